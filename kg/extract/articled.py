"""One capitalised word after "the" that NER read as a person: no person's name ("the Altima",
"the Worldliner", "the Beatles").

English writes a person's name without an article; "the" before a single capitalised word makes
it a thing's or a group's name. MEANTIME types such a name PRO when it names one thing ("has been
named the Worldliner by Boeing", dev) and ORG when it is a plural, a band's or a team's name
("We love the Beatles", dev). A plural whose singular the text names as a person ("the Obamas"
beside "Obama") is the person's family and stays, and so does a title or an honorific that
stands for one person ("the Pope", "the Prophet", "the Ayatollah": ``en/articled_person_titles``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.entities import Candidate
from kg.knowledge.words import word_set

ARTICLED_EVIDENCE = "one word after the"

# "the" and one capitalised word of lower-case letters ("the Altima", "The Beatles").
_ARTICLED = re.compile(r"[Tt]he[^\S\n]+([A-Z][a-z]+)")
# "the", "a" or "an" and one capitalised word, or the word alone after one of them.
_ARTICLED_ANY = re.compile(r"(?:[Tt]he|[Aa]n?)[^\S\n]+([A-Z][a-z]+)")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Aa]n?)[^\S\n]+$")
# A bare possessive apostrophe after a plural ("the Beatles' label", "the Beatles ' label").
_APOSTROPHE_AFTER = re.compile(r"[^\S\n]?['’](?!\w)")


def articled_names(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each person's mention that is "the" and one capitalised word typed as
    a product (singular) or an organisation (plural). English only."""
    if lang != "en":
        return list(candidates)
    people = {text[c.start : c.end].split()[-1] for c in candidates if c.label == "PER"}
    titles = word_set("en", "articled_person_titles")
    nationals = word_set("en", "coref_nationality_nouns")
    out = []
    for cand in candidates:
        if _nationality_noun(cand.start, cand.end, text, nationals):
            continue  # "The Frenchman said", "Jansen, a Dutchwoman,": a person's description, no name
        match = _ARTICLED.fullmatch(text, cand.start, cand.end) if cand.label == "PER" else None
        # A title or an honorific after "the" stands for one person ("the Pope", "the Prophet").
        if match is not None and match.group(1).casefold() not in titles:
            word = match.group(1)
            plural = word.endswith("s") and not word.endswith("ss")
            if not (plural and (word[:-1] in people or word[:-2] in people and word.endswith("es"))):
                label = "ORG" if plural else "PRO"
                # Before a plural's possessive apostrophe the article determines the possessed
                # noun ("the Beatles ' record company": "Beatles"), as before "'s".
                start = match.start(1) if plural and _APOSTROPHE_AFTER.match(text, cand.end) else cand.start
                cand = replace(cand, start=start, label=label, record=None, evidence=(*cand.evidence, f"{ARTICLED_EVIDENCE}: {word}"))  # type: ignore[arg-type]
        out.append(cand)
    return out


def _nationality_noun(start: int, end: int, text: str, nationals: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is a nationality noun of one person (``en/coref_nationality_nouns``:
    "Frenchman", "Spaniard") with its article ("the", "a") or after it: a description of a person,
    which coreference reads as such (kg.extract.coref), whatever NER typed it."""
    match = _ARTICLED_ANY.fullmatch(text, start, end)
    if match is not None:
        return match.group(1).casefold() in nationals
    word = text[start:end]
    return word.isalpha() and word.casefold() in nationals and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
