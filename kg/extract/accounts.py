"""Finders for what NER misses next to a name: stock tickers and social media handles.

* A ticker in parentheses after a company ("Zorba Foods (NASDAQ: ZRB)", "Zorba (Euronext:
  ZRB)") is recorded on the company's mention as ``EXCHANGE:SYMBOL`` (``schema:tickerSymbol``);
  the name before it is an organisation, whatever NER said, and is found when NER missed it.
* A handle right after a name ("Jane Zorba (@jzorba)", "Zorba Foods, @zorbafoods,") is the
  account of that person or organisation (``EntityMention.accounts``; a ``schema:sameAs`` account
  node in the graph). A handle with no owner written next to it is left alone: nothing says whose
  it is.

Exchange codes are data: ``ontologies/lexicons/xx/stock_exchanges.tsv``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from kg.extract.entities import Candidate
from kg.knowledge.words import word_set

__all__ = ["with_tickers_and_handles"]

# The capitalised words of a company name right before a ticker NER did not see as a name.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*)\s*$")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_]{2,30})(?![\w@])")
# How far (in characters) the end of the owner's name may lie before the parenthesis or the comma.
_GAP = 2


@cache
def _ticker_pattern() -> re.Pattern[str]:
    exchanges = sorted(word_set("xx", "stock_exchanges"), key=len, reverse=True)
    names = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in exchanges)
    return re.compile(rf"\(\s*(?P<exchange>{names})\s*:\s*(?P<symbol>[A-Z0-9][A-Z0-9.\-]{{0,9}})\s*\)", re.I)


class _ByEnd:
    """The candidates sorted by end, looked up by position (bisect): many tickers or handles in
    one text cost n log n, not n²."""

    def __init__(self, found: list[Candidate]) -> None:
        self.items = sorted(found, key=lambda c: c.end)
        self.ends = [c.end for c in self.items]
        self.longest = max((c.end - c.start for c in self.items), default=0)

    def owners(self, at: int) -> list[int]:
        """The indices of the candidates ending just before ``at`` (NER's and the gazetteer's
        span of one name are both kept until overlaps are resolved)."""
        return list(range(bisect.bisect_left(self.ends, at - _GAP - 1), bisect.bisect_right(self.ends, at)))

    def drop_inside(self, start: int, end: int) -> None:
        lo, hi = bisect.bisect_left(self.ends, start), bisect.bisect_right(self.ends, end)
        keep = [c for c in self.items[lo:hi] if not start <= c.start]
        self.items[lo:hi] = keep
        self.ends[lo:hi] = [c.end for c in keep]

    def overlaps(self, start: int, end: int) -> bool:
        lo, hi = bisect.bisect_right(self.ends, start), bisect.bisect_right(self.ends, end + self.longest)
        return any(c.start < end for c in self.items[lo:hi])

    def add(self, cand: Candidate) -> None:
        k = bisect.bisect_right(self.ends, cand.end)
        self.items.insert(k, cand)
        self.ends.insert(k, cand.end)
        self.longest = max(self.longest, cand.end - cand.start)


def with_tickers_and_handles(found: list[Candidate], text: str) -> list[Candidate]:
    """``found`` with tickers and handles recorded on the names they follow (see the module)."""
    out = _ByEnd(found)
    for match in _ticker_pattern().finditer(text):
        ticker = f"{' '.join(match.group('exchange').split())}:{match.group('symbol')}"
        # The symbol stands for the company it follows: it is recorded there, not as a name of its own.
        out.drop_inside(*match.span("symbol"))
        owners = out.owners(match.start())
        why = f"ticker: {ticker}"
        for i in owners:
            cand = out.items[i]
            label = "ORG" if cand.record is None or cand.record.type == "ORG" else cand.label
            out.items[i] = replace(cand, label=label, ticker=ticker, evidence=(*cand.evidence, why) if label != cand.label else cand.evidence)
        if owners:
            continue
        name = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if name is not None and not out.overlaps(name.start(1), name.end(1)):
            out.add(Candidate(name.start(1), name.end(1), "ORG", "ticker", evidence=(why,), ticker=ticker))
    for match in _HANDLE.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()]
        if not (before.endswith("(") or before.endswith(", ") or before.endswith(" (")):
            continue
        at = match.start() - len(before) + len(before.rstrip("(, ").rstrip())
        for i in out.owners(at + _GAP):
            if out.items[i].label in ("PER", "ORG"):
                out.items[i] = replace(out.items[i], accounts=(*out.items[i].accounts, match.group()))
    return sorted(out.items, key=lambda c: c.start)
