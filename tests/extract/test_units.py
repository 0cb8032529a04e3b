from __future__ import annotations

import pytest

from kg.extract.units import joined_company_names, regional_unit_names
from tests.extract.spans import candidates as _candidates


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # A company and the region its unit runs, one blank apart, are one organisation (issue 21,
        # MEANTIME dev "EADS North America").
        ("GM Europe chief Carl Forster spoke.", [("GM", "ORG"), ("Europe", "LOC")], [("GM Europe", "ORG")]),
        ("Zorvik North America said sales fell.", [("Zorvik", "ORG"), ("North America", "LOC")], [("Zorvik North America", "ORG")]),
        ("Talks at Varlo Asia Pacific stalled.", [("Varlo", "ORG"), ("Asia Pacific", "LOC")], [("Varlo Asia Pacific", "ORG")]),
        # ... a country written in full that has a nationality adjective.
        ("Zorvik Canada will cut output.", [("Zorvik", "ORG"), ("Canada", "LOC")], [("Zorvik Canada", "ORG")]),
        ("Varlo China said sales rose.", [("Varlo", "ORG"), ("China", "LOC")], [("Varlo China", "ORG")]),
        # Not a country's abbreviation, which premodifies the noun after it ("U.S. sales").
        ("Zorvik U.S. sales fell.", [("Zorvik", "ORG"), ("U.S.", "LOC")], [("U.S.", "LOC"), ("Zorvik", "ORG")]),
        ("Zorvik UK sales fell.", [("Zorvik", "ORG"), ("UK", "LOC")], [("UK", "LOC"), ("Zorvik", "ORG")]),
        # ... but for one before a verb in the past, which the unit is the subject of (n24a);
        # a form in "-s" may be a plural noun.
        ("Greenpeace UK criticised the plan.", [("Greenpeace", "ORG"), ("UK", "LOC")], [("Greenpeace UK", "ORG")]),
        ("Zorvik UK said sales fell.", [("Zorvik", "ORG"), ("UK", "LOC")], [("Zorvik UK", "ORG")]),
        ("Zorvik UK plants closed.", [("Zorvik", "ORG"), ("UK", "LOC")], [("UK", "LOC"), ("Zorvik", "ORG")]),
        # Not a place that owns what follows ("sell Varlo to China 's Tengzhong").
        ("It sold Varlo China 's Tengzhong.", [("Varlo", "ORG"), ("China", "LOC")], [("China", "LOC"), ("Varlo", "ORG")]),
        # Not a place after punctuation, a word, or a town.
        ("Zorvik, Europe and Asia.", [("Zorvik", "ORG"), ("Europe", "LOC")], [("Europe", "LOC"), ("Zorvik", "ORG")]),
        ("Zorvik sold cars in Europe.", [("Zorvik", "ORG"), ("Europe", "LOC")], [("Europe", "LOC"), ("Zorvik", "ORG")]),
        ("Zorvik Frankfurt said.", [("Zorvik", "ORG"), ("Frankfurt", "LOC")], [("Frankfurt", "LOC"), ("Zorvik", "ORG")]),
        # Not a person's or a description's name.
        ("Smith Europe said.", [("Smith", "PER"), ("Europe", "LOC")], [("Europe", "LOC"), ("Smith", "PER")]),
        ("the Fed Europe desk", [("the Fed", "ORG"), ("Europe", "LOC")], [("Europe", "LOC"), ("the Fed", "ORG")]),
        # Not a region a longer name goes on after (review rv21d: "Nokia Asia Pacific" was cut to
        # "Nokia Asia" where NER read the whole name and the gazetteer its first word).
        ("Talks at Varlo Asia Pacific stalled.", [("Varlo", "ORG"), ("Asia", "LOC"), ("Varlo Asia Pacific", "ORG")], [("Asia", "LOC"), ("Varlo", "ORG"), ("Varlo Asia Pacific", "ORG")]),
        # Not a company told something, whose place opens what it was told (en/addressee_object_verbs).
        ("A spokesman told Zorvik Israel had not been consulted.", [("Zorvik", "ORG"), ("Israel", "LOC")], [("Israel", "LOC"), ("Zorvik", "ORG")]),
        ("Officials warned Varlo Europe would need more gas.", [("Varlo", "ORG"), ("Europe", "LOC")], [("Europe", "LOC"), ("Varlo", "ORG")]),
        ("The minister assured Zorvik China was safe.", [("Zorvik", "ORG"), ("China", "LOC")], [("China", "LOC"), ("Zorvik", "ORG")]),
        ("It sold the plant to Zorvik Europe last year.", [("Zorvik", "ORG"), ("Europe", "LOC")], [("Zorvik Europe", "ORG")]),
        # A unit's whole name the model read as a place or a person is the unit (issue 21, n22a:
        # "Tesco Ireland" GPE): a coined name and a region,
        ("Zorvik Ireland said sales fell.", [("Zorvik Ireland", "LOC")], [("Zorvik Ireland", "ORG")]),
        ("Varlo Canada will cut output.", [("Varlo Canada", "PER")], [("Varlo Canada", "ORG")]),
        ("Talks at Varlo Asia Pacific stalled.", [("Varlo Asia Pacific", "LOC")], [("Varlo Asia Pacific", "ORG")]),
        # ... not a place of its own, a person named with a given name, or words of the dictionary.
        ("Northern Ireland voted.", [("Northern Ireland", "LOC")], [("Northern Ireland", "LOC")]),
        ("Michael Jordan retired.", [("Michael Jordan", "PER")], [("Michael Jordan", "PER")]),
        ("Golden China opened.", [("Golden China", "LOC")], [("Golden China", "LOC")]),
        ("Varlo Frankfurt said.", [("Varlo Frankfurt", "LOC")], [("Varlo Frankfurt", "LOC")]),
    ],
)
def test_regional_unit_names(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    out = regional_unit_names(_candidates(text, spans), text, "en")
    assert sorted((text[c.start : c.end], c.label) for c in out) == expected


def test_regional_unit_names_english_only() -> None:
    text = "Renault Europe a vendu."
    cands = _candidates(text, [("Renault", "ORG"), ("Europe", "LOC")])
    assert regional_unit_names(cands, text, "fr") == cands


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("GM Europe chief Carl-Peter Forster told reporters in Frankfurt.", ("GM Europe", "ORG"), "Europe"),
        ("Ford Europe will cut 2,000 jobs at plants in Germany.", ("Ford Europe", "ORG"), "Europe"),
        ("Honda Canada said it would cut output.", ("Honda Canada", "ORG"), "Canada"),
        ("GM is also looking at the future of its Saab and Saturn brands.", ("Saturn", "ORG"), "Saab and Saturn"),
    ],
)
def test_regional_units_in_context(text: str, expected: tuple[str, str], absent: str) -> None:
    from kg.extract.mentions import entity_mentions_from_doc
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    nlp = load_model("en")
    doc = nlp(text)
    remember_text(doc, text)
    found = [(m.text, m.label) for m in entity_mentions_from_doc(doc, nlp=nlp, lang="en", model="test", gazetteer=default_gazetteer())]
    assert expected in found
    assert absent not in [surface for surface, _ in found]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # Every name of a list before a plural noun of brands or units is an organisation (issue 21).
        ("It weighs the future of its Saab and Saturn brands.", [("Saab", "ORG")], [("Saab", "ORG"), ("Saturn", "ORG")]),
        ("GM will drop its Pontiac , Saturn and Hummer brands .", [], [("Hummer", "ORG"), ("Pontiac", "ORG"), ("Saturn", "ORG")]),
        ("Zorvik's Varlo and Kestrel Trucks divisions merged.", [("Zorvik", "ORG")], [("Kestrel Trucks", "ORG"), ("Varlo", "ORG"), ("Zorvik", "ORG")]),
        # ... a person or a place NER read there too, before "brands".
        ("Ford will keep its Lincoln and Mercury brands.", [("Lincoln", "PER"), ("Mercury", "LOC")], [("Lincoln", "ORG"), ("Mercury", "ORG")]),
        # ... not before a singular noun, nor a noun of no unit, nor without a determiner.
        ("Its Saab and Saturn brand was sold.", [], []),
        ("Its Saab and Saturn cars were sold.", [], []),
        ("Saab and Saturn brands were sold.", [], []),
        # ... and a place before "units" is where the units work.
        ("Its Europe and Asia units lost money.", [("Europe", "LOC"), ("Asia", "LOC")], [("Asia", "LOC"), ("Europe", "LOC")]),
        # ... and a nationality or region adjective before "brands" is the brands' place, read by
        # kg.extract.nationalities, no brand (review rv21d).
        ("The carmaker sells its Chinese and Indian brands in Africa.", [("Chinese", "LOC"), ("Indian", "LOC")], [("Chinese", "LOC"), ("Indian", "LOC")]),
        ("Zorvik said its American and European brands grew.", [("Zorvik", "ORG")], [("Zorvik", "ORG")]),
        ("Zorvik said its North American and Varlo brands grew.", [], [("Varlo", "ORG")]),
    ],
)
def test_listed_unit_names(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    from kg.extract.units import listed_unit_names

    out = listed_unit_names(_candidates(text, spans), text, "en")
    assert sorted((text[c.start : c.end], c.label) for c in out) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # A joint venture named after two companies the gazetteer knows is a company, whatever the
        # model or a product rule called it, and so are the two names found apart (issue 21, n32a).
        ("Sony Ericsson, the mobile phone venture, lost money.", [("Sony Ericsson", "PRO")], [("Sony Ericsson", "ORG")]),
        ("Nokia Siemens said it would cut jobs.", [("Nokia Siemens", "PER")], [("Nokia Siemens", "ORG")]),
        ("Sony Ericsson posts loss", [("Sony", "ORG"), ("Ericsson", "ORG")], [("Sony Ericsson", "ORG")]),
        ("Nokia Siemens Networks said it would cut jobs.", [("Nokia Siemens Networks", "PER")], [("Nokia Siemens Networks", "ORG")]),
        # Near misses: a product's word after a maker, a possessive, a comma, an unknown word.
        ("Sony PlayStation sales rose.", [("Sony PlayStation", "PRO")], [("Sony PlayStation", "PRO")]),
        ("Sony's Ericsson stake was sold.", [("Sony", "ORG"), ("Ericsson", "ORG")], [("Sony", "ORG"), ("Ericsson", "ORG")]),
        ("Deals with Sony, Ericsson and Nokia.", [("Sony", "ORG"), ("Ericsson", "ORG")], [("Sony", "ORG"), ("Ericsson", "ORG")]),
        ("Sony Zorvex was launched.", [("Sony Zorvex", "PRO")], [("Sony Zorvex", "PRO")]),
        ("Sony Ericsson's phones sold well.", [("Sony", "ORG"), ("Ericsson", "PER")], [("Sony Ericsson", "ORG")]),
        ("A Sony Ericsson-built phone.", [("Sony", "ORG"), ("Ericsson", "ORG")], [("Sony", "ORG"), ("Ericsson", "ORG")]),
        # Review rv32 (rvn32): three known companies in a run are a list without its commas, and a
        # pair only a Title Case headline writes had its "and" dropped; a pair the body writes too is
        # one name.
        ("Toyota Honda Nissan sales fell in May.", [("Toyota", "ORG"), ("Honda", "ORG"), ("Nissan", "ORG")], [("Toyota", "ORG"), ("Honda", "ORG"), ("Nissan", "ORG")]),
        ("Orders went to Boeing Airbus Embraer last year.", [("Boeing Airbus Embraer", "PER")], [("Boeing Airbus Embraer", "PER")]),
        ("Apple Samsung Patent Fight Resumes\nApple and Samsung returned to court.", [("Apple", "ORG"), ("Samsung", "ORG")], [("Apple", "ORG"), ("Samsung", "ORG")]),
        ("Boeing Airbus Rivalry Heats Up\nThe two planemakers traded orders.", [("Boeing", "ORG"), ("Airbus", "ORG")], [("Boeing", "ORG"), ("Airbus", "ORG")]),
        ("Nokia Siemens Cuts Jobs In Espoo\nNokia Siemens said it would cut jobs.", [("Nokia", "ORG"), ("Siemens", "ORG")], [("Nokia Siemens", "ORG")]),
    ],
)
def test_joined_company_names(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    found = joined_company_names(_candidates(text, spans), text, "en")
    assert [(text[c.start : c.end], c.label) for c in found] == expected
