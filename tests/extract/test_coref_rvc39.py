"""Review of c39a (issue 17, rvc39): the parts a verb gives, nationality adjectives and pairs of
people, on invented English news. "The suspect" is no named person arrested when an unnamed one
("a second man", "a 19-year-old man" beside the name) was arrested too, nor "the lorry driver" a
named person driving; "the victim" no politician "attacked" when a woman was stabbed;
"The Irish", "The Dutch" (adjectives with a person noun of their own) are a people, never one
person; "The Australian government said Jack Wills" gives Wills no country; "the brothers of
the victim" and "the brothers" after two names of two families are not that pair. A row of the
reference tables is (text, what, kind, expected) as in :func:`tests.extract.coref_chains.check_holder`.
Every text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder

pytestmark = pytest.mark.slow


REFERENCE_CASES = [
    # an unnamed person given the part too: "the suspect" may be either
    ("LEEDS, Aug 2 - Police arrested Tom Ray on Monday over a burglary in Headingley.\n\n"
     "On Tuesday a second man was arrested in Bradford.\n\nThe suspect, 19, was released on bail.", "The suspect", "nominal", None),
    ("LONDON, June 4 - Opposition leader Mark Hale attacked Prime Minister Joan Ellis over rising crime on Wednesday.\n\n"
     "A woman was stabbed in Croydon hours later. The victim, 34, is in a stable condition.", "The victim", "nominal", None),
    ("LONDON, May 2 - Prosecutors charged Neil Barr and a 19-year-old man on Friday.\n\n"
     "The defendant will appear in court on Monday.", "The defendant", "nominal", None),
    # a driver of another vehicle
    ("BRISTOL, Nov 1 - Tom Ray was driving home when a lorry hit his car on the A38.\n\n"
     "The lorry driver was unhurt, police said.", "The lorry driver", "nominal", None),
    # a people or a team, never one person
    ("LONDON, Sept 4 - Irish jockey Sean Walsh rode three winners on Saturday.\n\nThe Irish celebrated in the stands.",
     "The Irish", "nominal", None),
    # the adjective is the government's, not the name's
    ("CANBERRA, Sept 4 - The Australian government said Jack Wills of Perth would lead the inquiry.\n\n"
     "The Australian said he would report in May.", "The Australian", "nominal", None),
    ("BEIJING, Sept 4 - Chinese police detained Mark Ellis on Monday, his family said.\n\n"
     "The Chinese said he had broken no law.", "The Chinese", "nominal", None),
    # must not change: one named suspect (an unnamed victim besides), an age, an adjective before a title
    ("LONDON, Aug 7 - Officers arrested Dan Cope on Friday after a man was stabbed in Soho.\n\n"
     "The suspect was held overnight.", "The suspect", "nominal", "Dan Cope"),
    ("LONDON, Aug 7 - Officers arrested Dan Cope, 22, on Friday in Soho.\n\n"
     "The 22-year-old suspect was held overnight.", "The 22-year-old suspect", "nominal", "Dan Cope"),
    ("MANCHESTER, Oct 3 - Police said Harry Bell had been detained at the airport.\n\n"
     "The suspect will appear in court on Monday.", "The suspect", "nominal", "Harry Bell"),
    ("ROME, May 2 - Italian coach Marco Conti was sacked by Chelsea on Monday.\n\n"
     "The Italian said he was proud of his players.", "The Italian", "nominal", "Marco Conti"),
    ("GENEVA, March 1 - Swiss banker Paul Meier was charged on Monday.\n\nThe Swiss said he would fight the charges.",
     "The Swiss", "nominal", "Paul Meier"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), REFERENCE_CASES)
def test_who_a_part_or_nationality_takes_up(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


PAIR_CASES = [
    # another pair the words after the noun say
    ("LONDON, Aug 7 - Tom Hale and Mark Ford were arrested on Friday.\n\nThe brothers of the victim said they wanted justice.",
     "The brothers", "Tom Hale and Mark Ford", False),
    ("LONDON, Aug 7 - Police said Tom Hale and Mark Ford, both 19, were arrested.\n\nThe couple next door called the police.",
     "The couple", "Tom Hale and Mark Ford, both 19", False),
    # two families
    ("LEEDS, Aug 7 - Tom Hale and Mark Ford were arrested on Friday.\n\nThe brothers were released on bail.",
     "The brothers", "Tom Hale and Mark Ford", False),
    # must not change
    ("LONDON, Aug 7 - Tom Hale and Anna Hale bought the house in 2001.\n\nThe couple have three children.",
     "The couple", "Tom Hale and Anna Hale", True),
    ("LONDON, Aug 7 - Tom Hale met Anna Berg and Sara Berg on Friday.\n\nThe sisters said they were delighted.",
     "The sisters", "Anna Berg and Sara Berg", True),
]


@pytest.mark.parametrize(("text", "phrase", "group", "same"), PAIR_CASES)
def test_which_pair_of_people(text: str, phrase: str, group: str, same: bool) -> None:
    result = analyse_english(text)
    chains = [[r.text for r in c.mentions] for c in result.unnamed]
    assert any(phrase in c and group in c for c in chains) == same, chains
