"""Acts that did not happen (issue 17, "who did what"): an act kept off by a verb of prevention
("Acme avoided bankruptcy", "staved off collapse", « a évité la faillite », « a échappé à la
faillite »; ``<lang>/prevention_verbs``) is negated, unless the verb itself is ("did not avoid
bankruptcy"); an infinitive after a copula and an adjective is as sure as the copula ("we will be
able to serve more homeowners": future; "was able to escape": asserted). Every sentence is invented.
A row is (language, sentence, trigger, polarity, modality); ``ANY`` skips a column."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()

CASES = [
    ("en", "Acme narrowly avoided bankruptcy in 2009.", "bankruptcy", "NEG", ANY),
    ("en", "The company escaped bankruptcy last year.", "bankruptcy", "NEG", ANY),
    ("en", "The loan helped the airline stave off collapse.", "collapse", "NEG", ANY),
    ("fr", "Le groupe a évité la faillite en 2019.", "faillite", "NEG", ANY),
    ("fr", "La société a échappé à la faillite l'an dernier.", "faillite", "NEG", ANY),
    ("fr", "Le gouvernement a empêché une grève des pilotes.", "grève", "NEG", ANY),
    ("en", '"Together we will be able to serve millions more homeowners," she said.', "serve", ANY, "FUTURE"),
    ("en", "The plant would be hard to sell.", "sell", ANY, "CONDITIONAL"),
]

GUARDS = [
    # a negated prevention lets the act happen; another verb's object is as it was
    ("en", "Acme did not avoid bankruptcy.", "bankruptcy", "POS", ANY),
    ("en", "Acme filed for bankruptcy on Monday.", "bankruptcy", "POS", ANY),
    ("fr", "Le groupe n'a pas pu éviter la faillite.", "faillite", "POS", ANY),
    # a past or present copula keeps the infinitive asserted
    ("en", "The firm was able to escape from the building.", "escape", ANY, "ASSERTED"),
    ("en", "The bank was quick to respond to the claims.", "respond", ANY, "ASSERTED"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "polarity", "modality"), CASES + GUARDS,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_acts_kept_off_or_to_come_are_no_facts(request, lang, text, trigger, polarity, modality) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    if polarity is not ANY:
        assert events[0].polarity == polarity
    if modality is not ANY:
        assert events[0].modality == modality
