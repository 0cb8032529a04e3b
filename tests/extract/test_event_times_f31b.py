"""Event dates in news paragraphs (issue 17, class 8 "Event time", f31b): every paragraph is invented.

Fixed classes: a verb in the simple present inside a quotation (« "We love our fans," the singer
said ») is a state at the time of the speaking: the time of the act that reports the quotation, else
the publication date; an English verb in the present perfect ("has made its maiden flight"), which
English never joins to a past date, takes the publication date, not the date of the sentence before
(a photo caption, a background act) nor the lead's. The other rows guard what must not change: a past
tense in a quotation stays undated, a simple past still inherits the sentence before's day, a
present perfect reported by a dated act takes that act's day, a future perfect is no act of the time
of writing. Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no time.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import check_day

pytestmark = pytest.mark.slow


# The simple present of a quotation: the time of the speaking.
QUOTED_PRESENT_CASES = [
    ("\"We love our fans,\" the singer said.", "love", "2021-03-18", "en"),
    ("\"I conclude that the logo does not suggest a connection,\" the judge wrote in his ruling on Monday.",
     "conclude", "2021-03-15", "en"),
    ("\"We sell our stake because the market has changed,\" the founder told reporters on Tuesday.", "sell",
     "2021-03-16", "en"),
    ("« Nous vendons nos parts », a annoncé le fondateur.", "vendons", "2021-03-18", "fr"),
    ("« Nous vendons nos parts », a annoncé mardi le fondateur.", "vendons", "2021-03-16", "fr"),
    # a past tense in the quotation: the speaking does not give its day
    ("\"We lost the match,\" the coach said.", "lost", None, "en"),
]

# The English present perfect: the time of writing.
PRESENT_PERFECT_CASES = [
    # a photo caption with its month and no full stop, then the lead
    ("The jet was unveiled in January 2019\nThe world's largest jet has made its maiden flight after taking "
     "off from Toulouse.", "made", "2021-03-18", "en"),
    ("The storm hit the coast on Monday. At least ten people have died.", "died", "2021-03-18", "en"),
    ("The minister was arrested on Monday. Her husband has resigned from the board.", "resigned", "2021-03-18",
     "en"),
    ("Acme announced on Tuesday that it will cut 500 jobs.\n\nThe company has been sued by its workers.", "sued",
     "2021-03-18", "en"),
    # reported by a dated act: that act's day
    ("Acme said on Tuesday that the company has filed a lawsuit against Beta.", "filed", "2021-03-16", "en"),
    # not a present perfect: the simple past still takes the day of the sentence before
    ("The storm hit the coast on Monday. At least ten people died.", "died", "2021-03-15", "en"),
    ("In March, Acme cut 200 jobs. It closed two plants.", "closed", "2021-03", "en"),
    # a future perfect is no act of the time of writing
    ("The company will have completed the merger by June.", "completed", "!2021-03-18", "en"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), QUOTED_PRESENT_CASES)
def test_quoted_present(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), PRESENT_PERFECT_CASES)
def test_present_perfect(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)

