"""Long documents read in windows (issue 18): the pieces, and the same analysis as in one piece."""

from __future__ import annotations

import json
import os
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from kg.analyse.pipeline import Options, analyse
from kg.analyse.windows import windows
from kg.builder import build_documents
from kg.graph.namespaces import NIF
from kg.types import Analysis, Document, PartialDate, Segment

DATA = Path(__file__).resolve().parents[2] / "data"
# Small enough to cut each test document into 3 to 6 windows. At a cut, spaCy's statistical models
# no longer see the few tokens on the other side: with windows of a few hundred characters, a
# sentence the parser runs across a blank line ("… (ISS).\n\nMoins de …") is split, a label near
# the cut may change; these documents are cut where that changes nothing but the sentence spans.
WINDOW = 1500


def test_short_segments_are_left_whole() -> None:
    text = "Un.\n\nDeux."
    segs = (Segment(0, len(text), "fr"),)
    assert windows(text, segs, 100) == list(segs)
    assert windows(text, segs, 0) == list(segs)


def test_pieces_cut_at_paragraphs_and_keep_offsets() -> None:
    paragraphs = [f"Paragraphe {i}. Une phrase de plus ici." for i in range(20)]
    text = "\n\n".join(paragraphs)
    pieces = windows(text, (Segment(0, len(text), "fr", True),), 100)
    assert len(pieces) > 5
    assert all(len(text[p.start : p.end].rstrip()) <= 100 and p.lang == "fr" and p.embedded for p in pieces)
    # Every paragraph is whole in one piece, and nothing but blank lines is left out.
    assert "".join(text[p.start : p.end] for p in pieces) == text
    assert all(text[p.start : p.end].startswith("Paragraphe") and text[p.start : p.end].rstrip().endswith(".") for p in pieces)


def test_an_open_quotation_is_not_cut_when_another_break_fits() -> None:
    text = "Avant.\n\nIl a dit : « Un.\n\nDeux. » Fin.\n\nAprès."
    pieces = windows(text, (Segment(0, len(text), "fr"),), 30)
    assert [text[p.start : p.end] for p in pieces] == ["Avant.\n\n", "Il a dit : « Un.\n\nDeux. » Fin.\n\n", "Après."]


@pytest.mark.parametrize("text, expected", [
    # a stray closing mark earlier does not make the open quotation look closed
    (
        "Avant:” fin.\n\nIl a dit “Un deux.\n\nTrois quatre.” Fin.\n\nAprès.",
        ["Avant:” fin.\n\n", "Il a dit “Un deux.\n\nTrois quatre.” Fin.\n\n", "Après."],
    ),
    (
        "Avant » fin.\n\nIl a dit « Un deux.\n\nTrois quatre. » Fin.\n\nAprès.",
        ["Avant » fin.\n\n", "Il a dit « Un deux.\n\nTrois quatre. » Fin.\n\n", "Après."],
    ),
    # a mark never closed before a later paragraph opens a quotation is no open quotation there
    (
        "Il a dit “Un.\n\nElle a dit “deux” ici.\n\nAprès tout ça.",
        ["Il a dit “Un.\n\nElle a dit “deux” ici.\n\n", "Après tout ça."],
    ),
])
def test_a_quotation_open_at_a_break_is_not_cut(text: str, expected: list[str]) -> None:
    pieces = windows(text, (Segment(0, len(text), "fr"),), 45)
    assert [text[p.start : p.end] for p in pieces] == expected


def test_a_paragraph_longer_than_the_window_is_cut_at_lines_only() -> None:
    text = "\n".join(["Une ligne assez longue pour compter."] * 6) + "\n\nFin."
    pieces = windows(text, (Segment(0, len(text), "fr"),), 80)
    assert all("\n" not in text[p.start : p.end] or p.end - p.start <= 80 for p in pieces)
    assert all(text[p.start : p.end] in ("Fin.",) or text[p.start : p.end].startswith("Une ligne") for p in pieces)


def _documents() -> list[Document]:
    def record(path: Path, doc_id: str) -> dict:
        return next(r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r["id"] == doc_id)

    fr = DATA / "wikinews-fr" / "wikinews-fr-sample.jsonl"
    en = DATA / "meantime-en" / "meantime-en-dev-sample.jsonl"
    a, b, c, d = (record(fr, i) for i in ("wikinews-fr-43971", "wikinews-fr-44046", "wikinews-fr-44269", "wikinews-fr-44231"))
    e, f = (record(en, i) for i in ("meantime-en-106653", "meantime-en-102977"))
    mixed = (
        a["text"] + "\n\nLe ministre a déclaré : « Nous fermerons l'usine.\n\n« Les salariés seront reclassés. »\n\n"
        + e["text"]
    )
    return [
        Document("fr", "\n\n".join(r["text"] for r in (a, b, c, d)), "fr", date=PartialDate.parse(a["date"]), lang="fr"),
        Document("en", e["text"] + "\n\n" + f["text"], "en", date=PartialDate(2007, 1, 18)),
        Document("mixed", mixed, "mixed", date=PartialDate(2012, 5, 22)),
    ]


def _forkable() -> None:
    """Skip when a thread left by another test runs: no second process is forked then (tested below)."""
    from kg.analyse.parsehelper import can_fork_helper

    if not can_fork_helper():
        # `make test` runs this file again in a process of its own with REQUIRE_FORK_TESTS set, so
        # that the tests of the second process cannot all be skipped on CI.
        if os.environ.get("REQUIRE_FORK_TESTS"):
            pytest.fail("another thread runs in this test process: the second process cannot be forked")
        pytest.skip("another thread runs in this test process: no fork")


def _summary(analysis: Analysis) -> dict[str, list]:
    return {
        "entities": sorted((e.label, e.type, tuple((m.start, m.end) for m in e.mentions)) for e in analysis.entities),
        "timexes": [(t.start, t.end, t.type, t.value) for t in analysis.timexes],
        "events": sorted(
            (e.type, e.trigger.start, e.trigger.end, e.time.value if e.time else None, e.polarity, e.modality)
            for e in analysis.events
        ),
        "quotes": sorted((q.span.start, q.span.end) for q in analysis.quotes),
    }


@pytest.mark.slow
@pytest.mark.parametrize("document", _documents(), ids=lambda d: d.id)
def test_a_document_read_in_tiny_windows_gives_the_same_analysis(document: Document) -> None:
    (whole,) = analyse([document], options=Options(window_chars=0))
    (windowed,) = analyse([document], options=Options(window_chars=WINDOW))
    assert isinstance(whole, Analysis) and isinstance(windowed, Analysis)
    assert len(windows(document.text, windowed.segments, WINDOW)) >= 3  # it was read in windows
    assert windowed.segments == whole.segments
    assert _summary(windowed) == _summary(whole)
    text = document.text
    for entity in windowed.entities:
        assert all(text[m.start : m.end] == m.text for m in entity.mentions)
    assert all(text[t.start : t.end] == t.text for t in windowed.timexes)
    assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text for e in windowed.events)


@pytest.mark.slow
def test_offsets_of_a_windowed_build_index_the_document() -> None:
    document = _documents()[0]
    result = build_documents([document], options=Options(window_chars=WINDOW))
    assert result.documents == 1 and not result.errors
    checked = 0
    for graph in result.dataset.graphs():
        for mention in graph.subjects(NIF.anchorOf, None):
            begin, end = int(graph.value(mention, NIF.beginIndex)), int(graph.value(mention, NIF.endIndex))
            assert document.text[begin:end] == str(graph.value(mention, NIF.anchorOf))
            checked += 1
    assert checked > 50


@pytest.mark.slow
@pytest.mark.parametrize("document", _documents()[:2], ids=lambda d: d.id)
def test_windows_parsed_ahead_in_the_parse_thread_give_the_same_analysis(document: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from kg.analyse import pipeline

    threads: list[str] = []
    parse = pipeline._parse_window

    def recorded(text: str, piece: Segment) -> object:
        threads.append(threading.current_thread().name)
        return parse(text, piece)

    monkeypatch.setattr(pipeline, "_parse_window", recorded)
    (serial,) = analyse([document], options=Options(window_chars=WINDOW, prefetch=False))
    assert threads and all(name == threading.main_thread().name for name in threads)
    threads.clear()
    (ahead,) = analyse([document], options=Options(window_chars=WINDOW))
    assert len(threads) >= 3 and all(name.startswith("kg-parse") for name in threads)
    assert isinstance(serial, Analysis) and isinstance(ahead, Analysis)
    assert _summary(ahead) == _summary(serial)
    assert ahead.sentences == serial.sentences and ahead.events == serial.events


@pytest.mark.slow
@pytest.mark.parametrize("local_ahead", [0, 2], ids=["second-process-parses-all-but-the-first", "both-parse"])
@pytest.mark.parametrize("document", _documents(), ids=lambda d: d.id)
def test_windows_parsed_in_a_second_process_give_the_same_analysis(
    document: Document, local_ahead: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long document whose windows a second process parses (``Options.parse_helper``, the Docs sent
    back as bytes) gets the analysis it gets in one process, whichever process parsed which window."""
    from kg.analyse import pipeline

    _forkable()
    monkeypatch.setattr(pipeline, "_HELPER_MIN_WINDOWS", 2)
    monkeypatch.setattr(pipeline, "_LOCAL_AHEAD", local_ahead)
    if local_ahead == 0:  # every window but the first: the second process's
        monkeypatch.setattr(pipeline, "_HERE_SHARE", 0.0)
    here: list[int] = []
    read_here: list[int] = []
    parse, mentions = pipeline._parse_window, pipeline.window_mentions

    def recorded(text: str, piece: Segment) -> object:
        here.append(piece.start)
        return parse(text, piece)

    def read(doc: Any, *, lang: str, offset: int, gazetteer: Any) -> object:
        read_here.append(offset)
        return mentions(doc, lang=lang, offset=offset, gazetteer=gazetteer)

    (alone,) = analyse([document], options=Options(window_chars=WINDOW))
    monkeypatch.setattr(pipeline, "_parse_window", recorded)  # (in this process only)
    monkeypatch.setattr(pipeline, "window_mentions", read)
    (shared,) = analyse([document], options=Options(window_chars=WINDOW, parse_helper=True))
    assert isinstance(alone, Analysis) and isinstance(shared, Analysis)
    pieces = windows(document.text, shared.segments, WINDOW)
    assert len(pieces) >= 3 and 1 <= len(here) < len(pieces)  # the other windows: the second process's
    if local_ahead == 0:
        assert here == [pieces[0].start]
    # the windows the second process parsed, it also read the entity mentions, memberships and
    # coreference cues of (kg.analyse.windowlocal): this process only those of its own windows
    assert sorted(read_here) == sorted(here)
    assert _summary(shared) == _summary(alone)
    assert shared == alone


class _BrokenPool:
    """An executor whose tasks all fail, as those of a lost worker do."""

    def submit(self, fn: object, /, *args: object, **kwargs: object) -> object:
        from concurrent.futures import Future

        future: Future[bytes] = Future()
        future.set_exception(RuntimeError("lost"))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


@pytest.mark.slow
@pytest.mark.parametrize("document", _documents()[:2], ids=lambda d: d.id)
def test_windows_are_parsed_here_when_the_second_process_fails(document: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.analyse import pipeline

    monkeypatch.setattr(pipeline, "_HELPER_MIN_WINDOWS", 2)
    monkeypatch.setattr(pipeline.ParseHelper, "pool", lambda self, langs: _BrokenPool())
    (alone,) = analyse([document], options=Options(window_chars=WINDOW))
    (shared,) = analyse([document], options=Options(window_chars=WINDOW, parse_helper=True))
    assert isinstance(shared, Analysis) and shared == alone


class _InlinePool:
    """An executor that runs each task at once, here: the second process's Docs, as bytes."""

    def __init__(self) -> None:
        self.tasks = 0
        self.closed = 0

    def submit(self, fn: Any, /, *args: object, **kwargs: object) -> object:
        from concurrent.futures import Future

        self.tasks += 1
        future: Future[bytes] = Future()
        future.set_result(fn(*args, **kwargs))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.closed += 1


@pytest.mark.slow
def test_the_second_process_is_given_its_windows_before_the_first_is_parsed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second process parses (after its warm-up) its first windows while this process parses
    the first window, instead of waiting, idle, for that parse to end; the same analysis."""
    from kg.analyse import pipeline

    document = _documents()[0]
    pool = _InlinePool()
    order: list[str] = []
    submit, parse = pool.submit, pipeline._parse_window

    def recorded_submit(fn: Any, /, *args: object, **kwargs: object) -> object:
        order.append("there")
        return submit(fn, *args, **kwargs)

    def recorded_parse(text: str, piece: Segment) -> object:
        order.append("here")
        return parse(text, piece)

    monkeypatch.setattr(pipeline, "_HELPER_MIN_WINDOWS", 2)
    monkeypatch.setattr(pipeline, "_HERE_SHARE", 0.0)  # every window but the first: the second process's
    (alone,) = analyse([document], options=Options(window_chars=WINDOW))
    monkeypatch.setattr(pool, "submit", recorded_submit)
    monkeypatch.setattr(pipeline.ParseHelper, "pool", lambda self, langs: pool)
    monkeypatch.setattr(pipeline, "_parse_window", recorded_parse)
    (shared,) = analyse([document], options=Options(window_chars=WINDOW, parse_helper=True))
    assert isinstance(shared, Analysis) and shared == alone
    assert len(windows(document.text, shared.segments, WINDOW)) >= 3
    assert order[:2] == ["there", "there"] and order.count("here") == 1


@pytest.mark.slow
@pytest.mark.parametrize("document", _documents()[:2], ids=lambda d: d.id)
def test_the_second_process_ends_after_the_last_window(document: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.analyse import pipeline

    pool = _InlinePool()
    released: list[int] = []
    monkeypatch.setattr(pipeline, "_HELPER_MIN_WINDOWS", 2)
    monkeypatch.setattr(pipeline.ParseHelper, "pool", lambda self, langs: pool)
    monkeypatch.setattr(pipeline.ParseHelper, "close", lambda self: released.append(pool.tasks))
    monkeypatch.setattr(pipeline, "_HERE_SHARE", 0.0)  # every window but the first: the second process's
    (alone,) = analyse([document], options=Options(window_chars=WINDOW))
    (shared,) = analyse([document], options=Options(window_chars=WINDOW, parse_helper=True))
    assert isinstance(shared, Analysis) and shared == alone
    pieces = windows(document.text, shared.segments, WINDOW)
    # every window but the first parsed by the second process, which is released once it has sent
    # the last one (then again, doing nothing, when the analyses end)
    assert pool.tasks == len(pieces) - 1
    assert released[0] == len(pieces) - 1


def _assigned(document: Document, helper_windows: str, task: str = "parse") -> tuple[Analysis, Analysis, int]:
    """``document`` analysed with its windows parsed in this process, then with those that
    ``helper_windows`` names ("all", "odd", "even") parsed by a process forked from this one
    (:mod:`kg.analyse.parsehelper`) and read back from their bytes; the number of those windows.
    ``task``: "parse" (the second process parses only), "extract" (it also reads the window-local
    results, :func:`kg.analyse.parsehelper.parse_window_extracts`, sent with the Doc)."""
    from kg.analyse import pipeline
    from kg.analyse.parsehelper import ParseHelper, parse_window_bytes, parse_window_extracts
    from kg.analyse.plan import plan_documents
    from kg.knowledge.gazetteer import default_gazetteer

    _forkable()
    opts = Options(window_chars=WINDOW)
    ((doc, lang, segs, pieces),) = plan_documents([document], opts)  # type: ignore[misc]
    used = sorted({pipeline.model_name(pipeline.load_model(s.lang)) for s in segs})
    chosen = [k for k in range(len(pieces)) if helper_windows == "all" or (k % 2 == 1) == (helper_windows == "odd")]
    gaz = default_gazetteer()
    second = ParseHelper(gaz)
    pool = second.pool(sorted({p.lang for p in pieces}))
    assert pool is not None  # (no other thread runs here)
    try:
        pairs: list[Any] = []
        if task == "parse":
            sent = {k: pool.submit(parse_window_bytes, doc.text[pieces[k].start : pieces[k].end], pieces[k].lang) for k in chosen}
            for k, piece in enumerate(pieces):
                if k in sent:
                    wrapped: Any = Future()
                    wrapped.set_result((sent[k].result(), None))
                    pairs.append((piece, pipeline._window_from_bytes(wrapped, doc.text, piece)[0]))
                else:
                    pairs.append((piece, pipeline._parse_window(doc.text, piece)))
        else:
            futures = {
                k: pool.submit(parse_window_extracts, doc.text[pieces[k].start : pieces[k].end], pieces[k].lang, pieces[k].start)
                for k in chosen
            }
            for k, piece in enumerate(pieces):
                if k in futures:
                    parsed, done = pipeline._window_from_bytes(futures[k], doc.text, piece)
                    assert done is not None
                    pairs.append((piece, parsed, done))
                else:
                    pairs.append((piece, pipeline._parse_window(doc.text, piece), None))
    finally:
        second.close()
    here = pipeline.analyse_document(doc, pipeline._parse_windows(doc.text, pieces), lang=lang, gazetteer=gaz, models=used, segments=segs)
    mixed = pipeline.analyse_document(doc, iter(pairs), lang=lang, gazetteer=gaz, models=used, segments=segs)
    return here, mixed, len(chosen)


@pytest.mark.slow
@pytest.mark.parametrize("task", ["parse", "extract"])
@pytest.mark.parametrize("helper_windows", ["all", "odd", "even"])
@pytest.mark.parametrize("document", _documents(), ids=lambda d: d.id)
def test_the_analysis_does_not_depend_on_which_process_parsed_a_window(document: Document, helper_windows: str, task: str) -> None:
    """Each window given by force to the forked second process or to this one (English, French and
    a mixed document), the second process parsing it only or also reading its window-local results:
    the analysis is the one of a build in one process."""
    here, mixed, sent = _assigned(document, helper_windows, task)
    assert sent >= 1
    assert isinstance(here, Analysis) and isinstance(mixed, Analysis)
    assert _summary(mixed) == _summary(here)
    assert mixed == here


def _child_has_a_model() -> bool:
    from kg.nlp import models

    return models._load_model.cache_info().currsize > 0  # loaded before this process started


@pytest.mark.slow
def test_the_second_process_is_forked_with_the_models_loaded() -> None:
    """The second process starts from this one's memory (it shares the loaded models), not as a
    new interpreter that loads them again."""
    import os

    from kg.analyse.parsehelper import ParseHelper, can_fork_helper

    _forkable()
    assert can_fork_helper()
    second = ParseHelper()
    pool = second.pool(["fr"])
    assert pool is not None
    try:
        assert pool.submit(os.getppid).result() == os.getpid()
        assert pool.submit(_child_has_a_model).result()
    finally:
        second.close()


@pytest.mark.slow
@pytest.mark.parametrize("document", _documents()[:2], ids=lambda d: d.id)
def test_no_second_process_is_forked_while_another_thread_runs(document: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork would copy another thread's locks held: with a thread of the caller's running, the
    windows are all parsed here, with the same analysis."""
    import threading

    from kg.analyse import pipeline
    from kg.analyse.parsehelper import can_fork_helper

    monkeypatch.setattr(pipeline, "_HELPER_MIN_WINDOWS", 2)
    here: list[int] = []
    parse = pipeline._parse_window

    def recorded(text: str, piece: Segment) -> object:
        here.append(piece.start)
        return parse(text, piece)

    (alone,) = analyse([document], options=Options(window_chars=WINDOW))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, name="caller's")
    other.start()
    try:
        assert not can_fork_helper()
        monkeypatch.setattr(pipeline, "_parse_window", recorded)
        (shared,) = analyse([document], options=Options(window_chars=WINDOW, parse_helper=True))
    finally:
        stop.set()
        other.join()
    assert shared == alone
    assert len(here) == len(windows(document.text, shared.segments, WINDOW))


#: What :func:`_recording_warm_up` was called with, in the process that ran it.
_WARMED_WITH: list[tuple[list[str], bool]] = []


def _recording_warm_up(langs: list[str], *, gazetteer: object = None) -> None:
    from kg.analyse import parsehelper

    _WARMED_WITH.append((list(langs), gazetteer is not None and gazetteer is parsehelper._GAZETTEER))


def _failing_warm_up(langs: list[str], *, gazetteer: object = None) -> None:
    _WARMED_WITH.append((list(langs), False))
    raise RuntimeError("no warm-up")


def _warmed_with() -> list[tuple[list[str], bool]]:
    return list(_WARMED_WITH)


@pytest.mark.parametrize("warm_up, expected", [
    (_recording_warm_up, [([], True)]),
    (_failing_warm_up, [([], False)]),  # a failed warm-up: the windows are still parsed there
    (None, []),
])
def test_the_second_process_warms_up_before_its_first_window(warm_up: Any, expected: list[tuple[list[str], bool]]) -> None:
    """The warm-up handed to the second process (the extractors' first use,
    :func:`kg.analyse.pipeline.warm_up_extractors`) is its first task, run there with the build's
    gazetteer while this process goes on, and never here."""
    from kg.analyse.parsehelper import ParseHelper
    from kg.knowledge.gazetteer import Gazetteer

    _forkable()
    second = ParseHelper(Gazetteer([]), warm_up=warm_up)
    pool = second.pool([])
    assert pool is not None
    try:
        assert pool.submit(_warmed_with).result() == expected
    finally:
        second.close()
    assert _WARMED_WITH == []


def _state(pid: int) -> str:
    """The state letter of process ``pid`` (``Z``: a zombie, ended), or ``X`` when there is none."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "X"


@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_the_second_process_ends_with_the_process_that_forked_it(signal_name: str) -> None:
    """A build's process killed with no chance to stop its second process (``kill -9``, the OOM
    killer) takes it along: no orphan left waiting for windows forever, holding its memory and the
    build's standard output and error."""
    import os
    import signal
    import time

    from kg.analyse.parsehelper import ParseHelper

    _forkable()
    read, write = os.pipe()
    parent = os.fork()
    if parent == 0:  # a build's process: forks its second process, then is killed
        try:
            os.close(read)
            helper = ParseHelper()
            pool = helper.pool([])
            pid = pool.submit(os.getpid).result() if pool is not None else 0
            os.write(write, f"{pid}\n".encode())
            os.close(write)
            os.kill(os.getpid(), getattr(signal, signal_name))
            time.sleep(30)
        finally:
            os._exit(1)
    os.close(write)
    with os.fdopen(read) as answer:  # (one line: without the signal, the orphan would hold the pipe open)
        second = int(answer.readline() or 0)
    os.waitpid(parent, 0)
    assert second > 0
    deadline = time.monotonic() + 10
    while _state(second) not in ("Z", "X") and time.monotonic() < deadline:
        time.sleep(0.1)
    ended = _state(second) in ("Z", "X")
    if not ended:
        os.kill(second, signal.SIGKILL)
    assert ended


@pytest.mark.parametrize("taken", [1, 2])
def test_the_parse_thread_is_idle_when_a_document_is_left_unfinished(taken: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractors failing on a window leave the rest of the document unread: the parse of the
    next window, already started in the parse thread, is waited for, so that no parse runs there
    when the next document forks a second process (which is forked only while that thread is idle)."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    from kg.analyse import pipeline

    finished: list[int] = []

    def slow(text: str, piece: Segment) -> object:
        time.sleep(0.3)
        finished.append(piece.start)
        return piece

    monkeypatch.setattr(pipeline, "_parse_window", slow)
    pieces = [Segment(k * 10, k * 10 + 10, "en") for k in range(4)]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-parse") as parser:
        read = pipeline._parse_windows("x" * 40, pieces, parser)
        for _ in range(taken):
            next(read)
        read.close()  # (what the garbage collector does when the extractors raise)
        assert finished == [piece.start for piece in pieces[: taken + 1]]


@pytest.mark.parametrize("busy", [False, True], ids=["waiting", "parsing"])
def test_ctrl_c_ends_the_second_process_quietly(busy: bool, capfd: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C reaches the whole foreground group, the second process too: it ends at once, without
    a traceback of its own on the terminal and without sending a KeyboardInterrupt back as a
    window's result (the build's process reads a lost process, whose windows it parses itself)."""
    import os
    import signal
    import time

    from kg.analyse.parsehelper import ParseHelper

    _forkable()
    # A shell starts a background job (a test run launched with "&", nohup) with SIGINT ignored, and
    # the second process then rightly keeps it ignored: the test gives this process Python's own
    # Ctrl-C handler, as a terminal's foreground process has, before the fork.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    helper = ParseHelper()
    try:
        pool = helper.pool([])
    finally:
        signal.signal(signal.SIGINT, previous)
    assert pool is not None
    try:
        pid = pool.submit(os.getpid).result()
        task = pool.submit(time.sleep, 5) if busy else None
        time.sleep(0.5)
        os.kill(pid, signal.SIGINT)
        try:
            (task if task is not None else pool.submit(int)).result(timeout=20)
            outcome: BaseException | None = None
        except BaseException as exc:  # noqa: BLE001 - a KeyboardInterrupt sent back is the failure
            outcome = exc
        assert isinstance(outcome, Exception)
        assert "Traceback" not in capfd.readouterr().err
    finally:
        helper.close()


class _StalledPool:
    """An executor whose tasks wait in its queue (the second process is still busy)."""

    def __init__(self) -> None:

        self.futures: list[Future[bytes]] = []

    def submit(self, fn: object, /, *args: object, **kwargs: object) -> object:
        from concurrent.futures import Future

        self.futures.append(Future())
        return self.futures[-1]


@pytest.mark.parametrize("n_windows", [3, 6])
def test_windows_left_to_the_second_process_are_cancelled_when_a_document_is_left_unfinished(
    n_windows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The extractors failing on a window leave the rest of the document unread: the windows the
    second process was given and has not started are cancelled, not parsed for nothing ahead of the
    next long document's windows."""
    from kg.analyse import pipeline

    monkeypatch.setattr(pipeline, "_parse_window", lambda text, piece: piece)
    pool = _StalledPool()
    pieces = [Segment(k * 10, k * 10 + 10, "en") for k in range(n_windows)]
    read = pipeline._parse_windows_shared("x" * 10 * n_windows, pieces, pool)  # type: ignore[arg-type]
    assert next(read)[0] == pieces[0]
    assert pool.futures and not any(future.cancelled() for future in pool.futures)
    read.close()  # (what the garbage collector does when the extractors raise)
    assert all(future.cancelled() for future in pool.futures)


@pytest.mark.parametrize("sizes, share, expected", [
    # equal windows: the first here, then about two in five, spread along the document
    ([10] * 10, 0.42, "HTTHTHTTHT"),
    # a short first window (a headline, a short first paragraph): this process's next one comes sooner
    ([1, 10, 10, 10, 10], 0.42, "HTHTH"),
    # this process ahead of its share: the short windows too go to the second process
    ([10, 10, 2, 10, 10, 2], 0.42, "HTTTHT"),
    ([10, 2, 2, 2, 2, 2, 2, 10], 0.42, "HTTTTTTT"),
    # no share: the first window only (the second process starts meanwhile)
    ([10] * 4, 0.0, "HTTT"),
    # half and more: every other window, then every window
    ([10] * 6, 0.5, "HTHTHT"),
    ([10] * 4, 1.0, "HHHH"),
])
def test_the_windows_each_process_parses_are_decided_from_their_lengths(sizes: list[int], share: float, expected: str) -> None:
    """Which process parses which window of a long document (H: this one, T: the second process)
    depends only on the windows' lengths and the share of characters this process parses."""
    from kg.analyse import pipeline

    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    pieces = [Segment(a, a + size, "fr") for a, size in zip(starts, sizes)]
    mine = pipeline._shares(pieces, share)
    assert "".join("H" if here else "T" for here in mine) == expected
    assert sum(size for size, here in zip(sizes, mine) if here) <= max(sizes[0], share * sum(sizes) + max(sizes) / 2)


class _TimedPool:
    """An executor whose tasks finish at once (``late=False``: the second process is ahead) or only
    when read (the second process is behind: every window read next is still being parsed)."""

    def __init__(self, *, late: bool, fail_after: int | None = None) -> None:
        self.late = late
        self.fail_after = fail_after
        self.given: list[int] = []

    def submit(self, fn: object, /, *args: Any, **kwargs: object) -> object:
        if self.fail_after is not None and len(self.given) >= self.fail_after:
            raise RuntimeError("broken pool")
        self.given.append(args[2] // 10)
        future: Future[object] = Future()
        if not self.late:
            future.set_result(None)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


@pytest.mark.parametrize("n_windows", [3, 7, 12])
@pytest.mark.parametrize("fail_after", [None, 2])
def test_which_process_parses_a_window_does_not_depend_on_timing(
    n_windows: int, fail_after: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second process ahead of this one or behind it, the same windows are parsed here (those of
    ``_shares``, or also those the second process could no longer be given when it fails); each
    window is read once, in order, and given to one process only."""
    from kg.analyse import pipeline

    runs = []
    for late in (False, True):
        here: list[int] = []

        def parse(text: str, piece: Segment) -> Segment:
            here.append(piece.start // 10)
            return piece

        monkeypatch.setattr(pipeline, "_parse_window", parse)
        monkeypatch.setattr(pipeline, "_window_from_bytes", lambda future, text, piece: (piece, None))
        pool = _TimedPool(late=late, fail_after=fail_after)
        pieces = [Segment(k * 10, k * 10 + 10, "en") for k in range(n_windows)]
        read = [item[0] for item in pipeline._parse_windows_shared("x" * 10 * n_windows, pieces, pool)]  # type: ignore[arg-type]
        assert read == pieces
        assert sorted(here + pool.given) == list(range(n_windows))
        runs.append((sorted(here), pool.given))
    assert runs[0] == runs[1]
    mine = pipeline._shares(pieces, pipeline._HERE_SHARE)
    if fail_after is None:
        assert runs[0][0] == [k for k in range(n_windows) if mine[k]]
    else:
        assert runs[0][1] == [k for k in range(n_windows) if not mine[k]][:fail_after]


#: A word of the last paragraph of a document, on which the patched reading of coreference cues fails.
_FAILING_WORD = "Quorvendale"


def _failing_cues(where: str) -> Any:
    """``kg.analyse.windowlocal.window_cues``, failing on a window that holds :data:`_FAILING_WORD` in
    ``where``: "both" processes (an extractor's bug on that text), or only the "second" one."""
    from kg.analyse import windowlocal
    from kg.nlp.doccache import doc_text

    cues, parent = windowlocal.window_cues, os.getpid()

    def read(doc: Any, *, lang: str, offset: int) -> object:
        if _FAILING_WORD in doc_text(doc) and (where == "both" or os.getpid() != parent):
            raise RuntimeError(f"no cues in {_FAILING_WORD}")
        return cues(doc, lang=lang, offset=offset)

    return read


@pytest.mark.slow
@pytest.mark.parametrize("where", ["both", "second"])
@pytest.mark.parametrize("document", _documents()[:2], ids=lambda d: d.id)
def test_a_failure_of_the_second_process_extractors_gives_the_usual_result(
    document: Document, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window-local extractors failing on a window the second process read: with a failure in
    both processes the document gets the error it gets in one process, and the next documents are
    built, the second process still reading their windows; with a failure in the second process
    only, the window is read again here, and the analysis is the one of a build in one process."""
    from kg.analyse import pipeline, windowlocal
    from kg.errors import KGError
    from kg.nlp.doccache import doc_text

    _forkable()
    monkeypatch.setattr(pipeline, "_HELPER_MIN_WINDOWS", 2)
    monkeypatch.setattr(pipeline, "_LOCAL_AHEAD", 0)  # every window but the first: the second process's
    monkeypatch.setattr(pipeline, "_HERE_SHARE", 0.0)
    failing = _failing_cues(where)
    monkeypatch.setattr(windowlocal, "window_cues", failing)  # (the second process's, forked after)
    monkeypatch.setattr(pipeline, "window_cues", failing)
    tail = f"\n\n{_FAILING_WORD} a été cité par le témoin." if document.lang == "fr" else f"\n\n{_FAILING_WORD} was named by the witness."
    bad = Document("bad", document.text + tail, "bad", date=document.date, lang=document.lang)
    good = _documents()[1 - _documents().index(document)]
    read_here: list[str] = []
    mentions = pipeline.window_mentions

    def read(doc: Any, *, lang: str, offset: int, gazetteer: Any) -> object:
        read_here.append(doc_text(doc))
        return mentions(doc, lang=lang, offset=offset, gazetteer=gazetteer)

    alone = list(analyse([bad, good], options=Options(window_chars=WINDOW)))
    monkeypatch.setattr(pipeline, "window_mentions", read)
    shared = list(analyse([bad, good], options=Options(window_chars=WINDOW, parse_helper=True)))
    if where == "both":
        assert isinstance(alone[0], KGError) and isinstance(shared[0], KGError)
        assert str(shared[0]) == str(alone[0]) and _FAILING_WORD in str(shared[0])
    else:
        assert isinstance(alone[0], Analysis) and shared[0] == alone[0]
    assert isinstance(shared[1], Analysis) and shared[1] == alone[1]
    good_pieces = windows(good.text, shared[1].segments, WINDOW)
    assert len(good_pieces) >= 3 and not {good.text[p.start : p.end] for p in good_pieces[1:]} & set(read_here)
