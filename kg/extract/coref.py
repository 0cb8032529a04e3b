"""Within-document entity coreference: the pronouns and descriptions that take up a named entity.

Two steps, like the rest of the pipeline. :func:`anaphors_from_doc` reads one parsed piece and lists
its referring expressions with what agreement needs (personal and possessive pronouns, relative
pronouns, definite descriptions headed by a noun of ``coref_nouns``, appositions, the predicate
noun of an identity copula), each with its gender, number, the entity types it may stand for,
whether it is a subject, and what the parse already says (the antecedent of a relative pronoun,
an apposition or a predicate, the subject a non-subject pronoun cannot refer to).
:func:`resolve_references` then walks the document in text order and links each one to an entity
already named: relative pronouns, appositions and predicates to the entity the parse points at,
pronouns and descriptions to the most salient entity that agrees with them.

Salience follows Lappin and Leass (1994): recency (sentences back, a paragraph break), subject
position, parallel subjects, how often the entity was taken up. The rules of ``coreferee`` 1.5
(rule-based candidates, a trained ranker whose models cannot be had here) inspired the candidate
lists; the ranker is replaced by these weights. The resolver is conservative: when two entities
score within :data:`MARGIN` of each other, the reference is left out of every chain. Each link
keeps its evidence (rule, agreement, distance), which the graph writes and ``kg explain`` shows.

Entities are never merged here (a pronoun joins the chain of one named entity); a chain also
votes on its entity's type when the gazetteer does not type it ("Acme ... the company": ORG).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.errors import KGError
from kg.extract.spanindex import CandidateIndex
from kg.knowledge.gazetteer import normalise_name
from kg.knowledge.lexicons import _label_key, load_lexicon, load_roles
from kg.knowledge.words import given_name_genders, number_map, rows, word_map, word_set, word_sets
from kg.nlp.doccache import doc_text, is_ancestor, token_heads, token_starts
from kg.nlp.grammar import _OBJ, _PASS_SUBJ, _SUBJ, _morph, _speaker_like, adverbial_between_commas, source_complement
from kg.types import (
    Entity,
    EntityLabel,
    EntityMention,
    EventMention,
    Membership,
    Quote,
    Reference,
    ReferenceKind,
    Span,
    Timex,
    UnnamedChain,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Anaphor", "CorefCues", "Phrase", "anaphors_from_doc", "coreference_via", "is_latest_anaphor", "resolve_chains", "resolve_references", "unnamed_chains"]

# Salience weights (Lappin and Leass 1994, rescaled), tuned on MEANTIME dev.
SENTENCE_PENALTY = 30  # per sentence between the reference and the candidate mention
PARAGRAPH_PENALTY = 25  # once, when a paragraph break lies between them
SUBJECT_BONUS = 40  # the candidate mention is a subject
PARALLEL_BONUS = 15  # both are subjects
GOVERNOR_BONUS = 20  # the subject of the clause that the pronoun's adverbial clause modifies
CHAIN_BONUS = 5  # per earlier mention of the entity in the window, at most CHAIN_CAP
CHAIN_CAP = 20
REPORTED_PENALTY = 25  # a subject of a reported clause, for a later sentence's main-clause subject pronoun
HEAD_BONUS = 80  # a description whose head noun already describes the entity ("a research firm" ... "the firm")
# A description whose nationality ("the Italian carmaker", "the No. 3 U.S. automaker") an earlier
# description of the entity gave it too ("Opel, the German unit of ... the German carmaker").
ORIGIN_BONUS = 40
# A description whose rank ("the No. 2 automaker") an earlier description of the entity with the
# same head gave it too ("Ford , the No. 2 U.S. automaker"): as telling as a head said before.
RANK_BONUS = 60
# A description whose noun modifiers ("the cable company") an earlier description gave one candidate
# ("cable operator Linkway") and not another: that candidate (issue 17, c27a).
WORDING_BONUS = 60
GENDER_BONUS = 20  # a French "elle" and a woman the given name or title shows
BRACKET_PENALTY = 30  # the candidate mention lies in brackets, an aside ("( 550 for a Zorbajet Z7 )")
# The candidate mention lies in a person's role apposition, where it says whom the person works
# for ("Jane Roe , an analyst at Zorba Research , said the carmaker ..."): an aside too.
ROLE_ASIDE_PENALTY = 30
HEADLINE_WORDS = 20  # a first line this short, with no final stop, is a headline (:func:`_topic`)
# An English plural object pronoun ("them") for an organisation the text has not yet taken up in
# the plural: possible ("Acme have told them"), but a plural noun phrase near it is likelier
# ("Kestrel ordered 20 jets from Zenith. The planemaker said it would deliver them": the jets;
# issue 17, c31a). Not a subject or a possessive: "Apple have released re-designs of their iPod
# range", "the aircraft they intend to launch" stay the company's on MEANTIME dev.
PLURAL_ORG_PENALTY = 50
MARGIN = 15  # a runner-up this close: unsure, no link
POSSESSIVE_MARGIN = 1  # for a possessive ("its", « sa »), which takes up the most salient entity (tuned on dev)
# How far back a reference looks, in sentences (the sentence of the reference counts as 0).
PRONOUN_WINDOW = 2
NOMINAL_WINDOW = 3
# A description of a stock market index ("the index", "the benchmark", « l'indice vedette ») looks
# back one sentence only: a market report names several indices, and an economic "index" a few
# sentences on is as likely another one.
INDEX_WINDOW = 1
# How many of the nearest names, things and resolved references a reference weighs at most (a
# run-on sentence of thousands of names would otherwise cost quadratic time).
MAX_CANDIDATES = 300


@dataclass(frozen=True)
class Anaphor:
    """A referring expression of one piece of text, in document coordinates.

    ``types``: the entity types it may refer to. ``antecedent``: the character span of the token
    the parse says it stands for (relative pronouns, appositions, "le groupe IBM"). ``blocked``:
    the span of the subject of its own clause, which a non-subject, non-possessive pronoun cannot
    refer to ("Acme sued it"). ``noun_type``: the type a description names ("the company": ORG)."""

    start: int
    end: int
    text: str
    kind: ReferenceKind
    lang: str
    gender: str
    number: str
    types: frozenset[str]
    subject: bool
    antecedent: tuple[int, int] | None = None
    blocked: tuple[int, int] | None = None
    noun_type: str | None = None
    # The span of the head noun of an apposition, when the description holds a name of its own
    # ("the Airbus chief executive", "Apple CEO"): only the head may not overlap a name.
    head: tuple[int, int] | None = None
    # A first-person pronoun ("I", "we", "our"): it stands for the speaker of the quotation that
    # holds it, never for the most salient entity.
    first_person: bool = False
    # « ce dernier », "the latter": the entity mentioned last, not the most salient one.
    latest: bool = False
    # "the former": the entity named before the last one (with ``latest``).
    former: bool = False
    # "the latter" after "the former": where "the former" stands, before which it looks.
    before: int | None = None
    # A predicate noun phrase of an identity copula ("Acme is the largest retailer"): ``antecedent``
    # is the copula's subject; the phrase joins the subject's chain, and no span joins the two.
    predicate: bool = False
    # An apposition between two common noun phrases ("the Long Beach plant, the original home of
    # Acme"): ``antecedent`` is the head noun of the first; with no entity there, the two phrases
    # make one chain of an unnamed entity.
    common: bool = False
    # A subject pronoun of an adverbial clause: the span of the subject of the clause it modifies
    # ("As the jet was leaving the gate before it was due to fly": the jet), which it most
    # likely continues (:data:`GOVERNOR_BONUS`).
    governor: tuple[int, int] | None = None
    # The governor is a proper noun: when it names no entity the recogniser found ("Galatasaray
    # said it would appeal"), the pronoun stands for it, no other entity.
    governor_name: bool = False
    # The head noun of a description ("the jet": jet). A description that takes up no entity is
    # still a thing a later pronoun may stand for ("The jet was leaving the gate before it ...").
    noun: tuple[int, int] | None = None
    # A possessive in a relative clause whose subject is the relative pronoun ("the family of jets,
    # which has sold 2,400 units over its history"): ``antecedent`` is the relative's noun, which
    # it stands for even when that noun names no entity.
    in_relative: bool = False
    # A possessive that determines an event noun (« son procès », "its acquisition"): its owner
    # takes part in the event, so an abstract noun phrase ("the decision", « l'action ») is no
    # owner it may stand for.
    owns_event: bool = False
    # A pronoun after a quantifier and "of" ("none of them", "most of them", "two of them"): the
    # members of a set, which no named entity is; it may still take up a plural noun phrase.
    partitive: bool = False
    # The lower-case nouns that modify a description's head ("investment" in "the investment
    # bank"): a kind of the head, which an entity described by the bare head need not be.
    compounds: frozenset[str] = frozenset()
    # A capitalised noun after "the" that ends an organisation's name ("the Commission" after "the
    # European Commission"): the name's short form, which takes up only an organisation whose name
    # of several words ends in that noun, never the most salient entity.
    short_form: bool = False
    # A role its organisation's possessor determines ("the company's chief executive", "its chief
    # executive", "Kestrel's chief executive"): the span of the possessor. The phrase takes up only
    # the one person an apposition gave the same role at the same organisation ("Fritz Henderson ,
    # Kestrel 's chief executive ,"), never the most salient person.
    role_owner: tuple[int, int] | None = None
    # A company noun a person's possessive determines ("Vantor's sales chief, Jim Lentz, said his
    # company"): the span of the possessive; the phrase takes up only the one organisation an
    # apposition of that person named (:meth:`_RoleHolders.employer`).
    employee: tuple[int, int] | None = None
    # A possessive that determines what only a company has (``coref_company_possessions``: "its
    # shares", "its chief executive"): it stands for an organisation, or for a phrase that names
    # none headed by an organisation noun of ``coref_nouns`` ("the company"), never for another thing.
    company_owned: bool = False
    # A possessive that determines what only an organisation or a country has
    # (``coref_body_possessions``: "its government", "its spokesman"): it stands for an organisation
    # or a place, or for a phrase that names none headed by a body's or a place's noun ("the
    # company", "the country"), never for a thing or an event ("Fighting broke out in Mali. Its
    # government": Mali, not the fighting).
    body_owned: bool = False
    # "the country" in a clause reported by a source a demonym qualifies ("Kenyan officials said the
    # country would ..."): that country's QID, the one country it may stand for.
    source_country: str | None = None
    # The countries named after "the country" in its own clause ("the country would not close its
    # border with Sweden"): QIDs of countries it cannot stand for.
    clause_countries: frozenset[str] = frozenset()
    # The types such a possessive had before it was narrowed to an organisation: a place it may
    # still take up when no organisation is near ("Leeds sacked its manager. Its chairman said":
    # a club the gazetteer calls a city), never a product.
    owner_types: frozenset[str] = frozenset()
    # A person description whose office a word of ``former_words`` makes a past one ("the former
    # senator"): it takes up only a person the text said held that office before ("former Senator
    # Tom Reed", "Tom Reed, a former senator"), not whoever holds it now (c34a).
    former_office: bool = False
    # "Dunn's lawyer said his client": the client of the lawyer who speaks; ``antecedent`` is the
    # lawyer's possessor or "for" complement, the one entity it may stand for (c34a).
    client: bool = False
    # A subject pronoun's names in its scope (:func:`_commanded_names`): no entity named there is
    # what it stands for ("It said Dorval Foods had offered too little", English).
    commanded: tuple[tuple[int, int], ...] = ()
    # A direct or indirect object pronoun ("The planemaker said it would deliver them"): its
    # clause's subject (``blocked``) is coreferent with it in no reading (it would be "itself"), so
    # no mention of the entity that subject names or takes up is its antecedent either (issue 17,
    # c31a). Not a prepositional object, which may be ("Acme took its lawyers with it").
    object_of_subject: bool = False
    # An English plural subject pronoun or possessive in a clause reported by a source that refers
    # to an organisation in the singular ("The company said they would", "It said their"): the
    # span of that source. Whatever it takes up is not what "they" stands for, which would be "it"
    # (issue 17, c32a); a name as source keeps British English's plural ("Tesco said they").
    singular_source: tuple[int, int] | None = None
    # "the 45-year-old mother of two": the age an English person noun of ``coref_person_nouns``
    # bears; the phrase takes up only a person the text gave that age ("Karen Holt, 45,"), never
    # the most salient person (c36a).
    age: str | None = None
    # "The Australian now leads": a nationality adjective as a person's noun, its country's QID; the
    # phrase takes up only the one person in reach the text gave that country (c39a)
    demonym: str | None = None


@dataclass(frozen=True)
class Phrase:
    """A noun phrase that names no entity, as unnamed chains need it: its span (determiner,
    modifiers, head), its head, the head's lemma, number and gender, how it is determined
    (``definite``, ``demonstrative``, ``indefinite``, ``possessive``, ``number``, ``bare``), the
    words that restrict it (adjectives, noun modifiers, numbers) and whether it is a subject."""

    start: int
    end: int
    head: tuple[int, int]
    lemma: str
    number: str
    gender: str
    determiner: str
    modifiers: frozenset[str]
    subject: bool
    lang: str = ""


@dataclass(frozen=True)
class CorefCues:
    """What coreference reads from one parsed piece: its anaphors, the character starts of its
    subject tokens (a named mention holding one is in subject position), and its other noun
    phrases, ``(start, end, number, gender, subject, abstract)`` of their head: the plane, the device, the
    employees compete for "it" and "their" with the named entities, so that a pronoun that most
    likely stands for a thing joins no chain."""

    anaphors: tuple[Anaphor, ...]
    subject_starts: tuple[int, ...]
    things: tuple[tuple[int, int, str, str, bool, bool], ...] = ()
    phrases: tuple[Phrase, ...] = ()
    # Coordinated noun phrases as one mention of the group they name ("Northrop Grumman and EADS",
    # "the media and iPhone owners"): (start, end), see :func:`_coordination`.
    coordinations: tuple[tuple[int, int], ...] = ()
    # The noun phrases a name heads, with what ``coref_name_phrase_dependents`` lets into them
    # ("Singapore's Changi International Airport"): (head start, head end, phrase start, phrase end).
    name_phrases: tuple[tuple[int, int, int, int], ...] = ()
    # The starts of the subjects of clauses a verb of saying before them reports ("Zorba said a
    # supplier had made the batteries": "supplier"), English: see :func:`_in_reported_clause`.
    reported_starts: tuple[int, ...] = ()
    # The starts of the subjects of a verb of saying or of a negated verb ("It did not say when",
    # "It did not name the supplier"), English: see :func:`_speaks`.
    speaking_starts: tuple[int, ...] = ()
    # French names right after the subject's common noun (« le journal Libération a interrogé »,
    # :func:`_name_after_subject_noun`): (name start, ``m`` / ``f``), the grammatical gender of that
    # noun, which a later « il » / « elle » must agree with (« Elle » is not « le journal Libération »).
    name_genders: tuple[tuple[int, str], ...] = ()
    # The starts of English lone subjects of a plural verb, no plural name ("Tesco have cut prices"):
    # an organisation written in the plural, like one a plural pronoun took up (rvc31; see
    # :data:`PLURAL_ORG_PENALTY`).
    plural_subject_starts: tuple[int, ...] = ()
    # The starts of English speaking subjects that answer what the sentence before reported of
    # another ("The company said it had never copied anything"), with how: see :func:`_answers_report`.
    answering_starts: tuple[tuple[int, str], ...] = ()
    # English persons a verb gives a part the story then calls them by ("Tom Reed was arrested":
    # "suspect"), ``(name start, name end, part)``: see :func:`_predicated_roles`.
    predicated_roles: tuple[tuple[int, int, str], ...] = ()


# --- reading one piece -------------------------------------------------------------------------------


# The tables below are read for every piece and every candidate noun: built once (callers only read them).
@cache
def _pronouns(lang: str) -> dict[str, tuple[str, str, str, frozenset[str]]]:
    try:
        table = rows(lang, "coref_pronouns")
    except Exception:  # a language without the list has no pronoun to resolve
        return {}
    return {r[0]: (r[1], r[2], r[3], frozenset(r[4].split(","))) for r in table}


@cache
def _accusative_clitics() -> frozenset[str]:
    """French object clitics that are also articles (« le », « la », « l' », « les »)."""
    return word_set("fr", "accusative_clitics")


def _object_clitic(tok: Token) -> bool:
    """A French object clitic before its verb (« la police l'a arrêté », « les gendarmes les ont
    interpellés »): a pronoun that takes up who undergoes the act, never an article, nor the neuter
    « le » of a verb of saying, knowing or doing (:func:`_neuter_clitic`)."""
    return (
        tok.lang_.startswith("fr")
        and tok.pos_ == "PRON"
        and tok.dep_ in ("obj", "dobj")
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.i < tok.head.i
        and not _neuter_clitic(tok)
    )


# A French past participle's endings by gender, in the singular (« relaxé » / « relaxée », « vu » /
# « vue », « puni » / « punie »); the ones that do not show the gender (« pris », « dit ») are not here.
_PARTICIPLE_GENDERS = (("ée", "f"), ("ie", "f"), ("ue", "f"), ("é", "m"), ("i", "m"), ("u", "m"))


def _clitic_gender(tok: Token) -> str:
    """The gender of « l' » before a compound past with « avoir », which its participle shows by
    agreeing with it (« le tribunal l'a relaxé »: a man; « l'a relaxée »: a woman or a feminine
    noun); ``"-"`` when no participle follows or it does not show the gender. The parser's own
    gender of the participle is not read: it gives « relaxée » the masculine."""
    verb = tok.head
    if "Part" not in _morph(verb, "VerbForm") or not any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children):
        return "-"
    word = verb.lower_
    return next((g for ending, g in _PARTICIPLE_GENDERS if word.endswith(ending)), "-")


def _neuter_clitic(tok: Token) -> bool:
    """A French « le » / « l' » object clitic that stands for a clause or an act (« Il l'a dit
    clairement », « il le fera », « il l'a répété dimanche »): the object of a verb of
    ``fr/neuter_clitic_verbs`` whose participle does not agree with a feminine or plural antecedent
    (« il l'a dite » takes up a feminine noun)."""
    verb = tok.head
    if tok.lower_.replace("’", "'") not in word_set("fr", "neuter_clitics"):
        return False  # « la », « les »: gendered or plural, never neuter
    if verb.lemma_.lower() not in word_set("fr", "neuter_clitic_verbs"):
        return False
    return "Fem" not in _morph(verb, "Gender") and "Plur" not in _morph(verb, "Number")


@cache
def _first_person(lang: str) -> dict[str, tuple[str, str]]:
    """``coref_first_person``: form -> (kind, number)."""
    try:
        table = rows(lang, "coref_first_person")
    except Exception:
        return {}
    return {r[0]: (r[1], r[2]) for r in table}


@cache
def _latest(lang: str) -> dict[str, tuple[frozenset[str], str, str, bool]]:
    """``coref_latest``: form -> (determiners, gender, number, former) of the words that, right
    after one of those determiners (« ce dernier », "the latter"), take up the entity mentioned
    last; or, with ``2`` in a fifth column ("the former"), the entity named before that one."""
    return {r[0]: (frozenset(r[1].split(",")), r[2], r[3], len(r) > 4 and r[4] == "2") for r in _safe_rows(lang, "coref_latest")}


@cache
def _demonstratives(lang: str) -> dict[str, tuple[str, str, str]]:
    """``coref_demonstratives``: form -> (suffix, gender, number) of « celui-ci » and its like."""
    return {r[0]: (r[1], r[2], r[3]) for r in _safe_rows(lang, "coref_demonstratives")}


def _demonstrative_anaphor(tok: Token, lang: str, offset: int, is_subject: bool) -> Anaphor | None:
    """« celui-ci », « celle-ci » (one word, or the form, a hyphen and the suffix) as an anaphor of
    the entity named last, as « ce dernier » is."""
    low = tok.lower_
    table = _demonstratives(lang)
    form, _, suffix = low.partition("-")
    entry = table.get(form)
    if entry is None or tok.pos_ not in ("PRON", "PROPN", "NOUN", "DET"):
        return None
    want, gender, number = entry
    end = tok
    if suffix:
        if suffix != want:
            return None
    else:
        doc = tok.doc
        rest = "".join(t.text for t in doc[tok.i + 1 : tok.i + 3])
        if rest.lower() == f"-{want}" and doc[tok.i + 1].text == "-" and not tok.whitespace_:
            end = doc[tok.i + 2]
        elif tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == f"-{want}" and not tok.whitespace_:
            end = doc[tok.i + 1]
        else:
            return None
    if _thing_named_last(tok, gender, number):
        return None
    start = tok.idx + offset
    stop = end.idx + len(end.text) + offset
    text = doc_text(tok.doc)[tok.idx : end.idx + len(end.text)]
    return Anaphor(start, stop, text, "pronoun", lang, gender, number, frozenset({"PER", "ORG"}), is_subject, latest=True)


def _thing_named_last(tok: Token, gender: str, number: str) -> bool:
    """Whether a common noun of a thing, of the demonstrative's gender and number and with no
    preposition, is named after the last person or organisation before ``tok`` or heads the phrase that name completes: « celui-ci »
    then takes up the thing (« Le ministre Paul Martin a présenté le budget. Celui-ci prévoit … »,
    « la voiture de Léa Morel. Celle-ci était abandonnée »), not the name."""
    doc = tok.doc
    last = next((j for j in range(tok.i - 1, -1, -1) if doc[j].ent_type_ in ("PER", "ORG")), None)
    if last is None:
        return False
    want_gender = {"m": "Masc", "f": "Fem"}.get(gender)
    want_number = {"sg": "Sing", "pl": "Plur"}.get(number)

    def thing(noun: Token) -> bool:
        return (
            # a person's or a body's noun (« le maire ») may stand between without being taken up
            noun.pos_ == "NOUN" and not noun.ent_type_ and not _speaker_like(noun)
            and (want_gender is None or want_gender in _morph(noun, "Gender"))
            and (want_number is None or want_number in _morph(noun, "Number"))
        )

    # a bare phrase only: « après le match » is a circumstance, not what the next sentence is about
    if any(thing(doc[k]) and not any(c.dep_ == "case" for c in doc[k].children) for k in range(last + 1, tok.i)):
        return True
    # the name's phrase completes a noun (« la voiture de Léa Morel »): climb its « de » complements
    head = doc[last]
    while head.dep_ in ("flat:name", "flat", "appos") and head.head.i != head.i:
        head = head.head
    while head.dep_.startswith("nmod") and head.head.i != head.i:
        head = head.head
        if thing(head):
            return True
    return False


def _latest_determiner(tok: Token, lang: str) -> Token | None:
    """The determiner of « ce dernier », « ces dernières », "the latter" when ``tok`` is its noun."""
    entry = _latest(lang).get(tok.lower_)
    if entry is None or tok.pos_ not in ("ADJ", "NOUN", "PRON"):
        return None
    return next((c for c in tok.children if c.dep_ == "det" and c.lower_ in entry[0] and c.i == tok.i - 1), None)


def is_latest_anaphor(tok: Token) -> bool:
    """Whether ``tok`` is the noun of « ce dernier », « ces dernières », "the latter": a pronoun
    in all but its part of speech."""
    return _latest_determiner(tok, tok.lang_[:2]) is not None


def _latest_anaphor(tok: Token, lang: str, offset: int, is_subject: bool) -> Anaphor | None:
    """« ce dernier » / « cette dernière » / "the latter" as an anaphor of the entity named last."""
    det = _latest_determiner(tok, lang)
    if det is None:
        return None
    _, gender, number, former = _latest(lang)[tok.lower_]
    return Anaphor(det.idx + offset, tok.idx + len(tok.text) + offset, f"{det.text} {tok.text}", "pronoun", lang,
                   gender, number, frozenset({"PER", "ORG"}), is_subject, latest=True, former=former)


@cache
def _nouns(lang: str) -> dict[str, tuple[str, str]]:
    try:
        table = rows(lang, "coref_nouns")
    except Exception:
        return {}
    return {r[0]: (r[1], r[2] if len(r) > 2 else "-") for r in table}


@cache  # a list one language lacks raises each time: the empty set is remembered instead
def _words(lang: str, name: str) -> frozenset[str]:
    try:
        return word_set(lang, name)
    except Exception:
        return frozenset()


def _is_name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC")


# The dependencies of a noun phrase's head that make it a candidate antecedent.
_THING_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "pobj", "obl", "obl:arg", "attr", "appos", "conj", "iobj", "dative", "ROOT"}
)


# The recogniser's types of dates and times: timexes, never entities nor things.
_TIME_TYPES = frozenset({"DATE", "TIME"})
# The recogniser's types of amounts ("74 percent of its members", "7.3 percent"): no thing a
# pronoun takes up either.
_AMOUNT_TYPES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def _is_named(tok: Token) -> bool:
    """A token of a person, organisation or place name (those are the entities' own mentions)."""
    return tok.ent_type_ in _NAMED_TYPES


_NAMED_TYPES = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _person_after_affiliation(named: Token) -> Token:
    """The person a role noun describes when an organisation's name stands between them (« le
    sénateur Modem Jean Arthuis », « le député PS Jean-Marc Ayrault »): the party is the person's
    affiliation, not the senator (issue 21, f37b); else ``named`` itself."""
    if named.ent_type_ != "ORG":
        return named
    doc = named.doc
    k = named.i
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "ORG" and doc[k + 1].ent_iob_ == "I":
        k += 1
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and after.ent_type_ in ("PER", "PERSON") and after.ent_iob_ == "B":
        return after
    return named


def _name_after_subject_noun(tok: Token) -> bool:
    """A name right after the common noun that is the subject, hung on it without a preposition (« l'association
    Greenpeace a manifesté », « le syndicat CGT réclame »: the parser makes the name a modifier of
    the noun): in subject position, like a name in apposition."""
    head = tok.head
    return (
        _is_named(tok)
        and tok.i == head.i + 1
        and head.pos_ == "NOUN"
        and tok.dep_ in ("amod", "nmod", "flat", "flat:name", "compound")
        and (head.dep_ in _SUBJ or head.dep_ in _PASS_SUBJ)
        and not any(c.dep_ == "case" for c in tok.children)
    )


def _names_itself(noun: Token, lang: str) -> bool:
    """Whether a common noun before a name says what the name is (« le journal Libération », « la
    chanteuse Zaz »: ``organisation_descriptors``, ``person_role_nouns``), not something of it
    (« l'action Renault », « l'usine Renault »)."""
    lemma = noun.lemma_.lower()
    return lemma in word_set(lang, "organisation_descriptors") or lemma in word_set(lang, "person_role_nouns")


def impersonal(tok: Token, lang: str) -> bool:
    """An "it" / « il » that refers to nothing: "it is likely that", « il faut », « il y a ».

    The French model reads « il » as ``expl:subj`` before every reflexive verb (« il s'oppose »),
    so in French the words decide, not that label."""
    if tok.dep_.startswith("expl") and lang != "fr":
        return True
    head = tok.head
    lemma = head.lemma_.lower()
    heads = _words(lang, "impersonal_heads")
    if lang == "fr":
        if tok.lower_ != "il":
            return False
        if lemma in _impersonal_always("fr"):
            return True
        children = list(head.children)
        if any(c.lower_ == "y" for c in children):
            return True  # « il y a »
        clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > head.i for c in children)
        if clause and lemma in _words("fr", "impersonal_passives") and any(c.dep_ == "aux:pass" for c in children):
            return True  # « il a été décidé de fermer l'école »
        if lemma in _words("fr", "impersonal_passives") and _etre_before_de_clause(head, children):
            return True  # « il est interdit de brûler », whose « est » the parser reads as a tense
        return clause and (lemma in heads or head.pos_ == "ADJ")
    if tok.lower_ != "it":
        return False
    children = list(head.children)
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj", "csubjpass") and c.i > tok.i for c in children)
    if not clause and _question_after_adjective(head, children, lang):
        return True
    if not clause:
        return lemma in _words(lang, "weather_verbs") or _impersonal_idiom(head, children)
    return (
        lemma in heads
        or any(c.dep_ in ("auxpass", "aux:pass", "acomp") for c in children)
        or head.pos_ == "ADJ"
    )


def _question_after_adjective(verb: Token, children: Sequence[Token], lang: str) -> bool:
    """Whether ``verb`` ("was") has an adjective of ``impersonal_question_adjectives`` and, after
    it, a clause the parser hung on the verb as an adverbial one or on the adjective that opens
    with a word of ``question_openers``: "it was not clear when demand would recover", "it was
    unknown how many branches would close" ask a question, which their "it" stands for; "it was
    red when it arrived" does not (the adjective is no such word)."""
    adjectives = _words(lang, "impersonal_question_adjectives")
    adjective = next((c for c in children if c.dep_ == "acomp" and c.lemma_.lower() in adjectives), None)
    if adjective is None:
        return False
    openers = _words(lang, "question_openers")
    # on the verb ("when ... recover" an adverbial clause) or on the adjective ("unknown how many")
    clauses = [c for c in children if c.dep_ == "advcl"] + [c for c in adjective.children if c.dep_ in ("ccomp", "advcl")]
    return any(c.i > adjective.i and c.left_edge.lower_ in openers for c in clauses)


def _etre_before_de_clause(verb: Token, children: Sequence[Token]) -> bool:
    """A French participle with the auxiliary « être » and, after it, an infinitive introduced by
    « de » or a clause introduced by « que » (« il est interdit de brûler », « il est prévu que »);
    not « il est décidé à partir » (an infinitive after « à », whose « il » is someone)."""
    if not any(c.dep_.startswith("aux") and c.lemma_.lower() == "être" for c in children):
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp", "csubj")
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’", "que", "qu'", "qu’") for m in c.children)
        for c in children
    )


def _impersonal_idiom(verb: Token, children: Sequence[Token]) -> bool:
    """Whether ``verb`` heads a fixed adverbial clause of ``en/impersonal_idioms`` ("When it comes
    to", "As it turned out"): its particle or preposition (or none, "-") and its opening conjunction."""
    marks = {c.lower_ for c in children if c.dep_ in ("mark", "advmod") and c.i < verb.i}  # "When" is an advmod
    if not marks:
        return False
    words = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "compound:prt") and c.i > verb.i}
    for row in _safe_rows("en", "impersonal_idioms"):
        if len(row) > 2 and row[0] == verb.lemma_.lower() and row[2] in marks and (row[1] in words if row[1] != "-" else not words):
            return True
    return False


def _impersonal_always(lang: str) -> frozenset[str]:
    """The verbs of ``impersonal_heads`` impersonal whatever follows (no "clause" column)."""
    return frozenset(r[0] for r in rows(lang, "impersonal_heads") if r[1] != "clause")


def _clause_subject(tok: Token) -> tuple[int, int] | None:
    """The subject of the verb a non-subject pronoun depends on ("Acme sued it": Acme)."""
    verb = tok.head
    if verb.pos_ == "ADP":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in _SUBJ or child.dep_ in _PASS_SUBJ:
            return child.idx, child.idx + len(child.text)
    if (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") and "Plur" not in tok.morph.get("Number")
        and verb.lemma_.lower() in _words("en", "coref_addressing_participles")
    ):
        # "Orbit sued Flixo, accusing it of ...": the participle of a verb of addressing or judging
        # someone (coref_addressing_participles) has its clause's subject as its own, which its
        # singular object cannot be (that would be "itself"); not a relative pronoun's clause.
        # "The jet can fly 9,000 miles, giving it ..." is the jet: "give" is no such verb.
        for child in verb.head.children:
            if child.dep_ in _SUBJ and child.tag_ not in ("WDT", "WP"):
                return child.idx, child.idx + len(child.text)
    return None


def _word_at(text: str, start: int) -> str:
    """The lower-case word that starts at ``start`` in ``text`` ("" when none does)."""
    found = _WORD_AT.match(text, start)
    return found.group().lower() if found else ""


_WORD_AT = re.compile(r"\w+")


def _shared_subject(verb: Token) -> tuple[int, int] | None:
    """The subject of the verb whose conjunct the subjectless ``verb`` is, which it shares
    ("Investors welcomed it and praised them": Investors), or None."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in verb.children):
        return None
    for child in verb.head.children:
        if child.dep_ in _SUBJ or child.dep_ in _PASS_SUBJ:
            return child.idx, child.idx + len(child.text)
    return None


def _containing_noun(tok: Token) -> tuple[int, int] | None:
    """The noun whose prepositional complement the pronoun ``tok`` is ("trading in it was halted":
    trading), which it cannot stand for: no phrase holds a pronoun that refers to it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.pos_ != "ADP" or prep.head.pos_ not in ("NOUN", "PROPN") or prep.head.i == prep.i:
        return None
    noun = prep.head
    return noun.idx, noun.idx + len(noun.text)


# The dependencies of a verb's object or of the noun a preposition of the verb governs.
_OBJECT_DEPS = frozenset({"iobj", "dative", "pobj", "obl", "obl:arg"})


def _commanding_subject(tok: Token, lang: str) -> tuple[int, int] | None:
    """The subject of the verb whose object or prepositional complement holds the description
    ``tok``, through the prepositions and object nouns between ("the Zorba Group sued the company",
    "took a stake in the company"): that subject is not what the description stands for."""
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if node.i == tok.i and tok.dep_ in _OBJ and head.lemma_.lower() in _words(lang, "coref_self_object_verbs"):
                return None  # "Toshiba will split the company into three": the subject's own shape
            subject = next((c for c in head.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)
            if subject is None and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
                # "Cerberus said it was committed to the company": the subject of the copula
                subject = next((c for c in head.head.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)
            return (subject.idx, subject.idx + len(subject.text)) if subject is not None else None
        if head.pos_ == "ADJ" and node.pos_ == "ADP" and head.dep_ == "acomp":
            node = head  # "it remained loyal to the company": the adjective's subject is the verb's
        elif head.pos_ == "ADP" and node.pos_ != "ADP":
            if head.lower_ in _words(lang, "coref_predicative_prepositions"):
                return None  # "overtook Acme as the world 's biggest automaker": the subject itself
            node = head
        elif head.pos_ == "NOUN" and node.pos_ == "ADP" and (head.dep_ in _OBJ or head.dep_ in _OBJECT_DEPS):
            node = head
        else:
            return None
    return None


def _apposition_name(tok: Token) -> tuple[int, int] | None:
    """The name whose apposition the description ``tok`` owns ("FedEx , the company's main rival":
    FedEx), which it is not: nothing is its own rival, parent or unit."""
    if tok.dep_ != "poss" or tok.head.dep_ != "appos" or tok.head.head.pos_ != "PROPN":
        return None
    name = tok.head.head
    return name.idx, name.idx + len(name.text)


def _offset(span: tuple[int, int] | None, offset: int) -> tuple[int, int] | None:
    return (span[0] + offset, span[1] + offset) if span is not None else None


def _governing_subject(tok: Token) -> tuple[int, int] | None:
    """The subject of the clause that an adverbial clause with the subject pronoun ``tok`` modifies
    ("the jet was leaving the gate before it was due to fly": the jet; « l'avion quittait la porte
    quand il a heurté »: l'avion). Only an adverbial clause (``advcl``): a complement clause ("Acme
    said it") already takes up its matrix subject by salience."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl":
        return None
    matrix = verb.head
    if matrix.pos_ not in ("VERB", "AUX") or matrix.i == verb.i:
        return None
    for child in matrix.children:
        if child.dep_ in _SUBJ or child.dep_ in _PASS_SUBJ:
            return child.idx, child.idx + len(child.text)
    return None


def _proper_noun_at(doc: Doc, char: int) -> bool:
    """Whether the token starting at character ``char`` of ``doc`` is a capitalised proper noun."""
    starts = token_starts(doc)
    k = bisect.bisect_left(starts, char)
    if k >= len(starts) or starts[k] != char:
        return False
    tok = doc[k]
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _reporting_subject(tok: Token) -> tuple[int, int] | None:
    """The subject of the verb of saying (``en/reporting_verbs``) whose reported clause holds the
    subject pronoun or the possessive ``tok``, as that clause's subject or its subject's possessor
    ("GM said it would", "GM said its sales fell 2 percent": GM, even after "Ford said its sales
    rose"): what a source says of itself."""
    node = tok.head if tok.dep_ in ("poss", "nmod:poss") else tok
    if node.dep_ not in _SUBJ and node.dep_ not in _PASS_SUBJ:
        return None
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
        return None
    matrix = verb.head
    if matrix.lemma_.lower() not in word_set("en", "reporting_verbs") or matrix.i > tok.i:
        return None
    for child in matrix.children:
        if child.dep_ in _SUBJ:
            owner = next((c for c in child.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ == "PROPN"), None)
            if child.tag_ == "NNS" and owner is not None:
                # "Whitlock 's lawyers say he relied on advice": the people who speak for someone
                # speak of him (a plural source, which "he" cannot be; "Dunn's lawyer said she" may
                # be the lawyer)
                return owner.idx, owner.idx + len(owner.text)
            return child.idx, child.idx + len(child.text)
    return None


def _singular_source(tok: Token, nouns: Mapping[str, tuple[str, str]]) -> tuple[int, int] | None:
    """English: the source of the verb of saying that reports the clause of the plural subject
    pronoun or possessive ``tok`` (:func:`_reporting_subject`), when that source refers to an
    organisation in the singular: "it", or a singular definite description headed by an
    organisation noun of ``coref_nouns`` ("The company said they would", "The retailer said their
    stores"). The source and "they" then take up different things ("Dalgren Foods laid off 300
    workers. The company said they would receive six months' pay": the workers). Not a name
    ("Tesco said they would close stores": British English writes a company in the plural), nor a
    noun English treats as a body of people (``en/coref_plural_collectives``: "The club said they
    would appeal")."""
    span = _reporting_subject(tok)
    if span is None:
        return None
    source = next((t for t in tok.doc if t.idx == span[0]), None)
    if source is None:
        return None
    if source.lower_ == "it":
        return span
    lemma = source.lemma_.lower()
    if source.pos_ != "NOUN" or source.tag_ != "NN" or nouns.get(lemma, ("",))[0] != "ORG" or lemma in _words("en", "coref_plural_collectives"):
        return None
    determiners = _words("en", "definite_determiners")
    dets = [c for c in source.lefts if c.dep_ in ("det", "poss", "nmod:poss")]
    if len(dets) != 1 or dets[0].lower_ not in determiners:
        return None  # "its unit said they", "Acme's bank said": an organisation of its own, maybe
    return span


def _source_demonym(tok: Token, lang: str) -> str | None:
    """The country (QID) of the demonym that qualifies the source of the verb of saying whose
    reported clause has the country noun ``tok`` (``coref_country_nouns``) as its subject or its
    subject's possessor ("Kenyan officials said the country would ...", "Greek ministers said the
    country's debt ..."), when the source is of the people who speak for a country
    (``coref_country_speakers``; not "American economists said the country"): a source speaks of
    its own country (English), when the text named that country before the source ("Iran launched
    a satellite. American officials said the country ...": they speak of Iran)."""
    if lang != "en" or tok.lemma_.lower() not in _words(lang, "coref_country_nouns"):
        return None
    source = _reporting_subject(tok)
    if source is None:
        return None
    span = tok.doc.char_span(source[0], source[1])
    subject = span.root if span is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in _words(lang, "coref_country_speakers"):
        return None
    demonyms = _demonyms(lang)
    found = {
        qid for c in subject.lefts
        if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN", "NOUN") and c.text[:1].isupper()
        and (qid := demonyms.get(normalise_name(c.text))) is not None
    }
    if len(found) != 1:
        return None
    qid = next(iter(found))
    # Only a country the text named before the source (by its name or a demonym) is a party the
    # source may speak for: officials of a country not named yet comment on the one in the news
    # ("Iran launched a satellite. American officials said the country had broken ...": Iran).
    left = subject.left_edge.i
    doc = tok.doc
    if not any(demonyms.get(normalise_name(t.text)) == qid for t in doc[:left]) and not any(
        demonyms.get(normalise_name(e.text)) == qid for e in doc.ents if e.end <= left
    ):
        return None
    return qid


def _countries_in_clause(tok: Token, lang: str) -> frozenset[str]:
    """The countries (QIDs) whose names stand after the country noun ``tok``
    (``coref_country_nouns``) in the clause it is the subject of, outside its own phrase ("the
    country would not close its border with Sweden"): a description cannot stand for a name its
    clause gives after it (English; names, not demonyms: "the country would protect Swedish jobs")."""
    if lang != "en" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in _words(lang, "coref_country_nouns"):
        return frozenset()
    verb = tok.head
    own = range(tok.left_edge.i, tok.right_edge.i + 1)
    after = [t for t in verb.subtree if t.i > tok.i and t.i not in own]
    if not after:
        return frozenset()
    demonyms = _demonyms(lang)
    lo, hi = after[0].i, after[-1].i + 1
    found = {
        qid for e in tok.doc.ents
        if e.label_ == "GPE" and lo <= e.start and e.end <= hi and e.start not in own
        and verb.is_ancestor(e.root) and (qid := demonyms.get(normalise_name(e.text))) is not None
    }
    return frozenset(found)


def _in_reported_clause(tok: Token) -> bool:
    """Whether the subject ``tok`` is the subject of a clause that a verb of saying before it
    reports ("Zorba said [a supplier] had made the batteries"): less salient than the source for
    the next sentence's subject pronoun ("It did not name the supplier" is Zorba)."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
        return False
    matrix = verb.head
    return matrix.i < tok.i and matrix.lemma_.lower() in word_set("en", "reporting_verbs")


def _speaks(tok: Token) -> bool:
    """Whether the subject ``tok`` goes on speaking as a source: its verb, or the verb its verb
    governs, is a verb of saying ("It said", "It declined to comment"), or its verb is negated ("It
    did not name the supplier"), not the next step of what was reported ("It is closing two plants")."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    saying = word_set("en", "reporting_verbs")
    return (
        verb.lemma_.lower() in saying
        or any(c.dep_ == "neg" for c in verb.children)
        or any(c.dep_ == "xcomp" and c.lemma_.lower() in saying for c in verb.children)
    )


def _answers_report(tok: Token) -> str | None:
    """How the speaking subject ``tok`` answers what the sentence before reported of another rather
    than going on as its source (issue 17, rvc33): ``"act"`` when the clause ``tok`` says has a
    pronoun for subject and the reported verb for verb, the speaker owning up to or denying the act
    ("Corvan said Sundra had copied its logo. The company said it had never copied anything":
    Sundra); ``"topic"`` when the head of that clause's subject repeats the reported verb or its
    object ("Norvik said Astera had cut prices. The company said the price cut was temporary"; "...
    had hidden losses. The company said the losses were disclosed"): either party may speak so, the
    source is no safe antecedent. None otherwise, an echo in the object too, a reaction of the
    source ("Brantley said Halvorsen had made an offer. The company said it would study the offer")."""
    verb = tok.head
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if said is None or tok.sent.start == 0:
        return None
    doc = tok.doc
    saying = word_set("en", "reporting_verbs")
    acts: set[str] = set()  # the reported clauses' verbs and their objects, before
    for w in doc[tok.sent.start - 1].sent:
        if (
            w.dep_ == "ccomp" and w.head.lemma_.lower() in saying and w.head.i < w.i
            # of another named: "Kestrel said it would cut jobs. The chief executive said the cuts", "Workers
            # at Tamaru said their company had cut pay. The company said the cuts" are no answers
            and any(c.dep_ in _SUBJ and c.pos_ == "PROPN" for c in w.children)
        ):
            for v in w.subtree:
                if v.pos_ == "VERB" and v.lemma_.lower() not in saying or v.pos_ == "NOUN" and v.dep_ in ("dobj", "obj"):
                    acts.add(v.lemma_.lower())
    subject = next((c for c in said.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)
    if subject is None:
        return None
    if (
        subject.pos_ == "PRON" and subject.dep_ in _SUBJ and said.pos_ == "VERB" and said.lemma_.lower() in acts
        and said.tag_ in ("VBD", "VBN") and not any(c.tag_ == "MD" for c in said.children)
    ):
        return "act"  # past, as what was reported: "would also cut prices" follows the source's lead
    return "topic" if subject.pos_ == "NOUN" and subject.lemma_.lower() in acts else None


def _local_subject(tok: Token) -> tuple[int, int] | None:
    """The subject of the verb whose object or prepositional complement holds the possessive ``tok``
    ("Ford's sales rose as buyers turned away after Toyota recalled millions of its vehicles":
    Toyota; "while the S&P 500 fell 8.8 percent , its worst day": the S&P 500), through nouns and
    prepositions: the possessor of what a clause acts on is most often that clause's own agent. The
    subject is a name, a noun or a pronoun before the possessive; None for a possessive in a
    subject ("its sales rose"), where :func:`_reporting_subject` decides."""
    node = tok.head
    if tok.dep_ not in ("poss", "nmod:poss") or node.i == tok.i:
        return None
    for _ in range(6):
        if node.dep_ in _SUBJ or node.dep_ in _PASS_SUBJ:
            return None
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if node.dep_ not in _OBJ and node.dep_ not in _OBJECT_DEPS and node.dep_ not in ("prep", "npadvmod"):
                return None
            subject = next((c for c in head.children if c.dep_ in _SUBJ and c.i < tok.i), None)
            for _ in range(3):
                # "Vantel had failed to warn customers and had not kept its lines working": the
                # second verb of a coordination shares the first one's subject, and an infinitive
                # its governor's when the governor has no object ("asked Acme to keep" is Acme's)
                if subject is not None or head.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in _PASS_SUBJ for c in head.children):
                    break
                if head.dep_ == "xcomp" and any(c.dep_ in _OBJ for c in head.head.children):
                    break
                if head.dep_ not in ("conj", "xcomp"):
                    break
                head = head.head
                subject = next((c for c in head.children if c.dep_ in _SUBJ and c.i < tok.i), None)
            if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
                return None  # (a pronoun subject stands where what it took up stands: "Chrysler said it would close all of its plants")
            if subject.pos_ != "PRON" and _named_source(head) is not None:
                return None  # "Acme said the Commission had cleared its purchase of Zorba": a third party's clause, the source's most often
            return subject.idx, subject.idx + len(subject.text)
        if head.pos_ not in ("ADP", "NOUN", "PROPN", "NUM", "PRON"):
            return None  # (a quantifier pronoun passes: "close all of its plants")
        node = head
    return None


def _named_source(verb: Token) -> Token | None:
    """The proper-noun subject of the verb of saying (``en/reporting_verbs``) whose reported clause
    ``verb`` heads ("Acme said the Commission had cleared ...": Acme); None for a common-noun
    source ("Some customers reported that Apple had set a recording on their phone lines")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in word_set("en", "reporting_verbs") or verb.head.i > verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ in _SUBJ and c.pos_ == "PROPN"), None)


def _possessed_name(tok: Token) -> tuple[int, int] | None:
    """The name that the phrase a possessive ``tok`` determines is, which the possessive cannot
    stand for: the name the phrase is in apposition to ("Zorba Inc, its rival, said": not Zorba
    Inc) or the name it heads ("its rival Ford lost": not Ford)."""
    head = tok.head
    if tok.dep_ not in ("poss", "nmod:poss") or head.i == tok.i:
        return None
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        head = head.head
    elif head.pos_ != "PROPN":
        return None
    return head.idx, head.idx + len(head.text)


def _clause_object(tok: Token) -> tuple[int, int] | None:
    """The name a subject pronoun's own verb has for object or agent, which the pronoun cannot
    stand for ("They will be owned by AirTanker", "It acquired Acme")."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        target = child
        if child.dep_ == "agent":
            target = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("dobj", "obj"):
            continue
        if target.pos_ == "PROPN":
            return target.idx, target.idx + len(target.text)
    return None


# The dependents of a subject pronoun's verb that the pronoun c-commands: its objects, the
# prepositional phrases after the verb and its complement clauses ("It said Acme had lost").
_COMMANDED_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "agent", "prep", "ccomp", "xcomp"})
# What in that scope may be the pronoun itself: a predicate ("We are Acme"), an apposition.
_PREDICATE_DEPS = frozenset({"attr", "oprd", "appos", "acomp"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})


def _commanded_names(tok: Token, lang: str) -> tuple[tuple[int, int], ...]:
    """The name tokens a subject pronoun c-commands in its own sentence, which it cannot stand for
    (that would be "itself", or no pronoun at all): the names in its verb's objects, in the
    prepositional phrases after the verb and in its complement clauses ("It said Dorval Foods had
    offered too little", "We will keep supplying Penrith Dairies", "It was bought by Acme").
    Not a predicate ("We are Acme", "It renamed itself Acme", "overtook Beta as Acme's ..."), not
    a name in a quotation that opens after the pronoun (a speaker may name itself), not a name of
    a clause coordinated with the pronoun's or an adverbial clause (with its own scope)."""
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") or tok.dep_ not in _SUBJ and tok.dep_ not in _PASS_SUBJ:
        return ()
    barred = _words(lang, "coref_identity_copulas") | _words(lang, "coref_naming_verbs")
    if verb.lemma_.lower() in barred:
        return ()
    predicative = _words(lang, "coref_predicative_prepositions")
    sources = _words(lang, "coref_source_prepositions")
    out: list[tuple[int, int]] = []
    stack = [c for c in verb.children if c.dep_ in _COMMANDED_DEPS and c.i > verb.i and c.i > tok.i]
    while stack:
        node = stack.pop()
        if node.dep_ in _PREDICATE_DEPS or node.pos_ == "ADP" and node.lower_ in predicative:
            continue
        if node.dep_ == "prep" and node.lower_ in sources:
            continue  # "..., according to a statement from Avery's office": the report's source
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in _words(lang, "coref_naming_verbs"):
            continue
        if _parenthetical_report(node):
            # "He said the bridge would help Harwood, Avery's office said" parsed with the second
            # verb of saying inside the first one's clause: its speaker is no name of that clause,
            # only the words it reports (before it) are
            stack.extend(c for c in node.children if c.i < node.i and c.dep_ in ("ccomp", "parataxis"))
            continue
        if _is_named(node) and node.ent_type_ not in ("NORP",) and not _name_as_modifier(node) and not _place_phrase(node):
            out.append((node.idx, node.idx + len(node.text)))
        stack.extend(node.children)
    if not out:
        return ()
    # a quotation mark between the pronoun and a name: the name is a word of a quotation
    quotes = [t.idx for t in tok.doc[tok.i + 1 : tok.sent.end] if t.text in _QUOTE_MARKS]
    return tuple(span for span in out if not any(q < span[0] for q in quotes))


def _parenthetical_report(node: Token) -> bool:
    """Whether ``node`` is a verb of saying (``en/reporting_verbs``) with its own subject that
    follows the words it reports: after them ("..., Avery's office said") or after a comma ("...,
    Fenwick told reporters"), a clause of its own however the parse hangs it."""
    if node.pos_ != "VERB" or node.lemma_.lower() not in word_set("en", "reporting_verbs"):
        return False
    if not any(c.dep_ in _SUBJ for c in node.children):
        return False
    before = node.left_edge.i - 1
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < node.i for c in node.children) or (
        before >= 0 and node.doc[before].text in (",", *_QUOTE_MARKS)
    )


def _place_phrase(tok: Token) -> bool:
    """Whether the name holding ``tok`` is a place that a preposition governs ("spend more on roads
    in Germany"): the territory, which the state a pronoun stands for may well be ("Germany said
    it would spend more on roads in Germany")."""
    if tok.ent_type_ not in ("GPE", "LOC"):
        return False
    top = tok
    for _ in range(8):
        if top.dep_ in ("compound", "flat", "flat:name") and top.head.i != top.i and top.head.ent_type_ == tok.ent_type_:
            top = top.head
        else:
            break
    return top.dep_ in ("pobj", "obl") and top.head.pos_ == "ADP"


def _name_as_modifier(tok: Token) -> bool:
    """Whether the name holding ``tok`` modifies a common noun ("the Kestrel Foundation school",
    "its Acme unit"): a thing named after the entity, not the entity in the sentence."""
    top = tok
    for _ in range(8):
        if top.dep_ in ("compound", "flat", "flat:name") and _is_named(top.head) and top.head.i != top.i:
            top = top.head
        else:
            break
    return top.dep_ in ("compound", "amod", "nmod") and top.head.i != top.i and not _is_named(top.head)


def _commanded(tok: Token, lang: str, offset: int) -> tuple[tuple[int, int], ...]:
    """:func:`_commanded_names` in document coordinates (English parses only)."""
    if lang != "en":
        return ()
    return tuple((a + offset, b + offset) for a, b in _commanded_names(tok, lang))


def _relative_head(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause, or, when the parser
    did not read a relative clause ("signé par Michelin, qui a annoncé" as an adverbial clause), the
    name or noun right before it and its comma."""
    clause = tok.head
    if clause.i == tok.i or not clause.dep_.startswith(("relcl", "acl:relcl", "acl")):
        doc = tok.doc
        k = tok.i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0 and tok.i - k <= 2 and (doc[k].pos_ in ("PROPN", "NOUN") or _opening_capital(doc[k])):
            # « Personne ne sait, dans le quartier, qui a attaqué »: the question an adverbial interrupted
            return None if adverbial_between_commas(doc[k], tok) else doc[k]
        return None
    antecedent = clause.head
    if antecedent.i == clause.i or antecedent.pos_ not in ("NOUN", "PROPN", "X") and not _opening_capital(antecedent):
        return None
    if adverbial_between_commas(antecedent, tok):
        return None  # « Les enquêteurs ignorent encore, à Marseille, qui a attaqué le convoi »
    return antecedent


def _opening_capital(tok: Token) -> bool:
    """A capitalised word that opens its English sentence, which the parser may read as an adverb
    or an adjective when it is a name it does not know ("Geely , which is owned by": Geely ADV)."""
    if tok.lang_ != "en":
        return False  # read on English copy only
    first = tok.i == tok.sent.start or tok.i > 0 and tok.doc[tok.i - 1].is_space
    return first and tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("ADV", "ADJ", "X", "INTJ")


def _described_name(tok: Token, lang: str) -> Token | None:
    """The name a common noun stands in apposition to, on the same line: after the name ("Apple, the
    tech giant"), before it ("the Irish airline, Ryanair") or as its premodifier, right before the
    name ("Apple CEO Steve Jobs", "U.S. electronics retailer Best Buy": a noun of :func:`_title_noun`).
    Never a plural noun ("six airlines, Air China, ...") nor across a line break (a dateline)."""
    role_title = _role_title(tok)
    if tok.pos_ != "NOUN" and not _role_acronym(tok) and not role_title:
        return None
    if (
        tok.dep_ not in ("appos", "compound", "nmod", "nn") and not any(c.dep_ in ("appos", "conj") for c in tok.rights)
        and not (tok.dep_ in _SIBLING_DEPS and tok.i + 1 < len(tok.doc) and _is_named(tok.doc[tok.i + 1]))
    ):
        return None  # none of the four shapes below (checked first: reading the morphology costs more)
    if "Plur" in _morph(tok, "Number") or tok.tag_ in ("NNS", "NNPS"):
        return None  # "six airlines - Air China, ...": a list, not one entity
    doc = tok.doc
    head = tok.head

    def same_line(a: Token, b: Token) -> bool:
        lo, hi = (a, b) if a.i < b.i else (b, a)
        return "\n" not in doc_text(doc)[lo.idx : hi.idx]

    if (
        (tok.pos_ == "NOUN" or role_title) and tok.dep_ == "appos" and _is_name_token(head) and head.i < tok.i and same_line(head, tok)
        # "MADRID, May 5 (Reuters) - Spanish developer Helion": the dateline's place is not described
        # (a date, the agency's bracket and a dash between; not "Singapore Airlines (SIA) - the carrier")
        and not (_DATELINE_DASH.search(doc_text(doc), head.idx, tok.idx) and any(t.ent_type_ == "DATE" for t in doc[head.i + 1 : tok.i]))
        # "expand into Europe, its founder and chief executive, Priya Nair, said": a description set
        # off between two names, the second its own apposition, is the second name's (below)
        and not any(c.dep_ == "appos" and _is_named(c) and not _thing_before_person(tok, c) for c in tok.rights)
        and not _name_set_off_after(tok, head)
        # "Greenway will hold 60 percent, and Solara the rest": a phrase right after a name with
        # nothing to set it off is a gapped clause's object, no apposition
        and _set_off(head, tok)
    ):
        # "à l'AFP Marie Dubois, porte-parole de la mairie": the parse hangs the description on the
        # first name; it describes the name right before it, when that is another entity's.
        return _nearest_name_before(tok, head)
    if tok.pos_ == "NOUN":
        for child in tok.rights:
            if (child.dep_ == "appos" or _conj_apposition(tok, child)) and (_is_named(child) or child.ent_type_ == "PRODUCT" or _unrecognised_name(child)) and same_line(tok, child) \
                    and not _indefinite(child):
                if tok.dep_ == "appos" and _is_name_token(head) and head.i < tok.i and _thing_before_person(tok, child):
                    continue  # "Kenya, East Africa's largest economy, Amina Odhiambo, its director": Kenya's
                if any(
                    _is_named(t) and t.ent_type_ != child.ent_type_ and not child.is_ancestor(t) and not _set_off_complement(t, tok, child)
                    for t in doc[tok.i + 1 : child.i]
                ):
                    continue  # « à l'agence Reuters Pierre Martin »: the agency is Reuters, not him
                if _words_between_outside(tok, child):
                    continue  # "The chain has returned to profit under its director, Sarah Fenwick": the clause's words lie between
                return child
    if tok.dep_ in ("compound", "nmod", "nn") and head.i > tok.i and _is_named(head) and not _is_named(tok):
        first = head.i
        while first > 0 and _is_named(doc[first - 1]) and doc[first - 1].ent_type_ == head.ent_type_:
            first -= 1
        gap = doc[tok.i + 1 : first]
        if all(t.text == "," for t in gap) and len(gap) <= 1 and _title_noun(tok, lang):
            return head if same_line(tok, head) else None
    sibling = _sibling_name_after(tok)
    if sibling is not None and _title_noun(tok, lang) and same_line(tok, sibling):
        return sibling
    return None


# The relations the English parser gives both a description and the name right after it when it
# does not hang one on the other ("Japanese chipmaker Hoshida said").
_SIBLING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _sibling_name_after(tok: Token) -> Token | None:
    """The head of the name right after the common noun ``tok`` when the parser made the two
    siblings of one relation on one word ("Japanese chipmaker Hoshida said": "chipmaker" and
    "Hoshida" both subjects of "said"; "to buy the bookshop chain Quillstone": both objects): the
    noun is the name's description, as when the parser hangs it on the name (English)."""
    if tok.lang_ != "en" or tok.dep_ not in _SIBLING_DEPS or tok.i + 1 >= len(tok.doc):
        return None
    doc = tok.doc
    first = doc[tok.i + 1]
    if not _is_named(first) or first.ent_type_ == "NORP":
        return None
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_type_ == first.ent_type_ and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    roots = [t for t in doc[first.i : last.i + 1] if not first.i <= t.head.i <= last.i]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.head.i != tok.head.i or root.dep_ != tok.dep_ or root.head.i in range(tok.i, last.i + 1):
        return None
    return root


def _words_between_outside(tok: Token, child: Token) -> bool:
    """Whether a word that is no part of the phrase ``tok`` heads stands between that phrase and
    the name ``child`` the parser hung on it as an apposition: the name then follows another noun
    of the clause ("The chain has returned to profit under its managing director, Sarah Fenwick":
    the verb and its complement lie between "The chain" and the name), not the phrase (English)."""
    if tok.lang_ != "en":
        return False
    return any(not t.is_punct and not tok.is_ancestor(t) for t in tok.doc[tok.i + 1 : child.left_edge.i])


def _indefinite(tok: Token) -> bool:
    """Whether ``tok`` is one capitalised word of a group's member after "a" or "an" ("The senator, a
    Democrat,", "The mayor, a Socialist,"), no name (not a product, "the plane, an Airbus A320")."""
    return (
        tok.lang_ == "en" and tok.ent_type_ in ("NORP", "ORG") and tok.pos_ == "PROPN"
        and not any(c.dep_ in ("compound", "flat", "flat:name") for c in tok.children)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < tok.i for c in tok.children)
    )


def _set_off(name: Token, noun: Token) -> bool:
    """Whether a punctuation mark (a comma, a dash, a bracket, a colon) stands between the name and
    the first word of the phrase ``noun`` heads after it: an apposition is set off ("Apple, the
    tech giant"); "and Solara the rest" is a verb's gapped object."""
    return any(t.is_punct for t in name.doc[name.i + 1 : noun.left_edge.i])


def _thing_before_person(tok: Token, name: Token) -> bool:
    """Whether the description ``tok`` set off before a person's name ``name`` is headed by a noun
    of no person ("Kenya, East Africa's largest economy, Amina Odhiambo, its director, said",
    "Lisbon, the Portuguese capital, Rui Matos, said"): it describes the name before it, not the
    person (rvc27); a role ("Europe, its founder and chief executive, Priya Nair") is the person's."""
    return name.ent_type_ in ("PERSON", "PER") and tok.lang_ == "en" and not _person_head(tok.lemma_.lower()) and not _role_title(tok)


def _name_set_off_after(tok: Token, head: Token) -> bool:
    """Whether a name the parser made another apposition of ``head`` follows the description ``tok``
    and its comma ("Italy, its director and chief curator, Marta Rossi, said": the curator is
    hers, not the country's)."""
    doc = tok.doc
    # the subtree's last word is its right edge (spaCy keeps it): no walk of the subtree
    k = tok.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    name = doc[k + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    return _is_named(name) and name.dep_ == "appos" and name.head.i == head.i and not _thing_before_person(tok, name)


def _unrecognised_name(tok: Token) -> bool:
    """A capitalised proper noun the recogniser typed as nothing ("its European unit Opel"): the
    entity layer may still know it as a name, which the resolver checks (an apposition links only
    to a name or reference found at its antecedent)."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and tok.lang_ == "en"


def _conj_apposition(noun: Token, child: Token) -> bool:
    """A name the parser made a conjunct of the singular subject it stands in apposition to,
    between commas, with no conjunction and a singular verb (« Le capitaine, Mathieu Kerboul, a
    regretté »; not « le capitaine, Mathieu Kerboul et Paul Roux ont »)."""
    if child.dep_ != "conj" or not noun.lang_.startswith("fr") or noun.dep_ not in _SUBJ or not child.i or noun.doc[child.i - 1].text != ",":
        return False
    if any(c.dep_ == "cc" for c in (*noun.children, *child.children)):
        return False
    if not _singular_determined(noun):
        return False
    last = child.right_edge.i  # the subtree's last word, kept by spaCy (no walk of the subtree)
    doc = noun.doc
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return False
    verb = noun.head
    # the finite auxiliary's number ("ont regretté": a participle is singular whatever the subject)
    finite = [c for c in verb.children if c.dep_.startswith("aux") and "Fin" in _morph(c, "VerbForm")]
    return "Sing" in _morph(finite[0] if finite else verb, "Number")


def _set_off_complement(name: Token, noun: Token, appos: Token) -> bool:
    """Whether ``name`` lies in a prepositional complement of ``noun`` and a comma sets the
    apposition ``appos`` off after it (« le maire de Montreuil, François Dubreuil », « le ministre
    des Transports, Olivier Perrin »): the name after the comma describes the whole phrase, not
    the complement's name (unlike « l'agence Reuters Pierre Martin », with neither)."""
    doc = noun.doc
    if appos.i < 1 or doc[appos.i - 1].text != ",":
        return False
    head = name
    steps = 0
    while head.head.i != noun.i and noun.i < head.head.i < appos.i and steps < 8:
        head = head.head  # up to the complement's head (« de l'Agriculture », « Affaires étrangères »)
        steps += 1
    if head.head.i != noun.i:
        return False
    return any(c.dep_ == "case" and c.pos_ == "ADP" for c in head.children)


def _nearest_name_before(tok: Token, head: Token) -> Token:
    """The first token of the name that ends right before the apposition ``tok`` (a comma aside),
    when it is a name of another type than ``head``'s that follows ``head``; else ``head``."""
    doc = tok.doc
    k = tok.i - 1
    while k > head.i and doc[k].is_punct:
        k -= 1
    if k == tok.i - 1 or k <= head.i or not _is_named(doc[k]) or doc[k].ent_type_ == head.ent_type_:
        return head  # no comma before the description ("X, formerly an Apple Inc. executive")
    while k > head.i + 1 and doc[k].ent_iob_ == "I":
        k -= 1
    return doc[k]


def _singular_determined(tok: Token) -> bool:
    """A singular noun with a determiner or possessor of its own ("the company", "its chief")."""
    if tok.tag_ in ("NNS", "NNPS") or "Plur" in _morph(tok, "Number"):
        return False
    return any(c.dep_ in ("det", "poss", "nmod:poss", "det:poss") for c in tok.lefts)


def _heads_sentence(word: Token) -> bool:
    """Whether only punctuation (an opening quote, a dash) stands before a word in its sentence: a
    name there is its clause's subject, never the object of « Selon », « À » or « Pour » (« Selon Paul
    Durand, le gouvernement a menti », « À New York, la police a arrêté ») nor a subject put after
    its verb (« a déclaré Paul Durand, le maire de Lyon, devant la presse »)."""
    return all(t.is_punct for t in word.doc[word.sent.start : word.i])


def _misparsed_apposition(tok: Token) -> Token | None:
    """The name a determined singular noun phrase right after it and a comma describes when the
    parser did not hang the phrase on the name ("They showed Zorbix 5, a new version of the
    system", "Acme Aerospace (AA), the parent company of Beta, has won"): the name, or the acronym
    in brackets after it, and the phrase's head hang on the same word, or one on the other. That
    keeps out the subject of a clause after a fronted clause ("After Acme bought Beta, the company
    said": "Beta" hangs on "bought", "company" on "said") and the conjuncts of a list."""
    if tok.pos_ != "NOUN" or tok.dep_ in ("appos", "conj", "compound") or _is_named(tok) or tok.ent_type_:
        return None
    if not _singular_determined(tok):
        return None
    doc = tok.doc
    left = tok.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return None
    name = described = doc[left - 2]
    if name.text == ")" and left >= 5 and doc[left - 4].text == "(":
        # "Acme Aerospace (AA),": the acronym hangs where the name would; the name is described.
        name, described = doc[left - 3], doc[left - 5]
        if not _is_name_token(described):
            return None
    if not (_is_name_token(name) or (name.like_num and any(_is_name_token(c) for c in name.lefts))):
        return None  # a name, or a model's number after its name ("Zorbix 5")
    if any(c.dep_ == "cc" for c in name.head.children if name.i < c.i < tok.i):
        return None
    root = name
    while root.dep_ in ("flat", "flat:name") and root.head.i < root.i:
        root = root.head  # « Paul Durand »: the name hangs on its first word
    if not (
        tok.head == name.head or tok.head == name or name.head == tok
        # « Marie Leroy, la présidente de la région, a présenté … »: the French parser makes the
        # phrase the subject and hangs the name on the verb, or the verb on the name
        # (the name heads its sentence, and the phrase is no conjunct's head: « Marie Leroy, la
        # présidente de la région, et Jean Martin, … » lists two people)
        or (doc.lang_ == "fr" and root is not name and (tok.head == root.head or tok.head.head == root)
            and _heads_sentence(root) and not any(c.dep_ in ("conj", "cc") for c in tok.children))
    ):
        return None
    if "\n" in doc_text(doc)[described.idx : tok.idx]:
        return None
    return described


# Loose dependencies a parser gives a noun phrase it could not place, before its clause's subject.
_LOOSE_DEPS = frozenset({"npadvmod", "dep", "obl:npmod", "nmod:npmod"})


def _misparsed_name_after(tok: Token) -> Token | None:
    """The name that ends a sentence after a determined singular noun phrase and a comma when the
    parser hung the name loosely on the clause ("GM agreed to sell Hummer to a Chinese machinery
    maker , Sichuan Tengzhong Heavy Industrial Machinery Co ."): the name's head, which the phrase
    describes. Only a whole name up to the sentence's end, so a list or a new clause never counts."""
    if tok.pos_ != "NOUN" or tok.dep_ in ("appos", "conj", "compound") or _is_named(tok) or not _singular_determined(tok):
        return None
    doc = tok.doc
    comma = tok.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and _is_named(doc[end]) and doc[end].pos_ == "PROPN":
        end += 1
    last = end == len(doc) or doc[end - 1].is_sent_end or doc[end].text in (".", "!", "?") or (doc[end].is_space and "\n" in doc[end].text)
    if end == comma + 1 or not last:
        return None
    name = doc[end - 1]
    if name.dep_ not in _LOOSE_DEPS or any(not doc[i].head.i == name.i for i in range(comma + 1, end - 1)):
        return None
    if "\n" in doc_text(doc)[tok.idx : name.idx]:
        return None
    return name


def _loose_name_set_off(tok: Token) -> Token | None:
    """The name set off by commas right after a determined singular description that the parser hung
    on it loosely, not as an apposition ("The union , ABVV , said its members": "ABVV" npadvmod of
    "union"): the name's head, which the description describes. Only a whole name between the two
    commas, before the description's verb."""
    if tok.pos_ != "NOUN" or tok.dep_ in ("appos", "conj", "compound") or _is_named(tok) or not _singular_determined(tok):
        return None
    doc = tok.doc
    comma = tok.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and _is_named(doc[end]) and doc[end].pos_ == "PROPN":
        end += 1
    if end == comma + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    name = doc[end - 1]
    if name.head != tok or name.dep_ not in _LOOSE_DEPS or any(doc[i].head.i != name.i for i in range(comma + 1, end - 1)):
        return None
    if "\n" in doc_text(doc)[tok.idx : name.idx]:
        return None
    return name


def _phrase_end(tok: Token) -> int:
    """The last word of ``tok``'s phrase before the first comma after ``tok``, complements
    included ("the Prime Minister of Ruritania ,"): an apposition after the comma is no part of it."""
    doc = tok.doc
    heads = token_heads(doc)
    orths = _orths(doc)
    comma = doc.vocab.strings[","]
    i = end = tok.i
    # on the Doc's arrays: a Token and an ancestor walk of Tokens per word cost more than the rest
    while end + 1 < len(heads) and orths[end + 1] != comma and is_ancestor(heads, i, end + 1):
        end += 1
    return end


_ORTHS = "kg.extract.coref.orths"


def _orths(doc: Doc) -> list[int]:
    """``[t.orth for t in doc]``, once per Doc (in ``doc.user_data``, as :mod:`kg.nlp.doccache`)."""
    data = doc.user_data
    orths = data.get(_ORTHS)
    if orths is None or len(orths) != len(doc):
        from spacy.attrs import ORTH

        orths = data[_ORTHS] = doc.to_array(ORTH).tolist()
    return orths


_PERSON_LABELS = frozenset({"PERSON", "PER"})


def _role_before_name(tok: Token) -> Token | None:
    """The person a determined singular role phrase set off by a comma right before the person's
    name describes when the parser did not hang the name on the role ("The former Chief Operating
    Officer, Tim Cook will succeed him": two subjects of one verb; "including the Prime Minister of
    Singapore, Mr. Lee Hsien Loong,": the name hung as an apposition elsewhere): the name's last
    word. The role is a label of ``roles.ttl`` ending at the phrase's head; a title of
    ``gendered_titles`` may open the name. Not the object of a fronted clause before the subject
    ("After meeting the president, John Smith said"), nor across a line break."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ or tok.dep_ in _MODIFIER_DEPS or tok.dep_ == "conj":
        return None
    if not _singular_determined(tok):
        return None
    doc = tok.doc
    end = _phrase_end(tok)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    k = end + 2
    if not doc[k].ent_type_ and doc[k].lower_.rstrip(".") in word_map("xx", "gendered_titles"):
        k += 1  # "Mr. Lee Hsien Loong"
    if k >= len(doc) or doc[k].ent_type_ not in _PERSON_LABELS or doc[k].ent_iob_ != "B":
        return None  # (the English model says PERSON, the French one PER)
    last = k
    while last + 1 < len(doc) and doc[last + 1].ent_type_ == doc[k].ent_type_ and doc[last + 1].ent_iob_ == "I":
        last += 1
    name = doc[k : last + 1]
    roles = load_roles().labels
    if not any(_label_key(doc[j : tok.i + 1].text) in roles for j in range(tok.left_edge.i, tok.i + 1)):
        return None
    if "\n" in doc_text(doc)[doc[tok.left_edge.i].idx : name.end_char]:
        return None
    root = name.root
    if any(t.dep_ == "appos" for t in name) or root.head == tok:
        return root
    # a bare noun phrase the parser made an adverbial of the verb (« 23 août 2012. - La présidente du
    # Malawi, Joyce Banda, a limogé »: after a dateline's dash, « présidente » obl:mod) hangs loosely too
    bare_adverbial = tok.dep_.startswith("obl") and not any(c.dep_ == "case" for c in tok.children)
    if root.head == tok.head and root.dep_ in _SUBJ and (tok.dep_ in _SUBJ or tok.dep_ in _LOOSE_DEPS or bare_adverbial):
        # "The former Chief Operating Officer , Tim Cook will be succeeding": two subjects of one
        # verb, or the role hung loosely on the subject's verb
        return root
    return None


def _organisation_premodifier(tok: Token, lang: str) -> bool:
    """A bare noun of ``coref_premodifier_nouns`` right before the head of a role ("company CEO
    Steve Jobs", "company spokeswoman Jane Roe") or of a definite phrase ("the company website"):
    it stands for the organisation already named. Not before another head ("company law", "a
    company town"), not with a determiner or modifier of its own ("the parent company")."""
    if tok.dep_ not in ("compound", "nn") or tok.pos_ != "NOUN" or not tok.is_lower or tok.ent_type_ or any(True for _ in tok.children):
        return False
    if tok.lemma_.lower() not in _words(lang, "coref_premodifier_nouns"):
        return False
    head = tok.head
    if head.i <= tok.i or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in tok.doc[tok.i + 1 : head.i]):
        return False
    if _role_acronym(head) or _capitalised_role(head) or _label_key(head.text) in load_roles().labels:
        return True
    return any(c.dep_ == "det" and c.i < tok.i and _determiners(lang).get(c.lower_) == "definite" for c in head.children)


def _named_by_verb(tok: Token, lang: str) -> Token | None:
    """The name a participle of ``coref_naming_verbs`` after the noun gives it ("a startup called
    Zorba", "software entitled ZorbaLife"): the participle's predicate, a name, not a role in
    capitals ("the executive named CEO"). Not a plural noun ("two candidates named Smith", English):
    several of that name, not one entity."""
    if lang == "en" and (tok.tag_ in ("NNS", "NNPS") or "Plur" in _morph(tok, "Number")):
        return None
    for child in tok.rights:
        if child.dep_ in ("acl", "amod") and child.tag_ == "VBN" and child.lemma_.lower() in _words(lang, "coref_naming_verbs"):
            for obj in child.children:
                if obj.dep_ in ("oprd", "attr", "dobj", "xcomp") and obj.i == child.i + 1 and _is_name_token(obj) and not _role_acronym(obj):
                    return obj
    return None


def _identified_as(tok: Token, lang: str) -> Token | None:
    """The name an English verb of ``coref_identifying_verbs`` gives its object, or its passive
    subject, in an "as" phrase ("Police identified the victim as Karen Holt", "The suspect was named
    as Dale Price"): the noun and the name are one person. Not a plural noun ("named the two men
    as ..."), nor a name the "as" phrase does not open."""
    if lang != "en" or tok.dep_ not in ("dobj", "nsubjpass") or tok.tag_ != "NN":
        return None
    if not (tok.lemma_.lower() in _person_nouns(lang) or _label_key(tok.text) in load_roles().labels or tok.lower_ in _role_title_heads(lang)):
        return None  # "A man shot dead outside a bar was identified as Luis Moreno": no bar is Moreno (c39a)
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words(lang, "coref_identifying_verbs"):
        return None
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > tok.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_named(obj) and obj.ent_type_ == "PERSON" and obj.left_edge.i == prep.i + 1:
                    return obj
    return None


def _person_given_role(tok: Token, lang: str) -> Token | None:
    """The person an English "as" phrase of a verb gives the role its noun ``tok`` names: the
    verb's object when a person ("Harlow Rovers appointed Pete Marlow as coach"), else its subject
    when a person ("Tom Reyes joined Kestrel Motors as chief executive"); the subject of a verb of
    ``coref_succession_verbs`` ("Ruth Vane succeeded Tom Gale as president"); no one for a post a
    verb of ``coref_handover_words`` says was left ("Pete Marlow resigned as coach"). A singular role of
    ``roles.ttl`` or a title's head (``role_titles``) with no determiner or with "its", "their";
    not a plural ("hired two men as drivers"), nor a role inside a longer phrase."""
    if lang != "en" or tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "pobj" or not tok.is_lower:
        return None
    prep = tok.head
    verb = prep.head
    if prep.lower_ != "as" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if not (_label_key(tok.text) in load_roles().labels or tok.lower_ in _role_title_heads(lang)):
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("its", "their") for c in tok.lefts):
        return None  # "as a coach", "as the club's coach": a kind or another's role
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < prep.i]
    if verb.lemma_.lower() in _words(lang, "coref_succession_verbs"):
        # "Ruth Vane succeeded Tom Gale as president": the post is the subject's now, the object
        # only held it; no named person subject ("The board replaced Tom Gale as chairman"): no one
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        return subjects[0] if subjects and _is_named(subjects[0]) and subjects[0].ent_type_ == "PERSON" else None
    if verb.lower_ in _words(lang, "coref_handover_words"):
        return None  # "Pete Marlow was sacked as coach": a post he no longer holds, "the coach" is the next one
    if objects and objects[0].ent_type_ == "PERSON":
        # the person right before "as": "appointed Pete Marlow as coach and Dan Hill as assistant
        # coach" gives each his own role
        before = tok.doc[prep.i - 1]
        person = before if before.ent_type_ == "PERSON" and _is_named(before) else None
        owner = person
        while owner is not None and owner.dep_ == "conj" and owner.head.i != owner.i:
            owner = owner.head
        while owner is not None and owner.dep_ in ("compound", "flat") and owner.head.i > owner.i:
            owner = owner.head
        return person if owner is not None and owner.i == objects[0].i else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if subjects and _is_named(subjects[0]) and subjects[0].ent_type_ == "PERSON" and not any(o.ent_type_ == "PERSON" for o in objects):
        return subjects[0]  # "Tom Reyes joined Kestrel Motors as chief executive": no person object
    return None


def _apposed_noun(tok: Token) -> Token | None:
    """The head noun of the common noun phrase that ``tok`` stands in apposition to, on the same
    line, both singular and determined: "the Long Beach plant, the original home of Acme", « le
    site, l'ancienne usine de Acme ». Not a list ("two airlines, Air China and ..."), not a name
    on either side (:func:`_described_name` reads those), not a measure ("$5, a record")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "appos" or _is_named(tok) or tok.ent_type_:
        return None
    head = tok.head
    doc = tok.doc
    left = tok.left_edge.i
    near = doc[left - 2] if left >= 2 and doc[left - 1].text == "," else None
    if near is not None and near.i != head.i and near.pos_ == "NOUN" and not _is_named(near) and not near.ent_type_:
        # The parser hung the apposition on a noun further back ("A test flight of the new Zorbajet
        # superjumbo, the largest passenger jet, ..."): the noun before the comma when both name
        # one kind of thing (``coref_noun_kinds``).
        kind = _kind_of(tok.lemma_.lower(), doc.lang_)
        if kind is not None and kind == _kind_of(near.lemma_.lower(), doc.lang_):
            head = near
    if head.i >= tok.i or head.pos_ != "NOUN" or _is_named(head) or head.ent_type_:
        return None
    if left < 2 or doc[left - 1].text != "," or doc[left - 2].i != head.i:
        return None  # the first phrase must end with its head right before the comma
    for t in (head, tok):
        if "Plur" in _morph(t, "Number") or t.tag_ in ("NNS", "NNPS"):
            return None
        if not any(c.dep_ in ("det", "poss", "nmod:poss", "det:poss") for c in t.lefts):
            return None
    if "\n" in doc_text(doc)[head.idx : tok.idx]:
        return None
    return head


def _role_acronym(tok: Token) -> bool:
    """A role written in capitals that the tagger reads as a proper noun outside any name ("CEO" in
    "Apple CEO Steve Jobs"): :func:`_described_name` decides whether it describes a name."""
    return tok.pos_ == "PROPN" and tok.is_upper and not tok.ent_type_


def _role_title(tok: Token) -> bool:
    """A capitalised role after a name, in apposition to it ("Steve Jobs, the Apple Chief Executive
    Officer", "Joe Leonard, Chairman and Chief Operating Officer of AirTran"): the tagger reads it
    as a proper noun outside any name; the words of its title (the proper nouns before it) are a role
    of ``roles.ttl``."""
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
        return False
    first = tok.i
    doc = tok.doc
    while first > tok.left_edge.i and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_ and doc[first - 1].is_title:
        first -= 1
    return _label_key(doc[first : tok.i + 1].text) in load_roles().labels


def _capitalised_role(tok: Token) -> bool:
    """A role in capitals that the tagger reads as a proper noun outside any name, heading a phrase
    ("the Prime Minister", "the Chief Operating Officer"): the capitalised proper nouns that end at
    it are a label of ``roles.ttl`` ("the Ministry", "the White House" are none)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title or tok.dep_ in _MODIFIER_DEPS:
        return False
    doc = tok.doc
    first = tok.i
    while first > tok.left_edge.i and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_ and doc[first - 1].is_title:
        first -= 1
    roles = load_roles().labels
    return any(_label_key(doc[j : tok.i + 1].text) in roles for j in range(first, tok.i + 1))


def _title_noun(tok: Token, lang: str) -> bool:
    """A noun that may stand before a name as its description: a one-word role of ``roles.ttl``
    ("CEO", "analyst", "founder") or a head noun of ``coref_nouns`` ("retailer", "airline")."""
    if not (tok.is_lower or tok.is_upper):
        return False  # "President Obama", "Mr Smith": a title, part of the name
    if tok.lemma_.lower() in _nouns(lang) or tok.lower_ in _nouns(lang):
        return True
    return _label_key(tok.text) in load_roles().labels


# The end of a wire dateline before a lead sentence on its line: the agency's closing bracket and a
# dash ("FRANKFURT, April 9 (Reuters) - ", "(AP) -- ").
_DATELINE_DASH = re.compile(r"\)[^\S\n]*[-–—]{1,2}[^\S\n]+")


def _premodifier_start(tok: Token, lang: str) -> int:
    """Where the description ending at ``tok`` before a name starts: its leftmost word, not before
    the start of its line (a dateline "June 2005" above it is no part of it)."""
    text = doc_text(tok.doc)
    line = text.rfind("\n", 0, tok.idx) + 1
    for dash in _DATELINE_DASH.finditer(text, line, tok.idx):
        line = dash.end()  # "FRANKFURT, April 9 (Reuters) - Chemicals group Ardex": the dateline is no part of it
    for t in tok.subtree:
        if t.idx >= line and not t.is_punct:
            conj = next((c for c in t.children if c.dep_ == "conj" and c.i < tok.i), None)
            if (
                t.pos_ == "PROPN"
                and conj is not None
                and any(c.dep_ == "cc" for c in t.children)
                and t.lower_ not in _nouns(lang)
                and conj.left_edge.pos_ != "PROPN"
            ):
                # "Magna and Russian state-owned bank Sberbank": the name coordinated before the
                # description is another entity; the description starts at the next conjunct. A
                # capitalised kind noun is no name ("Bank and insurance group Mizuki Holdings"),
                # and two coordinated names both modify the head ("Ford and Chrysler parts maker")
                return conj.left_edge.idx if conj.left_edge.idx > t.idx else conj.idx
            # "Northrop Grumman and Airbus parent EADS", "Britain's Vexa and Irish cable operator
            # Linkway" parsed as one phrase: a conjunction right after a name ends that name's
            # conjunct (not one inside a name, "Procter and Gamble", nor of common nouns)
            cut = _conjunct_after_name(list(tok.doc[t.i + 1 : tok.i]))
            return tok.doc[cut + 1].idx if cut is not None else t.idx
    return tok.idx


def _conjunct_after_name(tokens: Sequence[Token]) -> int | None:
    """The index of the last coordinating conjunction of ``tokens`` that follows a name and is no
    word of a name itself, before a word that is no name (two coordinated names both modify what
    follows: "Leeds and England striker Alan Smith", "Ford and Chrysler parts maker Magna"), unless
    the name before it is a person's that a noun describes ("Rovers manager Tom Barr and Leyton coach
    Sara Lind")."""
    return next(
        (
            t.i for t in reversed(tokens)
            if t.dep_ == "cc" and t.ent_iob_ != "I" and _is_named(t.doc[t.i - 1])
            and t.i + 1 < len(t.doc)
            and (not _is_named(t.doc[t.i + 1]) or t.doc[t.i + 1].ent_type_ == "NORP" or _described_person(t.doc[t.i - 1]))
        ),
        None,
    )


def _described_person(last: Token) -> bool:
    """Whether ``last`` ends a person's name that a common noun describes ("manager Tom Barr"): a
    conjunct of its own, which modifies nothing after it."""
    if last.ent_type_ != "PERSON":
        return False
    first = last
    while first.ent_iob_ == "I" and first.i > 0:
        first = first.doc[first.i - 1]
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and not _is_named(before)


def _apposition_span(noun: Token) -> tuple[int, int]:
    """A description after a name, with everything it governs ("Europe's biggest aircraft maker",
    "president and CEO of Boeing Commercial Airplanes"), on the noun's line, without the
    punctuation around it."""
    text = doc_text(noun.doc)
    line_start = text.rfind("\n", 0, noun.idx) + 1
    line_end = text.find("\n", noun.idx)
    line_end = len(text) if line_end < 0 else line_end
    words = [t for t in noun.subtree if line_start <= t.idx < line_end]
    if noun.lang_ == "en":
        # A finite verb that no relative word introduces, or a verb right after a comma, is the
        # sentence's own, which the parse hung on the noun: "GM , once the world 's largest
        # automaker , filed for bankruptcy".
        relative = False
        for k, t in enumerate(words):
            if t.i <= noun.i:
                continue
            if t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that":
                relative = True
            after_comma = t.i > 0 and t.nbor(-1).text == "," and t.tag_.startswith("VB")
            # "Kenya, East Africa's largest economy, Amina Odhiambo, its director, said": the
            # person set off after it is no part of the place's description (rvc27)
            person_after = t.i > 0 and t.nbor(-1).text == "," and _thing_before_person(noun, t)
            if not relative and (t.tag_ in ("VBD", "VBZ", "VBP", "MD") or after_comma or person_after):
                words = words[:k]
                break
    while words and words[0].is_punct and words[0].i != noun.i:
        words.pop(0)
    while words and words[-1].is_punct and words[-1].i != noun.i:
        words.pop()
    if not words:
        return _description_span(noun)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _scope_possessor(noun: Token, lang: str) -> Token | None:
    """The possessor that only says where a superlative holds ("the world 's largest retailer",
    "the nation 's biggest automaker": ``coref_scope_possessors``; "India 's largest airline": a
    place's name): the phrase is still a definite description of one entity."""
    if not any(c.tag_ == "JJS" for c in noun.lefts):
        return None
    for child in noun.lefts:
        if child.dep_ in ("poss", "nmod:poss") and (child.lower_ in _words(lang, "coref_scope_possessors") or _place_name(child)):
            return child
    return None


def _place_name(tok: Token) -> bool:
    """Whether ``tok`` is a one-word name of a country, region or city as the parser's entities
    give it ("India 's largest airline", "Europe 's biggest bank": where the superlative holds)."""
    return tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def _description_span(noun: Token) -> tuple[int, int]:
    """The description "the tech giant" / « le géant américain »: the noun with its determiner and
    adjectives, without a possessor, a complement or a clause ("the world 's largest retailer":
    "largest retailer"; the possessor is a mention of its own)."""
    first = noun  # (the tokens themselves, not their indices: no Token made again by ``doc[i]``)
    for child in noun.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "advmod") and child.i < first.i:
            first = child
    start = first.idx
    if first.i < noun.i and "\n" in doc_text(noun.doc)[start : noun.idx]:
        start = noun.idx  # a dateline's year above the line is no modifier of its first noun
    last = noun
    for child in noun.rights:
        if child.dep_ == "amod" and child.i == last.i + 1:
            last = child
    return start, last.idx + len(last)


@cache
def _blocking(lang: str, etype: str) -> frozenset[str]:
    """The modifiers of ``coref_blocking_modifiers`` that block a description of type ``etype``
    (the second column lists the types a modifier does not block: "the new phone" is the phone
    just named, "the new company" another one)."""
    try:
        table = rows(lang, "coref_blocking_modifiers")
    except Exception:
        return frozenset()
    return frozenset(r[0] for r in table if len(r) < 2 or etype not in r[1].split(","))


def _whole_of_a_part(noun: Token, lang: str) -> bool:
    """Whether ``noun`` is the "of" complement of a part or member noun (``coref_part_nouns``) in
    apposition to, or predicated of, another phrase ("Rolls-Royce, part of the consortium", "Acme is
    a member of the alliance"): the whole that phrase belongs to, which the nearest subject is not."""
    prep = noun.head
    if lang != "en" or noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    part = prep.head
    return part.dep_ in ("appos", "attr") and part.lemma_.lower() in _words(lang, "coref_part_nouns")


def _description(noun: Token, lang: str, nouns: dict[str, tuple[str, str]]) -> tuple[str, str, int | None] | None:
    """``(type, gender, name token)`` when ``noun`` heads a description that takes up a name:
    definite, with no possessor, restrictive complement or clause, no "other"; the name token when
    a name follows it in apposition ("le groupe IBM", "the company Acme")."""
    found = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)
    if found is None and (noun.is_lower or lang == "en" and noun.is_upper and noun.pos_ == "NOUN") and _label_key(noun.text) in load_roles().labels:
        # a role: "the chief executive", « le PDG », "the CEO"; a French feminine one names a woman
        # (« la présidente », « la ministre »)
        found = ("PER", "f" if lang == "fr" and "Fem" in _morph(noun, "Gender") else "-")
    if found is None and _capitalised_role(noun):
        found = ("PER", "-")  # "the Prime Minister"
    if found is None and lang == "en" and noun.is_lower and noun.lower_ in _role_title_words(lang) and noun.lower_ in _words(lang, "coref_relational_nouns"):
        # "Coach Ray Dunn ... The coach": a title before names, which takes up only a person it
        # titled (relational); the noun names a thing too (a bus), so it is no person's head
        # for "it" (:func:`_person_head`)
        found = ("PER", "-")
    if found is None and lang == "en" and noun.is_lower and noun.lower_ in _words(lang, "coref_relational_nouns") and noun.lower_ in _person_nouns(lang):
        # "Karen Holt, the victim, ... The victim died": a person the story puts in a situation,
        # who takes up only a person the text gave that noun (relational, c36a)
        found = ("PER", _person_nouns(lang)[noun.lower_])
    if found is None or noun.dep_ == "compound":
        return None
    if _whole_of_a_part(noun, lang):
        return None  # "Rolls-Royce, part of the consortium,": the whole a name is part of, not the name
    if found[0] == "FIN" and not _index_modifiers_fit(noun, lang):
        return None  # "the consumer price index", « l'indice allemand »: another index
    determiners = _words(lang, "definite_determiners")
    blocking = _blocking(lang, found[0])
    det = [c for c in noun.lefts if c.dep_ in ("det", "det:poss", "poss", "nmod:poss")]
    scope = _scope_possessor(noun, lang)
    if scope is not None:
        det = [c for c in det if c.i != scope.i]
        if not det and scope.dep_ in ("poss", "nmod:poss"):
            det = [c for c in scope.lefts if c.dep_ == "det"]
    named_scope = scope is not None and not det and _place_name(scope)  # "India 's largest airline": definite
    if not named_scope and (not det or det[0].lower_.replace("’", "'") not in determiners and det[0].lower_ not in determiners):
        return None
    if "Plur" in _morph(noun, "Number") or noun.tag_ in ("NNS", "NNPS"):
        return None
    name_token = None
    for child in noun.children:
        low = child.lower_
        if low in blocking or child.lemma_.lower() in blocking:
            return None
        if found[0] == "FIN" and child.i > noun.i and low in _index_modifiers(lang):
            continue  # « l'indice vedette »: a modifier the parse may read as a name
        if (child.dep_ in ("poss", "nmod:poss", "det:poss") or (child.dep_ == "case" and child.i < noun.i)) and (scope is None or child.i != scope.i):
            return None
        if child.i > noun.i and _is_name_token(child) and child.dep_ in ("appos", "flat", "flat:name", "nmod", "compound", "nn", "npadvmod"):
            between = noun.doc[noun.i + 1 : child.i]
            if all(t.dep_ == "amod" or t.is_punct and t.text != "," for t in between):
                name_token = child.i
                continue
        if child.i > noun.i and child.dep_ in ("prep", "nmod", "relcl", "acl", "acl:relcl", "nummod"):
            comma = any(t.text == "," for t in noun.doc[noun.i + 1 : child.i + 1])
            if child.dep_ in ("relcl", "acl:relcl") and comma:
                continue  # a non-restrictive clause: "the company, which ..."
            if child.dep_ == "acl" and comma and noun.nbor().text == "," and child.tag_ == "VBN":
                continue  # a participle set off by commas: "The carmaker, based in Detroit, said"
            return None
    if any(c.dep_ == "cop" for c in noun.children) or noun.dep_ in ("attr", "acomp"):
        return None  # a predicate: "IBM est la société ..."
    return found[0], found[1], name_token


@cache
def _index_modifiers(lang: str) -> dict[str, frozenset[str]]:
    """``coref_index_modifiers``: modifier -> the first words of the names of the indices it fits
    (empty: any index)."""
    return {r[0]: frozenset(n.strip() for n in r[1].split(",")) if len(r) > 1 and r[1] != "-" else frozenset() for r in _safe_rows(lang, "coref_index_modifiers")}


def _index_predicate(noun: Token, lang: str) -> bool:
    """Whether the index noun ``noun``, a subject, is an index by what it does. A noun that names
    other things as often (``coref_index_other_senses``: "measure", "average", "benchmark",
    "gauge": a bill, a mean, a rate, a dial) takes up an index only as the subject of a verb of an
    index (``market_movement_verbs``, ``market_session_verbs``, ``index_predicate_verbs``: "The
    measure rose", "The gauge was led by chip makers") or of "to be" with a figure or a direction
    ("The average is now 2 percent below its record"); "The measure would raise taxes", "The
    measure was passed by the Senate" name no index. Any other index noun ("index", « indice »)
    needs no such verb."""
    if noun.lemma_.lower() not in _words(lang, "coref_index_other_senses") and noun.lower_ not in _words(lang, "coref_index_other_senses"):
        return True
    verb = noun.head
    lemma = verb.lemma_.lower()
    if any(lemma in _words(lang, name) for name in ("market_movement_verbs", "market_session_verbs", "index_predicate_verbs")):
        return True
    if lemma in _words(lang, "coref_identity_copulas") or verb.pos_ == "AUX":
        directions = _words(lang, "market_directions")
        return any(t.like_num or t.lower_ in directions for t in verb.subtree if t.i != noun.i)
    return False


# A word of a description of an index that a number and a hyphen open ("30-stock", "500-issue").
_COUNTED_WORD = re.compile(r"\d[\d,.]*-(.+)")


def _index_modifiers_fit(noun: Token, lang: str) -> bool:
    """Whether every modifier of the index noun ``noun`` is one of ``coref_index_modifiers`` ("the
    blue-chip index", "the broader market index", "the 30-stock index", « l'indice phare »): any
    other word names another index than the one just named ("the consumer price index", "the
    volatility index", « l'indice allemand »). The words before the noun are read as written,
    after its determiner; after it, its adjectives and the nouns the parse hangs on it without a
    preposition (« l'indice vedette »). A name among them is a name of its own: none fits."""
    allowed = _index_modifiers(lang)
    doc = noun.doc
    det = max((c.i for c in noun.lefts if c.dep_ == "det"), default=-1)
    if det < 0:
        return False
    for word in doc[det + 1 : noun.i].text.split():
        counted = _COUNTED_WORD.fullmatch(word)
        if word.lower() not in allowed and (counted is None or counted.group(1).lower() not in allowed):
            return False
    for child in noun.rights:
        if child.dep_ in ("amod", "nmod", "appos", "compound", "flat") and child.lower_ not in allowed:
            if child.dep_ == "nmod" and any(c.dep_ == "case" for c in child.children):
                continue  # « l'indice des prix »: a complement, which _description turns down
            return False
    return True


# A noun with one of these dependencies modifies another noun ("the Airbus plant", "the aircraft
# maker"): it heads no phrase of its own.
_MODIFIER_DEPS = frozenset({"compound", "flat", "flat:name", "fixed", "amod", "nn"})


@cache
def _determiners(lang: str) -> dict[str, str]:
    """``coref_determiners``: determiner -> how it determines a noun phrase (empty for a language
    without the list: its phrases are then all read as indefinite)."""
    return {r[0]: r[1] for r in _safe_rows(lang, "coref_determiners")}


# Morphology hash -> the values of its Poss, Number and Gender features, for every analysis met so
# far: a hash names its feature string, the same in every vocabulary, and the models can only
# produce the analyses of their tag sets, so this stays small.
_MORPH_FIELDS: dict[int, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}

_Fields = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _morph_fields(doc: Doc) -> list[_Fields]:
    """For each token of ``doc``: ``morph.get("Poss")``, ``morph.get("Number")`` and
    ``morph.get("Gender")``, read from the MORPH array with each distinct analysis asked once
    (making a MorphAnalysis per word cost more than the rest of the phrase)."""
    from spacy.attrs import MORPH
    from spacy.tokens import MorphAnalysis

    if not len(doc):
        return []
    out: list[_Fields] = []
    for h in doc.to_array(MORPH).tolist():
        found = _MORPH_FIELDS.get(h)
        if found is None:
            m = MorphAnalysis.from_id(doc.vocab, h)
            found = _MORPH_FIELDS[h] = (tuple(m.get("Poss")), tuple(m.get("Number")), tuple(m.get("Gender")))
        out.append(found)
    return out


def _phrase(tok: Token, lang: str, offset: int, subject: bool, fields: Sequence[_Fields] | None = None) -> Phrase:
    """The noun phrase headed by ``tok`` (a noun that is no name), as unnamed chains read it.
    ``fields``: :func:`_morph_fields` of its Doc (computed here when not given)."""
    if fields is None:
        fields = _morph_fields(tok.doc)
    dets = _determiners(lang)
    determiner = "bare"
    modifiers: set[str] = set()
    for child in tok.children:
        dep = child.dep_
        if child.i < tok.i and (dep in ("poss", "nmod:poss", "det:poss") or "Yes" in fields[child.i][0]):
            determiner = "possessive"
        elif child.i < tok.i and dep in ("det", "predet") and determiner == "bare":
            determiner = dets.get(child.lower_.replace("’", "'"), "indefinite")
        elif dep == "nummod":
            modifiers.add(child.lower_)
            if determiner == "bare":
                determiner = "number"
        elif dep in ("amod", "compound", "nn") and (child.i < tok.i or child.i == tok.i + 1):
            modifiers.add(child.lemma_.lower())
        elif dep == "prep" and child.i == tok.i + 1 and child.lower_ == "in":
            # "the government in Kyiv" ... "The government in Ankara": the place it is in restricts
            # it like an adjective ("the Ukrainian government"); another place is another one.
            modifiers.update(_PLACE + c.lower_ for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN")
        elif dep == "prep" and child.i == tok.i + 1 and child.lower_ == "of":
            # "shares of Kestrel Motors" ... "shares of Zorba Corp.": the name its complement holds
            # restricts it like the place above; another name is another thing (issue 17, c32b).
            modifiers.update(_OWNER + _name_around(c) for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN")
    number = "pl" if "Plur" in fields[tok.i][1] or tok.tag_ in ("NNS", "NNPS") else "sg"
    gender = {"Masc": "m", "Fem": "f"}.get(next(iter(fields[tok.i][2]), ""), "-")
    a, b = _description_span(tok)
    lemma = tok.lemma_.lower() if tok.pos_ == "NOUN" else "=" + tok.lower_  # "=": a name the recogniser missed
    return Phrase(
        a + offset, b + offset, (tok.idx + offset, tok.idx + len(tok.text) + offset), lemma,
        number, gender, determiner, frozenset(modifiers), subject, lang,
    )


def _appositive(
    text: str, a: int, b: int, tok: Token, antecedent: Token, lang: str, offset: int, *, predicate: bool = False, common: bool = False
) -> Anaphor:
    """A description (``text[a:b]``, headed by ``tok``) that is the same entity as ``antecedent``:
    an apposition or a predicate noun, of any entity type."""
    return Anaphor(
        a + offset, b + offset, text[a:b], "appositive", lang, "-", "-", frozenset({"PER", "ORG", "LOC", "PRO", "FIN"}), False,
        antecedent=(antecedent.idx + offset, antecedent.idx + len(antecedent.text) + offset),
        head=(tok.idx + offset, tok.idx + len(tok.text) + offset), predicate=predicate, common=common,
    )


def _clitic_form(low: str) -> str:
    """A French subject clitic inverted after its verb without its hyphens ("-il", "-t-elle")."""
    if low[:1] in ("-", "‑"):
        low = low[1:]
        if low[:2] in ("t-", "t‑"):
            low = low[2:]
    return low


# The pronoun lists' words -> {(DEP, POS, LOWER) hashes: may the token be a candidate}: the same
# words come back in every document, and a hash names the same text in every vocabulary.
_CANDIDATE_FLAGS: dict[frozenset[str], dict[tuple[int, int, int], bool]] = {}


def _anaphor_candidates(doc: Doc, pronouns: Mapping[str, object], firsts: Mapping[str, object]) -> list[int]:
    """The tokens :func:`anaphors_from_doc` may take anything from: a subject or apposition, a
    noun or proper noun, a pronoun of the lists (the necessary conditions of its tests), read from
    the DEP, POS and LOWER arrays without building a Token per word."""
    from spacy.attrs import DEP, LOWER, POS
    from spacy.parts_of_speech import IDS

    if not len(doc):
        return []
    strings = doc.vocab.strings
    nominal = (IDS["NOUN"], IDS["PROPN"])
    deps = _SUBJ | _PASS_SUBJ | {"appos"}
    words = frozenset(pronouns).union(firsts)
    seen = _CANDIDATE_FLAGS.get(words)
    if seen is None:
        seen = _CANDIDATE_FLAGS[words] = {}
    out: list[int] = []
    columns = doc.to_array([DEP, POS, LOWER])
    for i, key in enumerate(zip(columns[:, 0].tolist(), columns[:, 1].tolist(), columns[:, 2].tolist())):
        flag = seen.get(key)
        if flag is None:
            low = _clitic_form(strings[key[2]].replace("’", "'"))
            flag = seen[key] = (
                key[1] in nominal
                or strings[key[0]] in deps
                or (low in pronouns and (key[1] == IDS["PRON"] or low not in _accusative_clitics()))
                or low in firsts
                # "The forward signed": a position noun the tagger read as an adverb (:func:`_misread_position`)
                or key[1] in (IDS["ADV"], IDS["ADJ"]) and _nouns("en").get(low, ("",))[0] == "PER"
            )
        if flag:
            out.append(i)
    return out


def _person_patient_verb(verb: Token) -> bool:
    """Whether a French passive verb's subject can only be a person (``fr/person_patient_verbs``):
    « blessé », « tué » always; « arrêté », « enlevé », which also stop a race or remove a statue,
    only with a « par » complement who arrests (``fr/arresting_agents``: « par la police »). Also
    read for the active verb of an object clitic, whose subject then is who arrests (« la police
    l'a arrêté »)."""
    sense = word_map("fr", "person_patient_verbs").get(verb.lemma_.lower())
    if sense is None or sense == "always":
        return sense is not None
    agents = word_set("fr", "arresting_agents")
    return any(
        (
            c.dep_ in ("obl:agent", "agent")
            or (c.dep_.startswith("obl") and any(g.lower_ == "par" for g in c.children))
            # the active's subject: « la police l'a arrêté » (issue 17, f37c)
            or (c.dep_ == "nsubj" and c.i < verb.i)
        )
        and (c.lemma_.lower() in agents or c.lemma_ in agents)
        for c in verb.children
    )


def _person_possessed_event(noun: Token) -> bool:
    """Whether a French noun is an event whose possessive determiner stands for a person
    (``fr/person_possessed_event_nouns``: « sa nomination », « son arrestation », « leur départ »).
    A noun a company, a country or an army owns as well (« shared »: « Renault a confirmé son départ
    de Russie », « La Tunisie a organisé son élection »), and any plural (« le gouvernement a publié
    ses nominations »), is a person's only when no subject of the verb it hangs on could own it
    (« Le PSG a limogé Jean Martin. Son départ était attendu »)."""
    if noun.pos_ != "NOUN":
        return False
    kinds = word_map("fr", "person_possessed_event_nouns")
    kind = kinds.get(noun.lower_) or kinds.get(noun.lemma_.lower())
    if kind is None:
        return False
    if kind == "person" and "Plur" not in _morph(noun, "Number"):
        return True
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # « a organisé dimanche son élection »: the parser hangs it on « dimanche »
    # a subject that holds the noun (« la date de son départ a été fixée ») owns nothing
    return not any(
        (c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ) and not c.left_edge.i <= noun.i <= c.right_edge.i
        for c in verb.children
    )


def anaphors_from_doc(doc: Doc, *, lang: str, offset: int = 0) -> CorefCues:
    """The referring expressions of one parsed piece, in document coordinates (``offset``)."""
    pronouns = _pronouns(lang)
    firsts = _first_person(lang)
    nouns = _nouns(lang)
    latest = _latest(lang)
    demonstratives = _demonstratives(lang)
    text = doc_text(doc)
    found: list[Anaphor] = []
    subjects: list[int] = []
    plural_subjects: list[int] = []
    reported: list[int] = []
    speaking: list[int] = []
    answering: list[tuple[int, str]] = []
    name_genders: list[tuple[int, str]] = []
    things: list[tuple[int, int, str, str, bool, bool]] = []
    phrases: list[Phrase] = []
    coordinations: list[tuple[int, int]] = []
    fields = _morph_fields(doc)
    name_phrases: list[tuple[int, int, int, int]] = []
    phrase_deps = _name_phrase_dependents(lang)
    demonstrative_forms = {f"{form}-{entry[0]}": entry for form, entry in demonstratives.items()}
    for i in _anaphor_candidates(doc, pronouns, {**firsts, **latest, **demonstratives, **demonstrative_forms}):
        tok = doc[i]
        dep = tok.dep_
        if phrase_deps and tok.pos_ == "PROPN" and dep not in _MODIFIER_DEPS:
            extent = _name_phrase(tok, phrase_deps)
            if extent is not None:
                name_phrases.append((tok.idx + offset, tok.idx + len(tok.text) + offset, extent[0] + offset, extent[1] + offset))
        group = _coordination(tok)
        if group is not None:
            coordinations.append((group[0] + offset, group[1] + offset))
        # A name in apposition to a subject is in subject position too ("The airline, Ryanair, said").
        is_subject = (
            dep in _SUBJ or dep in _PASS_SUBJ or (dep == "appos" and (tok.head.dep_ in _SUBJ or tok.head.dep_ in _PASS_SUBJ or _misparsed_subject(tok.head)))
            or _misparsed_subject(tok)
        )
        if dep == "conj" and not is_subject and _conj_apposition(tok.head, tok):
            is_subject = True  # « Le capitaine, Mathieu Kerboul, a regretté »: an apposition the parse made a conjunct
        if not is_subject and _name_after_subject_noun(tok):
            is_subject = True  # « l'association Greenpeace a manifesté »: the name the subject noun introduces
            noun_gender = {"Masc": "m", "Fem": "f"}.get(next(iter(fields[tok.head.i][2]), ""), "-")
            if lang == "fr" and noun_gender != "-" and _names_itself(tok.head, lang):
                name_genders.append((tok.idx + offset, noun_gender))
        if not is_subject and lang == "fr" and _apposed_to_subject_phrase(tok):
            is_subject = True  # « le directeur des opérations de l'ONG, Karim Haddad, a dit »: hung on « opérations »
        if not is_subject and lang == "fr" and _postposed_speaker(tok):
            is_subject = True  # « « … », a expliqué le directeur, Karim Haddad »: the incise's speaker
        if not is_subject and lang == "fr" and tok.pos_ == "PRON" and tok.text[:1] in ("-", "‑") and tok.head.pos_ in ("VERB", "AUX"):
            # « tente-t-il »: the parser gives « -t » the subject label and hangs « -il » as ``dep``
            is_subject = True
        if is_subject and lang == "en" and _trailing_reporter(tok):
            is_subject = False
        if is_subject:
            subjects.append(tok.idx + offset)
            if lang == "en" and _plural_verb_of_name(tok):
                plural_subjects.append(tok.idx + offset)
            if lang == "en" and _in_reported_clause(tok):
                reported.append(tok.idx + offset)
            elif lang == "en" and _speaks(tok):
                if (answer := _answers_report(tok)) is not None:
                    answering.append((tok.idx + offset, answer))
                else:
                    speaking.append(tok.idx + offset)
            owner = _owner_of_abstract(tok, lang) or _issuer_of_shares(tok, lang) or _owner_of_role(tok, lang) or _owner_of_members(tok, lang)
            if owner is not None:
                subjects.append(owner.idx + offset)
        # "June", "2005": a date is a timex, neither a thing a pronoun takes up nor a phrase of an entity.
        timex = tok.ent_type_ in _TIME_TYPES
        # "Senate Republicans said they": a plural group's name (a nationality, religion or party,
        # which names no entity of ours) is a plural thing that "they" takes up
        group = tok.ent_type_ == "NORP" and tok.tag_ == "NNPS"
        if tok.pos_ in ("NOUN", "PROPN") and dep in _THING_DEPS and (not _is_named(tok) or group) and not timex and tok.ent_type_ not in _AMOUNT_TYPES:
            number = "pl" if "Plur" in fields[i][1] or tok.tag_ in ("NNS", "NNPS") else "sg"
            gender = {"Masc": "m", "Fem": "f"}.get(next(iter(fields[i][2]), ""), "-")
            abstract = not _entity_like(tok.lemma_.lower(), lang)
            things.append((tok.idx + offset, tok.idx + len(tok.text) + offset, number, gender, is_subject, abstract))
        if tok.pos_ in ("NOUN", "PROPN") and dep not in _MODIFIER_DEPS and not _is_named(tok) and not timex and not _adverbial(tok, lang) and not _misread_verb(tok):
            phrases.append(_phrase(tok, lang, offset, is_subject, fields))
        low = _clitic_form(tok.lower_.replace("’", "'"))
        if low in latest:
            last = _latest_anaphor(tok, lang, offset, is_subject)
            if last is not None:
                found.append(last)
                continue
        if low.partition("-")[0] in demonstratives:
            shown = _demonstrative_anaphor(tok, lang, offset, is_subject)
            if shown is not None:
                found.append(shown)
                continue
        first = firsts.get(low)
        if first is not None and tok.pos_ in ("PRON", "DET"):
            first_kind: ReferenceKind = "possessive" if first[0] == "possessive" else "pronoun"
            found.append(
                Anaphor(tok.idx + offset, tok.idx + len(tok.text) + offset, tok.text, first_kind, lang, "-", first[1],
                        frozenset({"PER"} if first[1] == "sg" else {"PER", "ORG"}), is_subject, first_person=True,
                        commanded=_commanded(tok, lang, offset) if is_subject and first_kind == "pronoun" else ())
            )
            continue
        entry = pronouns.get(low)
        if entry is not None and low in _accusative_clitics() and not _object_clitic(tok):
            entry = None  # « le », « la », « les »: an article, or a clitic the parser gave no object role
        if entry is not None and tok.pos_ in ("PRON", "DET", "ADJ"):
            kind, gender, number, types = entry
            if kind == "personal" and gender == "-" and low in _accusative_clitics() and lang == "fr":
                gender = _clitic_gender(tok)
            # "-t-il": the pronoun's own letters, as the argument spans give them
            start, end = tok.idx + offset + len(tok.text) - len(low), tok.idx + len(tok.text) + offset
            if kind == "relative":
                head = _relative_head(tok)
                if head is None:
                    continue
                found.append(
                    Anaphor(start, end, tok.text, "relative", lang, gender, number, types, is_subject,
                            antecedent=(head.idx + offset, head.idx + len(head.text) + offset))
                )
                continue
            if low == "her" and dep in ("poss", "nmod:poss"):
                kind = "possessive"
            if kind == "possessive" and dep not in ("poss", "nmod:poss", "det:poss", "det") and tok.pos_ != "DET":
                continue
            if kind == "possessive" and tok.head.lower_ in word_sets("member_nouns").get(lang, frozenset()):
                # « Ses militants ont manifesté », « ses dirigeants ont expliqué »: the members of an
                # organisation or a country's forces, which events take as the agent; a person has
                # no members who act as that person (« les dirigeants de Renault »: Renault too)
                types = types - {"PER"}
            company_owned = kind == "possessive" and "ORG" in types and _company_possession(tok.head, lang)
            owner_types = types & frozenset({"ORG", "LOC"}) if company_owned else frozenset()
            if company_owned:
                # "Its shares rose", "its chief executive": what only a company has; its owner is an
                # organisation, never a place, a product or a thing ("the popular lager ... Its shares")
                types = frozenset({"ORG"})
            # ("its" only: "her spokeswoman" is a person's, "their government" may be a people's)
            body_owned = kind == "possessive" and not company_owned and lang == "en" and "PER" not in types and _body_possession(tok.head, lang)
            if body_owned:
                types = types & frozenset({"ORG", "LOC"})
            if kind == "personal" and impersonal(tok, lang):
                continue
            if (
                kind == "personal"
                and lang == "fr"
                and (tok.dep_ in _PASS_SUBJ or _object_clitic(tok))
                and _person_patient_verb(tok.head)
            ):
                # « Il avait été arrêté par la police »: who is arrested or wounded is a person; so
                # is the object clitic of the active (« La police l'a interpellé »), which then
                # passes over a thing named between (« Les gendarmes ont bouclé le quartier »)
                types = types & frozenset({"PER"})
            if kind == "possessive" and lang == "fr" and _person_possessed_event(tok.head):
                # « Acme a nommé Paul Durand. Sa nomination … »: who is appointed, arrested or dies
                # is a person, never the company that acted before
                types = types & frozenset({"PER"})
            if kind == "personal" and low == "that":
                continue
            if kind == "personal" and is_subject and lang == "en":
                predicate_type = _copula_predicate_type(tok, lang, nouns)
                if predicate_type == "":
                    continue  # "It is the largest bankruptcy in U.S. history", "It was a milestone": no entity
                if predicate_type is not None and predicate_type in types:
                    types = frozenset({predicate_type})  # "It is the first model to ...": a product
            blocked = None
            object_of_subject = False
            if kind == "personal" and not is_subject and (dep in _OBJ or dep in ("iobj", "dative", "pobj", "obl", "obl:arg")):
                blocked = _clause_subject(tok) or _containing_noun(tok)
                if blocked is None and lang == "en" and (dep in _OBJ or dep in ("iobj", "dative")):
                    blocked = _shared_subject(tok.head)  # "Investors welcomed it and praised them"
                object_of_subject = lang == "en" and (dep in _OBJ or dep in ("iobj", "dative")) and blocked is not None and blocked[0] < tok.idx
            elif kind == "personal" and is_subject and lang == "en" and "Acc" in tok.morph.get("Case") and tok.head.dep_ in ("ccomp", "xcomp"):
                # "The company said it would help them find jobs": the parser makes the object of
                # "help" the subject of "find"; as an object, it is none of "help"'s subject's.
                blocked = _clause_subject(tok.head)
                object_of_subject = blocked is not None and blocked[0] < tok.idx
            elif kind == "personal" and is_subject:
                blocked = _clause_object(tok)
            elif kind == "possessive" and lang == "en":
                blocked = _possessed_name(tok)
            governor = _governing_subject(tok) if kind == "personal" and is_subject else None
            if governor is None and lang == "en" and (kind == "possessive" or is_subject) and number == "sg":
                governor = _reporting_subject(tok)  # not "they": "Ford said they fell" (its sales)
            if governor is None and lang == "en" and kind == "possessive":
                governor = _local_subject(tok)  # "after Toyota recalled millions of its vehicles"
            controller = _object_controller(tok) if not is_subject else None
            if controller is not None and kind == "personal":
                # "asked the court to block it": the infinitive's understood subject, which its own
                # object or complement pronoun cannot be (it would be "itself")
                blocked = blocked or (controller.idx, controller.idx + len(controller.text))
                controller = None
            if controller is None and kind == "personal" and not is_subject and lang == "en":
                controller = _addressed_object(tok)
            if controller is None and kind == "possessive":
                controller = (_conjunct_owner(tok) if lang == "en" else None) or _fronted_possessor(tok)
            if controller is None and kind == "personal" and is_subject and number == "sg" and lang == "en":
                controller = _fronted_clause_subject(tok)
            relative = _relative_subject_head(tok) if controller is None and kind == "possessive" else None
            if relative is not None and number == "pl" and lang == "en" and _singular_relative_clause(relative):
                # "The union that represents their workers": a clause in the singular says its head
                # is one thing, which "their" is not (the workers of the companies named before)
                relative = None
            controller = relative if relative is not None else controller
            found.append(
                Anaphor(start, end, text[start - offset : end - offset], "possessive" if kind == "possessive" else "pronoun", lang, gender,
                        number, types, is_subject, blocked=_offset(blocked, offset), object_of_subject=object_of_subject,
                        governor=(governor[0] + offset, governor[1] + offset) if governor is not None else None,
                        governor_name=governor is not None and lang == "en" and _proper_noun_at(doc, governor[0]),
                        antecedent=(controller.idx + offset, controller.idx + len(controller.text) + offset) if controller is not None and (number != "sg" or controller.tag_ != "NNS" and (controller.tag_ != "NNPS" or controller.ent_type_ == "ORG")) else None,
                        in_relative=relative is not None,
                        owns_event=kind == "possessive" and event_noun(tok.head, lang),
                        company_owned=company_owned,
                        body_owned=body_owned,
                        owner_types=owner_types,
                        partitive=kind == "personal" and _partitive(tok, lang),
                        commanded=_commanded(tok, lang, offset) if kind == "personal" and is_subject else (),
                        singular_source=_offset(_singular_source(tok, nouns), offset) if lang == "en" and number == "pl" else None)
            )
            continue
        if _short_form(tok, lang):
            article = doc[tok.i - 1]
            span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
            found.append(
                Anaphor(article.idx + offset, span[1], text[article.idx : tok.idx + len(tok.text)], "nominal", lang, "-", "sg", frozenset({"ORG"}),
                        is_subject, noun_type="ORG", noun=span, short_form=True)
            )
            continue
        article = _age_article(tok, lang) if is_subject else None
        if article is not None:
            # "the 58-year-old said": a person's age stands for the person (a person description)
            span = (article.idx + offset, tok.idx + len(tok.text) + offset)
            found.append(
                Anaphor(span[0], span[1], text[article.idx : tok.idx + len(tok.text)], "nominal", lang, "-", "sg", frozenset({"PER"}), is_subject,
                        noun_type="PER", noun=(tok.idx + offset, span[1]))
            )
            continue
        age = _aged_person_noun(tok, lang)
        if age is not None:
            # "The 45-year-old mother of two": the person the text gave that age, or no one named
            a, b = _description_span(tok)
            found.append(
                Anaphor(a + offset, b + offset, text[a:b], "nominal", lang, _person_nouns(lang)[tok.lower_], "sg", frozenset({"PER"}), is_subject,
                        noun_type="PER", noun=(tok.idx + offset, tok.idx + len(tok.text) + offset), age=age)
            )
            continue
        article = _nationality_article(tok, lang)
        if article is not None:
            # "The Spaniard, who joined in June": a person named by a nationality noun (a person description)
            span = (article.idx + offset, tok.idx + len(tok.text) + offset)
            found.append(
                Anaphor(span[0], span[1], text[article.idx : tok.idx + len(tok.text)], "nominal", lang, _nationality_nouns(lang)[tok.lower_], "sg",
                        frozenset({"PER"}), is_subject, noun_type="PER", noun=(tok.idx + offset, span[1]))
            )
            continue
        country = _demonym_subject(tok, lang)
        if country is not None:
            # "The Australian now leads the race": the one person the text gave that country
            article = doc[tok.i - 1]
            span = (article.idx + offset, tok.idx + len(tok.text) + offset)
            found.append(
                Anaphor(span[0], span[1], text[article.idx : tok.idx + len(tok.text)], "nominal", lang, "-", "sg", frozenset({"PER"}), is_subject,
                        noun_type="PER", noun=(tok.idx + offset, span[1]), demonym=country)
            )
            continue
        capitalised_role = tok.pos_ == "PROPN" and _capitalised_role(tok)
        if tok.pos_ != "NOUN" and not _role_acronym(tok) and not _role_title(tok) and not capitalised_role and not _misread_position(tok, lang, nouns):
            continue
        subject = _predicate_subject(tok, lang) if dep == "attr" else None
        if subject is not None:
            a, b = _description_span(tok)
            found.append(_appositive(text, a, b, tok, subject, lang, offset, predicate=True))
            continue
        article = _seat_article(tok, lang)
        if article is not None and nouns.get(tok.lemma_.lower(), ("",))[0] == "ORG":
            # "The Charlotte , North Carolina-based bank posted": one description the parser split
            # into the city and an apposition; it stands where the city stands.
            place = tok.head
            span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
            found.append(
                Anaphor(article.idx + offset, span[1], text[article.idx : tok.idx + len(tok.text)], "nominal", lang, "-", "sg", frozenset({"ORG"}),
                        place.dep_ in _SUBJ or place.dep_ in _PASS_SUBJ, noun_type="ORG", noun=span, head=span)
            )
            continue
        named = _described_name(tok, lang)
        if named is None:
            named = _misparsed_apposition(tok)
        if named is None:
            named = _misparsed_name_after(tok)
        if named is None:
            named = _loose_name_set_off(tok)
        if named is None:
            named = _named_by_verb(tok, lang)
        if named is None and (identified := _identified_as(tok, lang)) is not None:
            # "Police named the victim as Karen Holt": the same person, with no phrase of both (c36a)
            found.append(_appositive(text, *_description_span(tok), tok, identified, lang, offset, predicate=True))
            continue
        if named is None and (holder := _person_given_role(tok, lang)) is not None:
            # "Harlow Rovers appointed Pete Marlow as coach . The coach said": the role is his (c36a)
            found.append(_appositive(text, *_description_span(tok), tok, holder, lang, offset, predicate=True))
            continue
        if named is None:
            person = _role_before_name(tok)
            if person is not None:
                # "including the Prime Minister of Singapore, Mr. Lee Hsien Loong,": the role with its complement
                last = doc[_phrase_end(tok)]
                found.append(_appositive(text, _premodifier_start(tok, lang), last.idx + len(last.text), tok, person, lang, offset))
                continue
        if named is not None and named.i < tok.i and lang == "fr" and source_complement(named):
            # « Selon la CGT, le groupe Valmont a licencié »: the parse hung the clause's subject on
            # the source as an apposition; they are two entities
            named = None
        if named is not None and named.i > tok.i and nouns.get(tok.lemma_.lower(), ("",))[0] != "ORG":
            # (not after a noun of an organisation: « le constructeur Peugeot Jean Martin » is the
            # carmaker, the name after it someone else's; review rvf37b)
            named = _person_after_affiliation(named)
        if named is not None:
            # "Apple, the tech giant," / "Tim Cook, Apple's chief executive" / "the airline, Ryanair" /
            # "Apple CEO Steve Jobs": the description and the name are the same entity.
            a, b = (_premodifier_start(tok, lang), tok.idx + len(tok.text)) if named.i > tok.i else _apposition_span(tok)
            found.append(_appositive(text, a, b, tok, named, lang, offset))
            continue
        first_noun = _apposed_noun(tok)
        if first_noun is not None:
            a, b = _apposition_span(tok)
            found.append(_appositive(text, a, b, tok, first_noun, lang, offset, common=True))
            continue
        index_names = _index_name_before(tok, lang)
        if index_names is not None:
            # "the FTSE 100 index", "the Nikkei 225 average", "the Nasdaq composite index": the
            # index's name with its noun is a mention of the index; the name's own span stays the
            # name's (``head``).
            index_name, name_last = index_names
            head_span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
            a = index_name.idx - (4 if index_name.i > 0 and doc[index_name.i - 1].lower_ == "the" else 0)
            found.append(
                Anaphor(a + offset, head_span[1], text[a : tok.idx + len(tok.text)], "nominal", lang, "-", "sg", frozenset({"FIN"}), is_subject,
                        antecedent=(name_last.idx + offset, name_last.idx + len(name_last.text) + offset), noun_type="FIN",
                        head=head_span, noun=head_span)
            )
            continue
        if _organisation_premodifier(tok, lang):
            span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
            found.append(Anaphor(span[0], span[1], tok.text, "nominal", lang, "-", "sg", frozenset({"ORG"}), False, noun_type="ORG", noun=span))
            continue
        employee = _employee_possessive(tok, lang)
        if employee is not None:
            end = tok.idx + len(tok.text)
            found.append(
                Anaphor(employee.idx + offset, end + offset, text[employee.idx : end], "nominal", lang, "-", "sg", frozenset({"ORG"}), is_subject,
                        noun_type="ORG", noun=(tok.idx + offset, end + offset), head=(tok.idx + offset, end + offset),
                        employee=(employee.idx + offset, employee.idx + len(employee.text) + offset))
            )
            continue
        owner = _role_possessor(tok, lang, nouns)
        if owner is not None:
            start = owner.left_edge.idx
            end = tok.idx + len(tok.text)
            found.append(
                Anaphor(start + offset, end + offset, text[start:end], "nominal", lang, "-", "sg", frozenset({"PER"}), is_subject, noun_type="PER",
                        noun=(tok.idx + offset, end + offset), head=(tok.idx + offset, end + offset),
                        role_owner=(owner.idx + offset, owner.idx + len(owner.text) + offset))
            )
            continue
        represented = _represented(tok, lang) if tok.pos_ == "NOUN" else None
        if represented is not None:
            # "Dunn's lawyer said his client had an alibi": Dunn (c34a)
            a, b = tok.left_edge.idx, tok.idx + len(tok.text)
            found.append(
                Anaphor(a + offset, b + offset, text[a:b], "nominal", lang, "-", "sg", frozenset({"PER"}), is_subject,
                        antecedent=(represented.idx + offset, represented.idx + len(represented.text) + offset), noun_type="PER",
                        noun=(tok.idx + offset, b + offset), client=True)
            )
            continue
        described = _description(tok, lang, nouns) if tok.pos_ == "NOUN" or capitalised_role or _misread_position(tok, lang, nouns) else None
        if described is None:
            continue
        if dep in ("dobj", "obj") and tok.head.lemma_.lower() in _words(lang, "coref_creation_verbs"):
            continue  # "the deal would create the world's largest exchange": a new thing, none named before
        etype, gender, name_token = described
        if etype == "FIN" and not is_subject and name_token is None:
            continue  # an index description is what moves, a subject: "The Senate passed the measure" is none
        if etype == "FIN" and name_token is None and not _index_predicate(tok, lang):
            continue  # "The Dow fell . The measure was passed by the Senate": a bill, no index
        a, b = _description_span(tok)
        if etype == "FIN":  # « l'indice vedette »: the modifier the parse hung as a noun is part of it
            b = max([b, *(c.idx + len(c.text) for c in tok.rights if c.i == tok.i + 1 and c.lower_ in _index_modifiers(lang))])
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.text == ")" and tok.i >= 3 and doc[tok.i - 3].text == "(":
            before = doc[tok.i - 2]  # "the United Auto Workers (UAW) union": the acronym names it too
        if (
            name_token is None and before is not None and before.head.i == tok.i and before.dep_ in ("compound", "nn", "flat", "nmod")
            and _is_name_token(before) and tok.lemma_.lower() in _words(lang, "coref_name_head_nouns")
        ):
            # "the United Auto Workers union", "the Labor party": the name with the noun of what it
            # names is a mention of it; the name's own span stays the name's (``head``).
            head_span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
            found.append(
                Anaphor(a + offset, b + offset, text[a:b], "nominal", lang, gender, "sg", frozenset({etype}), is_subject,
                        antecedent=(before.idx + offset, before.idx + len(before.text) + offset), noun_type=etype, head=head_span,
                        noun=head_span)
            )
            continue
        if name_token is not None:
            b = tok.idx + len(tok.text)
            if a >= b:
                continue
            name = doc[name_token]
            if etype == "PER" and name.i > tok.i:
                name = _person_after_affiliation(name)  # « le sénateur Modem Jean Arthuis »: the senator is Arthuis
            antecedent: tuple[int, int] | None = (name.idx + offset, name.idx + len(name.text) + offset)
        else:
            antecedent = None
        found.append(
            Anaphor(a + offset, b + offset, text[a:b], "nominal", lang, gender, "sg", frozenset({etype}),
                    is_subject, antecedent=antecedent, noun_type=etype, noun=(tok.idx + offset, tok.idx + len(tok.text) + offset),
                    compounds=frozenset(
                        c.lower_ for c in tok.lefts
                        if c.is_lower and (
                            c.dep_ in ("compound", "nn") and c.pos_ == "NOUN"
                            or c.lower_ in _words(lang, "coref_kind_adjectives") or c.lower_ in _words(lang, "coref_seat_participles")
                        )
                    ),
                    blocked=_offset(_commanding_subject(tok, lang), offset) if not is_subject and (dep in _OBJ or dep in _OBJECT_DEPS)
                    else _offset(_apposition_name(tok), offset),
                    source_country=_source_demonym(tok, lang) if name_token is None else None,
                    clause_countries=_countries_in_clause(tok, lang) if name_token is None else frozenset(),
                    former_office=etype == "PER" and lang == "en" and any(c.lower_ in _words(lang, "former_words") for c in tok.lefts))
        )
    return CorefCues(
        tuple(found), tuple(subjects), tuple(things), tuple(phrases), tuple(coordinations), tuple(name_phrases), tuple(reported), tuple(speaking),
        tuple(name_genders), tuple(plural_subjects), answering_starts=tuple(answering),
        predicated_roles=tuple(_predicated_roles(doc, lang, offset)),
    )


@cache
def _role_predicates(lang: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """``coref_role_predicates``: a verb's lemma -> (the parts its undergoer takes, its doer's)."""
    return {
        r[0]: (frozenset(p for p in r[1].split(",") if p != "-"), frozenset(p for p in r[2].split(",") if p != "-"))
        for r in _safe_rows(lang, "coref_role_predicates") if len(r) > 2
    }


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _role_people(tok: Token, lang: str) -> list[Token]:
    """The named persons a verb's argument ``tok`` stands for: the name itself and the names
    coordinated with it ("Tom Reed and Ian Lowe were arrested"), the name a relative pronoun's
    clause hangs on ("Kyle Benton, who is accused of"), the name in apposition to a common noun ("A
    34-year-old man, Tom Reed, was arrested") or the one an identifying verb gives it ("A man shot
    dead ... was identified as Luis Moreno")."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ in ("relcl", "acl:relcl"):
        tok = tok.head.head  # the noun the relative clause hangs on
    if tok.i == tok.sent.start and tok.is_upper and tok.pos_ == "PROPN":
        # "LEEDS, Aug 2 - A 34-year-old man, Tom Reed, was arrested": the parse took the dateline's
        # place for the subject and hung the lead's subject on its date as apposition
        for _hop in range(3):
            follow = [c for c in tok.rights if c.dep_ == "appos"]
            if not follow:
                return []
            tok = follow[0]
            if tok.pos_ == "NOUN" or tok.ent_type_ == "PERSON":
                break
    if tok.pos_ == "PROPN":
        # a name the recogniser left untyped is kept: a person too, whom "the suspect" may stand for
        people = [tok, *(c for c in tok.conjuncts if c.pos_ == "PROPN")]
        return [p for p in people if p.ent_type_ in ("PERSON", "")] if any(p.ent_type_ == "PERSON" for p in people) else []
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return []  # a plural noun ("two men were arrested") names no one person
    for child in tok.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
            return [child]
    if tok.lemma_.lower() in _person_nouns(lang) and (named := _identified_as(tok, lang)) is not None:
        return [named]
    return []


def _identified_conjunct(verb: Token, lang: str) -> Token | None:
    """The person an identifying verb coordinated with ``verb`` names in its "as" phrase ("A man
    shot dead outside a bar was identified as Luis Moreno", which the parse reads as "a man shot
    dead ... and a bar was identified"): the participle's subject is that person."""
    for conj in verb.conjuncts:
        if conj.i > verb.i and conj.pos_ == "VERB" and conj.lemma_.lower() in _words(lang, "coref_identifying_verbs"):
            for prep in conj.rights:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
                    if named:
                        return named[0]
    return None


def _predicated_roles(doc: Doc, lang: str, offset: int) -> list[tuple[int, int, str]]:
    """The persons an English verb of ``coref_role_predicates`` gives a part the story may call
    them by, ``(name start, name end, part)`` in document coordinates: the passive subject or the
    object of "arrest" is a suspect, the noun "shot dead" modifies a victim, the subject of "drive"
    the driver; a verb coordinated with another shares its subject ("was arrested and charged").
    One pass over the tokens."""
    table = _role_predicates(lang)
    if lang != "en" or not table:
        return []
    out: list[tuple[int, int, str]] = []
    for verb in doc:
        parts = table.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if parts is None:
            continue
        undergoer, doer = parts
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"
        # a past participle with a subject and no auxiliary is a reduced passive: "A man shot dead
        # outside a bar was identified as ...", a headline's "Man shot dead in Leeds"
        bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not (
            verb.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in verb.head.children)
        )
        passive = participle or bare or any(c.dep_ == "auxpass" for c in verb.children)
        if bare and (named := _identified_conjunct(verb, lang)) is not None:
            start = named.idx + offset
            out.extend((start, start + len(named.text), part) for part in sorted(undergoer))
            continue
        held: list[tuple[Token, frozenset[str]]] = []
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS]  # "was arrested and charged"
        for subject in subjects:
            held.append((subject, undergoer if passive or subject.dep_ == "nsubjpass" else doer))
        for child in verb.children:
            if child.dep_ == "dobj" and not passive:
                held.append((child, undergoer))
            elif child.dep_ == "agent":
                held.extend((c, doer) for c in child.children if c.dep_ == "pobj")
        if participle:
            held.append((verb.head, undergoer))  # "a man shot dead outside a bar"
        for tok, given in held:
            if not given:
                continue
            people = _role_people(tok, lang) or _unnamed_person(tok, lang)
            # "charged Neil Barr and an unnamed accomplice": a second one the part is given to
            people += [u for c in tok.conjuncts for u in _unnamed_person(c, lang)]
            for person in people:
                start = person.idx + offset
                out.extend((start, start + len(person.text), part) for part in sorted(given))
    return out


def _unnamed_person(tok: Token, lang: str) -> list[Token]:
    """``tok`` when it is an indefinite singular person noun no name comes with ("On Tuesday a
    second man was arrested", "A woman was stabbed"): someone new the verb gives the part too, so
    that "the suspect", "the victim" is no longer the one named person given it (review rvc39).
    A definite noun ("the man was arrested") may be that named person again: none."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not _one_person_noun(tok.lemma_.lower(), lang):
        return []
    dets = _determiners(lang)
    if any(c.dep_ == "det" and c.i < tok.i and dets.get(c.lower_) == "indefinite" for c in tok.children):
        return [tok]
    return []


def _misread_position(tok: Token, lang: str, nouns: Mapping[str, tuple[str, str]]) -> bool:
    """Whether an English word the tagger read as an adverb or adjective is a player's position
    noun of ``coref_nouns`` after "the" ("The forward signed a five-year contract", "The
    22-year-old forward"): a determiner makes it a noun (c39a)."""
    return (
        lang == "en" and tok.pos_ in ("ADV", "ADJ") and tok.is_lower and nouns.get(tok.lower_, ("",))[0] == "PER"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "advmod")
        and any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in tok.children)
    )


def _plural_verb_of_name(tok: Token) -> bool:
    """Whether the English noun ``tok`` is the lone subject of a verb in the plural present ("Tesco
    have cut prices", "Airbus are"): British usage for an organisation (the parser may tag "Tesco"
    plural). Not a coordinated subject ("Tesco and Asda have"), whose verb is plural for the pair,
    nor a plural proper noun ("Kestrel Airlines have"), which agrees in the plural anyway."""
    if tok.tag_ == "NNPS" or any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj":
        return False
    verb = tok.head
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children)


def _age_article(tok: Token, lang: str) -> Token | None:
    """The definite article of an age used as a noun, "the 58-year-old" (``coref_age_heads``: the
    head word "old" with its unit "year", which the parse hangs on it with the number), else None.
    A plural ("the 20-year-olds") or a phrase with a noun after it ("the 58-year-old banker", a
    description of ``coref_nouns``' kind) is none, and so is an age no person reaches ("The
    200-year-old needs a new roof": a building's; the table's largest age)."""
    units, largest = _age_units(lang).get(tok.lower_, (None, 0))
    if units is None or tok.i == 0:
        return None
    kids = list(tok.lefts)
    article = kids[0] if kids else None
    if article is None or article.dep_ != "det" or article.lower_ not in _words(lang, "definite_determiners"):
        return None
    unit = next((c for c in kids if c.lemma_.lower() in units), None)
    number = next((c for c in unit.lefts if c.like_num), None) if unit is not None else None
    if number is None or number.text.replace(",", "").isdigit() and int(number.text.replace(",", "")) > largest:
        return None
    return article


def _aged_person_noun(tok: Token, lang: str) -> str | None:
    """The number of years of an English definite singular person noun of ``coref_person_nouns``
    that an age modifies ("the 45-year-old mother of two", "the 31-year-old teacher"), else None.
    Not a noun with a possessor or another determiner ("his 45-year-old wife", "a 45-year-old man")."""
    if lang != "en" or tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in _person_nouns(lang):
        return None
    kids = list(tok.lefts)
    if not kids or kids[0].dep_ != "det" or kids[0].lower_ != "the":
        return None
    for old in kids:
        units, largest = _age_units(lang).get(old.lower_, (None, 0))
        if units is None or old.dep_ != "amod":
            continue
        unit = next((c for c in old.lefts if c.lemma_.lower() in units and c.lower_ == "year"), None)
        number = next((c for c in unit.lefts if c.like_num and c.text.isdigit()), None) if unit is not None else None
        if number is not None and int(number.text) <= largest:
            return number.text
    return None


def _aged_entities(age: str, markables: Iterable[_Markable], text: str, before: int) -> set[int]:
    """The entities of ``markables`` the text gave the age ``age`` right after a mention of theirs
    before ``before`` ("Tom Hale, 52,", "Karen Holt, aged 45,")."""
    return {
        m.entity for m in markables
        if m.entity >= 0 and m.end <= before and re.match(rf"\s?,\s?(?:aged\s)?{age}(?!\d)", text[m.end : m.end + 12]) is not None
    }


def _age_or_nationality(anaphor: Anaphor, text: str) -> bool:
    """Whether the person description ``anaphor`` names its person by an age ("the 58-year-old",
    :func:`_age_article`) or a nationality noun ("the Spaniard", :func:`_nationality_article`):
    words of no office, which a title or a role said of a person does not contradict
    ("Senator Tom Reed ... the 67-year-old", "Kenji Sato, the chief executive ... the 58-year-old")."""
    if anaphor.kind != "nominal" or anaphor.noun_type != "PER" or anaphor.noun is None:
        return False
    if anaphor.demonym is not None:
        return True  # "Canadian minister Paul Roy ... The Canadian" (c39a)
    word = text[anaphor.noun[0] : anaphor.noun[1]].lower()
    return word in _age_units(anaphor.lang) or word in _nationality_nouns(anaphor.lang)


def _someone_unnamed_since(e: int, anaphor: Anaphor, markables: Sequence[_Markable], text: str) -> bool:
    """Whether a singular phrase of one person that names no entity (a thing markable headed by a
    person noun, :func:`_one_person_noun`: "a man", "a worker"; or "a Briton") stands after the last
    mention of entity ``e`` before ``anaphor``: a new person, whom a description that names no
    office ("the 31-year-old", "the Briton") is likelier to take up ("Coach Tom Ellery said a
    teenager had been detained. The 17-year-old": not Ellery)."""
    last = max((m.end for m in markables if m.entity == e and m.end <= anaphor.start), default=-1)
    if last < 0:
        return False
    age = re.search(r"\d+", anaphor.text)
    if age is not None and e in _aged_entities(age.group(), (m for m in markables if m.entity == e), text, anaphor.start):
        return False  # "Tom Hale, 52, met a student ... The 52-year-old": the age the text gave him
    if any(
        m.entity < 0 and m.number == "sg" and last <= m.start and m.end <= anaphor.start and _one_person_noun(text[m.start : m.end], anaphor.lang)
        for m in markables
    ):
        return True
    # "met a Briton who": a nationality noun the parse took for a name is no thing markable
    return anaphor.lang == "en" and any(
        w.lower() in _nationality_nouns(anaphor.lang) for w in re.findall(r"(?<![\w-])(?:a|an)\s+([A-Z][a-z]+)(?![\w-])", text[last : anaphor.start])
    )


def _one_person_noun(word: str, lang: str) -> bool:
    """Whether ``word``, the head of a phrase, names one person: a person noun of
    ``coref_person_nouns`` or a position or role (:func:`_person_head`, English), a noun of
    ``human_nouns`` or ``person_role_nouns`` ("a teenager", "a pensioner"), or a nationality noun
    (``coref_nationality_nouns``: "a Briton")."""
    low = _uncapitalised(word).lower()
    return (
        (lang == "en" and _person_head(low)) or low in _nationality_nouns(lang)
        or any(low in word_sets(name).get(lang, frozenset()) for name in ("human_nouns", "person_role_nouns"))
    )


@cache
def _client_sides(lang: str) -> dict[str, str]:
    """``coref_client_nouns``: noun -> "client" or "counsel"."""
    return {r[0]: r[1] for r in _safe_rows(lang, "coref_client_nouns") if len(r) > 1}


def _represented(tok: Token, lang: str) -> Token | None:
    """The person a client noun stands for: ``tok`` a singular client noun (``coref_client_nouns``)
    a possessive pronoun determines, in a clause reported by a verb whose subject is a lawyer noun
    with a possessor or a "for" complement ("Dunn's lawyer said his client", "His attorney said her
    client", "Lawyers for Tom Hale said their client"): that possessor or complement, else None."""
    sides = _client_sides(lang)
    if sides.get(tok.lemma_.lower()) != "client" or tok.tag_ not in ("NN",) or tok.i == 0:
        return None
    owner = tok.doc[tok.i - 1]
    if owner.dep_ != "poss" or owner.head.i != tok.i or owner.pos_ != "PRON" or any(c.i != owner.i for c in tok.lefts):
        return None
    clause = tok.head
    for _ in range(3):  # the clause, up to the verb of saying that reports it
        if clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if sides.get(subject.lemma_.lower()) != "counsel":
                continue
            for c in subject.children:
                if c.dep_ == "poss":
                    return c
                if c.dep_ == "prep" and c.lower_ == "for":
                    return next((p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
            return None
    return None


def _formerly(entity: Entity, noun: str, text: str, before: int, lang: str, *, others: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the text, before ``before``, said that the person ``entity`` held the office ``noun``
    names in the past: a word of ``former_words`` (or "ex-") before its title ("former Senator Tom
    Reed") or opening a description next to one of its names with ``noun`` in it ("Tom Reed, a
    former senator", "the former chief executive of Acme, Ann Cole"). Not when the name of another
    person (``others``: spans) stands between that word and the name ("Former Prime Minister Ann
    Cole criticised Finance Minister Tom Hale": no former minister Hale), nor a description after
    the name that opens with more than one word before the former word ("Ann Cole, and its former
    chairman, Tom Hale", "Ann Cole, who replaced former chairman Tom Hale": not Cole) (rvc34)."""
    if entity.type != "PER" or not noun:
        return False
    former = "|".join(re.escape(w) for w in sorted(_words(lang, "former_words"))) or "former"
    word = re.compile(rf"(?<![\w-])(?:{former})\s+|(?<![\w-])ex-", re.IGNORECASE)

    def says_office(phrase: str) -> bool:
        return noun in re.findall(r"[\w-]+", phrase) or noun in re.findall(r"\w+", phrase)  # "ex-Governor"

    def someone_else(a: int, b: int) -> bool:
        return any(a <= o[0] and o[1] <= b for o in others)

    for m in entity.mentions:
        if m.end > before:
            continue
        ahead_at = max(0, m.start - 80)
        lead = re.search(r"[^,.;:\n]*,?\s*$", text[ahead_at : m.start])
        if lead is not None:
            hit = next(iter(reversed(list(word.finditer(lead.group(0))))), None)  # the former word nearest the name
            at = ahead_at + lead.start() + hit.start() if hit is not None else -1
            if hit is not None and not someone_else(at, m.start):
                if says_office(text[at : m.start].lower()) or noun in (w.lower() for w in m.text.split()[:-1]):  # "former Senator Tom Reed"
                    return True
        after = re.match(r"\s*,\s*([^,.;:\n]*)", text[m.end : m.end + 80])
        if after is not None:
            phrase = after.group(1)
            hit = word.search(phrase)
            at = m.end + after.start(1)
            if hit is not None and len(phrase[: hit.start()].split()) <= 1 and not someone_else(at, at + len(phrase)):
                if says_office(phrase[hit.start() :].lower()):  # "a former chairman", "Acme's former chairman"
                    return True
    return False


def _nationality_article(tok: Token, lang: str) -> Token | None:
    """The definite article of a nationality noun that names one person ("the Spaniard", "the
    Frenchwoman", "the Briton": ``coref_nationality_nouns``), else None: singular, "the" its only
    left dependent, no noun after it ("the Dutchman's goal" is still his, "the Briton Jane Roe" an
    apposition the name takes). Nationality adjectives ("the German") are left out: they name a
    language, a team or a company as often."""
    if tok.lower_ not in _nationality_nouns(lang) or tok.i == 0 or not tok.text[:1].isupper() or tok.tag_ in ("NNS", "NNPS"):
        return None
    if tok.dep_ in _MODIFIER_DEPS:
        return None
    article = tok.doc[tok.i - 1]
    if article.lower_ != "the" or article.head.i != tok.i or any(c.i != article.i for c in tok.lefts):
        return None
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper() and tok.doc[tok.i + 1].is_alpha:
        return None
    if any(c.dep_ == "appos" and not c.like_num for c in tok.rights) or any(c.dep_ == "appos" for r in tok.rights if r.dep_ == "relcl" for c in r.subtree):
        # "The Dutchman who founded Voltaic, Piet van Dam, said": the name the phrase gives later;
        # an age set off is none ("The Briton, 24, will face": c39a)
        return None
    return article


# The words right before a person's name on its line: a nationality adjective and up to two
# lower-case words ("Australian Jack Wills", "Belgian rider Pieter Claes"), or a country's possessive
# ("Britain's Emma Clarke", "Spain's top seed Rafael Ortega").
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+)?)((?: [a-z][\w-]*){0,2}) $")
_COUNTRY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})['’]s((?: [a-z][\w-]*){0,2}) $")
# A country right after the name: "Maria Santos of Brazil", "Tom Fisher of the United States",
# "Pieter Claes (Belgium)".
_COUNTRY_AFTER = re.compile(r"(?: of (?:the )?| \()([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")


def _demonym_holder(
    anaphor: Anaphor, entities: Sequence[Entity], refs: Sequence[Sequence[Reference]], origins: Mapping[int, set[str]],
    paragraph_of: Callable[[int], int],
) -> tuple[int, Span, str] | None:
    """The one person the text gave the country of the nationality adjective ``anaphor`` ("The
    Australian"), named or taken up at most three paragraphs before it, with the evidence; None when
    no one or several are."""
    here = paragraph_of(anaphor.start)
    found: dict[int, tuple[int, int, str]] = {}
    for e, countries in origins.items():
        if anaphor.demonym not in countries or entities[e].type != "PER":
            continue
        spans = [(m.start, m.end, m.text) for m in entities[e].mentions] + [(r.start, r.end, r.text) for r in refs[e]]
        before = [x for x in spans if x[1] <= anaphor.start and here - paragraph_of(x[0]) <= 3]
        if before:
            found[e] = max(before)
    if len(found) != 1:
        return None  # "Australian Jack Wills ... Australian Ben Cole ... The Australian": which one?
    e, (a, b, words) = next(iter(found.items()))
    return e, Span(a, b, words), f"nationality: '{anaphor.text}' -> '{words}' (the one person of that country)"


def _name_origins(text: str, entities: Sequence[Entity]) -> dict[int, frozenset[str]]:
    """The countries (QIDs) the words around an English person's name give them: a nationality
    adjective before it ("Australian Jack Wills"), a country's possessive ("Britain's Emma
    Clarke"), an "of" phrase or brackets after it ("Maria Santos of Brazil", "Pieter Claes
    (Belgium)"). A nationality noun or adjective ("the Briton", "The Australian") takes up no
    person of another country, and prefers the one of its own (c39a)."""
    adjectives = _demonym_adjectives("en")
    countries = _demonyms("en")
    out: dict[int, frozenset[str]] = {}
    for e, entity in enumerate(entities):
        if entity.type != "PER":
            continue
        found: set[str] = set()
        for m in entity.mentions:
            line = text.rfind("\n", 0, m.start) + 1
            before = text[max(line, m.start - 50) : m.start]
            words = m.text.split()
            if len(words) > 2 and (qid := adjectives.get(normalise_name(words[0]))) is not None:
                found.add(qid)  # the mention holds it: "Belgian Pieter Claes"
            if (hit := _ADJECTIVE_BEFORE.search(before)) is not None and _titles_name(hit.group(2)):
                phrase = hit.group(1)
                qid = adjectives.get(normalise_name(phrase)) or adjectives.get(normalise_name(phrase.split()[-1]))
                if qid is not None:
                    found.add(qid)
            if (hit := _COUNTRY_POSSESSIVE_BEFORE.search(before)) is not None and (qid := countries.get(normalise_name(hit.group(1)))) is not None:
                found.add(qid)
            if (hit := _COUNTRY_AFTER.match(text, m.end)) is not None:
                name = hit.group(1)
                qid = countries.get(normalise_name(name)) or countries.get(normalise_name("the " + name))
                if qid is not None and normalise_name(name) not in adjectives:
                    found.add(qid)
        if found:
            out[e] = frozenset(found)
    return out


def _titles_name(words: str) -> bool:
    """Whether the lower-case ``words`` between a nationality adjective and a person's name end in
    a word of that person ("Belgian rider Pieter Claes", "Canadian minister Paul Roy"), or are none
    ("Australian Jack Wills"): "The Australian government said Jack Wills", "Chinese police
    arrested Tom Ray" give the adjective to another noun (review rvc39)."""
    last = words.split()[-1:]
    return not last or _one_person_noun(last[0], "en") or last[0] in _role_title_words("en") or any(
        last[0] in word_sets(name).get("en", frozenset()) for name in ("employee_nouns", "person_apposition_nouns")
    )


@cache
def _demonym_adjectives(lang: str) -> dict[str, str]:
    """The nationality adjectives of ``demonyms.tsv`` ("australian", "american") -> country QID:
    its words that are none of the country's own names ("us", "britain" are names)."""
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.knowledge.institutions import tables

    gaz = default_gazetteer()
    out: dict[str, str] = {}
    for word, qid in tables(gaz).demonyms.get(lang, {}).items():
        record = gaz.by_id(qid)
        if record is not None and word not in {normalise_name(n) for n in record.names()}:
            out[word] = qid
    return out


def _demonym_subject(tok: Token, lang: str) -> str | None:
    """The country (QID) of a capitalised English nationality adjective used as the noun of a
    clause's subject, after "the" alone ("The Australian now leads the race", "The American said"),
    else None. Only a subject: "the Italian" as an object or after a preposition names a language
    or a team as often; not before another capitalised word ("The American Red Cross")."""
    if lang != "en" or tok.i == 0 or not tok.text[:1].isupper() or tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ in ("NNS", "NNPS"):
        return None
    qid = _demonym_adjectives(lang).get(normalise_name(tok.text))
    if qid is None or tok.lower_ in _collective_demonyms(lang):
        return None
    article = tok.doc[tok.i - 1]
    if article.lower_ != "the" or article.head.i != tok.i or any(c.i != article.i for c in tok.lefts):
        return None
    if any(c.dep_ not in ("punct", "relcl", "acl") and not (c.dep_ == "appos" and c.like_num) for c in tok.rights):
        return None  # "The American Red Cross", "the American team": no person; an age set off is ("The American, 24,")
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper() and tok.doc[tok.i + 1].is_alpha:
        return None
    return qid


@cache
def _nationality_nouns(lang: str) -> dict[str, str]:
    """``coref_nationality_nouns``: lower-case noun -> the gender it gives ("m", "f" or "-")."""
    return {r[0]: r[1] for r in _safe_rows(lang, "coref_nationality_nouns") if len(r) > 1}


@cache
def _nationality_adjectives(lang: str) -> dict[str, str]:
    """``coref_nationality_nouns``: lower-case noun -> its nationality adjective ("spaniard" -> "Spanish")."""
    return {r[0]: r[2] for r in _safe_rows(lang, "coref_nationality_nouns") if len(r) > 2}


@cache
def _collective_demonyms(lang: str) -> frozenset[str]:
    """The nationality adjectives that have a noun of their own for one person
    (``coref_nationality_nouns``: "Irish" has "Irishman", "Dutch" "Dutchman"): "the Irish", "the
    Dutch" after "the" are the people or the team, never one person (review rvc39). "Filipino",
    its own noun, is not one."""
    return frozenset(adj.lower() for noun, adj in _nationality_adjectives(lang).items() if adj.lower() != noun)


@cache
def _age_units(lang: str) -> dict[str, tuple[frozenset[str], int]]:
    """The head word of an age used as a noun, its unit words and the largest age of a person in
    its units (``coref_age_heads``)."""
    try:
        table = rows(lang, "coref_age_heads")
    except KGError:
        return {}
    return {r[0]: (frozenset(r[1].split(",")), int(r[2])) for r in table}


def _short_form(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a capitalised noun of ``coref_short_form_nouns`` that "the" alone
    determines, the short form of a longer name ("The Commission said", "approved by the
    Administration"): no word of its own before it (then it is a name: "the Federal Commission")
    and no name after it ("the Commission of the European Union", "the Commission spokesman" are
    other phrases). A Title Case line ("The Commission Fines Zorbatel") says nothing: its words are
    all capitalised."""
    if tok.pos_ not in ("PROPN", "NOUN") or tok.i == 0 or not tok.text[:1].isupper() or not tok.text[1:].islower():
        return False
    if tok.lower_ not in _words(lang, "coref_short_form_nouns") or tok.dep_ in _MODIFIER_DEPS:
        return False
    article = tok.doc[tok.i - 1]
    if article.lower_ != "the" or article.head.i != tok.i or any(c.i != article.i for c in tok.lefts):
        return False
    if tok.i + 1 < len(tok.doc):
        after = tok.doc[tok.i + 1]
        if after.lower_ == "of" or after.text[:1].isupper() and after.is_alpha:
            return False
    return True


class _RoleHolders:
    """The persons earlier appositions gave a role at an organisation ("Fritz Henderson , Kestrel 's
    chief executive ,"), indexed by (a word of the apposition, an entity named inside it), so that a
    possessed role phrase finds its holders in constant time, not by reading every apposition
    before it (a long text of appositions and role phrases stays linear). An apposition is indexed
    at the first look-up after it ends, when the references inside it are resolved."""

    def __init__(self, text: str, entity_at: Callable[[tuple[int, int]], tuple[int, int, int] | None]) -> None:
        self._text = text
        self._entity_at = entity_at
        self._pending: list[tuple[int, Reference]] = []
        self._holders: dict[tuple[str, int], dict[int, Reference]] = {}
        self._employers: dict[int, dict[int, Reference]] = {}

    def add(self, e: int, r: Reference) -> None:
        """Note the appositive reference ``r`` of entity ``e``."""
        if r.kind == "appositive":
            self._pending.append((e, r))

    def _index(self, before: int) -> None:
        kept = []
        for e, r in self._pending:
            if r.end > before:
                kept.append((e, r))
                continue
            words = set(re.findall(r"[a-z-]+", r.text.lower()))
            if words & _words(r.lang, "former_words") or any(w.startswith("ex-") for w in words):
                continue  # "Jan Brack , Kestrel 's former chief executive ,": no longer its chief executive
            named = _named_inside(r, self._entity_at) - {e}
            if words & _work_role_words(r.lang):
                # only a role held at the organisation makes it the person's company ("an analyst
                # at Kerrow"), never another tie ("a critic of Meridian Bank", "a shareholder in
                # Halvard Energy", "leader of the Forza Italia party")
                for owner in named:
                    self._employers.setdefault(e, {}).setdefault(owner, r)
            for word in words:
                for owner in named:
                    self._holders.setdefault((word, owner), {}).setdefault(e, r)
        self._pending = kept

    def holder(self, anaphor: Anaphor) -> tuple[int, Span, str] | None:
        """The one person an earlier apposition gave the role of a possessed role phrase at the same
        organisation ("Fritz Henderson , Kestrel 's chief executive , said ... The company 's chief
        executive said": the apposition holds a mention of the company and the role's head noun),
        with that apposition and the evidence; None when the possessor is no organisation taken up
        or no person, or several, fit."""
        if anaphor.role_owner is None or anaphor.noun is None:
            return None
        owner = self._entity_at(anaphor.role_owner)
        if owner is None:
            return None
        self._index(anaphor.start)
        head = self._text[anaphor.noun[0] : anaphor.noun[1]].lower()
        holders = self._holders.get((head, owner[2]), {})
        if len(holders) != 1:
            return None
        e, r = next(iter(holders.items()))
        return e, Span(r.start, r.end, r.text), f"role of the same organisation: '{anaphor.text}' = '{r.text}'"

    def employer(self, anaphor: Anaphor, organisations: Callable[[int], bool]) -> tuple[int, Span, str] | None:
        """The one organisation (``organisations``) an earlier apposition of the person a possessive
        stands for named ("Vantor's sales chief, Jim Lentz, said his company": Vantor), with that
        apposition and the evidence; None when the possessive took up no one, or the appositions
        named no organisation or several."""
        if anaphor.employee is None:
            return None
        person = self._entity_at(anaphor.employee)
        if person is None:
            return None
        self._index(anaphor.start)
        found = {o: r for o, r in self._employers.get(person[2], {}).items() if organisations(o)}
        if len(found) != 1:
            return None
        e, r = next(iter(found.items()))
        return e, Span(r.start, r.end, r.text), f"the company of its holder: '{anaphor.text}' -> '{r.text}'"


@cache
def _work_role_words(lang: str) -> frozenset[str]:
    """The words of a role a person holds at an organisation that employs them: the heads of
    ``role_titles`` ("chief executive", "director"), ``employee_nouns`` ("analyst", "engineer") and
    ``apposition_roles`` ("head", "boss", "founder")."""
    try:
        titles = word_map(lang, "role_titles")
    except Exception:  # a language without the list (French)
        titles = {}
    heads = frozenset(w for w, kind in titles.items() if kind == "head")
    return heads | _words(lang, "employee_nouns") | _words(lang, "apposition_roles")


def _named_inside(r: Reference, entity_at: Callable[[tuple[int, int]], tuple[int, int, int] | None]) -> set[int]:
    """The entities a mention of which starts at a word of the reference ``r`` and lies inside it."""
    found = set()
    offset = 0
    for word in r.text.split(" "):
        hit = entity_at((r.start + offset, r.start + offset + max(1, len(word))))
        if hit is not None and hit[0] >= r.start and hit[1] <= r.end:
            found.add(hit[2])
        offset += len(word) + 1
    return found


class _ShortForms:
    """The mentions of organisations whose name of several words ends in a given word, by that word
    and entity, in text order: a short form ("the Commission") finds the names it may take up
    without reading every mention of the text (a long text of short forms stays linear)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._by_word: dict[str, dict[int, tuple[list[int], list[EntityMention]]]] = {}
        for e, entity in enumerate(entities):
            if entity.type != "ORG":
                continue
            for m in sorted(entity.mentions, key=lambda m: (m.end, m.start)):
                words = m.text.split()
                if len(words) > 1:
                    ends, mentions = self._by_word.setdefault(words[-1].lower(), {}).setdefault(e, ([], []))
                    ends.append(m.end)
                    mentions.append(m)

    def owner(self, anaphor: Anaphor, text: str) -> tuple[int, Span] | None:
        """The one organisation named before a short form whose name of several words ends in the
        short form's noun ("the European Commission" for "the Commission"), with its last such
        mention; None when no organisation or several fit ("the European Commission and the
        Federal Trade Commission ... the Commission")."""
        if anaphor.noun is None:
            return None
        found: tuple[int, EntityMention] | None = None
        for e, (ends, mentions) in self._by_word.get(text[anaphor.noun[0] : anaphor.noun[1]].lower(), {}).items():
            k = bisect.bisect_right(ends, anaphor.start)
            if k == 0:
                continue
            if found is not None:
                return None  # two organisations end in the word: which one is a guess
            found = e, mentions[k - 1]  # the last before the short form
        if found is None:
            return None
        e, m = found
        return e, Span(m.start, m.end, m.text)


def _index_name_before(tok: Token, lang: str) -> tuple[Token, Token] | None:
    """The first and last tokens of the name right before a stock market index noun ("the FTSE
    100 index", "the Nikkei 225 average": ``coref_nouns`` of type FIN), a name or a name and its
    number, when the name is the noun's own (compound or number), or None. Lower-case modifiers of
    the index (``coref_index_modifiers``) may stand between them: "the Nasdaq composite index"."""
    if lang != "en" or tok.i < 1 or tok.pos_ != "NOUN" or _nouns(lang).get(tok.lower_, ("",))[0] != "FIN":
        return None
    doc = tok.doc
    last_i = tok.i - 1
    # "the Nasdaq composite index": a modifier of the index between its name and its noun
    while last_i > 0 and doc[last_i].is_lower and doc[last_i].head.i == tok.i and doc[last_i].lower_ in _index_modifiers(lang):
        last_i -= 1
    before = doc[last_i]
    if last_i < tok.i - 1 and not (_is_name_token(before) and before.head.i == tok.i):
        return None
    if before.like_num and last_i >= 1 and _is_name_token(doc[last_i - 1]):
        first = doc[last_i - 1]  # "FTSE 100": the number belongs to the name
        if not (before.head.i in (tok.i, first.i) and first.head.i in (tok.i, before.i) and tok.i in (before.head.i, first.head.i)):
            return None
    elif _is_name_token(before) and before.head.i == tok.i and before.dep_ in ("compound", "nn", "flat", "nmod"):
        first = before
    else:
        return None
    while first.i > 0 and _is_name_token(doc[first.i - 1]) and doc[first.i - 1].head.i in (first.i, tok.i):
        first = doc[first.i - 1]
    return first, before


@cache
def _name_phrase_dependents(lang: str) -> dict[str, str]:
    """``coref_name_phrase_dependents``: dependency label -> side (``left`` / ``right``); empty for
    a language without the list."""
    return {r[0]: r[1] for r in _safe_rows(lang, "coref_name_phrase_dependents") if len(r) > 1}


def _name_phrase(head: Token, deps: Mapping[str, str]) -> tuple[int, int] | None:
    """The noun phrase the name ending with ``head`` heads, with the dependents ``deps`` lets in on
    each side and all they govern, on the head's line (character offsets of its Doc); None when
    it adds no word but a determiner to the name's own tokens."""
    doc = head.doc
    text = doc_text(doc)
    first, last = head.i, head.i
    for child in head.children:
        side = deps.get(child.dep_)
        if side == "left" and child.i < head.i:
            if any(t.ent_type_ in _TIME_TYPES or t.like_num for t in doc[child.left_edge.i : child.right_edge.i + 1]):
                continue  # "Police say Tuesday John Smith shot ...": a date or a number describes no one
            verb = _clause_verb(doc[child.left_edge.i : child.i + 1])
            if verb is not None:
                # "Club Real Carmona sacked coach Luis Ortega" misread as one noun phrase: the
                # phrase starts after the verb ("coach Luis Ortega")
                first = min(first, verb.i + 1)
                continue
            first = min(first, child.left_edge.i)
        elif side == "right" and child.i > head.i:
            last = max(last, child.right_edge.i)
    # "Telecom group Vexa and cable operator Linkway said" misread as one noun phrase: a
    # coordinating conjunction right after another name before this one ends that name's
    # conjunct, the phrase starts after it (not a conjunction inside a name, "Procter and Gamble",
    # nor one of common nouns, "research and development chief Jane Roe")
    name_first = head.i
    while name_first > first and doc[name_first].ent_iob_ == "I" and doc[name_first - 1].ent_type_ == head.ent_type_:
        name_first -= 1
    cut = _conjunct_after_name(list(doc[first + 1 : name_first]))
    if cut is not None:
        first = cut + 1
    # (the phrase stays on the head's line; searched between the edge and the head only, so that a
    # long text without line breaks costs no scan per name)
    while first < head.i and (doc[first].is_punct or "\n" in text[doc[first].idx : head.idx]):
        first += 1
    while last > head.i and (doc[last].is_punct or "\n" in text[head.idx : doc[last].idx]):
        last -= 1
    if all(t.i == head.i or t.dep_ == "det" for t in doc[first : last + 1]):
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    if not _balanced(text[start:end]):
        return None  # "the group 'Siemens Mobility'": the quotation mark opens in the phrase, closes after it
    return start, end


def _clause_verb(tokens: Sequence[Token]) -> Token | None:
    """The last verb of words a parse put before a name's head that read as a clause, not a noun
    phrase: a finite verb ("sacked", "names", "hire"), or a past participle right after a name
    ("Real Carmona sacked coach Luis Ortega"), unlike "the newly elected Mayor John Smith"; None
    when there is none."""
    verbs = [t for t in tokens if t.tag_ in ("VBD", "VBZ", "VBP") or (t.tag_ == "VBN" and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN")]
    return verbs[-1] if verbs else None


_PAIRS = (("(", ")"), ("[", "]"), ("«", "»"), ("“", "”"))


def _balanced(span: str) -> bool:
    """No bracket or quotation mark left open or closed in ``span`` (double quotes in pairs; a single
    quote opening a word needs one closing a word, the possessive " 's" of tokenised text aside)."""
    if any(span.count(a) != span.count(b) for a, b in _PAIRS) or span.count('"') % 2:
        return False
    return not re.search(r"(?:^|\s)['‘](?!s\b)\w", span) or bool(re.search(r"\w['’](?:\s|$)", span))


def _misread_verb(tok: Token) -> bool:
    """A noun right after an infinitive marker ("was set to land in Sydney": "to" read as a particle,
    or as the noun's own auxiliary): a verb the tagger misread, no phrase."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.lefts):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.pos_ == "PART" and before.tag_ == "TO" and not any(True for _ in tok.lefts)


def _adverbial(tok: Token, lang: str) -> bool:
    """A bare noun that ends a set phrase with the preposition before it ("people on board", "go
    into service", « à bord »; ``coref_adverbial_phrases``): it heads no phrase of an entity."""
    if tok.i == 0 or any(True for _ in tok.lefts):
        return False
    doc = tok.doc
    phrases = _words(lang, "coref_adverbial_phrases")
    return any(" ".join(t.lower_ for t in doc[k : tok.i + 1]) in phrases for k in (tok.i - 1, tok.i - 2) if k >= 0)


def _partitive(tok: Token, lang: str) -> bool:
    """Whether a pronoun is the complement of a quantifier's "of" ("none of them", "most of
    them", "two of them"; ``coref_partitive_quantifiers``, or a number)."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "nmod", "obl") or prep.lower_ not in _words(lang, "coref_partitive_prepositions"):
        return False
    quantifier = prep.head
    return quantifier.lower_ in _words(lang, "coref_partitive_quantifiers") or quantifier.like_num


def _coordination(tok: Token) -> tuple[int, int] | None:
    """The span of the noun phrases ``tok`` heads with the ones coordinated to it ("Northrop
    Grumman and Airbus parent EADS", "a 30GB edition and a 60GB edition", "its name and logo"):
    ``tok`` is a noun or a name that modifies no other noun and is no conjunct itself, it has a
    coordinating conjunction and a noun or name conjunct, and the phrase is everything ``tok``
    governs on its line (MEANTIME's extent: complements and clauses included). None for any other
    token, for dates ("June and July"), for nouns before the noun they modify ("plastic and carbon
    composites") or after a preposition that completes a noun ("the home of Acme and Beta": that
    noun's phrase is the mention), for roles ("chief executive and co-founder Jane Roe": a
    description of the person) and for a span with an unmatched bracket."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in _MODIFIER_DEPS or tok.dep_ == "conj" or tok.ent_type_ in _TIME_TYPES:
        return None
    children = list(tok.rights)
    if not any(c.dep_ == "cc" for c in children):
        return None
    if not any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in _TIME_TYPES for c in children):
        return None
    if tok.i < tok.head.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return None  # nouns before their head noun ("plastic and carbon composites"): that noun's phrase
    if tok.dep_ in ("pobj", "nmod") and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return None  # the complement of another noun ("the home of Acme and Beta"): that noun's phrase
    conjuncts = [tok, *(c for c in children if c.dep_ == "conj")]
    if any(_label_key(c.text) in load_roles().labels for c in conjuncts):
        return None  # roles ("chief executive and co-founder Jane Roe"): a description of a person
    a, b = _apposition_span(tok)
    span = doc_text(tok.doc)[a:b]
    if span.count("(") != span.count(")"):
        return None  # a bracket opened or closed inside: no phrase of its own
    return a, b


_INCISE_MARKS = frozenset({",", "»", "”", '"'})
_QUOTE_CLOSERS = frozenset({"»", "”", '"'})


def _apposed_to_subject_phrase(tok: Token) -> bool:
    """Whether the French name ``tok`` follows a comma as an apposition the parser hung on a « de »
    complement inside a subject's phrase (« le directeur des opérations de l'ONG, Karim Haddad »:
    on « opérations »): the name of the subject, in subject position (or a postposed speaker's)."""
    if tok.pos_ != "PROPN" or tok.dep_ != "appos" or tok.i == 0 or tok.nbor(-1).text != ",":
        return False
    head = tok.head
    for _ in range(3):
        if head.dep_ != "nmod" or head.head.i >= head.i:
            return False
        head = head.head
        if head.pos_ == "NOUN" and (head.dep_ in _SUBJ or head.dep_ in _PASS_SUBJ or _postposed_speaker(head)):
            return True
    return False


def _postposed_speaker(tok: Token) -> bool:
    """Whether the French noun or name ``tok`` is the postposed subject of a verb of saying
    (``fr/reporting_verbs``) set off as an incise after a comma or a quotation (« « … », a expliqué
    le directeur de l'ONG, Karim Haddad », « …, a indiqué la préfecture »), which the parser reads as
    the verb's object, or a name in apposition to it: the speaker, a subject for salience (« Il a
    précisé » next takes it up). Not an object after a verb with a subject of its own."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in ("appos", "flat:name") and tok.head.i < tok.i:
        tok = tok.head
    else:
        # « a déclaré son PDG, Marc Delorme »: the name the parser made a conjunct of the noun or a
        # complement of the verb
        tok = _incise_name_noun(tok) or tok
    verb = tok.head
    if tok.dep_ not in _OBJ or verb.pos_ != "VERB" or verb.i > tok.i:
        return False
    if verb.lemma_.lower() not in word_set("fr", "reporting_verbs"):
        return False
    if any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ or c.dep_ == "mark" for c in verb.children):
        return False
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    return first > 0 and verb.doc[first - 1].text in _INCISE_MARKS and _incise_after_quotation(verb.doc, first)


def _incise_name_noun(tok: Token) -> Token | None:
    """The noun before the French name ``tok`` that a comma sets the name off as the apposition of,
    at the end of its sentence, when the parser made the name a conjunct of the noun (« a déclaré
    son PDG, Marc Delorme. ») or a complement of the verb whose object the noun is (« a expliqué sa
    directrice financière, Sophie Marchal. »); None otherwise (« le maire, Paul Roux et Anne Petit »)."""
    if tok.pos_ != "PROPN" or not tok.i or tok.doc[tok.i - 1].text != ",":
        return None
    doc = tok.doc
    last = tok.right_edge.i  # the subtree's last word, kept by spaCy (no walk of the subtree)
    if not all(t.is_punct for t in doc[last + 1 : tok.sent.end]) or any(c.dep_ == "cc" for c in tok.children):
        return None
    if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "NOUN":
        return None if any(c.dep_ == "cc" for c in tok.head.children) else tok.head
    if not tok.dep_.startswith("obl") or tok.head.pos_ != "VERB":
        return None
    noun = next((c for c in tok.head.children if c.dep_ in _OBJ and c.pos_ == "NOUN" and c.i < tok.i), None)
    if noun is None or noun.right_edge.i != tok.i - 2:
        return None
    return noun


def _incise_after_quotation(doc: Doc, first: int) -> bool:
    """Whether the French reporting incise whose verb group opens at ``first`` follows a quotation
    (« « Nous manquons de bénévoles », a expliqué le directeur », « « Nous partirons, a dit le maire,
    dès demain » »): its speaker is the sentence's only person, the next pronoun's. After a clause
    with a subject of its own (« Le joueur a été transféré à Lyon, a annoncé le club. Il a signé »),
    that subject stays the topic."""
    prev = doc[first - 1]
    if prev.text in _QUOTE_CLOSERS:
        return True
    if prev.text != "," or first < 2:
        return False
    if doc[first - 2].text in _QUOTE_CLOSERS:
        return True
    before = doc[prev.sent.start : first]
    return sum(t.text == "«" for t in before) > sum(t.text == "»" for t in before)


def _misparsed_subject(tok: Token) -> bool:
    """Whether ``tok`` is a name the parser made the root of "Name , apposition , verbed ..." with
    the verb as its clause modifier ("Chrysler , the No. 3 automaker , filed for bankruptcy"), or
    a modifier of the verb whose subject is the apposition after it ("Sony , the Japanese
    electronics maker , also reported": "Sony" npadvmod, "maker" nsubj): the subject of that verb."""
    if tok.pos_ != "PROPN" or tok.lang_ != "en":
        return False
    if tok.dep_ in ("npadvmod", "dep") and tok.head.pos_ in ("VERB", "AUX") and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ",":
        # the apposition's head is the verb's subject, and a comma closes it before the verb
        return any(c.dep_ in _SUBJ and tok.i < c.i < tok.head.i and c.nbor(1).text == "," for c in tok.head.children)
    if tok.dep_ != "ROOT":
        return False
    children = list(tok.children)
    appos = [c for c in children if c.dep_ == "appos" and c.i > tok.i]
    return bool(appos) and any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > appos[0].i and c.nbor(-1).text == "," for c in children
    )


def _trailing_reporter(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb of saying (``en/reporting_verbs``) that follows the
    clause it reports ("Chrysler filed for bankruptcy on Thursday, the White House said"): the
    reported clause's subject is what the text is about, and the source is no topic a later
    description takes up before it ("The automaker will ..."; an aside, not a subject)."""
    verb = tok.head.head if tok.dep_ == "appos" else tok.head
    if verb.lemma_.lower() not in word_set("en", "reporting_verbs"):
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and c.i < tok.i for c in verb.children)


def _owner_of_abstract(tok: Token, lang: str) -> Token | None:
    """The name that owns an abstract subject (« L'action de Samsung était en baisse », "Apple's
    decision was"): the subject names no participant, so its owner is as salient as a subject."""
    if tok.pos_ != "NOUN" or _entity_like(tok.lemma_.lower(), lang):
        return None
    for child in tok.children:
        if not _is_named(child) or child.i < tok.i and child.dep_ not in ("poss", "nmod:poss"):
            continue
        if child.dep_ in ("poss", "nmod:poss"):
            return child
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in word_set("xx", "genitive_prepositions") for c in child.children):
            return child
    return None


def _owner_of_role(tok: Token, lang: str) -> Token | None:
    """The name that owns a role subject ("Pakistan's foreign minister said the country ...",
    "Acme's chief executive said", "Acme's chief executive Jan Roe said"): its holder speaks for
    it, so the owner is as salient as a subject."""
    if lang != "en":
        return None
    if tok.pos_ == "PROPN":
        # "Nvidia's chief executive Jensen Huang said": the role is a compound of the holder's name
        role = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i), None)
        return _owner_of_role(role, lang) if role is not None else None
    if tok.pos_ != "NOUN" or _label_key(tok.text) not in load_roles().labels:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i and _is_named(c)), None)


def _owner_of_members(tok: Token, lang: str) -> Token | None:
    """The name that owns a plural subject of its people (``coref_member_nouns``: "Opel 's workers
    staged protests at its plants", "Members of the union voted", "Acme employees walked out"): the
    group is no antecedent of a singular pronoun, and its owner is as salient as a subject. English
    only; the owner is a possessor, a name before the noun or a name after "of"."""
    if lang != "en" or tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in _words(lang, "coref_member_nouns"):
        return None
    for child in tok.children:
        if child.i < tok.i and child.dep_ in ("poss", "compound") and _is_named(child):
            return child  # "Opel 's workers", "Acme employees"
        if child.i > tok.i and child.dep_ == "prep" and child.lower_ == "of":
            for c in child.children:
                if c.dep_ != "pobj":
                    continue
                if _is_named(c):
                    return c  # "Members of Acme"
                # "Members of the United Auto Workers union": the name before the noun of its kind
                return next((n for n in c.lefts if n.dep_ == "compound" and _is_named(n)), None)
    return None


def _seat_article(tok: Token, lang: str) -> Token | None:
    """The article of a description of an organisation by its seat, "the <city> , <region>-based
    <noun>", that the parser split into the city with "the" and the rest as its apposition ("The
    Charlotte , North Carolina-based bank"): "the", when ``tok`` is the apposition's noun (or a
    conjunct after a comma alone, as the parser reads it before some verbs: "... bank will pay"), a
    seat participle (``coref_seat_participles``) modifies it and the city is a place name."""
    if lang != "en" or tok.pos_ != "NOUN" or tok.dep_ not in ("appos", "conj") or tok.tag_ == "NNS":
        return None
    city = tok.head
    if city.ent_type_ not in ("GPE", "LOC") or city.i > tok.i:
        return None
    if tok.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") for c in city.children):
        return None  # a conjunct after a comma alone is the same misparsed apposition; "and" makes it another thing
    seat = _words(lang, "coref_seat_participles")
    if not any(c.dep_ == "amod" and c.lower_ in seat and c.i < tok.i for c in tok.children):
        return None
    return next((c for c in city.children if c.dep_ == "det" and c.lower_ == "the" and c.i == city.left_edge.i), None)


def _employee_possessive(tok: Token, lang: str) -> Token | None:
    """The person's possessive ("his", "her": of ``coref_pronouns``, a person's only) that alone determines a
    singular company noun (``coref_business_nouns``): "his company", "her firm"; None otherwise
    ("his own company", "his former firm", "his companies" are other things)."""
    if tok.pos_ != "NOUN" or tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() not in _words(lang, "coref_business_nouns"):
        return None
    lefts = list(tok.lefts)
    if len(lefts) != 1 or lefts[0].dep_ not in ("poss", "nmod:poss", "det:poss"):
        return None
    pronoun = _pronouns(lang).get(lefts[0].lower_)
    return lefts[0] if pronoun is not None and pronoun[3] == frozenset({"PER"}) else None


def _role_possessor(tok: Token, lang: str, nouns: Mapping[str, tuple[str, str]]) -> Token | None:
    """The possessor of a role noun that an organisation determines ("the company 's chief
    executive", "its chief executive", "Kestrel 's chief executive" said): "its", a definite
    organisation noun of ``coref_nouns`` or a name. English only; not a role with a complement or
    clause after it ("its chief executive for Europe"), nor one in apposition to a name (an
    apposition, resolved as such), nor a plural."""
    if lang != "en" or tok.pos_ != "NOUN" or not tok.is_lower or _label_key(tok.text) not in load_roles().labels:
        return None
    if tok.dep_ in _MODIFIER_DEPS or tok.dep_ == "appos" or tok.tag_ == "NNS" or any(c.i > tok.i and not c.is_punct for c in tok.children):
        return None
    owner = next((c for c in tok.children if c.dep_ in ("poss", "nmod:poss") and c.i < tok.i), None)
    if owner is None:
        return None
    if owner.lower_ == "its":
        return owner
    if any(c.dep_ in ("poss", "nmod:poss") for c in owner.children):
        return None  # "the company 's unit 's chief executive": another organisation
    if owner.pos_ == "PROPN" and _is_named(owner):
        return owner
    determined = any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    if owner.pos_ == "NOUN" and determined and nouns.get(owner.lemma_.lower(), ("",))[0] == "ORG":
        return owner
    return None


def _issuer_of_shares(tok: Token, lang: str) -> Token | None:
    """The name of the company whose shares a subject names ("Shares of Acme rose", "Acme shares
    rose", « l'action Renault a chuté »; ``coref_share_nouns``): the shares name no participant but
    the company, which is as salient as a subject ("... after it raised its forecast": Acme, not the
    index named before)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _words(lang, "coref_share_nouns") and tok.lower_ not in _words(lang, "coref_share_nouns"):
        return None
    for child in tok.children:
        if child.i < tok.i and child.dep_ in ("compound", "nn") and _is_named(child):
            return child  # "Acme shares"
        if child.i > tok.i and _is_named(child) and child.dep_ in ("appos", "flat", "flat:name", "nmod", "compound"):
            return child  # « l'action Renault », « les actions de Renault »
        if child.i > tok.i and child.dep_ == "prep" and child.lower_ in word_set("xx", "genitive_prepositions"):
            named = next((c for c in child.children if c.dep_ == "pobj" and _is_named(c)), None)
            if named is not None:
                return named  # "shares of Acme"
    return None


def _company_possession(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a noun of what only a company has (``coref_company_possessions``: "shares",
    "shareholders", "chief executive"), by its lemma or its form."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = _words(lang, "coref_company_possessions")
    return tok.lemma_.lower() in words or tok.lower_ in words


def _body_possession(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a noun of what an organisation or a country has and a thing never has
    (``coref_body_possessions``: "government", "spokesman", "prime minister"), by its lemma or its
    form."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = _words(lang, "coref_body_possessions")
    return tok.lemma_.lower() in words or tok.lower_ in words


def event_noun(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a noun the trigger lexicon reads as an event (« procès », "launch")."""
    return tok.pos_ == "NOUN" and bool(load_lexicon().lookup(lang, tok.lemma_, "NOUN"))


def _predicate_subject(tok: Token, lang: str) -> Token | None:
    """The subject a predicate noun stands for: ``tok`` is the complement (``attr``) of an identity
    copula of ``coref_identity_copulas`` ("The Zorbaphone is a new phone", "Acme became the
    largest retailer"), the copula is not negated, and the subject is its own or, for an infinitive
    copula, its governor's ("is said to be the largest"). The predicate is determined ("a", "the",
a possessor). Never an expletive ("there is a plan"),
    nor a noun naming no entity (``coref_abstract_nouns``: "the problem is part of the plan")."""
    verb = tok.head
    if verb.lemma_.lower() not in _words(lang, "coref_identity_copulas") or verb.i > tok.i:
        return None
    if not _entity_like(tok.lemma_.lower(), lang) or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children):
        return None  # "Acme is market leader", "it 's long-haul fleet" (a possessive read as "it is")
    for holder in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if holder is None:
            break
        subject = next((c for c in holder.children if (c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ) and c.i < tok.i), None)
        if subject is not None:
            if subject.dep_.startswith("expl") or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
                return None
            return subject
    return None


def _relative_subject_head(tok: Token) -> Token | None:
    """The noun a possessive stands for when it lies in a relative clause whose subject is the
    relative pronoun ("the family of jets, which has sold 2,400 units over its history": family;
    « le groupe, qui a vu ses ventes baisser »: groupe). None when another clause (a complement,
    an adverbial clause) lies between the possessive and the relative clause, or when the
    relative pronoun is not the subject ("the plant, which Acme sold to its rival")."""
    top = tok.head
    steps = 0
    while top.dep_ not in ("relcl", "acl:relcl") and steps < 12:
        if top.head.i == top.i or top.pos_ in ("VERB", "AUX") and top.dep_ not in ("conj",):
            return None
        top = top.head
        steps += 1
    if top.dep_ not in ("relcl", "acl:relcl"):
        return None
    subject = next((c for c in top.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)
    if subject is None or subject.tag_ not in ("WDT", "WP") and subject.pos_ != "PRON" or subject.i > tok.i:
        return None
    if subject.lower_ not in _pronouns(tok.lang_ or "en") or _pronouns(tok.lang_ or "en")[subject.lower_][0] != "relative":
        return None
    return _relative_head(subject)


def _singular_relative_clause(head: Token) -> bool:
    """Whether the relative clause of ``head`` and the head itself are in the singular: a singular
    common noun whose clause verb (or its auxiliary) is a present singular ("the union that
    represents", "the firm, which has"), or any singular noun, proper too, with "was" ("Acme,
    which was"). A plural verb ("the team, who have") or a past tense ("the family, who lost")
    says nothing."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    clause = next((c for c in head.children if c.dep_ in ("relcl", "acl:relcl")), None)
    if clause is None:
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    if any(v.tag_ == "VBP" or v.lower_ in ("were", "are", "have") for v in verbs):
        return False
    if any(v.lower_ == "was" for v in verbs):
        return True
    return head.tag_ == "NN" and any(v.tag_ == "VBZ" for v in verbs)


# The dependencies of a phrase put before the main clause ("During its annual event, Acme ...").
_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod", "obl", "obl:arg", "obl:mod"})


def _fronted_possessor(tok: Token) -> Token | None:
    """The subject a possessive takes up ahead of it when it stands in a phrase put before the
    main clause ("During a media event held at its headquarters, Acme released", "Five years
    after its launch, Zorba passed"): the subject of the sentence's main verb, a name, after that
    phrase. None anywhere else."""
    sent = tok.sent
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)
    if subject is None or subject.left_edge.i <= tok.i:
        return None
    # "le premier ministre Jean-Marc Ayrault": the name in apposition to a title
    name = subject if _is_named(subject) else next((c for c in subject.children if c.dep_ == "appos" and _is_named(c)), None)
    if name is None:
        return None
    top = tok
    while top.head.i != root.i:
        if top.head.i == top.i:
            return None
        top = top.head
    if top.dep_ not in _FRONTED_DEPS or top.i > subject.left_edge.i or top.right_edge.i >= subject.left_edge.i:
        return None
    return name


def _conjunct_owner(tok: Token) -> Token | None:
    """The name right before "and" that a possessive opening the next conjunct belongs to ("GM will
    invest in Opel and its British sister brand Vauxhall": Opel; "Ford and its suppliers"): the
    conjunction joins two noun phrases (its ``cc`` hangs from a noun), not two clauses ("GM signed
    the deal and its chief executive said": the possessive's phrase is a subject there, or a verb
    follows it)."""
    if tok.i < 2 or tok.dep_ not in ("poss", "nmod:poss") or tok.head.dep_ in _SUBJ or tok.head.dep_ in _PASS_SUBJ:
        return None
    cc, name = tok.nbor(-1), tok.nbor(-2)
    if cc.dep_ != "cc" or cc.head.pos_ not in ("NOUN", "PROPN") or not _is_name_token(name) or name.pos_ != "PROPN":
        return None
    after = tok.head.right_edge.i + 1
    if after < len(tok.doc) and tok.doc[after].pos_ in ("VERB", "AUX"):
        return None  # "... with Zorbatel and its chief executive said": two clauses the parse read as one phrase
    return name


def _fronted_clause_subject(tok: Token) -> Token | None:
    """The subject a subject pronoun takes up ahead of it when it is the subject of an adverbial
    clause put before the main clause ("Before it filed for bankruptcy, General Motors had lost $88
    billion", "Three years after it was first due, the Zorbajet Z7 entered service"): the main
    clause's subject, a proper noun (or a name in apposition to it), after that clause. The clause
    opens with a subordinating conjunction (``mark``) and hangs from the main verb; None anywhere
    else ("GM said that before it filed ...": a clause inside the report, where the pronoun looks back)."""
    clause = tok.head
    if tok.dep_ not in _SUBJ and tok.dep_ not in _PASS_SUBJ or clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
        return None
    root = tok.sent.root
    if clause.head.i != root.i or not any(c.dep_ == "mark" and c.i < tok.i for c in clause.children):
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)
    if subject is None or clause.right_edge.i >= subject.left_edge.i:
        return None
    if subject.pos_ == "PROPN":
        name = subject
    else:
        name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None and _other_previous_subject(tok, name):
        return None  # "The stadium was closed . Since it reopened , Eastfield has sold out": the stadium
    return name


def _other_previous_subject(tok: Token, name: Token) -> bool:
    """Whether the sentence before ``tok``'s, on the same line, has a singular subject other than
    ``name`` that ``tok`` may look back to ("The stadium was closed last year . Since it reopened ,
    Eastfield has sold out": the stadium): then the pronoun is no cataphora."""
    start = tok.sent.start
    if start == 0 or "\n" in tok.doc[start - 1].text:
        return False
    before = tok.doc[start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)
    if subject is None or subject.tag_ in ("NNS", "NNPS") or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if subject.pos_ == "PRON" and subject.lower_ != "it":
        return False  # "he", "they": no antecedent of "it"
    return subject.lower_ != name.lower_ and not (subject.ent_type_ and subject.ent_type_ == name.ent_type_ and subject.ent_iob_ != "O" and subject.text in name.doc[name.left_edge.i : name.i + 1].text)


def _copula_predicate_type(tok: Token, lang: str, nouns: Mapping[str, tuple[str, str]]) -> str | None:
    """What the determined predicate noun of an identity copula (``coref_identity_copulas``) says
    its subject pronoun ``tok`` is: "" for an event or an abstract noun, which names no entity ("It
    is the largest bankruptcy in U.S. history", "It was a milestone in aviation history", "It was
    the first time": :func:`_entity_like`, :func:`event_noun`), the type of a ``coref_nouns`` noun
    ("It is the first model to", "It is the largest carmaker": PRO, ORG), None otherwise, for a
    comparison (``coref_comparison_modifiers``: "It is the same size as") or when the copula is negated."""
    verb = tok.head
    if verb.lemma_.lower() not in _words(lang, "coref_identity_copulas") or any(c.dep_ == "neg" for c in verb.children):
        return None
    predicate = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > tok.i), None)
    if predicate is None or not any(c.dep_ in ("det", "poss") and c.i < predicate.i for c in predicate.children):
        return None
    if any(c.lower_ in _words(lang, "coref_comparison_modifiers") for c in predicate.lefts):
        return None  # "It is the same size as": a comparison, not what it is
    lemma = predicate.lemma_.lower()
    if not _entity_like(lemma, lang) or event_noun(predicate, lang):
        return ""
    return nouns.get(lemma, (None,))[0]


_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "acl:relcl", "conj", "parataxis", "csubj"})


def _object_controller(tok: Token) -> Token | None:
    """The object that controls the infinitive clause holding a pronoun that is not its subject
    ("the Commission forced Acme to lower its prices": Acme lowers, "its" is Acme's): the object,
    before the clause, of the verb the clause complements (``xcomp``). None outside such a clause,
    or when the verb has no object ("Acme agreed to cut its prices": the subject's, by salience)."""
    judged = _judged_for(tok)
    if judged is not None:
        return judged
    head = tok.head
    failed = False  # through "failing to check its customers": the gerund's doer is the object's
    for _ in range(6):
        if head.dep_ == "advcl" and head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            # "The Treasury has given the company until June 1 to cut its debt": the one given the
            # time or money does what the infinitive says (coref_recipient_verbs), read as a purpose
            governor = head.head
            if governor.lemma_.lower() not in _words("en", "coref_recipient_verbs"):
                return None
            objects = [c for c in governor.children if c.dep_ in ("dative", "iobj", "dobj", "obj") and c.i < head.i and c.pos_ in ("PROPN", "NOUN")]
            return objects[0] if objects and objects[0].ent_type_ not in ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT") else None
        if head.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            governor = head.head
            objects = [c for c in governor.children if c.dep_ in ("dobj", "obj") and c.i < head.i and c.pos_ in ("PROPN", "NOUN")]
            if objects or governor.dep_ != "pcomp":
                return objects[0] if objects else None
            head = governor  # "fined the bank for failing to check its customers": the gerund's controller
            failed = True
        if head.dep_ == "pcomp" and head.pos_ == "VERB" and not any(c.dep_ in _SUBJ for c in head.children):
            judged = _judged_object(head)
            if judged is not None and not failed and _judge_may_own(tok, head):
                return None  # "banned the Daily Courier for insulting its ministers": the judge's, by salience
            return judged
        if head.dep_ in _CLAUSE_DEPS or head.head is head:
            return None
        head = head.head
    return None


def _judged_object(gerund: Token) -> Token | None:
    """The object of a verb of judging that a gerund after its preposition is said of ("the
    regulator fined Westbury Bank for failing to check its customers", "accused the minister of
    hiding his debts": en/coref_judgement_verbs), the first object before the preposition that is
    no amount; None for any other gerund ("paid the firm for using its patents")."""
    prep = gerund.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    lemma = word_map("en", "lemma_corrections").get(verb.lower_) or verb.lemma_.lower()
    if (lemma, prep.lower_) not in _judgement_verbs():
        return None
    objects = [c for c in verb.children if c.dep_ in ("dative", "iobj", "dobj", "obj") and c.i < prep.i and c.pos_ in ("PROPN", "NOUN")
               and c.ent_type_ not in ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT")]
    return objects[0] if objects else None


def _addressed_object(tok: Token) -> Token | None:
    """The object of the clause a participle of addressing goes on from, which the participle's
    singular object pronoun takes up ("The ministry denied the claim, calling it misleading": the
    claim; "Orbit sued Flixo, accusing it of ...": Flixo; en/coref_addressing_participles); None
    when the clause has no noun object before the participle."""
    verb = tok.head
    if (
        tok.dep_ != "dobj" or "Plur" in tok.morph.get("Number") or verb.dep_ != "advcl" or verb.tag_ != "VBG"
        or verb.head.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _words("en", "coref_addressing_participles")
    ):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    return objects[0] if objects else None


def _judged_for(tok: Token) -> Token | None:
    """The object of a verb of judging whose possessive ``tok`` determines the noun after the verb's
    preposition ("Mayor Tory thanked him for his service", "praised the nurses for their courage":
    en/coref_judgement_verbs): what one is judged for is one's own; None elsewhere, and for "its"
    (the judge's own as often: "fined the contractor for its losses", by salience)."""
    if tok.dep_ not in ("poss", "nmod:poss") or tok.lower_ == "its":
        return None
    noun = tok.head
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    lemma = word_map("en", "lemma_corrections").get(verb.lower_) or verb.lemma_.lower()
    if (lemma, prep.lower_) not in _judgement_verbs():
        return None
    objects = [c for c in verb.children if c.dep_ in ("dative", "iobj", "dobj", "obj") and c.i < prep.i
               and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("him", "her", "them"))
               and c.ent_type_ not in ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT")]
    return objects[0] if objects else None


def _judge_may_own(pronoun: Token, gerund: Token) -> bool:
    """Whether the possessive ``pronoun`` in a gerund after a verb of judging may as well be the
    judge's as the judged one's: "its" (not "its own") when the verb's subject is a singular noun
    or name that is no person, or is missing. What the judged one did is then often done to the
    judge's own ("the government banned the Daily Courier for insulting its ministers", "Albion
    Bank suspended the contractor for overcharging its branches", "praised the trust for funding its
    new block"), and salience, not the object, decides (issue 17, rv23a)."""
    if pronoun.lower_ != "its" or (pronoun.i + 1 < len(pronoun.doc) and pronoun.doc[pronoun.i + 1].lower_ == "own"):
        return False
    verb = gerund.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "which", "that")
    return subject.pos_ in ("NOUN", "PROPN") and subject.tag_ not in ("NNS", "NNPS") and subject.ent_type_ not in ("PERSON", "NORP")


@cache
def _judgement_verbs() -> frozenset[tuple[str, ...]]:
    return frozenset(row[:2] for row in rows("en", "coref_judgement_verbs"))


# --- the document --------------------------------------------------------------------------------------

_PARAGRAPH = re.compile(r"\n\s*\n")
# A possessor's ending right before a name: "Singapore's", "Boeing 's", "the Beatles' ".
_POSSESSOR_END = re.compile(r"\w(?: ?['’]s|(?<=s) ?['’]) ?$")
# A person's age set off by commas right after the name: "Jobs, aged 55,", "Smith, 49,", « Dupont, 45 ans, ».
_AGE_APPOSITION = re.compile(r"( ?, ?(?:aged |âgée? de )?\d{1,3}(?: ans)?) ?,")


@dataclass
class _Markable:
    """A mention of an entity that later references may take up: a name or a resolved reference."""

    start: int
    end: int
    entity: int  # -1: a noun phrase that names no entity (a thing the pronoun may stand for)
    subject: bool
    sentence: int
    paragraph: int
    # Of a thing or a resolved pronoun ("-" for a name): a later pronoun must agree with it.
    number: str = "-"
    gender: str = "-"
    # Of a thing: its head is an abstract noun (:func:`_entity_like`), which owns no event.
    abstract: bool = False
    # The subject of a clause a verb of saying before it reports (:func:`_in_reported_clause`).
    reported: bool = False


class _Marks:
    """The markables of a document: names and things (sorted, fixed) and resolved references
    (added in text order), looked up by position."""

    def __init__(self, base: list[_Markable], sentence_starts: Sequence[int]) -> None:
        self.base = base
        self.base_starts = [m.start for m in base]
        self.resolved: list[_Markable] = []
        self.resolved_starts: list[int] = []
        self.sentence_starts = sentence_starts

    def add(self, m: _Markable) -> None:
        self.resolved.append(m)
        self.resolved_starts.append(m.start)

    def window(self, offset: int, first_sentence: int) -> list[_Markable]:
        """The markables starting before ``offset`` and no earlier than sentence ``first_sentence``."""
        lo_char = self.sentence_starts[first_sentence] if 0 < first_sentence < len(self.sentence_starts) else 0
        out: list[_Markable] = []
        for items, starts in ((self.base, self.base_starts), (self.resolved, self.resolved_starts)):
            hi = bisect.bisect_left(starts, offset)
            # At most the nearest MAX_CANDIDATES: one endless sentence must not cost n².
            lo = max(bisect.bisect_left(starts, lo_char), hi - MAX_CANDIDATES)
            out += items[lo:hi]
        return out

    def resolved_around(self, offset: int) -> list[_Markable]:
        """Resolved references that may cover ``offset`` (a description is a few words long)."""
        return self.resolved[bisect.bisect_left(self.resolved_starts, offset - 200) : bisect.bisect_right(self.resolved_starts, offset)]


def _gender_of(entity: Entity) -> str:
    """A person's gender from a title before the name ("Mme", "Mr"), else from a given name of
    ``given_names`` / ``given_name_genders`` that opens one of its names, or follows the role it
    opens with ("Marine Le Pen": f, "Chief executive Dan Akerson": m; of a
    hyphenated one, its first part as a compound's first part ("jean-": "Jean-Marie" is m, though
    "Jean" alone is given to both in English), else as a name); "-" when none tells."""
    if entity.type != "PER":
        return "-"
    titles = word_map("xx", "gendered_titles")
    given = given_name_genders()
    found = "-"
    for mention in entity.mentions:
        words = mention.text.split()
        while len(words) > 2 and words[0][:1].islower() and words[0].lower().rstrip(".") not in titles:
            # « général Peter Mukhito »: a role noun the mention took before the name; not a title
            # that tells the gender itself (« madame Claude Durand »)
            words = words[1:]
        first = words[0].lower().rstrip(".") if words else ""
        if first in titles:
            return titles[first]
        # The given name may follow a role the mention opens with ("Chief executive Dan Akerson");
        # a capitalised word follows it. Only right after a role: a later word of a name is no
        # given name ("Kristin Scott Thomas" is no "Scott", "Maria Ray Lewis" no "Ray").
        for k, word in enumerate(words[:-1]):
            if found != "-":
                break
            low = word.lower().rstrip(".")
            if k > 0 and not (word[:1].isupper() and words[k + 1][:1].isupper() and _ends_with_role(words[:k])):
                continue
            part = re.split(r"[-‑]", low)[0]
            found = given.get(low) or (given.get(part + "-") if part != low else None) or given.get(part) or "-"
    return found


def _ends_with_role(words: Sequence[str]) -> bool:
    """Whether ``words`` end with a role label of ``roles.ttl`` ("Chief executive", "Finance
    Minister": "Minister") or a title's head of ``role_titles`` ("Judge"), or with a lowercase
    word, which no name has ("chief executive")."""
    if words and words[-1][:1].islower():
        return True
    if words and len(words[-1]) > 1 and words[-1].lower() in _role_title_heads("en"):
        return True  # a title before a name ("Judge Peter Lamb", "Manager Tom Ellery"; en/role_titles)
    labels = load_roles().labels
    return any(_label_key(" ".join(words[j:])) in labels for j in range(max(0, len(words) - 3), len(words)))


def _plural(entity: Entity) -> bool:
    """Whether a name of the entity opens with a word of ``xx/plural_names`` ("les Pays-Bas")."""
    openers = _words("xx", "plural_names")
    for m in entity.mentions:
        low = m.text.lower()
        if low in openers or any(low.startswith(o + " ") for o in openers):
            return True
    return False


def resolve_references(
    text: str,
    entities: Sequence[Entity],
    cues: Iterable[CorefCues],
    sentences: Sequence[Span],
    quotes: Sequence[Quote] = (),
    memberships: Sequence[Membership] = (),
) -> tuple[Entity, ...]:
    """``entities`` with the references of ``cues`` that take them up (:attr:`Entity.references`),
    and the type a chain votes for when the gazetteer does not give one. A first-person pronoun
    of a direct quotation of ``quotes`` joins its speaker's chain (in the plural, the chain of the
    organisation of the speaker's role in ``memberships``)."""
    return _resolve(text, entities, list(cues), sentences, quotes, memberships)[0]


def resolve_chains(
    text: str,
    entities: Sequence[Entity],
    cues: Iterable[CorefCues],
    sentences: Sequence[Span],
    quotes: Sequence[Quote] = (),
    memberships: Sequence[Membership] = (),
    events: Sequence[EventMention] = (),
    timexes: Sequence[Timex] = (),
) -> tuple[tuple[Entity, ...], tuple[UnnamedChain, ...]]:
    """:func:`resolve_references`, and the chains of the entities the text does not name
    (:func:`unnamed_chains`): its noun phrases with the pronouns that take them up."""
    cues_list = list(cues)
    resolved, things, unsure = _resolve(text, entities, cues_list, sentences, quotes, memberships)
    chains = unnamed_chains(text, resolved, cues_list, things, sentences, events, timexes, unsure)
    named, unnamed = _name_heads(resolved, chains, cues_list, text)
    named, unnamed = _roles_named_later(named, unnamed, cues_list, text)
    return tuple(replace(e, references=_past_possessives(e.references)) for e in named), unnamed


def _past_possessives(references: Sequence[Reference]) -> tuple[Reference, ...]:
    """« Paul Verdier a annoncé sa démission. « … », a déclaré le ministre »: a reference linked to the
    nearest mention of its chain, a possessive determiner (« sa »), stands for what that determiner was
    linked to; a determiner names nothing a reader (or an event argument) could take for the entity.
    The possessive's own antecedent is followed, a few steps when it is one again."""
    possessive = {(r.start, r.end): r.antecedent for r in references if r.kind == "possessive"}
    if not possessive:
        return tuple(references)
    out = []
    for r in references:
        antecedent = r.antecedent
        for _ in range(4):
            nxt = possessive.get((antecedent.start, antecedent.end))
            if nxt is None or (nxt.start, nxt.end) == (antecedent.start, antecedent.end):
                break
            antecedent = nxt
        out.append(r if antecedent is r.antecedent else replace(r, antecedent=antecedent))
    return tuple(out)


def _name_heads(
    entities: tuple[Entity, ...], chains: tuple[UnnamedChain, ...], cues: Sequence[CorefCues], text: str = ""
) -> tuple[tuple[Entity, ...], tuple[UnnamedChain, ...]]:
    """A chain that starts with a bare definite phrase whose noun is the last word of an
    organisation's, product's or stock market index's name of several words read before it ("the
    iTunes Music Store" ... "the store", "the iPhone Developer Program" ... "the program", "the
    Nasdaq Composite Index" ... "the index") is that entity's chain,
    when exactly one such name fits. The noun is written in lower case: "the Pro" is a name of
    its own. A chain that starts with a phrase naming a product by its name and its kind ("the new
    Zorbaphone 3 smartphone": :func:`_product_of_phrase`) is the product's chain, and so is a chain
    that starts with a definite or bare phrase spelling an organisation's or product's name in other
    capitals ("the Zorbabook" after "ZorbaBook": a name the recogniser missed). A name read only in
    a title-case headline ("Airline Union Calls Strike": :func:`_headline_name`) owns no chain."""
    if not chains:
        return entities, chains
    phrases = {(p.start, p.end): p for c in cues for p in c.phrases}
    last_words: dict[str, list[tuple[int, int]]] = {}  # last word of a name -> (entity, first start)
    tails: dict[str, list[tuple[int, int]]] = {}  # last words of a name, in lower case -> (entity, start)
    synonyms = _synonyms("en")  # (English head nouns: the names' words are read in English only)
    for k, e in enumerate(entities):
        if e.type not in ("ORG", "PRO", "FIN"):
            continue  # "the index" after "the Nasdaq Composite Index"
        if text and _headline_name(e, text):
            continue  # "Airline Union Calls Strike At Kestrel Air": headline words, no union's name
        for m in e.mentions:
            words = m.text.split()
            if len(words) > 1 and words[-1][:1].isupper():
                last = words[-1].lower()
                english = (m.lang or "en") == "en"  # (the new readings are tested on English only)
                last_words.setdefault(synonyms.get(last, last) if english else last, []).append((k, m.start))  # "Hollis University" ... "the school"
                for n in range(2, min(len(words), 5) if english else 2):  # (at most four: a long misread name stays linear)
                    # "the National Audit Office" ... "the audit office": the name's last words
                    if all(w[:1].isupper() for w in words[-n:]):
                        tails.setdefault(" ".join(words[-n:]).lower(), []).append((k, m.start))
    # "Corran Hospitals , a smaller trust based in Harrogate ... the trust": the head nouns of the
    # indefinite appositions of each entity (a noun of no ``coref_nouns`` row, whose phrase is a
    # chain; "a" says the apposition describes the name, where a misread "the price" may not)
    heads = {(a.start, a.end): text[a.head[0] : a.head[1]].lower() for c in cues for a in c.anaphors if a.kind == "appositive" and a.head is not None}
    apposed: dict[str, list[tuple[int, int]]] = {}
    for k, e in enumerate(entities):
        for r in e.references:
            if r.kind == "appositive" and r.text.split()[0].lower() in ("a", "an") and (noun := heads.get((r.start, r.end))):
                apposed.setdefault(noun, []).append((k, r.start))
    products = sorted((m.start, m.end, k) for k, e in enumerate(entities) if e.type == "PRO" for m in e.mentions)
    names = sorted((m.start, m.end) for e in entities for m in e.mentions)
    spelt = _names_by_spelling(entities)
    if not last_words and not products and not spelt and not apposed:
        return entities, chains
    product_starts = [m[0] for m in products]
    headline_end = _headline_end(text) if text else -1
    added: dict[int, list[Reference]] = {}
    kept: list[UnnamedChain] = []
    for chain in chains:
        first = chain.mentions[0]
        p = phrases.get((first.start, first.end))
        owners = set()
        rule = "the last word of a name"
        if p is not None and p.determiner == "definite" and not p.modifiers and p.number == "sg" and first.text.split()[-1].islower():
            owners = {k for k, start in last_words.get(synonyms.get(p.lemma, p.lemma) if (p.lang or "en") == "en" else p.lemma, ()) if start < p.start}
            if owners and _holds_a_name(p, names):
                owners = set()  # "the S&P 500 index" after "the Nasdaq Composite Index": the name it holds says which
        if not owners and p is not None and p.determiner == "definite" and not p.modifiers and p.number == "sg" and first.text.split()[-1].islower():
            # (a noun of ``coref_nouns`` the resolver left out was too close to call: it stays out; English only)
            owners = {k for k, start in apposed.get(p.lemma, ()) if start < p.start} if (p.lang or "en") == "en" and p.lemma not in _nouns("en") else set()
            owners = set() if owners and _restricted_by_a_name(text, first.end, names) else owners
            rule = "the head of an apposition"
        if not owners and tails:
            # "Audit office says ... the National Audit Office said ... the audit office": the first
            # mention after the headline, which a headline's bare phrase may open the chain before
            body = [r for r in chain.mentions if r.start >= headline_end or getattr(phrases.get((r.start, r.end)), "determiner", "") != "bare"][:1]
            q = phrases.get((body[0].start, body[0].end)) if body else None
            tail_words = body[0].text.split()[1:] if body else []
            if q is not None and q.determiner == "definite" and q.number == "sg" and tail_words and tail_words == [w.lower() for w in tail_words]:
                owners = {k for k, start in tails.get(" ".join(tail_words), ()) if start < q.start}
                owners = set() if owners and _restricted_by_a_name(text, body[0].end, names) else owners
                rule = "the last words of a name"
        if not owners and p is not None:
            owners = _product_of_phrase(p, products, product_starts, first.text, first.start)
            rule = "a product's name before its kind"
        written = _without_article(first.text, p.lang or "en") if p is not None else ""
        if not owners and p is not None and p.determiner in ("definite", "bare") and written != written.lower():
            # "the Zorbabook" after "ZorbaBook": a name the recogniser missed.
            owners = spelt.get(written.lower(), set())
            rule = "a name written in other capitals"
        if len(owners) != 1:
            kept.append(chain)
            continue
        owner = owners.pop()
        _give_chain(added, owner, chain, first, f"{rule}: '{first.text}' = {entities[owner].label}")
    return with_references(entities, added), tuple(kept)


def _give_chain(added: dict[int, list[Reference]], owner: int, chain: UnnamedChain, first: Reference, why: str) -> None:
    """Add the mentions of an unnamed ``chain`` to the references of entity ``owner``, the chain's
    first mention with ``why`` as its evidence (the others keep theirs)."""
    for ref in chain.mentions:
        added.setdefault(owner, []).append(replace(ref, evidence=why if ref is first else ref.evidence))


def _roles_named_later(
    entities: tuple[Entity, ...], chains: tuple[UnnamedChain, ...], cues: Sequence[CorefCues], text: str
) -> tuple[tuple[Entity, ...], tuple[UnnamedChain, ...]]:
    """A chain that opens with a definite role phrase of one person the text names only later
    ("The chief executive of Kestrel Motors resigned on Monday. ... Tom Reyes, the chief executive,
    said") is that person's chain, when the text gives that very role, with nothing added ("the
    new chief executive", "the chief executive of Beta" say another holder may be meant), to exactly
    one person, after the phrase and at most two paragraphs on, by an apposition or a title before
    the name ("Chief executive Tom Reyes"). Nothing else is evidence: "John Smith, who has run the
    firm since 2015" is no role given (issue 17, c37a). English only; a look-up per chain."""
    if not chains or not text:
        return entities, chains
    # the role words (lower case, no article) -> the people given them, by where they are given
    given: dict[str, list[tuple[int, int]]] = {}
    # the titles followed by another owner ("President Emmanuel Dupont of France"): no evidence for
    # a phrase that has its own ("The president of the club"; rvc37)
    owned: set[tuple[int, int]] = set()
    for k, e in enumerate(entities):
        if e.type != "PER":
            continue
        for r in e.references:
            words = r.text.split()
            if r.kind == "appositive" and len(words) >= 2 and words[0].lower() == "the" and all(w.islower() for w in words[1:]):
                given.setdefault(" ".join(words[1:]), []).append((k, r.start))
        for m in e.mentions:
            words = m.text.split()
            for n in (1, 2, 3):
                # "Chief executive Tom Reyes": a role in front of a two-word name
                if len(words) == n + 2 and words[0][:1].isupper() and all(w.islower() for w in words[1:n]) and _person_head(words[n - 1].lower()):
                    given.setdefault(" ".join(words[:n]).lower(), []).append((k, m.start))
                    if _OF_AFTER.match(text, m.end):
                        owned.add((k, m.start))
    if not given:
        return entities, chains
    phrases = {(p.start, p.end): p for c in cues for p in c.phrases}
    blocking = _words("en", "former_words") | {w for w, _t in word_map("en", "coref_blocking_modifiers").items()}
    handover = _words("en", "coref_handover_words")
    added: dict[int, list[Reference]] = {}
    kept: list[UnnamedChain] = []
    for chain in chains:
        first = chain.mentions[0]
        p = phrases.get((first.start, first.end))
        words = first.text.split()
        role = " ".join(words[1:]).lower() if words and words[0].lower() == "the" else ""
        if p is not None and p.determiner == "possessive" and words and all(w.islower() for w in words):
            # "The company's chief executive", "its coach": a possessor that is no name (a named
            # one, "Beta's chief executive", may be another organisation's than the person's)
            before = text[max(0, first.start - 30) : first.start].split()
            role = " ".join(words) if before and (before[-1].lower() in ("its", "their") or before[-1].endswith("'s") and before[-1][:1].islower()) else ""
        holders = given.get(role, []) if p is not None and (p.lang or "en") == "en" and p.number == "sg" else []
        people = {k for k, _start in holders}
        if (
            len(people) != 1 or not _person_head(p.lemma if p is not None else "")
            or any(w in blocking for w in role.split())
            or any(start < first.start for _k, start in holders)
            or text.count("\n\n", first.end, min(start for _k, start in holders)) > 2
            or _handed_over(text, first.end, min(start for _k, start in holders), handover)
            or _OF_AFTER.match(text, first.end) is not None and any(h in owned for h in holders)
        ):
            kept.append(chain)
            continue
        owner = people.pop()
        _give_chain(added, owner, chain, first, f"a role the text gives one person later: '{first.text}' = {entities[owner].label}")
    return (with_references(entities, added), tuple(kept)) if added else (entities, chains)


_OF_AFTER = re.compile(r"\s+of\s")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def _handed_over(text: str, start: int, end: int, handover: frozenset[str]) -> bool:
    """Whether a word of ``coref_handover_words`` is said after the sentence that ends past
    ``start`` and before ``end``: "The chief executive resigned on Monday. His successor, Chief
    executive Tom Reyes, said": the role the text gives later may be the next holder's (rvc37). The
    sentence of the role phrase itself ("The chief executive ... resigned on Monday") tells of the
    phrase's holder, not of a successor."""
    stop = _SENTENCE_END.search(text, start, end)
    return stop is not None and any(w in handover for w in re.findall(r"[a-z]+", text[stop.end() : end].lower()))


def _organisation_last_words(entities: Sequence[Entity], text: str) -> dict[str, list[tuple[int, int]]]:
    """The lower-cased capitalised last word of each English organisation name of several words
    -> (entity, mention start): "Alliance" of "Clean Rivers Alliance", "Court" of "the Supreme
    Court" (not a title-case headline's words, :func:`_headline_name`)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for k, e in enumerate(entities):
        if e.type != "ORG" or (text and _headline_name(e, text)):
            continue
        for m in e.mentions:
            words = m.text.split()
            if len(words) > 1 and words[-1][:1].isupper() and (m.lang or "en") == "en":
                out.setdefault(words[-1].lower(), []).append((k, m.start))
    return out


def _last_word_owner(p: Phrase | None, text: str, ends_of_names: Mapping[str, list[tuple[int, int]]], phrases: Iterable[Phrase] = ()) -> int:
    """The one organisation named before an English definite singular phrase of a bare lower-case
    head that ends its name ("the alliance" after "Clean Rivers Alliance", "the court" after "the
    Supreme Court"): the pronouns after it may take the organisation up through it ("The alliance
    said they would appeal"), as :func:`_name_heads` later puts its chain in the organisation's.
    -1 otherwise (no such name, several organisations end in the word, or a phrase of the word
    naming another, "the district court", "a lower court", comes between the name and it)."""
    if p is None or (p.lang or "en") != "en" or p.determiner != "definite" or p.modifiers or p.number != "sg":
        return -1
    head = text[p.head[0] : p.head[1]]
    if not head.isalpha() or not head.islower():
        return -1
    named = [(start, k) for k, start in ends_of_names.get(head, ()) if start < p.start]
    owners = {k for _, k in named}
    if len(owners) != 1:
        return -1
    last = max(start for start, _ in named)
    if any(
        last < q.start < p.start and text[q.head[0] : q.head[1]].lower() == head and (q.modifiers or q.determiner != "definite")
        for q in phrases
    ):
        return -1  # "The Supreme Court heard an appeal from the district court. The court had ruled": another court since (rv24c)
    return owners.pop()


def _restricted_by_a_name(text: str, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether a name follows a description ending at ``end`` after one preposition of
    ``coref_restricting_prepositions`` ("the audit office in Edinburgh"): the description is of
    that name's thing, not of an earlier name whose last words it repeats. (English.)"""
    match = _NEXT_WORD.match(text, end)
    if match is None or match.group(1).lower() not in _words("en", "coref_restricting_prepositions"):
        return False
    k = bisect.bisect_left(names, (match.end(), match.end()))
    return k < len(names) and names[k][0] <= match.end() + 4  # (after "the", if any)


_NEXT_WORD = re.compile(r"\s+(\w+)\s+")


def _holds_a_name(p: Phrase, names: Sequence[tuple[int, int]]) -> bool:
    """Whether a name (``names``: sorted spans) lies inside the phrase ``p``, before its head."""
    k = bisect.bisect_left(names, (p.start, p.start))
    return k < len(names) and names[k][1] <= p.head[0]


def _names_by_spelling(entities: Sequence[Entity]) -> dict[str, set[int]]:
    """The organisations, products and stock market indices by their names in lower case, without
    an article."""
    out: dict[str, set[int]] = {}
    for k, e in enumerate(entities):
        if e.type in ("ORG", "PRO", "FIN"):
            for m in e.mentions:
                out.setdefault(_without_article(m.text, m.lang or "en").lower(), set()).add(k)
    return out


def _without_article(phrase: str, lang: str) -> str:
    """A phrase without its definite article ("The Zorbabook" -> "Zorbabook")."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in _words(lang, "definite_determiners"):
        words = words[1:]
    return " ".join(words)


def _product_of_phrase(
    p: Phrase, products: Sequence[tuple[int, int, int]], starts: Sequence[int], phrase_text: str, offset: int
) -> set[int]:
    """The product entity a noun phrase names by a product's name followed by the product's kind
    ("the new Zorbaphone 3 smartphone", "its Zorbajet Z9 military transport plane"): the name lies
    inside the phrase, before its head, only lower-case words lie between them, and the head is
    a kind of product (``product_kinds``, a ``coref_nouns`` noun of type PRO). Singular only, not
    counted ("five Zorbajet Z9 planes", "new Z9 jets": aircraft, not the model) and with no
    modifier of ``coref_blocking_modifiers`` ("the first Z9 plane", "the final Z9 jet": one aircraft)."""
    lang = p.lang or "en"
    if p.determiner == "number" or p.lemma not in _product_heads(lang) or p.modifiers & _blocking(lang, "PRO"):
        return set()
    out: set[int] = set()
    k = bisect.bisect_left(starts, p.start)
    while k < len(products) and products[k][0] < p.head[0]:
        a, b, owner = products[k]
        between = phrase_text[b - offset : p.head[0] - offset].split()
        if b <= p.head[0] and all(w.islower() for w in between):
            out.add(owner)
        k += 1
    return out


@cache
def _product_heads(lang: str) -> frozenset[str]:
    """Head nouns that name a kind of product: ``product_kinds`` (one-word entries) and the
    ``coref_nouns`` of type PRO."""
    kinds = {w for w in _words(lang, "product_kinds") if " " not in w}
    return frozenset(kinds | {w for w, (t, _g) in _nouns(lang).items() if t == "PRO"})


# A word of a piece the sentence splitter cut off (:func:`_counted_sentence_starts`).
_PIECE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LINE_END = re.compile(r"[.!?…][»”\"]?[^\S\n]*\n\s*(?=\S)")
_OPENING_MARKS = frozenset("«“‘\"([—–-")
FRAGMENT_WORDS = 3  # at most this many words of a dateline ("PARIS", "12 mars", "NEW YORK, March 12")


@cache
def _month_words() -> frozenset[str]:
    """Month names of every language that has the list: the date of a dateline piece."""
    return frozenset(w for lang in ("fr", "en") for w in number_map(lang, "months"))


def _fragment(piece: str) -> bool:
    """Whether a piece of the sentence splitter holds no clause: no word (a lone « or comma), or a
    dateline's place and date, capitalised words and month names only ("PARIS", ", 12 mars.")."""
    words = _PIECE_WORD.findall(piece)
    return len(words) <= FRAGMENT_WORDS and all(w[0].isupper() or w.lower().rstrip(".") in _month_words() for w in words)


def _counted_sentence_starts(text: str, sentences: Sequence[Span]) -> list[int]:
    """Where the sentences that count for the distance between a pronoun and its antecedent start
    (in a French text).

    The French model's splitter cuts a dateline and quotation marks into sentences of their own
    ("«", "PARIS", ", 12 mars."): « … », regrette le député Marc Lefort. PARIS, 12 mars. « … »,
    affirme-t-il. Counted as sentences they put the speaker out of the pronoun's reach. A piece
    of no clause (:func:`_fragment`) is no sentence: one of opening marks only starts the sentence
    after it, any other ends the sentence before it (the first sentence keeps its start)."""
    spans = sorted(sentences, key=lambda s: s.start)
    # A full stop at the end of a line ends a sentence the splitter ran on into the next line.
    spans = [
        Span(a, b, text[a:b])
        for s in spans
        for a, b in itertools.pairwise([s.start, *(m.end() for m in _LINE_END.finditer(text, s.start, s.end)), s.end])
        if a < b
    ]
    starts: list[int] = []
    carried: int | None = None  # the start of opening marks that begin the next sentence
    for sentence in spans:
        piece = text[sentence.start : sentence.end]
        if _fragment(piece) and piece.strip():
            if not _PIECE_WORD.search(piece) and piece.strip()[-1] in _OPENING_MARKS:
                carried = sentence.start if carried is None else carried
                continue
            if starts or carried is not None:
                continue
        elif not piece.strip() and starts:
            continue  # a line break the splitter made a sentence
        starts.append(sentence.start if carried is None else carried)
        carried = None
    if carried is not None:
        starts.append(carried)
    return starts


def _resolve(
    text: str,
    given: Sequence[Entity],
    cues_list: list[CorefCues],
    sentences: Sequence[Span],
    quotes: Sequence[Quote],
    memberships: Sequence[Membership],
) -> tuple[tuple[Entity, ...], list[tuple[Anaphor, tuple[int, int], str]], frozenset[tuple[int, int]]]:
    """:func:`resolve_references`, the pronouns that take up a noun phrase naming no entity
    (``(anaphor, the phrase's head or the pronoun before it, evidence)``), and the heads of the
    descriptions left out because two named entities were too close to call."""
    entities = list(_with_enclosing_places(text, _with_ages(text, given)))
    # The entities as given: an organisation's description may retype a name for the resolution
    # only (below); the chain's type is still voted at the end.
    declared = tuple(entities)
    everything = sorted((a for c in cues_list for a in c.anaphors), key=lambda a: (a.start, a.end))
    anaphors = [a for a in everything if not a.first_person]
    firsts = [a for a in everything if a.first_person]
    if not everything:
        return tuple(_with_name_phrases(text, entities, cues_list)), [], frozenset()
    subject_starts = sorted(s for c in cues_list for s in c.subject_starts)
    # French only: the English model keeps a dateline in its sentence, and its splitter's pieces
    # were tuned on as they are (MEANTIME dev coreference falls when they are merged)
    french = all(a.lang == "fr" for a in everything)
    sentence_starts = _counted_sentence_starts(text, sentences) if french else sorted(s.start for s in sentences)
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(sentence_starts, offset) - 1)

    def paragraph_of(offset: int) -> int:
        return bisect.bisect_right(paragraph_starts, offset) - 1

    def is_subject(start: int, end: int) -> bool:
        k = bisect.bisect_left(subject_starts, start)
        return k < len(subject_starts) and subject_starts[k] < end

    reported_starts = sorted(s for c in cues_list for s in c.reported_starts)
    speaking_starts = sorted(s for c in cues_list for s in c.speaking_starts)

    def is_speaking(start: int, end: int) -> bool:
        k = bisect.bisect_left(speaking_starts, start)
        return k < len(speaking_starts) and speaking_starts[k] < end

    answering_starts = sorted(a for c in cues_list for a in c.answering_starts)

    def answer_of(start: int, end: int) -> str | None:
        k = bisect.bisect_left(answering_starts, (start, ""))
        return answering_starts[k][1] if k < len(answering_starts) and answering_starts[k][0] < end else None

    def is_reported(start: int, end: int) -> bool:
        k = bisect.bisect_left(reported_starts, start)
        return k < len(reported_starts) and reported_starts[k] < end

    names: list[tuple[int, int, int]] = sorted(
        (m.start, m.end, e) for e, entity in enumerate(entities) for m in entity.mentions
    )
    name_starts = [n[0] for n in names]
    by_lang: dict[str, list[tuple[int, int, list[int], list[tuple[int, int]]]]] = {}

    def governments(lang: str) -> list[tuple[int, int, list[int], list[tuple[int, int]]]]:
        """The organisations named as a government (:func:`_a_government`), each once: (first start,
        entity, its mention starts, its mention spans), by first start; read once per language, so
        that each "the government" costs a look at them, not at every name of the text."""
        if lang not in by_lang:
            found = []
            for e, entity in enumerate(entities):
                if entity.type == "ORG" and entity.mentions and _a_government(entity, lang):
                    spans = sorted((m.start, m.end) for m in entity.mentions)
                    found.append((spans[0][0], e, [a for a, _ in spans], spans))
            by_lang[lang] = sorted(found)
        return by_lang[lang]

    # « le journal Libération »: the name takes the gender of the noun it follows
    name_gender = {start: gender for c in cues_list for start, gender in c.name_genders}
    markables = [
        _Markable(a, b, e, is_subject(a, b), sentence_of(a), paragraph_of(a), gender=name_gender.get(a, "-"), reported=is_reported(a, b))
        for a, b, e in names
    ]
    descriptions = sorted((a.start, a.end) for a in anaphors if a.kind in ("nominal", "appositive"))
    description_starts = [d[0] for d in descriptions]
    ends_of_names = _organisation_last_words(entities, text)
    head_phrases = {p.head: p for c in cues_list for p in c.phrases} if ends_of_names else {}
    for c in cues_list:
        for a, b, number, gender, subject, abstract in c.things:
            k = bisect.bisect_left(name_starts, b)
            if any(names[j][1] > a for j in range(max(0, k - 8), k)):
                continue  # part of a name: the entity's own mention
            k = bisect.bisect_left(description_starts, b)
            if any(descriptions[j][1] > a for j in range(max(0, k - 4), k)):
                continue  # the head of a description, which is resolved (or not) as such
            named = _last_word_owner(head_phrases.get((a, b)), text, ends_of_names, head_phrases.values())
            markables.append(_Markable(a, b, named, subject, sentence_of(a), paragraph_of(a), number, gender, abstract, is_reported(a, b)))
    # A coordination of names is a plural thing ("General Motors and Chrysler ... they"), which a
    # plural pronoun takes up before either name (:func:`unnamed_chains` makes its chain).
    grouped: list[tuple[int, int]] = []
    for c in cues_list:
        if not any(p.lang == "en" for p in c.phrases):
            continue  # English only for now
        for a, b in c.coordinations:
            k = bisect.bisect_left(name_starts, a)
            if k < len(names) and names[k][1] <= b:
                markables.append(_Markable(a, b, -1, is_subject(a, b), sentence_of(a), paragraph_of(a), "pl", "-"))
                grouped.append((a, b))
    # The subject is the group, not its first member: "The Senate and the House passed the bill.
    # It will cut taxes" (the bill, not the Senate).
    if grouped:
        # A group holds a name when one starting at or before it reaches as far (by bisection over
        # the groups' starts and the furthest end so far: a scan of every group per name was
        # quadratic in a long document).
        grouped.sort()
        group_starts = [a for a, _ in grouped]
        group_reach = list(itertools.accumulate((b for _, b in grouped), max))

        def in_group(m: _Markable) -> bool:
            k = bisect.bisect_right(group_starts, m.start)
            return k > 0 and group_reach[k - 1] >= m.end

        markables = [replace(m, subject=False) if m.entity >= 0 and m.subject and in_group(m) else m for m in markables]
    # Names and things sorted by start; the references resolved so far in their own list, which
    # grows in text order: a reference only looks at the few sentences before it (bisect), so a
    # long document costs in proportion to its length.
    markables.sort(key=lambda m: m.start)
    marks = _Marks(markables, sentence_starts)
    genders = [_gender_of(e) for e in entities]
    plurals = [_plural(e) for e in entities]
    kinds = _entity_kinds(text, entities, cues_list)
    refs: list[list[Reference]] = [[] for _ in entities]
    described: dict[int, set[str]] = {}  # entity -> the head nouns of its descriptions so far
    origins: dict[int, set[str]] = {}  # entity -> the countries its descriptions so far gave it
    if any(a.lang == "en" for a in everything):
        for e, countries in _name_origins(text, entities).items():
            origins[e] = set(countries)  # "Australian Jack Wills", "Maria Santos of Brazil"
    homes = _company_homes(entities)  # entity -> the country of its seat, when the gazetteer's company
    products: dict[int, set[str]] = {}  # entity -> what its descriptions so far said it makes
    ranks: dict[int, set[tuple[str, str]]] = {}  # entity -> the (scope, rank) its descriptions so far gave it
    wording: dict[int, set[str]] = {}  # entity -> the lower-case words of its descriptions so far
    unsure: set[tuple[int, int]] = set()  # heads of descriptions two named entities competed for
    things: list[tuple[Anaphor, tuple[int, int], str]] = []  # references to a noun phrase that names no entity
    thing_roots: dict[int, int] = {}  # a reference's start -> the start of the first phrase of its unnamed chain
    votes: list[Counter[str]] = [Counter() for _ in entities]
    # Organisations a plural pronoun already took up ("Acme have ... their"), or a plural verb had
    # as subject ("Tesco have cut prices. Analysts praised them": Tesco).
    plural_starts = sorted(s for c in cues_list for s in c.plural_subject_starts)
    plural_taken: set[int] = {
        i for i, e in enumerate(entities)
        if e.type == "ORG" and any((k := bisect.bisect_left(plural_starts, m.start)) < len(plural_starts) and plural_starts[k] < m.end for m in e.mentions)
    } if plural_starts else set()
    # The persons a role took up ("The union's president, Ron Gettelfinger"): no organisation
    # noun retypes them ("Gettelfinger said ... the automaker would cut jobs").
    roled: set[int] = _titled_people(entities)

    def entity_at(span: tuple[int, int]) -> tuple[int, int, int] | None:
        """The name or resolved reference covering ``span``: (start, end, entity)."""
        k = bisect.bisect_right(name_starts, span[0]) - 1
        while k >= 0 and k >= bisect.bisect_right(name_starts, span[0] - 200) - 1:
            a, b, e = names[k]
            if a <= span[0] < b:
                return a, b, e
            k -= 1
        for m in marks.resolved_around(span[0]):
            # A pronoun resolved to a phrase that names no entity (entity -1) is no named mention.
            if m.entity >= 0 and m.start <= span[0] < m.end:
                return m.start, m.end, m.entity
        return None

    def overlaps_name(a: Anaphor) -> bool:
        start, end = a.head or (a.start, a.end)
        k = bisect.bisect_left(name_starts, end)
        hits = [names[j] for j in range(max(0, k - 8), k) if names[j][1] > start]
        if hits and a.kind == "nominal" and a.noun is not None and all(entities[h[2]].type == "LOC" and h[1] <= a.noun[0] for h in hits):
            return False  # a place before the head says where the entity is: "the US manufacturer"
        return bool(hits)

    # A pronoun that speaks a direct quotation (« … », tente-t-il) is no word of the quotation it
    # introduces (speaker end -> the quotation's span), and a pronoun of the narrative takes up
    # nothing from inside a quotation (« Estimant que « le catalan est notre langue », il vota »;
    # « Le président Obama a promis … » a déclaré Mitt Romney, où il a promis …: Romney).
    spoken = {q.speaker.end: q.span for q in quotes if q.speaker is not None and not q.indirect}
    quoted = sorted((q.span.start, q.span.end) for q in quotes if not q.indirect)
    quoted_starts = [q[0] for q in quoted]

    def in_quote(offset: int) -> bool:
        k = bisect.bisect_right(quoted_starts, offset) - 1
        return k >= 0 and quoted[k][0] <= offset < quoted[k][1]

    # A person's role apposition ("Jane Roe , an analyst at Zorba Research ,"): the organisations
    # named inside say where the person works, asides (:data:`ROLE_ASIDE_PENALTY`).
    # Filled as the appositions are resolved, in text order.
    asides: list[tuple[int, int]] = []
    aside_starts: list[int] = []

    def in_role_aside(offset: int) -> bool:
        k = bisect.bisect_right(aside_starts, offset) - 1
        return k >= 0 and asides[k][0] <= offset < asides[k][1]

    role_holders = _RoleHolders(text, entity_at)
    person_titles = _PersonTitles(entities, text)
    # person -> (where, part) of the parts verbs gave them ("Tom Reed was arrested": a suspect),
    # which a relational description ("the suspect") may take up (c39a)
    predicated: dict[int, list[tuple[int, str]]] = {}
    unlisted: list[tuple[int, str]] = []  # the parts given to a name no person entity holds
    for cues in cues_list:
        for a, b, part in cues.predicated_roles:
            if (hit := entity_at((a, b))) is not None and entities[hit[2]].type == "PER":
                predicated.setdefault(hit[2], []).append((a, part))
            elif hit is None:
                unlisted.append((a, part))
    # The nouns a person's possessive determines ("her spokeswoman", "Ortiz's lawyer"): someone
    # else, whom "the spokeswoman" takes up later, never that person.
    possessed: dict[int, set[str]] = {}
    for e, entity in enumerate(entities):
        if entity.type == "PER":
            for m in entity.mentions:
                if (after := _POSSESSIVE_AFTER.match(text, m.end)) is not None:
                    possessed.setdefault(e, set()).update(_words_after(text, after.end()))
    short_forms = _ShortForms(entities)
    topic = _topic(text, markables, entities)
    former_at = -1  # where the last "the former" stands
    for anaphor in anaphors:
        if overlaps_name(anaphor):
            continue
        if anaphor.former:
            former_at = anaphor.start
        elif anaphor.latest and former_at >= 0 and sentence_of(anaphor.start) - sentence_of(former_at) <= 1:
            # "Riley and Costa will stay on. The former said ...; the latter said": the two named
            # before "the former", not a name said between the two
            anaphor = replace(anaphor, before=former_at)
        linked: tuple[int, Span, str] | None = None
        if anaphor.antecedent is not None:
            hit = entity_at(anaphor.antecedent)
            if hit is not None and anaphor.common and hit[1] != anaphor.antecedent[1]:
                hit = None  # the first phrase's head must end the mention found there, not lie inside it
            if hit is not None:
                e = hit[2]
                if anaphor.kind == "nominal" and entities[e].type not in anaphor.types and entities[e].qid:
                    hit = None
                elif anaphor.kind in ("pronoun", "possessive") and entities[e].type not in anaphor.types:
                    hit = None  # "its" for a person, "his" for a company: by salience
                elif anaphor.kind in ("pronoun", "possessive") and anaphor.gender in ("m", "f") and genders[e] in ("m", "f") and genders[e] != anaphor.gender:
                    hit = None  # "Before she joined Acme, John Smith ...": not him
                elif anaphor.client and entities[e].type != "PER":
                    hit = None  # "Lawyers for Redfield Bank said their client": a firm, which no person noun retypes
                elif anaphor.kind in ("appositive", "nominal") and entities[e].type == "LOC" and _based_in(text, anaphor, hit):
                    hit = None  # "the Auburn Hills, Michigan-based company": the place is its seat, not it
                if hit is not None:
                    why = {"relative": "relative pronoun", "appositive": "apposition", "nominal": "description naming"}.get(anaphor.kind, "object control")
                    why = "subject after a fronted phrase" if anaphor.kind == "possessive" and anaphor.antecedent[0] > anaphor.start else why
                    why = "subject after a fronted clause" if anaphor.kind == "pronoun" and anaphor.antecedent[0] > anaphor.start else why
                    why = ("predicate of a copula" if anaphor.antecedent[0] < anaphor.start else "named as") if anaphor.predicate else why
                    linked = (e, Span(hit[0], hit[1], text[hit[0] : hit[1]]), f"{why}: '{anaphor.text}' = '{text[hit[0] : hit[1]]}'")
            if linked is None and (anaphor.kind == "relative" or anaphor.in_relative):
                things.append((anaphor, anaphor.antecedent, f"relative pronoun: '{anaphor.text}' = '{text[anaphor.antecedent[0] : anaphor.antecedent[1]]}'"))
                continue
            if linked is None and anaphor.common:
                things.append((anaphor, anaphor.antecedent, f"apposition: '{anaphor.text}' = '{text[anaphor.antecedent[0] : anaphor.antecedent[1]]}'"))
                continue
            if hit is None and anaphor.kind in ("possessive", "pronoun") and anaphor.antecedent[0] < anaphor.start and entity_at(anaphor.antecedent) is None:
                # "The Treasury has given the company until June 1 to cut its debt": the object that
                # controls the clause owns "its" though it names no entity; never the subject
                things.append((anaphor, anaphor.antecedent, f"object control: '{anaphor.text}' = '{text[anaphor.antecedent[0] : anaphor.antecedent[1]]}'"))
                continue
            if linked is None and anaphor.kind == "appositive":
                continue
            if linked is None and anaphor.client:
                continue  # "his client" of a lawyer of no entity: no one else
        if anaphor.employee is not None:
            employer = role_holders.employer(anaphor, lambda o: entities[o].type == "ORG" and not _public_body(entities[o]))
            if employer is None:
                continue  # the possessive's person held no role the text tied to one organisation
            e, aside, why = employer
            inside = next((m for m in entities[e].mentions if aside.start <= m.start < aside.end), None)
            linked = (e, Span(inside.start, inside.end, inside.text) if inside is not None else aside, why)
        if anaphor.role_owner is not None:
            holder = role_holders.holder(anaphor)
            if holder is None:
                continue  # no person, or several, held the role at that organisation: none is taken up
            linked = holder
        if anaphor.short_form:
            owner = short_forms.owner(anaphor, text)
            if owner is None:
                continue  # no organisation, or several, end in the noun: which one is a guess
            linked = (owner[0], owner[1], f"short form of a name: '{anaphor.text}' = '{owner[1].text}'")
        if linked is None and anaphor.kind == "nominal" and (titled := person_titles.holder(anaphor, text, paragraph_of)) is not None:
            # "Chief Executive Sarah Blunt ... Finance Director Tom Ames said ... The chief
            # executive": the one person the whole title was given to, however far or less salient;
            # not when an organisation is a subject in a later sentence ("... Microsoft said it
            # would hire. The chief executive": maybe Microsoft's), its own sentence's may be hers
            stop = _SENTENCE_END.search(text, titled[1].end, anaphor.start)
            since = stop.end() if stop is not None else anaphor.start
            if not any(
                m.subject and m.entity >= 0 and entities[m.entity].type == "ORG" and since <= m.start
                for m in marks.window(anaphor.start, sentence_of(since))
            ):
                linked = titled
        if linked is None and anaphor.demonym is not None:
            # "American Sarah Lyle ... (two paragraphs on) The American": the one person the text
            # gave that country, named at most three paragraphs back, however less salient (c39a)
            linked = _demonym_holder(anaphor, entities, refs, origins, paragraph_of)
            if linked is None:
                continue
        if linked is None:
            window = PRONOUN_WINDOW if anaphor.kind in ("pronoun", "possessive") else NOMINAL_WINDOW
            window = INDEX_WINDOW if anaphor.noun_type == "FIN" else window
            said = spoken.get(anaphor.end) if anaphor.kind == "pronoun" else None
            # The speaker of a quotation looks back from where the quotation opens: the sentences
            # it quotes are no distance (« Je suis … . Je viens … . Ma fille … », explique-t-il).
            probe = replace(anaphor, start=said.start, end=said.start) if said is not None and said.start < anaphor.start else anaphor
            nearby = marks.window(probe.start, sentence_of(probe.start) - window)
            government = anaphor.kind == "nominal" and _head_word_of(anaphor, text) in _words(anaphor.lang, "coref_government_nouns")
            here: set[str] = set()
            if government:
                # A country named before it in its own sentence says whose government it is ("In
                # South Korea , the government said"): none of another country's.
                here = _countries_before(anaphor, nearby, entities, sentence_of(anaphor.start))
                # "the government": a government's name, or a country's that acts as one, a subject
                # ("Germany said it would ... The government"; not "In China , ... by the
                # government", where MEANTIME keeps the place apart); nothing else (no company).
                probe = replace(probe, types=frozenset({"ORG", "LOC"}))
                nearby = [
                    m for m in nearby
                    if m.entity < 0 or _a_government(entities[m.entity], anaphor.lang) and (entities[m.entity].type != "LOC" or _acting_place(text, m, anaphor.lang))
                ]
                if here:
                    nearby = [m for m in nearby if m.entity < 0 or {entities[m.entity].qid, entities[m.entity].location_qid} & here]
            if anaphor.source_country is not None:
                # "Kenyan officials said the country would ...": the source's own country, no other
                nearby = [m for m in nearby if m.entity < 0 or anaphor.source_country in (entities[m.entity].qid, entities[m.entity].location_qid)]
            if anaphor.clause_countries:
                # "the country would not close its border with Sweden": not Sweden
                nearby = [m for m in nearby if m.entity < 0 or not {entities[m.entity].qid, entities[m.entity].location_qid} & anaphor.clause_countries]
            if anaphor.blocked is not None and (anaphor.blocked[0] > anaphor.start or anaphor.kind in ("nominal", "possessive") or anaphor.object_of_subject):
                # A name later in the pronoun's own clause: none of that entity's mentions. A
                # description that is an object is none of its clause subject's ("The union signed
                # a contract with the carmaker", "the government took a stake in the company"). A
                # possessive is none of the name its phrase is ("Zorba Inc, its rival").
                barred = entity_at(anaphor.blocked)
                if barred is not None:
                    nearby = [m for m in nearby if m.entity != barred[2]]
                if anaphor.object_of_subject:
                    # nor the unnamed chain of that subject ("The police said they had questioned
                    # them": not the police; rvc31), a phrase with the same head word included ("Police
                    # arrested two men ... The police"), which the unnamed chains join later
                    root = thing_roots.get(anaphor.blocked[0], anaphor.blocked[0])
                    head = _word_at(text, root)
                    head = "" if head in _pronouns(anaphor.lang) else head  # an unresolved "they" roots no chain
                    nearby = [m for m in nearby if m.entity >= 0 or thing_roots.get(m.start, m.start) != root and (not head or _word_at(text, m.start) != head)]
            if anaphor.singular_source is not None:
                # "The company said they would ...": not what the singular source takes up, named
                # or not; a plural phrase, or nothing
                barred = entity_at(anaphor.singular_source)
                source_root = thing_roots.get(anaphor.singular_source[0], anaphor.singular_source[0])
                nearby = [
                    m for m in nearby
                    if (barred is None or m.entity != barred[2]) and (m.entity >= 0 or thing_roots.get(m.start, m.start) != source_root)
                ]
            if said is not None:
                nearby = [m for m in nearby if not said.start <= m.start < said.end]
            if anaphor.demonym is not None:
                # "The Australian": only a person the text gave that country, the only one in reach
                of_country = {m.entity for m in nearby if m.entity >= 0 and entities[m.entity].type == "PER" and anaphor.demonym in origins.get(m.entity, ())}
                nearby = [m for m in nearby if len(of_country) == 1 and m.entity in of_country]
            if anaphor.age is not None:
                # "Karen Holt, 45, ... The 45-year-old mother of two": only a person given that age
                aged = _aged_entities(anaphor.age, nearby, text, anaphor.start)
                nearby = [m for m in nearby if m.entity < 0 or m.entity in aged]
            if _relational(anaphor, text):
                # "GM ... its European unit Opel ... GM said the unit": only the entity already called a unit
                own = _head_word_of(anaphor, text)
                # a person a verb before gave the part ("Tom Reed was arrested ... the suspect"),
                # when the only one in reach: two arrested, and "the suspect" is either (c39a)
                parted: set[int] = {
                    m.entity for m in nearby
                    if m.entity >= 0 and any(part == own and at < anaphor.start for at, part in predicated.get(m.entity, ()))
                }
                if any(part == own and at < anaphor.start and paragraph_of(anaphor.start) - paragraph_of(at) <= 1 for at, part in unlisted):
                    parted = set()  # "Tom Reed and Ian Lowe were arrested", Reed no entity: still two suspects
                if not _bare_part(anaphor, text):
                    parted = set()  # "Tom Ray was driving ... The lorry driver": another driver (review rvc39)
                nearby = [
                    m for m in nearby
                    if m.entity < 0 or own in described.get(m.entity, ())
                    or entities[m.entity].type == "PER" and _titled_before(text, m.start, m.end, own)
                    or len(parted) == 1 and m.entity in parted
                ]
            if anaphor.kind in ("pronoun", "possessive") and quoted and not in_quote(anaphor.start):
                nearby = [m for m in nearby if not in_quote(m.start)]
            if anaphor.noun_type == "FIN":
                # "The Dow ... the tech-heavy Nasdaq ... The blue-chip index": an index its modifier
                # rules out is no candidate, nor another index to choose from
                nearby = [m for m in nearby if m.entity < 0 or entities[m.entity].type != "FIN" or _index_fits(anaphor, entities[m.entity])]
            linked = _most_salient(
                probe, entities, nearby, text, sentence_of, paragraph_of, genders, plurals, described, kinds, in_role_aside, roled, origins, unsure,
                wording, products, ranks, topic, is_reported, is_speaking, answer_of=answer_of, homes=homes, plural_taken=plural_taken,
            )
            if linked is not None and linked[0] >= 0 and any((hit := entity_at(named)) is not None and hit[2] == linked[0] for named in anaphor.commanded):
                # "It said Dorval Foods had offered too little": the most salient entity is named in
                # the subject pronoun's own scope, so it is not what the pronoun stands for; the next
                # one would be a guess
                continue
            if (
                anaphor.kind == "nominal" and linked is not None and linked[0] >= 0 and entities[linked[0]].type == "PER"
                and _head_word_of(anaphor, text) in possessed.get(linked[0], ())
            ):
                # "Senator Jane Ortiz will not run, her spokeswoman said . ... , the spokeswoman
                # said": the person's spokeswoman, not the person
                linked = None
            if linked is None and anaphor.company_owned and probe.owner_types - probe.types:
                # "Leeds sacked its manager ... Its chairman": no organisation near, a place the
                # gazetteer typed (a club or a council named by its town) owns it
                linked = _most_salient(
                    replace(probe, types=probe.owner_types), entities, nearby, text, sentence_of, paragraph_of, genders, plurals, described,
                    kinds, in_role_aside, roled, origins, unsure, wording, products, ranks, topic, is_reported, is_speaking, answer_of=answer_of, homes=homes,
                    plural_taken=plural_taken,
                )
            if linked is None and government and not any(m.entity >= 0 for m in nearby) and not here:
                linked = _only_government(anaphor, entities, governments(anaphor.lang), text)
            if anaphor.noun_type == "FIN" and linked is not None and linked[0] >= 0 and (
                _another_index(anaphor, linked[0], nearby, entities, text) or not _index_fits(anaphor, entities[linked[0]])
            ):
                linked = None  # "The Dow and the Nasdaq rose . The index ...": which one?
            elif (
                anaphor.kind in ("pronoun", "possessive") and linked is not None and linked[0] >= 0 and entities[linked[0]].type == "FIN"
                and not (anaphor.governor is not None and linked[1].start <= anaphor.governor[0] < linked[1].end)
                and _another_index(anaphor, linked[0], [m for m in nearby if m.sentence >= sentence_of(linked[1].start)], entities, text)
            ):
                # (not when the index is the subject of the pronoun's own clause: "while the S&P 500
                # fell 8.8 percent , its worst day since 1987")
                linked = None  # "The Dow and the S&P 500 fell . It was ...", « Le CAC 40 et le Dax ont reculé . Il ... »
        if linked is None:
            if anaphor.kind == "nominal" and anaphor.noun is not None and not overlaps_name(anaphor):
                # A description of no named entity is still a thing a later pronoun may take up.
                a, b = anaphor.noun
                marks.add(_Markable(a, b, -1, anaphor.subject, sentence_of(a), paragraph_of(a), anaphor.number, anaphor.gender))
            continue
        e, antecedent, why = linked
        if anaphor.kind == "appositive" and not anaphor.predicate and e >= 0 and entities[e].type == "PER" and anaphor.start > antecedent.start:
            k = bisect.bisect_left(aside_starts, anaphor.start)
            aside_starts.insert(k, anaphor.start)
            asides.insert(k, (anaphor.start, anaphor.end))
        if anaphor.kind == "appositive" and not anaphor.predicate:
            # MEANTIME-style extent: the name with its description is a mention too ("Ryanair CEO,
            # Michael O'Leary"), in the same chain.
            a, b = min(anaphor.start, antecedent.start), max(anaphor.end, antecedent.end)
            if (a, b) != (anaphor.start, anaphor.end) and (a, b) != (antecedent.start, antecedent.end):
                refs[e].append(Reference(a, b, text[a:b], "appositive", anaphor.lang, antecedent, f"apposition with its name: '{text[a:b]}'"))
                role_holders.add(e, refs[e][-1])
        if e < 0:
            things.append((anaphor, (antecedent.start, antecedent.end), why))
            thing_roots[anaphor.start] = thing_roots.get(antecedent.start, antecedent.start)
            if anaphor.noun is not None:
                thing_roots[anaphor.noun[0]] = thing_roots[anaphor.start]  # "The police": its head is a markable too
            marks.add(
                _Markable(
                    anaphor.start, anaphor.end, -1, anaphor.subject, sentence_of(anaphor.start), paragraph_of(anaphor.start),
                    anaphor.number, anaphor.gender,
                )
            )
            continue
        refs[e].append(Reference(anaphor.start, anaphor.end, anaphor.text, anaphor.kind, anaphor.lang, antecedent, why))
        role_holders.add(e, refs[e][-1])
        if anaphor.kind == "possessive" and entities[e].type == "PER":
            possessed.setdefault(e, set()).update(_words_after(text, anaphor.end))
        if anaphor.kind in ("appositive", "nominal"):
            described.setdefault(e, set()).add(_head_word_of(anaphor, text))
            if (compound := _compound_head(anaphor, _head_word_of(anaphor, text))) is not None:
                described[e].add(compound)  # "The campaign group": a charity, which "the oil company" is not
            origins.setdefault(e, set()).update(_origins_of(anaphor, text))
            products.setdefault(e, set()).update(_products_of(anaphor, text))
            ranks.setdefault(e, set()).update(_ranks_of(anaphor, text))
            wording.setdefault(e, set()).update(w.lower() for w in _WORD.findall(anaphor.text))
        if anaphor.noun_type:
            votes[e][anaphor.noun_type] += 1
        if (
            anaphor.kind == "appositive" and entities[e].type == "PER" and not entities[e].qid and genders[e] == "-" and e not in roled
            and _nouns(anaphor.lang).get(head_word := _head_word_of(anaphor, text), ("",))[0] == "ORG"
            and head_word not in _words(anaphor.lang, "person_trade_descriptors")
        ):
            # "Banco Hesperia is the largest lender in Spain, and the bank said it ...": a name the
            # recogniser read as a person's, which no given name or title shows, is what its
            # apposition or predicate says for the pronouns and descriptions after it; not a trade
            # a person has as often ("Obinna Eze, a contractor for the state oil company, said he")
            entities[e] = replace(entities[e], type="ORG")
        if anaphor.kind in ("appositive", "nominal") and entities[e].type == "PER" and _label_key(_head_word_of(anaphor, text)) in load_roles().labels:
            roled.add(e)
        if anaphor.gender in ("m", "f") and entities[e].type == "PER" and genders[e] == "-" and anaphor.kind == "pronoun":
            genders[e] = anaphor.gender  # "she" fixes the person's gender for the rest of the text
        pronominal = anaphor.kind in ("pronoun", "possessive")
        if pronominal and anaphor.number == "pl":
            plural_taken.add(e)
        # A French pronoun agrees with the noun that described an organisation last: « Le groupe
        # Valmont a nommé Sophie Renard. Elle … » is not the group (« la société … elle » is).
        # Not a person's: « la victime … il » may be a man.
        described_gender = anaphor.lang == "fr" and anaphor.kind in ("nominal", "appositive") and entities[e].type == "ORG"
        marks.add(
            _Markable(
                anaphor.start, anaphor.end, e, anaphor.subject, sentence_of(anaphor.start), paragraph_of(anaphor.start),
                anaphor.number if anaphor.kind == "pronoun" else "-", anaphor.gender if pronominal or described_gender else "-",
                # a subject a verb of saying reports, as a name's is ("Mike Dale said his client was
                # innocent. He said": Dale, the speaker; c38a)
                reported=anaphor.subject and is_reported(anaphor.start, anaphor.end),
            )
        )
    def salient_organisation(anaphor: Anaphor) -> tuple[int, Span] | None:
        """The organisation a role holder's "we" stands for when no membership names it
        ("Chief executive Jane Roe said: 'We ...'"): the most salient organisation before the
        quotation, by the pronoun rules (none when two are too close)."""
        nearby = [m for m in marks.window(anaphor.start, sentence_of(anaphor.start) - PRONOUN_WINDOW) if m.entity >= 0 and entities[m.entity].type == "ORG"]
        probe = replace(anaphor, kind="pronoun", types=frozenset({"ORG"}), first_person=False)
        found = _most_salient(probe, entities, nearby, text, sentence_of, paragraph_of, genders, plurals)
        return (found[0], found[1]) if found is not None and found[0] >= 0 else None

    taken_up = {r.end: (r.start, e) for e, rs in enumerate(refs) for r in rs if r.kind in ("pronoun", "nominal", "appositive")}

    def resolved_at(span: Span) -> int | None:
        """The entity a pronoun or description speaker was resolved to ("affirme-t-il", whose
        reference leaves out the hyphens)."""
        found = taken_up.get(span.end)
        return found[1] if found is not None and span.start <= found[0] else None

    def role_owner(e: int) -> int | None:
        """The organisation that the possessor opening one of person ``e``'s role appositions was
        resolved to ("Jan Roe , the union 's vice president for Kestrel": the union's; "its chief
        executive , Jan Roe": what "its" took up), when exactly one is."""
        owners = set()
        for r in refs[e]:
            if r.kind != "appositive":
                continue
            hit = entity_at((r.start, r.start + 1))
            if hit is None or hit[2] == e:
                hit = first_word_owner(r)
            if hit is None or hit[2] == e or entities[hit[2]].type != "ORG":
                continue
            after = text[hit[1] : hit[1] + 4].lstrip()
            possessive = _pronouns(r.lang).get(text[hit[0] : hit[1]].lower(), ("",))[0] == "possessive"  # "its chief executive"
            if possessive or after.startswith(("'s", "’s", "' ", "’ ")):
                owners.add(hit[2])
            elif r.lang == "en" and _ROLE_AFTER_NAME.match(text, hit[1]) is not None and r.end > hit[1]:
                owners.add(hit[2])  # "Valtron chief executive Martha Keane": the name before the role
        return owners.pop() if len(owners) == 1 else None

    # The first word of a name of several words of one organisation only ("Kestrel Motors"): the
    # short form that opens a role before a person's name ("Kestrel chief executive Linda Novak").
    first_words: dict[str, set[int]] = {}
    for e, entity in enumerate(entities):
        if entity.type == "ORG":
            for m in entity.mentions:
                # not a determiner: "The chief executive of Valtron" is no role of The Washington Post
                if len(words := m.text.split()) > 1 and words[0][:1].isupper() and words[0].lower() not in _determiners(m.lang or "en"):
                    first_words.setdefault(words[0], set()).add(e)

    def first_word_owner(r: Reference) -> tuple[int, int, int] | None:
        match = _WORD_AT.match(text, r.start)
        if match is None or len(owners := first_words.get(match.group(), ())) != 1:
            return None
        return r.start, match.end(), next(iter(owners))

    for anaphor, (e, span) in _speakers(firsts, quotes, memberships, entity_at, entities, salient_organisation, resolved_at, text, role_owner):
        if any((hit := entity_at(named)) is not None and hit[2] == e for named in anaphor.commanded):
            continue  # '"We will keep supplying Penrith Dairies," a spokesman said': not Penrith Dairies
        why = f"first person in a quotation: '{anaphor.text}' -> speaker '{span.text}'"
        refs[e].append(Reference(anaphor.start, anaphor.end, anaphor.text, anaphor.kind, anaphor.lang, span, why))
    out = []
    for e, entity in enumerate(declared):
        if not refs[e]:
            out.append(entity)
            continue
        refs[e] = sorted([*entity.references, *refs[e]], key=lambda r: (r.start, r.end))
        etype = _voted_type(entity, votes[e])
        evidence = entity.merge_evidence
        if etype != entity.type:
            evidence = (*evidence, f"type vote: {entity.type} -> {etype} ({', '.join(f'{t} {n}' for t, n in votes[e].items())} descriptions)")
        out.append(replace(entity, type=etype, references=tuple(refs[e]), merge_evidence=evidence))
    return tuple(_with_name_phrases(text, out, cues_list)), things, frozenset(unsure)


def _with_name_phrases(text: str, entities: Sequence[Entity], cues_list: Sequence[CorefCues]) -> list[Entity]:
    """A name with the words of the noun phrase it heads (``CorefCues.name_phrases``): a mention of
    the named entity too, in the same chain as the name (MEANTIME's extent, which marks the name
    inside as well): a person's title or role ("Presiding Judge Martin Mann"), an organisation's or
    place's possessor ("Singapore's Changi International Airport"). Not an organisation's or a
    product's description alone ("European airframer Airbus", "the new iPod": MEANTIME marks one
    mention there, without the name), not a phrase that adds only a determiner, and not a span a
    reference of the entity has already."""
    # head end -> (head start, phrase start, phrase end): one look-up per name, not a scan
    phrases = {h1: (h0, a, b) for c in cues_list for h0, h1, a, b in c.name_phrases}
    out: list[Entity] = []
    for entity in entities:
        spans = {(r.start, r.end) for r in entity.references}
        added: list[Reference] = []
        for m in entity.mentions:
            found = phrases.get(m.end)
            if found is None or found[0] < m.start:
                continue
            _, a, b = found
            if a > m.start or (a, b) == (m.start, m.end) or (a, b) in spans:
                continue
            extra = (text[a : m.start] + " " + text[m.end : b]).split()
            if all(w.lower().replace("’", "'") in _determiners(m.lang) for w in extra):
                continue
            if entity.type != "PER" and not _POSSESSOR_END.search(text[a : m.start]):
                continue  # "European airframer Airbus", "the new iPod": MEANTIME marks the name alone there
            spans.add((a, b))
            added.append(Reference(a, b, text[a:b], "appositive", m.lang, Span(m.start, m.end, m.text), f"a name with its phrase: '{text[a:b]}'"))
        if added:
            entity = replace(entity, references=tuple(sorted([*entity.references, *added], key=lambda r: (r.start, r.end))))
        out.append(entity)
    return out


def _with_ages(text: str, entities: Sequence[Entity]) -> Sequence[Entity]:
    """The people whose name is followed by their age set off by commas ("Jobs, aged 55, said",
    "Smith, 49,", « Jean Dupont, 45 ans, a dit »): the name with its age is a mention of the
    person too (MEANTIME's extent of an apposition). A year ("Smith, 2009,") is no age."""
    out = list(entities)
    for e, entity in enumerate(entities):
        if entity.type != "PER":
            continue
        found = []
        for m in entity.mentions:
            age = _AGE_APPOSITION.match(text, m.end)
            if age is not None:
                b = age.end(1)
                found.append(Reference(m.start, b, text[m.start : b], "appositive", m.lang, Span(m.start, m.end, m.text), f"age in apposition: '{text[m.start : b]}'"))
        if found:
            out[e] = replace(entity, references=tuple(sorted([*entity.references, *found], key=lambda r: (r.start, r.end))))
    return out


_COMMA = re.compile(r"[ \t]*,[ \t]*")
_POSSESSIVE_AFTER = re.compile(r" ?['’]s?(?![\w'’])")


def _with_enclosing_places(text: str, entities: Sequence[Entity]) -> Sequence[Entity]:
    """A place's name followed by a comma and the name of another place, on one line ("Zorbaville,
    California", « Bex, Vaud »): the two together are a mention of the first place (MEANTIME's
    extent; the second is the place it lies in). Not two places of a list ("Paris, London and
    Rome": the second is followed by another comma or a conjunction)."""
    places = sorted((m.start, m.end, e) for e, entity in enumerate(entities) if entity.type == "LOC" for m in entity.mentions)
    starts = [p[0] for p in places]
    added: dict[int, list[Reference]] = {}
    for a, b, e in places:
        comma = _COMMA.match(text, b)
        if comma is None or comma.end() == b:
            continue
        k = bisect.bisect_left(starts, comma.end())
        if k >= len(places) or places[k][0] != comma.end() or places[k][2] == e:
            continue
        end = places[k][1]
        again = _COMMA.match(text, end)
        if again is not None and again.end() > end and bisect.bisect_left(starts, again.end()) < len(places) and places[bisect.bisect_left(starts, again.end())][0] == again.end():
            continue  # a third place: a list
        following = text[end : end + 12].split()
        if following and following[0].lower() in _words("xx", "list_conjunctions"):
            continue
        if _POSSESSIVE_AFTER.match(text, end):
            continue  # "In Asia, Japan's Nikkei 225 fell": the second place owns what follows
        m = next(m for m in entities[e].mentions if m.start == a)
        added.setdefault(e, []).append(
            Reference(a, end, text[a:end], "appositive", m.lang, Span(a, b, text[a:b]), f"place with the place it lies in: '{text[a:end]}'")
        )
    if not added:
        return entities
    return [
        replace(entity, references=tuple(sorted([*entity.references, *added[e]], key=lambda r: (r.start, r.end)))) if e in added else entity
        for e, entity in enumerate(entities)
    ]


def _overlap_test(mentions: Sequence[EntityMention]) -> Callable[[Span], bool]:
    """Whether a span overlaps one of ``mentions``, by bisection (``CandidateIndex``)."""
    index = CandidateIndex(mentions)
    return lambda span: index.overlaps(span.start, span.end)


def _speakers(
    firsts: Sequence[Anaphor],
    quotes: Sequence[Quote],
    memberships: Sequence[Membership],
    entity_at: Callable[[tuple[int, int]], tuple[int, int, int] | None],
    entities: Sequence[Entity],
    salient: Callable[[Anaphor], tuple[int, Span] | None] | None = None,
    resolved: Callable[[Span], int | None] | None = None,
    text: str = "",
    role_owner: Callable[[int], int | None] | None = None,
) -> list[tuple[Anaphor, tuple[int, Span]]]:
    """The first-person pronouns of direct quotations with the entity they stand for and its mention:
    "I", "my" the speaking person; "we", "our" the speaking organisation, or the organisation of the
    speaker's role ("We want to know", said the CEO of Airbus Thomas Enders: Airbus), first the
    one that the possessor of the speaker's role apposition stands for (``role_owner``: "Jan Roe ,
    the union 's vice president for Kestrel": the union, not Kestrel)."""
    out: list[tuple[Anaphor, tuple[int, Span]]] = []
    roles_of: dict[int, tuple[set[int], bool]] = {}  # speaker entity -> organisations of its roles, a role with none
    direct = [q for q in quotes if q.speaker is not None and not q.indirect]
    if not firsts or not direct:
        return out
    # The first quotation (in ``direct``'s order) holding each pronoun, among those starting at
    # most the longest quotation's length before it (by bisection: a scan of every quotation per
    # pronoun was quadratic in a long document).
    by_start = sorted(range(len(direct)), key=lambda k: direct[k].span.start)
    starts = [direct[k].span.start for k in by_start]
    longest = max(q.span.end - q.span.start for q in direct)

    def holding(anaphor: Anaphor) -> Quote | None:
        lo, hi = bisect.bisect_left(starts, anaphor.start - longest), bisect.bisect_right(starts, anaphor.start)
        found = [k for k in by_start[lo:hi] if anaphor.end <= direct[k].span.end]
        return direct[min(found)] if found else None

    for anaphor in firsts:
        quote = holding(anaphor)
        if quote is None or quote.speaker is None:
            continue
        speaker = quote.speaker
        if speaker.start <= anaphor.start < speaker.end:
            continue
        hit = entity_at((speaker.start, speaker.end)) or _hit_within(speaker, entity_at)
        if hit is None and resolved is not None:
            taken = resolved(speaker)  # a pronoun speaker already resolved ("affirme-t-il")
            hit = (speaker.start, speaker.end, taken) if taken is not None else None
        if hit is None:
            continue
        e = hit[2]
        etype = entities[e].type
        if anaphor.number == "sg":
            if etype == "PER":
                out.append((anaphor, (e, speaker)))
            continue
        if etype == "ORG":
            out.append((anaphor, (e, speaker)))
            continue
        if etype != "PER":
            continue
        owner = role_owner(e) if role_owner is not None else None
        if owner is not None:
            out.append((anaphor, (owner, Span(speaker.start, speaker.end, speaker.text))))
            continue
        person = entities[e].mentions
        if e not in roles_of:
            # once a speaker: every first person of a long text would rescan all memberships; and
            # the person's mentions looked up by bisection (a scan of them per membership was
            # quadratic in a long document)
            names_person = _overlap_test(person)
            roles_of[e] = (
                {
                    h[2]
                    for m in memberships
                    if m.organisation is not None and names_person(m.person)
                    for h in [entity_at((m.organisation.start, m.organisation.end))]
                    if h is not None and entities[h[2]].type == "ORG"
                },
                any(m.organisation is None and names_person(m.person) for m in memberships),
            )
        orgs, bare_role = set(roles_of[e][0]), roles_of[e][1]
        if len(orgs) == 1:
            o = orgs.pop()
            out.append((anaphor, (o, Span(speaker.start, speaker.end, speaker.text))))
        elif not orgs and salient is not None and (
            bare_role
            or _spokesperson(text, person, anaphor.lang)
        ):  # a role with no organisation named ("Chief executive Jane Roe", "Spokeswoman Jane Roe")
            found = salient(replace(anaphor, start=quote.span.start, end=quote.span.start + 1))
            if found is not None:
                out.append((anaphor, found))
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s*,?\s*$")
# A lower-case word right after an organisation's name that opens a person's role apposition
# ("Valtron chief executive"), which names its employer as "Valtron's chief executive" does.
_ROLE_AFTER_NAME = re.compile(r" [a-z]")


def _spokesperson(text: str, mentions: Sequence[EntityMention], lang: str) -> bool:
    """Whether a person's name follows a noun of ``coref_spokespersons`` ("Spokeswoman Jane Roe",
    "a spokesman, Jane Roe", « la porte-parole Jeanne Roux ») somewhere in ``text``."""
    nouns = _words(lang, "coref_spokespersons")
    for m in mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is not None and before.group(1).lower() in nouns:
            return True
        # The role may be the title the mention begins with ("Spokeswoman Jane Roe").
        first = m.text.split(maxsplit=1)[0].lower() if m.text.strip() else ""
        if first in nouns and " " in m.text.strip():
            return True
    return False


def _hit_within(span: Span, entity_at: Callable[[tuple[int, int]], tuple[int, int, int] | None]) -> tuple[int, int, int] | None:
    """The name that ends a speaker span ("Chief executive Thomas Enders": Thomas Enders)."""
    last = span.text.rstrip().rfind(" ")
    if last < 0:
        return None
    start = span.start + last + 1
    return entity_at((start, span.end))


def _voted_type(entity: Entity, votes: Counter[str]) -> EntityLabel:
    """A chain's type: the gazetteer's when it has one, else the majority of its names' labels and
    of the descriptions that take it up ("Acme", tagged PER, referred to as "the company": ORG)."""
    if entity.qid or not votes or any(m.canonical or m.institution for m in entity.mentions):
        return entity.type
    tally: Counter[str] = Counter(m.label for m in entity.mentions)
    for t, n in votes.items():
        tally[t] += 2 * n
    best = max(tally, key=lambda t: (tally[t], t == entity.type))
    return best if best in ("PER", "ORG", "LOC") else entity.type  # type: ignore[return-value]


def _most_salient(
    anaphor: Anaphor,
    entities: Sequence[Entity],
    markables: Sequence[_Markable],
    text: str,
    sentence_of: Callable[[int], int],
    paragraph_of: Callable[[int], int],
    genders: Sequence[str],
    plurals: Sequence[bool],
    described: Mapping[int, set[str]] | None = None,
    kinds: Sequence[set[str]] | None = None,
    in_role_aside: Callable[[int], bool] | None = None,
    roled: frozenset[int] | set[int] = frozenset(),
    origins: Mapping[int, set[str]] | None = None,
    unsure: set[tuple[int, int]] | None = None,
    wording: Mapping[int, set[str]] | None = None,
    products: Mapping[int, set[str]] | None = None,
    ranks: Mapping[int, set[tuple[str, str]]] | None = None,
    topic: int | None = None,
    reported: Callable[[int, int], bool] | None = None,
    speaking: Callable[[int, int], bool] | None = None,
    *,
    answer_of: Callable[[int, int], str | None] | None = None,
    homes: Mapping[int, str] | None = None,
    plural_taken: set[int] | None = None,
) -> tuple[int, Span, str] | None:
    """The entity the anaphor most likely takes up, with its closest mention and the evidence, or
    None when no entity agrees or two are too close to call. A description whose head noun
    already describes an entity (``described``: "NPD Group, a market research firm ... the firm")
    takes it up before the others (:data:`HEAD_BONUS`); one whose head names a kind of
    organisation or product (``coref_noun_kinds``) takes up no entity that its name, a phrase of its
    name and kind, or an earlier description gives another kind (``kinds``: "Irish airline
    Ryanair ... the US manufacturer" is not Ryanair). A person a role took up (``roled``) is
    never retyped by a description of another type. A description of a nationality ("the Italian
    carmaker") takes up no entity that earlier descriptions gave only other countries ("Chrysler,
    the No. 3 U.S. automaker"; ``origins``), and one they gave the same country first
    (:data:`ORIGIN_BONUS`). A head said before fits only when the description's lower-case words
    before it were said of the entity too (``wording``): "Citigroup ... The bank ... Merrill Lynch
    reported ... The investment bank" is not Citigroup's by its head."""
    head = _head_word_of(anaphor, text) if anaphor.kind == "nominal" and described else ""
    own_origins = _origins_of(anaphor, text) if anaphor.kind == "nominal" and (origins or homes) else frozenset()
    own_products = _products_of(anaphor, text) if anaphor.kind == "nominal" and products else frozenset()
    own_ranks = _ranks_of(anaphor, text) if anaphor.kind == "nominal" and ranks else frozenset()
    noun = _head_word_of(anaphor, text) if anaphor.kind == "nominal" else ""
    own_kind = None
    if anaphor.kind == "nominal":
        own_kind = _kind_of(text[anaphor.noun[0] : anaphor.noun[1]] if anaphor.noun is not None else noun, anaphor.lang)
        if own_kind is None:
            own_kind = _compound_kind(anaphor, noun)
    s = sentence_of(anaphor.start)
    p = paragraph_of(anaphor.start)
    # A bare role ("the CEO", "the chief executive") is the role of the organisation in the news:
    # not a person named before another organisation became the subject ("Tim Cook runs Apple.
    # Microsoft said it would cut jobs. The CEO said" is Microsoft's).
    role_of_someone = anaphor.kind == "nominal" and anaphor.lang == "en" and anaphor.noun_type == "PER" and bool(noun) and _label_key(noun) in load_roles().labels
    if anaphor.latest:
        return _latest_named(anaphor, entities, markables, text, s, genders)
    window = PRONOUN_WINDOW if anaphor.kind in ("pronoun", "possessive") else NOMINAL_WINDOW
    best: dict[int, tuple[float, _Markable]] = {}
    # the best singular phrase of a body of people for "they" (:func:`_collective_thing`), kept
    # apart: it stands for "they" only when no plural phrase of no entity does
    collective_best: tuple[float, _Markable] | None = None
    counts: Counter[int] = Counter()
    # A description of another type retypes a name only when no name of its own type stands as
    # near: "Mary Smith met Acme Corp. The company said" is Acme, and Mary Smith stays a person;
    # a name of the type further back than the mistyped one does not block it.
    typed = max(
        (m.sentence for m in markables
         if m.entity >= 0 and m.start < anaphor.start and 0 <= s - m.sentence <= window and entities[m.entity].type in anaphor.types),
        default=-1,
    )
    # "Samsung said a supplier had made the batteries. It did not name the supplier": a description
    # repeating the head noun of a phrase of no entity said just before takes that phrase up, not a
    # named entity its noun never described (the chains of unnamed entities join them).
    said_of_a_thing = False
    newest_thing = -1  # where the last such phrase starts
    group_things: list[_Markable] = []  # those a plural possessive opens ("their union")
    # "Zorba said a supplier had made the batteries. It did not name the supplier": the subject of
    # a reported clause is less salient than the source for a later sentence's subject pronoun that
    # goes on speaking (:func:`_speaks`), not for one that goes on with what was reported
    # ("Kestrel said Vexal would cut 500 jobs. It is closing two plants": too close to call).
    # A description of a thing that goes on speaking is the source's too ("Kestrel Airlines said Vexa
    # Software had won a contract. The company said it expected savings": Kestrel; issue 17, c33a);
    # not one of a person, a title its holder takes up ("Walsh said Hale had lied. The chief
    # executive said": whoever holds the office, not the source).
    main_subject = (
        anaphor.subject and (anaphor.kind == "pronoun" or anaphor.kind == "nominal" and anaphor.noun_type != "PER")
        and reported is not None and not reported(anaphor.start, anaphor.end)
        and speaking is not None and speaking(anaphor.start, anaphor.end)
    )
    # "A spokeswoman for the company, Helen Park, said it had stopped shipments": a name a phrase of
    # one person described before is no "it", whatever type the recogniser gave it.
    people = (
        _described_people(anaphor, markables, text, window, s, entities)
        if anaphor.lang == "en" and anaphor.kind in ("pronoun", "possessive") and "PER" not in anaphor.types else frozenset()
    )
    if anaphor.governor_name and anaphor.lang == "en" and not any(m.start <= anaphor.governor[0] < m.end for m in markables if anaphor.governor):
        return None  # "Galatasaray said it would appeal": a name the recogniser missed, no other entity
    if anaphor.governor_name and anaphor.lang == "en" and "PER" not in anaphor.types and anaphor.governor is not None:
        governing = next((m for m in markables if m.entity >= 0 and m.start <= anaphor.governor[0] < m.end), None)
        if governing is not None and _lone_word_person(entities[governing.entity], genders[governing.entity]):
            # "Carlyle agreed to buy Bramwell Tools ... Bramwell said its board backed the offer": a
            # name of one word read as a person's, whom nothing shows to be one, is likelier the
            # company "its" stands for than another organisation
            return None
    # "Tom Reyes met Senator Ann Cole. The lawmaker said": when a title or a description made
    # persons in reach holders of the office the noun names in other words (:func:`_same_office`),
    # the description takes up one of them, no other person however salient (rvc31).
    office_holders = _office_holders(anaphor, noun, markables, entities, described or {}, text, s, window)
    if not office_holders:
        # "Senator Ann Cole and Governor Tom Hale clashed ... Cole said the governor": a person
        # the noun itself titles or described takes it up, no other person however salient (c32a)
        office_holders = _title_holders(anaphor, noun, markables, entities, described or {}, text, s, window)
    # "Senator Tom Reed was convicted. The 67-year-old": an age or a nationality names no office, so
    # a title or role said of the one person in reach does not keep it out; with two people in
    # reach ("Judge Ann Cole sentenced Tom Hale. The 45-year-old") the untitled one stays likelier.
    no_office = _age_or_nationality(anaphor, text)
    aged_one = no_office and len({
        m.entity for m in markables
        if m.entity >= 0 and m.start < anaphor.start and 0 <= s - m.sentence <= window and entities[m.entity].type == "PER"
    }) == 1
    # "Prime Minister Moussa Traore met the French envoy, Anne Morel . She said": with a woman in
    # reach whom her given name or an earlier "she" shows, an English "she" or "her" is hers, not
    # that of a person of no known gender whom only a subject's salience favours (issue 17, c37a).
    # Not "he": names of no known gender are mostly men's, so a known man is no better a guess.
    # Only a woman named in that person's sentence or after it: "Maria Lopez chaired the meeting.
    # Akua Mensah presented the report. She said" stays the later subject's (rvc37).
    woman_sentences = [
        m.sentence for m in markables
        if m.entity >= 0 and m.start < anaphor.start and 0 <= s - m.sentence <= window and entities[m.entity].type == "PER" and genders[m.entity] == "f"
    ] if anaphor.lang == "en" and anaphor.kind in ("pronoun", "possessive") and anaphor.gender == "f" else []
    woman_in_reach = bool(woman_sentences)
    last_woman = max(woman_sentences, default=-1)
    for m in markables:
        if m.start >= anaphor.start or s - m.sentence > window or m.sentence > s:
            continue
        if m.entity in people:
            continue
        if woman_in_reach and m.entity >= 0 and entities[m.entity].type == "PER" and genders[m.entity] == "-" and m.sentence <= last_woman:
            continue
        if office_holders and m.entity >= 0 and entities[m.entity].type == "PER" and m.entity not in office_holders:
            continue
        if m.entity < 0:
            if anaphor.kind == "nominal" and anaphor.lang == "en" and noun and s - m.sentence <= (reach := _new_thing(text, m, noun) or -1):
                said_of_a_thing = True
                newest_thing = max(newest_thing, m.start)
                if reach == PRONOUN_WINDOW:
                    group_things.append(m)
            if not _thing_agrees(anaphor, m, text):
                continue
            if main_subject and m.abstract and m.reported:
                # "Oxfam said aid deliveries had stopped. They warned": what was reported speaks not;
                # a report of its own sentence does ("A report ... was published. It said": rv24c)
                continue
            if anaphor.blocked is not None and m.start <= anaphor.blocked[0] < m.end:
                continue  # "Kestrel said the agreement would save it": the clause's subject is no antecedent of its object
            score = 100.0 - SENTENCE_PENALTY * (s - m.sentence) - (PARAGRAPH_PENALTY if m.paragraph != p else 0)
            if anaphor.lang == "en" and anaphor.number == "pl" and m.number == "sg":
                score -= PLURAL_ORG_PENALTY  # "their" for "the team": English allows it, a plural phrase is likelier
            collective = _collective_thing(anaphor, m, text) and not _invariant_thing(anaphor, m, text)
            score += (SUBJECT_BONUS + (PARALLEL_BONUS if anaphor.subject else 0)) if m.subject else 0
            if main_subject and m.subject and m.reported and m.sentence < s:
                score -= REPORTED_PENALTY
            if anaphor.governor is not None and m.start <= anaphor.governor[0] < m.end:
                score += GOVERNOR_BONUS
            score -= (anaphor.start - m.end) / 10000
            if collective:
                # "The club signed two strikers. They will join": a plural phrase in reach, however
                # less salient, is "they" before a body of people (rvc36)
                if collective_best is None or score > collective_best[0]:
                    collective_best = (score, m)
            elif -1 not in best or score > best[-1][0]:
                best[-1] = (score, m)
            continue
        if anaphor.partitive:
            continue  # "none of them": members of a set, no named entity
        entity = entities[m.entity]
        if anaphor.former_office and not _formerly(entity, noun, text, anaphor.start, anaphor.lang, others=[
            (x.start, x.end) for j, other in enumerate(entities) if j != m.entity and other.type == "PER" for x in other.mentions
        ]):
            continue  # "The former senator": only one the text said was a senator before
        if no_office and entity.type == "PER" and _someone_unnamed_since(m.entity, anaphor, markables, text):
            # "Coach Tom Ellery said a teenager had been detained. The 17-year-old": the teenager,
            # someone the text named not, came after the named person (rvc34)
            continue
        if entity.type == "PER" and role_of_someone and _organisation_spoke_since(m.entity, anaphor.start, markables, entities):
            continue
        if entity.type == "PER" and (role_of_someone or m.entity in office_holders) and _other_office(anaphor.text, noun, entity, anaphor.lang, text=text):
            # "Prime Minister Ana Costa ... the minister", "Deputy Police Chief Ann Lee ... the
            # chief" (a title noun of no role of roles.ttl, rvc32): another office than the noun's
            continue
        if (
            entity.type == "PER" and anaphor.kind == "nominal" and anaphor.noun_type == "PER" and noun and not role_of_someone
            and noun not in _words(anaphor.lang, "coref_situation_nouns")  # « le maire … l'intéressé »: any office holder
            and not aged_one  # "Senator Tom Reed ... the 67-year-old": an age is no office (c34a)
            and noun not in (heads := (described or {}).get(m.entity, set()))
            and not _same_office(noun, heads, entity, text, anaphor.lang)
            and (any(_another_role(h, anaphor.lang) for h in heads) or _titled_otherwise(entity, noun, anaphor.lang, text if _nouns(anaphor.lang).get(noun, ("",))[0] == "PER" else ""))
        ):
            # "Manager Tom Ellery said the forward ...", "Daniel Webb, the prosecutor, ... the judge":
            # a position takes up no person a title or a description gave a role of another sort
            # (another position, "striker Kofi Mensah ... the forward", is the same player's)
            continue
        if (
            entity.type == "PER" and anaphor.kind == "nominal" and noun
            and _opposed_role(noun, {*(described or {}).get(m.entity, set()), *_sides_by_name(entity, text, anaphor.lang)}, anaphor.lang)
        ):
            continue  # « Son avocat, Me Paul Bernier … Le procureur »: the other side of the trial
        if own_kind is not None and _other_kind(own_kind, m.entity, kinds, described, anaphor.lang):
            continue
        if (
            own_kind is None and noun in _words(anaphor.lang, "coref_business_nouns") and _not_a_business(m.entity, kinds, described, anaphor.lang)
            and not _a_business(m.entity, entities, described, anaphor.lang)
        ):
            # "The union said the company wanted to cut wages": a union is no company; but an
            # agency the text called a firm is one ("Creative Artists Agency, the talent firm").
            continue
        if noun in _words(anaphor.lang, "coref_business_nouns") and _a_government(entity, anaphor.lang):
            continue  # "the Canadian government ... the company": a government is no company
        if (
            noun in _words(anaphor.lang, "coref_business_nouns") and entity.type == "ORG" and _public_body(entity)
            and not set((described or {}).get(m.entity, ())) & _words(anaphor.lang, "coref_business_nouns")
        ):
            # "The White House said ... officials said the company could go bankrupt": no company,
            # unless the text called it one ("Wagner Group, a private military company")
            continue
        if own_kind is not None and entity.type == "ORG" and _a_government(entity, anaphor.lang) and not _same_kind(own_kind, m.entity, kinds):
            continue  # "the U.S. government ... The union": no kind of organisation is a government
        if (
            own_kind is not None and own_kind in _words(anaphor.lang, "coref_non_business_kinds") and _a_business(m.entity, entities, described, anaphor.lang)
            and not _known_as(own_kind, m.entity, kinds, described, anaphor.lang)
        ):
            continue  # "AT&T Inc … the company … The union said": a company is no union, party or agency
        if _wire_credit(text, m.start, m.end):
            continue  # "DALLAS (Reuters) -": the agency that filed the story is none of its entities
        if _common_noun_name(entity, anaphor.lang):
            continue  # "Carmaker seeks more aid": a headline's capitalised noun names no one
        if anaphor.kind in ("pronoun", "possessive") and _dateline_place(text, m.start, m.end):
            continue  # "MANCHESTER , May 3 \n Manchester United sacked its manager": the dateline is no participant
        if _headline_only(entity, text, anaphor):
            continue  # "Manchester United Sack Manager After Derby Defeat": a title-case headline's words, no name
        if own_origins and (known := (origins or {}).get(m.entity)) and not own_origins & known:
            continue  # "Chrysler, the No. 3 U.S. automaker ... the Italian carmaker" is not Chrysler
        if own_origins and (home := (homes or {}).get(m.entity)) is not None and home not in own_origins \
                and not own_origins & (origins or {}).get(m.entity, set()):
            continue  # "General Motors ... Toyota Motor Corp. ... The Japanese automaker": GM's seat is in the U.S.
        if own_products and (made := (products or {}).get(m.entity)) and not own_products & made:
            continue  # "Tanaka Motor, the Japanese automaker ... the electronics maker" is not Tanaka Motor
        if own_ranks and _other_rank(own_ranks, (ranks or {}).get(m.entity, set())):
            continue  # "Kestrel Motors , the No. 1 U.S. automaker ... The No. 2 U.S. automaker" is not Kestrel Motors
        if entity.type == "LOC" and noun and _other_scale(noun, entity, anaphor.lang):
            continue  # "an office in Nairobi . The country", "Spain said the city": a country is no city
        if entity.type not in anaphor.types:
            if m.sentence <= typed or not (anaphor.kind == "nominal" and _retypable(entity, m, anaphor, s)):
                continue
            if entity.type == "PER" and genders[m.entity] in ("m", "f"):
                continue  # a given name or "he" / "she" already showed a person: "Jan Brack ... he ... The small carmaker"
            if entity.type == "PER" and m.entity in roled:
                # a role already showed a person: "The union's president, Jan Brack ... the
                # automaker", « L'attaquant Léo Marchand … Le joueur … le club anglais »
                continue
        if anaphor.kind == "nominal" and anaphor.gender == "f" and entity.type == "PER" and genders[m.entity] == "m" \
                and _feminine_role(anaphor, text):
            continue  # « le général Peter Mukhito … la présidente »: a woman's title is no man's
        if anaphor.kind == "nominal" and anaphor.lang == "en" and anaphor.gender in ("m", "f") and entity.type == "PER" \
                and genders[m.entity] in ("m", "f") and genders[m.entity] != anaphor.gender:
            continue  # "Anna Jansen ... she ... The Dutchman": a man's noun is no woman's, and the other way round
        if (
            anaphor.kind == "nominal" and anaphor.lang == "fr" and anaphor.noun_type == "PER" and anaphor.gender in ("m", "f")
            and entity.type == "PER" and genders[m.entity] in ("m", "f") and genders[m.entity] != anaphor.gender
        ):
            # « Marie Caron a témoigné contre son associé. L'accusé a nié »: a person noun of
            # ``fr/coref_nouns`` has a form for each gender (« l'accusée »); the other one's is not hers
            continue
        if anaphor.kind in ("pronoun", "possessive"):
            gender = genders[m.entity]
            if anaphor.gender in ("m", "f") and gender in ("m", "f") and gender != anaphor.gender:
                continue
            if anaphor.number == "pl" and not plurals[m.entity] and entity.type == "PER":
                continue
            if anaphor.number == "sg" and plurals[m.entity]:
                continue
            if anaphor.lang == "en" and anaphor.number == "pl" and not plurals[m.entity] and entity.type != "ORG":
                continue
            if anaphor.lang == "en" and anaphor.number == "pl" and not plurals[m.entity] and _conjunct_name(m, markables, text):
                continue  # "Greenway Energy and Solara Power said they": both, not the one named last
            if anaphor.lang == "fr" and anaphor.number == "pl" and not plurals[m.entity]:
                continue  # « ils » for one company or person: too loose to link
            # A pronoun agrees with the earlier pronoun it would continue ("elle" after "ils").
            if anaphor.kind == "pronoun" and m.number in ("sg", "pl") and anaphor.number in ("sg", "pl") and m.number != anaphor.number:
                continue
            if m.gender in ("m", "f") and anaphor.gender in ("m", "f") and m.gender != anaphor.gender:
                continue
        if anaphor.blocked is not None and m.start <= anaphor.blocked[0] < m.end:
            continue
        distance = s - m.sentence
        score = 100.0 - SENTENCE_PENALTY * distance
        if m.paragraph != p:
            score -= PARAGRAPH_PENALTY
        if _in_brackets(text, m.start):
            score -= BRACKET_PENALTY
        if anaphor.lang == "fr" and anaphor.kind == "pronoun" and entity.type == "PER" and anaphor.gender == "f" and genders[m.entity] == "f":
            # « Le groupe Valmont a nommé Sophie Renard directrice générale. Elle succède … »: a
            # woman the given name or title shows, over a company « elle » only may stand for. Not
            # « il »: a man's name says little against the masculine things and events « il » takes
            # up (« Le Tour … a regretté l'organisateur Marc Léon. Il a été arrêté »)
            score += GENDER_BONUS
        if in_role_aside is not None and entity.type != "PER" and in_role_aside(m.start) and not in_role_aside(anaphor.start):
            score -= ROLE_ASIDE_PENALTY
        if (
            anaphor.lang == "en" and anaphor.number == "pl" and anaphor.kind == "pronoun" and (not anaphor.subject or anaphor.object_of_subject)
            and entity.type == "ORG"
            and not plurals[m.entity] and m.entity not in (plural_taken or ())
        ):
            score -= PLURAL_ORG_PENALTY
        if m.subject:
            score += SUBJECT_BONUS
            if anaphor.subject:
                score += PARALLEL_BONUS
            if main_subject and m.reported and m.sentence < s:
                score -= REPORTED_PENALTY
        if anaphor.governor is not None and m.start <= anaphor.governor[0] < m.end:
            score += GOVERNOR_BONUS
            if not m.subject and anaphor.kind == "pronoun" and anaphor.lang == "en":
                score += SUBJECT_BONUS  # the possessor of a source ("Whitlock 's lawyers say he"): the source's say
        if entity.type not in anaphor.types:
            score -= 20  # a description of another type: only when nothing better
        if anaphor.lang == "en" and anaphor.number == "pl" and not plurals[m.entity]:
            score -= 20  # "they" for a company: English allows it, reluctantly
        score -= (anaphor.start - m.end) / 10000  # the nearer of equal mentions
        counts[m.entity] += 1
        kept = best.get(m.entity)
        if kept is None or score > kept[0]:
            best[m.entity] = (score, m)
    if collective_best is not None and -1 not in best:
        best[-1] = collective_best
    answer = (
        answer_of(anaphor.start, anaphor.end)
        if answer_of is not None and anaphor.subject and (anaphor.kind == "pronoun" or anaphor.kind == "nominal" and anaphor.noun_type != "PER")
        else None
    )
    if answer is not None:
        # A speaker answering what the sentence before reported of another (:func:`_answers_report`):
        # "The company said it had never copied anything" is the party reported on, never the source
        # (none when that party is no candidate); "The company said the price cut was temporary"
        # may be either, unresolved when the source is named too.
        answered = {e for e, (_, m) in best.items() if m.subject and m.reported and m.sentence == s - 1}
        if answer == "act":
            best = {e: v for e, v in best.items() if e in answered}
        elif any(e >= 0 and e not in answered for e in best):
            return None
    if -1 in best and not (anaphor.types - {"PER"}) and main_subject \
            and (owner := _speaker_for_owner(best[-1][1], best, markables, text, speaking)) is not None:
        del best[owner]  # "Cole's spokesman said ... He said": the spokesman, not Cole (issue 17, c33a)
    if -1 in best and not (anaphor.types - {"PER"}) and any(e >= 0 for e in best) and (
        not (anaphor.governor is not None and best[-1][1].start <= anaphor.governor[0] < best[-1][1].end)
        or _speaker_for_owner(best[-1][1], best, markables, text, speaking) is not None
    ):
        # a person pronoun takes up a phrase of one person only when no named person agrees, or when
        # that phrase says or governs the pronoun's clause ("Varga said ... A union spokesman said he");
        # not when a named person owns that phrase ("Kerr was fired. Her lawyer said she would sue":
        # Kerr, the one spoken for; rvc33)
        del best[-1]
    if own_kind is not None and own_kind in word_map("xx", "maker_product_kinds").values():
        # "Airbus unveiled the Airbus A390. The car park was full. The car": a product of a maker
        # of planes is no car (rvc33b); only for descriptions of products, as a company the
        # recogniser called a product ("Ford Motor") is still "the carmaker"
        best = {x: v for x, v in best.items() if x < 0 or not _maker_says_otherwise(own_kind, entities[x])}
    if not best:
        return None
    if own_origins and not _ranks_of(anaphor, text):
        # "Chrysler said ... with the help of Italian carmaker Fiat ... The Italian automaker": the
        # entity the text gave that nationality before, over a nearer one it gave none. Not with a
        # rank, whose country is its scope ("the No. 2 U.S. music retailer": No. 2 in the U.S.).
        said = {e for e in best if e >= 0 and own_origins & (origins or {}).get(e, set())}
        if said:
            best = {e: v for e, v in best.items() if e in said or e < 0}
    fits = {
        e: (_head_fits(head, noun, e, described, entities, anaphor.lang) or _same_kind(own_kind, e, kinds)) and _new_words(anaphor, text, e, wording) is None
        or _named_kind(anaphor, noun, e, entities)
        # "Finance Minister Giulia Conti and her deputy, Marco Ferri, ... The minister": the person
        # the role titles
        or role_of_someone and e >= 0 and entities[e].type == "PER" and _titled_with(entities[e], noun, text, anaphor.start, anaphor.lang)
        for e in best
    }
    if sum(fits.values()) > 1 and noun:
        # "the Business Federation ... the General Confederation of Labour ... The federation": a
        # name that has the head as a word of its own fits before one a word of which only ends in
        # it ("Confederation"; "the phone" for "Zorbaphone 4" when no name has "Phone"; rv23a).
        whole = {e for e, fit in fits.items() if fit and e >= 0 and _head_word_in_name(noun, entities[e])}
        if whole:
            fits = {e: fit and (e in whole or not _head_ends_a_name_word(noun, entities[e])) for e, fit in fits.items()}
    worded = _worded(anaphor, best, wording, noun, described)
    ranked = sorted(
        (
            (
                sc + (min(CHAIN_CAP, CHAIN_BONUS * (counts[e] - 1)) if e >= 0 else 0)
                + (HEAD_BONUS if fits[e] else 0)
                + (ORIGIN_BONUS if own_origins and e >= 0 and own_origins & (origins or {}).get(e, set()) else 0)
                # "Ford , the No. 2 U.S. automaker ... General Motors said ... The No. 2 automaker": Ford;
                # only with the head, as a rank word may rank something else ("its largest shareholder")
                + (RANK_BONUS if fits[e] and own_ranks and e >= 0 and _same_rank(own_ranks, (ranks or {}).get(e, set())) else 0)
                + (WORDING_BONUS if e in worded else 0),
                e,
                m,
            )
            for e, (sc, m) in best.items()
        ),
        key=lambda r: -r[0],
    )
    top, e, m = ranked[0]
    if (
        e >= 0 and anaphor.kind == "nominal" and anaphor.lang == "en" and e in office_holders
        and any(r[1] >= 0 and r[1] != e and r[1] in office_holders for r in ranked[1:])
    ):
        # "Foreign minister Anna Weiss met defence minister Karl Bauer. The minister said": two
        # people in reach hold the office the noun names; salience does not tell which (c36a)
        return None
    if e >= 0 and anaphor.kind == "nominal" and anaphor.lang == "en" and _worded_for_another(anaphor, text, e, [r[1] for r in ranked[1:]], wording):
        return None  # "Private hospital operator Medcare and insurer Bluecross ... Bluecross said the hospital group": Medcare's words
    if e >= 0 and anaphor.kind == "nominal" and anaphor.lang == "en" and anaphor.noun_type == "PER" and noun and any(
        x.entity >= 0 and x.entity != e and entities[x.entity].type != "PER" and x.start < anaphor.start and 0 <= s - x.sentence <= window
        and _titled_before(text, x.start, x.end, noun)
        for x in markables
    ):
        # "Swimmer Lena Holt and swimmer Eva Brandt ... The swimmer": the recogniser typed the first
        # a group ("Swimmer Lena Holt"), yet the noun titles her as well: which one is unsure (rvc28)
        return None
    if e >= 0 and anaphor.kind == "nominal" and entities[e].type == "PRO" and noun.lower() in _words(anaphor.lang, "coref_person_product_nouns") and any(
        x.entity >= 0 and entities[x.entity].type == "PER" and m.end <= x.start < anaphor.start for x in markables
    ):
        return None  # "the iPhone 20 ... Naomi Campbell posed with it. The model said": a fashion model maybe (rvc33b)
    # ... nor a named entity it does describe ("Harbor Bank said a bank in Maine would buy its
    # branches. The bank will pay"), when the new thing came after the name: the nearer of the two.
    if said_of_a_thing and e >= 0 and (not fits[e] or m.end <= newest_thing) and not _owns_group_thing(e, group_things, newest_thing, markables, text):
        return None
    margin = POSSESSIVE_MARGIN if anaphor.kind == "possessive" else MARGIN
    if len(ranked) > 1 and top - ranked[1][0] < margin and (chosen := _topic_of_tie(anaphor, noun, own_kind, ranked, margin, topic, text, entities)) is not None:
        ranked = [chosen]  # two organisations too close to call: the article's topic
        top, e, m = chosen
    if len(ranked) > 1 and top - ranked[1][0] < margin:
        if unsure is not None and anaphor.kind == "nominal" and anaphor.noun is not None and e >= 0 and ranked[1][1] >= 0:
            unsure.add(anaphor.noun)  # two named entities: the description is one of them, no new thing
        return None  # two candidates are too close to call
    antecedent = Span(m.start, m.end, text[m.start : m.end])
    distance = s - m.sentence
    where = _how_far(distance)
    if e < 0:  # a thing is likelier: the pronoun joins no named chain, maybe an unnamed one
        return e, antecedent, f"{anaphor.kind}: '{anaphor.text}' -> '{antecedent.text}' (unnamed, {where})"
    role = ", subject" if m.subject else ""
    rule = "description" if anaphor.kind == "nominal" else anaphor.kind
    return e, antecedent, f"{rule}: '{anaphor.text}' -> '{antecedent.text}' ({entities[e].type}{role}, {where})"


_NAME_JOINER = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s*")
# A capitalised word right before "and" and a name, or right after a name and "and": another
# name the recogniser may have missed ("Greenway Energy and Solara Power").
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w&.'’-]*\s*(?:,\s*)?(?:and|or|&)\s+$")
_CAPITAL_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+[A-Z]")


def _conjunct_name(m: _Markable, markables: Sequence[_Markable], text: str) -> bool:
    """Whether the name ``m`` is coordinated with another entity's name ("Greenway Energy and
    Solara Power", "Acme, or Beta"): only "and", "or" or "&" (after a comma or not) between the two;
    or with a capitalised word, a name the recogniser missed."""
    if _CAPITAL_BEFORE.search(text, max(0, m.start - 40), m.start) or _CAPITAL_AFTER.match(text, m.end):
        return True
    for n in markables:
        if n.entity < 0 or n.entity == m.entity:
            continue
        if n.end <= m.start and m.start - n.end <= 7 and _NAME_JOINER.fullmatch(text, n.end, m.start):
            return True
        if m.end <= n.start and n.start - m.end <= 7 and _NAME_JOINER.fullmatch(text, m.end, n.start):
            return True
    return False


# The words a part's description may bear between "the" and its noun and still be the one a verb
# gave: an age ("The 22-year-old suspect", "the 45 year old victim")
_AGE_WORDS = re.compile(r"(?:\s*(?:\d+|\d+-year-old|year-old|year|old|-))*\s*", re.IGNORECASE)


def _bare_part(anaphor: Anaphor, text: str) -> bool:
    """Whether a description of a part a verb gives ("the suspect") has nothing but its article and
    maybe an age before its noun: "the lorry driver", "the second suspect", "the other victim" are
    someone else than the person a verb before gave the part (review rvc39)."""
    if anaphor.noun is None:
        return False
    words = text[anaphor.start : anaphor.noun[0]].split(None, 1)
    return len(words) < 2 or _AGE_WORDS.fullmatch(words[1]) is not None


def _relational(anaphor: Anaphor, text: str) -> bool:
    """Whether a description is headed by a noun of ``coref_relational_nouns`` ("the unit"), which
    takes up only an entity an earlier description gave the same head ("General Motors ... its
    European unit Opel ... the unit" may be Opel, never General Motors)."""
    return anaphor.kind == "nominal" and _head_word_of(anaphor, text) in _words(anaphor.lang, "coref_relational_nouns")


def _titled_before(text: str, start: int, end: int, noun: str, *, lang: str = "en") -> bool:
    """Whether ``noun`` is the title of the person's name at ``start``-``end``: its first word, or
    the word right before it ("Judge Maria Ortega", "federal judge Maria Ortega" for "the judge").
    Not a first word that only leads into a longer title, whose next word is a title's word of
    ``role_titles`` or a role of ``roles.ttl``: "Chief Financial Officer Jane Roe" is an officer,
    no "chief" (rvc32)."""
    if not noun:
        return False
    before = text[max(0, start - len(noun) - 2) : start]
    first = text[start:end].split(maxsplit=2)
    if len(first) > 1 and first[0].lower() == noun:
        following = first[1].lower()
        return following not in _role_title_words(lang) and _label_key(following) not in load_roles().labels
    return re.search(rf"(?<![\w-]){re.escape(noun)}\s+$", before, re.IGNORECASE) is not None


def _inner_title(name: str, lang: str) -> str | None:
    """The title of capitalised words a person's name opens with, lower case ("chief executive"
    of "Chief Executive Sarah Blunt", "foreign minister" of "Foreign Minister Claire Duval"), when
    its last word is a title's head of ``role_titles`` or a role of ``roles.ttl`` and two words of
    the name follow it; else None. Not a title that goes on ("Chief Executive Officer Dana Wills"
    is an officer's, no executive's: its last word is "officer")."""
    words = name.split()
    heads = _role_title_words(lang)
    labels = load_roles().labels
    for k in (0, 1, 2):
        if len(words) != k + 3 or not all(w[:1].isupper() and w.isalpha() for w in words[: k + 1]):
            continue
        last = words[k].lower()
        following = words[k + 1].lower()
        if (last in heads or _label_key(last) in labels) and following not in heads and _label_key(following) not in labels:
            return " ".join(w.lower() for w in words[: k + 1])
    return None


# Up to three capitalised words right before a person's name, which may be a title ("Finance
# Director Tom Ames", "Harlow Bank Chief Executive Sarah Blunt").
_TITLE_BEFORE = re.compile(r"((?:[A-Z][a-z]+\s+){1,3})$")
# A word right after a description that gives its role another owner ("the chief executive of
# Beta", "the governor's office").
_OWNER_AFTER = re.compile(r"\s*(?:of\s|'s?\s|’s?\s|at\s|for\s)")


def _says_title(words: Sequence[str], title: Sequence[str], qualifiers: Collection[str]) -> bool:
    """Whether the lower-case ``words`` hold the words of ``title`` in a row, the word before them
    none of ``qualifiers`` (no "deputy", "former": "Former Chief Executive Tom Ames" is no chief
    executive's name, "Tom Ames, the chief executive of Vexal Corp" is)."""
    n = len(title)
    return any(
        list(words[i : i + n]) == list(title) and (i == 0 or words[i - 1] not in qualifiers and not words[i - 1].startswith("ex-"))
        for i in range(len(words) - n + 1)
    )


class _PersonTitles:
    """The titles an English text gives named persons before their names, looked up by a
    definite description that says the whole title again: "Chief Executive Sarah Blunt ... The
    chief executive", "Foreign Minister Claire Duval met Defence Minister Luc Moreau ... The foreign
    minister" (issue 17, c38a). A title of one word is its own key ("Governor Ann Lee": "governor");
    one of several words gives its last two or three ("prime minister", not "minister"; "chief
    executive" of "Harlow Bank Chief Executive"), so that "the minister" after "Prime Minister Ana
    Costa" finds no holder here. The title ends in a title's head of ``role_titles`` or a role of
    ``roles.ttl`` and is no former one (``former_words``); its last words are no key when the word
    before them names another office ("Deputy Prime Minister", "Shadow Foreign Secretary": a lead
    word of ``role_titles`` or the first of a ``coref_distinct_offices`` title). A person the text
    gives a key otherwise (in small letters before the name, in an apposition: "Tom Ames, the chief
    executive of Vexal Corp") holds it too (rvc38). Built once per document; a look-up is a
    dictionary access and a look at the holders of that title before the description."""

    def __init__(self, entities: Sequence[Entity], text: str) -> None:
        heads = _role_title_words("en")
        labels = load_roles().labels
        former = _words("en", "former_words")
        # The words that make a title another office than the words after them: those that only
        # lead into a title ("deputy", "vice", "chief" of ``role_titles``) and the first words of the
        # titles of ``coref_distinct_offices`` ("assistant", "lieutenant", "shadow")
        qualifiers = {r[0] for r in _safe_rows("en", "role_titles") if len(r) > 1 and r[1] == "part"} | {
            office.split()[0] for offices in _distinct_offices("en").values() for office in offices if " " in office
        }
        # title key -> (start, end, entity) of the titled mentions, in text order
        self.holders: dict[str, list[tuple[int, int, int]]] = {}
        # head word -> the persons a title of any length ending in it gives it
        self.by_head: dict[str, set[int]] = {}
        for e, entity in enumerate(entities):
            if entity.type != "PER":
                continue
            for m in entity.mentions:
                words = _inner_title(m.text, "en")
                title = words.split() if words is not None else []
                lead = text[max(0, m.start - 40) : m.start]
                if not title and (found := _TITLE_BEFORE.search(lead)) is not None:
                    title = [w.lower() for w in found.group(1).split()]
                    lead = lead[: found.start()]
                if not title or not (title[-1] in heads or _label_key(title[-1]) in labels):
                    continue
                said_before = [w.lower() for w in re.findall(r"[\w'’-]+", lead)[-2:]]
                if any(w in former or w.startswith("ex-") for w in said_before + title):
                    continue  # "former Governor Ann Lee": the office is no longer hers
                self.by_head.setdefault(title[-1], set()).add(e)
                # The last words are the title only when the word before them names no other office
                # ("Deputy Prime Minister Tom Ames" is no prime minister, "Assistant Health
                # Secretary" no health secretary; "Harlow Bank Chief Executive" is a chief executive)
                keys = [" ".join(title)] if len(title) == 1 else [
                    " ".join(title[-n:]) for n in (2, 3) if n == len(title) or n < len(title) and title[-n - 1] not in qualifiers
                ]
                for key in keys:
                    self.holders.setdefault(key, []).append((m.start, m.end, e))
        # Another person the text gives the same title otherwise, in small letters before the name
        # ("Vexal chief executive Tom Ames") or in an apposition after it ("Tom Ames, the chief
        # executive of Vexal Corp"): the description may be theirs as well, so no one holds it alone
        if self.holders:
            for e, entity in enumerate(entities):
                if entity.type != "PER":
                    continue
                for m in entity.mentions:
                    # the words right before the name, ending there, the name's own, or the apposition's first
                    ahead = re.search(r"((?:[\w'’-]+[^\S\n]+){1,4})$", text[max(0, m.start - 40) : m.start])
                    before = re.findall(r"[\w'’-]+", ahead.group(1).lower()) if ahead else []
                    own = re.findall(r"[\w'’-]+", m.text.lower())
                    after = text[m.end : m.end + 80].split(",")[1] if text[m.end : m.end + 1] == "," else ""
                    apposition = re.findall(r"[\w'’-]+", after.lower())[:6]
                    for key, titled in self.holders.items():
                        title = key.split()
                        if not any(t[0] == m.start for t in titled) and (
                            _says_title(before[-len(title) - 1 :], title, qualifiers | former) and before[-len(title) :] == title
                            or _says_title(before[-1:] + own, title, qualifiers | former)
                            or _says_title(apposition, title, qualifiers | former)
                        ):
                            titled.append((m.start, m.end, e))
        for titled in self.holders.values():
            titled.sort()

    def holder(self, anaphor: Anaphor, text: str, paragraph_of: Callable[[int], int]) -> tuple[int, Span, str] | None:
        """The one person whose title ``anaphor`` ("the chief executive") says again, titled
        before it and at most two paragraphs back, with the evidence; None when no one or
        several are, when the title says more than the description's words (a description of one
        word for a title of several: :attr:`by_head`), when another person was given a title
        ending in the same head since, when the description names another owner ("the chief
        executive of Beta") or when a word of ``coref_handover_words`` comes between ("Her
        successor ... The governor")."""
        if not self.holders or anaphor.kind != "nominal" or anaphor.lang != "en" or anaphor.noun_type != "PER":
            return None
        words = anaphor.text.split()
        if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(w.isalpha() and w.islower() for w in words[1:]):
            return None
        key = " ".join(words[1:])
        found = [h for h in self.holders.get(key, ()) if h[0] < anaphor.start and paragraph_of(anaphor.start) - paragraph_of(h[0]) <= 2]
        people = {e for _a, _b, e in found}
        if len(people) != 1:
            return None  # "Governor Ann Lee and Governor Bill Tate ... The governor": which one?
        e = people.pop()
        if len(words) == 2 and self.by_head.get(words[1], set()) - {e}:
            return None  # "Minister Paul Grant met Foreign Minister Anna Weiss. The minister": unsure
        if _OWNER_AFTER.match(text, anaphor.end):
            return None
        a, b, _e = found[-1]
        handover = _words("en", "coref_handover_words")
        if any(w in handover for w in re.findall(r"[a-z]+", text[b : anaphor.start].lower())):
            return None
        return e, Span(a, b, text[a:b]), f"description: '{anaphor.text}' -> '{text[a:b]}' (the title before the name said again)"


def _another_role(head: str, lang: str) -> bool:
    """Whether a description's head gives a person a role a position noun is not ("Daniel Webb,
    the prosecutor": no "judge"): a role of ``roles.ttl`` or a title's head of ``role_titles``, not a
    position of ``coref_nouns`` nor a noun of a player of any position (``coref_any_position_nouns``):
    "Kofi Mensah, the club's top scorer", "Tom Reilly, the team's captain" are still "the striker",
    "the goalkeeper" (rv24c)."""
    if not head.isalpha() or _nouns(lang).get(head, ("",))[0] == "PER" or head in _words(lang, "coref_any_position_nouns"):
        return False
    return _label_key(head) in load_roles().labels or head in _role_title_heads(lang)


def _office_holders(
    anaphor: Anaphor, noun: str, markables: Sequence[_Markable], entities: Sequence[Entity], described: Mapping[int, set[str]], text: str,
    s: int, window: int,
) -> frozenset[int]:
    """The persons named before the English description ``anaphor`` within ``window`` sentences of
    its sentence ``s`` whose title or description names the office its head ``noun`` names in other
    words (:func:`_same_office`): "Senator Ann Cole" for "the lawmaker". Empty for a noun of no
    office group, and for any other description."""
    if anaphor.kind != "nominal" or anaphor.noun_type != "PER" or anaphor.lang != "en" or not noun or noun not in _synonyms(anaphor.lang):
        return frozenset()
    candidates = {
        m.entity for m in markables
        if m.entity >= 0 and m.start < anaphor.start and 0 <= s - m.sentence <= window and entities[m.entity].type == "PER"
    }
    return frozenset(e for e in candidates if _same_office(noun, described.get(e, ()), entities[e], text, anaphor.lang))


def _title_holders(
    anaphor: Anaphor, noun: str, markables: Sequence[_Markable], entities: Sequence[Entity], described: Mapping[int, set[str]], text: str,
    s: int, window: int,
) -> frozenset[int]:
    """The persons named before the English description ``anaphor`` of a person within ``window``
    sentences of its sentence ``s`` whom its head ``noun`` titles ("Governor Tom Hale" for "the
    governor", :func:`_titled_with`) or an earlier description gave that head ("Tom Reyes, the chief
    of the fire service" for "the chief"): the holders of the office in reach. Empty for any other
    description."""
    if anaphor.kind != "nominal" or anaphor.noun_type != "PER" or anaphor.lang != "en" or not noun.isalpha():
        return frozenset()
    candidates = {
        m.entity for m in markables
        if m.entity >= 0 and m.start < anaphor.start and 0 <= s - m.sentence <= window and entities[m.entity].type == "PER"
    }
    # a holder of another office whose title ends in the noun is one too ("Lieutenant Governor Ann
    # Cole" for "the governor"), whom :func:`_most_salient` then sets aside: no other person (rvc32)
    return frozenset(
        e for e in candidates
        if noun in described.get(e, ()) or _titled_with(entities[e], noun, text, anaphor.start, anaphor.lang)
        or _other_office(anaphor.text, noun, entities[e], anaphor.lang, text=text)
    )


def _same_office(noun: str, heads: Iterable[str], entity: Entity, text: str, lang: str) -> bool:
    """Whether a person's description or title names the office ``noun`` names in other words
    (``coref_head_synonyms``): "Tom Reyes, a senator" or "Senator Tom Reyes" is "the lawmaker"
    (issue 17, c31a)."""
    if lang != "en":
        return False
    synonyms = _synonyms(lang)
    group = synonyms.get(noun)
    if group is None:
        return False
    if any(synonyms.get(h) == group for h in heads):
        return True
    for m in entity.mentions:
        words = m.text.split()
        before = re.search(r"(?<![\w-])([A-Za-z][\w-]*)\s+$", text[max(0, m.start - 30) : m.start]) if text else None
        firsts = ([words[0].lower()] if len(words) > 1 else []) + ([before.group(1).lower()] if before else [])
        if any(synonyms.get(first) == group for first in firsts):
            return True
    return False


def _titled_otherwise(entity: Entity, noun: str, lang: str, text: str = "") -> bool:
    """Whether a name of ``entity`` opens with a title of a role (``role_titles`` heads, a role of
    ``roles.ttl``) other than ``noun``: "Manager Tom Ellery" is no "forward", "Judge Ana Ruiz" no
    "striker"; with ``text``, so is a title right before a name the title is not part of ("Coach
    Emma Hart", the name "Emma Hart", is no "forward": rv24c)."""
    if lang != "en":
        return False
    titles = _role_title_heads(lang)
    labels = load_roles().labels
    for m in entity.mentions:
        words = m.text.split()
        firsts = [words[0].lower()] if len(words) > 1 and words[0][:1].isupper() else []
        if text and (before := re.search(r"(?<![\w-])([A-Za-z][\w-]*)\s+$", text[max(0, m.start - 30) : m.start])):
            firsts.append(before.group(1).lower())
        if any(first != noun and (first in titles or _label_key(first) in labels) for first in firsts):
            return True
    return False


@cache
def _role_title_heads(lang: str) -> frozenset[str]:
    """The words of ``role_titles`` that end a title ("manager", "coach", "judge")."""
    return frozenset(r[0] for r in _safe_rows(lang, "role_titles") if len(r) > 1 and r[1] == "head")


@cache
def _role_title_words(lang: str) -> frozenset[str]:
    """The words of ``role_titles`` that end a title or lead into one ("officer", "chief", "vice")."""
    return frozenset(r[0] for r in _safe_rows(lang, "role_titles") if len(r) > 1 and r[1] in ("head", "part"))


def _titled_people(entities: Sequence[Entity]) -> set[int]:
    """The persons a name of theirs gives a role, its first words a role label of ``roles.ttl``
    ("Governor Glenn Stevens", "Finance Minister Peer Steinbrueck"): a role already showed a
    person, whom no organisation noun retypes ("Stevens said the central bank would act")."""
    labels = load_roles().labels
    out: set[int] = set()
    for e, entity in enumerate(entities):
        if entity.type != "PER":
            continue
        for m in entity.mentions:
            words = m.text.split()
            if any(_label_key(" ".join(words[:n])) in labels for n in range(1, min(3, len(words) - 1) + 1)):
                out.add(e)
                break
    return out


def _topic(text: str, markables: Sequence[_Markable], entities: Sequence[Entity]) -> int | None:
    """The organisation an article is about: the only one its headline (a first line of at most
    :data:`HEADLINE_WORDS` words with no final stop) names, when the lead, the first sentence after
    the headline that names anything but a place (a dateline names nothing), names it again.
    None without a headline."""
    first, _, _ = text.partition("\n")
    if not first or len(first.split()) > HEADLINE_WORDS or first.rstrip().endswith((".", "!", "?")):
        return None
    headline = {m.entity for m in markables if m.entity >= 0 and m.end <= len(first) and entities[m.entity].type == "ORG"}
    if len(headline) != 1:
        return None  # "Chrysler files for bankruptcy , Fiat to take stake": about both
    lead = min((m.sentence for m in markables if m.start > len(first) and m.entity >= 0 and entities[m.entity].type != "LOC"), default=None)
    if lead is None:
        return None
    named = {m.entity for m in markables if m.sentence == lead and m.entity in headline}
    return next(iter(named)) if named else None


def _topic_of_tie(
    anaphor: Anaphor, noun: str, kind: str | None, ranked: Sequence[tuple[float, int, _Markable]], margin: float, topic: int | None,
    text: str = "", entities: Sequence[Entity] = (),
) -> tuple[float, int, _Markable] | None:
    """The article's topic (:func:`_topic`) among the candidates within ``margin`` of the best, for a
    description of an organisation by a noun of business ("the company"; ``coref_business_nouns``) or
    of a kind ("the carmaker"; ``coref_noun_kinds``): news keeps describing the organisation it is
    about ("Nissan to cut jobs \n Nissan said ... Mr. Ghosn, who also heads Renault, said the
    company ..." is Nissan). None otherwise, and the tie stays unresolved."""
    if topic is None or anaphor.kind != "nominal" or "ORG" not in anaphor.types:
        return None
    if kind is None and noun not in _words(anaphor.lang, "coref_business_nouns"):
        return None
    top = ranked[0][0]
    tied = [r for r in ranked if top - r[0] < margin]
    if any(r[1] != topic and 0 <= r[1] < len(entities) and _names_speakers_employer(entities[r[1]], anaphor, text) for r in tied):
        return None  # "Renault chief executive Luc Morel ... said the company": his own, not the topic
    return next((r for r in tied if r[1] == topic), None)


# How far back :func:`_names_speakers_employer` looks for the speaker's organisation, in characters.
_EMPLOYER_WINDOW = 300
# A name's possessive ending before a role ("Renault 's chief executive").
_POSSESSIVE_END = re.compile(r"\s*['’]s?\b")


def _names_speakers_employer(entity: Entity, anaphor: Anaphor, text: str) -> bool:
    """Whether a name of ``entity`` stands, in the sentence of the description ``anaphor`` and
    before it, right before a role label of ``roles.ttl`` ("Renault chief executive Luc Morel , who
    sat on the board of Nissan , said the company", "Renault 's chairman said the company"): the
    organisation of a speaker, of which a description in the speaker's words most likely speaks,
    whatever the article is about. A name in an aside ("Mr. Ghosn , who also heads Renault , said
    the company") is followed by no role. Reads at most :data:`_EMPLOYER_WINDOW` characters back."""
    start = max(0, anaphor.start - _EMPLOYER_WINDOW)
    window = text[start : anaphor.start]
    cut = max(window.rfind("\n") + 1, max((m.end() for m in re.finditer(r"[.!?]\s", window)), default=0))
    window = window[cut:]
    labels = load_roles().labels
    for name in {m.text for m in entity.mentions}:
        at = window.find(name)
        while at >= 0:
            rest = window[at + len(name) :]
            if (ending := _POSSESSIVE_END.match(rest)) is not None:
                rest = rest[ending.end() :]
            words = rest.split()[:3]
            if any(_label_key(" ".join(words[:n])) in labels for n in range(1, len(words) + 1)):
                return True
            at = window.find(name, at + 1)
    return False


def _another_index(anaphor: Anaphor, e: int, markables: Sequence[_Markable], entities: Sequence[Entity], text: str) -> bool:
    """Whether ``markables`` (those of the description's window) mention another stock market index
    than entity ``e``, which a description of an index would take up: another index's name ("The
    Dow and the Nasdaq rose . The index ...") or a phrase headed by an index noun that names none
    ("The S&P 500 fell . The consumer price index rose . The index ..."). Which index the
    description means is then a guess, and it is left out of every chain."""
    nouns = {w for w, (t, _g) in _nouns(anaphor.lang).items() if t == "FIN"}
    for m in markables:
        if m.start >= anaphor.start or m.entity == e:
            continue
        if m.entity >= 0 and (entities[m.entity].type == "FIN" or _index_name(text[m.start : m.end], anaphor.lang)):
            return True  # an index the recogniser typed otherwise counts too ("Le CAC 40 et le Dax": "CAC", ORG)
        if m.entity < 0 and text[m.start : m.end].lower() in nouns:
            return True
    return False


def _bare_index_name(name: str, lang: str) -> str:
    """A name in lower case without its article ("The Dow" -> "dow", « l'indice » -> "indice"), as
    ``xx/market_indices`` writes it."""
    words = re.sub(r"^\w+['’]", "", name.lower()).split()
    if words and words[0] in _words(lang, "definite_determiners"):
        words = words[1:]
    return " ".join(words)


def _index_name(name: str, lang: str) -> bool:
    """Whether ``name`` is a name of ``xx/market_indices``."""
    return _bare_index_name(name, lang) in word_map("xx", "market_indices")


def _index_fits(anaphor: Anaphor, entity: Entity) -> bool:
    """Whether the modifiers of a description of an index fit ``entity``: a modifier of
    ``coref_index_modifiers`` with names in its second column ("tech-heavy": the Nasdaq; « parisien »:
    the CAC 40) takes up only an index one of whose names starts with one of them."""
    restricted = _index_modifiers(anaphor.lang)
    wanted = [restricted[w] for w in anaphor.text.lower().split() if restricted.get(w)]
    if not wanted:
        return True
    names = {_bare_index_name(m.text, m.lang or anaphor.lang) for m in entity.mentions}
    return all(any(n == w or n.startswith(w + " ") for n in names for w in fit) for fit in wanted)


def _based_in(text: str, anaphor: Anaphor, place: tuple[int, int, int]) -> bool:
    """Whether the description ``anaphor`` says that an organisation sits in the place its parse
    points at: "<place>[, <region>]-based <noun>" ("the Auburn Hills, Michigan-based company",
    ``coref_seat_participles``); such a description is never the place itself."""
    seats = _words(anaphor.lang, "coref_seat_participles")
    if not seats:
        return False
    tail = text[place[0] : max(anaphor.end, place[1])]
    return any(m.group(1).lower() in seats for m in _SEAT.finditer(tail) if m.start() >= place[1] - place[0])


_SEAT = re.compile(r"-([^\W\d_]+)\b")


def _origins_of(anaphor: Anaphor, text: str) -> frozenset[str]:
    """The countries (QIDs) a description's premodifiers name by a demonym or a country's name
    (``demonyms.tsv``: "the Italian carmaker", "the No. 3 U.S. automaker", "Germany's largest
    union"), before its head noun only ("the U.S. unit of Germany's Daimler" is American): an
    apposition before its name takes the words right before it ("Italian carmaker Fiat")."""
    head = anaphor.noun or anaphor.head
    if head is None:
        return frozenset()
    start = anaphor.start
    if anaphor.kind == "appositive" and anaphor.antecedent is not None and anaphor.end <= anaphor.antecedent[0]:
        line = text.rfind("\n", 0, start) + 1
        before = _WORDS_BEFORE.search(text, max(line, start - 40), start)
        start = before.start() if before is not None else start
    words = [w for w in re.split(r"[\s,]+", text[start : head[0]]) if w]
    table = _demonyms(anaphor.lang)
    found: set[str] = set()
    adjective = _nationality_adjectives(anaphor.lang).get(text[head[0] : head[1]].lower()) if anaphor.kind == "nominal" else None
    if adjective is not None and (qid := table.get(normalise_name(adjective))) is not None:
        found.add(qid)  # "The Spaniard": a Spanish person, none the text called French
    if anaphor.lang == "fr" and anaphor.kind in ("appositive", "nominal"):
        # « le président sénégalais », « le Premier ministre britannique sortant »: a French
        # nationality adjective follows its noun; only the adjectives right after the head, up to the
        # first other word or punctuation (« le ministre sénégalais des Affaires étrangères »:
        # Senegalese only); an apposition's extent may end at its head (« Le président
        # sénégalais, Moussa Diallo »), so the words after the extent are read too
        for word in text[head[1] : head[1] + 60].split()[:3]:
            qid = table.get(normalise_name(word.rstrip(",;:.)"))) if word[:1].isalpha() else None
            if qid is None:
                break
            found.add(qid)
            if not word[-1:].isalpha():
                break
    if not words:
        return frozenset(found)
    for i in range(len(words)):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            phrase = re.sub(r"(?:['’]s|['’])$", "", phrase)  # "Germany's"
            qid = table.get(normalise_name(phrase)) or _seat_country(phrase, anaphor.lang)
            if qid is not None:
                found.add(qid)
                break
    return frozenset(found)


def _lone_word_person(entity: Entity, gender: str) -> bool:
    """Whether ``entity`` is a person only by the recogniser's word: every name of one word, no
    gazetteer record, no gender a given name or a pronoun showed."""
    return (
        entity.type == "PER" and entity.qid is None and gender not in ("m", "f") and not entity.references
        and all(" " not in m.text.strip() for m in entity.mentions)
    )


def _public_body(entity: Entity) -> bool:
    """Whether ``entity`` is an organisation of the gazetteer's ``organisations.tsv`` (government
    bodies, legislatures, courts, parties, international organisations), by its record's id or, for
    a name the linker left without one, every record bearing its name, or a body's one-word name of
    ``en/standalone_body_names`` ("the Senate", "the Treasury", "Parliament"): none of them is a company."""
    words = entity.label.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) == 1 and words[0] in _words("en", "standalone_body_names"):
        return True  # "The Senate passed the bill ... Senators said the company would repay the loan"
    bodies = _public_body_ids()
    ids = _record_ids(entity)
    return bool(ids) and all(x in bodies for x in ids)


@cache
def _public_body_ids() -> frozenset[str]:
    """The record ids of the gazetteer's ``organisations.tsv``."""
    from kg.knowledge.resources import resource_path

    path = resource_path("gazetteer", "organisations.tsv")
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(line.split("\t", 1)[0] for line in lines if line.strip() and not line.startswith("#"))


def _company_homes(entities: Sequence[Entity]) -> dict[int, str]:
    """The country (QID) of the seat of each organisation of ``entities`` that is a company of the
    gazetteer with one home country (``xx/company_countries``), by its record's id or, for a name
    the linker left without one, the records bearing its name; none when they disagree."""
    table = _company_countries()
    if not table:
        return {}
    found: dict[int, str] = {}
    for i, entity in enumerate(entities):
        if entity.type != "ORG":
            continue
        ids = _record_ids(entity)
        countries = {table[x] for x in ids if x in table}
        if len(countries) == 1:
            found[i] = countries.pop()
    return found


@cache
def _company_countries() -> dict[str, str]:
    """Gazetteer record id -> the country (QID) of the company's seat (``xx/company_countries``)."""
    return {row[0]: row[1] for row in _safe_rows("xx", "company_countries") if len(row) > 1}


def _seat_country(phrase: str, lang: str) -> str | None:
    """The country (QID) of a city or state written as an organisation's seat before its noun, bare
    or with a seat participle ("Detroit", "Trollhattan-based", "Michigan-headquartered";
    ``coref_seat_countries``, ``coref_seat_participles``): "the Detroit automaker" is American."""
    if not phrase[:1].isupper():
        return None
    place, _, participle = phrase.rpartition("-")
    if not place or participle.lower() not in _words(lang, "coref_seat_participles"):
        place = phrase
    return _seat_countries(lang).get(normalise_name(place))


@cache
def _seat_countries(lang: str) -> dict[str, str]:
    """Normalised seat names -> country QID (``coref_seat_countries``; empty for a language without it)."""
    return {normalise_name(row[0]): row[1] for row in _safe_rows(lang, "coref_seat_countries") if len(row) > 1}


# Up to three capitalised words (a demonym, "U.S.") right before an apposition that premodifies a name.
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]* ){1,3}$")


@lru_cache(maxsize=4)
def _demonyms(lang: str) -> dict[str, str]:
    """Normalised demonyms and country names (``demonyms.tsv``, the gazetteer's country labels)
    -> country QID."""
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.knowledge.institutions import tables

    gaz = default_gazetteer()
    table = dict(tables(gaz).demonyms.get(lang, {}))
    for qid in set(table.values()):
        record = gaz.by_id(qid)
        if record is not None:
            for name in record.names():
                table.setdefault(normalise_name(name), qid)
    return table


def _a_government(entity: Entity, lang: str) -> bool:
    """Whether ``entity`` is a country (``demonyms.tsv``) or an organisation whose name holds a
    ``coref_government_nouns`` noun ("the U.S. government", "the Obama administration"): what
    "the government" may stand for."""
    if entity.type == "LOC":
        return entity.qid is not None and entity.qid in set(_demonyms(lang).values())
    nouns = _words(lang, "coref_government_nouns")
    return entity.type == "ORG" and any(w.lower() in nouns for name in _mention_texts(entity) for w in name.split())


def _other_scale(noun: str, entity: Entity, lang: str) -> bool:
    """Whether a place description's head noun names a country (``coref_country_nouns``: "the
    country") and the place is none, or a place smaller than a country (``coref_subnational_nouns``:
    "the city", "the region") and the place is a country (``demonyms.tsv``)."""
    country = entity.qid is not None and entity.qid in set(_demonyms(lang).values())
    if noun in _words(lang, "coref_country_nouns"):
        return not country
    return country and noun in _words(lang, "coref_subnational_nouns")


def _countries_before(anaphor: Anaphor, markables: Sequence[_Markable], entities: Sequence[Entity], sentence: int) -> set[str]:
    """The countries (QIDs, ``demonyms.tsv``) that ``markables`` name in the anaphor's sentence
    before it, as places (not governments)."""
    return {
        qid for m in markables
        if m.entity >= 0 and m.sentence == sentence and m.end <= anaphor.start and entities[m.entity].type == "LOC"
        and (qid := entities[m.entity].qid) is not None and _a_government(entities[m.entity], anaphor.lang)
    }


def _only_government(
    anaphor: Anaphor, entities: Sequence[Entity], governments: Sequence[tuple[int, int, Sequence[int], Sequence[tuple[int, int]]]], text: str
) -> tuple[int, Span, str] | None:
    """The one organisation named as a government anywhere before a "the government" that no
    entity of its window may stand for ("... the United States government will own 60% ... Obama
    said the government did not want to run GM"), with its last mention; None when the text named
    none or several. ``governments``: the organisations named as a government, (first start,
    entity, mention starts, mention spans) by first start."""
    found = []
    for first, e, starts, spans in governments:
        if first >= anaphor.start:
            break
        if not _headline_only(entities[e], text, anaphor):
            found.append((e, starts, spans))
            if len(found) > 1:
                return None
    if len(found) != 1:
        return None
    e, starts, spans = found[0]
    a, b = spans[bisect.bisect_left(starts, anaphor.start) - 1]
    return e, Span(a, b, text[a:b]), f"description: '{anaphor.text}' -> '{text[a:b]}' (the only government named before)"


def _named_kind(anaphor: Anaphor, noun: str, e: int, entities: Sequence[Entity]) -> bool:
    """Whether a description whose head a word modifies into a kind of its own ("the central
    bank", ``coref_kind_adjectives``; "the investment bank") has all its words in one of entity
    ``e``'s names or gazetteer aliases ("the European Central Bank", the Federal Reserve's "U.S.
    central bank"): a fit as telling as a head said before, which the bare head's descriptions of
    another entity ("Citigroup ... the bank") are not."""
    if e < 0 or not anaphor.compounds or not noun:
        return False
    wanted = {*anaphor.compounds, noun}
    return any(wanted <= words for words in _name_words(entities[e]))


def _name_words(entity: Entity) -> list[frozenset[str]]:
    """The lower-case words of each of ``entity``'s names and of its gazetteer record's names."""
    names = set(_mention_texts(entity))
    if entity.qid is not None:
        names.update(_record_names(entity.qid))
    for canonical in {m.canonical for m in entity.mentions if m.canonical}:
        names.update(_record_names(canonical))  # a record with no QID ("org:uk-bank-of-england": "British central bank")
    return [frozenset(w.lower() for w in _WORD.findall(n)) for n in names]


@lru_cache(maxsize=4096)
def _record_names(qid: str) -> tuple[str, ...]:
    """The names of the gazetteer record ``qid`` or local id (none when it has no record)."""
    from kg.knowledge.gazetteer import default_gazetteer

    record = default_gazetteer().by_id(qid)
    return record.names() if record is not None else ()


def _worded(
    anaphor: Anaphor, best: Mapping[int, object], wording: Mapping[int, set[str]] | None, noun: str = "",
    described: Mapping[int, set[str]] | None = None,
) -> frozenset[int]:
    """The candidates (named entities of ``best``) an earlier description gave every noun modifier
    of an English description ("cable operator Linkway ... Vexon ... The cable company": Linkway),
    when some other candidate had none of them; else none. A head noun every business fits
    (``coref_generic_heads``: "company") or one said of the candidate before ("State carrier
    Aerolink ... the state carrier") goes with the modifiers; another does not ("the state company
    Voltra ... The state broadcaster" is not Voltra's by "state"; rvc27)."""
    # a seat participle ("the London-based company") says where, which the seat rules weigh
    words = anaphor.compounds - _words(anaphor.lang, "coref_seat_participles")
    if wording is None or anaphor.kind != "nominal" or anaphor.lang != "en" or not words:
        return frozenset()
    generic = not noun or noun in _words(anaphor.lang, "coref_generic_heads")
    named = [e for e in best if e >= 0]
    worded = frozenset(
        e for e in named if words <= wording.get(e, set()) and (generic or noun in (described or {}).get(e, ()))
    )
    if not worded or not any(not words & wording.get(e, set()) for e in named if e not in worded):
        return frozenset()
    return worded


def _worded_for_another(anaphor: Anaphor, text: str, e: int, others: Iterable[int], wording: Mapping[int, set[str]] | None) -> bool:
    """Whether a noun modifying an English description's head was said of no earlier description
    of entity ``e`` but of one of another candidate ("Private hospital operator Medcare ... insurer
    Bluecross ... the hospital group" is no description of Bluecross): which one it is, is unsure."""
    if wording is None or not wording.get(e):
        return False
    words = anaphor.compounds - _words(anaphor.lang, "coref_seat_participles")
    new = {w for w in words if w not in wording[e]}
    return bool(new) and any(o >= 0 and o != e and new & wording.get(o, set()) for o in others)


def _titled_with(entity: Entity, noun: str, text: str, before: int, lang: str) -> bool:
    """Whether a name of the person ``entity`` before ``before`` opens with the role ``noun`` as a
    title, or follows it ("Governor Linda Hale", "Finance Minister Giulia Conti"); not a former
    title ("Former Finance Minister Giulia Conti", ``former_words``), nor one the text then says the
    person left or another took over ("Health Minister Ruth Kaye resigned ... Her successor, Dan
    Price, ... The minister", ``coref_handover_words``: rvc28)."""
    former = _words(lang, "former_words")
    handover = _words(lang, "coref_handover_words")
    for m in entity.mentions:
        if m.start >= before or not _titled_before(text, m.start, m.end, noun, lang=lang):
            continue
        lead = [w.lower() for w in re.findall(r"[\w'’-]+", text[max(0, m.start - 60) : m.start])[-4:]]
        lead += [w.lower() for w in re.findall(r"[\w'’-]+", text[m.start : m.end])[:1]]
        if any(w in former or w.startswith("ex-") for w in lead):
            continue
        if any(w in handover for w in re.findall(r"[a-z]+", text[m.end : before].lower())):
            continue
        return True
    return False


def _new_words(anaphor: Anaphor, text: str, e: int, wording: Mapping[int, set[str]] | None) -> str | None:
    """A noun modifying a description's head that no earlier description of entity ``e`` had
    ("investment" in "The investment bank" after "Citigroup ... The bank"), or None (also when
    ``wording`` is not tracked)."""
    if wording is None or e < 0:
        return None
    known = wording.get(e, set())
    return next((w for w in sorted(anaphor.compounds) if w not in known), None)


_WORD = re.compile(r"[^\W\d_][\w-]*")


def _common_noun_name(entity: Entity, lang: str) -> bool:
    """Whether every name of ``entity`` is one capitalised description noun (``coref_nouns``:
    "Carmaker", "Union" at the head of a headline) that no gazetteer record types: no antecedent."""
    if entity.qid or lang != "en":
        return False  # English headlines capitalise their words
    nouns = _nouns(lang)
    return all(" " not in name.strip() and name.strip().lower() in nouns for name in _mention_texts(entity))


def _dateline_place(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is the place of a dateline: in capitals at the start
    of its line, before a comma, a bracket or a dash ("MANCHESTER , May 3", "DALLAS (Reuters) -")."""
    name = text[start:end]
    if not name.isupper() or (start > 0 and text[start - 1] != "\n"):
        return False
    return re.match(r"\s*[,(\-–—]", text[end : end + 3]) is not None


def _headline_only(entity: Entity, text: str, anaphor: Anaphor) -> bool:
    """Whether ``entity`` has no gazetteer record and is named only in an English headline in
    title case on the text's first line, and ``anaphor`` lies after that line: the recogniser
    reads a run of capitalised headline words as a name ("Derby Defeat", "Bank Of America Pays
    Fine"), and an entity the story is about is named again in its body, so none of the body's
    pronouns or descriptions takes it up."""
    return anaphor.lang == "en" and anaphor.start >= _headline_end(text) and _headline_name(entity, text)


def _headline_end(text: str) -> int:
    """The end of the text's first line when it is short enough to be a headline (-1 otherwise):
    a text with no line break is not read to its end for each candidate of each reference."""
    return text.find("\n", 0, 1000)


def _headline_name(entity: Entity, text: str) -> bool:
    """Whether ``entity`` has no gazetteer record and all its mentions start on the text's first
    line, a headline in title case (:func:`_title_case`)."""
    end = _headline_end(text)
    if entity.qid or end < 0 or any(m.start >= end for m in entity.mentions):
        return False
    return _title_case(text[:end])


def _title_case(line: str) -> bool:
    """Whether a line capitalises its words as a headline in title case does: at least three
    words of four letters or more, and all of them capitalised."""
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _acting_place(text: str, m: _Markable, lang: str) -> bool:
    """Whether the place mention ``m`` is a subject in its own right ("Germany said"), not the
    issuer of the shares its subject names ("U.S. stocks fell": the market, no government)."""
    if not m.subject:
        return False
    after = re.match(r"\s*([^\W\d_]+)", text[m.end : m.end + 30])
    return after is None or after.group(1).lower() not in _words(lang, "coref_share_nouns")


def _in_brackets(text: str, start: int) -> bool:
    """Whether ``start`` lies inside round brackets opened on its line."""
    opened = text.rfind("(", max(0, start - 200), start)
    return opened >= 0 and text.rfind(")", opened, start) < 0 and "\n" not in text[opened:start]


def _other_office(phrase: str, noun: str, entity: Entity, lang: str, *, text: str | None = None) -> bool:
    """Whether a name of ``entity`` gives it a title of ``coref_distinct_offices`` that ends in the
    bare role ``noun`` but names another office ("Prime Minister Ana Costa" for "the minister"),
    which ``phrase`` does not say ("the prime minister" takes her up). With the document's ``text``,
    also a title written right before a name the recogniser left it out of ("Deputy Police Chief
    [Ann Lee]" for "the chief", rvc32)."""
    offices = _distinct_offices(lang).get(noun.lower())
    if not offices:
        return False
    said = phrase.lower()
    titles = [m.text.lower() for m in entity.mentions]
    if text is not None and any(
        re.search(rf"(?<![\w-]){re.escape(office)}\s+$", text[max(0, m.start - len(office) - 2) : m.start], re.IGNORECASE)
        and office not in said
        for m in entity.mentions for office in offices
    ):
        return True  # "Deputy Police Chief [Ann Lee]": the title right before the name
    for title in titles:
        for office in offices:
            if re.search(rf"(?<![\w-]){re.escape(office)}\b", title) and office not in said:
                return True
    # The converse: "the vice president" takes up no "President Samuel Adeyemi", whose title is the
    # bare office and no name of whom gives the whole one (rv23a).
    bare = re.compile(rf"(?<![\w-]){re.escape(noun.lower())}\b")
    return any(office in said for office in offices) and any(bare.search(t) for t in titles) and not any(
        office in t for t in titles for office in offices if office in said
    )


@cache
def _opposed_sides(lang: str) -> dict[str, tuple[str, bool]]:
    """``coref_opposed_roles``: the side of a trial or a match each head noun names, and whether
    it is an office (a lawyer, a judge) rather than a party."""
    return {row[0]: (row[1], row[2] == "office") for row in _safe_rows(lang, "coref_opposed_roles") if len(row) > 2}


def _opposed_role(noun: str, heads: Iterable[str], lang: str) -> bool:
    """Whether a description's head ``noun`` names one side of a trial or a match that the person's
    earlier descriptions rule out: a head of another side (« l'avocat » … « le procureur »), or,
    for an office, no description of its side (« le militant » … « le procureur »; a name the
    text never described: which of the people named holds the office is unsaid)."""
    sides = _opposed_sides(lang)
    own = sides.get(noun.lower())
    if own is None:
        return False
    side, office = own
    known = [h.lower() for h in heads]
    if any(h in sides and sides[h][0] != side for h in known):
        return True
    return office and not any(h in sides and sides[h][0] == side for h in known)


_SIDE_AFTER = re.compile(r"\s*,\s*(?:(?:le|la|l'|l’|son|sa)\s*)?([^\W\d_]+)")
_SIDE_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _sides_by_name(entity: Entity, text: str, lang: str) -> set[str]:
    """The nouns of ``coref_opposed_roles`` the text puts right around a name of ``entity``: a title
    before it (« le procureur Nicolas Jacquet ») or an apposition after its comma (« Nicolas
    Jacquet, procureur de la République de Lyon, » — a description the chain may not record),
    which say which side the person holds as a description would."""
    sides = _opposed_sides(lang)
    if not sides or not text:
        return set()
    out: set[str] = set()
    for m in entity.mentions:
        if (after := _SIDE_AFTER.match(text, m.end)) is not None and after.group(1).lower() in sides:
            out.add(after.group(1).lower())
        if (before := _SIDE_BEFORE.search(text[max(0, m.start - 30) : m.start])) is not None and before.group(1).lower() in sides:
            out.add(before.group(1).lower())
    return out


@cache
def _distinct_offices(lang: str) -> dict[str, tuple[str, ...]]:
    """``coref_distinct_offices`` by last word, for a language that has the list."""
    out: dict[str, list[str]] = {}
    if lang == "en":
        for title, last in rows(lang, "coref_distinct_offices"):
            out.setdefault(last, []).append(title)
    return {k: tuple(v) for k, v in out.items()}


def _organisation_spoke_since(e: int, before: int, markables: Sequence[_Markable], entities: Sequence[Entity]) -> bool:
    """Whether an organisation is a subject after the last mention of entity ``e`` before
    offset ``before``: it, not ``e``'s, is the organisation a bare role then belongs to. One named
    in the sentence of that mention is likely ``e``'s own ("Alan Roe runs Kestrel. Kestrel said
    ... The CEO")."""
    mine = [m for m in markables if m.entity == e and m.start < before]
    if not mine:
        return False
    last = max(mine, key=lambda m: m.end)
    own = {m.entity for m in markables if m.sentence == last.sentence and m.entity >= 0}
    return any(
        m.subject and m.entity >= 0 and m.entity not in own and entities[m.entity].type == "ORG" and last.end <= m.start < before
        for m in markables
    )


def _other_kind(kind: str, e: int, kinds: Sequence[set[str]] | None, described: Mapping[int, set[str]] | None, lang: str) -> bool:
    """Whether entity ``e`` is known as another kind than ``kind``, and never as ``kind``."""
    known = set(kinds[e]) if kinds is not None else set()
    known |= {k for h in (described or {}).get(e, ()) if (k := _kind_of(h, lang)) is not None}
    return bool(known) and kind not in known


def _known_as(kind: str, e: int, kinds: Sequence[set[str]] | None, described: Mapping[int, set[str]] | None, lang: str) -> bool:
    """Whether entity ``e``'s name or an earlier description gives it ``kind`` ("The aid group
    Fernbrook Trust ... The charity": a charity, though "Trust" may end a company's name)."""
    known = set(kinds[e]) if kinds is not None else set()
    known |= {k for h in (described or {}).get(e, ()) if (k := _kind_of(h, lang)) is not None}
    return kind in known


def _not_a_business(e: int, kinds: Sequence[set[str]] | None, described: Mapping[int, set[str]] | None, lang: str) -> bool:
    """Whether entity ``e`` is known only as kinds of ``coref_non_business_kinds`` (a union, a
    party, an agency, a club), which a company noun ("the company", "the firm") does not take up."""
    known = set(kinds[e]) if kinds is not None else set()
    known |= {k for h in (described or {}).get(e, ()) if (k := _kind_of(h, lang)) is not None}
    return bool(known) and known <= _words(lang, "coref_non_business_kinds")


def _a_business(e: int, entities: Sequence[Entity], described: Mapping[int, set[str]] | None, lang: str) -> bool:
    """Whether entity ``e`` is known as a business: a name of several words ending in a legal
    suffix ("AT&T Inc", "Exxon Mobil Corp"; ``xx/legal_suffixes``) or an earlier description whose
    head is a company noun ("the company", "the telecoms company"; ``coref_business_nouns``). A
    noun of a kind of ``coref_non_business_kinds`` ("the union", "the agency") does not take it up."""
    if e < 0:
        return False
    if set((described or {}).get(e, ())) & _words(lang, "coref_business_nouns"):
        return True
    # "Norland Resources", "Greyfield Partners": a company's head word (``xx/company_heads``) or a
    # trade's (``en/company_tail_words``) ends a name of several words after a capitalised one
    # (English: tested on English names only); not a name with a lower-case word, whose last words
    # are its domain ("the Department of Natural Resources" is an agency)
    suffixes = word_set("xx", "legal_suffixes")
    heads = _company_words() if lang == "en" else frozenset()
    return any(
        len(words) > 1 and (
            words[-1].lower() in suffixes
            or words[-1].lower() in heads and all(w[:1].isupper() or not w[:1].isalpha() for w in words[1:])
            and words[-2][:1].isupper()
        )
        for name in _mention_texts(entities[e]) if (words := name.split())
    )


@cache
def _company_words() -> frozenset[str]:
    """The words that end an English company's name (``xx/company_heads``, ``en/company_tail_words``)."""
    return word_set("xx", "company_heads") | word_set("en", "company_tail_words")


# The distinct texts of an entity's mentions, by the identity of its mentions: a name said a
# thousand times is read once per test, not a thousand times (a long text stays linear).
_TEXTS: dict[int, tuple[tuple[EntityMention, ...], frozenset[str]]] = {}


def _mention_texts(entity: Entity) -> frozenset[str]:
    """The distinct texts of ``entity``'s mentions."""
    hit = _TEXTS.get(id(entity.mentions))
    if hit is not None and hit[0] is entity.mentions:
        return hit[1]
    texts = frozenset(m.text for m in entity.mentions)
    if len(_TEXTS) > 4096:
        _TEXTS.clear()
    _TEXTS[id(entity.mentions)] = (entity.mentions, texts)
    return texts


# A wire service's credit after a dateline: "DALLAS (Reuters) -", "LONDON (AP) —".
_CREDIT_AFTER = re.compile(r"\)\s*[-–—]")


def _wire_credit(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is the credit of the wire service that filed the
    story, alone in brackets before the dateline's dash ("NEW YORK, March 3 (Reuters) - ..."): it
    names the reporter, not a party to the news, so no pronoun or description takes it up."""
    return start > 0 and text[start - 1] == "(" and _CREDIT_AFTER.match(text, end) is not None


def _same_kind(kind: str | None, e: int, kinds: Sequence[set[str]] | None) -> bool:
    """Whether entity ``e``'s own words give it ``kind`` ("Qatar Airways" ... "the airline")."""
    return kind is not None and kinds is not None and e >= 0 and kind in kinds[e]


def _head_fits(
    head: str, noun: str, e: int, described: Mapping[int, set[str]] | None, entities: Sequence[Entity], lang: str = "en",
) -> bool:
    """Whether a description's head noun already describes entity ``e`` (one of its earlier
    descriptions has it: "a market research firm" ... "the firm"; not a head every business fits,
    ``coref_generic_heads``: "The Burbank-based company" singles out no company for a later "The
    company") or ends a word of one of its names ("the phone" for "Zorbaphone 4", "the store" for
    "Zorba Music Store")."""
    if e < 0:
        return False
    if head and head in (described or {}).get(e, ()) and head not in _words(lang, "coref_generic_heads"):
        return True
    return len(noun) >= 4 and any(w.lower().endswith(noun) for name in _mention_texts(entities[e]) for w in name.split())


def _head_word_in_name(noun: str, entity: Entity) -> bool:
    """Whether ``noun`` is a whole word of one of ``entity``'s names ("the federation": "the Business Federation")."""
    return any(w.lower() == noun for name in _mention_texts(entity) for w in name.split())


def _head_ends_a_name_word(noun: str, entity: Entity) -> bool:
    """Whether a word of one of ``entity``'s names ends in ``noun`` without being it ("Confederation")."""
    return len(noun) >= 4 and any(w.lower().endswith(noun) and w.lower() != noun for name in _mention_texts(entity) for w in name.split())


def _latest_named(
    anaphor: Anaphor,
    entities: Sequence[Entity],
    markables: Sequence[_Markable],
    text: str,
    sentence: int,
    genders: Sequence[str],
) -> tuple[int, Span, str] | None:
    """« ce dernier », "the latter": the entity of the nearest earlier mention of a person or an
    organisation (of the anaphor's gender when both are known), within the pronoun window (in
    English, a name: no pronoun or description that took one up); before "the former" when one came first (``Anaphor.before``). "The former": the entity of the nearest
    mention before that one of another entity of the same type, in the same sentence or the one
    before ("Riley and Costa ... The former"); none when that is not one entity."""
    cutoff = anaphor.start if anaphor.before is None else anaphor.before
    last: tuple[int, _Markable] | None = None
    for m in sorted(markables, key=lambda m: -m.end):
        if m.start >= cutoff or m.entity < 0 or sentence - m.sentence > PRONOUN_WINDOW:
            continue
        entity = entities[m.entity]
        if entity.type not in anaphor.types:
            continue
        if anaphor.lang == "en" and not any(x.start == m.start and x.end == m.end for x in entity.mentions):
            continue  # "Martin and Roux clashed ... The minister said she ... The latter": the last one named
        gender = genders[m.entity]
        if anaphor.former and last is not None:
            if m.entity == last[0]:
                continue
            if entity.type != entities[last[0]].type or last[1].sentence - m.sentence > 1:
                return None
        elif anaphor.gender in ("m", "f") and gender in ("m", "f") and gender != anaphor.gender:
            continue
        if anaphor.former and last is None:
            last = (m.entity, m)
            continue
        if anaphor.former and last is not None and anaphor.lang == "en" and _third_named(m, last, cutoff, entities, markables, text):
            # "Tom Kent, who is coached by Sam Moss, beat Rafael Ortiz ... The former": of three
            # people named, which pair "the former" opens is unsure (rvc28)
            return None
        antecedent = Span(m.start, m.end, text[m.start : m.end])
        where = _how_far(sentence - m.sentence)
        return m.entity, antecedent, f"latest: '{anaphor.text}' -> '{antecedent.text}' ({entity.type}, {where})"
    return None


def _third_named(
    former: _Markable, last: tuple[int, _Markable], cutoff: int, entities: Sequence[Entity], markables: Sequence[_Markable], text: str,
) -> bool:
    """Whether a name of a third entity of the type of the last one named stands between the
    start of the sentence of ``former`` and ``cutoff`` (where "the former" stands); not when the
    two are a pair coordinated by "and" or "or" ("Judge Helen Marsh jailed Kevin Doyle and Sean
    Price"), unless the third is a member of the list ("Tom Baker, Rita Shah and Paul Green")."""
    etype = entities[last[0]].type
    thirds = [
        x for x in markables
        if x.entity >= 0 and x.entity not in (former.entity, last[0]) and x.sentence >= former.sentence and x.start < cutoff
        and entities[x.entity].type == etype and any(n.start == x.start and n.end == x.end for n in entities[x.entity].mentions)
    ]
    if thirds and former.end <= last[1].start and _NAME_JOINER.fullmatch(text, former.end, last[1].start):
        return any(x.end <= former.start and re.fullmatch(r"\s*,\s*", text[x.end : former.start]) for x in thirds)
    return bool(thirds)


def _feminine_role(anaphor: Anaphor, text: str) -> bool:
    """Whether a French description is headed by a feminine role noun (« la présidente », « la
    ministre »: ``fr/person_role_nouns``), which names a woman; a feminine noun for anyone (« la
    victime », « la vedette ») is no role noun."""
    return anaphor.lang == "fr" and _head_word_of(anaphor, text) in word_sets("person_role_nouns").get("fr", frozenset())


_LOWER_WORDS_AFTER = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def _words_after(text: str, end: int) -> tuple[str, ...]:
    """The one or two lower-case words right after ``end`` ("her spokeswoman", "his former
    lawyer"): the head noun a possessive determines is among them."""
    found = _LOWER_WORDS_AFTER.match(text, end)
    return tuple(w for w in found.groups() if w) if found is not None else ()


def _head_word_of(anaphor: Anaphor, text: str) -> str:
    """The head noun of a description or apposition, lower-cased (its last word when the parse
    gave no head)."""
    if anaphor.head is not None:
        return text[anaphor.head[0] : anaphor.head[1]].lower()
    if anaphor.noun is not None and anaphor.lang == "fr":
        return text[anaphor.noun[0] : anaphor.noun[1]].lower()  # « le géant américain »: « géant »
    words = anaphor.text.split()
    # « L'agence »: the noun without its elided article
    return re.split(r"['’]", words[-1])[-1].lower() if words else ""


def _invariant_thing(anaphor: Anaphor, m: _Markable, text: str) -> bool:
    """Whether an English thing's phrase ends with a noun whose plural is its singular
    (``coref_invariant_nouns``: "the aircraft"), so that it agrees with a pronoun of either number."""
    if anaphor.lang != "en" or not text:
        return False
    words = text[m.start : m.end].split()
    return bool(words) and words[-1].lower() in _words("en", "coref_invariant_nouns")


def _collective_thing(anaphor: Anaphor, m: _Markable, text: str) -> bool:
    """Whether an English "they" / "their" may take up a singular phrase of a body of people
    (``coref_plural_collectives``: "The team lost 3-0 . Their coach said", "The club said they
    would appeal"), as it may a named one (:func:`_singular_source`); a plural phrase near is
    still likelier (:func:`_most_salient` sets the singular one back, c36a)."""
    if anaphor.lang != "en" or anaphor.number != "pl" or m.number != "sg" or not text:
        return False
    words = text[m.start : m.end].split()
    return bool(words) and words[-1].lower() in _words("en", "coref_plural_collectives")


def _new_thing(text: str, m: _Markable, noun: str) -> int:
    """How many sentences on (0: none) a markable of no entity keeps a description headed by
    ``noun`` from named entities: 1 when it is an indefinite phrase headed by ``noun`` that brings in a
    new thing ("said a supplier had made ..."): "a" / "an" opens it (inside its span or right
    before it) and the noun ends it, and it is no apposition set off by a comma ("the A380 , a
    twin-deck aircraft" describes the name). A group's own thing is one too ("workers walked out,
    their union said . The union ..."): a plural possessive pronoun opens it, whose owners are no
    single named entity the noun could describe: 2, the reach of a possessive pronoun."""
    words = text[m.start : m.end].split()
    if not words or words[-1].lower() != noun:
        return 0
    before = text[max(0, m.start - 40) : m.start].split()
    openers = _thing_openers()
    if words[0].lower() in openers:
        opener, before = words[0].lower(), before[-1:]
    elif before and before[-1].lower() in openers:
        opener, before = before[-1].lower(), before[-2:-1]
    else:
        return 0
    if opener in _plural_possessives():
        return PRONOUN_WINDOW  # ", their union said": no apposition of a name (that is no thing)
    if before and before[-1].endswith(","):
        return 0
    # A person a noun of ``coref_nouns`` brings in ("A cyclist died ... Police arrested the driver,
    # Mark Tolley ... The cyclist"): a participant the story goes on with, over a description's window (rv23a).
    return NOMINAL_WINDOW if _nouns("en").get(noun, ("",))[0] == "PER" else 1


def _owns_group_thing(e: int, things: Sequence[_Markable], newest: int, markables: Sequence[_Markable], text: str) -> bool:
    """Whether the newest thing a description's head was said of is a group's own thing ("their
    company", :func:`_new_thing`) whose sentence named entity ``e`` before it as the place of a
    group, a plural noun and a preposition of ``coref_restricting_prepositions`` before the name:
    the group's place, whose thing it is ("Workers at Tamaru Foods said their company had cut pay .
    The company"; not "Workers walked out at Kestrel , their union said")."""
    thing = next((t for t in things if t.start == newest), None)
    if thing is None:
        return False
    groups = [g.end for g in markables if g.entity < 0 and g.number == "pl" and g.sentence == thing.sentence and g.start < thing.start]
    return any(
        n.entity == e and n.sentence == thing.sentence and n.start < thing.start and any(
            g <= n.start and (match := _GROUP_PLACE.fullmatch(text, g, n.start)) is not None
            and match.group(1).lower() in _words("en", "coref_restricting_prepositions")
            for g in groups
        )
        for n in markables
    )


_GROUP_PLACE = re.compile(r"\s+(\w+)\s+(?:the\s+)?", re.IGNORECASE)


@cache
def _thing_openers() -> frozenset[str]:
    """What opens a phrase of a thing of its own (:func:`_new_thing`): "a", "an", "their"."""
    return frozenset({"a", "an"}) | _plural_possessives()


@cache
def _plural_possessives() -> frozenset[str]:
    """The English plural possessive pronouns ("their"; ``coref_pronouns``)."""
    return frozenset(w for w, (kind, _g, number, _t) in _pronouns("en").items() if kind == "possessive" and number == "pl")


def _thing_agrees(anaphor: Anaphor, m: _Markable, text: str = "") -> bool:
    """Whether a pronoun may stand for a noun phrase that names no entity: not a person-only
    pronoun ("he"), same number (either for an English noun whose plural is its singular,
    ``coref_invariant_nouns``: "the aircraft would stay grounded until engineers had inspected
    them"), and in French the same gender (« la technologie … elle »)."""
    if anaphor.kind not in ("pronoun", "possessive"):
        return False
    if not (anaphor.types - {"PER"}):
        return _person_thing(anaphor, m, text)
    if anaphor.lang == "en" and "PER" not in anaphor.types and anaphor.number == "sg" and text and _person_head(_uncapitalised(text[m.start : m.end])):
        return False  # "its" is no "the forward"'s, "it" no "the judge" (nor a headline's "Governor")
    if anaphor.number in ("sg", "pl") and anaphor.number != m.number and not _invariant_thing(anaphor, m, text) \
            and not _collective_thing(anaphor, m, text):
        return False
    if anaphor.lang == "fr" and anaphor.gender in ("m", "f") and m.gender in ("m", "f") and m.gender != anaphor.gender:
        return False
    if anaphor.company_owned and not (text and _owning_body(text[m.start : m.end].lower(), anaphor.lang)):
        return False  # "the popular Nordlys lager ... Its shares": a company's, not the lager's
    if anaphor.body_owned and not (text and _body_owner(text[m.start : m.end].lower(), anaphor.lang)):
        return False  # "Fighting broke out in Mali . Its government": the country's, not the fighting's
    return not (anaphor.owns_event and m.abstract)


def _owning_body(noun: str, lang: str) -> bool:
    """Whether an unnamed phrase's head noun names a body that may have what
    ``coref_company_possessions`` lists: an organisation noun of ``coref_nouns`` ("the company"),
    a body's head of ``xx/organisation_cues`` ("the committee and its chairman") or an institution
    of ``coref_possession_bodies`` ("the festival ... its profit", "the hospital's chief executive")."""
    return (
        _nouns(lang).get(noun, ("",))[0] == "ORG" or noun in word_set("xx", "organisation_cues")
        or noun in _words(lang, "coref_possession_bodies")
    )


def _body_owner(noun: str, lang: str) -> bool:
    """Whether an unnamed phrase's head noun names a body or a place that may have what
    ``coref_body_possessions`` lists (a government, a spokesman): one of :func:`_owning_body`, a
    place noun of ``coref_nouns`` ("the country", "the city") or of ``coref_body_owner_nouns`` ("the
    state", "the regime")."""
    return _owning_body(noun, lang) or _nouns(lang).get(noun, ("",))[0] == "LOC" or noun in _words(lang, "coref_body_owner_nouns")


def _uncapitalised(word: str) -> str:
    """A word capitalised only as the first of a line or a sentence ("Governor vetoes budget"),
    in lower case; any other word as it is."""
    return word.lower() if word[:1].isupper() and word[1:].islower() else word


def _person_head(head: str) -> bool:
    """Whether an English lower-case noun heads a phrase of one person: a person noun of
    ``coref_person_nouns``, a person's position of ``coref_nouns`` ("the forward") or a role."""
    if not head.isalpha() or not head.islower():
        return False
    return head in _person_nouns("en") or _nouns("en").get(head, ("",))[0] == "PER" or _label_key(head) in load_roles().labels


def _described_people(
    anaphor: Anaphor, markables: Sequence[_Markable], text: str, window: int, sentence: int, entities: Sequence[Entity],
) -> frozenset[int]:
    """The entities a phrase headed by a noun of one person (``coref_person_nouns``: "A spokeswoman
    for the company, Helen Park", "Tom Reid, a nurse,") took up before the anaphor, within its
    window: people, whatever their type, so no "it" or "its" takes them up; not an organisation
    named after the phrase's own object (:func:`_object_named_after`)."""
    nouns = _person_nouns(anaphor.lang)
    out: set[int] = set()
    for m in markables:
        if m.entity < 0 or m.start >= anaphor.start or sentence - m.sentence > window or m.end - m.start > 60:
            continue
        words = text[m.start : m.end].split()
        if 1 < len(words) <= 4 and words[-1] in nouns and not _object_named_after(m, entities[m.entity], text):
            out.add(m.entity)
    return frozenset(out)


def _object_named_after(m: _Markable, entity: Entity, text: str) -> bool:
    """Whether the organisation ``entity`` is named after the person phrase ``m`` and words and a
    comma between ("A doctor at the clinic, Mercy Hospital, said it", "A spokesman for the
    festival, Lumen Fest"): the name of the phrase's object, which the parse hung on the person
    noun, not the person's (rvc27). Not a name typed otherwise ("A spokeswoman for the company,
    Helen Park" read as a place) nor one right after the noun ("A spokeswoman, Dana Lee,")."""
    if entity.type != "ORG":
        return False
    after = [x.start for x in entity.mentions if x.start >= m.end]
    if not after:
        return False
    between = text[m.end : min(after)]
    return "," in between and bool(between.strip(" ,")) and len(between) <= 60 and not any(c in between for c in ".;\n")


def _speaker_for_owner(
    thing: _Markable, best: Mapping[int, tuple[float, _Markable]], markables: Sequence[_Markable], text: str,
    speaking: Callable[[int, int], bool] | None,
) -> int | None:
    """The most salient named candidate in ``best`` when it is the possessor, by name or by a
    pronoun of its chain (``markables``), of the phrase of one person ``thing`` that is the subject
    of a verb of saying ("Hale's lawyer said", "His spokesman said"): someone who speaks for that
    person, whom a later "he" that goes on speaking continues, not the person spoken for. None
    otherwise."""
    if not thing.subject or speaking is None or not speaking(thing.start, thing.end):
        return None
    named = [(v[0], e) for e, v in best.items() if e >= 0]
    if not named:
        return None
    top = max(named)[1]
    if best[top][1].sentence > thing.sentence:
        return None  # "His lawyer said ... Hale has denied wrongdoing. He said": the person is the subject since
    owns = any(
        x.entity == top and x.end <= thing.start
        and (_POSSESSOR_OF if text[x.start : x.end].lower() not in word_set("en", "possessive_determiners") else _MODIFIERS).fullmatch(text[x.end : thing.start]) is not None
        for x in markables
    )
    return top if owns else None


# What lies between a possessor and the head noun it owns: "'s", "’s", or a lone apostrophe after
# a plural, then at most two lower-case modifiers ("Hale's defence lawyer").
_POSSESSOR_OF = re.compile(r"\s*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
# ... and between a possessive determiner ("his", "her": ``en/possessive_determiners``) and that noun.
_MODIFIERS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")


def _person_thing(anaphor: Anaphor, m: _Markable, text: str) -> bool:
    """Whether a person pronoun ("he", "her") may stand for a phrase that names no entity (when no
    named person agrees: :func:`_most_salient`): English, singular both, the phrase headed by a noun of one person (``coref_person_nouns``: "a company
    spokesman said he", "The patient ... before he was seen"; or a role of ``roles.ttl``) whose
    gender, when the noun gives one, is the pronoun's."""
    if anaphor.lang != "en" or anaphor.number != "sg" or m.number != "sg" or not text:
        return False
    head = text[m.start : m.end]
    if not head.isalpha() or not head.islower():
        return False
    gender = _person_nouns(anaphor.lang).get(head)
    if gender is None and _label_key(head) in load_roles().labels:
        gender = "-"
    if gender is None:
        return False
    return not (gender in ("m", "f") and anaphor.gender in ("m", "f") and gender != anaphor.gender)


@cache
def _person_nouns(lang: str) -> dict[str, str]:
    """``coref_person_nouns``: noun -> the gender it gives ("m", "f" or "-")."""
    return {r[0]: r[1] for r in _safe_rows(lang, "coref_person_nouns") if len(r) > 1}


def _retypable(entity: Entity, m: _Markable, anaphor: Anaphor, sentence: int) -> bool:
    """A description of another type may still take up a name the model typed alone (no gazetteer
    record) when both are subjects, the name in the previous sentence: "Acme [PER] ... The company
    said"; the chain then votes on the type. (Within one sentence a description is too often
    about something else: "De Santis conclut que l'équipe ...".) Nor is a stock market index
    retyped: the words around it typed it ("Japan's Nikkei fell 2 percent. The Nikkei newspaper
    reported": the paper, not the index)."""
    if entity.qid or any(mm.canonical or mm.institution for mm in entity.mentions) or anaphor.noun_type in ("PRO", "FIN"):
        return False  # a product or index description never retypes a name: "Airbus ... The aircraft", "Acme ... the index"
    if entity.type == "FIN":
        return False
    if anaphor.noun_type == "PER" and entity.type == "ORG" and anaphor.lang == "en":
        return False  # a role is someone of the organisation: "Kelvex Holdings ... The chief executive said"
    return m.subject and anaphor.subject and sentence - m.sentence == 1


def coreference_via(events: Sequence[EventMention], entities: Sequence[Entity]) -> list[EventMention]:
    """Events whose agent or patient is a reference of a chain (and no name) say so: ``via``
    "coreference" instead of "direct" ("elle a précisé": the agent is IBM through the chain)."""
    refs = sorted((r.start, r.end) for e in entities for r in e.references)
    if not refs:
        return list(events)
    name_spans = sorted((m.start, m.end) for e in entities for m in e.mentions)
    starts = [r[0] for r in refs]
    name_starts = [n[0] for n in name_spans]

    def covered(span: Span, table: list[tuple[int, int]], keys: list[int]) -> bool:
        k = bisect.bisect_left(keys, span.end)
        return any(table[j][1] > span.start for j in range(max(0, k - 8), k))

    out = []
    for event in events:
        changes: dict[str, str] = {}
        for role in ("agent", "patient"):
            span = getattr(event, role)
            via = getattr(event, f"{role}_via")
            if span is None or getattr(event, f"{role}_antecedent") is not None or via not in (None, "direct"):
                continue
            if covered(span, refs, starts) and not covered(span, name_spans, name_starts):
                changes[f"{role}_via"] = "coreference"
        out.append(replace(event, **changes) if changes else event)  # type: ignore[arg-type]
    return out


def mention_kinds(entity: Entity) -> list[tuple[int, int, str, str]]:
    """The chain of an entity in text order: ``(start, end, text, kind)``, names as "name"."""
    chain = [(m.start, m.end, m.text, "name") for m in entity.mentions]
    chain += [(r.start, r.end, r.text, r.kind) for r in entity.references]
    return sorted(chain)


# --- the entities the text does not name -----------------------------------------------------------------

# How far back a definite phrase looks for an earlier phrase of the same head, in sentences.
UNNAMED_WINDOW = 8
# How many earlier phrases of the same head it looks at, at most.
UNNAMED_LOOKBACK = 50


@cache
def _entity_nouns(lang: str) -> frozenset[str]:
    """Head nouns of phrases that stand for a person, an organisation, a place or a thing
    (``coref_nouns``, ``organisation_descriptors``, ``product_kinds``, ``employee_nouns``,
    ``coref_entity_nouns``): a phrase of one of them is an entity mention even alone. A noun of
    ``coref_nouns`` that ``coref_abstract_nouns`` lists too stays abstract: "the measure" takes up
    a stock market index, "a precautionary measure" names no entity."""
    out: set[str] = set(_nouns(lang)) - _words(lang, "coref_abstract_nouns")
    for name in ("organisation_descriptors", "product_kinds", "employee_nouns", "coref_entity_nouns"):
        out |= _words(lang, name)
    return frozenset(out)


@lru_cache(maxsize=1 << 16)  # pure in its two strings, and asked for every noun phrase of every chain
def _entity_like(lemma: str, lang: str) -> bool:
    """Whether a phrase headed by ``lemma`` may stand for an entity: an entity noun, or a noun
    neither of ``coref_abstract_nouns`` nor ending like an abstract noun (``coref_abstract_suffixes``:
    "the decision", "efficiency") nor a number or symbol ("%", "15bn")."""
    if lemma.startswith("=") or lemma in _entity_nouns(lang):
        return True
    if len(lemma) < 3 or not lemma.replace("-", "").isalpha() or lemma in _words(lang, "coref_abstract_nouns"):
        return False
    return not lemma.endswith(tuple(_abstract_suffixes(lang)))


@cache
def _abstract_suffixes(lang: str) -> tuple[str, ...]:
    return tuple(sorted(_words(lang, "coref_abstract_suffixes")))


@cache
def _synonyms(lang: str) -> dict[str, str]:
    """``coref_head_synonyms``: head noun -> the first noun of its group ("jet" -> "plane")."""
    return {r[0]: r[1] for r in _safe_rows(lang, "coref_head_synonyms") if len(r) > 1}


@cache
def _noun_kinds(lang: str) -> dict[str, str]:
    """``coref_noun_kinds``: noun -> the kind of organisation or product it names ("carrier" ->
    "airline", "jetliner" -> "plane"), kinds that exclude each other."""
    return {r[0]: r[1] for r in _safe_rows(lang, "coref_noun_kinds") if len(r) > 1}


@cache
def _organisation_kinds(lang: str) -> frozenset[str]:
    """The kinds of ``coref_noun_kinds`` that a noun of type ORG of ``coref_nouns`` names, and the
    kinds of ``coref_non_business_kinds`` ("court": "the U.S. District Court" is one, which "the
    city council" does not take up, though "the court" is no description of ``coref_nouns``)."""
    nouns = _nouns(lang)
    named = frozenset(kind for noun, kind in _noun_kinds(lang).items() if nouns.get(noun, ("",))[0] == "ORG")
    return named | (_words(lang, "coref_non_business_kinds") & frozenset(_noun_kinds(lang).values()))


def _compound_head(anaphor: Anaphor, noun: str) -> str | None:
    """The head noun with the lower-case noun modifying it, when the two name a kind of their own
    (``coref_noun_kinds``: "campaign group", "rights group": a charity), the head alone naming none
    ("group" fits every kind of organisation)."""
    if not noun or _kind_of(noun, anaphor.lang) is not None:
        return None
    modifiers = set(anaphor.compounds)
    words = anaphor.text.lower().split()
    if noun in words[1:]:
        modifiers.add(words[words.index(noun) - 1])  # an apposition's ("The aid group Fernbrook Trust"), whose parse gave none
    return next((f"{c} {noun}" for c in sorted(modifiers) if _kind_of(f"{c} {noun}", anaphor.lang) is not None), None)


def _compound_kind(anaphor: Anaphor, noun: str) -> str | None:
    """The kind :func:`_compound_head` gives a description ("the human rights group": charity)."""
    compound = _compound_head(anaphor, noun)
    return _kind_of(compound, anaphor.lang) if compound is not None else None


def _maker_kind(words: Sequence[str]) -> str | None:
    """The kind (``xx/maker_product_kinds``) of a product whose name of several words opens with
    the brand of a maker of one kind of product ("the Airbus A390": plane; "Kia Soul": car), or
    None. Language-independent: a brand is written alike in French and English news."""
    kept = [w[2:] if w[:2].lower() in ("l'", "d'") else w for w in words]  # "l'Airbus A390"
    kept = [w for w in kept if w and not w.islower()]  # "the", "la"
    if len(kept) < 2:
        return None  # "the A390", "Kia": no brand before a model's name
    return word_map("xx", "maker_product_kinds").get(kept[0].lower())


def _maker_says_otherwise(kind: str, entity: Entity) -> bool:
    """Whether a product's names open with brands of makers of another kind than ``kind`` only
    (:func:`_maker_kind`: "the Airbus A390" for "the car")."""
    if entity.type != "PRO":
        return False
    said = {k for m in entity.mentions if (k := _maker_kind(m.text.split())) is not None}
    return bool(said) and kind not in said


def _kind_of(word: str, lang: str) -> str | None:
    """The kind a noun names, in the singular or a plural in -s ("engines", « avions »)."""
    kinds = _noun_kinds(lang)
    low = word.lower()
    return kinds.get(low) or (kinds.get(low[:-1]) if low.endswith("s") else None)


def _entity_kinds(text: str, entities: Sequence[Entity], cues: Sequence[CorefCues]) -> list[set[str]]:
    """The kinds (:func:`_kind_of`) each entity's own words give it: the last word of an
    organisation's name of several words when it names a kind of organisation ("Qatar Airways":
    airline; not "Boeing Commercial Airplanes", planes being products), and the head of a phrase
    naming a product by its name and its kind ("the Zorbatech Z9 engines": engine; only
    lower-case words between the name and the head)."""
    out: list[set[str]] = [set() for _ in entities]
    products: list[tuple[int, int, int]] = []
    for k, e in enumerate(entities):
        for m in e.mentions:
            lang = m.lang or "en"
            words = m.text.split()
            if e.type == "ORG" and len(words) > 2 and lang == "en" and "of" in words[1:-1]:
                # A name whose head a complement follows ends in the complement: its head is the
                # word before "of" ("the Department of Justice", "Ministry of Defence", "Bank of
                # America"), the kind "the Justice Department" gets from its last word. A head of
                # no kind leaves the last word its say ("International Brotherhood of Teamsters").
                head = words[words.index("of", 1) - 1]
                kind = _kind_of(head, lang) if head[:1].isupper() else None
                if kind is not None and kind in _organisation_kinds(lang):
                    out[k].add(kind)
                    continue
            if e.type == "ORG" and len(words) == 1 and words[0][:1].isupper() and _kind_of(words[0], lang) in _words(lang, "coref_non_business_kinds"):
                out[k].add(str(_kind_of(words[0], lang)))  # "the Treasury", "the Exchange": an agency, no company
            elif e.type == "ORG" and len(words) > 1 and words[-1][:1].isupper():
                # "Kestrel Motors", "Fabrikam Motor Co.": a maker (no engine, which "motor" names alone)
                kind = _name_kind(words, lang) or _kind_of(words[-1], lang)
                before = words[-2].lower()
                if kind is None and lang == "en" and words[-2][:1].isupper():
                    # "The Amazon Rights Group": the kind of its last two words, "group" naming none
                    # (coref_noun_kinds "rights group": a charity, though "Group" ends a company's name; rv24c)
                    kind = _kind_of(f"{before} {words[-1].lower()}", lang)
                if before in _words(lang, "coref_business_kind_modifiers") or before.endswith(("'s", "’s")):
                    continue  # "Navy Federal Credit Union", "Sam's Club": a business, no union or club
                if kind is not None and kind in _organisation_kinds(lang):
                    out[k].add(kind)
            elif (
                e.type == "ORG" and len(words) > 1 and lang == "en" and words[-1].islower() and words[-2][:1].isupper()
                and (kind := _kind_of(words[-1], lang)) is not None and kind in _words(lang, "coref_non_business_kinds")
            ):
                out[k].add(kind)  # "The Usdaw union", "the Tory party": the name the parse took with its noun
            elif e.type == "PRO":
                products.append((m.start, m.end, k))
        if e.type == "ORG" and not out[k] and e.mentions:
            # "Citigroup said ... The bank": a name of no kind takes the kind its gazetteer
            # record's names give it ("Citibank"), the text's own names having the first say
            lang = e.mentions[0].lang or "en"
            if lang != "en":
                continue  # the records' kind words are English ones ("Bank of", "Motors")
            for record in [e.qid] if e.qid is not None else sorted({r for m in e.mentions for r in _records_named(m.text)}):
                out[k].update(_record_kinds(record, lang))
    if not products:
        return out
    products.sort()
    starts = [p[0] for p in products]
    for c in cues:
        for p in c.phrases:
            kind = _kind_of(p.lemma, p.lang or "en")
            if kind is None:
                continue
            j = bisect.bisect_left(starts, p.start)
            while j < len(products) and products[j][0] < p.head[0]:
                a, b, owner = products[j]
                if b <= p.head[0] and all(w.islower() for w in text[b : p.head[0]].split()):
                    out[owner].add(kind)
                j += 1
    return out


@lru_cache(maxsize=4096)
def _record_ids(entity: Entity) -> tuple[str, ...]:
    """The gazetteer records ``entity`` may be: its record's id, or, for a name the linker left
    without one, the ids of the organisations bearing its name (``_records_named``)."""
    return (entity.qid,) if entity.qid else _records_named(entity.label)


def _records_named(name: str) -> tuple[str, ...]:
    """The ids of the organisations of the gazetteer that bear ``name`` (a name the linker left
    without a Wikidata id, as a curated record's: "Citigroup")."""
    from kg.knowledge.gazetteer import default_gazetteer

    return tuple(r.id for r in default_gazetteer().lookup(name) if r.type == "ORG")


@lru_cache(maxsize=4096)
def _record_kinds(qid: str, lang: str) -> frozenset[str]:
    """The kinds of organisation the names of the gazetteer record ``qid`` give it: the head before
    "of" ("Bank of England"), the last word of a name of several words ("Toyota Motor Corp":
    maker), or the kind noun a one-word name ends in ("Citibank", "Commerzbank": bank)."""
    found: set[str] = set()
    organisation = _organisation_kinds(lang)
    for name in _record_names(qid):
        words = name.split()
        if not words or not all(w[:1].isupper() or not w[:1].isalpha() or w == "of" for w in words):
            continue  # "US central bank": a description among the aliases, no name
        if len(words) > 2 and "of" in words[1:-1]:
            kind = _kind_of(words[words.index("of", 1) - 1], lang)
        elif len(words) > 1:
            if words[-2].lower() in _words(lang, "coref_business_kind_modifiers") or words[-2].endswith(("'s", "’s")):
                continue
            kind = _name_kind(words, lang) or _kind_of(words[-1], lang)
        else:
            low = words[0].lower()
            kind = next((k for n, k in _noun_kinds(lang).items() if low.endswith(n) and len(low) > len(n) + 2), None)
        if kind is not None and kind in organisation:
            found.add(kind)
    return frozenset(found)


def _name_kind(words: Sequence[str], lang: str) -> str | None:
    """The kind (``coref_name_kinds``) the last word of an organisation's name gives it once its
    legal suffix is left out ("Fabrikam Motor Co.": maker), when a word of the name precedes it."""
    table = _name_kinds(lang)
    suffixes = word_set("xx", "legal_suffixes")
    kept = list(words)
    while len(kept) > 2 and kept[-1].lower() in suffixes:
        kept.pop()
    return table.get(kept[-1].lower()) if len(kept) > 1 and kept[-1][:1].isupper() else None


@cache
def _name_kinds(lang: str) -> dict[str, str]:
    """``coref_name_kinds`` (empty for a language without it: its absence is remembered too, so
    that no call reads the folder again)."""
    try:
        return word_map(lang, "coref_name_kinds")
    except KGError:
        return {}


@cache
def _product_words(lang: str) -> dict[str, str]:
    try:
        return word_map(lang, "coref_product_words")
    except KGError:
        return {}


def _products_of(anaphor: Anaphor, text: str) -> frozenset[str]:
    """What a description says its company makes (``coref_product_words``): its head ("the
    automaker": car) and, when the head is a company noun of ``coref_nouns``, the two lower-case
    words right before it ("a software company", "the electronics maker", "the auto parts maker")."""
    table = _product_words(anaphor.lang)
    span = anaphor.noun or anaphor.head
    if not table or span is None or not anaphor.start <= span[0] < anaphor.end:
        return frozenset()
    head = text[span[0] : span[1]].lower()
    found = {table[head]} if head in table else set()
    if _nouns(anaphor.lang).get(head, ("",))[0] == "ORG":
        found.update(table[w] for w in re.split(r"[\s,]+", text[anaphor.start : span[0]])[-3:] if w.islower() and w in table)
    return frozenset(found)


@cache
def _rank_words(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``coref_rank_words`` as patterns, the longest phrase first ("second-largest" before "largest")."""
    try:
        table = word_map(lang, "coref_rank_words")
    except KGError:
        return ()
    return tuple(
        (re.compile(r"(?<![\w.-])" + re.escape(phrase) + r"(?![\w-])"), rank) for phrase, rank in sorted(table.items(), key=lambda kv: -len(kv[0]))
    )


def _ranks_of(anaphor: Anaphor, text: str) -> frozenset[tuple[str, str]]:
    """The rank a description gives its entity (``coref_rank_words``: "the No. 2 U.S. automaker": 2)
    with its scope: "world" ("the world's largest carmaker"), the countries it names ("U.S."), or
    "" (none); empty when it names no rank."""
    low = anaphor.text.lower()
    rank = next((r for pattern, r in _rank_words(anaphor.lang) if pattern.search(low)), None)
    if rank is None:
        return frozenset()
    origins = _origins_of(anaphor, text)
    scope = "world" if re.search(r"\bworld\b", low) else ",".join(sorted(origins))
    return frozenset({(scope, rank)})


def _same_rank(own: frozenset[tuple[str, str]], known: set[tuple[str, str]]) -> bool:
    """Whether an earlier description gave an entity this rank in the same scope, or one of the two
    descriptions names no scope ("the No. 2 U.S. automaker" ... "the No. 2 automaker")."""
    return any(rank == r and (scope == s or not scope or not s) for scope, rank in own for s, r in known)


def _other_rank(own: frozenset[tuple[str, str]], known: set[tuple[str, str]]) -> bool:
    """Whether earlier descriptions gave an entity another rank of the same scope, and never this one."""
    return any(scope == s and rank != r for scope, rank in own for s, r in known) and not own & known


def _how_far(distance: int) -> str:
    """A distance in sentences as evidence reads it ("same sentence", "2 sentences before")."""
    return "same sentence" if distance == 0 else f"{distance} sentence{'s' if distance > 1 else ''} before"


def _numbers(modifiers: frozenset[str]) -> frozenset[str]:
    return frozenset(m for m in modifiers if any(ch.isdigit() for ch in m) and not m.startswith((_PLACE, _OWNER)))


def _may_take_up(later: Phrase, earlier: Phrase, chain_modifiers: frozenset[str], blocking: frozenset[str], text: str = "") -> bool:
    """Whether a definite phrase may take up an earlier phrase of the same head: the same number,
    no modifier the chain does not have ("the plane" after "a new plane", not "the cargo plane"),
    no other number ("the 200 jets" after "the 100 jets"), no "other", "former", "rival", "new"
    the earlier phrase does not have itself ("the new jets" after "five new jets"). The same
    head word has the same number whatever the tagger says of a noun whose plural is its singular
    ("European aircraft" ... "the aircraft"), and such a noun (``coref_invariant_nouns``) may be
    either ("the planes" ... "the aircraft")."""
    if later.number != earlier.number and not (text and _head_word(text, later) == _head_word(text, earlier)):
        invariant = _words(later.lang or "en", "coref_invariant_nouns")
        if later.lemma not in invariant and earlier.lemma not in invariant:
            return False
    if (later.modifiers & blocking) - earlier.modifiers:
        return False  # "the new plane" after "a plane"; after "a new plane" it is that plane
    places = {m for m in later.modifiers if m.startswith(_PLACE)}
    known = {m for m in chain_modifiers if m.startswith(_PLACE)}
    if places and known and not places & known:
        return False  # "the government in Kyiv" ... "The government in Ankara": another place, another one
    owners = {m for m in later.modifiers if m.startswith(_OWNER)}
    if owners and not _owners_fit(owners, chain_modifiers):
        return False
    if not later.modifiers - places - owners <= chain_modifiers:
        return False
    numbers, before = _numbers(later.modifiers), _numbers(chain_modifiers)
    if numbers and before and not numbers <= before:
        return False
    lang = later.lang or "en"
    # "The five airlines ... Both airlines based in Dublin": "both" counts two, which a phrase
    # counting another number is not (some of them, not the group).
    return not (text and _counts_two(text, later, lang) and _counted(chain_modifiers, lang) - {2})


# The prefix of a place a phrase is in ("the government in Kyiv": "in:kyiv") among its modifiers.
_PLACE = "in:"
# The prefix of the name a phrase's "of" complement holds ("shares of Zorba Corp.": "of:zorba corp.").
_OWNER = "of:"


def _name_around(tok: Token) -> str:
    """The name ``tok`` (a proper noun) stands in, lower-cased: the run of proper nouns (and "&")
    around it, never the words of an apposition or a clause its subtree also holds ("shares of
    Kestrel Motors, the Detroit truck maker,": "kestrel motors", not "kestrel motors detroit")."""
    doc = tok.doc

    def inside(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.text == "&"

    a, b = tok.i, tok.i
    while a > 0 and inside(doc[a - 1]) and doc[a - 1].i >= tok.left_edge.i:
        a -= 1
    while b + 1 < len(doc) and inside(doc[b + 1]) and doc[b + 1].i <= tok.right_edge.i:
        b += 1
    return " ".join(t.lower_ for t in doc[a : b + 1])


def _owners_fit(owners: set[str], chain_modifiers: frozenset[str]) -> bool:
    """Whether the names of a phrase's "of" complements (``_OWNER`` modifiers) fit a chain: each
    one's words hold, or are held by, the words of a name the chain's own complements hold
    ("shares of Kestrel Motors Inc." ... "shares of Kestrel": one company, written short), or,
    when the chain has no such name, meet its modifiers ("Kestrel Motors shares" ... "shares of
    Kestrel Motors"). Another name is another thing ("shares of Dalgren Foods")."""
    known = [frozenset(m[len(_OWNER) :].split()) for m in chain_modifiers if m.startswith(_OWNER)]
    for owner in owners:
        words = frozenset(owner[len(_OWNER) :].split())
        if known:
            if not any(words <= k or k <= words for k in known):
                return False
        elif not words & chain_modifiers:
            return False
    return True


def _head_word(text: str, p: Phrase) -> str:
    return text[p.head[0] : p.head[1]].lower()


def unnamed_chains(
    text: str,
    entities: Sequence[Entity],
    cues: Sequence[CorefCues],
    things: Sequence[tuple[Anaphor, tuple[int, int], str]],
    sentences: Sequence[Span],
    events: Sequence[EventMention] = (),
    timexes: Sequence[Timex] = (),
    unsure: frozenset[tuple[int, int]] = frozenset(),
) -> tuple[UnnamedChain, ...]:
    """The chains of the entities the text does not name: a definite or demonstrative phrase
    ("the plane", "these jets") takes up the nearest earlier phrase of the same head lemma within
    :data:`UNNAMED_WINDOW` sentences when :func:`_may_take_up` agrees; the pronouns resolved to a
    phrase (``things``: "it", "which") join its chain. Phrases that are part of a name or of a
    named entity's chain, event nominals and time expressions are left out. A chain of one phrase
    is kept when its head is an entity noun (:func:`_entity_nouns`): "the engineers" is a mention
    of someone, "the decision" is not. Linear in the phrases but for the look-back of each definite
    phrase over the earlier phrases of its own head. A description that two named entities competed
    for (``unsure``: "Toyota outsold GM . The Detroit company ...") is one of them, so it neither
    takes up an earlier phrase nor is taken up ("... The company said")."""
    phrases = sorted((p for c in cues for p in c.phrases), key=lambda p: p.start)
    if not phrases and not things:
        return ()
    # The language of the phrases too: a French text with no pronoun or description is French.
    langs = {a.lang for c in cues for a in c.anaphors} | {p.lang for p in phrases if p.lang} or {"en"}
    lang = "fr" if "fr" in langs and "en" not in langs else "en"
    taken = sorted(
        [(m.start, m.end) for e in entities for m in e.mentions]
        + [(r.start, r.end) for e in entities for r in e.references]
        + [(v.trigger.start, v.trigger.end) for v in events]
        + [(t.start, t.end) for t in timexes]
    )
    taken_starts = [t[0] for t in taken]
    taken_ends = [t[1] for t in taken]
    taken_spans = frozenset(taken)

    def covered(span: tuple[int, int]) -> bool:
        # one of the 16 spans starting last before its end ends after its start
        k = bisect.bisect_left(taken_starts, span[1])
        return k > 0 and max(taken_ends[max(0, k - 16) : k]) > span[0]

    sentence_starts = sorted(s.start for s in sentences)

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(sentence_starts, offset) - 1)

    kept = [_whole_words(text, p) for p in phrases if not covered(p.head) and text[p.head[1] : p.head[1] + 1] != "-"]
    counted = _counted_products(phrases, entities, covered)
    blocking = _words(lang, "coref_blocking_modifiers")
    # Nodes: the phrases, then the pronouns; parent links (union-find) and the evidence of each link.
    parent = list(range(len(kept)))
    links: dict[int, tuple[Span, str]] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # The headline is the text's first line; its lead, the first two sentences after it (a date
    # line above the body may be a sentence of its own).
    headline_end = text.find("\n")
    lead = frozenset(sorted(k for k, a in enumerate(sentence_starts) if headline_end > 0 and a > headline_end)[:2])
    modifiers: dict[int, frozenset[str]] = {}  # chain root -> the modifiers of its phrases
    by_lemma: dict[str, list[int]] = {}
    synonyms = _synonyms(lang)
    # "the two banks ... The pair": the last phrase counting two, which "the pair" takes up when no
    # coordination of names lies between (that one is counted by :func:`_counting_phrases`).
    # A coordination of places ("fled to Leeds and Bradford") is no pair of actors: it lies between
    # freely; so does no other phrase of a pair noun ("A pair of analysts ... The pair": that one).
    all_coordinations = {g for c in cues for g in c.coordinations}
    places = _place_coordinations(all_coordinations, entities)
    coordination_starts = sorted({a for a, _ in all_coordinations} - places)
    pair_nouns = _words(lang, "coref_pair_nouns")
    last_two: int | None = None
    last_pair: int | None = None  # the last phrase of a pair noun that is no "the pair" ("a pair of analysts")
    for i, p in enumerate(kept):
        paired = False
        if (
            _pair_noun(text, p, lang) and last_two is not None and (last_pair is None or last_pair < last_two)
            and sentence_of(p.start) - sentence_of(kept[last_two].start) <= COUNTING_WINDOW
        ):
            k = bisect.bisect_left(coordination_starts, kept[last_two].end)
            if not (k < len(coordination_starts) and coordination_starts[k] < p.start):
                q = kept[last_two]
                parent[i] = find(last_two)
                links[i] = (Span(q.start, q.end, text[q.start : q.end]), f"a pair: '{text[p.start : p.end]}' -> '{text[q.start : q.end]}'")
                paired = True
        if _counts_two(text, p, lang):
            last_two = i
        elif p.lemma in pair_nouns and not _pair_noun(text, p, lang):
            last_pair = i
        kind = synonyms.get(p.lemma, p.lemma)
        modifiers[i] = p.modifiers
        anaphoric = p.determiner in ("definite", "demonstrative") or (p.determiner == "bare" and p.number == "pl")
        # A bare noun said again ("video" ... "video") is the same thing, the one kind of repeat
        # a bare singular takes up.
        again = p.determiner == "bare" and not anaphoric
        if p.head in unsure:
            continue  # no by_lemma entry either: a later "the company" does not take it up
        if paired:
            by_lemma.setdefault(kind, []).append(i)
            continue
        restated = _restated_headline(i, kept, by_lemma.get(kind, []), headline_end, lead, sentence_of)
        if restated is not None and not all(text[q.head[0] : q.head[1]].islower() for q in (p, kept[restated])):
            restated = None  # a common noun on both sides, not an acronym ("WWDC")
        # A modifier that would make it another thing ("new") does not when the headline has it too.
        if restated is not None and _may_take_up(p, kept[restated], kept[restated].modifiers | p.modifiers, blocking - kept[restated].modifiers, text):
            # The lead restates the headline: "Acme wins $5 bn jet contract" ... "Acme has won a
            # $5 bn contract": one thing, though the lead's phrase is indefinite.
            q = kept[restated]
            parent[i] = find(restated)
            modifiers[parent[i]] = modifiers[parent[i]] | p.modifiers
            links[i] = (Span(q.start, q.end, text[q.start : q.end]), f"lead restating the headline: '{text[p.start : p.end]}' -> '{text[q.start : q.end]}'")
        elif anaphoric or again:
            s = sentence_of(p.start)
            # The nearest few of its head only: one endless sentence of the same noun must not cost n².
            for j in reversed(by_lemma.get(kind, [])[-UNNAMED_LOOKBACK:]):
                q = kept[j]
                if s - sentence_of(q.start) > UNNAMED_WINDOW:
                    break
                root = find(j)
                if again and (q.determiner != "bare" or _head_word(text, q) != _head_word(text, p)):
                    continue
                if q.determiner == "quantifier":
                    continue  # "any other airliner", "no plane": no one thing to take up
                if _currency_phrase(p) and not _currency_phrase(q):
                    continue  # "a loss of 265 billion yen ... the yen": an amount is not the currency
                if _may_take_up(p, q, modifiers[root], blocking, text):
                    parent[i] = root
                    modifiers[root] = modifiers[root] | p.modifiers
                    distance = s - sentence_of(q.start)
                    where = _how_far(distance)
                    links[i] = (Span(q.start, q.end, text[q.start : q.end]), f"same head: '{text[p.start : p.end]}' -> '{text[q.start : q.end]}' ({where})")
                    break
        by_lemma.setdefault(kind, []).append(i)
    # A coordination is a mention of the group it names ("Acme and Zorbatel"): a node of its own,
    # which the pronouns resolved to it ("they") and the phrases counting its members join.
    coordinations = sorted({g for c in cues for g in c.coordinations})
    first_group = len(kept)
    for a, b in coordinations:
        if (a, b) not in taken_spans:
            kept.append(Phrase(a, b, (a, b), _COORDINATION, "pl", "-", "coordination", frozenset(), False, lang))
            parent.append(len(parent))
    group_node = {(kept[j].start, kept[j].end): j for j in range(first_group, len(kept))}
    counting_phrases = _counting_phrases(
        text, kept[:first_group], coordinations, entities, sentence_of, lang, _entity_kinds(text, entities, cues) if coordinations else ()
    )
    for counting, members in counting_phrases.items():
        c = group_node.get(members)
        if counting in links:
            continue  # "the pair" that took up a phrase counting two after the coordination
        if c is None or find(counting) == find(c):
            continue
        # The counting phrase heads the chain ("the two automakers": automaker), not the group.
        counter, group = find(counting), find(c)
        if group >= first_group:
            parent[group] = counter
        else:
            parent[counter] = group  # an earlier phrase already counted the group
        counted_by = f"'{text[kept[counting].start : kept[counting].end]}' -> '{text[members[0] : members[1]]}'"
        links.setdefault(counting, (Span(members[0], members[1], text[members[0] : members[1]]), f"counting the members of a coordination: {counted_by}"))
    # The pronouns: each takes up the phrase whose head it was resolved to, or a pronoun before it.
    at_head = {p.head: i for i, p in enumerate(kept)}
    pronouns: list[tuple[Anaphor, int, Span, str]] = []
    at_pronoun: dict[tuple[int, int], int] = {}
    spans: dict[int, tuple[int, int]] = {}  # a phrase in apposition -> its whole extent, complements included
    combined: list[tuple[int, Reference]] = []  # (node, the two phrases in apposition as one mention)
    for anaphor, span, why in sorted(things, key=lambda t: t[0].start):
        node = at_head.get(span, at_pronoun.get(span))
        if node is None:
            continue
        root = find(node)
        own = at_head.get(anaphor.head) if anaphor.common and anaphor.head is not None else None
        if own is not None:
            # "the plant, the original home of Acme": the second phrase joins the first one's
            # chain with its complements, and the two together are a mention of it too.
            if find(own) != root:
                parent[find(own)] = root
            spans[own] = (anaphor.start, anaphor.end)
            first = kept[node]
            links[own] = (Span(first.start, first.end, text[first.start : first.end]), why)
            if first.start < anaphor.start:
                a, b = first.start, anaphor.end
                combined.append((root, Reference(a, b, text[a:b], "appositive", anaphor.lang, links[own][0], f"apposition with its phrase: '{text[a:b]}'")))
            continue
        at_pronoun[(anaphor.start, anaphor.end)] = root
        pronouns.append((anaphor, root, Span(span[0], span[1], text[span[0] : span[1]]), why))
    groups: dict[int, list[Reference]] = {}
    # The chains of no entity ("the decision ... the decision") are dropped below: their mentions
    # are not made at all (most chains are such, and a Reference and a Span a phrase cost).
    dropped: set[int] = set()
    for i, p in enumerate(kept):
        root = find(i)
        if root not in groups:
            groups[root] = []
            if root < first_group and not _entity_like(kept[root].lemma, lang) and not _currency_phrase(kept[root]):
                dropped.add(root)
        if root in dropped:
            continue
        opening = f"a coordination: '{text[p.start : p.end]}'" if i >= first_group else "first mention"
        antecedent, why = links.get(i) or (Span(p.start, p.end, text[p.start : p.end]), opening)
        a, b = spans.get(i, (p.start, p.end))
        groups[root].append(Reference(a, b, text[a:b], "nominal", lang, antecedent, why))
    for anaphor, root, antecedent, why in pronouns:
        root = find(root)
        if root not in dropped:
            groups[root].append(Reference(anaphor.start, anaphor.end, anaphor.text, anaphor.kind, anaphor.lang, antecedent, why))
    for root, ref in combined:
        root = find(root)
        if root not in dropped:
            groups[root].append(ref)
    out = []
    alone: list[Reference] = []  # coordinations nothing took up: chains of one, unless a mention already
    for root, refs in groups.items():
        if root in dropped or (root < first_group and kept[root].lemma.startswith("=") and len(refs) == 1):
            continue  # "the decision ... the decision": no entity
        if root >= first_group and len(refs) == 1:
            alone.append(refs[0])
            continue
        refs.sort(key=lambda r: (r.start, r.end))
        out.append(UnnamedChain(f"unnamed:{refs[0].start}", kept[root].lemma, tuple(refs)))
    said = {(r.start, r.end) for c in out for r in c.mentions}
    for ref in alone:
        if (ref.start, ref.end) not in said:
            out.append(UnnamedChain(f"unnamed:{ref.start}-{ref.end}", _COORDINATION, (ref,)))
    for p in counted:
        why = f"a number of a product: '{text[p.start : p.end]}'"
        out.append(UnnamedChain(f"unnamed:{p.start}", p.lemma, (Reference(p.start, p.end, text[p.start : p.end], "nominal", lang, Span(p.start, p.end, text[p.start : p.end]), why),)))
    out.sort(key=lambda c: c.mentions[0].start)
    return tuple(out)


def _currency_phrase(p: Phrase) -> bool:
    """Whether a phrase names a currency as a thing: a definite singular phrase of
    ``coref_currency_nouns`` with no number ("the dollar", "the Australian dollar"; not "265
    billion yen"), which is an entity though an amount of it is none."""
    return p.determiner == "definite" and p.number == "sg" and not _numbers(p.modifiers) and p.lemma in _words(p.lang or "en", "coref_currency_nouns")


# The head lemma of a coordination's node in :func:`unnamed_chains` (no noun: a group).
_COORDINATION = "=coordination"

# How many sentences after a coordination of names a phrase counting its members may take it up.
COUNTING_WINDOW = 2


def _counting_phrases(
    text: str,
    kept: Sequence[Phrase],
    coordinations: Sequence[tuple[int, int]],
    entities: Sequence[Entity],
    sentence_of: Callable[[int], int],
    lang: str,
    kinds: Sequence[set[str]] = (),
) -> dict[int, tuple[int, int]]:
    """The phrases (index in ``kept`` -> the coordination's span) that count the members of a
    coordination of names of one type ("General Motors and Chrysler", "Toyota and Honda Motor
    Co.") within :data:`COUNTING_WINDOW` sentences after it: plural, headed by a noun of
    ``coref_nouns`` of their type, with their number ("the two automakers", "the three banks") or
    a word of ``coref_pair_words`` for two ("both companies"). A phrase after a later coordination
    counts that one's members. The noun's type must be one member's, and every member's that the
    gazetteer types ("the two automakers" count no person the gazetteer knows), and it must fit
    every member's kind (``kinds``, :func:`_entity_kinds`): "Kestrel Airways and Zorba Bank" are no
    "two airlines", two businesses ("Acme Inc and Zorba Corp") no "two teams" or "two unions"."""
    if not coordinations or lang != "en":
        return {}  # English only for now
    names = sorted((m.start, m.end, e) for e, entity in enumerate(entities) for m in entity.mentions)
    nouns = _nouns(lang)
    counts = number_map(lang, "number_words")
    pairs = _words(lang, "coref_pair_words")
    definite = word_set(lang, "definite_determiners")
    # (start, end, members, types, types the gazetteer gave, the members' entities)
    groups: list[tuple[int, int, int, frozenset[str], frozenset[str], list[int]]] = []
    ends = {y for _, y, _ in names}
    for a, b in coordinations:
        # The names inside, found by bisection, and the text's last character before the
        # coordination: a scan of every name and a copy of the text before it for each
        # coordination were quadratic in a long document (review of n21f).
        within = [e for x, y, e in names[bisect.bisect_left(names, (a,)) : bisect.bisect_left(names, (b,))] if y <= b]
        inside = set(within)
        last = a
        while last > 0 and text[last - 1].isspace():
            last -= 1
        if last > 0 and text[last - 1] == "," and last - 1 in ends:
            continue  # the end of a longer list the parse cut ("GM, Ford and Chrysler"): unsure how many
        if len(inside) >= 2:
            labels = frozenset(str(entities[e].type) for e in inside)
            known = frozenset(str(entities[e].type) for e in inside if entities[e].qid or any(m.canonical for m in entities[e].mentions))
            groups.append((a, b, len(inside), labels, known, within))
    relatives = {w for w, (kind, *_rest) in _pronouns(lang).items() if kind == "relative"}
    # Each group reads the phrases from the first that may start after it, and the next
    # coordination after it, by bisection: reading every phrase before it and every coordination
    # for each phrase was quadratic in a long document. ``reach``: the furthest start so far (a
    # phrase widened over a hyphenated word may start before the one before it).
    reach = list(itertools.accumulate((p.start for p in kept), max))
    coordination_starts = sorted(x for x, _ in coordinations)
    # "the pair" takes up no group of places, and skips one ("Hale and Dunn were arrested in Leeds
    # and Bradford. The pair ...": Hale and Dunn)
    places = _place_coordinations(coordinations, entities)
    out: dict[int, tuple[int, int]] = {}
    for a, b, members, types, known, within in groups:
        s = sentence_of(a)
        k = bisect.bisect_left(coordination_starts, b)
        next_coordination = coordination_starts[k] if k < len(coordination_starts) else None
        next_actors = next((x for x in coordination_starts[k:] if x not in places), None)
        other_pair = False  # "A pair of analysts ... The pair": that pair, not the group
        for i in range(bisect.bisect_left(reach, b), len(kept)):
            p = kept[i]
            if p.start < b or i in out:
                continue
            if sentence_of(p.start) - s > COUNTING_WINDOW:
                break
            couple: tuple[str, bool] | None = None
            if members == 2 and (_pair_noun(text, p, lang) or (couple := _person_pair_noun(text, p, lang)) is not None):
                if a in places or other_pair or (next_actors is not None and next_actors < p.start):
                    continue
                if couple is not None and (types != {"PER"} or couple[0] in ("m", "f") and any(_gender_of(entities[e]) not in ("-", couple[0]) for e in set(within))):
                    continue  # "Tom Hale and Apex Energy ... The couple", "Anna and Tom Berg ... The sisters": not these two
                if couple is not None and couple[1] and len({entities[e].label.split()[-1] for e in set(within) if len(entities[e].label.split()) > 1}) > 1:
                    continue  # "Tom Hale and Mark Ford ... The brothers": a family's children share its name (review rvc39)
                out[i] = (a, b)  # "Valtron and Perrin said they would merge. The pair employ ..."
                continue
            other_pair = other_pair or p.lemma in _words(lang, "coref_pair_nouns")
            # The noun's type is every member's, but for a name the model typed alone ("Zorba Autos" [PER]).
            etype = nouns.get(p.lemma, ("",))[0]
            person_noun = not etype and p.lemma in _person_nouns(lang)
            if person_noun:
                # "John Ward and Peter Lang ... Both men", "the two suspects" (c38a): definite or
                # "both" ("Two men were later released" may be others), of no member of another
                # gender ("Anna Berg and Tom Holm ... Both women")
                first = text[p.start : p.head[0]].lower().split()[:1]
                gender = _person_nouns(lang)[p.lemma]
                if not first or first[0] not in definite | pairs or gender in ("m", "f") and any(
                    _gender_of(entities[e]) not in ("-", gender) for e in set(within)
                ):
                    continue
                if types != {"PER"}:
                    continue  # "Valtron Systems and Tom Hale settled ... The two men": not the company (rvc38)
                etype = "PER"
            if p.number != "pl" or etype not in types or not known <= {etype}:
                continue
            if next_coordination is not None and next_coordination < p.start:
                break  # another coordination lies between: the phrase counts that one's members
            if kinds and not _fits_every_member(p.lemma, within, entities, kinds, lang):
                continue
            after = text[p.end : p.end + 12].split()
            if after and after[0].lower() in relatives:
                continue  # a restrictive clause picks some of them: "the two companies that need money most"
            words = text[p.start : p.head[0]].lower().split()
            said = {counts[w] for w in words if w in counts} | {int(w) for w in words if w.isdigit()}
            if said == {members} or (members == 2 and not said and words[:1] and words[0] in pairs):
                out[i] = (a, b)
            elif not said and words and all(w in definite for w in words) and not person_noun:
                # "Telvana and Orbitel agreed to merge ... , the companies said": the article alone;
                # not of people, whom the count must say ("Mayor Ann Lee and Senator Tom Hale
                # visited the plant. The workers cheered": others; rvc38)
                out[i] = (a, b)
    return out


def _place_coordinations(coordinations: Iterable[tuple[int, int]], entities: Sequence[Entity]) -> frozenset[int]:
    """The starts of the coordinations whose names are all places ("Leeds and Bradford"), two or
    more: no pair of actors "the pair" may stand for."""
    names = sorted((m.start, m.end, entity.type) for entity in entities for m in entity.mentions)
    out = set()
    for a, b in coordinations:
        types = [t for x, y, t in names[bisect.bisect_left(names, (a,)) : bisect.bisect_left(names, (b,))] if y <= b]
        if len(types) >= 2 and set(types) == {"LOC"}:
            out.add(a)
    return frozenset(out)


def _pair_noun(text: str, p: Phrase, lang: str) -> bool:
    """Whether ``p`` is "the pair", "the duo" (``coref_pair_nouns``): a definite singular phrase
    with no modifier that stands for a group of two said before."""
    return p.determiner == "definite" and p.number == "sg" and not p.modifiers and p.lemma in _words(lang, "coref_pair_nouns") and text[p.start : p.head[0]].strip().lower() == "the"


# "The brothers of the victim", "the couple next door": a pair the words after the noun say is another
_PAIR_OTHERS = re.compile(r"\s+(?:of|next|from|who|whose|that)\b", re.IGNORECASE)


def _person_pair_noun(text: str, p: Phrase, lang: str) -> tuple[str, bool] | None:
    """The gender ``coref_person_pair_nouns`` gives two people when ``p`` is "the couple", "the
    brothers", and whether they are of one family (their names end alike): "the" alone before the
    noun, no modifier, nothing after it that says which pair ("The brothers of the victim", "the
    couple next door": review rvc39); else None."""
    if p.determiner != "definite" or p.modifiers or text[p.start : p.head[0]].strip().lower() != "the":
        return None
    if _PAIR_OTHERS.match(text, p.head[1]):
        return None
    return _person_pair_nouns(lang).get(text[p.head[0] : p.head[1]].lower())


@cache
def _person_pair_nouns(lang: str) -> dict[str, tuple[str, bool]]:
    """``coref_person_pair_nouns``: noun as written -> the gender it gives both people, and whether
    they are kin, who share a family name."""
    return {r[0]: (r[1], len(r) > 2 and r[2] == "kin") for r in _safe_rows(lang, "coref_person_pair_nouns") if len(r) > 1}


def _counts_two(text: str, p: Phrase, lang: str) -> bool:
    """Whether ``p`` is a plural phrase counting two members: "the two banks", "both companies"
    (``coref_pair_words``, ``number_words``)."""
    if p.number != "pl":
        return False
    words = text[p.start : p.head[0]].lower().split()
    return bool(words) and (words[0] in _words(lang, "coref_pair_words") or 2 in _counted(words, lang))


def _counted(words: Iterable[str], lang: str) -> set[int]:
    """The numbers ``words`` say, in words of ``number_words`` ("five") or in digits ("5")."""
    counts = number_map(lang, "number_words")
    return {counts[w] for w in words if w in counts} | {int(w) for w in words if w.isdigit()}


def _fits_every_member(noun: str, members: Sequence[int], entities: Sequence[Entity], kinds: Sequence[set[str]], lang: str) -> bool:
    """Whether a noun counting a coordination's members may stand for each of them, by the kind
    rules a description follows (:func:`_most_salient`): no member of another known kind ("Zorba
    Bank" is no airline), no member known only as a union, party, agency or club for a company
    noun, no business ("Acme Inc") for a noun of such a kind ("both teams", "the two unions")."""
    own = _kind_of(noun, lang)
    business_noun = noun in _words(lang, "coref_business_nouns")
    non_business = own is not None and own in _words(lang, "coref_non_business_kinds")
    for e in set(members):
        if own is not None and _other_kind(own, e, kinds, None, lang):
            return False
        if own is None and business_noun and _not_a_business(e, kinds, None, lang):
            return False
        if non_business and _a_business(e, entities, None, lang):
            return False
    return True


def _whole_words(text: str, p: Phrase) -> Phrase:
    """A phrase that starts inside a hyphenated word the tokenizer split starts with the whole
    word ("long-haul fleet", "co-founder", "200-250 seats", not "haul fleet"). (A phrase whose head
    a hyphen follows, "pre" of "pre-orders", is no phrase: the caller leaves it out.)"""
    start = p.start
    while start > 0 and text[start - 1] == "-":
        start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    return p if start == p.start else replace(p, start=start)


def _restated_headline(
    i: int, kept: Sequence[Phrase], same_kind: Sequence[int], headline_end: int, lead: frozenset[int], sentence_of: Callable[[int], int]
) -> int | None:
    """The headline phrase that phrase ``i`` of the lead restates: the one phrase of the same head
    (or synonym, ``same_kind``: the earlier phrases of that kind) in the headline, when ``i`` is
    the first phrase of that kind after the headline and is not definite (a definite phrase takes
    up the nearest one by the ordinary rule). None otherwise."""
    p = kept[i]
    if headline_end <= 0 or not same_kind or p.determiner in ("definite", "demonstrative", "possessive") or sentence_of(p.start) not in lead:
        return None
    if any(kept[j].start > headline_end for j in same_kind):
        return None  # the kind was said again after the headline: not the first restatement
    in_headline = [j for j in same_kind if kept[j].end <= headline_end]
    return in_headline[0] if len(in_headline) == 1 else None


def _counted_products(phrases: Sequence[Phrase], entities: Sequence[Entity], covered: Callable[[tuple[int, int]], bool]) -> list[Phrase]:
    """The phrases that count items of a product the text names ("five Boeing 737s", "18 more
    777s"): the head is the product's name, the number before it is outside every mention. They
    stand for a set of aircraft or devices, not for the model, so each is a chain of its own."""
    products = sorted((m.start, m.end) for e in entities if e.type == "PRO" for m in e.mentions)
    if not products:
        return []
    starts = [a for a, _ in products]
    out = []
    for p in phrases:
        if p.determiner != "number" or covered((p.start, p.start + 1)):
            continue
        k = bisect.bisect_right(starts, p.head[0]) - 1
        if k >= 0 and products[k][0] > p.start and products[k][1] >= p.head[1]:
            out.append(p)
    return out


def _safe_rows(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a list, none for a language without it (a missing list is the only error taken)."""
    try:
        return rows(lang, name)
    except KGError:
        return ()


def with_references(entities: Sequence[Entity], added: dict[int, list[Reference]]) -> tuple[Entity, ...]:
    """``entities`` with the references ``added`` by entity index, each entity's in text order."""
    return tuple(
        replace(e, references=tuple(sorted((*e.references, *added[k]), key=lambda r: (r.start, r.end)))) if k in added else e
        for k, e in enumerate(entities)
    )
