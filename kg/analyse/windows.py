"""Long documents in windows: language segments cut at paragraph breaks into pieces spaCy reads one
at a time.

spaCy's memory grows with the length of the text it parses, and a document of a few megabytes read
in one piece needs gigabytes. A segment longer than the window size is cut at blank lines (at line
breaks when a stretch has none), never inside a line, so never inside a sentence; a break where a
quotation is still open (an opening « or “ not closed, paired as the quotations are, or an odd number
of ") is avoided when another one fits. A piece is a :class:`~kg.types.Segment` of the same language whose offsets index the
document text, like every offset (the pieces of a segment follow each other without a gap); segments no longer than the window are left whole, so a
document of usual size is read exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.types import Segment

#: Characters per window (``Options.window_chars``): about 10,000 spaCy tokens of news text.
DEFAULT_WINDOW_CHARS = 50_000

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"\n\s*")


_MARKS = re.compile('[«»“”"]')
_OPENS = {"«": "«", "»": "«", "“": "“", "”": "“"}


def _balanced_at(text: str, start: int, ends: Sequence[int]) -> list[bool]:
    """For each of ``ends`` (ascending), whether no quotation is open in ``text[start:end]``: marks
    paired as :mod:`kg.extract.quotes` pairs them (a closing mark closes the latest open one of its
    kind and a stray one closes nothing; an opening mark after a paragraph break drops those still
    open before it; straight quotes by parity). Counting the marks instead is fooled by a stray
    closing mark earlier in the piece, and cut a quotation over two paragraphs in two."""
    out: list[bool] = []
    if not ends:
        return out
    opened: dict[str, list[int]] = {"«": [], "“": []}
    straight = 0
    k = 0
    for m in _MARKS.finditer(text, start, ends[-1]):
        while k < len(ends) and ends[k] <= m.start():
            out.append(not opened["«"] and not opened["“"] and straight % 2 == 0)
            k += 1
        mark = m.group()
        if mark == '"':
            straight += 1
            continue
        stack = opened[_OPENS[mark]]
        if mark in "«“":
            if stack and _PARAGRAPH.search(text, stack[-1], m.start()):
                stack.clear()
            stack.append(m.start())
        elif stack:
            stack.pop()
    while k < len(ends):
        out.append(not opened["«"] and not opened["“"] and straight % 2 == 0)
        k += 1
    return out


def _cut(text: str, start: int, end: int, size: int, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most ``size`` characters where the breaks allow."""
    gaps = [(m.start(), m.end()) for m in breaks.finditer(text, start, end)]
    pieces: list[tuple[int, int]] = []
    cursor = start
    k = 0
    while end - cursor > size:
        while k < len(gaps) and gaps[k][0] <= cursor:
            k += 1
        fitting = [g for g in gaps[k:] if g[0] - cursor <= size]
        balanced = [g for g, ok in zip(fitting, _balanced_at(text, cursor, [g[0] for g in fitting])) if ok]
        chosen = balanced[-1] if balanced else fitting[-1] if fitting else gaps[k] if k < len(gaps) else None
        if chosen is None:
            break
        pieces.append((cursor, chosen[0]))
        cursor = chosen[1]
    pieces.append((cursor, end))
    return pieces


def windows(text: str, segments: Sequence[Segment], size: int) -> list[Segment]:
    """The pieces of ``segments`` (in order) at most ``size`` characters long where a paragraph or
    line break allows it; a segment that fits is its own piece. ``size <= 0``: no windows."""
    out: list[Segment] = []
    for seg in segments:
        if size <= 0 or seg.end - seg.start <= size:
            out.append(seg)
            continue
        starts = [c for a, b in _cut(text, seg.start, seg.end, size, _PARAGRAPH)
                  for c, _ in (_cut(text, a, b, size, _LINE) if b - a > size else [(a, b)])]
        # Each piece runs to the next one: the blank line after a paragraph stays with it, as
        # spaCy puts it in the last sentence of the paragraph when it reads the whole text.
        for c, d in zip(starts, [*starts[1:], seg.end]):
            out.append(Segment(c, d, seg.lang, seg.embedded))
    return out
