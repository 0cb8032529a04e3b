"""Event dates and factuality in news sentences (issue 17, class 8 "Event time", f32b): every sentence is invented.

Fixed classes: a part of the day with no day of its own right after a dated background act in the
pluperfect (« Il avait été placé en garde à vue dimanche. Dans la soirée, … ») takes the narrative's
last day, not the background's; an act whose day the text counts from the day of its sentence's dated act ("resigned
on Tuesday, the day after his arrest", « au lendemain de son arrestation », « à la veille de son
procès », "two days after he was charged") takes that day moved by the count; a general truth in a
quotation (« "A minister does not resign over a rumour," he said on Tuesday »: its subject stands for
any minister) is not dated at the speaking; a plan told in the past ("The hostages were to be freed
Monday", "was due to be released") keeps its day but is no asserted act. The other rows guard what
must not change: a part of the day with no day of its own takes the day of its sentence or of the
sentence before, « la veille » / « le lendemain » alone count from the sentence's day, a background
act keeps its own date, a quoted stance of a named speaker is still of the day of its speaking.
Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no time.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow


# An act counted from the day of its sentence's dated act.
COUNTED_FROM_ACT_CASES = [
    ("The minister resigned on Tuesday, the day after his arrest.", "arrest", "2021-03-15", "en"),
    ("The suspect appeared in court on Tuesday, a day after he was arrested.", "arrested", "2021-03-15", "en"),
    ("The mayor quit on Tuesday, two days after the council was dissolved.", "dissolved", "2021-03-14", "en"),
    ("Le ministre a démissionné mardi, au lendemain de son arrestation.", "arrestation", "2021-03-15", "fr"),
    ("Au lendemain de son arrestation, le ministre a démissionné mardi.", "arrestation", "2021-03-15", "fr"),
    ("Le ministre a démissionné mardi, à la veille de son procès.", "procès", "2021-03-17", "fr"),
    ("Le ministre a démissionné mardi, deux jours après son arrestation.", "arrestation", "2021-03-14", "fr"),
    # no dated act: the day written right before the words
    ("The new console will be available on March 26, two days before the rival model launches.", "launches",
     "2021-03-28", "en"),
    # not counted: no dated act in the sentence, a plain sequence word, a date of its own
    ("Au lendemain de son élection, le maire a démissionné.", "élection", None, "fr"),
    ("The minister resigned on Tuesday after his arrest.", "arrest", "2021-03-16", "en"),
    ("The minister resigned on Tuesday, a day after his arrest on March 3.", "arrest", "2021-03-03", "en"),
]

# A general truth in a quotation: not of the day of its speaking.
QUOTED_GENERIC_CASES = [
    ("\"A minister does not resign over a rumour,\" he said on Tuesday.", "resign", None, "en"),
    ("« Un ministre ne démissionne pas pour une rumeur », a déclaré mardi le ministre.", "démissionne", None, "fr"),
    ("\"Every club sells its players in the end,\" the coach said on Tuesday.", "sells", None, "en"),
    # a named or first-person subject: a stance of the day of the speaking (f31b)
    ("\"We sell our stake because the market has changed,\" the founder told reporters on Tuesday.", "sell",
     "2021-03-16", "en"),
    ("« Nous vendons nos parts », a annoncé mardi le fondateur.", "vendons", "2021-03-16", "fr"),
    # a past act of "a man": one man, dated by the speaking as before
    ("\"A man was killed,\" the officer said on Tuesday.", "killed", "2021-03-16", "en"),
]

# A part of the day with no day of its own; « la veille », « le lendemain » alone.
DAY_PART_CASES = [
    ("Le conseil municipal s'est réuni mardi. Dans la soirée, le maire a démissionné.", "démissionné",
     "2021-03-16", "fr"),
    ("L'entreprise a annoncé mardi la fermeture de son usine. Le soir même, les salariés ont manifesté.",
     "manifesté", "2021-03-16", "fr"),
    ("Le ministre a été interrogé lundi par les enquêteurs.\n\nDans la soirée, il a démissionné.", "démissionné",
     "2021-03-15", "fr"),
    ("Un homme a été tué dans la nuit de mardi à mercredi à Lyon.", "tué", "2021-03-16", "fr"),
    ("The minister was questioned by police on Monday. Later that evening, he resigned.", "resigned",
     "2021-03-15", "en"),
    ("The minister was questioned by police on Monday. He resigned that night.", "resigned", "2021-03-15", "en"),
    ("The suspect was arrested on Monday. He was released the next morning.", "released", "2021-03-16", "en"),
    ("Le suspect a été arrêté lundi. Le lendemain, il a été libéré.", "libéré", "2021-03-16", "fr"),
    ("Le maire a annoncé sa démission lundi. La veille, il avait rencontré le préfet.", "rencontré", "2021-03-14",
     "fr"),
    # after a dated background act in the pluperfect, the narrative's own last day
    ("Le maire a annoncé mardi sa démission. Il avait été placé en garde à vue dimanche. Dans la soirée, "
     "des habitants se sont rassemblés devant la mairie.", "rassemblés", "2021-03-16", "fr"),
    ("The mayor resigned on Tuesday. He had been detained on Sunday. Later that evening, residents protested "
     "outside city hall.", "protested", "2021-03-16", "en"),
    # the day written with its part, or no narrative day before: unchanged
    ("Le maire a annoncé mardi sa démission. Il avait été placé en garde à vue dimanche. Dimanche soir, "
     "des habitants se sont rassemblés devant la mairie.", "rassemblés", "2021-03-14", "fr"),
    ("Il avait été placé en garde à vue dimanche. Dans la soirée, des habitants se sont rassemblés devant la "
     "mairie.", "rassemblés", "2021-03-14", "fr"),
    # a background act keeps its own date
    ("The family of the singer, who died in March, filed a lawsuit on Tuesday.", "died", "2021-03", "en"),
    ("La famille du chanteur, mort en 2019, a porté plainte mardi.", "mort", "2019", "fr"),
]

# A plan told in the past: its day, no asserted act.
PLAN_CASES = [
    ("The hostages were to be freed Monday.", "freed", "2021-03-15", "FUTURE", "en"),
    ("The prisoner was due to be released on Monday.", "released", "2021-03-15", "FUTURE", "en"),
    ("The prisoner was scheduled to be released on Monday, but the court delayed the decision.", "released",
     "2021-03-15", "FUTURE", "en"),
    ("Acme is to close the plant in June.", "close", "2021-06", "FUTURE", "en"),
    ("Le suspect devait être libéré lundi, mais le juge a refusé.", "libéré", "2021-03-15", "FUTURE", "fr"),
    # done, or only able to: asserted
    ("The prisoner was released on Monday.", "released", "2021-03-15", "ASSERTED", "en"),
    ("The prisoner was able to leave on Monday.", "leave", "2021-03-15", "ASSERTED", "en"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), COUNTED_FROM_ACT_CASES)
def test_counted_from_act(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), QUOTED_GENERIC_CASES)
def test_quoted_generic(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), DAY_PART_CASES)
def test_day_part(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "trigger", "day", "modality", "lang"), PLAN_CASES)
def test_plan(text: str, trigger: str, day: str | None, modality: str, lang: str) -> None:
    events = [e for e in analyse_text(text, lang).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    if day is None:
        assert value is None or not value.startswith("2021-03-1")
    else:
        assert value == day
    assert events[0].modality == modality
