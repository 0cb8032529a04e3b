"""A US legislator's party and state written after the name ("Senator John McCain (R-AZ)", "Rep.
Barney Frank (D-Mass.)", "Sen. Chris Dodd, D-Conn.,"), as an organisation.

NER misses the tag or reads it as a place ("D-Conn"); MEANTIME annotates it as an organisation
(the party the letter stands for), so it is one candidate, ORG, whatever the model read across it.
The state is two capitals or a wire abbreviation (``en/place_abbreviations``); the tag stands in
brackets or between commas.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.entities import Candidate
from kg.knowledge.words import word_set

AFFILIATION_EVIDENCE = "party and state"


@cache
def _pattern() -> re.Pattern[str]:
    states = sorted((re.escape(a) for a in word_set("en", "place_abbreviations")), key=len, reverse=True)
    state = "|".join([*states, r"[A-Z]{2}(?![\w.])"])
    return re.compile(rf"(?:(?<=\()|(?<=,))[^\S\n]*(?P<tag>[DRI]-(?:{state}))(?=[^\S\n]*[),])")


def party_affiliation_candidates(text: str, lang: str) -> list[Candidate]:
    """The party-and-state tags of ``text`` (English only), typed ORG."""
    if lang != "en":
        return []
    return [
        Candidate(m.start("tag"), m.end("tag"), "ORG", "affiliation", evidence=(f"{AFFILIATION_EVIDENCE}: {m.group('tag')}",))
        for m in _pattern().finditer(text)
    ]
