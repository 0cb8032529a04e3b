"""Stage 3, extract: read one parsed segment and return plain :mod:`kg.types` values: entities,
institutions, dates (``temporal``), events, quotations, memberships; ``attach`` ties them together.

May import ``kg.nlp``, ``kg.knowledge``, ``kg.text``, ``kg.types`` and ``kg.errors``; never
``kg.graph`` (extractors know nothing of RDF) nor any later stage.
"""
