"""Stage 2, nlp: load the spaCy models, cache per-Doc views, scan with regexes, and the grammar
helpers every extractor shares (subjects, passives, coordination, negation, modality, tense).

May import ``kg.errors``, ``kg.types``, ``kg.text`` and ``kg.knowledge``; never an extractor.
"""
