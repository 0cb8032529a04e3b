"""Stage 8, serve: the read-only SPARQL endpoint (``kg serve``) and pushing a graph to a Graph Store
Protocol endpoint (``kg push``).

May import ``kg.graph`` and the layers below.
"""
