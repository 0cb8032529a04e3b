"""The dictionary of word forms that a spaCy pipeline ships with its lemmatizer.

The French pipelines carry a lookup table of the inflected forms of common words ("attentifs",
"problèmes", "touchera"); proper names of people and places are mostly not in it. The entity
cleanup uses it to tell a capitalised common word (a heading, a sentence-initial word) from a
name the model took it for.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.nlp.models import load_model

if TYPE_CHECKING:
    from spacy.lookups import Table


def is_dictionary_word(word: str, lang: str) -> bool:
    """Whether ``word``, lower-cased, is a form in the lemmatizer's tables of ``lang``'s pipeline:
    an inflected form of its lookup table ("problèmes") or a lemma of its index ("jour"). A
    pipeline without such tables knows no word (nothing is taken for a common word)."""
    table, lemmas = _forms(lang)
    key = word.casefold()
    return key in lemmas or (table is not None and key in table)


@cache
def _forms(lang: str) -> tuple[Table | None, frozenset[str]]:
    """The lookup table (forms hashed as in spaCy's string store; ``in`` takes the string) and the
    lemmas of the index, which the lookup table leaves out when a form is its own lemma."""
    nlp = load_model(lang)
    if "lemmatizer" not in nlp.pipe_names:
        return None, frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return None, frozenset()
    table: Table | None = lookups.get_table("lemma_lookup") if "lemma_lookup" in lookups.tables else None
    lemmas: frozenset[str] = frozenset()
    if "lemma_index" in lookups.tables:
        lemmas = frozenset(str(w) for words in lookups.get_table("lemma_index").values() for w in words)
    return table, lemmas
