"""Large compiled regular expressions kept on disk between processes, for the models' load.

Loading ``fr_core_news_md`` costs about 4 s of CPU, half of it in Python's ``re`` compiling one
pattern: the French tokenizer's ``token_match``, an alternation of 1.4 million characters of
hyphenated and elided words (``spacy.lang.fr.tokenizer_exceptions``, compiled when spaCy imports
the language). Every ``kg build`` pays it before the first parse, alone on one core (the fork
server of ``--workers N`` as well as a single process), so it bounds how much the workers gain.

Compiling a pattern is two steps: parsing it and generating the regular-expression engine's code
(a list of integers, pure Python and the slow part), then handing that code to the C engine
(``_sre.compile``, instant). This module keeps the code of the large patterns a model's load
compiles in a JSON file (:func:`cache_path`) and, before the next load, builds their pattern
objects from it and puts them in ``re``'s own cache (:func:`prime`), where ``re.compile`` finds
them: the same code gives an equal pattern object, so tokenization is unchanged. The file is
keyed by the Python version and the engine's magic number (another interpreter ignores it), each
entry by its exact pattern text and flags (a changed spaCy pattern is compiled as usual and added
by :func:`remember`, which keeps only what a model's load compiled); the engine validates the code
it is given, and anything unexpected (no file, a damaged one, another ``re`` than CPython's) only
means compiling as before.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

#: The environment variable naming the cache file (empty: no cache, nothing read or written).
CACHE_ENV = "KG_REGEX_CACHE"

#: Patterns at least this long are kept: spaCy's French ``token_match`` (1.4 million characters,
#: 2 s of CPU to compile). A tokenizer's prefix, suffix and infix patterns (3,500 to 18,000
#: characters) compile in 3 to 20 ms, and kg's own lists of words (a few thousand) change order
#: from process to process: not worth a place.
MIN_CHARS = 100_000

#: The file keeps this many patterns, the latest (the French model has one).
MAX_ENTRIES = 8

#: The patterns :func:`prime` put in ``re``'s cache, by (text, flags): :func:`remember` skips them.
_PRIMED: set[tuple[str, int]] = set()


def _engine_key() -> str | None:
    """What the cached code depends on: the interpreter's version and its engine's magic number
    (``None`` when this ``re`` is not CPython's)."""
    try:
        import _sre

        return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
    except (ImportError, AttributeError):
        return None


def cache_path() -> Path | None:
    """The cache file: ``$KG_REGEX_CACHE`` (empty: none), else ``regex.json`` under
    ``$XDG_CACHE_HOME/kg`` (default ``~/.cache/kg``)."""
    named = os.environ.get(CACHE_ENV)
    if named is not None:
        return Path(named) if named.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg" / "regex.json"


def _read(path: Path) -> list[dict[str, Any]]:
    """The entries of ``path`` for this interpreter (none if missing, damaged or another's)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("engine") != _engine_key() or not isinstance(data.get("patterns"), list):
        return []
    return [entry for entry in data["patterns"] if isinstance(entry, dict)]


def prime(path: Path | None = None) -> int:
    """Put the cached patterns of ``path`` (default :func:`cache_path`) in ``re``'s cache, so that
    ``re.compile`` of the same text and flags returns them at once. Returns how many were put."""
    path = path if path is not None else cache_path()
    cache = getattr(re, "_cache", None)
    if path is None or _engine_key() is None or not isinstance(cache, dict) or _PRIMED:
        return 0  # (primed already: the next model's load finds its patterns in re's cache too)
    import _sre

    room = getattr(re, "_MAXCACHE", 512) - len(cache)
    primed = 0
    for entry in _read(path)[: max(0, room)]:
        try:
            text, flags = entry["pattern"], int(entry["flags"])
            compiled = _sre.compile(
                text,
                int(entry["final"]),
                [int(op) for op in entry["code"]],
                int(entry["groups"]),
                {str(name): int(index) for name, index in entry["groupindex"].items()},
                tuple(entry["indexgroup"]),
            )
        except Exception:  # noqa: BLE001 - a bad entry is compiled as usual by whoever needs it
            continue
        if not isinstance(text, str) or compiled.pattern != text:
            continue
        cache[(str, text, flags)] = compiled
        _PRIMED.add((text, flags))
        primed += 1
    return primed


def _entry(text: str, flags: int) -> dict[str, Any]:
    """What ``re._compiler.compile`` hands to the engine for ``text``: its code, groups and flags."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(text, flags)
    code = _compiler._code(parsed, flags)  # noqa: SLF001 - the step re.compile itself runs
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return {
        "pattern": text,
        "flags": flags,
        "final": flags | parsed.state.flags,
        "code": list(code),
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
    }


def compiled() -> set[tuple[str, int]]:
    """The (text, flags) of the string patterns in ``re``'s cache now: pass it to :func:`remember`
    as ``since``, so that only what a model's load compiles is kept."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return set()
    return {(key[1], key[2]) for key in list(cache) if isinstance(key, tuple) and len(key) == 3 and key[0] is str}


def remember(path: Path | None = None, *, since: set[tuple[str, int]] | None = None, min_chars: int = MIN_CHARS) -> int:
    """Add to ``path`` (default :func:`cache_path`) the patterns of ``re``'s cache at least
    ``min_chars`` long, compiled after ``since`` (:func:`compiled`; default: all), that it does
    not hold yet (generating their code again: about as long as compiling them, once per machine).
    Only what a model's load compiles is meant to be kept: kg's own large patterns are built from
    sets, whose order changes from process to process, and would never be found again. The file
    keeps the :data:`MAX_ENTRIES` latest. Returns how many were added; never raises."""
    path = path if path is not None else cache_path()
    engine = _engine_key()
    if path is None or engine is None:
        return 0
    wanted = [
        item for item in compiled() - (since or set()) if len(item[0]) >= min_chars and item not in _PRIMED
    ]
    if not wanted:
        return 0
    try:
        entries = _read(path)
        held = {(entry.get("pattern"), entry.get("flags")) for entry in entries}
        added = [_entry(text, flags) for text, flags in wanted if (text, flags) not in held]
        if not added:
            return 0
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole to a temporary file, then renamed: a concurrent reader sees the old file or the new.
        fd, tmp = tempfile.mkstemp(prefix=".regex-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:  # (dumps: the C encoder)
                handle.write(json.dumps({"engine": engine, "patterns": (entries + added)[-MAX_ENTRIES:]}))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001 - a cache never fails the load (read-only home, full disk, another re)
        return 0
    _PRIMED.update((entry["pattern"], entry["flags"]) for entry in added)
    return len(added)
