"""The error catalogue: codes are unique, messages format, every code is exercised by a test."""

from __future__ import annotations

import pickle
import re
import string

import pytest

from kg.errors import Errors, KGError
from tests.conftest import ROOT


def test_codes_are_well_formed() -> None:
    for error in Errors:
        assert re.fullmatch(r"E\d{3}", error.name)


@pytest.mark.parametrize("error", list(Errors))
def test_every_message_formats(error: Errors) -> None:
    fields = {name for _, name, _, _ in string.Formatter().parse(error.value) if name}
    exc = KGError(error, path="a/b.txt", line=3, **{f: "x" for f in fields if f != "path"})
    assert str(exc).startswith(f"[{error.name}] a/b.txt:3: ")
    again = pickle.loads(pickle.dumps(exc))
    assert str(again) == str(exc) and again.code == error.name


@pytest.mark.parametrize("error", list(Errors))
def test_every_code_has_a_test(error: Errors) -> None:
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py") if p.name != "test_errors.py")
    assert error.name in tests, f"no test mentions {error.name}"
