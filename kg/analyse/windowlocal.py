"""What the extractors read from one window of a long document alone (:mod:`kg.analyse.windows`):
its entity mentions, memberships and coreference cues, which depend on nothing but the window's Doc
and its offset, and the candidate temporal expressions of its text (:func:`kg.extract.temporal.find_timexes`,
before their values are resolved). A second process (:mod:`kg.analyse.parsehelper`) computes them for the windows it
parses, beside the Doc, so that the process that runs the other extractors does not; the temporal
expressions, events and quotations are read where the windows are read in order (the values of dates
are anchored on the dates of the windows before: :class:`kg.extract.temporal.TimexReader`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from kg.extract import coref as coref_of
from kg.extract import memberships as mbr
from kg.extract import mentions as mentions_of
from kg.extract.temporal import TimexCandidate, find_timexes
from kg.nlp.doccache import doc_text
from kg.nlp.models import load_model, model_name
from kg.types import EntityMention, Membership

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.knowledge.gazetteer import Gazetteer

__all__ = ["WindowExtracts", "window_cues", "window_extracts", "window_memberships", "window_mentions"]


class WindowExtracts(NamedTuple):
    """The window-local results of one window, in document coordinates."""

    mentions: list[EntityMention]
    memberships: list[Membership]
    cues: coref_of.CorefCues
    #: ``find_timexes`` of the window's text in its language (offsets in the window)
    timex_candidates: list[TimexCandidate]


def window_mentions(doc: Doc, *, lang: str, offset: int, gazetteer: Gazetteer) -> list[EntityMention]:
    nlp = load_model(lang)
    return mentions_of.entity_mentions_from_doc(doc, nlp=nlp, lang=lang, model=model_name(nlp), gazetteer=gazetteer, offset=offset)


def window_memberships(doc: Doc, *, lang: str, offset: int) -> list[Membership]:
    return list(mbr.memberships_from_doc(doc, lang=lang, offset=offset))


def window_cues(doc: Doc, *, lang: str, offset: int) -> coref_of.CorefCues:
    return coref_of.anaphors_from_doc(doc, lang=lang, offset=offset)


def window_extracts(doc: Doc, *, lang: str, offset: int, gazetteer: Gazetteer) -> WindowExtracts:
    """Every window-local result of ``doc`` (the piece of the document that starts at ``offset``)."""
    return WindowExtracts(
        window_mentions(doc, lang=lang, offset=offset, gazetteer=gazetteer),
        window_memberships(doc, lang=lang, offset=offset),
        window_cues(doc, lang=lang, offset=offset),
        find_timexes(doc_text(doc), lang=lang),
    )
