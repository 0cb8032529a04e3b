"""English names of invented wire news misread by the model (issue 21, n35a): a town's team
with a singular nickname after "The" or read as an event, a make's plant, football clubs and
leagues, people whose given name is a town's, a person speaking after an organisation's
possessive, what a maker makes, well-known products, a make's company, firms named with "&", a
surname speaking of himself, a currency quoted against another, a given name the model left out,
consumer products after their brand, North American teams' towns, a full name speaking of
himself, a gala, a work's title before "film", a product after its company's possessive.
Each case is read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A town and a singular team nickname after "The" are a team, not a brand's model, even
        # where the text names the town alone; a brand and its model stay a product.
        (
            "The Orlando Magic beat the Boston Celtics 104-99 on Friday. Orlando has now won five straight games.",
            [("The Orlando Magic", "ORG")],
            [("The Orlando Magic", "PRO")],
        ),
        ("GM said the Saturn Aura sold well. Saturn dealers were pleased.", [("the Saturn Aura", "PRO")], []),
        # A town's team the model read as an event is the team.
        ("The Orlando Magic beat the Utah Jazz on Saturday.", [("the Utah Jazz", "ORG")], []),
        # A make's plant is no town; a town's plant is.
        ("Stellantis will invest $1 billion in its Jeep plant in Toledo.", [("Toledo", "LOC")], [("Jeep", "LOC")]),
        ("General Motors will idle its Janesville assembly plant in December, the company said.", [("Janesville", "LOC")], []),
        # Football clubs and leagues named after a town or cut short by the model; the town
        # alone stays the town.
        (
            "Inter Milan drew with Real Madrid, and Paris Saint-Germain thrashed Celtic 5-0 at the Parc des Princes.",
            [("Paris Saint-Germain", "ORG"), ("Real Madrid", "ORG")],
            [("Paris Saint-Germain", "LOC")],
        ),
        ("The striker has scored 20 goals in Ligue 1 this season.", [("Ligue 1", "ORG")], [("Ligue", "LOC")]),
        ("The summit opened in Paris on Monday.", [("Paris", "LOC")], []),
        # People whose given name is a town's, or whom the model read as a company.
        ("Paris Hilton attended the premiere with her husband.", [("Paris Hilton", "PER")], [("Paris Hilton", "ORG")]),
        # A given name after an organisation's possessive, then a verb of saying: a person; a
        # brand after its owner's possessive stays as it was.
        (
            "SoftBank Group's Masayoshi Son said the company would invest $30 billion in chips.",
            [("Masayoshi Son", "PER")],
            [("Masayoshi Son", "ORG")],
        ),
        ("Nestle's Purina brand grew 4 percent.", [], [("Purina", "PER")]),
        # What a maker makes is a product, a conjunct too; a name the gazetteer knows and a
        # company after "the owner of" keep their type.
        (
            "Halden Pharma, the Danish maker of Zelvira and Nortrex, said demand remained strong.",
            [("Zelvira", "PRO"), ("Nortrex", "PRO")],
            [("Zelvira", "ORG"), ("Zelvira", "LOC"), ("Nortrex", "ORG")],
        ),
        ("Shares of the developer of Starfall Quest fell 8 percent.", [("Starfall Quest", "PRO")], [("Starfall Quest", "ORG")]),
        ("The owner of Halvane Foods said it would cut 200 jobs.", [("Halvane Foods", "ORG")], [("Halvane Foods", "PRO")]),
        # Well-known products (en/product_names) the model read as a company or missed; a
        # person who bears such a name in full stays a person.
        ("Amazon's Alexa and Microsoft's Copilot gained new features on Tuesday.", [("Alexa", "PRO"), ("Copilot", "PRO")], [("Alexa", "ORG")]),
        ("Apple said on Monday it would rebuild Siri around a new model.", [("Siri", "PRO")], []),
        ("Alexa Chung attended the show in London.", [("Alexa Chung", "PER")], [("Alexa", "PRO")]),
        # A legal form after a car make is the make's company, no model.
        ("Geely and BYD Co. said they would build plants in Hungary.", [("BYD Co.", "ORG")], [("BYD Co", "PRO")]),
        # Two names joined by "&" are a firm, never a person; people joined by "and" stay people.
        # (n38a: the firm's possessive that owns nothing is part of its name, as "Dillard's".)
        ("Unilever said it would sell Ben & Jerry's to a private equity fund.", [("Ben & Jerry's", "ORG")], [("Ben & Jerry", "PER")]),
        ("Tom Hanks and Rita Wilson attended the gala.", [("Tom Hanks", "PER"), ("Rita Wilson", "PER")], []),
        # The surname of the one person named in full, speaking of himself, is no country; the
        # country speaking of itself stays one.
        (
            "Michael Jordan sold his stake in the team. Jordan said he would keep a seat on the board.",
            [("Jordan", "PER")],
            [("Jordan", "LOC")],
        ),
        ("Michael Jordan visited Amman last year. Jordan said it would host the talks.", [("Jordan", "LOC")], []),
        # A name quoted against a currency is a currency; a firm of the same name stays one.
        (
            "Sterling fell 0.5 percent against the dollar on Friday. Sterling Bancorp rose 2 percent.",
            [("Sterling Bancorp", "ORG")],
            [("Sterling", "ORG")],
        ),
        # A given name the model left out before a surname it read as a company: one person; a
        # given name that is a word too is no person's there.
        (
            "Sterling fell 0.5 percent against the dollar after the Bank of England cut rates.\n\nRaheem Sterling said he was happy.",
            [("Raheem Sterling", "PER")],
            [("Sterling", "ORG")],
        ),
        ("Christian Democrats won the vote in Bavaria.", [], [("Christian Democrats", "PER")]),
        # A kind of consumer product after a brand: the brand's product.
        ("Procter & Gamble said sales of Pampers diapers rose 4 percent.", [("Pampers", "PRO")], [("Pampers", "ORG")]),
        # A full name speaking of himself is a person; a firm speaking of someone stays a firm.
        ("Novak Djokovic said he would skip the Australian Open.", [("Novak Djokovic", "PER")], [("Novak Djokovic", "ORG")]),
        ("Kestrel Capital said he would join the board in March.", [("Kestrel Capital", "ORG")], []),
        # A gala is an event, no place.
        ("Kendall Jenner and Zendaya were among the guests at the Met Gala on Monday.", [("Kendall Jenner", "PER")], [("the Met Gala", "LOC")]),
        # A building the model read before a noun of a work is the work's title.
        ("The new Superman film earned $220 million worldwide, Warner Bros. said.", [("Superman", "PRO")], [("Superman", "LOC")]),
        # An unknown place after a known company's possessive, no noun after it: the company's
        # product; a town before a plant's noun stays a town.
        (
            "Zendaya attended the gala on Monday. Google's Gemini and OpenAI's ChatGPT were the talk of the night.",
            [("Gemini", "PRO"), ("ChatGPT", "PRO")],
            [("Gemini", "LOC")],
        ),
        ("Honda's Marysville plant will build the new model.", [("Marysville", "LOC")], [("Marysville", "PRO")]),
        # A town and the nickname the model read alone as an organisation are one team.
        ("Jerry Jones's Dallas Cowboys lost again on Sunday.", [("Dallas Cowboys", "ORG")], [("Dallas", "LOC"), ("Cowboys", "ORG")]),
        # A North American team's town the gazetteer holds.
        ("Jonas Berg scored twice as the Calgary Flames beat the Winnipeg Jets 4-2.", [("the Winnipeg Jets", "ORG"), ("the Calgary Flames", "ORG")], []),
    ],
)
def test_english_names_of_wire_news(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for item in present:
        assert item in found, found
    for item in absent:
        assert item not in found, found
