"""Corpus-level identity: one node per real-world thing, across documents and languages.

:func:`kg.entities.merge_mentions` merges the mentions of one entity *within* a document. This
module gives every document-level :class:`~kg.types.Entity` a corpus-level canonical key, and
merges mentions of the same event reported by several documents, streaming: documents arrive one
at a time, in input order, and every decision depends only on what came before, so a build is
deterministic.

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
* **stable keys**: a canonical entity keeps the key it was created with. Only a merge of two
  canonical entities (a document that bridges them, or a QID learnt for an unlinked one) retires a
  key; the retired key is then recorded as a redirect and written as ``owl:sameAs`` so the IRIs
  already published stay resolvable.

Events (:class:`EventRegistry`): two event mentions in different documents are one event when
they have the same type and the same canonical agent, no contradicting patient or recipient,
compatible times (equal, or one containing the other: ``2020-06`` and ``2020-06-08``), and both
are asserted and positive. The merged event keeps the IRI of its first mention.

Every merge is recorded with its evidence and score (``kg:mergeEvidence``). :class:`Resolver`
bundles both registries, persists them as JSON (``registry.json`` next to the graph) and can
forget a document, so ``kg build --update`` re-processes documents without stale state.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.gazetteer import Gazetteer, default_gazetteer, normalise_name
from kg.names import name_part
from kg.resources import resource_path
from kg.types import Analysis, Entity, EventMention, Span

REGISTRY_VERSION = 1
THRESHOLD = 0.75
STRONG = 0.85
MARGIN = 0.10
_CONTEXT_BONUS = {"PER": 0.20, "ORG": 0.20, "LOC": 0.04}
_CONTEXT_CAP = 0.35

# Legal-form words that do not change which company is meant ("Airbus SAS" = "Airbus").
_COMPANY_SUFFIXES = frozenset(
    "inc incorporated corp corporation co company ltd limited llc plc sa sas ag nv gmbh group groupe holding holdings".split()
)
_PARTICLES = frozenset("de du des la le van von der den da di del dos bin ibn al el ben".split())


# --- the split list ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SplitSide:
    """One side of a split rule: a canonical key (``key:…``) or a name, optionally ``@doc-id``."""

    key: str | None = None
    name: str | None = None
    doc: str | None = None

    @classmethod
    def parse(cls, text: str) -> SplitSide:
        text = text.strip()
        doc = None
        if "@" in text:
            text, doc = (part.strip() for part in text.rsplit("@", 1))
        if text.startswith("key:"):
            return cls(key=text[4:].strip(), doc=doc or None)
        return cls(name=normalise_name(text), doc=doc or None)

    def matches(self, keys: Iterable[str], names: Iterable[str], docs: Iterable[str]) -> bool:
        if self.doc is not None and self.doc not in set(docs):
            return False
        if self.key is not None:
            return self.key in set(keys)
        return self.name in set(names)


@dataclass(frozen=True)
class Split:
    left: SplitSide
    right: SplitSide
    reason: str


def load_splits(path: Path | None = None) -> tuple[Split, ...]:
    """Read ``ontologies/splits.tsv`` (columns ``left``, ``right``, ``reason``; ``#`` comments)."""
    path = resource_path("splits.tsv") if path is None else Path(path)
    if not path.exists():
        return ()
    splits = []
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if line_no == 1 or fields[:2] == ["left", "right"]:
            if fields[:3] == ["left", "right", "reason"]:
                continue
        if len(fields) < 2:
            from kg.errors import Errors, KGError

            raise KGError(Errors.E201, path=str(path), line=line_no, detail="expected left<TAB>right<TAB>reason")
        reason = fields[2].strip() if len(fields) > 2 else ""
        splits.append(Split(SplitSide.parse(fields[0]), SplitSide.parse(fields[1]), reason))
    return tuple(splits)


# --- names ------------------------------------------------------------------------------------------


def strip_company_suffix(norm: str) -> str:
    """``airbus sas`` → ``airbus`` (never down to nothing)."""
    words = norm.split()
    while len(words) > 1 and words[-1].strip(",") in _COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 14)
def initials(name: str) -> str:
    """Upper-case initials of a multi-word name, particles skipped: ``American Civil Liberties Union`` → ``ACLU``.
    Cached: the same names are compared for every document."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _PARTICLES and w.lower() not in ("of", "for", "and", "the", "et", "pour")]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words).upper()


def is_acronym(surface: str) -> bool:
    core = surface.replace(".", "")
    return core.isupper() and core.isalpha() and 2 <= len(core) <= 6


def _alias(text: str) -> str:
    return name_part(text)


# --- entities ---------------------------------------------------------------------------------------


@dataclass
class Canonical:
    """A corpus-level entity: what the documents said about it, per document."""

    key: str
    label: str
    type: str
    qid: str | None
    seq: int
    # doc id -> {"aliases": [(alias, lang), ...], "mentions": n, "context": (keys,), "local": [local keys]}
    docs: dict[str, dict] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    # Derived from every document part, and a frequent entity has thousands: kept, and updated as a
    # new document part grows (``grew``); recomputed after any other change (``changed``).
    _alias_order: dict[str, None] | None = field(default=None, repr=False, compare=False)
    _context: set[str] | None = field(default=None, repr=False, compare=False)
    _names: tuple[str, str | None, frozenset[str]] | None = field(default=None, repr=False, compare=False)

    def aliases(self) -> tuple[str, ...]:
        """Every alias, in order of first appearance over the document parts."""
        if self._alias_order is None:
            self._alias_order = dict.fromkeys(a for part in self.docs.values() for a, _ in part["aliases"])
        return tuple(self._alias_order)

    def context(self) -> AbstractSet[str]:
        """The canonical keys seen in the same documents (do not modify the set)."""
        if self._context is None:
            self._context = {k for part in self.docs.values() for k in part["context"]}
        return self._context

    def changed(self) -> None:
        """Forget what was derived from ``docs``."""
        self._alias_order = self._context = self._names = None

    def grew(self, aliases: Sequence[str], context: Iterable[str]) -> None:
        """The last document part of ``docs`` gained ``aliases`` (appended to its list) and
        ``context``: update what is derived, as a recomputation would."""
        if self._alias_order is not None:
            new = [a for a in aliases if a not in self._alias_order]
            if new:
                self._alias_order.update(dict.fromkeys(new))
                if self._names is not None:
                    label, qid, names = self._names
                    self._names = (label, qid, names | {n for n in map(normalise_name, new) if n})
        if self._context is not None:
            self._context.update(context)

    def first_doc(self) -> str:
        return next(iter(self.docs), "?")

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "label": self.label,
            "type": self.type,
            "qid": self.qid,
            "seq": self.seq,
            "docs": self.docs,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Canonical:
        docs = {doc: _read_part(part) for doc, part in data.get("docs", {}).items()}
        return cls(data["key"], data["label"], data["type"], data.get("qid"), int(data["seq"]), docs, list(data.get("evidence", [])))


# A registry holds one part per entity and document, and the same names, languages and keys come
# back in thousands of them: parts share one string (and one alias pair) per value instead of each
# holding its own copy. (Without this, the parts were most of the growth of memory with the corpus.)
_PAIRS: dict[tuple[str, str | None], tuple[str, str | None]] = {}


def _alias_pair(alias: str, lang: str | None) -> tuple[str, str | None]:
    pair = (alias, lang)
    found = _PAIRS.get(pair)
    if found is None:
        if len(_PAIRS) > 100_000:
            _PAIRS.clear()  # a bound: sharing is an economy, never needed for correctness
        found = _PAIRS[pair] = (sys.intern(alias), sys.intern(lang) if lang is not None else None)
    return found


def _new_part() -> dict:
    """A document's part of a canonical entity: its aliases as ``(alias, lang)`` pairs, how many
    mentions, the other canonical keys of the document (a sorted tuple), its local entity keys."""
    return {"aliases": [], "mentions": 0, "context": (), "local": []}


def _read_part(data: Mapping) -> dict:
    """A part as saved (JSON lists) in the form :func:`_new_part` makes."""
    return {
        "aliases": [_alias_pair(alias, lang) for alias, lang in data.get("aliases", [])],
        "mentions": int(data.get("mentions", 0)),
        "context": tuple(sys.intern(k) for k in data.get("context", [])),
        "local": [sys.intern(k) for k in data.get("local", [])],
    }


@dataclass(frozen=True)
class _View:
    """A document entity as the registry compares it."""

    entity: Entity
    doc: str
    names: frozenset[str]

    @property
    def type(self) -> str:
        return self.entity.type


@dataclass(frozen=True)
class Match:
    key: str
    score: float
    rule: str
    strong: bool


class EntityRegistry:
    """Assigns every document entity a canonical key, one document at a time."""

    def __init__(self, *, gazetteer: Gazetteer | None = None, splits: Sequence[Split] | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.splits = tuple(load_splits() if splits is None else splits)
        self.canonicals: dict[str, Canonical] = {}
        self.redirects: dict[str, str] = {}
        # doc id -> local key -> canonical key, and what each document contributed to the graph.
        self.assignments: dict[str, dict[str, str]] = {}
        self.doc_evidence: dict[str, dict[str, list[str]]] = {}
        self.doc_redirects: dict[str, list[list[str]]] = {}
        self.seq = 0
        self._index: dict[str, set[str]] = defaultdict(set)
        self._indexed: dict[str, set[str]] = {}
        # Every document that has a part in some canonical entity: forgetting one never seen (the
        # common case) then costs nothing instead of a walk over every canonical entity.
        self._docs_seen: set[str] = set()

    # -- lookups ------------------------------------------------------------------------------------

    def canonical_key(self, key: str) -> str:
        """Follow redirects to the live key."""
        seen = set()
        while key in self.redirects and key not in seen:
            seen.add(key)
            key = self.redirects[key]
        return key

    def names(self, c: Canonical) -> frozenset[str]:
        """The comparison keys of every name of ``c`` (label, aliases, its gazetteer record's names)."""
        cached = c._names
        if cached is not None and cached[0] == c.label and cached[1] == c.qid:
            return cached[2]
        names = {normalise_name(c.label), *(normalise_name(a) for a in c.aliases())}
        if c.qid:
            record = self.gazetteer.by_id(c.qid) or next((r for r in self.gazetteer.records() if r.qid == c.qid), None)
            if record is not None:
                names.update(normalise_name(n) for n in record.names())
        names.discard("")
        found = frozenset(names)
        c._names = (c.label, c.qid, found)
        return found

    def _keys_of(self, c: Canonical) -> set[str]:
        return {c.key, *(old for old, new in self.redirects.items() if self.canonical_key(old) == c.key)}

    def _blocking_keys(self, names: Iterable[str], surfaces: Iterable[str], etype: str, qid: str | None) -> set[str]:
        keys = set()
        if qid:
            keys.add(f"qid:{qid}")
        for n in names:
            keys.add(f"name:{n}")
            keys.add(f"bare:{strip_company_suffix(n)}")
            words = n.split()
            if etype == "PER" and words:
                keys.add(f"surname:{words[-1]}")
        for s in surfaces:
            if is_acronym(s):
                keys.add(f"acr:{s.replace('.', '')}")
            ini = initials(s)
            if len(ini) >= 2:
                keys.add(f"acr:{ini}")
        return keys

    def _reindex(self, c: Canonical) -> None:
        for k in self._indexed.pop(c.key, set()):
            self._index[k].discard(c.key)
        if c.key not in self.canonicals:
            return
        surfaces = [c.label, *c.aliases()]
        keys = self._blocking_keys(self.names(c), surfaces, c.type, c.qid)
        for k in keys:
            self._index[k].add(c.key)
        self._indexed[c.key] = keys

    def _candidates(self, view: _View) -> list[Canonical]:
        surfaces = [_alias(m.text) for m in view.entity.mentions]
        found: set[str] = set()
        for k in self._blocking_keys(view.names, surfaces, view.type, view.entity.qid):
            found |= self._index.get(k, set())
        return sorted((self.canonicals[k] for k in found if k in self.canonicals), key=lambda c: c.seq)

    # -- splits -------------------------------------------------------------------------------------

    def split_between(self, view: _View, c: Canonical) -> Split | None:
        e_keys, e_names, e_docs = {view.entity.key}, view.names, {view.doc}
        c_keys, c_names, c_docs = self._keys_of(c), self.names(c), set(c.docs)
        for s in self.splits:
            if (s.left.matches(e_keys, e_names, e_docs) and s.right.matches(c_keys, c_names, c_docs)) or (
                s.right.matches(e_keys, e_names, e_docs) and s.left.matches(c_keys, c_names, c_docs)
            ):
                return s
        return None

    def _split_canonicals(self, a: Canonical, b: Canonical) -> bool:
        for s in self.splits:
            for x, y in ((a, b), (b, a)):
                if s.left.matches(self._keys_of(x), self.names(x), x.docs) and s.right.matches(self._keys_of(y), self.names(y), y.docs):
                    return True
        return False

    # -- scoring ------------------------------------------------------------------------------------

    def score(self, view: _View, c: Canonical, context: set[str]) -> Match | None:
        """How likely ``view`` is ``c`` (None when they must not merge)."""
        if view.type != c.type:
            return None
        qid = view.entity.qid
        if qid and c.qid:
            return Match(c.key, 1.0, f"same Wikidata QID {qid}", True) if qid == c.qid else None
        cnames = self.names(c)
        shared = sorted(view.names & cnames)
        base, rule, needs_context = 0.0, "", False
        if shared:
            if view.type == "PER" and all(len(n.split()) == 1 for n in shared):
                base, rule, needs_context = 0.60, f"same one-word person name '{shared[0]}'", True
            else:
                base, rule = 0.90, f"same normalised name '{shared[0]}'"
        elif {strip_company_suffix(n) for n in view.names} & {strip_company_suffix(n) for n in cnames} and view.type == "ORG":
            base, rule = 0.85, "same name without company suffix"
        else:
            e_surfaces = [_alias(m.text) for m in view.entity.mentions]
            c_surfaces = [c.label, *c.aliases()]
            acr = _acronym_match(e_surfaces, c_surfaces)
            if acr and view.type == "ORG":
                base = 0.80 if len(acr[0]) >= 3 else 0.60
                needs_context = len(acr[0]) < 3
                rule = f"acronym: '{acr[0]}' = initials of '{acr[1]}'"
            elif view.type == "PER":
                partial = _partial_person(view.names, cnames)
                if partial is None:
                    return None
                short, long = partial
                base, rule, needs_context = 0.60, f"partial person name: '{short}' ends '{long}'", True
            else:
                return None
        shared_ctx = sorted((context & c.context()) - {c.key})
        bonus_by_type: dict[str, float] = defaultdict(float)
        for k in shared_ctx:
            other = self.canonicals.get(k)
            if other is not None:
                bonus_by_type[other.type] += _CONTEXT_BONUS.get(other.type, 0.0)
        bonus = min(_CONTEXT_CAP, bonus_by_type["PER"] + bonus_by_type["ORG"] + min(0.08, bonus_by_type["LOC"]))
        non_place = bonus_by_type["PER"] + bonus_by_type["ORG"] > 0
        if needs_context and not non_place:
            return None
        total = round(min(0.99, base + bonus), 2)
        if total < THRESHOLD:
            return None
        if shared_ctx:
            labels = [self.canonicals[k].label for k in shared_ctx if k in self.canonicals][:3]
            rule += ", shared context " + ", ".join(labels)
        return Match(c.key, total, rule, total >= STRONG and not needs_context)

    # -- resolution ---------------------------------------------------------------------------------

    def _view(self, entity: Entity, doc: str) -> _View:
        names = {normalise_name(entity.label), *(normalise_name(a) for a in entity.aliases)}
        names.discard("")
        return _View(entity, doc, frozenset(names))

    def _decide(self, view: _View, context: set[str]) -> list[Match]:
        matches = []
        for c in self._candidates(view):
            m = self.score(view, c, context - {c.key})
            if m is None or self.split_between(view, c) is not None:
                continue
            matches.append(m)
        matches.sort(key=lambda m: (-m.score, self.canonicals[m.key].seq))
        strong = [m for m in matches if m.strong]
        if strong:
            chosen = [strong[0]]
            for m in strong[1:]:
                # Never bridge two canonical entities that a document kept apart, or a split list pair.
                if not any(
                    set(self.canonicals[m.key].docs) & set(self.canonicals[x.key].docs)
                    or self._split_canonicals(self.canonicals[m.key], self.canonicals[x.key])
                    for x in chosen
                ):
                    chosen.append(m)
            return chosen
        if not matches:
            return []
        if len(matches) > 1 and matches[0].score - matches[1].score < MARGIN:
            return []  # ambiguous: two people called Smith
        return [matches[0]]

    def resolve(self, doc_id: str, entities: Sequence[Entity]) -> tuple[list[Entity], list[tuple[str, str]]]:
        """Canonical entities for one document's entities, and the ``(old, new)`` key redirects it caused.

        The returned entities carry the canonical key and label and, appended to their merge
        evidence, every cross-document merge made for them.
        """
        previous = self.assignments.get(doc_id, {})
        previous_evidence = self.doc_evidence.get(doc_id, {})
        previous_redirects = self.doc_redirects.get(doc_id, [])
        self.forget(doc_id)
        views = [self._view(e, doc_id) for e in entities]
        # Pass 1 without context; the keys found are the context of pass 2.
        first = [self._prior(previous, v) or self._decide(v, set()) for v in views]
        # The context of an entity: what the *other* entities of the document resolved to.
        found = [{self.canonical_key(m.key) for m in ms} for ms in first]
        for i, v in enumerate(views):
            if v.entity.key in previous:
                found[i].add(self.canonical_key(previous[v.entity.key]))
        out: list[Entity] = []
        redirects: list[tuple[str, str]] = []
        evidence_for_doc: dict[str, list[str]] = {}
        assigned: dict[str, str] = {}
        decided: list[tuple[_View, list[Match]]] = []
        for i, view in enumerate(views):
            prior = self._prior(previous, view)
            context = set().union(*(f for j, f in enumerate(found) if j != i)) - found[i]
            decided.append((view, prior if prior is not None else self._decide(view, context)))
        for view, matches in decided:
            key, why, moved = self._apply(view, matches, previous.get(view.entity.key))
            redirects += moved
            assigned[view.entity.key] = key
            if why:
                evidence_for_doc.setdefault(key, []).extend(why)
            elif matches and not matches[0].rule:  # kept from an earlier run: keep its evidence too
                for old, texts in previous_evidence.items():
                    if self.canonical_key(old) == self.canonical_key(key):
                        evidence_for_doc.setdefault(key, []).extend(t for t in texts if t not in evidence_for_doc.get(key, []))
        # Context: every other canonical entity of the document.
        keys = {self.canonical_key(k) for k in assigned.values()}
        for view in views:
            key = self.canonical_key(assigned[view.entity.key])
            part = self.canonicals[key].docs.setdefault(doc_id, _new_part())
            self._docs_seen.add(doc_id)
            added = []
            for m in view.entity.mentions:
                pair = _alias_pair(_alias(m.text), m.lang)
                if pair not in part["aliases"]:
                    part["aliases"].append(pair)
                    added.append(pair[0])
            part["mentions"] += len(view.entity.mentions)
            part["context"] = tuple(sorted(set(part["context"]) | (keys - {key})))
            if view.entity.key not in part["local"]:
                part["local"].append(sys.intern(view.entity.key))
            # forget() removed this document everywhere, so its part is the last one of each entity.
            self.canonicals[key].grew(added, part["context"])
            if added or key not in self._indexed:
                # The blocking keys come from the label, aliases, type and QID; every other change
                # to them (_apply, merges, forget) re-indexes by itself.
                self._reindex(self.canonicals[key])
        self.assignments[doc_id] = {local: self.canonical_key(k) for local, k in assigned.items()}
        self.doc_evidence[doc_id] = {self.canonical_key(k): v for k, v in evidence_for_doc.items()}
        self.doc_redirects[doc_id] = [list(r) for r in dict.fromkeys(map(tuple, [*previous_redirects, *redirects]))]
        for entity in entities:
            key = self.canonical_key(assigned[entity.key])
            c = self.canonicals[key]
            extra = tuple(self.doc_evidence[doc_id].get(key, ()))
            out.append(replace(entity, key=key, label=c.label, qid=c.qid or entity.qid, merge_evidence=tuple(dict.fromkeys((*entity.merge_evidence, *extra)))))
        return out, redirects

    def _prior(self, previous: Mapping[str, str], view: _View) -> list[Match] | None:
        """A document seen before keeps the canonical entities it had (stable IRIs on --update)."""
        key = previous.get(view.entity.key)
        if key is None:
            return None
        key = self.canonical_key(key)
        c = self.canonicals.get(key)
        if c is None or c.type != view.type:
            return None
        return [Match(key, 1.0, "", True)]

    def _apply(self, view: _View, matches: list[Match], old_key: str | None) -> tuple[str, list[str], list[tuple[str, str]]]:
        entity = view.entity
        if not matches:
            key = self._new_key(old_key or entity.key)
            self.seq += 1
            label = entity.label
            self.canonicals[key] = Canonical(key, label, entity.type, entity.qid, self.seq)
            self._reindex(self.canonicals[key])
            return key, [], []
        targets = [self.canonicals[m.key] for m in matches]
        why = []
        for m, c in zip(matches, targets):
            if m.rule and m.key != entity.key:  # the same key needs no evidence: the IRI scheme already met
                form = entity.label
                why.append(
                    f"cross-document: '{form}' ({view.doc}) → '{c.label}' ({c.first_doc()}): {m.rule}; score {m.score:.2f}"
                )
        # The survivor: a QID key wins, then the oldest canonical entity.
        survivor = min(targets, key=lambda c: (c.qid is None, c.seq))
        moved: list[tuple[str, str]] = []
        if entity.qid and survivor.qid is None and entity.qid not in self.canonicals:
            # A QID learnt for an unlinked entity: the QID key takes over.
            new = Canonical(entity.qid, entity.label, entity.type, entity.qid, survivor.seq)
            self.canonicals[new.key] = new
            targets = [*targets]
            survivor_key = new.key
        else:
            survivor_key = survivor.key
        keep = self.canonicals[survivor_key]
        for c in targets:
            if c.key == survivor_key:
                continue
            for doc, part in c.docs.items():
                mine = keep.docs.setdefault(doc, _new_part())
                for pair in part["aliases"]:
                    if pair not in mine["aliases"]:
                        mine["aliases"].append(pair)
                mine["mentions"] += part["mentions"]
                mine["context"] = tuple(sorted(set(mine["context"]) | set(part["context"])))
                mine["local"] = list(dict.fromkeys([*mine["local"], *part["local"]]))
            keep.changed()
            keep.evidence += c.evidence
            keep.seq = min(keep.seq, c.seq)
            del self.canonicals[c.key]
            self._reindex(c)
            self.redirects[c.key] = survivor_key
            moved.append((c.key, survivor_key))
            why.append(f"cross-document: '{c.label}' ({c.key}) merged into '{keep.label}' ({survivor_key}); its IRI is owl:sameAs this one")
        if entity.type == "PER" and len(entity.label.split()) > len(keep.label.split()) and not keep.qid:
            keep.label = entity.label
        keep.evidence += [w for w in why if w not in keep.evidence]
        self._reindex(keep)
        if moved:
            # Contexts that named a retired key now name the survivor.
            for c in self.canonicals.values():
                for part in c.docs.values():
                    part["context"] = tuple(sorted({self.canonical_key(k) for k in part["context"]} - {c.key}))
                c.changed()
        return survivor_key, why, moved

    def _new_key(self, key: str) -> str:
        if key not in self.canonicals and key not in self.redirects:
            return key
        n = 2
        while f"{key}-{n}" in self.canonicals or f"{key}-{n}" in self.redirects:
            n += 1
        return f"{key}-{n}"

    def forget(self, doc_id: str) -> None:
        """Remove what a document contributed (before it is processed again)."""
        seen = doc_id in self._docs_seen
        for key in [k for k, c in self.canonicals.items() if doc_id in c.docs] if seen else []:
            c = self.canonicals[key]
            del c.docs[doc_id]
            c.changed()
            if not c.docs:
                del self.canonicals[key]
            self._reindex(c)
        self.assignments.pop(doc_id, None)
        self.doc_evidence.pop(doc_id, None)

    # -- persistence --------------------------------------------------------------------------------

    def as_dict(self) -> dict:
        return {
            "seq": self.seq,
            "canonicals": [c.as_dict() for c in sorted(self.canonicals.values(), key=lambda c: c.seq)],
            "redirects": dict(sorted(self.redirects.items())),
            "assignments": self.assignments,
            "doc_evidence": self.doc_evidence,
            "doc_redirects": self.doc_redirects,
        }

    def load_dict(self, data: Mapping) -> None:
        self.seq = int(data.get("seq", 0))
        self.canonicals = {c["key"]: Canonical.from_dict(c) for c in data.get("canonicals", [])}
        self.redirects = dict(data.get("redirects", {}))
        self.assignments = {k: dict(v) for k, v in data.get("assignments", {}).items()}
        self.doc_evidence = {k: dict(v) for k, v in data.get("doc_evidence", {}).items()}
        self.doc_redirects = {k: list(v) for k, v in data.get("doc_redirects", {}).items()}
        self._index.clear()
        self._indexed.clear()
        self._docs_seen = {doc for c in self.canonicals.values() for doc in c.docs}
        for c in self.canonicals.values():
            self._reindex(c)


def _acronym_match(a: Sequence[str], b: Sequence[str]) -> tuple[str, str] | None:
    for x, y in ((a, b), (b, a)):
        for acronym in (s.replace(".", "") for s in x if is_acronym(s)):
            for long in y:
                if len(long.split()) > 1 and initials(long) == acronym:
                    return acronym, long
    return None


def _partial_person(e_names: Iterable[str], c_names: Iterable[str]) -> tuple[str, str] | None:
    e_names, c_names = list(e_names), list(c_names)
    for short_side, long_side in ((e_names, c_names), (c_names, e_names)):
        for short in short_side:
            if len(short.split()) != 1:
                continue
            longs = sorted({n for n in long_side if len(n.split()) > 1 and n.split()[-1] == short})
            if len(longs) == 1:
                return short, longs[0]
    # "George W Bush" / "George Bush": same first and last name.
    for x in e_names:
        for y in c_names:
            xs, ys = x.split(), y.split()
            if len(xs) > 1 and len(ys) > 1 and xs[0] == ys[0] and xs[-1] == ys[-1] and x != y:
                return x, y
    return None


# --- events -----------------------------------------------------------------------------------------


def time_compatible(a: str, b: str) -> str | None:
    """``equal``, ``within`` (one date contains the other: 2020-06 / 2020-06-08) or None.

    At least one side must be a day and neither a bare year."""
    a, b = a.split("T", 1)[0], b.split("T", 1)[0]
    if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", a) or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", b):
        return None
    if len(a) < 7 or len(b) < 7 or max(len(a), len(b)) < 10:
        return None  # a year, or two months, is too coarse to tell one event from another
    if a == b:
        return "equal"
    if a.startswith(b + "-") or b.startswith(a + "-"):
        return "within"
    return None


@dataclass
class CanonicalEvent:
    key: str
    type: str
    agent: str
    patient: str | None
    recipient: str | None
    time: str
    seq: int
    mentions: list[list] = field(default_factory=list)  # [doc, start, end, trigger text]
    evidence: list[str] = field(default_factory=list)

    def docs(self) -> set[str]:
        return {m[0] for m in self.mentions}


@dataclass(frozen=True)
class EventLink:
    """Where one document's event goes: its IRI key, the time to write, and merge evidence."""

    key: str
    time: str | None = None
    evidence: tuple[str, ...] = ()


def local_event_key(doc_id: str, event: EventMention) -> str:
    """The key of an event's own IRI (``{doc}/{begin}-{end}-{Type}``, see :meth:`kg.rdf.IRIs.event`)."""
    return f"{doc_id}/{event.trigger.start}-{event.trigger.end}-{event.type}"


class EventRegistry:
    """Merges mentions of the same real-world event across documents."""

    def __init__(self) -> None:
        self.events: dict[str, CanonicalEvent] = {}
        self.seq = 0
        self._index: dict[tuple[str, str], list[str]] = defaultdict(list)
        # Documents with a mention in some event (see EntityRegistry._docs_seen).
        self._docs_seen: set[str] = set()

    def resolve(self, doc_id: str, analysis: Analysis, entities: Sequence[Entity], labels: Mapping[str, str]) -> dict[tuple[int, int, str], EventLink]:
        """Event links of one document whose entities already carry canonical keys."""
        from kg.pipeline import entity_for_span
        from kg.rdf import timestamp_literal

        self.forget(doc_id)
        view = replace(analysis, entities=tuple(entities))
        links: dict[tuple[int, int, str], EventLink] = {}
        for event in analysis.events:
            trig = event.trigger
            ident = (trig.start, trig.end, event.type)

            def key_of(span: Span | None) -> str | None:
                found = entity_for_span(view, span)
                return found.key if found is not None else None

            agent = key_of(event.agent)
            time = event.time.value if event.time is not None else None
            eligible = (
                event.polarity == "POS"
                and event.modality == "ASSERTED"
                and agent is not None
                and time is not None
                and timestamp_literal(time) is not None
                and bool(event.lemma)
            )
            if not eligible:
                continue
            patient, recipient = key_of(event.patient), key_of(event.recipient)
            target = None
            for key in self._index.get((event.type, agent), []):
                c = self.events.get(key)
                if c is None or doc_id in c.docs():
                    continue
                relation = time_compatible(c.time, time)
                if relation is None:
                    continue
                if patient and c.patient and patient != c.patient:
                    continue
                if recipient and c.recipient and recipient != c.recipient:
                    continue
                rank = (relation != "equal", c.seq)
                if target is None or rank < target[0]:
                    target = (rank, c, relation)
            if target is None:
                self.seq += 1
                key = local_event_key(doc_id, event)
                c = CanonicalEvent(key, event.type, agent, patient, recipient, time, self.seq)
                c.mentions.append([doc_id, trig.start, trig.end, trig.text])
                self._docs_seen.add(doc_id)
                self.events[key] = c
                self._index[(event.type, agent)].append(key)
                continue
            _, c, relation = target
            first = c.mentions[0]
            score = 0.6 + (0.25 if relation == "equal" else 0.15) + (0.15 if patient and patient == c.patient else 0.05)
            parts = [f"same type {event.type}", f"agent {labels.get(agent, agent)}"]
            parts.append(f"time {time}" if relation == "equal" else f"time {time} within {c.time}" if len(time) > len(c.time) else f"time {c.time} within {time}")
            if patient and patient == c.patient:
                parts.append(f"patient {labels.get(patient, patient)}")
            why = f"cross-document: '{trig.text}' ({doc_id}) = '{first[3]}' ({first[0]}): {', '.join(parts)}; score {score:.2f}"
            c.mentions.append([doc_id, trig.start, trig.end, trig.text])
            self._docs_seen.add(doc_id)
            c.evidence.append(why)
            c.patient = c.patient or patient
            c.recipient = c.recipient or recipient
            links[ident] = EventLink(c.key, c.time if c.time != time else None, (why,))
        # Reported-by links and statements still point inside the document: only merged events move.
        return links

    def forget(self, doc_id: str) -> None:
        if doc_id not in self._docs_seen:
            return
        for key in list(self.events):
            c = self.events[key]
            if doc_id not in c.docs():
                continue
            c.mentions = [m for m in c.mentions if m[0] != doc_id]
            c.evidence = [e for e in c.evidence if f"({doc_id})" not in e]
            if not c.mentions:
                del self.events[key]
                self._index[(c.type, c.agent)] = [k for k in self._index[(c.type, c.agent)] if k != key]

    def redirect_agents(self, redirects: Iterable[tuple[str, str]]) -> None:
        """Entity merges move the events indexed under a retired key."""
        for old, new in redirects:
            for c in self.events.values():
                if c.agent == old:
                    self._index[(c.type, old)] = [k for k in self._index[(c.type, old)] if k != c.key]
                    c.agent = new
                    self._index[(c.type, new)].append(c.key)
                if c.patient == old:
                    c.patient = new
                if c.recipient == old:
                    c.recipient = new

    def as_dict(self) -> dict:
        return {
            "seq": self.seq,
            "events": [
                {"key": c.key, "type": c.type, "agent": c.agent, "patient": c.patient, "recipient": c.recipient, "time": c.time, "seq": c.seq, "mentions": c.mentions, "evidence": c.evidence}
                for c in sorted(self.events.values(), key=lambda c: c.seq)
            ],
        }

    def load_dict(self, data: Mapping) -> None:
        self.seq = int(data.get("seq", 0))
        self.events = {}
        self._index = defaultdict(list)
        for item in data.get("events", []):
            c = CanonicalEvent(item["key"], item["type"], item["agent"], item.get("patient"), item.get("recipient"), item["time"], int(item["seq"]), list(item.get("mentions", [])), list(item.get("evidence", [])))
            self.events[c.key] = c
            self._index[(c.type, c.agent)].append(c.key)
            self._docs_seen.update(m[0] for m in c.mentions)


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


class Resolver:
    """Entity and event registries together, persisted as one JSON file."""

    def __init__(self, *, gazetteer: Gazetteer | None = None, splits: Sequence[Split] | None = None) -> None:
        self.entities = EntityRegistry(gazetteer=gazetteer, splits=splits)
        self.events = EventRegistry()

    def resolve(self, analysis: Analysis) -> Resolved:
        doc_id = analysis.document.id
        entities, redirects = self.entities.resolve(doc_id, analysis.entities)
        if redirects:
            self.events.redirect_agents(redirects)
        labels = _Labels({e.key: e.label for e in entities}, self.entities.canonicals)
        links = self.events.resolve(doc_id, analysis, entities, labels)
        same_as = tuple(tuple(r) for r in self.entities.doc_redirects.get(doc_id, []))
        return Resolved(replace(analysis, entities=tuple(entities)), links, same_as)  # type: ignore[arg-type]

    def forget(self, doc_id: str) -> None:
        self.entities.forget(doc_id)
        self.events.forget(doc_id)

    def as_dict(self) -> dict:
        return {"version": REGISTRY_VERSION, "entities": self.entities.as_dict(), "events": self.events.as_dict()}

    def save(self, path: Path) -> Path:
        """Write the registry as JSON, atomically (temporary file, then rename)."""
        path = Path(path)
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
        return resolver
