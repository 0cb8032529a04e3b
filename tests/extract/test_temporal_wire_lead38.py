"""Issue 19 (lead38): a weekday that ends what a past verb of warning or foreseeing says lasts
("warned of flooding through Saturday") is the nearest such weekday, read as the pipeline's clause
tenses read it (kg.analyse.pipeline._tense_lookup). Invented sentences; 2024-05-17 is a Friday,
2024-05-14 a Tuesday."""

from __future__ import annotations

import pytest

from tests.extract.wire_timexes import wire_timexes


def _read(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in wire_timexes(text, dct, "en")]


WARNED_UNTIL = [
    # what was foreseen to last until a weekday: the coming one, told the day before
    ("The National Weather Service warned of flash flooding through Saturday.", "2024-05-17", [("Saturday", "2024-05-18")]),
    ("Forecasters predicted heavy snow until Sunday.", "2024-05-17", [("Sunday", "2024-05-19")]),
    # and the one gone by, when it is the nearer
    ("Officials warned of power cuts through Monday.", "2024-05-14", [("Monday", "2024-05-13")]),
    # what lasted: its own past, as before
    ("The storm lasted through Monday.", "2024-05-17", [("Monday", "2024-05-13")]),
    ("Schools were closed until Wednesday.", "2024-05-17", [("Wednesday", "2024-05-15")]),
    # a future keeps its own reading
    ("The bridge will stay closed until Tuesday.", "2024-05-17", [("Tuesday", "2024-05-21")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), WARNED_UNTIL, ids=[c[0][:40] for c in WARNED_UNTIL])
def test_weekday_ending_a_foreseen_stretch_is_the_nearest(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text, dct) == expected
