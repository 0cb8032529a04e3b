"""Shared helper of the wire-news date tests (``test_temporal_wire_*``): the timexes of one invented
sentence, read with the pipeline's clause tenses (kg.analyse.pipeline._tense_lookup), as ``kg
analyse`` reads them."""

from __future__ import annotations

from kg.types import Timex


def wire_timexes(text: str, dct: str, lang: str = "en") -> list[Timex]:
    """The timexes of ``text`` (one segment in ``lang``) against the creation date ``dct``."""
    from kg.analyse.pipeline import _tense_lookup
    from kg.extract.temporal import timexes_from_segments
    from kg.nlp import models
    from kg.types import PartialDate, Segment

    seg = Segment(0, len(text), lang)
    tense_at = _tense_lookup(((seg, models.load_model(lang)(text)),))
    return list(timexes_from_segments(text, [seg], dct=PartialDate.parse(dct), tense_at=tense_at))
