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
by :func:`remember`, which keeps only what a model's load compiled); anything unexpected (no file,
a damaged one, another ``re`` than CPython's) only means compiling as before.

The file is trusted like the ``.pyc`` files Python itself writes: ``_sre.compile`` checks only that
the code is well formed, not that it is the code of the pattern's text (code that is well formed
but different would change tokenization silently, and a crafted list can even crash the engine's
check: found by mutating valid code). So :func:`_read` takes only a regular file of at most
:data:`MAX_BYTES` owned by the user and writable by nobody else (not one planted in a shared folder
named by ``KG_REGEX_CACHE``), opened without blocking (a FIFO) and whose payload has the SHA-256
its header records (a truncated or altered file is ignored: checked, not authenticated; whoever
can write the user's own files can change their Python anyway).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
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

#: A larger file is not read (the French model's is 3.3 MB).
MAX_BYTES = 64 * 1024 * 1024

#: The layout of the file (its header line, then the patterns' JSON): a new one ignores older files.
FORMAT = "kg-regex-cache/2"

#: The patterns :func:`prime` put in ``re``'s cache, by (text, flags): :func:`remember` skips them.
_PRIMED: set[tuple[str, int]] = set()


def _engine_key() -> str | None:
    """What the cached code depends on: the interpreter's version and its engine's magic number
    (``None`` when this ``re`` is not CPython's)."""
    try:
        import _sre

        return f"{FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
    except (ImportError, AttributeError):
        return None


def cache_path() -> Path | None:
    """The cache file: ``$KG_REGEX_CACHE`` (empty: none), else ``regex-<interpreter>.json`` under
    ``$XDG_CACHE_HOME/kg`` (default ``~/.cache/kg``)."""
    named = os.environ.get(CACHE_ENV)
    if named is not None:
        return Path(named) if named.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    engine = _engine_key() or ""
    # One file per interpreter: two Pythons sharing a home (a venv per version, a CI matrix) would
    # otherwise each replace the other's file on every load, paying the compile twice.
    return Path(base) / "kg" / f"regex-{hashlib.sha256(engine.encode()).hexdigest()[:12]}.json"


def _bytes(path: Path) -> bytes | None:
    """The content of ``path`` if it is a regular file of this user's that nobody else can write,
    of at most :data:`MAX_BYTES` (``None`` otherwise, or on any error). Opened without blocking:
    a FIFO at that name does not hang the load."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES or info.st_mode & 0o022:
            return None
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            return None
        chunks, left = [], info.st_size + 1  # (one byte more: a file still growing is refused)
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        return data if len(data) <= info.st_size else None
    except OSError:
        return None
    finally:
        os.close(fd)


def _read(path: Path) -> list[dict[str, Any]]:
    """The entries of ``path`` for this interpreter (none if missing, refused, damaged or another's):
    a header line (JSON: the engine, the payload's SHA-256), then the payload (JSON: the patterns)."""
    raw = _bytes(path)
    if raw is None:
        return []
    header, _, payload = raw.partition(b"\n")
    try:
        head = json.loads(header)
        if not isinstance(head, dict) or head.get("engine") != _engine_key():
            return []
        if head.get("sha256") != hashlib.sha256(payload).hexdigest():
            return []
        patterns = json.loads(payload)
    except (ValueError, RecursionError):  # (deeply nested brackets: the decoder's recursion limit)
        return []
    if not isinstance(patterns, list):
        return []
    return [entry for entry in patterns if isinstance(entry, dict)]


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
    tmp: str | None = None
    try:
        entries = _read(path)
        held = {(entry.get("pattern"), entry.get("flags")) for entry in entries}
        wanted = [item for item in wanted if item not in held]
        if not wanted:
            return 0
        # The temporary file first: a folder that cannot be written (a read-only home) costs nothing,
        # not the 2 s of generating the code again on every load.
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", suffix=".json", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            added = [_entry(text, flags) for text, flags in wanted]
            payload = json.dumps((entries + added)[-MAX_ENTRIES:]).encode("utf-8")  # (dumps: the C encoder)
            head = {"engine": engine, "sha256": hashlib.sha256(payload).hexdigest()}
            handle.write(json.dumps(head).encode("utf-8") + b"\n" + payload)
        # Written whole, then renamed: a concurrent reader (another kg build) sees the old file or
        # the new, never half of one; of two writers the last wins, both with what they compiled.
        os.replace(tmp, path)
        tmp = None
    except Exception:  # noqa: BLE001 - a cache never fails the load (read-only home, full disk, another re)
        return 0
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    _PRIMED.update((entry["pattern"], entry["flags"]) for entry in added)
    return len(added)
