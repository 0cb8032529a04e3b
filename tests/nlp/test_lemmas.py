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


# f29b: a participle of fr/copular_participles the French parser reads as an adjective after « être »
# becomes the verb's participle, « être » its tense auxiliary, when its subject can die (a name, a
# counted noun, a noun of people); a thing's « mort » stays an adjective. Invented sentences.
COPULAR_CASES = [
    ("Trois personnes sont mortes dans l'accident.", "mortes", "VERB", "mourir"),
    ("Le chanteur Paul Verne est mort lundi à Brest.", "mort", "VERB", "mourir"),
    ("Le feuilleton est mort après trois saisons.", "mort", "ADJ", "mort"),
    ("Le marché est mort pour les vendeurs de glaces.", "mort", "ADJ", "mort"),
]


@pytest.mark.parametrize(("text", "form", "pos", "lemma"), COPULAR_CASES, ids=[c[0][:24] for c in COPULAR_CASES])
def test_copular_participles(fr_nlp, text, form, pos, lemma):
    tok = next(t for t in fr_nlp(text) if t.text == form)
    assert (tok.pos_, tok.lemma_) == (pos, lemma)
    if pos == "VERB":
        assert tok.dep_ == "ROOT"
        assert [c.dep_ for c in tok.children if c.lemma_ == "être"] == ["aux:tense"]


# rvf29b: the bare plural the parser reads as the noun « les morts » after « sont » (« de froid » its
# complement) and « n'est pas mort » read as a noun are the verb's participle too; a noun with a
# determiner (« sont des morts de la guerre ») stays a noun. Invented sentences.
COPULAR_NOUN_CASES = [
    ("Les deux randonneurs sont morts de froid samedi dans le Jura.", "morts", "VERB", "mourir"),
    ("Le chanteur n'est pas mort, contrairement aux rumeurs.", "mort", "VERB", "mourir"),
    ("Les victimes sont des morts de la guerre, selon le maire.", "morts", "NOUN", "mort"),
]


@pytest.mark.parametrize(("text", "form", "pos", "lemma"), COPULAR_NOUN_CASES, ids=[c[0][:24] for c in COPULAR_NOUN_CASES])
def test_copular_participles_read_as_nouns(fr_nlp, text, form, pos, lemma):
    tok = next(t for t in fr_nlp(text) if t.text == form)
    assert (tok.pos_, tok.lemma_) == (pos, lemma)
    if pos == "VERB":
        assert [c.dep_ for c in tok.children if c.lemma_ == "être"] == ["aux:tense"]
