"""Shared helpers of the event-date tests (``test_event_times_*``): analyse one invented paragraph
with a publication date and check the day an event mention gets."""

from __future__ import annotations

from typing import Any

from kg.types import PartialDate

#: The publication date of the event-date tests: Thursday 18 March 2021.
PUBLISHED = PartialDate(2021, 3, 18)


def analyse_text(text: str, lang: str, *, published: PartialDate = PUBLISHED) -> Any:
    """The analysis of ``text`` as one document in ``lang`` published on ``published``."""
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    doc = Document(id="t", text=text, source="test", date=published, lang=lang)
    (result,) = list(analyse([doc]))
    return result


def check_day(text: str, trigger: str, day: str | None, lang: str) -> None:
    """The first event on ``trigger`` has the day ``day`` (``"!D"``: any day but D; None: no time)."""
    events = [e for e in analyse_text(text, lang).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    if day is not None and day.startswith("!"):
        assert value != day[1:]
    else:
        assert value == day


def span_text(span: Any) -> str | None:
    """The text of a span, or None for an empty slot."""
    return span.text if span is not None else None


def agent_of(text: str, trigger: str, lang: str) -> str | None:
    """The agent of the first event on ``trigger`` in ``text``, its antecedent's text when it has one."""
    events = [e for e in analyse_text(text, lang).events if e.trigger.text == trigger]
    assert events, trigger
    return span_text(events[0].agent_antecedent) or span_text(events[0].agent)
