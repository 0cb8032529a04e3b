"""The rule tables of French and English temporal expressions: one regex per rule, its handler,
its priority and the cheap substring gates that skip it on texts that cannot match. Compiled on
first use and cached.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kg.extract.timex_handlers import (
    _AP,
    _B,
    _BY,
    _E,
    _OFFSET_END,
    _alt,
    _fold,
    _g,
    _Gate,
    _h_ago_bare,
    _h_anaphoric,
    _h_approx,
    _h_bare_day,
    _h_bare_day_en,
    _h_bare_signal,
    _h_bare_vague,
    _h_century,
    _h_clock_part,
    _h_date,
    _h_day_of_relmonth,
    _h_daypart,
    _h_daypart_adj,
    _h_decade,
    _h_demi,
    _h_duration,
    _h_duration_en,
    _h_fiscal,
    _h_fraction_of,
    _h_freq_units,
    _h_hms_length,
    _h_holiday,
    _h_ici,
    _h_in_length,
    _h_in_the_part,
    _h_iso,
    _h_lastnight,
    _h_long,
    _h_millennium,
    _h_month_end_quarter,
    _h_month_quarter,
    _h_next_unit,
    _h_night_of,
    _h_noon,
    _h_nth_weekday,
    _h_numeric,
    _h_oclock,
    _h_offset,
    _h_overnight,
    _h_per,
    _h_quarter,
    _h_quarter_abbr_rev,
    _h_race_time,
    _h_range_clock,
    _h_ref,
    _h_ref_adj,
    _h_relday,
    _h_relunit,
    _h_round_clock,
    _h_season,
    _h_set,
    _h_set_adj,
    _h_set_date,
    _h_stamp,
    _h_that_month,
    _h_the_duration,
    _h_thispart,
    _h_time,
    _h_time_weekday,
    _h_time_words,
    _h_unit_before,
    _h_units_of,
    _h_vague_dur,
    _h_weekday,
    _h_weekday_day,
    _h_weekday_day_en,
    _h_weekends,
    _h_weeks_off_weekday,
    _h_whole_unit,
    _h_year,
    _h_year_pair_en,
    _h_yy,
    _h_yy_apos,
    _h_yy_pair,
    _Merged,
    _no_count_before,
    _num_pattern,
    _part_of,
    _Rule,
    _unit_of,
)
from kg.knowledge.words import number_map, rows, word_map, word_set


def _r(name: str, pattern: str, handler: Callable, priority: int, gate: _Gate = ()) -> tuple:
    """One rule-table row (a call, so that multi-line patterns read as one argument).

    ``gate`` lists groups of keywords that every match of ``pattern`` necessarily contains (one
    keyword of each group), in its lower-cased form: ``find_timexes`` skips the rule on a text
    whose lower-cased form lacks a group entirely.  A keyword is a lower-case literal substring
    or a compiled regex (no IGNORECASE, no lookaround, anchor or ``\\b``, so that a hit in the
    match is a hit in the text).  A keyword must be *necessary*: derive it from the pattern,
    never from the data (``tests/extract/test_temporal.py`` checks it on generated and corpus matches).
    """
    return (name, pattern, handler, priority, gate)


@cache
def _rules(lang: str) -> tuple[_Rule, ...]:
    """Compile the rule table of one language (cached)."""
    flags = re.IGNORECASE | re.UNICODE
    return tuple(_Rule(name, re.compile(pat, flags), handler, prio, gate)
                 for name, pat, handler, prio, gate in _rule_rows(lang))


def _gate_keywords(lang: str) -> frozenset[str]:
    """The keywords of every gate of ``lang``'s rules (their patterns, for compiled ones), read
    from the rule table without compiling its patterns (:func:`kg.extract.temporal._gate_unsafe`
    needs them for every language, a build only the rules of the languages it reads)."""
    return frozenset(kw if isinstance(kw, str) else kw.pattern
                     for row in _rule_rows(lang) for group in row[4] for kw in group)


def _rule_rows(lang: str) -> tuple[tuple[str, str, Callable, int, _Gate], ...]:
    """The rule table of one language, patterns not compiled (not cached: the callers are)."""
    num = _num_pattern(lang)
    year = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
    rules: list[tuple[str, str, Callable, int, _Gate]] = []
    ap = _AP
    # gate groups shared by several rules (see _r)
    _D = (re.compile(r"\d"),)  # a digit
    no_count = _no_count_before(lang)  # "two hours later that day": the count, then "that day"
    g_num = r"\d|" + _alt(number_map("fr", "number_words") if lang == "fr" else number_map("en", "number_words"))  # how ``num`` starts
    if lang == "fr":
        # gate groups: some month (every alternative of ``months`` contains one), some weekday
        fr_mon: tuple[str, ...] = ("mai", "mars", "juin", "janv", "fév", "fevr", "avr", "juil", "août", "aout",
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
        # « au petit matin », « en pleine nuit »: the early or the heart of a part of the day
        intense = r"(?:petit\s+matin|pleine?\s+(?:nuit|matinée|matinee|après-midi|apres-midi|soirée|soiree))"
        # « hier en fin de journée », « mardi en début de journée »: the day, only with its start, middle or end
        part = (rf"(?P<part>(?:en\s+|dans\s+la\s+|dans\s+l{ap}\s*|au\s+)?"
                rf"(?:(?:(?:tout|toute)\s+)?(?:début|fin|milieu)\s+(?:de\s+|d{ap}\s*)(?:{parts}|journée)|{intense}|{parts}))")
        clock = (r"(?P<h>[01]?\d|2[0-4])\s*(?:h|H|heures?)(?:\s*(?P<mi>[0-5]\d))?"
                 r"(?:\s+(?P<ampm>du\s+matin|du\s+soir))?")
        rules += [
            _r("fr_date",
             rf"{_B}(?P<x>(?:le\s+|ce\s+)?(?:{wd},?\s+)?{dayn}\s+{mon}"
             rf"(?:\s+{year}|\s+(?P<yy>\d{{2}})(?![\d\w])(?!\s*(?:h\b|heures|%)))?"
             rf"(?:\s+(?P<dir>dernier|prochain))?"
             rf"(?:,?\s+(?:au|en|dans\s+la|dans\s+l{ap})\s*(?P<part>matinée|matin|soirée|soir|"
             rf"après-midi|apres-midi|nuit)(?!\s+(?:de|du|des|d{ap})(?!\w)))?){_E}", _h_date, 5,
             gate=(_D + ("premier",), fr_mon)),
            # "la première semaine de juin", "le dernier week-end d'août": a part of a month
            _r("fr_month_part",
             rf"{_B}(?P<x>(?:la|le)\s+(?:première|premier|deuxième|second|seconde|troisième|"
             rf"quatrième|dernière|dernier)\s+(?:semaine|quinzaine|week-end|décade)\s+"
             rf"(?:de\s+|d{ap}\s*){mon}(?:\s+{year})?){_E}", _h_date, 5,
             gate=(("semaine", "quinzaine", "week-end", "décade"), fr_mon)),
            # "du 19 au 23 juillet", "les 3 et 4 mai": the first day takes the month (and year) of the second;
            # "entre le 14 et le 18 juin": its article kept, as in « entre le 15 juillet et le 15 août »
            # a weekday may name either day: « du lundi 5 au samedi 10 juillet », « le dimanche 6 et le
            # lundi 7 juin » (the first day in July and June, not in the next month whose 5th is a Monday)
            _r("fr_range_day",
             rf"{_B}(?P<x>(?:le\s+)?(?:{wd}\s+)?{dayn})(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9]))*\s+(?:au|et|à|a|ou)\s+(?:le\s+)?"
             rf"(?:{_alt(fr_wd)}\s+)?(?:1er|[12]\d|3[01]|0?[1-9])\s+{mon}"
             rf"(?:\s+{year})?{_E}", _h_date, 5,
             gate=(_D, fr_mon)),
            # "les 12, 13 et 14 juin": a day in the middle of a list takes the month of the last one
            _r("fr_list_day",
             rf"(?:(?<=\d)|(?<=1er)),\s*(?P<x>(?P<day>[12]\d|3[01]|0?[1-9]))(?=(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9]))*\s+(?:et|ou)\s+"
             rf"(?:le\s+)?(?:[12]\d|3[01]|0?[1-9])\s+{mon}(?:\s+{year})?{_E})", _h_date, 5,
             gate=(_D, (",",))),
            # "mars-avril", "de mars à mai": the second month of a range of months
            _r("fr_range_month",
             rf"{_B}{_alt(number_map('fr', 'months'))}\s*[-–]\s*(?P<x>{mon}(?:\s+{year})?){_E}",
             lambda m, t, lang: _h_date(_Merged(m, mod="range"), t, lang), 4,
             gate=((re.compile(_alt(number_map("fr", "months")) + r"\s*[-–]"),),)),
            # (« ce mois de mai »: the demonstrative kept with « mois », as « le mois de juin »)
            _r("fr_month",
             rf"{_B}(?P<x>(?:(?:la\s+)?{mod}(?:\s*-\s*|\s+(?:de\s+|d{ap}\s*|du\s+(?=mois))?))?"
             rf"(?P<mois>(?:le\s+|ce\s+)?mois\s+(?:de\s+|d{ap}\s*))?{mon}"
             rf"(?:\s+(?:de\s+l{ap}\s*année\s+)?{year}|\s+(?P<yy>[4-9]\d)(?![\d\w])(?!\s*(?:h\b|heures|%)))?"
             rf"(?:\s+(?P<dir>dernier|prochain))?){_E}", _h_date, 4,
             gate=(fr_mon,)),
            # (« cette année 1999 » one DATE with its noun, as « l'année 2001 »)
            _r("fr_year",
             rf"{_BY}(?P<x>(?:(?:la\s+)?{mod}(?:\s*-\s*|\s+(?:de\s+|d{ap}\s*)?))?(?P<pre>(?:l{ap}\s*|cette\s+)(?:an|année)\s+)?{year})"
             rf"(?![\w]|[.,]\d|\s*(?:%|€|\$))", _h_year, 2,
             gate=(_D, (re.compile(r"1\d{3}|20\d{2}"),))),
            # « l'exercice 1998-99 », « la saison 98-99 »: the second year of a pair, written with two digits
            _r("fr_yy_pair", r"(?<=\d[-–/])(?P<x>(?P<yy>\d{2}))(?![\w,.]\d|\w)", _h_yy_pair, 1,
               gate=((re.compile(r"\d\d"),),)),
            _r("fr_yy", rf"{_B}(?P<x>(?:{mod}(?:\s*-\s*|\s+))?{ap}?(?P<yy>\d{{2}}))(?![\w,.]\d|\w)",
             _h_yy, 1,
             gate=((re.compile(r"\d\d"),),)),
            # « la fin des années 80 », « le début du XXe siècle »: the modifier's article kept, as in « la
            # fin du XIXe siècle » and « la fin de l'année » (FR-TimeBank); « au début des années 60 » leaves
            # the contracted « au » out
            _r("fr_decade",
             rf"{_B}(?P<x>(?:(?:la\s+|le\s+)?(?P<mod>début|debut|fin|milieu)\s+des\s+|les\s+|(?P<the>))"
             rf"années\s+(?:(?P<cent>1\d|20)?(?P<dec>\d)0|(?P<decw>{_alt(word_map('fr', 'decade_words'))})(?!-))){_E}",
             _h_decade, 5,
             gate=((re.compile(r"années\s+(?:(?:1\d|20)?\d0|vingt|trente|quarante|cinquante|soixante|quatre)"),),)),
            _r("fr_century",
             rf"{_B}(?P<x>(?:(?:la\s+|le\s+)?(?P<mod>début|debut|fin|milieu)\s+du\s+|le\s+)?"
             rf"(?:(?P<num>[XVI]{{1,6}}|\d{{1,2}})\s*(?:e|è|ème|eme|ᵉ)|(?P<ordw>{_alt(number_map('fr', 'century_ordinals'))}))\s+siècle){_E}", _h_century,
             5,
             gate=(("siècle",),)),
            # « le troisième millénaire », « la fin du IIe millénaire »: a millennium, as a century
            _r("fr_millennium",
             rf"{_B}(?P<x>(?:(?:la\s+|le\s+)?(?P<mod>début|debut|fin|milieu)\s+du\s+|le\s+)?"
             rf"(?:(?P<num>I{{1,3}}|[123])\s*(?:e|è|ème|eme|ᵉ)|(?P<ordw>premier|deuxième|troisième))\s+millénaire){_E}",
             _h_millennium, 5,
             gate=(("millénaire",),)),
            # (« en plein été », « au cœur de l'hiver »: the heart of the season, as « en pleine nuit »; « les mois
            # d'été »: the season's months, any year's, one DATE with them as in FR-TimeBank)
            _r("fr_season",
             rf"{_B}(?P<x>(?:(?P<det>l{ap}\s*|cet\s+|ce\s+|le\s+)|(?P<mod>(?:la\s+|le\s+)?(?:début|fin|milieu|cœur|coeur)\s+"
             rf"(?:de\s+l{ap}\s*|du\s+(?=printemps))|plein\s+(?=été|hiver|automne|printemps))|"
             rf"(?P<months>les\s+mois\s+(?:d{ap}\s*|de\s+(?=printemps))))?"
             rf"(?P<s>printemps|été|Eté|automne|hiver)(?:\s+{year}|\s+(?P<yy>[4-9]\d)(?![\d\w])(?!\s*(?:h\b|heures|%)))?"
             rf"(?:\s+(?P<dir>dernier|prochain))?){_E}", _h_season, 3,
             gate=(("printemps", "été", "eté", "automne", "hiver"),)),
            _r("fr_relday",
             rf"{_B}(?P<x>(?P<rd>aujourd{ap}\s*hui|avant-hier|après-demain|apres-demain|hier|demain)"
             rf"(?:\s+(?P<wd>{_alt(fr_wd)}))?"
             rf"(?:,?\s+{part}|\s+(?:à|a|dès)\s+{clock})?){_E}", _h_relday, 6,
             gate=(("aujourd", "hier", "demain"),)),
            _r("fr_thispart",
             rf"{_B}(?P<x>(?:ce|cet|cette)\s+(?P<part>matin|après-midi|apres-midi|soir|nuit|midi))"
             rf"{_E}", _h_thispart, 3,
             gate=(("ce",), ("matin", "midi", "soir", "nuit"))),
            _r("fr_weekday",
             rf"{_B}(?P<x>(?:(?P<det>ce\s+même|ce|le|les|chaque|tous\s+les)\s+)?"
             rf"(?P<wd>{_alt(fr_wd)})s?(?:\s+(?P<dir>dernier|prochain|passé))?"
             # (« samedi à 8 h » is two TIMEX3 in FR-TimeBank, unlike « hier à 10 h »)
             rf"(?:,?\s+{part})?)(?!\s+saint){_E}", _h_weekday, 3,
             gate=(fr_wd,)),
            # « la nuit de mardi à mercredi », « dans la soirée de mardi », « la matinée de lundi »
            _r("fr_night_of",
             # (with its start or end: « la fin de l'après-midi de samedi », as « samedi en fin d'après-midi »)
             # (« la nuit du samedi au dimanche » as « de samedi à dimanche »; « la journée de samedi » is the
             # day; a day number after the weekday is left to the dates: « la nuit de samedi 12 au dimanche 13 »)
             rf"{_B}(?P<x>(?:(?:la\s+|le\s+)?(?:fin|début|debut|milieu)\s+de\s+)?(?:la|le|l{ap})\s*(?P<part>nuit|soirée|soiree|matinée|matinee|après-midi|apres-midi|journée)\s+"
             rf"(?:de|du)\s+(?P<wd>{_alt(fr_wd)})(?!(?:\s+(?:à|a|au)\s+{_alt(fr_wd)})?\s+(?:1er|\d))"
             rf"(?:\s+(?:à|a|au)\s+{_alt(fr_wd)})?){_E}(?!\s+(?:1er|\d))", _h_night_of, 7,
             gate=(("nuit", "soirée", "soiree", "matinée", "matinee", "midi", "journée"), fr_wd)),
            # « la soirée d'hier », « la nuit de demain », « la journée d'hier »: a part of a relative day
            _r("fr_part_of_relday",
             rf"{_B}(?P<x>(?:la|le|l{ap})\s*(?P<part>nuit|soirée|soiree|matinée|matinee|après-midi|apres-midi|journée)\s+"
             rf"(?:d{ap}\s*(?P<rd>hier|avant-hier)|de\s+(?P<rd2>demain|après-demain))){_E}",
             lambda m, t, lang: _h_relday(_Merged(m, rd=_g(m, "rd") or _g(m, "rd2")), t, lang), 7,
             gate=((re.compile(rf"d{ap}\s*(?:avant-)?hier|de\s+(?:après-)?demain"),),
                   ("nuit", "soirée", "soiree", "matinée", "matinee", "midi", "journée"))),
            # « le 15 du mois prochain », « le 1er du mois dernier », « le 20 de ce mois »: the day of the
            # month that the shift gives, one expression (as "the 15th of next month")
            _r("fr_day_of_relmonth",
             rf"{_B}(?P<x>le\s+(?:(?P<day>[12]\d|3[01]|0?[1-9])|1er|premier)\s+(?:du\s+mois\s+(?P<dir>prochain|dernier|"
             rf"suivant|précédent|passé)|de\s+(?P<det>ce)\s+mois(?:-ci)?)){_E}",
             lambda m, t, lang: _h_day_of_relmonth(_Merged(m, u="mois"), t, lang), 4,
             gate=(("mois",), (re.compile(r"(?:\d|1er|premier)\s+d[eu]\s+(?:ce\s+)?mois"),))),
            # « la même période de l'an dernier », « à la même époque l'an dernier »: one phrase, the period the
            # text last gave a year before (as "the same period last year": « au premier trimestre, les ventes
            # ont progressé par rapport à la même période de l'an dernier » is 2025-Q1)
            _r("fr_same_period_year",
             rf"{_B}(?P<x>la\s+même\s+(?:période|époque)\s+(?:de\s+|d{ap}\s*)?(?:l{ap}\s*(?:an|année)\s+(?:dernier|dernière|passée?|précédente?)|"
             rf"l{ap}\s*année\s+d{ap}\s*avant|un\s+an\s+plus\s+tôt)){_E}",
             lambda m, t, lang: {"type": "DATE", "kind": "relunit", "unit": "Y", "offset": -1, "direction": 2,
                                 "anchored": True}, 5,
             gate=(("même",), ("an",))),
            _r("fr_relunit",
             rf"{_B}(?P<x>(?:(?P<mod>(?:la\s+|le\s+)?(?:fin|début|debut|milieu)\s+(?:de\s+|d{ap}\s*))?"
             rf"(?P<det>la|le|l{ap}|cette|ce|cet)\s*|(?<=\b[ad]u\s)(?=\w+\s+(?:dernier|prochain|passé|précédent|suivant))|"
             rf"(?P<moddu>(?:la\s+|le\s+)?(?:fin|début|debut|milieu)\s+du\s+(?=mois|siècle|trimestre|semestre|week)))"
             rf"(?P<u>semaine|mois|année|an|week-end|weekend|"
             rf"trimestre|semestre|décennie|siècle)(?:-ci|-là)?"
             rf"(?:\s+(?P<dir>dernière|dernier|prochaine|prochain|passée|passé|précédente|"
             rf"précédent|suivante|suivant|en\s+cours|écoulée?))?){_E}", _h_relunit, 3,
             gate=((re.compile(rf"(?:la|le|l{ap}|cette|ce|cet|du|au)\s*(?:semaine|mois|année|an|week|"
                               rf"trimestre|semestre|décennie|siècle)"),),)),
            # "la saison dernière", "la saison prochaine": a (sports) season, counted in years from the
            # reference ("la saison" alone, "le début de la saison": not a date)
            _r("fr_sport_season",
             rf"{_B}(?P<x>(?P<det>la)\s+saison\s+(?P<dir>dernière|prochaine|passée|précédente|suivante)){_E}",
             lambda m, t, lang: _h_relunit(_Merged(m, u="année"), t, lang), 3,
             gate=(("saison",), ("dernière", "prochaine", "passée", "précédente", "suivante"))),
            _r("fr_relunit2",
             # (« ce dernier week-end », « cette dernière semaine »: the last one before the reference)
             rf"{_B}(?P<x>(?P<det>la|le|l{ap}|ce|cette)\s*(?P<dir>prochaine|prochain|dernière|dernier)\s+"
             rf"(?P<u>semaine|année|week-end|décennie)){_E}", _h_relunit, 3,
             gate=(("prochain", "dernier", "dernière"), ("semaine", "année", "week", "décennie"))),
            # « voilà deux ans », « voici dix ans » read as « il y a »
            _r("fr_ago",
             rf"{_B}(?P<x>(?:il\s+y\s+a|voilà|voila|voici)\s+(?:(?:environ|près\s+de|plus\s+de|moins\s+de|"
             rf"presque|quelque)\s+)?(?:(?P<n>{num})|(?P<vague>quelques|plusieurs))\s+(?P<u>{units})"
             rf"(?:\s+et\s+(?P<half>demie?))?(?:\s+environ)?(?P<ago>)){_E}", _h_offset,
             7,
             gate=((re.compile(r"il\s+y\s+a"), "voil", "voici"),)),
            # « il y a une dizaine d'années »: an approximate number of units before the reference
            _r("fr_ago_approx",
             rf"{_B}(?P<x>il\s+y\s+a\s+(?:environ\s+|près\s+d{ap}\s*|plus\s+d{ap}\s*|presque\s+)?une\s+"
             rf"(?P<n>{_alt(number_map('fr', 'approximate_numbers'))})\s+(?:de\s+|d{ap}\s*)(?P<u>{units})(?:\s+environ)?(?P<ago>)){_E}",
             lambda m, t, lang: _h_offset(_Merged(m, n=str(number_map("fr", "approximate_numbers").get(_fold(m.group("n"))))), t, lang),
             7,
             gate=((re.compile(r"il\s+y\s+a"),), tuple(number_map("fr", "approximate_numbers")))),
            # « dans deux semaines », « d'ici dix ans »: the length after the preposition, as « d'ici à
            # [dix ans] » in FR-TimeBank and "in [two weeks]" in TimeML (« ici » is a timex of its own)
            _r("fr_in",
             rf"{_B}(?:dans|d{ap}\s*ici)\s+(?P<x>(?P<n>{num})\s+(?P<u>{units})(?:\s+et\s+(?P<half>demie?))?){_E}",
             _h_in_length, 6,
             gate=((re.compile(r"(?:dans|ici)\s+(?:" + g_num + ")"),),)),
            _r("fr_duration",
             rf"{_B}(?P<x>(?:(?P<mod>environ|près\s+d(?:e\s+|{ap}\s*)|plus\s+d(?:e\s+|{ap}\s*)|"
             rf"moins\s+d(?:e\s+|{ap}\s*)|presque|quelque|au\s+moins|pas\s+moins\s+d(?:e\s+|{ap}\s*)|"
             rf"un\s+peu\s+plus\s+d(?:e\s+|{ap}\s*)|une\s+bonne|un\s+bon)\s*)?"
             # (« environ » may follow: « trois heures environ », as « environ trois heures »)
             rf"(?P<n>{num})\s+(?P<u>{units})(?![\-‑]lumière)(?:\s+et\s+(?P<half>demie?))?(?:\s+environ)?){_E}",
             _h_duration, 2,
             gate=((re.compile(r"(?:" + g_num + r")\s+" + units),),)),
            # « une bonne heure », « deux petites heures », « trois longues années »: an adjective of size
            # between the number and its unit (the adjective kept, as "a good hour")
            _r("fr_duration_adj",
             # (one unit is "good", "long" or "short" of its kind, not of its length: « une bonne année »,
             # « une longue semaine »; but « une bonne heure », « une petite année »)
             rf"{_B}(?P<x>(?!une?\s+(?:bonn?e?|longu?e?|courte?)\s+(?!heure|minute|quart))"
             rf"(?P<n>{num})\s+(?:bonnes?|bons?|petites?|petits?|longues?|longs?|courtes?|courts?)\s+"
             rf"(?P<u>{units})){_E}",
             _h_duration, 3,
             gate=(("bon", "petit", "long", "court"),)),
            # "de 8 à 24 mois", "entre deux et trois ans": the first number takes the unit of the second
            _r("fr_range_num",
             rf"{_B}(?P<x>(?P<n>{num}))\s+(?:à|a|et|ou)\s+(?:{num})\s+(?P<u>{units}){_E}",
             _h_duration, 2,
             gate=((re.compile(r"\s(?:à|a|et|ou)\s+(?:" + g_num + ")"),), (re.compile(r"\s(?:" + units + r")"),))),
            # "de 14 à 16 heures", "entre 9 et 12 h": the first hour of a range of clock times is a clock
            # time too (with « heures », only from 7 on: « entre 2 et 3 heures » is a length)
            _r("fr_range_clock",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-4]))\s+(?:à|a|et)\s+(?:(?P<h2>[01]?\d|2[0-4])\s*(?-i:h)|"
             rf"(?P<h3>[01]?\d|2[0-4])\s+heures)(?![\w])",
             _h_range_clock, 3,
             gate=((re.compile(r"\s(?:à|a|et)\s+\d"),), ("h",))),
            # « au cours des dix dernières années »: « des » (de + les) is left out, as « du » is (a
            # look-behind, not a conditional group, so that the rule keeps its first-character filter)
            _r("fr_last_n",
             # (« les neuf premiers mois »: the first units of a period, as "the first nine months", P9M)
             rf"{_B}(?P<x>(?:(?<=des\s)|(?:ces|les)\s+)(?:(?P<n>{num})\s+)?(?:derniers|dernières|prochains|"
             rf"prochaines|premiers|premières)\s+(?:(?P<n2>{num})\s+)?(?P<u>{units})){_E}",
             # (« les premiers jours de juin » without a count is left to the month)
             lambda m, t, lang: None if "premi" in _fold(m.group("x")) and not (_g(m, "n") or _g(m, "n2"))
             else _h_duration(_Merged(m, n=_g(m, "n") or _g(m, "n2")), t, lang), 4,
             gate=(("dernier", "dernièr", "prochain", "premier", "premièr"),)),
            # "ces jours derniers", "ces semaines dernières": the adjective after its noun
            _r("fr_last_n_post",
             rf"{_B}(?P<x>ces\s+(?P<u>jours|semaines|mois|années)\s+(?:derniers|dernières)){_E}",
             _h_vague_dur, 4,
             gate=(("ces",), ("dernier", "dernièr"))),
            _r("fr_vague",
             rf"{_B}(?P<x>(?:(?:plusieurs|quelques|de\s+nombreuses|de\s+nombreux|de\s+longues|"
             rf"de\s+longs)\s+(?P<u>années|ans|mois|semaines|jours|heures|minutes|secondes|"
             rf"décennies|siècles)|des\s+(?P<u2>années|mois|semaines|décennies|siècles)|"
             # « pendant des heures », « depuis des jours »: the shorter units only after a preposition of
             # length (« des heures supplémentaires », « des jours fériés » are no lengths)
             rf"(?:(?<=\bpendant\s)|(?<=\bdepuis\s)|(?<=\bdurant\s))des\s+(?P<u3>heures|jours|minutes)"
             # (nor a kind of hours or days after a preposition: « pendant des jours fériés »)
             rf"(?!\s+(?:{_alt(word_set('fr', 'unit_kind_words'))})(?!\w))))(?!\s+(?:19|20)?\d0){_E}",
             lambda m, t, lang: _h_vague_dur(_Merged(m, u2=_g(m, "u2") or _g(m, "u3")), t, lang), 2,
             gate=(("mois", "année", "plusieurs", "quelques", "nombreu", "longue", "longs",
                    "semaine", "décennie", "siècle", "heures", "jours", "minutes"),)),
            _r("fr_demi",
             rf"{_B}(?P<x>(?:un|une)\s+demi-(?P<u>heure|siècle|journée|journee|année|"
             rf"seconde|minute)){_E}", _h_demi, 3,
             gate=(("demi",),)),
            _r("fr_set",
             rf"{_B}(?P<x>(?:chaque|chacun\s+des|chacune\s+des)\s+(?P<u>jour|semaine|mois|année|"
             rf"an|trimestre|semestre|matin|soir|nuit|été|hiver|automne|printemps|week-end|"
             rf"{_alt(fr_wd)})){_E}", _h_set, 4,
             gate=(("chaque", "chacun"),)),
            _r("fr_set2",
             rf"{_B}(?P<x>tou(?:te)?s\s+les\s+(?:(?P<n>{num})\s+)?(?P<u>jours|semaines|mois|ans|"
             rf"années|trimestres|semestres|heures|minutes|matins|soirs|nuits|week-ends|étés|hivers|"
             rf"{_alt([w + 's' for w in fr_wd])}|{_alt(fr_wd)})){_E}", _h_set, 4,
             gate=(("tous", "toutes"),)),
            # « un jour sur deux », « une semaine sur deux »: one unit in every two (or three), a SET, as
            # "every other week" (P2W); not « un jour sur deux cents », a share
            _r("fr_one_in_n",
             rf"{_B}(?P<x>(?:un|une)\s+(?P<u>jour|semaine|mois|an|année)\s+sur\s+"
             rf"(?P<n>deux|trois|quatre|[234])){_E}(?![\-‑]|\s+(?:cents?|mille|vingts?)(?!\w))", _h_set, 5,
             gate=((re.compile(r"\ssur\s"),),)),
            # « chaque 11 novembre », « tous les 15 août »: one date of every year, a SET (not this year's date)
            _r("fr_set_date",
             rf"{_B}(?P<x>(?:chaque|tous\s+les)\s+{dayn}\s+{mon}){_E}", _h_set_date, 5,
             gate=(("chaque", "tous"), fr_mon)),
            # « le premier mardi de chaque mois », « chaque dernier vendredi du mois »: one day of every
            # month, a SET of the month (not one date)
            _r("fr_nth_weekday_set",
             rf"{_B}(?P<x>(?:le|chaque)\s+(?:premier|deuxième|second|troisième|quatrième|dernier)\s+"
             rf"{_alt(fr_wd)}\s+(?:de\s+chaque|du)\s+(?P<u>mois)){_E}", _h_set, 5,
             gate=(("premier", "deuxième", "second", "troisième", "quatrième", "dernier"), fr_wd, ("mois",))),
            # « une fois par semaine », « trois fois par an »: the frequency is in the SET (as "once a week")
            _r("fr_freq",
             rf"{_B}(?P<x>(?:{num})\s+fois\s+(?P<per>par)\s+(?P<u>an|année|mois|semaine|jour|heure|trimestre|semestre)){_E}",
             _h_per, 4,
             gate=(("fois",), (re.compile(r"par\s+(?:an|année|mois|semaine|jour|heure|trimestre|semestre)"),))),
            # « 24 heures sur 24 », « 7 jours sur 7 », « 24h/24 », « 7j/7 »: every hour of each day, every day
            # of each week; one SET of the larger unit, as "24 hours a day" (not a clock time nor a length)
            _r("fr_round_clock",
             # (in words too: « sept jours sur sept », « vingt-quatre heures sur vingt-quatre »)
             rf"{_B}(?P<x>(?P<n>24|7|365|12|vingt-quatre|sept|douze)\s*(?P<u1>h|heures|j|jours|mois)\s*(?:sur\s*|/\s*)(?P=n)){_E}",
             _h_round_clock, 6,
             gate=((re.compile(r"(?:sur\s*|/\s*)(?:24|7|365|12|vingt-quatre|sept|douze)"),),)),
            _r("fr_per",
             rf"{_B}(?P<per>par)\s+(?P<x>(?P<u>an|année|mois|semaine|jour|heure|trimestre|semestre)){_E}",
             _h_per, 2,
             gate=((re.compile(r"par\s+(?:an|année|mois|semaine|jour|heure|trimestre|semestre)"),),)),
            # "un quinquennat", "le septennat": a term of a fixed length
            _r("fr_period_noun",
             rf"{_B}(?P<x>(?P<w>{_alt(word_map('fr', 'period_nouns'))})){_E}",
             lambda m, t, lang: {"type": "DURATION", "kind": "value",
                                 "value": word_map("fr", "period_nouns").get(m.group("w").lower())}, 2,
             gate=(tuple(k.lower() for k in word_map("fr", "period_nouns")),)),
            # « une virée nocturne »: an adjective of a part of the day after its noun (FR-TimeBank TIME TNI)
            _r("fr_daypart_adj",
             rf"(?<=[^\W\d_]\s)(?P<x>(?P<adj>{_alt(word_map('fr', 'day_part_adjectives'))})){_E}",
             _h_daypart_adj, 1,
             gate=(tuple(sorted(word_map("fr", "day_part_adjectives"))),)),
            _r("fr_set_adj",
             rf"{_B}(?P<x>(?P<adj>{_alt(word_map('fr', 'set_adjectives'))})){_E}",
             _h_set_adj, 1,
             gate=(tuple(sorted(word_map("fr", "set_adjectives"))),)),
            # (more hours than a day has, « une garde à vue de 48 h », is a length: see _h_time)
            _r("fr_time",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-4]|(?P<long>2[5-9]|[3-9]\d|[1-9]\d\d))\s*(?:h|H)(?:\s*(?P<mi>[0-5]\d))?"
             rf"(?:\s+(?P<ampm>du\s+matin|du\s+soir))?){_E}", _h_time, 3,
             gate=((re.compile(r"\d\s*h"),),)),
            # the second clock time of a range written with a dash (« de 9 h-12 h », « 13 h 30-15 h 30 »)
            _r("fr_time_dash",
             rf"(?:(?<=[hH])|(?<=[hH]\d\d)|(?<=[hH]\s\d\d))\s?[-–]\s?(?P<x>(?P<h>[01]?\d|2[0-4])\s*(?:h|H)(?:\s*(?P<mi>[0-5]\d))?){_E}",
             _h_time, 3,
             gate=((re.compile(r"[-–]\s?\d{1,2}\s*h"),),)),
            # « 1 h 25 min », « 2 h 15 min 30 s », « 31 min 20 s »: a length written with its abbreviated
            # units, one DURATION (not the clock time « 1 h 25 » and a stray « min »)
            _r("fr_hms_length",
             rf"{_B}(?P<x>(?:(?P<h>\d{{1,3}})\s*h\s*(?P<mi>[0-5]?\d)\s*(?:min|mn)(?:\s*(?P<s>[0-5]?\d)\s*(?:s|sec))?|"
             rf"(?P<mi2>\d{{1,3}})\s*(?:min|mn)\s*(?P<s2>[0-5]?\d)\s*(?:s|sec))){_E}",
             _h_hms_length, 6,
             gate=(("min", "mn"),)),
            _r("fr_time_heures",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-4])\s+(?P<heures>heures?)(?:\s+(?P<mi>[0-5]\d))?"
             rf"(?:\s+(?P<ampm>du\s+matin|du\s+soir))?){_E}", _h_time, 3,
             gate=(("heure",), (re.compile(r"\d\s+heure"),))),
            # "trois heures du matin", "onze heures du soir", « une heure du matin »: a clock time in words
            # needs its part of the day (« une heure » alone is a length)
            _r("fr_time_words",
             rf"{_B}(?P<x>(?P<hw>{_alt([w for w, n in number_map('fr', 'number_words').items() if 1 <= n <= 12 and w != 'un'])})"
             rf"\s+heures?(?:\s+(?P<half>et\s+demie|et\s+quart))?\s+(?P<ampm>du\s+matin|du\s+soir|de\s+l{ap}\s*après-midi)){_E}",
             _h_time_words, 4,
             gate=(("heure",), ("matin", "soir", "midi"))),
            _r("fr_time_colon",
             rf"{_B}(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)){_E}(?!:)", _h_time, 3,
             gate=((":",), (re.compile(r"\d:\d"),))),
            _r("fr_time_weekday",
             rf"{_B}(?P<x>{clock}\s+(?P<wd>{_alt(fr_wd)})){_E}",
             _h_weekday, 6,
             gate=((re.compile(r"\d\s*h"),), fr_wd)),
            _r("fr_noon", rf"{_B}(?P<x>(?P<w>midi|minuit)(?:\s+et\s+(?P<half>demie?|quart))?){_E}", _h_noon, 2,
             gate=(("midi", "minuit"),)),
            _r("fr_ref",
             rf"{_B}(?P<x>maintenant|actuellement|désormais|dorénavant|à\s+présent|"
             # (« pour l'heure », « dans l'immédiat »: lexicalised as « pour l'instant »; not « pour l'heure du
             # déjeuner », « dans l'immédiat après-guerre »)
             rf"pour\s+l{ap}\s*instant|pour\s+le\s+moment|pour\s+l{ap}\s*heure(?!\s+(?:(?:de|du|des)(?!\w)|d{ap}))|"
             rf"dans\s+l{ap}\s*immédiat(?![\w\-]|\s+(?:après|avant)\b)|par\s+le\s+passé|dans\s+le\s+passé|de\s+nos\s+jours|en\s+ce\s+moment|"
             rf"présentement|récemment|recemment|autrefois|jadis|naguère|(?:à|(?-i:A))\s+l{ap}\s*avenir|dans\s+l{ap}\s*avenir|"
             rf"dans\s+le\s+futur|(?-i:A)\s+présent|"
             rf"prochainement|bientôt|auparavant|précédemment|precedemment|l{ap}\s*heure\s+actuelle|ces\s+jours-ci|"
             rf"dernièrement|dernierement|ces\s+derniers\s+temps|"
             # « il y a peu, … », « il y a peu encore » (recently; not « il y a peu de monde »), « sous peu » (not « sous peu de jours »)
             rf"il\s+y\s+a\s+peu(?=\s*[,.;:!?)»]|\s+encore(?!\w)|\s*$)|sous\s+peu(?!\s+de\s)){_E}", _h_ref, 2,
             gate=(("passé", "jours-ci", "nos", "moment", "présent", "maintenant", "actuellement", "désormais", "heure", "immédiat",
                    "dorénavant", "instant", "récemment", "recemment", "autrefois", "jadis",
                    "naguère", "avenir", "futur", "prochainement", "bientôt", "auparavant", "précédemment", "precedemment", "actuelle",
                    "dernièrement", "dernierement", "temps", "peu"),)),
            # "à l'époque", "à l'époque romaine": a past period (FR-TimeBank: PAST_REF), with its adjective
            _r("fr_epoch",
             rf"(?<=\bà\s)(?P<x>(?:l{ap}\s*|cette\s+)époque(?:-là)?(?:\s+[a-zéèêëîïôûüç\-]+?(?:ique|aine|ain|ale|ienne|ien|ine|iste|oise|ois|rne|ane))?){_E}"
             rf"(?!\s+de\s+l{ap}\s*année)",  # « à cette époque de l'année »: a season, not the past
             _h_ref, 2,
             gate=(("époque",),)),
            # « à l'aube de l'an 2000 », « à l'aube du troisième millénaire »: the eve of the new era, the
            # present (FR-TimeBank: PRESENT_REF), not the year
            _r("fr_dawn",
             rf"(?<=\b[àa]\s)(?P<x>l{ap}\s*aube\s+(?:de\s+l{ap}\s*an\s+(?:2000|deux\s+mille)|"
             rf"du\s+(?:troisième|3e|IIIe)\s+millénaire|du\s+(?:XXIe|21e|vingt\s+et\s+unième)\s+siècle)){_E}",
             lambda m, t, lang: {"type": "TIME", "kind": "value", "value": "PRESENT_REF"}, 6,
             gate=((re.compile(r"aube\s+d"),),)),
            # « à l'heure de l'euro, … »: the era of a thing, the present (FR-TimeBank: PRESENT_REF), up to the
            # end of the phrase; not « à l'heure du déjeuner », a time of day, nor « à l'heure d'été », the clock
            _r("fr_era",
             rf"(?<=\b[àa]\s)(?P<x>l{ap}\s*heure\s+(?:de\s+l{ap}\s*|de\s+la\s+|des\s+|d{ap}\s*|du\s+)"
             rf"(?!(?:{_alt(word_set('fr', 'meal_nouns'))})\b)(?!(?:été|hiver)(?!\w))[^\W\d][^,.;:!?\n«»()]{{0,60}}?)(?=\s*[,.;:!?])",
             lambda m, t, lang: {"type": "TIME", "kind": "value", "value": "PRESENT_REF"}, 2,
             gate=((re.compile(r"heure\s+d"),),)),
            # "le précédent gouvernement", "l'actuel directeur", "le prochain mariage": FR-TimeBank marks
            # these adjectives as references to the past, the present and the future
            _r("fr_ref_adj",
             rf"{_B}(?P<x>(?P<adj>précédente?s?|precedente?s?|actuel(?:le)?s?|prochaine?s?)){_E}",
             _h_ref_adj, 1,
             gate=(("précédent", "precedent", "actuel", "prochain"),)),
            _r("fr_anaph",
             rf"{_B}(?P<x>(?:le\s+lendemain|la\s+veille)"
             rf"(?:\s+(?:au\s+)?(?P<part>matin|soir|midi|après-midi|apres-midi))?|le\s+(?:même\s+jour|jour\s+même)|ce\s+jour-là|"
             # « le jour suivant », « le jour précédent »: the day after or before the one last mentioned
             # (not « le jour suivant : », the day the list after it names)
             rf"le\s+jour\s+(?:suivant|précédent|precedent)(?!\s*:)|"
             rf"le\s+surlendemain|l{ap}\s*avant-veille|(?<=\bau\s)lendemain(?=\s+(?:de|du|des|d{ap})(?!\w))){_E}",
             _h_anaphoric, 3,
             gate=(("lendemain", "veille", "même", "jour-là", "suivant", "précédent", "precedent"),)),
            # « le soir même », « le matin même », « dans la soirée même »: that part of the day last
            # mentioned (« Ils ont été arrêtés mardi et relâchés le soir même »); not « le soir même de
            # l'élection », « la nuit même où il a été élu »: the day of that event, not the last one told
            _r("fr_anaph_part",
             rf"{_B}(?P<x>(?:le|l{ap}\s*|dans\s+la|la)\s*(?P<part>soir|matin|après-midi|apres-midi|soirée|matinée|nuit)"
             rf"\s+même)(?!\s+(?:de|du|des|d{ap}|où)(?!\w)){_E}",
             _h_anaphoric, 3,
             gate=(("même",), ("soir", "matin", "midi", "matinée", "nuit"))),
            # "toute l'année", "toute la journée": the whole of one unit
            _r("fr_whole_unit",
             rf"{_B}(?P<x>(?:toute\s+(?:l{ap}\s*|la\s+)|tout\s+le\s+)(?P<u>année|journée|semaine|mois|"
             rf"week-end)){_E}", _h_whole_unit, 3,
             gate=(("tout",), ("année", "journée", "semaine", "mois", "week-end"))),
            # "toute la nuit", "tout l'après-midi": the whole of a part of the day, « toute » in the extent
            # as in « toute l'année » (FR-TimeBank)
            _r("fr_whole_part",
             rf"{_B}(?P<x>(?:toute\s+la\s+|tout\s+l{ap}\s*)(?P<part>nuit|matinée|soirée|après-midi|apres-midi))"
             rf"(?!\s+(?:de|du|des|d{ap})(?!\w)){_E}", _h_thispart, 3,
             gate=((re.compile(r"tout(?:e\s+la\s|\s+l)"),), ("nuit", "matinée", "soirée", "midi"))),
            _r("fr_lastnight", rf"{_B}(?P<x>la\s+nuit\s+dernière){_E}", _h_lastnight, 6,
             gate=(("nuit",), ("dernière",))),
            # "à ce jour", "en ce jour inaugural": the reference day ("ce jour-là", "ce jour où": another day)
            _r("fr_ce_jour",
             rf"{_B}(?P<x>ce\s+jour)(?![\w\-])(?!\s*[-‑]\s*l)(?!\s+(?:où|de|du|des|d{ap}|que|qu{ap}|même|là)(?!\w))",
             lambda m, t, lang: {"type": "DATE", "kind": "relday", "offset": 0}, 3,
             gate=((re.compile(r"ce\s+jour"),),)),
            # "d'ici le 30 juin", "d'ici à 2005": French TimeML marks "ici" as the present day
            _r("fr_ici",
             rf"d{ap}\s*(?P<x>ici)(?=\s+(?:à|au|aux|le|la|l{ap}|fin|début|mi-|\d|demain|{_alt(fr_wd)}|{months}|"
             rf"(?:{g_num}|quelques|plusieurs)\s+{units}))",
             _h_ici, 1,
             gate=(("ici",),)),
            _r("fr_holiday",
             rf"{_B}(?P<x>(?:(?P<det>le|la|l{ap}|cette|ce)\s*)?(?:(?:fêtes?|jours?)\s+(?:de\s+|des\s+|du\s+)(?:la\s+|l{ap}\s*)?)?"
             rf"(?P<hol>(?-i:{_alt(word_map('fr', 'holidays'))}))(?:\s+{year})?"
             rf"(?:\s+(?P<dir>dernier|dernière|prochain|prochaine))?){_E}(?![\-‑]|\s+(?-i:[A-Z]))", _h_holiday, 4,
             gate=(tuple(sorted({k.lower() for k in word_map("fr", "holidays")})),)),
            _r("fr_ordinal_day",
             rf"{_B}(?P<x>(?:la|une|cette|sa|leur)\s+(?:première|\w+ième|\w+ieme|\d+e|\d+ème|dernière)\s+journée){_E}",
             lambda m, t, lang: {"type": "DURATION", "kind": "value", "value": "P1D"}, 3,
             gate=(("journée",),)),
            # "en soirée", "dans la matinée", "en fin d'après-midi": a part of the day last mentioned (« en tout
            # début d'après-midi », « en toute fin de soirée »: the intensifier kept with its « début »)
            _r("fr_daypart",
             rf"{_B}(?:en|dans)\s+(?P<x>(?:la\s+|l{ap}\s*)?(?:(?:(?:tout|toute)\s+)?(?:début|debut|fin|milieu)\s+(?:de\s+|d{ap}\s*))?"
             rf"(?P<part>matinée|soirée|après-midi|apres-midi|journée|nuit))"
             rf"(?!\s+(?:de|du|des|d{ap})(?!\w)){_E}", _h_daypart, 2,
             gate=(("en", "dans"), ("matinée", "soirée", "midi", "journée", "nuit"))),
            # « au petit matin », « en pleine nuit »: the early or the heart of a part of the day last
            # mentioned, the preposition left out as in « en fin de matinée »
            _r("fr_intense_part",
             rf"(?:(?<=\bau\s)|(?<=\ble\s)|(?<=\bdès\s)|(?<=\ben\s))(?P<x>(?P<part>{intense}))"
             rf"(?!\s+(?:de|du|des|d{ap})(?!\w)){_E}", _h_daypart, 3,
             gate=(("petit", "plein"), ("matin", "nuit", "midi", "soirée", "soiree"))),
            # "le soir", "la nuit fut chaude", "le matin même": a bare part of the day, of the reference day
            # (a day mentioned earlier is often another story's: "le record du 21 août 1922. La nuit fut
            # chaude"), lower-case (not the newspapers "Le Soir", "Le Matin") and not of a named occasion
            # ("la nuit du Port"); not "la soirée", "la matinée", often an occasion ("cette soirée, qui sera
            # animée par", "la soirée électorale": FR-TimeBank leaves them out)
            _r("fr_bare_daypart",
             rf"{_B}(?P<x>(?:le|la|l{ap})\s*(?-i:(?P<part>soir|matin|nuit|après-midi|apres-midi))"
             # (not « le soir même de l'élection », « la nuit même où »: that event's day, unknown here)
             rf"(?!\s+même\s+(?:de|du|des|d{ap}|où)(?!\w))"
             rf"(?:\s+même)?)(?!\s+(?:de|du|des|d{ap})(?!\w))(?![\w\-])", _h_thispart, 1,
             gate=(("soir", "matin", "nuit", "midi"),)),
            # "en fin d'année", "en début de semaine": the part of the current unit
            _r("fr_unit_part",
             rf"{_B}en\s+(?P<x>(?:(?:ce|cette)\s+)?(?P<mod>début|debut|fin|milieu)\s+(?:de\s+|d{ap}\s*)"
             rf"(?P<u>année|mois|semaine|siècle)(?:\s+(?P<dir>dernière|dernier|prochaine|prochain|passée|passé))?)"
             rf"(?!\s+(?:de|du|des|d{ap})(?!\w)){_E}", _h_relunit, 3,
             gate=(("en",), ("année", "mois", "semaine", "siècle"))),
            # "une dizaine de jours", "une quinzaine d'années": approximate numbers of units
            _r("fr_approx",
             rf"{_B}(?P<x>(?:(?P<mod>environ|près\s+d{ap}\s*|plus\s+d{ap}\s*|moins\s+d{ap}\s*|presque)\s*)?"
             rf"une\s+(?P<n>{_alt(number_map('fr', 'approximate_numbers'))})\s+(?:de\s+|d{ap}\s*)(?P<u>{units})){_E}",
             _h_approx, 3,
             gate=(("une",), tuple(number_map("fr", "approximate_numbers")))),
            # "les semaines à venir", "des années à venir": an unspecified number of units ahead; « les jours
            # suivants », « les semaines précédentes »: after or before the date of the text
            _r("fr_to_come",
             rf"{_B}(?P<x>(?:les|des|ces)\s+(?P<u>jours|semaines|mois|années|ans|décennies)\s+"
             # (« les jours qui suivent », « les semaines qui ont précédé »: the relative clause as the adjective)
             rf"(?:à\s+venir|qui\s+viennent|suivant(?:e?s)|précédent(?:e?s)|"
             rf"qui\s+(?:ont\s+)?(?:suivi|précédé)|qui\s+(?:suivent|suivront|suivirent|précèdent|précédèrent))){_E}",
             _h_vague_dur, 3,
             gate=(("venir", "viennent", re.compile(r"s\s+(?:suivant|précédent)"),
                    re.compile(r"qui\s+(?:ont\s+)?(?:suiv|préc[éè]d)")),)),
            # « une période », « une longue période »: a length left unsaid (FR-TimeBank PXX), not « une période
            # de six mois », whose length is the number's, nor « la période 1982-1990 », whose years are dates
            _r("fr_period",
             rf"{_B}(?P<x>une\s+(?:(?:longue|courte|brève|breve)\s+)?période)"
             # (nor when its length comes a word or two later: « une période d'essai de trois mois », « une période
             # radioactive de trente ans »)
             rf"(?!(?:\s+[^\W\d]+(?:['’][^\W\d]+)?){{0,2}}?\s+(?:de|d{ap})\s*(?:{g_num}|quelques|plusieurs|une?\b))(?![\w\-])",
             lambda m, t, lang: {"type": "DURATION", "kind": "value", "value": "PXX"}, 2,
             gate=(("période",),)),
            # « dans une quinzaine », « sous huitaine »: a fortnight or a week counted in days, the noun of days
            # left out (not « une quinzaine de personnes »)
            _r("fr_fortnight",
             rf"(?:(?<=\bdans\s)|(?<=\bici\s)|(?<=\bsous\s)|(?<=\bpendant\s)|(?<=\bdepuis\s))"
             rf"(?P<x>(?:une\s+)?(?P<w>quinzaine|huitaine))(?!\s+(?:de|d{ap}))(?![\w\-])",
             lambda m, t, lang: {"type": "DURATION", "kind": "value",
                                 "value": "P15D" if _fold(m.group("w")) == "quinzaine" else "P8D"}, 3,
             gate=(("quinzaine", "huitaine"),)),
            # "un quart d'heure", "trois quarts d'heure": fractions of an hour
            _r("fr_quarter_hour",
             # (« un quart de siècle », « près d'un quart d'heure »: a century's quarter, and the modifiers of lengths)
             rf"{_B}(?P<x>(?:(?:environ|près\s+d{ap}\s*|plus\s+d{ap}\s*|moins\s+d{ap}\s*|presque)\s*)?"
             rf"(?P<q>un|trois)\s+quarts?\s+(?:d{ap}\s*(?P<h>heure)|de\s+siècle)){_E}",
             lambda m, t, lang: {"type": "DURATION", "kind": "value",
                                 "value": ("PT15M" if _fold(m.group("q")) == "un" else "PT45M") if _g(m, "h")
                                 else ("P25Y" if _fold(m.group("q")) == "un" else "P75Y")}, 3,
             gate=(("quart",), ("heure", "siècle"))),
            # "le matin du 14 juillet", "la nuit du 3 au 4 mai": a part of a written day ("la soirée du 14
            # juillet" is an occasion on that day: only the day is a date; « la matinée du 12 mai » is its morning)
            _r("fr_part_of_date",
             rf"{_B}(?P<x>(?:le|la|l{ap})\s*(?P<part>matin|matinée|matinee|soir|après-midi|apres-midi|nuit)\s+du\s+"
             rf"(?:{wd}\s+)?{dayn}(?:\s+au\s+(?:1er|[12]\d|3[01]|0?[1-9]))?\s+{mon}(?:\s+{year})?){_E}", _h_date, 6,
             gate=(("matin", "soir", "midi", "nuit"), fr_mon)),
            # "mercredi 26": a day of the month named with its weekday, the month left to the reference
            _r("fr_weekday_day",
             rf"{_B}(?P<x>(?:le\s+)?{wd}\s+(?P<day>1er|[12]\d|3[01]|0?[1-9]))"
             rf"(?=\s*[,.;:)»]|\s*$|\s+(?:à|au|et|dernier|prochain|soir|matin|après-midi|apres-midi|"
             rf"{_alt(word_set('fr', 'year_followers'))})(?!\w))",
             _h_weekday_day, 4,
             gate=(_D, fr_wd)),
            # « a annoncé le 3 la fermeture », « est arrivé le 1er à Paris »: a day of the month without
            # its month, in the month the tense and the reference give; only after a verb or a
            # preposition of time (_h_bare_day) and before what may follow a date in a clause
            _r("fr_bare_day",
             rf"{_B}(?P<x>le\s+(?P<day>1er|[12]\d|3[01]|0?[1-9]))"
             rf"(?=\s*[,.;:)»]|\s*$|\s+(?:{_alt(word_set('fr', 'bare_day_followers'))})(?!\w)"
             rf"|\s+l{ap}|\s+(?:à|a|vers)\s+\d{{1,2}}\s*h|\s+à\s+(?-i:[A-ZÀ-Þ]))",
             _h_bare_day, 3,
             gate=(_D, ("le",))),
            # "à la 35e minute": the minute of a match, on the day last mentioned (time unknown)
            _r("fr_match_minute",
             rf"{_B}(?P<x>la\s+(?:première|premiere|\d{{1,3}}\s*(?:e|è|ème|eme|ᵉ)|\w+ième|\w+ieme)\s+minute){_E}",
             lambda m, t, lang: {"type": "TIME", "kind": "anaphoric", "offset": 0, "part": "XX:XX"}, 3,
             gate=(("minute",),)),
            # "le premier dimanche de juin", "le dernier samedi du printemps": an ordinal weekday of a period
            _r("fr_nth_weekday",
             rf"{_B}(?P<x>le\s+(?P<ord>premier|deuxième|second|troisième|quatrième|dernier)\s+{wd}\s+"
             rf"(?:de\s+|d{ap}\s*|du\s+)(?:{mon}|(?P<s>printemps|été|automne|hiver))(?:\s+{year})?){_E}",
             _h_nth_weekday, 6,
             gate=(("premier", "deuxième", "second", "troisième", "quatrième", "dernier"), fr_wd)),
            _r("fr_quarter",
             rf"{_B}(?:(?:au|du)\s+(?=\w+\s+(?:trimestre|semestre))|(?=le\s))(?P<x>(?:le\s+)?(?P<q>premier|1er|deuxième|second|2e|troisième|3e|"
             rf"quatrième|4e|dernier)\s+(?P<unit>trimestre|semestre)(?:\s+(?:de\s+l{ap}\s*année\s+)?{year})?){_E}",
             _h_quarter, 4,
             gate=(("trimestre", "semestre"),)),
        ]
    else:
        mnames = [k for k in number_map("en", "months") if len(k) > 3 or k == "may"] + ["Jan.", "Feb.",
                                                                         "Mar.", "Apr.",
                                                                         "Jun.", "Jul.",
                                                                         "Aug.", "Sep.",
                                                                         "Sept.", "Oct.",
                                                                         "Nov.", "Dec.",
                                                                         "Jan", "Feb", "Mar", "Apr",
                                                                         "Jun", "Jul",
                                                                         "Aug", "Sep", "Sept", "Oct",
                                                                         "Nov", "Dec"]
        caps = sorted({w[0].upper() + w[1:] for w in mnames}, key=len, reverse=True)
        mon = "(?P<mon>(?-i:" + "|".join(re.escape(w) for w in caps) + r"))(?!\w)"
        wdcaps = [w.capitalize() for w in number_map("en", "weekdays")]
        wd = "(?P<wd>(?-i:" + "|".join(wdcaps) + "))"
        wd_any = "(?-i:" + "|".join(wdcaps) + ")"
        # a date's weekday written in full or, in datelines and time stamps, abbreviated ("Fri March 22, 2013",
        # "Thu, 21 Mar 2013": ``en/weekday_abbreviations``), only before the month and its day
        wd_abbr = sorted((w.capitalize() for w in number_map("en", "weekday_abbreviations")), key=len, reverse=True)
        wd_date = "(?P<wd>(?-i:" + "|".join(wdcaps) + "|(?:" + "|".join(wd_abbr) + r")\.?(?!\w)))"
        ordn = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        units = _alt(word_map("en", "time_units"))
        # ("end-2013", "end-June": the end of the year or month, as wire economics writes it, only hyphenated)
        mod = r"(?P<mod>early|late|mid|end(?=-)|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|" \
              r"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
        part = r"(?P<part>morning|afternoon|evening|night)"
        # gate groups: month and weekday names are matched case-sensitively (``(?-i:...)``)
        en_mon: tuple[str, ...] = ("mar", "may", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec")
        en_mon += tuple(k for k in number_map("en", "months") if not any(s in k for s in en_mon))
        en_wd = tuple(number_map("en", "weekdays"))
        en_nums = number_map("en", "number_words")
        not_verb = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in sorted({*word_map("en", "modal_auxiliaries"), "to"})
                           if w.isalpha())
        en_units: tuple[str, ...] = ("day", "year", "yr", "month", "week", "hour", "hr", "min", "second",
                    "decade", "centur", "quarter")  # every word of ``units``
        en_units += tuple(k for k in word_map("en", "time_units") if not any(s in k for s in en_units))
        # the unit words of "decades-long", "year-long", "day-long" (not the two-letter abbreviations: "hr-long")
        en_long_units = [k for k, u in word_map("en", "time_units").items() if len(k) > 2 and u != "WE"]
        than_plan = [(r[0], r[1]) for r in rows("en", "than_plan_words")]
        # a time zone after a clock time: a name, or a UTC/GMT offset, maybe in brackets ("( GMT +8 )")
        tz = (r"(?:\s*(?P<tzo>\(\s*)?(?P<tz>(?:UTC|GMT)(?:\s*[+\-−]\s*\d{1,2}(?::?[0-5]\d)?)?|"
              r"(?-i:EST|EDT|CST|CDT|PST|PDT|MST|MDT|CET|CEST|BST|JST|IST|HKT|SGT|AEST|AEDT|ET|PT|CT|MT)|"
              # a North American zone in words ("9 p.m. Eastern time", "4 p.m. Pacific"; alone, only before
              # punctuation, a line's end or a word of en/bare_zone_followers: not "at 5 p.m. Central Park",
              # "by 9 a.m. Eastern forces had taken the town")
              r"(?-i:Eastern|Pacific|Central|Mountain)(?:\s+(?-i:Standard\s+|Daylight\s+)?(?-i:[Tt]ime)(?!\w)|"
              rf"(?!\w)(?=[^\S\n]*(?:[^\w\s]|\n|$)|[^\S\n]+(?-i:{_alt(word_set('en', 'bare_zone_followers'))})(?!\w))))(?!\w)"
              r"(?(tzo)\s*\)))?")
        # the zone after a four-digit wire clock time ("0900 GMT", "1100 gmt", "1430 CET"): GMT or UTC in any
        # case, any other abbreviation of xx/time_zones as written (not "1500 est") and only where its phrase
        # ends (before punctuation, a weekday or a word of en/bare_zone_followers: not "some 1500 ET
        # employees", a count before a name; nor "In 2011 PT Freeport Indonesia ...", a year before a
        # name the abbreviation opens, so no other capitalised word)
        wire_zone = (r"(?:(?:GMT|UTC)(?!\w)|(?-i:"
                     + _alt(sorted(z for z in word_set("xx", "time_zones") if z.isupper() and z not in ("GMT", "UTC")))
                     + r")(?!\w)(?=[^\S\n]*(?:[^\w\s]|\n|$)|[^\S\n]+(?:" + wd_any + r"(?!\w)|(?-i:"
                     + _alt(word_set("en", "bare_zone_followers")) + r")(?!\w))))")
        # a time stamp's clock time: with its minutes or its a.m. or p.m. ("4:30 p.m.", "14:05", "10 AM"), its zone kept
        stamp_clock = (r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w)|(?-i:AM|PM)(?!\w)))?"
                       + tz)
        clock = (r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*"
                 r"(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w))")
        rules += [
            # no article before the month: "the March 5 vote", "the Sept. 11 attacks" premodify a noun
            # whose article it is (TimeML: "March 5"), as "the 2012 report" is "2012"
            # (after "Nov. 20-", the second date of a range written with a hyphen: "Nov. 20-Dec. 5")
            # "every July 25", "each Nov. 11", "every 4th of July": one date of every year, a SET (not this year's)
            _r("en_set_date_mdy",
             rf"{_B}(?P<x>(?:every|each)\s+{mon}\s+(?:the\s+)?{ordn}(?![\d:])){_E}(?!\s*,?\s*\d{{4}})", _h_set_date, 6,
             gate=(("every", "each"), en_mon)),
            _r("en_set_date_dmy",
             rf"{_B}(?P<x>(?:every|each)\s+(?:the\s+)?{ordn}\s+of\s+{mon}){_E}(?!\s*,?\s*\d{{4}})", _h_set_date, 6,
             gate=(("every", "each"), en_mon)),
            _r("en_date_mdy",
             rf"(?:{_B}|(?<=\d-))(?P<x>(?:{wd_date},?\s+)?{mon}\s+(?:the\s+)?{ordn}(?![\d:])"
             rf"(?:\s*,?\s*{year})?){_E}", _h_date, 5,
             gate=(en_mon, _D)),
            _r("en_date_dmy",
             rf"{_B}(?P<x>(?:{wd_date},?\s+)?(?:the\s+)?{ordn}\s+(?:of\s+)?{mon}"
             rf"(?:\s*,?\s*{year})?){_E}", _h_date, 5,
             gate=(en_mon, _D)),
            # a time stamp: a written date with its year and the clock time right after it, or a clock time
            # and, after a comma, its date ("March 18, 2013 4:30 p.m. EDT", "10:41 AM ET, Fri March 22, 2013"):
            # one TIME, as "10 p.m. Tuesday" (with "at" between, "March 22, 2013 at 10 a.m.", two)
            _r("en_date_clock",
             rf"{_B}(?P<x>(?:{wd_date},?\s+)?(?:{mon}\s+{ordn}|{ordn.replace('day>', 'day2>')}\s+{mon.replace('mon>', 'mon2>')})"
             rf"\s*,?\s*{year}\s*,?\s+{stamp_clock}){_E}",
             _h_stamp, 6,
             gate=(en_mon, _D)),
            _r("en_clock_date",
             rf"{_B}(?P<x>{stamp_clock}\s*,\s*(?:{wd_date},?\s+)?"
             rf"(?:{mon}\s+{ordn}|{ordn.replace('day>', 'day2>')}\s+{mon.replace('mon>', 'mon2>')})\s*,?\s*{year}){_E}",
             _h_stamp, 6,
             gate=(en_mon, _D)),
            # "June 3 and 4, 2010", "March 10 to 12": the second day takes the month of the first
            _r("en_range_day",
             rf"{mon}\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)*"
             rf"\s*,?\s*(?:and|to|through|or|[-–])\s*"
             rf"(?P<x>{ordn}(?![\d:])(?:\s*,?\s*{year})?){_E}", _h_date, 5,
             gate=(en_mon, _D)),
            # "March 3, 4 and 5": a day in the middle of a list takes the month of the first one
            _r("en_list_day",
             rf"{mon}\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*,\s*(?P<x>{ordn})(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)*"
             rf"\s*,?\s*(?:and|or)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])", _h_date, 5,
             gate=(en_mon, _D, (",",))),
            # "the morning of March 3", "the night of June 5, 2006": a part of a written day
            _r("en_part_of_date",
             rf"{_B}(?P<x>the\s+(?P<part>morning|afternoon|evening|night)\s+of\s+(?:{wd},?\s+)?"
             rf"(?:the\s+)?(?:{mon}\s+{ordn}|{ordn.replace('day>', 'day2>')}\s+(?:of\s+)?{mon.replace('mon>', 'mon2>')})"
             rf"(?![\d:])(?:\s*,?\s*{year})?){_E}",
             lambda m, t, lang: _h_date(_Merged(m, mon=_g(m, "mon") or _g(m, "mon2"), day=_g(m, "day") or _g(m, "day2")), t, lang), 6,
             gate=((re.compile(r"(?:morning|afternoon|evening|night)\s+of\s"),), en_mon, _D)),
            _r("en_month",
             rf"{_B}(?P<x>(?:{mod}[\s\-]+)?(?:(?P<dir>last|next|this|the\s+previous|previous)\s+)?"
             rf"{mon}(?:\s*,?\s*(?:of\s+)?{year}|\s+['’](?P<yy>\d\d)|\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year"
             rf"|\s+of\s+(?P<yanch>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year)?){_E}",
             _h_date, 4,
             gate=(en_mon,)),
            # "That March, the party split", "by that June": the month of the year the text last gave
            _r("en_that_month",
             rf"{_B}(?P<x>(?-i:[Tt]hat)\s+{mon}){_E}",
             _h_that_month, 4,
             gate=(("that",), en_mon)),
            # "January-February", "March–April 2013": the second month of a range of months (the first is en_month's);
            # not before "quarter" ("the June-August quarter": en_month_quarter, or none)
            _r("en_range_month",
             rf"{_B}(?-i:{_alt(sorted(w.capitalize() for w in word_set('en', 'full_months')))})\s*[-–]\s*"
             rf"(?P<x>{mon}(?:\s*,?\s*{year})?){_E}(?!\s+(?:(?:fiscal|financial)\s+)?quarter)",
             lambda m, t, lang: _h_date(_Merged(m, mod="range"), t, lang), 4,
             gate=((re.compile(_alt(sorted(word_set("en", "full_months"))) + r"\s*[-–]"),),)),
            _r("en_year",
             rf"{_BY}(?P<x>(?:{mod}[\s\-]+)?(?P<pre>(?:the\s+)?(?:fiscal\s+)?year\s+)?{year})"
             rf"(?![\w]|[.,]\d|\s*(?:%|€|\$))", _h_year, 2,
             gate=(_D, (re.compile(r"1\d{3}|20\d{2}"),))),
            # "in 2011-12", "the 2012-13 season", "fiscal 2013/14": two years running, each one DATE
            _r("en_year_pair",
             r"(?<![\w\-])(?P<x>(?P<year>1\d{3}|20\d{2}))[-–/](?P<yy>\d\d)(?![\w\-–/]|[.,]\d)",
             _h_year_pair_en, 3,
             gate=((re.compile(r"\d{4}[-–/]\d\d"),),)),
            _r("en_yy_pair",
             r"(?<![\w\-])(?P<year>1\d{3}|20\d{2})[-–/](?P<x>(?P<yy>\d\d))(?![\w\-–/]|[.,]\d)",
             _h_year_pair_en, 3,
             gate=((re.compile(r"\d{4}[-–/]\d\d"),),)),
            _r("en_decade",
             # ("the seventies", "the early Nineties": ``en/decade_words``, only with "the", as a number
             # without its apostrophe: "in his seventies" is an age)
             # ("the end of the 1990s", "the beginning of the eighties": the part in the extent, as "the end of 2015")
             rf"{_B}(?P<x>(?:the\s+(?:end|beginning|start|middle)\s+of\s+(?=the\s))?"
             rf"(?:(?P<the0>the\s+)?(?P<mod>early|late|mid)[\s\-]+)?(?P<the>the\s+)?(?:(?:(?P<cent>1[0-9]|20)|"
             rf"(?P<ap>['’]))?(?P<dec>\d)0['’]?s|(?P<decw>{_alt(word_map('en', 'decade_words'))}))){_E}", _h_decade, 5,
             gate=(("0s", "0's", "0’s", *word_map("en", "decade_words")),)),
            # "the 1800s", "the mid-1700s": the hundreds of a year before 1900 name a century (TimeML "18");
            # "the 1900s", "the 2000s" stay decades (en_decade)
            _r("en_hundreds",
             rf"{_B}(?P<x>(?:the\s+(?:(?:early|late|mid)[\s\-]+)?)(?P<c>1[0-8])00['’]?s){_E}",
             lambda m, t, lang: {"type": "DATE", "kind": "value", "value": m.group("c")}, 5,
             gate=(("00s", "00's", "00’s"),)),
            _r("en_century",
             rf"{_B}(?P<x>(?:(?:the\s+)?(?P<mod>early|late|mid|end\s+of\s+the|beginning\s+of\s+the)"
             rf"[\s\-]+)?(?:the\s+)?(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<ordw>{_alt(number_map('en', 'century_ordinals'))}))[\s\-]+century){_E}",
             _h_century, 5,
             gate=(("century",), (re.compile(r"(?:\d(?:st|nd|rd|th)|th|first|second|third)[\s\-]+century"),))),
            _r("en_season",
             # ("the following spring", "the previous winter": the season after or before the date the text
             # last gave, as "the following year"; "the next summer" only in a past clause, as "the next year")
             # ("the end of the summer", "the start of this winter": the part in the extent, as "the end of the year")
             rf"{_B}(?P<x>(?P<edge>the\s+(?:end|beginning|start|middle)\s+of\s+(?=(?:the|this|last|next)\s))?"
             rf"(?:(?P<dir>this|last|next|the\s+past|previous)\s+|(?P<anch>the\s+(?:following|previous|prior|next))\s+|(?P<det>the|that)\s+"
             rf"|(?P<mod>early|late|mid)[\s\-]+)?(?P<s>spring|summer|autumn|fall|winter)"
             # ("the summer of '69": the year with its apostrophe, as en_yy_apos reads it after "of")
             # ("the winter of 2011-12": the winter that year begins; "the spring of last year": that year's)
             rf"(?:\s+(?:of\s+)?{year}(?:(?<=\d)[\-–/]\d\d(?![\w\-–/]))?|\s+of\s+['’](?P<yy>\d\d)(?![\w'’]|[.,]\d|\s*%)"
             rf"|\s+of\s+(?P<yrel>last|next|this)\s+year)?){_E}", _h_season, 3,
             gate=(("spring", "summer", "autumn", "fall", "winter"),)),
            # "late yesterday", "earlier today": the modifier is in the extent, as before a weekday
            # (not "as early as tomorrow", whose date is "tomorrow")
            # "the week before last", "the year before last": two units before the reference's
            _r("en_before_last",
             # (not "the week before last year's vote", "the month before last season", "the week before last
             # Christmas": "last" of a noun or a name after it)
             rf"{_B}(?P<x>the\s+(?P<u>week|month|year)\s+before\s+last){_E}(?![\s\-]+\w+['’]s\b)(?![^\S\n]+(?-i:[A-Z0-9]))"
             rf"(?!\s+{_alt(word_set('en', 'before_last_nouns'))}\b)",
             lambda m, t, lang: {"type": "DATE", "kind": "relunit", "unit": _unit_of(m.group("u"), lang), "offset": -2},
             6,
             gate=(("before",), ("last",))),
            _r("en_relday",
             rf"{_B}(?P<x>(?:(?<!\bas\s)(?:early|late|later|earlier)\s+)?(?P<rd>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|"
             rf"the\s+day\s+after\s+tomorrow)(?:\s+{part})?){_E}",
             _h_relday, 6,
             gate=(("today", "yesterday", "tomorrow", "tonight"),)),
            _r("en_lastnight", rf"{_B}(?P<x>last\s+night){_E}", _h_lastnight, 6,
             gate=(("last",), ("night",))),
            # "the blaze grew overnight", "rain fell overnight across Sindh": the adverb, the night of the
            # text's day; not a premodifier ("an overnight curfew", "overnight rates"): only before a mark
            # or a word of ``lexicons/en/overnight_followers.tsv``
            _r("en_overnight",
             rf"{_B}(?P<x>overnight){_E}"
             rf"(?=\s*(?:[.,;:)]|$)|\s+(?:{_alt(word_set('en', 'overnight_followers'))})\b)",
             _h_overnight, 6, gate=(("overnight",),)),
            _r("en_thispart",
             # ("early this morning", "late this afternoon": the modifier in the extent, as in "late yesterday")
             rf"{_B}(?P<x>(?:(?<!\bas\s)(?:early|late|earlier|later)\s+)?this\s+(?P<part>morning|afternoon|evening)){_E}", _h_thispart, 4,
             gate=(("this",), ("morning", "afternoon", "evening"))),
            # (after "Monday-", the second weekday of a range written with a hyphen: "Monday-Friday"; "overnight
            # Tuesday": the night of that day, in the extent as "early Tuesday")
            _r("en_weekday",
             rf"(?:{_B}|{'|'.join(f'(?<={w}-)' for w in wdcaps)})(?P<x>(?:(?:early|late|later|earlier|(?P<ovn>overnight))\s+)?(?:(?P<det>the\s+following|the\s+next|the\s+previous|the\s+prior|this\s+coming|this\s+past|last|next|this|that|every|each)\s+)?"
             rf"(?P<wd>{wd_any}s?)(?:,?\s+{part}(?P<parts>s(?![\w\-]))?)?){_E}",
             _h_weekday, 3,
             gate=(en_wd,)),
            # "Sunday the 17th", "Friday, the 15th": a day of the month with its weekday, in the month
            # that fits (as « mercredi 26 »); not before a month ("Sunday the 17th of March": en_date_dmy)
            _r("en_weekday_day",
             rf"{_B}(?P<x>{wd},?\s+the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){_E}(?!\s+of\s)",
             _h_weekday_day_en, 4,
             gate=(en_wd, (re.compile(r"\sthe\s+\d"),))),
            # "on the 15th", "by the 31st": a day of the month alone, after a preposition of time
            # (_h_bare_day_en), in the month the tense and the reference give; not before "of" ("the
            # 15th of March" is en_date_dmy's, "the 15th of each month" a set's)
            _r("en_bare_day",
             rf"{_B}(?P<x>the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){_E}(?!\s+of\s)",
             _h_bare_day_en, 3,
             gate=(("the",), (re.compile(r"\d(?:st|nd|rd|th)"),))),
            # "the 15th of next month", "by the 1st of this month": a day of the month a shift of the
            # reference gives (the month is en_relunit's, the day its own)
            _r("en_day_of_relmonth",
             # ("the first of next month": the one day written as a word that news use so)
             rf"{_B}(?P<x>the\s+(?:(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|first)\s+of\s+(?P<det>next|last|this|the\s+following|"
             rf"the\s+previous|the\s+coming|this\s+coming)\s+(?P<u>month)){_E}(?!['’]s\b)",
             _h_day_of_relmonth, 4,
             gate=(("month",), (re.compile(r"(?:\d(?:st|nd|rd|th)|first)\s+of"),))),
            _r("en_relunit",
             rf"{_B}(?P<x>(?:(?P<mod>(?:the\s+)?(?:beginning|end|start|middle)\s+of|early|late|"
             rf"mid|later|earlier)[\s\-]+)?(?P<det>last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+prior|the\s+current|"
             rf"the\s+latest|the\s+most\s+recent|"
             rf"the\s+coming|the\s+following|the\s+last|the\s+next|coming|previous|current|"
             # ("that same year", "the same month", "that very week": the unit of the date last given, as "that year")
             rf"(?P<same>(?:the|that)\s+(?:very\s+)?same|that\s+very)|that|the)"
             rf"\s+(?:(?:fiscal|financial)\s+(?=quarter))?(?P<u>week|month|year|weekend|quarter|decade|century)){_E}", _h_relunit, 3,
             gate=(("week", "month", "year", "quarter", "decade", "century"),
                   (re.compile(r"(?:last|next|this|past|previous|prior|current|coming|following|that|the|latest|recent|same|very)\s+"
                               r"(?:(?:fiscal|financial)\s+)?(?:week|month|year|quarter|decade|century)"),))),
            # "by year-end", "at year end": the end of the reference year (the article's)
            _r("en_year_end",
             rf"{_B}(?P<x>year[\s\-]end){_E}",
             lambda m, t, lang: _h_relunit(_Merged(m, u="year", det="this", mod="end"), t, lang), 3,
             gate=((re.compile(r"year[\s\-]end"),),)),
            # "in '85", "the '97 season", "the Class of '98": a year with its apostrophe (en/apostrophe_year_openers)
            _r("en_yy_apos",
             r"(?<![\w'’])(?P<x>['’](?P<yy>\d\d))(?![\w'’]|[.,]\d|\s*%)",
             _h_yy_apos, 2,
             gate=(("'", "’"), (re.compile(r"['’]\d\d"),))),
            # "by midyear", "mid-decade", "trading was quiet midweek": the middle of the unit the reference
            # is in, read as "the middle of the year" (a day's middle is "midday": en_noon)
            _r("en_mid_unit",
             rf"{_B}(?P<x>mid-?(?P<u>year|month|week|quarter|decade)){_E}",
             lambda m, t, lang: _h_relunit(_Merged(m, det="the", mod="mid"), t, lang), 3,
             gate=(("mid",), ("year", "month", "week", "quarter", "decade"))),
            # "just over a year ago": "just" or "only" before another modifier; "a year and a half ago"
            _r("en_ago",
             rf"{_B}(?P<x>(?:(?:just|only)\s+(?=(?:over|under|more|less|about|around)\s))?(?:(?:about|almost|nearly|over|under|"
             rf"more\s+than|less\s+than|some|around|roughly|just|only)\s+)?"
             rf"(?:(?P<n>{num}|an?)|(?P<vague>a\s+few|several|many|some|a\s+couple\s+of)|(?P<frac>half\s+an?|a\s+quarter\s+of\s+an?))\s+(?P<u>{units})"
             rf"(?:\s+and\s+(?P<half>a\s+half))?\s+(?P<ago>ago)){_E}",
             _h_offset, 7,
             gate=(("ago",), en_units)),
            # "a week ago Sunday", "two weeks from Tuesday": that weekday (the last one gone by, the next one to
            # come) shifted by the weeks, one TIMEX3 (not "a week ago" and a Sunday of this week)
            _r("en_weeks_off_weekday",
             rf"{_B}(?P<x>(?P<n>an?|one|two|three)\s+weeks?\s+(?P<dir>ago|from)\s+{wd}){_E}"
             rf"(?![\w'’]|\s*(?:[-–]|(?:to|until|till|through|thru|and|or)\b))",
             _h_weeks_off_weekday, 8,
             gate=(("week",), en_wd)),
            # "years ago", "centuries ago", "days ago": some time before the reference, like "several years ago"
            _r("en_ago_bare",
             # (not after a count too large for en_ago: "12,000 years ago" is no vague past)
             rf"{_B}(?<!\d\s)(?P<x>(?P<u>centuries|years|decades|months|weeks|days|hours)\s+(?P<ago>ago)){_E}",
             _h_ago_bare, 6,
             gate=(("ago",), ("centuries", "years", "decades", "months", "weeks", "days", "hours"))),
            # "a year earlier", "two weeks later": an offset like "ago" (TimeML keeps the adverb)
            # "a year before", "two days after" closing their clause are offsets too; before a noun
            # ("two days before the vote") the unit is a duration and the preposition a signal
            _r("en_earlier",
             rf"{_B}(?P<x>(?:(?:about|almost|nearly|some|around|roughly|just|only)\s+)?"
             rf"(?:(?P<n>{num}|an?)|(?P<frac>half\s+an?|a\s+quarter\s+of\s+an?))\s+(?P<u>{units})\s+(?:(?P<ago>earlier|before{_OFFSET_END})|later|after{_OFFSET_END})"
             # "three days later than originally planned", "a week earlier than expected": the phrase of the
             # plan is in the extent (en/than_plan_words; the date of the act, see TimexReader)
             rf"(?:\s+than\s+(?:{_alt(w for w, k in than_plan if k == 'adverb')}\s+)?(?:{_alt(w for w, k in than_plan if k == 'participle')}))?){_E}"
             # (not an adverb that opens the next date: "grounded for three months earlier this year",
             # a length and "earlier this year")
             rf"(?!\s+(?:this|next|last|in\s+the)\s+(?:week|month|year|quarter|decade|century|day)\b)",
             _h_offset, 7,
             gate=(("earlier", "later", "before", "after"), en_units)),
            # "the year-earlier period", "the year-ago quarter": a premodifier naming the unit before
            # the reference (TimeML tags the adjective as a DATE)
            _r("en_year_earlier",
             rf"{_B}(?P<x>(?P<u>year|month|week|quarter)-(?P<ago>earlier|ago)){_E}(?=\s+[a-z])",
             _h_offset, 5,
             gate=(("-earlier", "-ago"),)),
            # "from the same period last year", "the same quarter a year earlier": one phrase, the period the
            # text last gave a year before, as "the year-earlier period" ("profit in the first quarter rose
            # from the same period last year": 2012-Q1; MEANTIME tags the whole phrase)
            _r("en_same_period_year",
             # ("this time last year", "at this time a year ago": the same time, said from the telling)
             rf"{_B}(?P<x>(?:the\s+same\s+(?:period|quarter|month|week|day|time)|this\s+time)\s+(?:of\s+)?"
             # (not "at the same time last year's champion lost", "the same period last year-end": the year
             # is of the noun after it, "at the same time" an adverb of its own)
             rf"(?:(?:the\s+)?(?:last|previous|prior)\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)"
             # ("this time next year", "the same period next year": a year ahead)
             rf"|(?P<ahead>next\s+year|(?:a|one)\s+year\s+(?:later|from\s+now|hence)))){_E}"
             rf"(?!['’]s\b|[\-‐‑]\w)",
             lambda m, t, lang: {"type": "DATE", "kind": "relunit", "unit": "Y", "offset": 1 if m.group("ahead") else -1,
                                 "direction": 2, "anchored": True}, 5,
             gate=(("same", "this"), ("year",))),
            # "the prior-year quarter", "the prior-month figure": the unit before the reference, like "year-ago"
            _r("en_prior_unit",
             rf"{_B}(?P<x>prior-(?P<u>year|month|week|quarter)){_E}(?=\s+[a-z])",
             lambda m, t, lang: _h_offset(_Merged(m, ago="ago"), t, lang), 5,
             gate=(("prior-",),)),
            # "the year before", "the week after": the unit next to the date the text last gave
            _r("en_unit_before",
             rf"{_B}(?P<x>the\s+(?P<u>week|month|year|quarter)\s+(?P<dir>before|after){_OFFSET_END}){_E}",
             _h_unit_before, 4,
             gate=(("before", "after"), ("week", "month", "year", "quarter"))),
            _r("en_fromnow",
             rf"{_B}(?P<x>(?P<n>{num}|an?)\s+(?P<u>{units})\s+from\s+now){_E}", _h_offset, 7,
             gate=((re.compile(r"from\s+now"),), en_units)),
            # "two and a half years", "three-and-a-half hours", "an hour and a half", "2 1/2 years", "2½
            # hours" (a mixed fraction, as news agencies write it): the half is in the value
            _r("en_duration",
             # (not the denominator of a fraction: "2 3/4 years" is no "4 years")
             rf"{_B}(?<!\d/)(?P<x>(?:(?P<mod>about|almost|nearly|around|approximately|roughly|some|"
             rf"the\s+next|the\s+past|"
             rf"the\s+last|the\s+first|the\s+previous|the\s+coming|another|an\s+additional|"
             # "the following two weeks", "the preceding two decades", "the remaining three years", "the
             # final two days": the whole noun phrase, as "the past two years" (TimeML)
             rf"the\s+following|the\s+preceding|the\s+remaining|the\s+final|"
             rf"a\s+further)\s+)?(?P<n>{num}|an?)(?:[\s\-]+and[\s\-]+(?P<half>a[\s\-]+half)|(?<=\d)(?P<frac>\s1/2|½))?"
             # "a three-day-long summit", "the 16-day-long shutdown": "-long" in the extent, as in
             # "month-long" and "decades-long" (en_long)
             rf"(?P<adj>[\s\-]+)(?P<u>{units})(?P<long>[\-‐‑]long(?![\w\-]))?"
             rf"(?:\s+and\s+(?P<half2>a\s+half)(?![\w\-]))?(?P<old>[\s\-]+old)?){_E}",
             _h_duration_en, 2,
             gate=(en_units,)),
            # "the nine months ended", "in the two years since": a counted plural unit heads its noun
            # phrase, so its article is in the extent (TimeML: the whole noun phrase); not "the
            # eleven year partnership", "the 10-year sentence", where the unit modifies a noun
            _r("en_the_duration",
             rf"{_B}(?P<x>the\s+(?P<n>{num})(?P<adj>\s+)(?:(?P<straight>{_alt(word_set('en', 'series_adjectives'))})\s+)?"
             rf"(?P<u>{units})){_E}(?!\s+(?:old|ago|earlier|later)\b)",
             _h_the_duration, 3,
             gate=(("the",), en_units)),
            # "a five-year period", "the three-month span": a hyphenated length before a noun that names a
            # stretch of time (lexicons/en/length_head_nouns.tsv) heads a temporal noun phrase, whose
            # determiner and head are in the extent (not "the 10-year sentence": en_duration)
            _r("en_length_period",
             rf"{_B}(?P<x>(?:a|an|the|this|that)\s+(?P<n>{num})[\-‐‑](?P<u>year|month|week|day|hour|minute|decade)"
             rf"(?:[\-‐‑]long)?\s+(?:{_alt(word_set('en', 'length_head_nouns'))})){_E}",
             _h_duration, 3,
             gate=(tuple(sorted(word_set("en", "length_head_nouns"))), ("-", "‐", "‑"))),
            # "three straight months", "five consecutive days": a count of units in a row
            _r("en_straight",
             rf"{_B}(?P<x>(?P<n>{num})(?P<adj>\s+)(?P<straight>{_alt(word_set('en', 'series_adjectives'))})\s+(?P<u>{units})){_E}",
             _h_duration_en, 2,
             gate=(tuple(word_set("en", "series_adjectives")), en_units)),
            # "within days", "after years of talks", "the first time in decades", "it took months":
            # an unspecified number of units after a word that governs a length (like "for years")
            _r("en_bare_vague",
             rf"{_B}(?P<gov>within|after|in|{_alt(word_set('en', 'length_verbs'))})\s+"
             rf"(?P<x>(?P<u>years|decades|months|weeks|days|hours|minutes))"
             rf"(?:(?P<of>(?=\s+of\s))|(?P<end>(?=\s*(?:[.,;:!?)]|$|that\b|to\b|before\b|after\b|because\b))))?(?!\w)",
             _h_bare_vague, 2,
             gate=(("years", "decades", "months", "weeks", "days", "hours", "minutes"),)),
            # "amid weeks of protests", "ended decades of conflict", "Years of drought left ...": a bare
            # plural unit before "of" and a noun, after a word of en/units_of_openers, a verb in -ed or at
            # the head of its clause (not "minutes of the meeting", nor "the early years of independence")
            _r("en_units_of",
             rf"{_B}(?P<x>(?P<u>years|decades|months|weeks|days|hours))(?=\s+of\s+[^\W\d_])",
             _h_units_of, 2,
             gate=(("years", "decades", "months", "weeks", "days", "hours"),)),
            # "hours before the vote", "weeks after they broke down": a bare plural unit measured
            # from another time is a length (TimeML DURATION; the preposition is a signal)
            _r("en_bare_signal",
             rf"{_B}(?P<x>(?P<u>hours|weeks|days|months|years|decades|minutes))"
             rf"(?=\s+(?:before|after)\s+\w)",
             _h_bare_signal, 2,
             gate=(("hours", "weeks", "days", "months", "years", "decades", "minutes"),)),
            # "decades-long", "a year-long strike": the length of what the noun names (a plural: unspecified)
            _r("en_long",
             rf"{_B}(?P<x>(?P<u>{_alt(en_long_units)})-?long){_E}",
             _h_long, 3,
             gate=(("long",), en_units)),
            # "8 to 24 months", "between two and three years": the first number takes the unit of the second
            _r("en_range_num",
             rf"{_B}(?<!\d/)(?P<x>(?P<n>{num}))\s+(?:to|and|or)\s+(?:{num})[\s\-]+(?P<u>{units}){_E}",
             _h_duration, 2,
             gate=((re.compile(r"\s(?:to|and|or)\s"),), en_units)),
            # "last" after a modal or "to" is the verb: "the talks could last several days"
            _r("en_vague",
             rf"{_B}(?P<x>(?:(?:the\s+)?(?:past|{not_verb}last|next|coming)\s+)?(?:several|a\s+few|few|many|a\s+couple\s+of|"
             rf"some|recent|coming|the\s+coming|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few|"
             rf"the\s+(?:next|past|last)\s+couple\s+of)\s+"
             rf"(?:more\s+)?(?P<u>years|months|weeks|days|hours|minutes|decades|centuries)){_E}",
             _h_vague_dur, 2,
             gate=(("years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"),)),
            # "the months ahead", "the years to come": like "the coming months", unspecified units
            _r("en_ahead",
             rf"{_B}(?P<x>the\s+(?:next\s+)?(?:few\s+)?(?P<u>years|months|weeks|days|decades)\s+(?:ahead|to\s+come)){_E}",
             _h_vague_dur, 3,
             gate=(("ahead", re.compile(r"to\s+come")), ("years", "months", "weeks", "days", "decades"))),
            # "the week ahead", "the year ahead": the next one, as "the coming week" (en_relunit); not
            # "the week ahead of the vote", the week before it
            _r("en_unit_ahead",
             rf"{_B}(?P<x>the\s+(?P<u>week|month|year|quarter)\s+ahead){_E}(?!\s+of\b)",
             lambda m, t, lang: _h_relunit(_Merged(m, det="the coming", dir=None, mod=None, same=None), t, lang), 3,
             gate=(("ahead",), ("week", "month", "year", "quarter"))),
            _r("en_overyears",
             rf"{_B}(?P<x>over\s+the\s+(?:past\s+|last\s+)?(?P<u>years|decades|months))"
             rf"{_E}", _h_vague_dur, 2,
             gate=((re.compile(r"over\s+the"),), ("years", "decades", "months"))),
            # "for years", "for decades", "for hours": an unspecified number of units
            _r("en_for_vague",
             rf"{_B}for\s(?P<x>(?P<u>years|decades|months|weeks|centuries|(?:days|hours)(?!\s+of\s))){_E}", _h_vague_dur, 2,
             gate=((re.compile(r"for\s(?:years|decades|months|weeks|days|hours|centuries)"),),)),
            # "a quarter of an hour", "three quarters of a century" (``en/fraction_units.tsv``); "a
            # quarter century", "a quarter-hour" without "of a"
            _r("en_fraction_of",
             rf"{_B}(?P<x>(?:(?:about|almost|nearly|around|approximately|roughly|some)\s+)?"
             rf"(?P<n>an?|one|two|three)\s+(?P<f>{_alt(word_set('en', 'fraction_units'))}s?)(?:\s+of\s+an?\s+|[\s\-]+(?=century|hour))"
             rf"(?P<u>hour|day|year|century)){_E}",
             _h_fraction_of, 4,
             gate=(tuple(word_set("en", "fraction_units")), ("hour", "day", "year", "century"))),
            _r("en_half",
             rf"{_B}(?P<x>(?:half\s+an?|a\s+half)[\s\-]+(?P<u>hour|day|year|century)){_E}",
             _h_demi, 3,
             gate=(("half",),)),
            # "every two years", "every other week" (P2W), "every few years" (PXY), "every summer",
            # "each August" (XXXX-08)
            _r("en_set",
             rf"{_B}(?P<x>(?:every|each)\s+(?:(?P<n>{num}|other)\s+|(?P<vague>few|several|couple\s+of)\s+)?(?P<u>{units}|morning|"
             rf"evening|night|{wd_any}|spring|summer|autumn|fall|winter|"
             rf"(?-i:{'|'.join(sorted(w.capitalize() for w in word_set('en', 'full_months')))})(?!\s*\d))){_E}", _h_set, 4,
             gate=(("every", "each"),)),
            # "on weekends", "at weekends": every weekend (the plural of a weekday is read by en_weekday)
            _r("en_weekends",
             rf"{_B}(?P<x>weekends){_E}", _h_weekends, 3,
             gate=(("weekends",),)),
            _r("en_per",
             rf"{_B}(?P<x>(?P<per>per|a|an)\s+(?P<u>year|month|week|day|hour)){_E}",
             _h_per, 3,
             gate=(("year", "month", "week", "day", "hour"),
                   (re.compile(r"(?:per|a|an)\s+(?:year|month|week|day|hour)"),))),
            # "once a week", "twice a year", "three times a day", "several times a year", "once a decade":
            # TimeML keeps the frequency in the SET
            _r("en_freq",
             rf"{_B}(?P<x>(?:once|twice|(?:\d{{1,2}}|{_alt([w for w in en_nums if 3 <= en_nums[w] <= 12])}|several|many|"
             rf"a\s+few|multiple)\s+times)\s+"
             rf"(?P<per>per|a|an)\s+(?P<u>year|month|week|day|hour|decade)){_E}(?!\s+(?:ago|earlier|later)\b)",
             _h_per, 4,
             gate=(("once", "twice", "times"), (re.compile(r"(?:per|a|an)\s+(?:year|month|week|day|hour|decade)"),))),
            # "24 hours a day", "seven days a week", "three months a year": a count of smaller units in
            # each unit is one SET of that unit, the count its frequency (TimeML "three days every
            # month"); not "three days a week ago", where "a week ago" is a date
            _r("en_freq_units",
             rf"{_B}(?P<x>(?:{num})\s+(?P<u1>minutes|hours|days|weeks|months)\s+"
             rf"(?P<per>per|a|an)\s+(?P<u>year|month|week|day|hour)){_E}"
             rf"(?!\s+(?:ago|earlier|later|before|after|from)\b)",
             _h_freq_units, 5,
             gate=(("minutes", "hours", "days", "weeks", "months"),
                   (re.compile(r"(?:per|a|an)\s+(?:year|month|week|day|hour)"),))),
            # ("twice weekly", "three times daily": the frequency is in the SET, as in "twice a year")
            # "all day", "the whole week", "the entire year", "all month long": the whole of one unit, a length
            # (as « toute la journée »; not "all year round", a habit, nor a compound noun: "all day trips", nor
            # a possessive: "the entire year's budget", the year's own, nor a unit "of" a date: "the entire
            # week of June 3", that week)
            _r("en_whole_unit",
             # (the unit in lower case: "All Day Long" is a title)
             rf"{_B}(?P<x>(?:all|the\s+(?:whole|entire))\s+(?P<u>(?-i:day|week|month|year))(?:\s+long)?){_E}"
             rf"(?!\s+(?:round|around|of)\b|['’]s\b)", _h_whole_unit, 3,
             gate=(("all", "whole", "entire"), ("day", "week", "month", "year"))),
            _r("en_set_adj",
             rf"{_B}(?P<x>(?:(?:once|twice|(?:\d{{1,2}}|{_alt([w for w in en_nums if 3 <= en_nums[w] <= 12])})\s+times)\s+)?"
             rf"(?P<adj>{_alt(word_map('en', 'set_adjectives'))})){_E}", _h_set_adj, 1,
             gate=(tuple(sorted(word_map("en", "set_adjectives"))),)),
            # "won in 2:05:41", "a time of 3:43.13": hours, minutes and seconds, or minutes, seconds and
            # their hundredths, a race or match time (a length; the longer match wins over en_time's)
            _r("en_race_time",
             rf"{_B}(?<![\d:.])(?P<x>(?:(?P<h>\d{{1,2}}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<frac>\d{{1,3}}))?|"
             rf"(?P<mi2>[0-5]?\d):(?P<s2>[0-5]\d)\.(?P<frac2>\d{{1,3}})))(?![\w:]|\.\d)",
             _h_race_time, 3,
             gate=((":",), (re.compile(r"\d:[0-5]\d[:.]\d"),))),
            # (not the end of a race time, "won in 2:06:50": no clock time after "2:", nor before ":" or
            # the hundredths of a second, "3:43.13")
            # (to the second, "at 10:32:15 a.m.", "9:18:05 a.m. EDT": see _h_time)
            _r("en_time",
             rf"{_B}(?<!\d:)(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.\s?m\.|"
             rf"[ap]m(?!\w)))?{tz})"
             rf"(?![\w:]|\.\d)", _h_time, 3,
             gate=((":",), (re.compile(r"\d:\d"),))),
            # "10.30am", "7.45 p.m.": a British clock time with a full stop, only with its a.m. or p.m.
            # (not "10.30 percent")
            _r("en_time_dot",
             rf"{_B}(?P<x>(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d)\s*(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w)){tz})",
             _h_time, 3,
             gate=(("am", "pm", "a.", "p."), (re.compile(r"\d\.[0-5]\d\s*[ap](?:\.\s?m|m)"),))),
            # "at 0900 GMT", "1430 UTC": a four-digit clock time, only with its zone (wire style)
            # "between 8 and 10 p.m.", "from 9 to 11 a.m.": the first hour takes the second's a.m. or p.m.
            # (only when it is the earlier one on the same half of the clock: not "11 to 1 p.m.")
            _r("en_range_clock",
             rf"{_B}(?P<x>(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?)\s*(?:and|to|until|till|or|-|–)\s*"
             rf"(?P<h2>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w))",
             lambda m, t, lang: _h_time(m, t, lang) if int(m.group("h")) < int(m.group("h2")) < 12 else None, 4,
             gate=(("am", "pm", "a.", "p."), (re.compile(r"\d\s*[ap](?:\.\s?m|m)"),))),
            # (the zone: GMT or UTC in any case, "1100 gmt"; another of xx/time_zones as written, "0900 CET";
            # or "local time" after it, left out of the extent as after "7:30 a.m.": "0730 local time")
            _r("en_time_zoned",
             rf"{_B}(?P<x>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*(?P<tz>{wire_zone}))?)(?(tz)|\s+local\s+time){_E}",
             _h_time, 4,
             gate=((re.compile(r"\d{4}\s*[a-z]"),),)),
            _r("en_time2",
             rf"{_B}(?<![\d:])(?P<x>(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w))"
             rf"{tz})", _h_time, 3,
             gate=(("am", "pm", "a.", "p."), (re.compile(r"\d\s*[ap](?:\.\s?m|m)"),))),
            # "at 7 in the morning", "at three o'clock in the afternoon", "10:30 at night": a clock time with
            # the part of the day that says its half of the clock, one TIMEX3 (the part alone is
            # en_in_the_part's)
            _r("en_clock_part",
             rf"{_B}(?P<x>(?P<h>1[0-2]|0?[1-9]|{_alt([w for w in en_nums if en_nums[w] <= 12 and w not in ('a', 'an', 'dozen')])})"
             rf"(?::(?P<mi>[0-5]\d))?(?P<oclock>\s+o['’]clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)))"
             rf"{_E}(?!\s+of\b)", _h_clock_part, 4,
             gate=(("morning", "afternoon", "evening", "night"),)),
            _r("en_oclock",
             rf"{_B}(?P<x>(?P<h>1[0-2]|0?[1-9]|{_alt([w for w in en_nums if en_nums[w] <= 12 and w not in ('a', 'an', 'dozen')])})"
             rf"\s+o['’]clock){_E}", _h_oclock, 3,
             gate=(("clock",),)),
            # "10 p.m. Tuesday", "7:30 a.m. EST Friday", "midnight Friday": a clock time right before its
            # weekday is one TIMEX3 of that day (« 4 h mardi »); "at 10 p.m. on Tuesday" stays two
            _r("en_time_weekday",
             rf"{_B}(?<![\d:])(?P<x>(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?\s*"
             rf"(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w)){tz}"
             rf"|(?P<part>noon|midnight|midday))\s+(?P<wd>{wd_any})){_E}(?!\s*['’]s\b)",
             _h_time_weekday, 6,
             gate=(en_wd, (re.compile(r"\d\s*[ap](?:\.\s?m|m)"), "noon", "midnight", "midday"))),
            # "0345 GMT Wednesday", "1100 UTC Friday": a four-digit wire clock time with its zone and
            # the weekday it is of, one TIME as "9 a.m. EST Friday" is (the zone says it is a clock time;
            # "0800 GMT on Monday" stays two)
            _r("en_time_zoned_weekday",
             rf"{_B}(?P<x>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>{wire_zone})\s+(?P<wd>{wd_any})){_E}(?!\s*['’]s\b)",
             _h_time_weekday, 6,
             gate=((re.compile(r"\d{4}\s*[a-z]"),), en_wd)),
            # ("midnight GMT", "noon EST": the zone is in the extent, as after a clock time)
            _r("en_noon", rf"{_B}(?P<x>(?P<w>noon|midnight|midday){tz}){_E}", _h_noon, 2,
             gate=(("noon", "midnight", "midday"),)),
            _r("en_ref",
             rf"{_B}(?P<x>(?:right\s+)?now(?!-)|currently|nowadays|at\s+present|these\s+days|(?:more\s+|most\s+)?recently|lately|"
             rf"(?<=in\s)the\s+(?:(?:very\s+)?near\s+|not[\s\-]+(?:too[\s\-]+)?distant\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
             rf"(?<=for\s)the\s+foreseeable\s+future|"
             # ("at the moment", "for the moment": the present; not "at the moment of the crash", "the moment he left")
             rf"(?:(?<=at\s)|(?<=for\s))the\s+moment(?=\s*[,.;:!?)]|\s+(?:and|but)\b)|(?<=in\s)the\s+past(?!\s+(?:\d|few|several|many|{_alt(en_nums)}|{_alt(en_units)}))){_E}",
             _h_ref, 1,
             gate=(("now", "currently", "present", "these", "recently", "lately", "future", "past", "moment"),)),
            _r("en_pastunit",
             # ("the past day", "the past hour" too: "the last day" is a final one, not a length)
             # ("in the last year", "over the last month": the twelve months before now, as "the past year"; not
             # "the last year of his term", "in the last week of March", "of the last year")
             rf"{_B}(?P<x>the\s+(?:past\s+(?P<u>decade|century|year|month|week|day|hour)|last\s+(?P<u2>decade|century))"
             rf"|(?:(?<=in\s)|(?<=over\s)|(?<=during\s)|(?<=for\s))the\s+last\s+(?P<u3>year|month|week)"
             rf"(?!\s+(?:of|in|before|after|when|that|for)\b|\s*[\-'’]))(?![\w\-])",
             # (the modifier tells _h_duration that "day" is a length, not "one day" = some day)
             lambda m, t, lang: _h_duration(_Merged(m, n="1", u=_g(m, "u") or _g(m, "u2") or _g(m, "u3"), mod="past"), t, lang),
             4,
             gate=(("past", "last"), ("decade", "century", "year", "month", "week", "day", "hour"))),
            # "over the next year", "within the coming decade": the length of one unit from now, like
            # "the past year" ("the next year" elsewhere is the year after a date: en_relunit); "within the
            # next hour" too (not "the next day", often the day after one the text gave: en_anaph)
            _r("en_nextunit",
             rf"{_B}(?P<x>the\s+(?:next|coming)\s+(?P<u>decade|century|year|month|week|hour))(?![\w\-])",
             _h_next_unit, 4,
             gate=(("next", "coming"), ("decade", "century", "year", "month", "week", "hour"))),
            # "in the year to February", "the week to March 15", "the month through January": a window
            # of one unit that ends at a month or a day, as statistics give it; its length, as "the 12
            # months through January" is "the 12 months" (the date after it stays its own expression)
            _r("en_unit_to",
             rf"{_B}(?P<x>the\s+(?P<u>year|month|week))(?=\s+(?:to|through)\s+"
             rf"(?:(?:early|mid|late|the\s+end\s+of)[\s\-]+)?{mon})",
             lambda m, t, lang: _h_duration(_Merged(m, n="1"), t, lang), 4,
             gate=(("the",), ("year", "month", "week"))),
            _r("en_anaph",
             # ("the day after" only closing its clause: "the day after the vote" is the vote's)
             rf"{_B}(?P<x>the\s+(?:next|following|previous)\s+day|the\s+day\s+before|the\s+day\s+after{_OFFSET_END}|"
             # ("that same day", "that very day", "the very same day": the day last mentioned, as "the same day";
             # "later that day", "earlier the same day" with their adverb, as "later that week")
             rf"(?:{no_count}(?:earlier|later)\s+)?(?:the\s+(?:very\s+)?same\s+day|that\s+(?:very\s+|same\s+|very\s+same\s+)?day)){_E}",
             _h_anaphoric, 3,
             gate=(("day",), (re.compile(r"(?:next|following|previous|same|that|very)\s+day|day\s+(?:before|after)"),))),
            # "earlier in the day", "later in the day": the day last mentioned, as "earlier in the year"
            # is the year (the adverb and preposition stay out, as for "the year")
            _r("en_in_the_day",
             rf"{_B}(?:earlier|later|early|late)\s+in\s+(?P<x>the\s+day){_E}", _h_anaphoric, 3,
             gate=((re.compile(r"in\s+the\s+day"),),)),
            # "by the end of the day", "until the end of the day": the end of the day last mentioned (the
            # reference's when none), as "the end of the year" is the year (not the idiom "at the end of the day")
            _r("en_end_of_day",
             rf"{_B}(?:{_alt(word_set('en', 'day_end_prepositions'))})\s+(?P<x>the\s+end\s+of\s+the\s+day){_E}",
             _h_anaphoric, 3,
             gate=((re.compile(r"end\s+of\s+the\s+day"),),)),
            # "trading was light in the morning", "worked through the night", "early in the afternoon": a
            # part of the day last mentioned (as "earlier in the day" is that day; the adverb and the
            # preposition stay out); not a part of the day that premodifies a noun ("in the morning session",
            # ``lexicons/en/day_part_noun_followers.tsv``) or that a complement names ("the night of March 3")
            _r("en_in_the_part",
             rf"{_B}(?:(?:early|late|earlier|later)\s+)?(?:{_alt(word_set('en', 'day_part_prepositions'))})\s+"
             rf"(?P<x>the\s+(?:(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night)){_E}(?!\s+of\b)",
             _h_in_the_part, 3,
             gate=(("the",), ("morning", "afternoon", "evening", "night"))),
            # "that night", "the next morning", "the previous evening": a part of the day last mentioned
            _r("en_anaph_part",
             # ("later that night", "earlier that evening": with the adverb, as "later that week")
             rf"{_B}(?P<x>(?:{no_count}(?:earlier|later)\s+(?=that|the\s+same))?(?:that|the\s+(?P<dir>next|following|previous|same))\s+"
             rf"(?P<part>morning|afternoon|evening|night)){_E}",
             lambda m, t, lang: {"type": "TIME", "kind": "anaphoric", "part": _part_of(m.group("part")),
                                 "offset": {"next": 1, "following": 1, "previous": -1}.get(_fold(_g(m, "dir") or ""), 0)},
             3,
             gate=(("that", "next", "following", "previous", "same"), ("morning", "afternoon", "evening", "night"))),
            # "the night before", "the morning after" closing their clause: a part of the day before or
            # after the one last mentioned, like "the previous evening"
            _r("en_part_offset",
             rf"{_B}(?P<x>the\s+(?P<part>morning|afternoon|evening|night)\s+(?P<dir>before|after){_OFFSET_END})",
             lambda m, t, lang: {"type": "TIME", "kind": "anaphoric", "part": _part_of(m.group("part")),
                                 "offset": -1 if _fold(m.group("dir")) == "before" else 1},
             3,
             gate=(("before", "after"), ("morning", "afternoon", "evening", "night"))),
            _r("en_holiday",
             rf"{_B}(?P<x>(?:(?P<dir>this|last|next|the\s+coming|the\s+past)\s+)?"
             rf"(?P<hol>(?-i:{_alt(word_map('en', 'holidays'))}))(?:\s*,?\s*{year})?"
             # "Thanksgiving night", "Christmas morning": the part of that day (TimeML TIME, like "Sunday night")
             rf"(?:\s+(?P<part>morning|afternoon|evening|night)(?![\-‐‑]))?){_E}(?!\s+(?-i:[A-Z]))",
             _h_holiday, 4,
             gate=(tuple(sorted({k.lower() for k in word_map("en", "holidays")})),)),
            # "this year's third quarter", "the 2012 fourth quarter": the year before the quarter is its year
            _r("en_quarter",
             rf"{_B}(?P<x>(?:(?P<prel>this|last|next)\s+year['’]s\s+|(?:the\s+)?(?P<pyear>1[0-9]{{3}}|20[0-9]{{2}})(?:['’]s)?\s+"
             rf"(?=(?:fiscal\s+|financial\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s\-]+(?:fiscal\s+|financial\s+)?"
             rf"(?:quarter|half)\b)|the\s+)?(?:(?P<fiscal0>fiscal|financial)\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th|"
             # "the last quarter of 2012" is its fourth (alone, "the last quarter" is the one before the
             # reference: en_relunit), so "last" only before "of" and a year
             rf"last(?=[\s\-]+(?:(?:fiscal|financial)\s+)?(?:quarter|half)\s+of\s+(?:(?:fiscal|financial)\s+)?"
             rf"(?:1[0-9]{{3}}|20[0-9]{{2}}|(?:this|last|next|the|the\s+previous|the\s+current|the\s+following|the\s+same)\s+year)(?!\w)))"
             rf"[\s\-]+(?:(?P<fiscal>fiscal|financial)\s+)?(?P<unit>quarter|half)"
             rf"(?:\s+of\s+(?:(?P<fiscal2>fiscal\s+|financial\s+)?{year}|(?P<rel>this|last|next|the|the\s+previous|the\s+current|the\s+following|the\s+same)\s+year))?){_E}",
             _h_quarter, 4,
             gate=(("quarter", "half"),)),
            # "the first Monday of October", "the last Thursday in November": an ordinal weekday of a month
            _r("en_nth_weekday",
             rf"{_B}(?P<x>(?:the\s+)?(?P<ord>first|second|third|fourth|last)\s+(?P<wd>{wd_any})\s+(?:of|in)\s+{mon}"
             rf"(?:\s*,?\s*{year})?){_E}",
             _h_nth_weekday, 6,
             gate=(("first", "second", "third", "fourth", "last"), en_wd, en_mon)),
            # "the first week of April", "the last weekend of August 2012": an ordinal week of a month is
            # one expression (as « la première semaine de juin »), valued by its month
            _r("en_month_part",
             rf"{_B}(?P<x>the\s+(?:first|second|third|fourth|last|final)\s+(?:week|weekend|fortnight)\s+(?:of|in)\s+{mon}"
             rf"(?:\s*,?\s*{year})?){_E}",
             _h_date, 5,
             gate=(("first", "second", "third", "fourth", "last", "final"), ("week", "fortnight"), en_mon)),
            # "the October-December quarter", "the January-to-March quarter", "the July-September period": a
            # quarter named by its months, a calendar quarter even when called fiscal (the months say which)
            _r("en_month_quarter",
             rf"{_B}(?P<x>(?:the\s+)?(?P<m1>(?-i:January|April|July|October))\s*[\-–]\s*(?:to\s*[\-–]?\s*)?"
             rf"(?P<m2>(?-i:March|June|September|December))\s+(?:(?:fiscal|financial)\s+)?(?:quarter|period)"
             rf"(?:\s+of\s+{year})?){_E}",
             _h_month_quarter, 5,
             gate=(("quarter", "period"), ("january", "april", "july", "october"))),
            # "the March quarter", "the June quarter of 2012": the quarter ending in that month
            _r("en_month_end_quarter",
             rf"{_B}(?P<x>the\s+(?P<m2>(?-i:March|June|September|December))\s+(?:(?:fiscal|financial)\s+)?quarter(?![\w\-])"
             rf"(?:\s+of\s+{year})?){_E}",
             _h_month_end_quarter, 5,
             gate=(("quarter",), ("march", "june", "september", "december"))),
            # "Q3 2010", "H1", "Q4 of 2006": the abbreviations, upper-case only
            _r("en_quarter_abbr",
             rf"{_B}(?P<x>(?-i:(?P<unit>Q|H))(?P<q>[1-4])(?:\s*(?:of\s+)?{year})?){_E}", _h_quarter, 4,
             gate=((re.compile(r"[qh][1-4]"),),)),
            # "1Q13", "2H 2013", "4Q": the number first (wire business style), upper-case only
            _r("en_quarter_abbr_rev",
             rf"{_B}(?P<x>(?P<q>[1-4])(?-i:(?P<unit>Q|H))(?:(?P<yy>\d\d)(?!\d)|\s*{year})?){_E}",
             _h_quarter_abbr_rev, 4,
             gate=((re.compile(r"[1-4][qh]"),),)),
            # "fiscal 2007", "fiscal year 2007", "the current fiscal year": fiscal years are FY values
            # "the 2013 fiscal year": the year before its noun
            _r("en_fiscal_year",
             rf"{_B}(?P<x>(?:the\s+)?{year}\s+(?:fiscal|financial)\s+year){_E}", _h_fiscal, 5,
             gate=(("fiscal", "financial"), (re.compile(r"\d\s+(?:fiscal|financial)\s+year"),))),
            # "FY2013", "FY 2014", "FY13": the abbreviation of a fiscal year, upper-case only
            _r("en_fiscal_abbr",
             rf"{_B}(?P<x>(?-i:FY)\s?['’]?(?:{year}|(?P<yy>\d\d))){_E}",
             lambda m, t, lang: {"type": "DATE", "kind": "value",
                                 "value": f"FY{int(_g(m, 'year') or 2000 + int(m.group('yy'))):04d}"}, 5,
             gate=(("fy",),)),
            _r("en_fiscal",
             rf"{_B}(?P<x>(?:(?:the\s+)?(?:very\s+)?(?:beginning|end|start|middle)\s+of\s+)?(?:(?P<rel>this|last|next|the|the\s+previous|the\s+current|the\s+coming|the\s+next|"
             rf"the\s+last|the\s+following)\s+)?(?:fiscal|financial)(?:\s+year)?(?:\s+{year})?){_E}",
             _h_fiscal, 5,
             gate=(("fiscal", "financial"),)),
        ]
    # shared rules
    rules += [
        _r("iso",
         r"(?<![\w\-])(?P<x>(?P<y>1\d{3}|20\d{2})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]))"
         r"(?![\w\-])", _h_iso, 8,
             gate=(("-0", "-1"),)),
        # "29/03/2013" (day first), "3/29/2013" (English, month first: the day may come second)
        _r("numeric",
         r"(?<![\w/.\-])(?P<x>(?P<a>[0-3]?\d)(?P<s>[/.])(?P<b>[0-3]?\d)(?P=s)(?P<c>\d{4}|\d{2}))"
         r"(?![\w/]|\.\d)", _h_numeric, 8,
             gate=((re.compile(r"\d[/.]\d"),),)),
    ]
    return tuple(rules)


