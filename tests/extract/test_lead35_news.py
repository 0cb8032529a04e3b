"""What the lead read wrong in two invented articles of its own (issue 17, lead35): a French ship
that capsized, a bomb that exploded, a wreck that "cost the lives of" seven passengers and the
rescuers who "fished out" 87 people gave no event at all (French triggers stay typed, and these
verbs had no row; a weekday right after the verb is no object either: « a sombré lundi »); a
lawyer's title before the name (« a réagi Me Claire Morvan ») was the whole speaker; what a "when"
clause on a date tells took the publication date ("since 2019, when cabin crew struck"); a clause
a conjunction opens under a verb of asking was asked for ("called the stoppage after talks broke
down"), and "On Tuesday, the union called a strike" read as a call *on* someone; an act a French
past infinitive names after « pour » or « de » (« interpellé lundi pour avoir tué un
policier ») took the day of the arrest. Lead35, second article (an EU fine): the act a party
is fined for was done by the party, not by the sum ("fined Orvane $1.2 billion for forcing
developers …": the agent was "billion"); "failure to comply" is no Incident and the compliance
is negated (``refusal_nouns``); an act a present or future permission allows is POSSIBLE, not
told as done ("the ruling allows developers to link", « la loi permet aux communes d'interdire »;
``permission_verbs``). Fourth article (a French rail strike): « nous appellerons à une grève »
was ASSERTED (the future of « -eler » / « -eter » verbs doubles its consonant: « appellerons »,
« jetteront »); « une conférence de presse », « une grève d'ampleur » had the press and the
size as patients (``xx/event_kind_complements``); « les contrôleurs ont cessé le travail » and
« ont débrayé » gave no strike; « pendant le week-end de Noël » was the weekend around the
publication date (now the weekend the holiday falls in or makes long, as "the Easter weekend").
Every sentence is invented."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc
from tests.extract.event_days import analyse_text, check_day

ANY = object()

# (language, sentence, trigger, type or None for no event of that word, patient)
INCIDENTS = [
    ("fr", "Le ferry a chaviré mardi au large de Brest.", "chaviré", "Incident", "ferry"),
    ("fr", "Un chalutier breton a sombré lundi en mer d'Irlande.", "sombré", "Incident", "chalutier"),
    ("fr", "Le cargo a coulé à deux milles de la côte.", "coulé", "Incident", "cargo"),
    ("fr", "Un pétrolier s'est échoué sur une plage du Finistère.", "échoué", "Incident", "pétrolier"),
    ("fr", "Une bombe a explosé dimanche près du marché.", "explosé", "Incident", "bombe"),
    ("fr", "L'accident a coûté la vie à trois ouvriers.", "coûté", "Die", "ouvriers"),
    ("fr", "Les sauveteurs ont repêché onze personnes dans la nuit.", "repêché", "Occurrence", "personnes"),
    ("fr", "Les pompiers ont secouru deux randonneurs égarés.", "secouru", "Occurrence", "randonneurs"),
]

GUARDS = [
    ("fr", "Le pays a sombré dans la crise après la guerre.", "sombré", None, ANY),
    ("fr", "La rivière coule au pied du village.", "coule", None, ANY),
    ("fr", "Les négociations ont échoué faute d'accord.", "échoué", None, ANY),
    ("fr", "Les prix de l'énergie ont explosé cet hiver.", "explosé", None, ANY),
    ("fr", "Le nouveau pont a coûté 40 millions d'euros.", "coûté", None, ANY),
    ("fr", "Le club a repêché un ancien entraîneur pour finir la saison.", "repêché", None, ANY),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "etype", "patient"), INCIDENTS + GUARDS,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(INCIDENTS + GUARDS)])
def test_wrecks_blasts_and_rescues_are_events(request, lang, text, trigger, etype, patient) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    if etype is None:
        assert not events, f"{trigger!r} is no event here"
        return
    assert events, f"no event on {trigger!r}"
    assert events[0].type == etype
    if patient is not ANY:
        assert (events[0].patient.text if events[0].patient else None) == patient


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    ("« C'est une victoire pour les familles », a réagi Me Claire Morvan, avocate de l'association.", "Me Claire Morvan"),
    ("« Nous ferons appel », a déclaré Me Paul Lemoine à la sortie de l'audience.", "Me Paul Lemoine"),
    ("Me Sophie Garnier a annoncé que sa cliente ferait appel.", "Me Sophie Garnier"),
    # (a title the recogniser keeps inside the name was already whole)
    ("« Je suis soulagé », a confié M. Paul Roux.", "M. Paul Roux"),
])
def test_a_titled_lawyer_is_the_speaker(text: str, speaker: str) -> None:
    result = analyse_text(text, "fr")
    statements = [e for e in result.events if e.type in ("Statement", "Announcement")]
    assert statements and statements[0].agent is not None
    assert statements[0].agent.text == speaker
    assert any(q.speaker is not None and q.speaker.text == speaker for q in result.quotes)


# (text, trigger, day) with the publication date of tests/extract/event_days.py (18 March 2021)
WHEN_DATES = [
    ("The strike is the first at the airline since 2019, when cabin crew walked out for three days.", "walked", "2019"),
    ("The company was founded in 1998, when two engineers left Hallworth Systems.", "left", "1998"),
    ("The plant has stood idle since 2015, when a fire destroyed its main hall.", "destroyed", "2015"),
    ("Sales have doubled since January, when the retailer cut its prices.", "cut", "2021-01"),
    ("L'usine est fermée depuis 2015, où un incendie a détruit le hall principal.", "détruit", "2015"),
    # what someone is arrested, convicted or blamed for (a French past infinitive) was done before
    ("Le suspect a été interpellé lundi pour avoir tué un policier.", "tué", None),
    ("Le capitaine a été condamné mercredi pour avoir quitté le port malgré l'alerte.", "quitté", None),
    ("La police a été félicitée mardi pour avoir arrêté le suspect lundi.", "arrêté", "2021-03-15"),
    ("Après avoir arrêté lundi le suspect, la police le présentera vendredi à un juge.", "arrêté", "2021-03-15"),
    # the main clause keeps its own date; a "where" clause on a place is no "when" clause
    ("The company was founded in 1998, when two engineers left Hallworth Systems.", "founded", "1998"),
    ("The firm moved to Austin, where it hired 300 people in 2019.", "moved", "!2019"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "day"), WHEN_DATES, ids=[f"{w[1]}-{i}" for i, w in enumerate(WHEN_DATES)])
def test_a_when_clause_on_a_date_is_of_that_date(text: str, trigger: str, day: str) -> None:
    lang = "fr" if any(w in text.split() for w in ("a", "ont", "est", "la", "le")) else "en"
    check_day(text, trigger, day, lang)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "etype", "modality"), [
    ("The union called the stoppage after talks broke down late on Tuesday.", "broke", ANY, "ASSERTED"),
    ("The governor urged calm because the count had stalled.", "stalled", ANY, "ASSERTED"),
    ("The mayor called for calm after the riots broke out.", "broke", ANY, "ASSERTED"),
    ("On Tuesday, the pilots' union called a strike.", "called", "Occurrence", ANY),
    # what is asked for stays asked for
    ("The union called on the government to intervene in the dispute.", "intervene", ANY, "REQUESTED"),
    ("The union called on the government to intervene in the dispute.", "called", "Appeal", ANY),
    ("The union on Monday called for a strike.", "called", "Appeal", ANY),
    ("The minister urged the pilots to return to work.", "return", ANY, "REQUESTED"),
])
def test_an_adverbial_clause_is_not_asked_for(en_nlp, text: str, trigger: str, etype: object, modality: object) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    if etype is None:
        assert not events or events[0].modality != "REQUESTED"
        return
    assert events, f"no event on {trigger!r}"
    if etype is not ANY:
        assert events[0].type == etype
    if modality is not ANY:
        assert events[0].modality == modality


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "agent"), [
    ("The EU fined Orvane $1.2 billion for forcing developers to use its payment system.", "forcing", "Orvane"),
    ("The regulator fined Halbury Bank 40 million pounds for misleading customers.", "misleading", "Halbury Bank"),
    ("Regulators fined Orvane 1.1 billion euros ($1.2 billion) for forcing developers to pay.", "forcing", "Orvane"),
    # no sum: the object was already the one fined; a counted object stays itself
    ("The league fined the club for fielding an ineligible player.", "fielding", "club"),
    ("The club thanked 3,000 volunteers for cleaning the beach.", "cleaning", "volunteers"),
])
def test_the_fined_party_did_what_it_is_fined_for(en_nlp, text: str, trigger: str, agent: str) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events and events[0].agent is not None
    assert events[0].agent.text == agent


# (language, sentence, trigger, polarity, modality, or type None: no event of that type on the word)
NOT_DONE = [
    ("en", "Failure to comply could cost the firm millions.", "comply", "NEG", ANY),
    ("en", "The bank cited its inability to repay its debts.", "repay", "NEG", ANY),
    ("en", "The ruling allows developers to link to cheaper offers.", "link", ANY, "POSSIBLE"),
    ("en", "The deal will enable Acme to cut costs.", "cut", ANY, "POSSIBLE"),
    ("en", "The new rules do not allow banks to charge fees.", "charge", ANY, "POSSIBLE"),
    ("fr", "La loi permet aux communes d'interdire les trottinettes.", "interdire", ANY, "POSSIBLE"),
    ("fr", "Le décret autorisera les maires à fermer les écoles.", "fermer", ANY, "POSSIBLE"),
    # a past permission tells the act was done; a failure of a machine is an Incident
    ("en", "The ruling allowed developers to link to cheaper offers.", "link", "POS", "ASSERTED"),
    ("en", "A power failure hit the plant on Monday.", "failure", "POS", ANY),
    ("en", "The bank said it would repay its debts.", "repay", "POS", ANY),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "trigger", "polarity", "modality"), NOT_DONE,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(NOT_DONE)])
def test_refused_or_permitted_acts_are_no_facts(request, lang, text, trigger, polarity, modality) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    events = [e for e in events_from_doc(nlp(text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    if polarity is not ANY:
        assert events[0].polarity == polarity
    if modality is not ANY:
        assert events[0].modality == modality


@pytest.mark.slow
def test_a_failure_to_act_is_no_incident(en_nlp) -> None:
    events = events_from_doc(en_nlp("Failure to comply could cost the firm millions."), lang="en")
    assert not [e for e in events if e.trigger.text == "Failure" and e.type == "Incident"]


# (sentence, trigger, type, patient or ANY, modality or ANY)
FR_STRIKES = [
    ("Les syndicats appelleront à la grève le 20 février.", "appelleront", "Appeal", ANY, "FUTURE"),
    ("Le groupe rachètera la société et jettera les bases d'un nouveau plan.", "rachètera", ANY, ANY, "FUTURE"),
    ("Les délégués appelleront les salariés à voter lundi.", "appelleront", ANY, ANY, "FUTURE"),
    ("Le ministre a tenu une conférence de presse lundi.", "conférence", "Meet", None, ANY),
    ("La dernière grève d'ampleur à la SNCF remonte à 2022.", "grève", "Demonstrate", None, ANY),
    ("Les dockers ont lancé une grève de solidarité.", "grève", "Demonstrate", None, ANY),
    ("Des contrôleurs avaient cessé le travail pendant les fêtes.", "cessé", "Demonstrate", None, ANY),
    ("Les ouvriers de l'usine ont débrayé lundi matin.", "débrayé", "Demonstrate", ANY, ANY),
    # a determined complement is a participant; a discontinued product stays one
    ("La grève de la presse régionale a duré deux jours.", "grève", "Demonstrate", "presse", ANY),
    ("L'usine a cessé la production de moteurs.", "cessé", "ProductDiscontinuation", "production", ANY),
    ("Les syndicats appellent à la grève.", "appellent", "Appeal", ANY, "ASSERTED"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "etype", "patient", "modality"), FR_STRIKES,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(FR_STRIKES)])
def test_french_strikes_and_calls(fr_nlp, text: str, trigger: str, etype: object, patient: object, modality: object) -> None:
    events = [e for e in events_from_doc(fr_nlp(text), lang="fr") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    if etype is not ANY:
        assert events[0].type == etype
    if patient is not ANY:
        assert (events[0].patient.text if events[0].patient else None) == patient
    if modality is not ANY:
        assert events[0].modality == modality


@pytest.mark.slow
@pytest.mark.parametrize(("text", "value"), [
    # published Thursday 18 March 2021
    ("Des contrôleurs avaient cessé le travail pendant le week-end de Noël.", "2020-W52-WE"),  # (a Friday)
    ("Le trafic sera très perturbé pendant le week-end de Pâques.", "2021-W13-WE"),
    # a weekend with no holiday after it keeps its own reading
    ("Le trafic sera perturbé ce week-end dans toute la région.", "2021-W11-WE"),
])
def test_the_weekend_of_a_french_holiday(text: str, value: str) -> None:
    weekends = [t for t in analyse_text(text, "fr").timexes if "week-end" in t.text]
    assert weekends and weekends[0].value == value
