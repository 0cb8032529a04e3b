"""Events the lead's reading of invented news got wrong (lead39, issue 17). Every sentence is
invented; publication date Thursday 18 March 2021.

- A verb coordinated after a modal shares it ("will close the plant and cut 600 jobs": both ahead,
  not the cut asserted on the day of publication).
- A number counted out of a group stands for the group in the trigger's sense ("will close 40 of its
  180 branches": a closing of branches; the count stays the patient's head).
- People described by what they did are people ("Police killed two gunmen": a death).
- A head of management is a person (« Le gérant de la société a été placé en garde à vue »: an arrest).
- "The same day" after the last end of a range of years ("between 2019 and 2020") is the day the
  story gave before, not a day of that year.
"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text, check_day, span_text

pytestmark = pytest.mark.slow

MAY_12 = PartialDate(2026, 5, 12)


def _event(text: str, trigger: str, lang: str):
    events = [e for e in analyse_text(text, lang).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    return events[0]


MODAL_CASES = [
    ("The firm will close the plant and cut 600 jobs.", "cut", "FUTURE"),
    ("The bank said it would close 40 branches and cut 600 jobs.", "cut", "CONDITIONAL"),
    ("The firm could close the plant and put 600 jobs at risk.", "put", "POSSIBLE"),
    # guards: a conjunct with its own subject or tense keeps its own
    ("The firm will close the plant, and it cut 600 jobs last year.", "cut", "ASSERTED"),
    ("The firm closed the plant and cut 600 jobs.", "cut", "ASSERTED"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MODAL_CASES, ids=[c[0][:40] for c in MODAL_CASES])
def test_a_conjunct_after_a_modal_shares_it(text: str, trigger: str, modality: str) -> None:
    assert _event(text, trigger, "en").modality == modality


ARGUMENT_CASES = [
    ("en", "Acme will close 40 of its 180 branches.", "close", "EndOrg", "40"),
    ("en", "Acme closed two of its plants on Tuesday.", "closed", "EndOrg", "two"),
    ("en", "Police killed two gunmen after a siege.", "killed", "Die", "gunmen"),
    ("en", "Soldiers killed two of the attackers.", "killed", "Die", "two"),
    ("fr", "Le gérant de la société a été placé en garde à vue.", "placé", "ArrestJail", "gérant"),
    ("en", "A former nurse was jailed for 12 years on Thursday.", "jailed", "Sentence", "nurse"),
    ("en", "The smuggler was imprisoned for life.", "imprisoned", "Sentence", "smuggler"),
    ("fr", "Le conseil municipal a adopté lundi soir, par 38 voix contre 21, un budget de 412 millions d'euros.",
     "adopté", "Legislate", "budget"),
    ("en", "The activist was jailed pending trial.", "jailed", "ArrestJail", "activist"),
    # guards: a count with no group, and a count out of things no sense restriction names
    ("en", "Acme closed two plants.", "closed", "EndOrg", "plants"),
    ("en", "Acme closed two of its accounts.", "closed", "Occurrence", "two"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "etype", "patient"), ARGUMENT_CASES,
                         ids=[c[1][:40] for c in ARGUMENT_CASES])
def test_counted_groups_and_people(lang: str, text: str, trigger: str, etype: str, patient: str) -> None:
    # the count stays the participant's head (MEANTIME's), its group decides the trigger's sense
    event = _event(text, trigger, lang)
    assert event.type == etype
    assert span_text(event.patient) == patient


DAY_CASES = [
    ("fr", "Le maire a été placé en garde à vue jeudi. Les enquêteurs le soupçonnent d'avoir favorisé une "
     "entreprise entre 2019 et 2020. Son bureau a été perquisitionné le même jour.", "perquisitionné", "2021-03-18"),
    ("en", "The mayor was arrested on Thursday. Prosecutors say he favoured a builder between 2019 and 2020. "
     "His office was searched the same day.", "searched", "2021-03-18"),
    # guards: a year told as the time of an act, and the end of a range a next year counts from
    ("en", "The plant ran from 2015 to 2019. The next year, it closed.", "closed", "2020"),
    ("fr", "Le maire a été arrêté mardi. Son bureau a été perquisitionné le même jour.", "perquisitionné",
     "2021-03-16"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "day"), DAY_CASES, ids=[c[2] for c in DAY_CASES])
def test_the_same_day_after_a_range(lang: str, text: str, trigger: str, day: str) -> None:
    check_day(text, trigger, day, lang)


# lead39c: an English simple past is done by the time of writing, so a day after the publication
# date is not its date (it is the date of what was warned of or called); a bare number is people for
# a verb restricted to people ("Tornado kills three"). Published Tuesday 12 May 2026.
PAST_CASES = [
    ("Forecasters warned of more severe storms across the southern Plains through Thursday.", "warned", "!2026-05-14"),
    ("Forecasters warned of more severe storms across the southern Plains through Thursday.", "storms", "2026-05-14"),
    # guards: a simple past on a day gone by, and a future
    ("The company said it closed the plant on Thursday.", "closed", "2026-05-07"),
    ("The ministry said talks would resume on Thursday.", "resume", "2026-05-14"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), PAST_CASES, ids=[c[1] for c in PAST_CASES])
def test_a_simple_past_is_not_dated_after_publication(text: str, trigger: str, day: str) -> None:
    events = [e for e in analyse_text(text, "en", published=MAY_12).events if e.trigger.text == trigger]
    assert events, trigger
    value = events[0].time.value[:10] if events[0].time is not None else None
    assert (value != day[1:]) if day.startswith("!") else (value == day)


COUNT_CASES = [
    ("Tornado kills three in Oklahoma town\n\nA tornado tore through the town.", "kills", "Die"),
    ("A gunman injured four at a school in Ohio.", "injured", "Injure"),
    # guards: a number counted out of things, and a verb no people restriction decides
    ("The company sold three of its plants.", "sold", "TransferOwnership"),
    ("The storm destroyed 40 of the homes.", "destroyed", "Occurrence"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), COUNT_CASES, ids=[c[1] for c in COUNT_CASES])
def test_a_bare_number_is_people_for_a_verb_of_people(text: str, trigger: str, etype: str) -> None:
    assert _event(text, trigger, "en").type == etype
