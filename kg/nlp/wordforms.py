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
    """Whether ``word``, lower-cased, is a form in the lemmatizer's tables of ``lang``'s pipeline.
    A pipeline without such tables knows no word (nothing is taken for a common word)."""
    table = _forms(lang)
    return table is not None and word.casefold() in table


@cache
def _forms(lang: str) -> Table | None:
    """The lookup table (forms hashed as in spaCy's string store; ``in`` takes the string)."""
    nlp = load_model(lang)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_lookup" not in lookups.tables:
        return None
    table: Table = lookups.get_table("lemma_lookup")
    return table
