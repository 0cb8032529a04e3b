"""The model's own lemmatizer, memoised per analysis: the same lemmas, without a Python call per word.

spaCy's rule lemmatizer (French and English models) works out each word's lemma in Python, token
by token. It keeps a cache, but still builds a ``Token`` for every word and, for proper nouns,
numbers and other parts of speech the rules skip, looks the word up again each time: about a tenth
of the time spent in ``nlp.pipe`` on news text, as much as kg's extractors together.

A lemma is a function of the word form, its part of speech and its morphology (the cache key the
lemmatizers use, or a finer one), so :class:`MemoLemmatizer` reads those three columns of the Doc
at once, asks the model's lemmatizer only for combinations it has not seen, and writes the lemma
column back in one call. Tokens that already have a lemma (set by the attribute ruler) are left
alone unless the model's lemmatizer overwrites, as the original does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FACTORY = "kg_memo_lemmatizer"
DEFAULT_MAX_ENTRIES = 100_000


class MemoLemmatizer:
    """A pipeline component that gives exactly the lemmas of ``base`` (a spaCy ``Lemmatizer``)."""

    def __init__(self, base: Any, *, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        self.base = base
        self.max_entries = max_entries
        # (orth, pos, morph) -> lemma hash. Cleared when full, so memory stays bounded on a long
        # stream of new words; the common words come back at once.
        self.table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        table = self.table
        overwrite = bool(getattr(self.base, "overwrite", False))
        strings = doc.vocab.strings
        lemmatize = self.base.lemmatize
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = table.get(key)
            if value is None:
                value = strings.add(lemmatize(doc[i])[0])
                if len(table) >= self.max_entries:
                    table.clear()
                table[key] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]
        return doc


def _known_lemmatizers() -> tuple[type, ...]:
    """The lemmatizer classes whose lemmas depend on nothing but form, part of speech and
    morphology (read in their source: spaCy's rule and lookup modes, and the French and English
    subclasses, which override only the rules and the base-form test)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer
    from spacy.pipeline import Lemmatizer

    return (Lemmatizer, EnglishLemmatizer, FrenchLemmatizer)


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(FACTORY):
        return

    @Language.factory(FACTORY, default_config={"source": "lemmatizer", "max_entries": DEFAULT_MAX_ENTRIES})
    def make_memo_lemmatizer(nlp: Language, name: str, source: str, max_entries: int) -> MemoLemmatizer:
        """Wrap the pipeline's component ``source`` (which must already be in ``nlp``)."""
        return MemoLemmatizer(nlp.get_pipe(source), max_entries=max_entries)


def memoise_lemmatizer(nlp: Language, *, name: str = "lemmatizer") -> bool:
    """Replace the rule lemmatizer ``name`` of ``nlp`` by a :class:`MemoLemmatizer` around it, under
    the same name and at the same place. Returns False (and changes nothing) when ``nlp`` has no
    such component or it is not a spaCy ``Lemmatizer`` (a trained or custom one may not be a
    function of form, part of speech and morphology)."""
    if name not in nlp.pipe_names:
        return False
    base: Any = nlp.get_pipe(name)
    if type(base) not in _known_lemmatizers() or base.mode not in ("rule", "lookup"):
        return False
    _register()
    temporary = f"{name}__{FACTORY}"
    nlp.add_pipe(FACTORY, name=temporary, after=name, config={"source": name})
    nlp.remove_pipe(name)
    nlp.rename_pipe(temporary, name)
    return True
