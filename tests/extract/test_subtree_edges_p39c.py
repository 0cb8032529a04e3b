"""Tests that read where a phrase begins or ends take it from the parse's edges (``Token.left_edge``,
``Token.right_edge``, which spaCy keeps from the heads), not by walking the phrase's subtree again
for every candidate (issue 18, p39c; p39b did the same in ``kg.extract.coref``).

The parses are built by hand (a blank vocabulary, no model), as the parser gives them. The
behaviour cases pass before and after the change; the linear-cost guards fail on the walk.
"""

from __future__ import annotations

import time

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.arguments import _closes_apposition
from kg.extract.events import _background_description

Row = tuple[str, int, str, str, str]


def _doc(lang: str, rows: list[Row]) -> Doc:
    """(word, head, dep, coarse part of speech, fine tag) per token."""
    words = [r[0] for r in rows]
    return Doc(
        spacy.blank(lang).vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
        pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[w.lower() for w in words],
    )


# "The architect , who designed the bridge , has retired": a relative clause set off by a comma
_SET_OFF_RELATIVE = [
    ("The", 1, "det", "DET", "DT"), ("architect", 9, "nsubj", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","),
    ("who", 4, "nsubj", "PRON", "WP"), ("designed", 1, "relcl", "VERB", "VBD"), ("the", 6, "det", "DET", "DT"),
    ("bridge", 4, "dobj", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","), ("has", 9, "aux", "AUX", "VBZ"),
    ("retired", 9, "ROOT", "VERB", "VBN"), (".", 9, "punct", "PUNCT", "."),
]
# "The architect who designed the bridge has retired": no comma, a restrictive relative
_RESTRICTIVE_RELATIVE = [
    ("The", 1, "det", "DET", "DT"), ("architect", 7, "nsubj", "NOUN", "NN"), ("who", 3, "nsubj", "PRON", "WP"),
    ("designed", 1, "relcl", "VERB", "VBD"), ("the", 5, "det", "DET", "DT"), ("bridge", 3, "dobj", "NOUN", "NN"),
    ("has", 7, "aux", "AUX", "VBZ"), ("retired", 7, "ROOT", "VERB", "VBN"), (".", 7, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "verb", "expected"), [(_SET_OFF_RELATIVE, 4, True), (_RESTRICTIVE_RELATIVE, 3, False)]
)
def test_a_relative_clause_set_off_by_a_comma_describes_its_noun(rows: list[Row], verb: int, expected: bool) -> None:
    doc = _doc("en", rows)
    assert _background_description(doc[verb], "en") is expected


# « La directrice , Inès Moreau , a salué son équipe »: the subject's name set off by two commas
_NAME_SET_OFF = [
    ("La", 1, "det", "DET", "DET"), ("directrice", 7, "nsubj", "NOUN", "NOUN"), (",", 3, "punct", "PUNCT", "PUNCT"),
    ("Inès", 1, "appos", "PROPN", "PROPN"), ("Moreau", 3, "flat:name", "PROPN", "PROPN"),
    (",", 7, "punct", "PUNCT", "PUNCT"), ("a", 7, "aux:tense", "AUX", "AUX"), ("salué", 7, "ROOT", "VERB", "VERB"),
    ("son", 9, "det", "DET", "DET"), ("équipe", 7, "obj", "NOUN", "NOUN"),
]
# « La directrice de l' usine , a salué … »: no name set off before the verb's comma
_NO_NAME = [
    ("La", 1, "det", "DET", "DET"), ("directrice", 7, "nsubj", "NOUN", "NOUN"), ("de", 4, "case", "ADP", "ADP"),
    ("l'", 4, "det", "DET", "DET"), ("usine", 1, "nmod", "NOUN", "NOUN"), (",", 7, "punct", "PUNCT", "PUNCT"),
    ("a", 7, "aux:tense", "AUX", "AUX"), ("salué", 7, "ROOT", "VERB", "VERB"),
    ("son", 9, "det", "DET", "DET"), ("équipe", 7, "obj", "NOUN", "NOUN"),
]


@pytest.mark.parametrize(("rows", "expected"), [(_NAME_SET_OFF, True), (_NO_NAME, False)])
def test_the_comma_before_the_verb_closes_the_subjects_name(rows: list[Row], expected: bool) -> None:
    doc = _doc("fr", rows)
    assert _closes_apposition(doc[1], 6) is expected


def test_relative_clauses_cost_linear_time() -> None:
    # 1,500 past verbs each the relative clause of the one before: every candidate heads the rest
    # of the text (a degenerate parse of a long window); walking each subtree again to find its
    # first word was quadratic (10 s of CPU on main; a bound against that, not a speed target)
    n = 1500
    doc = Doc(
        spacy.blank("en").vocab, words=["won"] * n, heads=[0, *range(n - 1)], deps=["ROOT"] + ["relcl"] * (n - 1),
        pos=["VERB"] * n, tags=["VBD"] * n,
    )
    began = time.process_time()
    found = [_background_description(doc[i], "en") for i in range(1, n)]
    assert time.process_time() - began < 2.0
    assert not any(found)


def test_names_closing_before_the_verb_cost_linear_time() -> None:
    # 1,500 names each the apposition of the one before, then a comma and the verb group
    n = 1500
    words = ["Moreau"] * n + [",", "a", "salué"]
    doc = Doc(
        spacy.blank("fr").vocab, words=words, heads=[n + 2, *range(n - 1), n + 2, n + 2, n + 2],
        deps=["nsubj"] + ["appos"] * (n - 1) + ["punct", "aux:tense", "ROOT"], pos=["PROPN"] * n + ["PUNCT", "AUX", "VERB"],
    )
    began = time.process_time()
    found = [_closes_apposition(doc[i], n + 1) for i in range(n)]
    assert time.process_time() - began < 2.0
    # every name ends at the comma, but no name is set off by commas of its own
    assert not any(found)
