"""English names of invented wire news misread by the model (issue 21, n34a): singular team
nicknames, a product's model number after the article the model read as a person's, counted
car models, a place the model glued to the company after it, an airshow, a dateline's place cut
short, a credit rating before "rating", a role and a verb of a Title Case headline, a common word
opening a quotation, an i-product's edition in small letters, given names.
Each case is read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A town's or a state's name and a singular team nickname (en/singular_team_nicknames) are
        # one team, where the model read a building or the place alone.
        (
            "Dwayne Carter scored 31 points and the Miami Heat held off the Denver Nuggets 104-99 on Tuesday.",
            [("the Miami Heat", "ORG")],
            [("the Miami Heat", "LOC")],
        ),
        ("In Salt Lake City, the Utah Jazz lost 112-95 to the Denver Nuggets.", [("the Utah Jazz", "ORG")], [("Utah", "LOC")]),
        ("The Tampa Bay Lightning beat the Minnesota Wild 3-2 in overtime.", [("the Minnesota Wild", "ORG")], []),
        # Near misses: a nickname left out of the list, a word in small letters, a nationality.
        ("Many still believe in the American Dream, she said.", [], [("the American Dream", "ORG"), ("American Dream", "ORG")]),
        ("The Texas heat killed 12 people last week.", [("Texas", "LOC")], [("Texas heat", "ORG")]),
        ("The Great Chicago Fire of 1871 destroyed the city.", [], [("Chicago Fire", "ORG"), ("the Great Chicago Fire", "ORG")]),
        # A model number after an article and a word the model read as a person: a product; a
        # person named in full before a race position stays one.
        (
            "Nexora Inc. unveiled a phone on Wednesday.\n\nThe Vega X2 will go on sale in Europe in April, the company said.",
            [("The Vega X2", "PRO")],
            [("The Vega X2", "PER")],
        ),
        ("Max Roe P1 and Jane Doe P2 finished ahead of the field.", [("Max Roe P1", "PER")], []),
        # A count in figures before a car make and a model's plural: the model's cars; a year, a
        # company the gazetteer knows and a person named like a make stay as they were.
        ("Chrysler said it would recall 68,000 Jeep Grand Cherokees to fix a wiring fault.", [("Jeep Grand Cherokees", "PRO")], [("Jeep Grand Cherokees", "ORG")]),
        ("The company sold 12,000 Ford Explorers in May.", [("Ford Explorers", "PRO")], []),
        ("About 3,000 Volvo Cars workers went on strike.", [("Volvo Cars", "ORG")], [("Volvo Cars", "PRO")]),
        ("In 1996 Ford Frick was honoured by the league.", [("Ford Frick", "PER")], []),
        # A count or a possessive determiner before a place the gazetteer does not know and a kind
        # of product: the product; a noun of no product keeps the place.
        ("The company also recalled 12,000 Mustang coupes last week.", [("Mustang", "PRO")], [("Mustang", "LOC")]),
        ("Amazon.com Inc. said sales of its Kindle Fire tablet tripled.", [("Kindle Fire", "PRO")], [("Kindle Fire", "LOC")]),
        ("The firm moved its Marysville plant last year.", [("Marysville", "LOC")], [("Marysville", "PRO")]),
        # A place and a known company the model read as one organisation are two names; a company
        # whose own name opens with a place stays whole.
        (
            "European shares fell, while in the United States Ford Motor Co. weighed on carmakers.",
            [("United States", "LOC"), ("Ford Motor Co.", "ORG")],
            [("the United States Ford Motor Co.", "ORG")],
        ),
        ("In Britain Barclays PLC fell 3 percent.", [("Britain", "LOC"), ("Barclays PLC", "ORG")], [("Britain Barclays PLC", "ORG")]),
        ("Shares of United States Steel Corp. rose 2 percent.", [("United States Steel Corp.", "ORG")], []),
        ("Japan Airlines cut fares on Monday.", [("Japan Airlines", "ORG")], []),
        # An airshow is an event (en/event_name_heads), no place; a studio's "Games" is a company.
        ("Aeroflot signed the order at the Farnborough Airshow in England.", [("England", "LOC")], [("the Farnborough Airshow", "LOC")]),
        ("Shares of Take-Two, which owns Rockstar Games, rose 3 percent.", [("Rockstar Games", "ORG")], []),
        # The model's one piece of a dateline's place in capitals gives way to the whole place.
        (
            "Chrysler posts profit, Fiat raises stake\n\nAUBURN HILLS, Mich. (Reuters) — Chrysler Group LLC posted a profit.",
            [("AUBURN HILLS", "LOC")],
            [("HILLS", "LOC")],
        ),
        ("ST. PETERSBURG, Russia (Reuters) — Gazprom said on Monday it would raise prices.", [("ST. PETERSBURG", "LOC")], []),
        # A credit rating before "rating" is no name; a body named by the letters stays one.
        ("Fitch Ratings affirmed its AAA rating for Germany on Friday.", [("Germany", "LOC")], [("AAA", "ORG")]),
        ("The AAA said on Monday that gas prices rose for a third week.", [("The AAA", "ORG")], []),
        # A role's title and the verb of a Title Case headline are no person; a name after the
        # title stays one.
        (
            "Judge Sentences Ex-Banker To 11 Years\n\nNEW YORK (Reuters) — A former bank director was sentenced on Tuesday.",
            [],
            [("Judge Sentences Ex-Banker", "PER"), ("Sentences Ex-Banker", "PER")],
        ),
        ("Judge Judy Signs New Deal\n\nJudge Judy signed a new deal on Monday.", [("Judge Judy", "PER")], []),
        # A common word opening a quotation at a sentence's start, written small elsewhere, is no
        # name; a company the text names again with a capital, or the gazetteer knows, stays one.
        (
            'The startup makes speech recognition software.\n\n"Speech is the next big interface," Scott Guthrie said.',
            [("Scott Guthrie", "PER")],
            [("Speech", "ORG")],
        ),
        ('Shares of Target Corp. rose.\n\n"Target is doing well," said Ann Lee, who likes to target bargains.', [("Target", "ORG")], []),
        ('The apple harvest was poor.\n\n"Apple is a great company," he said.', [("Apple", "ORG")], []),
        # An edition's word in small letters goes on a name that opens with "i" and a capital
        # (en/lowercase_edition_words), and the article before it is the product's; not before a
        # noun the edition's word or the product modifies.
        ("Apple on Wednesday unveiled the iPod nano, a smaller music player.", [("the iPod nano", "PRO")], [("iPod", "PRO")]),
        ("Apple said the new iPod touch would cost $199.", [("iPod touch", "PRO")], [("iPod", "PRO")]),
        ("Apple added a model to the iPod line on Tuesday.", [("iPod", "PRO")], [("the iPod", "PRO")]),
        # A given name of xx/given_names and an age after the name: a person.
        ("The bank hired Deepak Raman, 44, from a rival.", [("Deepak Raman", "PER")], [("Deepak Raman", "ORG")]),
    ],
)
def test_english_names_of_wire_news(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for item in present:
        assert item in found, found
    for item in absent:
        assert item not in found, found
