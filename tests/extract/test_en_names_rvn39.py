"""Review of issue 21, n39a (rvn39): the false positives of its English name rules on invented
wire news. A lone surname in a match of sets is a player, not a club ("Nadal beat Federer 6-4
6-4"), and a lone surname is a club only on a side of a result or before a plural verb ("after
Kane equalised" is a player); two companies after a preposition stay two ("The merger between
Kraft and Heinz was approved"); a camel-case surname after a given name is a person's, in every
mention ("Jacob deGrom" ... "deGrom said"). Each case is read through the whole per-document
pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Set scores: the sides are players, whether the model skipped one or read one as an ORG.
        ("MADRID (Reuters) - Nadal beat Federer 6-4 6-4 in the final, his third title of the season.", [], [("Nadal", "ORG")]),
        (
            "ROME (Reuters) - Berrettini beat Sonego 7-6 6-4 in the final, and Sonego said his side of the net was windy.",
            [],
            [("Berrettini", "ORG")],
        ),
        # A lone surname that acts as a player does is no club.
        (
            "LONDON (Reuters) - England drew 1-1 with Denmark in the match on Sunday after Kane equalised in the 80th minute.",
            [("England", "ORG")],
            [("Kane", "ORG")],
        ),
        # ... but one that is a side of a result elsewhere is a club before "boss" too.
        (
            "BOLTON (Reuters) - Wigan lost 2-1 to Bolton on Tuesday, and Bolton boss Ian Evatt praised his players.",
            [("Wigan", "ORG"), ("Bolton", "ORG")],
            [("Bolton", "PER")],
        ),
        # ... and a one-goal result of clubs is still one.
        (
            "MANCHESTER (Reuters) - Burnley beat Luton 3-1 on Saturday, with striker Jay Rodriguez scoring twice.",
            [("Burnley", "ORG"), ("Luton", "ORG")],
            [],
        ),
        # Two companies after a preposition stay two, whatever the verb after them.
        (
            "LONDON (Reuters) - The merger between Kraft and Heinz was approved by regulators on Monday.",
            [("Kraft", "ORG"), ("Heinz", "ORG")],
            [("Kraft and Heinz", "ORG")],
        ),
        (
            "LONDON (Reuters) - A tie-up of Kraft and Heinz is expected within weeks, sources said.",
            [("Kraft", "ORG"), ("Heinz", "ORG")],
            [("Kraft and Heinz", "ORG")],
        ),
        # ... while a pair that is the subject is one company.
        ("PARIS (Reuters) - Dolce and Gabbana has opened a new store near the Louvre.", [("Dolce and Gabbana", "ORG")], []),
        # A camel-case surname after a given name is a person's in every mention.
        (
            "NEW YORK (Reuters) - Mets pitcher Jacob deGrom struck out ten batters on Sunday. deGrom said his arm felt fine.",
            [],
            [("deGrom", "ORG")],
        ),
        # ... while a brand is still one after a capitalised word that is no given name.
        ("SAN FRANCISCO (Reuters) - Rival eBay said on Monday it would cut its fees.", [("eBay", "ORG")], []),
    ],
)
def test_english_names_rvn39(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
