"""Where the gazetteer's places lie: each place's kind (city, region, subdivision, country) and the
country it lies in (``ontologies/lexicons/xx/place_countries.tsv``), the parts and cities that lie
within a part of their country (``xx/places_within``), the states wire copy abbreviates
(``en/place_abbreviations``), and the evidence of the place a town of the text lies in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from kg.knowledge.gazetteer import GazetteerRecord, default_gazetteer
from kg.knowledge.words import rows, word_map

__all__ = [
    "LIES_IN_EVIDENCE",
    "OTHER_TOWN_EVIDENCE",
    "abbreviated_state",
    "enclosing_ids",
    "in_another_part",
    "lies_in_evidence",
    "outermost",
    "place_country",
    "place_kind",
    "places_apart",
]

# How the evidence of a town the gazetteer has a record of its name for, in another country, begins
# ("Paris, Texas"; kg.extract.enclosing): no record is looked up for it again (kg.extract.mentions)
# and the cross-document resolver merges it with no gazetteer entity of its name (kg.resolve).
OTHER_TOWN_EVIDENCE = "a town of another country than the gazetteer's:"

# How the evidence of the gazetteer place a town lies in begins ("Portland, Oregon": the state's
# record; kg.extract.enclosing): the cross-document resolver merges no two towns of one name that
# lie in places apart ("Portland, Maine"; kg.resolve).
LIES_IN_EVIDENCE = "lies in:"


@cache
def _places() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in rows("xx", "place_countries")}


def place_kind(record: GazetteerRecord | None) -> str | None:
    """``"city"``, ``"region"``, ``"subdivision"`` (a state or province) or ``"country"`` for a
    gazetteer place the data places, else None."""
    if record is None or record.type != "LOC":
        return None
    found = _places().get(record.id)
    return found[0] if found is not None else None


def place_country(record: GazetteerRecord | None) -> str | None:
    """The QID of the country the gazetteer place ``record`` lies in (a country's own QID), if the
    data says it."""
    if record is None or record.type != "LOC":
        return None
    found = _places().get(record.id)
    return found[1] if found is not None else None


@cache
def _abbreviations() -> dict[str, str]:
    """``en/place_abbreviations`` by the abbreviation in capitals ("ORE.", "W.VA.")."""
    return {k.upper(): v for k, v in word_map("en", "place_abbreviations").items()}


def abbreviated_state(surface: str, *, capitals: bool = False) -> GazetteerRecord | None:
    """The gazetteer's state or province that wire copy's abbreviation ``surface`` names ("Ore.",
    "Calif.", "Ont."; ``en/place_abbreviations``), or None. With ``capitals``, also the
    abbreviation in a dateline's capitals ("PORTLAND, ORE. (AP) —"), where no word is in them."""
    key = word_map("en", "place_abbreviations").get(surface)
    if key is None and capitals and surface.isupper():
        key = _abbreviations().get(surface)
    return default_gazetteer().by_id(key) if key is not None else None


# The kinds of place a country is made of: a town lies in one of them only, or in parts that lie
# within one another (``xx/places_within``).
_PARTS = frozenset({"subdivision", "region"})


@cache
def _within() -> dict[str, str]:
    return {row[0]: row[1] for row in rows("xx", "places_within")}


def _lies_within(inner: str, outer: str) -> bool:
    """Whether the gazetteer place ``inner`` lies within ``outer`` (``xx/places_within``, followed
    up: the West Midlands lie within the Midlands, and so within England)."""
    within, seen = _within(), {inner}
    while (inner := within.get(inner, "")) and inner not in seen:
        if inner == outer:
            return True
        seen.add(inner)
    return False


def in_another_part(town: GazetteerRecord | None, places: Sequence[GazetteerRecord]) -> bool:
    """Whether the gazetteer town ``town`` lies within a state or province of its country
    (``xx/places_within``) that is none of the states or provinces ``places`` and lies within
    none of them: the text names another town of its name ("Washington, Pa.", "Philadelphia, Miss.").
    False when ``places`` holds a country, or the data says nothing of the town."""
    if town is None or (part := _within().get(town.id)) is None or not places:
        return False
    return all(place_kind(p) in _PARTS and p.id != part and not _lies_within(part, p.id) for p in places)


def outermost(records: Sequence[GazetteerRecord]) -> list[GazetteerRecord]:
    """``records`` less those that lie within another of them (``xx/places_within``): the readings
    of "Scotland", the gazetteer's region and its Wikidata item, are one place."""
    return [r for r in records if not any(o is not r and _lies_within(r.id, o.id) for o in records)]


def lies_in_evidence(record: GazetteerRecord, whole: str) -> str:
    """The evidence that a town lies in the gazetteer place ``record``, as the text ``whole`` says."""
    return f"{LIES_IN_EVIDENCE} {record.id} ({whole})"


def enclosing_ids(evidence: Iterable[str]) -> frozenset[str]:
    """The gazetteer ids of the places ``evidence`` says a town lies in (see :func:`lies_in_evidence`)."""
    prefix = len(LIES_IN_EVIDENCE) + 1
    return frozenset(e[prefix:].split(" ", 1)[0] for e in evidence if e.startswith(LIES_IN_EVIDENCE))


def places_apart(left: Iterable[str], right: Iterable[str]) -> bool:
    """Whether a place said to lie in the gazetteer places ``left`` and one said to lie in ``right``
    cannot be one town: two of those places lie in different countries ("Victoria, British
    Columbia" and "Victoria, Australia") or are two states or provinces ("Portland, Oregon" and
    "Portland, Maine", "Springfield, Illinois" and "Springfield, Massachusetts"). A state and the
    country it lies in are no conflict, nor two parts one of which lies within the other
    ("Coventry, West Midlands" and "Coventry, England")."""
    gazetteer = default_gazetteer()
    right = tuple(right)
    for a in left:
        for b in right:
            if a == b or _lies_within(a, b) or _lies_within(b, a):
                continue
            ra, rb = gazetteer.by_id(a), gazetteer.by_id(b)
            ca, cb = place_country(ra), place_country(rb)
            if ca is not None and cb is not None and ca != cb:
                return True
            if place_kind(ra) in _PARTS and place_kind(rb) in _PARTS:
                return True
    return False
