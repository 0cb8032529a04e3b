"""French event agents and patients by class of construction (issue 17, f30a). Every sentence is
invented for these tests (politics, justice, local news, transport, social conflicts). A row is
(sentence, trigger, type, agent, patient); ``ANY`` skips a column, ``None`` means the slot must be
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


def _ids(cases):
    return [f"{c[1]}-{i}" for i, c in enumerate(cases)]


CASES = [
    # A reporting incise in a simple tense after the clause it reports: the parser reads its
    # postposed speaker as its object (or the verb as a conjunct); the speaker says it
    ("Deux complices ont été interpellés, précise la gendarmerie.", "précise", "Statement", "gendarmerie", None),
    ("Aucune victime n'est à déplorer, ajoute la préfecture.", "ajoute", "Statement", "préfecture", None),
    ("Le bâtiment a été évacué, indique la mairie.", "indique", "Statement", "mairie", None),
    ("Les travaux dureront deux ans, explique le maire.", "explique", "Statement", "maire", None),
    ("La ligne est coupée, ajoute la SNCF.", "ajoute", "Statement", "SNCF", None),
    ("Trois blessés ont été transportés à l'hôpital, indiquent les pompiers.", "indiquent", "Statement", "pompiers", None),
    ("Le tribunal rendra sa décision en mai, précise le parquet de Lyon.", "précise", "Statement", ANY, None),
    ("Les cours reprendront lundi, indique le rectorat dans un communiqué.", "indique", "Statement", "rectorat", ANY),
    ("Les prix ont baissé, affirme le ministre à la radio.", "affirme", "Statement", "ministre", None),
    # ... and the channel of such an incise is its speaker's
    ("Les cours reprendront lundi, indique le rectorat dans un communiqué.", "communiqué", "Announcement", "rectorat", ANY),
    ("Le site fermera en mars, annonce le groupe dans un communiqué.", "communiqué", "Announcement", "groupe", ANY),
    # a « par » phrase under a source (« selon … ») or under a participle of its own is not the
    # agent of the main verb
    ("Trois personnes ont été blessées, selon un communiqué publié par la mairie.", "blessées", "Injure", None, "personnes"),
    ("Deux hommes ont été arrêtés, selon un bilan établi par la préfecture.", "arrêtés", "ArrestJail", None, "hommes"),
    ("Le suspect a été placé en garde à vue par les gendarmes.", "placé", "ArrestJail", "gendarmes", "suspect"),
    ("L'ancien maire a été condamné à deux ans de prison par le tribunal de Nantes.", "condamné", ANY, ANY, "maire"),
    # the « par » agent of a support verb's participle after the event noun made the event
    ("Trois personnes ont été blessées, selon un communiqué publié par la mairie.", "communiqué", "Announcement", "mairie", ANY),
    ("Une attaque menée par les rebelles a fait dix morts dans le nord du pays.", "attaque", "Attack", "rebelles", ANY),
    ("Des milliers de personnes ont participé à la manifestation organisée par la CGT.", "manifestation", "Demonstrate", "CGT", ANY),
    ("La grève lancée par les syndicats a paralysé le pays.", "grève", "Demonstrate", "syndicats", ANY),
    ("L'attentat commis par deux hommes a fait trois morts.", "attentat", "Attack", "hommes", ANY),
    # an event noun's « de » complement that acts: people acting against a target, one person
    # who moves
    ("L'attaque des rebelles contre la ville a fait dix morts.", "attaque", "Attack", "rebelles", ANY),
    ("L'assaut des soldats contre le village a fait trois morts.", "assaut", "Attack", "soldats", ANY),
    ("Après la visite du pape à Lyon, la ville a retrouvé son calme.", "visite", "Transport", "pape", None),
    ("La visite de la chancelière allemande à Paris a été reportée.", "visite", "Transport", "chancelière", None),
    ("L'agression d'une passante a choqué le quartier.", "agression", "Attack", None, "passante"),
    ("La libération de l'otage a eu lieu samedi.", "libération", "ReleaseParole", None, "otage"),
    ("L'attaque des manifestants par la police a été dénoncée.", "attaque", "Attack", "police", "manifestants"),
    # a relative « que » the parser read as a conjunction: the noun it takes up undergoes the act
    ("Les deux hommes, que la police a arrêtés lundi, ont été mis en examen.", "arrêtés", "ArrestJail", "police", "hommes"),
    ("La militante que les gendarmes ont interpellée samedi a été relâchée.", "interpellée", "ArrestJail", "gendarmes", "militante"),
    ("Les otages que les rebelles ont libérés sont arrivés à Paris.", "libérés", "ReleaseParole", "rebelles", ANY),
    # a name right after a verb that has its subject before it is its object, not a second subject
    ("Arrivé lundi à Paris, le président ukrainien a rencontré Emmanuel Macron.", "rencontré", "Meet", "président", "Emmanuel Macron"),
    ("Le ministre a reçu Marine Le Pen mardi.", "reçu", "Meet", "ministre", "Marine Le Pen"),
    ("Le club a limogé Paul Martin.", "limogé", "EndPosition", "club", "Paul Martin"),
    # the object of an object-control verb does the infinitive, also for a row that wants a speaker
    ("Le rapport a convaincu Léa Morel de demander l'exhumation du corps.", "demander", "Appeal", "Léa Morel", ANY),
    ("Le rapport a suffi à convaincre la veuve du journaliste, Marie Leroy, de demander une enquête.", "demander", "Appeal",
     "veuve du journaliste, Marie Leroy", ANY),
    ("Le syndicat a demandé au maire de démissionner.", "démissionner", "EndPosition", "maire", None),
    ("La ministre a décidé de demander une enquête.", "demander", "Appeal", "ministre", ANY),
    # the participant's span: the model's whole name, and never the event's own word
    ("Le discours du président Emmanuel Macron a duré une heure.", "discours", "Statement", "président Emmanuel Macron", None),
    ("Le Premier ministre en visite au Japon", "visite", "Transport", "Premier ministre", None),
    # postposed subjects, control, coordination, passives and spokespersons stay as they were
    ("Le projet sera abandonné, a indiqué vendredi soir la préfecture du Rhône.", "indiqué", "Statement", "préfecture du Rhône", None),
    ("« Ce n'est pas acceptable », a réagi dans la soirée la fédération française de football.", "réagi", "Statement",
     "fédération française de football", None),
    ("Le club a limogé son entraîneur et a annoncé l'arrivée de Paul Durand.", "annoncé", "Announcement", "club", ANY),
    ("La décision a été annoncée jeudi par le ministère de la Santé.", "annoncée", "Announcement", "ministère de la Santé", "décision"),
    ("Un porte-parole de Renault a confirmé la suppression de 500 postes.", "confirmé", "Statement", "Renault", ANY),
    ("Renault envisage de supprimer 4000 emplois en France.", "supprimer", "EndPosition", "Renault", "emplois"),
    ("L'annonce par le gouvernement d'une hausse des taxes a provoqué la colère.", "annonce", "Announcement", "gouvernement", ANY),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), CASES, ids=_ids(CASES))
def test_french_agents_by_class(nlp, text, trigger, etype, agent, patient):
    found = [e for e in _events(nlp, text, trigger) if etype is ANY or e.type == etype]
    assert found, f"no {etype} event on {trigger!r}"
    event = found[0]
    if agent is not ANY:
        assert (event.agent.text if event.agent else None) == agent, "agent"
    if patient is not ANY:
        assert (event.patient.text if event.patient else None) == patient, "patient"


NO_STATEMENT_CASES = [
    # a verb after a comma whose object is a thing, not a speaker: a second act of the subject
    # before, no incise
    ("Le ministre a reçu les élus, explique la réforme et repart.", "explique"),
    ("Le gouvernement a présenté son plan, précise les mesures et fixe un calendrier.", "précise"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_STATEMENT_CASES, ids=_ids(NO_STATEMENT_CASES))
def test_a_thing_after_a_comma_is_no_speaker(nlp, text, trigger):
    assert not [e for e in _events(nlp, text, trigger) if e.type == "Statement"]


# Review rvf30a: new invented news (politics, faits divers, sport, culture, business) per class.
REVIEW_CASES = [
    # simple-tense incises: bodies, people, a newspaper, a plural speaker, a channel after the name
    ("Le match a été reporté, annonce la Ligue de football professionnel.", "annonce", "Announcement",
     "Ligue de football professionnel", None),
    ("Le festival accueillera 40 000 spectateurs, estime son directeur.", "estime", "Statement", "directeur", None),
    ("Les policiers ont interpellé le suspect, explique la préfète.", "explique", "Statement", "préfète", None),
    ("Le concert a été annulé, précisent les organisateurs.", "précisent", "Statement", "organisateurs", None),
    ("La ministre démissionnera, affirme Libération.", "affirme", "Statement", "Libération", None),
    ("Les négociations reprendront jeudi, déclare Jean Dupont à l'AFP.", "déclare", "Statement", "Jean Dupont", None),
    ("Le club est en crise, reconnaît l'entraîneur.", "reconnaît", "Statement", "entraîneur", None),
    ("« Le parti est en crise », écrit notamment le quotidien El Punt Avui.", "écrit", "Statement", "quotidien El Punt Avui", None),
    ("Deux hommes ont été interpellés, indique aujourd'hui le cabinet de Gérald Darmanin.", "indique", "Statement",
     "cabinet de Gérald Darmanin", None),
    ("La direction a fixé un délai, précise le groupe Renault.", "précise", "Statement", "groupe Renault", None),
    # after a quotation, whoever follows the verb says it, named in a list or not
    ("« Nous irons jusqu'au bout », affirme un locataire.", "affirme", "Statement", "locataire", None),
    ("« Les prix flambent », affirme un jeune locataire, Marc Jolivet.", "affirme", "Statement", ANY, None),
    # « par » under a source stays out of the main verb; the main verb's own « par » stays
    ("Deux policiers ont été blessés, selon un rapport rédigé par l'inspection.", "blessés", "Injure", None, "policiers"),
    ("Le village a été bombardé par l'armée, selon un témoin.", "bombardé", "Attack", "armée", "village"),
    ("Le suspect a été arrêté par la police, selon le parquet.", "arrêté", "ArrestJail", "police", "suspect"),
    ("Le joueur a été sanctionné, d'après un communiqué diffusé par la Ligue.", "communiqué", "Announcement", "Ligue", None),
    # support participles: an adverbial between, and a « par » of manner that is no one
    ("La grève menée depuis lundi par les cheminots se durcit.", "grève", "Demonstrate", "cheminots", None),
    ("Une attaque menée par surprise a fait dix morts.", "attaque", "Attack", None, ANY),
    # « de » complements: people, plural too, or a body march and strike; a person singular is
    # the patient of an arrest, a killing, a trial, a dismissal, an election or an appointment
    ("La grève des cheminots paralyse le pays.", "grève", "Demonstrate", "cheminots", None),
    ("La manifestation des enseignants a rassemblé mille personnes.", "manifestation", "Demonstrate", "enseignants", None),
    ("La mobilisation des salariés continue.", "mobilisation", "Demonstrate", "salariés", None),
    ("La grève de la CGT a été suivie.", "grève", "Demonstrate", "CGT", None),
    ("La grève de la faim du détenu dure depuis dix jours.", "grève", "Demonstrate", None, ANY),
    ("La manifestation de dimanche a rassemblé mille personnes.", "manifestation", "Demonstrate", None, None),
    ("L'arrestation du militant a provoqué des manifestations.", "arrestation", "ArrestJail", None, "militant"),
    ("L'assassinat du président a plongé le pays dans le chaos.", "assassinat", "Die", None, "président"),
    ("Le procès du maire s'ouvre lundi.", "procès", "TrialHearing", None, "maire"),
    ("Le licenciement du directeur a surpris les salariés.", "licenciement", "EndPosition", None, "directeur"),
    ("L'élection du nouveau maire a été annulée.", "élection", "Elect", None, "maire"),
    ("La nomination du juge a été contestée.", "nomination", "StartPosition", None, "juge"),
    ("L'évacuation du blessé vers l'hôpital a pris une heure.", "évacuation", "Transport", None, "blessé"),
    ("L'agression du chauffeur de bus a provoqué un droit de retrait.", "agression", "Attack", None, "chauffeur"),
    ("L'attaque du policier contre le manifestant a été filmée.", "attaque", "Attack", "policier", None),
    ("Les attaques des rebelles contre les civils se multiplient.", "attaques", "Attack", "rebelles", None),
    # a completive after a noun is no relative: its own object stays the patient
    ("Le fait que la police a arrêté deux hommes inquiète le quartier.", "arrêté", "ArrestJail", "police", "hommes"),
    # a name after a verb with its subject is the object; after a time word read as the subject it
    # is the postposed subject, no object
    ("Le Premier ministre a reçu Olaf Scholz à Matignon.", "reçu", "Meet", "Premier ministre", "Olaf Scholz"),
    ("Le tribunal a condamné Jean Dupont à deux ans de prison.", "condamné", "Sentence", "tribunal", "Jean Dupont"),
    ("Hier soir a démissionné Jean Castex.", "démissionné", "EndPosition", ANY, None),
    # object control
    ("La ministre a convaincu le maire de démissionner.", "démissionner", "EndPosition", "maire", None),
    ("Le juge a autorisé Paul Martin à quitter le territoire.", "quitter", "Transport", "Paul Martin", ANY),
    ("Le maire a demandé à la préfète de fermer l'école.", "fermer", "EndOrg", "préfète", "école"),
    # ... also when the parser hangs the infinitive on the object after its apposition
    ("Le rapport a convaincu la veuve de l'ancien maire, Anne Roux, de porter plainte.", "plainte", "Sue",
     "veuve de l'ancien maire, Anne Roux", None),
    # spans: the name goes on over its capitalised words only
    ("Le discours de la ministre Rachida Dati Jeudi a été critiqué.", "discours", "Statement", "ministre Rachida Dati", None),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), REVIEW_CASES, ids=_ids(REVIEW_CASES))
def test_french_agents_on_review_news(nlp, text, trigger, etype, agent, patient):
    test_french_agents_by_class(nlp, text, trigger, etype, agent, patient)


NOT_A_SPEAKER_CASES = [
    # a thing after a reporting verb that follows a comma is what the subject before explains or
    # announces in a second act, never the speaker
    ("Le maire a pris la parole, explique le projet.", "explique", "projet"),
    ("La direction a réuni les salariés, annonce un plan social.", "annonce", "plan"),
    ("Le joueur a marqué deux buts, confirme sa forme.", "confirme", "forme"),
    ("Le chanteur a sorti un album, annonce une tournée.", "annonce", "tournée"),
    ("Le président ouvre la séance, présente le budget, annonce des économies.", "annonce", "économies"),
]


@pytest.mark.parametrize(("text", "trigger", "thing"), NOT_A_SPEAKER_CASES, ids=_ids(NOT_A_SPEAKER_CASES))
def test_a_thing_after_an_incise_verb_is_not_its_agent(nlp, text, trigger, thing):
    for event in _events(nlp, text, trigger):
        assert event.agent is None or thing not in event.agent.text
