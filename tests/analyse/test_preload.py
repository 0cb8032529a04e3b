"""What the fork server of a worker pool builds before it forks (kg.analyse.preload): the workers'
modules and the caches a first document builds, once, instead of in each worker (issue 18, goal 4)."""

from __future__ import annotations

import threading

import pytest

import kg.analyse.preload as preload
from kg.ingest.language import SUPPORTED
from kg.knowledge.words import rows


def test_the_server_imports_the_pipeline_the_workers_run() -> None:
    """``analyse_batch`` imports the pipeline and every extractor on its first call (the driver,
    which imports kg.analyse.parallel too, never needs them): the server imports them itself."""
    assert "kg.analyse.pipeline" in preload.WORKER_MODULES
    assert "kg.analyse.parallel" in preload.WORKER_MODULES


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_language_has_a_warm_up_text(lang: str) -> None:
    texts = {row[0]: row[1] for row in rows("xx", "warm_up_texts") if len(row) > 1}
    assert len(texts.get(lang, "").split()) >= 40, "a news text with names, places, dates and a quotation"


@pytest.mark.parametrize(
    ("langs", "expected"),
    [
        (["fr"], ["fr"]),
        (["en"], ["en"]),
        (["fr", "en"], ["fr", "en"]),
        (["de"], []),  # no text for it: nothing analysed
        ([], []),
    ],
)
def test_rehearse_analyses_one_warm_up_text_per_language_in_this_thread(
    monkeypatch: pytest.MonkeyPatch, langs: list[str], expected: list[str]
) -> None:
    import kg.analyse.pipeline as pipeline

    seen: list[tuple[list[str], bool]] = []

    def fake(planned, *, prefetch: bool = True, **_: object):
        for plans in planned:
            seen.append(([plan[0].lang for plan in plans], prefetch))
        return iter(())

    monkeypatch.setattr(pipeline, "analyse_planned", fake)
    preload.rehearse(langs)
    if expected:
        # one batch, no parse thread: a process that forks must be left with a single thread
        assert seen == [(expected, False)]
    else:
        assert seen == []


@pytest.mark.slow
def test_rehearse_leaves_one_thread_and_warms_the_first_document() -> None:
    """A real rehearsal (the French model): no thread is left behind, and an unseen French news text
    analysed after it compiles almost no regular expression of its own."""
    import re._compiler as compiler

    from kg.analyse.options import Options
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    pytest.importorskip("spacy")
    try:
        preload.warm_up(["fr"])
    except Exception as exc:  # noqa: BLE001 - model not installed
        pytest.skip(f"spaCy model missing: {exc}")
    before = threading.active_count()
    preload.rehearse(["fr"])
    assert threading.active_count() == before
    compiled = [0]
    real = compiler.compile

    def counting(*args: object, **kwargs: object):
        compiled[0] += 1
        return real(*args, **kwargs)

    text = (
        "MARSEILLE, 12 juin 2024 - La maire de Nantes, Claire Petit, a inauguré mardi un pont sur la Loire. "
        "« C'est un grand jour », a-t-elle affirmé devant 300 habitants, selon le quotidien Ouest-France."
    )
    compiler.compile = counting
    try:
        list(analyse([Document(id="unseen", text=text, source="unseen", lang="fr")], options=Options(prefetch=False)))
    finally:
        compiler.compile = real
    assert compiled[0] <= 40


@pytest.mark.parametrize("lang, other", [
    ("fr", "The company said on Monday that it would close the plant and cut 300 jobs in the region."),
    ("en", "Le ministre a déclaré lundi que la société fermera son usine et supprimera 300 emplois dans la région."),
])
def test_rehearse_reads_each_text_in_its_language_only(monkeypatch: pytest.MonkeyPatch, lang: str, other: str) -> None:
    """A warm-up text with a sentence of the other language (the texts are data anyone may edit) is
    still read in its own language alone: the rehearsal never routes a sentence to another model,
    which the fork server would load (seconds of CPU, hundreds of MB) for a build that may not need it."""
    import kg.analyse.pipeline as pipeline
    import kg.knowledge.words as words

    text = "PARIS, 3 mars 2025 (AFP) - Le ministre de l'Économie a parlé lundi." if lang == "fr" else "WASHINGTON, March 3, 2025 (AP) - The minister spoke on Monday."
    real = words.rows
    monkeypatch.setattr(words, "rows", lambda lang_, name: [(lang, f"{text} {other}")] if name == "warm_up_texts" else real(lang_, name))
    segments: list[str] = []

    def fake(planned, *, prefetch: bool = True, **_: object):
        for plans in planned:
            for plan in plans:
                segments.extend(seg.lang for seg in plan[2])
        return iter(())

    monkeypatch.setattr(pipeline, "analyse_planned", fake)
    preload.rehearse([lang])
    assert segments and set(segments) == {lang}


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_warm_up_texts_never_ask_the_language_detector(lang: str) -> None:
    """Each sentence of the shipped warm-up texts tells its language by its function words: planning
    the rehearsal never loads the language detector into the fork server (the driver plans the
    documents; the workers never need it)."""
    from kg.ingest.language import by_function_words, chunks

    texts = {row[0]: row[1] for row in rows("xx", "warm_up_texts") if len(row) > 1}
    text = texts[lang]
    assert [by_function_words(text[c.start : c.end]) for c in chunks(text)] == [lang] * len(chunks(text))


def test_warm_up_extractors_builds_with_the_builds_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a long document's second process (and a pool's fork server) builds before its first
    window: each language's gazetteer matcher with the build's gazetteer, the date rules, and one
    rehearsal with that gazetteer in this thread (no parse thread: the process may fork)."""
    import kg.analyse.pipeline as pipeline
    import kg.extract.entities as entities

    built: list[tuple[object, object]] = []
    rehearsed: list[tuple[list[str], object, bool]] = []

    def fake(planned, *, gazetteer: object = None, prefetch: bool = True, **_: object):
        for plans in planned:
            rehearsed.append(([plan[0].lang for plan in plans], gazetteer, prefetch))
        return iter(())

    monkeypatch.setattr(pipeline, "load_model", lambda lang: f"model-{lang}")
    monkeypatch.setattr(entities, "gazetteer_matcher", lambda nlp, gaz: built.append((nlp, gaz)))
    monkeypatch.setattr(pipeline, "analyse_planned", fake)
    gaz = object()
    pipeline.warm_up_extractors(["fr"], gazetteer=gaz)  # type: ignore[arg-type]
    assert built == [("model-fr", gaz)]
    assert rehearsed == [(["fr"], gaz, False)]


def test_a_long_documents_second_process_is_given_the_extractors_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline hands the second process of a long document (kg.analyse.parsehelper, which may
    not import the pipeline) the warm-up of the extractors, run there while this process parses
    the first window."""
    import kg.analyse.pipeline as pipeline

    given: list[object] = []

    class Recording(pipeline.ParseHelper):
        def __init__(self, gazetteer: object = None, *, warm_up: object = None) -> None:
            given.append(warm_up)
            super().__init__(gazetteer, warm_up=warm_up)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "ParseHelper", Recording)
    assert list(pipeline.analyse_planned([], helper=True)) == []
    assert given == [pipeline.warm_up_extractors]
