"""Stage 5, resolve: one node per real-world thing. The registry that merges entities and events
across documents and languages (gazetteer links, conservative rules, ``ontologies/splits.tsv``),
and ``explain``, which shows the aliases and merges of a node.

May import ``kg.graph`` (IRIs and literals), ``kg.analyse`` and the layers below.
"""
