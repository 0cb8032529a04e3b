"""Within-document coreference of products, models, aircraft, vehicles and programmes on invented
English news (issue 17, c33b).

"General Motors will build the Chevrolet Voltra 3 in Michigan. The car will cost $35,000": a
definite description whose head names a car, a vehicle or a product model ("the car", "the
vehicle", "the sedan", "the new model") takes up the product named before it, as "the plane" and
"the phone" already did; "the double-decker" and "the widebody" are planes. "The Talon X-9
programme ... The program": the two spellings of a programme are one head. "The Quellon Nimbus ...
The Nimbus": a product's one-word name that ends a longer product name read before it is that
product, its brand dropped. The guards keep apart two products named before ("the iPhone 9 and the
iPad 6 ... the device"), a plane that is another one, "the car market", "the phone market", a
business model, a product named only after the description, and two products that end alike.
A row of the CASES and GUARDS is (text, what, kind, expected) as in
:func:`tests.extract.coref_chains.check_holder`. Every text is invented for these tests; the real
models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder, check_same_chain

pytestmark = pytest.mark.slow


CASES = [
    # a car, a vehicle, a sedan, a model
    ("General Motors will build the Chevrolet Voltra 3 in Michigan. The car will cost 35,000 dollars.",
     "The car", "nominal", "the Chevrolet Voltra"),
    ("Kia showed the Kia Soul 5 in Detroit on Tuesday. The car goes on sale in March.", "The car", "nominal", "the Kia Soul"),
    ("Kia showed the Kia Soul 5 in Detroit on Tuesday. The sedan goes on sale in March.", "The sedan", "nominal", "the Kia Soul"),
    ("Halvorsen Motors recalled the Kia Soul 5 on Monday. The vehicle has a faulty brake.", "The vehicle", "nominal", "the Kia Soul"),
    ("Ford said the Ford Ranger 5 would cost less than its rivals. The model has four doors.",
     "The model", "nominal", "the Ford Ranger 5"),
    ("Boeing showed the Boeing 797 in Seattle on Monday. Analysts said the new model would sell well.",
     "the new model", "nominal", "the Boeing 797"),
    ("Apple introduced the iPhone 9 on Wednesday. Analysts said the new model would sell well.",
     "the new model", "nominal", "the iPhone 9"),
    ("Apple introduced the iPhone 9 on Wednesday. Analysts said the new model would sell well. Its battery lasts two days.",
     "Its", "possessive", "the iPhone 9"),
    # a plane by its shape
    ("Airbus unveiled the Airbus A390 on Tuesday. The double-decker will fly in 2029.",
     "The double-decker", "nominal", "the Airbus A390"),
    ("Airbus unveiled the Airbus A390 on Tuesday. The double-decker will fly in 2029, and its engines are quieter.",
     "its", "possessive", "the Airbus A390"),
    ("Airbus unveiled the Airbus A390 on Tuesday. The widebody will fly in 2029.", "The widebody", "nominal", "the Airbus A390"),
    # a product's name without its brand, then a description of it
    ("General Motors will build the Chevrolet Voltra in Michigan. The Voltra is an electric car. The car will cost 35,000 dollars.",
     "The car", "nominal", "the Chevrolet Voltra"),
    ("Quellon launched the Quellon Nimbus on Wednesday. The Nimbus has a larger screen. The phone will ship in June.",
     "The phone", "nominal", "the Quellon Nimbus"),
]

GUARDS = [
    # two products named before: no guess
    ("Apple introduced the iPhone 9 and the iPad 6 on Wednesday. The device will ship in June.", "The device", "nominal", None),
    # a plane that is another one, named in between
    ("Pelican Air grounded its Airbus A390 fleet on Monday. A Boeing 797 landed in Dubai. The plane carried 300 passengers.",
     "The plane", "nominal", "Boeing 797"),
    # the market of a kind, a business model, a model named after the description
    ("Apple introduced the iPhone 9 on Wednesday. The phone market shrank by 4 percent.", "The phone market", "nominal", None),
    ("Kia showed the Kia Soul 5 in Detroit. The car market shrank by 3 percent.", "The car market", "nominal", None),
    ("Halvorsen Motors said its business model was sound. The model relies on leasing.", "The model", "nominal", None),
    ("Kate Moss met Apple executives on Monday. The model said she liked the iPhone 9.", "The model", "nominal", None),
    # a plane described as one is no car
    ("Airbus unveiled the Airbus A390 superjumbo on Tuesday. A journalist said the car was late.", "the car", "nominal", None),
    # an indefinite car is another car
    ("Nissan showed the Nissan Leaf 4 in Tokyo. A car driven by a teenager crashed into a shop. The car was destroyed.",
     "The car", "nominal", "~A car"),
    # a plane and a phone already taken up (unchanged)
    ("Boeing showed the Boeing 797 in Seattle on Monday. The 797 will replace the 767. The jet is lighter.",
     "The jet", "nominal", "the Boeing 797"),
    ("Apple introduced the iPhone 9 on Wednesday. The phone has a larger screen. The device will ship in June.",
     "The device", "nominal", "the iPhone 9"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), CASES + GUARDS)
def test_product_descriptions(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


PROGRAMMES = [
    ("Lockheed Martin said the Talon X-9 programme was on schedule. The program has cost 40 billion dollars.",
     "the Talon X-9 programme", "The program", True),
    ("The Pentagon cut the budget of its drone programme on Monday. The program has cost 40 billion dollars.",
     "drone programme", "The program", True),
    # a programme and another head stay apart
    ("Lockheed Martin said the Talon X-9 programme was on schedule. The project has cost 40 billion dollars.",
     "the Talon X-9 programme", "The project", False),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), PROGRAMMES)
def test_programme_spellings(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)


SHORT_NAMES = [
    ("General Motors will build the Chevrolet Voltra in Michigan. The Voltra is an electric car.",
     "the Chevrolet Voltra", "The Voltra", True),
    ("Quellon launched the Quellon Nimbus on Wednesday. The Nimbus has a larger screen.", "the Quellon Nimbus", "The Nimbus", True),
    # two products end alike: no guess
    ("Quellon launched the Quellon Nimbus and the Zorba Nimbus on Wednesday. The Nimbus has a larger screen.",
     "the Quellon Nimbus", "The Nimbus", False),
]


@pytest.mark.parametrize(("text", "long", "short", "same"), SHORT_NAMES)
def test_product_name_without_brand(text: str, long: str, short: str, same: bool) -> None:
    result = analyse_english(text)
    chains = [{m.text for m in e.mentions} for e in result.entities]
    assert any(long in c and short in c for c in chains) == same, chains
