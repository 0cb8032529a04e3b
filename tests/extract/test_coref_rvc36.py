"""Review of c36a's English coreference rules on invented news (issue 17, rvc36).

"Ruth Vane succeeded Tom Gale as president . The president said": a verb of taking over a post
(``coref_succession_verbs``) gives the role of its "as" phrase to its subject, not to the person
who gave it up; a verb of leaving it (``coref_handover_words``: "Pete Marlow was sacked as coach")
gives no one the post. "The club signed two strikers . They will join": a plural phrase in reach is
"they" before a singular body of people (``coref_plural_collectives``), however salient the body.
A row of the role table is (text, what, kind, expected) as in
:func:`tests.extract.coref_chains.check_holder`; a row of the group table is (text, first,
second, same) as in :func:`tests.extract.coref_chains.check_same_chain`. Every text is invented
for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder, check_same_chain

pytestmark = pytest.mark.slow


SUCCESSION_CASES = [
    # business: the newcomer is the chief executive, not the one he replaced
    ("Mark Ivey replaced Anna Rolt as chief executive of Voss Bank. The chief executive said profits would rise.",
     "The chief executive", "nominal", "Mark Ivey"),
    # sport federations: "succeeded ... as president"
    ("Ruth Vane succeeded Tom Gale as president of the federation on Monday. The president thanked members.",
     "president", "appositive", "Ruth Vane"),
]

LEFT_POST_CASES = [
    # sport: a post he was sacked from is the next coach's
    ("Pete Marlow was sacked as coach on Monday. Dan Pell replaced him. The coach said he wanted a fresh start.",
     "The coach", "nominal", None),
    # politics: resigned from
    ("Lena Dorsey resigned as chairwoman of the party on Friday. The chairwoman will be chosen in May.", "chairwoman", "appositive", None),
]

SUCCESSION_GUARDS = [
    # an appointment still gives the object the role
    ("Harlow Rovers appointed Dan Pell as coach on Friday. The coach said he was proud.", "coach", "appositive", "Dan Pell"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), SUCCESSION_CASES + LEFT_POST_CASES + SUCCESSION_GUARDS)
def test_succession_gives_the_subject_the_role(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


COLLECTIVE_CASES = [
    # sport: the players signed, not the club
    ("The club signed two strikers on Monday. They will join in July.", "two strikers", "They", True),
    ("The team signed three young players on Monday. They arrived from Brazil last week.", "The team", "They", False),
]

COLLECTIVE_GUARDS = [
    # no plural phrase in reach: the body of people
    ("The squad lost 2-0 in Lyon on Sunday. They will face Porto next week.", "The squad", "They", True),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), COLLECTIVE_CASES + COLLECTIVE_GUARDS)
def test_plural_phrase_before_a_body_of_people(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)
