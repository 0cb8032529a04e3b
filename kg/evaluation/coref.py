"""Cross-document coreference and entity linking on MEANTIME.

Gold: every MEANTIME ``ENTITY`` and ``EVENT`` record carries an ``instance_id`` shared by all the
documents that mention the same real-world thing (the instances of ``list_instances.csv``), and
entities may carry a DBpedia ``external_ref``. A gold mention's cluster is the instance of the
record it ``REFERS_TO`` (a document-local id when the record has none). The entity mentions scored
are the NER gold (named PER/ORG/LOC mentions, innermost, annotated sentences: see
:mod:`kg.evaluation.readers.meantime`); the event mentions are every gold event mention of the
annotated sentences.

System: the real pipeline on each document, in corpus order, then :class:`kg.resolve.resolver.Resolver`
exactly as ``kg build`` runs it; a system mention's cluster is its canonical entity key (redirects
followed at the end) or its event IRI key. System mentions are mapped to gold mentions per
document with the one-to-one relaxed matching of the NER scores.

Two settings: ``all`` keeps every gold and system mention (unmatched ones are "twinless", as in
the CoNLL reference scorer), so it also pays for detection errors; ``matched`` keeps only mapped
pairs and measures the clustering alone. Metrics: MUC, B³, CEAF-e (entity-based CEAF, optimal
alignment) and CoNLL F1 = their mean F1. Baselines on the same mentions: ``document`` (no
cross-document merge at all) and ``name keys`` (the IRI scheme before kg.resolve.resolver: identical QID or
normalised name and type).

Linking: for each gold entity mention whose instance has a DBpedia link and that a system mention
matches, the DBpedia page name (``Air_France`` → ``Air France``; a trailing ``(…)`` is tried
without it) is looked up in the gazetteer; the system is right when its QID is the QID of a record
with that name. ``linking`` counts are tp = right QIDs, system = matched mentions with a QID, gold
= linked gold mentions (so P = precision of our links, R = accuracy over the gold links);
``linking in gazetteer`` restricts gold to the links whose name the gazetteer knows.
"""

from __future__ import annotations

import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluation.gold import ChainMention, GoldDocument, Mention, to_document
from kg.evaluation.readers.meantime import named_entity_mentions, read_layout, read_meantime
from kg.evaluation.scoring import ENTITY_LABELS, Counts, match

Clustering = Mapping[Hashable, Hashable]  # mention id -> cluster id


# --- metrics -----------------------------------------------------------------------------------------


def clusters(assignment: Clustering) -> list[frozenset]:
    """The clusters (sets of mention ids) of a mention → cluster mapping, in a stable order."""
    groups: dict[Hashable, set] = defaultdict(set)
    for mention, cluster in assignment.items():
        groups[cluster].add(mention)
    return [frozenset(g) for _, g in sorted(groups.items(), key=lambda kv: repr(kv[0]))]


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def muc(key: Clustering, response: Clustering) -> dict[str, float]:
    """MUC (Vilain et al. 1995): links recovered. Mentions missing from one side are singletons there."""

    def side(a: Clustering, b: Clustering) -> float:
        num = den = 0
        for cluster in clusters(a):
            parts = {b[m] if m in b else ("twinless", m) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num / den if den else 0.0

    return _prf(side(response, key), side(key, response))


def b_cubed(key: Clustering, response: Clustering) -> dict[str, float]:
    """B³ (Bagga & Baldwin 1998), every mention weighted equally; twinless mentions score 0."""

    def side(a: Clustering, b: Clustering) -> float:
        b_groups = {c: set(g) for c, g in _grouped(b).items()}
        total = 0.0
        for cluster in clusters(a):
            for m in cluster:
                if m in b:
                    total += len(cluster & b_groups[b[m]]) / len(cluster)
        return total / len(a) if a else 0.0

    return _prf(side(response, key), side(key, response))


def _grouped(assignment: Clustering) -> dict[Hashable, set]:
    groups: dict[Hashable, set] = defaultdict(set)
    for m, c in assignment.items():
        groups[c].add(m)
    return groups


def ceaf_e(key: Clustering, response: Clustering) -> dict[str, float]:
    """Entity-based CEAF (Luo 2005) with φ4(K, R) = 2|K∩R| / (|K| + |R|) and the optimal one-to-one alignment."""
    k_clusters, r_clusters = clusters(key), clusters(response)
    if not k_clusters or not r_clusters:
        return _prf(0.0, 0.0)
    r_of: dict[Hashable, int] = {m: j for j, c in enumerate(r_clusters) for m in c}
    sims: dict[tuple[int, int], float] = {}
    for i, k in enumerate(k_clusters):
        for j in {r_of[m] for m in k if m in r_of}:
            r = r_clusters[j]
            sims[(i, j)] = 2 * len(k & r) / (len(k) + len(r))
    total = _best_alignment(sims)
    return _prf(total / len(r_clusters), total / len(k_clusters))


def _best_alignment(sims: Mapping[tuple[int, int], float]) -> float:
    """Maximum-weight one-to-one alignment, solved per connected component (the matrix is sparse)."""
    adj: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for i, j in sims:
        adj[("k", i)].add(("r", j))
        adj[("r", j)].add(("k", i))
    seen: set = set()
    total = 0.0
    for start in list(adj):
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            comp.append(node)
            for nxt in adj[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        ks = sorted(n[1] for n in comp if n[0] == "k")
        rs = sorted(n[1] for n in comp if n[0] == "r")
        matrix = [[sims.get((i, j), 0.0) for j in rs] for i in ks]
        total += _hungarian_max(matrix)
    return total


def _hungarian_max(matrix: list[list[float]]) -> float:
    """Maximum total weight of a one-to-one assignment (Hungarian algorithm, O(n³))."""
    if not matrix or not matrix[0]:
        return 0.0
    n_rows, n_cols = len(matrix), len(matrix[0])
    transpose = n_rows > n_cols
    if transpose:
        matrix = [list(col) for col in zip(*matrix)]
        n_rows, n_cols = n_cols, n_rows
    cost = [[-v for v in row] for row in matrix]
    inf = float("inf")
    u, v = [0.0] * (n_rows + 1), [0.0] * (n_cols + 1)
    p, way = [0] * (n_cols + 1), [0] * (n_cols + 1)
    for i in range(1, n_rows + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n_cols + 1)
        used = [False] * (n_cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n_cols + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n_cols + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sum(matrix[p[j] - 1][j - 1] for j in range(1, n_cols + 1) if p[j])


def conll(key: Clustering, response: Clustering) -> dict[str, dict[str, float]]:
    """MUC, B³, CEAF-e and CoNLL (mean of the three F1), each as precision/recall/F1 in [0, 1]."""
    scores = {"muc": muc(key, response), "b3": b_cubed(key, response), "ceafe": ceaf_e(key, response)}
    scores["conll"] = {"f1": sum(s["f1"] for s in scores.values()) / 3}
    return scores


def within_document(
    documents: Sequence[tuple[str, Sequence[ChainMention], Sequence[tuple[Mention, str]]]],
) -> dict[str, dict[str, dict[str, float]]]:
    """Document-level entity coreference: for each ``(doc id, gold chain mentions, system mentions
    with their entity key)``, system mentions are mapped to gold mentions by relaxed one-to-one
    matching; the scores are computed over all documents at once (no cluster crosses documents).

    ``all`` keeps unmatched mentions on both sides (twinless), ``matched`` only mapped pairs.
    """
    key: dict[Hashable, Hashable] = {}
    response: dict[Hashable, Hashable] = {}
    matched_key: dict[Hashable, Hashable] = {}
    matched_response: dict[Hashable, Hashable] = {}
    for doc, gold, system in documents:
        gold_spans = [c.mention for c in gold]
        for c in gold:
            key[(doc, c.mention.start, c.mention.end)] = (doc, c.chain)
        spans = [m for m, _ in system]
        g_of = {si: gi for gi, si in match(gold_spans, spans, mode="relaxed")}
        for si, (m, cluster) in enumerate(system):
            gi = g_of.get(si)
            if gi is None:
                response[(doc, "sys", m.start, m.end)] = (doc, cluster)
                continue
            mid = (doc, gold_spans[gi].start, gold_spans[gi].end)
            response[mid] = matched_response[mid] = (doc, cluster)
            matched_key[mid] = key[mid]
    return {"all": conll(key, response), "matched": conll(matched_key, matched_response)}


# --- gold instances ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldInstances:
    """One MEANTIME document's gold mentions with their cross-document instance (and DBpedia link)."""

    document: GoldDocument
    entity_instance: dict[tuple[int, int], str] = field(default_factory=dict)
    entity_link: dict[tuple[int, int], str] = field(default_factory=dict)
    event_instance: dict[tuple[int, int], str] = field(default_factory=dict)
    # Every entity mention (names, descriptions, pronouns) -> (document-local entity, syntactic type).
    entity_local: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)


def read_instances(path: Path) -> GoldInstances:
    """Read a MEANTIME file's instance ids and links, on the offsets of :func:`read_meantime`."""
    gold = read_meantime(path)
    layout = read_layout(ET.parse(path).getroot())
    elements, refers = layout.elements, layout.refers
    spans = {mid: (a, b) for mid, (a, b, _) in layout.spans.items()}
    entity_instance: dict[tuple[int, int], str] = {}
    entity_link: dict[tuple[int, int], str] = {}
    event_instance: dict[tuple[int, int], str] = {}
    entity_local: dict[tuple[int, int], tuple[str, str]] = {}
    for mid, m in elements.items():
        if mid not in spans or m.tag not in ("ENTITY_MENTION", "EVENT_MENTION"):
            continue
        target = elements.get(refers.get(mid, ""))
        if target is None:
            continue
        instance = target.get("instance_id") or f"{gold.id}#{target.get('m_id')}"
        if m.tag == "ENTITY_MENTION":
            entity_local.setdefault(spans[mid], (str(target.get("m_id")), m.get("syntactic_type") or ""))
            entity_instance.setdefault(spans[mid], instance)
            link = (target.get("external_ref") or "").strip()
            if "dbpedia.org" in link:
                entity_link.setdefault(spans[mid], link)
        else:
            event_instance.setdefault(spans[mid], instance)
    for name, entity_id in named_entity_mentions(layout):
        # a name read inside a longer mention ("Mobile" of "Mobile , Alabama") refers to its entity
        target = elements.get(entity_id)
        if target is not None and (name.start, name.end) not in entity_instance:
            entity_instance[(name.start, name.end)] = target.get("instance_id") or f"{gold.id}#{target.get('m_id')}"
            entity_local[(name.start, name.end)] = (str(target.get("m_id")), "NAM")
            link = (target.get("external_ref") or "").strip()
            if "dbpedia.org" in link:
                entity_link.setdefault((name.start, name.end), link)
    return GoldInstances(gold, entity_instance, entity_link, event_instance, entity_local)


def dbpedia_names(uri: str) -> list[str]:
    """``http://dbpedia.org/page/Georgia_(country)`` → ``["Georgia (country)", "Georgia"]``."""
    name = urllib.parse.unquote(uri.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ").strip()
    bare = re.sub(r"\s*\([^)]*\)$", "", name).strip()
    return list(dict.fromkeys(n for n in (name, bare) if n))


# --- running --------------------------------------------------------------------------------------------


@dataclass
class _Side:
    """Key and response mention → cluster maps for one layer."""

    key: dict = field(default_factory=dict)
    responses: dict[str, dict] = field(default_factory=lambda: defaultdict(dict))
    matched: dict[str, dict] = field(default_factory=lambda: defaultdict(dict))
    matched_key: dict = field(default_factory=dict)


def _within(m: Mention, scored: tuple[int, int]) -> bool:
    return scored[0] <= m.start < scored[1]


def evaluate_coref(paths: Sequence[Path]) -> dict[str, object]:
    """Run the pipeline and the registry over MEANTIME files (in order) and score coreference and linking."""
    from kg.analyse.pipeline import analyse
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.resolve.events import local_event_key
    from kg.resolve.resolver import Resolver

    instances = [read_instances(p) for p in paths]
    resolver = Resolver()
    gaz = default_gazetteer()
    entities, events, within = _Side(), _Side(), _Side()
    link_all, link_in_gaz = Counts(), Counts()
    pending: list[tuple[str, tuple[int, int], Hashable]] = []  # registry keys, redirects resolved at the end
    entity_within = _WithinDocument()
    docs = [i.document for i in instances]
    for inst, result in zip(instances, analyse(to_document(d) for d in docs)):
        gold = inst.document
        scored = gold.scored_range
        if isinstance(result, Exception):
            result = None
        gold_ents = [m for m in gold.entities if _within(m, scored) and m.label in ENTITY_LABELS]
        for m in gold_ents:
            entities.key[(gold.id, m.start, m.end)] = inst.entity_instance.get((m.start, m.end), f"{gold.id}#{m.start}")
        gold_events = [m for m in gold.events if _within(m, scored)]
        for m in gold_events:
            events.key[(gold.id, m.start, m.end)] = inst.event_instance.get((m.start, m.end), f"{gold.id}#e{m.start}")
            within.key[(gold.id, m.start, m.end)] = (gold.id, events.key[(gold.id, m.start, m.end)])
        if result is None:
            continue
        entity_within.add(inst, result)
        resolved = resolver.resolve(result)
        sys_ents: list[Mention] = []
        local: dict[tuple[int, int], tuple[str, str, str | None]] = {}
        for before, after in zip(result.entities, resolved.analysis.entities):
            for m in after.mentions:
                if _within(Mention(m.start, m.end), scored) and m.label in ENTITY_LABELS:
                    sys_ents.append(Mention(m.start, m.end, m.label, "", m.text))
                    local[(m.start, m.end)] = (before.key, after.key, after.qid)
        sys_ents.sort()
        pairs = match(gold_ents, sys_ents, mode="relaxed")
        g_of = {si: gi for gi, si in pairs}
        for si, s in enumerate(sys_ents):
            gi = g_of.get(si)
            mid = (gold.id, gold_ents[gi].start, gold_ents[gi].end) if gi is not None else (gold.id, "sys", s.start, s.end)
            before_key, after_key, _ = local[(s.start, s.end)]
            for name, cluster in (("document", f"{gold.id}/{before_key}"), ("name keys", before_key)):
                entities.responses[name][mid] = cluster
                if gi is not None:
                    entities.matched[name][mid] = cluster
            pending.append(("entities", mid, after_key))
            if gi is not None:
                entities.matched_key[mid] = entities.key[mid]
        # Linking.
        for gi, si in pairs:
            g = gold_ents[gi]
            uri = inst.entity_link.get((g.start, g.end))
            if uri is None:
                continue
            qids = {r.qid for n in dbpedia_names(uri) for r in gaz.lookup(n) if r.qid}
            qid = local[(sys_ents[si].start, sys_ents[si].end)][2]
            right = int(qid is not None and qid in qids)
            link_all += Counts(right, int(qid is not None), 1)
            if qids:
                link_in_gaz += Counts(right, int(qid is not None), 1)
        unmatched_links = [
            (g.start, g.end) for gi, g in enumerate(gold_ents) if (g.start, g.end) in inst.entity_link and gi not in {p[0] for p in pairs}
        ]
        for span in unmatched_links:
            qids = {r.qid for n in dbpedia_names(inst.entity_link[span]) for r in gaz.lookup(n) if r.qid}
            link_all += Counts(0, 0, 1)
            if qids:
                link_in_gaz += Counts(0, 0, 1)
        # Events.
        sys_events = sorted(
            {Mention(e.trigger.start, e.trigger.end, e.type, "", e.trigger.text) for e in result.events if e.lemma and _within(Mention(e.trigger.start, e.trigger.end), scored)}
        )
        link_of = {(k[0], k[1]): v.key for k, v in resolved.events.items()}
        epairs = match(gold_events, sys_events, mode="relaxed")
        eg_of = {si: gi for gi, si in epairs}
        types = {(e.trigger.start, e.trigger.end): e for e in result.events}
        for si, s in enumerate(sys_events):
            gi = eg_of.get(si)
            mid = (gold.id, gold_events[gi].start, gold_events[gi].end) if gi is not None else (gold.id, "sys", s.start, s.end)
            own = local_event_key(gold.id, types[(s.start, s.end)])
            events.responses["document"][mid] = own
            single = f"{gold.id}/{s.start}-{s.end}"
            within.responses["chains"][mid] = own
            within.responses["singletons"][mid] = single
            if gi is not None:
                events.matched["document"][mid] = own
                events.matched_key[mid] = events.key[mid]
                within.matched["chains"][mid] = own
                within.matched["singletons"][mid] = single
                within.matched_key[mid] = within.key[mid]
            pending.append(("events", mid, link_of.get((s.start, s.end), own)))
    for layer, mid, key in pending:
        side = entities if layer == "entities" else events
        final = resolver.entities.canonical_key(key) if layer == "entities" else key
        side.responses["registry"][mid] = final
        if mid in side.matched_key:
            side.matched["registry"][mid] = final
    out: dict[str, object] = {"documents": len(instances)}
    for layer, side in (("entities", entities), ("events", events), ("events within document", within)):
        table: dict[str, dict] = {}
        for system in ("registry", "name keys", "document", "chains", "singletons"):
            if system not in side.responses:
                continue
            table[f"all/{system}"] = conll(side.key, side.responses[system])
            table[f"matched/{system}"] = conll(side.matched_key, side.matched[system])
        table["mentions"] = {
            "gold": len(side.key),
            "system": len(side.responses.get("registry", side.responses.get("chains", {}))),
            "matched": len(side.matched_key),
            "gold instances": len(set(side.key.values())),
            "cross-document gold instances": _cross_doc(side.key),
        }
        out[layer] = table
    out["linking"] = {"all": link_all.as_dict(), "in gazetteer": link_in_gaz.as_dict()}
    out["within document"] = entity_within.scores()
    return out


_NAMED = frozenset({"NAM", "PRE.NAM"})


@dataclass
class _WithinDocument:
    """Within-document entity coreference over every gold entity mention (names, descriptions,
    pronouns; MEANTIME's ``syntactic_type`` NAM, NOM, PRO, ...): the key is MEANTIME's document
    entity of each mention, the response the entity of our name or chain reference
    (:attr:`kg.types.Entity.references`) that matches it (relaxed one-to-one matching). ``named
    chains`` keeps only the gold entities named at least once in the document, which are the ones
    the system builds chains for; the mentions of the chains of unnamed entities
    (:attr:`kg.types.Analysis.unnamed`) are scored too, and in ``named chains`` only when they
    match a gold mention of a named entity."""

    key: dict = field(default_factory=dict)
    response: dict = field(default_factory=dict)
    names_only: dict = field(default_factory=dict)
    # Unmatched system mentions of unnamed chains: no claim about a named entity, left out of ``named chains``.
    unnamed_twinless: set = field(default_factory=set)
    named_key: dict = field(default_factory=dict)
    found: Counter = field(default_factory=Counter)
    gold_types: Counter = field(default_factory=Counter)
    system_kinds: Counter = field(default_factory=Counter)
    right_kinds: Counter = field(default_factory=Counter)

    def add(self, inst: GoldInstances, analysis: object) -> None:
        gold = inst.document
        scored = gold.scored_range
        gold_ms = sorted(Mention(a, b) for (a, b) in inst.entity_local if _within(Mention(a, b), scored))
        named = {inst.entity_local[(m.start, m.end)][0] for m in gold_ms if inst.entity_local[(m.start, m.end)][1] in _NAMED}
        for m in gold_ms:
            cluster, syntactic = inst.entity_local[(m.start, m.end)]
            self.key[(gold.id, m.start, m.end)] = (gold.id, cluster)
            self.gold_types[syntactic] += 1
            if cluster in named:
                self.named_key[(gold.id, m.start, m.end)] = (gold.id, cluster)
        system: list[tuple[Mention, str, str]] = []
        for entity in analysis.entities:  # type: ignore[attr-defined]
            for nm in entity.mentions:
                system.append((Mention(nm.start, nm.end), entity.key, "name"))
            for ref in entity.references:
                system.append((Mention(ref.start, ref.end), entity.key, ref.kind))
        for chain in getattr(analysis, "unnamed", ()):
            for ref in chain.mentions:
                system.append((Mention(ref.start, ref.end), chain.key, f"unnamed {ref.kind}"))
        system = sorted((s for s in system if _within(s[0], scored)), key=lambda s: (s[0].start, s[0].end))
        pairs = match(gold_ms, [s[0] for s in system], mode="relaxed")
        g_of = {si: gi for gi, si in pairs}
        for si, (m, key, kind) in enumerate(system):
            gi = g_of.get(si)
            mid = (gold.id, gold_ms[gi].start, gold_ms[gi].end) if gi is not None else (gold.id, "sys", m.start, m.end)
            self.response[mid] = (gold.id, key)
            if gi is None and kind.startswith("unnamed"):
                self.unnamed_twinless.add(mid)
            if kind == "name":
                self.names_only[mid] = (gold.id, key)
            self.system_kinds[kind] += 1
            if gi is not None:
                self.found[inst.entity_local[(gold_ms[gi].start, gold_ms[gi].end)][1]] += 1
        # Reference precision: a reference is right when its gold mention is in the chain of the
        # gold mention its entity's first matched name stands for.
        first_cluster: dict[str, str] = {}
        for si, (_m, key, kind) in enumerate(system):
            gi = g_of.get(si)
            if kind == "name" and gi is not None and key not in first_cluster:
                first_cluster[key] = inst.entity_local[(gold_ms[gi].start, gold_ms[gi].end)][0]
        for si, (_m, key, kind) in enumerate(system):
            gi = g_of.get(si)
            if kind != "name" and gi is not None and first_cluster.get(key) == inst.entity_local[(gold_ms[gi].start, gold_ms[gi].end)][0]:
                self.right_kinds[kind] += 1

    def scores(self) -> dict[str, object]:
        def named(response: dict) -> dict:
            return {m: c for m, c in response.items() if (m[1] == "sys" and m not in self.unnamed_twinless) or m in self.named_key}

        return {
            "all mentions": conll(self.key, self.response),
            "named chains": conll(self.named_key, named(self.response)),
            "all mentions/names only": conll(self.key, self.names_only),
            "named chains/names only": conll(self.named_key, named(self.names_only)),
            "mentions": {
                "gold": len(self.key),
                "gold in named chains": len(self.named_key),
                "gold by syntactic type": dict(sorted(self.gold_types.items())),
                "matched by syntactic type": dict(sorted(self.found.items())),
                "system by kind": dict(sorted(self.system_kinds.items())),
                "references in the right chain": dict(sorted(self.right_kinds.items())),
            },
        }


def _cross_doc(key: Mapping) -> int:
    docs: dict[Hashable, set] = defaultdict(set)
    for mid, c in key.items():
        docs[c].add(mid[0])
    return sum(1 for d in docs.values() if len(d) > 1)


def meantime_paths(folder: Path) -> list[Path]:
    """The files of a MEANTIME split folder, in the reader's order."""
    return sorted(folder.glob("corpus_*/*.xml"))


def format_coref(result: Mapping[str, object], *, title: str = "") -> str:
    """A plain-text table of :func:`evaluate_coref` results."""
    lines = [title] if title else []
    for layer in ("entities", "events", "events within document"):
        table = result.get(layer)
        if not isinstance(table, dict):
            continue
        title = "events coreference (within document)" if layer == "events within document" else f"{layer} coreference (cross-document)"
        lines.append(f"{title}  MUC F1  B3 P  B3 R  B3 F1  CEAF-e F1  CoNLL F1")
        for name, s in table.items():
            if name == "mentions":
                continue
            lines.append(
                f"  {name:28} {100 * s['muc']['f1']:6.2f} {100 * s['b3']['precision']:6.2f} {100 * s['b3']['recall']:6.2f}"
                f" {100 * s['b3']['f1']:6.2f} {100 * s['ceafe']['f1']:9.2f} {100 * s['conll']['f1']:9.2f}"
            )
        lines.append("  mentions: " + ", ".join(f"{k} {v}" for k, v in table["mentions"].items()))
    within = result.get("within document")
    if isinstance(within, dict):
        lines.append("entities coreference (within document)  MUC F1  B3 P  B3 R  B3 F1  CEAF-e F1  CoNLL F1")
        for name in ("all mentions", "named chains", "all mentions/names only", "named chains/names only"):
            s = within[name]
            lines.append(
                f"  {name:28} {100 * s['muc']['f1']:6.2f} {100 * s['b3']['precision']:6.2f} {100 * s['b3']['recall']:6.2f}"
                f" {100 * s['b3']['f1']:6.2f} {100 * s['ceafe']['f1']:9.2f} {100 * s['conll']['f1']:9.2f}"
            )
        for k, v in within["mentions"].items():
            lines.append(f"  {k}: {v}")
    linking = result.get("linking", {})
    for name, c in linking.items():  # type: ignore[union-attr]
        lines.append(f"entity linking ({name}): P {c['precision']:.2f}  R (accuracy) {c['recall']:.2f}  F1 {c['f1']:.2f}  tp {c['tp']} system {c['system']} gold {c['gold']}")
    return "\n".join(lines) + "\n"
