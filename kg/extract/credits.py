"""Agency credits inside the text: "(AFP)", "(Le Journal/AFP)", "PARIS, 15 (Havas).", "— Reuters".

A credit says who wrote the article (the agency: ``schema:author``) and, before a slash, who
published it (``schema:publisher``); it is no news about the agency. The credited names are kept
as mentions with the evidence "agency credit" or "publisher credit" (corpora such as HIPE-2020
annotate them as organisations, and the graph needs their nodes), found when NER missed them, and
the graph links the article to them as author and publisher. Agency names are data:
``ontologies/lexicons/xx/news_agencies.tsv``; in a credit's position, a name of six letters or
more with one letter misread by OCR is read as the agency's ("(Eeuter)").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from kg.extract.entities import Candidate
from kg.knowledge.words import word_set
from kg.types import AGENCY_CREDIT, PHOTO_CREDIT, PUBLISHER_CREDIT

__all__ = ["AGENCY_CREDIT", "PHOTO_CREDIT", "PUBLISHER_CREDIT", "with_credits"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(a) for a in sorted(word_set("xx", "news_agencies"), key=len, reverse=True))
    # "(AFP)", "(AFP.)", "(( Havas)", "(Le Journal/AFP)", "(Le Journal / AFP, Reuters)". Blanks
    # and the dot before ")" are matched without nested repetitions, so a long run of spaces
    # costs linear time.
    bracket = re.compile(
        rf"\((?:\(\s*)?(?:(?P<publisher>[A-ZÀ-Þ][^()/\n]{{0,40}}?)\s*/\s*)?(?P<agency>{names})"
        rf"(?:\s*,\s*(?P<second>{names}))?[^\S\n]*(?:\.[^\S\n]*)?\)"
    )
    # "— Reuters" or "- AFP" closing a paragraph.
    dash = re.compile(rf"(?:^|\s)[—–-]\s*(?P<agency>{names})[^\S\n]*(?:\.[^\S\n]*)?$", re.M)
    return bracket, dash


@cache
def _photo_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    photo = sorted(word_set("xx", "photo_agencies"), key=len, reverse=True)
    every = sorted(set(photo) | word_set("xx", "news_agencies"), key=len, reverse=True)
    # "photo Keystone", "Photo: AFP", "(photo AGIP)".
    after_word = re.compile(rf"(?<![\w-])[Pp]hotos?[^\S\n]*:?[^\S\n]*(?P<agency>{'|'.join(re.escape(a) for a in every)})(?![\w-])")
    # "(AGIP)" standing alone between two sentences, or closing a line.
    bracket = re.compile(rf"(?:(?<=[.!?»\n])|(?<=[.!?»][^\S\n])|^)[^\S\n]*\((?P<agency>{'|'.join(re.escape(a) for a in photo)})\)", re.M)
    return after_word, bracket


# Where a bracketed agency is a credit, not an acronym explaining the words before it ("cours
# préparatoire (CP)", "Harrisburg (PA)"): after a dateline opening the line ("PARIS (AFP) -",
# "WALL STREET, 15 (Havas)"), or closing the line or the paragraph, or before a dash ("(Reuter.) —").
_DATELINE = re.compile(r"[^\S\n]*[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{0,40}(?:,[^\S\n]*[\w .]{0,30})?")
_DATELINE_MAX = 80
_CLOSING = re.compile(r"[^\S\n]*(?:\.[^\S\n]*)?(?:$|[—–-])", re.M)


def _credit_position(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the bracket ``text[start:end]`` (on the line starting at ``line_start``) stands
    where a credit stands (see above)."""
    if start - line_start <= _DATELINE_MAX and _DATELINE.fullmatch(text, line_start, start):
        return True
    return _CLOSING.match(text, end) is not None


# One capitalised word in brackets: an agency's name as OCR may give it back ("(Eeuter)", "(Rcuters.)").
_OCR_BRACKET = re.compile(r"\((?P<agency>[A-ZÀ-Þ][a-zà-ÿ]{5,9})[^\S\n]*(?:\.[^\S\n]*)?\)")


def _ocr_agency(word: str) -> bool:
    """Whether ``word`` is a news agency's name of six letters or more with one letter misread
    ("Eeuter" for "Reuter"): same length, one letter different. An exact name is read by the
    patterns above."""
    for name in word_set("xx", "news_agencies"):
        if len(name) >= 6 and len(name) == len(word) and name != word:
            if sum(a != b for a, b in zip(name.casefold(), word.casefold())) == 1:
                return True
    return False


class _Found:
    """The candidates sorted by start, looked up by position (bisect), so that many credits in
    one text cost n log n, not n²."""

    def __init__(self, found: list[Candidate]) -> None:
        self.items = sorted(found, key=lambda c: c.start)
        self.starts = [c.start for c in self.items]
        self.longest = max((c.end - c.start for c in self.items), default=0)

    def credit(self, start: int, end: int, why: str) -> None:
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)
        inside = [i for i in range(lo, hi) if start < self.items[i].end]
        exact = [i for i in inside if (self.items[i].start, self.items[i].end) == (start, end)]
        if exact:
            for i in exact:
                cand = self.items[i]
                self.items[i] = replace(cand, label="ORG", evidence=(*cand.evidence, why))
            return
        if inside:
            return  # another name covers the credit: leave it to overlap resolution
        # The gazetteer's record, if any, is found when the mention is built (kg.extract.mentions).
        k = bisect.bisect_right(self.starts, start)
        self.items.insert(k, Candidate(start, end, "ORG", "credit", evidence=(why,)))
        self.starts.insert(k, start)
        self.longest = max(self.longest, end - start)


def with_credits(found: list[Candidate], text: str) -> list[Candidate]:
    """``found`` with the credited agencies and publishers marked (and added when NER missed them)."""
    out = _Found(found)
    bracket, dash = _patterns()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for match in bracket.finditer(text):
        line_start = line_starts[bisect.bisect_right(line_starts, match.start()) - 1]
        if not _credit_position(text, line_start, match.start(), match.end()):
            continue
        for group in ("agency", "second"):
            if match.group(group):
                out.credit(*match.span(group), AGENCY_CREDIT)
        if match.group("publisher"):
            out.credit(*match.span("publisher"), PUBLISHER_CREDIT)
    for match in _OCR_BRACKET.finditer(text):
        line_start = line_starts[bisect.bisect_right(line_starts, match.start()) - 1]
        if _ocr_agency(match.group("agency")) and _credit_position(text, line_start, match.start(), match.end()):
            out.credit(*match.span("agency"), AGENCY_CREDIT)
    for match in dash.finditer(text):
        out.credit(*match.span("agency"), AGENCY_CREDIT)
    for pattern in _photo_patterns():
        for match in pattern.finditer(text):
            out.credit(*match.span("agency"), PHOTO_CREDIT)
    return out.items
