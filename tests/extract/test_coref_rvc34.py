"""Review of c34a (issue 17, English coreference): over-merging the new rules caused, on invented
English news (rvc34).

An age or a nationality ("the 17-year-old", "the Briton") takes up no named person when someone
the text does not name ("a teenager", "a man", "a Briton") came after that person: the newcomer is
the likelier referent ("Coach Tom Ellery said a teenager had been detained. The 17-year-old was
charged"), unless the text gave the named person that very age ("Tom Hale, 52, ... The
52-year-old"). "The former chairman" takes up no person only because another one was called a
former chairman next to it ("Acme's chairman, Ann Cole, and its former chairman, Tom Hale"). "Their
client" of a firm's lawyers makes no person of the firm. "Mr. Holt" before a second Holt is named
is not "Mary Holt". A row is (text, what, kind, expected) as in
:func:`tests.extract.coref_chains.check_holder`; every text is invented, the real models parse it.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder, named_holder

pytestmark = pytest.mark.slow


NEWCOMER_CASES = [
    # someone unnamed came after the named person: not the named one
    ("Coach Tom Ellery said a teenager had been detained after the match in Burnley. The 17-year-old was charged with assault.",
     "The 17-year-old", "nominal", None),
    ("Judge Ruth Nolan sentenced a man to six years in prison on Friday. The 45-year-old had stolen from his employer.",
     "The 45-year-old", "nominal", None),
    ("Chief executive Ann Morrow said a worker had died at the Tarbet plant on Tuesday. The 34-year-old was crushed by a press.",
     "The 34-year-old", "nominal", None),
    ("Prime Minister Ann Cole said a Briton had been detained in Tehran. The Briton was held on spying charges.",
     "The Briton", "nominal", None),
]

NEWCOMER_GUARDS = [
    # the age the text gave the named person, no one else, or the apposition's own age: unchanged
    ("Tom Hale, 52, met a student from Leeds on Monday. The 52-year-old said he was impressed.", "The 52-year-old", "nominal",
     "Tom Hale"),
    ("Chief executive Ann Morrow said on Monday that sales had doubled. The 51-year-old said the company would hire 300 people.",
     "The 51-year-old", "nominal", "Chief executive Ann Morrow"),
    ("Police arrested Tom Hale, a 45-year-old teacher, on Monday. The 45-year-old was released on bail.", "The 45-year-old",
     "nominal", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), NEWCOMER_CASES + NEWCOMER_GUARDS)
def test_age_or_nationality_after_a_newcomer(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


# (text, description, the person it must not take up): a former word said of someone else
FORMER_OTHERS = [
    # the current holder named next to a former one
    ("Acme's chairman, Ann Cole, and its former chairman, Tom Hale, clashed at the meeting on Monday. The former chairman said the"
     " board had lied.", "The former chairman", "Ann Cole"),
    # a former word before another person's name, in the same clause
    ("Former Prime Minister Ann Cole criticised Finance Minister Tom Hale on Monday. The former minister said the budget was a"
     " disaster.", "The former minister", "Tom Hale"),
    ("Former chairman Tom Hale attacked chairman Ann Cole at the meeting on Monday. The former chairman said the board had lied.",
     "The former chairman", "Ann Cole"),
]


@pytest.mark.parametrize(("text", "what", "other"), FORMER_OTHERS)
def test_former_office_of_someone_else(text: str, what: str, other: str) -> None:
    holder = named_holder(analyse_english(text), what, "nominal")
    assert holder is None or other not in {m.text for m in holder.mentions}, holder


FORMER_GUARDS = [
    # the former holder, named next to the current one: as before
    ("Acme's chairman, Ann Cole, and its former chairman, Tom Hale, clashed at the meeting on Monday. The former chairman said the"
     " board had lied.", "The former chairman", "nominal", "Tom Hale"),
    ("Ann Cole, a former senator, endorsed Governor Tom Hale on Monday. The former senator said he deserved a second term.",
     "The former senator", "nominal", "Ann Cole"),
    ("Governor Tom Hale welcomed Ann Cole, a former senator, to the capital on Monday. The former senator said she would run again.",
     "The former senator", "nominal", "Ann Cole"),
    ("Ann Cole, who replaced former chairman Tom Hale in 2019, said on Monday the bank was sound. The former chairman declined to"
     " comment.", "The former chairman", "nominal", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), FORMER_GUARDS)
def test_former_office_holder(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


# (text, a name, its type): "their client" of a firm's lawyers is the firm, no person
CLIENT_FIRMS = [
    ("Lawyers for Redfield Bank said on Friday that their client would appeal the ruling.", "Redfield Bank", "ORG"),
    ("Harwick Foods's lawyer said on Monday that his client had done nothing wrong.", "Harwick Foods", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "etype"), CLIENT_FIRMS)
def test_client_of_a_firm_keeps_its_type(text: str, name: str, etype: str) -> None:
    result = analyse_english(text)
    types = {e.type for e in result.entities if name in {m.text for m in e.mentions}}
    assert types == {etype}, [(e.label, e.type) for e in result.entities]


# (text, full name, the titled surname, whether it is in the full name's chain)
SURNAME_SEX = [
    # the title's gender is not the given name's: another bearer of the surname
    ("Mary Holt was elected mayor of Dunmore on Sunday. Mr. Holt, her husband, said he was proud. Peter Holt runs a bakery in the"
     " town.", "Mary Holt", "Mr. Holt", False),
    ("Paul Reyes was sworn in as mayor on Monday. Mrs. Reyes, his wife, held the Bible. Their son, Daniel Reyes, is a lawyer.",
     "Paul Reyes", "Mrs. Reyes", False),
    # the same gender: the person named before, as c34a made it
    ("Emma Grant, 34, was named chief executive of Halden Foods on Monday. Mrs. Grant replaced her father, Alan Grant, who is"
     " retiring.", "Emma Grant", "Mrs. Grant", True),
    ("Alan Grant retired on Monday after 30 years at Halden Foods. Mr. Grant handed over to his daughter, Emma Grant.",
     "Alan Grant", "Mr. Grant", True),
]


@pytest.mark.parametrize(("text", "full", "surname", "same"), SURNAME_SEX)
def test_titled_surname_of_another_sex(text: str, full: str, surname: str, same: bool) -> None:
    result = analyse_english(text)
    chain = next(({m.text for m in e.mentions} for e in result.entities if full in {m.text for m in e.mentions}), set())
    assert (surname in chain) == same, chain
