"""Stage 4, analyse: the per-document pipeline (segments, models, every extractor in turn) and its
parallel runners (processes, Dask). Returns :class:`kg.types.Analysis`.

May import ``kg.extract``, ``kg.nlp``, ``kg.ingest`` and the layers below; nothing above.
"""
