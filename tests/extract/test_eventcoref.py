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


def test_a_death_of_one_patient_is_one_event_and_keeps_its_own_date() -> None:
    # "Beta" stands for a person here: the type, not the entity, makes the rule
    day = Timex(0, 0, "", "DATE", "2004-11-11")
    events = [
        _event("deal", "Die", "mort", patient=_span("Beta"), time=Timex(0, 0, "", "DATE", "2021-03-15"), time_inferred=True),
        _event("purchase", "Die", "décéder", patient=_span("Beta", 1), time=day),
        _event("bought", "Die", "mourir", patient=_span("Gamma")),
    ]
    chains, out = _chains(events)
    assert chains[("purchase", _span("purchase").start)] == "deal"
    assert chains[("bought", _span("bought").start)] is None  # another patient: another death
    assert out[0].time == day and out[0].time_inferred


def test_a_once_type_needs_the_same_patient_and_another_type_its_lemma() -> None:
    events = [
        _event("buy", "TransferOwnership", "buy", patient=_span("Beta")),
        _event("purchase", "TransferOwnership", "purchase", patient=_span("Beta", 1)),
    ]
    chains, _ = _chains(events)
    assert chains[("purchase", _span("purchase").start)] is None


def test_an_argument_is_the_entity_whose_reference_starts_where_it_starts() -> None:
    from kg.extract.eventcoref import _EntityIndex
    from kg.types import Reference

    # a longer phrase of Gamma covers the argument, a reference of Beta starts where it starts:
    # "chef de l'Autorité palestinienne Yasser Arafat" is Arafat, not the Authority
    wide, exact = _span("The deal was signed"), _span("deal")
    gamma = Entity(key="gamma", label="gamma", type="ORG", mentions=ENTITIES[2].mentions,
                   references=(Reference(wide.start, wide.end, wide.text, "nominal", "en", _span("Gamma"), "test"),))
    beta = Entity(key="beta", label="beta", type="ORG", mentions=ENTITIES[1].mentions,
                  references=(Reference(exact.start, exact.end, exact.text, "nominal", "en", _span("Beta"), "test"),))
    index = _EntityIndex([ENTITIES[0], beta, gamma])
    assert index.key(Span(exact.start, wide.end, "")) == "beta"
    assert index.key(Span(exact.start + 1, wide.end, "")) == "gamma"  # no phrase starts there: the covering one


@pytest.mark.parametrize(
    ("own", "joins"),
    [
        ("2021-03-18", True),  # « lors de l'élection de mardi »: the article's current event, three days on
        ("2021-03-09", True),  # the week before publication
        ("2021-02-10", False),  # a month before: another event of the same kind
        ("1998", False),  # « l'accord de 1998 »
    ],
)
def test_an_own_date_near_publication_does_not_tell_a_definite_noun_apart(own: str, joins: bool) -> None:
    first = _event("buy", "TransferOwnership", "buy", agent=_span("Acme"), patient=_span("Beta"))
    later = _event("purchase", "TransferOwnership", "purchase", definite=True, time=Timex(0, 0, "", "DATE", own))
    out = corefer_events([first, later], entities=ENTITIES, sentences=SENTENCES, published="2021-03-15")
    assert (out[1].coref is not None) is joins
    if joins:
        assert out[0].time is not None and out[0].time.value == own  # the chain takes the own date


@pytest.mark.parametrize(
    ("lemma", "definite", "joins"),
    [
        ("buy", True, True),  # « l'exécution de 28 soldats » … paragraphs later « ces exécutions »
        ("purchase", True, False),  # another word that far back: only the window links it
        ("buy", False, False),  # an indefinite noun names a new event
    ],
)
def test_a_definite_noun_repeating_a_members_word_refers_back_at_any_distance(
    lemma: str, definite: bool, joins: bool
) -> None:
    from kg.extract.eventcoref import ANAPHOR_WINDOW

    far = [Span(i * 10, i * 10 + 9, "") for i in range(ANAPHOR_WINDOW + 4)]
    first = EventMention(trigger=Span(0, 3, "buy"), type="TransferOwnership", lemma="buy", sentence=far[0],
                         time=Timex(0, 0, "", "DATE", "2021-03-14"))
    start = far[-1].start
    later = EventMention(trigger=Span(start, start + 3, "buy"), type="TransferOwnership", lemma=lemma,
                         sentence=far[-1], definite=definite)
    out = corefer_events([first, later], entities=[], sentences=far, published="2021-03-15")
    assert (out[1].coref is not None) is joins
    assert (out[1].time is not None) is joins


@pytest.mark.parametrize(
    ("first", "later", "chain"),
    [
        ("1979", "1979-11-04", "1979-11-04"),  # « le 33e anniversaire de la prise » … « la prise, le 4 novembre 1979 »
        ("1979-11-04", "1979", "1979-11-04"),
        ("1979-11-04", "1979-11-04", "1979-11-04"),
    ],
)
def test_a_chain_takes_the_most_precise_own_date_of_its_members(first: str, later: str, chain: str) -> None:
    events = [
        _event("buy", "TransferOwnership", "buy", agent=_span("Acme"), time=Timex(0, 0, "", "DATE", first)),
        _event("purchase", "TransferOwnership", "purchase", definite=True, time=Timex(0, 0, "", "DATE", later)),
    ]
    _, out = _chains(events)
    assert out[1].coref is not None
    assert [e.time.value for e in out if e.time is not None] == [chain, chain]


# fd17d: « la prise de l'ambassade » (1979) … « avaient envahi l'ambassade le 4 novembre 1979 » … « la
# prise de leur ambassade »: the last noun joins the nearest chain and repeats the word of the first,
# so the two chains are one event and share the most precise date, when both have own dates that agree
# and nothing tells them apart
_2021 = Timex(0, 0, "", "DATE", "2021")


@pytest.mark.parametrize(
    ("first", "merged"),
    [
        ({"time": _2021}, True),
        ({}, False),  # no date of its own: nothing says it is the same
        ({"time": Timex(0, 0, "", "DATE", "2021"), "time_inferred": True}, False),
        ({"time": Timex(0, 0, "", "DATE", "2020")}, False),  # another year: another purchase
        ({"time": _2021, "agent": _span("Acme", 2)}, True),  # the same buyer
        ({"time": _2021, "patient": _span("Gamma")}, False),  # another thing bought
    ],
)
def test_a_definite_noun_repeating_an_earlier_chains_word_merges_it(first: dict, merged: bool) -> None:
    day = Timex(0, 0, "", "DATE", "2021-03-15")
    events = [
        _event("deal", "TransferOwnership", "purchase", definite=True, **first),
        _event("bought", "TransferOwnership", "buy", agent=_span("Acme", 1), patient=_span("Beta", 1), time=day),
        _event("purchase", "TransferOwnership", "purchase", definite=True),
    ]
    chains, out = _chains(events)
    assert chains[("purchase", _span("purchase").start)] == ("deal" if merged else "bought")
    assert (chains[("bought", _span("bought").start)] == "deal") is merged
    assert (out[0].time == day) is merged


# review rv17d: « Une attaque contre un camp … mardi. Le même jour, une autre attaque a visé un poste … L'attaque
# contre le poste … »: when the nearest chain already has the noun's word, the noun repeats that chain and
# ties it to no earlier one, even with the same date
@pytest.mark.parametrize(("nearest_lemma", "merged"), [("buy", True), ("purchase", False)])
def test_a_definite_noun_repeating_the_nearest_chains_word_merges_nothing(nearest_lemma: str, merged: bool) -> None:
    day = Timex(0, 0, "", "DATE", "2021-03-15")
    events = [
        _event("deal", "TransferOwnership", "purchase", definite=True, time=day),
        _event("bought", "TransferOwnership", nearest_lemma, agent=_span("Acme", 1), patient=_span("Beta", 1), time=day),
        _event("purchase", "TransferOwnership", "purchase", definite=True),
    ]
    chains, _ = _chains(events)
    assert chains[("purchase", _span("purchase").start)] == ("deal" if merged else "bought")
    assert (chains[("bought", _span("bought").start)] == "deal") is merged


# fd17d: « “Pour ma part, je considère que …” (a quotation: no time) … ces déclarations »: the narrator's
# later mention of the same act keeps its time and gives it to the chain; a first mention outside a
# quotation with no time, or a future one, still leaves the chain undated
@pytest.mark.parametrize(
    ("first", "later_time"),
    [
        ({"in_quote": True}, "2021-03-14"),
        ({}, None),
        ({"in_quote": True, "modality": "FUTURE"}, None),
    ],
)
def test_a_chain_whose_first_mention_is_quoted_takes_the_narrators_time(first: dict, later_time: str | None) -> None:
    day = Timex(0, 0, "", "DATE", "2021-03-14")
    events = [
        _event("buy", "TransferOwnership", "buy", agent=_span("Acme"), **first),
        _event("deal", "TransferOwnership", "purchase", definite=True, time=day, time_inferred=True),
        _event("purchase", "TransferOwnership", "purchase", definite=True, time=day, time_inferred=True),
    ]
    chains, out = _chains(events)
    assert chains[("deal", _span("deal").start)] == "buy"
    assert out[0].time is None
    assert [e.time.value if e.time is not None else None for e in out[1:]] == [later_time, later_time]


# issue 17 (f17g): a definite noun that takes up an act and names no participant of its own has the
# participants of the earlier mention (French, ``inherit_arguments``) (« Acme a racheté Beta. Le rachat … »); one it names stays; a
# later verb (no definite noun) or a first mention takes nothing.
@pytest.mark.parametrize(
    ("later", "agent", "patient"),
    [
        ({"definite": True}, "Acme", "Beta"),
        ({"definite": True, "patient": _span("Beta", 1)}, "Acme", "Beta"),
        ({"definite": True, "agent": _span("Acme", 1)}, "Acme", "Beta"),
        ({"definite": False}, None, None),
        # review rv17j: a participant of its own that shares no word with the earlier one's (a common
        # noun, no entity to tell the two acts apart: « la suspension du match » after « la ministre a
        # été suspendue ») names another act: nothing is taken
        ({"definite": True, "patient": _span("deal")}, None, "deal"),
    ],
    ids=["bare-noun", "own-patient", "own-agent", "no-definite-noun", "own-patient-named-apart"],
)
def test_a_definite_noun_takes_the_participants_of_the_act_it_names(later: dict, agent: str | None, patient: str | None) -> None:
    events = [
        _event("buy", "TransferOwnership", "buy", agent=_span("Acme"), patient=_span("Beta")),
        _event("purchase", "TransferOwnership", "buy" if not later.get("definite") else "purchase", **later),
    ]
    out = corefer_events(events, entities=ENTITIES, sentences=SENTENCES, inherit_arguments=True)
    chains = {(e.trigger.text, e.trigger.start): (e.coref.text if e.coref else None) for e in out}
    if later.get("definite"):
        assert chains[("purchase", _span("purchase").start)] == "buy"
    assert out[0].agent_via is None  # the first mention is left as it was
    assert (out[1].agent.text if out[1].agent else None) == agent
    assert (out[1].patient.text if out[1].patient else None) == patient
    if later.get("definite") and "agent" not in later and agent is not None:
        assert out[1].agent_via == "coreference"
        # without ``inherit_arguments`` (English) the noun keeps only its own participants
        _, plain = _chains(events)
        assert plain[1].agent is None


def test_many_chains_cost_about_linear_time() -> None:
    """An event is compared with the chains it may join (its lemma, its agent and patient, the
    chains of the last sentences), not with every chain before it (review rv17c: was quadratic)."""
    import time

    def seconds(n: int) -> float:
        events, sentences = [], []
        for i in range(n):
            a = i * 20
            sentences.append(Span(a, a + 19, ""))
            # Statements of many speakers: each starts a chain of its own that no later one joins.
            events.append(EventMention(trigger=Span(a, a + 4, "said"), type="Statement", lemma="say", sentence=sentences[-1],
                                       agent=Span(a + 5, a + 9, "x")))
            events.append(EventMention(trigger=Span(a + 10, a + 14, "cut"), type="Reduction", lemma=f"cut{i}", sentence=sentences[-1]))
        entities = [Entity(key=f"e{i}", label="x", type="ORG", mentions=(EntityMention(i * 20 + 5, i * 20 + 9, "x", "ORG", "t", "en"),))
                    for i in range(n)]
        started = time.process_time()
        corefer_events(events, entities=entities, sentences=sentences)
        return time.process_time() - started

    small, large = min(seconds(1000) for _ in range(3)), min(seconds(8000) for _ in range(3))
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times


def test_many_merges_cost_about_linear_time() -> None:
    """A definite noun repeating one word after a chain of another word merges the two chains again
    and again (review rv17d: merged chains stayed in the index and each merge copied the longer chain,
    and a text of 2000 such mentions took 140 times as long as one of 500)."""
    import time

    def seconds(n: int) -> float:
        day = Timex(0, 0, "", "DATE", "2021-03-16")
        events, sentences = [], []
        for i in range(n):
            a = i * 20
            sentences.append(Span(a, a + 19, ""))
            lemma = "attack" if i % 2 else f"shell{i}"
            events.append(EventMention(trigger=Span(a, a + 4, "hit"), type="Attack", lemma=lemma, sentence=sentences[-1],
                                       definite=i % 2 == 1, time=day))
        started = time.process_time()
        out = corefer_events(events, entities=[], sentences=sentences)
        assert sum(e.coref is None for e in out) == 1  # one event throughout
        return time.process_time() - started

    small, large = min(seconds(1000) for _ in range(3)), min(seconds(8000) for _ in range(3))
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times
