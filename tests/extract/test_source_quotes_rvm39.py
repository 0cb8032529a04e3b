"""Review of m39a's source quotes (rvm39): the statement that « selon X » / "according to X" opens
or closes. A bare « après » tells when, not who says so (only « d'après » is a source); a condition
(« selon qu'il pleuve ») names nobody; the source's noun is the head of its noun group, never the
noun of its complement ("a spokeswoman for the airline", "figures released by the ministry"); a
relative clause on the source is no part of the statement; a statement keeps its closing « % ».
Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes_mixed_q34a import _analysis_in

# (lang, text, first words of the statement, speaker's text must start with, whole statement or None)
SPOKEN = [
    (
        "en",
        "According to a spokeswoman for the ferry company, all crossings will resume on Sunday.",
        "all crossings",
        "spokeswoman",
        None,
    ),
    ("en", "According to a lawyer for the victims, the hearing was postponed twice.", "the hearing", "lawyer", None),
    (
        "fr",
        "Selon la gendarmerie, qui a ouvert une enquête, le chauffeur du car roulait trop vite.",
        "le chauffeur",
        "gendarmerie",
        "le chauffeur du car roulait trop vite",
    ),
    (
        "fr",
        "Les loyers ont augmenté de 4 %, selon la fédération des locataires.",
        "Les loyers",
        "fédération",
        "Les loyers ont augmenté de 4 %",
    ),
    # near misses that keep their speaker
    ("fr", "D’après le préfet du Var, Luc Martel, les routes resteront fermées.", "les routes", "Luc Martel", None),
    ("en", "According to the driver's lawyer, the van had no brakes.", "the van", "lawyer", None),
    ("fr", "D'après un témoin, deux hommes ont pris la fuite en scooter.", "deux hommes", "témoin", None),
]

# (lang, text, first words that must not open a statement with a speaker)
NOT_SPOKEN = [
    ("fr", "Après le maire, les élus de l'opposition ont pris la parole pendant une heure.", "les élus"),
    ("fr", "Après Paul Dupont, c'est Marie Lefort qui a présenté le budget de la commune.", "c'est Marie"),
    ("fr", "Après lui, plusieurs ministres ont quitté la salle sans un mot.", "plusieurs ministres"),
    ("fr", "Selon qu'il pleuve ou non, la finale aura lieu samedi ou dimanche.", "la finale"),
    ("en", "According to figures released by the ministry, exports fell in May.", "exports fell"),
    ("en", "According to data published by the agency, wages rose faster than prices.", "wages rose"),
    # near misses: no source before and none after
    ("en", "According to his own account, he left the bar at midnight.", "he left"),
    ("fr", "Les élus de la majorité ont quitté la salle, après le maire.", "Les élus"),
    ("fr", "Selon la gendarmerie, qui a ouvert une enquête, le chauffeur du car roulait trop vite.", "qui a ouvert"),
]


def _quote(result, first_words: str):
    return next((q for q in result.quotes if result.document.text[q.span.start : q.span.end].startswith(first_words)), None)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "first", "speaker", "whole"), SPOKEN, ids=[c[1][:32] for c in SPOKEN])
def test_the_source_noun_speaks_its_statement(lang: str, text: str, first: str, speaker: str, whole: str | None) -> None:
    result = _analysis_in(text, lang)
    quote = _quote(result, first)
    assert quote is not None, [(q.span.text, q.speaker) for q in result.quotes]
    assert quote.indirect and quote.speaker is not None and quote.speaker.text.startswith(speaker), quote.speaker
    if whole is not None:
        assert result.document.text[quote.span.start : quote.span.end] == whole


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "first"), NOT_SPOKEN, ids=[c[1][:32] for c in NOT_SPOKEN])
def test_no_statement_without_a_source_that_speaks(lang: str, text: str, first: str) -> None:
    result = _analysis_in(text, lang)
    quote = _quote(result, first)
    assert quote is None or quote.speaker is None, (quote.span.text, quote.speaker.text)
