"""The lemmatizer's own tables repair the lemma of a verb it got wrong (issue 17, dev3)."""

from __future__ import annotations

import pytest

from kg.nlp.wordforms import verb_lemma

pytestmark = pytest.mark.slow

VERB_CASES = [
    # a reflexive present lemmatised as its noun
    ("adresse", "adresse", "adresser"),
    ("adressent", "adressent", "adresser"),
    # the 1990 spelling without circumflex
    ("nait", "ner", "naître"),
    ("connait", "connaiter", "connaître"),
    # a lemma the tables know as a verb, or that nothing better replaces, is kept
    ("marche", "marcher", "marcher"),
    ("rendra", "rendre", "rendre"),
    ("zzzt", "zzzt", "zzzt"),
]


@pytest.mark.parametrize(("form", "lemma", "expected"), VERB_CASES, ids=[c[0] for c in VERB_CASES])
def test_verb_lemma(form, lemma, expected):
    assert verb_lemma(form, lemma, "fr") == expected


CAPITALS_CASES = [
    # French print leaves the accents off capitals: a reading with them is a word
    ("ETRANGÈRES", True),
    ("PRECEDENTE", True),
    ("FRONTIERES", True),
    # names, acronyms (too short to tell from a word: "BEA" is no "béa") and words not in capitals
    ("LAUSANNE", False),
    ("BEA", False),
    ("Precedente", False),
]


@pytest.mark.parametrize(("word", "expected"), CAPITALS_CASES, ids=[c[0] for c in CAPITALS_CASES])
def test_dictionary_word_in_capitals(word, expected):
    from kg.nlp.wordforms import is_dictionary_word_in_capitals

    assert is_dictionary_word_in_capitals(word, "fr") is expected
