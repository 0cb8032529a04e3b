"""Reading what the web gives: saved pages, web archives and feeds, with the field's own libraries.

- **HTML pages** go through ``trafilatura``: the article's main text without menus, cookie
  banners, "most read" boxes, share buttons, comments and footers, and the metadata the page carries
  (title, publication date from meta tags, JSON-LD or the URL through ``htmldate``, author, site
  name, canonical URL; the language from ``<html lang>``). The reduced text, paragraphs separated by
  a blank line, is the document text, so every offset points into it. A page where no main text
  is found is refused with E015 rather than built from its furniture.
- **Web archives** (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``) are streamed with ``warcio``,
  one record at a time: each HTML ``response`` with status 200 is a document, with
  ``WARC-Target-URI`` as its URL and ``WARC-Date`` as the publication date when the page has none.
  Other records (requests, metadata, non-HTML, error statuses, revisits and repeated URLs or
  payload digests) are skipped and counted. A truncated or corrupt archive is E017, after the
  records read before the damage.
- **Feeds** (RSS and Atom) are parsed with ``feedparser`` from the file's bytes, never from a URL:
  one document per entry, from its content or summary, with its link, title, author and date.

Nothing here makes a network request.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import Errors, KGError
from kg.ingest.decode import check_markup_size, check_size, decode_bytes, file_size, html_to_text
from kg.text.slug import slugify
from kg.types import Document, PartialDate

HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Characters of markup allowed per character of --max-chars: a page is much larger than its text.
MARKUP_CHARS = 4
# "By Jane Doe", "Par Claire Martin": a capitalised name right after the credit word.
_BYLINE = re.compile(r"(?i:by|par)\s+[A-Z][\w'’.\-]*\s+[A-Z]")
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+\Z")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


def decode_page(data: bytes, charset: str | None, *, display: str) -> str:
    """Page bytes as text: the HTTP or ``<meta>`` charset when it decodes, else UTF-8 (E005)."""
    declared = charset or (m.group(1).decode("ascii") if (m := _CHARSET.search(data[:4096])) else None)
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, path=display)


def _partial_date(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value[:10])
    except ValueError:
        return None


def read_html(
    html: str,
    *,
    display: str,
    doc_id: str,
    max_chars: int,
    url: str | None = None,
    fallback_date: PartialDate | None = None,
) -> Document:
    """One HTML page as a document: trafilatura's main text and the page's metadata (E015, E010)."""
    import trafilatura

    check_markup_size(len(html), path=display, line=None, max_chars=max_chars, factor=MARKUP_CHARS, unit="characters")
    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Precision first: a page of menus and banners gives no text (E015) rather than them.
            favor_precision=True,
            date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"},
        )
    except Exception as exc:  # lxml and trafilatura raise many types on broken markup
        raise KGError(Errors.E015, path=display) from exc
    meta: dict[str, Any] = found if isinstance(found, dict) else found.as_dict() if found is not None else {}
    paragraphs = [re.sub(r"\s+", " ", line).strip() for line in (meta.get("text") or "").splitlines()]
    author = meta.get("author") or None
    text = "\n\n".join(p for p in paragraphs if p and not _is_byline(p, author))
    if not text:
        raise KGError(Errors.E015, path=display)
    check_size(text, path=display, line=None, max_chars=max_chars)
    lang = _HTML_LANG.search(html[:20000].encode("utf-8", "replace"))
    return Document(
        id=doc_id,
        text=text,
        source=display,
        date=_partial_date(meta.get("date")) or fallback_date,
        lang=lang.group(1).decode("ascii").lower() if lang else None,
        url=meta.get("url") or url,
        title=meta.get("title") or None,
        author=meta.get("author") or None,
        publisher=meta.get("sitename") or None,
    )


def _is_byline(paragraph: str, author: str | None) -> bool:
    """A short line that credits the writer ("By Jane Doe, May 21", "Par Claire Martin · Publié…"):
    furniture, whose names would become people of the story."""
    words = paragraph.split()
    if len(words) > 15:
        return False
    if author and author.split(";")[0].strip() in paragraph:
        return True
    return bool(_BYLINE.match(paragraph))


def read_html_file(path: Path, *, display: str, doc_id: str, max_chars: int) -> Document:
    """A saved page (``.html``/``.htm``), decoded by its ``<meta charset>`` or as UTF-8."""
    # 4 bytes at most per character of markup: a huge file is refused before it is read.
    check_markup_size(file_size(path), path=display, line=None, max_chars=max_chars, factor=MARKUP_CHARS * 4, unit="bytes")
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise KGError(Errors.E009, path=display)
    return read_html(decode_page(data, None, display=display), display=display, doc_id=doc_id, max_chars=max_chars)


def iter_archive(path: Path, *, display: str, max_chars: int, counts: Counter[str] | None = None) -> Iterator[Document | KGError]:
    """Stream the HTML responses of a WARC/ARC file as documents; ``counts`` gets what was skipped.

    Sources are ``FILE:N`` with N the record's number in the archive (1-based), as JSONL lines are.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counts = counts if counts is not None else Counter()
    seen_urls: set[str] = set()
    seen_digests: set[str] = set()
    number = end = 0
    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle, arc2warc=True, check_digests=True)
            for record in records:
                number += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if uri is not None and not _URI.match(uri):  # warcio reads any text line as an ARC header
                    yield KGError(Errors.E017, path=f"{display}:{number}", detail="not a WARC or ARC record")
                    return
                item = _archive_document(record, path, number, display=display, max_chars=max_chars, counts=counts, seen=(seen_urls, seen_digests))
                records.read_to_end(record)
                end = records.get_record_offset() + records.get_record_length()
                if record.digest_checker.passed is False:  # the record's bytes are not those written
                    yield KGError(Errors.E017, path=f"{display}:{number}", detail="the record does not match its digest (truncated or corrupt)")
                elif item is not None:
                    yield item
            size = handle.seek(0, 2)
            handle.seek(end)
            tail = handle.read(4096).strip(b"\r\n")  # records end with a blank line, not counted
        if tail:  # warcio stops quietly at a gzip member cut short
            yield KGError(Errors.E017, path=f"{display}:{number + 1}", detail=f"the last {size - end} bytes are not a complete record (truncated?)")
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        yield KGError(Errors.E017, path=f"{display}:{number + 1}", detail=f"{type(exc).__name__}: {exc}")


def _archive_document(
    record: Any, path: Path, number: int, *, display: str, max_chars: int, counts: Counter[str], seen: tuple[set[str], set[str]]
) -> Document | KGError | None:
    """The document of one archive record, its error, or None when the record is skipped (counted)."""
    if record.rec_type != "response":
        counts["not a response"] += 1
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    ctype = ((http.get_header("Content-Type") if http is not None else None) or "").lower()
    if status != "200":
        counts["error status"] += 1
        return None
    if not ctype.startswith(HTML_TYPES):
        counts["not HTML"] += 1
        return None
    seen_urls, seen_digests = seen
    digest = record.rec_headers.get_header("WARC-Payload-Digest")
    if uri in seen_urls or (digest and digest in seen_digests):
        counts["duplicate"] += 1
        return None
    seen_urls.add(uri)
    if digest:
        seen_digests.add(digest)
    display_n = f"{display}:{number}"
    limit = max_chars * MARKUP_CHARS * 4  # bytes: read no more than a page read_html could accept
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return KGError(Errors.E020, path=display_n, size=f"more than {limit:,} bytes", limit=f"{limit:,} bytes", factor=MARKUP_CHARS * 4, max_chars=f"{max_chars:,}")
    charset = re.search(r"charset=([\w\-]+)", ctype)
    try:
        html = decode_page(body, charset.group(1) if charset else None, display=display_n)
        return read_html(
            html,
            display=display_n,
            doc_id=slugify(url_key(uri) or f"{path.stem}-{number}"),
            max_chars=max_chars,
            url=uri or None,
            fallback_date=_partial_date(record.rec_headers.get_header("WARC-Date")),
        )
    except KGError as exc:
        return exc


def url_key(url: str) -> str:
    """A readable document ID from a URL: host and path, without the scheme and query."""
    match = re.match(r"[a-z]+://(?:www\.)?([^/?#]+)([^?#]*)", url, re.I)
    return (match.group(1) + match.group(2)).rstrip("/") if match else ""


def declares_entities(data: bytes) -> bool:
    """Whether an XML file's DOCTYPE declares entities (the way in for entity bombs and external files)."""
    head = data[: 1 << 20]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            text = head[2:].decode(codec, errors="replace")
            break
    else:
        text = head.decode("latin-1")
    # Only the first DOCTYPE's internal subset is read, in one pass: hostile files may repeat the marker.
    start = text.upper().find("<!DOCTYPE")
    if start < 0:
        return False
    opening, close = text.find("[", start), text.find(">", start)
    if opening < 0 or 0 <= close < opening:
        return False
    end = text.find("]", opening)
    return "<!ENTITY" in text[opening : end if end >= 0 else len(text)].upper()


def iter_feed(path: Path, *, display: str, max_chars: int) -> Iterator[Document | KGError]:
    """One document per entry of an RSS or Atom file; sources are ``FILE:N`` (N = entry number)."""
    import feedparser

    try:
        data = path.read_bytes()
    except OSError as exc:
        yield KGError(Errors.E018, path=display, detail=str(exc))
        return
    if declares_entities(data):
        # Expat caps expansion only past a threshold, and declared entities have no use in a real feed.
        yield KGError(Errors.E018, path=display, detail="its DOCTYPE declares XML entities, which kg refuses to expand")
        return
    parsed = feedparser.parse(data)  # bytes: feedparser never fetches anything
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not any(e.get("content") or e.get("summary") for e in entries):
        problem = parsed.get("bozo_exception")  # broken XML: what feedparser salvaged has no text
        yield KGError(Errors.E018, path=display, detail=f"{type(problem).__name__}: {problem}" if problem else "not a feed")
        return
    if not entries:
        yield KGError(Errors.E018, path=display, detail="the feed has no entries")
        return
    site = (parsed.get("feed") or {}).get("title")
    for number, entry in enumerate(entries, start=1):
        display_n = f"{display}:{number}"
        contents = entry.get("content") or []
        markup = max((c.get("value") or "" for c in contents), key=len, default="") or entry.get("summary") or ""
        text, _ = html_to_text(markup)
        if not text.strip():
            yield KGError(Errors.E004, path=display_n)
            continue
        try:
            check_size(text, path=display_n, line=None, max_chars=max_chars)
        except KGError as exc:
            yield exc
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = PartialDate.parse(f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}") if stamp else None
        link = entry.get("link") or None
        key = url_key(link) if link else ""
        yield Document(
            id=slugify(key or entry.get("id") or f"{path.stem}-{number}"),
            text=text,
            source=display_n,
            date=date,
            lang=(entry.get("language") or (parsed.get("feed") or {}).get("language") or "")[:2].lower() or None,
            url=link,
            title=entry.get("title") or None,
            author=entry.get("author") or None,
            publisher=site or None,
        )
