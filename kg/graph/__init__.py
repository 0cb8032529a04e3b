"""Stage 6, graph: RDF. Namespaces and the generated vocabulary, the writer (from plain
:mod:`kg.types` values to quads), the in-memory and Oxigraph stores, SPARQL and SHACL validation.

May import ``kg.knowledge``, ``kg.text``, ``kg.types``, ``kg.errors`` and ``kg.fileio``; never an
extractor, the pipeline or a later stage.
"""
