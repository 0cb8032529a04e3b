"""Within-document event coreference: the mentions of one event in one document become one chain.

A news article names its main event several times: a verb in the lead ("Acme agreed to buy
Beta"), then nouns ("the deal", "l'accord", "its purchase"), sometimes the same verb again in a
later paragraph. :func:`corefer_events` links each later mention to the first mention of its chain
(``EventMention.coref``) and gives the chain one time; the graph writes one event node per chain
and keeps every mention, with its offsets, as ``gaf:denotedBy``.

Two mentions corefer only when they have the same event type and polarity, and nothing tells them
apart: their agents, patients and recipients do not resolve to different entities of the document,
and their own (not inferred) dates are not different days. On top of that, one of:

* the later mention is an event noun introduced by a definite, demonstrative or possessive
  determiner ("the deal", "cette vente", "its withdrawal"): it refers back to the nearest compatible
  chain of the last :data:`ANAPHOR_WINDOW` sentences, or of any earlier sentence when it repeats
  the word of a member of that chain (« l'exécution de 28 soldats » … « ces exécutions »);
* both mentions have the same lemma and the same agent and patient entities (and no communication
  type: two "said" of one speaker are two statements), at any distance;
* the type happens to one participant only once (``once_event_types``: a death, a birth) and both
  mentions have the same patient entity, at any distance.

A definite noun with a date of its own that the chain does not have ("the 1991 agreement") starts
a chain of its own, unless that date lies within a week of the publication date: a news article's
current event named again with its day (« l'élection présidentielle » … « lors de l'élection de
mardi ») is the same event.

Nothing is loaded at import time.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kg.knowledge.words import word_set
from kg.nlp.grammar import _COMMUNICATION_TYPES
from kg.types import Entity, EventMention, Span, Timex

__all__ = ["ANAPHOR_WINDOW", "corefer_events"]

# How many sentences back a definite event noun looks for the event it names.
ANAPHOR_WINDOW = 8
# How many days from the publication date a definite noun's own date may lie and still name the
# article's current event (« l'élection de mardi »).
CURRENT_DAYS = 7
_UNANCHORED_MODALITIES = frozenset({"FUTURE", "CONDITIONAL", "HYPOTHETICAL", "POSSIBLE", "REQUESTED"})


class _EntityIndex:
    """The entity key of the first entity mention inside a span (arguments are noun phrases)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans = sorted(
            [(m.start, m.end, e.key) for e in entities for m in e.mentions]
            + [(r.start, r.end, e.key) for e in entities for r in e.references]
        )
        self.starts = [s for s, _, _ in spans]
        self.spans = spans

    def key(self, span: Span | None) -> str | None:
        if span is None:
            return None
        i = bisect.bisect_left(self.starts, span.start)
        # A mention or reference starting where the span does ("chef de l'Autorité palestinienne
        # Yasser Arafat" is Arafat, not the Authority), else the first starting inside it or a
        # little before it and covering it.
        found: str | None = None
        for j in range(max(0, i - 3), min(len(self.spans), i + 4)):
            start, end, key = self.spans[j]
            if start == span.start:
                return key
            if found is None and start < span.end and span.start < end:
                found = key
        return found


@dataclass
class _Chain:
    head: EventMention
    sentence: int  # sentence index of the last mention
    agent: str | None
    patient: str | None
    recipient: str | None
    dates: set[str] = field(default_factory=set)  # own (not inferred) dates of the members
    members: list[int] = field(default_factory=list)
    lemmas: set[str] = field(default_factory=set)  # trigger lemmas of the members


def _day(timex: Timex | None, inferred: bool) -> str | None:
    if timex is None or inferred or timex.type != "DATE":
        return None
    return timex.value.split("T", 1)[0]


def _dates_clash(dates: set[str], day: str | None) -> bool:
    """Two own dates that cannot be one event: neither contains the other ("2020-06" and
    "2020-06-08" can; "2020-06-08" and "2020-06-09" cannot)."""
    if day is None:
        return False
    return any(not (d == day or d.startswith(day + "-") or day.startswith(d + "-")) for d in dates)


def _current(day: str, published: str | None) -> bool:
    """A full date within :data:`CURRENT_DAYS` of the publication date."""
    if published is None or len(day) != 10 or len(published) != 10:
        return False
    try:
        gap = _dt.date.fromisoformat(day) - _dt.date.fromisoformat(published)
    except ValueError:
        return False
    return abs(gap.days) <= CURRENT_DAYS


def _clash(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def _note(index_of: dict[tuple[object, ...], set[int]], touched: dict[tuple[str, str], list[tuple[int, int]]], c: _Chain, k: int, lemma: str) -> None:
    """Index chain ``k`` after an event ``lemma`` joined or started it: by a member's lemma (a
    definite noun naming it again), by its head's lemma, agent and patient (a repeated mention), by
    its patient (a once type), and as the chain touched last at its sentence."""
    h = c.head
    index_of.setdefault(("lemma", h.type, h.polarity, lemma), set()).add(k)
    index_of.setdefault(("repeated", h.type, h.polarity, h.lemma, c.agent, c.patient), set()).add(k)
    index_of.setdefault(("once", h.type, h.polarity, c.patient), set()).add(k)
    touched.setdefault((h.type, h.polarity), []).append((c.sentence, k))


def _candidates(
    index_of: dict[tuple[object, ...], set[int]], touched: dict[tuple[str, str], list[tuple[int, int]]], event: EventMention, sent: int,
    agent: str | None, patient: str | None,
) -> list[int]:
    """The chains ``event`` may join, the last first: of its type and polarity, and a definite noun's
    chain of the last :data:`ANAPHOR_WINDOW` sentences or with a member of its lemma, a repeated
    mention's chain of the same head lemma, agent and patient, or a once type's chain of the same
    patient. Every chain the tests of :func:`corefer_events` accept is among them."""
    found: set[int] = set()
    if event.definite:
        found |= index_of.get(("lemma", event.type, event.polarity, event.lemma), set())
        recent = touched.get((event.type, event.polarity), [])
        j = len(recent) - 1
        while j >= 0 and sent - recent[j][0] <= ANAPHOR_WINDOW:
            found.add(recent[j][1])
            j -= 1
    if agent is not None and patient is not None:
        found |= index_of.get(("repeated", event.type, event.polarity, event.lemma, agent, patient), set())
    if patient is not None:
        found |= index_of.get(("once", event.type, event.polarity, patient), set())
    return sorted(found, reverse=True)


def corefer_events(
    events: Sequence[EventMention],
    *,
    entities: Sequence[Entity],
    sentences: Sequence[Span],
    published: str | None = None,
) -> list[EventMention]:
    """Link each event mention to the first mention of the same event in the document.

    ``events`` are in text order with their times attached; ``entities`` are the document's merged
    entities (to tell participants apart); ``sentences`` its sentence spans; ``published`` the
    publication day (ISO), when known. Returns the events in
    the same order, later mentions with ``coref`` set, and every member of a chain with the chain's
    time: the most precise own (not inferred) date of a member (the first of equals), else the first
    mention's time (a future or conditional member gets no inferred time).
    """
    index = _EntityIndex(entities)
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    chains: list[_Chain] = []
    chain_of: list[int | None] = []
    # The chains an event may join, by what joining needs (see :func:`_candidates`), and the chains
    # in the order their last mention came: an event is compared with those only, not with every
    # chain before it (a long text stays about linear).
    index_of: dict[tuple[object, ...], set[int]] = {}
    touched: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for pos, event in enumerate(events):
        if not event.lemma:  # a quotation standing for its statement has no trigger word
            chain_of.append(None)
            continue
        sent = sentence_of(event.trigger.start)
        agent = index.key(event.agent_antecedent or event.agent)
        patient = index.key(event.patient_antecedent or event.patient)
        recipient = index.key(event.recipient)
        day = _day(event.time, event.time_inferred)
        target: int | None = None
        for k in _candidates(index_of, touched, event, sent, agent, patient):
            c = chains[k]
            h = c.head
            if h.type != event.type or h.polarity != event.polarity:
                continue
            if _clash(c.agent, agent) or _clash(c.patient, patient) or _clash(c.recipient, recipient):
                continue
            if _dates_clash(c.dates, day):
                continue
            # A date of its own that the chain does not have tells a noun apart ("the 1991 agreement").
            # A definite noun naming a member again by its own word (« l'exécution de 28 soldats »
            # … paragraphs later « ces exécutions ») refers back at any distance.
            anaphor = (
                event.definite
                and (sent - c.sentence <= ANAPHOR_WINDOW or event.lemma in c.lemmas)
                and not (day and not c.dates and not _current(day, published))
            )
            repeated = (
                event.type not in _COMMUNICATION_TYPES
                and h.lemma == event.lemma
                and agent is not None
                and agent == c.agent
                and patient is not None
                and patient == c.patient
            )
            once = patient is not None and patient == c.patient and event.type in word_set("xx", "once_event_types")
            if anaphor or repeated or once:
                target = k
                break
        if target is None:
            chains.append(
                _Chain(event, sent, agent, patient, recipient, {day} if day else set(), [pos], {event.lemma})
            )
            chain_of.append(len(chains) - 1)
            _note(index_of, touched, chains[-1], len(chains) - 1, event.lemma)
            continue
        c = chains[target]
        c.members.append(pos)
        c.lemmas.add(event.lemma)
        c.sentence = sent
        c.agent, c.patient, c.recipient = c.agent or agent, c.patient or patient, c.recipient or recipient
        if day:
            c.dates.add(day)
        chain_of.append(target)
        _note(index_of, touched, c, target, event.lemma)

    out = list(events)
    for c in chains:
        if len(c.members) < 2:
            continue
        head = events[c.members[0]]
        # The members' own dates agree (one contains the other): the most precise is the chain's
        # (« le 33e anniversaire de la prise » in 1979 … « la prise, le 4 novembre 1979 »).
        dated = [events[i] for i in c.members if _day(events[i].time, events[i].time_inferred)]
        own = max(dated, key=lambda e: len(_day(e.time, e.time_inferred) or ""), default=None)
        for i in c.members:
            e = events[i]
            coref = None if i == c.members[0] else head.trigger
            if own is not None:
                mine = _day(e.time, e.time_inferred) is not None
                out[i] = (
                    replace(e, coref=coref) if e is own else replace(e, coref=coref, time=own.time, time_inferred=not mine)
                )
            elif e is head:
                out[i] = e
            elif head.time is None or e.modality in _UNANCHORED_MODALITIES:
                out[i] = replace(e, coref=coref, time=None, time_inferred=False)
            else:
                out[i] = replace(e, coref=coref, time=head.time, time_inferred=True)
    return out
