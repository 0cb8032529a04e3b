"""MEANTIME CAT XML: text rebuilt from tokens, entity and event mentions, participants, TIMEX3.

The text is the tokens joined by single spaces, one sentence per line, so every markable maps to
character offsets. Entity mentions take their type from the ``ENTITY`` they refer to
(``REFERS_TO``); only named mentions of type PER, ORG, LOC, PRO (products) or FIN (financial
entities, kg's stock market indices), the last two scored on their own rows, are kept for NER
scoring: proper names (``syntactic_type="NAM"``) and proper names used as premodifiers
(``PRE.NAM``, "[Apple] CEO Steve Jobs", which CoNLL and OntoNotes also annotate as names). When such mentions nest and the
inner one refers to the same entity ("Ryanair CEO , Michael O' Leary" around "Michael O' Leary")
only the innermost is kept; when the inner names are other entities' ("Mobile , Alabama", which
refers to Mobile, around "Alabama"), the outer mention keeps the words that name its own entity
("Mobile"; until 2026-12-03 it was dropped, and the city with it). A comma the corpus tokenizer
glued to a name's last token ("Apple Inc.,") is left out. ``HAS_PARTICIPANT`` links with PropBank
roles Arg0 and Arg1 become agent and patient arguments.

Only the first sentences of each MEANTIME document are annotated (sentences 0 to 5 in nearly all
documents), so scoring is restricted to ``0 .. max(5, last annotated sentence)``. The creation
time is the TIMEX3 with ``functionInDocument="CREATION_TIME"``; it is anchored on the dateline,
which is kept out of timex scoring.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors, KGError
from kg.evaluation.gold import Argument, GoldDocument, Mention
from kg.types import PartialDate

LAYERS = frozenset({"entities", "timexes", "events", "arguments", "event times"})
ENTITY_TYPES = frozenset({"PER", "ORG", "LOC", "PRO", "FIN"})  # PRO and FIN are scored apart from the totals
NAMED = frozenset({"NAM", "PRE.NAM"})  # syntactic types of named mentions
ROLES: dict[str, str] = {"Arg0": "agent", "Arg1": "patient"}
# Sentences 0..5 are the annotated part of every MEANTIME document.
ANNOTATED_SENTENCES = 6


# What joins a name to another name written after it in the same mention: punctuation ("Mobile ,
# Alabama"), or one lower-case word, a preposition ("Moscone Center in San Francisco"); and what
# joins it to one written before it: punctuation or a possessive ("Beatles ' Apple Corps",
# "Singapore 's Changi International Airport").
_PUNCT = re.compile(r"[^\w\s]+")
_POSSESSIVE = re.compile(r"[^\w\s]+|'s|’s")
_LOWER = re.compile(r"[a-z]+")


def _own_name(text: str, outer: tuple[int, int], nested: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words of ``outer`` that name its own entity when the names inside it are other
    entities': the part before the first of them, up to its first comma ("[Mobile] , Alabama",
    "[Suvarnabhumi Airport] , which serves Bangkok , Thailand") or without the preposition that
    ends it ("[the Moscone West center] in San Francisco"), or else the part after the last, without
    the punctuation or possessive that begins it ("Singapore 's [Changi International Airport]").
    None when no capitalised word is left, or when nothing joins the part to the inner name
    ("iPod Software 1.1.1", "new Intel-based Mac", "Airbus parent company X": one name, or a
    description)."""
    start, end = outer
    first, last = min(a for a, _ in nested), max(b for _, b in nested)
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]

    def word(w: tuple[int, int]) -> str:
        return text[w[0] : w[1]]

    before = [w for w in words if w[1] <= first]
    after = [w for w in words if w[0] >= last]
    commas = [i for i, w in enumerate(before) if word(w) == ","]
    if commas:
        part = before[: commas[0]]
    else:
        part = before
        while part and _PUNCT.fullmatch(word(part[-1])):
            part = part[:-1]
        if part and _LOWER.fullmatch(word(part[-1])):
            part = part[:-1]
    if part is not before and part and any(text[a].isupper() or text[a].isdigit() for a, _ in part):
        return part[0][0], part[-1][1]
    part = after
    while part and _POSSESSIVE.fullmatch(word(part[0])):
        part = part[1:]
    if part is not after and part and any(text[a].isupper() or text[a].isdigit() for a, _ in part):
        return part[0][0], part[-1][1]
    return None


def _names(mentions: list[tuple[Mention, str]], text: str) -> list[tuple[Mention, str]]:
    """The name of each named mention, with the entity it refers to. A mention that contains another
    mention of the same entity and label ("Ryanair CEO , [Michael O' Leary]", "Airbus parent [EADS]")
    is dropped for the innermost one. A mention whose inner names of its label are all other
    entities' ("Mobile , Alabama" around "Alabama", "Boeing and Lockheed Martin") keeps its own
    words (:func:`_own_name`: "Mobile"), or is dropped when it has none."""
    kept: list[tuple[Mention, str]] = []
    for m, entity in mentions:
        inner = [
            (o, e) for o, e in mentions
            if o.label == m.label and m.start <= o.start and o.end <= m.end and (o.start, o.end) != (m.start, m.end)
        ]
        if not inner:
            kept.append((m, entity))
        elif all(e != entity for _, e in inner) and (own := _own_name(text, (m.start, m.end), [(o.start, o.end) for o, _ in inner])):
            kept.append((Mention(own[0], own[1], m.label, m.value, text[own[0] : own[1]]), entity))
    return sorted(set(kept))


def _without_glued_comma(m: Mention) -> Mention:
    """The corpus tokenizer sometimes glues the comma after a name to its last token ("Apple Inc.,"):
    the comma is no part of the name."""
    if m.text.endswith(",") and len(m.text) > 1 and not m.text[-2].isspace():
        return Mention(m.start, m.end - 1, m.label, m.value, m.text[:-1])
    return m


def named_entity_mentions(layout: CatLayout) -> list[tuple[Mention, str]]:
    """The named mentions (NAM, PRE.NAM) of a scored entity type, each with the ``m_id`` of the
    ENTITY it refers to, reduced to their names (:func:`_names`)."""
    out: list[tuple[Mention, str]] = []
    for mid, m in layout.elements.items():
        if mid not in layout.spans or m.tag != "ENTITY_MENTION" or m.get("syntactic_type") not in NAMED:
            continue
        entity_id = layout.refers.get(mid, "")
        entity = layout.elements.get(entity_id)
        ent_type = entity.get("ent_type") if entity is not None else None
        if ent_type in ENTITY_TYPES:
            start, end, _ = layout.spans[mid]
            out.append((_without_glued_comma(Mention(start, end, ent_type or "", "", layout.text[start:end])), entity_id))
    return _names(out, layout.text)


@dataclass(frozen=True)
class CatLayout:
    """A CAT XML document's text and where its markables and relations lie in it."""

    text: str
    spans: dict[str, tuple[int, int, int]]  # m_id -> (start, end, last sentence)
    elements: dict[str, ET.Element]  # m_id -> markable
    refers: dict[str, str]  # mention m_id -> the ENTITY/EVENT it refers to
    participants: list[tuple[str, str, str]]  # (event m_id, sem_role, participant m_id)
    sentence_end: dict[int, int]  # sentence -> offset of its end
    tlinks: list[tuple[str, str, str]] = field(default_factory=list)  # (source m_id, reltype, target m_id)


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
    tlinks: list[tuple[str, str, str]] = []
    relations = root.find("Relations")
    for rel in relations if relations is not None else ():
        if rel.tag == "REFERS_TO":
            ref_target = rel.find("target")
            for ref_source in rel.findall("source"):
                if ref_target is not None:
                    refers[ref_source.get("m_id", "")] = ref_target.get("m_id", "")
        elif rel.tag == "TLINK":
            source_el, target_el = rel.find("source"), rel.find("target")
            if source_el is not None and target_el is not None:
                tlinks.append((source_el.get("m_id", ""), rel.get("reltype", ""), target_el.get("m_id", "")))
        elif rel.tag == "HAS_PARTICIPANT":
            source_el, target_el = rel.find("source"), rel.find("target")
            if source_el is not None and target_el is not None:
                participants.append((source_el.get("m_id", ""), rel.get("sem_role", ""), target_el.get("m_id", "")))
    return CatLayout("".join(lines), spans, elements, refers, participants, sentence_end, tlinks)


# TLINK types that put an event inside (or at) a date: event -> timex, and timex -> event.
_EVENT_IN_TIMEX = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING"})
_TIMEX_AROUND_EVENT = frozenset({"INCLUDES", "SIMULTANEOUS"})


def event_times(layout: CatLayout) -> dict[str, str]:
    """The gold time of each event mention: the value of the DATE timex (the creation time
    included) that a TLINK puts the event in (``IS_INCLUDED`` / ``SIMULTANEOUS`` from the event,
    ``INCLUDES`` from the timex). The first such link wins; events without one are absent."""
    elements = layout.elements

    def date(mid: str) -> str | None:
        m = elements.get(mid)
        if m is None or m.tag != "TIMEX3" or m.get("type") != "DATE":
            return None
        return m.get("value") or None

    def is_event(mid: str) -> bool:
        m = elements.get(mid)
        return m is not None and m.tag == "EVENT_MENTION"

    out: dict[str, str] = {}
    for source, reltype, target in layout.tlinks:
        if is_event(source) and reltype in _EVENT_IN_TIMEX and (value := date(target)):
            out.setdefault(source, value)
        elif is_event(target) and reltype in _TIMEX_AROUND_EVENT and (value := date(source)):
            out.setdefault(target, value)
    return out


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
    text, spans, elements = layout.text, layout.spans, layout.elements
    participants, sentence_end = layout.participants, layout.sentence_end

    def mention(mid: str, label: str = "", value: str = "") -> Mention:
        start, end, _ = spans[mid]
        return Mention(start, end, label, value, text[start:end])

    last_annotated = max((s for _, _, s in spans.values()), default=-1)
    last_scored = max(ANNOTATED_SENTENCES - 1, last_annotated)
    scored_end = sentence_end.get(last_scored, len(text)) if last_scored in sentence_end else len(text)

    times = event_times(layout)
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
        if m.tag == "TIMEX3":
            timexes.append(mention(mid, m.get("type", ""), m.get("value", "")))
        elif m.tag == "EVENT_MENTION":
            events.append(mention(mid, m.get("pred", ""), times.get(mid, "")))
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
        entities=tuple(m for m, _ in named_entity_mentions(layout)),
        timexes=tuple(sorted(timexes)),
        events=tuple(sorted(events)),
        arguments=tuple(sorted(arguments, key=lambda a: (a.trigger, a.role, a.argument))),
        scored=(0, scored_end),
        ignored_timexes=tuple(ignored),
        entity_labels=ENTITY_TYPES,
        noun_phrases=True,
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
