"""kg.nlp.regexscan: the first-character look-ahead never changes what a pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import temporal
from kg.nlp.regexscan import first_char_filter


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


CASES = [
    # (pattern, flags, text, filtered?)
    (r"(?<![\w\-])(?P<x>\d{4})(?!\w)", 0, "en 2020, 12345 et -1999 puis 1999", True),
    (r"(?<!\w)(?:le\s+)?(?P<d>\d+)\s+mars", re.IGNORECASE, "Le 3 mars, LE 4 MARS, le5 mars", True),
    (r"(?:début|fin)?\s*(?P<m>mai|juin)", re.IGNORECASE, " Début mai et  juin", True),
    (r"a|b\d", 0, "xa b1 b", True),  # a top-level alternation keeps both branches
    (r"(?-i:Monday)|today", re.IGNORECASE, "monday Monday TODAY", True),  # local case: a superset
    (r"\bthe\s+(?:last|next)", 0, "the next, the  last", True),
    (r"[^a]b", 0, "ab cb", False),  # a negated class cannot be the look-ahead
    (r".x", 0, "axbx", False),
    (r"(?i:mai)", 0, "MAI mai", True),  # a local IGNORECASE: its first characters read in either case
    (r"(?<![\w-])(?:à\s+|(?i:rue|place)\s+d)", 0, "à Lille, RUE de Metz, Place d'Iéna, rue du Port", True),
    (r"(?:(?i:k)m)\d", 0, "km3 Km4 \u212am5 km", True),  # the Kelvin sign folds to "k" too
    (r"a*", 0, "baab", False),  # can match the empty string
    (r"(a)\1", 0, "aa", True),
]


@pytest.mark.parametrize(("source", "flags", "text", "filtered"), CASES, ids=[c[0][:25] for c in CASES])
def test_same_matches(source: str, flags: int, text: str, filtered: bool) -> None:
    plain = re.compile(source, flags)
    fast = first_char_filter(plain)
    assert (fast is not plain) == filtered
    assert fast.flags == plain.flags and fast.groupindex == plain.groupindex
    assert _matches(fast, text) == _matches(plain, text)


def test_every_date_rule_is_filtered() -> None:
    for lang in ("fr", "en"):
        for rule in temporal._rules(lang):
            assert rule.scan is not rule.pattern and rule.scan.pattern.startswith("(?=["), rule.name


WORDS = [
    "le", "Le", "1er", "3", "13", "2020", "1999", "'20", "mars", "Mars", "MAI", "juin", "janv.", "début", "fin",
    "mi", "-", "de", "d'", "l'année", "lundi", "dernier", "prochain", "semaines", "trois", "ans", "il", "y", "a",
    "dans", "March", "May", "the", "Tuesday", "last", "next", "week", "2", "10", "h", "30", "%", ",", ".", "au",
    "XXe", "siècle", "années", "90", "years", "ago", "early", "mid-2020", "printemps", "ce", "matin", "hier",
]
sentences = st.lists(st.sampled_from(WORDS), max_size=18).map(" ".join)


@given(sentences)
@settings(max_examples=300, deadline=None)
def test_date_rules_match_as_without_the_filter(text: str) -> None:
    for lang in ("fr", "en"):
        for rule in temporal._rules(lang):
            assert _matches(rule.scan, text) == _matches(rule.pattern, text), rule.name


def test_whole_text_scans_of_the_extractors_are_filtered() -> None:
    from kg.extract import datelines, locatives

    for pattern in (locatives._anchor(), datelines._HEADING, datelines._WORD_HEADING, datelines._before_date()):
        assert pattern.pattern.startswith("(?="), pattern.pattern[:40]
    anchor = locatives._anchor()
    text = "Arrivé à Zuoz, puis jusqu'à Bex, en Valais; la bataille de Rossbach. Habitant Sion."
    assert [m.group() for m in anchor.finditer(text)] == [
        m.group() for m in re.compile(anchor.pattern[anchor.pattern.index(")(?:") + 4 : -1]).finditer(text)
    ] == ["à ", "jusqu'à ", "en ", "bataille de ", "Habitant "]
