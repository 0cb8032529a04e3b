"""Maximal mention extents (kg.extract.extent): invented French sentences."""

from __future__ import annotations

import pytest

from kg.extract.extent import (
    Extent,
    index_phrase,
    is_newspaper_title,
    maximal_extent,
    maximal_mentions,
    name_phrase,
    possessor_start,
)


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # Functions written before a person's name, without the determiner.
        ("Le discours du conseiller fédéral Paul Martin a plu.", "Paul Martin", "PER", "conseiller fédéral Paul Martin"),
        ("On a vu l'ancien juge cantonal Berthoud hier.", "Berthoud", "PER", "ancien juge cantonal Berthoud"),
        ("Il sera remplacé par le jeune Dubois demain.", "Dubois", "PER", "jeune Dubois"),
        # A function abbreviated before the name; another abbreviation or a full stop is none.
        ("Commission de presse (prés. A. Ammann, B. L. S.)", "A. Ammann", "PER", "prés. A. Ammann"),
        ("Commission des tarifs (prés. M. Ammann).", "M. Ammann", "PER", "prés. M. Ammann"),
        ("Voir le vol. Jean Favre, p. 3.", "Jean Favre", "PER", "Jean Favre"),
        ("Il est parti après. Jean Favre est resté.", "Jean Favre", "PER", "Jean Favre"),
        # "oe" written for "œ" is the same role noun; a word that only looks like one is none.
        ("Étaient là la soeur Claire Zubler et d'autres.", "Claire Zubler", "PER", "soeur Claire Zubler"),
        ("Étaient là la sœur Claire Zubler et d'autres.", "Claire Zubler", "PER", "sœur Claire Zubler"),
        ("Il a lu la oeuvre Claire Zubler hier.", "Claire Zubler", "PER", "Claire Zubler"),
        ("Selon le producteur et musicien suisse Léon Vuille, rien.", "Léon Vuille", "PER", "producteur et musicien suisse Léon Vuille"),
        ("Ils ont entendu M. le professeur Favre.", "professeur Favre", "PER", "M. le professeur Favre"),
        # A trade right after the name, no comma, before a preposition or a punctuation mark; a verb
        # spelt as a role noun is none.
        ("Chez Martin et Rochat imprimeurs-libraires à Lausanne.", "Rochat", "PER", "Rochat imprimeurs-libraires"),
        ("Chez J. L. Favre imprimeur libraire, à Vevey.", "J. L. Favre", "PER", "J. L. Favre imprimeur libraire"),
        ("M. Roulet juge utile de répondre.", "M. Roulet", "PER", "M. Roulet"),
        ("M. Roulet maire depuis dix ans a parlé.", "M. Roulet", "PER", "M. Roulet"),
        # one singular trade before a preposition: a verb or today's apposition
        ("Pierre Roulet juge de son côté que tout va bien.", "Pierre Roulet", "PER", "Pierre Roulet"),
        ("Selon Anne Roulet maire de Vevey, tout va bien.", "Anne Roulet", "PER", "Anne Roulet"),
        # A description in apposition after the name, up to the next punctuation mark.
        ("Il a vu M. Jaquet, pasteur à Orbe, samedi.", "M. Jaquet", "PER", "M. Jaquet, pasteur à Orbe"),
        ("Pierre Roulet, le célèbre marchand de vins, est mort.", "Pierre Roulet", "PER", "Pierre Roulet, le célèbre marchand de vins"),
        # A trade in apposition, after the age or not (``fr/occupation_nouns``); a word that is no
        # trade is no description.
        ("Un bloc atteignit Aimé Scheller, 36 ans, sertisseur, à la tête.", "Aimé Scheller", "PER", "Aimé Scheller, 36 ans, sertisseur"),
        ("On a arrêté Louis Favre, cultivateur à Bex, hier.", "Louis Favre", "PER", "Louis Favre, cultivateur à Bex"),
        ("Le boulanger Louis Favre a été arrêté.", "Louis Favre", "PER", "boulanger Louis Favre"),
        ("On a arrêté Louis Favre, hier soir, à Bex.", "Louis Favre", "PER", "Louis Favre"),
        ("Louis Favre, sans domicile, a été arrêté.", "Louis Favre", "PER", "Louis Favre"),
        # "fils" alone tells a son from his father; "fils de" describes.
        ("Alfred Perroset, Charles Nydegger, fils, et Henri Montandon.", "Charles Nydegger", "PER", "Charles Nydegger"),
        ("Il a vu Jean Favre, fils du pasteur, samedi.", "Jean Favre", "PER", "Jean Favre, fils du pasteur"),
        # "et" and a capitalised word begin the next person of a list; "et" between roles does not.
        ("les deux derniers, MM. Charles Sandoz, radical et Henri Montandon, libéral.", "MM. Charles Sandoz", "PER", "MM. Charles Sandoz, radical"),
        ("Il a vu M. Jaquet, pasteur et professeur à Orbe, samedi.", "M. Jaquet", "PER", "M. Jaquet, pasteur et professeur à Orbe"),
        # Not a description: a clause, a verb, a word that is no role.
        ("Il a vu Jean Favre, qui arrivait de Berne.", "Jean Favre", "PER", "Jean Favre"),
        ("Le discours de Jean Favre, hier soir, a plu.", "Jean Favre", "PER", "Jean Favre"),
        ("La lettre que les élèves écrivent Jean Favre.", "Jean Favre", "PER", "Jean Favre"),
        ("Le nouveau rédacteur serait M. Paul Gay.", "M. Paul Gay", "PER", "M. Paul Gay"),
        # A function set off by a comma before the name, after a determiner.
        ("Selon son président, Rudolf Keller, tout va bien.", "Rudolf Keller", "PER", "président, Rudolf Keller"),
        ("Les plans établis par l'ingénieur rural, M. Wey, sont prêts.", "M. Wey", "PER", "ingénieur rural, M. Wey"),
        ("Le commandant en chef de l'armée, Glubb Pacha, a parlé.", "Glubb Pacha", "PER", "commandant en chef de l'armée, Glubb Pacha"),
        ("L'Irgun annonce que le commandant en chef de l'armée voisine, Glubb Pacha, a parlé.", "Glubb Pacha", "PER", "commandant en chef de l'armée voisine, Glubb Pacha"),
        # Kinship and party descriptions in apposition.
        ("Sur les instances de Mme Desjaux, belle-mère de l'hôtelier, on décida.", "Mme Desjaux", "PER", "Mme Desjaux, belle-mère de l'hôtelier"),
        ("Le nom de M. Magne, le fils du ministre. Rien.", "M. Magne", "PER", "M. Magne, le fils du ministre"),
        ("Les voix de M. Charles Sandoz, radical, suffirent.", "M. Charles Sandoz", "PER", "M. Charles Sandoz, radical"),
        # Not a function: a noun that is no role, a verb in the phrase, no determiner.
        ("Il a fait sa toilette dans sa chambre, Maurice Ferte dormait.", "Maurice Ferte", "PER", "Maurice Ferte"),
        ("Le président qui est venu, Rudolf Keller, a parlé.", "Rudolf Keller", "PER", "Rudolf Keller"),
        ("Il vit à Berne, Rudolf Keller aussi.", "Rudolf Keller", "PER", "Rudolf Keller"),
        # An honorific as OCR gives it back (no full stop, a comma, a semicolon, a quotation mark).
        ("Le prix est attribué à M, Kellogg hier.", "Kellogg", "PER", "M, Kellogg"),
        ("Il faut nommer MM ; F. Honegger et d'autres.", "F. Honegger", "PER", "MM ; F. Honegger"),
        ("Aux dires de M » Ramsay Mac Donald hier.", "Ramsay Mac Donald", "PER", "M » Ramsay Mac Donald"),
        ("Le piano de M° Clara Laquai sonne.", "Clara Laquai", "PER", "M° Clara Laquai"),
        ("Le remplacement de M .. Baroche est fait.", "Baroche", "PER", "M .. Baroche"),
        ("La mort de M Capré est connue.", "Capré", "PER", "M Capré"),
        # Not an honorific: a unit in lower case, a letter on the line before, a word ending in M.
        ("Il a couru 5 m, Dupont aussi.", "Dupont", "PER", "Dupont"),
        ("Voir la note M\nDupont a dit non.", "Dupont", "PER", "Dupont"),
        ("Le groupe ABM, Dupont en tête.", "Dupont", "PER", "Dupont"),
        # A place's head noun and a regional adjective.
        ("Il habite le canton de Vaud depuis 1900.", "Vaud", "LOC", "canton de Vaud"),
        ("Il pleut sur la Suisse romande ce jour.", "Suisse", "LOC", "Suisse romande"),
        ("Il a pris la route de Berne.", "Berne", "LOC", "Berne"),
        ("La ville de Sion grandit.", "Sion", "LOC", "ville de Sion"),
        ("Nelson parut devant la rade d'Aboukir hier.", "Aboukir", "LOC", "rade d'Aboukir"),
        # A nationality noun after an article, right before the name, describes the person.
        ("Le maillot reste à l'Allemand Uwe Peschel.", "Uwe Peschel", "PER", "Allemand Uwe Peschel"),
        ("Le Français Bernard Hinault conserve le maillot.", "Bernard Hinault", "PER", "Français Bernard Hinault"),
        ("Il parlait l'allemand Uwe Peschel.", "Uwe Peschel", "PER", "Uwe Peschel"),
        # An organisation's head noun without a preposition; with one, it is another organisation.
        ("Selon l'agence Havas, le roi est mort.", "Havas", "ORG", "agence Havas"),
        ("Le comité de la Croix-Bleue a siégé.", "Croix-Bleue", "ORG", "Croix-Bleue"),
    ],
)
def test_maximal_extent_fr(text: str, name: str, label: str, expected: str) -> None:
    start, end = _span(text, name)
    a, b = maximal_extent(text, start, end, label, "fr")
    assert text[a:b] == expected


def test_maximal_extent_is_french_only() -> None:
    text = "The federal councillor Paul Martin spoke."
    start, end = _span(text, "Paul Martin")
    assert maximal_extent(text, start, end, "PER", "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # A name inside a description is nested in the person mention and not counted.
        ("Il a vu M. Jaquet, pasteur à Orbe, samedi.", [("M. Jaquet", "PER"), ("Orbe", "LOC")], [("M. Jaquet, pasteur à Orbe", "PER")]),
        # The next person's own function is not taken into the previous description.
        (
            "Il a reçu Paul Gay, le président français Jean Roux et d'autres.",
            [("Paul Gay", "PER"), ("Jean Roux", "PER")],
            [("Paul Gay", "PER"), ("président français Jean Roux", "PER")],
        ),
        # A person or a place named right after an organisation noun is that organisation's namesake.
        ("Ils visaient le renversement du gouvernement Franco.", [("Franco", "PER")], [("gouvernement Franco", "ORG")]),
        ("Deux membres se sont rendus à l'hôtel Salvia hier.", [("Salvia", "LOC")], [("hôtel Salvia", "ORG")]),
        ("Un camion de la brasserie Muller est tombé.", [("Muller", "PER")], [("brasserie Muller", "ORG")]),
        ("Il mène une équipe Kelme redoutable.", [("Kelme", "ORG")], [("équipe Kelme", "ORG")]),
        # With "de" between them, or after a person's function, the name stays its own entity.
        ("L'équipe de Suisse a gagné.", [("Suisse", "LOC")], [("Suisse", "LOC")]),
        ("Le ministre Favre a parlé au gouvernement.", [("Favre", "PER")], [("ministre Favre", "PER")]),
        # A description runs up to the next name that follows it without a preposition.
        (
            "Étaient là Marie Gay, conseillère nationale Anne Roux, députée.",
            [("Marie Gay", "PER"), ("Anne Roux", "PER")],
            [("Marie Gay, conseillère nationale", "PER"), ("Anne Roux, députée", "PER")],
        ),
    ],
)
def test_maximal_mentions(text: str, mentions: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    given = [Extent(*_span(text, name), label) for name, label in mentions]
    got = [(text[m.start : m.end], m.label) for m in maximal_mentions(text, given, "fr")]
    assert got == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Gazette de Lausanne", True),
        ("Neue Zürcher Zeitung", True),
        ("Times", True),
        ("Feuille d'Avis de Neuchâtel", True),
        ("Petit Parisien", True),
        # A title in capitals, as a page heading writes it.
        ("GAZETTE DE LAUSANNE", True),
        ("JOURNAL DE GENÈVE", True),
        ("Banque de France", False),
        ("Conseil fédéral", False),
        # Capitals make no title of a word that is none, nor a lower-case word one ("journal" is
        # a common noun inside a name).
        ("BANQUE DE FRANCE", False),
        ("Association des amis du journal", False),
    ],
)
def test_is_newspaper_title(surface: str, expected: bool) -> None:
    assert is_newspaper_title(surface) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The article, and the modifiers market copy writes between it and the index's name.
        ("The blue-chip Dow fell 2 percent.", "Dow", "The blue-chip Dow"),
        ("Stocks fell, and the tech-heavy Nasdaq lost 3 percent.", "Nasdaq", "the tech-heavy Nasdaq"),
        ("The broader S&P 500 slipped.", "S&P 500", "The broader S&P 500"),
        ("The 30-stock Dow fell 2 percent .", "Dow", "The 30-stock Dow"),
        ("The technology-laden Nasdaq rose .", "Nasdaq", "The technology-laden Nasdaq"),
        ("The Dow Jones industrial average closed at 11,200.", "Dow Jones industrial average", "The Dow Jones industrial average"),
        # The index noun after the name, with the words of its name and a count of stocks.
        ("The Nasdaq composite index lost 30 points.", "Nasdaq", "The Nasdaq composite index"),
        ("the tech-heavy Nasdaq Composite Index fell", "Nasdaq", "the tech-heavy Nasdaq Composite Index"),
        ("The broader Standard & Poor 's 500-stock index fell.", "Standard & Poor 's 500-stock", "The broader Standard & Poor 's 500-stock index"),
        ("Japan 's Nikkei stock average slid.", "Nikkei", "Japan 's Nikkei stock average"),
        # A possessor before the name, tokenised or not, one word or several.
        ("In Asia , Tokyo 's Nikkei 225 average slid 2 percent .", "Nikkei 225", "Tokyo 's Nikkei 225 average"),
        ("Hong Kong's benchmark Hang Seng index rose.", "Hang Seng", "Hong Kong's benchmark Hang Seng index"),
        ("London 's FTSE 100 index closed down 1.2 percent .", "FTSE 100", "London 's FTSE 100 index"),
        ("Germany's DAX lost 0.8 percent.", "DAX", "Germany's DAX"),
        # An article already opening the name: widened to the right only.
        ("The Nasdaq fell 40 points.", "The Nasdaq", "The Nasdaq"),
        ("the S&P 500 index dropped", "the S&P 500", "the S&P 500 index"),
        # Nothing to take: no article or possessor before the modifiers, a verb or a preposition
        # before the name, a common noun after it that is no index noun.
        ("Shares fell while Nasdaq stocks rose.", "Nasdaq", "Nasdaq"),
        ("Broader Nasdaq losses followed.", "Nasdaq", "Nasdaq"),
        ("Investors sold broader Dow stocks.", "Dow", "Dow"),
        ("It fell on the Nasdaq exchange.", "the Nasdaq", "the Nasdaq"),
        ("Traders watched Nikkei futures.", "Nikkei", "Nikkei"),
        ("Stocks fell on Wall Street .", "Wall Street", "Wall Street"),
        # A market that no index noun follows and that is no known index: no article taken (it may
        # modify another noun); a name an index noun ends is an index's.
        ("Even the Wall Street analysts were surprised .", "Wall Street", "Wall Street"),
        ("It fell on the New York Stock Exchange .", "New York Stock Exchange", "New York Stock Exchange"),
        ("Hong Kong's Hang Seng Index fell 2 percent.", "Hang Seng Index", "Hong Kong's Hang Seng Index"),
        # The possessor starts after the end of the sentence before it (issue 21, n31a).
        ("Stocks fell on Tuesday. Hong Kong's Hang Seng Index lost 2 percent.", "Hang Seng Index", "Hong Kong's Hang Seng Index"),
        ("Markets fell sharply on Friday. Japan's Nikkei index closed down.", "Nikkei", "Japan's Nikkei index"),
        ("Shares rose in March. Tokyo's benchmark Nikkei 225 average gained.", "Nikkei 225", "Tokyo's benchmark Nikkei 225 average"),
        ("The key Nikkei Index rose .", "Nikkei Index", "The key Nikkei Index"),
        # A known index's name before a noun of trading or of a holding modifies it.
        ("The Nasdaq trading halt lasted three hours .", "Nasdaq", "Nasdaq"),
        ("Tokyo's Nikkei stocks fell .", "Nikkei", "Nikkei"),
        ("The blue-chip Dow shares rose .", "Dow", "Dow"),
        # An exchange before a session of trading: no index noun.
        ("GM fell in New York Stock Exchange composite trading .", "New York Stock Exchange", "New York Stock Exchange"),
        ("It fell in Nasdaq composite trading .", "Nasdaq", "Nasdaq"),
    ],
)
def test_index_phrase(text: str, name: str, expected: str) -> None:
    start, end = index_phrase(text, *_span(text, name))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("text", "owner", "name", "expected"),
    [
        # A possessive, tokenised or not, or a bare apostrophe after a plural, right before the name.
        ("Japan 's Toyota Motor Corp. said so.", "Japan", "Toyota Motor Corp.", "Japan 's Toyota Motor Corp."),
        ("Germany's Volkswagen AG said so.", "Germany", "Volkswagen AG", "Germany's Volkswagen AG"),
        ("the United Kingdom 's Royal Air Force", "the United Kingdom", "Royal Air Force", "the United Kingdom 's Royal Air Force"),
        ("Apple 's iTunes replaces it.", "Apple", "iTunes", "Apple 's iTunes"),
        ("a flight from Airbus ' Delivery Center", "Airbus", "Delivery Center", "Airbus ' Delivery Center"),
        # Another word between, or no possessive: the name alone.
        ("Airbus ' massive new A380 flew.", "Airbus", "A380", "A380"),
        ("Japan and Toyota agreed.", "Japan", "Toyota", "Toyota"),
        ("Japan , Toyota said.", "Japan", "Toyota", "Toyota"),
        # The article before the possessor is the phrase's.
        ("to supply the United Kingdom 's Royal Air Force", "United Kingdom", "Royal Air Force", "the United Kingdom 's Royal Air Force"),
        # An owner further back than a possessive's width is none.
        ("Japan said that Toyota rose.", "Japan", "Toyota", "Toyota"),
        # A bare apostrophe after a name without a final "s" closes a quotation.
        ("He called it the 'Boeing' 747 of phones.", "Boeing", "747", "747"),
        ("General Motors' Volt sold well.", "General Motors", "Volt", "General Motors' Volt"),
    ],
)
def test_possessor_start(text: str, owner: str, name: str, expected: str) -> None:
    start, end = _span(text, name)
    assert text[possessor_start(text, start, [_span(text, owner)]) : end] == expected


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # The common noun of the same thing after the name, one word or two, with the article.
        ("The United Auto Workers union agreed .", "United Auto Workers", "ORG", "The United Auto Workers union"),
        ("GM 's Opel unit lost money .", "Opel", "ORG", "Opel unit"),
        ("the Delta Program business units are to bid", "Delta Program", "ORG", "the Delta Program business units"),
        ("It landed at Heathrow airport on time .", "Heathrow", "LOC", "Heathrow airport"),
        ("Hunger spread across the Sahel region after the harvest .", "Sahel", "LOC", "the Sahel region"),
        ("Gazprom develops the Shtokman gas field .", "Shtokman", "LOC", "the Shtokman gas field"),
        ("Gazprom develops the Shtokman field .", "Shtokman", "LOC", "the Shtokman field"),
        ("The Varlo region manager spoke .", "Varlo", "ORG", "Varlo"),
        # A noun of another thing, or of another type, after the name: the name alone.
        ("GM shares fell .", "GM", "ORG", "GM"),
        ("The Apple CEO spoke .", "Apple", "ORG", "Apple"),
        ("Heathrow unit staff struck .", "Heathrow", "LOC", "Heathrow"),
        ("The Varlo airport plan failed .", "Varlo", "ORG", "Varlo"),
        # "union" after a name that is no union's: the union of its employer or its place.
        ("Force Ouvriere , the main Airbus union in France , agreed .", "Airbus", "ORG", "Airbus"),
        ("The GM union voted .", "GM", "ORG", "GM"),
        ("The Teamsters union voted .", "Teamsters", "ORG", "The Teamsters union"),
        ("The Canadian Auto Workers union struck .", "Canadian Auto Workers", "ORG", "The Canadian Auto Workers union"),
        # A name after an indefinite determiner, a quantifier or a number modifies the noun.
        ("It landed at a Chicago airport .", "Chicago", "LOC", "Chicago"),
        ("Another GM unit was sold .", "GM", "ORG", "GM"),
        ("Two Boeing units merged .", "Boeing", "ORG", "Boeing"),
        ("Each Acme subsidiary reports .", "Acme", "ORG", "Acme"),
        # An organisation's noun before a name in apposition: the unit is the other name.
        ("Boeing subsidiary Jeppesen said so .", "Boeing", "ORG", "Boeing"),
        ("GM unit Opel lost money .", "GM", "ORG", "GM"),
        ("the Airbus unit of EADS grew .", "Airbus", "ORG", "the Airbus unit"),
        # A head that opens a hyphenated word is none; a possessive after it is the phrase's own.
        ("Heathrow airport-bound flights were cut .", "Heathrow", "LOC", "Heathrow"),
        ("The United Auto Workers union's leaders met .", "United Auto Workers", "ORG", "The United Auto Workers union"),
    ],
)
def test_name_phrase(text: str, name: str, label: str, expected: str) -> None:
    start, end = name_phrase(text, *_span(text, name), label)
    assert text[start:end] == expected
