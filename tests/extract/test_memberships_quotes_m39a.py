"""Memberships and quotes of issue 17 (m39a): a public office held in a place the tagger left
untagged or that a territory noun introduces (« le maire de Lille, Martine Aubry », « la présidente
de la région Occitanie, Carole Delga »: the place, kept by the graph), a French title held « par
intérim » whose « de X » still names its organisation; unquoted statements a source phrase opens or
closes ("According to a police spokesman, …", « Selon lui, … », "…, according to the ministry."),
and a quotation that is a paragraph of its own after a quotation with its speaker (the same speaker
going on). Near misses keep their organisation, their speaker or none. Every sentence is invented."""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc
from tests.extract.test_quotes_mixed_q34a import _analysis_in

# (lang, text, (person, role, organisation or None, ended))
FOUND = [
    ("fr", "Le maire de Lille, Martine Aubry, a annoncé lundi la fermeture de deux piscines.", ("Martine Aubry", "Mayor", "Lille", False)),
    (
        "fr",
        "La présidente de la région Occitanie, Carole Delga, a dénoncé une décision injuste.",
        ("Carole Delga", "President", "Occitanie", False),
    ),
    (
        "fr",
        "Le directeur par intérim de Valmont, Paul Girard, a refusé de commenter.",
        ("Paul Girard", "Director", "Valmont", False),
    ),
    (
        "fr",
        "La présidente à titre provisoire de la Fédération française de judo, Anne Lebrun, a démenti.",
        ("Anne Lebrun", "President", "Fédération française de judo", False),
    ),
]

# Near misses: the organisation the title names, never another one of the sentence; a non-office
# title with a place after « de » gives no place.
KEPT = [
    (
        "fr",
        "« Nous ne céderons pas », a déclaré Jean Dupont, directeur général de Valmont, qui négocie avec la SNCF.",
        ("Jean Dupont", "CEO", "Valmont", False),
    ),
    ("fr", "Le maire de Lyon, Paul Benet, a reçu le préfet.", ("Paul Benet", "Mayor", "Lyon", False)),
    ("en", "The mayor of Leeds, Jane Hart, met the minister on Friday.", ("Jane Hart", "Mayor", "Leeds", False)),
    (
        "fr",
        "Marc Petit, porte-parole de la CGT, a dénoncé un plan social chez Valmont.",
        ("Marc Petit", "Spokesperson", "CGT", False),
    ),
]

# No membership with these organisations (a lawyer for a family, a place that is no office's).
NOT_FOUND = [
    (
        "en",
        '"We will appeal," said John Smith, a lawyer for the family of Daniel Okafor, who worked for Brightwater Logistics.',
        ("John Smith", "Brightwater Logistics"),
    ),
    (
        "fr",
        "Le directeur de l'usine de Lille, Paul Girard, a refusé de commenter.",
        ("Paul Girard", "Lille"),
    ),
]


def _found(nlp, lang: str, text: str):
    return list(memberships_from_doc(nlp(text), lang=lang))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), FOUND + KEPT, ids=[c[2][0] + "-" + c[2][1] for c in FOUND + KEPT])
def test_the_title_names_its_organisation_or_place(request, lang: str, text: str, expected) -> None:
    found = {
        (m.person.text, m.role, m.organisation.text if m.organisation else None, m.ended)
        for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)
    }
    assert expected in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "pair"), NOT_FOUND, ids=[c[2][0] + "-" + c[2][1] for c in NOT_FOUND])
def test_no_membership_with_another_entity_of_the_sentence(request, lang: str, text: str, pair) -> None:
    found = {
        (m.person.text, m.organisation.text if m.organisation else None)
        for m in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)
    }
    assert pair not in found, found


# (lang, text, first words of the statement, speaker text)
SOURCES = [
    ("en", "According to a police spokesman, the suspect was arrested near the station.", "the suspect", "police spokesman"),
    ("en", "The bridge will stay closed until March, according to the ministry.", "The bridge", "ministry"),
    ("fr", "Selon lui, la grève pourrait durer une semaine.", "la grève", "lui"),
    ("fr", "Selon un porte-parole de la gendarmerie, aucun blessé n'a été signalé.", "aucun blessé", "porte-parole de la gendarmerie"),
    ("fr", "D'après la préfecture, deux routes restent fermées jusqu'à lundi.", "deux routes", "préfecture"),
    # the name in apposition to the source noun speaks, and is no part of the statement
    ("fr", "Selon son avocat, Michel Garnier, son client n'a jamais reçu la lettre.", "son client", "Michel Garnier"),
    ("en", "According to her lawyer, Tom Baker, the firm had ignored the warnings.", "the firm", "Tom Baker"),
]

# Sources that cannot speak, or in the middle of a sentence: no statement of theirs.
NO_SOURCE = [
    ("fr", "Selon les chiffres de l'Insee, le chômage a baissé de 0,2 point.", "le chômage"),
    ("en", "According to the study, prices rose by 4 percent last year.", "prices rose"),
    ("fr", "Le projet a été adopté selon la procédure accélérée, a indiqué lundi le gouvernement.", None),
]


def _quote(result, first_words: str):
    return next((q for q in result.quotes if result.document.text[q.span.start : q.span.end].startswith(first_words)), None)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "first", "speaker"), SOURCES, ids=[c[1][:30] for c in SOURCES])
def test_a_source_phrase_gives_the_speaker_of_its_statement(lang: str, text: str, first: str, speaker: str) -> None:
    result = _analysis_in(text, lang)
    quote = _quote(result, first)
    assert quote is not None, result.quotes
    assert quote.indirect and quote.speaker is not None and quote.speaker.text == speaker
    # the quote keeps its offsets: the statement, from its first word to its last, no final stop
    span = result.document.text[quote.span.start : quote.span.end]
    assert span == quote.span.text and span.startswith(first) and not span.endswith(".")


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "first"), NO_SOURCE, ids=[c[1][:30] for c in NO_SOURCE])
def test_no_statement_for_a_source_that_cannot_speak(lang: str, text: str, first: str | None) -> None:
    result = _analysis_in(text, lang)
    if first is not None:
        assert _quote(result, first) is None, result.quotes
    else:
        assert not any(q.speaker is not None and "procédure" in q.speaker.text for q in result.quotes), result.quotes


# (lang, text, first words of the later quotation, its speaker or None)
CONTINUED = [
    (
        "en",
        'The council voted on Monday to close the library.\n\n"We have no money left. The library costs too much," '
        'said Mayor Peter Coyle.\n\n"We will look at every option before the summer."',
        "We will look",
        "Peter Coyle",
    ),
    (
        "fr",
        "Le tribunal a condamné jeudi la société Ardex.\n\n« C'est une victoire pour les salariés », a réagi "
        "Sophie Martin, avocate des syndicats.\n\n« Nous attendons maintenant des excuses de la direction. »",
        "Nous attendons",
        "Sophie Martin",
    ),
    # near misses: a sentence of the writer's between the two, or a verb of its own
    (
        "en",
        'The council voted on Monday.\n\n"We have no money left," said Mayor Peter Coyle. The vote was close.\n\n'
        '"We will look at every option before the summer."',
        "We will look",
        None,
    ),
    (
        "en",
        'The council voted on Monday.\n\n"We have no money left," said Mayor Peter Coyle.\n\n'
        '"This is a sad day for our town," said Rachel Dunn.',
        "This is a sad",
        "Rachel Dunn",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "first", "speaker"), CONTINUED, ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in CONTINUED])
def test_a_quotation_paragraph_goes_on_with_the_speaker_before(lang: str, text: str, first: str, speaker: str | None) -> None:
    result = _analysis_in(text, lang)
    quote = _quote(result, first)
    assert quote is not None, result.quotes
    got = quote.speaker.text if quote.speaker is not None else None
    assert got == speaker or (speaker is not None and got is not None and got.endswith(speaker)), got


_DUPONT = "« Nous ne céderons pas », a déclaré Jean Dupont, directeur général de Valmont, qui négocie avec la SNCF.\n\n"

# (text, first words of the reported clause, speaker): a paragraph opened by a name and its
# apposition, which the parser may run into the sentence before; near miss, a clause's own subject.
OPENING_NAME = [
    (_DUPONT + "Marie Roux, porte-parole de la SNCF, a confirmé que les trains circuleraient normalement.", "les trains", "Marie Roux"),
    (
        _DUPONT + "Marie Roux, porte-parole de la SNCF, a rencontré les syndicats, qui ont confirmé que les trains circuleraient.",
        "les trains",
        "qui",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "first", "speaker"), OPENING_NAME, ids=[c[2] for c in OPENING_NAME])
def test_the_name_opening_a_paragraph_speaks(text: str, first: str, speaker: str) -> None:
    result = _analysis_in(text, "fr")
    quote = _quote(result, first)
    assert quote is not None and quote.speaker is not None and quote.speaker.text == speaker, quote
