from __future__ import annotations

import pytest

from kg.extract.enclosing import country_of
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.places import enclosing_ids
from kg.knowledge.words import rows
from kg.types import Analysis, Document


def _analysis(text: str, lang: str) -> Analysis:
    """The pipeline's analysis of ``text`` as one document."""
    from kg.analyse.pipeline import analyse

    (analysis,) = analyse([Document(id="d", text=text, source="test", lang=lang)])
    assert isinstance(analysis, Analysis)
    return analysis


def _entities(text: str, lang: str = "en") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(type, QID or None, surfaces) of every entity the pipeline finds in ``text``."""
    analysis = _analysis(text, lang)
    return [(e.type, e.qid, tuple(m.text for m in e.mentions)) for e in analysis.entities]


def _qid_of(text: str, start: int, lang: str = "en") -> str | None:
    analysis = _analysis(text, lang)
    for entity in analysis.entities:
        if any(m.start == start for m in entity.mentions):
            return entity.qid
    raise AssertionError(f"no entity at {start}: {[(m.start, m.text) for e in analysis.entities for m in e.mentions]}")


def test_every_place_country_row_names_a_gazetteer_place_and_a_country() -> None:
    gazetteer = default_gazetteer()
    countries = {r.qid for r in gazetteer.records() if r.type == "LOC" and r.qid is not None}
    for place_id, kind, country in rows("xx", "place_countries"):
        record = gazetteer.by_id(place_id)
        assert record is not None and record.type == "LOC", place_id
        assert kind in ("city", "region", "subdivision", "country"), place_id
        assert country in countries, place_id
        assert country_of(record) == country


def test_every_place_abbreviation_names_a_state_or_province() -> None:
    from kg.knowledge.places import place_kind

    for abbreviation, key in rows("en", "place_abbreviations"):
        assert place_kind(default_gazetteer().by_id(key)) in ("subdivision", "region"), abbreviation


def test_every_place_within_row_names_two_places_of_one_country() -> None:
    # xx/places_within: a part or a city of a country within a part of the same country (review rvl30).
    gazetteer = default_gazetteer()
    for inner, outer in rows("xx", "places_within"):
        a, b = gazetteer.by_id(inner), gazetteer.by_id(outer)
        assert a is not None and b is not None, (inner, outer)
        assert country_of(a) is not None and country_of(a) == country_of(b), (inner, outer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "qid"),
    [
        # The state after a town, where the name is also a country's or a capital's.
        ("The company, based in Atlanta, Georgia, said on Monday it would hire 300 people.", "Georgia", "Q1428"),
        ("Storms flooded roads in Savannah, Georgia, overnight.", "Georgia", "Q1428"),
        ("A plant in Everett, Washington, will close next year.", "Washington", "Q1223"),
        ("Police in Albany, New York, arrested two men.", "New York", "Q1384"),
        # The country after its own city stays the country.
        ("Protesters gathered in Tbilisi, Georgia, on Sunday.", "Georgia", "Q230"),
        ("Talks resumed in Geneva, Switzerland, on Tuesday.", "Switzerland", "Q39"),
        # Alone, the name keeps the gazetteer's first reading.
        ("Georgia's president met Armenian leaders on Monday.", "Georgia", "Q230"),
        ("Officials in Washington said the talks would resume.", "Washington", "Q61"),
        # A town the gazetteer knows in another country: another town, no record.
        ("Officials in Paris, Texas, said the water was safe.", "Paris", None),
        ("A fire closed a school in London, Ontario, on Friday.", "London", None),
        ("Voters in Birmingham, Alabama, went to the polls.", "Birmingham", None),
        # ... and so are the story's other mentions of it.
        ("Officials in Paris, Texas, said the water was safe. Paris police closed two roads.", "Paris police", None),
        # The town in its own country keeps its record.
        ("Flights from Toulouse, France, were cancelled.", "Toulouse", "Q7880"),
    ],
)
def test_a_town_and_the_place_it_lies_in(text: str, surface: str, qid: str | None) -> None:
    start = text.rindex(surface.split()[0]) if surface.endswith("police") else text.index(surface)
    assert _qid_of(text, start) == qid


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town", "place"),
    [
        # The model's one place across the comma is the town and the place it lies in.
        ("Doctors Without Borders said it was closing its hospital in Bentiu, South Sudan, after an attack.", "Bentiu", "South Sudan"),
    ],
)
def test_a_place_read_across_a_comma_is_two_places(text: str, town: str, place: str) -> None:
    surfaces = {s for _, _, mentions in _entities(text) for s in mentions}
    assert town in surfaces and place in surfaces


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A state's name that is a person's or part of a longer name is no state.
        ("Virginia Woolf wrote the essay in 1929.", "Virginia"),
        ("Fishermen on Lake Victoria said catches had fallen.", "Victoria"),
        ("The letters of the empress Victoria were sold on Monday.", "Victoria"),
    ],
)
def test_no_state_where_none_is_named(text: str, absent: str) -> None:
    assert all(absent not in mentions for _, _, mentions in _entities(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # A state's name the model reads as a person stays the person.
        ("Les lettres de l'impératrice Victoria ont été vendues lundi.", "fr", "Victoria"),
    ],
)
def test_a_person_named_like_a_state_stays_a_person(text: str, lang: str, name: str) -> None:
    assert all(kind != "LOC" for kind, _, mentions in _entities(text, lang) if name in mentions)


@pytest.mark.slow
def test_a_list_of_places_keeps_each_record() -> None:
    found = {mentions: qid for _, qid, mentions in _entities("Flights to Paris, London and Rome were cancelled.")}
    assert found.get(("Paris",)) == "Q90" and found.get(("London",)) == "Q84"


def _key_of(text: str, surface: str, lang: str = "en") -> str | None:
    analysis = _analysis(text, lang)
    start = text.index(surface)
    for entity in analysis.entities:
        if any(m.start <= start < m.end for m in entity.mentions):
            return entity.key
    return None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "surface", "qid"),
    [
        # A word next to a name that is a state's and a capital's or a city's makes it the state.
        ("Smoke drifted north into Washington state on Sunday.", "en", "Washington", "Q1223"),
        ("New York state officials said the water plant would close.", "en", "New York", "Q1384"),
        ("Flooding closed roads across upstate New York on Wednesday.", "en", "New York", "Q1384"),
        ("Les pompiers de l'État de Washington ont été appelés en renfort.", "fr", "Washington", "Q1223"),
        # French copy puts the town's state or country in brackets.
        ("Un incendie a ravagé un entrepôt à Atlanta (Géorgie) dimanche.", "fr", "Géorgie", "Q1428"),
        ("Des manifestants se sont rassemblés à Tbilissi (Géorgie) dimanche.", "fr", "Géorgie", "Q230"),
        # A country's state is the country's ("Georgia state television").
        ("Georgia state television said on Monday that the president had resigned.", "en", "Georgia", "Q230"),
        # With no such word, the name keeps its first reading.
        ("Officials in Washington said on Monday the talks would resume.", "en", "Washington", "Q61"),
    ],
)
def test_a_word_or_a_town_next_to_a_state_makes_it_the_state(text: str, lang: str, surface: str, qid: str) -> None:
    assert _key_of(text, surface, lang) == qid


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "surface", "state"),
    [
        # A state's name that the text makes no state: a river after "the", a longer name's first
        # word, a name that is also a well-known town's.
        ("Barges on the Mississippi were stranded by low water on Tuesday.", "en", "Mississippi", False),
        ("Georgia Tech beat Virginia Tech 31-17 on Saturday.", "en", "Virginia", False),
        ("VICTORIA, British Columbia — Residents of Victoria and Vancouver backed the ban, a poll found.", "en", "Victoria", False),
        ("In Victoria, the Seychelles capital, fishermen said the catch was poor.", "en", "Victoria", False),
        ("À Victoria, capitale de la Colombie-Britannique, les habitants ont manifesté.", "fr", "Victoria", False),
        # The state where the text makes it one.
        ("The Nevada desert town of Ely said on Monday it had no water.", "en", "Nevada", True),
        ("Jones, Virginia's governor, attended the game on Saturday.", "en", "Virginia", True),
        ("Floods closed roads in Ohio on Tuesday.", "en", "Ohio", True),
        ("Victoria, Australia, banned the sale of the drug on Monday.", "en", "Victoria", True),
    ],
)
def test_a_state_only_where_the_text_names_one(text: str, lang: str, surface: str, state: bool) -> None:
    assert (_key_of(text, surface, lang) or "").startswith("loc-subdivision-") is state


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "qid"),
    [
        # A name of a list of states is the state; of a list of countries, the country.
        ("Fans from Texas, Florida and Georgia filled the hotels.", "Georgia", "Q1428"),
        ("Storms hit Alabama and Georgia on Monday.", "Georgia", "Q1428"),
        ("Leaders of Armenia, Azerbaijan and Georgia met in Brussels.", "Georgia", "Q230"),
        ("Storms closed schools in New York, New Jersey and Connecticut.", "New York", "Q1384"),
        ("Flights from Boston, Chicago and New York were cancelled.", "New York", "Q60"),
        # A state before its country's name is the state.
        ("The plant in Georgia, USA, will close next year.", "Georgia", "Q1428"),
        ("Talks between Georgia, Russia and Ukraine stalled.", "Georgia", "Q230"),
    ],
)
def test_a_state_listed_with_states(text: str, surface: str, qid: str) -> None:
    assert _key_of(text, surface) == qid


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        # Wire copy's abbreviated state after a town, in a dateline or in running text.
        ("SALEM, Ore. — Police arrested 12 protesters on Monday.", "Ore.", "loc-subdivision-oregon"),
        ("PORTLAND, Ore. — Police arrested 12 protesters on Monday.", "Ore.", "loc-subdivision-oregon"),
        ("Police in Salem, Ore., arrested 12 protesters on Monday.", "Ore.", "loc-subdivision-oregon"),
        ("The plant in Auburn Hills, Mich., will close in May.", "Mich.", "loc-subdivision-michigan"),
        ("Residents of Alcoa, Tenn., were told to stay indoors.", "Tenn.", "loc-subdivision-tennessee"),
    ],
)
def test_an_abbreviated_state_after_a_town_is_the_state(text: str, surface: str, key: str) -> None:
    assert _key_of(text, surface) == key


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "key", "state"),
    [
        # Review rvl30: at a sentence's end, in a quotation, after a hyphenated town, in a
        # dateline whose town has a full stop.
        ("He grew up in Salem, Ore. The town has 170,000 people.", "Ore.", "loc-subdivision-oregon", True),
        ("“It is a great day for Springfield, Mo.,” the mayor said.", "Mo.", "loc-subdivision-missouri", True),
        ("He was born in Winston-Salem, N.C., in 1970.", "N.C.", "loc-subdivision-north-carolina", True),
        ("ST. PETERSBURG, Fla. (AP) — A storm hit the coast on Monday.", "Fla.", "loc-region-florida", True),
        # Near misses: the words are no state after a common noun or before a lower-case word.
        ("The coach, Pa., as his players call him, retired on Friday.", "Pa.", "loc-subdivision-pennsylvania", False),
        ("Bring your ID, Ind. voters were told on Monday.", "Ind.", "loc-subdivision-indiana", False),
        ("Her best friend, Miss. Universe 2019, attended the gala.", "Miss.", "loc-subdivision-mississippi", False),
    ],
)
def test_an_abbreviated_state_only_after_a_name(text: str, surface: str, key: str, state: bool) -> None:
    assert (_key_of(text, surface) == key) is state


def _lies_in(text: str, surface: str, lang: str = "en") -> frozenset[str]:
    """The gazetteer places the entities named ``surface`` in ``text`` are said to lie in."""
    analysis = _analysis(text, lang)
    return enclosing_ids(e for entity in analysis.entities if entity.label.casefold() == surface.casefold() for m in entity.mentions for e in m.evidence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town", "lies_in", "lang"),
    [
        # Which town of its name a place is: the state, province or country the text puts it in,
        # after a comma in running text or in a wire dateline.
        ("Police in Portland, Oregon, arrested 12 protesters on Monday.", "Portland", {"loc:subdivision:oregon"}, "en"),
        ("A fire in Portland, Maine destroyed a warehouse on Tuesday.", "Portland", {"loc:subdivision:maine"}, "en"),
        ("PORTLAND, Maine (AP) — A fire destroyed a warehouse on Tuesday.", "Portland", {"loc:subdivision:maine"}, "en"),
        ("SPRINGFIELD, Ill. (AP) — Lawmakers passed the budget late on Friday.", "Springfield", {"loc:subdivision:illinois"}, "en"),
        ("A storm hit Victoria, British Columbia, on Sunday.", "Victoria", {"loc:subdivision:british-columbia"}, "en"),
        ("Bushfires raged across Victoria, Australia, on Monday.", "Victoria", {"Q408"}, "en"),
        ("Un incendie a ravagé un entrepôt à Portland (Maine) mardi.", "Portland", {"loc:subdivision:maine"}, "fr"),
        # No place said, or a list of places: nothing.
        ("Police in Portland arrested 12 protesters on Monday.", "Portland", set(), "en"),
        ("Flights to Portland, Denver and Boston were cancelled.", "Portland", set(), "en"),
        # A dateline whose place may be a state or a country says nothing of it ("Georgia").
        ("ATLANTA, Georgia (Reuters) — Delta said on Monday it would hire pilots.", "Atlanta", {"Q1428"}, "en"),
    ],
)
def test_a_town_says_which_place_it_lies_in(text: str, town: str, lies_in: set[str], lang: str) -> None:
    assert _lies_in(text, town, lang) == lies_in


@pytest.mark.slow
def test_two_towns_of_one_name_in_two_states_are_two_nodes_across_documents() -> None:
    import kg

    graph = kg.build(
        [
            "PORTLAND, Ore. (AP) — Police in Portland arrested 12 protesters on Monday.",
            "PORTLAND, Maine (AP) — A fire destroyed a warehouse in Portland on Tuesday.",
            "Police in Portland, Oregon, said on Wednesday that the protests were over.",
        ]
    )
    portland = graph.entities().query("label == 'Portland'")
    assert sorted(portland["documents"]) == [1, 2], portland


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town", "lies_in"),
    [
        # Review rvl30: a dateline's state in capitals, as older wire copy writes it.
        ("PORTLAND, ORE. (AP) — The mayor said on Friday he would not run again.", "Portland", {"loc:subdivision:oregon"}),
        ("PORTLAND, MAINE (AP) — A ferry ran aground on Sunday.", "Portland", {"loc:subdivision:maine"}),
        # Canadian wire copy's abbreviated provinces.
        ("VICTORIA, B.C. (CP) — The province banned plastic bags on Monday.", "Victoria", {"loc:subdivision:british-columbia"}),
        ("A storm hit Halifax, N.S., and Moncton, N.B., overnight.", "Moncton", {"loc:subdivision:new-brunswick"}),
        ("WINNIPEG, Man. (CP) — Floodwaters rose on Sunday.", "Winnipeg", {"loc:subdivision:manitoba"}),
        # The gazetteer's two records of Scotland are one place (xx/places_within).
        ("GLASGOW, Scotland (Reuters) — Shipyard workers walked out on Monday.", "Glasgow", {"Q22"}),
        ("Glasgow, Scotland, saw heavy snow on Tuesday.", "Glasgow", {"Q22"}),
        # A list of towns, each with its abbreviated state, is no list of places after the first town.
        ("The band played in Springfield, Ill., Peoria, Ill., and Madison, Wis., last week.", "Springfield", {"loc:subdivision:illinois"}),
        ("The band played in Springfield, Ill., Peoria, Ill., and Madison, Wis., last week.", "Madison", {"loc:subdivision:wisconsin"}),
        ("“We love Portland, Oregon,” the singer told fans in Seattle.", "Portland", {"loc:subdivision:oregon"}),
        ("The Portland, Oregon, police bureau said it had made 12 arrests.", "Portland", {"loc:subdivision:oregon"}),
        ("Des manifestations ont eu lieu à Portland (Oregon), Seattle et Boston.", "Portland", {"loc:subdivision:oregon"}),
        # Near misses: a state in a list of states, a person and the state he stands for, an
        # organisation and its seat, a list of places, a place with no state said.
        ("Delegates from Ohio, Ind., and Ill. met in Chicago.", "Ohio", set()),
        ("Sen. Angus King, Ind., said he would vote against the bill.", "Angus King", set()),
        ("Rep. Joe Wells, Pa., voted against the bill.", "Joe Wells", set()),
        ("The World Bank, Washington, published its annual report on Monday.", "World Bank", set()),
        ("Storms hit Portland, Denver, and Boston on Monday.", "Portland", set()),
        ("Springfield, which is the capital of Illinois, is the home of Lincoln.", "Springfield", set()),
    ],
)
def test_which_place_a_town_lies_in_review_rvl30(text: str, town: str, lies_in: set[str]) -> None:
    lang = "fr" if " à " in text else "en"
    assert _lies_in(text, town, lang) == lies_in


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "etype"),
    [
        # A person the model read before an abbreviated state stays a person (review rvl30); a
        # town before one is a place whatever the model read ("Alcoa", the company's name).
        ("Sen. Angus King, Ind., said he would vote against the bill.", "Angus King", "PER"),
        ("Rep. Joe Wells, Pa., voted against the bill.", "Joe Wells", "PER"),
        ("Residents of Alcoa, Tenn., were told to stay indoors.", "Alcoa", "LOC"),
        ("A tornado hit London, Ky., on Saturday.", "London", "LOC"),
    ],
)
def test_a_name_before_an_abbreviated_state(text: str, surface: str, etype: str) -> None:
    analysis = _analysis(text, "en")
    start = text.index(surface)
    assert [e.type for e in analysis.entities if any(m.start <= start < m.end for m in e.mentions)] == [etype]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        # A town of the gazetteer's name in another country before an abbreviated state is none
        # of the gazetteer's (review rvl30: "London, Ky." was the British capital).
        ("A tornado hit London, Ky., on Saturday.", "London", "loc-london"),
        ("LONDON, Ky. (AP) — A tornado damaged 40 homes on Saturday.", "LONDON", "loc-london"),
        ("The festival moved from Paris, Tex., to Dallas.", "Paris", "loc-paris"),
        # ... or in another state of the same country (xx/places_within: the gazetteer's Washington
        # is the capital district, its Philadelphia in Pennsylvania).
        ("WASHINGTON, Pa. (AP) — A fire destroyed a church on Sunday.", "WASHINGTON", "loc-washington"),
        ("Police in Philadelphia, Miss., arrested two men.", "Philadelphia", "loc-philadelphia"),
        ("Dallas, Ga., approved a new park.", "Dallas", "loc-dallas"),
        # Near misses: the gazetteer's town, in its own country and state, keeps its record.
        ("Los Angeles, Calif., banned the sale.", "Los Angeles", "Q65"),
        ("Boeing moved from Seattle, Wash., to Chicago, Ill.", "Chicago", "Q1297"),
        ("Toronto, Ontario, hosted the summit.", "Toronto", "Q172"),
        ("Sydney, Australia, hosted the games.", "Sydney", "Q3130"),
        ("Washington, D.C., police said two people were shot.", "Washington", "Q61"),
        ("NEW YORK, N.Y. (AP) — Stocks fell on Wednesday.", "NEW YORK", "Q60"),
        ("ATLANTA, Ga. (AP) — Delta said it would hire 1,000 pilots.", "ATLANTA", "loc-city-atlanta"),
        ("Shares of the London, England-based bank fell 4 percent.", "London", "Q84"),
        ("Paris, France, hosted the summit on Monday.", "Paris", "Q90"),
        ("Delegates from Ohio, Ind., and Ill. met in Chicago.", "Ohio", "loc-subdivision-ohio"),
    ],
)
def test_a_town_before_an_abbreviated_state_of_another_country(text: str, surface: str, key: str) -> None:
    assert _key_of(text, surface) == key


@pytest.mark.slow
def test_towns_of_one_name_across_documents_review_rvl30() -> None:
    import kg

    graph = kg.build(
        [
            "A tornado hit London, Ky., on Saturday, destroying 40 homes.",
            "LONDON (Reuters) — British inflation rose to 4 percent in May.",
            "The company moved its offices from London, Ontario, to Toronto.",
            "Shares of the London, England-based bank fell 4 percent.",
            "A factory in Coventry, West Midlands, will close next year.",
            "Workers at the plant in Coventry, England, walked out on Monday.",
        ]
    )
    places = graph.entities().query("type == 'Place'")
    london = places[places["label"].str.casefold() == "london"]
    # The British capital in two documents; the towns of Kentucky and Ontario one each.
    assert sorted(london["documents"]) == [1, 1, 2], london
    assert london.query("documents == 2")["qid"].tolist() == ["Q84"], london
    # The West Midlands lie in England: one Coventry.
    assert places.query("label == 'Coventry'")["documents"].tolist() == [2], places
