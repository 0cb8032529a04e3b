"""Reading articles: files, folders and JSONL, with their metadata.

Each input becomes a :class:`~kg.types.Document` whose ``text`` is exactly what was read (after
UTF-8 decoding and, for HTML, reduction to text), so that every offset the extractors produce can be
checked against it. Problems with one input are reported as :class:`~kg.errors.KGError` values
naming the file and line, and never stop the other inputs from being read.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.errors import Errors, KGError
from kg.ingest import fetch
from kg.ingest.decode import check_file_size, check_size, decode_bytes
from kg.text.slug import slugify
from kg.types import Document, PartialDate

SUFFIXES: tuple[str, ...] = (
    ".txt", ".md", ".html", ".htm", ".jsonl", ".warc", ".warc.gz", ".arc", ".arc.gz", ".rss", ".atom", ".xml",
)
ARCHIVE_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz", ".arc", ".arc.gz")
DEFAULT_MAX_CHARS = 2_000_000
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)

# Files that describe a corpus rather than belong to it.
_SKIPPED_NAMES = re.compile(r"^(readme|license|licence|notice|changelog|attribution)(\.|$)", re.I)

_ISO_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
# ` date 2020-06 Le groupe ...` (inline, as scraped corpora often write it) or `date: 2020-06-09`.
_INLINE_DATE = re.compile(
    r"\A[ \t\ufeff]*date\s*[:=]?\s*(" + _ISO_DATE + r")(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])[ \t]*:?[ \t]*", re.I
)
_HEADER_LINE = re.compile(
    r"[ \t]*(date|title|url|lang|language|source)[ \t]*:[ \t]*(.*?)[ \t]*(?:\r\n|\n|\r|\Z)", re.I
)


@dataclass(frozen=True)
class Metadata:
    """What a metadata prefix said, and where the body starts."""

    date: PartialDate | None = None
    title: str | None = None
    url: str | None = None
    lang: str | None = None
    body_start: int = 0


@dataclass(frozen=True)
class IngestResult:
    """The documents read and the errors met, in input order."""

    documents: tuple[Document, ...]
    errors: tuple[KGError, ...]


def parse_date(value: str, *, path: str | None = None, line: int | None = None) -> PartialDate:
    """Parse a publication date given as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a timestamp)."""
    try:
        return PartialDate.parse(value)
    except ValueError:
        raise KGError(Errors.E008, path=path, line=line, value=value) from None


def parse_metadata(text: str, *, path: str | None = None) -> Metadata:
    """Read a metadata prefix at the start of ``text``.

    Two shapes are understood: an inline prefix (`` date 2020-06 Le texte…``) and header lines
    (``date: 2020-06-09``, ``title: …``, ``url: …``, ``lang: fr``) ending at the first other line.
    YAML front matter between ``---`` lines is read the same way.
    """
    inline = _INLINE_DATE.match(text)
    if inline and not _HEADER_LINE.match(text):
        return Metadata(date=parse_date(inline.group(1), path=path, line=1), body_start=inline.end())
    pos = 0
    front_matter = re.match(r"---[ \t]*\r?\n", text)
    if front_matter:
        pos = front_matter.end()
    values: dict[str, str] = {}
    while True:
        match = _HEADER_LINE.match(text, pos)
        if not match:
            break
        key = match.group(1).lower()
        values["lang" if key == "language" else key] = match.group(2)
        pos = match.end()
    if front_matter:
        closing = re.compile(r"---[ \t]*(?:\r?\n|\Z)").match(text, pos)
        if not closing:  # not front matter after all
            return Metadata()
        pos = closing.end()
    if not values:
        return Metadata()
    line = 1 + (1 if front_matter else 0) + list(values).index("date") if "date" in values else None
    date = parse_date(values["date"], path=path, line=line) if values.get("date") else None
    return Metadata(
        date=date,
        title=values.get("title") or None,
        url=values.get("url") or values.get("source") or None,
        lang=(values.get("lang") or "").lower() or None,
        body_start=pos,
    )


def read_text_document(path: Path, *, display: str, doc_id: str, max_chars: int) -> Document:
    """Read one ``.txt``, ``.md`` or ``.html`` file (a page through :func:`kg.ingest.web.read_html_file`)."""
    if path.suffix.lower() in (".html", ".htm"):
        from kg.ingest.web import read_html_file

        return read_html_file(path, display=display, doc_id=doc_id, max_chars=max_chars)
    check_file_size(path, display=display, max_chars=max_chars)
    text = decode_bytes(path.read_bytes(), path=display)
    check_size(text, path=display, line=None, max_chars=max_chars)
    title = None
    meta = parse_metadata(text, path=display)
    if not text[meta.body_start :].strip():
        raise KGError(Errors.E004, path=display)
    return Document(
        id=doc_id,
        text=text,
        source=display,
        date=meta.date,
        lang=meta.lang,
        url=meta.url,
        title=meta.title or title,
        body_start=meta.body_start,
    )


def read_jsonl(path: Path, *, display: str, max_chars: int) -> Iterator[Document | KGError]:
    """Yield one document (or one error) per non-blank line of a JSONL file.

    Fields: ``text`` (required), ``id``, ``date``, ``lang``, ``url``, ``title``.
    """
    try:
        data = decode_bytes(path.read_bytes(), path=display)
    except KGError as exc:
        yield exc
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield _jsonl_document(line, number=number, display=display, stem=path.stem, max_chars=max_chars)
        except KGError as exc:
            yield exc


def _jsonl_document(line: str, *, number: int, display: str, stem: str, max_chars: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise KGError(Errors.E006, path=display, line=number, detail=exc.msg) from None
    if not isinstance(record, dict):
        raise KGError(Errors.E011, path=display, line=number, detail=type(record).__name__)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise KGError(Errors.E007, path=display, line=number)
    check_size(text, path=display, line=number, max_chars=max_chars)
    meta = parse_metadata(text, path=f"{display}:{number}")
    raw_date = record.get("date")
    date = meta.date
    if raw_date not in (None, ""):
        date = parse_date(str(raw_date), path=display, line=number)
    raw_id = record.get("id")
    doc_id = slugify(str(raw_id)) if raw_id not in (None, "") else f"{slugify(stem)}-l{number}"
    lang = record.get("lang") or meta.lang
    return Document(
        id=doc_id,
        text=text,
        source=f"{display}:{number}",
        date=date,
        lang=str(lang).lower() if lang else None,
        url=record.get("url") or meta.url,
        title=record.get("title") or meta.title,
        body_start=meta.body_start,
    )


def is_url(value: str | Path) -> bool:
    """Whether an input is an ``http://`` or ``https://`` URL rather than a path."""
    return isinstance(value, str) and fetch.is_url(value)


def input_kind(path: Path) -> str | None:
    """How a file is read: ``text`` (.txt, .md), ``html``, ``jsonl``, ``archive`` (WARC/ARC),
    ``feed`` (.rss, .atom, or .xml whose root is ``rss``/``feed``/``rdf:RDF``), or None."""
    name, suffix = path.name.lower(), path.suffix.lower()
    if name.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    kinds = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".rss": "feed", ".atom": "feed"}
    if suffix in kinds:
        return kinds[suffix]
    if suffix == ".xml":
        try:
            with open(path, "rb") as handle:
                return "feed" if _FEED_ROOT.search(handle.read(4096)) else None
        except OSError:
            return None
    return None


def iter_input_files(path: Path) -> Iterator[Path]:
    """The readable files under ``path`` (itself, if it is a file), in a stable order."""
    if path.is_file():
        yield path
        return
    for child in sorted(path.rglob("*")):
        rel_parts = child.relative_to(path).parts
        if any(part.startswith(".") for part in rel_parts):
            continue
        if child.is_file() and not _SKIPPED_NAMES.match(child.name) and input_kind(child) is not None:
            yield child


#: JSONL files larger than this are read line by line (:func:`iter_jsonl`) rather than whole.
LAZY_JSONL_BYTES = 32 * 1024 * 1024


def iter_jsonl(path: Path, *, display: str, max_chars: int) -> Iterator[Document | KGError]:
    """Like :func:`read_jsonl`, but reads the file one line at a time, so memory does not grow with
    the file. Decoding problems (bad UTF-8, NUL bytes) are reported per line; a UTF-16 file (which
    cannot be split on bytes) falls back to :func:`read_jsonl`."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(2)
    except OSError as exc:
        yield KGError(Errors.E022, path=display, detail=exc.strerror or str(exc))
        return
    if head in (b"\xff\xfe", b"\xfe\xff"):
        yield from read_jsonl(path, display=display, max_chars=max_chars)
        return
    stem = path.stem
    # A JSON string spends at most 12 bytes on one character (an escaped surrogate pair); a longer
    # line is refused without being held in memory.
    limit = 12 * max_chars + 4096
    with open(path, "rb") as handle:
        number = 0
        while raw := handle.readline(limit + 1):
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                size = len(raw)
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    size += len(rest)
                size += len(rest)
                yield KGError(Errors.E010, path=display, line=number, size=f"at least {-(-size // 12)}", limit=max_chars)
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            if b"\x00" in raw:
                yield KGError(Errors.E009, path=display, line=number)
                continue
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                yield KGError(Errors.E005, path=display, line=number, detail=f"byte {exc.start}: {exc.reason}")
                continue
            try:
                yield _jsonl_document(line, number=number, display=display, stem=stem, max_chars=max_chars)
            except KGError as exc:
                yield exc


def source_name(root: Path, file: Path) -> str:
    """How the graph names the source of ``file`` read from the input ``root`` (``kg:sourcePath``):
    relative to the input given, never an absolute path of this machine. A file given itself is
    its name (``wikinews.jsonl``); a file found in a folder is the folder's name and the path below
    it (``data/seed/article.txt``, for ``data``, ``./data`` or ``/home/me/data`` alike), with ``/``
    as separator. Moving the folder, or building it on another machine, gives the same names."""
    if file == root:
        return file.name
    name = root.name if root.name not in ("", ".", "..") else root.resolve().name
    try:
        below = file.relative_to(root).as_posix()
    except ValueError:  # not below the input (cannot happen with iter_input_files): its name only
        return file.name
    return f"{name}/{below}" if name else below


def iter_ingest(
    paths: Iterable[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    fetcher: Any = None,
    counts: Counter[str] | None = None,
) -> Iterator[Document | KGError]:
    """Read every document under ``paths`` lazily, yielding documents and errors in input order.

    The same rules as :func:`ingest` (which collects this iterator); files are read one at a time,
    JSONL files over :data:`LAZY_JSONL_BYTES` one line at a time and web archives one record at a
    time, so a corpus of any size is never held in memory at once (only the IDs and sources
    already seen, to detect duplicates). A URL is fetched only with a ``fetcher``
    (:class:`kg.ingest.fetch.Fetcher`): fetching is what the user asks for, never a default. ``counts``
    receives the archive records skipped, by reason.
    """
    seen: dict[str, str] = {}
    sources: set[str] = set()

    def add(doc: Document, display: str = "", portable: str = "") -> Document | KGError:
        # Errors name the file as the user gave it (``display``); the graph records its source
        # relative to the input (``portable``, see source_name).
        if doc.source in sources:  # the same file or line given twice
            return KGError(Errors.E012, path=doc.source, doc_id=doc.id, first=doc.source)
        sources.add(doc.source)
        given = doc.source
        if display and given.startswith(display):
            doc = replace(doc, source=portable + given[len(display) :])
        if doc.id in seen:
            # From the portable source: the same on every machine.
            new_id = f"{doc.id}-{hashlib.sha256(doc.source.encode('utf-8')).hexdigest()[:8]}"
            if new_id in seen:
                return KGError(Errors.E012, path=given, doc_id=doc.id, first=seen[doc.id])
            doc = replace(doc, id=new_id)
        seen[doc.id] = given
        return doc

    for raw in paths:
        if is_url(raw):
            item = _fetch(str(raw), fetcher, max_chars=max_chars)
            yield item if isinstance(item, KGError) else add(item)
            continue
        root = Path(raw)
        if not root.exists():
            yield KGError(Errors.E001, path=str(raw))
            continue
        if root.is_file() and input_kind(root) is None:
            yield KGError(Errors.E003, path=str(raw), suffix=root.suffix or "(none)", suffixes=", ".join(SUFFIXES))
            continue
        files = list(iter_input_files(root))
        if not files:
            yield KGError(Errors.E002, path=str(raw), suffixes=", ".join(SUFFIXES))
            continue
        inside = root.resolve() if root.is_dir() else None
        for file in files:
            display = str(file)
            if inside is not None and not file.resolve().is_relative_to(inside):
                # A folder from elsewhere (an unpacked archive, a synced share) may hold links to a
                # user's own files, which the graph and its page would then publish.
                yield KGError(Errors.E021, path=display, target=str(file.resolve()), root=str(root))
                continue
            portable = source_name(root, file)
            kind = input_kind(file)
            if kind in ("jsonl", "archive", "feed"):
                for item in _iter_file(file, kind, display=display, max_chars=max_chars, counts=counts):
                    yield item if isinstance(item, KGError) else add(item, display, portable)
                continue
            try:
                yield add(read_text_document(file, display=display, doc_id=slugify(file.stem), max_chars=max_chars), display, portable)
            except KGError as exc:
                yield exc
            except OSError as exc:
                yield KGError(Errors.E022, path=display, detail=exc.strerror or str(exc))


def _iter_file(path: Path, kind: str | None, *, display: str, max_chars: int, counts: Counter[str] | None) -> Iterator[Document | KGError]:
    """The documents of a file that holds several: JSONL lines, archive records, feed entries."""
    if kind == "archive":
        from kg.ingest.web import iter_archive

        yield from iter_archive(path, display=display, max_chars=max_chars, counts=counts)
    elif kind == "feed":
        from kg.ingest.web import iter_feed

        yield from iter_feed(path, display=display, max_chars=max_chars)
    else:
        try:
            lazy = path.stat().st_size > LAZY_JSONL_BYTES
        except OSError:
            lazy = False
        yield from (iter_jsonl if lazy else read_jsonl)(path, display=display, max_chars=max_chars)


def _fetch(url: str, fetcher: Any, *, max_chars: int) -> Document | KGError:
    """A fetched page as a document (its source is the URL asked for)."""
    if fetcher is None:
        return KGError(Errors.E016, path=url, url=url, detail="fetching is opt-in: give the URL to kg build, or a Fetcher to the API")
    from kg.ingest.web import decode_page, read_html, url_key

    try:
        page = fetcher.fetch(url)
        html = decode_page(page.body, page.charset, display=url)
        return read_html(html, display=url, doc_id=slugify(url_key(page.final_url) or url), max_chars=max_chars, url=page.final_url)
    except KGError as exc:
        return exc


def ingest(paths: Iterable[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS) -> IngestResult:
    """Read every document under ``paths``.

    Missing paths, folders without documents and unsupported files are errors of their own; a bad
    file or JSONL line never hides the other documents. Document IDs come from the JSONL ``id`` or
    the file name, so the same input always gets the same ID; a clash is resolved by suffixing a
    hash of the source path. (:func:`iter_ingest` is the lazy form.)
    """
    documents: list[Document] = []
    errors: list[KGError] = []
    for item in iter_ingest(paths, max_chars=max_chars):
        (errors if isinstance(item, KGError) else documents).append(item)  # type: ignore[arg-type]
    return IngestResult(tuple(documents), tuple(errors))


def document_from_text(
    text: str,
    *,
    doc_id: str | None = None,
    date: str | PartialDate | None = None,
    lang: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """Make a document from a string (for the API and tests); a metadata prefix is honoured."""
    if not text.strip():
        raise KGError(Errors.E004, path=doc_id or "<text>")
    meta = parse_metadata(text, path=doc_id or "<text>")
    if isinstance(date, str):
        date = parse_date(date)
    ident = doc_id or "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Document(
        id=slugify(ident),
        text=text,
        source=doc_id or "<text>",
        date=date or meta.date,
        lang=lang or meta.lang,
        url=url or meta.url,
        title=title or meta.title,
        body_start=meta.body_start,
    )
