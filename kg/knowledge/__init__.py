"""Shared knowledge kept as data: word lists, gazetteer, trigger and role lexicons, institution tables.

Both extraction and resolution read it, so it sits under both. It may import ``kg.errors``,
``kg.types`` and ``kg.text`` only; every file is read on first use and cached.
"""
