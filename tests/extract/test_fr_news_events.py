"""French news events (issue 17, trigger recall on Wikinews FR): reporting and stance verbs with a
speaker, demands, gatherings, publications, arrests and deaths in other words, with their agent and
patient. Every sentence is invented for these tests. A row is (sentence, trigger, type, agent,
patient); ``ANY`` skips a column, ``None`` means the slot must be empty.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

pytestmark = pytest.mark.slow

ANY = object()  # do not check this column


@pytest.fixture(scope="module")
def nlp(fr_nlp):
    return fr_nlp


def _event(nlp, text, trigger):
    events = [e for e in events_from_doc(nlp(text), lang="fr") if e.trigger.text == trigger]
    return events[0] if events else None


def _text(span):
    return span.text if span is not None else None


CASES = [
    # reporting and stance verbs: the speaker is the agent
    ("Le ministre admet que la réforme a échoué.", "admet", "Statement", "ministre", ANY),
    ("Paul Durand regrette le choix du gouvernement.", "regrette", "Statement", "Paul Durand", ANY),
    ("La syndicaliste Marie Leroy considère que la grève est justifiée.", "considère", "Statement", ANY, ANY),
    ("Le syndicat déplore la fermeture du site.", "déplore", "Statement", "syndicat", ANY),
    ("L'entraîneur a commenté la défaite de son équipe.", "commenté", "Statement", "entraîneur", ANY),
    ("L'association notait une hausse des plaintes.", "notait", "Statement", "association", ANY),
    ("Jean Martin a parlé de la situation financière du club.", "parlé", "Statement", "Jean Martin", ANY),
    ("La directrice a mentionné les retards du chantier.", "mentionné", "Statement", "directrice", ANY),
    ("La police n'a pas confirmé l'identité du suspect.", "confirmé", "Statement", "police", ANY),
    ("Le porte-parole de la mairie rapporte que trois bâtiments sont fermés.", "rapporte", "Statement", ANY, ANY),
    ("Le maire a prononcé un discours devant le conseil.", "discours", "Statement", ANY, ANY),
    # demands and calls: who demands is the agent
    ("Les syndicats exigent la démission du directeur.", "exigent", "Appeal", "syndicats", ANY),
    ("L'opposition réclame de nouvelles élections.", "réclame", "Appeal", "opposition", ANY),
    ("Des centaines de personnes ont défilé à l'appel de la CGT.", "appel", "Appeal", "CGT", ANY),
    # gatherings of people
    ("Des milliers de manifestants se sont rassemblés devant le parlement.", "rassemblés", "Demonstrate", ANY, ANY),
    ("La mobilisation des enseignants continue.", "mobilisation", "Demonstrate", ANY, ANY),
    # deaths, arrests, movements, publications, appeals and positions in other words
    ("Une vingtaine de personnes ont été tuées dans l'explosion.", "tuées", "Die", ANY, ANY),
    ("Deux randonneurs ont perdu la vie dans les Alpes.", "perdu", "Die", None, "randonneurs"),
    ("Trois suspects ont été appréhendés à Lyon.", "appréhendés", "ArrestJail", None, "suspects"),
    ("Deux Belges ont été interpellés à Lille.", "interpellés", "ArrestJail", None, ANY),
    ("Le bateau transportait quarante passagers.", "transportait", "Transport", ANY, "passagers"),
    ("Le ministère publie les résultats du concours.", "publie", "Announcement", "ministère", "résultats"),
    ("La direction présentait son bilan annuel.", "présentait", "Announcement", "direction", ANY),
    ("Le groupe a déposé un recours contre la décision.", "recours", "CourtAppeal", ANY, ANY),
    ("La banque a été condamnée à verser une indemnité.", "condamnée", "Convict", ANY, "banque"),
    ("L'arrivée du gardien Marc Petit a renforcé l'équipe.", "arrivée", "StartPosition", None, "gardien Marc Petit"),
    # issue 17, dev2: more reporting and disclosure verbs, the parser's lemma "estime"
    ("Le syndicat estime que la direction ment.", "estime", "Statement", "syndicat", ANY),
    ("La fédération Force Unie a relevé que la réforme était retardée.", "relevé", "Statement", ANY, ANY),
    ("Le président brésilien Paulo Mendes constate une hausse des violences.", "constate", "Statement", ANY, ANY),
    ("Le constructeur coréen promet une autonomie accrue.", "promet", "Statement", "constructeur", ANY),
    ("La banque Sofira a révélé ce scandale à la presse.", "révélé", "Announcement", "banque Sofira", ANY),
    # analysts and a bare "la direction" speak for their organisation
    ("Les analystes de la banque Sofira estiment que la crise va durer.", "estiment", "Statement", "banque Sofira", ANY),
    ("Le groupe Sofira va fermer deux usines. La direction avait annoncé que 800 postes seraient supprimés.",
     "annoncé", "Announcement", "Sofira", ANY),
    # the organisation named in an earlier paragraph: "la direction" still speaks for it
    ("Le groupe Sofira va fermer deux usines.\n\nLa direction avait annoncé que 800 postes seraient supprimés.",
     "annoncé", "Announcement", "Sofira", ANY),
    # deaths, attacks, movements and job cuts in other words
    ("Neuf civils ont péri lors de l'assaut des forces spéciales.", "péri", "Die", None, "Neuf civils"),
    ("Neuf civils ont péri lors de l'assaut des forces spéciales.", "assaut", "Attack", ANY, ANY),
    ("Le suicide de Jean Buan a choqué ses collègues.", "suicide", "Die", None, "Jean Buan"),
    ("Le ministre Paulo Mendes se rendra demain à Lyon.", "rendra", "Transport", ANY, ANY),
    # issue 17 (f17g): more support verbs: who multiplies, commits or perpetrates attacks is their agent
    ("Le groupe armé a multiplié les attaques dans le nord du pays.", "attaques", "Attack", "groupe", ANY),
    ("Un commando a commis un attentat contre la caserne.", "attentat", "Attack", "commando", ANY),
    ("Les rebelles ont perpétré une attaque contre un convoi.", "attaque", "Attack", "rebelles", ANY),
    ("Environ 300 postes seront supprimés en France d'ici à 2015.", "supprimés", "EndPosition", None, "postes"),
    ("Le plan de réduction d'effectifs de l'entreprise Sofira se poursuit.", "réduction", "EndPosition", ANY, "effectifs"),
    ("Le groupe veut réduire ses effectifs de 8 %.", "réduire", "EndPosition", "groupe", "effectifs"),
    ("Cette annonce suit la volonté du groupe de réduire ses effectifs.", "réduire", "EndPosition", "groupe", "effectifs"),
    ("La suppression des postes du groupe Sofira inquiète les syndicats.", "suppression", "EndPosition", "groupe Sofira", "postes"),
    ("Il y a une perte sèche de 310 emplois.", "perte", "EndPosition", None, "emplois"),
    ("Le groupe a augmenté sa distribution de dividendes.", "distribution", "TransferMoney", ANY, "dividendes"),
    ("La conférence se tiendra à Lyon.", "conférence", "Meet", ANY, ANY),
    # issue 17: people named by a role or a situation (@HUMAN) are the patients of person senses
    ("Dix rebelles ont été tués près de la frontière.", "tués", "Die", None, "rebelles"),
    ("Le ministre a été arrêté à son domicile.", "arrêté", "ArrestJail", None, "ministre"),
    ("La police a arrêté le maire de la ville.", "arrêté", "ArrestJail", "police", "maire"),
    ("Son successeur a été nommé dans la soirée.", "nommé", "StartPosition", None, "successeur"),
    ("Le syndicaliste a été libéré lundi.", "libéré", "ReleaseParole", None, "syndicaliste"),
    ("Les secours ont évacué les randonneurs.", "évacué", "Transport", ANY, "randonneurs"),
    # issue 17: an active conjunct of a passive verb takes the shared subject as its agent
    ("Le directeur a été arrêté et a nié les faits.", "nié", "Statement", "directeur", ANY),
    ("Il fut exclu du parti et déclara que la décision était injuste.", "déclara", "Statement", "Il", ANY),
    ("Le directeur a été limogé et a annoncé un recours.", "annoncé", "Announcement", "directeur", ANY),
    # ... while a bare participle shares the passive: its subject stays the patient
    ("Le directeur a été arrêté puis interrogé par la police.", "arrêté", "ArrestJail", None, "directeur"),
    # issue 17: killings in other words, of people only
    ("Deux hommes ont abattu le policier.", "abattu", "Die", "hommes", "policier"),
    ("Le journaliste Paul Durand a été abattu devant chez lui.", "abattu", "Die", None, ANY),
    ("Le policier que deux hommes ont abattu avait 30 ans.", "abattu", "Die", "hommes", ANY),
    ("Le commando a assassiné le maire.", "assassiné", "Die", "commando", "maire"),
    ("L'assassinat du préfet Jean Morel a choqué la région.", "assassinat", "Die", None, ANY),
    # issue 17, dev3: the subject of a passive infinitive under a raising verb is its patient
    ("La liste des lauréats vient d'être publiée.", "publiée", "Announcement", None, ANY),
    ("Deux mille habitants ont dû être évacués.", "évacués", "Transport", None, ANY),
    ("3 000 Marocains ont dû être évacués.", "évacués", "Transport", None, ANY),
    # a verb the lemmatizer misreads: a reflexive present ("s'adresse") and a spelling without circumflex
    ("Le président s'adresse à la foule depuis le balcon.", "adresse", "Statement", "président", ANY),
    ("Paul Durand nait en 1820 dans un village du Jura.", "nait", "BeBorn", None, "Paul Durand"),
    # "où" stands for the place it hangs from
    ("Il visitera la Bretagne, où le ministre se rendra mardi.", "rendra", "Transport", "ministre", ANY),
    ("Le gouvernement a décidé de rendre publique la liste des fraudeurs.", "rendre", "Announcement", ANY, ANY),
    ("Le séisme a fait douze morts et de nombreux blessés.", "blessés", "Injure", ANY, ANY),
    ("Le scrutin a lieu dimanche dans tout le pays.", "scrutin", "Elect", ANY, ANY),
    ("Les contrôleurs aériens sont en grève depuis lundi.", "grève", "Demonstrate", "contrôleurs", ANY),
    # the subject of a state copula with « en » takes part in the event (issue 17, dev3)
    ("La Wikipédia en russe est aujourd'hui en grève.", "grève", "Demonstrate", "Wikipédia en russe", ANY),
    ("Le parti l'investira comme candidat en juin.", "investira", "Nominate", "parti", ANY),
    ("La convention démocrate s'ouvre ce soir.", "convention", "Meet", ANY, ANY),
    # issue 17, dev4: movements, meetings, replies, capture, funding, expulsion, requests, delays
    ("Le skipper est parti de Brest à midi.", "parti", "Transport", "skipper", ANY),
    pytest.param(
        "Les marins sont partis de Brest à midi.", "partis", "Transport", "marins", ANY,
        marks=pytest.mark.xfail(reason="the tagger reads the plural participle « partis » as the noun « parti »", strict=True),
    ),
    ("Le skipper a dû rentrer au port.", "rentrer", "Transport", "skipper", ANY),
    ("Le journaliste n'est plus entré en Syrie depuis 2010.", "entré", "Transport", "journaliste", ANY),
    ("Paul Durand a dû faire demi-tour après avoir entendu un bruit.", "demi-tour", "Transport", "Paul Durand", ANY),
    ("Le skipper a dû repousser son départ.", "repousser", "Delay", "skipper", ANY),
    ("Le ministre s'est entretenu avec son homologue allemand.", "entretenu", "Meet", "ministre", ANY),
    ("Le congrès du parti s'ouvre jeudi à Lyon.", "congrès", "Meet", ANY, ANY),
    ("Le maire a réfuté ces accusations.", "réfuté", "Statement", "maire", ANY),
    ("Des milliers d'étudiants sont descendus dans la rue.", "descendus", "Demonstrate", ANY, ANY),
    ("Deux hommes ont ouvert le feu sur le policier.", "feu", "Attack", ANY, ANY),
    ("La militante a été capturée par l'armée.", "capturée", "ArrestJail", "armée", ANY),
    ("Le parti a exclu le député Jean Morel.", "exclu", "EndPosition", "parti", ANY),
    ("La rénovation a été financée par la région.", "financée", "TransferMoney", "région", ANY),
    ("La présidente a sollicité le gouvernement.", "sollicité", "Appeal", "présidente", ANY),
    # « on » is nobody: the possessive names who meets
    ("On se remémore sa rencontre avec le pape.", "rencontre", "Meet", "sa", ANY),
    # a sentence-initial « Il » the parser labels expl:subj is the subject
    ("Il précise que les travaux ont coûté dix millions d'euros.", "précise", "Statement", "Il", ANY),
    # a present participle opening the sentence has the main clause's subject
    ("Estimant que la loi est injuste, le député a voté contre.", "Estimant", "Statement", "député", ANY),
    # issue 17, dev5: speech, posts, births, deaths, attacks, movements, meetings and requests
    ("Le sénateur a décrit le ministre comme un opportuniste.", "décrit", "Statement", "sénateur", ANY),
    ("La présidente a qualifié le projet de dangereux.", "qualifié", "Statement", "présidente", ANY),
    ("Le journal Libération a accusé le maire de favoritisme.", "accusé", "Statement", ANY, ANY),
    ("Le syndicat a condamné les violences contre les grévistes.", "condamné", "Statement", "syndicat", ANY),
    ("La Commission européenne a salué la formation du nouveau gouvernement.", "salué", "Statement", "Commission européenne", ANY),
    ("La chanteuse se plaint du manque de moyens.", "plaint", "Statement", "chanteuse", ANY),
    ("Le maire a défendu sa décision devant le conseil.", "défendu", "Statement", "maire", ANY),
    ("Le directeur répondit aussitôt aux critiques.", "répondit", "Statement", "directeur", ANY),
    ("J'ai été virée sans explication.", "virée", "EndPosition", ANY, ANY),
    ("Je suis né dans un village de pêcheurs.", "né", "BeBorn", None, "Je"),
    ("Deux passagers ont disparu dans le naufrage.", "disparu", "Die", None, ANY),
    ("Trois hommes ont agressé le chauffeur du bus.", "agressé", "Attack", "hommes", "chauffeur"),
    ("La prise de l'ambassade a duré deux jours.", "prise", "Attack", None, "ambassade"),
    ("Le gouvernement va retirer ses troupes du pays.", "retirer", "Transport", "gouvernement", ANY),
    ("Le président a ordonné le retrait des soldats.", "retrait", "Transport", ANY, ANY),
    ("Le ministre a quitté le pays avant la fin du sommet.", "quitté", "Transport", "ministre", ANY),
    ("Les négociations entre les deux pays reprendront lundi.", "négociations", "Meet", ANY, ANY),
    ("Le club a organisé un point de presse après le match.", "point", "Meet", ANY, ANY),
    ("Le rapatriement des touristes a commencé.", "rapatriement", "Transport", None, "touristes"),
    ("La pétition a recueilli deux millions de signatures.", "pétition", "Appeal", ANY, ANY),
    ("Le député a déposé une demande de suspension de séance.", "demande", "Appeal", ANY, ANY),
    ("Ces derniers ont été libérés en janvier.", "libérés", "ReleaseParole", ANY, "derniers"),
    # a member of an organisation, none named, acts for it
    ("Des dirigeants du Parti populaire ont indiqué qu'ils voteraient contre.", "indiqué", "Statement", "Parti populaire", ANY),
    # a verb conjugated with « être » is no passive: its subject acts (and a gerund inherits it)
    ("Paul Durand est intervenu en demandant une suspension de séance.", "demandant", "Appeal", "Paul Durand", ANY),
    # a dative clitic before the verb is no subject
    ("« C'est faux », lui avait dit Christian Jacob.", "dit", "Statement", "Christian Jacob", ANY),
    # « comme le rappelle X »: after « comme » and a neuter clitic, the subject follows the verb
    ("Les enquêteurs veulent saisir la Cour, bien que, comme le rappelle HRW, « la Chine a bloqué les efforts ».",
     "rappelle", "Statement", "HRW", ANY),
    ("Il faut agir, bien que, comme le rappelle le ministre aux journalistes, « la Chine a bloqué les efforts ».",
     "rappelle", "Statement", "ministre", ANY),
    # ... and nowhere else: the subject before the verb stays
    ("Le ministre le rappelle aux journalistes : « la Chine a bloqué les efforts ».", "rappelle", "Statement", "ministre", ANY),
    # a detached past participle after a person's name and a comma is about that person
    ("Il était l'avocat de l'assassin du préfet Claude Martin, tué le 6 février 1998 à Ajaccio.", "tué", "Die", ANY, "Martin"),
    ("Le film évoque la vie du chanteur Paul Durand, décédé le 11 novembre 2004 à Paris.", "décédé", "Die", ANY, "Durand"),
    # ... not when the participle has its own subject or auxiliary
    ("Il a rencontré Paul Durand, puis le préfet a été tué le 6 février à Ajaccio.", "tué", "Die", ANY, "préfet"),
    # a name set off by a comma right before the verb group is its subject, when the parse took a word
    # of the clause before the comma for it
    ("Alors que la gauche était en minorité face aux députés de l'opposition, François Brottes (PS) est intervenu, "
     "avant le vote d'un article, en demandant au président de la commission une suspension de séance.",
     "demandant", "Appeal", "François Brottes", ANY),
    ("Alors que la majorité débattait avec les élus de l'opposition, Paul Durand a réclamé une suspension de séance.",
     "réclamé", "Appeal", "Paul Durand", ANY),
    # a management speaks for the organisation its « de » complement names
    ("La direction de la chaîne a fermement condamné les agressions.", "condamné", "Statement", "chaîne", ANY),
    ("La direction du groupe Renault a annoncé la fermeture de l'usine.", "annoncé", "Announcement", "groupe Renault", ANY),
    # ... not a person's (« la direction de Paul Durand » is his leadership)
    ("Sous la direction de Paul Durand, le comité a annoncé la fermeture de l'usine.", "annoncé", "Announcement", "comité", ANY),
    # ... not a name coordinated with others before a plural verb
    ("Les syndicats, le patronat et Paul Durand ont réclamé une suspension de séance.", "réclamé", "Appeal", "syndicats", ANY),
    # leaving or joining an employer (issue 17, a17h)
    ("Paul Guérin quittera l'entreprise à la fin de l'année.", "quittera", "EndPosition", "Paul Guérin", "entreprise"),
    ("Il avait quitté la mairie quelques semaines plus tard.", "quitté", "EndPosition", "Il", "mairie"),
    ("Paul Durand a rejoint le groupe Alstom comme directeur de la stratégie.", "rejoint", "StartPosition", "Paul Durand", ANY),
    # ... not a state leaving a union, nor a company placed in receivership, nor joining a place
    ("Le Royaume-Uni a quitté l'Union européenne.", "quitté", "Withdrawal", ANY, ANY),
    ("Les marins ont rejoint le port.", "rejoint", "Transport", ANY, ANY),
    # issue 17 (a17j): the place the parser hangs on a weekday between it and the verb is the verb's
    ("Emmanuel Macron se rendra vendredi à Marseille.", "rendra", "Transport", "Emmanuel Macron", ANY),
    ("Le président de la République se rendra jeudi prochain à Marseille.", "rendra", "Transport",
     "président de la République", ANY),
    # « se rendre » to a place named by a common noun (« sur place », « sur les lieux », « au chevet
    # de »); not « se rendre à l'évidence », nor a surrender « aux autorités »
    ("Le Premier ministre Fumio Kishida s'est rendu sur place.", "rendu", "Transport", "ministre Fumio Kishida", ANY),
    ("Le ministre s'est rendu mardi sur les lieux du drame.", "rendu", "Transport", "ministre", ANY),
    ("Le président s'est rendu au chevet des blessés.", "rendu", "Transport", "président", ANY),
    # ... and the « par » agent of a passive hung on the weekday before it (issue 17, a17j)
    ("L'ex-président brésilien Jair Bolsonaro a été inculpé jeudi par la police fédérale.", "inculpé", "ChargeIndict",
     "police", ANY),
    # ... or on a person's name that is the verb's object (a name takes no « à », « pour » complement)
    ("Le tribunal a condamné Nicolas Sarkozy à un an de prison.", "condamné", "Sentence", "tribunal", "Nicolas Sarkozy"),
    ("Le tribunal correctionnel a condamné jeudi Nicolas Sarkozy à un an de prison.", "condamné", "Sentence",
     "tribunal", "Nicolas Sarkozy"),
    ("La justice a condamné Jean Dupont pour fraude.", "condamné", "Convict", "justice", "Jean Dupont"),
    # fd17: ... or on a person noun that is the verb's object, with a weekday before it or not
    ("Le tribunal a condamné mardi le journaliste à une amende.", "condamné", "Fine", "tribunal", "journaliste"),
    ("Le tribunal a condamné mardi le journaliste à deux ans de prison.", "condamné", "Sentence", "tribunal", "journaliste"),
    ("Le tribunal a condamné le journaliste à une amende.", "condamné", "Fine", "tribunal", "journaliste"),
    # the source of what is said (« selon X », « d'après X ») takes no part in the event
    ("D'après la CGT, 5000 salariés ont manifesté.", "manifesté", "Demonstrate", "salariés", None),
    ("D'après le quotidien Le Monde, Bernard Arnault aurait démissionné hier.", "démissionné", "EndPosition",
     "Bernard Arnault", None),
    ("Selon Reuters, Airbus va supprimer 2000 postes.", "supprimer", "EndPosition", "Airbus", "postes"),
    # review rv17f2: « par » before a noun with no determiner is a manner, never the agent (« par
    # hasard », « par tranches », « par erreur »), on the verb, the weekday or the event noun
    ("Le suspect a été arrêté mardi par hasard.", "arrêté", "ArrestJail", None, "suspect"),
    ("Le suspect a été arrêté par erreur.", "arrêté", "ArrestJail", None, "suspect"),
    ("Le suspect a été arrêté mardi par des policiers.", "arrêté", "ArrestJail", "policiers", "suspect"),
    ("Le rachat de la dette par tranches a été validé.", "rachat", "TransferOwnership", None, "dette"),
    ("Le conseil a approuvé le rachat de ses propres actions par l'entreprise.", "rachat", "TransferOwnership",
     "entreprise", "actions"),
    # ... and a postposed subject after a weekday and its part of the day (« soir » is no speaker)
    ("La grève continuera, a annoncé mardi soir la CGT.", "annoncé", "Announcement", "CGT", ANY),
    ("Le site fermera, a annoncé mardi la direction.", "annoncé", "Announcement", "direction", ANY),
    # issue 17 (fa17), news outside the dev domains: the agent of a passive hung on the
    # predicative noun or the complement between them (« élu maire par », « placé en garde à vue par »)
    ("Paul Durand a été élu maire par le conseil municipal.", "élu", "Elect", "conseil", "Paul Durand"),
    ("Marie Leroy a été nommée directrice par le conseil d'administration.", "nommée", "StartPosition", "conseil", ANY),
    ("Le conducteur du camion a été placé en garde à vue par les gendarmes.", "placé", "ArrestJail", "gendarmes",
     "conducteur"),
    ("Paul Durand a été condamné à deux ans de prison par le tribunal de Rennes.", "condamné", "Sentence",
     "tribunal de Rennes", "Paul Durand"),
    ("Paul Durand a été élu maire par hasard.", "élu", "Elect", None, "Paul Durand"),
    ("Le suspect a été placé en détention provisoire.", "placé", "ArrestJail", None, "suspect"),
    # a court condemns a person even when the parser hangs the sentence on the person noun; fd17:
    # that « à » complement is the verb's, so the row of the sentence applies
    ("Le tribunal correctionnel a condamné mardi l'ancien maire de Vitré, Paul Girard, à deux ans de prison avec "
     "sursis.", "condamné", "Sentence", "tribunal", ANY),
    ("L'élu avait été arrêté par la gendarmerie en janvier.", "arrêté", "ArrestJail", "gendarmerie", "élu"),
    ("Le président turc Ali Demir s'est rendu jeudi dans la région sinistrée.", "rendu", "Transport", ANY, ANY),
    # « procéder à » and its event noun: the support verb's subject acts
    ("La police a procédé mardi à l'arrestation de trois suspects.", "arrestation", "ArrestJail", "police",
     "suspects"),
    # parser failures: a finite verb hung on the noun before it; a detached participle that took
    # the subject of the verb after it
    ("Le ministre démissionnera vendredi.", "démissionnera", "EndPosition", "ministre", ANY),
    ("Selon le journal Le Monde, le ministre démissionnera vendredi.", "démissionnera", "EndPosition", "ministre", ANY),
    ("Le ministre, arrivé lundi à Lyon, a annoncé sa candidature.", "annoncé", "Announcement", "ministre",
     "candidature"),
    # ... and an event noun object hung on the weekday before it: the support verb's subject acts
    ("La société Novalis a annoncé jeudi la suppression de 800 postes en France.", "suppression", "EndPosition",
     "société Novalis", ANY),
    ("Le groupe a confirmé hier la fermeture de son usine.", "fermeture", "EndOrg", "groupe", "usine"),
    # the possessive of an act another accepts or demands is not that other (« sa » is the minister)
    ("Le président a accepté sa démission.", "démission", "EndPosition", "sa", ANY),
    ("Le ministre a annoncé sa démission.", "démission", "EndPosition", "ministre", ANY),
    # rv17f: a count or share of votes after « par » measures the result, it does not elect
    ("Paul Durand a été élu maire par 312 voix contre 280.", "élu", "Elect", None, "Paul Durand"),
    ("Le maire a été élu par 52 % des voix.", "élu", "Elect", None, "maire"),
    ("Marie Leroy a été réélue présidente par 60 % des suffrages.", "réélue", "Elect", None, "Marie Leroy"),
    # ... nor does the noun of a fixed « par » locution (« par la suite », « par la voie de »)
    ("Le suspect a été interpellé par la suite à Lyon.", "interpellé", "ArrestJail", None, "suspect"),
    ("Le maire a été élu par la voie d'un vote électronique.", "élu", "Elect", None, "maire"),
    # ... « se rendre » with a manner of going still moves its subject
    ("Les habitants se sont rendus nombreux dans la ville.", "rendus", "Transport", "habitants", ANY),
    ("Le ministre s'est rendu seul dans la région sinistrée.", "rendu", "Transport", "ministre", ANY),
    # issue 17 (fa17d): an adverbial infinitive or gerund tells what the subject of its verb does,
    # a compound infinitive (« après avoir ») and a passive subject too; a gerund the parser hung
    # on a noun or an oblique; after a quotation closed before it, the speaker's
    ("Le président a quitté Paris après avoir rencontré son homologue allemand.", "rencontré", "Meet", "président", ANY),
    ("Le ministre a été limogé après avoir critiqué le président.", "critiqué", "Statement", "ministre", ANY),
    ("Le navigateur a heurté un rocher en sortant du port.", "sortant", "Transport", "navigateur", ANY),
    ("Le navigateur est rentré au port après avoir heurté un rocher en sortant du port.", "sortant", "Transport",
     "navigateur", ANY),
    ("Le directeur Philippe Martin a précisé que « personne ne partira » en ajoutant : « nous sommes prêts ».",
     "ajoutant", "Statement", "directeur Philippe Martin", ANY),
    ("Le ministre est parti en promettant une réforme.", "promettant", "Statement", "ministre", ANY),
    # ... a passive infinitive's controller is its patient; a bare past participle is no adverbial
    # of the subject's act; after a causative verb the noun is the infinitive's own
    ("Après avoir été interpellé à Lyon, le suspect a été transféré à Paris.", "interpellé", "ArrestJail", None, "suspect"),
    ("Le suspect a été interpellé à Lyon après avoir été blessé par un policier.", "blessé", "Injure", "policier",
     "suspect"),
    ("Le président a fait arrêter le ministre.", "arrêter", "ArrestJail", "président", "ministre"),
    # ... object control: who is convinced or asked does what the infinitive says
    ("Les avocats ont convaincu Marie Leroy de demander une autopsie.", "demander", "Appeal", "Marie Leroy", ANY),
    ("Le président a refusé de démissionner.", "démissionner", "EndPosition", "président", ANY),
    # ... the parties of a meeting named in a relative clause whose subject is the noun's « qui »
    ("Les experts expliquent la baisse par les négociations qui se déroulent entre Washington et Téhéran.",
     "négociations", "Meet", "Washington", "Téhéran"),
    ("La rencontre qui a eu lieu lundi entre Paul Durand et Marie Leroy a duré deux heures.", "rencontre", "Meet",
     "Paul Durand", "Marie Leroy"),
    # issue 17 (fa17d): a writing speaks for its author (« de » complement, possessive); a
    # complement that names no one changes nothing
    ("La lettre du ministre Paul Durand affirme que la réforme est prête.", "affirme", "Statement",
     "ministre Paul Durand", ANY),
    ("« La grève continue », précise son communiqué.", "précise", "Statement", "son", ANY),
    ("Un communiqué de presse indique que les travaux reprendront lundi.", "indique", "Statement", "communiqué", ANY),
    # issue 17 (fa17d): a list of verbs after a comma shares the first verb's subject; the noun
    # after a listed verb is its object (the parser made it the subject); a verb of saying after a
    # comma keeps its postposed subject
    ("Le ministre est arrivé lundi à Lyon, a rencontré le maire puis a annoncé un plan.", "annoncé", "Announcement",
     "ministre", "plan"),
    ("Le ministre a visité l'usine, a rencontré le directeur et a annoncé un plan.", "annoncé", "Announcement",
     "ministre", "plan"),
    ("Le plan sera prêt lundi, a annoncé le ministre.", "annoncé", "Announcement", "ministre", ANY),
    ("Les travaux ont commencé, a précisé la mairie.", "précisé", "Statement", "mairie", ANY),
    ("Le club a signé le joueur, a annoncé son entraîneur lundi.", "annoncé", "Announcement", "entraîneur", ANY),
    # ... a verb of saying set off by a comma after a passive, with a name after it, is an incise
    ("Le ministre a été remplacé lundi, a annoncé l'Élysée.", "annoncé", "Announcement", "Élysée", None),
    ("Le club a recruté Paul Durand, a annoncé le PSG lundi.", "annoncé", "Announcement", "PSG", ANY),
    # review rv17a: a verb of saying in a list continued by « puis »/« et » shares the subject; a
    # noun after it that does not agree in number with it is no postposed subject
    ("Le maire a accueilli le président, a salué les habitants puis a inauguré la nouvelle gare.", "salué",
     "Statement", "maire", ANY),
    ("Le maire a accueilli le président, a salué le préfet puis a inauguré la nouvelle gare.", "salué", "Statement",
     "maire", ANY),
    ("Le ministre a été remplacé lundi, a annoncé le parquet.", "annoncé", "Announcement", "parquet", None),
    # ... an incise after a non-reporting clause keeps its speaker, even an unlisted noun
    ("Le club a recruté un attaquant, a indiqué une source proche du dossier.", "indiqué", "Statement", "source",
     ANY),
    # ... an incise after a clause of adjectives the parser hung on it, as its root (a verb of
    # saying that needs a reported clause: « indiquer »)
    ("Les sinistrés sont maintenant en sécurité, sains et saufs, mais très choqués, a indiqué la préfecture.",
     "indiqué", "Statement", "préfecture", ANY),
    # ... the passive subject stays the patient when a speaker follows the comma
    ("Le suspect a été arrêté lundi, a annoncé la police.", "arrêté", "ArrestJail", None, "suspect"),
    # ... an adverbial infinitive or gerund in a subordinate clause takes that clause's subject;
    # fixed phrases with « en » are no gerunds
    ("Le ministre a annoncé que le suspect avait été arrêté après avoir blessé un policier.", "blessé", "Injure",
     "suspect", "policier"),
    ("Le maire a déclaré que les ouvriers avaient quitté l'usine en dénonçant leur licenciement.", "dénonçant",
     "Statement", "ouvriers", ANY),
    ("Le préfet, en attendant les renforts, a interdit la manifestation.", "interdit", "Ban", "préfet", "manifestation"),
    ("En revanche, le Premier ministre a rencontré les syndicats mardi à Matignon.", "rencontré", "Meet",
     "Premier ministre", "syndicats"),
    # ... a writing dated by its complement keeps itself as agent; an organisation is its author;
    # an object-control verb with a clitic object
    ("Le rapport de 2019 affirmait que la dette était soutenable.", "affirmait", "Statement", "rapport", ANY),
    ("Le communiqué de mardi indique que les négociations reprendront.", "indique", "Statement", "communiqué", ANY),
    ("Le rapport de l'ONU affirme que la famine menace le pays.", "affirme", "Statement", "ONU", ANY),
    ("Le juge l'a persuadé de retirer sa plainte.", "plainte", "Sue", "l'", ANY),
    # ... an accusative clitic the parser read as a second subject is the controlled object
    ("Les syndicats les ont aidés à organiser la grève.", "grève", "Demonstrate", "les", ANY),
    ("Les syndicats ont aidé les ouvriers à organiser la grève.", "grève", "Demonstrate", "ouvriers", ANY),
    # issue 17 (f17e): a reflexive causative before an infinitive (« se faire », « se laisser ») is a
    # passive in all but form: its subject undergoes the act, its « par » complement does it; not
    # a plain causative (« a fait arrêter »), where the subject acts
    ("Le suspect s'est fait arrêter lundi à Lyon.", "arrêter", "ArrestJail", None, "suspect"),
    ("Le ministre s'est fait interpeller par la police mardi.", "interpeller", "ArrestJail", "police", "ministre"),
    ("Trois policiers se sont fait arrêter hier à Blantyre.", "arrêter", "ArrestJail", None, "policiers"),
    ("Le journaliste se fait agresser devant son domicile.", "agresser", "Attack", None, "journaliste"),
    ("Deux militants se sont fait tuer par l'armée.", "tuer", "Die", "armée", "militants"),
    ("Paul Durand s'est fait élire maire de Lyon en 2014.", "élire", "Elect", None, "Paul Durand"),
    ("Le président s'est fait réélire en 2012.", "réélire", "Elect", None, "président"),
    ("Le ministre a fait arrêter le journaliste.", "arrêter", "ArrestJail", "ministre", "journaliste"),
    # ... a past participle opening the sentence is a passive of the main clause's subject, which
    # undergoes it, also for the sense of its trigger (« interpeller » needs a person undergoing it)
    ("Interpellé lundi, le suspect a avoué.", "Interpellé", "ArrestJail", None, "suspect"),
    ("Interpellé par la police lundi, le suspect a avoué.", "Interpellé", "ArrestJail", "police", "suspect"),
    ("Élue en 2008, la maire a démissionné.", "Élue", "Elect", None, "maire"),
    ("Blessé lundi, le policier a été hospitalisé.", "Blessé", "Injure", None, "policier"),
    # ... the « par » agent of an event noun the parser hung on a « de » complement of its object;
    # not a participle's (« nommés par le ministre »: who appointed them)
    ("L'arrestation de deux fonctionnaires du ministère par la DGSI a surpris.", "arrestation", "ArrestJail", "DGSI",
     "fonctionnaires"),
    ("L'arrestation du directeur de la banque par la police a surpris.", "arrestation", "ArrestJail", "police", "directeur"),
    ("L'arrestation de deux fonctionnaires nommés par le ministre a surpris.", "arrestation", "ArrestJail", None,
     "fonctionnaires"),
    # rv17g: ... when the infinitive has an object of its own (« se voir reprocher sa gestion », « se
    # faire verser une prime »), the subject is who the act is done to, never its agent, and the
    # « par » complement is; an infinitive conjugated with « être » takes no passive (« se laisser
    # partir », « se laisser mourir »: who leaves, who dies, as without the causative)
    ("Le commissaire s'est vu reprocher sa gestion par les députés.", "reprocher", "Statement", "députés", "gestion"),
    ("Le commissaire s'est vu reprocher sa gestion.", "reprocher", "Statement", None, "gestion"),
    ("La joueuse s'est vu verser une prime par son club.", "verser", "TransferMoney", "club", "prime"),
    ("Le maire s'est fait verser une prime par la mairie.", "verser", "TransferMoney", "mairie", "prime"),
    ("Le joueur s'est laissé partir au dernier moment.", "partir", "Transport", "joueur", None),
    ("Le prisonnier s'est laissé mourir de faim en prison.", "mourir", "Die", None, "prisonnier"),
    # ... « se voir » with « déjà », « mal » (``fr/imagined_self_adverbs``) is the subject picturing
    # itself acting; a role noun with a determiner is an object, not an attribute (« élire maire »)
    ("Le ministre se voit mal démissionner maintenant.", "démissionner", "EndPosition", "ministre", None),
    ("Il se voit déjà rencontrer le président américain.", "rencontrer", "Meet", "Il", "président"),
    ("Le candidat s'est fait élire président de la République en 2017.", "élire", "Elect", None, "candidat"),
    # ... a fronted participle of a verb with « être », or of a passive with its « par » agent, as before
    ("Rentré mardi de Chine, le ministre a rencontré le président.", "Rentré", "Transport", "ministre", None),
    ("Suspendu par la fédération, le joueur a fait appel.", "Suspendu", "Suspension", "fédération", "joueur"),
    ("Libérée lundi, la journaliste est rentrée en France.", "Libérée", "ReleaseParole", None, "journaliste"),
    # ... the participle of a verb read as its pronominal use before a person (``fr/pronominal_participles``:
    # « Retiré de la course », having withdrawn) leaves the person its agent; not before a thing
    ("Retiré de la course en mars, le candidat a soutenu Paul Durand.", "Retiré", "Withdrawal", "candidat", ANY),
    ("Retiré du marché en 2019, le médicament a été interdit.", "Retiré", "Withdrawal", None, "médicament"),
    # issue 17 (f17h, dev10): an opinion stated by a speaker (« pense que »), advocating (« prônant »)
    # and a call to act (« invite ... à ») are Statement and Appeal; « penser à », a passive invitation
    # are none (NOT_CASES)
    ("Le scientifique Paul Durand pense que la planète est seule.", "pense", "Statement", "scientifique Paul Durand", ANY),
    ("Le syndicat pense que la réforme échouera.", "pense", "Statement", "syndicat", ANY),
    ("Le ministère de la Santé invite les habitants à rester chez eux.", "invite", "Appeal", "ministère de la Santé", ANY),
    ("La préfecture invite la population à éviter le centre-ville.", "invite", "Appeal", "préfecture", ANY),
    ("Le maire a appelé à voter pour Paul Durand, prônant le bilan du président.", "prônant", "Statement", "maire", ANY),
    # ... a person arriving at a place moves, also when the parser reads « est arrivé » as a passive
    # (``_etre_active``: « est » as a tense auxiliary next to the passive subject); a place hung on
    # the part of the day (« cet après-midi à Cascais ») is the verb's
    ("Paul Durand est arrivé hier à Lyon.", "arrivé", "Transport", "Paul Durand", None),
    ("Le skipper est arrivé cet après-midi à Cascais.", "arrivé", "Transport", "skipper", None),
    ("Les deux ministres sont arrivés à l'aéroport de Lyon.", "arrivés", "Transport", "ministres", None),
    # ... a rocket launching satellites carries them (a launch is a Transport, dev7)
    ("Une fusée Soyouz doit lancer deux satellites ce soir.", "lancer", "Transport", ANY, "satellites"),
    ("Le lancement des deux satellites a été reporté.", "lancement", "Transport", None, ANY),
    # ... control verbs: the controller is the agent of the infinitive (« contraint de », « a dû »)
    ("Le navigateur Paul Durand a été contraint d'abandonner la course.", "abandonner", "Withdrawal",
     "navigateur Paul Durand", ANY),
    ("La société a dû renoncer au projet de rachat.", "renoncer", "Withdrawal", "société", ANY),
    ("Le ministre a décidé de quitter le gouvernement.", "quitter", "EndPosition", "ministre", ANY),
    # rv17l: « inviter à » a conduct or an act is a call; a person's relative « qui » still arrives (not
    # « ce qui », NOT_CASES)
    ("La préfecture invite la population à la prudence.", "invite", "Appeal", "préfecture", ANY),
    ("Le président pense que la réforme est nécessaire, a-t-il dit lundi.", "pense", "Statement", "président", ANY),
    ("Le gouvernement invite les automobilistes à ne pas prendre la route.", "invite", "Appeal", "gouvernement", ANY),
    ("Le président, qui est arrivé à Berlin lundi, a rencontré la chancelière.", "arrivé", "Transport", "qui", None),
    ("C'est le ministre qui est arrivé à Lyon lundi.", "arrivé", "Transport", "qui", None),
    # f24a: a person condemned in the passive, with no sentence, is convicted (not a statement)
    ("Le suspect a été condamné mardi.", "condamné", "Convict", None, "suspect"),
    ("Le maire de Nîmes a été condamné vendredi.", "condamné", "Convict", None, "maire de Nîmes"),
    # ... a name after the participle (headline style) is the participle's complement, not the noun's
    ("Un homme interpellé à Lyon.", "interpellé", "ArrestJail", None, "homme"),
    ("Une femme agressée à Lille par deux individus.", "agressée", "Attack", ANY, "femme"),
    # ... closing an establishment; meeting people named by a common noun
    ("Le préfet a fermé l'école Jules-Ferry.", "fermé", "EndOrg", "préfet", ANY),
    ("La clinique a été fermée lundi.", "fermée", "EndOrg", None, "clinique"),
    ("Le ministre veut rencontrer les maires.", "rencontrer", "Meet", "ministre", "maires"),
    ("Le Premier ministre a reçu mardi les représentants des agriculteurs à Matignon.", "reçu", "Meet",
     "Premier ministre", "représentants"),
    ("Le président a reçu Paul Durand à Marseille.", "reçu", "Meet", "président", "Paul Durand"),
    # ... relatives speak for the one whose they are (the possessive, which coreference links)
    ("Marie Roux a été hospitalisée. Ses proches ont affirmé qu'elle allait mieux.", "affirmé", "Statement", "Ses", ANY),
    ("La chanteuse a annulé sa tournée, a annoncé son entourage vendredi.", "annoncé", "Announcement", "son", ANY),
    ("Les proches de Paul Martin ont affirmé qu'il était innocent.", "affirmé", "Statement", "Paul Martin", ANY),
    # issue 17 (f26b): a defendant described by a noun is acquitted (« relaxé »), people are released
    # (« relâchés »); « se déclarer » with a speaker still states
    ("Le député Marc Lefèvre a été relaxé vendredi par le tribunal de Paris.", "relaxé", "Acquit", ANY, ANY),
    ("Le tribunal a relaxé le prévenu, un agriculteur de la Somme.", "relaxé", "Acquit", ANY, ANY),
    ("Les trois militants ont été relâchés le soir même.", "relâchés", "ReleaseParole", ANY, ANY),
    ("Le ministre s'est déclaré favorable au projet de barrage.", "déclaré", "Statement", "ministre", ANY),
    ("De leur côté, Rome et Madrid se sont déclarées plutôt favorables.", "déclarées", "Statement", ANY, ANY),
    # « faire appel » with no « à » after it is a court's appeal
    ("Son avocat a annoncé qu'il allait faire appel.", "appel", "CourtAppeal", ANY, ANY),
    ("Le joueur a fait appel de sa suspension de trois matchs.", "appel", "CourtAppeal", ANY, ANY),
    # f28b: « déclarer forfait » withdraws; leaving a race, evacuating residents, naming a replacement,
    # moving detainees or the displaced
    ("Le président sortant a déclaré forfait mardi.", "déclaré", "Withdrawal", ANY, ANY),
    ("Le Danois Lars Holm a abandonné le Tour de France mercredi.", "abandonné", "Withdrawal", ANY, ANY),
    ("Les pompiers ont évacué les riverains.", "évacué", "Transport", ANY, ANY),
    ("Le Premier ministre a nommé mardi un remplaçant.", "nommé", "StartPosition", ANY, ANY),
    ("Les occupants ont été transférés dans des centres d'accueil.", "transférés", "Transport", ANY, ANY),
    ("Le détenu a été transféré vers la prison de Fresnes.", "transféré", "Transport", ANY, ANY),
    # ... near misses: a speaker's « déclarer » with an adjective before the subject noun or « état »
    # in the reported clause stays a statement
    ("Le nouveau ministre a déclaré que la réforme était prête.", "déclaré", "Statement", ANY, ANY),
    ("La ministre a déclaré que l'état des routes était mauvais.", "déclaré", "Statement", ANY, ANY),
    # rvf28b near misses: a rider leaving a race still withdraws; a mayor receiving residents meets them; a
    # party excluding a member ends a position
    ("Le coureur belge a abandonné le Tour des Flandres.", "abandonné", "Withdrawal", ANY, ANY),
    ("Le maire a reçu les riverains mardi à l'hôtel de ville.", "reçu", "Meet", ANY, ANY),
    ("Le parti a exclu le député mardi.", "exclu", "EndPosition", ANY, ANY),
]
NOT_MEET_CASES = [
    ("Le club a reçu une lettre de la fédération.", "reçu"),
    ("Le blessé a reçu des soins à l'hôpital.", "reçu"),
    # rv24f: people admitted or cared for are received, not met
    ("L'hôpital a reçu une trentaine de blessés depuis lundi.", "reçu"),
    ("La clinique de Colmar a reçu deux patients transférés de Mulhouse.", "reçu"),
    ("Le centre d'accueil a reçu quarante réfugiés cette semaine.", "reçu"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_MEET_CASES, ids=[c[0][:20] for c in NOT_MEET_CASES])
def test_receiving_a_thing_is_no_meeting(nlp, text, trigger):
    event = _event(nlp, text, trigger)
    assert event is None or event.type != "Meet"


# rv24f: condemned in the passive by someone who is no court (a club, associations) is condemned in
# words, no conviction; by a court or by default it still is one
NOT_CONVICT_CASES = [
    ("Le joueur a été vivement condamné par son club pour ses propos racistes.", "condamné"),
    ("La société a été condamnée par les associations de riverains.", "condamnée"),
    ("Le ministre a été condamné par l'opposition pour sa gestion de la crise.", "condamné"),
]
CONVICT_CASES = [
    ("Le maire a été condamné par la cour d'appel.", "condamné"),
    ("Le suspect a été condamné par le tribunal mardi.", "condamné"),
    ("Le prévenu a été condamné par défaut.", "condamné"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_CONVICT_CASES, ids=[c[0][:24] for c in NOT_CONVICT_CASES])
def test_rv24f_condemned_in_words_is_no_conviction(nlp, text, trigger):
    event = _event(nlp, text, trigger)
    assert event is None or event.type != "Convict"


@pytest.mark.parametrize(("text", "trigger"), CONVICT_CASES, ids=[c[0][:24] for c in CONVICT_CASES])
def test_rv24f_condemned_by_a_court_is_a_conviction(nlp, text, trigger):
    event = _event(nlp, text, trigger)
    assert event is not None and event.type == "Convict"


# rv24f: « vouloir » in a compound or past tense is a past wish, no future event (« n'a pas voulu
# commenter », « aurait voulu rencontrer », « voulait démissionner »); in the present it looks ahead
WISH_CASES = [
    ("La directrice n'a pas voulu commenter la décision.", "commenter", "ASSERTED"),
    ("Le maire aurait voulu rencontrer le ministre.", "rencontrer", "CONDITIONAL"),
    ("La directrice voulait démissionner en juin dernier.", "démissionner", "ASSERTED"),
    ("Le préfet a voulu rencontrer les élus.", "rencontrer", "ASSERTED"),
    ("Le ministre veut rencontrer les maires.", "rencontrer", "FUTURE"),
    ("Le recteur veut fermer le collège.", "fermer", "FUTURE"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), WISH_CASES, ids=[c[0][:24] for c in WISH_CASES])
def test_rv24f_a_past_wish_is_no_future(nlp, text, trigger, modality):
    event = _event(nlp, text, trigger)
    assert event is not None and event.modality == modality


# rv24f: a name the parse took for a preposition before « à » (« la société Solvanex à Paris ») stays
# in the argument; a place after « à » alone does not
EXTENT_CASES = [
    ("L'association Respire a porté plainte contre la société Solvanex à Paris pour pollution.", "plainte", "Solvanex"),
    # a name right after the noun's adjective, which the parse hangs on the adjective (lead, session 28)
    ("Le groupe Velora a racheté la start-up nantaise Kalio pour 20 millions d'euros.", "racheté", "Kalio"),
    ("Le laboratoire Orvane rachète la biotech bordelaise Genlys.", "rachète", "Genlys"),
    ("La police a interpellé le chanteur belge Lucas Verhaegen à Lille.", "interpellé", "Lucas Verhaegen"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), EXTENT_CASES, ids=[c[1] for c in EXTENT_CASES])
def test_rv24f_a_name_before_a_place_stays_in_the_argument(nlp, text, trigger, name):
    event = _event(nlp, text, trigger)
    assert event is not None and event.patient is not None and name in event.patient.text


# rvl28: a name after an object's noun and adjective that is the subject of the next clause, with no
# comma between (« a accusé le gouvernement français Macron a répondu »), is no part of the object;
# a subject's own name before its verb stays in the subject. A row is (sentence, trigger, role, span).
NEXT_SUBJECT_CASES = [
    ("Le tribunal a condamné le gouvernement français Macron a répondu dans la soirée.", "condamné", "patient", "gouvernement"),
    ("Le club a limogé l'entraîneur portugais Lyon a annoncé un successeur.", "limogé", "patient", "entraîneur"),
    ("Le chanteur belge Lucas Verhaegen a annoncé sa retraite.", "annoncé", "agent", "chanteur belge Lucas Verhaegen"),
    ("La police a interpellé le militant basque Iñaki Etxeberria.", "interpellé", "patient", "militant basque Iñaki Etxeberria"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "span"), NEXT_SUBJECT_CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(NEXT_SUBJECT_CASES)])
def test_rvl28_the_next_clauses_subject_is_no_name_of_the_object(nlp, text, trigger, role, span):
    event = _event(nlp, text, trigger)
    assert event is not None and getattr(event, role) is not None
    assert getattr(event, role).text == span


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "agent", "patient"),
    CASES,
    ids=[(c.values if hasattr(c, "values") else c)[1] + f"-{i}" for i, c in enumerate(CASES)],
)
def test_fr_news_event_and_arguments(nlp, text, trigger, etype, agent, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    assert event.type == etype
    if agent is not ANY:
        assert _text(event.agent) == agent, "agent"
    if patient is not ANY:
        assert _text(event.patient) == patient, "patient"


# rv17g: the subject of a reflexive causative whose infinitive has an object of its own is the one
# the act is done to (« s'est vu reprocher sa gestion », « s'est fait verser une prime »), the
# event's recipient when its type takes one; not a causative with no object (« s'est fait arrêter »).
@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Le commissaire s'est vu reprocher sa gestion par les députés.", "reprocher", "commissaire"),
        ("La joueuse s'est vu verser une prime par son club.", "verser", "joueuse"),
        ("Le maire s'est fait verser une prime par la mairie.", "verser", "maire"),
        ("Le suspect s'est fait arrêter mardi par la police.", "arrêter", None),
    ],
)
def test_the_subject_of_a_causative_with_an_object_is_its_recipient(nlp, text, trigger, recipient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    assert _text(event.recipient) == recipient
    assert event.agent is None or event.agent.text != recipient


# Not events: a thing as the subject of a reporting or demand verb, figurative or other senses.
NOT_CASES = [
    ("Il s'est rendu à l'évidence.", "rendu"),
    ("Le suspect s'est rendu aux autorités.", "rendu"),
    ("Les analyses indiquent une baisse des ventes.", "indiquent"),
    ("Le projet exige des moyens importants.", "exige"),
    ("Ce rapport parle de la crise du logement.", "parle"),
    ("Je me demande pourquoi le train est en retard.", "demande"),
    ("Cela fait naître un doute sérieux.", "naître"),
    ("Le gouvernement a eu recours à la force.", "recours"),
    ("Le ministre a présenté ses vœux à la presse.", "présenté"),
    ("Cette décision annonçait la tendance des prochains mois.", "annonçait"),
    ("La mobilisation des réservistes inquiète les voisins.", "mobilisation"),
    # issue 17, dev2: other senses and hyphenated compounds
    ("L'équipe a relevé le défi.", "relevé"),
    ("Le groupe a réduit ses coûts.", "réduit"),
    ("Un attentat-suicide a frappé la ville.", "suicide"),
    ("Les dirigeants présentaient en conférence de presse leur bilan.", "conférence"),
    ("L'enquête révèle des failles.", "révèle"),
    # issue 17: a thing is no person (@HUMAN)
    ("Le gouvernement a arrêté le projet.", "arrêté"),
    ("La commission a nommé le rapport final.", "nommé"),
    ("Les bûcherons ont abattu trois arbres.", "abattu"),
    ("Le vieux chêne qu'ils ont abattu bordait la route.", "abattu"),
    # issue 17, dev3: "so-called", a cited word, a set phrase, wounded people, a vote on a text
    ("La loi dite « anticasseurs » a été votée.", "dite"),
    ("Le site bloque des pages telles que « suicide » ou « drogue ».", "suicide"),
    ("Le congé payé est un droit acquis depuis 1936.", "acquis"),
    ("Le ministre a apporté son soutien aux blessés.", "blessés"),
    ("Le scrutin sur le projet de loi a été reporté.", "scrutin"),
    ("La convention collective des cheminots a été signée.", "convention"),
    ("Les entreprises qui ne se sont pas acquittées de leurs impôts seront nommées.", "acquittées"),
    ("Le candidat se présentait comme l'homme du changement et des réformes.", "présentait"),
    ("Paul Durand a été reconnu par ses voisins lorsqu'il a dit « bonjour ».", "reconnu"),
    # issue 17, dev4: the other senses of the new movement, funding, expulsion and delay rows
    ("Les prix sont partis à la hausse.", "partis"),
    ("La loi est entrée en vigueur en janvier.", "entrée"),
    ("La console sortira en Europe le 28 juillet.", "sortira"),
    ("L'armée a repoussé l'attaque des rebelles.", "repoussé"),
    ("Le pays ne peut plus se financer sur les marchés.", "financer"),
    ("Le ministre n'exclut pas une hausse des impôts.", "exclut"),
    ("Les marchés ont réagi à la nouvelle.", "réagi"),
    ("Il faut agir vite.", "faut"),
    # issue 17, dev5: the other senses of the new rows
    ("Le groupe accuse une baisse de ses ventes.", "accuse"),
    ("Le président a salué le ministre à son arrivée.", "salué"),
    ("Il a viré deux millions d'euros sur ce compte.", "viré"),
    ("L'équipe s'est qualifiée pour la finale.", "qualifiée"),
    ("Je peux à peine décrire ce que je ressens.", "décrire"),
    ("Ce projet répond aux besoins des habitants.", "répond"),
    ("Les artistes sont reçus, à l'exclusion des sportifs.", "exclusion"),
    ("J'ai eu une vie difficile, c'est le moins que l'on puisse dire.", "dire"),
    ("La prise de parole du ministre a été brève.", "prise"),
    ("La demande de pétrole a fortement baissé.", "demande"),
    # rv17f: a group of people (a breakaway, walkers) is no employer, unlike « le groupe Alstom »
    ("Le coureur belge a rejoint le groupe des favoris dans la dernière montée.", "rejoint"),
    ("Le guide a quitté le groupe de randonneurs avant le col.", "quitté"),
    # rv17f: « se rendre » and an attribute is to become, no going (« se rendre célèbre, coupable »)
    ("Le maire s'est rendu célèbre dans la région.", "rendu"),
    ("L'ancien directeur s'est rendu coupable de fraude dans la capitale.", "rendu"),
    # issue 17 (f17h): thinking of someone, a guest invited, what happened, a product launched
    ("Michel Martin pense à sa famille.", "pense"),
    ("Paul Durand a été invité à la cérémonie.", "invité"),
    ("Personne ne sait ce qui est arrivé au navire.", "arrivé"),
    ("Il n'arrive pas à convaincre ses collègues.", "arrive"),
    ("« Je ne pensais pas que le parti prendrait cette décision », a-t-il dit.", "pensais"),
    # rv17l: « ce qui est arrivé » is a fact, whatever place follows; a question asks, it states no
    # opinion (an incise « a-t-il dit » does)
    ("Ce qui est arrivé hier à Lyon reste inexpliqué.", "arrivé"),
    ("Tout ce qui est arrivé à Marseille a été filmé.", "arrivé"),
    ("Le ministre pense-t-il que la réforme passera ?", "pense"),
    ("Pourquoi le ministre pense-t-il que la réforme échouera ?", "pense"),
    # issue 17 (f26b): a fire or an epidemic « se déclare », it says nothing; pressure, efforts and
    # restrictions are let go (« relâcher »), nobody is released
    ("Un incendie s'est déclaré dans la nuit dans un immeuble de Marseille.", "déclaré"),
    ("Une épidémie de grippe aviaire s'est déclarée dans un élevage de Vendée.", "déclarée"),
    ("Le feu s'est déclaré vers 3 heures dans un entrepôt.", "déclaré"),
    ("Le club a relâché la pression en seconde période.", "relâché"),
    ("Le gouvernement a relâché ses efforts sur la dette.", "relâché"),
    ("La préfecture a relâché les restrictions d'eau dans le Gard.", "relâché"),
    ("La mairie a fait appel à un cabinet de conseil.", "appel"),
    ("Les pompiers ont fait appel aux renforts du Var.", "appel"),
    # rv26d: the « à » of « faire appel à » hangs from « faire » after a date, an adverb or a phrase;
    # a pronoun « relâché » may stand for a ball
    ("Le maire a fait appel, mercredi, à un cabinet d'avocats.", "appel"),
    ("Les enquêteurs ont fait appel d'urgence à des plongeurs.", "appel"),
    ("La mairie fait appel en urgence aux pompiers.", "appel"),
    ("Le festival fait appel une nouvelle fois aux bénévoles pour son édition de juillet.", "appel"),
    ("Le groupe a fait appel pour la première fois à un orchestre.", "appel"),
    ("Le gardien a capté le ballon puis l'a relâché dans les pieds de l'attaquant.", "relâché"),
    # f28b: a fire or a state of emergency is declared, nobody states anything; what is transferred or
    # evacuated is no person (a player's transfer, funds, a building); studies are abandoned
    ("Un violent incendie s'est déclaré dans la nuit près de Mimizan.", "déclaré"),
    ("Un important incendie s'est déclaré samedi dans une usine.", "déclaré"),
    ("Le préfet a déclaré mardi l'état d'urgence.", "déclaré"),
    ("L'état de catastrophe naturelle sera déclaré la semaine prochaine.", "déclaré"),
    ("Le club a transféré son attaquant au Real Madrid.", "transféré"),
    ("La banque a transféré les fonds lundi.", "transféré"),
    ("Le ministère a transféré la gestion des musées aux régions.", "transféré"),
    ("Les pompiers ont évacué le bâtiment.", "évacué"),
    ("Le coureur a abandonné ses études en 2019.", "abandonné"),
    # rvf28b: an organiser that abandons its race, tournament or championship cancels it; nobody withdraws
    ("Faute de neige, les organisateurs ont abandonné l'épreuve de slalom prévue samedi.", "abandonné"),
    ("La fédération a abandonné le tournoi junior à cause de la pluie.", "abandonné"),
    ("Le comité d'organisation a abandonné le marathon de Lyon en raison de la canicule.", "abandonné"),
    ("La préfecture a abandonné la régate du dimanche à cause du vent.", "abandonné"),
    # rvf28b: holidaymakers, campers, spectators a venue receives or puts out are no meeting, no membership
    ("Le parc a reçu des milliers de vacanciers dimanche.", "reçu"),
    ("Le camping a reçu 300 campeurs pendant le week-end.", "reçu"),
    ("Le stade a exclu un spectateur pour des insultes racistes samedi.", "exclu"),
    ("Le club a annoncé l'exclusion d'un spectateur mardi.", "exclusion"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_CASES, ids=[c[1] for c in NOT_CASES])
def test_fr_not_events(nlp, text, trigger):
    assert _event(nlp, text, trigger) is None


# The whole pipeline: statements added for quotations, the writer's imperative, idioms.
def _analyse(text: str, *, dct: str = "2021-03-18"):
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    doc = Document(id="t", text=text, source="test", date=PartialDate.parse(dct), lang="fr")
    (result,) = list(analyse([doc]))
    return result


PIPELINE_CASES = [
    # (text, trigger, expected agent or None when no event is expected)
    ("« Le verdict est sévère », commente Paul Durand, analyste chez Natixis.", "commente", "Paul Durand"),
    ("Le maire rappelle que le budget est serré.", "rappelle", "maire"),
    ("Rappelons que la société a été condamnée à verser une amende.", "Rappelons", None),
    ("Notons que le directeur a démissionné en mars.", "Notons", None),
    ("Le pays est classé 169e, autrement dit parmi les derniers.", "dit", None),
    # issue 17: the inverted clitic, not the euphonic "-t", is the speaker, without its hyphens
    # (a17k: the pronoun coreference takes up, « il », not the token « -il »)
    ("« Notre ville change » déclare-t-il dans une tribune.", "déclare", "il"),
    ("« Rien ne change », affirme-t-elle.", "affirme", "elle"),
    # issue 17, dev5: a quotation of several sentences reaches the verb after it; a quotation the
    # parser ends its sentence with too; a participle describing a channel has its writer as speaker
    ("« Le budget est serré. Les travaux commenceront en mai », indique-t-il.", "indique", "il"),
    ("« Nous sommes prêts. Rien ne nous arrêtera », renchérit Paul Durand.", "renchérit", "Paul Durand"),
    ("« C'est la vieille politique qui parle quand je vous entends », lui avait dit Paul Durand.", "dit", "Paul Durand"),
    ("La mairie a publié un communiqué affirmant que les travaux sont finis.", "affirmant", "mairie"),
    # issue 17, dev6: the euphonic « -t- » is no speaker; a name the parser made the object of a
    # reporting verb in an incise is its speaker, a noun object stays one; a quotation with no
    # verb of its own right after one by the same speaker is that speaker's
    ("« Le budget est serré et les travaux commenceront en mai », a-t-il souligné.", "souligné", "il"),
    ("« Le budget est serré et les travaux commenceront en mai », a-t-elle dit.", "dit", "elle"),
    ("C'est un exemple d'ingérence étrangère, a déclaré Paul Durand.", "déclaré", "Paul Durand"),
    ("« Pour nous, c’est une collaboration entre la banque et le client » a ensuite précisé Febelfin.", "précisé", "Febelfin"),
    # the speaker's name the parser hung on the addressee ("à l'AFP X") is the speaker
    ("« Ce vote est une immense victoire », déclare à l'AFP Paul Durand avant la réunion.", "déclare", "Paul Durand"),
    ("Paul Durand est arrivé. « Le budget est serré et rien ne change » affirme-t-il. « Pour ma part, je reste prudent sur les travaux ».",
     "Pour ma part, je reste prudent sur les travaux", "il"),
    # issue 17 (fa17): a postposed speaker the parser hung on the complement before it
    ("« Nous avons mérité cette victoire », a déclaré après la rencontre l'entraîneur Marc Dufour.", "déclaré",
     "entraîneur Marc Dufour"),
    # issue 17 (f17g): after a reflexive verb of an incise the parser leaves the name unlabelled
    ("« C'est un beau jour pour le musée », s'est félicité Paul Durand.", "félicité", "Paul Durand"),
    ("« C'est une honte », s'est indignée la ministre Claire Dumas.", "indignée", "Claire Dumas"),
    # issue 17 (f17h, dev10): a subordinate clause after the postposed name makes the parser read the
    # name as a bare adverbial of the verb; a subject the incise verb inherits from the verb of the
    # quotation it hangs on is no speaker when a name follows it
    ("« Je suis honoré » a déclaré Barack Obama lorsqu'il apprit la nouvelle.", "déclaré", "Barack Obama"),
    ("« Nous sommes prêts » a déclaré Paul Durand quand il a reçu le prix.", "déclaré", "Paul Durand"),
    ("Dans le Var, les rafales « pourront atteindre 120 km/h » avertit Météo France.", "avertit", "Météo France"),
    # ... spokespersons speak for their organisation, postposed or not
    ("Un porte-parole de la SNCF a indiqué que le trafic reprendra lundi.", "indiqué", "SNCF"),
]


# issue 17 (fa17): a verb that reports only in a locution (« rendre public ») is no verb of saying
# on its own, so a quotation nearby is not given to it (« rendre visite »).
@pytest.mark.parametrize(
    ("text", "verb", "reporting"),
    [
        ("Le ministère a rendu publique la liste des écoles fermées.", "rendu", True),
        ("Le ministre a rendu visite aux sinistrés.", "rendu", False),
        ("Le ministre a déclaré que la réforme était finie.", "déclaré", True),
    ],
)
def test_a_locution_verb_reports_only_with_its_word(nlp, text, verb, reporting):
    from kg.extract.quotes import is_reporting_verb

    (tok,) = [t for t in nlp(text) if t.text == verb]
    assert is_reporting_verb(tok, "fr") is reporting


@pytest.mark.parametrize(("text", "trigger", "agent"), PIPELINE_CASES, ids=[c[1] for c in PIPELINE_CASES])
def test_fr_statements_in_the_pipeline(text, trigger, agent):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    if agent is None:
        assert not events, f"unexpected event on {trigger!r}"
    else:
        assert events and events[0].type == "Statement"
        assert _text(events[0].agent) == agent


# Dates of the whole pipeline (issue 17, dev2): a date set off by commas after an event noun dates
# it; "cette nuit" in a past clause is the night before the publication date (18 March 2021).
DATE_CASES = [
    ("Le second tour de l'élection présidentielle, les 16 et 17 mars, a eu lieu dans le calme.", "élection", "2021-03-16"),
    ("L'attentat, le 3 mars, a fait dix morts.", "attentat", "2021-03-03"),
    ("Cette nuit, des rebelles ont attaqué un hôtel de la capitale.", "attaqué", "2021-03-17"),
    ("Cette nuit, des rebelles attaqueront la capitale.", "attaqueront", None),
    # "d'ici" only opens the deadline, which dates the event
    ("Le groupe supprimera 300 postes d'ici à 2024.", "supprimera", "2024"),
    # issue 17 (f17e): ... also without « à » (« d'ici 2024 », the parser hangs the year on the
    # object); an event noun the verb takes dates by the deadline in its phrase or on the verb, not by
    # the day it was announced, which still dates the announcement
    ("Le groupe supprimera 300 postes d'ici 2024.", "supprimera", "2024"),
    ("Le FMI versera dix milliards d'euros à la Grèce d'ici 2026.", "versera", "2026"),
    ("Le groupe Acme a annoncé mardi la suppression de 1 200 postes en France d'ici 2024.", "suppression", "2024"),
    ("Le groupe Acme a annoncé mardi la suppression de 1 200 postes d'ici à 2024.", "suppression", "2024"),
    ("Le groupe Acme a annoncé mardi la suppression de 1 200 postes d'ici 2024.", "annoncé", "2021-03-16"),
    ("Le gouvernement a promis mardi un accord d'ici le 30 juin.", "accord", "2021-06-30"),
    # rv17g: ... not a deadline of a relative clause in the noun's phrase, nor one of another object
    # or conjunct of the verb
    ("Le groupe a finalisé lundi la vente de sa filiale, qu'il promettait d'ici 2024.", "vente", "2021-03-15"),
    ("Le groupe a annoncé lundi la fermeture de l'usine, déjà effective, et l'ouverture d'un site d'ici 2025.", "fermeture",
     "!2025"),
    # issue 17 (f17e): the statement a quotation or a reported clause stands for, on a verb that
    # triggers no event of its own, takes the date of that verb's clause; not a date of a relative
    # clause after the speaker
    ("La ministre Christine Lagarde a jugé lundi que le pays était sur la bonne voie.", "jugé", "2021-03-15"),
    ("« Nous partirons tous ensemble », a confié lundi le ministre Paul Durand au Parisien.", "confié", "2021-03-15"),
    ("« Nous partirons tous ensemble », a martelé mardi le ministre Paul Durand.", "martelé", "2021-03-16"),
    ("Lundi, la ministre Christine Lagarde a insisté : « le pays est sur la bonne voie ».", "insisté", "2021-03-15"),
    ("« Nous partirons tous ensemble », a confié Paul Durand, qui a démissionné le 3 mars.", "confié", "!2021-03-03"),
    # ... an event noun a day is counted from (« la veille de sa démission ») is not on that day
    ("Le ministre a démissionné le 10 mars. La veille de sa démission, il avait rencontré le président.", "démission",
     "2021-03-10"),
    ("Le ministre a démissionné le 10 mars. La veille de sa démission, il avait rencontré le président.", "rencontré",
     "2021-03-09"),
    # issue 17 (a17h): a « lorsque » / « quand » clause happens when its main clause does; not a
    # clause of another time (« avant que »), nor when the clause has its own date
    ("Le ministre a démissionné le 3 mars, lorsque le président l'a limogé.", "limogé", "2021-03-03"),
    ("Le ministre a démissionné le 3 mars, quand le président l'a limogé.", "limogé", "2021-03-03"),
    ("Le ministre a démissionné le 3 mars, lorsque le président l'a limogé le 2 mars.", "limogé", "2021-03-02"),
    ("Le ministre a démissionné le 3 mars, bien que le président l'ait limogé.", "limogé", "2021-03-18"),
    # issue 17, dev5: a coordinated verb shares the first verb's date; a participle describing a
    # noun is dated with the noun's clause
    ("Le 2 mars, le conseil a changé la direction du club et nomma Paul Durand comme président.", "nomma", "2021-03-02"),
    ("La mairie a publié le 4 mars un communiqué affirmant que les travaux sont finis.", "affirmant", "2021-03-04"),
    # review rv17k: ... but an incise the parser coordinates reports the clause before it, whose date
    # is not the report's
    ("Le constructeur a livré l'an dernier 735 appareils, a précisé son porte-parole.", "précisé", "2021-03-18"),
    ("Le gouvernement a pour sa part rejeté le texte en janvier, a indiqué son porte-parole.", "indiqué", "2021-03-18"),
    # issue 17, dev6: a gerund happens when its verb does; « lors de » sets the clause at the time
    # of its noun, a plain date of a noun does not date the verb
    ("Le 3 mars, le ministre a revu ses prévisions en affirmant que la croissance sera faible.", "affirmant", "2021-03-03"),
    ("Lors de son discours du mardi 16 mars, le ministre a revu ses prévisions en affirmant que la croissance sera faible.",
     "affirmant", "2021-03-16"),
    # issue 17 (a17j): « le 3 », a day of the current month; a future weekday is the next one; a
    # dateline's date dates the report when the lead has no date of its own (the parser cuts the
    # dateline into sentences of its own)
    ("L'entreprise a annoncé le 3 la fermeture de son usine.", "annoncé", "2021-03-03"),
    ("Le juge a condamné le 12 l'ancien maire.", "condamné", "2021-03-12"),
    ("Emmanuel Macron se rendra vendredi à Marseille.", "rendra", "2021-03-19"),
    ("PARIS, 16 mars 2021 (AFP) - Le syndicat a appelé à la grève. Le gouvernement a annoncé des mesures.",
     "annoncé", "2021-03-16"),
    ("LYON (AFP) - La CGT a appelé à la grève le 15 mars. Le gouvernement a annoncé des mesures.",
     "annoncé", "2021-03-15"),
    # ... and a count of days after the date of the sentence before moves it
    ("Le ministre a démissionné le 3 mars. Le président a nommé un successeur deux jours plus tard.", "nommé", "2021-03-05"),
    # fd17: the date of a background act in the pluperfect does not carry to the next sentence's
    # completed act (publication date)
    ("Le maire avait démissionné le 2 mars. Deux militants ont été placés en garde à vue.", "placés", "2021-03-18"),
    ("Le maire avait démissionné le 2 mars. Deux militants ont été arrêtés.", "arrêtés", "2021-03-18"),
    ("Le maire a démissionné le 2 mars. Le conseil a élu un successeur.", "élu", "2021-03-02"),
    # issue 17 (fa17): an event noun subject of a modal takes the date of the modal's infinitive
    ("Selon l'agence Reuters, des élections anticipées pourraient avoir lieu en juin.", "élections", "2021-06"),
    ("Le scrutin doit se tenir le 4 avril.", "scrutin", "2021-04-04"),
    # issue 17, dev6: a date dates the events of its own line, even when the parser runs two
    # paragraphs together and hangs it on a verb of the paragraph before
    ("Paul Durand a déclaré à la presse que les habitants sont victimes d'une « forme de violence qui devient "
     "insupportable. [...] Nous sommes devant une violence qui ravage la ville, incontestablement, l'affaire semble "
     "susciter énormément de colère ».\n\nDéjà au début du mois dernier, trois jeunes juifs portant la kippa avaient "
     "été agressés dans la banlieue de Lyon.", "agressés", "2021-02"),
    # fd17d: a definite noun that joins the nearest chain (« avaient bombardé ») and repeats the word of
    # an earlier chain (« l'attaque de la caserne ») merges the two when both have dates of their own that
    # agree: the first mention takes the most precise; not when their dates differ (a 20th anniversary:
    # 2001, not 2011). A day « !D » must not be D.
    ("Des milliers de personnes ont manifesté vendredi pour le 10e anniversaire de l'attaque de la caserne de Goma. "
     "Le 4 mars 2011, des rebelles avaient bombardé la caserne de Goma. Quelques jours après l'attaque de la caserne, "
     "le gouvernement a décrété l'état d'urgence.", "attaque", "2011-03-04"),
    ("Des milliers de personnes ont manifesté vendredi pour le 20e anniversaire de l'attaque de la caserne de Goma. "
     "Le 4 mars 2011, des rebelles avaient bombardé la caserne de Goma. Quelques jours après l'attaque de la caserne, "
     "le gouvernement a décrété l'état d'urgence.", "attaque", "2001"),
    ("Des milliers de personnes ont manifesté vendredi pour le 10e anniversaire de l'invasion de la ville. Le 4 mars "
     "2011, des rebelles avaient envahi la ville. Quelques jours après l'invasion de la ville, le gouvernement a "
     "décrété l'état d'urgence.", "invasion", "2011-03-04"),
    # ... only when both chains have a date of their own: an undated first mention stays apart
    ("Des milliers de personnes ont manifesté vendredi pour l'anniversaire de l'invasion de la ville. Le 4 mars 2011, "
     "des rebelles avaient envahi la ville. Quelques jours après l'invasion de la ville, le gouvernement a décrété "
     "l'état d'urgence.", "invasion", "!2011-03-04"),
    # issue 17 (f17g): a present participle or gerund adjunct of a dated act is on its day, not on the
    # day the sentence before gave
    ("Le ministre s'est rendu jeudi à Lyon. Les rebelles ont attaqué mardi un convoi près de la frontière, tuant "
     "trois soldats.", "tuant", "2021-03-16"),
    ("Le ministre s'est rendu jeudi à Lyon. Les rebelles ont attaqué mardi un convoi en blessant trois soldats.",
     "blessant", "2021-03-16"),
    # issue 17 (f17h, dev10): a weekday right before « après » / « avant » and its noun dates the clause,
    # though the parser hangs it on that noun; a date inside the phrase stays the noun's
    ("Le skipper a abandonné la course mercredi après une collision.", "abandonné", "2021-03-17"),
    ("Le club a limogé son entraîneur mardi après la défaite.", "limogé", "2021-03-16"),
    ("Le ministre a démissionné après son élection en 2016.", "démissionné", "!2016"),
    # ... weekday anchoring (the last such day in a past clause, the next one in a future clause) and
    # a part of the day (the publication day, Thursday 18 March 2021)
    ("Paul Durand est arrivé cet après-midi à Marseille.", "arrivé", "2021-03-18"),
    ("Le ministre a démissionné mardi.", "démissionné", "2021-03-16"),
    ("Le maire appelle à voter à l'élection présidentielle de mardi prochain.", "élection", "2021-03-23"),
    # ... background events keep their own date
    ("Le maire, élu en 2008, a démissionné hier.", "élu", "2008"),
    # ... the date a cleft puts in focus dates its « que » clause, not an incise after it
    ("C'est demain, à 18h15, qu'une fusée doit lancer deux satellites.", "lancer", "2021-03-19"),
    ("C'est mardi que le ministre a démissionné.", "démissionné", "2021-03-16"),
    ("C'est en 2008 que le maire a été élu, a rappelé mardi le préfet.", "rappelé", "2021-03-16"),
    # rv17l: a cleft that puts the bound of a lasting state in focus (« depuis », « jusqu'au ») dates nothing
    ("C'est depuis 2010 que la société vend des voitures.", "vend", "!2010"),
    # ... a present participle adjunct of a call is on the call's day (a part of the day too)
    ("Le maire a appelé mardi soir à voter pour Paul Durand, prônant le bilan du président.", "prônant", "2021-03-16"),
    # f24a: « jusqu'au 30 juin » bounds what lasts, it is not when the event takes place
    ("Le joueur a été suspendu jusqu'au 30 juin.", "suspendu", "!2020-06-30"),
    ("Le joueur a été suspendu jusqu'au 30 juin.", "suspendu", "!2021-06-30"),
    # ... what one wants to do is ahead: not on the day of the announcement, and a weekday is the next one
    ("Le maire a annoncé mardi vouloir fermer la maternité.", "fermer", "!2021-03-16"),
    ("Le maire a annoncé mardi vouloir fermer la maternité.", "annoncé", "2021-03-16"),
    ("Le ministre veut rencontrer les maires mardi.", "rencontrer", "2021-03-23"),
    # rv24f: ... but a past wish does not (« a voulu », « aurait voulu »): its weekday is the last one
    ("Le maire aurait voulu rencontrer le ministre vendredi.", "rencontrer", "!2021-03-19"),
    ("Le maire aurait voulu rencontrer le ministre vendredi. La préfecture a interdit la venue du ministre.",
     "interdit", "!2021-03-19"),
    # f25b: « il y a deux ans » right after a participle is its date, wherever the parser hung it
    ("Le syndicat a annoncé mardi une grève. Une étude publiée il y a deux ans montrait le contraire.", "publiée", "2019"),
    # ... « avant le 10 mars » is a limit: neither its date nor that of the sentence before
    ("Le conseil a voté mardi le budget. Le maire a démissionné avant le 10 mars.", "démissionné", "!2021-03-10"),
    ("Le conseil a voté mardi le budget. Le maire a démissionné avant le 10 mars.", "démissionné", "!2021-03-16"),
    # ... « précédente » says the event is earlier, « en septembre » when
    ("La police a arrêté lundi un homme. Une précédente manifestation avait réuni mille personnes en septembre.",
     "manifestation", "2020-09"),
    # ... what did not happen (« n'a pas encore désigné ») takes no date of the sentence before
    ("Le député a déclaré sa candidature mardi. Le parti n'a pas encore désigné son candidat.", "désigné", "!2021-03-16"),
    # rv25d: « peu avant », « juste avant » a date: the date is an anchor near the act, not a limit
    ("Le conseil a voté mardi le budget. Le maire a démissionné peu avant le 10 mars.", "démissionné", "2021-03-10"),
    ("Le conseil a voté mardi le budget. La maison a été vendue juste avant le 1er mars.", "vendue", "2021-03-01"),
]


@pytest.mark.parametrize(
    ("text", "trigger", "day", "dated"),
    [
        # a date no « de » introduces dates its clause, wherever the parser hung it (issue 17, dev splits)
        ("Le 2 mars, le conseil s'est réuni. Le club a confirmé le départ de son entraîneur en début de soirée le 10 mars.",
         "départ", "2021-03-10", True),
        # ... and a date after « de » / « du » dates its noun only
        ("Le ministre a reporté la réunion du 11 mars.", "reporté", "2021-03-11", False),
    ],
)
def test_a_date_in_a_noun_phrase_dates_the_clause_unless_a_de_introduces_it(text, trigger, day, dated):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    value = event.time.value.split("T", 1)[0] if event.time is not None else None
    assert (value == day) is dated, value


# review rv17f2: a count of days moves the date given before only in its own clause (not across a
# relative clause set off by commas), never an event noun after « après » that is the count's anchor;
# a count of months or years leaves the day unknown. A day « !D » must not be D.
# fd17d: a whole count of years moves the year of the act dated the sentence before, of months its
# month (the day stays unknown); months from a bare year, or years from the lead alone, give nothing.
OFFSET_CASES = [
    ("Le ministre a démissionné le 3 mars. Le président a nommé un successeur deux jours plus tard.", "nommé",
     "2021-03-05"),
    ("Le ministre a démissionné le 3 mars. Le président a nommé un successeur deux ans plus tard.", "nommé", "2023"),
    ("Le ministre a démissionné le 3 mars. Six mois plus tard, le président a nommé un successeur.", "nommé", "2021-09"),
    ("Le ministre a été limogé en mars 2019. Il a démissionné deux ans après.", "démissionné", "2021"),
    ("Le ministre a démissionné en 2010. Trois ans auparavant, il avait été élu.", "élu", "2007"),
    ("Le maire a été limogé en 2015. Il a démissionné six mois plus tard.", "démissionné", None),
    ("Le ministre a démissionné le 3 mars. Les syndicats ont manifesté pendant deux ans devant le ministère.",
     "manifesté", "2021-03-03"),
    ("Le ministre a démissionné le 3 mars. Le président, qui était en voyage deux jours plus tôt, a nommé un "
     "successeur.", "nommé", "2021-03-03"),
    ("Le ministre a démissionné le 3 mars. Le président a nommé un successeur, qui a pris ses fonctions deux jours "
     "après.", "nommé", "2021-03-03"),
    ("Le ministre a démissionné le 3 mars. Le président a nommé un successeur, qui a pris ses fonctions deux jours "
     "après.", "pris", "2021-03-05"),
    ("L'usine a fermé le 3 mars. Les salariés ont fait grève deux jours après l'annonce du préfet.", "annonce",
     "!2021-03-05"),
    # review rv17d: a count inside a quotation is the speaker's, never the narrator's verb after it; a
    # bound or an estimate (« moins de », « près de », « une dizaine ») or a vague count moves nothing;
    # a count of years with its own anchor after it (« deux ans après la crise ») counts from that
    # anchor; a count after an act its own sentence dated counts from that act
    ("Le ministre a démissionné le 3 mars. « Trois mois plus tard, la police a arrêté le maire », a déclaré le "
     "procureur.", "déclaré", "2021-03-18"),
    ("Le ministre a démissionné le 3 mars. « Je suis parti deux jours plus tard », a déclaré le maire.", "déclaré",
     "2021-03-18"),
    ("Le ministre a démissionné en mars 2019. Moins de deux ans plus tard, il a été arrêté.", "arrêté", None),
    ("Le ministre a démissionné en mars 2019. Près de deux ans après, il a été arrêté.", "arrêté", None),
    ("Le ministre a démissionné en mars 2019. Il a été arrêté environ deux ans plus tard.", "arrêté", None),
    ("Le ministre a démissionné en mars 2019. Une dizaine d'années plus tard, il a été arrêté.", "arrêté", None),
    ("Le ministre a démissionné en mars 2019. Plusieurs années plus tard, il a été arrêté.", "arrêté", None),
    ("Le ministre a démissionné le 3 mars 2019. Le rapport publié deux ans après la crise a été critiqué.", "publié",
     None),
    ("Le ministre a démissionné en mars 2019. Il a été arrêté deux ans plus tard.", "arrêté", "2021"),
    ("Élu en 2014, le maire a été réélu six ans plus tard.", "réélu", "2020"),
    ("Le maire de Nantes, Jean Morel, a été élu dimanche au second tour avec 54 % des voix. Élu pour la première fois "
     "en 2014, il avait été réélu six ans plus tard.", "réélu", "2020"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), OFFSET_CASES, ids=[c[1] for c in OFFSET_CASES])
def test_a_count_of_days_moves_the_date_in_its_own_clause(text, trigger, day):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    if day is not None and day.startswith("!"):
        assert _day(event) != day[1:]
    else:
        assert _day(event) == day


def test_a_date_never_dates_an_event_of_another_line():
    text = next(c[0] for c in DATE_CASES if "Déjà au début du mois dernier" in c[0])
    (said,) = [e for e in _analyse(text).events if e.trigger.text == "déclaré"]
    assert said.time is None or not said.time.value.startswith("2021-02")


@pytest.mark.parametrize(("text", "trigger", "day"), DATE_CASES, ids=[c[1] for c in DATE_CASES])
def test_fr_event_dates_in_the_pipeline(text, trigger, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    if day is None:
        assert value != "2021-03-17"
    elif day.startswith("!"):
        assert value != day[1:]
    else:
        assert value == day


# f28b: a fronted date under a headline stays in the sentence it opens (the parser cut « Mardi soir » off
# it); a headline's event that only the publication date dated takes the time of the first event of its
# type in the body's first paragraph; a weekday after a noun with an elided complement (« centres
# d'accueil mardi ») dates the clause. Near misses: no body event of the type in the first paragraph,
# a background act in the pluperfect, a body event of the other polarity. Publication date 18 March
# 2021 (Thursday). A day « !D » must not be D.
HEADLINE_DATE_CASES = [
    ("Bordeaux : un conseiller démissionne\n\nMardi soir, à Bordeaux, le conseiller Julien Arnaud a annoncé sa "
     "démission.", "démission", "2021-03-16"),
    ("Inondations dans le Gard : un mort\n\nUn homme est mort dans la nuit de lundi à mardi à Alès.", "mort",
     "2021-03-15"),
    ("Séisme au Maroc : au moins douze morts\n\nUn séisme a frappé mardi soir la région d'Agadir. Au moins douze "
     "personnes ont été tuées.\n\nEn 2019, un séisme avait fait près de 3 000 morts.", "morts", "2021-03-16"),
    ("Les occupants ont été évacués dans des centres d'accueil mardi.", "évacués", "2021-03-16"),
    ("Le militant a été acquitté par la cour d'appel de Rennes mardi.", "acquitté", "2021-03-16"),
    ("Nantes : trois blessés dans un accident\n\nUn bus a percuté un mur à Nantes. Le chauffeur a été interpellé."
     "\n\nMardi, deux passagers avaient été blessés dans un autre accident.", "blessés", "!2021-03-16"),
    ("Le maire ne démissionne pas\n\nLe maire a démissionné de la présidence de l'agglomération mardi.",
     "démissionne", "!2021-03-16"),
    ("Un maire démissionne\n\nLe conseil municipal s'est réuni mardi.\n\nLe maire a démissionné lundi.",
     "démissionne", "!2021-03-16"),
    ("L'accord d'avril a été signé par le ministre.", "accord", "2021-04"),
    # rvf28b: the headline's word in the body's first paragraph is the headline's act, not an earlier act
    # of the type there (the club's presidency Tuesday); a lead that tells acts of the type on several
    # days gives the headline that sums them none of those days
    ("Le maire de Quimper démissionne\n\nLe maire de Quimper a quitté mardi la présidence du club de rugby, puis "
     "a démissionné mercredi de son mandat.", "démissionne", "2021-03-17"),
    ("Une ministre quitte le gouvernement\n\nLa ministre a démissionné lundi du conseil régional, et elle a quitté "
     "mercredi le gouvernement.", "quitte", "2021-03-17"),
    ("Séisme en Italie : deux morts\n\nUne femme est morte dimanche dans l'effondrement de sa maison, et un homme "
     "est mort lundi à l'hôpital de Naples.", "morts", "!2021-03-14"),
    ("Orages dans le Var : deux morts\n\nUn randonneur a été tué samedi par la foudre, et une femme est morte "
     "dimanche emportée par une crue.", "morts", "!2021-03-13"),
    # ... nor the act of another person the lead tells first
    ("Nouméa : le président démissionne\n\nLe ministre de l'Économie a quitté lundi le gouvernement, suivi "
     "mercredi par le président.", "démissionne", "!2021-03-15"),
    ("Un directeur d'école interpellé\n\nUn parent d'élève a été arrêté lundi devant l'école. Le directeur a été "
     "interpellé mercredi à son domicile.", "interpellé", "2021-03-17"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), HEADLINE_DATE_CASES, ids=[c[1] for c in HEADLINE_DATE_CASES])
def test_f28b_headline_and_fronted_dates(text, trigger, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    if day.startswith("!"):
        assert value != day[1:]
    else:
        assert value == day


# fd17d (the case fd17's removed rule left as an xfail): a detached past participle describing what a
# dated act in a completed past took (its object, or its object's complement) takes the act's date,
# through the parse only; not a participle of the subject (a postponement: « Le vote, reporté au 5
# avril, »), a concessive clause, an act in the pluperfect or under « si ». Publication date 18 March
# 2021; the pluperfect first sentence gives the lead a background date. A day « !D » must not be D.
_BACKGROUND = "Le maire avait démissionné le 2 mars. "
OBJECT_PARTICIPLE_CASES = [
    (_BACKGROUND + "La police a procédé mardi à l'arrestation de deux militants, placés en garde à vue.", "placés",
     "2021-03-16"),
    (_BACKGROUND + "La police a interpellé mardi deux militants, placés en garde à vue.", "placés", "2021-03-16"),
    (_BACKGROUND + "La police avait interpellé mardi deux militants, placés en garde à vue.", "placés", "!2021-03-16"),
    (_BACKGROUND + "Si la police avait interpellé mardi deux militants, placés en garde à vue, le maire aurait "
     "protesté.", "placés", "!2021-03-16"),
    (_BACKGROUND + "Le vote, reporté au 5 avril, a été annulé mardi.", "reporté", "!2021-03-16"),
    (_BACKGROUND + "Bien que le conseil l'ait limogé, le maire a été réélu mardi.", "limogé", "!2021-03-16"),
    ("Le ministre a démissionné le 3 mars, bien que le président l'ait limogé.", "limogé", "2021-03-18"),
    ("Le procès, reporté au 5 avril, a suscité la colère.", "reporté", "2021-03-18"),
    # review rv17d: not after a negated act; a participle after a list of objects still follows from the act
    (_BACKGROUND + "La police n'a pas interpellé mardi les militants, placés en garde à vue.", "placés",
     "!2021-03-16"),
    (_BACKGROUND + "La police a interpellé mardi deux militants, un journaliste et un photographe, libérés dans la "
     "soirée.", "libérés", "2021-03-16"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), OBJECT_PARTICIPLE_CASES, ids=[c[1] for c in OBJECT_PARTICIPLE_CASES])
def test_a_dated_act_of_the_same_sentence_dates_a_participle_of_its_object(text, trigger, day):
    test_fr_event_dates_in_the_pipeline(text, trigger, day)


# issue 17, dev3: an event noun under a demonstrative refers back to an event of its type reported
# earlier, so it keeps that type without the complement its sense needs ("cette publication").
ANAPHORIC_CASES = [
    ("La mairie a publié la liste des subventions. Cette publication a surpris.", "publication", "Announcement"),
    ("Le ministre a annoncé sa démission. Cette annonce a surpris ses proches.", "annonce", "Announcement"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), ANAPHORIC_CASES, ids=[c[1] for c in ANAPHORIC_CASES])
def test_fr_demonstrative_event_nouns(nlp, text, trigger, etype):
    event = _event(nlp, text, trigger)
    assert event is not None and event.type == etype


# issue 17 (f17g): a definite event noun (also after « du », « au »: the article contracted with the
# preposition) that takes up an act told before has that act's participants: (text, trigger, agent)
TAKEN_UP_CASES = [
    ("Le groupe Novalis a racheté mercredi la biotech Genoptis. L'annonce du rachat a fait bondir l'action.",
     "rachat", "groupe Novalis"),
    ("Le cycliste Paul Ruiz a été suspendu hier par l'UCI. Son directeur a estimé que la suspension était méritée.",
     "suspension", "UCI"),
    # review rv17j: a noun naming its own patient, another than the act the chain joined it with, takes
    # no agent from it (not the Premier ministre, who suspended the minister)
    ("Le match a été suspendu samedi par l'arbitre. La ministre Anne Roux a été suspendue lundi par le Premier "
     "ministre. La suspension du match a duré vingt minutes.", "suspension", None),
]


# ... and a new paragraph that opens on a fronted weekday is a new sentence (kg.nlp.datelines): the
# parser ran it into the sentence before and its verb lost its subject
TAKEN_UP_CASES += [
    ("Paul Verdier a nié toute faute. Celui-ci a toutefois reconnu des « erreurs de gestion ».\n\nLundi, le "
     "président du Sénat, Jacques Morel, avait demandé la démission du ministre.", "demandé",
     "président du Sénat, Jacques Morel"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), TAKEN_UP_CASES, ids=[c[1] for c in TAKEN_UP_CASES])
def test_a_definite_event_noun_has_the_participants_of_the_act_it_takes_up(text, trigger, agent):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events and _text(events[0].agent) == agent


def test_fr_demonstrative_event_noun_needs_an_earlier_event(nlp):
    # nothing of the type was reported before: the restriction holds as usual
    assert _event(nlp, "Cette publication a surpris les lecteurs du journal.", "publication") is None


# issue 17, dev3: an infinitive under a simple conditional looks ahead (publication date 18 March 2021)
CONDITIONAL_CASES = [
    ("Cette affaire pourrait faire basculer le scrutin en novembre.", "scrutin", "2021-11"),
    ("Le ministre devrait démissionner en décembre.", "démissionner", "2021-12"),
]


@pytest.mark.parametrize(("text", "trigger", "value"), CONDITIONAL_CASES, ids=[c[1] for c in CONDITIONAL_CASES])
def test_fr_conditional_looks_ahead(text, trigger, value):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events and events[0].time is not None
    assert events[0].time.value == value


def test_a_quotation_with_its_own_verb_is_no_continuation():
    # issue 17, dev6: the second quotation has a reporting verb of its own after it, whose speaker
    # the parser misses: it does not take the first quotation's speaker
    analysis = _analyse(
        "« Pour nous, c’est une collaboration entre la banque et le client » a ensuite précisé Febelfin. "
        "« Ce vote est une immense victoire », déclare sans attendre la porte-parole."
    )
    second = next(q for q in analysis.quotes if q.span.text.startswith("Ce vote"))
    assert second.speaker is None or second.speaker.text != "Febelfin"


def test_an_addressee_keeps_no_speaker_name():
    analysis = _analyse("« Ce vote est une immense victoire », déclare à l'AFP Paul Durand avant la réunion.")
    event = next(e for e in analysis.events if e.trigger.text == "déclare")
    assert _text(event.agent) == "Paul Durand"
    assert event.recipient is not None and "Durand" not in event.recipient.text


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # issue 17, dev6: the parser ran two paragraphs together and hung the subject on the first
        # one's verb; the line's own subject is the first noun phrase without a preposition
        ("Mais l’ancien porte-parole fait remarquer que les combattants peuvent agir de manière débridée.\n\n"
         "Selon l’AFP, le Conseil national syrien, principale coalition de l’opposition, a appelé à ce que les rebelles soient jugés.",
         "Conseil national syrien"),
    ],
)
def test_a_phrase_with_a_preposition_is_no_line_subject(text, agent):
    event = next(e for e in _analyse(text).events if e.trigger.text == "appelé")
    assert _text(event.agent) == agent


# issue 17, dev8: a past participle clause after an event noun that agrees with it dates the noun
# (the background event keeps its own date), wherever the parser hung the participle; a participle
# that describes another noun of the phrase does not date it. Publication date 18 March 2021.
@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Le Mali célèbre les accords d'Évian, signés le 18 mars 1962.", "accords", "1962-03-18"),
        ("Pour l'ONU, cette journée fut la finalisation d'une victoire acquise depuis les accords d'Évian, "
         "signés le 18 mars 1962, qui instauraient un cessez-le-feu.", "accords", "1962-03-18"),
        ("Le gouvernement a critiqué la grève des cheminots, entamée le 3 mars 2019.", "grève", "2019-03-03"),
        # the other sense: the participle agrees with the minister, not with the visit
        ("La visite du ministre, nommé le 3 mars 2019, a été reportée.", "visite", None),
    ],
)
def test_a_participle_clause_dates_the_event_noun_it_agrees_with(text, trigger, day):
    _check_day(text, trigger, day)


def _check_day(text: str, trigger: str, day: str | None) -> None:
    """The day of the one event on ``trigger``: ``day``, or (None) anything but 2019-03-03."""
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    value = event.time.value.split("T", 1)[0] if event.time is not None else None
    if day is None:
        assert value != "2019-03-03", value
    else:
        assert value == day, value


# issue 17, dev6: an event noun followed by a detached participle of its own type with a date is one
# event (« la mort de X, décédé le … »): the noun keeps that background date, not the clause's or the
# publication date. A participle of another type dates nothing of the noun.
@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Un reportage diffusé mardi 16 mars sème le doute sur la mort de l'ancien dirigeant Paul Durand, "
         "décédé le 11 novembre 2004 à Lyon.", "mort", "2004-11-11"),
        ("Le livre revient sur le décès du chanteur Paul Durand, mort le 3 mars 2019 à Lyon.", "décès", "2019-03-03"),
        # the other sense: « nommé » is no death
        ("La presse évoque la mort du chanteur Paul Durand, nommé le 3 mars 2019 à la tête du club.", "mort", None),
    ],
)
def test_an_event_noun_shares_the_date_of_its_participle_of_the_same_type(text, trigger, day):
    _check_day(text, trigger, day)


def _day(event) -> str | None:
    return event.time.value.split("T", 1)[0] if event.time is not None else None


# issue 17, audit of the participle dates (d17c): a past participle after an event noun that reports,
# judges or acts on the event (lexicons/fr/reaction_participles.tsv) dates that act, not the noun,
# however the parser hung it; a participle after a person's name describes the person. The other
# sense stays: a participle that carries the event out dates the noun. Publication date 18 March 2021.
@pytest.mark.parametrize(
    ("text", "trigger", "day", "dated"),
    [
        ("La grève, annoncée le 3 mars 2019, a été levée mardi.", "grève", "2019-03-03", False),
        ("Le syndicat a levé mardi la grève, annoncée le 3 mars 2019 par la direction.", "grève", "2019-03-03", False),
        ("L'attentat, revendiqué le 5 mars 2019 par un groupe islamiste, a fait dix morts.", "attentat", "2019-03-05", False),
        ("Le procès, reporté le 3 mars 2019, s'ouvrira en juin.", "procès", "2019-03-03", False),
        ("Les manifestations, interdites en 2019 par le préfet, ont repris mardi.", "manifestations", "2019", False),
        ("L'attaque du convoi, condamnée le 3 mars 2019 par l'ONU, a fait dix morts.", "attaque", "2019-03-03", False),
        ("La déclaration du ministre, confirmée le 3 mars 2019 par son cabinet, a choqué les syndicats.",
         "déclaration", "2019-03-03", False),
        # a person's name in between: the participle is the person's
        ("Le départ de Paul Durand, nommé le 3 mars 2019 à la tête du club, a été annoncé mardi.",
         "départ", "2019-03-03", False),
        # the other sense: the participle carries the event out
        ("La grève des cheminots, entamée le 3 mars 2019, se poursuit.", "grève", "2019-03-03", True),
        ("Le juge a examiné mardi la plainte, déposée le 3 mars 2019 par la famille.", "plainte", "2019-03-03", True),
        ("Le président a commenté mardi l'élection, remportée le 3 mars 2019 par son rival.", "élection", "2019-03-03", True),
        ("L'accord de Paris, signé en décembre 2015, a été dénoncé mardi par le président.", "accord", "2015-12", True),
        # the other sense: a date the act sets for the event (« pour », « au », « à ») is the event's
        ("Le syndicat a maintenu la grève annoncée pour le 5 avril.", "grève", "2021-04-05", True),
        ("Le procès, reporté au 5 avril, aura lieu à Lyon.", "procès", "2021-04-05", True),
        ("La réunion, repoussée à mardi prochain, se tiendra à Paris.", "réunion", "2021-03-23", True),
        # and the act itself is done: that date is not its own
        ("Le procès, reporté au 5 avril, aura lieu à Lyon.", "reporté", "2021-04-05", False),
    ],
)
def test_a_reaction_participle_dates_its_own_act_not_the_event_noun(text, trigger, day, dated):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert (_day(event) == day) is dated, _day(event)


# issue 17, dev5 class: the « que » of a restrictive « ne … que » is no conjunction; the date after it
# dates the negated verb (the parser opens a clause there). Not « ne … pas que », nor a « que » clause.
@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Les otages n'ont été libérés qu'en janvier 1981, après avoir été retenus durant 444 jours.", "libérés", "1981-01"),
        ("Les otages n'ont été libérés qu'en janvier 1981.", "libérés", "1981-01"),
        ("Le ministre n'a annoncé sa décision qu'hier soir.", "annoncé", "2021-03-17"),
        # the other sense: a « que » clause of a negated verb keeps its date
        ("Le ministre n'a pas déclaré que l'usine fermera le 5 avril.", "déclaré", "2021-03-18"),
    ],
)
def test_a_restrictive_ne_que_date_dates_the_verb(text, trigger, day):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    if day is not None and day.startswith("!"):
        assert _day(event) != day[1:]
    else:
        assert _day(event) == day


# issue 17, audit of the date rules (d17c): a French verb of a completed act (compound or simple past)
# takes no date after the publication date (18 March 2021): that date is another event's (the
# strike's, the resignation's). The other sense: the event noun keeps it, and a verb in the present or
# the future may be dated ahead.
@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Le syndicat a appelé à une grève le 25 mars prochain.", "appelé", "2021-03-18"),
        ("Le syndicat a appelé à une grève le 25 mars prochain.", "grève", "2021-03-25"),
        ("Le ministre a annoncé sa démission, effective le 1er avril prochain.", "annoncé", "2021-03-18"),
        ("Le ministre a annoncé sa démission, effective le 1er avril prochain.", "démission", "2021-04-01"),
        ("Le CERN annoncera mercredi 24 mars les résultats.", "annoncera", "2021-03-24"),
    ],
)
def test_a_completed_act_takes_no_date_after_publication(text, trigger, day):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    if day is not None and day.startswith("!"):
        assert _day(event) != day[1:]
    else:
        assert _day(event) == day


# issue 17, audit of the date rules (d17c): a date inside the phrase of an event noun that « après » or
# « avant » introduces is that noun's, not the clause's (the clause is before or after it). The other
# sense: « lors de » sets the clause at the noun's time, and a date of the clause stays its own.
@pytest.mark.parametrize(
    ("text", "trigger", "day", "dated"),
    [
        ("Le ministre a démissionné après son élection en 2016.", "démissionné", "2016", False),
        ("Le ministre a démissionné, cinq ans après son élection en 2016.", "démissionné", "2016", False),
        ("Le ministre a démissionné avant la réunion du 3 mars 2019.", "démissionné", "2019-03-03", False),
        ("Le ministre a démissionné après son élection en 2016.", "élection", "2016", True),
        ("Le ministre a démissionné mardi après son élection en 2016.", "démissionné", "2021-03-16", True),
    ],
)
def test_a_date_after_apres_or_avant_dates_the_noun_not_the_clause(text, trigger, day, dated):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert (_day(event) == day) is dated, _day(event)


# issue 17, dev6 class (d17c): a « de » complement after incises set off by commas (« l'exécution,
# jeudi, par les rebelles, de 28 soldats »), which the parser hangs on a noun of the incise, is the
# event noun's: it meets the noun's sense restriction, and the date in the incise dates the event.
# The other sense: a complement that is no person leaves « exécution » no killing.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Paul Durand a fait état de l'exécution, jeudi, par les rebelles, de 28 soldats.", True),
        ("L'ONU a dénoncé l'exécution, mardi, par l'armée, de trois prisonniers.", True),
        ("Le juge a ordonné l'exécution, mardi, par la banque, du contrat de vente.", False),
    ],
)
def test_a_de_complement_after_incises_is_the_event_nouns(text, found):
    events = [e for e in _analyse(text).events if e.trigger.text == "exécution"]
    assert bool(events) is found
    if found:
        assert events[0].time is not None and not events[0].time_inferred


# issue 17, dev4 class (d17c): a bare participle of a verb that reports or acts on an event is a
# completed act too (« la fermeture annoncée de l'usine d'ici à 2023 »: the closure's deadline, not
# the announcement's date); the other sense: a date of its own up to the publication date stays.
@pytest.mark.parametrize(
    ("text", "day", "dated"),
    [
        ("On retrouve la fermeture annoncée de l'usine de Lyon d'ici à 2023.", "2023", False),
        ("La grève annoncée le 3 mars 2019 a été levée.", "2019-03-03", True),
    ],
)
def test_a_reaction_participle_is_a_completed_act(text, day, dated):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == "annoncée"]
    assert (_day(event) == day) is dated, _day(event)


# issue 17, audit of the date rules (d17c): a date after « d'ici (le) » is a deadline ahead of the
# clause, whatever its tense; the other sense: a bare date in a past clause stays in the past.
@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        ("Le gouvernement a promis d'ici le 30 juin un accord avec les syndicats.", "30 juin", "2021-06-30"),
        ("Le gouvernement a signé un accord le 30 juin.", "30 juin", "2020-06-30"),
    ],
)
def test_a_deadline_date_is_ahead(text, timex, value):
    (found,) = [t for t in _analyse(text).timexes if timex in t.text]
    assert found.value == value


# issue 17, audit of the date rules (d17c): a date hung on a noun inside the subject's phrase is that
# phrase's (« l'auteur de l'attaque de la banque en 2015 »), not an adverbial of the subject's verb,
# nor of a verb coordinated with it. The other sense: the event noun of the phrase keeps it, and a
# date after the object (« a annoncé son départ en 2015 ») still dates the clause.
@pytest.mark.parametrize(
    ("text", "trigger", "day", "dated"),
    [
        ("L'auteur de l'attaque de la banque en 2015 a été arrêté.", "arrêté", "2015", False),
        ("Hans Klein, le complice présumé de Carlos dans la prise d'otages de l'OPEP en 1975 à Vienne, devait "
         "être extradé hier soir vers l'Allemagne, a annoncé le Parquet de Francfort.", "annoncé", "1975", False),
        ("L'auteur de l'attaque de la banque en 2015 a été arrêté.", "attaque", "2015", True),
        ("Le ministre a annoncé son départ en 2015.", "annoncé", "2015", True),
    ],
)
def test_a_date_in_the_subject_phrase_does_not_date_its_verb(text, trigger, day, dated):
    (event,) = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert (_day(event) == day) is dated, _day(event)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient", "patient"),
    [
        # the noun of a compound preposition is neither addressee nor patient
        ("« Le texte est exact », a-t-il expliqué au cours de sa vidéo.", "expliqué", None, None),
        ("Il a déclaré au sein du parti que la ligne était bonne.", "déclaré", None, None),
        ("Il a parlé à l'issue de la réunion.", "parlé", None, None),
        # an adverb the parser calls an indirect object is no addressee
        ("La ministre de France 24 a fermement condamné l'agression.", "condamné", None, ANY),
        # ... a person after « à » still is
        ("Il a parlé au directeur du journal.", "parlé", "directeur", None),
        ("Il a annoncé au ministre sa démission.", "annoncé", "ministre", ANY),
    ],
)
def test_a_compound_preposition_names_no_participant(text, trigger, recipient, patient):
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    analysis = next(analyse([Document(id="t", text=text, source="<test>", lang="fr")]))
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert _text(event.recipient) == recipient
    if patient is not ANY:
        assert _text(event.patient) == patient


# issue 17 (f22a, invented set): the subject of a verb after a relative clause the parse ran into it,
# the one a passive participle describes as the subject of its infinitive, « s'exprimer » of a
# person, a verb of saying with a bare infinitive of what is said, « reconnaître les faits », and
# kin as people killed. Publication date 18 March 2021 (a Thursday); « ANY » skips the agent.
_DATELINE = "18 mars 2021. - "
F22A_AGENT_CASES = [
    (_DATELINE + "La chanteuse Lina Morel, qui a remporté dimanche le prix Constantin, a annoncé lundi la sortie de son album.",
     "annoncé", "Announcement", "chanteuse Lina Morel"),
    (_DATELINE + "La police a arrêté mardi Paul Girard, soupçonné d'avoir tué sa femme en mai dernier.",
     "tué", "Die", "Paul Girard"),
    (_DATELINE + "Les gendarmes ont interpellé un homme accusé d'avoir tué un policier.", "tué", "Die", "homme"),
    (_DATELINE + "Karim Jaziri a refusé de s'exprimer après le verdict.", "exprimer", "Statement", "Karim Jaziri"),
    (_DATELINE + "Le ministre Marc Henry a expliqué vouloir se consacrer à sa famille.", "expliqué", "Statement",
     "ministre Marc Henry"),
    (_DATELINE + "Selon le procureur, le suspect a reconnu les faits.", "reconnu", "Statement", "suspect"),
    (_DATELINE + "Paul Girard a tué sa compagne en août dernier.", "tué", "Die", "Paul Girard"),
    # not a person speaking: no statement
    (_DATELINE + "« C'est la grande bourgeoisie qui s'exprime ici », a dit Paul Durand.", "exprime", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent"), F22A_AGENT_CASES, ids=[f"f22a-agent-{i}" for i in range(len(F22A_AGENT_CASES))])
def test_f22a_agents_of_relatives_control_and_saying(text, trigger, etype, agent):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    if etype is None:
        assert not events, f"unexpected event on {trigger!r}"
        return
    assert events, f"no event on {trigger!r}"
    assert events[0].type == etype
    assert _text(events[0].agent_antecedent or events[0].agent) == agent


# issue 17 (f22a): a weekday on a past participle that describes a noun dates the past act even in
# a sentence with a future (« blessé samedi … sera absent »: the last Saturday); a headline's event
# is the body's mention of it with its own day (« X nommée directrice » over « a été nommée mardi »).
F22A_DATE_CASES = [
    ("Le défenseur Thomas Roux, blessé samedi à l'entraînement, sera absent trois semaines.", "blessé", 0, "2021-03-13"),
    ("Le joueur, prévu samedi à l'entraînement, sera absent trois semaines.", "absent", 0, None),
    ("Anne Leclerc nommée directrice du musée de Rennes\n\n18 mars 2021. - La conservatrice Anne Leclerc a été nommée "
     "mardi à la tête du musée de Rennes.", "nommée", 0, "2021-03-16"),
    ("Anne Leclerc nommée directrice du musée de Rennes\n\n18 mars 2021. - La conservatrice Anne Leclerc a été nommée "
     "mardi à la tête du musée de Rennes.", "nommée", 1, "2021-03-16"),
]


@pytest.mark.parametrize(("text", "trigger", "nth", "day"), F22A_DATE_CASES, ids=[f"f22a-date-{i}" for i in range(len(F22A_DATE_CASES))])
def test_f22a_participle_weekdays_and_headline_dates(text, trigger, nth, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    if day is None:
        assert not events or events[0].time is None or events[0].time.value[:10] != "2021-03-20"
        return
    assert len(events) > nth, f"no event {nth} on {trigger!r}"
    value = events[nth].time.value.split("T", 1)[0] if events[nth].time is not None else None
    assert value == day


# review of f22a (rv22b, invented set): a compound infinitive after a verb of saying (« a expliqué
# avoir agi »), « s'exprimer » of an organisation, a subject the parse gave to a participle set off
# by commas (« Le Vatican, sollicité par la presse, n'a pas souhaité s'exprimer »), no statement in
# « veut dire » (to mean) nor in a thing « s'exprimant ».
RV22B_AGENT_CASES = [
    (_DATELINE + "Le recteur Alain Bertin a expliqué avoir agi pour protéger les enfants.", "expliqué", "Statement",
     "recteur Alain Bertin"),
    (_DATELINE + "La directrice a indiqué avoir reçu des menaces.", "indiqué", "Statement", "directrice"),
    (_DATELINE + "Le ministère de l'Agriculture ne s'est pas exprimé.", "exprimé", "Statement", "ministère de l'Agriculture"),
    (_DATELINE + "Le Vatican, sollicité par la presse, n'a pas souhaité s'exprimer.", "exprimer", "Statement", "Vatican"),
    (_DATELINE + "Le FC Nantes, interrogé par la presse, n'a pas voulu s'exprimer.", "exprimer", "Statement", "FC Nantes"),
    (_DATELINE + "Cette vente veut dire renoncer au projet.", "dire", None, None),
    (_DATELINE + "Un rapport du Sénat s'exprime en faveur d'un retrait rapide.", "exprime", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent"), RV22B_AGENT_CASES, ids=[f"rv22b-agent-{i}" for i in range(len(RV22B_AGENT_CASES))])
def test_rv22b_saying_with_compound_infinitives_and_organisations(text, trigger, etype, agent):
    test_f22a_agents_of_relatives_control_and_saying(text, trigger, etype, agent)


# review of f22a (rv22b): a headline's event takes the date of the body's first mention of it only;
# a later dated mention of the same kind may be another event (another worker dismissed in 2011).
RV22B_HEADLINE_CASES = [
    ("Un aiguilleur licencié après un accident\n\n18 mars 2021. - La SNCF a licencié un aiguilleur. En 2011, un "
     "conducteur avait déjà été licencié le 8 mars après un autre accident.", "licencié", "2011-03-08"),
    ("Une infirmière agressée à Lyon\n\n18 mars 2021. - Une infirmière a été agressée dans un hôpital de Lyon. Une "
     "aide-soignante avait été agressée lundi dans le même service.", "agressée", "2021-03-15"),
]


@pytest.mark.parametrize(("text", "trigger", "other_day"), RV22B_HEADLINE_CASES, ids=[f"rv22b-headline-{i}" for i in range(len(RV22B_HEADLINE_CASES))])
def test_rv22b_headline_takes_first_body_mention_only(text, trigger, other_day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    headline = events[0]
    assert headline.time is None or not headline.time.value.endswith(other_day[4:]), headline.time


# review of f22a (rv22b): a weekday after what a verb of requesting in the present asks for is to
# come (« appelle à une grève samedi »: next Saturday); not in a compound past, nor a weekday right
# after the verb (« réclament samedi une hausse »: the last Saturday). Publication: Thursday 18 March 2021.
RV22B_REQUEST_CASES = [
    ("Le syndicat Sud-Rail appelle à une grève samedi.", "grève", "2021-03-20"),
    ("Le syndicat appelle à manifester samedi.", "manifester", "2021-03-20"),
    ("La CGT appelle les salariés à la grève samedi.", "grève", "2021-03-20"),
    ("Le syndicat a appelé samedi à la grève.", "appelé", "2021-03-13"),
    ("Les syndicats réclament samedi une hausse des salaires.", "réclament", "2021-03-13"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), RV22B_REQUEST_CASES, ids=[f"rv22b-request-{i}" for i in range(len(RV22B_REQUEST_CASES))])
def test_rv22b_weekday_of_a_present_request_is_to_come(text, trigger, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].time is not None and events[0].time.value[:10] == day


# issue 19 (lead38, invented news): a calendar date after the event noun a past verb of requesting or
# of setting a thing to come takes as its object (« ont appelé à une grève le 15 décembre », told in
# October) is read as the nearest such date: the strike's coming December, not the last one; the act
# itself keeps the publication day. A date before the object dates the call (« a appelé le 15 décembre
# à la grève »), and so does a weekday. A row is (publication day, text, trigger, day).
LEAD38_PAST_CALL_CASES = [
    ("2024-10-08", "Les syndicats de la raffinerie ont appelé à une grève le 15 décembre.", "grève", "2024-12-15"),
    ("2024-10-08", "L'intersyndicale a annoncé une nouvelle grève le 15 décembre.", "grève", "2024-12-15"),
    ("2024-10-08", "Le préfet a promis une réunion avec les riverains le 3 novembre.", "réunion", "2024-11-03"),
    ("2024-12-08", "Le maire de Saint-Aubin a annoncé sa démission le 3 octobre.", "démission", "2024-10-03"),
    ("2024-10-08", "La CGT a appelé le 15 décembre à la grève des cheminots.", "appelé", "2023-12-15"),
    ("2024-10-08", "Les syndicats ont appelé à une grève samedi.", "grève", "2024-10-05"),
    ("2024-10-08", "Le tribunal a condamné le maire le 15 décembre.", "condamné", "2023-12-15"),
]


@pytest.mark.parametrize(("dct", "text", "trigger", "day"), LEAD38_PAST_CALL_CASES,
                         ids=[f"lead38-call-{i}" for i in range(len(LEAD38_PAST_CALL_CASES))])
def test_lead38_date_of_an_event_called_for_in_a_past(dct, text, trigger, day):
    events = [e for e in _analyse(text, dct=dct).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].time is not None and events[0].time.value[:10] == day


# issue 17 (f23a, invented news): the agent in French constructions the Wikinews dev splits did not
# show. A weekday the parser made a second postposed subject is the date, the name after it the
# speaker; a question with complex inversion keeps its noun subject, and the incise after it its
# postposed speaker; a finite verb after a relative clause set off by commas has the noun the clause
# describes as its subject; the impersonal « il » of a passive (« il a été décidé par X de … ») is
# nobody, its « par » complement does the infinitive's act; an event noun's « de » complement is who undergoes a suspension.
# A row is (text, trigger, agent or None for an empty slot).
F23A_AGENT_CASES = [
    ("« Rien n'a changé », a expliqué mardi Sophie Marchand, porte-parole du syndicat.", "expliqué", "Sophie Marchand"),
    ("« Pourquoi la région a-t-elle abandonné ce projet ? », a demandé jeudi la députée Anne Roussel.", "abandonné", "région"),
    ("« Pourquoi la région a-t-elle abandonné ce projet ? », a demandé jeudi la députée Anne Roussel.", "demandé", "Anne Roussel"),
    ("Le président du tribunal, Jacques Rey, qui avait été nommé en 2021, a démissionné le 17 mars.", "démissionné",
     "président du tribunal, Jacques Rey"),
    ("Il a été décidé lundi par le conseil départemental d'interdire la pêche dans le lac.", "interdire", "conseil"),
    ("Il a été convenu de suspendre les travaux du tramway.", "suspendre", None),
    ("Le recteur a annoncé mardi la suspension d'un professeur du lycée.", "suspension", "recteur"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), F23A_AGENT_CASES, ids=[f"f23a-agent-{i}" for i in range(len(F23A_AGENT_CASES))])
def test_f23a_agents_of_postposed_inverted_interrupted_and_impersonal_clauses(text, trigger, agent):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert _text(events[0].agent) == agent


def test_f23a_a_suspension_noun_takes_its_de_complement_as_patient():
    events = [e for e in _analyse("Le recteur a annoncé mardi la suspension d'un professeur du lycée.").events if e.trigger.text == "suspension"]
    assert events and events[0].patient is not None and events[0].patient.text.startswith("professeur")


# issue 17 (f23a): a name right after the subject's common noun, which the parser hangs on it as a
# modifier (« l'association Emmaüs a manifesté »), is in subject position, so the possessive of
# the next sentence's members (« Ses militants ont réclamé ») takes it up by salience.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mardi, l'association Emmaüs a manifesté devant la préfecture de Niort. Ses militants ont réclamé l'arrêt des travaux.", "Emmaüs"),
        ("Mardi, l'association Greenpeace a manifesté devant la préfecture de Niort. Ses militants ont réclamé l'arrêt des travaux.", "Greenpeace"),
    ],
)
def test_f23a_a_name_after_the_subject_noun_owns_the_next_possessive(text, name):
    result = _analyse(text)
    (entity,) = [e for e in result.entities if any(m.text == name for m in e.mentions)]
    assert any(r.kind == "possessive" and r.text == "Ses" for r in entity.references)


# review rv23c of f23a (issue 17, invented news): the « de » complement of a ban or suspension noun
# that is a public authority (fr/authority_nouns) bans or suspends (the others stay what is banned
# or who is suspended), and the « de » complement of an attack noun that also names its target after
# « contre » (xx/adversative_prepositions) is the attacker. A row is (text, trigger, agent, patient).
RV23C_GENITIVE_CASES = [
    ("Malgré l'interdiction de la préfecture, plusieurs centaines de manifestants se sont rassemblés dimanche à Rouen.",
     "interdiction", "préfecture", None),
    ("Malgré l'interdiction du gouvernement, les agriculteurs ont manifesté samedi à Paris.", "interdiction", "gouvernement", None),
    ("L'ONU a condamné lundi l'agression de la Russie contre la Géorgie.", "agression", "Russie", "Géorgie"),
    ("La préfecture a confirmé l'interdiction de la pêche dans le lac jusqu'en avril.", "interdiction", "préfecture", "pêche"),
    ("Le conseil régional a voté la suspension du maire de Saint-Paul, accusé de corruption.", "suspension", None, "maire de Saint-Paul"),
    ("L'agression du chauffeur de bus par trois jeunes a choqué les habitants de Créteil.", "agression", "jeunes", "chauffeur"),
]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"), RV23C_GENITIVE_CASES, ids=[f"rv23c-gen-{i}" for i in range(len(RV23C_GENITIVE_CASES))]
)
def test_rv23c_de_complement_of_a_ban_or_attack_by_an_authority_or_against_a_target(text, trigger, agent, patient):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert _text(events[0].agent) == agent
    assert _text(events[0].patient) == patient


# review rv23c of f23a (issue 17): a name right after the subject's common noun takes that noun's
# grammatical gender, so a later « elle » does not take up « le journal Libération » but the woman
# named after it; « il » still takes up the name after a masculine noun.
@pytest.mark.parametrize(
    ("text", "name", "pronoun"),
    [
        ("Le journal Libération a interrogé la chanteuse Camille Roux. Elle a expliqué qu'elle quittait la scène.", "Camille Roux", "Elle"),
        ("Le quotidien Libération a reçu la ministre Anne Caron. Elle a annoncé un plan pour la presse.", "Anne Caron", "Elle"),
        ("Le syndicat Force ouvrière a rencontré la ministre du Travail. Il a annoncé une grève pour le 20 mars.", "Force ouvrière", "Il"),
    ],
    ids=["rv23c-coref-0", "rv23c-coref-1", "rv23c-coref-2"],
)
def test_rv23c_a_name_after_the_subject_noun_has_its_gender(text, name, pronoun):
    result = _analyse(text)
    (entity,) = [e for e in result.entities if any(name in m.text for m in e.mentions)]
    assert any(r.kind == "pronoun" and r.text == pronoun for r in entity.references)


# f24a: a dateline the parse ran into the first sentence (« Lyon, 12 mars 2021 — ») gives no argument
# to the sentence's events; the headline's participle keeps its noun, not the place after it.
DATELINE_CASES = [
    ("Un homme interpellé à Lyon après l'agression d'une infirmière\n\nLyon, 12 mars 2021 — Un homme de 34 ans a "
     "été interpellé mardi à Lyon. Il est soupçonné d'avoir agressé une infirmière dimanche soir.", "interpellé"),
]


@pytest.mark.parametrize(("text", "trigger"), DATELINE_CASES, ids=[c[1] for c in DATELINE_CASES])
def test_a_dateline_place_is_no_argument(text, trigger):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert len(events) == 2
    for event in events:
        assert event.patient is None or "Lyon" not in event.patient.text


# rv24f (dev9 date lost by f24a): a definite noun takes up the chain that named its word with a
# definite determiner, not a nearer indefinite mention of the word (any event of the kind)
DEFINITE_CHAIN_CASES = [
    ("Les deux candidats faisaient campagne vendredi dans l'Ohio, qui pourrait décider de l'élection "
     "présidentielle.\n\nL'Ohio est un État clé dans une élection au suffrage indirect.\n\nLe républicain doit "
     "remporter l'Ohio pour l'emporter lors de l'élection de mardi.", "élection"),
    ("Les cheminots ont entamé lundi la grève contre la réforme.\n\nUne grève de ce type coûte cher aux "
     "usagers.\n\nLa grève de lundi a été très suivie à Lyon.", "grève"),
]


@pytest.mark.parametrize(("text", "word"), DEFINITE_CHAIN_CASES, ids=[c[1] for c in DEFINITE_CHAIN_CASES])
def test_rv24f_a_definite_noun_takes_up_the_definite_mention(text, word):
    events = [e for e in _analyse(text).events if e.trigger.text == word]
    assert len(events) == 3, [e.trigger.text for e in events]
    first, _, last = events
    assert last.coref is not None and last.coref.start == first.trigger.start


# issue 17 (f26b, French event dates), publication date Thursday 18 March 2021. A day « !D » must
# not be D. A verb coordinated under one auxiliary with a later dated verb shares its date; a date
# in a phrase that opens the lead with « après » / « avant », or after « depuis », does not date
# the report; a present conditional in a report looks ahead; « le soir même » is the evening of the
# day last given; a headline noun takes the date of the body's verb of its word family.
F26B_DATE_CASES = [
    ("Un militant a été mis en examen et écroué samedi à Nantes.", "mis", "2021-03-13"),
    ("Le suspect a été interpellé et sera jugé lundi à Lyon.", "interpellé", "!2021-03-22"),
    ("La police a interpellé le suspect et l'a placé en garde à vue mardi.", "interpellé", "!2021-03-16"),
    ("La police a interpellé le suspect et a annoncé mardi qu'il serait jugé.", "interpellé", "!2021-03-16"),
    ("Après avoir été arrêté le 10 mars à Dakar, le journaliste Issa Diop a été libéré mardi. « Je n'ai pas été "
     "maltraité », a-t-il affirmé à sa sortie.", "affirmé", "2021-03-16"),
    ("Avant la réunion du 10 mars, le syndicat a publié mardi un communiqué. Ses adhérents sont nombreux. Il a "
     "réclamé des hausses de salaire.", "réclamé", "2021-03-16"),
    ("Les enseignants de Créteil sont en grève depuis le 8 mars. Le recteur a reçu les syndicats.", "reçu",
     "!2021-03-08"),
    ("Un homme a été inculpé vendredi à Bruxelles. Le parquet a annoncé qu'il serait jugé en décembre.", "jugé",
     "2021-12"),
    ("Le suspect aurait été arrêté en décembre, selon la presse locale.", "arrêté", "2020-12"),
    ("Le suspect serait arrivé à Paris en décembre, selon la police.", "arrivé", "2020-12"),
    ("L'ancien maire a été condamné à Lyon et fera appel lundi.", "condamné", "!2021-03-22"),
    ("Des militants ont été interpellés à Lyon, puis libérés mardi.", "interpellés", "!2021-03-16"),
    ("Douze militants ont été arrêtés mardi à Genève. Ils ont été libérés le soir même.", "libérés", "2021-03-16"),
    ("Démission du ministre de l'Intérieur\n\nLe ministre de l'Intérieur a démissionné mardi, selon la présidence.",
     "Démission", "2021-03-16"),
    ("Attaque de requin en Australie\n\nUn surfeur a été blessé mardi près de Perth. Un requin avait attaqué un "
     "nageur au même endroit en 2019.", "Attaque", "!2019"),
    # rv26d: a present conditional of its own clause is the press's reserve on a fact, not a future;
    # « depuis » opens a state; « le soir même de X » is X's evening; a body mention of the
    # headline's family in a relative clause or an apposition is background
    ("Selon la police, le suspect serait interpellé lundi à Lyon.", "interpellé", "!2021-03-22"),
    ("Le joueur serait blessé depuis samedi, selon L'Équipe.", "blessé", "!2021-03-20"),
    ("Le suspect serait incarcéré depuis lundi à Fresnes, selon son avocat.", "incarcéré", "!2021-03-22"),
    ("D'après un témoin, le conducteur serait blessé samedi dans l'accident.", "blessé", "!2021-03-20"),
    ("Le parquet a annoncé mardi qu'il serait jugé lundi.", "jugé", "2021-03-22"),
    ("La maire a été réélue le 14 mars. Son adversaire a déposé un recours vendredi. Le soir même de l'élection, "
     "il avait dénoncé des fraudes.", "dénoncé", "!2021-03-12"),
    ("La maire a été réélue le 14 mars. Son adversaire a déposé un recours vendredi. Le soir même de l'élection, "
     "il avait dénoncé des fraudes.", "dénoncé", "!2021-03-18"),
    ("Le verdict est tombé mardi. Le matin même du procès, l'avocat avait demandé un renvoi.", "demandé",
     "!2021-03-16"),
    ("Démission de la ministre de la Culture\n\nLa ministre, qui a démissionné en 2015 d'un premier gouvernement, "
     "a quitté mardi ses fonctions.", "Démission", "!2015"),
    ("Manifestation des agriculteurs à Rennes\n\nLes agriculteurs, qui ont manifesté en 2019 contre la réforme, "
     "étaient 2000 mercredi devant la préfecture.", "Manifestation", "!2019"),
    ("Attaque au couteau à Nîmes\n\nLe commerçant, attaqué en 2019 par un client, a été de nouveau agressé "
     "mercredi soir.", "Attaque", "!2019"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), F26B_DATE_CASES, ids=[c[1] for c in F26B_DATE_CASES])
def test_f26b_french_event_dates(text, trigger, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    if day.startswith("!"):
        assert value != day[1:], value
    else:
        assert value == day, value


# f27b (issue 17, invented set): an event noun after « après » / « avant », the act a day is counted
# from (« la veille du scrutin »), or the act a trial, an inquiry, a sentence or a claim is about
# (fr/judged_act_heads) is of another time than its clause: no date of the clause, none inferred
# (``None``: the event has no date); its own phrase's date still dates it. A day counted from an act
# with no day written before it (« la veille du scrutin ») is not counted from the publication date.
# The rows after the first seven are near misses that keep their dates. Published on 18 March 2021.
# (« après » / « avant » only when the clause has a date of its own: :func:`_dated_clause_of_sequence`.)
F27B_DATE_CASES = [
    ("Un homme a été écroué samedi après l'attaque d'une bijouterie.", "attaque", None),
    ("Le procès de l'attentat s'est ouvert lundi à Paris.", "attentat", None),
    ("Le joueur a été condamné lundi pour l'agression d'un arbitre.", "agression", None),
    ("Une enquête sur l'agression d'un arbitre a été ouverte lundi.", "agression", None),
    ("Le président a limogé le ministre la veille du scrutin.", "limogé", None),
    ("Les policiers ont interpellé un suspect le jour même de l'attentat.", "interpellé", None),
    ("Le maire a démissionné au lendemain de sa mise en examen.", "démissionné", None),
    # near misses: the noun itself, a date of the noun's own phrase, a dated anchor, other verbs
    ("Le procès s'est ouvert lundi à Paris.", "procès", "2021-03-15"),
    ("Le procès de l'attentat du 3 mars s'est ouvert lundi.", "attentat", "2021-03-03"),
    ("L'attaque de samedi a été revendiquée lundi.", "attaque", "2021-03-13"),
    ("Un homme a été écroué samedi après l'attaque d'une bijouterie.", "écroué", "2021-03-13"),
    ("Le ministre a démissionné le 10 mars. Le lendemain de sa démission, il a rencontré le président.",
     "rencontré", "2021-03-11"),
    ("La manifestation a eu lieu mardi après-midi devant la mairie.", "manifestation", "2021-03-16"),
    ("Le gouvernement a annoncé mardi la démission du ministre.", "démission", "2021-03-16"),
    ("Le joueur a été condamné lundi à une amende.", "condamné", "2021-03-15"),
    ("Le président a reçu mardi les syndicats avant la grève.", "reçu", "2021-03-16"),
    ("La police a arrêté lundi deux hommes pour vol.", "arrêté", "2021-03-15"),
    # ... and a noun after « après » in a clause with no date keeps the date of the sentence before
    ("Le convoi est parti mardi de Lyon. Une heure après le départ, la préfecture a annoncé un accident.",
     "départ", "2021-03-16"),
    ("Le maire a été mis en examen le 2 mars. Il a démissionné au lendemain de sa mise en examen.", "démissionné",
     "2021-03-02"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), F27B_DATE_CASES, ids=[f"f27b-date-{i}" for i in range(len(F27B_DATE_CASES))])
def test_f27b_acts_of_another_time(text, trigger, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    assert value == day, value


# f27b: « défiler » is a march when people who demonstrate do it (its subject, or the « de » phrase
# of a quantity noun); models, years or images that « défilent » are no event. French triggers of the
# same invented set: the nouns « mise (en examen) » and « incarcération ».
F27B_MARCH_CASES = [
    ("Des milliers d'enseignants ont défilé samedi à Lyon.", "défilé", "Demonstrate"),
    ("Les manifestants ont défilé dans le calme jusqu'à la préfecture.", "défilé", "Demonstrate"),
    ("Plusieurs centaines de personnes ont défilé contre la réforme.", "défilé", "Demonstrate"),
    ("Les mannequins ont défilé pour la maison de couture.", "défilé", None),
    ("Les années ont défilé sans nouvelles du disparu.", "défilé", None),
    ("Les images de l'incendie défilent sur les écrans.", "défilent", None),
    # « mise en examen » as a noun is a charge, « incarcération » a jailing; « mise en vente » is neither
    ("La mise en examen du ministre a surpris ses proches.", "mise", "ChargeIndict"),
    ("L'incarcération du journaliste a provoqué une vague d'indignation.", "incarcération", "ArrestJail"),
    ("La mise en vente du château est prévue en mai.", "mise", None),
    ("La mise en scène du spectacle a séduit le public.", "mise", None),
]


@pytest.mark.parametrize(("text", "trigger", "type_"), F27B_MARCH_CASES, ids=[f"f27b-march-{i}" for i in range(len(F27B_MARCH_CASES))])
def test_f27b_a_march_is_a_demonstration(nlp, text, trigger, type_):
    event = _event(nlp, text, trigger)
    assert (event.type if event is not None else None) == type_


# rvf27b (review of f27b, invented set): « défiler » is no march behind a coffin, in tribute or in
# costume for a carnival (`!comp` of its row in ontologies/triggers.tsv), and a bare « incarcération »
# after « de » is a length or a condition of jail, no arrest (« dix ans d'incarcération »); marches
# for a cause and an incarceration with its determiner stay events.
RVF27B_TRIGGER_CASES = [
    ("Des milliers de personnes ont défilé mardi derrière le cercueil de l'ancien maire.", "défilé", None),
    ("Les habitants ont défilé samedi en costume pour le carnaval de Dunkerque.", "défilé", None),
    ("Les habitants ont défilé en hommage aux victimes de l'incendie.", "défilé", None),
    ("Le détenu a passé dix ans d'incarcération à Fresnes.", "incarcération", None),
    ("Les avocats dénoncent les conditions d'incarcération de leur client.", "incarcération", None),
    # near misses that stay events
    ("Des centaines d'infirmiers ont défilé mardi à Paris pour réclamer des moyens.", "défilé", "Demonstrate"),
    ("Des milliers d'enseignants ont défilé samedi contre la réforme des retraites.", "défilé", "Demonstrate"),
    ("Les avocats du journaliste ont dénoncé son incarcération.", "incarcération", "ArrestJail"),
]


@pytest.mark.parametrize(("text", "trigger", "type_"), RVF27B_TRIGGER_CASES,
                         ids=[f"rvf27b-trigger-{i}" for i in range(len(RVF27B_TRIGGER_CASES))])
def test_rvf27b_marches_and_jail_in_other_senses(nlp, text, trigger, type_):
    event = _event(nlp, text, trigger)
    assert (event.type if event is not None else None) == type_


# rvf27b: an event noun that is the subject or the object of a verb in the pluperfect is of a time
# before the background act, so the sentence before and the lead do not date it (« Son incarcération
# avait provoqué l'indignation » after « libéré lundi »); in the passé composé it still may. Published
# on 18 March 2021 (``None``: no date).
RVF27B_DATE_CASES = [
    ("Le journaliste a été libéré lundi. Son incarcération avait provoqué l'indignation de ses confrères.",
     "incarcération", None),
    ("Le club a été sanctionné mardi. Son entraîneur avait dénoncé l'agression d'un joueur.", "agression", None),
    # near misses
    ("Le journaliste a été arrêté lundi. Son incarcération a provoqué l'indignation de ses confrères.",
     "incarcération", "2021-03-15"),
    ("Une bijouterie a été attaquée samedi à Nice. L'attaque a fait deux blessés.", "attaque", "2021-03-13"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), RVF27B_DATE_CASES,
                         ids=[f"rvf27b-date-{i}" for i in range(len(RVF27B_DATE_CASES))])
def test_rvf27b_pluperfect_arguments(text, trigger, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    assert value == day, value


# f29b: a death told with « être » and the participle the parser reads as an adjective (« sont mortes
# dans l'accident », « est mort lundi à l'âge de 82 ans », « lundi » read as the clause's head) is a
# death of its subject; « remettre / mettre en liberté » and their nouns release the person. Near
# misses: a thing's « mort » (no death before, none now), « remettre en cause la liberté », « mettre sa
# liberté en jeu », a prize handed over. Invented sentences.
COPULAR_DEATH_CASES = [
    ("Trois personnes sont mortes dans l'accident.", "mortes", "personnes"),
    ("Le chanteur Paul Verne est mort lundi à Brest.", "mort", ANY),
    ("Le chanteur Paul Verne est mort lundi à l'âge de 82 ans, a annoncé sa famille mardi.", "mort", ANY),
]


@pytest.mark.parametrize(("text", "trigger", "patient"), COPULAR_DEATH_CASES, ids=[c[0][:24] for c in COPULAR_DEATH_CASES])
def test_f29b_a_death_told_with_an_adjectival_participle(nlp, text, trigger, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    assert event.type == "Die"
    if patient is not ANY:
        assert _text(event.patient) == patient


RELEASE_CASES = [
    ("Deux autres militants ont été remis en liberté.", "remis", "militants"),
    ("Le juge a remis en liberté les deux suspects.", "remis", "suspects"),
    ("Les deux détenus ont été mis en liberté sous caution jeudi.", "mis", "détenus"),
    ("La cour a ordonné la mise en liberté conditionnelle de l'ancien préfet.", "mise", ANY),
    ("La remise en liberté du militant a été ordonnée lundi.", "remise", ANY),
]


@pytest.mark.parametrize(("text", "trigger", "patient"), RELEASE_CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(RELEASE_CASES)])
def test_f29b_set_free_is_a_release(nlp, text, trigger, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    assert event.type == "ReleaseParole"
    if patient is not ANY:
        assert _text(event.patient) == patient


NOT_RELEASE_OR_DEATH_CASES = [
    ("Le ministre a remis en cause la liberté de la presse.", "remis"),
    ("Le décret remet en question la liberté d'expression.", "remet"),
    ("Cette loi met en danger la liberté de manifester.", "met"),
    ("La mise en cause de la liberté syndicale inquiète les syndicats.", "mise"),
    ("Il a mis sa liberté en jeu en publiant ces documents.", "mis"),
    ("Le prix a été remis à la lauréate samedi.", "remis"),
    ("Les deux otages ont été remis aux autorités françaises dimanche.", "remis"),
    ("La statue de la Liberté a été remise en état.", "remise"),
    ("Le feuilleton est mort après trois saisons.", "mort"),
    ("Le marché est mort pour les vendeurs de glaces.", "mort"),
    ("Ils sont morts de rire en voyant la vidéo.", "morts"),
    ("Il est mort de peur à l'idée de parler en public.", "mort"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_RELEASE_OR_DEATH_CASES, ids=[c[0][:24] for c in NOT_RELEASE_OR_DEATH_CASES])
def test_f29b_no_release_and_no_death(nlp, text, trigger):
    event = _event(nlp, text, trigger)
    assert event is None or event.type not in ("ReleaseParole", "Die")


# f29b: a present conditional the tagger reads as an imperfect (« qu'il se rendrait », Tense=Imp) is a
# future seen from the past: its weekday is the next one; the day of an act after « après » / « avant »
# in the sentence before (« après l'attaque de la préfecture samedi dernier ») dates no act of the next
# sentence; a death in the pluperfect with « être » read as a copula takes no date of the sentence
# before. Publication date 18 March 2021 (Thursday); « !D »: not D.
F29B_DATE_CASES = [
    ("Le ministre a annoncé mardi qu'il se rendrait à Marseille samedi.", "rendrait", "2021-03-20"),
    ("Le président a déclaré lundi qu'il recevrait les syndicats vendredi.", "recevrait", "2021-03-19"),
    ("Un militant a été écroué mardi après l'attaque de la préfecture samedi dernier. Un juge l'a mis en examen "
     "pour dégradations.", "mis", "!2021-03-13"),
    ("Le maire a démissionné mardi après son arrestation lundi. Il a quitté la mairie sous les huées.", "quitté",
     "!2021-03-15"),
    ("Une ONG a secouru dimanche 80 migrants. Selon l'ONG, deux personnes étaient mortes pendant la traversée.",
     "mortes", "!2021-03-14"),
    # near misses: a plain imperfect keeps its past day; a dated main act still dates the next sentence
    ("Le ministre a expliqué qu'il rencontrait les syndicats vendredi.", "rencontrait", "!2021-03-19"),
    ("Les manifestants ont défilé samedi. La police a interpellé dix personnes.", "interpellé", "2021-03-13"),
    # ... and an act after « avant » that is the only dated act of its sentence still does (« travaillé » is
    # no event; « perquisitionné » is an Investigate since v32a, a dated act of its own)
    ("Les enquêteurs ont travaillé mardi avant l'interpellation du suspect mercredi. Le suspect a été placé "
     "en garde à vue.", "placé", "2021-03-17"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), F29B_DATE_CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(F29B_DATE_CASES)])
def test_f29b_future_in_past_and_sequence_dates(text, trigger, day):
    events = [e for e in _analyse(text).events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[0].time.value.split("T", 1)[0] if events[0].time is not None else None
    if day.startswith("!"):
        assert value != day[1:]
    else:
        assert value == day


# f29b: a list, a party or a candidate that wins an election, a town hall or seats is elected (the
# subject the patient); a prize, a match, a tournament, a trial won are no election.
WIN_ELECTION_CASES = [
    ("La liste d'union de la gauche a remporté dimanche la mairie de Grenoble.", "remporté", "Elect"),
    ("Les conservateurs ont remporté 40 sièges au Parlement.", "remporté", "Elect"),
    ("La candidate a gagné la mairie de Lille au second tour.", "gagné", "Elect"),
    ("La Française a remporté dimanche le tournoi de Lyon.", "remporté", None),
    ("Le film a remporté la Palme d'or samedi.", "remporté", None),
    ("L'équipe a remporté le match face à Lille.", "remporté", None),
    ("Le club a remporté le siège de la ligue après un vote.", "remporté", None),
    ("La mairie a remporté un prix pour ses jardins.", "remporté", None),
    ("Il a gagné la confiance des électeurs.", "gagné", None),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), WIN_ELECTION_CASES, ids=[c[0][:24] for c in WIN_ELECTION_CASES])
def test_f29b_winning_an_election_is_an_election(nlp, text, trigger, etype):
    event = _event(nlp, text, trigger)
    assert (event.type if event is not None else None) == etype


# rvf29b: the f29b senses in other roles. An animal set free is no ReleaseParole (the verb's object or
# the noun's « de X » must be a person); « gagner la mairie / la circonscription » of a march or of
# the emergency services is reaching it, no Elect (a party, a list, a candidate wins it); a club, a
# party or a town that « est mort » did not die; « mort de fatigue / d'inquiétude » is a figure of
# speech. (text, trigger, type that must not be given). Invented sentences.
RVF29B_NOT_CASES = [
    ("Les cigognes soignées ont été remises en liberté samedi.", "remises", "ReleaseParole"),
    ("Le phoque a été remis en liberté jeudi par les soigneurs.", "remis", "ReleaseParole"),
    ("Les soigneurs ont remis en liberté trois hérissons mardi.", "remis", "ReleaseParole"),
    ("L'ours a été remis en liberté dans les Pyrénées.", "remis", "ReleaseParole"),
    ("La mise en liberté de l'aigle a eu lieu mardi.", "mise", "ReleaseParole"),
    ("Le cortège a gagné la mairie vers midi.", "gagné", "Elect"),
    ("Les manifestants ont gagné la mairie en fin de matinée.", "gagné", "Elect"),
    ("Les secours ont gagné la circonscription de Brest dans la nuit.", "gagné", "Elect"),
    ("Le PSG est mort après cette défaite à domicile.", "mort", "Die"),
    ("Le Parti radical est mort en 2017.", "mort", "Die"),
    ("Elle est morte de fatigue après le marathon.", "morte", "Die"),
    ("Les joueurs sont morts de fatigue après la prolongation.", "morts", "Die"),
    ("Ils sont morts d'inquiétude pour leur fils.", "morts", "Die"),
    ("Le comédien est mort de trac avant la première.", "mort", "Die"),
    ("Les trois élus sont morts de jalousie, ironise le maire.", "morts", "Die"),
    # a death in one field of life only: politics, sport, the media
    ("Le député est mort politiquement après ce scandale.", "mort", "Die"),
    ("Le joueur est mort sportivement, estime son entraîneur.", "mort", "Die"),
    ("Le ministre est politiquement mort depuis ce scandale.", "mort", "Die"),
]


@pytest.mark.parametrize(("text", "trigger", "wrong"), RVF29B_NOT_CASES, ids=[c[0][:28] for c in RVF29B_NOT_CASES])
def test_rvf29b_other_senses_are_no_such_event(nlp, text, trigger, wrong):
    event = _event(nlp, text, trigger)
    assert event is None or event.type != wrong, event


# ... and the senses f29b found stay: a person set free, a town hall or seats a party wins, a death.
RVF29B_KEPT_CASES = [
    ("Le juge a mis en liberté sous caution le directeur.", "mis", "ReleaseParole", "directeur"),
    ("Le militant a été remis en liberté jeudi.", "remis", "ReleaseParole", "militant"),
    ("La droite a remporté la mairie de Lyon en 2020.", "remporté", "Elect", "droite"),
    ("Les deux partis ont gagné des sièges au conseil municipal.", "gagné", "Elect", "partis"),
    ("La gauche a gagné la mairie de Lyon dimanche.", "gagné", "Elect", "gauche"),
    ("La candidate Julie Marin a gagné la circonscription.", "gagné", "Elect", ANY),
    ("Le soldat est mort pour la France en 1916.", "mort", "Die", "soldat"),
    ("Les quatre alpinistes sont morts d'épuisement.", "morts", "Die", "alpinistes"),
    # the bare plural after « sont » the parser reads as the noun « les morts »: its subject died, the
    # cause is no patient
    ("Les deux randonneurs sont morts de froid samedi dans le Jura.", "morts", "Die", "randonneurs"),
    ("Les deux frères sont morts de faim en 1944.", "morts", "Die", "frères"),
    ("La star du rock est morte mercredi à Londres.", "morte", "Die", "star du rock"),
    ("Le champion, décédé le 3 mars à Lyon, sera inhumé samedi.", "décédé", "Die", "champion"),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "patient"), RVF29B_KEPT_CASES, ids=[c[0][:28] for c in RVF29B_KEPT_CASES])
def test_rvf29b_the_f29b_senses_stay(nlp, text, trigger, etype, patient):
    event = _event(nlp, text, trigger)
    assert event is not None and event.type == etype, event
    if patient is not ANY:
        assert _text(event.patient) == patient


# rvf29b: « n'est pas mort » read as a noun after « est » was a death asserted of nobody; read as the
# verb's participle it is a denied death of its subject.
RVF29B_DENIED_DEATH_CASES = [
    ("Le chanteur n'est pas mort, contrairement aux rumeurs.", "mort", "chanteur"),
    ("Le chanteur Paul Verne n'est pas mort lundi, a démenti son agent.", "mort", "chanteur Paul Verne"),
]


@pytest.mark.parametrize(("text", "trigger", "patient"), RVF29B_DENIED_DEATH_CASES, ids=[c[0][:28] for c in RVF29B_DENIED_DEATH_CASES])
def test_rvf29b_a_denied_death(nlp, text, trigger, patient):
    event = _event(nlp, text, trigger)
    assert event is not None and event.type == "Die", event
    assert event.polarity == "NEG"
    assert _text(event.patient) == patient
