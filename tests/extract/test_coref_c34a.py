"""Within-document coreference of person descriptions that name no office, of "the former"
office, of surnames, clients and "America", on invented English news (issue 17, c34a).

"Former Senator Thomas Reed was convicted on Friday. The 67-year-old faces prison": an age ("the
67-year-old") or a nationality noun ("the Ghanaian") names no office, so a title or a role the
text gave the one person in reach ("Senator", "Kestrel's chief executive") no longer keeps the
description out of that person's chain; with two people in reach, the untitled one stays the
likelier ("Judge Ann Cole sentenced Tom Hale. The 45-year-old"). "The former senator" takes up a
person the text called a former senator before ("former Senator Thomas Reed", "Robert Lane, a
former chairman of Strand Capital"), never whoever holds the office now ("Tom Hale, the chief
executive of Acme ... The former chief executive said"). A surname written before a namesake is
named in full is the first person's ("John Smith ... Mr. Smith ... his brother, Peter Smith"); "his
client" in a lawyer's words is whom the lawyer acts for; "America" alone is the United States.
A row of the description tables is (text, what, kind, expected) as
in :func:`tests.extract.coref_chains.check_holder`. Every text is invented for these tests; the
real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder

pytestmark = pytest.mark.slow


AGE_CASES = [
    # courts: a titled defendant
    ("A jury in Chicago found former Senator Thomas Reed guilty of bribery on Friday. The 67-year-old was accused of taking"
     " $400,000 from a builder.", "The 67-year-old", "nominal", "Senator Thomas Reed"),
    # business: a chief executive an apposition described
    ("Norvale Motors will cut 2,000 jobs in Europe. Norvale's chief executive, Kenji Sato, said the decision was painful. The"
     " 58-year-old said he had no choice.", "The 58-year-old", "nominal", "Kenji Sato"),
    # sport: a titled coach, named by a nationality
    ("Manager Tom Ellery praised his players after the 3-0 win on Sunday. The Spaniard said the team had improved.",
     "The Spaniard", "nominal", "Manager Tom Ellery"),
]

AGE_GUARDS = [
    # a title no role names (held before too)
    ("Finance Minister Laura Benning resigned on Tuesday after a row over the budget. The 49-year-old had held the post for"
     " three years.", "The 49-year-old", "nominal", "Laura Benning"),
    # two people in reach: the untitled one, as before
    ("Judge Ann Cole sentenced Tom Hale to ten years in prison on Monday. The 45-year-old had admitted fraud.",
     "The 45-year-old", "nominal", "Tom Hale"),
    ("Tom Hale was sentenced to ten years in prison by Judge Ann Cole on Monday. The 45-year-old had admitted fraud.",
     "The 45-year-old", "nominal", "Tom Hale"),
    # an age no person reaches, a plain untitled person: unchanged
    ("Mayor Jane Cole visited the old mill on Monday. The 200-year-old needs a new roof, she said.", "The 200-year-old", "nominal", None),
    ("Frank Delgado agreed to buy the club on Monday. The 54-year-old said he wanted to win the league.",
     "The 54-year-old", "nominal", "Frank Delgado"),
]

FORMER_CASES = [
    # a former title before the name
    ("A jury found former Senator Thomas Reed guilty of bribery on Friday. Reed did not speak after the verdict. The former"
     " senator faces up to 20 years in prison.", "The former senator", "nominal", "Senator Thomas Reed"),
    # a former office in an apposition
    ("Hollis Bank said on Monday that Robert Lane, a former chairman of Strand Capital, would join its board. The former chairman"
     " said he was proud.", "The former chairman", "nominal", "Robert Lane"),
    ("The former chief executive of Calder Systems, Ann Morrow, was charged with fraud on Tuesday. The former chief executive"
     " denied the charges.", "The former chief executive", "nominal", "Ann Morrow"),
    # an "ex-" title
    ("Police questioned ex-Governor Paul Dent on Wednesday about the missing funds. The former governor said he had done"
     " nothing wrong.", "The former governor", "nominal", "Paul Dent"),
]

FORMER_GUARDS = [
    # whoever holds the office now is no former holder
    ("Tom Hale, the chief executive of Acme, met investors on Monday. The former chief executive said the company was in trouble.",
     "The former chief executive", "nominal", None),
    ("Hollis Bank said on Monday that its chairman, Robert Lane, would retire. The former chairman of Strand Capital has led the"
     " bank since 2015.", "The former chairman of Strand Capital", "nominal", None),
    # a former holder of another office
    ("Former Governor Paul Dent endorsed Ann Cole on Monday. The former senator said she would win.", "The former senator", "nominal",
     None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), AGE_CASES + AGE_GUARDS)
def test_age_or_nationality_past_a_title(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


@pytest.mark.parametrize(("text", "what", "kind", "expected"), FORMER_CASES + FORMER_GUARDS)
def test_former_office(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


def _chain_of(text: str, name: str) -> set[str]:
    """The names in the chain of the person whose mentions include ``name``."""
    from tests.extract.coref_chains import analyse_english

    result = analyse_english(text)
    for entity in result.entities:
        names = {m.text for m in entity.mentions}
        if name in names:
            return names
    return set()


# (text, a full name, a surname's mention, whether the surname is in the full name's chain): a
# surname written before a second person of that surname is named in full is the first one's.
SURNAME_CASES = [
    ("John Smith, the chairman of Redfield Energy, resigned on Thursday. Mr. Smith had led the company since 2012. His brother,"
     " Peter Smith, said he was surprised.", "John Smith", "Mr. Smith", True),
    ("Judge Helen Baker jailed a man for fraud on Monday. Baker said the crime had ruined families. The victims included Tom Baker,"
     " a retired teacher.", "Judge Helen Baker", "Baker", True),
    ("Serena Ward won the final in three sets on Sunday. Ward said her serve had been the key. Her sister Alice Ward lost in the"
     " semi-final.", "Serena Ward", "Ward", True),
]

SURNAME_GUARDS = [
    # after both are named in full, a surname alone is either's: apart
    ("John Smith and his brother Peter Smith run Redfield Energy. Smith said the firm would grow.", "John Smith", "Smith", False),
    ("John Smith, the chairman of Redfield Energy, resigned on Thursday. His brother, Peter Smith, said he was surprised. Smith"
     " said the board had been unfair.", "Peter Smith", "Smith", False),
]


@pytest.mark.parametrize(("text", "full", "surname", "same"), SURNAME_CASES + SURNAME_GUARDS)
def test_surname_before_a_namesake(text: str, full: str, surname: str, same: bool) -> None:
    assert (surname in _chain_of(text, full)) == same


def _record_of(text: str, name: str) -> str | None:
    """The gazetteer record (QID) of the entity one of whose mentions is ``name``."""
    from tests.extract.coref_chains import analyse_english

    result = analyse_english(text)
    return next((e.qid for e in result.entities if name in {m.text for m in e.mentions}), None)


# (text, mention, QID): "America" alone is the United States; a longer name that holds it is not.
AMERICA_CASES = [
    ("The United States imposed new tariffs on Chinese steel on Wednesday. America is the largest buyer of Chinese steel.",
     "America", "Q30"),
    ("Dorsey Steel will build a new plant in America, its chief executive said on Monday.", "America", "Q30"),
]

AMERICA_GUARDS = [
    ("Bank of America said on Monday it would cut 500 jobs.", "Bank of America", None),
    ("Sales in Latin America rose 4 percent in the third quarter, Halvorsen Motors said.", "Latin America", None),
    ("Halvorsen Motors sold 200,000 cars in North America last year.", "North America", "Q49"),
]


@pytest.mark.parametrize(("text", "name", "qid"), AMERICA_CASES + AMERICA_GUARDS)
def test_america_is_the_united_states(text: str, name: str, qid: str | None) -> None:
    found = _record_of(text, name)
    assert found == qid if qid is not None else found != "Q30"


# "his client" in a lawyer's words: the person the lawyer acts for (the possessor of "lawyer" or
# its "for" complement), never the lawyer nor the most salient person.
CLIENT_CASES = [
    ("Police arrested Mark Dunn on Friday over the fire at a warehouse in Leeds. His lawyer, Sara Long, said her client was"
     " innocent.", "her client", "nominal", "Mark Dunn"),
    ("Lawyers for Tom Hale said on Monday that their client would plead not guilty. Hale is accused of stealing $2 million.",
     "their client", "nominal", "Tom Hale"),
    ("Mark Dunn was charged with arson on Friday. Dunn's attorney said his client had an alibi.", "his client", "nominal", "Mark Dunn"),
]

CLIENT_GUARDS = [
    # a lawyer no one's, a client of no lawyer, a lawyer's clients: no chain
    ("Judge Ann Cole jailed Mark Dunn on Friday. Sara Long, a lawyer, said her client would appeal.", "her client", "nominal", None),
    ("Redfield Bank sued Mark Dunn on Friday. The bank said its client had not repaid a loan.", "its client", "nominal", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), CLIENT_CASES + CLIENT_GUARDS)
def test_client_of_a_lawyer(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
