"""Bytes to text for every reader: decoding with explicit rules, the size limit, and the visible
text of an HTML fragment (feed entries; saved pages go through :mod:`kg.ingest.web`)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import Errors, KGError


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page, one block element per paragraph."""

    _BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer tr table "
        "pre figcaption title dd dt hr".split()
    )
    _HIDDEN = frozenset("script style noscript template head svg nav".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
        elif not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Reduce an HTML page to its visible text (paragraphs separated by blank lines) and title."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [re.sub(r"[ \t\r\f\v\n]+", " ", block).strip() for block in re.split(r"\n\s*\n", raw)]
    title = re.sub(r"\s+", " ", parser.title).strip() if parser.title else None
    return "\n\n".join(p for p in paragraphs if p), title or None




def decode_bytes(data: bytes, *, path: str) -> str:
    """Decode a file's bytes: UTF-16 with a BOM, else UTF-8 (E005 naming the line; E009 for NUL bytes)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise KGError(Errors.E005, path=path, detail=str(exc)) from None
    if b"\x00" in data:
        raise KGError(Errors.E009, path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KGError(Errors.E005, path=path, line=line, detail=f"byte {exc.start}: {exc.reason}") from None


def file_size(path: Path) -> int:
    """The size of ``path`` in bytes, 0 when it cannot be read: the read that follows reports
    that, with the error of its own kind."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def check_file_size(path: Path, *, display: str, max_chars: int) -> None:
    """E010 before reading a file that cannot fit: more than 4 bytes per allowed character (the
    most UTF-8 and UTF-16 spend on one), so a huge file is never read whole."""
    size = file_size(path)
    if size > 4 * max_chars:
        raise KGError(Errors.E010, path=display, line=None, size=f"at least {-(-size // 4)}", limit=max_chars)


def check_markup_size(size: int, *, path: str, line: int | None, max_chars: int, factor: int, unit: str) -> None:
    """E020 when a page's markup (``size`` in ``unit``) is over ``factor`` times ``max_chars``: the
    error names the user's --max-chars, not the derived markup limit it is compared with."""
    if size > factor * max_chars:
        raise KGError(Errors.E020, path=path, line=line, size=f"{size:,} {unit}", limit=f"{factor * max_chars:,} {unit}", factor=factor, max_chars=f"{max_chars:,}")


def check_size(text: str, *, path: str, line: int | None, max_chars: int) -> None:
    """E010 when ``text`` is longer than ``max_chars``."""
    if len(text) > max_chars:
        raise KGError(Errors.E010, path=path, line=line, size=len(text), limit=max_chars)
