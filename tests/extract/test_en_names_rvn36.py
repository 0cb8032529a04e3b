"""Review rvn36 of n36a (issue 21): invented wire news that the founder-named companies of the
gazetteer and the court-name rule misread. A person named like a company ("Thomas Cook", "John
Deere") whose apposition gives a person's trade followed by "from" or "who" is a person; a court
named with its state before its head keeps the state, ends its name before a possessive ending,
and stops its place after "of" before a weekday or a title. Each case is read through the whole
per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from kg.extract.entities import missed_full_names
from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A person's trade in apposition, then "from" or "who": the person, not the company.
        (
            "Thomas Cook, a retired teacher from Leeds, said the floods had ruined his garden.",
            [("Thomas Cook", "PER"), ("Leeds", "LOC")],
            [("Thomas Cook", "ORG")],
        ),
        (
            "John Deere, a farmer who grows wheat near Dubbo, told the inquiry the river had dried up.",
            [("John Deere", "PER")],
            [("John Deere", "ORG")],
        ),
        # near misses: the company described as a company stays the company
        (
            "Louis Vuitton, the French fashion house, said it would raise prices.",
            [("Louis Vuitton", "ORG")],
            [("Louis Vuitton", "PER")],
        ),
        ("Gucci, a unit of Kering, said sales fell in China.", [("Gucci", "ORG")], [("Gucci", "PER")]),
        # A state's court: the state written before the head stays in the court's name.
        (
            "The Ohio Court of Appeals for the Tenth District upheld the sentence on Friday.",
            [("The Ohio Court of Appeals for the Tenth District", "ORG")],
            [("Court of Appeals for the Tenth District", "ORG"), ("Ohio", "LOC")],
        ),
        (
            "Lawyers for Varnel appealed to the Florida Court of Appeal for the Fourth District.",
            [("the Florida Court of Appeal for the Fourth District", "ORG")],
            [("Court of Appeal for the Fourth District", "ORG")],
        ),
        # A possessive ending closes the court's name.
        (
            "The Court of Appeals for the Second Circuit's ruling was narrow, lawyers said.",
            [("Court of Appeals for the Second Circuit", "ORG")],
            [("Second Circuit", "ORG"), ("The Court of Appeals", "ORG")],
        ),
        # The place after "of" stops before a title or a weekday that begins what follows.
        (
            "U.S. District Court for the Southern District of New York Judge Alma Castellano dismissed the suit.",
            [("U.S. District Court for the Southern District of New York", "ORG"), ("Alma Castellano", "PER")],
            [("U.S. District Court for the Southern District of New York Judge", "ORG")],
        ),
        (
            "Varnel filed in the Bankruptcy Court for the District of Delaware Monday, the filing showed.",
            [("the Bankruptcy Court for the District of Delaware", "ORG")],
            [("the Bankruptcy Court for the District of Delaware Monday", "ORG")],
        ),
        # near misses: a court with no complement in "for the" keeps its span
        ("Calls for the Court of Appeals to step in grew on Tuesday.", [("the Court of Appeals", "ORG")], []),
        ("The Supreme Court of Canada ruled on Friday that the law was valid.", [("The Supreme Court of Canada", "ORG")], []),
    ],
)
def test_review_rvn36_names(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for item in present:
        assert item in found, found
    for item in absent:
        assert item not in found, found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A company named after a person that speaks of its own is no person the model skipped.
        ("Carl Zeiss said its quarterly profit fell.", []),
        ("Marcus Oyelaran said that its board had met twice.", []),
        # near misses: a person who speaks of something else stays found
        ("Marcus Oyelaran said it was too early to judge.", ["Marcus Oyelaran"]),
        ("Elena Marchetti told the committee its report was late.", ["Elena Marchetti"]),
    ],
)
def test_missed_full_names_not_a_company_speaking_of_its_own(text: str, found: list[str]) -> None:
    people = missed_full_names([], text, "en")
    assert [text[c.start : c.end] for c in people if c.label == "PER"] == found
