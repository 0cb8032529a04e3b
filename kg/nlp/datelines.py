"""Sentence breaks around a dateline, set before the parser runs.

A news text often opens with its headline, a line holding only the date, then the first sentence
("Acme buys Beta\\nMay 2 , 2024\\nAcme Corp. today bought ..."). spaCy's parser runs the three lines
into one sentence and hangs the headline's object on the date ("buys [Beta May 2]"). A line made
only of a date (month and weekday names of ``months`` / ``weekdays``, numbers, commas and periods)
starts a sentence, and so does the line after it; the parser keeps boundaries set before it. One
pass over the tokens; nothing else of the parse is touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.knowledge.words import word_set

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

COMPONENT = "kg_dateline_breaks"

#: The longest dateline read, in tokens ("Tuesday , May 2 , 2024" has 6).
_MAX_TOKENS = 8


def _date_words(lang: str) -> frozenset[str]:
    return word_set(lang, "months") | word_set(lang, "weekdays")


def _is_dateline(line: list[Token], words: frozenset[str]) -> bool:
    if not line or len(line) > _MAX_TOKENS:
        return False
    names = numbers = 0
    for tok in line:
        if tok.lower_.rstrip(".") in words:
            names += 1
        elif tok.is_digit:
            numbers += 1
        elif tok.text not in (",", "."):
            return False
    return names > 0 and numbers > 0


def _lines(doc: Doc) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    for tok in doc:
        if "\n" in tok.text:
            lines.append([])
            continue
        if not tok.is_space:
            lines[-1].append(tok)
        if "\n" in tok.whitespace_:
            lines.append([])
    return [line for line in lines if line]


def break_datelines(doc: Doc) -> Doc:
    """Mark the first token of a dateline and of the line after it as sentence starts."""
    words = _date_words(doc.lang_)
    lines = _lines(doc)
    for k, line in enumerate(lines):
        if _is_dateline(line, words):
            line[0].is_sent_start = True
            if k + 1 < len(lines):
                lines[k + 1][0].is_sent_start = True
    return doc


def add_dateline_breaks(nlp: Language) -> None:
    """Put :func:`break_datelines` before the parser of ``nlp`` (once; no parser, nothing)."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=break_datelines)
    nlp.add_pipe(COMPONENT, before="parser")
