"""Hyphenated common nouns kept as one token by the French tokenizer (kg.nlp.hyphenated).
Invented sentences."""

from __future__ import annotations

import pytest

from kg.knowledge.words import word_sets

pytestmark = pytest.mark.slow

TOKEN_CASES = [
    ("Le groupe a racheté la start-up nantaise Kalio.", "start-up"),
    ("Trois start-ups ont levé des fonds.", "start-ups"),
    ("Les syndicats organisent un sit-in devant la préfecture.", "sit-in"),
    ("Le chef-lieu du département accueille le sommet.", "chef-lieu"),
    ("Le marché se tiendra tout le week-end.", "week-end"),
    ("Start-up de l'année : Kalio.", "Start-up"),
    ("LA START-UP KALIO RACHETÉE", "START-UP"),
    ("Le tribunal de la start-up, (start-up) ou start-up.", "start-up"),
]


@pytest.mark.parametrize(("text", "word"), TOKEN_CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(TOKEN_CASES)])
def test_listed_words_are_one_token(fr_nlp, text, word):
    doc = fr_nlp(text)
    tokens = [t for t in doc if t.text == word]
    assert tokens, [t.text for t in doc]
    assert all(text[t.idx : t.idx + len(t)] == word for t in tokens)
    assert text.count(word) == len(tokens)


# Names are read well as three tokens by the model and stay so; so do unlisted words.
SPLIT_CASES = [
    ("Le Royaume-Uni a signé l'accord.", "Royaume"),
    ("La Nouvelle-Zélande ferme ses frontières.", "Nouvelle"),
    ("Le conflit israélo-palestinien s'enlise.", "israélo"),
]


@pytest.mark.parametrize(("text", "part"), SPLIT_CASES, ids=[c[1] for c in SPLIT_CASES])
def test_names_and_unlisted_words_keep_their_tokens(fr_nlp, text, part):
    assert part in [t.text for t in fr_nlp(text)]


def test_every_listed_word_is_one_token(fr_nlp):
    words = sorted(word_sets("hyphenated_words")["fr"])
    assert words
    for word in words:
        for form in (word, word[:1].upper() + word[1:], word.upper()):
            assert [t.text for t in fr_nlp.make_doc(f"la {form} .")] == ["la", form, "."], form


def test_listed_words_are_hyphenated_and_lower_case():
    for lang, words in word_sets("hyphenated_words").items():
        for word in words:
            assert "-" in word and word == word.lower() and " " not in word, (lang, word)
