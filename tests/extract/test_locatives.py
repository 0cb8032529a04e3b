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


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # A place noun or a locative word, then "de": a bare name is a place, added when missed.
        ("Il se distingue à la bataille de Rossbach, où il est nommé.", [], [("Rossbach", "LOC")]),
        ("Le clocher de Wœrth a brûlé.", [], [("Wœrth", "LOC")]),
        ("Les terrains sis sur le territoire communal de Cressier seront drainés.", [("Cressier", "PER")], [("Cressier", "LOC")]),
        ("Le combat a eu lieu près de Sando & de Kimito.", [], [("Sando", "LOC"), ("Kimito", "LOC")]),
        ("Il devait arriver à Sarragosse.", [], [("Sarragosse", "LOC")]),
        ("Un train venant de Tokio est arrivé.", [], [("Tokio", "LOC")]),
        ("Il est originaire de Bex, dit-on.", [("Bex", "PER")], [("Bex", "LOC")]),
        ("Le général dut se retirer de Lanford.", [("Lanford", "PER")], [("Lanford", "LOC")]),
        # A verb whose object is a place: the bare name after it is one.
        ("Une mère de famille habitant Bex a trouvé un portefeuille.", [("Bex", "PER")], [("Bex", "LOC")]),
        ("Il regagna Zuoz couvert de gloire.", [("Zuoz", "PER")], [("Zuoz", "LOC")]),
        ("Il a quitté Genève hier.", [], [("Genève", "LOC")]),
        # The other sense: a person named so, or named in full elsewhere, stays a person.
        ("Il a quitté M. Favre hier.", [("M. Favre", "PER")], [("M. Favre", "PER")]),
        ("Paul Favre a parlé. Il a quitté Favre hier.", [("Paul Favre", "PER"), ("Favre", "PER")], [("Paul Favre", "PER"), ("Favre", "PER")]),
        ("Il a rejoint Favre hier.", [("Favre", "PER")], [("Favre", "PER")]),
        # A company after the verb stays a company.
        ("Il s'est retiré de Nestlé en mai.", [("Nestlé", "ORG")], [("Nestlé", "ORG")]),
        ("Il a quitté Nestlé en mai.", [("Nestlé", "ORG")], [("Nestlé", "ORG")]),
        ("Le concordat conclu en Bivière inquiète.", [], [("Bivière", "LOC")]),
        # The items of a list that goes on from a place are places.
        (
            "Elles sont entrées à Moldava, Bazias, Kovi et Semlin.",
            [("Moldava", "LOC"), ("Bazias", "PER")],
            [("Moldava", "LOC"), ("Bazias", "LOC"), ("Kovi", "LOC"), ("Semlin", "LOC")],
        ),
        (
            "Elles sont entrées à Moldava, Bazias, Kovi, Semlin.",
            [],
            [("Moldava", "LOC"), ("Bazias", "LOC"), ("Kovi", "LOC"), ("Semlin", "LOC")],
        ),
        # Not a list: the name after the comma opens a clause.
        (
            "Hier à Paris, Hollande et Merkel ont signé.",
            [("Paris", "LOC"), ("Hollande", "PER"), ("Merkel", "PER")],
            [("Paris", "LOC"), ("Hollande", "PER"), ("Merkel", "PER")],
        ),
        ("Arrivé à Moldava, Favre a parlé.", [("Favre", "PER")], [("Moldava", "LOC"), ("Favre", "PER")]),
        # A complement that is no place noun, a title, a given name or a common word: no place.
        ("La politique de Favre a changé.", [("Favre", "PER")], [("Favre", "PER")]),
        ("Le combat de Favre continue.", [("Favre", "PER")], [("Favre", "PER")]),
        ("Il était assis près de M. Favre.", [("M. Favre", "PER")], [("M. Favre", "PER")]),
        ("Ils jouent sous la direction de Jenny.", [("Jenny", "PER")], [("Jenny", "PER")]),
        ("Le parti de Favre a gagné.", [("Favre", "PER")], [("Favre", "PER")]),
        ("On attend l'arrivée de Favre demain.", [("Favre", "PER")], [("Favre", "PER")]),
        ("La ville natale de Favre fête son fils.", [("Favre", "PER")], [("Favre", "PER")]),
        ("Ils sont partis en Marche forcée.", [], []),
        ("Il a écrit à Jean Zollig hier.", [], []),
        ("Ils se sont revus à Noël et à Pâques.", [], []),
        ("Une lettre à Monsieur le préfet.", [], []),
        ("Le coupon à Vs grammes.", [], []),
        # A person elsewhere in the document stays a person in a list of places.
        (
            "Bazias a parlé. Elles sont entrées à Moldava, Bazias et Kovi.",
            [("Bazias", "PER"), ("Moldava", "LOC"), ("Bazias", "PER")],
            [("Bazias", "PER"), ("Moldava", "LOC"), ("Bazias", "PER"), ("Kovi", "LOC")],
        ),
    ],
)
def test_places_after_place_nouns_and_in_lists(text: str, given: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    mentions = _mentions(text, given)
    assert [(m.text, m.label) for m in with_locative_places(text, mentions, "fr")] == expected


def test_added_place_records_its_evidence() -> None:
    text = "Il devait arriver à Sarragosse."
    (place,) = with_locative_places(text, [], "fr")
    assert (text[place.start : place.end], place.extractor, place.evidence) == (
        "Sarragosse",
        "locative",
        ("after a locative preposition",),
    )
    assert with_locative_places(text, [], "en") == []


# pl34a: whether a word after a place noun lies inside a mention is a bisection in the mentions'
# starts (with the furthest end so far), where each word read every mention of the document.
@pytest.mark.parametrize(
    ("spans", "start", "end"),
    [
        ([(0, 5), (10, 20), (12, 14)], 15, 18), ([(0, 5), (10, 20), (12, 14)], 5, 10), ([(0, 5), (10, 20)], 4, 6),
        ([(10, 20), (0, 30)], 25, 28), ([(3, 4)], 4, 9), ([(3, 4)], 0, 3), ([], 0, 5), ([(5, 9), (5, 6)], 7, 8),
    ],
)
def test_a_word_inside_a_mention_as_a_scan_finds_it(spans: list[tuple[int, int]], start: int, end: int) -> None:
    from kg.extract.locatives import _Spans

    assert _Spans(spans).overlaps(start, end) is any(s < end and start < e for s, e in spans)


def test_places_after_place_nouns_cost_about_linear_time() -> None:
    """Hundreds of invented wire paragraphs in one document, each with its people and a place the model
    missed after « à »: each word looks the mentions up, not every mention of the document. Process
    CPU time, the best of three runs, against the smaller input measured here: four times the text
    costs some four times as long, a quadratic pass sixteen."""
    import time

    names = ("Marc Delorme", "Julie Verhaeg", "Paul Astruc", "Nina Corvel", "Eric Mandou", "Lise Tarvel")
    story = ", ".join(names) + " ont parlé. Le convoi est passé à Belvoreux. "

    def run(stories: int) -> float:
        text = story * stories
        mentions = _mentions(text, [(name, "PER") for _ in range(stories) for name in names])
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            found = with_locative_places(text, mentions, "fr")
            best = min(best, time.process_time() - started)
        assert sum(m.text == "Belvoreux" and m.label == "LOC" for m in found) == stories
        return best

    run(20)  # the word lists, loaded once
    small, large = run(500), run(2_000)  # some 60,000 and 240,000 characters
    assert large < 8 * small + 0.2
