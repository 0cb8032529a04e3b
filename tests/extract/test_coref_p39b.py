"""The test of a name set off after a description ("Italy, its director of research, Marta Rossi,
said": the description is the person's, not the country's) reads the description's last word from
the parse's right edge, not by walking its subtree again for every candidate (issue 18, p39b).

The parses are built by hand (a blank English vocabulary, no model), as the parser gives them.
"""

from __future__ import annotations

import time

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.coref import _name_set_off_after


def _doc(rows: list[tuple[str, int, str, str]]) -> Doc:
    """(word, head, dep, entity IOB tag) per token."""
    words = [w for w, _, _, _ in rows]
    return Doc(
        spacy.blank("en").vocab, words=words, heads=[h for _, h, _, _ in rows], deps=[d for _, _, d, _ in rows],
        ents=[e for _, _, _, e in rows], lemmas=[w.lower() for w in words],
    )


# "Italy , its director of research , Marta Rossi , said": the description's complement ends it
_SET_OFF = [
    ("Italy", 10, "nsubj", "B-GPE"), (",", 0, "punct", "O"), ("its", 3, "poss", "O"), ("director", 0, "appos", "O"),
    ("of", 3, "prep", "O"), ("research", 4, "pobj", "O"), (",", 0, "punct", "O"), ("Marta", 8, "compound", "B-PERSON"),
    ("Rossi", 0, "appos", "I-PERSON"), (",", 0, "punct", "O"), ("said", 10, "ROOT", "O"),
]
# "Italy , its director of research Marta Rossi said": no comma after the description
_NOT_SET_OFF = [
    ("Italy", 8, "nsubj", "B-GPE"), (",", 0, "punct", "O"), ("its", 3, "poss", "O"), ("director", 0, "appos", "O"),
    ("of", 3, "prep", "O"), ("research", 4, "pobj", "O"), ("Marta", 7, "compound", "B-PERSON"),
    ("Rossi", 0, "appos", "I-PERSON"), ("said", 8, "ROOT", "O"),
]
# "Italy , its director of research , Paris , said": the name after the comma is no person's
_PLACE_AFTER = [
    ("Italy", 9, "nsubj", "B-GPE"), (",", 0, "punct", "O"), ("its", 3, "poss", "O"), ("director", 0, "appos", "O"),
    ("of", 3, "prep", "O"), ("research", 4, "pobj", "O"), (",", 0, "punct", "O"), ("Paris", 0, "appos", "B-GPE"),
    (",", 0, "punct", "O"), ("said", 9, "ROOT", "O"),
]


@pytest.mark.parametrize(("rows", "expected"), [(_SET_OFF, True), (_NOT_SET_OFF, False), (_PLACE_AFTER, True)])
def test_a_name_set_off_after_a_description_and_its_complement(rows: list[tuple[str, int, str, str]], expected: bool) -> None:
    doc = _doc(rows)
    assert _name_set_off_after(doc[3], doc[0]) is expected


def test_names_set_off_after_descriptions_cost_linear_time() -> None:
    # 1,500 words each the apposition of the one before: every candidate heads the rest of the
    # text (a degenerate parse of a long window); walking each subtree again was quadratic and
    # deeper than the recursion limit allows (a bound against that, not a speed target)
    n = 1500
    doc = Doc(spacy.blank("en").vocab, words=["word"] * n, heads=[0, *range(n - 1)], deps=["ROOT"] + ["appos"] * (n - 1))
    began = time.process_time()
    found = [_name_set_off_after(doc[i], doc[i - 1]) for i in range(1, n)]
    assert time.process_time() - began < 2.0
    assert not any(found)
