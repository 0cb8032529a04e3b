"""kg.ingest.fetch against a local HTTP server on 127.0.0.1 serving fixture pages; nothing else is touched."""

from __future__ import annotations

import dataclasses
import gzip
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import kg
import kg.ingest.fetch
from kg.errors import KGError
from kg.ingest.fetch import FetchedPage, Fetcher, FetchSettings, is_url, read_url_list

ARTICLE = (
    "<html lang='fr'><head><title>Élections à Besançon</title></head><body><article>"
    "<p>Le préfet a annoncé mercredi que l'élection municipale se déroulera à Besançon en décembre.</p>"
    "</article></body></html>"
).encode()
HTML = "text/html; charset=utf-8"


class Seen(NamedTuple):
    path: str
    user_agent: str | None
    at: float  # time.monotonic() when the server read the request


class Handler(BaseHTTPRequestHandler):
    server: FixtureServer

    def log_message(self, format: str, *args: Any) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.seen.append(Seen(self.path, self.headers.get("User-Agent"), time.monotonic()))
            self.server.hits[self.path] += 1
            hits = self.server.hits[self.path]
        route = ROUTES.get(self.path)
        if route is None:
            self.send(404, b"no such route")
        else:
            route(self, hits)

    def send(self, status: int, body: bytes = b"", ctype: str | None = HTML, headers: dict[str, str] | None = None,
             length: bool = True) -> None:
        self.send_response(status)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def chunked(self, hits: int) -> None:
        self.protocol_version = "HTTP/1.1"
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        for part in (ARTICLE[:50], ARTICLE[50:]):
            self.wfile.write(b"%x\r\n%b\r\n" % (len(part), part))
        self.wfile.write(b"0\r\n\r\n")

    def slow(self, hits: int) -> None:
        time.sleep(1.2)  # longer than the 0.5 s timeout of the test, short enough for the thread to end
        self.send(200, ARTICLE)


Route = Callable[[Handler, int], None]
ROUTES: dict[str, Route] = {
    "/article.html": lambda h, n: h.send(200, ARTICLE),
    "/xhtml": lambda h, n: h.send(200, ARTICLE, "application/xhtml+xml"),
    "/%C3%A9t%C3%A9%20chaud.html": lambda h, n: h.send(200, ARTICLE),  # /été chaud.html
    "/latin1": lambda h, n: h.send(200, "<p>Réunion à Nîmes</p>".encode("latin-1"), "text/html; charset=ISO-8859-1"),
    "/bogus-charset": lambda h, n: h.send(200, ARTICLE, "text/html; charset=x-no-such-charset"),
    "/flaky": lambda h, n: h.send(500, b"oops") if n == 1 else h.send(200, ARTICLE),
    "/always500": lambda h, n: h.send(500, b"oops"),
    "/missing": lambda h, n: h.send(404, b"not here"),
    "/slow": Handler.slow,
    "/pdf": lambda h, n: h.send(200, b"%PDF-1.4", "application/pdf"),
    "/no-type": lambda h, n: h.send(200, ARTICLE, None),
    "/big": lambda h, n: h.send(200, b"<p>" + b"a" * 5000),
    "/big-stream": lambda h, n: h.send(200, b"<p>" + b"a" * 5000, length=False),  # read until closed
    "/gzip": lambda h, n: h.send(200, gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"}),
    "/gzip-bomb": lambda h, n: h.send(200, gzip.compress(b"<p>" + b"a" * 2_000_000), headers={"Content-Encoding": "gzip"}),
    "/chunked": Handler.chunked,
    "/redirect": lambda h, n: h.send(302, headers={"Location": "/article.html"}),
    "/to-file": lambda h, n: h.send(302, headers={"Location": "file:///etc/passwd"}),
    "/to-ftp": lambda h, n: h.send(301, headers={"Location": "ftp://127.0.0.1/article.html"}),
    "/loop": lambda h, n: h.send(302, headers={"Location": "/loop"}),
    "/no-location": lambda h, n: h.send(302),
    # Retry-After 2, not 1: the first backoff is 1 s, so only 2 shows that the header was honoured.
    "/retry-after": lambda h, n: h.send(429, headers={"Retry-After": "2"}) if n == 1 else h.send(200, ARTICLE),
    "/retry-long": lambda h, n: h.send(429, headers={"Retry-After": "3600"}),
}


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True  # /slow may still be sleeping at teardown

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.seen: list[Seen] = []
        self.hits: Counter[str] = Counter()

    def handle_error(self, request: Any, client_address: Any) -> None:  # a client that gave up early
        pass

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    @property
    def paths(self) -> list[str]:
        return [s.path for s in self.seen]


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment would send the requests elsewhere than 127.0.0.1."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def serve() -> Iterator[Callable[[], FixtureServer]]:
    """Start fixture servers (each its own host:port) and stop them after the test."""
    servers: list[FixtureServer] = []

    def start() -> FixtureServer:
        server = FixtureServer()
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def server(serve: Callable[[], FixtureServer]) -> FixtureServer:
    return serve()


class FakeTime:
    """A clock that only moves when slept on: politeness and backoff without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


def fetcher(fake: FakeTime, archive: Path | None = None, **settings: Any) -> Fetcher:
    return Fetcher(FetchSettings(**settings), archive=archive, clock=fake.clock, sleep=fake.sleep)


# --- success ------------------------------------------------------------------------------------


def test_article_is_fetched(server: FixtureServer, fake: FakeTime) -> None:
    url = server.url("/article.html")
    page = fetcher(fake).fetch(url)
    assert isinstance(page, FetchedPage)
    assert (page.url, page.final_url, page.status) == (url, url, 200)
    assert (page.content_type, page.charset) == ("text/html", "utf-8")
    assert page.body == ARTICLE
    assert "Le préfet a annoncé" in page.body.decode(page.charset or "?")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.fetched_at)
    assert server.paths == ["/article.html"]
    assert fake.sleeps == []


@pytest.mark.parametrize(
    ("path", "content_type", "charset"),
    [
        ("/article.html", "text/html", "utf-8"),
        ("/xhtml", "application/xhtml+xml", None),
        ("/latin1", "text/html", "iso8859-1"),
        ("/bogus-charset", "text/html", None),  # unknown: left to the page's <meta> or UTF-8
    ],
)
def test_content_type_and_charset(server: FixtureServer, fake: FakeTime, path: str, content_type: str,
                                  charset: str | None) -> None:
    page = fetcher(fake).fetch(server.url(path))
    assert (page.content_type, page.charset) == (content_type, charset)


def test_user_agent_is_sent(server: FixtureServer, fake: FakeTime) -> None:
    default = FetchSettings().user_agent
    assert default.startswith(f"kg/{kg.__version__} (")
    fetcher(fake).fetch(server.url("/article.html"))
    fetcher(fake, user_agent="kg-test/9 (unit tests)").fetch(server.url("/xhtml"))
    assert [s.user_agent for s in server.seen] == [default, "kg-test/9 (unit tests)"]


def test_redirect_is_followed(server: FixtureServer, fake: FakeTime) -> None:
    page = fetcher(fake, delay=5.0).fetch(server.url("/redirect"))
    assert page.url == server.url("/redirect")
    assert page.final_url == server.url("/article.html")
    assert page.body == ARTICLE
    assert server.paths == ["/redirect", "/article.html"]
    assert fake.sleeps == [5.0]  # the second hop is a request to the same host too


@pytest.mark.parametrize("path", ["/gzip", "/chunked"])
def test_encodings_are_undone(server: FixtureServer, fake: FakeTime, path: str) -> None:
    assert fetcher(fake).fetch(server.url(path)).body == ARTICLE


def test_uppercase_scheme_is_a_url(server: FixtureServer, fake: FakeTime) -> None:
    url = server.url("/article.html").replace("http://", "HTTP://")
    assert fetcher(fake).fetch(url).body == ARTICLE


def test_non_ascii_url_is_percent_encoded(server: FixtureServer, fake: FakeTime) -> None:
    url = server.url("/été chaud.html")
    page = fetcher(fake).fetch(url)
    assert (page.url, page.final_url) == (url, server.url("/%C3%A9t%C3%A9%20chaud.html"))
    assert server.paths == ["/%C3%A9t%C3%A9%20chaud.html"]


# --- retries ------------------------------------------------------------------------------------


def test_flaky_server_is_retried(server: FixtureServer, fake: FakeTime) -> None:
    page = fetcher(fake).fetch(server.url("/flaky"))
    assert page.body == ARTICLE
    assert server.paths == ["/flaky", "/flaky"]
    assert fake.sleeps == [1.0]


def test_5xx_gives_up_after_retries_with_backoff(server: FixtureServer, fake: FakeTime) -> None:
    with pytest.raises(KGError) as info:
        fetcher(fake, retries=2).fetch(server.url("/always500"))
    assert "HTTP 500 Internal Server Error (after 3 attempts)" in str(info.value)
    assert server.paths == ["/always500"] * 3
    assert fake.sleeps == [1.0, 2.0]


def test_retry_after_is_honoured(server: FixtureServer, fake: FakeTime) -> None:
    page = fetcher(fake).fetch(server.url("/retry-after"))
    assert page.body == ARTICLE
    assert server.paths == ["/retry-after", "/retry-after"]
    assert fake.sleeps == [2.0]


def test_connection_refused_is_retried_then_named(fake: FakeTime) -> None:
    with socket.socket() as sock:  # a port nobody listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article.html"
    with pytest.raises(KGError) as info:
        fetcher(fake).fetch(url)
    assert info.value.code == "E016"
    assert "connection failed" in str(info.value) and "(after 3 attempts)" in str(info.value)
    assert fake.sleeps == [1.0, 2.0]


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "settings", "detail", "requests"),
    [
        ("/missing", {}, "HTTP 404 Not Found", 1),  # a 4xx is not retried
        ("/pdf", {}, "not an HTML page (Content-Type application/pdf)", 1),
        ("/no-type", {}, "no Content-Type", 1),
        ("/big", {"max_bytes": 1000}, "the page is 5003 bytes, over the limit of 1000", 1),
        ("/big-stream", {"max_bytes": 1000}, "over the limit of 1000 bytes", 1),
        ("/gzip-bomb", {"max_bytes": 100_000}, "over the limit of 100000 bytes once decompressed", 1),
        ("/to-file", {}, "redirected to file:///etc/passwd: only http:// and https:// URLs are fetched", 1),
        ("/to-ftp", {}, "redirected to ftp://127.0.0.1/article.html: only http:// and https://", 1),
        ("/loop", {}, "too many redirects (more than 5)", 6),
        ("/no-location", {}, "HTTP 302 redirect without a Location header", 1),
        ("/retry-long", {}, "HTTP 429 Too Many Requests; the server asks to wait 3600 s", 1),
        ("/slow", {"timeout": 0.5}, "timed out after 0.5 s", 1),  # a timeout is not retried
    ],
)
def test_fetch_errors(server: FixtureServer, fake: FakeTime, path: str, settings: dict[str, Any], detail: str,
                      requests: int) -> None:
    url = server.url(path)
    with pytest.raises(KGError) as info:
        fetcher(fake, delay=0.0, **settings).fetch(url)
    error = info.value
    assert (error.code, error.path, error.values["url"]) == ("E016", url, url)
    assert str(error) == f"[E016] {url}: Cannot fetch {url}: {error.values['detail']}"
    assert detail in str(error.values["detail"])
    assert len(server.seen) == requests
    assert fake.sleeps == []


@pytest.mark.parametrize(
    ("url", "detail"),
    [
        ("file:///etc/passwd", "not file:"),
        ("ftp://127.0.0.1:{port}/article.html", "not ftp:"),
        ("data:text/html,<p>bonjour</p>", "not data:"),
        ("javascript:alert(1)", "not javascript:"),
        ("//127.0.0.1:{port}/article.html", "not relative:"),
        ("127.0.0.1:{port}/article.html", "only http:// and https://"),
        ("http:///article.html", "the URL has no host"),
        ("http://user:secret@127.0.0.1:{port}/article.html", "user name or password"),
        ("http://127.0.0.1:{port}/article.html\r\nX-Injected: 1", "control characters"),
        ("http://127.0.0.1:99999/article.html", "malformed URL"),
    ],
)
def test_refused_before_any_request(server: FixtureServer, fake: FakeTime, url: str, detail: str) -> None:
    url = url.format(port=server.server_address[1])
    with pytest.raises(KGError) as info:
        fetcher(fake).fetch(url)
    assert info.value.code == "E016" and info.value.values["url"] == url
    assert detail in str(info.value.values["detail"])
    assert server.seen == []
    assert fake.sleeps == []


# --- politeness ---------------------------------------------------------------------------------


def test_delay_per_host_with_injected_clock(serve: Callable[[], FixtureServer], fake: FakeTime) -> None:
    first, second = serve(), serve()  # two ports: two hosts
    f = fetcher(fake, delay=5.0)
    f.fetch(first.url("/article.html"))
    f.fetch(second.url("/article.html"))  # another host: no wait
    assert fake.sleeps == []
    fake.now += 2.0  # 2 s of work since the last request to the first host started
    f.fetch(first.url("/xhtml"))
    assert fake.sleeps == [3.0]
    fake.now += 60.0
    f.fetch(first.url("/article.html"))  # long enough ago: no wait
    assert fake.sleeps == [3.0]
    assert first.paths == ["/article.html", "/xhtml", "/article.html"]


def test_delay_per_host_in_real_time(server: FixtureServer) -> None:
    f = Fetcher(FetchSettings(delay=0.3))
    f.fetch(server.url("/article.html"))
    f.fetch(server.url("/article.html"))
    gap = server.seen[1].at - server.seen[0].at
    assert gap >= 0.25  # 0.3 s apart on the client; slack for a busy server (without the delay: ~1 ms)


# --- the archive --------------------------------------------------------------------------------


class FixedDatetime(datetime):
    """A past moment, so that the archive's dates can only come from the pages'."""

    @classmethod
    def now(cls, tz: Any = None) -> FixedDatetime:
        return cls(2026, 12, 2, 13, 45, 0, tzinfo=timezone.utc)


def test_warc_round_trip(server: FixtureServer, fake: FakeTime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warcio.archiveiterator import ArchiveIterator

    monkeypatch.setattr(kg.ingest.fetch, "datetime", FixedDatetime)
    archive = tmp_path / "out" / "sources.warc.gz"
    with fetcher(fake, archive=archive) as f:
        pages = [f.fetch(server.url(p)) for p in ("/article.html", "/redirect", "/gzip", "/latin1")]
        f.fetch(server.url("/chunked"))
        with pytest.raises(KGError):
            f.fetch(server.url("/pdf"))  # failures are not archived
        assert not archive.exists()  # written beside, renamed when whole
    assert archive.exists() and not (tmp_path / "out" / "sources.warc.gz.part").exists()
    assert archive.read_bytes()[:2] == b"\x1f\x8b"

    records, chunked = [], []
    with open(archive, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "warcinfo":
                continue
            assert record.rec_type == "response"
            if record.http_headers.get_header("Transfer-Encoding"):
                # The chunk framing that http.client took off is put back, so the bytes match the header.
                assert record.http_headers.get_header("Transfer-Encoding") == "chunked"
                assert record.raw_stream.read() == b"%x\r\n%b\r\n0\r\n\r\n" % (len(ARTICLE), ARTICLE)
                chunked.append(record.rec_headers.get_header("WARC-Target-URI"))
                continue
            records.append((
                record.rec_headers.get_header("WARC-Target-URI"),
                record.rec_headers.get_header("WARC-Date"),
                record.http_headers.get_statuscode(),
                record.http_headers.get_header("Content-Type"),
                record.content_stream().read(),
            ))
    assert chunked == [server.url("/chunked")]
    assert records == [
        (page.final_url, page.fetched_at, "200", ctype, page.body)
        for page, ctype in zip(pages, [HTML, HTML, HTML, "text/html; charset=ISO-8859-1"])
    ]
    assert records[1][0] == server.url("/article.html")  # the URL answered, not the one asked
    assert {page.fetched_at for page in pages} == {"2026-12-02T13:45:00Z"}


def test_existing_archive_is_replaced(server: FixtureServer, fake: FakeTime, tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    archive = tmp_path / "sources.warc.gz"
    archive.write_bytes(b"old")
    with fetcher(fake, archive=archive) as f:
        f.fetch(server.url("/xhtml"))
    with open(archive, "rb") as handle:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(handle) if r.rec_type == "response"]
    assert uris == [server.url("/xhtml")]


# --- links files and small helpers --------------------------------------------------------------


def test_read_url_list(tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_bytes(
        "# articles to fetch\n"
        "\n"
        "  https://example.org/a  \n"
        "ftp://example.org/b\n"
        "   # an indented comment\n"
        "http://example.org/c\n"
        "https://example.org/a\n"
        "example.org/d\n"
        "HTTPS://EXAMPLE.ORG/É\n"
        "http://\n".encode()
        + b"http://example.org/\xff\n"
    )
    items = list(read_url_list(links))
    good = [item for item in items if not isinstance(item, KGError)]
    bad = [item for item in items if isinstance(item, KGError)]
    assert good == [(3, "https://example.org/a"), (6, "http://example.org/c"), (9, "HTTPS://EXAMPLE.ORG/É")]
    assert [(e.code, e.path, e.line) for e in bad] == [
        ("E016", str(links), 4), ("E016", str(links), 8), ("E016", str(links), 10), ("E005", str(links), 11)
    ]
    assert bad[0].values == {"url": "ftp://example.org/b", "detail": "not an http:// or https:// URL"}
    assert str(bad[1]) == f"[E016] {links}:8: Cannot fetch example.org/d: not an http:// or https:// URL"
    assert bad[2].values["detail"] == "the URL has no host"
    assert [type(i).__name__ for i in items] == ["tuple", "KGError", "tuple", "KGError", "tuple", "KGError", "KGError"]


@pytest.mark.parametrize(("name", "code", "said"), [("nope.txt", "E001", "does not exist"), ("", "E022", "Cannot read the file: Is a directory")])
def test_read_url_list_missing_or_unreadable(tmp_path: Path, name: str, code: str, said: str) -> None:
    """An error item, not an exception: `kg build --urls FOLDER` printed a traceback."""
    (item,) = list(read_url_list(tmp_path / name))
    assert isinstance(item, KGError) and item.code == code and said in str(item)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("http://example.org/", True),
        ("https://example.org/a?b=c", True),
        ("HTTPS://EXAMPLE.ORG", True),
        ("Http://example.org", True),
        ("ftp://example.org", False),
        ("file:///etc/passwd", False),
        ("data/articles/http.txt", False),
        ("http:/example.org", False),
        (" https://example.org", False),
        ("", False),
    ],
)
def test_is_url(value: str, expected: bool) -> None:
    assert is_url(value) is expected


@pytest.mark.parametrize("bad", [{"timeout": 0}, {"delay": -1}, {"retries": -1}, {"max_bytes": 0},
                                 {"user_agent": "kg\r\nX-Injected: 1"}])
def test_settings_are_checked(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        FetchSettings(**bad)


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        FetchSettings().delay = 0  # type: ignore[misc]
