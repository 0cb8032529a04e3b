"""The lemmatizer's slips put right on every token (kg.nlp.lemmas). Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LEMMA_CASES = [
    # the English lemmatizer reads these forms as other words ("fin", "hop", "din")
    ("The regulator fined the airline on Monday.", "fined", "fine"),
    ("The league fines clubs that miss the deadline.", "fines", "fine"),
    ("The mayor hopes to open the bridge in May.", "hopes", "hope"),
    ("The minister hoped for a deal.", "hoped", "hope"),
    # forms it gets right keep their lemma; a noun of another sense is untouched
    ("The court banned the march.", "banned", "ban"),
    ("The agency withdrew its licence.", "withdrew", "withdraw"),
]


@pytest.mark.parametrize(("text", "form", "lemma"), LEMMA_CASES, ids=[c[1] + "-" + c[0][:20] for c in LEMMA_CASES])
def test_lemma_corrections(en_nlp, text, form, lemma):
    tok = next(t for t in en_nlp(text) if t.text == form)
    assert tok.lemma_ == lemma


def test_a_fine_is_a_fine_event(en_nlp):
    """Read by the trigger lexicon: "fined" was a bare occurrence (lemma "fin")."""
    from kg.extract.events import events_from_doc

    doc = en_nlp("The port authority fined the shipping company two million pounds on Tuesday.")
    fined = next(e for e in events_from_doc(doc, lang="en") if e.trigger.text == "fined")
    assert fined.type == "Fine"
