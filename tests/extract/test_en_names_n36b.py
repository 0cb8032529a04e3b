"""English names of invented wire news misread by the pipeline (issue 21, n36b): a team named
after an area the gazetteer lacks ("the Golden State Warriors"), a body of two coordinated places
("the Port Authority of New York and New Jersey"), a company after a country's possessive
("Colombia's Ecopetrol"), a headline's surname read as a place where the body names the person in
full. Each case is read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # An area a team bears that no gazetteer row holds, and the team's nickname, are one team,
        # at a sentence's start too; the area alone stays a place.
        (
            "The Golden State Warriors beat the Suns 112-104 on Sunday.",
            [("The Golden State Warriors", "ORG")],
            [("The Golden State", "LOC")],
        ),
        (
            "Marsh scored 31 points as the Golden State Warriors beat Denver on Friday.",
            [("the Golden State Warriors", "ORG")],
            [("the Golden State Warriors", "LOC")],
        ),
        ("The Carolina Panthers fired their coach after a 2-9 start.", [("The Carolina Panthers", "ORG")], []),
        ("Wildfires spread across the Golden State on Monday.", [("the Golden State", "LOC")], []),
        ("Rents rose across the Bay Area last year.", [("the Bay Area", "LOC")], []),
        # A body of two places coordinated by "and" is one name; a second place that opens another
        # name, or a place of another kind, stays apart.
        (
            "The Port Authority of New York and New Jersey raised bridge tolls on Tuesday.",
            [("The Port Authority of New York and New Jersey", "ORG")],
            [("The Port Authority of New York", "ORG")],
        ),
        (
            "Officials of the Port Authority of New York and New Jersey said traffic fell.",
            [("the Port Authority of New York and New Jersey", "ORG")],
            [("New Jersey", "LOC")],
        ),
        (
            "The Central Bank of Japan and China's central bank cut rates.",
            [("China", "LOC")],
            [("The Central Bank of Japan and China", "ORG")],
        ),
        # A one-word name after a country's possessive that acts as a company is the company; a
        # place there and a person there are left as they were.
        (
            "Colombia's Ecopetrol reported a 20 percent rise in profit.",
            [("Ecopetrol", "ORG"), ("Colombia", "LOC")],
            [("Ecopetrol", "LOC")],
        ),
        ("Shares of Colombia's Ecopetrol rose 3 percent in Bogota.", [("Ecopetrol", "ORG")], [("Ecopetrol", "LOC")]),
        ("Colombia's Ecopetrol said on Monday it would raise output.", [("Ecopetrol", "ORG")], []),
        ("Ukraine's Donbas was shelled overnight, officials said.", [("Donbas", "LOC")], [("Donbas", "ORG")]),
        ("Kenya's Ruto said on Monday taxes would rise.", [], [("Ruto", "ORG")]),
        # A headline's surname the model read as a place is the person the body names in full;
        # a headline's town stays a town, when a person's name holds another word.
        (
            "Haaland scores twice as City beat Leeds\nErling Haaland scored twice on Saturday as City beat Leeds 3-0.",
            [("Haaland", "PER"), ("Erling Haaland", "PER")],
            [("Haaland", "LOC")],
        ),
        (
            "Jokic leads Nuggets past Suns\nNikola Jokic had 30 points and 12 rebounds on Monday.",
            [("Jokic", "PER"), ("Nikola Jokic", "PER")],
            [("Jokic", "LOC"), ("Nikola Jokic", "ORG")],
        ),
        (
            "Floods hit Leeds\nHeavy rain flooded streets in Leeds on Monday, mayor Tom Riley said.",
            [("Leeds", "LOC"), ("Tom Riley", "PER")],
            [("Leeds", "PER")],
        ),
    ],
)
def test_english_names_of_wire_news(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for item in present:
        assert item in found, found
    for item in absent:
        assert item not in found, found
