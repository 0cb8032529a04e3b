"""The CLI, driven through Typer's runner: commands, outputs, coded errors, and documentation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT, SEED

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(SEED), "--out", str(out), "-f", "trig", "-f", "nquads", "-f", "turtle", "-f", "json-ld"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.slow
def test_build_writes_graph_page_and_answers(built: Path) -> None:
    for name in ("graph.trig", "graph.nq", "graph.ttl", "graph.jsonld", "graph.html", "answers.md"):
        assert (built / name).stat().st_size > 0, name
    assert "## Who did what" in (built / "answers.md").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["graph.trig", "graph.nq", "graph.jsonld", "graph.ttl"])
def test_every_export_format_loads_back(built: Path, name: str) -> None:
    result = runner.invoke(app, ["query", str(built / name), "SELECT (COUNT(*) AS ?n) WHERE { ?e a schema:Organization }", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert int(json.loads(result.stdout)[0]["n"]) >= 3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["SELECT ?n WHERE { ?e a schema:Person ; rdfs:label ?n } ORDER BY ?n"], lambda out: "Arvind Krishna" in out and "row" in out),
        (["SELECT ?n WHERE { ?e a schema:Person ; rdfs:label ?n } ORDER BY ?n", "--format", "csv"], lambda out: out.startswith("n\n")),
        (["--name", "who-did-what", "--format", "json"], lambda out: any(r["type"].lower() == "withdrawal" and r["agent"] == "IBM" for r in json.loads(out))),
        (["--name", "entity-events", "--bind", "name=IBM", "--format", "json"], lambda out: {r["name"] for r in json.loads(out)} == {"IBM"}),
    ],
)
def test_query(built: Path, args: list[str], check) -> None:
    result = runner.invoke(app, ["query", str(built / "graph.trig"), *args])
    assert result.exit_code == 0, result.output
    assert check(result.stdout), result.stdout


@pytest.mark.slow
def test_query_file(built: Path, tmp_path: Path) -> None:
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?d WHERE { ?d a schema:NewsArticle }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(built), "--file", str(q), "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.count("\n") == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["SELECT ?x WHERE { ?x ?y }"], "E402"),
        ([], "E405"),
        (["SELECT ?x WHERE {?x ?y ?z}", "--name", "quotes"], "E405"),
        (["--file", "/no/such/file.rq"], "E403"),
        (["--name", "no-such-question"], "E406"),
        (["SELECT ?x WHERE {?x ?y ?z}", "--format", "xml"], "E404"),
    ],
)
def test_query_errors_are_coded(built: Path, args: list[str], code: str) -> None:
    result = runner.invoke(app, ["query", str(built / "graph.trig"), *args])
    assert result.exit_code == 2
    assert f"[{code}]" in result.output


@pytest.mark.parametrize(
    ("content", "how", "code", "said"),
    [
        (b"SELECT \xce\xff ?x", "--file", "E410", "not UTF-8 text (byte 7)"),
        (None, "--file", "E410", "Is a directory"),  # the folder q.rq
        # The query file given where its text was expected: the error says what to type.
        (b"ASK {}", "argument", "E402", "is a file, not SPARQL text: run it with --file"),
    ],
)
def test_unreadable_query_files_are_coded(tmp_path: Path, content: bytes | None, how: str, code: str, said: str) -> None:
    query = tmp_path / "q.rq"
    if content is None:
        query.mkdir()
    else:
        query.write_bytes(content)
    args = ["--file", str(query)] if how == "--file" else [str(query)]
    result = runner.invoke(app, ["query", str(tmp_path / "graph.trig"), *args])
    assert result.exit_code == 2 and f"[{code}]" in result.output and said in " ".join(result.output.split()), result.output


def test_bad_graph_path_is_coded(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", str(tmp_path / "missing.trig"), "ASK {}"])
    assert result.exit_code == 2 and "[E401]" in result.output
    broken = tmp_path / "broken.trig"
    broken.write_text("this is not trig {", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(broken)])
    assert result.exit_code == 2 and "[E401]" in result.output


@pytest.mark.parametrize(
    ("inputs", "code"),
    [(["/no/such/dir"], "E001"), (["EMPTY"], "E002")],
)
def test_build_input_errors(tmp_path: Path, inputs: list[str], code: str) -> None:
    (tmp_path / "EMPTY").mkdir()
    paths = [p if p.startswith("/") else str(tmp_path / p) for p in inputs]
    result = runner.invoke(app, ["build", *paths, "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and f"[{code}]" in result.output


@pytest.mark.slow
def test_build_reports_bad_documents_and_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("date: 2020-06-09\nLe groupe Renault a annoncé lundi son retrait du marché russe.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--no-html"])
    assert result.exit_code == 1
    assert "[E004]" in result.output and "built 1 document" in result.output
    assert (tmp_path / "o" / "graph.trig").exists()


@pytest.mark.slow
@pytest.mark.parametrize("blocked", ["registry.json", "answers.md", "graph.trig"])
def test_build_names_an_output_it_cannot_write(tmp_path: Path, blocked: str) -> None:
    """A directory where an output goes (as a full disk or a read-only folder, an OSError while
    writing): E019 naming the file, not a traceback, and the other outputs are written (the
    registry by its forked child, waited for)."""
    (tmp_path / "o" / blocked / "x").mkdir(parents=True)
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 2 and "[E019]" in result.output and blocked in result.output, result.output
    assert "Traceback" not in result.output
    names = {p.name for p in (tmp_path / "o").iterdir()}
    assert {"registry.json", "analyses.jsonl.gz", "graph.trig"} <= names and not [n for n in names if n.endswith(".tmp")]


@pytest.mark.slow
def test_validate_stats_viz(built: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(built / "graph.trig")])
    assert result.exit_code == 0 and "conforms" in result.stdout
    result = runner.invoke(app, ["stats", str(built / "graph.trig")])
    assert result.exit_code == 0 and re.search(r"documents\s+1", result.stdout)
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["viz", str(built / "graph.trig"), "--out", str(page)])
    assert result.exit_code == 0 and page.stat().st_size > 10_000


@pytest.mark.slow
@pytest.mark.parametrize(("command", "page"), [("viz", "graph.html"), ("timeline", "timeline.html")])
def test_pages_into_a_folder_or_nowhere(built: Path, tmp_path: Path, command: str, page: str) -> None:
    """--out a folder writes the page inside it; a page that cannot be written is E019 naming it,
    not a traceback."""
    result = runner.invoke(app, [command, str(built / "graph.trig"), "--out", str(tmp_path)])
    assert result.exit_code == 0 and (tmp_path / page).stat().st_size > 1_000, result.output
    (tmp_path / "file").write_text("x", encoding="utf-8")
    blocked = tmp_path / "file" / page  # a file where its folder should be
    result = runner.invoke(app, [command, str(built / "graph.trig"), "--out", str(blocked)])
    assert result.exit_code == 2 and "[E019]" in result.output and "Traceback" not in result.output, result.output


def test_queries_lists_the_library() -> None:
    result = runner.invoke(app, ["queries"])
    assert result.exit_code == 0
    for name in ("who-did-what", "entity-events", "quotes", "timeline", "roles", "entities"):
        assert name in result.stdout


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("kg ")


def _commands_and_options() -> list[tuple[str, str]]:
    import typer.main

    group = typer.main.get_command(app)
    found = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        found.append((name, name))
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    found.append((name, opt))
            for opt in getattr(param, "secondary_opts", []):
                if opt.startswith("--"):
                    found.append((name, opt))
    return found


@pytest.mark.parametrize(("command", "setting"), _commands_and_options())
def test_every_command_and_option_is_documented(command: str, setting: str) -> None:
    doc = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    section = doc.split(f"## `kg {command}`", 1)
    assert len(section) == 2, f"docs/CLI.md has no section for kg {command}"
    body = section[1].split("\n## ", 1)[0]
    assert setting == command or f"`{setting}" in body, f"{setting} of kg {command} is undocumented"


@pytest.mark.slow
def test_query_timeout_is_coded(built: Path) -> None:
    # Slow enough to time out (about 0.7 s on the in-memory Oxigraph store `kg query FILE` loads),
    # short enough that the aggregate nobody can cancel finishes soon after instead of burning CPU
    # for the rest of the session.
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?c . ?d rdfs:label ?f . ?g a ?h }"
    result = runner.invoke(app, ["query", str(built / "graph.trig"), heavy, "--timeout", "0.01"])
    assert result.exit_code == 2 and "[E407]" in result.output


@pytest.mark.slow
@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
    ],
)
def test_queries_that_would_reach_the_network_are_refused(built: Path, sparql: str) -> None:
    result = runner.invoke(app, ["query", str(built / "graph.trig"), sparql])
    assert result.exit_code == 2 and "[E408]" in result.output


@pytest.mark.slow
def test_update_is_not_a_query(built: Path) -> None:
    result = runner.invoke(app, ["query", str(built / "graph.trig"), "DROP ALL"])
    assert result.exit_code == 2 and "[E402]" in result.output
    again = runner.invoke(app, ["stats", str(built / "graph.trig")])
    assert re.search(r"documents\s+1", again.stdout)


@pytest.mark.slow
def test_hostile_binding_from_the_cli(built: Path) -> None:
    result = runner.invoke(
        app,
        ["query", str(built / "graph.trig"), "SELECT ?e WHERE { ?e rdfs:label ?name }", "--bind", 'name=" } ; DROP ALL ; #', "--format", "json"],
    )
    assert result.exit_code == 0 and json.loads(result.stdout) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("quiet", "terminal", "shown"),
    [([], True, True), (["--quiet"], True, False), ([], False, False)],
    ids=["terminal", "quiet", "pipe"],
)
def test_progress_shows_phases_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: list[str], terminal: bool, shown: bool, aside_forks: list[bool]
) -> None:
    import io

    from rich.console import Console

    import kg.aside
    import kg.cli

    forks = kg.aside.can_fork()
    forked = aside_forks
    screen = io.StringIO()
    monkeypatch.setattr(kg.cli, "err", Console(file=screen, force_terminal=terminal, width=150))
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "out"), *quiet])
    assert result.exit_code == 0, result.output
    # The display draws without a thread of its own: the registry and the page still go to
    # forked children (no fork at all while a second thread runs).
    assert forked == ([True, True] if forks else []), forked
    text = screen.getvalue()
    for words in ("reading, extracting, resolving", "docs/s", "drawing the page", "answering the named questions"):
        assert (words in text) is shown, words


def test_build_names_an_over_long_document_when_every_input_fails(tmp_path: Path) -> None:
    """Every input failing is E013, after the error of each input: here E010 with the file, its
    size and the limit (issue 18)."""
    long = tmp_path / "long.txt"
    long.write_text("a" * 101, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--max-chars", "100", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    output = " ".join(result.output.split())  # the console may wrap long lines
    assert "2 input(s) failed" in output
    assert "[E010]" in output and "long.txt" in output and "101 characters" in output and "limit of 100" in output
    assert "[E004]" in output and "empty.txt" in output
    assert output.index("[E010]") < output.index("[E013]") and output.index("[E004]") < output.index("[E013]")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("files", "args", "status", "said"),
    [
        ({"good.txt": "date: 2020-06-09\nLe groupe Renault a annoncé lundi son retrait du marché russe."}, [], 0, "built 1 document"),
        ({"good.txt": "date: 2020-06-09\nLe groupe Renault a annoncé lundi son retrait.", "empty.txt": ""}, [], 1, "[E004]"),
        ({}, ["--version"], 0, "kg "),  # not a build: the usual exit
    ],
)
def test_the_command_ends_with_its_status_and_every_output(tmp_path: Path, files: dict, args: list[str], status: int, said: str) -> None:
    """`kg build` as its own process ends without the interpreter's teardown (kg.cli.main): the
    status, the printed lines and the output files are all there."""
    import os
    import subprocess
    import sys

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    command = args or ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--workers", "1"]
    # Buffered standard output, as usual in a pipe (PYTHONUNBUFFERED would hide a lost buffer).
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "kg.cli", *command], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == status, done.stderr
    assert said in done.stdout + done.stderr
    if files:
        assert f"wrote {tmp_path / 'o' / 'answers.md'}" in done.stdout
        for name in ("graph.trig", "graph.html", "answers.md", "registry.json"):
            assert (tmp_path / "o" / name).stat().st_size > 0, name


@pytest.mark.parametrize(("may", "fast"), [(True, True), (False, False)])
def test_main_ends_at_once_only_when_it_may(monkeypatch: pytest.MonkeyPatch, may: bool, fast: bool) -> None:
    """After a build that went to its end, main skips the teardown when _may_skip_teardown says so."""
    import kg.cli as cli

    class Ended(Exception):
        pass

    def build_done() -> None:
        cli._done = True
        raise SystemExit(0)

    def ended(code: object) -> None:
        raise Ended(code)

    monkeypatch.setattr(cli, "app", build_done)
    monkeypatch.setattr(cli, "_exit_now", ended)
    monkeypatch.setattr(cli, "_may_skip_teardown", lambda: may)
    with pytest.raises(Ended if fast else SystemExit):
        cli.main()


@pytest.mark.parametrize(
    ("program", "ours", "hook", "thread", "fast"),
    [
        ("kg", True, None, None, True),  # the console script
        ("/usr/local/bin/kg", True, None, None, True),
        ("/site-packages/kg/cli.py", True, None, None, True),  # python -m kg.cli
        ("kg", True, None, "daemon", True),  # a daemon thread: the teardown would not wait for it either
        ("pytest", True, None, None, False),  # main called by another program: it must not end it
        ("ipykernel_launcher.py", True, None, None, False),  # a notebook
        ("kg", False, None, None, False),  # a program named kg that is not the console script
        ("kg", True, "profile", None, False),  # cProfile writes its report at the teardown
        ("kg", True, "trace", None, False),  # coverage too
        ("kg", True, None, "worker", False),  # a thread still running: the teardown waits for it
    ],
)
def test_the_teardown_is_skipped_only_by_the_kg_command(
    monkeypatch: pytest.MonkeyPatch, program: str, ours: bool, hook: str | None, thread: str | None, fast: bool
) -> None:
    import sys
    import threading
    import types

    import kg.cli as cli

    main = types.ModuleType("__main__")
    if ours:
        main.main = cli.main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "__main__", main)
    monkeypatch.setattr(sys, "argv", [program, "build", "data"])
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=thread == "daemon") if thread else None
    if other is not None:
        other.start()
    profile, trace = sys.getprofile(), sys.gettrace()
    sys.setprofile((lambda *args: None) if hook == "profile" else None)
    sys.settrace((lambda *args: None) if hook == "trace" else None)
    try:
        found = cli._may_skip_teardown()
    finally:
        sys.setprofile(profile)
        sys.settrace(trace)
        stop.set()
        if other is not None:
            other.join()
    assert found is fast


def test_a_test_calling_main_is_never_ended() -> None:
    """This very process (pytest) is not the kg command: main raises SystemExit as usual."""
    import kg.cli as cli

    assert not cli._may_skip_teardown()


_ENDING = """
import atexit, os, sys
# registered first, so run last of the atexit functions (after any of the libraries' own)
atexit.register(lambda: sys.stdout.write(", said at exit"))
sys.argv = ["kg", "build"]
import kg.cli as cli
main = cli.main  # what the console script holds
if {broken}:  # standard output into a pipe nobody reads any more (`kg build ... | head -1`)
    read, write = os.pipe()
    os.close(read)
    sys.stdout = open(write, "w")
class Teardown:
    def __del__(self):
        sys.stderr.write("torn down")
left = Teardown()
def build():
    cli._done = {done}
    sys.stdout.write("built")  # no line end: still in the buffer
    raise SystemExit(3)
cli.app = build
main()
"""


@pytest.mark.parametrize(
    ("done", "broken", "said", "status"),
    [
        (True, False, "built, said at exit", 3),  # ended at once: the buffer and the atexit output kept
        (False, False, "built, said at exit", 3),  # a build that did not end: the usual teardown
        (True, True, "", 3),  # a closed pipe: no traceback, the build's own status
    ],
)
def test_the_fast_exit_flushes_runs_atexit_and_keeps_the_status(done: bool, broken: bool, said: str, status: int) -> None:
    import os
    import subprocess
    import sys

    script = _ENDING.format(done=done, broken=broken)
    # Buffered standard output, as usual in a pipe (PYTHONUNBUFFERED would hide a lost buffer).
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "PYTHONPATH": str(ROOT)}
    ended = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert ended.returncode == status, ended.stderr
    assert ended.stdout == said
    assert ("torn down" in ended.stderr) is (not done), ended.stderr
    assert "Traceback" not in ended.stderr and "BrokenPipe" not in ended.stderr


def test_every_environment_variable_is_documented() -> None:
    """Each KG_* variable kg reads is in docs/CLI.md's table of environment variables."""
    doc = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    section = doc.split("## Environment variables", 1)
    assert len(section) == 2, "docs/CLI.md has no section for the environment variables"
    read = {name for path in (ROOT / "kg").rglob("*.py") for name in re.findall(r'"(KG_[A-Z_]+)"', path.read_text(encoding="utf-8"))}
    assert read, "no KG_* variable found: the search is broken"
    for name in sorted(read):
        assert f"`{name}`" in section[1], f"{name} is undocumented"


@pytest.mark.parametrize(
    ("args", "n_cores", "helper"),
    [
        ([], 2, True),  # the default, --workers auto, one document on two cores
        (["--workers", "auto"], 8, True),
        ([], 1, False),  # one core: as before
        (["--workers", "1"], 2, False),  # one process asked for: as before
        (["--workers", "1"], 8, False),
        (["--scheduler", "tcp://127.0.0.1:1"], 2, False),  # analysed elsewhere
    ],
)
def test_build_lets_a_forked_process_parse_long_documents_with_workers_auto(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], n_cores: int, helper: bool
) -> None:
    """`kg build --workers auto` that analyses in this process on two cores or more lets a second
    process, forked from it, parse windows of a long document (Options.parse_helper)."""
    import kg.analyse.parallel as parallel
    import kg.builder as builder

    seen: list[bool] = []

    def build_paths(sources: object, **kwargs: object) -> object:
        options = kwargs["options"]
        seen.append(options.parse_helper)  # type: ignore[attr-defined]
        raise RuntimeError("stop here")

    monkeypatch.setattr(parallel, "cores", lambda: n_cores)
    monkeypatch.setattr(builder, "build_paths", build_paths)
    (tmp_path / "one.txt").write_text("date: 2026-03-02\nThe museum reopened on Monday after a flood.", encoding="utf-8")
    runner.invoke(app, ["build", str(tmp_path / "one.txt"), "--out", str(tmp_path / "o"), *args])
    assert seen == [helper]


@pytest.mark.parametrize("skipping", [True, False])
def test_build_leaves_its_temporary_store_to_the_exit_only_when_the_teardown_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, skipping: bool
) -> None:
    """`kg build` closes its result with ``free=False`` (the temporary store's memory left to the
    process's end) only when the process ends at once after (``_may_skip_teardown``)."""
    import kg.builder as builder
    import kg.cli as cli

    closed: list[dict[str, object]] = []

    class Built:
        errors: list = []
        counts = {"entities": 1}
        documents, seconds, docs_per_second, triples = 1, 1.0, 1.0, 3

        def close(self, **kwargs: object) -> None:
            closed.append(kwargs)

    monkeypatch.setattr(builder, "build_paths", lambda sources, **kwargs: Built())
    monkeypatch.setattr(builder, "write_outputs", lambda result, out_dir, **kwargs: [])
    monkeypatch.setattr(cli, "_may_skip_teardown", lambda: skipping)
    (tmp_path / "one.txt").write_text("date: 2026-03-02\nThe museum reopened on Monday after a flood.", encoding="utf-8")
    done = runner.invoke(app, ["build", str(tmp_path / "one.txt"), "--out", str(tmp_path / "o"), "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert closed == [{"free": not skipping}]
