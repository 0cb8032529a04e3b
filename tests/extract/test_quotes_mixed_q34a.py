"""Who said what when a quotation and its frame are in two languages (issue 17, q34a).

A French article quotes English words with a French incise (« « Free accounts … », a écrit le
milliardaire »), or introduces them with a French clause (« il a écrit : « We are closing … » »);
an English article does the same with French words. Language routing gives the quotation to one
parser and its frame to the other, so the speaker, the reporting verb and the Statement's agent are
joined across the two segments. Every article is invented for these tests; a speaker or an agent is
read through the chain of the entity it belongs to, as ``kg eval`` reads it.
"""

from __future__ import annotations

import pytest

from tests.extract.test_fr_participants_f32a import _analysis, _chain_names

pytestmark = pytest.mark.slow

FR_INCISE = (
    "Le milliardaire Victor Halden a annoncé mardi un changement des règles de son réseau social Plaza.\n\n"
    "« Free accounts will no longer be able to post links starting May 1. Subscribe to keep your reach », "
    "a écrit le milliardaire sur son réseau social. Les utilisateurs ont vivement réagi.\n\n"
    "La Commission européenne a ouvert une enquête sur la plateforme."
)
FR_CLITIC = (
    "La chanteuse Lena Varga a annulé sa tournée européenne.\n\n"
    "« I am exhausted and I need to rest for a few months. I am sorry for my fans », a-t-elle écrit jeudi "
    "sur Instagram.\n\nSon producteur n'a pas souhaité commenter."
)
FR_BEFORE = (
    "Paul Mercier, le directeur général du groupe automobile Orvane, a annoncé mercredi la fermeture du bureau "
    "de Londres.\n\nDans un message aux salariés, il a écrit : « We are closing our London office next "
    "month. All staff will be offered a transfer to Paris. »\n\nLes syndicats ont dénoncé une décision brutale."
)
EN_INCISE = (
    "The French labour minister, Claire Dumas, met union leaders in Paris on Monday.\n\n"
    "“Nous ne céderons pas face à la pression de la rue. La réforme sera votée”, the minister said after "
    "the meeting.\n\nThe unions called a new strike for Thursday."
)
EN_INVERTED = (
    "Employers welcomed the court ruling on Tuesday.\n\n"
    "“La grève est illégale et les salariés doivent reprendre le travail”, said Marc Fontaine, the head of "
    "the employers' federation.\n\nThe unions said they would appeal."
)
EN_BEFORE = (
    "The strike entered its third week on Friday.\n\n"
    "Asked about the talks, Claire Dumas told reporters: « Nous ne céderons pas. Les négociations "
    "reprendront lundi avec les syndicats. »\n\nUnion leaders called the remark provocative."
)

# (article, its language, the quotation's first words, its reporting verb, a word of the speaker's
# mention or a name of its chain)
CASES = [
    # a French incise with a postposed subject after English words of several sentences (that « le
    # milliardaire » is Victor Halden is for coreference to tell)
    (FR_INCISE, "fr", "Free accounts", "écrit", "milliardaire"),
    # ... with an inverted clitic subject
    (FR_CLITIC, "fr", "I am exhausted", "écrit", "Lena Varga"),
    # a French clause with a colon before English words
    (FR_BEFORE, "fr", "We are closing", "écrit", "Paul Mercier"),
    # an English incise after French words, its subject before the verb or after it
    (EN_INCISE, "en", "Nous ne céderons pas face", "said", "Claire Dumas"),
    (EN_INVERTED, "en", "La grève est illégale", "said", "Marc Fontaine"),
    # an English clause with a colon before French words
    (EN_BEFORE, "en", "Nous ne céderons pas.", "told", "Claire Dumas"),
]


def _names(result, span) -> set[str]:
    """The words of a mention and the names of the chain it belongs to."""
    return {span.text} | _chain_names(result, span.start, span.end)


def _quote(result, first_words: str):
    found = [q for q in result.quotes if q.span.text.startswith(first_words)]
    assert found, [q.span.text for q in result.quotes]
    return found[0]


@pytest.mark.parametrize(("text", "lang", "first_words", "verb", "name"), CASES)
def test_speaker_of_a_quotation_framed_in_the_other_language(
    text: str, lang: str, first_words: str, verb: str, name: str
) -> None:
    result = _analysis_in(text, lang)
    quote = _quote(result, first_words)
    # the whole quotation, every sentence of it, up to its closing mark
    assert text[quote.span.end : quote.span.end + 3].lstrip(" .,")[:1] in ("»", "”")
    assert quote.reporting is not None and quote.reporting.text == verb
    assert quote.speaker is not None
    assert any(name in n for n in _names(result, quote.speaker))


@pytest.mark.parametrize(("text", "lang", "first_words", "verb", "name"), CASES)
def test_agent_of_the_statement_framing_the_quotation(
    text: str, lang: str, first_words: str, verb: str, name: str
) -> None:
    from kg.evaluation.runner import system_output

    result = _analysis_in(text, lang)
    quote = _quote(result, first_words)
    assert quote.reporting is not None
    out = system_output(result, bare_names=True)
    agents = [a.argument for a in out.arguments if a.trigger.start == quote.reporting.start and a.role == "agent"]
    assert agents, [(a.trigger.text, a.role, a.argument.text) for a in out.arguments]
    assert any(name in n for n in _names(result, agents[0]))


# Near misses that must not change: a quotation in the article's own language keeps its speaker,
# and English words followed by a sentence of their own, no incise, get no speaker.
def test_quotation_in_the_articles_language_keeps_its_speaker() -> None:
    text = (
        "Le maire de Lyon a présenté son budget.\n\n« Nous ne toucherons pas aux impôts cette année », a déclaré "
        "le maire devant le conseil municipal.\n\nL'opposition a voté contre."
    )
    result = _analysis_in(text, "fr")
    quote = _quote(result, "Nous ne toucherons")
    assert quote.reporting is not None and quote.reporting.text == "déclaré"
    assert quote.speaker is not None and "maire" in quote.speaker.text


def test_quotation_without_incise_gets_no_speaker() -> None:
    text = (
        "Le réseau social Plaza a changé ses règles mardi.\n\n« Free accounts will no longer be able to post "
        "links starting May 1. Subscribe to keep your reach. »\n\nLes utilisateurs ont vivement réagi à ce "
        "message publié sur la plateforme."
    )
    result = _analysis_in(text, "fr")
    quote = _quote(result, "Free accounts")
    assert quote.speaker is None and quote.reporting is None


def test_quotation_ending_a_paragraph_is_not_framed_by_the_next_one() -> None:
    text = (
        "The unions met on Monday.\n\n“Nous ne céderons pas face à la pression de la rue. La réforme sera votée.”"
        "\n\nSaid to be furious, the union leaders left the meeting early."
    )
    result = _analysis_in(text, "en")
    quote = _quote(result, "Nous ne céderons")
    assert quote.speaker is None


def _analysis_in(text: str, lang: str):
    if lang == "fr":
        return _analysis(text)
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    result = next(analyse([Document(id="t", text=text, source="<test>", lang=lang, date=PartialDate(2026, 4, 8))]))
    assert not isinstance(result, Exception), result
    return result


# Joining a frame to the quotation it touches, without a parse: the quotation is read over the
# whole text, so one whose first sentence another segment holds is found whole.
def _frame(text: str, at: int, after: bool, speaker: str, verb: str):
    from kg.extract.quotes import QuoteFrame
    from kg.types import Quote, Span

    s, v = text.index(speaker), text.index(verb)
    return QuoteFrame(at, after, Quote(Span(at, at, ""), speaker=Span(s, s + len(speaker), speaker), reporting=Span(v, v + len(verb), verb)))


FRAMED = "Le groupe a réagi. « We are closing the site. All staff will move », a écrit la directrice. Fin."


def test_frame_gives_its_speaker_to_a_quotation_across_segments() -> None:
    from kg.extract.quotes import with_framed_quotes
    from kg.types import Quote, Span

    at = FRAMED.index(", a écrit")
    # the segments' piece of it: its second sentence only, with no speaker
    piece = Quote(Span(FRAMED.index("All staff"), FRAMED.index(" »"), "All staff will move"))
    out = with_framed_quotes(FRAMED, [piece], [_frame(FRAMED, at, True, "la directrice", "écrit")])
    assert [(q.span.text, q.speaker and q.speaker.text, q.reporting and q.reporting.text) for q in out] == [
        ("We are closing the site. All staff will move", "la directrice", "écrit")
    ]


def test_frame_before_gives_its_speaker_to_the_next_quotation() -> None:
    from kg.extract.quotes import with_framed_quotes

    text = "Elle a écrit : « We are closing the site. All staff will move. » Fin."
    at = text.index(" «")
    out = with_framed_quotes(text, [], [_frame(text, at, False, "Elle", "écrit")])
    assert [(q.span.text, q.speaker and q.speaker.text) for q in out] == [
        ("We are closing the site. All staff will move.", "Elle")
    ]


def test_frame_keeps_a_speaker_found_already_and_stops_at_a_paragraph() -> None:
    from kg.extract.quotes import with_framed_quotes
    from kg.types import Quote, Span

    at = FRAMED.index(", a écrit")
    s, e = FRAMED.index("We are"), FRAMED.index(" »")
    found = Quote(Span(s, e, FRAMED[s:e]), speaker=Span(0, 9, "Le groupe"))
    assert with_framed_quotes(FRAMED, [found], [_frame(FRAMED, at, True, "la directrice", "écrit")]) == [found]
    text = FRAMED.replace(" », a écrit", " »\n\n, a écrit")
    frame = _frame(text, text.index(", a écrit"), True, "la directrice", "écrit")
    assert with_framed_quotes(text, [], [frame]) == []
