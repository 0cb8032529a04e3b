"""Review of n37b (issue 21, English names): invented wire news where the rules of
kg.extract.role_employers misread a word, each read through the whole per-document pipeline
(kg.analyse.pipeline). A title's opening word or a portfolio before a role is no body ("Veteran
spokesman", "Health spokesman"); a club's or a company's site after "the" is no place ("the
Everton stadium"); a name the model cut after a comma before its acronym is one body; a speaking
service's name read as a person elsewhere in the text is the same body."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A word opening the title (en/title_premodifiers) or a portfolio (en/portfolio_words) names no body.
        ("LONDON - Veteran spokesman John Leeds said the party would regroup.", [("John Leeds", "PER")], [("Veteran", "ORG")]),
        ("LONDON - Longtime chief executive Peter Vance stepped down on Monday.", [("Peter Vance", "PER")], [("Longtime", "ORG")]),
        ("LONDON - Health spokesman Wes Stirling said waiting lists grew.", [("Wes Stirling", "PER")], [("Health", "ORG")]),
        ("LONDON - Energy spokeswoman Claire Doyle said bills would fall.", [("Claire Doyle", "PER")], [("Energy", "ORG")]),
        ("LONDON - Shadow spokesman Mark Tully attacked the plan.", [("Mark Tully", "PER")], [("Shadow", "ORG")]),
        # ... but a party's word, and a body after an opening word, still are.
        ("LONDON - Labour spokesman Peter Kyle said the vote was close.", [("Labour", "ORG")], []),
        ("RIO DE JANEIRO - Longtime Gerdau chief executive Gustavo Ramos retired.", [("Gerdau", "ORG")], [("Longtime", "ORG")]),
        # A name after "the" before a site's noun is its owner's site, no place.
        ("LONDON - Fans gathered outside the Everton stadium before the match.", [], [("Everton", "LOC")]),
        ("LONDON - Crowds waited at Euston station on Friday.", [("Euston", "LOC")], []),
        # The model cut the name after a comma: still one body up to its acronym.
        (
            "WASHINGTON - The Department of Health, Education and Welfare (HEW) was split in 1979.",
            [("The Department of Health, Education and Welfare", "ORG")],
            [("The Department of Health, Education", "ORG")],
        ),
        # A service's name that speaks is a body where it does not speak as well.
        ("LONDON - Ofwat fined Yorkshire Water. Yorkshire Water said it would appeal.", [("Yorkshire Water", "ORG")], [("Yorkshire Water", "PER")]),
        ("LONDON - Jane Water said she would appeal. Water levels fell.", [], [("Jane Water", "ORG")]),
    ],
)
def test_english_names_rvn37b(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
