"""Agency and publisher credits inside the text."""

from __future__ import annotations

import pytest

from kg.extract.credits import with_credits
from kg.extract.entities import Candidate
from kg.types import AGENCY_CREDIT, PUBLISHER_CREDIT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WALL STREET (AFP).-Le géant américain a annoncé une perte.", [("AFP", AGENCY_CREDIT)]),
        ("PARIS, 15 (( Havas). — On mande de Londres que le comité a décidé.", [("Havas", AGENCY_CREDIT)]),
        ("Le maire a démissionné (Le Journal/AFP).", [("Le Journal", PUBLISHER_CREDIT), ("AFP", AGENCY_CREDIT)]),
        ("The mayor resigned on Monday.\n— Reuters", [("Reuters", AGENCY_CREDIT)]),
        ("Londres, 9 février. (Reuter.) — Le ministre a déclaré.", [("Reuter", AGENCY_CREDIT)]),
        ("Le maire a démissionné (AFP, Reuters).", [("AFP", AGENCY_CREDIT), ("Reuters", AGENCY_CREDIT)]),
        # An agency that the text talks about is no credit; nor is a word containing an agency name.
        ("AFP journalists went on strike.", []),
        ("The APEC summit (APAC) opened.", []),
        ("Le rapport (annexe A/AP) est publié.", []),
    ],
)
def test_credits_found(text: str, expected: list[tuple[str, str]]) -> None:
    found = with_credits([], text)
    assert [(text[c.start : c.end], c.evidence[0]) for c in found] == expected
    assert all(c.label == "ORG" for c in found)


def test_credit_marks_the_mention_ner_found() -> None:
    text = "Le maire a démissionné (AFP)."
    start = text.index("AFP")
    (found,) = with_credits([Candidate(start, start + 3, "PER", "spacy")], text)
    assert (found.label, found.evidence, found.extractor) == ("ORG", (AGENCY_CREDIT,), "spacy")
