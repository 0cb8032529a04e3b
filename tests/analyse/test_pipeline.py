"""Batch analysis: error isolation, unsupported languages, model loading and argument linking."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.analyse.pipeline import analyse, future_tokens
from kg.builder import build_documents, build_paths
from kg.errors import KGError
from kg.graph.mentions import entity_for_span
from kg.ingest.readers import document_from_text
from kg.nlp import models
from kg.types import Analysis, Document, Entity, EntityMention, Reference, Span


def _analysis(text: str, entities: list[Entity], sentences: list[Span]) -> Analysis:
    return Analysis(Document("d", text, "d"), (), tuple(sentences), tuple(entities), ())


def _entity(key: str, etype: str, *spans: tuple[int, str]) -> Entity:
    mentions = tuple(EntityMention(s, s + len(t), t, etype, "t", "en") for s, t in spans)  # type: ignore[arg-type]
    return Entity(key, spans[0][1], etype, mentions)  # type: ignore[arg-type]


TEXT = "Kansas Senator Sam Brownback spoke. He said it was wrong. Acme Corp agreed. It left."
KANSAS = _entity("kansas", "LOC", (0, "Kansas"))
# The pronouns the coreference stage put in each chain (kg.extract.coref); "it" (44) is in none.
SAM = replace(
    _entity("sam", "PER", (15, "Sam Brownback")),
    references=(Reference(36, 38, "He", "pronoun", "en", Span(15, 28, "Sam Brownback"), "pronoun: test"),),
)
ACME = replace(
    _entity("acme", "ORG", (58, "Acme Corp")),
    references=(Reference(76, 78, "It", "pronoun", "en", Span(58, 67, "Acme Corp"), "pronoun: test"),),
)
ANALYSIS = _analysis(TEXT, [KANSAS, SAM, ACME], [Span(0, 35, ""), Span(36, 57, ""), Span(58, 75, ""), Span(76, 84, "")])


# A name followed by a prepositional phrase or an apposition heads the phrase: "Judge Amelia Cortez
# of the U.S. District Court said" is said by the judge, not the court.
COURT_TEXT = "Judge Amelia Cortez of the Beta District Court said no. Acme, a chip maker, said yes."
CORTEZ = _entity("cortez", "PER", (6, "Amelia Cortez"))
COURT = _entity("court", "ORG", (27, "Beta District Court"))
ACME2 = _entity("acme2", "ORG", (56, "Acme"))
COURT_ANALYSIS = _analysis(COURT_TEXT, [COURT, CORTEZ, ACME2], [Span(0, 55, ""), Span(56, 85, "")])


@pytest.mark.parametrize(
    ("span", "types", "expected"),
    [
        (Span(0, 46, "Judge Amelia Cortez of the Beta District Court"), ("PER", "ORG", "LOC"), CORTEZ),
        (Span(0, 46, "Judge Amelia Cortez of the Beta District Court"), ("ORG", "PER"), COURT),
        (Span(56, 74, "Acme, a chip maker"), ("PER", "ORG", "LOC"), ACME2),
    ],
)
def test_a_name_before_its_postmodifier_heads_the_phrase(span, types, expected) -> None:
    assert entity_for_span(COURT_ANALYSIS, span, types=types) == expected


@pytest.mark.parametrize(
    ("span", "types", "expected"),
    [
        (Span(0, 28, "Kansas Senator Sam Brownback"), ("PER", "ORG", "LOC"), SAM),
        # "Kansas" only modifies the head of the phrase: it is not what the phrase refers to.
        (Span(0, 28, "Kansas Senator Sam Brownback"), ("LOC",), None),
        (Span(36, 38, "He"), ("PER", "ORG", "LOC"), SAM),
        (Span(76, 78, "It"), ("PER", "ORG", "LOC"), ACME),
        (Span(76, 78, "It"), ("PER",), None),
        # A pronoun the chains left out refers to nothing (before issue 17: the nearest name, Sam).
        (Span(44, 46, "it"), ("PER", "ORG", "LOC"), None),
        (Span(50, 55, "wrong"), ("PER", "ORG", "LOC"), None),
        (None, ("PER",), None),
    ],
)
def test_entity_for_span(span, types, expected) -> None:
    assert entity_for_span(ANALYSIS, span, types=types) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "future_words"),
    [
        ("fr", "Le ministre annoncera sa décision lundi.", ["annoncera"]),
        ("fr", "Le groupe va fermer deux usines.", ["va"]),
        ("fr", "Le groupe va à Paris.", []),  # "aller" without an infinitive
        ("fr", "Samsung annonçait samedi qu'il allait déposer un recours.", []),  # a past
        ("fr", "Le ministre a annoncé sa décision lundi.", []),
        ("en", "The company will close two plants on Monday.", ["will"]),
        ("en", "Shall we meet on Tuesday?", ["Shall"]),
        ("en", "The company closed two plants on Monday.", []),
    ],
)
def test_future_tokens(lang: str, text: str, future_words: list[str]) -> None:
    doc = models.load_model(lang)(text)
    flags = future_tokens(doc)
    assert len(flags) == len(doc)
    assert [tok.text for tok, flag in zip(doc, flags) if flag] == future_words


@pytest.mark.slow
def test_one_failing_document_does_not_stop_the_others(monkeypatch) -> None:
    from kg.extract import events
    real = events.events_from_doc

    def flaky(doc, **kwargs):
        if "BOOM" in doc.text:
            raise RuntimeError("extractor crashed")
        return real(doc, **kwargs)

    monkeypatch.setattr(events, "events_from_doc", flaky)
    docs = [
        document_from_text("date: 2020-06-09\nLe groupe Renault a annoncé son retrait du marché.", doc_id="ok"),
        document_from_text("date: 2020-06-09\nBOOM. Un texte en français qui casse l'extracteur.", doc_id="bad"),
    ]
    result = build_documents(docs)
    assert result.documents == 1
    assert [e.code for e in result.errors] == ["E014"]
    assert "bad" in str(result.errors[0]) and "extractor crashed" in str(result.errors[0])


def test_unsupported_language_is_coded() -> None:
    doc = document_from_text("Ein deutscher Text über die Regierung.", doc_id="de-doc", lang="de")
    (item,) = list(analyse([doc]))
    assert isinstance(item, KGError) and item.code == "E502" and "de-doc" in str(item)


def test_missing_model_is_coded(monkeypatch) -> None:
    monkeypatch.setitem(models.MODEL_CANDIDATES, "xx", ("no_such_model_pkg_a", "no_such_model_pkg_b"))
    models.load_model.cache_clear()
    with pytest.raises(KGError) as info:
        models.load_model("xx")
    assert info.value.code == "E501" and "no_such_model_pkg_b" in str(info.value)
    models.load_model.cache_clear()


def test_every_document_failing_is_e013(tmp_path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(KGError) as info:
        build_paths([tmp_path])
    assert info.value.code == "E013"


@pytest.mark.slow
def test_english_model_fallback_is_loaded() -> None:
    nlp = models.load_model("en")
    assert nlp.meta["lang"] == "en" and "ner" in nlp.pipe_names


def _mention_entity(key: str, etype: str, start: int, text: str, lang: str) -> Entity:
    m = EntityMention(start, start + len(text), text, etype, "t", lang)  # type: ignore[arg-type]
    return Entity(key, text, etype, (m,))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("argument", "name", "lang", "linked"),
    [
        ("The Airbus A330 jetliner", "Airbus", "en", False),
        ("The Airbus jetliner", "Airbus", "en", False),
        ("Boeing's", "Boeing", "en", True),
        ("the GAO", "GAO", "en", True),
        ("Le Parquet fédéral", "Parquet", "fr", True),
        ("Le groupe IBM", "IBM", "fr", True),
        ("L'Airbus A330", "Airbus", "fr", False),
    ],
)
def test_names_that_only_modify_the_head_are_not_the_argument(argument: str, name: str, lang: str, linked: bool) -> None:
    text = argument + " a fait quelque chose."
    entity = _mention_entity("x", "ORG", argument.index(name), name, lang)
    analysis = Analysis(Document("d", text, "d"), (), (Span(0, len(text), text),), (entity,), ())
    assert (entity_for_span(analysis, Span(0, len(argument), argument)) is entity) is linked


def test_e013_carries_the_error_of_every_input(tmp_path) -> None:
    import pickle

    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "long.txt").write_text("x" * 51, encoding="utf-8")
    with pytest.raises(KGError) as info:
        build_paths([tmp_path], max_chars=50)
    assert info.value.code == "E013"
    assert sorted(c.code for c in info.value.causes) == ["E004", "E010"]
    again = pickle.loads(pickle.dumps(info.value))
    assert [c.code for c in again.causes] == [c.code for c in info.value.causes]


def _sample_documents() -> list[Document]:
    from pathlib import Path

    from kg.ingest.readers import iter_ingest

    data = Path(__file__).resolve().parents[2] / "data" / "wikinews-fr" / "wikinews-fr-sample.jsonl"
    documents = [d for d in iter_ingest([data]) if isinstance(d, Document)][:7]
    # One long document among them, read in windows (parsed in this thread, after the prefetch).
    long = Document("long", "\n\n".join(d.text for d in documents[:3]), "long", date=documents[0].date, lang="fr")
    return [*documents[3:5], long, *documents[5:], document_from_text("Ein deutscher Text.", doc_id="de", lang="de")]


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_parsing_the_next_batch_in_the_background_gives_the_same_analyses(batch_size: int) -> None:
    from kg.analyse.pipeline import Options

    documents = _sample_documents()
    options = Options(batch_size=batch_size, window_chars=1500)
    ahead = [a if isinstance(a, Analysis) else str(a) for a in analyse(documents, options=options)]
    inline = [a if isinstance(a, Analysis) else str(a) for a in analyse(documents, options=replace(options, prefetch=False))]
    assert ahead == inline
    assert [isinstance(a, Analysis) for a in ahead] == [True] * (len(documents) - 1) + [False]


def test_a_failing_background_parse_is_raised(monkeypatch) -> None:
    from kg.analyse import pipeline

    def broken(plans):
        raise RuntimeError("parser crashed")

    monkeypatch.setattr(pipeline, "_parse_plans", broken)
    documents = [document_from_text("Le groupe Renault a annoncé son retrait.", doc_id=f"d{i}", lang="fr") for i in range(3)]
    with pytest.raises(RuntimeError, match="parser crashed"):
        list(analyse(documents, options=pipeline.Options(batch_size=1)))


class _FailingModel:
    """A spaCy model that cannot read a text containing ``PANNE`` (alone or in a batch)."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp

    def __getattr__(self, name: str):
        return getattr(self._nlp, name)

    def __call__(self, text: str):
        if "PANNE" in text:
            raise RuntimeError("cannot read this text")
        return self._nlp(text)

    def pipe(self, texts, **kwargs):
        texts = list(texts)
        if any("PANNE" in t for t in texts):
            raise RuntimeError("cannot read this batch")
        return self._nlp.pipe(texts, **kwargs)


@pytest.mark.parametrize("prefetch", [True, False])
def test_a_document_spacy_cannot_read_does_not_lose_its_batch(monkeypatch, prefetch: bool) -> None:
    from kg.analyse import pipeline

    real = pipeline.load_model
    monkeypatch.setattr(pipeline, "load_model", lambda lang: _FailingModel(real(lang)))
    texts = ["Le maire a inauguré le pont.", "Une PANNE de courant a eu lieu.", "Le club a gagné le match."]
    documents = [document_from_text(t, doc_id=f"d{i}", lang="fr") for i, t in enumerate(texts)]
    options = pipeline.Options(batch_size=8, prefetch=prefetch)
    results = list(analyse(documents, options=options))
    assert [isinstance(r, Analysis) for r in results] == [True, False, True]
    assert results[1].code == "E014" and "d1" in str(results[1]) and "cannot read this text" in str(results[1])
    monkeypatch.undo()
    assert [results[0], results[2]] == list(analyse([documents[0], documents[2]], options=options))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_token_at_finds_the_token_holding_an_offset(lang: str) -> None:
    from kg.analyse.pipeline import _token_at

    doc = models.load_model(lang)("Le conseil  se réunira lundi. Puis mardi, vote." if lang == "fr" else "The board meets on Monday.  Then it votes.")
    for sent in doc.sents:
        for local in range(sent.start_char - 1, sent.end_char + 2):
            slow = next((t for t in sent if t.idx <= local < t.idx + len(t.text)), None)
            fast = _token_at(sent, local)
            assert (fast.i if fast is not None else None) == (slow.i if slow is not None else None), local


# issue 17 (a17h): a French role whose complement names a place or a portfolio stands for the person
# of its apposition (« le procureur de Marseille, Nicolas Fabre »), not for the place; without the
# apposition, for the place's name as before
FR_TEXT = "Le procureur de Marseille, Nicolas Fabre, a promis une conférence."
MARSEILLE = replace(_entity("marseille", "LOC", (16, "Marseille")), mentions=(EntityMention(16, 25, "Marseille", "LOC", "t", "fr"),))
FABRE = replace(
    _entity("fabre", "PER", (27, "Nicolas Fabre")),
    references=(Reference(0, 40, FR_TEXT[0:40], "appositive", "fr", Span(27, 40, "Nicolas Fabre"), "apposition: test"),),
)


@pytest.mark.parametrize(("entities", "expected"), [([MARSEILLE, FABRE], FABRE), ([MARSEILLE, replace(FABRE, references=())], MARSEILLE)])
def test_a_role_stands_for_the_person_of_its_apposition(entities: list[Entity], expected: Entity) -> None:
    analysis = _analysis(FR_TEXT, entities, [Span(0, len(FR_TEXT), FR_TEXT)])
    assert entity_for_span(analysis, Span(3, 25, "procureur de Marseille")) == expected
