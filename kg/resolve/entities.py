"""Corpus-level identity of entities: canonical keys through the gazetteer (Wikidata QIDs) and
conservative name rules, merges with their evidence and score, and the split list
(``ontologies/splits.tsv``) that undoes a wrong merge.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.knowledge.gazetteer import Gazetteer, default_gazetteer, normalise_name, usual_index_names
from kg.knowledge.places import LIES_IN_EVIDENCE, OTHER_TOWN_EVIDENCE, enclosing_ids, places_apart
from kg.knowledge.resources import resource_path
from kg.text.names import acronyms_differ_by_letters, name_part
from kg.types import Entity, market_key

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
    # The gazetteer places the text says this place lies in ("Portland, Oregon"; kg.knowledge.places).
    lies_in: frozenset[str] = frozenset()

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
        # doc id -> local key -> canonical key, for the entities whose cluster is named otherwise
        # than the key the document gives them (written owl:sameAs). Those local keys are never
        # given to another canonical entity (``_reserved``: how many documents use each).
        self.local_aliases: dict[str, dict[str, str]] = {}
        self._reserved: Counter[str] = Counter()
        self._alias_owner: dict[str, str] = {}
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
        found = frozenset(_with_usual_index_names(names, c.type))
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
        if view.type != c.type and not (view.entity.qid and view.entity.qid == c.qid):
            # One QID is one thing whatever a language's corpus convention types it: the EU is a
            # place in English news (MEANTIME, ``en/place_unions``) and an organisation in French.
            return None
        if view.type == "FIN" and market_key(view.entity.key) != market_key(c.key):
            return None  # a market is not the index of its name ("on the Nasdaq", "the Nasdaq composite")
        qid = view.entity.qid
        if (qid is None) != (c.qid is None) and view.type == "LOC" and (_other_town(view.entity) or any(e.startswith(OTHER_TOWN_EVIDENCE) for e in c.evidence)):
            return None  # "Paris, Texas" is none of the gazetteer's Paris, whatever other texts call Paris
        if qid and c.qid:
            return Match(c.key, 1.0, f"same Wikidata QID {qid}", True) if qid == c.qid else None
        if view.lies_in and places_apart(view.lies_in, enclosing_ids(c.evidence)):
            return None  # "Portland, Oregon" is not "Portland, Maine"
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
        lies_in = enclosing_ids(e for m in entity.mentions for e in m.evidence) if entity.type == "LOC" else frozenset()
        return _View(entity, doc, frozenset(_with_usual_index_names(names, entity.type)), lies_in)

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
        # What the others found, less its own: a key found by another entity is in the union of all,
        # and one it found itself is taken out either way (one union, not one per entity: a long
        # document has thousands of entities).
        everything: set[str] = set().union(*found)
        for i, view in enumerate(views):
            prior = self._prior(previous, view)
            context = everything - found[i]
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
        # An alias names one entity only: a local key already the alias of another entity is not
        # written again (owl:sameAs would join the two).
        aliases = {
            local: key
            for local, key in self.assignments[doc_id].items()
            if local != key
            and local not in self.canonicals
            and local not in self.redirects
            and self._alias_owner.get(local, key) == key
        }
        if aliases:
            self.local_aliases[doc_id] = aliases
            self._reserved.update(aliases.keys())
            for local, key in aliases.items():
                self._alias_owner.setdefault(local, key)
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
        if c is None or (c.type != view.type and not (view.entity.qid and view.entity.qid == c.qid)):
            return None
        return [Match(key, 1.0, "", True)]

    def _apply(self, view: _View, matches: list[Match], old_key: str | None) -> tuple[str, list[str], list[tuple[str, str]]]:
        entity = view.entity
        if not matches:
            key = self._new_key(old_key or entity.key)
            self.seq += 1
            label = entity.label
            self.canonicals[key] = Canonical(key, label, entity.type, entity.qid, self.seq)
            if (town := _other_town(entity)) is not None:
                self.canonicals[key].evidence.append(town)
            _add_lies_in(self.canonicals[key], entity)
            self._reindex(self.canonicals[key])
            return key, [], []
        # An earlier entity of the same document may have merged a matched canonical entity into
        # another one since the matches were decided: follow its redirect (and count it once).
        live: dict[str, Match] = {}
        for m in matches:
            key = self.canonical_key(m.key)
            if key in self.canonicals and key not in live:
                live[key] = replace(m, key=key)
        matches = list(live.values())
        if not matches:
            return self._apply(view, [], old_key)
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
        if (town := _other_town(entity)) is not None and town not in keep.evidence:
            keep.evidence.append(town)
        _add_lies_in(keep, entity)
        self._reindex(keep)
        if moved:
            # Contexts that named a retired key now name the survivor.
            for c in self.canonicals.values():
                for part in c.docs.values():
                    part["context"] = tuple(sorted({self.canonical_key(k) for k in part["context"]} - {c.key}))
                c.changed()
        return survivor_key, why, moved

    def _new_key(self, key: str) -> str:
        def taken(k: str) -> bool:
            return k in self.canonicals or k in self.redirects or k in self._reserved

        if not taken(key):
            return key
        n = 2
        while taken(f"{key}-{n}"):
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
        for local in self.local_aliases.pop(doc_id, {}):
            self._reserved[local] -= 1
            if self._reserved[local] <= 0:
                del self._reserved[local]
                self._alias_owner.pop(local, None)

    # -- persistence --------------------------------------------------------------------------------

    def as_dict(self) -> dict:
        return {
            "seq": self.seq,
            "canonicals": [c.as_dict() for c in sorted(self.canonicals.values(), key=lambda c: c.seq)],
            "redirects": dict(sorted(self.redirects.items())),
            "assignments": self.assignments,
            "doc_evidence": self.doc_evidence,
            "doc_redirects": self.doc_redirects,
            "local_aliases": self.local_aliases,
        }

    def load_dict(self, data: Mapping) -> None:
        self.seq = int(data.get("seq", 0))
        self.canonicals = {c["key"]: Canonical.from_dict(c) for c in data.get("canonicals", [])}
        self.redirects = dict(data.get("redirects", {}))
        self.assignments = {k: dict(v) for k, v in data.get("assignments", {}).items()}
        self.doc_evidence = {k: dict(v) for k, v in data.get("doc_evidence", {}).items()}
        self.doc_redirects = {k: list(v) for k, v in data.get("doc_redirects", {}).items()}
        self.local_aliases = {k: dict(v) for k, v in data.get("local_aliases", {}).items()}
        self._reserved = Counter(local for aliases in self.local_aliases.values() for local in aliases)
        self._alias_owner = {local: key for aliases in self.local_aliases.values() for local, key in aliases.items()}
        self._index.clear()
        self._indexed.clear()
        self._docs_seen = {doc for c in self.canonicals.values() for doc in c.docs}
        for c in self.canonicals.values():
            self._reindex(c)


def _other_town(entity: Entity) -> str | None:
    """The evidence that ``entity`` is a town of another country than the gazetteer's town of its
    name ("Paris, Texas"; kg.extract.enclosing), if a mention says so."""
    return next((e for m in entity.mentions for e in m.evidence if e.startswith(OTHER_TOWN_EVIDENCE)), None)


def _add_lies_in(c: Canonical, entity: Entity) -> None:
    """Keep on ``c`` the evidence of each place ``entity`` lies in that ``c`` does not have yet (one
    line a place, however many documents say it)."""
    if entity.type != "LOC":
        return
    known = enclosing_ids(c.evidence)
    for m in entity.mentions:
        for e in m.evidence:
            if e.startswith(LIES_IN_EVIDENCE) and not enclosing_ids((e,)) <= known:
                c.evidence.append(e)
                known |= enclosing_ids((e,))


def _with_usual_index_names(names: set[str], etype: str) -> set[str]:
    """``names`` and, for a stock market index (FIN), the usual name of each of its other names:
    "the Dow" in one document and "the Dow Jones Industrial Average" in another are one index, as
    they are within a document (kg.extract.mentions.merge_mentions). A company is never joined so:
    the types must match."""
    if etype != "FIN":
        return names
    usual = usual_index_names()
    return names | {usual[n] for n in names if n in usual}


def _acronym_match(a: Sequence[str], b: Sequence[str]) -> tuple[str, str] | None:
    for x, y in ((a, b), (b, a)):
        # A name that has a shorter or longer acronym of its own is not this one's ("GMC", a
        # brand, is no "GM" = "General Motors Corp.").
        own = {s.replace(".", "") for s in y if is_acronym(s)}
        for acronym in (s.replace(".", "") for s in x if is_acronym(s)):
            if any(acronyms_differ_by_letters(f, acronym) for f in own):
                continue
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

