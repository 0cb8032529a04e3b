"""Rule-based detection and TIMEX3 normalisation of French and English temporal expressions.

The French spaCy models have no DATE label, so temporal expressions are found here with small
regular grammars, one list of rules per language, and normalised to TIMEX3 values (types DATE,
TIME, DURATION and SET) against a reference date, usually the document's publication date (DCT).

The work is split in two steps:

* :func:`find_timexes` detects candidate spans and records what each one *means*
  (``hier`` = reference day minus one, ``8 juin`` = month 6, day 8, year unknown...) in a
  :class:`TimexCandidate`, without looking at any date;
* :func:`resolve` turns one candidate into a TIMEX3 value given a reference date and, optionally,
  the grammatical tense of the clause (``"past"``, ``"present"``, ``"future"``; ``"headline"``,
  a present without a closing mark, reads weekdays backwards).

:func:`timexes_from_segments` runs both steps over a whole document split into language
segments, chooses the right reference for each expression (the DCT, a day-granular date of the
article when the DCT is only month- or year-granular, the last mentioned day for clock times) and
returns :class:`kg.types.Timex` objects.

No regular expression is compiled at import time: the rule tables are built on first use and
cached.

The word lists are data (``ontologies/lexicons``), the match handlers are in
:mod:`kg.extract.timex_handlers` and the rule tables in :mod:`kg.extract.timex_rules`.
"""

from __future__ import annotations

import array
import bisect
import datetime as _dt
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from kg.extract.timex_handlers import _SEASON_START, _Gate
from kg.extract.timex_rules import _gate_keywords, _rules
from kg.knowledge.words import number_map, rows, word_map, word_set, word_sets
from kg.types import PartialDate, Segment, Timex, TimexType

__all__ = ["TimexCandidate", "TimexReader", "find_timexes", "holiday_date", "resolve", "timexes_from_segments"]


LANGS = ("fr", "en")

# Characters removed before matching (offsets are mapped back): soft hyphen, zero-width spaces.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


@dataclass(frozen=True)
class TimexCandidate:
    """A detected temporal expression and its meaning, before resolution against a date.

    ``kind`` tells :func:`resolve` how to read the other fields:

    * ``"value"``: ``value`` is final (durations, sets, ``PRESENT_REF``, full dates);
    * ``"date"``: an absolute date, maybe without its year (``year`` None) or day;
      ``direction`` -1/+1 for ``dernier``/``prochain``; ``weekday`` when one is written;
    * ``"relday"``: the reference day plus ``offset`` days (``hier``: -1), ``part`` (MO, AF, EV,
      NI) or ``hour``/``minute`` may refine it;
    * ``"weekday"``: a day of the week (``weekday`` 1 = Monday) near the reference;
    * ``"relunit"``: the ``unit`` (D, W, M, Y, Q, DE, CE, WE...) containing the reference,
      shifted by ``offset`` (``l'an dernier``: Y, -1); with ``anchored`` the reference is the last
      date the text gave, when it is fine enough for the unit (``the following year``);
    * ``"time"``: a clock time (``hour``, ``minute``) on the reference day;
    * ``"season"``: ``season`` (SP, SU, FA, WI) of ``year`` or of the reference year shifted
      by ``offset``;
    * ``"anaphoric"``: a day relative to the previously mentioned day (``le lendemain``);
    * ``"monthday"``: the ``day`` of the month near the reference that falls on ``weekday``
      (``mercredi 26``);
    * ``"holiday"``: a named day whose date rule is ``value`` (``12-25``, ``easter+49``,
      ``nth:11:4:4``), in ``year`` or the occurrence nearest the reference (``direction``, tense).
    """

    start: int
    end: int
    text: str
    type: str
    lang: str
    kind: str
    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: int | None = None
    offset: int = 0
    unit: str | None = None
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    # the seconds of a clock time written to the second ("at 10:32:15 a.m.": T10:32:15)
    second: int | None = None
    zone: str | None = None
    season: str | None = None
    rule: str = ""
    # Counted from the last date the text gave rather than from the reference ("the following year",
    # "two days later", "l'année précédente"): TimeML anchors them on that date.
    anchored: bool = False
    # Anchored like ``anchored`` only in a past clause ("he was elected in 2001 and resigned the next
    # year": 2002); in a present or future one counted from the reference ("the next year will be hard").
    anchored_past: bool = False
    # Only a reference to a unit the text gave ("in the quarter" after "the third quarter"): dropped
    # when the last date of the text is no such unit.
    bare: bool = False
    # A weekday written with "this" ("this Monday's drop"): read from the reference, never the same
    # weekday the text gave just before ("Last Monday, stocks rose. This Monday's drop ...").
    deictic: bool = False
    # A bare season after "in", « en », « au » ("in spring", « au printemps »): any year's (XXXX-SP) unless a
    # future or (in English) its own verb's past tells one ("the plant will close in spring").
    generic: bool = False

    @property
    def is_absolute_day(self) -> bool:
        """True for an absolute day-granular date (``8 juin``, ``June 9, 2020``)."""
        return self.kind == "date" and self.day is not None and self.month is not None




# ---------------------------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------------------------


def _strip_invisible(text: str) -> tuple[str, list[int]]:
    """Remove soft hyphens and zero-width characters; return the clean text and an index map
    (``idx[i]`` = offset in ``text`` of clean character ``i``; ``idx[len]`` = ``len(text)``)."""
    if not any(c in text for c in _INVISIBLE):
        return text, []
    keep: list[int] = []
    chars: list[str] = []
    for i, c in enumerate(text):
        if c not in _INVISIBLE:
            keep.append(i)
            chars.append(c)
    keep.append(len(text))
    return "".join(chars), keep


@cache
def _gate_unsafe() -> re.Pattern[str]:
    """A character class of the characters that defeat gating by ``str.lower``.

    Gates look for their keywords in ``text.lower()``; that is only faithful to the
    case-insensitive patterns when each character the patterns take for a keyword letter
    lower-cases to that very letter.  A few do not (``İ``, ``ı``, ``ſ``): texts containing
    one are matched without gates.  Computed from the regex engine itself, over all of Unicode.
    """
    chars = sorted({c for lang in LANGS for kw in _gate_keywords(lang) for c in kw})
    codes = array.array("I", range(0xD800))
    codes.extend(range(0xE000, 0x110000))
    everything = codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
    singles = {c: re.compile(re.escape(c), re.IGNORECASE | re.UNICODE) for c in chars}
    any_kw = re.compile("[" + "".join(re.escape(c) for c in chars) + "]",
                        re.IGNORECASE | re.UNICODE)
    unsafe = sorted({c for c in set(any_kw.findall(everything))
                     if {k for k, p in singles.items() if p.fullmatch(c)} != {c.lower()}})
    return re.compile("[" + "".join(re.escape(c) for c in unsafe) + "]")


def _gate_open(gate: _Gate, low: str) -> bool:
    """Whether every group of ``gate`` has a keyword in ``low`` (a lower-cased text)."""
    for group in gate:
        for kw in group:
            if kw in low if kw.__class__ is str else kw.search(low):  # type: ignore[union-attr]
                break
        else:
            return False
    return True


# A headline in capitals ("BOEING DELIVERS FINAL 717 ON MAY 29"): English month and weekday names are
# matched capitalised only, so a run of at least three upper-case words is read in title case (same
# length, so offsets do not move). A letter or two alone ("A", "U.S.") is neither a word of the run
# nor its end; a word with a small letter ends it.
_CAPS_WORD = r"[A-Z][A-Z'’]*[A-Z](?![^\W\d_])"
_CAPS_RUN = re.compile(rf"(?<![^\W\d_]){_CAPS_WORD}(?:(?:[\W\d_]|(?<![^\W\d_])[A-Z](?![^\W\d_]))+{_CAPS_WORD}){{2,}}")
_CAPS_WORD_RE = re.compile(_CAPS_WORD)


def _title_caps(text: str) -> str:
    """``text`` with each run of at least three upper-case words written in title case (time-zone
    abbreviations, which the rules read in capitals, are kept: ``lexicons/en/caps_kept.tsv``)."""
    keep = word_set("en", "caps_kept")

    def title(w: re.Match[str]) -> str:
        word = w.group()
        return word if word in keep else word[0] + word[1:].lower()

    return _CAPS_RUN.sub(lambda run: _CAPS_WORD_RE.sub(title, run.group()), text)


# The rules that find absolute days ("le 9 juin", "June 9, 2020", "2020-06-09"): what a weekday of a
# document with a month-only DCT may be anchored on (TimexReader._explicit_days).
_DAY_RULES = frozenset({"fr_date", "fr_range_day", "en_date_mdy", "en_date_dmy", "en_range_day", "iso", "numeric"})


@cache
def _date_name() -> re.Pattern[str]:
    """A street or building noun and « du » right before a date (``lexicons/fr/date_name_heads.tsv``)."""
    heads = "|".join(sorted(map(re.escape, word_set("fr", "date_name_heads")), key=len, reverse=True))
    # the date's own day and month may come between: « rue du 8 Mai 1945 » holds « Mai 1945 » and « 1945 »
    # (« au cours du 3 mai », « au cours du XXe siècle »: the locution « au cours de », no street)
    return re.compile(rf"(?<![\w\-])(?!(?<=\bau\s)cours\s)(?:{heads})\s+du\s+(?:(?:1er|\d{{1,2}})[\s\-]+(?:(?!(?:au|et|à|ou)\s)[^\W\d_]+[\s\-]+)?)?$", re.IGNORECASE)


#: What :func:`find_timexes` returned for (language, text) in another process, for the texts this
#: one is about to read (:func:`prime_timexes`): a build's driver finds the dates of documents while
#: its workers' fork server loads the models, and sends them with the batch.
_PRIMED: dict[tuple[str, str], list[TimexCandidate]] = {}


def prime_timexes(found: Iterable[tuple[str, str, list[TimexCandidate]]]) -> None:
    """Hold ``(text, lang, candidates)``, each what ``find_timexes(text, lang=lang)`` returned (in
    any process: the function reads only its arguments and the rule tables), in place of the
    earlier ones: :func:`find_timexes` returns a copy of them for that text instead of scanning it
    again. :func:`clear_primed` forgets them."""
    _PRIMED.clear()
    for text, lang, candidates in found:
        _PRIMED[(lang, text)] = candidates


def clear_primed() -> None:
    """Forget what :func:`prime_timexes` held."""
    _PRIMED.clear()


def find_timexes(text: str, *, lang: str, only: frozenset[str] | None = None) -> list[TimexCandidate]:
    """Detect the temporal expressions of ``text`` written in ``lang`` (``"fr"`` or ``"en"``).

    Returns non-overlapping candidates sorted by start offset (offsets index ``text``).  Nothing
    is resolved: see :func:`resolve`.  An unsupported language yields an empty list.  ``only``
    restricts the rules to those names.
    """
    if _PRIMED and only is None:
        primed = _PRIMED.get((lang, text))
        if primed is not None:
            return list(primed)
    if lang not in LANGS or not text:
        return []
    clean, index = _strip_invisible(text)
    if lang == "en" and _CAPS_RUN.search(clean):
        clean = _title_caps(clean)
    found: list[tuple[int, int, int, str, dict]] = []
    rules = _rules(lang) if only is None else tuple(r for r in _rules(lang) if r.name in only)
    low = None if _gate_unsafe().search(clean) else clean.lower()
    for rule in rules:
        if low is not None and rule.gate and not _gate_open(rule.gate, low):
            continue
        for m in cast("re.Pattern[str]", rule.scan).finditer(clean):
            try:
                fields = rule.handler(m, clean, lang)
            except (ValueError, OverflowError, TypeError, KeyError, IndexError):
                fields = None
            if not fields:
                continue
            s, e = m.span("x")
            if "x_start" in fields:
                # the handler left words at the head of the match out of the extent (an abbreviated
                # weekday that is a name or a verb: "The Sun, Sept. 14, 2012", "To Wed June 5")
                fields = dict(fields)
                s = fields.pop("x_start")
            # trim trailing spaces/commas the patterns may keep
            while e > s and clean[e - 1] in " \t\n,":
                e -= 1
            if e <= s or (lang == "fr" and clean.find("du", max(0, s - 30), s) >= 0
                          and _date_name().search(clean, max(0, s - 30), s)):
                continue  # « rue du 8 Mai 1945 »: a street's name
            found.append((s, e, rule.priority, rule.name, fields))
    # choose: longest first, then priority, then earliest
    found.sort(key=lambda f: (-(f[1] - f[0]), -f[2], f[0]))
    # (the spans taken never overlap, so sorted by start they are sorted by end too: the one that
    # starts last before ``e`` is the only one that may reach past ``s``, found by bisection; a scan
    # of all of them made a text of many candidates quadratic, "2011-2011-..." of 200,000 characters)
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for s, e, _prio, name, fields in found:
        i = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append((s, e, name, fields))
    chosen.sort()
    if any(f[3].get("type") == "DURATION" for f in chosen):
        chosen = _join_durations(clean, chosen, lang)
    out = []
    for s, e, name, fields in chosen:
        if index:
            os_, oe = index[s], index[e - 1] + 1
        else:
            os_, oe = s, e
        out.append(TimexCandidate(start=os_, end=oe, text=text[os_:oe], lang=lang, rule=name,
                                  **fields))
    return out


# "two hours and 15 minutes", « deux ans et six mois »: one duration of several units, larger first
_DURATION_PART = re.compile(r"P(T?)(\d+)([YMWDHS])")
_UNIT_RANK = {("", "Y"): 0, ("", "M"): 1, ("", "W"): 2, ("", "D"): 3, ("T", "H"): 4, ("T", "M"): 5, ("T", "S"): 6}


def _join_durations(text: str, chosen: list[tuple[int, int, str, dict]],
                    lang: str) -> list[tuple[int, int, str, dict]]:
    """Join a duration to the next one when only a conjunction (``lexicons/<lang>/
    duration_conjunctions.tsv``), a space or a comma separates them and the second counts a smaller
    unit: TimeML gives "two hours and 15 minutes", "2 hours, 5 minutes, 23 seconds", "two years,
    three months and six days" one TIMEX3 (``PT2H15M``, ``PT2H5M23S``, ``P2Y3M6D``); English "and a
    day" after a duration is its last part ("two years and a day", ``P2Y1D``). Ranges of one unit
    ("between two and three years") and vague amounts stay apart."""
    conj = word_sets("duration_conjunctions").get(lang, frozenset())
    if lang == "en":
        starts = [c[0] for c in chosen]  # (sorted)
        chosen = [_with_and_one(text, c, conj, starts) for c in chosen]
    out = [chosen[0]]
    for i, cur in enumerate(chosen[1:], start=1):
        s, e, name, fields = out[-1]
        # (the parts of the durations: several once a join was made)
        a = _duration_parts(fields.get("value") or "") if fields.get("type") == "DURATION" else None
        b = _duration_parts(cur[3].get("value") or "") if cur[3].get("type") == "DURATION" else None
        raw = text[e:cur[0]]
        gap = raw.strip(" ,").casefold()
        # (or nothing but a space: « 3 heures 12 minutes », « deux ans six mois »; or a comma, as a
        # race time is written, "2 hours, 5 minutes", or before the last two parts of a list, "two
        # years, three months and six days")
        comma = re.fullmatch(r", ?", raw) is not None \
            and (_race_time(text, s, cur) or _listed_parts(text, s, cur, chosen[i + 1] if i + 1 < len(chosen) else None, conj, lang))
        if a and b and (gap in conj or raw == " " or comma) and raw.count("\n") == 0 \
                and _UNIT_RANK[a[-1]] < _UNIT_RANK[b[0]]:
            out[-1] = (s, cur[1], name, {**fields, "value": _duration_value(fields["value"], cur[3]["value"])})
            continue
        out.append(cur)
    return out


def _duration_value(first: str, second: str) -> str:
    """One duration value of the parts of two ("P2Y" and "P3M6D": "P2Y3M6D")."""
    parts = [(t, n + u) for value in (first, second)
             for (t, u), n in zip(_duration_parts(value) or [], _duration_numbers(value))]
    time = "".join(nu for t, nu in parts if t)
    return "P" + "".join(nu for t, nu in parts if not t) + ("T" + time if time else "")


# "and a day", "and one hour" after a duration (English): its last part, counting one unit.
_AND_ONE = re.compile(r"[^\S\n]+(?P<conj>\w+)[^\S\n]+(?P<one>\w+)[^\S\n]+(?P<unit>[a-z]+)\b")


def _with_and_one(text: str, cand: tuple[int, int, str, dict], conj: frozenset[str],
                  starts: list[int]) -> tuple[int, int, str, dict]:
    """``cand`` with "and a day", "and one hour" after it as its last part when it is a duration of
    a larger unit ("two years and a day": ``P2Y1D``) and no timex of its own (``starts``, sorted: "a
    day" alone is one after "for" only; "and one minute" is joined as any other part)."""
    s, e, name, fields = cand
    parts = _duration_parts(fields.get("value") or "") if fields.get("type") == "DURATION" else None
    m = _AND_ONE.match(text, e) if parts else None
    if m is None or m.group("conj").casefold() not in conj or number_map("en", "number_words").get(m.group("one").casefold()) != 1:
        return cand
    i = bisect.bisect_right(starts, e)
    if i < len(starts) and starts[i] < m.end():
        return cand
    unit = word_map("en", "time_units").get(m.group("unit"))
    key = ("T", "M") if unit == "MIN" else ("T", unit) if unit in ("H", "S") else ("", unit or "")
    if not parts or key not in _UNIT_RANK or _UNIT_RANK[parts[-1]] >= _UNIT_RANK[key]:
        return cand
    return (s, m.end(), name, {**fields, "value": _duration_value(fields["value"], f"P{key[0]}1{key[1]}")})


def _listed_parts(text: str, start: int, second: tuple[int, int, str, dict],
                  third: tuple[int, int, str, dict] | None, conj: frozenset[str], lang: str) -> bool:
    """Two durations that a comma parts are one when they open a list of parts that a conjunction
    ends ("two years, three months and six days", "a year, two months and a day") and the first is
    a bare count: "Over the past three years, two months and a day were lost" keeps two."""
    first = re.match(r"[\w\-]+", text[start:start + 40])
    if first is None or not (first.group()[0].isdigit() or first.group().casefold() in number_map(lang, "number_words")):
        return False
    inner = text[second[0]:second[1]]
    if any(re.search(rf"\s{re.escape(c)}\s", inner, re.I) for c in conj):
        return True  # (the last part already joined to it: "three months and a day")
    if third is None or third[3].get("type") != "DURATION":
        return False
    gap = text[second[1]:third[0]]
    return "\n" not in gap and gap.strip().casefold() in conj


# What may follow the last part of a race time: the end of the clause or "and" (another part).
_RACE_TIME_END = re.compile(r"\s*(?:[.,;:!?)\"\u201d]|$|and\b)")


def _race_time(text: str, start: int, second: tuple[int, int, str, dict]) -> bool:
    """Two durations that a comma parts are one ("2 hours, 5 minutes") only when both are written in
    digits and the clause ends after the second: "Over the past three years, two months were lost"
    keeps two."""
    return text[start].isdigit() and text[second[0]].isdigit() and bool(_RACE_TIME_END.match(text, second[1]))


# A duration value of one or more parts: "P2Y", "PT2H15M", "P1Y6M".
_DURATION_VALUE = re.compile(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?")
_DURATION_UNIT = re.compile(r"(T)|(\d+)([YMWDHS])")


def _duration_parts(value: str) -> list[tuple[str, str]] | None:
    """The (time flag, unit) of each part of a duration value with digits only, in order; None for a
    vague or a decimal one ("PXY", "P1.5Y")."""
    if value in ("P", "PT") or not _DURATION_VALUE.fullmatch(value):
        return None
    parts: list[tuple[str, str]] = []
    t = ""
    for flag, _n, unit in _DURATION_UNIT.findall(value[1:]):
        if flag:
            t = "T"
        else:
            parts.append((t, unit))
    return parts or None


def _duration_numbers(value: str) -> list[str]:
    return [n for _flag, n, _unit in _DURATION_UNIT.findall(value[1:]) if n]


# ---------------------------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------------------------


def _iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def _closest_year(month: int, day: int | None, ref: PartialDate, tense: str | None,
                  direction: int | None, weekday: int | None = None, *, reach: int = 300,
                  over: bool = False) -> int:
    """The year putting (month, day) closest to the reference (or before/after it); a past or future
    ``tense`` moves it to the other side of the reference when that is at most ``reach`` days away.
    ``over``: the day names an event that has befallen, so it is not after the reference day, even
    in the reference's month ("the Nov. 23 fire", told on 20 November: last year's)."""
    ry = ref.year
    candidates = [ry - 1, ry, ry + 1]

    def key(y: int) -> tuple[int, int]:
        return (y * 12 + month - 1, (day or 15))

    rkey = (ry * 12 + (ref.month or 6) - 1, ref.day or 15)
    if ref.month is None:
        return ry

    def dist(y: int) -> float:
        k = key(y)
        return abs((k[0] - rkey[0]) * 30.5 + (k[1] - rkey[1]))

    if weekday is not None and day is not None:
        good = []
        for y in candidates:
            try:
                if _dt.date(y, month, day).isoweekday() == weekday:
                    good.append(y)
            except ValueError:
                pass
        if len(good) == 1 and dist(good[0]) < 370:
            return good[0]
    if over and day is not None and ref.day is not None and direction is None:
        return max(y for y in candidates if key(y) <= rkey)
    closest = min(candidates, key=lambda y: (dist(y), abs(y - ry)))
    if direction == -1:
        ok = [y for y in candidates if key(y) < rkey or (key(y)[0] == rkey[0] and
                                                         (ref.day is None or day is None))]
        return max(ok) if ok else ry
    if direction == 1:
        ok = [y for y in candidates if key(y) > rkey or (key(y)[0] == rkey[0] and
                                                         (ref.day is None or day is None))]
        return min(ok) if ok else ry
    if tense in ("past", "future") and key(closest)[0] != rkey[0]:
        # the tense may overrule proximity, for a date not too far from the reference
        before = key(closest) < rkey
        if before != (tense == "past"):
            other = closest + (1 if tense == "future" else -1)
            if dist(other) <= reach:
                return other
    return min(candidates, key=lambda y: (dist(y), abs(y - ry)))


def _unspec_day(ref: PartialDate | None) -> str:
    if ref is None:
        return "XXXX-XX-XX"
    if ref.month is None:
        return f"{ref.year:04d}-XX-XX"
    return f"{ref.year:04d}-{ref.month:02d}-XX"


def _time_suffix(c: TimexCandidate) -> str:
    if c.hour is not None:
        seconds = f":{c.second:02d}" if c.second is not None else ""
        return f"T{c.hour:02d}:{(c.minute or 0):02d}{seconds}" + (c.zone or "")
    if c.part:
        return f"T{c.part}"
    return ""


def _season_value(c: TimexCandidate, ref: PartialDate | None, tense: str | None = None, *,
                  done: bool = False) -> str:
    """The value of a season without its year: the one its direction or its clause's tense points to.
    ``done``: the season's own French verb is in a compound or finite past (« a détruit les récoltes
    cet été »), so « cet été » is the last one begun by the reference's month."""
    s = c.season or "SU"
    if c.year is not None:
        return f"{c.year:04d}-{s}"
    if c.lang == "fr" and done and c.direction == 0 and ref is not None and ref.month is not None:
        # (f35b) « La sécheresse a détruit les récoltes cet été », told in March: last year's summer, this
        # year's being still to come (as « l'été dernier »)
        return f"{ref.year if _SEASON_START[s] <= ref.month else ref.year - 1:04d}-{s}"
    if c.lang == "fr" and tense == "past":
        # a French clause not in a future reads "past" (kg.analyse.pipeline._tense_lookup: a present too,
        # « l'hiver, les routes sont fermées »), which tells no direction
        tense = None
    if ref is None or (c.generic and tense not in ("past", "future")):
        return f"XXXX-{s}"
    if c.unit == "YREL":  # "the spring of last year"
        return f"{ref.year + c.offset:04d}-{s}"
    y = ref.year
    if c.direction == 2:
        # "in the summer": in a past clause the last one begun before the reference's month, in a
        # future clause the next one not over by then (a season lasts three months), else this year's
        start = _SEASON_START[s]
        if ref.month is not None and tense == "past" and start >= ref.month:
            y -= 1
        elif ref.month is not None and tense == "future" and start + 2 < ref.month:
            y += 1
    elif c.direction in (-1, 1) and ref.month is not None:
        start = _SEASON_START[s]
        if c.direction == -1:
            # the last season of that name that has started before the reference
            y = ref.year if start < ref.month else ref.year - 1
        else:
            y = ref.year if start > ref.month else ref.year + 1
    elif c.direction in (-1, 1):
        y = ref.year + c.direction
    return f"{y:04d}-{s}"


#: Between a time of day and the day it is of: "10 a.m. Friday", "9 p.m., March 3", "noon on Monday".
# (a zone named by its place or region between them: "10:30 a.m. Moscow time on Thursday", "9 p.m. Eastern
# time Friday")
_DAY_AFTER_TIME = re.compile(r"\s*(?:(?:local|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+time\b\s*|\(?local\)?\s*)?(?:,\s*|\s?(?:on|of|du)\s+)?", re.I)
#: A time given again in another zone, in brackets, between a time and its day: "2:30 p.m. EDT
#: (1830 GMT) on Wednesday", "9 a.m. (0800 GMT) Thursday" (wire copy's conversion).
#: Between "the quarter" and the date that closes it: "the quarter ended Dec. 31", "ending June 30".
_QUARTER_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?", re.I)
#: Between "the fiscal year" and the date that opens it: "the fiscal year that begins Oct. 1", "beginning
#: in October", "which will start July 1".
_FISCAL_BEGUN = re.compile(r"\s+(?:that\s+|which\s+)?(?:will\s+)?(?:begins?|beginning|began|starts?|starting|started)"
                           r"\s+(?:on\s+|in\s+)?", re.I)
#: Between "the week" and the day it is the week of: "the week of March 25".
_WEEK_OF = re.compile(r"\s+of\s+", re.I)
#: (in round or square brackets: "10 a.m. EST [1500 GMT] on Thursday")
_OPEN_CONVERSION = re.compile(r"\s*(?:(?:local|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+time\s*)?[(\[]\s*", re.I)  # ("6 p.m. local time (1600 GMT) on Monday")
_CLOSE_CONVERSION = re.compile(r"\s*[)\]]")
#: Between two English weekdays of a range or a pair: "Monday through Friday", "from Tuesday to
#: Thursday", "Thursday and Friday", "Saturday-Sunday"
_WEEKDAY_RANGE = re.compile(r"\s*,?\s*(?:and|or|to|through|thru|until|till|[-–])\s*(?:on\s+)?", re.I)


def resolve(candidate: TimexCandidate, *, anchor: PartialDate | None,
            tense: str | None = None) -> str | None:
    """The TIMEX3 value of ``candidate`` against the reference date ``anchor``.

    ``tense`` (``"past"``, ``"present"``, ``"future"`` or None) picks between the previous and
    the next occurrence of a weekday or a year-less date; ``"preterite"`` is a past the date's own
    verb is in ("he resigned in April"), read as ``"past"`` but sure enough to overrule proximity up
    to a year away (told in March, that April is last year's); ``"will"`` likewise a future of the
    date's own verb ("will hold its meeting in February", a schedule in the present: "the trial
    begins in February": next year's); ``"ahead"`` a future only some months away (what a provision
    adopted in a past clause provides for); ``"awaited"`` a future a past clause waits for ("fell ahead of
    Friday's report"), read as ``"future"``; ``"befell"`` a past of an event a year-less day names
    ("the Nov. 23 fire"), never after the reference day.  Without a day-granular anchor,
    expressions that need one get an underspecified value (``XXXX-WXX-1``, ``2020-06-XX``).
    Returns None only when nothing sensible can be produced.
    """
    try:
        return _resolve(candidate, anchor, tense)
    except (ValueError, OverflowError):
        return None


#: Days from the reference within which a clause's tense overrules the nearest occurrence of a
#: year-less date or holiday: a past or future read from the sentence, or from the date's own verb
#: in a past tense (``"preterite"``) or with "will" (``"will"``), which a reported plan cannot blur.
_TENSE_REACH = 300
_PRETERITE_REACH = 366
#: ``"ahead"``: what a provision adopted in a past clause provides for ("approved a bill to fund the
#: government through September"), read as a future only up to about seven months away, since the
#: date may still be the past act's ("signed a deal to buy the firm in January", told in March).
_AHEAD_REACH = 213
#: The rules of a part of the day or a clock time read on the day last mentioned, that a clause in the simple
#: present makes any day's ("Markets open in the morning", "The pharmacy opens at 8 in the morning").
_GENERIC_IN_PRESENT = frozenset({"en_in_the_part", "en_clock_part"})

#: The tenses of the date's own verb (and ``"ahead"``), read as the plain past and future elsewhere.
#: ``"done"``: a French date's own verb in a compound or finite past (« a été arrêté ce week-end »),
#: where a French clause's plain ``"past"`` may be a present (kg.analyse.pipeline._tense_lookup).
_PLAIN_TENSES = {"preterite": "past", "will": "future", "ahead": "future", "befell": "past", "awaited": "future",
                 "done": "past", "postponed": "future"}
_PLAIN_REACHES = {"preterite": _PRETERITE_REACH, "will": _PRETERITE_REACH, "ahead": _AHEAD_REACH,
                  "befell": _PRETERITE_REACH, "awaited": _TENSE_REACH,
                  # (a French date's own verb in a compound past reaches as far as an English simple past:
                  # « En mai, l'entreprise a supprimé 300 postes », told in March, is the last May)
                  "done": _PRETERITE_REACH,
                  # ``"postponed"``: a date something is put off to (« renvoyé à jeudi »), read as a future
                  # but never the reference day itself (told on a Thursday, the next Thursday)
                  "postponed": _TENSE_REACH}


def _resolve(c: TimexCandidate, ref: PartialDate | None, tense: str | None) -> str | None:
    ref_day = ref.to_date() if ref is not None else None
    reach = _TENSE_REACH
    ahead = tense == "ahead"
    befell = tense == "befell"
    own_past = tense == "preterite"
    done = tense == "done"
    put_off = tense == "postponed"
    if tense in _PLAIN_TENSES:
        tense, reach = _PLAIN_TENSES[tense], _PLAIN_REACHES[tense]
    if c.kind == "value":
        return c.value
    if c.kind == "date":
        if c.unit in ("Q", "H"):  # a quarter or a half without its year ("of last year": direction)
            fy = c.value or ""
            y = ref.year + (c.direction or 0) if ref is not None else None
            if y is not None and ref is not None and ref.month is not None and c.direction is None and not fy \
                    and tense in ("past", "headline"):
                current = (ref.month - 1) // (3 if c.unit == "Q" else 6) + 1
                if c.offset > current:
                    y -= 1  # "profit fell in the fourth quarter", told in March: last year's
            elif y is not None and ref is not None and ref.month is not None and c.direction is None and not fy \
                    and tense == "future" and not ahead and ref.month - c.offset * (3 if c.unit == "Q" else 6) >= 3:
                # "growth will pick up in the first quarter", told in December: next year's, the one of
                # this year being long over (not "will report first-quarter results", told in April)
                y += 1
            return f"{fy}{y:04d}-{c.unit}{c.offset}" if y is not None else f"{fy}XXXX-{c.unit}{c.offset}"
        year = c.year
        if c.unit == "YREL":  # "March of last year"
            year = ref.year + c.offset if ref is not None else None
        if year is None and ref is not None and c.lang == "en" and c.day is None and c.direction in (-1, 1) \
                and c.month is not None and c.month == ref.month:
            year = ref.year + c.direction  # "next March" written in March: the March of next year
        if year is None:
            if ref is None:
                ys = "XXXX"
            else:
                ys = f"{_closest_year(c.month or 1, c.day, ref, tense, c.direction, c.weekday, reach=reach, over=befell):04d}"
        else:
            ys = f"{year:04d}"
        if c.month is None:
            return ys
        if c.day is None:
            return f"{ys}-{c.month:02d}"
        if ys != "XXXX":
            _dt.date(int(ys), c.month, c.day)
        # (a time stamp's clock time, "March 18, 2013 4:30 p.m.", or a part of the day)
        return f"{ys}-{c.month:02d}-{c.day:02d}" + _time_suffix(c)
    if c.kind in ("relday", "anaphoric"):
        if ref_day is None:
            return _unspec_day(ref) + _time_suffix(c)
        offset = c.offset
        if c.kind == "relday" and offset == 0 and c.part == "NI" and tense == "past" and c.lang != "en":
            # "cette nuit, les rebelles ont attaqué": the night before, like "la nuit dernière" (English
            # "overnight", "tonight" name the text's own night in a past clause as well: "rain fell overnight")
            offset = -1
        d = ref_day + _dt.timedelta(days=offset)
        return d.isoformat() + _time_suffix(c)
    if c.kind == "time":
        if ref_day is None:
            return _unspec_day(ref) + _time_suffix(c) if ref is not None else \
                _time_suffix(c).replace("T", "XXXX-XX-XXT", 1)
        return ref_day.isoformat() + _time_suffix(c)
    if c.kind == "weekday":
        wd = c.weekday or 1
        if ref_day is None:
            return f"XXXX-WXX-{wd}" + _time_suffix(c)
        cur = ref_day.isoweekday()
        if c.direction == -1:
            delta = -((cur - wd) % 7 or 7)
        elif c.direction == 1:
            delta = (wd - cur) % 7 or 7
        elif c.direction == 0:
            delta = wd - cur  # "that Friday": of the reference's (ISO) week
        elif tense in ("future", "present"):
            # a present with a weekday is a schedule ("the ministers meet Monday", "the vote is Thursday")
            delta = (wd - cur) % 7 or (7 if put_off else 0)
        elif tense == "planned":
            # "was to address the camp on Saturday": a plan told in a past, which may lie either side of
            # the telling (the coming Saturday, told on Friday; "the banks were to reopen Tuesday", told
            # on Friday, the Tuesday gone by): the nearest one
            forward = (wd - cur) % 7
            delta = forward if forward <= 3 else forward - 7
        else:
            delta = -((cur - wd) % 7)
        # ("a week ago Sunday": ``offset`` days more)
        return (ref_day + _dt.timedelta(days=delta + c.offset)).isoformat() + _time_suffix(c)
    if c.kind == "monthday":
        return _monthday_value(c, ref, ref_day, tense)
    if c.kind == "season":
        # a bare "in spring" is told by a future or its own verb's past ("was finished in spring"), not a
        # present the clause reading took for a past ("In winter, the roads are closed": any winter)
        return _season_value(c, ref, tense if not c.generic or tense == "future" or own_past else None, done=done)
    if c.kind == "holiday":
        day = _holiday_value(c, ref, tense, reach)
        # "Thanksgiving night": the part of the day after the holiday's date, as after a weekday's
        return day + _time_suffix(c) if day is not None and re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", day) else day
    if c.kind == "relunit":
        if c.unit == "WE" and c.direction == 2 and ref_day is not None:
            # "over the weekend": this week's once it has begun or when ahead, else last week's; an English
            # present is a schedule from midweek on ("The team plays two games over the weekend", told on a
            # Wednesday: the coming one), but told on a Monday or a Tuesday it is most often the state after
            # the weekend just gone ("Thousands remain without power after storms over the weekend")
            ahead = ref_day.isoweekday() >= 6 or tense == "future" \
                or (tense == "present" and c.lang == "en" and ref_day.isoweekday() >= 3)
            return _iso_week(ref_day + _dt.timedelta(weeks=0 if ahead else -1)) + "-WE"
        if c.unit == "WE" and c.offset == 0 and done and not c.anchored and ref_day is not None \
                and ref_day.isoweekday() < 6:
            # (f35b) « Le suspect a été arrêté ce week-end », told on a Thursday: the weekend gone by,
            # the coming one being still ahead of a thing done
            return _iso_week(ref_day - _dt.timedelta(weeks=1)) + "-WE"
        if c.rule == "fr_unit_part" and c.offset == 0 and ref_day is not None \
                and (shift := _edge_gone_or_ahead(c, ref_day, done=done, future=tense == "future")):
            # « Le ministre a été reçu en fin de semaine », told on a Monday: last week's end, this one's
            # being still ahead of a thing done; « sera reçu en début de semaine », told on a Thursday:
            # next week's start, this one's being over
            return _relunit_value(replace(c, offset=shift), ref, ref_day)
        return _relunit_value(c, ref, ref_day)
    return c.value


#: Kinds of candidates that name a day, a month or a year of their own (not one counted from the day last
#: mentioned, « le lendemain », nor a clock time on it): after one, a day counted the other way from an eve
#: is counted from that day (TimexReader._flashback no longer holds).
_DAY_NAMING_KINDS = frozenset({"date", "relday", "weekday", "monthday", "holiday", "season", "relunit"})


#: For a French start or end of the current unit (« en fin de semaine », « en début de mois »): the last
#: day of the unit's first part (a start is over after it) and the first day of its last part (an end is
#: not begun before it), as the day of the week, of the month and the month of the year.
_EDGE_DAYS = {"W": (2, 4), "M": (10, 21), "Y": (2, 11)}


def _edge_gone_or_ahead(c: TimexCandidate, ref_day: _dt.date, *, done: bool, future: bool) -> int:
    """The shift of a French start or end of the current week, month or year (rule ``fr_unit_part``)
    that its verb's tense puts on the other side of the reference: -1 for an end told done before the
    end of the unit has begun (« a été reçu en fin de semaine », told on a Monday: last week's), +1 for
    a start still to come once the start is over (« sera reçu en début de mois », told on the 20th:
    next month's); 0 otherwise."""
    if c.unit not in _EDGE_DAYS:
        return 0
    start_ends, end_starts = _EDGE_DAYS[c.unit]
    pos = {"W": ref_day.isoweekday(), "M": ref_day.day, "Y": ref_day.month}[c.unit]
    words = c.text.casefold().split()
    if done and "fin" in words and pos < end_starts:
        return -1
    if future and ("début" in words or "debut" in words) and pos > start_ends:
        return 1
    return 0


def _monthday_value(c: TimexCandidate, ref: PartialDate | None, ref_day: _dt.date | None,
                    tense: str | None = None) -> str:
    """``mercredi 26``: the 26th of the month around the reference that falls on a Wednesday, the
    nearest one; an unknown month when none does, the reference's when there is no day-granular
    reference.
    A day without its weekday (« a annoncé le 3 ») is the last such day on or before the reference
    in a past clause, the next one on or after it in a future clause, else the nearest."""
    day = c.day or 1
    if ref is None or ref.month is None:
        return f"{ref.year:04d}-XX-{day:02d}" if ref is not None else f"XXXX-XX-{day:02d}"
    options = []
    # (two months each way for a bare day: « transféré le 31 », told on 14 March, is 31 January)
    for k in (-1, 0, 1) if c.weekday is not None else (-2, -1, 0, 1, 2):
        y, mth = _shift_month(ref.year, ref.month, k)
        try:
            d = _dt.date(y, mth, day)
        except ValueError:
            continue
        if c.weekday is None or d.isoweekday() == c.weekday:
            options.append(d)
    if c.direction == 1:
        tense = "future"  # « est attendu le 20 » (_h_bare_day): expected, so the next one
    if c.weekday is None and ref_day is not None and tense in ("past", "future"):
        # the tense overrules proximity: « a signé le 28 », told on 14 March, is 28 February
        kept = [d for d in options if (d <= ref_day if tense == "past" else d >= ref_day)]
        options = kept or options
    if ref_day is not None and options:
        return min(options, key=lambda d: abs((d - ref_day).days)).isoformat()
    if c.weekday is not None and ref_day is not None:
        # no month around the reference has that day on that weekday ("born on Friday the 13th", told
        # on 15 April 2013): the month is not the reference's, whose day falls on another weekday
        return f"XXXX-XX-{day:02d}"
    return f"{ref.year:04d}-{ref.month:02d}-{day:02d}"


def _easter(year: int) -> _dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return _dt.date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


#: The Hebrew calendar's epoch (1 Tishri AM 1) as a proleptic Gregorian ordinal (Reingold and
#: Dershowitz, *Calendrical Calculations*).
_HEBREW_EPOCH = -1373427


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the Hebrew epoch to the molad of Tishri of ``year`` (AM), moved off Sunday, Wednesday
    and Friday."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _rosh_hashanah(year: int) -> _dt.date:
    """1 Tishri of the Hebrew ``year`` (AM), with the corrections that keep year lengths legal."""
    before, now, after = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    correction = 2 if after - now == 356 else 1 if now - before == 382 else 0
    return _dt.date.fromordinal(_HEBREW_EPOCH + now + correction)


def _passover(year: int) -> _dt.date:
    """15 Nisan, the first day of Passover, in the Gregorian ``year``: always 163 days before the
    next Rosh Hashanah (the months between have fixed lengths)."""
    return _rosh_hashanah(year + 3761) - _dt.timedelta(days=163)


def holiday_date(rule: str, year: int) -> _dt.date | None:
    """The day a holiday rule of ``lexicons/*/holidays.tsv`` gives in ``year`` (None: malformed)."""
    m = re.fullmatch(r"(\d\d)-(\d\d)|(easter|passover)([+-]\d+)|nth:(\d\d)(?:-(\d\d))?:([1-7]):(-?[1-5])([+-]\d+)?", rule)
    if m is None:
        return None
    if m.group(1):
        return _dt.date(year, int(m.group(1)), int(m.group(2)))
    if m.group(3):
        base = _easter(year) if m.group(3) == "easter" else _passover(year)
        return base + _dt.timedelta(days=int(m.group(4)))
    month, weekday, n = int(m.group(5)), int(m.group(7)), int(m.group(8))
    if n > 0:
        first = _dt.date(year, month, int(m.group(6) or 1))  # "nth:03-21:7:1": counted from 21 March
        day = first + _dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        last = _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
        day = last - _dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    return day + _dt.timedelta(days=int(m.group(9) or 0))


#: Days from the reference within which a year-less date set after a weekday ("Tuesday morning, Dec. 4")
#: takes the year its weekday falls on: half a year, so that a weekday that fits no nearby year (a slip,
#: "Tuesday night, Dec. 10" when the nearest Dec. 10 is a Monday) does not move the date a year off.
_WEEKDAY_DATE_REACH = 183


def _weekday_dated(weekday: int, c: TimexCandidate, ref: PartialDate) -> _dt.date | None:
    """The day of the year-less date ``c`` ("Dec. 4") that falls on ``weekday``, in the year before, of
    or after the reference's, the nearest to it and within :data:`_WEEKDAY_DATE_REACH` days of it; None
    when ``c`` is no month and day or none does."""
    if c.kind != "date" or c.year is not None or c.month is None or c.day is None or c.unit is not None:
        return None
    refd = _dt.date(ref.year, ref.month or 7, ref.day or 1)
    days = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = _dt.date(y, c.month, c.day)
        except ValueError:
            continue
        if d.isoweekday() == weekday and abs((d - refd).days) <= _WEEKDAY_DATE_REACH:
            days.append(d)
    return min(days, key=lambda d: abs((d - refd).days)) if days else None


def _holiday_value(c: TimexCandidate, ref: PartialDate | None, tense: str | None,
                   reach: int = _TENSE_REACH) -> str | None:
    rule = c.value or ""
    if c.year is not None:
        day = holiday_date(rule, c.year)
        return day.isoformat() if day is not None else None
    if ref is None or ref.month is None:
        fixed = re.fullmatch(r"\d\d-\d\d", rule)
        if ref is None:
            return f"XXXX-{rule}" if fixed else "XXXX-XX-XX"
        day = holiday_date(rule, ref.year)
        return day.isoformat() if day is not None else None
    refd = _dt.date(ref.year, ref.month, ref.day or 15)
    days = [d for d in (holiday_date(rule, y) for y in (ref.year - 1, ref.year, ref.year + 1)) if d is not None]
    if not days:
        return None
    # (a tense of the holiday's own verb, "will" or a preterite, reaches a year and the week a holiday
    # set by a weekday drifts: "The stores will close on Thanksgiving", told four days after it, is next
    # year's, 371 days ahead; not Easter's weeks: "will return after Easter", told just after it)
    if reach >= _PRETERITE_REACH:
        reach += 7
    if c.direction == -1 or (c.direction is None and tense == "past"):
        before = [d for d in days if d <= refd]
        # the tense only overrules an occurrence less than ten months away (a year for a preterite)
        if before and (c.direction == -1 or (refd - before[-1]).days <= reach):
            return before[-1].isoformat()
    if c.direction == 1 or (c.direction is None and tense == "future"):
        after = [d for d in days if d >= refd]
        if after and (c.direction == 1 or (after[0] - refd).days <= reach):
            return after[0].isoformat()
    return min(days, key=lambda d: abs((d - refd).days)).isoformat()


def _relunit_value(c: TimexCandidate, ref: PartialDate | None, ref_day: _dt.date | None) -> str:
    unit, k = c.unit or "D", c.offset
    if ref is None:
        return {"Y": "XXXX", "FY": "FYXXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX",
                "WE": "XXXX-WXX-WE", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX",
                "SEM": "XXXX-HX"}.get(unit, "XXXX-XX-XX")
    if unit == "Y":
        return f"{ref.year + k:04d}"
    if unit == "FY":
        return f"FY{ref.year + k:04d}"
    pad = "X" if c.lang == "fr" else ""  # French TimeML: "199X", "19XX" (see timex_handlers._PAD)
    if unit == "DE":
        return f"{ref.year // 10 + k:03d}" + pad
    if unit == "CE":
        return f"{ref.year // 100 + k:02d}" + 2 * pad
    if unit in ("M", "Q", "SEM"):
        if ref.month is None:
            return f"{ref.year:04d}" if k == 0 else f"{ref.year:04d}-XX"
        if unit == "M":
            y, mth = _shift_month(ref.year, ref.month, k)
            if c.day is not None and _day_in_month(y, mth, c.day):
                return f"{y:04d}-{mth:02d}-{c.day:02d}"  # "the 15th of next month"
            return f"{y:04d}-{mth:02d}"
        if unit == "Q":
            q_index = ref.year * 4 + (ref.month - 1) // 3 + k
            return f"{q_index // 4:04d}-Q{q_index % 4 + 1}"
        h_index = ref.year * 2 + (ref.month - 1) // 6 + k
        return f"{h_index // 2:04d}-H{h_index % 2 + 1}"
    if unit in ("W", "WE"):
        if ref_day is None:
            base = f"{ref.year:04d}-WXX"
            return base + "-WE" if unit == "WE" else base
        week = _iso_week(ref_day + _dt.timedelta(weeks=k))
        return week + "-WE" if unit == "WE" else week
    if unit == "D":
        if ref_day is None:
            return _unspec_day(ref)
        return (ref_day + _dt.timedelta(days=k)).isoformat()
    # hours, minutes, seconds: the day is the best we can say
    return ref_day.isoformat() if ref_day is not None else _unspec_day(ref)


# ---------------------------------------------------------------------------------------------
# Whole-document entry point
# ---------------------------------------------------------------------------------------------


def _consistent(day: PartialDate, dct: PartialDate | None) -> bool:
    if dct is None:
        return True
    if day.year != dct.year:
        return False
    return dct.month is None or day.month == dct.month


def _as_date(value: str) -> PartialDate | None:
    """The calendar date a DATE or TIME value names (``2005``, ``2005-03``, ``2005-03-03T10:00``), or
    only its year for a week, quarter, half or season (``2005-Q1``, ``2005-W10``) or a fiscal year
    (``FY2007``); None for others."""
    head = value.split("T", 1)[0].removeprefix("FY")
    if len(head) < 4 or not head[:4].isdigit() or head[4:5] not in ("", "-"):
        return None
    try:
        return PartialDate.parse(head)
    except ValueError:
        return PartialDate(int(head[:4]))


_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})")


def _day_of_week_told(date: PartialDate | None, value: str | None) -> _dt.date | None:
    """A day of the week the text last gave, for "that Friday": ``date`` when it is a day, the Monday
    of ``value`` when that is a week (``2013-W03``, which ``date`` cuts to its year); None otherwise
    (a month or a year tells no week)."""
    day = date.to_date() if date is not None else None
    if day is not None:
        return day
    week = _WEEK_VALUE.fullmatch(value) if value is not None else None
    if week is None:
        return None
    try:
        return _dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
    except ValueError:
        return None
_PART_VALUE = re.compile(r"(\d{4})-(Q[1-4]|H[12])")
_MONTH_VALUE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
# the rules of counted offsets ("a year earlier", "two weeks later", "the year-earlier period", "the same period last
# year"), which keep the quarter or half
# of the date they count from; "the following year" after a quarter is the whole year
#: "the same period last year", « la même période de l'an dernier »: the period the text last gave, a year before.
_SAME_PERIOD_RULES = frozenset({"en_same_period_year", "fr_same_period_year"})
_COUNTED_RULES = frozenset({"en_earlier", "en_year_earlier"}) | _SAME_PERIOD_RULES
# the year of "the same period last year", "the same month a year ago", « la même période de l'an dernier »:
# the reference's, not one counted from a date
_DEICTIC_YEAR = re.compile(r"\blast\s+year|\byear\s+ago\b|\bl['’]\s*(?:an|année)\s+(?:derni|pass)", re.I)


#: The same-period phrases that name the time of the telling ("this time last year", « à la même époque l'an
#: dernier »), not the period the text last gave, unless they close a comparison (:func:`_compared_before`).
_DEICTIC_SAME_TIME = re.compile(r"(?i)^this\s+time\b|\bmême\s+époque\b")


#: A quarter or a half of a year (fiscal or not), or a fiscal year, whose figures a text compares with the
#: same period before ("the fiscal year ended June 30 … from the year-earlier period": FY2025, not 2025).
_PERIOD_OF_FIGURES = re.compile(r"(?:FY)?\d{4}-(?:Q[1-4]|H[12])|FY\d{4}")
#: Between a quarter and the day that closes it: "the fiscal first quarter, ended Dec. 31", "which ended".
_PERIOD_CLOSED = re.compile(r"\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?", re.I)
#: The rules of a comparison with the same period a year before ("the year-earlier quarter", "the same
#: period last year", "the prior-year quarter"): a second comparison is with the same period again.
_COMPARISON_RULES = frozenset({"en_year_earlier", "en_prior_unit"}) | _SAME_PERIOD_RULES


def _restates_compared(chunk: str, c: TimexCandidate, last: str | None, value: str | None) -> bool:
    """Whether ``c`` (valued ``value``) names the period that figures are compared with, counted from the
    date the text last gave (``last``): "Profit rose from the year-earlier quarter. Sales were flat from
    the same period a year earlier" compares both with the third quarter of a year before, not the second
    with two years before; so the comparison does not become the period later ones count from. So does
    "a year earlier" after a word of comparison ("up 4% from a year earlier"), not "A year earlier, …"
    told of its own."""
    if value is None or value == last or not c.anchored or c.kind != "relunit":
        return False
    return c.rule in _COMPARISON_RULES or (c.rule == "en_earlier" and _compared_before(chunk, c.start, c.lang))


def _compared_before(chunk: str, start: int, lang: str) -> bool:
    """Whether the one or two words before ``start`` of ``chunk`` are a word of comparison
    (``{lang}/comparison_signals``: "rose from", « par rapport à »)."""
    words = re.findall(r"[^\W\d_]+", chunk[max(0, start - 30):start].casefold())
    signals = word_set(lang, "comparison_signals")
    return any(len(words) >= n and " ".join(words[-n:]) in signals for n in (1, 2))


def _shift_coarse(c: TimexCandidate, last: str | None) -> str | None:
    """An anchored offset counted from a week, quarter or half the text last gave, in that unit.

    TimeML anchors "a week later" on the last reference time, so after "two weeks ago"
    (``2007-W17``) it is ``2007-W18``; "a year earlier" after "the third quarter of 2006" is the
    same quarter a year before (``2005-Q3``), and so is "two quarters later" counted in quarters;
    after "in January" (``2013-01``) it is that month a year before (``2012-01``).
    None when ``last`` is no such value or the unit does not count in it (days after a week)."""
    if last is None or c.kind != "relunit" or not c.anchored:
        return None
    k = c.offset
    if last.startswith("FY"):
        # "fiscal third-quarter profit rose from the year-earlier period": the same fiscal quarter a year
        # before (FY2025-Q3, not the calendar year 2025); "fiscal 2026 … a year earlier": FY2025
        if c.unit == "Y" and c.rule in _COUNTED_RULES and re.fullmatch(r"\d{4}", last[2:]):
            return f"FY{int(last[2:]) + k:04d}"
        shifted = _shift_coarse(c, last[2:]) if _PART_VALUE.fullmatch(last[2:]) else None
        return "FY" + shifted if shifted is not None else None
    if c.rule in _SAME_PERIOD_RULES:
        same = _same_unit_shifted(c, last)
        if same is not None:
            return same
    week = _WEEK_VALUE.fullmatch(last)
    if week is not None:
        if c.unit not in ("W", "WE"):
            return None
        try:
            monday = _dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None
        # "by the end of the week … that weekend": the weekend of that week
        return _iso_week(monday + _dt.timedelta(weeks=k)) + ("-WE" if c.unit == "WE" else "")
    month = _MONTH_VALUE.fullmatch(last)
    if month is not None:
        # "7.9 percent in January, against 8.3 percent a year earlier": the same month a year before
        if c.unit == "Y" and c.rule in _COUNTED_RULES:
            return f"{int(month.group(1)) + k:04d}-{month.group(2)}"
        return None
    part = _PART_VALUE.fullmatch(last)
    if part is None:
        return None
    year, kind, n = int(part.group(1)), part.group(2)[0], int(part.group(2)[1])
    if c.unit == "Y" and c.rule in _COUNTED_RULES:
        return f"{year + k:04d}-{kind}{n}"
    size = {"Q": 4, "H": 2}[kind]
    if (kind, c.unit) in (("Q", "Q"), ("H", "SEM")):
        index = year * size + n - 1 + k
        return f"{index // size:04d}-{kind}{index % size + 1}"
    return None


_SAME_NOUN = re.compile(r"same\s+(period|quarter|month|week|day|time)\b", re.I)


def _same_unit_shifted(c: TimexCandidate, last: str) -> str | None:
    """The unit that "the same day / week / month / quarter last year" names, of the day or week ``last``
    the text gave, ``c.offset`` years away: "Sales on March 3 rose from the same day last year"
    (2012-03-03), "sales in the week ended Saturday were flat from the same week a year earlier"
    (2012-W16, the week of that Saturday a year before), "the same period" after a week. None for "the
    same period" or "the same time" after a day (which period of it is unknown, the year is counted),
    for a 29 February or a week 53 with no match a year away, and for a value that is no day or week
    (counted in ``_shift_coarse``)."""
    m = _SAME_NOUN.search(c.text)
    noun = m.group(1).lower() if m is not None else "period"
    if _DAY_VALUE.fullmatch(last):
        day = _dt.date.fromisoformat(last)
        try:
            shifted = day.replace(year=day.year + c.offset)
        except ValueError:
            return None
        if noun == "day":
            return shifted.isoformat()
        if noun == "week":
            return _iso_week(shifted)
        if noun == "month":
            return shifted.isoformat()[:7]
        if noun == "quarter":
            return f"{shifted.year:04d}-Q{(shifted.month - 1) // 3 + 1}"
        return None
    week = _WEEK_VALUE.fullmatch(last)
    if week is not None and noun in ("week", "period", "time"):
        year, number = int(week.group(1)) + c.offset, int(week.group(2))
        try:
            _dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            return None
        return f"{year:04d}-W{number:02d}"
    return None


def _coarse_unit(date: PartialDate, unit: str | None) -> str:
    """A ``unit`` of ``date``, a month or a year, whose place in it is unknown: ``2011-03-XX`` for a day of
    March 2011, ``2009-WXX`` for a week of 2009, ``1914-XX`` for a month of 1914."""
    year = f"{date.year:04d}"
    if unit == "W":
        return f"{year}-WXX"
    if unit == "WE":
        return f"{year}-WXX-WE"
    if unit == "Q":
        return f"{year}-QX"
    if unit in ("M", "SEM"):
        return f"{year}-XX"
    # days and the units of a day
    return f"{year}-{date.month:02d}-XX" if date.month is not None else f"{year}-XX-XX"


def _after_day(day: PartialDate | None, ref: PartialDate | None) -> bool:
    """Whether ``day`` is a day after the reference day (both with their day)."""
    a = day.to_date() if day is not None and day.day is not None else None
    b = ref.to_date() if ref is not None and ref.day is not None else None
    return a is not None and b is not None and a > b


def _against_tense(date: PartialDate, ref: PartialDate, plain: str | None) -> bool:
    """Whether ``date`` lies wholly on the side of the reference a clause's tense cannot reach: after
    it in a past clause, before it in a future one. The unit of such a clause ("the month", "the end of
    the month", not a counted offset, "three days later") is then not one of that date but the
    reference's ("The update is expected in late 2006. Cisco has promised a patch before the end of the month",
    told in May 2005: May 2005's end, not a month of 2006; "The museum closed in 2003. Later in the
    month, the council will vote": the reference's month)."""
    if plain not in ("past", "future"):
        return False
    a, b = (date.year, date.month or 0), (ref.year, ref.month or 0)
    if plain == "past":
        return a[0] > b[0] or (date.month is not None and ref.month is not None and a > b)
    return a[0] < b[0] or (date.month is not None and ref.month is not None and a < b)


def _future_in_past(text: str, day_end: int | None, start: int) -> bool:
    """Whether a modal of a future seen from a past (``en/future_in_past_modals``: "would") comes between
    the day written last (ending at ``day_end``) and a clock time at ``start``, in the same sentence:
    "Officials said on Monday the bridge would reopen at noon" is Monday's noon."""
    if day_end is None or day_end > start:
        return False
    between = text[day_end:start]
    if _SENTENCE_BREAK.search(between):
        return False
    words = {w.lower().replace("’", "'") for w in re.findall(r"[\w'’]+", between)}
    return not words.isdisjoint(word_set("en", "future_in_past_modals"))


#: Between a day and the clock time written right after it, of that day: "on March 12 at 10 a.m.", "Jan. 20, noon".
_TIME_AFTER_DAY = re.compile(r"\s*,?\s*(?:(?:at|from|around|by)\s+)?", re.I)

_DAYS_KEPT = 8  # the days mentioned last that an anaphoric day of a past clause may count from


_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d")
_CLOCK_GAP_WORD = re.compile(r"[a-z]+|['’]d\b", re.I)
_SENTENCE_EDGE = re.compile(r"[.!?;][\"”’']?\s")
# the last hour of the night: a later morning hour after an evening one may be of the same day, told out of order
_NIGHT_END = 6
# a clock time written with its minutes and nothing else ("11:30"), and the "p.m." of another
_BARE_CLOCK = re.compile(r"[1-9]\d?[:.]\d\d")  # (not "09:30": a 24-hour clock)
_PM_CLOCK = re.compile(r"(?<![a-z])p\.?\s?m\b", re.I)


def _clock_goes_on(chunk: str, prev_end: int, start: int) -> bool:
    """True when the clock time at ``start`` goes on from the one ending at ``prev_end``: at most one
    sentence starts between them and the words of its sentence before it tell no earlier time ("had",
    "since", "Earlier, at 9 a.m.": en/clock_backward_words)."""
    if len(_NEXT_SENTENCE.findall(chunk, prev_end, start)) > 1:
        return False
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(chunk, prev_end, start)]
    clause = chunk[edges[-1] if edges else prev_end:start]
    backward = word_set("en", "clock_backward_words")
    return not any(w.group().lower().replace("’", "'") in backward for w in _CLOCK_GAP_WORD.finditer(clause))


#: A noun phrase right after a day ("the day before the parade", "the day after his arrest").
_NOUN_PHRASE_AFTER = re.compile(r"\s+(?:the|a|an|this|that|his|her|its|their|our|my|your)\b", re.IGNORECASE)


def _day_follows(chunk: str, c: TimexCandidate, later: Sequence[TimexCandidate]) -> bool:
    """Whether a date comes right after the clock time ``c`` ("at 5 a.m. that day", "at 2 a.m. the same
    day"): the time is of that day, even when the day is one :meth:`TimexReader._day_after` does not read."""
    return bool(later) and later[0].type == "DATE" and _DAY_AFTER_TIME.fullmatch(chunk, c.end, later[0].start) is not None \
        and not _opens_next_sentence(c, later[0])


def _morning_follows(chunk: str, c: TimexCandidate, later: Sequence[TimexCandidate]) -> bool:
    """Whether a morning is told right after the clock time ``c`` ("closed at 6 in the evening and reopened at
    8:30 the next morning", "at 9:15 that morning"): the time is of that morning, not of the evening before."""
    return bool(later) and later[0].part == "MO" and later[0].hour is None \
        and _DAY_AFTER_TIME.fullmatch(chunk, c.end, later[0].start) is not None


def _opens_next_sentence(c: TimexCandidate, nxt: TimexCandidate) -> bool:
    """Whether the date ``nxt`` right after the clock time ``c`` opens the next sentence, the full stop of
    ``c``'s "a.m." or "p.m." ending ``c``'s: it starts with a capital on a word that has one only there
    ("ended at 8 p.m. The next day, ...", "at 9:40 a.m. Last Friday, ...", "at 8 p.m. Yesterday, ...":
    en/sentence_date_openers), not with a name ("at 8 p.m. Tuesday", "at 6 p.m. Christmas Eve")."""
    if c.lang != "en" or not c.text.endswith(".") or not nxt.text[:1].isupper():
        return False
    first = nxt.text.split(None, 1)[0].lower()
    return first in word_set("en", "sentence_date_openers")


#: the days of a unit, to tell whether a count of it from a day passes the reference day
_UNIT_DAYS = {"D": 1, "W": 7}


def _day_gone_by(anchor: PartialDate | None, offset: int, ref: PartialDate | None,
                 days: Sequence[PartialDate]) -> PartialDate | None:
    """The day an English anaphoric day of a past clause ("the following day", "that day") counts from:
    the day last mentioned, unless it puts the past after the reference day ("called an election on March
    23 for April 28. The campaign began the following day", told on 15 April: not 29 April, still to come);
    then the last day mentioned before it that does not (the 24 March), else the day last mentioned still."""
    start = anchor.to_date() if anchor is not None else None
    limit = ref.to_date() if ref is not None else None
    if start is None or limit is None:
        return anchor
    step = _dt.timedelta(days=offset)
    if start + step <= limit:
        return anchor
    for day in reversed(days):
        first = day.to_date()
        if first is not None and day != anchor and first + step <= limit:
            return day
    return anchor


def _fine_enough(date: PartialDate, unit: str | None) -> bool:
    """Whether ``date`` is precise enough to count ``unit`` from (a day for days and weeks...)."""
    if unit in ("Y", "FY", "DE", "CE", "YREL"):
        return True
    if unit in ("M", "Q", "SEM"):
        return date.month is not None
    return date.day is not None


def timexes_from_segments(text: str, segments: Sequence[Segment], *, dct: PartialDate | None,
                          tense_at: Callable[[int], str | None] | None = None) -> list[Timex]:
    """Detect and normalise the temporal expressions of a whole document.

    Each segment is analysed in its own language; offsets are indices into ``text``.  The
    reference date is the DCT; when the DCT is not day-granular, the first day-granular date of
    a non-embedded segment that agrees with the DCT becomes the reference for the expressions
    after it.  Dates in embedded segments (quoted tweets...) are resolved but never move the
    article's reference.  Clock times take the day last mentioned in the same stream.
    ``tense_at(offset)`` may return ``"past"``, ``"present"`` or ``"future"`` for the clause
    around a character offset (or ``"headline"``, ``"preterite"``, ``"planned"``: see :func:`resolve`).  Returns :class:`Timex` objects sorted by start.
    """
    reader = TimexReader(text, dct=dct)
    out: list[Timex] = []
    for seg in sorted(segments, key=lambda s: s.start):
        out += reader.read(seg, tense_at=tense_at)
    out.sort(key=lambda t: (t.start, t.end))
    return out


_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")

#: The French rules of a part of the day said with no day (« en milieu de journée », « dans la soirée »,
#: « au petit matin »), read on the day last mentioned.
_FR_DAYPART_RULES = frozenset({"fr_daypart", "fr_intense_part"})

# A French imperfect of « avoir » or « être », the auxiliary of a pluperfect, with the reflexive
# clitic before it that makes « être » the auxiliary of any verb (« s'était déclaré »), and the three
# words after it: up to two adverbs (``fr/compound_tense_adverbs``) and the participle.
_FR_IMPERFECT_AUXILIARY = re.compile(
    r"(?<!\w)(?:(?P<clitic>s|se|m|me|t|te|nous|vous)(?:['’]|\s+))?"
    r"(?P<aux>avai(?:s|t|ent)|avions|aviez|étai(?:s|t|ent)|étions|étiez)(?P<after>(?:\s+[\w-]+){1,3})",
    re.IGNORECASE)


def _fr_pluperfect_at(match: re.Match[str]) -> bool:
    """Whether the imperfect auxiliary of ``match`` (:data:`_FR_IMPERFECT_AUXILIARY`) opens a
    pluperfect: past the adverbs, « avoir » before a past participle (« avait endommagé », « avaient
    été arrêtés », « avait eu lieu »), « être » before the participle of a verb conjugated with it
    (``fr/etre_verbs``: « était parti ») or of a reflexive verb (« s'était déclaré »). Not « avait
    du mal », « était à Paris », « était aussi présente », nor « était fermée », a passive's state."""
    from kg.nlp.wordforms import participle_verb

    adverbs = word_set("fr", "compound_tense_adverbs")
    have = match.group("aux").casefold().startswith("av")
    for word in match.group("after").split():
        folded = word.casefold()
        if folded in adverbs or (folded.endswith("ment") and len(folded) > 6):
            continue
        if not word.islower():
            return False
        verb = participle_verb(word, "fr")
        if verb is None:
            return False
        return have or match.group("clitic") is not None or verb in word_set("fr", "etre_verbs")
    return False


# The start of a sentence or a line, then at most one word (a preposition: « Dans », « En », « Au »).
_FRONTED = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)(?:[^\W\d_]+\s+)?\Z")


def _fronted(text: str, at: int) -> bool:
    """Whether the expression at offset ``at`` of ``text`` opens its sentence, after at most its
    preposition (« Dans la soirée, des habitants se sont rassemblés »): set before its clause, it goes
    on from the day the sentence before gave, even one in the pluperfect (f32b); only one inside or
    after its clause (« a mobilisé 600 techniciens dans la soirée ») is read on the story's own day
    after a background day (f37b; review rvf37b)."""
    return _FRONTED.search(text, max(0, at - 40), at) is not None  # (``\A`` is the text's own start)


def _in_fr_pluperfect(text: str, at: int) -> bool:
    """Whether the sentence of ``text`` around offset ``at`` has a verb in the pluperfect (« avait
    endommagé », « avaient été arrêtés », « s'était déclaré »): a background act the narrative
    looks back to (:func:`_fr_pluperfect_at`)."""
    lo = max((b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
    nxt = _SENTENCE_BREAK.search(text, at)
    hi = nxt.start() if nxt is not None else len(text)
    return any(_fr_pluperfect_at(m) for m in _FR_IMPERFECT_AUXILIARY.finditer(text[lo:hi]))


# the end of a sentence or a line closing the few characters before an expression: it opens a sentence
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)\Z")
#: The start of another sentence (not the point of an abbreviated month: "On Nov. 8, 2010, ...").
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]|[;\n]")
#: A sentence's opening preposition before a date that sets the time of what follows ("In March 2010, ...").
_OPENING_DATE = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)(?:In|On|During|Back\s+in)\s+\Z")
#: The opening of a sentence right before a year told in words that opens it ("Last year, the storm hit on
#: Oct. 29", "A year ago, …"), also at the opening of a quotation ("'Last year, we lost everything on Oct.
#: 29,' she said"): that year sets the time of its sentence, as "In 2011, …" does.
_OPENING_SENTENCE = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)[\"“‘']?\Z")
# a sentence's end between two dates: a period after a lower-case word, before the next sentence
# ("U.S. Commerce Department" goes on)
_REPORT_BREAK = re.compile(r"(?<=[a-z]{2})[.!?][\"”’']?\s+[\"“A-Z]|\n")
_REPORT_REACH = 300  # characters from the figures' date to the day of their report, at most (one sentence)
_POSSESSIVE = re.compile(r"['’]s\b")
#: The word right before a day, with an optional "on": "said Monday", "announced on Tuesday".
_WORD_BEFORE_DAY = re.compile(r"(?<![\w'’])([a-z]+)\s+(?:on\s+)?$")
_YEAR_ONLY = re.compile(r"\d{4}")
#: A sentence's opening preposition before a month or a season that goes on telling the year the sentence
#: before opened with ("In 2008, the bank nearly failed. In March, it sold ...", "By the summer, ...").
_NARRATIVE_OPENING = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)(?:In|By|During|Until|(?:Early|Late|Later)\s+in)\s+\Z")


@cache
def _holiday_opening() -> re.Pattern[str]:
    """A holiday opening its sentence, after a preposition of time (``en/holiday_opening_prepositions``)
    and "the" or none ("On Christmas Eve, ...", "By Thanksgiving, ...", "Over the Labor Day weekend, ...")."""
    preps = "|".join(sorted((re.escape(w.capitalize()) for w in word_set("en", "holiday_opening_prepositions")),
                            key=len, reverse=True))
    return re.compile(rf"(?:[.!?][\"”’']?\s+|\n\s*)(?:(?:{preps})\s+(?:the\s+)?)?\Z")


#: The rules of a year written with two digits ("in '85"), whose century is a guess (kg.extract.timex_handlers._two_digit_year).
_YY_RULES = frozenset({"en_yy_apos"})
#: The rules of the end of a day ("by the end of the day"), which a day written right after dates like a time.
_DAY_END_RULES = frozenset({"en_end_of_day"})
_YEAR_MONTH_REACH = 50  # characters from a year to a month of that year


def _same_clause(between: str, lang: str) -> bool:
    """The text between a year and a month is short, has a word ("fin 2019, début mars" is a list of
    dates) and opens no other clause or sentence (``lexicons/<lang>/year_month_breaks.tsv``)."""
    if len(between) > _YEAR_MONTH_REACH or _SENTENCE_BREAK.search(between) or not re.search(r"[^\W\d_]", between):
        return False
    breaks = word_sets("year_month_breaks").get(lang, frozenset())
    return not any(w in breaks for w in re.findall(r"\w+", between.casefold()))


#: "the fiscal year" with its article only ("the current fiscal year" is the reference's, whenever it ends)
_THE_FISCAL_YEAR = re.compile(r"the\s+(?:fiscal|financial)\s+year", re.I)
#: "the start of the month", "the end of the week": a part of a unit its article names (en_relunit)
_EDGE_OF_UNIT = re.compile(r"(?:the\s+)?(?:beginning|end|start|middle)\s+of\s+the\s", re.I)


def _later_unit(date: PartialDate, ref: PartialDate, unit: str | None) -> bool:
    """Whether ``date`` falls in a ``unit`` (a month or a year) after the reference's."""
    if unit == "Y":
        return date.year > ref.year
    if unit == "M" and date.month is not None and ref.month is not None:
        return (date.year, date.month) > (ref.year, ref.month)
    return False


def _year_clause(between: str, lang: str, opens: bool) -> bool:
    """:func:`_same_clause`, where a year that opens its sentence ("In 2015, she won the race on Aug. 3",
    "In 1998 it moved to Leeds in March") sets the time of the clause its subject opens: the first word
    after it, a pronoun or a conjunction of ``year_month_breaks``, opens no other clause."""
    if _same_clause(between, lang):
        return True
    if not opens:
        return False
    first = re.match(r"[\s,]*[^\W\d_]+", between)
    return first is not None and _same_clause(" " + between[first.end():], lang) \
        and re.search(r"[^\W\d_]", between[first.end():]) is not None


def _since_year(text: str, start: int, lang: str) -> bool:
    """Whether the year at ``start`` follows a word of ``lexicons/<lang>/since_prepositions.tsv``
    ("since 2008", « depuis 2008 »): it starts a range that runs to now, so it gives no year to a
    month after it."""
    words = word_sets("since_prepositions").get(lang, frozenset())
    before = text[max(0, start - 20) : start].casefold().split()
    return bool(before) and before[-1] in words


#: The comma or bracket that closes an aside right after its year ("The company, founded in 1998, said",
#: "The museum (built in 1902) will reopen").
_ASIDE_CLOSE = re.compile(r"\s*([,)])")
#: A participle that may open an aside: "founded", « fondée » (other openers: ``<lang>/aside_clause_openers``).
_ASIDE_PARTICIPLE = {"en": re.compile(r"[^\W\d_]{2,}ed"), "fr": re.compile(r"[^\W\d_]{2,}(?:é|ée|és|ées)")}
#: An age set off by commas between a name and its aside ("Brown, 54, who joined the board in 2007,").
_AGE_APPOSITION = re.compile(r"\s*\d{1,3}\s*")


def _aside_year(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the year at ``text[start:end]`` closes an aside set off by commas right after its sentence's
    subject ("The company, founded in 1998, said sales rose in February", "Apple, which went public in 1980,
    will report in April", "Brown, 54, who joined in 2007, said", « La société, fondée en 1998, a annoncé en
    mars ») or by brackets ("The museum (built in 1902) will reopen in May"): the aside interrupts its clause,
    so the year gives no year to a month after it (February of now, not of 1998)."""
    close = _ASIDE_CLOSE.match(text, end)
    if close is None:
        return False
    sentence = re.split(r"[.!?;:\n]\s|\n", text[max(0, start - 200):start])[-1]
    if close.group(1) == ")":
        head, _, aside = sentence.rpartition("(")
        if not _ or ")" in aside:
            return False
    else:
        parts = sentence.split(",")
        # (the subject and the aside, with at most an age between them; more commas tell a longer clause)
        if len(parts) < 2 or not all(_AGE_APPOSITION.fullmatch(p) for p in parts[1:-1]) or "(" in parts[-1]:
            return False
        head, aside = parts[0], parts[-1]
    first = re.match(r"\s*([^\W\d_]+)", aside)
    if first is None or not re.search(r"[^\W\d_]", head):
        return False
    word = first.group(1).casefold()
    participle = _ASIDE_PARTICIPLE.get(lang)
    return word in word_sets("aside_clause_openers").get(lang, frozenset()) \
        or (participle is not None and participle.fullmatch(word) is not None)


def _comparison_offset(text: str, c: TimexCandidate, abs_start: int) -> bool:
    """Whether ``c`` (starting at ``abs_start`` of ``text``) compares figures with the same period a unit
    before: the premodifier "year-ago", "year-earlier" ("from the year-ago quarter"), or "a year earlier"
    after a word of comparison (``en/comparison_signals``: "rose from a year earlier", "than a year before")."""
    if c.rule == "fr_same_period_year":
        return True  # (« par rapport à la même période de l'an dernier »)
    if c.lang != "en" or c.kind != "relunit" or not c.anchored or c.offset >= 0:
        return False
    if c.rule in ("en_year_earlier", "en_same_period_year"):
        return True  # (and "from the same period last year")
    if c.rule != "en_earlier":
        return False
    before = re.findall(r"[^\W\d_]+", text[max(0, abs_start - 24):abs_start].casefold())
    return bool(before) and before[-1] in word_set("en", "comparison_signals")


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: what may stand between a year inside its sentence and a day of that year: "in 1912 on April 15", "in 1912, on"
_DAY_AFTER_YEAR = re.compile(r"[\s,]*(?:on\s+)?", re.I)


#: what follows the day of a report that opens the content of that report: "said on May 6 that"
_REPORT_THAT = re.compile(r"\s+that\b", re.I)


def _report_of_year(text: str, year_at: tuple[int, int, bool], start: int, end: int) -> bool:
    """Whether the day of a report between ``start`` and ``end`` is in the year that opens its sentence: the
    report is the clause that year opens, its content after it ("In 2019, the ministry said on May 6 that cases
    had doubled"; not a report set off by a comma: "In 2019, sales fell, the firm said on May 6")."""
    return year_at[2] and text[year_at[0]:start].count(",") <= 1 and _REPORT_THAT.match(text, end) is not None


def _sets_time(text: str, at: int | None, pos: int) -> bool:
    """Whether the date at ``at`` sets the time of the part of a day at ``pos`` ("through the night"):
    it is in the same sentence, or it opens its own ("In March 2011, an earthquake struck. Rescuers
    worked through the night"); not a date inside another sentence ("The wall was built in August 1961.
    Crowds stayed through the night": the story's night, not one of 1961)."""
    if at is None:
        return False
    return _NEXT_SENTENCE.search(text, at, pos) is None or _OPENING_DATE.search(text, 0, at) is not None


def _said_on(text: str, pos: int) -> bool:
    """Whether the day at ``pos`` is the day of a report, right after an English verb of saying
    (``en/reporting_verbs``): "officials said Monday", "the ministry announced on Tuesday"."""
    from kg.extract.timex_handlers import _reporting_form

    m = _WORD_BEFORE_DAY.search(text, max(0, pos - 30), pos)
    return m is not None and _reporting_form([m.group(1)])


#: How many sentence breaks a day of the month alone (« le 15 », "on the 15th") may stand after the
#: month the text last gave and still be of it ("In May, … Unions protested. On the 15th, …").
_MONTH_KEPT_SENTENCES = 2


def _day_in_month(year: int, month: int, day: int) -> bool:
    """Whether ``month`` of ``year`` has a ``day`` (no 31 April, no 29 February in 2013)."""
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _told_at(text: str, start: int | None, lang: str) -> bool:
    """Whether the date at ``start`` (None: not given in the piece being read) is the time of what the
    text tells, not the start of a range running to now ("its highest since 2007": no time of the story)
    nor the last end of a range (« favorisé une société entre 2021 et 2023. Le siège a été perquisitionné
    le même jour »: not a day of 2023)."""
    return start is not None and not _since_year(text, start, lang) and not _ends_range(text, start)


@cache
def _range_end_pattern() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in sorted(word_set("xx", "range_openers"), key=len, reverse=True))
    joiners = "|".join(re.escape(w) for w in sorted(word_set("xx", "range_connectors"), key=len, reverse=True))
    # the range's first end: one to four words with a digit among them or a month's name ("between March
    # and June"), no clause break
    return re.compile(rf"(?:^|\s)(?:{openers})\s+(?:[^\s,.;:!?()]+\s+){{1,4}}?(?:{joiners})\s+"
                      rf"(?:(?:the|le|la|l['’])\s*)?$", re.I)


def _ends_range(text: str, start: int) -> bool:
    """Whether the date at ``start`` ends a range opened by a word of ``lexicons/xx/range_openers.tsv``
    and joined by one of ``xx/range_connectors`` ("between 2021 and 2023", « de 2019 à 2021 »)."""
    return _range_end_pattern().search(text[max(0, start - 60) : start]) is not None


def _in_title(text: str, pos: int) -> bool:
    """Whether ``pos`` is on the first line of the text that is not blank (its title), within its
    first :data:`_TITLE_REACH` characters (a title is short: on a text of one long line every weekday
    looked for its date among all the dates after it, a quadratic time)."""
    start = _LEADING_SPACE.match(text).end()  # type: ignore[union-attr]
    return pos - start <= _TITLE_REACH and text.find("\n", start, pos) < 0


_TITLE_REACH = 300


_LEADING_SPACE = re.compile(r"\s*")


#: Between the two ends of a French range of weekdays or months: « de lundi à vendredi », « de juin à
#: septembre », « juillet-août », « du lundi au samedi ».
#: What joins a French day counted from another to the date it is counted from (« la veille du 3 juin »).
_FR_DAY_OF = re.compile(r"[^\S\n]+(?:du|de|d['’])[^\S\n]*", re.I)
_FR_RANGE_GAP = re.compile(r"\s*(?:à|a|au|jusqu['’]\s*(?:à|au))\s+|\s*[-–]\s*", re.I)


#: Between a date and an offset set off by a comma that restates it ("closed in 2005, 15 years later").
_APPOSITION_GAP = re.compile(r"\s*,\s*")


def _awaited_weekday(last: PartialDate, ref: PartialDate, c: TimexCandidate) -> str | None:
    """The value of the weekday ``c`` a past clause waited for ("ahead of Tuesday's vote") when its sentence
    gave the day ``last`` first ("fell on Monday"): the first such weekday after ``last``. None when ``last``
    is after the reference day or a week or more before it (the coming weekday then, as a plain future)."""
    last_day, ref_day = last.to_date(), ref.to_date()
    if last_day is None or ref_day is None or c.weekday is None or not 0 <= (ref_day - last_day).days < 7:
        return None
    return (last_day + _dt.timedelta(days=(c.weekday - last_day.isoweekday() - 1) % 7 + 1)).isoformat() \
        + _time_suffix(c)


def _restates(offset: str, date: str) -> bool:
    """Whether an offset's value names the date ``date`` names, or the week of that day ("March 8, a
    week later": ``2013-W10``)."""
    if offset == date:
        return True
    if _YEAR_ONLY.fullmatch(offset) and _YEAR_ONLY.match(date):
        # a count in years rounds ("left in December 2011, nearly nine years later", from March 2003:
        # 2012): one year off still restates the date
        return abs(int(offset) - int(date[:4])) <= 1
    month, day_month = _MONTH_VALUE.fullmatch(offset), _MONTH_VALUE.match(date)
    if month and day_month:
        # the same in months ("in May 2012, 14 months later", from March 2011: 2012-05 or the month beside)
        return abs(int(month[1]) * 12 + int(month[2]) - int(day_month[1]) * 12 - int(day_month[2])) <= 1
    if _WEEK_VALUE.fullmatch(offset) is None:
        return False
    try:
        day = _dt.date.fromisoformat(date.split("T", 1)[0])
    except ValueError:
        return False
    return _iso_week(day) == offset


#: Between the two ends of an English range or pair of dates: "from June to September", "between
#: March and May", "January through March 2012", "March-May", "Dec. 3 and Dec. 5".
_EN_RANGE_GAP = re.compile(r"\s*,?\s*(?:(?:and|to|through|thru|until|till)\s+(?:in\s+|on\s+)?|[-–]\s*)", re.I)


_ZONE_WORD = re.compile(r"[^\S\n]*(\w+)")


def _conversion_closes(chunk: str, end: int) -> bool:
    """Whether the bracket of a zone conversion closes at ``end``, maybe after the zone written after
    its weekday ("(9 p.m. Tuesday ET)", "(8 p.m. Sunday EDT)": an abbreviation of ``xx/time_zones``)."""
    zone = _ZONE_WORD.match(chunk, end)
    if zone is not None and zone.group(1) in word_set("xx", "time_zones"):
        end = zone.end()
    return _CLOSE_CONVERSION.match(chunk, end) is not None


def _converted_weekday(chunk: str, before: TimexCandidate, c: TimexCandidate, before_value: str) -> str | None:
    """The value of the weekday ``c`` written in brackets right after ``before`` ("1 a.m. Wednesday (9 p.m.
    ET Tuesday)", "11 p.m. Monday (0400 GMT Tuesday)"): the conversion of the same moment into another
    zone, so the weekday at most a day from ``before``'s day (``before_value``). None when ``c`` is
    not such a conversion or ``before`` has no day."""
    if before.type != "TIME" or c.type != "TIME" or not _OPEN_CONVERSION.fullmatch(chunk[before.end:c.start]) \
            or not _conversion_closes(chunk, c.end) or not _DAY_VALUE.fullmatch(before_value.split("T", 1)[0]):
        return None
    try:
        day = _dt.date.fromisoformat(before_value.split("T", 1)[0])
    except ValueError:
        return None
    for shift in (0, -1, 1):
        near = day + _dt.timedelta(days=shift)
        if near.isoweekday() == c.weekday:
            return near.isoformat() + _time_suffix(c)
    return None


def _range_start(first: TimexCandidate, nxt: TimexCandidate, ref: PartialDate | None) -> str | None:
    """The value of ``first``, a month or a day without its year, that starts a range or a pair whose
    second end ``nxt`` writes its year ("from March to May 2012", "between January and March
    2012", "between March and May last year", "March 3 to March 10, 2012"): the first end is of
    that year, or of the year before when its month comes later ("from November to February
    2013"). None when ``nxt`` writes no year."""
    if _yearless_season(first) and nxt.kind == "season" and nxt.year is not None and not nxt.anchored:
        # "in the spring and summer of 1997", "from spring to autumn 2012": the seasons of that year
        return f"{nxt.year:04d}-{first.season or first.value[-2:]}"  # type: ignore[index]
    if nxt.kind != "date" or nxt.month is None or (nxt.year is None and nxt.unit != "YREL") \
            or first.month is None:
        return None
    year = nxt.year if nxt.year is not None else (ref.year + nxt.offset if ref is not None else None)
    if year is None:
        return None
    year -= 1 if first.month > nxt.month else 0
    if first.day is None:
        return f"{year:04d}-{first.month:02d}"
    try:
        return _dt.date(year, first.month, first.day).isoformat() + (f"T{first.part}" if first.part else "")
    except ValueError:
        return None


def _yearless_season(c: TimexCandidate) -> bool:
    """A season without its year or a direction: "the spring" (the one the tense points to), "spring"
    (any)."""
    if c.kind == "season":
        return c.year is None and c.direction in (None, 2) and not c.offset and not c.anchored and c.season is not None
    return c.kind == "value" and c.value is not None and re.fullmatch(r"XXXX-(?:SP|SU|FA|WI)", c.value) is not None


def _range_end(first: TimexCandidate, first_value: str, c: TimexCandidate, value: str, *, ordered: bool = False) -> str:
    """The value of ``c``, the end of a range that ``first`` starts, moved after its start when
    each was resolved on its own: « de lundi à vendredi » read on a Wednesday in a future clause
    (next Monday, then the Friday after it, not this week's), « de juin à septembre » (the
    September after that June, « de juin 1998 à septembre »: of 1998). Only two weekdays, or two months
    without a day, the second without its year; two English days without their year when ``ordered``
    (a range, "from June 1 to Nov. 30", "between June 1 and Nov. 30"; not a list, "on Nov. 30 and
    June 1")."""
    if c.kind == "weekday" and first.kind == "weekday":
        a, b = first_value.split("T", 1)[0], value.split("T", 1)
        try:
            d1, d2 = _dt.date.fromisoformat(a), _dt.date.fromisoformat(b[0])
        except ValueError:
            return value
        if d2 < d1:
            return (d2 + _dt.timedelta(days=7)).isoformat() + ("T" + b[1] if len(b) > 1 else "")
        return value
    if _bare_month(c) and first.kind == "date" and first.month is not None and first.day is None \
            and re.fullmatch(r"\d{4}-\d{2}", first_value) and re.fullmatch(r"\d{4}-\d{2}", value):
        # the end month in the start's year, or the next one when the range runs over the new year
        y1 = int(first_value[:4])
        return f"{y1 + (1 if (c.month or 0) < int(first_value[5:]) else 0):04d}{value[4:]}"
    if ordered and c.lang == "en" and c.kind == "date" and first.kind == "date" and c.year is None and c.direction is None \
            and c.month is not None and c.day is not None and first.month is not None and first.day is not None \
            and _DAY_VALUE.fullmatch(first_value) and _DAY_VALUE.fullmatch(value) and value < first_value:
        # "from June 1 to Nov. 30" read apart (June of this year, the nearest November last year's): the
        # end day the first after the start ("Dec. 20 to Jan. 5": in the next year)
        y1 = int(first_value[:4])
        y = y1 + (1 if (c.month, c.day) < (first.month, first.day) else 0)
        try:
            return _dt.date(y, c.month, c.day).isoformat()
        except ValueError:  # February 29 of a year that has none
            return value
    return value


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _figure_after(chunk: str, end: int) -> bool:
    """Whether a noun of figures (``lexicons/en/figure_nouns.tsv``) follows ``end``, maybe after one
    more word ("fourth-quarter growth", "third-quarter net profit")."""
    words = re.findall(r"[^\W\d_]+", chunk[end:end + 40].casefold())[:2]
    if not re.match(r"\s", chunk[end:end + 1]):
        return False
    figures = word_set("en", "figure_nouns")
    return any(w in figures for w in words)


def _forecast_before(chunk: str, start: int) -> bool:
    """Whether a verb of forecasting (``lexicons/en/forecast_verbs.tsv``) comes before ``start`` in its
    sentence, at most eight words back ("analysts expect fourth-quarter profit to fall")."""
    words = re.findall(r"[^\W\d_]+", re.split(r"[.!?;:\n]\s", chunk[max(0, start - 80):start])[-1].casefold())[-8:]
    stems = word_set("en", "forecast_verbs")
    return any(re.sub(r"(?:s|ed|d|ing)$", "", w) in stems or w in stems for w in words)


_CLAUSE_WORDS = re.compile(r"[\w'’\-]+|[,;:.!?()\n]")


def _habit_before(text: str, pos: int) -> bool:
    """Whether an adverb of habit (``lexicons/en/habitual_adverbs.tsv``: "usually", "typically") comes
    at most six words before ``pos`` in its clause ("the rains, which usually arrive in June"); not
    before a verb of saying, whose object is a clause of its own ("officials often say the vote is in
    June": that June's vote is no habit)."""
    from kg.extract.timex_handlers import _reporting_form

    words = _CLAUSE_WORDS.findall(text[max(0, pos - 80):pos].lower())[-6:]
    habits = word_set("en", "habitual_adverbs")
    for w in reversed(words):
        if not (w[:1].isalnum()) or _reporting_form([w]):
            return False
        if w in habits:
            return True
    return False


_NOUN_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")
_OF_A_WORK = re.compile(r"[^\S\n]+of[^\S\n]+(?:(?:the|a|an|his|her|its|their)[^\S\n]+)?(?:new[^\S\n]+)?([A-Za-z]+)", re.I)


def _event_day(chunk: str, c: TimexCandidate, ref: PartialDate | None) -> tuple[bool, int | None]:
    """Whether an English year-less month and day premodifies a noun of an event that befalls
    (``en/past_event_nouns``: "the Dec. 2 shooting", "the Sept. 11 attacks"): the day names that event,
    so it is over, whatever the tense of the clause; and the year ``en/famous_event_days`` gives the
    day before that noun (2001 for "Sept. 11 attacks"), when the reference comes after it."""
    if c.lang != "en" or c.kind != "date" or c.year is not None or c.day is None or c.month is None \
            or c.direction is not None:
        return False, None
    m = _NOUN_AFTER.match(chunk, c.end)
    if m is None:
        return False, None
    noun = m.group(1).lower()
    after = _NOUN_AFTER.match(chunk, m.end())
    heads = word_set("en", "planned_event_heads")
    if after is not None and after.group(1).lower() in heads:
        # "the Dec. 2 crash test", "the Dec. 2 fire drill": the noun names the kind of a planned
        # event, the head after it, which may lie ahead
        return False, None
    if after is not None and after.group(1).islower() and not after.group(1).endswith("ed"):
        # ... or two words on ("the Nov. 24 death penalty hearing", "the Nov. 22 flood defence test"; not
        # after a verb: "the Nov. 21 fire destroyed test tracks")
        after2 = _NOUN_AFTER.match(chunk, after.end())
        if after2 is not None and after2.group(1).lower() in heads:
            return False, None
    work = _OF_A_WORK.match(chunk, m.end())
    if work is not None and work.group(1).lower() in word_set("en", "work_nouns"):
        return False, None  # "the May 4 shooting of the film" (en/work_nouns): a filming, planned
    for day, year, nouns in _famous_days():
        if day == (c.month, c.day) and noun in nouns and (ref is None or ref.year > year):
            return True, year
    return noun in word_set("en", "past_event_nouns"), None


@cache
def _famous_days() -> tuple[tuple[tuple[int, int], int, frozenset[str]], ...]:
    """``en/famous_event_days`` as ((month, day), year, the nouns the day premodifies)."""
    out = []
    for row in rows("en", "famous_event_days"):
        mm, dd = row[0].split("-")
        out.append(((int(mm), int(dd)), int(row[1]), frozenset(w.strip().lower() for w in row[2].split(","))))
    return tuple(out)


_WEEKEND_PREPOSITIONS = frozenset({"over", "during", "at", "on", "throughout"})


def _reported_over(text: str, start: int, pos: int) -> bool:
    """Whether "the weekend" at ``pos`` (after a date at ``start``) is the time of a verb of saying
    right before its preposition, the telling's ("In 2010 the company lost money, its chief told
    reporters over the weekend", "profit fell, the company reported over the weekend"), not the time
    of the past date's clause ("Romney said he had spent the weekend in Iowa": a verb between)."""
    from kg.extract.timex_handlers import _reporting_form

    words = re.findall(r"[A-Za-z]+", text[max(start, pos - 60):pos])
    return len(words) >= 2 and words[-1].lower() in _WEEKEND_PREPOSITIONS \
        and any(_reporting_form([w]) for w in words[-4:-1])


_HOLIDAY_WEEKEND = re.compile(r"[^\S\n]+weekend(?![\w-])", re.I)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])the[^\S\n]+$", re.I)


def _holiday_weekend(day: _dt.date) -> str:
    """The weekend nearest a holiday's ``day`` as an ISO week's weekend: the one before a Monday or
    a Tuesday (Memorial Day, Labor Day), the one after a Wednesday to a Friday (Thanksgiving), its
    own for a Saturday or a Sunday (Easter)."""
    shift = {1: -2, 2: -3, 3: 3, 4: 2, 5: 1, 6: 0, 7: -1}[day.isoweekday()]
    return _iso_week(day + _dt.timedelta(days=shift)) + "-WE"


def _bare_month(c: TimexCandidate) -> bool:
    """A month without its year, its day or a direction ("en janvier", "in March")."""
    return c.kind == "date" and c.month is not None and c.year is None and c.day is None \
        and c.direction is None and c.unit is None and not c.value


def _bare_holiday(c: TimexCandidate) -> bool:
    """A holiday without its year or a direction ("Christmas Eve", "Thanksgiving")."""
    return c.kind == "holiday" and c.year is None and c.direction is None


def _bare_month_day(c: TimexCandidate) -> bool:
    """A month and its day without a year or a direction ("May 6", "on April 15")."""
    return c.kind == "date" and c.month is not None and c.day is not None and c.year is None \
        and c.direction is None and c.unit is None and not c.value


#: The kinds of date that name one day whatever their fields (« mardi », « le lendemain », « Noël »).
_ONE_DAY_KINDS = frozenset({"weekday", "relday", "monthday", "holiday", "anaphoric"})


def _names_day(c: TimexCandidate) -> bool:
    """Whether ``c`` names a day (« le 3 mars », « mardi »), not a period (« au quatrième trimestre »)."""
    return c.day is not None or c.kind in _ONE_DAY_KINDS


@cache
def _set_as() -> re.Pattern[str]:
    nouns = "|".join(sorted(word_set("en", "target_date_nouns"), key=len, reverse=True))
    return re.compile(rf"\s+as\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})s?(?![\w-])")


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+\Z")


def _date_set_as(chunk: str, c: TimexCandidate) -> bool:
    """Whether the day ``c`` is the object of a verb of ``en/target_date_verbs`` ("set", "fixed", "chose"
    is not one) right before it and goes on with "as the ... <noun of en/target_date_nouns>" ("set Sept. 24
    as the start date", "fixed June 5 as the deadline"): the date arranged, as "set a trial date of April 6"."""
    from kg.nlp.wordforms import verb_lemma

    if _set_as().match(chunk, c.end) is None:
        return False
    before = _LAST_WORD.search(chunk, max(0, c.start - 20), c.start)
    if before is None:
        return False
    w = before.group(1).lower()
    verbs = word_set("en", "target_date_verbs")
    return any(f in verbs for f in (verb_lemma(w, w, "en"), w, w[:-1], w[:-2]))  # "set", "fixed", "scheduled"


def _set_day_gone_by(c: TimexCandidate, ref: PartialDate | None) -> bool:
    """Whether the day ``c`` set "as the date" is nearer to the reference, by more than a month, as the
    last one gone by than as the next one to come ("The ministry set March 1 as the deadline, which passed"
    in a June story: the March 1 gone by, not the next year's; "set Sept. 24" in March: the one to come)."""
    if ref is None or ref.day is None or ref.month is None:
        return False
    ahead, gone = resolve(c, anchor=ref, tense="future"), resolve(c, anchor=ref, tense="past")
    if ahead is None or gone is None or not (_DAY_VALUE.fullmatch(ahead) and _DAY_VALUE.fullmatch(gone)):
        return False
    day = _dt.date(ref.year, ref.month, ref.day)
    return (_dt.date.fromisoformat(ahead) - day).days > (day - _dt.date.fromisoformat(gone)).days + 30


_COORD_GAP = re.compile(r"\s*,?\s*(?:and|but|then)\s+(?:[a-z]+\s+){0,3}")
_OF_GAP = re.compile(r"\s+of\s+")
#: A French past participle right before a date's preposition (« annoncée pour le », « reporté au »).
_PARTICIPLE_END = re.compile(r"(?<![\w-])\w+(?:ée?s?|is|us|ts?)$", re.I)


def _target_before(chunk: str, start: int, *, names_day: bool = False) -> bool:
    """Whether the date at ``start`` follows a participle of an act that sets it for an event and a
    preposition of ``fr/target_prepositions`` (« la grève annoncée pour le 5 avril », « le procès,
    reporté au 5 avril »). ``names_day``: the date names a day (« au 3 mars », « à mardi »), which
    a compound past with « avoir » sets as a target too (« le conseil a fixé au 3 mars le scrutin »)."""
    words = chunk[max(0, start - 60):start].split()
    for n in (2, 1):  # « pour le », then « au »
        if len(words) > n and " ".join(words[-n:]).lower() in word_set("fr", "target_prepositions"):
            if _PARTICIPLE_END.search(words[-n - 1]) is None:
                return False
            # « les ventes ont reculé au quatrième trimestre »: an active compound past with « avoir » is
            # the clause's own act at that date, no participle set after an event's noun (a postponing
            # verb's date is the pipeline's: « a reporté au 5 avril » reads ahead whatever its tense)
            before = [w for w in words[:-n - 1][-3:] if w.lower() not in word_set("fr", "compound_tense_adverbs")
                      and not (w.lower().endswith("ment") and len(w) > 6)]
            # (a day after « au » is a date set, not a period the act falls in: « le juge a renvoyé au 12 mai
            # le procès », « a fixé au 3 mars la date du scrutin »)
            return names_day or not (before and _FR_HAVE_AUXILIARY.fullmatch(before[-1]))
    return False


#: A form of « avoir » that makes a compound tense of the participle after it (« ont reculé », « avait
#: chuté »).
_FR_HAVE_AUXILIARY = re.compile(r"(?i)(?:[nj]['’])?(?:a|ai|as|avons|avez|ont|avai[st]|avaient|avions|aviez|aur(?:a|ai|as|ons|ez|ont|ait|aient))")
#: Between « le week-end » and the holiday it is the weekend of: « le week-end de Pâques », « du 14-Juillet ».
_DE_GAP = re.compile(r"\s+(?:de|du)\s+(?:l['’]\s*)?")
# between a day and an offset against a plan set beside it ("on November 11, three days later than
# planned"): only a comma, no clause of another act ("on Monday, and the floods came a day later than
# forecast": not Monday)
_APPOSED_GAP = re.compile(r"\s*,?\s*")
#: A preposition that sets a day as the time of its clause's act ("will open on Nov. 23"), not as a thing
#: named ("will never forget March 11").
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|until|till|before|after|from|through|for)\s+\Z", re.I)
#: "the" right before a weekday, and the word between it and a day it counts from: "the Saturday before
#: Christmas", "the Monday after Thanksgiving".
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+\Z", re.I)
_WEEKDAY_SIDE_GAP = re.compile(r"[^\S\n]+(before|after)[^\S\n]+", re.I)
#: Between a weekday with its part of the day and the date set after it: "Monday night, Dec. 10".
_WEEKDAY_DATE_GAP = re.compile(r"[^\S\n]*,[^\S\n]*")
_THAN_PLAN = re.compile(r"\sthan\s", re.I)
_IN_BEFORE = re.compile(r"(?<![\w-])in\s+\Z")
_WORD = re.compile(r"[^\W\d_]+")


def _narrative_in_month(text: str, at: int) -> bool:
    """Whether the month at ``at`` follows a lower-case "in" inside its sentence, not after a participle of
    ``en/own_date_participles`` ("born in May"), no verb of saying (``en/reporting_verbs``, as written:
    "said", "told", "reported") comes after it in that sentence, and no auxiliary of a perfect or a future
    (``en/now_auxiliaries``: "has", "will") is in that sentence."""
    if _IN_BEFORE.search(text, max(0, at - 8), at) is None:
        return False
    before = _WORD.findall(text, max(0, at - 24), at)
    if len(before) > 1 and before[-2].lower() in word_set("en", "own_date_participles"):
        return False  # "Its new owner was born in May": a person's own date
    from kg.extract.timex_handlers import _reporting_form

    end = _NEXT_SENTENCE.search(text, at)
    stop = end.start() if end is not None else len(text)
    if any(_reporting_form([w.group().lower()]) for w in _WORD.finditer(text, at, stop)):
        return False
    # a perfect or a future in the sentence tells the time of now (en/now_auxiliaries: "The coach who arrived
    # in March has rebuilt the squad", "arrived in March and will stay": not the March of the year long gone)
    opened = max(text.rfind(p, 0, at) for p in (". ", "? ", "! ", "\n"))
    return not any(w.group().lower() in word_set("en", "now_auxiliaries")
                   for w in _WORD.finditer(text, opened + 1, stop))


def _tells_reference(text: str, start: int, later: Sequence[TimexCandidate], at: int, year: int) -> bool:
    """Whether the sentence opened at ``at`` (text offset) holds, after it, an expression read from the
    reference or a year after ``year`` ("In March, officials said it was safe this year", "..., the mayor
    told reporters on Tuesday", "the mayor, who took office in 2014, said"): its month is then not one of
    the year a sentence before opened with, but the one the reference gives."""
    end = _NEXT_SENTENCE.search(text, at)
    stop = end.start() if end is not None else len(text)
    for d in later:
        if start + d.start >= stop:
            break
        if d.kind in ("relday", "weekday") or d.value == "PRESENT_REF" or d.deictic \
                or (d.kind == "relunit" and not d.anchored and not d.anchored_past) \
                or (d.year is not None and d.year > year) \
                or (d.kind == "value" and d.type == "DATE" and _YEAR_ONLY.fullmatch(d.value or "") is not None
                    and int(d.value or 0) > year):
            return True
    return False


class TimexReader:
    """:func:`timexes_from_segments` one piece of text at a time, in document order: the reference
    date and the last day mentioned are carried from one piece to the next, so a long document read
    window by window (:mod:`kg.analyse.windows`) gets the values of a reading in one go."""

    def __init__(self, text: str, *, dct: PartialDate | None) -> None:
        self.text = text
        self.dct = dct
        self.ref = dct
        self.last_day: PartialDate | None = dct if dct is not None and dct.day is not None else None
        self._seg_last: PartialDate | None = None
        # the last date of any granularity the text gave (what "the following year" counts from)
        self.last_date: PartialDate | None = None
        self._seg_date: PartialDate | None = None
        # the value of that date as written (a week or quarter, which ``last_date`` cuts to its year)
        self.last_value: str | None = None
        self._seg_value: str | None = None
        # when that date is a run of days told by a weekday or "yesterday" (most often the day a report
        # was given: "exports fell in November, the ministry said Wednesday"), the value given before
        # the run, in a 1-tuple; None when the last date is no such day
        self.last_prior: tuple[str | None] | None = None
        self._seg_prior: tuple[str | None] | None = None
        # the last days the stream went on from, in order (a few: :func:`_day_gone_by` looks back on them)
        self.last_days: list[PartialDate] = []
        self._seg_days: list[PartialDate] = []
        # the last French day counted from another (« la veille »): that other day, the day counted and
        # the count, which a day counted the other way after it (« le lendemain ») counts from as well
        self._flashback: tuple[PartialDate, PartialDate, int] | None = None
        # the last day a French sentence in the pluperfect gave (« Le 12, une tornade avait endommagé
        # … »): a background day, which a part of the day in the narrative's own past does not count from
        self._pluperfect_day: PartialDate | None = None

    def _fr_day_counted_from(self, chunk: str, c: TimexCandidate, later: Sequence[TimexCandidate],
                             ref: PartialDate | None, tense_at: Callable[[int], str | None] | None,
                             start: int) -> PartialDate | None:
        """The day a French day counted from another is counted from when its complement writes it
        (« la veille du 3 juin », « le lendemain de Noël », « l'avant-veille du 14-Juillet »): that day,
        not the day last mentioned. None when no dated complement follows right after it."""
        if not later:
            return None
        nxt = later[0]
        if nxt.kind not in ("date", "holiday", "weekday") or nxt.hour is not None or nxt.part is not None \
                or not _FR_DAY_OF.fullmatch(chunk, c.end, nxt.start):
            return None
        # (read by the tense of the counted day's verb: the date hangs from « veille », no verb)
        tense = self._tense(tense_at, start + c.start) or self._tense(tense_at, start + nxt.start)
        value = resolve(nxt, anchor=ref, tense=tense)
        try:
            pd = PartialDate.parse((value or "").split("T", 1)[0])
        except ValueError:
            return None
        return pd if pd.day is not None else None

    def _day_of(self, c: TimexCandidate) -> PartialDate | None:
        """The day an absolute date candidate names when it agrees with a month- or year-only DCT."""
        if not c.is_absolute_day:
            return None
        value = resolve(c, anchor=self.dct)
        try:
            pd = PartialDate.parse(value) if value else None
        except ValueError:
            return None
        return pd if pd is not None and pd.day is not None and _consistent(pd, self.dct) else None

    def _explicit_days(self, start: int, end: int, cands: Sequence[TimexCandidate]) -> list[tuple[int, PartialDate]]:
        """Every written day of the text that agrees with a month- or year-only DCT, with its offset.

        Read only when a weekday needs it: a dateline, a dated tweet or any explicit date of the
        article ("le 9 juin", "June 9, 2020"); a year-less day takes the DCT's year. The piece being
        read gives its own candidates (``cands``, offsets from ``start``); the rest of the text is
        scanned by the absolute-day rules in both languages (a quoted tweet is often in the other
        one). Nothing is guessed: a document without such a date gets none.
        """
        days: dict[int, PartialDate] = {}
        for c in cands:
            pd = self._day_of(c)
            if pd is not None:
                days[start + c.start] = pd
        for lo, hi in ((0, start), (end, len(self.text))):
            if hi <= lo:
                continue
            for lang in LANGS:
                for c in find_timexes(self.text[lo:hi], lang=lang, only=_DAY_RULES):
                    pd = self._day_of(c)
                    if pd is not None:
                        days.setdefault(lo + c.start, pd)
        return sorted(days.items())

    @staticmethod
    def _tense(tense_at: Callable[[int], str | None] | None, offset: int) -> str | None:
        if tense_at is None:
            return None
        try:
            return tense_at(offset)
        except Exception:  # noqa: BLE001 - a tense oracle must never break extraction
            return None

    def _day_after(self, chunk: str, c: TimexCandidate, later: Sequence[TimexCandidate], ref: PartialDate | None,
                   tense_at: Callable[[int], str | None] | None, start: int,
                   last: PartialDate | None = None) -> PartialDate | None:
        """The day a time or part of day is given right after it ("10 a.m. Friday", "at 9 p.m. on
        March 3", « en début de matinée le 11 novembre »): the time is of that day, not of the last
        day mentioned. ``later`` are the candidates after ``c``; a time given again in brackets in
        another zone may stand between ("2:30 p.m. EDT (1830 GMT) on Wednesday")."""
        if not later:
            return None
        nxt, gap = later[0], chunk[c.end:later[0].start]
        if nxt.kind == "time" and len(later) > 1 and _OPEN_CONVERSION.fullmatch(gap):
            closing = _CLOSE_CONVERSION.match(chunk, nxt.end)
            if closing is None or closing.end() > later[1].start:
                return None
            nxt, gap = later[1], chunk[closing.end():later[1].start]
        else:
            closing = _CLOSE_CONVERSION.match(gap)
            if closing is not None and chunk[max(0, c.start - 3):c.start].rstrip().endswith(("(", "[")):
                gap = gap[closing.end():]  # the bracketed time itself: "(1830 GMT) on Wednesday"
        # an English day told from the day last mentioned ("at 8 p.m. that day", "at 6 a.m. the next day"):
        # counted from ``last``, as it is itself
        # (only with a space between, and not the day before or after an event named after it: "at 4 a.m. the
        # day before the parade", "left at 6 a.m., the next day it sank")
        # (or the morning of such a day: "reopened at 8:30 the next morning", "at 9 a.m. the following morning",
        # rvt29; not "ended at 9:30 that evening", which the evening before it reads as 21:30)
        told_from_last = nxt.kind == "anaphoric" and nxt.lang == "en" and last is not None \
            and (nxt.type == "DATE" or (nxt.part == "MO" and nxt.hour is None)) \
            and c.kind == "time" and not gap.strip() and not _NOUN_PHRASE_AFTER.match(chunk, nxt.end)
        if (nxt.kind not in ("weekday", "relday", "date", "holiday") and not told_from_last) or nxt.hour is not None \
                or not _DAY_AFTER_TIME.fullmatch(gap) or _opens_next_sentence(c, nxt):
            return None
        value = resolve(nxt, anchor=last if told_from_last else ref, tense=self._tense(tense_at, start + nxt.start))
        try:
            pd = PartialDate.parse((value or "").split("T", 1)[0])
        except ValueError:
            return None
        return pd if pd.day is not None else None

    def _quarter_ended(self, chunk: str, c: TimexCandidate, nxt: TimexCandidate, ref: PartialDate | None,
                       tense_at: Callable[[int], str | None] | None, start: int) -> str | None:
        """The calendar quarter of "the quarter ended Dec. 31", "the quarter ending June 30": the one
        the date closes (a date in a quarter's last month; "ended Feb. 28" is a fiscal quarter); the year
        or month of "the year ended Dec. 31", "the month ending Feb. 28"; the
        week of "the week ended March 16", "the week ending Saturday", "the week of March 25": the ISO
        week of the day."""
        gap = chunk[c.end:nxt.start]
        if nxt.kind not in ("date", "weekday") or not (_QUARTER_ENDED.fullmatch(gap) or (
                c.unit == "W" and _WEEK_OF.fullmatch(gap))) or (c.unit == "Q" and nxt.month not in (3, 6, 9, 12)) \
                or (c.unit in ("Y", "M") and nxt.month is None):
            return None
        value = resolve(nxt, anchor=ref, tense=self._tense(tense_at, start + nxt.start)) or ""
        if c.unit in ("Y", "M"):
            # "the month ended Feb. 28": that month; "the year ended Dec. 31": that year, and one closed in another
            # month is a fiscal year, named by the year it ends in ("the year ended June 30", as "the fiscal year
            # ended June 30")
            closed = re.match(r"(\d{4})-(\d{2})", value)
            if closed is None:
                return None
            if c.unit == "M":
                return closed.group(0)
            return closed.group(1) if closed.group(2) == "12" else f"FY{closed.group(1)}"
        if c.unit == "W":
            try:
                day = PartialDate.parse(value).to_date()
            except ValueError:
                return None
            return _iso_week(day) if day is not None else None
        found = re.match(r"(\d{4})-(\d{2})", value)
        return f"{found.group(1)}-Q{int(found.group(2)) // 3}" if found else None

    @staticmethod
    def _named_later(c: TimexCandidate, later: Sequence[TimexCandidate], ref: PartialDate) -> str | None:
        """The value of the first written day among ``later`` that falls on ``c``'s weekday within a
        week of ``ref`` (None when there is none)."""
        refd = ref.to_date()
        for nxt in later:
            if not nxt.is_absolute_day:
                continue
            try:
                pd = PartialDate.parse(resolve(nxt, anchor=ref) or "")
            except ValueError:
                continue
            d = pd.to_date() if pd.day is not None else None
            if d is not None and refd is not None and d.isoweekday() == c.weekday and abs((d - refd).days) <= 7:
                return d.isoformat() + _time_suffix(c)
        return None

    @staticmethod
    def _weekday_range(out: list[Timex], k: int, value: str, tense: str | None) -> str:
        """The second weekday of a range or a pair ("Monday through Friday", "Thursday and Friday")
        comes after the first, within its week: when the tense put it before (a coming Wednesday and
        a Friday read as today), the second moves on a week in a clause that looks ahead, the first
        (``out[k]``, replaced) back a week in one that looks back. Returns the second's value."""
        first = out[k].value
        try:
            d1, d2 = _dt.date.fromisoformat(first[:10]), _dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
        if d2 >= d1:
            return value
        if tense in ("future", "present"):
            return (d2 + _dt.timedelta(days=7)).isoformat() + value[10:]
        out[k] = replace(out[k], value=(d1 - _dt.timedelta(days=7)).isoformat() + first[10:])
        return value

    def read(self, seg: Segment, start: int | None = None, end: int | None = None, *,
             tense_at: Callable[[int], str | None] | None = None, continues: bool = False,
             candidates: Sequence[TimexCandidate] | None = None) -> list[Timex]:
        """The temporal expressions of ``text[start:end]`` (default: the whole segment), a piece of
        the language segment ``seg``; ``continues``: the previous piece read was of the same segment.
        ``candidates``: what ``find_timexes(text[start:end], lang=seg.lang)`` returned already (in
        another process: :mod:`kg.analyse.windowlocal`), not looked for again. Returns them in text order."""
        text, dct = self.text, self.dct
        start = max(0, min(seg.start if start is None else start, len(text)))
        end = max(start, min(seg.end if end is None else end, len(text)))
        ref = self.ref
        if continues:
            seg_last, seg_date, seg_value = self._seg_last, self._seg_date, self._seg_value
            seg_prior = self._seg_prior
            days_seen = list(self._seg_days)
        else:
            seg_last = self.last_day if not seg.embedded else (
                ref if ref is not None and ref.day is not None else None)
            seg_date = self.last_date if not seg.embedded else None
            seg_value = self.last_value if not seg.embedded else None
            seg_prior = self.last_prior if not seg.embedded else None
            days_seen = list(self.last_days) if not seg.embedded else []
        self._seg_days = days_seen
        self._seg_last, self._seg_date, self._seg_value = seg_last, seg_date, seg_value
        self._seg_prior = seg_prior
        if end <= start:
            return []
        out: list[Timex] = []
        chunk = text[start:end]
        cands = list(candidates) if candidates is not None else find_timexes(chunk, lang=seg.lang)
        days: list[tuple[int, PartialDate]] | None = None
        before_date: PartialDate | None = None  # the date given before ``seg_date`` in this chunk
        # the end of the last year written, that year, and whether it opens its sentence ("In 2015, ...")
        year_at: tuple[int, int, bool] | None = None
        # the last candidate when it is a weekday read by the tense, and its index in ``out``
        prev_weekday: tuple[int, TimexCandidate] | None = None
        prev_value: tuple[int, str] | None = None  # the last candidate given a value, and that value
        weekday_years: dict[int, int] = {}  # a year-less date set after a weekday, the year its weekday gives
        # the year of a year-less day that named an event ("the March 11 disaster"), by its month and day
        event_years: dict[tuple[int, int], int] = {}
        # the last clock time given (its index, day and hour), while only lengths have come after it
        prev_clock: tuple[int, str, int] | None = None
        day_end: int | None = None  # where the candidate that gave ``seg_last`` in this chunk ends
        # when ``seg_date`` is a year closing an aside ("The company, founded in 1998, said"): the date, value and
        # start it replaced, which a comparison of figures ("from the year-ago quarter") counts from instead
        aside_kept: tuple[PartialDate | None, str | None, int | None] | None = None
        # the day of a report kept from ``seg_last`` ("officials said Monday" after the news's Sunday)
        report_day: PartialDate | None = None
        # where ``seg_date`` starts when this chunk gave it (None otherwise); read by :func:`_told_at`
        seg_date_at: int | None = None
        counted_from: int | None = None  # the index of the date a French day was just counted from
        for n, c in enumerate(cands):
            abs_start = start + c.start
            tense = self._tense(tense_at, abs_start)
            if n == counted_from and cands[n - 1].kind == "anaphoric":
                # « Le lendemain du 8 mai, le maire a démissionné »: the date hangs from « lendemain », no
                # verb; it is read by the tense of the counted day's verb, as the counted day was
                tense = self._tense(tense_at, start + cands[n - 1].start) or tense
            if c.kind in _DAY_NAMING_KINDS and n != counted_from and not seg.embedded:
                # « La veille, il avait vu le ministre. Lundi soir, il a dîné avec le préfet. Le lendemain, … »:
                # a day the text names again ends the eve's story (the day after Monday, not after Tuesday)
                self._flashback = None
            aside = False  # whether ``c`` is a year that closes an aside (set where its year is read)
            if aside_kept is not None and _comparison_offset(text, c, abs_start):
                # "The chipmaker, founded in 1987, said profit rose from the year-ago quarter": figures are
                # compared with the period before the one they are of, never with an aside's year (a story
                # told on from it keeps it: "The plant, opened in 2002, closed two years later")
                seg_date, seg_value, seg_date_at = aside_kept
            if c.kind == "weekday" and c.type == "TIME" and tense != "planned" and " " in c.text.rstrip():
                # "were to meet at 1400 GMT Thursday", "was to be questioned at 10 a.m. Friday": the
                # plan told in a past is read at the weekday, the clock time's last word (the tense
                # oracle reads "planned" for a weekday only)
                if self._tense(tense_at, abs_start + c.text.rstrip().rindex(" ") + 1) == "planned":
                    tense = "planned"
            # what a past clause waits for is read as any future but by a weekday after its sentence's day
            awaited = tense == "awaited"
            if awaited:
                tense = "future"
            if c.lang == "en" and _bare_month_day(c) and tense not in ("future", "will") and _date_set_as(chunk, c) \
                    and not _set_day_gone_by(c, ref):
                tense = "future"  # "set Sept. 24 as the start date for the trial": the date arranged, still to come
            if tense == "done" and c.lang == "fr" and _target_before(chunk, c.start, names_day=_names_day(c)):
                # « la grève annoncée pour le 5 avril », « le procès, reporté au 5 avril »: the date an act
                # sets for the event is the event's, not the done act's; it reads by itself (the nearest)
                tense = None
            befell, famous_year = _event_day(chunk, c, ref)
            event_key = (c.month or 0, c.day or 0) if c.lang == "en" and _bare_month_day(c) else None
            if event_key is not None and not befell and famous_year is None and event_key in event_years \
                    and not (_PLAIN_TENSES.get(tense or "", tense) == "future"
                             and _TIME_PREPOSITION_BEFORE.search(chunk, max(0, c.start - 12), c.start)):
                # (not a day still to come set for a new act: "The Nov. 23 fire killed 12. The trial will open
                # on Nov. 23", told on 26 November, is next year's)
                # "the quake came a year after the March 11 disaster … 'We will never forget March 11,' Noda
                # said": the day again, alone, in a quotation or a later sentence, is the event's day, not the
                # one its clause's tense points to
                c = replace(c, year=event_years[event_key])
                event_key = None
            elif not befell and famous_year is None:
                event_key = None
            if famous_year is not None:
                c = replace(c, year=famous_year)  # "the Sept. 11 attacks": 2001-09-11
            elif befell:
                # "the Dec. 2 shooting": the last Dec. 2, an event over (not after the reference day, even
                # in its month: "the Nov. 23 fire", told on 20 November, is last year's)
                tense = "befell"
            plain = _PLAIN_TENSES.get(tense or "", tense)
            coarse: str | None = None  # the value of an offset counted from a date too coarse for its unit
            if c.anchored_past and plain == "past":
                c = replace(c, anchored=True)
            elif c.anchored_past and plain == "future" and c.lang == "en" and _EDGE_OF_UNIT.match(c.text) \
                    and seg_date is not None and ref is not None and seg_date_at is not None \
                    and _fine_enough(seg_date, c.unit) and _later_unit(seg_date, ref, c.unit) \
                    and len(_NEXT_SENTENCE.findall(text, seg_date_at, abs_start)) <= 1:
                # "The court will rule on Nov. 12. At the start of the month, the parties will file their
                # briefs", told in October: the start of the month of the date still to come just given
                # (that sentence or the one before), as a past clause reads the unit of its date
                c = replace(c, anchored=True)
            if c.rule in _SAME_PERIOD_RULES and seg_date is not None and ref is not None \
                    and seg_date.year < ref.year - 1 and _DEICTIC_YEAR.search(c.text):
                # "The company was founded in March 1998. Sales rose from the same period last year": "last
                # year", "a year ago" are counted from the reference; a period the text gave years before
                # it is not the one compared (2012, not 1997-03), unlike "a year earlier", "the previous year"
                c = replace(c, anchored=False)
            if c.rule in _SAME_PERIOD_RULES and c.anchored and _DEICTIC_SAME_TIME.search(c.text) \
                    and not _compared_before(chunk, c.start, c.lang):
                # "The strike began in March. At this time last year, the plant employed 400": "this time", « la
                # même époque » are the telling's, a year back (2025, not 2025-03); only a comparison of
                # figures ("up from this time last year") means the period the text last gave
                c = replace(c, anchored=False)
            if c.rule in _GENERIC_IN_PRESENT and tense == "present":
                continue  # "Markets open in the morning", "In the evening, the harbor belongs to the tourists": any day's
            if c.kind in ("time", "anaphoric"):
                anchor = seg_last or ref
                if c.rule in _FR_DAYPART_RULES and c.offset == 0 and plain == "past" and ref is not None \
                        and ref.day is not None and seg_last is not None and seg_last == self._pluperfect_day \
                        and not _in_fr_pluperfect(text, abs_start) and not _fronted(text, abs_start):
                    # « Le 12, une tornade avait endommagé des maisons. … a annoncé la préfecture en milieu
                    # de journée »: back from a background day in the pluperfect, the narrative's past is
                    # the story's own day, not that day (issue 17, f37b)
                    anchor = ref
                if c.kind == "time" and report_day is not None and plain in ("present", "future"):
                    # "The storm hit Sunday, officials said Monday. They will brief reporters at 3 p.m.": a
                    # clock time that looks ahead is on the report's day, not on the news's day gone by
                    anchor = report_day
                if c.kind == "anaphoric" and seg_date is not None and seg_date.day is None \
                        and ref is not None and seg_last == ref and not _consistent(ref, seg_date) \
                        and _told_at(text, seg_date_at, seg.lang) and not _against_tense(seg_date, ref, plain) \
                        and not (c.rule in _GENERIC_IN_PRESENT and not _sets_time(text, seg_date_at, abs_start)):
                    # "In March 2011, an earthquake struck. The next day, ...": with no day given yet, a day
                    # of the month or year the text last gave, far from the reference (2011-03-XX)
                    coarse = _coarse_unit(seg_date, "D") + _time_suffix(c)
                if (c.kind == "time" or c.rule in _GENERIC_IN_PRESENT) and c.lang == "en" and plain == "past" \
                        and anchor is not ref \
                        and _after_day(anchor, ref) \
                        and (day_end is None or _SENTENCE_BREAK.search(text[day_end:abs_start])):
                    # a time in an English past clause is not on a day still to come that another
                    # sentence gave: "banks will stay closed until Thursday. The euro fell to $1.28 by
                    # 1100 GMT" is today's 11:00 ("was moved to Friday at 10 a.m." keeps Friday's; the
                    # French reading's "past" takes in present passives: « est fixée au jeudi 16, à 18 h »)
                    anchor = ref
                if (c.rule in _GENERIC_IN_PRESENT or (c.kind == "time" and c.lang == "en"
                                                        and not _future_in_past(text, day_end, abs_start))) \
                        and plain == "future" and anchor is not ref and _after_day(ref, anchor) \
                        and not (day_end is not None and day_end <= abs_start
                                 and _TIME_AFTER_DAY.fullmatch(text, day_end, abs_start)):
                    # nor, in a clause that looks ahead, on a day gone by: "the storm that hit on Monday will
                    # move out in the morning" is not Monday's morning, "The ferry left port on Monday. It will
                    # reach Crete at 4 p.m." not Monday's 4 p.m. (a day written after the time still wins: "at
                    # 4 p.m. Friday"; a clock time after "would" keeps the day of the saying in its sentence:
                    # "Officials said on Monday the bridge would reopen at noon", en/future_in_past_modals;
                    # nor one written right after its day: "the hearing is on March 12 at 10 a.m.", that day's)
                    anchor = ref
                written: PartialDate | None = None
                if (c.kind == "time" or c.part is not None or c.rule in _DAY_END_RULES) and n + 1 < len(cands):
                    # ("by the end of the day on Friday", "until the end of the day tomorrow": that day's end)
                    written = self._day_after(chunk, c, cands[n + 1 : n + 3], ref, tense_at, start, seg_last or ref)
                    anchor = written or anchor
                if c.kind == "time" and c.lang == "en" and written is None and prev_clock is not None \
                        and c.hour is not None and 0 < c.hour < 12 and 12 < prev_clock[2] < c.hour + 12 \
                        and _BARE_CLOCK.fullmatch(c.text) and (_PM_CLOCK.search(cands[prev_clock[0]].text)
                                                                or cands[prev_clock[0]].rule == "en_clock_part") \
                        and anchor is not None and (anchor_day := anchor.to_date()) is not None \
                        and anchor_day.isoformat() == prev_clock[1] \
                        and all(cands[i].type != "TIME" for i in range(prev_clock[0] + 1, n)) \
                        and not _morning_follows(chunk, c, cands[n + 1 : n + 2]) \
                        and _clock_goes_on(chunk, cands[prev_clock[0]].end, c.start):
                    # "The concert began at 8 p.m. (or "at 8 in the evening") and ended at 11:30": a clock time written without "a.m." or
                    # "p.m." right after an afternoon or evening one of the same day, later than it read so,
                    # goes on in the evening (23:30, not 11:30 that morning)
                    c = replace(c, hour=c.hour + 12)
                if c.kind == "time" and c.lang == "en" and written is None and prev_clock is not None \
                        and c.hour is not None and c.hour <= _NIGHT_END and prev_clock[2] >= 18 and plain in ("past", "future") \
                        and not _day_follows(chunk, c, cands[n + 1 : n + 2]) \
                        and anchor is not None and (anchor_day := anchor.to_date()) is not None \
                        and anchor_day.isoformat() == prev_clock[1] \
                        and all(cands[i].type != "TIME" for i in range(prev_clock[0] + 1, n)) \
                        and _clock_goes_on(chunk, cands[prev_clock[0]].end, c.start):
                    # "made landfall at 11:30 p.m. on Friday and weakened by 2 a.m.", "shortly after midnight.
                    # By 3 a.m., ...": a time of the night (up to 6 a.m.) told right after a late-evening one of
                    # the same day, with no day written, is on the day after (the night goes on past midnight)
                    anchor = PartialDate.from_date(anchor_day + _dt.timedelta(days=1))
                if c.kind == "time" and c.hour == 24 and plain == "past" and anchor is ref \
                        and ref is not None and (ref_date := ref.to_date()) is not None:
                    # "The fire broke out shortly after midnight": in a past clause on the reference day, the
                    # midnight that began it (T24:00 of the day before), not the one still to come
                    anchor = PartialDate.from_date(ref_date - _dt.timedelta(days=1))
                if c.kind == "anaphoric" and c.lang == "en" and plain == "past" and anchor is seg_last:
                    anchor = _day_gone_by(anchor, c.offset, ref, days_seen)
                if c.kind == "anaphoric" and c.lang == "fr" and written is None and c.offset == 0 \
                        and c.text.casefold() == "lendemain" \
                        and (own := self._fr_day_counted_from(chunk, c, cands[n + 1 : n + 2], ref, tense_at, start)):
                    # « au lendemain du 8 mai »: the day after that date (after an act, « au lendemain de
                    # l'attentat », the day the text speaks of, as _h_anaphoric reads it)
                    c = replace(c, offset=1)
                if c.kind == "anaphoric" and c.lang == "fr" and c.offset and written is None:
                    own = self._fr_day_counted_from(chunk, c, cands[n + 1 : n + 2], ref, tense_at, start)
                    if own is not None:
                        anchor = own  # « la veille du 3 juin », « le lendemain de Noël »: that day's eve
                        counted_from = n + 1
                    elif self._flashback is not None and not seg.embedded and seg_last == self._flashback[1] \
                            and c.offset * self._flashback[2] < 0:
                        # « Le PDG a été entendu mardi. La veille, il avait vu le ministre. Le lendemain, … »:
                        # a day counted the other way from a day counted from another is counted from that
                        # other day too (Wednesday), not from the eve that broke the story's thread
                        anchor = self._flashback[0]
                    if not seg.embedded and anchor is not None and (anchor_day := anchor.to_date()) is not None:
                        self._flashback = (anchor, PartialDate.from_date(anchor_day + _dt.timedelta(days=c.offset)),
                                           c.offset)
            elif c.kind == "weekday" and c.direction == 0 and c.anchored:
                told = _day_of_week_told(seg_date, seg_value)
                if told is None or ref is None or (ref_date := ref.to_date()) is None \
                        or abs((told - ref_date).days) <= 7:
                    # "That Friday, ..." with no day given, or after a day of the reference's week ("Stocks
                    # fell on Monday. That Friday, ..."): a bare weekday, read by the clause's tense
                    c = replace(c, direction=None, anchored=False)
                    anchor = ref
                else:
                    # a day of that week: the day given, or the Monday of a week given ("debated it all that
                    # week, and that Friday they went home": the week's Friday, not the reference's)
                    anchor = PartialDate.from_date(told)
            elif c.anchored and seg_date is not None and _fine_enough(seg_date, c.unit) \
                    and not (c.rule == "en_that_month" and ref is not None and c.month is not None and (
                        _against_tense(seg_date, ref, plain)
                        or _against_tense(PartialDate(seg_date.year, c.month), ref, plain))):
                # ("would be complete by 2030. That March, the plan had collapsed": no March of 2030; "said that
                # September would be dry. That October, it rained", told in September: no October to come)
                anchor = seg_date  # "in 2001 ... the following year": 2002
                if c.lang == "en" and c.kind == "relunit" and c.offset > 0 and plain == "past" \
                        and seg_date.day is not None and c.unit in _UNIT_DAYS:
                    # "The meteor exploded on Feb. 15 ... Scientists said on Wednesday ... A week later, a
                    # fragment was found": a past counted from the day last given may not pass the reference
                    # day; it counts from the last day before that lets it (as "the following day" does)
                    anchor = _day_gone_by(seg_date, c.offset * _UNIT_DAYS[c.unit], ref, days_seen) or seg_date
            elif c.anchored and c.kind == "relunit" and seg_date is not None and ref is not None \
                    and (not _consistent(ref, seg_date) or (plain == "past" and c.offset > 0)) \
                    and _told_at(text, seg_date_at, seg.lang) \
                    and not _against_tense(seg_date, ref, plain):
                # "In March 2011, an earthquake struck. Three days later, ...": counted from a date too coarse
                # for the unit and far from the reference, the date is one of that month or year whose unit
                # is unknown (TimeML's underspecified value, 2011-03-XX), not three days from the reference;
                # so is a past told later than a coarse date that holds the reference ("In March 2013, the bank
                # cut rates. Three days later, shares rose", told on 21 March: not the 24th, still to come)
                anchor = ref
                coarse = _coarse_unit(seg_date, c.unit)
            elif c.lang == "en" and c.kind == "relunit" and c.unit == "WE" and c.direction == 2 and plain == "past" \
                    and seg_date is not None and ref is not None and not _consistent(ref, seg_date) \
                    and (seg_date.year, seg_date.month or 0) < (ref.year, ref.month or 0) and _told_at(text, seg_date_at, seg.lang) \
                    and seg_date_at is not None and _NEXT_SENTENCE.search(text, seg_date_at, abs_start) is None \
                    and _OPENING_DATE.search(text, 0, seg_date_at) is not None \
                    and not _reported_over(text, seg_date_at, abs_start):
                # "In March 2010, Romney spent the weekend in Iowa": in a past clause, the weekend of the
                # past date that opens its sentence and sets its time, not the one before the reference; a
                # weekend of that year when the date is coarser than a day (2010-WXX-WE), else the one
                # around that day (not a date inside a clause: "Sales in 2011 were weak, the company said
                # over the weekend")
                anchor = seg_date if seg_date.day is not None else ref
                if seg_date.day is None:
                    coarse = _coarse_unit(seg_date, "WE")
            elif c.lang == "en" and c.anchored and c.kind == "relunit" and c.offset > 0 and plain == "past" \
                    and seg_date is None and c.unit not in ("H", "MIN", "S"):
                # "Three days later, the rescuers found the hikers" with no date given before: counted from an
                # event of unknown time, not from the reference (whose three days on are still to come in a
                # past clause): TimeML's underspecified value of the unit (XXXX-XX-XX; "two hours later" stays on
                # the reference day, most often the day the story happened)
                anchor = ref
                coarse = _relunit_value(c, None, None)
            elif c.kind == "monthday" and c.weekday is None and c.day is not None and ref is not None \
                    and seg_date is not None and seg_date.month is not None and not _consistent(seg_date, ref) \
                    and _told_at(text, seg_date_at, seg.lang) and not _against_tense(seg_date, ref, plain) \
                    and _day_in_month(seg_date.year, seg_date.month, c.day) \
                    and len(_NEXT_SENTENCE.findall(text, seg_date_at or 0, abs_start)) <= _MONTH_KEPT_SENTENCES:
                # "In May, the plant cut 200 jobs. On the 15th, workers struck", « Le sommet s'est tenu le 2 avril.
                # Le 4, … », told in July: a day of the month alone is of the month the text has just given (a
                # month other than the reference's, the story's), not of the reference's (2013-05-15, 2013-04-04)
                anchor = PartialDate(seg_date.year, seg_date.month)
            else:
                anchor = ref
                if c.kind == "season" and c.anchored and c.direction == 0 and c.year is None:
                    # "That summer, workers walked out" with no year before it: the season the clause's
                    # tense points to, as "in the summer" (told in March, last year's)
                    c = replace(c, direction=2)
            value = None
            if c.kind == "weekday" and c.direction is None and not c.deictic and n > 0 and prev_value is not None \
                    and prev_value[0] == n - 1 and c.weekday is not None:
                # "1 a.m. Wednesday (9 p.m. ET Tuesday)": a weekday in brackets right after a dated time is
                # the same moment told in another zone, the nearest such weekday to that day (whatever the
                # tense reads: a vote "set for" then is not a week apart from its own conversion)
                value = _converted_weekday(chunk, cands[n - 1], c, prev_value[1])
            if (value is None and c.kind == "weekday" and c.direction is None and not c.deictic and seg_last is not None
                    and seg_last.day is not None and ref is not None
                    and ref.day is not None):
                last = seg_last.to_date()
                refd = ref.to_date()
                if last and refd and last.isoweekday() == c.weekday \
                        and abs((last - refd).days) <= 7 \
                        and not (c.lang == "en" and plain in ("future", "present") and last < refd) \
                        and not (c.lang == "en" and plain == "past" and last > refd) \
                        and not (tense == "postponed" and last <= refd):
                    # "samedi 29 mai ... samedi": the weekday just mentioned; in English not against the
                    # tense ("the ruling came last Friday. The next one is expected on Friday": the coming one);
                    # never a day gone by for what is put off (« renvoyé à lundi », told on a Monday: the next)
                    value = last.isoformat() + _time_suffix(c)
            if value is None and awaited and c.kind == "weekday" and c.direction is None \
                    and not c.deictic and seg_last is not None and seg_last.day is not None and ref is not None \
                    and ref.day is not None and day_end is not None and start <= day_end <= abs_start \
                    and _SENTENCE_BREAK.search(chunk, day_end - start, c.start) is None:
                # "Shares fell on Monday ahead of Tuesday's vote", told on Wednesday: what the past clause
                # waited for is the first such weekday after the day its sentence gave, not the coming one
                value = _awaited_weekday(seg_last, ref, c)
            if (value is None and c.kind == "weekday" and dct is not None and dct.day is None
                    and (anchor is None or anchor.day is None)):
                # a month-only DCT: the weekday is read against the nearest day the text itself gives
                if days is None:
                    days = self._explicit_days(start, end, cands)
                if days:
                    anchor = min(days, key=lambda d: (abs(d[0] - abs_start), d[0]))[1]
            if value is None and c.bare and c.unit in ("Q", "W", "Y", "M") and n + 1 < len(cands):
                value = self._quarter_ended(chunk, c, cands[n + 1], ref, tense_at, start)
            if value is None and c.bare and c.unit in ("Y", "M"):
                continue  # "the year ended with a rally": no date closes it
            if value is None and c.kind == "relunit" and c.unit == "FY" and _THE_FISCAL_YEAR.fullmatch(c.text) and n + 1 < len(cands) \
                    and cands[n + 1].kind == "date" and cands[n + 1].month is not None \
                    and _QUARTER_ENDED.fullmatch(chunk[c.end:cands[n + 1].start]):
                # "the fiscal year ended Sept. 30", "the fiscal year ending June 30": the fiscal year that
                # date closes, named by the year it ends in (FY1997), not the reference's
                closing = resolve(cands[n + 1], anchor=ref, tense=self._tense(tense_at, start + cands[n + 1].start))
                if closing is not None and _YEAR_ONLY.match(closing):
                    value = f"FY{closing[:4]}"
            if value is None and c.kind == "relunit" and c.unit == "FY" and _THE_FISCAL_YEAR.fullmatch(c.text) and n + 1 < len(cands) \
                    and cands[n + 1].kind == "date" and cands[n + 1].month is not None \
                    and _FISCAL_BEGUN.fullmatch(chunk[c.end:cands[n + 1].start]):
                # "the fiscal year that begins Oct. 1", "beginning in April": the fiscal year that date opens,
                # named by the calendar year most of it lies in (begun in October 2013, FY2014, as the US
                # government's; begun in April 2013, FY2013, as Japan's), not the reference's
                opening = resolve(cands[n + 1], anchor=ref, tense=self._tense(tense_at, start + cands[n + 1].start))
                if opening is not None and re.match(r"\d{4}-\d\d", opening):
                    value = f"FY{int(opening[:4]) + (int(opening[5:7]) > 6):04d}"
            if value is None and c.anchored and c.rule in _COUNTED_RULES and prev_value is not None \
                    and prev_value[0] == n - 1 and before_date is not None and _fine_enough(before_date, c.unit) \
                    and _APPOSITION_GAP.fullmatch(chunk[cands[n - 1].end:c.start]):
                # "opened in 1990 and closed in 2005, 15 years later": an offset set off by a comma right
                # after a date restates that date when counted from the date before it
                restated = resolve(c, anchor=before_date, tense=tense)
                if restated is not None and _restates(restated, prev_value[1]):
                    value = restated
            if value is None and seg_prior is not None and c.rule in _COUNTED_RULES and c.unit == "Y" and c.offset < 0:
                # "Exports fell in November, the ministry said Wednesday. They were down from a year
                # earlier": the comparison is with the month the figures are of, not the day of the report
                value = _shift_coarse(c, seg_prior[0])
            if value is None and seg_prior is not None and c.lang == "en" and c.kind == "relunit" and c.anchored \
                    and c.unit == "M" and c.offset < 0 and seg_prior[0] is not None \
                    and _MONTH_VALUE.fullmatch(seg_prior[0]) is not None:
                # "Orders rose in February, the ministry said Thursday, after falling the month before": the
                # month before the one the figures are of (January), not before the report's day
                y, mo = int(seg_prior[0][:4]), int(seg_prior[0][5:7]) + c.offset
                value = f"{y + (mo - 1) // 12:04d}-{(mo - 1) % 12 + 1:02d}"
            if value is None:
                value = _shift_coarse(c, seg_value)
                if value is None and c.bare:
                    continue
                value = value or coarse
            if value is None and c.lang == "en" and c.kind == "date" and c.unit == "Q" and c.direction is None \
                    and not c.value and plain not in ("past", "headline") and ref is not None \
                    and ref.month is not None and c.offset > (ref.month - 1) // 3 + 2 \
                    and _figure_after(chunk, c.end) \
                    and not (c.offset - 4 < (ref.month - 1) // 3 and _forecast_before(chunk, c.start)):
                # "will release its estimate of fourth-quarter growth", told in March: the figures of a
                # quarter two or more ahead are not told yet, they are of last year's; but a forecast is of
                # the quarter ahead unless last year's has just ended ("analysts expect fourth-quarter
                # profit to fall", told in June: 2013-Q4; told in January: 2012-Q4)
                value = f"{ref.year - 1:04d}-Q{c.offset}"
            if value is None and year_at is not None and c.lang == "en" and c.kind == "date" \
                    and c.unit in ("Q", "H") and c.direction is None \
                    and _same_clause(text[year_at[0]:abs_start] + " q", seg.lang):
                # "in 2012, sales fell in the fourth quarter", "In 2012, the first quarter was weak": the
                # quarter of the year just written (its article is in its extent, so no word need stand between)
                value = f"{c.value or ''}{year_at[1]:04d}-{c.unit}{c.offset}"
            if value is None and year_at is not None and _year_clause(text[year_at[0]:abs_start], seg.lang, year_at[2]) \
                    and not (c.lang == "en" and year_at[0] == start + cands[n - 1].end and n > 0
                             and _EN_RANGE_GAP.fullmatch(chunk[cands[n - 1].end:c.start])):
                # (not the end of a range the year starts: "he served from 2001 to March")
                if _bare_month(c):
                    # "deux ruptures en 97 (en janvier, en octobre)": a month of the year just written
                    value = f"{year_at[1]:04d}-{c.month:02d}"
                elif _bare_month_day(c) and (not _said_on(text, abs_start) or _report_of_year(text, year_at, abs_start, start + c.end)) \
                        and (year_at[2] or _DAY_AFTER_YEAR.fullmatch(text[year_at[0]:abs_start]) is not None):
                    # "In 2019, on May 6, the volcano erupted", "the ship sank in 1912 on April 15": a day of
                    # the year just written (not the day of a report: "sales fell in 2020, the firm said on
                    # May 6"); a year inside the sentence gives its year only to the day right after it, not
                    # past a verb ("The senator, elected in 2016, will step down on May 6", "the company
                    # founded in 1999 filed for bankruptcy on Sept. 2": the year of a phrase of the subject)
                    value = resolve(replace(c, year=year_at[1]), anchor=anchor, tense=tense)
                elif c.kind == "holiday" and c.year is None and c.direction is None:
                    # « l'an prochain, … le premier dimanche du printemps », "in 2005, at Christmas"
                    value = resolve(replace(c, year=year_at[1]), anchor=anchor, tense=tense)
            if value is None and c.lang == "en" and _bare_month_day(c) and n > 0 and prev_value is not None \
                    and prev_value[0] == n - 1 and _FULL_DAY.fullmatch(prev_value[1]) \
                    and _EN_RANGE_GAP.fullmatch(chunk[cands[n - 1].end:c.start]) \
                    and (int(prev_value[1][5:7]), int(prev_value[1][8:10])) < (c.month, c.day):
                # "In 2019, on May 6 and May 7", "on Aug. 4, 2012, and on Aug. 9": a day listed after a day of
                # a known year, later in that year, is of that year
                value = resolve(replace(c, year=int(prev_value[1][:4])), anchor=anchor, tense=tense)
            if value is None and c.lang == "en" and (
                        (c.kind == "date" and c.year is None and c.direction is None and c.unit is None
                         and not c.value) or _yearless_season(c)) and n + 1 < len(cands) \
                    and _EN_RANGE_GAP.fullmatch(chunk[c.end:cands[n + 1].start]):
                value = _range_start(c, cands[n + 1], ref)
            if value is None and c.lang == "en" and c.kind == "relday" and c.text == "Today" \
                    and plain != "past" and tense != "will" and seg_date is not None and ref is not None \
                    and seg_date.year < ref.year - 1 and _told_at(text, seg_date_at, seg.lang) \
                    and (c.start == 0 or _SENTENCE_START.search(chunk[max(0, c.start - 8):c.start]) is not None) \
                    and not _POSSESSIVE.match(chunk, c.end):  # ("Today's vote is crucial": that day's)
                # "When she moved here in 1995, the air was clean. Today, she cannot see the river": a sentence
                # that opens on "Today" after a year long gone sets the present against it, no day (TimeML's
                # generic "today", PRESENT_REF)
                value = "PRESENT_REF"
            if value is None and c.kind == "weekday" and c.direction is None and ref is not None \
                    and ref.day is not None and _in_title(text, abs_start):
                # a weekday in the title (« X à Besançon mardi. » … « en concert mardi 1er juin »): the
                # day the text names later with its date, within a week of the reference
                value = self._named_later(c, cands[n + 1:], ref)
            if value is None and c.lang == "en" and plain == "past" and year_at is not None and year_at[2] \
                    and ref is not None and year_at[1] <= ref.year - 2 and (_bare_month(c) or (
                        _yearless_season(c) and c.kind == "season" and c.season is not None) or _bare_holiday(c)) \
                    and len(_NEXT_SENTENCE.findall(text, year_at[0], abs_start)) == 1 \
                    and ((_NARRATIVE_OPENING if not _bare_holiday(c) else _holiday_opening()).search(
                        text, max(0, abs_start - 24), abs_start) is not None
                         or (tense == "preterite" and _bare_month(c) and _narrative_in_month(text, abs_start))) \
                    and not _tells_reference(text, start, cands[n + 1:], abs_start, year_at[1]):
                # "In 2008, the company nearly collapsed. In March, it sold its unit": a month or a season that
                # opens a past sentence right after one a year long gone opened, with no date between, goes
                # on telling that year (2008-03, not the last March before the reference); so does a month
                # after "in" inside that sentence, its own verb a simple past and no verb of saying after it
                # ("The vote took place in March": 2008-03; not "Exports fell in March, the ministry said",
                # a report of now); so does a holiday
                # ("In 2019, the family moved to Ohio. On Christmas Eve, their house burned down": 2019-12-24)
                if _bare_holiday(c):
                    value = resolve(replace(c, year=year_at[1]), anchor=anchor, tense=tense)
                else:
                    value = f"{year_at[1]:04d}-{c.month:02d}" if _bare_month(c) else f"{year_at[1]:04d}-{c.season}"
                # (and so sets the time of its sentence, as that year would: "..., and in October it cut jobs")
                year_at = (start + c.end, year_at[1], True)
            if value is None and c.lang == "en" and tense == "present" and _bare_month(c) \
                    and _habit_before(chunk, c.start):
                # "The fire season usually peaks in June": any year's June, a habit (TimeML XXXX-06)
                value = f"XXXX-{c.month:02d}"
            if value is None:
                value = resolve(c, anchor=anchor, tense=tense)
                if value is not None and c.rule in _YY_RULES and plain == "past" and ref is not None \
                        and _YEAR_ONLY.fullmatch(value) and int(value) > ref.year:
                    # "the club won its first title in '32", told in 2013: a year of two digits in a past
                    # clause is not still to come (1932, not 2032)
                    value = f"{int(value) - 100:04d}"
                if value is not None and c.rule == "en_that_month" and plain == "past" and ref is not None \
                        and ref.month is not None and re.fullmatch(r"\d{4}-\d\d", value) \
                        and value > f"{ref.year:04d}-{ref.month:02d}":
                    # "said that September would be dry. That October, it rained", told in September: with no
                    # year of the story to go on with, the last October gone by (2023-10), not one to come
                    value = f"{int(value[:4]) - 1:04d}{value[4:]}"
                if value is not None and c.type in ("DATE", "TIME"):
                    # only a year met last counts, and only in its sentence; not one a range starts
                    # from ("its lowest level since 2008 in March": the March of now)
                    aside = _YEAR_ONLY.fullmatch(value) is not None and _aside_year(text, abs_start, start + c.end, seg.lang)
                    year_at = (start + c.end, int(value), _OPENING_DATE.search(text, max(0, abs_start - 20), abs_start) is not None
                               or (c.lang == "en" and c.text[:1].isupper() and c.kind in ("relunit", "anaphoric")
                                   and _OPENING_SENTENCE.search(text, max(0, abs_start - 6), abs_start) is not None)) \
                        if _YEAR_ONLY.fullmatch(value) and not _since_year(text, abs_start, seg.lang) and not aside else None
            if c.lang == "en" and c.kind == "relunit" and c.unit == "WE" and c.offset == 0 \
                    and c.text.lower() == "the weekend" and n + 1 < len(cands) \
                    and _OF_GAP.fullmatch(chunk, c.end, cands[n + 1].start) \
                    and cands[n + 1].kind in ("date", "holiday") and (cands[n + 1].day is not None or cands[n + 1].kind == "holiday"):
                # "the weekend of April 13-14", "the weekend of March 9": the weekend of that day, not the one
                # around the reference
                of_day = resolve(cands[n + 1], anchor=ref, tense=self._tense(tense_at, start + cands[n + 1].start))
                day_of = _dt.date.fromisoformat(of_day) if of_day is not None and _DAY_VALUE.fullmatch(of_day) else None
                if day_of is not None and day_of.weekday() in (0, 4, 5, 6):
                    # (a day from Friday to Monday is in one weekend, Monday's the one before it; the weekend
                    # of a Wednesday is not known)
                    value = _iso_week(day_of - _dt.timedelta(days=1 if day_of.weekday() == 0 else 0)) + "-WE"
            if c.lang == "fr" and c.kind == "relunit" and c.unit == "WE" and c.offset == 0 \
                    and c.text.lower().replace("-", "") == "le weekend" and n + 1 < len(cands) \
                    and _DE_GAP.fullmatch(chunk, c.end, cands[n + 1].start) and cands[n + 1].kind == "holiday":
                # « pendant le week-end de Noël », « le week-end de Pâques »: the weekend the holiday
                # falls in or makes long, not the one around the reference (as "the Easter weekend")
                of_day = resolve(cands[n + 1], anchor=ref, tense=self._tense(tense_at, start + cands[n + 1].start))
                if of_day is not None and _DAY_VALUE.fullmatch(of_day):
                    value = _holiday_weekend(_dt.date.fromisoformat(of_day))
            if c.lang == "en" and value is not None and _bare_month_day(c) and n > 0 and prev_value is not None \
                    and prev_value[0] == n - 1 and cands[n - 1].year is not None and _FULL_DAY.fullmatch(prev_value[1]) \
                    and _FULL_DAY.fullmatch(value) and value < prev_value[1] \
                    and (int(prev_value[1][5:7]), int(prev_value[1][8:10])) < (c.month or 0, c.day or 0) \
                    and _COORD_GAP.fullmatch(chunk, cands[n - 1].end, c.start) \
                    and not (tense in ("past", "preterite") and ref is not None and ref.month is not None
                             and prev_value[1][:7] > f"{ref.year:04d}-{ref.month:02d}"):
                # (not a past told of a day after the first, that day still to come: "takes effect on Jan. 1,
                # 2014, and was signed on Feb. 23" in a 2013 story, the Feb. 23 gone by)
                # "The games open on Feb. 7, 2014, and close on Feb. 23": a day told in a clause joined to one
                # that gave a day with its year, later in that year, is of that year, not a day before the
                # first (2014-02-23, not the last Feb. 23)
                value = resolve(replace(c, year=int(prev_value[1][:4])), anchor=anchor, tense=tense)
            if c.lang == "en" and c.rule == "en_earlier" and _THAN_PLAN.search(c.text):
                # "arrives on November 11, three days later than originally planned": the date of the act the
                # offset tells against its plan, the date just given in its sentence (TimeML: November 11, not
                # three days after it); with none, a day not known
                value = "XXXX-XX-XX"
                if prev_value is not None and prev_value[0] == n - 1 and cands[n - 1].type in ("DATE", "TIME") \
                        and _APPOSED_GAP.fullmatch(chunk, cands[n - 1].end, c.start) \
                        and _DAY_VALUE.fullmatch(prev_value[1].split("T", 1)[0]):
                    value = prev_value[1].split("T", 1)[0]
            if value is None:
                continue
            if c.lang == "en" and c.kind == "weekday" and c.direction is None and c.weekday is not None \
                    and c.part is not None and n + 1 < len(cands) and ref is not None \
                    and (dated := _weekday_dated(c.weekday, cands[n + 1], ref)) is not None \
                    and _WEEKDAY_DATE_GAP.fullmatch(chunk, c.end, cands[n + 1].start):
                # "on Monday night, Dec. 10", "Tuesday morning, Dec. 4, aides said": a weekday and its part
                # with the date set after them, that day's part, and the date of the year (the nearest to
                # the reference) its weekday falls on, not the weekday nearest the reference nor a date a
                # reporting verb put in the past ("Monday, Dec. 10" alone is one date, en_date_mdy)
                value = dated.isoformat() + _time_suffix(c)
                weekday_years[n + 1] = dated.year
            elif c.lang == "en" and c.kind == "weekday" and c.direction is None and c.weekday is not None \
                    and n + 1 < len(cands) and cands[n + 1].kind in ("holiday", "date") \
                    and _THE_BEFORE.search(chunk, max(0, c.start - 5), c.start) \
                    and (side := _WEEKDAY_SIDE_GAP.fullmatch(chunk, c.end, cands[n + 1].start)) is not None:
                # "on the Saturday before Christmas", "the Monday after Thanksgiving": the weekday next before
                # or after that day, not the one nearest the reference
                # (its own name: ``counted_from`` is the index of a French day counted from a date)
                named_day = resolve(cands[n + 1], anchor=ref, tense=self._tense(tense_at, start + cands[n + 1].start)) or ""
                if _DAY_VALUE.fullmatch(named_day):
                    day = _dt.date.fromisoformat(named_day)
                    step = -1 if side.group(1).lower() == "before" else 1
                    shift = ((day.isoweekday() - c.weekday) % 7 or 7) if step < 0 else ((c.weekday - day.isoweekday()) % 7 or 7)
                    value = (day + _dt.timedelta(days=step * shift)).isoformat() + _time_suffix(c)
            elif n in weekday_years and c.year is None:
                value = resolve(replace(c, year=weekday_years[n]), anchor=anchor, tense=tense) or value
            if seg.lang == "fr" and prev_value is not None and prev_value[0] == n - 1 \
                    and _FR_RANGE_GAP.fullmatch(chunk[cands[n - 1].end:c.start]):
                value = _range_end(cands[n - 1], prev_value[1], c, value)
            elif seg.lang == "en" and prev_value is not None and prev_value[0] == n - 1 and c.kind == "date" \
                    and cands[n - 1].year is None and _EN_RANGE_GAP.fullmatch(chunk[cands[n - 1].end:c.start]):
                # "from June to September", "in December and January": the second month after the first
                # (not after a first end with its year: "from May 2010 to June" is to this June)
                gap = chunk[cands[n - 1].end:c.start]
                ordered = re.search(r"\band\b", gap, re.I) is None \
                    or re.search(r"\bbetween\s+$", chunk[max(0, cands[n - 1].start - 12):cands[n - 1].start], re.I) is not None
                value = _range_end(cands[n - 1], prev_value[1], c, value, ordered=ordered)
            prev_value = (n, value)
            if event_key is not None and _DAY_VALUE.fullmatch(value):
                event_years[event_key] = int(value[:4])
            clock = _CLOCK_VALUE.match(value) if c.type == "TIME" else None
            # (kept over a length and over the day the clock time is on: "at 11:30 p.m. on Friday")
            prev_clock = (n, clock.group(1), int(clock.group(2))) if clock is not None else (
                prev_clock if c.type == "DURATION" or (prev_clock is not None and value == prev_clock[1]) else None)
            # re-anchoring on a day-granular absolute date of the article
            if c.is_absolute_day and value[:4].isdigit():
                try:
                    pd = PartialDate.parse(value)
                except ValueError:
                    pd = None
                if pd is not None and pd.day is not None:
                    if (not seg.embedded and (ref is None or ref.day is None)
                            and _consistent(pd, dct)):
                        ref = pd
                    seg_last, day_end, report_day = pd, start + c.end, None
                    days_seen.append(pd)
                    self._pluperfect_day = pd if seg.lang == "fr" and _in_fr_pluperfect(text, abs_start) else None
            elif c.type in ("DATE", "TIME") and (c.kind in ("relday", "weekday", "anaphoric", "monthday", "holiday")
                                                 or c.anchored):
                # (a holiday's day is one the story goes on from: "On Christmas Eve, it played in Osaka. The
                # following day, ..." is 25 December, not the day after the reference)
                try:
                    pd = PartialDate.parse(value)
                    if pd.day is not None and not (
                            seg.lang == "en" and day_end is not None and seg_last is not None and seg_last != pd
                            and _REPORT_BREAK.search(text, day_end, abs_start) is None
                            and _said_on(text, abs_start)):
                        # ("An earthquake struck late Sunday, officials said Monday. It hit at 6:10 p.m.":
                        # the day of the report after the day of the news in its sentence is not the day the
                        # story goes on with; the news's day stays the one clock times are read on)
                        seg_last, day_end, report_day = pd, start + c.end, None
                        days_seen.append(pd)
                        self._pluperfect_day = pd if seg.lang == "fr" and _in_fr_pluperfect(text, abs_start) else None
                    elif pd.day is not None:
                        report_day = pd
                except ValueError:
                    pass
            if prev_weekday is not None and c.kind == "weekday" and c.direction is None and c.lang == "en" \
                    and _WEEKDAY_RANGE.fullmatch(chunk[prev_weekday[1].end:c.start]):
                value = self._weekday_range(out, prev_weekday[0], value, plain)
            prev_weekday = (len(out), c) if c.kind == "weekday" and c.direction is None else None
            if c.type in ("DATE", "TIME") and not _restates_compared(chunk, c, seg_value, value):
                as_date = _as_date(value)
                if as_date is not None:
                    before_date = seg_date
                    if c.kind not in ("weekday", "relday") and n > 0 and seg_value is not None \
                            and _PERIOD_OF_FIGURES.fullmatch(seg_value) and c.is_absolute_day \
                            and _PERIOD_CLOSED.fullmatch(chunk, cands[n - 1].end, c.start):
                        # "profit in its fiscal first quarter, ended Dec. 31, fell from the year-earlier
                        # quarter": figures are compared with the quarter a year before, not the day that
                        # closed it a year before (FY2025-Q1, was 2024)
                        seg_prior = (seg_value,)
                    elif c.kind not in ("weekday", "relday"):
                        seg_prior = None
                    elif seg_prior is None and seg_date_at is not None and abs_start - seg_date_at <= _REPORT_REACH \
                            and not _REPORT_BREAK.search(text, seg_date_at, abs_start):
                        # only the day of a report in the sentence of the figures ("Exports fell in
                        # November, the ministry said Wednesday"), not a day of another story ("The plant
                        # closed in June. The strike ended Tuesday. A year earlier, ...": 2012)
                        seg_prior = (seg_value,)
                    aside_kept = (seg_date, seg_value, seg_date_at) if aside else None
                    seg_date, seg_value = as_date, value
                    seg_date_at = abs_start
            t_start, t_end = abs_start, start + c.end
            weekend = _HOLIDAY_WEEKEND.match(chunk, c.end) if c.kind == "holiday" and c.lang == "en" else None
            if weekend is not None and _DAY_VALUE.fullmatch(value):
                # "over the Memorial Day weekend", "Thanksgiving weekend": the weekend the holiday makes
                # long, the one nearest its day (TimeML: 2012-W21-WE, the noun's article in the extent)
                value = _holiday_weekend(_dt.date.fromisoformat(value))
                t_end = start + weekend.end()
                article = _ARTICLE_BEFORE.search(chunk, 0, c.start)
                if article is not None:
                    t_start = start + article.start()
            out.append(Timex(start=t_start, end=t_end, text=text[t_start:t_end],
                             type=cast(TimexType, c.type), value=value, embedded=seg.embedded))
        self.ref = ref
        self._seg_last, self._seg_date, self._seg_value = seg_last, seg_date, seg_value
        self._seg_prior = seg_prior
        self._seg_days = days_seen[-_DAYS_KEPT:]
        if not seg.embedded:
            self.last_days = self._seg_days
            self.last_day = seg_last
            self.last_date = seg_date
            self.last_value = seg_value
            self.last_prior = seg_prior
        return out
