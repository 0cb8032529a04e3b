"""English names typed by what they do in the text or by their shape (issue 21, n38a): a name the
model read as a place across a document that says or decides something ("Chile's Codelco keeps
grip" ... "Codelco said" ... "Codelco decided to seek partners") is an organisation in every
mention, unless the gazetteer knows it as a place ("China said": the country's government, which
the model's reading keeps); a given name and a surname of a Gaelic shape the model skipped ("Rory
McIlroy and Scottie Scheffler will go", "Sinead O'Brien") are a person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.descriptors import territory_head_evidence
from kg.extract.entities import Candidate, given_name_evidence
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ACTING_NAME_EVIDENCE", "acting_place_names", "people_with_prefixed_surnames", "process_name", "shops_named_again"]

ACTING_NAME_EVIDENCE = "subject of a verb of saying or deciding:"

_SUBJECT_DEPS = frozenset({"nsubj"})
# Words of a sentence that make its speaker a person ("Pacheco said he would stay").
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
# The longest name the rule reads, in words ("Empresa Nacional Minera" read as a place).
_MAX_WORDS = 3


@cache
def _acting_verbs() -> frozenset[str]:
    """Verbs whose subject speaks or decides: ``en/reporting_verbs`` and ``en/deciding_verbs``."""
    return word_set("en", "reporting_verbs") | word_set("en", "deciding_verbs")


def _after_place_preposition(text: str, name: str, prepositions: frozenset[str]) -> bool:
    """Whether the text writes ``name`` right after a place preposition somewhere ("jobs in
    Dunmore"): the text uses it as a place at least once."""
    pattern = rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(prepositions)))})[^\S\n]+(?:the[^\S\n]+)?{re.escape(name)}(?![\w'’-])"
    return re.search(pattern, text, flags=re.IGNORECASE if name.isupper() else 0) is not None


# What follows a dateline's town at a line's start: a comma (the state) or the agency's bracket.
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:,|\()")


def _dateline_town(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` opens its line before a comma or a bracket ("LOUISVILLE, Kentucky
    (Reuters) - ... said": the parse may make the dateline's town the subject of the lead's verb)."""
    return (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER.match(text, end) is not None


def _surname_of_someone(candidates: Sequence[Candidate], text: str, name: str) -> bool:
    """Whether ``name`` ends a longer name of a person the candidates hold ("Maximo Pacheco" ...
    "Pacheco said", read as a place)."""
    return any(c.label == "PER" and text[c.start : c.end].endswith(" " + name) for c in candidates)


def acting_place_names(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a name the model read as a place, which the gazetteer does not
    know, typed ORG in every mention of it when one mention is the subject of a verb of saying or
    deciding (``en/reporting_verbs``, ``en/deciding_verbs``: "Codelco said", "Codelco decided to
    seek partners"): a place the text means literally neither says nor decides, while the model reads
    an unknown company's coined name as a town as often as not. Left as they are: a name the
    gazetteer knows ("Chile said", "Santiago decided"), one with other evidence (a dateline's
    town), a name opening with a given name, a territory's name (``en/territory_name_heads``:
    "Harris County said"), the surname of a person the text names in full,
    a name in a sentence that speaks of "he" or "she" ("Pacheco said he would stay"), a town followed
    by its state ("The Portland, Oregon, police bureau said"), and a name the
    text also writes after a place preposition (``en/place_prepositions``: "jobs in Dunmore")."""
    if lang != "en":
        return list(candidates)
    gazetteer = default_gazetteer()
    verbs = _acting_verbs()
    prepositions = word_set("en", "place_prepositions")
    acting: dict[str, str] = {}
    for c in candidates:
        if c.label != "LOC" or c.record is not None or c.institution is not None or c.evidence:
            continue
        name = text[c.start : c.end]
        if name in acting or _dateline_town(text, c.start, c.end) or not name[:1].isupper() or name.split()[0].casefold() == "the" or len(name.split()) > _MAX_WORDS:
            continue
        span = doc.char_span(c.start, c.end)
        if span is None:
            continue
        root = span.root
        subject = root.head if root.dep_ == "conj" else root
        verb = subject.head
        if subject.dep_ not in _SUBJECT_DEPS or verb.lemma_.lower() not in verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(t.lower_ in _PERSONAL for t in root.sent):
            continue
        if any(c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC") for c in root.children):
            continue  # "The Portland, Oregon, police bureau said": a town with its state, still a place
        if gazetteer.lookup(name) or given_name_evidence(name) is not None or _surname_of_someone(candidates, text, name):
            continue
        if territory_head_evidence(span, lang) is not None:
            continue  # "Harris County said", "Maricopa County voted": the county's government, still a place (rvn38)
        if _after_place_preposition(text, name, prepositions):
            continue
        acting[name] = verb.lemma_.lower()
    if not acting:
        return list(candidates)
    return [
        replace(c, label="ORG", evidence=(f"{ACTING_NAME_EVIDENCE} {acting[text[c.start : c.end]]}",))
        if c.label == "LOC" and text[c.start : c.end] in acting and c.record is None and c.institution is None and not c.evidence
        else c
        for c in candidates
    ]


# A given name and a surname of a Gaelic shape: "Mc"/"Mac" and a capital ("McIlroy", "MacLeod"),
# or "O'" and a capital ("O'Brien"), no word glued before or after.
_PREFIXED_SURNAME_NAME = re.compile(
    r"(?<![\w'’.&-])(?P<given>[A-Z][a-z]+)[^\S\n]+(?P<surname>(?:Ma?c[A-Z]|O['’][A-Z])[a-z]+)(?![\w&-])(?!['’][A-Za-z])"
)


def people_with_prefixed_surnames(candidates: Sequence[Candidate], text: str, *, lang: str) -> list[Candidate]:
    r"""English: ``candidates`` with the people the model skipped whole, a given name of
    ``xx/given_names`` and a surname of a Gaelic shape ("Rory McIlroy and Scottie Scheffler will
    go", "coach Niamh O'Connell"), whatever the words after: the shape names a person as no common
    word or place does; the same name the model read, alone and with no other evidence, as an
    organisation or a place ("Declan MacAuley, a farmer, said") is retyped a person. A name that
    another candidate overlaps, a surname in the possessive of a shop or
    a brand ("Ronald McDonald's"), and a given name that opens a longer run of capitalised words
    (``(?<![\w...])`` keeps "Royal MacLeod Trust" out: "royal" is no given name) are left out."""
    if lang != "en":
        return list(candidates)
    given = word_set("xx", "given_names")
    added = []
    retyped: dict[tuple[int, int], tuple[str, ...]] = {}
    for match in _PREFIXED_SURNAME_NAME.finditer(text):
        if match.group("given").casefold() not in given:
            continue
        a, b = match.start("given"), match.end("surname")
        evidence = (f"given name: {match.group('given')}", f"surname shape: {match.group('surname')}")
        overlapping = [c for c in candidates if c.start < b and a < c.end]
        if not overlapping:
            added.append(Candidate(a, b, "PER", "given name", evidence=evidence))
        elif all((c.start, c.end) == (a, b) and c.label in ("ORG", "LOC") and c.record is None and c.institution is None and not c.evidence for c in overlapping):
            # The model read the whole name and nothing more as an organisation or a place
            # ("Declan MacAuley, a farmer, said"): the same shape names a person (rvn38).
            retyped[(a, b)] = evidence
    if retyped:
        candidates = [replace(c, label="PER", evidence=retyped[(c.start, c.end)]) if (c.start, c.end) in retyped else c for c in candidates]
    return sorted((*candidates, *added), key=lambda c: (c.start, c.end)) if added else list(candidates)


def process_name(surface: str, lang: str) -> bool:
    """English: whether ``surface`` (a leading "the" aside) is one word of ``en/process_names``, the
    name of a policy, a process or an illness ("a Brexit spokesman", "the Covid inquiry"), which
    names no person, organisation or place wherever it stands; a longer name that holds it keeps
    its reading ("the Brexit Party", "Covid Recovery Group")."""
    if lang != "en":
        return False
    word = re.sub(r"^[Tt]he[^\S\n]+", "", surface)
    return " " not in word and word.casefold() in word_set("en", "process_names")


def _owns_nothing(doc: Doc, text: str, end: int) -> bool:
    """Whether the possessive at ``end`` of ``text`` is followed by no word it could own: no noun,
    adjective, number or adverb opens what comes after it ("Sainsbury's to pay", not "Sainsbury's
    shares")."""
    after = doc.char_span(end + 2, len(text), alignment_mode="expand")
    nxt = next((t for t in after if not t.is_space), None) if after is not None else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "ADV")


def shops_named_again(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a one-word name the text writes elsewhere as an organisation
    whose possessive is part of its name ("Sainsbury's said it would appeal", read so by
    :func:`kg.extract.entities._possessive_shop_end`) extended over its possessive where the model
    cut it before it ("Judge orders Sainsbury's to pay", a headline: was "Sainsbury", a second
    company), typed as the shop, where the possessive owns nothing (not "Sainsbury's shares"). A person's possessive ("Sainsbury's lawyer" when the text names
    no shop "Sainsbury's") is left alone."""
    if lang != "en":
        return list(candidates)
    shops = {
        text[c.start : c.end - 2]: c.label
        for c in candidates
        if c.label == "ORG" and text[c.end - 2 : c.end] in ("'s", "’s") and " " not in text[c.start : c.end].strip()
    }
    if not shops:
        return list(candidates)
    return [
        replace(c, end=c.end + 2, label="ORG")
        if text[c.start : c.end] in shops and text[c.end : c.end + 2] in ("'s", "’s") and c.label in ("ORG", "PER", "LOC") and c.institution is None
        and not text[c.end + 2 : c.end + 3].isalnum() and _owns_nothing(doc, text, c.end)
        else c
        for c in candidates
    ]
