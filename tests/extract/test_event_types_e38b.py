"""Issue 17 (e38b): event types that would mislead a "who did what" question, on invented news.
A person released from custody is no product launch ("he was released two days after his arrest"),
police charging a crowd with batons no indictment, the modifier of a kind of product no change
("a weight-loss pill"), a programme or documents no product, a jury retiring no one leaving a job,
and « le départ de son entraîneur » no journey. Near misses keep their type. Every sentence is
invented. A row is (language, sentence, trigger, type), ``None`` when the trigger is no event."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

CASES = [
    # freed people, not products
    ("en", "He was released two days after his arrest.", "released", "ReleaseParole"),
    ("en", "She was released late on Friday, her lawyer said.", "released", "ReleaseParole"),
    ("en", "Police released him after questioning.", "released", "ReleaseParole"),
    # a rush with weapons, not an indictment
    ("en", "Mounted officers charged demonstrators with batons.", "charged", "Attack"),
    ("en", "Riot police charged the crowd with tear gas and shields.", "charged", "Attack"),
    # the modifier of a kind of product is no change
    ("en", "The company launched a new weight-loss pill on Monday.", "loss", None),
    ("en", "Valtera said its weight-loss injection would be sold in Europe next spring.", "loss", None),
    ("en", "Regulators approved the weight-loss drug last year.", "loss", None),
    # a programme, documents: nothing put on the market
    ("en", "The cancer screening programme was launched in 2019.", "launched", "Occurrence"),
    ("en", "Detectives launched a manhunt after the shooting.", "launched", "Occurrence"),
    ("en", "The court released the documents on Friday.", "released", "Occurrence"),
    # a jury withdrawing to deliberate keeps its job
    ("en", "The jury retired to consider its verdict.", "retired", "Occurrence"),
    # a person leaving a job or a club
    ("fr", "Le club a annoncé le départ de son entraîneur.", "départ", "EndPosition"),
    ("fr", "Le départ de la directrice financière a été annoncé lundi.", "départ", "EndPosition"),
    ("fr", "Le départ des salariés sera compensé par des embauches.", "départ", "EndPosition"),
    # near misses: these keep their type
    ("en", "Prosecutors charged the former mayor with fraud.", "charged", "ChargeIndict"),
    ("en", "A 42-year-old man was charged on Tuesday with assaulting a police officer.", "charged", "ChargeIndict"),
    ("en", "Apple released a new iPhone on Tuesday.", "released", "ProductLaunch"),
    ("en", "The band released its third album in May.", "released", "ProductLaunch"),
    ("en", "The prisoner was released on parole after serving eight years.", "released", "ReleaseParole"),
    ("en", "The goalkeeper was released from hospital after treatment.", "released", "Occurrence"),
    ("en", "The company reported a loss of 3 million dollars.", "loss", "QuantityChange"),
    ("en", "The union called a strike after talks over job cuts collapsed.", "cuts", "QuantityChange"),
    ("en", "The captain retired from international football in May.", "retired", "EndPosition"),
    ("fr", "Le départ du train a été retardé de deux heures.", "départ", "Transport"),
    ("fr", "Le départ du Tour de France sera donné à Lille.", "départ", "Transport"),
    ("fr", "Le départ de l'étape sera donné à Nice.", "départ", "Transport"),
    ("fr", "Le départ du ministre pour Bruxelles est prévu lundi.", "départ", "Transport"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "etype"), CASES, ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_event_type(en_nlp, fr_nlp, lang: str, text: str, trigger: str, etype: str | None) -> None:
    nlp = en_nlp if lang == "en" else fr_nlp
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    if etype is None:
        assert not events, f"{trigger!r} is no event: {[e.type for e in events]}"
    else:
        assert events, f"no event on {trigger!r}"
        assert events[0].type == etype
