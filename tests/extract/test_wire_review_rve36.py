"""Review of e36a's English wire rules (rve36). Every sentence is invented.

Fixed classes: only a clause that introduces what its subject says, a copula with its complement or a
verb whose object is a noun of saying (``message_nouns``), makes the subject of a clause before a
colon the speaker of the quotation ("Smith was blunt: « … »"), not a clause of another act ("The
mayor arrived at the court: « … »"); only a verb of a moving figure (a QuantityChange or
``en/market_movement_verbs``) makes its subject the patient when a measure is its object ("shares
lost 3 percent"; "Halsey won 61 percent" still wins); a currency after a number is a sum of money the
recogniser may miss ("a fine of 2 million euros"): no patient of the fine, whose payer or receiver is.
Guards of lead36c's rule on "when" clauses with no subject ("the price rises when paid after March
31" takes no day from it), which mended the one MEANTIME dev event time lost since lead36.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc
from kg.extract.quotes import quotes_from_doc

pytestmark = pytest.mark.slow

ANY = object()

# (sentence, trigger, agent, patient); ANY skips a column
ARGUMENTS = [
    # a measure of no move: the subject still acts
    ("Halsey won 61 percent in the first round.", "won", "Halsey", None),
    ("Dorne won 48 percent in the runoff on Sunday.", "won", "Dorne", None),
    # a sum the recogniser missed is no patient of the fine: who receives or pays it is
    ("The airline received a fine of 2 million euros from the regulator.", "fine", None, "airline"),
    # guards: a figure that moved, a fine the recogniser reads as money
    ("Veltor paid a fine of 3 million yen.", "fine", None, "Veltor"),
    ("Kestrel shares lost 3 percent on Tuesday.", "lost", None, "Kestrel shares"),
    ("Oil prices rose 4 percent on Friday.", "rose", None, "Oil prices"),
    ("Brisco Bank paid a fine of 20 million pounds.", "fine", None, "Brisco Bank"),
    ("The regulator fined the bank 20 million pounds.", "fined", "regulator", "bank"),
]


def _text(span) -> str | None:
    return None if span is None else span.text


@pytest.mark.parametrize(("text", "trigger", "agent", "patient"), ARGUMENTS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(ARGUMENTS)])
def test_review_participants(en_nlp, text: str, trigger: str, agent, patient) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    for slot, want in (("agent", agent), ("patient", patient)):
        if want is not ANY:
            assert _text(getattr(events[0], slot)) == want, slot


# (lang, text, speaker of the quotation)
SPEAKERS = [
    # a clause of another act before the colon names no speaker
    ("en", 'The mayor arrived at the courthouse on Monday: "Justice will be done."', None),
    ("en", 'The senator left the chamber: "I have nothing more to say."', None),
    ("en", 'Smith arrived: "We are here to stay," the banner read.', None),
    # guards: a French clause of another act, a copula with its complement, a noun of saying as object
    ("fr", "Marie Dubois a quitté la salle : « Je n'ai plus rien à dire. »", None),
    ("en", 'The minister had a simple message: "We will not back down."', "minister"),
    ("en", 'Smith was blunt: "We will fight this ruling."', "Smith"),
    ("fr", "Le ministre a été clair : « Nous ne reculerons pas. »", "ministre"),
    ("fr", "La sénatrice avait un message simple : « Nous voterons contre. »", "sénatrice"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SPEAKERS, ids=[f"q{i}" for i in range(len(SPEAKERS))])
def test_review_colon_speaker(en_nlp, fr_nlp, lang: str, text: str, speaker: str | None) -> None:
    nlp = en_nlp if lang == "en" else fr_nlp
    quotes = list(quotes_from_doc(nlp(text), lang=lang))
    assert quotes, "no quotation"
    assert _text(quotes[0].speaker) == speaker


# (sentence, trigger, day): "!D" any day but D. Publication date: Thursday 18 March 2021.
TIMES = [
    # an English present holds whenever its "when" clause with no subject is met: no day of it
    ("The price rises when paid after March 31.", "rises", "!2021-03-31"),
    ("The bonus falls when claimed after 30 June.", "falls", "!2020-06-30"),
    # guards: a past main clause happens when its clause of simultaneity does, and so does the
    # present of a schedule whose clause has a subject
    ("The museum opens its doors when the festival starts on Friday.", "opens", "2021-03-19"),
    ("A man died when a tree fell on his car late Monday.", "died", "2021-03-15"),
    ("Two people were hurt when a bus overturned on Sunday.", "hurt", "2021-03-14"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), TIMES, ids=[f"{c[1]}-{i}" for i, c in enumerate(TIMES)])
def test_review_when_present(text: str, trigger: str, day: str) -> None:
    from tests.extract.event_days import check_day

    check_day(text, trigger, day, "en")
