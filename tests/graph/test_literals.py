"""kg.graph.rdf.plain_literal: the writer's plain literals, made without rdflib's conversions, are
rdflib's own in every attribute."""

from __future__ import annotations

import enum

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Literal
from rdflib.namespace import XSD

from kg.graph.rdf import _LITERAL_SLOTS, _PLAIN_IS_EXACT, plain_literal, timestamp_literal


def _same(made: Literal, reference: Literal) -> bool:
    slots = all(getattr(made, s) == getattr(reference, s) and type(getattr(made, s)) is type(getattr(reference, s)) for s in _LITERAL_SLOTS)
    return slots and made == reference and hash(made) == hash(reference) and str(made) == str(reference) and made.n3() == reference.n3()


def test_the_fast_path_is_taken_with_this_rdflib() -> None:
    assert _PLAIN_IS_EXACT


@pytest.mark.parametrize("text", ["Barack Obama", "", "é à ç", "a\nb \"q\" \\", "\ud800 lone surrogate", "  spaced  ", "42", "true"])
def test_plain_literal_is_rdflibs(text: str) -> None:
    assert _same(plain_literal(text), Literal(text))


@given(st.text())
def test_plain_literal_is_rdflibs_for_any_text(text: str) -> None:
    assert _same(plain_literal(text), Literal(text))


class _Kind(str, enum.Enum):
    DATE = "DATE"


@pytest.mark.parametrize("value", [_Kind.DATE, 3, True])
def test_anything_but_a_str_goes_through_rdflib(value: object) -> None:
    """The other sense: a str subclass or another type is rdflib's own conversion, not the fast path."""
    assert _same(plain_literal(value), Literal(value))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "datatype"), [("2012", XSD.gYear), ("2012-05", XSD.gYearMonth), ("2012-05-22", XSD.date), ("2012-05-22T10:00", XSD.date)]
)
def test_timestamp_literal_cached_is_the_same(value: str, datatype: object) -> None:
    assert timestamp_literal(value) == timestamp_literal(value) == Literal(value.split("T")[0], datatype=datatype)
    assert timestamp_literal("PRESENT_REF") is None
