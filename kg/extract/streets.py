"""French streets and squares named after people with "du", "de la" or "de" between
(« la place du Général-de-Gaulle », « l'avenue du Président-Wilson », « la rue de Gaulle »): the
model, or the gazetteer, reads the person's name and types it PER, or an organisation's and types
it ORG. Right after a noun of a street or a square (``fr/street_nouns``) and "du", "de la", "de
l'", "des" or "de", the name is the street's: a place, whose mention begins at the noun (a place
the gazetteer files as a person, such as "Général-de-Gaulle", too; a place's name stays as it is:
« la rue de Lausanne »). A noun that also has a common sense ("place", "route": « la place de
Macron dans le parti ») counts only before a name that is one hyphenated word, not before a
person's hyphenated given name and surname (« la place de Jean-Luc Mélenchon »). A name right after the noun (« la
rue Victor-Hugo ») is read by :func:`kg.extract.descriptors.with_head_nouns`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.entities import Candidate
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.words import word_map

__all__ = ["street_names"]

STREET_EVIDENCE = "street noun before"
_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<noun>[a-zàâçéèêëîïôûùüÿœ]+)[^\S\n]+(?P<link>(?:du|des|de[^\S\n]+la|de[^\S\n]+l['’]|de|d['’])[^\S\n]*)?$"
)


def street_names(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """French: ``candidates`` with a person's or an organisation's name after a street noun made a
    place that begins at the noun (module docstring); others as they are."""
    if lang != "fr":
        return list(candidates)
    nouns = word_map("fr", "street_nouns")
    out: list[Candidate] = []
    for cand in candidates:
        typed = cand.record.type if cand.record is not None else cand.label
        if typed == "LOC" and cand.record is None:
            records = default_gazetteer().lookup(text[cand.start : cand.end])
            if records and all(r.type in ("PER", "ORG") for r in records):
                typed = records[0].type  # "Général-de-Gaulle": the model's place, the gazetteer's person
        if typed in ("PER", "ORG") and (start := _street_start(text, cand.start, cand.end, nouns)) is not None:
            noun = text[start : cand.start].split()[0]
            cand = replace(cand, start=start, label="LOC", record=None, evidence=(f"{STREET_EVIDENCE}: {noun}",))
        out.append(cand)
    return out


def _street_start(text: str, start: int, end: int, nouns: dict[str, str]) -> int | None:
    """Where the street noun before the name at ``text[start:end]`` begins, or None."""
    match = _BEFORE.search(text, max(0, start - 30), start)
    if match is None or (sense := nouns.get(match.group("noun"))) is None:
        return None
    if not match.group("link"):
        return None  # a name right after the noun is kg.extract.descriptors.with_head_nouns's
    if sense != "toujours" and ("-" not in text[start:end] or any(c.isspace() for c in text[start:end])):
        # A street's name is one hyphenated word (« la place du Général-de-Gaulle »); a person's
        # hyphenated given name and surname (« la place de Jean-Luc Mélenchon dans la campagne »,
        # « lors du passage de Jean-Marc Ayrault à Matignon ») name the person.
        return None
    return match.start("noun")
