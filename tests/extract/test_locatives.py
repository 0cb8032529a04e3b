"""Places after a French locative preposition (kg.extract.locatives): invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.locatives import with_locative_places
from kg.types import EntityMention


def _mentions(text: str, spans: list[tuple[str, str]], lang: str = "fr") -> list[EntityMention]:
    """One mention per (name, label), at the name's next occurrence in ``text``."""
    out = []
    at = 0
    for name, label in spans:
        start = text.index(name, at)
        at = start + len(name)
        out.append(EntityMention(start, start + len(name), name, label, "test", lang))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(
    ("text", "given", "lang", "expected"),
    [
        ("Il est arrivé à Zollig hier.", [("Zollig", "PER")], "fr", ["LOC"]),
        ("Le concordat conclu en Bivière a inquiété.", [("Bivière", "PER")], "fr", ["LOC"]),
        # A title or a given name makes a person; so does a surname of someone named in full.
        ("Il a écrit à M. Favre.", [("M. Favre", "PER")], "fr", ["PER"]),
        ("Il a écrit à Jean Favre.", [("Jean Favre", "PER")], "fr", ["PER"]),
        ("Paul Favre a parlé. On a répondu à Favre.", [("Paul Favre", "PER"), ("Favre", "PER")], "fr", ["PER", "PER"]),
        # A name also used as a person elsewhere stays a person.
        ("Favre a parlé. On a répondu à Favre ensuite.", [("Favre", "PER"), ("Favre", "PER")], "fr", ["PER", "PER"]),
        ("He wrote to Favre.", [("Favre", "PER")], "en", ["PER"]),
    ],
)
def test_with_locative_places(text: str, given: list[tuple[str, str]], lang: str, expected: list[str]) -> None:
    mentions = _mentions(text, given, lang)
    assert [m.label for m in with_locative_places(text, mentions, lang)] == expected
