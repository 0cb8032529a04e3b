"""Limit dates: a date after « avant », « au plus tard » (``<lang>/limit_prepositions``) bounds a
completed act rather than dating it, unless an offset before the word anchors it (« trois jours
avant Noël », ``<lang>/limit_anchors``)."""

from __future__ import annotations

from kg.knowledge.words import word_sets


def after_limit_word(text: str, start: int, lang: str) -> bool:
    """Whether the date at character ``start`` follows a word of ``<lang>/limit_prepositions`` (« avant
    le 10 avril »), in lower case with straight apostrophes, within the 14 characters before it, and
    that word is no offset's (« trois jours avant Noël », « peu avant le 1er mars »: a word of
    ``<lang>/limit_anchors`` before it makes the date an anchor near the event, not a limit)."""
    words = word_sets("limit_prepositions").get(lang)
    if not words:
        return False
    before = " ".join(text[max(0, start - 14) : start].lower().replace("’", "'").split())
    word = next((w for w in words if before == w or before.endswith(" " + w)), None)
    if word is None:
        return False
    wider = text[max(0, start - 60) : start].lower().replace("’", "'").split()
    n = len(word.split())
    return not (len(wider) > n and wider[-n - 1] in word_sets("limit_anchors").get(lang, frozenset()))
