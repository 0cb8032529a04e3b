"""Document-level steps on extracted events: statements for quotes, and time attachment.

The extractors in :mod:`kg.extract.events` see one language segment at a time; what needs the whole
document (earlier sentences, the publication date, other segments) happens here.
"""

from __future__ import annotations

import bisect
import datetime
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.extract.limits import after_limit_word
from kg.extract.quotes import _quote_spans
from kg.extract.spanindex import CandidateIndex
from kg.knowledge.words import number_map, rows, word_set, word_sets
from kg.text.names import LEADING_THE
from kg.types import (
    UNANCHORED_MODALITIES,
    Document,
    EntityMention,
    EventMention,
    PartialDate,
    Quote,
    Segment,
    Span,
    Timex,
)

# How many sentences back an event may inherit the time of an earlier, dated event.
INHERIT_WINDOW = 1


class _Starts:
    """The start of every sentence, listed once per list of sentences (a long document has
    thousands, and every event and quotation looks its sentence up)."""

    def __init__(self, sentences: Sequence[Span]) -> None:
        self.starts = [s.start for s in sentences]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def _sentence_index(sentences: Sequence[Span], offset: int) -> int:
    return _Starts(sentences).index(offset)


def statements_for_quotes(
    events: Sequence[EventMention], quotes: Sequence[Quote], sentences: Sequence[Span]
) -> list[EventMention]:
    """Make sure every quotation is reported by a Statement event.

    When the quote's reporting verb already triggered an event, that event reports the quote.
    Otherwise a Statement event is added, anchored on the reporting verb, or on the quotation
    itself when no verb introduces it, with the speaker as agent and the addressee as recipient.
    A quotation without verb or speaker that sits inside a sentence, words on both sides, and starts
    in lower case ("a qualifié le projet de « grande avancée pour la région » lors de sa visite") is
    a fragment the writer quotes, not a statement: it gets none.
    """
    result = list(events)
    triggers: dict[tuple[int, int], list[int]] = {}
    for k, e in enumerate(result):
        triggers.setdefault((e.trigger.start, e.trigger.end), []).append(k)
    starts = _Starts(sentences)
    for quote in quotes:
        anchor = quote.reporting or quote.span
        if (anchor.start, anchor.end) in triggers:
            # The verb's own arguments may miss the speaker the quotation found ("un communiqué
            # affirmant que …": the channel's writer): the event takes it.
            for k in triggers[(anchor.start, anchor.end)] if quote.speaker is not None else ():
                if result[k].agent is None and result[k].type == "Statement":
                    result[k] = replace(result[k], agent=quote.speaker, agent_via="direct")
            continue
        sentence = sentences[starts.index(anchor.start)] if sentences else anchor
        if quote.reporting is None and quote.speaker is None and _inside_sentence(quote.span, sentence):
            continue  # a phrase quoted inside a sentence ("qualifié de « grande avancée »") states nothing
        result.append(
            EventMention(
                trigger=anchor,
                type="Statement",
                # No lexical trigger when the quotation itself stands for the statement.
                lemma=anchor.text.lower() if quote.reporting is not None else "",
                sentence=sentence,
                agent=quote.speaker,
                recipient=quote.addressee,
                time=quote.time,  # « a jugé lundi que … »: the date of the verb's own clause
            )
        )
        triggers.setdefault((anchor.start, anchor.end), []).append(len(result) - 1)
    result.sort(key=lambda e: (e.trigger.start, e.trigger.end, e.type))
    return result


# How many days before the publication date the lead's date may lie to date the whole report.
LEAD_WINDOW_DAYS = 14
# Event types of reporting acts: the article's own "said" is not dated by the sentence before it.
_REPORTING_TYPES = frozenset({"Statement", "Announcement", "Letter", "PhoneWrite"})


# A day, or a part of a day (``2025-11-18TMO``, ``2025-11-18TEV``); not a clock time.
_LEAD_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|DT))?")


def lead_date(
    timexes: Sequence[Timex], sentences: Sequence[Span], segments: Sequence[Segment], document: Document
) -> Timex | None:
    """The date of the lead: the first day-granular DATE of the first sentence of the body, else
    its first part of a day (« mardi matin », as that day), when it lies on or before the
    publication date and at most :data:`LEAD_WINDOW_DAYS` days earlier (in the same month when
    the publication date has no day). None when the lead has no such date or the document no
    date."""
    dct = document.date
    if dct is None or not sentences:
        return None
    starts = _Starts(sentences)
    body = next((s for s in sentences if s.start >= document.body_start and s.text.strip()), None)
    if body is None:
        return None
    headline = _HEADLINE.match(document.text, document.body_start)
    if headline is not None and body.start == headline.start() and body.end <= headline.end():
        # « Rugby : le sélectionneur dévoile sa liste » over its blank line: the lead is the sentence
        # after the headline, not the headline, which the parser gave a sentence of its own
        body = next((s for s in sentences if s.start >= headline.end() and s.text.strip()), None)
        if body is None:
            return None
    embedded = {i for i, seg in enumerate(segments) if seg.embedded}
    seg_starts = [seg.start for seg in segments]
    # (French copy only: an English wire dateline keeps its date first, as the lead's own)
    lang = next((seg.lang for seg in reversed(segments) if seg.start <= body.start), document.lang or "")
    if lang == "fr":
        # « La joueuse X, qui a remporté le tournoi dimanche, a annoncé sa retraite »: a date inside
        # a relative clause set off by commas dates that clause's background act, not the report
        timexes = [t for t in timexes if not _in_relative_clause(document.text, t.start, t.end)]
        # « Après avoir été arrêté le 3 mai, le journaliste a été libéré mardi »: a date in a phrase
        # that opens the sentence with « après » / « avant » and a comma closes dates that earlier or
        # later act, not the report
        timexes = [t for t in timexes if not _in_fronted_sequence(document.text, sentences[starts.index(t.start)].start,
                                                                  t.start, t.end, lang)]
        # « Les enseignants sont en grève depuis le 6 mai »: the start of a state, not the day of the report
        timexes = [t for t in timexes if not _after_since(document.text, t.start, lang)]
        # « Le ministre a été limogé la veille du scrutin »: a day counted from an act the text does not date
        timexes = [t for t in timexes if not _unanchored_offset_day(t, timexes, document.text, segments)]
    dash = _dateline_end(document.text, body.start, timexes) if lang == "fr" else None
    if dash is not None:
        # « 4 juillet 2012. - Québec - La deuxième journée s'est poursuivie hier »: the place between
        # two dashes is the dateline's too, and the lead is the sentence after it (the parser may
        # give « - Québec - » a sentence of its own, whose only date is the dateline's)
        place = _PLACE_DASH.match(document.text, dash)
        if place is not None and not any(dash <= t.start < place.end() for t in timexes):
            # (not a day between the dashes: « 18 mars 2021. - Lundi - le ministre a démissionné »
            # is the lead's date)
            dash = place.end()
        # « PARIS, 12 mars 2024 (AFP) - Le syndicat a appelé ... »: the parser may cut the dateline
        # into pieces of its own; the lead is the sentence after its dash, and the dateline's date
        # dates the report when the lead has none of its own
        lead = next((s for s in sentences if s.end > dash and any(c.isalnum() for c in s.text[max(0, dash - s.start):])), None)
        own = _lead_day(timexes, lead, dash, starts, dct, embedded, seg_starts) if lead is not None else None
        return own or _lead_day(timexes, body, body.start, starts, dct, embedded, seg_starts, until=dash)
    if _dateline_only(body, timexes):
        # "28 juin 2012. - Deux militaires ont été tués mercredi": the lead follows the dateline
        body = next((s for s in sentences if s.start >= body.end and any(c.isalnum() for c in s.text)), None)
        if body is None:
            return None
    return _lead_day(timexes, body, body.start, starts, dct, embedded, seg_starts)


def _in_relative_clause(text: str, start: int, end: int) -> bool:
    """The date at ``start``–``end`` lies in a relative clause set off by commas inside its sentence
    (« La joueuse X, qui a remporté le titre dimanche, a annoncé sa retraite »): a comma and a
    relative pronoun open it with no comma, colon, semicolon, full stop or line break between the
    pronoun and the date, and a comma closes it after the date before the sentence goes on. A
    relative clause that ends its sentence carries the narrative on, and its date may be the
    lead's (« Le président est arrivé à Kiev, où il a rencontré mardi son homologue. »)."""
    before = text[max(0, start - 200) : start]
    comma = before.rfind(",")
    if comma < 0 or _OPEN_RELATIVE.fullmatch(before, comma) is None:
        return False
    close = _CLAUSE_END.search(text, end, end + 200)
    return close is not None and close.group() == ","


def _in_fronted_sequence(text: str, sentence_start: int, start: int, end: int, lang: str) -> bool:
    """The date at ``start``–``end`` lies in a phrase that opens its sentence with a word of
    ``<lang>/sequence_prepositions`` (« Après avoir été arrêté le 3 mai, », « Avant le match de
    samedi, ») and that a comma closes after the date, with no other mark between: the date of an
    act before or after the main clause's."""
    words = word_sets("sequence_prepositions").get(lang)
    if not words:
        return False
    before = text[sentence_start:start]
    opener = _FIRST_WORD.match(before)
    if opener is None or opener.group(1).lower() not in words or _CLAUSE_MARK.search(before):
        return False
    close = _CLAUSE_END.search(text, end, end + 200)
    return close is not None and close.group() == ","


def _after_since(text: str, start: int, lang: str) -> bool:
    """The date at ``start`` follows a word of ``<lang>/since_prepositions`` (« depuis le 6 mai »)."""
    words = word_sets("since_prepositions").get(lang)
    if not words:
        return False
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].lower() in words


def _after_sequence_word(text: str, start: int, lang: str) -> bool:
    """The event word at ``start`` is the noun a word of ``<lang>/sequence_prepositions`` opens,
    with at most a determiner between (« après l'attaque », « avant le match », « après son
    arrestation »)."""
    words = word_sets("sequence_prepositions").get(lang)
    if not words:
        return False
    found = _SEQUENCE_NOUN_BEFORE.search(text[max(0, start - 40) : start])
    return found is not None and found.group(1).lower() in words


# The word before an event noun and the determiner between them (:func:`_after_sequence_word`).
_SEQUENCE_NOUN_BEFORE = re.compile(
    r"(?<!\w)(\w+)\s+(?:(?:l['’]|(?:la|le|les|son|sa|ses|leur|leurs|cette|ce|cet|ces|une|un|des|du)\s+))?$", re.I
)


# The first word of a sentence, after blanks and quotation marks (:func:`_in_fronted_sequence`).
_FIRST_WORD = re.compile(r"[\s«\"“—–-]*(\w+)\b")
# A mark that ends a fronted phrase before the date (:func:`_in_fronted_sequence`).
_CLAUSE_MARK = re.compile(r"[,;:.!?\n]")


# A relative clause a comma opens, up to the end of the text looked at (:func:`_in_relative_clause`).
_OPEN_RELATIVE = re.compile(r",\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles)\b[^,;:.!?\n]*", re.I)
# The first mark after a date that ends its clause: a comma closes a relative clause set off by commas.
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


# A dateline heading the body: a few capitalised words, a date and an agency's credit before a dash
# (« PARIS, 12 mars 2024 (AFP) - », « Lyon, le 3 mai. — », « 28 juin 2012. - »).
_DATELINE_HEAD = re.compile(r"\s*(?P<head>[^\n]{1,100}?)\s*(?:[—–]|--|-(?=\s))")
# What a dateline holds besides its date: capitalised words, numbers, brackets and punctuation.
# Possessive quantifiers: a word's characters and the separators' overlap (digits, "_", "'.-"), and
# backtracking over them was exponential on a long run of such characters that fails at its end.
_DATELINE_REST = re.compile(r"[\W\d_]*+(?:[A-ZÀ-Þ][\w'’.-]*+[\W\d_]*+)*+")
# A place in capitalised words closed by a dash, after a dateline's dash (« 4 juillet 2012. - Québec - »).
_PLACE_DASH = re.compile(r"[ \t]*[A-ZÀ-Þ][\w'’.-]*+(?:,?[ \t]+[A-ZÀ-Þ][\w'’.-]*+){0,3}[ \t]*(?:[—–]|--|-(?=\s))")
# An agency's credit in brackets, closing the dateline: « (AFP) », « (Reuters) ».
_CREDIT = re.compile(r"\([A-ZÀ-Þ][\w.’'/ -]{1,30}\)\s*$")


def _dateline_end(text: str, start: int, timexes: Sequence[Timex]) -> int | None:
    """The end of the dash of a dateline at ``start`` (places, a day's date, the agency's credit in
    brackets: a date or a credit at least), or None when the body opens with no dateline."""
    match = _DATELINE_HEAD.match(text, start)
    if match is None:
        return None
    a, b = match.span("head")
    inside = [t for t in timexes if a <= t.start and t.end <= b and t.type == "DATE" and _LEAD_DAY.fullmatch(t.value)]
    if not inside and not _CREDIT.search(text, a, b):
        return None
    rest = text[a:b]
    for t in sorted(inside, key=lambda t: t.start, reverse=True):
        rest = rest[: t.start - a] + " " + rest[t.end - a :]
    return match.end() if _DATELINE_REST.fullmatch(rest) else None


def _lead_day(
    timexes: Sequence[Timex],
    sentence: Span,
    start: int,
    starts: _Starts,
    dct: PartialDate,
    embedded: set[int],
    seg_starts: list[int],
    *,
    until: int | None = None,
) -> Timex | None:
    """The first day-granular date of ``sentence`` from ``start`` on (before ``until``, when given,
    and then in any sentence from ``start``: a dateline cut into pieces), else its first part of a
    day, within :data:`LEAD_WINDOW_DAYS` days before the publication date."""
    import datetime as _dt

    part_of_day: Timex | None = None
    for t in timexes:
        if t.start < start:
            continue
        if until is not None:
            if t.end > until:
                break
        elif starts.index(t.start) != starts.index(sentence.start):
            continue
        if seg_starts and (max(0, bisect.bisect_right(seg_starts, t.start) - 1) in embedded):
            continue
        if t.type not in ("DATE", "TIME") or not _LEAD_DAY.fullmatch(t.value):
            continue
        day = _dt.date.fromisoformat(t.value[:10])
        if dct.day is not None:
            ref = dct.to_date()
            if ref is None or not 0 <= (ref - day).days <= LEAD_WINDOW_DAYS:
                continue
        elif (day.year, day.month) != (dct.year, dct.month or day.month):
            continue
        if len(t.value) == 10:
            return t
        # a part of a day (« s'est renversé mardi matin »: ``…TMO``) dates the lead only when the
        # sentence has no plain day: « agressé hier soir …, indique aujourd'hui » reports today
        part_of_day = part_of_day or _day_of(t)
    return part_of_day


def _day_of(timex: Timex) -> Timex:
    """The day of a lead date: the events the rest of the article reports took place that day,
    not all that morning (« mardi matin »)."""
    return timex if timex.value == timex.value[:10] else replace(timex, type="DATE", value=timex.value[:10])



def _dateline_only(sentence: Span, timexes: Sequence[Timex]) -> bool:
    """The sentence is a bare dateline: a date and punctuation ("28 juin 2012. -")."""
    rest = sentence.text
    for t in sorted(timexes, key=lambda t: t.start, reverse=True):
        if sentence.start <= t.start and t.end <= sentence.end:
            a, b = t.start - sentence.start, t.end - sentence.start
            rest = rest[:a] + rest[b:]
    return len(rest) < len(sentence.text) and not any(c.isalnum() for c in rest)


def _inside_sentence(span: Span, sentence: Span) -> bool:
    """Words of the sentence on both sides of ``span`` (quotation marks and punctuation aside), and
    the quoted words start in lower case: a fragment quoted within a sentence of the writer's, not
    a statement of its own."""
    if not sentence.text or not sentence.start <= span.start <= span.end <= sentence.end:
        return False
    first = next((c for c in span.text if c.isalpha()), "")
    if not first.islower():
        return False  # a quoted sentence of its own ("« Nous avons appris que … »") stays a statement
    before = sentence.text[: span.start - sentence.start]
    after = sentence.text[span.end - sentence.start :]
    return any(c.isalnum() for c in before) and any(c.isalnum() for c in after)


def attach_times(
    events: Sequence[EventMention],
    *,
    timexes: Sequence[Timex],
    sentences: Sequence[Span],
    segments: Sequence[Segment],
    document: Document,
) -> list[EventMention]:
    """Give undated events a time, in order of preference.

    The extractor already took a date from the event's clause, then its sentence. After that:
    the time of the event that reports it (``a déclaré le 8 juin son retrait``); for a verb in the
    simple present ("Acme operates 30 jets"), a fact at the time of writing, or an English present
    perfect ("has made its maiden flight", which English never joins to a past date), the publication date;
    then the time of a
    dated event in the previous sentence of the same segment (inheritance), not a background act
    in the pluperfect (« avait démissionné le 2 mars »), and except for a reporting
    act ("said", "a déclaré"), which belongs to the time of the report and not to the background
    the sentence before gave; then the date of the lead (:func:`lead_date`: "IBM a annoncé le 8
    juin ..." dates what the rest of the article reports), else the publication date. Inherited,
    lead and publication-date times are flagged ``time_inferred``. Future, conditional and
    hypothetical events get no inferred time, nor does a background event in the pluperfect ("had
    died", "avait quitté": it happened before the time of the report, which dates nothing of it);
    no event takes a date from embedded material (a quoted tweet) unless it lies in that same
    segment. "Currently" / "actuellement" (``PRESENT_REF``) is the publication date.
    """
    timexes = _IndexedTimexes(timexes)
    if document.date is not None:
        # « Le syndicat a appelé à une grève le 25 mars prochain »: a completed act is not dated
        # after the time of writing; that date is another event's (the strike's)
        events = [
            replace(e, time=None) if e.past and e.time is not None and not e.time_inferred
            and _after(e.time.value, document.date) else e
            for e in events
        ]
    # « la veille du scrutin », « le jour même de l'attentat » with no day written before it: the day
    # is counted from an act the text does not date, not from the publication date
    events = [
        replace(e, time=None, anterior=True) if e.time is not None and not e.time_inferred
        and _unanchored_offset_day(e.time, timexes, document.text, segments) else e
        for e in events
    ]
    # "The minister resigned two days after the vote", "A week after Acme recalled the cars,
    # regulators opened an inquiry": an act counted from another act is of that act's day moved by
    # the count, and of no day when that act has none (not the publication date's, nor the lead's)
    events = _counted_to_act(events, timexes, document.text, segments, published=document.date)
    by_trigger = {(e.trigger.start, e.trigger.end): e for e in events}
    # where a negated act of saying starts ("declined to [comment]", "refused to [say]")
    unsaid = sorted(e.trigger.start for e in events if e.polarity == "NEG" and e.type in _REPORTING_TYPES)
    seg_starts = [s.start for s in segments]
    lead = lead_date(timexes, sentences, segments, document)

    def segment_of(offset: int) -> int:
        return max(0, bisect.bisect_right(seg_starts, offset) - 1)

    starts = _Starts(sentences)

    def sentence_timexes(offset: int) -> Sequence[Timex]:
        # What _offsets reads of the sentence holding ``offset``: the timexes starting in it (its end
        # included, as _offsets' own test lets through), in their order
        if not sentences:
            return timexes
        sentence = sentences[starts.index(offset)]
        return _within(timexes, sentence.start, sentence.end + 1)

    def count_timexes(offset: int) -> Sequence[Timex]:
        # What _moved reads: the sentence holding ``offset`` and the one before it, whose written
        # date a count may start from (« Il est assigné en mars 1952. Il se suicide deux ans après »)
        if not sentences:
            return timexes
        k = starts.index(offset)
        return _within(timexes, sentences[max(0, k - 1)].start, sentences[k].end + 1)

    # (segment index, event) of the dated events, by sentence index, in event order.
    dated: dict[int, list[tuple[int, EventMention]]] = {}
    for event in events:
        if event.time is not None:
            dated.setdefault(starts.index(event.trigger.start), []).append((segment_of(event.trigger.start), event))

    trigger_starts = sorted(e.trigger.start for e in events)
    out: list[EventMention] = []
    for event in events:
        if _lasting(event, timexes, document.text, segments, segment_of, triggers=trigger_starts):
            out.append(replace(event, time=None, time_inferred=False))
            continue
        if event.time is not None and event.time.value == "PRESENT_REF" and document.date is not None:
            out.append(replace(event, time=replace(event.time, type="DATE", value=document.date.iso())))
            continue
        if event.time is None and event.modality not in UNANCHORED_MODALITIES and not event.in_quote:
            # « Deux jours plus tard, les syndicats ont annoncé un accord », « trois jours auparavant,
            # la police avait arrêté »: a count of days from the date the text gave last (the sentence
            # before, else the lead) dates the event, a report or a background act alike
            moved = _moved(event, dated, lead, starts, segment_of, sentences, count_timexes(event.trigger.start),
                           segments, document.text)
            if moved is not None:
                out.append(replace(event, time=moved, time_inferred=True))
                continue
            lang = segments[segment_of(event.trigger.start)].lang if segments else ""
            if _far_offset(event, starts, sentences, sentence_timexes(event.trigger.start), document.text, lang):
                out.append(event)  # « deux ans plus tard »: not the day of the sentence before
                continue
        planned = _planned_day(event, dated, starts, segment_of, segments, document)
        if planned is not None:
            out.append(replace(event, time=planned, time_inferred=True))
            continue
        refusal = _refusal_before(event, out, segments[segment_of(event.trigger.start)].lang if segments else "")
        if refusal is not None:
            # "In 2019, the two sides failed to agree on a price": what was refused or failed is of
            # the time of the refusal (2019), not of the writing; undated when the refusal is
            out.append(replace(event, time=refusal.time, time_inferred=refusal.time is not None))
            continue
        if event.time is not None or event.modality in UNANCHORED_MODALITIES or event.anterior \
                or (event.generic and event.in_quote) \
                or _limited(event, timexes, document.text, segments, segment_of):
            # (f32b) « "A minister does not resign over a rumour," he said on Tuesday »: a general
            # truth in a quotation is no act of the day of its speaking
            out.append(event)
            continue
        told = _told_in_body(event, events, document.text, segments[segment_of(event.trigger.start)].lang if segments else "")
        if told is not None:
            out.append(replace(event, time=told, time_inferred=True))
            continue
        reporter = by_trigger.get((event.reported_by.start, event.reported_by.end)) if event.reported_by else None
        if reporter is not None and reporter.time is not None and not reporter.time_inferred:
            out.append(replace(event, time=reporter.time, time_inferred=True))
            continue
        sent = starts.index(event.trigger.start)
        seg = segment_of(event.trigger.start)
        embedded = bool(segments) and segments[seg].embedded
        if (event.present or event.perfect) and document.date is not None and not event.in_quote and not embedded:
            # "Acme operates 30 jets": a fact at the time of writing, not of the sentence before
            iso = document.date.iso()
            stamp = Timex(event.trigger.start, event.trigger.end, event.trigger.text, "DATE", iso)
            out.append(replace(event, time=stamp, time_inferred=True))
            continue
        previous = [
            e
            for s in range(max(0, sent - INHERIT_WINDOW), sent)
            for g, e in dated.get(s, ())
            # an act inside a quotation is the speaker's, dated for the quotation only ("… said the
            # vote in April 'ignored the people'. She ordered …": not April)
            if g == seg and e.time is not None and e.time.type == "DATE" and not e.in_quote
            # what is to be done ("he must now sign it within eight days", "will close in May") is
            # no time of the next sentence's acts, nor is "now" taken from it
            and e.modality not in UNANCHORED_MODALITIES and e.time.value != "PRESENT_REF"
            # nor does a day ahead of the publication date ("when the rankings are published on
            # Monday. She has pledged …": the pledge is not on that Monday)
            and not (document.date is not None and _after(e.time.value, document.date))
            # « sont en grève depuis le 6 mai. Le recteur a reçu les syndicats »: the start of a state
            # dates no act of the sentence after it
            and not (segments and segments[g].lang == "fr" and _after_since(document.text, e.time.start, "fr"))
        ]
        # « a été écroué jeudi après l'attaque de la préfecture samedi dernier. Un juge l'a mis en
        # examen »: the day of the act before or after a dated act of the clause is no time of the next
        # acts; the clause's act is (alone, the act after « après » / « avant » still dates them)
        if segments and segments[seg].lang == "fr":
            main_acts = [e for e in previous if not _after_sequence_word(document.text, e.trigger.start, "fr")]
            if main_acts:
                previous = main_acts
        source = max(previous, key=lambda e: e.trigger.start) if previous else None
        # « Le maire avait démissionné le 2 mars. Deux militants ont été placés en garde à vue »: the
        # date of a background act in the pluperfect is not the time of the next completed act
        # (« Le député a déclaré sa candidature mardi. Le parti n'a pas encore désigné son candidat »:
        # what did not happen did not happen on the day of the sentence before, nor on the lead's; at
        # most it is the state of things at the time of writing)
        # "declined to comment", "refused to say": a refusal to speak, the press's question, is of the
        # time of writing, like a negated act, not of the day of the narrative before it
        negated = event.polarity == "NEG" or _refuses_to_say(event, unsaid, segments[seg].lang if segments else "")
        if source is not None and source.time is not None and not event.in_quote and event.type not in _REPORTING_TYPES \
                and not _YEAR_ONLY.fullmatch(source.time.value) and not source.anterior and not negated:
            # a bare year of the sentence before is background (« Le président a été élu en 2019. Le
            # ministre a démissionné. »): it does not carry to the next sentence's events
            out.append(replace(event, time=source.time, time_inferred=True))
            continue
        if document.date is not None and not event.in_quote and not embedded:
            if lead is not None and lead.start < event.trigger.start and not negated:
                out.append(replace(event, time=lead, time_inferred=True))
                continue
            iso = document.date.iso()
            stamp = Timex(event.trigger.start, event.trigger.end, event.trigger.text, "DATE", iso)
            out.append(replace(event, time=stamp, time_inferred=True))
            continue
        out.append(event)
    out = _counted_from_act(_day_part_after_background(out), timexes, document.text, segments, segment_of)
    return _headline_from_lead(_quoted_present(out, document, segments, segment_of), document.text, segments)


#: The words of a sentence, read for the adverbs that put a step after a plan's (:func:`_planned_day`).
_WORDS = re.compile(r"\w+")


def _planned_day(event: EventMention, dated: dict[int, list[tuple[int, EventMention]]], starts: _Starts,
                 segment_of: Callable[[int], int], segments: Sequence[Segment], document: Document) -> Timex | None:
    """The day of the plan the sentence before announces, for a French act in the future with no
    time of its own that goes on telling that plan (« Le président se rendra jeudi à Berlin. Il
    rencontrera le chancelier »: Thursday): the written day of the last act in the future of the
    previous sentence of the same segment, on or after the publication date. Only the future
    follows a future (a past act after a plan is no part of it, and a conditional or a requested
    act is no plan told), nothing in a quotation, and a bare year or a vaguer time does not carry.
    Nor does a sentence with an adverb of ``fr/later_adverbs`` (« Il partira ensuite pour
    Varsovie »): a step after the plan's, on no day the text gives."""
    if event.time is not None or event.modality != "FUTURE" or event.in_quote or event.anterior \
            or document.date is None or not segments:
        return None
    seg = segment_of(event.trigger.start)
    if segments[seg].lang != "fr" or segments[seg].embedded:
        return None
    later = word_sets("later_adverbs").get("fr", frozenset())
    if any(w in later for w in _WORDS.findall(document.text[event.sentence.start : event.sentence.end].lower())):
        return None
    sent = starts.index(event.trigger.start)
    plans = [
        e for g, e in dated.get(sent - 1, ())
        if g == seg and e.modality == "FUTURE" and not e.in_quote and e.time is not None and not e.time_inferred
        and e.time.type == "DATE" and _FULL_DAY.match(e.time.value) is not None
        and e.time.value[:10] >= document.date.iso()  # ISO days compare as strings
    ]
    return max(plans, key=lambda e: e.trigger.start).time if plans else None


def _refusal_before(event: EventMention, done: Sequence[EventMention], lang: str) -> EventMention | None:
    """The verb of refusing or failing (``refusal_verbs``) right before the undated negated act
    ``event`` it governs ("failed to agree", "declined to sign", « a refusé de signer »), among the
    events already dated (``done``, in text order), or None. A refusal to speak is left to
    :func:`_refuses_to_say`."""
    if event.time is not None or event.polarity != "NEG" or event.type in _REPORTING_TYPES or not done:
        return None
    before = done[-1]
    if before.lemma not in word_sets("refusal_verbs").get(lang, frozenset()):
        return None
    gap = event.trigger.start - before.trigger.end
    return before if 0 <= gap <= 12 else None


def _refuses_to_say(event: EventMention, unsaid: Sequence[int], lang: str) -> bool:
    """Whether ``event`` is a verb of refusing (``refusal_verbs``) right before the negated act of
    saying it governs (``unsaid``, sorted starts): "declined to comment", « a refusé de répondre »."""
    if event.lemma not in word_sets("refusal_verbs").get(lang, frozenset()):
        return False
    k = bisect.bisect_right(unsaid, event.trigger.end)
    return k < len(unsaid) and unsaid[k] - event.trigger.end <= 12


# A word of an act's phrase, between the words that count its day and its trigger (« de son
# arrestation », "after he was arrested": a determiner, a possessor, a subject and its auxiliaries).
# An elided article or pronoun counts as a word: « deux jours après l'annonce », « à la veille de
# l'audience » (rvf32b).
_ACT_GAP = r"(?:[^\W\d][\w-]*['’]\s*|[^\W\d][\w'’-]*\s+){0,3}$"
# A count of days or weeks (``P2D``, ``P1W``) that :func:`_counted_from_act` moves by.
_DAY_COUNT = re.compile(r"P(\d+)([DW])")
# e39a: a count of months or years ("a month after the fire", "six months before the election") that
# :func:`_counted_to_act` moves the act counted from by, at the granularity of a month or a year.
_MONTH_COUNT = re.compile(r"P(\d+)([MY])")


def _act_offset_patterns(lang: str) -> list[tuple[re.Pattern[str], int, bool]]:
    """``<lang>/act_day_offsets`` as (pattern ending at an act's trigger, days or sign, whether a count
    comes before the phrase); empty for a language without the list."""
    if lang not in _ACT_OFFSET_PATTERNS:
        found: list[tuple[re.Pattern[str], int, bool]] = []
        if lang in word_sets("act_day_offsets"):
            for phrase, days, kind in rows(lang, "act_day_offsets"):
                words = phrase.replace("'", "['’]").split()
                if words[-1] == "de":
                    # « de son procès », « du scrutin », « des faits », « d'un attentat »
                    words, tail = words[:-1], r"(?:de\s+|du\s+|des\s+|d['’]\s*)"
                else:
                    tail = ""
                body = "".join(w + r"\s+" for w in words) + tail
                found.append((re.compile(r"(?<!\w)(?P<words>" + body + ")" + _ACT_GAP, re.I), int(days), kind == "count"))
        _ACT_OFFSET_PATTERNS[lang] = found
    return _ACT_OFFSET_PATTERNS[lang]


_ACT_OFFSET_PATTERNS: dict[str, list[tuple[re.Pattern[str], int, bool]]] = {}


class _TimexesByEnd:
    """The timexes of a document looked up by where they end: of those that end between two offsets,
    the first in the list's own order that a test keeps. ``_counted_from_act`` looked for the count
    or the day right before its words by testing every timex of the document, each with the text
    from its end to the words (``text[t.end : start].strip()``): quadratic in the length of one long
    document (pl33a: 0.13 s of CPU at 400,000 characters, 0.70 s at 800,000)."""

    def __init__(self, timexes: Sequence[Timex]) -> None:
        self._timexes = timexes
        self._order: list[int] | None = None
        self._ends: list[int] = []

    def first(self, lo: int, hi: int, keep: Callable[[Timex], bool]) -> Timex | None:
        """The first timex of the list (its own order) that ends at ``lo`` to ``hi`` (both included)
        and that ``keep`` keeps; None if none does."""
        if self._order is None:  # made on first use: most documents count no day from an act
            self._order = sorted(range(len(self._timexes)), key=lambda i: self._timexes[i].end)
            self._ends = [self._timexes[i].end for i in self._order]
        a, b = bisect.bisect_left(self._ends, lo), bisect.bisect_right(self._ends, hi)
        kept = [i for i in self._order[a:b] if keep(self._timexes[i])]
        return self._timexes[min(kept)] if kept else None


def _run_start(text: str, end: int, chars: str | None = None) -> int:
    """Where the run of ``chars`` (default: white space, as ``str.strip`` reads it) that ends at
    ``end`` starts: ``text[i:end]`` strips to nothing exactly when ``i`` lies between it and ``end``."""
    i = end
    if chars is None:
        while i > 0 and text[i - 1].isspace():
            i -= 1
    else:
        while i > 0 and text[i - 1] in chars:
            i -= 1
    return i


def _counted_from_act(events: list[EventMention], timexes: Sequence[Timex], text: str, segments: Sequence[Segment],
                      segment_of: Callable[[int], int]) -> list[EventMention]:
    """(f32b) An act whose day the text counts from the day of its sentence's dated act
    (``<lang>/act_day_offsets``: "The minister resigned on Tuesday, the day after his arrest", « a
    démissionné mardi, au lendemain de son arrestation », "two days after he was charged", « à la
    veille de son procès ») takes that day moved by the count, not the dated act's own day nor none.
    The dated act is the nearest event of the sentence outside the phrase whose own date (not an
    inferred one) is a day, else the day written right before the phrase ("available on June 17, two
    days before the phone launches"); an act with a date of its own keeps it."""
    out = list(events)
    ending = _TimexesByEnd(timexes)
    # The events of each sentence (in the list's order) and every trigger's start, made when a phrase
    # first counts a day: each phrase read every event of the document three times (quadratic in one
    # long document, pl34a).
    by_sentence: dict[int, list[EventMention]] | None = None
    trigger_starts: list[int] = []
    for k, event in enumerate(events):
        if event.in_quote or not segments:
            continue
        lang = segments[segment_of(event.trigger.start)].lang
        patterns = _act_offset_patterns(lang)
        if not patterns:
            continue
        window_start = max(event.sentence.start, event.trigger.start - 80)
        before = text[window_start : event.trigger.start]
        for pattern, days, counted in patterns:
            match = pattern.search(before)
            if match is None:
                continue
            start = window_start + match.start()
            if counted:
                # the first count (in the list's order) that ends right before the words, only spaces between
                count = ending.first(_run_start(text, start), start, lambda t: t.type == "DURATION")
                value = _DAY_COUNT.fullmatch(count.value) if count is not None else None
                if count is None or value is None:
                    continue
                if not _count_opens_phrase(count, ending, text, event.sentence.start):
                    break  # "closed on Monday for two days after the storm": the count is a length
                days *= int(value.group(1)) * (7 if value.group(2) == "W" else 1)
                start = count.start
            if by_sentence is None:
                by_sentence = defaultdict(list)
                for e in events:
                    by_sentence[e.sentence.start].append(e)
                trigger_starts = sorted(e.trigger.start for e in events)
            # a trigger between the phrase and the act: the count is that act's
            j = bisect.bisect_left(trigger_starts, start)
            if j < len(trigger_starts) and trigger_starts[j] < event.trigger.start:
                break
            # an undated act right before the words, with no comma between: the count is from it
            # ("arrested on Tuesday after police found the car two days after it was stolen")
            same = by_sentence[event.sentence.start]
            prior = max((e for e in same if e is not event and e.trigger.end <= start), key=lambda e: e.trigger.start, default=None)
            if prior is not None and (prior.time is None or prior.time_inferred) \
                    and "," not in text[prior.trigger.end : start]:
                break
            main = _dated_act_of_sentence(same, event, start)
            # no dated act: the day written right before the words ("available on June 17, two days
            # before the phone launches")
            anchor = main.time if main is not None else ending.first(
                _run_start(text, start, " ,"), start, lambda t: t.type == "DATE" and _FULL_DAY.match(t.value) is not None)
            if anchor is None:
                break
            if event.time is not None and not (event.time.start == anchor.start and event.time.end == anchor.end) \
                    and not start <= event.time.start < event.trigger.start:
                break  # "the day after his arrest on March 3": a date of its own
            moved = _moved_day(anchor.value[:10], days)
            if moved is None:
                break
            # the words that count the day are its written time, as « la veille » is: an own date,
            # which a chain of mentions of the act keeps (kg.extract.eventcoref)
            words = text[start : window_start + match.end("words")].rstrip()
            out[k] = replace(event, time=Timex(start, start + len(words), words, "DATE", moved), time_inferred=False)
            break
    return out


def _count_opens_phrase(count: Timex, ending: _TimexesByEnd, text: str, sentence_start: int) -> bool:
    """Whether the count of days ``count`` opens its phrase ("resigned on Tuesday, two days after his
    arrest", "on March 26 two days before"): it comes at the start of the sentence, after a comma or
    right after a date (one that ends in the white space before it, looked up in ``ending``: a scan of
    every date of the document for each count was quadratic in one long document, pl34a). Not a count
    that a preposition makes a length or a limit ("closed for two days after the storm", "within two
    days after the vote", « pendant deux jours après »)."""
    before = text[sentence_start : count.start].rstrip()
    if not before or before.endswith((",", ";", "(", "—", "–")):
        return True
    return ending.first(_run_start(text, count.start), count.start, lambda t: t.type == "DATE") is not None


# A count of hours or minutes ("hours after the blast", "90 minutes before the kick-off"): the same
# day as the act it is counted from.
_HOUR_COUNT = re.compile(r"PT(?:\d+|X)[HM]")


def _counted_to_act(events: list[EventMention], timexes: Sequence[Timex], text: str,
                    segments: Sequence[Segment], *, published: PartialDate | None = None) -> list[EventMention]:
    """(e38a) An act whose clause counts its time from another act with a count and a word of
    ``<lang>/act_day_offsets`` of kind "count" ("The minister resigned two days after the vote",
    "Skyway resumed flights a week after the grounding", "Hours after the blast on Tuesday, police
    evacuated the station") is that act's own day moved by the count (the same day for hours or
    minutes); when that act has no day of its own the counted act has none either: it is marked
    ``anterior`` so that no sentence before, lead or publication date dates it. The counted acts are
    those of the clause before the count (back to a comma or the sentence's start: "resumed flights"),
    or, for a phrase that opens the sentence, the first act after the comma that ends it; the act
    counted from is the first after the preposition, in the same sentence. An act with a date of its own before the phrase keeps it ("grounded
    the jets on Monday, hours after a fire"), and so does one in a quotation. A count after a word of
    length (``<lang>/length_prepositions``: "closed for two days after the storm") counts nothing.
    A moved date after ``published`` (the publication date) for an act told as done is no date: the
    act counted from was read in the wrong year ("reopened six months after the fire in December",
    published in March), and the act is left undated too.
    English only: French counts are read by the French passes."""
    if not segments or not events:
        return events
    seg_starts = [s.start for s in segments]
    out = list(events)
    order = sorted(range(len(events)), key=lambda k: events[k].trigger.start)
    starts = [events[k].trigger.start for k in order]
    for count in timexes:
        if count.type != "DURATION":
            continue
        day_count = _DAY_COUNT.fullmatch(count.value)
        month_count = _MONTH_COUNT.fullmatch(count.value) if day_count is None else None
        if day_count is None and month_count is None and _HOUR_COUNT.fullmatch(count.value) is None:
            continue
        lang = segments[max(0, bisect.bisect_right(seg_starts, count.start) - 1)].lang
        if lang != "en":
            continue  # French counts (« deux jours après le vote ») are left to the French event passes
        previous = re.search(r"(\w+)\W*$", text[max(0, count.start - 20) : count.start])
        if previous is not None and previous.group(1).lower() in word_set(lang, "length_prepositions"):
            continue  # "closed for two days after the storm", "within a week before the vote": a length
        after = re.match(r"\s+(\w+)\s", text[count.end : count.end + 20])
        if after is None:
            continue
        sign = next((int(days) for phrase, days, kind in rows(lang, "act_day_offsets")
                     if kind == "count" and phrase == after.group(1).lower()), None)
        if sign is None:
            continue
        prep_end = count.end + after.end(1)
        sentence = next((e.sentence for e in events if e.sentence.start <= count.start < e.sentence.end), None)
        if sentence is None:
            continue
        if month_count is None and any(prep_end <= t.start < prep_end + 4 for t in timexes if t.type in ("DATE", "TIME")):
            continue  # "two days after Christmas", "a week before 1 May": a date, which the resolver counts from
        j = bisect.bisect_left(starts, prep_end)
        anchor = events[order[j]] if j < len(starts) and starts[j] < min(sentence.end, prep_end + 60) else None
        if anchor is not None and re.search(r"[,;:]", text[prep_end : anchor.trigger.start]):
            # rve38: past a comma the act is the main clause's ("who resigned a week after the
            # scandal, said on Tuesday"), not the one the count is from
            anchor = None
        opener = not text[sentence.start : count.start].strip()
        counted: list[int] = []
        if opener:
            # "A week after Acme recalled the cars, regulators opened …": the acts after the comma
            comma = text.find(",", prep_end, sentence.end)
            if comma >= 0:
                k = bisect.bisect_left(starts, comma)
                counted = [order[k]] if k < len(starts) and starts[k] < sentence.end else []
        else:
            # "resigned two days after the vote", "resumed flights a week after the grounding": the acts
            # of the clause before the count, back to a comma or the sentence's start
            clause_start = max(sentence.start, text.rfind(",", sentence.start, count.start) + 1)
            counted = _same_clause([order[i] for i in range(bisect.bisect_left(starts, clause_start),
                                                            bisect.bisect_left(starts, count.start))], events)
        own = anchor.time if anchor is not None and anchor.time is not None and not anchor.time_inferred else None
        day = _FULL_DAY.match(own.value) if own is not None else None
        stop = re.search(r"[,;:]", text[prep_end : sentence.end])
        phrase_end = sentence.end if stop is None else prep_end + stop.start()
        dated_phrase = any(prep_end <= t.start < phrase_end for t in timexes if t.type in ("DATE", "TIME"))
        if month_count is not None and own is None:
            # e39c: no dated act to count from, but the phrase after the preposition dates its own act ("two
            # years after the data breach in 2018", "a year before the Olympics in 2012") or is a date
            # ("six months after March 2020"): the anchor's date is that one
            own = _anchor_phrase_date(timexes, text, prep_end, phrase_end, events, anchor)
            if own is not None:
                dated_phrase = False  # the date is read as the anchor's, not left to the resolver
        if dated_phrase and (anchor is None or (opener and day_count is not None)):
            # rve38: a day inside the phrase with no act to count from ("Minutes before the kick-off on
            # Sunday, fans stormed …"), or opening the sentence with a count of days ("A day after the
            # crash on Friday, investigators recovered …", which the resolver reads as the main
            # clause's day): the dates already read stay, the count must not erase or move them again
            continue
        for k in counted:
            event = out[k]
            if event.in_quote or event is anchor:
                continue
            if event.time is not None and not event.time_inferred and event.time.start < count.start:
                continue  # a date of its own before the phrase
            if month_count is not None and event.time is not None and not event.time_inferred and not (
                    count.start <= event.time.start < phrase_end):
                continue  # "Five years after its launch, the service in February passed …": its own month
            if month_count is not None and own is None and event.perfect:
                continue  # "Three years after it was due, Boeing has rolled out the jet": the news of the day
            if month_count is not None:
                # e39a: "a year after the merger in March 2024": March 2025; an act counted from has
                # no month or year of its own: none for the counted act either
                months = -sign * int(month_count.group(1)) * (12 if month_count.group(2) == "Y" else 1)
                shifted = None if own is None else _moved_month(own.value, months)
                if shifted is not None and _told_before(event, shifted, published):
                    shifted = None  # rve39: "reopened six months after the fire in December": no June to come
                if shifted is None:
                    out[k] = replace(event, time=None, time_inferred=False, anterior=True)
                else:
                    out[k] = replace(event, time=Timex(count.start, prep_end, text[count.start : prep_end], "DATE",
                                                       shifted), time_inferred=False)
                continue
            if own is None or day is None:
                out[k] = replace(event, time=None, time_inferred=False, anterior=True)
                continue
            # the list counts the act after the words from the dated one (its sign), here the reverse
            days = 0 if day_count is None else -sign * int(day_count.group(1)) * (7 if day_count.group(2) == "W" else 1)
            moved = _moved_day(own.value[:10], days)
            if moved is not None and _told_before(event, moved, published):
                out[k] = replace(event, time=None, time_inferred=False, anterior=True)
            elif moved is not None:
                out[k] = replace(event, time=Timex(count.start, prep_end, text[count.start : prep_end], "DATE", moved),
                                 time_inferred=False)
    return out


# The words between a preposition of a count and the date of the phrase it opens: a noun phrase of up to
# five words, no digit nor punctuation ("the data breach in", "the vote in", "the", none at all).
_ANCHOR_PHRASE_GAP = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){0,5}")


def _anchor_phrase_date(timexes: Sequence[Timex], text: str, prep_end: int, phrase_end: int,
                        events: Sequence[EventMention], anchor: EventMention | None) -> Timex | None:
    """(e39c) The date of the phrase that a count's preposition opens (from ``prep_end`` to ``phrase_end``),
    read as the date of the act counted from: the first date of the phrase after no more than a short
    noun phrase ("after the data breach in 2018", "before the Olympics in 2012", "after the 2018
    breach") or right after the preposition ("after March 2020"). None when another act's trigger (not
    ``anchor``, the noun counted from) comes between: the date would be that act's."""
    for t in sorted(timexes, key=lambda t: t.start):
        if t.type != "DATE" or not prep_end <= t.start < phrase_end:
            continue
        if _ANCHOR_PHRASE_GAP.fullmatch(text[prep_end : t.start]) is None:
            return None
        if any(prep_end <= e.trigger.start < t.start and e is not anchor for e in events):
            return None
        return t
    return None


def _told_before(event: EventMention, value: str, published: PartialDate | None) -> bool:
    """(rve39) ``value``, a date moved from another act's, lies after the publication date while
    ``event`` is told as done (asserted, not in the present): the date is not the act's."""
    return (published is not None and event.modality == "ASSERTED" and not event.present
            and _after(value, published))


def _same_clause(candidates: list[int], events: Sequence[EventMention]) -> list[int]:
    """(rve38) The acts of ``candidates`` (indices into ``events``, in text order) that share the clause
    of the last one: an act before the subject of a later act belongs to a clause above or beside
    it ("Officials said the mayor resigned two days after the vote": not "said"; "The storm hit the
    coast and the port reopened …": not "hit"), while acts that share their subject stay ("Police
    arrested and charged a man")."""
    boundary = -1
    for k in candidates:
        event = events[k]
        for side in (event.agent, event.patient):
            # a subject (or a passive one) written before its own act
            if side is not None and side.end <= event.trigger.start:
                boundary = max(boundary, side.start)
    return [k for k in candidates if events[k].trigger.start > boundary]


# A part of a day as a value (« dans la soirée »: ``2021-03-16TEV``), :func:`_day_part_after_background`.
_DAY_PART_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(T(?:MO|MI|AF|EV|NI|DT))")


def _day_part_after_background(events: list[EventMention]) -> list[EventMention]:
    """(f32b) A part of the day with no day of its own (« Dans la soirée », "that night") in a clause of
    the narrative, right after a background act in the pluperfect that the text dated (« Le maire a
    annoncé mardi sa démission. Il avait été placé en garde à vue dimanche. Dans la soirée, des
    habitants se sont rassemblés »): the resolver counted it from the background's day (Sunday), but
    the narrative goes on from its own last day (Tuesday evening). Not a part of the day that writes
    its day (« dimanche soir », "on the evening of March 3") nor an act in the pluperfect itself."""
    out = list(events)
    # The events that may be the day's background or narrative, whatever the part: their own date, a
    # full day, outside a quotation (with their places in ``events``, in its order); made once, where
    # each part of a day read every event before it (quadratic in one long document, pl34a).
    dated: list[tuple[int, EventMention]] | None = None
    for k, event in enumerate(events):
        time = event.time
        if time is None or event.time_inferred or event.anterior or event.in_quote or any(c.isdigit() for c in time.text):
            continue
        part = _DAY_PART_VALUE.fullmatch(time.value)
        if part is None:
            continue
        if dated is None:
            dated = [(j, e) for j, e in enumerate(events) if e.time is not None and not e.time_inferred and not e.in_quote
                     and _FULL_DAY.match(e.time.value)]
        before = []
        for j, e in dated:
            if j >= k:
                break
            if e.sentence.start < event.sentence.start and e.time is not None and e.time.start < time.start:
                before.append(e)
        if not before:
            continue
        background = max(before, key=lambda e: e.time.start if e.time is not None else -1)
        if not background.anterior or background.time is None or background.time.value[:10] != part.group(1):
            continue
        if set(background.time.text.lower().split()) & set(time.text.lower().split()):
            continue  # « dimanche soir » after « dimanche »: the day is written
        narrative = [e for e in before if not e.anterior and e.modality == "ASSERTED" and e.time is not None
                     and e.time.value[:10] != part.group(1) and e.time.start < background.time.start]
        if not narrative:
            continue
        day = max(narrative, key=lambda e: e.time.start if e.time is not None else -1)
        if day.time is None:
            continue
        out[k] = replace(event, time=replace(time, value=day.time.value[:10] + part.group(2)))
    return out


def _dated_act_of_sentence(events: Sequence[EventMention], event: EventMention, start: int) -> EventMention | None:
    """The event of ``event``'s sentence nearest to ``start``, outside ``[start, event's trigger]``, whose
    own date (neither inferred nor in a quotation) is a day: the act another is counted from."""
    found = [
        e for e in events
        if e is not event and e.sentence.start == event.sentence.start and e.time is not None
        and not e.time_inferred and not e.in_quote and e.modality == "ASSERTED"
        and not (start <= e.trigger.start <= event.trigger.end)
        and not (start <= e.time.start < event.trigger.end)
        and _FULL_DAY.match(e.time.value) is not None
    ]
    return min(found, key=lambda e: min(abs(e.trigger.start - start), abs(e.trigger.start - event.trigger.end)), default=None)


# A value of a full day (:func:`_dated_act_of_sentence`).
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")


_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?(?![\d-]*W)")


def _moved_month(value: str, months: int) -> str | None:
    """(e39a) The month (``YYYY-MM``) ``months`` after the month of the date ``value`` (before it when
    negative); the year alone when ``value`` has no month and the count is whole years; None when
    ``value`` has neither (a season, a week, a decade, no year)."""
    found = _YEAR_MONTH.match(value)
    if found is None or (len(value) > 4 and found.group(2) is None):
        return None
    year = int(found.group(1))
    if found.group(2) is None:
        return None if months % 12 else f"{year + months // 12:04d}"
    index = year * 12 + int(found.group(2)) - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _moved_day(day: str, days: int) -> str | None:
    """The ISO day ``days`` after ``day`` (before it when negative), None for no valid day."""
    try:
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _quoted_present(events: list[EventMention], document: Document, segments: Sequence[Segment],
                    segment_of: Callable[[int], int]) -> list[EventMention]:
    """A verb in the simple present inside a quotation (« "We love our fans," the singer said »,
    « "I conclude that …," the judge wrote »): a state or stance at the time of the speaking, so
    the time of the act that reports the quotation once that act has its own (the day it was said,
    given or inferred; the publication date when that time is vague). Not words that no act reports
    (a title, a slogan), nor a quotation of embedded material (a quoted
    tweet), nor a future or hypothetical act, nor a past tense in the quotation ("We lost", whose
    day the speaking does not give), nor a general truth (« "A minister does not resign over a
    rumour," he said »: its subject stands for any minister, ``EventMention.generic``)."""
    if document.date is None:
        return events
    by_trigger = {(e.trigger.start, e.trigger.end): e for e in events if not e.in_quote}
    quotes: list[tuple[int, int]] | None = None  # the document's quotations, read once when needed
    out: list[EventMention] = []
    for event in events:
        if event.time is not None or not event.in_quote or not event.present or event.generic \
                or event.modality in UNANCHORED_MODALITIES or event.anterior \
                or (segments and segments[segment_of(event.trigger.start)].embedded):
            out.append(event)
            continue
        reporter = by_trigger.get((event.reported_by.start, event.reported_by.end)) if event.reported_by else None
        if reporter is not None and reporter.time is not None and reporter.time.type in ("DATE", "TIME") \
                and not (reporter.time.value or "").startswith(("PAST", "FUTURE")):
            out.append(replace(event, time=reporter.time, time_inferred=True))
            continue
        if reporter is not None and reporter.time is None:
            # the report itself has no time (a background speaking, a quotation from a book): no
            # better day for what it says
            out.append(event)
            continue
        if reporter is None:
            if quotes is None:
                quotes = _quote_spans(document.text)
            if _titled_quote(document.text, quotes, event.trigger.start):
                # (rvf31b) « the film "We Own the Night" opens next week », « the slogan "We Build
                # Britain" »: words in quotation marks that a word runs into and no act reports are a
                # name, no speech and no state at the time of writing
                out.append(event)
                continue
        # a report dated only vaguely ("recently", a duration): the time of writing
        stamp = Timex(event.trigger.start, event.trigger.end, event.trigger.text, "DATE", document.date.iso())
        out.append(replace(event, time=stamp, time_inferred=True))
    return out


def _titled_quote(text: str, quotes: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether the quotation holding character ``offset`` follows a word on its line, with no
    punctuation between (« the film "We Own the Night" », "starred in "I Know …"", « le roman « On
    achève bien les chevaux » »): a title or a slogan the sentence names, not words it reports (a
    quotation opens a sentence, a line, or follows a colon or a comma)."""
    k = bisect.bisect_right(quotes, (offset, len(text) + 1)) - 1
    while k >= 0 and not quotes[k][0] <= offset < quotes[k][1]:
        k -= 1  # a quotation inside another one starts later than the one holding it
    if k < 0:
        return False
    start = quotes[k][0]
    before = text[max(text.rfind("\n", 0, start) + 1, start - 40):start].rstrip()  # its line's last words
    before = before[:-1].rstrip() if before and not before[-1].isalnum() else before
    return bool(before) and before[-1].isalnum()


def _headline_from_lead(events: list[EventMention], text: str, segments: Sequence[Segment]) -> list[EventMention]:
    """A French headline's event that only the publication date dated takes the time of the first
    event of its type in the body's first paragraph, when that one has a date of the text (its own,
    or one it took from the lead or the sentence before): « Inondations dans le Gard : un mort » over
    « Un homme est mort dans la nuit de lundi à mardi » is Monday night's death, « Séisme au Maroc :
    au moins douze morts » over « … a frappé jeudi soir … Au moins douze personnes ont été tuées »
    Thursday's. The body's event (the first of the type that is no background act in the pluperfect,
    in a relative clause or an apposition set off by commas, nor a quotation's) has the headline's
    polarity and is no act of what is to come."""
    line = _HEADLINE.match(text)
    if line is None or not segments or segments[0].lang != "fr" or segments[0].start > line.start():
        return events
    lead_end = text.find("\n", line.end())  # the body's first paragraph: its first line
    lead_end = len(text) if lead_end < 0 else lead_end
    out = list(events)
    for k, event in enumerate(events):
        if event.trigger.end > line.end() or not event.lemma or event.in_quote:
            continue
        stamped = event.time is not None and event.time_inferred and event.time.start == event.trigger.start
        if not stamped:
            continue
        lead = [
            other for other in events
            if line.end() <= other.trigger.start < lead_end and other.type == event.type and not other.in_quote
            # (« La ministre, qui a démissionné en 2015 d'un premier gouvernement, a quitté mardi ses
            # fonctions »: the background of the subject, not its news)
            and not other.anterior and not _in_incise(text, other.trigger.start, other.trigger.end)
        ]
        body = lead[0] if lead else None
        if body is None or body.polarity != event.polarity or body.time is None \
                or body.modality in UNANCHORED_MODALITIES or body.time.start == body.trigger.start:
            continue
        if other_participant(event, body):
            # (rvf28b: « le président démissionne » over « Le ministre de l'Économie a quitté lundi le
            # gouvernement, suivi mercredi par le président »: the minister's resignation is another act)
            continue
        if any(
            other.time is not None and other.time.start != other.trigger.start and other.time.value != body.time.value
            and other.polarity == event.polarity and other.modality not in UNANCHORED_MODALITIES
            for other in lead[1:]
        ):
            # (rvf28b: « Séisme en Italie : deux morts » over « Une femme est morte dimanche …, et un
            # homme est mort lundi »: the headline sums acts of several days, none of them its date)
            continue
        out[k] = replace(event, time=body.time, time_inferred=True)
    return out


# A French day counted from another (« la veille », « le lendemain », « lendemain » after « au », « le
# jour même ») and the « de » of the act it is counted from (:func:`_unanchored_offset_day`).
_OFFSET_OF_ACT = re.compile(
    r"(?:(?:l[ea]\s+|l['’]\s*|au\s+)?(?P<noun>[\w-]+)|le\s+jour\s+même|le\s+même\s+jour)\s+(?:de|du|des|d['’])(?:\s+|(?<=['’]))",
    re.I,
)


def _unanchored_offset_day(time: Timex, timexes: Sequence[Timex], text: str, segments: Sequence[Segment]) -> bool:
    """A French day counted from an act (``fr/day_offset_nouns``: « la veille du scrutin », « le
    lendemain de l'attentat », or « le jour même de son élection ») with no day-granular date before
    it in the text: the resolver could count it only from the publication date, which is not the
    act's day. The complement is an act, not a date (« la veille du 14 juillet » is dated)."""
    lang = next((seg.lang for seg in reversed(segments) if seg.start <= time.start), "") if segments else ""
    if lang != "fr":
        return False
    match = _OFFSET_OF_ACT.match(text, time.start)
    if match is None or match.end() < time.end - 1 or match.end() > time.end + 12:
        return False
    noun = match.group("noun")
    if noun is not None and noun.lower() not in word_sets("day_offset_nouns").get("fr", frozenset()):
        return False
    if any(t.start >= time.end and t.start <= match.end() + 1 for t in timexes):
        return False  # « la veille du 14 juillet », « le lendemain de Noël »: a date of its own
    return not any(
        t.end <= time.start and t.type in ("DATE", "TIME") and _LEAD_DAY.match(t.value) for t in timexes
    )


# What opens another clause between a trigger and a date after it: a conjunction or relative pronoun
# of French, or a comma, colon or semicolon.
_CLAUSE_BREAK = re.compile(r"\b(?:que|qu['’]|qui|dont|où)(?!\w)|[,;:]", re.I)


def _head_noun(span: Span | None) -> str:
    """The first word of an argument after its determiner when it is a common noun (lower case),
    singular: « ministre » of « Le ministre de l'Économie »; empty for a name or a pronoun."""
    if span is None:
        return ""
    words = span.text.replace("’", "'").split()
    while words and words[0].lower() in word_set("xx", "determiners"):
        words = words[1:]
    if not words:
        return ""
    word = words[0]
    if word.lower().startswith("l'"):
        word = word[2:]
    if not word.isalpha() or word[:1].isupper() or len(word) < 3:
        return ""
    return word.rstrip("sx") or word


def other_participant(event: EventMention, other: EventMention) -> bool:
    """Two events whose agents, or whose patients, are common nouns of different words: the acts of
    different people (« le président démissionne » and « Le ministre a quitté le gouvernement »)."""
    for mine, theirs in ((event.agent, other.agent), (event.patient, other.patient)):
        a, b = _head_noun(mine), _head_noun(theirs)
        if a and b and a != b:
            return True
    return False


class _IndexedTimexes(list[Timex]):
    """A document's temporal expressions with an index of where they start (:func:`_starting`):
    the per-event rules of :func:`attach_times` read those of one sentence or clause, which a scan of
    the whole list made events × timexes on a long document (a 1.9 MB text read in windows)."""

    __slots__ = ("where",)

    def __init__(self, timexes: Sequence[Timex]) -> None:
        super().__init__(timexes)
        self.where = CandidateIndex(self)


def _starting(timexes: Sequence[Timex], start: int, end: int) -> list[Timex]:
    """The items of ``timexes`` that start in ``[start, end)``, in their order: in log time when
    ``timexes`` is indexed (:class:`_IndexedTimexes`), else by a scan."""
    if isinstance(timexes, _IndexedTimexes):
        return [timexes[k] for k in timexes.where.starting(start, end)]
    return [t for t in timexes if start <= t.start < end]


def _within(timexes: Sequence[Timex], start: int, end: int) -> Sequence[Timex]:
    """The part of ``timexes`` a rule of one or two sentences reads (those starting in ``[start,
    end)``): the rules check their own bounds, and this only spares each event a scan of the whole
    document."""
    return _starting(timexes, start, end)


def _lasting(event: EventMention, timexes: Sequence[Timex], text: str, segments: Sequence[Segment],
             segment_of: Callable[[int], int], *, triggers: Sequence[int] = ()) -> bool:
    """An English state that has lasted up to the time of writing: a verb in the present perfect
    with a span after "for" in its clause ("Halvern has made steel for 40 years", "has been closed
    for two weeks"), or a state of "has been" with a date after "since" (``en/since_prepositions``:
    "Workers have been on strike since January", "The mill has been closed since March 2"). It began
    at that date or lasted that long; no day dates it, neither the one it began on nor the
    publication date. An act counted since a date keeps it ("has cut 500 jobs since January", "200
    engineers have been hired since January", "has been fined twice since 2019"), a simple past or
    present stays ("closed for two weeks in May": dated by May; "Fire closes highway for six hours",
    a headline's act), and so does a span of another event word (``triggers``: the starts of the
    document's event words; "have agreed to extend the ban for six months": the extension's) or of
    a noun ("has approved a plan for two years of cuts")."""
    if not event.perfect or event.in_quote:
        return False
    lang = segments[segment_of(event.trigger.start)].lang if segments else ""
    if lang != "en":
        return False
    for t in _starting(timexes, event.trigger.end, event.sentence.end):
        if _CLAUSE_BREAK.search(text, event.trigger.end, t.start):
            return False  # "has grown since 2019, when it opened": another clause's
        k = bisect.bisect_right(triggers, event.trigger.start)
        if k < len(triggers) and triggers[k] < t.start:
            return False  # "have agreed to extend the ban for six months": the extension lasts
        before = text[max(0, t.start - 30) : t.start].split()
        word = before[-1].lower() if before else ""
        if t.type == "DURATION" and word == "for":
            return not _OF_AFTER.match(text, t.end)  # "a plan for two years of cuts": the plan's
        if t.type == "DATE" and _after_since(text, t.start, lang) and _BEEN_BEFORE.search(text, event.sentence.start, event.trigger.start):
            return not _counted(text[event.sentence.start : event.trigger.start], text[event.trigger.end : t.start], lang)
    return False


def _counted(subject: str, between: str, lang: str) -> bool:
    """Whether a passive of "has been" counts acts rather than tells a state: a number in the words
    before it (``number_words`` but an article, or digits: "200 engineers have been hired since
    January") or a count of times after it (the ``count`` cues of ``habit_cues``: "has been fined
    twice since 2019", "three times")."""
    numbers = {w for w in number_map(lang, "number_words") if w not in ("a", "an")}
    counts = {r[0] for r in rows(lang, "habit_cues") if len(r) > 1 and "count" in r[1].split(",")}
    if any(w[:1].isdigit() or w.lower() in numbers for w in subject.split()):
        return True
    return any(w.lower().strip(",.") in counts for w in between.split())


# a span that measures a noun ("for two years of cuts"), not how long the event lasted
_OF_AFTER = re.compile(r"\s+of\b", re.I)


# "has been" right before an event word, but for two words ("have been on strike", "has been closed",
# "have been in talks"): a state since a date, unlike an act counted since it ("has cut 500 jobs
# since January", which is dated by January)
_BEEN_BEFORE = re.compile(r"\bbeen(?:\s+[\w-]+){0,2}\s+$", re.I)


def _limited(event: EventMention, timexes: Sequence[Timex], text: str, segments: Sequence[Segment],
             segment_of: Callable[[int], int]) -> bool:
    """A completed act (``past``) with a date after its trigger in its sentence and clause that
    follows a word of ``<lang>/limit_prepositions`` (« Le maire a démissionné avant le 10 avril »): the
    act happened some time before that limit, so neither the sentence before nor the lead dates it."""
    if not event.past:
        return False  # a deadline of what is ahead (« d'ici à », « avant la fin de l'année ») is its date in the gold
    lang = segments[segment_of(event.trigger.start)].lang if segments else ""
    if not word_sets("limit_prepositions").get(lang):
        return False
    for t in _starting(timexes, event.trigger.end, event.sentence.end):
        if t.type != "DATE":
            continue
        if _CLAUSE_BREAK.search(text, event.trigger.end, t.start):
            continue  # « a demandé que les parties se rencontrent avant la fin de la semaine »: another clause's limit
        if after_limit_word(text, t.start, lang):
            return True
    return False


# The headline: the text's first line, with no closing mark but a question or exclamation mark
# (« Faut-il interdire les trottinettes ? »), and a blank line after it.
_HEADLINE = re.compile(r"[^\n]{1,200}(?<![.:;»\"])\n\s*\n")


def headline_tellings(events: Sequence[EventMention], text: str) -> tuple[int, frozenset[int]] | None:
    """The end of the headline (:data:`_HEADLINE`) and the trigger starts of the events of the
    body's first paragraph (its first line) that may tell the headline's event again: not a
    background act in the pluperfect, nor one in a relative clause or an apposition set off by
    commas (« La ministre, qui a démissionné en 2015 d'un premier gouvernement, a quitté mardi ses
    fonctions »), nor a quotation's. None when the text opens with no headline."""
    line = _HEADLINE.match(text)
    if line is None:
        return None
    lead_end = text.find("\n", line.end())
    lead_end = len(text) if lead_end < 0 else lead_end
    return line.end(), frozenset(
        e.trigger.start for e in events
        if line.end() <= e.trigger.start < lead_end and not e.anterior and not e.in_quote
        and not _in_incise(text, e.trigger.start, e.trigger.end)
    )


def same_stem(a: str, b: str) -> bool:
    """Two trigger lemmas of one word family (:func:`_same_stem`)."""
    return _same_stem(a, b)


def _told_in_body(event: EventMention, events: Sequence[EventMention], text: str, lang: str = "") -> Timex | None:
    """The own time of the body's first mention of a headline's event: « Anne Dupont nommée
    directrice du musée » over « Anne Dupont a été nommée jeudi à la tête du musée » is Thursday's
    appointment, not the publication day's. The later mention has the headline's type, trigger
    lemma or one of its word family (:func:`_same_stem`: « Démission du ministre » over « a
    démissionné jeudi ») and polarity; None when the event stands in no headline or the body's first such mention
    has no own date: a later dated one may be another event of the same kind (« Un aiguilleur
    licencié … » over « La SNCF a licencié l'aiguilleur. … Un conducteur avait été licencié le 8
    mars 2011 »)."""
    line = _HEADLINE.match(text)
    if line is None or event.trigger.end > line.end() or not event.lemma:
        return None
    same = [
        other for other in events
        if other.trigger.start >= line.end() and other.type == event.type and _same_stem(other.lemma, event.lemma)
        and other.polarity == event.polarity
    ]
    first = min(same, key=lambda other: other.trigger.start, default=None)
    lead_end = text.find("\n", line.end())  # the body's first paragraph: its first line
    lead_end = len(text) if lead_end < 0 else lead_end
    earlier = next((
        other for other in events
        if line.end() <= other.trigger.start < lead_end and other.type == event.type and not other.anterior
        and not _in_incise(text, other.trigger.start, other.trigger.end)
    ), None)
    if first is not None and earlier is not None and earlier.trigger.start < first.trigger.start \
            and first.trigger.start >= lead_end and lang == "fr":
        # « Séisme au Maroc : au moins douze morts » over « douze personnes ont été tuées … En 2023, un
        # séisme avait fait 3 000 morts »: the body's first death is the headline's, not a later one of
        # the same word (:func:`_headline_from_lead`); but the same word in the first paragraph is
        # the headline's act (rvf28b: « Le maire démissionne » over « Le maire a quitté mardi la
        # présidence du club, puis a démissionné mercredi de son mandat »: Wednesday's)
        return None
    if first is None or first.time is None or first.time_inferred or (
        first.lemma != event.lemma and (first.anterior or _in_incise(text, first.trigger.start, first.trigger.end))
    ):
        # (« Attaque de requin » over « le requin avait attaqué un nageur en 2019 »: a background act
        # in the pluperfect is another event of the kind; so is one in a relative clause or an
        # apposition set off by commas: « Démission de la ministre » over « La ministre, qui a
        # démissionné en 2015 d'un premier gouvernement, a quitté mardi ses fonctions »)
        return None
    return first.time


def _in_incise(text: str, start: int, end: int) -> bool:
    """The word at ``start``–``end`` lies in a relative clause set off by commas
    (:func:`_in_relative_clause`) or in an apposition a comma opens right before it, at most one
    word between (« L'ancien maire, déjà condamné en 2015, »), and a comma closes after it: the
    background of the sentence's subject, not its news."""
    if _in_relative_clause(text, start, end):
        return True
    before = text[max(0, start - 40) : start]
    comma = before.rfind(",")
    if comma < 0 or len(before[comma + 1 :].split()) > 1 or _CLAUSE_MARK.search(before, comma + 1):
        return False
    close = _CLAUSE_END.search(text, end, end + 200)
    return close is not None and close.group() == ","


# How many first letters (accents aside) a noun and a verb of one event share at least: « démission »
# and « démissionner », « libération » and « libérer », « condamnation » and « condamner ».
_STEM_LENGTH = 5


def _same_stem(a: str, b: str) -> bool:
    """Two trigger lemmas of one word family: the same lemma, or a noun and a verb that share their
    first :data:`_STEM_LENGTH` letters, accents aside (« Démission du ministre » over « le ministre a
    démissionné jeudi »)."""
    if a == b:
        return True
    fa, fb = _fold(a), _fold(b)
    return len(fa) >= _STEM_LENGTH and len(fb) >= _STEM_LENGTH and fa[:_STEM_LENGTH] == fb[:_STEM_LENGTH]


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


_YEAR_ONLY = re.compile(r"\d{4}")
# A whole length of days, weeks, months or years (``P2D``, ``P1W``, ``P6M``, ``P2Y``), read as an
# offset by the word after it.
_WHOLE_LENGTH = re.compile(r"P(\d{1,3})([DWMY])")
# A calendar date an offset may move: a year, a month or a day (with a part of a day after it).
_SHIFTABLE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\w+)?)?)?")
# A length of months or years (``P2Y``, ``P6M``): « deux ans plus tard » leaves the day unknown.
# « plusieurs années plus tard » (``PXY``): no count to move by, and still no day of the sentence before.
_FAR_LENGTH = re.compile(r"P(?:\d{1,3}(?:\.\d+)?|X)[MY]")
# What follows « avant » / « après » when they open a clause, not an offset (« avant de partir »).
_CLAUSE_AFTER = re.compile(r"\s+(?:de|d['’]|que|qu['’]|avoir|être)\b", re.I)
# A relative clause set off by a comma (« , qui était en voyage deux jours plus tôt, »): an offset
# inside it counts from the date for its own verb only, and one outside it not for its verb.
# Between the two ends of a span of dates (« entre 1990 et 1995 », « de 1990 à 1995 », "1990-1995"):
# one short word or a dash.
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|\w{1,3})\s*")
_RELATIVE = re.compile(r",\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles)\b[^,;:]*", re.I)


def _moved(
    event: EventMention,
    dated: dict[int, list[tuple[int, EventMention]]],
    lead: Timex | None,
    starts: _Starts,
    segment_of: Callable[[int], int],
    sentences: Sequence[Span],
    timexes: Sequence[Timex],
    segments: Sequence[Segment],
    text: str,
) -> Timex | None:
    """The day of ``event`` when its sentence counts days from the date the text gave last: the
    time of the last dated event of the sentence before (same segment), else the lead's date."""
    if not sentences:
        return None
    sent = starts.index(event.trigger.start)
    seg = segment_of(event.trigger.start)
    if segments and segments[seg].embedded:
        return None
    lang = segments[seg].lang if segments else ""
    own = [
        e for g, e in dated.get(sent, ()) if g == seg and e.time is not None and e.time.type == "DATE"
        and not e.time_inferred and e.trigger.start < event.trigger.start
    ]
    if own:
        # « Élu en 2014, il a été réélu six ans plus tard »: a count after an act its own sentence
        # dated counts from that act, not from the sentence before (review rv17d: « Le maire a été
        # réélu dimanche. Élu pour la première fois en 2014, il avait été réélu six ans plus tard »
        # gave 2027)
        mine = max(own, key=lambda e: e.trigger.start)
        when = mine.time
        assert when is not None  # own holds dated acts only
        after = max(mine.trigger.end, when.end)
        if any(t.start >= after for t, _, _ in _offsets(sentences[sent], timexes, text, lang, event.trigger.start)):
            return _shifted(when, sentences[sent], timexes, text, lang, event.trigger.start, after=after)
    previous = [
        e for g, e in dated.get(sent - 1, ()) if g == seg and e.time is not None and e.time.type == "DATE"
    ] if sent > 0 else []
    source = max(previous, key=lambda e: e.trigger.start) if previous else None
    # « Il est assigné en mars 1952 pour homosexualité. Il se suicide deux ans après »: a sentence
    # before whose date no event of the inventory carries still gives the date the count starts from
    written = _written_date(sentences[sent - 1], timexes, text, lang, seg, segment_of) \
        if source is None and sent > 0 else None
    anchor = source.time if source is not None else written if written is not None \
        else lead if lead is not None and lead.start < event.trigger.start else None
    if anchor is None:
        return None
    # a count of months or years counts from an act the sentence before dated, never from the lead:
    # the lead is the time of the report, and « deux ans après » in a past narrative is no time
    # after it (« Il entre à l'université en 1948. Il se suicide deux ans après »)
    return _shifted(anchor, sentences[sent], timexes, text, lang, event.trigger.start,
                    far=source is not None or written is not None)


def _written_date(sentence: Span, timexes: Sequence[Timex], text: str, lang: str, seg: int,
                  segment_of: Callable[[int], int]) -> Timex | None:
    """The first calendar date of ``sentence`` (a year, a month or a day, in segment ``seg``) outside
    a quotation (« “En 2010, nous étions seuls”, a dit le maire »: the speaker's time, which no
    count of the narrator starts from)."""
    quoted = _quoted(text, sentence)
    written = [
        t for t in sorted(timexes, key=lambda t: t.start)
        if sentence.start <= t.start and t.end <= sentence.end and t.type == "DATE" and segment_of(t.start) == seg
        and _SHIFTABLE.fullmatch(t.value) is not None and not any(a <= t.start < b for a, b in quoted)
    ]
    for i, t in enumerate(written):
        if _set_off(text, sentence, t):
            continue  # « Le joueur, sacré champion en 2016, vit à Lyon »: a background phrase's date
        # « Entre 1990 et 1995, il a dirigé la banque. Deux ans plus tard »: a span counts from its end
        while i + 1 < len(written) and _RANGE_GAP.fullmatch(text, written[i].end, written[i + 1].start):
            i += 1
        return written[i]
    return None


def _set_off(text: str, sentence: Span, t: Timex) -> bool:
    """Whether ``t`` lies in a phrase set off by commas inside ``sentence`` (an apposition, a
    participle or a relative clause: « Le joueur, sacré champion en 2016, vit à Lyon », « la ville,
    jumelée depuis 1975 avec Turin, »), which tells the background, not the narrative's time."""
    comma = text.rfind(",", sentence.start, t.start)
    if comma < 0 or _CLAUSE_END.search(text, comma + 1, t.start) is not None:
        return False
    close = _CLAUSE_END.search(text, t.end, sentence.end)
    return close is not None and close.group() == ","


def _offsets(sentence: Span, timexes: Sequence[Timex], text: str, lang: str, at: int) -> list[tuple[Timex, str, bool]]:
    """The lengths of time of ``sentence`` that an offset word after them makes a move from the
    date given before (« deux jours plus tard »: ``+``, « trois ans auparavant »: ``-``;
    ``<lang>/offset_words``), in the clause of the word at ``at`` (:data:`_RELATIVE`) and on its
    side of a quotation's marks; not a length (« pendant deux jours »,
    ``<lang>/length_prepositions``), nor « deux jours avant de partir ». The flag says whether the
    count is exact: not after a word of ``<lang>/approximate_count_words`` (« moins de deux ans plus
    tard », « près de six mois après »), nor a count of months or years with its own anchor after
    the offset word (« deux ans après la crise »: from the crisis, not the date given before; a
    preposition of ``<lang>/article_prepositions`` there, « deux ans après par empoisonnement », is
    no anchor)."""
    from kg.knowledge.words import number_map, word_maps, word_sets

    offsets = word_maps("offset_words").get(lang)
    if not offsets:
        return []
    lengths = word_sets("length_prepositions").get(lang, frozenset())
    approximate = word_sets("approximate_count_words").get(lang, frozenset())
    prepositions = word_sets("article_prepositions").get(lang, frozenset())
    collective = number_map(lang, "approximate_numbers") if lang else {}
    relatives = [m.span() for m in _RELATIVE.finditer(text, sentence.start, sentence.end)]
    quoted = _quoted(text, sentence)

    def zone(offset: int) -> int:
        return next((k for k, (a, b) in enumerate(relatives) if a <= offset < b), -1)

    def quote(offset: int) -> int:
        return next((k for k, (a, b) in enumerate(quoted) if a <= offset < b), -1)

    out: list[tuple[Timex, str, bool]] = []
    for t in _starting(timexes, sentence.start, sentence.end + 1):
        if not (t.end <= sentence.end and t.type == "DURATION"):
            continue
        if zone(t.start) != zone(at):
            continue  # « Le président, qui était en voyage deux jours plus tôt, a nommé »
        if quote(t.start) != quote(at):
            continue  # « “Trois mois plus tard, il était armé”, a déclaré le procureur »: the speaker's count
        before = re.search(r"(\w+)\s+$", text[max(sentence.start, t.start - 20) : t.start])
        if before is not None and before.group(1).lower() in lengths:
            continue
        # the bound before the count, or in the expression (« Moins de deux ans », « une dizaine d'années »)
        bound = re.search(r"(\w+)(?:\s+de|\s+d['’])?\s*$", text[max(sentence.start, t.start - 20) : t.start])
        words = re.findall(r"\w+", t.text.lower())[:3]
        exact = (bound is None or bound.group(1).lower() not in approximate) and not any(
            w in approximate or w in collective for w in words
        )
        after = re.match(r"\s+(\w+)(?:\s+(\w+))?", text[t.end : t.end + 30])
        if after is None:
            continue
        two = f"{after.group(1)} {after.group(2)}".lower() if after.group(2) else ""
        sign = offsets.get(two) or offsets.get(after.group(1).lower())
        if sign not in ("+", "-") or (two not in offsets and _CLAUSE_AFTER.match(text, t.end + after.end(1))):
            continue  # « deux jours avant de partir »: « avant » opens a clause
        follower = re.match(r"\s*(\w+)", text[t.end + after.end(1) : sentence.end])
        # (« Il se suicide deux ans après par empoisonnement »: a preposition opens another
        # complement of the verb, and the count has no anchor of its own after « après »)
        anchored = two not in offsets and follower is not None and follower.group(1).lower() not in prepositions
        if anchored and at > t.end:
            continue  # « deux jours après l'annonce du préfet »: the anchor of the count, not moved
        if anchored and _FAR_LENGTH.fullmatch(t.value):
            exact = False  # « Le rapport publié deux ans après la crise »: counted from the crisis
        out.append((t, sign, exact))
    return out


# A quotation's marks (« … », “ … ”) in a sentence, either mark possibly in another sentence.
_QUOTE_MARK = re.compile("[«“»”]")
_OPENING = "«“"


def _quoted(text: str, sentence: Span) -> list[tuple[int, int]]:
    """The character ranges of ``sentence`` inside a quotation: between an opening mark and the
    closing mark after it (or the sentence's end), and before a closing mark the sentence does not
    open (a quotation begun in the sentence before)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for m in _QUOTE_MARK.finditer(text, sentence.start, sentence.end):
        if m.group() in _OPENING:
            start = m.start() if start is None else start
        else:
            out.append((start if start is not None else out[-1][1] if out else sentence.start, m.end()))
            start = None
    if start is not None:
        out.append((start, sentence.end))
    return out


def _shifted(time: Timex, sentence: Span, timexes: Sequence[Timex], text: str, lang: str, at: int, *,
             far: bool = True, after: int = -1) -> Timex | None:
    """The date ``time`` moves to when ``sentence`` counts from it in the clause of ``at``
    (:func:`_offsets`): a count of days or weeks moves a day to a day (« Le ministre a démissionné
    le 3 mars. Le président a nommé un successeur deux jours plus tard »: 5 March; « trois jours
    auparavant »: 28 February); a whole count of years moves the year (« Il est assigné en mars
    1952. Il se suicide deux ans après »: 1954), of months the month (« six mois plus tard » after
    3 March: September), the day staying unknown. None when the sentence has no such count or
    ``time`` lacks the unit's granularity (months from a bare year), for a count of months or
    years when not ``far``, for a count that is not exact (:func:`_offsets`) and for one before
    ``after``."""
    import datetime as _dt

    calendar = _SHIFTABLE.fullmatch(time.value)
    if calendar is None:
        return None
    year, month, day = calendar.groups()
    for t, sign, exact in _offsets(sentence, timexes, text, lang, at):
        whole = _WHOLE_LENGTH.fullmatch(t.value)
        if whole is None or not exact or t.start < after:
            continue
        count, unit = int(whole.group(1)) * (1 if sign == "+" else -1), whole.group(2)
        if unit in ("M", "Y") and not far:
            continue
        if unit in ("D", "W"):
            if day is None or time.value[10:]:
                continue  # a count of days needs a day (not a part of one: « hier soir »)
            try:
                shifted = _dt.date(int(year), int(month), int(day)) + _dt.timedelta(days=count * (7 if unit == "W" else 1))
            except (OverflowError, ValueError):
                continue  # out of the calendar
            value = shifted.isoformat()
        elif unit == "Y":
            value = f"{int(year) + count:04d}"
        elif month is not None:
            months = int(year) * 12 + int(month) - 1 + count
            value = f"{months // 12:04d}-{months % 12 + 1:02d}"
        else:
            continue
        if _SHIFTABLE.fullmatch(value) is None or value.startswith("0000"):
            continue  # out of the calendar
        return Timex(t.start, t.end, t.text, "DATE", value)
    return None


def _far_offset(event: EventMention, starts: _Starts, sentences: Sequence[Span], timexes: Sequence[Timex],
                text: str, lang: str) -> bool:
    """Whether the clause of ``event`` counts months or years from the date given before (« Le
    président a nommé un successeur deux ans plus tard »): the event is on no day the text gave."""
    if not sentences:
        return False
    sentence = sentences[starts.index(event.trigger.start)]
    return any(_FAR_LENGTH.fullmatch(t.value) for t, _, _ in _offsets(sentence, timexes, text, lang, event.trigger.start))


_CALENDAR_VALUE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _after(value: str, dct: PartialDate) -> bool:
    """Whether a calendar value (``2021-04-01``, ``2021-04-01TAF``, ``2021-04``, ``2022``, or
    ``FUTURE_REF``) lies wholly after the publication date, compared at the coarser of the two granularities. A day is after only
    from the second day on: a dateline may be a day older than the news it heads (« Il a annoncé son
    abandon le 11 novembre » under 10 November)."""
    if value == "FUTURE_REF":
        return True  # « a suspendu la sortie de son prochain album »: the album's time, not the act's
    m = _CALENDAR_VALUE.match(value)
    if m is None:
        return False
    parts = [int(g) for g in m.groups() if g is not None]
    ref = [x for x in (dct.year, dct.month, dct.day) if x is not None]
    n = min(len(parts), len(ref))
    if n == 3:
        import datetime as _dt

        try:
            return (_dt.date(*parts) - _dt.date(*ref)).days > 1
        except ValueError:
            return False
    return parts[:n] > ref[:n]


def asserted_polarity(events: Sequence[EventMention]) -> list[EventMention]:
    """Read a negated trigger whose type already means the negation as a positive event.

    "ces produits ne seront plus vendus" is a ProductDiscontinuation: the lexicon types the negated
    verb, so the discontinuation is what the text asserts (polarity POS), and no positive sale is
    ever stored.
    """
    from kg.extract.events import negation_in_type

    return [replace(e, polarity="POS") if negation_in_type(e) else e for e in events]


# The text that embedding a post leaves in an article: "<post> — Name (@handle) Month D, YYYY".
_POST_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\n()—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>[^\n]{4,40}?)\s*$",
    re.M,
)


def embedded_posts(
    text: str, segments: Sequence[Segment], timexes: Sequence[Timex], sentences: Sequence[Span]
) -> tuple[list[Quote], list[EventMention]]:
    """Quoted social-media posts (the text an embedded tweet leaves behind) as quotations.

    Each becomes a Quote (channel ``tweet``) spoken by the account's display name, and a Statement
    event anchored on the signature, dated by the date in the signature.
    """
    quotes: list[Quote] = []
    events: list[EventMention] = []
    for seg in segments:
        for match in _POST_SIGNATURE.finditer(text, seg.start, seg.end):
            line_start = text.rfind("\n", seg.start, match.start()) + 1
            line_start = max(line_start, seg.start)
            body_end = match.start()
            while body_end > line_start and text[body_end - 1].isspace():
                body_end -= 1
            if body_end - line_start < 10:
                continue
            body = Span(line_start, body_end, text[line_start:body_end])
            name_start, name_end = match.span("name")
            speaker = Span(name_start, name_end, text[name_start:name_end])
            sig = Span(match.start("name"), match.end("handle") + 1, text[match.start("name") : match.end("handle") + 1])
            date_start, date_end = match.span("date")
            stamp = next((t for t in timexes if date_start <= t.start < date_end and t.type == "DATE"), None)
            quotes.append(Quote(span=body, speaker=speaker, reporting=sig, channel="tweet"))
            sentence = sentences[_sentence_index(sentences, body.start)] if sentences else body
            events.append(
                EventMention(trigger=sig, type="Statement", lemma="tweet", sentence=sentence, agent=speaker, time=stamp)
            )
    return quotes, events


def attach_places(
    events: Sequence[EventMention], mentions: Sequence[EntityMention], sentences: Sequence[Span]
) -> list[EventMention]:
    """Give an event without a stated place the one place its sentence names, if exactly one.

    News sentences that report an event in a country usually name that country once ("les
    États-Unis avaient du mal à gérer les manifestations"). A place that is itself the event's
    agent, patient or recipient is a participant, not the setting, and is not used.
    """
    by_sentence: dict[int, dict[str, EntityMention]] = {}
    starts = _Starts(sentences)
    for mention in mentions:
        if mention.label == "LOC":
            key = mention.canonical or mention.text.casefold()
            by_sentence.setdefault(starts.index(mention.start), {}).setdefault(key, mention)
    out: list[EventMention] = []
    for event in events:
        places = by_sentence.get(starts.index(event.trigger.start), {})
        if event.place is not None or len(places) != 1:
            out.append(event)
            continue
        (mention,) = places.values()
        roles = [r for r in (event.agent, event.patient, event.recipient) if r is not None]
        if any(r.start < mention.end and mention.start < r.end for r in roles):
            out.append(event)
            continue
        out.append(replace(event, place=Span(mention.start, mention.end, mention.text)))
    return out


def managements_over_names(events: Sequence[EventMention], organisations: Sequence[EntityMention], text: str,
                           lang: str) -> list[EventMention]:
    """The agent of an event whose subject is a bare management noun (« La direction a annoncé la
    fermeture »: ``EventMention.agent_manager``) is the organisation the article named last before
    that noun, read from the document's typed names (``organisations``: the mentions of the entities
    the document types ORG) rather than from the model's labels, which may call the company a place
    or a person (« un mouvement de grève a débuté chez Valmont, fabricant de pompes. La direction
    … »: Valmont). As in the window's reading (``kg.extract.arguments._managed``), a labour union's
    name (``xx/labour_union_names``, or after ``xx/labour_union_nouns``) is no company with such a
    management, nor a news agency (``xx/news_agencies``, « (AFP) », « a indiqué Reuters »); a source (« selon la CGT », « auprès
    de la CGT », ``<lang>/according_to``) is taken only when no other name precedes. With no typed
    organisation before the noun the window's reading stays."""
    if not any(e.agent_manager is not None for e in events):
        return list(events)
    names = sorted(organisations, key=lambda m: (m.end, m.start))
    ends = [m.end for m in names]
    unions = word_set("xx", "labour_union_names")
    union_nouns = word_set("xx", "labour_union_nouns")
    agencies = {a.casefold() for a in word_set("xx", "news_agencies") | word_set("xx", "photo_agencies")}
    sources = word_sets("according_to").get(lang, frozenset()) | word_sets("learned_from_prepositions").get(lang, frozenset())

    def words_before(m: EntityMention, n: int) -> list[str]:
        return re.findall(r"\w+", text[max(0, m.start - 40) : m.start].lower())[-n:]

    def no_company(m: EntityMention) -> bool:
        # « délégué syndical CGT. La direction … »: not the union's; « LYON (AFP) - », « a indiqué
        # Reuters », « interrogé par l'AFP »: the agency that reports the story runs no such management
        if m.text.lower() in unions or any(w in union_nouns for w in words_before(m, 1)):
            return True
        return m.text.casefold() in agencies or (text[max(0, m.start - 1) : m.start] == "(" and text[m.end : m.end + 1] == ")")

    def company(before: int) -> EntityMention | None:
        source = None
        for m in reversed(names[: bisect.bisect_right(ends, before)]):
            if no_company(m):
                continue
            if any(w in sources for w in words_before(m, 3)):
                source = source or m  # « Selon la CGT, la direction … »: the other side
                continue
            return m
        return source

    def typed(span: Span) -> bool:
        # the window's agent is a company of the document's: an organisation named there that runs a
        # management (not « Reuters » the window took in « a confié un cadre à Reuters. La direction »)
        k = bisect.bisect_right(ends, span.start)
        return any(m.start < span.end and span.start < m.end and not no_company(m) for m in names[k : k + 8])

    out: list[EventMention] = []
    for event in events:
        manager, agent = event.agent_manager, event.agent
        if manager is None or agent is None:
            out.append(event)
            continue
        found = company(manager.start)
        if found is not None and not (agent.start < found.end and found.start < agent.end):
            out.append(replace(event, agent=Span(found.start, found.end, found.text), agent_via="spokesperson", agent_antecedent=None))
        elif found is None and (agent.start, agent.end) != (manager.start, manager.end) and not typed(agent):
            # « LYON (AFP) - La direction a annoncé »: the model's organisation « LYON » is the
            # document's place; the management stays unnamed
            out.append(replace(event, agent=manager, agent_via="direct", agent_antecedent=None))
        else:
            out.append(event)
    return out


def arguments_over_names(
    events: Sequence[EventMention], quotes: Sequence[Quote], names: Sequence[EntityMention]
) -> tuple[list[EventMention], list[Quote]]:
    """Widen an agent, patient, recipient or speaker that cuts a name the entity layer found to
    the whole name. The parser splits names with hyphens, articles and inner words and hangs one
    piece on the verb (« L'association UFC-Que Choisir a porté plainte »: the subject « Choisir »;
    « a dénoncé l'association UFC-Que Choisir »: « association UFC »), while the entity layer reads
    the whole name: a part of the name becomes the name, a phrase that ends inside it runs to its
    end. A name that runs over the event's or the quotation's own words is a misread, and is left.
    An English name's leading "the", which the mention keeps, is not widened into (« the Bank of
    England raised rates »: the agent stays « Bank of England », as the parse gives it)."""
    spans = sorted(_without_leading_the(m.start, m.end, m.text) for m in names)
    starts = [s for s, _, _ in spans]

    def whole(span: Span | None, *keep: Span | None) -> Span | None:
        if span is None:
            return None
        k = bisect.bisect_left(starts, span.end)
        for start, end, text in spans[max(0, k - 8) : k]:
            if any(w is not None and start < w.end and w.start < end for w in keep) or text[:1].islower():
                continue  # « la ministre Claire Dumas »: a name read with its title is the person's name
            if start <= span.start and span.end <= end and (start, end) != (span.start, span.end):
                return Span(start, end, text)  # « Choisir » in « UFC-Que Choisir »
            if span.start < start < span.end < end:
                # « association UFC » cut inside « UFC-Que Choisir »
                return Span(span.start, end, span.text[: start - span.start] + text)
        return None

    out: list[EventMention] = []
    for event in events:
        changes = {
            role: wider
            for role in ("agent", "patient", "recipient")
            if (wider := whole(getattr(event, role), event.trigger)) is not None
        }
        out.append(replace(event, **changes) if changes else event)  # type: ignore[arg-type]
    said: list[Quote] = []
    for quote in quotes:
        speaker = whole(quote.speaker, quote.span, quote.reporting)
        said.append(replace(quote, speaker=speaker) if speaker is not None else quote)
    return out, said


def _without_leading_the(start: int, end: int, text: str) -> tuple[int, int, str]:
    """The span of an entity mention without the English "the" it keeps at its start ("The
    European Union" → "European Union"; ``LEADING_THE``): a participant the parse reads without its
    article is the whole name already. A French article stays (« Le Monde »: part of the name)."""
    match = LEADING_THE.match(text)
    if match is None or match.end() >= len(text):
        return start, end, text
    return start + match.end(), end, text[match.end() :]
