"""Stage 1, ingest: read input files and their metadata into :class:`kg.types.Document`, and route
each sentence to its language.

May import ``kg.errors``, ``kg.types``, ``kg.text`` and ``kg.knowledge``; nothing above.
"""
