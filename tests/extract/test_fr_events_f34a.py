"""French events read on invented news (issue 17, f34a): what a refusal or a failure keeps from
happening is negated and dated by the refusal (« a refusé mardi de signer l'accord », « n'a pas
réussi lundi à conclure un accord »), the kind or setting of an accident or a fire is no participant
of it (« un accident de la route », « un incendie de forêt »), a bare « la direction » never speaks
for the agency credited in the dateline nor, when another company was named, for the source of a
« selon X » report, a headline's event is its first telling in the lead (one event, one date), and
an act « avant de » / « après avoir » the main clause's is as sure as it. Every sentence is invented
for these tests; published Thursday 18 March 2021 (Monday the 15th, Tuesday the 16th)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.event_days import analyse_text, check_day

pytestmark = pytest.mark.slow


def _event(result: Any, trigger: str, nth: int = 0) -> Any:
    found = [e for e in result.events if e.trigger.text == trigger]
    assert len(found) > nth, [e.trigger.text for e in result.events]
    return found[nth]


# ---------------------------------------------------------------- refusals and failures
# (text, trigger, day)
REFUSED_DAYS = [
    ("Le conseil municipal a refusé mardi de signer l'accord avec la société Ovalis.", "accord", "2021-03-16"),
    ("Mardi, les syndicats ont refusé de signer l'accord salarial.", "accord", "2021-03-16"),
    ("Le ministre de la Santé a refusé lundi de démissionner.", "démissionner", "2021-03-15"),
    ("Le club a refusé lundi de vendre son attaquant.", "vendre", "2021-03-15"),
    ("La société n'a pas réussi lundi à conclure un accord avec ses créanciers.", "accord", "2021-03-15"),
    ("Les négociateurs ont échoué mardi à conclure un accord.", "accord", "2021-03-16"),
    ("Le club n'est pas parvenu mardi à recruter un attaquant.", "recruter", "2021-03-16"),
    # near miss: a refusal to speak with no day of its own stays of the time of writing
    ("Le ministre a été interpellé lundi. Il a refusé de commenter.", "commenter", "2021-03-18"),
    # near miss: a success is dated as before
    ("Le syndicat a réussi lundi à conclure un accord avec la direction.", "accord", "2021-03-15"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), REFUSED_DAYS, ids=[f"{c[1]}-{i}" for i, c in enumerate(REFUSED_DAYS)])
def test_a_refused_or_failed_act_has_the_refusals_day(text: str, trigger: str, day: str) -> None:
    check_day(text, trigger, day, "fr")


# (text, trigger, polarity)
FAILED_POLARITY = [
    ("La société n'a pas réussi lundi à conclure un accord avec ses créanciers.", "accord", "NEG"),
    ("Le club n'est pas parvenu à recruter un attaquant.", "recruter", "NEG"),
    ("Les négociateurs ont échoué à conclure un accord.", "accord", "NEG"),
    # near misses: a success, and a refusal denied, happened
    ("Le syndicat a réussi à conclure un accord avec la direction.", "accord", "POS"),
    ("Le club est parvenu à recruter un attaquant.", "recruter", "POS"),
    ("Le maire n'a pas refusé de signer l'accord.", "accord", "POS"),
]


@pytest.mark.parametrize(("text", "trigger", "polarity"), FAILED_POLARITY, ids=[f"{c[1]}-{i}" for i, c in enumerate(FAILED_POLARITY)])
def test_a_failed_act_is_negated(text: str, trigger: str, polarity: str) -> None:
    assert _event(analyse_text(text, "fr"), trigger).polarity == polarity


# ---------------------------------------------------------------- incidents
# (text, trigger, nth mention, expected agent text or None, expected patient text or None)
INCIDENT_PARTICIPANTS = [
    ("Un incendie de forêt a ravagé 300 hectares lundi dans le Var.", "incendie", 0, None, None),
    ("Dimanche, un accident de la route a fait deux morts près de Nîmes.", "accident", 0, None, None),
    ("Un accident du travail a blessé un ouvrier mardi à Lens.", "accident", 0, None, None),
    ("Une explosion de gaz a détruit un immeuble mardi à Lyon.", "explosion", 0, None, None),
    ("Un incendie de broussailles s'est déclaré mardi près de Brignoles.", "incendie", 0, None, None),
    # near misses: what burns or crashes is the patient
    ("L'incendie de la forêt de Fontainebleau a été maîtrisé mardi.", "incendie", 0, None, "forêt de Fontainebleau"),
    ("L'incendie de l'usine a fait trois blessés mardi.", "incendie", 0, None, "usine"),
    ("L'accident de sa voiture a choqué ses proches.", "accident", 0, None, "voiture"),
]


@pytest.mark.parametrize(("text", "trigger", "nth", "agent", "patient"), INCIDENT_PARTICIPANTS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(INCIDENT_PARTICIPANTS)])
def test_an_incidents_kind_is_no_participant(text: str, trigger: str, nth: int, agent: str | None, patient: str | None) -> None:
    event = _event(analyse_text(text, "fr"), trigger, nth)
    assert (event.agent.text if event.agent else None) == agent
    assert (event.patient.text if event.patient else None) == patient


# ---------------------------------------------------------------- « la direction »
def _agent_names(text: str, trigger: str) -> set[str]:
    """The agent of the first event on ``trigger``, with the names of the entity it belongs to."""
    from kg.evaluation.runner import system_output

    result = analyse_text(text, "fr")
    start = text.index(trigger)
    out = system_output(result, bare_names=True)
    args = [a.argument for a in out.arguments if a.trigger.start == start and a.role == "agent"]
    assert args, [(a.trigger.text, a.role, a.argument.text) for a in out.arguments]
    names = {args[0].text}
    for entity in result.entities:
        if any(m.start < args[0].end and args[0].start < m.end for m in (*entity.mentions, *entity.references)):
            names |= {m.text for m in entity.mentions}
    return names


# (text, trigger, a name the agent must have, a name it must not have)
MANAGEMENT_CASES = [
    # the agency credited in the dateline is no company whose management speaks
    ("LYON, 12 mars (AFP) - Le conseil municipal a rejeté mardi le projet de la société Ovalis.\n\n"
     "Le lendemain, la direction a annoncé la fermeture du site de Tarare.", "annoncé", None, "AFP"),
    ("MARSEILLE, 3 mai (Reuters) - Les salariés du port ont voté la grève.\n\n"
     "La direction a annoncé mardi la suppression de 40 postes.", "annoncé", None, "Reuters"),
    # the source of a « selon » report is the other side when a company was named before
    ("La direction de la SNCF a refusé mercredi de négocier. Selon la CGT, la direction n'a pas réussi "
     "à présenter un plan crédible.", "présenter", "SNCF", "CGT"),
    # near misses: an acronym in brackets after its name is that company, and a company named before
    # a « selon » report keeps its management
    ("La Banque européenne d'investissement (BEI) a présenté ses comptes lundi. La direction a annoncé la fermeture "
     "du site de Tarare.", "annoncé", "BEI", None),
    ("Le groupe Vernal a présenté ses comptes. Selon Reuters, la direction a annoncé la fermeture de l'usine de Douai.",
     "annoncé", "Vernal", "Reuters"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "not_name"), MANAGEMENT_CASES, ids=[str(i) for i in range(len(MANAGEMENT_CASES))])
def test_the_management_speaks_for_its_company(text: str, trigger: str, name: str | None, not_name: str | None) -> None:
    names = _agent_names(text, trigger)
    if name is not None:
        assert any(name in n for n in names), names
    if not_name is not None:
        assert not any(not_name in n for n in names), names


# ---------------------------------------------------------------- headline and lead: one event
HEADLINED = (
    "Un incendie ravage 300 hectares dans le Var\n\n"
    "TOULON, 18 mars (AFP) - Un incendie a ravagé 300 hectares lundi dans le Var, ont indiqué les pompiers.\n\n"
    "Mardi, les secours ont maîtrisé l'incendie."
)


def test_a_headlines_event_is_its_first_telling_in_the_lead() -> None:
    result = analyse_text(HEADLINED, "fr")
    headline, lead = _event(result, "incendie", 0), _event(result, "incendie", 1)
    assert headline.time is not None and headline.time.value == "2021-03-15"
    assert lead.coref is not None and lead.coref.start == headline.trigger.start


def test_without_a_headline_a_later_day_stays_its_own() -> None:
    # near miss: no headline line; the fire brought under control on Tuesday keeps its day
    text = "Un incendie a ravagé 300 hectares lundi dans le Var. Mardi, les secours ont maîtrisé l'incendie."
    result = analyse_text(text, "fr")
    assert _event(result, "incendie", 0).time.value == "2021-03-15"
    assert _event(result, "incendie", 1).time.value == "2021-03-16"


def test_a_headlines_event_is_not_a_background_act_of_the_lead() -> None:
    # near miss: the lead's act in the pluperfect is another fire
    text = ("Un incendie ravage une usine de Lens\n\n"
            "Un premier incendie avait détruit l'entrepôt en 2019. Les pompiers sont intervenus lundi.")
    result = analyse_text(text, "fr")
    assert _event(result, "incendie", 1).coref is None


# ---------------------------------------------------------------- « avant de », « après avoir »
# (text, trigger, modality)
SEQUENCE_MODALITY = [
    ("Avant de fermer le site, la société versera une prime aux salariés.", "fermer", "FUTURE"),
    ("Le ministre quittera Paris après avoir signé l'accord.", "accord", "FUTURE"),
    ("Après avoir racheté son concurrent, le groupe supprimera 300 postes.", "racheté", "FUTURE"),
    # near misses: next to a past main clause, the act happened
    ("Après avoir racheté son concurrent, le groupe a supprimé 300 postes.", "racheté", "ASSERTED"),
    ("Avant de fermer le site, la société a versé une prime aux salariés.", "fermer", "ASSERTED"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), SEQUENCE_MODALITY, ids=[f"{c[1]}-{i}" for i, c in enumerate(SEQUENCE_MODALITY)])
def test_an_act_before_or_after_the_main_clause_is_as_sure_as_it(text: str, trigger: str, modality: str) -> None:
    assert _event(analyse_text(text, "fr"), trigger).modality == modality
