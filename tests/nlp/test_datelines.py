"""Sentence breaks around a dateline (kg.nlp.datelines). Invented texts."""

from __future__ import annotations

import pytest

from kg.nlp.datelines import break_datelines

spacy = pytest.importorskip("spacy")


def _starts(text: str) -> list[str]:
    doc = break_datelines(spacy.blank("en")(text))
    return [t.text for t in doc[1:] if t.is_sent_start]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # a headline, its dateline, the first sentence: the dateline and the line after it start
        ("Acme buys Beta\nMay 2 , 2024\nAcme Corp. today bought Beta .", ["May", "Acme"]),
        ("Acme buys Beta\nTuesday , May 2 , 2024\nThe deal closed .", ["Tuesday", "The"]),
        ("Acme buys Beta\n2 May 2024\nThe deal closed .", ["2", "The"]),
        # a date inside a line is no dateline
        ("Acme bought Beta on May 2 , 2024 .\nThe deal closed .", []),
        # a line of words or of numbers only is none either
        ("Acme buys Beta\nThe deal\nclosed in May .", []),
        ("Results\n2024 , 2025\nrose .", []),
        # the last line may be a dateline: nothing after it to mark
        ("Acme buys Beta\nMay 2 , 2024", ["May"]),
    ],
)
def test_dateline_breaks(text, starts):
    assert _starts(text) == starts


@pytest.mark.slow
def test_headline_keeps_its_object(en_nlp):
    from kg.extract.events import events_from_doc
    from kg.nlp.datelines import add_dateline_breaks

    add_dateline_breaks(en_nlp)
    doc = en_nlp("Acme launches new phone\nJune 9 , 2008\nAcme Corp. today launched a new phone .")
    launch = next(e for e in events_from_doc(doc, lang="en") if e.trigger.text == "launches")
    assert launch.agent is not None and launch.agent.text == "Acme"
    assert launch.patient is not None and launch.patient.text == "phone"
