"""What the review of c37a's English coreference found on invented news (issue 17, rvc37).

A role the text gives a person later is no evidence when the text has said in between that another
took the post over ("The president was sacked. His successor, President Dan Pike"), nor when a
title before the name has its own owner and the role phrase another ("The president of the rowing
club ... President Luis Ortega of Peru"). A description among the European Commission's names ("EU
executive") names it with "the" only, not after another determiner or a number further left ("a
senior EU executive", "one EU executive"). A woman in reach takes "she" from a person of no known
gender only when she is named in that person's sentence or later ("Elena Ruiz opened the hearing.
Ama Boateng gave evidence. She said": Ama Boateng). "Its administration" may be a drug's or a
law's, so it is no possession only a body has. A row of the reference tables is (text, what, kind,
expected) as in :func:`tests.extract.coref_chains.check_holder`. Every text is invented for these
tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder

pytestmark = pytest.mark.slow


ROLE_CASES = [
    # sport: a successor is named between the role phrase and the role given
    ("The president of the Harlow Hawks was sacked on Sunday. His successor, President Dan Pike, said the team would fight.",
     "The president", "nominal", None),
    # business: a replacement chosen
    ("The chief executive of Dorvan Foods left on Friday. The board chose a replacement on Monday. "
     "Ann Lee, the chief executive, said sales would grow.", "The chief executive", "nominal", None),
    # politics: another owner after the title, one after the phrase
    ("The president of the rowing club was charged on Monday. President Luis Ortega of Peru called the case a disgrace.",
     "The president", "nominal", None),
    # kept: an owner after the title only
    ("The governor spoke to farmers on Monday. Governor Ann Lee of Ohio said the drought was severe.",
     "The governor", "nominal", "Governor Ann Lee"),
    # kept: the phrase's own sentence says it left, nothing said after it
    ("The president of the Harlow Farmers Union quit on Sunday. Members were shocked. Ann Lee, the president, said she was tired.",
     "The president", "nominal", "Ann Lee"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), ROLE_CASES)
def test_role_named_later_after_a_handover(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


ALIAS_CASES = [
    # a person, with a determiner further left
    ("A senior EU executive said on Tuesday that the budget talks were stuck.", None),
    ("One EU executive called the plan dead on arrival.", None),
    # kept: the body, with "the"
    ("An official of the EU executive said the fine was fair.", "EU executive"),
]


@pytest.mark.parametrize(("text", "mention"), ALIAS_CASES)
def test_description_among_names_needs_the(text: str, mention: str | None) -> None:
    result = analyse_english(text)
    held = {m.text for e in result.entities if e.label == "European Commission" for m in e.mentions}
    if mention is None:
        assert not held, held
    else:
        assert mention in held, [(e.label, [m.text for m in e.mentions]) for e in result.entities]


SHE_CASES = [
    # courts: the later subject, of no known gender, over a woman named before
    ("Elena Ruiz opened the hearing on Monday. Ama Boateng gave evidence on Tuesday. She said the funds had vanished.",
     "She", "pronoun", "Ama Boateng"),
    # kept: the woman named in the subject's sentence (c37a)
    ("Moussa Traore met the Spanish envoy, Elena Ruiz, on Monday. She said Spain would help.", "She", "pronoun", "Elena Ruiz"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), SHE_CASES)
def test_she_of_a_woman_named_later(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


THING_CASES = [
    # health: a drug is administered
    ("The new malaria drug was approved on Friday. Its administration to children starts in May.", "Its", "possessive", "~The new malaria drug"),
    # kept: a country's government (c37a)
    ("Floods swept through Bangladesh on Sunday. Its government appealed for foreign help.", "Its", "possessive", "Bangladesh"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), THING_CASES)
def test_what_a_thing_has_too(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
