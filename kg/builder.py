"""The end-to-end build: ingest → analyse → RDF, with per-document error isolation."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.errors import Errors, KGError
from kg.ingest import DEFAULT_MAX_CHARS, ingest
from kg.pipeline import Options, analyse
from kg.rdf import IRIs, Links, add_analysis, add_ontology, new_dataset
from kg.resolve import Resolver
from kg.types import Analysis, Document


@dataclass
class BuildResult:
    """What a build produced: the dataset, per-document counts and every error met."""

    dataset: Dataset
    documents: int = 0
    errors: list[KGError] = field(default_factory=list)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    # The corpus-level registry (kg.resolve) after the build: save it to continue with --update.
    registry: Resolver | None = None

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def build_documents(
    documents: Sequence[Document],
    *,
    dataset: Dataset | None = None,
    options: Options | None = None,
    iris: IRIs | None = None,
    progress: Callable[[int], None] | None = None,
    keep: Callable[[Analysis], None] | None = None,
    registry: Resolver | None = None,
) -> BuildResult:
    """Analyse documents and add one named graph per document to ``dataset`` (a new one by default).

    Between analysis and RDF, ``registry`` (a fresh :class:`kg.resolve.Resolver` by default; pass a
    loaded one to continue an earlier build) gives each entity its corpus-level key and merges
    events reported by several documents. ``keep`` receives each analysis with canonical keys.
    """
    started = time.perf_counter()
    ds = dataset if dataset is not None else new_dataset()
    add_ontology(ds, iris=iris)
    resolver = registry if registry is not None else Resolver()
    result = BuildResult(ds, registry=resolver)
    counts = {"entities": 0, "events": 0, "timexes": 0, "quotes": 0, "memberships": 0}
    for item in analyse(documents, options=options):
        if isinstance(item, KGError):
            result.errors.append(item)
        else:
            resolved = resolver.resolve(item)
            item = resolved.analysis
            add_analysis(ds, item, iris=iris, links=Links(events=resolved.events, same_as=resolved.same_as))
            result.documents += 1
            counts["entities"] += len(item.entities)
            counts["events"] += len(item.events)
            counts["timexes"] += len(item.timexes)
            counts["quotes"] += len(item.quotes)
            counts["memberships"] += len(item.memberships)
            if keep is not None:
                keep(item)
        if progress is not None:
            progress(1)
    result.counts = counts
    result.seconds = time.perf_counter() - started
    return result


def build_paths(
    paths: Iterable[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    options: Options | None = None,
    iris: IRIs | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    dataset: Dataset | None = None,
    registry: Resolver | None = None,
) -> BuildResult:
    """Read every input path and build the graph; input errors are collected, not raised.

    ``dataset`` and ``registry`` continue an earlier build (``kg build --update``): the named
    graphs of the documents read are replaced, every other graph is kept.
    Raises E013 only when there was input and every document failed.
    """
    read = ingest(paths, max_chars=max_chars)
    if on_total is not None:
        on_total(len(read.documents))
    result = build_documents(
        read.documents, options=options, iris=iris, progress=progress, dataset=dataset, registry=registry
    )
    result.errors[:0] = list(read.errors)
    if result.documents == 0 and result.errors and not read.documents:
        first = result.errors[0]
        if first.code in ("E001", "E002", "E003"):
            raise first
    if result.documents == 0:
        raise KGError(Errors.E013)
    return result
