"""The lemmatizer's slips put right on every token, right after the model's lemmatizer.

The English model lemmatizes some verb forms as another word ("fined" as "fin", "hopes" as "hop"),
and every reader of lemmas then misses them: the trigger lexicon types "The authority fined the
firm" as a bare occurrence instead of a fine. ``lexicons/<lang>/lemma_corrections.tsv`` lists such
forms with their lemma; one pass over the lower-case forms of a document, and only the listed forms
are touched.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.knowledge.words import word_maps

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "kg_lemma_corrections"


@cache
def _corrections(lang: str) -> dict[int, str]:
    """The listed forms of ``lang`` by their hash in the string store, with their lemma."""
    from spacy.strings import get_string_id

    return {get_string_id(form): lemma for form, lemma in word_maps("lemma_corrections").get(lang, {}).items()}


def correct_lemmas(doc: Doc) -> Doc:
    """Give the verbs and nouns whose lower-case form ``lemma_corrections`` lists the lemma it
    gives. Only the listed forms become Token objects (the forms are read as one array)."""
    fixes = _corrections(doc.lang_)
    if not fixes or len(doc) == 0:
        return doc
    import numpy
    from spacy.attrs import LOWER

    lowers = doc.to_array([LOWER])
    found = numpy.flatnonzero(numpy.isin(lowers, numpy.fromiter(fixes, dtype=lowers.dtype)))
    for i in found.tolist():
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX", "NOUN"):
            tok.lemma_ = fixes[int(lowers[i])]
    return doc


def add_lemma_corrections(nlp: Language) -> None:
    """Put :func:`correct_lemmas` right after the lemmatizer of ``nlp`` (once; no lemmatizer,
    nothing)."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=correct_lemmas)
    nlp.add_pipe(COMPONENT, after="lemmatizer")
