"""Places after a French locative preposition that the model took for people or missed ("arrivé à
Zuoz", "il vit en Bivière", "la bataille de Rossbach", "entrées à Moldava, Bazias et Semlin").

A bare one-word name after "à" or "en" is, in news text, far more often a place than a person:
people are named with a title or a given name ("à M. Dupont", "à Jean Favre"). So is one after
"de" when a place noun or a locative word comes before it ("le clocher de Wœrth", "près de Sando":
``fr/place_complement_heads``), and each one-word item of a list that goes on from such a place
("à Moldava, Bazias, Kovi et Semlin"). A word that is the surname of a person named in full in the
same document, or a name met elsewhere in it as a person not after such a preposition, stays a
person; a word the model did not take for a name is added as a place only when it is no common
word of the language's dictionary ("à Noël", "près de Dieu" stay out).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from kg.extract.entities import not_a_name_here
from kg.knowledge.words import word_set
from kg.nlp.regexscan import first_char_filter
from kg.nlp.wordforms import is_dictionary_word
from kg.text.names import name_part
from kg.types import EntityMention

__all__ = ["with_locative_places"]

_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:à|qu['’]à|en)\s+$")
_SINGLE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*")
# The name at a position: one capitalised word, not glued to a longer name ("à Jean Favre").
_WORD_AT = re.compile(r"(?P<word>[A-ZÀ-Þ][\w’-]*[\w])(?![\w'’-])(?!\s+[A-ZÀ-Þ])")
_LIST_END = re.compile(r"\s*(?:[.;:!?)»]|$)")
_EVIDENCE = "after a locative preposition"


@cache
def _anchor() -> re.Pattern[str]:
    """What puts a place right after it: "à" (lower case, so no initial "A."), "jusqu'à", "en", a place
    noun or locative word, an optional adjective, then "de", or a verb whose object is a place
    ("habitant Bex", "regagna Zuoz": ``fr/place_object_verbs``)."""
    heads = "|".join(re.escape(w) for w in sorted(word_set("fr", "place_complement_heads"), key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in sorted(word_set("fr", "place_object_verbs"), key=len, reverse=True))
    # Every branch opens on a look-behind that implies ``(?<![\w-])``: put first, with the look-ahead of
    # kg.nlp.regexscan, it rejects most positions at once (the same matches, found faster).
    return first_char_filter(re.compile(
        rf"(?<![\w-])(?:(?<![\w'’-])(?:(?:jusqu|qu)['’])?à\s+|(?<![\w'’-])en\s+|(?<![\w-])(?i:{heads})(?:\s+(?!natal)[a-zà-ÿ-]+)?\s+d(?:e\s+|['’]\s*)"
        rf"|(?<![\w'’-])(?i:{verbs})\s+)"
    ))


@cache
def _list_joint() -> re.Pattern[str]:
    """What goes from one item of a list of places to the next: a comma or a conjunction, and the
    preposition repeated or not ("Bazias, Kovi", "Sando & de Kimito", "et à Semlin")."""
    words = "|".join(re.escape(w) for w in sorted(word_set("fr", "locative_list_words"), key=len, reverse=True))
    return re.compile(rf"(?P<comma>\s*,\s*)?(?(comma)|\s+(?:{words})\s+)(?:(?:à|de|en)\s+|d['’]\s*)?")


@cache
def _not_places() -> frozenset[str]:
    """Capitalised words that are no place after "à" or "de": titles and forms of address, months
    and weekdays ("à Monsieur", "à Mars" is a month's here)."""
    return (
        frozenset(w.casefold() for w in word_set("fr", "honorific_abbreviations"))
        | word_set("xx", "gendered_titles")
        | word_set("fr", "months")
        | word_set("fr", "weekdays")
    )


def with_locative_places(text: str, mentions: Sequence[EntityMention], lang: str) -> list[EntityMention]:
    """``mentions`` with the one-word people after "à", "en" or a place noun and "de" of a French
    text typed LOC, and the one-word places there that the model missed added."""
    if lang != "fr":
        return list(mentions)
    surnames = {name_part(m.text).split()[-1] for m in mentions if m.label == "PER" and len(name_part(m.text).split()) > 1}
    after = [m.label == "PER" and bool(_LOCATIVE_BEFORE.search(text, max(0, m.start - 6), m.start)) for m in mentions]
    # A name also met as a person elsewhere, not after such a preposition, stays a person ("à Hitler").
    elsewhere = {m.text for m, a in zip(mentions, after) if m.label == "PER" and not a}
    people = surnames | elsewhere
    out = list(mentions)
    for i, m in enumerate(out):
        if not after[i] or m.canonical or m.lang != "fr" or not _SINGLE_NAME.fullmatch(m.text) or m.text in people:
            continue
        out[i] = replace(m, label="LOC", evidence=(*m.evidence, _EVIDENCE))
    return _with_complement_places(text, out, surnames)


def _with_complement_places(text: str, mentions: list[EntityMention], surnames: set[str]) -> list[EntityMention]:
    """The places after a place noun and "de", and the items of a list of places after either. A
    one-word person of the model becomes a place only when every person mention of that name is
    such a place ("à Moldava, Bazias": unless Bazias is a person elsewhere)."""
    at = {m.start: i for i, m in enumerate(mentions)}
    spans = _Spans((m.start, m.end) for m in mentions)
    found = [
        item for anchor in _anchor().finditer(text) for item in _place_list(text, anchor.end(), mentions, at, spans, surnames)
    ]
    placed = {index for _, _, index in found if index is not None}
    people = surnames | {m.text for i, m in enumerate(mentions) if m.label == "PER" and i not in placed}
    retyped: dict[int, EntityMention] = {}
    added: dict[int, EntityMention] = {}
    for start, end, index in found:
        if text[start:end] in people:
            continue
        if index is None:
            added.setdefault(start, EntityMention(start, end, text[start:end], "LOC", "locative", "fr", evidence=(_EVIDENCE,)))
        elif mentions[index].label != "LOC":
            retyped[index] = replace(mentions[index], label="LOC", evidence=(*mentions[index].evidence, _EVIDENCE))
    if not retyped and not added:
        return mentions
    out = [retyped.get(i, m) for i, m in enumerate(mentions)]
    return sorted([*out, *added.values()], key=lambda m: (m.start, m.end))


class _Spans:
    """The spans of the mentions, asked whether one of them overlaps a stretch of text: a bisection
    in their starts and the largest end before it, where each word after a place noun read every
    mention of the document (quadratic in one long document, pl34a)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the largest end of the spans up to each one
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self._reach.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start``."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


def _place_list(
    text: str, pos: int, mentions: Sequence[EntityMention], at: dict[int, int], spans: _Spans, people: set[str]
) -> list[tuple[int, int, int | None]]:
    """The places from ``pos`` on: the first, then the list that goes on from it, each as (start,
    end, index of the model's mention or None). The list counts only up to an item that closes a
    clause, before a punctuation mark: a name that goes on with a verb may open a clause of its own
    ("à Berne, Favre a dit", "hier à Paris, Hollande et Merkel ont signé": no items)."""
    items: list[tuple[int, int, int | None]] = []
    ends_list: list[bool] = []
    while True:
        item = _place_at(text, pos, mentions, at, spans, people)
        if item is None:
            break
        items.append(item)
        ends_list.append(_LIST_END.match(text, item[1]) is not None)
        joint = _list_joint().match(text, item[1])
        if joint is None or joint.end() == item[1]:
            break
        pos = joint.end()
    # Keep the longest run that ends where a list can end; the first item stands on its own.
    while len(items) > 1 and not ends_list[-1]:
        items.pop()
        ends_list.pop()
    return items


def _place_at(
    text: str, pos: int, mentions: Sequence[EntityMention], at: dict[int, int], spans: _Spans, people: set[str]
) -> tuple[int, int, int | None] | None:
    """The place that starts at ``pos``: a model's place, a model's one-word person that is no
    person of the document, or a one-word name the model missed; None for anything else."""
    index = at.get(pos)
    if index is not None:
        m = mentions[index]
        if m.label == "LOC":
            return m.start, m.end, index
        if m.label == "PER" and not m.canonical and _SINGLE_NAME.fullmatch(m.text) and m.text not in people:
            return m.start, m.end, index
        return None
    match = _WORD_AT.match(text, pos)
    if match is None:
        return None
    start, end = match.span("word")
    word = match.group("word")
    if spans.overlaps(start, end) or word in people or not _plausible_place(word) or not_a_name_here(text, start, end, "fr"):
        return None
    return start, end, None


def _plausible_place(word: str) -> bool:
    """A word that can be a place name: three letters or more, no common word, title or month."""
    letters = sum(c.isalpha() for c in word)
    return letters >= 3 and word.casefold() not in _not_places() and not is_dictionary_word(word, "fr")
