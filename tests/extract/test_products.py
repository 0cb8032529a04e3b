"""Products typed PRO (schema:Product) with the words that typed them and their maker."""

from __future__ import annotations

import pytest

from kg.extract.entities import Candidate
from kg.extract.products import (
    MAYBE_INDEX,
    STREET_AS_PLACE,
    as_brand_model,
    as_model_product,
    company_index_candidates,
    designation_candidates,
    index_candidates,
    is_exchange_name,
    make_model_candidates,
    maker_before,
    market_street_candidates,
    model_mentions,
    models_named_again,
    owned_model_candidates,
    product_candidates,
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A maker's name before a model designation: one product, made by the maker.
        ("The Zorba A330 jetliner landed.", "Zorba", ("Zorba A330", "Zorba")),
        ("Ryanair ordered ten Vexal 737-800s.", "Vexal", ("Vexal 737-800s", "Vexal")),
        ("Le Vexal A350 a décollé.", "Vexal", ("Vexal A350", "Vexal")),
        # The model inside the name NER gave.
        ("The Zorba A330 jetliner landed.", "Zorba A330", ("Zorba A330", "Zorba")),
        # One to three capitals and one digit are a model ("BMW X5", "Toyota RAV4").
        ("The Zorba X5 was recalled on Monday.", "Zorba", ("Zorba X5", "Zorba")),
        ("Vexal RAV4 sales rose in May.", "Vexal", ("Vexal RAV4", "Vexal")),
        # Two capitals, a space and three digits ("Lexus ES 350"); not four digits.
        ("The Zorba ES 350 was recalled.", "Zorba", ("Zorba ES 350", "Zorba")),
        ("Zorba AB 2011 results beat forecasts.", "Zorba", None),
        # Years and single digits are no models, nor is a rating after a hyphen, nor a longer word.
        ("Zorba 2011 results beat forecasts.", "Zorba", None),
        ("Ils regardaient Canal 2 hier.", "Canal", None),
        ("The Zorba P-1 rating was kept.", "Zorba", None),
        ("Zorba A4-size sheets were sold.", "Zorba", None),
        ("Zorba G8s were sold.", "Zorba", None),
        # A variant's number after a hyphen, a lower-case edition and an "X" after three digits are
        # the designation's (issue 21, n28a); not a longer run of digits or letters.
        ("Etihad ordered Zorba Z350-1000 aircraft.", "Zorba", ("Zorba Z350-1000", "Zorba")),
        ("IndiGo ordered 30 Zorba Z320neo jets.", "Zorba", ("Zorba Z320neo", "Zorba")),
        ("Emirates ordered 90 Vexal 777X jets.", "Vexal", ("Vexal 777X", "Vexal")),
        ("The Vexal 777-200LR flew non-stop.", "Vexal", ("Vexal 777-200LR", "Vexal")),
        ("Zorba 777XL sales fell.", "Zorba", None),
        ("Zorba 7771 sales fell.", "Zorba", None),
        # An edition word in capitals and a variant's number end the model (en/model_edition_words).
        ("The Vexal 737 MAX 10 was late.", "Vexal", ("Vexal 737 MAX 10", "Vexal")),
        ("Vexal 737 MAX jets were grounded.", "Vexal", ("Vexal 737 MAX", "Vexal")),
    ],
)
def test_model_designations(text: str, name: str, expected: tuple[str, str] | None) -> None:
    start = text.index(name)
    found = as_model_product(Candidate(start, start + len(name), "ORG", "test"), text)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.label == "PRO"
        assert (text[found.start : found.end], found.maker) == expected
        assert found.evidence and found.evidence[0].startswith("model designation")


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # An airline before a flight number stays the airline, in both languages.
        ("The losses of Zorba Air Flight 574 shocked Jakarta.", "Zorba Air Flight 574", "Zorba Air"),
        ("Le vol Zorba Air Vol 447 a disparu.", "Zorba Air Vol 447", "Zorba Air"),
        ("The losses of Zorba Air Flight 574 shocked Jakarta.", "Zorba Air Flight", "Zorba Air"),
    ],
)
def test_airlines_before_flight_numbers(text: str, name: str, kept: str) -> None:
    start = text.index(name)
    found = as_model_product(Candidate(start, start + len(name), "ORG", "test"), text)
    assert found is not None and found.label == "ORG" and text[found.start : found.end] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorba introduced the iZap 4 on Monday.", ["iZap 4"]),
        ("Zorba's iZap Music Store opened.", ["iZap Music Store"]),
        ("La société a présenté l'iZap 3GS mardi.", ["iZap 3GS"]),
        # Not across a line, nor inside a handle, an address or a hashtag.
        ("Zorba launches iZap\nJune 9", ["iZap"]),
        ("Follow @iZapNews and #iZapDay on zorba.com/iZap.", []),
        # A lower-case word after "i" is no product name.
        ("It is in the index.", []),
    ],
)
def test_i_prefixed_product_names(text: str, expected: list[str]) -> None:
    assert [text[c.start : c.end] for c in product_candidates(text)] == expected


@pytest.mark.parametrize(
    ("text", "product", "maker"),
    [
        ("Police use Acme's FaceMatch.", "FaceMatch", "Acme"),
        ("Apple 's iTunes passed Wal-Mart.", "iTunes", "Apple"),
        ("Les clients de Zorba Foods's Petcare", "Petcare", "Zorba Foods"),
        ("the company's FaceMatch", "FaceMatch", None),
    ],
)
def test_maker_named_by_a_possessive(text: str, product: str, maker: str | None) -> None:
    assert maker_before(text, text.index(product)) == maker


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "the", a known maker and a capitalised model name, in one span or two.
        ("Sales of the Ford Zephra rose in May.", "the Ford Zephra", ("Ford Zephra", "Ford")),
        ("Sales of the Ford Zephra rose in May.", "Ford", ("Ford Zephra", "Ford")),
        # A model year or a range of them between the article and the maker.
        ("The recall covers the 2007-2010 Ford Zephra and others.", "Ford", ("Ford Zephra", "Ford")),
        ("He bought a 2008 Ford Zephra in May.", "Ford", ("Ford Zephra", "Ford")),
        ("In 2008 Ford Zephra sales rose.", "Ford", None),
        # A company's or a place's word after the maker, no article, a possessive: no model.
        ("The Ford Foundation gave money.", "The Ford Foundation", None),
        ("He toured the Boeing Center in May.", "Boeing", None),
        ("Ford Zephra sales rose.", "Ford", None),
        ("The Boeing Company's chief spoke.", "Boeing", None),
        # A brand the gazetteer does not know, after "the" or a known company's possessive, and its
        # model's name: the model, made by the brand.
        ("GM will build the Zorvo Kestrel at its Detroit plant.", "Zorvo", ("Zorvo Kestrel", "Zorvo")),
        ("GM's Zorvo Kestrel was named car of the year.", "Zorvo", ("Zorvo Kestrel", "Zorvo")),
        # The other senses: a plural (a team, a band), a company's or a place's word, a known name
        # after the brand, an owner the gazetteer does not know, nothing before the brand.
        ("He cheered for the Zorvo Kestrels on Sunday.", "Zorvo", None),
        ("He toured the Zorvo Center in May.", "Zorvo", None),
        ("The Zorvo Paris office closed.", "Zorvo", None),
        ("Blorp's Zorvo Kestrel was named car of the year.", "Zorvo", None),
        ("Zorvo Kestrel was named car of the year.", "Zorvo", None),
        # One span of a brand and a model neither of which the gazetteer knows, after "the": a model
        # when the brand is named on its own elsewhere or a kind of product follows.
        ("Sales of the Zorvo Kestrel fell. Zorvo said prices would drop.", "the Zorvo Kestrel", ("Zorvo Kestrel", "Zorvo")),
        ("Sales of the Zorvo Kestrel sedan fell.", "Zorvo Kestrel", ("Zorvo Kestrel", "Zorvo")),
        # ... not with no such evidence, with the brand's word only inside another name, or with a
        # given name first.
        ("He met the Zorvo Kestrel at noon.", "the Zorvo Kestrel", None),
        ("The Zorvo Kestrel met. The Zorvo Budget Office agreed.", "The Zorvo Kestrel", None),
        ("Sales of the John Kestrel sedan fell.", "the John Kestrel", None),
        # An organisation's or a newspaper's word ends no model ("the Green Party" ... "Green leaders").
        ("The Zorvo Party won seats. Zorvo leaders cheered.", "The Zorvo Party", None),
        ("The Zorvo Times reported it. Zorvo readers agreed.", "The Zorvo Times", None),
        # One name after a car maker's possessive (a make, a group, a name a make opens), tokenised
        # or not: its model.
        ("Sales of Toyota 's Zephra rose 5 percent .", "Zephra", ("Zephra", "Toyota")),
        ("Toyota's Zephra and Honda's Kestra sold well.", "Kestra", ("Kestra", "Honda")),
        ("GM 's Zephra will go on sale next year .", "Zephra", ("Zephra", "GM")),
        ("Ford Motor Co. 's Zephra was recalled .", "Zephra", ("Zephra", "Ford Motor Co.")),
        # ... not another make, a known company, a plant or a unit, a person who speaks, a plural,
        # nor after a possessive that is no car maker's.
        ("Toyota 's Lexus brand did well .", "Lexus", None),
        ("GM 's Opel lost money .", "Opel", None),
        ("Ford 's Zephra plant will close .", "Zephra", None),
        ("GM 's Zephra division was sold .", "Zephra", None),
        ("GM 's Zephra said the car would be ready .", "Zephra", None),
        ("GM 's Zephras sold well .", "Zephras", None),
        ("Acme 's Zephra sold well .", "Zephra", None),
    ],
)
def test_brand_and_model_names(text: str, name: str, expected: tuple[str, str] | None) -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    start = text.index(name)
    found = as_brand_model(Candidate(start, start + len(name), "ORG", "test"), text, gazetteer=default_gazetteer())
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.label == "PRO"
        assert (text[found.start : found.end], found.maker) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A maker's model takes the generation number after it, and an edition word, when a stop,
        # a comma, an auxiliary or a kind of product follows (issue 21, n29a).
        ("Analysts said the Sony PlayStation 5 had sold well.", "Sony PlayStation 5"),
        ("Fans queued for the Sony PlayStation 5 Pro, which costs $699.", "Sony PlayStation 5 Pro"),
        ("Demand for the Sony PlayStation 2 consoles grew.", "Sony PlayStation 2"),
        ("Gamers still love the Sony PlayStation 2.", "Sony PlayStation 2"),
        # Not a number a noun after it counts, a year, a decimal, nor an edition word of no list.
        ("It outsold the Sony PlayStation 3 times over.", "Sony PlayStation"),
        ("It beat the Sony PlayStation 2 percent of the time.", "Sony PlayStation"),
        ("Sales of the Sony PlayStation 2024 edition rose.", "Sony PlayStation"),
        ("He updated the Sony PlayStation 5.5 software.", "Sony PlayStation"),
        ("He played the Sony PlayStation 5 Tournament final.", "Sony PlayStation"),
        ("Critics rated the Sony PlayStation 4 and the Xbox 5 out of 10.", "Sony PlayStation"),
    ],
)
def test_models_take_their_generation_number(text: str, expected: str) -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    start = text.index("Sony")
    found = as_brand_model(Candidate(start, start + len("Sony"), "ORG", "test"), text, gazetteer=default_gazetteer())
    assert found is not None and text[found.start : found.end] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # NER's place after a car maker's possessive is its model; after a place's, it stays.
        ("Ford 's Zephra was recalled .", "Zephra", ("Zephra", "Ford")),
        ("Ford 's Dearborn plant will close .", "Dearborn", None),
        # A place of the maker's site or workforce, one lower-case word between allowed.
        ("Ford's Zephra assembly plant will build it.", "Zephra", None),
        ("Ford's Zephra employees walked out.", "Zephra", None),
        ("Toyota 's Zephra operations were spared .", "Zephra", None),
        ("Honda's Zephra auto workers voted.", "Zephra", None),
        ("GM's Zephra headquarters confirmed it.", "Zephra", None),
        # A person of the maker: a relative pronoun or an age after a comma.
        ("Nissan's Zephra, who also runs Renault, spoke.", "Zephra", None),
        ("GM's Zephra, 52, took over.", "Zephra", None),
        ("GM's Zephra, which costs $41,000, sold well.", "Zephra", ("Zephra", "GM")),
        ("Toyota 's Zephra , Kentucky , plant will grow .", "Zephra", None),
        ("Michigan 's Zephra rose .", "Zephra", None),
        # Towns of the maker listed before a plant's noun (issue 21, n31a); models listed before
        # a kind of product stay.
        ("Peugeot's Zephra and Kestrel plants stopped.", "Zephra", None),
        ("GM's Zephra, Kestrel and Orvan plants closed.", "Zephra", None),
        ("Toyota's Zephra and Kestrel hybrids sold well.", "Zephra", ("Zephra", "Toyota")),
    ],
)
def test_models_after_a_car_makers_possessive_read_as_places(text: str, name: str, expected: tuple[str, str] | None) -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    start = text.index(name)
    found = as_brand_model(Candidate(start, start + len(name), "LOC", "test"), text, gazetteer=default_gazetteer())
    assert (None if found is None else (text[found.start : found.end], found.maker)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A car make of en/vehicle_makes and a model's name or designation, with or without an
        # article or an owner's possessive before it.
        ("GM's Cadillac Zephra and Chevrolet Kestrel sold well.", [("Cadillac Zephra", "Cadillac"), ("Chevrolet Kestrel", "Chevrolet")]),
        ("Sales of the Chevrolet Malibu rose.", [("the Chevrolet Malibu", "Chevrolet")]),
        ("He bought a Jeep Zephra and a Ford F-250 in May.", [("a Jeep Zephra", "Jeep"), ("a Ford F-250", "Ford")]),
        ("The company's Chevrolet Zephra's battery failed.", [("Chevrolet Zephra", "Chevrolet")]),
        # A company's or a place's word, a role, a plural, another make, a place the gazetteer
        # knows, a capitalised word around: no model.
        ("Ford Motor said sales fell. The Ford Foundation gave money.", []),
        ("Toyota Chairman Zed Orm spoke. Volvo Cars was sold.", []),
        ("Renault Nissan and Fiat Chrysler met.", []),
        ("Toyota Canada said sales rose. The Lincoln Memorial and Dodge City drew tourists.", []),
        ("Henry Ford Zephra said. Jaguar Land Rover was sold.", []),
        # Events, prizes, venues and eras that carry a make's name (review of issue 21).
        ("He won the Nissan Open and the Peugeot Trophy at the Kia Oval.", []),
        ("The Hyundai Tournament, the Jaguar Rally and the Subaru Telescope. The Ford Administration fell.", []),
        ("He slept in the Lincoln Bedroom of the Honda Hotel. The Peugeot Family met. The Mercury Program ended.", []),
        # A make that is a given name too makes a model only after an article or a possessive, or
        # before a kind of product; "A" opening a sentence is an article.
        ("Mercedes Ruehl won an award. Lincoln Chafee voted no.", []),
        ("The Lincoln Navigator and Lincoln Zephra SUVs sold. A Mercury Sable crashed.", [("The Lincoln Navigator", "Lincoln"), ("Lincoln Zephra", "Lincoln"), ("A Mercury Sable", "Mercury")]),
        # A model of two to four capitals, or of an opener of en/model_name_openers and a name
        # (issue 21, n31a); a legal form, a kind, a role, a known organisation or place is none.
        ("The Cadillac CTS and the Jeep Grand Zephra sold. A Ford Crown Kestrel crashed.", [("The Cadillac CTS", "Cadillac"), ("the Jeep Grand Zephra", "Jeep"), ("A Ford Crown Kestrel", "Ford")]),
        ("Volkswagen AG bought Porsche SE. He drove a Nissan SUV. Ford CEO Zed Orm spoke.", []),
        ("The Ford UAW deal and Toyota USA sales and the Jeep Grand Plant.", []),
        # Review (rvn31): an acronym of a medium, an office or a deal (en/not_model_acronyms), a
        # kind ("ATV"), or capitals before a site's or a unit's noun is no model either.
        ("He saw a Toyota TV ad. The Honda PR team and the Ford IPO. Nissan HQ was raided.", []),
        ("The Toyota TMMK plant and the Toyota NA unit. A Honda ATV crashed.", []),
        ("He bought a Ford GT and the Lexus LS luxury sedan.", [("a Ford GT", "Ford"), ("the Lexus LS", "Lexus")]),
    ],
)
def test_car_make_and_model(text: str, expected: list[tuple[str, str]]) -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    found = make_model_candidates(text, default_gazetteer())
    assert [(text[c.start : c.end], c.maker) for c in found] == expected
    assert all(c.label == "PRO" for c in found)


def test_car_make_and_model_leaves_ner_people() -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    # NER's person named like a make and a model stays a person, but not after an article.
    text = "Sen. Saturn Zephra voted no. The Saturn Zephra sold well."
    person = Candidate(text.index("Saturn"), text.index(" voted"), "PER", "test")
    found = make_model_candidates(text, default_gazetteer(), [person])
    assert [text[c.start : c.end] for c in found] == ["The Saturn Zephra"]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # NER's person that begins at the model's word makes the make and the word a person's
        # name too, without an article or a possessive (review of issue 21).
        ("Porsche Zephra was arrested in Ohio.", "Zephra", []),
        ("Dodge Zephra was elected mayor.", "Zephra", []),
        ("The Dodge Zephra was recalled.", "Zephra", ["The Dodge Zephra"]),
        ("GM's Saturn Zephra sold well.", "Zephra", ["Saturn Zephra"]),
        # ... and NER's person named like a make that is a given name, before a noun that is no
        # kind of product, with the article of that noun.
        ("They went to a Mercedes Zephra concert.", "Mercedes Zephra", []),
        ("They bought a Lincoln Zephra SUV.", "Lincoln Zephra", ["a Lincoln Zephra"]),
        # NER's person around the whole name, found among many (linear in the text's length).
        ("Car news. " * 500 + "Sen. Saturn Zephra voted no.", "Saturn Zephra", []),
    ],
)
def test_car_make_and_model_leaves_people_named_like_it(text: str, person: str, expected: list[str]) -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    others = [Candidate(k, k + 3, "PER", "test") for k in range(0, text.rindex("Car news") + 1, 10)] if "Car news" in text else []
    start = text.index(person)
    people = [*others, Candidate(start, start + len(person), "PER", "test")]
    found = make_model_candidates(text, default_gazetteer(), people)
    assert [text[c.start : c.end] for c in found] == expected


def _mentions(lang: str, text: str) -> list[tuple[str, str, str | None]]:
    from kg.extract.mentions import entity_mentions_from_doc
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    nlp = load_model(lang)
    doc = nlp(text)
    remember_text(doc, text)
    found = entity_mentions_from_doc(doc, nlp=nlp, lang=lang, model="test", gazetteer=default_gazetteer())
    return [(m.text, m.label, m.maker) for m in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The suite includes the web browser Safari and a mail program.", ("Safari", "PRO", None)),
        ("en", "Apple unveiled new MacBook Air laptops on Wednesday.", ("MacBook Air", "PRO", None)),
        ("en", "The Airbus A330 jetliner crashed into the ocean.", ("Airbus A330", "PRO", "Airbus")),
        ("en", "Apple introduced the iPhone 4 on Monday.", ("the iPhone 4", "PRO", None)),
        # Adjectives before the product noun; a product in apposition; a maker's possessive.
        ("en", "Police use Acme's FaceMatch facial-recognition software.", ("FaceMatch", "PRO", "Acme")),
        ("en", "Acme's FaceMatch, a facial-recognition product, is banned.", ("FaceMatch", "PRO", "Acme")),
        # ... a kind after a hyphenated compound of nouns (issue 21, n31a).
        ("en", "Zorbex Inc. unveiled the Kestrel, a touch-screen phone, on Monday.", ("the Kestrel", "PRO", None)),
        # A car model before a kind of car ("hybrid", en/product_kinds) is no company (n30a).
        ("en", "Toyota 's success has been driven by its fuel-efficient vehicles , such as the Prius hybrid .", ("Prius", "PRO", None)),
        ("en", "Honda will stop selling the Insight hybrid in Europe .", ("Insight", "PRO", None)),
        # A drug or a device named in apposition with its kind (en/product_kinds; issue 21, n21f).
        ("en", "Calderon said its new pill, Glucarex, would be sold in May.", ("Glucarex", "PRO", None)),
        # ... a capitalised noun before the kind (issue 21, n26a).
        ("en", "Varlo's Praxivir, a COVID-19 pill, is in short supply.", ("Praxivir", "PRO", "Varlo")),
        ("en", "The company sells an inhaler, Brethex, in Latin America.", ("Brethex", "PRO", None)),
        # ... or before or after a noun of a drug or a device (issue 21, n23a).
        ("en", "The health service will pay for the immunotherapy Keytrex for early breast cancer.", ("Keytrex", "PRO", None)),
        ("en", "Veterans said its Combat Arms earplugs had damaged their hearing.", ("Combat Arms", "PRO", None)),
        # A product line named before its noun (MEANTIME dev: "the iBook line", PRO).
        ("en", "The company added a phone to its Galaxon line.", ("Galaxon", "PRO", None)),
        ("en", "Apple introduced the new MacBook line on Tuesday.", ("MacBook", "PRO", None)),
        # The parser's two subjects ("the video game Starfall sold"), in both languages.
        ("en", "The video game Starfall sold two million copies.", ("Starfall", "PRO", None)),
        ("fr", "Le jeu vidéo Starfall s'est vendu à deux millions d'exemplaires.", ("Starfall", "PRO", None)),
        # The maker the gazetteer knows at the start of the name.
        ("en", "The laptop contains Intel Core Duo processors.", ("Intel Core Duo", "PRO", "Intel")),
        ("en", "Airbus said two of the Rolls-Royce Trent 900 engines failed.", ("the Rolls-Royce Trent 900", "PRO", "Rolls-Royce")),
        ("fr", "Apple a présenté Lion, la nouvelle version de son système d'exploitation.", ("Lion", "PRO", None)),
        ("fr", "Le système d'exploitation Windows équipe la plupart des ordinateurs.", ("Windows", "PRO", None)),
        # A brand the gazetteer does not know and its model, after "the" or the owner's possessive.
        ("en", "GM will build the Chevrolet Volt, a plug-in hybrid, at its Detroit plant.", ("the Chevrolet Volt", "PRO", "Chevrolet")),
        ("en", "GM's Chevrolet Malibu was named car of the year.", ("Chevrolet Malibu", "PRO", "Chevrolet")),
        # A car make and its model outweigh NER's company and place across them; the model's name
        # alone later in the segment is the model, not a person or a company.
        ("en", "The company's Chevrolet Malibu competes with the Toyota Camry.", ("Chevrolet Malibu", "PRO", "Chevrolet")),
        ("en", "GM unveiled the Chevrolet Volt on Monday. The Volt will go on sale in 2010.", ("The Volt", "PRO", "Chevrolet")),
        ("en", "GM's Cadillac Escalade and Chevrolet Tahoe sold well. The Tahoe hybrid is built in Texas.", ("Tahoe", "PRO", "Chevrolet")),
        # ... but not a place without an article, nor a word of a longer name (review of issue 21).
        ("en", "He drove a Chevrolet Malibu to Malibu, California. The Malibu had no plates.", ("The Malibu", "PRO", "Chevrolet")),
        # A vessel or an instrument named by its kind (en/product_kinds), and a model's number in a
        # name the model read as a facility (issue 21, n21i).
        ("en", "Volunteers on the research boat Kaimoana II sampled fish.", ("Kaimoana II", "PRO", None)),
        ("en", "The fish were examined with a Lumio S5 microscope lent by the institute.", ("Lumio S5", "PRO", None)),
        # A title in quotation marks that a noun of a creative work introduces or describes, and
        # the same title in quotation marks again (en/work_nouns).
        ("en", 'Farahani\'s drama "The Salt Road" won the top prize. A streaming service bought "The Salt Road" on Friday.', ("The Salt Road", "PRO", None)),
        ("en", 'The award went to Ana Ferreira for "Cold Harbour", a Brazilian thriller.', ("Cold Harbour", "PRO", None)),
        # A name the gazetteer files as a company, after an articled kind of product, is the
        # product (issue 21, n24a).
        ("en", "Facebook said the messaging service WhatsApp would show adverts.", ("WhatsApp", "PRO", None)),
        ("en", "Google said its video platform YouTube would remove the videos.", ("YouTube", "PRO", None)),
        ("en", "The software company Zorba said its cloud platform Rise had attracted customers.", ("Rise", "PRO", None)),
        # A known company's name and a product's word (en/maker_product_words) name its product or
        # service, not a unit of the company (issue 21, n27a).
        ("en", "Rival Google announced that Google Meet would get live translation.", ("Google Meet", "PRO", "Google")),
        ("en", "Amazon said Amazon Prime Video would show more advertisements.", ("Amazon Prime Video", "PRO", "Amazon")),
        ("en", "Drivers can now report speed cameras on Google Maps, the company said.", ("Google Maps", "PRO", "Google")),
        # ... after an article too when a product's kind follows it (rvn27a).
        ("en", "Users of the Microsoft Office software reported problems.", ("Microsoft Office", "PRO", "Microsoft")),
    ],
)
def test_products_are_typed_pro(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _mentions(lang, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses of a company's name and a product's word (issue 21, n27a): a unit's or a
        # label's word, a known name as a whole, a word that no product ends with, a longer name.
        ("Google Cloud signed a deal with the bank.", "Google Cloud"),
        ("Sony Music sued the platform on Friday.", "Sony Music"),
        ("Researchers at Microsoft Research published a paper.", "Microsoft Research"),
        ("Human Rights Watch criticised the government.", "Human Rights Watch"),
        ("Samsung Electronics reported a profit.", "Samsung Electronics"),
        ("A spokesman for Disney Television declined to comment.", "Disney Television"),
        # A word of a unit's as well as of a product's name ("Office") after an article or before a
        # place names the company's office (issue 21, rvn27a).
        ("The Google Office in Zurich will hire two hundred engineers.", "The Google Office"),
        ("The UN Office in Geneva was closed for the holiday.", "The UN Office"),
        ("Staff at the Google Office walked out on Friday.", "Google Office"),
    ],
)
def test_company_units_are_no_products(text: str, name: str) -> None:
    assert not [m for m in _mentions("en", text) if m[0] == name and m[1] == "PRO"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A name of two capitalised words or more and its generation's number, after "the", "its"
        # or a maker's possessive, that the model read as an organisation is a product, with its
        # edition word (issue 21, n25a) ...
        ("The South Korean company also unveiled the Galaxy Watch 6 on Wednesday.", "the Galaxy Watch 6", "PRO"),
        ("Xiaomi said its Redmi Note 13 had sold 10 million units.", "Redmi Note 13", "PRO"),
        ("Samsung launched the Galaxy Z Fold 5 on Wednesday.", "the Galaxy Z Fold 5", "PRO"),
        ("The company said its Zorba Phone 7 Pro would ship in May.", "Zorba Phone 7 Pro", "PRO"),
        # ... but not a channel, a rank or a name that modifies a noun of another kind.
        ("The Channel 4 documentary drew 2 million viewers.", "Channel 4", "ORG"),
        ("He listened to the BBC Radio 4 programme.", "BBC Radio 4", "ORG"),
        ("Shares of the Detroit Big 3 fell.", "the Detroit Big 3", "ORG"),
        # ... nor a numbered unit of an army (en/numbered_name_words; review rv25a).
        ("Members of the Joint Task Force 2 took part in the raid, Canadian officials said.", "the Joint Task Force 2", "ORG"),
    ],
)
def test_generation_numbered_names(text: str, name: str, label: str) -> None:
    assert (name, label) in [(surface, lab) for surface, lab, _ in _mentions("en", text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name the gazetteer files as a company, after an articled kind of product, stays the
        # company where it does what only a company does (en/company_act_verbs; review rv24a).
        ("The streaming service Netflix cut 500 jobs on Monday.", "Netflix"),
        ("The streaming service Netflix hired 200 engineers.", "Netflix"),
        ("The messaging service WhatsApp sued the Indian government.", "WhatsApp"),
        ("Its video platform YouTube employs 2,000 moderators.", "YouTube"),
        ("The music streaming service Spotify laid off 1,500 staff.", "Spotify"),
    ],
)
def test_a_kind_of_product_before_a_company_that_acts_as_one(text: str, name: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("en", text)}
    assert found.get(name) == "ORG", found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A model's name alone is no model where it names a place without an article, or is a word
        # of a longer name (review of issue 21).
        ("He drove a Chevrolet Malibu to Malibu, California. The Malibu had no plates.", "Malibu", "LOC"),
        ("The GMC Sierra was recalled. Villagers in Sierra Nevada protested.", "Sierra", "ORG"),
        # A team's, a party's or a government's "lineup" or "line" is no range of products: only a
        # name written as a product's or owned by a possessive is (en/product_line_nouns; rv21f).
        ("Arsenal beat Fulham. The Arsenal lineup included three teenagers.", "Arsenal", "ORG"),
        ("Voters backed the Labour line on tax.", "Labour", "ORG"),
        ("Critics attacked the Kremlin line on Ukraine.", "Kremlin", "ORG"),
        # A name before a noun of a work is its maker, unquoted (en/work_nouns; issue 21, n21i).
        ("Critics praised a Steven Spielberg film about the war.", "Steven Spielberg", "PER"),
        # ... nor is an owner before a vessel's noun that introduces the vessel's own name (review rv21i).
        ("The Royal Navy ship HMS Kestrel left Portsmouth.", "Royal Navy", "ORG"),
        ("The Halvorsen Marine vessel Arctic Dawn sank.", "Halvorsen Marine", "ORG"),
    ],
)
def test_model_names_alone_that_are_no_model(text: str, name: str, label: str) -> None:
    found = [lab for surface, lab, _ in _mentions("en", text) if surface == name]
    assert label in found and "PRO" not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A model name after the designation is part of the product's name.
        ("Vexal said the Vexal 797 Skyhopper will fly.", "Vexal 797 Skyhopper"),
        ("Vexal delivered two Vexal 797 Skyhoppers.", "Vexal 797 Skyhoppers"),
        # Not a month, nor a capitalised word that starts another name.
        ("The Vexal 797 May flight was cancelled.", "Vexal 797"),
        ("The Vexal 797 Seattle Plant closed.", "Vexal 797"),
    ],
)
def test_model_names_after_designations(text: str, expected: str) -> None:
    start = text.index("Vexal", 1)
    found = as_model_product(Candidate(start, start + len("Vexal"), "ORG", "test"), text)
    assert found is not None and text[found.start : found.end] == expected and found.maker == "Vexal"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The model read again without its maker: itself, plurals, variants, letter siblings, its name.
        (
            "Zorba flew the Zorba Z380 today. The Z380 and two Z350s were late; Z380s sell well.",
            ["The Z380", "Z350s", "Z380s"],
        ),
        (
            "Vexal unveiled the Vexal 797 Skyhopper. The Skyhopper and the 797-300ER follow; 797s sell.",
            ["The Skyhopper", "the 797-300ER", "797s"],
        ),
        # Digits alone are no model unless seen after a maker; prices and counts stay numbers.
        ("Vexal unveiled the Vexal 797. It cost $797 million and 700 jobs.", []),
        # The article of a noun the model modifies is the noun's, not the model's (rvn28a).
        (
            "Zorba flew the Zorba Z380 today. The Z380 programme is late, the Z380 fleet grew and the Z380 superjumbo flew.",
            ["Z380", "Z380", "Z380"],
        ),
        ("Vexal unveiled the Vexal 797. The 797 delays angered buyers, but the 797 flew.", ["797", "the 797"]),
    ],
)
def test_models_read_again(text: str, expected: list[str]) -> None:
    name = "Zorba" if text.startswith("Zorba") else "Vexal"
    start = text.index(name, 1)
    product = as_model_product(Candidate(start, start + len(name), "ORG", "test"), text)
    assert product is not None
    found = model_mentions([product], text)
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.label == "PRO" and c.maker == name for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Letters and digits before a kind of product: a model, with no maker named.
        ("Its new Z380 airliner flies.", ["Z380"]),
        ("The fleet gets six Z330-300E aircraft and two Z350s jets.", ["Z330-300E", "Z350s"]),
        # Not before another noun, nor a road, nor digits alone.
        ("The Z380 programme grew.", []),
        ("The M25 road was shut.", []),
        ("They ordered 300 aircraft.", []),
        # A description of a kind of product in apposition after it; not another description.
        ("Vexal unveiled plans for the Z380 , a twin-deck aircraft that can carry 800 people.", ["Z380"]),
        ("The Z380, the largest passenger airliner in the world, flew.", ["Z380"]),
        ("Vexal unveiled plans for the Z380 , a decision that surprised analysts.", []),
        ("The M25, a busy road, was shut.", []),
        ("The Z380\n, a twin-deck aircraft", []),
    ],
)
def test_designations_before_product_nouns(text: str, expected: list[str]) -> None:
    found = designation_candidates(text)
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.label == "PRO" for c in found)


@pytest.mark.parametrize(
    ("text", "name", "lang", "expected"),
    [
        # English: a "person" with a designation of letters and a digit is a brand's model.
        ("The Zorvo H2 sold poorly.", "Zorvo", "en", ("Zorvo H2", "Zorvo")),
        ("The Zorvo H2 sold poorly.", "Zorvo H2", "en", ("Zorvo H2", "Zorvo")),
        # Digits alone after a person, or French: left alone.
        ("Jean Roe 150 was there.", "Jean Roe", "en", None),
        # A person named in full before a race position or a ranking.
        ("The order was Jean Roe P1 and Zorvo Kestrel P2.", "Jean Roe", "en", None),
        ("The order was Jean Roe P1 and Zorvo Kestrel P2.", "Zorvo Kestrel P2", "en", None),
        ("Le Zorvo H2 a été vendu.", "Zorvo", "fr", None),
    ],
)
def test_model_designations_after_people(text: str, name: str, lang: str, expected: tuple[str, str] | None) -> None:
    start = text.index(name)
    found = as_model_product(Candidate(start, start + len(name), "PER", "test"), text, lang=lang)
    assert (None if found is None else (text[found.start : found.end], found.maker)) == expected


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        # Where another candidate is, no model: inside it, across its start, across its end.
        ("Vexal unveiled the Vexal 797. The 797 Club met; the 797s flew.", ["797 Club"], ["the 797s"]),
        ("Vexal unveiled the Vexal 797. Club 797 met; the 797s flew.", ["Club 797"], ["the 797s"]),
        ("Vexal unveiled the Vexal 797. The 797s flew; 797s sell.", ["The 7"], ["797s"]),
        # A candidate spanning several readings leaves them all out, the ones after it are found.
        ("Vexal unveiled the Vexal 797. 797 and 797s and 797-300ER; 797s sell.", ["797 and 797s and 797-300ER"], ["797s"]),
        # The readings found do not overlap one another: the first pattern's wins.
        ("Vexal unveiled the Vexal 797 Skyhopper. The Skyhopper 797s flew.", [], ["The Skyhopper", "797s"]),
        # A candidate that ends where a reading starts, or starts where it ends, only touches it
        # (rv18h: the bisections' boundaries); a candidate over the article leaves it out (n28a).
        ("Vexal unveiled the Vexal 797. The 797s flew.", ["The "], ["797s"]),
        ("Vexal unveiled the Vexal 797. The 797s flew.", [" flew"], ["The 797s"]),
        ("Vexal unveiled the Vexal 797. The 797s flew.", ["The 797s"], []),
        ("Vexal unveiled the Vexal 797. The 797s flew.", ["797s flew"], []),
        # Readings one character apart: both.
        ("Vexal unveiled the Vexal 797 Skyhopper. The 797s/Skyhopper flew.", [], ["The 797s", "Skyhopper"]),
    ],
)
def test_models_read_again_only_where_no_candidate_is(text: str, taken: list[str], expected: list[str]) -> None:
    start = text.index("Vexal", 1)
    product = as_model_product(Candidate(start, start + len("Vexal"), "ORG", "test"), text)
    assert product is not None
    others = [Candidate(text.index(t, start + 10), text.index(t, start + 10) + len(t), "ORG", "test") for t in taken]
    found = model_mentions([*others, product], text)
    assert [text[c.start : c.end] for c in found] == expected


@pytest.mark.slow
def test_models_read_again_cost_about_linear_time() -> None:
    # A long document that says its models again and again (issue 18, goal 3): each reading was
    # checked against every candidate, matches times candidates.
    import time

    unit = "Vexal unveiled the Vexal 797 Skyhopper. The Skyhopper and 797s flew with Kestrel Air. "

    def seconds(chars: int) -> float:
        text = unit * (chars // len(unit))
        found = [Candidate(k + 50, k + 54, "ORG", "test") for k in range(0, len(text), len(unit))]
        start = text.index("Vexal", 1)
        product = as_model_product(Candidate(start, start + len("Vexal"), "ORG", "test"), text)
        assert product is not None
        started = time.process_time()
        model_mentions([product, *found], text)
        return time.process_time() - started

    seconds(len(unit) * 2)  # patterns compiled before timing
    small, large = min(seconds(25_000) for _ in range(3)), min(seconds(200_000) for _ in range(3))
    assert large < 30 * max(small, 0.005), (small, large)  # 8 times the input; quadratic was 64 times


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # An edition word NER read as a company after a model designation: the model, with its
        # article, the edition and a variant's number (issue 21, n28a).
        ("Vexal said the 737 MAX 10 would not be certified.", "MAX", ("the 737 MAX 10", "PRO")),
        ("The 737 MAX was grounded in March.", "MAX", ("The 737 MAX", "PRO")),
        ("Regulators cleared the Z321 Plus on Monday.", "Plus", ("the Z321 Plus", "PRO")),
        # Not a word that is no edition, nor one after a count, a price or a year.
        ("Boeing said 737 Vexal jets were late.", "Vexal", None),
        ("The plane carried 150 Max Verstappen fans.", "Max Verstappen", None),
        ("He paid $300 Plus tax.", "Plus", None),
        ("It sold 3,737 MAX units.", "MAX", None),
    ],
)
def test_edition_words_after_designations(text: str, name: str, expected: tuple[str, str] | None) -> None:
    start = text.index(name)
    found = as_model_product(Candidate(start, start + len(name), "ORG", "test"), text, lang="en")
    assert (None if found is None else (text[found.start : found.end], found.label)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The article before a model read again is its mention's, as MEANTIME annotates it ("the
        # A380", "a 787"; issue 21, n28a) ...
        ("Zorba unveiled the Zorba Z380. The Z380 flew; a Z380 landed.", ["The Z380", "a Z380"]),
        # ... not another word ending in "the" or "a", nor an article on the line before.
        ("Zorba unveiled the Zorba Z380. Bathe Z380s; Panama Z380s; the\nZ380 flew.", ["Z380s", "Z380s", "Z380"]),
    ],
)
def test_models_read_again_with_their_article(text: str, expected: list[str]) -> None:
    start = text.index("Zorba", 1)
    product = as_model_product(Candidate(start, start + len("Zorba"), "ORG", "test"), text)
    assert product is not None
    assert [text[c.start : c.end] for c in model_mentions([product], text)] == expected


def test_brand_and_model_read_again_as_one() -> None:
    # The brand and the model's name read again together, with their article; the model alone after.
    text = "Zorvo said the Zorvo Kestrel will sell. The Zorvo Kestrel and the Kestrel sold."
    start = text.index("Zorvo Kestrel")
    product = Candidate(start, start + len("Zorvo Kestrel"), "PRO", "test", evidence=("model name: Kestrel",), maker="Zorvo")
    assert [text[c.start : c.end] for c in model_mentions([product], text)] == ["The Zorvo Kestrel", "the Kestrel"]


def test_model_name_read_again_after_an_article() -> None:
    text = "Vexal said the Vexal 797 Skyhopper will fly. The Skyhopper was late."
    product = Candidate(text.index("the Vexal"), text.index(" will"), "PRO", "test", evidence=("model designation: 797",), maker="Vexal")
    assert [text[c.start : c.end] for c in model_mentions([product], text)] == ["The Skyhopper"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "name", "label"),
    [
        # A stock market index is no organisation and no product (FIN, kg:MarketIndex): a name no
        # company bears, a name before an index noun, a company's name as the subject of a market
        # movement with a figure or a direction.
        ("en", "In Asia, Hong Kong's Hang Seng fell 2 percent.", "Hang Seng", "FIN"),
        ("en", "U.S. stocks fell as the Dow Jones index lost 300 points.", "Dow Jones", "FIN"),
        # (wire style's lower-case name of the average is the index's whole name, e21n)
        ("en", "U.S. stocks fell as the Dow Jones industrial average lost 300 points.", "Dow Jones industrial average", "FIN"),
        ("en", "The Nasdaq composite index fell 3 percent.", "Nasdaq", "FIN"),
        ("en", "Shares fell on the New York Stock Exchange as the Dow lost 200 points.", "the Dow", "FIN"),
        ("en", "The Nasdaq closed higher on Friday.", "The Nasdaq", "FIN"),
        ("fr", "À Paris, l'indice Nikkei a reculé de 3 %.", "Nikkei", "FIN"),
        ("fr", "Le Nasdaq a perdu 3 % lundi.", "Nasdaq", "FIN"),
        ("en", "The Dow fell 200 points on Monday.", "The Dow", "FIN"),
        ("fr", "À Paris, le CAC 40 a reculé de 2 % vendredi.", "CAC 40", "FIN"),
        ("en", "In London, the FTSE 100 closed higher on Tuesday.", "the FTSE 100", "FIN"),
        ("fr", "L'indice Dow Jones a gagné 1 % à New York.", "Dow Jones", "FIN"),
        # The other sense: the same names as companies (bought, speaking, before a share noun).
        ("en", "News Corp agreed to buy Dow Jones for $5 billion.", "Dow Jones", "ORG"),
        ("en", "Nasdaq said it would buy the Stockholm exchange.", "Nasdaq", "ORG"),
        ("en", "Nasdaq shares rose 3 percent after the exchange operator reported higher profits.", "Nasdaq", "ORG"),
        # An index noun that does not end the phrase names no index.
        ("en", "The company buys Cytec Industries composite materials.", "Cytec Industries", "ORG"),
        # "the" and a movement no exchange makes, or a direction and a figure with no verb: an index.
        ("en", "Investors fled to Treasury bonds as the Dow plunged.", "the Dow", "FIN"),
        ("en", "The Nasdaq rallied in afternoon trading.", "The Nasdaq", "FIN"),
        ("en", "Asian stocks fell, with Tokyo down 2 percent and Hong Kong's Hang Seng down 3 percent.", "Hang Seng", "FIN"),
        # The other senses: an exchange's session, no article, another company's name, no figure.
        ("en", "The Nasdaq closed for the holiday.", "The Nasdaq", "ORG"),
        ("en", "Nasdaq said it would delist the company.", "Nasdaq", "ORG"),
        ("en", "Dow Chemical plunged after the report.", "Dow Chemical", "ORG"),
        # An index named in full that NER misses or cuts ("CAC" of "the CAC 40").
        ("en", "In Europe, the CAC 40 declined 2 percent and the Bel 20 lost 1 percent.", "the CAC 40", "FIN"),
        ("en", "The Dow Jones Industrial Average closed down 2 percent on Monday.", "The Dow Jones Industrial Average", "FIN"),
        # The second of coordinated subjects, and an index after a place's possessive.
        ("en", "Both the Dow and the Nasdaq fell on Tuesday.", "the Nasdaq", "FIN"),
        ("en", "Stocks slid in Europe, and Britain's FTSE fell too.", "FTSE", "FIN"),
        # A company's name that begins an index named in the segment is its short form, but for
        # one that speaks.
        ("en", "The Dow closed at a record. The Dow Jones Industrial Average rose 1 percent.", "The Dow", "FIN"),
        ("en", "Dow Jones said the Dow Jones Industrial Average would change.", "Dow Jones", "ORG"),
        # A company's name that an index of the segment bears, bare and acting as the company
        # (a verb no index does, an owner), is the company; the subject of a market movement is
        # the index.
        ("en", "The S&P 500 fell 1 percent after S&P downgraded the United States.", "S&P", "ORG"),
        ("en", "The S&P 500 fell 1 percent after S&P's downgrade of the United States.", "S&P", "ORG"),
        ("en", "The Nasdaq fell 3 percent. Nasdaq bought the Stockholm exchange in 2007.", "Nasdaq", "ORG"),
        ("en", "The Dow Jones Industrial Average rose. Dow Jones publishes The Wall Street Journal.", "Dow Jones", "ORG"),
        ("en", "The Nasdaq fell 3 percent on Monday. Nasdaq fell another 2 percent on Tuesday.", "Nasdaq", "FIN"),
        # ... and so is one that modifies a noun no index noun is, or whose shares a phrase names.
        ("en", "The Dow fell 200 points on Monday. Shares of Dow rose 2 percent after it raised its outlook.", "Dow", "ORG"),
        ("en", "The Dow fell 200 points on Monday. Dow shares rose 2 percent.", "Dow", "ORG"),
        ("fr", "Le Nasdaq a perdu 3 % lundi. Le groupe Nasdaq a annoncé un rachat.", "Nasdaq", "ORG"),
        ("en", "The Dow Jones Industrial Average fell 1 percent. The Dow industrials had gained the day before.", "Dow", "FIN"),
        # An index of the segment's verbs besides a movement, and another name of the same index
        # (issue 21, n21d: headlines above a market report).
        ("en", "Dow suffers worst drop since Black Monday\nThe Dow Jones Industrial Average fell 733 points.", "Dow", "FIN"),
        ("en", "Nasdaq hits seven-year high\nThe Nasdaq composite index rose 2 percent.", "Nasdaq", "FIN"),
        ("en", "Nasdaq , Dow Jones fall sharply\nThe Nasdaq fell 8 percent and the Dow lost 7 percent.", "Dow Jones", "FIN"),
        ("en", "Dow Chemical posts loss\nDow Chemical lost money. The Dow Jones industrial average rose.", "Dow Chemical", "ORG"),
        ("en", "The Nasdaq composite index rose 1 percent. Nasdaq bought OMX for $3.7 billion.", "Nasdaq", "ORG"),
        # A known index name that a name-and-number rule read as a product's model is an index.
        ("fr", "Le CAC 40 a gagné 1 % mardi. L'indice Stoxx 600 a reculé de 0,2 %.", "Stoxx 600", "FIN"),
        ("fr", "À Paris, le SBF 120 a perdu 1 % lundi.", "SBF 120", "FIN"),
        ("en", "The Euro Stoxx 50 fell 0.2 percent and the SBF 120 lost 1 percent.", "the SBF 120", "FIN"),
        ("en", "The Dow Jones Transportation Average fell 1 percent.", "The Dow Jones Transportation Average", "FIN"),
        # A company's possessive and no article: the exchange itself.
        ("en", "Zorba and Nasdaq fell out over the listing fees.", "Nasdaq", "ORG"),
        # An exchange where shares or contracts trade ("on" after a verb or a trading noun) is the
        # market (FIN); the exchange that speaks, reports or owns is the company that runs it.
        ("en", "Shares of Zorvex Motors fell 5 percent on the New York Stock Exchange.", "the New York Stock Exchange", "FIN"),
        ("en", "The company's shares are listed on the Tokyo Stock Exchange.", "the Tokyo Stock Exchange", "FIN"),
        ("en", "Zorvex reported a loss, and its shares fell 8 percent to $4.10 on the New York Stock Exchange.", "the New York Stock Exchange", "FIN"),
        ("en", "Wheat futures rose on the Chicago Board of Trade.", "the Chicago Board of Trade", "FIN"),
        ("en", "The Chicago Board of Trade said it would extend trading hours.", "The Chicago Board of Trade", "ORG"),
        ("en", "Shares of Kestrel rose in heavy trading on the Nasdaq.", "the Nasdaq", "FIN"),
        ("en", "Crude oil for March delivery fell $1 on the Nymex.", "the Nymex", "FIN"),
        ("en", "Shares of Zorvex fell 3 percent on the Big Board .", "the Big Board", "FIN"),
        ("en", "Zorvex made its debut on the Paris Bourse on Tuesday.", "the Paris Bourse", "FIN"),
        ("en", "The New York Stock Exchange said it would halt trading early.", "The New York Stock Exchange", "ORG"),
        # An exchange right before a session of trading (one lower-case word between) is the market
        # too; before another noun it is the company that runs it.
        ("en", "Shares of Zorvex fell 12 cents to $ 7.80 in New York Stock Exchange composite trading .", "New York Stock Exchange", "FIN"),
        ("en", "Zorvex shares rose 3 percent in afternoon New York Stock Exchange trading .", "New York Stock Exchange", "FIN"),
        ("en", "Zorvex is a New York Stock Exchange member .", "New York Stock Exchange", "ORG"),
        ("en", "Regulators cracked down on the New York Stock Exchange after the outage.", "the New York Stock Exchange", "ORG"),
        ("en", "The SEC imposed a fine on the Nasdaq Stock Market.", "the Nasdaq Stock Market", "ORG"),
        ("en", "The London Stock Exchange said its chief executive would step down.", "The London Stock Exchange", "ORG"),
        ("en", "NYSE Euronext reported a 10 percent rise in quarterly profit on Thursday.", "NYSE Euronext", "ORG"),
        ("en", "The Bombay Stock Exchange's Sensex rose 1 percent.", "Bombay Stock Exchange", "ORG"),
        # Review of fin21: the "on" of a verb that is neither of trading nor of a market movement,
        # with no figure and no noun of trading around it, names the company or a topic; an
        # exchange coordinated with a market is a market too.
        ("en", "The spokesman declined to comment on the New York Stock Exchange.", "the New York Stock Exchange", "ORG"),
        ("en", "Lawmakers called on the London Stock Exchange to cut fees.", "the London Stock Exchange", "ORG"),
        ("en", "Analysts said brokers depend on the Tokyo Stock Exchange for price data.", "the Tokyo Stock Exchange", "ORG"),
        ("en", "Kestrel is listed on the London Stock Exchange and the Toronto Stock Exchange.", "the Toronto Stock Exchange", "FIN"),
        ("en", "Kestrel shares were unchanged on the Nasdaq.", "the Nasdaq", "FIN"),
        # An index a company's or an exchange's name begins, which NER read as the company (n30a).
        ("en", "The ICE Dollar Index , which tracks the greenback against six currencies , fell 0.4 percent .", "The ICE Dollar Index", "FIN"),
        ("en", "The Amex Oil Index gained 1.9 percent .", "The Amex Oil Index", "FIN"),
        ("en", "The NYSE Arca Airline Index slid 4 percent .", "The NYSE Arca Airline Index", "FIN"),
        ("en", "The Reuters / Jefferies CRB Index of 19 commodities rose 1.1 percent .", "The Reuters / Jefferies CRB Index", "FIN"),
        # The exchange's acronym in brackets after the market is the market too (n30a, Wikinews style).
        ("en", "According to Bloomberg , GM shares fell 4.9 % on the New York Stock Exchange ( NYSE ) .", "NYSE", "FIN"),
        ("en", "Shares of Zorvex rose on the Tokyo Stock Exchange ( TSE ) .", "TSE", "FIN"),
        ("en", "The New York Stock Exchange ( NYSE ) said it would extend trading hours .", "NYSE", "ORG"),
        # The other mentions of an exchange keep their own reading (no index name to pass on).
        ("en", "Kestrel shares fell on the London Stock Exchange. The London Stock Exchange said it would review the trades.", "The London Stock Exchange", "ORG"),
        # A street that stands for its market, which the model misses (FIN); not the newspaper.
        ("en", "Stocks fell on Wall Street on Friday, with the Dow losing 200 points.", "Wall Street", "FIN"),
        ("en", "On Wall Street, stocks fell for a third day.", "Wall Street", "FIN"),
        ("en", "The Wall Street Journal reported the deal on Monday.", "The Wall Street Journal", "ORG"),
        # The street itself after a path preposition, even after the market in the same segment.
        ("en", "Stocks fell on Wall Street, while protesters marched down Wall Street.", "Wall Street", "LOC"),
        # A name a company bears too that the model missed: an index where the words around it say
        # so (an index noun after it, a movement with a figure, a short name of the segment's index).
        ("en", "Japan's Nikkei index fell 2 percent, its lowest close since March.", "Nikkei", "FIN"),
        ("en", "The Nikkei closed down 1.2 percent.", "The Nikkei", "FIN"),
        ("en", "The Nikkei 225 fell 3 percent. Later the Nikkei recovered some ground.", "the Nikkei", "FIN"),
        # The object of a verb, with a direction after it.
        ("en", "Tech shares led the Nasdaq higher on Thursday.", "the Nasdaq", "FIN"),
        ("en", "The report sent the Dow lower.", "the Dow", "FIN"),
        # Index names the model reads as a person or a place.
        ("en", "London's Footsie dropped 3 percent on Monday.", "Footsie", "FIN"),
        ("en", "The MSCI Asia Pacific index fell 0.9 percent.", "MSCI Asia Pacific", "FIN"),
        # Indices named after their city, which the model reads as the place, and short names of
        # indices of other markets.
        ("en", "In Kuala Lumpur, the Kuala Lumpur Composite Index fell 2 percent.", "the Kuala Lumpur Composite Index", "FIN"),
        ("en", "Australia's All Ordinaries index lost 2.5 percent, while New Zealand's NZX 50 fell 1 percent.", "NZX 50", "FIN"),
        ("en", "Russia's RTS index plunged 6 percent and the MICEX fell 5 percent.", "RTS", "FIN"),
        ("en", "MICEX said it would merge with the RTS exchange.", "MICEX", "ORG"),
        # Index names with a hyphen, or with the maker's name before them.
        ("en", "Germany's DAX and France's CAC-40 lost ground.", "CAC-40", "FIN"),
        ("en", "The Hang Seng Index fell 2 percent.", "The Hang Seng Index", "FIN"),
        ("en", "The Dow Jones Wilshire 5000 fell 1.3 percent.", "The Dow Jones Wilshire 5000", "FIN"),
        # A possessive's "'s" apart from its word (tokenised text) and a count of stocks: the index,
        # which NER read as a product.
        ("en", "The broader Standard & Poor 's 500-stock index slipped 1.4 percent to 1,120 .", "Standard & Poor 's 500-stock", "FIN"),
        ("en", "The Standard & Poor 's 500 index rose 2 points .", "The Standard & Poor 's 500", "FIN"),
    ],
)
def test_market_indices_are_no_organisations(lang: str, text: str, name: str, label: str) -> None:
    found = {(t, lab) for t, lab, _maker in _mentions(lang, text)}
    assert (name, label) in found
    if label == "FIN":
        assert all(maker is None for t, _lab, maker in _mentions(lang, text) if t == name)
        assert (name, "PRO") not in found  # an index is no product


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indices no company bears, named in full, with a capital index noun that belongs to them.
        ("The CAC 40 and the DAX fell.", ["CAC 40", "DAX"]),
        ("The Dow Jones Industrial Average rose; the Straits Times Index fell.", ["Dow Jones Industrial Average", "Straits Times Index"]),
        ("The FTSE 100 index closed lower.", ["FTSE 100"]),
        # Names a company bears too ("Nasdaq", "Dow Jones") are left to the words around them, and so
        # are lower-case words and a name inside a longer word.
        ("Nasdaq and Dow Jones said nothing.", []),
        ("The dax was lower; DAXX rose.", []),
        # Wire style's lower-case words of an average's name after its capitalised first words; not
        # other lower-case words, nor a name all in lower case.
        ("The Dow Jones industrial average fell 200 points.", ["Dow Jones industrial average"]),
        ("Japan's Nikkei 225 stock average slid 2 percent.", ["Nikkei 225 stock average"]),
        ("The CBOE Volatility Index, known as the VIX, jumped.", ["CBOE Volatility Index", "VIX"]),
        ("Poland's WIG20 fell and the Shenzhen Component Index slid.", ["WIG20", "Shenzhen Component Index"]),
        # A common word that is also an index's short name is left to the words around it.
        ("He bought a new set of tools; the SET Index fell.", ["SET Index"]),
        ("The Nasdaq composite rose; the dow jones industrial average fell.", []),
        # A possessive's "'s" apart from its word, as tokenised text writes it, and a count of
        # stocks before the index noun.
        ("The Standard & Poor 's 500 index rose 2 points .", ["Standard & Poor 's 500"]),
        ("The broader Standard & Poor's 500-stock index slipped.", ["Standard & Poor's 500-stock"]),
        ("The S&P 500-stock index fell; the S&P 500-stock fell.", ["S&P 500-stock"]),
        # A slash apart from its words, as tokenised text writes it (n30a).
        ("Australia 's S&P / ASX 200 lost 0.7 percent .", ["S&P / ASX 200"]),
        ("Australia's S&P/ASX 200 lost 0.7 percent.", ["S&P/ASX 200"]),
        ("Canada 's S&P / TSX composite index rose .", ["S&P / TSX"]),
    ],
)
def test_index_candidates(text: str, expected: list[str]) -> None:
    assert [text[c.start : c.end] for c in index_candidates(text)] == expected
    assert all(c.label == "FIN" and c.maker is None for c in index_candidates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A street that stands for its city's market, wherever the sentence puts it.
        ("Stocks fell on Wall Street on Friday.", ["Wall Street"]),
        ("On Wall Street, stocks fell for a third day.", ["Wall Street"]),
        ('"Wall Street is nervous," he said.', ["Wall Street"]),
        ("Indian stocks rose, and Dalal Street cheered the budget.", ["Dalal Street"]),
        # Not inside a longer name, nor an address, nor in small letters.
        ("The Wall Street Journal reported the deal.", []),
        ("Protesters from Occupy Wall Street marched downtown.", []),
        ("The bank moved its offices to 60 Wall Street last year.", []),
        ("The wall street was wet.", []),
        # Review of fin21: a capitalised word after a comma is no part of the name, nor a
        # headline's function word; a stance toward the market or its record is the market.
        ("On Friday, Wall Street rallied.", ["Wall Street"]),
        ("Yesterday Wall Street rallied.", ["Wall Street"]),
        ("In Tokyo, Wall Street's slide was felt.", ["Wall Street"]),
        ("Stocks Fall On Wall Street As Oil Surges", ["Wall Street"]),
        ("There is deep anger toward Wall Street.", ["Wall Street"]),
        ("The Dow hovered near Wall Street's record high.", ["Wall Street"]),
        # ... but a capitalised word before it that is no function word makes a longer name, even
        # at the start of a sentence, and a work's title is no market (a work noun before it or
        # heading its apposition).
        ("Occupy Wall Street protesters camped downtown.", []),
        ("Oliver Stone directed the movie Wall Street in 1987.", []),
        ("Douglas won an Oscar for Wall Street, the 1987 film by Oliver Stone.", []),
        ("Douglas starred in Wall Street, a hit film of 1987.", []),
        ("The film Wall Street: Money Never Sleeps opened on Friday.", []),
    ],
)
def test_market_street_candidates(text: str, expected: list[str]) -> None:
    found = market_street_candidates(text)
    assert [text[c.start : c.end] for c in found if c.label == "FIN"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a preposition of a path or of a place next to it, the street itself: a place
        # (review of fin21).
        ("Protesters marched down Wall Street toward the exchange.", ["Wall Street"]),
        ("A bomb exploded near Wall Street in 1920.", ["Wall Street"]),
        ("The bank stands at the corner of Wall Street and Broad Street.", ["Wall Street"]),
        # Not "on" or "in", nor a possessive after it, nor a stance toward the market.
        ("Stocks fell on Wall Street.", []),
        ("The Dow hovered near Wall Street's record high.", []),
        ("There is deep anger toward Wall Street.", []),
    ],
)
def test_market_streets_as_places(text: str, expected: list[str]) -> None:
    found = [c for c in market_street_candidates(text) if c.label != "FIN"]
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.label == "LOC" and c.evidence == (STREET_AS_PLACE,) for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names a company bears too, each word with a capital, as candidates for what the model missed.
        ("Japan's Nikkei index fell.", ["Nikkei"]),
        ("The Hang Seng slid and the Dow Jones index rose.", ["Hang Seng", "Dow Jones"]),
        # With a capitalised index noun after the name, which belongs to it (the model misses
        # "The Hang Seng Index fell").
        ("The Hang Seng Index fell 2 percent.", ["Hang Seng Index"]),
        ("The Nikkei Average and the Nasdaq Composite Index rose.", ["Nikkei Average", "Nasdaq Composite Index"]),
        ("The Hang Seng Index Fund rose.", []),
        # Not before another capitalised word or a number (a longer name), nor in small letters.
        ("Dow Chemical said profits rose.", []),
        ("The Nikkei 225 fell.", []),
        ("The dow fell.", []),
    ],
)
def test_company_index_candidates(text: str, expected: list[str]) -> None:
    found = company_index_candidates(text)
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.evidence == (MAYBE_INDEX,) for c in found)


@pytest.mark.parametrize(
    ("unit", "finder"),
    [
        ("Stocks fell on Wall Street. ", market_street_candidates),
        ("Protesters marched down Wall Street. ", market_street_candidates),
        ("Occupy Wall Street ", market_street_candidates),
        ("Japan's Nikkei index fell. ", company_index_candidates),
        ("Dow Jones" + " " * 40, company_index_candidates),
    ],
)
def test_market_finders_cost_about_linear_time(unit: str, finder: object) -> None:
    # Review of fin21: a hostile text of repeated market words (300,000 characters at most).
    import time

    assert callable(finder)

    def seconds(chars: int) -> float:
        text = unit * (chars // len(unit))
        started = time.process_time()
        finder(text)
        return time.process_time() - started

    finder(unit)  # word lists and patterns loaded before timing
    small, large = min(seconds(37_500) for _ in range(3)), min(seconds(300_000) for _ in range(3))
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the New York Stock Exchange", True),
        ("the Paris Bourse", True),
        ("the Chicago Board of Trade", True),
        ("The Nasdaq Stock Market", True),
        ("the Nymex", True),
        ("NYSE", True),
        ("the Big Board", True),
        # A company or an agency whose name holds an exchange noun elsewhere, or ends in small letters.
        ("NYSE Euronext", False),
        ("the Securities and Exchange Commission", False),
        ("the stock exchange", False),
        ("Zorvex", False),
    ],
)
def test_is_exchange_name(name: str, expected: bool) -> None:
    assert is_exchange_name(name) is expected


@pytest.mark.slow
def test_market_index_typed_for_its_other_mentions() -> None:
    # The name a movement showed to be an index is one in the rest of the segment, but for a
    # mention that speaks.
    found = _mentions("en", "The Nasdaq lost 40 points to 2,100. The Nasdaq later recovered. Nasdaq said it would buy the Stockholm exchange.")
    assert [lab for t, lab, _ in found if t.endswith("Nasdaq")] == ["FIN", "FIN", "ORG"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "name", "label"),
    [
        # An online platform where something is posted or shown is a product (a service).
        ("fr", "Elle écrivit sur Twitter : « Qu'ils disent ce qu'ils disent ».", "Twitter", "PRO"),
        ("fr", "Une vidéo circulant sur YouTube semble montrer les combats.", "YouTube", "PRO"),
        ("en", "He posted the video on YouTube last week.", "YouTube", "PRO"),
        # The company that runs it, as the subject of its own acts, stays an organisation, and so does
        # the platform's name in a document where it acts as one.
        ("en", "Facebook agreed to buy Instagram for $1bn.", "Facebook", "ORG"),
        ("fr", "Twitter a annoncé des résultats. Il a posté la photo sur Twitter.", "Twitter", "ORG"),
        # A preposition of place before a name that is no platform changes nothing.
        ("fr", "Il a publié un livre sur Napoléon Bonaparte.", "Napoléon Bonaparte", "PER"),
        # X (Twitter since 2023), a one-letter name, is a platform after such a preposition, even
        # with the sentence's stop read into it; platforms listed after the first share it.
        ("fr", "« C'est un choc pour les salariés », a réagi Fabien Gâche, délégué syndical central, sur X.", "X", "PRO"),
        ("fr", "Le ministre a publié un message sur X mardi soir.", "X", "PRO"),
        ("en", "The video was shared on Bluesky and Threads.", "Threads", "PRO"),
        ("fr", "Le syndicat a publié un message sur Mastodon et sur Reddit.", "Reddit", "PRO"),
        # ... and nowhere else: a lone letter is no name, a company X named by its kind stays one.
        ("fr", "Le ministre a publié un message sur X mardi soir.", "X.", None),
        ("en", "Musk said X would charge users for the service.", "X", None),
        ("fr", "La société X a été condamnée.", "X", "ORG"),
    ],
)
def test_platforms_after_a_preposition_are_products(lang: str, text: str, name: str, label: str | None) -> None:
    found = {surface: lab for surface, lab, _ in _mentions(lang, text)}
    assert found.get(name) == label, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name and a generation's number the model missed (issue 21, n26a): a camel-case name
        # after "the", "its" or a maker's possessive, or any name with an edition word after.
        ("Sales of the PlayStation 5 rose in the quarter.", ["PlayStation 5"]),
        ("Sony's PlayStation 5 sold out in an hour.", ["PlayStation 5"]),
        ("The PlayStation 5 Pro costs $699.", ["PlayStation 5 Pro"]),
        # ... a plain name with an edition word, after a maker's possessive or before a product noun.
        ("Google's Pixel 8 Pro sold well.", ["Pixel 8 Pro"]),
        ("Orders for Zorba Note 13 Plus phones doubled.", ["Zorba Note 13 Plus"]),
        # Near misses: a quantity after the number, no owner nor edition, a word of a series or
        # a channel, a place the gazetteer knows, three digits.
        ("The PayPal 2 percent fee angered sellers.", []),
        ("The song was streamed on YouTube 10 million times.", []),
        ("She bought a MacBook 12 for her son.", []),
        ("Formula 1 Pro teams met in Monaco.", []),
        ("The team used the Dallas 4 Plus lineup.", []),
        ("The Category 5 hurricane hit the coast.", []),
        ("The Region 4 Plus scheme was cut.", []),
        ("The Galaxy 5 Plus team won the cup.", []),
        ("Analysts said it would compete with the Pixel 8 Pro.", []),
        ("The Apollo 11 crew landed in 1969.", []),
        ("Interstate 95 was closed.", []),
        # An edition of an event or a show, a measure or a length of time after the number (rv26a).
        ("Tickets for the WrestleMania 40 event sold out.", []),
        ("The MasterChef 15 final drew eight million viewers.", []),
        ("The ParkRun 5 kilometre course was flooded.", []),
        ("Investors praised the ZorbaNet 5 year plan.", []),
        ("Rivals studied the ClipTok 3 minute limit.", []),
        ("Fans queued for the PlayStation 5 launch in Tokyo.", ["PlayStation 5"]),
        # A capital and digits as the generation's number, with an edition word (n28a) ...
        ("Samsung said its Zorba S24 Ultra phone sold 5 million units.", ["Zorba S24 Ultra"]),
        ("Google's Pixel P9 Pro sold well.", ["Pixel P9 Pro"]),
        # ... under the same conditions as a number: no owner nor product noun, no edition.
        ("The Route A1 Plus scheme was cancelled.", []),
        ("The Region B12 Plus team won the cup.", []),
        ("Samsung said its Zorba S24 phone sold well.", []),
    ],
)
def test_numbered_product_candidates(text: str, expected: list[str]) -> None:
    from kg.extract.products import numbered_product_candidates
    from kg.knowledge.gazetteer import default_gazetteer

    found = numbered_product_candidates(text, default_gazetteer())
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.label == "PRO" for c in found)


@pytest.mark.parametrize(
    ("text", "expected", "maker"),
    [
        # A plain name and its generation right after the possessive of a company the gazetteer
        # knows, with no edition word, is that company's product (issue 21, n33a).
        ("Samsung's Galaxy S9 dominated sales in Korea.", ["Galaxy S9"], "Samsung"),
        ("Google's Pixel 7 will cost $599 in the United States.", ["Pixel 7"], "Google"),
        ("Sony's Bravia 5 televisions sold well before Christmas.", ["Bravia 5"], "Sony"),
        # Near misses: an owner the gazetteer does not know, a word of a series, a noun of a
        # workforce or a site after it, a quantity after the number.
        ("Zorbex's Galaxy S9 sold well.", [], None),
        ("GM's Chapter 11 filing was approved by the judge.", [], None),
        ("Boeing's Renton 2 employees walked out on Monday.", [], None),
        ("Samsung's Galaxy 5 percent discount ended.", [], None),
        # A numbered site of the company, a plant, a building or a field (``en/numbered_name_words``;
        # review rvn33), is none of its products; a plain model name still is.
        ("Intel's Fab 42 will open in Arizona next year.", [], None),
        ("Exxon's Block 15 produced oil for the first time in March.", [], None),
        ("Apple's Campus 2 cost $5 billion to build.", [], None),
        ("Toyota's Plant 3 closed for two weeks in August.", [], None),
        ("Nissan's Leaf 2 sold 3,000 units in Norway.", ["Leaf 2"], "Nissan"),
    ],
)
def test_numbered_products_after_a_company_possessive(text: str, expected: list[str], maker: str | None) -> None:
    from kg.extract.products import numbered_product_candidates
    from kg.knowledge.gazetteer import default_gazetteer

    found = numbered_product_candidates(text, default_gazetteer())
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.label == "PRO" and c.maker == maker for c in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A product the model missed between its maker's possessive and a noun of a kind of
        # product that heads the phrase (issue 21, n26a).
        ("OpenAI's ChatGPT chatbot has 100 million users.", [("ChatGPT", "OpenAI")]),
        ("Apple's Vision Pro headset goes on sale in February.", [("Vision Pro", "Apple")]),
        ("Meta's Threads app gained users.", [("Threads", "Meta")]),
        ("Acme's Zorba tablet, a cheap device, sold out.", [("Zorba", "Acme")]),
        # Near misses: the noun is no head of the phrase, no kind of product, a place or a
        # company the gazetteer knows, a site's word, no possessive.
        ("GM's Detroit truck plant will close.", []),
        ("Samsung's Vietnam phone factory employs 10,000.", []),
        ("Biden's Delaware car was searched.", []),
        ("Smith's Texas ranch was sold.", []),
        ("Boeing's Everett Factory jets were delayed.", []),
        ("Amazon's Seattle headquarters were evacuated.", []),
        ("The Zorba tablet sold out.", []),
    ],
)
def test_owned_kind_candidates(text: str, expected: list[tuple[str, str]]) -> None:
    from kg.extract.products import owned_kind_candidates
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    remember_text(doc, text)
    found = owned_kind_candidates(doc, default_gazetteer())
    assert [(text[c.start : c.end], c.maker) for c in found] == expected
    assert all(c.label == "PRO" for c in found)


# Invented car-maker news (issue 21, n30a): a model's one-word name after "the" that NER read as a
# company or a place, with a make or a car group named in its sentence or the one before.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "maker"),
    [
        ("Vauxhall's Ellesmere Port plant will build the new Astra, GM Europe said on Monday.", "Astra", "Vauxhall"),
        ("Vauxhall 's Ellesmere Port plant will build the new Astra , GM Europe said on Monday .", "Astra", "Vauxhall"),
        ("Opel will build the Insignia at its Ruesselsheim plant .", "the Insignia", "Opel"),
        ("Volkswagen will build the Passat at a new plant in Chattanooga , Tennessee .", "the Passat", "Volkswagen"),
        ("Ford said the new Fiesta sold well . The Focus was Britain 's best-selling car last year , ahead of the Corsa .", "The Focus", None),
        ("Ford said the new Fiesta sold well . The Focus was Britain 's best-selling car last year , ahead of the Corsa .", "the Corsa", None),
        ("GM said demand for the Cruze was strong in May.", "the Cruze", None),
        ("Chevrolet will launch the Cruze in Europe next year .", "the Cruze", "Chevrolet"),
        ("GM said it would stop selling the Tahoe in Canada .", "the Tahoe", None),
        ("The Volt will compete with Toyota 's Prius and Honda 's Insight .", "The Volt", None),
        # Review rvn30: other verbs, negation, an apposition of a kind, a subject beside a kind.
        ("Fiat said sales of the Punto fell 12 percent.", "the Punto", "Fiat"),
        ("Fiat said it would not build the Panda in Poland.", "the Panda", "Fiat"),
        ("Sales of the Golf rose 8 percent, Volkswagen said.", "the Golf", "Volkswagen"),
        ("Ford will launch the Kuga, a compact SUV, in Europe.", "the Kuga", "Ford"),
        ("Ford said the Focus would compete with the Golf in the compact car segment.", "the Focus", "Ford"),
    ],
)
def test_articled_car_models(text: str, name: str, maker: str | None) -> None:
    found = [(lab, mk) for surface, lab, mk in _mentions("en", text) if surface == name]
    assert found == [("PRO", maker)], _mentions("en", text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A body, a market or an exchange after "the" stays what it is, car make or not.
        ("GM asked the Treasury for another $ 4.6 billion , the company said .", "the Treasury"),
        ("Ford executives testified before the Senate on Thursday .", "the Senate"),
        ("Ford 's shares fell on the Nasdaq , while GM was flat on the Dow .", "the Dow"),
        ("Peugeot asked the Bourse to suspend trading in its shares .", "the Bourse"),
        ("Fiat 's Marchionne spoke to the Times about Chrysler .", "the Times"),
        ("Renault and the Elysee agreed on a rescue plan .", "the Elysee"),
        # A place after a preposition of place, a town before its state, a site's name.
        ("Chrysler will close a plant in the Midwest and another in the Ruhr .", "the Midwest"),
        ("The Dearborn , Michigan-based automaker said Ford sales rose .", "Dearborn"),
        ("Opel 's works council said the deal secured the future of the Bochum and Eisenach plants .", "Bochum"),
        # A newspaper's title word (xx/newspaper_title_words), whatever the verb.
        ("Ford sold the Herald to a rival publisher in 1998 .", "the Herald"),
        # A body that is lobbied or approves, whatever the make beside it (en/model_verbs).
        ("Toyota lobbied the Diet for lower taxes on hybrids .", "the Diet"),
        ("Renault said the Politburo had approved the joint venture with Dongfeng .", "the Politburo"),
        ("Hyundai workers marched to the Assembly , and Kia said it would talk .", "the Assembly"),
        # A word the text also writes bare is a company's name ("Tengzhong said").
        ("Hummer will go to the Tengzhong group , GM said . Tengzhong said it was pleased .", "Tengzhong"),
        # Review rvn30: a hotel bought, a contest in apposition, a team or a delegation as the
        # subject of "compete" or "arrive" with no car beside it (en/model_verbs' roles).
        ("Toyota bought the Ritz in 1999 and sold it in 2004.", "Ritz"),
        ("Hyundai launched the Challenge, a design contest for students.", "Challenge"),
        ("Ferrari said the Scuderia would compete in Monza.", "Scuderia"),
        ("Nissan said the Delegation would arrive in Tokyo on Monday.", "Delegation"),
        ("Subaru's chief said the Outback sold well in Canada.", "Outback"),
        # Sport, culture, politics and newspapers beside a car maker.
        ("Ford sponsored the Open at Carnoustie this year.", "Open"),
        ("Honda's chief told the Globe that sales would recover.", "Globe"),
        ("Toyota chartered the Titanic replica for a launch party.", "Titanic"),
        ("Peugeot sponsored the Tour, and Citroen backed the Giro.", "Giro"),
        ("Daimler said the Bundestag approved the scrapping bonus.", "Bundestag"),
        ("Ford said the Congress would approve the loans.", "Congress"),
        ('"The Cabinet will decide," said a Volkswagen spokesman.', "Cabinet"),
        ("Audi sponsored the Ballet in Munich.", "Ballet"),
        ("BMW sponsored the Marathon, and Audi sponsored the Regatta.", "Regatta"),
        ("Volkswagen bought the Arena, a stadium in Wolfsburg, in 2001.", "Arena"),
        ("Ford bought the Independent's building in London.", "Independent"),
        ("Daimler will replace the Board next year, Mercedes said.", "Board"),
    ],
)
def test_articled_names_that_are_no_car_model(text: str, name: str) -> None:
    found = [lab for surface, lab, _ in _mentions("en", text) if name in surface]
    assert "PRO" not in found, _mentions("en", text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # A capitalised name ending with "Index" that holds an organisation's name is an index (n30a).
        ("The ICE Dollar Index fell 0.4 percent .", [("ICE", "ORG")], ["ICE Dollar Index"]),
        ("Shares slid ; the Zorvex Airline Index lost 4 percent .", [("Zorvex", "ORG")], ["Zorvex Airline Index"]),
        ("The Reuters / Jefferies CRB Index rose .", [("Reuters / Jefferies", "ORG")], ["Reuters / Jefferies CRB Index"]),
        # Not a name of no organisation, nor one a longer candidate holds, nor one read as an index already.
        ("The Consumer Price Index rose 0.2 percent .", [], []),
        ("The Zorvex Price Index Fund rose .", [("Zorvex Price Index Fund", "ORG")], []),
        ("The Zorvex Airline Index fell .", [("Zorvex", "ORG"), ("Zorvex Airline Index", "FIN")], []),
        # Review rvn30: an index that moves as a market does ("tracks", "rose ... and then fell") ...
        ("The ICE Dollar Index , which tracks the greenback against six currencies , fell 0.4 percent .", [("ICE", "ORG")], ["ICE Dollar Index"]),
        ("The Amex Gold Bugs Index rose 2 percent and then fell back .", [("Amex", "ORG")], ["Amex Gold Bugs Index"]),
        ("The NYSE Arca Airline Index slid 4 percent .", [("NYSE Arca", "ORG")], ["NYSE Arca Airline Index"]),
        ("Shares fell , and the Zorvex Steel Index tracked them lower .", [("Zorvex", "ORG")], ["Zorvex Steel Index"]),
        # ... not a ranking, a survey or a name's data, nor a fund or another longer name it begins.
        ("The Bloomberg Billionaires Index ranks him 12th .", [("Bloomberg", "ORG")], []),
        ("Google Trends Index data showed interest fell .", [("Google", "ORG")], []),
        ("The Apple Index Fund rose 3 percent .", [("Apple", "ORG")], []),
        ("The Reuters Index of consumer sentiment was published on Friday .", [("Reuters", "ORG")], []),
        ("The Ford Foundation Index ranks charities by their giving .", [("Ford Foundation", "ORG")], []),
        ("The Zorvex Happiness Index , a survey of 2,000 workers , is published every May .", [("Zorvex", "ORG")], []),
        ("Analysts cited the Sony Index , which Sony launched in Tokyo .", [("Sony", "ORG")], []),
        # The word before the name that ends the sentence before is no part of it (issue 21, n31a).
        ("Shares rose on Tuesday. Zorvex Airline Index fell 2 percent .", [("Zorvex", "ORG")], ["Zorvex Airline Index"]),
    ],
)
def test_maker_index_candidates(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    from kg.extract.products import maker_index_candidates
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.models import load_model
    from tests.extract.spans import candidates

    doc = load_model("en")(text)
    found = maker_index_candidates(text, candidates(text, spans), default_gazetteer(), doc=doc)
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.label == "FIN" for c in found)


# Review rvn30: French news of the same classes, which the English rules (car models after "the",
# towns' linked names, exchanges' acronyms, indices named by a company) leave as they were.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Nicolas Dupont-Aignan a annoncé sa candidature.", "Nicolas Dupont-Aignan", "PER"),
        ("Marie-Claire Dupont-de-la-Tour a été nommée ministre.", "Marie-Claire Dupont-de-la-Tour", "PER"),
        ("Le maire de Neuilly-sur-Seine a démissionné.", "Neuilly-sur-Seine", "LOC"),
        ("Le Figaro a écrit que Peugeot fermera l'usine d'Aulnay-sous-Bois.", "Aulnay-sous-Bois", "LOC"),
        ("Ford a parrainé l'Open de France, et GM le Sénat.", "Sénat", "ORG"),
        ("Le groupe Saint-Gobain, basé à Courbevoie, a publié ses résultats.", "Saint-Gobain", "ORG"),
    ],
)
def test_french_names_beside_the_english_business_rules(text: str, name: str, label: str) -> None:
    found = _mentions("fr", text)
    assert (name, label) in [(surface, lab) for surface, lab, _ in found], found
    assert not [m for m in found if m[1] in ("PRO", "FIN")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A car maker's possessive, by name or by noun, and the models coordinated after the first,
        # with the maker the possessive names (issue 21, n31a).
        ("Honda's Zephra and Kestrel led sales.", [("Zephra", "Honda"), ("Kestrel", "Honda")]),
        ("Porsche's 911 and Zephra models will join VW's Kestrel, Orvan and Talbor.", [("911", "Porsche"), ("Zephra", "Porsche"), ("Kestrel", "VW"), ("Orvan", "VW"), ("Talbor", "VW")]),
        ("The Japanese carmaker's Zephra and Kestrel were its best sellers.", [("Zephra", None), ("Kestrel", None)]),
        ("Sales fell on Monday. Toyota's Zephra did well.", [("Zephra", "Toyota")]),
        ("Toyota Motor Corp.'s Zephra, or Kestrel, sold well.", [("Zephra", "Toyota Motor Corp."), ("Kestrel", "Toyota Motor Corp.")]),
        # The coordination ends at a make or a company: "Toyota" is no model of Honda.
        ("Honda's Zephra and Toyota said on Monday they would cut prices.", [("Zephra", "Honda")]),
        ("Toyota's Zephra, Ford and GM lost share.", [("Zephra", "Toyota")]),
        # No model: a person of the maker (a longer name, a reporting verb, a relative clause, an
        # age), a place (before its state, before a plant's noun), a month, another make, a plural,
        # an owner that makes no cars, a noun that is no car maker's.
        ("GM's Rick Wagoner met Ford's Zephra, who runs sales.", []),
        ("GM's Wagoner said so. Fiat's Marchionne, 57, agreed.", []),
        ("Toyota's Georgetown, Kentucky, plant and Ford's Zephra assembly plant reopened.", []),
        ("Ford's March sales fell. Toyota's Lexus unit and GM's Opel grew.", []),
        ("Honda's Civics sold well.", []),
        ("Apple's Zephra and Kestrel sold well. The company's Zephra rose. The bank's Kestrel fell.", []),
        ("Peugeot's Zephra and Kestrel plants stopped. GM's Orvan, Talbor and Zephra workers voted.", []),
        # Review (rvn31): a nationality or region adjective is no model; people of the maker are
        # none: the subject of a verb of speech or of en/person_subject_verbs after the whole
        # coordination, or a name a role follows in apposition; towns of two words before a plant.
        ("Ford's European arm cut jobs. Volvo's Swedish owner grew.", []),
        ("GM's Zephra and Kestrel resigned on Monday.", []),
        ("GM's Zephra and Kestrel said the plan would work.", []),
        ("Toyota's Zephra spoke to reporters. Ford's Kestrel quickly apologised.", []),
        ("Toyota's Zephra, president of its US arm, testified.", []),
        ("Toyota's Zephra, the company's chief executive, left.", []),
        ("Honda's Zephra and East Kestrel plants built the car.", []),
        ("The carmaker's Zephra-led board met. Nissan's Kestrel-era plan failed.", []),
        # ... and models stay: an adverb and a verb of a thing, an apposition of a kind.
        ("Toyota's Zephra quickly outsold rivals.", [("Zephra", "Toyota")]),
        ("Ford's Zephra dies next year, and Toyota's Kestrel stayed on top.", [("Zephra", "Ford"), ("Kestrel", "Toyota")]),
        ("Nissan's Zephra, an electric car, sold well.", [("Zephra", "Nissan")]),
    ],
)
def test_models_after_a_car_makers_possessive(text: str, expected: list[tuple[str, str | None]]) -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    found = owned_model_candidates(text, default_gazetteer())
    assert [(text[c.start : c.end], c.maker) for c in found] == expected
    assert all(c.label == "PRO" for c in found)


def test_models_after_a_car_makers_possessive_leave_ner_people() -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    # NER's person on the word, or a longer name across it, is left to NER.
    text = "Ford's Zephra met GM. Toyota's Kestrel Orvan left."
    people = [Candidate(text.index("Zephra"), text.index(" met"), "PER", "test"), Candidate(text.index("Toyota"), text.index(" left"), "ORG", "test")]
    assert owned_model_candidates(text, default_gazetteer(), people) == []


def test_models_after_a_car_makers_possessive_leave_surnames_of_ner_people() -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    # "Jim Zephra" named in full elsewhere: "Renault's Zephra" is that person again (review rvn31);
    # a full name that a make opens ("Ford Kestrel", NER's misread model) is no person's.
    text = "Jim Zephra runs both firms. Renault's Zephra grew. Ford Kestrel rose. Ford's Kestrel sold."
    people = [Candidate(0, len("Jim Zephra"), "PER", "test"), Candidate(text.index("Ford Kestrel"), text.index(" rose"), "PER", "test")]
    found = owned_model_candidates(text, default_gazetteer(), people)
    assert [(text[c.start : c.end], c.maker) for c in found] == [("Kestrel", "Ford")]


def test_coordinated_make_and_model_outweighs_ner_person() -> None:
    from kg.knowledge.gazetteer import default_gazetteer

    # "the Ford Zephra and Ford Kestrel": the second model of a coordination, which NER read as a
    # person named Ford, is a model too (issue 21, n31a); alone it stays the person.
    text = "Sales of the Ford Zephra and Ford Kestrel rose. Ford Kestrel rose to speak."
    person = [Candidate(text.index("Ford Kestrel"), text.index(" rose"), "PER", "test"), Candidate(text.rindex("Ford Kestrel"), text.rindex(" rose"), "PER", "test")]
    found = make_model_candidates(text, default_gazetteer(), person)
    assert [text[c.start : c.end] for c in found] == ["the Ford Zephra", "Ford Kestrel"]
    assert found[1].start == text.index("Ford Kestrel")


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # A model's name the text writes as a model once (with its make or its article) is one
        # wherever NER read it as a person, the make before it or not (issue 21, n31a).
        ("Ford Zephra goes on sale\nThe Zephra is built in Mexico.", [("Ford Zephra", "PER"), ("The Zephra", "PRO")], [("Ford Zephra", "PRO", "Ford"), ("The Zephra", "PRO", None)]),
        ("The Ford Zephra sold well. Zephra sales rose.", [("The Ford Zephra", "PRO"), ("Zephra", "PER")], [("The Ford Zephra", "PRO", "Ford"), ("Zephra", "PRO", "Ford")]),
        # Not without a model read elsewhere, nor a make alone, nor a known name.
        ("Ford Zephra spoke. Zephra said so.", [("Ford Zephra", "PER"), ("Zephra", "PER")], [("Ford Zephra", "PER", None), ("Zephra", "PER", None)]),
        # Only NER's person: a place or a company named like the model stays, and so does a
        # person whose name goes on.
        ("The Ford Zephra sold. They drove to Zephra, Ohio. Zephra Corp. grew.", [("The Ford Zephra", "PRO"), ("Zephra", "LOC"), ("Zephra", "ORG")], [("The Ford Zephra", "PRO", "Ford"), ("Zephra", "LOC", None), ("Zephra", "ORG", None)]),
        ("The Ford Zephra sold. Zephra Talbor spoke.", [("The Ford Zephra", "PRO"), ("Zephra", "PER")], [("The Ford Zephra", "PRO", "Ford"), ("Zephra", "PER", None)]),
        ("The Ford Zephra sold well. Ford said so. Jim Zephra met Ford.", [("The Ford Zephra", "PRO"), ("Ford", "ORG"), ("Jim Zephra", "PER"), ("Ford", "ORG")], [("The Ford Zephra", "PRO", "Ford"), ("Ford", "ORG", None), ("Jim Zephra", "PER", None), ("Ford", "ORG", None)]),
    ],
)
def test_models_named_again(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str | None]]) -> None:
    from dataclasses import replace

    from kg.knowledge.gazetteer import default_gazetteer

    # The spans in text order, each found after the one before; a make-model's PRO as
    # make_model_candidates gives it, a one-word PRO as the articled names' stage does.
    found, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        pos = start + len(surface)
        found.append(Candidate(start, pos, label, "test"))  # type: ignore[arg-type]
    found = [replace(c, extractor="make-model", maker="Ford") if c.label == "PRO" and text[c.start : c.end].split()[1:2] == ["Ford"] else c for c in found]
    found = [replace(c, evidence=("one word after the: Zephra",)) if c.label == "PRO" and c.maker is None else c for c in found]
    out = models_named_again(found, text, gazetteer=default_gazetteer())
    assert [(text[c.start : c.end], c.label, c.maker) for c in out] == expected
