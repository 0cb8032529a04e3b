"""Review of c35a (issue 17, rvc35): groups of two, "both" and the first word of a company's name,
on invented English news.

"Mark Hale and Peter Dunn were arrested in Leeds and Bradford. The pair ...": "the pair" takes up
the two men, never a coordination of places, which lies between freely. "A pair of analysts ...
The pair": the pair said before, not an earlier "two firms". "The five airlines ... Both airlines
based in Dublin": "both" counts two, so it never takes up a phrase counting another number. "The
Washington Post ... The chief executive of Valtron": a determiner opening a name is no short form
of it before a role. "Obinna Eze, a contractor for the state oil company, said he": a trade a person
has as often as a firm never makes the name an organisation. A row of the group tables is (text,
first, second, same) as in :func:`tests.extract.coref_chains.check_same_chain`; a row of the other
tables is (text, what, kind, expected) as in :func:`tests.extract.coref_chains.check_holder`. Every
text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder, check_same_chain

pytestmark = pytest.mark.slow


PAIR_CASES = [
    # courts: a coordination of towns between the two men and "the pair"
    ("Mark Hale and Peter Dunn were arrested in Leeds and Bradford on Friday. The pair had sold fake watches.",
     "Mark Hale and Peter Dunn", "The pair", True),
    ("Mark Hale and Peter Dunn were arrested in Leeds and Bradford on Friday. The pair had sold fake watches.",
     "Leeds and Bradford", "The pair", False),
    # crime: a phrase counting two, then towns
    ("Police said the two men fled to Leeds and Bradford. The pair were caught near Dover on Sunday.",
     "the two men", "The pair", True),
    # markets: "a pair of analysts" said between
    ("The two firms reported losses. A pair of analysts at Arden Bank cut their forecasts. The pair said demand was weak.",
     "A pair", "The pair", True),
    ("The two firms reported losses. A pair of analysts at Arden Bank cut their forecasts. The pair said demand was weak.",
     "The two firms", "The pair", False),
]

PAIR_GUARDS = [
    # no place between: still the nearest pair
    ("Police said the two men fled in a stolen car. The pair were caught near Dover on Sunday.", "the two men", "The pair", True),
    ("Valtron and Perrin Controls said they would merge. The pair employ 9,000 people.", "Valtron and Perrin Controls", "The pair", True),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), PAIR_CASES + PAIR_GUARDS)
def test_pair_skips_places_and_other_pairs(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)


BOTH_CASES = [
    # aviation: five, then "both" of a subset
    ("The five airlines lost money in 2020. Both airlines based in Dublin asked for state aid.", "The five airlines", "Both airlines", False),
    # labour: four unions, two of them
    ("The four unions called a strike. Both unions representing drivers said they would join.", "The four unions", "Both unions", False),
    # banking: a number without a determiner
    ("Three banks bid for the lender. Both banks that reached the final round are Spanish.", "Three banks", "Both banks", False),
]

BOTH_GUARDS = [
    # two, then both: one group
    ("The two companies said the talks were going well. Both companies expect a deal by June.", "The two companies", "Both companies", True),
    ("Valtron sold two plants in Ohio last year. Both plants had lost money since 2018.", "two plants", "Both plants", True),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), BOTH_CASES + BOTH_GUARDS)
def test_both_counts_two(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)


QUOTE_CASES = [
    # media: "The" opens a newspaper's name, and "The chief executive of Valtron" names Valtron
    ('The Washington Post reported the deal on Tuesday. The chief executive of Valtron, Linda Novak, said: "We are delighted."',
     "We", "pronoun", "Valtron"),
]

QUOTE_GUARDS = [
    # the first word of a company's name before the role: still that company
    ('Kestrel Motors and Arden Automotive said on Tuesday they would build electric cars together. "This is a great day for'
     ' our company," Kestrel chief executive Linda Novak said.', "our", "possessive", "Kestrel Motors"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), QUOTE_CASES + QUOTE_GUARDS)
def test_determiner_is_no_short_name(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


TRADE_CASES = [
    # energy: a contractor may be a person, whom "he" then takes up
    ("Obinna Eze, a contractor for the state oil company, said he had not been paid.", "he", "pronoun", "Obinna Eze"),
]

TRADE_GUARDS = [
    # a lender named like a person is still the bank the description takes up
    ("Banco Hesperia is the largest lender in Spain. On Monday the bank said it would cut 3,000 jobs.",
     "the bank", "nominal", "Banco Hesperia"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), TRADE_CASES + TRADE_GUARDS)
def test_trade_of_a_person_keeps_the_name_a_person(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
