"""Within-document event coreference: the mentions of one event in one document become one chain.

A news article names its main event several times: a verb in the lead ("Acme agreed to buy
Beta"), then nouns ("the deal", "l'accord", "its purchase"), sometimes the same verb again in a
later paragraph. :func:`corefer_events` links each later mention to the first mention of its chain
(``EventMention.coref``) and gives the chain one time; the graph writes one event node per chain
and keeps every mention, with its offsets, as ``gaf:denotedBy``.

Two mentions corefer only when they have the same event type and polarity, and nothing tells them
apart: their agents, patients and recipients do not resolve to different entities of the document,
and their own (not inferred) dates are not different days (a definite noun's day that is the very
date of a report of its sentence, « Sa mort a été annoncée mercredi », is the report's, not the
noun's own: :func:`_reported_days`). On top of that, one of:

* the later mention is an event noun introduced by a definite, demonstrative or possessive
  determiner ("the deal", "cette vente", "its withdrawal"): it refers back to the nearest compatible
  chain of the last :data:`ANAPHOR_WINDOW` sentences, or of any earlier sentence when it repeats
  the word of a member of that chain (« l'exécution de 28 soldats » … « ces exécutions »);
* both mentions have the same lemma and the same agent and patient entities (and no communication
  type: two "said" of one speaker are two statements), at any distance;
* the type happens to one participant only once (``once_event_types``: a death, a birth) and both
  mentions have the same patient entity, at any distance.

A definite noun that joins the nearest chain and could as well join an earlier chain whose word it
repeats merges the two when both have own dates that agree and nothing else tells them apart (« le
33e anniversaire de la prise de l'ambassade » … « avaient envahi l'ambassade le 4 novembre 1979 »
… « la prise de leur ambassade »: one event, dated 4 November 1979 throughout).

A definite noun with a date of its own that the chain does not have ("the 1991 agreement") starts
a chain of its own, unless that date lies within a week of the publication date: a news article's
current event named again with its day (« l'élection présidentielle » … « lors de l'élection de
mardi ») is the same event.

Nothing is loaded at import time.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice

from kg.extract.attach import other_participant, same_stem
from kg.knowledge.words import word_set
from kg.nlp.grammar import _COMMUNICATION_TYPES
from kg.types import UNANCHORED_MODALITIES, Entity, EventMention, Span, Timex

__all__ = ["ANAPHOR_WINDOW", "corefer_events"]

# How many sentences back a definite event noun looks for the event it names.
ANAPHOR_WINDOW = 8
# How many days from the publication date a definite noun's own date may lie and still name the
# article's current event (« l'élection de mardi »).
CURRENT_DAYS = 7
# How many days before a report a definite noun that takes its day from that report may find the
# act it names again (« La chanteuse est morte le 12 mars … Sa mort a été annoncée mercredi »); an
# act of the same kind years or months before is another one (« Les cheminots ont fait grève en
# 2019 … Le syndicat a annoncé lundi la grève du 25 mars »).
REPORT_LAG_DAYS = 31


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


def _root(alias: dict[int, int], k: int) -> int:
    """The chain that chain ``k`` was merged into, at the end of the merges (``k`` itself when none);
    the chains on the way are pointed at it directly, so that a long run of merges is walked once
    (review rv17d: without it, a text repeating one word between other words was cubic)."""
    root = k
    while root in alias:
        root = alias[root]
    while k != root:
        alias[k], k = root, alias[k]
    return root


def _live(index_of: dict[tuple[object, ...], set[int]], key: tuple[object, ...], alias: dict[int, int]) -> set[int]:
    """The chains indexed under ``key``, merged ones replaced by the chain they joined (and the
    index rewritten so, so that it does not grow with the merges)."""
    ids = index_of.get(key)
    if not ids:
        return set()
    if any(k in alias for k in ids):
        ids = {_root(alias, k) for k in ids}
        index_of[key] = ids
    return ids


def _compatible(a: _Chain, b: _Chain) -> bool:
    """Two chains nothing tells apart: one type and polarity, no participant of one resolving to
    another entity than the other's, no own dates that are different days."""
    if a.head.type != b.head.type or a.head.polarity != b.head.polarity:
        return False
    if _clash(a.agent, b.agent) or _clash(a.patient, b.patient) or _clash(a.recipient, b.recipient):
        return False
    return not any(_dates_clash(a.dates, day) for day in b.dates)


def _absorb(into: _Chain, other: _Chain) -> None:
    """Merge chain ``other`` into chain ``into``: members (put in text order at the end), words,
    dates, participants."""
    into.members.extend(other.members)
    into.lemmas |= other.lemmas
    into.dates |= other.dates
    into.head = min((into.head, other.head), key=lambda e: e.trigger.start)
    into.agent, into.patient, into.recipient = (
        into.agent or other.agent, into.patient or other.patient, into.recipient or other.recipient
    )
    into.sentence = max(into.sentence, other.sentence)


def _candidates(
    index_of: dict[tuple[object, ...], set[int]], touched: dict[tuple[str, str], list[tuple[int, int]]], event: EventMention, sent: int,
    agent: str | None, patient: str | None, alias: dict[int, int],
) -> list[int]:
    """The chains ``event`` may join, the last first: of its type and polarity, and a definite noun's
    chain of the last :data:`ANAPHOR_WINDOW` sentences or with a member of its lemma, a repeated
    mention's chain of the same head lemma, agent and patient, or a once type's chain of the same
    patient. Every chain the tests of :func:`corefer_events` accept is among them."""
    found: set[int] = set()
    if event.definite:
        found |= _live(index_of, ("lemma", event.type, event.polarity, event.lemma), alias)
        recent = touched.get((event.type, event.polarity), [])
        j = len(recent) - 1
        while j >= 0 and sent - recent[j][0] <= ANAPHOR_WINDOW:
            found.add(_root(alias, recent[j][1]))
            j -= 1
    if agent is not None and patient is not None:
        found |= _live(index_of, ("repeated", event.type, event.polarity, event.lemma, agent, patient), alias)
    if patient is not None:
        found |= _live(index_of, ("once", event.type, event.polarity, patient), alias)
    return sorted(found, reverse=True)


def _names_definitely(c: _Chain, events: Sequence[EventMention], lemma: str) -> bool:
    """Whether a member of chain ``c`` is a definite noun of ``lemma``."""
    return any(events[i].definite and events[i].lemma == lemma for i in c.members)


def _joins(
    c: _Chain, event: EventMention, sent: int, agent: str | None, patient: str | None, recipient: str | None,
    day: str | None, published: str | None,
) -> bool:
    """Whether ``event`` (in sentence ``sent``, with these participants' entities and own ``day``)
    may join chain ``c``: see :func:`corefer_events`."""
    h = c.head
    if h.type != event.type or h.polarity != event.polarity:
        return False
    if _clash(c.agent, agent) or _clash(c.patient, patient) or _clash(c.recipient, recipient):
        return False
    if _dates_clash(c.dates, day):
        return False
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
    return anaphor or repeated or once


def _told_in_lead(
    chains: Sequence[_Chain], events: Sequence[EventMention], event: EventMention, headline: tuple[int, frozenset[int]] | None,
    agent: str | None, patient: str | None,
) -> int | None:
    """The chain of the headline's event that ``event`` tells again in the body's first paragraph:
    « Un incendie ravage 300 hectares dans le Var » over « Un incendie a ravagé 300 hectares lundi
    dans le Var » is one fire, of Monday, even where the lead's noun is indefinite (which starts a
    new event elsewhere) and a later « Mardi, les secours ont maîtrisé l'incendie » could date it.
    Only the first telling (the chain is the headline's alone, with no own date), of the headline's
    type, polarity and word family (:func:`kg.extract.attach.same_stem`), among the lead's events
    that may tell it (no background act, no incise, no quotation), with no participant that tells
    it apart (another entity, or a common noun of another word: :func:`kg.extract.attach.other_participant`)."""
    if headline is None or not event.lemma:
        return None
    line_end, tellings = headline
    if event.trigger.start not in tellings:
        return None
    for k, c in enumerate(chains):
        h = c.head
        if h.trigger.end > line_end or c.dates or h.type != event.type or h.polarity != event.polarity:
            continue
        if any(events[i].trigger.end > line_end for i in c.members) or not any(same_stem(lemma, event.lemma) for lemma in c.lemmas):
            continue
        if _clash(c.agent, agent) or _clash(c.patient, patient) or other_participant(h, event):
            # (« Le ministre de la Santé démissionne » over « La secrétaire d'État a démissionné
            # lundi »: two people told by common nouns, no entity to tell them apart)
            continue
        return k
    return None


def corefer_events(
    events: Sequence[EventMention],
    *,
    entities: Sequence[Entity],
    sentences: Sequence[Span],
    published: str | None = None,
    inherit_arguments: bool = False,
    headline: tuple[int, frozenset[int]] | None = None,
) -> list[EventMention]:
    """Link each event mention to the first mention of the same event in the document.

    ``events`` are in text order with their times attached; ``entities`` are the document's merged
    entities (to tell participants apart); ``sentences`` its sentence spans; ``published`` the
    publication day (ISO), when known. Returns the events in
    the same order, later mentions with ``coref`` set, and every member of a chain with the chain's
    time: the most precise own (not inferred) date of a member (the first of equals), else the first
    mention's time (a future or conditional member gets no inferred time). With
    ``inherit_arguments`` a definite noun member without participants of its own takes those of the
    nearest earlier member (:func:`_inherit_arguments`; French: MEANTIME's English gold gives a
    noun anaphor only the participants its own phrase names). ``headline`` (the end of a headline
    and the events of the body's first paragraph that may tell its event again,
    :func:`kg.extract.attach.headline_tellings`) joins the headline's event to its first telling
    there (:func:`_told_in_lead`).
    """
    index = _EntityIndex(entities)
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    chains: list[_Chain] = []
    # A chain merged into another (``alias[k]``: the chain it joined); see :func:`_root`.
    alias: dict[int, int] = {}
    # A chain's place in the order chains started (a merged chain's: the later of the two), which
    # orders the candidates "the last first" whichever id a merge kept.
    rank: list[int] = []
    chain_of: list[int | None] = []
    # The chains an event may join, by what joining needs (see :func:`_candidates`), and the chains
    # in the order their last mention came: an event is compared with those only, not with every
    # chain before it (a long text stays about linear).
    index_of: dict[tuple[object, ...], set[int]] = {}
    touched: dict[tuple[str, str], list[tuple[int, int]]] = {}
    borrowed = _reported_days(events, sentence_of)
    for pos, event in enumerate(events):
        if not event.lemma:  # a quotation standing for its statement has no trigger word
            chain_of.append(None)
            continue
        sent = sentence_of(event.trigger.start)
        agent = index.key(event.agent_antecedent or event.agent)
        patient = index.key(event.patient_antecedent or event.patient)
        recipient = index.key(event.recipient)
        day = None if pos in borrowed else _day(event.time, event.time_inferred)
        report = borrowed.get(pos)
        # the chains it may join, the last first (all of them only for a definite noun, which may
        # merge two: below)
        joinable = (
            k for k in sorted(_candidates(index_of, touched, event, sent, agent, patient, alias), key=rank.__getitem__, reverse=True)
            if _joins(chains[k], event, sent, agent, patient, recipient, day, published)
            and (report is None or _reported_lag(chains[k].dates, report))
        )
        told = _told_in_lead(chains, events, event, headline, agent, patient)
        if told is not None:
            accepted = [told]
        else:
            accepted = list(joinable) if event.definite else list(islice(joinable, 1))
        nearest = chains[accepted[0]] if accepted else None
        if (
            nearest is not None and len(accepted) > 1 and not _names_definitely(nearest, events, event.lemma)
            and not (nearest.agent or nearest.patient or nearest.recipient or nearest.dates)
        ):
            # « l'élection présidentielle » … « dans une élection au suffrage indirect » … « l'élection
            # de mardi »: a definite noun whose nearest chain only names its word with no definite
            # determiner, no participant and no date (an election of the kind) takes up the earlier
            # chain that named it definitely (not « une autre attaque a visé un poste » … « l'attaque
            # contre le poste »: review rv17d)
            first = next((k for k in accepted[1:] if _names_definitely(chains[k], events, event.lemma)), None)
            if first is not None and all(events[i].lemma == event.lemma for i in nearest.members):
                accepted.remove(first)
                accepted.insert(0, first)
        target = accepted[0] if accepted else None
        if target is None:
            chains.append(
                _Chain(event, sent, agent, patient, recipient, {day} if day else set(), [pos], {event.lemma})
            )
            rank.append(len(chains) - 1)
            chain_of.append(len(chains) - 1)
            _note(index_of, touched, chains[-1], len(chains) - 1, event.lemma)
            continue
        c = chains[target]
        # the nearest chain already names the event by this word (« une attaque » … « une autre attaque »
        # … « l'attaque contre le poste »): the noun repeats it, and ties it to no earlier chain
        repeats_nearest = event.lemma in c.lemmas
        c.members.append(pos)
        c.lemmas.add(event.lemma)
        c.sentence = sent
        c.agent, c.patient, c.recipient = c.agent or agent, c.patient or patient, c.recipient or recipient
        if day:
            c.dates.add(day)
        if event.definite and not repeats_nearest:
            # « le 33e anniversaire de la prise de l'ambassade » (1979) … « avaient envahi l'ambassade le
            # 4 novembre 1979 » … « la prise de leur ambassade »: a definite noun that joins the nearest
            # chain and could as well join an earlier one whose word it repeats names the one event
            # both chains are, when both have own dates that agree (without them, merging two chains
            # on a repeated word alone joined different events on MEANTIME) and nothing else tells
            # them apart; not when the nearest chain has the word too (two attacks of one day on two
            # targets, the last named again: review rv17d)
            for k in accepted[1:]:
                other = chains[k]
                if event.lemma in other.lemmas and c.dates and other.dates and _compatible(c, other):
                    # the longer chain takes the shorter in (its id stays), so that merges cost the
                    # shorter chain's length
                    big, small = (target, k) if len(c.members) >= len(other.members) else (k, target)
                    _absorb(chains[big], chains[small])
                    alias[small] = big
                    rank[big] = max(rank[big], rank[small])
                    target, c = big, chains[big]
        chain_of.append(target)
        _note(index_of, touched, c, target, event.lemma)

    out = list(events)
    for k, c in enumerate(chains):
        if k in alias or len(c.members) < 2:
            continue
        c.members.sort()
        head = events[c.members[0]]
        # The members' own dates agree (one contains the other): the most precise is the chain's
        # (« le 33e anniversaire de la prise » in 1979 … « la prise, le 4 novembre 1979 »).
        with_day = [i for i in c.members if _day(events[i].time, events[i].time_inferred)]
        # (« La chanteuse est morte le 12 mars … Sa mort a été annoncée mercredi »: the day of the
        # report a noun took from its verb yields to a member's own day)
        dated = [events[i] for i in ([i for i in with_day if i not in borrowed] or with_day)]
        own = max(dated, key=lambda e: len(_day(e.time, e.time_inferred) or ""), default=None)
        lead = head
        if (head.time is None or head.time_inferred) and head.in_quote and head.modality == "ASSERTED":
            # « “Je considère que …” (a quoted statement, no time) … ces déclarations »: the words of a
            # quotation are not dated, but the narrator's later mention of the same act is, and it
            # dates the chain (so does it over the time of the speaking a quoted present took from
            # its report or the publication date: attach._quoted_present)
            lead = next(
                (events[i] for i in c.members if events[i].time is not None and not events[i].in_quote
                 and events[i].modality not in UNANCHORED_MODALITIES),
                head,
            )
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
            elif lead.time is None or e.modality in UNANCHORED_MODALITIES:
                out[i] = replace(e, coref=coref, time=None, time_inferred=False)
            elif e is lead:
                out[i] = replace(e, coref=coref)
            else:
                out[i] = replace(e, coref=coref, time=lead.time, time_inferred=True)
        if inherit_arguments:
            _inherit_arguments(out, c.members)
    return out


def _reported_days(events: Sequence[EventMention], sentence_of: Callable[[int], int]) -> dict[int, str]:
    """The day of the report that governs a definite event noun, by the noun's position: the noun's
    own date when it is the very expression that dates a reporting act (``_COMMUNICATION_TYPES``)
    of its sentence (« Sa mort a été annoncée mercredi », « Le club a confirmé mardi son départ »),
    or the date of a reporting participle right after an undated noun (« La grève annoncée lundi »,
    "The strike announced Monday"). That day is the report's; the noun names again an event the
    text may have dated before (« La chanteuse est morte le 12 mars »), at most
    :data:`REPORT_LAG_DAYS` days before it (:func:`_reported_lag`), and it does not keep the noun from
    joining that event, whose own day the chain keeps."""
    reports: dict[tuple[int, int, int], None] = {}
    after: dict[int, str] = {}
    for e in events:
        if e.type in _COMMUNICATION_TYPES and e.time is not None and not e.time_inferred:
            reports[(sentence_of(e.trigger.start), e.time.start, e.time.end)] = None
            day = _day(e.time, e.time_inferred)
            if day:
                after[e.trigger.start] = day
    out: dict[int, str] = {}
    for pos, e in enumerate(events):
        if not e.definite or e.type in _COMMUNICATION_TYPES:
            continue
        if e.time is not None and not e.time_inferred:
            day = _day(e.time, e.time_inferred)
            if day and (sentence_of(e.trigger.start), e.time.start, e.time.end) in reports:
                out[pos] = day
        else:
            # (the participle follows the noun after one blank: « la grève annoncée lundi »)
            day = after.get(e.trigger.end + 1)
            if day:
                out[pos] = day
    return out


def _bounds(value: str) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day of an ISO calendar date (a year, a month or a day), or None."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if m is None:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day is not None:
            one = _dt.date(year, int(month), int(day))
            return one, one
        if month is not None:
            first = _dt.date(year, int(month), 1)
            return first, (first + _dt.timedelta(days=31)).replace(day=1) - _dt.timedelta(days=1)
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    except ValueError:
        return None


def _reported_lag(dates: set[str], report: str) -> bool:
    """Whether every own date of a chain may be the act a report of day ``report`` names again: on
    or before that day and at most :data:`REPORT_LAG_DAYS` days earlier (« morte le 12 mars … Sa mort a
    été annoncée mercredi 17 mars »; not « ont fait grève en 2019 … a annoncé lundi la grève »)."""
    said = _bounds(report)
    if said is None:
        return not dates
    for d in dates:
        span = _bounds(d)
        if span is None or span[0] > said[1] or (said[0] - span[1]).days > REPORT_LAG_DAYS:
            return False
    return True


def _inherit_arguments(out: list[EventMention], members: Sequence[int]) -> None:
    """A definite event noun that takes up an event already told and names no participant of its
    own (« Acme a racheté Beta mercredi. Le rachat … », « a été suspendu par l'UCI … la suspension »)
    has the participants of the nearest earlier mention that names them: the noun refers to that
    very act, so who did it and to whom is known. ``members`` are in text order; ``out`` is updated
    in place. A noun with a participant of its own keeps it (nothing told the chain apart)."""
    # the nearest earlier member naming each participant, kept while walking the chain (linear)
    agent: EventMention | None = None
    patient: EventMention | None = None
    recipient: EventMention | None = None
    for n, i in enumerate(members):
        e = out[i]
        if n > 0 and e.definite and not _named_apart(e, agent, patient):
            changes: dict[str, object] = {}
            if e.agent is None and agent is not None:
                changes.update(agent=agent.agent, agent_antecedent=agent.agent_antecedent, agent_via="coreference")
            if e.patient is None and patient is not None:
                changes.update(
                    patient=patient.patient, patient_antecedent=patient.patient_antecedent, patient_via="coreference"
                )
            if e.recipient is None and recipient is not None:
                changes["recipient"] = recipient.recipient
            if changes:
                out[i] = replace(e, **changes)  # type: ignore[arg-type]
        agent = e if e.agent is not None else agent
        patient = e if e.patient is not None else patient
        recipient = e if e.recipient is not None else recipient


def _words(span: Span | None) -> set[str]:
    """The words of three letters or more of a participant phrase, determiners left out."""
    if span is None:
        return set()
    return set(re.findall(r"\w{3,}", span.text.lower())) - word_set("xx", "anaphoric_determiners")


def _named_apart(e: EventMention, agent: EventMention | None, patient: EventMention | None) -> bool:
    """Whether the noun ``e`` names a participant of its own that shares no word with the same
    participant of the earlier member (« Le match a été suspendu … La ministre a été suspendue …
    La suspension du match »): the chain joined it with another act than the one it names (a
    common noun is no entity, so nothing told the two apart), and it takes nothing from it (review
    rv17j)."""
    for own, earlier in (
        (e.agent_antecedent or e.agent, (agent.agent_antecedent or agent.agent) if agent else None),
        (e.patient_antecedent or e.patient, (patient.patient_antecedent or patient.patient) if patient else None),
    ):
        mine, theirs = _words(own), _words(earlier)
        if mine and theirs and not mine & theirs:
            return True
    return False
