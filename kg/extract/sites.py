"""Industrial sites named as such ("the Kansas City Assembly Plant", "the Dearborn Truck Plant",
"Everett Factory"), which NER reads as a company, or misses; and a place glued to "-based" and the
like in one token ("the U.S.-based automaker"), which NER misses.

MEANTIME annotates a named site as a place, LOC, the whole name and its article, with no place
inside it ("their Everett Factory", "Airbus ' Delivery Center", dev), as it does an airport
("Changi International Airport"). A site named by its town and a lower-case noun ("the Oshawa
plant") is the town's mention instead (:func:`kg.extract.descriptors.plant_place_evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.extract.entities import Candidate
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.words import word_set

SITE_EXTRACTOR = "site name"
GLUED_EXTRACTOR = "glued place"

# Articles a sentence may begin the name with, which are no part of it ("The Dearborn Truck Plant").
_LEADING = ("The ", "A ", "An ")
# The lower-case word right before the name.
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[^\S\n]+$")


@cache
def _site_name() -> re.Pattern[str]:
    """One to four capitalised words, then a capitalised head noun of a site (``en/site_name_heads``),
    and no capitalised word after it ("the Varlo Power Plant Authority" is another name)."""
    heads = "|".join(sorted((re.escape(h) for h in word_set("en", "site_name_heads")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.-])(?:[A-Z][\w&'’.-]*[^\S\n]+){{1,4}}(?:{heads})(?![\w-])(?![^\S\n]+[A-Z])")


def site_candidates(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each named industrial site a place (English only): the candidates
    inside its name, or on the name and its article, give way to it; a candidate across its edge
    keeps its reading and the site is left out."""
    if lang != "en":
        return list(candidates)
    out = list(candidates)
    for match in _site_name().finditer(text):
        start, end = match.start(), match.end()
        surface = text[start:end]
        for lead in _LEADING:
            if surface.startswith(lead):
                start += len(lead)
        if len(text[start:end].split()) < 2:
            continue
        # "the " right before the name: a candidate that took it in is on the name too.
        outer = start - 4 if text[max(0, start - 4) : start].lower() == "the " else start
        inside = [c for c in out if outer <= c.start and c.end <= end]
        across = [c for c in out if c.start < end and start < c.end and c not in inside]
        if across:
            continue
        out = [c for c in out if c not in inside]
        # A possessive determiner before the name determines it, and MEANTIME takes it in as it
        # takes an article ("their Everett Factory"); the article itself is added later, with
        # every name's (kg.extract.mentions).
        owner = _OWNER_BEFORE.search(text, max(0, start - 8), start)
        if owner is not None and owner.group(1) in word_set("en", "possessive_determiners"):
            start = owner.start()
        out.append(Candidate(start, end, "LOC", SITE_EXTRACTOR, evidence=(f"site name: {text[start:end].split()[-1]}",)))
    return out


# A place's abbreviation glued by a hyphen to a participle or a noun after it, which the tokenizer
# keeps as one word ("U.S.-based", "U.K.-headquartered"); the words after are ``en/seat_participles``.
_GLUED_ABBREVIATION = re.compile(r"(?<![\w.-])(?P<place>(?:[A-Z]\.){2,3})-(?P<word>[a-z]+)(?![\w-])")


def glued_place_abbreviations(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each place abbreviation glued to a word of a seat or an origin ("the
    U.S.-based automaker", ``en/seat_participles``) that no candidate holds, as a place; the whole
    hyphenated word is MEANTIME's token, as for "Detroit-based". English only."""
    if lang != "en":
        return list(candidates)
    suffixes = word_set("en", "seat_participles")
    gazetteer = default_gazetteer()
    out = list(candidates)
    for match in _GLUED_ABBREVIATION.finditer(text):
        if match.group("word") not in suffixes:
            continue
        start, end = match.span("place")
        if any(c.start < match.end() and start < c.end for c in out):
            continue
        if not any(r.type == "LOC" for r in gazetteer.lookup(match.group("place"))):
            continue
        out.append(Candidate(start, end, "LOC", GLUED_EXTRACTOR, evidence=(f"seat: {match.group('word')}",)))
    return out
