"""Agency and publisher credits inside the text."""

from __future__ import annotations

import time

import pytest

from kg.extract.credits import with_credits, with_signatures
from kg.extract.entities import Candidate
from kg.types import AGENCY_CREDIT, PHOTO_CREDIT, PUBLISHER_CREDIT, SIGNATURE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WALL STREET (AFP).-Le géant américain a annoncé une perte.", [("AFP", AGENCY_CREDIT)]),
        ("PARIS, 15 (( Havas). — On mande de Londres que le comité a décidé.", [("Havas", AGENCY_CREDIT)]),
        ("Le maire a démissionné (Le Journal/AFP).", [("Le Journal", PUBLISHER_CREDIT), ("AFP", AGENCY_CREDIT)]),
        ("The mayor resigned on Monday.\n— Reuters", [("Reuters", AGENCY_CREDIT)]),
        ("Londres, 9 février. (Reuter.) — Le ministre a déclaré.", [("Reuter", AGENCY_CREDIT)]),
        ("Le maire a démissionné (AFP, Reuters).", [("AFP", AGENCY_CREDIT), ("Reuters", AGENCY_CREDIT)]),
        # The Swiss dailies' abbreviated credit of their agency; "ag." that is no credit stays out.
        ("Le procès de Berne Berne, 15 septembre, (ag.) — Les plaidoiries ont commencé.", [("ag.", AGENCY_CREDIT)]),
        ("Il est né à Zurich (ag. de 40 ans) et vit à Berne.", []),
        # An agency's name with one letter misread by OCR, where a credit stands.
        ("JERUSALEM, 24 (Eeuter). — Le consulat américain annonce un enlèvement.", [("Eeuter", AGENCY_CREDIT)]),
        # Not where a credit stands, two letters off, or a name under six letters ("Kyodo"): no credit.
        ("Il arrive de la maison Eeuter (Eeuter) et repart demain.", []),
        ("JERUSALEM, 24 (Keuber). — Le consulat américain annonce un enlèvement.", []),
        ("TOKYO, 5 (Kyoto). — Le ministre a parlé.", []),
        # An agency that the text talks about is no credit; nor is a word containing an agency name.
        ("AFP journalists went on strike.", []),
        ("The APEC summit (APAC) opened.", []),
        ("Le rapport (annexe A/AP) est publié.", []),
        # An acronym in brackets explains the words before it: a credit stands in a dateline, or
        # closes a line, or comes before a dash.
        ("Les élèves du cours préparatoire (CP) auront une heure de lecture.", []),
        ("L'Assistance publique (AP) a recruté 200 infirmiers.", []),
        ("He moved to Harrisburg (PA) in 2010.", []),
        ("Les élèves du cours préparatoire (CP). Ils auront une heure de lecture.", []),
        ("PARIS (AFP) - Le maire a démissionné.", [("AFP", AGENCY_CREDIT)]),
        ("Le maire a démissionné.\nLONDRES, 9 février (Reuters) Le ministre a déclaré.", [("Reuters", AGENCY_CREDIT)]),
        # A picture's credit: after "photo", or a photo agency in brackets between two sentences.
        ("Olano a laissé ses adversaires derrière... photo Keystone Classements", [("Keystone", PHOTO_CREDIT)]),
        ("Photo: AFP\nLe maire a démissionné.", [("AFP", PHOTO_CREDIT)]),
        ("Des maillots pour l'été 1968. (AGIP) Et Pierre Balmain arrive.", [("AGIP", PHOTO_CREDIT)]),
        ("Cela vous plaît ? (AGIP) Il est trop tôt.", [("AGIP", PHOTO_CREDIT)]),
        # Not a credit: an acronym explaining a name, a word that merely begins with "photo".
        ("La société AGIP (AGIP) a grandi.", []),
        ("Une photographie Keystone a circulé.", []),
    ],
)
def test_credits_found(text: str, expected: list[tuple[str, str]]) -> None:
    found = with_credits([], text)
    assert [(text[c.start : c.end], c.evidence[0]) for c in found] == expected
    assert all(c.label == "ORG" for c in found)


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        # A photographer named before the agency of a photo credit is a person, in place of what
        # the model read across the name and the slash; the words before the slash are no
        # publisher (issue 21, n27a).
        ("The museum returned the bronzes. (Photo by Kola Sulaimon/AFP)", [("Kola Sulaimon/AFP", "PER")], [("Kola Sulaimon", "PER"), ("AFP", "ORG")]),
        ("The pope left.\nPhoto: Manu Fernandez/AP", [("Manu Fernandez/AP", "PER")], [("Manu Fernandez", "PER"), ("AP", "ORG")]),
        ("The pope left. (Photo by Kola Sulaimon/AFP)", [], [("Kola Sulaimon", "PER"), ("AFP", "ORG")]),
        # Near misses: no agency after the slash, no photo word, a publisher's credit.
        ("The photo by Kola Sulaimon/Smith won a prize.", [], []),
        ("Kola Sulaimon/AFP reported the fire.", [], []),
        ("Le maire a démissionné (Le Journal/AFP).", [], [("Le Journal", "ORG"), ("AFP", "ORG")]),
        # A photographer's given name, or a name that is no word of the dictionary, still is one.
        ("The crowd gathered. (Photo by Simon Maina/AFP)", [], [("Simon Maina", "PER"), ("AFP", "ORG")]),
    ],
)
def test_photographers_in_photo_credits(text: str, read: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    given = [Candidate(text.index(name), text.index(name) + len(name), label, "test") for name, label in read]  # type: ignore[arg-type]
    found = with_credits(given, text)
    assert [(text[c.start : c.end], c.label) for c in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The source a picture is credited to before the agency is no photographer: a pool, a
        # handout, an army, a house, an agency, a company, a name the gazetteer knows (issue 21,
        # rvn27a).
        "The leaders shook hands. (Photo by Kremlin Pool/AFP)",
        "The tunnel was found. (Photo by Israeli Army/AFP)",
        "The president signed the law. (Photo by State House/AFP)",
        "The plane landed. (Photo by Handout Picture/Reuters)",
        "The stadium filled. Photo by Getty Images/AFP",
        "The new plane landed. Photo by Kenya Airways/AFP",
        "The bridge opened. (Photo by Xinhua News/AFP)",
        "The man is missing. Picture by Police Scotland/PA",
    ],
)
def test_credit_sources_are_no_photographers(text: str) -> None:
    assert not [text[c.start : c.end] for c in with_credits([], text) if c.label == "PER"]


def test_credit_marks_the_mention_ner_found() -> None:
    text = "Le maire a démissionné (AFP)."
    start = text.index("AFP")
    (found,) = with_credits([Candidate(start, start + 3, "PER", "spacy")], text)
    assert (found.label, found.evidence, found.extractor) == ("ORG", (AGENCY_CREDIT,), "spacy")


def test_long_runs_of_spaces_cost_linear_time() -> None:
    """Blanks after an agency name are matched without nested repetitions (was 23 s for 60,000)."""
    for text in ("- AFP" + " " * 60_000 + "x", "(AFP" + " " * 60_000 + "x", "(AFP" + " " * 30_000 + "." + " " * 30_000 + "x"):
        started = time.process_time()
        assert with_credits([], text) == []
        assert time.process_time() - started < 2.0


def test_many_credits_cost_about_linear_time() -> None:
    def seconds(n: int) -> float:
        text = "Le maire a démissionné (AFP).\n" * n
        started = time.process_time()
        assert len(with_credits([], text)) == n
        return time.process_time() - started

    # Best of three, so that a pause of a loaded machine is not read as growth.
    small, large = min(seconds(4_000) for _ in range(3)), min(seconds(16_000) for _ in range(3))
    assert large < 10 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A journalist's initials after the last sentence, or after a slash closing a paragraph.
        ("Il faut défendre la démocratie. G. p.", ["G. p."]),
        ("On paie encore le prix des tentatives. E. Bi.", ["E. Bi."]),
        ("Il a remercié les interprètes. J. B. (A suivre.)", ["J. B."]),
        ("Choisissez l'Europe « quand vous jugerez le moment venu ». GPB", ["GPB"]),
        ("Il jouera encore longtemps. / CMA", ["CMA"]),
        ("En tout cas, moi j'y crois !» / PHO « Illico », TSR 1, jeudi à 22 h 45", ["PHO"]),
        # Not a signature: an agency (a credit), an end mark, the end of an abbreviation ("S. M.
        # I.", His Imperial Majesty), capitals inside the text, a slash between words.
        ("Le maire a démissionné. AFP", []),
        ("Le maire a démissionné. FIN", []),
        ("Les dépêches ont été présentées à S. M. I.", []),
        ("Le Conseil fédéral et la BNS ont parlé. Le texte suit.", []),
        ("Le rapport (annexe A/AP) est publié.", []),
        ("Le tarif est de 20 francs / CHF par jour.", []),
    ],
)
def test_signatures_found(text: str, expected: list[str]) -> None:
    found = with_signatures([], text)
    assert [text[c.start : c.end] for c in found] == expected
    assert all(c.label == "PER" and c.evidence == (SIGNATURE,) for c in found)


def test_signature_replaces_the_shorter_mention_ner_found() -> None:
    text = "On paie encore le prix des tentatives. E. Bi."
    start = text.index("E. Bi")
    (found,) = with_signatures([Candidate(start, start + 5, "ORG", "spacy")], text)
    assert (text[found.start : found.end], found.label) == ("E. Bi.", "PER")
