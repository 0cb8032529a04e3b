"""Within-document coreference of a bare title noun ("the chief", "the governor") on invented English
news: review of c32a (rvc32).

A title noun takes up a person it titles, no other person; a word that only leads into a longer
title is not that title ("Chief Financial Officer Jane Roe" is no "chief"), and a deputy's title
that ends in the noun names another office ("Deputy Police Chief Ann Lee", "Lieutenant Governor Ann
Cole" are not "the chief", "the governor", ``en/coref_distinct_offices``), even when the recogniser
left the title out of the name. A row is (text, what, expected): the nominal reference ``what`` must
be in the chain of the entity with the name ``expected``, or in no chain of a named entity when
``expected`` is None. Every text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english as _analyse

pytestmark = pytest.mark.slow


CASES = [
    # a word that leads into a longer title does not title the person
    ("Chief Financial Officer Jane Roe left Vexa Corp on Friday. The chief said she had been offered another job.", "The chief", None),
    ("Chief Operating Officer Jane Roe and Police Chief Dan Ortiz met on Monday. Roe said the chief had been helpful.",
     "the chief", "Dan Ortiz"),
    # a deputy is not the holder of the office: nobody, or the holder named beside
    ("Deputy Police Chief Ann Lee met Mayor Lucy Grant. Grant said the chief had done well.", "the chief", None),
    ("Deputy Governor Ruth Kaye of the central bank spoke on Tuesday. Analysts said the governor would raise rates.",
     "the governor", None),
    ("Lieutenant Governor Ann Cole met Senator Tom Reyes on Monday. Reyes said the governor had backed his bill.",
     "the governor", None),
    ("Deputy Fire Chief Omar Diaz said the blaze was out. The chief said two homes were lost.", "The chief", None),
    # the holder the noun titles, over an officer whose title opens with the noun
    ("Chief Executive Officer Mark Bell and Fire Chief Lena Park toured the plant. Bell said the chief had warned him about the risks.",
     "the chief", "Lena Park"),
]

GUARDS = [
    # the holder the noun titles, over a deputy or an officer, or alone
    ("Assistant Police Chief Omar Diaz and Police Chief Karen Blake spoke to reporters. Diaz said the chief had ordered more patrols.",
     "the chief", "Karen Blake"),
    ("Lieutenant Governor Ann Cole and Governor Tom Hale toured the flooded towns on Monday. Cole said the governor would ask for federal aid.",
     "the governor", "Tom Hale"),
    ("Chief Dan Ortiz of the fire department said the blaze was out. The chief said two homes were lost.", "The chief", "Dan Ortiz"),
    ("Prime Minister Ruth Kaye met Finance Minister Dan Price on Monday. Kaye said the minister had her full backing.",
     "the minister", "Dan Price"),
    ("Judge Ann Lee sentenced Tom Reyes to five years. The judge said he had shown no remorse.", "The judge", "Ann Lee"),
]


@pytest.mark.parametrize(("text", "what", "expected"), CASES + GUARDS)
def test_title_nouns(text: str, what: str, expected: str | None) -> None:
    result = _analyse(text)
    holder = next((e for e in result.entities if any(r.text == what and r.kind == "nominal" for r in e.references)), None)
    chains = {e.label: sorted({m.text for m in e.mentions} | {r.text for r in e.references}) for e in result.entities}
    if expected is None:
        assert holder is None, chains
    else:
        assert holder is not None, chains
        assert expected in {m.text for m in holder.mentions} | {holder.label}, chains
