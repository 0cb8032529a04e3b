"""Review rvn37 of issue 21 (n37a): a court named after its place takes no word that opens the
sentence or qualifies a person before it ("Former Supreme Court of Canada justice"), a surname
standing alone after a sentence's full stop counts as standing alone ("on Sunday. Quintanar
thanked voters"), and a company named after a family the gazetteer knows ("Walt Disney") is no
relative of a person of that surname. Each case is read through the whole per-document pipeline
(kg.analyse.pipeline) on invented wire news."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A court's name with no article begins at the word right before "Court".
        (
            "Former Supreme Court of Canada justice Louise Arbour said on Monday the bill was flawed.",
            [("Supreme Court of Canada", "ORG"), ("Louise Arbour", "PER")],
            [("Former Supreme Court of Canada", "ORG")],
        ),
        (
            "OTTAWA - Retired Supreme Court of India judge Rohan Mehta will chair the inquiry.",
            [("Supreme Court of India", "ORG")],
            [("Retired Supreme Court of India", "ORG")],
        ),
        (
            "In Supreme Court of Canada filings, lawyers argued the law was void.",
            [("Supreme Court of Canada", "ORG")],
            [("In Supreme Court of Canada", "ORG")],
        ),
        (
            "WASHINGTON - Former High Court of Kenya judge Amos Otieno testified.",
            [("High Court of Kenya", "ORG"), ("Amos Otieno", "PER")],
            [("Former High Court of Kenya", "ORG")],
        ),
        # After an article, two words still name the court; "a" stays out of the name.
        (
            "MANILA - A Regional Trial Court of Quezon City convicted the mayor.",
            [("Regional Trial Court of Quezon City", "ORG")],
            [("A Regional Trial Court of Quezon City", "ORG")],
        ),
        ("NAIROBI - The Supreme Court of Kenya annulled the election on Friday.", [("The Supreme Court of Kenya", "ORG")], []),
        # A surname alone after the full stop of the sentence before names the person acting.
        (
            "HAVANA - Teodoro Quintanar won the vote on Sunday. Quintanar thanked voters.",
            [("Teodoro Quintanar", "PER"), ("Quintanar", "PER")],
            [],
        ),
        # A company named after its founder's family, whose surname the gazetteer knows alone as a
        # company, is no relative of a person of that surname; a relative still is one.
        (
            "BURBANK - Abigail Disney spoke at a rally on Monday. Walt Disney declined to comment.",
            [("Abigail Disney", "PER"), ("Walt Disney", "ORG")],
            [("Walt Disney", "PER")],
        ),
        (
            "LYON - A court on Tuesday fined Gerard Vautrin for fraud. Odile Vautrin was cleared.",
            [("Gerard Vautrin", "PER")],
            [("Odile Vautrin", "ORG"), ("Odile Vautrin", "LOC")],
        ),
        # A firm "it" takes up stays out, after a full stop too.
        ("ZURICH - Selma Kuypers acquired a rival on Monday. Kuypers said it would cut jobs.", [], [("Selma Kuypers", "PER")]),
    ],
)
def test_english_names_reviewed(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
