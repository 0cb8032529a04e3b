"""Places in datelines: the place a report was filed from, written before its date or as an
upper-case heading ("Sion, 28 août. — ...", "LAUSANNE. — ..."), or in English wire copy before
the agency's credit ("WOLFSBURG, Germany (AP) — ...", "DETROIT (Reuters) - ..."), or before a dash alone
and a name ("DETROIT - General Motors Corp. said").

The model, seeing an upper-case word or a place name with no sentence around it, misses it or
takes it for an organisation. The position says it is a place: a capitalised word right before
a day and a month, or a heading at the start of a sentence followed by a dash: in upper case, or
one word with a capital that is no common word ("Cressier. — ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import accumulate

from kg.extract.entities import is_editorial_marker
from kg.knowledge.words import word_set
from kg.nlp.regexscan import first_char_filter
from kg.nlp.wordforms import is_dictionary_word
from kg.types import EntityMention

__all__ = ["with_dateline_places"]

# An upper-case heading at the start of a sentence, then a full stop and a dash. (These scans of the
# whole text get the look-ahead of kg.nlp.regexscan: the same matches, found faster.)
_HEADING = first_char_filter(re.compile(r"(?:^|(?<=[.!?»]\s)|(?<=\n))(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*)\s?\.\s+[—–-]"))
# The same heading as one word with a capital, the local news of a regional paper ("Cressier. —
# Dimanche ..."): a place when it is no common word ("Enfin. — ...") and no honorific stands before
# it ("M. Ador. — ..." is a person's name ending a sentence).
_WORD_HEADING = first_char_filter(re.compile(
    r"(?:^|(?<=[.!?»]\s)|(?<=\n))(?<!\bM\.\s)(?<!\bMM\.\s)(?<!\bMme\s)(?P<place>[A-ZÀ-Þ][a-zà-ÿ][\w’-]+)\s?\.\s+[—–-]"
))


# What follows the date of a dateline and not a signature: a year, then a dash or an agency's
# bracket ("15 septembre, (ag.) —", "12 mai 1920. —").
_DATELINE_AFTER = re.compile(r"(?:\s+\d{4})?\s*[.,]?\s*(?:[—–]|-\s|\()")


@cache
def _before_date() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in sorted(word_set("fr", "months"), key=len, reverse=True))
    return first_char_filter(re.compile(rf"(?<![\w'’.-])(?P<place>[A-ZÀ-Þ][\w'’-]+),?\s+\d{{1,2}}(?:er)?\s+(?:{months})\b"))


@cache
def _not_places() -> frozenset[str]:
    """Capitalised words that start a date without being a place ("Le 3 mai", "Samedi 3 mai")."""
    return word_set("xx", "determiners") | word_set("fr", "weekdays") | word_set("fr", "date_prepositions")


# English wire copy: a place in capitals opening a line, its region or country if any, the day of
# the story if given (en/months: "PARIS, June 7", "OXFORD, Nov. 3, 2023"), the agency's credit in
# brackets, a dash ("WOLFSBURG, Germany (AP) —", "NEW YORK (Reuters) -", "GOMA, Congo, March 4
# (Reuters) -").
_WIRE_PLACE = r"(?:^|(?<=\n))[^\S\n]*(?P<place>[A-Z][A-Z'’.-]+(?:[^\S\n]+[A-Z][A-Z'’.-]+)*)"
_WIRE_REGION = r"(?:,[^\S\n]+(?P<region>[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)*))?"


@cache
def _wire_datelines() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The wire dateline with the agency's credit, and the one with a dash alone ("DETROIT -
    General Motors said"; issue 21, n29b: with the day, "OXFORD, Nov 3 - A vaccine ..."), each
    with the optional day of the story in a group ``day``."""
    months = "|".join(re.escape(m) for m in sorted(word_set("en", "months"), key=len, reverse=True))
    day = rf"(?P<day>,[^\S\n]+(?i:{months})\.?[^\S\n]+\d{{1,2}}(?:,[^\S\n]+\d{{4}})?)?"
    # The credit holds a letter: "CHELSEA (0-1) —" is a score line.
    credited = re.compile(
        rf"{_WIRE_PLACE}{_WIRE_REGION}{day}[^\S\n]*\((?=[^()\n]*[A-Za-z])[^()\n]{{2,30}}\)[^\S\n]*[—–-]"
    )
    # With no credit, only the dash before the story: the place must then be one the gazetteer
    # knows ("GM - Chrysler talks" is a headline) and a name follow, unless the day of the story
    # stands before the dash.
    bare = re.compile(rf"{_WIRE_PLACE}{_WIRE_REGION}{day}[^\S\n]+(?:--|[—–-])[^\S\n]+(?=[A-Z])")
    return credited, bare


def _known_place(surface: str) -> bool:
    """Whether the gazetteer knows ``surface`` as a place and as nothing else."""
    from kg.knowledge.gazetteer import default_gazetteer

    records = default_gazetteer().lookup(surface)
    return bool(records) and all(r.type == "LOC" for r in records)


def _region_evidence(match: re.Match[str], text: str) -> tuple[str, ...]:
    """The evidence of the state, province or country a wire dateline names after its place
    ("PORTLAND, Maine (AP) —", "SALEM, Ore. —"), when the gazetteer reads that name one way only:
    which town of its name the place is, for the cross-document resolver."""
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.knowledge.places import abbreviated_state, lies_in_evidence, outermost, place_kind

    if match.group("region") is None:
        return ()
    region = match.group("region")
    readings = outermost([r for r in default_gazetteer().lookup(region) if place_kind(r) in ("region", "subdivision", "country")])
    if not readings and (abbreviated := abbreviated_state(region, capitals=True)) is not None:
        readings = [abbreviated]
    if len(readings) != 1:
        return ()  # "TBILISI, Georgia": the country or the state; kg.extract.enclosing reads the two names
    return (lies_in_evidence(readings[0], text[match.start("place") : match.end("region")]),)


def _written_again(place: str, named: set[str]) -> bool:
    """Whether the place ``place`` of a dateline, in capitals, is among the ``named`` mentions of
    the text in its running-text case ("VELMORA" and "Velmora", "OLD TAMBERLY" and "Old
    Tamberly"): each word capitalised, the rest in lower case."""
    return place.isupper() and " ".join(w.capitalize() for w in place.split()) in named


def _no_dated_place(place: str, a: int, b: int, mentions: Sequence[EntityMention]) -> bool:
    """Whether the capitals before the day of the story are no place (review rvn29b): a weekday
    ("MONDAY, March 3 -", ``en/weekdays``), or a name the gazetteer does not know that the model
    reads as a person ("JOHN SMITH, March 3 -", a reader's letter or a column's byline)."""
    if place.casefold() in word_set("en", "weekdays"):
        return True
    return not _known_place(place) and any(m.label == "PER" and m.start < b and a < m.end for m in mentions)


def _with_wire_dateline(text: str, mentions: Sequence[EntityMention], lang: str) -> list[EntityMention]:
    """English: the place of a wire dateline typed LOC (NER calls a town in capitals a company:
    "WOLFSBURG", or a product it seems to describe: "OXFORD, Nov 3 - A malaria vaccine"), added
    when missed, one place for the model's pieces of it ("ST. PETERSBURG") or its one piece
    ("HILLS" of "AUBURN HILLS"), and no name in the day
    of the story ("LONDON, Oct 4 -", a person to the model); the dateline's evidence outweighs the model's labels of the
    place's other mentions when they merge. A story's label (``xx/editorial_markers``: "EXCLUSIVE
    (Reuters) -", "ANALYSIS (Reuters) -") and a score in brackets ("CHELSEA (0-1) —") make no
    dateline."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    # A dash alone makes a dateline only before a name, which the model ran the place into
    # ("DETROIT - General Motors Corp. said"); "BOSTON - It rained." may be a heading.
    starts = {m.start for m in mentions}
    # A place the gazetteer does not know makes one when the story names it again as written in
    # running text ("VELMORA -- Health officials ..." ... "told reporters in Velmora"), which
    # "GM - Chrysler talks" does not; nor does a company's name in capitals heading its own news,
    # which the running text names as an organisation ("SAMSUNG -- Samsung said", "BLOOMBERG --
    # ... Bloomberg data showed"; review rv21i).
    named = {m.text for m in mentions if m.text[:1].isupper() and not m.text.isupper() and m.label != "ORG"}
    credited, bare_dateline = _wire_datelines()
    bare = (
        m for m in bare_dateline.finditer(text)
        if m.group("day") or (m.end() in starts and _known_place(m.group("place"))) or _written_again(m.group("place"), named)
    )
    # The mentions by start, and the furthest end of those up to each: the mentions a place
    # overlaps are found going back from it, not by a pass over all of them (thousands of
    # datelines in one document cost quadratic time).
    by_start = [m.start for m in out]
    furthest = list(accumulate((m.end for m in out), max))
    added: list[EntityMention] = []
    dropped: set[int] = set()
    for match in (*credited.finditer(text), *bare):
        a, b = match.span("place")
        if is_editorial_marker(text[a:b], furniture=True):
            continue  # a story's label before the credit ("EXCLUSIVE (Reuters) -"), no place
        if match.group("day") and _no_dated_place(text[a:b], a, b, out):
            continue
        if match.group("day"):
            # "LONDON, Oct 4 - Rail passengers ...": the model's person or company in the day, or
            # one it ran from the day into the story ("Oct 2 - Marseille"), is no name.
            day_start, day_end = match.span("day")
            j = bisect_left(by_start, day_start)
            while j < len(out) and out[j].start < day_end:
                dropped.add(j)
                j += 1
        inside = []
        i = bisect_left(by_start, b) - 1
        while i >= 0 and furthest[i] > a:
            if out[i].end > a:
                inside.append(i)
            i -= 1
        evidence = ("dateline", *_region_evidence(match, text))
        if not inside:  # (one place a line: the two patterns never read the same line)
            added.append(EntityMention(a, b, text[a:b], "LOC", "dateline", lang, evidence=evidence))
        within = all(a <= out[i].start and out[i].end <= b and out[i].institution is None for i in inside)
        if inside and within and (len(inside) > 1 or (out[inside[0]].start, out[inside[0]].end) != (a, b)):
            # "ST. PETERSBURG": the model's pieces of the place ("ST" and "PETERSBURG") make one,
            # and so does its one piece ("HILLS" of "AUBURN HILLS, Mich."; n34a).
            dropped.update(inside)
            added.append(EntityMention(a, b, text[a:b], "LOC", "dateline", lang, evidence=evidence))
            continue
        for i in inside:
            if (out[i].start, out[i].end) == (a, b) and out[i].label in ("ORG", "PER", "PRO") and out[i].institution is None:
                out[i] = replace(out[i], label="LOC", qid=None, canonical=None, maker=None, evidence=(*out[i].evidence, *evidence))
            elif (out[i].start, out[i].end) == (a, b) and out[i].label == "LOC":
                out[i] = replace(out[i], evidence=(*out[i].evidence, *(e for e in evidence if e not in out[i].evidence)))
    kept = [m for i, m in enumerate(out) if i not in dropped]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def with_dateline_places(text: str, mentions: Sequence[EntityMention], lang: str) -> list[EntityMention]:
    """``mentions`` with the dateline places of a French ``text`` typed LOC, added when missed, and
    the place of an English wire dateline (:func:`_with_wire_dateline`)."""
    if lang == "en":
        return _with_wire_dateline(text, mentions, lang)
    if lang != "fr":
        return list(mentions)
    out = list(mentions)
    by_span = {(m.start, m.end): i for i, m in enumerate(out)}
    spans = [(m.start, m.end) for m in out]
    added: list[EntityMention] = []
    # A one-word person before a date may be a signature ("Favre, 3 mai"): only headings retype one,
    # and a date the dateline's dash or agency credit follows ("Rorschach, 15 septembre, (ag.) —").
    for pattern, retyped in ((_HEADING, ("ORG", "PER")), (_WORD_HEADING, ("ORG", "PER")), (_before_date(), ("ORG",))):
        for match in pattern.finditer(text):
            a, b = match.span("place")
            if text[a:b].casefold() in _not_places() or (pattern is _WORD_HEADING and is_dictionary_word(text[a:b], lang)):
                continue
            if (a, b) in by_span:
                i = by_span[(a, b)]
                dashed = pattern is _before_date() and _DATELINE_AFTER.match(text, match.end()) is not None and " " not in text[a:b]
                if (out[i].label in retyped or (dashed and out[i].label == "PER")) and out[i].institution is None:
                    out[i] = replace(out[i], label="LOC", evidence=(*out[i].evidence, "dateline"))
            elif not any(s < b and a < e for s, e in spans):
                added.append(EntityMention(a, b, text[a:b], "LOC", "dateline", lang))
                spans.append((a, b))
    return sorted([*out, *added], key=lambda m: (m.start, m.end)) if added else out
