"""Hostile and unusual text keeps exact offsets: every anchor is its source substring (issue 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.builder import build_paths
from kg.graph.namespaces import NIF

pytestmark = pytest.mark.slow

BASE = "date: 2020-06-09\nLe groupe IBM a annoncé lundi son retrait du marché. Arvind Krishna a écrit au Congrès américain le 8 juin."


def _variants() -> list[tuple[str, str]]:
    return [
        ("zero-width", BASE.replace("IBM", "I\u200bBM ").replace("Arvind", "Ar\u200dvind")),
        ("soft-hyphen", BASE.replace("annoncé", "an\u00adnon\u00adcé").replace("marché", "mar\u00adché")),
        ("emoji", BASE.replace("Le groupe", "🚨📢 Le groupe").replace("juin.", "juin. 👍🏽🇫🇷")),
        ("combining", BASE.replace("é", "e\u0301")),
        ("crlf", BASE.replace("\n", "\r\n") + "\r\n\r\nIBM is canceling its programs, CNN said on Tuesday.\r\n"),
        ("nbsp", BASE.replace(" ", "\u00a0", 5).replace("8 juin", "8\u202fjuin")),
        ("rtl-and-cjk", BASE + "\n\nمرحبا بالعالم 你好世界 Ⅻ ﬁ"),
    ]


@pytest.mark.parametrize(("name", "text"), _variants())
def test_offsets_survive_unusual_characters(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode("utf-8"))
    result = build_paths([path])
    assert result.documents == 1 and not result.errors
    checked = 0
    for graph in result.dataset.graphs():
        for mention in graph.subjects(NIF.anchorOf, None):
            context = graph.value(mention, NIF.referenceContext)
            source = str(graph.value(context, NIF.isString))
            begin, end = int(graph.value(mention, NIF.beginIndex)), int(graph.value(mention, NIF.endIndex))
            assert source[begin:end] == str(graph.value(mention, NIF.anchorOf))
            checked += 1
    assert checked >= 3, f"{name}: too few mentions to check"


def test_crlf_text_still_finds_dates_and_entities(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(BASE.replace("\n", "\r\n").encode("utf-8"))
    result = build_paths([path])
    assert result.counts["timexes"] >= 2 and result.counts["entities"] >= 2
