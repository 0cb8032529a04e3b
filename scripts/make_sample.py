"""Regenerate the sample corpus in ``data/`` from ``../shared/corpora`` (licences allow copying:
Wikinews CC BY 2.5, MEANTIME CC BY 4.0; attribution is kept in ``data/README.md``).

Only the MEANTIME *dev* topics (airbus, apple) are sampled, so the sample never exposes test data.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
WIKINEWS_COUNT = 40
MEANTIME_COUNT = 12


def detokenize(text: str) -> str:
    """Undo MEANTIME's Penn-style tokenisation well enough for reading."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" ('s|'re|'ve|'ll|'d|n't|')\b", r"\1", text)
    text = re.sub(r"\u201c ", "\u201c", text)
    text = re.sub(r" \u201d", "\u201d", text)
    text = re.sub(r"US\$ ", "US$", text)
    return text


def main() -> int:
    data = ROOT / "data"
    (data / "seed").mkdir(parents=True, exist_ok=True)
    seed = ROOT.parent / "shared" / "seeds" / "000_02467bd709d905d3.txt"
    shutil.copyfile(seed, data / "seed" / seed.name)

    rows = [json.loads(line) for line in (CORPORA / "wikinews-fr" / "wikinews-fr-100.jsonl").open(encoding="utf-8")]
    out = data / "wikinews-fr" / "wikinews-fr-sample.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in rows[:WIKINEWS_COUNT]:
            record = {
                "id": f"wikinews-fr-{row['id']}",
                "title": row["title"],
                "date": row.get("date"),
                "lang": "fr",
                "url": "https://fr.wikinews.org/wiki/" + quote(row["title"].replace(" ", "_")),
                "text": row["text"],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    out = data / "meantime-en" / "meantime-en-dev-sample.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for line in (CORPORA / "meantime-en" / "meantime-en-raw.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            if row["corpus"] not in ("corpus_airbus", "corpus_apple") or count >= MEANTIME_COUNT:
                continue
            lines = [detokenize(s) for s in row["text_tokenized"].split("\n")]
            # First line is the headline, second the dateline; keep the body as paragraphs.
            record = {
                "id": f"meantime-en-{row['doc_id']}",
                "title": lines[0],
                "date": row["dct"],
                "lang": "en",
                "url": row["url"],
                "text": "\n\n".join(lines[2:]),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
