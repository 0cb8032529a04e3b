"""Review of c33b (issue 17, rvc33b) on invented English news: a description of one kind does not
take up a product whose maker makes only another kind ("Airbus unveiled the Airbus A390. The car
park was full. The car was towed away": no car), "the model" takes up no product when a person is
named between them (a fashion model maybe), and a bare one-word name that an apposition opened by
an indefinite article describes does not join the longer product name it ends ("the Ford Aurora
... Aurora, a town in Illinois": two entities). A row of DESCRIPTIONS is (text, what, kind, expected) as in
:func:`tests.extract.coref_chains.check_holder`. Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder

pytestmark = pytest.mark.slow


DESCRIPTIONS = [
    # a plane maker's product is no car, a carmaker's no plane
    ("Airbus unveiled the Airbus A390 on Monday. The car park at Toulouse was full. The car was towed away.", "The car", "nominal", None),
    ("Embraer presented the Embraer E295 in Paris. The vehicle carrying the crew was late.", "The vehicle", "nominal", None),
    ("Gulfstream showed the Gulfstream G850 in Geneva. The sedan of a Saudi prince was parked outside.", "The sedan", "nominal", None),
    ("Toyota unveiled the Toyota Corvana 7 in Tokyo. The plane carrying the executives landed late.", "The plane", "nominal", None),
    # a fashion model named between the product and "the model"
    ("Apple released the iPhone 20 on Friday. Naomi Campbell posed with it. The model said it was light.", "The model", "nominal", None),
    ("Zorbatech launched the Zorbaphone 8 in Milan. Lena Varga showed it on the catwalk. The model smiled.", "The model", "nominal", None),
    # unchanged: the kind agrees, or no person between
    ("Toyota unveiled the Toyota Corvana 7 in Tokyo. The car will cost 30,000 dollars.", "The car", "nominal", "the Toyota Corvana"),
    ("Airbus unveiled the Airbus A390 superjumbo. The model will enter service in 2030.", "The model", "nominal", "Airbus A390"),
    ("Renault launched the Renault Zelia in Paris. The Zelia is electric. The car costs 20,000 euros.", "The car", "nominal", "the Renault Zelia"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), DESCRIPTIONS)
def test_descriptions_of_another_kind(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


SHORT_NAMES = [
    ("Ford recalled the Ford Aurora on Monday. Aurora, a town in Illinois, hosts a Ford plant.", "the Ford Aurora", "Aurora", False),
    ("Hyundai recalled the Hyundai Calder on Friday. Calder, a supplier of brakes, denied any fault.", "the Hyundai Calder", "Calder", False),
    # unchanged: no apposition
    ("Ford recalled the Ford Aurora on Monday. The Aurora had a faulty brake.", "the Ford Aurora", "The Aurora", True),
]


@pytest.mark.parametrize(("text", "long", "short", "same"), SHORT_NAMES)
def test_short_name_determiner(text: str, long: str, short: str, same: bool) -> None:
    result = analyse_english(text)
    chains = [{m.text for m in e.mentions} for e in result.entities]
    assert any(long in c and short in c for c in chains) == same, chains
