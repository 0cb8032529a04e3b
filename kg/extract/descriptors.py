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

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.knowledge.words import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

from kg.extract.entities import Candidate

__all__ = ["organisation_evidence", "place_evidence", "typed_by_evidence"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
# Verbs through which a subject also does what the verb after them says ("Zorba agreed to acquire").
_CONTROL_DEPS = frozenset({"xcomp"})
_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "PROPN", "ADV", "PUNCT"})


def _descriptor(tok: Token, lang: str) -> bool:
    words = word_sets("organisation_descriptors").get(lang, frozenset())
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in words or tok.lower_ in words)


def _descriptor_before(span: SpacySpan, lang: str) -> Token | None:
    """A descriptor noun right before the name and attached to it ("the advocacy group Zorba",
    "le syndicat Zorba", "retailer Zorba")."""
    doc = span.doc
    if span.start == 0:
        return None
    noun = doc[span.start - 1]
    if not _descriptor(noun, lang):
        return None
    root = span.root
    if root.head.i == noun.i or span.start <= noun.head.i < span.end:
        return noun
    return None


def _apposition_after(span: SpacySpan, lang: str) -> Token | None:
    """A descriptor heading an apposition after the name ("Zorba, a pet-food company", "Zorba,
    une société lyonnaise"): English takes the last noun of the run, French the first."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    stop = min(len(doc), i + 6)
    while i < stop and doc[i].pos_ != "NOUN":
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


def organisation_evidence(span: SpacySpan, lang: str, *, place: bool = False) -> str | None:
    """The words that make the name ``span`` an organisation, as a short phrase for the record
    ("descriptor before: group", "apposition: company", "predicate: acquire"), or None. An
    apposition does not retype a ``place``: "Lausanne et La Chaux-de-Fonds, deux équipes" names
    the towns' teams by metonymy, and the name itself stays a place."""
    if (tok := _descriptor_before(span, lang)) is not None:
        return f"descriptor before: {tok.lemma_.lower()}"
    if not place and (tok := _apposition_after(span, lang)) is not None:
        return f"apposition: {tok.lemma_.lower()}"
    if (tok := _employer_after(span, lang)) is not None:
        return f"employer of: {tok.lemma_.lower()}"
    if (tok := _organisation_predicate(span, lang)) is not None:
        return f"predicate: {tok.lemma_.lower()}"
    return None


def place_evidence(span: SpacySpan, lang: str) -> str | None:
    """The preposition that makes the one-word name ``span`` a place rather than a person ("arrivant
    à Zuoz", "En Bavière", "vers Eberfeld": ``<lang>/place_only_prepositions``), or None. A person
    after such a preposition is written with a title or a given name ("à M. Dupont"), which
    makes the name more than one word; the surname of a person named in full elsewhere in the
    document is retyped a person when mentions merge."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or not span[0].is_alpha:
        return None
    prep = doc[span.start - 1]
    if prep.pos_ != "ADP" or prep.lower_ not in word_sets("place_only_prepositions").get(lang, frozenset()):
        return None
    return f"place preposition: {prep.lower_}"


def typed_by_evidence(candidates: list[Candidate], doc: Doc, *, lang: str) -> list[Candidate]:
    """``candidates`` with the people and places that the text describes as organisations typed
    ORG, and the one-word people that a place preposition introduces typed LOC, the evidence
    recorded. Gazetteer names and institutions keep their type."""
    out = []
    for cand in candidates:
        if cand.label in ("PER", "LOC") and cand.record is None and cand.institution is None:
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            why = organisation_evidence(span, lang, place=cand.label == "LOC") if span is not None and len(span) else None
            if why is not None:
                cand = replace(cand, label="ORG", evidence=(*cand.evidence, why))
            elif cand.label == "PER" and span is not None and (why := place_evidence(span, lang)) is not None:
                cand = replace(cand, label="LOC", evidence=(*cand.evidence, why))
        out.append(cand)
    return out
