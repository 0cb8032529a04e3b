"""Stage 7, explore: what people look at. Views over the graph, the interactive graph page, the
timeline, the answers to the named questions, statistics, and their templates.

May import ``kg.graph`` and the layers below; never ``kg.serve``, ``kg.builder``, ``kg.api`` or ``kg.cli``.
"""
