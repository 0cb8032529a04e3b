"""Agency credits inside the text: "(AFP)", "(Le Journal/AFP)", "PARIS, 15 (Havas).", "— Reuters".

A credit says who wrote the article (the agency: ``schema:author``) and, before a slash, who
published it (``schema:publisher``); it is no news about the agency. The credited names are kept
as mentions with the evidence "agency credit" or "publisher credit" (corpora such as HIPE-2020
annotate them as organisations, and the graph needs their nodes), found when NER missed them, and
the graph links the article to them as author and publisher. Agency names are data:
``ontologies/lexicons/xx/news_agencies.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.extract.entities import Candidate
from kg.knowledge.words import word_set
from kg.types import AGENCY_CREDIT, PUBLISHER_CREDIT

__all__ = ["AGENCY_CREDIT", "PUBLISHER_CREDIT", "with_credits"]



@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(a) for a in sorted(word_set("xx", "news_agencies"), key=len, reverse=True))
    # "(AFP)", "(AFP.)", "(( Havas)", "(Le Journal/AFP)", "(Le Journal / AFP, Reuters)".
    bracket = re.compile(
        rf"\((?:\(\s*)?(?:(?P<publisher>[A-ZÀ-Þ][^()/\n]{{0,40}}?)\s*/\s*)?(?P<agency>{names})(?:\s*,\s*(?P<second>{names}))?\s*\.?\s*\)"
    )
    # "— Reuters" or "- AFP" closing a paragraph.
    dash = re.compile(rf"(?:^|\s)[—–-]\s*(?P<agency>{names})\s*\.?\s*$", re.M)
    return bracket, dash


def _credit(found: list[Candidate], start: int, end: int, why: str) -> list[Candidate]:
    inside = [i for i, c in enumerate(found) if c.start < end and start < c.end]
    exact = [i for i in inside if (found[i].start, found[i].end) == (start, end)]
    if exact:
        for i in exact:
            found[i] = replace(found[i], label="ORG", evidence=(*found[i].evidence, why))
        return found
    if inside:
        return found  # another name covers the credit: leave it to overlap resolution
    # The gazetteer's record, if any, is found when the mention is built (kg.extract.mentions).
    found.append(Candidate(start, end, "ORG", "credit", evidence=(why,)))
    return found


def with_credits(found: list[Candidate], text: str) -> list[Candidate]:
    """``found`` with the credited agencies and publishers marked (and added when NER missed them)."""
    out = list(found)
    bracket, dash = _patterns()
    for match in bracket.finditer(text):
        for group in ("agency", "second"):
            if match.group(group):
                out = _credit(out, *match.span(group), AGENCY_CREDIT)
        if match.group("publisher"):
            out = _credit(out, *match.span("publisher"), PUBLISHER_CREDIT)
    for match in dash.finditer(text):
        out = _credit(out, *match.span("agency"), AGENCY_CREDIT)
    return sorted(out, key=lambda c: c.start)
