"""Review of n39b (issue 21): a verb's present the lexicons lack ("Outpaces", "Eclipses") that ends a
name inside a Title Case candidate the model read whole ("Brightwell Outpaces Harlan"), as it
already did where the model split the subject off ("Outpaces Harlan"); a plural company head
with no name after it stays the name's ("Dellmark Stores")."""

from __future__ import annotations

import pytest

from kg.extract.headlines import title_case_name_span


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # The verb's present with a name, its object, after it in the candidate: the subject alone.
        (
            "Brightwell Outpaces Harlan In Phone Sales\nBrightwell sold more handsets than Harlan last quarter .",
            "Brightwell Outpaces Harlan In Phone",
            "Brightwell",
        ),
        ("Marlow Overshadows Tessaly At Film Awards\nTessaly won one prize while Marlow took four .", "Marlow Overshadows Tessaly", "Marlow"),
        ("Veridian Undercuts Castor On Airfares\nVeridian cut its fares below those of Castor .", "Veridian Undercuts Castor", "Veridian"),
        ("Pelham Eclipses Norland Group As Top Insurer\nPelham now holds more premiums than Norland Group .", "Pelham Eclipses Norland Group", "Pelham"),
        # Near misses: no name after the word (a company's plural head, a noun after it), the body
        # says the word with a capital, the body never says the subject alone or the object.
        ("Orvan Acquires Dellmark Stores\nOrvan said Dellmark would keep its name .", "Dellmark Stores", "Dellmark Stores"),
        ("Walden Trusts Fund Manager Quits\nWalden said its manager had left .", "Walden Trusts Fund", "Walden Trusts Fund"),
        ("Brightwell Outpaces Harlan In Sales\nThe Brightwell Outpaces fund beat Harlan .", "Brightwell Outpaces Harlan", "Brightwell Outpaces Harlan"),
        ("Brightwell Outpaces Harlan In Sales\nThe phone maker beat Harlan on price .", "Brightwell Outpaces Harlan", "Brightwell Outpaces Harlan"),
        # The word after the verb is no dictionary word, but the body never says it: no object known.
        ("Brightwell Outpaces Rivalco In Sales\nBrightwell sold more handsets than its rivals .", "Brightwell Outpaces Rivalco", "Brightwell Outpaces Rivalco"),
    ],
)
def test_unlisted_present_inside_a_candidate_ends_the_name(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    a, b = title_case_name_span(text, start, start + len(span), "ORG")
    assert text[a:b] == expected
