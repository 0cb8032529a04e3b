"""Typing names from evidence in the text: the words that describe a name outrank the model's label.

NER calls a small NGO, a trade union or a pet-food company named like a planet a person or a place.
The text usually says what it is: a descriptor before the name ("the advocacy group Zorba", "le
syndicat Zorba", "engine maker Zorba"), a noun for its staff ("analysts at Zorba"), an apposition ("Zorba, a pet-food company", "Zorba, une
société lyonnaise") or a predicate only an organisation has ("Zorba has agreed to acquire", "Zorba,
which makes", "Zorba a racheté"). A name so described is typed ORG, and the words that decided are
kept on the mention (``EntityMention.evidence``) for a later chain-level type vote. Names the
gazetteer knows keep their record's type.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, cast

from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.institutions import norm
from kg.knowledge.words import word_map, word_maps, word_set, word_sets
from kg.nlp.grammar import _morph
from kg.text.names import name_part

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from kg.types import EntityLabel

from kg.extract.entities import (
    COURT_EXTRACTOR,
    SEAT_EVIDENCE,
    UNSURE_PRODUCT,
    Candidate,
    _make_names,
    given_name_evidence,
    person_named,
    speaks_of_self_after,
)
from kg.extract.headlines import title_case_line
from kg.extract.sites import SITE_EXTRACTOR
from kg.extract.spanindex import CandidateIndex

__all__ = ["led_by", "ORGANISATION_EVIDENCE", "PERSON_PLACE_EVIDENCE", "PLACE_KIND_EVIDENCE", "place_kind_evidence", "ROLE_APPOSITION_EVIDENCE", "company_short_names", "described_capitals", "employers_after_people", "employers_of_company_roles", "legal_suffix", "organisation_evidence", "place_evidence", "place_people_evidence", "people_by_given_name", "people_by_role_apposition", "people_before_role_appositions", "listed_after_descriptor", "names_after_descriptors", "named_after_english_descriptors", "forms_of_address", "kind_of_name", "listed_with_organisations", "organisations_named_again", "placed_in_regions", "typed_by_evidence", "with_head_nouns", "with_lowercase_complements", "share_owners", "country_owned_companies", "people_by_kinship", "brands_before_owners"]

# How the evidence strings of :func:`organisation_evidence` begin: a mention so typed outweighs the
# model's labels of the other mentions of its entity (kg.extract.mentions, the entity-type vote).
ORGANISATION_EVIDENCE = (
    "descriptor before:", "apposition:", "employer of:", "member of:", "predicate:", "unit noun after:", "legal suffix:",
    "listed with organisations:", "listed after a descriptor:", "company mark:",
)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
# Verbs through which a subject also does what the verb after them says ("Zorba agreed to acquire").
_CONTROL_DEPS = frozenset({"xcomp"})
_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "PROPN", "ADV", "PUNCT"})


def _descriptor(tok: Token, lang: str) -> bool:
    words = word_sets("organisation_descriptors").get(lang, frozenset())
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in words or tok.lower_ in words)


def _hyphenated_descriptor_before(span: SpacySpan) -> Token | None:
    """English: the first word of a hyphenated descriptor right before the name ``span`` and
    attached to it ("payments start-up Paylo", which the tokenizer cuts in three: "start", "-",
    "up"), the whole written in ``en/organisation_descriptors``, or None."""
    doc = span.doc
    if span.start < 3:
        return None
    first, dash, last = doc[span.start - 3], doc[span.start - 2], doc[span.start - 1]
    if dash.text != "-" or first.whitespace_ or dash.whitespace_ or not first.is_alpha or not last.is_alpha:
        return None
    if f"{first.lower_}-{last.lower_}" not in word_sets("organisation_descriptors").get("en", frozenset()):
        return None
    attached = span.start <= first.head.i < span.end or span.root.head.i in (first.i, last.i)
    return first if attached else None


# "de" / "d'" between a French descriptor and the bare noun of its kind ("la firme d'investissement").
_KIND_LINKS = frozenset({"de", "d'", "d’"})


def _descriptor_before(span: SpacySpan, lang: str) -> Token | None:
    """A descriptor noun right before the name and attached to it ("the advocacy group Zorba",
    "le syndicat Zorba", "retailer Zorba"); in French also with the bare noun of its kind between,
    after "de" and no article ("la firme d'investissement Zorba", "les sociétés de courtage
    Zorba", "le cabinet d'audit Zorba"; not "la firme de la ville Zorba")."""
    doc = span.doc
    if span.start == 0:
        return None
    noun = doc[span.start - 1]
    if lang == "fr" and (described := _descriptor_with_adjectives(span, lang)) is not None:
        return described
    if lang == "en" and (hyphenated := _hyphenated_descriptor_before(span)) is not None:
        return hyphenated
    linked = {noun.i}
    if not _descriptor(noun, lang) and lang == "fr" and span.start >= 3 and noun.pos_ == "NOUN" and noun.is_lower:
        link, kind = doc[span.start - 2], noun
        noun = doc[span.start - 3]
        linked = {noun.i, kind.i}
        if link.lower_ not in _KIND_LINKS or (kind.head.i not in (noun.i, span.root.i) and span.root.head.i != kind.i):
            return None
    if not _descriptor(noun, lang):
        return None
    if len(linked) > 1 and noun.lemma_.lower() in word_set(lang, "person_role_nouns"):
        return None  # « le producteur de cinéma Harvey Weinstein », « l'éditeur de presse X »: a person's trade
    root = span.root
    if root.head.i in linked or any(span.start <= doc[i].head.i < span.end for i in linked):
        return noun
    return None


# At most this many lowercase modifiers between a French descriptor and the name.
_MAX_DESCRIPTOR_MODIFIERS = 2


def _descriptor_with_adjectives(span: SpacySpan, lang: str) -> Token | None:
    """A determined French descriptor with one or two lowercase modifiers between it and the name
    (« le laboratoire pharmaceutique Helvia », « le constructeur automobile Autavia », « le groupe
    industriel Varnier », « la chaîne américaine Zorba »). French puts the adjective after the
    noun, and the parser often leaves such a name unattached (the name the subject, the descriptor
    a root of its own), so the shape is read on the words: a determiner, the descriptor, the
    modifiers, the name. Not a person's trade (« le producteur américain Harvey Weinstein ») nor a
    name that starts with a given name (« le parti socialiste François Hollande »)."""
    doc = span.doc
    i = span.start - 1
    modifiers = 0
    while i >= 0 and modifiers < _MAX_DESCRIPTOR_MODIFIERS and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("ADJ", "NOUN"):
        if _descriptor(doc[i], lang) and modifiers:
            break
        i -= 1
        modifiers += 1
    if not modifiers or i < 1:
        return None
    noun, det = doc[i], doc[i - 1]
    if not _descriptor(noun, lang) or det.pos_ != "DET" or not noun.is_lower:
        return None
    if noun.lemma_.lower() in word_set(lang, "person_role_nouns") or noun.lower_ in word_set(lang, "person_role_nouns"):
        return None
    first = span[0].text.split("-")[0].casefold()
    if first in word_set("xx", "given_names") and len(span) > 1:
        return None
    return noun


# Words that join the capitalised words of one French name ("Val de Gascogne", "Maison & Cie").
_NAME_JOINERS = frozenset({"de", "du", "des", "d'", "d’", "&", "-"})
# Capitalised articles that begin a French name ("le collectif Les Biclous Solidaires").
_NAME_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


# The joiners after which a place the gazetteer knows says where the organisation is.
_PLACE_LINKS = frozenset({"de", "d'", "d’"})


def _place_follows(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Whether the capitalised words from ``i`` on (hyphenated ones whole) are a place the
    gazetteer knows or one of the ``places`` the text names: « de Lyon », « d'Arcachon »."""
    from kg.extract.entities import _is_known_place

    j = i
    while j < len(doc) and _capitalised(doc[j]) and (doc[j].is_alpha or "-" in doc[j].text):
        j += 1
    return j > i and (doc[i:j].text in places or _is_known_place(doc[i:j].text))


def _name_ends_clause(doc: Doc, end: int) -> bool:
    """Whether the name that ends before token ``end`` is whole: the text ends there, or a
    punctuation mark or a finite verb follows (« l'éditeur Hachette a annoncé », « les éditions
    Sarbacane, fondées en 2003 »), not a word that goes on with a title (« la firme Idées au cube »)."""
    if end >= len(doc):
        return True
    tok = doc[end]
    return tok.is_punct or (tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"))


def _name_after(doc: Doc, i: int, *, numbers: bool, places: frozenset[str] = frozenset()) -> int:
    """The end of the run of capitalised words that begins at ``i`` (``i`` when there is none): an
    article may begin it, "de" or "&" join two of its words, and a product's name may end with a
    number ("HydroPic 3")."""
    j = i
    if j + 1 < len(doc) and doc[j].lower_ in _NAME_ARTICLES and _capitalised(doc[j]) and _capitalised(doc[j + 1]):
        j += 1
    if j >= len(doc) or not _capitalised(doc[j]) or not any(c.isalpha() for c in doc[j].text):
        return i
    j += 1
    while j < len(doc):
        tok = doc[j]
        if _capitalised(tok) and (tok.is_alpha or "-" in tok.text):
            j += 1
        elif tok.lower_ in _NAME_JOINERS and j + 1 < len(doc) and _capitalised(doc[j + 1]):
            if tok.lower_ in _PLACE_LINKS and _place_follows(doc, j + 1, places):
                break  # « la coopérative Habitat Solidaire d'Arcachon »: where it is, not its name
            j += 2
        elif numbers and tok.like_num and tok.is_digit:
            j += 1
            break
        else:
            break
    if doc[i].lower_ in _TITLE_ARTICLES and _capitalised(doc[i]) and _title_word_after(doc, j):
        j += 1  # « le journal Le Dauphiné libéré rapporte »: a title's lower-case adjective
    return j


# The singular articles that begin a newspaper's or a work's title (« Le Canard enchaîné »).
_TITLE_ARTICLES = frozenset({"le", "la"})


def _title_word_after(doc: Doc, j: int) -> bool:
    """Whether the token ``j`` is a lower-case adjective or participle that a title ends with: one
    a conjugated verb follows (« Le Républicain lorrain affirme », « Le Canard enchaîné a révélé »),
    not one with its own complement (« Le Parisien daté de mardi »)."""
    if j + 1 >= len(doc) or not doc[j].is_lower or not doc[j].is_alpha:
        return False
    tok, after = doc[j], doc[j + 1]
    if not (tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm"))):
        return False
    return after.pos_ in ("VERB", "AUX") and "Fin" in after.morph.get("VerbForm")


# The parts of speech of a lower-case modifier between a descriptor and the name: the parser reads
# some adjectives as proper nouns or unknown words (« le laboratoire alsacien », « le studio de
# jeux vidéo »).
_MODIFIER_POSES = frozenset({"ADJ", "NOUN", "PROPN", "X"})


def _kind_complement(tok: Token) -> bool:
    """Whether "de" and a bare lower-case noun of its kind follow the noun ``tok`` (« le fabricant
    de jouets »), which makes a trade a firm's."""
    doc = tok.doc
    i = tok.i + 1
    return i + 1 < len(doc) and doc[i].lower_ in _KIND_LINKS | {"des"} and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN"


def _descriptor_kind(tok: Token, lang: str) -> tuple[EntityLabel, str] | None:
    """What the French noun ``tok`` says the name after it is: an organisation ("syndicat",
    "association", "studio") or a product ("vaccin", "console"), with the evidence to record."""
    if tok.pos_ != "NOUN" or not tok.is_lower:
        return None
    forms = {tok.lemma_.lower(), tok.lower_}
    if forms & word_set(lang, "person_role_nouns") and not _kind_complement(tok):
        return None  # « le producteur Besson » is a person; « le fabricant de jouets Ludimax » a firm
    if forms & word_sets("organisation_descriptors").get(lang, frozenset()):
        return "ORG", f"descriptor before: {tok.lemma_.lower()}"
    if forms & _product_kinds(lang):
        return "PRO", f"product noun before: {tok.lemma_.lower()}"
    return None


@cache
def _product_kinds(lang: str) -> frozenset[str]:
    """The product nouns of ``lang`` that are no metaphor (``product_kinds`` less ``metaphor_kinds``)."""
    return word_sets("product_kinds").get(lang, frozenset()) - word_set("xx", "metaphor_kinds")


def _lower_nouns(doc: Doc) -> list[int]:
    """The indices of the lower-case common nouns of ``doc`` (the only tokens :func:`_descriptor_kind`
    may take), read from the POS and IS_LOWER arrays without building a Token per word."""
    from spacy.attrs import IS_LOWER, POS
    from spacy.parts_of_speech import IDS

    if not len(doc):
        return []
    noun = IDS["NOUN"]
    columns = doc.to_array([POS, IS_LOWER])
    return [i for i, (pos, low) in enumerate(zip(columns[:, 0].tolist(), columns[:, 1].tolist())) if pos == noun and low]


def names_after_descriptors(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """French: ``candidates`` with the names right after a determined noun that says what they are
    (:func:`_descriptor_kind`), with at most two lower-case modifiers between, or a "de" complement
    of its kind: « le syndicat des joueurs Provale », « l'association de patients Lyme Espoir », « le
    laboratoire alsacien Vectis Bio », « le collectif Les Biclous Solidaires » (ORG), « son vaccin
    expérimental VLY-204 », « la console portable Zorba Go » (PRO). A name NER missed or read as
    MISC is added; one it read as a person or a place (a product: or a company) that the gazetteer
    does not know is retyped; a piece of the name it read is replaced by the whole (« vidéo
    Pixelhain », « Zorba » of « Zorba Go »). Not a name after "de" alone (« l'équipe de France », « le
    club de Lyon »: a place's team), nor one that begins with a given name (« le parti socialiste
    François Hollande »)."""
    if lang != "fr" or not len(doc):
        return candidates
    from kg.nlp.wordforms import is_dictionary_word

    contractions = word_set(lang, "definite_contractions")
    index = CandidateIndex(candidates)
    places = frozenset(text[c.start : c.end] for c in candidates if c.label == "LOC")
    replaced: dict[int, Candidate | None] = {}
    added: list[Candidate] = []
    for i in _lower_nouns(doc):
        tok = doc[i]
        if tok.i == 0 or (kind := _descriptor_kind(tok, lang)) is None:
            continue
        det = doc[tok.i - 1]
        if not (det.pos_ == "DET" or det.lower_ in contractions):  # « le », « du », « son »
            continue
        j = tok.i + 1
        if j + 1 < len(doc) and doc[j].lower_ in _KIND_LINKS | {"des"} and doc[j + 1].is_lower:
            j += 1  # « le syndicat des joueurs », « l'association de patients »
            if not (doc[j].is_alpha and doc[j].pos_ in _MODIFIER_POSES):
                continue
        modifiers = 0
        while j < len(doc) and modifiers < _MAX_DESCRIPTOR_MODIFIERS and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in _MODIFIER_POSES:
            j += 1
            modifiers += 1
        end = _name_after(doc, j, numbers=kind[0] == "PRO", places=places)
        if end == j:
            continue
        if kind[0] == "ORG" and end < len(doc) and doc[end].is_digit:
            continue  # « le réseau Natura 2000 », « le collectif Horizon 2030 »: a programme's or a label's name
        name = doc[j:end]
        a, b = name.start_char, name.end_char
        first = name[0].text.split("-")[0].casefold()
        if first in word_set("xx", "given_names") and len(name) > 1:
            continue
        label, why = kind
        over = [k for k in index.overlapping(a, b) if candidates[k].evidence != (UNSURE_PRODUCT,)]
        if any(k in replaced or candidates[k].record is not None or candidates[k].institution is not None for k in over):
            continue  # a name the gazetteer knows keeps its record's type
        if len(over) == 1 and (candidates[over[0]].start, candidates[over[0]].end) == (a, b):
            cand = candidates[over[0]]
            wrong = ("PER", "LOC") if label == "ORG" else ("PER", "LOC", "ORG")
            if cand.label in wrong and not cand.evidence:
                replaced[over[0]] = replace(cand, label=label, evidence=(why,))
            continue
        if not all(tok.idx <= candidates[k].start and candidates[k].end <= b for k in over):
            continue  # a longer name the model read across it
        if not over and len(name) == 1 and is_dictionary_word(name.text, lang) and not _name_ends_clause(doc, end):
            continue  # « la firme Idées au cube »: a common word opens a longer title
        for k in over:
            replaced[k] = None
        # The MISC reading of the name, or of a piece of it, gives way too.
        for k in index.overlapping(a, b):
            if candidates[k].evidence == (UNSURE_PRODUCT,):
                replaced[k] = None
        added.append(Candidate(a, b, label, "descriptor", evidence=(why,)))
    if not replaced and not added:
        return candidates
    kept = [replaced.get(k, c) for k, c in enumerate(candidates)]
    return [*(c for c in kept if c is not None), *added]


# A name written in capitals only, as NER often misses it ("BRAC", "EY"): two to six letters, an
# ampersand maybe between them ("A&P").
_CAPITALS_NAME = re.compile(r"[A-Z](?:&?[A-Z]){1,5}")


def _in_capitals(tok: Token) -> bool:
    """A grammar word written in capitals ("THE", "AS", "TO"): the line is in capitals (a
    headline, a wire's kicker), where no word is a name by its case."""
    return tok.is_alpha and len(tok.text) > 1 and tok.is_upper and tok.is_stop


def described_capitals(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the names written in capitals that NER missed and the text
    describes as an organisation, by an apposition ("BRAC, the Bangladeshi development charity,",
    "EY, the accounting firm,") or a descriptor right before ("the charity BRAC"), typed ORG with
    that evidence; a one-word name the tagger reads as such, by an apposition only ("Walgreens,
    the pharmacy operator,"). A word the model read as part of any name is left alone, and so is one before
    another capitalised word (a longer name's start). An abbreviation of a term or a title
    (``en/business_terms``, ``en/role_titles``: "the company CEO said", "the club AGM"), one that
    premodifies the noun after it ("the team GPS data") and a word of a line written in capitals
    ("THE UNION VOTES TO STRIKE") name nothing."""
    if lang != "en" or not len(doc):
        return candidates
    from kg.knowledge.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    skip = word_set("xx", "given_names") | word_set(lang, "weekdays") | word_set(lang, "months")
    terms = word_set(lang, "business_terms") | frozenset(word_map(lang, "role_titles"))
    index = CandidateIndex(candidates)
    added: list[Candidate] = []
    for tok in doc:
        capitals = _CAPITALS_NAME.fullmatch(tok.text) is not None
        if capitals and (tok.lower_ in terms or (tok.i > 0 and _in_capitals(doc[tok.i - 1]))):
            continue
        # A one-word name of the tagger's, capitalised, with an apposition only ("Walgreens, the
        # pharmacy operator,"): no given name, weekday, month or place the gazetteer knows.
        titled = not capitals and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.lower_ not in skip
        if not (capitals or titled) or index.overlaps(tok.idx, tok.idx + len(tok.text)):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue
        if titled and ((tok.i > 0 and doc[tok.i - 1].text[:1].isupper()) or any(r.type == "LOC" for r in gazetteer.lookup(tok.text))):
            continue
        span = doc[tok.i : tok.i + 1]
        why = None
        if (noun := _apposition_after(span, lang)) is not None or (
            capitals and not _premodifies_noun_after(span) and (noun := _descriptor_before(span, lang)) is not None
        ):
            kind = "apposition" if noun.i > tok.i else "descriptor before"
            why = f"{kind}: {noun.lemma_.lower()}"
        if why is not None:
            added.append(Candidate(tok.idx, tok.idx + len(tok.text), "ORG", "described-capitals", evidence=(why,)))
    return sorted([*candidates, *added], key=lambda c: c.start) if added else candidates


def named_after_english_descriptors(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the names NER missed right after a determined singular noun of
    ``en/organisation_descriptors`` ("the charity Emergency", "the French NGO Médecins du Monde",
    "its partner Zorba Labs"), adjectives maybe between the determiner and the noun, typed ORG with
    that evidence. The name is the run of capitalised words after the noun (:func:`_name_after`);
    one that overlaps a candidate, begins with a given name (a person's), a weekday or a month
    ("said the company Monday"), a term of business (``en/business_terms``: "the club AGM"), a
    word of a role's title ("the bank Chief Executive") or a person's noun ("the team Doctor": ``en/coref_person_nouns``, ``en/person_role_nouns``), or
    holds a pronoun ("the company I work for") is left alone; and so is a holiday or any name
    that premodifies the common noun after it ("the charity Christmas appeal", "the team Easter
    camp"), a thing of the organisation's (``en/organisation_own_nouns``, ``en/governing_bodies``,
    ``en/event_name_heads``, ``en/work_nouns``: "the company Board", "the party Conference", "the
    band World Tour"), one whose name goes on past a lower-case word (:func:`_name_goes_on`: "the charity Save
    the Children", "the charity Women's Aid") and a line in capitals ("THE UNION VOTES TO STRIKE")."""
    if lang != "en" or not len(doc):
        return candidates
    words = word_sets("organisation_descriptors").get(lang, frozenset())
    skip = (
        word_set("xx", "given_names") | word_set(lang, "weekdays") | word_set(lang, "months") | frozenset(word_map(lang, "role_titles"))
        | word_set(lang, "coref_person_nouns") | word_set(lang, "person_role_nouns") | word_set(lang, "business_terms")
    )
    holidays = word_map(lang, "holidays")
    owned = (
        word_set(lang, "organisation_own_nouns") | word_set(lang, "governing_bodies") | word_set(lang, "event_name_heads") | word_set(lang, "work_nouns")
    )
    index = CandidateIndex(candidates)
    added: list[Candidate] = []
    for tok in doc[1:]:
        if tok.lower_ not in words or tok.tag_ not in ("NN", "NNP") or not (tok.is_lower or tok.is_upper):
            continue
        k = tok.i - 1
        while k > 0 and k > tok.i - 4 and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text[:1].isalpha():
            k -= 1
        if doc[k].lower_ not in ("the", "a", "an", "its", "their") and doc[k].tag_ != "POS":
            continue
        if _in_capitals(doc[k]):
            continue  # "THE UNION VOTES TO STRIKE": a headline in capitals
        end = _name_after(doc, tok.i + 1, numbers=False)
        if end == tok.i + 1:
            continue
        name = doc[tok.i + 1 : end]
        a, b = name.start_char, name.end_char
        if index.overlaps(a, b) or name[0].lower_ in skip or name[0].lower_ in words or any(t.pos_ == "PRON" for t in name):
            continue
        if name[0].text in holidays or name.text in holidays or _premodifies_noun_after(name) or _name_goes_on(doc, end, lang):
            continue
        if name[-1].lower_ in owned:
            continue  # "the company Board", "the band World Tour": the organisation's own thing
        added.append(Candidate(a, b, "ORG", "descriptor-name", evidence=(f"descriptor before: {tok.lower_}",)))
    return sorted([*candidates, *added], key=lambda c: c.start) if added else candidates


def _premodifies_noun_after(name: SpacySpan) -> bool:
    """The name is a modifier of the lower-case common noun right after it ("the company Christmas
    party", "the team Easter camp"): the noun, not the name, heads the phrase."""
    doc = name.doc
    if name.end >= len(doc):
        return False
    noun = doc[name.end]
    return noun.is_lower and noun.tag_ in ("NN", "NNS") and name[-1].head.i == noun.i and name[-1].dep_ in ("compound", "amod", "nmod")


# How many lower-case words may come between two capitalised words of one name ("Save the
# Children", "Action contre la Faim").
_NAME_GAP = 2


def _name_goes_on(doc: Doc, end: int, lang: str) -> bool:
    """Whether the run of capitalised words ending at ``end`` goes on after a possessive or at most
    :data:`_NAME_GAP` lower-case words that are no verb, no conjunction and no place preposition
    (``en/place_prepositions``), with a capitalised word that is no weekday or month ("Save the
    Children", "Women's Aid", "Help for Heroes", "Action contre la Faim"; not "Mind in London",
    "Mind on Monday"): the name is longer than the run, and where it ends is not known."""
    places = word_set(lang, "place_prepositions")
    times = word_set(lang, "weekdays") | word_set(lang, "months")
    j = end
    while j < len(doc) and j - end < _NAME_GAP:
        tok = doc[j]
        if not (tok.tag_ == "POS" or (tok.is_lower and tok.is_alpha)) or tok.pos_ in ("VERB", "AUX", "CCONJ", "PRON") or tok.lower_ in places:
            return False
        j += 1
        if j < len(doc) and _capitalised(doc[j]) and doc[j].is_alpha:
            return doc[j].lower_ not in times
    return False


def _apposition_after(span: SpacySpan, lang: str) -> Token | None:
    """A descriptor heading an apposition after the name ("Zorba, a pet-food company", "Zorba,
    une société lyonnaise"): English takes the last noun of the run, French the first."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    stop = min(len(doc), i + 6)
    while i < stop:
        if lang == "en" and (doc[i].tag_ == "POS" or (doc[i].pos_ == "NOUN" and i + 1 < len(doc) and doc[i + 1].tag_ == "POS")):
            # an owner before the descriptor ("Zorba, the country's largest hotel chain"), which
            # does not count in the descriptor's words ("Virgin Australia, the country's
            # second-largest carrier": issue 21, n39a)
            i += 1
            stop = min(len(doc), stop + 1)
            continue
        if doc[i].pos_ == "NOUN":
            break
        if doc[i].pos_ not in _MODIFIER_POS or doc[i].text == ",":
            return None
        i += 1
    if i >= stop:
        return None
    if lang == "fr":
        head = doc[i]
    else:
        j = i
        while j + 1 < len(doc) and (doc[j + 1].pos_ == "NOUN" or (doc[j + 1].text == "-" and j + 2 < len(doc))):
            j += 1
        head = doc[j] if doc[j].pos_ == "NOUN" else doc[j - 1]
    # The parse must attach the noun to the name: "Face à Jean Dupont, les fédérations ont annoncé"
    # has a comma and a descriptor, but the noun heads the next clause.
    # (The French parser often reads an apposition as a second subject of the name's verb.)
    root = span.root
    attached = (head.dep_ == "appos" and span.start <= head.head.i < span.end) or (
        head.head.i == root.head.i and head.dep_ == root.dep_ and root.head.i != root.i
    )
    return head if attached and _descriptor(head, lang) else None


def _apposition_before(span: SpacySpan, lang: str) -> Token | None:
    """English: a descriptor or a company's unit noun (``organisation_unit_nouns``) right before a
    comma and the name, which the parse makes its apposition ("The Italian carmaker, Brenno, said",
    "Kestrel's European unit, Vendel, lost", "its German subsidiary, Vendel"): the noun. A person's
    role there ("its chief economist, Jane Roe") is no descriptor, and a name that begins with a
    given name (``xx/given_names``) is left as the model read it."""
    doc = span.doc
    if lang != "en" or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    noun, root = doc[span.start - 2], span.root
    if root.dep_ != "appos" or root.head.i != noun.i or not noun.is_lower:
        return None
    if span[0].text.split("-")[0].casefold() in word_set("xx", "given_names") and len(span) > 1:
        return None  # a person's name, as after a descriptor before it ("its unit, Jane Roe": a parse's slip)
    units = word_maps("organisation_unit_nouns").get(lang, {})
    return noun if _descriptor(noun, lang) or (noun.pos_ == "NOUN" and noun.lower_ in units) else None


def _employer_after(span: SpacySpan, lang: str) -> Token | None:
    """A noun for people who work for an organisation, then "at" ("chez") and the name
    ("analysts at Zorba", "ingénieur chez Zorba"): the noun, when the parse attaches the name to it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in word_sets("employer_prepositions").get(lang, frozenset()):
        return None
    prep = doc[span.start - 1]
    noun = prep.head if prep.head.i < prep.i else doc[span.start - 2]
    words = word_sets("employee_nouns").get(lang, frozenset())
    if noun.pos_ == "NOUN" and noun.i == span.start - 2 and (noun.lemma_.lower() in words or noun.lower_ in words):
        return noun
    return None


# "de", "d'", "du", "des", "de la", "de l'", "of", "of the" between a member noun and the name.
_MEMBER_LINKS = frozenset({"de", "d'", "d’", "du", "des", "of"})
_MEMBER_ARTICLES = frozenset({"la", "l'", "l’", "the"})


def _member_of(span: SpacySpan, lang: str) -> Token | None:
    """A noun for a group's members or founders, then "de" / "of" and the name ("les membres
    d'Ansar Eddine", "the founder of WikiLeaks": ``<lang>/membership_nouns``): the noun."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in _MEMBER_ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in _MEMBER_LINKS:
        return None
    noun = doc[i - 1]
    return noun if noun.lower_ in word_sets("membership_nouns").get(lang, frozenset()) else None


def led_by(span: SpacySpan, lang: str) -> Token | None:
    """French: a noun of who leads or speaks for an organisation, its adjectives, then « de » and
    the one-word name (« le patron de Kortex », « le directeur général d'Ovalis », « la porte-parole
    de Norvanta »; ``fr/head_role_nouns``, ``fr/organisation_leader_nouns``): the noun. A name of
    several words is left as the model read it (« la porte-parole de Marine Le Pen »), and so is a
    given name (``xx/given_names``: « le patron de Julien »)."""
    if lang != "fr" or len(span) != 1:
        return None
    if span.text.casefold() in word_set("xx", "given_names"):
        return None  # « le patron de Julien »: a person's employer, the person named by a given name
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_.replace("’", "'") not in ("de", "d'", "du"):
        return None
    i -= 1
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1  # « le directeur général d'Ovalis »
    noun = doc[i]
    words = word_set("fr", "head_role_nouns") | word_set("fr", "organisation_leader_nouns")
    if noun.pos_ in ("NOUN", "PROPN") and (noun.lower_ in words or noun.lemma_.lower() in words):
        return noun
    return None


def _organisation_predicate(span: SpacySpan, lang: str) -> Token | None:
    """A verb only an organisation is the subject of ("Zorba has agreed to acquire", "Zorba a
    racheté"), or that a non-personal relative clause says of it ("Zorba, which makes")."""
    verbs = word_sets("organisation_verbs").get(lang, frozenset())
    root = span.root
    if root.dep_ in _SUBJECT_DEPS:
        verb = root.head
        if verb.lemma_.lower() in verbs:
            return verb
        for child in verb.children:
            if child.dep_ in _CONTROL_DEPS and child.lemma_.lower() in verbs:
                return child
    if lang == "en":
        for child in root.children:
            if child.dep_ == "relcl" and any(t.lower_ == "which" and t.dep_ in _SUBJECT_DEPS for t in child.children):
                if child.lemma_.lower() in verbs | word_sets("organisation_relative_verbs").get(lang, frozenset()):
                    return child
    return None


def _organisation_object(span: SpacySpan, lang: str) -> Token | None:
    """English: the verb whose direct object the one-word name ``span`` is, when it sues or takes
    over an organisation (``en/organisation_object_verbs``: "The state sued Acme."), which makes a
    name the model read as a place an organisation; None for a name of several words or one the
    gazetteer knows as a place ("Texas sued California")."""
    if lang != "en" or len(span) != 1 or span.root.dep_ != "dobj":
        return None
    verb = span.root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("en", "organisation_object_verbs"):
        return None
    return None if any(r.type == "LOC" for r in default_gazetteer().lookup(span.text)) else verb


def organisation_evidence(span: SpacySpan, lang: str, *, place: bool = False, person: bool = False) -> str | None:
    """The words that make the name ``span`` an organisation, as a short phrase for the record
    ("descriptor before: group", "apposition: company", "member of: membres", "predicate: acquire"),
    or None. An apposition or a member noun does not retype a ``place``: "Lausanne et La
    Chaux-de-Fonds, deux équipes" names the towns' teams by metonymy, and the name itself stays a
    place. Nor does a noun of a person's trade retype a full name the model read as a ``person``
    (:func:`_persons_trade`: "Randall Grahm, the California winemaker")."""
    if (tok := _descriptor_before(span, lang)) is not None and not (person and _persons_trade(tok, span, lang)):
        return f"descriptor before: {tok.lemma_.lower()}"
    if (
        (tok := _apposition_after(span, lang)) is not None
        and (not place or tok.lemma_.lower() in word_sets("business_appositions").get(lang, frozenset()))
        and not (person and _persons_trade(tok, span, lang))
    ):
        # A place is retyped only by a noun of a line of business ("Northern Rock, the British
        # mortgage lender"): "Lausanne et La Chaux-de-Fonds, deux équipes" names towns' teams.
        return f"apposition: {tok.lemma_.lower()}"
    if (tok := _apposition_before(span, lang)) is not None and (
        not place or (tok.tag_ != "NNS" and tok.lemma_.lower() in word_sets("business_appositions").get(lang, frozenset()))
    ) and not (person and _persons_trade(tok, span, lang)):
        # Before the name too ("the country's largest bank, Kaupthing", which NER took for a place);
        # a plural noun introduces a list, which listed_after_descriptor reads.
        return f"apposition: {tok.lemma_.lower()}"
    if (tok := _employer_after(span, lang)) is not None:
        return f"employer of: {tok.lemma_.lower()}"
    if not place and (tok := _member_of(span, lang)) is not None:
        return f"member of: {tok.lower_}"
    if (tok := led_by(span, lang)) is not None:
        return f"led by: {tok.lower_}"
    if (tok := _organisation_predicate(span, lang)) is not None:
        return f"predicate: {tok.lemma_.lower()}"
    if (tok := _unit_noun_after(span, lang, place=place)) is not None:
        return f"unit noun after: {tok.lower_}"
    if place and (tok := _organisation_object(span, lang)) is not None:
        return f"object of: {tok.lemma_.lower()}"
    if person and (tok := _company_mark(span, lang)) is not None:
        return f"company mark: {tok.lower_}"
    return None


def _company_mark(span: SpacySpan, lang: str) -> Token | None:
    """English: the noun of a company's own that makes the name ``span``, which the model read as
    a person's, a company named after its founder (issue 21, n29a): a noun of its shares right
    after it, the name modifying it ("Ralph Lauren shares fell": ``en/company_share_nouns``), a noun
    of ``en/company_marked_nouns`` marked "both" it owns with "'s" ("Calvin Klein's owner", "Tommy
    Hilfiger's shareholders"), or one after "its" in the direct object of a verb the name is the subject of
    ("Hugo Boss raised its profit forecast", "Ralph Lauren cut its dividend"), an apposition of its
    owner after it ("Louis Vuitton, owned by LVMH, raised"), or a relative clause of
    ``en/company_relative_verbs`` with "which" ("Walt Disney, which owns the app"). "Serena Williams
    shares her view", "Jane Moss's forecast", "Maria Lopez's shares", "John Reed praised its
    design" and a name a person's relative pronoun or age follows give none; nor do "its" where the
    model read an organisation before the name in its sentence or the one before ("At Tesco, Ken
    Murphy raised its profit forecast"), an owner or a relative clause after a preposition's object
    ("a statue of Nelson Mandela, owned by the city council") or a child's parent ("Liam Carter's
    parent") (review rvn29a)."""
    if lang != "en":
        return None
    doc = span.doc
    if _named_as_person(doc, span):
        return None
    root = span.root
    # "the home of Jane Austen, now owned by the National Trust", "the estate of Michael Jackson,
    # which owns the catalogue": after a preposition's object, the apposition or the relative
    # clause may be its head noun's (review rvn29a)
    in_complement = root.dep_ == "pobj" and root.head.dep_ == "prep"
    if _OWNED_AFTER.match(doc.text, span.end_char) is not None:
        if in_complement:
            return None
        # "Louis Vuitton, owned by LVMH, raised ...": a brand a company owns; a person owned by a
        # person is a slave of history ("Harriet Tubman, owned by a Maryland planter")
        owned = next((t for t in doc[span.end : span.end + 6] if t.lower_.endswith("owned")), None)
        owner = doc[owned.i + 2] if owned is not None and owned.i + 2 < len(doc) else None
        return owned if owner is not None and owner.ent_type_ == "ORG" else None
    marked = word_map("en", "company_marked_nouns")
    if span.end < len(doc):
        nxt = doc[span.end]
        if nxt.lower_ in word_set("en", "company_share_nouns") and nxt.pos_ == "NOUN" and root.head.i == nxt.i and root.dep_ == "compound":
            return nxt
        if nxt.tag_ == "POS" and root.dep_ == "poss" and marked.get(root.head.lower_) == "both" and root.head.pos_ == "NOUN" and root.head.i > nxt.i:
            return root.head
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not _organisation_before(span):
        public = word_set("en", "public_forecast_words")
        for obj in root.head.children:
            if obj.dep_ == "dobj" and obj.lower_ in marked and any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children):
                # "Rachel Reeves cut its growth forecast": the Treasury's (review rvn29a)
                if any(c.dep_ in ("compound", "amod") and c.lower_ in public for c in obj.children):
                    return None
                return obj
    for clause in () if in_complement else root.children:
        # "Walt Disney, which owns the app": a person is "who"
        if clause.dep_ == "relcl" and clause.lemma_.lower() in word_set("en", "company_relative_verbs") and any(
            t.lower_ == "which" and t.dep_ in _SUBJECT_DEPS for t in clause.children
        ):
            return clause
    return None


def _organisation_before(span: SpacySpan) -> bool:
    """Whether the model read another name as an organisation before ``span``, in its sentence or
    the one before, or the text writes a noun of an organisation there after "the"
    (``en/organisation_descriptors``, ``en/coref_government_nouns``): the company an "its" after
    ``span`` may be ("At Tesco, Ken Murphy raised its profit forecast", "The BBC said Tim Davie cut
    its workforce", "The club lost again. Todd Boehly cut its workforce"; review rvn29a)."""
    doc = span.doc
    first = span.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    if any(ent.label_ == "ORG" and first <= ent.start and ent.end <= span.start and ent.text != span.text for ent in doc.ents):
        return True
    nouns = word_sets("organisation_descriptors").get("en", frozenset()) | word_set("en", "coref_government_nouns")
    return any(
        tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        for tok in doc[first : span.start]
    )


# An apposition of a company's owner right after its name: ", owned by", ", which is owned by",
# ", majority-owned by".
_OWNED_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?:(?:which|that)[^\S\n]+is[^\S\n]+|now[^\S\n]+)?(?:(?:wholly|majority|partly)[- ])?owned[^\S\n]+by\b")


def _named_as_person(doc: Doc, span: SpacySpan) -> bool:
    """English: whether the words around one of the places where the text writes the name ``span``
    say it is a person's: a person's relative pronoun or an age after it (:func:`_person_after`:
    "Hannah Pike, 61, declined"), or a noun of a person's role or trade right before it
    ("novelist Hannah Pike", "Economist Jane Moss": ``en/role_titles`` heads,
    ``en/person_role_nouns``, ``en/apposition_roles``, ``en/person_trade_descriptors``)."""
    text = doc.text
    roles = word_set("en", "person_role_nouns") | word_set("en", "apposition_roles") | word_set("en", "person_trade_descriptors")
    heads = {w for w, kind in word_map("en", "role_titles").items() if kind == "head"}
    for found in re.finditer(re.escape(span.text), text):
        if _person_after(text, found.end()) is not None:
            return True
        before = _WORD_BEFORE.search(text, max(0, found.start() - 40), found.start())
        if before is not None and (word := before.group(1).casefold()) and (word in roles or word in heads):
            return True
    return False


def _persons_trade(noun: Token, span: SpacySpan, lang: str) -> bool:
    """Whether the descriptor ``noun`` names a person's trade as often as a firm
    (``<lang>/person_trade_descriptors``: winemaker, distiller, publisher, broadcaster...) and
    ``span`` is a person's full name, a given name first (:func:`given_name_evidence`: "Rupert
    Murdoch, the publisher", "master distiller Robert Lumsden"). Other names of two words are a
    company's as often ("Pernod Ricard, the French distiller", "Penguin Random House, the
    publisher"), and so is one word ("Glenmorangie, the distiller")."""
    words = word_sets("person_trade_descriptors").get(lang, frozenset())
    return (noun.lemma_.lower() in words or noun.lower_ in words) and given_name_evidence(span.text) is not None


def _unit_noun_after(span: SpacySpan, lang: str, *, place: bool) -> Token | None:
    """A noun of a brand or a company's unit right after the name ``span``, which the name modifies
    ("its Hummer brand", "the Zorba division": ``<lang>/organisation_unit_nouns``). Only the nouns
    marked "place" type a name NER took for a place ("the Seat brand"; "its Asia unit" is where it
    works)."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    noun = doc[span.end]
    kinds = word_maps("organisation_unit_nouns").get(lang, {})
    if not noun.is_lower or noun.lower_ not in kinds or (place and kinds[noun.lower_] != "place"):
        return None
    return noun if span.root.head.i == noun.i else None


def place_evidence(span: SpacySpan, lang: str) -> str | None:
    """The preposition that makes the one-word name ``span`` a place rather than a person ("arrivant
    à Zuoz", "En Bavière", "vers Eberfeld": ``<lang>/place_only_prepositions``; "pour" after a
    word of setting out, "parti pour Lemberg": ``<lang>/departure_words``), or None. A person
    after such a preposition is written with a title or a given name ("à M. Dupont"), which
    makes the name more than one word; the surname of a person named in full elsewhere in the
    document is retyped a person when mentions merge."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or not span[0].is_alpha:
        return None
    prep = doc[span.start - 1]
    if prep.pos_ != "ADP":
        return None
    if prep.lower_ in word_sets("place_only_prepositions").get(lang, frozenset()):
        return f"place preposition: {prep.lower_}"
    # "pour" after a verb or noun of setting out ("parti pour Lemberg") gives a destination.
    head = span.root.head
    if prep.lower_ == "pour" and head.i != span.root.i and head.lemma_.lower() in word_sets("departure_words").get(lang, frozenset()):
        return f"destination: {head.lemma_.lower()} pour"
    return None


def plant_place_evidence(span: SpacySpan, lang: str) -> str | None:
    """English: the noun of an industrial site right after the name ``span``, one lower-case noun
    between allowed ("the Oshawa plant", "its Janesville assembly plant": ``en/plant_nouns``),
    which makes the name the site's town, or None. The name modifies the noun; a company's own
    plant is named by a company the gazetteer knows ("the Toyota plant"), which keeps its type, and
    so is a make's (``en/vehicle_makes``: "its Jeep plant in Toledo"; issue 21, n35a)."""
    doc = span.doc
    words = word_sets("plant_nouns").get(lang, frozenset())
    i = span.end
    if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "NOUN" and doc[i].lower_ not in words:
        i += 1  # "assembly", "engine", "truck"
    if i >= len(doc) or doc[i].lower_ not in words or not doc[i].is_lower or span.root.head.i != i and span.root.head.i != span.end:
        return None
    # (asked last, of the names a plant's noun follows, and of the makes folded once: every person's
    # name of every document came here, and the list was folded again for each; p36a)
    if span.text.casefold() in _make_names():
        return None
    return f"place of a plant: {doc[i].lower_}"


def settlement_place_evidence(span: SpacySpan, lang: str) -> str | None:
    """English: a noun of a part of a town or of its surroundings right after the name ``span``,
    which the name modifies ("this Dayton suburb", "the Toledo area", "the Detroit metro area":
    ``en/settlement_nouns``), which makes the name the town, or None. A company the gazetteer
    knows keeps its type (the caller leaves its records alone)."""
    doc = span.doc
    words = word_sets("settlement_nouns").get(lang, frozenset())
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in words or not doc[i].is_lower:
        return None
    if span.root.head.i != i and not (i + 1 < len(doc) and doc[i + 1].lower_ in words and span.root.head.i == i + 1):
        return None
    return f"place of a settlement: {doc[i].lower_}"


# How the evidence of :func:`place_kind_evidence` begins: such a place is no company's short form
# (kg.extract.mentions: "the village of Portmurray" ... "Portmurray Oysters").
PLACE_KIND_EVIDENCE = "place kind before:"


def place_kind_evidence(span: SpacySpan, lang: str) -> str | None:
    """English: a noun of a kind of settlement or territory and "of" right before the name
    ``span`` ("the lakeside town of Bellano", "the port city of Marlhaven", "the province of
    Valderra": ``en/place_kind_nouns``), which makes the name the place, or None. The noun is in
    lower case and the parse attaches the name to it through "of" ("the Town of Bellano" is a
    council's name)."""
    doc = span.doc
    if lang != "en" or span.start < 2 or doc[span.start - 1].lower_ != "of":
        return None
    noun, prep = doc[span.start - 2], doc[span.start - 1]
    if not noun.is_lower or noun.lower_ not in word_set(lang, "place_kind_nouns") or prep.head.i != noun.i:
        return None
    return f"{PLACE_KIND_EVIDENCE} {noun.lower_}"



def place_people_evidence(span: SpacySpan, lang: str) -> str | None:
    """English: a noun of a town's or a see's office holder, of a place's people or of its parts
    and "of" right before the name ``span`` of one or two capitalised words (three: a place the gazetteer knows) ("the mayor of
    Bristol", "the Catholic bishop of Cork", "residents of Kilkenny", "the outskirts of Kano":
    ``en/place_people_nouns``), which makes the name the place, or None (issue 21, n29b). The noun
    is in lower case (capitalised only as a sentence's first word) and the parse attaches the name
    to it through "of"."""
    doc = span.doc
    if lang != "en" or span.start < 2 or doc[span.start - 1].lower_ != "of" or not 1 <= len(span) <= 3:
        return None
    if not all(t.text[:1].isupper() for t in span if t.is_alpha) or span[0].lower_ == "the":
        return None
    noun, prep = doc[span.start - 2], doc[span.start - 1]
    lower = noun.is_lower or (noun.is_sent_start and noun.text[1:].islower())  # "Residents of Kalvaro said"
    if not lower or noun.lower_ not in word_set(lang, "place_people_nouns") or prep.head.i != noun.i:
        return None
    if span.root.head.i != prep.i:
        return None  # "people of Tamil origin": the name modifies the noun "of" governs
    if any(given_name_evidence(" ".join(t.text for t in span[k:])) is not None for k in range(1, len(span) - 1)) or (
        len(span) > 2 and not default_gazetteer().lookup(span.text)
    ):
        # "the mayor of Bristol Marvin Rees", "the mayor of Bristol Sadiq Khan": the model ran the
        # place into its office holder's name; three words make a place the gazetteer knows
        # ("the mayor of Salt Lake City") and no other (review rvn29b).
        return None
    return f"place of its people: {noun.lower_}"


# How the evidence of :func:`person_named_place_evidence` begins: such a place is none of the
# gazetteer's people (kg.extract.mentions).
PERSON_PLACE_EVIDENCE = "place named after a person:"


def person_named_place_evidence(span: SpacySpan | None, lang: str) -> str | None:
    """English: a lower-case noun of a place named after a person right after the name ``span`` of
    two words or more that NER read as a person's, the parse making the name its modifier
    ("flights from Charles de Gaulle airport": ``en/person_named_place_nouns``), as the evidence
    phrase, or None (issue 21, n26b). The noun modifies no noun after it ("told John Smith airport
    staff ...")."""
    if span is None or lang != "en" or len(span) < 2 or span.end >= len(span.doc):
        return None
    doc = span.doc
    noun = doc[span.end]
    if not noun.is_lower or noun.lower_ not in word_set(lang, "person_named_place_nouns") or span.root.head.i != noun.i:
        return None
    if span.end + 1 < len(doc) and doc[span.end + 1].pos_ in ("NOUN", "PROPN"):
        return None
    return f"{PERSON_PLACE_EVIDENCE} {noun.lower_}"


def territory_head_evidence(span: SpacySpan, lang: str, *, person: bool = False) -> str | None:
    """English: the capitalised last word of a name of two words or more that makes it a
    territory (``en/territory_name_heads``: "Jefferson Parish", "Zorba County"), as the evidence
    phrase, or None (issue 21, n25b). The name is followed by no capitalised word ("Zorba County
    Council" is a body's). A name NER read as a person's (``person``) that opens with a given name
    (``xx/given_names``) is a person's whose surname is such a word ("Kyle Borough", rv25b)."""
    if lang != "en" or len(span) < 2:
        return None
    if person and span[0].text.split("-")[0].casefold() in word_set("xx", "given_names"):
        return None
    last = span[-1]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if not last.text[:1].isupper() or last.lower_ not in word_set(lang, "territory_name_heads"):
        return None
    if after is not None and after.text[:1].isupper():
        return None
    return f"territory name: {last.lower_}"

def legal_suffix(surface: str) -> str | None:
    """The legal form that ends the name ``surface`` ("Continental Illinois Corporation", "Acme
    Inc.", "Nestlé SA", "First Boston Corp ."; ``xx/legal_suffixes``), which makes it a company
    whatever the model called it, or None. The name has a word before it; the suffix is
    capitalised, and one of two letters or less is written in capitals ("SA", "AG", "Co."), so
    that a possessive or a pronoun ("sa", "Se") is none; one that is a name too
    (``xx/name_like_legal_suffixes``) is not written with a capital initial only ("Nordvik ASA",
    not "Maria Asa", "Bath Spa")."""
    words = surface.replace(" .", ".").split()
    if len(words) < 2:
        return None
    last = words[-1]
    if not last[:1].isupper() or last.casefold() not in word_set("xx", "legal_suffixes"):
        return None
    if len(last.rstrip(".")) <= 2 and not (last.rstrip(".").isupper() or last.endswith(".")):
        return None
    if last == last.capitalize() and last.casefold() in word_set("xx", "name_like_legal_suffixes"):
        return None
    return last


def _organisation_head(span: SpacySpan | None, lang: str) -> str | None:
    """The capitalised noun of an institution that begins the place-typed name ``span`` and makes it
    an organisation (« le Musée industriel », « les Ecoles des Terreaux », « la Cour des
    Tuileries »: ``<lang>/organisation_heads``, compared without accents and with a plural "s"
    left off), or None. The building of a museum or a school named so is its institution for
    HIPE; a one-word name (« Sénat ») is left to the model, and so is a hall named like its
    company (« le Théâtre de verdure »: ``<lang>/venue_heads``)."""
    if lang != "fr" or span is None or len(span) < 2 or not span[0].text[:1].isupper():
        return None
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 3) : span.start] if not t.is_punct]
    if before and before[-1].lower_ not in _DETERMINERS and (before[-1].is_lower and before[-1].pos_ == "NOUN"):
        return None  # « la station Cour Saint-Émilion »: a place named by the noun before it
    if any(_locative(t, lang) for t in before):
        return None  # « un attentat au Musée du Bardo », « dans la Cour Carrée »: where something happens, a place
    venues = word_sets("venue_heads").get(lang, frozenset())
    heads = {norm(w) for w in word_sets("organisation_heads").get(lang, frozenset()) - venues}
    word = norm(span[0].text)
    plural = bool(before) and before[-1].lower_ in _PLURAL_DETERMINERS
    for form in (word, word[:-1] if plural and word.endswith("s") else word):
        if form in heads:
            return f"organisation head: {form}"
    return None


def _body_branch(span: SpacySpan | None, lang: str) -> str | None:
    """French: the abbreviation of a body that begins the place-typed name ``span`` and "de" and the
    place it serves (« le CHU de Nantes », « la CPAM de la Gironde », « l'Urssaf du Nord »): the
    body's branch there, an organisation; or None. The abbreviation is one of ``fr/body_abbreviations``
    in capitals, or a name the gazetteer knows as an organisation only (« Urssaf », « CGT »); other
    abbreviations name a plan, a line or an event (« le PLU de Nantes », « la LGV de Bordeaux »), and
    a name all in capitals (a heading) is left to the model."""
    if lang != "fr" or span is None or len(span) < 3 or span[1].lower_ not in _KIND_LINKS | {"du", "des"}:
        return None
    first = span[0].text
    if not first.isalpha() or not any(t.text[:1].isupper() and not t.is_upper for t in span[2:]):
        return None
    if not (first[:1].isupper() and first.casefold() in word_set(lang, "body_abbreviations")):
        # « le PLU de Nantes », « le RER de Paris »: a plan's or a line's abbreviation, no body's.
        records = default_gazetteer().lookup(first)
        if not records or any(r.type != "ORG" for r in records):
            return None
    elif any(r.type == "LOC" for r in default_gazetteer().lookup(first)):
        return None
    return f"body before place: {first}"


def _organisation_last_word(span: SpacySpan | None, lang: str) -> str | None:
    """English: the capitalised noun of an organisation that ends the place-typed name ``span`` of
    two words or more ("the California Highway Patrol", "the Zorba Port Authority":
    ``en/organisation_name_heads``), or None."""
    if span is None or len(span) < 2:
        return None
    last = span[-1]
    if not last.text[:1].isupper() or last.lower_ not in word_sets("organisation_name_heads").get(lang, frozenset()):
        return None
    return f"organisation head: {last.lower_}"


def _club_last_word(span: SpacySpan | None, lang: str) -> str | None:
    """English: the capitalised last word of a sports club's name of two words or more that NER
    read as a person or a place ("Leeds United", "Bristol Rovers": ``en/club_name_heads``), or
    None."""
    if span is None or len(span) < 2 or not span[0].text[:1].isupper():
        return None
    last = span[-1]
    if not last.text[:1].isupper() or last.lower_ not in word_sets("club_name_heads").get(lang, frozenset()):
        return None
    return f"club name: {last.lower_}"


def _club_first_word(span: SpacySpan | None, lang: str) -> str | None:
    """French: the first word of a sports club's name followed by the adjective of its town that
    NER read as a place or a person (« le Stade Aurillacois », « l'Olympique Lyonnais »:
    ``fr/club_first_words``, ``fr/demonym_suffixes``), or None; the adjective may be written in
    lower case, as French typography wants it (« le Stade toulousain »). « le Stade de France », « le
    Stade Vélodrome » are venues: no such adjective follows."""
    if lang != "fr" or span is None or len(span) != 2 or not span[0].text[:1].isupper() or not span[1].is_alpha:
        return None
    if span[0].lower_ not in word_set(lang, "club_first_words"):
        return None
    adjective = span[1].lower_
    if not any(adjective.endswith(end) for end in word_set(lang, "demonym_suffixes")):
        return None
    return f"club name: {span[0].lower_}"


def kind_of_name(span: SpacySpan | None, lang: str) -> tuple[EntityLabel, str] | None:
    """English: the type that a word of a site's, a programme's or a law's name gives the name
    ``span`` that NER calls an organisation, with the evidence (``en/name_kind_heads``), as
    MEANTIME annotates them, or None. The word is the capitalised last one of a name of two words
    or more ("the Renaissance Center", "Capitol Hill": places, an industrial site's being
    :mod:`kg.extract.sites`'s; "the Troubled Asset Relief Program", "the Clean Air Act", and a
    treaty, an agreement or a policy named like a law, ``en/law_name_heads``: "the Good Friday
    Agreement": products), or a programme's noun in lower case right after the name, which then names the
    programme ("the Energy Department's [Advanced Technology Vehicles Manufacturing] program"; a
    site's noun after a name makes it the site's town, :func:`plant_place_evidence`). A name that
    modifies a common noun after it is that noun's ("the [Delta Program business units]": an
    organisation); a site whose name is the subject of a verb of saying (``en/reporting_verbs``)
    is its institution ("the Pew Research Center said"), as is such a programme ("The Harlow Youth
    Programme said": an agency), and so is a site named with a field of work
    (``en/institution_site_words``: "a report by the Pew Research Center", "the Southern Poverty
    Law Center"); a name that ``xx/company_name_joiners`` join is a firm's ("the law firm Baker &
    Hill"); a programme named after an organisation
    the gazetteer knows is that organisation's body ("the United Nations Development
    Programme")."""
    if lang != "en" or span is None or not len(span):
        return None
    kinds = word_map("en", "name_kind_heads")
    doc = span.doc
    last, after = span[-1], doc[span.end] if span.end < len(doc) else None
    modifier = after is not None and after.is_lower and after.pos_ == "NOUN" and span.root.head.i >= span.end
    laws = word_set("en", "law_name_heads")
    if len(span) >= 2 and last.text[:1].isupper() and (kinds.get(last.lower_) in ("LOC", "PRO") or last.lower_ in laws) and not modifier:
        label, word = kinds.get(last.lower_, "PRO"), last.lower_
    elif after is not None and after.is_lower and kinds.get(after.lower_) == "PRO" and span.root.head.i == after.i:
        label, word = "PRO", after.lower_
    elif not modifier and (opener := _feature_opener(span)) is not None:
        # "River Plate fans": the noun's (a club's fans), as after a site's name (review rv26b)
        label, word = "LOC", opener
    else:
        return None
    root = span.root
    named_law = word == "act" or word in laws
    if not named_law and root.dep_ in _SUBJECT_DEPS and root.head.lemma_.lower() in word_sets("reporting_verbs").get(lang, frozenset()):
        return None  # a site or a programme that speaks is its institution; a law "says" what it rules
    if label == "LOC" and _acts_as_company(root):
        return None  # "River Cottage sold its farm", "Lake Capital bought a stake": a company (rv26b)
    if label == "LOC" and any(t.lower_ in word_set("en", "institution_site_words") for t in span[:-1]):
        return None  # "the Pew Research Center", "the Southern Poverty Law Center": an institution
    if any(t.text in word_set("xx", "company_name_joiners") for t in span):
        return None  # "Baker & Hill": partners' names, a firm's
    if label == "PRO" and not named_law and _begins_with_organisation(span):
        return None
    if word in laws and _body_before_preposition(span):
        return None  # "the Centre for Health Policy": a body named for its policy (rvn27b)
    return cast("EntityLabel", label), f"kind of name: {word}"


def _acts_as_company(root: Token) -> bool:
    """Whether the name whose head is ``root`` is the active subject of a verb with a direct
    object, or of a verb of what a company does (``en/company_act_verbs``, ``en/organisation_verbs``):
    "River Cottage sold its farm", "Lake Capital bought a stake", "Charles River hired 40
    scientists" name companies, which the noun of a feature or a site in their name
    (:func:`kind_of_name`) does not make places (review rv26b of n26b). A place's own verbs have
    no object ("Mount Etna erupted", "Lake Malawi has shrunk"). So is the name whose shares or
    stakes a noun before "of"/"in" holds (``en/holding_nouns``, ``en/company_share_nouns``:
    "shares of Charles River", "investors in Hudson River")."""
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "in"):
        held = word_set("en", "holding_nouns") | word_set("en", "company_share_nouns")
        owner = root.head.head
        return owner.lower_ in held or owner.lemma_.lower() in held
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return False
    verb = root.head
    acts = word_map("en", "company_act_verbs")
    if acts.get(verb.lemma_.lower()) == "verb" or verb.lemma_.lower() in word_set("en", "organisation_verbs"):
        return True
    return any(c.dep_ == "dobj" for c in verb.children)


def _feature_opener(span: SpacySpan) -> str | None:
    """English: the capitalised noun of a natural feature that opens the two-word name ``span``
    NER calls an organisation ("River Severn", "Lake Malawi", "Mount Kenya":
    ``en/feature_name_openers``), as the word, or None (issue 21, n26b). The second word is
    capitalised and no capitalised word follows ("Mount Sinai Hospital" is the hospital's name);
    the gazetteer does not know the name as an organisation; and the sentence is about no match
    (:func:`_match_sentence`: "River Plate beat Boca Juniors 2-0" names a club)."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 2 or not words[1].text[:1].isupper() or not words[1].is_alpha:
        return None
    if words[0].text not in word_set("en", "feature_name_openers"):
        return None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text[:1].isupper():
        return None
    if any(r.type == "ORG" for r in default_gazetteer().lookup(f"{words[0].text} {words[1].text}")):
        return None
    if _match_sentence(span.sent) or _FEATURE_MATCH_SCORE.search(span.sent.text) is not None:
        return None
    return words[0].lower_


_FEATURE_MATCH_SCORE = re.compile(r"(?<![\w.-])\d{1,2}[^\S\n]?[-–][^\S\n]?\d{1,2}(?![\w.-])")


def _body_before_preposition(span: SpacySpan) -> bool:
    """Whether the name ``span`` has a body's noun (``en/law_name_body_heads``) right before its
    first "of", "for" or "on" ("the Office of Science and Technology Policy", "the Centre for
    Health Policy"): the body's name, though it ends with a policy's or a treaty's word."""
    bodies = word_set("en", "law_name_body_heads")
    for tok in span[1:]:
        if tok.lower_ in ("of", "for", "on"):
            return span.doc[tok.i - 1].lower_ in bodies
    return False


def _begins_with_organisation(span: SpacySpan) -> bool:
    """Whether the name ``span`` begins, after its article, with the name of an organisation the
    gazetteer knows ("the United Nations Development Programme"): a body of that organisation,
    named for what it runs."""
    from kg.knowledge.gazetteer import default_gazetteer

    words = [t.text for t in span if t.lower_ != "the"]
    gazetteer = default_gazetteer()
    return any(
        any(r.type == "ORG" for r in gazetteer.lookup(" ".join(words[:k])))
        for k in range(1, min(len(words) - 1, 3) + 1)
    )


def _locative(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a preposition of place (``<lang>/locative_prepositions``); « à », « au »,
    « aux » only after a noun that is no person's role or at the head of a clause (« un attentat au
    Musée »), as after a verb or a participle they may give to whom (« destinées aux Ecoles des
    Pâquis ») and after a role where the person works (« professeur à l'Université X »)."""
    if tok.lower_ not in word_set(lang, "locative_prepositions"):
        return False
    if tok.lower_ not in ("à", "au", "aux"):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lemma_.lower() in word_set(lang, "person_role_nouns"):
        return False  # « professeur à l'Université Bordeaux II »: where the person works, an institution
    return prev is None or prev.is_punct or prev.pos_ in ("NOUN", "PROPN")


# (the plural of a head is read only after a plural determiner: « les Ecoles des Terreaux »; « le
# Cours Mirabeau » is a street)
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "du", "des", "au", "aux", "ce", "cette", "ces", "un", "une"})
_PLURAL_DETERMINERS = frozenset({"les", "des", "aux", "ces"})


def typed_by_evidence(candidates: list[Candidate], doc: Doc, *, lang: str) -> list[Candidate]:
    """``candidates`` with the people and places that the text describes as organisations typed
    ORG, and the one-word people that a place preposition introduces typed LOC, the evidence
    recorded. Gazetteer names and institutions keep their type."""
    out = []
    places = _place_token_spans(candidates, doc) if lang == "en" else frozenset()
    named_organisations = _organisation_names_outside_places(candidates, doc, places) if lang == "en" else frozenset()
    for cand in candidates:
        if cand.label == "PER" and cand.record is not None and lang == "en" and (
            why := person_named_place_evidence(doc.char_span(cand.start, cand.end, alignment_mode="expand"), lang)
        ):
            # "Charles de Gaulle airport": the place named after the person the gazetteer knows
            out.append(replace(cand, label="LOC", record=None, evidence=(*cand.evidence, why)))
            continue
        # A named site is a place where its people work ("workers at Pfizer's Sandwich Plant"),
        # not their employer: its head noun already says what it is (kg.extract.sites).
        if cand.label in ("PER", "LOC") and cand.record is None and cand.institution is None and SEAT_EVIDENCE not in cand.evidence and cand.extractor != SITE_EXTRACTOR:
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            why = organisation_evidence(span, lang, place=cand.label == "LOC", person=cand.label == "PER") if span is not None and len(span) else None
            if why is None and cand.label == "LOC":
                why = _organisation_head(span, lang) or _organisation_last_word(span, lang) or _body_branch(span, lang)
            if why is None:
                why = _club_last_word(span, lang) or _club_first_word(span, lang)
            if why is not None:
                cand = replace(cand, label="ORG", evidence=(*cand.evidence, why))
            elif cand.label == "PER" and span is not None and len(span) and (why := place_evidence(span, lang) or plant_place_evidence(span, lang) or settlement_place_evidence(span, lang) or place_kind_evidence(span, lang) or place_people_evidence(span, lang) or territory_head_evidence(span, lang, person=True) or person_named_place_evidence(span, lang)) is not None:
                cand = replace(cand, label="LOC", evidence=(*cand.evidence, why))
        elif cand.label == "ORG" and cand.record is None and cand.institution is None and not cand.evidence and lang == "fr" and (
            (span := doc.char_span(cand.start, cand.end, alignment_mode="expand")) is not None
            and len(span)
            and (tok := _descriptor_with_adjectives(span, lang)) is not None
        ):
            # « le groupe industriel Varnier »: the model's label, with the words that confirm it
            # kept for the entity-type vote against a mistyped mention (« président de Varnier »)
            cand = replace(cand, evidence=(*cand.evidence, f"descriptor before: {tok.lemma_.lower()}"))
        elif cand.label == "ORG" and cand.record is None and cand.institution is None and (
            kind := kind_of_name(doc.char_span(cand.start, cand.end, alignment_mode="expand"), lang)
        ):
            cand = replace(cand, label=kind[0], evidence=(*cand.evidence, kind[1]))
        elif cand.label == "ORG" and cand.record is None and cand.institution is None and cand.extractor != COURT_EXTRACTOR:
            # (a court named after its county stays the court: "the Superior Court of Fulton County")
            # "de Finges à Chippis": a one-word organisation, no acronym, after a preposition of
            # place only is a place, as a person there is.
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is not None and not span.text.isupper() and (why := place_evidence(span, lang) or plant_place_evidence(span, lang) or settlement_place_evidence(span, lang) or place_kind_evidence(span, lang) or place_people_evidence(span, lang) or territory_head_evidence(span, lang) or _english_place_preposition(span, lang, named_organisations, places)) is not None:
                cand = replace(cand, label="LOC", evidence=(*cand.evidence, why))
            elif span is not None and len(span) and not cand.evidence and (why := _described_organisation(span, lang)) is not None:
                # "buy cable company Ono": the model's label, with the words that confirm it kept
                # for the entity-type vote against its other mentions ("operator Ono" a person)
                cand = replace(cand, evidence=(*cand.evidence, why))
        out.append(cand)
    return out


def _described_organisation(span: SpacySpan, lang: str) -> str | None:
    """English: the descriptor before the name ``span`` or in apposition to it that says it is an
    organisation ("cable company Ono", "Ono, the cable operator"), as the evidence phrase of
    :func:`organisation_evidence`, or None. Only these two, which settle the type of an unknown
    name's entity (kg.extract.mentions, the entity-type vote); not a predicate."""
    if lang != "en":
        return None
    if (tok := _descriptor_before(span, lang)) is not None and not _persons_trade(tok, span, lang):
        return f"descriptor before: {tok.lemma_.lower()}"
    if (tok := _apposition_after(span, lang) or _apposition_before(span, lang)) is not None and not _persons_trade(tok, span, lang):
        return f"apposition: {tok.lemma_.lower()}"
    return None


def _place_token_spans(candidates: list[Candidate], doc: Doc) -> frozenset[tuple[int, int]]:
    """The token spans of the candidates typed LOC (:func:`_list_start`)."""
    out = set()
    for c in candidates:
        if c.label == "LOC" and (span := doc.char_span(c.start, c.end, alignment_mode="expand")) is not None:
            out.add((span.start, span.end))
    return frozenset(out)


def _organisation_names_outside_places(
    candidates: list[Candidate], doc: Doc, places: frozenset[tuple[int, int]] = frozenset()
) -> frozenset[str]:
    """The one-word names the model reads as organisations somewhere in the text not right after a
    place preposition (``en/place_prepositions``: "rival Corvena said", "Pinglet was founded"):
    the same word after "in" is that organisation too ("jobs in Corvena", "a flaw in Pinglet"), not
    a place the model mistyped (:func:`_english_place_preposition`). A name that ends a list of
    places (``places``) after such a preposition is after it too ("in Glasgow and Aberdeen")."""
    text = doc.text
    preps = word_set("en", "place_prepositions")
    out = set()
    for c in candidates:
        word = text[c.start : c.end]
        if c.label != "ORG" or not word.isalpha():
            continue
        before = _word_right_before(text, c.start)
        if before in ("and", "or") and places and (span := doc.char_span(c.start, c.end)) is not None:
            # "in Glasgow and Aberdeen": the list's preposition is the name's (n26b)
            first = _list_start(span, places)
            before = doc[first - 1].text if first != span.start and first >= 1 else before
        if before is None or before not in preps:
            out.add(word)
    return frozenset(out)


def _word_right_before(text: str, pos: int) -> str | None:
    """The word of letters right before ``pos``, a space between (:data:`_WORD_RIGHT_BEFORE`), or
    None. The match lies on one line (the one ending at ``pos``, or the one before a line break
    right before it): searched from that line's start, not the text's, each look-up costs a line,
    not the text before it (a window of 50,000 characters and its thousands of names)."""
    line = text.rfind("\n", 0, max(0, pos - 1)) + 1
    found = _WORD_RIGHT_BEFORE.search(text, line, pos)
    return None if found is None else found.group(1)


# The word right before a position, a space between.
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[^\S\n]+$")


def _english_place_preposition(
    span: SpacySpan, lang: str, organisations: frozenset[str] = frozenset(), places: frozenset[tuple[int, int]] = frozenset()
) -> str | None:
    """English: "in" or "near" right before the one-word name ``span`` that the model read as an
    organisation ("shoppers in Limerick", "the plant near Tarvos"), which makes it a place, or None.
    Not after a noun or verb of what investors hold or do in a company ("a stake in Zorba", "shares
    in Zorba", "invested in Zorba": ``en/holding_nouns``, ``en/company_share_nouns``,
    ``en/investment_words``), nor before a possessive ("in Zorba's stores": its owner), nor a body
    named by its common noun ("in Congress", "in Parliament": ``xx/organisation_cues``,
    ``xx/generic_institution_nouns``, ``xx/company_heads``), nor a name the text also gives an
    organisation elsewhere (``organisations``: "rival Corvena" ... "jobs in Corvena") or describes
    as one here ("in Hotelia, the hotel chain"), nor after a word of writing in a publication ("an
    interview in Monocle": ``en/publication_context_words``) or of a defect in its software ("a
    flaw in Pinglet": ``en/defect_nouns``). The name may end a list of places (``places``, token
    spans) after the preposition ("in Glasgow and Aberdeen"; n26b), unless the gazetteer knows it
    as an organisation."""
    doc = span.doc
    if lang != "en" or len(span) != 1 or span.start < 2 or not span[0].is_alpha or not span[0].is_title:
        return None
    first = _list_start(span, places)
    if first < 2:
        return None
    prep = doc[first - 1]
    if prep.lower_ not in word_set("en", "place_prepositions") or prep.text != prep.lower_:
        return None
    if span.end < len(doc) and (doc[span.end].tag_ == "POS" or (doc[span.end].is_title and doc[span.end].is_alpha)):
        return None  # "in Zorba's stores": its owner; "in Sierra Nevada": a name the model cut short
    bodies = word_set("xx", "organisation_cues") | word_set("xx", "generic_institution_nouns") | word_set("xx", "company_heads")
    if span[0].lower_ in bodies:
        return None  # "in Congress", "in Parliament": a body named by its common noun
    before = doc[first - 2]
    held = word_set("en", "holding_nouns") | word_set("en", "company_share_nouns") | word_set("en", "investment_words") | word_set("en", "publication_context_words") | word_set("en", "defect_nouns")
    if before.lower_ in held or before.lemma_.lower() in held or prep.head.lemma_.lower() in held or prep.head.lower_ in held:
        return None
    if span.text in organisations or _described_organisation(span, lang) is not None:
        return None
    if first != span.start and (span[0].dep_ != "conj" or any(r.type == "ORG" for r in default_gazetteer().lookup(span.text))):
        # "in Germany and Siemens": a company the gazetteer knows, listed with a place
        return None
    if first != span.start and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN":
        # "near Rotterdam and Shell headquarters": the list modifies the noun after it, whose
        # kind the name may name, a company's (review rv26b)
        return None
    if first != span.start and span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX"):
        # "expanded in Germany and Corvena cut jobs": the subject of the next clause, which the
        # parse may read as a list's member; the list of "Councils in Glasgow and Aberdeen asked"
        # is inside the verb's subject
        verb = doc[span.end] if doc[span.end].pos_ == "VERB" else doc[span.end].head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or span[0] in subjects:
            return None
    return f"place preposition: {prep.lower_}"


def _list_start(span: SpacySpan, places: frozenset[tuple[int, int]]) -> int:
    """The token index where the list that ends with the one-word name ``span`` begins: the first of
    the places (``places``: the token spans of the candidates typed LOC) joined to it by commas,
    "and" or "or" ("in Leeds, Bradford and [Halifax]", "in Glasgow and [Aberdeen]"; n26b), or the
    name's own start when no place comes right before it so."""
    doc = span.doc
    ends = {b: a for a, b in places}
    i = span.start
    while i >= 2:
        j = i - 1
        if doc[j].lower_ in ("and", "or"):
            j -= 1
            if j >= 0 and doc[j].text == ",":
                j -= 1
        elif doc[j].text == ",":
            j -= 1
        else:
            break
        if j + 1 not in ends:
            break
        i = ends[j + 1]
    return i


# Evidence of a place the text locates in a region: it outweighs the model's other labels of the
# place's mentions (kg.extract.mentions, the entity-type vote).
PLACE_EVIDENCE = ("dateline", "place in:")


def placed_in_regions(candidates: list[Candidate], text: str, *, lang: str = "en") -> list[Candidate]:
    """``candidates`` with the places the text locates in a region or a country the gazetteer knows
    ("Oshawa, Ontario", "Janesville, Wisconsin") marked so ("place in: Ontario"): such a town stays
    a place where NER calls another mention of it a company ("the Oshawa closure"). Only a place
    the gazetteer does not know, right before a comma and the known place. A name before wire
    copy's abbreviated state or province (``en/place_abbreviations``) is a town, whatever the
    model took it for ("Residents of Alcoa, Tenn.": the town, not the company), unless the model
    read a person whose name opens with a given name ("Sen. Angus King, Ind.", a roster's "Tyler
    Hunt, La."); a place record of the gazetteer stays, for kg.extract.enclosing to read against
    the state ("London, Ky." is not the British capital; "Ohio, Ind., and Ill." lists states)."""
    out = list(candidates)
    by_start = {c.start: c for c in candidates}
    states = word_sets("place_abbreviations").get(lang, frozenset())
    for k, cand in enumerate(candidates):
        gap = re.match(r",[^\S\n]+", text[cand.end : cand.end + 3])
        nxt = by_start.get(cand.end + gap.end()) if gap else None
        if cand.label in ("ORG", "PER", "LOC") and cand.institution is None and nxt is not None and text[nxt.start : nxt.end] in states:
            if cand.label == "PER" and given_name_evidence(text[cand.start : cand.end]) is not None:
                continue  # "Sen. Angus King, Ind.": a person and the state he stands for
            # "Residents of Alcoa, Tenn.": the town, not the company
            record = cand.record if cand.record is not None and cand.record.type == "LOC" else None
            out[k] = replace(cand, label="LOC", record=record, evidence=(*cand.evidence, f"place in: {text[nxt.start : nxt.end]}"))
            continue
        if cand.label != "LOC" or cand.record is not None or cand.institution is not None:
            continue
        if nxt is not None and nxt.label == "LOC" and nxt.record is not None and nxt.record.type == "LOC":
            out[k] = replace(cand, evidence=(*cand.evidence, f"place in: {text[nxt.start : nxt.end]}"))
    return out


# How many organisations a list must name besides a name for the list to type it.
_MIN_LISTED_ORGANISATIONS = 2


def _conjuncts(tok: Token) -> list[Token]:
    """The tokens coordinated with ``tok`` ("Ferrari, Alfa Romeo, Lancia and Iveco"), ``tok`` left out:
    up to the first conjunct, then every conjunct below it, and the name in apposition to a
    conjunct that describes it ("and the truck maker Iveco")."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    out, todo = [], [first]
    while todo:
        t = todo.pop()
        if t.i != tok.i:
            out.append(t)
            out.extend(c for c in t.children if c.dep_ == "appos")
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


# A possessive after a name: the list's item is the noun it owns ("Jordan Henderson's former club").
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# An abbreviated title and its full stop right before a name ("Dr. Anthony Fauci", "Mr Smith").
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?P<title>[A-Z][a-z]{1,3})\.?[ \t]+$")


def _personal_around(text: str, cand: Candidate) -> bool:
    """Whether the words around ``cand`` make it a person whatever list it is in: an abbreviated
    title before it ("Dr. Anthony Fauci, Moderna and Merck": ``xx/title_abbreviations``) or a
    possessive after it ("Chelsea, Arsenal and Jordan Henderson's former club Sunderland")."""
    if _POSSESSIVE_AFTER.match(text, cand.end):
        return True
    title = _TITLE_BEFORE.search(text, max(0, cand.start - 6), cand.start)
    return title is not None and title.group("title") in word_set("xx", "title_abbreviations")


# A plural noun right before a list of names, and how the list hangs on it: directly ("the lenders
# Glitnir and Landsbanki"), after "such as", "including" or "like" ("automakers such as Kia"), or
# after a comma ("three banks, Kaupthing, Landsbanki and Glitnir,").
_PLURAL_BEFORE_LIST = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-z][a-z-]*s)(?:(?P<link>[^\S\n]+(?:such[^\S\n]+as|including|like))|(?P<comma>[^\S\n]*,))?[^\S\n]+$"
)
# The comma that closes a list in apposition.
_COMMA_AFTER = re.compile(r"[ \t]*,")
# What joins two items of a list: a comma, "and" or "or", or both.
_LIST_JOIN = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)$")


def _singular(noun: str) -> str:
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def listed_after_descriptor(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: the names NER called people or places in a list that a plural descriptor of
    organisations introduces, typed ORG ("Iceland's three largest banks, Kaupthing, Landsbanki and
    Glitnir, collapsed", "suppliers including Visteon, Lear and Dana", "the lenders Glitnir and
    Landsbanki"), but for a noun that names people as often (``en/people_descriptors``: "producers
    such as Bruckheimer"). After a bare comma the list must hold two names at least and close with a comma
    (an apposition: "Unlike the unions, Obama and Geithner wanted" is no list of unions). A name
    the gazetteer knows, an institution, a name with other evidence, one that begins with a given
    name and one after a title keep their type."""
    if lang != "en":
        return candidates
    # a noun that names people as often ("producers such as Bruckheimer") introduces no companies
    words = (word_sets("organisation_descriptors").get(lang, frozenset()) | word_set(lang, "business_appositions")) - word_set(lang, "people_descriptors")
    given = word_set("xx", "given_names")
    order = sorted(range(len(candidates)), key=lambda k: candidates[k].start)
    lists: list[list[int]] = []
    for k in order:
        cand = candidates[k]
        prev = lists[-1][-1] if lists else None
        if prev is not None and _LIST_JOIN.fullmatch(text, candidates[prev].end, cand.start):
            lists[-1].append(k)
        else:
            lists.append([k])
    retyped: dict[int, str] = {}
    for items in lists:
        first = candidates[items[0]]
        before = _PLURAL_BEFORE_LIST.search(text, max(0, first.start - 60), first.start)
        if before is None or _singular(before.group("noun").casefold()) not in words:
            continue
        if before.group("comma") and (len(items) < 2 or not _COMMA_AFTER.match(text, candidates[items[-1]].end)):
            continue
        for k in items:
            cand = candidates[k]
            if (
                cand.label in ("PER", "LOC")
                and cand.record is None
                and cand.institution is None
                and not cand.evidence
                and given_name_evidence(text[cand.start : cand.end]) is None
                # a given name alone is a person's ("companies like Alice and Bob" are examples)
                and text[cand.start : cand.end].casefold() not in given
                and not _personal_around(text, cand)
            ):
                retyped[k] = before.group("noun")
    return [
        replace(c, label="ORG", evidence=(*c.evidence, f"listed after a descriptor: {retyped[k]}")) if k in retyped else c
        for k, c in enumerate(candidates)
    ]


# The evidence of a company's name that the text gave where NER found none or another type: a unit
# noun after it ("the Saturn brand"), a descriptor before it ("the lender Zorvik"), a list after a
# descriptor.
_NAME_EVIDENCE = ("unit noun after:", "descriptor before:", "listed after a descriptor:")


def _several_capitalised_words(surface: str) -> bool:
    """Whether ``surface`` is two words or more, each capitalised or a joiner of a company's name
    ("Hollis & Grange"), the first no article ("The Rural Alliance" is read from "Rural"), and none
    written as a model's designation, with a digit or of one letter ("Mac OS X Lion", "Nordix
    S5 Pro": a product the model may call a company once)."""
    words = surface.split()
    joiners = word_set("xx", "company_name_joiners")
    return (
        len(words) > 1
        and words[0].casefold() != "the"
        and all(w[:1].isupper() or w in joiners for w in words)
        and words[-1][:1].isupper()
        and not any(len(w.rstrip(".")) == 1 and w not in joiners or any(ch.isdigit() for ch in w) for w in words)
    )


def organisations_named_again(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """``candidates`` with the other mentions of an organisation's name that the text
    showed to be one (:data:`_NAME_EVIDENCE`: "GM will wind down the Saturn brand") where NER
    missed them ("Penske agreed to buy Saturn", "Saturn dealers"): the same capitalised words,
    whole, with no capitalised word right before or after them (not "Saturn Aura", "Lake
    Saturn"), where no candidate is; typed ORG with the same evidence. In French also after an
    elided article (« le laboratoire Vectis Bio » ... « l'essai de Vectis Bio », « Vectis Bio,
    qui emploie »)."""
    if lang not in ("en", "fr"):
        return candidates
    from kg.nlp.wordforms import is_dictionary_word

    names = {
        text[c.start : c.end]: c.evidence
        for c in candidates
        if c.label == "ORG" and any(e.startswith(_NAME_EVIDENCE) for e in c.evidence) and text[c.start : c.start + 1].isupper()
    }
    # A name of several capitalised words that the model itself read as an organisation once is
    # one where the model missed it again ("Tarsis Minerals halts mine" ... "Tarsis Minerals, the
    # copper miner, said"): a coined name of two words or more is no common phrase, unlike one word.
    for c in candidates:
        surface = text[c.start : c.end]
        # "The Chicago Bears signed ..." names "Chicago Bears", without the article (issue 21, n32a).
        if lang == "en":
            surface = re.sub(r"^[Tt]he[ \t]+", "", surface)
        if c.label == "ORG" and c.institution is None and not c.evidence and _several_capitalised_words(surface) and not person_named(surface):
            names.setdefault(surface, ("named again",))
    if not names:
        return candidates
    index = CandidateIndex(candidates)
    # Candidates a longer name said again takes the place of ("Chicago" of "Chicago Bears Sign
    # Linebacker" once the body names "the Chicago Bears").
    inside: set[int] = set()
    # The characters that candidates cover, so that each match is checked in its own length
    # (a list of spans scanned for every match would be quadratic in a long text).
    taken = bytearray(len(text))
    for c in candidates:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    added: list[Candidate] = []
    # A Title Case headline's first line, where a name said again may run into the headline's
    # capitalised verb ("Chicago Bears Sign Veteran Linebacker").
    first = text.split("\n", 1)[0]
    headline_end = len(first) if lang == "en" and "\n" in text and title_case_line(first) else 0
    for start, end, name in _names_in_text(names, text, elided=lang == "fr", headline_end=headline_end):
        before = text[max(0, start - 30) : start]
        initial = re.search(r"[.!?:\n][\"'”’)]?[ \t]+$|^[ \t]*$", before) is not None
        if re.search(r"[A-Z][\w&'’.-]*[ \t]+$", before) and not initial:
            continue  # a capitalised word before it, inside a sentence: part of another name
        if initial and " " not in name and is_dictionary_word(name, lang):
            continue  # a common word's capital at a sentence's start ("the airline Jet ... Jet fuel")
        if taken.find(1, start, end) != -1:
            # A name of several words said again over a shorter place or person the model read
            # inside it, which the name's own mention made an organisation elsewhere.
            within = index.overlapping(start, end)
            if not (
                lang == "en" and names[name] == ("named again",) and within
                and all(candidates[k].start >= start and candidates[k].end <= end and (candidates[k].start, candidates[k].end) != (start, end) and candidates[k].label in ("LOC", "PER") for k in within)
            ):
                continue
            inside.update(within)
        taken[start:end] = b"\x01" * (end - start)
        added.append(Candidate(start, end, "ORG", "named again", evidence=names[name]))
    return [*(c for k, c in enumerate(candidates) if k not in inside), *added]


# Where a name may begin: a word character with no letter, digit, "&", apostrophe, full stop or
# hyphen right before; the run of word characters there keys the names that begin with it.
_NAME_START = re.compile(r"(?<![\w&'’.-])\w+")
# In French, also after an elided article or preposition (« l'Inserm », « d'Agrinov »).
_ELIDED_NAME_START = re.compile(r"(?:(?<![\w&'’.-])|(?<=(?<!\w)[lLdD]['’]))\w+")
# What a name may not run into: a word character, "&" or a hyphen, or a capitalised word or a
# number after a blank ("Saturn Aura").
_NAME_RUNS_ON = re.compile(r"[\w&-]|[ \t]+[A-Z0-9]")


def _names_in_text(names: Iterable[str], text: str, *, elided: bool = False, headline_end: int = 0) -> Iterator[tuple[int, int, str]]:
    """The whole occurrences in ``text`` of the ``names``, each with the name, in text order,
    the longest name first where several begin at one place: one pass over the text's words, each
    looked up by its leading run of word characters, so that a long document naming thousands of
    organisations costs linear time (one search of the text per name was quadratic; rv21i). Before
    ``headline_end`` (a Title Case headline), a name may run into capitalised words: there every
    word has its capital ("Chicago Bears Sign Linebacker")."""
    by_lead: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names, key=len, reverse=True):
        if (lead := re.match(r"\w+", name)) is not None:
            by_lead[lead.group()].append(name)
    for word in (_ELIDED_NAME_START if elided else _NAME_START).finditer(text):
        for name in by_lead.get(word.group(), ()):
            start = word.start()
            end = start + len(name)
            if not text.startswith(name, start):
                continue
            runs_on = _NAME_RUNS_ON.match(text, end)
            if runs_on is None or (end < headline_end and runs_on.group()[:1] in " \t" and runs_on.group()[-1:].isupper()):
                yield start, end, name


def _subject_before_its_verb(doc: Doc | None, start: int, end: int) -> bool:
    """The word at ``[start, end)`` of ``doc`` is one token, the subject of a verb after it
    ("Lakeside said", "Lakeside will", "Lakeside also cut"): the word is a name there, not an
    adjective ("lakeside homes") nor a noun's modifier ("Lakeside numbers fell"). A verb of a
    market's movement (``en/market_movement_verbs``) does not count: what rises and falls is as often
    the word's own thing ("Sterling fell against the dollar" beside "Sterling Bancorp")."""
    span = doc.char_span(start, end) if doc is not None else None
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i <= tok.i or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return tok.head.lemma_ not in word_set("en", "market_movement_verbs")


def _company_lead(surface: str) -> str | None:
    """The words of a company's name before the company words and legal forms that end it
    (``xx/company_heads``, ``xx/legal_suffixes``, English ``en/company_tail_words``: "Kestrel
    Motors Corp." -> "Kestrel", "Halvorsen Trucks Inc" -> "Halvorsen Trucks", "Halvane Energy Co."
    -> "Halvane"), when something is cut off and the rest is capitalised and no given name begins
    it; None otherwise."""
    words = surface.split()
    tails = word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "company_tail_words")
    cut = len(words)
    while cut > 1 and words[cut - 1].casefold().rstrip(",") in tails:
        cut -= 1
    lead = words[:cut]
    if cut == len(words) or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in lead) or len(" ".join(lead)) < 3:
        return None
    return None if person_named(" ".join(lead)) else " ".join(lead)


@cache
def forms_of_address() -> frozenset[str]:
    """The forms of address written before a person's name, lower case and without a full stop
    (``xx/title_abbreviations``, ``xx/gendered_titles``: "mr", "ms", "dr", "sir", "lady"): a name
    after one is a person's."""
    return frozenset(w.casefold() for w in word_set("xx", "title_abbreviations")) | frozenset(word_map("xx", "gendered_titles"))


# A word of the text a short name's words are matched on: letters, digits and hyphens, whole.
_TEXT_WORD = re.compile(r"[\w-]+")


def _name_places(names: set[str], text: str) -> Iterator[tuple[int, list[int]]]:
    """Where ``names`` (words joined by single blanks) stand in ``text`` as whole words (no letter,
    digit, hyphen, "&", apostrophe or full stop right before, no letter, digit, hyphen or "&" right
    after): each place's start and the ends of the names that begin there, longest first. One pass
    over the words of the text, each followed only as far as a name's words go, so that a document
    naming thousands of companies costs linear time (one search of the text per name did not)."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for word in name.split(" "):
            node = node.setdefault(word, {})
        node[""] = {}  # a name ends here (no word of the text is empty)
    words = [m.span() for m in _TEXT_WORD.finditer(text)]
    for k, (a, b) in enumerate(words):
        if a > 0 and text[a - 1] in "&'’.":
            continue
        ends: list[int] = []
        step: dict[str, dict] | None = trie.get(text[a:b])
        j = k
        while step is not None:
            node = step
            end = words[j][1]
            if "" in node and text[end : end + 1] != "&":
                ends.append(end)
            if j + 1 == len(words) or words[j + 1][0] != end + 1 or text[end] != " ":
                break
            j += 1
            step = node.get(text[words[j][0] : words[j][1]])
        if ends:
            yield a, ends[::-1]


def company_short_names(candidates: list[Candidate], text: str, *, lang: str, doc: Doc | None = None) -> list[Candidate]:
    """English: ``candidates`` with the short form of a company named with its company words or
    legal form ("Kestrel Motors Corp.", "Halvorsen Trucks Inc") where NER missed it ("Halvorsen
    said", "Halvorsen Chief Financial Officer Linda Sato"): the same capitalised words, whole, with
    no capitalised word right before them inside a sentence nor right after them but a role title
    ("Halvorsen Chief Financial Officer"), where no
    candidate is; typed ORG. A short form of one word of the dictionary is left ("American" of
    "American Airlines": "American workers") but where ``doc``'s parse reads it as the subject of
    a verb after it ("Lakeside Banking Group" ... "Lakeside said", "Kestrel also cut jobs"), and so
    is one the gazetteer knows as a place ("Detroit" of "Detroit Motors Corp."), one that begins
    with a given name ("Walt Disney") and one the text gives a person with a form of address ("Mr.
    Hoshino", :func:`forms_of_address`: the founder whose name the company bears). A name the model
    took for a person or a place counts when a legal form ends it (:func:`legal_suffix`: "Tervo
    Oyj" ... "Tervo recalls")."""
    if lang != "en":
        return candidates
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.wordforms import is_dictionary_word

    names: dict[str, str] = {}
    common: set[str] = set()  # one word of the dictionary: only as a verb's subject
    for c in candidates:
        # A name that ends with a legal form is a company's whatever the model called it ("Tervo
        # Oyj" read as a person): it is retyped later (kg.extract.mentions), its short form here.
        company = c.label == "ORG" or (c.label in ("PER", "LOC") and legal_suffix(text[c.start : c.end]) is not None)
        if company and c.institution is None and (lead := _company_lead(name_part(text[c.start : c.end]))) is not None:
            # One word of the dictionary is a word as often as the name ("American" of "American
            # Airlines": "American workers"; "Southwest": "the Southwest").
            if not any(r.type == "LOC" for r in default_gazetteer().lookup(lead)):
                if " " not in lead and is_dictionary_word(lead, lang):
                    if doc is None:
                        continue
                    common.add(lead)
                names.setdefault(lead, text[c.start : c.end])
    if not names:
        return candidates
    roles = word_map("en", "role_titles")
    found: list[tuple[int, int]] = []
    addressed: set[str] = set()  # the names a form of address precedes somewhere: people's
    for start, ends in _name_places(set(names), text):
        before = text[max(0, start - 30) : start]
        title = _TITLE_BEFORE.search(text, max(0, start - 6), start)
        if title is not None and title.group("title").casefold() in forms_of_address():
            addressed.update(text[start:end] for end in ends)
            continue
        for end in ends:
            after = re.match(r"[ \t]+([A-Z0-9][\w-]*)", text[end : end + 40])
            if after is not None and roles.get(after.group(1).casefold(), "and") == "and":
                continue  # a capitalised word after it, but for a role title: part of another name
            # (a line holds a sentence in tokenised copy: no blank after its break)
            initial = re.search(r"(?:[.!?:][\"'”’)]?[ \t]+|\n[ \t]*)$|^[ \t]*$", before) is not None
            if re.search(r"[A-Z][\w&'’.-]*[ \t]+$", before) and not initial:
                continue  # a capitalised word before it, inside a sentence: part of another name
            found.append((start, end))
            break
    taken = bytearray(len(text))
    for c in candidates:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    added: list[Candidate] = []
    for start, end in found:
        name = text[start:end]
        if name in addressed or taken.find(1, start, end) != -1:
            continue
        if name in common and not _subject_before_its_verb(doc, start, end):
            continue  # "Lakeside said", not "lakeside homes" nor "Kestrel numbers fell"
        taken[start:end] = b"\x01" * (end - start)
        added.append(Candidate(start, end, "ORG", "company short name", evidence=(f"short name of: {names[name]}",)))
    return [*candidates, *added]


# One to three capitalised words, then a noun of a company's shares and a word after it.
_SHARE_OWNER = re.compile(r"(?<![\w&'’.-])(?P<name>[A-Z][a-z][\w&-]*(?:[ \t]+[A-Z][a-z][\w&-]*){0,2})[ \t]+(?P<noun>[a-z]+)[ \t]+(?P<next>[a-z]+)")


# "shares of" and a name of one to three capitalised words, not in the possessive.
_SHARES_OF = re.compile(r"(?<![\w-])(?P<noun>[Ss]hares)[ \t]+of[ \t]+(?P<name>[A-Z][a-z][\w&-]*(?:[ \t]+[A-Z][a-z][\w&-]*){0,2})(?![\w&'’.-])")


def share_owners(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the company whose shares the text names by it ("Zorvex shares
    fell 4 percent", "Marlow stock jumped": a noun of ``en/company_share_nouns`` that the parse
    reads as a noun, then a word in lower case; "Shares of Marlow rose"), typed ORG, as MEANTIME marks "Aer Lingus" of "Aer
    Lingus shares": added where the model found nothing, retyped where the model read a one-word
    person with no other evidence ("Brindle stock was flat"). Each word of the name is written with
    a capital and is no word of the dictionary ("Bank shares", "Asian shares", "Tech stock" name no
    one) nor of grammar ("She shares"), the name is no place the gazetteer knows ("Hong Kong shares") nor one that begins with a
    given name, no common noun in the plural the parse tags so ("Investors shares", "Traders
    shares"), no capitalised word comes right before it inside a sentence, a verb is no share
    noun ("Marlow shares the view"), and a market noun after the share noun
    (``en/market_place_nouns``: "stock exchange", "stock market") makes it a market's place."""
    if lang != "en":
        return candidates
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.wordforms import is_dictionary_word

    nouns = word_set("en", "company_share_nouns")
    markets = word_set("en", "market_place_nouns")
    out = list(candidates)
    found = [m for m in _SHARE_OWNER.finditer(text) if m.group("noun") in nouns and m.group("next") not in markets]
    found += _SHARES_OF.finditer(text)
    if not found:
        return out  # most texts name no shares: no map of the candidates' characters (p37a)
    # Which candidates cover each character: the overlaps of a name in the time of its length, not
    # of the whole list (a long report of share prices names hundreds of companies).
    covering: dict[int, list[int]] = {}
    for k, c in enumerate(out):
        for at in range(c.start, c.end):
            covering.setdefault(at, []).append(k)
    for match in found:
        noun = doc.char_span(*match.span("noun"))
        if noun is None or len(noun) != 1 or noun[0].pos_ != "NOUN":
            continue  # "Marlow shares the view": a verb
        start, end = match.span("name")
        name = match.group("name")
        if any(is_dictionary_word(w, lang) for w in name.split()) or person_named(name) or given_name_evidence(name) is not None:
            continue
        span = doc.char_span(start, end)
        if span is None or any(t.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX") for t in span):
            continue  # "She shares of it": a word of grammar, no name
        if any(t.tag_ == "NNS" and is_dictionary_word(t.lemma_, lang) for t in span):
            continue  # "Investors shares fell": a common noun's plural, which the tables may lack
        if any(r.type == "LOC" for r in default_gazetteer().lookup(name)):
            continue
        before = text[max(0, start - 30) : start]
        initial = re.search(r"(?:[.!?:][\"'”’)]?[ \t]+|\n[ \t]*)$|^[ \t]*$", before) is not None
        if re.search(r"[A-Z][\w&'’.-]*[ \t]+$", before) and not initial:
            continue  # a capitalised word before it, inside a sentence: part of another name
        overlapping = sorted({k for at in range(start, end) for k in covering.get(at, ())})
        evidence = (f"shares named by it: {match.group('noun')}",)
        if not overlapping:
            for at in range(start, end):
                covering.setdefault(at, []).append(len(out))
            out.append(Candidate(start, end, "ORG", "share owner", evidence=evidence))
        elif len(overlapping) == 1 and " " not in name:
            c = out[overlapping[0]]
            if (c.start, c.end) == (start, end) and c.label == "PER" and c.record is None and c.institution is None and not c.evidence:
                out[overlapping[0]] = replace(c, label="ORG", evidence=evidence)
    return out


# A country's name, its possessive and one capitalised word with no capitalised word after it
# ("Colombia's Ecopetrol said").
_COUNTRY_OWNED = re.compile(r"(?<![\w&'’.-])(?P<country>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)['’]s[ \t]+(?P<name>[A-Z][a-z]*[A-Za-z]+)(?![\w&'’.-])(?![ \t]+[A-Z])")


def country_owned_companies(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a one-word name after a country's possessive that acts as a
    company typed ORG ("Colombia's Ecopetrol said", "Norway's Equinor and Colombia's Ecopetrol
    signed", "shares of Colombia's Ecopetrol"; issue 21, n36b), where the model read a place or
    nothing: the word is no name the gazetteer knows ("Spain's Catalonia", "Syria's Idlib") nor a
    word of the dictionary, and it is the subject of a verb of saying (``en/reporting_verbs``), of
    what an organisation does (``en/organisation_verbs``, ``en/company_act_verbs``) or of a market's
    move (``en/market_movement_verbs``), alone or coordinated with another subject, or the owner of
    a company's shares ("shares of X"), or coordinated with a company's name, whatever the verb
    ("Norway's Equinor and Colombia's Ecopetrol signed"; n37a). A name the model missed is added before a verb of saying
    only when "it" or "its" takes it up in the sentence ("Kenya's Ruto said" may be a person's); a
    sentence with "he" or "she" names a person. A place the verb does not fit ("Ukraine's Donbas was
    shelled") and a person or a name already typed otherwise are left as they are."""
    if lang != "en":
        return candidates
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.knowledge.places import place_kind
    from kg.nlp.wordforms import is_dictionary_word

    gazetteer = default_gazetteer()
    saying = word_set("en", "reporting_verbs")
    verbs = word_set("en", "organisation_verbs") | word_set("en", "market_movement_verbs")
    verbs |= {v for v, kind in word_map("en", "company_act_verbs").items() if kind == "verb"}
    people = word_set("en", "person_object_pronouns") | {"he", "she", "his", "her"}
    shares = word_set("en", "company_share_nouns")
    out = list(candidates)
    for match in _COUNTRY_OWNED.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if not any(place_kind(r) == "country" for r in gazetteer.lookup(match.group("country"))):
            continue
        if gazetteer.lookup(name) or is_dictionary_word(name, lang) or given_name_evidence(name) is not None:
            continue
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        subject = tok.head if tok.dep_ == "conj" else tok
        verb = subject.head.lemma_.lower() if subject.dep_ in ("nsubj", "nsubjpass") else ""
        owned = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in shares
        # Coordinated with a company the text names ("Norway's Equinor and Colombia's Ecopetrol
        # signed"): a company too, whatever the verb (n37a).
        partners = [tok.head] if tok.dep_ == "conj" else [t for t in tok.children if t.dep_ == "conj"]
        paired = any(c.label == "ORG" and c.start <= p.idx < c.end for p in partners for c in candidates)
        if not (verb in verbs or verb in saying or owned or paired) or any(t.lower_ in people for t in tok.sent):
            continue  # "Kenya's Ruto said he would": a person
        evidence = (f"company after a country's possessive: {match.group('country')}",)
        over = [k for k, c in enumerate(out) if c.start < end and start < c.end]
        if not over and verb in saying and not paired and not any(t.lower_ in ("it", "its") for t in tok.sent):
            continue  # a name the model missed before "said" may be a person's ("Kenya's Ruto said"), unless "it" takes it up
        if not over:
            out.append(Candidate(start, end, "ORG", "country-owned company", evidence=evidence))
        elif len(over) == 1 and (out[over[0]].start, out[over[0]].end) == (start, end):
            c = out[over[0]]
            if c.label == "LOC" and c.record is None and c.institution is None and not c.evidence:
                out[over[0]] = replace(c, label="ORG", evidence=evidence)
    return out


def listed_with_organisations(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """``candidates`` with the people and places named in a list of organisations typed ORG: "Fiat
    owns Ferrari, Alfa Romeo, Lancia and Iveco", "Audi, Seat, Skoda and Bentley" name brands and
    companies, which NER calls a person or a place one by one. The list is the parse's
    coordination; at least two of the other names are organisations and more of them are
    organisations than have the name's own type. A name the gazetteer knows, an institution, a
    name with other evidence, a name that begins with a given name ("Jane Roe, Acme and Zorba"),
    one after a title ("Dr. Jane Roe") and one in the possessive keep their type
    (:func:`_personal_around`)."""
    by_token: dict[int, int] = {}
    for k, cand in enumerate(candidates):
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                by_token.setdefault(tok.i, k)
    out = []
    for k, cand in enumerate(candidates):
        if (
            cand.label in ("PER", "LOC") and cand.record is None and cand.institution is None and not cand.evidence
            # "PORTLAND, Ore. (AP)": the parse coordinates a dateline's town, state and agency; an
            # abbreviated state (``en/place_abbreviations``) names no company
            and text[cand.start : cand.end] not in word_sets("place_abbreviations").get(lang, frozenset())
        ):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is not None and len(span) and given_name_evidence(text[cand.start : cand.end]) is None and text[cand.start : cand.start + 1].isupper() and not _personal_around(text, cand):
                others = {by_token[t.i] for t in _conjuncts(span.root) if t.i in by_token and by_token[t.i] != k}
                labels = [candidates[j].label for j in others]
                orgs = labels.count("ORG")
                if orgs >= _MIN_LISTED_ORGANISATIONS and orgs > labels.count(cand.label):
                    cand = replace(cand, label="ORG", evidence=(*cand.evidence, f"listed with organisations: {orgs}"))
        out.append(cand)
    return out


# "de", "du", "des", "de la", "d'", "de l'" between an institution's noun and its place, after at
# most one lower-case adjective ("université américaine de").
_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?P<head>[a-zà-öø-ÿœæA-ZÀ-Þ][a-zà-öø-ÿœæ]+)(?:[^\S\n]+[a-zà-öø-ÿœæ]+)?[^\S\n]+"
    r"(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|d['’]|de[^\S\n]+|du[^\S\n]+|des[^\S\n]+)$"
)


def with_head_nouns(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """French names whose common noun belongs to them (the Wikinews FR guide; HIPE reads them so too).

    A place's head noun written right before the name, with no preposition between ("la place
    Tahrir", "l'océan Pacifique", "la rue Victor-Hugo": ``xx/place_heads``, less the nouns of a
    destination, ``fr/destination_heads``), makes one place mention of both, whatever the model
    called the name, when the noun stands where a noun does ("il place Marie en tête" is a verb).
    An institution's noun, a nationality adjective if any, "de" and a place ("l'université de
    Manchester", "l'ambassade des Etats-Unis": ``fr/place_institution_heads``) are one
    organisation. The place named alone ("à Manchester") and "la ville de Porto" (the city itself)
    stay places."""
    if lang != "fr":
        return candidates
    heads = word_set("xx", "place_heads") - word_set("fr", "destination_heads")
    institutions = word_set("fr", "place_institution_heads")
    out = []
    for cand in candidates:
        if cand.label in ("PER", "LOC", "ORG") and cand.institution is None:
            cand = _with_place_head(cand, doc, text, heads) or _with_institution_head(cand, text, institutions) or cand
        out.append(cand)
    return out


def _with_place_head(cand: Candidate, doc: Doc, text: str, heads: frozenset[str]) -> Candidate | None:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0 or not text[cand.start : cand.start + 1].isupper():
        return None
    noun = doc[span.start - 1]
    if noun.lower_ not in heads or not noun.is_lower or "\n" in text[noun.idx : cand.start] or not _noun_position(doc, noun.i):
        return None
    return replace(cand, start=noun.idx, label="LOC", record=None, evidence=(*cand.evidence, f"place head: {noun.lower_}"))


def _noun_position(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` stands where a noun does: after a determiner, a preposition, a
    number ("12 rue X") or a participle ("rassemblés place Tahrir"), not after a subject, where the
    parser's tag does not tell "la place" from "il place" apart."""
    if i == 0:
        return False
    before = doc[i - 1]
    return before.pos_ in ("DET", "ADP", "NUM") or "Part" in _morph(before, "VerbForm")


def _with_institution_head(cand: Candidate, text: str, heads: frozenset[str]) -> Candidate | None:
    if cand.label != "LOC" or not text[cand.start : cand.start + 1].isupper():
        return None
    match = _INSTITUTION_BEFORE.search(text, max(0, cand.start - 60), cand.start)
    if match is None or match.group("head").casefold() not in heads:
        return None
    return replace(cand, start=match.start("head"), label="ORG", record=None, evidence=(*cand.evidence, f"institution head: {match.group('head').casefold()}"))


_COMPLEMENT_PREPOSITIONS = frozenset({"de", "des", "du", "d'", "d’"})
_COMPLEMENT_ARTICLES = frozenset({"la", "l'", "l’"})
_COMPLEMENT_WORD_POS = frozenset({"NOUN", "ADJ"})
_MAX_COMPLEMENTS = 3


def with_lowercase_complements(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """French organisations named by an institution's noun ("Société", "Union", "Commission":
    ``fr/organisation_heads``) with the complement in lower case the model left out of the name:
    "de", "des", "du" or "de la", then common nouns and adjectives ("la Société suisse" + "des
    imprimeurs", "l'Union" + "des entreprises suisses de transport"). A complement of time ("des
    années trente": ``fr/time_units``) is none; a capitalised complement (a place) is left as the
    model read it."""
    if lang != "fr":
        return candidates
    heads = word_set("fr", "organisation_heads")
    times = word_set("fr", "time_units")
    out = []
    for cand in candidates:
        if cand.label == "ORG" and cand.record is None and cand.institution is None and text[cand.start : cand.end].split()[0].casefold() in heads:
            end = _complement_end(doc, cand.end, times)
            if end > cand.end:
                cand = replace(cand, end=end, evidence=(*cand.evidence, f"complement: {text[cand.end : end].strip()}"))
        out.append(cand)
    return out


def _complement_end(doc: Doc, end: int, times: frozenset[str]) -> int:
    """Where the lower-case complements that follow a name ending at ``end`` end (``end`` itself
    when none does)."""
    span = doc.char_span(end, end, alignment_mode="expand")
    i = next((t.i for t in doc if t.idx >= end), len(doc)) if span is None else span.start
    for _ in range(_MAX_COMPLEMENTS):
        j = i
        if j >= len(doc) or doc[j].lower_ not in _COMPLEMENT_PREPOSITIONS or doc[j].text[:1].isupper():
            break
        j += 1
        if j < len(doc) and doc[j].lower_ in _COMPLEMENT_ARTICLES and doc[j - 1].lower_ == "de":
            j += 1
        words = j
        while j < len(doc) and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in _COMPLEMENT_WORD_POS and doc[j].lower_ not in times:
            j += 1
        if j == words or not any(doc[k].pos_ == "NOUN" for k in range(words, j)):
            break
        i = j
        end = doc[j - 1].idx + len(doc[j - 1].text)
    return end


# An apposition after a name: a comma, an article or a possessor ("Toyota 's"), at most two
# lowercase modifiers ("former", "chief"), then a role noun and what ends the phrase ("of", "at",
# "for", "from", "who", a comma or the end of the sentence). "From" and "who" make a person of a
# name the gazetteer holds as a company ("Thomas Cook, a retired teacher from Leeds", "John Deere,
# a farmer who grows wheat"; review rvn36).
_ROLE_APPOSITION = re.compile(
    r"[^\S\n]*,[^\S\n]+(?:(?:the|a|an|its)[^\S\n]+|[A-Z][\w.&-]*(?:[^\S\n]+[A-Z][\w.&-]*)*[^\S\n]?['’]s[^\S\n]+)?"
    r"(?:[a-z-]+[^\S\n]+){0,2}(?P<role>[a-z-]+)(?=[^\S\n]*(?:of|at|for|with|from|who|,|\.)(?:\W|$))"
)


# A role noun and a comma right before a name, which the name stands in apposition to
# ("Citigroup's chief executive, Vikram Pandit").
_ROLE_BEFORE = re.compile(r"(?<![\w-])(?P<role>[a-z-]+)[^\S\n]*,[^\S\n]*$")
# A role noun written right before a name, lowercase, after an organisation or an article
# ("Citigroup chief executive Vikram Pandit", "the bank's chief executive Vikram Pandit").
_ROLE_RIGHT_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z][\w.&-]*|['’]s|(?<![\w-])(?:the|its|their))[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?P<role>[a-z-]+)[^\S\n]+$")
# A person's age in apposition ("Raymond James, 54, was arrested").
_AGE_APPOSITION = re.compile(r"[^\S\n]*,[^\S\n]*\d{1,3}[^\S\n]*,")
# What closes an apposition right after the name: a comma, a full stop or the end of the text, or
# "of" and the person's employer ("His solicitor, Jane Roe of the law firm Varlo, said").
_APPOSITION_CLOSE = re.compile(r"[^\S\n]*(?:[,.;]|$)|[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Za-z]")


# How the evidence of a person typed by a role in apposition begins: the person is none of the
# gazetteer's companies of that name (kg.extract.mentions).
ROLE_APPOSITION_EVIDENCE = "role apposition:"


@cache
def _person_role_nouns() -> frozenset[str]:
    """The role nouns of people at an organisation: the heads of ``en/role_titles``, spokespeople
    and ``en/apposition_roles`` ("governor", "president"). Staff nouns that may describe a company
    too ("partner", "trader") are left out."""
    heads = frozenset(w for w, kind in word_maps("role_titles").get("en", {}).items() if kind == "head")
    return heads | word_set("en", "spokesperson_nouns") | word_set("en", "apposition_roles")


# How the evidence of a person NER missed begins when an apposition of a person, an age or "who"
# follows the name (:func:`people_before_role_appositions`).
PERSON_APPOSITION_EVIDENCE = "person's apposition:"
# An age between commas and a lower-case word ("Kwabena Asante, 34, said"; "Aston Villa, 45, Leeds
# United, 40" is a table) or "who" and a lower-case verb ("Esi Edugyan, who chaired the jury") right
# after a name.
_PERSON_CLUE_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?:(?P<age>[1-9]\d)[^\S\n]*,[^\S\n]+[a-z]|who[^\S\n]+[a-z]{3,})")


# Two or three capitalised words, as a person's name is written ("Masaaki Shirakawa", "Jean-Claude
# Trichet"), not right after another capitalised word or a hyphen.
_NAME_WORDS = re.compile(r"(?<![\w'’.&-])(?<![A-Z][a-z] )(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[^\S\n]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})(?=[^\S\n]*,)")


def people_before_role_appositions(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the people NER missed whose role an apposition gives ("Masaaki
    Shirakawa, governor of the Bank of Japan, said"): two or three capitalised words that overlap no
    candidate, none a noun that heads a company's or a place's name nor a name the gazetteer knows,
    the first a given name of ``xx/given_names`` or none of them a common word, then a role noun in
    apposition (:data:`_ROLE_APPOSITION`), or a person's noun of ``en/person_role_nouns`` or
    ``en/person_apposition_nouns`` there ("Kwabena Asante, a former nurse, said"), or an age between
    commas ("Elena Vasquez, 34, said") or "who" and a verb, after words none of which is a common
    word ("Esi Edugyan, who chaired the jury"; review of issue 21, n28a)."""
    if lang != "en":
        return candidates
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.wordforms import is_dictionary_word

    heads = word_set("xx", "place_heads") | word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "organisation_name_heads")
    roles = _person_role_nouns()
    given = word_set("xx", "given_names")
    taken = [(c.start, c.end) for c in candidates]
    added = []
    people = word_set("en", "person_role_nouns") | word_set("en", "person_apposition_nouns")
    for match in _NAME_WORDS.finditer(text):
        start, end = match.span("name")
        role = _ROLE_APPOSITION.match(text, end)
        if role is not None and role.group("role") in roles:
            why = f"{ROLE_APPOSITION_EVIDENCE} {role.group('role')}"
        elif role is not None and role.group("role") in people:
            why = f"{PERSON_APPOSITION_EVIDENCE} {role.group('role')}"
        elif (clue := _PERSON_CLUE_AFTER.match(text, end)) is not None:
            # "Kwabena Asante, 34, said", "Esi Edugyan, who chaired the jury": an age or "who"
            why = f"{PERSON_APPOSITION_EVIDENCE} {'age' if clue.group('age') else 'who'}"
        else:
            continue
        # (after the role, which few names have: the scan of every candidate is the dear test)
        if any(a < end and start < b for a, b in taken):
            continue
        words = match.group("name").split()
        if any(w.casefold() in heads or default_gazetteer().lookup(w) for w in words):
            continue
        if (words[0].split("-")[0].casefold() not in given or why.endswith(" who")) and any(is_dictionary_word(w, lang) for w in words):
            continue  # ("Crystal Palace, who won": "who" alone leaves a common word no person's)
        added.append(Candidate(start, end, "PER", "apposition", evidence=(why,)))
    return [*candidates, *added]


def people_by_role_apposition(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: the organisations and places the model found whose name looks like a person's (two
    or three capitalised words, none a noun that heads a company's or a place's name) and that an
    apposition gives a person's role, typed PER ("Ratan Tata, chairman of the Tata Group"; "Jane
    Roe, Acme 's chief economist"). A name the gazetteer knows, an institution and a name the text
    itself described as an organisation keep their type. The apposition may come first too
    ("Citigroup's chief executive, Vikram Pandit, said"), and so may the role written as a title
    after an organisation's name ("Citigroup chief executive Vikram Pandit said")."""
    if lang != "en":
        return candidates
    from kg.nlp.wordforms import is_dictionary_word

    heads = word_set("xx", "place_heads") | word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "organisation_name_heads")
    roles = _person_role_nouns()
    # a person's trade or state in apposition ("Thelma Voss, a former nurse"), of nouns no company
    # bears ("a defender of free speech", "the author of the report" may be a body's)
    people = word_set("en", "person_apposition_nouns")
    given = word_set("xx", "given_names")
    out = []
    for cand in candidates:
        words = text[cand.start : cand.end].split()
        # a company named after its founder is the founder when a role follows ("Charles Schwab,
        # the founder of the brokerage")
        named_after = cand.record is not None and cand.record.type == "ORG" and len(words) == 2 and words[0].casefold() in given
        # the model's person before a role is marked so, and none of the companies of its name either
        person = cand.label == "PER" and cand.record is None
        if (cand.label in ("ORG", "LOC") and (cand.record is None or named_after) or person) and cand.institution is None and not cand.evidence:
            match = _ROLE_APPOSITION.match(text, cand.end)
            role = match.group("role") if match is not None else None
            if role not in roles and (person or named_after) and _AGE_APPOSITION.match(text, cand.end):
                # "Raymond James, 54, was arrested": an age is a person's, not the company's of that
                # name (only for a name that is a person's already: "Aston Villa, 45, Leeds, 40" is a table)
                role = "age"
            if role not in roles and (before := _ROLE_BEFORE.search(text, max(0, cand.start - 40), cand.start)) is not None \
                    and _APPOSITION_CLOSE.match(text, cand.end):
                # "Citigroup's chief executive, Vikram Pandit, said"; not a role ending the clause
                # before a name that goes on ("In a letter to the president, New Hampshire officials")
                role = before.group("role")
            if role not in roles and role != "age" and (right := _ROLE_RIGHT_BEFORE.search(text, max(0, cand.start - 60), cand.start)) is not None \
                    and right.group("role") in roles:
                # "Citigroup chief executive Vikram Pandit said": the role is the person's title (a
                # verb there, "Police arrested Raymond James, 54", leaves the age its evidence)
                role = right.group("role")
            if (
                2 <= len(words) <= 3
                and all(w[:1].isupper() and w[1:].islower() and w.isalpha() and w.casefold() not in heads for w in words)
                and (role in roles or role == "age" or role in people)
                # a place the model found is a person's name only when it begins with a given name
                # ("New Hampshire, head of the primary calendar" stays a place), and so is a name of
                # common words only ("Grand Theft Auto, president of the genre")
                and (
                    words[0].split("-")[0].casefold() in given
                    or (cand.label != "LOC" and not all(is_dictionary_word(w, lang) for w in words))
                    or person
                )
            ):
                cand = replace(cand, label="PER", record=None, evidence=(*cand.evidence, f"{ROLE_APPOSITION_EVIDENCE} {role}"))
        out.append(cand)
    return out


# A possessive ("his", "her", "their", "Rockefeller's") and a noun of a person's family (one word
# between them: "her eldest daughter"), then a comma or a blank, right before a name.
_KIN_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Za-z][^\S\n]?['’]s?)[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?P<kin>[a-zé]+)[^\S\n]*,?[^\S\n]*$"
)
# What closes the name of a family member: a comma, a full stop, a semicolon, or a verb after it
# (a lower-case word), never a possessive ending ("his son, Microsoft's ...").
_KIN_CLOSE = re.compile(r"[^\S\n]*(?:[,.;]|$)|[^\S\n]+[a-z]")


def people_by_kinship(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: the organisations and places the model found, of one to three capitalised words,
    right after a possessive and a noun of a person's family (``en/kinship_nouns``), typed PER:
    "Rockefeller's son, Justin, said", "her daughter Maya Reyes told" (issue 21, n29a). The first
    word is a given name (``xx/given_names``) or no word of the dictionary; a name the gazetteer
    knows, an institution, a name with evidence of its type, a name before a possessive ending
    ("his son, Microsoft's head of ...") and one that heads an organisation's or a place's name
    ("her sister, Bank of ...") keep their type, and so does a name set off by a comma that a
    lower-case word follows, a noun it modifies ("His daughter, Deloitte partner Anna Ray,";
    review rvn29a)."""
    if lang != "en":
        return candidates
    from kg.nlp.wordforms import is_dictionary_word

    kin = word_set("en", "kinship_nouns")
    heads = word_set("xx", "place_heads") | word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "organisation_name_heads")
    given = word_set("xx", "given_names")
    out = []
    for cand in candidates:
        if cand.label in ("ORG", "LOC") and cand.record is None and cand.institution is None and not cand.evidence:
            words = text[cand.start : cand.end].split()
            before = _KIN_BEFORE.search(text, max(0, cand.start - 60), cand.start)
            if (
                before is not None
                and before.group("kin") in kin
                and 1 <= len(words) <= 3
                and all(w[:1].isupper() and w[1:].islower() and w.isalpha() and w.casefold() not in heads for w in words)
                and (words[0].casefold() in given or not is_dictionary_word(words[0], lang))
                and _KIN_CLOSE.match(text, cand.end) is not None
                # "His daughter, Deloitte partner Anna Ray,": a name set off by a comma ends
                # the apposition; one a lower-case word follows there modifies a noun (review rvn29a)
                and not (before.group().rstrip().endswith(",") and re.match(r"[^\S\n]+[a-z]", text[cand.end :]))
            ):
                cand = replace(cand, label="PER", evidence=(*cand.evidence, f"{ROLE_APPOSITION_EVIDENCE} {before.group('kin')}"))
        out.append(cand)
    return out


# An organisation's possessive right before a name: "GM's ", "the UAW's ", or "GM 's " in
# tokenised copy (MEANTIME), where the apostrophe stands apart.
_POSSESSIVE_BEFORE = re.compile(r"[^\S\n]?['’]s[^\S\n]+$")
SURNAME_AFTER_POSSESSIVE_EVIDENCE = "surname after an organisation's possessive, subject of:"


def people_after_organisation_possessive(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: a one-word name the model typed ORG or LOC right after an organisation's
    possessive, the apostrophe glued or apart ("GM 's", tokenised copy), the subject of a verb of
    saying (``en/reporting_verbs``), typed PER: "GM's Wagoner said", "The UAW's Gettelfinger told
    senators", "Ford's Mulally warned", "GM 's Henderson told" (a town's name too) name the
    organisation's head by surname, when the text names a person in full with it ("Rick Wagoner"):
    a brand after its owner's possessive reads the same ("Tata's Jaguar said", "Nestle 's Purina
    said"). A name the gazetteer knows ("Fiat's Chrysler said"), an acronym, a name the parse
    reads as a common noun, a noun that heads an organisation's name or names its unit ("GM's
    Board said") and a name the text described keep their type."""
    if lang != "en":
        return candidates
    verbs = word_sets("reporting_verbs").get(lang, frozenset())
    heads = (
        word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "organisation_name_heads")
        | set(word_maps("organisation_unit_nouns").get(lang, {})) | word_set("xx", "organisation_cues")
    )
    organisations = {c.end for c in candidates if c.label == "ORG"}
    # the last words of the people the text names in full: a brand after its owner's possessive
    # reads the same ("Tata's Jaguar said", "Nestle 's Purina said")
    surnames = {words[-1] for c in candidates if c.label == "PER" and len(words := text[c.start : c.end].split()) >= 2}
    out = []
    for cand in candidates:
        surface = text[cand.start : cand.end]
        if (
            cand.label in ("ORG", "LOC")
            and surface in surnames
            and cand.record is None
            and cand.institution is None
            and not cand.evidence
            and surface.isalpha()
            and surface[:1].isupper()
            and surface[1:].islower()
            and surface.casefold() not in heads
            and (poss := _POSSESSIVE_BEFORE.search(text, max(0, cand.start - 5), cand.start)) is not None
            and poss.start() in organisations
        ):
            span = doc.char_span(cand.start, cand.end)
            root = span.root if span is not None and len(span) else None
            # a proper noun, so that a capitalised common noun ("GM's Board said") keeps its type
            if (
                root is not None and root.pos_ == "PROPN" and root.dep_ in _SUBJECT_DEPS and root.head.pos_ == "VERB"
                and root.head.lemma_.lower() in verbs and not _reportive(root.head)
            ):
                cand = replace(cand, label="PER", evidence=(*cand.evidence, f"{SURNAME_AFTER_POSSESSIVE_EVIDENCE} {root.head.lemma_.lower()}"))
        out.append(cand)
    return out


# One word between two names ("Calvin Klein owner PVH"): the word, then the next name's start.
_WORD_BETWEEN_NAMES = re.compile(r"[^\S\n]+(?P<noun>[a-z]+)[^\S\n]+(?=[A-Z])")
# The same with the brand's possessive before the noun, part of a brand named after a person
# ("Jack Daniel's maker Brown-Forman"; issue 21, n38a).
_POSSESSIVE_BETWEEN_NAMES = re.compile(r"['’]s[^\S\n]+(?P<noun>[a-z]+)[^\S\n]+(?=[A-Z])")


def brands_before_owners(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: a name the model read as a person's, right before a noun of ownership
    (``en/brand_owner_nouns``) and an organisation's name, typed ORG: the brand its owner holds
    ("Calvin Klein owner PVH Corp said", "Tommy Hilfiger parent PVH"; issue 21, n37a), its
    possessive included when it has one ("Jack Daniel's maker Brown-Forman"; n38a). A name with
    evidence of a person ("Jane Roe, the designer,") and a name before a person's name ("Smith
    owner Jane Roe") keep their type."""
    if lang != "en":
        return candidates
    nouns = word_set("en", "brand_owner_nouns")
    organisations = {c.start for c in candidates if c.label == "ORG"}
    out = []
    for cand in candidates:
        if cand.label == "PER" and cand.record is None and cand.institution is None and not cand.evidence:
            match = _WORD_BETWEEN_NAMES.match(text, cand.end)
            owned = _POSSESSIVE_BETWEEN_NAMES.match(text, cand.end)
            if match is not None and match.group("noun") in nouns and match.end() in organisations:
                cand = replace(cand, label="ORG", evidence=(*cand.evidence, f"brand before its {match.group('noun')}"))
            elif owned is not None and owned.group("noun") in nouns and owned.end() in organisations and " " in text[cand.start : cand.end]:
                # "Jack Daniel's maker Brown-Forman": the brand with its possessive, a person's name
                # of several words the model cut before it (n38a).
                cand = replace(cand, end=cand.end + 2, label="ORG", evidence=(*cand.evidence, f"brand before its {owned.group('noun')}"))
        out.append(cand)
    return out


# A person's name, "of" and the next name: "John Smith of BNY Mellon", "Jane Roe, of Varlo Group".
_OF_AFTER_PERSON = re.compile(r"[ \t]*,?[ \t]*of[ \t]+$")


def employers_after_people(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: a name the model typed PER right after a person's full name and "of" is the
    person's firm ("said John Smith of BNY Mellon", "Analyst Erich Merkle of Crowe Horwath"), as a
    firm named after its founders reads like a person's name: typed ORG, or LOC when the gazetteer
    knows only the place. A name that begins with a given name (``xx/given_names``), one the
    gazetteer knows as a person, and one the text described keep their type."""
    if lang != "en":
        return candidates
    from kg.knowledge.gazetteer import default_gazetteer

    people = {c.end for c in candidates if c.label == "PER" and len(text[c.start : c.end].split()) >= 2}
    out = []
    for cand in candidates:
        if cand.label == "PER" and cand.record is None and cand.institution is None and not cand.evidence:
            of = _OF_AFTER_PERSON.search(text, max(0, cand.start - 8), cand.start)
            surface = text[cand.start : cand.end]
            if of is not None and of.start() in people and given_name_evidence(surface) is None:
                types = {r.type for r in default_gazetteer().lookup(surface)}
                if "PER" not in types:
                    label: EntityLabel = "LOC" if types == {"LOC"} else "ORG"
                    cand = replace(cand, label=label, evidence=(*cand.evidence, "after a person's name and: of"))
        out.append(cand)
    return out


# A role, then "of" and maybe "the", right before a name ("chief executive of Pacifica").
_ROLE_OF_BEFORE = re.compile(r"(?<![\w-])(?P<role>[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3})[ \t]+of[ \t]+$")
# A possessive and a role right after a name ("Redbridge 's chairman", "Zorba's chief executive").
_POSSESSIVE_ROLE_AFTER = re.compile(r"[ \t]*['’]s[ \t]+(?P<role>[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3})(?![\w-])")


def _company_role(words: str, *, last: bool) -> str | None:
    """The longest role of ``en/company_roles`` the words end (``last``) or begin with, or None."""
    roles = word_set("en", "company_roles")
    split = words.casefold().split()
    parts = [" ".join(split[k:]) for k in range(len(split))] if last else [" ".join(split[:k]) for k in range(len(split), 0, -1)]
    return next((part for part in parts if part in roles), None)


# A role written right after a name and before its holder's given name and surname ("Vantor
# chairman Tom Harland", "Kestrel chief executive Grant Whitlow"): a person's name of the model's
# there, or one that begins with a given name of ``xx/given_names``.
_ATTRIBUTIVE_ROLE_AFTER = re.compile(r"[ \t]+(?P<role>[a-z]+(?:[ \t]+[a-z]+){0,3}|CEO|CFO|COO)[ \t]+(?P<given>[A-Z][a-z]+)[ \t]+[A-Z]")
# A possessive right after a name ("Vermont's", "Parliament 's"), and "of" right after a role.
_SPACED_POSSESSIVE_AFTER = re.compile(r"[ \t]*['’]s?(?![\w])")
_OF_AFTER = re.compile(r"[ \t]+of(?![\w-])")
# The word right before a name ("Mr. " of "Mr. Smith").
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.?[ \t]+$")


def employers_of_company_roles(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: a name the model typed PER or LOC that a role held at a company only
    (``en/company_roles``) says is a company: after the role and "of" ("John Tarrant, chief
    executive of Pacifica"), before a possessive and the role ("Tom Hadley, Redbridge 's
    chairman") or before the role and its holder's given name and surname ("Vantor chairman Tom
    Harland": review rv22a): typed ORG. A name the gazetteer or the text knows otherwise (a record, an
    institution, evidence), one that begins with a given name and one after a form of address
    ("Mr. Smith's chairman") keep their type; so does a name that owns what the role is held at
    ("chairman of Vermont's Senate committee") or before a role of something "of" names ("Ohio's
    chairman of the Democratic Party": review rv21g)."""
    if lang != "en":
        return candidates
    people = {c.start for c in candidates if c.label == "PER" and " " in text[c.start : c.end]}
    out = []
    for cand in candidates:
        if cand.label in ("PER", "LOC") and cand.record is None and cand.institution is None and not cand.evidence:
            before = _ROLE_OF_BEFORE.search(text, max(0, cand.start - 50), cand.start)
            after = _POSSESSIVE_ROLE_AFTER.match(text, cand.end)
            role = None
            if before is not None and _SPACED_POSSESSIVE_AFTER.match(text, cand.end) is None:
                role = _company_role(before.group("role"), last=True)
            if role is None and after is not None and (held := _company_role(after.group("role"), last=False)) is not None:
                # the role's own words, then "of": the company is named after it
                end = after.start("role") + list(re.finditer(r"[A-Za-z]+", after.group("role")))[len(held.split()) - 1].end()
                role = None if _OF_AFTER.match(text, end) else held
            if role is None and (attributive := _ATTRIBUTIVE_ROLE_AFTER.match(text, cand.end)) is not None:
                # "Vantor chairman Tom Harland": the role's holder named right after it, given name first
                words = attributive.group("role").casefold()
                holder = attributive.start("given") in people or attributive.group("given").casefold() in word_set("xx", "given_names")
                if holder and _company_role(words, last=False) == " ".join(words.split()):
                    role = " ".join(words.split())
            address = _WORD_BEFORE.search(text, max(0, cand.start - 12), cand.start)
            if address is not None and address.group(1).casefold() in forms_of_address():
                role = None
            if role is not None and given_name_evidence(text[cand.start : cand.end]) is None:
                cand = replace(cand, label="ORG", evidence=(*cand.evidence, f"employer of: {role}"))
        out.append(cand)
    return out


def _reportive(verb: Token) -> bool:
    """Whether the verb of saying ``verb`` reports what others say of its subject rather than its
    subject speaking: a passive ("GM's Volt is said to be late") or a headline's "said to" with an
    infinitive and no clause said ("Toyota's Prius said to top sales charts"); "said to reporters
    that ..." governs the clause said."""
    if any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
        return True
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ == "to" and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def people_by_given_name(candidates: list[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """``candidates`` with the organisations and places the model found whose name begins with a
    given name typed PER (:func:`given_name_evidence`): "Clara Martin" is a person in a by-line in
    capitals or a list of names, where the model's label is least sure. A name the gazetteer knows,
    an institution and a name the text itself described as an organisation keep their type. French
    only: English news names companies after their founders ("Charles Schwab"), unless the words
    right after the name say it is a person's (:func:`_person_after`: "replacing Fabrizio Freda,
    who will retire", "Marta Kovac, 34, said"; issue 21, n29a) or a full name speaks of himself or
    herself (:func:`_english_person_speaking_of_self`)."""
    if lang == "en":
        # The surnames of the people the model found: a given name before one of them names a
        # relative or the same person ("Francois Fillon" … "Penelope Fillon", read as a company; n37a).
        # A surname the gazetteer knows alone as a company's name is left out: the company named
        # after its founder's family ("Abigail Disney" … "Walt Disney declined to comment"; review rvn37).
        named = {text[c.start : c.end].split()[-1] for c in candidates if c.label == "PER" and len(text[c.start : c.end].split()) > 1}
        surnames = frozenset(w for w in named if not any(r.type == "ORG" for r in default_gazetteer().lookup(w)))
        typed = [_english_person_by_given_name(c, text, surnames=surnames) for c in candidates]
        # (where a person is named before the name, "he" may be that person: review rvn35)
        first_person = min((c.start for c in typed if c.label == "PER"), default=len(text))
        return [_english_person_speaking_of_self(c, text, person_before=first_person < c.start) for c in typed]
    if lang != "fr":
        return candidates
    out = []
    for cand in candidates:
        if cand.label in ("ORG", "LOC") and cand.record is None and cand.institution is None and not cand.evidence:
            why = given_name_evidence(text[cand.start : cand.end])
            if why is not None:
                cand = replace(cand, label="PER", evidence=(*cand.evidence, why))
        out.append(cand)
    return out


# A person's relative pronoun or age right after a name and a comma: ", who", ", 67,".
_PERSON_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?:aged[^\S\n]+)?(?P<age>\d{1,3})[^\S\n]*,|(?P<word>[a-z]+)\b)")
_MAX_AGE = 120


def _person_after(text: str, end: int) -> str | None:
    """The words right after a name ending at ``end`` that make it a person's: a comma and a
    relative pronoun of a person (``en/person_relative_pronouns``: ", who", ", whose") or an age
    between commas (", 67,"), or None."""
    after = _PERSON_AFTER.match(text, end)
    if after is None:
        return None
    if after.group("age") is not None:
        return f"age: {after.group('age')}" if 0 < int(after.group("age")) < _MAX_AGE else None
    word = after.group("word")
    return f"relative pronoun: {word}" if word in word_set("en", "person_relative_pronouns") else None


def _english_person_by_given_name(cand: Candidate, text: str, *, surnames: frozenset[str] = frozenset()) -> Candidate:
    """English: ``cand`` typed PER when the model read an organisation or a place whose name
    begins with a given name (:func:`given_name_evidence`) and a person's relative pronoun or
    age follows it (:func:`_person_after`: "replacing Fabrizio Freda, who will retire"), or a verb of
    saying after an organisation's possessive (:func:`_speaker_of_owner`), or its last word is the
    surname of a person named in full elsewhere in the text (``surnames``: "Penelope Fillon" where
    "Francois Fillon" is a person; n37a). A name the gazetteer knows, an institution and a name with
    evidence of its type keep it ("Charles Schwab, which": no person's pronoun)."""
    if cand.label not in ("ORG", "LOC") or cand.record is not None or cand.institution is not None or cand.evidence:
        return cand
    surface = text[cand.start : cand.end]
    why = given_name_evidence(surface)
    kin = f"surname of a person named: {surface.split()[-1]}" if len(surface.split()) == 2 and surface.split()[-1] in surnames else None
    person = (_person_after(text, cand.end) or _speaker_of_owner(text, cand.start, cand.end) or kin) if why is not None else None
    if why is None or person is None:
        return cand
    return replace(cand, label="PER", evidence=(*cand.evidence, why, person))


# Two or three capitalised words, a hyphen inside a word allowed ("Novak Djokovic", "Jean-Luc Roe").
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[^\S\n]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")


def _english_person_speaking_of_self(cand: Candidate, text: str, *, person_before: bool = False) -> Candidate:
    """English: ``cand`` typed PER when the model read an organisation or a place named by two or
    three capitalised words, none a word of the dictionary, and a verb of saying with "he" or "she"
    follows it ("Novak Djokovic said he would skip the tournament"): an organisation or a place
    says "it" (issue 21, n35a); "Kestrel Capital said he would join" is a firm speaking of someone.
    A name the gazetteer knows, an institution and a name with evidence of its type keep it. Where
    ``person_before`` says a person is named earlier in the text, the pronoun may be that person's
    ("Hans Vogel will join. Deutsche Telekom said he would take over"; review rvn35), so only a name
    that opens with a given name (:func:`given_name_evidence`) is typed then."""
    if cand.label not in ("ORG", "LOC") or cand.record is not None or cand.institution is not None or cand.evidence:
        return cand
    if _FULL_NAME.fullmatch(text, cand.start, cand.end) is None or not speaks_of_self_after(text, cand.end):
        return cand
    if person_before and given_name_evidence(text[cand.start : cand.end]) is None:
        return cand  # a club or a firm speaking of the person named before ("Bayer Leverkusen said he")
    from kg.nlp.wordforms import is_dictionary_word

    if any(is_dictionary_word(w.casefold(), "en") for w in re.split(r"[\s-]+", text[cand.start : cand.end])):
        return cand  # "Kestrel Capital said he would join": a firm speaking of someone
    return replace(cand, label="PER", evidence=(*cand.evidence, "speaks of himself or herself"))


# A capitalised name's possessive right before a name ("SoftBank Group's ", "Acme 's "), and the
# word after a name, an adverb in "-ly" allowed before it ("said", "also told").
_OWNER_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w&.-]*[^\S\n]?['’]s[^\S\n]+$")
_WORD_AFTER_NAME = re.compile(r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?([a-z]+)\b")


def _speaker_of_owner(text: str, start: int, end: int) -> str | None:
    """The verb of saying (``en/reporting_verbs``) right after a name that an organisation's
    possessive opens ("SoftBank Group's Masayoshi Son said", "Acme's Ruth Kovane told analysts"):
    the organisation's person speaking (issue 21, n35a), or None. A brand after its owner's
    possessive speaks as a company does, but its name opens with no given name (the caller's test)."""
    from kg.nlp.wordforms import verb_lemma

    if _OWNER_POSSESSIVE_BEFORE.search(text, max(0, start - 60), start) is None:
        return None
    after = _WORD_AFTER_NAME.match(text, end)
    if after is None:
        return None
    word = after.group(1)
    verbs = word_set("en", "reporting_verbs")
    if not any(form in verbs for form in (verb_lemma(word, word, "en"), word, word[:-1], word[:-2])):
        return None
    return f"speaks after an organisation's possessive: {word}"


TEAM_EVIDENCE = "team:"
# A score in the sentence (« (24-18) », « 1-0 », « 3 à 1 »).
_SCORE = re.compile(r"(?<![\d/.-])\d{1,3} ?(?:-|–|à) ?\d{1,3}(?![\d/.-])")
# Two set scores in a row ("6-4 6-3", "7-6(5), 6-4", "21-15 21-18"): a match of tennis,
# badminton or squash, whose sides are players, not clubs (rvn39).
_SET_SCORES = re.compile(r"(?<![\d/.-])\d{1,2} ?[-–] ?\d{1,2}(?:\(\d{1,2}\))?,?[^\S\n]+\d{1,2} ?[-–] ?\d{1,2}(?![\d/.-])")
# The prepositions that introduce the other side of a result (« battu par », « face à », « contre »).
_OPPONENT_CASES = frozenset({"par", "face", "contre", "devant"})
# The clitics that a verb of ``fr/match_result_words`` must have to say a result (« s'imposer », « l'emporter »).
_RESULT_CLITICS = {"se": frozenset({"se", "s'", "s’"}), "le": frozenset({"l'", "l’", "le"})}


def _town_side(tok: Token, places: dict[int, list[int]]) -> list[int] | None:
    """The indices of the place candidates (the model's, the gazetteer's) that begin at the token
    ``tok``, or None."""
    return places.get(tok.idx)


def _own_complement_before(noun: Token, town: Token) -> bool:
    """Whether the team's noun ``noun`` has a common noun of its own as a "de" complement before its
    complement ``town`` (« le club de bridge de Clermont », « un joueur de poker de Marseille »): the
    club or the player is one of that game or kind, and the town says where it is, not which team."""
    return any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < town.i and any(g.dep_ == "case" and g.lower_ in _KIND_LINKS | {"du"} for g in c.children)
        for c in noun.children
    )


# The prepositions of a complement that says in what a contest was won (« au nombre de votants »,
# « dans la course au label », « à domicile »).
_FIELD_CASES = frozenset({"dans", "à", "au", "aux", "en", "pour", "sur"})


def _contest_field(tok: Token, lang: str) -> bool:
    """Whether the result word ``tok`` has a common noun complement after one of :data:`_FIELD_CASES`
    that is no noun of a match's setting (``<lang>/match_setting_nouns``): the contest is another
    one than a match (« Marseille a battu Lyon au nombre de votants », « Perpignan s'est incliné
    devant Montpellier dans la course au label », « la victoire de Lille face à Roubaix dans ce
    dossier »), not « s'est incliné à domicile devant Bordeaux » nor « l'a emporté en finale »."""
    settings = word_set(lang, "match_setting_nouns")
    return any(
        c.dep_.startswith(("obl", "nmod")) and c.pos_ == "NOUN" and c.lemma_.lower() not in settings and c.lower_ not in settings
        and any(g.dep_ == "case" and g.lower_ in _FIELD_CASES for g in c.children)
        for c in tok.children
    )


def _result_list(sent: SpacySpan, text: str, results: dict[str, str]) -> bool:
    """Whether the sentence ``sent`` is a line of a list of results rather than a sentence of a report:
    it holds a semicolon, follows one (« Servette bat Lausanne 2-1 ; Bâle bat Young-Boys 3-0 ; »), or
    gives two results with two scores (« Servette bat Lausanne 2-1, Bâle bat Zurich 3-0 »). Newspapers print such tables on their sports pages, and a corpus of
    historical newspapers (HIPE-2020) annotates their towns by their literal sense, places; the
    parser also reads such lines poorly."""
    if any(t.text == ";" for t in sent):
        return True
    if len(_SCORE.findall(sent.text)) >= 2 and sum(1 for t in sent if t.lemma_.lower() in results) >= 2:
        return True
    before = text[max(0, sent.start_char - 8) : sent.start_char].rstrip()
    return before.endswith(";")


def city_teams(candidates: list[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """French: ``candidates`` with the towns that the sentence treats as sports clubs typed ORG:
    the sides of a result (``fr/match_result_words``: « Clermont s'est imposé face à Toulouse »,
    « Lens a été battu par Marseille (2-1) », « la victoire de Nice contre Rennes ») when the other
    side is named too or the sentence gives a score, and the "de" complement of a team's noun
    (``fr/team_nouns``: « l'entraîneur de Lens », « le club de Clermont »). A country (its national
    team) and a name the model read across more than the town are left as they are; the town's
    gazetteer record is dropped, the club not being the town."""
    if lang == "en":
        return _english_city_teams(candidates, doc, text)
    if lang != "fr" or not len(doc):
        return candidates
    results = word_map(lang, "match_result_words")
    team_nouns = word_set(lang, "team_nouns")
    places: dict[int, list[int]] = defaultdict(list)
    for k, c in enumerate(candidates):
        if c.label == "LOC" and c.institution is None:
            places[c.start].append(k)
    if not places:
        return candidates
    starts = {c.start for c in candidates}
    teams: dict[int, str] = {}
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in team_nouns:
            for child in tok.children:
                if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in _KIND_LINKS | {"du"} for c in child.children):
                    if _own_complement_before(tok, child):
                        continue  # « le club de bridge de Clermont », « un joueur de poker de Marseille »: where it is
                    for k in _town_side(child, places) or ():
                        teams[k] = f"{TEAM_EVIDENCE} {lemma}"
            continue
        if lemma not in results or tok.pos_ not in ("VERB", "NOUN"):
            continue
        need = results[lemma]
        if need in _RESULT_CLITICS and not any(c.lower_ in _RESULT_CLITICS[need] for c in tok.children):
            continue
        # « Lens battu par Marseille », « Lens, qui a battu Lille »: the participle's or the clause's noun.
        sides = [tok.head] if tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod", "acl:relcl") else []
        for child in tok.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if tok.pos_ == "VERB" and child.dep_ in ("nsubj", "nsubj:pass", "obj"):
                sides.append(child)
            elif child.dep_.startswith(("obl", "nmod")) and cases & (_OPPONENT_CASES | ({"de", "d'", "d’"} if tok.pos_ == "NOUN" else set())):
                sides.append(child)
        named = [k for s in sides for k in _town_side(s, places) or ()]
        both = sum(1 for s in sides if s.idx in starts) >= 2  # « Brest a battu Nantes »
        score = _SCORE.search(tok.sent.text) is not None
        if _result_list(tok.sent, text, results):
            continue  # « Résultats : Servette bat Lausanne 2-1 ; Bâle bat Zurich 3-0 »: a results table's line
        if not named or not (score if need == "score" else both or score):
            continue  # « Lyon a battu un record »
        if not score and _contest_field(tok, lang):
            continue  # « Marseille a battu Lyon au nombre de votants »: a contest of towns
        for k in named:
            teams[k] = f"{TEAM_EVIDENCE} {lemma}"
    if not teams:
        return candidates
    out = list(candidates)
    for k, why in teams.items():
        cand = out[k]
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or len(span) != 1 or cand.evidence:
            continue  # one word: a town's name, not a longer name the model read
        if any(r.source.startswith("CLDR") for r in ([cand.record] if cand.record is not None else default_gazetteer().lookup(text[cand.start : cand.end]))):
            continue
        out[k] = replace(cand, label="ORG", record=None, evidence=(why,))
    return out


# The words between a result word and its other side ("lost 3-0 to Wolves", "knocked out Paris St
# Germain", "a 3-1 win over Hibernian"): a particle, a score, and one preposition.
_RESULT_PARTICLES = frozenset({"out", "off"})
_OPPONENT_PREPOSITIONS = frozenset({"to", "with", "against", "over", "by"})
# The words that end a plural verb's form right after its subject ("Manchester City were charged",
# "Leeds have signed", "Liverpool travel to Brighton").
_PLURAL_FORMS = frozenset({"were", "are", "have", "'re", "'ve"})
# Determiners before a place's name that make it a plural place ("the Midlands are", "the Alps
# were"), or no subject of its own.
_PLURAL_PLACE_DETERMINERS = frozenset({"the", "these", "those"})
# The dependencies of a subject.
_SUBJECT_DEPS_EN = frozenset({"nsubj", "nsubjpass"})


def _score_tokens(tok: Token) -> bool:
    return tok.like_num or tok.text in ("-", "–") or tok.tag_ == "SYM"


def _result_word_after(doc: Doc, end: int, stop: int, results: frozenset[str]) -> int | None:
    """The index of the result word (``en/match_result_words``) right after a side that ends at
    token ``end`` ("Leeds beat", "Leeds comfortably beat", "Celtic's 3-1 win"), or None."""
    k = end
    if k < stop and doc[k].tag_ == "POS":
        k += 1
        while k < stop and _score_tokens(doc[k]):
            k += 1
    elif k < stop and doc[k].tag_ == "RB" and k + 1 < stop:
        k += 1
    return k if k < stop and doc[k].is_lower and doc[k].lemma_.lower() in results else None


def _other_side_start(doc: Doc, word: int, stop: int) -> int:
    """The index of the first token of the other side after the result word at ``word``, past a
    particle ("knocked out Paris St Germain"), or a score and a preposition of the opponent ("lost
    3-0 to Wolves", "drew 1-1 with Fulham", "a 3-1 win over Hibernian")."""
    k = word + 1
    if k < stop and doc[k].lower_ in _RESULT_PARTICLES:
        return k + 1
    while k < stop and _score_tokens(doc[k]):
        k += 1
    if k < stop and doc[k].lower_ in _OPPONENT_PREPOSITIONS:
        return k + 1
    return k


# The prepositions of a complement that says in what a contest was won ("in a survey", "at the polls").
_FIELD_PREPOSITIONS_EN = frozenset({"in", "at", "on", "for", "during"})


def _other_contest(doc: Doc, word: int, stop: int) -> bool:
    """Whether a preposition of :data:`_FIELD_PREPOSITIONS_EN` after the result word at ``word``
    has a common noun that is no noun of a match's setting (``en/match_setting_nouns``): the
    contest is another one than a match ("Paris beat Milan 3-1 in a survey", "at the polls"), not
    "in the final", "in extra time", "at home", "on Saturday"."""
    settings = word_set("en", "match_setting_nouns")
    for tok in doc[word + 1 : stop]:
        if tok.lower_ not in _FIELD_PREPOSITIONS_EN:
            continue
        nouns = [c for c in tok.children if c.dep_ == "pobj"]
        if any(n.pos_ == "NOUN" and n.is_lower and n.lemma_.lower() not in settings for n in nouns):
            return True
    return False


def _words_in(sent: SpacySpan, name: str) -> bool:
    """Whether the sentence ``sent`` has a lower-case noun or verb whose lemma or form is in the
    English lexicon ``name`` (``en/vote_contest_words``, ``en/match_context_words``; not the
    adjective of "the final report")."""
    words = word_set("en", name)
    return any(t.is_lower and t.pos_ in ("NOUN", "VERB") and (t.lemma_.lower() in words or t.lower_ in words) for t in sent)


def _match_sentence(sent: SpacySpan) -> bool:
    """Whether the sentence ``sent`` is one about a match or a club's squad: a word of
    ``en/match_context_words`` ("charged by the league", "his side would appeal") or a noun of a
    team's people with no other common sense (``en/team_nouns`` less ``en/team_nouns_other_senses``:
    "signed a striker"), not a vote, a court's ruling or a bid (``en/vote_contest_words``)."""
    players = word_set("en", "team_nouns") - word_set("en", "team_nouns_other_senses")
    if _words_in(sent, "vote_contest_words"):
        return False
    return (
        _words_in(sent, "match_context_words")
        or any(t.is_lower and t.pos_ == "NOUN" and t.lower_ in players for t in sent)
        or _competition_name_in(sent)
    )


def _competition_name_in(sent: SpacySpan) -> bool:
    """Whether the sentence ``sent`` names a competition: a word of ``en/match_context_words``
    capitalised at the end of a name of two or more capitalised words ("Liverpool lead the Premier
    League", "knocked out of the FA Cup"; issue 21, n39a). A name that goes on with "of" or "for"
    is a body's ("the National League for Democracy", "the League of Women Voters")."""
    words = word_set("en", "match_context_words")
    for tok in sent:
        if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ not in words or tok.i == sent.start:
            continue
        prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if prev.is_alpha and prev.text[:1].isupper() and prev.i > sent.start and (nxt is None or nxt.lower_ not in ("of", "for")):
            return True
    return False


def _result_sides(doc: Doc, spans: list[SpacySpan], results: frozenset[str]) -> dict[tuple[int, int], str]:
    """The sides of a result, each named by a candidate's span of ``spans``: a name right before a
    result word and a name right after it (:func:`_other_side_start`), in a sentence that gives a
    score ("Leeds beat Everton 2-1", "Burnley lost 3-0 to Wolves"), keyed by their token spans
    with the result word. Both sides must be named: a person the model read as a place
    ("Vondrousova knocked out in first round") has no named opponent."""
    def whole(sp: SpacySpan) -> bool:
        # "Swiatek beat [Sofia] Kenin 6-2 6-1": a town's name that a capitalised word goes on from
        # is part of a longer name, a person's as often.
        nxt = doc[sp.end] if sp.end < len(doc) else None
        prev = doc[sp.start - 1] if sp.start > sp.sent.start else None
        return not any(t is not None and t.is_alpha and t.text[:1].isupper() for t in (nxt, prev))

    by_start = {sp.start: sp for sp in spans if whole(sp)}
    out: dict[tuple[int, int], str] = {}
    for left in spans:
        if not whole(left) or left.root.dep_ == "pobj":
            continue  # "Sales in Madrid beat Barcelona's 3-1": the town of a complement plays no match
        sent = left.sent
        word = _result_word_after(doc, left.end, sent.end, results)
        if word is None or _SCORE.search(sent.text) is None:
            continue
        right = by_start.get(_other_side_start(doc, word, sent.end))
        if right is None or right.sent.start != sent.start:
            continue
        if _other_contest(doc, word, sent.end) or _words_in(sent, "vote_contest_words"):
            continue  # "Paris beat Milan 3-1 in a survey", "Milan beat Stockholm 47-34 in the final round of voting": no match
        lemma = doc[word].lemma_.lower()
        out[(left.start, left.end)] = lemma
        out[(right.start, right.end)] = lemma
    # "Manchester City and Arsenal drew 1-1": two sides coordinated before a shared result's verb
    # (``en/match_draw_words``) in a sentence with a score (issue 21, n33a).
    draws = word_set("en", "match_draw_words")
    for left in spans:
        if not whole(left) or left.root.dep_ == "pobj" or left.end + 1 >= len(doc) or doc[left.end].lower_ not in ("and", "&"):
            continue
        right = by_start.get(left.end + 1)
        sent = left.sent
        if right is None or right.sent.start != sent.start or right.end >= sent.end:
            continue
        verb = doc[right.end]
        if not (verb.is_lower and verb.pos_ == "VERB" and verb.lemma_.lower() in draws) or _SCORE.search(sent.text) is None:
            continue
        if _other_contest(doc, verb.i, sent.end) or _words_in(sent, "vote_contest_words"):
            continue  # "Paris and Milan tied 2-2 in a survey of buyers": no match
        out[(left.start, left.end)] = out[(right.start, right.end)] = verb.lemma_.lower()
    return out


def _plural_subject(doc: Doc, span: SpacySpan) -> bool:
    """Whether the town's name ``span`` is the lone subject of a plural verb right after it, as a
    team is in British English ("Manchester City were charged", "Leeds have signed a striker",
    "Liverpool travel to Brighton"): a place takes a singular verb ("London was", "Paris has"). A
    name after "the" ("the Midlands are"), one in a coordination ("Chelsea and Liverpool were") and
    a verb in a condition ("if London were to bid") are left out."""
    if span.end >= len(doc) or span.root.dep_ not in _SUBJECT_DEPS_EN:
        return False
    if any(c.dep_ == "conj" for c in span.root.children) or span.root.dep_ == "conj":
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in _PLURAL_PLACE_DETERMINERS or before.lower_ in ("and", "or", "&", ",", "nor")):
        return False
    verb = doc[span.end]
    if not verb.is_lower or not (verb.lower_ in _PLURAL_FORMS or verb.tag_ == "VBP"):
        return False
    if verb.lower_ == "were" and any(c.dep_ == "mark" for c in span.root.head.children):
        return False  # "if London were to bid": a condition
    return verb.i == span.root.head.i or verb.head.i == span.root.head.i


def _team_act(span: SpacySpan) -> str | None:
    """The lemma of the verb of ``en/team_act_verbs`` that makes the town's name ``span`` a club
    (issue 21, n28b), or None: its active subject for a verb of the "subject" role whose object, if
    it has one, names one of the team's people (``en/team_nouns``: "Manchester City signed a
    midfielder", "Leeds sacked their coach", "Derby equalised"), the object of "from" that such a verb of the
    "from" role governs ("signed the striker from Benfica", "joined from Porto"). The caller keeps
    it only in a sentence about a match or a squad; a town in a coordination is left alone, as for a
    plural verb ("Chelsea and Leeds signed ...": two clubs or two towns)."""
    root = span.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return None
    nouns = word_set("en", "team_nouns")

    def common_noun(tok: Token) -> bool:
        # A common noun that is none of a team's people ("the police", "its police chief", "the
        # agreement"; a name or a pronoun is no such noun).
        return tok.pos_ == "NOUN" and tok.is_lower and not any(t.lower_ in nouns for t in tok.subtree)

    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.i >= span.end:
        verb = root.head
        lemma = verb.lemma_.lower()
        if "subject" not in _team_act_roles(lemma):
            return None
        # Its object is one of the team's people ("signed Brazilian midfielder Lucas Moreira",
        # "sacked their coach"), not "Berlin sacked its police chief", "Paris signed the agreement";
        # and no clause says what it conceded ("Rome conceded the claim was weak").
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and not any(t.lower_ in nouns for o in objects for t in o.subtree):
            return None
        return lemma
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ == "VERB":
        verb = root.head.head
        lemma = verb.lemma_.lower()
        if "from" not in _team_act_roles(lemma):
            return None
        # Who moves is one of the team's people, or a name; what is joined no common noun ("the
        # goalkeeper's brother joined the police from Leeds").
        if any(c.dep_ in ("nsubj", "dobj") and common_noun(c) for c in verb.children):
            return None
        return lemma
    return None


@cache
def _team_act_roles(lemma: str) -> frozenset[str]:
    """The roles ``en/team_act_verbs`` gives the verb ``lemma`` (a verb may have two)."""
    return frozenset(word_map("en", "team_act_verbs").get(lemma, "").split(","))


def _team_word_around(doc: Doc, span: SpacySpan, nouns: frozenset[str], descriptors: frozenset[str]) -> str | None:
    """The noun of a team's people right after the town's name ``span`` (``en/team_nouns``:
    "Barcelona forward Marco Delgado", "the Sheffield coach", "Liverpool's captain"), or the noun
    of a club right before it (``en/team_descriptors``: "Welsh side Cardiff City"), or None. The
    noun after the name is read as one: a determiner before the name, a capitalised name after the
    noun ("Barcelona forward Marco") or the parser's noun tag ("the Leeds boss"); a noun before
    another noun is none of a person ("the Glasgow coach crash")."""
    k = span.end
    if k < len(doc) and doc[k].tag_ == "POS":
        k += 1
    if k < len(doc) and doc[k].lower_ in nouns and doc[k].is_lower:
        noun = doc[k]
        before = doc[span.start - 1] if span.start > 0 else None
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        named_after = nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha
        compound = nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN")  # "the Glasgow coach crash"
        if not compound and (k > span.end or noun.tag_ in ("NN", "NNS") or named_after or (before is not None and before.tag_ in ("DT", "PRP$"))):
            return noun.lower_
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lower_ in descriptors:
        return before.lower_
    return None


# The kinds of gazetteer place a team's name may begin with ("Denver", "Ohio", "New England").
_TEAM_PLACE_KINDS = frozenset({"city", "subdivision", "region"})
# A word that ends in "s" and is no plural ("Congress", "Texas", "Celsius", "Jesus").
_NOT_PLURAL_END = ("ss", "us", "is", "'s", "’s")


def _title_word(tok: Token) -> bool:
    """Whether ``tok`` is a word written with a capital and then small letters ("Denver", "Sox")."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper


def _plural_nickname(tok: Token) -> bool:
    """Whether ``tok`` is a plural word, as a team's nickname is ("Broncos", "Seahawks", "Sox")."""
    word = tok.lower_
    return tok.tag_ == "NNPS" or (len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_END))


def _team_nickname(tok: Token) -> bool:
    """Whether ``tok``, the last capitalised word after a place's name, can be a team's nickname: a
    plural that names no place, feature, people or event (:func:`_plural_nickname`,
    :func:`_no_nickname`: "Broncos") or one of the singular nicknames of
    ``en/singular_team_nicknames`` ("Heat", "Magic", "Jazz")."""
    if tok.lower_ in word_set("en", "singular_team_nicknames"):
        return True
    return _plural_nickname(tok) and not _no_nickname(tok.text)


def _team_place(doc: Doc, start: int, end: int, places: frozenset[tuple[int, int]]) -> bool:
    """Whether ``doc[start:end]`` names a town, a state or a region (not a country): a gazetteer
    place of :data:`_TEAM_PLACE_KINDS`, or a place the model read there and the gazetteer does
    not hold ("Green Bay", "Kansas City"), or an area teams bear that no gazetteer row holds
    (``en/team_place_names``: "Golden State", "Tampa Bay")."""
    from kg.knowledge.places import place_kind

    span = doc[start:end]
    records = default_gazetteer().lookup(span.text)
    if any(place_kind(r) == "country" or r.source.startswith("CLDR") for r in records):
        return False
    if any(place_kind(r) in _TEAM_PLACE_KINDS for r in records):
        return True
    if not records and span.text.casefold() in word_set("en", "team_place_names"):
        return True  # "the Golden State Warriors", "the Tampa Bay Buccaneers": an area no gazetteer row holds
    return not records and (span.start_char, span.end_char) in places


def plural_kind(noun: str) -> EntityLabel | None:
    """The type (LOC or ORG) that the plural noun ``noun`` names ("neighbourhoods", "cities",
    "companies"; ``en/place_kind_nouns``, ``en/coref_nouns``), or None."""
    if not noun.endswith("s"):
        return None
    forms = [noun[:-1], noun[:-2], noun[:-3] + "y"] if noun.endswith("ies") else [noun[:-1], noun[:-2]] if noun.endswith("es") else [noun[:-1]]
    places = word_set("en", "place_kind_nouns")
    kinds = word_map("en", "coref_nouns")
    for form in forms:
        if form in places:
            return "LOC"
        if kinds.get(form) in ("LOC", "ORG"):
            return kinds[form]  # type: ignore[return-value]
    return None


def _no_nickname(word: str) -> bool:
    """Whether the capitalised plural ``word`` after a place's name makes no team's name with it
    (:func:`_city_nickname_teams`): one of ``en/city_plural_non_teams``, the plural of a kind of
    place ("the Denver Suburbs", "the Ohio Counties"; :func:`plural_kind`), of a natural feature
    (``en/geographic_feature_nouns``: "the Oregon Forests") or of a place's people
    (``en/place_people_nouns``: "the Ohio Residents"), or a family's name, a name in "-y" whose
    plural keeps its "y" after a consonant, as no common noun's does ("the Boston Kennedys")."""
    key = word.lower()
    if key in word_set("en", "city_plural_non_teams") or key in word_set("en", "place_people_nouns") or plural_kind(key) == "LOC":
        return True
    features = word_set("en", "geographic_feature_nouns")
    if key in features or key[:-1] in features or key[:-2] in features or (key.endswith("ies") and key[:-3] + "y" in features):
        return True
    return len(key) > 4 and key.endswith("ys") and key[-3] not in "aeiouy"


def _city_nickname_teams(candidates: list[Candidate], doc: Doc, text: str) -> list[Candidate]:
    """``candidates`` with a town's, a state's or a region's name and the capitalised plural after
    it ("the Denver Broncos", "The Seattle Seahawks fired their coach", "the Boston Red Sox") read
    as one organisation, a sports team, where the model read the place and a product, a person, or
    the place alone (issue 21, n33a). One or two words after a place name of one to three words
    (:func:`_team_place`), the last a plural (:func:`_plural_nickname`), end the run of capitalised
    words; the plural is none of ``en/city_plural_non_teams`` ("Colorado Springs", "the Seattle
    Times", "the Oslo Accords", "Ohio Democrats"). A singular nickname of
    ``en/singular_team_nicknames`` ends a team's name too ("the Miami Heat", "Orlando Magic"; issue
    21, n34a). Not in a Title Case line (a headline's capitals
    say nothing: "Ohio Workers Strike"), nor after a title or a given name ("Mr. Austin Roberts"),
    nor where a candidate runs past the name or an organisation already covers it; a name the model
    read as a person is a team only after "the" ("Sydney Evans won" is a person)."""
    given = word_set("xx", "given_names")
    places = frozenset((c.start, c.end) for c in candidates if c.label == "LOC")
    index = CandidateIndex(candidates)
    drop: set[int] = set()
    added: list[Candidate] = []
    n = len(doc)
    i = 0
    while i < n:
        if not _title_word(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _title_word(doc[j]) and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text) + 1 and not doc[j].is_sent_start:
            j += 1
        start, end = i, j
        i = j
        if doc[start].lower_ == "the":
            start += 1
        size = end - start
        if not 2 <= size <= 5 or not _team_nickname(doc[end - 1]):
            continue
        if start > 0 and (doc[start - 1].text.endswith(".") and doc[start - 1].text[:1].isupper()):
            continue  # "Mr. Austin Roberts", "Sen. Dallas Evans"
        if doc[start].lower_ in given:
            continue
        line_start = text.rfind("\n", 0, doc[start].idx) + 1
        line_end = text.find("\n", doc[start].idx)
        if title_case_line(text[line_start : len(text) if line_end < 0 else line_end]):
            continue
        place = next((k for k in range(start + 1, min(start + 3, end - 1) + 1) if end - k <= 2 and _team_place(doc, start, k, places)), None)
        if place is None:
            continue
        a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        within = index.overlapping(a, b)
        article = doc[start - 1].idx if start > 0 and doc[start - 1].lower_ == "the" else a
        if any(candidates[k].start < article or candidates[k].end > b for k in within):
            continue  # a longer name the model read
        if any(candidates[k].label == "ORG" and candidates[k].end == b and candidates[k].start <= a for k in within):
            continue  # the model read the team already; not its nickname alone ("Jerry Jones's Dallas Cowboys")
        if article == a and any(candidates[k].label == "PER" for k in within):
            continue  # "Sydney Evans won the race": a person's name; a team takes "the"
        drop.update(within)
        nickname = text[doc[place].idx : b].lower()
        added.append(Candidate(a, b, "ORG", "city team", evidence=(f"{TEAM_EVIDENCE} {nickname}",)))
    if not added:
        return candidates
    return [*(c for k, c in enumerate(candidates) if k not in drop), *added]


def _after_capitalised_word(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` somewhere right after a capitalised word, one blank apart,
    no sentence's end between ("Novak Djokovic"): a given name's surname as often as not."""
    return re.search(rf"(?<![\w.])[A-Z][a-z]+[^\S\n]{re.escape(name)}(?![\w'’-])", text) is not None


def _missed_result_sides(doc: Doc, named: list[SpacySpan], results: frozenset[str], *, surnames: frozenset[str] = frozenset()) -> list[Candidate]:
    """Clubs the model skipped on one side of a result whose other side it found ("LEEDS (Reuters)
    - Leeds beat Everton 2-0", the model keeping "Everton" only; issue 21, n39a): one capitalised
    proper noun of a sentence with a score (the parser's NNP or NNPS), no given name, weekday or
    month, that no candidate covers (a plural noun's tag too inside the sentence: "with Wolves"),
    typed ORG when it is a side of a result (:func:`_result_sides`) in the same sentence as a side
    that ``named`` holds or names elsewhere, or in a sentence with a noun of a club or its players
    (``en/team_descriptors``, ``en/team_nouns`` less ``en/team_nouns_other_senses``: "his side")."""
    taken = {t.i for sp in named for t in sp}
    stop = word_set("xx", "given_names") | word_set("en", "weekdays") | word_set("en", "full_months")
    bare = [
        doc[t.i : t.i + 1] for t in doc
        if t.i not in taken and (t.tag_ in ("NNP", "NNPS") or (t.tag_ == "NNS" and t.i > t.sent.start)) and t.is_alpha and t.is_title and t.lower_ not in stop
        and _SCORE.search(t.sent.text) is not None and _SET_SCORES.search(t.sent.text) is None  # "Nadal beat Federer 6-4 6-4": players
    ]
    if not bare:
        return []
    text = doc.text
    # No player: the other side is no surname of a person named in full ("Carlos Alcaraz" ...
    # "Djokovic beat Alcaraz 6-3"), nor is the skipped word ("Novak Djokovic" the model skipped).
    named = [sp for sp in named if sp.text not in surnames]
    bare = [sp for sp in bare if sp.text not in surnames and not _after_capitalised_word(text, sp.text)]
    sides = _result_sides(doc, [*named, *bare], results)
    # A side the model found elsewhere in the text anchors the result as well ("drew 1-1 with
    # Wolves ... Wolves manager Gary Sheard", the model keeping the second only).
    names = {sp.text for sp in named}
    found = {sp.sent.start for sp in [*named, *(b for b in bare if b.text in names)] if (sp.start, sp.end) in sides}
    # Two skipped sides in a sentence that speaks of a club's side or its players ("Chelsea beat
    # Arsenal 2-1, and manager Enzo Maresca said his side had earned it"), not of a coach or a
    # captain, whom players of one have too ("Patel beat Sharma 3-1, his coach said").
    clubs = (word_set("en", "team_descriptors") | word_set("en", "team_nouns")) - word_set("en", "team_nouns_other_senses")
    found |= {
        sp.sent.start for sp in bare
        if (sp.start, sp.end) in sides
        and any(t.is_lower and t.pos_ == "NOUN" and t.lower_ in clubs and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of") for t in sp.sent)
    }  # (not "the side of the draw")
    return [
        Candidate(sp.start_char, sp.end_char, "ORG", "city team", evidence=(f"{TEAM_EVIDENCE} {sides[(sp.start, sp.end)]}",))
        for sp in bare if (sp.start, sp.end) in sides and sp.sent.start in found
    ]


def _unintroduced_lone_name(cand: Candidate, candidates: list[Candidate], doc: Doc, text: str) -> bool:
    """Whether ``cand`` is one capitalised word the model read as a person's name that the text
    never gives in full: no given name (``xx/given_names``), no longer name of a person the
    candidates hold ending with it ("Iga Swiatek" ... "Swiatek beat Kenin 6-2"), no title or
    capitalised word right before it. News names a person in full first, so such a word on the
    side of a result or as a club's subject ("Leeds beat Everton 2-0", "Yorkshire were all out")
    is a club the model read as a surname (issue 21, n39a); the caller asks for the club's cue."""
    if cand.label != "PER" or cand.record is not None or cand.institution is not None or cand.evidence:
        return False
    name = text[cand.start : cand.end]
    if not re.fullmatch(r"[A-Z][a-z]+", name) or name.casefold() in word_set("xx", "given_names"):
        return False
    if any(c.label == "PER" and c.end - c.start > len(name) and text[c.start : c.end].split()[-1] == name for c in candidates):
        return False
    if _after_capitalised_word(text, name):
        return False  # "Novak Djokovic" ... "Djokovic beat": a full name the model skipped
    span = doc.char_span(cand.start, cand.end)
    if span is None or span.start == 0:
        return span is not None
    before = doc[span.start - 1]
    titles = word_set("en", "person_titles")
    return not (before.text[:1].isupper() and before.is_alpha) and before.lower_.rstrip(".") not in titles


def _english_city_teams(candidates: list[Candidate], doc: Doc, text: str) -> list[Candidate]:
    """English: ``candidates`` with the towns that the sentence treats as sports clubs typed ORG:
    the name before a noun of a team's people (``en/team_nouns``: "Barcelona forward Marco
    Delgado", "the Sheffield coach") or after a noun of a club (``en/team_descriptors``: "Welsh
    side Cardiff City"), a side of a result in a sentence with a score (``en/match_result_words``:
    "Leeds beat Everton 2-1", "Burnley lost 3-0 to Wolves") and the lone subject of a plural verb
    ("Manchester City were charged"). The last cue, and a noun of ``en/team_nouns_other_senses``
    ("the Denver coach", "Peterhead skipper"), hold only in a sentence about a match
    (:func:`_match_sentence`); no cue holds in a sentence of a vote or a bid
    (``en/vote_contest_words``: "Milan beat Stockholm 47-34 in the final round of voting"). The town alone elsewhere
    ("flew to Barcelona") stays a place; a country (its national side) and a name of more than
    three words are left as they are, and so is a name with other evidence; the town's gazetteer
    record is dropped, the club not being the town."""
    if not len(doc):
        return candidates
    candidates = _city_nickname_teams(candidates, doc, text)
    nouns = word_set("en", "team_nouns")
    descriptors = word_set("en", "team_descriptors")
    results = word_set("en", "match_result_words")
    other_senses = word_set("en", "team_nouns_other_senses")
    teams: dict[tuple[int, int], str] = {}
    named = [
        sp for c in candidates
        if c.label in ("LOC", "ORG") and (sp := doc.char_span(c.start, c.end, alignment_mode="expand")) is not None
    ]
    # "Leeds beat Everton 2-0": a lone name the model read as a person's, never named in full.
    # Not in a match of sets ("Nadal beat Federer 6-4 6-4"), whose sides are players (rvn39).
    lone = {
        (c.start, c.end) for c in candidates
        if _unintroduced_lone_name(c, candidates, doc, text)
        and ((sp := doc.char_span(c.start, c.end)) is None or _SET_SCORES.search(sp.sent.text) is None)
    }
    # A skipped club on the other side of a town or a club the model found ("Fulham drew 1-1 with
    # Brentford"), not of a lone surname ("Patel beat Sharma 3-1": two players as often).
    surnames = frozenset(text[c.start : c.end].split()[-1] for c in candidates if c.label == "PER" and " " in text[c.start : c.end].strip())
    missed = _missed_result_sides(doc, named, results, surnames=surnames)
    named += [sp for a, b in lone if (sp := doc.char_span(a, b)) is not None]
    named += [sp for c in missed if (sp := doc.char_span(c.start, c.end)) is not None]
    sides = _result_sides(doc, named, results)
    side_names = {doc[a:b].text for a, b in sides}
    candidates = [*candidates, *missed]
    for cand in candidates:
        if (cand.label != "LOC" and (cand.start, cand.end) not in lone) or cand.institution is not None or cand.evidence or (cand.start, cand.end) in teams:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not 1 <= len(span) <= 3 or not all(t.text[:1].isupper() for t in span if t.is_alpha):
            continue
        if span[0].lower_ == "the" or any(t.is_upper and len(t) > 1 for t in span):
            continue  # "the Arctic", a heading or a dateline in capitals
        # A lone surname is a club by a side of a result or a plural verb only, unless a mention
        # of it is a side of one ("Wigan lost 2-1 to Bolton, and Bolton boss Ian Evatt"): a
        # player has a coach and equalises too ("Smith's coach", "after Kane equalised"; rvn39).
        person = (cand.start, cand.end) in lone and text[cand.start : cand.end] not in side_names
        why = None if person else _team_word_around(doc, span, nouns, descriptors)
        if why in other_senses and not _match_sentence(span.sent):
            why = None  # "The Denver coach was found abandoned", "Peterhead skipper John Buchan landed 400 boxes"
        why = why or sides.get((span.start, span.end))
        if why is None and not person and (act := _team_act(span)) is not None and _match_sentence(span.sent):
            why = act  # "Manchester City signed Brazilian midfielder Lucas Moreira from Benfica"
        if why is None and _plural_subject(doc, span) and _match_sentence(span.sent):
            why = "plural verb"  # not "Scotland are set to hold a referendum", "London have recorded the hottest day"
        if why is None:
            continue
        records = [cand.record] if cand.record is not None else default_gazetteer().lookup(text[cand.start : cand.end])
        if any(r.source.startswith("CLDR") for r in records):
            continue  # a country: its national side is left to the model
        teams[(cand.start, cand.end)] = why
    # "Newcastle United and Aston Villa": the model's town and the club's last word after it.
    heads = word_set("en", "club_name_heads")
    extended: dict[tuple[int, int], int] = {}
    for cand in candidates:
        if cand.label != "LOC" or cand.institution is not None or cand.evidence:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not 1 <= len(span) <= 2 or span.end >= len(doc) or span[0].lower_ == "the":
            continue
        nxt = doc[span.end]
        if nxt.lower_ in heads and nxt.text[:1].isupper() and not nxt.is_upper and nxt.idx == cand.end + 1:
            extended[(cand.start, cand.end)] = nxt.idx + len(nxt.text)
    if not teams and not extended:
        return candidates
    out = []
    for cand in candidates:
        if (cand.start, cand.end) in extended and cand.label == "LOC" and cand.institution is None and not cand.evidence:
            end = extended[(cand.start, cand.end)]
            out.append(replace(cand, end=end, label="ORG", record=None, evidence=(f"club name: {text[cand.end:end].strip().lower()}",)))
            continue
        why = teams.get((cand.start, cand.end))
        if why is not None and (cand.label in ("LOC", "ORG") or (cand.start, cand.end) in lone) and cand.institution is None and not cand.evidence:
            cand = replace(cand, label="ORG", record=None, evidence=(f"{TEAM_EVIDENCE} {why}",))
        elif cand.label == "LOC" and any(a <= cand.start and cand.end <= b and (a, b) != (cand.start, cand.end) for a, b in teams):
            continue  # "Munich" of "Bayern Munich": the club's name holds the town's
        out.append(cand)
    return out
