"""Participants widened to the name the entity layer read (review rvf37 of f37a): every sentence
is invented for these tests; published Thursday 18 March 2021.

An English name's leading "the", which the entity mention keeps, is no part of the participant the
parse gives (« The European Union fined Google »: agent « European Union », not « The European
Union »), for an agent, a patient and a quotation's speaker alike. The other rows guard what the
widening must still do: a French article that belongs to the name (« Le Monde »), a name the parse
cut (« Total Energies »), a phrase ending inside a name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow


def _text(span: Any) -> str | None:
    return span.text if span is not None else None


# (text, lang, trigger, role, expected)
WIDENED = [
    ("The European Union fined a Dutch bank 300 million euros on Tuesday.", "en", "fined", "agent", "European Union"),
    ("The United Nations condemned the shelling of the hospital.", "en", "condemned", "agent", "United Nations"),
    ("The White House said the senator would resign.", "en", "said", "agent", "White House"),
    ("Two men were arrested after they attacked the Associated Press office in Denver.", "en", "attacked", "patient",
     "Associated Press office"),
    # guards: no "the" in the name, a French article that is part of the name, a cut name
    ("Human Rights Watch accused the militia of torture.", "en", "accused", "agent", "Human Rights Watch"),
    ("Le Monde a révélé que le député avait menti.", "fr", "révélé", "agent", "Le Monde"),
    ("Le groupe Total Energies a racheté une centrale solaire.", "fr", "racheté", "agent", "Total Energies"),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "role", "expected"), WIDENED,
                         ids=[f"widened-{i}" for i in range(len(WIDENED))])
def test_a_participant_is_widened_to_the_name_without_english_the(
    text: str, lang: str, trigger: str, role: str, expected: str
) -> None:
    events = [e for e in analyse_text(text, lang).events if e.trigger.text == trigger]
    assert events, trigger
    assert _text(getattr(events[0], role)) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will not sign this treaty," said The Bank of Korea in a statement.', "Bank of Korea"),
    ("The Federal Reserve said inflation would ease.", "Federal Reserve"),
], ids=["speaker-0", "speaker-1"])
def test_a_speaker_is_widened_to_the_name_without_english_the(text: str, speaker: str) -> None:
    assert [_text(q.speaker) for q in analyse_text(text, "en").quotes][:1] == [speaker]
