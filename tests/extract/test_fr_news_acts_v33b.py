"""French acts of news that had no trigger row (issue 17, v33b): destructions, fires and storms,
openings and inaugurations of establishments, closures, signatures, approvals of texts, grants of
money and disruptions, with their agent, patient and recipient; and the idioms and non-events next
to them, which must give no event. Every sentence is invented for these tests. A row is (sentence,
trigger, type, agent, patient, recipient); ``ANY`` skips a column, ``None`` means the slot must be
empty.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

pytestmark = pytest.mark.slow

ANY = object()  # do not check this column


@pytest.fixture(scope="module")
def nlp(fr_nlp):
    return fr_nlp


def _events(nlp, text, trigger):
    return [e for e in events_from_doc(nlp(text), lang="fr") if e.trigger.text == trigger]


def _text(span):
    return span.text if span is not None else None


CASES = [
    # destruction: by people an Attack, by a fire or a storm an Incident, of jobs an EndPosition
    ("Des miliciens ont détruit trois mausolées.", "détruit", "Attack", "miliciens", "mausolées", ANY),
    ("Le mausolée a été détruit par des islamistes armés.", "détruit", "Attack", "islamistes", "mausolée", ANY),
    ("La destruction des mausolées a indigné les habitants.", "destruction", "Attack", None, "mausolées", ANY),
    ("Des casseurs ont saccagé la permanence du député.", "saccagé", "Attack", "casseurs", "permanence", ANY),
    ("Un incendie a détruit l'entrepôt de la coopérative.", "détruit", "Incident", ANY, "entrepôt", ANY),
    ("L'entrepôt a été détruit par les flammes dans la nuit.", "détruit", "Incident", ANY, "entrepôt", ANY),
    ("La récession a détruit 3000 emplois dans la région.", "détruit", "EndPosition", ANY, "emplois", ANY),
    # openings and inaugurations (the mirror of « fermer ») and closures
    ("Le maire a inauguré hier la médiathèque.", "inauguré", "StartOrg", "maire", "médiathèque", ANY),
    ("La ministre a inauguré le nouveau pont sur la Vienne.", "inauguré", "Occurrence", "ministre", ANY, ANY),
    ("L'inauguration de la médiathèque aura lieu samedi.", "inauguration", "StartOrg", None, "médiathèque", ANY),
    ("Le magasin ouvrira en mars.", "ouvrira", "StartOrg", None, "magasin", ANY),
    ("Le musée ouvrira ses portes en juin.", "ouvrira", "StartOrg", None, "musée", ANY),
    ("L'enseigne Bricoplus ouvrira un magasin à Lyon.", "ouvrira", "StartOrg", ANY, "magasin", ANY),
    ("L'ouverture du magasin est prévue en mars.", "ouverture", "StartOrg", None, "magasin", ANY),
    ("L'école rouvrira lundi après les travaux.", "rouvrira", "StartOrg", None, "école", ANY),
    ("L'usine fermera en 2026.", "fermera", "EndOrg", None, "usine", ANY),
    ("Le supermarché fermera ses portes en juin.", "fermera", "EndOrg", None, "supermarché", ANY),
    ("Il a décidé de fermer la centrale.", "fermer", "EndOrg", "Il", "centrale", ANY),
    # signatures of an agreement named otherwise, and votes on texts
    ("Le mémorandum avait été signé par le gouvernement.", "signé", "Agreement", "gouvernement", "mémorandum", ANY),
    ("Les deux armées ont signé un armistice.", "signé", "Agreement", "armées", "armistice", ANY),
    ("Les députés ont approuvé le texte.", "approuvé", "Legislate", "députés", "texte", ANY),
    ("Le Sénat a approuvé la loi sur le logement.", "approuvé", "Legislate", "Sénat", "loi", ANY),
    ("Le texte a été approuvé par le Sénat.", "approuvé", "Legislate", "Sénat", "texte", ANY),
    # grants of money: « à X » is the recipient, also when the parser hangs it on the object
    ("L'entreprise a accordé une prime à ses agents.", "accordé", "TransferMoney", "entreprise", "prime", "agents"),
    ("Le conseil municipal a accordé une subvention à l'association.", "accordé", "TransferMoney", "conseil", "subvention", "association"),
    ("Le groupe a versé une indemnité à la famille de la victime.", "versé", "TransferMoney", "groupe", "indemnité", "famille"),
    ("Le gouvernement a débloqué une aide d'urgence pour les éleveurs.", "débloqué", "TransferMoney", "gouvernement", "aide", ANY),
    ("L'État a octroyé un prêt de 200 millions d'euros à la compagnie.", "prêt", "TransferMoney", "État", ANY, "compagnie"),
    # disruptions
    ("La grève a paralysé le réseau.", "paralysé", "Incident", ANY, "réseau", ANY),
    ("La neige a perturbé le trafic ferroviaire.", "perturbé", "Incident", ANY, "trafic", ANY),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient", "recipient"), CASES, ids=[c[0][:32] for c in CASES])
def test_v33b_french_news_acts(nlp, text, trigger, etype, agent, patient, recipient):
    found = _events(nlp, text, trigger)
    assert found, f"no event for {trigger!r}"
    event = found[0]
    assert event.type == etype, event
    for slot, want in (("agent", agent), ("patient", patient), ("recipient", recipient)):
        if want is not ANY:
            assert _text(getattr(event, slot)) == want, (slot, event)


# Idioms and non-events next to the new rows: no event on the trigger word.
NEAR_MISSES = [
    ("Cette affaire a détruit sa réputation.", "détruit"),
    ("Il a détruit les documents compromettants.", "détruit"),
    ("La destruction des stocks d'armes chimiques a commencé.", "destruction"),
    ("Ce succès inaugure une nouvelle ère pour le club.", "inaugure"),
    ("Cette découverte ouvre la voie à de nouveaux traitements.", "ouvre"),
    ("Le forum s'ouvre ce lundi à Québec.", "ouvre"),
    ("Le congrès a ouvert le débat sur la réforme.", "ouvert"),
    ("L'écrivain a signé son dernier livre à la librairie.", "signé"),
    ("Le médecin avait approuvé ce voyage.", "approuvé"),
    ("Les députés ont voté pour Marie Leroy.", "voté"),
    ("Le ministre a accordé un entretien au journal.", "accordé"),
    ("L'arbitre a accordé un penalty aux visiteurs.", "accordé"),
    ("Les électeurs lui ont accordé leur confiance.", "accordé"),
    ("La peur l'a paralysé.", "paralysé"),
]


@pytest.mark.parametrize(("text", "trigger"), NEAR_MISSES, ids=[c[0][:32] for c in NEAR_MISSES])
def test_v33b_idioms_give_no_event(nlp, text, trigger):
    assert _events(nlp, text, trigger) == []


def test_v33b_signing_an_agreement_noun_stays_one_event(nlp):
    """« ont signé un accord »: the noun carries the Agreement and the signers are its agent."""
    events = events_from_doc(nlp("Les deux pays ont signé un accord commercial."), lang="fr")
    agreements = [e for e in events if e.type == "Agreement"]
    assert [e.trigger.text for e in agreements] == ["accord"]
    assert _text(agreements[0].agent) == "pays"
