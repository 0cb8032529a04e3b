"""Within-document coreference of people a story puts in a situation, of two holders of one
office and of bodies of people taken up by "they", on invented English news (issue 17, c36a).

"Harlow Rovers appointed Pete Marlow as coach . The coach said": a role an "as" phrase of a verb
gives a person is a mention of that person. "Karen Holt, 45, ... The 45-year-old mother of two": a person noun with an age takes up only the
person the text gave that age. "Karen Holt, the victim, ... The victim died", "Police identified the suspect as Dale Price ...
the suspect": a description of a person in a situation (``coref_relational_nouns``) takes up the
one person the text gave that noun, by an apposition or a verb of naming and "as"; never a person
the text did not ("A truck hit a car driven by Karen Holt. The victim"), and no one when two were
given it. "Foreign minister Anna Weiss met defence minister Karl Bauer. The minister said": two
holders of the office in reach, no link. "The team lost 3-0. Their coach said": a body of people
(``coref_plural_collectives``) is "they", unless a plural phrase is near ("The union said its
members would strike. They want"). A row of the description tables is (text, what, kind,
expected) as in :func:`tests.extract.coref_chains.check_holder`; a row of the group table is (text,
first, second, same) as in :func:`tests.extract.coref_chains.check_same_chain`. Every text is
invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder, check_same_chain

pytestmark = pytest.mark.slow


SITUATION_CASES = [
    # accidents: an apposition gave her the noun
    ("Karen Holt, the victim, was driving home from work when a truck hit her car. The victim died in hospital on Saturday.",
     "The victim", "nominal", "Karen Holt"),
    # courts: the noun before the name
    ("The defendant, Tom Breck, pleaded guilty to fraud on Thursday. The judge said the defendant had shown no remorse.",
     "the defendant", "nominal", "Tom Breck"),
    # crime: a verb of naming and "as" gives the noun, active ...
    ("Police identified the suspect as Dale Price on Friday. Officers said the suspect had fled to Ohio.",
     "the suspect", "nominal", "Dale Price"),
    ("Police identified the suspect as Dale Price on Friday. Officers said the suspect had fled to Ohio.",
     "the suspect", "appositive", "Dale Price"),
    # ... or passive
    ("The victim was named as Carl Ames, a 31-year-old teacher. He had been shot twice outside a bar.",
     "The victim", "appositive", "Carl Ames"),
    # health: a civil case
    ("The plaintiff, Rosa Lind, sued the Kenmore Clinic in 2021 over a failed operation. A jury sided with the plaintiff on Monday.",
     "the plaintiff", "nominal", "Rosa Lind"),
]

SITUATION_GUARDS = [
    # the text gave no one the noun
    ("A truck hit a car driven by Karen Holt on Friday. The victim died in hospital.", "The victim", "nominal", None),
    # two people were given it: which one is unsure
    ("Karen Holt, the first victim, and Carl Ames, the second victim, were taken to hospital. The victim died on Saturday.",
     "The victim", "nominal", None),
    # "named ... as" a role, no name
    ("The board named the engineer as its new chief executive on Monday.", "the engineer", "appositive", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), SITUATION_CASES + SITUATION_GUARDS)
def test_person_in_a_situation(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


ROLE_CASES = [
    # sport: a role an "as" phrase gives the object
    ("Harlow Rovers appointed Pete Marlow as coach on Monday. The coach said he wanted to win the league.", "The coach", "nominal", "Pete Marlow"),
    ("Harlow Rovers appointed Pete Marlow as coach on Monday. The coach said he wanted to win the league.", "coach", "appositive", "Pete Marlow"),
    # business: ... or the subject, when the object is no person
    ("Tom Reyes joined Kestrel Motors as chief executive in 2015. The company said on Monday that he would retire.",
     "chief executive", "appositive", "Tom Reyes"),
]

ROLE_GUARDS = [
    # each his own role: the assistant coach is not Pete Marlow
    ("The club appointed Pete Marlow as coach and Dan Hill as assistant coach. The coach said he was pleased.",
     "assistant coach", "appositive", None),
    # a kind, not the role: "as a scout"
    ("Harlow Rovers hired Pete Marlow as a scout in May. The scout said the team needed new players.", "a scout", "appositive", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), ROLE_CASES + ROLE_GUARDS)
def test_role_given_by_as(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


AGE_CASES = [
    # accidents: the age the text gave her
    ("Karen Holt, 45, was killed when a truck hit her car on Friday. The 45-year-old mother of two had been driving home from work.",
     "The 45-year-old mother", "nominal", "Karen Holt"),
    # crime: the age after a reporting verb
    ("Police said Carl Ames, 31, was shot outside a bar on Friday. The 31-year-old teacher died in hospital.",
     "The 31-year-old teacher", "nominal", "Carl Ames"),
]

AGE_GUARDS = [
    # another age: someone else
    ("Tom Hale, 52, said his wife had been hurt in the crash. The 49-year-old teacher was taken to hospital.",
     "The 49-year-old teacher", "nominal", None),
    # no age given: unsure
    ("Karen Holt was killed when a truck hit her car on Friday. The 45-year-old mother of two had been driving home.",
     "The 45-year-old mother", "nominal", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), AGE_CASES + AGE_GUARDS)
def test_aged_person_noun(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


OFFICE_CASES = [
    # politics: two ministers in reach
    ("Foreign minister Anna Weiss met defence minister Karl Bauer on Monday. The minister said the talks had gone well.",
     "The minister", "nominal", None),
]

OFFICE_GUARDS = [
    # two senators coordinated (already unsure)
    ("Senator Ruth Calder and Senator Tom Reyes clashed over the farm bill on Tuesday. The senator said the measure would hurt growers.",
     "The senator", "nominal", None),
    # one senator and a governor: the senator
    ("Senator Ruth Calder met Governor Tom Hale on Monday. The senator said the farm bill would pass.", "The senator", "nominal", "Senator Ruth Calder"),
    # one minister and a banker
    ("Foreign minister Anna Weiss met Karl Bauer, a banker, on Monday. The minister said the talks had gone well.",
     "The minister", "nominal", "Anna Weiss"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), OFFICE_CASES + OFFICE_GUARDS)
def test_two_holders_of_one_office(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


COLLECTIVE_CASES = [
    # sport: "their" of the team
    ("The team lost 3-0 at home on Saturday. Their coach said the players were tired.", "The team", "Their", True),
    # sport: a club appealing
    ("The club said on Monday that they would appeal against the ban.", "The club", "they", True),
    # the squad
    ("The squad flew home on Sunday after the defeat. Their next game is in March.", "The squad", "Their", True),
]

COLLECTIVE_GUARDS = [
    # a plural phrase near: its own
    ("The union said its members would strike on Monday. They want a 5 percent rise.", "The union", "They", False),
    # no body of people
    ("The company said on Monday that they would cut 500 jobs.", "The company", "they", False),
    # "their" of people after the team
    ("The team thanked the fans on Sunday. Their support had been vital, the coach said.", "The team", "Their", False),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), COLLECTIVE_CASES + COLLECTIVE_GUARDS)
def test_body_of_people_as_they(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)
