from __future__ import annotations

import pytest

from kg.entities import Candidate, clean_span, is_plausible_name, merge_mentions, resolve_overlaps
from kg.gazetteer import Gazetteer, GazetteerRecord
from kg.types import EntityMention


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("l’IBM", "IBM"),
        ("l'IBM", "IBM"),
        ("L’IBM", "IBM"),
        ("d’Arvind Krishna,", "Arvind Krishna"),
        ("qu’Apple", "Apple"),
        ("« IBM »", "IBM"),
        (" (CNN) ", "CNN"),
        ("IBM's", "IBM"),
        ("IBM’s", "IBM"),
        ("le Congrès américain", "Congrès américain"),
        ("Le Monde", "Le Monde"),
        ("the Pentagon", "the Pentagon"),
        ("AirTanker Ltd.", "AirTanker Ltd."),
        ("General Motors Corp.,", "General Motors Corp."),
        ("the U.S.", "the U.S."),
        ("EADS N.V.", "EADS N.V."),
        ("Paris.", "Paris"),
        ("Hollande.", "Hollande"),
        ("The Guardian", "The Guardian"),
        ("Washington —", "Washington"),
    ],
)
def test_clean_span(raw: str, clean: str) -> None:
    start, end = clean_span(raw, 0, len(raw))
    assert raw[start:end] == clean


@pytest.mark.parametrize(
    ("surface", "ok"),
    [
        ("IBM", True),
        ("Arvind Krishna", True),
        ("États-Unis", True),
        ("n’", False),
        ("qu’", False),
        ("https://t.co/aaimJW0OGr", False),
        ("t.co/aaimJW0OGr", False),
        ("@CNN", False),
        ("#BlackLivesMatter", False),
        ("debate on whether", False),
        ("les", False),
        ("2020", False),
        ("X", False),
    ],
)
def test_plausible_names(surface: str, ok: bool) -> None:
    assert is_plausible_name(surface, stop_words={"les", "le", "la"}) is ok


def _rec(rid: str, qid: str | None, etype: str, en: str, fr: str, *aliases: str) -> GazetteerRecord:
    return GazetteerRecord(rid, qid, etype, en, fr, tuple(aliases), "test")


GAZ = Gazetteer(
    [
        _rec("Q37156", "Q37156", "ORG", "IBM", "IBM", "International Business Machines"),
        _rec("org:axios", None, "ORG", "Axios", "Axios"),
        _rec("Q30", "Q30", "LOC", "United States", "États-Unis", "USA", "US"),
    ]
)


def _m(start: int, text: str, label: str, canonical: str | None = None) -> EntityMention:
    return EntityMention(start, start + len(text), text, label, "test", "fr", canonical=canonical)  # type: ignore[arg-type]


def test_gazetteer_decides_type_on_identical_span() -> None:
    rec = GAZ.lookup("Axios")[0]
    chosen = resolve_overlaps([Candidate(0, 5, "PER", "spacy"), Candidate(0, 5, "ORG", "gazetteer", rec)])
    assert [(c.label, c.record) for c in chosen] == [("ORG", rec)]


def test_longest_candidate_wins_overlaps() -> None:
    chosen = resolve_overlaps([Candidate(0, 8, "ORG", "spacy"), Candidate(0, 3, "LOC", "spacy"), Candidate(10, 12, "PER", "spacy")])
    assert [(c.start, c.end) for c in chosen] == [(0, 8), (10, 12)]


@pytest.mark.parametrize(
    ("mentions", "groups", "evidence_word"),
    [
        ([_m(0, "IBM", "ORG", "Q37156"), _m(20, "IBM", "ORG", "Q37156")], [["IBM", "IBM"]], "gazetteer"),
        ([_m(0, "Arvind Krishna", "PER"), _m(30, "Krishna", "PER")], [["Arvind Krishna", "Krishna"]], "partial"),
        (
            [_m(0, "American Civil Liberties Union", "ORG"), _m(40, "ACLU", "ORG")],
            [["American Civil Liberties Union", "ACLU"]],
            "acronym",
        ),
        ([_m(0, "George Floyd", "PER"), _m(20, "george floyd", "PER")], [["George Floyd", "george floyd"]], "normalised"),
        # Two people sharing a surname: the partial name stays on its own.
        (
            [_m(0, "Tim Cook", "PER"), _m(20, "Sarah Cook", "PER"), _m(40, "Cook", "PER")],
            [["Tim Cook"], ["Sarah Cook"], ["Cook"]],
            None,
        ),
    ],
)
def test_merge_within_document(mentions, groups, evidence_word) -> None:
    entities = merge_mentions(mentions, gazetteer=GAZ, lang="fr")
    assert [[m.text for m in e.mentions] for e in entities] == groups
    if evidence_word:
        assert any(evidence_word in why for e in entities for why in e.merge_evidence)


def test_merged_entity_label_key_and_qid() -> None:
    (ibm,) = merge_mentions([_m(0, "IBM", "ORG", "Q37156")], gazetteer=GAZ, lang="fr")
    assert (ibm.label, ibm.key, ibm.qid, ibm.type) == ("IBM", "Q37156", "Q37156", "ORG")
    (person,) = merge_mentions([_m(0, "Arvind Krishna", "PER"), _m(30, "Krishna", "PER")], gazetteer=GAZ, lang="fr")
    assert person.label == "Arvind Krishna" and person.key == "per-arvind-krishna"
    assert person.aliases == ("Arvind Krishna", "Krishna")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Le budget de l'État augmente.", "État", True),
        ("Le Conseil a voté.", "Conseil", True),
        ("the Government said", "Government", True),
        ("Louis II", "II", True),
        ("les Suisses ont voté", "Suisses", True),
        ("des Français inquiets", "Français", True),
        ("Conseil d'État", "Conseil d'État", False),
        ("à Orléans hier", "Orléans", False),
        ("les Pays-Bas", "Pays-Bas", False),
        ("Paris", "Paris", False),
    ],
)
def test_generic_nouns_and_demonyms(text: str, surface: str, expected: bool) -> None:
    from kg.entities import is_generic_or_demonym

    start = text.index(surface)
    assert is_generic_or_demonym(text, start, start + len(surface)) is expected
