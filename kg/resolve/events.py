"""Corpus-level identity of events: the same event reported by several documents becomes one
``sem:Event`` with several mentions (same type, compatible time, shared participants; asserted
and positive only).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kg.types import Analysis, Entity, EventMention, Span

# --- events -----------------------------------------------------------------------------------------


def time_compatible(a: str, b: str) -> str | None:
    """``equal``, ``within`` (one date contains the other: 2020-06 / 2020-06-08) or None.

    At least one side must be a day and neither a bare year."""
    a, b = a.split("T", 1)[0], b.split("T", 1)[0]
    if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", a) or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", b):
        return None
    if len(a) < 7 or len(b) < 7 or max(len(a), len(b)) < 10:
        return None  # a year, or two months, is too coarse to tell one event from another
    if a == b:
        return "equal"
    if a.startswith(b + "-") or b.startswith(a + "-"):
        return "within"
    return None


@dataclass
class CanonicalEvent:
    key: str
    type: str
    agent: str
    patient: str | None
    recipient: str | None
    time: str
    seq: int
    mentions: list[list] = field(default_factory=list)  # [doc, start, end, trigger text]
    evidence: list[str] = field(default_factory=list)

    def docs(self) -> set[str]:
        return {m[0] for m in self.mentions}


@dataclass(frozen=True)
class EventLink:
    """Where one document's event goes: its IRI key, the time to write, and merge evidence."""

    key: str
    time: str | None = None
    evidence: tuple[str, ...] = ()


def local_event_key(doc_id: str, event: EventMention) -> str:
    """The key of an event's own IRI (``{doc}/{begin}-{end}-{Type}`` of the first mention of its
    within-document chain, see :meth:`kg.graph.rdf.IRIs.event`)."""
    first = event.coref or event.trigger  # a chain of coreferent mentions is one event
    return f"{doc_id}/{first.start}-{first.end}-{event.type}"


class EventRegistry:
    """Merges mentions of the same real-world event across documents."""

    def __init__(self) -> None:
        self.events: dict[str, CanonicalEvent] = {}
        self.seq = 0
        self._index: dict[tuple[str, str], list[str]] = defaultdict(list)
        # Documents with a mention in some event (see EntityRegistry._docs_seen).
        self._docs_seen: set[str] = set()

    def resolve(self, doc_id: str, analysis: Analysis, entities: Sequence[Entity], labels: Mapping[str, str]) -> dict[tuple[int, int, str], EventLink]:
        """Event links of one document whose entities already carry canonical keys."""
        from kg.graph.mentions import entity_for_span
        from kg.graph.rdf import timestamp_literal

        self.forget(doc_id)
        view = replace(analysis, entities=tuple(entities))
        links: dict[tuple[int, int, str], EventLink] = {}
        # The keys of the events this document created or joined: after forget, exactly those with a
        # mention of it (a set, not each event's documents listed again for every candidate).
        mine: set[str] = set()
        # The events it creates are indexed after its last event: none of them could take another
        # of its mentions, and a long document creates thousands under one (type, agent).
        created: list[tuple[tuple[str, str], str]] = []
        for event in analysis.events:
            trig = event.trigger
            ident = (trig.start, trig.end, event.type)
            if event.coref is not None:
                # A later mention of a within-document chain goes where its first mention went.
                head = links.get((event.coref.start, event.coref.end, event.type))
                if head is not None:
                    links[ident] = EventLink(head.key, head.time)
                continue

            def key_of(span: Span | None) -> str | None:
                found = entity_for_span(view, span)
                return found.key if found is not None else None

            agent = key_of(event.agent_antecedent or event.agent)
            time = event.time.value if event.time is not None else None
            eligible = (
                event.polarity == "POS"
                and event.modality == "ASSERTED"
                and agent is not None
                and time is not None
                and timestamp_literal(time) is not None
                and bool(event.lemma)
            )
            if not eligible:
                continue
            patient, recipient = key_of(event.patient_antecedent or event.patient), key_of(event.recipient)
            target = None
            for key in self._index.get((event.type, agent), []):
                c = self.events.get(key)
                if c is None or key in mine:
                    continue
                relation = time_compatible(c.time, time)
                if relation is None:
                    continue
                if patient and c.patient and patient != c.patient:
                    continue
                if recipient and c.recipient and recipient != c.recipient:
                    continue
                rank = (relation != "equal", c.seq)
                if target is None or rank < target[0]:
                    target = (rank, c, relation)
            if target is None:
                self.seq += 1
                key = local_event_key(doc_id, event)
                c = CanonicalEvent(key, event.type, agent, patient, recipient, time, self.seq)
                c.mentions.append([doc_id, trig.start, trig.end, trig.text])
                self._docs_seen.add(doc_id)
                self.events[key] = c
                created.append(((event.type, agent), key))
                mine.add(key)
                continue
            _, c, relation = target
            first = c.mentions[0]
            score = 0.6 + (0.25 if relation == "equal" else 0.15) + (0.15 if patient and patient == c.patient else 0.05)
            parts = [f"same type {event.type}", f"agent {labels.get(agent, agent)}"]
            parts.append(f"time {time}" if relation == "equal" else f"time {time} within {c.time}" if len(time) > len(c.time) else f"time {c.time} within {time}")
            if patient and patient == c.patient:
                parts.append(f"patient {labels.get(patient, patient)}")
            why = f"cross-document: '{trig.text}' ({doc_id}) = '{first[3]}' ({first[0]}): {', '.join(parts)}; score {score:.2f}"
            c.mentions.append([doc_id, trig.start, trig.end, trig.text])
            self._docs_seen.add(doc_id)
            mine.add(c.key)
            c.evidence.append(why)
            c.patient = c.patient or patient
            c.recipient = c.recipient or recipient
            links[ident] = EventLink(c.key, c.time if c.time != time else None, (why,))
        for pair, key in created:
            self._index[pair].append(key)
        # Reported-by links and statements still point inside the document: only merged events move.
        return links

    def forget(self, doc_id: str) -> None:
        if doc_id not in self._docs_seen:
            return
        for key in list(self.events):
            c = self.events[key]
            if doc_id not in c.docs():
                continue
            c.mentions = [m for m in c.mentions if m[0] != doc_id]
            c.evidence = [e for e in c.evidence if f"({doc_id})" not in e]
            if not c.mentions:
                del self.events[key]
                self._index[(c.type, c.agent)] = [k for k in self._index[(c.type, c.agent)] if k != key]

    def redirect_agents(self, redirects: Iterable[tuple[str, str]]) -> None:
        """Entity merges move the events indexed under a retired key."""
        for old, new in redirects:
            for c in self.events.values():
                if c.agent == old:
                    self._index[(c.type, old)] = [k for k in self._index[(c.type, old)] if k != c.key]
                    c.agent = new
                    self._index[(c.type, new)].append(c.key)
                if c.patient == old:
                    c.patient = new
                if c.recipient == old:
                    c.recipient = new

    def as_dict(self) -> dict:
        return {
            "seq": self.seq,
            "events": [
                {"key": c.key, "type": c.type, "agent": c.agent, "patient": c.patient, "recipient": c.recipient, "time": c.time, "seq": c.seq, "mentions": c.mentions, "evidence": c.evidence}
                for c in sorted(self.events.values(), key=lambda c: c.seq)
            ],
        }

    def load_dict(self, data: Mapping) -> None:
        self.seq = int(data.get("seq", 0))
        self.events = {}
        self._index = defaultdict(list)
        for item in data.get("events", []):
            c = CanonicalEvent(item["key"], item["type"], item["agent"], item.get("patient"), item.get("recipient"), item["time"], int(item["seq"]), list(item.get("mentions", [])), list(item.get("evidence", [])))
            self.events[c.key] = c
            self._index[(c.type, c.agent)].append(c.key)
            self._docs_seen.update(m[0] for m in c.mentions)

