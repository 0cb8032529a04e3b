"""Atomic writes leave no temporary file and give outputs ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kg.fileio import replace_atomically, write_text_atomically


def test_write_replaces_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    write_text_atomically(target, "one\n")
    write_text_atomically(target, "two\n")
    assert target.read_text(encoding="utf-8") == "two\n"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_outputs_are_readable_by_others(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_text_atomically(tmp_path / "page.html", "<p>x</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.trig"
    target.write_text("old", encoding="utf-8")

    def broken(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        replace_atomically(target, broken)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]


@pytest.mark.parametrize(
    "pieces",
    [[], [""], ["one"], ["a", "", "b\n", "é\u2028", "x" * 100_000], (f"{k}\n" for k in range(1000))],
    ids=["none", "empty", "one", "several", "a generator"],
)
def test_pieces_are_written_one_after_the_other(tmp_path: Path, pieces) -> None:
    from kg.fileio import write_pieces_atomically

    pieces = list(pieces)
    target = write_pieces_atomically(tmp_path / "page.html", iter(pieces))
    assert target.read_text(encoding="utf-8") == "".join(pieces)
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_pieces_that_fail_keep_the_old_file(tmp_path: Path) -> None:
    from kg.fileio import write_pieces_atomically

    target = tmp_path / "page.html"
    target.write_text("old", encoding="utf-8")

    def pieces():
        yield "half"
        raise RuntimeError("no more")

    with pytest.raises(RuntimeError):
        write_pieces_atomically(target, pieces())
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]
