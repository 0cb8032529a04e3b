"""Review of q34a (rvq34): who said what in mixed-language articles whose quotation's first sentence
is too short to tell its language, or whose quotation is introduced with a comma or resumed after
an incise. Every article is invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes_mixed_q34a import _analysis_in, _names, _quote

pytestmark = pytest.mark.slow

# (article, its language, the quotation's first words, its reporting verb, a word of the speaker)
CASES = [
    # a short first sentence after a colon used to stay with the French clause: the quotation,
    # split over two segments, was lost
    (
        "Le procès du skipper Neil Garrow s'est ouvert lundi à Plymouth.\n\nDevant les jurés, le skipper a "
        "affirmé : « I was asleep. The autopilot steered the boat into the rocks. » Le verdict est attendu "
        "jeudi.",
        "fr",
        "I was asleep.",
        "affirmé",
        "skipper",
    ),
    # a quotation of sentences introduced with a comma
    (
        "The French health minister visited the hospital in Lille on Sunday.\n\nShe said, “Les urgences "
        "recevront deux cents lits de plus. Le budget est voté.” Nurses remained on strike.",
        "en",
        "Les urgences",
        "said",
        "She",
    ),
    # a quotation resumed after its incise
    (
        "Dockers in Le Havre voted to extend the strike on Friday.\n\n“Nous tenons,” the union delegate said, "
        "“et nous tiendrons jusqu'au bout de la négociation.” Port traffic was halted.",
        "en",
        "et nous tiendrons",
        "said",
        "delegate",
    ),
]


@pytest.mark.parametrize(("text", "lang", "first_words", "verb", "name"), CASES)
def test_speaker_of_a_quotation_cut_from_its_frame_rvq34(
    text: str, lang: str, first_words: str, verb: str, name: str
) -> None:
    result = _analysis_in(text, lang)
    quote = _quote(result, first_words)
    assert text[quote.span.start : quote.span.end] == quote.span.text
    assert quote.reporting is not None and quote.reporting.text == verb
    assert quote.speaker is not None
    assert any(name in n for n in _names(result, quote.speaker))


def test_follow_on_quotation_keeps_the_speaker_of_the_incise_before_it_rvq34() -> None:
    # a quotation with no frame of its own right after the incise of the one before it: the same
    # speaker, as in a text of one language (« « … », affirme-t-il. « … » »)
    text = (
        "Le patron de la banque britannique Harlow, Simon Pike, était à Paris mercredi.\n\n« Our profits will "
        "double next year », a assuré le banquier devant des investisseurs. « We are opening three offices in "
        "France. » Il repart jeudi pour Londres."
    )
    result = _analysis_in(text, "fr")
    quote = _quote(result, "We are opening")
    assert quote.speaker is not None and "banquier" in quote.speaker.text
    # ... but not across a sentence of the writer's
    text = text.replace("investisseurs. « We", "investisseurs. Les analystes restent prudents. « We")
    assert _quote(_analysis_in(text, "fr"), "We are opening").speaker is None


def test_sentence_after_a_quotation_ending_with_a_stop_is_no_incise_rvq34() -> None:
    # '“….” The unions called …': a new sentence, whose subject is no speaker of the quotation
    text = (
        "The French government held firm on Monday.\n\n“La réforme des retraites sera votée avant l'été, quoi "
        "qu'il arrive.” The unions called a new strike for Thursday."
    )
    quote = _quote(_analysis_in(text, "en"), "La réforme")
    assert quote.speaker is None and quote.reporting is None


# Joining frames without a parse.
def test_frame_after_a_full_stop_is_not_joined_rvq34() -> None:
    from kg.extract.quotes import with_framed_quotes
    from tests.extract.test_quotes_mixed_q34a import _frame

    text = "Fin. “La grève est finie.” The unions called it a victory."
    frame = _frame(text, text.index("The unions"), True, "unions", "called")
    assert with_framed_quotes(text, [], [frame]) == []
    text = "Fin. “La grève est finie”, the unions said."
    frame = _frame(text, text.index(", the unions"), True, "unions", "said")
    assert [q.speaker and q.speaker.text for q in with_framed_quotes(text, [], [frame])] == ["unions"]
