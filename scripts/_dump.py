"""What the dev error dumps of ``scripts/`` share: their options, the analysed gold documents, the
context of a mention and the printed report. Error analysis is for the dev splits only."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.evaluation.gold import GoldDocument, Mention, to_document
from kg.evaluation.runner import load_gold, resolve_corpora
from kg.types import Analysis

DEV_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")


def parse_args(doc: str, argv: Sequence[str] | None) -> argparse.Namespace:
    """``CORPUS SPLIT [--limit N] [--out FILE]``; a split other than dev (or dev2 to dev10) is refused."""
    parser = argparse.ArgumentParser(description=doc.split("\n", 1)[0])
    parser.add_argument("corpus")
    parser.add_argument("split")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.split not in DEV_SPLITS:
        parser.error("error analysis is for the dev splits only (dev, and dev2 to dev10 of wikinews-fr)")
    return args


def analysed(args: argparse.Namespace, lines: list[str]) -> Iterator[tuple[GoldDocument, Analysis]]:
    """Each gold document of the split with kg's analysis; a document kg fails on is a line of ``lines``."""
    from kg.analyse.pipeline import analyse

    (spec,) = resolve_corpora(args.corpus)
    golds = load_gold(spec, args.split, limit=args.limit)
    for gold, result in zip(golds, analyse(to_document(g) for g in golds)):
        if isinstance(result, Exception):
            lines.append(f"## {gold.id}: {result}")
            continue
        yield gold, result


def context(text: str, m: Mention, width: int = 70) -> str:
    """The mention in brackets with ``width`` characters of text on each side, on one line."""
    left = text[max(0, m.start - width) : m.start].replace("\n", " ")
    right = text[m.end : m.end + width].replace("\n", " ")
    return f"{left}[[{text[m.start : m.end]}]]{right}"


def emit(report: list[str], lines: list[str], out: Path | None) -> None:
    """The counts, then every error line sorted: to ``out`` (counts echoed) or to standard output."""
    text = "\n".join([*report, "", *sorted(lines)]) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
        print("\n".join(report))
    else:
        sys.stdout.write(text)
