"""Review of c38a (rvc38): a title said again and a pair of people counted, on invented English
news.

"Deputy Prime Minister Tom Ames ... The prime minister": a title whose last words follow a word
naming another office ("deputy", "assistant", "shadow") gives the person no title of those last
words. "Chief Executive Sarah Blunt met Tom Ames, the chief executive of Vexal Corp": a person the
text gives the same title otherwise (in small letters before the name, in an apposition) is a
second holder, so "the chief executive" is no longer Blunt's alone. "Mayor Ann Lee and Senator Tom
Hale visited the plant. The workers cheered": a plural person noun with no count ("the workers",
"the officials") takes up no coordination of people, and "the two men" no pair with a company.
Every text is invented for these tests; the
real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder, named_holder

pytestmark = pytest.mark.slow


NOT_THEIRS = [
    # a deputy, an assistant, a shadow holds no office of the title's last words
    ("Deputy Prime Minister Tom Ames met reporters on Monday. Health Minister Ann Lee said hospitals needed money. "
     "The prime minister said the budget would be balanced.", "The prime minister", "Tom Ames"),
    ("Assistant Health Secretary Mark Dunn visited the clinic. Labor Secretary Ann Lee spoke later. "
     "The health secretary promised more nurses.", "The health secretary", "Mark Dunn"),
    ("Shadow Foreign Secretary Paul Kerr attacked the plan on Monday. Trade Secretary Ann Lee defended it. "
     "The foreign secretary said talks with Brussels would resume.", "The foreign secretary", "Paul Kerr"),
    # another holder of the title: an apposition, a title in small letters
    ("Chief Executive Sarah Blunt of Harlow Bank met Tom Ames, the chief executive of Vexal Corp, on Monday. "
     "The chief executive said the two banks would cooperate.", "The chief executive", "Sarah Blunt"),
    ("Harlow Bank Chief Executive Sarah Blunt met Vexal chief executive Tom Ames on Monday. "
     "The chief executive said a merger was not planned.", "The chief executive", "Sarah Blunt"),
    ("Chief Executive Sarah Blunt met Tom Ames, Vexal's chief executive, on Monday. "
     "The chief executive said the deal was close.", "The chief executive", "Sarah Blunt"),
]


@pytest.mark.parametrize(("text", "what", "other"), NOT_THEIRS)
def test_a_title_not_said_again(text: str, what: str, other: str) -> None:
    result = analyse_english(text)
    holder = named_holder(result, what, "nominal")
    chains = {e.label: sorted({r.text for r in e.references}) for e in result.entities}
    assert holder is None or holder.label != other, chains


STILL_THEIRS = [
    # a former holder in an apposition is no second one
    ("Tom Hale, the former governor, attended the ceremony. Governor Ann Lee signed the bill. Senator Mark Dunn praised it. "
     "The governor said it would save money.", "The governor", "nominal", "Governor Ann Lee"),
    # an apposition of another title
    ("Chief Executive Sarah Blunt met Tom Ames, Vexal's finance director, on Monday. Ames said the deal was close. "
     "The chief executive said talks would go on.", "The chief executive", "nominal", "Chief Executive Sarah Blunt"),
    # an acting chief executive is the chief executive; a deputy governor is not the governor
    ("Acting Chief Executive Sarah Blunt said Harlow Bank would cut jobs. Finance Director Tom Ames said costs would fall. "
     "The chief executive said the cuts were painful.", "The chief executive", "nominal", "Sarah Blunt"),
    ("Former Chief Executive Tom Ames testified on Monday. Chief Executive Ann Lee spoke on Tuesday. "
     "The chief executive said the bank had changed.", "The chief executive", "nominal", "Chief Executive Ann Lee"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), STILL_THEIRS)
def test_a_title_still_said_again(text: str, what: str, kind: str, expected: str) -> None:
    check_holder(text, what, kind, expected)


PEOPLE = [
    # a person noun with no count: others
    ("Mayor Ann Lee and Senator Tom Hale visited the car plant on Monday. The workers cheered when they arrived.",
     "The workers", "Mayor Ann Lee and Senator Tom Hale", False),
    ("Tom Hale and Sam Ward met reporters at the plant. The officials said safety would improve.",
     "The officials", "Tom Hale and Sam Ward", False),
    # a company and a man are no two men
    ("Valtron Systems and Tom Hale settled the lawsuit on Monday. The two men shook hands outside the court.",
     "The two men", "Valtron Systems and Tom Hale", False),
    ("Tom Hale and Valtron Systems Inc settled their dispute on Monday. Both men said they were pleased.",
     "Both men", "Tom Hale and Valtron Systems Inc", False),
    # the count said: the pair
    ("Police arrested Tom Hale and Sam Ward on Friday. The two suspects were released on bail on Sunday.",
     "The two suspects", "Tom Hale and Sam Ward", True),
]


@pytest.mark.parametrize(("text", "phrase", "group", "same"), PEOPLE)
def test_people_counted_or_not(text: str, phrase: str, group: str, same: bool) -> None:
    result = analyse_english(text)
    chains = [[r.text for r in c.mentions] for c in result.unnamed]
    assert any(phrase in c and group in c for c in chains) == same, chains
