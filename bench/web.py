"""Web inputs: what a saved page keeps and loses, and the time to read a 10,000-record WARC (issue 16).

    python bench/web.py                     # the fixture pages' figures, then a 10,000-record WARC
    python bench/web.py --records 2000      # a smaller archive

Figures on the fixture pages of ``tests/ingest/fixtures/web`` (written for the tests, with menus, cookie
banners, "most read" boxes, bylines, comments, share buttons and footers):

- the share of the article text kept (goal: at least 95 %);
- the pages with a publication date, when the page has one (goal: all);
- the share of entity mentions that come from page furniture, i.e. whose text is not in the
  article's own paragraphs (goal: under 2 %).

Then a gzipped WARC of ``--records`` HTML responses (the fixture pages under distinct URLs, with
a comment that differs, so that no two payloads are the same) is written with warcio and read twice,
each time in a fresh process: once with warcio alone (every record's payload read), once with kg's
reader (``kg.ingest.iter_ingest``: records, HTML decoding, trafilatura, metadata). It prints both
times and the ratio.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ("fr_quotidien.html", "en_wire.html", "fr_svg.html")


def fixture_figures() -> dict:
    import kg
    from kg.ingest.web import read_html_file
    from tests.ingest.test_web import WEB, article_paragraphs

    kept = total = dated = 0
    for name in PAGES:
        doc = read_html_file(WEB / name, display=name, doc_id=name, max_chars=2_000_000)
        reference = article_paragraphs(name)
        kept += sum(len(p) for p in reference if p in doc.text)
        total += sum(len(p) for p in reference)
        dated += doc.date is not None
    with tempfile.TemporaryDirectory() as tmp:
        for name in PAGES:
            (Path(tmp) / name).write_bytes((WEB / name).read_bytes())
        graph = kg.build([tmp])
    mentions = graph.query(
        "SELECT ?id ?anchor WHERE { ?m nif:anchorOf ?anchor ; nif:referenceContext ?c ; itsrdf:taIdentRef ?e . "
        "?c kg:document ?d . ?d schema:identifier ?id . ?e a ?t FILTER(?t IN (schema:Person, schema:Organization, schema:Place)) }"
    )
    furniture = [r.anchor for r in mentions.itertuples() if not any(r.anchor in p for p in article_paragraphs(f"{r.id}.html"))]
    return {
        "pages": len(PAGES),
        "text_kept": round(kept / total, 4),
        "dated": f"{dated}/{len(PAGES)}",
        "entity_mentions": len(mentions),
        "from_furniture": len(furniture),
        "furniture_share": round(len(furniture) / max(1, len(mentions)), 4),
    }


def write_warc(path: Path, records: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from tests.ingest.test_web import WEB

    pages = [(WEB / name).read_bytes() for name in PAGES]
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(records):
            body = pages[n % len(pages)].replace(b"</body>", f"<!-- copy {n} --></body>".encode())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news{n % 7}.example/article/{n}", "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


RAW = """
import sys, time
from warcio.archiveiterator import ArchiveIterator
started = time.perf_counter(); n = 0
with open(sys.argv[1], "rb") as handle:
    for record in ArchiveIterator(handle):
        record.content_stream().read(); n += 1
print(n, time.perf_counter() - started)
"""

KG = """
import resource, sys, time
from kg.ingest.readers import iter_ingest
from kg.errors import KGError
started = time.perf_counter(); n = errors = 0
for item in iter_ingest([sys.argv[1]]):
    if isinstance(item, KGError): errors += 1
    else: n += 1
print(n, time.perf_counter() - started, errors, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def timed(script: str, path: Path) -> tuple[list[str], float]:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True, cwd=ROOT)
    return out.stdout.split(), time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    figures = fixture_figures()
    print(
        f"fixture pages: {figures['pages']}; article text kept {figures['text_kept']:.1%}; dated {figures['dated']}; "
        f"{figures['from_furniture']} of {figures['entity_mentions']} entity mentions from furniture "
        f"({figures['furniture_share']:.1%})",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        # A fifth of the archive first: the reader's peak memory must not grow with the archive.
        small = Path(tmp) / "small.warc.gz"
        write_warc(small, max(1, args.records // 5))
        (_, _, _, small_peak), _ = timed(KG, small)
        archive = Path(tmp) / "crawl.warc.gz"
        write_warc(archive, args.records)
        size = archive.stat().st_size
        (raw_n, raw_inner), raw_wall = timed(RAW, archive)
        (kg_n, kg_inner, kg_errors, kg_peak), kg_wall = timed(KG, archive)
    figures.update(
        records=args.records, warc_bytes=size, warcio_s=round(raw_wall, 2), kg_s=round(kg_wall, 2),
        kg_documents=int(kg_n), kg_errors=int(kg_errors), kg_records_per_s=round(int(kg_n) / kg_wall, 1),
        ratio=round(raw_wall / kg_wall, 3), peak_mb=int(kg_peak), peak_mb_fifth=int(small_peak),
    )
    print(
        f"{args.records}-record WARC ({size / 1e6:.1f} MB gzipped): warcio alone {raw_wall:.2f} s (inner {float(raw_inner):.2f} s), "
        f"kg's reader {kg_wall:.2f} s (inner {float(kg_inner):.2f} s; {kg_n} documents, {kg_errors} errors, "
        f"{figures['kg_records_per_s']} records/s); warcio / kg = {figures['ratio']}; "
        f"peak memory {kg_peak} MB (a fifth of the archive: {small_peak} MB)"
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
