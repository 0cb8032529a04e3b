"""Acts that did not happen (issue 17, "who did what"): an act kept off by a verb of prevention
("Acme avoided bankruptcy", "staved off collapse", « a évité la faillite », « a échappé à la
faillite »; ``<lang>/prevention_verbs``) is negated, unless the verb itself is ("did not avoid
bankruptcy"); an infinitive after a copula and an adjective is as sure as the copula ("we will be
able to serve more homeowners": future; "was able to escape": asserted). Every sentence is invented.
Also (lead34) an act a verb of hindering keeps someone from ("a judge blocked Acme from
expanding", « a interdit à la société de vendre »; ``hindering_verbs``), an infinitive after
"able"/"unable" under a denying copula, an act named as the indefinite complement of a noun of risk
or fear ("the risk of flooding"; ``possibility_nouns``), an infinitive the French parser hangs on the
addressee of a verb of asking, and a conjunct after a "to" infinitive or a perfect that the tagger
reads as a past tense; a participle used as a preposition ("starting May 1") is no act at all.
A row is (language, sentence, trigger, polarity, modality); ``ANY`` skips a column, ``None`` as the
polarity says that the word must give no event."""

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
    # lead34: acts someone is kept from, feared acts, misread conjuncts, and no act at all
    ("en", "A federal judge on Tuesday blocked Norcrest Mining from expanding its quarry.", "expanding", "NEG", ANY),
    ("en", "Guards stopped the protesters from entering the ministry.", "entering", "NEG", ANY),
    ("en", "The striker was banned from playing for six matches.", "playing", "NEG", ANY),
    ("en", "The minister refrained from commenting on the verdict.", "commenting", "NEG", ANY),
    ("en", "The order prohibits the firm from selling the pesticide.", "selling", "NEG", ANY),
    ("fr", "Le juge a interdit à la société de vendre le pesticide.", "vendre", "NEG", ANY),
    ("fr", "Le préfet s'est abstenu de commenter la décision du tribunal.", "commenter", "NEG", ANY),
    ("en", "Free accounts will no longer be able to post links.", "post", "NEG", "FUTURE"),
    ("en", "The carrier was unable to pay its suppliers in March.", "pay", "NEG", ANY),
    ("en", "The two unions were not able to reach a deal.", "reach", "NEG", ANY),
    ("en", "Farmers warned of the risk of flooding along the river.", "flooding", ANY, "POSSIBLE"),
    ("en", "The airline faces the threat of a strike by its pilots.", "strike", ANY, "POSSIBLE"),
    ("en", "The lender runs the risk of losing its banking licence.", "losing", ANY, "POSSIBLE"),
    ("fr", "Les riverains redoutent un risque d'inondation cet hiver.", "inondation", ANY, "POSSIBLE"),
    ("en", "The stadium was expected to create 900 jobs and cost $400 million.", "cost", ANY, "FUTURE"),
    ("en", "Rexford agreed to buy the mill and put its land up for sale.", "put", ANY, "FUTURE"),
    # French infinitives the parser hangs on the addressee of a verb of asking or ordering
    ("fr", "La députée a demandé au parquet d'ouvrir une enquête sur la mairie.", "enquête", ANY, "REQUESTED"),
    ("fr", "La cour a ordonné à l'assureur de verser 3 millions d'euros aux familles.", "verser", ANY, "REQUESTED"),
    ("fr", "Les élus ont exhorté le préfet à rouvrir les négociations.", "négociations", ANY, "REQUESTED"),
    ("en", "A strike would have grounded 900 flights and stranded thousands of travellers.", "stranded", ANY, "CONDITIONAL"),
    ("en", "Ticket prices will rise starting June 1.", "starting", None, ANY),
    ("en", "Fares will go up beginning next month.", "beginning", None, ANY),
]

GUARDS = [
    # a negated prevention lets the act happen; another verb's object is as it was
    ("en", "Acme did not avoid bankruptcy.", "bankruptcy", "POS", ANY),
    ("en", "Acme filed for bankruptcy on Monday.", "bankruptcy", "POS", ANY),
    ("fr", "Le groupe n'a pas pu éviter la faillite.", "faillite", "POS", ANY),
    # a past or present copula keeps the infinitive asserted
    ("en", "The firm was able to escape from the building.", "escape", ANY, "ASSERTED"),
    ("en", "The bank was quick to respond to the claims.", "respond", ANY, "ASSERTED"),
    # a negated verb of hindering lets the act happen; "able" under a plain copula is asserted
    ("en", "The injunction did not stop the company from selling the drug.", "selling", "POS", ANY),
    ("fr", "La police n'a pas empêché les manifestants de manifester devant la mairie.", "manifester", "POS", ANY),
    ("en", "The crew was able to land the plane safely.", "land", "POS", "ASSERTED"),
    ("en", "The proceeds came from selling two hotels.", "selling", "POS", ANY),
    # a definite act under a noun of risk may have happened; an asserted act stays asserted
    ("en", "Analysts listed the risks of the merger on Monday.", "merger", ANY, "ASSERTED"),
    ("en", "Floods killed four people in the valley.", "killed", ANY, "ASSERTED"),
    # an infinitive that completes its own noun is no request; an order of a noun keeps it asserted
    ("fr", "La préfète a annoncé sa décision de rouvrir la route mardi.", "annoncé", ANY, "ASSERTED"),
    ("fr", "Le juge a ordonné la fermeture de l'usine lundi.", "fermeture", ANY, "ASSERTED"),
    # a finite conjunct of its own keeps its tense
    ("en", "She promised to cut taxes and won the election.", "won", ANY, "ASSERTED"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "polarity", "modality"), CASES + GUARDS,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_acts_kept_off_or_to_come_are_no_facts(request, lang, text, trigger, polarity, modality) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    if polarity is None:
        assert not events, f"{trigger!r} is no act"
        return
    assert events, f"no event on {trigger!r}"
    if polarity is not ANY:
        assert events[0].polarity == polarity
    if modality is not ANY:
        assert events[0].modality == modality
