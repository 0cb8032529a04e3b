"""Review of f32b's event dates (rvf32b): every sentence is invented.

Fixed: a singular indefinite subject in a quoted present is one member told of on the day ("A
suspect remains in custody," police said on Tuesday), a general truth only with a predicate of habit
(negated, modal, an adverb of habit); a count of days that a preposition makes a length ("closed for
two days after the storm") or that hangs on an undated act right before it ("found the car two days
after it was stolen") counts no day from the sentence's dated act; a French act after an elided
article (« trois jours après l'annonce ») is counted like one after « son »; "was later to become",
"was to blame" are no plans. Publication date 18 March 2021, a Thursday. None: no time.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow


QUOTED_INDEFINITE_CASES = [
    # one member of the day: dated at the speaking
    ("\"A suspect remains in custody,\" police said on Tuesday.", "remains", "2021-03-16", "en"),
    ("\"A good coach listens to his players,\" the manager said on Tuesday.", "listens", "2021-03-16", "en"),
    # a predicate of habit: a general truth, no day
    ("\"A referee never changes his decision,\" the federation said on Friday.", "changes", None, "en"),
    ("\"A spokesman does not comment on rumours,\" the company said on Tuesday.", "comment", None, "en"),
    ("\"Each passenger usually pays for the second bag,\" the airline said on Tuesday.", "pays", None, "en"),
]

COUNT_CASES = [
    # a length or a limit, not a count from the dated act
    ("The roads were closed on Monday for two days after the storm hit the coast.", "hit", None, "en"),
    ("Polls closed on Sunday, and results were expected within two days after the vote ended.", "ended", None,
     "en"),
    # the count hangs on an undated act right before it
    ("He was arrested on Tuesday after police found the car two days after it was stolen.", "stolen", None, "en"),
    # an elided article between the count and the act
    ("La grève a commencé lundi, trois jours après l'annonce du plan social.", "annonce", "2021-03-12", "fr"),
    # unchanged: a count that opens its phrase
    ("The striker scored twice on Saturday, three days after he signed for the club.", "signed", "2021-03-10", "en"),
    ("Police arrested the driver on Monday, a week after the crash.", "crash", "2021-03-08", "en"),
    ("L'usine a fermé le 3 mars, deux semaines avant la visite du ministre.", "visite", "2021-03-17", "fr"),
]

PLAN_CASES = [
    ("He was later to become president of the republic.", "become", "ASSERTED"),
    ("She was eventually to win three more titles in Paris.", "win", "ASSERTED"),
    ("The driver was to blame for the crash on Sunday, the court ruled.", "blame", "ASSERTED"),
    # still a plan
    ("The summit was to take place on Monday but it was cancelled.", "take", "FUTURE"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), QUOTED_INDEFINITE_CASES)
def test_quoted_indefinite(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), COUNT_CASES)
def test_count(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "trigger", "modality"), PLAN_CASES)
def test_plan_modality(text: str, trigger: str, modality: str) -> None:
    events = [e for e in analyse_text(text, "en").events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].modality == modality
