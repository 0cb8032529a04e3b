"""Review of the session's disaster and French news-act rows (issue 17, rvv33): the trigger words in
their other senses give no event (« le naufrage de la gauche », « le crash test », « l'effondrement
du pouvoir d'achat », « les négociations ont déraillé », « l'ouverture vers le centre », "the fire
season", "a flood of refugees", "a storm of lawsuits", "on a collision course", "took the festival
by storm"), and the matter of a storm or a flood is no participant (« une tempête de neige », "a
flood of water"). Every sentence is invented. A row is (language, sentence, trigger, event type,
True if that event is expected, expected patient or ANY)."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()

FIXED = [
    ("fr", "Le naufrage de la gauche aux municipales a surpris les analystes.", "naufrage", "Incident", False, ANY),
    ("fr", "Le crash test du nouveau modèle a été jugé décevant.", "crash", "Incident", False, ANY),
    ("fr", "L'effondrement du pouvoir d'achat inquiète les syndicats.", "effondrement", "Incident", False, ANY),
    ("fr", "Les négociations ont déraillé à la dernière minute.", "déraillé", "Incident", False, ANY),
    ("fr", "Le candidat a réussi l'ouverture vers le centre.", "ouverture", "StartOrg", False, ANY),
    ("fr", "Une tempête de neige a bloqué des centaines de camions sur l'autoroute.", "tempête", "Incident", True, None),
    ("en", "Officials warned that the fire season would start early this year.", "fire", "Incident", False, ANY),
    ("en", "A flood of refugees crossed the border last week.", "flood", "Incident", False, ANY),
    ("en", "The company was hit by a storm of lawsuits.", "storm", "Incident", False, ANY),
    ("en", "The two ships were on a collision course over the merger.", "collision", "Incident", False, ANY),
    ("en", "The film took the festival by storm.", "storm", "Incident", False, ANY),
    ("en", "A flood of water swept through the village.", "flood", "Incident", True, None),
]

GUARDS = [
    ("fr", "Le naufrage d'un chalutier au large de Brest a fait deux disparus.", "naufrage", "Incident", True, "chalutier"),
    ("fr", "L'effondrement d'un immeuble à Marseille a fait huit morts.", "effondrement", "Incident", True, "immeuble"),
    ("fr", "Un TGV a déraillé à la sortie de la gare de Lyon.", "déraillé", "Incident", True, "TGV"),
    ("fr", "Le crash d'un hélicoptère a fait trois morts dans les Alpes.", "crash", "Incident", True, "hélicoptère"),
    ("fr", "L'ouverture d'un nouveau magasin à Lyon est prévue en mars.", "ouverture", "StartOrg", True, "magasin"),
    ("fr", "L'inondation de la ville a duré trois jours.", "inondation", "Incident", True, "ville"),
    ("fr", "Les soldats ont ouvert le feu sur les manifestants devant la préfecture.", "feu", "Attack", True, ANY),
    ("fr", "Le parquet de Lille a ouvert une enquête pour homicide involontaire.", "ouvert", "StartOrg", False, ANY),
    ("fr", "La chaîne de supermarchés ouvrira un magasin à Nantes en septembre.", "ouvrira", "StartOrg", True, "magasin"),
    ("fr", "Le magasin a fermé ses portes définitivement.", "fermé", "EndOrg", True, "magasin"),
    ("fr", "L'arbitre a accordé un penalty à l'équipe de Lens.", "accordé", "TransferMoney", False, ANY),
    ("fr", "Le scandale a détruit la carrière du député.", "détruit", "Attack", False, ANY),
    ("fr", "La peur a paralysé les investisseurs.", "paralysé", "Incident", False, ANY),
    ("en", "Homes were damaged by the storm on Friday.", "storm", "Incident", True, ANY),
    ("en", "A collision between two trains killed five people.", "collision", "Incident", True, ANY),
    ("en", "The flood of the river killed two people.", "flood", "Incident", True, "river"),
    ("en", "The fire chief said the blaze was under control.", "fire", "Incident", False, ANY),
    ("en", "A wildfire destroyed 200 homes in northern California.", "wildfire", "Incident", True, ANY),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "etype", "expected", "patient"), FIXED + GUARDS,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(FIXED + GUARDS)])
def test_disaster_senses(request, lang, text, trigger, etype, expected, patient) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger and e.type == etype]
    if not expected:
        assert not events, f"{trigger!r} is no {etype} here"
        return
    assert events, f"no {etype} on {trigger!r}"
    if patient is not ANY:
        assert (events[0].patient.text if events[0].patient else None) == patient
