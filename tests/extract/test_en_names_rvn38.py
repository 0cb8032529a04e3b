"""Review of n38a's English names (issue 21, rvn38), on invented wire news: a county's name that
says or decides stays a place ("Harris County said"), a firm joined by an ampersand keeps no
possessive before an amount or a quotation nor when the gazetteer knows it without one ("Johnson &
Johnson's $8.9 billion plan"), a company's initialism is no venue ("Thailand's SCG said"), a given
name and a Gaelic surname the model read as an organisation are a person ("Declan MacAuley, a
farmer"), and another country's "Department of Agriculture" is not the United States'. Each case is
read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A territory's name (en/territory_name_heads) that says or decides is its government, a place.
        ("Harris County said it would open more polling stations.", [("Harris County", "LOC")], [("Harris County", "ORG")]),
        ("PHOENIX (AP) - Maricopa County voted on Monday to certify the results of the election.", [("Maricopa County", "LOC")], [("Maricopa County", "ORG")]),
        # ... but a body named after it stays a body, and an unknown company that speaks is one.
        ("Zorba County Council said it would cut bus routes.", [("Zorba County Council", "ORG")], []),
        ("LUSAKA (Reuters) - Zambia's Mopani said on Friday it would cut 300 jobs. Mopani added that output would fall.", [("Mopani", "ORG")], [("Mopani", "LOC")]),
        # A firm's possessive before an amount or a quoted name owns it; a firm the gazetteer knows
        # without the possessive keeps its own name and link.
        (
            "NEW BRUNSWICK, New Jersey (Reuters) - A judge rejected Johnson & Johnson's $8.9 billion plan to settle talc claims.",
            [("Johnson & Johnson", "ORG")],
            [("Johnson & Johnson's", "ORG")],
        ),
        ('Johnson & Johnson\'s "Band-Aid" brand grew.', [("Johnson & Johnson", "ORG")], [("Johnson & Johnson's", "ORG")]),
        ("Talks on Harlow & Finch's £40 million loan collapsed on Friday.", [], [("Harlow & Finch's", "ORG")]),
        # ... while a firm's possessive that owns nothing stays part of its name.
        ("LONDON (Reuters) - Unilever said it would sell Ben & Jerry's as part of a plan.", [("Ben & Jerry's", "ORG")], []),
        # An initialism a company also goes by is no sports venue; the venue's own stays one.
        ("BANGKOK (Reuters) - Thailand's SCG said on Monday its quarterly profit fell 20 percent.", [], [("SCG", "LOC")]),
        ("Chelsea beat Arsenal 3-1 at Stamford Bridge, while the MCG hosted the Boxing Day Test.", [("Stamford Bridge", "LOC"), ("the MCG", "LOC")], []),
        # A given name and a Gaelic surname the model read alone as an organisation are a person;
        # a longer name that holds them is not.
        ("Declan MacAuley, a farmer, said the drought was the worst he had seen.", [("Declan MacAuley", "PER")], [("Declan MacAuley", "ORG")]),
        ("Sofia O'Hare Partners said it would open an office in Cork.", [("Sofia O'Hare Partners", "ORG")], [("Sofia O'Hare", "PER")]),
    ],
)
def test_english_names_rvn38(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        # A bare "Department of Agriculture" or "Department of Commerce" is many countries' own.
        ("PRETORIA (Reuters) - The Department of Agriculture said farm wages would rise.", "The Department of Agriculture", "org:us-usda"),
        ("NEW DELHI (Reuters) - The Department of Commerce said exports rose 4 percent.", "The Department of Commerce", "org:us-doc"),
    ],
)
def test_bare_departments_unlinked(text: str, name: str, wrong: str) -> None:
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    (analysis,) = list(analyse([Document(id="t", text=text, source="t", lang="en")]))
    assert not isinstance(analysis, Exception)
    canon = {m.text: m.canonical for e in analysis.entities for m in e.mentions}
    assert name in canon, canon
    assert canon[name] != wrong, canon
