"""The ``kg`` command line. It only parses options, calls the library and prints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from kg import __version__
from kg.errors import KGError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build an event-centric knowledge graph from news articles, then query and explore it.",
)
err = Console(stderr=True, highlight=False)
out = Console(highlight=False, soft_wrap=True)


def _fail(exc: KGError, code: int = 2) -> typer.Exit:
    err.print(f"[red]error[/red] {exc}", markup=True, highlight=False)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """kg: news articles in, an event-centric RDF knowledge graph out (offline)."""


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (.txt, .md, .html, .jsonl); folders are read recursively."),
    out_dir: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder for graph.trig, graph.html and answers.md."),
    formats: list[str] = typer.Option(["trig"], "--format", "-f", help="Graph formats to write: trig, nquads, turtle, json-ld (repeatable)."),
    html: bool = typer.Option(True, "--html/--no-html", help="Write the interactive page graph.html."),
    answers: bool = typer.Option(True, "--answers/--no-answers", help="Run the named questions and write answers.md."),
    validate_output: bool = typer.Option(False, "--validate/--no-validate", help="Check the output against the SHACL shapes."),
    route: bool = typer.Option(True, "--route/--no-route", help="Route each sentence to the model of its own language."),
    max_chars: int = typer.Option(2_000_000, "--max-chars", help="Reject documents longer than this many characters."),
    base: str = typer.Option("https://w3id.org/newskg/id/", "--base", help="Base IRI of the instance data."),
) -> None:
    """Build the knowledge graph from INPUTS and write it to the output folder."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from kg.builder import build_paths
    from kg.pipeline import Options
    from kg.rdf import FORMATS, IRIs, serialize

    for fmt in formats:
        if fmt not in FORMATS:
            from kg.errors import Errors

            raise _fail(KGError(Errors.E404, value=fmt, choices=", ".join(FORMATS)))
    progress = Progress(
        TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True
    )
    task = progress.add_task("build", total=None)
    try:
        with progress:
            result = build_paths(
                inputs,
                max_chars=max_chars,
                options=Options(route_languages=route),
                iris=IRIs(base),
                progress=lambda n: progress.advance(task, n),
                on_total=lambda n: progress.update(task, total=n),
            )
    except KGError as exc:
        raise _fail(exc) from None
    written = [serialize(result.dataset, out_dir / f"graph{FORMATS[fmt][1]}", fmt=fmt) for fmt in formats]
    if html:
        from kg.viz import render_html

        try:
            written.append(render_html(result.dataset, out_dir / "graph.html", title="kg: " + ", ".join(map(str, inputs))))
        except KGError as exc:
            err.print(f"[yellow]warning[/yellow] {exc}")
    if answers:
        from kg.answers import write_answers

        written.append(write_answers(result.dataset, out_dir / "answers.md"))
    counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
    out.print(
        f"built {result.documents} document(s) in {result.seconds:.1f} s "
        f"({result.docs_per_second:.2f} docs/s): {counts}; {len(result.dataset)} triples"
    )
    for path in written:
        out.print(f"wrote {path}")
    status = 0
    if validate_output:
        from kg.validate import validate as run_validation

        report = run_validation(result.dataset)
        out.print("conforms to the shapes" if report.conforms else f"does NOT conform ({report.violations} violations)")
        status = 0 if report.conforms else 1
    if result.errors:
        err.print(f"[red]{len(result.errors)} input(s) failed:[/red]")
        for exc in result.errors:
            err.print(f"  {exc}", markup=False)
        status = 1
    raise typer.Exit(status)


def _load(graph: Path):
    from kg.query import load_dataset

    try:
        return load_dataset(graph)
    except KGError as exc:
        raise _fail(exc) from None


@app.command()
def query(
    graph: Path = typer.Argument(..., help="A graph written by kg build (graph.trig, or its folder)."),
    sparql: Optional[str] = typer.Argument(None, help="The SPARQL query text."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the query from this .rq file."),
    name: Optional[str] = typer.Option(None, "--name", help="Run a named question from the query library (see kg queries)."),
    fmt: str = typer.Option("table", "--format", help="Output: table, csv or json."),
    bind: list[str] = typer.Option([], "--bind", help="Bind a variable: --bind entity=IBM (repeatable; values are literals)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Give up after this many seconds."),
) -> None:
    """Run a SPARQL query over the union of all documents' graphs."""
    from kg.errors import Errors
    from kg.query import format_result, get_named_query, run_query

    try:
        given = [x for x in (sparql, file, name) if x is not None]
        if len(given) != 1:
            raise KGError(Errors.E405)
        if file is not None:
            if not file.exists():
                raise KGError(Errors.E403, path=str(file))
            text = file.read_text(encoding="utf-8")
        elif name is not None:
            text = get_named_query(name).text
        else:
            text = sparql or ""
        bindings = {}
        for item in bind:
            key, _, value = item.partition("=")
            bindings[key.strip().lstrip("?$")] = value
        dataset = _load(graph)
        result = run_query(dataset, text, bindings=bindings, timeout=timeout)
        sys.stdout.write(format_result(result, fmt=fmt))
    except KGError as exc:
        raise _fail(exc) from None


@app.command()
def queries() -> None:
    """List the named questions of the query library."""
    from kg.query import named_queries

    for item in named_queries().values():
        out.print(f"{item.name:24} {item.title}")


@app.command()
def viz(
    graph: Path = typer.Argument(..., help="A graph written by kg build."),
    output: Path = typer.Option(Path("out/graph.html"), "--out", "-o", help="Where to write the page."),
    max_nodes: Optional[int] = typer.Option(None, "--max-nodes", help="Keep only the most connected nodes."),
    title: str = typer.Option("kg graph", "--title", help="Page title."),
) -> None:
    """Write an interactive HTML page of the graph that works offline."""
    from kg.viz import render_html

    dataset = _load(graph)
    try:
        path = render_html(dataset, output, title=title, max_nodes=max_nodes)
    except KGError as exc:
        raise _fail(exc) from None
    out.print(f"wrote {path}")


@app.command()
def validate(graph: Path = typer.Argument(..., help="A graph written by kg build.")) -> None:
    """Check a graph against the SHACL shapes (exit status 1 when it does not conform)."""
    from kg.validate import validate as run_validation

    report = run_validation(_load(graph))
    if report.conforms:
        out.print("conforms to the shapes")
        raise typer.Exit(0)
    sys.stdout.write(report.text)
    out.print(f"does NOT conform: {report.violations} violation(s)")
    raise typer.Exit(1)


@app.command()
def stats(graph: Path = typer.Argument(..., help="A graph written by kg build.")) -> None:
    """Print counts: documents, entities by type, events by type, mentions and triples."""
    from kg.stats import graph_stats

    for key, value in graph_stats(_load(graph)).items():
        out.print(f"{key:28} {value}")


@app.command("eval")
def eval_command(
    corpus: str = typer.Argument(..., help="fr-timebank, tempeval3, meantime, hipe or all."),
    split: str = typer.Option("dev", "--split", help="dev or test (tempeval3 has only test)."),
    corpora: Optional[Path] = typer.Option(None, "--corpora", help="Folder of the public corpora (default <repo>/../shared/corpora)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N documents of each corpus."),
    fmt: str = typer.Option("table", "--format", help="Output: table or json."),
    write_report: bool = typer.Option(False, "--write-report", help="Run every corpus on both splits and rewrite docs/EVALUATION.md."),
) -> None:
    """Score entities, dates and events against public gold corpora (P/R/F1 per layer)."""
    import time

    from kg.errors import Errors
    from kg.evaluation.report import format_json, format_table, write_report as write_markdown
    from kg.evaluation.runner import SPLITS, evaluate, repo_root

    try:
        if fmt not in ("table", "json"):
            raise KGError(Errors.E404, value=fmt, choices="table, json")
        started = time.perf_counter()
        results = evaluate("all" if write_report else corpus, SPLITS if write_report else (split,), corpora=corpora, limit=limit)
    except KGError as exc:
        raise _fail(exc) from None
    sys.stdout.write(format_json(results) if fmt == "json" else format_table(results))
    if write_report:
        path = write_markdown(results, repo_root() / "docs" / "EVALUATION.md", seconds=time.perf_counter() - started)
        err.print(f"wrote {path}")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
