"""Hyphenated common nouns the tokenizer would split, kept as one token.

The French tokenizer keeps the hyphenated words of its own exception list whole ("porte-parole",
"après-midi") but splits the rest at every hyphen, English loans above all: "start-up" becomes
"start", "-", "up", which the French model then parses as a noun, a proper noun and a foreign word,
and a name after it ("la start-up BioCell") as an adverb; the organisation is lost as the object of
"racheter". ``lexicons/<lang>/hyphenated_words.tsv`` lists such words (common nouns only: the model
reads hyphenated names such as "Royaume-Uni" well as three tokens); each becomes a tokenizer special
case in its listed, capitalised and upper-case forms. Offsets are unchanged: a special case only
decides where tokens end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.knowledge.words import word_sets

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


def add_hyphenated_words(nlp: Language, lang: str) -> None:
    """Make every word of ``hyphenated_words`` for ``lang`` one token in ``nlp``'s tokenizer."""
    from spacy.symbols import ORTH

    for word in sorted(word_sets("hyphenated_words").get(lang, frozenset())):
        for form in {word, word[:1].upper() + word[1:], word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
