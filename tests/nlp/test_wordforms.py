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
