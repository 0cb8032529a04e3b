"""Same corpus, same graph: build data/ plus the Wikinews sample in several ways and compare.

    PYTHONPATH=. .venv/bin/python scripts/check_order_independence.py [--wikinews PATH] [--seed N]

Builds, each into its own folder, with the command line (``python -m kg.cli build``):

* ``full``: ``kg build data WIKINEWS`` (the reference);
* ``reversed``: ``kg build WIKINEWS data`` (the inputs in the other order);
* ``update``: ``kg build data``, then ``kg build --update WIKINEWS`` (an incremental build);
* ``update-reversed``: ``kg build WIKINEWS``, then ``kg build --update data``;
* ``store-update``: the same into an Oxigraph store (``--store``);
* ``absolute``: ``kg build /…/data /…/WIKINEWS`` (absolute paths, run from another folder);
* ``moved``: the same inputs copied to another folder, given by their absolute paths;
* ``workers``: ``kg build data WIKINEWS --workers 2``;

and with the Python API (the same reader, :func:`kg.ingest.readers.iter_ingest`, so the same
document ids and sources):

* ``shuffled``: every document in a random order, one build;
* ``batches``: the documents shuffled and cut into 3 batches of random sizes, each built with
  ``--update`` semantics: the registry and the graph are saved after each batch and read back
  by the next (:meth:`kg.resolve.resolver.Resolver.load`, N-Quads).

Every named graph of every build is compared with the full build's by
:func:`rdflib.compare.isomorphic`. Exit status 1 when one differs. Also checks that no graph holds
the absolute path of the input folder.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Dataset
from rdflib.compare import isomorphic

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl"


def _cli(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "kg.cli", "build", *args, "-f", "nquads", "--no-html", "--no-answers", "-q"], cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _graphs(path: Path) -> dict[str, Dataset]:
    ds = Dataset()
    ds.parse(path, format="nquads")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _api_build(documents: list, out: Path, *, batches: int, rng: random.Random) -> float:
    """Build ``documents`` in ``batches`` runs, each continuing the saved registry and graph."""
    from kg.builder import build_documents, write_outputs
    from kg.graph.query import load_dataset
    from kg.resolve.resolver import Resolver

    started = time.perf_counter()
    cuts = sorted(rng.sample(range(1, len(documents)), batches - 1)) if batches > 1 else []
    bounds = [0, *cuts, len(documents)]
    out.mkdir(parents=True, exist_ok=True)
    for a, b in zip(bounds, bounds[1:]):
        registry = Resolver.load(out / "registry.json")
        dataset = load_dataset(out / "graph.nq") if (out / "graph.nq").exists() else None
        result = build_documents(documents[a:b], registry=registry, dataset=dataset)
        write_outputs(result, out, formats=("nquads",), html=False, answers=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wikinews", type=Path, default=DEFAULT_WIKINEWS)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--skip-workers", action="store_true", help="skip the --workers 2 build (it loads the models in two more processes)")
    opts = parser.parse_args()
    wiki = opts.wikinews.resolve()
    rng = random.Random(opts.seed)
    with tempfile.TemporaryDirectory(prefix="kg-order-") as tmp:
        work = Path(tmp)
        # The inputs are copied into a folder of their own, given relatively, as a user would.
        corpus = work / "corpus"
        corpus.mkdir()
        subprocess.run(["cp", "-r", str(ROOT / "data"), str(corpus / "data")], check=True)
        (corpus / wiki.name).write_bytes(wiki.read_bytes())
        times: dict[str, float] = {}
        times["full"] = _cli(["data", wiki.name, "--out", str(work / "full")], corpus)
        times["reversed"] = _cli([wiki.name, "data", "--out", str(work / "reversed")], corpus)
        times["update"] = _cli(["data", "--out", str(work / "update")], corpus)
        times["update"] += _cli([wiki.name, "--update", "--out", str(work / "update")], corpus)
        times["update-reversed"] = _cli([wiki.name, "--out", str(work / "update-reversed")], corpus)
        times["update-reversed"] += _cli(["data", "--update", "--out", str(work / "update-reversed")], corpus)
        store = str(work / "store-update" / "store")
        times["store-update"] = _cli([wiki.name, "--store", store, "--out", str(work / "store-update")], corpus)
        times["store-update"] += _cli(["data", "--store", store, "--update", "--out", str(work / "store-update")], corpus)
        times["absolute"] = _cli([str(corpus / "data"), str(corpus / wiki.name), "--out", str(work / "absolute")], work)
        if not opts.skip_workers:
            times["workers"] = _cli(["data", wiki.name, "--workers", "2", "--out", str(work / "workers")], corpus)
        # The same folder moved elsewhere: the graph must not change.
        moved = work / "elsewhere" / "deeper"
        moved.mkdir(parents=True)
        subprocess.run(["cp", "-r", str(corpus), str(moved / "corpus")], check=True)
        times["moved"] = _cli([str(moved / "corpus" / "data"), str(moved / "corpus" / wiki.name), "--out", str(work / "moved")], work)

        from kg.ingest.readers import iter_ingest

        cwd = os.getcwd()
        os.chdir(corpus)
        try:
            documents = [d for d in iter_ingest(["data", wiki.name]) if not isinstance(d, Exception)]
            shuffled = list(documents)
            rng.shuffle(shuffled)
            times["shuffled"] = _api_build(shuffled, work / "shuffled", batches=1, rng=rng)
            again = list(documents)
            rng.shuffle(again)
            times["batches"] = _api_build(again, work / "batches", batches=3, rng=rng)
        finally:
            os.chdir(cwd)

        reference = _graphs(work / "full" / "graph.nq")
        leaks = [p for p in (str(corpus), str(work)) if any(p in (work / n / "graph.nq").read_text(encoding="utf-8") for n in times)]
        print(f"full: {len(documents)} documents, {len(reference)} named graphs, {sum(len(g) for g in reference.values())} triples ({times['full']:.1f} s)")
        if leaks:
            print(f"  the graph holds the absolute path {leaks[0]}")
        failed = bool(leaks)
        for name in [n for n in times if n != "full"]:
            graphs = _graphs(work / name / "graph.nq")
            missing = sorted(reference.keys() - graphs.keys())
            extra = sorted(graphs.keys() - reference.keys())
            differ = sorted(g for g in reference.keys() & graphs.keys() if not isomorphic(reference[g], graphs[g]))
            ok = not (missing or extra or differ)
            failed |= not ok
            status = "isomorphic" if ok else "DIFFERENT"
            print(f"{name}: {status}: {len(graphs)} named graphs, {len(differ)} differ, {len(missing)} missing, {len(extra)} extra ({times[name]:.1f} s)")
            for g in (differ + missing + extra)[:5]:
                print(f"    {g}")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
