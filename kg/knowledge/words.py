"""Word lists of French and English kept as data: ``ontologies/lexicons/<lang>/<name>.tsv``.

``<lang>`` is ``fr``, ``en``, or ``xx`` (spaCy's code for "any language") for the lists the rules read
whatever the language of the segment. A file is UTF-8 text: lines starting with ``#`` are its header
(what the list is for, who reads it), blank lines are skipped, every other line is one entry with its
columns separated by tabs. Adding a support verb or a month abbreviation is a one-line change there.

Each file is read once, on first use, and cached for the life of the process; :func:`clear_cache`
forgets them (tests that point :data:`ROOT` elsewhere).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kg.errors import Errors, KGError
from kg.knowledge.resources import resource_path

__all__ = [
    "LANGS",
    "clear_cache",
    "number_map",
    "pair_map",
    "rows",
    "word_map",
    "word_maps",
    "word_set",
    "word_sets",
]

# The languages with their own lists, in the order the per-language tables list them.
LANGS: tuple[str, ...] = ("fr", "en")


def _root() -> Path:
    return resource_path("lexicons")


@cache
def rows(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of ``lexicons/<lang>/<name>.tsv`` in file order, each a tuple of its columns."""
    path = _root() / lang / f"{name}.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KGError(Errors.E203, path=str(path), detail=exc.strerror or str(exc)) from exc
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(line.split("\t")))
    return tuple(out)


@cache
def word_set(lang: str, name: str) -> frozenset[str]:
    """The first column of a list as a set ("support verbs of French")."""
    return frozenset(row[0] for row in rows(lang, name))


@cache
def word_sets(name: str) -> dict[str, frozenset[str]]:
    """One set per language (``{"fr": ..., "en": ...}``) for the languages that have the list."""
    return {lang: word_set(lang, name) for lang in LANGS if (_root() / lang / f"{name}.tsv").exists()}


@cache
def word_map(lang: str, name: str) -> dict[str, str]:
    """A two-column list as a mapping, in file order (first column -> second column)."""
    return {row[0]: row[1] for row in rows(lang, name)}


@cache
def word_maps(name: str) -> dict[str, dict[str, str]]:
    """One two-column mapping per language that has the list."""
    return {lang: word_map(lang, name) for lang in LANGS if (_root() / lang / f"{name}.tsv").exists()}


@cache
def number_map(lang: str, name: str) -> dict[str, int]:
    """A two-column list whose second column is an integer ("mars" -> 3), in file order."""
    return {row[0]: int(row[1]) for row in rows(lang, name)}


@cache
def pair_map(lang: str, name: str) -> dict[tuple[str, str], str]:
    """A three-column list keyed by its first two columns (("conférence", "presse") -> ...)."""
    return {(row[0], row[1]): row[2] for row in rows(lang, name)}


def clear_cache() -> None:
    """Forget every list read so far (the next use reads the files again)."""
    for fn in (rows, word_set, word_sets, word_map, word_maps, number_map, pair_map):
        fn.cache_clear()


@cache
def given_name_genders() -> dict[str, str]:
    """Given name (lower case) -> the gender it tells, ``m`` or ``f``: the second column of
    ``xx/given_names``, ``xx/given_name_genders`` and ``xx/coref_word_given_names`` (a name given
    to both is in none with a gender). Read by coreference ("Marine Le Pen ... she") and by the
    merging of surnames ("Mary Holt ... Mr. Holt" is another Holt)."""
    out: dict[str, str] = {}
    for name in ("given_names", "given_name_genders", "coref_word_given_names"):
        out.update({r[0]: r[1] for r in rows("xx", name) if len(r) > 1 and r[1] in ("m", "f")})
    return out
