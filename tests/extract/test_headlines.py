"""Capitalised common nouns of English headlines and Title Case lines (kg.extract.headlines)."""

from __future__ import annotations

import pytest

from kg.extract.headlines import common_noun_in_headline, title_case_line, title_case_name_span


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Stocks Tumble As Oil Jumps", True),
        ("Automaker Posts Loss", True),
        ("Lawmakers Back Bailout For Detroit", True),
        # Sentence case, capitals, a sentence, too short.
        ("Carmaker seeks more aid", False),
        ("BOEING DELIVERS FINAL 717", False),
        ("Acme Posts A Loss Of $2 Billion In The Third Quarter.", False),
        ("Shares Rise", False),
        # A brand with a small first letter and a capital inside is written as in the body
        # (issue 21, n38b); not a sentence-case line with such a brand.
        ("Zentrix Unveils Slimmer eReader At Berlin Show", True),
        ("Orvan Cuts Price Of iPad Rival", True),
        ("Zentrix unveils slimmer eReader", False),
        ("Zentrix Unveils ereader At Show", False),
    ],
)
def test_title_case_lines(line: str, expected: bool) -> None:
    assert title_case_line(line) is expected


@pytest.mark.parametrize(
    ("text", "surface", "label", "dropped"),
    [
        # A common noun opening the headline, or in a Title Case line, names no one.
        ("Carmaker seeks more aid\nThe carmaker lost $30 billion this year.", "Carmaker", "ORG", True),
        ("Automaker Posts Loss\nThe automaker posted a loss on Thursday.", "Automaker", "ORG", True),
        ("Stocks Tumble As Oil Jumps\nU.S. stocks fell as oil prices rose.", "Oil Jumps", "PER", True),
        ("Stocks Tumble As Oil Jumps\nU.S. stocks fell as oil prices rose.", "Stocks", "ORG", True),
        ("Union Rejects Contract\nThe union said its members voted on Sunday.", "Union Rejects Contract", "ORG", True),
        # A name the gazetteer knows, or that the body writes with a capital inside a sentence.
        ("Apple unveils new laptop\nThe apple of his eye, Apple said.", "Apple", "ORG", False),
        ("Pixel raises funds\nThe startup Pixel said it raised money.", "Pixel", "ORG", False),
        ("Union Rejects Contract\nThe Union said on Sunday that the union voted.", "Union", "ORG", False),
        # ... or first in a sentence before another capitalised word: a longer name holds it.
        ("Union Rejects Contract\nUnion Pacific said on Sunday that the union voted.", "Union", "ORG", False),
        # Words of several that the body never writes in small letters: a name ("Wall Street").
        ("Stocks Fall On Wall Street\nInvestors sold shares on Monday.", "Wall Street", "LOC", False),
        # Not the headline's first word, nor a Title Case line: left to the model.
        ("Ford says carmaker seeks aid\nThe carmaker lost money.", "Ford", "ORG", False),
        ("Investors fled. Stocks fell on Monday as oil rose.", "Stocks", "ORG", False),
        # A dictionary word the text never writes in small letters may be a name; a first line that
        # is a sentence, or the only line, is no headline.
        ("Nasdaq buys exchange\nNasdaq said on Monday it bought the exchange.", "Nasdaq", "ORG", False),
        ("Carmaker seeks more aid.\nThe carmaker lost money.", "Carmaker", "ORG", False),
        ("Carmaker seeks more aid from the carmaker", "Carmaker", "ORG", False),
        # An acronym, a product.
        ("GM Posts Loss As Sales Fall\nThe company lost money.", "GM", "ORG", False),
        # A function word inside the run is the headline's, no word of a name (issue 21, n28b) ...
        ("Coastal Towns Brace For Storm\nResidents of coastal towns prepared sandbags.", "Coastal Towns Brace For Storm", "ORG", True),
        ("Clinics Struggle With Flu Cases\nRural clinics said flu cases had doubled.", "Clinics Struggle With Flu Cases", "ORG", True),
        # ... but the run's words the body writes with a capital still make a name.
        ("Society For Animal Welfare Warns\nThe Society for Animal Welfare said the society was short of funds.", "Society For Animal Welfare", "ORG", False),
    ],
)
def test_common_nouns_of_headlines(text: str, surface: str, label: str, dropped: bool) -> None:
    start = text.index(surface)
    assert common_noun_in_headline(text, start, start + len(surface), label, headline=True) is dropped


def test_only_the_first_segment_has_a_headline() -> None:
    text = "Carmaker seeks more aid\nThe carmaker lost money."
    assert common_noun_in_headline(text, 0, 8, "ORG", headline=False) is False


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # A name the model ran on into a Title Case headline's verb and object: the name the body
        # says again.
        ("Senate Rejects Auto Bailout\nThe Senate rejected the bailout on Thursday.", "Senate Rejects Auto Bailout", "Senate"),
        ("Zorbex Motors Posts Loss\nZorbex Motors said it posted a loss.", "Zorbex Motors Posts Loss", "Zorbex Motors"),
        # A word the body writes with a capital stays in the name.
        ("Zorbex Motors Posts Loss\nZorbex said its Motors unit posted a loss.", "Zorbex Motors Posts Loss", "Zorbex Motors Posts Loss"),
        # A beginning the body never says again, or no word in small letters elsewhere: unsure.
        ("Senate Rejects Auto Bailout\nLawmakers voted on Thursday.", "Senate Rejects Auto Bailout", "Senate Rejects Auto Bailout"),
        ("Senate Weighs Auto Bailout\nThe Senate voted on Thursday.", "Senate Weighs Auto Bailout", "Senate Weighs Auto Bailout"),
        # Not a Title Case line.
        ("Senate rejects auto bailout\nThe Senate rejected the bailout.", "Senate", "Senate"),
        # Common words before the name are cut too.
        ("Automakers Ask Congress For Aid\nGM asked Congress for aid. The automakers need money.", "Automakers Ask Congress For Aid", "Congress"),
        ("Automakers Ask Congress For Aid\nGM asked lawmakers for aid.", "Automakers Ask Congress For Aid", "Automakers Ask Congress For Aid"),
        # The present tense of a verb of an event or of speech ends the name the body says again,
        # whatever follows it (issue 21, n31a).
        ("Zorbex Launches Kestrel 7 In Ohio\nZorbex Corp. launched the phone on Monday.", "Zorbex Launches Kestrel 7", "Zorbex"),
        ("Orvan Meets Talbor In Geneva\nPresident Anna Orvan met Talbor on Monday.", "Orvan Meets Talbor", "Orvan"),
        ("Zorbex Motors Buys Kestrel\nZorbex Motors bought a rival.", "Zorbex Motors Buys Kestrel", "Zorbex Motors"),
        # (since v32a "reject" is a verb of an event, RejectLegislation)
        ("Senate Rejects Auto Bailout\nThe Senate voted on Thursday.", "Senate Rejects Auto Bailout", "Senate"),
        # Not when the body never says the name alone, nor when it writes the verb's word with a
        # capital (part of a name: "Niagara Falls").
        ("Zorbex Launches Kestrel 7\nThe company launched a phone.", "Zorbex Launches Kestrel 7", "Zorbex Launches Kestrel 7"),
        ("Orvan Falls Hotel Sold\nThe Orvan Falls hotel was sold to an Orvan investor.", "Orvan Falls", "Orvan Falls"),
        # Nor when the "-s" word heads a company's name or another headline verb follows it
        # (review rvn31): "Partners", "Markets" end the name.
        ("Kestrel Partners Buys Stake In Orvan\nKestrel said on Monday it bought a stake.", "Kestrel Partners", "Kestrel Partners"),
        ("Silver Kestrel Partners Buys Zorbex\nSilver Kestrel bought the firm.", "Silver Kestrel Partners", "Silver Kestrel Partners"),
        ("Zorbex Markets Opens Office\nZorbex said it opened an office.", "Zorbex Markets", "Zorbex Markets"),
        # A noun of a company's shares ends the name before it, though the body writes it small
        # only where a sentence opens with it (issue 21, n32a).
        ("Halvorsen Motors Shares Fall After Recall\nShares of Halvorsen Motors fell on Tuesday.", "Halvorsen Motors Shares", "Halvorsen Motors"),
        ("Nordvik Bank Stock Tumbles\nNordvik Bank said its loss widened.", "Nordvik Bank Stock Tumbles", "Nordvik Bank"),
        ("Trelawny Shares Jump On Bid Talk\nShares in Trelawny jumped after Trelawny confirmed talks.", "Trelawny Shares Jump", "Trelawny"),
        # Near misses: the body writes the noun with a capital inside a name, or never says the
        # name alone.
        ("Nordvik Stock Exchange Opens Office\nThe Nordvik Stock Exchange opened an office.", "Nordvik Stock Exchange", "Nordvik Stock Exchange"),
        ("Halvorsen Motors Shares Fall\nShares of the carmaker fell on Tuesday.", "Halvorsen Motors Shares", "Halvorsen Motors Shares"),
        # A plural name takes the verb's base form, which ends it too; not after a singular word.
        ("Kestrel Falcons Sign Dana Whitlow\nThe Kestrel Falcons signed quarterback Dana Whitlow.", "Kestrel Falcons Sign Dana Whitlow", "Kestrel Falcons"),
        ("Orvan Rangers Fire Coach Bill Tarrant\nOrvan Rangers fired Bill Tarrant on Sunday.", "Orvan Rangers Fire Coach Bill Tarrant", "Orvan Rangers"),
        ("Kestrel Falcon Sign Unveiled\nThe Kestrel Falcon stadium was opened.", "Kestrel Falcon Sign Unveiled", "Kestrel Falcon Sign Unveiled"),
    ],
)
def test_names_cut_before_a_headline_verb(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    a, b = title_case_name_span(text, start, start + len(span), "ORG")
    assert text[a:b] == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # The present of a headline verb the trigger lexicon lacks (``en/headline_verbs``) ends the
        # name the body says again (issue 21, n33a).
        ("Halvorsen Motors Files for Bankruptcy\nHalvorsen Motors said it filed for protection.", "Halvorsen Motors Files for Bankruptcy", "Halvorsen Motors"),
        ("Nordvik Recalls 40,000 Vans\nNordvik said the trucks had a faulty brake.", "Nordvik Recalls 40,000 Vans", "Nordvik"),
        ("Trelawny Group Posts Quarterly Loss\nTrelawny Group said sales fell.", "Trelawny Group Posts Quarterly Loss", "Trelawny Group"),
        ("Kestrel Bank Eyes Stake in Orvan\nKestrel Bank wants to buy into its rival.", "Kestrel Bank Eyes Stake", "Kestrel Bank"),
        ("Zorbex Slashes Forecast as Demand Slows\nZorbex cut its outlook on Monday.", "Zorbex Slashes Forecast", "Zorbex"),
        # After a plural name, the base form.
        ("Kestrel Falcons Top Orvan Rangers\nThe Kestrel Falcons won 3-1.", "Kestrel Falcons Top Orvan Rangers", "Kestrel Falcons"),
        # Near misses: the body never says the name alone, or writes the word with a capital
        # (part of the name), or the word heads a company's name.
        ("Halvorsen Files for Bankruptcy\nThe carmaker filed for protection.", "Halvorsen Files for Bankruptcy", "Halvorsen Files for Bankruptcy"),
        ("Orvan Posts Sold to Kestrel\nThe Orvan Posts newspaper group was sold.", "Orvan Posts", "Orvan Posts"),
        ("Kestrel Partners Eyes Zorbex\nKestrel said it wanted a stake.", "Kestrel Partners", "Kestrel Partners"),
    ],
)
def test_names_cut_before_a_listed_headline_verb(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    a, b = title_case_name_span(text, start, start + len(span), "ORG")
    assert text[a:b] == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # A Title Case line with a brand in small letters first is read as one (issue 21, n38b).
        ("Zentrix Unveils Slimmer eReader, New Tablet\nZentrix unveiled a slimmer reader on Tuesday.", "Zentrix Unveils Slimmer eReader", "Zentrix"),
        # The line's verb opening the candidate is cut from the name the body says again.
        ("Storm Batters Kestrel Coast, Cuts Power\nThe storm hit the Kestrel Coast on Monday.", "Batters Kestrel Coast", "Kestrel Coast"),
        ("Blizzard Buries Orvan Plains\nSnow fell across the Orvan Plains overnight.", "Buries Orvan Plains", "Orvan Plains"),
        # A singular name before a base form, a name after it: the team or body that acts.
        ("Harbor City Beat Eastfield In Overtime\nHarbor City beat Eastfield 3-2 on Sunday.", "Harbor City Beat Eastfield", "Harbor City"),
        ("Kestrel Rovers Stun Albion\nKestrel Rovers stunned Albion 2-0 on Saturday.", "Kestrel Rovers Stun Albion", "Kestrel Rovers"),
        # Near misses: the body writes the verb's word with a capital (a name's word), says the
        # name after the verb only after that word, or never says it; the word after a base form
        # is a common word.
        ("Orvan Beat Club Opens Doors\nThe Orvan Beat Club opened on Friday.", "Orvan Beat Club", "Orvan Beat Club"),
        ("Batters Box Opens Near Stadium\nThe Batters Box bar opened on Friday.", "Batters Box", "Batters Box"),
        ("Storm Batters Kestrel Coast\nThe storm hit the coast on Monday.", "Batters Kestrel Coast", "Batters Kestrel Coast"),
        ("Storm Batters Kestrel Coast\nFans of the Batters Kestrel Coast league met.", "Batters Kestrel Coast", "Batters Kestrel Coast"),
        ("Kestrel Falcon Sign Unveiled Downtown\nThe Kestrel Falcon stadium was opened.", "Kestrel Falcon Sign Unveiled", "Kestrel Falcon Sign Unveiled"),
        # ... nor is a verb cut from the firm's name it opens with "&" after it (rvn38b).
        ("Lands & Orvan Wins Design Award\nLands & Orvan was named studio of the year.", "Lands & Orvan", "Lands & Orvan"),
        ("Holds & Velder Opens Office\nHolds & Velder said the office would employ 40.", "Holds & Velder", "Holds & Velder"),
    ],
)
def test_title_case_verbs_around_names(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    a, b = title_case_name_span(text, start, start + len(span), "ORG")
    assert text[a:b] == expected
