"""Document-level steps: places, times, statements for quotes, embedded posts."""

from __future__ import annotations

import pytest

from kg.extract.attach import attach_places, attach_times, embedded_posts, statements_for_quotes
from kg.types import Document, EntityMention, EventMention, PartialDate, Quote, Segment, Span, Timex


def _span(text: str, part: str, start: int = 0) -> Span:
    i = text.index(part, start)
    return Span(i, i + len(part), part)


def _loc(text: str, part: str) -> EntityMention:
    s = _span(text, part)
    return EntityMention(s.start, s.end, part, "LOC", "t", "fr")


TEXT = "Les États-Unis ont du mal à gérer les manifestations. L'Espagne a officialisé sa demande. Paris et Rome ont signé."
SENTS = [_span(TEXT, "Les États-Unis ont du mal à gérer les manifestations."), _span(TEXT, "L'Espagne a officialisé sa demande."), _span(TEXT, "Paris et Rome ont signé.")]
LOCS = [_loc(TEXT, "États-Unis"), _loc(TEXT, "Espagne"), _loc(TEXT, "Paris"), _loc(TEXT, "Rome")]


def _event(trigger: str, sentence: int, **kw) -> EventMention:
    return EventMention(trigger=_span(TEXT, trigger), type="Demonstrate", lemma=trigger, sentence=SENTS[sentence], **kw)


@pytest.mark.parametrize(
    ("event", "place"),
    [
        (_event("manifestations", 0), "États-Unis"),
        (_event("officialisé", 1, agent=_span(TEXT, "Espagne")), None),  # the only place is the agent
        (_event("signé", 2), None),  # two places: no guess
        (_event("manifestations", 0, place=_span(TEXT, "Paris")), "Paris"),  # a stated place is kept
    ],
)
def test_attach_places(event: EventMention, place: str | None) -> None:
    (out,) = attach_places([event], LOCS, SENTS)
    assert (out.place.text if out.place else None) == place


DOC = Document("d", TEXT, "d", date=PartialDate(2020, 6))
SEGS = [Segment(0, len(TEXT), "fr")]
DATE = Timex(0, 3, "Les", "DATE", "2020-06-08")


@pytest.mark.parametrize(
    ("event", "value", "inferred"),
    [
        (_event("manifestations", 0, time=DATE), "2020-06-08", False),  # stated: unchanged
        (_event("officialisé", 1), "2020-06-08", True),  # inherited from the previous sentence
        (_event("officialisé", 1, present=True), "2020-06", True),  # simple present: publication date
        (_event("signé", 2), "2020-06", True),  # publication date
        (_event("signé", 2, modality="FUTURE"), None, False),  # never for future events
        # f25b: what did not happen (« n'a pas encore désigné ») inherits nothing: the time of writing
        (_event("officialisé", 1, polarity="NEG"), "2020-06", True),
        (_event("signé", 2, in_quote=True), "2020-06", False),  # quoted: no inference from context
        # a completed act (« a signé ») dated after the publication date: that date is not its own
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "2020-07-14")), "2020-06", True),
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "2021")), "2020-06", True),
        # « a suspendu la sortie de son prochain album »: a vague future is no completed act's time
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "FUTURE_REF")), "2020-06", True),
        (_event("signé", 2, time=Timex(0, 3, "Les", "DATE", "FUTURE_REF")), "FUTURE_REF", False),
        # the other sense: a date up to the publication date stays, and an act not in the past keeps its date
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "2020-06-30")), "2020-06-30", False),
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "2020-05-03TMO")), "2020-05-03TMO", False),
        (_event("signé", 2, time=Timex(0, 3, "Les", "DATE", "2020-07-14")), "2020-07-14", False),
    ],
)
def test_attach_times(event: EventMention, value: str | None, inferred: bool) -> None:
    _check_times(event, value, inferred, DOC)


DOC_DAY = Document("d", TEXT, "d", date=PartialDate(2020, 6, 10))


# a completed act dated after a day's publication date: from the second day on only (a dateline may
# be a day older than the news it heads)
@pytest.mark.parametrize(
    ("event", "value", "inferred"),
    [
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "2020-06-11")), "2020-06-11", False),
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "2020-06-12")), "2020-06-10", True),
        (_event("signé", 2, past=True, time=Timex(0, 3, "Les", "DATE", "2020-07")), "2020-06-10", True),
    ],
)
def test_attach_times_day_publication(event: EventMention, value: str | None, inferred: bool) -> None:
    _check_times(event, value, inferred, DOC_DAY)


def _check_times(event: EventMention, value: str | None, inferred: bool, doc: Document) -> None:
    dated = _event("manifestations", 0, time=DATE)
    events = [dated, event] if event.trigger != dated.trigger else [event]
    out = attach_times(events, timexes=[], sentences=SENTS, segments=SEGS, document=doc)[-1]
    if event.in_quote:
        assert out.time is None
        return
    assert (out.time.value if out.time else None) == value and out.time_inferred is inferred


def test_each_quote_gets_a_statement() -> None:
    quote_with_verb = Quote(span=_span(TEXT, "sa demande"), speaker=_span(TEXT, "Espagne"), reporting=_span(TEXT, "officialisé"))
    bare_quote = Quote(span=_span(TEXT, "Paris et Rome"))
    out = statements_for_quotes([], [quote_with_verb, bare_quote], SENTS)
    assert [(e.type, e.trigger.text, bool(e.lemma)) for e in out] == [
        ("Statement", "officialisé", True),
        ("Statement", "Paris et Rome", False),  # no lexical trigger: not scored as one
    ]
    assert out[0].agent == quote_with_verb.speaker


def test_embedded_post_becomes_a_dated_statement() -> None:
    text = "Article.\n\nThe company is canceling its programs https://t.co/x — CNN (@CNN) June 9, 2020\n\nSuite."
    start = text.index("The company")
    seg = Segment(start, text.index("\n\nSuite"), "en", True)
    date = _span(text, "June 9, 2020")
    stamp = Timex(date.start, date.end, date.text, "DATE", "2020-06-09", True)
    quotes, events = embedded_posts(text, [seg], [stamp], [Span(seg.start, seg.end, text[seg.start : seg.end])])
    assert [q.span.text for q in quotes] == ["The company is canceling its programs https://t.co/x"]
    assert quotes[0].channel == "tweet" and quotes[0].speaker.text == "CNN"
    assert events[0].time == stamp and events[0].agent.text == "CNN"


# a bare year of the sentence before is background: it does not carry to the next sentence's events
# (« Le président a été élu en 2019. Le ministre a démissionné. »); the other sense: a day carries
@pytest.mark.parametrize(("before", "value", "inferred"), [("2019", "2020-06", True), ("2020-06-08", "2020-06-08", True)])
def test_a_bare_year_is_not_inherited(before: str, value: str, inferred: bool) -> None:
    dated = _event("manifestations", 0, time=Timex(0, 3, "Les", "DATE", before))
    out = attach_times([dated, _event("officialisé", 1)], timexes=[], sentences=SENTS, segments=SEGS, document=DOC)[-1]
    assert out.time is not None and out.time.value == value and out.time_inferred is inferred


# fd17: the date of a background act in the pluperfect (« Le maire avait démissionné le 2 mars. »)
# does not carry to the next sentence's completed act
@pytest.mark.parametrize(
    ("anterior", "own", "value"),
    [
        (False, None, "2020-06-08"),  # a completed act the sentence before: carried
        (True, None, "2020-06"),  # a pluperfect background act: publication date
        # an act inside a quotation the sentence before is the speaker's: its date carries nowhere
        ("quoted", None, "2020-06"),
    ],
)
def test_a_pluperfect_date_is_not_inherited(anterior: bool | str, own: str | None, value: str) -> None:
    quoted = anterior == "quoted"
    events = [_event("manifestations", 0, time=DATE, anterior=anterior is True, in_quote=quoted)]
    if own is not None:
        events.append(_event("officialisé", 1, time=Timex(0, 3, "Les", "DATE", "2020-06-09"), modality=own))
    out = attach_times([*events, _event("demande", 1)], timexes=[], sentences=SENTS, segments=SEGS, document=DOC)[-1]
    assert out.time is not None and out.time.value == value and out.time_inferred


# issue 17 (a17h): the lead's date may be a part of a day (« s'est renversé mardi matin », a TIME
# ``…TMO``); its day dates what the article reports next. A clock time or a later day does not.
@pytest.mark.parametrize(
    ("value", "kind", "lead"),
    [
        ("2020-06-08", "DATE", "2020-06-08"),
        ("2020-06-08TMO", "TIME", "2020-06-08"),
        ("2020-06-08TEV", "DATE", "2020-06-08"),
        ("2020-06-08T14:10", "TIME", None),
        ("2020-06-12", "DATE", None),
    ],
)
def test_the_lead_date_is_a_day(value: str, kind: str, lead: str | None) -> None:
    from kg.extract.attach import lead_date

    found = lead_date([Timex(4, 14, "États-Unis", kind, value)], SENTS, SEGS, DOC_DAY)
    assert (found.value if found is not None else None) == lead


def test_a_plain_day_of_the_lead_outranks_a_part_of_a_day() -> None:
    # « agressé hier soir …, indique aujourd'hui »: the report is today's
    from kg.extract.attach import lead_date

    timexes = [Timex(4, 14, "États-Unis", "TIME", "2020-06-08TEV"), Timex(19, 21, "du", "DATE", "2020-06-09")]
    found = lead_date(timexes, SENTS, SEGS, DOC_DAY)
    assert found is not None and found.value == "2020-06-09"


# f25b: a headline over a blank line that the parser made a sentence of its own is not the lead; the
# lead is the sentence after it. (headline, lead sentence, lead expected)
@pytest.mark.parametrize(
    ("headline", "lead", "expected"),
    [
        ("Rugby : le sélectionneur dévoile sa liste", "Le sélectionneur a dévoilé lundi sa liste.", "2020-06-08"),
        # rv25d: a headline that asks or exclaims is a headline too
        ("Faut-il fermer les petites écoles ?", "Le maire a fermé lundi l'école.", "2020-06-08"),
        ("Victoire historique pour Bastia !", "Le club a battu lundi le leader.", "2020-06-08"),
        # a first line with a closing mark is the lead itself
        ("Le sélectionneur a dévoilé sa liste.", "Il a été salué lundi.", None),
    ],
)
def test_a_headline_is_not_the_lead(headline: str, lead: str, expected: str | None) -> None:
    from kg.extract.attach import lead_date

    text = f"{headline}\n\n{lead}"
    start = text.index(lead)
    day = text.index("lundi")
    sentences = [Span(0, len(headline) + 2, text[: len(headline) + 2]), Span(start, len(text), lead)]
    found = lead_date([Timex(day, day + 5, "lundi", "DATE", "2020-06-08")], sentences, [Segment(0, len(text), "fr")],
                      Document("h", text, "h", date=PartialDate(2020, 6, 10)))
    assert (found.value if found is not None else None) == expected


# issue 17 (a17j): a dateline heading the body (places, a day's date, the agency's credit, a dash),
# which the parser may cut into sentences of its own, dates the report when the lead after its
# dash has no day of its own; the lead's own day comes first. Each text: its sentences split at
# "|", the dates (text, value), the lead date expected.
@pytest.mark.parametrize(
    ("pieces", "dates", "lead"),
    [
        # the dateline cut into three pieces: its date dates the lead
        ("PARIS|, 8 juin 2020 (AFP)|- La CGT a appelé à la grève.|Le ministre a réagi.", [("8 juin 2020", "2020-06-08")], "2020-06-08"),
        ("LYON, 9 juin (AFP) - La CGT a appelé à la grève.", [("9 juin", "2020-06-09")], "2020-06-09"),
        ("Marseille, le 7 juin 2020. — Le maire a démissionné.", [("le 7 juin 2020", "2020-06-07")], "2020-06-07"),
        # the lead's own day outranks the dateline's
        ("Lyon|, le 9 juin 2020|- La CGT a appelé à la grève lundi.", [("le 9 juin 2020", "2020-06-09"), ("lundi", "2020-06-08")], "2020-06-08"),
        # a dateline without a date, its credit only: the lead after the dash is read
        ("PARIS (AFP)|- La CGT a appelé à la grève le 8 juin.", [("le 8 juin", "2020-06-08")], "2020-06-08"),
        # no dateline: a title with a dash and lower-case words is no credit
        ("Grève à la SNCF|- La CGT a appelé à la grève le 8 juin.", [("le 8 juin", "2020-06-08")], None),
        # a headline (its own line, no final mark) is no lead: the sentence after it is
        ("Grève à la SNCF\n\n|La CGT a appelé à la grève lundi.", [("lundi", "2020-06-08")], "2020-06-08"),
        ("Strike at the port\n\n|The union called a strike on Monday.", [("Monday", "2020-06-08")], "2020-06-08"),
        # ... but a first sentence ending on a full stop is the lead, dated or not
        ("La CGT a appelé à la grève.\n\n|Le ministre a réagi lundi.", [("lundi", "2020-06-08")], None),
        # a dateline's date later than the publication date dates nothing
        ("PARIS, 12 juin 2020 (AFP) - La CGT a appelé à la grève.", [("12 juin 2020", "2020-06-12")], None),
        # issue 17 (fa17): a date in a relative clause a comma opens dates its background act, not
        # the lead; the dateline's date then dates the report
        ("9 juin 2020. - La joueuse Marie Leroy, qui a remporté le tournoi lundi, a annoncé sa retraite.",
         [("9 juin 2020", "2020-06-09"), ("lundi", "2020-06-08")], "2020-06-09"),
        ("Marseille, le 9 juin 2020. — Le maire, dont le fils a été arrêté lundi, a démissionné.",
         [("le 9 juin 2020", "2020-06-09"), ("lundi", "2020-06-08")], "2020-06-09"),
        # ... not a date after the relative clause's closing comma
        ("Lyon, le 9 juin 2020. — Le club, qui a perdu la finale, a limogé lundi son entraîneur.",
         [("le 9 juin 2020", "2020-06-09"), ("lundi", "2020-06-08")], "2020-06-08"),
        # rv17f: ... nor one in a relative clause that ends the sentence, which carries the
        # narrative on (the clause is not set off by a closing comma)
        ("Lyon, le 9 juin 2020. — Le président est arrivé à Kiev, où il a rencontré lundi son homologue.",
         [("le 9 juin 2020", "2020-06-09"), ("lundi", "2020-06-08")], "2020-06-08"),
        ("Le président est arrivé à Kiev, où il a rencontré lundi son homologue.", [("lundi", "2020-06-08")],
         "2020-06-08"),
    ],
)
def test_a_dateline_dates_the_report(pieces: str, dates: list[tuple[str, str]], lead: str | None) -> None:
    from kg.extract.attach import lead_date

    text = pieces.replace("|", "")
    sentences, at = [], 0
    for piece in pieces.split("|"):
        sentences.append(Span(at, at + len(piece), piece))
        at += len(piece)
    timexes = [Timex((i := text.index(t)), i + len(t), t, "DATE", v) for t, v in dates]
    doc = Document("d", text, "d", date=PartialDate(2020, 6, 10))
    found = lead_date(timexes, sentences, [Segment(0, len(text), "fr")], doc)
    assert (found.value if found is not None else None) == lead


# issue 17 (a17j): a count of days or weeks followed by « plus tard », « après », « auparavant »
# moves the date the text gave last (the sentence before, else the lead) by that count; a length
# after « pendant » and an « avant » that opens a clause (« avant de ») move nothing.
_OFFSET_FIRST = "Le ministre a démissionné le 3 juin."


@pytest.mark.parametrize(
    ("second", "length", "value", "expected"),
    [
        ("Le président a nommé un successeur deux jours plus tard.", "deux jours", "P2D", "2020-06-05"),
        ("Une semaine après, le président a nommé un successeur.", "Une semaine", "P1W", "2020-06-10"),
        ("Trois jours auparavant, le président avait nommé un successeur.", "Trois jours", "P3D", "2020-05-31"),
        ("Le président a négocié pendant deux jours avant de nommer un successeur.", "deux jours", "P2D", "2020-06-03"),
        ("Le président a nommé un successeur deux jours avant de partir.", "deux jours", "P2D", "2020-06-03"),
        # fd17d: a whole count of years moves the year, of months the month
        ("Le président a nommé un successeur deux ans plus tard.", "deux ans", "P2Y", "2022"),
        ("Six mois plus tard, le président a nommé un successeur.", "Six mois", "P6M", "2020-12"),
        ("Trois ans auparavant, le président avait nommé un successeur.", "Trois ans", "P3Y", "2017"),
    ],
)
def test_a_count_of_days_moves_the_date_before(second: str, length: str, value: str, expected: str) -> None:
    text = f"{_OFFSET_FIRST} {second}"
    first = Span(0, len(_OFFSET_FIRST), _OFFSET_FIRST)
    sentences = [first, Span(len(_OFFSET_FIRST) + 1, len(text), second)]
    date = Timex(text.index("le 3 juin"), text.index("le 3 juin") + 9, "le 3 juin", "DATE", "2020-06-03")
    at = text.index(length)
    timexes = [date, Timex(at, at + len(length), length, "DURATION", value)]
    trigger = "nommé" if "nommé" in second else "nommer"
    i = text.index(trigger, len(_OFFSET_FIRST))
    events = [
        EventMention(trigger=_span(text, "démissionné"), type="EndPosition", lemma="démissionner", sentence=first, time=date),
        EventMention(trigger=Span(i, i + len(trigger), trigger), type="StartPosition", lemma="nommer", sentence=sentences[1],
                     anterior="avait" in second),
    ]
    doc = Document("d", text, "d", date=PartialDate(2020, 6, 10))
    out = attach_times(events, timexes=timexes, sentences=sentences, segments=[Segment(0, len(text), "fr")], document=doc)[-1]
    assert out.time is not None and out.time.value == expected


# pf30a: the per-event rules (counts of days, limits) read the timexes of one sentence through an
# index of where they start, not the whole list: on a long document read in windows they cost
# events x timexes. Many invented two-sentence stories in one text, each with its own date, its
# count (days moved: the last field) or limit in the second sentence, the timexes listed in no particular order: every story
# gets its own value, the same as a scan of the whole list gives, and each look-up reads one sentence.
_STORIES = [
    ("Le ministre a démissionné le {day} juin.", "Le président a nommé un successeur deux jours plus tard.",
     "deux jours", "DURATION", "P2D", "nommé", False, 2),
    ("La société a licencié cent salariés le {day} juin.", "Trois jours auparavant, la direction avait annoncé un plan.",
     "Trois jours", "DURATION", "P3D", "annoncé", True, -3),
    ("Le club a limogé son entraîneur le {day} juin.", "Le président a nommé un successeur une semaine après.",
     "une semaine", "DURATION", "P1W", "nommé", False, 7),
    # a limit date (« avant le 10 avril »): the act is not dated by the sentence before
    ("Le syndicat a appelé à la grève le {day} juin.", "Le préfet a démissionné avant le 20 juin.",
     "le 20 juin", "DATE", "2020-06-20", "démissionné", False, None),
]


def test_counts_of_days_in_a_long_text_read_one_sentence_each(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime
    import random

    from kg.extract import attach

    pieces: list[str] = []
    sentences: list[Span] = []
    timexes: list[Timex] = []
    events: list[EventMention] = []
    expected: list[str | None] = []
    at = 0
    for k in range(240):
        first_t, second, length, kind, value, trigger, anterior, want = _STORIES[k % len(_STORIES)]
        day = 1 + k % 9
        first = first_t.format(day=day)
        a, b = Span(at, at + len(first), first), Span(at + len(first) + 1, at + len(first) + 1 + len(second), second)
        sentences += [a, b]
        d = first.index(f"le {day} juin")
        date = Timex(at + d, at + d + len(f"le {day} juin"), f"le {day} juin", "DATE", f"2020-06-{day:02d}")
        n = second.index(length)
        timexes += [date, Timex(b.start + n, b.start + n + len(length), length, kind, value)]
        v = first.index(first.split()[2])
        events.append(EventMention(trigger=Span(at + v, at + v + len(first.split()[2]), first.split()[2]), type="EndPosition",
                                   lemma="x", sentence=a, time=date))
        t = second.index(trigger)
        events.append(EventMention(trigger=Span(b.start + t, b.start + t + len(trigger), trigger), type="StartPosition",
                                   lemma="nommer", sentence=b, anterior=anterior, past=True))
        expected.append(None if want is None else (datetime.date(2020, 6, day) + datetime.timedelta(days=want)).isoformat())
        pieces.append(f"{first} {second}")
        at = b.end + 2
    text = "\n\n".join(pieces)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    random.Random(7).shuffle(timexes)
    doc = Document("d", text, "d", date=PartialDate(2020, 7, 1))
    segments = [Segment(0, len(text), "fr")]
    read: list[int] = []
    starting = attach._starting

    def counted(found: object, start: int, end: int) -> list[Timex]:
        out = starting(found, start, end)  # type: ignore[arg-type]
        read.append(len(out))
        return out

    monkeypatch.setattr(attach, "_starting", counted)
    indexed = attach_times(events, timexes=timexes, sentences=sentences, segments=segments, document=doc)
    assert read and max(read) <= 4  # one sentence's timexes and the one before's, never the document's 480
    # the same rules over a scan of every timex
    monkeypatch.setattr(attach, "_starting", lambda found, start, end: [t for t in found if start <= t.start < end])
    scanned = attach_times(events, timexes=timexes, sentences=sentences, segments=segments, document=doc)
    assert indexed == scanned
    got = [e.time.value if e.time is not None and e.time_inferred else None for e in indexed[1::2]]
    assert got == expected


# rv17f: a date in a relative clause set off by commas (opened by a comma and a pronoun, closed by a
# comma) is the clause's; one in a relative clause that ends its sentence or its line is not.
@pytest.mark.parametrize(
    ("text", "date", "inside"),
    [
        ("La joueuse, qui a remporté le tournoi lundi, a annoncé sa retraite.", "lundi", True),
        ("Le maire, dont le fils a été arrêté lundi, a démissionné.", "lundi", True),
        ("Le président est arrivé à Kiev, où il a rencontré lundi son homologue.", "lundi", False),
        ("Un incendie a ravagé l'usine, qui a été évacuée lundi.", "lundi", False),
        ("Le club, qui a perdu la finale, a limogé lundi son entraîneur.", "lundi", False),
        ("La grève, qui paralyse le pays\nLa CGT a appelé lundi, avec FO, à la grève.", "lundi", False),
        # a clause with no mark after its date for a whole page: read in bounded windows
        (", qui " + "a lieu lundi " * 30_000, "lundi", False),
    ],
)
def test_a_date_in_a_relative_clause_set_off_by_commas(text: str, date: str, inside: bool) -> None:
    from kg.extract.attach import _in_relative_clause

    start = text.index(date)
    assert _in_relative_clause(text, start, start + len(date)) is inside


def test_relative_clause_dates_cost_linear_time() -> None:
    # 300,000 characters of dates in relative clauses: each date reads a bounded window around it
    import time

    from kg.extract.attach import _in_relative_clause

    text = ", qui a gagné lundi " * 15_000
    began = time.process_time()
    found = [_in_relative_clause(text, i, i + 5) for i in range(text.index("lundi"), len(text), 20)]
    assert time.process_time() - began < 2.0
    assert found and all(found[:-1])  # the last date closes no clause


def test_an_english_dateline_keeps_its_date_first() -> None:
    # the French reading of a dateline (the lead's own day first) is not applied to English copy
    from kg.extract.attach import lead_date

    text = "NEW YORK, June 8 (Reuters) - Acme said on Tuesday it would cut jobs."
    timexes = [Timex(10, 16, "June 8", "DATE", "2020-06-08"), Timex(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "DATE", "2020-06-09")]
    doc = Document("d", text, "d", date=PartialDate(2020, 6, 10), lang="en")
    found = lead_date(timexes, [Span(0, len(text), text)], [Segment(0, len(text), "en")], doc)
    assert found is not None and found.value == "2020-06-08"


@pytest.mark.parametrize(
    ("head", "is_dateline"),
    [
        ("PARIS-la-Défense (AFP) - Le", True),
        ("Saint-Étienne, 3 (Reuters) - Le", True),
        ("Paris abc (AFP) - Le", False),
        # A long run of capitals and digits that fails at its end: the dateline pattern once
        # backtracked exponentially on it (a 1,140-character historical newspaper page hung the build).
        ("A1" * 40 + " a (AFP) - Le", False),
        ("A1" * 40 + " (AFP) - Le", True),
    ],
)
def test_dateline_end_is_linear(head: str, is_dateline: bool) -> None:
    from kg.extract.attach import _dateline_end

    assert (_dateline_end(head, 0, ()) is not None) is is_dateline


# pf30b: the steps that read the timexes of one sentence or clause (counts of days, limits of completed
# acts, counts of years) look them up by start instead of scanning the document's: the same times on
# a long document of many invented wire stories, every event read.
_LONG_STORY = [
    # (sentence, trigger, event type, past, anterior, [(timex text, type, value)])
    ("Le ministre a démissionné le {d} juin.", "démissionné", "EndPosition", True, False, [("le {d} juin", "DATE", "2020-06-{dd}")]),
    ("Le président a nommé un successeur deux jours plus tard.", "nommé", "StartPosition", True, False, [("deux jours", "DURATION", "P2D")]),
    ("La maire a quitté ses fonctions avant le 10 avril.", "quitté", "EndPosition", True, False, [("le 10 avril", "DATE", "2020-04-10")]),
    ("Le club a recruté un entraîneur deux ans plus tard.", "recruté", "StartPosition", True, False, [("deux ans", "DURATION", "P2Y")]),
    ("Trois jours auparavant, la police avait arrêté un suspect.", "arrêté", "Arrest-Jail", True, True, [("Trois jours", "DURATION", "P3D")]),
    ("Une semaine après, l'usine a rouvert ses portes.", "rouvert", "Occurrence", True, False, [("Une semaine", "DURATION", "P1W")]),
    ("Le syndicat a appelé à la grève.", "appelé", "Appeal", True, False, []),
    ("Six mois plus tard, « le préfet a signé l'arrêté deux jours après », a déclaré l'avocat.", "signé", "Occurrence", True, False,
     [("Six mois", "DURATION", "P6M"), ("deux jours", "DURATION", "P2D")]),
]


def _story_document(
    story: list[tuple[str, str, str, bool, bool, list[tuple[str, str, str]], int | None]], stories: int
) -> tuple[Document, list[Span], list[Timex], list[EventMention]]:
    """A long document of ``stories`` copies of ``story``, the k-th dated on day 1 + k % 28. A row is
    (sentence, trigger, event type, past, anterior, [(timex text, type, value)], index of the event's
    own timex or None); a row repeating the sentence before is a second event of that sentence."""
    parts: list[str] = []
    sentences: list[Span] = []
    timexes: list[Timex] = []
    events: list[EventMention] = []
    at = 0
    for k in range(stories):
        day = 1 + k % 28
        last = None
        for pattern, trigger, etype, past, anterior, dates, whose in story:
            sentence = pattern.format(d=day)
            if sentence == last:  # a second event of the sentence just written
                at -= len(sentence) + 1
            else:
                parts.append(sentence)
            span = Span(at, at + len(sentence), sentence)
            if sentence != last:
                sentences.append(span)
            own = []
            for phrase, kind, value in dates:
                phrase = phrase.format(d=day)
                i = sentence.index(phrase)
                own.append(Timex(at + i, at + i + len(phrase), phrase, kind, value.format(dd=f"{day:02d}")))
            timexes += own
            i = sentence.index(trigger)
            events.append(EventMention(trigger=Span(at + i, at + i + len(trigger), trigger), type=etype, lemma=trigger,
                                       sentence=span, time=own[whose] if whose is not None else None, past=past, anterior=anterior))
            last = sentence
            at += len(sentence) + 1
    return Document("long", " ".join(parts), "long", date=PartialDate(2020, 6, 30)), sentences, timexes, events


def _long_document(stories: int) -> tuple[Document, list[Span], list[Timex], list[EventMention]]:
    """:data:`_LONG_STORY` told ``stories`` times; an event's own time is the last date of its
    sentence, none after « avant »."""
    rows = []
    for pattern, trigger, etype, past, anterior, dates in _LONG_STORY:
        dated = [i for i, (_, kind, _) in enumerate(dates) if kind == "DATE"]
        rows.append((pattern, trigger, etype, past, anterior, dates, dated[-1] if dated and "avant" not in pattern else None))
    return _story_document(rows, stories)


@pytest.mark.parametrize("stories", [1, 3, 40])
def test_sentence_timexes_by_start_give_the_times_of_the_scan(stories: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import attach

    doc, sentences, timexes, events = _long_document(stories)
    segments = [Segment(0, len(doc.text), "fr")]
    # the timexes shuffled: the order of the list given is kept whatever it is
    for given in (timexes, timexes[::-1]):
        found = attach_times(events, timexes=given, sentences=sentences, segments=segments, document=doc)
        # the reference: every step reads every timex of the document, as before the index
        with monkeypatch.context() as patch:
            patch.setattr(attach, "_within", lambda found, lo, hi: found)
            patch.setattr(attach, "_starting", lambda found, lo, hi: [t for t in found if lo <= t.start < hi])
            scanned = attach_times(events, timexes=given, sentences=sentences, segments=segments, document=doc)
        assert found == scanned
    moved = {e.trigger.text: e.time.value for e in found[: len(_LONG_STORY)] if e.time is not None}
    assert moved["nommé"] == "2020-06-03"  # two days after the 1st of June
    assert "quitté" not in moved  # a completed act before a limit is not dated by the sentence before


@pytest.mark.parametrize(
    ("starts", "lo", "hi"),
    [([5, 1, 9, 1, 7], 1, 8), ([5, 1, 9, 1, 7], 0, 100), ([5, 1, 9, 1, 7], 9, 9), ([], 0, 10), ([3, 3, 3], 3, 4), ([4, 2], 5, 1)],
)
def test_timexes_between_two_offsets_in_their_given_order(starts: list[int], lo: int, hi: int) -> None:
    from kg.extract.attach import _IndexedTimexes, _within

    timexes = [Timex(s, s + 2, "xx", "DATE", f"2020-01-{k + 1:02d}") for k, s in enumerate(starts)]
    assert list(_within(_IndexedTimexes(timexes), lo, hi)) == [t for t in timexes if lo <= t.start < hi]


# A refusal to speak ("declined to comment", « a refusé de répondre ») is of the time of writing,
# not of the day of the narrative before it; a refusal of another act keeps the narrative's day
# (lead, session 32). Publication date Thursday 18 March 2021.
REFUSAL_TIME_CASES = [
    ("The contract was awarded on Monday. Oceanic's chairman, Tom Brennan, declined to comment.", "declined",
     "2021-03-18", "en"),
    ("The contract was awarded on Monday. A spokeswoman for Dalgren Foods refused to say how many jobs would go.",
     "refused", "2021-03-18", "en"),
    ("Police arrested the driver on Monday. He refused to answer questions.", "refused", "2021-03-15", "en"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "day", "lang"), REFUSAL_TIME_CASES)
def test_a_refusal_to_speak_is_of_the_time_of_writing(text: str, trigger: str, day: str, lang: str) -> None:
    from tests.extract.event_days import check_day

    check_day(text, trigger, day, lang)


# The count or the day right before the words that count a day from an act (« a démissionné mardi,
# deux jours après son arrestation », "available on June 17, two days before the phone launches"),
# looked up by where the timexes end (pl33a) instead of testing every timex of the document with the
# text from its end to the words: the same timex as that scan, the first in the list's order.
_COUNT_TEXT = (
    "Le ministre a démissionné mardi, deux jours  après son arrestation. "
    "La tablette sera en vente le 17 juin, , deux jours avant le téléphone.\n\n"
    "Deux semaines\nplus tard, le club a été vendu; trois jours après le vote."
)


@pytest.mark.parametrize("copies", [1, 3])
@pytest.mark.parametrize("chars", [None, " ,"])
@pytest.mark.parametrize("kind", ["DURATION", "DATE"])
def test_the_timex_right_before_a_phrase_is_the_first_the_scan_finds(copies: int, chars: str | None, kind: str) -> None:
    import random

    from kg.extract.attach import _run_start, _TimexesByEnd

    text = " ".join([_COUNT_TEXT] * copies)
    timexes: list[Timex] = []
    for phrase, typ in (("mardi", "DATE"), ("deux jours", "DURATION"), ("le 17 juin", "DATE"),
                        ("Deux semaines", "DURATION"), ("trois jours", "DURATION"), ("jours", "DURATION")):
        at = text.find(phrase)
        while at >= 0:
            timexes.append(Timex(at, at + len(phrase), phrase, typ, "2020-06-17" if typ == "DATE" else "P2D"))
            at = text.find(phrase, at + 1)
    random.Random(copies).shuffle(timexes)  # the list's own order decides between two that fit
    found = _TimexesByEnd(timexes)
    for start in range(len(text) + 1):
        scan = next((t for t in timexes if t.type == kind and t.end <= start
                     and not (text[t.end : start].strip() if chars is None else text[t.end : start].strip(chars))), None)
        assert found.first(_run_start(text, start, chars), start, lambda t: t.type == kind) == scan, start


@pytest.mark.parametrize("text", ["", "   ", "deux jours\u00a0après", "deux jours\u2009\u3000après", "deux jours\x1c\n après",
                                  "le 3 mai ,\u00a0,deux jours avant", "jours jours  après"])
@pytest.mark.parametrize("chars", [None, " ,"])
def test_the_timex_right_before_a_phrase_as_the_scan_with_any_white_space(text: str, chars: str | None) -> None:
    """(rvp33) The look-up by end reads white space as ``str.strip`` does (no-break, thin,
    ideographic spaces, separators), an empty document, and two timexes ending at one offset."""
    from kg.extract.attach import _run_start, _TimexesByEnd

    timexes = [Timex(m, m + len(w), w, "DURATION", "P2D") for w in ("deux jours", "jours", "le 3 mai")
               for m in range(len(text)) if text.startswith(w, m)]
    found = _TimexesByEnd(timexes)
    for start in range(len(text) + 1):
        scan = next((t for t in timexes if t.end <= start
                     and not (text[t.end : start].strip() if chars is None else text[t.end : start].strip(chars))), None)
        assert found.first(_run_start(text, start, chars), start, lambda t: True) == scan, start


# pl34a: the days counted from an act (« deux jours après son arrestation ») ask whether the count opens
# its phrase by looking the dates ending before it up by end, and the parts of a day after a background
# act read a list of the dated events made once: each read every date or every event of the document.
# Invented wire stories: a count right after a dated act, a count after a comma, a count that is a
# length (no date before it), a part of a day after a background act in the pluperfect.
_COUNTED_STORY = [
    # (sentence, trigger, past, anterior, [(timex text, type, value)], whose time: index of the timex or None)
    ("Le ministre a démissionné le {d} juin deux jours après son arrestation.", "démissionné", True, False,
     [("le {d} juin", "DATE", "2020-06-{dd}"), ("deux jours", "DURATION", "P2D")], 0),
    ("Le ministre a démissionné le {d} juin deux jours après son arrestation.", "arrestation", True, False, [], None),
    ("Le maire a quitté la mairie le {d} juin, trois jours après son élection.", "quitté", True, False,
     [("le {d} juin", "DATE", "2020-06-{dd}"), ("trois jours", "DURATION", "P3D")], 0),
    ("Le maire a quitté la mairie le {d} juin, trois jours après son élection.", "élection", True, False, [], None),
    ("Le musée a fermé pendant deux jours après la tempête.", "tempête", True, False, [("deux jours", "DURATION", "P2D")], None),
    ("Le maire a annoncé le {d} juin sa démission.", "annoncé", True, False, [("le {d} juin", "DATE", "2020-06-{dd}")], 0),
    ("Il avait été placé en garde à vue le {d} mai.", "placé", True, True, [("le {d} mai", "DATE", "2020-05-{dd}")], 0),
    ("Dans la soirée, des habitants se sont rassemblés.", "rassemblés", True, False, [("Dans la soirée", "TIME", "2020-05-{dd}TEV")], 0),
]


def _counted_document(stories: int) -> tuple[Document, list[Span], list[Timex], list[EventMention]]:
    """:data:`_COUNTED_STORY` told ``stories`` times, every event an Occurrence."""
    return _story_document([(p, t, "Occurrence", past, ant, dates, whose) for p, t, past, ant, dates, whose in _COUNTED_STORY], stories)


def _story_times(found: list[EventMention], story: int) -> list[tuple[str, str | None]]:
    n = len(_COUNTED_STORY)
    return [(e.trigger.text, e.time.value if e.time is not None else None) for e in found[story * n : (story + 1) * n]]


def _counted_and_parts(stories: int, *, parts: bool = True) -> list[EventMention]:
    """The two steps of :func:`attach_times` that read counts of days and parts of a day, in its order."""
    from kg.extract import attach

    doc, _, timexes, events = _counted_document(stories)
    if parts:
        events = attach._day_part_after_background(events)
    return attach._counted_from_act(events, timexes, doc.text, [Segment(0, len(doc.text), "fr")], lambda offset: 0)


@pytest.mark.parametrize("stories", [1, 3, 40])
def test_counted_days_and_day_parts_of_many_stories_are_each_storys_own(stories: int) -> None:
    found = _counted_and_parts(stories)
    for k in range(stories):
        # each story as if it were alone: its day of the month is 1 + k % 28
        assert _story_times(found, k) == _story_times(_counted_and_parts(k % 28 + 1), k % 28)
    times = dict(_story_times(found, 0))
    assert times["arrestation"] == "2020-05-30"  # two days before the 1st of June, right after that date
    assert times["élection"] == "2020-05-29"  # after a comma
    assert times["tempête"] is None  # « pendant deux jours »: a length, no day counted
    assert times["rassemblés"] == "2020-06-01TEV"  # the narrative's day, not the background's


def test_counted_days_cost_about_linear_time() -> None:
    """Hundreds of stories in one document: each count of days asks for the dates that end right
    before it, not for every date of the document. Process CPU time, the best of three runs, against
    the smaller input measured here: four times the text costs some four times as long, a quadratic
    pass sixteen."""
    import time

    def run(stories: int) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            _counted_and_parts(stories, parts=False)
            best = min(best, time.process_time() - started)
        return best

    run(20)  # the word lists and patterns, loaded once
    small, large = run(200), run(800)  # some 80,000 and 320,000 characters
    assert large < 8 * small + 0.2
