"""Compare kg's temporal expressions with HeidelTime's on unannotated text (a silver signal), by class.

Usage: ``python scripts/timex_silver.py wikinews-fr [--limit N] [--out FILE] [--cache FILE]``
or ``python scripts/timex_silver.py meantime dev [...]``.

``wikinews-fr`` reads the 100 raw French Wikinews articles of ``../shared/corpora/wikinews-fr``
that have a date, leaving out the ``test`` articles of the project's own gold
(``eval/wikinews-fr-gold/splits.tsv``); ``meantime`` reads the texts and creation times of the
MEANTIME ``dev`` documents (no other split is accepted). Both systems read the same text with the
same creation time; nothing is scored against a gold. Each expression is put in one class:
``same`` (same extent and value), ``value`` (same extent, other value), ``extent`` (overlapping,
other extent), ``ht-only`` (HeidelTime alone) or ``kg-only`` (kg alone). The counts come first,
then every disagreement with its context, sorted by class; judge each class by hand against the
TimeML conventions, since HeidelTime is no gold either. ``--cache`` keeps HeidelTime's output (a
JSON file) so that only kg is rerun while tuning.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from _dump import emit

from kg.evaluation.gold import Mention, to_document
from kg.evaluation.heideltime import run_heideltime
from kg.evaluation.runner import CORPORA, default_corpora, load_gold, repo_root, system_output
from kg.types import Document, PartialDate

WIKINEWS_RAW = Path("wikinews-fr") / "wikinews-fr-100.jsonl"


def wikinews_documents(root: Path, limit: int | None) -> list[Document]:
    """The dated raw Wikinews FR articles, without the test articles of the project's gold."""
    splits = repo_root() / "eval" / "wikinews-fr-gold" / "splits.tsv"
    held_out = {
        line.split("\t")[0]
        for line in splits.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and line.split("\t")[1].strip() == "test"
    }
    docs: list[Document] = []
    for line in (root / WIKINEWS_RAW).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row.get("date") or str(row["id"]) in held_out:
            continue
        docs.append(Document(id=str(row["id"]), text=row["text"], source="wikinews-fr",
                             date=PartialDate.parse(row["date"]), lang="fr"))
    return docs[:limit] if limit is not None else docs


def load_documents(corpus: str, split: str | None, root: Path, limit: int | None) -> list[Document]:
    """The documents to compare on; a test split is refused."""
    if corpus == "wikinews-fr":
        if split not in (None, "raw"):
            raise SystemExit("wikinews-fr is read raw (its gold test articles are left out): give no split")
        return wikinews_documents(root, limit)
    if corpus != "meantime" or split != "dev":
        raise SystemExit("silver comparison is for the raw Wikinews FR articles and MEANTIME dev only")
    return [to_document(g) for g in load_gold(CORPORA["meantime"], "dev", corpora=root, limit=limit)]


def heideltime(docs: list[Document], lang: str, cache: Path | None) -> list[tuple[Mention, ...]]:
    """HeidelTime's timexes per document (from ``cache`` when it holds this very list of texts)."""
    key = [[d.id, d.text, str(d.date)] for d in docs]
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return [tuple(Mention(*m) for m in doc) for doc in stored["timexes"]]
    result = run_heideltime([(d.text, d.date) for d in docs], lang)
    if isinstance(result, str):
        raise SystemExit(result)
    if cache is not None:
        cache.write_text(json.dumps({"key": key, "timexes": [[[m.start, m.end, m.label, m.value, m.text] for m in doc] for doc in result]}),
                         encoding="utf-8")
    return result


def classify(ht: tuple[Mention, ...], kg: tuple[Mention, ...]) -> list[tuple[str, Mention | None, Mention | None]]:
    """(class, HeidelTime timex, kg timex) for every timex of one document."""
    out: list[tuple[str, Mention | None, Mention | None]] = []
    used: set[int] = set()
    for h in ht:
        over = [i for i, k in enumerate(kg) if k.overlaps(h) and i not in used]
        if not over:
            out.append(("ht-only", h, None))
            continue
        same = [i for i in over if (kg[i].start, kg[i].end) == (h.start, h.end)]
        i = (same or over)[0]
        used.add(i)
        k = kg[i]
        if (k.start, k.end) != (h.start, h.end):
            out.append(("extent", h, k))
        else:
            out.append(("same" if k.value == h.value else "value", h, k))
    out.extend(("kg-only", None, k) for i, k in enumerate(kg) if i not in used)
    return out


def _context(text: str, m: Mention, width: int = 60) -> str:
    left = text[max(0, m.start - width) : m.start].replace("\n", " ")
    right = text[m.end : m.end + width].replace("\n", " ")
    return f"{left}[[{text[m.start : m.end]}]]{right}"


def main(argv: list[str] | None = None) -> int:
    """Run both systems and print the classes of disagreement."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("corpus", choices=("wikinews-fr", "meantime"))
    parser.add_argument("split", nargs="?", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--corpora", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.split == "test":
        parser.error("silver comparison never reads a test split")
    root = args.corpora or default_corpora()
    docs = load_documents(args.corpus, args.split, root, args.limit)
    lang = "fr" if args.corpus == "wikinews-fr" else "en"
    ht_all = heideltime(docs, lang, args.cache)
    from kg.analyse.pipeline import analyse

    counts: Counter[str] = Counter()
    lines: list[str] = []
    for doc, ht, result in zip(docs, ht_all, analyse(docs)):
        if isinstance(result, Exception):
            lines.append(f"## {doc.id}: {result}")
            continue
        kg = system_output(result).timexes
        for cls, h, k in classify(ht, kg):
            counts[cls] += 1
            if cls == "same":
                continue
            m = h or k
            assert m is not None
            hp = f"{h.text!r}={h.value}" if h is not None else "-"
            kp = f"{k.text!r}={k.value}" if k is not None else "-"
            lines.append(f"{cls}\t{doc.id}\tHT {hp}\tKG {kp}\t{_context(doc.text, m)}")
    emit([f"{n:5d}  {cls}" for cls, n in counts.most_common()], lines, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
