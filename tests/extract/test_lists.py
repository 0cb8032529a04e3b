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
        # Country codes in capitals ("(EU)" for États-Unis) are countries too.
        (
            "Classement : 1. Jalabert (Fr) à 41\". 2. Mauri (Esp) à 1'08\". 3. Armstrong (EU) à 1'30\". 4. Moller (USA) à 1'48\".",
            [("Jalabert", "PER"), ("Armstrong", "PER"), ("EU", "ORG"), ("Moller", "PER")],
            [("Jalabert", "PER"), ("Fr", "LOC"), ("Mauri", "PER"), ("Esp", "LOC"), ("Armstrong", "PER"), ("EU", "LOC"), ("Moller", "PER"), ("USA", "LOC")],
        ),
        # The other sense: a four-letter acronym in brackets (a team, an agency) is no country code.
        (
            "Classement : 1. Jalabert (ONCE) à 41\". 2. Mauri (Fr) à 1'08\". 3. Armstrong (Fr) à 1'30\".",
            [("Jalabert", "PER"), ("ONCE", "ORG")],
            [("Jalabert", "PER"), ("ONCE", "ORG"), ("Mauri", "PER"), ("Fr", "LOC"), ("Armstrong", "PER"), ("Fr", "LOC")],
        ),
        # A ranked name with only the next rank after it is a competitor in a document whose
        # results list has the full shape.
        (
            "1. Olano (Esp) 2 h 10'. 2. Jalabert (Fr) à 1'. 3. Zulle (S) à 2'. Puis : 12. Camenzind. 23. Huser. 28. Dufaux m. t.",
            [("Olano", "PER"), ("Jalabert", "PER"), ("Zulle", "PER"), ("Huser", "LOC")],
            [("Olano", "PER"), ("Esp", "LOC"), ("Jalabert", "PER"), ("Fr", "LOC"), ("Zulle", "PER"), ("S", "LOC"), ("Camenzind", "PER"), ("Huser", "PER"), ("Dufaux", "PER")],
        ),
        # A ranked name may start with an initial; its country code is a place all the same.
        (
            "4. Mattan (Be). 5. M. Zberg (S). 6. Hvastija (Slo). 9. L. Jalabert (Fr) m. t.",
            [("Mattan", "PER"), ("M. Zberg", "PER"), ("Hvastija", "LOC"), ("Jalabert", "PER")],
            [("Mattan", "PER"), ("Be", "LOC"), ("M. Zberg", "PER"), ("S", "LOC"), ("Hvastija", "PER"), ("Slo", "LOC"), ("Jalabert", "PER"), ("Fr", "LOC")],
        ),
        # A numbered list of places in a document with no results list stays a list of places.
        (
            "Les étapes : 1. Genève. 2. Lausanne. 3. Sion. 4. Bulle.",
            [("Genève", "LOC"), ("Lausanne", "LOC"), ("Sion", "LOC"), ("Bulle", "LOC")],
            [("Genève", "LOC"), ("Lausanne", "LOC"), ("Sion", "LOC"), ("Bulle", "LOC")],
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


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # The list goes on past an item the recogniser missed ("A. Dumo (Nyon)") and past the
        # given initials it left out ("E. Vuille"); the place of the missed item stays a place.
        (
            "Sont élus : Paul Favre (Orbe), A. Dumo (Nyon), E. Vuille (Sion), Rochat (Morges).",
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Nyon", "LOC"), ("Vuille", "LOC"), ("Sion", "LOC"), ("Rochat", "LOC"), ("Morges", "LOC")],
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Nyon", "LOC"), ("Vuille", "PER"), ("Sion", "LOC"), ("Rochat", "PER"), ("Morges", "LOC")],
        ),
        # An OCR'd quote between a name and its bracket; the last item has no bracket after it.
        (
            "Sont élus : Paul Favre (Orbe), Jean Rey' (Morges), Pittet (Sion) et Ody.",
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Jean Rey", "PER"), ("Morges", "LOC"), ("Pittet", "LOC"), ("Sion", "LOC"), ("Ody", "LOC")],
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Jean Rey", "PER"), ("Morges", "LOC"), ("Pittet", "PER"), ("Sion", "LOC"), ("Ody", "PER")],
        ),
        # A surname's particle and an initial with an OCR'd comma are part of the gap too.
        (
            "Sont élus : Paul Favre (Orbe), de Rham (Nyon), J, Vuille (Sion), Rochat (Morges).",
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Rham", "LOC"), ("Nyon", "LOC"), ("Vuille", "LOC"), ("Sion", "LOC"), ("Rochat", "LOC"), ("Morges", "LOC")],
            [("Paul Favre", "PER"), ("Orbe", "LOC"), ("Rham", "PER"), ("Nyon", "LOC"), ("Vuille", "PER"), ("Sion", "LOC"), ("Rochat", "PER"), ("Morges", "LOC")],
        ),
        # Places with their region in brackets, no person among them, stay places.
        (
            "Il a joué à Orbe (Vaud), Sion (Valais), Bulle (Fribourg) et Nyon.",
            [("Orbe", "LOC"), ("Vaud", "LOC"), ("Sion", "LOC"), ("Valais", "LOC"), ("Bulle", "LOC"), ("Fribourg", "LOC"), ("Nyon", "LOC")],
            [("Orbe", "LOC"), ("Vaud", "LOC"), ("Sion", "LOC"), ("Valais", "LOC"), ("Bulle", "LOC"), ("Fribourg", "LOC"), ("Nyon", "LOC")],
        ),
    ],
)
def test_lists_of_people_with_gaps(text: str, given: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _labels(text, with_listed_people(text, _mentions(text, given), "fr")) == expected


def test_a_long_list_of_names_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each item's gap used to be matched to the end of the list (every item after it a "missed"
    # one): the characters the list patterns read grew with the square of the list's length.
    import re

    from kg.extract import lists

    n = 300
    text = "Sont élus : " + ", ".join(f"Nom{i} (Ville{i})" for i in range(n)) + "."
    spans = [(f"Nom{i} ", "LOC" if i else "PER") for i in range(n)]
    mentions = [EntityMention(m.start, m.end - 1, m.text[:-1], m.label, "test", "fr") for m in _mentions(text, spans)]  # type: ignore[arg-type]
    read = [0]

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def match(self, s: str, pos: int = 0) -> re.Match[str] | None:
            found = self.pattern.match(s, pos)
            read[0] += found.end() - pos if found is not None else 1
            return found

    for name, value in list(vars(lists).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(lists, name, Counting(value))
    out = lists._bracketed(text, mentions)
    assert all(m.label == "PER" for m in out)
    assert read[0] < 5 * len(text)


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # A plain list of one-word names: the few items typed otherwise take the type of most.
        (
            "Les chefs tels que Zariategui, Eflio, Torre, Madrazo et Vargas seront rappelés.",
            [("Zariategui", "PER"), ("Eflio", "LOC"), ("Torre", "LOC"), ("Madrazo", "PER"), ("Vargas", "PER")],
            [("Zariategui", "PER"), ("Eflio", "PER"), ("Torre", "PER"), ("Madrazo", "PER"), ("Vargas", "PER")],
        ),
        (
            "Elles sont entrées à Moldava, Bazias, Kovi, Pancevo, Semlin, Mitrovitza.",
            [("Moldava", "LOC"), ("Bazias", "PER"), ("Kovi", "PER"), ("Pancevo", "LOC"), ("Semlin", "LOC"), ("Mitrovitza", "LOC")],
            [("Moldava", "LOC"), ("Bazias", "LOC"), ("Kovi", "LOC"), ("Pancevo", "LOC"), ("Semlin", "LOC"), ("Mitrovitza", "LOC")],
        ),
        # A tie, fewer than three agreeing items, or words between the names: nothing changes.
        (
            "Il a vu Dupont, Berne, Martin et Sion.",
            [("Dupont", "PER"), ("Berne", "LOC"), ("Martin", "PER"), ("Sion", "LOC")],
            [("Dupont", "PER"), ("Berne", "LOC"), ("Martin", "PER"), ("Sion", "LOC")],
        ),
        (
            "Il a vu Dupont, Martin et Sion.",
            [("Dupont", "PER"), ("Martin", "PER"), ("Sion", "LOC")],
            [("Dupont", "PER"), ("Martin", "PER"), ("Sion", "LOC")],
        ),
        (
            "Dupont a vu Martin, puis Durand est allé à Sion.",
            [("Dupont", "PER"), ("Martin", "PER"), ("Durand", "PER"), ("Sion", "LOC")],
            [("Dupont", "PER"), ("Martin", "PER"), ("Durand", "PER"), ("Sion", "LOC")],
        ),
    ],
)
def test_plain_lists_agree(text: str, given: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _labels(text, with_listed_people(text, _mentions(text, given), "fr")) == expected


def test_a_country_code_keeps_no_record_of_other_letters() -> None:
    # "EU" in a French results list is the United States, not the European Union the gazetteer
    # knows by these letters.
    text = "Classement : 1. Jalabert (Fr) à 41\". 2. Mauri (Esp) à 1'08\". 3. Armstrong (EU) à 1'30\"."
    start = text.index("EU")
    eu = EntityMention(start, start + 2, "EU", "ORG", "gazetteer", "fr", qid="Q458", canonical="eu")
    out = {m.text: m for m in with_listed_people(text, [eu], "fr")}
    assert (out["EU"].label, out["EU"].qid, out["EU"].canonical) == ("LOC", None, None)
