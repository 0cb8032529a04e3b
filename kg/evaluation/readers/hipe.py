"""HIPE-2022 TSV (HIPE-2020 French): IOB2 coarse literal entities over a rebuilt text.

Tokens are joined by one space unless their MISC column says ``NoSpaceAfter``; an ``EndOfLine``
becomes a space (or a newline with ``keep_line_breaks``), so the text reads as running prose for
the parser. ``NE-COARSE-LIT`` tags ``pers``, ``org`` and ``loc`` map to PER, ORG and LOC; ``prod``
and ``time`` are ignored. Mentions are annotated at their maximal extent (a person's functions and
appositive description included), nested ones in another column that is not read. Documents start at ``# hipe2022:document_id`` comment lines and take their
date from ``# hipe2022:date``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors, KGError
from kg.evaluation.gold import GoldDocument, Mention
from kg.types import PartialDate

LABELS: dict[str, str] = {"pers": "PER", "org": "ORG", "loc": "LOC"}
LAYERS = frozenset({"entities"})


@dataclass
class _Builder:
    doc_id: str
    date: str | None = None
    lang: str = "fr"
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    pending: str = ""
    entities: list[Mention] = field(default_factory=list)
    open_start: int | None = None
    open_end: int = 0
    open_label: str | None = None

    def close(self) -> None:
        if self.open_start is not None and self.open_label is not None:
            self.entities.append(Mention(self.open_start, self.open_end, self.open_label))
        self.open_start, self.open_label = None, None

    def add(self, token: str, tag: str, misc: str, keep_line_breaks: bool) -> None:
        if self.parts:
            self.parts.append(self.pending)
            self.pos += len(self.pending)
        start = self.pos
        self.parts.append(token)
        self.pos += len(token)
        flags = set(misc.split("|"))
        if "NoSpaceAfter" in flags:
            self.pending = ""
        elif "EndOfLine" in flags and keep_line_breaks:
            self.pending = "\n"
        else:
            self.pending = " "
        prefix, _, kind = tag.partition("-")
        label = LABELS.get(kind)
        if prefix == "I" and label is not None and self.open_label == label:
            self.open_end = self.pos
            return
        self.close()
        if prefix in ("B", "I") and label is not None:  # an I- without its B- opens an entity too
            self.open_start, self.open_end, self.open_label = start, self.pos, label

    def build(self, source: str) -> GoldDocument:
        self.close()
        text = "".join(self.parts)
        dct: PartialDate | None = None
        if self.date:
            try:
                dct = PartialDate.parse(self.date)
            except ValueError:
                dct = None
        return GoldDocument(
            id=self.doc_id,
            text=text,
            lang=self.lang,
            source=source,
            dct=dct,
            layers=LAYERS,
            maximal_extents=True,
            entities=tuple(Mention(m.start, m.end, m.label, "", text[m.start : m.end]) for m in self.entities),
        )


def parse_hipe(lines: Iterable[str], *, source: str = "<string>", keep_line_breaks: bool = False) -> Iterator[GoldDocument]:
    """Read the documents of a HIPE TSV file given as lines."""
    columns: list[str] | None = None
    doc: _Builder | None = None
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            key, value = key.strip(), value.strip()
            if key == "hipe2022:document_id":
                if doc is not None and doc.parts:
                    yield doc.build(source)
                doc = _Builder(value)
            elif doc is not None and key == "hipe2022:date":
                doc.date = value
            elif doc is not None and key == "hipe2022:language":
                doc.lang = value
            continue
        cells = line.split("\t")
        if columns is None and cells[0] == "TOKEN":
            columns = cells
            continue
        if columns is None or doc is None:
            raise KGError(Errors.E604, path=source, line=number, detail="token line before the header or document id")
        if len(cells) != len(columns):
            raise KGError(Errors.E604, path=source, line=number, detail=f"{len(cells)} columns, expected {len(columns)}")
        row = dict(zip(columns, cells))
        doc.add(row["TOKEN"], row.get("NE-COARSE-LIT", "O"), row.get("MISC", "_"), keep_line_breaks)
    if doc is not None and doc.parts:
        yield doc.build(source)


def read_hipe(path: Path, *, keep_line_breaks: bool = False) -> Iterator[GoldDocument]:
    """Every document of one HIPE TSV file, in file order."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(Errors.E604, path=str(path), detail=str(exc)) from None
    yield from parse_hipe(content.splitlines(), source=str(path), keep_line_breaks=keep_line_breaks)
