"""Institutions named by a nationality adjective (kg.knowledge.institutions): tables, extraction, identity
across languages and documents, schema:location and SHACL conformance."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KGError
from kg.extract.entities import Candidate
from kg.extract.institutions import Institution
from kg.extract.mentions import merge_mentions, with_institutions
from kg.extract.nationalities import NATIONALITY_EXTRACTOR
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.institutions import (
    country_name,
    country_record,
    institution_key,
    institution_label,
    load_tables,
    norm,
    parse_key,
    tables,
)
from kg.types import EntityMention

# --- tables and identity (no model) ------------------------------------------------------------------


def test_every_demonym_is_a_gazetteer_country_and_enough_are_covered() -> None:
    tabs = tables()
    qids = set(tabs.demonyms["fr"].values()) | set(tabs.demonyms["en"].values())
    assert len(qids) >= 60
    for qid in qids:
        assert country_record(qid) is not None, qid
    # G20 members and a few newsworthy others.
    for qid in ("Q30", "Q145", "Q142", "Q183", "Q148", "Q159", "Q17", "Q668", "Q155", "Q851", "Q801", "Q794", "Q212", "Q1033"):
        assert qid in qids, qid


@pytest.mark.parametrize(
    ("lang", "form", "qid"),
    [
        ("fr", "américaine", "Q30"),
        ("fr", "americains", "Q30"),
        ("fr", "françaises", "Q142"),
        ("fr", "sud-coréen", "Q884"),
        ("fr", "grecque", "Q41"),
        ("en", "U.S.", "Q30"),
        ("en", "US", "Q30"),
        ("en", "British", "Q145"),
        ("en", "South Korean", "Q884"),
        # Every gazetteer country one adjective names (issue 21, n21h).
        ("en", "Singaporean", "Q334"),
        ("en", "Sri Lankan", "Q854"),
        ("en", "Kazakhstani", "Q232"),
        ("fr", "islandaise", "Q189"),
        ("fr", "sri-lankais", "Q854"),
        ("fr", "ouzbèkes", "Q265"),
    ],
)
def test_demonym_forms(lang: str, form: str, qid: str) -> None:
    assert tables().demonyms[lang][norm(form)] == qid


@pytest.mark.parametrize(
    ("head", "qid", "key", "label"),
    [
        ("government", "Q30", "org-government-Q30", "Government of the United States"),
        ("army", "Q142", "org-army-Q142", "Army of France"),
        ("air force", "Q145", "org-air-force-Q145", "Air Force of the United Kingdom"),
        ("ministry of finance", "Q183", "org-ministry-of-finance-Q183", "Ministry of Finance of Germany"),
        ("central bank", "Q55", "org-central-bank-Q55", "Central Bank of the Netherlands"),
        ("police", "Q229", "org-police-Q229", "Police of Cyprus"),
        # A nation's singular name in "s" takes no article (en/singular_names_in_s; review rv25a).
        ("government", "Q25", "org-government-Q25", "Government of Wales"),
    ],
)
def test_key_and_label(head: str, qid: str, key: str, label: str) -> None:
    assert institution_key(head, qid) == key
    assert parse_key(key) == (key[4 : -len(qid) - 1], qid)
    assert institution_label(key) == label


def test_country_name_takes_an_article_where_english_does() -> None:
    gaz = default_gazetteer()
    assert country_name(country_record("Q30", gaz)) == "the United States"
    assert country_name(country_record("Q928", gaz)) == "the Philippines"
    assert country_name(country_record("Q184", gaz)) == "Belarus"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("demonyms.tsv", "qid\tfr\ten\tsource\nQ99999999\tzorglien\tZorglian\tcurated\n", "not a country"),
        ("demonyms.tsv", "qid\tfrench\ten\tsource\n", "header"),
        ("demonyms.tsv", "qid\tfr\ten\tsource\nQ30\tamericain\tAmerican\tcurated\nQ142\tamericain\tFrench\tcurated\n", "already names"),
    ],
)
def test_malformed_tables_are_coded_errors(tmp_path: Path, name: str, content: str, message: str) -> None:
    from kg.knowledge.resources import resource_path

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KGError) as info:
        load_tables(demonyms=path, institutions=resource_path("institutions.tsv"))
    assert info.value.code == "E201" and message in str(info.value)


def _inst(start: int, end: int, key: str = "org-government-Q30") -> Institution:
    return Institution(start, end, "government", "Q30", key, "Government of the United States")


def test_overlaps_with_existing_candidates() -> None:
    from kg.knowledge.gazetteer import GazetteerRecord

    us = GazetteerRecord("Q30", "Q30", "LOC", "United States", "États-Unis", ("US",), "t")
    congress = GazetteerRecord("Q11268", "Q11268", "ORG", "United States Congress", "Congrès des États-Unis", (), "t")
    # "the US government": the country name inside gives way.
    out = with_institutions([Candidate(4, 6, "LOC", "gazetteer", us)], [_inst(4, 17)])
    assert [(c.start, c.end, c.extractor) for c in out] == [(4, 17, "demonym")]
    # The gazetteer's own name for the same span is kept ("Congrès américain").
    out = with_institutions([Candidate(0, 17, "ORG", "gazetteer", congress)], [_inst(0, 17)])
    assert [c.extractor for c in out] == ["gazetteer"]
    # An NER span equal to the phrase takes the institution's identity; a longer one is kept.
    out = with_institutions([Candidate(0, 17, "ORG", "spacy:x:ORG")], [_inst(0, 17)])
    assert [c.extractor for c in out] == ["demonym"]
    out = with_institutions([Candidate(0, 24, "ORG", "spacy:x:ORG")], [_inst(0, 17)])
    assert [c.extractor for c in out] == ["spacy:x:ORG"]


def test_many_institutions_join_the_candidates_in_about_linear_time() -> None:
    # Review of n21h (rv21h): each institution phrase scanned every candidate of the text twice, so
    # a 300 KB text of many institution phrases spent 11 of its 27 s there.
    import time

    def seconds(n: int) -> float:
        unit = "The US government and Zorba said so. "
        cands = [Candidate(len(unit) * i + 4, len(unit) * i + 6, "LOC", "spacy") for i in range(n)]
        cands += [Candidate(len(unit) * i + 22, len(unit) * i + 27, "ORG", "spacy") for i in range(n)]
        found = [_inst(len(unit) * i + 4, len(unit) * i + 17) for i in range(n)]
        started = time.process_time()
        out = with_institutions(cands, found, unit * n)
        assert [c.extractor for c in out[:2]] == ["demonym", "spacy"] and len(out) == 2 * n
        return time.process_time() - started

    # Best of three, so that a pause of a loaded machine is not read as growth.
    small, large = min(seconds(500) for _ in range(3)), min(seconds(4_000) for _ in range(3))
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times


@pytest.mark.parametrize(
    ("text", "phrase", "kept"),
    [
        # English keeps the article NER read with an institution's name, not with a description.
        ("Then the U.S. Navy said so.", "U.S. Navy", "the U.S. Navy"),
        ("The German Finance Ministry agreed.", "German Finance Ministry", "The German Finance Ministry"),
        ("Then the US government said so.", "US government", "US government"),
    ],
)
def test_institution_names_keep_their_article(text: str, phrase: str, kept: str) -> None:
    a = text.index(phrase)
    b = a + len(phrase)
    start = text.lower().rindex("the", 0, a)
    (out,) = with_institutions([Candidate(start, b, "ORG", "spacy:x:ORG")], [_inst(a, b)], text)
    assert (text[out.start : out.end], out.extractor) == (kept, "demonym")
    assert out.institution is not None and text[out.institution.start : out.institution.end] == kept


def _mention(start: int, text: str, *, institution: str | None = None, label: str = "ORG", lang: str = "fr") -> EntityMention:
    return EntityMention(start, start + len(text), text, label, "demonym" if institution else "spacy", lang, institution=institution, location_qid="Q30" if institution else None)  # type: ignore[arg-type]


def test_mentions_of_one_institution_merge_with_demonym_evidence() -> None:
    mentions = [
        _mention(0, "gouvernement américain", institution="org-government-Q30"),
        _mention(40, "Government of the United States"),
        _mention(80, "US government", institution="org-government-Q30", lang="en"),
        _mention(120, "armée américaine", institution="org-army-Q30"),
    ]
    entities = merge_mentions(mentions, gazetteer=default_gazetteer(), lang="fr")
    assert len(entities) == 2
    gov = next(e for e in entities if e.key == "org-government-Q30")
    assert gov.label == "Government of the United States" and gov.type == "ORG" and gov.location_qid == "Q30"
    assert len(gov.mentions) == 3
    assert "demonym: 'gouvernement américain' = Government of the United States" in gov.merge_evidence
    assert "demonym: 'US government' = Government of the United States" in gov.merge_evidence
    army = next(e for e in entities if e.key == "org-army-Q30")
    assert army.label == "Army of the United States" and army.merge_evidence == ()


@pytest.mark.parametrize(
    ("plain", "rule"),
    [
        # The same words as the institution's mention, which the institution reader did not take.
        ("US Air Force", "demonym: 'U.S. Air Force' = 'US Air Force'"),
        # The institution's label without its country ("Air Force of the United States").
        ("the Air Force", "short form: 'the Air Force' = 'U.S. Air Force'"),
    ],
)
def test_plain_names_of_an_institution_join_it(plain: str, rule: str) -> None:
    mentions = [_mention(0, "U.S. Air Force", institution="org-air-force-Q30", lang="en"), _mention(40, plain, lang="en")]
    (force,) = merge_mentions(mentions, gazetteer=default_gazetteer(), lang="en")
    assert force.key == "org-air-force-Q30" and rule in force.merge_evidence


# --- extraction with the real models -------------------------------------------------------------------


@pytest.fixture(scope="module")
def extract():
    from kg.extract.mentions import entity_mentions_from_doc
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model, model_name

    def run(text: str, lang: str) -> list[EntityMention]:
        nlp = load_model(lang)
        doc = nlp(text)
        remember_text(doc, text)
        return entity_mentions_from_doc(doc, nlp=nlp, lang=lang, model=model_name(nlp), gazetteer=default_gazetteer())

    return run


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "surface", "key"),
    [
        ("fr", "Le gouvernement américain a annoncé des sanctions.", "gouvernement américain", "org-government-Q30"),
        ("fr", "L'armée française s'est retirée du Mali.", "armée française", "org-army-Q142"),
        ("fr", "La justice américaine a inculpé le banquier.", "justice américaine", "org-judiciary-Q30"),
        ("fr", "La police britannique enquête sur l'incendie.", "police britannique", "org-police-Q145"),
        ("fr", "La diplomatie chinoise a protesté.", "diplomatie chinoise", "org-diplomacy-Q148"),
        ("fr", "Le ministère allemand des Finances a publié un rapport.", "ministère allemand des Finances", "org-ministry-of-finance-Q183"),
        ("fr", "La Banque centrale chinoise a baissé ses taux.", "Banque centrale chinoise", "org-central-bank-Q148"),
        ("fr", "Les autorités iraniennes ont arrêté un journaliste.", "autorités iraniennes", "org-authorities-Q794"),
        ("en", "The American government announced sanctions.", "American government", "org-government-Q30"),
        ("en", "The US government said on Monday that talks had failed.", "US government", "org-government-Q30"),
        ("en", "The U.S. government said on Monday that talks had failed.", "U.S. government", "org-government-Q30"),
        ("en", "The French army withdrew from Mali.", "French army", "org-army-Q142"),
        ("en", "The Chinese foreign ministry protested.", "Chinese foreign ministry", "org-ministry-of-foreign-affairs-Q148"),
        ("en", "The German finance ministry said it would act.", "German finance ministry", "org-ministry-of-finance-Q183"),
        ("en", "The Israeli military said it struck a target.", "Israeli military", "org-armed-forces-Q801"),
        ("en", "The Icelandic government said it would appeal.", "Icelandic government", "org-government-Q189"),
        # South Sudan's, not Sudan's (was no institution while "South Sudanese" was no demonym).
        ("en", "The South Sudanese army fought.", "South Sudanese army", "org-army-Q958"),
        ("fr", "Le gouvernement malgache a démissionné.", "gouvernement malgache", "org-government-Q1019"),
        # A hyphenated adjective the tokenizer splits in three (review rv21h: "sri-lankais" was
        # no institution), and the other spellings of the press.
        ("fr", "Le gouvernement sri-lankais a démissionné.", "gouvernement sri-lankais", "org-government-Q854"),
        ("fr", "La police costa-ricienne a arrêté deux suspects.", "police costa-ricienne", "org-police-Q800"),
        ("fr", "Le gouvernement costaricain a réagi.", "gouvernement costaricain", "org-government-Q800"),
        ("fr", "Le gouvernement porto-ricain a fait défaut.", "gouvernement porto-ricain", "org-government-Q1183"),
    ],
)
def test_institution_positives(extract, lang: str, text: str, surface: str, key: str) -> None:
    found = [m for m in extract(text, lang) if m.institution == key]
    assert [m.text for m in found] == [surface]
    assert found[0].label == "ORG" and found[0].location_qid == key.rsplit("-", 1)[1]
    assert text[found[0].start : found[0].end] == surface


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "surface", "record"),
    [
        # Already a gazetteer name: the existing mention stays.
        ("fr", "IBM a écrit au Congrès américain.", "Congrès américain", "Q11268"),
        ("fr", "Le Parlement britannique a voté.", "Parlement britannique", "Q11010"),
        ("en", "The British parliament voted.", "British parliament", "Q11010"),
        # Not in the gazetteer as written, but under a name the institution implies ("US Senate");
        # a capitalised name keeps its article.
        ("en", "The American Senate voted on Tuesday.", "The American Senate", "Q66096"),
    ],
)
def test_gazetteer_institutions_keep_their_record(extract, lang: str, text: str, surface: str, record: str) -> None:
    found = [m for m in extract(text, lang) if m.text == surface]
    assert len(found) == 1 and found[0].canonical == record and found[0].institution is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un gouvernement a démissionné hier."),
        ("fr", "Le vin français se vend bien."),
        ("fr", "Le président russe a parlé hier."),
        ("fr", "Les gouvernements français et allemand ont signé."),
        ("fr", "Le gouvernement prorusse a chuté."),
        ("en", "A government resigned yesterday."),
        ("en", "French wine sells well."),
        ("en", "American Airlines cut flights."),
        ("en", "Russian President Vladimir Putin spoke."),
        ("en", "The pro-Russian government fell."),
        ("en", "The US Army Corps of Engineers built the dam."),
        # A thing of the country is no institution (review rv21h).
        ("en", "Icelandic yoghurt is sold in British supermarkets."),
        ("fr", "Le café costaricain est réputé."),
        ("fr", "Le gouvernement franco-allemand a démissionné."),
    ],
)
def test_institution_negatives(extract, lang: str, text: str) -> None:
    assert not [m for m in extract(text, lang) if m.institution or m.extractor.startswith("demonym")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "key", "place"),
    [
        # The place name inside an institution with no name of its own is a name of the place,
        # with the offsets of its own words, beside the institution located there.
        ("en", "The U.S. government said on Monday that talks had failed.", "org-government-Q30", "U.S."),
        ("en", "The US government said on Monday that talks had failed.", "org-government-Q30", "US"),
        ("en", "Britain's rivals watched as the UK government said it would act.", "org-government-Q145", "UK"),
        # An abbreviated country before an institution's proper name is a name of the place too.
        ("en", "The contract was awarded by the U.S. Air Force on Friday.", "org-air-force-Q30", "U.S."),
        # A nationality adjective is no place name (it is a nationality mention of the place, which
        # kg.extract.nationalities.institution_adjective adds and this test leaves out); nor is the
        # spelled-out country that begins an institution's official name; nor is the French
        # adjective after the noun.
        ("en", "The German finance ministry said it would act.", "org-ministry-of-finance-Q183", None),
        ("en", "The French army withdrew from Mali.", "org-army-Q142", None),
        ("en", "Officials of the United States Air Force met on Friday.", "org-air-force-Q30", None),
        # A nationality adjective spelled like the country's name in another language ("Argentine",
        # the French name of Argentina) is no English place name.
        ("en", "The Argentine government devalued the peso.", "org-government-Q414", None),
        # A place name that is no adjective is one, abbreviated or not.
        ("en", "The Myanmar military seized power on Monday.", "org-armed-forces-Q836", "Myanmar"),
        ("en", "The United States government shut down on Friday.", "org-government-Q30", "United States"),
        ("fr", "Le gouvernement américain a annoncé des sanctions.", "org-government-Q30", None),
        ("fr", "Les autorités françaises ont arrêté un journaliste.", "org-authorities-Q142", None),
    ],
)
def test_place_named_inside_an_institution(extract, lang: str, text: str, key: str, place: str | None) -> None:
    mentions = extract(text, lang)
    (found,) = [m for m in mentions if m.institution == key]
    inside = [
        m for m in mentions
        if m.label == "LOC" and found.start <= m.start and m.end <= found.end and m.extractor != NATIONALITY_EXTRACTOR
    ]
    assert [text[m.start : m.end] for m in inside] == ([place] if place else [])
    if place:
        assert inside[0].qid == found.location_qid


@pytest.mark.parametrize(
    ("name", "place"),
    [
        # An abbreviated country before an institution form is a name of the place.
        ("US Air Force", "US"),
        ("the U.S. Senate", "U.S."),
        ("The UK Army", "UK"),
        # A body of that country in the gazetteer: its label holds the country, or the rest of the
        # name is one of its names.
        ("the U.S. Treasury", "U.S."),
        ("the US Federal Reserve", "US"),
        ("the U.S. State Department", "U.S."),
        # Another organisation's name, a longer name, a spelled-out country: none.
        ("US Airways", None),
        ("UK Coal", None),
        ("The US Army Corps of Engineers", None),
        ("United States Air Force", None),
        ("UN Security Council", None),
        ("U.S. Steel", None),
        ("U.S. Bancorp", None),
        ("USA Today", None),
        ("UK Independence Party", None),
        ("U.S. Chamber of Commerce", None),
        ("the US Open", None),
    ],
)
def test_place_before_an_institution_name(name: str, place: str | None) -> None:
    from kg.extract.institutions import place_before_name
    from kg.knowledge.gazetteer import default_gazetteer

    records = [r for r in default_gazetteer().lookup(name.removeprefix("the ").removeprefix("The ")) if r.type == "ORG"]
    found = place_before_name(name, record=records[0] if records else None)
    assert (name[found[0] : found[1]] if found else None) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "place", "location"),
    [
        # A name the model or the gazetteer read, with the abbreviated country before it: the place
        # is its own mention and the organisation is located there.
        ("Hackers targeted the U.S. Treasury on Friday.", "U.S. Treasury", "U.S.", "Q30"),
        ("The US Federal Reserve raised rates on Wednesday.", "US Federal Reserve", "US", "Q30"),
        ("The U.S. House of Representatives passed the bill.", "U.S. House of Representatives", "U.S.", "Q30"),
        # A company named after the country: neither.
        ("US Airways cancelled flights out of Charlotte on Monday.", "US Airways", None, None),
        ("U.S. Steel said it would cut 500 jobs in Pittsburgh.", "U.S. Steel", None, None),
    ],
)
def test_place_before_a_name_locates_it(extract, text: str, name: str, place: str | None, location: str | None) -> None:
    mentions = extract(text, "en")
    (org,) = [m for m in mentions if m.label == "ORG" and name in m.text]
    inside = [m for m in mentions if m.label == "LOC" and org.start <= m.start and m.end <= org.end]
    assert [m.text for m in inside] == ([place] if place else [])
    assert org.location_qid == location
    if place:
        assert inside[0].qid == location


@pytest.mark.slow
def test_american_airlines_stays_the_airline(extract) -> None:
    found = [m for m in extract("American Airlines cut flights.", "en") if m.text == "American Airlines"]
    assert len(found) == 1 and found[0].label == "ORG" and found[0].institution is None


# --- across documents and languages --------------------------------------------------------------------

FR = "date: 2024-03-04\nLe gouvernement américain a annoncé lundi de nouvelles sanctions. Le gouvernement américain veut frapper vite.\n"
EN = "date: 2024-03-04\nThe US government announced new sanctions on Monday.\n"


@pytest.mark.slow
def test_french_and_english_government_is_one_located_node() -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS, SDO

    from kg.builder import build_documents
    from kg.graph.namespaces import ITSRDF, WD
    from kg.graph.validate import validate
    from kg.graph.vocab import KG
    from kg.ingest.readers import document_from_text

    result = build_documents([document_from_text(FR, doc_id="fr"), document_from_text(EN, doc_id="en")])
    assert not result.errors
    ds = result.dataset
    node = URIRef("https://w3id.org/newskg/id/entity/org-government-Q30")
    assert (node, RDF.type, SDO.Organization) in ds
    assert set(ds.objects(node, RDFS.label)) == {Literal("Government of the United States")}
    mentions = {str(m) for m in ds.subjects(ITSRDF.taIdentRef, node)}
    assert any("text/fr#" in m for m in mentions) and any("text/en#" in m for m in mentions)
    assert len(mentions) == 3
    country = URIRef("https://w3id.org/newskg/id/entity/Q30")
    assert (node, SDO.location, country) in ds
    assert (country, RDF.type, SDO.Place) in ds and (country, OWL.sameAs, WD["Q30"]) in ds
    assert (country, RDFS.label, Literal("United States")) in ds
    evidence = {str(w) for w in ds.objects(node, KG.mergeEvidence)}
    assert "demonym: 'gouvernement américain' = Government of the United States" in evidence
    # One node in the registry too, carrying both languages.
    c = result.registry.entities.canonicals["org-government-Q30"]
    assert set(c.docs) == {"fr", "en"}
    assert {lang for part in c.docs.values() for _, lang in part["aliases"]} == {"fr", "en"}
    report = validate(ds)
    assert report.conforms, report.text


def test_shapes_require_the_location_to_be_a_place() -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS, SDO

    from kg.graph.validate import validate

    g = Graph()
    org, place = URIRef("https://example.org/entity/org-government-Q30"), URIRef("https://example.org/entity/Q30")
    for node, cls in ((org, SDO.Organization), (place, SDO.Person)):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal("x")))
        g.add((node, SDO.alternateName, Literal("x")))
    g.add((org, SDO.location, place))
    assert not validate(g).conforms
    g.remove((place, RDF.type, SDO.Person))
    g.add((place, RDF.type, SDO.Place))
    assert validate(g).conforms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministère  des Affaires étrangères", "ministere des affaires etrangeres"),
        ("l’armée", "l'armee"),
        ("l`armée", "l'armee"),
        ("Garde-côtes", "garde cotes"),
        ("U.S. Navy", "us navy"),
        ("  Sénat\n", "senat"),
        ("Ｓénat", "senat"),  # compatibility forms fold too (NFKD)
        ("İstanbul", "istanbul"),  # decomposed, the dot above is a combining mark
    ],
)
def test_norm(text: str, expected: str) -> None:
    assert norm(text) == expected
