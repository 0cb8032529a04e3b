"""Corpus-level identity: one node per real-world thing, across documents and languages.

:func:`kg.extract.mentions.merge_mentions` merges the mentions of one entity *within* a document. This
module gives every document-level :class:`~kg.types.Entity` a corpus-level canonical key, and
merges mentions of the same event reported by several documents, one document at a time, every
decision depending only on the documents before it, in document-id order (see **One order** below).

Entities (:class:`EntityRegistry`):

* **blocking** finds the few canonical entities worth comparing with a document entity: the same
  Wikidata QID, a shared normalised name (also without a company suffix such as ``Inc.``), an
  acronym equal to the initials of a name, a shared surname for persons;
* **scoring** compares names, type, QID and context (the other canonical entities co-mentioned in
  the document). Different types or different QIDs never merge. A multi-word name shared by two
  entities of one type merges (0.90); a one-word person name, a partial person name (``Krishna``
  / ``Arvind Krishna``) or a two-letter acronym only merges with a shared non-place context
  entity (+0.20 each, places +0.04, at most +0.35); the threshold is 0.75, and a weak match must be
  unambiguous (its best candidate ahead of the next by 0.10). A wrong merge is worse than a missed
  one.
* a **split list** kept as data (``ontologies/splits.tsv``) names pairs that must never merge;
* **keys**: a canonical entity keeps the key it was created with (its earliest document's). Only a
  merge of two canonical entities (a document that bridges them, or a QID learnt for an unlinked
  one) retires a key; the retired key is then recorded as a redirect and written as ``owl:sameAs``
  so the IRIs already published stay resolvable.

Events (:class:`EventRegistry`): two event mentions in different documents are one event when
they have the same type and the same canonical agent, no contradicting patient or recipient,
compatible times (equal, or one containing the other: ``2020-06`` and ``2020-06-08``), and both
are asserted and positive. The merged event keeps the IRI of its first mention.

**One order.** "First" and "before" above are in document-id order, whatever order the documents
arrive in: the builder (:mod:`kg.builder`) keeps every analysis (:mod:`kg.resolve.archive`) and
resolves the whole corpus again, from a fresh registry, in sorted id order (:meth:`Resolver.restart`,
:meth:`Resolver.replayable`). So a canonical entity is named by the key its earliest document (by
id) gives it, a merged event by its earliest mention, and the graph is the same for any order,
batches, workers or sequence of ``--update`` runs. An IRI a document would give an entity or event
on its own (its local key), when the cluster is named otherwise, is written ``owl:sameAs`` the
canonical IRI in that document's graph: an IRI published by an earlier build, named from the
documents it had, stays resolvable after a later document renames the cluster, and a full build
writes the same triples.

Every merge is recorded with its evidence and score (``kg:mergeEvidence``). :class:`Resolver`
bundles both registries, persists them as JSON (``registry.json`` next to the graph) and can
forget a document, so ``kg build --update`` re-processes documents without stale state.

The entity registry is in :mod:`kg.resolve.entities`, the event registry in :mod:`kg.resolve.events`.
"""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.knowledge.gazetteer import Gazetteer
from kg.resolve.archive import AnalysisArchive, digest
from kg.resolve.entities import REGISTRY_VERSION, Canonical, EntityRegistry, Split
from kg.resolve.events import EventLink, EventRegistry
from kg.resolve.syndication import SyndicationIndex
from kg.types import Analysis

#: A document's id, the syndication signature of its body (None: too short) and its date.
SyndicationEntry = tuple[str, array | None, str | None]

__all__ = ["Resolver"]


# --- both, for the build -----------------------------------------------------------------------------


class _Labels(Mapping[str, str]):
    """Entity key → label: the document's own entities first, then every canonical entity.

    Read on demand: copying every canonical label for each document grows with the corpus."""

    def __init__(self, local: Mapping[str, str], canonicals: Mapping[str, Canonical]) -> None:
        self._local = local
        self._canonicals = canonicals

    def __getitem__(self, key: str) -> str:
        if key in self._local:
            return self._local[key]
        return self._canonicals[key].label

    def __iter__(self) -> Iterator[str]:
        yield from self._local
        yield from (k for k in self._canonicals if k not in self._local)

    def __len__(self) -> int:
        return len(self._local) + sum(1 for k in self._canonicals if k not in self._local)


@dataclass(frozen=True)
class Resolved:
    """One document after corpus-level resolution: the analysis with canonical entities, and the
    links the RDF writer needs (merged events, owl:sameAs redirects)."""

    analysis: Analysis
    events: Mapping[tuple[int, int, str], EventLink]
    same_as: tuple[tuple[str, str], ...]

    def digest(self) -> str:
        """A digest of everything resolution decided for the document (what its graph depends on
        besides the analysis): equal digests, equal graphs."""
        entities = [(e.key, e.label, e.qid, e.merge_evidence) for e in self.analysis.entities]
        events = sorted((list(k), v.key, v.time, v.evidence) for k, v in self.events.items())
        return digest([entities, events, sorted(self.same_as)])


class Resolver:
    """Entity and event registries together, persisted as one JSON file."""

    def __init__(self, *, gazetteer: Gazetteer | None = None, splits: Sequence[Split] | None = None) -> None:
        self.entities = EntityRegistry(gazetteer=gazetteer, splits=splits)
        self.events = EventRegistry()
        # Syndicated copies: the same wire story on several sites (kg:duplicateOf). Its groups do not
        # depend on the order of arrival, so it is never replayed.
        self.syndication = SyndicationIndex()
        # Every document's analysis, to resolve the corpus again in one order (kg.resolve.archive).
        self.archive = AnalysisArchive()

    def observe(self, analysis: Analysis, *, keep: bool = True) -> None:
        """Index a new (or re-read) document for syndication and, with ``keep``, archive its
        analysis; it is resolved later, in document-id order (:meth:`resolve`)."""
        self.index(self.syndication_entry(analysis))
        if keep:
            self.archive.put(analysis)

    def syndication_entry(self, analysis: Analysis) -> SyndicationEntry:
        """What :meth:`observe` indexes for syndication (the document's id, the signature of its
        body, its date), computed apart: a new build computes it as each analysis comes, then
        indexes the entries in input order (:meth:`index`) without reading the analyses back."""
        document = analysis.document
        sig = self.syndication.signature_of(document.text[document.body_start :])
        return document.id, sig, document.date.iso() if document.date else None

    def index(self, entry: SyndicationEntry) -> None:
        """Index one :meth:`syndication_entry` for syndication."""
        doc_id, sig, date = entry
        self.syndication.add_signed(doc_id, sig, date=date)

    def replayable(self) -> bool:
        """Whether every document this registry resolved has its analysis archived, so the corpus
        can be resolved again from scratch (a registry saved before the archive existed cannot)."""
        archived = self.archive
        return all(doc in archived for doc in self.entities.assignments) and all(
            m[0] in archived for c in self.events.events.values() for m in c.mentions
        )

    def restart(self) -> None:
        """Forget every entity and event decision (the archive and the syndication index stay):
        the start of a replay of the whole corpus."""
        self.entities = EntityRegistry(gazetteer=self.entities.gazetteer, splits=self.entities.splits)
        self.events = EventRegistry()

    def resolve(self, analysis: Analysis, *, index: bool = True) -> Resolved:
        """Canonical entities and event links of one document, given the documents resolved
        before it. ``index`` also adds it to the syndication index (``False`` when
        :meth:`observe` already did)."""
        doc_id = analysis.document.id
        if index:
            self.observe(analysis, keep=False)
        entities, redirects = self.entities.resolve(doc_id, analysis.entities)
        if redirects:
            self.events.redirect_agents(redirects)
        labels = _Labels({e.key: e.label for e in entities}, self.entities.canonicals)
        links = self.events.resolve(doc_id, analysis, entities, labels)
        same_as = [tuple(r) for r in self.entities.doc_redirects.get(doc_id, [])]
        # The key the document would give an entity on its own, when the cluster is named otherwise.
        same_as += [(local, key) for local, key in self.entities.local_aliases.get(doc_id, {}).items()]
        return Resolved(replace(analysis, entities=tuple(entities)), links, tuple(dict.fromkeys(same_as)))  # type: ignore[arg-type]

    def forget(self, doc_id: str) -> None:
        self.entities.forget(doc_id)
        self.events.forget(doc_id)
        self.syndication.discard(doc_id)
        self.archive.discard(doc_id)

    def as_dict(self) -> dict:
        return {
            "version": REGISTRY_VERSION,
            "entities": self.entities.as_dict(),
            "events": self.events.as_dict(),
            "syndication": self.syndication.as_dict(),
        }

    @staticmethod
    def archive_path(path: Path) -> Path:
        """Where the analyses kept with the registry ``path`` are saved."""
        return Path(path).with_name("analyses.jsonl.gz")

    def save(self, path: Path) -> Path:
        """Write the registry as JSON, atomically (temporary file, then rename), and the archived
        analyses next to it (:meth:`archive_path`)."""
        path = Path(path)
        if len(self.archive):
            self.archive.save(self.archive_path(path))
        from kg.fileio import replace_atomically

        def write(tmp: Path) -> None:
            # Streamed: on a large corpus the registry is big, and one string of it would be the
            # peak of the build's memory.
            with tmp.open("w", encoding="utf-8", newline="\n") as handle:
                json.dump(self.as_dict(), handle, ensure_ascii=False, indent=1, sort_keys=False)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())

        return replace_atomically(path, write)

    @classmethod
    def load(cls, path: Path, **kwargs) -> Resolver:
        """A registry read from ``path`` (an empty one when the file does not exist)."""
        resolver = cls(**kwargs)
        path = Path(path)
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            resolver.entities.load_dict(data.get("entities", {}))
            resolver.events.load_dict(data.get("events", {}))
            resolver.syndication.load_dict(data.get("syndication", {}))
        if resolver.archive_path(path).exists():
            resolver.archive.load(resolver.archive_path(path))
        return resolver
