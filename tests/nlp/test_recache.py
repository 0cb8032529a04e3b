"""kg.nlp.recache: large patterns built from their cached code are the patterns ``re`` compiles."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

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
    assert (primed.pattern, primed.flags, primed.groups, primed.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex,
    )
    for probe in PROBES:
        for method in ("match", "search", "fullmatch"):
            got, want = getattr(primed, method)(probe), getattr(expected, method)(probe)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (method, probe)
        assert primed.findall(probe) == expected.findall(probe)


@pytest.mark.parametrize(
    "content",
    [
        None,  # no file
        "{not json",  # damaged
        json.dumps({"engine": "another python", "patterns": [{"pattern": "a", "flags": 0}]}),  # another interpreter
        json.dumps({"engine": recache._engine_key(), "patterns": [{"pattern": "a+", "flags": 0, "final": 32,
                    "code": [1, 2, 3], "groups": 0, "groupindex": {}, "indexgroup": [None]}]}),  # bad code
        json.dumps({"engine": recache._engine_key(), "patterns": "none"}),
    ],
)
def test_a_missing_or_bad_cache_primes_nothing(tmp_path: Path, fresh: None, content: str | None) -> None:
    path = tmp_path / "regex.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert recache.prime(path) == 0
    assert re.compile("a+").match("aa")


@pytest.mark.parametrize(("value", "expected"), [("", None), ("  ", None), ("/x/r.json", Path("/x/r.json"))])
def test_the_cache_path_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, expected: Path | None) -> None:
    monkeypatch.setenv(recache.CACHE_ENV, value)
    assert recache.cache_path() == expected


def test_remember_keeps_only_long_patterns_once(tmp_path: Path, fresh: None) -> None:
    path = tmp_path / "sub" / "regex.json"
    re.compile("z" * 30)  # compiled before the load: not the load's
    before = recache.compiled()
    re.compile("short")
    re.compile("x" * 30)
    assert recache.remember(path, since=before, min_chars=20) == 1
    assert recache.remember(path, since=before, min_chars=20) == 0  # held already
    assert [entry["pattern"] for entry in json.loads(path.read_text(encoding="utf-8"))["patterns"]] == ["x" * 30]


def test_the_file_keeps_the_latest_patterns(tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "MAX_ENTRIES", 2)
    path = tmp_path / "regex.json"
    for letter in "abc":
        before = recache.compiled()
        re.compile(letter * 30)
        assert recache.remember(path, since=before, min_chars=20) == 1
    assert [entry["pattern"] for entry in json.loads(path.read_text(encoding="utf-8"))["patterns"]] == ["b" * 30, "c" * 30]


def test_an_unwritable_cache_never_fails(tmp_path: Path, fresh: None) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    before = recache.compiled()
    re.compile("y" * 30)
    assert recache.remember(tmp_path / "file" / "regex.json", since=before, min_chars=20) == 0


_TOKENS = """
import json, sys
from kg.nlp.models import load_model
text = "L'arc-en-ciel d'aujourd'hui : peut-être Jean-Pierre s'est-il rendu à Saint-Étienne-du-Rouvray, rendez-vous à 12h30 (http://x.fr/a?b=c)."
print(json.dumps([t.text for t in load_model("fr")(text)]))
"""


@pytest.mark.slow
def test_the_french_model_tokenizes_the_same_with_the_cache(tmp_path: Path) -> None:
    """Three fresh processes: no cache, one that writes it, one that reads it."""
    def tokens(cache: str) -> list[str]:
        env = {**os.environ, recache.CACHE_ENV: cache}
        out = subprocess.run([sys.executable, "-c", _TOKENS], env=env, capture_output=True, text=True, check=True)
        return json.loads(out.stdout)

    path = tmp_path / "regex.json"
    plain = tokens("")
    assert tokens(str(path)) == plain
    assert path.exists()
    assert tokens(str(path)) == plain
