"""Faster ``finditer`` scans for patterns that open with a look-behind.

Python's regular-expression engine skips ahead quickly to the next place a match can start when
the pattern begins with a character or a character class. A pattern that begins with a look-behind
(``(?<![\\w-])...``, how most of the date rules open) gets no such help: the engine tries a full
match at every position of the text. :func:`first_char_filter` computes, from the pattern itself,
the class of characters a match can start with, and puts it first as a look-ahead. The look-ahead
only rejects positions where no match can start, so the matches are exactly the same.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser's location moved in Python 3.11; both are the standard library's own
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class _Unsupported(Exception):
    """The pattern's first characters cannot be written as one character class."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class_items(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(_char(av))
        elif op is _c.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # a negated class, or anything this module does not know
            raise _Unsupported
    return out


def _first(seq: Any, fold: bool = False) -> tuple[set[tuple[str, bool]], bool]:
    """The class items a match of ``seq`` can start with, each with whether it is read in either
    case (inside a local ``(?i:...)``: ``fold``), and whether ``seq`` can match empty."""
    found: set[tuple[str, bool]] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # a look-around or an anchor consumes nothing: what follows starts the match
        first: set[tuple[str, bool]]
        if op is _c.LITERAL:
            first, empty = {(_char(av), fold)}, False
        elif op is _c.IN:
            first, empty = {(item, fold) for item in _class_items(av)}, False
        elif op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            # A local IGNORECASE puts its first characters in a class read in either case. Other
            # local flags are harmless: the class only has to let through every character a match
            # can start with (a local ``(?-i:...)`` in a pattern read in either case gets a superset).
            first, empty = _first(sub, fold or bool(add_flags & re.IGNORECASE))
        elif op is _c.BRANCH:
            first, empty = set(), False
            for alternative in av[1]:
                f, e = _first(alternative, fold)
                first |= f
                empty = empty or e
        elif op in _REPEATS:
            low, _high, sub = av
            first, empty = _first(sub, fold)
            empty = empty or low == 0
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            first, empty = _first(av, fold)
        else:  # ANY, NOT_LITERAL, back-references, conditionals
            raise _Unsupported
        found |= first
        if not empty:
            return found, False
    return found, True


def first_char_filter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead on the characters its matches can start with, or ``pattern``
    itself when that class cannot be worked out (or could match the empty string). Same matches,
    same groups, same flags."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern
    try:
        first, empty = _first(_p.parse(pattern.pattern, pattern.flags))
    except (_Unsupported, re.error, TypeError, ValueError):
        return pattern
    if empty or not first:
        return pattern
    exact = "".join(sorted(item for item, fold in first if not fold))
    folded = "".join(sorted(item for item, fold in first if fold))
    ahead = "|".join(([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else []))
    try:
        return re.compile(f"(?={ahead})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. inline global flags, which must stay at the very start
        return pattern
