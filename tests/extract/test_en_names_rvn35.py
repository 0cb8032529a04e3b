"""English names of invented wire news that the n35a rules misread (review rvn35): a site a
property developer builds is no product, a club or a firm speaking of the person named before is
no person, and a known person's name after "the" is a hotel's, not the person's. Each case is read
through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # The "of" complement of "developer" that ends with a site's head is the site it builds;
        # a game or a medicine after a maker's noun stays a product.
        ("The developer of Brasswood Park said the homes would be ready in 2028.", [], [("Brasswood Park", "PRO")]),
        ("The developer of Lakeside Mall said it would add 40 shops.", [], [("Lakeside Mall", "PRO")]),
        ("Harlow Homes, the developer of Riverside Village, was fined $2 million.", [], [("Riverside Village", "PRO")]),
        ("Shares of the developer of Ember Quest fell 6 percent on Tuesday.", [("Ember Quest", "PRO")], []),
        ("Norvex, the maker of Tylenol, said profit rose.", [("Tylenol", "PRO")], []),
        # "said he" after a firm or a club is no person where a person is named before: the
        # pronoun is that person's; a full name that opens with a given name, or one with no
        # person before it, still speaks of himself.
        (
            "Hans Vogel, the former chief of a Munich bank, will join the board. Deutsche Telekom said he would take over as chairman in May.",
            [("Hans Vogel", "PER")],
            [("Deutsche Telekom", "PER")],
        ),
        (
            "Ines Moreau left the lender in March. Banco Solvaris said she had been appointed to run its unit in Lima.",
            [("Ines Moreau", "PER")],
            [("Banco Solvaris", "PER")],
        ),
        ("Novak Djokovic said he would skip the Australian Open.", [("Novak Djokovic", "PER")], []),
        ("Jannik Sinner beat Daniil Medvedev. Carlos Alcaraz said he was tired.", [("Carlos Alcaraz", "PER")], []),
        # A person the gazetteer knows, written after "the", is a hotel named after the person or
        # a town; the person named without an article stays a person.
        (
            "Guests at the Paris Hilton were evacuated after a fire alarm.",
            [],
            [("the Paris Hilton", "PER"), ("Paris Hilton", "PER")],
        ),
        ("The Paris Hilton will reopen in May after a renovation.", [], [("The Paris Hilton", "PER"), ("Paris Hilton", "PER")]),
        ("Paris Hilton said she would open a hotel in Dubai.", [("Paris Hilton", "PER")], []),
    ],
)
def test_english_names_reviewed(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for item in present:
        assert item in found, found
    for item in absent:
        assert item not in found, found
