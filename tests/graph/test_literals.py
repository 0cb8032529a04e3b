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


def test_the_offsets_fast_path_is_taken_with_this_rdflib() -> None:
    from kg.graph.rdf import _offset_is_exact

    assert _offset_is_exact()


# pf30b: the offsets of one long document are all different (the cache does not help there): each is
# made without rdflib's conversions, and is rdflib's own literal.
@pytest.mark.parametrize("value", [0, 1, 9, 10, 65_535, 65_536, 1_899_999, 10**12])
def test_offset_literal_is_rdflibs(value: int) -> None:
    from kg.graph.rdf import offset_literal

    assert _same(offset_literal(value), Literal(value, datatype=XSD.nonNegativeInteger))


@given(st.integers(min_value=0, max_value=10**9))
def test_offset_literal_is_rdflibs_for_any_offset(value: int) -> None:
    from kg.graph.rdf import offset_literal

    assert _same(offset_literal(value), Literal(value, datatype=XSD.nonNegativeInteger))


@pytest.mark.parametrize("value", [True, -1])
def test_anything_but_an_offset_goes_through_rdflib(value: int) -> None:
    from kg.graph.rdf import offset_literal

    assert _same(offset_literal(value), Literal(value, datatype=XSD.nonNegativeInteger))
