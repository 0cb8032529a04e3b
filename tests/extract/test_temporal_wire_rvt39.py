"""Wire-news dates of issue 19 (review rvt39 of t39a): invented sentences, read with the pipeline's clause
tenses (kg.analyse.pipeline._tense_lookup), as ``kg analyse`` reads them.

Fixed: a fiscal year closed by a day is compared with the fiscal year before, as t39a made a closed
fiscal quarter ("revenue for the fiscal year ended June 30 rose 6% from the year-earlier period":
FY2025, was the calendar year 2025 counted from the closing day)."""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in wire_timexes(text, dct, lang)]


FISCAL_YEAR_CLOSED = [
    ("Revenue for the fiscal year ended June 30 rose 6% from the year-earlier period.", "2026-10-12",
     [("the fiscal year", "FY2026"), ("June 30", "2026-06-30"), ("year-earlier", "FY2025")]),
    ("Revenue for fiscal 2026, which ended June 30, rose 6% from a year earlier.", "2026-10-12",
     [("fiscal 2026", "FY2026"), ("June 30", "2026-06-30"), ("a year earlier", "FY2025")]),
    ("The retailer's sales in fiscal 2025, ended Jan. 31, fell 2% from a year earlier.", "2026-03-10",
     [("fiscal 2025", "FY2025"), ("Jan. 31", "2026-01-31"), ("a year earlier", "FY2024")]),
    # unchanged: a closed fiscal quarter (t39a), a calendar date that follows no period of figures
    ("Profit in its fiscal first quarter, ended Dec. 31, fell 12% from the year-earlier quarter.", "2026-02-05",
     [("fiscal first quarter", "FY2026-Q1"), ("Dec. 31", "2025-12-31"), ("year-earlier", "FY2025-Q1")]),
    ("The strike ended June 30. A year earlier, the plant had closed for a week.", "2026-10-12",
     [("June 30", "2026-06-30"), ("A year earlier", "2025"), ("a week", "P1W")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FISCAL_YEAR_CLOSED, ids=[c[0][:40] for c in FISCAL_YEAR_CLOSED])
def test_fiscal_year_closed(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text, dct) == expected
