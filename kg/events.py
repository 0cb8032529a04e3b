"""Old import path, kept for users: the extractors now live in :mod:`kg.extract` (see CHANGELOG.md).

``kg.events`` re-exports the public names it had; new code imports :mod:`kg.extract.events`,
:mod:`kg.extract.quotes`, :mod:`kg.extract.memberships` and :mod:`kg.knowledge.lexicons`.
"""

from __future__ import annotations

from kg.extract.events import events_from_doc, negation_in_type
from kg.extract.memberships import memberships_from_doc
from kg.extract.quotes import is_reporting_verb, quotes_from_doc
from kg.knowledge.lexicons import Condition, RoleLexicon, TriggerEntry, TriggerLexicon, load_lexicon, load_roles

__all__ = [
    "Condition",
    "RoleLexicon",
    "TriggerEntry",
    "TriggerLexicon",
    "events_from_doc",
    "is_reporting_verb",
    "load_lexicon",
    "load_roles",
    "memberships_from_doc",
    "negation_in_type",
    "quotes_from_doc",
]
