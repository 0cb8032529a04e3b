"""The ``kg`` command line. It only parses options, calls the library and prints."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from kg import __version__
from kg.errors import Errors, KGError

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
    inputs: Optional[list[str]] = typer.Argument(
        None, help="Files, folders or http(s) URLs (.txt, .md, .html, .jsonl, .warc[.gz], .arc[.gz], .rss, .atom, .xml feeds); folders are read recursively."
    ),
    urls: Optional[Path] = typer.Option(None, "--urls", help="A file of links to fetch, one per line (# comments allowed)."),
    delay: float = typer.Option(1.0, "--delay", help="Seconds between two requests to the same host when fetching URLs."),
    out_dir: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder for graph.trig, graph.html and answers.md."),
    formats: list[str] = typer.Option(["trig"], "--format", "-f", help="Graph formats to write: trig, nquads, turtle, json-ld (repeatable)."),
    html: bool = typer.Option(True, "--html/--no-html", help="Write the interactive page graph.html."),
    answers: bool = typer.Option(True, "--answers/--no-answers", help="Run the named questions and write answers.md."),
    validate_output: bool = typer.Option(False, "--validate/--no-validate", help="Check the output against the SHACL shapes."),
    route: bool = typer.Option(True, "--route/--no-route", help="Route each sentence to the model of its own language."),
    max_chars: int = typer.Option(2_000_000, "--max-chars", help="Reject documents longer than this many characters."),
    base: str = typer.Option("https://w3id.org/newskg/id/", "--base", help="Base IRI of the instance data."),
    update: bool = typer.Option(False, "--update", help="Continue OUT/graph.trig (or the --store) and OUT/registry.json: replace only the graphs of INPUTS, keep the others."),
    store_dir: Optional[Path] = typer.Option(None, "--store", help="Write the graphs into this Oxigraph store folder, document by document (created if needed)."),
    workers: str = typer.Option("auto", "--workers", help="Analyse in this many local worker processes, or 'auto': every core when there are 200 documents or more, else this process."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Analyse on a Dask cluster: tcp://HOST:PORT, or 'local' for a LocalCluster of --workers processes."),
    stream_after: int = typer.Option(1000, "--stream-after", min=0, help="Above this many documents, stream the graphs out of memory into a temporary store (no effect with --store)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per batch: analysed together, and written to the store together."),
    top_k: int = typer.Option(500, "--top-k", min=1, help="Nodes on the page of a graph over --page-limit documents (the best connected of the most mentioned entities and their events)."),
    page_limit: int = typer.Option(300, "--page-limit", min=0, help="Above this many documents (or 1,000 triples per document of the limit), the page draws --top-k nodes only; its search still finds every entity."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display (it is shown only on a terminal anyway)."),
) -> None:
    """Build the knowledge graph from INPUTS and write it to the output folder."""
    from collections import Counter

    from kg.trace import mark

    mark("cli")
    if scheduler is None:
        import atexit

        from kg.analyse.parallel import auto_workers, end_with_pool, prestart, stop_forkserver

        # No fork server outlives the command: one that prestart started for a build that then
        # failed (a wrong --format, E013, Ctrl-C...) would still be loading its models.
        atexit.unregister(stop_forkserver)
        atexit.register(stop_forkserver)
        # One build, one pool: its fork server ends as soon as the pool has stopped, beside the
        # last resolution and the outputs, instead of being ended and waited for at the exit.
        end_with_pool()
    if scheduler is None and inputs and urls is None:
        # The workers' fork server loads the models (3-4 s of CPU) while this process imports the
        # rest and reads the input, rather than after (kg.analyse.parallel.prestart).
        try:
            prestart(inputs, auto_workers(workers, inputs), batch_size=batch_size, max_chars=max_chars)
        except Exception:  # noqa: BLE001 - only a head start: the build below reports what is wrong
            pass  # (a wrong --workers, an unreadable input...: the build checks them as before)

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from kg.analyse.parallel import cores
    from kg.builder import auto_workers, build_paths, write_outputs
    from kg.analyse.options import Options
    from kg.graph.rdf import FORMATS, IRIs
    from kg.ingest.fetch import FetchSettings, Fetcher, read_url_list
    from kg.ingest.readers import is_url

    for fmt in formats:
        if fmt not in FORMATS:
            raise _fail(KGError(Errors.E404, value=fmt, choices=", ".join(FORMATS)))
    sources: list[str | Path] = [raw if is_url(raw) else Path(raw) for raw in inputs or []]
    list_errors: list[KGError] = []
    if urls is not None:
        for item in read_url_list(urls):
            if isinstance(item, KGError):
                list_errors.append(item)
            else:
                sources.append(item[1])
    if not sources and not list_errors:
        raise _fail(KGError(Errors.E002, path=str(urls) if urls else "(no input)", suffixes="a file, a folder or a URL"))
    fetcher = None
    if any(is_url(s) for s in sources):
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            # The raw pages, so that `kg build OUT/sources.warc.gz` repeats the build offline.
            fetcher = Fetcher(FetchSettings(delay=delay), archive=out_dir / "sources.warc.gz")
        except (OSError, ValueError) as exc:
            raise _fail(KGError(Errors.E016, url=str(out_dir / "sources.warc.gz"), detail=str(exc))) from None
    # On standard error, and only for a person watching a terminal: never in a pipe or a log.
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
        # Drawn at each document and phase (refresh=True below), never by a thread of its own:
        # with a second thread running, the outputs could not be written by forked children
        # (kg.aside.can_fork), and a build in a terminal lost them.
        auto_refresh=False,
    )
    task = progress.add_task("reading, extracting, resolving", total=None, rate="")
    started = time.perf_counter()

    def advance(n: int) -> None:
        done = progress.tasks[0].completed + n
        elapsed = time.perf_counter() - started
        # refresh: drawn at each document and phase, not only at the display's own ticks
        progress.update(task, advance=n, rate=f"{done / elapsed:.1f} docs/s" if elapsed > 0 else "", refresh=True)

    def phase(name: str) -> None:
        progress.update(task, description=name, total=None, completed=0, rate="", refresh=True)
    from kg.resolve.resolver import Resolver

    dataset = None
    store = None
    # A new build gets a fresh registry from build_paths (and then resolves each document as its
    # analysis comes back, kg.builder.build_documents); --update continues the saved one.
    registry: Resolver | None = None
    if update:
        registry = Resolver.load(out_dir / "registry.json")
    if store_dir is not None:
        from kg.graph.store import OxigraphStore, open_store

        try:
            store_dir.parent.mkdir(parents=True, exist_ok=True)
            store = open_store(store_dir)
        except KGError as exc:
            raise _fail(exc) from None
        if not isinstance(store, OxigraphStore):
            store.close()
            raise _fail(KGError(Errors.E701, path=str(store_dir), detail="--store needs an Oxigraph store folder (empty or new)"))
    elif update:
        existing = [out_dir / n for n in ("graph.trig", "graph.nq", "graph.jsonld") if (out_dir / n).exists()]
        if existing:
            dataset = _load(existing[0])
    skipped: Counter[str] = Counter()
    try:
        try:
            # With --scheduler, 'auto' (0) leaves the LocalCluster its own default: one worker per CPU.
            n_workers = auto_workers(workers, sources) if scheduler is None or workers != "auto" else 0
            # 'auto' with too few documents for a pool, on two cores or more: a long document's
            # windows are parsed partly by a process forked from this one (kg.analyse.parsehelper).
            helper = scheduler is None and n_workers == 1 and str(workers).strip().lower() == "auto" and cores() >= 2
            with progress:
                result = build_paths(
                    sources,
                    fetcher=fetcher,
                    counts=skipped,
                    max_chars=max_chars,
                    options=Options(route_languages=route, batch_size=batch_size, parse_helper=helper),
                    iris=IRIs(base),
                    progress=advance,
                    on_total=lambda n: progress.update(task, total=n),
                    dataset=dataset,
                    registry=registry,
                    store=store,
                    # --update without a store continues an in-memory dataset: it is never streamed.
                    stream_after=None if (store is not None or update) else stream_after,
                    spill_dir=out_dir,
                    prune=store is not None and not update,
                    workers=n_workers,
                    scheduler=scheduler,
                )
        except KGError as exc:
            _print_failed([*list_errors, *exc.causes])  # E013: say why each input failed
            raise _fail(exc) from None
        finally:
            if fetcher is not None:
                fetcher.close()
            if scheduler is None:
                end_with_pool(False)  # the build's pool has stopped: another build in this process keeps its server
        result.errors[:0] = list_errors
        try:
            try:
                with progress:
                    written = write_outputs(
                        result,
                        out_dir,
                        formats=formats,
                        html=html,
                        answers=answers,
                        title="kg: " + ", ".join(map(str, inputs or [urls])),
                        top_k=top_k,
                        page_limit=page_limit,
                        warn=lambda exc: err.print(f"[yellow]warning[/yellow] {exc}"),
                        phase=phase,
                    )
            except OSError as exc:
                # A folder that cannot be written to, a full disk, a directory where a file goes:
                # said in one line naming the file (the registry's error comes from the child
                # that writes it, whose traceback would not say where).
                path = exc.filename2 if exc.filename2 is not None else exc.filename
                raise _fail(KGError(Errors.E019, path=str(path if path is not None else out_dir), detail=exc.strerror or exc)) from None
            if store is not None:
                written.insert(0, store_dir)  # type: ignore[arg-type]
            counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
            out.print(
                f"built {result.documents} document(s) in {result.seconds:.1f} s "
                f"({result.docs_per_second:.2f} docs/s): {counts}; {result.triples} triples"
            )
            if skipped:
                reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(skipped.items()))
                out.print(f"skipped {sum(skipped.values())} web archive record(s) ({reasons})")
            if fetcher is not None:
                written.append(out_dir / "sources.warc.gz")
            for path in written:
                out.print(f"wrote {path}")
            status = 0
            if validate_output:
                from kg.graph.validate import validate as run_validation

                report = run_validation(result.full_dataset())
                out.print("conforms to the shapes" if report.conforms else f"does NOT conform ({report.violations} violations)")
                status = 0 if report.conforms else 1
        finally:
            # The command ends right after without its teardown (main): the temporary store's
            # in-memory parts are left to the process's end, not freed first.
            result.close(free=not _may_skip_teardown())
    finally:
        if store is not None:
            store.close()
    if result.errors:
        _print_failed(result.errors)
        status = 1
    global _done
    _done = True  # every output written and closed (see main)
    mark("exit")
    raise typer.Exit(status)


def _print_failed(errors: list[KGError]) -> None:
    """List the inputs that failed, each with its own coded error."""
    if errors:
        err.print(f"[red]{len(errors)} input(s) failed:[/red]")
        for exc in errors:
            err.print(f"  {exc}", markup=False)


def _load(graph: Path):
    """An rdflib Dataset of GRAPH: a graph file, a kg build folder, or an Oxigraph store (copied)."""
    from kg.graph.query import load_dataset
    from kg.graph.store import OxigraphStore, is_oxigraph_dir

    try:
        if is_oxigraph_dir(graph):
            with OxigraphStore(graph, read_only=True) as store:
                return store.to_dataset()
        return load_dataset(graph)
    except KGError as exc:
        raise _fail(exc) from None


def _open(graph: Path):
    """A store for GRAPH that answers queries with Oxigraph: a store folder opened read-only in
    place, a graph file (or a build folder) loaded into an in-memory Oxigraph store."""
    from kg.graph.store import query_store

    try:
        return query_store(graph)
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
    from kg.graph.query import format_result, get_named_query, run_query

    try:
        given = [x for x in (sparql, file, name) if x is not None]
        if len(given) != 1:
            raise KGError(Errors.E405)
        if file is not None:
            if not file.exists():
                raise KGError(Errors.E403, path=str(file))
            try:
                text = file.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise KGError(Errors.E410, path=str(file), detail=f"not UTF-8 text (byte {exc.start})") from None
            except OSError as exc:
                raise KGError(Errors.E410, path=str(file), detail=exc.strerror or str(exc)) from None
        elif name is not None:
            text = get_named_query(name).text
        else:
            text = sparql or ""
            if "{" not in text and Path(text).is_file():  # `kg query GRAPH q.rq`: say what to type
                raise KGError(Errors.E402, detail=f"{text!r} is a file, not SPARQL text: run it with --file {text}")
        bindings = {}
        for item in bind:
            key, _, value = item.partition("=")
            bindings[key.strip().lstrip("?$")] = value
        dataset = _open(graph)
        result = run_query(dataset, text, bindings=bindings, timeout=timeout)
        sys.stdout.write(format_result(result, fmt=fmt))
    except KGError as exc:
        raise _fail(exc) from None


@app.command()
def queries() -> None:
    """List the named questions of the query library."""
    from kg.graph.query import named_queries

    for item in named_queries().values():
        out.print(f"{item.name:24} {item.title}")


@app.command()
def viz(
    graph: Path = typer.Argument(..., help="A graph written by kg build."),
    output: Path = typer.Option(Path("out/graph.html"), "--out", "-o", help="Where to write the page (a folder: graph.html inside it)."),
    top_k: Optional[int] = typer.Option(None, "--top-k", "--max-nodes", min=1, help="Keep only the N best connected nodes (--max-nodes is another name)."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Draw only the ego network of this entity (label, alias or IRI)."),
    hops: int = typer.Option(2, "--hops", min=0, help="Radius of the ego network in edges (with --focus)."),
    title: str = typer.Option("kg graph", "--title", help="Page title."),
) -> None:
    """Write an interactive HTML page of the graph that works offline."""
    from kg.explore.viz import render_html

    dataset = _load(graph)
    output = output / "graph.html" if output.is_dir() else output  # a folder: the page inside it
    try:
        path = render_html(dataset, output, title=title, top_k=top_k, focus=focus, hops=hops)
    except KGError as exc:
        raise _fail(exc) from None
    except OSError as exc:
        raise _fail(KGError(Errors.E019, path=str(output), detail=exc.strerror or exc)) from None
    out.print(f"wrote {path}")


@app.command()
def timeline(
    graph: Path = typer.Argument(..., help="A graph written by kg build."),
    output: Path = typer.Option(Path("out/timeline.html"), "--out", "-o", help="Where to write the page (a folder: timeline.html inside it)."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Only the events of this entity (label, alias or IRI)."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title."),
) -> None:
    """Write an offline HTML timeline of the events, with their evidence and sources."""
    from kg.explore.timeline import render_timeline

    dataset = _load(graph)
    output = output / "timeline.html" if output.is_dir() else output  # a folder: the page inside it
    try:
        path = render_timeline(dataset, output, entity=entity, title=title)
    except KGError as exc:
        raise _fail(exc) from None
    except OSError as exc:
        raise _fail(KGError(Errors.E019, path=str(output), detail=exc.strerror or exc)) from None
    out.print(f"wrote {path}")


@app.command()
def validate(graph: Path = typer.Argument(..., help="A graph written by kg build.")) -> None:
    """Check a graph against the SHACL shapes (exit status 1 when it does not conform)."""
    from kg.graph.validate import validate as run_validation

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
    from kg.explore.stats import graph_stats

    for key, value in graph_stats(_open(graph)).items():
        out.print(f"{key:28} {value}")


@app.command()
def explain(
    graph: Path = typer.Argument(..., help="A graph written by kg build."),
    entity: str = typer.Argument(..., help="A name or alias (compared normalised), an entity key or an entity IRI."),
    fmt: str = typer.Option("text", "--format", help="Output: text or json."),
) -> None:
    """Show one entity: canonical node, type, QID, aliases per language and document, mentions, merges."""
    from kg.errors import Errors
    from kg.resolve.explain import explain as run_explain
    from kg.resolve.explain import format_explanations

    try:
        if fmt not in ("text", "json"):
            raise KGError(Errors.E404, value=fmt, choices="text, json")
        items = run_explain(_load(graph), entity)
    except KGError as exc:
        raise _fail(exc) from None
    sys.stdout.write(format_explanations(items, fmt=fmt))


@app.command("eval")
def eval_command(
    corpus: str = typer.Argument(..., help="fr-timebank, tempeval3, meantime, hipe, wikinews-fr or all."),
    split: str = typer.Option("dev", "--split", help="dev or test (tempeval3 has only test; wikinews-fr also has dev2 to dev10)."),
    corpora: Optional[Path] = typer.Option(None, "--corpora", help="Folder of the public corpora (default <repo>/../shared/corpora)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N documents of each corpus."),
    fmt: str = typer.Option("table", "--format", help="Output: table or json."),
    write_report: bool = typer.Option(False, "--write-report", help="Run every corpus on both splits and rewrite docs/EVALUATION.md."),
    coref: bool = typer.Option(False, "--coref", help="Also score cross-document coreference and entity linking (MEANTIME; on with --write-report)."),
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
        results = evaluate(
            "all" if write_report else corpus,
            SPLITS if write_report else (split,),
            corpora=corpora,
            limit=limit,
            coref=coref or write_report,
        )
    except KGError as exc:
        raise _fail(exc) from None
    sys.stdout.write(format_json(results) if fmt == "json" else format_table(results))
    if write_report:
        path = write_markdown(results, repo_root() / "docs" / "EVALUATION.md", seconds=time.perf_counter() - started)
        err.print(f"wrote {path}")


@app.command()
def serve(
    store: Path = typer.Argument(..., help="An Oxigraph store folder, or a graph file / kg build folder to load first."),
    port: int = typer.Option(7878, "--port", help="TCP port (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback exposes the endpoint to the network."),
    writable: bool = typer.Option(False, "--writable", help="Accept SPARQL UPDATE and Graph Store writes (read-only by default)."),
    location: Optional[Path] = typer.Option(None, "--location", help="Load a graph file into this store folder (kept) instead of a temporary one."),
    timeout: float = typer.Option(30.0, "--timeout", help="Stop each request after this many seconds (HTTP 408); the server that ran it is replaced."),
    max_body_bytes: int = typer.Option(1 << 20, "--max-body-bytes", help="Refuse request bodies larger than this (HTTP 413)."),
    max_result_bytes: int = typer.Option(64 << 20, "--max-result-bytes", help="Refuse answers larger than this (HTTP 422)."),
    max_running: int = typer.Option(4, "--max-running", help="Queries run at once, each in its own Oxigraph process (1 when --writable)."),
    max_waiting: int = typer.Option(16, "--max-waiting", help="Requests that may wait for a free server; more get HTTP 429."),
    allow_load: Optional[list[str]] = typer.Option(None, "--allow-load", help="An IRI that SPARQL LOAD may fetch (repeatable; needs --writable). LOAD is refused otherwise."),
    allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", help="A Host name to answer to besides loopback names, e.g. behind a reverse proxy (repeatable)."),
) -> None:
    """Serve a SPARQL 1.1 endpoint (query page, Protocol, Graph Store) over the union of all documents."""
    from kg.serve.endpoint import LOOPBACK, Limits, start_server

    try:
        if min(timeout, max_body_bytes, max_result_bytes, max_running, max_waiting + 1) <= 0:
            raise KGError(Errors.E713, detail="--timeout, --max-body-bytes, --max-result-bytes and --max-running must be positive, --max-waiting at least 0")
        limits = Limits(
            timeout=timeout, max_body_bytes=max_body_bytes, max_result_bytes=max_result_bytes,
            max_running=max_running, max_waiting=max_waiting,
        )
        server = start_server(
            store, host=host, port=port, writable=writable, location=location, limits=limits,
            allow_load=allow_load or (), allow_hosts=allow_host or (),
        )
    except KGError as exc:
        raise _fail(exc) from None
    if host not in LOOPBACK:
        err.print(f"[yellow]warning[/yellow] listening on {host}: reachable from other machines", markup=True)
    if allow_load and not writable:
        err.print("[yellow]warning[/yellow] --allow-load has no effect without --writable", markup=True)
    mode = "read-write" if writable else "read-only"
    out.print(f"serving {server.location} ({mode}) at {server.url}/  (query: {server.query_url}, graph store: {server.store_url}); Ctrl-C stops")
    raise typer.Exit(server.wait())


@app.command()
def push(
    graph: Path = typer.Argument(..., help="A graph written by kg build (file or folder) or an Oxigraph store folder."),
    endpoint: str = typer.Option(..., "--endpoint", help="SPARQL 1.1 Graph Store endpoint URL, e.g. http://host:7878/store."),
    user: Optional[str] = typer.Option(None, "--user", help="User name for HTTP basic authentication."),
    password: Optional[str] = typer.Option(None, "--password", envvar="KG_PUSH_PASSWORD", help="Password for basic authentication (or set KG_PUSH_PASSWORD)."),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds to wait for each request."),
) -> None:
    """Upload each document's named graph to a remote store (HTTP PUT per graph, replacing it)."""
    from kg.serve.push import push as run_push

    try:
        report = run_push(graph, endpoint, user=user, password=password, timeout=timeout)
    except KGError as exc:
        raise _fail(exc) from None
    out.print(f"pushed {len(report.graphs)} graph(s), {report.triples} triples, to {endpoint}")


#: Set by ``kg build`` once its outputs are written and closed: the command-line process may then
#: end without the interpreter's teardown (:func:`main`).
_done = False


def main() -> None:
    """Console-script entry point.

    After a ``kg build`` that went to its end, the process ends without tearing the interpreter
    down: freeing the graph, the registry and the modules object by object took 0.3-0.7 s of a
    build's wall clock (the whole of it after the outputs were written), for nothing the
    operating system does not do at once. Standard output and error are flushed and the ``atexit``
    functions run first (multiprocessing's finalisers among them); every output file is closed
    before ``_done`` is set. Other commands, and every case :func:`_may_skip_teardown` rules out
    (``main`` called by another program, a profiler, a thread still running), exit as usual."""
    global _done
    _done = False  # (a build run earlier in this process, in-process, does not count)
    try:
        app()
    except SystemExit as exc:
        if not _done or not _may_skip_teardown():
            raise
        _exit_now(exc.code)


def _may_skip_teardown() -> bool:
    """Whether this process may end at once after a build: it is the ``kg`` command itself.

    Not when ``main`` is called by another program (a test, a notebook, a script: it would end
    that program too), from a thread other than the main one, under a profiler or a tracer
    (cProfile, coverage: they write their report at the teardown), or while a thread that is not
    a daemon still runs (the teardown waits for it before the ``atexit`` functions)."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        return False
    # The console script (`from kg.cli import main; sys.exit(main())`) or `python -m kg.cli`:
    # the program's own module holds this very function, and the program is named after it.
    program = sys.modules.get("__main__")
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return getattr(program, "main", None) is main and name in ("kg", "kg.exe", "cli.py")


def _exit_now(code: object) -> None:
    """End the process with ``code`` (``SystemExit``'s: None, a number) after flushing the
    standard streams and running the ``atexit`` functions, skipping the interpreter's teardown."""
    import atexit
    import os

    status = code if isinstance(code, int) else (0 if code is None else 1)
    # The interpreter's order: the atexit functions first (what they print is flushed too).
    atexit._run_exitfuncs()  # noqa: SLF001 - what the interpreter runs at exit, before its teardown
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said there anyway
            pass
    os._exit(status)


if __name__ == "__main__":
    main()
