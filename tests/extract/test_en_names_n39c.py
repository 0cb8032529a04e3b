"""English person names cut or joined wrongly on invented wire news (issue 21, n39c): the first
word of a name the model left out ("Priyanka Gandhi Vadra" read as "Gandhi Vadra", "Suresh Raina
Academy" as "Raina Academy"), a city glued after a person's name with no comma ("arrested Rajesh
Kumar Delhi on Tuesday"), and a name of the "i" shape that speaks ("iFlytek said"), a company and
not a product. Each case is read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # The first word of a three-word name the model left out, a person's or an organisation's.
        (
            "LUCKNOW, India (Reuters) - Priyanka Gandhi Vadra addressed a rally in Lucknow on Monday.",
            [("Priyanka Gandhi Vadra", "PER")],
            [("Gandhi Vadra", "PER")],
        ),
        (
            "MUMBAI (Reuters) - Suresh Raina Academy opened a new training centre in Mumbai on Friday.",
            [("Suresh Raina Academy", "ORG")],
            [("Raina Academy", "ORG")],
        ),
        # ... not a common word before the name, nor a weekday.
        ("NEW DELHI (Reuters) - Yesterday Gandhi Vadra spoke to the press about the vote.", [("Gandhi Vadra", "PER")], [("Yesterday Gandhi Vadra", "PER")]),
        # A city glued after a person's name of three words: the person, then the place.
        (
            "NEW DELHI (Reuters) - The police arrested Rajesh Kumar Delhi on Tuesday after a complaint.",
            [("Rajesh Kumar", "PER"), ("Delhi", "LOC")],
            [("Rajesh Kumar Delhi", "PER")],
        ),
        # ... not a surname that the text writes alone as the person's, nor a city that is a given
        # name, nor a two-word name.
        (
            "DALLAS (Reuters) - Police questioned Peter James Houston on Friday. Houston said he was innocent.",
            [("Peter James Houston", "PER")],
            [("Peter James", "PER")],
        ),
        ("LONDON (Reuters) - Mary Ann Florence said the shop would close in March.", [("Mary Ann Florence", "PER")], [("Florence", "LOC")]),
        # A name of the "i" shape that speaks or decides is a company in every mention.
        (
            "BEIJING (Reuters) - iFlytek said on Monday that its revenue rose by 20 percent. Shares of iFlytek rose 3 percent.",
            [("iFlytek", "ORG")],
            [("iFlytek", "PRO")],
        ),
        # ... not a product with its article that does something else.
        ("CUPERTINO, California (Reuters) - The iPhone sold well in China last quarter, Apple said.", [("The iPhone", "PRO")], [("iPhone", "ORG")]),
    ],
)
def test_english_names_n39c(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
