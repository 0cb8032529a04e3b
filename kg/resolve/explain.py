"""``kg explain``: what the graph knows about one entity, and why its mentions were merged.

Reads only the built graph (any format ``kg query`` reads): the canonical node, its type, QID,
every alias by language and document (from the mentions that point to it), the number of
mentions per document, each merge with its evidence (``kg:mergeEvidence``), and the coreference
chain of each document: its names, pronouns and descriptions in text order, each reference with
the evidence that linked it (``kg:corefEvidence``, :mod:`kg.extract.coref`). IRIs retired by a
cross-document merge (``old owl:sameAs new``) are followed to the canonical node, and their
mentions are counted with it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SDO

from kg.errors import Errors, KGError
from kg.graph.namespaces import ITSRDF, NIF
from kg.graph.rdf import ENTITY_CLASS_LABELS
from kg.graph.vocab import KG
from kg.knowledge.gazetteer import normalise_name

_TYPES = ENTITY_CLASS_LABELS
_WD = "http://www.wikidata.org/entity/"


@dataclass
class Explanation:
    """Everything ``kg explain`` prints about one canonical entity."""

    iri: str
    types: list[str]
    labels: list[str]
    qid: str | None
    retired: list[str] = field(default_factory=list)
    # retired IRI -> why it is owl:sameAs the canonical one
    retired_why: dict[str, str] = field(default_factory=dict)
    # (alias, language, document) -> number of mentions
    aliases: dict[tuple[str, str, str], int] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    # (evidence, document)
    evidence: list[tuple[str, str]] = field(default_factory=list)
    # document -> its coreference chain in text order: (offset, text, kind, evidence); kind "name"
    # for a name, else the kind of reference (pronoun, possessive, relative, nominal, appositive).
    chains: dict[str, list[tuple[int, str, str, str]]] = field(default_factory=dict)
    # document -> the types its graph gives the node: one QID typed by each language's convention
    # (the EU a place in English news, an organisation in French) is one node with both types.
    types_by_document: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "iri": self.iri,
            "types": self.types,
            "types_by_document": self.types_by_document,
            "labels": self.labels,
            "qid": self.qid,
            "retired_iris": self.retired,
            "retired_why": self.retired_why,
            "aliases": [{"alias": a, "language": lang, "document": d, "mentions": n} for (a, lang, d), n in self.aliases.items()],
            "mentions_per_document": self.mentions,
            "merges": [{"evidence": e, "document": d} for e, d in self.evidence],
            "chains": {
                d: [{"offset": o, "text": t, "kind": k, "evidence": w} for o, t, k, w in chain]
                for d, chain in self.chains.items()
            },
        }

    def text(self) -> str:
        typed = f"  type   {', '.join(self.types) or '?'}"
        if len(self.types) > 1:
            typed += " (" + "; ".join(f"{', '.join(t)} in {d}" for d, t in sorted(self.types_by_document.items())) + ")"
        lines = [f"{self.iri}", typed, f"  label  {' | '.join(self.labels)}"]
        lines.append(f"  QID    {self.qid or '(not linked)'}")
        for old in self.retired:
            why = self.retired_why.get(old)
            lines.append(f"  was    {old} (owl:sameAs)" + (f": {why}" if why else ""))
        lines.append("  aliases:")
        for (alias, lang, doc), n in sorted(self.aliases.items(), key=lambda kv: (kv[0][2], kv[0][1], kv[0][0])):
            lines.append(f"    {alias!r:40} {lang or '?':3} {doc}  ×{n}")
        lines.append("  mentions per document:")
        for doc, n in sorted(self.mentions.items()):
            lines.append(f"    {doc}  {n}")
        lines.append(f"  merges ({len(self.evidence)}):")
        for why, doc in self.evidence:
            lines.append(f"    [{doc}] {why}")
        if any(k != "name" for chain in self.chains.values() for _, _, k, _ in chain):
            lines.append("  coreference chains:")
            for doc, chain in sorted(self.chains.items()):
                lines.append(f"    [{doc}]")
                for offset, text, kind, why in chain:
                    lines.append(f"      {offset:>7} {text!r:32} {kind}" + (f"  ({why})" if why else ""))
        return "\n".join(lines) + "\n"


def _doc_of(graph_iri: URIRef) -> str:
    return str(graph_iri).rstrip("/").rsplit("/", 1)[-1]


def _canonical(dataset: Dataset, node: URIRef) -> URIRef:
    seen = {node}
    while True:
        nxt = [o for o in dataset.objects(node, OWL.sameAs) if isinstance(o, URIRef) and not str(o).startswith(_WD)]
        if not nxt or nxt[0] in seen:
            return node
        node = nxt[0]
        seen.add(node)


def find_entities(dataset: Dataset, query: str) -> list[URIRef]:
    """Canonical entity nodes whose IRI, key, label or alias is ``query`` (names compared normalised)."""
    entities = {s for cls in ENTITY_CLASS_LABELS for s in dataset.subjects(RDF.type, cls)}
    retired = {s for s, o in dataset.subject_objects(OWL.sameAs) if isinstance(o, URIRef) and not str(o).startswith(_WD)}
    found: set[URIRef] = set()
    if query.startswith(("http://", "https://")):
        node = URIRef(query)
        if node in entities or node in retired:
            found.add(node)
    else:
        want = normalise_name(query)
        for node in entities | retired:
            if str(node).endswith("/entity/" + query):
                found.add(node)
                continue
            for prop in (RDFS.label, SDO.alternateName):
                if any(normalise_name(str(v)) == want for v in dataset.objects(node, prop)):
                    found.add(node)
                    break
    return sorted({_canonical(dataset, n) for n in found})


def explain(dataset: Dataset, query: str) -> list[Explanation]:
    """Explanations of every canonical entity matching ``query`` (E409 when there is none)."""
    nodes = find_entities(dataset, query)
    if not nodes:
        raise KGError(Errors.E409, name=query)
    return [explain_node(dataset, node) for node in nodes]


def explain_node(dataset: Dataset, node: URIRef) -> Explanation:
    retired = sorted(s for s in dataset.subjects(OWL.sameAs, None) if _canonical(dataset, s) == node and s != node)
    group = [node, *retired]
    types = sorted({_TYPES[o] for n in group for o in dataset.objects(n, RDF.type) if o in _TYPES})
    labels = sorted({str(o) for o in dataset.objects(node, RDFS.label)})
    qids = sorted({str(o)[len(_WD):] for n in group for o in dataset.objects(n, OWL.sameAs) if str(o).startswith(_WD)})
    result = Explanation(str(node), types, labels, qids[0] if qids else None, [str(r) for r in retired])
    by_doc: dict[str, set[str]] = {}
    for n in group:
        for _, _, o, graph in dataset.quads((n, RDF.type, None, None)):
            if o in _TYPES and graph is not None:
                by_doc.setdefault(_doc_of(graph), set()).add(_TYPES[o])
    result.types_by_document = {d: sorted(t) for d, t in by_doc.items()}
    result.retired_why = {str(r): _why_retired(dataset, r, group) for r in retired}
    aliases: Counter[tuple[str, str, str]] = Counter()
    per_doc: Counter[str] = Counter()
    evidence: dict[tuple[str, str], None] = {}
    chains: dict[str, list[tuple[int, str, str, str]]] = {}
    for n in group:
        for mention, _, _, graph in dataset.quads((None, ITSRDF.taIdentRef, n, None)):
            doc = _doc_of(graph)
            anchor = next(iter(dataset.objects(mention, NIF.anchorOf)), Literal(""))
            lang = next(iter(dataset.objects(mention, KG.language)), Literal(""))
            text = str(anchor)
            extractor = str(next(iter(dataset.objects(mention, KG.extractor)), ""))
            begin = next(iter(dataset.objects(mention, NIF.beginIndex)), None)
            offset = int(begin) if isinstance(begin, Literal) else -1
            if extractor.startswith("coref:"):
                why = str(next(iter(dataset.objects(mention, KG.corefEvidence)), ""))
                chains.setdefault(doc, []).append((offset, text, extractor[len("coref:") :], why))
                continue  # a pronoun or description is no alias of the entity
            chains.setdefault(doc, []).append((offset, text, "name", ""))
            aliases[(text[4:] if text.startswith("the ") else text, str(lang), doc)] += 1
            per_doc[doc] += 1
        for _, _, why, graph in dataset.quads((n, KG.mergeEvidence, None, None)):
            evidence.setdefault((str(why), _doc_of(graph)), None)
    result.aliases = dict(aliases)
    result.mentions = dict(per_doc)
    result.evidence = sorted(evidence, key=lambda x: (x[1], x[0]))
    result.chains = {d: sorted(set(chain)) for d, chain in chains.items()}
    return result


def _why_retired(dataset: Dataset, old: URIRef, group: list[URIRef]) -> str:
    """Why ``old`` is ``owl:sameAs`` the canonical node: a merge of two canonical entities (its
    evidence names the old key), or the key a document gives the entity on its own while the
    cluster is named after its earliest document (kg.resolve.resolver)."""
    key = str(old).rsplit("/entity/", 1)[-1]
    for n in group:
        for why in dataset.objects(n, KG.mergeEvidence):
            if f"({key}) merged into" in str(why):
                return str(why)
    docs = sorted({_doc_of(g) for _, _, _, g in dataset.quads((old, OWL.sameAs, None, None)) if g is not None})
    return (
        f"the IRI {', '.join(docs) or 'a document'} gives this entity on its own; merged across documents, "
        "it is named after its earliest document (by id), whatever the order of the build"
    )


def format_explanations(items: list[Explanation], *, fmt: str = "text") -> str:
    """Plain text (default) or JSON."""
    if fmt == "json":
        return json.dumps([x.as_dict() for x in items], indent=2, ensure_ascii=False) + "\n"
    return "\n".join(x.text() for x in items)


__all__ = ["Explanation", "explain", "explain_node", "find_entities", "format_explanations"]
