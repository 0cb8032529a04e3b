"""Within-document coreference of groups, relative clauses, predicate nominals, first persons in
quotations and impersonal "it", on invented English news (issue 17, c35a).

"The union that represents their workers": a relative clause in the singular says its head is one
thing, which "their" is not. "The two companies ... Both firms", "the two banks ... The pair",
"Valtron and Perrin ... The pair": "both" presupposes the pair said before, and "the pair" takes
up the group of two said just before. "Banco Hesperia is the largest lender in Spain, and the bank
said it ...": a name the recogniser read as a person's, with no given name or title, is what its
organisation predicate or apposition says, for the descriptions and pronouns after it. "Valtron
chief executive Martha Keane" speaks for Valtron: her "we" is Valtron's, also when the role names
the company by the first word of its name ("Kestrel chief executive" of Kestrel Motors). "It was
not clear when demand would recover" asks a question: no "it" of an entity. A row of the
description tables is (text, what, kind, expected) as in
:func:`tests.extract.coref_chains.check_holder`; a row of the group tables is (text, first,
second, same) as in :func:`tests.extract.coref_chains.check_same_chain`. Every text is invented
for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder, check_same_chain

pytestmark = pytest.mark.slow


RELATIVE_CASES = [
    # business: the union of the two companies named before
    ("Valtron and Perrin employ 9,000 people. The union that represents their workers said it would seek guarantees.",
     "their", "possessive", "~Valtron and Perrin"),
]

RELATIVE_GUARDS = [
    # a plural head: its own clause's "their"
    ("The rebels, who lost their leader last week, said they would fight on.", "their", "possessive", "~The rebels"),
    # sport: a team with a plural verb
    ("The team, who have lost their last two games, sacked the coach.", "their", "possessive", "~The team"),
    # the clause's head is the company: "its"
    ("The company that owns the building said its tenants would stay.", "its", "possessive", "~The company"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), RELATIVE_CASES + RELATIVE_GUARDS)
def test_plural_possessive_in_a_singular_relative_clause(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


GROUP_CASES = [
    # business: "both" takes up the pair counted before
    ("The two companies employ about 9,000 people. Both firms have plants in Ohio.", "The two companies", "Both firms", True),
    # banking: "the pair" after a phrase counting two
    ("Analysts said the two banks were in a difficult position. The pair have lost a third of their market value.",
     "the two banks", "The pair", True),
    # business: "the pair" after a coordination of two names
    ("Valtron and Perrin Controls said they would merge. The pair employ 9,000 people.", "Valtron and Perrin Controls", "The pair", True),
    # courts: two people
    ("Judges fined Mark Hale and Peter Dunn on Monday. The pair had sold fake watches.", "Mark Hale and Peter Dunn", "The pair", True),
]

GROUP_GUARDS = [
    # another pair said between: the nearest one
    ("The two banks reported losses. Regulators met the two firms on Monday. The pair agreed to raise capital.",
     "The two banks", "The pair", False),
    # a pair of things is a thing of its own
    ("She bought a pair of shoes. The pair cost $300.", "a pair", "The pair", True),
    # three, not two
    ("The three banks reported losses. The pair of analysts who cover them were not surprised.", "The three banks", "The pair", False),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), GROUP_CASES + GROUP_GUARDS)
def test_group_of_two(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)


PREDICATE_CASES = [
    # banking: a name read as a person's, a copula naming a lender, a description in the same sentence
    ("Banco Hesperia is the largest lender in Spain, and on Monday the bank said it would cut 3,000 jobs.",
     "the bank", "nominal", "Banco Hesperia"),
    ("Banco Hesperia is the largest lender in Spain, and on Monday the bank said it would cut 3,000 jobs.",
     "it", "pronoun", "Banco Hesperia"),
    # the pronoun of the next sentence: not the country
    ("Banco Hesperia is the largest lender in Spain. On Monday the bank said it would cut 3,000 jobs.",
     "it", "pronoun", "Banco Hesperia"),
]

PREDICATE_GUARDS = [
    # a person with a role: "she" stays hers, "the bank" is not her
    ("Sarah Vance is the lender's chief executive. She said the bank would cut jobs.", "She", "pronoun", "Sarah Vance"),
    # a company named as such: unchanged
    ("Norland Capital is the largest lender in Sweden. On Monday the bank said it would cut 3,000 jobs.",
     "the bank", "nominal", "Norland Capital"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), PREDICATE_CASES + PREDICATE_GUARDS)
def test_organisation_predicate_of_a_name(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


QUOTE_CASES = [
    # business: the company's name before the speaker's role
    ('"We are buying a business we have admired for decades," said Valtron chief executive Martha Keane. "Our customers will'
     ' get more choice."', "We", "pronoun", "Valtron"),
    # the role names the company by the first word of its name
    ('Kestrel Motors and Arden Automotive said on Tuesday they would build electric cars together. "This is a great day for'
     ' our company," Kestrel chief executive Linda Novak said.', "our", "possessive", "Kestrel Motors"),
]

QUOTE_GUARDS = [
    # "I" stays the speaker's
    ('"I am proud of the team," said Valtron chief executive Martha Keane.', "I", "pronoun", "Martha Keane"),
    # a first word two companies share: no guess
    ('Kestrel Motors and Kestrel Bank said on Tuesday they would work together. "This is a great day for our company," Kestrel'
     ' chief executive Linda Novak said.', "our", "possessive", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), QUOTE_CASES + QUOTE_GUARDS)
def test_first_person_of_a_role_before_the_name(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


IMPERSONAL_CASES = [
    # business: "it" of a question hung on the verb as an adverbial clause
    ("Redwing Airlines lost $40 million in the quarter. It said it was not clear when demand would recover.", "it", "pronoun", None),
    ("Norland Capital cut its forecast on Monday. The bank said it was unknown how many branches would close.", "it", "pronoun", None),
]

IMPERSONAL_GUARDS = [
    # an adjective that asks nothing: the plane
    ("The new plane arrived in Seattle on Monday. It was clean when it landed.", "It", "pronoun", "~The new plane"),
    # a company's own "it" after the question: still the company
    ("Redwing Airlines lost $40 million in the quarter. It said it was unclear whether it would meet its target.",
     "its", "possessive", "Redwing Airlines"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), IMPERSONAL_CASES + IMPERSONAL_GUARDS)
def test_it_of_a_question(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
