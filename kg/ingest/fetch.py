"""Fetching web pages for ``kg build https://...`` and ``kg build --urls links.txt``, politely.

Fetching is opt-in: nothing here runs unless the user gave URLs. Each request carries a clear user
agent and a timeout, waits ``delay`` seconds after the previous request to the same host, retries a
few times on 5xx, 429 and dropped connections, and follows at most a few http(s) redirects. Every
response is treated as hostile: the body is read in chunks up to a size limit, only HTML is
accepted, and what the server says is cleaned before it is put in an error message.

Each page fetched can also be written, raw, to a gzipped WARC file (status line, headers and body as
received), so the build can be repeated offline and checked later with ``kg build
out/sources.warc.gz``: the web changes, an archive does not. Standard library HTTP only (``urllib``);
``warcio`` writes the archive.
"""

from __future__ import annotations

import codecs
import email.utils
import http.client
import io
import os
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, NamedTuple

from kg.errors import Errors, KGError

HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRYABLE = frozenset({429, 500, 502, 503, 504}) | frozenset(range(505, 600))
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 30.0  # a server asking for a longer pause is not retried: we give up on the page
BACKOFF = 1.0  # seconds before the first retry, doubled for each further one
CHUNK = 64 * 1024
# Characters left as they are when a URL is made ASCII: the reserved ones and escapes already made.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


def default_user_agent() -> str:
    """``kg/<version> (...)``: site owners can see who is fetching and why."""
    from kg._version import __version__

    return f"kg/{__version__} (news knowledge graph builder; offline after fetching)"


@dataclass(frozen=True)
class FetchSettings:
    """How pages are fetched: timeout per attempt, delay per host, retries, size limit, user agent."""

    timeout: float = 20.0
    delay: float = 1.0
    retries: int = 2
    max_bytes: int = 10 * 1024 * 1024
    user_agent: str = field(default_factory=default_user_agent)

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.delay < 0 or self.retries < 0 or self.max_bytes <= 0:
            raise ValueError(f"invalid fetch settings: {self}")
        if not self.user_agent or any(not c.isprintable() for c in self.user_agent):
            raise ValueError("the user agent must be printable text")  # it goes into a header


@dataclass(frozen=True)
class FetchedPage:
    """A page fetched: the URL asked for, the URL answered (after redirects, in ASCII form: IDNA host,
    percent-encoded path), the body without any Content-Encoding, and the charset if one was named."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: str  # UTC, ISO 8601, to the second: "2026-12-02T13:45:00Z"


class _Answer(NamedTuple):
    status: int
    reason: str
    version: int
    headers: list[tuple[str, str]]
    location: str | None
    content_type: str = ""
    charset: str | None = None
    raw: bytes = b""  # as sent (possibly gzip-encoded), for the archive
    body: bytes = b""  # decoded


def is_url(value: str) -> bool:
    """Whether ``value`` starts with ``http://`` or ``https://`` (any case), i.e. is not a path."""
    return value[:8].lower().startswith(("http://", "https://"))


def _clean(text: str, limit: int = 80) -> str:
    """Server-given text fit for an error message: no control characters, short."""
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ascii_url(url: str) -> str:
    """``url`` checked (http(s), a host, no credentials) and made ASCII; raises ValueError(detail)."""
    if any(ord(c) < 32 or ord(c) == 127 for c in url):
        raise ValueError("the URL contains control characters")  # header injection, or garbage
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise ValueError(f"malformed URL ({_clean(str(exc))})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"only http:// and https:// URLs are fetched, not {_clean(parts.scheme or 'relative')}:")
    if not parts.hostname:
        raise ValueError("the URL has no host")
    if parts.username is not None or parts.password is not None:
        raise ValueError("URLs with a user name or password are not fetched (they would be archived)")
    netloc = parts.netloc
    if not netloc.isascii():  # an internationalised domain name, in its punycode form
        try:
            netloc = netloc.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError("the host name is not a valid domain name") from None
    return urllib.parse.quote(urllib.parse.urlunsplit(parts._replace(netloc=netloc)), safe=_URL_SAFE)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), None if unusable."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (email.utils.parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):  # not a date, or one without a time zone
        return None


def _describe(exc: BaseException, timeout: float) -> tuple[str, bool]:
    """A short detail for a failed request, and whether another attempt might succeed."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s", False  # a slow server stays slow: no retry
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS certificate not trusted ({_clean(str(reason.verify_message))})", False
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({_clean(str(reason.reason or reason))})", False
    if isinstance(reason, socket.gaierror):
        return "cannot resolve the host name", False
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"connection failed ({_clean(text)})", True


class Fetcher:
    """Fetches pages (see :meth:`fetch`) and, with ``archive``, writes them to a gzipped WARC.

    ``clock`` and ``sleep`` time the delay between requests to a host (tests pass fake ones). Use
    as a context manager, or call :meth:`close`, to finish the archive: it is written to
    ``<archive>.part`` and renamed when closed, so a file of that name is always whole. An existing
    archive of that name is replaced.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        archive: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings if settings is not None else FetchSettings()
        self.archive = archive
        self._clock, self._sleep = clock, sleep
        self._last_start: dict[str, float] = {}
        # Only the handlers needed: no file:, ftp: or data: opener exists even by mistake, and no
        # redirect or error processor, so every status comes back here to be judged.
        # ProxyHandler honours http_proxy/https_proxy/no_proxy; HTTPS verifies certificates.
        self._opener = urllib.request.OpenerDirector()
        for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler()):
            self._opener.add_handler(handler)
        self._out: IO[bytes] | None = None
        self._writer: Any = None
        if archive is not None:  # opened now, so a bad path fails before any request is made
            from warcio.warcwriter import WARCWriter

            archive.parent.mkdir(parents=True, exist_ok=True)
            self._part = archive.with_name(archive.name + ".part")
            self._out = open(self._part, "wb")  # noqa: SIM115 (open until close())
            self._writer = WARCWriter(self._out, gzip=True)
            info = {"software": self.settings.user_agent, "format": "WARC File Format 1.0"}
            self._writer.write_record(self._writer.create_warcinfo_record(archive.name, info))

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Finish the archive, if any (safe to call twice)."""
        if self._out is not None and self.archive is not None:
            self._out.close()
            self._out = self._writer = None
            os.replace(self._part, self.archive)

    def fetch(self, url: str) -> FetchedPage:
        """GET the HTML page at ``url``, following up to :data:`MAX_REDIRECTS` http(s) redirects.

        Raises ``KGError`` E016 for a URL that is not http(s) (before any request), a redirect
        elsewhere or in a loop, a 4xx, a 5xx or 429 still there after the retries, a timeout, a
        connection error, a body over ``max_bytes`` and a type other than HTML or XHTML.
        """
        current = self._checked(url, url)
        for _ in range(MAX_REDIRECTS + 1):
            answer = self._get(url, current)
            if answer.status not in REDIRECTS:
                page = FetchedPage(
                    url=url, final_url=current, status=answer.status, content_type=answer.content_type,
                    charset=answer.charset, body=answer.body,
                    fetched_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                self._write(page, answer)
                return page
            if not answer.location:
                raise _error(url, f"HTTP {answer.status} redirect without a Location header")
            current = self._checked(url, urllib.parse.urljoin(current, answer.location), redirect=True)
        raise _error(url, f"too many redirects (more than {MAX_REDIRECTS})")

    def _checked(self, url: str, target: str, *, redirect: bool = False) -> str:
        try:
            return _ascii_url(target)
        except ValueError as exc:
            raise _error(url, f"redirected to {_clean(target)}: {exc}" if redirect else str(exc)) from None

    def _wait_for_host(self, target: str) -> None:
        """Sleep until ``delay`` has passed since the last request to this host started."""
        host = urllib.parse.urlsplit(target).netloc.lower()
        last = self._last_start.get(host)
        if last is not None:
            wait = last + self.settings.delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_start[host] = self._clock()

    def _get(self, url: str, target: str) -> _Answer:
        """One GET of ``target``, retried on 5xx, 429 and connection errors; errors are raised."""
        settings = self.settings
        request = urllib.request.Request(target, headers={
            "User-Agent": settings.user_agent, "Accept": "text/html, application/xhtml+xml;q=0.9",
        })
        attempt = 0
        while True:
            wait = BACKOFF * 2**attempt
            self._wait_for_host(target)
            deadline = time.monotonic() + settings.timeout  # the whole attempt, not each read
            try:
                with self._opener.open(request, timeout=settings.timeout) as response:
                    status, reason = response.status, _clean(response.reason or "")
                    if status not in RETRYABLE:
                        return self._answer(url, response, deadline)
                    problem = f"HTTP {status} {reason}".rstrip()
                    asked = _retry_after(response.headers.get("Retry-After"))
                    if asked is not None and asked > MAX_RETRY_AFTER:
                        raise _error(url, f"{problem}; the server asks to wait {asked:g} s")
                    wait = max(wait, asked or 0.0)
            except (OSError, http.client.HTTPException) as exc:
                problem, retry = _describe(exc, settings.timeout)
                if not retry:
                    raise _error(url, problem) from None
            if attempt >= settings.retries:
                raise _error(url, problem + (f" (after {attempt + 1} attempts)" if attempt else ""))
            self._sleep(wait)
            attempt += 1

    def _answer(self, url: str, response: Any, deadline: float) -> _Answer:
        """Judge a response that is not to be retried; read the body of a 200 HTML page."""
        status, reason = response.status, _clean(response.reason or "")
        headers = list(response.headers.items())
        base = _Answer(status, reason, response.version, headers, response.headers.get("Location"))
        if status in REDIRECTS:
            return base
        if status != 200:  # 4xx, and 2xx/3xx that are not a whole page (204, 206, 304...)
            raise _error(url, f"HTTP {status} {reason}".rstrip())
        declared = response.headers.get("Content-Type")
        if not declared:
            raise _error(url, "the server sent no Content-Type (an HTML page was expected)")
        content_type = declared.split(";", 1)[0].strip().lower()
        if content_type not in HTML_TYPES:
            raise _error(url, f"not an HTML page (Content-Type {_clean(content_type, 60)})")
        charset = response.headers.get_content_charset()
        try:
            charset = codecs.lookup(charset).name if charset else None
        except LookupError:
            charset = None  # an unknown charset: let the page's <meta> or UTF-8 decide
        limit = self.settings.max_bytes
        length = response.headers.get("Content-Length", "").strip()
        if length.isdigit() and int(length) > limit:  # refused before reading a byte of it
            raise _error(url, f"the page is {int(length)} bytes, over the limit of {limit}")
        chunks, size = [], 0
        while chunk := response.read(min(CHUNK, limit + 1 - size)):
            size += len(chunk)
            if size > limit:
                raise _error(url, f"the page is over the limit of {limit} bytes")
            if time.monotonic() > deadline:
                raise _error(url, f"timed out after {self.settings.timeout:g} s")
            chunks.append(chunk)
        raw = b"".join(chunks)
        return base._replace(content_type=content_type, charset=charset, raw=raw, body=self._decoded(url, raw, response))

    def _decoded(self, url: str, raw: bytes, response: Any) -> bytes:
        """The body without its Content-Encoding (we ask for none, but some servers compress)."""
        encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
        if encoding in ("identity", ""):
            return raw
        if encoding not in ("gzip", "x-gzip", "deflate"):
            raise _error(url, f"unsupported Content-Encoding {_clean(encoding, 30)}")
        limit = self.settings.max_bytes
        try:  # wbits 47: a gzip or zlib header, detected; at most limit + 1 bytes (no zip bomb)
            body = zlib.decompressobj(47).decompress(raw, limit + 1)
        except zlib.error:
            raise _error(url, f"the {encoding} body is corrupt") from None
        if len(body) > limit:
            raise _error(url, f"the page is over the limit of {limit} bytes once decompressed")
        return body

    def _write(self, page: FetchedPage, answer: _Answer) -> None:
        """Append ``page`` to the archive as a WARC ``response`` record, as it was received."""
        if self._writer is None:
            return
        from warcio.statusandheaders import StatusAndHeaders

        headers, raw = answer.headers, answer.raw
        if any(k.lower() == "transfer-encoding" and v.strip().lower() == "chunked" for k, v in headers):
            # http.client removed the chunk framing: put it back (as one chunk) to match the header.
            headers = [(k, "chunked") if k.lower() == "transfer-encoding" else (k, v) for k, v in headers]
            raw = (b"%x\r\n%b\r\n" % (len(raw), raw) if raw else b"") + b"0\r\n\r\n"
        protocol = "HTTP/1.0" if answer.version == 10 else "HTTP/1.1"
        http_headers = StatusAndHeaders(f"{answer.status} {answer.reason}".rstrip(), headers, protocol=protocol)
        record = self._writer.create_warc_record(
            page.final_url, "response", payload=io.BytesIO(raw), length=len(raw),
            warc_headers_dict={"WARC-Date": page.fetched_at}, http_headers=http_headers,
        )
        self._writer.write_record(record)


def _error(url: str, detail: str) -> KGError:
    return KGError(Errors.E016, path=url, url=url, detail=detail)


def read_url_list(path: Path) -> Iterator[tuple[int, str] | KGError]:
    """``(line number, URL)`` for each URL of a links file, one per line, in order.

    Blank lines and ``#`` comments are skipped, and so is a URL already given. A line that is not an
    http(s) URL yields a ``KGError`` (E016, with the line number) and the others are still read.
    """
    if not path.exists():
        yield KGError(Errors.E001, path=str(path))
        return
    seen: set[str] = set()
    try:
        handle = open(path, "rb")
    except OSError as exc:  # a folder, no permission
        yield KGError(Errors.E022, path=str(path), detail=exc.strerror or str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8").lstrip("\ufeff").strip()
            except UnicodeDecodeError as exc:
                yield KGError(Errors.E005, path=str(path), line=number, detail=f"byte {exc.start}: {exc.reason}")
                continue
            if not line or line.startswith("#") or line in seen:
                continue
            seen.add(line)
            try:
                _ascii_url(line)
            except ValueError as exc:
                detail = str(exc) if is_url(line) else "not an http:// or https:// URL"
                yield KGError(Errors.E016, path=str(path), line=number, url=_clean(line), detail=detail)
                continue
            yield number, line
