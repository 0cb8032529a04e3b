"""Web inputs: saved pages (trafilatura), web archives (warcio) and feeds (feedparser).

The fixture pages in ``tests/ingest/fixtures/web`` were written for these tests, in French and English,
with the furniture real news sites have: menus, a login form, a cookie banner, "most read" and
"related" boxes, photo credits, a byline, reader comments, share buttons, newsletters, footers,
JSON-LD, and one page with an unclosed ``<svg>``. Their article text is what sits in ``<article>``
(or the story body): the reference for what must be kept.
"""

from __future__ import annotations

import gzip
import io
import re
from collections import Counter
from html import unescape
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.ingest.readers import ingest, input_kind, iter_ingest
from kg.ingest.web import read_html_file
from kg.types import PartialDate

WEB = Path(__file__).parent / "fixtures" / "web"

PAGES = [
    # (file, title, date, author, publisher, lang, url)
    (
        "fr_quotidien.html",
        "Le syndicat Force Ouvrière appelle à la grève chez Renault",
        "2023-03-14",
        "Claire Martin",
        "Le Quotidien du Matin",
        "fr",
        "https://www.quotidien-matin.example/economie/2023/03/14/greve-renault",
    ),
    ("en_wire.html", "Harbor Foods agrees to buy Northfield Dairy for $2.1 billion", "2024-05-21", "Daniel Brooks", "Daily Ledger", "en", None),
    ("fr_svg.html", "Inondations dans le Pas-de-Calais : l'état de catastrophe naturelle reconnu", "2023-11-16", None, None, "fr", None),
]
FURNITURE = [
    "Emmanuel Macron", "Le PSG", "Netflix", "Renault Clio", "Instagram", "Accepter", "Refuser", "Mentions",
    "Veuillez", "Abonnez", "Cookie Policy", "Meta Platforms", "X Corp", "Navigation", "Stellantis", "Tesla",
    "Philippe Martinez", "Jean Dubois", "Partager", "Subscribe", "Sign up", "Plan du site", "By Daniel Brooks",
    "Par Claire Martin",
]


def article_paragraphs(name: str) -> list[str]:
    """The reference: the paragraphs of the page's article body (and its headline)."""
    html = (WEB / name).read_text(encoding="utf-8")
    body = re.search(r"<article[^>]*>(.*?)</article>|<div class=\"story-body\">(.*?)</div>", html, re.S)
    assert body, name
    blocks = re.findall(r"<(h1|p)\b([^>]*)>(.*?)</\1>", body.group(1) or body.group(2), re.S)
    return [unescape(re.sub(r"<[^>]+>|\s+", " ", text)).strip() for _, attrs, text in blocks if "byline" not in attrs and "dateline" not in attrs]


@pytest.mark.parametrize(("name", "title", "date", "author", "publisher", "lang", "url"), PAGES, ids=[p[0] for p in PAGES])
def test_pages_give_their_article_and_metadata(name: str, title: str, date: str, author: str | None, publisher: str | None, lang: str, url: str | None) -> None:
    doc = read_html_file(WEB / name, display=name, doc_id="page", max_chars=2_000_000)
    assert (doc.title, doc.date, doc.author, doc.publisher, doc.lang, doc.url) == (title, PartialDate.parse(date), author, publisher, lang, url)
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture
    reference = article_paragraphs(name)
    kept = sum(len(p) for p in reference if p in doc.text)
    assert kept / sum(len(p) for p in reference) >= 0.95
    assert doc.text.split("\n\n")[0] == title  # paragraphs separated by a blank line


def test_a_page_of_furniture_only_is_refused_and_the_others_built(tmp_path: Path) -> None:
    for name in ("menu_only.html", "fr_quotidien.html"):
        (tmp_path / name).write_bytes((WEB / name).read_bytes())
    result = ingest([tmp_path])
    assert [d.id for d in result.documents] == ["fr_quotidien"]
    assert [(e.code, Path(e.path or "").name) for e in result.errors] == [("E015", "menu_only.html")]


def test_an_unclosed_svg_does_not_lose_the_article() -> None:
    doc = read_html_file(WEB / "fr_svg.html", display="fr_svg.html", doc_id="svg", max_chars=2_000_000)
    assert len(doc.text) > 700 and "Gérald Darmanin" in doc.text and "Hauts-de-France" in doc.text


def test_page_encoding_from_meta_charset(tmp_path: Path) -> None:
    html = (WEB / "fr_svg.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    page = tmp_path / "latin1.html"
    page.write_bytes(html.encode("iso-8859-1"))
    doc = read_html_file(page, display="latin1.html", doc_id="l", max_chars=2_000_000)
    assert "état de catastrophe naturelle" in doc.text and "\ufffd" not in doc.text


# --- web archives -------------------------------------------------------------------------------------


def _response(writer, url: str, body: bytes, *, status: str = "200 OK", ctype: str = "text/html; charset=utf-8", date: str = "2024-06-01T10:00:00Z"):
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date})


def write_archive(path: Path, *, gzip_records: bool = True) -> None:
    """A crawl: two articles, a page of furniture, a repeat (same URL), a copy (same payload at
    another URL), a 404, an image, a request and a revisit record."""
    from warcio.warcwriter import WARCWriter

    fr = (WEB / "fr_quotidien.html").read_bytes()
    en = (WEB / "en_wire.html").read_bytes()
    undated = (WEB / "fr_svg.html").read_bytes().replace(b'<meta name="date" content="2023-11-16">', b"")
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "kg tests"}))
        writer.write_record(writer.create_warc_record("https://quotidien.example/greve", "request", payload=io.BytesIO(b"GET /greve HTTP/1.1\r\n\r\n")))
        writer.write_record(_response(writer, "https://quotidien.example/greve", fr))
        writer.write_record(_response(writer, "https://ledger.example/harbor", en))
        writer.write_record(_response(writer, "https://quotidien.example/greve", fr))  # same URL again
        writer.write_record(_response(writer, "https://mirror.example/greve-copie", fr))  # same payload
        writer.write_record(_response(writer, "https://quotidien.example/nope", b"<html>Not found</html>", status="404 Not Found"))
        writer.write_record(_response(writer, "https://quotidien.example/logo.png", b"\x89PNG\r\n", ctype="image/png"))
        writer.write_record(_response(writer, "https://quotidien.example/accueil", (WEB / "menu_only.html").read_bytes()))
        writer.write_record(_response(writer, "https://regions.example/inondations", undated, date="2023-11-17T06:00:00Z"))


@pytest.mark.parametrize("suffix", [".warc.gz", ".warc"])
def test_archive_records_become_documents(tmp_path: Path, suffix: str) -> None:
    archive = tmp_path / f"crawl{suffix}"
    write_archive(archive, gzip_records=suffix.endswith(".gz"))
    assert input_kind(archive) == "archive"
    counts: Counter[str] = Counter()
    items = list(iter_ingest([archive], counts=counts))
    docs = [i for i in items if not isinstance(i, KGError)]
    errors = [i for i in items if isinstance(i, KGError)]
    assert [d.url for d in docs] == [
        "https://www.quotidien-matin.example/economie/2023/03/14/greve-renault",  # the page's canonical URL
        "https://ledger.example/harbor",
        "https://regions.example/inondations",
    ]
    assert [d.source for d in docs] == [f"{archive.name}:3", f"{archive.name}:4", f"{archive.name}:10"]  # relative to the input
    assert docs[2].date == PartialDate.parse("2023-11-17")  # WARC-Date, the page having none
    assert docs[0].date == PartialDate.parse("2023-03-14")  # the page's own date wins
    assert [(e.code, e.path) for e in errors] == [("E015", f"{archive}:9")]
    assert counts == Counter({"not a response": 2, "duplicate": 2, "error status": 1, "not HTML": 1})


def test_an_oversized_page_in_an_archive_is_refused_and_the_next_read(tmp_path: Path) -> None:
    """A record whose page is over 16 bytes per character of --max-chars (here a gzip-encoded
    page that inflates far beyond it) is E020 naming the record and --max-chars, read no further."""
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "big.warc.gz"
    with open(archive, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(_response(writer, "https://big.example/a", b"<html><body><p>" + b"Lorem ipsum. " * 20_000 + b"</p></body></html>"))
        writer.write_record(_response(writer, "https://ledger.example/harbor", (WEB / "en_wire.html").read_bytes()))
    items = list(iter_ingest([archive], max_chars=10_000))
    assert [getattr(i, "code", None) for i in items] == ["E020", None]
    assert str(items[0]) == (
        f"[E020] {archive}:1: Page markup is more than 160,000 bytes long, over the limit of 160,000 bytes"
        " (16 × --max-chars 10,000); raise --max-chars to read it."
    )


def test_page_markup_over_the_limit_names_max_chars() -> None:
    from kg.ingest.web import read_html

    with pytest.raises(KGError) as info:
        read_html("<p>" + "x" * 500 + "</p>", display="p.html", doc_id="p", max_chars=100)
    assert str(info.value) == "[E020] p.html: Page markup is 507 characters long, over the limit of 400 characters (4 × --max-chars 100); raise --max-chars to read it."


def test_arc_files_are_read_too(tmp_path: Path) -> None:
    """The older ARC format (Internet Archive, some Common Crawl years), written by hand here."""

    def record(url: str, date: str, ctype: str, body: bytes) -> bytes:
        return f"{url} 127.0.0.1 {date} {ctype} {len(body)}\n".encode() + body + b"\n"

    version = b"1 0 kg-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + (WEB / "fr_svg.html").read_bytes()
    missing = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nnope"
    archive = tmp_path / "old.arc"
    archive.write_bytes(
        record("filedesc://old.arc", "20231117060000", "text/plain", version)
        + record("http://regions.example/inondations", "20231117060000", "text/html", page)
        + record("http://regions.example/nope", "20231117060100", "text/html", missing)
    )
    counts: Counter[str] = Counter()
    (doc,) = list(iter_ingest([archive], counts=counts))
    assert doc.url == "http://regions.example/inondations" and "Gérald Darmanin" in doc.text  # type: ignore[union-attr]
    assert counts == Counter({"not a response": 1, "error status": 1})


def test_a_truncated_archive_keeps_what_came_before(tmp_path: Path) -> None:
    archive = tmp_path / "cut.warc.gz"
    write_archive(archive)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) - 700])  # inside the last record
    items = list(iter_ingest([archive]))
    docs = [i for i in items if not isinstance(i, KGError)]
    assert len(docs) == 2
    assert items[-1].code == "E017" and items[-1].path.startswith(f"{archive}:")  # type: ignore[union-attr]


def test_garbage_named_as_an_archive_is_an_error(tmp_path: Path) -> None:
    archive = tmp_path / "junk.warc.gz"
    archive.write_bytes(gzip.compress(b"this is not a WARC file\r\n\r\n"))
    items = list(iter_ingest([archive]))
    assert [i.code for i in items if isinstance(i, KGError)] == ["E017"]


# --- feeds ----------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Quotidien du Matin</title><language>fr</language>
<item><title>Grève chez Renault</title><link>https://quotidien.example/greve</link>
<author>claire@quotidien.example (Claire Martin)</author>
<pubDate>Tue, 14 Mar 2023 07:45:00 +0100</pubDate>
<description>&lt;p&gt;Le syndicat Force Ouvrière a appelé mardi les salariés de Renault à une grève de vingt-quatre heures jeudi.&lt;/p&gt;</description></item>
<item><title>Sans texte</title><link>https://quotidien.example/vide</link><description></description></item>
<item><title>Inondations</title><link>https://quotidien.example/inondations</link>
<pubDate>Thu, 16 Nov 2023 09:00:00 +0100</pubDate>
<description>Le gouvernement a reconnu jeudi l'état de catastrophe naturelle pour deux cent quatorze communes.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Daily Ledger</title>
<entry><title>Harbor Foods buys Northfield Dairy</title><link href="https://ledger.example/harbor"/>
<id>urn:uuid:1</id><updated>2024-05-21T14:02:00Z</updated><author><name>Daniel Brooks</name></author>
<content type="html">&lt;p&gt;Harbor Foods said on Tuesday it had agreed to buy Northfield Dairy for $2.1 billion.&lt;/p&gt;&lt;p&gt;The deal needs approval.&lt;/p&gt;</content>
<summary>Harbor Foods buys a dairy.</summary></entry>
</feed>
"""


def test_rss_entries_become_documents(tmp_path: Path) -> None:
    feed = tmp_path / "une.rss"
    feed.write_text(RSS, encoding="utf-8")
    items = list(iter_ingest([feed]))
    docs = [i for i in items if not isinstance(i, KGError)]
    assert [(d.title, d.url, d.date, d.source) for d in docs] == [
        ("Grève chez Renault", "https://quotidien.example/greve", PartialDate.parse("2023-03-14"), f"{feed.name}:1"),
        ("Inondations", "https://quotidien.example/inondations", PartialDate.parse("2023-11-16"), f"{feed.name}:3"),
    ]
    assert docs[0].text.startswith("Le syndicat Force Ouvrière") and "<p>" not in docs[0].text
    assert docs[0].publisher == "Le Quotidien du Matin" and docs[0].lang == "fr"
    assert [(e.code, e.path) for e in items if isinstance(e, KGError)] == [("E004", f"{feed}:2")]


def test_atom_content_is_preferred_to_the_summary(tmp_path: Path) -> None:
    feed = tmp_path / "ledger.xml"  # .xml is a feed when its root says so
    feed.write_text(ATOM, encoding="utf-8")
    assert input_kind(feed) == "feed"
    (doc,) = ingest([feed]).documents
    assert doc.text == "Harbor Foods said on Tuesday it had agreed to buy Northfield Dairy for $2.1 billion.\n\nThe deal needs approval."
    assert (doc.author, doc.date, doc.url) == ("Daniel Brooks", PartialDate.parse("2024-05-21"), "https://ledger.example/harbor")


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("broken.rss", "<rss><channel><item><title>unclosed", "E018"),
        ("empty.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "E018"),
        ("notes.xml", "<notes><note>not a feed</note></notes>", "E003"),
        (
            "laughs.rss",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]>'
            "<rss><channel><item><title>&b;</title><description>Rain in Oslo &b;.</description></item></channel></rss>",
            "E018",
        ),
        (
            "external.rss",
            '<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!entity x SYSTEM "file:///etc/hostname">\n]>\n'
            "<rss><channel><item><title>&x;</title><description>Rain in Oslo.</description></item></channel></rss>",
            "E018",
        ),
    ],
)
def test_bad_feeds_are_named(tmp_path: Path, name: str, content: str, code: str) -> None:
    feed = tmp_path / name
    feed.write_text(content, encoding="utf-8")
    result = ingest([feed])
    assert result.documents == () and [e.code for e in result.errors] == [code]


def test_urls_are_fetched_only_when_asked() -> None:
    result = ingest(["https://example.org/article"])
    assert [(e.code, e.path) for e in result.errors] == [("E016", "https://example.org/article")]


# --- into the graph -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_pages_in_the_graph_with_metadata_and_without_furniture(tmp_path: Path) -> None:
    import kg

    for name, *_ in PAGES:
        (tmp_path / name).write_bytes((WEB / name).read_bytes())
    graph = kg.build([tmp_path])
    rows = graph.query(
        "SELECT ?id ?headline ?date ?author ?publisher WHERE { ?d a schema:NewsArticle ; schema:identifier ?id ; "
        "schema:headline ?headline ; schema:datePublished ?date . OPTIONAL { ?d schema:author ?author } "
        "OPTIONAL { ?d schema:publisher ?publisher } } ORDER BY ?id"
    )
    assert list(rows["id"]) == ["en_wire", "fr_quotidien", "fr_svg"]
    assert list(rows["date"].astype(str)) == ["2024-05-21", "2023-03-14", "2023-11-16"]
    assert list(rows["publisher"].fillna("")) == ["Daily Ledger", "Le Quotidien du Matin", ""]
    # Entities from furniture: a mention whose text is not in the article's own paragraphs.
    mentions = graph.query(
        "SELECT ?id ?anchor WHERE { ?m nif:anchorOf ?anchor ; nif:referenceContext ?c ; itsrdf:taIdentRef ?e . "
        "?c kg:document ?d . ?d schema:identifier ?id . ?e a ?t FILTER(?t IN (schema:Person, schema:Organization, schema:Place)) }"
    )
    assert len(mentions) >= 20
    furniture = [(r.id, r.anchor) for r in mentions.itertuples() if not any(r.anchor in p for p in article_paragraphs(f"{r.id}.html"))]
    assert len(furniture) / len(mentions) < 0.02, furniture


# --- URLs, from the command line -------------------------------------------------------------------------


@pytest.mark.slow
def test_build_fetches_urls_keeps_a_warc_and_rebuilds_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from typer.testing import CliRunner

    import kg
    from kg.cli import app

    pages = {"/greve": (WEB / "fr_quotidien.html").read_bytes(), "/harbor": (WEB / "en_wire.html").read_bytes()}
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.path)
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    links = tmp_path / "links.txt"
    links.write_text(f"# today's links\n{base}/harbor\n\n{base}/missing\nnot a url\n", encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    try:
        result = runner.invoke(app, ["build", f"{base}/greve", "--urls", str(links), "--out", str(out), "--no-html", "--no-answers", "--delay", "0"])
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1, result.output  # two inputs failed, two were built
    assert "built 2 document(s)" in result.output
    assert "[E016]" in result.output and "/missing" in result.output and "links.txt:5" in result.output
    assert sorted(seen) == ["/greve", "/harbor", "/missing"]
    online = kg.load(out / "graph.trig").query("SELECT ?src ?text WHERE { ?d kg:sourcePath ?src . ?c kg:document ?d ; nif:isString ?text } ORDER BY ?src")
    assert list(online["src"]) == [f"{base}/greve", f"{base}/harbor"]
    # Offline: the WARC beside the graph gives the same texts.
    again = runner.invoke(app, ["build", str(out / "sources.warc.gz"), "--out", str(tmp_path / "offline"), "--no-html", "--no-answers"])
    assert again.exit_code == 0, again.output
    offline = kg.load(tmp_path / "offline" / "graph.trig").query("SELECT ?text WHERE { ?c nif:isString ?text } ORDER BY ?text")
    assert sorted(offline["text"]) == sorted(online["text"])
