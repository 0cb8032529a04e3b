"""kg.lemmas: the memoised lemmatizer gives exactly the lemmas of the model's own."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.lemmas import MemoLemmatizer, memoise_lemmatizer
from kg.models import load_model

CASES = [
    # (language, text): proper nouns, numbers and elisions take the lookup path of the rules;
    # English lemmas also depend on morphology ("saw" noun or verb, "better" adjective or adverb).
    ("fr", "Le PDG d'IBM, Arvind Krishna, a annoncé lundi qu'il renonçait à la reconnaissance faciale."),
    ("fr", "Les élèves étaient partis ; elles sont allées voir les 3 000 manifestants à Paris le 8 juin."),
    ("fr", "« Nous n’allons pas vendre », a-t-il écrit dans une lettre adressée au Congrès des États-Unis."),
    ("en", "IBM will no longer offer general purpose facial recognition, its CEO wrote on Monday."),
    ("en", "She saw the saw; they were better off, and he ran better than the others had run."),
    ("en", "The U.S. Congress's letters were sent by Arvind Krishna in 2020 @CNN https://t.co/x1"),
    ("fr", "IBM said it would stop selling the software."),  # the other language's model
    ("en", "Le gouvernement a été informé mardi."),
    ("fr", ""),
]


def _lemmas(nlp, text: str) -> list[str]:
    return [t.lemma_ for t in nlp(text)]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[f"{c[0]}-{c[1][:20]}" for c in CASES])
def test_same_lemmas_as_the_stock_model(lang: str, text: str) -> None:
    kg_nlp, stock = load_model(lang), load_model(lang, stock=True)
    assert isinstance(kg_nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    assert not isinstance(stock.get_pipe("lemmatizer"), MemoLemmatizer)
    assert kg_nlp.pipe_names == stock.pipe_names
    assert _lemmas(kg_nlp, text) == _lemmas(stock, text)


@pytest.mark.slow
def test_a_full_table_is_cleared_without_changing_lemmas() -> None:
    nlp, stock = load_model("fr"), load_model("fr", stock=True)
    memo = MemoLemmatizer(stock.get_pipe("lemmatizer"), max_entries=3)
    text = CASES[0][1] + " " + CASES[1][1]
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp(text)
    memo(doc)
    assert len(memo.table) <= 3
    assert [t.lemma_ for t in doc] == _lemmas(stock, text)


_WORDS = (
    "IBM Krishna a annoncé annonce annonces était étaient sont allés lundi Paris 2020 8 juin "
    "l' d' qu' n' « » , . ; the was were saw better ran running letters U.S. Congress 's @CNN "
    "https://t.co/x !"
).split()


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lang=st.sampled_from(["fr", "en"]), words=st.lists(st.sampled_from(_WORDS), max_size=30))
def test_any_word_sequence_gets_the_stock_lemmas(lang: str, words: list[str]) -> None:
    text = " ".join(words)
    assert _lemmas(load_model(lang), text) == _lemmas(load_model(lang, stock=True), text)


def test_only_known_lemmatizers_are_replaced() -> None:
    import spacy

    blank = spacy.blank("fr")
    assert memoise_lemmatizer(blank) is False  # no lemmatizer at all
    blank.add_pipe("sentencizer", name="lemmatizer")
    assert memoise_lemmatizer(blank) is False  # a component of another kind under that name
    assert blank.pipe_names == ["lemmatizer"]


def test_replacement_keeps_name_and_place() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer", name="last")
    nlp.get_pipe("lemmatizer").lookups.add_table("lemma_lookup", {"mice": "mouse"})
    assert memoise_lemmatizer(nlp) is True
    assert nlp.pipe_names == ["sentencizer", "lemmatizer", "last"]
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    assert [t.lemma_ for t in nlp("three mice and two mice")] == ["three", "mouse", "and", "two", "mouse"]
