"""The clause tenses of :func:`kg.analyse.pipeline._tense_lookup` look a date's verb up once (p37a,
issue 18): f35b's French "done" test asks the clause's tense of most French past dates, and the
lookup had just found the date's verb (``_verb_of_date``) for its own tests."""

from __future__ import annotations

import pytest

import kg.analyse.pipeline as pipeline
from tests.extract.wire_timexes import wire_timexes

# invented sentences: a French past date (the "done" test), a French present and future, an English
# future with a past clause (the other caller of the clause's tense)
SENTENCES = [
    ("Le maire de Valbonne a été arrêté ce week-end par les gendarmes.", "fr"),
    ("Les pompiers ont maîtrisé l'incendie de l'entrepôt dimanche soir.", "fr"),
    ("La direction de l'usine de Castelroc a annoncé lundi la fermeture du site.", "fr"),
    ("Le syndicat appelle à une grève samedi devant la mairie.", "fr"),
    ("Le conseil municipal votera le budget vendredi.", "fr"),
    ("The mayor said on Monday that the council will vote on Friday.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_a_dates_verb_is_looked_up_once(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    asked: list[tuple[int, int]] = []
    real = pipeline._verb_of_date

    def counting(sent, local):  # type: ignore[no-untyped-def]
        asked.append((sent.start, local))
        return real(sent, local)

    monkeypatch.setattr(pipeline, "_verb_of_date", counting)
    found = [(t.text, t.value) for t in wire_timexes(text, "2014-03-12", lang)]
    monkeypatch.setattr(pipeline, "_verb_of_date", real)
    assert found == [(t.text, t.value) for t in wire_timexes(text, "2014-03-12", lang)]  # the same dates
    assert found  # every sentence has a date
    assert len(asked) == len(set(asked)), asked
