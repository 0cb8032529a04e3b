"""kg.extract.eventcoref on hand-made event mentions (no model): which mentions join a chain."""

from __future__ import annotations

import pytest

from kg.extract.eventcoref import corefer_events
from kg.types import Entity, EntityMention, EventMention, Span, Timex

TEXT = "Acme agreed to buy Beta. The deal was signed. Acme bought Gamma. The purchase of Beta closed. Acme bought Beta."
SENTENCES = [Span(0, 24, ""), Span(25, 45, ""), Span(46, 64, ""), Span(65, 94, ""), Span(95, 111, "")]


def _span(part: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(part, i + 1)
    return Span(i, i + len(part), part)


def _entity(key: str, *parts: tuple[str, int]) -> Entity:
    mentions = tuple(EntityMention(_span(p, n).start, _span(p, n).end, p, "ORG", "t", "en") for p, n in parts)
    return Entity(key=key, label=key, type="ORG", mentions=mentions)


ENTITIES = [
    _entity("acme", ("Acme", 0), ("Acme", 1), ("Acme", 2)),
    _entity("beta", ("Beta", 0), ("Beta", 1), ("Beta", 2)),
    _entity("gamma", ("Gamma", 0)),
]


def _event(trigger: str, etype: str, lemma: str, *, nth: int = 0, **kw) -> EventMention:
    return EventMention(trigger=_span(trigger, nth), type=etype, lemma=lemma, sentence=SENTENCES[0], **kw)


def _chains(events):
    out = corefer_events(events, entities=ENTITIES, sentences=SENTENCES)
    return {(e.trigger.text, e.trigger.start): (e.coref.text if e.coref else None) for e in out}, out


def test_definite_noun_and_repeated_mention_join_the_first_mention() -> None:
    day = Timex(0, 0, "", "DATE", "2021-03-15")
    events = [
        _event("buy", "TransferOwnership", "buy", agent=_span("Acme"), patient=_span("Beta"), time=day),
        _event("deal", "Agreement", "deal", definite=True),
        _event("bought", "TransferOwnership", "buy", agent=_span("Acme", 1), patient=_span("Gamma")),
        _event("purchase", "TransferOwnership", "purchase", patient=_span("Beta", 1), definite=True),
        _event("bought", "TransferOwnership", "buy", nth=1, agent=_span("Acme", 2), patient=_span("Beta", 2)),
    ]
    chains, out = _chains(events)
    buy = _span("buy")
    assert chains[("deal", _span("deal").start)] is None  # no earlier Agreement
    assert chains[("bought", _span("bought").start)] is None  # another patient: another purchase
    assert chains[("purchase", _span("purchase").start)] == "buy"
    assert chains[("bought", _span("bought", 1).start)] == "buy"  # same lemma, agent and patient
    assert all(e.time == day for e in out if e.coref is not None and e.coref.start == buy.start)


@pytest.mark.parametrize(
    ("later", "why"),
    [
        (_event("purchase", "TransferOwnership", "purchase", patient=_span("Beta", 1), definite=True, polarity="NEG"), "polarity"),
        (_event("purchase", "TransferOwnership", "purchase", patient=_span("Gamma"), definite=True), "patient"),
        (_event("purchase", "TransferOwnership", "purchase", definite=True, time=Timex(0, 0, "", "DATE", "1998")), "own date"),
        (_event("purchase", "TransferOwnership", "purchase"), "not definite"),
    ],
)
def test_what_keeps_mentions_apart(later: EventMention, why: str) -> None:
    first = _event("buy", "TransferOwnership", "buy", agent=_span("Acme"), patient=_span("Beta"))
    chains, _ = _chains([first, later])
    assert chains[("purchase", later.trigger.start)] is None, why
