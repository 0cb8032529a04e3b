"""People in lists (kg.extract.lists): invented results and name lists."""

from __future__ import annotations

import pytest

from kg.extract.lists import with_listed_people
from kg.types import EntityMention


def _mentions(text: str, spans: list[tuple[str, str]]) -> list[EntityMention]:
    out = []
    for name, label in spans:
        start = text.index(name)
        out.append(EntityMention(start, start + len(name), name, label, "test", "fr"))  # type: ignore[arg-type]
    return out


def _labels(text: str, mentions: list[EntityMention]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in mentions]


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # A result list: ranks, country codes and time gaps; a missed competitor is added.
        (
            "Classement : 1. Berthod (Fr) 3 h 12'04\". 2. Rossel (It) à 12\". 3. Kuonen (S) à 40\". 4. Imhof m. t.",
            [("Berthod", "PER"), ("Rossel", "LOC"), ("Kuonen", "ORG")],
            [("Berthod", "PER"), ("Fr", "LOC"), ("Rossel", "PER"), ("It", "LOC"), ("Kuonen", "PER"), ("S", "LOC"), ("Imhof", "PER")],
        ),
        # Fewer than three ranked items: not a result list.
        ("Voir 1. Lausanne (Vaud) et rien d'autre.", [("Lausanne", "LOC")], [("Lausanne", "LOC")]),
        # Names each followed by a place in brackets, one of them a person: all are people.
        (
            "Sont élus : Paul Favre (Orbe), Rochat (Morges), Pittet (Sion) et Ody (Bulle).",
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Rochat", "LOC"), ("Morges", "LOC"), ("Pittet", "ORG"), ("Sion", "LOC"), ("Ody", "LOC"), ("Bulle", "LOC")],
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Rochat", "PER"), ("Morges", "LOC"), ("Pittet", "PER"), ("Sion", "LOC"), ("Ody", "PER"), ("Bulle", "LOC")],
        ),
        # Places with their region in brackets and no person among them stay places.
        (
            "Il a joué à Orbe (Vaud), Sion (Valais) et Bulle (Fribourg).",
            [("Orbe", "LOC"), ("Vaud", "LOC"), ("Sion", "LOC"), ("Valais", "LOC"), ("Bulle", "LOC"), ("Fribourg", "LOC")],
            [("Orbe", "LOC"), ("Vaud", "LOC"), ("Sion", "LOC"), ("Valais", "LOC"), ("Bulle", "LOC"), ("Fribourg", "LOC")],
        ),
    ],
)
def test_with_listed_people(text: str, given: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _labels(text, with_listed_people(text, _mentions(text, given), "fr")) == expected


def test_competitors_added_to_a_list_take_the_document_language() -> None:
    text = "Results: 1. Harlow (Ca) 2'04\"; 2. Brenning (No) 2'05\"; 3. Talvik (Fi) 2'07\"."
    added = with_listed_people(text, [], "en")
    assert added and {m.lang for m in added} == {"en"}
