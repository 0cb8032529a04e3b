"""The entity mentions of one segment (NER, gazetteer, institutions, products typed PRO, stock market indices typed FIN) and their
merging within a document with the reason recorded ("Krishna" = "Arvind Krishna", "ACLU" =
"American Civil Liberties Union").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.institutions import Institution, institutions_from_doc, place_before_name, place_record
from kg.knowledge import institutions as inst
from kg.knowledge.gazetteer import (
    Gazetteer,
    GazetteerRecord,
    default_gazetteer,
    normalise_name,
    usual_index_names,
)
from kg.knowledge.words import given_name_genders, number_map, word_map, word_maps, word_set, word_sets
from kg.nlp.doccache import doc_text
from kg.nlp.wordforms import is_dictionary_word
from kg.text.names import TITLE_PREFIX, acronyms_differ_by_letters, name_part, title_start
from kg.text.slug import slugify
from kg.types import Entity, EntityLabel, EntityMention, Segment, names_a_market

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
from kg.extract.accounts import with_tickers_and_handles
from kg.extract.acting_names import (
    acting_place_names,
    companies_joined_by_and,
    lowercase_brand_names,
    names_with_skipped_first_word,
    organisations_with_skipped_first_word,
    people_cut_before_surname,
    people_ending_in_cities,
    people_with_prefixed_surnames,
    prefixed_names_that_speak,
    process_name,
    shops_named_again,
)
from kg.extract.affiliations import party_affiliation_candidates
from kg.extract.articled import articled_names
from kg.extract.credits import with_credits, with_signatures
from kg.extract.descriptors import (
    ORGANISATION_EVIDENCE,
    PERSON_PLACE_EVIDENCE,
    PLACE_EVIDENCE,
    PLACE_KIND_EVIDENCE,
    ROLE_APPOSITION_EVIDENCE,
    TEAM_EVIDENCE,
    brands_before_owners,
    city_teams,
    company_short_names,
    country_owned_companies,
    described_capitals,
    employers_after_people,
    employers_of_company_roles,
    forms_of_address,
    legal_suffix,
    listed_after_descriptor,
    listed_with_organisations,
    named_after_english_descriptors,
    names_after_descriptors,
    organisations_named_again,
    people_after_organisation_possessive,
    people_before_role_appositions,
    people_by_given_name,
    people_by_kinship,
    people_by_role_apposition,
    placed_in_regions,
    plural_kind,
    share_owners,
    typed_by_evidence,
    with_head_nouns,
    with_lowercase_complements,
)
from kg.extract.enclosing import OTHER_TOWN_EVIDENCE, abbreviated_states, states_in_lists, states_named_as_states, towns_in_places
from kg.extract.entities import (
    _ARTICLE_ONLY,
    FEATURE_EVIDENCE,
    SEAT_EVIDENCE,
    UNSURE_PRODUCT,
    Candidate,
    _names_event,
    _pick_record,
    _stop_words,
    as_airline,
    as_feature_place,
    bracketed_place_lists,
    capitalised_name_candidates,
    club_candidates,
    company_worded,
    councils_of_places,
    court_names,
    courts_of_places,
    currency_of_amount,
    feature_named_with_article,
    firms_with_ampersand,
    gazetteer_matcher,
    glued_place_candidates,
    is_feature_record,
    legal_name_candidates,
    missed_acting_people,
    missed_full_names,
    ner_candidates,
    newspaper_candidates,
    not_a_name_here,
    people_after_nationality,
    person_named,
    prefixed_place_candidates,
    purpose_name_candidates,
    regnal_candidates,
    resolve_overlaps,
    route_candidates,
    speaks_of_self_after,
    subdivision_named_at,
    unit_name_candidates,
    with_coordinated_name_parts,
    with_dangling_complements,
    with_firm_pairs,
    with_given_names_before,
    with_given_names_before_particles,
    with_hyphenated_given_names,
    with_ordinal_openers,
    with_place_complements,
    with_surnames_after_particles,
    without_a_complements,
    without_glued_places,
    without_places_glued_to_companies,
)
from kg.extract.headlines import (
    common_noun_in_headline,
    common_word_opening_quote,
    function_words,
    title_case_line,
    title_case_name_span,
)
from kg.extract.nationalities import (
    NATIONALITY_EVIDENCE,
    NATIONALITY_EXTRACTOR,
    institution_adjective,
    nationality_candidates,
    without_countries_in_descriptions,
    without_misread_adjectives,
)
from kg.extract.products import (
    articled_models,
    as_brand_model,
    as_generation_product,
    as_model_product,
    company_index_candidates,
    designation_candidates,
    index_candidates,
    is_exchange_name,
    make_model_candidates,
    maker_index_candidates,
    market_street_candidates,
    model_mentions,
    models_named_again,
    named_product_candidates,
    numbered_product_candidates,
    owned_kind_candidates,
    owned_model_candidates,
    product_candidates,
    quoted_work_candidates,
    with_products,
)
from kg.extract.role_employers import (
    coordinated_names_before_acronyms,
    employers_before_role_holders,
    places_before_site_nouns,
    speaking_service_names,
)
from kg.extract.sites import SITE_EXTRACTOR, glued_place_abbreviations, linked_place_names, site_candidates
from kg.extract.streets import street_names
from kg.extract.titled import with_titled_people
from kg.extract.units import joined_company_names, listed_unit_names, regional_unit_names
from kg.knowledge.places import place_kind

__all__ = ["entity_mentions_from_doc", "merge_mentions", "with_institutions", "with_surnames"]


# One capitalised word and a bare number ("Ward 4", "Room 101").
_WORD_AND_NUMBER = re.compile(r"[A-Z][a-z]+[ \t]+\d{1,4}")


def _cut_in_title_case(cand: Candidate, text: str) -> Candidate:
    """``cand`` without the common words of a Title Case line the model ran it into
    (:func:`kg.extract.headlines.title_case_name_span`)."""
    a, b = title_case_name_span(text, cand.start, cand.end, cand.label)
    return cand if (a, b) == (cand.start, cand.end) else replace(cand, start=a, end=b)


def entity_mentions_from_doc(
    doc: Doc,
    *,
    nlp: Language,
    lang: str,
    model: str,
    gazetteer: Gazetteer,
    offset: int = 0,
) -> list[EntityMention]:
    """Clean entity mentions of one segment ``doc``; offsets are shifted by ``offset`` into document
    coordinates."""
    matcher = gazetteer_matcher(nlp, gazetteer)
    text = doc_text(doc)
    read = [*ner_candidates(doc, lang=lang, model=model), *matcher(doc)]
    if lang == "en":
        # "Dow Loses 500 Points": the name is cut from the headline's verb before a number after
        # the verb reads as a model's designation (n39b); cut again below, after other finders.
        read = [_cut_in_title_case(c, text) for c in read]
    raw = [as_model_product(c, text, gazetteer=gazetteer, lang=lang) or c for c in read]
    if lang == "fr":
        raw = without_a_complements(with_dangling_complements(without_glued_places(raw, text, lang), text, lang), doc, text, lang)
    if lang == "en":
        raw = [
            as_brand_model(c, text, gazetteer=gazetteer)
            or as_airline(c, text)
            or as_generation_product(c, doc, gazetteer=gazetteer, lang=lang)
            or as_feature_place(c, text, doc)
            or c
            for c in raw
            if not (c.label == "LOC" and currency_of_amount(text, c.start, c.end))
        ]
        raw = with_ordinal_openers(with_coordinated_name_parts(with_place_complements(raw, text, lang), text, lang), text, lang)
        raw = firms_with_ampersand(with_firm_pairs(raw, text, lang), text, lang)
        raw = courts_of_places(court_names(raw, text, lang), text, lang)
        # "in the United States Ford Motor Co. weighed": the place and the company the model read as one.
        raw = without_places_glued_to_companies(raw, text, lang)
    raw = councils_of_places(raw, doc, lang)  # "Walsall council", « conseil départemental du Nord »
    taken = _Spans(raw)
    raw += [p for p in product_candidates(text) if not taken.overlaps(p.start, p.end)]
    if lang == "en":
        raw += [p for p in quoted_work_candidates(doc) if not taken.overlaps(p.start, p.end)]
        # "Apple said it would rebuild Siri": a well-known product's name the model missed.
        raw += [p for p in named_product_candidates(text) if not taken.overlaps(p.start, p.end)]
    if lang == "en":
        raw += [p for p in designation_candidates(text) if not taken.overlaps(p.start, p.end)]
        # "Google's Pixel 7": a name and its generation after a known company's possessive that the
        # model read as a company itself is that company's product (issue 21, n33a).
        read_as_company = {(c.start, c.end): k for k, c in enumerate(raw) if c.label == "ORG" and c.record is None and not c.evidence}
        for p in numbered_product_candidates(text, gazetteer):
            k = read_as_company.get((p.start, p.end))
            if k is not None and p.maker is not None and any(r.type == "ORG" for r in gazetteer.lookup(p.maker)):
                raw[k] = p
            elif not taken.overlaps(p.start, p.end):
                raw.append(p)
        raw += [p for p in owned_kind_candidates(doc, gazetteer) if not taken.overlaps(p.start, p.end)]
    raw += prefixed_place_candidates(text, lang)
    raw += [u for u in unit_name_candidates(text, lang, doc) if not taken.overlaps(u.start, u.end)]
    raw += [c for c in legal_name_candidates(text, lang) if not taken.overlaps(c.start, c.end)]
    raw += [p for p in initialled_people(text, lang, gazetteer) if not taken.overlaps(p.start, p.end)]
    # A title and the words after it that the model read as a work, an event or a site ("Queen
    # Bohemian Rhapsody covers") are no person's name.
    works = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_PERSON_ENTS]
    raw += [p for p in titled_people(text, lang, gazetteer) if not taken.overlaps(p.start, p.end) and not _within_any(p, works)]
    raw += [p for p in role_titled_people(text, lang, gazetteer) if not taken.overlaps(p.start, p.end) and not _within_any(p, works)]
    # After a role's noun a building's reading of the very name is the model's slip ("the composer
    # Henri Dumont" read as a FAC); a work, an event or a law around the name still holds it.
    unnamed = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_PERSON_ENTS and e.label_ != "FAC"]
    raw = with_people_after_lower_roles(raw, [p for p in lower_role_people(text, lang, gazetteer) if not _within_any(p, unnamed)])
    # A person named with a nickname in quotes outweighs the pieces the model read across the name.
    raw = outweighed(raw, nicknamed_people(text, lang, gazetteer))
    # A sovereign's name and ordinal outweighs what the model read across part of it ("Frédéric")
    # or took for a work around it ("Journal de Frédéric III", MISC); a name that holds it whole
    # stays ("Sa Majesté Georges V").
    for regnal in regnal_candidates(text, lang):
        if any(r.start <= regnal.start and regnal.end <= r.end and UNSURE_PRODUCT not in r.evidence for r in raw):
            continue
        raw = [r for r in raw if not (r.start < regnal.end and regnal.start < r.end)] + [regnal]
    # A name in capitals that begins with a given name outweighs the model's reading of a heading.
    bylines = capitalised_name_candidates(text, lang)
    raw = [c for c in raw if not any(c.start < k.end and k.start < c.end for k in bylines)] + bylines
    # A legislator's party and state ("(R-AZ)", "D-Conn.,") outweighs a place the model read there.
    raw = outweighed(raw, party_affiliation_candidates(text, lang))
    # A club's abbreviation outweighs the model's reading of the name or of a span across it.
    clubs = club_candidates(text, lang)
    raw = [c for c in raw if not any(c.start < k.end and k.start < c.end for k in clubs)] + clubs
    # So does the name of a body for a purpose ("the Royal Society for the Protection of Birds"),
    # cut at "for" by the model, the names inside it, unless the gazetteer knows one name across it.
    bodies = [b for b in purpose_name_candidates(text, lang) if not any(c.record is not None and c.start < b.end and b.start < c.end and not (b.start <= c.start and c.end <= b.end) for c in raw)]
    raw = [c for c in raw if not any(c.start < k.end and k.start < c.end for k in bodies)] + bodies
    if lang == "en":
        # So does a car make and its model's name the make as a company and the model as a place
        # or a person ("Chevrolet" + "Malibu" of "the Chevrolet Malibu").
        models = make_model_candidates(text, gazetteer, [c for c in raw if c.label == "PER"])
        # And a car maker's possessive its models' names, coordinated ones included ("Honda's
        # Civic and Accord"), which NER often misses or reads as places.
        owned = owned_model_candidates(text, gazetteer, raw)
        model_spans = _Spans(models)
        models += [c for c in owned if not model_spans.overlaps(c.start, c.end)]
        model_spans = _Spans(models)  # one lookup per candidate: a long text has many models
        raw = [c for c in raw if not model_spans.overlaps(c.start, c.end)] + models
    # So does a newspaper's title the place inside it ("Gazette de Lausanne"); a candidate on the very
    # same span stays (the gazetteer may know the paper).
    papers = newspaper_candidates(text, lang)
    raw = [c for c in raw if not any(c.start < k.end and k.start < c.end and (c.start, c.end) != (k.start, k.end) for k in papers)] + papers
    # A race stage's route ("A-B (N km)") names two places, whatever the model read across them.
    routes = route_candidates(text)
    raw = [c for c in raw if not any(c.start < k.end and k.start < c.end for k in routes)] + routes
    # A known place OCR glued to a word by a hyphen outweighs what the model read across the join.
    glued = glued_place_candidates(text, lang)
    raw = [c for c in raw if not any(c.start < k.end and k.start < c.end and (c.start, c.end) != (k.start, k.end) for k in glued)] + glued
    # A stock market index named in full outweighs a company the model read across part of it
    # ("CAC" of "the CAC 40"); a longer name that holds it stays ("the Nasdaq Composite Index").
    if lang == "en":
        # And so does a street that stands for its market ("on Wall Street"), which NER misses or
        # reads as a place.
        # The street itself after a preposition of a path ("marched down Wall Street") is a place
        # where the model read nothing. One overlap lookup per candidate: a long text repeats them.
        streets = market_street_candidates(text)
        markets = [s for s in streets if s.label == "FIN"]
        market_spans = _Spans(markets)
        raw = [c for c in raw if not market_spans.overlaps(c.start, c.end)] + markets
        taken = _Spans(raw)
        raw += [s for s in streets if s.label != "FIN" and not taken.overlaps(s.start, s.end)]
        for index in index_candidates(text):
            if any(c.start <= index.start and index.end <= c.end and (c.start, c.end) != (index.start, index.end) for c in raw):
                continue
            raw = [c for c in raw if not (c.start < index.end and index.start < c.end)] + [index]
        # "The Amex Oil Index": an index a company's or an exchange's name begins, read as the company.
        for index in maker_index_candidates(text, raw, gazetteer, doc=doc):
            raw = [c for c in raw if not (c.start < index.end and index.start < c.end)] + [index]
        # A name that a company and an index bear, which the model missed ("Japan's Nikkei index"):
        # kept by the product stage only where the words around it make it an index.
        taken = _Spans(raw)
        raw += [c for c in company_index_candidates(text) if not taken.overlaps(c.start, c.end)]
    # A nationality or region adjective before a noun names the place ("German airline Lufthansa",
    # "European shares"), where NER reads a NORP that kg drops.
    # A lone adjective of that kind the model read as a person or a company ("[Sri Lankan] tea
    # growers", "[Kazakh] miners") is left to that reading.
    raw = without_misread_adjectives(raw, doc, lang=lang, gazetteer=gazetteer)
    raw += nationality_candidates(doc, raw, lang=lang, gazetteer=gazetteer)
    # ... but for a country in a description of one company ("the US manufacturer"), as there.
    raw = without_countries_in_descriptions(raw, doc, lang=lang)
    # A company and the region its unit runs, one blank apart, are one name ("GM Europe"); the
    # names listed before "brands" are brands ("its Saab and Saturn brands").
    raw = listed_unit_names(regional_unit_names(raw, text, lang), text, lang)
    # A site named by its own capitalised name is a place ("the Dearborn Truck Plant"), and so is
    # an abbreviation glued to "-based" ("the U.S.-based automaker").
    raw = glued_place_abbreviations(site_candidates(raw, text, lang, doc), text, lang)
    # "Peugeot's Aulnay-sous-Bois plant", "based in Boulogne-Billancourt": a town's hyphenated name.
    raw = linked_place_names(raw, text, lang)
    # A time zone after a clock, a credit rating, a name inside a term ("le boson de Higgs").
    raw = [c for c in raw if not_a_name_here(text, c.start, c.end, lang) is None]
    # "who represents Ward 4", "closed Room 101": one word and a bare number name a numbered
    # division, room or gate, never a person (n39b).
    raw = [c for c in raw if not (c.label == "PER" and _WORD_AND_NUMBER.fullmatch(text, c.start, c.end))]
    # "a Brexit spokesman", "the Covid inquiry": a policy's or an illness's name is no entity (n38a).
    raw = [c for c in raw if not process_name(text[c.start : c.end], lang)]
    if lang == "en":
        # "Carmaker seeks more aid", "Stocks Tumble As Oil Jumps": a headline's capitalised common noun.
        raw = [c for c in raw if not common_noun_in_headline(text, c.start, c.end, c.label, headline=offset == 0)]
        # "\"Speech is the next big interface,\" he said": a common word opening a quotation; not
        # a word the model reads as a name elsewhere in the text ("Chase cut 500 jobs. ... \"Chase
        # will remain\"", where a sentence's start explains the other capital; review rvn34).
        opening = [c.record is None and not c.evidence and common_word_opening_quote(text, c.start, c.end, c.label) for c in raw]
        named = {text[c.start : c.end] for c, quoted in zip(raw, opening) if not quoted}
        raw = [c for c, quoted in zip(raw, opening) if not quoted or text[c.start : c.end] in named]
        # "Senate Rejects Auto Bailout": the name the body says again, without the headline's verb.
        spans = [title_case_name_span(text, c.start, c.end, c.label) for c in raw]
        raw = [c if (a, b) == (c.start, c.end) else replace(c, start=a, end=b) for c, (a, b) in zip(raw, spans)]
    # A name NER missed after a noun that says what it is (« le syndicat des joueurs Zorba »).
    raw = names_after_descriptors(raw, doc, text, lang=lang)
    # "BRAC, the Bangladeshi development charity,": a name in capitals NER missed, described.
    raw = described_capitals(raw, doc, text, lang=lang)
    # "the charity Emergency", "the French NGO Médecins du Monde": a name NER missed after its kind.
    raw = named_after_english_descriptors(raw, doc, text, lang=lang)
    # « la place du Général-de-Gaulle »: a person's name after a street noun names the street.
    raw = street_names(raw, text, lang)
    found = typed_by_evidence(with_products(raw, doc, text, lang=lang, gazetteer=gazetteer), doc, lang=lang)
    # "Sony Ericsson posted a loss": a joint venture named after its parents is a company.
    found = joined_company_names(found, text, lang, gazetteer=gazetteer)
    # « Clermont s'est imposé face à Toulouse »: towns that the sentence makes clubs.
    found = city_teams(found, doc, text, lang=lang)
    # "easyJet said it would add routes": a lower-case camel-case brand the model skipped (n39a).
    found = lowercase_brand_names(found, doc, text, lang=lang)
    # "iFlytek said": a name of the "i" shape that speaks is a company's, not a product's (n39c).
    found = prefixed_names_that_speak(found, doc, text, lang=lang)
    found = organisations_named_again(listed_after_descriptor(found, text, lang=lang), text, lang=lang)
    found = share_owners(company_short_names(found, text, lang=lang, doc=doc), doc, text, lang=lang)
    # "Colombia's Ecopetrol said": a company after a country's possessive, read as a place.
    found = country_owned_companies(found, doc, text, lang=lang)
    # "Codelco said", "Codelco decided": an unknown name read as a place that speaks or decides (n38a).
    found = acting_place_names(found, doc, text, lang=lang)
    # "Captain Harpreet Singh Dhillon praised": a person's name cut before its last word (n39a).
    found = people_cut_before_surname(found, doc, text, lang=lang)
    # "Priyanka Gandhi Vadra addressed": the first word the model left out of a name (n39c).
    found = names_with_skipped_first_word(found, doc, text, lang=lang)
    # "arrested Rajesh Kumar Delhi on Tuesday": a city glued after a person's name (n39c).
    found = people_ending_in_cities(found, text, lang=lang)
    # "Marks and Spencer has cut prices": one company the model read as two (n39a).
    found = companies_joined_by_and(found, doc, text, lang=lang)
    # "Virgin Australia, the country's second-largest carrier": the word the model left out (n39a).
    found = organisations_with_skipped_first_word(found, text, doc, lang=lang)
    # "Judge orders Sainsbury's to pay" ... "Sainsbury's said": the shop's possessive, again (n38a).
    found = shops_named_again(found, doc, text, lang=lang)
    found = placed_in_regions(listed_with_organisations(found, doc, text, lang=lang), text, lang=lang)
    # "Paris, Texas" is not the French capital; "Atlanta, Georgia" is the state.
    found = states_in_lists(states_named_as_states(towns_in_places(abbreviated_states(found, text, lang), text), text, lang), text)
    found = with_head_nouns(bracketed_place_lists(found, text, lang), doc, text, lang=lang)
    found = with_lowercase_complements(found, doc, text, lang=lang)
    found = people_before_role_appositions(people_by_role_apposition(people_by_given_name(found, text, lang=lang), text, lang=lang), text, lang=lang)
    found = brands_before_owners(people_by_kinship(found, text, lang=lang), text, lang=lang)
    found = employers_after_people(people_after_organisation_possessive(found, doc, text, lang=lang), text, lang=lang)
    found = employers_of_company_roles(found, text, lang=lang)
    # "Unite general secretary Sharon Graham": the body before a role and its holder (n37b).
    found = employers_before_role_holders(found, text, lang=lang)
    # "King's Cross station", "Heathrow airport": a site's name before its noun is a place (n37b).
    found = places_before_site_nouns(found, text, lang=lang)
    # "Network Rail said": a name of common nouns that speaks is a body's (n37b).
    found = speaking_service_names(found, doc, text, lang=lang)
    found = with_hyphenated_given_names(found, text)
    found = people_after_nationality(found, text, lang)
    found = with_credits(with_tickers_and_handles(found, text), text)
    if lang == "fr":
        found = with_signatures(found, text)
    if lang == "fr":
        found = with_titled_people(found, text)
    if lang == "en":
        # "Secretary of the Navy Gordon England": the body and the person the model read as one.
        found = people_after_office_bodies(found, text, lang)
        found = [_with_article(c, doc, text) for c in _without_event_names(found, doc)]
        # "the Altima", "the Beatles": one word after "the" names no person.
        found = articled_names(found, text, lang)
        # "GM said the Cruze will follow": a car model after "the", which NER read as a company or a place.
        found = articled_models(found, doc, text, lang=lang, gazetteer=gazetteer)
        # "Ford Zephra goes on sale" (a headline), "the Zephra small car": a model's name the text
        # writes as a model elsewhere, which NER read as a person there.
        found = models_named_again(found, text, gazetteer=gazetteer)
        # "The National Union of Rail, Maritime and Transport Workers (RMT)": one name (n37b).
        found = coordinated_names_before_acronyms(found, text, lang=lang)
        found += bracketed_acronyms(found, text)
        found = exchange_acronyms(found, text)
        found = law_acronyms(found, text)
    if lang == "fr":
        found = typed_bracketed_acronyms(found, text)
    candidates = resolve_overlaps(_with_title(c, text, lang, gazetteer) for c in found)
    candidates = with_given_names_before(with_given_names_before_particles(candidates, text, lang), text, lang)
    candidates = missed_acting_people(missed_full_names(candidates, text, lang), doc, text, lang)
    # "Rory McIlroy and Scottie Scheffler will go": a given name and a Gaelic surname the model skipped (n38a).
    candidates = people_with_prefixed_surnames(candidates, text, lang=lang)
    candidates = with_surnames_after_particles(candidates, text, lang)
    candidates = with_institutions(candidates, institutions_from_doc(doc, lang=lang, gazetteer=gazetteer), text)
    mentions = []
    for cand in candidates:
        if cand.institution is not None:
            mentions.append(_institution_mention(cand.institution, text, lang=lang, offset=offset))
            if lang == "en" and (place := _place_mention(cand.institution, text, lang=lang, offset=offset, gazetteer=gazetteer)):
                mentions.append(place)
            elif lang == "en" and (adjective := institution_adjective(cand.institution, text, gazetteer)) is not None:
                # "the German government": the adjective is the place, as before any noun of a thing.
                a, b, country = adjective
                mentions.append(EntityMention(
                    start=a + offset, end=b + offset, text=text[a:b], label="LOC", extractor=NATIONALITY_EXTRACTOR, lang=lang,
                    qid=country.qid if country else None, canonical=country.id if country else None,
                    evidence=(f"{NATIONALITY_EVIDENCE}: {text[a:b]}",),
                ))
            continue
        surface = text[cand.start : cand.end]
        name = name_part(surface)
        # A title marks a person: "Mlle Chanel" is not the fashion house. A product is none of the
        # gazetteer's records, even when it bears its maker's name ("Apple TV"), nor is a stock
        # market index, even when a company bears its name ("Nasdaq").
        # A town the text places in a region ("Alcoa, Tenn.") is none of the companies of its name,
        # nor is a person whose role an apposition gives ("Charles Schwab, the founder").
        placed = (cand.label == "LOC" and any(e.startswith((PLACE_EVIDENCE[1], FEATURE_EVIDENCE, PERSON_PLACE_EVIDENCE)) for e in cand.evidence)) or (
            cand.label == "ORG" and any(e.startswith(TEAM_EVIDENCE) for e in cand.evidence)
        ) or (
            cand.label == "PER" and any(e.startswith(ROLE_APPOSITION_EVIDENCE) for e in cand.evidence)
        )
        other_town = any(e.startswith(OTHER_TOWN_EVIDENCE) for e in cand.evidence)
        record = None if cand.label in ("PRO", "FIN") or other_town else cand.record or _exact_record(
            gazetteer, name, cand.label, same_type=placed or (name != surface and cand.label == "PER"), features=feature_named_with_article(text, cand.start),
            subdivisions=subdivision_named_at(doc, cand.start, cand.end),
        )
        if cand.extractor == NATIONALITY_EXTRACTOR:
            record = cand.record  # "European" is no short form of the European Union
        if record is not None and record is not cand.record and record.type == "PER" and lang == "en" and _articled(text, cand.start, cand.end):
            record = None  # "guests at the Paris Hilton": a hotel; a person's name takes no article (review rvn35)
        label = record_type(record, lang) if record is not None else cand.label
        # The country written before an institution's name ("US Air Force") is a name of the place,
        # and the institution is located there, as when the demonym reader reads it.
        lead = place_before_name(surface, gazetteer, record) if lang == "en" and label == "ORG" else None
        if lead is not None:
            a, b, country = lead
            mentions.append(EntityMention(
                start=cand.start + a + offset, end=cand.start + b + offset, text=surface[a:b], label="LOC",
                extractor="institution place+gazetteer", lang=lang, qid=country.qid, canonical=country.id,
            ))
        mentions.append(
            EntityMention(
                start=cand.start + offset,
                end=cand.end + offset,
                text=text[cand.start : cand.end],
                label=label,  # type: ignore[arg-type]
                extractor=cand.extractor if cand.record is not None or record is None else cand.extractor + "+gazetteer",
                lang=lang,
                qid=record.qid if record else None,
                canonical=record.id if record else None,
                evidence=cand.evidence,
                maker=cand.maker,
                ticker=cand.ticker,
                accounts=cand.accounts,
                location_qid=lead[2].qid if lead is not None else None,
            )
        )
    return mentions




def record_type(record: GazetteerRecord, lang: str) -> str:
    """The type of ``record``'s mentions in ``lang``: the gazetteer's, but a union of states that
    English news names as a place ("banned in the EU", "EU countries"; ``en/place_unions``) is
    LOC there, as MEANTIME annotates it, and stays ORG in French (« l'UE », Wikinews FR)."""
    if lang == "en" and record.qid is not None and record.qid in word_set("en", "place_unions"):
        return "LOC"
    return record.type


def outweighed(found: Sequence[Candidate], winners: Sequence[Candidate]) -> list[Candidate]:
    """``found`` less every candidate that overlaps one of ``winners``, then ``winners``: each
    looked up by overlap in log time, since a long record of a legislature names a party tag in
    every line ("(R-AZ)"), thousands of tags among thousands of names."""
    taken = _Spans(winners)
    return [c for c in found if not taken.overlaps(c.start, c.end)] + list(winners)


class _Spans:
    """Candidates looked up by overlap: sorted starts and the running furthest end, so that each
    of many products costs log n, not n."""

    def __init__(self, found: Sequence[Candidate]) -> None:
        ordered = sorted(found, key=lambda c: c.start)
        self.starts = [c.start for c in ordered]
        self.reach: list[int] = []
        for c in ordered:
            self.reach.append(max(c.end, self.reach[-1]) if self.reach else c.end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a candidate overlaps ``[start, end)``."""
        k = bisect_right(self.starts, end - 1)
        return k > 0 and self.reach[k - 1] > start


def _without_event_names(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """``found`` less the names inside the name of an event ("Paris" in "Paris Air Show").

    A name used as a noun modifier ("Apple CEO Steve Jobs", "Boeing employees") stays a mention,
    although MEANTIME scores it apart (PRE.NAM): the graph needs the organisation of a role and the
    company whose employees act."""
    text = doc_text(doc)
    dropped = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "EVENT" or _names_event(e.text)]
    # A town the model read alone before the rest of an event's name ("the Monaco Grand Prix", "the
    # Kentucky Derby", "the Venice Biennale"; issue 21, n28b): the event's name, no place's mention.
    dropped += _event_names_after_places(found, text)
    if not dropped:
        return found
    # A named site or venue is a place the model may call an event ("the Olympic Stadium" EVENT):
    # its name is no event's (kg.extract.sites).
    # A town's team the model read as an event ("the Utah Jazz" EVENT) is the team when it is the
    # whole of the event's name (issue 21, n35a); a team inside a longer name is left out with it.
    return [
        c for c in found
        if c.extractor == SITE_EXTRACTOR
        or not any(a <= c.start and c.end <= b and not _organiser(c, text, a, b) and not _whole_team(c, text, a, b) for a, b in dropped)
    ]


def _whole_team(cand: Candidate, text: str, start: int, end: int) -> bool:
    """Whether ``cand`` is a sports team (its evidence says so: :data:`TEAM_EVIDENCE`) whose name,
    after an article, is all of ``text[start:end]`` ("the Utah Jazz" read as an event)."""
    if cand.label != "ORG" or not any(e.startswith(TEAM_EVIDENCE) for e in cand.evidence):
        return False
    lead = _LEADING_THE_SPACE.match(text, start, end)
    return cand.start == (lead.end() if lead else start) and cand.end == end


@cache
def _event_name_pattern() -> re.Pattern[str]:
    """One to four capitalised words, then a capitalised head noun of an event's name
    (``en/event_name_heads``) that no capitalised word goes on from, on one line."""
    heads = "|".join(sorted((re.escape(h.capitalize()) for h in word_set("en", "event_name_heads")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.&-])(?:[A-Z][\w'’&-]*[^\S\n]+){{1,4}}(?:{heads})(?![\w'’&-])(?![^\S\n]+[A-Z])")


# "the", one to three capitalised words and a race's distance of three digits that no percent sign,
# number or capitalised word goes on from: "the Indianapolis 500", "the Daytona 500" (n36a).
_RACE_NAME = re.compile(r"(?<=[Tt]he[^\S\n])[A-Z][a-z][\w'’&-]*(?:[^\S\n]+[A-Z][a-z][\w'’&-]*){0,2}[^\S\n]+\d{3}(?![\w.,%-])(?![^\S\n]*(?:%|percent\b|[A-Z\d$€£]))")


def _event_names_after_places(found: list[Candidate], text: str) -> list[tuple[int, int]]:
    """The spans of the English events' names that begin with a place the model read alone
    (:func:`_event_name_pattern`: "Monaco" of "the Monaco Grand Prix"; :data:`_RACE_NAME`: "the
    Indianapolis 500"): MEANTIME annotates no place
    inside an event's name ("Paris Air Show", dev). Only a name that begins right at a place
    candidate is read, and not in a Title Case line ("Paris Hosts Major Fashion Show", where every
    word is capitalised) nor past a word that ends a sentence."""
    starts = {c.start for c in found if c.label == "LOC"}
    if not starts:
        return []
    out = []
    for match in (*_event_name_pattern().finditer(text), *_RACE_NAME.finditer(text)):
        begin = match.start() + 4 if match.group().startswith("The ") else match.start()
        if begin not in starts or re.search(r"[^\W\d_]{3,}\.[^\S\n]", match.group()):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if title_case_line(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue
        out.append((begin, match.end()))
    return out


def _organiser(cand: Candidate, text: str, start: int, end: int) -> bool:
    """An organisation that begins an event's name followed by a name of its own ("[Apple]
    Worldwide Developers Conference", "the [FIFA] World Cup") is the organiser, named as a noun
    modifier is ("[Apple] CEO"): it stays. A place stays out ("Paris Air Show"), and so does an
    organisation whose name the event only follows with its head word ("Macworld Conference": the
    name of the event)."""
    if cand.label != "ORG":
        return False
    lead = _LEADING_THE_SPACE.match(text, start, end)
    if cand.start != (lead.end() if lead else start):
        return False
    return len(text[cand.end : end].split()) >= 2


_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he\s+$")
_POSSESSIVE_AFTER = re.compile(r"\s?['’]s\b")
# A bare possessive apostrophe after a name ending in "s" ("the United Auto Workers' trust"; "the
# 'Boeing' 747" is a quotation), glued or apart (tokenised copy). A person's mention of "the" and
# one word is left to kg.extract.articled ("the Beatles ' record company": a group).
_BARE_POSSESSIVE_AFTER = re.compile(r"(?<=s)[ \t]?['’](?=[ \t]+[\w\"“])")
_LEADING_THE_SPACE = re.compile(r"[Tt]he\s+")


def _articled(text: str, start: int, end: int) -> bool:
    """Whether the English name ``text[start:end]`` opens with "the" or follows it ("the Paris
    Hilton was evacuated"): a building's, a ship's or a work's named after a person, which the
    gazetteer's person record would wrongly name (review rvn35)."""
    return _LEADING_THE_SPACE.match(text, start, end) is not None or _THE_BEFORE.search(text, max(0, start - 6), start) is not None


def _with_article(cand: Candidate, doc: Doc, text: str) -> Candidate:
    """Include an English "the" that determines the name itself ("the United States", "the
    Pentagon"), not one that determines a noun the name modifies ("the Airbus website") nor a
    descriptive phrase headed by a common noun ("the British parliament"). Before a possessive
    "'s", or an apostrophe after a name in "s", the article determines the possessed noun ("the
    Air Force's interests", "the United Auto Workers' trust"), and a leading
    "the" that NER took in is dropped."""
    if SEAT_EVIDENCE in cand.evidence:
        return cand  # "the Troy, Michigan-based company": the article is the company's
    if _POSSESSIVE_AFTER.match(text, cand.end) or (cand.label in ("ORG", "LOC") and _BARE_POSSESSIVE_AFTER.match(text, cand.end)):
        lead = _LEADING_THE_SPACE.match(text, cand.start, cand.end)
        return replace(cand, start=lead.end()) if lead and lead.end() < cand.end else cand
    lead = _LEADING_THE_SPACE.match(text, cand.start, cand.end)
    if lead is not None and lead.end() < cand.end:
        named = doc.char_span(lead.end(), cand.end, alignment_mode="expand")
        named_modifier = cand.label in _ARTICLE_OWN_LABELS and named is not None and len(named) > 0 and _modifies_noun_after(named)
        return replace(cand, start=lead.end()) if named_modifier else cand
    match = _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start)
    if match is None:
        return cand
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return cand
    article = doc[span.start - 1]
    root = span.root
    if article.lower_ != "the" or not span.start <= article.head.i < span.end or root.dep_ == "compound" or root.is_lower:
        return cand
    if cand.label in _ARTICLE_OWN_LABELS and _modifies_noun_after(span):
        return cand
    return replace(cand, start=match.start())


# The types whose name modifying a noun leaves the article to the noun; a product's phrase keeps
# it ("the Rolls-Royce Trent 900 engines").
_ARTICLE_OWN_LABELS = frozenset({"ORG", "PER", "LOC"})


def _modifies_noun_after(span: Span) -> bool:
    """Whether the name ``span`` modifies a common noun after it, which an article before the name
    determines ("the GM and Chrysler bailouts", "the Northrop Grumman and EADS plan": the parse
    reads the noun as the names' head, or the first name as its nominal modifier), or a number
    word written with a capital that names a group with it ("The Detroit Three", "the Big Three":
    the article is the group's)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ not in ("a", "an") and nxt.lower_ in number_map("en", "number_words"):
        return True
    root = span.root
    head = root.head
    if head.i < span.end or not (root.dep_ == "nmod" or (head.pos_ == "NOUN" and head.is_lower)):
        return False
    # Only other names and their conjunction stand between ("the U.S. Air Force $ 40 billion tanker
    # contract" is the Air Force's own article).
    return all(tok.pos_ in ("PROPN", "CCONJ") or tok.text == "&" for tok in span.doc[span.end : head.i])


# A title, then the words of a name up to a word that is no part of one: capitalised words (a
# hyphen, an apostrophe inside), initials, lower-case particles ("bin", "al-Rashid" as one word).
_TITLE_WORD = re.compile(r"(?<![\w.'’&-])(?P<title>[A-Z][a-z]{1,9})(?P<stop>\.?)[ \t]+")
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*|[A-Z]\.|[a-z]{2,3}(?:-[A-Z][\w'’-]*)?)(?![\w'’-])")
_MAX_TITLED_WORDS = 4
_PERSON_TITLE_EVIDENCE = "person's title:"


def _name_run(text: str, at: int) -> int:
    """The end of the words of a name that begin at ``at`` (:data:`_NAME_WORD`, one blank apart,
    the last one capitalised), or ``at`` when there are none or too many."""
    particles = word_set("xx", "name_particles")
    end, words, good = at, 0, at
    while words <= _MAX_TITLED_WORDS:
        match = _NAME_WORD.match(text, end)
        if match is None:
            break
        word = match.group()
        if word[:1].islower() and word.split("-")[0] not in particles:
            break  # "al-Thani", "bin": a particle; "ex-President", "said": no name's word
        words += 1
        end = match.end()
        if word.endswith(("'s", "’s")):
            return match.end() - 2 if word[:1].isupper() else good  # "Dr. Okafor's clinic": the name ends before
        if word[:1].isupper() or "-" in word:
            good = end
        blank = re.match(r"[ \t]+", text[end:end + 3])
        if blank is None:
            break
        end += blank.end()
    return at if words > _MAX_TITLED_WORDS else good


def _titled_name(text: str, title: re.Match[str], end: int, gazetteer: Gazetteer | None) -> bool:
    """Whether the title ``title`` and the words after it up to ``end`` are a person's name: a
    title of ``en/person_titles`` (a "word" title, "Lord", "Princess", not after a capitalised word
    that would make it part of another name: "Burger King"; a cleric's, "clergy", the same before
    two words or more: "Archbishop Enrique Benavent"), and no word of a company, a place, a
    site or an institution after it ("Prince Edward Island", "Queen Mary University", "King
    Street"), no digit ("Queen Mary 2"), no letter alone ("Gen Z voters"), no pronoun ("Dr. Who
    fans"), and no name the gazetteer knows as the whole."""
    kind = word_map("en", "person_titles").get(title.group("title").casefold())
    if kind is None or (kind in ("word", "clergy") and title.group("stop")):
        return False
    if kind == "clergy":
        first = text[title.end() : end].split()
        if len(first) < 2:
            return False  # "Bishop Auckland", "Cardinal Health": a town's or a company's name as often
        if first[0].casefold() not in _given_names() and is_dictionary_word(first[0], "en"):
            return False  # "Sister City Program", "Father Christmas Parade": a common word opens no name here
    if kind in ("word", "clergy"):
        before = re.search(r"([A-Z][\w'’&-]*)[ \t]+$", text[max(0, title.start() - 30) : title.start()])
        if before is not None and not before.group(1).endswith(("'s", "’s")):
            return False
    words = text[title.end() : end].split()
    if not words or any(ch.isdigit() for ch in text[title.start() : end]):
        return False
    if not any(len(w.rstrip(".")) > 1 for w in words):
        return False  # "Gen Z voters", "Gen. Z shoppers": a letter alone is no name
    if any(w.casefold() in word_set("en", "coref_pronouns") for w in words):
        return False  # "Dr. Who fans": a pronoun is no name's word (a show's title)
    heads = _not_person_words()
    if any(w.casefold().rstrip(".") in heads for w in words):
        return False
    return gazetteer is None or not gazetteer.lookup(text[title.start() : end])


@cache
def _not_person_words() -> frozenset[str]:
    """The words that end a company's, a place's, a site's, an institution's or an event's name
    (``en/company_tail_words``: only those that are no surname, "Steel", "Power", "House" are)."""
    return (
        word_set("xx", "organisation_cues") | word_set("xx", "place_cues") | word_set("xx", "company_heads")
        | word_set("en", "not_model_words") | word_set("en", "place_kind_nouns") | word_set("en", "place_named_institution_nouns")
        | word_set("en", "event_name_heads")  # "Judge Rinder Show viewers": an event's or a show's name
        | frozenset(w.casefold() for w in word_set("en", "purpose_body_heads"))  # "Dame Kelly Holmes Trust"
        | _company_words()  # "Prince Hotels", "Princess Cruises": a company's name
    )


def titled_person(cand: Candidate, text: str, gazetteer: Gazetteer | None) -> Candidate | None:
    """English: a company or a place the model read in a person's title and name, or right after the
    title ("Lord Brackenbury said" read as a company "Brackenbury", "Britain's Prince Charles" as a
    place), as the person, title included (:func:`_titled_name`); None otherwise. The name must end
    where the candidate ends: "Sen. Brandt Industries" stays what it was read as, and so does a
    company the model read with an abbreviated title in it ("Dr Pepper sales": a brand's name)."""
    if cand.label not in ("ORG", "LOC") or cand.record is not None or cand.institution is not None or cand.evidence:
        return None
    title = _TITLE_WORD.match(text, cand.start)
    if title is None or title.end() >= cand.end:
        title = None
        for found in _TITLE_WORD.finditer(text, max(0, cand.start - 12), cand.start):
            if found.end() == cand.start:
                title = found
    if title is None or _name_run(text, title.end()) != cand.end or not _titled_name(text, title, cand.end, gazetteer):
        return None
    if cand.label == "ORG" and title.start() == cand.start and word_map("en", "person_titles").get(title.group("title").casefold()) == "abbreviation":
        return None  # "Dr Pepper sales": a company the model read with the title in it is a brand's name
    return replace(cand, start=title.start(), label="PER", extractor=cand.extractor + "+title", evidence=(f"{_PERSON_TITLE_EVIDENCE} {title.group('title')}",))


# What follows a name in running text: a lower-case word, a stop, a possessive.
_AFTER_TITLED_NAME = re.compile(r"[ \t]+[a-z]|[,.;:!?)]|['’]s\b")
# A possessive then three capitalised words or more: the title of a work or a brand that opens
# with a titled name ("Sgt. Pepper's Lonely Hearts Club Band", "Mr. Kipling's Exceedingly Good
# Cakes"), not a person's belongings ("Dr. Okafor's clinic", "Coach Roe's Chelsea side").
_TITLED_WORK = re.compile(r"['’]s(?:[ \t]+[A-Z][\w'’-]*){3}")


def titled_people(text: str, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """English: a person's title and name that the model missed ("Princess Anne visited", "Dr.
    Okafor said"): the title of ``en/person_titles``, one to four words of a name (:func:`_titled_name`),
    then a lower-case word or a stop, not a headline's capitalised words ("Sen. Roe Backs Bill"),
    nor a possessive that opens a work's or a brand's title (:data:`_TITLED_WORK`)."""
    if lang != "en":
        return []
    out = []
    titles = word_map("en", "person_titles")
    for title in _TITLE_WORD.finditer(text):
        if title.group("title").casefold() not in titles:
            continue
        end = _name_run(text, title.end())
        if end == title.end() or not _AFTER_TITLED_NAME.match(text, end):
            continue
        if _TITLED_WORK.match(text, end):
            continue  # "Sgt. Pepper's Lonely Hearts Club Band": the possessive opens a title
        if _titled_name(text, title, end, gazetteer):
            out.append(Candidate(title.start(), end, "PER", "title", evidence=(f"{_PERSON_TITLE_EVIDENCE} {title.group('title')}",)))
    return out


# A word of a role written as a title (en/role_titles): capitalised, an acronym ("CEO"), "and".
_BLANKS = re.compile(r"[ \t]*")
_ROLE_TITLE_WORD = re.compile(r"(?<![\w.'’&-])(?:[A-Z][a-z]+|[A-Z]{3}|and)(?:-[a-z]+)?(?![\w'’-])")


def role_titled_people(text: str, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """English: a person named in full (two or three capitalised words) right after a role written
    as a title, that the model missed ("Citigroup Chief Executive Jane Roe said", "Chairman Tom
    Wilkes, who"): the role's words all of ``en/role_titles``, the last a role ("head"); the name
    followed by a lower-case word or a stop (not a headline's capitalised words), no word of a
    company, a place, an institution or an event in it, not only common words after no given name
    ("Premier Inn Hub rooms"), and no name the gazetteer knows as other than a person. The mention
    is the name: :func:`_with_title` takes the title in where MEANTIME does."""
    if lang != "en":
        return []
    roles = word_map("en", "role_titles")
    out = []
    for first in _ROLE_TITLE_WORD.finditer(text):
        if first.group().casefold() not in roles or roles[first.group().casefold()] == "and":
            continue
        before = _WORD_BEFORE.search(text, max(0, first.start() - 30), first.start())
        if before is not None and before.group(1).casefold() in roles:
            continue  # not the run's first word
        at, head = first.start(), None
        while (word := _ROLE_TITLE_WORD.match(text, at)) is not None and (kind := roles.get(word.group().casefold())) is not None:
            if kind == "head":
                head = word
            at = word.end()
            blank = re.match(r"[ \t]+", text[at : at + 3])
            if blank is None:
                break
            at += blank.end()
        if head is None or head.group()[:1].islower():
            continue
        at = _BLANKS.match(text, head.end()).end()  # type: ignore[union-attr]
        end = _name_run(text, at)
        name = text[at:end].split()
        if not 2 <= len(name) <= 3 or any(not w[:1].isupper() or w.isupper() for w in name):
            continue
        if not re.match(r"[ \t]+[a-z]|,", text[end : end + 2]):
            continue
        if any(w.casefold().rstrip(".") in _not_person_words() for w in name):
            continue
        if name[0].casefold() not in _given_names() and all(is_dictionary_word(w, "en") for w in name):
            continue  # "Premier Inn Hub rooms", "Premier League Darts finals": common words, a brand's name
        records = gazetteer.lookup(text[at:end])
        if records and any(record_type(r, lang) != "PER" for r in records):
            continue
        out.append(Candidate(at, end, "PER", "role title", evidence=(f"role title: {head.group()}",)))
    return out


# A lower-case word before a capitalised one: a role's noun that may open a person's name.
_LOWER_ROLE = re.compile(r"(?<![\w'’&.-])(?P<role>[a-z]+(?:-[a-z]+)?)[ \t]+(?=[A-Z])")


def lower_role_people(text: str, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """English: a person named in full (two or three capitalised words) right after a noun of a
    role or an occupation in lower case (:func:`_is_person_role`: "Arsenal coach Mikel Arteta
    blamed", "the composer Henri Dumont", "Nadal's coach Carlos Moya said"), which the model
    missed or read as a company or a place. The guards of :func:`role_titled_people`, and more, as
    a lower-case noun says less than a title: the name's first word a given name or no word of the
    dictionary ("the minister Foreign Affairs" is none), no weekday and no role's word in it."""
    if lang != "en":
        return []
    out = []
    for match in _LOWER_ROLE.finditer(text):
        role = match.group("role")
        if not _is_person_role(role):
            continue
        at = match.end()
        end = _name_run(text, at)
        name = text[at:end].split()
        if not 2 <= len(name) <= 3 or any(not w[:1].isupper() or w.isupper() or "." in w for w in name):
            continue
        if not re.match(r"[ \t]+[a-z]|[,;:)]|\.(?:\s|$)|['’]s\b", text[end : end + 3]):
            continue  # a headline's capitalised words, or a longer name going on
        if name[0].casefold() not in _given_names() and is_dictionary_word(name[0], "en"):
            continue  # "the minister Foreign Affairs": a common word opens no person's name here
        if any(w.casefold().rstrip(".") in _not_person_words() or w.casefold() in _date_names() or w.casefold() in word_map("en", "role_titles") for w in name):
            continue
        records = gazetteer.lookup(text[at:end])
        if records and any(record_type(r, lang) != "PER" for r in records):
            continue
        out.append(Candidate(at, end, "PER", "role noun", evidence=(f"role noun before: {role}",)))
    return out


def with_people_after_lower_roles(found: list[Candidate], people: Sequence[Candidate]) -> list[Candidate]:
    """``found`` with the people of :func:`lower_role_people`: added where no candidate overlaps
    them, and in place of a company or a place on the very same words that no record and no
    evidence typed ("the composer Henri Dumont" read as a building); left out otherwise."""
    if not people:
        return found
    out = list(found)
    for person in people:
        over = [k for k, c in enumerate(out) if c.start < person.end and person.start < c.end]
        if not over:
            out.append(person)
            continue
        if len(over) == 1:
            c = out[over[0]]
            if (c.start, c.end) == (person.start, person.end) and c.label in ("ORG", "LOC") and c.record is None and not c.evidence:
                out[over[0]] = person
    return out


# A given name, a nickname in quotation marks, a surname ("Earvin "Magic" Johnson", "Joaquin
# ``El Chapo'' Guzman" as a corpus tokenizer writes the quotes), then a lower-case word, a stop
# or a possessive.
_NICKNAMED = re.compile(
    r"(?<![\w'’&.-])(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:\"|“|‘|``[ \t]?)"
    r"(?P<nick>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})(?:\"|”|’|[ \t]?'')[ \t]+"
    r"(?P<surname>[A-Z][a-z][\w'’-]*?(?:[ \t]+[A-Z][a-z][\w'’-]*?)?)(?=['’]s\b|[ \t]*[,.;:)]|[ \t]+[a-z])"
)


def nicknamed_people(text: str, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """English: a person named with a nickname in quotation marks between the given name and the
    surname ("Earvin "Magic" Johnson bought", "Ismael "El Mayo" Zambada was"), which the model cuts
    into pieces or reads as a product, a company or places: the whole name, out of a Title Case
    line (a headline's quoted title: 'Studio "Frozen" Sequel Delayed'), after no article or
    capitalised word, its given name and surname no word of a company, a place or an institution,
    and none of them a company's or a place's name the gazetteer knows. No weekday for the given
    name and no role in the surname ('on Sunday "Oppenheimer" Director Nolan'), and no function
    word after the nickname's first word: a work's title in Title Case ('Adele "Easy On Me" Tour')."""
    if lang != "en":
        return []
    out = []
    headlines: dict[int, bool] = {}  # by line start: a long line may hold many names
    line_start = scanned = 0
    for match in _NICKNAMED.finditer(text):
        # The line's start, looked for only since the last match: linear in a long line.
        line_start = max(line_start, text.rfind("\n", scanned, match.start()) + 1)
        scanned = match.start()
        if line_start not in headlines:
            line_end = text.find("\n", match.end())
            headlines[line_start] = title_case_line(text[line_start : len(text) if line_end < 0 else line_end])
        if headlines[line_start]:
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        word = "" if before is None else before.group(1)
        if (word[:1].isupper() or word.casefold() in _NOT_NAMES_BEFORE_TITLE) and not word.endswith((".", ",", ":", '"', "“", "``")):
            continue  # "the Beatles "Abbey Road" LP", "Studio "Frozen" Sequel": another name's
        words = [*match.group("given").split(), *match.group("surname").split()]
        if any(w.casefold() in _not_person_words() for w in words) or _is_person_role(match.group("given").casefold()):
            continue  # 'Singer "Adele" Adkins': a role before a name, no given name
        if match.group("given").casefold() in _date_names() or any(w.casefold() in word_map("en", "role_titles") for w in match.group("surname").split()):
            continue  # 'on Sunday "Oppenheimer" Director Nolan said': a day's name, a role
        if any(w.casefold() in function_words() for w in match.group("nick").split()[1:]):
            continue  # 'Adele "Easy On Me" Tour': a work's title in Title Case, no nickname
        parts = (match.group("given"), match.group("surname"), match.group("nick"))
        if any(r.type in ("ORG", "LOC") for part in parts for r in gazetteer.lookup(part)):
            continue
        out.append(Candidate(match.start(), match.end("surname"), "PER", "nickname", evidence=(f"nickname: {match.group('nick')}",)))
    return out


# An office's title and "of" right before a body's name: "Secretary of [the Navy]", "Assistant
# Secretary of [the Air Force for Acquisition]".
_OFFICE_OF_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]+)[ \t]+of[ \t]+$")
_OFFICE_BODY_EVIDENCE = "name after an office's body"


def people_after_office_bodies(found: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: an organisation the model read on into the name of the person whose office it is
    ("Secretary of [the Navy Gordon England]", "Assistant Secretary of [the Air Force for Acquisition
    Darleen Druyun]") read as the body and the person: after an office's head word
    (``en/role_titles``) and "of", the candidate's last two or three capitalised words are the
    person's name when the first is a given name (``xx/given_names``) or follows the office's
    portfolio ("for Acquisition"); the portfolio is no word of the body. The person keeps the
    office's title where MEANTIME does (:func:`_with_title`). Issue 21, n32a."""
    if lang != "en":
        return list(found)
    heads = {w for w, kind in word_map("en", "role_titles").items() if kind == "head"}
    given = _given_names()
    # A name ending in an organisation's head word is the body's own ("the chairman of the Paul
    # Hamlyn Foundation", "head of the Walt Disney Company"), not a person's.
    body_heads = word_set("xx", "company_heads") | word_set("xx", "organisation_cues") | word_set("en", "organisation_name_heads")
    out: list[Candidate] = []
    for cand in found:
        office = _OFFICE_OF_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        if cand.label != "ORG" or cand.record is not None or cand.institution is not None or cand.evidence or office is None or office.group(1).casefold() not in heads:
            out.append(cand)
            continue
        words = list(re.finditer(r"\S+", text[cand.start : cand.end]))
        split = None
        for k in range(1, len(words) - 1):
            person = [w.group() for w in words[k:]]
            if not 2 <= len(person) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in person):
                continue
            # The body keeps a capitalised word of its own ("the Navy"), not the article alone.
            if person[-1].casefold() in body_heads or not any(w.group()[:1].isupper() and w.group().casefold() != "the" for w in words[:k]):
                continue
            after_portfolio = k >= 3 and words[k - 2].group() == "for" and words[k - 1].group()[:1].isupper()
            if person[0].casefold() in given or after_portfolio:
                split = k
                break
        if split is None:
            out.append(cand)
            continue
        body_end = split - 1
        # "the Air Force for Acquisition": the portfolio is the office's, not the body's name.
        for j in range(1, split):
            if words[j].group() == "for":
                body_end = j - 1
                break
        evidence = (f"{_OFFICE_BODY_EVIDENCE}: {office.group(1)} of",)
        out.append(replace(cand, end=cand.start + words[body_end].end()))
        out.append(replace(cand, start=cand.start + words[split].start(), label="PER", evidence=evidence))
    return out


@cache
def _given_names() -> frozenset[str]:
    """Given names (``xx/given_names``, and ``xx/given_name_genders``: those that are also words)."""
    return word_set("xx", "given_names") | word_set("xx", "given_name_genders")


# The model's labels of a work, an event, a site or a law: no person's name inside (not a product:
# the model reads some people named with a nickname so, 'Earvin "Magic" Johnson').
_NOT_PERSON_ENTS = frozenset({"WORK_OF_ART", "EVENT", "FAC", "LAW"})


def _within_any(cand: Candidate, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``cand`` lies inside one of ``spans`` (character offsets) or is one of them."""
    return any(start <= cand.start and cand.end <= end for start, end in spans)


@cache
def _date_names() -> frozenset[str]:
    """English names of weekdays (``en/weekdays``), no given names; months are left out, some are
    ("April", "May", "June")."""
    return word_set("en", "weekdays")


def titled_company(cand: Candidate, text: str) -> Candidate | None:
    """English: a company the model read without the noble's or sovereign's title that opens its
    name ("Princess" + "Cruises", "Prince" + "Hotels"): a title word of ``en/person_titles`` right
    before an organisation with no record whose last word is a company's (:func:`_company_words`),
    no capitalised word before the title. The company with the title, or None."""
    if cand.label != "ORG" or cand.record is not None or cand.institution is not None or cand.evidence:
        return None
    words = text[cand.start : cand.end].split()
    if not words or words[-1].casefold().rstrip(".") not in _company_words():
        return None
    title = next((t for t in _TITLE_WORD.finditer(text, max(0, cand.start - 12), cand.start) if t.end() == cand.start), None)
    if title is None or title.group("stop") or word_map("en", "person_titles").get(title.group("title").casefold()) not in ("word", "clergy"):
        return None
    before = re.search(r"([A-Z][\w'’&-]*)[ \t]+$", text[max(0, title.start() - 30) : title.start()])
    if before is not None:
        return None  # "Burger King Foods": the title is inside a longer name
    return replace(cand, start=title.start(), evidence=(f"company's word after a title: {words[-1]}",))


@cache
def _company_words() -> frozenset[str]:
    """The last words of a company's name that are no surname (``xx/company_heads``,
    ``en/company_tail_words`` but "Steel", "Power", "House")."""
    tails = frozenset(w for w, kind in word_map("en", "company_tail_words").items() if kind != "surname")
    return word_set("xx", "company_heads") | tails


def _with_title(cand: Candidate, text: str, lang: str, gazetteer: Gazetteer | None = None) -> Candidate:
    if lang == "en" and (person := titled_person(cand, text, gazetteer)) is not None:
        cand = person
    if lang == "en" and (company := titled_company(cand, text)) is not None:
        cand = company
    if cand.label == "ORG":
        cand = with_legal_suffix(cand, text)
    if cand.label in ("PER", "LOC", "ORG") and cand.record is None and cand.institution is None:
        # A name that ends with a legal form is a company's, and says so for its whole entity.
        if (suffix := legal_suffix(text[cand.start : cand.end])) is not None:
            return replace(cand, label="ORG", evidence=(*cand.evidence, f"{_LEGAL_SUFFIX_EVIDENCE} {suffix}"))
    if cand.label == "ORG":
        return cand
    if cand.label == "LOC" and gazetteer is not None:
        family = _family_name(cand, text, gazetteer)
        return family if family is not None else _person_by_given_abbreviation(cand, text, gazetteer)
    if cand.label != "PER":
        return cand
    if lang == "en":
        cand = without_described_lead(cand, text)
    cand = with_leading_particle(cand, text)
    cand = with_apostrophe_surname(cand, text)
    if gazetteer is not None:
        cand = with_given_initials(cand, text, gazetteer)
    start = title_start(text, cand.start, lang)
    if lang == "en":
        # The role read back from the name too: a title word ("President") may end a longer role
        # ("Vice President Dick Cheney").
        start = cand.start if described_title(text, start, cand.start) else min(role_title_start(text, start), role_title_start(text, cand.start))
        # A title that a role word still leads into ("Vice" of "Former Vice President Al Gore",
        # "First" of "First Lady") is a part of a role not taken in: the name alone, not "President
        # Al Gore" (review rv21g).
        if start < cand.start and _after_role_part(text, start):
            start = cand.start
    cand = cand if start == cand.start else replace(cand, start=start)
    if lang == "fr" and gazetteer is not None:
        cand = with_particle_surname(cand, text, gazetteer)
    if lang == "fr":
        cand = with_split_surname(cand, text)
    return cand


# A short capitalised word ending a name, then a lower-case scrap of two to six letters: OCR split a
# surname in two ("M. Dis raeli", "A. de Meu ron").
_SPLIT_SURNAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ]{1,3}$")
_SCRAP_AFTER = re.compile(r"[ ](?P<scrap>[a-zà-ÿ]{2,6})(?![\w'’-])")


def with_split_surname(cand: Candidate, text: str) -> Candidate:
    """French: a person's mention ending in a short capitalised word (four letters at most) followed
    by a lower-case scrap that is neither a word of the language nor a stop word takes the scrap in:
    OCR split the surname ("M. Dis raeli" for Disraeli, "A. de Meu ron" for Meuron). A real word
    after the name ("M. Dis a dit", "M. Roy rentre") stays out."""
    if not _SPLIT_SURNAME.search(text, cand.start, cand.end):
        return cand
    match = _SCRAP_AFTER.match(text, cand.end)
    if match is None:
        return cand
    scrap = match.group("scrap")
    if scrap in _stop_words("fr") or is_dictionary_word(scrap, "fr"):
        return cand
    return replace(cand, end=match.end(), evidence=(*cand.evidence, "surname split by OCR"))


# What stands before a title and makes it a modifier, not the title's start: a capitalised word or a
# possessive ("Apple CEO Jane Roe", "Treasury Secretary Henry Pauls", "the company's Chief executive").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&-]*|['’]s?)[^\S\n]+$")
_ROLE_TITLE_WORDS = 6
# A capitalised word of three lower-case letters or more and a full stop: a sentence's last word
# ("Ottawa.", "Monday."), unless an abbreviation ("Mass.", "Corp.") is written so.
_SENTENCE_END_WORD = re.compile(r"[A-Z][a-z]{3,}\.")


# Capitalised words before a title that are no name: an article, and a word of a former holder
# (``en/former_words``: "Former President Jane Roe").
_NOT_NAMES_BEFORE_TITLE = frozenset({"the", "a", "an"})


def described_title(text: str, title: int, name: int) -> bool:
    """English: whether the title between ``title`` and the person's name at ``name`` ("President",
    "Governor", "Senator": :func:`kg.text.names.title_start`) is part of a description that a name
    or a possessive before it makes ("UAW President Ron Gettelfinger", "Michigan Governor Jane Roe",
    "the union's President Jane Roe"), as a role is ("Apple CEO Steve Jobs" in MEANTIME's dev gold:
    :func:`role_title_start`); the mention is then the name. A form of address ("Varlo's Mr. Roe":
    :func:`kg.extract.descriptors.forms_of_address`; not an office's abbreviation, "Michigan Gov. Jane
    Roe") and a title that is part of the name its holder
    goes by (``en/name_titles``: "Britain's Prince Charles", "Spain's King Juan Carlos") stay the
    name's."""
    if title >= name:
        return False
    first = text[title:name].split()[0].rstrip(".").casefold()
    # An office's abbreviation ("Gov.", "Sen.": en/office_title_abbreviations) is no form of address:
    # "Michigan Gov. Jane Roe" is described as "Michigan Governor Jane Roe" is.
    address = first in forms_of_address() and first not in word_set("en", "office_title_abbreviations")
    if address or first in word_set("en", "name_titles"):
        return False
    before = _NAME_BEFORE.search(text, max(0, title - 40), title)
    # A role word before the title leads into it ("Vice President", "Deputy Governor": en/role_titles),
    # no name: the title begins there, and what stands before that decides.
    roles = word_map("en", "role_titles")
    while before is not None and roles.get(text[before.start() : title].split()[0].casefold(), "and") != "and":
        title = before.start()
        before = _NAME_BEFORE.search(text, max(0, title - 40), title)
    if before is None:
        return False
    if not _name_before_title(text, title):
        return False  # the end of the sentence before: "... in Ottawa. Prime Minister Jane Roe said" (n25b)
    word = text[before.start() : title].split()[0].casefold()
    return word not in _NOT_NAMES_BEFORE_TITLE and word not in word_set("en", "former_words")


_WORD_BEFORE = re.compile(r"(?<![\w-])(\S+)[ \t]+$")


def without_described_lead(cand: Candidate, text: str) -> Candidate:
    """English: a person's mention without the role's title the model read into it when a name
    before the title describes it (:func:`described_title`: "Fed" + "Chair Powell", "Acme" +
    "Chair Bob Lutz": the name alone, as "Apple CEO Steve Jobs" is in MEANTIME's dev gold), or a
    title of ``en/person_titles`` that a role's part word before it makes a role ("First" + "Lady
    Jill Biden": the name alone, as "Former Vice President Al Gore" is). A title with nothing
    describing it stays ("Chairman Tom Wilkes said")."""
    words = list(re.finditer(r"\S+", text[cand.start : cand.end]))
    if len(words) < 2 or not words[0].group()[:1].isupper():
        return cand
    roles = word_map("en", "role_titles")
    k = 0
    while k < len(words) - 1 and (words[k].group()[:1].isupper() or words[k].group() == "and") and words[k].group().casefold() in roles:
        k += 1
    if k == 0:
        if word_map("en", "person_titles").get(words[0].group().casefold()) == "word" and _after_role_part(text, cand.start):
            return replace(cand, start=cand.start + words[1].start())
        return cand
    if all(roles[w.group().casefold()] != "head" for w in words[:k]) or not words[k].group()[:1].isupper():
        return cand
    name = cand.start + words[k].start()
    return replace(cand, start=name) if described_title(text, cand.start, name) else cand


def _after_role_part(text: str, start: int) -> bool:
    """Whether a capitalised word of ``en/role_titles`` that leads into a role ("part": "Vice",
    "First", "Deputy") stands right before ``start``."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    return word_map("en", "role_titles").get(before.group(1).casefold()) == "part"


def role_title_start(text: str, start: int) -> int:
    """English: where a person mention starting at ``start`` begins once a role written as a title
    right before the name is taken in (``en/role_titles``: "Chief executive Jane Roe said",
    "Spokesman Tom Wilkes", "said Chairman and CEO Bob Lutz"), as MEANTIME annotates "President" or
    "Senator". The title's words are all role words, the last one a role ("head"), the first one
    capitalised (not an acronym: "company CEO Jane Roe"); a name or a possessive before it makes it a description ("Apple CEO Jane Roe",
    "Treasury Secretary Henry Pauls"), and a role in lower case is no title ("company chief
    executive Jane Roe")."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 80) : start]
    if not window.endswith((" ", "\t")):
        return start
    offset = start - len(window)
    words = [(offset + m.start(), m.group()) for m in re.finditer(r"\S+", window)][-_ROLE_TITLE_WORDS:]
    roles = word_map("en", "role_titles")
    if not words or roles.get(words[-1][1].casefold()) != "head":
        return start
    run = len(words)
    while run > 0 and words[run - 1][1].casefold() in roles:
        run -= 1
    # An acronym ("CEO") is written so in any case: it does not show the title begins.
    title = next((pos for pos, word in words[run:] if word[:1].isupper() and not word.isupper() and roles[word.casefold()] != "and"), None)
    if title is None or _name_before_title(text, title):
        return start
    return title


def _name_before_title(text: str, title: int) -> bool:
    """Whether a name or a possessive stands right before the title at ``title`` (:data:`_NAME_BEFORE`),
    not the last word of the sentence before ("... in Ottawa. Prime Minister Jane Roe said", n25b):
    a capitalised word and a full stop that no abbreviation of a place or a legal form is."""
    before = _NAME_BEFORE.search(text, max(0, title - 40), title)
    if before is None:
        return False
    written = text[before.start() : title].split()[0]
    return not (
        _SENTENCE_END_WORD.fullmatch(written)
        and written not in word_set("en", "place_abbreviations")
        and written not in word_set("xx", "legal_suffix_abbreviations")
    )


def mention_name(m: EntityMention) -> str:
    """The name of a mention, titles left out (:func:`name_part`), and for an English person the
    role written as a title before it too ("Chief executive Jane Roe": "Jane Roe"), so that the
    person's mentions merge and the entity is labelled by the name."""
    name = name_part(m.text)
    if m.label != "PER" or m.lang != "en":
        return name
    roles = word_map("en", "role_titles")
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].casefold() in roles:
        k += 1
    if k == 0 or roles.get(words[k - 1].casefold()) != "head" or not words[k][:1].isupper():
        return name
    return " ".join(words[k:])


# A surname's second part after "de" or "d'", glued or not ("M. Drouyn de Lhuys", "deLbuys").
_PARTICLE_SURNAME_AFTER = re.compile(r"[^\S\n]+(?:de|d['’])[^\S\n]*(?P<name>[A-ZÀ-Þ][\w'’-]+)(?![\w'’-])(?![^\S\n]+[A-ZÀ-Þ])")


def with_particle_surname(cand: Candidate, text: str, gazetteer: Gazetteer) -> Candidate:
    """A French person named with a title whose mention stops before "de" and the rest of the
    surname ("M. Drouyn de Lhuys" read as "M. Drouyn"): the mention takes it in when that word is
    no place the gazetteer knows and no common word ("M. Favre de Genève" is Favre of Geneva)."""
    if not TITLE_PREFIX.match(text[cand.start : cand.end]):
        return cand
    match = _PARTICLE_SURNAME_AFTER.match(text, cand.end)
    if match is None:
        return cand
    name = match.group("name")
    if gazetteer.lookup(name) or is_dictionary_word(name, "fr"):
        return cand
    return replace(cand, end=match.end("name"), evidence=(*cand.evidence, "surname after a particle"))


_LEGAL_SUFFIX_AFTER = re.compile(r"[ \t]+([A-Z][\w.]*)")


def with_legal_suffix(cand: Candidate, text: str) -> Candidate:
    """An organisation mention with the capitalised legal suffix written right after it, which the
    model left out ("Continental Illinois [Corporation]", "Acme [Inc.]"): ``xx/legal_suffixes``."""
    match = _LEGAL_SUFFIX_AFTER.match(text, cand.end)
    if match is None:
        return cand
    word = match.group(1)
    bare = word.rstrip(".")
    suffixes = word_set("xx", "legal_suffixes")
    if word.casefold() in suffixes:
        return replace(cand, end=match.end(1))
    if bare.casefold() in suffixes or f"{bare.casefold()}." in suffixes:
        return replace(cand, end=match.start(1) + len(bare) + (1 if word.endswith(".") and f"{bare.casefold()}." in suffixes else 0))
    return cand


def with_leading_particle(cand: Candidate, text: str) -> Candidate:
    """A person mention with the lower-case particle that begins the surname ("van Petegem"):
    ``xx/leading_name_particles``."""
    before = text[max(0, cand.start - 20) : cand.start]
    for particle in sorted(word_set("xx", "leading_name_particles"), key=len, reverse=True):
        tail = particle + " "
        if before.endswith(tail) and not before[: -len(tail)][-1:].isalnum():
            return replace(cand, start=cand.start - len(tail))
    family = _FAMILY_PARTICLE.search(before)
    if family is not None and " " not in text[cand.start : cand.end]:
        return replace(cand, start=cand.start - len(before) + family.start("particle"))
    return cand


# The rest of an Irish surname after "O" and its apostrophe, written with a blank after the
# apostrophe by a tokenizer ("Michael O' Leary") or without one that the model cut ("O'Brien").
_APOSTROPHE_SURNAME = re.compile(r"['’][ \t]?(?P<rest>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’])")


_O_BEFORE = re.compile(r"(?<![\w'’])O['’][ \t]?$")


def with_apostrophe_surname(cand: Candidate, text: str) -> Candidate:
    """A person mention that ends with "O" before an apostrophe, with the rest of the surname
    ("Michael O' Leary", "Kevin O'Brien"), which the model left out or read as another name; or
    that begins after "O'" ("O' Leary said" read as "Leary")."""
    surface = text[cand.start : cand.end]
    before = _O_BEFORE.search(text, max(0, cand.start - 4), cand.start)
    if before is not None and surface[:1].isupper():
        return replace(cand, start=before.start(), evidence=(*cand.evidence, "surname after O'"))
    if not (surface == "O" or surface.endswith(" O")):
        return cand
    match = _APOSTROPHE_SURNAME.match(text, cand.end)
    if match is None:
        return cand
    return replace(cand, end=match.end("rest"), evidence=(*cand.evidence, "surname after O'"))


# "de" after a plural article or "famille" names a family ("les de Mont", "le dernier des de
# Mont", "la famille de Mont"): the particle, otherwise a preposition, is part of the name.
_FAMILY_PARTICLE = re.compile(r"(?<![\w'’])(?:les|des|famille)\s+(?P<particle>de)\s+$", re.I)


# Abbreviated given names before a surname: "J.", "Ch.", "Marie-Fr.", "J.-P.", "J. R. R.".
_GIVEN_INITIALS = re.compile(
    r"(?<![\w.&'’-])((?:[A-ZÀ-Þ][a-zà-ÿ]+-)?[A-ZÀ-Þ][a-zà-ÿ]{0,3}\.(?:\s?-?[A-ZÀ-Þ][a-zà-ÿ]{0,3}\.)*)[ \t]+$"
)
# One abbreviated given name of such a run, with the full given name it may follow ("Marie-").
_GIVEN_PIECE = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]+-)?(?P<abbr>[A-ZÀ-Þ][a-zà-ÿ]{0,3})\.")


def _given_start(given: str) -> int | None:
    """Where the abbreviated given names of ``given`` begin: the longest run of pieces ending it
    that are all single capitals or listed abbreviations (``xx/given_name_abbreviations``), so
    that "Rio." ending the sentence before is none; None when the last piece is none."""
    listed = word_set("xx", "given_name_abbreviations")
    start = None
    for piece in reversed(list(_GIVEN_PIECE.finditer(given))):
        abbr = piece.group("abbr")
        if len(abbr) > 1 and abbr.casefold() not in listed:
            break
        start = piece.start()
    return start


def with_given_initials(cand: Candidate, text: str, gazetteer: Gazetteer) -> Candidate:
    """A person's mention with the abbreviated given names NER left out ("Marie-Fr. Durand", "J.-P.
    Martin", "Ch. Dupont"). A title ("M.", "Dr."), a company suffix ("Inc.", see
    ``xx/company_suffixes``), a word of two or more letters not listed in
    ``xx/given_name_abbreviations`` ("Rio.", "Pau." ending the sentence before) or a name the
    gazetteer knows, with or without its full stop ("U.S.", "Pau"), is no given name."""
    match = _GIVEN_INITIALS.search(text, max(0, cand.start - 30), cand.start)
    if match is None:
        return cand
    first = _given_start(match.group(1))
    if first is None:
        return cand
    begin = match.start(1) + first
    given = text[begin : match.end(1)]
    parts = given.split()
    if (
        any(TITLE_PREFIX.match(part + " X") for part in parts)
        or any(part.strip(".-").casefold() in word_set("xx", "company_suffixes") for part in parts)
        or gazetteer.lookup(given)
        or gazetteer.lookup(given.rstrip("."))
    ):
        return cand
    if _GIVEN_INITIALS.fullmatch(text[cand.start : cand.end].split(" ", 1)[0] + " "):
        return cand  # the mention already starts with its given names
    return replace(cand, start=begin, evidence=(*cand.evidence, f"abbreviated given name: {given}"))


# Abbreviated given names, then a surname ("J.-B. Rochat", "Ch. de Weck"), wherever they stand.
_INITIALLED_NAME = re.compile(
    r"(?<![\w.&'’-])(?P<given>(?:[A-ZÀ-Þ][a-zà-ÿ]+-)?[A-ZÀ-Þ][a-zà-ÿ]{0,3}\.(?:[ \t]?-?[A-ZÀ-Þ][a-zà-ÿ]{0,3}\.)*)[ \t]+"
    r"(?P<surname>(?:(?:de|von|van|di|da|del|du)[ \t]+)?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*)(?![\w'’-])"
)


def initialled_people(text: str, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """French people written with abbreviated given names and a surname that the model did not find
    ("J.-B. Rochat et Ch. Favre ont été élus"): every piece of the given names a single capital or
    a listed abbreviation (``xx/given_name_abbreviations``), no title ("M.", "Dr"), no company
    suffix, and a surname that is no stop word, no place the gazetteer knows ("A. Paris"), and no
    common word after a lone initial ("A. Généralités" is a section heading)."""
    if lang != "fr":
        return []
    stop = word_set("xx", "determiners") | _stop_words(lang)
    out = []
    for match in _INITIALLED_NAME.finditer(text):
        given, surname = match.group("given"), match.group("surname")
        parts = given.replace("-", " ").split()
        if _given_start(given) != 0 or any(TITLE_PREFIX.match(part + " X") for part in parts):
            continue
        if any(part.strip(".").casefold() in word_set("xx", "company_suffixes") for part in parts):
            continue
        last = surname.split()[-1]
        if last.casefold() in stop or gazetteer.lookup(surname) or gazetteer.lookup(given.rstrip(".")):
            continue
        if len(parts) == 1 and len(given.strip(".")) == 1 and is_dictionary_word(last, lang):
            continue
        out.append(Candidate(match.start(), match.end(), "PER", "initialled name", evidence=(f"abbreviated given name: {given}",)))
    return out


def _family_name(cand: Candidate, text: str, gazetteer: Gazetteer) -> Candidate | None:
    """A one-word place the model read in a family's name after "les de", "des de", "famille de"
    ("les de Mont ont rempli", "la famille de Mont"): the family, as a person mention with its
    particle; None otherwise, and for a place the gazetteer knows ("les de Paris")."""
    surface = text[cand.start : cand.end]
    if " " in surface or gazetteer.lookup(surface):
        return None
    family = _FAMILY_PARTICLE.search(text[max(0, cand.start - 20) : cand.start])
    if family is None:
        return None
    start = cand.start - len(text[max(0, cand.start - 20) : cand.start]) + family.start("particle")
    return replace(cand, start=start, label="PER", evidence=(*cand.evidence, "family name"))


def _person_by_given_abbreviation(cand: Candidate, text: str, gazetteer: Gazetteer) -> Candidate:
    """A place the model read in a surname after an abbreviated given name of two letters or more
    (``xx/given_name_abbreviations``: "Aug. Leuba", "Ch. Dupont") is that person; a single capital
    before a place is left alone ("S. Paulo"), and so is a place the gazetteer knows."""
    if gazetteer.lookup(text[cand.start : cand.end]):
        return cand
    person = with_given_initials(replace(cand, label="PER"), text, gazetteer)
    given = text[person.start : cand.start].strip()
    if person.start == cand.start or len(_GIVEN_PIECE.match(given).group("abbr")) < 2:  # type: ignore[union-attr]
        return cand
    return replace(person, evidence=(*person.evidence, "person: abbreviated given name"))


def with_institutions(
    candidates: Sequence[Candidate], found: Iterable[Institution], text: str = ""
) -> list[Candidate]:
    """Add institution phrases ("gouvernement américain") to non-overlapping candidates.

    A gazetteer name or a longer NER name that already covers the phrase is kept (the gazetteer's
    "Congrès américain"); an NER span equal to the phrase, or a name inside it (the country in
    "the US government"), gives way to the institution; so does an NER span that only adds "the",
    whose article an institution with a capitalised name keeps ("the U.S. Air Force").
    """
    out = list(candidates)
    # Candidates looked up by the blocks of text they cover, so that a long text with many
    # institution phrases costs the candidates near each phrase, not all of them (was n squared).
    index: dict[int, list[int]] = {}
    alive = [True] * len(out)

    def register(k: int) -> None:
        for block in range(out[k].start // _BLOCK, max(out[k].start, out[k].end - 1) // _BLOCK + 1):
            index.setdefault(block, []).append(k)

    for k in range(len(out)):
        register(k)
    for found_inst in found:
        a, b = found_inst.start, found_inst.end
        near = {k for block in range(a // _BLOCK, max(a, b - 1) // _BLOCK + 1) for k in index.get(block, ())}
        overlapping = [out[k] for k in sorted(near) if alive[k] and out[k].start < b and a < out[k].end]
        if any(c.record is not None and not (a <= c.start and c.end <= b and (c.end - c.start) < (b - a)) for c in overlapping):
            continue  # the gazetteer already names it (or names something across it)
        if any(
            c.start <= a and b <= c.end and (c.end - c.start) > (b - a) and not (c.end == b and _ARTICLE_ONLY.fullmatch(text[c.start : a]))
            for c in overlapping
        ):
            continue  # a longer NER name covers it ("French Army Museum")
        for k in near:
            if alive[k] and out[k].start < b and a < out[k].end:
                alive[k] = False
        the = next((c.start for c in overlapping if c.end == b and c.start < a and _THE_ONLY.fullmatch(text[c.start : a])), None)
        if the is not None and text[a:b].split()[-1][:1].isupper():
            # English keeps the article of an institution's name ("the U.S. Air Force", "The
            # German Finance Ministry"), as it does of other names (_with_article).
            found_inst = replace(found_inst, start=the)
            a = the
        out.append(Candidate(a, b, "ORG", "demonym", found_inst.record, found_inst))
        alive.append(True)
        register(len(out) - 1)
    return sorted((c for c, live in zip(out, alive, strict=True) if live), key=lambda c: c.start)


# Characters per block of the text in with_institutions' index of candidates.
_BLOCK = 256

_THE_ONLY = re.compile(r"[Tt]he\s+")


def _institution_mention(found: Institution, text: str, *, lang: str, offset: int) -> EntityMention:
    record = found.record
    return EntityMention(
        start=found.start + offset,
        end=found.end + offset,
        text=text[found.start : found.end],
        label="ORG",
        extractor="demonym+gazetteer" if record is not None else "demonym",
        lang=lang,
        qid=record.qid if record is not None else None,
        canonical=record.id if record is not None else None,
        institution=None if record is not None else found.key,
        location_qid=found.qid,
    )


def _place_mention(found: Institution, text: str, *, lang: str, offset: int, gazetteer: Gazetteer) -> EntityMention | None:
    """The country named inside an English institution phrase, as a name of the place with the
    offsets of its own words ("U.S." in "the U.S. government", linked to the United States), beside
    the institution located there (:func:`kg.extract.institutions.place_record`)."""
    record = place_record(found, text, gazetteer)
    if record is None or found.place is None:
        return None
    a, b = found.place
    return EntityMention(
        start=a + offset, end=b + offset, text=text[a:b], label="LOC", extractor="institution place+gazetteer",
        lang=lang, qid=record.qid, canonical=record.id,
    )


def _exact_record(
    gazetteer: Gazetteer, surface: str, label: EntityLabel, *, same_type: bool = False, features: bool = True, subdivisions: bool = True
) -> GazetteerRecord | None:
    """The gazetteer's record of the name ``surface`` the model typed ``label``: one of that type if
    any, else any other, but a natural feature's of another type only after an article (``features``:
    "the Danube" read as a product is the river, "a deal with Nile, a sportswear maker" a company;
    issue 21, rvn28b)."""
    # A state's or province's name the model read as a person or a company is that ("Victoria",
    # "Virginia", « l'impératrice Victoria »): the gazetteer's state only where it reads a place.
    # Nor where the text makes it no state (``subdivisions``: "Virginia Tech", "the Mississippi").
    records = [r for r in gazetteer.lookup(surface) if (r.type == label and subdivisions) or place_kind(r) != "subdivision"]
    if not features:
        records = [r for r in records if r.type == label or not is_feature_record(r.id)]
    typed = [r for r in records if r.type == label]
    if same_type:
        records = typed
    return _pick_record(typed or records, surface) if records else None


# --- merging within a document ---------------------------------------------------------------------


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


# The opening bracket (and the spaces around it) right before a mention.
_BRACKET_BEFORE = re.compile(r"\s*\(\s*$")


# An acronym in brackets right after a name: "(USAF)", "( SIA )".
_BRACKETED_ACRONYM = re.compile(r"[ \t]*\([ \t]*(?P<acronym>[A-Z][A-Z&]{1,7})[ \t]*\)")


def bracketed_acronyms(found: Sequence[Candidate], text: str) -> list[Candidate]:
    """English: the acronym in brackets right after an organisation's name, made of the initials of
    its capitalised words ("the United States Air Force (USAF)"), that no candidate covers: the
    organisation's short name. An acronym of other letters ("Acme Group (NYSE)"), after a place, a
    person or an enumeration ("Maintenance, Repair and Overhaul (MRO)"), or already read as something
    else, is not taken."""
    out: list[Candidate] = []
    for cand in found:
        match = _BRACKETED_ACRONYM.match(text, cand.end)
        if cand.label != "ORG" or match is None:
            continue
        a, b = match.span("acronym")
        if any(o.start < b and a < o.end for o in found):
            continue
        acronym = match.group("acronym")
        name = _without_legal_suffix(name_part(text[cand.start : cand.end]))
        if "," in name:
            continue  # an enumeration of capitalised nouns names a term: "Maintenance, Repair and Overhaul (MRO)"
        if acronym.replace("&", "") in {_initials(name).replace("&", ""), _initials(_without_legal_suffix(name)).replace("&", "")} \
                or _initials_reordered(acronym, name) or _initials_in_order(acronym, name):
            out.append(Candidate(a, b, "ORG", "acronym", evidence=(f"acronym in brackets: {acronym} = {name}",)))
    return out


def exchange_acronyms(found: Sequence[Candidate], text: str) -> list[Candidate]:
    """English: an exchange's acronym in brackets right after the exchange named in full where
    shares trade there (a market, FIN: "fell 4.9 % on the New York Stock Exchange ( NYSE )"), read
    as the same market, not the company that runs it; the acronym is the name's initials or a
    short name of ``xx/exchange_short_names``."""
    # The market whose bracketed acronym starts at each offset.
    markets: dict[tuple[int, int], Candidate] = {}
    for c in found:
        if c.label == "FIN" and (bracket := _BRACKETED_ACRONYM.match(text, c.end)) is not None and is_exchange_name(text[c.start : c.end]):
            markets[bracket.span("acronym")] = c
    if not markets:
        return list(found)
    out = []
    for cand in found:
        market = markets.get((cand.start, cand.end))
        if market is not None and cand.label == "ORG":
            acronym = text[cand.start : cand.end]
            name = name_part(text[market.start : market.end])
            if is_exchange_name(acronym) or _initials_in_order(acronym, name) or acronym == _initials(name):
                cand = replace(cand, label="FIN", record=None, evidence=(*cand.evidence, f"acronym of a market: {acronym} = {name}"))
        out.append(cand)
    return out


# The capitalised words of a name that ends right before an opening bracket, "of", "and" and "on"
# inside it ("the Foreign Corrupt Practices Act (", "the Markets in Crypto-Assets Regulation (").
_NAME_BEFORE_BRACKET = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|on|in|for|the)[ \t]+)?[A-Z][\w'’-]*)*)[ \t]*\([ \t]*$")


def law_acronyms(found: Sequence[Candidate], text: str) -> list[Candidate]:
    """English: the acronym in brackets right after the name of a law, a programme or a treaty,
    whose last word is such a name's head (``en/name_kind_heads`` read as products, "Act",
    "Program"; ``en/law_name_heads``, "Directive", "Agreement") and whose initials the acronym
    takes in order, is that law's short name, typed as the law is (a product, as MEANTIME
    annotates a law), not the organisation NER reads ("the Digital Services Act (DSA)", "the
    Foreign Corrupt Practices Act (FCPA)"; review rvn34). An agency's name is no law's: "the
    Securities and Exchange Commission (SEC)" stays an organisation."""
    heads = {w for w, kind in word_map("en", "name_kind_heads").items() if kind == "PRO"} | word_set("en", "law_name_heads")
    out = []
    for cand in found:
        if cand.label == "ORG" and text[cand.end : cand.end + 1] in (")", " ", "\t"):
            before = _NAME_BEFORE_BRACKET.search(text, max(0, cand.start - 120), cand.start)
            acronym = text[cand.start : cand.end]
            closed = re.match(r"[ \t]*\)", text[cand.end :]) is not None
            name = re.sub(r"^[Tt]he[ \t]+", "", before.group("name")) if before is not None else ""
            if closed and name and name.split()[-1].casefold() in heads and _initials_in_order(acronym, name):
                cand = replace(cand, label="PRO", record=None, evidence=(*cand.evidence, f"acronym of a law: {acronym} = {name}"))
        out.append(cand)
    return out


def _initials_in_order(acronym: str, name: str) -> bool:
    """Whether ``acronym`` (three letters or more) is made of initials of the words of ``name`` in
    order, from the first word's to the last word's, a word left out or a lower-case one taken in
    ("ERCOT" of "Electric Reliability Council of Texas", "NICE" of "National Institute for Health
    and Care Excellence"); not of other letters ("NYSE" of "Acme Group")."""
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()).upper()
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper() or len(initials) < 3:
        return False
    if acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    return _in_order(acronym, initials)


def typed_bracketed_acronyms(found: Sequence[Candidate], text: str) -> list[Candidate]:
    """French: the acronym in brackets right after an organisation's name, made of the initials of
    its words but articles and prepositions (« l'Agence régionale de santé (ARS) », « la Caisse
    nationale d'assurance maladie (CNAM) »), is that organisation's short name: a reading of it as a
    place or a person, which the gazetteer does not vouch for, becomes an organisation."""
    out = list(found)
    for cand in found:
        match = _BRACKETED_ACRONYM.match(text, cand.end)
        if cand.label != "ORG" or match is None:
            continue
        a, b = match.span("acronym")
        acronym = match.group("acronym").replace("&", "")
        name = name_part(text[cand.start : cand.end])
        if len(acronym) < 2 or not (acronym == _content_initials(name) or _letters_in_order(acronym, _content_initials(name))):
            continue
        for k, other in enumerate(out):
            if (other.start, other.end) == (a, b) and other.label in ("LOC", "PER") and other.record is None:
                out[k] = replace(other, label="ORG", evidence=(f"acronym in brackets: {match.group('acronym')} = {name}",))
    return out


def _letters_in_order(acronym: str, name: str) -> bool:
    """Whether the letters of ``acronym`` are letters of ``name`` in order, the first one the
    name's initial ("SIA" in "Singapore Airlines")."""
    letters = "".join(c for c in name.upper() if c.isalpha())
    if not letters or letters[0] != acronym[0]:
        return False
    return _in_order(acronym, letters)


def _in_order(acronym: str, letters: str) -> bool:
    """Whether the letters of ``acronym`` occur in ``letters`` in order (a subsequence)."""
    k = 0
    for c in letters:
        if k < len(acronym) and c == acronym[k]:
            k += 1
    return k == len(acronym)


def _initials_reordered(acronym: str, name: str) -> bool:
    """Whether ``acronym`` (three letters or more) is the initials of ``name``'s capitalised words
    in another order: the acronym of the name in its own language, translated ("the International
    Cycling Union (UCI)", "the International Ski Federation (FIS)")."""
    initials = _initials(name)
    return len(acronym) >= 3 and acronym.isalpha() and acronym != initials and sorted(acronym) == sorted(initials)


def _initials(surface: str) -> str:
    """Initials of the capitalised words; a word written in capitals gives all its letters ("US Air
    Force", "U.S. Air Force" -> "USAF")."""
    words = [w for w in re.split(r"[\s\-]+", surface) if w and w[0].isupper()]
    return "".join(w.replace(".", "") if _is_capitals(w) else w[0] for w in words)


def _is_capitals(word: str) -> bool:
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _without_legal_suffix(surface: str) -> str:
    """``surface`` without the legal suffixes that end it ("Acme Aerospace N.V." -> "Acme
    Aerospace"), which its acronym leaves out."""
    words = surface.split()
    suffixes = word_set("xx", "legal_suffixes")
    while len(words) > 1 and words[-1].casefold() in suffixes:
        words.pop()
    return " ".join(words)


def _without_legal_suffixes(surface: str) -> list[str]:
    """``surface`` with one, then two... of the legal suffixes that end it taken off ("American
    International Group Inc." -> "American International Group", "American International"): a
    suffix word may also be the name's own last word, which its acronym keeps."""
    words = surface.split()
    suffixes = word_set("xx", "legal_suffixes")
    forms = []
    while len(words) > 1 and words[-1].casefold() in suffixes:
        words.pop()
        forms.append(" ".join(words))
    return forms


def _content_initials(surface: str) -> str:
    """Initials of every word but articles and prepositions, upper-cased: "Organisation mondiale
    de la santé" -> "OMS" (French names keep their later words in lower case)."""
    skipped = word_set("xx", "acronym_skipped_words")
    words = []
    for w in re.split(r"[\s\-]+", surface.replace("’", "'")):
        low = w.lower()
        if low[:2] in ("l'", "d'") and len(low) > 2:
            w, low = w[2:], low[2:]
        if w and low not in skipped and w[0].isalpha():
            words.append(w)
    return "".join(w[0] for w in words).upper()


# How far apart two names may be for the words between them to relate them ("EADS, the parent
# company of European airframer Airbus").
_RELATION_GAP = 60
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _split_related_aliases(
    mentions: Sequence[EntityMention], text: str, *, gazetteer: Gazetteer, lang: str
) -> Sequence[EntityMention]:
    """Two names the gazetteer files under one record are two companies in a document that relates
    them ("Acme parent Zorba", "Zorba, the parent company of Acme", "Acme is owned by Zorba"): the
    record keeps the mentions of its own label, the mentions of its other names become plain names
    (a former or parent company kept as an alias), which the acronym and short-form rules may join.
    Nothing changes when no mention has the label."""
    relation = word_sets("corporate_relation_words").get(lang, frozenset())
    by_record: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.canonical and m.label == "ORG":
            by_record[m.canonical].append(i)
    dropped: set[str] = set()  # record and normalised name (tab-separated) of another company
    for record_id, members in by_record.items():
        names = {i: normalise_name(name_part(mentions[i].text)) for i in members}
        if len(set(names.values())) < 2:
            continue
        record = gazetteer.by_id(record_id)
        label = normalise_name(record.label("en")) if record is not None else ""
        if label not in names.values():
            continue
        for a in members:
            for b in members:
                first, second = mentions[a], mentions[b]
                if names[a] == names[b] or first.end > second.start or second.start - first.end > _RELATION_GAP:
                    continue
                between = {w.casefold() for w in _WORD.findall(text[first.end : second.start])}
                if between & relation and label in (names[a], names[b]):
                    dropped.update(f"{record_id}\t{name}" for name in names.values() if name != label)
    if not dropped:
        return mentions
    return [
        replace(m, canonical=None, qid=None)
        if m.canonical and f"{m.canonical}\t{normalise_name(name_part(m.text))}" in dropped
        else m
        for m in mentions
    ]


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """``part`` is a run of consecutive words of ``words``."""
    n = len(part)
    return any(words[k : k + n] == part for k in range(len(words) - n + 1))


def _singular_model(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The model's name a plural product name stands for ("a380s" -> "a380", "boeing 787
    dreamliners" -> "boeing 787 dreamliner"), None when the last word is no plural ("airbus",
    "class")."""
    last = words[-1] if words else ""
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is", "'s")):
        return None
    return (*words[:-1], last[:-1])


def _short_form_key(norm: str) -> str | None:
    """The name an organisation's short form would have: "acme inc" -> "acme" (a legal or group
    suffix dropped). None when nothing is dropped."""
    words = norm.split()
    suffixes = word_set("xx", "legal_suffixes")
    cut = len(words)
    while cut > 1 and words[cut - 1] in suffixes:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) else None


def _name_words(m: EntityMention, norm: str) -> list[str]:
    """The words of the name of ``m`` whose last one is a surname: in English as written, so that a
    hyphenated surname is one word ("Kofi Adjei-Mensah" ... "Adjei-Mensah", "Matteo Rinaldi-Costa"
    ... "Rinaldi-Costa"; issue 21, n21i), which the normalised name ``norm`` splits in two; in
    French the words of ``norm``, as before."""
    return mention_name(m).split() if m.lang == "en" else norm.split()


# A person's age set off by commas right after a name: "Lima, 24,", "Lima , aged 24 ,".
_AGE_AFTER = re.compile(r"[^\S\n]?,[^\S\n]?(?:aged[^\S\n])?\d{1,3}[^\S\n]?,")
# What follows a number in a list of names with counts, no age: "Lima, 14, Arequipa, 9, and Cusco, 5".
_COUNTED_NEXT = re.compile(r"[^\S\n]*(?:and[^\S\n]+)?[A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*)*[^\S\n]?,[^\S\n]?\d")


def _age_after(text: str, end: int) -> bool:
    """Whether a person's age is set off by commas right after ``end`` ("Lima, 24, scored"), not a
    count in a list of names with numbers ("cases by city: Lima, 14, Arequipa, 9": rv23a)."""
    age = _AGE_AFTER.match(text, end)
    return age is not None and _COUNTED_NEXT.match(text, age.end()) is None


# A middle initial in a person's normalised name ("julia m hartley").
_MIDDLE_INITIAL = re.compile(r"(?<= )[a-z](?= )")


def _without_middle_initials(name: str) -> str:
    """The normalised person's name ``name`` without its middle initials ("julia m hartley":
    "julia hartley")."""
    return " ".join(_MIDDLE_INITIAL.sub("", name).split())


def _one_person(names: set[str]) -> bool:
    """Whether the normalised full names ``names`` are one person's: one name, or one name written
    with and without one middle initial ("Julia Hartley", "Julia M. Hartley"). Two names with two
    different initials are two people ("George H. Walker", "George W. Walker")."""
    if len(names) <= 1:
        return len(names) == 1
    bare = {_without_middle_initials(n) for n in names}
    return len(bare) == 1 and sum(1 for n in names if n not in bare) == 1 and len(names) == 2


# The end of a sentence between two names: a stop and a capital after it ("... Hartley. Ms. ...").
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")


def _named_in_one_sentence(names: set[str], mentions: Sequence[EntityMention], norms: Sequence[str], text: str) -> bool:
    """Whether two of the normalised full names ``names`` are written in one sentence: two people
    ("George W. Bush met George Bush", "Robert A. Smith, a lawyer, and Robert Smith, a plumber"),
    one person being named in full once a sentence."""
    if not text:
        return False
    spots = sorted((m.start, m.end, norms[i]) for i, m in enumerate(mentions) if m.label == "PER" and norms[i] in names)
    for (_, end, a), (start, _, b) in zip(spots, spots[1:]):
        if a != b and start >= end and _SENTENCE_BREAK.search(text, end, start + 2) is None:
            return True
    return False


def _company_short_form_first(i: int, hosts: Sequence[int], mentions: Sequence[EntityMention], norms: Sequence[str], firsts: Mapping[str, int]) -> bool:
    """Whether the one-word name ``mentions[i]``, which the full person names ``hosts`` end with,
    comes before any of them and after an organisation's name of several words that opens with it:
    "Okonjo Cement Plc reported ... Okonjo plans ... The company's founder, Aliko Okonjo": the
    company's short form, not its founder, named only later (issue 17, c30a). The name must end
    with a company's word or legal suffix (``xx/company_heads``, ``en/company_tail_words``,
    ``xx/legal_suffixes``): a foundation, an organisation or a library named after a person is
    no company whose short form the surname is ("The Clinton Foundation ... Clinton said ...
    Hillary Clinton", "The Trump Organization ... Trump said": the person, rvc30). ``firsts``:
    :func:`_company_first_starts` of the same mentions."""
    start = mentions[i].start
    if any(mentions[j].start < start for j in hosts):
        return False
    return firsts.get(norms[i], start) < start


def _company_first_starts(mentions: Sequence[EntityMention], norms: Sequence[str]) -> dict[str, int]:
    """The first word of each organisation's name of several words that ends with a company's word
    (:func:`_company_short_form_first`), with the earliest start of such a name: one pass over the
    mentions, where each one-word person name read every mention of the document again (quadratic
    in the length of one long document: 217 names × 13,000 mentions at 1.9 MB, pl34a)."""
    ends = word_set("xx", "company_heads") | word_set("en", "company_tail_words") | word_set("xx", "legal_suffixes")
    firsts: dict[str, int] = {}
    for k, m in enumerate(mentions):
        if m.label == "ORG" and len(parts := norms[k].split()) > 1 and (words := m.text.split()) and words[-1].lower() in ends:
            if m.start < firsts.get(parts[0], m.start + 1):
                firsts[parts[0]] = m.start
    return firsts


def _particle_surname(words: Sequence[str]) -> bool:
    """Whether ``words`` are a surname of particles of ``xx/name_particles`` and a capitalised last
    word, the first particle capitalised as a sentence or a headline writes it ("Von der Leyen",
    "De La Faverie")."""
    particles = word_set("xx", "name_particles")
    return len(words) > 1 and all(w.casefold() in particles for w in words[:-1]) and words[-1][:1].isupper()


def _english_surname(words: Sequence[str]) -> str | None:
    """The surname an English person's name ``words`` (given names first) is taken up by, when it
    is not its last word alone (issue 21, n29a): the word before a generation's suffix
    (``xx/name_generation_suffixes``: "John D. Rockefeller IV" ... "Rockefeller"), and a surname
    with lower-case particles before it, particles included ("Ursula von der Leyen" ... "Von der
    Leyen", "Stephane de La Faverie" ... "de La Faverie"). None otherwise."""
    suffixes = word_set("xx", "name_generation_suffixes")
    if len(words) > 2 and words[-1].casefold().strip(",") in suffixes:
        return words[-2]
    particles = word_set("xx", "name_particles")
    k = next((j for j in range(1, len(words) - 1) if words[j] in particles), None)
    if k is None or not all(w.casefold() in particles or w[:1].isupper() for w in words[k:]) or not words[-1][:1].isupper():
        return None
    return " ".join(words[k:])


def _surnames_as_people(mentions: Sequence[EntityMention], text: str = "") -> Sequence[EntityMention]:
    """A one-word name tagged ORG or LOC that is the surname of exactly one person named in full in
    the document is that person ("Steve Jobs ... Jobs said"): the model, seeing the surname alone,
    often takes it for a company. Gazetteer names keep their type, but for a place's or a company's
    name with an age set off after it ("Rafael Lima ... Lima, 24, scored": no city has an age; issue
    17, c23a; "Mary Ford ... Ford, 52,": nor a company, c30a)."""
    surnames: dict[str, set[str]] = defaultdict(set)
    # The words after the first particle of the particle surnames as the full names write them:
    # "Von der Leyen" takes up "Ursula von der Leyen", "De La Rue" is no "Thomas de la Rue"'s
    # (the firm named after him; review rvn29a).
    tails: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label == "PER":
            words = _name_words(m, normalise_name(mention_name(m)))
            if len(words) > 1:
                surnames[normalise_name(words[-1])].add(normalise_name(mention_name(m)))
            if m.lang == "en" and (surname := _english_surname(words)) is not None:
                surnames[normalise_name(surname)].add(normalise_name(mention_name(m)))
                if (written := _english_surname(mention_name(m).split())) is not None:
                    tails.add(tuple(written.split()[1:]))
    if not surnames:
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.label == "PER" or m.institution or not m.text[:1].isupper():
            continue
        if " " in m.text.strip() and not (m.lang == "en" and m.label == "ORG" and _particle_surname(m.text.split()) and tuple(m.text.split()[1:]) in tails):
            continue  # (a place of several words may be named after the person: "flights to De Gaulle")
        # (nor has a company: "Mary Ford ... Ford, 52, joined the automaker" is no Ford Motor)
        # (nor speaks of himself: "Michael Jordan ... Jordan said he would keep a stake" is no
        # country; issue 21, n35a)
        aged = m.canonical is not None and m.label in ("LOC", "ORG") and bool(text) and (_age_after(text, m.end) or (m.lang == "en" and speaks_of_self_after(text, m.end)))
        if m.canonical and not aged:
            continue
        if _one_person(surnames.get(normalise_name(m.text), set())):
            out[i] = replace(m, label="PER", qid=None, canonical=None, location_qid=None) if aged else replace(m, label="PER")
    return out


def with_model_mentions(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """``mentions`` plus the models that a product's mention names after a maker or before a kind
    of product, read again elsewhere in the document without it ("the A380", "787s", "the
    Dreamliner": :func:`kg.extract.products.model_mentions`). Read over the whole document, so
    that its windows do not change what is found."""
    found = [Candidate(m.start, m.end, m.label, m.extractor, evidence=m.evidence, maker=m.maker) for m in mentions]
    added = model_mentions(found, text)
    if not added:
        return list(mentions)
    lang = next((m.lang for m in mentions if m.label == "PRO"), "")
    extra = [EntityMention(c.start, c.end, text[c.start : c.end], "PRO", c.extractor, lang, evidence=c.evidence, maker=c.maker) for c in added]
    return sorted([*mentions, *extra], key=lambda m: m.start)


_ROMAN = re.compile(r"[IVXLC]+")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-Þ][\w'’-]*)[^\S\n]+$")
_PARTICLE_NAME_AFTER = re.compile(r"[^\S\n]+(?:de|d['’]|von|van)[^\S\n]*[A-ZÀ-Þ]")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` ends or starts a longer name the model missed: after
    a capitalised word that is no article ("Mac Neil") or before a particle and a name ("Barbey
    d'Echallens"). Read for French only (an English surname follows a capitalised role: "CEO
    Jobs")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group("word").casefold() not in word_set("xx", "determiners"):
        return True
    return _PARTICLE_NAME_AFTER.match(text, end) is not None


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;—«\n])[\s\"“]*$")
# What may stand right before a name read again: a punctuation mark, a bracket, or a preposition of
# place or a conjunction ("à Zuoz", "Chirac et Cotti"); after a noun the name may belong to a longer
# mention ("la capsule Dragon", "le château de Montretout").
# (a punctuation mark of prose or of OCR, « \\ »: not "/", "@", "#" of an address, a handle or a tag)
_REPEATED_BEFORE = re.compile(r"(?:^|[,;:.!?()\[\]«»\"“”—–\\|]|(?<![\w'’])(?:à|en|vers|et|ou))[^\S\n]*$")


def _free_occurrences(
    text: str, words: Sequence[str], mentions: Sequence[EntityMention], after: str, *, possessive: bool = False
) -> Iterator[re.Match[str]]:
    """The whole-word occurrences of ``words`` (longest first) in ``text`` that overlap no mention,
    with ``after`` (a look-ahead) true after them; with ``possessive`` also before an English
    possessive ending ("Adjei-Mensah's team-mate", "Jobs' speech")."""
    end = r"(?![\w-])(?!['’](?:[^\Ws]|s\w))" if possessive else r"(?![\w'’-])"
    pattern = re.compile(rf"(?<![\w.'’-])(?:{'|'.join(map(re.escape, words))}){end}{after}")
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    for match in pattern.finditer(text):
        a, b = match.span()
        i = bisect_right(starts, a)
        if not ((i > 0 and spans[i - 1][1] > a) or (i < len(spans) and spans[i][0] < b)):
            yield match


# Up to two capitalised words right before a name, on its line ("Lower " before "Saxony").
_LEADING_CAPITALS = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[^\S\n]+){1,2})$")


def with_cut_leading_words(text: str, mentions: Sequence[EntityMention], lang: str) -> list[EntityMention]:
    """English: a name whose first words NER left out where the document names it in full elsewhere
    ("the state of Lower Saxony" ... "Lower Saxony's premier", read as "Saxony"): the mention takes
    the words back, with the type and the record of the full name's mention. Only capitalised words
    right before it on its line, that no other mention holds."""
    if lang != "en":
        return list(mentions)
    full: dict[str, EntityMention] = {}
    for m in mentions:
        name = normalise_name(name_part(m.text))
        if " " in name and m.label in _NAME_TYPES:
            full.setdefault(name, m)
    if not full:
        return list(mentions)
    ends = sorted(m.end for m in mentions)
    out = []
    for m in mentions:
        before = _LEADING_CAPITALS.search(text, max(0, m.start - 40), m.start) if m.label in _NAME_TYPES else None
        if before is not None:
            for word in re.finditer(r"\S+", before.group(1)):
                if word.group().casefold() in word_set("xx", "determiners"):
                    continue  # "The New York office": an article, no word of the name
                start = before.start(1) + word.start()
                host = full.get(normalise_name(f"{text[start : m.start]}{name_part(m.text)}"))
                if host is not None and host.start != start and not any(start < e <= m.start for e in ends):
                    m = replace(m, start=start, text=text[start : m.end], label=host.label, qid=host.qid, canonical=host.canonical, evidence=(*m.evidence, f"full name: {host.text}"))
                    break
        out.append(m)
    return out


# A capitalised kind noun opening a line, then the rest of a name ("Retailer Fairway Foods").
_OPENING_KIND = re.compile(r"([A-Z][a-z-]+)[^\S\n]+(?=\S)")


def with_dropped_kind_words(text: str, mentions: Sequence[EntityMention], lang: str) -> list[EntityMention]:
    """English: a name that a line opens with a kind noun NER took into it ("Retailer Fairway Foods
    to close stores", "Carrier Skyline Airways grounds jets": headlines drop the article of
    "retailer Fairway Foods"), where the document names it without that noun elsewhere: the
    mention loses the noun (``coref_nouns``: "retailer", "carrier", "grocer") and takes the type and
    the record of the other mention. Only at the start of a line, where the capital says nothing, and only a name
    written once with the noun ("Carrier Global ... Carrier Global said" is the name)."""
    if lang != "en":
        return list(mentions)
    kinds = word_map("en", "coref_nouns")
    full: dict[str, EntityMention] = {}
    for m in mentions:
        if m.label in _NAME_TYPES:
            full.setdefault(normalise_name(name_part(m.text)), m)
    # "Carrier Global to cut jobs \n Carrier Global said ...": a name the text writes twice with
    # the noun is the name ("Global sales fell" is no short form of it).
    said = Counter(m.text for m in mentions)
    out = []
    for m in mentions:
        opening = _OPENING_KIND.match(m.text) if m.label in _NAME_TYPES and (m.start == 0 or text[m.start - 1] == "\n") and said[m.text] == 1 else None
        if opening is not None and opening.group(1).lower() in kinds:
            start = m.start + opening.end()
            host = full.get(normalise_name(name_part(text[start : m.end])))
            if host is not None and host.start != start:
                m = replace(m, start=start, text=text[start : m.end], label=host.label, qid=host.qid, canonical=host.canonical, evidence=(*m.evidence, f"kind noun dropped: {host.text}"))
        out.append(m)
    return out


def with_repeated_names(text: str, mentions: Sequence[EntityMention], *, segments: Sequence[Segment] = ()) -> list[EntityMention]:
    """French: ``mentions`` plus the other occurrences of a one-word name of a person or a place
    that the model found once and missed elsewhere in the document ("Zuoz ... : Zuoz est une
    bourgade", "Gaspard et Melchior. Melchior au siège d'Arras"). The word is written the same,
    every mention of it in the document has one label, and it stands outside every mention and
    outside a longer name (no capitalised word right before or after it), after a punctuation mark,
    « à », « en », « vers », « et » or « ou » (after a noun it may belong to a longer mention: « la
    capsule Dragon », « le château de Montretout »). A common word of the language is not read
    again at the head of a sentence, where a capital says nothing. With ``segments`` (the
    document's language segments), only inside the French ones: an English quotation is not read
    by French rules."""
    labels: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.lang == "fr" and m.label in ("PER", "LOC", "ORG"):
            labels[m.text].add(m.label)
    words = sorted(
        (w for w, found in labels.items() if len(found) == 1 and next(iter(found)) in ("PER", "LOC") and len(w) > 2 and w.isalpha() and w[0].isupper() and not w.isupper()),
        key=len,
        reverse=True,
    )
    if not words:
        return list(mentions)
    added = []
    for match in _free_occurrences(text, words, mentions, r"(?![^\S\n]+[A-ZÀ-Þ])"):
        a, b = match.span()
        if not _REPEATED_BEFORE.search(text, max(0, a - 8), a) or _inside_longer_name(text, a, b) or not_a_name_here(text, a, b, "fr"):
            continue
        if is_dictionary_word(match.group(), "fr") and _SENTENCE_START_BEFORE.search(text, max(0, a - 6), a):
            continue
        if segments and not any(seg.lang == "fr" and seg.start <= a and b <= seg.end for seg in segments):
            continue
        label = next(iter(labels[match.group()]))
        added.append(EntityMention(a, b, match.group(), label, "repeated name", "fr"))  # type: ignore[arg-type]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else list(mentions)


# The lower-case word right after a name.
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)\b")
# Right before an English organisation's name read again: the start of a line, a punctuation mark
# or a lower-case word, not a capitalised one (the name would end a longer one: "Kenya Airways").
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’.&-]*[^\S\n]+$")


def with_repeated_organisations(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """English: ``mentions`` plus the other occurrences of a one-word organisation name that the
    model found and missed elsewhere in the document, mostly in a headline or at the head of a
    sentence ("E.ON and RWE agree asset swap" ... "German utilities E.ON and RWE agreed", "KPMG
    fined over Carillion audit" ... "the collapsed builder Carillion"). The word is written the
    same, every mention of it in the document is an organisation, it is no word of the dictionary
    (a capital says little there) and it stands outside every mention and outside a longer name: no
    capitalised word right before it on its line, nor after it."""
    labels: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.lang == "en":
            labels[m.text].add(m.label)
    gazetteer = default_gazetteer()
    given = word_set("xx", "given_names")
    place_named = word_set("en", "place_named_institution_nouns")
    # The first word of a company's name of several capitalised words, its short form ("CVC Capital
    # Partners", "NHS England"), unless the gazetteer knows it as something else ("Kenya Airways")
    # or the rest is an institution's noun after the place it is named after
    # (``en/place_named_institution_nouns``: "Medway Council", "Keele University").
    firsts = {
        first for m in mentions
        if m.lang == "en" and m.label == "ORG" and len(words_of := _LEADING_THE_WORD.sub("", m.text).split()) > 1
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words_of)
        and (first := words_of[0]) not in labels and first.casefold() not in given
        and not any(r.type != "ORG" for r in gazetteer.lookup(first))
        and not all(w.casefold() in place_named for w in words_of[1:])
    }
    words = sorted(
        (
            w for w, found in [*labels.items(), *((f, {"ORG"}) for f in firsts)]
            if found == {"ORG"} and len(w) > 2 and " " not in w and w[0].isupper() and any(c.isalpha() for c in w[1:])
            and not is_dictionary_word(w, "en")
        ),
        key=len,
        reverse=True,
    )
    if not words:
        return list(mentions)
    # The other words of the longer names each word begins: the word before one of them in lower
    # case is the longer name said shorter ("Dunmore council" of "Dunmore City Council"), which a
    # description's chain takes up, and the word alone there may be the place it is named after.
    rests: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.lang == "en" and m.label == "ORG" and len(words_of := _LEADING_THE_WORD.sub("", m.text).split()) > 1:
            rests[words_of[0]].update(w.casefold() for w in words_of[1:])
    added = []
    for match in _free_occurrences(text, words, mentions, r"(?![^\S\n]+[A-Z])", possessive=True):
        a, b = match.span()
        if _CAPITALISED_WORD_BEFORE.search(text, max(0, a - 30), a) or not_a_name_here(text, a, b, "en"):
            continue
        after = _NEXT_WORD.match(text, b)
        if after is not None and after.group(1) in rests.get(match.group(), set()):
            continue
        added.append(EntityMention(a, b, match.group(), "ORG", "repeated name", "en", evidence=("organisation named elsewhere",)))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else list(mentions)


_SUFFIX_TAIL = re.compile(r"[^\S\n]+\S+(?:[^\S\n]*\.)?$")


def without_unnamed_people(mentions: Sequence[EntityMention], text: str | None = None) -> list[EntityMention]:
    """English: ``mentions`` without the people of one word that the document never names in full.
    News introduces a person by given name and surname ("Steve Jobs" ... "Jobs said"), with a title
    ("Mr. Wolfowitz") or a role ("Analyst Roe"); a lone capitalised word NER calls a person and the
    text writes nowhere else in a person's name is a company ("a chip made by Qualcomm", "Goldman
    Sachs and Rothschild advised"), a product ("the Darwin kernel") or a common word ("Black and
    White"), more often than a person (MEANTIME dev, whole documents: 18 of 21). A given name alone
    (``xx/given_names``), a mention the gazetteer knows or typed by evidence, and a word that
    another name of the text holds ("Douglas" ... "McDonnell Douglas") stay; the first word of a
    company's name of several words is that company ("Northsea Energy said ... Northsea also
    said": ORG). So does, when ``text`` is given, a word that the text shows as a person's in one
    of its places (:func:`_person_in_context`: "striker Okafor", "Secretary Wolfowitz", "Ronaldo,
    who", "Zephyra, 27,"), as sport and entertainment news name players and artists by surname or
    by one name alone, and one listed with a person who stays (:func:`_listed_with_people`:
    "Jay-Z and Beyonce, 36,")."""
    named = {w for m in mentions if m.label == "PER" and " " in m.text for w in m.text.split()}
    if text is not None:
        people = sorted(m.start for m in mentions if m.label == "PER")
        named |= {m.text for m in mentions if m.label == "PER" and " " not in m.text and (_person_in_context(text, m.start, m.end) or _taken_up_as_person(text, m.end, people))}
        named |= _listed_with_people(text, mentions, named)
    # A word of another name ("ending Douglas era" ... "Douglas Aircraft") is that name's short form.
    others = {w for m in mentions if m.label != "PER" for w in m.text.split()}
    # The first word of a company's name of several words is its short form ("Northsea Energy said
    # ... Northsea also said").
    companies = {_LEADING_THE_WORD.sub("", m.text).split()[0]: m.text for m in mentions if m.label == "ORG" and len(_LEADING_THE_WORD.sub("", m.text).split()) > 1}
    given = word_set("xx", "given_names")
    listed = _listed_kinds(text, mentions) if text is not None else {}
    # The leading words of a company's longer name ("Siemens Gamesa" of "Siemens Gamesa Renewable
    # Energy"), the first of them an organisation the gazetteer knows ("Siemens"): a person's
    # reading of them, with no evidence, is the company's short form; not when the first word is a
    # given name or an unknown word ("Roald Dahl" of "The Roald Dahl Story Company" is the author).
    longer = [_LEADING_THE_WORD.sub("", m.text) for m in mentions if m.label == "ORG" and m.lang == "en"]
    out = []
    for m in mentions:
        word = m.text
        if (
            m.label == "PER" and m.lang == "en" and " " in word and m.qid is None and not m.evidence and word.split()[0].casefold() not in given
            and not (text is not None and _person_in_context(text, m.start, m.end))
            and {r.type for r in default_gazetteer().lookup(word.split()[0])} == {"ORG"}
        ):
            full = next((name for name in longer if name.startswith(word + " ")), None)
            if full is not None:
                m = replace(m, label="ORG", evidence=(f"short form of: {full}",))
        if m.label == "PER" and m.lang == "en" and " " not in word and m.qid is None and not m.evidence and word not in named:
            if word in companies:
                m = replace(m, label="ORG", evidence=(f"short form of: {companies[word]}",))
            elif (kind := listed.get(m.start)) is not None:
                m = replace(m, label=kind, evidence=(f"{LISTED_KIND_EVIDENCE} {kind}",))
            elif word not in others and word.casefold() not in given:
                continue
        out.append(m)
    return out


# How the evidence of a lone name typed by the names listed beside it begins (:func:`_listed_kinds`).
LISTED_KIND_EVIDENCE = "listed with names of type:"


def _listed_kinds(text: str, mentions: Sequence[EntityMention]) -> dict[int, EntityLabel]:
    """English: the starts of the lone capitalised words the model read as people that a list
    (:data:`_LIST_GAP`: a comma, "and", "or") holds beside places only or organisations only, with
    that type ("counties Corvey, Galway and Donegal", "competes with Telvanta and Orange", "Goldman
    Sachs and Rothschild advised"): a list names one kind of thing, and such a word, which the text
    names nowhere as a person's, is a place or a company. Read both ways along the list, so that a
    run of such words follows the one typed name at its end. A list that holds a person too (in
    full, "Madonna and Sting Roe") is left to :func:`_listed_with_people`, and so is one whose
    only typed name is a place the model alone typed, of a name nothing else types
    (:func:`_typed_for_sure`: "backed Lerna, Quizly and Tutorium", Tutorium a GPE, as the model
    reads many a coined company name); two such places are enough ("counties Cork, Galway and
    Donegal")."""
    lone = {m.start for m in mentions if m.label == "PER" and " " not in m.text and m.qid is None and not m.evidence}
    runs = _list_runs(text, mentions)
    out: dict[int, EntityLabel] = {}
    for run in runs:
        typed = {m.label for m in run if m.start not in lone}
        if len(run) < 2 or len(typed) != 1 or not typed <= {"LOC", "ORG"}:
            continue
        kind = next(iter(typed))
        if kind == "LOC" and sum(m.start not in lone for m in run) < 2 and not any(m.start not in lone and _typed_for_sure(m) for m in run):
            continue  # "backed Lerna, Quizly and Tutorium": the model's GPE of one coined name is no kind to give the rest
        out.update((m.start, kind) for m in run if m.start in lone)
    return out


def _list_runs(text: str, mentions: Sequence[EntityMention]) -> list[list[EntityMention]]:
    """``mentions`` in text order, grouped into runs that only list separators join (``_LIST_GAP``)."""
    runs: list[list[EntityMention]] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if runs and runs[-1][-1].end <= m.start and _LIST_GAP.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# A plural noun of a kind of thing and what introduces examples of it, right before a list of names:
# "sites such as", "neighbourhoods like", "rivals, including".
_KIND_LIST_INTRO = re.compile(r"(?<![\w'’-])(?P<noun>[a-z]+)[^\S\n]*,?[^\S\n]+(?:such[^\S\n]+as|like|including)[^\S\n]+$")

# How the evidence of a name typed by the kind noun its list follows begins (:func:`with_kind_listed_types`).
KIND_LISTED_EVIDENCE = "listed after kind:"


def with_kind_listed_types(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """English: ``mentions`` with the names of a list that a plural noun of a kind of place or of
    organisation introduces ("neighbourhoods such as Ciutat Vella and Gracia", "price comparison
    sites such as Foundem and Kelkoo", "rivals including Acme") typed by that noun, where the model
    typed them otherwise and nothing else types them for sure (:func:`_typed_for_sure`: a gazetteer
    record, an institution, evidence of the text): the examples of a kind are things of that kind."""
    runs = _list_runs(text, mentions)
    retyped: dict[int, tuple[EntityLabel, str]] = {}
    for run in runs:
        first = run[0]
        if first.lang != "en" or (intro := _KIND_LIST_INTRO.search(text, max(0, first.start - 60), first.start)) is None:
            continue
        noun = intro.group("noun")
        if (kind := plural_kind(noun)) is None:
            continue
        for k, m in enumerate(run):
            # The list ends with its conjunction: a name after it and a comma is none of its
            # examples ("In countries such as Bangladesh and Cambodia, Primark said").
            if k > 1 and "," in text[run[k - 1].end : m.start] and re.search(r"\b(?:and|or)\b|&", text[run[k - 2].end : run[k - 1].start]):
                break
            if m.label in ("PER", "LOC", "ORG") and m.label != kind and not _typed_for_sure(m):
                retyped[id(m)] = (kind, noun)
    if not retyped:
        return list(mentions)
    return [
        replace(m, label=retyped[id(m)][0], evidence=(f"{KIND_LISTED_EVIDENCE} {retyped[id(m)][1]}",)) if id(m) in retyped else m
        for m in mentions
    ]


def _typed_for_sure(m: EntityMention) -> bool:
    """Whether the type of the mention ``m`` rests on more than the model's label of an unknown
    name: a gazetteer record or an institution, evidence of the text, or for an organisation a
    name ending in a company word ("Greyfield Capital": :func:`_company_head_name`)."""
    if m.qid or m.canonical or m.institution or m.evidence or (m.label == "ORG" and _company_head_name(m.text, m.lang)):
        return True
    return any(record_type(r, m.lang) == m.label for r in default_gazetteer().lookup(_LEADING_THE_WORD.sub("", m.text)))


_LEADING_THE_WORD = re.compile(r"^(?:[Tt]he)\s+")
# The word right before a mention, and what follows it: a relative pronoun or an age after a comma.
_LETTERS_BEFORE = re.compile(r"([A-Za-z][A-Za-z.-]*)[^\S\n]+$")
_PERSON_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*(?:(\d{1,3})[^\S\n]*,|([A-Za-z]+)\b)")


def _person_in_context(text: str, start: int, end: int) -> bool:
    """English: whether the words around the name at ``[start, end)`` say it is a person's: a role
    right before it, in lower case or as a title ("striker Okafor", "rapper Torvo", "Deputy Defense
    Secretary Wolfowitz", "Substitute Zanetti": the heads of ``en/role_titles``,
    ``en/articled_person_titles``, ``en/employee_nouns``, ``en/apposition_roles`` and
    ``en/person_role_nouns``), a relative pronoun of a person after a comma ("Ronaldo, who joined";
    ``en/person_relative_pronouns``) or an age between commas ("Zephyra, 27, wrote")."""
    before = _LETTERS_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _is_person_role(before.group(1).rstrip(".").casefold()):
        return True
    after = _PERSON_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1) is not None:
        return 0 < int(after.group(1)) < 120
    return after.group(2) is not None and after.group(2).casefold() in word_set("en", "person_relative_pronouns")


def _listed_with_people(text: str, mentions: Sequence[EntityMention], named: set[str]) -> set[str]:
    """English: the people of one word that ``mentions`` list, right beside them, with a person who
    stays, named in full, known, typed by evidence or in ``named`` ("Madonna and Sting Roe",
    "Jay-Z and Beyonce, 36,"): a list of names holds one kind of thing. Read both ways along the
    text, so that a whole list follows its one known person."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    given = word_set("xx", "given_names")

    def stays(m: EntityMention) -> bool:
        return m.label == "PER" and (" " in m.text or m.qid is not None or bool(m.evidence) or m.text in named or m.text in out or m.text.casefold() in given)

    out: set[str] = set()
    for pairs in (zip(ordered, ordered[1:]), zip(ordered[1:][::-1], ordered[::-1][1:])):
        for known, other in pairs:
            a, b = (known, other) if known.start < other.start else (other, known)
            if other.label == "PER" and " " not in other.text and a.end <= b.start and _LIST_GAP.fullmatch(text, a.end, b.start) and stays(known):
                out.add(other.text)
    return out


# Between two people's names of a list: a comma, "and", "or", or a comma and one of them ("&"
# joins partners' names in a firm's: "Ernst & Young").
_PEOPLE_LIST_GAP = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|(?:and|or)[^\S\n]+)")
_MAX_LISTED_NAME_WORDS = 3


def with_listed_full_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """English: ``mentions`` with the names of two or three capitalised words the model read as a
    company or a place, listed right beside a person named in full ("Serena Williams, Marketa
    Vondrousova and Ons Jabeur": :data:`_PEOPLE_LIST_GAP`), typed PER (issue 21, n29a): a list
    holds one kind of thing. Read both ways along the list, so that a run of such names follows
    the person at its end. The name's first word is a given name (``xx/given_names``) or no word
    of the dictionary ("Apple Music", "Blue Origin" stay), none of its words heads a company's or
    a place's name ("Salesforce Ventures"), no word of it is the person's ("Michael Bloomberg,
    Bloomberg Philanthropies": named after the person), and the gazetteer, an institution or
    evidence of its type do not type it; a name a word of ``xx/place_name_openers`` begins is a
    town's ("Gavin Newsom, San Jose and Santa Barbara"), and one that begins with no given name
    and goes on with a word of the dictionary a venue's ("Stamford Bridge"; review rvn29a)."""
    heads = word_set("xx", "place_heads") | word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "organisation_name_heads")
    given = word_set("xx", "given_names")
    openers = word_set("xx", "place_name_openers")

    def person_named(m: EntityMention) -> bool:
        words = m.text.split()
        return (
            m.lang == "en" and m.label in ("ORG", "LOC") and not m.canonical and not m.institution and not m.evidence
            and 2 <= len(words) <= _MAX_LISTED_NAME_WORDS
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() and w.casefold() not in heads for w in words)
            and (words[0].casefold() in given or not is_dictionary_word(words[0], "en"))
            # "Gavin Newsom, San Jose and Santa Barbara": a town's name (review rvn29a)
            and words[0].casefold() not in openers
            # "Mauricio Pochettino, Stamford Bridge and Chelsea fans": no given name first, then
            # a word of the dictionary is a venue's or a place's (review rvn29a)
            and (words[0].casefold() in given or not any(is_dictionary_word(w, "en") for w in words[1:]))
        )

    ordered = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, -mentions[i].end))
    out = list(mentions)
    for pairs in (zip(ordered, ordered[1:]), zip(ordered[1:][::-1], ordered[::-1][1:])):
        for k, j in pairs:
            known, other = out[k], out[j]
            a, b = (known, other) if known.start < other.start else (other, known)
            if (
                known.label == "PER" and len(mention_name(known).split()) > 1 and a.end <= b.start
                and _PEOPLE_LIST_GAP.fullmatch(text, a.end, b.start) and person_named(other)
                # "Michael Bloomberg, Bloomberg Philanthropies": a body named after the person
                and not set(other.text.split()) & set(mention_name(known).split())
            ):
                out[j] = replace(other, label="PER", evidence=(*other.evidence, f"listed with a person: {known.text}"))
    return out


# Between two names of a list: a comma, "and", "or", "&", or a comma and one of them.
_LIST_GAP = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|(?:and|or|&)[^\S\n]+)")


def _taken_up_as_person(text: str, end: int, people: Sequence[int]) -> bool:
    """English: whether a pronoun of a person's, possessive or object ("his", "her", "him",
    "himself", "herself": ``en/person_object_pronouns``), takes up the name ending at ``end``
    later in its sentence, no other person's name between them ("worked with Rihanna on her last
    record"), no person's role either ("Norwell's chief executive said his company"). "he" and
    "she" are left out: "a chip made by Qualcomm, he said" names the speaker.
    ``people``: the sorted starts of the text's person mentions."""
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _PRONOUN_REACH))
    limit = stop.start() if stop is not None else min(len(text), end + _PRONOUN_REACH)
    nxt = bisect_right(people, end - 1)
    if nxt < len(people) and people[nxt] < limit:
        limit = people[nxt]
    pronouns = word_set("en", "person_object_pronouns")
    for w in _ASCII_WORD.finditer(text, end, limit):
        word = w.group().casefold()
        if word in pronouns:
            return True
        if _is_person_role(word.removesuffix("s")):
            return False  # "Norwell's chief executive said his company": the executive's
    return False


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?(?:\s|$)|\n")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_PRONOUN_REACH = 200


def _is_person_role(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun of a person's role or occupation."""
    if word_map("en", "role_titles").get(word) == "head":
        return True
    return any(word in word_set("en", name) for name in ("articled_person_titles", "employee_nouns", "apposition_roles", "person_role_nouns"))


def with_company_short_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """French: ``mentions`` with the company that a document names once with its legal form
    (``xx/legal_suffixes``: "Continental Illinois Corporation", "First Boston Corp.") found again
    where it is written without it ("Continental Illinois : grand retour", "l'offre de First Boston
    sur RJR"): each other occurrence of the name, outside a longer capitalised name, is one
    organisation mention, in place of the mentions inside it (the place "Boston", "Illinois") or
    of one on the same words with another label. A mention running past the name leaves it as it is."""
    names: set[str] = set()
    for m in mentions:
        if m.lang == "fr" and m.label == "ORG" and legal_suffix(m.text) is not None:
            tail = _SUFFIX_TAIL.search(m.text)
            base = m.text[: tail.start()] if tail is not None else ""
            if len(base) > 3 and base[:1].isupper() and " " in base.strip() and not person_named(base.strip()) \
                    and _SUFFIX_TAIL.search(m.text).group().strip(" .").casefold() not in word_set("xx", "generic_company_words"):  # type: ignore[union-attr]
                names.add(base.strip())
    if not names:
        return list(mentions)
    # (after an elided article too: « l'offre d'Continental Illinois »)
    pattern = re.compile(rf"(?<![\w.-])(?<!(?<![dlDL])['’])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?![\w'’-])(?![^\S\n]+[A-ZÀ-Þ])")
    out = list(mentions)
    for match in pattern.finditer(text):
        a, b = match.span()
        overlapping = [m for m in out if m.start < b and a < m.end]
        if any(m.start < a or m.end > b for m in overlapping) or any(m.label == "ORG" and (m.start, m.end) == (a, b) for m in overlapping):
            continue
        if any(m.label == "PER" for m in overlapping):
            continue  # « Ralph Lauren Corp. … Ralph Lauren, le styliste »: the founder, not the company
        out = [m for m in out if m not in overlapping]
        out.append(EntityMention(a, b, match.group(), "ORG", "company short name", "fr", evidence=("legal suffix elsewhere",)))
    return sorted(out, key=lambda m: m.start)


# The word right before a mention, and a noun then "of" right before it ("the state of").
_PRECEDING_WORD = re.compile(r"([A-Za-z]+(?:-[a-z]+)?)[^\S\n]+$")
_PLACE_KIND_OF = re.compile(r"([a-z]+)[^\S\n]+of[^\S\n]+$")


def with_places_named_as_companies(mentions: Sequence[EntityMention], text: str | None = None) -> list[EntityMention]:
    """English: ``mentions`` with a place's name that the document also writes with a company's
    legal form ("Patagonia" ... "outdoor clothing maker Patagonia Inc.", "Nokia" ... "Nokia Corp.")
    read as that company: the name alone is the company's short form, not the place the gazetteer
    or the model took it for. A person's reading is left (the founder a company is named after).
    Not a place before a suffix that is also a noun of the name (``en/name_noun_legal_suffixes``:
    "Qatar" of "Qatar Holding LLC", "Dubai" of "Dubai Holding"), nor the name right after a place
    preposition of ``en/place_prepositions`` ("a national park in Patagonia") or a place noun of
    ``en/place_kind_nouns`` and "of" ("the state of Victoria" next to "Victoria Plc"), or a compass
    adjective of ``en/compass_adjectives`` ("southern Patagonia")."""
    name_nouns = word_set("en", "name_noun_legal_suffixes")
    bases: dict[str, str] = {}
    for m in mentions:
        if m.lang == "en" and m.label == "ORG" and legal_suffix(m.text) is not None:
            full = _LEADING_THE_WORD.sub("", m.text).replace(" .", ".")
            for base in _without_legal_suffixes(full):
                if full[len(base) :].split()[0].casefold() in name_nouns:
                    break
                bases.setdefault(base.rstrip(" ,"), m.text)
    if not bases:
        return list(mentions)
    places = word_set("en", "place_prepositions")
    kinds = word_set("en", "place_kind_nouns")
    compass = word_set("en", "compass_adjectives")

    def after_place_preposition(m: EntityMention) -> bool:
        if text is None:
            return False
        before = _PRECEDING_WORD.search(text, max(0, m.start - 30), m.start)
        kind = _PLACE_KIND_OF.search(text, max(0, m.start - 40), m.start)
        return (before is not None and (before.group(1) in places or before.group(1) in compass)) or (kind is not None and kind.group(1) in kinds)

    return [
        replace(m, label="ORG", qid=None, canonical=None, evidence=(f"short form of: {bases[m.text]}",))
        if m.lang == "en" and m.label == "LOC" and m.text in bases and m.institution is None and not after_place_preposition(m)
        else m
        for m in mentions
    ]


# Quotation marks right before and right after a word: a title's ('"Oppenheimer" won').
_QUOTED_BEFORE = re.compile(r"[\"“‘]$|``[^\S\n]?$")
_QUOTED_AFTER = re.compile(r"[\"”’]|[^\S\n]?''")


def _other_sex(surname: str, names: Sequence[Sequence[str]]) -> bool:
    """Whether the title that opens ``surname`` ("Mr. Holt", "Mrs Holt": ``xx/gendered_titles``)
    tells a gender that the given name opening one of ``names`` (the words of a person's full
    names: :func:`kg.knowledge.words.given_name_genders`) contradicts: "Mary Holt ... Mr. Holt, her
    husband" is another Holt (rvc34)."""
    words = surname.split()
    sex = word_map("xx", "gendered_titles").get(words[0].lower().rstrip(".")) if len(words) > 1 else None
    given = given_name_genders()
    return sex in ("m", "f") and any(given.get(name[0].lower(), sex) != sex for name in names if name)


# An English surname's Gaelic apostrophe ("O'Leary", "D'Arcy").
_GAELIC_APOSTROPHE = re.compile(r"[OD]['’][A-Z][a-z]")


def with_surnames(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """``mentions`` plus the bare surnames of the people named in full that NER missed ("Steve Jobs
    ... Jobs welcomed everyone"): a capitalised word equal to the surname of exactly one person of
    the document, or in English of exactly one person named in full before it (c34a), outside every mention and not followed by another capitalised word but a
    weekday ("Ruto Wednesday met"). English and
    French ("M. Georges Paro ... enlevé Paro"); a regnal number is no surname ("Frédéric III"), and
    in French a word that ends a longer name the model missed is none either ("Mac Neil"), nor is a
    name inside a term ("Peter Higgs ... le boson de Higgs": :func:`not_a_name_here`). An English
    name's generation suffix is no surname: the word before it is ("John D. Rockefeller IV" ...
    "Rockefeller", ``xx/name_generation_suffixes``; issue 21, n29a), and a surname in quotation
    marks is a work's title ('Nolan's "Oppenheimer" won', the film about J. Robert Oppenheimer)."""
    owners: dict[str, set[str]] = defaultdict(set)
    langs: dict[str, str] = {}
    named_at: dict[str, dict[str, int]] = defaultdict(dict)  # surname -> full name -> where it is first named
    for m in mentions:
        if m.label != "PER" or m.lang not in ("en", "fr"):
            continue
        words = mention_name(m).split()
        if m.lang == "en" and len(words) > 2 and words[-1].casefold().strip(",") in word_set("xx", "name_generation_suffixes"):
            words = words[:-1]  # "John D. Rockefeller IV" ... "Rockefeller said"
        last = words[-1] if words else ""
        # (an English surname may be hyphenated: "Kofi Adjei-Mensah" ... "Adjei-Mensah's team-mate")
        letters = last.replace("-", "") if m.lang == "en" and "-" in last.strip("-") else last
        # (and a Gaelic one may hold an apostrophe: "Michael O'Leary" ... "O'Leary told reporters"; n38a)
        letters = letters[0] + letters[2:] if m.lang == "en" and _GAELIC_APOSTROPHE.match(letters) else letters
        if len(words) > 1 and len(last) > 2 and letters.isalpha() and last[0].isupper() and not _ROMAN.fullmatch(last):
            owners[words[-1]].add(" ".join(words))
            langs.setdefault(words[-1], m.lang)
            full = named_at[words[-1]]
            full[" ".join(words)] = min(full.get(" ".join(words), m.end), m.end)
    # An English surname two people of the text bear is the first one's where it is written before
    # the second is named in full ("John Smith resigned. Smith had led ... his brother, Peter
    # Smith"; c34a), as :func:`merge_mentions` joins it; elsewhere it is either's.
    shared = {w for w, names in owners.items() if len(names) > 1 and langs[w] == "en"}
    surnames = sorted((w for w, names in owners.items() if len(names) == 1 or w in shared), key=len, reverse=True)
    if not surnames:
        return list(mentions)
    added = []
    # A weekday after the surname is the time of the act, no word of a longer name ("Ruto
    # Wednesday met church leaders", as wire copy writes it).
    weekdays = "|".join(sorted(w.capitalize() for w in word_set("en", "weekdays")))
    for match in _free_occurrences(text, surnames, mentions, rf"(?!\s+(?!(?:{weekdays})(?![\w'’-]))[A-Z])", possessive=True):
        a, b = match.span()
        if match.group() in shared and sum(1 for at in named_at[match.group()].values() if at <= a) != 1:
            continue  # before both, or after both are named in full: either's
        if langs[match.group()] != "en" and text[b : b + 1] in ("'", "’"):
            continue  # the possessive ending is English
        if langs[match.group()] == "fr" and _inside_longer_name(text, a, b):
            continue
        if not_a_name_here(text, a, b, langs[match.group()]):
            continue  # "Peter Higgs ... le boson de Higgs": the term, not the man
        if langs[match.group()] == "en" and _QUOTED_BEFORE.search(text, max(0, a - 2), a) and _QUOTED_AFTER.match(text, b):
            continue  # 'Christopher Nolan's "Oppenheimer"': a work's title named after the man
        day = re.match(r"[^\S\n]+([A-Z][a-z]+)", text[b : b + 16])
        if day is not None and f"{match.group()} {day.group(1)}" in word_map("en", "holidays"):
            continue  # "Black Friday sales", "Green Monday": a named day of en/holidays, no act's time
        added.append(EntityMention(a, b, match.group(), "PER", "surname", langs[match.group()]))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else list(mentions)


# A capitalised word and a blank right before a surname: the given name the model left out.
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[^\S\n]$")


def _word_count(text: str, words: str) -> int:
    """How often ``words`` is written in ``text`` as whole words."""
    return len(re.findall(rf"(?<![\w'’-]){re.escape(words)}(?![\w-])", text))


def with_given_names_of_surnames(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """English: ``mentions`` plus the people named in full whose name the model missed, where it
    read their surname alone elsewhere as a person ("Novak Djokovic beat ..." ... "said Djokovic";
    issue 21, n29a): a one-word person's name that no person's name of several words ends, written
    in a place no mention covers right after a capitalised word that is a given name
    (``xx/given_names``) or no word of the dictionary that the text writes nowhere else without the
    surname ("Brexit"), a word the gazetteer does not know, alone or with the surname ("Mercedes
    Benz", "Goldman Sachs"). The first such place only, so that one
    person is named in full once; the bare surnames are then the person's. Neither a word of the
    dictionary ("Champion Djokovic", "Serb Djokovic") nor a sentence's function word gives one."""
    from kg.knowledge.gazetteer import default_gazetteer

    full = {mention_name(m).split()[-1] for m in mentions if m.label == "PER" and len(mention_name(m).split()) > 1}
    lone = sorted({m.text for m in mentions if m.label == "PER" and m.lang == "en" and m.text.isalpha() and m.text[:1].isupper() and m.text[1:].islower() and m.text not in full}, key=len, reverse=True)
    if not lone:
        return list(mentions)
    gazetteer = default_gazetteer()
    given = word_set("xx", "given_names")
    added = []
    done: set[str] = set()
    for match in _free_occurrences(text, lone, mentions, "", possessive=True):
        surname = match.group()
        before = _GIVEN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if surname in done or before is None:
            continue
        first = before.group(1)
        if first.casefold() not in given and is_dictionary_word(first, "en"):
            continue
        if first.casefold() in _stop_words("en") or gazetteer.lookup(first) or gazetteer.lookup(f"{first} {surname}"):
            continue
        if first.casefold() not in given and _word_count(text, first) > _word_count(text, f"{first} {surname}"):
            continue  # "Brexit" alone elsewhere: a word of the story, no given name
        if any(m.start < match.end() and before.start(1) < m.end for m in mentions):
            continue
        done.add(surname)
        a, b = before.start(1), match.end()
        added.append(EntityMention(a, b, text[a:b], "PER", "given name+surname", "en", evidence=(f"surname of a person: {surname}",)))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else list(mentions)


def with_headline_surnames(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """English: ``mentions`` with a one-word name of the headline (the text's first line) that the
    model read as a place or an organisation typed as a person where the body names that person in
    full, a given name (``xx/given_names``) right before the very word ("Varga scores twice as City
    win" ... "Tomas Varga scored twice"; issue 21, n36b); the full name the model missed is added as
    a person, and a reading of it as a place or an organisation is retyped. Neither the word nor the
    given name is a name the gazetteer knows ("Chelsea Jordan", "Paris Hilton": a club, a town), and
    the word is no word of the dictionary."""
    from kg.knowledge.gazetteer import default_gazetteer

    line_end = text.find("\n")
    if line_end < 0:
        return list(mentions)
    gazetteer = default_gazetteer()
    given = word_set("xx", "given_names")
    lone = {
        m.text
        for m in mentions
        if m.end <= line_end and m.lang == "en" and m.label in ("LOC", "ORG") and m.qid is None and m.canonical is None and m.institution is None and not m.evidence
        and m.text.isalpha() and m.text[:1].isupper() and m.text[1:].islower() and not is_dictionary_word(m.text, "en") and not gazetteer.lookup(m.text)
    }
    full: dict[str, tuple[int, int]] = {}
    for surname in sorted(lone):
        for match in re.finditer(rf"(?<![\w'’.-])([A-Z][a-z]+)[^\S\n]+{re.escape(surname)}(?![\w-])", text[line_end:]):
            first = match.group(1)
            if first.casefold() in given and not gazetteer.lookup(first) and not gazetteer.lookup(f"{first} {surname}"):
                full[surname] = (line_end + match.start(), line_end + match.end())
                break
    if not full:
        return list(mentions)
    spans = set(full.values())
    out: list[EntityMention] = []
    for m in mentions:
        inside = next((s for s in spans if s[0] <= m.start and m.end <= s[1]), None)
        if m.end <= line_end and m.text in full and m.label != "PER":
            m = replace(m, label="PER", evidence=(*m.evidence, f"surname of a person: {text[slice(*full[m.text])]}"))
        elif inside is not None and m.label in ("LOC", "ORG") and m.qid is None and m.canonical is None:
            m = replace(m, start=inside[0], end=inside[1], text=text[inside[0] : inside[1]], label="PER", evidence=(*m.evidence, "given name+surname"))
            if any((o.start, o.end, o.label) == (m.start, m.end, "PER") for o in out):
                continue  # "Erling" and "Haaland" both read as places: one person
        out.append(m)
    covered = [(m.start, m.end) for m in out]
    for surname, (a, b) in full.items():
        if not any(x < b and a < y for x, y in covered):
            out.append(EntityMention(a, b, text[a:b], "PER", "given name+surname", "en", evidence=(f"surname in the headline: {surname}",)))
    return sorted(out, key=lambda m: m.start)


def _team(m: EntityMention) -> bool:
    """Whether ``m`` is a town the sentence makes a sports club (:func:`city_teams`)."""
    return m.label == "ORG" and any(e.startswith(TEAM_EVIDENCE) for e in m.evidence)


def _described_apart(mention: EntityMention, text: str) -> bool:
    """Whether a bare name (no determiner of ``xx/determiners`` opens it or stands before it) is
    followed by an apposition opened by an indefinite article (``coref_determiners``), which says
    what it is ("Aurora, a town in Illinois", « Ami, une start-up de Lille »), not "the Aurora"."""
    determiners = word_set("xx", "determiners")
    words = mention.text.split()
    before = text[max(0, mention.start - 20) : mention.start].split()
    if not words or words[0].casefold() in determiners or (before and before[-1].casefold() in determiners):
        return False
    after = re.match(r"\s*,\s*(\w+)", text[mention.end : mention.end + 20])
    if after is None:
        return False
    kinds = word_maps("coref_determiners").get(mention.lang or "en", {})
    return kinds.get(after.group(1).casefold()) == "indefinite"


def merge_mentions(
    mentions: Sequence[EntityMention],
    *,
    gazetteer: Gazetteer,
    lang: str,
    text: str = "",
) -> list[Entity]:
    """Group the mentions of a document into entities (``text``: the document's, for
    :func:`_split_related_aliases`).

    Rules, each recorded as merge evidence: same gazetteer record; same normalised name; a person's
    partial name that ends a longer name of exactly one person (``Krishna`` → ``Arvind Krishna``);
    an acronym made of the initials of exactly one longer name.
    """
    mentions = _surnames_as_people(mentions, text)
    if text:
        mentions = _split_related_aliases(mentions, text, gazetteer=gazetteer, lang=lang)
    n = len(mentions)
    uf = _UnionFind(n)
    evidence: dict[int, list[str]] = defaultdict(list)

    def join(i: int, j: int, why: str) -> None:
        if uf.union(i, j):
            evidence[i].append(why)

    norms = [normalise_name(mention_name(m)) for m in mentions]
    # A market named by its exchange or its street ("fell on the Nasdaq") is not the index that
    # bears the exchange's name ("the Nasdaq composite index", whose usual name "the Nasdaq" is):
    # the name keys of markets are their own, and no index name joins them.
    markets = {i for i, m in enumerate(mentions) if names_a_market(m)}
    first_by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        name = usual_index_names().get(norms[i], norms[i]) if m.label == "FIN" and i not in markets else norms[i]
        # An index and a company of one name are two entities ("the Nikkei fell ... the Nikkei
        # newspaper reported"): the name keys of indices are their own.
        # So are a club named by its town and the town ("Lens a été battu ... le maire de Lens").
        kind = "market" if i in markets else "fin" if m.label == "FIN" else "team" if _team(m) else "name"
        key = f"gz:{m.canonical}" if m.canonical else f"inst:{m.institution}" if m.institution else f"{kind}:{name}"
        if key in first_by_key:
            j = first_by_key[key]
            if m.institution and not m.canonical:
                label = inst.institution_label(m.institution, gazetteer) or m.institution
                join(j, i, f"demonym: '{mentions[j].text}' = {label}")
                evidence[uf.find(j)].append(f"demonym: '{m.text}' = {label}")
                continue
            rule = "same gazetteer record" if m.canonical else "same normalised name"
            join(j, i, f"{rule}: '{mentions[j].text}' = '{m.text}'")
        else:
            first_by_key[key] = i
    # Each rule below looks its candidates up by name (lists in mention order), so that a long
    # document's thousands of mentions are not compared two by two.
    # An institution named by a demonym is the one named in full ("Government of the United States").
    plain_orgs: dict[str, list[int]] = defaultdict(list)
    for j, other in enumerate(mentions):
        if not other.institution and not other.canonical and other.label == "ORG":
            plain_orgs[norms[j]].append(j)
    for i, m in enumerate(mentions):
        if not m.institution or m.canonical:
            continue
        label = inst.institution_label(m.institution, gazetteer) or m.institution
        for j in plain_orgs.get(normalise_name(label), ()):
            if j != i:
                join(i, j, f"demonym: '{m.text}' = {label}")
        # The same words the institution reader did not take ("US Air Force" = "U.S. Air Force").
        for j in plain_orgs.get(norms[i], ()):
            if j != i:
                join(i, j, f"demonym: '{m.text}' = '{mentions[j].text}'")
    # Partial person names: only when exactly one longer person name ends with them.
    people = [i for i, m in enumerate(mentions) if m.label == "PER"]
    written = {i: _name_words(mentions[i], norms[i]) for i in people}
    full_names = {norms[i]: i for i in people if len(written[i]) > 1}
    # "Julia Hartley" and "Julia M. Hartley": one person named with and without a middle initial.
    by_bare: dict[str, set[str]] = defaultdict(set)
    for name in full_names:
        by_bare[_without_middle_initials(name)].add(name)
    for names in by_bare.values():
        if len(names) > 1 and _one_person(names) and not _named_in_one_sentence(names, mentions, norms, text):
            lead, *rest = sorted(names)
            for name in rest:
                join(full_names[lead], full_names[name], f"middle initial: '{mentions[full_names[lead]].text}' = '{mentions[full_names[name]].text}'")
    by_last_word: dict[str, list[int]] = defaultdict(list)
    for j in full_names.values():
        by_last_word[normalise_name(written[j][-1])].append(j)
        # "John D. Rockefeller IV" ... "Rockefeller", "Ursula von der Leyen" ... "Von der Leyen"
        if mentions[j].lang == "en" and (surname := _english_surname(written[j])) is not None:
            by_last_word[normalise_name(surname)].append(j)
    company_firsts: dict[str, int] | None = None  # (made when a name needs it)
    full_by_end: list[int] | None = None  # the people named in full, by where they end (likewise)
    full_ends: list[int] = []
    for i in people:
        if len(written[i]) != 1 and not (mentions[i].lang == "en" and _particle_surname(written[i])):
            continue
        hosts = {uf.find(j) for j in by_last_word.get(norms[i], ())}
        if len(hosts) == 1:
            if company_firsts is None:
                company_firsts = _company_first_starts(mentions, norms)
            if _company_short_form_first(i, by_last_word.get(norms[i], ()), mentions, norms, company_firsts):
                continue
        if len(hosts) > 1 and mentions[i].lang == "en":
            # "John Smith resigned. Mr. Smith had led the firm ... his brother, Peter Smith": a
            # surname written before the second person of that surname is named in full can only
            # be the one named before it; after that, it stays apart (c34a). English only, so a
            # French text's ambiguous surnames do not each read every person's name.
            if full_by_end is None:
                full_by_end = sorted((j for j in people if len(written[j]) > 1), key=lambda j: mentions[j].end)
                full_ends = [mentions[j].end for j in full_by_end]
            before = bisect_right(full_ends, mentions[i].start)
            named_before = {root for j in full_by_end[:before] if (root := uf.find(j)) in hosts}
            if len(named_before) == 1 and not _other_sex(mentions[i].text, [
                written[j] for j in full_by_end if uf.find(j) in named_before
            ]):
                hosts = named_before
        if len(hosts) == 1:
            host = next(iter(hosts))
            join(host, i, f"partial person name: '{mentions[i].text}' ends '{mentions[host].text}'")
    _join_given_names(mentions, norms, people, uf, join)
    # A product's name inside the product names with a model number that hold it ("the A380" =
    # "Airbus A380", "the Dreamliner" = "Boeing 787 Dreamliner"), and so for stock market indices
    # ("the Nikkei" = "the Nikkei 225"); a product and an index are never joined.
    products = [i for i, m in enumerate(mentions) if m.label in ("PRO", "FIN") and i not in markets]
    maker_names = {norms[i] for i, m in enumerate(mentions) if m.label == "ORG"}
    product_words = {i: tuple(norms[i].split()) for i in products}
    # The mentions of one name, type and record are one entity already (the name keys above): the
    # rules below read the first of each, so that a long text that repeats a name thousands of
    # times ("the Nikkei index" again and again) is not compared with itself two by two. Their
    # holders are looked up by the rarest of their words.
    firsts: dict[tuple[str, str, str | None, str | None], int] = {}
    for i in products:
        firsts.setdefault((mentions[i].label, norms[i], mentions[i].canonical, mentions[i].institution), i)
    reps = sorted(firsts.values())
    numbered: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j in reps:
        if any(c.isdigit() for c in norms[j]):
            for word in dict.fromkeys(product_words[j]):
                numbered[(mentions[j].label, word)].append(j)
    for i in reps:
        part = product_words[i]
        if not part or (mentions[i].label == "FIN" and usual_index_names().get(norms[i], norms[i]) != norms[i]):
            continue  # an index's other name says which index it is ("the Nasdaq": the Composite, not the Nasdaq 100)
        label = mentions[i].label
        pool = min((numbered.get((label, w), []) for w in part), key=len)
        holders = [j for j in pool if j != i and len(product_words[j]) >= len(part) and _contains(product_words[j], part)]
        # The names that hold it must nest ("A380" in "A380s" and "Airbus A380"), not be two
        # models ("iZap" in "iZap 4" and "iZap 3G").
        shapes = list(dict.fromkeys(product_words[j] for j in holders))
        if holders and all(_contains(a, b) or _contains(b, a) for a in shapes for b in shapes):
            for j in holders:
                join(j, i, f"model name: '{mentions[i].text}' in '{mentions[j].text}'")
            continue
        # Else the model named after its maker's name ("Airbus A380" = "A380", whatever variants
        # "A380-800" the text names too): the words before it are an organisation of the text.
        for j in holders:
            whole = product_words[j]
            if whole[len(whole) - len(part) :] == part and " ".join(whole[: len(whole) - len(part)]) in maker_names:
                join(j, i, f"model name after its maker: '{mentions[i].text}' in '{mentions[j].text}'")
    # A product's one-word name that ends a longer product name read before it, with no model
    # number ("the Halvo Volta" ... "the Volta", "the Zorba Nimbus" ... "Nimbus"; issue 17, c33b):
    # the brand dropped. Only when the names that end so are one product, and never an
    # organisation's name ("Volta" the company stays apart), nor when a name of another type ends
    # so too ("the Quellon Nimbus and the Zorba Nimbus [ORG] ... the Nimbus").
    by_last: dict[str, list[int]] = defaultdict(list)
    for j, norm in enumerate(norms):
        words = norm.split()
        if len(words) > 1:
            by_last[words[-1]].append(j)
    for i in reps:
        part = product_words[i]
        if mentions[i].label != "PRO" or len(part) != 1 or any(c.isdigit() for c in part[0]) or part[0] in maker_names:
            continue
        earlier = [j for j in by_last.get(part[0], ()) if mentions[j].start < mentions[i].start]
        hosts = {uf.find(j) for j in earlier}
        if text and _described_apart(mentions[i], text):
            # "the Ford Aurora ... Aurora, a town in Illinois": the apposition says what the bare
            # name is, a place's or a company's the recogniser called a product (rvc33b)
            continue
        if len(hosts) == 1 and uf.find(i) not in hosts and all(mentions[j].label == "PRO" for j in earlier):
            join(earlier[0], i, f"product name without its brand: '{mentions[i].text}' ends '{mentions[earlier[0]].text}'")
    # A bare plural of a model's name is the model ("A380s" = "the A380", "Boeing 787 Dreamliners" =
    # "Boeing 787 Dreamliner", "787s" in "50 787s" = "787"), when the names in the singular that hold
    # it are one model.
    singulars: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j in reps:
        if any(c.isdigit() for c in norms[j]) and _singular_model(product_words[j]) is None:
            for word in dict.fromkeys(product_words[j]):
                singulars[(mentions[j].label, word)].append(j)
    for i in reps:
        singular = _singular_model(product_words[i])
        if singular is None:
            continue
        pool = min((singulars.get((mentions[i].label, w), []) for w in singular), key=len)
        hosts = {uf.find(j) for j in pool if _contains(product_words[j], singular)}
        if len(hosts) == 1 and uf.find(i) not in hosts:
            host = next(iter(hosts))
            join(host, i, f"plural of a model's name: '{mentions[i].text}' = '{mentions[host].text}'")
    # Acronyms: the initials of the capitalised words, else of every word but articles and
    # prepositions ("OMS" = "Organisation mondiale de la santé").
    by_initials: dict[str, list[int]] = defaultdict(list)
    by_content_initials: dict[str, list[int]] = defaultdict(list)
    for j, other in enumerate(mentions):
        if other.label == "ORG" and len(other.text.split()) > 1:
            by_initials[_initials(other.text)].append(j)
            by_content_initials[_content_initials(name_part(other.text))].append(j)
            # Every form with its trailing legal suffixes taken off one by one: "Group" is a name's
            # word before "Inc." ("American International Group Inc." = "AIG", not "AI").
            for bare in _without_legal_suffixes(name_part(other.text)):
                if len(bare.split()) > 1:
                    by_initials[_initials(bare)].append(j)
                    by_content_initials[_content_initials(bare)].append(j)
    # The acronyms each group has before these joins ("GM" with "General Motors Corp.").
    group_acronyms: dict[int, set[str]] = defaultdict(set)
    for k, other in enumerate(mentions):
        if other.label == "ORG" and (form := _acronym_form(name_part(other.text))):
            group_acronyms[uf.find(k)].add(form)
    for i, m in enumerate(mentions):
        # "the GAO": the acronym is the name without its article.
        bare_name = name_part(m.text)
        if m.label != "ORG" or not (bare_name.isupper() and 2 <= len(bare_name) <= 6):
            continue
        # An acronym the gazetteer knows stands for its record's name, not for another name with
        # the same initials ("AP" of a dateline's credit is no "Avalon Partners").
        record = gazetteer.by_id(m.canonical) if m.canonical else None
        known = {w for x in record.names() for w in normalise_name(x).split() if len(w) > 3} if record is not None else None
        # Not its own group: "the GAO" has the initials "GAO" too. Nor a name whose record or
        # group has a shorter or longer acronym ("GMC", a brand, is no "GM" = "General Motors Corp.").
        hosts = set()
        for table in (by_initials, by_content_initials):  # the content initials only when no plain initials fit
            hosts = {
                uf.find(j)
                for j in table.get(bare_name, ())
                if uf.find(j) != uf.find(i)
                and _stands_for(m, mentions[j], known)
                and not _other_acronym(bare_name, mentions[j], group_acronyms.get(uf.find(j), set()), gazetteer)
            }
            if hosts:
                break
        if len(hosts) == 1:
            host = next(iter(hosts))
            join(host, i, f"acronym: '{m.text}' = initials of '{mentions[host].text}'")
    # An acronym in brackets right after an organisation's name is its short name ("Singapore
    # Airlines (SIA)"): its letters are the name's, in order, the first one its initial.
    if text:
        ends = {mentions[j].end: j for j in range(n) if mentions[j].label == "ORG"}
        for i, m in enumerate(mentions):
            bare_name = name_part(m.text)
            if m.label != "ORG" or not (bare_name.isupper() and 2 <= len(bare_name) <= 6):
                continue
            opened = _BRACKET_BEFORE.search(text, max(0, m.start - 8), m.start)
            named = ends.get(opened.start()) if opened is not None else None
            if named is not None and uf.find(named) != uf.find(i) and (
                _letters_in_order(bare_name, name_part(mentions[named].text)) or _initials_reordered(bare_name, name_part(mentions[named].text))
            ):
                join(named, i, f"acronym in brackets: '{m.text}' = '{mentions[named].text}'")
    # Short forms of an organisation's name: "Acme" = "Acme Inc." (a legal suffix), and a name
    # that begins exactly one longer name followed by its complement ("l'Autorité" = "l'Autorité
    # de la concurrence"), only when the long name comes first and no other organisation fits.
    orgs = [i for i, m in enumerate(mentions) if m.label == "ORG" and not m.institution]
    by_short: dict[str, list[tuple[int, bool]]] = defaultdict(list)  # short name -> (long mention, by suffix)
    genitive = word_set("xx", "genitive_prepositions")
    # The contracted forms of those prepositions ("du", "des", "d'": de).
    genitive = genitive | {w for w, prep in word_map("fr", "contracted_prepositions").items() if prep in genitive}
    for j in orgs:
        words = norms[j].split()
        short = _short_form_key(norms[j])
        if short:
            by_short[short].append((j, True))
        for k in range(1, len(words)):
            if words[k] in genitive and k < len(words) - 1 or (words[k].startswith("d'") and len(words[k]) > 2):
                by_short[" ".join(words[:k])].append((j, False))
                break
    # An institution's label drops its country the same way ("the Air Force" = "Air Force of the
    # United States", read as "United States Air Force").
    for j, other in enumerate(mentions):
        if other.institution and not other.canonical and other.label == "ORG":
            words = normalise_name(inst.institution_label(other.institution, gazetteer) or "").split()
            for k in range(1, len(words) - 1):
                if words[k] in genitive:
                    by_short[" ".join(words[:k])].append((j, False))
                    break
    for i in orgs:
        m = mentions[i]
        found = [(j, suffix) for j, suffix in by_short.get(norms[i], ()) if uf.find(j) != uf.find(i)]
        hosts = {uf.find(j) for j, _ in found}
        if len(hosts) != 1:
            continue
        # A complement dropped ("l'Autorité") only takes up a long name already read; a legal
        # suffix dropped ("Acme" / "Acme Inc.") goes both ways.
        if not any(suffix or mentions[j].start < m.start for j, suffix in found):
            continue
        j = found[0][0]
        if mentions[j].canonical and m.canonical and mentions[j].canonical != m.canonical:
            continue  # the gazetteer knows them as two things
        host = next(iter(hosts))
        join(host, i, f"short form: '{m.text}' = '{mentions[j].text}'")
    _join_leading_words(mentions, norms, uf, join, genitive, text=text, gazetteer=gazetteer)
    _join_after_place(mentions, norms, uf, join, gazetteer, genitive=genitive)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    entities = []
    for members in groups.values():
        group = [mentions[i] for i in members]
        why = tuple(dict.fromkeys(e for i in members for e in evidence.get(i, [])))
        entities.append(_make_entity(group, gazetteer=gazetteer, lang=lang, evidence=why))
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def _join_given_names(
    mentions: Sequence[EntityMention],
    norms: Sequence[str],
    people: Sequence[int],
    uf: _UnionFind,
    join: Callable[[int, int, str], None],
) -> None:
    """A person called by the given name alone after the full name ("Steve Jobs" ... "we will miss
    Steve", « Nicolas Dupont » ... « Nicolas »): a one-word person's name that no full name ends
    joins the one person whose full name begins with it and is read before its first mention;
    none when two such people are named before it ("Steve Jobs and Steve Wozniak ... Steve")."""
    full = [j for j in people if len(norms[j].split()) > 1]
    if not full:
        return
    last_words = {norms[j].split()[-1] for j in full}
    firsts: dict[int, int] = {}  # group of one-word names -> its first mention
    for i in people:
        words = norms[i].split()
        if len(words) == 1 and words[0] not in last_words:
            root = uf.find(i)
            if root not in firsts or mentions[i].start < mentions[firsts[root]].start:
                firsts[root] = i
    by_first: dict[str, list[int]] = defaultdict(list)
    for j in full:
        by_first[norms[j].split()[0]].append(j)
    for i in firsts.values():
        hosts = {uf.find(j) for j in by_first.get(norms[i], ()) if mentions[j].start < mentions[i].start}
        if len(hosts) == 1 and uf.find(i) not in hosts:
            host = next(iter(hosts))
            join(host, i, f"given name: '{mentions[i].text}' begins '{mentions[host].text}'")


def _join_after_place(
    mentions: Sequence[EntityMention],
    norms: Sequence[str],
    uf: _UnionFind,
    join: Callable[[int, int, str], None],
    gazetteer: Gazetteer,
    *,
    genitive: frozenset[str] = frozenset(),
) -> None:
    """An organisation's name without the place that opens it ("the U.S. Senate" ... "Senate
    Majority Leader"; "the Texas Rangers" ... "the Rangers"): a capitalised name that ends exactly
    one organisation's name whose words before it are a place the gazetteer knows, either order.
    Not a short name the gazetteer knows as another thing ("the Fed" ... "the Dallas Fed"), nor
    an institution of every level of government (``institutions`` heads: court, senate, police)
    after a place that is no country ("the Texas Supreme Court" ... "the Supreme Court"). The
    rest may drop its complement too (a preposition of ``genitive``), read after the full name
    only: "the U.S. House of Representatives" ... "the House" (issue 17, c32b)."""
    by_tail: dict[str, list[int]] = defaultdict(list)
    by_cut: dict[str, list[int]] = defaultdict(list)  # the rest without its complement
    # The packaged tables (the countries are their demonyms' QIDs), whatever gazetteer reads the names.
    tabs = inst.tables()
    countries = frozenset(q for table in tabs.demonyms.values() for q in table.values())
    for j, m in enumerate(mentions):
        words = norms[j].split()
        if m.label != "ORG" or len(words) < 2:
            continue
        for k in range(1, min(len(words), 4)):
            prefix, tail = " ".join(words[:k]), " ".join(words[k:])
            places = [r for r in gazetteer.lookup(prefix) if r.type == "LOC"]
            if not places:
                continue
            if tail in tabs.heads and not any(r.qid in countries for r in places):
                # A state's or a city's court, senate or police: the bare name is most often the
                # nation's ("the Texas Supreme Court" ... "the Supreme Court in Washington").
                continue
            by_tail[tail].append(j)
            rest = words[k:]
            cut = next((c for c in range(1, len(rest) - 1) if rest[c] in genitive), None)
            if cut is not None:
                by_cut[" ".join(rest[:cut])].append(j)
    if not by_tail:
        return
    for i, m in enumerate(mentions):
        if m.label != "ORG" or m.institution or norms[i] not in by_tail or not name_part(m.text)[:1].isupper():
            continue
        # A short name the gazetteer knows is its own thing ("Fed" ... "the Dallas Fed").
        longs = [j for j in by_tail[norms[i]] if not m.canonical or mentions[j].canonical == m.canonical]
        hosts = {uf.find(j) for j in longs}
        if len(hosts) != 1 or uf.find(i) in hosts or len(longs) != len(by_tail[norms[i]]):
            continue
        host = next(iter(hosts))
        join(host, i, f"short form: '{m.text}' ends '{mentions[host].text}' after a place")
    for i, m in enumerate(mentions):
        if m.label != "ORG" or m.institution or m.canonical or norms[i] not in by_cut or norms[i] in by_tail:
            continue
        if not name_part(m.text)[:1].isupper():
            continue
        # A complement dropped takes up only a full name already read, and only one.
        longs = [j for j in by_cut[norms[i]] if mentions[j].start < m.start]
        hosts = {uf.find(j) for j in longs}
        if len(hosts) != 1 or uf.find(i) in hosts or len({uf.find(j) for j in by_cut[norms[i]]}) != 1:
            continue
        host = next(iter(hosts))
        # "the U.S. House of Representatives and the British House of Lords ... the House": which
        # one is a guess (the few short forms only are checked against every name).
        if any(
            mk.label == "ORG" and uf.find(k) != host and re.search(rf"(?:^| ){re.escape(norms[i])} (?:{'|'.join(map(re.escape, genitive))}) ", norms[k])
            for k, mk in enumerate(mentions)
        ):
            continue
        join(host, i, f"short form: '{m.text}' begins '{mentions[host].text}' after a place")


# The model's labels of a place: a name only its preposition makes a place, which the model read
# as an organisation, is no town by it ("ten years in Goldman": the bank).
_PLACE_MODEL_LABELS = frozenset({"GPE", "LOC", "FAC"})

# The word before a place preposition, and the preposition, right before a mention.
_PLACE_PREPOSITION_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]+([a-z]+)[^\S\n]+$")


def _join_leading_words(
    mentions: Sequence[EntityMention],
    norms: Sequence[str],
    uf: _UnionFind,
    join: Callable[[int, int, str], None],
    genitive: frozenset[str],
    *,
    text: str = "",
    gazetteer: Gazetteer | None = None,
) -> None:
    """A company's name cut after its first words, read after the full name ("Northrop Grumman" ...
    "Northrop", "China Eastern Airlines" ... "China Eastern", "AirTran Airways" ... "AirTran"),
    when exactly one organisation's name begins with it and the words cut off are names or words of
    ``company_heads`` or, in English, ``company_tail_words`` ("Meridian Health" ... "Meridian";
    "Acme Developer Program" is no "Acme") or follow a sign of
    ``company_name_joiners`` after two words or more ("American Axle & Manufacturing" ... "American
    Axle"), or the name is one the gazetteer knows
    ("Lockheed Martin" ... "Lockheed": "Martin" is a word of the dictionary too). A short name the gazetteer knows joins
    only an organisation's name it does not know, whichever comes first ("Apple" and "Apple
    Computer"), and only as an organisation: "China" stays the country. NER often takes the short
    form alone for a place ("AirTran" in a headline), so an unknown one-word place or person name
    may join too; but not a name the model read as a place right after a place preposition
    somewhere in ``text`` (``en/place_prepositions``: "Harbour House" ... "its office in Harbour":
    the town the company is named after), which the model, a dateline or the gazetteer reads as a
    place in one of its mentions (not "ten years in Goldman", read ORG)."""
    by_lead: dict[str, list[int]] = defaultdict(list)
    kinds = word_set("xx", "company_heads") | word_set("xx", "legal_suffixes")
    tails = word_set("en", "company_tail_words")  # "Meridian Health" ... "Meridian" (English names)
    joiners = word_set("xx", "company_name_joiners")
    lone: set[str] = set()  # one word before a joiner ("Johnson" of "Johnson & Johnson")
    # The names that only a legal form follows ("Midland Axle" of "Midland Axle Inc"), when the
    # company is not named after a person ("Walt Disney Co."): its short form, whatever the model
    # took it for but a person (below).
    suffixed: set[str] = set()
    suffixes = word_set("xx", "legal_suffixes")
    for j, m in enumerate(mentions):
        words = norms[j].split()
        if m.label == "ORG" and not m.institution and len(words) > 1:
            # The words cut off name the company too: names or company words ("Grumman",
            # "Airlines", "Computer"), not a common noun of its own ("Developer Program").
            # A name the gazetteer knows is a name in all its words ("Lockheed Martin").
            named = [bool(m.canonical) or w in kinds or (m.lang == "en" and w in tails) or not is_dictionary_word(w, m.lang) for w in words]
            for k in range(1, len(words)):
                if words[k] in genitive or words[k].startswith("d'"):
                    break  # a complement dropped ("l'Autorité"): the rule above, in text order only
                if words[k] in joiners:
                    # "American Axle & Manufacturing" ... "American Axle": the first part of a
                    # name; one word ("Johnson & Johnson" ... "Johnson") only when no person of
                    # the text has it as surname (below: "Boris Johnson ... Johnson said").
                    by_lead[" ".join(words[:k])].append(j)
                    if k == 1:
                        lone.add(words[0])
                    break
                if all(named[k:]):
                    by_lead[" ".join(words[:k])].append(j)
                if all(w in suffixes for w in words[k:]) and not person_named(" ".join(words[:k])):
                    suffixed.add(" ".join(words[:k]))
    if not by_lead:
        return
    prepositions = word_set("en", "place_prepositions")
    site_heads = word_map("en", "name_kind_heads")
    # (not after what investors hold or do in a company: "a stake in Zorba", "invested in Zorba")
    held = word_set("en", "holding_nouns") | word_set("en", "company_share_nouns") | word_set("en", "investment_words")
    # (and that the model, a dateline or the gazetteer reads as a place somewhere: not a bank the
    # model read as such, which only its preposition made a place: "ten years in Goldman")
    seen_placed = {
        norms[k] for k, mk in enumerate(mentions)
        if text and mk.label == "LOC" and norms[k] in by_lead
        and (
            mk.extractor.rsplit(":", 1)[-1].split("+")[0] in _PLACE_MODEL_LABELS or "dateline" in mk.evidence
            or (gazetteer is not None and any(r.type == "LOC" for r in gazetteer.lookup(mk.text)))
        )
    }
    placed = {
        norms[k] for k, mk in enumerate(mentions)
        if text and mk.lang == "en" and mk.label == "LOC" and norms[k] in seen_placed
        and (w := _PLACE_PREPOSITION_BEFORE.search(text, max(0, mk.start - 40), mk.start)) is not None
        and w.group(2) in prepositions and w.group(1).casefold() not in held
    }
    full_people = [k for k, mk in enumerate(mentions) if mk.label == "PER" and " " in norms[k]]
    # How many of them each group holds, and the roots of the names each short form begins, kept
    # up to date over the joins below: one look-up a mention, not a pass over all the people or
    # all the names (thousands of them cost quadratic time).
    full_set = set(full_people)
    full_in_group: Counter[int] = Counter(uf.find(k) for k in full_people)
    long_roots: dict[str, set[int]] = {}
    # The surnames of the people named in full: a lone word before a joiner that is one of them
    # is that person as likely as the company.
    surnames = {norms[j].split()[-1] for j, m in enumerate(mentions) if m.label == "PER" and len(norms[j].split()) > 1} if lone else set()
    for i, m in enumerate(mentions):
        if m.institution or norms[i] not in by_lead or not name_part(m.text)[:1].isupper():
            continue
        if m.label != "ORG" and (m.canonical or (" " in norms[i] and (norms[i] not in suffixed or m.label == "PER"))):
            # "Walt Disney" the person, not "Walt Disney Company"; a full name the model read as a
            # person's stays one whatever company bears it ("Calvin Klein Inc" ... "Calvin Klein
            # said he": companies are named after their founders).
            continue
        if m.label == "PER" and m.text.split()[0].rstrip(".").casefold() in forms_of_address() and " " in m.text.strip():
            continue  # "Mr. Hoshino" is a person, not "Hoshino Motor Corp"
        if m.label == "FIN":
            continue  # an index is no company's short form: "The Nasdaq fell ... Nasdaq Inc said"
        if norms[i] in placed:
            continue  # "Harbour House" ... "its office in Harbour": the town, which the text places things in
        if m.extractor == NATIONALITY_EXTRACTOR:
            continue  # nor is an adjective: "European banks" ... "the European Central Bank"
        if m.label == "LOC" and any(e.startswith(PLACE_KIND_EVIDENCE) for e in m.evidence):
            continue  # nor a place the text calls one: "the village of Portmurray" ... "Portmurray Oysters"
        if m.label == "LOC" and m.lang == "en" and site_heads.get(norms[i].split()[-1]) == "LOC":
            continue  # nor a site its head names: "Heathrow Airport Holdings" ... "at Heathrow Airport" (n25b)
        if m.label == "PER" and full_in_group[uf.find(i)] > (i in full_set):
            # The surname of a person the text names in full ("Abraham Lincoln" ... "Lincoln"),
            # not a company's short form ("Lincoln Financial").
            continue
        if norms[i] in lone and norms[i] in surnames:
            continue  # "Boris Johnson ... Johnson said": the person, not "Johnson & Johnson"
        longs = by_lead[norms[i]]
        if m.canonical and any(mentions[j].canonical not in (None, m.canonical) for j in longs):
            continue
        known = long_roots.get(norms[i])
        hosts = {uf.find(j) for j in longs} if known is None else {uf.find(r) for r in known}
        long_roots[norms[i]] = hosts
        if len(hosts) != 1 or uf.find(i) in hosts:
            continue
        host = next(iter(hosts))
        roots = (uf.find(host), uf.find(i))
        join(host, i, f"short form: '{m.text}' begins '{mentions[host].text}'")
        full_in_group[uf.find(i)] = sum(full_in_group.pop(r, 0) for r in set(roots))


_NAME_TYPES = frozenset({"PER", "ORG", "LOC"})


# A mention the words of the text typed an organisation ("les membres d'X", "X, une société")
# counts as this many of the model's labels in the entity-type vote.
_EVIDENCE_WEIGHT = 3
_LEGAL_SUFFIX_EVIDENCE = "legal suffix:"
# The organisation evidence that outweighs every model label of an unknown name (:func:`_votes`).
_DECISIVE_EVIDENCE = ("descriptor before:", "apposition:")


def _company_head_name(surface: str, lang: str) -> bool:
    """A name of several words that ends with a company word (:func:`company_worded`:
    ``xx/company_heads``, "Korvan Motors", "Douglas Aircraft", "Selwyn Airlines"; in English
    ``en/company_tail_words`` after no given name, "Halvard Energy"): it says the entity is a company
    as a descriptor does, over the person or place NER took its short form for ("Korvan will keep",
    "ending Douglas era")."""
    words = name_part(surface).split()
    return len(words) > 1 and words[0][:1].isupper() and company_worded(" ".join(words), lang)


def _votes(group: Sequence[EntityMention]) -> Counter[EntityLabel]:
    """The entity-type votes of one entity's mentions: one per mention, ``_EVIDENCE_WEIGHT`` for an
    organisation the text describes as one (``ORGANISATION_EVIDENCE``) and for the place of a
    dateline, over the model's labels of its other mentions ("Les membres d'Ansar Eddine ... Ansar
    Eddine avait menacé")."""
    votes: Counter[EntityLabel] = Counter()
    for m in group:
        if m.label == "LOC" and any(e.startswith(PLACE_EVIDENCE) for e in m.evidence):
            # The place a report was filed from, or one the text locates in a region: its position
            # says it is a place ("WOLFSBURG, Germany (AP) —" ... "jobs in Wolfsburg", "Oshawa,
            # Ontario" ... "the Oshawa closure", which NER calls a company).
            votes["LOC"] += _EVIDENCE_WEIGHT
            continue
        described = m.label == "ORG" and (any(e.startswith(ORGANISATION_EVIDENCE) for e in m.evidence) or _company_head_name(m.text, m.lang))
        # A legal form ("Continental Illinois Corporation") settles it for every short form, and so
        # does, in English, a noun of an organisation's kind written before the name or in apposition to it
        # ("Mobile operator Telvanta said", "Telvanta, the wireless carrier") of a name no
        # gazetteer record types, against the model's labels of its other mentions, which read an
        # unknown coined word as a place or a person as often as not ("Telvanta" GPE five times).
        decisive = described and any(
            e.startswith(_LEGAL_SUFFIX_EVIDENCE) or (m.lang == "en" and not m.canonical and e.startswith(_DECISIVE_EVIDENCE)) for e in m.evidence
        )
        votes[m.label] += len(group) if decisive else _EVIDENCE_WEIGHT if described else 1
    return votes


def _voted(group: Sequence[EntityMention], etype: EntityLabel) -> Sequence[EntityMention]:
    """The mentions of one entity with the entity's type: a mention the model typed otherwise than
    the more numerous ones of its entity, or than the gazetteer record, takes the entity's type
    ("Continental" once a place, twice the company). Only among person, organisation and place;
    a product stays one."""
    if etype not in _NAME_TYPES or all(m.label == etype for m in group):
        return group
    votes = _votes(group)
    if not any(m.canonical for m in group) and votes[etype] <= max(n for lab, n in votes.items() if lab != etype):
        return group
    return tuple(
        replace(m, label=etype, evidence=(*m.evidence, f"entity type: {etype}")) if m.label in _NAME_TYPES and m.label != etype and not m.institution else m
        for m in group
    )


def _acronym_form(name: str) -> str | None:
    """``name`` as an acronym without its stops ("G.M." -> "GM"), or None when it is none."""
    core = name.replace(".", "").strip()
    return core if core.isalpha() and core.isupper() and 2 <= len(core) <= 6 else None


def _other_acronym(acronym: str, name: EntityMention, group: set[str], gazetteer: Gazetteer) -> bool:
    """Whether the name ``name`` already has an acronym that ``acronym`` (stops removed) extends or
    shortens by letters: one of its gazetteer record's names or one of ``group``, the acronyms of
    its group ("GM" for "General Motors Corp.": "GMC", a brand, is another thing, though its letters
    are the initials with "Corp."). The same acronym written with stops ("G.M.") is no other one."""
    acronym = acronym.replace(".", "")
    record = gazetteer.by_id(name.canonical) if name.canonical else None
    forms = {_acronym_form(n) for n in record.names()} if record is not None else set()
    return any(f and acronyms_differ_by_letters(f, acronym) for f in forms | group)


def _stands_for(acronym: EntityMention, name: EntityMention, known: set[str] | None) -> bool:
    """Whether ``name`` may be what ``acronym`` abbreviates: any name when the gazetteer does not know
    the acronym, else the same record or a name that shares a word of more than three letters with
    one of its record's names (``known``, normalised: "Organization of Petroleum Exporting
    Countries" for OPEC; not "Avalon Partners" for AP, the Associated Press)."""
    if known is None or name.canonical == acronym.canonical:
        return True
    return any(w in known for w in normalise_name(name_part(name.text)).split())


def _make_entity(
    group: Sequence[EntityMention], *, gazetteer: Gazetteer, lang: str, evidence: tuple[str, ...]
) -> Entity:
    record = next((r for m in group if m.canonical for r in [gazetteer.by_id(m.canonical)] if r is not None), None)
    location = next((m.location_qid for m in group if m.location_qid), None)
    institution = next((m.institution for m in group if m.institution), None)
    if record is None and institution is not None:
        label = inst.institution_label(institution, gazetteer) or institution
        return Entity(key=institution, label=label, type="ORG", mentions=tuple(group), qid=None, merge_evidence=evidence, location_qid=location)
    if record is not None:
        label = record.label("en")
        etype: EntityLabel = record_type(record, lang)  # type: ignore[assignment]
        key = record.qid or slugify(record.id)
        qid = record.qid
    else:
        votes = _votes(group)
        etype = max(votes, key=lambda lab: (votes[lab], lab == "ORG", lab == "PER"))
        forms = Counter(mention_name(m) for m in group)
        # A form in small letters names it better than a heading in capitals ("Wolfsburg", "WOLFSBURG").
        label = max(forms, key=lambda f: (len(f.split()) if etype == "PER" else forms[f], forms[f], not f.isupper(), len(f)))
        # A market's key is its own ("market-nasdaq"), not the index's of its name ("fin-nasdaq").
        kind = "market" if etype == "FIN" and all(names_a_market(m) for m in group) else etype.lower()
        key = f"{kind}-{slugify(normalise_name(label))}"
        qid = None
    group = _voted(group, etype)
    maker = next((m.maker for m in group if m.maker), None) if etype == "PRO" else None
    tickers = tuple(dict.fromkeys(m.ticker for m in group if m.ticker))
    accounts = tuple(dict.fromkeys(a for m in group for a in m.accounts))
    return Entity(
        key=key,
        label=label,
        type=etype,
        mentions=tuple(group),
        qid=qid,
        merge_evidence=evidence,
        location_qid=location,
        maker=maker,
        tickers=tickers,
        accounts=accounts,
    )
