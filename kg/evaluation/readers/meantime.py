"""MEANTIME CAT XML: text rebuilt from tokens, entity and event mentions, participants, TIMEX3.

The text is the tokens joined by single spaces, one sentence per line, so every markable maps to
character offsets. Entity mentions take their type from the ``ENTITY`` they refer to
(``REFERS_TO``); only named mentions of type PER, ORG, LOC or PRO (products, scored on their own row) are kept for NER scoring: proper
names (``syntactic_type="NAM"``) and proper names used as premodifiers (``PRE.NAM``, "[Apple] CEO
Steve Jobs", which CoNLL and OntoNotes also annotate as names). When such mentions nest
(``Mobile , Alabama`` around ``Alabama``) only the innermost is kept. ``HAS_PARTICIPANT`` links with PropBank roles Arg0 and Arg1 become agent and
patient arguments.

Only the first sentences of each MEANTIME document are annotated (sentences 0 to 5 in nearly all
documents), so scoring is restricted to ``0 .. max(5, last annotated sentence)``. The creation
time is the TIMEX3 with ``functionInDocument="CREATION_TIME"``; it is anchored on the dateline,
which is kept out of timex scoring.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import Errors, KGError
from kg.evaluation.gold import Argument, GoldDocument, Mention
from kg.types import PartialDate

LAYERS = frozenset({"entities", "timexes", "events", "arguments"})
ENTITY_TYPES = frozenset({"PER", "ORG", "LOC", "PRO"})  # PRO is scored apart from the totals
NAMED = frozenset({"NAM", "PRE.NAM"})  # syntactic types of named mentions
ROLES: dict[str, str] = {"Arg0": "agent", "Arg1": "patient"}
# Sentences 0..5 are the annotated part of every MEANTIME document.
ANNOTATED_SENTENCES = 6


def _innermost(mentions: list[Mention]) -> list[Mention]:
    """Drop every mention that strictly contains another mention of the same label."""
    kept = []
    for m in mentions:
        if any(
            o is not m and o.label == m.label and m.start <= o.start and o.end <= m.end and (o.start, o.end) != (m.start, m.end)
            for o in mentions
        ):
            continue
        kept.append(m)
    return sorted(set(kept))


@dataclass(frozen=True)
class CatLayout:
    """A CAT XML document's text and where its markables and relations lie in it."""

    text: str
    spans: dict[str, tuple[int, int, int]]  # m_id -> (start, end, last sentence)
    elements: dict[str, ET.Element]  # m_id -> markable
    refers: dict[str, str]  # mention m_id -> the ENTITY/EVENT it refers to
    participants: list[tuple[str, str, str]]  # (event m_id, sem_role, participant m_id)
    sentence_end: dict[int, int]  # sentence -> offset of its end


def read_layout(root: ET.Element) -> CatLayout:
    """Rebuild the text (tokens joined by single spaces, one sentence per line) and map every
    markable and relation onto it."""
    tokens = sorted(root.iter("token"), key=lambda t: int(t.get("t_id", "0")))
    lines: list[str] = []
    offsets: dict[str, tuple[int, int, int]] = {}  # t_id -> (start, end, sentence)
    sentence_end: dict[int, int] = {}
    pos = 0
    current: int | None = None
    for tok in tokens:
        sent = int(tok.get("sentence", "0"))
        word = tok.text or ""
        if current is not None:
            lines.append(" " if sent == current else "\n")
            pos += 1
        current = sent
        offsets[tok.get("t_id", "")] = (pos, pos + len(word), sent)
        lines.append(word)
        pos += len(word)
        sentence_end[sent] = pos
    spans: dict[str, tuple[int, int, int]] = {}
    elements: dict[str, ET.Element] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        mid = m.get("m_id", "")
        elements[mid] = m
        anchors = [offsets[a.get("t_id", "")] for a in m.iter("token_anchor") if a.get("t_id", "") in offsets]
        if anchors:
            spans[mid] = (min(a[0] for a in anchors), max(a[1] for a in anchors), max(a[2] for a in anchors))
    refers: dict[str, str] = {}
    participants: list[tuple[str, str, str]] = []
    relations = root.find("Relations")
    for rel in relations if relations is not None else ():
        if rel.tag == "REFERS_TO":
            ref_target = rel.find("target")
            for ref_source in rel.findall("source"):
                if ref_target is not None:
                    refers[ref_source.get("m_id", "")] = ref_target.get("m_id", "")
        elif rel.tag == "HAS_PARTICIPANT":
            source_el, target_el = rel.find("source"), rel.find("target")
            if source_el is not None and target_el is not None:
                participants.append((source_el.get("m_id", ""), rel.get("sem_role", ""), target_el.get("m_id", "")))
    return CatLayout("".join(lines), spans, elements, refers, participants, sentence_end)


def parse_meantime(content: str, *, doc_id: str, source: str = "<string>") -> GoldDocument:
    """Read one MEANTIME CAT XML document given as a string."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise KGError(Errors.E604, path=source, detail=str(exc)) from None
    tokens = sorted(root.iter("token"), key=lambda t: int(t.get("t_id", "0")))
    if not tokens:
        raise KGError(Errors.E604, path=source, detail="no <token> element")
    layout = read_layout(root)
    text, spans, elements, refers = layout.text, layout.spans, layout.elements, layout.refers
    participants, sentence_end = layout.participants, layout.sentence_end

    def mention(mid: str, label: str = "", value: str = "") -> Mention:
        start, end, _ = spans[mid]
        return Mention(start, end, label, value, text[start:end])

    last_annotated = max((s for _, _, s in spans.values()), default=-1)
    last_scored = max(ANNOTATED_SENTENCES - 1, last_annotated)
    scored_end = sentence_end.get(last_scored, len(text)) if last_scored in sentence_end else len(text)

    entities: list[Mention] = []
    timexes: list[Mention] = []
    ignored: list[Mention] = []
    events: list[Mention] = []
    dct: PartialDate | None = None
    for mid, m in elements.items():
        if m.tag == "TIMEX3" and m.get("functionInDocument") == "CREATION_TIME":
            try:
                dct = PartialDate.parse(m.get("value", ""))
            except ValueError:
                dct = None
            if mid in spans:
                ignored.append(mention(mid, m.get("type", ""), m.get("value", "")))
            continue
        if mid not in spans:
            continue
        if m.tag == "ENTITY_MENTION" and m.get("syntactic_type") in NAMED:
            entity = elements.get(refers.get(mid, ""))
            ent_type = entity.get("ent_type") if entity is not None else None
            if ent_type in ENTITY_TYPES:
                entities.append(mention(mid, ent_type or ""))
        elif m.tag == "TIMEX3":
            timexes.append(mention(mid, m.get("type", ""), m.get("value", "")))
        elif m.tag == "EVENT_MENTION":
            events.append(mention(mid, m.get("pred", "")))
    arguments: list[Argument] = []
    for src, role, target in participants:
        if role in ROLES and src in spans and target in spans and elements[src].tag == "EVENT_MENTION":
            arguments.append(Argument(mention(src), ROLES[role], mention(target)))
    return GoldDocument(
        id=root.get("doc_id") or doc_id,
        text=text,
        lang=root.get("lang") or "en",
        source=source,
        dct=dct,
        layers=LAYERS,
        entities=tuple(_innermost(entities)),
        timexes=tuple(sorted(timexes)),
        events=tuple(sorted(events)),
        arguments=tuple(sorted(arguments, key=lambda a: (a.trigger, a.role, a.argument))),
        scored=(0, scored_end),
        ignored_timexes=tuple(ignored),
        entity_labels=ENTITY_TYPES,
    )


def read_meantime(path: Path) -> GoldDocument:
    """Read one MEANTIME ``.xml`` file."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(Errors.E604, path=str(path), detail=str(exc)) from None
    return parse_meantime(content, doc_id=path.stem, source=str(path))


def read_meantime_folder(folder: Path) -> Iterator[GoldDocument]:
    """Every document of a split folder (``corpus_*/*.xml``), in path order."""
    for path in sorted(folder.glob("corpus_*/*.xml")):
        yield read_meantime(path)
