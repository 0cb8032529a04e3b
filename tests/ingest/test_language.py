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
