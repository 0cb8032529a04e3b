"""Pure scoring functions: span matching and precision, recall and F1 for every layer.

Matching is one-to-one. ``strict`` pairs spans with identical offsets; ``relaxed`` pairs
overlapping spans, preferring exact pairs, then the largest overlap, then document order. Counts
are summed over documents before P/R/F1 are computed (micro-average).

TempEval-3 conventions for temporal expressions: extent P/R/F1 strict and relaxed; an attribute
(value, type) is correct on a relaxed match with the same attribute, and its F1 is the relaxed F1
times the attribute accuracy, which is the same as P = correct / system and R = correct / gold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from kg.evaluation.gold import Argument, ChainMention, GoldEvent, GoldRole, Mention

Mode = Literal["strict", "relaxed"]
ENTITY_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
# Scored on their own rows, outside the PER/ORG/LOC totals (which stay comparable with raw spaCy
# and with earlier figures): products and financial entities, where the gold annotates them
# (MEANTIME PRO and FIN; kg's FIN mentions are stock market indices).
EXTRA_ENTITY_LABELS: tuple[str, ...] = ("PRO", "FIN")


@dataclass(frozen=True)
class Counts:
    """True positives and the sizes of both sides; P/R/F1 derive from them."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.system + other.system, self.gold + other.gold)

    @property
    def precision(self) -> float:
        """tp / system (0 when the system found nothing)."""
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        """tp / gold (0 when there is no gold item)."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 2 tp / (system + gold)."""
        total = self.system + self.gold
        return 2 * self.tp / total if total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and percentages, rounded to two decimals."""
        return {
            "tp": self.tp,
            "system": self.system,
            "gold": self.gold,
            "precision": round(100 * self.precision, 2),
            "recall": round(100 * self.recall, 2),
            "f1": round(100 * self.f1, 2),
        }


def sum_counts(items: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    """Add per-document count tables key by key."""
    total: dict[str, Counts] = {}
    for table in items:
        for key, value in table.items():
            total[key] = total.get(key, Counts()) + value
    return total


def match(
    gold: Sequence[Mention],
    system: Sequence[Mention],
    *,
    mode: Mode,
    compatible: Callable[[Mention, Mention], bool] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, system index)`` of matching spans.

    ``compatible`` adds a condition on top of the span test (same type, for example).
    """
    candidates: list[tuple[int, int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            exact = g.start == s.start and g.end == s.end
            if mode == "strict" and not exact:
                continue
            if not g.overlaps(s) and not exact:
                continue
            if compatible is not None and not compatible(g, s):
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            candidates.append((0 if exact else 1, -overlap, g.start, gi, si))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return sorted(pairs)


def span_counts(gold: Sequence[Mention], system: Sequence[Mention], *, mode: Mode) -> Counts:
    """P/R/F1 counts of span detection, labels ignored."""
    return Counts(len(match(gold, system, mode=mode)), len(system), len(gold))


def score_entities(
    gold: Sequence[Mention],
    system: Sequence[Mention],
    *,
    labels: Sequence[str] = ENTITY_LABELS,
    extra_labels: Sequence[str] = (),
) -> dict[str, Counts]:
    """Entity mentions, strict (exact span and type) and relaxed (overlap and type).

    Keys: ``strict``, ``relaxed`` and ``strict/PER``, ``relaxed/PER``... for every label of
    ``labels``, whose counts make the totals; a label of ``extra_labels`` (those of
    :data:`EXTRA_ENTITY_LABELS` that the corpus annotates) gets its own keys (``strict/PRO``),
    outside the totals. Mentions with another label are ignored on both sides.
    """
    result: dict[str, Counts] = {}
    extra = [label for label in extra_labels if label not in labels]
    for mode in ("strict", "relaxed"):
        total = Counts()
        for label in (*labels, *extra):
            g = [m for m in gold if m.label == label]
            s = [m for m in system if m.label == label]
            counts = span_counts(g, s, mode=mode)  # type: ignore[arg-type]
            result[f"{mode}/{label}"] = counts
            if label in labels:
                total += counts
        result[mode] = total
    return result


def score_timexes(gold: Sequence[Mention], system: Sequence[Mention]) -> dict[str, Counts]:
    """TempEval-3 temporal expression scores.

    Keys: ``strict`` and ``relaxed`` (extent), ``value`` and ``type`` (attribute counts whose F1 is
    the TempEval-3 attribute F1). Value accuracy is ``value.tp / relaxed.tp``.
    """
    relaxed = match(gold, system, mode="relaxed")
    value_ok = sum(1 for gi, si in relaxed if gold[gi].value == system[si].value)
    type_ok = sum(1 for gi, si in relaxed if gold[gi].label == system[si].label)
    n_sys, n_gold = len(system), len(gold)
    return {
        "strict": span_counts(gold, system, mode="strict"),
        "relaxed": Counts(len(relaxed), n_sys, n_gold),
        "value": Counts(value_ok, n_sys, n_gold),
        "type": Counts(type_ok, n_sys, n_gold),
    }


def score_events(gold: Sequence[Mention], system: Sequence[Mention]) -> dict[str, Counts]:
    """Event trigger detection, strict and relaxed (event classes and types are not compared)."""
    return {mode: span_counts(gold, system, mode=mode) for mode in ("strict", "relaxed")}  # type: ignore[misc]


def score_event_times(gold: Sequence[Mention], system: Sequence[Mention]) -> Counts:
    """Event time on relaxed trigger matches; an event's ``value`` is its time (ISO date, empty when none).

    Only gold events with a time count: ``gold`` is how many of them a system event matches,
    ``system`` how many of those matched system events carry a time, ``tp`` how many carry the gold
    day (compared without the time of day). So R is the time accuracy over matched, timed gold
    events, and P the accuracy of the times given.
    """
    tp = n_sys = n_gold = 0
    for gi, si in match(gold, system, mode="relaxed"):
        g, s = gold[gi].value, system[si].value
        if not g:
            continue
        n_gold += 1
        if s:
            n_sys += 1
            tp += int(g.split("T", 1)[0] == s.split("T", 1)[0])
    return Counts(tp, n_sys, n_gold)


def match_arguments(gold: Sequence[Argument], system: Sequence[Argument]) -> list[tuple[int, int]]:
    """One-to-one pairs of argument triples.

    A system triple matches a gold one when the triggers overlap, the roles are equal and the
    argument spans overlap.
    """
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if g.role == s.role and g.trigger.overlaps(s.trigger) and g.argument.overlaps(s.argument):
                overlap = min(g.argument.end, s.argument.end) - max(g.argument.start, s.argument.start)
                candidates.append((-overlap, gi, si))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def _parts_of_matched(gold: Sequence[Argument], system: Sequence[Argument], pairs: Sequence[tuple[int, int]]) -> int:
    """How many system triples left unmatched lie inside a gold argument that another triple of
    the same system event matched: the names of a coordination the gold annotates as one phrase
    ("[Velto and Carrow] signed": kg's agents "Velto" and "Carrow"). The gold counts that phrase
    once, so its names count once on the system side too, neither as a second hit nor as a miss."""
    matched = {si for _, si in pairs}
    parts = 0
    for si, s in enumerate(system):
        if si in matched:
            continue
        if any(
            system[sj].trigger == s.trigger
            and gold[gi].trigger.overlaps(s.trigger)
            and gold[gi].argument.start <= s.argument.start
            and s.argument.end <= gold[gi].argument.end
            for gi, sj in pairs
        ):
            parts += 1
    return parts


def score_arguments(
    gold: Sequence[Argument], system: Sequence[Argument], *, roles: Sequence[str] = ("agent", "patient")
) -> dict[str, Counts]:
    """Argument triples per role and overall (``all``).

    A system triple inside a gold argument that another triple of the same event matched is not
    counted (:func:`_parts_of_matched`): both names of "[Velto and Carrow] signed" are the one
    argument the gold annotates, so precision and recall count it once."""
    result: dict[str, Counts] = {}
    total = Counts()
    for role in roles:
        g = [a for a in gold if a.role == role]
        s = [a for a in system if a.role == role]
        pairs = match_arguments(g, s)
        counts = Counts(len(pairs), len(s) - _parts_of_matched(g, s, pairs), len(g))
        result[role] = counts
        total += counts
    result["all"] = total
    return result


# --- document-level gold with chains (eval/wikinews-fr-gold) ------------------------------------------

ARGUMENT_ROLES: tuple[str, ...] = ("agent", "patient", "recipient")
#: A system membership: the person span, the role concept, the organisation span (or None).
SystemMembership = tuple[Mention, str, Mention | None]


def score_typed_events(gold: Sequence[Mention], system: Sequence[Mention]) -> Counts:
    """Trigger detection with the type: overlapping spans and the same event type (``label``)."""
    return Counts(len(match(gold, system, mode="relaxed", compatible=lambda g, s: g.label == s.label)), len(system), len(gold))


def _date_part(value: str) -> str:
    """``2012-07-03T15:00`` -> ``2012-07-03``: the gold states dates, never times of day."""
    return value.split("T", 1)[0]


def _hits_chain(span: Mention, chains: Sequence[str], mentions: Sequence[ChainMention]) -> bool:
    return any(c.chain in chains and c.mention.overlaps(span) for c in mentions)


def score_event_details(
    gold: Sequence[GoldEvent],
    chain_mentions: Sequence[ChainMention],
    system_events: Sequence[Mention],
    system_arguments: Sequence[Argument],
) -> dict[str, Counts]:
    """Typed triggers, then argument and date accuracy over the gold events whose trigger a system
    trigger overlaps (one-to-one, type not required).

    ``agent``/``patient``/``recipient``: over matched gold events that have one; right when the
    system argument of that role overlaps any mention (name, pronoun or nominal) of one of the gold
    chains. ``date``: over matched gold events with a date; right when the date part of the system
    event's time value (``Mention.value``) equals it. Accuracies are ``Counts(right, n, n)``, so
    P = R = F1 = accuracy.
    """
    triggers = [e.trigger for e in gold]
    result = {"typed": score_typed_events(triggers, system_events)}
    args: dict[tuple[int, int, str], Mention] = {}
    for a in system_arguments:
        args.setdefault((a.trigger.start, a.trigger.end, a.role), a.argument)
    right = dict.fromkeys((*ARGUMENT_ROLES, "date"), 0)
    total = dict.fromkeys(right, 0)
    for gi, si in match(triggers, system_events, mode="relaxed"):
        g, s = gold[gi], system_events[si]
        for role in ARGUMENT_ROLES:
            chains = getattr(g, role)
            if not chains:
                continue
            total[role] += 1
            arg = args.get((s.start, s.end, role))
            if arg is not None and _hits_chain(arg, chains, chain_mentions):
                right[role] += 1
        if g.date:
            total["date"] += 1
            if s.value and _date_part(s.value) == g.date:
                right["date"] += 1
    result.update({key: Counts(right[key], total[key], total[key]) for key in right})
    return result


def chain_of(span: Mention, mentions: Sequence[ChainMention]) -> str | None:
    """The chain of the gold mention that best matches ``span``, or None: an exact span first,
    then the highest overlap over union (Jaccard), then the first in order.

    Overlap over union, not the overlap alone: a system organisation "Acme Council britannique"
    inside the gold description of a person ("directeur général du Acme Council britannique")
    stands for the organisation name it nearly equals ("Acme Council"), not for the longer
    description around it that it merely lies in."""
    best: tuple[int, float] | None = None
    chain = None
    for c in mentions:
        m = c.mention
        if not m.overlaps(span):
            continue
        shared = min(m.end, span.end) - max(m.start, span.start)
        union = max(m.end, span.end) - min(m.start, span.start)
        rank = (0 if (m.start, m.end) == (span.start, span.end) else 1, -shared / union)
        if best is None or rank < best:
            best, chain = rank, c.chain
    return chain


def score_memberships(
    gold: Sequence[GoldRole], chain_mentions: Sequence[ChainMention], system: Sequence[SystemMembership]
) -> dict[str, Counts]:
    """Membership triples (person chain, role concept, organisation chain or None), as sets per document.

    A system person or organisation span stands for the chain of the gold mention it overlaps most;
    a span that overlaps none stays itself (and cannot be right). ``triple`` compares all three,
    ``pair`` only the person and the organisation.
    """

    def side(span: Mention) -> str:
        return chain_of(span, chain_mentions) or f"?{span.start}:{span.end}"

    gold_triples = {(r.person, r.role, r.organisation) for r in gold}
    system_triples = {(side(p), role, side(o) if o is not None else None) for p, role, o in system}
    gold_pairs = {(p, o) for p, _, o in gold_triples}
    system_pairs = {(p, o) for p, _, o in system_triples}
    return {
        "triple": Counts(len(gold_triples & system_triples), len(system_triples), len(gold_triples)),
        "pair": Counts(len(gold_pairs & system_pairs), len(system_pairs), len(gold_pairs)),
    }
