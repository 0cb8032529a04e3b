"""Event and date days in quotations and after a dated plan (issue 17, review rvf33b of f33b): every
sentence is invented.

Fixed classes: a French verb of the first or second person in the simple future, which the tagger
reads as a present (« je me rendrai », « nous signerons »: the forms of quotations), now puts its
clause in the future, so a bare weekday it governs is the coming one, not the one gone by
(« « Je me rendrai lundi à Berlin », a déclaré le président », told on a Thursday: the coming
Monday; English "will" did it already); and a French future act after a dated plan whose sentence
has an adverb of a later step (« Il partira ensuite pour Varsovie ») no longer takes the plan's day;
a quotation's future that the parser hangs on the reporting verb after it as an auxiliary
(« « La réunion aura lieu vendredi », a indiqué mardi la mairie ») no longer makes the saying a
future, nor its weekday the coming one.
The other rows guard what must not change: a past in a quotation keeps the weekday gone by, the
saying stays on the publication date, a plain continuation of a plan keeps the plan's day.
Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no time.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow


# A weekday governed by a future in a quotation: the coming one.
QUOTED_FUTURE_CASES = [
    ("« Je me rendrai lundi à Berlin », a déclaré le président.", "rendrai", "2021-03-22", "fr"),
    ("« Nous signerons l'accord vendredi », a affirmé le ministre.", "accord", "2021-03-19", "fr"),
    ("« Nous déposerons plainte mardi », ont annoncé les avocats de la famille.", "plainte", "2021-03-23", "fr"),
    # unchanged: the saying is not moved to the coming day, a past keeps the day gone by, English
    ("« Je me rendrai lundi à Berlin », a déclaré le président.", "déclaré", "!2021-03-22", "fr"),
    ("« Nous avons signé l'accord vendredi », a affirmé le ministre.", "accord", "2021-03-12", "fr"),
    ('"We will sign the deal on Friday," the minister said.', "deal", "2021-03-19", "en"),
    ('"We signed the deal on Friday," the minister said.', "deal", "2021-03-12", "en"),
]

# The date itself, where the future verb is no event trigger.
QUOTED_FUTURE_TIMEX_CASES = [
    ("« Je vous recevrai samedi », a promis le préfet aux grévistes.", "samedi", "2021-03-20", "fr"),
    ("« Nous reprendrons le travail lundi », a assuré la déléguée syndicale.", "lundi", "2021-03-22", "fr"),
    # unchanged: a past in the quotation
    ("« J'ai rencontré le chancelier lundi », a déclaré le président.", "lundi", "2021-03-15", "fr"),
]

# A future act after a dated plan: the plan's day, but not for a later step.
PLAN_STEP_CASES = [
    ("Le président se rendra lundi à Berlin. Il partira ensuite pour Varsovie.", "partira", None, "fr"),
    ("Le président se rendra lundi à Berlin. Il y rencontrera ensuite le chancelier allemand.", "rencontrera", None,
     "fr"),
    # unchanged: a step told with no adverb of a later step
    ("Le président se rendra lundi à Berlin. Il y rencontrera le chancelier allemand.", "rencontrera", "2021-03-22",
     "fr"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), QUOTED_FUTURE_CASES)
def test_quoted_future_weekday_is_the_coming_one(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "date", "value", "lang"), QUOTED_FUTURE_TIMEX_CASES)
def test_quoted_future_weekday_value(text: str, date: str, value: str, lang: str) -> None:
    values = [t.value for t in analyse_text(text, lang).timexes if t.text == date]
    assert values == [value]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), PLAN_STEP_CASES)
def test_later_step_does_not_take_plan_day(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


# A quotation's future the parser hangs on the reporting verb after it as its auxiliary (« aura »,
# « seront »): the saying keeps its own past, its weekday the one gone by, and is asserted.
QUOTE_AUXILIARY_CASES = [
    ("« La réunion aura lieu vendredi », a indiqué mardi la mairie.", "indiqué", "2021-03-16", "ASSERTED", "fr"),
    ("« Le vote aura lieu mardi », a précisé mercredi le porte-parole.", "précisé", "2021-03-17", "ASSERTED", "fr"),
    ("« Les travaux seront terminés lundi », a promis mercredi le maire.", "promis", "2021-03-17", "ASSERTED", "fr"),
    # unchanged: a future perfect of its own, a future outside any quotation, English
    ("La ministre aura quitté ses fonctions vendredi.", "quitté", "2021-03-19", "FUTURE", "fr"),
    ("Le conseil se réunira vendredi, a annoncé mardi la mairie.", "annoncé", "2021-03-16", "ASSERTED", "fr"),
    ('"The plant will close on Friday," the company said on Tuesday.', "said", "2021-03-16", "ASSERTED", "en"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "modality", "lang"), QUOTE_AUXILIARY_CASES)
def test_quoted_future_is_no_auxiliary_of_saying(text: str, trigger: str, day: str, modality: str,
                                                 lang: str) -> None:
    check_day(text, trigger, day, lang)
    (event, *_) = [e for e in analyse_text(text, lang).events if e.trigger.text == trigger]
    assert event.modality == modality
