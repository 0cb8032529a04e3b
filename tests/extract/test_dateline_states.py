"""An abbreviated state in a wire dateline after a headline ("PORTLAND, Ore. (AP) —") is a place:
the parse coordinates the town, the state and the agency, and the list rule typed the state an
organisation like the agency beside it (``en/place_abbreviations``). Every text is invented."""

from __future__ import annotations

import pytest

from kg.analyse.pipeline import analyse
from kg.ingest.readers import document_from_text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "state"), [
    # the model reads the town as an organisation, so the list rule had two beside the state
    ("Judge blocks plan\n\nPORTLAND, Ore. (AP) — A federal judge on Tuesday blocked a plan.", "Ore."),
    ("Mill to close\n\nSPRINGFIELD, Mass. (Reuters) - Harbor Paper said on Monday it would close its mill.", "Mass."),
    ("Storm hits coast\n\nMOBILE, Ala. (AP) — A storm flooded streets on Sunday.", "Ala."),
])
def test_a_dateline_state_after_a_headline_is_a_place(text: str, state: str) -> None:
    (result,) = analyse([document_from_text(text, doc_id="wire", date="2026-03-12")])
    labels = {m.text: m.label for e in result.entities for m in e.mentions}
    assert labels.get(state) == "LOC", labels
