"""English names misread in business and political news (issue 21, n32a): a body's name the model
ran on into the name of its officer, a person after a sport's position, a product in camel case
after its maker's possessive (kg.extract.mentions, kg.extract.products)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import people_after_office_bodies
from tests.extract.spans import candidates as _candidates


def _mentions(text: str) -> list[tuple[str, str]]:
    from kg.extract.mentions import entity_mentions_from_doc
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    nlp = load_model("en")
    doc = nlp(text)
    remember_text(doc, text)
    found = entity_mentions_from_doc(doc, nlp=nlp, lang="en", model="test", gazetteer=default_gazetteer())
    return [(m.text, m.label) for m in found]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # After an office's head word and "of", the last words that open with a given name, or
        # that follow the office's portfolio, are its holder's name.
        ("Secretary of the Navy Gordon England testified.", "the Navy Gordon England", [("the Navy", "ORG"), ("Gordon England", "PER")]),
        (
            "Assistant Secretary of the Air Force for Acquisition Darla Voss admitted it.",
            "the Air Force for Acquisition Darla Voss",
            [("the Air Force", "ORG"), ("Darla Voss", "PER")],
        ),
        ("The chairman of the Orvan Trust Paul Keane resigned.", "the Orvan Trust Paul Keane", [("the Orvan Trust", "ORG"), ("Paul Keane", "PER")]),
        # Near misses: no office before it, no given name nor portfolio, a body's own name.
        ("Investors in the Navy Gordon England fund lost money.", "the Navy Gordon England", [("the Navy Gordon England", "ORG")]),
        ("Secretary of the Treasury Department officials met.", "the Treasury Department", [("the Treasury Department", "ORG")]),
        ("The head of the Bank of England spoke.", "the Bank of England", [("the Bank of England", "ORG")]),
        # Review rv32 (rvn32): a name ending in an organisation's head word is the body's, and the
        # article alone is no body.
        ("The chairman of the Paul Hamlyn Foundation opened it.", "the Paul Hamlyn Foundation", [("the Paul Hamlyn Foundation", "ORG")]),
        ("Dana Kerr, chairwoman of the Walt Ferris Company, resigned.", "the Walt Ferris Company", [("the Walt Ferris Company", "ORG")]),
        ("The president of the Peter Orvan Trust spoke.", "the Peter Orvan Trust", [("the Peter Orvan Trust", "ORG")]),
        ("The director of the Grace Kelly Trust Helen Moss spoke.", "the Grace Kelly Trust Helen Moss", [("the Grace Kelly Trust", "ORG"), ("Helen Moss", "PER")]),
    ],
)
def test_people_after_office_bodies(text: str, span: str, expected: list[tuple[str, str]]) -> None:
    found = people_after_office_bodies(_candidates(text, [(span, "ORG")]), text, "en")
    assert [(text[c.start : c.end], c.label) for c in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # The holder of an office is a person, the body an organisation.
        (
            "Assistant Secretary of the Air Force for Acquisition Darleen Druyun admitted that she had favoured the company.",
            ("Darleen Druyun", "PER"),
            ("the Air Force for Acquisition Darleen Druyun", "ORG"),
        ),
        # A sport's position before a name (en/person_role_nouns).
        ("The Chicago Bears signed linebacker Marcus Delaney to a two-year contract on Monday.", ("Marcus Delaney", "PER"), ("Marcus Delaney", "ORG")),
        # A camel-case name after a known company's possessive is its product ...
        ("Research In Motion's BlackBerry lost ground to rival phones in the third quarter.", ("BlackBerry", "PRO"), ("BlackBerry", "ORG")),
        # ... and two known companies one blank apart are a joint venture.
        ("Sony Ericsson, the mobile phone joint venture, posted a loss in the second quarter.", ("Sony Ericsson", "ORG"), ("Sony Ericsson", "PRO")),
        # A name and its generation after a known company's possessive, which the model read as a
        # company, is that company's product (issue 21, n33a).
        ("Google's Pixel 7 will cost $599 in the United States.", ("Pixel 7", "PRO"), ("Pixel 7", "ORG")),
        # A basketball score after a team is no model's designation.
        ("The Boston Celtics beat the Los Angeles Lakers 102-98 on Sunday.", ("the Los Angeles Lakers", "ORG"), ("the Los Angeles Lakers 102-98", "PRO")),
    ],
)
def test_english_names_typed(text: str, expected: tuple[str, str], absent: tuple[str, str]) -> None:
    found = _mentions(text)
    assert expected in found
    assert absent not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: a unit's noun after the camel-case name, a company the gazetteer knows.
        ("Google's DoubleClick unit will be merged into the advertising arm.", ("DoubleClick", "ORG")),
        ("Microsoft's LinkedIn reported higher revenue on Tuesday.", ("LinkedIn", "ORG")),
        ("Air Canada ordered 18 Boeing 777-200 jets on Friday.", ("Boeing 777-200", "PRO")),
        ("Dolores Mann, a retired teacher, said the Navy Gordon England fund lost money.", ("Dolores Mann", "PER")),
        # Review rv32 (rvn32): a Gaelic surname after a company's possessive is no product.
        ("Boeing's MacKenzie defended the delay before Congress on Tuesday.", ("MacKenzie", "ORG")),
    ],
)
def test_english_names_kept(text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(text)
