"""Places in French datelines (kg.extract.datelines): invented reports."""

from __future__ import annotations

import pytest

from kg.extract.datelines import with_dateline_places
from kg.types import EntityMention


def _mentions(text: str, spans: list[tuple[str, str]]) -> list[EntityMention]:
    out = []
    for name, label in spans:
        start = text.index(name)
        out.append(EntityMention(start, start + len(name), name, label, "test", "fr"))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(
    ("text", "given", "lang", "expected"),
    [
        # An upper-case heading followed by a dash, missed or typed ORG.
        ("Le roi est parti. MONTREUX. — Un orage a éclaté.", [], "fr", [("MONTREUX", "LOC")]),
        ("Le roi est parti. VEVEY. — Le comité a siégé.", [("VEVEY", "ORG")], "fr", [("VEVEY", "LOC")]),
        # A one-word heading with a capital, missed or typed PER: the local news of a regional paper.
        ("Il a plu hier. Cressier. — Dimanche, on a voté.", [("Cressier", "PER")], "fr", [("Cressier", "LOC")]),
        ("La politique anglaise. Prnsse. — La Prusse a vendu des fusils.", [], "fr", [("Prnsse", "LOC")]),
        # Not a heading: a common word, or a name after an honorific at the end of a sentence.
        ("Il est venu. Enfin. — Rien ne bouge.", [], "fr", []),
        ("Attaques contre M. Ador. — Les journaux.", [("M. Ador", "PER")], "fr", [("M. Ador", "PER")]),
        # A capitalised word before a day and a month.
        ("Grave accident Orbe, 28 août. Une voiture est tombée.", [], "fr", [("Orbe", "LOC")]),
        # Not a place: an article or a weekday before the date, a person, another language.
        ("Le 3 mai, il pleuvait. Samedi 4 mai, aussi.", [], "fr", []),
        ("Il a vu Jean Favre, 3 mai.", [("Jean Favre", "PER")], "fr", [("Jean Favre", "PER")]),
        ("Signé : Favre, 3 mai.", [("Favre", "PER")], "fr", [("Favre", "PER")]),
        # A one-word name the model read as a person, before a date that a dash or an agency's
        # bracket follows, is the dateline's place; a person named in full is not.
        ("Un vieillard assassin Rorschach, 15 septembre, (ag.) — A Goldach, un garçon.", [("Rorschach", "PER")], "fr", [("Rorschach", "LOC")]),
        ("Un drame Cressier, 3 mai 1921. — On a trouvé.", [("Cressier", "PER")], "fr", [("Cressier", "LOC")]),
        ("Il a vu Jean Favre, 3 mai. — Rien.", [("Jean Favre", "PER")], "fr", [("Jean Favre", "PER")]),
        ("Signé : Favre, 3 mai 1920.", [("Favre", "PER")], "fr", [("Favre", "PER")]),
        ("He left. BOSTON. — It rained.", [], "en", []),
        # An English wire dateline: the place in capitals before the agency's credit, typed ORG by
        # the model or missed, with its region or country if any.
        ("WOLFSBURG, Germany (AP) — Volkswagen said.", [("WOLFSBURG", "ORG"), ("Germany", "LOC")], "en", [("WOLFSBURG", "LOC"), ("Germany", "LOC")]),
        ("Stocks fall\nNEW YORK (Reuters) - Stocks fell.", [], "en", [("NEW YORK", "LOC")]),
        # Not at a line's head, or no credit: no dateline.
        ("He said ZORBA (AP) - no.", [("ZORBA", "ORG")], "en", [("ZORBA", "ORG")]),
        ("BOSTON - It rained.", [], "en", []),
        # No credit, a dash only: a dateline when the gazetteer knows the place as a place alone
        # (issue 21, org21); "GM - Chrysler talks" is a headline.
        ("DETROIT - Zorvex Motors said.", [("DETROIT", "ORG"), ("Zorvex Motors", "ORG")], "en", [("DETROIT", "LOC"), ("Zorvex Motors", "ORG")]),
        ("Stocks fall\nNEW YORK - Zorvex Bank fell.", [("Zorvex Bank", "ORG")], "en", [("NEW YORK", "LOC"), ("Zorvex Bank", "ORG")]),
        ("GM - Chrysler talks stall", [("GM", "ORG"), ("Chrysler", "ORG")], "en", [("GM", "ORG"), ("Chrysler", "ORG")]),
        # A place the gazetteer does not know, before a dash or a double hyphen, when the story
        # writes it again in running text (issue 21, n21i); not a name written otherwise.
        ("VELMORA -- Cargo ships queued.\nShips left Velmora.", [("Velmora", "PER")], "en", [("VELMORA", "LOC"), ("Velmora", "PER")]),
        ("OLD TAMBERLY - The Zorvex Authority met.\nIt met in Old Tamberly.", [("Zorvex Authority", "ORG"), ("Old Tamberly", "LOC")], "en",
         [("OLD TAMBERLY", "LOC"), ("Zorvex Authority", "ORG"), ("Old Tamberly", "LOC")]),
        ("ZORVEX -- Zorvex Motors said.", [("Zorvex Motors", "ORG")], "en", [("Zorvex Motors", "ORG")]),
        ("UPDATE -- Stocks fell.\nAn update came.", [], "en", []),
        # ... nor a company's name heading its own news (review rv21i).
        ("TELVANTA -- The mobile operator Telvanta cut jobs.", [("Telvanta", "ORG")], "en", [("Telvanta", "ORG")]),
        # A story's label before the credit, and a score in brackets: no dateline.
        ("EXCLUSIVE (Reuters) - Zorba is in talks.", [], "en", []),
        ("ANALYSIS (Reuters) - Investors fret.", [("ANALYSIS", "ORG")], "en", [("ANALYSIS", "ORG")]),
        ("ZORBA UNITED (0-1) — Roe missed a penalty.", [("ZORBA UNITED", "ORG")], "en", [("ZORBA UNITED", "ORG")]),
        # The day of the story between the place and the credit or the dash (issue 21, n29b): a
        # dateline, whatever the model read there (a product it seems to describe, the pieces of
        # a name with a full stop), and a dash alone after the day makes one too.
        ("Vaccine works\nOXFORD, Nov 3 - A malaria vaccine cut cases.", [("OXFORD", "PRO")], "en", [("OXFORD", "LOC")]),
        ("GOMA, Congo, March 4 (Reuters) - Rebels advanced.", [("Congo", "LOC")], "en", [("GOMA", "LOC"), ("Congo", "LOC")]),
        ("ST. PETERSBURG, May 2 (AP) - Ice closed the port.", [("ST", "LOC"), ("PETERSBURG", "ORG")], "en", [("ST. PETERSBURG", "LOC")]),
        ("Storm hits\nHARROGATE, Sept. 12, 2023 - Roofs were torn off.", [], "en", [("HARROGATE", "LOC")]),
        ("LONDON, Oct 4 - Rail passengers faced delays.", [("LONDON", "LOC"), ("Oct 4", "PER")], "en", [("LONDON", "LOC")]),
        ("MARSEILLE, Oct 2 - Marseille were held.", [("Oct 2 - Marseille", "PER")], "en", [("MARSEILLE", "LOC")]),
        ("PARIS, June 7 (Reuters) - France won.", [("June 7", "ORG"), ("Reuters", "ORG"), ("France", "LOC")], "en",
         [("PARIS", "LOC"), ("Reuters", "ORG"), ("France", "LOC")]),
        # Not a day's number alone, nor a place out of a line's head.
        ("MAY 3 - Stocks fell.", [], "en", []),
        ("He said ZORBA, May 3 (AP) - no.", [("ZORBA", "ORG")], "en", [("ZORBA", "ORG")]),
        # Nor a weekday, a section's label or a name the model reads as a person before the day
        # (review rvn29b).
        ("MONDAY, March 3 - The council met.", [], "en", []),
        ("WEATHER, Jan 5 - Heavy snow closed roads.", [], "en", []),
        ("TRAVEL, June 4 - Airports braced for crowds.", [], "en", []),
        ("COURTS, April 2 - A judge jailed a man.", [], "en", []),
        ("JOHN ZORBA, March 3 - A reader writes.", [("JOHN ZORBA", "PER")], "en", [("JOHN ZORBA", "PER")]),
    ],
)
def test_with_dateline_places(text: str, given: list[tuple[str, str]], lang: str, expected: list[tuple[str, str]]) -> None:
    got = with_dateline_places(text, _mentions(text, given), lang)
    assert [(text[m.start : m.end], m.label) for m in got] == expected


@pytest.mark.parametrize("unit", ["DETROIT - General Motors said so.\n", "DETROIT (Reuters) - General Motors said so.\n"])
def test_many_datelines_cost_about_linear_time(unit: str) -> None:
    """Thousands of datelines in one document: the mentions each place overlaps are found going
    back from it, not by a pass over all of them (300,000 characters took 13 s; review rv21o)."""
    import time

    def run(n: int) -> float:
        text = unit * n
        at = unit.index("General")
        mentions = [EntityMention(k * len(unit) + at, k * len(unit) + at + 14, "General Motors", "ORG", "test", "en") for k in range(n)]
        started = time.process_time()
        out = with_dateline_places(text, mentions, "en")
        elapsed = time.process_time() - started
        assert [m.text for m in out[:2]] == ["DETROIT", "General Motors"] and len(out) == 2 * n
        assert out[0].label == "LOC" and out[0].evidence == ("dateline",)
        return elapsed

    run(100)
    small, large = run(2_000), run(8_000)  # some 75,000 and 300,000 characters
    assert large < 10.0 and large < 8 * small + 0.5
