"""Text utilities every stage shares: names and titles, slugs.

Pure string functions. May import ``kg.errors`` only.
"""
