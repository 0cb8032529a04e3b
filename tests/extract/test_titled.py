"""People named after a French title or function (kg.extract.titled) and quoted titles (kg.extract.entities)."""

from __future__ import annotations

import pytest

from kg.extract.entities import Candidate, quoted_alone
from kg.extract.titled import titled_names, with_titled_people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An abbreviated honorific suffices, with or without a further title.
        ("Hier, M. Zorbal a pris la parole.", ["Zorbal"]),
        ("Mme Quintard et Mlle Ferrazin sont arrivées.", ["Quintard", "Ferrazin"]),
        ("M. le président Zorbal ouvre la séance.", ["Zorbal"]),
        # Compound ranks, "en chef", and a title of nobility without a determiner.
        ("Le lieutenant-général prince Galizyn est arrivé.", ["Galizyn"]),
        ("Les préparatifs du général en chef Esparlero présagent la bataille.", ["Esparlero"]),
        ("Le comte Trubetzkoi et comte Orloff-Denisoff sont arrivés.", ["Trubetzkoi", "Orloff-Denisoff"]),
        ("Parmi eux, le libraire Zaunrieth.", ["Zaunrieth"]),
        # An adjective or "d'Etat" after the function keeps it a title.
        ("Le conseiller fédéral Quintard est arrivé à Berne.", ["Quintard"]),
        ("Le conseiller d'Etat Zorbal a démissionné hier.", ["Zorbal"]),
        ("Le juge cantonal Ferrazin a rendu son arrêt.", ["Ferrazin"]),
        ("On écrit chez Mad. Brisolle, à Vevey.", ["Brisolle"]),
        # Given names, initials and particles belong to the name.
        ("M. F. Quintard, député, a parlé.", ["F. Quintard"]),
        ("M. Couvel de Marbois, désormais ministre, a parlé.", ["Couvel de Marbois"]),
        ("L'ouvrage de M. Barbal d'Estavel se vend à Lausanne.", ["Barbal d'Estavel"]),
        # A full title or a function counts after a singular determiner.
        ("Le général Zamorel est parti pour l'armée.", ["Zamorel"]),
        ("Le bataillon du colonel Quintard est arrivé.", ["Quintard"]),
        ("Me Ferrazin a défendu l'accusé Brisolle jeudi.", ["Ferrazin", "Brisolle"]),
        # A parliamentary text named after its author, after a singular determiner.
        ("On passe à la discussion du postulat Webral, appuyé par M. Quintard.", ["Webral", "Quintard"]),
        ("Il rapporte sur la motion Oyex-Ponnal concernant les vins.", ["Oyex-Ponnal"]),
        # A plural honorific opens a list of people.
        ("MM. Bertal, Quintard et Zorbal déposent une motion.", ["Bertal", "Quintard", "Zorbal"]),
        # A stop word or a word in capitals after a mixed-case name ends it.
        ("M. ZORBAL ET LES SIENS", ["ZORBAL"]),
        ("Le prix est attribué à M. Quintard PARIS, 15 (Havas).", ["Quintard"]),
    ],
)
def test_titled_names(text: str, names: list[str]) -> None:
    assert [text[n.start : n.end] for n in titled_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        # "général" after a noun is an adjective, not a title.
        "Le Conseil général Neuchâtel siège lundi.",
        # A title of nobility after a capitalised word is part of a name, not a title before one.
        "La rue Prince Albert est fermée.",
        # A title alone, or followed by a title, names nobody.
        "M. le Président a dit non.",
        # A plural function before one name is no title of it.
        "Les ministres Quintard ont parlé.",
        # No capitalised word after the title.
        "Le général de brigade est parti.",
        # A motion without a determiner, or a text named after a cause, names nobody.
        "Motion Quintard rejetée.",
        "L'initiative Ecopral a échoué.",
    ],
)
def test_no_titled_name(text: str) -> None:
    assert list(titled_names(text)) == []


def test_title_retypes_a_place_and_adds_a_missed_person() -> None:
    text = "Le colonel Zamorel et M. Quintard sont arrivés."
    place = Candidate(text.index("Zamorel"), text.index("Zamorel") + len("Zamorel"), "LOC", "spacy")
    out = with_titled_people([place], text)
    assert [(text[c.start : c.end], c.label) for c in out] == [("Zamorel", "PER"), ("Quintard", "PER")]
    assert all(any(e.startswith("title before:") for e in c.evidence) for c in out)


def test_title_leaves_a_person_found_by_the_model() -> None:
    text = "M. Jean Quintard est arrivé."
    person = Candidate(text.index("Jean"), text.index("Jean") + len("Jean Quintard"), "PER", "spacy")
    assert with_titled_people([person], text) == [person]


@pytest.mark.parametrize(
    ("text", "surface", "quoted"),
    [
        ("« Sexy », tel est le nom de cette robe.", "Sexy", True),
        ("Le cycle < Herbstlied > fut chanté.", "Herbstlied", True),
        ("Il lit “Zorbania” chaque soir.", "Zorbania", True),
        # Part of a quotation, or no quotation.
        ("« Vive Genève ! » cria-t-il.", "Genève", False),
        ("Il habite Genève depuis 1990.", "Genève", False),
    ],
)
def test_quoted_alone(text: str, surface: str, quoted: bool) -> None:
    start = text.index(surface)
    assert quoted_alone(text, start, start + len(surface)) is quoted


def _mentions(text: str) -> list[tuple[str, str]]:
    from kg.extract.mentions import entity_mentions_from_doc
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    nlp = load_model("fr")
    doc = nlp(text)
    remember_text(doc, text)
    return [(m.text, m.label) for m in entity_mentions_from_doc(doc, nlp=nlp, lang="fr", model="test", gazetteer=default_gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The title makes the person and belongs to the mention.
        ("Pour gagner le général Zamorel à cette combinaison, on lui offrirait la régence.", ("général Zamorel", "PER")),
        ("MM. Bertal, Quintard et Zorbal déposent une motion.", ("Quintard", "PER")),
        # A capitalised article at the head of a sentence is dropped before a name the gazetteer
        # knows without it.
        ("La France a signé le traité hier.", ("France", "LOC")),
    ],
)
def test_titled_people_and_articles_in_context(fr_nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(text)


# Hostile input: a long run of titles ("général" is both a title and a function) with no name
# after it; a name after a long run is still found. The bound guards against catastrophic
# backtracking (the old pattern was exponential: 20 titles took 10 s), not a speed target.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("le général " * 3000 + "x", []),
        ("le général le colonel " * 2000 + "x", []),
        ("Il a vu " + "le général " * 40 + "Prim hier.", ["Prim"]),
        ("M. le ministre Dupont parle.", ["Dupont"]),
    ],
)
def test_a_run_of_titles_costs_linear_time(text: str, names: list[str]) -> None:
    import time

    list(titled_names("M. Dupont"))  # the word lists loaded before the clock starts
    t0 = time.process_time()
    found = [text[n.start : n.end] for n in titled_names(text)]
    assert time.process_time() - t0 < 30.0
    assert found == names


@pytest.mark.parametrize("n", [3, 200])
def test_titled_people_in_a_long_text_as_in_a_short_one(n: int) -> None:
    # Each sentence on its own gives the same people as the whole text (the look-up by start).
    sentence = "M. Bernard Kolb a vu le général Prim à Sainte-Croix. "
    text = sentence * n
    kolb, prim = sentence.index("Bernard Kolb"), sentence.index("Prim")
    found = []
    for i in range(n):
        at = i * len(sentence)
        found += [Candidate(at + kolb, at + kolb + 12, "LOC", "x"), Candidate(at + prim, at + prim + 4, "ORG", "x")]
    out = with_titled_people(found, text)
    assert [(c.start, c.end, c.label) for c in out] == [
        (i * len(sentence) + p, i * len(sentence) + p + w, "PER") for i in range(n) for p, w in ((kolb, 12), (prim, 4))
    ]
