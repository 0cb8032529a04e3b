"""Names typed ORG by the words that describe them, with the evidence kept on the mention."""

from __future__ import annotations

import pytest

from kg.extract.descriptors import _WORD_RIGHT_BEFORE, _word_right_before


def _mentions(lang: str, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    from kg.extract.mentions import entity_mentions_from_doc
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    nlp = load_model(lang)
    doc = nlp(text)
    remember_text(doc, text)
    found = entity_mentions_from_doc(doc, nlp=nlp, lang=lang, model="test", gazetteer=default_gazetteer())
    return [(m.text, m.label, m.evidence) for m in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "name", "why"),
    [
        # A descriptor before the name.
        ("en", "Apple's iTunes store passes U.S. electronics retailer Best Buy.", "Best Buy", "descriptor before: retailer"),
        # French: the bare noun of its kind between the descriptor and the name, after "de".
        ("fr", "L'offre vient de la firme d'investissement Marie Neptune.", "Marie Neptune", "descriptor before: firme"),
        ("fr", "Les sociétés de courtage Vénus-Saturne-Pluton ont acheté.", "Vénus-Saturne-Pluton", "descriptor before: société"),
        ("fr", "Le cabinet d'audit Dupuis-Lebrun a publié les comptes.", "Dupuis-Lebrun", "descriptor before: cabinet"),
        # French: a determined descriptor, then one or two lowercase modifiers (issue 17, a17h).
        ("fr", "Le laboratoire pharmaceutique Helvia ne commercialisera plus son antidouleur.", "Helvia", "descriptor before: laboratoire"),
        ("fr", "Le constructeur automobile Autavia va fermer son usine de Douai.", "Autavia", "descriptor before: constructeur"),
        # A capitalised institution's noun beginning a name the model took for a place.
        ("fr", "La municipalité a prêté la salle du Musée régional.", "Musée régional", "organisation head: musee"),
        ("fr", "Les recettes, destinées aux Ecoles des Pâquis, ont produit 450 fr.", "Ecoles des Pâquis", "organisation head: ecole"),
        ("fr", "Il est professeur à l'Université Lyon III depuis 1990.", "Université Lyon III", "organisation head: universite"),
        ("fr", "L'essai est conduit avec les Hôpitaux universitaires de Vormanie.", "Hôpitaux universitaires de Vormanie", "organisation head: hopitaux"),
        ("fr", "Une équipe du Muséum national d'histoire naturelle a décrit l'espèce.", "Muséum national d'histoire naturelle", "organisation head: museum"),
        # An apposition headed by a descriptor.
        ("fr", "Marie Neptune, une société lyonnaise, a été vendue.", "Marie Neptune", "apposition: société"),
        # A predicate only an organisation has, directly or through a control verb.
        ("en", "Saturnia has agreed to acquire Venus Holdings for $2bn.", "Saturnia", "predicate: acquire"),
        ("fr", "Saturnia a racheté Vénus pour deux milliards.", "Saturnia", "predicate: racheter"),
        # A noun for its staff before "at".
        ("en", "Analysts at Kerrigan said shares would rise.", "Kerrigan", "employer of: analyst"),
        # A noun for its members or founders, then "de" / "of".
        ("fr", "Les militants de Tarik Ibn Ziad ont revendiqué l'attaque.", "Tarik Ibn Ziad", "member of: militants"),
        ("en", "Members of Jerry Lane said the deal was done.", "Jerry Lane", "member of: members"),
        # A name in a list whose other names are mostly organisations (brands NER calls people or
        # places one by one); a conjunct that describes its name counts with the name.
        # (Alfa Romeo, Skoda and Hummer are gazetteer companies now: invented or unlisted makes stand in.)
        ("en", "The company also owns Ferrari, Zorvano Motori, Lancia and the truck maker Iveco.", "Zorvano Motori", "listed with organisations: 2"),
        ("en", "Volkswagen, which owns Audi, Seat, Skoda, Bentley and Lamborghini, will pay.", "Seat", "listed with organisations: 3"),
        # An organisation's noun ending a name NER took for a place.
        (
            "en",
            "The crash near San Diego in which a California Highway Patrol officer and three members of his family died.",
            "California Highway Patrol",
            "organisation head: patrol",
        ),
        # ... a performing company's too (issue 21, n28b).
        ("en", "The New York City Ballet cancelled its spring season.", "The New York City Ballet", "organisation head: ballet"),
        # A sports club's last word ending a name NER took for a person or a place (issue 21, n21f).
        ("en", "Riverside play their first match of the season against Leeds United at home on Saturday.", "Leeds United", "club name: united"),
        ("en", "The new owners of Riverside United, the football club relegated last season, will sell it.", "Riverside United", "club name: united"),
        # A noun of a brand or a company's unit that the name modifies.
        ("en", "GM is considering selling its Zorvex brand.", "Zorvex", "unit noun after: brand"),
        # A noun of a line of business in apposition retypes a name NER took for a place (issue 21).
        ("en", "Northern Rock, the British mortgage lender, was nationalised.", "Northern Rock", "apposition: lender"),
        ("en", "Bradford , a small mortgage lender , was sold to a rival .", "Bradford", "apposition: lender"),
        # ... of drinks too (en/business_appositions: brewer, distiller, winemaker...; n21h).
        ("en", "Carlsberg, the Danish brewer, raised its forecast.", "Carlsberg", "apposition: brewer"),
        # ... and of a one-word name the model read as a person's (a full name stays a person's).
        ("en", "Glenmorangie, the distiller, said sales doubled.", "Glenmorangie", "apposition: distiller"),
        ("en", "Pernod Ricard, the French distiller, raised its forecast.", "Pernod Ricard", "apposition: distiller"),
        ("en", "Penguin Random House, the publisher, sued the author.", "Penguin Random House", "apposition: publisher"),
        # ... and of a public or non-profit body (issue 21, n27b).
        ("en", "Officials from Ibama, the environmental protection agency, said fines would rise.", "Ibama", "apposition: agency"),
        ("en", "Varlonda, a conservation organisation, bought the land.", "Varlonda", "apposition: organisation"),
        # A name in apposition after a descriptor or a company's unit noun (issue 21, org21).
        ("en", "The Italian carmaker, Brenno, said it would bid.", "Brenno", "apposition: carmaker"),
        # ... also before a name NER took for a place (issue 21, org21c).
        ("en", "Iceland's government took control of the country's largest bank, Kaupthing, on Thursday.", "Kaupthing", "apposition: bank"),
        ("en", "Its German subsidiary, Vendel, will cut jobs.", "Vendel", "apposition: subsidiary"),
        # ... a unit's noun retypes a place or a person too, and so does a maker of a trade before
        # the name (issue 21, n21g).
        ("en", "Zorvane Motors ' European unit , Zorvel , will be sold .", "Zorvel", "apposition: unit"),
        ("en", "The company's finance arm, Zorvac, lost money.", "Zorvac", "apposition: arm"),
        ("en", "Swiss drugmaker Zorvia said sales rose.", "Zorvia", "descriptor before: drugmaker"),
        # ... and a noun of a person's trade, in apposition to a name that begins with no given name
        # (review rv21i).
        ("en", "Zorvane Homes, a property developer, bought the site.", "Zorvane Homes", "apposition: developer"),
        # ... and a hyphenated descriptor, which the tokenizer cuts in three (review rv22a).
        ("en", "London payments start-up Paylora has raised $ 150 million.", "Paylora", "descriptor before: start"),
        # ... and an apposition with an owner before its descriptor (review rv22a).
        ("en", "Velmora, the region's largest lender, said profits fell.", "Velmora", "apposition: lender"),
        # A list a plural descriptor introduces: after a comma (an apposition closed by a comma), after
        # "such as", "including" or "like", or right after it (issue 21, e21n).
        ("en", "Iceland's three largest banks, Kaupthing, Landsbanki and Glitnir, collapsed.", "Kaupthing", "listed after a descriptor: banks"),
        ("en", "Two brokerages, Tenvel and Marsk, were fined.", "Marsk", "listed after a descriptor: brokerages"),
        ("en", "Banks like Kaupthing were nationalised.", "Kaupthing", "listed after a descriptor: Banks"),
        ("en", "The lenders Glitnir and Landsbanki failed.", "Landsbanki", "listed after a descriptor: lenders"),
        # A company named after its founder, read as a person: its shares after it, its owner or
        # shareholders after "'s", a noun of its own after "its" in the object of its verb (issue
        # 21, n29a).
        ("en", "Ralph Lauren shares fell 6 percent in early trading on Tuesday.", "Ralph Lauren", "company mark: shares"),
        ("en", "Calvin Klein's owner reported a rise in quarterly profit.", "Calvin Klein", "company mark: owner"),
        # (houses the gazetteer now holds, "Hugo Boss", "Louis Vuitton", are its records, review rvn36)
        ("en", "Otto Kessler raised its profit forecast on Thursday.", "Otto Kessler", "company mark: forecast"),
        ("en", "Karl Lagerfeld cut its workforce by 10 percent last year.", "Karl Lagerfeld", "company mark: workforce"),
        ("en", "Louis Marchetti, owned by LVMH, opened a store in Milan.", "Louis Marchetti", "company mark: owned"),
        ("en", "Tommy Hilfiger, which operates 1,400 stores, said sales rose.", "Tommy Hilfiger", "company mark: operates"),
    ],
)
def test_described_names_are_organisations(lang: str, text: str, name: str, why: str) -> None:
    found = {surface: (label, evidence) for surface, label, evidence in _mentions(lang, text)}
    assert found[name] == ("ORG", (why,))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label", "why"),
    [
        # French names NER missed (or read as MISC) after a determined noun that says what they are,
        # with lower-case modifiers or a "de" complement of its kind between (issue 21, n22b).
        ("Le syndicat des joueurs Provarle a de son côté rappelé la règle.", "Provarle", "ORG", "descriptor before: syndicat"),
        ("L'association de patients Tique Espoir a salué l'essai.", "Tique Espoir", "ORG", "descriptor before: association"),
        ("Le laboratoire alsacien Vectoris Bio a lancé mardi un essai.", "Vectoris Bio", "ORG", "descriptor before: laboratoire"),
        ("La société a levé des fonds auprès du fonds Pirelle Capital.", "Pirelle Capital", "ORG", "descriptor before: fonds"),
        ("L'atelier accueille le collectif Les Biclous Joyeux, qui organise des cours.", "Les Biclous Joyeux", "ORG", "descriptor before: collectif"),
        ("Il a racheté le studio de jeux vidéo Pixelmont, basé à Leipzig.", "Pixelmont", "ORG", "descriptor before: studio"),
        ("Le fabricant de jouets Ludovax a été racheté.", "Ludovax", "ORG", "descriptor before: fabricant"),
        ("Le laboratoire teste son vaccin expérimental VLX-208 contre la maladie.", "VLX-208", "PRO", "product noun before: vaccin"),
        ("La firme commercialise la console portable Zorbex Go depuis mars.", "Zorbex Go", "PRO", "product noun before: console"),
        # A network of agencies, a broker, a publisher's imprint (issue 21, n23b) ...
        ("Le réseau d'agences Orpil a constaté une baisse des ventes.", "Orpil", "ORG", "descriptor before: réseau"),
        ("Le courtier Tauxmeilleur note une détente des taux.", "Tauxmeilleur", "ORG", "descriptor before: courtier"),
        ("Les éditions Vantelle, fondées en 2003, publient des albums.", "Vantelle", "ORG", "descriptor before: édition"),
        # ... and a name that is a common word of the dictionary, when a verb or a punctuation
        # mark ends it (« la firme Idées au cube » goes on with a title: test below).
        ("L'éditeur Sarbacane a annoncé mardi un rachat.", "Sarbacane", "ORG", "descriptor before: éditeur"),
        ("Le rachat des éditions Sarbacane, annoncé mardi, surprend.", "Sarbacane", "ORG", "descriptor before: édition"),
    ],
)
def test_names_ner_missed_after_a_french_descriptor(text: str, name: str, label: str, why: str) -> None:
    found = {surface: (lab, evidence) for surface, lab, evidence in _mentions("fr", text)}
    assert found[name][0] == label
    assert why in found[name][1]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        # A title's lower-case adjective before a conjugated verb is part of it; a place the text or
        # the gazetteer knows after "de" says where the organisation is (issue 21, rv22e).
        ("Le journal Le Dauphiné libéré rapporte que le maire hésite.", "Le Dauphiné libéré", "Le Dauphiné"),
        ("Le quotidien Le Vormanien lorrain affirme que le maire hésite.", "Le Vormanien lorrain", "Le Vormanien"),
        ("Elle vit à Arcachon. La coopérative Habitat Solidaire d'Arcachon lance un appel aux épargnants.", "Habitat Solidaire", "Habitat Solidaire d'Arcachon"),
    ],
)
def test_french_descriptor_names_whole(text: str, name: str, cut: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("fr", text)}
    assert found.get(name) == "ORG"
    assert cut not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A place's team after "de", a person after a trade, a name starting with a given name.
        ("L'équipe de Vormanie a gagné.", "équipe de Vormanie"),
        ("Le producteur Bessonnet a signé.", "Bessonnet"),
        ("Le parti socialiste Pierre Marvaud a parlé.", "Pierre Marvaud"),
        # A common word that opens a longer title is no name of its own.
        ("C'est la firme Lumières au carré de Québec qui a réalisé la vidéo.", "Lumières"),
        # A name with a number after it is a programme's or a label's (issue 21, n24b).
        ("Le marais est classé dans le réseau Natura 2000 depuis 2004.", "Natura"),
        ("Le collectif Horizon 2030 présentera son rapport lundi.", "Horizon"),
    ],
)
def test_french_descriptors_add_no_other_names(text: str, absent: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("fr", text)}
    assert found.get(absent) != "ORG"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A club's first word and its town's adjective: a club, whatever NER said (issue 21, n22b);
        # a venue's name has no such adjective.
        ("Le Stade Morvandiau a battu le Stade Rochelais dimanche.", "Stade Rochelais", "ORG"),
        ("Le Stade Aurillacois a remporté son match à Narbonne.", "Stade Aurillacois", "ORG"),
        ("Le match aura lieu au Stade de France.", "Stade de France", "LOC"),
        # f27a: the town's adjective in lower case, as French typography writes it
        ("Le Stade toulousain a battu le Racing Club de France samedi.", "Stade toulousain", "ORG"),
        ("Le Stade rochelais a recruté un ailier fidjien.", "Stade rochelais", "ORG"),
        ("La finale aura lieu au Stade Vélodrome.", "Stade Vélodrome", "LOC"),
    ],
)
def test_french_club_names(text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("fr", text)}
    assert found[name] == label


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A body's abbreviation, "de" and the place it serves: the body's branch (issue 21, n24b).
        ("Le CHU de Nantes a inauguré un service d'urgences pédiatriques.", "CHU de Nantes", "ORG"),
        ("La CPAM de la Gironde a remboursé les patients.", "CPAM de la Gironde", "ORG"),
        ("La CCI de Lyon a publié un rapport sur l'emploi.", "CCI de Lyon", "ORG"),
        ("L'Urssaf du Nord-Pas-de-Calais s'est constituée partie civile.", "Urssaf du Nord-Pas-de-Calais", "ORG"),
        # Short names of French bodies that NER reads as places or misses (the gazetteer knows them).
        ("Les archéologues de l'Inrap ont mis au jour une villa gallo-romaine.", "Inrap", "ORG"),
        ("Atout France prévoit une hausse de la fréquentation touristique.", "Atout France", "ORG"),
        # ... not the abbreviation of a plan, a line or a service, which is no body (rv24b).
        ("Le PLU de Nantes a été adopté jeudi par le conseil métropolitain.", "PLU de Nantes", "LOC"),
        ("La LGV de Bordeaux ouvrira en 2032, selon la région.", "LGV de Bordeaux", "LOC"),
        ("Le TER de Bretagne sera gratuit pour les jeunes cet été.", "TER de Bretagne", "LOC"),
    ],
)
def test_french_body_names(text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("fr", text)}
    assert found[name] == label


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A town that the sentence makes a side of a result, or a team's noun's complement, is a
        # club (issue 21, n24b).
        ("Clermont s'est imposé samedi face à Toulouse (24-18).", "Clermont", "ORG"),
        ("Clermont s'est imposé samedi face à Toulouse (24-18).", "Toulouse", "ORG"),
        ("Lens a été battu dimanche par Marseille (2-1).", "Lens", "ORG"),
        ("Brest a battu Nantes 1-0.", "Nantes", "ORG"),
        ("La victoire de Nice contre Rennes permet au club de rester en tête.", "Rennes", "ORG"),
        ("Toulouse s'est incliné devant Bordeaux.", "Bordeaux", "ORG"),
        ("L'entraîneur de Clermont a salué un match plein de caractère.", "Clermont", "ORG"),
        ("Le club de Clermont recevra Bordeaux la semaine prochaine.", "Clermont", "ORG"),
        ("Montpellier a dominé Nantes (31-27) samedi soir.", "Nantes", "ORG"),
        ("Lyon l'a emporté face à Lille dimanche.", "Lille", "ORG"),
        ("Football : Lens battu par Marseille", "Lens", "ORG"),
        ("Lens, qui a battu Lille (2-0) samedi, reste en tête.", "Lens", "ORG"),
        # ... not a town that acts otherwise, nor a country (its national team is left to the model).
        ("Lyon a battu un record de chaleur cet été.", "Lyon", "LOC"),
        ("Le maire de Lens a assisté à la rencontre.", "Lens", "LOC"),
        ("Paris impose des restrictions aux voitures.", "Paris", "LOC"),
        ("Le gouvernement s'est imposé face à Bruxelles dans ce dossier.", "Bruxelles", "LOC"),
        ("La France a battu l'Italie 2-1 en finale.", "Italie", "LOC"),
        ("Paris domine Londres dans le classement des villes les plus chères.", "Londres", "LOC"),
        ("Le défenseur de Paris a repoussé l'assaut des Prussiens.", "Paris", "LOC"),
        ("L'attaquant de Liège n'a pu franchir la Meuse malgré ses canons.", "Liège", "LOC"),
        # ... nor a club or a player of a game or kind the noun names, whose town says where it is (rv24b),
        ("Le club de bridge de Clermont a célébré samedi ses cinquante ans.", "Clermont", "LOC"),
        ("Le tribunal a condamné lundi un joueur de poker de Marseille à six mois de prison.", "Marseille", "LOC"),
        # ... nor towns that face each other or win another contest than a match, without a score,
        ("Bordeaux a affronté Toulouse devant le tribunal administratif.", "Toulouse", "LOC"),
        ("Marseille a battu Lyon au nombre de votants lors des municipales.", "Lyon", "LOC"),
        ("Perpignan s'est incliné devant Montpellier dans la course au label.", "Montpellier", "LOC"),
        ("La victoire de Lille face à Roubaix dans ce dossier a surpris les élus.", "Roubaix", "LOC"),
        # ... nor the towns of a list of results, which newspapers' sports pages print as tables.
        ("Résultats de dimanche : Sion bat Lausanne 2-1 ; Bâle bat Zurich 3-0 ; Bienne bat Thoune 1-0.", "Bâle", "LOC"),
        ("Résultats de dimanche : Sion bat Lausanne 2-1 ; Bâle bat Zurich 3-0 ; Bienne bat Thoune 1-0.", "Sion", "LOC"),
        # A match's setting does not make it another contest.
        ("Toulouse s'est incliné à domicile devant Bordeaux.", "Bordeaux", "ORG"),
        ("Toulouse s'est incliné en finale devant Bordeaux.", "Bordeaux", "ORG"),
    ],
)
def test_french_towns_as_clubs(text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("fr", text)}
    assert found[name] == label


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # English: a town before a noun of a team's people (en/team_nouns) or after a noun of a
        # club (en/team_descriptors), a side of a result with a score (en/match_result_words), the
        # lone subject of a plural verb, and a town before a club's last word (en/club_name_heads)
        # is a club (issue 21, n25a).
        ("Barcelona forward Marco Delgado scored twice on Saturday.", "Barcelona", "ORG"),
        ("Liverpool captain Virgil van Dijk scored the winner in extra time.", "Liverpool", "ORG"),
        ("The Sheffield coach said his side would appeal against the red card.", "Sheffield", "ORG"),
        ("Welsh side Cardiff City sacked their head coach on Monday.", "Cardiff City", "ORG"),
        ("Manchester City were charged by the league on Friday.", "Manchester City", "ORG"),
        ("Portsmouth lost 3-0 to Southampton on Saturday.", "Southampton", "ORG"),
        ("Portsmouth lost 3-0 to Southampton on Saturday.", "Portsmouth", "ORG"),
        ("Newcastle United and Aston Villa were fined on Thursday.", "Newcastle United", "ORG"),
        # ... not the town elsewhere, towns that beat each other with no score, the subject of a
        # singular verb or a place after a preposition, a town in a coordination, nor a town that a
        # capitalised word goes on from ("Sofia Kenin").
        ("The striker flew to Barcelona on Sunday to see his family.", "Barcelona", "LOC"),
        ("London beat Paris to host the 2012 Games.", "Paris", "LOC"),
        ("London beat Paris to host the 2012 Games.", "London", "LOC"),
        ("Paris beat Milan 3-1 in a survey of fashion buyers.", "Milan", "LOC"),
        ("Paris beat Milan 3-1 in a survey of fashion buyers.", "Paris", "LOC"),
        ("The company moved its headquarters from Leeds to Manchester in 2019.", "Leeds", "LOC"),
        ("Prices in Manchester were rising fast.", "Manchester", "LOC"),
        ("The London mayor said the city would bid.", "London", "LOC"),
        ("The Manchester coach crash injured 12 passengers.", "Manchester", "LOC"),
        ("Tokyo fans of the band queued overnight.", "Tokyo", "LOC"),
        ("The Paris manager of the bank resigned on Monday.", "Paris", "LOC"),
        ("Chelsea and Liverpool were each fined on Thursday.", "Liverpool", "LOC"),
        ("Iga Swiatek beat Sofia Kenin 6-2 6-1 on Centre Court.", "Sofia", "LOC"),
        # A town before a noun of en/team_nouns_other_senses, or the lone subject of a plural
        # verb, is a club only in a sentence about a match (en/match_context_words); two towns on
        # the sides of a scored result are none in a sentence of a vote or a bid
        # (en/vote_contest_words; review rv25a).
        ("Scotland are set to hold a second independence referendum, the first minister said on Monday.", "Scotland", "LOC"),
        ("Birmingham have declared a climate emergency, council leaders said on Wednesday.", "Birmingham", "LOC"),
        ("London have recorded the hottest day of the year, the Met Office said.", "London", "LOC"),
        ("London have recorded the hottest day of the year, the final report said.", "London", "LOC"),
        ("The Denver coach was found abandoned near the border with 30 migrants inside, police said.", "Denver", "LOC"),
        ("The Birmingham coach was delayed by snow on the M6 for five hours, passengers said.", "Birmingham", "LOC"),
        ("Milan beat Stockholm 47-34 in the final round of voting by IOC members in Lausanne on Monday.", "Milan", "LOC"),
        ("Milan beat Stockholm 47-34 in the final round of voting by IOC members in Lausanne on Monday.", "Stockholm", "LOC"),
        ("Brisbane beat Doha 72-10 when the IOC members voted in Tokyo.", "Doha", "LOC"),
        ("Lagos edged Nairobi 52-48 in the final round to host the summit.", "Nairobi", "LOC"),
        ("Leeds defeated Bradford 31-25 in the final round of the city of culture contest.", "Bradford", "LOC"),
        ("Sales in Madrid beat Barcelona's 3-1 last quarter, the agency said.", "Madrid", "LOC"),
        ("The London boss of the bank resigned on Monday after the fines.", "London", "LOC"),
        ("Defending champions Vienna topped the liveability ranking again, the survey said.", "Vienna", "LOC"),
        # ... and a result with a score in a match stays a club's.
        ("Chicago lost 1-0 to Seattle at home on Saturday.", "Seattle", "ORG"),
        # The subject of a verb of en/team_act_verbs whose object is one of a team's people, and the
        # town after "from" that such a verb governs, in a sentence about a match or a squad, are
        # clubs (issue 21, n28b) ...
        ("Manchester City signed Brazilian midfielder Lucas Moreira from Benfica on Tuesday.", "Manchester City", "ORG"),
        ("Manchester City signed Brazilian midfielder Lucas Moreira from Benfica on Tuesday.", "Benfica", "ORG"),
        ("The coach, who joined from Porto last year, said his side would attack.", "Porto", "ORG"),
        # ... not a town that signs or sacks anything else, one that signs in a sentence of no
        # match, nor a town a family moves from.
        ("Berlin sacked its police chief after the riots at the stadium.", "Berlin", "LOC"),
        ("Paris signed the climate agreement in 2015 along with 195 other nations.", "Paris", "LOC"),
        ("Washington signed a new defence pact with Manila on Tuesday.", "Washington", "LOC"),
        ("The striker's family moved from Lisbon to Manchester when he was nine.", "Lisbon", "LOC"),
        ("London signed a deal with the league to host three games next season.", "London", "LOC"),
        ("Dublin conceded that the border checks would cost jobs, a minister said.", "Dublin", "LOC"),
        ("The goalkeeper's brother joined the police from Leeds in 2010.", "Leeds", "LOC"),
        ("Rome conceded the penalty claim was weak, the referee said.", "Rome", "LOC"),
        ("Chelsea had led through a first-half penalty but Liverpool equalised after the break.", "Liverpool", "ORG"),
        # Two towns coordinated before a shared result's verb (en/match_draw_words) in a sentence
        # with a score are both clubs (issue 21, n33a); not a draw of visitors, nor a tie in a
        # survey.
        ("Leeds and Bristol drew 2-2 on Saturday.", "Leeds", "ORG"),
        ("Manchester City and Arsenal drew 1-1 at the Etihad Stadium on Saturday.", "Manchester City", "ORG"),
        ("Paris and London drew 3 million visitors each in 2019.", "Paris", "LOC"),
        ("Leeds and Bristol tied 2-2 in a survey of shoppers.", "Leeds", "LOC"),
    ],
)
def test_english_towns_as_clubs(text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("en", text)}
    assert found[name] == label


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label", "absent"),
    [
        # A town's, a state's or a region's name and a capitalised plural after it are one team,
        # whatever the model read there: the place and a product, a person, the place alone after
        # a dateline (issue 21, n33a).
        ("The Denver Comets signed quarterback Dale Hendry on Friday.", "The Denver Comets", "ORG", "Denver"),
        ("The Seattle Otters fired their coach after a 4-13 season.", "The Seattle Otters", "ORG", "Seattle"),
        ("BOSTON - The Boston Harriers beat the Ohio Foxes 5-3 on Sunday.", "The Boston Harriers", "ORG", "Boston"),
        # Near misses: a team the model read whole stays; a place's own name, a newspaper, a
        # party's people, a treaty (en/city_plural_non_teams), a singular word after the town, a
        # title before the name, a person's name with no article, a country before the plural, a
        # Title Case line are no team.
        ("Fans of the Houston Rockets waited for hours outside the arena.", "the Houston Rockets", "ORG", "Houston"),
        ("Ticket sales for the Ohio Foxes rose after the trade.", "the Ohio Foxes", "ORG", "Ohio"),
        ("She moved to Colorado Springs last year.", "Colorado Springs", "LOC", "Colorado"),
        ("The report ran in the Denver News on Monday.", "the Denver News", "ORG", "Denver"),
        ("Ohio Democrats said the bill would fail.", "Ohio", "LOC", "Ohio Democrats"),
        ("Delegates praised the Oslo Accords again.", "Oslo", "LOC", "Oslo Accords"),
        ("Travellers crowded Denver Airport on Friday.", "Denver Airport", "LOC", "Denver"),
        ("Mr. Dallas Evans said the plan would fail.", "Mr. Dallas Evans", "PER", "Dallas Evans"),
        ("Sydney Evans won the race in record time.", "Sydney Evans", "PER", "Sydney"),
        ("Japan Airlines cut fares on Monday.", "Japan Airlines", "ORG", "Japan"),
        ("Ohio Workers Walk Out\nWorkers in Ohio walked out on Monday.", "Ohio", "LOC", "Ohio Workers"),
    ],
)
def test_english_place_and_plural_as_team(text: str, name: str, label: str, absent: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("en", text)}
    assert found.get(name) == label
    assert absent not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A place's name and a plural that names a natural feature, a kind of place, a place's
        # people or an event, or a family, are no team (review rvn33): the model's reading stays.
        ("Hikers got lost in the Colorado Rockies last week.", "Colorado", "LOC"),
        ("Officials in the Florida Everglades warned of fires.", "Florida", "LOC"),
        ("Crowds filled the Miami Beaches over the holiday weekend.", "Miami", "LOC"),
        ("Prices rose across the Denver Suburbs last year.", "the Denver Suburbs", "LOC"),
        ("Delegates from the Ohio Counties met on Friday.", "Ohio", "LOC"),
        ("Scientists studied the Alaska Natives living near the coast.", "Alaska", "LOC"),
        ("The Boston Kennedys gathered for the funeral.", "Boston", "LOC"),
        # Still teams: a nickname in "-ys" after a vowel, a team the model split.
        ("The Kansas City Chiefs beat the Denver Broncos 27-24.", "the Denver Broncos", "ORG"),
        ("The Boston Cowboys beat the Ohio Foxes 5-3 on Sunday.", "The Boston Cowboys", "ORG"),
    ],
)
def test_english_place_and_plural_no_team(text: str, name: str, label: str) -> None:
    found = _mentions("en", text)
    assert (name, label) in [(surface, lab) for surface, lab, _ in found], found
    if label != "ORG":
        assert not any(e.startswith("team:") for _, _, evidence in found for e in evidence), found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A one-word name the model read as a place, as the object of a verb that sues or takes
        # over a party (``en/organisation_object_verbs``; review rvn33), is an organisation.
        ("SACRAMENTO, Calif. (Reuters) - The state sued Acme.", "Acme", "ORG"),
        ("The state sued Acme.", "Acme", "ORG"),
        # Near misses: a place the gazetteer knows stays one.
        ("Texas sued California over the water rights.", "California", "LOC"),
        ("The family sued Denver over the shooting.", "Denver", "LOC"),
    ],
)
def test_english_place_as_object_of_a_lawsuit(text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions("en", text)}
    assert found.get(name) == label, found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A place that acts is the place, as MEANTIME types a polity that acts ("The EU made the
        # decision", "Singapore will remain": LOC in its dev gold; 71 of its 75 mentions of names
        # the gazetteer knows only as places are LOC, the other four companies; review rvn29b,
        # which found no government typed ORG there): no organisation of a town's, a country's
        # or a state's name that speaks, agrees or sues.
        ("Moscow denied targeting civilian sites on Sunday.", "Moscow"),
        ("Washington and Beijing agreed on Monday to resume talks on methane.", "Washington"),
        ("Seoul has asked Tokyo to return the statue.", "Seoul"),
        ("The ceasefire was brokered by Qatar last week.", "Qatar"),
        ("Ukraine says it shot down 25 drones overnight.", "Ukraine"),
        ("Florida declared a state of emergency as the hurricane approached.", "Florida"),
        ("Nigeria summoned the British ambassador on Tuesday.", "Nigeria"),
        ("Police in Moscow said three people had been arrested.", "Moscow"),
        ("Rome saw record temperatures on Tuesday.", "Rome"),
        ("MOSCOW DENIES ATTACK ON CIVILIANS\nDrones flew over the city on Sunday.", "MOSCOW"),
    ],
)
def test_english_places_that_act_stay_places(text: str, name: str) -> None:
    labels = [lab for surface, lab, _ in _mentions("en", text) if surface == name]
    assert labels and set(labels) == {"LOC"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "name", "label"),
    [
        # A person's role or a place's description is no organisation descriptor.
        # (The role, written as a title, is part of the person's mention.)
        ("en", "Spokesman John Walker said the plan was sound.", "Spokesman John Walker", "PER"),
        ("fr", "Pierre Dupuis, un ancien ministre, a démissionné.", "Pierre Dupuis", "PER"),
        ("en", "The bank's chief economist, Jane Roe, said rates would fall.", "Jane Roe", "PER"),
        # ... nor a unit noun before a name that begins with a given name (review rv21o).
        ("en", "The bank's investment unit, John Roe, said rates would fall.", "John Roe", "PER"),
        # ... nor a person's trade with an adjective, nor a name that starts with a given name
        ("fr", "Le producteur américain Harvey Weinstein a été condamné.", "Harvey Weinstein", "PER"),
        ("fr", "Le candidat du parti socialiste François Hollande a gagné.", "François Hollande", "PER"),
        # ... nor in English a noun of a person's trade before a given name or in apposition to it
        # (en/person_trade_descriptors; review rv21i: "miner")
        ("en", "Property developer Samantha Greenhalgh bought the site.", "Samantha Greenhalgh", "PER"),
        ("en", "Peter Okafor, a miner from Kitwe, was trapped for two days.", "Peter Okafor", "PER"),
        # A place's own head noun is no institution's.
        ("fr", "Il habite Place de la Fusterie.", "Place de la Fusterie", "LOC"),
        ("fr", "La pièce est présentée au Théâtre de verdure, situé au bord du lac.", "Théâtre de verdure", "LOC"),
        # ... nor one a preposition of place governs, or a place noun names; a plural only after a
        # plural determiner
        ("fr", "Un attentat au Musée du Lac a fait trois blessés.", "Musée du Lac", "LOC"),
        ("fr", "Il habite près de la station Cour Saint-Pierre depuis 1990.", "Cour Saint-Pierre", "LOC"),
        # a trade noun with its kind before a person's name is the person's trade
        ("fr", "Le producteur de cinéma Paul Dupuis a été inculpé.", "Paul Dupuis", "PER"),
        # A descriptor's complement with an article is whose it is, not its kind.
        ("fr", "C'est la maison de campagne de Pierre Dupuis.", "Pierre Dupuis", "PER"),
        ("fr", "La banque de Paul Dupuis a fermé.", "Paul Dupuis", "PER"),
        ("en", "Paris, the capital, was calm.", "Paris", "LOC"),
        # A place in apposition with a team is the town's team by metonymy: the name stays a place.
        ("fr", "Lausanne et La Chaux-de-Fonds, deux équipes romandes, ont perdu.", "La Chaux-de-Fonds", "LOC"),
        # ... and one in apposition with a noun of no line of business stays a place too.
        ("en", "Detroit, the home of the big automakers, is in decline.", "Detroit", "LOC"),
        # A person's role in apposition makes a name the model took for a company a person's.
        ("en", "Ratan Tata , chairman of the Tata Group , said the car would sell .", "Ratan Tata", "PER"),
        ("en", "Citigroup Inc.'s chief executive, Vikram Pandit, said the bank would cut 50,000 jobs.", "Vikram Pandit", "PER"),
        # ... also when the person's employer follows the name with "of", and for a lawyer (n22a).
        ("en", "His solicitor , Amanda Frost of the law firm Kingsley Napley , said her client was relieved .", "Amanda Frost", "PER"),
        # ... and so does a role written as a title, after an organisation's name or a possessive.
        ("en", "Citigroup Inc. chief executive Vikram Pandit said the bank was strong.", "Vikram Pandit", "PER"),
        ("en", "The bank's chief executive Vikram Pandit said it was strong.", "Vikram Pandit", "PER"),
        # A person NER missed, whose role an apposition gives.
        ("en", "Masaaki Shirakawa , governor of the Bank of Japan , said deflation was a risk .", "Masaaki Shirakawa", "PER"),
        ("en", "Hank Zorvitz , AIG 's former chief , sued the government .", "Hank Zorvitz", "PER"),
        # ... but not a company's name, whose last word heads one.
        ("en", "Zorba Holdings , the parent of Acme , said so .", "Zorba Holdings", "ORG"),
        ("en", "Leeds, the league leaders, won again on Saturday.", "Leeds", "LOC"),
        # A place the model found stays one before a role unless it begins with a given name, and a
        # role that ends the clause before a name is no apposition of it (review of issue 21).
        ("en", "New Hampshire, head of the primary calendar, votes first.", "New Hampshire", "LOC"),
        ("en", "In a letter to the president, New Hampshire officials said the vote would go ahead.", "New Hampshire", "LOC"),
        ("en", "After meeting the governor, North Dakota farmers returned home.", "North Dakota", "LOC"),
        # A name of common words only, without a given name first, is no person's either.
        ("en", "Red Arrow, chairman of the panel, said so.", "Red Arrow", "ORG"),
        # A company named after its founder is the founder before a role in apposition.
        ("en", "Charles Schwab, the founder of the brokerage, said he would retire.", "Charles Schwab", "PER"),
        # ... and so is one before an age in apposition.
        ("en", "Raymond James, 54, was arrested on Friday in Leeds.", "Raymond James", "PER"),
        # ... even after a verb where a title could stand (review of issue 21).
        ("en", "Police in Savannah arrested Raymond James, 54, on Monday.", "Raymond James", "PER"),
        # A name before wire copy's abbreviated state is a town, even a company's name.
        ("en", "Residents of Alcoa, Tenn., lost power on Sunday.", "Alcoa", "LOC"),
        ("en", "Schools in Zorvane, Ind., closed on Monday.", "Zorvane", "LOC"),
        # A descriptor after a comma that the parse does not attach to the name.
        ("fr", "Face au silence du président de la Banque, Pierre Dupuis, les fédérations des syndicats ont annoncé un boycott.", "Pierre Dupuis", "PER"),
        # A person who buys a house is a person: only organisations' verbs count.
        ("en", "John Walker bought a house in Leeds.", "John Walker", "PER"),
        # A supporter's noun names a person's followers; a family is no organisation.
        ("fr", "Les partisans de Mohamed Morsi ont manifesté au Caire.", "Mohamed Morsi", "PER"),
        ("en", "Supporters of John Walker gathered in Leeds.", "John Walker", "PER"),
        # "at" after a verb, not after a staff noun, is a place.
        ("en", "The analysts arrived at Boston on Monday.", "Boston", "LOC"),
        # A person named with a given name in a list of companies, and a list of places next to
        # one of companies, keep their type.
        ("en", "Steve Jobs, Apple and Google were named in the suit.", "Steve Jobs", "PER"),
        # ... and so do one after an abbreviated title and one in the possessive, whose list item
        # is the noun it owns.
        ("en", "Dr. Vernon Quill, Moderna and Merck took part in a panel on vaccines.", "Dr. Vernon Quill", "PER"),
        ("en", "Chelsea, Arsenal and Darren Quill's former club Sunderland were all interested.", "Darren Quill", "PER"),
        ("en", "The plants in Oshawa and Toluca make trucks for GM and Ford.", "Oshawa", "LOC"),
        # A unit's noun after a place says where the unit works.
        ("en", "Volkswagen said its Asia unit grew.", "Asia", "LOC"),
        # A list after a plural descriptor and a bare comma that no comma closes is no apposition.
        ("en", "Unlike the unions, Obama and Geithner wanted a quick deal.", "Geithner", "PER"),
        ("en", "After the companies, Tom Smith and Jane Roe spoke.", "Jane Roe", "PER"),
        # A given name alone listed after a plural descriptor is a person's (review of issue 21).
        ("en", "Companies like Alice and Zorvex are fictional.", "Alice", "PER"),
        # ... and so are names after a noun that names people as often as companies.
        ("en", "Hollywood producers such as Bruckheimer and Weinstein backed the strike.", "Weinstein", "PER"),
        ("en", "Football giants such as Pele and Maradona attended the draw.", "Maradona", "PER"),
        # A noun of a person's trade as often as a firm's leaves a name the model read as a
        # person's that begins with a given name (en/person_trade_descriptors; review rv21h: drinks
        # makers were added by n21h).
        ("en", "Master distiller Robert Lumsden launched a new whisky.", "Robert Lumsden", "PER"),
        ("en", "Fritz Maytag, the brewer, sold the company.", "Fritz Maytag", "PER"),
        ("en", "Rupert Murdoch, the publisher, bought the paper.", "Rupert Murdoch", "PER"),
        ("en", "David Attenborough, the British broadcaster, said the film was his last.", "David Attenborough", "PER"),
        # ... with the common English given names of xx/given_names (issue 21, n21j).
        ("en", "Film producer Harvey Kestrand was charged on Monday.", "Harvey Kestrand", "PER"),
        ("en", "Randall Grahm, the winemaker, sold the vineyard.", "Randall Grahm", "PER"),
        ("en", "Mary Talbert, the publisher, bought the paper.", "Mary Talbert", "PER"),
        # No company's mark: a verb "shares", a person's forecast, shares or headquarters after
        # "'s", "its" before a noun of no company's own, a person's relative pronoun, age or role
        # where the text writes the name (issue 21, n29a).
        ("en", "Serena Williams shares her view on the new tournament rules.", "Serena Williams", "PER"),
        ("en", "Economist Jane Moss's forecast of a mild recession proved right.", "Economist Jane Moss", "PER"),
        ("en", "Maria Lopez's shares in the football club were sold to a fund.", "Maria Lopez", "PER"),
        ("en", "General Tom Baxter's headquarters in Kabul came under rocket fire.", "General Tom Baxter", "PER"),
        ("en", "Architect John Reed praised its design when the museum reopened.", "John Reed", "PER"),
        ("en", "Peter Walsh, who founded the bakery chain, cut its forecast for the year.", "Peter Walsh", "PER"),
        ("en", "Harriet Tubman, owned by a Maryland planter, escaped in 1849.", "Harriet Tubman", "PER"),
        ("en", "Dred Scott, owned by John Emerson, sued for his freedom.", "Dred Scott", "PER"),
        ("en", "Marta Silva, who owns three restaurants in Lisbon, said tourism had recovered.", "Marta Silva", "PER"),
        ("en", "He thanked John Hale, which surprised many who owned shares in the club.", "John Hale", "PER"),
        ("en", "Novelist Hannah Pike's owner of record was disputed. Hannah Pike, 61, declined to comment.", "Hannah Pike", "PER"),
        # A name the model read as a company that begins with a given name and that a person's
        # relative pronoun or age follows is a person's (issue 21, n29a).
        ("en", "Estee Lauder named a new chief executive, replacing Fabrizio Freda, who will retire.", "Fabrizio Freda", "PER"),
        # A name after a possessive and a noun of a person's family is a family member's, where
        # the model read a company or a place (issue 21, n29a); not a known company, a name that
        # an organisation's noun heads, nor a name after another noun.
        ("en", "Rockefeller's son, Justin, said his father died peacefully.", "Justin", "PER"),
        ("en", "Her husband Tomas, 44, and her niece were also injured in the crash near Graz.", "Tomas", "PER"),
        ("en", "His son, Microsoft's head of cloud sales, declined to comment.", "Microsoft", "ORG"),
        ("en", "Their father's firm, Halvorsen Shipping, went bankrupt in 2009.", "Halvorsen Shipping", "ORG"),
        ("en", "The mother company, Siemens, said its son brand Osram would be sold.", "Osram", "ORG"),
        # Review rvn29a: "its" may be a company named before the person in the sentence or the
        # one before; an apposition or a relative clause after a preposition's object may be its
        # head noun's; a name set off by a comma after a family noun that a lower-case noun
        # follows modifies it (the person's employer or town).
        ("en", "At Tesco, Ken Murphy raised its profit forecast on Thursday after a strong Christmas.", "Ken Murphy", "PER"),
        ("en", "The BBC said on Monday that Tim Davie cut its workforce by 500 people.", "Tim Davie", "PER"),
        ("en", "Tesco reported strong sales on Wednesday. Ken Murphy raised its profit forecast for the year.", "Ken Murphy", "PER"),
        ("en", "A statue of Nelson Mandela, owned by the city council, was moved.", "Nelson Mandela", "PER"),
        ("en", "They visited the former home of Jane Austen, now owned by the National Trust, on Sunday.", "Jane Austen", "PER"),
        ("en", "The estate of Michael Jackson, which owns half the catalogue, sued the label.", "Michael Jackson", "PER"),
        ("en", "His daughter, Deloitte partner Anna Ray, testified on Monday.", "Deloitte", "ORG"),
        ("en", "Her brother, Glastonbury organiser Emily Eavis, spoke to reporters.", "Glastonbury", "ORG"),
        ("en", "A court heard that Liam Carter's parent had not been told about the exclusion.", "Liam Carter", "PER"),
        ("en", "The club lost again on Saturday. Todd Boehly cut its workforce by a fifth.", "Todd Boehly", "PER"),
        ("en", "Rachel Reeves cut its growth forecast on Wednesday, blaming higher energy prices.", "Rachel Reeves", "PER"),
    ],
)
def test_other_descriptions_leave_the_type(lang: str, text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions(lang, text)}
    assert found[name] == label


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "why"),
    [
        # A one-word name after a place preposition is a place.
        ("Arrivant à Zuoz, le voyageur s'arrêta.", "Zuoz", "place preposition: à"),
        ("En Bavière le concordat a inquiété les protestants.", "Bavière", "place preposition: en"),
        ("Le roi est parti ce soir vers Eberfeld.", "Eberfeld", "place preposition: vers"),
        # "pour" after a word of setting out gives a destination.
        ("Le colonel est parti hier pour Lemberg avec sa suite.", "Lemberg", "destination: partir pour"),
        ("Le départ pour Tanger est fixé à demain.", "Tanger", "destination: départ pour"),
        # A person after it has a title or a given name; other prepositions say nothing.
        ("La lettre fut remise à M. Dupont hier.", "M. Dupont", None),
        ("La lettre fut remise à Jean Dupont hier.", "Jean Dupont", None),
        ("Mais pour Obama, le projet est mort.", "Obama", None),
        ("La charge contre Mac-Mahon fut rude.", "Mac-Mahon", None),
        ("Zuoz est une bourgade de l'Engadine.", "Zuoz", None),
    ],
)
def test_place_prepositions(text: str, name: str, why: str | None) -> None:
    from kg.extract.descriptors import place_evidence
    from kg.nlp.models import load_model

    doc = load_model("fr")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert place_evidence(span, "fr") == why


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "why"),
    [
        # The noun of an industrial site after a name, one lower-case noun between allowed: the
        # site's town, whatever NER called it.
        ("The Detroit-Hamtramck plant will build the car.", "Detroit-Hamtramck", "place of a plant: plant"),
        ("GM will idle the Zorbaville assembly plant in May.", "Zorbaville", "place of a plant: plant"),
        # ... a mine's or a quarry's too (issue 21, n21i); not the pronoun "mine".
        ("The miner suspended work at its Quebrada Honda mine in Chile.", "Quebrada Honda", "place of a plant: mine"),
        ("The company will reopen the Zorbaville quarry next year.", "Zorbaville", "place of a plant: quarry"),
        ("The car is Zorbinsky's, not mine.", "Zorbinsky", None),
        # Other nouns, or a noun the name does not modify, say nothing.
        ("The Zorbaville closure hurt the town.", "Zorbaville", None),
        ("Zorbaville said the plant would close.", "Zorbaville", None),
        # "works" follows an artist's name as often as a town's.
        ("Three Zorbinsky works sold for $120 million.", "Zorbinsky", None),
        # A make's plant is the make's, not a town's (issue 21, n35a), whatever its case.
        ("The carmaker will idle its Jeep assembly plant in March.", "Jeep", None),
        ("Workers walked out at the JEEP plant on Monday.", "JEEP", None),
    ],
)
def test_plant_places(text: str, name: str, why: str | None) -> None:
    from kg.extract.descriptors import plant_place_evidence
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert plant_place_evidence(span, "en") == why


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Mayor Zorbinsky toured the Zorbaville assembly plant on Friday.", "Zorbinsky"),
        ("en", "Mayor Zorbinsky toured the Zorbaville assembly plant on Friday.", "Zorbaville"),
        ("fr", "Le maire Paul Zorbinsky a visité l'usine de Zorbaville vendredi.", "Paul Zorbinsky"),
    ],
)
def test_plant_places_read_the_makes_once(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, name: str) -> None:
    """The list of makes is not read and folded again for each name asked (every person's name of
    every document is asked; p36a): the test spies on the lists the function asks for."""
    import kg.extract.descriptors as descriptors
    from kg.nlp.models import load_model

    doc = load_model(lang)(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    asked: list[tuple[str, ...]] = []
    real = descriptors.word_set

    def spy(*args: str) -> frozenset[str]:
        asked.append(args)
        return real(*args)

    monkeypatch.setattr(descriptors, "word_set", spy)
    for _ in range(3):
        descriptors.plant_place_evidence(span, lang)
    assert ("en", "vehicle_makes") not in asked


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A site's capitalised last word makes its name a place, a programme's or a law's a product,
        # as MEANTIME annotates them (issue 21, n21d).
        # (an industrial site's "Plant" is kg.extract.sites's)
        ("Chrysler will idle the Jefferson North Assembly Plant in Detroit.", "the Jefferson North Assembly Plant", None),
        ("Henderson spoke to reporters at the Renaissance Center on Monday.", "the Renaissance Center", ("LOC", "kind of name: center")),
        ("The chief executives flew to Capitol Hill on Tuesday to ask for aid.", "Capitol Hill", ("LOC", "kind of name: hill")),
        ("The Treasury lent $13.4 billion under the Troubled Asset Relief Program.", "the Troubled Asset Relief Program", ("PRO", "kind of name: program")),
        ("The Emergency Economic Stabilization Act allowed the Treasury to buy assets.", "The Emergency Economic Stabilization Act", ("PRO", "kind of name: act")),
        # ... and so does a treaty's, an agreement's or a policy's (issue 21, n27b).
        ("Both sides still back the Good Friday Agreement, the minister said.", "the Good Friday Agreement", ("PRO", "kind of name: agreement")),
        ("Farmers in the region live on payments from the Common Agricultural Policy.", "the Common Agricultural Policy", ("PRO", "kind of name: policy")),
        ("The country signed the Varlo Protocol in 1997.", "the Varlo Protocol", ("PRO", "kind of name: protocol")),
        # ... and a road's makes its name a place (issue 21, n27b).
        # ... but such a word in lower case after a name is the organisation's deal (review of n27b).
        ("The Air Canada deal includes firm orders for 18 jets.", "Air Canada", None),
        ("The Varlo policy was changed last year.", "Varlo", None),
        ("Police closed Mosque Road in Bradford after a gas leak.", "Mosque Road", ("LOC", "kind of name: road")),
        ("Shops on Varlo Avenue stayed shut on Monday.", "Varlo Avenue", ("LOC", "kind of name: avenue")),
        # ... but a body's noun before "of", "for" or "on" names the body (review rvn27b of n27b).
        ("The Office of Science and Technology Policy said it would publish guidance.", "The Office of Science and Technology Policy", None),
        ("The Centre for Health Policy, a research group, agreed.", "The Centre for Health Policy", None),
        ("Students at the Varlo School of Public Policy protested.", "the Varlo School of Public Policy", None),
        ("Ships must respect the Law of the Sea Treaty.", "the Law of the Sea Treaty", ("PRO", "kind of name: treaty")),
        # A programme's noun in lower case after the name that it heads.
        ("Ford borrowed $5.9 billion from the Advanced Technology Vehicles Manufacturing program.", "Advanced Technology Vehicles Manufacturing", ("PRO", "kind of name: program")),
        # A site that speaks is its institution; a name that modifies a noun is that noun's; one
        # word, or a number at the end, says nothing.
        ("The Pew Research Center said most Americans opposed the bailout.", "The Pew Research Center", None),
        ("Boeing will cut jobs at its Delta Program business units.", "Delta Program", None),
        # A centre named with a field of work is an institution; a programme that speaks is an
        # agency; a law that says stays a law (rv21e).
        ("A report by the Pew Research Center found that most voters were undecided.", "the Pew Research Center", None),
        ("According to the Southern Poverty Law Center , hate groups grew last year .", "the Southern Poverty Law Center", None),
        ("Apple unveiled the phone at the Moscone Center in San Francisco.", "the Moscone Center", ("LOC", "kind of name: center")),
        ("The Harlow Youth Programme said it would expand to five towns.", "The Harlow Youth Programme", None),
        ("She joined the law firm Baker & Hill in Chicago as a partner.", "Baker & Hill", None),
        ("The Clean Air Act says that plants must cut emissions.", "The Clean Air Act", ("PRO", "kind of name: act")),
        # A programme named after an organisation the gazetteer knows is its body.
        ("The United Nations Development Programme released a report.", "The United Nations Development Programme", None),
        ("Center said the deal was off.", "Center", None),
        ("The jet parked at Terminal 3 of the airport.", "Terminal 3", None),
        # Natural features and districts that end or open a name (issue 21, n26b); a club's name
        # in a match's sentence, a hospital that speaks, a name that goes on, stay.
        ("Miners have left the South Wales Valleys for decades.", "the South Wales Valleys", ("LOC", "kind of name: valleys")),
        ("Rents rose fastest on the Upper West Side last year.", "the Upper West Side", ("LOC", "kind of name: side")),
        ("Floods hit towns along the River Severn on Tuesday.", "River Severn", ("LOC", "kind of name: river")),
        ("Climbers were stranded on Mount Kenya for two days.", "Mount Kenya", ("LOC", "kind of name: mount")),
        ("River Plate beat Boca Juniors 2-0 in the final.", "River Plate", None),
        ("Mount Sinai said it would open a new wing.", "Mount Sinai", None),
        ("She studied at Lake Forest College for four years.", "Lake Forest College", None),
        # Review rv26b: a name that acts as a company (the active subject of a verb with an
        # object, or of a company's verb) is none of the features its words name, and a name that
        # modifies a noun after it is that noun's; a place's own verbs have no object.
        ("River Cottage sold its farm near Axminster.", "River Cottage", None),
        ("Lake Capital bought a stake in a software firm last week.", "Lake Capital", None),
        ("Charles River hired 40 scientists in Boston.", "Charles River", None),
        ("River Plate fans marched in Buenos Aires.", "River Plate", None),
        ("Mount Etna erupted on Sunday.", "Mount Etna", ("LOC", "kind of name: mount")),
        # ... nor one whose shares are held.
        ("Shares of Charles River fell after the results.", "Charles River", None),
        ("Investors in Hudson River were repaid in full.", "Hudson River", None),
        ("The views of Mount Kenya were clear.", "Mount Kenya", ("LOC", "kind of name: mount")),
    ],
)
def test_kind_of_name(text: str, name: str, expected: tuple[str, str] | None) -> None:
    from kg.extract.descriptors import kind_of_name
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert kind_of_name(span, "en") == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A territory's capitalised last word makes the name a place (issue 21, n25b).
        ("Rescuers reached homes in Jefferson Parish on Monday.", "Jefferson Parish", "territory name: parish"),
        ("Officials in Zorba County said the water was safe.", "Zorba County", "territory name: county"),
        # Not a body of the territory, one word, or the word in lower case.
        ("The Zorba County Council said so.", "Zorba County", None),
        ("Parish said the water was safe.", "Parish", None),
    ],
)
def test_territory_head_evidence(text: str, name: str, expected: str | None) -> None:
    from kg.extract.descriptors import territory_head_evidence
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert territory_head_evidence(span, "en") == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A name read as a person's that opens with a given name is a person's whose surname is a
        # territory's word (rv25b) ...
        ("The film was directed by Kyle Borough and shot in Wales.", "Kyle Borough", None),
        ("Actress Mary Parish won the award on Sunday.", "Mary Parish", None),
        # ... not a territory named after a place or a surname.
        ("Rescuers reached homes in Jefferson Parish on Monday.", "Jefferson Parish", "territory name: parish"),
    ],
)
def test_territory_head_evidence_of_a_person_name(text: str, name: str, expected: str | None) -> None:
    from kg.extract.descriptors import territory_head_evidence
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert territory_head_evidence(span, "en", person=True) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "why"),
    [
        # A noun of a part of a town or of its surroundings that the name modifies: the town,
        # whatever NER called it (issue 21, org21c).
        ("GM will close the plant in this Zorbaville suburb next year.", "Zorbaville", "place of a settlement: suburb"),
        ("Workers in the Zorbaville area were laid off.", "Zorbaville", "place of a settlement: area"),
        ("Home prices in the Zorbaville metro area fell.", "Zorbaville", "place of a settlement: metro"),
        # Other nouns, or a name that does not modify the noun, say nothing.
        ("The Zorbaville closure hurt the town.", "Zorbaville", None),
        ("Zorbaville said the area would recover.", "Zorbaville", None),
    ],
)
def test_settlement_places(text: str, name: str, why: str | None) -> None:
    from kg.extract.descriptors import settlement_place_evidence
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert settlement_place_evidence(span, "en") == why


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "why"),
    [
        # A noun of a kind of settlement or territory and "of" before the name: the place,
        # whatever NER called it (en/place_kind_nouns; issue 21, n21i).
        ("The festival is held each year in the lakeside town of Bellano.", "Bellano", "place kind before: town"),
        ("Ships were diverted to the port city of Felixport.", "Felixport", "place kind before: city"),
        ("Voters in the province of Valderra went to the polls.", "Valderra", "place kind before: province"),
        # ... a state, a territory, a governorate (issue 21, n23a).
        ("A judge in the Brazilian state of Sergipe ordered the block.", "Sergipe", "place kind before: state"),
        ("Troops entered the northern governorate of Nineveh on Sunday.", "Nineveh", "place kind before: governorate"),
        ("Voters in the territory of Kalvaro went to the polls.", "Kalvaro", "place kind before: territory"),
        # A capitalised noun is a body's name ("the Town of Bellano"), and a body's noun names who
        # runs the place.
        ("The Town of Bellano approved the budget.", "Bellano", None),
        ("The mayor of Bellano resigned.", "Bellano", None),
    ],
)
def test_place_kind_places(text: str, name: str, why: str | None) -> None:
    from kg.extract.descriptors import place_kind_evidence
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert place_kind_evidence(span, "en") == why


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "why"),
    [
        # A noun of a town's or a see's office holder, of a place's people or of its parts and "of"
        # before the name: the place (en/place_people_nouns; issue 21, n29b) ...
        ("The mayor of Bellano resigned on Monday.", "Bellano", "place of its people: mayor"),
        ("The Catholic bishop of Corrin apologised on Tuesday.", "Corrin", "place of its people: bishop"),
        ("Residents of Kalvaro protested against the new road.", "Kalvaro", "place of its people: residents"),
        ("Fighting reached the outskirts of Nundo on Sunday.", "Nundo", "place of its people: outskirts"),
        ("The people of Port Tarvin voted to leave.", "Port Tarvin", "place of its people: people"),
        # ... not a noun a company or a body has too, a capitalised title, a name after "the".
        ("The chairman of Zorvex resigned on Monday.", "Zorvex", None),
        ("The governor of Banxico said rates would stay.", "Banxico", None),
        ("The members of Unite voted to strike.", "Unite", None),
        ("The Mayor of Bellano resigned on Monday.", "Bellano", None),
        ("Residents of the Zorvex Towers complained.", "the Zorvex Towers", None),
        ("Thousands of people of Tamil origin marched.", "Tamil", None),
        # Nor a place the model ran into its office holder's name (review rvn29b).
        ("The mayor of Bellano Sadiq Khan said the bridge would reopen.", "Bellano Sadiq Khan", None),
        ("The mayor of Bellano Marvin Rees said the bridge would reopen.", "Bellano Marvin Rees", None),
    ],
)
def test_place_people_places(text: str, name: str, why: str | None) -> None:
    from kg.extract.descriptors import place_people_evidence
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert place_people_evidence(span, "en") == why


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The model's organisation there is the place (issue 21, n29b).
        ("The mayor of Bristol resigned on Monday.", "Bristol"),
        ("The Catholic bishop of Cork apologised on Tuesday.", "Cork"),
        ("The people of Galway voted on Friday.", "Galway"),
    ],
)
def test_place_people_retype_organisations(text: str, name: str) -> None:
    assert [lab for surface, lab, _ in _mentions("en", text) if surface == name] == ["LOC"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label", "why"),
    [
        # A place's head noun right before the name is part of it, whatever the model called the name.
        ("Des milliers de personnes se sont rassemblées sur la place Tahrir au Caire.", "place Tahrir", "LOC", "place head: place"),
        ("Les manifestants se sont réunis place Taksim à Istanbul.", "place Taksim", "LOC", "place head: place"),
        # An institution's noun, an adjective if any, "de" and a place make one organisation.
        ("Il entre à l'université de Manchester en 1948.", "université de Manchester", "ORG", "institution head: université"),
        ("Elle enseigne à l'université américaine de Beyrouth depuis 2001.", "université américaine de Beyrouth", "ORG", "institution head: université"),
        ("Des étudiants ont envahi l'ambassade des Etats-Unis à Téhéran.", "ambassade des Etats-Unis", "ORG", "institution head: ambassade"),
    ],
)
def test_head_nouns_belong_to_french_names(text: str, name: str, label: str, why: str) -> None:
    found = {surface: (lab, evidence) for surface, lab, evidence in _mentions("fr", text)}
    assert name in found, found
    assert found[name][0] == label and why in found[name][1]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "name", "label"),
    [
        # The city itself, and a place after a destination's noun ("la route de X" leads to X).
        ("fr", "La ville de Porto a voté hier.", "Porto", "LOC"),
        ("fr", "Ils ont pris la route de Lausanne samedi.", "Lausanne", "LOC"),
        # A place named alone after a preposition, and a verb spelt like a head noun.
        ("fr", "Il vit à Manchester depuis 1948.", "Manchester", "LOC"),
        ("fr", "Le jury place Pierre Dupuis en tête du classement.", "Pierre Dupuis", "PER"),
        ("fr", "Elle place Jean Dupont devant ses responsabilités.", "Jean Dupont", "PER"),
        # The ambassador of a country is no embassy; English is left alone.
        ("fr", "L'ambassadeur de France a parlé hier.", "France", "LOC"),
        ("en", "Protesters gathered in Tahrir Square on Friday.", "Tahrir Square", "LOC"),
        # A person listed with clubs or companies keeps their type when the name begins with a
        # given name of international news (issue 21): Arabic, Spanish.
        ("en", "Liverpool, Everton, Mohamed Zarrouk and Ajax were fined on Monday.", "Mohamed Zarrouk", "PER"),
        ("en", "The fund backs Arsenal, Chelsea, Fernando Ortal and Valencia.", "Fernando Ortal", "PER"),
    ],
)
def test_other_words_before_a_name_leave_it(lang: str, text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _ in _mentions(lang, text)}
    assert found.get(name) == label, found


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Nicole Favre", "given name: Nicole"),
        ("Jean-Paul Rochat", "given name: Jean-Paul"),
        ("HENRY JAMES MORTON", "given name: HENRY"),
        # Given names of international news figures (issue 21).
        ("Mohamed Zarrouk", "given name: Mohamed"),
        ("Fernando Ortal", "given name: Fernando"),
        ("Jürgen Kelber", "given name: Jürgen"),
        ("Giorgia Bellini", "given name: Giorgia"),
        ("Sergei Orlov", "given name: Sergei"),
        # Common English given names and nicknames (issue 21, n21j).
        ("Harvey Kestrand", "given name: Harvey"),
        ("Mary Holloran", "given name: Mary"),
        ("Randall Brisk", "given name: Randall"),
        ("Jim Tarrow", "given name: Jim"),
        ("Siobhan Keary", "given name: Siobhan"),
        # A given name that is also a place, a club or a brand is left out of the list.
        ("Jordan Hensley", None),
        ("Chelsea Harbour", None),
        ("Mercedes Arena", None),
        ("Stanley Cup", None),
        ("Charlie Hebdo", None),
        # ... and so is one that is also a common word (xx/given_name_genders only).
        ("Will Parrow", None),
        ("Rose Garden", None),
        # One word, a particle (a place as often as a person), a head noun, no given name.
        ("Nicole", None),
        ("Caroline du Sud", None),
        ("Victor Hugo Hôtel", None),
        ("Rochat Frères", None),
    ],
)
def test_given_name_evidence(surface: str, expected: str | None) -> None:
    from kg.extract.descriptors import given_name_evidence

    assert given_name_evidence(surface) == expected


def test_people_by_given_name_keep_described_and_known_names() -> None:
    from kg.extract.descriptors import people_by_given_name
    from kg.extract.entities import Candidate

    text = "Nicole Favre et Henri Rochat"
    model = Candidate(0, 12, "ORG", "test")
    described = Candidate(16, 28, "ORG", "test", evidence=("descriptor before: société",))
    out = people_by_given_name([model, described], text, lang="fr")
    assert [c.label for c in out] == ["PER", "ORG"]
    assert people_by_given_name([model], text, lang="en") == [model]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company's name the text showed to be one, read again where NER missed it, whole and not
        # inside another name; a sentence's first word is no other name's.
        ("GM will drop the Zorvex brand. Penske agreed to buy Zorvex. Zorvex dealers cheered.", ["Zorvex", "Zorvex"]),
        ("GM will drop the Zorvex brand. The Zorvex Aura and Lake Zorvex are elsewhere; Zorvexes too.", []),
        # Each repeat of the name is read once, in a long text too (review of issue 21: linear).
        ("GM will drop the Zorvex brand." + " Zorvex fell." * 300, ["Zorvex"] * 300),
    ],
)
def test_organisations_named_again(text: str, expected: list[str]) -> None:
    from kg.extract.descriptors import organisations_named_again
    from kg.extract.entities import Candidate

    start = text.index("Zorvex")
    unit = Candidate(start, start + len("Zorvex"), "ORG", "unit", evidence=("unit noun after: brand",))
    out = organisations_named_again([unit], text, lang="en")
    assert [text[c.start : c.end] for c in out[1:]] == expected
    assert all(c.label == "ORG" and c.evidence == unit.evidence for c in out)
    assert organisations_named_again([unit], text, lang="de") == [unit]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # A name of several words the model read once with its article is said again without it,
        # over the place the model read inside it, and in a Title Case headline before the
        # headline's capitalised verb (issue 21, n32a).
        (
            "Kestrel Falcons Sign Veteran Linebacker\nThe Kestrel Falcons signed a linebacker on Monday.",
            [("Kestrel", "LOC"), ("The Kestrel Falcons", "ORG")],
            [("The Kestrel Falcons", "ORG"), ("Kestrel Falcons", "ORG")],
        ),
        (
            "Fans met on Monday. Kestrel Falcons fans cheered. The Kestrel Falcons won.",
            [("Kestrel", "LOC"), ("The Kestrel Falcons", "ORG")],
            [("The Kestrel Falcons", "ORG"), ("Kestrel Falcons", "ORG")],
        ),
        # Near misses: a place alone stays; not a sentence's line, where a capitalised word after
        # the name makes a longer one; not over an organisation of its own.
        (
            "Kestrel lawmakers met on Monday. The Kestrel Falcons won.",
            [("Kestrel", "LOC"), ("The Kestrel Falcons", "ORG")],
            [("Kestrel", "LOC"), ("The Kestrel Falcons", "ORG")],
        ),
        (
            "Officials said Kestrel Falcons Stadium Authority met. The Kestrel Falcons won.",
            [("Kestrel", "LOC"), ("The Kestrel Falcons", "ORG")],
            [("Kestrel", "LOC"), ("The Kestrel Falcons", "ORG")],
        ),
    ],
)
def test_organisations_named_again_without_article(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    from kg.extract.descriptors import organisations_named_again
    from tests.extract.spans import candidates

    out = organisations_named_again(candidates(text, spans), text, lang="en")
    assert [(text[c.start : c.end], c.label) for c in out] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French too, after an elided article or preposition (issue 21, n22b); not inside a longer
        # name nor glued to a word.
        ("Le laboratoire Zorvex a lancé l'essai. Zorvex, qui emploie 85 salariés, a levé des fonds.", ["Zorvex"]),
        ("Le laboratoire Zorvex a lancé l'essai avec l'Inserm. L'essai de Zorvex débute ; les fonds d'Zorvex aussi.", ["Zorvex", "Zorvex"]),
        ("Le laboratoire Zorvex a lancé l'essai. Zorvex Santé et aujourd'Zorvexia sont ailleurs.", []),
    ],
)
def test_french_organisations_named_again(text: str, expected: list[str]) -> None:
    from kg.extract.descriptors import organisations_named_again
    from kg.extract.entities import Candidate

    start = text.index("Zorvex")
    first = Candidate(start, start + len("Zorvex"), "ORG", "descriptor", evidence=("descriptor before: laboratoire",))
    out = organisations_named_again([first], text, lang="fr")
    assert [text[c.start : c.end] for c in out[1:]] == expected
    assert all(c.label == "ORG" for c in out)


@pytest.mark.parametrize(
    ("full", "text", "expected"),
    [
        # The short form of a company named with its company words or legal form, where NER missed
        # it: whole, not inside another name, before a role title too (issue 21, org21).
        ("Halvorsen Industries Inc", "Halvorsen Industries Inc cut jobs. Halvorsen Chief Financial Officer Linda Sato said so. Rivals of Halvorsen fell.", ["Halvorsen", "Halvorsen"]),
        ("Halvorsen Trucks Inc", "Halvorsen Trucks Inc cut jobs. Rivals of Halvorsen Trucks fell.", ["Halvorsen Trucks"]),
        ("Korvex Motors Corp.", "Korvex Motors Corp. cut jobs. Workers ratify Korvex deal.\nKorvex shares fell.", ["Korvex", "Korvex"]),
        # ... after the word of its trade too ("Halvard Energy Co." ... "Halvard employs"; issue 21, n21g).
        ("Halvane Energy Co.", "Halvane Energy Co. built a refinery. Halvane employs 900 people.", ["Halvane"]),
        ("Sunvale Care", "Sunvale Care sold 14 clinics. Rivals of Sunvale fell.", ["Sunvale"]),
        ("Orlenta Petroleum Corp.", "Orlenta Petroleum Corp. cut jobs. Workers at Orlenta protested.", ["Orlenta"]),
        # ... one list with the English company words that are surnames or common words too
        # (en/company_tail_words; review rv21g), not after a given name.
        ("Lakeview Foods", "Lakeview Foods cut jobs. Lakeview fell.", ["Lakeview"]),
        ("Nordvale Air", "Nordvale Air cut jobs. Nordvale said fuel costs rose.", ["Nordvale"]),
        ("Peter Gas", "Peter Gas cut jobs. Peter said so.", []),
        # ... or a legal form of another country ("Tervo Oyj" ... "Tervo shares").
        ("Tervona Oyj", "Tervona Oyj cut jobs. Tervona shares fell.", ["Tervona"]),
        ("Lindqvara AB", "Lindqvara AB sold a unit. Rivals of Lindqvara fell.", ["Lindqvara"]),
        # One word of the dictionary is as often a word as the name.
        ("American Airlines", "American Airlines cut jobs. American workers protested.", []),
        ("Kestrel Motors Corp.", "Kestrel Motors Corp. cut jobs. Workers ratify Kestrel deal.", []),
        ("Zorvane Motor Co", "Zorvane Motor Co cut jobs. The Zorvane Aura and Lake Zorvane are elsewhere.", []),
        # Nothing cut off, a place or a person's name before the company words: no short form.
        ("Lakeview Farms", "Lakeview Farms cut jobs. Lakeview fell.", []),
        ("Detroit Motors Corp.", "Detroit Motors Corp. cut jobs. Workers in Detroit voted.", []),
        ("Walt Disney Co", "Walt Disney Co cut jobs. Rivals of Walt Disney fell.", []),
        # Nor a name the text gives a person with a form of address: the founder whose name the
        # company bears (review rv21o).
        ("Hoshino Motor Corp", "Hoshino Motor Corp cut jobs. Hoshino shares fell. Mr. Hoshino, the founder, smiled.", []),
        ("Korvex Industries Inc", "Korvex Industries Inc cut jobs. Ms Korvex said so. Rivals of Korvex fell.", []),
        ("Zorvane Trucks Ltd", "Zorvane Trucks Ltd cut jobs. Rivals of Zorvane fell. Dr. Zorvane retired.", []),
        # A name glued to "&", an apostrophe or a hyphen is part of another word; the longest name wins.
        ("Halvorsen Trucks Inc", "Halvorsen Trucks Inc cut jobs. Rivals of O'Halvorsen, Halvorsen-Smith and Halvorsen&Co fell.", []),
        ("Halvorsen Trucks Inc", "Halvorsen Trucks Inc cut jobs. Rivals of Halvorsen Trucks' unit fell.", ["Halvorsen Trucks"]),
    ],
)
def test_company_short_names(full: str, text: str, expected: list[str]) -> None:
    from kg.extract.descriptors import company_short_names
    from kg.extract.entities import Candidate

    company = Candidate(0, len(full), "ORG", "model")
    out = company_short_names([company], text, lang="en")
    assert [text[c.start : c.end] for c in out[1:]] == expected
    assert all(c.label == "ORG" for c in out)
    assert company_short_names([company], text, lang="fr") == [company]


@pytest.mark.parametrize(
    ("full", "label", "text", "expected"),
    [
        # A name the model took for a person or a place, when a legal form ends it (issue 21, n21g).
        ("Tervona Oyj", "PER", "Tervona Oyj said it would recall phones. Tervona recalls 200,000 phones.", ["Tervona"]),
        ("Halvane Energy AG", "LOC", "Halvane Energy AG cut jobs. Rivals of Halvane fell.", ["Halvane"]),
        # ... not without one.
        ("Tervona Halvane", "PER", "Tervona Halvane said so. Rivals of Tervona fell.", []),
    ],
)
def test_company_short_names_of_names_typed_otherwise(full: str, label: str, text: str, expected: list[str]) -> None:
    from kg.extract.descriptors import company_short_names
    from kg.extract.entities import Candidate

    named = Candidate(0, len(full), label, "model")  # type: ignore[arg-type]
    out = company_short_names([named], text, lang="en")
    assert [text[c.start : c.end] for c in out[1:]] == expected
    assert all(c.label == "ORG" for c in out[1:])


def test_share_owners_cost_linear_time() -> None:
    """Thousands of companies named by their shares in one document: each name is checked against
    the candidates it covers, not against every candidate found so far (300,000 characters took 6.5
    seconds, four times as long for twice the text; review rv21m)."""
    import time

    import spacy
    from spacy.tokens import Doc

    from kg.extract.descriptors import share_owners

    vocab = spacy.blank("en").vocab
    unit = [("Zorvex", "NNP", "PROPN"), ("shares", "NNS", "NOUN"), ("fell", "VBD", "VERB"), (".", ".", "PUNCT"), ("Shares", "NNS", "NOUN"), ("of", "IN", "ADP"), ("Marlow", "NNP", "PROPN"), ("rose", "VBD", "VERB"), (".", ".", "PUNCT")]

    def run(n: int) -> float:
        words = [w for _ in range(n) for w, _, _ in unit]
        spaces = [nxt != "." for _ in range(n) for nxt in [w for w, _, _ in unit[1:]] + ["Zorvex"]]
        doc = Doc(vocab, words=words, spaces=spaces, tags=[t for _ in range(n) for _, t, _ in unit], pos=[p for _ in range(n) for _, _, p in unit], lemmas=[w.lower() for w in words])
        started = time.process_time()
        out = share_owners([], doc, doc.text, lang="en")
        elapsed = time.process_time() - started
        assert len(out) == 2 * n
        return elapsed

    run(100)  # the word lists and the gazetteer, loaded once
    small, large = run(1_700), run(6_800)  # some 75,000 and 300,000 characters
    assert large < 10.0 and large < 8 * small + 0.5


def test_company_short_names_cost_linear_time() -> None:
    """Thousands of companies in one document: one pass over its words, not one search of the text
    per name (300,000 characters took over a minute; review rv21o)."""
    import time

    from kg.extract.descriptors import company_short_names
    from kg.extract.entities import Candidate

    def run(n: int) -> float:
        parts, companies, pos = [], [], 0
        for i in range(n):
            name = "Q" + "".join("bcdfghjklmnpqrstvwz"[(i // 19**k) % 19] + "aeiou"[k] for k in range(4))
            unit = f"{name} Motors Corp. cut jobs. Workers at {name} struck. "
            companies.append(Candidate(pos, pos + len(name) + len(" Motors Corp."), "ORG", "model"))
            parts.append(unit)
            pos += len(unit)
        text = "".join(parts)
        started = time.process_time()
        out = company_short_names(companies, text, lang="en")
        elapsed = time.process_time() - started
        assert len(out) == 2 * n
        return elapsed

    run(200)  # the word lists and the gazetteer, loaded once
    small, large = run(1_250), run(5_000)  # some 75,000 and 300,000 characters
    assert large < 10.0 and large < 8 * small + 0.5


def test_organisations_named_again_cost_linear_time() -> None:
    """Thousands of organisations of several words in one document: one pass over its words, not
    one search of the text per name (review rv21i: 380,000 characters took minutes), also where each
    name said again covers a place read inside it (n32a's path). Timed in this process's CPU time,
    the best of three runs, and only against the smaller input measured in the same test: four times
    the text costs some four times as long, a quadratic pass sixteen; no bound in seconds, which a
    loaded machine breaks (review rvn32; speed targets live in bench/)."""
    import time

    from kg.extract.descriptors import organisations_named_again
    from kg.extract.entities import Candidate

    def run(n: int) -> float:
        parts, companies, pos = [], [], 0
        for i in range(n):
            word = "Q" + "".join("bcdfghjklmnpqrstvwz"[(i // 19**k) % 19] + "aeiou"[k] for k in range(4))
            name = f"{word} Minerals"
            unit = f"The {name} cut jobs. Workers at {name}, the miner, struck. {word} said. "
            companies.append(Candidate(pos, pos + len("The ") + len(name), "ORG", "model"))
            place = pos + unit.index(f"at {word}") + len("at ")
            companies.append(Candidate(place, place + len(word), "LOC", "model"))
            parts.append(unit)
            pos += len(unit)
        text = "".join(parts)
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            out = organisations_named_again(companies, text, lang="en")
            best = min(best, time.process_time() - started)
        assert sum(c.label == "ORG" for c in out) == 2 * n and not any(c.label == "LOC" for c in out)
        return best

    run(200)  # the word lists, loaded once
    small, large = run(1_000), run(4_000)  # some 90,000 and 360,000 characters
    assert large < 8 * small + 0.5, (small, large)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # A name of several capitalised words the model read as an organisation once, read again
        # where the model missed it (issue 21, n21i).
        ("Tarsis Minerals", "Tarsis Minerals halts mine\nTarsis Minerals, the copper miner, said.", ["Tarsis Minerals"]),
        ("Hollis & Grange", "Hollis & Grange denied it. Workers of Hollis & Grange were unpaid.", ["Hollis & Grange"]),
        # One word, a model's designation, an article first or a given name first: not read again.
        ("Kestrel", "Kestrel denied it. Kestrel birds nest here.", []),
        ("Mac OS X Lion", "Mac OS X Lion ships in July. Mac OS X Lion costs $29.", []),
        ("The Rural Alliance", "The Rural Alliance won. The Rural Alliance will govern.", []),
        ("Peter Hollis", "Peter Hollis denied it. Peter Hollis left.", []),
    ],
)
def test_model_organisations_named_again(name: str, text: str, expected: list[str]) -> None:
    from kg.extract.descriptors import organisations_named_again
    from kg.extract.entities import Candidate

    start = text.index(name)
    model = Candidate(start, start + len(name), "ORG", "spacy:test:ORG")
    out = organisations_named_again([model], text, lang="en")
    assert [text[c.start : c.end] for c in out[1:]] == expected
    assert all(c.label == "ORG" for c in out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common word's capital at a sentence's start is no company's name read again; inside a
        # sentence it is (review of issue 21).
        ("Shares in the airline Jet fell. Jet fuel prices rose.", []),
        ("Shares in the airline Jet fell. Rivals said Jet would fold.", ["Jet"]),
    ],
)
def test_organisations_named_again_at_a_sentence_start(text: str, expected: list[str]) -> None:
    from kg.extract.descriptors import organisations_named_again
    from kg.extract.entities import Candidate

    start = text.index("Jet")
    airline = Candidate(start, start + 3, "ORG", "descriptor", evidence=("descriptor before: airline",))
    out = organisations_named_again([airline], text, lang="en")
    assert [text[c.start : c.end] for c in out[1:]] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        # The lower-case complement of an institution's name belongs to it, when the model stopped
        # before it.
        ("L'assemblée de la Société vaudoise des meuniers, réunie hier à Morges, a élu son comité.", "Société vaudoise", "Société vaudoise des meuniers"),
        ("La conférence de l'Union des fabricants suisses de papier eut lieu à Bienne.", "Union", "Union des fabricants suisses de papier"),
        # A complement of time, or a name after "de", is none.
        ("Le Conseil fédéral des années trente a refusé.", "Conseil fédéral", "Conseil fédéral"),
        ("La Banque cantonale de Fribourg a ouvert.", "Banque cantonale", "Banque cantonale"),
    ],
)
def test_lower_case_complements_of_institutions(text: str, model: str, name: str) -> None:
    from kg.extract.descriptors import with_lowercase_complements
    from kg.extract.entities import Candidate
    from kg.nlp.models import load_model

    doc = load_model("fr")(text)
    start = text.index(model)
    (out,) = with_lowercase_complements([Candidate(start, start + len(model), "ORG", "test")], doc, text, lang="fr")
    assert text[out.start : out.end] == name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "name", "expected"),
    [
        # A one-word organisation after a preposition of place only is a place.
        ("ORG", "Chippis", "LOC"),
        # An acronym stays an organisation, and so does a name of more than one word.
        ("ORG", "SBB", "ORG"),
        ("ORG", "Aluminium Chippis", "ORG"),
    ],
)
def test_organisations_after_place_prepositions(label: str, name: str, expected: str) -> None:
    from kg.extract.descriptors import typed_by_evidence
    from kg.extract.entities import Candidate
    from kg.nlp.models import load_model

    text = f"Le tunnel mène de Finges à {name}. L'entreprise a fait afficher un avis."
    doc = load_model("fr")(text)
    start = text.index(name)
    (cand,) = typed_by_evidence([Candidate(start, start + len(name), label, "test")], doc, lang="fr")  # type: ignore[arg-type]
    assert cand.label == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place the gazetteer does not know, before a comma and a known region or country.
        ("Plants in Zorbaville, Ontario, will close.", ("place in: Ontario",)),
        # No comma, or an unknown place after it: nothing.
        ("Plants in Zorbaville Ontario will close.", ()),
        ("Plants in Zorbaville, Vexalia, will close.", ()),
    ],
)
def test_places_located_in_regions(text: str, expected: tuple[str, ...]) -> None:
    from kg.extract.descriptors import placed_in_regions
    from kg.extract.entities import Candidate
    from kg.knowledge.gazetteer import default_gazetteer

    cands = []
    for name in ("Zorbaville", "Ontario", "Vexalia"):
        if name in text:
            start = text.index(name)
            records = default_gazetteer().lookup(name)
            cands.append(Candidate(start, start + len(name), "LOC", "test", record=records[0] if records else None))
    (town, *_) = placed_in_regions(cands, text)
    assert town.evidence == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        # A one-word name the model read as an organisation, after an organisation's possessive and
        # the subject of a verb of saying, is the organisation's person by surname (issue 21, org21c).
        ("Ron Gettelfinger flew in. The UAW's Gettelfinger told senators that workers had done their part.", "Gettelfinger", True),
        ("Rick Wagoner spoke. GM's Wagoner said the company would survive.", "Wagoner", True),
        # A company the gazetteer knows, or a noun heading an organisation's name, is no person.
        ("Fiat's Chrysler said sales fell in March.", "Chrysler", False),
        ("GM's Board said nothing about the plan.", "Board", False),
        # A verb of saying that reports what others say of its subject: a passive, a headline's "said to".
        ("Toyota's Prius said to top sales charts again in Japan.", "Prius", False),
        ("The UAW's Kestrelly is said to favour the deal.", "Kestrelly", False),
        ("Rick Wagoner spoke. GM's Wagoner said to reporters that the company would survive.", "Wagoner", True),
        # Tokenised copy writes the possessive apart (MEANTIME: "Apple 's iTunes"; issue 21, n21d).
        ("Rick Wagoner spoke . GM 's Wagoner said the company would survive .", "Wagoner", True),
        ("Ron Gettelfinger flew in . The UAW 's Gettelfinger told senators that workers had done their part .", "Gettelfinger", True),
        ("Fiat 's Chrysler said sales fell in March .", "Chrysler", False),
        ("GM 's Board said nothing about the plan .", "Board", False),
        # A surname that is also a town's, which the model read as a place.
        ("Fritz Henderson spoke . GM 's Henderson told reporters at the plant on Monday .", "Henderson", True),
        # Only a surname of a person the text names in full: a brand after its owner's possessive
        # reads the same (rv21e).
        ("Tata's Jaguar said it would build electric cars.", "Jaguar", False),
        ("Nestle 's Purina said pet food prices would rise .", "Purina", False),
        ("LVMH 's Tiffany said profits fell .", "Tiffany", False),
    ],
)
def test_people_after_an_organisation_possessive(text: str, name: str, person: bool) -> None:
    found = {surface: lab for surface, lab, _evidence in _mentions("en", text)}
    assert (found.get(name) == "PER") == person


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A name the model read as a person after a person's full name and "of" is the person's
        # firm (issue 21, n21d), or the town the gazetteer knows.
        ("It 's panic selling , said John Smith of BNY Mellon .", "BNY Mellon", "ORG"),
        ("Analyst Erich Merkle of Crowe Horwath said sales would fall.", "Crowe Horwath", "ORG"),
        ("Kevin Tynan of Argus Research said the deal was fair.", "Argus Research", "ORG"),
        # A name that begins with a given name stays a person.
        ("The award went to John Smith of John Brown Associates.", "John Smith", "PER"),
    ],
)
def test_employers_after_people(text: str, name: str, label: str) -> None:
    found = {surface: lab for surface, lab, _evidence in _mentions("en", text)}
    assert found.get(name) == label


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # A role held at a company only, before "of" or after the name's possessive, makes the name
        # the company's, whatever the model typed it (issue 21, n21g).
        ("John Tarrant, chief executive of Pacifica, said fuel prices were to blame.", "Pacifica", "LOC", "ORG"),
        ("Tom Hadley , Redbridge 's chairman , said the money would be spent .", "Redbridge", "PER", "ORG"),
        ("Anna Brody, the chief executive officer of Kanto Denki, resigned.", "Kanto Denki", "PER", "ORG"),
        ("Zorvane's CFO Ann Lee left.", "Zorvane", "LOC", "ORG"),
        # An office of public life names a place; a given name makes a person's name.
        ("He is the president of Zorbania.", "Zorbania", "LOC", "LOC"),
        ("Mark Reyes, John Smith's chairman, spoke.", "John Smith", "PER", "PER"),
        ("The chairman's office of Zorbania closed.", "Zorbania", "LOC", "LOC"),
        # A name that owns what the role is held at, a role of what "of" names after it, a form of
        # address before the name: no company's name (review rv21g).
        ("The chairman of Vermont's Senate committee, Lisa Hale, spoke.", "Vermont", "LOC", "LOC"),
        ("Jane Porter, chairman of Parliament 's committee on energy, spoke.", "Parliament", "LOC", "LOC"),
        ("Ohio's chairman of the Democratic Party, Dan Reyes, spoke.", "Ohio", "LOC", "LOC"),
        ("Zorvane's chief executive officer of Asia, Ann Lee, left.", "Zorvane", "LOC", "LOC"),
        ("Mr. Smith's chairman, Tom Wells, agreed.", "Smith", "PER", "PER"),
        ("Zorvane's chief executive officer, Ann Lee, left.", "Zorvane", "LOC", "ORG"),
        # The role right after the name and before its holder's given name and surname (review
        # rv22a), not before a word that is no given name, nor an office of public life.
        ("Vantora chairman Tom Harland said local news still paid.", "Vantora", "PER", "ORG"),
        ("Kestrova chief executive Sarah Whitlow flew to Lusaka.", "Kestrova", "LOC", "ORG"),
        ("Vantora chairman Tarvoss Group said it would sell.", "Vantora", "PER", "PER"),
        ("Zorbania governor Tom Harland said taxes would rise.", "Zorbania", "LOC", "LOC"),
    ],
)
def test_employers_of_company_roles(text: str, name: str, label: str, expected: str) -> None:
    from kg.extract.descriptors import employers_of_company_roles
    from kg.extract.entities import Candidate

    start = text.index(name)
    named = Candidate(start, start + len(name), label, "model")  # type: ignore[arg-type]
    (out,) = employers_of_company_roles([named], text, lang="en")
    assert out.label == expected
    assert employers_of_company_roles([named], text, lang="fr") == [named]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A one-word organisation of the model after "in" or "near" is a place (issue 21, n22a:
        # "shoppers in Limerick"),
        ("Shoppers in Tarvoss said they were worried about prices.", "Tarvoss", ("LOC", "place preposition: in")),
        ("The depot near Tarvoss will close next year.", "Tarvoss", ("LOC", "place preposition: near")),
        # ... not after what investors hold or do in a company, before a possessive, nor a body
        # named by its common noun.
        ("Vodafone bought a stake in Tarvoss last year.", "Tarvoss", ("ORG", None)),
        ("The fund invested in Tarvoss last year.", "Tarvoss", ("ORG", None)),
        ("Prices in Tarvoss 's stores rose.", "Tarvoss", ("ORG", None)),
        ("Democrats in Congress said they would block it.", "Congress", ("ORG", None)),
        # A model's organisation that a descriptor describes keeps the descriptor as evidence, which
        # settles its entity's type against its other mentions' labels.
        ("The cable operator Tarvoss said sales rose.", "Tarvoss", ("ORG", "descriptor before: operator")),
    ],
)
def test_english_organisations_after_place_prepositions(text: str, name: str, expected: tuple[str, str | None]) -> None:
    from kg.extract.descriptors import typed_by_evidence
    from kg.extract.entities import Candidate
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    (cand,) = typed_by_evidence([Candidate(start, start + len(name), "ORG", "test")], doc, lang="en")  # type: ignore[arg-type]
    assert (cand.label, cand.evidence[-1] if cand.evidence else None) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # A one-word organisation after "in" stays one when the text names it an organisation
        # elsewhere, not after "in" or "near" (rv22a: "rival Corvena ... jobs in Corvena"),
        ("Rival Corvessa said 800 jobs in Corvessa would go.", ["Corvessa", "Corvessa"], ["ORG", "ORG"]),
        ("Lernavo raised money as students enrolled in Lernavo courses.", ["Lernavo", "Lernavo"], ["ORG", "ORG"]),
        # ... or describes it as one in apposition,
        ("Rooms in Hotelvia, a budget hotel chain, cost more.", ["Hotelvia"], ["ORG"]),
        # ... or after a holder, a word of trust or membership, of writing in a publication or of a
        # defect in software;
        ("A minority shareholder in Tarvoss backed the deal.", ["Tarvoss"], ["ORG"]),
        ("Trust in Tarvoss has fallen since the leak.", ["Tarvoss"], ["ORG"]),
        ("Membership in Tarvoss has doubled since 2014.", ["Tarvoss"], ["ORG"]),
        ("In an interview in Monocla last year, he said print would survive.", ["Monocla"], ["ORG"]),
        ("A security flaw in Pinglo exposed the messages of users.", ["Pinglo"], ["ORG"]),
        ("A glitch in Pinglo left shops unable to take payments.", ["Pinglo"], ["ORG"]),
        # ... a word the text names only after "in" or "near" is still a place.
        ("Shoppers in Tarvoss said prices near Tarvoss rose.", ["Tarvoss", "Tarvoss"], ["LOC", "LOC"]),
    ],
)
def test_english_organisations_named_elsewhere_stay(text: str, names: list[str], expected: list[str]) -> None:
    _check_typed(text, names, ["ORG"] * len(names), expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A person's name before "airport" that the parse makes its modifier is the airport's
        # (issue 21, n26b), the gazetteer's person or not; not before a noun the airport modifies,
        # nor one word.
        ("Half of the flights from Charles de Gaulle airport were cancelled.", "Charles de Gaulle", ("LOC", "place named after a person: airport")),
        ("Fans gathered at Jane Marlow airport on Monday.", "Jane Marlow", ("LOC", "place named after a person: airport")),
        ("The Jane Marlow airport visit was cancelled.", "Jane Marlow", ("PER", None)),
        ("Mayor Anne Hidalgo said the airport would reopen.", "Anne Hidalgo", ("PER", None)),
    ],
)
def test_places_named_after_people(text: str, name: str, expected: tuple[str, str | None]) -> None:
    from kg.extract.descriptors import typed_by_evidence
    from kg.extract.entities import Candidate
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    start = text.index(name)
    records = default_gazetteer().lookup(name)
    (cand,) = typed_by_evidence([Candidate(start, start + len(name), "PER", "test", record=records[0] if records else None)], doc, lang="en")
    assert (cand.label, cand.evidence[-1] if cand.evidence else None) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names", "labels", "expected"),
    [
        # A one-word organisation that ends a list of places after "in" is a place too (issue
        # 21, n26b),
        ("Councils in Glasgow and Tarvoss asked for money.", ["Glasgow", "Tarvoss"], ["LOC", "ORG"], ["LOC", "LOC"]),
        (
            "Schools in Leeds, Bradford and Tarvoss will close on Friday.",
            ["Leeds", "Bradford", "Tarvoss"],
            ["LOC", "LOC", "ORG"],
            ["LOC", "LOC", "LOC"],
        ),
        # ... not the subject of the next clause, a company the gazetteer knows, a name after a
        # member the model did not read as a place, nor after "between".
        ("Volta expanded in Germany and Corvena cut jobs in Spain.", ["Germany", "Corvena"], ["LOC", "ORG"], ["LOC", "ORG"]),
        ("Volta expanded in Germany and Siemens in France.", ["Germany", "Siemens"], ["LOC", "ORG"], ["LOC", "ORG"]),
        ("Shares in Volta and Tarvoss fell.", ["Volta", "Tarvoss"], ["ORG", "ORG"], ["ORG", "ORG"]),
        ("Talks between Glasgow and Tarvoss broke down.", ["Glasgow", "Tarvoss"], ["LOC", "ORG"], ["LOC", "ORG"]),
        # Review rv26b: nor a list that modifies the noun after it (a company's headquarters).
        ("Protests took place near Rotterdam and Tarvoss headquarters on Friday.", ["Rotterdam", "Tarvoss"], ["LOC", "ORG"], ["LOC", "ORG"]),
        ("Strikes hit depots in Leeds and Corvena offices on Monday.", ["Leeds", "Corvena"], ["LOC", "ORG"], ["LOC", "ORG"]),
    ],
)
def test_english_organisations_listed_with_places(text: str, names: list[str], labels: list[str], expected: list[str]) -> None:
    _check_typed(text, names, labels, expected)


def _check_typed(text: str, names: list[str], labels: list[str], expected: list[str]) -> None:
    from kg.extract.descriptors import typed_by_evidence
    from kg.extract.entities import Candidate
    from kg.nlp.models import load_model

    doc = load_model("en")(text)
    starts, at = [], 0
    for name in names:
        at = text.index(name, at)
        starts.append(at)
        at += len(name)
    cands = [Candidate(s, s + len(n), lab, "test") for s, n, lab in zip(starts, names, labels, strict=True)]  # type: ignore[arg-type]
    assert [c.label for c in typed_by_evidence(cands, doc, lang="en")] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le syndicat des joueurs Provarle a rappelé la règle à l'association de patients."),
        ("fr", "La firme commercialise la console portable Zorbex Go depuis mars ; Le Vaccin VLX-208 arrive."),
        ("en", "The union of players said the Acme console will ship in March."),
        ("fr", ""),
    ],
)
def test_lower_nouns_read_from_arrays(lang: str, text: str) -> None:
    """descriptors._lower_nouns: the tokens _descriptor_kind may take, read from the POS and
    IS_LOWER arrays, are the lower-case common nouns the Tokens give."""
    from kg.extract.descriptors import _lower_nouns
    from kg.nlp.models import load_model

    doc = load_model(lang)(text)
    assert _lower_nouns(doc) == [t.i for t in doc if t.pos_ == "NOUN" and t.is_lower]


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("jobs in Corvena", 8),
        ("rival Corvena said", 6),
        ("first line\nin  Corvena", 15),
        ("a flaw in\nPinglet", 10),  # a line break right before the name: the word before it
        ("in\n\nPinglet", 4),
        ("Pinglet", 0),
        ("re-in Pinglet", 6),  # a hyphenated word is no word of letters
        ("x1 in Pinglet", 6),
        ("first line\n" * 50 + "bought by Zorba", 11 * 50 + 10),
        ("in \t Zorba", 5),
    ],
)
def test_word_right_before_reads_one_line(text: str, pos: int) -> None:
    # the same word as the pattern searched from the start of the text (review pf24b: that search
    # walked the whole window before each name, quadratic in a long document)
    whole = _WORD_RIGHT_BEFORE.search(text, 0, pos)
    assert _word_right_before(text, pos) == (whole.group(1) if whole else None)
