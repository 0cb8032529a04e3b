"""Where the gazetteer's places lie: each place's kind (city, region, subdivision, country) and the
country it lies in (``ontologies/lexicons/xx/place_countries.tsv``)."""

from __future__ import annotations

from functools import cache

from kg.knowledge.gazetteer import GazetteerRecord
from kg.knowledge.words import rows

__all__ = ["OTHER_TOWN_EVIDENCE", "place_country", "place_kind"]

# How the evidence of a town the gazetteer has a record of its name for, in another country, begins
# ("Paris, Texas"; kg.extract.enclosing): no record is looked up for it again (kg.extract.mentions)
# and the cross-document resolver merges it with no gazetteer entity of its name (kg.resolve).
OTHER_TOWN_EVIDENCE = "a town of another country than the gazetteer's:"


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
