"""Generate ``kg/graph/vocab.py`` from ``ontologies/*.ttl``.

Run ``python scripts/gen_vocab.py`` after editing an ontology; ``tests/graph/test_vocab.py`` fails when the
generated module is out of date, so a term used in code always exists in the ontology.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent

# (class name, namespace IRI, ontology file, docstring)
SPECS: tuple[tuple[str, str, str, str], ...] = (
    ("KG", "https://w3id.org/newskg/ns#", "kg.ttl", "The project's own vocabulary."),
    ("EVT", "https://w3id.org/newskg/event#", "events.ttl", "Event type concepts (SKOS)."),
    ("ROLE", "https://w3id.org/newskg/role#", "roles.ttl", "Person-organisation role concepts (SKOS)."),
)


def render() -> str:
    """Return the text of ``kg/graph/vocab.py`` for the current ontologies."""
    out = [
        '"""Vocabulary namespaces generated from ``ontologies/*.ttl`` by ``scripts/gen_vocab.py``.',
        "",
        "Do not edit by hand: a term missing here is missing from the ontology.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from rdflib import URIRef",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "",
    ]
    for name, iri, filename, doc in SPECS:
        graph = Graph().parse(ROOT / "ontologies" / filename, format="turtle")
        terms = sorted(
            {
                str(s)[len(iri):]
                for s in graph.subjects()
                if isinstance(s, URIRef) and str(s).startswith(iri) and len(str(s)) > len(iri)
            }
        )
        out += ["", f"class {name}(DefinedNamespace):", f'    """{doc}"""', ""]
        out += [f"    {term}: URIRef" for term in terms]
        out += ["", f'    _NS = Namespace("{iri}")', "    _fail = True", ""]
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    target = ROOT / "kg" / "graph" / "vocab.py"
    text = render()
    if "--check" in sys.argv:
        return 0 if target.read_text(encoding="utf-8") == text else 1
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
