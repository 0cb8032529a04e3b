"""kg.nlp.recache: large patterns built from their cached code are the patterns ``re`` compiles."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from kg.nlp import recache

# Invented patterns of the kinds a tokenizer compiles, long enough to be kept (MIN_CHARS lowered):
# case-insensitive alternations of accented words, named and numbered groups, classes, anchors.
_WORDS = "|".join(f"(?:{w}-[a-zéèêà]+)" for w in ("arc", "peut", "Saint", "aujourd", "Jean", "Étienne", "rendez"))
PATTERNS = [
    (f"(?iu)^(?:{_WORDS})$", 0),
    (r"^(?P<lead>[«\"'(\[]+)|(?P<num>\d+(?:[.,]\d+)*)(?P<unit>km|kg|h\d\d)$", 0),
    (r"(?<=[a-zà-ÿ])[.,;:!?](?=[A-ZÀ-Ý])|--+|(?<=\d)[+\-*/^](?=\d)", re.IGNORECASE),
    (r"(?:https?://)?(?:[\w-]+\.)+(?:fr|com|org)(?:/[^\s]*)?", re.UNICODE),
]
PROBES = [
    "arc-en-ciel", "PEUT-ÊTRE", "saint-étienne", "Jean-Pierre", "rendez-vous", "arc", "«Le", "12,5km",
    "3h30", "fin.Début", "a--b", "2+2", "http://x.fr/a?b=c", "www.kg.org", "", "Peut-etre",
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process-like state: nothing primed, re's cache empty (restored after)."""
    monkeypatch.setattr(recache, "_PRIMED", set())
    re.purge()
    yield
    re.purge()


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_primed_pattern_matches_as_the_compiled_one(tmp_path: Path, fresh: None, pattern: str, flags: int) -> None:
    path = tmp_path / "regex.json"
    before = recache.compiled()
    expected = re.compile(pattern, flags)
    assert recache.remember(path, since=before, min_chars=10) == 1
    re.purge()
    recache._PRIMED.clear()
    assert recache.prime(path) == 1
    primed = re.compile(pattern, flags)
    assert primed is not expected  # built from the file, not left over
    assert primed == expected  # (Pattern equality compares the flags and the engine's code itself)
    assert (primed.pattern, primed.flags, primed.groups, primed.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex,
    )
    for probe in PROBES:
        for method in ("match", "search", "fullmatch"):
            got, want = getattr(primed, method)(probe), getattr(expected, method)(probe)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (method, probe)
        assert primed.findall(probe) == expected.findall(probe)


def _patterns(path: Path) -> list[dict[str, Any]]:
    """The patterns of a cache file (its payload, after the header line)."""
    return json.loads(path.read_bytes().partition(b"\n")[2])


def _file(patterns: Any, *, engine: str | None = None, digest: str | None = None) -> bytes:
    """A cache file's bytes: the header line, then the payload."""
    payload = json.dumps(patterns).encode()
    head = {"engine": engine or recache._engine_key(), "sha256": digest or hashlib.sha256(payload).hexdigest()}
    return json.dumps(head).encode() + b"\n" + payload


_BAD_CODE = [{"pattern": "a+", "flags": 0, "final": 32, "code": [1, 2, 3], "groups": 0, "groupindex": {}, "indexgroup": [None]}]


@pytest.mark.parametrize(
    "content",
    [
        None,  # no file
        b"{not json",  # damaged
        b"",  # empty
        b"[" * 100_000,  # nested deeper than the decoder recurses
        _file([{"pattern": "a", "flags": 0}], engine="another python"),  # another interpreter
        _file(_BAD_CODE),  # code the engine refuses
        _file("none"),  # not a list
        _file(_BAD_CODE, digest="0" * 64),  # altered after it was written
        # the first layout (no header line, no digest): ignored
        json.dumps({"engine": recache._engine_key(), "patterns": _BAD_CODE}).encode(),
    ],
)
def test_a_missing_or_bad_cache_primes_nothing(tmp_path: Path, fresh: None, content: bytes | None) -> None:
    path = tmp_path / "regex.json"
    if content is not None:
        path.write_bytes(content)
        path.chmod(0o600)
    assert recache.prime(path) == 0
    assert re.compile("a+").match("aa")


def _written(tmp_path: Path, text: str) -> Path:
    """A cache file holding ``text``'s code, written by :func:`recache.remember`."""
    path = tmp_path / "regex.json"
    before = recache.compiled()
    re.compile(text)
    assert recache.remember(path, since=before, min_chars=10) == 1
    re.purge()
    recache._PRIMED.clear()
    return path


def test_code_altered_in_the_file_is_not_used(tmp_path: Path, fresh: None) -> None:
    """Another well-formed code under the same text is accepted by the engine (it checks the form,
    not the meaning) and would match otherwise: the digest refuses it."""
    text = "(?:arc|peut)-[a-z]+"
    path = _written(tmp_path, text)
    head, _, _ = path.read_bytes().partition(b"\n")
    entry = _patterns(path)[0]
    other = recache._entry("(?:arc|peux)-[a-z]+", 0)["code"]
    assert len(other) == len(entry["code"]) and other != entry["code"]
    entry["code"] = other
    path.write_bytes(head + b"\n" + json.dumps([entry]).encode())
    assert recache.prime(path) == 0
    assert re.compile(text).match("peut-etre")
    # and with a digest that matches, the engine would take it: what the file's trust rests on
    path.write_bytes(_file([entry]))
    assert recache.prime(path) == 1
    assert not re.compile(text).match("peut-etre")


@pytest.mark.parametrize("mode", [0o666, 0o620, 0o602])
def test_a_file_others_can_write_is_not_read(tmp_path: Path, fresh: None, mode: int) -> None:
    path = _written(tmp_path, "w" * 30)
    path.chmod(mode)
    assert recache.prime(path) == 0
    path.chmod(0o600)
    assert recache.prime(path) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root")
def test_another_users_file_is_not_read(tmp_path: Path, fresh: None) -> None:
    path = _written(tmp_path, "u" * 30)
    os.chown(path, 65534, -1)
    assert recache.prime(path) == 0


def test_a_file_over_the_limit_is_not_read(tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _written(tmp_path, "v" * 30)
    monkeypatch.setattr(recache, "MAX_BYTES", path.stat().st_size - 1)
    assert recache.prime(path) == 0
    monkeypatch.setattr(recache, "MAX_BYTES", path.stat().st_size)
    assert recache.prime(path) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_does_not_hang_the_load(tmp_path: Path, fresh: None) -> None:
    path = tmp_path / "regex.json"
    os.mkfifo(path, 0o600)
    found: list[int] = []
    reader = threading.Thread(target=lambda: found.append(recache.prime(path)), daemon=True)
    reader.start()
    reader.join(10)
    assert found == [0]


@pytest.mark.parametrize(("value", "expected"), [("", None), ("  ", None), ("/x/r.json", Path("/x/r.json"))])
def test_the_cache_path_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, expected: Path | None) -> None:
    monkeypatch.setenv(recache.CACHE_ENV, value)
    assert recache.cache_path() == expected


def test_the_default_cache_path_is_one_file_per_interpreter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(recache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = recache.cache_path()
    assert path is not None and path.parent == tmp_path / "kg" and path.name.startswith("regex-")
    monkeypatch.setattr(recache, "_engine_key", lambda: "another python")
    assert recache.cache_path() not in (path, None)


def test_the_tests_write_no_cache_in_the_home() -> None:
    """tests/conftest.py turns the cache off: a test's model load writes nothing under ``~``."""
    assert os.environ.get(recache.CACHE_ENV) == ""


def test_remember_keeps_only_long_patterns_once(tmp_path: Path, fresh: None) -> None:
    path = tmp_path / "sub" / "regex.json"
    re.compile("z" * 30)  # compiled before the load: not the load's
    before = recache.compiled()
    re.compile("short")
    re.compile("x" * 30)
    assert recache.remember(path, since=before, min_chars=20) == 1
    assert recache.remember(path, since=before, min_chars=20) == 0  # held already
    assert [entry["pattern"] for entry in _patterns(path)] == ["x" * 30]


def test_the_file_keeps_the_latest_patterns(tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "MAX_ENTRIES", 2)
    path = tmp_path / "regex.json"
    for letter in "abc":
        before = recache.compiled()
        re.compile(letter * 30)
        assert recache.remember(path, since=before, min_chars=20) == 1
    assert [entry["pattern"] for entry in _patterns(path)] == ["b" * 30, "c" * 30]


def test_an_unwritable_cache_never_fails(tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    before = recache.compiled()
    re.compile("y" * 30)
    generated: list[str] = []
    real = recache._entry
    monkeypatch.setattr(recache, "_entry", lambda text, flags: generated.append(text) or real(text, flags))
    assert recache.remember(tmp_path / "file" / "regex.json", since=before, min_chars=20) == 0
    assert generated == []  # (a read-only home does not pay the code's generation on every load)
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


def test_a_written_file_is_the_users_alone_and_no_temporary_is_left(tmp_path: Path, fresh: None) -> None:
    path = _written(tmp_path, "t" * 30)
    assert path.stat().st_mode & 0o077 == 0
    assert [item.name for item in tmp_path.iterdir()] == ["regex.json"]


_TOKENS = """
import json, re, sys
from kg.nlp import recache
from kg.nlp.models import load_model
text = "L'arc-en-ciel d'aujourd'hui : peut-être Jean-Pierre s'est-il rendu à Saint-Étienne-du-Rouvray, rendez-vous à 12h30 (http://x.fr/a?b=c)."
real, counts = recache.prime, []
recache.prime = lambda *args: counts.append(real(*args)) or counts[-1]  # what the load primed
nlp = load_model("fr")
used = nlp.tokenizer.token_match.__self__
primed = counts == [1] and (used.pattern, 0) in recache._PRIMED
# the pattern object the tokenizer uses is the one re compiles from the text (code and flags compared)
same = used == re._compiler.compile(used.pattern, 0) if primed else None
print(json.dumps([[t.text for t in nlp(text)], primed, same]))
"""


@pytest.mark.slow
def test_the_french_model_tokenizes_the_same_with_the_cache(tmp_path: Path) -> None:
    """Three fresh processes: no cache, one that writes it, one that reads it."""
    def tokens(cache: str) -> list[Any]:
        env = {**os.environ, recache.CACHE_ENV: cache}
        out = subprocess.run([sys.executable, "-c", _TOKENS], env=env, capture_output=True, text=True, check=True)
        return json.loads(out.stdout)

    path = tmp_path / "regex.json"
    plain, primed, _ = tokens("")
    assert not primed
    assert tokens(str(path)) == [plain, False, None]  # the second one wrote it
    assert path.exists()
    assert tokens(str(path)) == [plain, True, True]  # the third one used the file


def _write_one(path: str, letter: str) -> None:
    """A process that compiles one pattern and remembers it (for the concurrent writers' test)."""
    before = recache.compiled()
    re.compile(letter * 40)
    recache.remember(Path(path), since=before, min_chars=20)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork start method")
def test_concurrent_writers_leave_one_whole_file(tmp_path: Path, fresh: None) -> None:
    """Two builds at once: each renames a whole file in place, so the survivor is readable (one
    writer's patterns may be lost: the next load adds them) and no temporary file is left."""
    import multiprocessing

    path = tmp_path / "regex.json"
    context = multiprocessing.get_context("fork")
    procs = [context.Process(target=_write_one, args=(str(path), letter)) for letter in "pqrs"]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
    assert [proc.exitcode for proc in procs] == [0, 0, 0, 0]
    assert [item.name for item in tmp_path.iterdir()] == ["regex.json"]
    assert 1 <= recache.prime(path) <= 4
    assert {entry["pattern"] for entry in _patterns(path)} <= {letter * 40 for letter in "pqrs"}
