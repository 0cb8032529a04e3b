"""Review rvn34 of n34a (issue 21, English names): a count before a make's company named after a
kind of vehicle in the plural is no model's count ("900 Volvo Buses employees"), and a company's
name opening a quotation stays a name when the text writes the word elsewhere as a count noun ("a
new frontier") or the model reads it as a name elsewhere ("Chase cut 500 jobs"); the acronym of a
law in brackets is the law's ("the Digital Services Act (DSA)"), no organisation.
Each case is read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from kg.types import Document
from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A make and a kind of vehicle in the plural after a count: the make's company, no model.
        ("The strike hit 900 Volvo Buses employees near Gothenburg.", [("Volvo Buses", "ORG")], [("Volvo Buses", "PRO")]),
        ("Renault said 800 Renault Trucks employees rallied outside the factory.", [("Renault Trucks", "ORG")], [("Renault Trucks", "PRO")]),
        # Near misses: a model's plural after a count stays the model's cars.
        ("Regulators probe 120,000 Kia Souls over a fuel leak.", [("Kia Souls", "PRO")], []),
        ("Chrysler will recall 15,000 Dodge Chargers over a steering fault.", [("Dodge Chargers", "PRO")], []),
        # A quoted opening word the text writes small as a singular count noun ("a new frontier"):
        # a company's name, since a bare singular count noun opens a sentence only as a name.
        (
            'The airline flies to 40 cities.\n\n"Frontier is a low-cost carrier," said the analyst, who saw a new frontier in travel.',
            [("Frontier", "ORG")],
            [],
        ),
        ('Bank shares fell.\n\n"Visa is a strong brand," said a trader who was denied a visa last year.', [("Visa", "ORG")], []),
        # Near misses: a mass noun, or a count noun's form that only modifies another noun ("a
        # speech recognition system"), still drops the quoted opening word.
        (
            'The company sells a speech recognition system.\n\n"Speech is the next big interface," the founder said.',
            [],
            [("Speech", "ORG"), ("Speech", "PER")],
        ),
        ('The phone maker gained.\n\n"Privacy is a human right," its chief said, as privacy laws spread.', [], [("Privacy", "ORG")]),
        # An acronym in brackets after a law's name is the law's short name, no organisation; an
        # agency's acronym stays one.
        ("The watchdog opened a case under the Digital Services Act (DSA) on Monday.", [("DSA", "PRO")], [("DSA", "ORG")]),
        ("The Foreign Corrupt Practices Act (FCPA) bars bribes to officials abroad.", [("FCPA", "PRO")], [("FCPA", "ORG")]),
        ("The Federal Aviation Administration (FAA) grounded the jets.", [("FAA", "ORG")], [("FAA", "PRO")]),
    ],
)
def test_review_rvn34_english_names(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for item in present:
        assert item in found, found
    for item in absent:
        assert item not in found, found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        # The model's name at a sentence's start elsewhere in the text keeps the quoted one.
        (
            'Chase cut 500 jobs in Ohio.\n\n"Chase will remain committed to the state," a spokeswoman said. Rivals chase the same customers.',
            "Chase",
            2,
        ),
        (
            'Frontier added two routes.\n\n"Frontier wants more gates," the airline said. Rivals watch the frontier closely.',
            "Frontier",
            2,
        ),
    ],
)
def test_review_rvn34_quoted_name_named_elsewhere(text: str, name: str, count: int) -> None:
    from kg.analyse.pipeline import analyse

    (analysis,) = list(analyse([Document(id="t", text=text, source="t", lang="en")]))
    assert not isinstance(analysis, Exception)
    starts = {m.start for e in analysis.entities for m in e.mentions if m.text == name}
    assert len(starts) == count, starts
