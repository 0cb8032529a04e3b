"""Match handlers of the temporal rules: from a regex match to the fields of a TIMEX3 value
(number words, months, weekdays, durations, sets, clock times).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.knowledge.words import number_map, rows, word_map, word_set
from kg.nlp.regexscan import first_char_filter
from kg.types import PartialDate

# ---------------------------------------------------------------------------------------------
# Lexicons: month, weekday, number, unit, season and day-part words are data, read on first use
# from ontologies/lexicons/<lang>/*.tsv (kg.knowledge.words).
# ---------------------------------------------------------------------------------------------

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


_AP = "['’ʼ‘`´]"
_B = r"(?<![\w\-])"  # left word boundary that also refuses a hyphen
_BY = r"(?<![\w])(?<![^\W\d]-)"  # like _B, but "1982-1990" may split
_E = r"(?![\w])"
# what may follow "a year before" or "the week after" read as an offset: the end of the clause, not
# the noun the preposition governs ("two days before the vote")
_OFFSET_END = r"(?=\s*(?:[.,;:!?)\"\u201d\n]|--|$|(?:and|but|when|while|as)\b))"


def _no_count_before(lang: str) -> str:
    """Lookbehinds keeping a match from starting right after a unit word of ``lexicons/<lang>/time_units.tsv``:
    "two hours later that day", "two hrs later that night" are the count, then "that day" (not "Sunday later
    that day", the unit ending a longer word)."""
    return "".join(rf"(?<!\b{re.escape(u)}\s)" for u in sorted(word_map(lang, "time_units")))


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
    if lang == "en" and re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        return float(t.replace(",", ""))  # "1,200 years": an English comma before three digits groups thousands
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    table = number_map("fr", "number_words") if lang == "fr" else number_map("en", "number_words")
    raw = [w for w in re.split(r"[\s\-]+", t) if w]
    for i, w in enumerate(raw):
        # "vingt et un", "one hundred and five" join one number; "deux et trois" are two numbers
        if w in ("et", "and") and not (0 < i < len(raw) - 1 and (table.get(raw[i - 1]) or 0) >= 20
                                       and (table.get(raw[i + 1]) or 100) < (table.get(raw[i - 1]) or 0)):
            return None
    toks = [w for w in raw if w not in ("et", "and")]
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
    mult = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "SEM": (6, "M"), "WE": (2, "D"), "FN": (2, "W")}
    factor, letter = mult.get(unit, (1, "D"))
    if n is None:
        # "decades", "centuries": an unknown number of years, as "a decade" is P10Y (ISO 8601's units;
        # MEANTIME's "decades-long" PXY, FR-TimeBank's « un demi-siècle » P50Y), not TIDES's PXDE
        return f"PX{letter}"
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
    # ``pattern`` behind a look-ahead on its possible first characters (kg.nlp.regexscan): the same
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
    # "vingt et un", "one hundred and five" are one number; "deux et trois", "two and three" are two
    sep = r"(?:[\s\-]+et[\s\-]+(?=(?:un|une|onze)(?!\w))|(?:(?<=hundred)|(?<=thousand))[\s\-]+and[\s\-]+|[\s\-]+)"
    # an English comma before three digits groups thousands ("1,200 years"), a French one is decimal
    thousands = r"\d{1,3}(?:,\d{3})+(?![\d.,])|" if lang == "en" else ""
    return rf"(?:{thousands}\d{{1,3}}(?:[.,]\d+)?|{w}(?:{sep}{w})*(?![\w]))"


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    """The ``n`` words before ``pos``, folded, nearest last (apostrophes split words)."""
    chunk = text[max(0, pos - 60):pos]
    words = re.findall(r"[\w\-]+'?|[^\w\s]", _fold(chunk))
    return words[-n:]


def _next_word(text: str, pos: int) -> str:
    """The folded word or symbol right after ``pos``."""
    m = re.match(r"\s*([\w\-]+|[^\w\s])", text[pos:pos + 40])
    return _fold(m.group(1)) if m else ""


#: A sum written with its sign: "$1.2 billion", "€300 million".
_SIGNED_SUM = re.compile(r"[$€£¥]\s?\d")
#: A share and the two words before it: "grew 2.5%", "rose by 3 percent" (the words tell a change of figures).
_SHARE = re.compile(r"((?:[^\W\d_]+\s+){0,2})\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)", re.I)


def _figures_before(text: str, pos: int) -> bool:
    """Whether a noun of figures (``lexicons/en/figure_nouns.tsv``), a sum written with its sign ("earned
    $40 million") or a share that changed ("grew 2%", "rose by 3 percent": a word of change of
    ``en/quantity_change_words`` before it) comes before ``pos`` in its sentence, at most eight words back;
    a share alone tells no figures of a period ("The team shot 60 percent in the first half": a match)."""
    chunk = text[max(0, pos - 80):pos]
    chunk = re.split(r"[.!?;:\n]\s", chunk)[-1]
    figures = word_set("en", "figure_nouns")
    if any(w in figures for w in re.findall(r"[^\W\d_]+", chunk.casefold())[-8:]) or _SIGNED_SUM.search(chunk):
        return True
    changes = {w for w, scope in word_map("en", "quantity_change_words").items() if scope == "change"}
    return any(not changes.isdisjoint(share.group(1).casefold().split()) for share in _SHARE.finditer(chunk))


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
def _person_after(text: str, pos: int) -> bool:
    """Whether what follows a bare month name at ``pos`` makes it a person's: a possessive ("May's
    party"), or an apposition that a title (``en/role_titles``, ``en/apposition_roles``,
    ``en/spokesperson_nouns``) closes, maybe with its "of" phrase ("May, the prime minister, was",
    "June, a spokeswoman for the firm."; not a reporting aside: "figures for June, a spokeswoman said,")."""
    if re.match(r"['’]s\b", text[pos:pos + 3]):
        return True
    m = re.match(r",\s+(?:the|a|an)\s+((?:[^\W\d_]+[\s\-]+){0,2}?[^\W\d_]+)"
                 r"(?:\s+(?:of|for|at)\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)?\s*[,.;)]", text[pos:pos + 90], re.I)
    if m is None:
        return False
    titles = word_set("en", "role_titles") | word_set("en", "apposition_roles") | word_set("en", "spokesperson_nouns")
    return re.split(r"[\s\-]+", m.group(1).casefold())[-1] in titles


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
        table = number_map("fr", "weekdays") if lang == "fr" else {**number_map("en", "weekdays"),
                                                                    **number_map("en", "weekday_abbreviations")}
        weekday = table.get(_fold(wd).rstrip(",."))
    mon_txt = m.group("mon")
    x_start = None
    if lang == "en" and wd and _fold(wd).rstrip(",.") not in number_map("en", "weekdays") \
            and m.start("wd") == m.start("x") and not _weekday_opens(m, text):
        # "The Sun, Sept. 14, 2012", "Pop Star To Wed June 5", "Joe Sat March 12": an abbreviated weekday
        # after a name or a word that governs a verb is that name or verb; the date starts after it
        weekday = None
        gap = _WEEKDAY_GAP.match(text, m.end("wd"))
        x_start = gap.end() if gap else m.end("wd")
    if lang == "en" and day is not None and year is None and not wd and m.start("x") == m.start("mon") \
            and _fold(mon_txt) in word_set("en", "name_like_month_abbreviations") and not _month_opens(m, text):
        # "Mar", "Jun" without a full stop, a year or a weekday are names as often as months: "Tom Mar 2
        # goals", "Scorers: Rovers -- Mar 2", "Kim Jun 12 points"; a date after a lowercase word ("closes Jun 30")
        return None
    if day is None and year is None and not _g(m, "mod") and not _g(m, "dir") \
            and not _g(m, "mois") and not _g(m, "yrel"):
        # a bare month name: guard the ambiguous ones
        if lang == "fr" and (mon_txt[0].isupper() and _fold(mon_txt) in ("mars", "mai") or mon_txt.endswith(".")):
            # "Mars", "Mai" may be names; an abbreviation with its dot may be a number ending a
            # sentence (« sept jours sur sept. »)
            prev = _prev_words(text, m.start("x"), 1)
            if not prev or prev[-1] not in ("en", "de", "d'", "depuis", "fin", "début", "mi"):
                return None
        if lang == "en" and m.start("x") == m.start("mon"):
            # (a month inside a longer expression, "The first week of April will be busy", is no bare
            # month: the words before it in the extent say it is a date)
            if _fold(mon_txt) not in word_set("en", "full_months"):
                return None
            if _fold(mon_txt) in ("may", "march", "april", "june", "august", "jan"):
                prev = _prev_words(text, m.start("x"), 3)
                if prev[-3:-1] in (["as", "early"], ["as", "late"], ["as", "soon"]) and prev[-1] == "as":
                    pass  # "as early as March", "as late as May"
                elif prev[-1:] == ["for"] and prev[-2:-1] and (prev[-2] in word_set("en", "schedule_participles")
                                                               or prev[-2] in word_set("en", "figure_nouns")) \
                        and _next_word(text, m.end("x")) != "to" and not _NAME_AFTER.match(text, m.end("x")) \
                        and not _person_after(text, m.end("x")):
                    # "the vote is planned for June", "the trial, set for May" (``en/schedule_participles``),
                    # "data for May", "the forecast for June" (``en/figure_nouns``); not a first
                    # name before its surname ("the report for April Ryan"), a possessive ("the results
                    # for May's party") or a name before its title ("results for May, the prime minister")
                    pass
                elif _DETERMINER_BEFORE.search(text, max(0, m.start("x") - 40), m.start("x")) \
                        and _next_word(text, m.end("x")) in word_set("en", "month_premodified_nouns"):
                    # "the June meeting", "a March election", "the company's May results": the month
                    # premodifies a noun of events or figures (``en/month_premodified_nouns``; "the May
                    # government", "the March of Dimes" stay out), as "the December figures" does
                    pass
                elif not prev or prev[-1] not in word_set("en", "bare_month_openers") \
                        or (prev[-1] == "into" and (_NAME_AFTER.match(text, m.end("x"))
                                                    or _person_after(text, m.end("x")))):
                    return None
    if day is not None and month == 2 and day > 29:
        return None
    yanch = _g(m, "yanch")
    if yanch is not None and year is None:
        # "December of that year", "March of the following year": the month of the year the text last
        # gave (kg.extract.temporal anchors it), shifted
        return {"type": "DATE", "kind": "date", "month": month, "day": day, "unit": "YREL",
                "offset": _direction(yanch.split()[-1]) or 0, "anchored": True}
    yrel = _direction(_g(m, "yrel"))
    if yrel is not None and year is None:
        # "March of last year": the month of the reference year shifted
        return {"type": "DATE", "kind": "date", "month": month, "day": day, "unit": "YREL", "offset": yrel}
    part = _part_of(_g(m, "part")) if day is not None else None
    if part:  # "samedi 22 mai au matin"
        return {"type": "TIME", "kind": "date", "year": year, "month": month, "day": day, "weekday": weekday,
                "direction": _direction(_g(m, "dir")), "part": part}
    found = {"type": "DATE", "kind": "date", "year": year, "month": month, "day": day, "weekday": weekday,
             "direction": _direction(_g(m, "dir"))}
    return found if x_start is None else {**found, "x_start": x_start}


# The spaces and marks between a weekday and its date ("Sun, Sept. 14").
_WEEKDAY_GAP = re.compile(r"[\s,.]*")

# The words that never stand before an abbreviated weekday opening a date: an article, "to" or a modal
# before a verb ("Pop Star To Wed June 5"), a conjunction.
_NOT_BEFORE_WEEKDAY = frozenset({"the", "a", "to", "will", "would", "shall", "can", "could", "may", "might",
                                 "must", "should", "did", "not", "never", "and", "or"})


def _words_before(text: str, pos: int) -> list[str]:
    """The words of the line before ``pos`` (at most 60 characters back), as written."""
    return re.findall(r"\S+", text[max(0, pos - 60):pos].rsplit("\n", 1)[-1])


def _weekday_opens(m: Any, text: str) -> bool:
    """Whether an abbreviated weekday at the head of a date opens it ("Posted: Fri March 22", "on Sat.
    Nov. 8", "Updated Sat. Mar. 23, 2013", "Thu, 21 Mar 2013"), not a name or a verb before the date ("The
    Baltimore Sun, Sept. 14, 2012", "Pop Star To Wed June 5", "Joe Sat March 12"): nothing, or a mark
    closing a label or a sentence, or a lowercase word before it on its line; a capitalised word only
    opening its sentence, and then the weekday with its full stop or comma or the date with its year."""
    words = _words_before(text, m.start("wd"))
    if not words or re.search(r"[.!?:|]$", words[-1]) and not re.fullmatch(r"[A-Z]\.", words[-1]):
        return True
    last = words[-1]
    if _fold(last) in _NOT_BEFORE_WEEKDAY or not last.isalpha():
        return False
    if last.islower():
        return True
    opens = len(words) == 1 or bool(re.search(r"[.!?:|]$", words[-2]))
    marked = bool(re.search(r"[.,]$", m.group("wd"))) or text[m.end("wd"):m.end("wd") + 1] == "," or bool(_g(m, "year"))
    return opens and (marked or _fold(last) in word_set("en", "own_time_prepositions"))


def _month_opens(m: Any, text: str) -> bool:
    """Whether an undotted "Mar" or "Jun" before its day is a month: nothing before it on its line, or a
    lowercase word ("closes Jun 30"), or a preposition of time ("On Jun 30"); not a name's or a score
    line's ("Tom Mar 2 goals", "Rovers: Mar 2, Harrison 1", "Kim Jun 12 points")."""
    words = _words_before(text, m.start("x"))
    if not words:
        return True
    last = words[-1]
    return last.isalpha() and (last.islower() or _fold(last) in word_set("en", "own_time_prepositions"))


# A determiner right before a month: an article, a possessive determiner or a possessive "'s"
_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w\-])(?:the|a|an|its|their|his|her|our|this|that|next|last)|\w['’]s?)\s+$", re.I)


# A line break right after a match; the French words before a year that its next word can confirm.
_LINE_END = re.compile(r"[ \t]*\n")
_YEAR_BY_FOLLOWER = frozenset({"de", "d'", "pour", "ici"})
_CLAUSE_END = frozenset({",", ".", ";", ":", ")", "(", ""})
# Words that never stand between a year noun and its year as an adjective ("la saison de 2000 ...").
_NOT_ADJECTIVE = frozenset({"de", "d'", "des", "du", "la", "le", "les", "l'", "à", "a", "au", "aux", "et", "ou",
                            "en", "un", "une", "par", "sur", "pour"})


class _At:
    """A stand-in match whose ``x`` group starts at ``pos`` (to read the context of an earlier number)."""

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def start(self, group: str = "x") -> int:
        return self.pos


def _after_year_noun(prev: list[str], text: str, m: Any) -> bool:
    """Whether a year noun (``lexicons/fr/year_nouns.tsv``) comes right before the number, or with
    one lower-case adjective between ("la saison touristique 2012")."""
    nouns = word_set("fr", "year_nouns")
    if prev[-1:] and prev[-1] in nouns:
        return True
    if len(prev) < 2 or prev[-2] not in nouns or prev[-1] in _NOT_ADJECTIVE or not prev[-1].isalpha():
        return False
    raw = re.findall(r"[\w\-]+", text[max(0, m.start("x") - 30):m.start("x")])
    return bool(raw) and raw[-1].islower()


_POSSESSIVE_AFTER = re.compile(r"['’]s(?!\w)")


# "and 2012", "or 2013" after a year: the second year of a pair (not "and 2012.5")
_EN_YEAR_PAIR = re.compile(r"\s+(?:and|or)\s+((?:19|20)\d\d)(?![\d.,]\d|\w)")


# The rest of a clause, up to its end, that names a year ("2025 was the third-warmest year on record").
_YEAR_IN_CLAUSE = re.compile(r"[^.;:!?\n]{0,60}?\byears?\b")


_TO_BE_AFTER = re.compile(r"\s+to\s+be\b")


# The English words after which a bare year is surely a date ("in 2012", "since 2009", "fiscal 2013")
_EN_YEAR_STRONG_PREV = frozenset({"in", "since", "until", "till", "through", "during", "before", "after",
                                  "early", "late", "mid", "year", "fiscal", "circa", "by", "(", "spring",
                                  "summer", "autumn", "fall", "winter", "throughout"})


def _year_context_ok(text: str, m: Any, lang: str) -> bool:
    if _g(m, "mod") or _g(m, "pre"):
        return _next_word(text, m.end("x")) not in word_set("xx", "not_year_after")  # not "la fin de 2000 personnes"
    if lang == "en" and _POSSESSIVE_AFTER.match(text, m.end("x")) and not m.group("x").endswith("00"):
        return True  # "2013's budget", "1999's record"
    prev = _prev_words(text, m.start("x"), 2)
    nxt = _next_word(text, m.end("x"))
    if lang == "en" and not (prev[-1:] and prev[-1] in _EN_YEAR_STRONG_PREV) \
            and (nxt in word_set("en", "year_label_nouns")
                 or (prev[-1:] == ["of"] and prev[-2:-1] and prev[-2] in word_set("en", "year_cohort_nouns"))):
        # "a 2012 model Ford", "the class of 2010": a model year, a cohort (``en/year_label_nouns``,
        # ``en/year_cohort_nouns``); not a year a preposition of time dates ("In 2012 model sales rose")
        return False
    if lang == "en" and (not prev or prev[-1] in (".", "!", "?", '"', "“")) and text[m.start("x"):m.start("x") + 1].isdigit() \
            and nxt in word_set("en", "year_subject_verbs"):
        return True  # "2007 was the year of the iPhone", "2012 saw record sales" (not "2000 were killed")
    if lang == "en" and nxt in word_set("en", "year_subject_verbs") and re.fullmatch(r"(?:19|20)\d\d", m.group("x")) \
            and not m.group("x").endswith("00") and (prev[-1:] == ["that"] or _reporting_form(prev[-1:])) \
            and (pred := _YEAR_IN_CLAUSE.match(text, m.end("x"))) is not None \
            and word_set("en", "reported_year_predicate_breaks").isdisjoint(re.findall(r"[a-z]+", pred.group(0).lower())):
        # the subject of a reported clause that calls it a year: "said that 2025 was the third-warmest year",
        # "said 2024 was a record year" (not "noted that 1999 was the maximum score", nor a count with a year
        # out of the predicate: "said 2024 was the number of runners this year", "the highest score of the year")
        return True
    if lang == "en" and re.fullmatch(r"(?:19|20)\d\d", m.group("x")) and not m.group("x").endswith("00") \
            and _TO_BE_AFTER.match(text, m.end("x")) \
            and prev[-1:] and any(prev[-1].startswith(v) for v in word_set("en", "forecast_verbs")):
        return True  # the year a forecast is of: "the agency expects 2026 to be cooler", "forecast 2025 to be"
    if lang == "en" and nxt in word_set("en", "year_premodified_nouns") and re.fullmatch(r"(?:19|20)\d\d", m.group("x")) \
            and not m.group("x").endswith("00"):
        return True  # "had 2012 revenue of $5 billion", "2013 sales rose" (``en/year_premodified_nouns``;
        # a year of news, 1901-2099: "employs 1250 sales staff" counts people)
    if lang == "en" and nxt in word_set("en", "year_onward_words") and re.fullmatch(r"1\d{3}|20\d{2}", m.group("x")):
        return True  # "bonuses paid for 2014 onwards", "from 1990 onward": the year a period starts from
    if not prev:
        return False
    p = prev[-1]
    if nxt in word_set("xx", "not_year_after"):
        return False
    if _LINE_END.match(text, m.end("x")):
        nxt = ""  # a line break ends the phrase: "... Conference 2010\nJune 8, 2010"
    strong: frozenset[str] | set[str]
    if lang == "fr":
        strong = {"en", "depuis", "dès", "des", "jusqu'en", "avant", "après", "apres", "vers",
                  "courant", "entre", "l'an", "an", "année", "annee", "printemps", "été",
                  "automne", "hiver", "fin", "début", "debut", "mi", "jusqu'à", "("}
        weak = {"de", "d'", "à", "a", "et", "ou", "au", "-", ",", "puis", "qu'en", "en"}
    else:
        strong = _EN_YEAR_STRONG_PREV
        weak = {"from", "to", "of", "and", "or", "between", "-", ",", "around", "for",
                "than"}
    if p in strong:
        if lang == "fr" and p == "des" and nxt[:1].isalpha() and nxt not in word_set("fr", "year_followers"):
            return False  # "des 1500 invités": a quantity ("dès 1998", "des 1990 à", stay years)
        return True
    if lang == "fr" and _after_year_noun(prev, text, m):
        return True  # "la saison 2012", "le budget 2013", "la saison touristique 2012"
    after = text[m.end("x"):m.end("x") + 12]
    if re.match(r"\s*[-–]\s*(?:1\d{3}|20\d{2})(?!\d)", after):
        return True  # "1982-1990"
    before = re.search(r"(?<!\d)(1\d{3}|20\d{2})/$", text[max(0, m.start("x") - 5):m.start("x")])
    here = int(m.group("x")) if m.group("x").isdigit() else None
    if here is not None and before and int(before.group(1)) == here - 1:
        # « la saison 1999/2000 », « en 1999/2000 »: two years running, the second when the first is a
        # year by its own context (not « 1500/2000 exemplaires », « page 1998/1999 », « 1999/2000 m2 »)
        at = m.start("x") - len(before.group(0))
        fp = _prev_words(text, at, 2)
        if fp[-1:] and (fp[-1] in strong or _after_year_noun(fp, text, _At(at))):
            return True
    if re.search(r"(?:1\d{3}|20\d{2})\s*[-–]\s*$",
                                    text[max(0, m.start("x") - 8):m.start("x")]):
        return True
    possessive = p in word_set("xx", "possessive_determiners") or bool(
        re.search(r"\w\s?['’]s?\s*$", text[max(0, m.start("x") - 20):m.start("x")]))
    if lang == "en" and (p == "the" or (possessive and not m.group("x").endswith("00"))) \
            and nxt not in word_set("xx", "not_year_after") and nxt.isalpha():
        return True  # "the 1991 settlement", "its 1967 debut", "the company's 2010 conference"
    if lang == "en" and p in ("a", "an") and re.fullmatch(r"(?:19|20)\d\d", m.group("x")) \
            and not m.group("x").endswith("00") and nxt.isalpha() and nxt not in word_set("xx", "not_year_after") \
            and nxt not in word_set("en", "measure_unit_nouns"):
        # "in a 1973 case", "a 1996 law", as "the 1991 settlement" (a year of news, not "a 1500"; not a
        # measure, "a 1950 metre climb", ``en/measure_unit_nouns``)
        return True
    if lang == "en" and p == "as" and len(prev) > 1 and prev[-2] in word_set("en", "as_time_adverbs") \
            and nxt not in word_set("xx", "not_year_after"):
        return True  # "as early as 2010", "as recently as 2009" (not "as many as 2000 people")
    if lang == "en" and p == "years" and prev[-2:-1] == ["the"] and nxt not in word_set("xx", "not_year_after"):
        return True  # "the years 1990 through 2000", "in the years 1939-45": the noun names the years
    if lang == "en" and p in ("least", "not") and nxt in _CLAUSE_END:
        return True  # "until at least 2014.", "around 2020, and not 2015,"
    if lang == "en" and nxt in ("june", "july", "january", "february", "march", "april", "may",
                                "august", "september", "october", "november", "december"):
        return False
    raw_prev = re.findall(r"[\w\-]+", text[max(0, m.start("x") - 30):m.start("x")])
    if raw_prev and raw_prev[-1][:1].isupper() and raw_prev[-1].isalpha() and len(raw_prev[-1]) > 1 \
            and raw_prev[-1].upper() == raw_prev[-1] and nxt not in word_set("xx", "not_year_after"):
        return True  # "WWDC 2005", "les JO 2012"
    if raw_prev and raw_prev[-1] in word_set("xx", "year_name_heads") \
            and nxt not in word_set("xx", "not_year_after"):
        return True  # "Developers Conference 2010", "l'Euro 2012"
    if p in ("and", "to", "or", "et", "à", "a", "ou", "-", "–") and len(prev) > 1 \
            and re.fullmatch(r"1\d{3}|20\d{2}", prev[-2]):
        return True  # "between 2014 and 2016": the second year of a pair
    if lang == "en" and (pair := _EN_YEAR_PAIR.match(text, m.end("x"))) and re.fullmatch(r"(?:19|20)\d\d", m.group("x")) \
            and 0 < int(pair.group(1)) - int(m.group("x")) <= 30 \
            and _next_word(text, pair.end()) not in word_set("xx", "not_year_after") \
            and _next_word(text, pair.end()) not in word_set("en", "measure_unit_nouns"):
        return True  # "the report covers 2011 and 2012": the first year of a pair whose second is a later year
    if lang == "fr" and p in _YEAR_BY_FOLLOWER and (nxt in word_set("fr", "year_followers") or nxt in _CLAUSE_END):
        return True  # "la récolte de 1907 pour le canton", "d'ici 2005 le chantier"
    if lang == "fr" and p in ("de", "d'") and len(prev) > 1 and prev[-2] in word_set("fr", "year_event_nouns") \
            and m.group("x")[:1].isdigit():
        return True  # « les élections municipales de 2001 approchent », « la tempête de 1999 a »
    if lang == "en" and p in ("of", "for") and len(prev) > 1 and re.fullmatch(r"(?:19|20)\d\d", m.group("x")) \
            and (prev[-2] in word_map("en", "time_units") if p == "of" else prev[-2] in word_set("en", "figure_nouns")) \
            and nxt not in word_set("xx", "not_year_after"):
        # "the final three months of 2012 rose" (a unit of ``en/time_units``), "earnings for 2013 will" (a
        # figure of ``en/figure_nouns``): the year they are of (not "a total of 2012 people", "the number
        # of 1990 cases")
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


# « la saison 98-99 », « l'exercice 1998-99 »: a year pair, the second year written with two digits
_YEAR_PAIR_AFTER = re.compile(r"[-–/](\d{2})(?![\w,.]\d|\w)")
_YEAR_PAIR_BEFORE = re.compile(r"(?<![\w\-])(1\d{3}|20\d{2}|\d{2})[-–/]$")


def _unit_after(text: str, pos: int) -> bool:
    """Whether a unit of time follows ``pos`` (« en 12-13 mois »: a range of counts, not two years)."""
    w = re.match(r"\s+([^\W\d_]+)", text[pos:pos + 24])
    return w is not None and w.group(1).casefold() in word_map("fr", "time_units")


def _next_year(a: int, b: int) -> bool:
    """Whether the two-digit year ``b`` is the year after ``a`` (two or four digits)."""
    return (a + 1) % 100 == b


def _h_yy_pair(m: Any, text: str, lang: str) -> dict | None:
    """The two-digit second year of a pair, « l'exercice 1998-99 », « la saison 98-99 », « l'hiver
    98-99 »: after a first year that « en », « depuis », a season or a year noun governs
    (``lexicons/fr/year_nouns.tsv``), and only the year after it (not a score, « 98-102 »)."""
    first = _YEAR_PAIR_BEFORE.search(text[max(0, m.start("x") - 6):m.start("x")])
    yy = int(m.group("yy"))
    if first is None or not _next_year(int(first.group(1)), yy) or _unit_after(text, m.end("x")):
        return None
    prev = _prev_words(text, m.start("x") - len(first.group(0)), 2)
    if not (prev[-1:] in (["en"], ["depuis"]) or _after_year_noun(prev, text, m)
            or prev[-1:] and prev[-1] in word_map("xx", "seasons")):
        return None  # « le 1998-99 »: no year the text gives
    return {"type": "DATE", "kind": "value", "value": f"{_two_digit_year(yy):04d}"}


def _h_year_pair_en(m: Any, text: str, lang: str) -> dict | None:
    """One year of an English pair of years running one into the next, "in 2011-12", "the 2012-13
    season", "fiscal 2013/14": the first (``x`` on ``year``) or the second (``x`` on ``yy``), each a
    DATE of its own as the two ends of a range are (« l'exercice 1998-99 »: ``_h_yy_pair``). Only
    after a word of ``lexicons/en/year_pair_governors.tsv`` or a possessive, and only when the
    second is the year after the first (not a score, "2010-14", or a count, "2011-12 people")."""
    first = int(m.group("year"))
    yy = int(m.group("yy"))
    if not _next_year(first, yy):
        return None
    start = m.start("year")
    prev = _prev_words(text, start, 1)
    possessive = bool(re.search(r"\w['’]s?\s+$", text[max(0, start - 20):start]))
    if not (possessive or (prev and prev[-1] in word_set("en", "year_pair_governors"))):
        return None
    if _next_word(text, m.end("yy")) in word_map("en", "time_units"):
        return None  # "in 2011-12 months" is no pair of years
    year = first if m.start("x") == start else first - first % 100 + yy + (100 if yy < first % 100 else 0)
    return {"type": "DATE", "kind": "value", "value": f"{year:04d}"}


def _h_yy(m: Any, text: str, lang: str) -> dict | None:
    prev = _prev_words(text, m.start("x"), 1)
    pair = _YEAR_PAIR_AFTER.match(text, m.end("x"))
    if lang == "fr" and not _g(m, "mod") and pair and _next_year(int(m.group("yy")), int(pair.group(1))) \
            and _after_year_noun(_prev_words(text, m.start("x"), 2), text, m):
        pass  # « la saison 98-99 »: the first of a pair of years after a year noun
    elif not _g(m, "mod") and (not prev or prev[-1] not in ("en", "depuis", "in", "since")):
        return None
    elif pair and (not _next_year(int(m.group("yy")), int(pair.group(1))) or _unit_after(text, pair.end())):
        return None  # « en 12-14 mois », « en 12-13 mois »: a range of numbers, not a year
    nxt = text[m.end("x"):m.end("x") + 3].lstrip()
    if nxt[:1].isalnum():
        return None
    year = _two_digit_year(int(m.group("yy")))
    return {"type": "DATE", "kind": "value", "value": f"{year:04d}"}


def _h_yy_apos(m: Any, text: str, lang: str) -> dict | None:
    """``'85``, ``’97``: a year with its apostrophe, after a word that opens a year
    (``en/apostrophe_year_openers``: "in '85", "the '97 season", "the Class of '98"); not after a
    verb, where the apostrophe opens a quotation ("said '10 people died'")."""
    prev = _prev_words(text, m.start("x"), 1)
    if not prev or prev[-1] not in word_set("en", "apostrophe_year_openers"):
        return None
    if _next_word(text, m.end("x")) in word_set("xx", "not_year_after"):
        return None
    year = _two_digit_year(int(m.group("yy")))
    return {"type": "DATE", "kind": "value", "value": f"{year:04d}"}


def _h_decade(m: Any, text: str, lang: str) -> dict | None:
    c = _g(m, "cent")
    d = int(m.group("dec") if _g(m, "dec") else word_map(lang, "decade_words")[_fold(m.group("decw"))])
    if c:
        century = int(c)
        if century < 19 and d == 0:
            return None  # "the 1800s": a century (en_hundreds)
    else:
        century = 19 if d != 0 else 20
        if _g(m, "ap") is None and lang == "en" and not (_g(m, "the") or _g(m, "the0")):
            return None  # "in his 90s"
        if lang == "en" and (_temperature_before(text, m.start("x"))
                             or _next_word(text, m.end("x")) in word_set("en", "temperature_words")):
            return None  # "temperatures in the seventies", "highs in the 90s": degrees, not years
    # French TimeML (FR-TimeBank) writes a decade with its unknown year digit, "196X"; TimeML "196"
    return {"type": "DATE", "kind": "value", "value": f"{century:02d}{d}" + _PAD[lang]}


def _temperature_before(text: str, start: int) -> bool:
    """Whether a word of temperatures (``en/temperature_words``) comes before ``start`` in its clause,
    at most six words back ("temperatures were in the seventies", "highs in the 90s"; not the adjective
    "high": "inflation was high in the seventies")."""
    clause = re.split(r"[.!?;:\n]", text[max(0, start - 60):start])[-1]
    words = re.findall(r"[^\W\d_]+", clause.casefold())[-6:]
    return any(w in word_set("en", "temperature_words") for w in words)


# How the unknown digits of a decade or century value are written: French TimeML pads with X.
_PAD: dict[str, str] = {"fr": "X", "en": ""}


def _h_century(m: Any, text: str, lang: str) -> dict | None:
    n = _g(m, "num")
    if n is None:  # "the twentieth century", « le vingtième siècle »
        num: int | None = number_map(lang, "century_ordinals").get(re.sub(r"\s+", " ", m.group("ordw").casefold()))
    else:
        num = int(n) if n.isdigit() else _roman(n)
    if not num or num > 21:
        return None
    return {"type": "DATE", "kind": "value", "value": f"{num - 1:02d}" + 2 * _PAD[lang]}


def _h_millennium(m: Any, text: str, lang: str) -> dict | None:
    """« le troisième millénaire », « le IIIe millénaire »: the millennium's first digit, ``2XXX``
    (the ordinals are the centuries' words, ``lexicons/fr/century_ordinals.tsv``)."""
    n = _g(m, "num")
    if n is None:
        num: int | None = number_map(lang, "century_ordinals").get(re.sub(r"\s+", " ", m.group("ordw").casefold()))
    else:
        num = int(n) if n.isdigit() else _roman(n)
    if not num or num > 3:
        return None
    return {"type": "DATE", "kind": "value", "value": f"{num - 1}XXX"}


def _reporting_form(words: list[str]) -> bool:
    """Whether the one word of ``words`` is a form of an English verb of saying (``en/reporting_verbs``:
    "said", "says", "warned", "told"), after which "that" is a conjunction."""
    from kg.nlp.wordforms import verb_lemma

    verbs = word_set("en", "reporting_verbs")
    return len(words) == 1 and any(f in verbs for f in (verb_lemma(words[0], words[0], "en"), words[0],
                                                        words[0][:-1], words[0][:-2]))


def _h_that_month(m: Any, text: str, lang: str) -> dict | None:
    """English "that" and a month name ("That March, the party split", "by that June"): the month of the
    year the text last gave, as "that summer" and "that year" (TimeML anchors the distal demonstrative on
    the narrative's time). Only where "that" cannot be a conjunction: opening its clause with a comma
    after the month, after a preposition of time ("in", "during", "by", "until", "through", "since"), or
    after a regular past verb closing the sentence ("resumed that July."), or closing it after any other word
    but a verb of saying when the month is no given name too (``en/name_months``: "signed by the president
    that September."; not "the song that May."), or opening its sentence before a verb
    of ``en/year_subject_verbs`` ("That June was the driest on record"); "said that March sales rose",
    "hoped that June, not May, would", "the song that May." stay out."""
    month = _month_of(m.group("mon"), lang)
    if month is None or _fold(m.group("mon")) not in word_set("en", "full_months"):
        return None
    prev = _prev_words(text, m.start("x"), 1)
    # (opening its sentence: "He noted that March was cold and that April, too, was wet" is a conjunction)
    opens = not prev or prev[-1] in (".", "!", "?", ";", '"', "“", "”")
    after = text[m.end("x"):m.end("x") + 1]
    if not (opens and (after == "," or _next_word(text, m.end("x")) in word_set("en", "year_subject_verbs"))) \
            and not (prev and prev[-1] in word_set("en", "that_month_prepositions")) \
            and not (after in (".", ";") and prev[-1:] and prev[-1].isalpha()
                     and (prev[-1].endswith("ed") or _fold(m.group("mon")) not in word_set("en", "name_months"))
                     and not _reporting_form(prev[-1:])):
        # ("resumed that July.": closing its sentence after a past verb, no clause can follow a conjunction)
        return None
    return {"type": "DATE", "kind": "date", "month": month, "day": None, "unit": "YREL", "offset": 0, "anchored": True}


def _season_phrase_ends(text: str, pos: int) -> bool:
    """Whether the phrase of a bare season ends at ``pos``: punctuation, a line's end or a word of
    ``en/bare_season_followers`` comes next ("until spring to make up", "before fall, when")."""
    nxt = _next_word(text, pos)
    return not nxt[:1].isalnum() or (nxt in word_set("en", "bare_season_followers")
                                     and _next_word(text, pos + text[pos:].find(nxt) + len(nxt)) != "of")


def _changed_by(text: str, pos: int) -> bool:
    """Whether the preposition right before ``pos`` ("by", "from") follows a verb of change
    (``en/quantity_change_words``, scope change): "prices rose by fall" measures a change, "should
    reopen by fall" sets a time; "fell from the 8th" starts a move along a ranking."""
    words = _prev_words(text, pos, 2)
    return len(words) == 2 and word_map("en", "quantity_change_words").get(words[0]) == "change"


def _h_season(m: Any, text: str, lang: str) -> dict | None:
    s = word_map("xx", "seasons").get(_fold(m.group("s")))
    if s is None:
        return None
    if _g(m, "yrel"):
        # "the spring of last year", "the summer of next year": the season of the year that names
        return {"type": "DATE", "kind": "season", "season": s, "year": None, "unit": "YREL",
                "offset": _direction(m.group("yrel")) or 0}
    det = _g(m, "det")
    y = _g(m, "year") or (str(_two_digit_year(int(m.group("yy")))) if _g(m, "yy") else None)
    dirw = _g(m, "dir")
    if lang == "fr" and m.group("s")[:1].isupper() and not y and not dirw and (
            (det and _fold(det) not in ("ce", "cet")) or "plein" in _fold(_g(m, "mod") or "")):
        # « le Printemps de Bourges », « au Printemps », « en plein Printemps de Bourges »: a name (a
        # headline's « Eté » has no article; « cet Hiver », « l'Été dernier », « le Printemps 2000 » stay seasons)
        return None
    if _g(m, "months") and not y and not dirw:
        return {"type": "DATE", "kind": "value", "value": f"XXXX-{s}"}  # « les mois d'été »: any summer's
    if lang == "en" and m.group("s")[:1].isupper() and not y and not dirw \
            and re.match(r"\s+[A-Z][a-z]", text[m.end("x"):m.end("x") + 3]):
        return None  # "the Summer Olympics", "the Winter Garden", "Spring Street": a name
    if lang == "en" and not y and _next_word(text, m.end("x")) in word_set("en", "event_name_heads"):
        return None  # "the next summer Olympics", "this winter festival": the season names a kind of event
    if lang == "en" and not y and not dirw and _next_word(text, m.end("x")) in word_set("en", "season_kind_heads"):
        return None  # "the summer residence", "the winter palace": a kind of place or thing (en/season_kind_heads)
    anch = _g(m, "anch")
    if anch and not y:
        # "the following spring": the next such season after the date the text last gave (a year is fine
        # enough to count from, hence the unit)
        ahead = _fold(anch).endswith(("following", "next"))
        # ("the next summer": the one after the date the text last gave in a past clause, "he was elected
        # in 1984 and the next summer ..."; else the next one after the reference, as "next summer")
        nxt = _fold(anch).endswith("next")
        return {"type": "DATE", "kind": "season", "season": s, "year": None, "unit": "Y", "anchored": not nxt,
                "anchored_past": nxt, "direction": 1 if ahead else -1}
    if _g(m, "edge") and s in ("SP", "FA") and not y and not _season_phrase_ends(text, m.end("x")):
        return None  # "the end of the fall in prices": the noun; "by the end of the fall." is the season
    if lang == "en" and s in ("SP", "FA") and det and _fold(det) in ("the", "that") and not y and not dirw \
            and not _g(m, "edge"):
        # "the fall in prices", "the fall of the Wall": only "in/during/by the fall" is the season, and
        # "that fall" set off by a comma ("That fall, he started a company"; "that fall was painful" stays out)
        prev = _prev_words(text, m.start("x"), 1)
        # (the comma's "that fall" opens its clause: "Analysts said that fall, not spring, is best" is a
        # conjunction before the noun)
        opens = not prev or not prev[-1][:1].isalnum() or prev[-1] in ("and", "but", "then")
        if (not prev or prev[-1] not in ("in", "during", "by", "until", "through", "since", "over")) \
                and not (_fold(det) == "that" and text[m.end("x"):m.end("x") + 1] == "," and opens):
            return None
    if lang == "en" and det and _fold(det) == "that" and not y and not dirw:
        if _reporting_form(_prev_words(text, m.start("x"), 1)[-1:]):
            return None  # "he warned that summer, when demand peaks, could bring blackouts": a conjunction
        # "That summer, the government fell": the season of the year the text last gave, as "that year"
        # (TimeML anchors the distal demonstrative on the narrative's time; the reference's year without one)
        return {"type": "DATE", "kind": "season", "season": s, "year": None, "unit": "Y", "anchored": True,
                "direction": 0}
    if not det and not y and not dirw and not _g(m, "mod"):
        prev = _prev_words(text, m.start("x"), 1)
        if lang == "en" and prev[-1:] in (["and"], ["or"]):
            # "in spring and autumn", "during summer or winter": the second season is read with the first's
            # preposition (one bare season before it)
            before = _prev_words(text, m.start("x"), 3)
            if len(before) == 3 and before[1] in word_map("xx", "seasons") and m.group("s").islower():
                prev = before[:1]
        ok = {"en", "au", "d'", "l'", "cet", "durant", "pendant", "in", "during", "this", "last",
              "next", "the", "through", "until", "since", "depuis", "by", "before"}  # ("finished by summer")
        paired = (prev[-1:] == ["comme"] or _next_word(text, m.end("x")) == "comme") and lang == "fr"
        if lang == "fr" and prev[-1:] == ["d'"] and _prev_words(text, m.start("x"), 2)[:1] in (
                ["heure"], ["heures"], ["horaire"], ["horaires"]):
            return None  # « l'heure d'été », « l'horaire d'hiver »: the clock change, not the season
        if (not prev or prev[-1] not in ok) and not paired:
            return None
        if prev[-1:] == ["au"] and (not m.group("s").islower()
                                    or _next_word(text, m.end("x")) in ("de", "d'", "du", "des")):
            return None  # "au Printemps", a shop's name; "au printemps de l'environnement", an event's
        if paired:
            return {"type": "DATE", "kind": "value", "value": f"XXXX-{s}"}  # « été comme hiver »: any summer
        if prev[-1] in ("en", "in", "au"):
            # "en été", "au printemps": any summer, not this year's, in a present clause (« connaissent un
            # boom en été », FR-TimeBank XXXX-SU); a future tells one, and so does an English past ("the plant
            # will close in spring", « fermera au printemps », "was finished in spring": temporal._season_value)
            return {"type": "DATE", "kind": "season", "season": s, "year": None, "direction": 2, "generic": True}
        if lang == "en" and s in ("SP", "FA") and prev[-1] not in ("in", "the", "this", "last",
                                                                  "next", "during") \
                and not (m.group("s").islower() and _season_phrase_ends(text, m.end("x"))
                         and not (prev[-1] == "by" and _changed_by(text, m.start("x")))):
            # ("until spring.", "before fall, when ...", "should reopen by spring.": a season where its phrase
            # ends; "since spring training" is a modifier, and after a change's "by" a fall is its amount:
            # "rose by fall."; a capital is a headline's noun or a name: "Stocks Climb Before Fall, Analysts Say")
            return None
    direction = _direction(dirw) if dirw else (0 if det and _fold(det) in (
        "cet", "ce", "cette", "this") else None)
    bare_prev = _prev_words(text, m.start("x"), 1)[-1:] if lang == "en" and not det and not _g(m, "mod") else []
    if direction is None and not y and bare_prev == ["since"]:
        direction = -1  # "closed since spring": the last one begun before the reference
    if lang == "fr" and direction is None and not y and ((det and _fold(det) in ("l'", "le"))
                                                         or _g(m, "mod")):
        direction = 2  # « l'usine rouvrira à l'été », « à la fin de l'automne »: as "in the summer" below
    if lang == "en" and direction is None and not y and (det and _fold(det) == "the" or _g(m, "mod") or (
            bare_prev in (["by"], ["before"], ["until"], ["through"]))):
        # "in the summer", "finished by summer", "was done before winter", "will report in early spring": the
        # one the clause's tense points to (see temporal._season_value; "the bridge was finished by summer",
        # told in March, the last one; "in early spring", told in October, next year's, as « à la fin de l'été »)
        direction = 2
    return {"type": "DATE", "kind": "season", "season": s, "year": int(y) if y else None,
                "direction": direction}


def _h_whole_unit(m: Any, text: str, lang: str) -> dict | None:
    """``toute l'année``, ``toute la journée``, "all day", "the whole week": a duration of one unit (not
    before a noun of ``en/day_compound_nouns``: "all day trips", "the whole day pass")."""
    if lang == "en" and _next_word(text, m.end("x")) in word_set("en", "day_compound_nouns"):
        return None
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(1, unit)}


_GENERIC_NOUN = re.compile(r"\s*([^\W\d_]+)")


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
    if lang == "en" and w == "today" and m.end("x") == m.end("rd") and re.match(r"['’]s\s", text[m.end("x"):m.end("x") + 3]) \
            and (generic := _GENERIC_NOUN.match(text, m.end("x") + 2)) is not None \
            and _fold(generic.group(1)) in word_set("en", "generic_present_nouns") \
            and text[generic.end():generic.end() + 1] not in ("'", "’") \
            and _next_word(text, generic.end()) not in (word_set("en", "figure_nouns")
                                                         | word_set("en", "scheduled_event_nouns")):
        # "in today's economy", "today's youth": the present of a period (TimeML's generic "today"); not
        # a noun of the day's figures or events after it, "today's economy report", "today's parents
        # meeting" (``en/figure_nouns``, ``en/scheduled_event_nouns``), nor the noun's own possessive,
        # whose head is the day's: "today's workers' strike", "today's women's final"
        return {"type": "DATE", "kind": "value", "value": "PRESENT_REF"}
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


def _h_overnight(m: Any, text: str, lang: str) -> dict | None:
    return {"type": "TIME", "kind": "relday", "offset": 0, "part": "NI"}


def _h_thispart(m: Any, text: str, lang: str) -> dict | None:
    part = _part_of(m.group("part"))
    if part == "NOON":
        return {"type": "TIME", "kind": "relday", "offset": 0, "hour": 12, "minute": 0}
    if part is None:
        return None
    return {"type": "TIME", "kind": "relday", "offset": 0, "part": part}


_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he\s+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_TITLE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{0,5})\.?\s+$")


def _weekday_in_name(text: str, start: int, end: int) -> bool:
    """Whether an English weekday at ``start:end`` is part of a name: after "the" and before a capital
    ("the Sunday Times"), after an abbreviated title ("Mr.
    Friday", ``xx/title_abbreviations``), the end of a name (``en/weekday_names``: "Black Monday",
    "Bloody Sunday"), or of a named day (``en/holidays``) that a name goes on ("the Good Friday
    Agreement", "a Black Friday Sale": the holiday rule leaves them as names)."""
    if _THE_BEFORE.search(text, max(0, start - 5), start) and (after := _CAPITAL_AFTER.match(text, end)) \
            and _fold(after.group(1)) not in number_map("en", "months"):
        # "the Sunday Times", "The Monday Night Football broadcast": "the" and the weekday begin a name
        # ("on the Monday after the vote" has no capital after it; "the Monday March 4 meeting" a month)
        return True
    title = _TITLE_BEFORE.search(text, max(0, start - 8), start)
    if title is not None and title.group(1) in word_set("xx", "title_abbreviations"):
        return True
    weekday = text[start:end]
    for name in word_set("en", "weekday_names"):
        if name.endswith(" " + weekday) and text.endswith(name[:-len(weekday)], max(0, start - len(name)), start):
            return True
    for name in word_map("en", "holidays"):
        if name.endswith(" " + weekday) and text.endswith(name[:-len(weekday)], max(0, start - len(name)), start):
            return True
    return False


# "the second " before a weekday (``en/month_weekday_ordinals``); "of each month", "in the following month" after
# it (``en/unnamed_month_words``): an ordinal weekday of no named month.
@cache
def _ordinal_before() -> re.Pattern[str]:
    ordinals = _alt(word_set("en", "month_weekday_ordinals"))
    return re.compile(rf"(?<![\w\-])the\s+(?:({ordinals})\s+)?\Z", re.I)


@cache
def _of_a_month() -> re.Pattern[str]:
    kinds = word_map("en", "unnamed_month_words")
    dets = _alt(w for w, k in kinds.items() if k == "det")
    mods = _alt(w for w, k in kinds.items() if k == "mod")
    return re.compile(rf"\s+(?:of|in)\s+{dets}\s+(?:{mods}\s+)?month\b", re.I)


def _h_weekday(m: Any, text: str, lang: str) -> dict | None:
    table = number_map("fr", "weekdays") if lang == "fr" else number_map("en", "weekdays")
    wdw = _fold(m.group("wd"))
    wd = table.get(wdw) or table.get(wdw.rstrip("s"))
    if wd is None:
        return None
    det = _fold(_g(m, "det") or "")
    if lang == "fr" and not det and m.group("wd")[:1].isupper() and m.group("wd")[1:2].islower() \
            and _prev_words(text, m.start("x"), 1)[-1:] in (["du"], ["de"]):
        return None  # « le Journal du Dimanche », « le lycée du Vendredi »: a name
    if lang == "en" and not det and _weekday_in_name(text, m.start("wd"), m.end("wd")):
        return None
    if lang == "en" and det in ("", "last") and (ordinal := _ordinal_before().search(text, max(0, m.start("x") - 20),
                                                                                 m.start("x"))) is not None \
            and (det or ordinal.group(1)) and _of_a_month().match(text, m.end("x")):
        # (an ordinal or "last" is needed: "on the Friday of the following month" is one day)
        # "the second Tuesday of each month", "the last Friday of the month": an ordinal weekday of no
        # named month, not the weekday nearest the reference (nor the last one before it)
        return None
    if lang == "fr" and not det and _opening_days(text, m.start("x"), m.end("x")):
        return {"type": "SET", "kind": "value", "value": f"XXXX-WXX-{wd}"}
    # "jeudis", "Mondays": the French rule keeps the plural "s" out of the weekday group
    plural = (wdw.endswith("s") and wdw not in table) or text[m.end("wd"):m.end("wd") + 1] in ("s", "S") \
        or bool(_g(m, "parts"))  # "Saturday mornings": every Saturday morning
    part = _part_of(_g(m, "part"))
    if plural and det in ("the previous", "the prior"):
        return None  # "the previous Mondays": no one day, nor every Monday
    if det in ("le", "les", "chaque", "tous les", "every", "each") or plural:
        if det in ("le", "les") and not plural and _next_word(text, m.end("x")).isdigit():
            return None  # « le samedi 5 », « les samedi 12 et dimanche 13 juin »: days of the month
        value = f"XXXX-WXX-{wd}"
        if part and part != "NOON":
            value += f"T{part}"
        return {"type": "SET", "kind": "value", "value": value}
    direction = _direction(_g(m, "dir"))
    if direction is None and det in ("last", "next", "this coming", "this past"):
        direction = _direction(det.split()[-1])  # "this coming Monday", "this past Monday": as "next", "last"
    if det in ("the following", "the next") and not plural:
        # "rose on March 1 and fell the following Monday": the first such weekday after the day the
        # text last gave (after the reference when it gave none)
        found = _h_weekday(_Merged(m, det="next"), text, lang)
        return {**found, "anchored": True} if found is not None else None
    if det in ("the previous", "the prior") and not plural:
        # "closed since the previous Tuesday": the last such weekday before the day the text last gave
        found = _h_weekday(_Merged(m, det="last"), text, lang)
        return {**found, "anchored": True} if found is not None else None
    if det == "that" and not _g(m, "ovn"):
        found = _h_weekday(_Merged(m, det=None), text, lang)
        if found is None or found.get("type") == "SET":
            return found
        if _reporting_form(_prev_words(text, m.start("x"), 1)[-1:]):
            # "he said that Friday was the deadline", "warned that Monday's vote could fail": a conjunction
            # before the weekday, out of its extent
            rest = m.start("det") + len("that")
            while text[rest].isspace():
                rest += 1
            return {**found, "x_start": rest}
        # "The trial opened on Monday, Jan. 7. The jury reached a verdict that Friday": the weekday of the
        # week of the day the text last gave (TimeML anchors the distal demonstrative on the narrative's
        # time, as "that day"); read as a bare weekday when the text gave no day (temporal.TimexReader)
        return {**found, "direction": 0, "anchored": True}
    hm = _hour_minute(m)
    if _g(m, "ovn"):
        after = _next_word(text, m.end("x"))
        if det or hm is not None or part \
                or not word_set("en", "overnight_premodifier_openers").isdisjoint(_prev_words(text, m.start("x"), 1)) \
                or re.match(r"['’]s\b", text[m.end("x"):]) is not None \
                or (after[:1].isalnum() and after not in word_set("en", "overnight_followers")):
            # ("an overnight Tuesday flight", "offers overnight Saturday stays", "overnight Tuesday night": the
            # weekday as without "overnight"; as for "overnight" alone, only before a mark or a word of
            # en/overnight_followers.tsv)
            found = _h_weekday(_Merged(m, ovn=None), text, lang)
            rest = m.end("ovn")
            while text[rest].isspace():
                rest += 1
            return {**found, "x_start": rest} if found else None
        # "fought the blaze overnight Tuesday": the night of that Tuesday (TimeML's TNI)
        return {"type": "TIME", "kind": "weekday", "weekday": wd, "direction": direction, "part": "NI"}
    if hm is not None:
        return {"type": "TIME", "kind": "weekday", "weekday": wd, "direction": direction,
                    "hour": hm[0], "minute": hm[1]}
    if part == "NOON":
        return {"type": "TIME", "kind": "weekday", "weekday": wd, "direction": direction, "hour": 12,
                    "minute": 0}
    if part:
        return {"type": "TIME", "kind": "weekday", "weekday": wd, "direction": direction, "part": part}
    if det == "this" and direction is None:
        # "this Monday": the one of the reference's week, not the Monday the text gave before
        return {"type": "DATE", "kind": "weekday", "weekday": wd, "direction": direction, "deictic": True}
    return {"type": "DATE", "kind": "weekday", "weekday": wd, "direction": direction}


def _h_weeks_off_weekday(m: Any, text: str, lang: str) -> dict | None:
    """"a week ago Sunday": the Sunday a week before the last one; "two weeks from Tuesday": the
    Tuesday two weeks after the coming one."""
    wd = number_map("en", "weekdays").get(_fold(m.group("wd")))
    n = _parse_number(m.group("n"), lang)
    if wd is None or n is None:
        return None
    back = _fold(m.group("dir")) == "ago"
    if not back and not word_set("en", "span_from_openers").isdisjoint(_prev_words(text, m.start("x"), 1)):
        return None  # "will last two weeks from Monday", "for three weeks from Tuesday": a length from that day
    return {"type": "DATE", "kind": "weekday", "weekday": wd, "direction": -1 if back else 1,
            "offset": int(n) * (-7 if back else 7)}


# « du mardi au dimanche de 10 h à 18 h », « ouvert du lundi au vendredi »: opening days, each
# weekday a SET (every Tuesday … every Sunday), not one week's dates
_HOURS_AFTER = re.compile(r",?\s+(?:de|dès|entre)\s+\d{1,2}\s*(?:h|heures)", re.IGNORECASE)


@cache
def _opening_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of :func:`_opening_days`, the weekdays read from ``lexicons/fr/weekdays.tsv``."""
    wd = rf"(?:{_alt(number_map('fr', 'weekdays'))})"
    return (re.compile(r"\bdu\s+$", re.IGNORECASE), re.compile(rf"\s+au\s+{wd}\b", re.IGNORECASE),
            re.compile(rf"\bdu\s+{wd}\s+au\s+$", re.IGNORECASE),
            re.compile(rf"(?:ouverte?s?|fermée?s?|accessibles?)\s+du\s+(?:{wd}\s+au\s+)?$", re.IGNORECASE))


def _opening_days(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start:end`` bounds a « du … au … » range of opening days: after
    « ouvert » or « fermé », or followed by the hours (« de 10 h à 18 h »)."""
    first_before, first_after, second_before, opening = _opening_patterns()
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if first_before.search(before) and (rng := first_after.match(after)):
        tail = after[rng.end():]
    elif second_before.search(before):
        tail = after
    else:
        return False
    return bool(opening.search(before) or _HOURS_AFTER.match(tail))


def _h_time_weekday(m: Any, text: str, lang: str) -> dict | None:
    """"10 p.m. Tuesday", "9 a.m. EST Friday", "midnight Friday": a clock time of a weekday, its zone kept."""
    part = _fold(_g(m, "part") or "")
    if part:
        hour_minute: tuple[int, int] | None = (24, 0) if part == "midnight" else (12, 0)
    else:
        hour_minute = _hour_minute(m)
    found = _h_weekday(_NoPart(m), text, lang)
    if hour_minute is None or found is None or found.get("kind") != "weekday":
        return None
    zone = re.sub(r"\s+", "", _fold(_g(m, "tz") or ""))
    sec = _g(m, "sec")
    return {**found, "type": "TIME", "hour": hour_minute[0], "minute": hour_minute[1], "second": int(sec) if sec else None,
            "zone": "Z" if zone in ("utc", "gmt", "z", "utc+0", "gmt+0") else None}


def _h_stamp(m: Any, text: str, lang: str) -> dict | None:
    """A time stamp, a written date with its year and its clock time ("March 18, 2013 4:30 p.m. EDT",
    "10:41 AM ET, Fri March 22, 2013"): the day's TIME, its zone kept. The clock time needs its
    minutes or its a.m. or p.m. (not "March 18, 2013 4 people")."""
    if not (_g(m, "mi") or _g(m, "ampm")):
        return None
    hour_minute = _hour_minute(m)
    found = _h_date(_Merged(m, mon=_g(m, "mon") or _g(m, "mon2"), day=_g(m, "day") or _g(m, "day2"), mod=None,
                            dir=None), text, lang)
    if hour_minute is None or found is None or found.get("day") is None:
        return None
    zone = re.sub(r"\s+", "", _fold(_g(m, "tz") or ""))
    sec = _g(m, "sec")
    return {**found, "type": "TIME", "hour": hour_minute[0], "minute": hour_minute[1], "second": int(sec) if sec else None,
            "zone": "Z" if zone in ("utc", "gmt", "z", "utc+0", "gmt+0") else None}


class _NoPart:
    """A match whose ``part`` group reads as absent (the clock word is no part of the weekday)."""

    def __init__(self, m: Any) -> None:
        self._m = m

    def group(self, name: Any = 0) -> Any:
        return None if name == "part" else self._m.group(name)

    def end(self, name: Any = 0) -> int:
        return int(self._m.end(name))

    def start(self, name: Any = 0) -> int:
        return int(self._m.start(name))


def _h_night_of(m: Any, text: str, lang: str) -> dict | None:
    table = number_map("fr", "weekdays") if lang == "fr" else number_map("en", "weekdays")
    wd = table.get(_fold(m.group("wd")))
    if _fold(_g(m, "part") or "") == "journée":
        return {"type": "DATE", "kind": "weekday", "weekday": wd}  # « la journée de samedi »: the day
    return {"type": "TIME", "kind": "weekday", "weekday": wd, "part": _part_of(_g(m, "part")) or "NI"}


def _unit_of(word: str, lang: str) -> str | None:
    w = _fold(word)
    table = word_map("fr", "time_units") if lang == "fr" else word_map("en", "time_units")
    return table.get(w)


def _is_distal(m: Any, det: str) -> bool:
    """A demonstrative pointing back at a time the text gave ("that year", « ce mois-là »), not at
    the present ("this year", « ce mois-ci »)."""
    return det == "that" or (not _g(m, "dir") and _fold(m.group("x")).endswith(("-là", "-la")))


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|--|$)")


# what makes "the year" after "during", "over" part of another phrase: a compound ("the year-end
# bonuses"), a complement ("the month of Ramadan") or a span counted from something ("the week before the storm",
# "the year since it landed")
_UNIT_QUALIFIED = re.compile(r"-|\s+(?:of|before|after|ahead|leading|when|that|which|in\s+which|to|through|ended|ending|since|until|till)\b", re.I)


def _in_the_unit(text: str, m: Any) -> bool:
    """Whether the words before "the year" (or month, week) make it the unit the text is in
    (``lexicons/en/current_unit_cues.tsv``: "earlier in the year"; "for the week" only closing its
    clause, not "for the week of talks", and never "for the year", often the year just reported; "during
    the month", "over the year" only as a whole unit, not "during the month of Ramadan"; "during the week"
    is most often the working days)."""
    prev = _prev_words(text, m.start("x"), 2)
    cues = word_map("en", "current_unit_cues")
    for k in (2, 1):
        cue = cues.get(" ".join(prev[-k:])) if len(prev) >= k else None
        if cue is not None:
            return cue == "any" or (cue == "week" and _fold(m.group("u")) == "week"
                                    and bool(_CLAUSE_END_AFTER.match(text, m.end("x")))) \
                or (cue in ("whole", "whole-not-week") and not _UNIT_QUALIFIED.match(text, m.end("x"))
                    and not (cue == "whole-not-week" and _fold(m.group("u")) == "week"))
    return False


# "of" and a noun phrase after "the first quarter", "the last quarter": its first word past determiners
_QUARTER_OF = re.compile(r"\s+of\s+(?:(?:the|a|an|this|that|its|their|his|her|our|next|last|current|previous|same|"
                         r"following|coming)\s+)*([\w\-]+)", re.I)


def _quarter_of_a_thing(text: str, pos: int) -> bool:
    """Whether "of" after a quarter at ``pos`` names what it is a quarter of, not a year ("in the last
    quarter of the game", "the first quarter of the match", "the last quarter of the century"; not
    "the fourth quarter of the fiscal year", "of fiscal 2012"): the first word of that noun phrase is
    no word of ``lexicons/en/quarter_year_words.tsv`` nor a year."""
    m = _QUARTER_OF.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return _fold(word) not in word_set("en", "quarter_year_words") and not re.fullmatch(r"\d{4}|\d\d", word)


# what places "the same month" in another year: "the same month last year", "the same week a year ago",
# "the same year of the previous decade"
_SAME_UNIT_SHIFTED = re.compile(r"\s+(?:(?:a|an|one|two|three|\d+)\s+[^\W\d_]+\s+(?:ago|earlier|before)\b|"
                                r"(?:last|next|previous)\s|a\s+year\b|of\s+(?:the\s+)?(?:last|previous|prior)\s)", re.I)


# "The year is 2030", "The month was May": the verb's complement names the unit, which is then no reference's
#: After "the year", "the month": the verb of the date that closes it ("the year ended Dec. 31", "that ended").
_PERIOD_ENDED_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ending|ends)\s", re.I)
_UNIT_NAMED_AFTER = re.compile(r"\s+\w+\s+(?:(?:19|20)\d\d|(?-i:[A-Z])\w+)(?![\w'’])")


def _h_day_of_relmonth(m: Any, text: str, lang: str) -> dict | None:
    """"the 15th of next month", "the 1st of this month": the day of the month that "next", "last" or
    "this" gives (as ``_h_relunit`` reads the month), the day kept on the unit."""
    found = _h_relunit(m, text, lang)
    if found is None or found.get("kind") != "relunit" or found.get("unit") != "M":
        return None
    return {**found, "day": int(_g(m, "day") or 1)}  # ("the first of", « le 1er du »: no digits of a day)


def _h_relunit(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    det = _fold(_g(m, "det") or "")
    dirw = _g(m, "dir")
    mod = _g(m, "mod") or _g(m, "moddu")
    if _g(m, "same"):
        # "that same year", "the same month", "that very week": the unit of the date the text last gave,
        # as "that year"; not a quarter or a decade ("the same quarter" is most often a year before), nor
        # a unit that a shift after it places elsewhere ("the same month last year", "a year earlier")
        if unit not in ("W", "M", "Y", "WE") or _SAME_UNIT_SHIFTED.match(text, m.end("x")):
            return None
        det = "that"
    if det == "that" and re.match(rf"-|\s+(?:after|by|over)\s+{re.escape(m.group('u'))}\b", text[m.end("x"):], re.I):
        return None  # "that" a conjunction: "said that year-end sales", "that year after year"
    if dirw:
        off = _direction(dirw)
    elif det in ("ce", "cet", "cette", "this", "the current", "current", "that"):
        off = 0
    elif det in ("last", "the last", "the previous", "previous", "the past", "past", "this past", "the prior"):
        if unit == "Q" and lang == "en" and _quarter_of_a_thing(text, m.end("x")):
            return None  # "in the last quarter of the game": no quarter of the year
        if det == "the last" and lang == "en" and unit in ("Y", "M", "W") and re.match(r"\s+of\s", text[m.end("x"):], re.I):
            # "in the last year of his term", "the last month of 2012": the final one of a span, not the
            # one before the reference
            return None
        off = -1
    elif det in ("the latest", "the most recent"):
        if unit != "Q":
            return None  # "the latest week of fighting": no calendar unit
        off = -1  # "the latest quarter": the last one over before the reference
    elif det in ("the coming", "coming", "this coming") and unit == "WE":
        off = 0  # "this coming weekend", "the coming weekend": the weekend ahead, this week's
    elif det in ("next", "the next", "the coming", "coming", "the following", "this coming"):
        off = 1
    elif mod:
        off = 0
    elif det == "the" and unit == "Q" and lang == "en" and m.group("u").islower() \
            and not re.match(r"\s*(?:-|of\b|final)", text[m.end("x"):], re.I):
        # "in the quarter", "the quarter's results": the quarter the text gave ("the quarter of the votes",
        # "the Latin Quarter", "the quarter-final": other senses); read only after one
        return {"type": "DATE", "kind": "relunit", "unit": "Q", "offset": 0, "anchored": True, "bare": True}
    elif det == "the" and unit == "W" and lang == "en" and m.group("u").islower() \
            and re.match(r"\s+(?:ended|ending|of)\s", text[m.end("x"):]):
        # "the week ended March 16", "the week of March 25": the week of that date (kg.extract.temporal reads
        # the date after it; "the week of talks" has none and is dropped)
        return {"type": "DATE", "kind": "relunit", "unit": "W", "offset": 0, "anchored": True, "bare": True}
    elif det == "the" and unit in ("Y", "M") and lang == "en" and m.group("u").islower() \
            and _PERIOD_ENDED_AFTER.match(text, m.end("x")):
        # "the year ended Dec. 31", "the month ending Feb. 28": the year or month that date closes
        # (kg.extract.temporal reads the date after it; without one, "the year ended with a rally", it is dropped)
        return {"type": "DATE", "kind": "relunit", "unit": unit, "offset": 0, "anchored": True, "bare": True}
    elif det == "the" and lang == "en" and unit in ("Y", "M", "W") and m.group("u").islower() and _in_the_unit(text, m):
        # "earlier in the year", "the Dow fell 2% for the week.": the unit of the date the text last gave
        # (the reference's when it gave none fine enough)
        return {"type": "DATE", "kind": "relunit", "unit": unit, "offset": 0, "anchored": True}
    elif det == "the" and lang == "en" and unit in ("Y", "M", "W") and m.group("u").islower() \
            and _next_word(text, m.end("x")) in word_map("en", "unit_subject_verbs") \
            and _UNIT_NAMED_AFTER.match(text, m.end("x")) is None \
            and (not (prev := _prev_words(text, m.start("x"), 1)) or prev[-1] in (".", "!", "?", '"', "“")):
        # "The year has been hard", "The month began with a strike": the unit as the subject of its
        # sentence, the reference's in a present clause, the one of the date the text last gave in a past one
        # ("has", "is": a present verb, the reference's whatever the clause's tense reads)
        return {"type": "DATE", "kind": "relunit", "unit": unit, "offset": 0,
                "anchored_past": word_map("en", "unit_subject_verbs")[_next_word(text, m.end("x"))] == "past"}
    elif det in ("the", "le") and unit == "WE" and (
            _prev_words(text, m.start("x"), 1)[-1:] in ([w] for w in word_set(lang, "weekend_prepositions"))
            or (lang == "en" and m.group("u").islower() and bool(_POSSESSIVE_AFTER.match(text, m.end("x"))))
            or (lang == "en" and m.group("u").islower()
                and _prev_words(text, m.start("x"), 1)[-1:] in ([w] for w in word_set("en", "weekend_verbs")))):
        # "over the weekend", "the weekend's storms", "spent the weekend campaigning": the weekend nearest
        # the reference (resolved with the tense)
        return {"type": "DATE", "kind": "relunit", "unit": "WE", "offset": 0, "direction": 2}
    else:
        return None
    if off is None:
        return None
    if unit in ("H", "MIN", "S"):
        return None
    # "the following year", "l'année précédente": the unit next to the date the text last gave
    # "that year", "cette année-là": the unit of that date itself (TimeML anchors the demonstrative too)
    anchored = det in ("the following", "the previous", "the prior") or _fold(dirw or "").startswith(
        ("suivant", "précédent", "precedent")) or _is_distal(m, det)
    # "the next year" in a past clause: the year after the date the text last gave; "by the end of the
    # week" in a past clause: the end of the week of that date ("by the end of this week" stays this one)
    return {"type": "DATE", "kind": "relunit", "unit": unit, "offset": off, "anchored": anchored,
            "anchored_past": det == "the next" or (lang == "en" and det == "the" and bool(mod))}


def _h_offset(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if _g(m, "vague"):
        # "il y a quelques jours": some time before the reference
        return {"type": "DATE", "kind": "value", "value": "PAST_REF"} if unit is not None else None
    n: float | None
    if _g(m, "frac"):
        # "half a century ago", "a quarter of a century ago", "half an hour ago": counted in the next
        # smaller unit (50 and 25 years, 30 minutes)
        quarter = _fold(m.group("frac")).startswith("a")
        part = {"CE": ("Y", 25 if quarter else 50), "DE": ("Y", None if quarter else 5),
                "Y": ("M", 3 if quarter else 6), "H": ("MIN", 15 if quarter else 30)}.get(unit or "")
        if part is None or part[1] is None or _g(m, "half"):
            return None
        unit, n = part[0], float(part[1])
    else:
        n = _parse_number(m.group("n"), lang) if _g(m, "n") else 1.0
    if unit is None or n is None or n != int(n) or n > 10000:
        return None
    if lang == "fr" and _fold(m.group("x")).startswith(("dans", "voil", "voici")) \
            and re.match(rf"\s+d(?:e\s|{_AP}(?!\s*ici\b))", text[m.end("x"):]):
        # « dans un jour de grande maîtrise », « dans deux jours de délibération », « voici trois jours de
        # fête »: a measure
        return None
    if lang == "fr" and _fold(m.group("x")).startswith(("voil", "voici")) \
            and not re.match(rf"\s*(?:[,.;:!?)»…]|$|qu(?:e\s|{_AP}))", text[m.end("x"):], re.IGNORECASE):
        # « voilà deux ans » is « il y a deux ans » only where the clause ends or « que » follows; « les
        # voilà deux ans plus tard », « voici deux jours décisifs » present something
        return None
    if lang == "fr" and _g(m, "ago") is not None and re.match(rf"\s+qu(?:e\s|{_AP})", text[m.end("x"):], re.IGNORECASE) \
            and _prev_words(text, m.start("x"), 1)[-1:] not in (["est"], ["était"], ["fut"], ["sera"]):
        # « il y a dix ans que le village attend », « voilà trois mois qu'il attend »: how long it has
        # lasted, the length alone (as « cela fait dix ans que »), not a date ten years back (the
        # cleft « c'est il y a dix ans que tout a commencé » keeps its date)
        return None
    if _g(m, "half"):
        # « il y a un an et demi », "a year and a half ago": counted in the next smaller unit (18 months,
        # 45 days, 10 days)
        smaller = {"Y": ("M", 12, 6), "M": ("D", 30, 15), "W": ("D", 7, 3)}.get(unit)
        if smaller is None:
            return None
        unit, n = smaller[0], n * smaller[1] + smaller[2]
    if unit == "FN":  # "a fortnight ago": two weeks
        unit, n = "W", n * 2
    sign = -1 if _g(m, "ago") is not None else 1
    # "a year earlier", "two days later" count from the date the text last gave; "ago", "il y a" from now; but
    # the premodifier "year-ago" is "year-earlier" ("from the year-ago quarter": the one before the quarter told)
    anchored = _fold(m.group("x")).endswith(("earlier", "later", "before", "after", "-ago"))
    return {"type": "DATE", "kind": "relunit", "unit": unit, "offset": sign * int(n), "direction": 2,
            "anchored": anchored}


def _h_ici(m: Any, text: str, lang: str) -> dict | None:
    """« d'ici le 30 juin »: « ici » is the reference day; « d'ici à dix ans », « d'ici quelques semaines »:
    before a length it is the present (FR-TimeBank: PRESENT_REF)."""
    units = _alt(word_map(lang, "time_units"))
    if re.match(rf"\s+(?:à\s+|a\s+)?(?:{_num_pattern(lang)}|quelques|plusieurs)\s+(?:{units})(?!\w)", text[m.end("x"):],
                re.IGNORECASE):
        return {"type": _REF_TYPE[lang], "kind": "value", "value": "PRESENT_REF"}
    return {"type": "DATE", "kind": "relday", "offset": 0}


def _h_in_length(m: Any, text: str, lang: str) -> dict | None:
    """« dans deux semaines », « d'ici dix ans »: the length after the preposition (a DURATION, as TimeML
    reads "in two weeks"); « dans un jour de grande maîtrise », « dans deux jours de délibération »:
    the unit measures the noun after it, left to the other rules."""
    if _fold(m.group(0)).startswith("dans") and re.match(rf"\s+d(?:e\s|{_AP}(?!\s*ici\b))", text[m.end("x"):]):
        return None
    return _h_duration(m, text, lang)


def _h_unit_before(m: Any, text: str, lang: str) -> dict | None:
    """``the year before``, ``the week after``: the unit before or after the date the text last gave."""
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    return {"type": "DATE", "kind": "relunit", "unit": unit, "anchored": True,
            "offset": -1 if m.group("dir").lower() == "before" else 1}


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
            and unit in ("D", "S") and not _g(m, "mod") and not _hyphened(m) \
            and not (lang == "en" and unit == "D" and _next_word(text, m.end("x")) in word_set("en", "offset_signals")) \
            and not (lang == "en" and unit == "D" and _en_length_governed(m, text)) \
            and not (lang == "fr" and unit == "D" and _prev_words(text, m.start("x"), 1)[-1:] in _LENGTH_PREPOSITIONS):
        # "un jour" = some day, "une seconde fois"; not "a day after the vote", « après un jour de repos »
        return None
    if lang == "fr" and unit == "Y" and n is not None and _is_age(text, m):
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(n, unit)}


_AGE_NOUNS_AFTER = frozenset(list(",.;:)") + [""] + ["et", "qui", "a", "est", "était",
                                                       "originaire", "domicilié", "domiciliée",
                                                       "habitant", "demeurant", "atteint",
                                                       "atteinte", "décédé"])


# French prepositions after which « un jour » is a length (« en un jour », « après un jour de repos »)
_LENGTH_PREPOSITIONS = (["en"], ["après"], ["pendant"], ["durant"], ["depuis"], ["pour"])


def _hyphened(m: Any) -> bool:
    """A number joined to its unit by a hyphen ("a one-day strike", "the biggest one-day drop"): an
    adjective of length, never "one day" = some day."""
    return "-" in m.group("x")


def _age_before(prev: list[str], mod: str) -> bool:
    """Whether the words before a number of years make it an age (``lexicons/fr/age_cues.tsv``): a
    form of « avoir » (an adverb may come between), a possessive, « à » after a verb of dying or
    marrying or at the start of a clause, or « les », « aux », « des » before « moins de » / « plus de »."""
    cues = word_map("fr", "age_cues")
    p = prev[-1]
    if mod:
        return p in ("les", "aux", "des") and mod.startswith(("moins", "plus"))
    if cues.get(p) == "avoir" and prev[-2:-1] == ["y"]:
        return False  # « il y a dix ans que … »: the impersonal « il y a », no one's age
    if cues.get(p) in ("avoir", "possessive"):
        return True
    if cues.get(p) == "adverb" and len(prev) > 1 and cues.get(prev[-2]) == "avoir":
        return True
    return p == "à" and (len(prev) < 2 or prev[-2] in (".", ",", ";", ":") or cues.get(prev[-2]) == "before_a")


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
    if nxt not in ("de", "d", "d'") and _age_before(prev, _fold(_g(m, "mod") or "")):
        return True  # « il avait alors 20 ans », « elle fête ses 90 ans », « mort à 80 ans », « les moins de 18 ans »
    if prev[-1] in ("de", "d'") and digits and len(prev) > 1:
        before = prev[-2]
        return not (before in word_set("xx", "duration_nouns") or before.isdigit() or not before.isalpha())
    # "enfants de 2 à 8 ans"
    if prev[-1] == "à" and len(prev) > 2 and prev[-3] == "de" and prev[-2].isdigit():
        return True
    # "trois personnes de 18, 24 et 26 ans": the last age of a list
    if prev[-1] in (",", "et", "ou") and digits:
        words = _prev_words(text, s, 12)
        i = len(words) - 1
        while i >= 0 and (words[i] in (",", "et", "ou") or words[i].isdigit()):
            i -= 1
        skipped = words[i + 1:]
        if i >= 1 and words[i] in ("de", "d'") and any(w.isdigit() for w in skipped) and words[i - 1].isalpha():
            return words[i - 1] not in word_set("xx", "duration_nouns")
    return False


def _h_demi(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(0.5, unit).replace(
        "PT0.5H", "PT30M").replace("PT0.5M", "PT30S")}


def _h_fraction_of(m: Any, text: str, lang: str) -> dict | None:
    """"a quarter of an hour", "three quarters of a century": the fraction of the unit, in the
    smaller unit when it is not whole (PT15M, P75Y, P9M); the fractions are
    ``lexicons/<lang>/fraction_units.tsv``."""
    unit = _unit_of(m.group("u"), lang)
    frac = word_map(lang, "fraction_units").get(_fold(m.group("f")).removesuffix("s"))
    n = 1.0 if _fold(m.group("n")) in ("a", "an", "one") else _parse_number(m.group("n"), lang)
    if unit is None or frac is None or n is None:
        return None
    amount = n * float(frac)
    if amount != int(amount):
        unit, amount = {"H": ("MIN", amount * 60), "D": ("H", amount * 24), "Y": ("M", amount * 12),
                        "DE": ("Y", amount * 10), "CE": ("Y", amount * 100)}.get(
            unit, (unit, amount))
    if amount != int(amount):
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(amount, unit)}


def _h_next_unit(m: Any, text: str, lang: str) -> dict | None:
    """"over the next year", "within the coming decade": one unit from the reference on, a length
    after a word of ``lexicons/en/length_prepositions.tsv``; elsewhere a date (None here)."""
    prev = _prev_words(text, m.start("x"), 1)
    if not prev or prev[-1] not in word_set(lang, "length_prepositions"):
        return None
    return _h_duration(_Merged(m, n="1"), text, lang)


def _h_vague_dur(m: Any, text: str, lang: str) -> dict | None:
    # (also "in recent years", "recent weeks", « ces derniers jours »: a length, PXY / PXW / PXD, as
    # TimeML's corpora annotate them (FR-TimeBank, MEANTIME "over the years"), not a past reference)
    unit = _unit_of(_g(m, "u") or _g(m, "u2") or "", lang)
    if unit is None:
        return None
    return {"type": "DURATION", "kind": "value", "value": _duration_value(None, unit)}


def _h_bare_signal(m: Any, text: str, lang: str) -> dict | None:
    """"hours before the vote", "resigned days after the vote": a bare plural unit before a signal,
    at the head of its clause or right after a verb in the past (a word in -ed); not "the hours
    after the attack", "office hours before noon", whose unit has a determiner or a modifier."""
    prev = _prev_words(text, m.start("x"), 1)
    if prev and prev[-1][:1].isalnum() and not (prev[-1].endswith("ed") and len(prev[-1]) > 3) \
            and prev[-1] not in word_set("en", "bare_signal_openers"):
        return None  # ("just days before the vote", "came hours after": ``en/bare_signal_openers``)
    return _h_vague_dur(m, text, lang)


def _h_units_of(m: Any, text: str, lang: str) -> dict | None:
    """"amid weeks of protests", "ended decades of conflict", "Years of drought left ...": a bare plural
    unit before "of" and a noun is a length when a word of ``en/units_of_openers`` (a preposition, a
    verb taking a span as object) or ``en/length_verbs``, a preterite or participle in -ed or the start of a clause comes
    right before it; not after a determiner, a possessive or an adjective ("the early years of
    independence", "his years of service")."""
    prev = _prev_words(text, m.start("x"), 2)
    if prev and prev[-1][:1].isalnum() and not (prev[-1].endswith("ed") and len(prev[-1]) > 3
                                                and not (len(prev) > 1 and _noun_phrase_opener(prev[-2]))) \
            and prev[-1] not in word_set("en", "units_of_openers") and prev[-1] not in word_set("en", "length_verbs"):
        # (after a verb of ``en/length_verbs``: "it took years of work"; no "minutes", of a meeting; not
        # after an adjective in -ed that a determiner or a number opens: "the required hours of training",
        # "three planned days of action", "the so-called days of rage")
        return None
    after = re.match(r"\s+of\s+(?:(?:the|a|an|each|every)\s+)?([^\W\d_]+)", text[m.end("x"):m.end("x") + 40])
    if after is not None and _fold(after.group(1)) in word_map("en", "time_units"):
        return None  # "Days of the week are named after gods", "the months of the year": parts of a calendar unit
    return _h_vague_dur(m, text, lang)


def _noun_phrase_opener(word: str) -> bool:
    """Whether ``word`` opens a noun phrase: a determiner (``en/coref_determiners``), a possessive
    (``en/possessive_determiners``) or a number."""
    return word[:1].isdigit() or word in word_map("en", "coref_determiners") \
        or word in word_set("en", "possessive_determiners") or word in number_map("en", "number_words")


def _after_superlative(text: str, pos: int) -> bool:
    """Whether a superlative comes at most four words before ``pos`` in its clause, after "the" or a
    possessive: one of ``en/superlative_words`` ("the worst flooding in", "the first strike in"; not
    "Most farmers in years with little rain", "at least in years"), or a word in -est ("its heaviest rain
    in", "the state's deadliest fire in", "the second-highest rate in"; not "the interest in", one word
    only, nor a noun of ``en/est_non_superlatives``: "the protest leaders in days before the vote")."""
    words = _prev_words(text, pos, 6)
    dets = word_set("en", "possessive_determiners") | {"the", "s"}
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[i].rsplit("-", 1)[-1]
        if not w[:1].isalnum():
            return False  # a comma or a stop: another clause
        if i == 0 or words[i - 1] not in dets:
            continue
        if w in word_set("en", "superlative_words"):
            return True
        if w.endswith("est") and len(w) > 5 and i < len(words) - 1 \
                and w not in word_set("en", "est_non_superlatives"):
            return True
    return False


def _h_bare_vague(m: Any, text: str, lang: str) -> dict | None:
    """A bare plural unit ("days", "years") after a word that governs a length: "within days",
    "take years"; after "in" or "after" only when the phrase ends there or an "of" follows ("the
    first time in decades.", "after months of talks"), not "in years past"."""
    gov = _fold(m.group("gov"))
    if gov == "in" and m.group("end") is None and (
            m.group("of") is not None or not _after_superlative(text, m.start("gov"))
            or text[m.end("x"):m.end("x") + 1] == "-"  # "the worst in decades-old records": a modifier
            or _next_word(text, m.end("x")) in word_set("en", "bygone_followers")):
        return None
    if gov == "after" and m.group("end") is None and m.group("of") is None:
        return None
    if gov not in ("in", "after", "within") and m.group("of") is not None:
        return None  # "took minutes of the meeting"
    return _h_vague_dur(m, text, lang)


def _h_the_duration(m: Any, text: str, lang: str) -> dict | None:
    """"the nine months", "the two years since": only a plural unit heads its phrase (not "the
    eleven year partnership"), and a noun after it makes the count a premodifier ("the 30 days
    notice")."""
    if not _fold(m.group("u")).endswith("s") or _fold(m.group("n")) in ("a", "an", "one"):
        return None
    nxt = _next_word(text, m.end("x"))
    if nxt.isalpha() and nxt not in word_set("en", "duration_followers"):
        return None
    return _h_duration_en(m, text, lang)


def _h_long(m: Any, text: str, lang: str) -> dict | None:
    """``decades-long`` (an unspecified number of decades), ``year-long`` (one year); not the
    ``year-long`` of ``two-year-long``, whose number belongs to the unit."""
    if text[max(0, m.start("x") - 1):m.start("x")] == "-":
        return None
    word = _fold(m.group("u"))
    unit = _unit_of(word, lang)
    if unit is None:
        return None
    # a plural: a form in -s of a unit that has a form without it ("decades", "centuries")
    table = word_map("fr" if lang == "fr" else "en", "time_units")
    plural = word.endswith("s") and any(u == unit and not k.endswith("s") for k, u in table.items())
    return {"type": "DURATION", "kind": "value", "value": _duration_value(None if plural else 1, unit)}


def _h_set(m: Any, text: str, lang: str) -> dict | None:
    u = _g(m, "u")
    n: float | None = 1.0
    if _g(m, "n"):
        # "every other week": one week in two (TimeML P2W)
        n = 2.0 if _fold(m.group("n")) == "other" else _parse_number(m.group("n"), lang) or 1.0
    if _g(m, "vague"):
        n = None  # "every few years": an unspecified number of units (PXY)
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
        return {"type": "SET", "kind": "value", "value": f"XXXX-{s}"} if n == 1.0 else None
    month = number_map(lang, "months").get(w) if lang == "en" and u[:1].isupper() else None
    if month:
        return {"type": "SET", "kind": "value", "value": f"XXXX-{month:02d}"} if n == 1.0 else None
    unit = _unit_of(u, lang) or _unit_of(w.rstrip("s"), lang)
    if unit is None:
        return None
    if unit == "WE" and n == 1.0:
        return {"type": "SET", "kind": "value", "value": "XXXX-WXX-WE"}  # "every weekend"
    return {"type": "SET", "kind": "value", "value": _duration_value(n, unit)}


def _h_set_date(m: Any, text: str, lang: str) -> dict | None:
    """« chaque 11 novembre », « tous les 1er mai »: that day of every year (SET XXXX-MM-DD)."""
    month = _month_of(m.group("mon"), lang)
    d = _fold(m.group("day"))
    day = 1 if d in ("1er", "1re", "premier") else int(re.sub(r"\D", "", d))
    if month is None or not 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000: a leap year
        return None
    return {"type": "SET", "kind": "value", "value": f"XXXX-{month:02d}-{day:02d}"}


def _h_weekends(m: Any, text: str, lang: str) -> dict | None:
    """"on weekends", "at weekends": every weekend (``lexicons/en/weekend_set_prepositions.tsv``); not
    "two weekends", "the weekends of June"."""
    prev = _prev_words(text, m.start("x"), 1)
    if not prev or prev[-1] not in word_set(lang, "weekend_set_prepositions"):
        return None
    return {"type": "SET", "kind": "value", "value": "XXXX-WXX-WE"}


def _h_set_adj(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("adj"))
    prev = _prev_words(text, m.start("x"), 1)
    if prev and prev[-1] in ("le", "l'", "un", "du", "au", "ce", "des", "les", "aux", "the",
                             "a"):
        if not w.startswith(("annu", "annual", "mensu")):
            return None
        if prev[-1] in ("le", "l'", "un", "du", "au", "ce"):
            return None
    if m.group("adj")[0].isupper():
        return None  # "Weekly Standard", "L'Hebdomadaire": a title
    value = word_map(lang, "set_adjectives").get(w)
    return {"type": "SET", "kind": "value", "value": value} if value else None


def _h_time_words(m: Any, text: str, lang: str) -> dict | None:
    """``trois heures du matin``: a clock time whose hour is written in words."""
    hour = number_map(lang, "number_words").get(_fold(m.group("hw")))
    if hour is None:
        return None
    half = _fold(_g(m, "half") or "")
    minute = "30" if half.endswith("demie") else "15" if half.endswith("quart") else None
    return _h_time(_Merged(m, h=str(int(hour)), mi=minute), text, lang)


def _en_speed(m: Any, text: str) -> bool:
    """Whether "per hour", "an hour" after a unit of distance (``lexicons/en/distance_units.tsv``) makes a
    speed ("190 km per hour", "rain fell at 40 millimeters an hour"): only a unit of
    ``lexicons/en/speed_time_units.tsv`` does; "searched 80,000 square kilometers a day", "walked 20 miles
    a day" are rates of every day, SETs."""
    return _fold(m.group("u")) in word_set("en", "speed_time_units") \
        and _prev_words(text, m.start("x"), 1)[-1:] in ([w] for w in word_set("en", "distance_units"))


def _h_per(m: Any, text: str, lang: str) -> dict | None:
    unit = _unit_of(m.group("u"), lang)
    if unit is None:
        return None
    if lang == "en" and m.start("per") == m.start("x") and _en_speed(m, text):
        return None  # "190 km per hour", "60 miles an hour": a speed, no SET
    if lang == "en" and _fold(m.group("per")) in ("a", "an") and m.start("per") == m.start("x"):
        prev = text[max(0, m.start("x") - 25):m.start("x")]
        # a percentage or a counted plural before "a day", "a year" makes a rate only when no word after
        # makes the unit a length ("fell 3 percent a day before the vote", "two quakes a day apart")
        length_after = _next_word(text, m.end("x")) in {"ago", "earlier", "later", *word_set("en", "offset_signals"),
                                                        *word_set("en", "length_followers")}
        if not re.search(r"(\d|\b(?:times|once|twice|dollars|euros|pounds|million|billion)"
                         r")\s*$", prev, re.IGNORECASE) and not (
                not length_after and (re.search(r"(%|\bpercent)\s*$", prev, re.IGNORECASE)
                                      or _counted_plural_before(text, m.start("x")))):
            return None
    return {"type": "SET", "kind": "value", "value": _duration_value(1, unit)}


# Words ending in "s" that are no plural noun ("3 suspects was", "its", "this"): a rate needs a noun
_NOT_PLURALS = frozenset({"was", "is", "has", "does", "his", "its", "this", "as", "us", "thus", "plus", "less",
                          "whereas", "always", "perhaps", "across", "unless", "yes"})


def _counted_plural_before(text: str, pos: int) -> bool:
    """A count of a plural noun right before "a day", "a year" makes it a rate, a SET ("1 million
    barrels a day", "three meals a day", "40 inches of rain a year"); not a verb after the count ("3
    suspects spent a day")."""
    words = re.findall(r"[\w'%.,]+", text[max(0, pos - 60):pos])[-5:]
    nums = number_map("en", "number_words")
    if words and _fold(words[-1]) in word_set("en", "rate_count_words"):
        return True  # "tens of thousands a year", "it loses millions a year": the count stands for its noun
    for k in range(len(words) - 2, -1, -1):
        w = _fold(words[k])
        if re.fullmatch(r"\d[\d.,]*[.,]", w):
            return False  # a number closing an aside is no count of the noun ("Mr. Jones, 54, spends a day")
        if re.fullmatch(r"\d[\d.,]*", w) or (w in nums and w not in ("a", "an")) \
                or w in word_set("en", "rate_count_words"):
            between = [_fold(x) for x in words[k + 1:]]
            if between[:1] == ["of"] and w in word_set("en", "rate_count_words"):
                between = between[1:]  # "thousands of pilgrims"
            elif between[-2:-1] == ["of"]:
                between = between[:-2]  # "inches of rain"
            if not between or len(between) > 2 or any(b == "of" for b in between):
                return False
            head = between[-1]
            return head.isalpha() and ((head.endswith("s") and head not in _NOT_PLURALS)
                                       or head in word_set("en", "irregular_plural_nouns"))
        if not words[k].isalpha():
            return False
    return False


# units from the smallest to the largest (codes of ``lexicons/<lang>/time_units.tsv``)
_UNIT_ORDER = ("S", "MIN", "H", "D", "W", "M", "Q", "Y")


def _h_freq_units(m: Any, text: str, lang: str) -> dict | None:
    """"24 hours a day", "three days a week": a count of smaller units in each unit, one SET of the
    larger unit (TimeML keeps the count as the frequency); none when the first unit is not smaller."""
    small, large = _unit_of(m.group("u1"), lang), _unit_of(m.group("u"), lang)
    if small not in _UNIT_ORDER or large not in _UNIT_ORDER or _UNIT_ORDER.index(small) >= _UNIT_ORDER.index(large):
        return None
    return _h_per(m, text, lang)


def _h_hms_length(m: Any, text: str, lang: str) -> dict | None:
    """« 1 h 25 min », « 2 h 15 min 30 s », « 31 min 20 s »: hours, minutes and seconds of one length."""
    h, mi, sec = (int(v) if v else 0 for v in (_g(m, "h"), _g(m, "mi") or _g(m, "mi2"), _g(m, "s") or _g(m, "s2")))
    if _g(m, "h") and h <= 24 and _prev_words(text, m.start("x"), 1)[-1:] in (["à"], ["a"], ["vers"], ["dès"]) \
            and not re.match(rf"\s+(?:de|du|des)\b|\s+d{_AP}", text[m.end("x"):], re.IGNORECASE):
        return None  # « à 14 h 30 min »: a clock time (not « à 1 h 25 min du vainqueur », a gap)
    parts = "".join(f"{n}{u}" for n, u in ((h, "H"), (mi, "M"), (sec, "S")) if n)
    return {"type": "DURATION", "kind": "value", "value": f"PT{parts}"} if parts else None


def _race_opened(text: str, pos: int) -> bool:
    """Whether the one or two words before ``pos`` tell a race or match time (``en/race_time_openers``:
    "won in", "a time of", "clocked", "timed at")."""
    prev = _prev_words(text, pos, 2)
    openers = word_set("en", "race_time_openers")
    return bool(prev) and (prev[-1] in openers or " ".join(prev[-2:]) in openers)


def _h_race_time(m: Any, text: str, lang: str) -> dict | None:
    """"won in 2:05:41", "a time of 3:43.13", "swam 1:52.98": hours, minutes and seconds, or minutes and
    seconds with their hundredths, written with colons: a length (TimeML DURATION), no clock time. A
    clock preposition before it ("at 10:32:15", but "timed at 4:12.5") or an "a.m." or a zone after it
    leaves it out (a clock time to the second is no length). Hours, minutes and seconds with no word of
    ``en/race_time_openers`` before them are left out too: "the 10:30:00 deadline", "struck 04:12:35 local
    time", "the clock read 23:59:59" are clock readings (the hundredths of "3:43.13" tell a race alone)."""
    prev = _prev_words(text, m.start("x"), 1)
    opened = _race_opened(text, m.start("x"))
    if prev and prev[-1] in word_set("en", "clock_prepositions") and not opened:
        return None
    if _g(m, "h") and not _g(m, "frac") and not opened:
        return None
    if re.match(r"\s*(?:[ap]\.\s?m\.|[ap]m\b|(?-i:[A-Z]{2,4}T|GMT|UTC)\b)", text[m.end("x"):], re.IGNORECASE):
        return None
    h, mi = int(_g(m, "h") or 0), int(_g(m, "mi") or _g(m, "mi2") or 0)
    frac = _g(m, "frac") or _g(m, "frac2")
    sec = float((_g(m, "s") or _g(m, "s2") or "0") + (f".{frac}" if frac else ""))
    parts = "".join(f"{n}{u}" for n, u in ((h, "H"), (mi, "M")) if n) + (f"{_fmt_num(sec)}S" if sec else "")
    return {"type": "DURATION", "kind": "value", "value": f"PT{parts}"} if parts else None


# « N units sur N »: the count of each unit in the next larger one, and that larger unit's SET value
_ROUND_CLOCK = {("24", "H"): "P1D", ("7", "D"): "P1W", ("365", "D"): "P1Y", ("12", "M"): "P1Y"}


def _h_round_clock(m: Any, text: str, lang: str) -> dict | None:
    """« 24 heures sur 24 », « 7j/7 », « 365 jours sur 365 »: all the smaller units of each larger unit,
    one SET of the larger unit; none when the count is not the whole of it (« 7 heures sur 24 »)."""
    u = _fold(m.group("u1"))
    unit = "H" if u.startswith("h") else "D" if u.startswith("j") else "M"
    n = _parse_number(m.group("n"), lang)
    value = _ROUND_CLOCK.get((str(int(n)) if n is not None else "", unit))
    return {"type": "SET", "kind": "value", "value": value} if value else None


def _h_time(m: Any, text: str, lang: str) -> dict | None:
    if _g(m, "long"):  # « une garde à vue de 48 h », « 72 h de grève »: more hours than a day has
        mi = int(_g(m, "mi") or 0)
        return {"type": "DURATION", "kind": "value", "value": f"PT{int(m.group('long'))}H{mi}M" if mi else f"PT{int(m.group('long'))}H"}
    hm = _hour_minute(m)
    if hm is None:
        return None
    if _g(m, "heures"):
        prev = _prev_words(text, m.start("x"), 1)
        if not prev or prev[-1] not in ("à", "a", "vers", "dès", "jusqu'à", "avant", "après",
                                        "entre", "et", "de", "depuis", "pour", "dés"):
            return None
        if hm == (24, 0) and not _g(m, "mi") and prev[-1] in ("depuis", "pour"):
            # « depuis 24 heures », « pour 24 heures »: a day's length (midnight is « minuit », « 0 h »); not
            # the end of « entre 22 heures et 24 heures », « à 12 heures et 24 heures », clock times
            return {"type": "DURATION", "kind": "value", "value": "PT24H"}
    prev2 = _prev_words(text, m.start("x"), 2) if lang == "fr" and not _g(m, "ampm") else []
    if prev2[-1:] in (["en"], ["pendant"], ["durant"]) or (prev2 and prev2[-1] in word_set("fr", "length_verbs")) or (
            prev2[-1:] in (["de"], ["d'"]) and prev2[0] in word_set("fr", "length_nouns")):
        # « en 2 h 15 », « pendant 1 h 30 », « le spectacle dure 1 h 30 » (``lexicons/fr/length_verbs.tsv``),
        # « une grève de 24 heures »: a length written like a clock time
        return {"type": "DURATION", "kind": "value",
                "value": f"PT{hm[0]}H{hm[1]}M" if hm[1] else f"PT{hm[0]}H"}
    if lang == "en" and _g(m, "mi") and not _g(m, "ampm") and not _g(m, "tz") and _race_opened(text, m.start("x")):
        # "finished in 3:45", "a time of 2:07", "timed at 4:12": a race time, hours and minutes or minutes
        # and seconds (no unit says which), so no clock time and no length either
        return None
    if lang == "en" and _g(m, "mi") and not (_g(m, "ampm") or _g(m, "tz") or _g(m, "sec")) \
            and (book := _BOOK_BEFORE.search(text, max(0, m.start("x") - 20), m.start("x"))) is not None \
            and book.group(1).lower() in word_set("en", "scripture_books") \
            and not _name_before_book(text, book.start(1)):
        # "John 3:16", "Psalm 23:4", "Romans 8:28": a chapter and verse after the capitalised name of a
        # book of the Bible (en/scripture_books), no clock time (not after another capitalised word, a name
        # of which the book's is part: "Mass at St John 10:30", "at St. Luke 9:30 and 11:00", rvt29)
        return None
    if lang == "en" and _g(m, "mi") and not (_g(m, "ampm") or _g(m, "tz") or _g(m, "sec")) and _game_clock(m, text):
        # "at 11:42 of overtime", "3:27 into the second period", "with 2:13 left": the minutes and seconds
        # of a game's clock, no clock time (nor a length: which units, hours or minutes, is not written)
        return None
    sec = _g(m, "sec")
    if sec is not None and not (_g(m, "ampm") or _g(m, "tz") or _LOCAL_TIME_AFTER.match(text, m.end("x")) or (
            (prev := _prev_words(text, m.start("x"), 1)) and prev[-1] in word_set("en", "second_clock_prepositions")
            and not _race_sentence(text, m.start("x"), m.end("x"))
            and _next_word(text, m.end("x")) not in word_set("en", "elapsed_time_followers"))):
        # hours, minutes and seconds are a clock time only with "a.m.", a zone, "local time" or a clock
        # preposition ("at 10:32:15 a.m.", "struck 04:12:35 local time"); "the clock read 23:59:59", "the
        # 10:30:00 deadline" stay out (no reading of a length either: see _h_race_time). The preposition
        # is one of en/second_clock_prepositions ("at", not "fell to 1:59:40", "won by 0:01:12"), in a
        # sentence that tells no race (en/race_sentence_words: "crossed the finish line at 2:19:50",
        # "passed halfway at 1:01:30" are a runner's times), and not before a word of a time elapsed
        # (en/elapsed_time_followers: "separated at 00:14:30 after launch", rvt29)
        return None
    zone = re.sub(r"\s+", "", _fold(_g(m, "tz") or ""))
    return {"type": "TIME", "kind": "time", "hour": hm[0], "minute": hm[1], "second": int(sec) if sec else None,
                "zone": "Z" if zone in ("utc", "gmt", "z", "utc+0", "gmt+0") else None}


#: "of" or "into" and the four words after a figure ("at 11:42 of the second period").
_PERIOD_AFTER = re.compile(r"\s+(?:of|into)((?:\s+[\w\-]+){1,4})", re.IGNORECASE)
#: "with" right before a figure ("with 2:13 left").
_WITH_BEFORE = re.compile(r"(?<![\w\-])with\s+\Z", re.IGNORECASE)


def _game_clock(m: Any, text: str) -> bool:
    """Whether the bare figure ``m`` ("11:42") reads a game's clock: a word of ``en/game_period_nouns`` in
    the four after "of" or "into" after it ("at 11:42 of overtime", "3:27 into the second period"), or
    "with" before it and a word of ``en/game_clock_countdowns`` after it ("with 2:13 left")."""
    end = m.end("x")
    period = _PERIOD_AFTER.match(text, end)
    if period is not None and any(w.lower() in word_set("en", "game_period_nouns") for w in period.group(1).split()):
        return True
    if _WITH_BEFORE.search(text, max(0, m.start("x") - 8), m.start("x")) is None:
        return False
    after = " ".join(text[end:end + 20].split()).lower()
    return any(after.startswith(w) and not after[len(w):len(w) + 1].isalnum() for w in word_set("en", "game_clock_countdowns"))


#: The capitalised word right before a figure, one space between ("John 3:16").
_BOOK_BEFORE = re.compile(r"(?<![\w'’.\-])([A-Z][a-z]+) \Z")
#: A capitalised word (or "St.") and a space right before a book's name: the name is part of another
#: name ("St John 10:30", "Pope John 9:15", "King James 11:00"), no book of the Bible.
_NAME_BEFORE_BOOK = re.compile(r"(?<![\w'’\-])[A-Z][\w'’]*\.?\s+\Z")
#: The end of a sentence, or the start of the text, before a word ("In Genesis 1:1, ...").
_SENTENCE_START_BEFORE = re.compile(r"(?:\A|[.!?:;\"“(\n])\s*\Z")


def _name_before_book(text: str, book_start: int) -> bool:
    """Whether a capitalised word that opens no sentence comes right before the book's name at
    ``book_start``: "St John 10:30", "St. Luke 9:30" ("In Genesis 1:1, ...", "Quoting John 3:16, ..." are
    still chapter and verse)."""
    name = _NAME_BEFORE_BOOK.search(text, max(0, book_start - 20), book_start)
    return name is not None and _SENTENCE_START_BEFORE.search(text, max(0, name.start() - 5), name.start()) is None


def _race_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` tells a race or a record: a word of
    ``en/race_sentence_words`` ("crossed the finish line at 2:19:50", "passed halfway at 1:01:30")."""
    opened = _SENTENCE_OPEN.match(text, max(0, start - 300), start)
    lo = opened.end() if opened is not None else max(0, start - 300)
    closed = _SENTENCE_CLOSE.search(text, end, min(len(text), end + 300))
    hi = closed.start() if closed is not None else min(len(text), end + 300)
    words = word_set("en", "race_sentence_words")
    return any(w.group().lower() in words for w in _WORD.finditer(text, lo, hi))
#: "local time" right after a clock time ("struck 04:12:35 local time").
_LOCAL_TIME_AFTER = re.compile(r"\s+local\s+time\b", re.IGNORECASE)


def _h_range_clock(m: Any, text: str, lang: str) -> dict | None:
    """``de 14 à 16 heures``: the first hour of a range of clock times (with « heures », from 7 on,
    both hours ordered)."""
    h, end = int(m.group("h")), _g(m, "h2") or _g(m, "h3")
    if end is None or int(end) <= h or (_g(m, "h3") and h < 7):
        return None
    return {"type": "TIME", "kind": "time", "hour": h, "minute": 0, "zone": None}


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
    half = _fold(_g(m, "half") or "")
    if half:  # « midi et demi », « minuit et quart »
        return {"type": "TIME", "kind": "time", "hour": hour % 24, "minute": 15 if half == "quart" else 30}
    zone = re.sub(r"\s+", "", _fold(_g(m, "tz") or ""))
    return {"type": "TIME", "kind": "time", "hour": hour, "minute": 0,
            "zone": "Z" if zone in ("utc", "gmt", "z", "utc+0", "gmt+0") else None}


# The type of PRESENT_REF, PAST_REF and FUTURE_REF: FR-TimeBank makes them times, TimeML dates.
_REF_TYPE: dict[str, str] = {"fr": "TIME", "en": "DATE"}


def _h_ref(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("x"))
    if lang == "fr" and w in ("auparavant", "précédemment", "precedemment") \
            and any(p in word_map("fr", "time_units") for p in _prev_words(text, m.start("x"), 1)):
        return None  # « un an auparavant », « trois jours précédemment »: the length's signal, no time of its own
    if lang == "en" and _next_word(text, m.end("x")) == "as" and _prev_words(text, m.start("x"), 1) == ["as"]:
        return None  # "as recently as 2009": the date is the year
    if any(k in w for k in ("récemment", "recemment", "recent", "lately", "auparavant", "précédemment",
                            "precedemment", "the past", "le passé", "dernièrement",
                            "dernierement", "derniers temps", "autrefois", "jadis", "naguère", "formerly", "previously", "époque",
                            "y a peu")):
        return {"type": _REF_TYPE[lang], "kind": "value", "value": "PAST_REF"}
    if any(k in w for k in ("avenir", "futur", "prochainement", "bientôt", "bientot", "sous peu")):
        return {"type": _REF_TYPE[lang], "kind": "value", "value": "FUTURE_REF"}
    return {"type": _REF_TYPE[lang], "kind": "value", "value": "PRESENT_REF"}


def _h_ref_adj(m: Any, text: str, lang: str) -> dict | None:
    """``précédent``, ``actuel``, ``prochain`` as adjectives (``sans précédent``, ``créer un précédent``:
    the noun is left out)."""
    w = _fold(m.group("adj"))
    prev = _prev_words(text, m.start("x"), 1)
    nxt = _next_word(text, m.end("x"))
    if w.startswith(("précédent", "precedent", "actuel")) and prev[-1:] in (
            ["le"], ["la"], ["l'"], ["les"], ["du"], ["des"], ["au"], ["aux"]) and nxt[:1].isalpha():
        return None  # "le précédent gouvernement", "l'actuel ministre": the entity, not a time
    if w.startswith(("précédent", "precedent")):
        if prev[-1:] == ["sans"] or (prev[-1:] in (["un"], ["ce"]) and not nxt[:1].isalpha()):
            return None
        value = "PAST_REF"
    elif w.startswith("actuel"):
        value = "PRESENT_REF"
    else:
        if not nxt[:1].isalpha():
            return None  # "le prochain", "au prochain !": a pronoun, not a time
        value = "FUTURE_REF"
    return {"type": _REF_TYPE[lang], "kind": "value", "value": value}


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


def _h_ago_bare(m: Any, text: str, lang: str) -> dict | None:
    """"years ago", "centuries ago": some time before the reference (PAST_REF); none after a large-number
    word ("2 million years ago", a count the rule of counted offsets leaves, like "12,000 years ago")."""
    if _prev_words(text, m.start("x"), 1)[-1:] in ([w] for w in word_set("en", "rate_count_words")):
        return None
    return _h_offset(_Merged(m, vague="bare"), text, lang)


def _h_anaphoric(m: Any, text: str, lang: str) -> dict | None:
    w = _fold(m.group("x"))
    if lang == "en" and w.endswith("day") and _next_word(text, m.end("x")) in word_set("en", "day_compound_nouns"):
        return None  # "the same day care centre", "the next day delivery": a compound noun, no day
    if "surlendemain" in w:
        off = 2
    elif "avant-veille" in w:
        off = -2
    elif w == "lendemain":
        # « hier, au lendemain de la démission »: the day after an event the complement names, which
        # the text dates by the day it speaks of (the day last mentioned), not one after it
        off = 0
    elif any(k in w for k in ("lendemain", "next day", "following day", "day after", "jour suivant")):
        off = 1
    elif any(k in w for k in ("veille", "day before", "previous day", "jour précédent", "jour precedent")):
        off = -1
    else:
        off = 0
    part = _part_of(_g(m, "part"))
    if part == "NOON":
        return {"type": "TIME", "kind": "anaphoric", "offset": off, "hour": 12, "minute": 0}
    if part:
        return {"type": "TIME", "kind": "anaphoric", "offset": off, "part": part}
    return {"type": "DATE", "kind": "anaphoric", "offset": off}


def _h_daypart(m: Any, text: str, lang: str) -> dict | None:
    """``en soirée``, ``dans la matinée``: a part of the day last mentioned (``journée``: that day)."""
    if "journ" in _fold(m.group("part")):
        return {"type": "DATE", "kind": "anaphoric", "offset": 0}
    part = _part_of(m.group("part"))
    if part is None or part == "NOON":
        return None
    return {"type": "TIME", "kind": "anaphoric", "offset": 0, "part": part}


def _h_in_the_part(m: Any, text: str, lang: str) -> dict | None:
    """"in the morning", "through the night": the part of the day last mentioned, unless the part of the
    day premodifies a noun ("in the morning session": ``lexicons/en/day_part_noun_followers.tsv``), a
    cue of habit makes it any day's ("usually trades in the morning", "every summer": :func:`_habitual`)
    or it opens a name ("in the Evening Standard")."""
    if _next_word(text, m.end("x")) in word_set(lang, "day_part_noun_followers"):
        return None
    if _habitual(m, text, lang) or _part_in_name(m, text):
        return None  # "he usually works in the morning": any morning, no day's
    found = _h_daypart(m, text, lang)
    if found is not None and _morning_after_night(m, text, lang):
        found["offset"] = 1
    return found


def _morning_after_night(m: Any, text: str, lang: str) -> bool:
    """"the attack began at 9:40 p.m. and fighting lasted until the early morning": a morning that a
    preposition of ``lexicons/en/day_part_end_prepositions.tsv`` reaches after an evening or a night of
    the same sentence (``lexicons/en/late_day_words.tsv``) is the next day's."""
    if lang != "en" or _part_of(m.group("part")) != "MO" \
            or _prev_words(text, m.start("x"), 1)[-1:] not in ([w] for w in word_set("en", "day_part_end_prepositions")):
        return False
    bounds = [b.end() for b in _SENTENCE_BOUND.finditer(text, 0, m.start("x"))
              if _fold(text[max(0, b.start() - 3):b.start() + 1]) not in ("a.m.", "p.m.")]
    before = _fold(text[max(bounds, default=0):m.start("x")])
    return any(re.search(rf"(?<![\w.]){re.escape(w)}(?!\w)", before) for w in word_set("en", "late_day_words"))


# A sentence's bounds for the cues of habit: a full stop, a question or exclamation mark, a line break.
_SENTENCE_BOUND = re.compile(r"[.!?]\s|\n")


def _habitual(m: Any, text: str, lang: str) -> bool:
    """Whether a part of the day or a clock time is any day's, a habit: an adverb of habit before it in its
    clause (``lexicons/en/habitual_adverbs.tsv``: "he usually works in the morning"), or in its sentence a
    word of repetition or "for" and a span of weeks or more (``lexicons/en/habit_cues.tsv``: "every summer
    he gets up at 4 in the morning", "six days a week", "opened at 5 in the morning for six decades")."""
    before = _prev_words(text, m.start("x"), 8)
    clause = before[max((i for i, w in enumerate(before) if w in _CLAUSE_END), default=-1) + 1:]
    if any(w in word_set(lang, "habitual_adverbs") for w in clause):
        return True
    head = text[max(0, m.start("x") - 200):m.start("x")]
    starts = [b.end() for b in _SENTENCE_BOUND.finditer(head)]
    tail = text[m.end("x"):m.end("x") + 200]
    stop = _SENTENCE_BOUND.search(tail)
    sentence = _fold(head[starts[-1] if starts else 0:] + " " + tail[:stop.start() if stop else len(tail)])
    words = re.findall(r"[\w\-]+", sentence)
    joined = " " + " ".join(words) + " "
    cues = _habit_cues(lang)
    if any(f" {cue} " in joined for cue in cues.get("set", ())):
        return True
    if any(re.search(rf" for (?:[\w\-]+ ){{0,2}}{re.escape(cue)} ", joined) for cue in cues.get("span", ())):
        return True  # "for six decades", "for 30 years"
    rates = "|".join(re.escape(w) for w in cues.get("rate", ()))
    if rates and any(re.search(rf" {re.escape(cue)} (?:a|per) (?:{rates}) ", joined) for cue in cues.get("count", ())):
        return True  # "six days a week", "twice a day"
    times = set(cues.get("time", ())) | set(number_map(lang, "weekdays"))
    for cue in cues.get("repeat", ()):
        for rep in re.finditer(rf" {re.escape(cue)} ((?:[\w\-]+ ){{1,2}})", joined):
            if times & set(rep.group(1).split()):
                return True  # "every summer", "each Sunday", "every other day"
    return False


@cache
def _habit_cues(lang: str) -> dict[str, tuple[str, ...]]:
    """``lexicons/<lang>/habit_cues.tsv`` by kind (a word may be of two kinds, joined by a comma: "day" is
    a rate and a time)."""
    kinds: dict[str, list[str]] = {}
    for row in rows(lang, "habit_cues"):
        for kind in row[1].split(","):
            kinds.setdefault(kind.strip(), []).append(row[0])
    return {kind: tuple(words) for kind, words in kinds.items()}


def _part_in_name(m: Any, text: str) -> bool:
    """A capitalised part of the day before a capitalised word is a name's: "in the Morning Star", "an
    editorial in the Evening Standard"."""
    part = _g(m, "part") or _g(m, "night") or ""
    after = re.match(r"\s+(\w)", text[m.end("x"):m.end("x") + 5])
    return part[:1].isupper() and after is not None and after.group(1).isupper()


def _h_daypart_adj(m: Any, text: str, lang: str) -> dict | None:
    """« une virée nocturne », « des courses nocturnes »: the part of the day an adjective after its
    noun names (``lexicons/fr/day_part_adjectives.tsv``); not the noun « un nocturne », « la nocturne
    du jeudi », after a determiner (``lexicons/xx/determiners.tsv``)."""
    prev = _prev_words(text, m.start("x"), 1)
    if not prev or prev[-1] in word_set("xx", "determiners") or not prev[-1].isalpha():
        return None
    part = word_map(lang, "day_part_adjectives").get(_fold(m.group("adj")))
    return {"type": "TIME", "kind": "value", "value": f"T{part}"} if part else None


def _h_approx(m: Any, text: str, lang: str) -> dict | None:
    """``une dizaine de jours``: the round number the collective numeral stands for."""
    n = number_map(lang, "approximate_numbers").get(_fold(m.group("n")))
    unit = _unit_of(m.group("u"), lang)
    if n is None or unit is None:
        return None
    prev = _prev_words(text, m.start("x"), 2)
    if unit == "Y" and prev and (prev[-1] in ("âgé", "âgée", "âgés", "âgées", "agé", "agée") or (
            prev[-1] in ("de", "d'") and len(prev) > 1 and prev[-2] not in word_set("xx", "duration_nouns"))):
        return None  # "une femme d'une trentaine d'années": an age
    return {"type": "DURATION", "kind": "value", "value": _duration_value(float(n), unit)}


def _h_weekday_day(m: Any, text: str, lang: str) -> dict | None:
    """``mercredi 26``: a day of the month written with its weekday, in the month that fits."""
    table = number_map(lang, "weekdays")
    wd = table.get(_fold(m.group("wd")))
    d = _fold(m.group("day"))
    day = 1 if d in ("1er", "1re", "premier", "first") else int(re.sub(r"\D", "", d))
    if wd is None or not 1 <= day <= 31:
        return None
    return {"type": "DATE", "kind": "monthday", "day": day, "weekday": wd}


def _h_weekday_day_en(m: Any, text: str, lang: str) -> dict | None:
    """"Sunday the 17th", "Friday, the 15th": an English day of the month with its weekday, unless
    the ordinal counts the noun after it ("On Saturday the 3rd Infantry Division entered", "on Sunday
    the 20th anniversary was marked", "the 17th-seeded player"): only the end of the clause or a word
    of ``lexicons/en/weekday_day_followers.tsv`` may follow it."""
    end = m.end("x")
    if text[end:end + 1] == "-":
        return None
    nxt = _next_word(text, end)
    if nxt[:1].isalnum() and nxt not in word_set("en", "weekday_day_followers"):
        return None
    return _h_weekday_day(m, text, lang)


#: A bare ordinal after "the": "the 17th" (a day of the month or the count of a noun).
_BARE_ORDINAL = re.compile(r"(?i)\bthe\s+\d{1,3}(?:st|nd|rd|th)\b(?!-)")
#: The first day of a range of bare days, right before the second: "from the 10th to ", "between the 3rd and ".
_BARE_DAY_RANGE_START = re.compile(r"(?i)\b(?:from|between)\s+the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+(?:to|and|through|until)\s+$")
#: A range of two bare ordinals: "from the 22nd to the 24th", "between the 3rd and the 5th place".
_BARE_ORDINAL_RANGE = re.compile(r"(?i)\b(?P<p>from|between)\s+the\s+(?P<a>\d{1,3})(?:st|nd|rd|th)\s+(?:to|and|through|until)\s+"
                                 r"the\s+(?P<b>\d{1,3})(?:st|nd|rd|th)\b(?!-)")


def _ranking_range(text: str, start: int, end: int) -> bool:
    """Whether the bare ordinal ``text[start:end]`` is one end of a range that moves along a ranking,
    not between two days: the second end counts a noun ("slipped from the 2nd to the 4th place"), the
    range runs backward ("moved up from the 30th to the 21st", no month has that), or it follows a verb
    of change (``en/quantity_change_words``) and is set in a scale ("fell from the 8th to the 20th in the
    world", "on the list"); "the strike lasted from the 8th to the 20th" and "the index rose from the
    3rd to the 10th, traders said" stay two days."""
    for r in _BARE_ORDINAL_RANGE.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if not r.start() <= start < r.end():
            continue
        nxt = _next_word(text, r.end())
        if nxt[:1].isalnum() and nxt != "of" and nxt not in word_set("en", "weekday_day_followers"):
            return True  # the second ordinal counts a noun: "to the 4th place" (not "to the 10th of May")
        if r.group("p").lower() == "from" and int(r.group("b")) <= int(r.group("a")):
            return True
        return nxt in ("in", "on", "among") and _changed_by(text, r.start("p") + len(r.group("p")))
    return False


def _h_bare_day_en(m: Any, text: str, lang: str) -> dict | None:
    """"on the 15th", "by the 31st": an English day of the month without its month or weekday, in
    the month the clause's tense and the reference give (as « le 15 »); only after a preposition of
    ``en/bare_day_openers`` and where its phrase ends (a word of ``en/weekday_day_followers`` or
    punctuation), not when the sentence counts a noun of ``en/bare_day_ordinal_nouns`` ("a bogey on
    the 18th hole and a birdie on the 17th", "the lift stopped on the 4th"): the ordinal counts it."""
    end = m.end("x")
    if text[end:end + 1] == "-":
        return None  # "the 15th-century church", "the 17th-seeded player"
    nxt = _next_word(text, end)
    if nxt[:1].isalnum() and nxt not in word_set("en", "weekday_day_followers"):
        return None
    prev = _prev_words(text, m.start("x"), 1)
    if (not prev or prev[-1] not in word_set("en", "bare_day_openers")) \
            and not _BARE_DAY_RANGE_START.search(text, max(0, m.start("x") - 40), m.start("x")):
        return None  # ("from the 10th to the 15th": the second day after the first's preposition)
    start = max(text.rfind(". ", 0, m.start("x")), text.rfind("\n", 0, m.start("x")), 0)
    stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    stop_at = min(stop) if stop else len(text)
    if _ranking_range(text, m.start("x"), end):
        return None
    words = re.findall(r"[^\W\d_]+", text[start:stop_at].lower())
    if word_set("en", "bare_day_ordinal_nouns").intersection(words) or _game_sentence(text, m.start("x"), end):
        return None
    for other in _BARE_ORDINAL.finditer(text, start, stop_at):
        # another bare ordinal of the sentence that no preposition of time, weekday or "of" makes a date
        # counts something ("Woods birdied the 17th and putted on the 18th", "scored in the 8th")
        before = _prev_words(text, other.start(), 1)
        if other.start() != m.start("x") and not text.startswith(" of ", other.end()) and not (
                before and (before[-1] in word_set("en", "bare_day_openers")
                            or before[-1] in ("to", "and", "through", ",")
                            or before[-1] in number_map("en", "weekdays"))):
            return None
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return {"type": "DATE", "kind": "monthday", "day": day, "weekday": None}


def _h_quarter_abbr_rev(m: Any, text: str, lang: str) -> dict | None:
    """"1Q13", "2H 2013", "in 4Q": a quarter or half with its number first (wire business style).
    Without a year only after a word of ``lexicons/en/period_abbr_openers.tsv`` and before no
    hyphen: "a 2H pencil", "1H-NMR", "the team's 4Q comeback" name no period."""
    yy = _g(m, "yy")
    year = _g(m, "year") or (str(2000 + int(yy)) if yy else None)
    if year is None:
        prev = _prev_words(text, m.start("x"), 1)
        if text[m.end("x"):m.end("x") + 1] == "-" or not prev or prev[-1] not in word_set("en", "period_abbr_openers"):
            return None
    return _h_quarter(_Merged(m, year=year), text, lang)


def _h_bare_day(m: Any, text: str, lang: str) -> dict | None:
    """« le 3 »: a day of the month without its month or weekday, read only right after a verb in a
    form that may govern a date (a participle: « annoncé », « arrivée », « mis »; a future: « se
    rendra ») or a preposition of time (« depuis », « dès »; ``fr/bare_day_openers``): after a noun
    (« le numéro le 3 ») it is no date, nor at the start of a sentence unless a comma follows it
    (« Le 5, un suspect a été interpellé »)."""
    d = _fold(m.group("day"))
    day = 1 if d in ("1er", "1re") else int(re.sub(r"\D", "", d))
    prev = _prev_words(text, m.start("x"), 1)
    if not 1 <= day <= 31:
        return None
    if not prev or prev[-1] in (".", "!", "?"):
        # « Le 5, un troisième suspect a été interpellé »: at the start of a sentence, set off by a comma
        if text[m.end("x"):m.end("x") + 1] != ",":
            return None
        topic = re.match(r"\s*([^\W\d_]+['’]?)", text[m.end("x") + 1 : m.end("x") + 40])
        if topic is not None and _fold(topic.group(1)) in word_set("fr", "bare_day_topic_words"):
            return None  # « Le 3, c'est le numéro du capitaine »: the number is the sentence's topic
        return {"type": "DATE", "kind": "monthday", "day": day, "weekday": None}
    word = prev[-1]
    if word not in word_set("fr", "bare_day_openers") and not _BARE_DAY_VERB.search(word):
        return None
    after = re.match(r"\s+des?\s+([\w-]+)", text[m.end("x"):m.end("x") + 30])
    if after is not None and (after.group(1).isdigit() or _fold(after.group(1)) in number_map("fr", "number_words")):
        return None  # « a retenu le 2 des trois scénarios »: one of a count, no day
    sentence = re.split(r"[.!?]\s", text[max(0, m.start("x") - 200):m.start("x")])[-1]
    if _NUMBERED_NOUN.search(sentence):
        return None  # « a cité le chapitre 3 du rapport et a évoqué le 12 »: the 12th chapter
    if word in word_set("fr", "expected_participles") and _prev_words(text, m.start("x"), 2)[0] in ("est", "sont"):
        # « le président est attendu le 20 »: a present passive of expectation, the next 20th
        return {"type": "DATE", "kind": "monthday", "day": day, "weekday": None, "direction": 1}
    return {"type": "DATE", "kind": "monthday", "day": day, "weekday": None}


# A noun numbered by a small number after its determiner (« le chapitre 3 », « l'article 12 », « au
# numéro 7 »): a later « le 12 » in the sentence stands for another of them, no day.
_NUMBERED_NOUN = re.compile(r"(?i)\b(?:le|la|l['’]|du|au)\s*[^\W\d_]{3,}\s+\d{1,3}\b(?!\s*(?:h\b|heures?\b|[.,:]\d|%))")


# The endings of French participles and futures ("annoncé", "arrivées", "mis", "élu", "fait",
# "ouvert", "éteint", "rendra", "seront"), read on a folded word of at least four letters.
_BARE_DAY_VERB = re.compile(r"^[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|ort|orte|int|inte|ra|ront)$")


def _h_fiscal(m: Any, text: str, lang: str) -> dict | None:
    """``fiscal 2007`` -> FY2007; ``the current fiscal year`` -> FY of the reference year (relunit FY)."""
    y = _g(m, "year")
    words = _fold(m.group("x")).split()
    if y:
        return {"type": "DATE", "kind": "value", "value": f"FY{int(y):04d}"}
    if "year" not in words:
        return None  # "fiscal" alone is an adjective ("fiscal policy")
    rel = _fold(_g(m, "rel") or "")
    if not rel:
        return None
    off = -1 if rel.endswith(("last", "previous")) else 1 if rel.endswith(("next", "coming", "following")) else 0
    return {"type": "DATE", "kind": "relunit", "unit": "FY", "offset": off}


# the bounds of a sentence around a match, a score line ("110-98", not "10-12 percent", "$40-50 million")
# and a word
_SENTENCE_OPEN = re.compile(r"(?s:.*)(?:[.!?][\"”’']?\s|\n)")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’']?(?:\s|$)|\n")
_SCORE_LINE = re.compile(r"(?<![\w.,\-$€£])(?P<a>\d{2,3})-(?P<b>\d{2,3})(?![\w.,\-]|\s*(?:%|percent|per\s+cent|million|billion|thousand))", re.I)
# the marks that bound a clause around a quarter ("The club's third-quarter revenue rose 12%, while ...")
_CLAUSE_MARK = re.compile(r"[,;:()]")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*", re.I)


def _game_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` tells a game: a word of
    ``lexicons/en/game_quarter_words.tsv`` or a score line (at most 300 characters each way)."""
    lo = max(0, start - 300)
    opened = _SENTENCE_OPEN.match(text, lo, start)
    lo = opened.end() if opened is not None else lo
    closed = _SENTENCE_CLOSE.search(text, end, min(len(text), end + 300))
    hi = closed.start() if closed is not None else min(len(text), end + 300)
    marks = [k.end() for k in _CLAUSE_MARK.finditer(text, lo, start)]
    closing = _CLAUSE_MARK.search(text, end, hi)
    business = word_set("en", "calendar_quarter_words")
    if any(w.group().lower() in business
           for w in _WORD.finditer(text, marks[-1] if marks else lo, closing.start() if closing else hi)):
        # "The club's third-quarter revenue rose, while the team scored", "The team scored a third-quarter
        # profit": a word of figures of a business (en/calendar_quarter_words) in the quarter's own clause
        return False
    words = word_set("en", "game_quarter_words")
    # (a score line puts the winner's points first: "won 110-98", not a range "10-12 firms")
    return any(w.group().lower() in words for w in _WORD.finditer(text, lo, hi)) \
        or any(int(k.group("a")) >= int(k.group("b")) for k in _SCORE_LINE.finditer(text, lo, hi))


def _game_told_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence before the one around ``text[start:end]``, in the same paragraph, tells a
    game (:func:`_game_sentence`) while this one names no figure of a business
    (``lexicons/en/calendar_quarter_words.tsv``): "Bryant scored 30 points. The Lakers pulled away in
    the fourth quarter" is the game's quarter ("The team won 110-98. Revenue rose in the third
    quarter" stays the calendar's)."""
    opened = _SENTENCE_OPEN.match(text, max(0, start - 300), start)
    if opened is None or "\n" in text[opened.end() - 1:opened.end()]:
        return False  # the first sentence of its paragraph, or of the text
    here = opened.end()
    closed = _SENTENCE_CLOSE.search(text, end, min(len(text), end + 300))
    hi = closed.start() if closed is not None else min(len(text), end + 300)
    business = word_set("en", "calendar_quarter_words")
    if any(w.group().lower() in business for w in _WORD.finditer(text, here, hi)):
        return False
    before = here - len(text[:here]) + len(text[:here].rstrip())  # the end of the sentence before
    return before > 0 and _game_sentence(text, max(0, before - 2), max(0, before - 1))


def _h_quarter(m: Any, text: str, lang: str) -> dict | None:
    ords = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3,
            "3e": 3, "quatrième": 4, "4e": 4, "dernier": 4, "first": 1, "third": 3,
            "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
    q = ords.get(_fold(m.group("q"))) or (int(m.group("q")) if m.group("q").isdigit() else None)
    unit = "H" if _fold(_g(m, "unit") or "") in ("half", "h", "semestre") else "Q"
    if unit == "H" and _fold(m.group("q")) in ("dernier", "final", "last"):
        q = 2  # the last of two halves
    if q is None or (unit == "H" and q > 2):
        return None
    fy = "FY" if _g(m, "fiscal") or _g(m, "fiscal0") or _g(m, "fiscal2") else ""
    y = _g(m, "year") or _g(m, "pyear")
    if y:
        return {"type": "DATE", "kind": "value", "value": f"{fy}{int(y):04d}-{unit}{q}"}
    rel = _fold(_g(m, "rel") or _g(m, "prel") or "")
    if unit == "H" and _fold(_g(m, "unit") or "") == "half" and not rel and not fy and not re.search(r"-\s*half", m.group("x")) \
            and (not _figures_before(text, m.start("x")) or _next_word(text, m.end()) == "of"):
        # "the second half" of a match, of a film ("first-half sales" is the half year, as the half of a
        # sentence that tells figures: "net income in the first half fell", "growth will pick up in the
        # second half"; not one that names what it halves: "revenue in the second half of the game")
        return None
    if unit == "H" and lang == "en" and not rel and not fy and not re.search(r"-\s*half", m.group("x")) \
            and _game_sentence(text, m.start("x"), m.end("x")):
        return None  # "scored 60 percent of his points in the first half": the half of a match
    if unit == "H" and lang == "en" and not rel and not fy and re.search(r"-\s*half", m.group("x")) and (
            _next_word(text, m.end("x")) in word_set("en", "game_half_nouns")
            or _game_sentence(text, m.start("x"), m.end("x"))):
        # "a second-half goal", "the first-half kickoff", "scored a second-half equaliser": the half of a
        # match (en/game_half_nouns, or a game's sentence), no half year ("first-half profit" still is)
        return None
    if unit == "Q" and lang == "en" and not rel and not fy and _quarter_of_a_thing(text, m.end("x")):
        return None  # "the first quarter of the match", "the final quarter of the race"
    if unit == "Q" and lang == "en" and not rel and not fy and (
            _game_sentence(text, m.start("x"), m.end("x")) or _game_told_before(text, m.start("x"), m.end("x"))):
        # "James scored 15 points in the third quarter", "pulled away in the fourth quarter to win 110-98",
        # "Bryant scored 30 points. The Lakers pulled away in the fourth quarter"
        return None
    direction = -1 if rel.endswith(("last", "previous")) else 1 if rel.endswith(("next", "following")) \
        else 0 if rel in ("this", "the current") else None  # "of this year" is the reference's year, whatever the tense
    return {"type": "DATE", "kind": "date", "year": None, "month": None, "day": None, "unit": unit, "offset": q,
            "direction": direction, "value": fy or None}




def _h_month_quarter(m: Any, text: str, lang: str) -> dict | None:
    """"the October-December quarter": the calendar quarter its first and last months bound."""
    first, last = _month_of(m.group("m1"), lang), _month_of(m.group("m2"), lang)
    if first is None or last != first + 2:
        return None
    return _h_quarter(_Quarter(m, str((first - 1) // 3 + 1)), text, lang)


def _h_month_end_quarter(m: Any, text: str, lang: str) -> dict | None:
    """"the March quarter", "the September quarter of 2012": the calendar quarter that ends in that
    month (as Australian, Indian and wire business news name quarters)."""
    last = _month_of(m.group("m2"), lang)
    if last is None or last % 3:
        return None
    return _h_quarter(_Quarter(m, str(last // 3)), text, lang)


class _Quarter:
    """A match whose ``q`` group is the quarter's number and ``unit`` group "quarter"."""

    def __init__(self, m: Any, q: str) -> None:
        self._m, self._q = m, q

    def group(self, name: Any = 0) -> Any:
        if name == "q":
            return self._q
        if name == "unit":
            return "quarter"
        return self._m.group(name)

    def start(self, name: Any = 0) -> int:
        return int(self._m.start(name))

    def end(self, name: Any = 0) -> int:
        return int(self._m.end(name))


def _h_holiday(m: Any, text: str, lang: str) -> dict | None:
    """A holiday or named day (``Noël``, ``Thanksgiving``): its date rule from the holidays list."""
    name = m.group("hol")
    rule = word_map(lang, "holidays").get(name)
    if rule is None:
        return None
    if lang == "fr" and not _g(m, "det") and m.start("hol") == m.start("x"):
        # "Noël Mamère", "Jean Toussaint": a bare name needs a preposition before it
        prev = _prev_words(text, m.start("x"), 1)
        if not prev or prev[-1] not in word_set("fr", "holiday_prepositions"):
            return None
    if lang == "fr" and name.startswith("Saint-") and _fold(_g(m, "det") or "") != "la":
        return None  # « la Saint-Jean » is a day, « à Saint-Jean », « l'église Saint-Nicolas » are places
    if lang == "en" and _ends_longer_name(text, m.start("x")):
        return None  # "an Air Canada Day pass", "the National Vietnam Veterans Day": another name's end
    y = _g(m, "year")
    part = _part_of(_g(m, "part"))
    return {"type": "TIME" if part else "DATE", "kind": "holiday", "value": rule, "year": int(y) if y else None,
            "direction": _direction(_g(m, "dir")), "part": part}


# Capitalised words that end a line's text ("an Air " before "Canada Day").
_CAPITAL_RUN_END = re.compile(r"(?:(?<![\w.\-'’])[A-Z][\w.&\-]*[^\S\n]+)+$")
# A capitalised word closing a sentence ("Monday.", "Washington."; not "U.S.", "A.").
_SENTENCE_LAST_WORD = re.compile(r"[A-Z][a-z]{2,}\.")


def _ends_longer_name(text: str, pos: int) -> bool:
    """English: whether capitalised words inside a sentence stand right before ``pos``, making what
    starts there the end of a longer name ("an Air Canada Day pass", "the National Vietnam Veterans
    Day", "a Team Canada Day event"), not a holiday. A sentence's or a title-case headline's first
    words ("Thousands Mark Canada Day"), a greeting or another word of ``en/holiday_premodifiers``
    ("a Happy Canada Day"), an abbreviation ("the U.S. Thanksgiving holiday", "US Labor Day"), a
    nationality (``ontologies/demonyms.tsv``: "American Thanksgiving") and a weekday or a month leave
    the holiday."""
    # (80 characters of the same line at most: the look-back costs the same on any text)
    line = text[max(0, pos - 80):pos].rsplit("\n", 1)[-1]
    m = _CAPITAL_RUN_END.search(line)
    if m is None or not re.search(r"[a-z0-9,;:][^\S\n]+$", line[:m.start()]):
        return False
    if any(_SENTENCE_LAST_WORD.fullmatch(w) for w in m.group(0).split()[:-1]):
        return False  # the run goes back into the sentence before: "said on Monday. On New Year's Day, ..."
    last = m.group(0).split()[-1]
    if last in word_set("en", "holiday_premodifiers") or "." in last or last.isupper() \
            or last.casefold() in number_map("en", "weekdays") or last.casefold() in word_set("en", "full_months"):
        return False  # (nor a weekday or a month before it: "closed Monday Labor Day")
    from kg.knowledge import institutions as inst  # (read only here: the tables load the gazetteer)

    return inst.norm(last) not in inst.tables().demonyms.get("en", {})


# The first day of each season (northern hemisphere), for "le premier dimanche du printemps".
_SEASON_FIRST_DAY = {"SP": "03-21", "SU": "06-21", "FA": "09-23", "WI": "12-21"}
_ORDINALS = {"premier": 1, "first": 1, "deuxième": 2, "second": 2, "troisième": 3, "third": 3,
             "quatrième": 4, "fourth": 4, "dernier": -1, "last": -1}


def _h_nth_weekday(m: Any, text: str, lang: str) -> dict | None:
    """``le premier dimanche de juin``, ``the last Thursday in November``: a date rule like a holiday's
    (``nth:06:7:1``; from the first day of a season: ``nth:03-21:7:1``)."""
    n = _ORDINALS.get(_fold(m.group("ord")))
    wd = number_map(lang, "weekdays").get(_fold(m.group("wd")))
    if n is None or wd is None:
        return None
    season = _g(m, "s")
    if season:
        code = word_map("xx", "seasons").get(_fold(season))
        if code is None or n < 0:
            return None
        rule = f"nth:{_SEASON_FIRST_DAY[code]}:{wd}:{n}"
    else:
        month = _month_of(m.group("mon"), lang)
        if month is None:
            return None
        rule = f"nth:{month:02d}:{wd}:{n}"
    y = _g(m, "year")
    return {"type": "DATE", "kind": "holiday", "value": rule, "year": int(y) if y else None}


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


@cache
def _en_length_governors() -> list[list[str]]:
    """One-word lists of the English words after which "a day" is a length (``lexicons/en/length_verbs.tsv``,
    ``lexicons/en/length_prepositions.tsv``), as :func:`_prev_words` returns them."""
    return [[w] for w in sorted(word_set("en", "length_verbs") | word_set("en", "length_prepositions"))]


def _en_length_governed(m: Any, text: str) -> bool:
    """Whether the day of ``m`` ("a day", "one day") is a length by the word before it ("the strike
    lasted a day", "held for a day"), unless a word after it makes it a kind of day ("called for a
    day of mourning", "hoped for a day like this": ``lexicons/en/day_kind_followers.tsv``)."""
    return _prev_words(text, m.start("x"), 1)[-1:] in _en_length_governors() \
        and _next_word(text, m.end("x")) not in word_set("en", "day_kind_followers")


# "-on-year", "-over-month", "-to-date" after a unit: an adjective of comparison ("year-on-year")
_COMPARED_UNIT = re.compile(r"[\-‐–]\s*(?:on|over|to|by)[\-‐–]", re.I)


def _en_count_start(words: str) -> int | None:
    """Where the last number of ``words`` starts when its number words make no one English number but a
    count before a length ("two four-year terms", "three five-day visits": two numbers, the first
    counting the second), else None. One number joins a ten and a unit ("twenty-one") or a multiplier
    ("two hundred")."""
    table = number_map("en", "number_words")
    toks = list(re.finditer(r"[^\s\-]+", words))
    for a, b in zip(toks, toks[1:]):
        va, vb = table.get(_fold(a.group())), table.get(_fold(b.group()))
        if va is None or vb is None or va >= 100 or vb >= 100 or _fold(b.group()) == "dozen":
            continue
        if not (va >= 20 and va % 10 == 0 and 1 <= vb <= 9):
            return toks[-1].start()
    return None


class _From(_Merged):
    """A match wrapper whose extent and number start at ``at`` (the words before are left out)."""

    def __init__(self, m: re.Match[str], at: int, **groups: str | None) -> None:
        super().__init__(m, **groups)
        self._at = at

    def start(self, name=0):
        return self._at if name in ("x", "n") else self._m.start(name)


def _h_duration_en(m: Any, text: str, lang: str) -> dict | None:
    if _g(m, "n") and (cut := _en_count_start(m.group("n"))) is not None:
        # "two four-year terms": "two" counts the terms, the length is "four-year" (P4Y, not P6Y)
        at = m.start("n") + cut
        fields = _h_duration_en(_From(m, at, n=m.group("n")[cut:], mod=None), text, lang)
        return {**fields, "x_start": at} if fields else None
    if _g(m, "frac"):  # "2 1/2 years", "2½ hours": a digit and a half
        return None if _g(m, "old") else _h_duration(_Merged(m, half=m.group("frac")), text, lang)
    if _g(m, "half2"):  # "an hour and a half", "a day and a half": read like "one and a half hours"
        n1 = "1" if _fold(m.group("n")) in ("a", "an") else m.group("n")
        return _h_duration(_Merged(m, half=m.group("half2"), n=n1), text, lang)
    n = _fold(m.group("n"))
    adj = m.group("adj")
    unit_word = _fold(m.group("u"))
    if _g(m, "long") and "-" not in adj:
        return None  # "a decades-long dispute": "decades-long" alone (en_long), not "a decades"
    if _COMPARED_UNIT.match(text, m.end("x")):
        return None  # "on a year-on-year basis", "a month-over-month rise": a comparison, no length
    if "-" in adj and unit_word.endswith("s") and unit_word not in ("hours", "hrs"):
        return None
    if n in ("a", "an", "one") and unit_word in word_set("en", "fraction_units") \
            and _next_word(text, m.end("x")) == "of":
        return None  # "a quarter of the votes": a fraction, not three months
    if n in ("a", "an", "one") and unit_word in word_set("en", "fraction_units") \
            and _next_word(text, m.end("x")).lstrip("-") in word_set("en", "fraction_measure_nouns"):
        return None  # "cut rates by a quarter point", "a quarter-mile track": a fraction of a measure
    if n in ("a", "an"):
        if "-" in adj:
            return None
        if m.start("n") == m.start("x") and _en_speed(m, text):
            return None  # "60 miles an hour": a speed, no length
        if unit_word in ("day",) and not _g(m, "mod") \
                and _next_word(text, m.end("x")) not in word_set("en", "offset_signals") \
                and not _en_length_governed(m, text):
            # "once a day", "a day to remember"; not "a day after the vote", nor after a word that
            # governs a length ("the strike lasted a day", "for a day", "spent a day")
            return None
        nxt = _next_word(text, m.end("x"))
        if nxt in ("later", "earlier", "before", "after", "ago"):
            pass
        return _h_duration(_Merged(m, n="1"), text, lang)
    if n == "one" and unit_word == "day" and not _g(m, "mod") and not _hyphened(m) \
            and _next_word(text, m.end("x")) not in word_set("en", "offset_signals") \
            and not _en_length_governed(m, text):
        return None  # "one day he will", not "for one day"
    return _h_duration(m, text, lang)


def _h_clock_part(m: Any, text: str, lang: str) -> dict | None:
    """"at 7 in the morning", "three o'clock in the afternoon", "11 at night": a clock time whose part
    of the day gives its half of the clock (afternoon and evening after noon, night from 6 on). A bare
    number needs a word that introduces a time before it (``lexicons/en/clock_prepositions.tsv``: not
    "scored 5 in the morning"), and the part of the day no noun after it ("in the morning session")."""
    h = m.group("h")
    hour = int(h) if h.isdigit() else int(number_map(lang, "number_words").get(_fold(h), 0))
    if not 1 <= hour <= 12:
        return None
    if not (_g(m, "mi") or _g(m, "oclock")):
        prev = _prev_words(text, m.start("x"), 2)
        if not prev or prev[-1] not in word_set(lang, "clock_prepositions"):
            return None
        scope = word_map(lang, "quantity_change_words").get(prev[0]) if len(prev) == 2 else None
        if scope == "level" or scope == "change" and prev[-1] != "at":
            return None  # "the toll rose to 9 in the evening", "tied at 7 at night": a count, a score
        if any(w in word_set("en", "temperature_words") for w in _prev_words(text, m.start("x"), 8)):
            return None  # "temperatures will be near 5 at night": degrees
    if _next_word(text, m.end("x")) in word_set(lang, "day_part_noun_followers"):
        return None
    if _habitual(m, text, lang) or _part_in_name(m, text):
        return None  # "every day he rises at 4 in the morning": any day's
    part = _part_of(_g(m, "part") or _g(m, "night"))
    if part in ("AF", "EV") and hour < 12 or part == "NI" and 6 <= hour < 12:
        hour += 12
    elif hour == 12 and part in ("MO", "NI"):
        hour = 24 if part == "NI" else 0  # "12 at night" is midnight, as "midnight" is T24:00
    return {"type": "TIME", "kind": "time", "hour": hour, "minute": int(_g(m, "mi") or 0)}


def _h_oclock(m: Any, text: str, lang: str) -> dict | None:
    h = m.group("h")
    hour = int(h) if h.isdigit() else int(number_map("en", "number_words").get(_fold(h), 0))
    if not 1 <= hour <= 12:
        return None
    return {"type": "TIME", "kind": "time", "hour": hour, "minute": 0}

