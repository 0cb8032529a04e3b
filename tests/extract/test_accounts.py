"""Tickers and handles recorded on the names they follow."""

from __future__ import annotations

import pytest

from kg.extract.accounts import with_tickers_and_handles
from kg.extract.entities import Candidate


def _cand(text: str, name: str, label: str = "ORG") -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), label, "test")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name", "label", "ticker", "new_label"),
    [
        ("Zorba Foods (NASDAQ: ZRB) said profits rose.", "Zorba Foods", "ORG", "NASDAQ:ZRB", "ORG"),
        ("Le groupe Kalistar (Euronext: KAL) a annoncé une perte.", "Kalistar", "ORG", "Euronext:KAL", "ORG"),
        ("Shares of Vega (NYSE:VG.B) fell.", "Vega", "ORG", "NYSE:VG.B", "ORG"),
        # NER took the company for a person or a place: the ticker says otherwise.
        ("Saturnia (Euronext Paris: STN) a chuté.", "Saturnia", "LOC", "Euronext Paris:STN", "ORG"),
        ("Mars Petcare (nyse: MPC) grew.", "Mars Petcare", "PER", "nyse:MPC", "ORG"),
        # Euronext's growth and access markets (issue 21, n22b).
        ("Vectoris Bio (Euronext Growth : ALVCT) a levé 40 millions.", "Vectoris Bio", "ORG", "Euronext Growth:ALVCT", "ORG"),
        ("Kalistar (Euronext Access: MLKAL) a chuté.", "Kalistar", "LOC", "Euronext Access:MLKAL", "ORG"),
    ],
)
def test_tickers_recorded_on_the_company(text: str, name: str, label: str, ticker: str, new_label: str) -> None:
    (found,) = with_tickers_and_handles([_cand(text, name, label)], text)
    assert (text[found.start : found.end], found.ticker, found.label) == (name, ticker, new_label)
    assert bool(found.evidence) is (label != new_label)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER missed the company: the name before the ticker is found.
        ("Results of Zorba Foods (NASDAQ: ZRB) beat forecasts.", ("Zorba Foods", "NASDAQ:ZRB")),
        # The symbol is the company's, not a name of its own.
        ("Kalistar (Euronext: KAL) a chuté.", ("Kalistar", "Euronext:KAL")),
    ],
)
def test_ticker_finds_the_company(text: str, expected: tuple[str, str]) -> None:
    cands = [_cand(text, "KAL")] if "KAL)" in text else []
    if text.startswith("Kalistar"):
        cands.append(_cand(text, "Kalistar"))
    found = with_tickers_and_handles(cands, text)
    assert [(text[c.start : c.end], c.ticker) for c in found] == [expected]


@pytest.mark.parametrize(
    ("text", "name", "label", "accounts"),
    [
        ("Jane Zorba (@jzorba) posted a photo.", "Jane Zorba", "PER", ("@jzorba",)),
        ("Marie Dupont, @mdupont, a réagi.", "Marie Dupont", "PER", ("@mdupont",)),
        ("Zorba Foods (@zorba_foods) apologised.", "Zorba Foods", "ORG", ("@zorba_foods",)),
        # Nothing ties a handle further away, or one written to a place, to the name.
        ("Jane Zorba said to follow @jzorba for more.", "Jane Zorba", "PER", ()),
        ("Paris (@paris) was sunny.", "Paris", "LOC", ()),
        # An e-mail address is no handle.
        ("Jane Zorba (jane@zorba.com) replied.", "Jane Zorba", "PER", ()),
    ],
)
def test_handles_are_accounts_of_their_owner(text: str, name: str, label: str, accounts: tuple[str, ...]) -> None:
    (found,) = with_tickers_and_handles([_cand(text, name, label)], text)
    assert found.accounts == accounts


def test_many_tickers_and_handles_cost_about_linear_time() -> None:
    import time

    def seconds(n: int) -> float:
        text = "Zorba Foods (NYSE: ZRB) rose. Jane Zorba (@jzorba) said. " * n
        started = time.process_time()
        found = with_tickers_and_handles([], text)
        assert sum(c.ticker is not None for c in found) == n
        return time.process_time() - started

    # Best of three, so that a pause of a loaded machine is not read as growth.
    small, large = min(seconds(1_000) for _ in range(3)), min(seconds(8_000) for _ in range(3))
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times
