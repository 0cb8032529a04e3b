"""Rule-based detection and TIMEX3 normalisation of French and English temporal expressions.

The French spaCy models have no DATE label, so temporal expressions are found here with small
regular grammars, one list of rules per language, and normalised to TIMEX3 values (types DATE,
TIME, DURATION and SET) against a reference date, usually the document's publication date (DCT).

The work is split in two steps:

* :func:`find_timexes` detects candidate spans and records what each one *means*
  (``hier`` = reference day minus one, ``8 juin`` = month 6, day 8, year unknown...) in a
  :class:`TimexCandidate`, without looking at any date;
* :func:`resolve` turns one candidate into a TIMEX3 value given a reference date and, optionally,
  the grammatical tense of the clause (``"past"``, ``"present"``, ``"future"``).

:func:`timexes_from_segments` runs both steps over a whole document split into language
segments, chooses the right reference for each expression (the DCT, a day-granular date of the
article when the DCT is only month- or year-granular, the last mentioned day for clock times) and
returns :class:`kg.types.Timex` objects.

No regular expression is compiled at import time: the rule tables are built on first use and
cached.
"""

from __future__ import annotations

import array
import datetime as _dt
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from kg.regexscan import first_char_filter
from kg.types import PartialDate, Segment, Timex, TimexType
from kg.knowledge.words import number_map, word_map, word_set

__all__ = [
    "TimexCandidate",
    "find_timexes",
    "resolve",
    "timexes_from_segments",
]

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
      shifted by ``offset`` (``l'an dernier``: Y, -1);
    * ``"time"``: a clock time (``hour``, ``minute``) on the reference day;
    * ``"season"``: ``season`` (SP, SU, FA, WI) of ``year`` or of the reference year shifted
      by ``offset``;
    * ``"anaphoric"``: a day relative to the previously mentioned day (``le lendemain``).
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
    zone: str | None = None
    season: str | None = None
    rule: str = ""

    @property
    def is_absolute_day(self) -> bool:
        """True for an absolute day-granular date (``8 juin``, ``June 9, 2020``)."""
        return self.kind == "date" and self.day is not None and self.month is not None


# ---------------------------------------------------------------------------------------------
# Lexicons: month, weekday, number, unit, season and day-part words are data, read on first use
# from ontologies/lexicons/<lang>/*.tsv (kg.knowledge.words).
# ---------------------------------------------------------------------------------------------

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


_AP = "['’ʼ‘`´]"
_B = r"(?<![\w\-])"  # left word boundary that also refuses a hyphen
_BY = r"(?<![\w])(?<![^\W\d]-)"  # like _B, but "1982-1990" may split
_E = r"(?![\w])"


def _alt(words) -> str:
    """A regex alternation of literal words, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _fold(word: str) -> str:
    """Lower-case a word, normalise apostrophes and whitespace."""
    word = re.sub(r"['’ʼ‘`´]", "'", word.lower())
    return re.sub(r"\s+", " ", word).strip()


# ---------------------------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------------------------


def _parse_number(text: str, lang: str) -> float | None:
    """Read a number written in digits (``30,4``) or in words (``vingt-cinq``, ``two``)."""
    t = _fold(text)
    t = t.replace("\u202f", "").replace("\u00a0", " ")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    table = number_map("fr", "number_words") if lang == "fr" else number_map("en", "number_words")
    toks = [w for w in re.split(r"[\s\-]+", t) if w and w not in ("et", "and")]
    if not toks:
        return None
    total = 0
    cur = 0
    for tok in toks:
        v = table.get(tok)
        if v is None:
            return None
        if v == 1000:
            total += (cur or 1) * 1000
            cur = 0
        elif v == 100:
            cur = (cur or 1) * 100
        elif v == 20 and cur % 100 == 4 and lang == "fr":
            cur = cur - 4 + 80
        else:
            cur += v
    return float(total + cur)


def _fmt_num(n: float) -> str:
    """``2.0`` -> ``2``, ``30.4`` -> ``30.4``."""
    if abs(n - round(n)) < 1e-9:
        return str(round(n))
    return f"{n:.3f}".rstrip("0").rstrip(".")


def _duration_value(n: float | None, unit: str) -> str:
    """The TIMEX3 duration value for ``n`` units (``None`` = unspecified amount)."""
    if unit in ("H", "MIN", "S"):
        letter = {"H": "H", "MIN": "M", "S": "S"}[unit]
        return f"PT{'X' if n is None else _fmt_num(n)}{letter}"
    if unit in ("Y", "M", "W", "D"):
        return f"P{'X' if n is None else _fmt_num(n)}{unit}"
    mult = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "SEM": (6, "M"), "WE": (2, "D")}
    factor, letter = mult.get(unit, (1, "D"))
    if n is None:
        return f"PX{'DE' if unit == 'DE' else 'CE' if unit == 'CE' else letter}"
    return f"P{_fmt_num(n * factor)}{letter}"


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------


_Gate = tuple[tuple["str | re.Pattern[str]", ...], ...]


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], str, str], dict | None]
    priority: int = 0
    # Keyword gate (see _r and _gate_open): a tuple of groups of keywords; every match of
    # ``pattern`` contains, for each group, one of its keywords.  Empty: no gate.
    gate: _Gate = ()
    # ``pattern`` behind a look-ahead on its possible first characters (kg.regexscan): the same
    # matches, found faster. Filled in by __post_init__.
    scan: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        if self.scan is None:
            object.__setattr__(self, "scan", first_char_filter(self.pattern))


def _num_pattern(lang: str) -> str:
    words = list(number_map("fr", "number_words") if lang == "fr" else number_map("en", "number_words"))
    if lang == "en":
        words = [w for w in words if w not in ("a", "an")]
    w = _alt(words)
    sep = r"(?:[\s\-]+(?:et[\s\-]+|and[\s\-]+)?)"
    return rf"(?:\d{{1,3}}(?:[.,]\d+)?|{w}(?:{sep}{w})*(?![\w]))"


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    """The ``n`` words before ``pos``, folded, nearest last (apostrophes split words)."""
    chunk = text[max(0, pos - 60):pos]
    words = re.findall(r"[\w\-]+'?|[^\w\s]", _fold(chunk))
    return words[-n:]


def _next_word(text: str, pos: int) -> str:
    """The folded word or symbol right after ``pos``."""
    m = re.match(r"\s*([\w\-]+|[^\w\s])", text[pos:pos + 40])
    return _fold(m.group(1)) if m else ""


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 40 else 1900 + yy


def _roman(text: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    text = text.upper()
    if not text or any(c not in vals for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = vals[c]
        if i + 1 < len(text) and vals[text[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _month_of(word: str, lang: str) -> int | None:
    w = _fold(word).rstrip(".")
    table = number_map("fr", "months") if lang == "fr" else number_map("en", "months")
    return table.get(w)


def _g(m: Any, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _direction(word: str | None) -> int | None:
    if not word:
        return None
    w = _fold(word)
    if re.match(r"(dernier|derniere|dernière|passé|passée|passe|précédent|last|past|previous)",
                w):
        return -1
    if re.match(r"(prochain|next|coming|suivant|following)", w):
        return 1
    if w in ("ce", "cet", "cette", "this", "en cours"):
        return 0
    return None


def _part_of(word: str | None) -> str | None:
    if not word:
        return None
    w = _fold(word)
    for key, code in sorted(word_map("xx", "day_parts").items(), key=lambda kv: -len(kv[0])):
        if key in w:
            return code
    if "midi" in w or "noon" in w:
        return "NOON"
    return None


def _hour_minute(m: Any) -> tuple[int, int] | None:
    h = _g(m, "h")
    if h is None:
        return None
    hour = int(h)
    minute = int(_g(m, "mi") or 0)
    ampm = _fold(_g(m, "ampm") or "").replace(".", "").replace(" ", "")
    if ampm in ("pm", "dusoir", "del'après-midi", "del'apres-midi") and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return hour, minute


# --- handlers: each returns a dict of TimexCandidate fields (minus offsets) or None ----------


def _h_date(m: Any, text: str, lang: str) -> dict | None:
    month = _month_of(m.group("mon"), lang)
    if month is None:
        return None
    d = _g(m, "day")
    day = None
    if d:
        dd = _fold(d)
        day = 1 if dd in ("1er", "1re", "premier", "first") else int(re.sub(r"\D", "", dd))
        if not 1 <= day <= 31:
            return None
    year = None
    y = _g(m, "year")
    if y:
        year = int(y)
    yy = _g(m, "yy")
    if yy and year is None:
        year = _two_digit_year(int(yy))
    wd = _g(m, "wd")
    weekday = None
    if wd:
        table = number_map("fr", "weekdays") if lang == "fr" else number_map("en", "weekdays")
        weekday = table.get(_fold(wd).rstrip(","))
    mon_txt = m.group("mon")
    if day is None and year is None and not _g(m, "mod") and not _g(m, "dir") \
            and not _g(m, "mois"):
        # a bare month name: guard the ambiguous ones
        if lang == "fr" and mon_txt[0].isupper() and _fold(mon_txt) in ("mars", "mai"):
            prev = _prev_words(text, m.start("x"), 1)
            if not prev or prev[-1] not in ("en", "de", "d'", "depuis", "fin", "début", "mi"):
                return None
        if lang == "en":
            if _fold(mon_txt) not in word_set("en", "full_months"):
                return None
            if _fold(mon_txt) in ("may", "march", "april", "june", "august", "jan"):
                prev = _prev_words(text, m.start("x"), 1)
                if not prev or prev[-1] not in (
                        "in", "since", "until", "till", "by", "from", "to", "through",
                        "during", "before", "after", "of", "early", "late", "mid", "last",
                        "next", "this", "that", "each", "every", "between", "and", "or",
                        "throughout", "around", "on", "-"):
                    return None
    if day is not None and month == 2 and day > 29:
        return None
    return {"type": "DATE", "kind": "date", "year": year, "month": month, "day": day, "weekday": weekday,
                "direction": _direction(_g(m, "dir"))}


def _year_context_ok(text: str, m: Any, lang: str) -> bool:
    if _g(m, "mod") or _g(m, "pre"):
        return True
    prev = _prev_words(text, m.start("x"), 2)
    if not prev:
        return False
    p = prev[-1]
    nxt = _next_word(text, m.end("x"))
    if nxt in word_set("xx", "not_year_after"):
        return False
    if lang == "fr":
        strong = {"en", "depuis", "dès", "des", "jusqu'en", "avant", "après", "apres", "vers",
                  "courant", "entre", "l'an", "an", "année", "annee", "printemps", "été",
                  "automne", "hiver", "fin", "début", "debut", "mi", "saison", "exercice",
                  "millésime", "jusqu'à", "("}
        weak = {"de", "d'", "à", "a", "et", "ou", "au", "-", ",", "puis", "qu'en", "en"}
    else:
        strong = {"in", "since", "until", "till", "through", "during", "before", "after",
                  "early", "late", "mid", "year", "fiscal", "circa", "by", "(", "spring",
                  "summer", "autumn", "fall", "winter", "throughout"}
        weak = {"from", "to", "of", "and", "or", "between", "-", ",", "around", "for",
                "than"}
    if p in strong:
        return True
    after = text[m.end("x"):m.end("x") + 12]
    if re.match(r"\s*[-–]\s*(?:1\d{3}|20\d{2})(?!\d)", after):
        return True  # "1982-1990"
    if re.search(r"(?:1\d{3}|20\d{2})\s*[-–]\s*$",
                                    text[max(0, m.start("x") - 8):m.start("x")]):
        return True
    if lang == "en" and p == "the" and nxt not in word_set("xx", "not_year_after") and nxt.isalpha():
        return True  # "the 1991 settlement"
    if lang == "en" and nxt in ("june", "july", "january", "february", "march", "april", "may",
                                "august", "september", "october", "november", "december"):
        return False
    raw_prev = re.findall(r"[\w\-]+", text[max(0, m.start("x") - 30):m.start("x")])
    if lang == "en" and raw_prev and raw_prev[-1][:1].isupper() and raw_prev[-1].isalpha() \
            and raw_prev[-1].upper() == raw_prev[-1] and nxt not in word_set("xx", "not_year_after"):
        return True  # "WWDC 2005"
    if raw_prev and raw_prev[-1] in ("Conference", "Olympics", "Games", "Cup", "Expo",
                                     "Summit", "Championship", "Championships") \
            and nxt not in word_set("xx", "not_year_after"):
        return True
    if p in weak:
        # "de 1998 à 2003", "from 2009 to 2011": accept if a year-like word follows/precedes
        return nxt in ("à", "a", "au", "et", "to", "and", "-", "–", ",", ".", ")", ";", ":", "",
                       "jusqu'à", "until", "through", "ou", "or")
    return False


def _h_year(m: Any, text: str, lang: str) -> dict | None:
    if not _year_context_ok(text, m, lang):
        return None
    y = _g(m, "year")
    year = int(y) if y else _two_digit_year(int(_g(m, "yy") or 0))
    return {"type": "DATE", "kind": "value", "value": f"{year:04d}"}


def _h_yy(m: Any, text: str, lang: str) -> dict | None:
    prev = _prev_words(text, m.start("x"), 1)
    if not _g(m, "mod") and (not prev or prev[-1] not in ("en", "depuis", "in", "since")):
        return None
    nxt = text[m.end("x"):m.end("x") + 3].lstrip()
    if nxt[:1].isalnum():
        return None
    year = _two_digit_year(int(m.group("yy")))
    return {"type": "DATE", "kind": "value", "value": f"{year:04d}"}


def _h_decade(m: Any, text: str, lang: str) -> dict | None:
    c = _g(m, "cent")
    d = int(m.group("dec"))
    if c:
        century = int(c)
    else:
        century = 19 if d != 0 else 20
        if _g(m, "ap") is None and lang == "en" and not _g(m, "the"):
            return None  # "in his 90s"
    return {"type": "DATE", "kind": "value", "value": f"{century:02d}{d}"}


def _h_century(m: Any, text: str, lang: str) -> dict | None:
    n = m.group("num")
    num = int(n) if n.isdigit() else _roman(n)
    if not num or num > 21:
        return None
    return {"type": "DATE", "kind": "value", "value": f"{num - 1:02d}"}


def _h_season(m: Any, text: str, lang: str) -> dict | None:
    s = word_map("xx", "seasons").get(_fold(m.group("s")))
    if s is None:
        return None
    det = _g(m, "det")
    y = _g(m, "year")
    dirw = _g(m, "dir")
    if not det and not y and not dirw:
        prev = _prev_words(text, m.start("x"), 1)
        ok = {"en", "d'", "l'", "cet", "durant", "pendant", "in", "during", "this", "last",
              "next", "the", "through", "until", "since", "depuis"}
        if not prev or prev[-1] not in ok:
            return None
        if lang == "en" and s in ("SP", "FA") and prev[-1] not in ("in", "the", "this", "last",
                                                                  "next", "during"):
            return None
    direction = _direction(dirw) if dirw else (0 if det and _fold(det) in (
        "cet", "ce", "cette", "this") else None)
    return {"type": "DATE", "kind": "season", "season": s, "year": int(y) if y else None,
                "direction": direction}


def _h_relday(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("rd"))
    offsets = {
        "aujourd'hui": 0, "aujourd' hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
        "après-demain": 2, "apres-demain": 2, "today": 0, "yesterday": -1, "tomorrow": 1,
        "tonight": 0, "the day before yesterday": -2, "the day after tomorrow": 2,
    }
    off = offsets.get(w.replace("aujourd'hui", "aujourd'hui"))
    if off is None:
        off = 0 if w.startswith("aujourd") else None
    if off is None:
        return None
    part = _part_of(_g(m, "part"))
    if w == "tonight":
        part = "NI"
    hm = _hour_minute(m)
    if hm is not None:
        return {"type": "TIME", "kind": "relday", "offset": off, "hour": hm[0], "minute": hm[1]}
    if part == "NOON":
        return {"type": "TIME", "kind": "relday", "offset": off, "hour": 12, "minute": 0}
    if part:
        return {"type": "TIME", "kind": "relday", "offset": off, "part": part}
    return {"type": "DATE", "kind": "relday", "offset": off}


def _h_lastnight(m: Any, text: str, lang: str) -> dict | None:
    return {"type": "TIME", "kind": "relday", "offset": -1, "part": "NI"}


def _h_thispart(m: Any, text: str, lang: str) -> dict | None:
    part = _part_of(m.group("part"))
    if part == "NOON":
        return {"type": "TIME", "kind": "relday", "offset": 0, "hour": 12, "minute": 0}
    if part is None:
        return None
    return {"type": "TIME", "kind": "relday", "offset": 0, "part": part}


def _h_weekday(m: Any, text: str, lang: str) -> dict | None:
    table = number_map("fr", "weekdays") if lang == "fr" else number_map("en", "weekdays")
    wdw = _fold(m.group("wd"))
    wd = table.get(wdw) or table.get(wdw.rstrip("s"))
    if wd is None:
        return None
    det = _fold(_g(m, "det") or "")
    plural = wdw.endswith("s") and wdw not in table
    part = _part_of(_g(m, "part"))
    if det in ("le", "les", "chaque", "tous les", "every", "each") or plural:
        if det == "le" and _next_word(text, m.end("x")).isdigit():
            return None
        value = f"XXXX-WXX-{wd}"
        if part and part != "NOON":
            value += f"T{part}"
        return {"type": "SET", "kind": "value", "value": value}
    direction = _direction(_g(m, "dir"))
    if direction is None and det in ("last", "next"):
        direction = _direction(det)
    hm = _hour_minute(m)
    if hm is not None:
        return {"type": "TIME", "kind": "weekday", "weekday": wd, "direction": direction,
                    "hour": hm[0], "minute": hm[1]}
    if part == "NOON":
        return {"type": "TIME", "kind": "weekday", "weekday": wd, "direction": direction, "hour": 12,
                    "minute": 0}
    if part:
        return {"type": "TIME", "kind": "weekday", "weekday": wd, "direction": direction, "part": part}
    return {"type": "DATE", "kind": "weekday", "weekday": wd, "direction": direction}


def _h_night_of(m: Any, text: str, lang: str) -> dict | None:
    table = number_map("fr", "weekdays") if lang == "fr" else number_map("en", "weekdays")
    wd = table.get(_fold(m.group("wd")))
    return {"type": "TIME", "kind": "weekday", "weekday": wd, "part": "NI"}


def _unit_of(word: str, lang: str) -> str | None:
    w = _fold(word)
    table = word_map("fr", "time_units") if lang == "fr" else word_map("en", "time_units")
    return table.get(w)


def _h_relunit(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    det = _fold(_g(m, "det") or "")
    dirw = _g(m, "dir")
    mod = _g(m, "mod")
    if dirw:
        off = _direction(dirw)
    elif det in ("ce", "cet", "cette", "this", "the current", "current"):
        off = 0
    elif det in ("last", "the last", "the previous", "previous", "the past", "past"):
        off = -1
    elif det in ("next", "the next", "the coming", "coming", "the following"):
        off = 1
    elif mod:
        off = 0
    else:
        return None
    if off is None:
        return None
    if unit in ("H", "MIN", "S"):
        return None
    return {"type": "DATE", "kind": "relunit", "unit": unit, "offset": off}


def _h_offset(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    n = _parse_number(m.group("n"), lang) if _g(m, "n") else 1.0
    if unit is None or n is None or n != int(n) or n > 10000:
        return None
    sign = -1 if _g(m, "ago") is not None else 1
    return {"type": "DATE", "kind": "relunit", "unit": unit, "offset": sign * int(n), "direction": 2}


def _h_duration(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    ntxt = _g(m, "n")
    n: float | None
    if ntxt is None:
        n = None
    else:
        n = _parse_number(ntxt, lang)
        if n is None:
            return None
        if n > 5000:
            return None
    if _g(m, "half") and n is not None:
        n += 0.5
    if False:
        prev = _prev_words(text, m.start("x"), 2)
        if prev and prev[-1] in ("âgé", "âgée", "âgés", "âgées", "agé", "agée"):
            return None
        if prev and prev[-1] in ("de", "d'") and len(prev) > 1 and prev[-2] in (
                "âgé", "âgée", "âgés", "âgées", "agé", "agée", "homme", "femme", "garçon",
                "fille", "enfant", "jeune", "adolescent", "adolescente", "fillette",
                "bambin", "retraité", "retraitée", "père", "mère", "fils", "octogénaire",
                "quinquagénaire", "quadragénaire", "trentenaire", "sexagénaire",
                "septuagénaire", "automobiliste", "conducteur", "motard", "cycliste",
                "piéton", "victime", "individu", "jeunes", "hommes", "femmes", "enfants",
                "adolescents", "frère", "soeur", "sœur", "épouse", "mari", "vieillard",
                "ouvrier", "agriculteur", "lycéen", "lycéenne", "étudiant", "étudiante"):
            return None
        nxt = _next_word(text, m.end("x"))
        if nxt in ("révolus",):
            return None
    if lang == "en" and _g(m, "old"):
        return None
    if n == 1 and ntxt and _fold(ntxt) in ("un", "une", "one", "a", "an", "1") \
            and unit in ("D", "S") and not _g(m, "mod"):
        return None  # "un jour" = some day, "une seconde fois"
    if lang == "fr" and unit == "Y" and n is not None and _is_age(text, m):
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(n, unit)}


_AGE_NOUNS_AFTER = frozenset(list(",.;:)") + [""] + ["et", "qui", "a", "est", "était",
                                                       "originaire", "domicilié", "domiciliée",
                                                       "habitant", "demeurant", "atteint",
                                                       "atteinte", "décédé"])


def _is_age(text: str, m) -> bool:
    """``Jean Dupont, 87 ans,`` / ``un chauffeur de 38 ans`` / ``âgé de 20 ans``: an age."""
    s = m.start("x")
    prev = _prev_words(text, s, 4)
    nxt = _next_word(text, m.end("x"))
    if not prev:
        return False
    if prev[-1] in ("âgé", "âgée", "âgés", "âgées", "agé", "agée", "agés", "agées", "d'âge"):
        return True
    if prev[-1] in ("de", "d'") and len(prev) > 1 and prev[-2] in ("âgé", "âgée", "âgés",
                                                                   "âgées", "agé", "agée"):
        return True
    ntxt = m.group("n") or ""
    digits = ntxt.strip().isdigit()
    if prev[-1] in (",", "(") and nxt in _AGE_NOUNS_AFTER:
        return True
    if prev[-1] in ("de", "d'") and digits and len(prev) > 1:
        before = prev[-2]
        return not (before in word_set("xx", "duration_nouns") or before.isdigit() or not before.isalpha())
    # "enfants de 2 à 8 ans"
    return prev[-1] == "à" and len(prev) > 2 and prev[-3] == "de" and prev[-2].isdigit()


def _h_demi(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(0.5, unit).replace(
        "PT0.5H", "PT30M").replace("PT0.5M", "PT30S")}


def _h_vague_dur(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(_g(m, "u") or _g(m, "u2") or "", lang)
    if unit is None:
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(None, unit)}


def _h_set(m: Any, text: str, lang: str) -> dict | None:
    u = _g(m, "u")
    n = 1.0
    if _g(m, "n"):
        n = _parse_number(m.group("n"), lang) or 1.0
    if u is None:
        return None
    table = number_map("fr", "weekdays") if lang == "fr" else number_map("en", "weekdays")
    w = _fold(u)
    wd = table.get(w) or table.get(w.rstrip("s"))
    if wd:
        return {"type": "SET", "kind": "value", "value": f"XXXX-WXX-{wd}"}
    part = word_map("xx", "day_parts").get(w) or word_map("xx", "day_parts").get(w.rstrip("s"))
    if part:
        return {"type": "SET", "kind": "value", "value": f"TXX{part}".replace("TXX", "T")}
    s = word_map("xx", "seasons").get(w)
    if s:
        return {"type": "SET", "kind": "value", "value": f"XXXX-{s}"}
    unit = _unit_of(u, lang) or _unit_of(w.rstrip("s"), lang)
    if unit is None:
        return None
    return {"type": "SET", "kind": "value", "value": _duration_value(n, unit)}


def _h_set_adj(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("adj"))
    prev = _prev_words(text, m.start("x"), 1)
    if prev and prev[-1] in ("le", "l'", "un", "du", "au", "ce", "des", "les", "aux", "the",
                             "a"):
        if not w.startswith(("annu", "annual", "mensu")):
            return None
        if prev[-1] in ("le", "l'", "un", "du", "au", "ce"):
            return None
    if lang == "en" and m.group("adj")[0].isupper():
        return None
    for stem, value in (("annu", "P1Y"), ("mensu", "P1M"), ("hebdo", "P1W"), ("quotidi", "P1D"),
                        ("journali", "P1D"), ("year", "P1Y"), ("month", "P1M"),
                        ("week", "P1W"), ("dai", "P1D"), ("hour", "PT1H"),
                        ("bimensu", "P2W")):
        if w.startswith(stem):
            return {"type": "SET", "kind": "value", "value": value}
    return None


def _h_per(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    if lang == "en" and _fold(m.group("per")) in ("a", "an"):
        prev = text[max(0, m.start("x") - 25):m.start("x")]
        if not re.search(r"(\d|\b(?:times|once|twice|dollars|euros|pounds|million|billion)"
                         r")\s*$", prev, re.IGNORECASE):
            return None
    return {"type": "SET", "kind": "value", "value": _duration_value(1, unit)}


def _h_time(m: Any, text: str, lang: str) -> dict | None:
    hm = _hour_minute(m)
    if hm is None:
        return None
    if _g(m, "heures"):
        prev = _prev_words(text, m.start("x"), 1)
        if not prev or prev[-1] not in ("à", "a", "vers", "dès", "jusqu'à", "avant", "après",
                                        "entre", "et", "de", "depuis", "pour", "dés"):
            return None
    zone = _g(m, "tz")
    return {"type": "TIME", "kind": "time", "hour": hm[0], "minute": hm[1],
                "zone": "Z" if zone and _fold(zone) in ("utc", "gmt", "z") else None}


def _h_noon(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("w"))
    if lang == "fr":
        if m.group("w")[0].isupper():
            return None
        prev = _prev_words(text, m.start("x"), 1)
        if not prev or prev[-1] not in ("à", "a", "vers", "dès", "avant", "après", "jusqu'à",
                                        "ce", "entre", "et", "de", "depuis", "hier", "demain"):
            return None
    hour = 12 if w in ("midi", "noon", "midday") else 24
    return {"type": "TIME", "kind": "time", "hour": hour, "minute": 0}


def _h_ref(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("x"))
    if any(k in w for k in ("récemment", "recemment", "recent", "lately", "auparavant",
                            "autrefois", "jadis", "naguère", "formerly", "previously")):
        return {"type": "DATE", "kind": "value", "value": "PAST_REF"}
    if any(k in w for k in ("avenir", "future", "prochainement")):
        return {"type": "DATE", "kind": "value", "value": "FUTURE_REF"}
    return {"type": "DATE", "kind": "value", "value": "PRESENT_REF"}


def _h_iso(m: Any, text: str, lang: str) -> dict | None:
    try:
        PartialDate(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    except ValueError:
        return None
    return {"type": "DATE", "kind": "date", "year": int(m.group("y")), "month": int(m.group("mo")),
                "day": int(m.group("d"))}


def _h_numeric(m: Any, text: str, lang: str) -> dict | None:
    a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
    year = int(c) if len(c) == 4 else _two_digit_year(int(c))
    if lang == "en" and a <= 12:
        month, day = a, b
    else:
        day, month = a, b
    try:
        PartialDate(year, month, day)
    except ValueError:
        return None
    return {"type": "DATE", "kind": "date", "year": year, "month": month, "day": day}


def _h_anaphoric(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("x"))
    if any(k in w for k in ("lendemain", "next day", "following day", "day after")):
        off = 1
    elif any(k in w for k in ("veille", "day before", "previous day")):
        off = -1
    else:
        off = 0
    return {"type": "DATE", "kind": "anaphoric", "offset": off}


def _h_quarter(m: Any, text: str, lang: str) -> dict | None:
    ords = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3,
            "3e": 3, "quatrième": 4, "4e": 4, "dernier": 4, "first": 1, "third": 3,
            "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
    q = ords.get(_fold(m.group("q")))
    if q is None:
        return None
    y = _g(m, "year")
    if y:
        return {"type": "DATE", "kind": "value", "value": f"{int(y):04d}-Q{q}"}
    return {"type": "DATE", "kind": "date", "year": None, "month": None, "day": None, "unit": "Q", "offset": q}


def _r(name: str, pattern: str, handler: Callable, priority: int, gate: _Gate = ()) -> tuple:
    """One rule-table row (a call, so that multi-line patterns read as one argument).

    ``gate`` lists groups of keywords that every match of ``pattern`` necessarily contains (one
    keyword of each group), in its lower-cased form: ``find_timexes`` skips the rule on a text
    whose lower-cased form lacks a group entirely.  A keyword is a lower-case literal substring
    or a compiled regex (no IGNORECASE, no lookaround, anchor or ``\\b``, so that a hit in the
    match is a hit in the text).  A keyword must be *necessary*: derive it from the pattern,
    never from the data (``tests/test_temporal.py`` checks it on generated and corpus matches).
    """
    return (name, pattern, handler, priority, gate)


@cache
def _rules(lang: str) -> tuple[_Rule, ...]:
    """Compile the rule table of one language (cached)."""
    flags = re.IGNORECASE | re.UNICODE
    num = _num_pattern(lang)
    year = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
    rules: list[tuple[str, str, Callable, int, _Gate]] = []
    ap = _AP
    # gate groups shared by several rules (see _r)
    _D = (re.compile(r"\d"),)  # a digit
    g_num = r"\d|" + _alt(number_map("fr", "number_words") if lang == "fr" else number_map("en", "number_words"))  # how ``num`` starts
    if lang == "fr":
        # gate groups: some month (every alternative of ``months`` contains one), some weekday
        fr_mon = ("mai", "mars", "juin", "janv", "fév", "fevr", "avr", "juil", "août", "aout",
                  "sept", "oct", "nov", "déc", "dec")  # frequent substrings first
        # A month added to lexicons/fr/months.tsv that none of these contains gates itself.
        fr_mon += tuple(k for k in number_map("fr", "months") if not any(s in k for s in fr_mon))
        fr_wd = tuple(number_map("fr", "weekdays"))
        months = _alt([k for k in number_map("fr", "months") if len(k) > 4] + ["mars", "mai", "juin", "août",
                                                               "aout"]) \
            + "|" + _alt(["janv.", "févr.", "fevr.", "fév.", "avr.", "juil.", "sept.", "oct.",
                          "nov.", "déc.", "dec."])
        mon = rf"(?P<mon>{months})"
        wd = rf"(?P<wd>{_alt(fr_wd)})"
        dayn = r"(?P<day>1er|1re|premier|[12]\d|3[01]|0?[1-9])"
        units = _alt(word_map("fr", "time_units"))
        mod = r"(?P<mod>début|debut|fin|mi|courant|milieu)"
        parts = r"(?:matin|matinée|après-midi|apres-midi|soir|soirée|midi|nuit)"
        part = (rf"(?P<part>(?:en\s+|dans\s+la\s+|dans\s+l{ap}\s*|au\s+)?"
                rf"(?:(?:début|fin)\s+(?:de\s+|d{ap}\s*))?{parts})")
        clock = (r"(?P<h>[01]?\d|2[0-4])\s*(?:h|H|heures?)(?:\s*(?P<mi>[0-5]\d))?"
                 r"(?:\s+(?P<ampm>du\s+matin|du\s+soir))?")
        rules += [
            _r("fr_date",
             rf"{_B}(?P<x>(?:le\s+)?(?:{wd},?\s+)?{dayn}\s+{mon}"
             rf"(?:\s+{year}|\s+(?P<yy>\d{{2}})(?![\d\w])(?!\s*(?:h\b|heures|%)))?"
             rf"(?:\s+(?P<dir>dernier|prochain))?){_E}", _h_date, 5,
             gate=(_D + ("premier",), fr_mon)),
            _r("fr_month",
             rf"{_B}(?P<x>(?:{mod}(?:\s*-\s*|\s+(?:de\s+|d{ap}\s*)?))?"
             rf"(?P<mois>(?:le\s+)?mois\s+(?:de\s+|d{ap}\s*))?{mon}"
             rf"(?:\s+(?:de\s+l{ap}\s*année\s+)?{year}|\s+(?P<yy>[4-9]\d)(?![\d\w])(?!\s*(?:h\b|heures|%)))?"
             rf"(?:\s+(?P<dir>dernier|prochain))?){_E}", _h_date, 4,
             gate=(fr_mon,)),
            _r("fr_year",
             rf"{_BY}(?P<x>(?:{mod}(?:\s*-\s*|\s+))?(?P<pre>l{ap}\s*(?:an|année)\s+)?{year})"
             rf"(?![\w]|[.,]\d|\s*(?:%|€|\$))", _h_year, 2,
             gate=(_D, (re.compile(r"1\d{3}|20\d{2}"),))),
            _r("fr_yy", rf"{_B}(?P<x>(?:{mod}(?:\s*-\s*|\s+))?{ap}?(?P<yy>\d{{2}}))(?![\w,.]\d|\w)",
             _h_yy, 1,
             gate=((re.compile(r"\d\d"),),)),
            _r("fr_decade",
             rf"{_B}(?P<x>(?:(?P<mod>début|debut|fin|milieu)\s+des\s+|les\s+|(?P<the>))"
             rf"années\s+(?P<cent>19|20)?(?P<dec>\d)0){_E}", _h_decade, 5,
             gate=((re.compile(r"années\s+(?:19|20)?\d0"),),)),
            _r("fr_century",
             rf"{_B}(?P<x>(?:(?:la\s+|au\s+)?(?P<mod>début|debut|fin|milieu)\s+du\s+|le\s+)?"
             rf"(?P<num>[XVI]{{1,6}}|\d{{1,2}})\s*(?:e|è|ème|eme|ᵉ)\s+siècle){_E}", _h_century,
             5,
             gate=(("siècle",),)),
            _r("fr_season",
             rf"{_B}(?P<x>(?:(?P<det>l{ap}\s*|cet\s+|ce\s+|le\s+)|(?P<mod>(?:début|fin)\s+de\s+l{ap}\s*))?"
             rf"(?P<s>printemps|été|Eté|automne|hiver)(?:\s+{year})?"
             rf"(?:\s+(?P<dir>dernier|prochain))?){_E}", _h_season, 3,
             gate=(("printemps", "été", "eté", "automne", "hiver"),)),
            _r("fr_relday",
             rf"{_B}(?P<x>(?P<rd>aujourd{ap}\s*hui|avant-hier|après-demain|apres-demain|hier|demain)"
             rf"(?:\s+(?P<wd>{_alt(fr_wd)}))?"
             rf"(?:,?\s+{part})?){_E}", _h_relday, 6,
             gate=(("aujourd", "hier", "demain"),)),
            _r("fr_thispart",
             rf"{_B}(?P<x>(?:ce|cet|cette)\s+(?P<part>matin|après-midi|apres-midi|soir|nuit|midi))"
             rf"{_E}", _h_thispart, 3,
             gate=(("ce",), ("matin", "midi", "soir", "nuit"))),
            _r("fr_weekday",
             rf"{_B}(?P<x>(?:(?P<det>ce\s+même|ce|le|les|chaque|tous\s+les)\s+)?"
             rf"(?P<wd>{_alt(fr_wd)})s?(?:\s+(?P<dir>dernier|prochain|passé))?"
             rf"(?:,?\s+{part})?)(?!\s+saint){_E}", _h_weekday, 3,
             gate=(fr_wd,)),
            _r("fr_night_of",
             rf"{_B}(?P<x>la\s+nuit\s+de\s+(?P<wd>{_alt(fr_wd)})\s+(?:à|a|au)\s+"
             rf"{_alt(fr_wd)}){_E}", _h_night_of, 7,
             gate=(("nuit",), fr_wd)),
            _r("fr_relunit",
             rf"{_B}(?P<x>(?P<mod>(?:la\s+|le\s+|au\s+|à\s+la\s+|a\s+la\s+)?(?:fin|début|debut|milieu)\s+"
             rf"(?:de\s+|d{ap}\s*|du\s+(?=mois|siècle|trimestre|semestre|week)))?"
             rf"(?P<det>la|le|l{ap}|cette|ce|cet)\s*(?P<u>semaine|mois|année|an|week-end|weekend|"
             rf"trimestre|semestre|décennie|siècle)(?:-ci)?"
             rf"(?:\s+(?P<dir>dernière|dernier|prochaine|prochain|passée|passé|précédente|"
             rf"précédent|en\s+cours|écoulée?))?){_E}", _h_relunit, 3,
             gate=((re.compile(rf"(?:la|le|l{ap}|cette|ce|cet)\s*(?:semaine|mois|année|an|week|"
                               rf"trimestre|semestre|décennie|siècle)"),),)),
            _r("fr_relunit2",
             rf"{_B}(?P<x>(?P<det>la|le|l{ap})\s*(?P<dir>prochaine|prochain|dernière|dernier)\s+"
             rf"(?P<u>semaine|année|week-end|décennie)){_E}", _h_relunit, 3,
             gate=(("prochain", "dernier", "dernière"), ("semaine", "année", "week", "décennie"))),
            _r("fr_ago",
             rf"{_B}(?P<x>il\s+y\s+a\s+(?:(?:environ|près\s+de|plus\s+de|moins\s+de|"
             rf"presque|quelque)\s+)?(?P<n>{num})\s+(?P<u>{units})(?P<ago>)){_E}", _h_offset,
             7,
             gate=((re.compile(r"il\s+y\s+a"),),)),
            _r("fr_in",
             rf"{_B}(?P<x>(?:dans|d{ap}\s*ici)\s+(?P<n>{num})\s+(?P<u>{units})){_E}",
             _h_offset, 6,
             gate=((re.compile(r"(?:dans|ici)\s+(?:" + g_num + ")"),),)),
            _r("fr_duration",
             rf"{_B}(?P<x>(?:(?P<mod>environ|près\s+d(?:e\s+|{ap}\s*)|plus\s+d(?:e\s+|{ap}\s*)|"
             rf"moins\s+d(?:e\s+|{ap}\s*)|presque|quelque|au\s+moins|pas\s+moins\s+d(?:e\s+|{ap}\s*)|"
             rf"un\s+peu\s+plus\s+d(?:e\s+|{ap}\s*)|une\s+bonne|un\s+bon|"
             rf"au\s+bout\s+d(?:e\s+|{ap}\s*))\s*)?"
             rf"(?P<n>{num})\s+(?P<u>{units})(?:\s+et\s+(?P<half>demie?))?){_E}",
             _h_duration, 2,
             gate=((re.compile(r"(?:" + g_num + r")\s+" + units),),)),
            _r("fr_last_n",
             rf"{_B}(?P<x>(?:ces|les)\s+(?:(?P<n>{num})\s+)?(?:derniers|dernières|prochains|"
             rf"prochaines)\s+(?:(?P<n2>{num})\s+)?(?P<u>{units})){_E}",
             lambda m, t, l: _h_duration(_Merged(m, n=_g(m, "n") or _g(m, "n2")), t, l), 4,
             gate=(("ces", "les"), ("dernier", "dernièr", "prochain"))),
            _r("fr_vague",
             rf"{_B}(?P<x>(?:(?:plusieurs|quelques|de\s+nombreuses|de\s+nombreux|de\s+longues|"
             rf"de\s+longs)\s+(?P<u>années|ans|mois|semaines|jours|heures|minutes|"
             rf"décennies|siècles)|des\s+(?P<u2>années|mois|semaines|décennies|siècles)))(?!\s+(?:19|20)?\d0){_E}", _h_vague_dur, 2,
             gate=(("mois", "année", "plusieurs", "quelques", "nombreu", "longue", "longs",
                    "semaine", "décennie", "siècle"),)),
            _r("fr_demi",
             rf"{_B}(?P<x>(?:un|une)\s+demi-(?P<u>heure|siècle|journée|journee|année|"
             rf"seconde|minute)){_E}", _h_demi, 3,
             gate=(("demi",),)),
            _r("fr_set",
             rf"{_B}(?P<x>(?:chaque|chacun\s+des|chacune\s+des)\s+(?P<u>jour|semaine|mois|année|"
             rf"an|matin|soir|nuit|été|hiver|automne|printemps|week-end|"
             rf"{_alt(fr_wd)})){_E}", _h_set, 4,
             gate=(("chaque", "chacun"),)),
            _r("fr_set2",
             rf"{_B}(?P<x>tou(?:te)?s\s+les\s+(?:(?P<n>{num})\s+)?(?P<u>jours|semaines|mois|ans|"
             rf"années|heures|minutes|matins|soirs|nuits|week-ends|étés|hivers|"
             rf"{_alt([w + 's' for w in fr_wd])}|{_alt(fr_wd)})){_E}", _h_set, 4,
             gate=(("tous", "toutes"),)),
            _r("fr_per",
             rf"{_B}(?P<per>par)\s+(?P<x>(?P<u>an|année|mois|semaine|jour|heure)){_E}",
             _h_per, 2,
             gate=((re.compile(r"par\s+(?:an|année|mois|semaine|jour|heure)"),),)),
            _r("fr_set_adj",
             rf"{_B}(?P<x>(?P<adj>annuel|annuelle|annuels|annuelles|annuellement|"
             rf"mensuellement|hebdomadairement|quotidiennement|journellement)){_E}",
             _h_set_adj, 1,
             gate=(("annuel", "mensuellement", "hebdomadairement", "quotidiennement",
                    "journellement"),)),
            _r("fr_time",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-4])\s*(?:h|H)(?:\s*(?P<mi>[0-5]\d))?"
             rf"(?:\s+(?P<ampm>du\s+matin|du\s+soir))?){_E}", _h_time, 3,
             gate=((re.compile(r"\d\s*h"),),)),
            _r("fr_time_heures",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-4])\s+(?P<heures>heures?)(?:\s+(?P<mi>[0-5]\d))?"
             rf"(?:\s+(?P<ampm>du\s+matin|du\s+soir))?){_E}", _h_time, 3,
             gate=(("heure",), (re.compile(r"\d\s+heure"),))),
            _r("fr_time_colon",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)){_E}(?!:)", _h_time, 3,
             gate=((":",), (re.compile(r"\d:\d"),))),
            _r("fr_time_weekday",
             rf"{_B}(?P<x>{clock}\s+(?P<wd>{_alt(fr_wd)})){_E}",
             _h_weekday, 6,
             gate=((re.compile(r"\d\s*h"),), fr_wd)),
            _r("fr_noon", rf"{_B}(?P<x>(?P<w>midi|minuit)){_E}", _h_noon, 2,
             gate=(("midi", "minuit"),)),
            _r("fr_ref",
             rf"{_B}(?P<x>maintenant|actuellement|désormais|dorénavant|à\s+présent|"
             rf"pour\s+l{ap}\s*instant|pour\s+le\s+moment|de\s+nos\s+jours|en\s+ce\s+moment|"
             rf"présentement|récemment|recemment|autrefois|jadis|naguère|à\s+l{ap}\s*avenir|"
             rf"prochainement){_E}", _h_ref, 2,
             gate=(("nos", "moment", "présent", "maintenant", "actuellement", "désormais",
                    "dorénavant", "instant", "récemment", "recemment", "autrefois", "jadis",
                    "naguère", "avenir", "prochainement"),)),
            _r("fr_anaph",
             rf"{_B}(?P<x>le\s+lendemain|la\s+veille|le\s+même\s+jour|ce\s+jour-là){_E}",
             _h_anaphoric, 3,
             gate=(("lendemain", "veille", "même", "jour-là"),)),
            _r("fr_quarter",
             rf"{_B}(?P<x>(?:le|au|du)\s+(?P<q>premier|1er|deuxième|second|2e|troisième|3e|"
             rf"quatrième|4e|dernier)\s+trimestre(?:\s+(?:de\s+l{ap}\s*année\s+)?{year})?){_E}",
             _h_quarter, 4,
             gate=(("trimestre",),)),
        ]
    else:
        mnames = [k for k in number_map("en", "months") if len(k) > 3 or k == "may"] + ["Jan.", "Feb.",
                                                                         "Mar.", "Apr.",
                                                                         "Jun.", "Jul.",
                                                                         "Aug.", "Sep.",
                                                                         "Sept.", "Oct.",
                                                                         "Nov.", "Dec.",
                                                                         "Jan", "Feb", "Apr",
                                                                         "Aug", "Sep", "Oct",
                                                                         "Nov", "Dec"]
        caps = sorted({w[0].upper() + w[1:] for w in mnames}, key=len, reverse=True)
        mon = "(?P<mon>(?-i:" + "|".join(re.escape(w) for w in caps) + r"))(?!\w)"
        wdcaps = [w.capitalize() for w in number_map("en", "weekdays")]
        wd = "(?P<wd>(?-i:" + "|".join(wdcaps) + "))"
        wd_any = "(?-i:" + "|".join(wdcaps) + ")"
        ordn = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        units = _alt(word_map("en", "time_units"))
        mod = r"(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|" \
              r"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
        part = r"(?P<part>morning|afternoon|evening|night)"
        # gate groups: month and weekday names are matched case-sensitively (``(?-i:...)``)
        en_mon = ("mar", "may", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec")
        en_mon += tuple(k for k in number_map("en", "months") if not any(s in k for s in en_mon))
        en_wd = tuple(number_map("en", "weekdays"))
        en_nums = number_map("en", "number_words")
        en_units = ("day", "year", "yr", "month", "week", "hour", "hr", "min", "second",
                    "decade", "centur", "quarter")  # every word of ``units``
        en_units += tuple(k for k in word_map("en", "time_units") if not any(s in k for s in en_units))
        clock = (r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*"
                 r"(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w))")
        rules += [
            _r("en_date_mdy",
             rf"{_B}(?P<x>(?:{wd},?\s+)?(?:the\s+)?{mon}\s+(?:the\s+)?{ordn}(?![\d:])"
             rf"(?:\s*,?\s*{year})?){_E}", _h_date, 5,
             gate=(en_mon, _D)),
            _r("en_date_dmy",
             rf"{_B}(?P<x>(?:{wd},?\s+)?(?:the\s+)?{ordn}\s+(?:of\s+)?{mon}"
             rf"(?:\s*,?\s*{year})?){_E}", _h_date, 5,
             gate=(en_mon, _D)),
            _r("en_month",
             rf"{_B}(?P<x>(?:{mod}[\s\-]+)?(?:(?P<dir>last|next|this|the\s+previous|previous)\s+)?"
             rf"{mon}(?:\s*,?\s*(?:of\s+)?{year}|\s+['’](?P<yy>\d\d))?){_E}", _h_date, 4,
             gate=(en_mon,)),
            _r("en_year",
             rf"{_BY}(?P<x>(?:{mod}[\s\-]+)?(?P<pre>(?:the\s+)?(?:fiscal\s+)?year\s+)?{year})"
             rf"(?![\w]|[.,]\d|\s*(?:%|€|\$))", _h_year, 2,
             gate=(_D, (re.compile(r"1\d{3}|20\d{2}"),))),
            _r("en_decade",
             rf"{_B}(?P<x>(?:(?P<mod>early|late|mid)[\s\-]+)?(?P<the>the\s+)?(?:(?P<cent>19|20)|"
             rf"(?P<ap>['’]))?(?P<dec>\d)0['’]?s){_E}", _h_decade, 5,
             gate=(("0s", "0's", "0’s"),)),
            _r("en_century",
             rf"{_B}(?P<x>(?:(?:the\s+)?(?P<mod>early|late|mid|end\s+of\s+the|beginning\s+of\s+the)"
             rf"[\s\-]+)?(?:the\s+)?(?P<num>\d{{1,2}})(?:st|nd|rd|th)[\s\-]+century){_E}",
             _h_century, 5,
             gate=(("century",), (re.compile(r"\d(?:st|nd|rd|th)[\s\-]+century"),))),
            _r("en_season",
             rf"{_B}(?P<x>(?:(?P<dir>this|last|next|the\s+past|previous)\s+|(?P<det>the|that)\s+"
             rf"|(?P<mod>early|late|mid)[\s\-]+)?(?P<s>spring|summer|autumn|fall|winter)"
             rf"(?:\s+(?:of\s+)?{year})?){_E}", _h_season, 3,
             gate=(("spring", "summer", "autumn", "fall", "winter"),)),
            _r("en_relday",
             rf"{_B}(?P<x>(?P<rd>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|"
             rf"the\s+day\s+after\s+tomorrow)(?:\s+{part})?){_E}",
             _h_relday, 6,
             gate=(("today", "yesterday", "tomorrow", "tonight"),)),
            _r("en_lastnight", rf"{_B}(?P<x>last\s+night){_E}", _h_lastnight, 6,
             gate=(("last",), ("night",))),
            _r("en_thispart",
             rf"{_B}(?P<x>this\s+(?P<part>morning|afternoon|evening)){_E}", _h_thispart, 4,
             gate=(("this",), ("morning", "afternoon", "evening"))),
            _r("en_weekday",
             rf"{_B}(?P<x>(?:(?P<det>last|next|this|that|every|each)\s+)?"
             rf"(?P<wd>{wd_any}s?)(?:,?\s+{part})?){_E}",
             _h_weekday, 3,
             gate=(en_wd,)),
            _r("en_relunit",
             rf"{_B}(?P<x>(?:(?P<mod>(?:the\s+)?(?:beginning|end|start|middle)\s+of|early|late|"
             rf"mid|later|earlier)[\s\-]+)?(?P<det>last|next|this|the\s+previous|the\s+current|"
             rf"the\s+coming|the\s+following|the\s+last|the\s+next|coming|previous|current|the)"
             rf"\s+(?P<u>week|month|year|weekend|quarter|decade|century)){_E}", _h_relunit, 3,
             gate=(("week", "month", "year", "quarter", "decade", "century"),
                   (re.compile(r"(?:last|next|this|previous|current|coming|following|the)\s+"
                               r"(?:week|month|year|quarter|decade|century)"),))),
            _r("en_ago",
             rf"{_B}(?P<x>(?:(?:about|almost|nearly|over|more\s+than|less\s+than|some|around|"
             rf"roughly|just|only)\s+)?(?P<n>{num}|an?)\s+(?P<u>{units})\s+(?P<ago>ago)){_E}",
             _h_offset, 7,
             gate=(("ago",), en_units)),
            _r("en_fromnow",
             rf"{_B}(?P<x>(?P<n>{num}|an?)\s+(?P<u>{units})\s+from\s+now){_E}", _h_offset, 7,
             gate=((re.compile(r"from\s+now"),), en_units)),
            _r("en_duration",
             rf"{_B}(?P<x>(?:(?P<mod>about|almost|nearly|around|approximately|roughly|some|"
             rf"the\s+next|the\s+past|"
             rf"the\s+last|the\s+first|the\s+previous|the\s+coming|another|an\s+additional|"
             rf"a\s+further)\s+)?(?P<n>{num}|an?)(?:\s+and\s+(?P<half>a\s+half))?"
             rf"(?P<adj>[\s\-]+)(?P<u>{units})(?P<old>[\s\-]+old)?){_E}",
             _h_duration_en, 2,
             gate=(en_units,)),
            _r("en_vague",
             rf"{_B}(?P<x>(?:(?:the\s+)?(?:past|last|next|coming)\s+)?(?:several|a\s+few|few|many|"
             rf"some|recent|the\s+coming|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few)\s+"
             rf"(?P<u>years|months|weeks|days|hours|minutes|decades|centuries)){_E}",
             _h_vague_dur, 2,
             gate=(("years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"),)),
            _r("en_overyears",
             rf"{_B}(?P<x>over\s+the\s+(?:past\s+|last\s+)?(?P<u>years|decades|months))"
             rf"{_E}", _h_vague_dur, 2,
             gate=((re.compile(r"over\s+the"),), ("years", "decades", "months"))),
            _r("en_half",
             rf"{_B}(?P<x>(?:half\s+an?|a\s+half)[\s\-]+(?P<u>hour|day|year|century)){_E}",
             _h_demi, 3,
             gate=(("half",),)),
            _r("en_set",
             rf"{_B}(?P<x>(?:every|each)\s+(?:(?P<n>{num}|other)\s+)?(?P<u>{units}|morning|"
             rf"evening|night|{wd_any})){_E}", _h_set, 4,
             gate=(("every", "each"),)),
            _r("en_per",
             rf"{_B}(?P<x>(?P<per>per|a|an)\s+(?P<u>year|month|week|day|hour)){_E}",
             _h_per, 3,
             gate=(("year", "month", "week", "day", "hour"),
                   (re.compile(r"(?:per|a|an)\s+(?:year|month|week|day|hour)"),))),
            _r("en_set_adj",
             rf"{_B}(?P<x>(?P<adj>annually|yearly|monthly|weekly|daily|hourly|"
             rf"biweekly)){_E}", _h_set_adj, 1,
             gate=(("annually", "yearly", "monthly", "weekly", "daily", "hourly"),)),
            _r("en_time",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*(?P<ampm>[ap]\.\s?m\.|"
             rf"[ap]m(?!\w)))?(?:\s*(?P<tz>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|BST)(?!\w))?)"
             rf"(?![\w:])", _h_time, 3,
             gate=((":",), (re.compile(r"\d:\d"),))),
            _r("en_time2",
             rf"{_B}(?P<x>(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w))"
             rf"(?:\s*(?P<tz>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|BST)(?!\w))?)", _h_time, 3,
             gate=(("am", "pm", "a.", "p."), (re.compile(r"\d\s*[ap](?:\.\s?m|m)"),))),
            _r("en_oclock",
             rf"{_B}(?P<x>(?P<h>1[0-2]|0?[1-9]|{_alt([w for w in en_nums if en_nums[w] <= 12 and w not in ('a', 'an', 'dozen')])})"
             rf"\s+o['’]clock){_E}", _h_oclock, 3,
             gate=(("clock",),)),
            _r("en_noon", rf"{_B}(?P<x>(?P<w>noon|midnight|midday)){_E}", _h_noon, 2,
             gate=(("noon", "midnight", "midday"),)),
            _r("en_ref",
             rf"{_B}(?P<x>now(?!-)|currently|nowadays|at\s+present|these\s+days|recently|lately|"
             rf"in\s+the\s+future){_E}", _h_ref, 1,
             gate=(("now", "currently", "present", "these", "recently", "lately", "future"),)),
            _r("en_pastunit",
             rf"{_B}(?P<x>the\s+(?:past\s+(?P<u>decade|century|year|month|week)|last\s+"
             rf"(?P<u2>decade|century)))(?![\w\-])",
             lambda m, t, l: _h_duration(_Merged(m, n="1", u=_g(m, "u") or _g(m, "u2")), t, l),
             4,
             gate=(("past", "last"), ("decade", "century", "year", "month", "week"))),
            _r("en_anaph",
             rf"{_B}(?P<x>the\s+(?:next|following|previous)\s+day|the\s+day\s+before|"
             rf"the\s+same\s+day|that\s+day){_E}", _h_anaphoric, 3,
             gate=(("day",), (re.compile(r"(?:next|following|previous|same|that)\s+day|day\s+before"),))),
            _r("en_quarter",
             rf"{_B}(?P<x>(?:the\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)"
             rf"[\s\-]+quarter(?:\s+of\s+{year})?){_E}", _h_quarter, 4,
             gate=(("quarter",),)),
        ]
    # shared rules
    rules += [
        _r("iso",
         r"(?<![\w\-])(?P<x>(?P<y>1\d{3}|20\d{2})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]))"
         r"(?![\w\-])", _h_iso, 8,
             gate=(("-0", "-1"),)),
        _r("numeric",
         r"(?<![\w/.\-])(?P<x>(?P<a>[0-3]?\d)(?P<s>[/.])(?P<b>[01]?\d)(?P=s)(?P<c>\d{4}|\d{2}))"
         r"(?![\w/]|\.\d)", _h_numeric, 8,
             gate=((re.compile(r"\d[/.]\d"),),)),
    ]
    out = []
    for name, pat, handler, prio, gate in rules:
        out.append(_Rule(name, re.compile(pat, flags), handler, prio, gate))
    return tuple(out)


class _Merged:
    """A match wrapper overriding some groups (used by rules sharing a handler)."""

    def __init__(self, m: re.Match[str], **groups: str | None) -> None:
        self._m = m
        self._groups = groups

    def group(self, name):
        if name in self._groups:
            return self._groups[name]
        return self._m.group(name)

    def start(self, name=0):
        return self._m.start(name)

    def end(self, name=0):
        return self._m.end(name)

    def span(self, name=0):
        return self._m.span(name)


def _h_duration_en(m: Any, text: str, lang: str) -> dict | None:
    n = _fold(m.group("n"))
    adj = m.group("adj")
    unit_word = _fold(m.group("u"))
    if "-" in adj and unit_word.endswith("s") and unit_word not in ("hours", "hrs"):
        return None
    if n in ("a", "an"):
        if "-" in adj:
            return None
        if unit_word in ("day",) and not _g(m, "mod"):
            return None
        nxt = _next_word(text, m.end("x"))
        if nxt in ("later", "earlier", "before", "after", "ago"):
            pass
        return _h_duration(_Merged(m, n="1"), text, lang)
    if n == "one" and unit_word == "day" and not _g(m, "mod"):
        return None
    return _h_duration(m, text, lang)


def _h_oclock(m: Any, text: str, lang: str) -> dict | None:
    h = m.group("h")
    hour = int(h) if h.isdigit() else int(number_map("en", "number_words").get(_fold(h), 0))
    if not 1 <= hour <= 12:
        return None
    return {"type": "TIME", "kind": "time", "hour": hour, "minute": 0}


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
    chars = sorted({c for lang in LANGS for rule in _rules(lang) for group in rule.gate
                    for kw in group for c in (kw if isinstance(kw, str) else kw.pattern)})
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


def find_timexes(text: str, *, lang: str) -> list[TimexCandidate]:
    """Detect the temporal expressions of ``text`` written in ``lang`` (``"fr"`` or ``"en"``).

    Returns non-overlapping candidates sorted by start offset (offsets index ``text``).  Nothing
    is resolved: see :func:`resolve`.  An unsupported language yields an empty list.
    """
    if lang not in LANGS or not text:
        return []
    clean, index = _strip_invisible(text)
    found: list[tuple[int, int, int, str, dict]] = []
    rules = _rules(lang)
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
            # trim trailing spaces/commas the patterns may keep
            while e > s and clean[e - 1] in " \t\n,":
                e -= 1
            if e <= s:
                continue
            found.append((s, e, rule.priority, rule.name, fields))
    # choose: longest first, then priority, then earliest
    found.sort(key=lambda f: (-(f[1] - f[0]), -f[2], f[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, prio, name, fields in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append((s, e, name, fields))
    chosen.sort()
    out = []
    for s, e, name, fields in chosen:
        if index:
            os_, oe = index[s], index[e - 1] + 1
        else:
            os_, oe = s, e
        out.append(TimexCandidate(start=os_, end=oe, text=text[os_:oe], lang=lang, rule=name,
                                  **fields))
    return out


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
                  direction: int | None, weekday: int | None = None) -> int:
    """The year putting (month, day) closest to the reference (or before/after it)."""
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
            if dist(other) <= 300:
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
        return f"T{c.hour:02d}:{(c.minute or 0):02d}" + (c.zone or "")
    if c.part:
        return f"T{c.part}"
    return ""


def _season_value(c: TimexCandidate, ref: PartialDate | None) -> str:
    s = c.season or "SU"
    if c.year is not None:
        return f"{c.year:04d}-{s}"
    if ref is None:
        return f"XXXX-{s}"
    y = ref.year
    if c.direction in (-1, 1) and ref.month is not None:
        start = _SEASON_START[s]
        if c.direction == -1:
            # the last season of that name that has started before the reference
            y = ref.year if start < ref.month else ref.year - 1
        else:
            y = ref.year if start > ref.month else ref.year + 1
    elif c.direction in (-1, 1):
        y = ref.year + c.direction
    return f"{y:04d}-{s}"


def resolve(candidate: TimexCandidate, *, anchor: PartialDate | None,
            tense: str | None = None) -> str | None:
    """The TIMEX3 value of ``candidate`` against the reference date ``anchor``.

    ``tense`` (``"past"``, ``"present"``, ``"future"`` or None) picks between the previous and
    the next occurrence of a weekday or a year-less date.  Without a day-granular anchor,
    expressions that need one get an underspecified value (``XXXX-WXX-1``, ``2020-06-XX``).
    Returns None only when nothing sensible can be produced.
    """
    try:
        return _resolve(candidate, anchor, tense)
    except (ValueError, OverflowError):
        return None


def _resolve(c: TimexCandidate, ref: PartialDate | None, tense: str | None) -> str | None:
    ref_day = ref.to_date() if ref is not None else None
    if c.kind == "value":
        return c.value
    if c.kind == "date":
        if c.unit == "Q":  # a quarter without its year
            y = ref.year if ref is not None else None
            return f"{y:04d}-Q{c.offset}" if y is not None else f"XXXX-Q{c.offset}"
        year = c.year
        if year is None:
            if ref is None:
                ys = "XXXX"
            else:
                ys = f"{_closest_year(c.month or 1, c.day, ref, tense, c.direction, c.weekday):04d}"
        else:
            ys = f"{year:04d}"
        if c.month is None:
            return ys
        if c.day is None:
            return f"{ys}-{c.month:02d}"
        if ys != "XXXX":
            _dt.date(int(ys), c.month, c.day)
        return f"{ys}-{c.month:02d}-{c.day:02d}"
    if c.kind in ("relday", "anaphoric"):
        if ref_day is None:
            return _unspec_day(ref) + _time_suffix(c)
        d = ref_day + _dt.timedelta(days=c.offset)
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
        elif tense == "future":
            delta = (wd - cur) % 7
        else:
            delta = -((cur - wd) % 7)
        return (ref_day + _dt.timedelta(days=delta)).isoformat() + _time_suffix(c)
    if c.kind == "season":
        return _season_value(c, ref)
    if c.kind == "relunit":
        return _relunit_value(c, ref, ref_day)
    return c.value


def _relunit_value(c: TimexCandidate, ref: PartialDate | None, ref_day: _dt.date | None) -> str:
    unit, k = c.unit or "D", c.offset
    if ref is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX",
                "WE": "XXXX-WXX-WE", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX",
                "SEM": "XXXX-HX"}.get(unit, "XXXX-XX-XX")
    if unit == "Y":
        return f"{ref.year + k:04d}"
    if unit == "DE":
        return f"{ref.year // 10 + k:03d}"
    if unit == "CE":
        return f"{ref.year // 100 + k:02d}"
    if unit in ("M", "Q", "SEM"):
        if ref.month is None:
            return f"{ref.year:04d}" if k == 0 else f"{ref.year:04d}-XX"
        if unit == "M":
            y, mth = _shift_month(ref.year, ref.month, k)
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


def timexes_from_segments(text: str, segments: Sequence[Segment], *, dct: PartialDate | None,
                          tense_at: Callable[[int], str | None] | None = None) -> list[Timex]:
    """Detect and normalise the temporal expressions of a whole document.

    Each segment is analysed in its own language; offsets are indices into ``text``.  The
    reference date is the DCT; when the DCT is not day-granular, the first day-granular date of
    a non-embedded segment that agrees with the DCT becomes the reference for the expressions
    after it.  Dates in embedded segments (quoted tweets...) are resolved but never move the
    article's reference.  Clock times take the day last mentioned in the same stream.
    ``tense_at(offset)`` may return ``"past"``, ``"present"`` or ``"future"`` for the clause
    around a character offset.  Returns :class:`Timex` objects sorted by start.
    """
    ref = dct
    last_day: PartialDate | None = dct if dct is not None and dct.day is not None else None
    out: list[Timex] = []
    for seg in sorted(segments, key=lambda s: s.start):
        start = max(0, min(seg.start, len(text)))
        end = max(start, min(seg.end, len(text)))
        if end <= start:
            continue
        chunk = text[start:end]
        cands = find_timexes(chunk, lang=seg.lang)
        seg_ref = ref
        seg_last = last_day if not seg.embedded else (
            ref if ref is not None and ref.day is not None else None)
        for c in cands:
            abs_start = start + c.start
            tense = None
            if tense_at is not None:
                try:
                    tense = tense_at(abs_start)
                except Exception:  # noqa: BLE001 - a tense oracle must never break extraction
                    tense = None
            if c.kind in ("time", "anaphoric"):
                anchor = seg_last or seg_ref
            else:
                anchor = seg_ref
            value = None
            if (c.kind == "weekday" and c.direction is None and seg_last is not None
                    and seg_last.day is not None and seg_ref is not None
                    and seg_ref.day is not None):
                last = seg_last.to_date()
                refd = seg_ref.to_date()
                if last and refd and last.isoweekday() == c.weekday \
                        and abs((last - refd).days) <= 7:
                    # "samedi 29 mai ... samedi": the weekday just mentioned
                    value = last.isoformat() + _time_suffix(c)
            if value is None:
                value = resolve(c, anchor=anchor, tense=tense)
            if value is None:
                continue
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
                        seg_ref = pd
                    seg_last = pd
            elif c.type in ("DATE", "TIME") and c.kind in ("relday", "weekday", "anaphoric"):
                try:
                    pd = PartialDate.parse(value)
                    if pd.day is not None:
                        seg_last = pd
                except ValueError:
                    pass
            out.append(Timex(start=abs_start, end=start + c.end, text=text[abs_start:start + c.end],
                             type=cast(TimexType, c.type), value=value, embedded=seg.embedded))
        if not seg.embedded:
            last_day = seg_last
    out.sort(key=lambda t: (t.start, t.end))
    return out
