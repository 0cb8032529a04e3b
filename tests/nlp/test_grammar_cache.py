"""kg.nlp.grammar: the per-process caches of morphology and lemmas read what spaCy reads."""

from __future__ import annotations

import pytest

from kg.nlp import models
from kg.nlp.grammar import _lemma, _morph
from kg.nlp.wordforms import verb_lemma

pytestmark = pytest.mark.slow

TEXTS = [
    ("fr", "Les ministres s'adressent aux députés ; elle annoncera qu'il nait une entreprise."),
    ("en", "The companies said they will close two plants, which had been planned."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_morph_and_lemma_match_spacy(lang: str, text: str) -> None:
    for _ in range(2):  # the second pass reads the caches
        for tok in models.load_model(lang)(text):
            for feature in ("Number", "Gender", "Tense", "VerbForm", "Mood", "Poss", "Absent"):
                assert _morph(tok, feature) == list(tok.morph.get(feature, []))
            lemma = tok.lemma_.lower().replace("’", "'")
            if tok.pos_ == "VERB" and lang == "fr":
                lemma = verb_lemma(tok.lower_, lemma, "fr")
            assert _lemma(tok) == lemma


def test_morph_values_are_a_fresh_list() -> None:
    tok = models.load_model("fr")("Les usines")[1]
    values = _morph(tok, "Number")
    values.append("X")
    assert "X" not in _morph(tok, "Number")
