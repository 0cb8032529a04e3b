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


TREE_TEXTS = [
    *TEXTS,
    ("fr", "Le géant américain, qui a racheté la start-up de Lyon en 2019, annonce la fermeture de deux usines."),
    ("en", "Acme Aerospace (AA), the parent company of Beta, said on Tuesday that the new plant and the old one will close."),
]


@pytest.mark.parametrize(("lang", "text"), TREE_TEXTS)
def test_token_heads_match_spacy(lang: str, text: str) -> None:
    """kg.nlp.doccache.token_heads and is_ancestor read the parse as the Token properties do."""
    from kg.nlp.doccache import is_ancestor, token_heads

    doc = models.load_model(lang)(text)
    for _ in range(2):  # the second call reads the cache
        heads = token_heads(doc)
        for tok in doc:
            assert heads[tok.i] == tok.head.i - tok.i
            for other in doc:
                assert is_ancestor(heads, tok.i, other.i) == tok.is_ancestor(other)


@pytest.mark.parametrize(("lang", "text"), TREE_TEXTS)
def test_token_morphs_match_spacy(lang: str, text: str) -> None:
    """kg.nlp.doccache.token_morphs reads each token's morphology hash as ``tok.morph.key`` does,
    and a Doc retokenised after the first read is read again."""
    from kg.nlp.doccache import token_morphs

    doc = models.load_model(lang)(text)
    for _ in range(2):  # the second call reads the cache
        assert token_morphs(doc) == [tok.morph.key for tok in doc]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert token_morphs(doc) == [tok.morph.key for tok in doc]
    for tok in doc:
        for feature in ("Number", "Gender", "Tense", "VerbForm"):
            assert _morph(tok, feature) == list(tok.morph.get(feature, []))


def test_token_morphs_of_an_empty_doc() -> None:
    from kg.nlp.doccache import token_morphs

    assert token_morphs(models.load_model("fr")("")) == []
