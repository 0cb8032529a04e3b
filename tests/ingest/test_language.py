from __future__ import annotations

import pytest

from kg.ingest.language import by_function_words, chunks, identify, segment


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le groupe a déclaré officiellement son retrait du marché.", "fr"),
        ("The company is canceling its facial recognition programs.", "en"),
        ("IBM", None),
        ("https://t.co/abc @CNN", None),
    ],
)
def test_identify(text: str, lang: str | None) -> None:
    assert identify(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Several function words of one language and none of the other decide at once.
        ("Le ministre a signé la loi dans la nuit.", "fr"),
        ("The minister said that the bill was signed.", "en"),
        ("Elle démissionne et part.", "fr"),  # two are enough
        # A French sentence full of English names stays French (the n-gram detector said English).
        (
            "Michael Bloomberg pense que Barack Obama, qui vise un second mandat face au républicain "
            "Mitt Romney, a pris des mesures.",
            "fr",
        ),
        # Words of both languages, or too few: left to the statistical detector.
        ("Le groupe The Guardian a publié la lettre.", None),
        ("Stade de France", None),
        ("New York Times", None),
        # Words shared by both languages count for neither.
        ("on or but as an plus pour est", None),
    ],
)
def test_by_function_words(text: str, lang: str | None) -> None:
    assert by_function_words(text) == lang


def test_english_names_do_not_turn_a_french_sentence_into_an_embedded_segment() -> None:
    text = (
        "Le maire de New York soutient le président sortant.\n"
        "Michael Bloomberg pense que Barack Obama, qui vise un second mandat face au républicain Mitt "
        "Romney, a pris des mesures significatives de réduction des émissions."
    )
    lang, segs = segment(text)
    assert lang == "fr" and [(s.lang, s.embedded) for s in segs] == [("fr", False)]


def test_tweet_inside_french_article_is_routed_to_english() -> None:
    text = (
        "Le groupe a annoncé son retrait du marché le 8 juin dans une lettre aux membres du Congrès.\n\n"
        "The company is canceling its programs and calling for a public debate https://t.co/x — CNN (@CNN) June 9, 2020\n\n"
        "Pourquoi ce retrait ?\n\nIl existe de nombreuses raisons qui font que ces logiciels sont controversés."
    )
    lang, segs = segment(text)
    assert lang == "fr"
    assert [(s.lang, s.embedded) for s in segs] == [("fr", False), ("en", True), ("fr", False)]
    assert text[segs[1].start : segs[1].end].startswith("The company")
    assert text[segs[1].start : segs[1].end].endswith("June 9, 2020")


def test_short_chunks_inherit_neighbours() -> None:
    text = "Pourquoi ?\n\nLa décision a été prise en quelques mois par la direction du groupe."
    lang, segs = segment(text)
    assert lang == "fr" and len(segs) == 1 and segs[0].start == 0


def test_metadata_language_wins_and_offsets_are_original() -> None:
    text = " date 2020-06 Un texte en français, assez long pour être reconnu sans doute."
    lang, segs = segment(text, start=14, lang="fr")
    assert lang == "fr" and segs[0].start >= 14
    for c in chunks(text, start=14):
        assert text[c.start : c.end].strip() == text[c.start : c.end]


def test_no_routing_gives_one_segment() -> None:
    text = "Une phrase française assez longue.\n\nAn English sentence that is long enough."
    _, segs = segment(text, route=False)
    assert len(segs) == 1 and segs[0].start == 0 and segs[0].end == len(text)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # The full stop of an abbreviated title ends no chunk: the name stays with its title.
        ("Il a reçu M. Dupont hier. Il est parti.", ["Il a reçu M. Dupont hier.", "Il est parti."]),
        ("Les offices de MM. Murphy et Beeley. Il reste.", ["Les offices de MM. Murphy et Beeley.", "Il reste."]),
        ("Des lettres de St. Thomas arrivent.", ["Des lettres de St. Thomas arrivent."]),
        ("The letter from Dr. Smith came. It was long.", ["The letter from Dr. Smith came.", "It was long."]),
        # Any other word before a full stop still ends the sentence, a capitalised one too.
        ("Il vit à Rome. Marie est partie.", ["Il vit à Rome.", "Marie est partie."]),
        ("Il est venu en mars. Dr Smith a parlé.", ["Il est venu en mars.", "Dr Smith a parlé."]),
    ],
)
def test_no_chunk_ends_after_an_abbreviated_title(text: str, pieces: list[str]) -> None:
    assert [text[c.start : c.end] for c in chunks(text)] == pieces


# A quotation in one language framed in the other (q34a): the quotation, with its marks, is a
# segment of its own, cut from the incise after it (which opens with its comma) and from the clause
# that introduces it, and a sentence ends before a spaced closing or opening mark (« lundi. » Unions).
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le milliardaire Victor Halden a changé les règles de son réseau social. « Free accounts will no "
            "longer be able to post links starting May 1. Subscribe to keep your reach », a écrit le "
            "milliardaire sur son réseau social. Les utilisateurs ont vivement réagi.",
            "fr",
            [
                ("fr", "Le milliardaire Victor Halden a changé les règles de son réseau social."),
                ("en", "« Free accounts will no longer be able to post links starting May 1. Subscribe to keep your reach »"),
                ("fr", ", a écrit le milliardaire sur son réseau social. Les utilisateurs ont vivement réagi."),
            ],
        ),
        (
            "The strike entered its third week on Friday. Claire Dumas told reporters: « Nous ne céderons pas. "
            "Les négociations reprendront lundi avec les syndicats. » Union leaders called the remark provocative.",
            "en",
            [
                ("en", "The strike entered its third week on Friday. Claire Dumas told reporters:"),
                ("fr", "« Nous ne céderons pas. Les négociations reprendront lundi avec les syndicats. »"),
                ("en", "Union leaders called the remark provocative."),
            ],
        ),
        (
            "The minister met union leaders in Paris on Monday. “Nous ne céderons pas face à la pression de la "
            "rue,” she said after the meeting.",
            "en",
            [
                ("en", "The minister met union leaders in Paris on Monday."),
                ("fr", "“Nous ne céderons pas face à la pression de la rue,”"),
                ("en", "she said after the meeting."),
            ],
        ),
        # an incise too short to tell its language is the writer's: the document's
        (
            "Le réseau social Plaza change ses règles. « Free accounts will lose their links next month », a dit "
            "Halden.",
            "fr",
            [
                ("fr", "Le réseau social Plaza change ses règles."),
                ("en", "« Free accounts will lose their links next month »"),
                ("fr", ", a dit Halden."),
            ],
        ),
    ],
)
def test_quotation_in_the_other_language_is_cut_from_its_frame(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    _, segs = segment(text, lang=lang)
    assert [(s.lang, text[s.start : s.end]) for s in segs] == expected


# Near misses: a quotation in the document's language stays in the document's one segment, and so
# does a phrase in the other language quoted inside a sentence of the writer's.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président a repris le slogan « Make America Great Again », devant ses partisans réunis à Lyon.", "fr"),
        ("Le maire a présenté son budget. « Nous ne toucherons pas aux impôts », a déclaré le maire. Il est parti.", "fr"),
        ("Le ministre a répondu : « Nous ne céderons pas. » Les syndicats ont appelé à la grève.", "fr"),
        ("“We will not give in to the pressure,” the minister said. She left the meeting early.", "en"),
    ],
)
def test_quotation_in_the_documents_language_stays_in_one_segment(text: str, lang: str) -> None:
    _, segs = segment(text, lang=lang)
    assert [(s.lang, s.start, s.end) for s in segs] == [(lang, 0, len(text))]


# Review of q34a (rvq34): a quotation's first sentence too short to tell its language goes with the
# rest of its quotation, a short sentence of the writer's after a quotation with the writer, and a
# quotation of whole sentences introduced with a comma ("She said, “…”", or resumed after an
# incise) is cut from its clause as after a colon.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le procès s'est ouvert à Leeds. Le témoin a répondu : « I saw him. He was running toward the river "
            "with a heavy bag. » Le juge a suspendu l'audience.",
            "fr",
            [
                ("fr", "Le procès s'est ouvert à Leeds. Le témoin a répondu :"),
                ("en", "« I saw him. He was running toward the river with a heavy bag. »"),
                ("fr", "Le juge a suspendu l'audience."),
            ],
        ),
        (
            "Le pasteur a lu un verset : « Blessed are the peacemakers, for they shall be called the children "
            "of God. » Il a salué.",
            "fr",
            [
                ("fr", "Le pasteur a lu un verset :"),
                ("en", "« Blessed are the peacemakers, for they shall be called the children of God. »"),
                ("fr", "Il a salué."),
            ],
        ),
        (
            "The bridge collapsed in March. The mayor said, “Nous reconstruirons le pont avant l'hiver. C'est "
            "promis.” Residents were doubtful.",
            "en",
            [
                ("en", "The bridge collapsed in March. The mayor said,"),
                ("fr", "“Nous reconstruirons le pont avant l'hiver. C'est promis.”"),
                ("en", "Residents were doubtful."),
            ],
        ),
        (
            "The strike went on at the Douai plant. “Nous restons,” the union delegate said, “mais nous voulons "
            "des garanties écrites.” Talks resume on Monday.",
            "en",
            [
                ("en", "The strike went on at the Douai plant. “Nous restons,” the union delegate said,"),
                ("fr", "“mais nous voulons des garanties écrites.”"),
                ("en", "Talks resume on Monday."),
            ],
        ),
        # a question or an exclamation needs no comma before its lower-case incise
        (
            "The coach was angry after the match. “Pourquoi l'arbitre n'a-t-il rien vu ?” he asked reporters "
            "in the tunnel.",
            "en",
            [
                ("en", "The coach was angry after the match."),
                ("fr", "“Pourquoi l'arbitre n'a-t-il rien vu ?”"),
                ("en", "he asked reporters in the tunnel."),
            ],
        ),
        (
            "La compagnie a relevé ses tarifs. « Why should our passengers pay more? » s'interroge son patron "
            "dans un communiqué.",
            "fr",
            [
                ("fr", "La compagnie a relevé ses tarifs."),
                ("en", "« Why should our passengers pay more? »"),
                ("fr", "s'interroge son patron dans un communiqué."),
            ],
        ),
        # a straight mark right after a comma closes the quotation: no frame cut there
        (
            "The captain was confident. \"Nous gagnerons la coupe cette année,\" the captain said on Friday.",
            "en",
            [
                ("en", "The captain was confident."),
                ("fr", "\"Nous gagnerons la coupe cette année,\""),
                ("en", "the captain said on Friday."),
            ],
        ),
    ],
)
def test_quotation_sentences_keep_their_language_rvq34(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    _, segs = segment(text, lang=lang)
    assert [(s.lang, text[s.start : s.end]) for s in segs] == expected


# Near misses: a phrase quoted after a comma inside the writer's sentence is no quotation of whole
# sentences, so no chunk ends before it.
@pytest.mark.parametrize(
    "text",
    [
        "The minister called the strike, as the unions feared, “une prise d'otage” and left the room.",
        "Le maire a qualifié le projet, sans détour, de « total nonsense » devant le conseil.",
        "Prices rose again, “a scandal” for the consumer groups, in the capital.",
        "He shouted “Stop!” and ran to the car park near the old station.",
    ],
)
def test_no_cut_before_a_phrase_quoted_after_a_comma_rvq34(text: str) -> None:
    assert [text[c.start : c.end] for c in chunks(text)] == [text]
