"""TimeML ``.tml`` files (FR-TimeBank, TempEval-3): the text of ``<TEXT>`` with TIMEX3 and EVENT offsets.

The plain text is the character content of ``<TEXT>`` with every tag removed; each TIMEX3 keeps
its ``type`` and ``value`` and each EVENT its ``class``. The document creation time is the TIMEX3
with ``functionInDocument="CREATION_TIME"`` (in ``<DCT>``, or, rarely, inside the text, where it is
then kept out of scoring).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from kg.errors import Errors, KGError
from kg.evaluation.gold import GoldDocument, Mention
from kg.types import PartialDate

LAYERS = frozenset({"timexes", "events"})


def _walk(element: ET.Element, parts: list[str], found: list[tuple[ET.Element, int, int]], pos: int) -> int:
    """Append the text of ``element`` (tags removed) to ``parts``; record each child's offsets."""
    if element.text:
        parts.append(element.text)
        pos += len(element.text)
    for child in element:
        start = pos
        pos = _walk(child, parts, found, pos)
        found.append((child, start, pos))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def _dct(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def parse_timeml(content: str, *, doc_id: str, lang: str, source: str = "<string>") -> GoldDocument:
    """Read one TimeML document given as a string."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise KGError(Errors.E604, path=source, detail=str(exc)) from None
    body = root if root.tag == "TEXT" else root.find(".//TEXT")
    if body is None:
        raise KGError(Errors.E604, path=source, detail="no <TEXT> element")
    parts: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    _walk(body, parts, found, 0)
    text = "".join(parts)
    dct: PartialDate | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _dct(timex.get("value"))
            break
    timexes: list[Mention] = []
    ignored: list[Mention] = []
    events: list[Mention] = []
    for element, start, end in found:
        if element.tag == "TIMEX3":
            mention = Mention(start, end, element.get("type", ""), element.get("value", ""), text[start:end])
            if element.get("functionInDocument") == "CREATION_TIME":
                ignored.append(mention)
            else:
                timexes.append(mention)
        elif element.tag == "EVENT":
            events.append(Mention(start, end, element.get("class", ""), "", text[start:end]))
    docid = root.findtext("DOCID")
    return GoldDocument(
        id=(docid or doc_id).strip(),
        text=text,
        lang=lang,
        source=source,
        dct=dct,
        layers=LAYERS,
        timexes=tuple(sorted(timexes)),
        events=tuple(sorted(events)),
        ignored_timexes=tuple(ignored),
    )


def read_timeml(path: Path, *, lang: str) -> GoldDocument:
    """Read one ``.tml`` file."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(Errors.E604, path=str(path), detail=str(exc)) from None
    return parse_timeml(content, doc_id=path.stem, lang=lang, source=str(path))


def read_timeml_folder(folder: Path, *, lang: str) -> Iterator[GoldDocument]:
    """Every ``.tml`` file of ``folder``, in name order."""
    for path in sorted(folder.glob("*.tml")):
        yield read_timeml(path, lang=lang)
