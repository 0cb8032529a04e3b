"""The dictionary of word forms that a spaCy pipeline ships with its lemmatizer.

The French pipelines carry a lookup table of the inflected forms of common words ("attentifs",
"problèmes", "touchera"); proper names of people and places are mostly not in it. The entity
cleanup uses it to tell a capitalised common word (a heading, a sentence-initial word) from a
name the model took it for.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.nlp.lemmas import verb_tables
from kg.nlp.models import load_model

if TYPE_CHECKING:
    from spacy.lookups import Lookups, Table


def is_dictionary_word(word: str, lang: str) -> bool:
    """Whether ``word``, lower-cased, is a form in the lemmatizer's tables of ``lang``'s pipeline:
    an inflected form of its lookup table ("problèmes") or a lemma of its index ("jour"). A
    pipeline without such tables knows no word (nothing is taken for a common word)."""
    table, lemmas = _forms(lang)
    key = word.casefold()
    return key in lemmas or (table is not None and key in table)


def is_verb_lemma(word: str, lang: str) -> bool:
    """Whether ``word``, lower-cased, is a verb's lemma in the lemmatizer's tables of ``lang``'s
    pipeline (its verb index and the lemmas of its verb exceptions: "overtake", "batter"). Many
    are nouns too ("book", "time"): a caller needs a verb's place as well."""
    return word.casefold() in _verb_tables(lang)[0]


# The accented letters French print leaves out on capitals ("ETRANGÈRES", "PRECEDENTE"), by the
# capital written instead.
_CAPITAL_ACCENTS: dict[str, str] = {"E": "EÉÈÊ", "A": "AÀÂ", "I": "IÎ", "O": "OÔ", "U": "UÙÛ", "C": "CÇ"}
_MAX_READINGS = 1024
# Shorter words in capitals are mostly acronyms ("BEA" is no "béa").
_MIN_CAPITALS = 6


def is_dictionary_word_in_capitals(word: str, lang: str) -> bool:
    """Whether ``word``, written in capitals, is a form of the dictionary once the accents French
    print leaves out on capitals are put back ("ETRANGÈRES" is "étrangères", "PRECEDENTE"
    "précédente"). Only a word in capitals of at least :data:`_MIN_CAPITALS` letters qualifies
    (shorter ones are mostly acronyms: "BEA"), and only with at most :data:`_MAX_READINGS` readings
    to try."""
    if not word.isupper() or not word.isalpha() or len(word) < _MIN_CAPITALS:
        return False
    if is_dictionary_word(word, lang):
        return True
    readings = [""]
    for char in word:
        options = _CAPITAL_ACCENTS.get(char, char)
        if len(readings) * len(options) > _MAX_READINGS:
            return False
        readings = [r + o for r in readings for o in options]
    return any(is_dictionary_word(r, lang) for r in readings)


def _lookups(lang: str) -> Lookups | None:
    """The lemmatizer tables of ``lang``'s pipeline, None without a lemmatizer that has them."""
    nlp = load_model(lang)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    return getattr(nlp.get_pipe("lemmatizer"), "lookups", None)


@cache
def _forms(lang: str) -> tuple[Table | None, frozenset[str]]:
    """The lookup table (forms hashed as in spaCy's string store; ``in`` takes the string) and the
    lemmas of the index, which the lookup table leaves out when a form is its own lemma."""
    lookups = _lookups(lang)
    if lookups is None:
        return None, frozenset()
    table: Table | None = lookups.get_table("lemma_lookup") if "lemma_lookup" in lookups.tables else None
    lemmas: frozenset[str] = frozenset()
    if "lemma_index" in lookups.tables:
        lemmas = frozenset(str(w) for words in lookups.get_table("lemma_index").values() for w in words)
    return table, lemmas


def verb_lemma(form: str, lemma: str, lang: str) -> str:
    """The lemma of a verb the parser lemmatised wrongly, from the pipeline's own tables; else
    ``lemma``.

    The French rule lemmatizer gives a reflexive present its noun's lemma ("s'adresse" →
    "adresse") and does not know the 1990 spellings without a circumflex ("nait" → "ner"). When
    ``lemma`` is no verb of the tables, the form (and its circumflex spelling) is looked up in the
    verb exceptions and the lookup table, then read as a present of an "-er" verb the index knows.
    """
    return _verb_lemma(form.casefold(), lemma, lang)


@cache
def _verb_tables(lang: str) -> tuple[frozenset[str], dict[str, str], Table | None]:
    """Known verb lemmas, the verb exceptions (form → lemma) and the lookup table of ``lang``."""
    lookups = _lookups(lang)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset(), {}, None
    verbs, exceptions = verb_tables(lookups)
    table = lookups.get_table("lemma_lookup") if "lemma_lookup" in lookups.tables else None
    return verbs, exceptions, table


# Forms of the 1990 spelling reform drop the circumflex on "i" and "u" ("nait", "connait", "parait").
_CIRCUMFLEX = (("ait", "aît"), ("oit", "oît"), ("ut", "ût"))


@cache
def _verb_lemma(form: str, lemma: str, lang: str) -> str:
    known, exceptions, table = _verb_tables(lang)
    if not known or lemma in known:
        return lemma
    candidates = [form] + [form[: -len(a)] + b for a, b in _CIRCUMFLEX if form.endswith(a)]
    for cand in candidates:
        if cand in exceptions:
            return exceptions[cand]
        found = table.get(cand) if table is not None and cand in table else None
        if isinstance(found, list):
            found = found[0] if found else None
        if isinstance(found, str) and found in known:
            return found
        for ending in ("ent", "es", "e"):  # a present of an "-er" verb: adresse, adresses, adressent
            stem = cand[: -len(ending)]
            if cand.endswith(ending) and stem + "er" in known:
                return stem + "er"
    return lemma


# The endings of French past participles, masculine singular after the optional « e », « s », « es »
# of agreement is taken off (« endommagé », « parti », « venu », « mis », « ouvert », « atteint », « mort »).
_FR_PARTICIPLE_ENDINGS = ("é", "i", "u", "û", "is", "it", "us", "ert", "int", "ort")


@cache
def participle_verb(form: str, lang: str) -> str | None:
    """The verb of which ``form`` is a past participle, read in ``lang``'s pipeline tables
    (« endommagées » → « endommager », « mise » → « mettre », « déclaré » → « déclarer », « venus »
    → « venir »); None for a word that is none (« côté », « idée », « lieu », « du »). French only:
    another language, or a pipeline without tables, gives None."""
    if lang != "fr":
        return None
    known, exceptions, table = _verb_tables(lang)
    if not known:
        return None
    word = form.casefold()
    for agreement in ("", "e", "s", "es"):
        if agreement and not word.endswith(agreement):
            continue
        base = word[: len(word) - len(agreement)]
        if len(base) < 2 or not base.endswith(_FR_PARTICIPLE_ENDINGS):
            continue
        lemma = exceptions.get(base)
        if lemma is None and table is not None and base in table:
            found = table.get(base)
            lemma = found[0] if isinstance(found, list) and found else found if isinstance(found, str) else None
        if lemma in known:
            return lemma
        if base.endswith("é") and base[:-1] + "er" in known:
            return base[:-1] + "er"  # « déclaré », « inondé »: the table lists the adjective
    return None
