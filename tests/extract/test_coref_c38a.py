"""Within-document coreference of a title said again and of a pair of people counted, on invented
English news (issue 17, c38a).

"Chief Executive Sarah Blunt said ... Finance Director Tom Ames said ... The chief executive told
staff": a definite description that says a person's whole title again ("the chief executive",
"the foreign minister") takes up the one person the text titled so before it, however less
salient or further back than another person (``_PersonTitles``). The guards keep what must not
change: two people of one title, "the minister" after "Minister X" and "Foreign Minister Y", a
role with another owner ("the chief executive of Vexal Corp"), a former title. "John Ward and
Peter Lang were arrested ... Both men denied": a definite or "both" phrase of a person noun
counting two takes up the coordination of two people's names, not an indefinite one ("Two men
were later released") nor one of another gender ("Anna Berg and Tom Holm ... Both women"). A row
of the reference tables is (text, what, kind, expected) as in
:func:`tests.extract.coref_chains.check_holder`. Every text is invented for these tests; the real
models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder

pytestmark = pytest.mark.slow


TITLE_CASES = [
    # business: the title inside the name, another titled person more salient in between
    ("LONDON, June 9 - Chief Executive Sarah Blunt said on Tuesday that Harlow Bank would cut 3,000 jobs. "
     "Finance Director Tom Ames said costs would fall. The chief executive told staff in a memo that the cuts would be spread over three years.",
     "The chief executive", "nominal", "Chief Executive Sarah Blunt"),
    # ... an organisation named in the titled person's own sentence
    ("LONDON, June 9 - Chief Executive Sarah Blunt said on Tuesday that Harlow Bank would cut 3,000 jobs. "
     "The chief executive told staff in a memo that the cuts would be spread over three years.",
     "The chief executive", "nominal", "Chief Executive Sarah Blunt"),
    # diplomacy: two ministers, the modifier tells which
    ("PARIS, June 9 - Foreign Minister Claire Duval met Defence Minister Luc Moreau on Tuesday. "
     "The foreign minister said France would send more aid to the region.", "The foreign minister", "nominal", "Claire Duval"),
    ("BERLIN, Oct 2 - Finance Minister Karl Weber met Interior Minister Jonas Brandt on Monday. "
     "The interior minister said border checks would stay.", "The interior minister", "nominal", "Jonas Brandt"),
    # politics: a title of two words against one of its last word
    ("ATLANTA, May 2 - Lieutenant Governor Ann Cole and Governor Tom Hale clashed on Tuesday over the budget. "
     "The lieutenant governor said schools needed more money.", "The lieutenant governor", "nominal", "Lieutenant Governor Ann Cole"),
    # health
    ("WASHINGTON, April 3 - Health Secretary Maria Lopez met Labor Secretary James Ford on Monday. "
     "The health secretary said hospitals would get more staff.", "The health secretary", "nominal", "Maria Lopez"),
]

TITLE_GUARDS = [
    # two people of one title
    ("Governor Ann Lee and Governor Bill Tate met on Tuesday. The governor said the states would share costs.",
     "The governor", "nominal", None),
    # "the minister" after a minister and a foreign minister
    ("Minister Paul Grant met Foreign Minister Anna Weiss on Monday. The minister said trade would grow.",
     "The minister", "nominal", None),
    # another owner of the role
    ("Chief Executive Sarah Blunt met analysts on Monday. The chief executive of Vexal Corp said he disagreed.",
     "The chief executive of Vexal Corp", "nominal", None),
    # unchanged: "the governor" is no lieutenant governor
    ("ATLANTA, May 2 - Lieutenant Governor Ann Cole and Governor Tom Hale clashed on Tuesday over the budget. "
     "The governor said schools had enough money.", "The governor", "nominal", "Governor Tom Hale"),
    # unchanged: a former governor and the governor
    ("Former Governor Ann Lee spoke on Tuesday. Governor Tom Hale signed the bill. The governor said it would save money.",
     "The governor", "nominal", "Governor Tom Hale"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), TITLE_CASES + TITLE_GUARDS)
def test_a_title_said_again(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


PAIR_CASES = [
    # courts
    ("John Ward and Peter Lang were arrested on Friday. Both men denied the charges.", "Both men", "John Ward and Peter Lang", True),
    ("LONDON, June 2 - Police charged Mark Evans and David Short with fraud on Tuesday. The two men will appear in court on Friday.",
     "The two men", "Mark Evans and David Short", True),
    # accidents: two women
    ("NAIROBI, May 2 - Gunmen kidnapped aid workers Anna Berg and Lisa Holm on Sunday. The two women were freed on Wednesday.",
     "The two women", "Anna Berg and Lisa Holm", True),
    # the later coordination of two
    ("Anna Berg and Lisa Holm met John Ward and Peter Lang on Friday. The two men said the talks went well.",
     "The two men", "John Ward and Peter Lang", True),
]

PAIR_GUARDS = [
    # an indefinite phrase may be other men
    ("John Ward and Peter Lang were arrested on Friday. Two men were later released.", "Two men", "John Ward and Peter Lang", False),
    # a man among them
    ("Anna Berg and Tom Holm were injured in the crash. Both women were taken to hospital.", "Both women", "Anna Berg and Tom Holm", False),
    # three named, two counted
    ("Police arrested John Ward, Peter Lang and Sam Cole on Friday. The two men denied the charges.",
     "The two men", "Peter Lang and Sam Cole", False),
]


@pytest.mark.parametrize(("text", "phrase", "group", "same"), PAIR_CASES + PAIR_GUARDS)
def test_a_pair_of_people_counted(text: str, phrase: str, group: str, same: bool) -> None:
    result = analyse_english(text)
    chains = [[r.text for r in c.mentions] for c in result.unnamed]
    assert any(phrase in c and group in c for c in chains) == same, chains


SPEAKER_CASES = [
    # courts: the lawyer who spoke, not the client his clause reported
    ("NEW YORK, Jan 8 - Prosecutors accused banker Ian Short of hiding $5 million from investors. "
     "Short's lawyer, Mike Dale, said his client was innocent. He said Short would fight the charges.", "He", "pronoun", "Mike Dale"),
    ("BOSTON, April 9 - Doctors at Mercy Hospital treated Paul Nash for burns after the fire. "
     "His lawyer, Adam Reed, said his client was recovering. He said Nash would sue the landlord.", "He", "pronoun", "Adam Reed"),
    ("MIAMI, June 3 - A jury convicted developer Carlos Vega of bribery on Friday. "
     "His attorney, Neil Stone, said his client would appeal. He told reporters the verdict was unjust.", "He", "pronoun", "Neil Stone"),
]

SPEAKER_GUARDS = [
    # a "he" that does not speak: either man
    ("NEW YORK, Jan 8 - Prosecutors accused banker Ian Short of hiding $5 million from investors. "
     "Short's lawyer, Mike Dale, said his client was innocent. He had been arrested in May.", "He", "pronoun", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), SPEAKER_CASES + SPEAKER_GUARDS)
def test_he_who_speaks_is_the_speaker(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
