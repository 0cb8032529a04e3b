"""Tests of within-document entity coreference (kg.extract.coref, issue 17 class 1).

A row is (lang, text, reference, kind, the name it must take up or None when it must stay out of
every chain). Every text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.extract.coref import Anaphor, CorefCues, _person_head, coreference_via, mention_kinds, resolve_references
from kg.types import Entity, EntityMention, EventMention, Span

pytestmark = pytest.mark.slow


def _analyse(text: str, lang: str):
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    result = next(analyse([Document(id="t", text=text, source="<test>", lang=lang)]))
    assert not isinstance(result, Exception), result
    return result


def _chain_of(analysis, ref_text: str, kind: str):
    """The entity whose reference of ``kind`` reads ``ref_text``; with kind "mention", the entity
    that holds a name mention reading it."""
    for entity in analysis.entities:
        if kind == "mention" and any(m.text == ref_text for m in entity.mentions):
            return entity
        for ref in entity.references:
            if ref.text == ref_text and ref.kind == kind:
                return entity
    return None


_SPOKESWOMAN = (
    "Siemens delays train\nMay 24 , 2008\nSiemens has announced that development of a replacement for their regional train"
    " has been pushed back .\nSpokeswoman Sandy Angers said that the team formed to look at the development had been merged"
    " into the parent team .\n`` We 've reduced our design effort , '' said Angers ."
)

_HARUNA = (
    "Tokyo-based Haruna Motor Co. said on Monday it would cut 20,000 jobs worldwide by March 2010 . Japan 's third-largest automaker"
    " also forecast a net loss of 265 billion yen for the year to March . Chief Executive Jean Roux said sales had fallen faster than"
    " expected . Mr. Roux , who also heads French carmaker Valmont SA , said the company would cut output by a further 15 percent ."
)

CASES = [
    # personal pronouns, French and English
    ("fr", "Le groupe Dassault a annoncé lundi un plan social. Il prévoit de fermer deux usines.", "Il", "pronoun", "Dassault"),
    ("fr", "Renault a publié ses résultats. Elle a précisé que les ventes avaient baissé.", "Elle", "pronoun", "Renault"),
    ("en", "Siemens reported a loss on Tuesday. It said demand had collapsed in China.", "It", "pronoun", "Siemens"),
    ("en", "Angela Merkel met the unions in Berlin. She promised new talks.", "She", "pronoun", "Angela Merkel"),
    # possessives
    ("en", "Siemens cut its forecast on Tuesday.", "its", "possessive", "Siemens"),
    ("fr", "Michelin a réduit sa prévision de ventes.", "sa", "possessive", "Michelin"),
    # review rv17k: the possessive of a member noun (« ses militants », « ses dirigeants ») takes up
    # an organisation or a country, which events make the agent; never a person
    ("fr", "Danone fermera l'usine. Ses dirigeants ont expliqué jeudi que le site n'était plus rentable.", "Ses", "possessive", "Danone"),
    ("fr", "Jean-Luc Mélenchon a appelé jeudi à la mobilisation. Ses militants ont manifesté samedi.", "Ses", "possessive", None),
    ("fr", "Jean-Luc Mélenchon a appelé jeudi à la mobilisation. Son porte-parole a démenti.", "Son", "possessive", "Jean-Luc Mélenchon"),
    # a possessive in an infinitive clause controlled by the object is the object's
    ("en", "The regulator Ofcom forced Siemens to lower its prices.", "its", "possessive", "Siemens"),
    ("en", "The European Commission asked Siemens to explain its delays.", "its", "possessive", "Siemens"),
    # a possessive in a phrase put before the main clause takes up the subject after it, if it agrees
    ("en", "During its annual meeting in Munich, Siemens announced new jobs.", "its", "possessive", "Siemens"),
    ("en", "During his annual visit to Munich, Siemens announced new jobs.", "his", "possessive", None),
    # ... also when the subject is a title with the name in apposition
    ("fr", "Lors de son discours devant les députés mardi, le premier ministre Paul Garnier a revu les prévisions.", "son", "possessive", "Paul Garnier"),
    ("fr", "Lors de son discours devant les députés mardi, le premier ministre a revu les prévisions.", "son", "possessive", None),
    # the owner of an abstract subject is as salient as a subject, and an abstract noun owns no event
    ("fr", "L'action de Michelin était en baisse lundi à la bourse de Paris, à la suite de son procès perdu.", "son", "possessive", "Michelin"),
    ("fr", "La décision de Paul Garnier surprend quand on se souvient de sa rencontre avec Marc Blanc en 2006.", "sa", "possessive", "Paul Garnier"),
    # ... but not the owner of a subject that may be an entity itself
    ("fr", "Le patron de Zorbatel a présenté son projet à Lyon.", "son", "possessive", None),
    # a subject pronoun never stands for the object or agent of its own verb
    ("en", "Zorbatel won a contract for new jets. They will be owned by Zorbatel.", "They", "pronoun", None),
    ("en", "Siemens reported a loss. It acquired Alstom in May.", "It", "pronoun", "Siemens"),
    # relative pronouns take the antecedent the parse gives
    ("en", "The deal was signed by Siemens, which said it would keep the plant.", "which", "relative", "Siemens"),
    ("fr", "L'accord a été signé par Michelin, qui a annoncé la fermeture du site.", "qui", "relative", "Michelin"),
    # a possessive in a relative clause whose subject is the relative pronoun takes its antecedent
    ("en", "Zorbatel sold the plant to Siemens, which doubled its output.", "its", "possessive", "Siemens"),
    # definite descriptions, with the type they name
    ("en", "Siemens reported a loss on Tuesday. The company blamed weak demand.", "The company", "nominal", "Siemens"),
    ("fr", "Le groupe Dassault a annoncé lundi un plan social.", "Le groupe", "nominal", "Dassault"),
    ("fr", "Michelin a annoncé la fermeture du site de Cholet. L'entreprise invoque la concurrence.", "L'entreprise", "nominal", "Michelin"),
    # a description whose head noun already describes an entity takes it up before a nearer subject
    ("en", "Sales at Zorbamart rose in March, according to Quandle Group, a market research firm. The firm said music sales fell.", "The firm", "nominal", "Quandle Group"),
    # a definite noun that ends exactly one name of several words before it is that name's
    ("en", "Siemens opened the Siemens Developer Program in May. The program costs 99 euros a year.", "The program", "nominal", "Siemens Developer Program"),
    # conservative: impersonal subjects and another kind of thing never join a chain
    ("fr", "Michelin a fermé le site. Il faut dire que la demande a baissé.", "Il", "pronoun", None),
    ("en", "Siemens cut jobs. It is likely that more cuts will follow.", "It", "pronoun", None),
    ("en", "Siemens closed the plant in Munich. It rained all day.", "It", "pronoun", None),
    # ... also the "it" of a fixed adverbial clause (en/impersonal_idioms), no cataphor either (review rv17f)
    ("en", "Zorba Inc sold its plant in Ohio . When it comes to electric cars , Tesla Motors leads the market .", "it", "pronoun", None),
    ("en", "Kestrel Motors cut prices on Monday . As it turned out , Zorba Inc had sold the plant .", "it", "pronoun", None),
    ("en", "Siemens reported a loss. The other company blamed weak demand.", "The other company", "nominal", None),
    # products: "it"/"its" and a definite description take up a product ("new" does not block one)
    ("en", "The Boeing 787 made its first flight on Tuesday.", "its", "possessive", "The Boeing 787"),
    ("en", "Apple unveiled the iPhone 4 on Monday. The new phone will go on sale in June.", "The new phone", "nominal", "the iPhone 4"),
    # a role noun is a description of a person
    ("en", "Joe Kaeser met the unions in Munich. The chief executive promised new talks.", "The chief executive", "nominal", "Joe Kaeser"),
    # appositions before the name, with or without commas, and role or descriptor premodifiers
    ("en", "The German engineering group, Siemens, reported a loss on Tuesday.", "The German engineering group", "appositive", "Siemens"),
    ("en", "German engineering group Siemens reported a loss.", "German engineering group", "appositive", "Siemens"),
    ("en", "Siemens chief executive Joe Kaeser said demand was weak.", "Siemens chief executive", "appositive", "Joe Kaeser"),
    ("en", "June 13, 2005\nIrish airline Ryanair ordered new jets.", "Irish airline", "appositive", "Ryanair"),
    # a role in capitals the tagger reads as a proper noun, with its organisation before it
    ("en", "Siemens CEO Joe Kaeser said demand was weak.", "Siemens CEO", "appositive", "Joe Kaeser"),
    ("en", "Siemens CEO Joe Kaeser said demand was weak.", "Siemens CEO Joe Kaeser", "appositive", "Joe Kaeser"),
    ("en", "During the meeting, company CEO Joe Kaeser promised new talks.", "company CEO", "appositive", "Joe Kaeser"),
    # a capitalised role after the name, read as a proper noun; a capitalised non-role stays out
    ("en", "Joe Kaeser, the Siemens Chief Executive Officer, said demand was weak.", "the Siemens Chief Executive Officer", "appositive", "Joe Kaeser"),
    ("en", "Joe Kaeser, the Siemens Chief Executive Officer, said demand was weak.", "Joe Kaeser, the Siemens Chief Executive Officer", "appositive", "Joe Kaeser"),
    ("en", "Joe Kaeser, the Siemens Gold Medal, said demand was weak.", "the Siemens Gold Medal", "appositive", None),
    # not an apposition: a plural noun before a list of names, a title that is part of the name
    ("en", "Six airlines, Air China, Hainan Airlines and Shanghai Airlines, ordered new jets.", "Six airlines", "appositive", None),
    ("en", "President Barack Obama met the unions.", "President", "appositive", None),
    # first person in a direct quotation: the speaker, or the organisation of the speaker's role
    ("en", '"I will meet the unions next week," Angela Merkel said.', "I", "pronoun", "Angela Merkel"),
    ("en", '"We will keep the plant open," Siemens said on Tuesday.', "We", "pronoun", "Siemens"),
    ("en", 'Joe Kaeser, the chief executive of Siemens, said: "We will keep our plant in Munich."', "our", "possessive", "Siemens"),
    # a role holder with no organisation named: the most salient organisation before the quotation
    ("en", 'Siemens reported a loss. Chief executive Joe Kaeser said: "We will keep the plant."', "We", "pronoun", "Siemens"),
    ("en", 'Joe Kaeser met the unions. Joe Kaeser said: "We will keep the plant."', "We", "pronoun", None),
    ("en", '"I will meet the unions next week," Angela Merkel said. "We are ready."', "We", "pronoun", None),
    # the quotation holding the pronoun, among several (issue 18: found by bisection)
    ("en", '"I will meet the unions next week," Angela Merkel said. "We are ready," Siemens said on Tuesday.', "We", "pronoun", "Siemens"),
    ("fr", "Renault a publié ses résultats. « Nous allons investir en France », a déclaré Renault.", "Nous", "pronoun", "Renault"),
    # a spokesperson whose organisation no membership gives (the recogniser leaves "Spokeswoman" out
    # of the name): the most salient organisation; not anyone quoted without such a noun
    ("en", _SPOKESWOMAN, "We", "pronoun", "Siemens"),
    ("en", _SPOKESWOMAN, "our", "possessive", "Siemens"),
    ("en", _SPOKESWOMAN.replace("Spokeswoman ", ""), "We", "pronoun", None),
    # issue 17, dev6: an inverted clitic is a pronoun without its hyphens, and a first person in a
    # quotation whose speaker is that clitic stands for the clitic's antecedent, also in a quotation
    # with no verb of its own that follows
    ("fr", "Paul Garnier a parlé dimanche. « Nous allons continuer à investir dans la filière », affirme-t-il.", "il", "pronoun", "Paul Garnier"),
    ("fr", "Paul Garnier a parlé dimanche. « Nous allons investir », affirme-t-il. « Pour ma part, je reste prudent sur les délais ».",
     "je", "pronoun", "Paul Garnier"),
    ("fr", "Paul Garnier a parlé dimanche. « Nous allons investir », affirme-t-il. Le marché a baissé. « Pour ma part, je reste prudent ».",
     "je", "pronoun", None),
    # issue 17, dev5/dev9: any verb with an inverted clitic right after a quotation is its incise
    # (« tente-t-il de corriger »), whose clitic is the speaker, takes up no word of the quotation,
    # and lends its speaker to a verbless quotation that follows
    ("fr", "Jean Morel affirme qu'il voulait parler. « Le texte exact, c'est une petite fille », tente-t-il de corriger. "
     "« J'évoquais nos différences »", "J'", "pronoun", "Jean Morel"),
    ("fr", "Jean Morel affirme qu'il voulait parler. « Le texte exact, c'est une petite fille », tente-t-il de corriger.",
     "il", "pronoun", "Jean Morel"),
    ("fr", "Mitt Romney a parlé dimanche. « Le président Obama a promis le changement », a-t-il déclaré. Il a estimé que"
     " l'économie est au point mort.", "Il", "pronoun", "Mitt Romney"),
    # « ce dernier », "the latter": the entity named last, not the most salient one
    ("fr", "Paul Garnier a rencontré Jean Morel. Ce dernier a refusé de commenter.", "Ce dernier", "pronoun", "Jean Morel"),
    ("fr", "Paul Garnier a rencontré Claire Morel. Cette dernière a refusé de commenter.", "Cette dernière", "pronoun", "Claire Morel"),
    ("en", "Joe Kaeser met Angela Merkel in Berlin. The latter promised new talks.", "The latter", "pronoun", "Angela Merkel"),
    ("fr", "Le prix a augmenté. Ce dernier a doublé en un an.", "Ce dernier", "pronoun", None),
    # « celui-ci », « celle-ci » (f30a): the entity named last too, not the sentence's subject
    ("fr", "Le syndicat a rencontré le ministre Gérald Darmanin. Celui-ci a annoncé une hausse des effectifs.",
     "Celui-ci", "pronoun", "Gérald Darmanin"),
    ("fr", "Le maire Paul Martin a rencontré la ministre Élisabeth Borne mardi. Celle-ci a promis une aide.",
     "Celle-ci", "pronoun", "Élisabeth Borne"),
    ("fr", "Paul Garnier a rencontré Claire Morel et Léa Roux. Celles-ci ont refusé de commenter.", "Celles-ci", "pronoun", None),
    # review rvf30a: « celui-ci » after a thing of its gender named after the last name, or a
    # thing whose « de » complement the name is, takes up the thing (no chain); a circumstance
    # (« après le match ») or a person's noun between them does not stop it
    ("fr", "Le ministre Bruno Le Maire a présenté le budget. Celui-ci prévoit dix milliards d'économies.", "Celui-ci", "pronoun", None),
    ("fr", "La police a retrouvé la voiture de Léa Morel. Celle-ci était abandonnée près de la gare.", "Celle-ci", "pronoun", None),
    ("fr", "L'entraîneur a félicité Paul Martin après le match. Celui-ci a marqué deux buts.", "Celui-ci", "pronoun", "Paul Martin"),
    ("fr", "Le juge a entendu Paul Martin et Marc Durand. Celui-ci a nié les faits.", "Celui-ci", "pronoun", "Marc Durand"),
    ("fr", "Le club a recruté Kylian Mbappé. Celui-ci arrivera lundi.", "Celui-ci", "pronoun", "Kylian Mbappé"),
    ("fr", "Paul Martin a écrit à Claire Morel, mais celle-ci n'a pas répondu.", "celle-ci", "pronoun", "Claire Morel"),
    ("fr", "La ministre Rachida Dati a reçu le maire de Lyon. Celle-ci a promis une aide.", "Celle-ci", "pronoun", "Rachida Dati"),
    # the determined predicate noun of an identity copula is its subject (MEANTIME's convention);
    # not when negated, nor an undetermined or abstract predicate, nor in French
    ("en", "Siemens reported a loss. Siemens is the largest engineering group in Europe.", "the largest engineering group", "appositive", "Siemens"),
    ("en", "Siemens reported a loss. It became the largest engineering group in Europe.", "the largest engineering group", "appositive", "Siemens"),
    ("en", "Siemens reported a loss. Siemens is not the largest engineering group in Europe.", "the largest engineering group", "appositive", None),
    ("en", "Siemens reported a loss. The main reason is the strong euro.", "the strong euro", "appositive", None),
    ("fr", "Michelin a publié ses résultats. Michelin est le premier fabricant de pneus.", "le premier fabricant", "appositive", None),
    # a person's age set off by commas after the name: the name with its age; a year is no age
    ("en", "Joe Kaeser, 61, said demand was weak.", "Joe Kaeser, 61", "appositive", "Joe Kaeser"),
    ("en", "Joe Kaeser met the unions. The unions say Kaeser, aged 61, will stay.", "Kaeser, aged 61", "appositive", "Joe Kaeser"),
    ("fr", "Jean Dupont, 45 ans, a été élu maire de Lyon.", "Jean Dupont, 45 ans", "appositive", "Jean Dupont"),
    ("en", "Joe Kaeser met the unions. The unions thanked Kaeser, 2009, for the talks.", "Kaeser, 2009", "appositive", None),
    # issue 17, dev8: a speaker's name after the addressee's (« a déclaré à l'AFP X, porte-parole
    # de Y »): the description is the speaker's, and the addressee's noun is no description of him
    ("fr", "« C'est grave », a déclaré à l'AFP Marie Dubois, porte-parole de la mairie.", "porte-parole de la mairie", "appositive", "Marie Dubois"),
    ("fr", "« Nous verrons », a annoncé à l'agence Reuters Pierre Martin.", "à l'agence", "appositive", None),
    ("fr", "Le maire a rencontré Marie Dubois, porte-parole de la mairie.", "porte-parole de la mairie", "appositive", "Marie Dubois"),
    # issue 17 (a17h): a role noun with a named complement, then the name between commas (« le maire
    # de Montreuil, François Dubreuil »): the name describes the whole phrase, and the pronouns that
    # follow take it up; also when the parse made the name a conjunct of the subject
    ("fr", "Le maire de Montreuil, François Dubreuil, a défendu le budget. « Nous financerons les écoles », a-t-il dit.",
     "Le maire", "appositive", "François Dubreuil"),
    ("fr", "Le maire de Montreuil, François Dubreuil, a défendu le budget. « Nous financerons les écoles », a-t-il dit.",
     "il", "pronoun", "François Dubreuil"),
    ("fr", "Le ministre des Transports, Olivier Perrin, s'est rendu sur place mercredi. Il a annoncé un contrôle des cars.",
     "Il", "pronoun", "Olivier Perrin"),
    ("fr", "Le ministre de l'Agriculture, Étienne Marchal, a démissionné mercredi.", "Le ministre", "appositive", "Étienne Marchal"),
    # ... and a label, a ministry, a federation or a foundation named again by its kind noun
    ("fr", "Le label Urban Records a suspendu la sortie de l'album. Le label a annoncé mardi qu'il renonçait à la tournée.",
     "Le label", "nominal", "Urban Records"),
    ("fr", "Le ministère de l'Intérieur a publié un communiqué. Le ministère a annoncé une enquête.",
     "Le ministère", "nominal", "ministère de l'Intérieur"),
    ("fr", "Le capitaine, Mathieu Kerboul, a regretté ce départ. « Nous sommes tous responsables », a-t-il confié.",
     "il", "pronoun", "Mathieu Kerboul"),
    # ... not a list of names with a conjunction before a plural verb
    ("fr", "Le capitaine, Mathieu Kerboul et Paul Roux ont regretté ce départ.", "Le capitaine", "appositive", None),
    # a description in apposition before a product's name
    ("en", "The world's largest passenger aircraft, the Airbus A380, made its first flight.", "The world's largest passenger aircraft", "appositive", "the Airbus A380"),
    # a determined phrase right after a name (or its acronym in brackets) and a comma, hung by the
    # parser on the name's own head: an apposition; not the subject after a fronted clause
    (
        "en",
        "European Zorba Defence & Space NV ( EZDS ) , the parent company of European airframer Vexal , has won a contract .",
        "the parent company of European airframer Vexal", "appositive", "European Zorba Defence & Space NV",
    ),
    ("en", "Siemens also showed Vexal V500 , a new version of the train that runs on batteries .",
     "a new version of the train that runs on batteries", "appositive", "Vexal V500"),
    ("en", "After Siemens bought Alstom , the company said it would cut jobs .", "the company", "appositive", None),
    ("en", "Siemens bought Alstom , the company said on Monday .", "the company", "appositive", None),
    # a name with the words of the phrase it heads is a mention of it too (MEANTIME's extent): a
    # person's title or role before the name, an organisation's or place's possessor; not an
    # organisation's bare description, nor a product's (issue 17, c17g)
    ("en", "The case was heard by Presiding Judge Karl Brenner on Monday .", "Presiding Judge Karl Brenner", "appositive", "Karl Brenner"),
    ("en", "The jet landed at Ruritania 's Zorbaville International Airport on Monday .",
     "Ruritania 's Zorbaville International Airport", "appositive", "Zorbaville International Airport"),
    ("en", "The deal was signed by Siemens 's Mobility Systems on Monday .", "Siemens 's Mobility Systems", "appositive", "Mobility Systems"),
    ("en", "The deal was signed by Siemens's Mobility Systems on Monday .", "Siemens's Mobility Systems", "appositive", "Mobility Systems"),
    ("en", "Shares of the troubled Siemens fell on Monday .", "the troubled Siemens", "appositive", None),
    ("en", "Acme released the long awaited Zorbaphone on Monday .", "the long awaited Zorbaphone", "appositive", None),
    # a given name tells a person's gender (xx/given_names, xx/given_name_genders): "il" / "he" is
    # not the woman named before (issue 17, c17g)
    ("en", "Jane Roe met Tom Brack in Berlin on Monday . He said the talks went well .", "He", "pronoun", "Tom Brack"),
    ("fr", "Marine Garnier a rencontré Paul Brack lundi. Il a promis de nouvelles discussions.", "Il", "pronoun", "Paul Brack"),
    ("fr", "Jean-Marie Garnier a rencontré Nadine Brack lundi. Elle a promis de nouvelles discussions.", "Elle", "pronoun", "Nadine Brack"),
    # ... of international news too (issue 21): "Giorgia", "Jürgen"
    ("en", "Giorgia Bellini met Jürgen Kelber in Berlin on Monday . He said the talks went well .", "He", "pronoun", "Jürgen Kelber"),
    # ... common English ones (issue 21, n21j): "Harvey" in given_names, "Will" (a word) in given_name_genders
    ("en", "Harvey Kestrand met Mary Holloran in Boston on Monday . She said the talks went well .", "She", "pronoun", "Mary Holloran"),
    ("en", "Susan Kestrand met Will Brack in Boston on Monday . He said the talks went well .", "He", "pronoun", "Will Brack"),
    # the speaker of a quotation of several sentences looks back from where the quotation opens
    ("fr", "Paul Garnier a présenté son plan lundi. « Nous allons investir. Nous allons embaucher. Nous allons exporter."
     " Nous allons gagner », explique-t-il.", "il", "pronoun", "Paul Garnier"),
    # a place with the place it lies in after a comma is a mention of the place; not a list
    ("en", "Siemens opened a plant in Fresno , California on Monday .", "Fresno , California", "appositive", "Fresno"),
    ("en", "Siemens has plants in Paris , London and Rome .", "Paris , London", "appositive", None),
    ("en", "Siemens has plants in Paris , London , Rome and Madrid .", "Paris , London", "appositive", None),
    # a phrase spelling a product's name in other capitals (a name the recogniser missed) is the
    # product; another name, or a phrase in lower case, is not
    ("en", "Apple releases Macbook\nMay 17 , 2006\nApple today introduced the MacBook .\nThe Macbook features a widescreen display .",
     "The Macbook", "nominal", "the MacBook"),
    # (n34a: "the iPod nano" is now a name mention of the product, in its entity)
    ("en", "Apple today introduced the iPod Nano .\nThe iPod nano replaces the iPod mini .", "The iPod nano", "mention", "the iPod Nano"),
    ("en", "Apple today introduced the iPod Nano .\nThe iPod nano replaces the iPod mini .", "the iPod mini", "nominal", None),
    ("en", "Apple today introduced the iPod Nano .\nThe new ipod nano replaces the iPod mini .", "The new ipod nano", "nominal", None),
    # kinds that exclude each other (coref_noun_kinds): an entity an apposition, its name or a phrase
    # of its name and kind gives one kind is not taken up by a description of another kind; a
    # general noun ("the company") fits every kind
    ("en", "The German airline Lufthansa has ordered twenty jets from Embraer. The deal brings Lufthansa's orders with the manufacturer to 90.",
     "the manufacturer", "nominal", "Embraer"),
    ("en", "The German airline Lufthansa has ordered twenty jets from Embraer. The company said the jets would fly from Munich.",
     "The company", "nominal", "Lufthansa"),
    ("en", "Embraer has sold twenty jets to Kestrel Airways. The airline said the jets would fly from Lisbon next year.",
     "The airline", "nominal", "Kestrel Airways"),
    # rv17f: « le ministère », « la fédération » (coref_nouns since a17h) are kinds of their own: a
    # laboratory or a club the text introduced as such is not the ministry or the federation
    ("fr", "Le laboratoire Novexa a été sanctionné lundi. Le ministère a demandé une enquête.", "Le ministère", "nominal", None),
    ("fr", "Le club Paris Saint-Germain a été sanctionné lundi. La fédération a infligé une amende au club.",
     "La fédération", "nominal", None),
    ("en", "Embraer said two of the General Electric CF34 engines on the Embraer E190 would be replaced. The jet will then fly to Lisbon.",
     "The jet", "nominal", "Embraer E190"),
    ("en", "Embraer said the General Electric CF34 engines had failed on Monday. The jet will not fly to Lisbon.", "The jet", "nominal", None),
    # a mention in brackets is an aside, less salient than one outside; two outside are too close
    ("en", "Embraer showed the Embraer E195 to buyers in Paris ( Boeing showed the Boeing 737 in London ) . The jet will enter service in 2006 .",
     "The jet", "nominal", "Embraer E195"),
    ("en", "Embraer showed the Embraer E195 in Paris and Boeing showed the Boeing 737 in London . The jet will enter service in 2006 .",
     "The jet", "nominal", None),
    # a participle of a naming verb after the noun gives the thing its name; a role is no name
    ("en", "Zorba has bought a startup called Kestrel for $ 5 million . The startup makes chips .", "a startup", "appositive", "Kestrel"),
    ("en", "Zorba has bought a startup called Kestrel for $ 5 million . The startup makes chips .", "The startup", "nominal", "Kestrel"),
    ("en", "Zorba hired an executive named CEO of the year by Forbes .", "an executive", "appositive", None),
    # a place before the head says where the entity is: the description is still one, not the place's
    ("en", "The German airline Lufthansa has ordered twenty jets from Embraer. The deal brings Lufthansa's orders with the Brazil manufacturer to 90.",
     "the Brazil manufacturer", "nominal", "Embraer"),
    # a determined role phrase, a comma and a person's name the parser did not hang on the role
    # (issue 17, ninth round): the role describes the person; not the object of a fronted clause
    ("en", "Joe Kaeser has left Zorba . The former Chief Operating Officer , Jane Roe will be succeeding Kaeser as CEO .",
     "The former Chief Operating Officer", "appositive", "Jane Roe"),
    ("en", "The jet was greeted by 400 guests , including the Prime Minister of Ruritania , Mr. Karl Brenner , at the airport .",
     "the Prime Minister of Ruritania", "appositive", "Karl Brenner"),
    ("en", "After meeting the president , Jane Roe said the talks went well .", "the president", "appositive", None),
    ("en", "When the minister arrived , Jane Roe left the room .", "the minister", "appositive", None),
    # a definite role in capitals is a description of a person, like one in lower case
    ("en", "The jet was greeted by 400 guests , including the Prime Minister of Ruritania , Mr. Karl Brenner , at the airport ."
     " In his speech , the Prime Minister applauded the airline .", "the Prime Minister", "nominal", "Karl Brenner"),
    ("en", "President Karl Brenner met Jane Roe in Berlin . The President said the talks went well .", "The President", "nominal", "Karl Brenner"),
    ("en", "Karl Brenner met Jane Roe in Berlin . The Ministry said the talks went well .", "The Ministry", "nominal", None),
    # a bare "company" before a role or a definite phrase's head stands for the organisation;
    # not before another head ("company law")
    ("en", "Siemens held its conference on Monday . During the event , company CEO Joe Kaeser unveiled a new train .",
     "company", "nominal", "Siemens"),
    ("en", "Siemens said Joe Kaeser died on Monday , according to the company website .", "company", "nominal", "Siemens"),
    ("en", "Siemens reported a loss on Monday . The reform of company law was delayed .", "company", "nominal", None),
    ("en", "Siemens reported a loss on Monday . Many workers live in a company town .", "company", "nominal", None),
    # a pronoun after a quantifier's "of" stands for the members of a set, no named entity
    ("en", "Kestrel Motors said on Friday that it had received several offers for the unit , but that none of them met its conditions .",
     "them", "pronoun", None),
    ("en", "Kestrel Motors employs 3,400 people in Sweden , most of them at its factory in Umea .", "them", "pronoun", None),
    ("en", "Kestrel Motors said it had received two offers . Kestrel Motors said both of them were too low .", "them", "pronoun", None),
    # a description of an organisation does not retype a person a given name or "he" showed
    ("en", "Kestrel Motors 's chief executive , Paul Varga , said he was surprised by the decision . `` We believed we had a deal , ''"
     " he told reporters in Amsterdam . The small carmaker said it would try to revive its offer .", "The small carmaker", "nominal", "Kestrel Motors"),
    # kinds that exclude each other: a union is no carmaker
    ("en", "Fabrikam said it would close its plant . The Metalworkers Union said it would strike . The union said the carmaker had"
     " broken its promise .", "the carmaker", "nominal", "Fabrikam"),
    # a company noun takes up no entity known only as a union, a party, an agency or a club
    ("en", "About 3,650 members of the Metalworkers Union went on strike on Tuesday at five plants of Kestrel Motors . The union said"
     " the company wanted to cut wages .", "the company", "nominal", "Kestrel Motors"),
    # a name right before the noun of what it names ("the United Auto Workers union") is a mention
    # of it, in subject position when the phrase is
    ("en", "Fabrikam said it would close its plant in Delaware . The United Auto Workers union said it was disappointed . The union"
     " signed a new contract with the carmaker this month .", "The United Auto Workers union", "nominal", "United Auto Workers"),
    ("en", "Fabrikam said it would close its plant in Delaware . The United Auto Workers union said it was disappointed . The union"
     " signed a new contract with the carmaker this month .", "The union", "nominal", "United Auto Workers"),
    ("en", "Fabrikam said it would close its plant in Delaware . The United Auto Workers union said it was disappointed . The union"
     " signed a new contract with the carmaker this month .", "the carmaker", "nominal", "Fabrikam"),
    # a description that is an object, or a preposition's complement under it, is none of its
    # clause subject's (Principle C); a predicate after "as" is the subject's
    ("en", "Kestrel Motors closed a plant . The Zorba Group sued the company on Monday .", "the company", "nominal", "Kestrel Motors"),
    ("en", "Kestrel Motors emerged from bankruptcy in July after the Zorba Group took a 61 percent stake in the company .",
     "the company", "nominal", "Kestrel Motors"),
    ("en", "Kestrel Motors said on Monday it would close a plant . The Zorba Group said it would buy a stake in the company .",
     "the company", "nominal", "Kestrel Motors"),
    ("en", "Kestrel Motors recalled 3.8 million cars . Kestrel Motors overtook Zorba Cars as the world 's biggest automaker last year .",
     "biggest automaker", "nominal", "Kestrel Motors"),
    # a superlative whose possessor only says where it holds is a definite description; not
    # another possessor ("the group 's largest lender" is the group's lender)
    ("en", "Kestrel Motors said on Monday that its sales fell . The nation 's biggest automaker cut 2,000 jobs .",
     "biggest automaker", "nominal", "Kestrel Motors"),
    ("en", "Kestrel Motors said on Monday that its sales fell . The world 's largest carmaker cut 2,000 jobs .",
     "largest carmaker", "nominal", "Kestrel Motors"),
    ("en", "Kestrel Motors said on Monday that its sales fell . The group 's largest lender cut its credit .", "largest lender", "nominal", None),
    # an organisation in a person's role apposition says where the person works: an aside
    ("en", "Kestrel Motors recalled 3.8 million cars on Tuesday . Analysts said the recall could hurt sales . `` This is a big blow , ''"
     " said Jane Roe , an analyst at Zorba Research . She said the carmaker needed to act quickly .", "the carmaker", "nominal", "Kestrel Motors"),
    # a union, party, agency or club noun takes up no entity known as a business: a name with a
    # legal suffix, or one a company noun described (review rv17)
    ("en", "Zorbatel Inc said on Monday it would cut 2,000 jobs . The union said it would strike .", "The union", "nominal", None),
    ("en", "Zorbatel said on Monday it would cut jobs . The telecoms company said demand had fallen . The union said it would strike .",
     "The union", "nominal", None),
    # ... and a company noun takes up an agency the text called a firm
    ("en", "Zorba Artists Agency , the Hollywood talent firm , said it had hired a new chief . The company said it would expand in sports .",
     "The company", "nominal", "Zorba Artists Agency"),
    # ... nor does a name make a union or club of a business ("Sam's Club", "Zorba Credit Union")
    ("en", "Sam's Club , the warehouse chain owned by Walmart Inc , said on Monday it would raise its fees . The company said the"
     " increase would fund lower prices .", "The company", "nominal", "Sam's Club"),
    # the wire service credited after the dateline is none of the story's entities
    ("en", "NEW YORK (Reuters) - The company said on Monday it would close 150 stores .", "The company", "nominal", None),
    ("en", "KESTREL , England (AP) - The club said on Saturday its manager would stay .", "The club", "nominal", None),
    # a superlative whose possessor is a place's name is a definite description too (review rv17)
    ("en", "Air India has ordered 470 jets from Airbus , the airline said on Tuesday . India 's largest airline said it would take"
     " delivery of the first planes this year .", "largest airline", "nominal", "Air India"),
    # Principle C does not bar an organisation acting on its own shape ("split the company")
    ("en", "Zorbatel Corp said on Friday it would split the company into three .", "the company", "nominal", "Zorbatel Corp"),
    ("en", "Kestrel Motors said sales fell . Kestrel Motors will split the company into two units , its chief executive said .",
     "the company", "nominal", "Kestrel Motors"),
    # stock market indices (FIN): a definite index noun ("the index", "the benchmark", "the gauge",
    # "the measure", "the average", « l'indice ») with the modifiers of coref_index_modifiers takes
    # up the index named (or taken up) in its own or the previous sentence
    ("en", "The Dow Jones Industrial Average fell 210 points on Tuesday. The blue-chip index had gained 1.2 percent on Monday.",
     "The blue-chip index", "nominal", "Dow Jones Industrial Average"),
    ("en", "The S&P 500 lost 0.8 percent to 3,870.29. The benchmark index has risen 3 percent since January.", "The benchmark index", "nominal", "S&P 500"),
    ("en", "The S&P 500 lost 0.8 percent on Tuesday. The benchmark has risen 3 percent since January.", "The benchmark", "nominal", "S&P 500"),
    ("en", "The S&P 500 lost 0.8 percent on Tuesday. The broader market index was dragged down by technology stocks.",
     "The broader market index", "nominal", "S&P 500"),
    ("en", "The Nasdaq Composite Index dropped 1.7 percent. The tech-heavy index is now 5 percent below its record high.",
     "The tech-heavy index", "nominal", "Nasdaq Composite Index"),
    ("en", "The S&P 500 rose 1.5 percent on Friday. The gauge has gained 4 percent this week.", "The gauge", "nominal", "S&P 500"),
    ("en", "The Nasdaq climbed 2 percent on Friday. The measure was led by chip makers.", "The measure", "nominal", "Nasdaq"),
    ("en", "The Dow rose 300 points on Friday. The average is now 2 percent below its record.", "The average", "nominal", "Dow"),
    ("en", "The Dow rose 300 points on Friday. The 30-stock index is now 2 percent below its record.", "The 30-stock index", "nominal", "Dow"),
    ("en", "Banks dragged the S&P 500 down 1 percent on Monday. The benchmark index ended at 3,870.", "The benchmark index", "nominal", "S&P 500"),
    ("en", "The S&P 500 fell 1 percent on Monday, while shares of Zorbatel Corp rose. The index ended at 3,870.", "The index", "nominal", "S&P 500"),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi, à 5 412 points. L'indice vedette avait gagné 0,8 % lundi.", "L'indice vedette", "nominal", "CAC 40"),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. L'indice phare a touché son plus bas niveau depuis janvier.", "L'indice phare", "nominal", "CAC 40"),
    ("fr", "Le CAC 40 a perdu 1,5 % mardi. L'indice parisien a mieux résisté.", "L'indice parisien", "nominal", "CAC 40"),
    ("fr", "Le Nikkei a perdu 2 % à Tokyo. L'indice tokyoïte a été pénalisé par le yen.", "L'indice tokyoïte", "nominal", "Nikkei"),
    ("fr", "À Tokyo, l'indice Nikkei a reculé de 2 %. L'indice a été pénalisé par la hausse du yen.", "L'indice", "nominal", "Nikkei"),
    # ... and the pronouns: "it", "its", "which", « il », « qui »
    ("en", "The S&P 500 rose 1.5 percent on Friday. It has gained 4 percent this week.", "It", "pronoun", "S&P 500"),
    ("en", "The S&P 500 rose 1.5 percent on Friday, its best day in a month.", "its", "possessive", "S&P 500"),
    ("en", "The Nasdaq Composite Index, which fell 1.7 percent on Tuesday, is 5 percent below its record.", "which", "relative", "Nasdaq Composite Index"),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. Il a touché son plus bas niveau depuis trois semaines.", "Il", "pronoun", "CAC 40"),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. L'indice parisien, qui avait gagné 0,8 % lundi, a touché un plus bas.", "qui", "relative", "CAC 40"),
    # ... never another index: one its modifiers name ("the consumer price index", « l'indice des
    # prix »), one they do not fit ("tech-heavy" is the Nasdaq, « parisien » the CAC 40), nor an
    # organisation, nor an index two sentences back
    ("en", "The Dow fell 100 points on Tuesday. The consumer price index rose 0.3 percent in January.", "The consumer price index", "nominal", None),
    ("en", "The Dow fell 100 points on Tuesday. The index of leading indicators rose 0.2 percent in January.", "The index", "nominal", None),
    ("en", "The Dow rose 300 points on Friday. The volatility index fell to 18.", "The volatility index", "nominal", None),
    ("en", "The Nasdaq fell 2 percent on Tuesday. The blue-chip index had gained 1.2 percent on Monday.", "The blue-chip index", "nominal", None),
    ("en", "The Dow lost 0.8 percent on Tuesday. The broader market index was dragged down by technology stocks.", "The broader market index", "nominal", None),
    ("en", "Zorbatel Corp said on Monday it would cut 500 jobs. The index fell 2 percent.", "The index", "nominal", None),
    ("en", "Shares of Zorbatel Corp rose 4 percent on Monday. The index ended at 3,870.", "The index", "nominal", None),
    ("en", "The S&P 500 fell 1 percent on Monday. Stocks were weighed down by banks. The index ended at 3,870.", "The index", "nominal", None),
    ("en", "The S&P 500 fell 1 percent on Monday. Shares of Zorbatel Corp rose 4 percent. The stock index ended at 3,870.", "The stock index", "nominal", None),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. L'indice des prix a progressé de 0,3 % en février.", "L'indice", "nominal", None),
    ("fr", "Le Dax a perdu 1,5 % mardi. L'indice parisien a mieux résisté.", "L'indice parisien", "nominal", None),
    ("fr", "Zorbatel a annoncé lundi la suppression de 500 postes. L'indice a fini en baisse de 1 %.", "L'indice", "nominal", None),
    ("fr", "Les actions de Zorbatel ont chuté de 6 % lundi. L'indice a fini en baisse de 1 %.", "L'indice", "nominal", None),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. Les prix ont augmenté, selon l'Insee. L'indice a été tiré par l'énergie.", "L'indice", "nominal", None),
    # ... nor when another index, named or not, lies in its window: which one is a guess
    ("en", "The Dow fell 1 percent while the Nasdaq lost 2 percent. The index ended at its lowest level in a month.", "The index", "nominal", None),
    ("en", "The Dow and the Nasdaq both rose on Friday. The index gained for a third day.", "The index", "nominal", None),
    ("en", "The Dow fell 100 points on Tuesday. The consumer price index rose 0.3 percent. The index was driven by energy.", "The index", "nominal", None),
    ("fr", "Le CAC 40 et le Dax ont reculé de 1 % mardi. L'indice a ensuite rebondi.", "L'indice", "nominal", None),
    # ... and it is what moves, a subject: an object may be anything else
    ("en", "The Dow fell 100 points on Tuesday. The Senate passed the measure on Wednesday.", "the measure", "nominal", None),
    ("en", "The S&P 500 fell 1 percent on Monday. Banks dragged the index lower.", "the index", "nominal", None),
    # a noun that names other things as often ("measure", "average", "benchmark", "gauge", « baromètre »)
    # takes up an index only as the subject of a verb of an index, or of "to be" with a figure
    ("en", "The Dow fell 200 points on Tuesday. The measure was passed by the Senate on Wednesday.", "The measure", "nominal", None),
    ("en", "The Dow fell 200 points on Tuesday. The measure would raise taxes on banks.", "The measure", "nominal", None),
    ("en", "The S&P 500 fell 1 percent on Tuesday. The benchmark was set by the central bank in May.", "The benchmark", "nominal", None),
    ("en", "The Dow rose 300 points on Friday. The average is a poor guide to the economy.", "The average", "nominal", None),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. Le baromètre a été publié par l'Ifop.", "Le baromètre", "nominal", None),
    # a pronoun takes up an index only when no other index is named since the index it takes up
    ("en", "The Dow and the S&P 500 fell 1 percent on Tuesday. It was the worst day since March.", "It", "pronoun", None),
    ("fr", "Le CAC 40 et le Dax ont reculé de 1 % mardi. Il a touché son plus bas niveau depuis mars.", "Il", "pronoun", None),
    ("en", "The Dow rose 1 percent on Monday. It had lost 2 percent the week before.", "It", "pronoun", "The Dow"),
    ("en", "The Dow rose 1 percent on Monday. The Nasdaq fell 2 percent on Tuesday. It was hit by chip makers.", "It", "pronoun", "The Nasdaq"),
    ("fr", "Le CAC 40 a reculé de 1 % mardi. Il a touché son plus bas niveau depuis mars.", "Il", "pronoun", "CAC 40"),
    # a description of another type never takes up (and retypes) an index: the company of its name
    ("en", "Japan's Nikkei fell 2 percent on Tuesday. The Nikkei newspaper reported that Sony would merge two units.",
     "The Nikkei newspaper", "nominal", None),
    ("en", "The Dow fell 200 points on Monday. Shares of Dow rose 2 percent after it raised its outlook.", "it", "pronoun", "Dow"),
    # a definite phrase holding an index's name is that index, not the one whose last word is its head
    # (a mention of its own name's chain since c17m)
    ("en", "The Nasdaq Composite Index dropped 1.7 percent. The S&P 500 index lost 0.8 percent.", "The S&P 500 index", "nominal", "S&P 500"),
    # the company whose shares a subject names is as salient as a subject ("Shares of Siemens",
    # "Siemens shares", « l'action Renault »): a pronoun after them is the company's, not the index's
    ("en", "The S&P 500 fell 1 percent on Monday. Siemens shares rose 4 percent after it raised its forecast.", "it", "pronoun", "Siemens"),
    ("en", "The S&P 500 fell 1 percent on Monday. Shares of Siemens rose 4 percent after it raised its forecast.", "it", "pronoun", "Siemens"),
    ("en", "The S&P 500 fell 1 percent on Monday. Zorbatel Corp shares rose 4 percent after the company raised its forecast.",
     "the company", "nominal", "Zorbatel Corp"),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. L'action Renault a chuté de 6 % après qu'il a abaissé sa prévision.", "il", "pronoun", "Renault"),
    ("fr", "Le CAC 40 a cédé 1,2 % mardi. Les actions de Renault ont chuté de 6 % après qu'il a abaissé sa prévision.", "il", "pronoun", "Renault"),
    # a government body's name gives it the agency kind: no company or lender noun takes it up
    ("en", "The Treasury said on Monday it would give Kestrel Finance $5 billion. The auto finance company said the money would help.",
     "The auto finance company", "nominal", "Kestrel Finance"),
    ("en", "The Treasury said on Monday it would lend more money. The lender said the loans would help.", "The lender", "nominal", None),
    ("en", "The Justice Department said on Monday it would sue. The company said the suit had no merit.", "The company", "nominal", None),
    ("en", "The Department of Justice sued Kestrel Corp on Monday. The company said the suit had no merit.", "The company", "nominal", "Kestrel Corp"),
    # a possessive is none of the name its own phrase is: the name it is in apposition to, or
    # the name it heads (issue 17, rv17e)
    ("en", "Kestrel Corp cut prices on Monday. Zorba Inc, its rival, said it would follow.", "its", "possessive", "Kestrel Corp"),
    ("en", "Zorba Inc, its rival, said on Monday it would cut prices.", "its", "possessive", None),
    ("en", "Kestrel Corp said on Monday its rival Zorba Inc would cut prices.", "its", "possessive", "Kestrel Corp"),
    # the subject of a sentence whose subject is a coordination is the group: a singular pronoun
    # does not take up its first member (issue 17, rv17e)
    ("en", "Kestrel Corp and Zorba Inc signed the deal on Monday. It will create 500 jobs.", "It", "pronoun", None),
    ("en", "The Kestrel Senate and the Zorba House passed the bill. They said it would cut taxes.", "it", "pronoun", None),
    ("en", "Kestrel Corp and Zorba Inc reported sales on Monday. Kestrel Corp said it sold more cars.", "it", "pronoun", "Kestrel Corp"),
    ("en", "The Securities and Exchange Commission said on Friday it was investigating. The regulator said it would act.",
     "The regulator", "nominal", "The Securities and Exchange Commission"),
    # the source of a report that follows the clause it reports is no topic: the reported
    # clause's subject is ("..., the White House said. The automaker will ...")
    ("en", "Kestrel Motors filed for bankruptcy on Thursday after talks with its lenders collapsed, the White House said.\n\n"
     "The automaker will form an alliance with Zorba.", "The automaker", "nominal", "Kestrel Motors"),
    ("en", "Kestrel Motors will cut 2,000 jobs, the Zorba Workers union said on Monday. The carmaker said the cuts were needed.",
     "The carmaker", "nominal", "Kestrel Motors"),
    # a role in capitals is a description of the person named in that role
    ("en", "Kestrel Motors said on Monday that Alan Roe would remain chief executive. The CEO said the company would not need a bailout.",
     "The CEO", "nominal", "Alan Roe"),
    # ... but no role makes a person of an organisation, and no company noun makes an organisation
    # of a person a role described
    ("en", "Zorbatron Motors said on Monday it would cut jobs. The CEO said the cuts were needed.", "The CEO", "nominal", None),
    # ... nor a person named before another organisation became the subject: the role is that
    # organisation's (issue 17, rv17e)
    ("en", "Alan Roe runs Kestrel Motors Inc. Zorba Bank said on Monday it would cut jobs. The CEO said the cuts were needed.",
     "The CEO", "nominal", None),
    ("en", "Alan Roe, the chief executive of Kestrel Motors, met bankers on Monday. The chief executive said the talks went well.",
     "The chief executive", "nominal", "Alan Roe"),
    ("en", "Alan Roe, the chief executive of Kestrel Motors Inc, met bankers. Kestrel Motors Inc said on Monday it would cut jobs."
     " The chief executive said the cuts were needed.", "The chief executive", "nominal", "Alan Roe"),
    ("en", "Kelvex Holdings reported a loss on Tuesday. The chief executive said sales would recover.", "The chief executive", "nominal", None),
    ("en", "Zorba Motors's chief executive, Paul Roe, met with the Kestrel Workers union on Tuesday. The union's president, Ron Blix,"
     " said the talks went well. Roe said the automaker would cut 3,000 jobs.", "the automaker", "nominal", "Zorba Motors"),
    # a description's nationality takes up no entity an earlier description gave another country
    # (issue 17, c17m)
    ("en", "Kestrel Motors reached a deal on Sunday that cuts costs at the No. 3 U.S. automaker. Kestrel Motors is seeking an alliance"
     " with Zorba Automobili SpA. The Italian carmaker would take a 20 percent stake.", "The Italian carmaker", "nominal", "Zorba Automobili SpA"),
    ("en", "Zorba Automobili SpA is seeking an alliance with U.S. automaker Kestrel Motors. The Italian carmaker would take a 20 percent stake.",
     "The Italian carmaker", "nominal", "Zorba Automobili SpA"),
    # "<place>-based <noun>": the place is the organisation's seat, never the organisation
    ("en", "Kestrel Motors is seeking an alliance with Zorbacar. Zorbacar would take a stake in the Auburn Hills, Michigan-based company.",
     "Michigan-based company", "appositive", None),
    # "the government": a country that acts, or a government's name; no company, no place in a
    # locative or before shares
    ("en", "Germany said on Friday it would offer loan guarantees to Zorbacar. The government wants Zorbacar to be run separately.",
     "The government", "nominal", "Germany"),
    ("en", "U.S. stocks fell on Monday. Kestrel Motors said it needed more money. The government will invest another $30 billion.",
     "The government", "nominal", None),
    ("en", "Kestrel Motors said on Monday it needed more money. The government will invest another $30 billion in the automaker.",
     "The government", "nominal", None),
    ("en", "In China, airliners are bought by the government.", "the government", "nominal", None),
    # ... and "the company" takes up no government or agency ("the Treasury")
    ("en", "The government will invest $30 billion in Kestrel Motors. Tim Roe, the Treasury secretary, said Washington did not want to"
     " run the company.", "the company", "nominal", "Kestrel Motors"),
    # an index's name with its noun is a mention of the index, which a later description takes up
    ("en", "Stocks rose\nThe Nikkei 225 index added 1.5 percent to 9,800. The benchmark has risen 10 percent this month.",
     "The Nikkei 225 index", "nominal", "Nikkei 225"),
    ("en", "Stocks rose\nThe Nikkei 225 index added 1.5 percent to 9,800. The benchmark has risen 10 percent this month.",
     "The benchmark", "nominal", "Nikkei 225"),
    ("en", "In Europe, the FTSE 100 index in London fell 7.9 percent, its biggest fall since 1987.", "its", "possessive", "FTSE 100"),
    # "the government" with no government in its window: the one government the text named before
    ("en", "Under the plan, the United States government will own 60 percent of Kestrel Motors. The Zorba Workers union will own 17"
     " percent. The union agreed to cut wages. Kestrel Motors will close 14 plants. Jan Roe said the government did not want to"
     " run the company.", "the government", "nominal", "United States government"),
    # ... and no kind of organisation ("the union") is a government
    ("en", "Under the plan, the United States government will own 60 percent of Kestrel Motors Inc. The union will own 17 percent.",
     "The union", "nominal", None),
    # an apposition ends before the verb the parse hung on it
    ("en", "General Motors files for bankruptcy protection\nJune 1, 2009\nGeneral Motors Corporation (GM), once the world's largest"
     " automaker, filed for Chapter 11 bankruptcy protection on Monday in a Manhattan court.", "once the world's largest automaker",
     "appositive", "General Motors Corporation"),
    # a noun or kind adjective before the head that the entity's descriptions never had: the head
    # said before does not decide ("Citigroup ... The bank ... The investment bank", "the central bank")
    ("en", "Citigroup reported a loss on Tuesday. The bank said it would cut 4,200 jobs. Its shares fell 7 percent. Merrill Lynch is"
     " expected to report a similar loss. The investment bank's shares dropped 3 percent.", "The investment bank", "nominal", "Merrill Lynch"),
    ("en", "Citigroup reported a loss on Tuesday. The bank said it would cut 4,200 jobs. Merrill Lynch is expected to report a loss."
     " Analysts said the Federal Reserve would cut interest rates. The central bank has cut rates three times.", "The central bank",
     "nominal", "the Federal Reserve"),
    # a headline's capitalised description noun names no one a description could take up
    ("en", "Carmaker seeks more aid as losses mount\nKestrel Motors Corp said on Tuesday that it would ask for more loans. The largest"
     " U.S. automaker lost $6 billion in the first quarter.", "The largest U.S. automaker", "nominal", "Kestrel Motors Corp"),
    ("en", "Carmaker seeks more aid as losses mount\nKestrel Motors Corp said on Tuesday that it would ask for more loans. The largest"
     " U.S. automaker lost $6 billion in the first quarter.", "it", "pronoun", "Kestrel Motors Corp"),
    # a union's name with its acronym in brackets and its noun is a mention of the union
    ("en", "Kestrel Motors will cut 2,000 jobs. The Zorba Workers Federation (ZWF) union will own 17 percent of the company.",
     "The Zorba Workers Federation (ZWF) union", "nominal", "ZWF"),
    # a place after a fronted place that owns what follows is no place it lies in
    ("en", "In Asia, Japan's Nikkei 225 fell 4.3 percent to its lowest level in five years.", "Asia, Japan", "appositive", None),
    # a name the parser hung on the verb, with its apposition as the verb's subject, is the subject
    # ("Sony , the Japanese electronics maker , also reported": "Sony" npadvmod) (rv17m)
    ("en", "Samsung Electronics reported a record quarterly profit on Wednesday . The South Korean electronics giant said demand for"
     " memory chips had doubled . Its rival Apple said last week that iPhone sales had slowed . The American company blamed weak demand"
     " in China . Sony , the Japanese electronics maker , also reported higher sales . The Tokyo-based company said its games unit grew"
     " by 20 percent .", "The Tokyo-based company", "nominal", "Sony"),
    # a seat the entity was never given withholds the head bonus from the kind its name gives too
    # ("British Airways ... The Cologne-based carrier" is not British Airways by its name's "Airways")
    ("en", "The Unite union said its members at British Airways would strike. The airline said it would keep most flights running."
     " Lufthansa, the German airline, said its pilots had accepted a pay deal. The Cologne-based carrier said the deal would cost"
     " 500 million euros.", "The Cologne-based carrier", "nominal", "Lufthansa"),
    ("en", "Workers at Kestrel Airways will strike. The airline said it would keep most flights running. Zorba Air, the German airline,"
     " said its pilots had accepted a pay deal. The Cologne-based carrier said the deal would cost 500 million euros.",
     "The Cologne-based carrier", "nominal", "Zorba Air"),
    # words of a title-case headline the recogniser read as a name ("Derby Defeat", "Bank Of America
    # Pays Fine") are no antecedent of the body
    ("en", "Manchester United Sack Manager After Derby Defeat\nMANCHESTER, November 10\nManchester United sacked their manager on Sunday"
     " after a 3-0 defeat by Manchester City. The club said it would appoint a new coach.", "The club", "nominal",
     "Manchester United"),
    ("en", "Bank Of America Pays Fine\nNEW YORK , April 4 , 2024\nBank of America agreed to pay a $ 250 million fine on Thursday . The"
     " Charlotte, North Carolina-based bank said it had fixed the problems .", "The Charlotte, North Carolina-based bank", "nominal",
     "Bank of America"),
    ("en", "Chelsea Sack Manager After Derby Defeat\nLONDON, May 3\nChelsea sacked their manager on Sunday after a defeat by Arsenal."
     " The club said it would appoint a new coach.", "The club", "nominal", "Chelsea"),
    # a dateline's place is no participant a pronoun takes up: the club is (an organisation since
    # en/club_name_heads, n21f; NER read a person, and the row expected no antecedent)
    ("en", "Club news\nMANCHESTER, May 3\nManchester United sacked its manager on Sunday.", "its", "possessive", "Manchester United"),
    # a country before "the government" in its sentence says whose government it is: no other
    # country's, nor the one government named before
    ("en", "Japan approved a stimulus package on Friday. The government said it would help families. In South Korea, the government"
     " said it would also consider new spending.", "the government", "nominal", None),
    ("en", "Japan approved a stimulus package on Friday. The government said it would help families. In South Korea, the government"
     " said it would also consider new spending.", "The government", "nominal", "Japan"),
    ("en", "Japan's Government Approves Stimulus Package\nTOKYO, November 22\nJapan approved a stimulus package on Friday. The government"
     " said it would help families. The Bank of Japan said it would keep rates low. In South Korea, the government said it would"
     " also consider new spending.", "the government", "nominal", None),
    # the owner of a role subject is as salient as a subject: its holder speaks for it
    ("en", "India and Pakistan agreed to a ceasefire on Saturday . India said the government had acted to protect its citizens ."
     " Pakistan's foreign minister said the country wanted peace .", "the country", "nominal", "Pakistan"),
    ("en", "Kestrel Motors reported a loss on Monday . It said sales fell . Zorba Inc's chief executive said the company would cut 500 jobs .",
     "the company", "nominal", "Zorba Inc"),
    ("en", "Kestrel Motors reported a loss on Monday . It said sales fell . Zorba Inc's chief executive Jan Roe said the company would cut"
     " 500 jobs .", "the company", "nominal", "Zorba Inc"),
    # "the country" takes up only a country, "the city" or "the region" no country
    ("en", "Microsoft opened an office in Nairobi on Monday . The country has a growing tech sector .", "The country", "nominal", None),
    ("en", "Microsoft opened an office in Kenya on Monday . The country has a growing tech sector .", "The country", "nominal", "Kenya"),
    ("en", "Ministers met in Madrid on Monday . Spain said the city would host the next summit .", "the city", "nominal", "Madrid"),
    # a head every business fits ("company", coref_generic_heads) said before singles out no entity
    ("en", "Netflix added 5 million subscribers in the third quarter . The streaming giant said its new ad plan was growing fast . Disney ,"
     " which owns Hulu , reported lower numbers last month . The Burbank-based company has cut prices . Netflix said it would raise prices"
     " in Spain and Italy . The company did not say when .", "The company", "nominal", "Netflix"),
    # ... and the owner of a name's apposition is not that name ("FedEx , the company's main rival")
    ("en", "The Teamsters union reached a tentative deal with UPS on Tuesday . The union said its members would vote next month . The"
     " Atlanta-based delivery company said the deal would raise wages . FedEx , the company's main rival , said it was not affected .",
     "the company", "nominal", "UPS"),
    # a capitalised noun after "the" that ends an organisation's name is its short form ("the
    # European Commission" ... "the Commission"), when exactly one name ends in it (issue 17, co17)
    ("en", "The European Commission fined Zorbatel Inc on Wednesday . The Commission said the company had paid computer makers .",
     "The Commission", "nominal", "The European Commission"),
    # ... but "the Administration" is the government in office, no agency's short form (review rv17c)
    ("en", "The Food and Drug Administration approved the Zorbavir drug on Friday . Doctors welcomed the decision , which the"
     " Administration said was based on two trials .", "the Administration", "nominal", None),
    ("en", "The Transportation Security Administration hired 500 screeners . Critics said the Administration had cut the agency 's"
     " budget .", "the Administration", "nominal", None),
    ("en", "The European Commission and the Federal Trade Commission fined Zorbatel Inc on Monday . The Commission said the company"
     " had misled investors .", "The Commission", "nominal", None),
    ("en", "Zorbatel Inc said on Monday it would appeal the fine . The Commission said the company had misled investors .",
     "The Commission", "nominal", None),
    # head nouns of makers of one product ("the chipmaker", "the steelmaker") take up a company
    ("en", "The European Commission fined Zorbatel Inc on Wednesday . The Commission said the chipmaker had paid computer makers .",
     "the chipmaker", "nominal", "Zorbatel Inc"),
    ("en", "Harbor Steel Inc. filed for bankruptcy protection on Wednesday . The steelmaker said it had $ 2 billion in debts .",
     "The steelmaker", "nominal", "Harbor Steel Inc."),
    # the last word of a company's name before its legal suffix gives it a kind ("Kestrel Motors",
    # "Fabrikam Motor Co.": a maker; coref_name_kinds): a description of that kind takes it up
    # before a nearer subject of no kind, and one of another kind does not
    ("en", "Kestrel Motors said on Monday it would cut 2,000 jobs . Zorbatel Inc said its profit rose . The automaker said the cuts"
     " would save $ 1 billion .", "The automaker", "nominal", "Kestrel Motors"),
    ("en", "Fabrikam Motor Co. said on Monday it would cut 2,000 jobs . Zorbatel Inc said its profit rose . The carmaker said the cuts"
     " would save $ 1 billion .", "The carmaker", "nominal", "Fabrikam Motor Co."),
    ("en", "Harbor Steel Inc. filed for bankruptcy on Monday . Zorbatel Inc said its profit rose . The steelmaker said it had $ 2 billion"
     " in debts .", "The steelmaker", "nominal", "Harbor Steel Inc."),
    ("en", "Kestrel Motors said on Monday it would cut 2,000 jobs . The lender said the cuts would save $ 1 billion .", "The lender",
     "nominal", None),
    # what a description says its company makes (coref_product_words: "the automaker" a car, "a
    # software company" software) rules out an entity described as making something else
    ("en", "Tanaka Motor Corp. , the Japanese automaker , lost 7 percent on Monday . The electronics maker said it would cut jobs .",
     "The electronics maker", "nominal", None),
    ("en", "Tanaka Motor Corp. , the Japanese automaker , lost 7 percent . Shares in Sony Corp. fell 8 percent after the electronics"
     " maker said it would cut jobs .", "the electronics maker", "nominal", "Sony Corp."),
    ("en", "Zorbatel Inc , a software company , said its profit rose . The automaker said the cuts would save $ 1 billion .",
     "The automaker", "nominal", None),
    ("en", "Tanaka Motor Corp. lost 7 percent on Monday . Zorbatel Inc , a software company , said its profit rose . The carmaker cut"
     " its forecast last week .", "The carmaker", "nominal", "Tanaka Motor Corp."),
    # ... but the classes are broad: a computer maker makes phones, a carmaker trucks
    ("en", "Zorbatel Inc , the computer maker , said its profit rose . The phone maker said demand was strong .", "The phone maker",
     "nominal", "Zorbatel Inc"),
    ("en", "Kestrel Motors , the Detroit automaker , said its sales rose . The truck maker said demand was strong .", "The truck maker",
     "nominal", "Kestrel Motors"),
    # ... and a product the company buys says nothing, and a maker of parts of one may be it
    ("en", "Zorbatel Inc , the world 's largest chip buyer , said its profit rose . The phone maker said demand was strong .",
     "The phone maker", "nominal", "Zorbatel Inc"),
    ("en", "Magna International , the auto parts supplier , said it would buy Opel . The Canadian auto parts maker will take a 20"
     " percent stake .", "The Canadian auto parts maker", "nominal", "Magna International"),
    # a market's movement as a noun is no entity: no predicate of an index ("the first close")
    ("en", "The Dow Jones industrial average fell 299 points to 6,763 on Monday . It was the first close below 7,000 since 1997 .",
     "the first close", "appositive", None),
    # the object of a verb of coming into being (coref_creation_verbs) is a new thing, no entity named before
    ("en", "Deutsche Borse agreed on Tuesday to buy NYSE Euronext . The German exchange operator said the deal would create the world 's"
     " largest exchange .", "largest exchange", "nominal", None),
    ("en", "Kestrel Motors said on Monday it would buy Harbor Autos . The deal would form the world 's largest automaker .",
     "largest automaker", "nominal", None),
    ("en", "Kestrel Motors said on Monday it would cut 2,000 jobs . The union said it would fight the automaker .", "the automaker",
     "nominal", "Kestrel Motors"),
    # a role an organisation's possessor determines ("the company 's chief executive", "its chief
    # executive") is the one person an apposition gave that role at that organisation
    ("en", "Fritz Henderson , Kestrel 's chief executive , said he was pleased . The company 's chief executive said the sale would save"
     " jobs .", "The company 's chief executive", "nominal", "Fritz Henderson"),
    ("en", "Kestrel Motors said it would sell the brand . Fritz Henderson , its chief executive , said he was pleased . Kestrel 's chief"
     " executive said the sale would save jobs .", "Kestrel 's chief executive", "nominal", "Fritz Henderson"),
    ("en", "Kestrel Motors said it would sell the brand . Its chief executive , Fritz Henderson , said he was pleased . Its chief"
     " executive also said the sale would save jobs .", "Its chief executive", "nominal", "Fritz Henderson"),
    # ... never a person of another organisation, nor one no apposition gave the role
    ("en", "Fritz Henderson , Kestrel 's chief executive , said he was pleased . Fabrikam 's chief executive said the sale would hurt"
     " rivals .", "Fabrikam 's chief executive", "nominal", None),
    ("en", "Kestrel Motors said it would sell the brand . Fritz Henderson said he was pleased . The company 's chief executive said the"
     " sale would save jobs .", "The company 's chief executive", "nominal", None),
    # "the chamber" is a house of a parliament, which its name's last word says (coref_name_kinds)
    ("en", "The U.S. Senate on Thursday rejected a $ 14 billion loan plan for Kestrel Motors and Fabrikam . The chamber voted 52 to 35"
     " to end debate .", "The chamber", "nominal", "The U.S. Senate"),
    ("en", "The European Parliament approved the budget on Tuesday . The chamber voted 420 to 150 .", "The chamber", "nominal",
     "The European Parliament"),
    ("en", "Kestrel Motors said on Thursday it needed more loans . The chamber voted 52 to 35 to end debate .", "The chamber", "nominal",
     None),
    # a description of one rank (coref_rank_words) takes up no entity an earlier description of the
    # same scope gave another rank; ranks of other scopes say nothing
    ("en", "Kestrel Motors , the No. 1 U.S. automaker , said its sales fell 20 percent . Fabrikam sales fell 15 percent . The No. 2"
     " U.S. automaker said demand was weak .", "The No. 2 U.S. automaker", "nominal", "Fabrikam"),
    ("en", "Kestrel Motors , the largest U.S. automaker , said its sales fell 20 percent . Fabrikam sales fell 15 percent . The"
     " second-largest U.S. automaker said demand was weak .", "The second-largest U.S. automaker", "nominal", "Fabrikam"),
    ("en", "Kestrel Motors , the No. 1 U.S. automaker , said its sales fell 20 percent . The No. 1 U.S. automaker said demand was"
     " weak .", "The No. 1 U.S. automaker", "nominal", "Kestrel Motors"),
    ("en", "Kestrel Motors , the world 's largest automaker , said its sales fell 20 percent . The No. 2 U.S. automaker said demand"
     " was weak .", "The No. 2 U.S. automaker", "nominal", "Kestrel Motors"),
    # an object pronoun takes up no thing that is its own clause's subject (as for names)
    ("en", "Kestrel said the agreement would save it $ 1 billion a year .", "it", "pronoun", "Kestrel"),
    ("en", "Kestrel Motors reached a deal with the United Auto Workers on Thursday . The UAW said its members would vote on the deal"
     " next week . Kestrel said the agreement would save it $ 1 billion a year .", "it", "pronoun", "Kestrel Motors"),
    # "the <city> , <region>-based <noun>": one description, though the parser splits it into the
    # city and an apposition; the possessive after it is the organisation's, not the city's
    ("en", "Lakeside Bank Corp. said on Friday it would get more aid . The Charlotte , North Carolina-based bank also posted its first"
     " loss in 17 years .", "The Charlotte , North Carolina-based bank", "nominal", "Lakeside Bank Corp."),
    ("en", "Lakeside Bank Corp. said on Friday it would get more aid . The Charlotte , North Carolina-based bank also posted its first"
     " loss in 17 years .", "its", "possessive", "Lakeside Bank Corp."),
    ("en", "Kestrel Motors said the automaker was still talking to Fabrikam . The Auburn Hills , Michigan-based company has until April"
     " 30 to reach a deal .", "The Auburn Hills , Michigan-based company", "nominal", "Kestrel Motors"),
    # review rv17c: a rank an earlier description with the same head gave an entity singles it out,
    # also when one of the two names no scope ("the No. 2 U.S. automaker" ... "the No. 2 automaker")
    ("en", "Ford Motor Co. , the No. 2 U.S. automaker , said sales fell . General Motors said sales rose . The No. 2 automaker also"
     " cut its forecast .", "The No. 2 automaker", "nominal", "Ford Motor Co."),
    ("en", "Ford Motor Co. , the No. 2 U.S. automaker , said sales fell . General Motors said sales rose . The No. 2 U.S. automaker"
     " also cut its forecast .", "The No. 2 U.S. automaker", "nominal", "Ford Motor Co."),
    # ... a former holder of a role does not hold it now: "its chief executive" is not the former one
    ("en", "Kestrel Motors said it would hire 500 workers . Jan Brack , Kestrel Motors 's former chief executive , criticised the plan ."
     " The company 's chief executive said demand was strong .", "The company 's chief executive", "nominal", None),
    ("en", "Kestrel Motors said it would hire 500 workers . Jan Brack , Kestrel Motors 's former chief executive , criticised the plan ."
     " Mary Olsen , Kestrel Motors 's chief executive , said sales would rise . The company 's chief executive also said demand was"
     " strong .", "The company 's chief executive", "nominal", "Mary Olsen"),
    # ... the last word of "the House of Representatives" makes it a house of a parliament too:
    # "the chamber" is no longer the Senate named before it
    ("en", "The U.S. Senate passed the bill on Friday . The House of Representatives is expected to vote next week . The chamber has"
     " a Republican majority .", "The chamber", "nominal", "The House of Representatives"),
    # ... the recipient of a verb of giving (coref_recipient_verbs) owns the possessive of the
    # infinitive of purpose after it, never the subject, also when it names no entity
    ("en", "The Treasury has given the company until June 1 to cut its debt .", "its", "possessive", None),
    ("en", "The Treasury has given Kestrel Motors until June 1 to cut its debt .", "its", "possessive", "Kestrel Motors"),
    ("en", "Kestrel Motors sold the plant to Zorbatel to cut its debt .", "its", "possessive", "Kestrel Motors"),
    # a description's nationality takes up the entity an earlier description gave that country
    # before a nearer, more salient one it gave none (issue 17, co17d) ...
    ("en", "Kestrel Motors filed for bankruptcy on Thursday . Obama said the automaker would emerge stronger with the help of Italian"
     " carmaker Zorba Automobili SpA . He said the company had reached a deal with its lenders . The Italian automaker will take a"
     " 20 percent stake .", "The Italian automaker", "nominal", "Zorba Automobili SpA"),
    ("en", "Kestrel Motors LLC , which filed for bankruptcy last month , is expected to sell its assets to Italian carmaker Zorba"
     " Automobili SpA . The Italian automaker will take a 20 percent stake .", "The Italian automaker", "nominal", "Zorba Automobili SpA"),
    # ... but not with a rank, whose country is its scope: no longer in the market's No. 2 position's chain
    ("en", "NPD said Zorbatunes passes U.S. electronics retailer Kestrel Buy for the No. 2 U.S. music retailer in 2007 .",
     "the No. 2 U.S. music retailer", "nominal", None),
    # "The <city> , <region>-based <noun>" also when the parser reads the noun as a conjunct of the city (co17d)
    ("en", "Bank of America agreed to buy Merrill Lynch for $ 50 billion . The Charlotte , North Carolina-based bank will pay $ 29 a"
     " share .", "The Charlotte , North Carolina-based bank", "nominal", "Bank of America"),
    # a name coordinated before a description that premodifies another name is no part of it (co17d)
    ("en", "The deal will see Magna and Russian state-owned bank Sberbank take a 55 percent stake .",
     "Russian state-owned bank", "appositive", "Sberbank"),
    ("en", "The deal will see Magna and Russian state-owned bank Sberbank take a 55 percent stake .",
     "Magna and Russian state-owned bank", "appositive", None),
    # a description whose head a word makes a kind of its own ("the central bank") takes up the
    # entity one of whose names or gazetteer aliases holds its words ("U.S. central bank" for the
    # Federal Reserve, "the European Central Bank") before a more salient bank (issue 17, co17d)
    ("en", "Kestrel Bancorp said it was profitable in the first two months . The New York-based bank has received $ 45 billion from"
     " the government . Federal Reserve Chairman Ben Bernanke said the central bank would do what is needed .", "the central bank",
     "nominal", "Federal Reserve"),
    ("en", "The European Central Bank left interest rates unchanged on Thursday . Kestrel Bank AG said its profit rose 20 percent ."
     " The central bank said inflation would stay low .", "The central bank", "nominal", "The European Central Bank"),
    # a capitalised kind noun coordinated before a description is part of it, no name (rv17e)
    ("en", "Investors sold shares of Kestrel Motors on Friday . Bank and insurance group Mizuki Holdings fell 4 percent .",
     "Bank and insurance group", "appositive", "Mizuki Holdings"),
    ("en", "The agreement gives Haruna and German parts maker Volkhart AG a combined stake .", "German parts maker", "appositive",
     "Volkhart AG"),
    # two coordinated names both modify the head: the description is whole (rv17e)
    ("en", "The deal was approved by Ford and Chrysler parts maker Kestrel Parts Inc on Monday .", "Ford and Chrysler parts maker",
     "appositive", "Kestrel Parts Inc"),
    # business kinds the description nouns lacked (rv17e): "the brokerage", "the dealership" ...
    ("en", "Bank of America agreed to buy Merrill Lynch for $ 50 billion . The brokerage has lost $ 19 billion on mortgage securities .",
     "The brokerage", "nominal", "Merrill Lynch"),
    ("en", "Kestrel Bancorp agreed to buy Zorba Securities for $ 2 billion . The brokerage has 4,000 brokers .", "The brokerage",
     "nominal", "Zorba Securities"),
    # ... of a kind of their own: not the automaker that owns the dealership
    ("en", "Kestrel Motors said it would close Pelham Auto Mall in Ohio . The dealership employs 80 people .", "The dealership",
     "nominal", "Pelham Auto Mall"),
    # a name the text gives no kind takes the one its gazetteer record's names give it ("Citibank"
    # for Citigroup: a bank), before a central bank the text called "the central bank" (rv17e)
    ("en", "The Federal Reserve said the central bank would keep rates low . Citigroup said on Monday it would cut 50,000 jobs ."
     " The bank said it expected a loss .", "The bank", "nominal", "Citigroup"),
    # two organisations too close to call for "the company": the article's topic, the only one its
    # headline names and its lead names again (issue 17, c17f); with no headline, no link
    ("en", "Haruna to cut 20,000 jobs as sales slump\nFebruary 17 , 2009\n" + _HARUNA, "the company", "nominal", "Haruna Motor Co."),
    ("en", _HARUNA, "the company", "nominal", None),
    # a seat city before the noun gives the country ("the Trollhattan-based carmaker": Swedish),
    # which rules out an organisation given another one (c17f)
    ("en", "Kestrel Motors agreed on Friday to sell its Swedish unit Norrvik Automobile to a group of investors . The Trollhattan-based"
     " carmaker has been under court protection since February .", "The Trollhattan-based carmaker", "nominal", "Norrvik Automobile"),
    ("en", "Kestrel Motors sold its Swedish unit Norrvik Automobile on Friday . Norrvik Automobile said it would keep its plants open ."
     " The Detroit automaker is selling brands as it restructures .", "The Detroit automaker", "nominal", "Kestrel Motors"),
    # "the unit" takes up only the entity a description already called a unit, never the parent (c17f)
    ("en", "Kestrel Motors agreed to sell a stake in its European unit Tessaro to Volkhart AG . Kestrel Motors said the unit needed"
     " new models .", "the unit", "nominal", "Tessaro"),
    ("en", "Kestrel Motors reported a loss on Friday . Kestrel Motors said the unit needed new models .", "the unit", "nominal", None),
    # "the miner" names a company (c17f)
    ("en", "Ardent Minerals , the world 's largest mining company , dropped 9 percent . The Melbourne-based miner is trying to buy a"
     " rival .", "The Melbourne-based miner", "nominal", "Ardent Minerals"),
    # a person whose name carries a role ("Governor Jan Brack") is no organisation a description retypes (c17f)
    ("en", "The Reserve Bank of Ardonia cut rates on Tuesday . Ardonian shares rose 2 percent . Governor Jan Brack said the economy was"
     " weakening . Brack said the central bank would act again .", "the central bank", "nominal", "Reserve Bank of Ardonia"),
    # a name that ends the sentence after a description and a comma, which the parser hung on the
    # verb, is in apposition to it; a name that is a subject after the comma is not (c17f)
    ("en", "Kestrel Motors agreed on Monday to sell its truck unit to a Chinese machinery maker , Sichuan Tengwei Heavy Industrial"
     " Machinery Co.\nThe Chinese firm did not disclose the price .", "The Chinese firm", "nominal", "Sichuan Tengwei Heavy Industrial Machinery Co."),
    ("en", "Kestrel Motors agreed on Monday to sell its truck unit to a Chinese machinery maker , Sichuan Tengwei Heavy Industrial"
     " Machinery Co.\nThe Chinese firm did not disclose the price .", "a Chinese machinery maker", "appositive",
     "Sichuan Tengwei Heavy Industrial Machinery Co."),
    ("en", "The deal was signed on Monday by the carmaker , Kestrel Motors said .", "the carmaker", "appositive", None),
    # ... also the aliases of a gazetteer record with no QID ("British central bank" for the Bank of England, c17f)
    ("en", "Barclays rose 6 percent , and HSBC added 3 percent . The British bank said last week it would raise 7 billion pounds from"
     " investors . Sterling dropped 2 percent against the dollar after the Bank of England move . The central bank said it expected"
     " inflation to fall .", "The central bank", "nominal", "Bank of England"),
    # an apposition to a proper noun the recogniser left untyped, which the entity layer knows (c17f)
    ("en", "General Motors Corp. agreed on Saturday to sell a majority stake in its European unit Opel to Magna International ,"
     " officials said .", "its European unit", "appositive", "Opel"),
    # issue 17 (c17g), pronouns of car-industry and market copy:
    # the subject pronoun of an adverbial clause put before the main clause takes up the main
    # clause's subject after it (cataphora), if it agrees
    ("en", "Before it filed for bankruptcy protection on Monday , Kestrel Motors had lost $ 8 billion in four years .", "it", "pronoun", "Kestrel Motors"),
    ("en", "Three years after it was first due , Zorbatel has delivered its first train .", "it", "pronoun", "Zorbatel"),
    ("en", "Before she joined the board in 2005 , John Harlow ran a bank in Leeds .", "she", "pronoun", None),
    ("en", "Kestrel Motors said on Monday that before it filed for bankruptcy it had lost $ 8 billion .", "it", "pronoun", "Kestrel Motors"),
    # "it" as the subject of an identity copula whose predicate is an event or an abstract noun
    # stands for no entity; a predicate of coref_nouns keeps only its type
    ("en", "Kestrel Motors filed for bankruptcy on Monday . It is the largest industrial bankruptcy in U.S. history .", "It", "pronoun", None),
    ("en", "Zorbair flew its first jet to Paris on Tuesday . It was a milestone in aviation history .", "It", "pronoun", None),
    ("en", "Zorbatel unveiled its new phone on Monday . It is the first phone built of carbon .", "It", "pronoun", None),
    ("en", "Kestrel Motors reported a loss on Monday . It is the largest automaker in Ohio .", "It", "pronoun", "Kestrel Motors"),
    # the owner of a plural subject of its people (coref_member_nouns) is as salient as a subject
    # for a singular pronoun, which the people cannot be; an amount is no thing a pronoun takes up
    ("en", "General Motors said on Tuesday it would keep Opel . Opel 's workers staged protests at its plants on Wednesday .", "its", "possessive", "Opel"),
    ("en", "Members of the United Auto Workers union rejected the contract with Kestrel Motors , the union said . It said 74 percent of"
     " its members voted against the deal .", "It", "pronoun", "United Auto Workers"),
    ("en", "Members of the United Auto Workers union voted on Sunday . 74 percent of its members rejected the deal .", "its", "possessive", "United Auto Workers"),
    ("en", "The Dow lost 679 points , or 7.3 percent , to close at 8,579 , its lowest level since 2003 .", "its", "possessive", "The Dow"),
    # a speaker's "we" stands for what the possessor of the speaker's role apposition took up,
    # before the organisation the role's complement names
    ("en", "The United Auto Workers union said its members rejected the contract with Kestrel Motors . Bob King , the union 's vice"
     " president for Kestrel Motors , said he was disappointed . `` We respect the vote , '' King said .", "We", "pronoun", "United Auto Workers union"),
    ("en", "Siemens will buy a stake in Alstom , and its chief executive , Peter Loescher , will join the board . `` This is a great day"
     " for our company , '' Loescher said .", "our", "possessive", "Siemens"),
    # a possessive opening the conjunct after "<name> and" is that name's, when the two are noun
    # phrases; a possessive in the measure phrase of an index's clause is the index's, though
    # another index was named; "whose" is a relative pronoun; a noun holding the pronoun is none
    # of its antecedents
    ("en", "Kestrel Motors said it would invest 2 billion euros in Opel and its British sister brand Vauxhall .", "its", "possessive", "Opel"),
    ("en", "Kestrel Motors signed a deal with Zorbatel and its chief executive said the plant would stay open .", "its", "possessive",
     "Kestrel Motors"),
    ("en", "The Nasdaq lost 199 points , or 9.1 percent , while the S&P 500 fell 8.8 percent , its worst day since 1987 .", "its", "possessive",
     "S&P 500"),
    ("en", "Citigroup said it would buy the banking operations of Wachovia , whose shares fell 82 percent .", "whose", "relative", "Wachovia"),
    ("en", "South Korea 's Kospi index fell 10.6 percent , and trading in it was halted for 20 minutes .", "it", "pronoun", "Kospi"),
    # a person's gender from the given name after the role the mention opens with
    # (xx/given_name_genders: "Dan"); an object pronoun of an object-controlled infinitive is not
    # its controller ("asked the court to block it" is no "itself")
    ("en", "Kestrel Motors has named Mary Barra as its head of product development .\nChief executive Dan Akerson said she had the"
     " experience to lead the team .", "she", "pronoun", "Mary Barra"),
    ("en", "The sale was delayed after three pension funds asked the Supreme Court to block it .", "it", "pronoun", None),
    # review rv17f of the rules above, on invented sport, regulation and business copy:
    # the given name is read right after a role only, never inside a name ("Kristin Scott Thomas" is
    # no "Scott")
    ("en", "Kestrel Motors cut prices on Monday . Chief executive Kristin Scott Thomas said she would stay .", "she", "pronoun",
     "Kristin Scott Thomas"),
    # a fronted clause's "it" is no cataphor when the sentence before has another singular subject
    # it may take up; it is when that subject is the main clause's
    ("en", "The stadium was closed for repairs last year . Since it reopened , Eastfield United has sold out every home game .", "it",
     "pronoun", None),
    ("en", "Zorbatel unveiled a new train in Paris . Three years after it was first due , Zorbatel has delivered its first train .", "it",
     "pronoun", "Zorbatel"),
    # a period of business or sport, or a match's result, as the predicate of "It was": no entity
    ("en", "Acme Corp said sales rose 20 percent . It was the company 's best quarter since 2001 .", "It", "pronoun", None),
    ("en", "Eastfield United lost 5-0 to Blackmoor Rovers on Saturday . It was the club 's worst defeat in a decade .", "It", "pronoun", None),
    # issue 17, c27a: a business event as the predicate (coref_abstract_nouns: recall, downgrade)
    ("en", "Orvell Laboratories said on Wednesday it was recalling two batches of eye drops. It is the second recall by the drugmaker"
     " this year.", "It", "pronoun", None),
    ("en", "Moody's cut Harlow Bank's credit rating on Friday. It was the second downgrade of the lender this year.", "It", "pronoun",
     None),
    # the headline's company breaks no tie for a description the speaker says whose role names
    # another of the tied ones ("Renault chief executive ... said the company")
    ("en", "Nissan to cut 5,000 jobs\nTOKYO - Nissan Motor Co said on Monday it would cut 5,000 jobs as sales fell .\nRenault , its French"
     " partner , met with Peugeot in Paris on Tuesday . Renault chief executive Luc Morel , who has sat on the board of Nissan since"
     " 2005 , said the company would build a plant in Morocco .", "the company", "nominal", None),
    # a possessive in a reported clause is not its clause's subject's (not the Commission)
    ("en", "Kestrel Motors said on Monday that the European Commission had cleared its purchase of Zorba Cars .", "its", "possessive", None),
    # a relative pronoun after a name opening its sentence that the parser read as an adverb
    ("en", "Ford Motor Company has agreed to sell Volvo to Zhejiang Geely Holding Group .\nGeely , which is owned by Li Shufu , will keep the"
     " plants in Sweden .", "which", "relative", "Geely"),
    # issue 17 (f17e): a role phrase set off by commas before a French name (PER, not PERSON) when
    # the parser made the role an adverbial of the verb, as after a dateline's dash
    ("fr", "23 août 2012. - La présidente du Malawi, Joyce Banda, a limogé mercredi le chef de la police."
     " Le général Peter Mukhito a été remplacé par son adjoint. Dans un discours, la présidente a promis des réformes.",
     "La présidente du Malawi", "appositive", "Joyce Banda"),
    ("fr", "23 août 2012. - La présidente du Malawi, Joyce Banda, a limogé mercredi le chef de la police."
     " Le général Peter Mukhito a été remplacé par son adjoint. Dans un discours, la présidente a promis des réformes.",
     "la présidente", "nominal", "Joyce Banda"),
    # ... a French feminine role noun names a woman, not a man a given name shows, even one whose
    # mention opens with his title (« général Peter Mukhito »); a feminine noun for anyone is no role
    ("fr", "Joyce Banda a limogé mercredi le chef de la police. Le général Peter Mukhito a été remplacé par son adjoint."
     " La présidente a promis des réformes.", "La présidente", "nominal", "Joyce Banda"),
    ("fr", "Paul Durand a limogé mercredi le chef de la police. Le général Peter Mukhito a été remplacé par son adjoint."
     " La présidente a promis des réformes.", "La présidente", "nominal", None),
    # rv17g: a lower-case title that tells the gender itself (« madame », « monsieur ») is read, not
    # skipped as a role word before the given name (« Claude » and « Dominique » are both)
    ("fr", "monsieur Claude Martin a reçu madame Dominique Leroy au ministère. Elle a ensuite quitté le bâtiment.", "Elle",
     "pronoun", "Dominique Leroy"),
    # c17i: a grocer and a supermarket are retailers ("the grocer" takes up the chain)
    ("en", "British supermarket chain Fairway Foods said on Thursday it would close 60 stores. Shares in the grocer fell 6 percent.",
     "the grocer", "nominal", "Fairway Foods"),
    ("en", "Fairway Foods said on Thursday it would close 60 stores. The supermarket lost customers to discount chains.",
     "The supermarket", "nominal", "Fairway Foods"),
    # c17i: a description repeating the noun of an indefinite phrase just before takes it up, not a
    # named entity the noun never described; an apposition describes its name
    ("en", "Zorba Electronics said a supplier had made the faulty batteries. It did not name the supplier.",
     "the supplier", "nominal", None),
    ("en", "Zorba Electronics said on Friday that a rival had copied its design. The rival declined to comment.",
     "The rival", "nominal", None),
    ("en", "Zorba Electronics, a supplier of chips, said sales rose. The supplier expects more orders.",
     "The supplier", "nominal", "Zorba Electronics"),
    # ... nor a named entity its noun does describe, when the new thing came after the name (rv17i);
    # a bank named after the new one keeps it
    ("en", "Harbor Bank said on Monday that a bank in Maine had agreed to buy its branches. The bank will pay $40 million.",
     "The bank", "nominal", None),
    ("en", "A bank in Maine said on Monday that Harbor Bank had agreed to buy its branches. The bank will pay $40 million.",
     "The bank", "nominal", "Harbor Bank"),
    # ... and "them" is no singular airline when "the aircraft" (either number) stands before it
    ("en", "Zorbair Airways said the aircraft would stay on the ground until engineers had inspected them.",
     "them", "pronoun", None),
    # c17i: the subject of a clause reported by a verb of saying is less salient than the source for
    # the next sentence's subject pronoun; a reported "it" still takes up its own clause's
    ("en", "Kestrel Corp. said on Monday that Vexal Inc. had copied its design. It did not say when.",
     "It", "pronoun", "Kestrel Corp."),
    ("en", "Zorba Electronics said a supplier had made the faulty batteries. It did not name the supplier.",
     "It", "pronoun", "Zorba Electronics"),
    ("en", "Kestrel Corp. said on Monday that Vexal Inc. had copied its design. Vexal Inc. said it would appeal.",
     "it", "pronoun", "Vexal Inc."),
    # ... only for a pronoun that goes on speaking (a verb of saying, a negated verb), not one that
    # goes on with what was reported (review rv17i: too close to call)
    ("en", "Kestrel Corp. said that Vexal Inc. would cut 500 jobs. It also said it would close two plants.",
     "It", "pronoun", "Kestrel Corp."),
    ("en", "Kestrel Corp. said that Vexal Inc. would cut 500 jobs. It is closing two plants in Ohio.",
     "It", "pronoun", None),
    # ... never an airline (a kind of its own)
    ("en", "Irish airline Zorbair said on Monday it would add flights. The grocer said it would close stores.",
     "The grocer", "nominal", None),
    # an age used as a noun is a person description (issue 17, c17j)
    ("en", "Frank Delgado agreed to buy the club on Monday . The 54-year-old said he wanted to win the league .",
     "The 54-year-old", "nominal", "Frank Delgado"),
    ("en", "Prosecutors said James Whitlock hid losses . They told the jury that the 58-year-old had ordered staff to move loans .",
     "the 58-year-old", "nominal", "James Whitlock"),
    # ... but not an age no person reaches: a building's (rv17k)
    ("en", "Mayor Jane Cole visited the old mill on Monday . The 200-year-old needs a new roof , she said .",
     "The 200-year-old", "nominal", None),
    # ... and a name ending in a company's or trade's word is a business, no union
    ("en", "Norland Resources said on Monday it would cut 2,000 jobs . The union said it would strike .", "The union", "nominal", None),
    ("en", "Greyfield Partners said on Monday it would sell the chain . The union said it would strike .", "The union", "nominal", None),
    # ... not a body whose name's last words are its domain ("Department of Natural Resources"; rv17k)
    ("en", "The Department of Natural Resources said on Friday that the lake was closed . The agency said fishing was banned .",
     "The agency", "nominal", "Department of Natural Resources"),
    # a group's own thing ("their union") is the thing a later description takes up, no named entity
    ("en", "More than 3,000 workers walked off the job at the Tamaru mine on Wednesday , their union said . The mine is owned by"
     " Andes Copper Corp . The union is asking for a raise .", "The union", "nominal", None),
    # ... but the thing of a group of a named place is that place's ("Workers at X ... their company"; rv17k)
    ("en", "Workers at Tamaru Foods said on Monday that their company had cut pay . The company said the cuts were needed .",
     "The company", "nominal", "Tamaru Foods"),
    ("en", "Fans of Brentwood Rovers said their club had let them down . The club said it would appoint a new manager .",
     "The club", "nominal", "Brentwood Rovers"),
    ("en", "Workers walked out at Kestrel on Monday , their union said . The union said it wanted higher pay .",
     "The union", "nominal", None),
    # the second verb of a coordination, or an infinitive, shares the first one's subject
    ("en", "The Telecoms Standards Authority fined Vantel on Tuesday . The watchdog said Vantel had failed to warn customers quickly and"
     " had not kept its emergency lines working .", "its", "possessive", "Vantel"),
    # a plural source's possessor is what the reported clause's pronoun takes up
    ("en", "James Whitlock went on trial on Wednesday . Judge Robert Ellis told jurors the trial could last three months . Whitlock 's"
     " lawyers say he relied on advice from his accountants .", "he", "pronoun", "James Whitlock"),
    # a description that repeats the last words of a name ("the audit office"), and one whose noun
    # an apposition of one entity had ("a smaller trust ... the trust")
    ("en", "The National Audit Office said on Wednesday that the scheme had failed . In its report , the audit office said the agency"
     " paid contractors too early .", "the audit office", "nominal", "National Audit Office"),
    # ... not when a name after a preposition restricts it ("the audit office in Edinburgh"; rv17k)
    ("en", "The National Audit Office criticised the scheme last year . On Monday , Audit Scotland said the audit office in Edinburgh"
     " would review it .", "the audit office", "nominal", None),
    ("en", "Meadowbank Health agreed to merge with Corran Hospitals , a smaller trust based in Harrogate . Corran has struggled since"
     " 2021 . Its chairman said the trust could not survive alone .", "the trust", "nominal", "Corran Hospitals"),
    # ... and one whose noun names the kind a name's last word names (``coref_head_synonyms``)
    ("en", "A group of former students has sued Hollis University , saying the school charged them full fees for classes .",
     "the school", "nominal", "Hollis University"),
    # ... an academy is a school, so that a college named later does not take "the school" from it (rv17k)
    ("en", "Parents protested outside Kenton Academy on Wednesday . The head teacher said the academy could not pay for the courses ."
     " Students will move to Derby College , which said it had room . Derby City Council , which funds the school , said it would"
     " review the plan .", "the school", "nominal", "Kenton Academy"),
    # institutions of public life named by their kind (issue 17, c22a): a charity, an association,
    # a council, a utility, a ministry ...
    ("en", "The aid group Fernbrook Trust said cholera was spreading in the south . The charity , which is based in Leeds , has sent"
     " 20 doctors .", "The charity", "nominal", "Fernbrook Trust"),
    ("en", "The Norwegian Cabin Crew Association said its members would strike on Monday . The association 's leader , Erik Dahl ,"
     " said talks had failed .", "The association", "nominal", "Norwegian Cabin Crew Association"),
    ("en", "Dunmore council approves tram line\nJune 20 , 2024\nDunmore City Council on Thursday approved a tram line linking the city"
     " centre with its airport .", "Dunmore council", "nominal", "Dunmore City Council"),
    ("en", "Brightwater Power will raise its prices by 9 percent from January , the utility said on Friday .", "the utility",
     "nominal", "Brightwater Power"),
    # ... an operator is a business, which a regulator the text described is not (c22a)
    ("en", "The telecoms regulator Calvex has fined Tarnwell Networks over an outage . The regulator said Tarnwell had failed to warn"
     " users . The operator , which is owned by Dutch group Kappa Holdings , said it accepted the fine .", "The operator", "nominal",
     "Tarnwell Networks"),
    # ... a football club named with "FC" is a club ("the club"), not a place (c22a)
    ("en", "Harbour Town FC have sacked their coach after five defeats left the club in the relegation zone .", "the club", "nominal",
     "Harbour Town FC"),
    # ... and no association or other kind of body takes it up (rv22c)
    ("en", "Drought hits Tarnby farms and Tarnby FC pitch\nAugust 3 , 2024\nA drought has cut lemon harvests around Tarnby by a"
     " third , the regional farmers ' association said on Friday . The association asked the government for emergency aid .",
     "The association", "nominal", None),
    # a nationality noun names the person named before ("The Spaniard, who joined"; c22a)
    ("en", "Rovers sacked coach Luis Moreno on Monday . The Spaniard , who joined in June , won three of his 19 matches .",
     "The Spaniard", "nominal", "Luis Moreno"),
    ("en", "Anna Berg won the final in Paris . The Swede beat the world number one in straight sets .", "The Swede", "nominal",
     "Anna Berg"),
    # ... even when NER took it for a name, and not a person the text gave another nationality
    # ("the club's French coach ... The Spaniard"; rv22c)
    ("en", "Defence Minister Pierre Laval signed the deal . The Frenchman said he was confident the yard could deliver on time .",
     "The Frenchman", "nominal", "Pierre Laval"),
    ("en", "Javier Molina , who grows lemons near the city , said he had lost half his crop . The club 's French coach , Luc Bernard , said his players would"
     " train in Valencia . The Spaniard said he had never seen the river so low .", "The Spaniard", "nominal", "Javier Molina"),
    # ... of its gender ("the Dutchman" is no "she"), and not one whose name an apposition gives
    # later ("The Dutchman who founded it, Piet van Dam,"; rv22c)
    ("en", "Lead researcher Anna Jansen said she was proud of her team . Her colleague said the Dutchman would stay on until 2027 .",
     "the Dutchman", "nominal", None),
    ("en", "Norsk Energi research head Ola Berg said the plant would open in 2027 . The Dutchman who founded Voltaic , Piet van Dam ,"
     " said he would stay on .", "The Dutchman", "nominal", None),
    # issue 17, c23a: a possessive in the gerund after a verb of sanctioning or rewarding and its
    # preposition is the object's (en/coref_judgement_verbs), not the subject's
    ("en", "The regulator fined Westbury Bank 42 million pounds on Tuesday for failing to check its customers.", "its", "possessive", "Westbury Bank"),
    ("en", "The watchdog fined Kestrel Corp on Wednesday for favouring its own shopping service.", "its", "possessive", "Kestrel Corp"),
    # ... a bare role takes up no person a name gave another office ending in its noun (en/coref_distinct_offices)
    ("en", "Prime Minister Ana Costa accepted the resignation of health minister Rui Tavares. The opposition had called for the minister to go.",
     "the minister", "nominal", "Rui Tavares"),
    ("en", "Vice President Tom Ward met President Lisa Grant on Monday. The president said she was pleased.", "The president", "nominal", "Lisa Grant"),
    # ... more nouns of coref_nouns: a shipbuilder, a consortium, a medicine or a vaccine
    ("en", "Hanjin Yards won an order for 12 ships on Thursday. The shipbuilder has 40 vessels on its books.", "The shipbuilder", "nominal", "Hanjin Yards"),
    ("en", "AirTanker, an Airbus-led group, won the contract. The consortium will supply 14 jets.", "The consortium", "nominal", "AirTanker"),
    ("en", "Kestrel Therapeutics stopped a trial of its cancer drug Veltrazine on Thursday. The company will study the data before deciding"
     " what to do with the medicine.", "the medicine", "nominal", "Veltrazine"),
    ("en", "Halvor Labs said on Monday it would test its vaccine Provexa in 2,000 adults. The vaccine could be approved next year.",
     "The vaccine", "nominal", "Provexa"),
    # ... a name set off by commas after a description that the parser hung on it loosely (npadvmod)
    # is still its apposition, though a phrase of the same noun came before ("their union")
    ("en", "Workers ended a strike after their union reached a deal with Scaldis Terminals. The union, ABVV, said its members would"
     " get a raise.", "The union", "appositive", "ABVV"),
    # ... a sportsman's position takes up the one the text gave it (coref_nouns rows of type PER)
    ("en", "Team Velox suspended Belgian rider Jens Peeters on Thursday after he tested positive. His lawyer said the rider would ask"
     " for a second test.", "the rider", "nominal", "Jens Peeters"),
    ("en", "Castlebridge City have signed Brazilian striker Rafael Lima. He has signed a five-year contract. Manager Owen Hughes said"
     " the striker would play on Saturday.", "the striker", "nominal", "Rafael Lima"),
    # rv23a: ... but a bare "its" in such a gerund may as well be the judge's, when the judge is a
    # singular thing: salience decides ("banned the newspaper for insulting its ministers")
    ("en", "The government banned the Daily Courier for a month on Tuesday for insulting its ministers.", "its", "possessive", None),
    ("en", "Albion Bank suspended Brightstone Services on Tuesday for overcharging its branches for cleaning.", "its", "possessive", "Albion Bank"),
    ("en", "Greenfield Academy praised the Hollins Trust on Friday for funding its new science block.", "its", "possessive", "Greenfield Academy"),
    # ... a person an indefinite phrase of a coref_nouns person noun brought in stays that person over
    # a description's window ("A cyclist died ... the driver, Mark Tolley ... The cyclist")
    ("en", "A cyclist died on Sunday after a collision with a van in Dorchester. Police arrested the driver, Mark Tolley, 52, at the scene."
     " The cyclist has not been named.", "The cyclist", "nominal", None),
    # ... a name with the head noun as a word of its own fits before one whose word only ends in it
    ("en", "The General Confederation of Labour (CGT) signed a wage deal with the Business Federation on Thursday. The federation said"
     " the deal would raise pay.", "The federation", "nominal", "the Business Federation"),
    # ... "the network" a telecom upgrades is its network, not the telecom
    ("en", "Kestrel Telecom said on Thursday it would spend 2 billion euros to upgrade the network by 2027.", "the network", "nominal", None),
    # the whole a name is part or a member of is not that name (lead, 21st session)
    ("en", "Airbus picked three suppliers on Monday. Rolls-Royce, part of the consortium, will supply engines.", "the consortium", "nominal", None),
    ("en", "Airbus picked three suppliers on Monday. Harwell Engines, part of the consortium, will supply engines.", "the consortium", "nominal", None),
    # c24a: a noun before "group" that makes it a charity ("the campaign group", "the human rights
    # group"; coref_noun_kinds) keeps "the oil company" and its "its" off it
    ("en", "Greenpeace accused Shell of misleading investors on Thursday. The campaign group said the oil company had hidden the cost"
     " of its climate plans.", "the oil company", "nominal", "Shell"),
    ("en", "Greenpeace accused Shell of misleading investors on Thursday. The campaign group said the oil company had hidden the cost"
     " of its climate plans.", "its", "possessive", "Shell"),
    ("en", "Amnesty International criticised Velmont Mining on Tuesday. The human rights group said the mining company had ignored"
     " its workers.", "the mining company", "nominal", "Velmont Mining"),
    # ... "the judge" takes up the person the text called a judge (its title or a description), no
    # one else (coref_relational_nouns)
    ("en", "A federal judge in Texas blocked the law on Tuesday. Judge Maria Ortega said the state had failed to show any harm. The judge"
     " gave lawmakers 30 days to respond.", "The judge", "nominal", "Maria Ortega"),
    ("en", "Anna Kowal was jailed for ten years by Judge Peter Lamb on Monday. The judge said she had shown no remorse.",
     "The judge", "nominal", "Peter Lamb"),
    ("en", "Anna Kowal was jailed for ten years by Judge Peter Lamb on Monday. The judge said she had shown no remorse.",
     "she", "pronoun", "Anna Kowal"),
    ("en", "Rovers beat City 2-0 on Saturday. Referee Mark Dean sent off two players. City manager Ian Bell said the referee had made"
     " mistakes.", "the referee", "nominal", "Mark Dean"),
    # ... a foundation is a charity, no company: "the company" is the firm it gave money to
    ("en", "The Greenfield Foundation gave 2 million dollars to Kestrel Pharma on Monday. The company will use the money to test a"
     " malaria vaccine.", "The company", "nominal", "Kestrel Pharma"),
    # ... a player's position takes up the player, not the manager who speaks of him
    ("en", "Norwich United have sold striker Kofi Mensah to Valencia for 30 million pounds. Mensah, 24, scored 19 goals last season."
     " Manager Tom Ellery said the forward would be hard to replace.", "the forward", "nominal", "Kofi Mensah"),
    # ... "the court" after "the Supreme Court" is the court's mention already for the pronouns after
    # it, not a thing of its own ("Its decision": the court's, not the government's)
    ("en", "The Supreme Court ruled on Thursday that the ban was unlawful. The court said the government had failed to consult"
     " Parliament. Its decision cannot be appealed.", "Its", "possessive", "Supreme Court"),
    # ... "they" who speak are the organisation, not what it reported (an abstract noun)
    ("en", "Oxfam said on Monday that aid deliveries to the region had stopped. They warned that thousands of families faced hunger.",
     "They", "pronoun", "Oxfam"),
    # rv24c: a title right before a name the name does not hold ("Coach Emma Hart") is a role of
    # another sort than "the forward", which takes up the player; a name ending in "Rights Group"
    # is a charity's ("the human rights group" takes it up, though "Group" ends a company's name);
    # "the court" after another court's phrase ("the district court") is no short form of the name
    ("en", "Striker Marco Silva scored twice as Dunmore Athletic beat Kingsbridge 3-1 on Saturday. Coach Emma Hart said the forward"
     " had worked hard all week.", "the forward", "nominal", "Striker Marco Silva"),
    # ... a description of a player of any position ("the club's top scorer", "the team's captain")
    # leaves a position noun free to take the player up: no role of another sort
    ("en", "Kofi Mensah, the club's top scorer, signed a new contract with Norwich United on Monday. The striker said he was happy to"
     " stay.", "The striker", "nominal", "Kofi Mensah"),
    ("en", "Tom Reilly, the team's captain, was injured on Saturday. The goalkeeper will miss three weeks, the club said.",
     "The goalkeeper", "nominal", "Tom Reilly"),
    ("en", "The Amazon Rights Group said on Monday that illegal miners had entered its territory. The human rights group said the"
     " government had done nothing.", "The human rights group", "nominal", "The Amazon Rights Group"),
    ("en", "The Supreme Court heard an appeal from the district court on Monday. The court had ruled in March that the law was valid."
     " Its ruling was criticised by lawyers.", "Its", "possessive", None),
    ("en", "The Supreme Court sent the case back to a lower court on Monday. The court said it had not considered the evidence"
     " properly.", "it", "pronoun", None),
    # ... an abstract noun that was not reported ("A report ... was published. It said") is still what
    # speaks: "It" takes up no organisation
    ("en", "A report by the Kestrel Institute was published on Monday. It said that obesity rates among children had doubled since"
     " 2010.", "It", "pronoun", None),
    ("en", "The Marlow Trust published a report on Monday. The report was based on interviews with 2,000 nurses. It said that most of"
     " them planned to leave the profession.", "It", "pronoun", None),
    # a plural group's name ("Republicans", no entity of ours) is what "they" takes up, not a company
    ("en", "Kestrel asked Congress for a loan on Monday .\nSenate Republicans said they would block the loan .", "they", "pronoun", None),
    # issue 17, c25a: a possessive of what only a company has (en/coref_company_possessions: "its
    # shares", "its chief executive") stands for an organisation, never a product, a place or a thing
    ("en", "Swiss drugmaker Velora AG said on Monday that regulators had approved its new asthma inhaler. The inhaler will go on sale"
     " in June. Its chief executive, Lukas Meier, said the approval was a milestone.", "Its", "possessive", "Velora AG"),
    ("en", "Skyreach Airlines will open ten new routes in Brazil next year, the carrier said on Tuesday. Brazil is the largest aviation"
     " market in South America. Its shareholders approved the plan on Friday.", "Its", "possessive", "Skyreach Airlines"),
    ("en", "Quintic Corp unveiled a new version of its database software on Thursday. The product will be sold to banks and hospitals."
     " Its chairman, Robert Dean, said the company expected strong demand.", "Its", "possessive", "Quintic Corp"),
    ("en", "Harbor Foods launched a new frozen pizza in Canada on Monday. The pizza costs 6 dollars. Its shares rose 2 percent in"
     " Toronto.", "Its", "possessive", "Harbor Foods"),
    # ... a woman's given name that is also a word (xx/given_name_genders: "Hope", "Grace") makes
    # "he" someone else
    ("en", "Judge Hope Baxter jailed businessman Owen Price for six years on Monday. The judge said he had cheated pensioners.", "he",
     "pronoun", "Owen Price"),
    # ... "it" takes up no person noun capitalised as a headline's first word ("Governor"), which a
    # headline that ran on into the lead made a phrase of the lead's sentence
    ("en", "Governor vetoes budget bill\n\nSACRAMENTO, June 30 (AP) - California Governor Maria Lopez on Friday vetoed a $300 billion"
     " budget passed by the state legislature, saying it spent too much on prisons.\n\nHer spokesman, Tom Reyes, said she would meet"
     " legislative leaders next week.", "it", "pronoun", None),
    # ... the object of a participle that goes on from a clause ("..., accusing it of") is not the
    # clause's subject, the participle's own understood subject
    ("en", "Film studio Orbit Pictures sued streaming service Flixo on Monday, accusing it of showing 40 of its films without a"
     " licence.", "it", "pronoun", "Flixo"),
    ("en", "The European Commission fined Varex Technologies on Tuesday, accusing it of abusing its dominant position.", "it", "pronoun",
     "Varex Technologies"),
    ("en", "Kestrel Mining praised the new law on Monday, calling it a victory for miners.", "it", "pronoun", None),
    # ... but a participle of what the clause brings about ("making it", "giving it") may have
    # the subject as its object (en/coref_addressing_participles lists neither)
    ("en", "Kestrel Mining raised its copper output by 20 percent last year, making it the largest producer in Chile.", "it", "pronoun",
     "Kestrel Mining"),
    ("en", "Harbor Foods bought three rival bakeries in March, giving it a third of the bread market.", "it", "pronoun", "Harbor Foods"),
    # ... what one is thanked, praised or fined for is one's own (en/coref_judgement_verbs): the
    # possessive after the verb's preposition takes up its object, a pronoun too
    ("en", "Mark Hollis resigned as police chief on Friday. Mayor John Tory thanked him for his service.", "his", "possessive",
     "Mark Hollis"),
    ("en", "Anna Berg retired from the national team on Monday. Coach Peter Lund praised her for her leadership.", "her", "possessive",
     "Anna Berg"),
    # issue 17 (f25a): one side of a trial takes up no one an earlier description put on another
    # side (fr/coref_opposed_roles): a prosecutor is neither the defence lawyer nor the accused
    # activist
    ("fr", "Le militant, Thomas Ferrand, avait été condamné à une amende. Son avocat, Me Paul Bernier, a salué « une victoire ».\n\n"
     "Le procureur général avait demandé le rejet du pourvoi.", "Le procureur général", "nominal", None),
    ("fr", "L'infirmière, Julie Caron, a été condamnée lundi. Son avocate, Me Anne Roche, fera appel.\n\n"
     "La procureure avait requis deux ans de prison.", "La procureure", "nominal", None),
    # ... and an office takes up no one the text never described as holding it
    ("fr", "Thomas Ferrand avait été condamné à une amende. Son avocat, Me Paul Bernier, a salué « une victoire ».\n\n"
     "Le procureur général avait demandé le rejet du pourvoi.", "Le procureur général", "nominal", None),
    # review rv25c: a description headed by one kind of body ("the city council") takes up no name
    # whose last word is another kind (coref_noun_kinds "court": "the U.S. District Court")
    ("en", "Judge Amelia Cortez of the U.S. District Court said the city council's vote to close three shelters was unlawful. The council"
     " had voted 7-2 to close the shelters.", "The council", "nominal", None),
    ("en", "Judge Nora Quinn of the High Court said the county council's decision was unlawful. The council had cut funding for two"
     " schools.", "the county council", "nominal", None),
    # ... a possessive of what a company has takes up a place the gazetteer typed (a club named
    # by its town) when no organisation is near, never a product
    ("en", "Leeds sacked manager Tom Harper on Sunday after a fifth straight defeat. Its chairman, Paul Grey, said the club needed a fresh"
     " start.", "Its", "possessive", "Leeds"),
    # rv25f: a « qui » right after an adverbial set off by two commas opens the question the
    # adverbial interrupted: the place is not who attacked
    ("fr", "Un fourgon blindé a été attaqué mardi. Les enquêteurs ignorent encore, à Marseille, qui a attaqué le convoi.",
     "qui", "relative", None),
    # rv25f: ... but a name the text gives the office in an apposition after its comma, or in a
    # title before it, holds it, even when the chain records no description of it
    ("fr", "Nicolas Jacquet, procureur de la République de Lyon, a ouvert une enquête.\n\n"
     "Le procureur a précisé que deux hommes avaient été interpellés.", "Le procureur", "nominal", "Nicolas Jacquet"),
    # f27a (issue 17): the postposed speaker of a reporting incise, and a name hung on a « de »
    # complement of it, is in subject position for the next sentence's pronoun
    ("fr", "L'association Solidarité Rurale a annoncé mercredi la fermeture de ses antennes. « Nous manquons de bénévoles », a "
     "expliqué le directeur des opérations de l'association, Karim Haddad. Il a précisé que les salariés seraient reclassés.",
     "Il", "pronoun", "Karim Haddad"),
    ("fr", "La France et l'Irlande ont signé mardi un accord sur la pêche. « C'est une bonne nouvelle », a déclaré la ministre de "
     "la Mer, Hélène Garnier. Elle a ajouté que les contrôles seraient renforcés.", "Elle", "pronoun", "Hélène Garnier"),
    # f27a: a French nationality adjective after the noun (« le président français ») takes up no
    # person an earlier description gave another country (« le président sénégalais, X »); the same
    # country still takes it up (a near miss)
    ("fr", "Le président sénégalais, Moussa Diallo, a été reçu mercredi à l'Élysée par Emmanuel Macron. Les deux chefs d'État "
     "ont signé un accord. Le président français a promis de soutenir le Sénégal.", "Le président français", "nominal",
     "Emmanuel Macron"),
    ("fr", "Le président sénégalais, Moussa Diallo, a été reçu mercredi à l'Élysée par Emmanuel Macron. Les deux chefs d'État "
     "ont signé un accord. Le président sénégalais a promis de revenir en juin.", "Le président sénégalais", "nominal",
     "Moussa Diallo"),
    # review rvf27a: after a clause with a subject of its own, an incise's postposed speaker is not
    # the next pronoun's (only after a quotation is the speaker the sentence's person)
    ("fr", "Le milieu de terrain Hugo Lemaire a été transféré à Lyon, a annoncé le club. Il a signé un contrat de quatre ans.",
     "Il", "pronoun", "Hugo Lemaire"),
    ("fr", "L'attaquant Yanis Morel a été suspendu trois matches, a annoncé le club. Il manquera le derby.",
     "Il", "pronoun", "Yanis Morel"),
]


# issue 17, c27a: a description whose noun modifier an earlier description gave one of two
# organisations ("cable operator Linkway ... The cable company", "State carrier Aerolink ... the
# state carrier") takes that one up, over a subject said before it
CASES += [
    ("en", "LONDON, March 9 (Reuters) - Vexon Plc, Britain's biggest mobile operator, agreed on Monday to buy cable operator Linkway for"
     " 2.1 billion pounds, the companies said.\nVexon said the deal would give it 4 million broadband customers. Linkway's board said it"
     " would recommend the offer to shareholders. The cable company has struggled with debt since 2019.", "The cable company", "nominal",
     "Linkway"),
    ("en", "State carrier Aerolink and private rival Skyhop both raised fares this week. Skyhop said the state carrier had started it.",
     "the state carrier", "nominal", "Aerolink"),
]

# rvc27: a shared modifier is no cue when the description's head is another trade's ("the state
# company Voltra ... The state broadcaster"); an organisation named after the object of a person
# phrase ("A spokesman for the publisher, Bramble Books,") is still what "it" takes up
CASES += [
    ("en", "State broadcaster RTN and the state company Voltra signed a deal on Monday. The state broadcaster will pay 12 million euros,"
     " RTN said.", "The state broadcaster", "nominal", None),
    ("en", "A spokesman for the publisher, Bramble Books, said it would print 50,000 more copies. The novel has sold out twice.", "it",
     "pronoun", "Bramble Books"),
    ("en", "A doctor at the clinic, Mercy Hospital, said it had run out of insulin. Mercy Hospital serves 50,000 people.", "it", "pronoun",
     "Mercy Hospital"),
    ("en", "A spokesman for the festival, Lumen Fest, said it would move to a bigger site next year. The festival sold 40,000 tickets"
     " in 2025.", "it", "pronoun", "Lumen Fest"),
]


# f28a: a French pronoun that is the passive subject of a verb only a person undergoes (« arrêté »,
# ``fr/person_patient_verbs``) takes up a person, not the city or the ministry named between; a
# company can still be convicted (« condamné » is no such verb)
CASES += [
    ("fr", "Le journaliste français Paul Girard, détenu depuis février à Addis-Abeba, a été libéré samedi, a annoncé le ministère"
     " des Affaires étrangères. Il avait été arrêté par la police alors qu'il enquêtait sur la sécheresse.", "Il", "pronoun",
     "Paul Girard"),
    ("fr", "Le groupe Lactalis a fait appel lundi. Il avait été condamné en mars à une amende de deux millions d'euros.", "Il",
     "pronoun", "Lactalis"),
]

# rvf28a: « arrêter » and « enlever » also stop a race or remove a statue: their passive pronoun is
# taken for a person only with a « par » complement who arrests (``fr/arresting_agents``), not the
# organiser named before it
CASES += [
    ("fr", "Le Tour de Bretagne a été annulé, a regretté l'organisateur Marc Léon. Il a été arrêté faute de sponsors.", "Il",
     "pronoun", None),
]

@pytest.mark.parametrize(("lang", "text", "ref", "kind", "name"), CASES)
def test_references_join_the_chain_of_their_name(lang: str, text: str, ref: str, kind: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, lang), ref, kind)
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # A company's name ending in a word of its trade (en/company_tail_words) has the rest as its
        # short form, after the name or in the headline before it (issue 17, c23a)
        ("Harlow House bought Greystone Books on Wednesday. Harlow's chief executive, Nina Patel, said the deal would help the company compete.",
         "Harlow", "Harlow House"),
        ("Court rules against Brightwater\nApril 2, 2025\nA judge ruled on Tuesday that Brightwater Chemical Co. must pay $90 million to"
         " residents. Brightwater said it would appeal.", "Brightwater", "Brightwater Chemical Co."),
    ],
)
def test_a_short_form_of_a_company_word_joins_its_name(text: str, short: str, full: str) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if short in {m.text for m in e.mentions})
    assert full in {m.text for m in entity.mentions}, [m.text for m in entity.mentions]


@pytest.mark.parametrize(
    ("text", "surname", "person", "place"),
    [
        # A person's surname that is a place's name too, with an age set off after it, is the person;
        # the place said elsewhere stays a place (issue 17, c23a)
        ("Castlebridge City have signed Brazilian striker Rafael Lima. Lima, 24, scored 22 goals last season. He will fly to Lima on Monday.",
         "Lima", "Rafael Lima", True),
        ("Prosecutors charged Anna Florence with fraud. Florence, aged 41, denied the charges.", "Florence", "Anna Florence", False),
    ],
)
def test_a_surname_with_an_age_after_it_is_the_person(text: str, surname: str, person: str, place: bool) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if person in {m.text for m in e.mentions})
    first = text.index(surname, text.index(person) + len(person))
    assert any(m.start == first for m in entity.mentions), [m.text for m in entity.mentions]
    elsewhere = [e for e in analysis.entities if e is not entity and surname in {m.text for m in e.mentions}]
    assert bool(elsewhere) == place


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # One person named with and without a middle initial, and the surname alone, are one entity
        # (issue 21, n25a) ...
        ("Julia M. Hartley won the prize on Tuesday. Ms. Julia Hartley thanked her family. Hartley, 41, receives 50,000 pounds.",
         {"Julia M. Hartley", "Ms. Julia Hartley", "Hartley"}),
        ("Thomas K. Brennan was named conductor of the orchestra on Monday. Thomas Brennan, a former violinist, thanked the"
         " board. Brennan, 63, will take up the post in May.", {"Thomas K. Brennan", "Thomas Brennan", "Brennan"}),
    ],
)
def test_a_middle_initial_names_the_same_person(text: str, names: set[str]) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if any(m.text == min(names, key=len) for m in e.mentions))
    assert names <= {m.text for m in entity.mentions}, [[m.text for m in e.mentions] for e in analysis.entities]


@pytest.mark.parametrize(
    "text",
    [
        # ... but two different initials name two people.
        "George H. Walker spoke first. George W. Walker answered him. Walker then left the room.",
    ],
)
def test_two_middle_initials_name_two_people(text: str) -> None:
    analysis = _analyse(text, "en")
    holders = [e for e in analysis.entities if {"George H. Walker", "George W. Walker"} <= {m.text for m in e.mentions}]
    assert not holders


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # Two full names with and without one middle initial written in one sentence are two
        # people (review rv25a).
        ("George W. Bush met George Bush at the ranch. Bush said they talked about Iraq.", "George W. Bush", "George Bush"),
        ("Robert A. Smith, a lawyer, and Robert Smith, a plumber, were both called as witnesses. Smith told the court he"
         " saw nothing.", "Robert A. Smith", "Robert Smith"),
    ],
)
def test_one_sentence_with_and_without_an_initial_names_two_people(text: str, first: str, second: str) -> None:
    analysis = _analyse(text, "en")
    holders = [e for e in analysis.entities if {first, second} <= {m.text for m in e.mentions}]
    assert not holders, [[m.text for m in e.mentions] for e in analysis.entities]


@pytest.mark.parametrize(
    ("text", "ref", "other"),
    [
        # A description saying a whole office of en/coref_distinct_offices ("the vice president") takes
        # up no one titled the bare office ("President Samuel Adeyemi"), the converse of the rows above (rv23a)
        ("President Samuel Adeyemi was abroad on Saturday. Vice President Karen Obi visited the flooded north. The vice president"
         " promised to return.", "The vice president", "President Samuel Adeyemi"),
    ],
)
def test_a_whole_office_takes_up_no_one_of_the_bare_office(text: str, ref: str, other: str) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "nominal")
    assert entity is None or other not in {m.text for m in entity.mentions}, [m.text for m in entity.mentions]


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        # A place's name with a number set off after it in a list of names with counts is no one's age:
        # it stays the place, though a person of the text has it as surname (rv23a)
        ("Health official Carlos Lima said he feared more deaths. The ministry reported the dead by city: Lima, 14, Arequipa, 9, and Cusco, 5.",
         "Lima", "Carlos Lima"),
        ("Coach Marta Florence picked her squad. Players by club: Florence, 6, Turin, 4, and Naples, 3.", "Florence", "Marta Florence"),
        ("Police chief Tom Denver said crime fell. Murders by city: Denver, 41, Boston, 12, and Austin, 9.", "Denver", "Tom Denver"),
    ],
)
def test_a_place_in_a_list_of_counts_stays_a_place(text: str, place: str, person: str) -> None:
    analysis = _analyse(text, "en")
    first = text.index(place, text.index(person) + len(person))
    entity = next(e for e in analysis.entities if any(m.start == first for m in e.mentions))
    assert not any(m.text.endswith(person) for m in entity.mentions), [m.text for m in entity.mentions]


@pytest.mark.parametrize(
    ("text", "nth", "name"),
    [
        # a possessive or a subject pronoun in the clause a verb of saying reports is its subject's,
        # even after another source said the same (issue 17, c17j)
        ("Kestrel Motors and Zorbatel Inc reported sales on Monday. Kestrel Motors said its sales rose 5 percent, while Zorbatel Inc"
         " said its sales fell 2 percent.", 1, "Zorbatel Inc"),
        ("Kestrel Motors and Zorbatel Inc reported sales on Monday. Kestrel Motors said its sales rose 5 percent, while Zorbatel Inc"
         " said its sales fell 2 percent.", 0, "Kestrel Motors"),
        # a possessive in what a clause acts on is that clause's subject's (issue 17, c17g)
        ("Kestrel Motors said its sales rose 25 percent in February , as buyers turned to its cars after Zorbatel recalled millions"
         " of its vehicles .", 2, "Zorbatel"),
        ("Kestrel Motors said its sales rose 25 percent in February , as buyers turned to its cars after Zorbatel recalled millions"
         " of its vehicles .", 1, "Kestrel Motors"),
        ("Kestrel Motors said it was hiring lawyers , while Zorbatel said it would close all of its plants for a month .", 0, "Zorbatel"),
    ],
)
def test_a_source_speaks_of_itself(text: str, nth: int, name: str) -> None:
    analysis = _analyse(text, "en")
    start = [i for i in range(len(text)) if text.startswith(" its ", i)][nth] + 1
    owners = [e for e in analysis.entities for r in e.references if r.start == start]
    assert [e.label for e in owners] == [name] or [m.text for e in owners for m in e.mentions][:1] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", "Mary Smith met Acme Corp on Monday. The company said talks went well.", "Mary Smith"),
        ("fr", "Marie Dupont et la société Kalistar ont signé l'accord. L'entreprise a salué un succès.", "Marie Dupont"),
    ],
)
def test_a_description_does_not_retype_a_person_when_a_name_of_its_type_is_near(lang: str, text: str, person: str) -> None:
    analysis = _analyse(text, lang)
    (entity,) = [e for e in analysis.entities if e.label == person]
    assert entity.type == "PER"
    assert not [r.text for r in entity.references if r.kind == "nominal"]


def test_a_he_is_not_a_woman_named_with_her_title() -> None:
    analysis = _analyse("Mme Durand a rencontré M. Martin. Il a promis une réponse.", "fr")
    entity = _chain_of(analysis, "Il", "pronoun")
    assert entity is not None and "Martin" in entity.label


def test_evidence_is_kept_and_the_chain_is_in_text_order() -> None:
    analysis = _analyse("Siemens reported a loss on Tuesday. It said demand had collapsed.", "en")
    entity = _chain_of(analysis, "It", "pronoun")
    assert entity is not None
    ref = entity.references[0]
    assert "Siemens" in ref.evidence and ref.antecedent.text == "Siemens"
    chain = mention_kinds(entity)
    assert [c[3] for c in chain][:2] == ["name", "pronoun"] and chain == sorted(chain)


def _mention(a: int, b: int, text: str, label: str = "PER") -> EntityMention:
    return EntityMention(a, b, text, label, "test", "en")  # type: ignore[arg-type]


def test_a_description_of_another_type_retypes_a_name_the_model_typed_alone() -> None:
    text = "Acme won. The company grew."
    acme = Entity("per-acme", "Acme", "PER", (_mention(0, 4, "Acme"),))
    company = Anaphor(10, 21, "The company", "nominal", "en", "-", "sg", frozenset({"ORG"}), True, noun_type="ORG")
    cues = CorefCues((company,), (0, 14))
    sentences = [Span(0, 9, "Acme won."), Span(10, 27, "The company grew.")]
    (entity,) = resolve_references(text, [acme], [cues], sentences)
    assert entity.type == "ORG" and entity.references[0].text == "The company"
    assert any("type vote" in why for why in entity.merge_evidence)


@pytest.mark.parametrize(
    ("description", "taken_up_by"),
    [
        # "a research firm" ... "The firm": the entity the same head noun described wins over a
        # subject named more often (issue 17, MEANTIME dev: "NPD Group, a market research firm")
        ("The firm", "org-acme"),
        # the other sense: a head no description gave goes by salience
        ("The group", "org-beta"),
    ],
)
def test_a_head_noun_said_before_outweighs_a_subject(description: str, taken_up_by: str) -> None:
    first, second = "Beta won. ", "Beta passed Acme, a research firm. "
    text = first + second + description + " grew."
    b1, b2 = 0, len(first)
    acme_at = text.index("Acme")
    firm_at = text.index("a research firm")
    beta = Entity("org-beta", "Beta", "ORG", (_mention(b1, b1 + 4, "Beta", "ORG"), _mention(b2, b2 + 4, "Beta", "ORG")))
    acme = Entity("org-acme", "Acme", "ORG", (_mention(acme_at, acme_at + 4, "Acme", "ORG"),))
    apposition = Anaphor(
        firm_at, firm_at + 15, "a research firm", "appositive", "en", "-", "-", frozenset({"PER", "ORG", "LOC", "PRO"}), False,
        antecedent=(acme_at, acme_at + 4), head=(firm_at + 11, firm_at + 15),
    )
    d = text.index(description)
    nominal = Anaphor(
        d, d + len(description), description, "nominal", "en", "-", "sg", frozenset({"ORG"}), True, noun_type="ORG",
        noun=(d + 4, d + len(description)),
    )
    cues = CorefCues((apposition, nominal), (b1, b2, d))
    sentences = [Span(0, len(first) - 1, first), Span(b2, d - 1, second), Span(d, len(text), text[d:])]
    out = resolve_references(text, [beta, acme], [cues], sentences)
    holder = [e.key for e in out if any(r.text == description for r in e.references)]
    assert holder == [taken_up_by]


def test_two_close_candidates_leave_the_pronoun_out() -> None:
    text = "Acme and Beta met. It won."
    acme = Entity("org-acme", "Acme", "ORG", (_mention(0, 4, "Acme", "ORG"),))
    beta = Entity("org-beta", "Beta", "ORG", (_mention(9, 13, "Beta", "ORG"),))
    it = Anaphor(19, 21, "It", "pronoun", "en", "-", "sg", frozenset({"ORG", "LOC"}), True)
    cues = CorefCues((it,), (0, 9, 19))
    out = resolve_references(text, [acme, beta], [cues], [Span(0, 18, "Acme and Beta met."), Span(19, 26, "It won.")])
    assert all(not e.references for e in out)


def test_roles_filled_by_a_reference_say_coreference() -> None:
    text = "Acme won. It sold Beta."
    acme = Entity("org-acme", "Acme", "ORG", (_mention(0, 4, "Acme", "ORG"),))
    it = Anaphor(10, 12, "It", "pronoun", "en", "-", "sg", frozenset({"ORG"}), True)
    (entity,) = resolve_references(text, [acme], [CorefCues((it,), (0, 10))], [Span(0, 9, "Acme won."), Span(10, 23, "It sold Beta.")])
    event = EventMention(Span(13, 17, "sold"), "Sale", "sell", Span(10, 23, "It sold Beta."), agent=Span(10, 12, "It"), agent_via="direct")
    (done,) = coreference_via([event], [entity])
    assert done.agent_via == "coreference"


def test_one_endless_sentence_costs_about_linear_time() -> None:
    """A reference weighs at most the nearest MAX_CANDIDATES markables of its window."""
    import time

    def seconds(n: int) -> float:
        text, entities, anaphors = "", [], []
        for i in range(n):
            name = f"Acme{i}"
            entities.append(Entity(f"org-{i}", name, "ORG", (_mention(len(text), len(text) + len(name), name, "ORG"),)))
            text += name + " and "
            anaphors.append(Anaphor(len(text), len(text) + 3, "its", "possessive", "en", "-", "sg", frozenset({"ORG"}), False))
            text += "its "
        started = time.process_time()
        resolve_references(text, entities, [CorefCues(tuple(anaphors), ())], [Span(0, len(text), text)])
        return time.process_time() - started

    # Best of three, so that a pause of a loaded machine is not read as growth.
    small, large = min(seconds(500) for _ in range(3)), min(seconds(4000) for _ in range(3))
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times


def test_role_phrases_and_short_forms_cost_about_linear_time() -> None:
    """A possessed role phrase and a short form look their holders and names up in an index, not
    by reading every apposition and mention before them (review rv17c: was quadratic)."""
    import time

    def seconds(n: int) -> float:
        text, entities, anaphors = "", [Entity("org-0", "European Commission", "ORG", ())], []
        mentions: list[EntityMention] = []
        for i in range(n):
            mentions.append(_mention(len(text), len(text) + 19, "European Commission", "ORG"))
            text += "European Commission said . "
            a = len(text)
            anaphors.append(Anaphor(a, a + 14, "The Commission", "nominal", "en", "-", "sg", frozenset({"ORG"}), True, noun_type="ORG",
                                    noun=(a + 4, a + 14), short_form=True))
            text += "The Commission said . "
            a = len(text)
            anaphors.append(Anaphor(a, a + 19, "Its chief executive", "nominal", "en", "-", "sg", frozenset({"PER"}), True,
                                    noun_type="PER", noun=(a + 10, a + 19), head=(a + 10, a + 19), role_owner=(a, a + 3)))
            text += "Its chief executive said . "
        entities[0] = replace(entities[0], mentions=tuple(mentions))
        started = time.process_time()
        resolve_references(text, entities, [CorefCues(tuple(anaphors), ())], [Span(0, len(text), text)])
        return time.process_time() - started

    small, large = min(seconds(300) for _ in range(3)), min(seconds(2400) for _ in range(3))
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times


def test_first_persons_of_one_speaker_cost_about_linear_time() -> None:
    """The organisations of a speaker's roles are read once a speaker, not again for every "we" of
    every quotation (review rv17f: each read all memberships against all the person's mentions)."""
    import time

    from kg.types import Membership, Quote

    def seconds(n: int) -> float:
        text, people, orgs, anaphors, quotes, memberships = "", [], [], [], [], []
        for _ in range(n):
            p = len(text)
            text += "Jane Roe , chief executive of "
            o = len(text)
            text += "Acme , said : `` "
            w = len(text)
            text += "We will grow . '' "
            people.append(_mention(p, p + 8, "Jane Roe"))
            orgs.append(_mention(o, o + 4, "Acme", "ORG"))
            speaker = Span(p, p + 8, "Jane Roe")
            quotes.append(Quote(Span(w, w + 14, "We will grow ."), speaker=speaker))
            memberships.append(Membership(speaker, Span(o, o + 4, "Acme"), "ChiefExecutive", Span(p, o + 4, text[p : o + 4])))
            anaphors.append(Anaphor(w, w + 2, "We", "pronoun", "en", "-", "pl", frozenset({"ORG"}), True, first_person=True))
        entities = [Entity("per-0", "Jane Roe", "PER", tuple(people)), Entity("org-0", "Acme", "ORG", tuple(orgs))]
        started = time.process_time()
        out = resolve_references(text, entities, [CorefCues(tuple(anaphors), ())], [Span(0, len(text), text)], quotes, memberships)
        assert len(out[1].references) == n  # every "we" is Acme
        return time.process_time() - started

    small, large = min(seconds(100) for _ in range(3)), min(seconds(400) for _ in range(3))
    assert large < 10 * max(small, 0.01), (small, large)  # 4 times the input; was about 30 times


def test_plural_names_are_read_from_the_lexicon() -> None:
    from kg.extract.coref import _plural

    def entity(name: str, label: str = "LOC") -> Entity:
        return Entity("x", name, label, (_mention(0, len(name), name, label),))  # type: ignore[arg-type]

    assert _plural(entity("the Netherlands")) and _plural(entity("les Pays-Bas"))
    assert not _plural(entity("Lesotho")) and not _plural(entity("the Nether Wallop"))


@pytest.mark.parametrize(
    ("text", "retyped"),
    [
        # A name of the description's type further back than the mistyped name does not block it.
        ("Zed met Acme. Bob won. The company grew.", True),
        # One as near does: the description takes it up, and the person stays a person.
        ("Zed slept. Bob met Acme. The company grew.", False),
    ],
)
def test_a_name_of_the_right_type_as_near_blocks_retyping(text: str, retyped: bool) -> None:
    acme_at, bob_at, ref_at = text.index("Acme"), text.index("Bob"), text.index("The company")
    acme = Entity("org-acme", "Acme", "ORG", (_mention(acme_at, acme_at + 4, "Acme", "ORG"),))
    bob = Entity("per-bob", "Bob", "PER", (_mention(bob_at, bob_at + 3, "Bob"),))
    company = Anaphor(ref_at, ref_at + 11, "The company", "nominal", "en", "-", "sg", frozenset({"ORG"}), True, noun_type="ORG")
    ends = [i + 1 for i, c in enumerate(text) if c == "."]
    starts = [0] + [e + 1 for e in ends[:-1]]
    sentences = [Span(a, b, text[a:b]) for a, b in zip(starts, ends)]
    cues = CorefCues((company,), (0, bob_at, ref_at))
    out = {e.key: e for e in resolve_references(text, [acme, bob], [cues], sentences)}
    assert (out["per-bob"].type == "ORG") is retyped
    assert bool(out["per-bob"].references) is retyped


@pytest.mark.parametrize(
    ("noun", "names", "fits"),
    [
        # the head noun ends a word of a name ("the phone" for "Zorbaphone 4", "the store")
        ("phone", ("Zorbaphone 4",), True),
        ("store", ("Zorba Music Store",), True),
        # another word, or a head too short to tell
        ("phone", ("Zorbix 4",), False),
        ("app", ("Zorbapp",), False),
    ],
)
def test_a_head_noun_that_ends_a_word_of_a_name_fits_it(noun: str, names: tuple[str, ...], fits: bool) -> None:
    from kg.extract.coref import _head_fits
    from kg.types import EntityMention

    entity = Entity("pro-x", names[0], "PRO", tuple(EntityMention(0, len(n), n, "PRO", "test", "en") for n in names))
    assert _head_fits("", noun, 0, {}, [entity]) is fits


def test_a_pronoun_of_the_narrative_takes_up_no_name_from_inside_a_quotation() -> None:
    text = ("« Le président Obama a promis le changement », a déclaré Mitt Romney dans le Wisconsin. Il a estimé que"
            " l'économie est au point mort.")
    entity = _chain_of(_analyse(text, "fr"), "Il", "pronoun")
    assert entity is None or "Obama" not in entity.label
@pytest.mark.parametrize(
    ("word", "lang", "kind"),
    [
        ("carrier", "en", "airline"),
        ("engines", "en", "engine"),
        ("Airways", "en", "airline"),
        ("avions", "fr", "plane"),
        # general nouns fit every kind: no kind of their own
        ("company", "en", None),
        ("société", "fr", None),
        # "computer" is general too: "the Zorbapad tablet computer" ... "the tablet"
        ("computer", "en", None),
        ("tablet", "en", "computer"),
        ("laptop", "en", "computer"),
    ],
)
def test_kinds_of_nouns_are_read_from_the_lexicon(word: str, lang: str, kind: str | None) -> None:
    from kg.extract.coref import _kind_of

    assert _kind_of(word, lang) == kind


@pytest.mark.parametrize(
    ("name", "etype", "kinds"),
    [
        # an organisation's name ending in a word of a kind of organisation
        ("Kestrel Airways", "ORG", {"airline"}),
        ("Zorba Bank", "ORG", {"bank"}),
        # a union's name ends in its members; a government body's in its kind (issue 17, c17j)
        ("United Kestrel Workers", "ORG", {"union"}),
        ("Kestrel Justice Department", "ORG", {"agency"}),
        ("The Treasury", "ORG", {"agency"}),
        # a name whose head a complement follows: the word before "of" (issue 17, rv17e)
        ("Department of Kestrel Justice", "ORG", {"agency"}),
        ("Ministry of Zorba Affairs", "ORG", {"agency"}),
        ("Bank of Kestrel", "ORG", {"bank"}),
        ("Zorba Bank of Kestrel", "ORG", {"bank"}),
        # ... the last word when the head is of no kind ("International Brotherhood of Teamsters")
        ("Kestrel Brotherhood of Teamsters", "ORG", {"union"}),
        ("Kestrel School of Banking", "ORG", set()),
        # a name the parse read with its lower-case noun of a union, party, agency or club (c17j)
        ("The Kestrel union", "ORG", {"union"}),
        ("the Zorba party", "ORG", {"party"}),
        ("Kestrel Motors plant", "ORG", set()),
        # a product's word ends an organisation's name: no kind ("Boeing Commercial Airplanes")
        ("Zorba Commercial Airplanes", "ORG", set()),
        ("Zorba", "ORG", set()),
        # a name of no kind takes the kind its gazetteer record's names give it (rv17e):
        # Citigroup's "Citibank"; the Federal Reserve's alias "US central bank" is no name
        ("Citigroup", "ORG", {"bank"}),
        ("Federal Reserve", "ORG", set()),
        ("Merrill Lynch", "ORG", set()),
    ],
)
def test_an_organisation_name_gives_its_kind(name: str, etype: str, kinds: set[str]) -> None:
    from kg.extract.coref import _entity_kinds

    entity = Entity("x", name, etype, (EntityMention(0, len(name), name, etype, "test", "en"),))  # type: ignore[arg-type]
    assert _entity_kinds(name, [entity], []) == [kinds]


@pytest.mark.parametrize(
    ("kind", "known", "described", "other"),
    [
        ("maker", {"airline"}, set(), True),
        ("airline", {"airline"}, set(), False),
        # an earlier description gives the kind too ("a regional carrier" ... "the airline")
        ("airline", set(), {"carrier"}, False),
        ("maker", set(), {"carrier"}, True),
        # nothing known: any kind may take it up
        ("maker", set(), set(), False),
        ("maker", set(), {"company"}, False),
    ],
)
def test_a_description_of_another_kind_stays_out(kind: str, known: set[str], described: set[str], other: bool) -> None:
    from kg.extract.coref import _other_kind

    assert _other_kind(kind, 0, [known], {0: described}, "en") is other


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("Zorba ( the Z9 maker ) said", "Z9", True),
        ("Zorba ( ZB ) said that the Z9", "Z9", False),
        ("Zorba ( the Z9\nmaker", "maker", False),
        ("Zorba said that the Z9", "Z9", False),
    ],
)
def test_a_mention_in_brackets_is_an_aside(text: str, word: str, inside: bool) -> None:
    from kg.extract.coref import _in_brackets

    assert _in_brackets(text, text.index(word)) is inside


_SPAN_FIELDS = ("antecedent", "blocked", "governor", "head", "noun")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Acme sued it last week. It acquired Beta Corp. because its rival had said it would."),
        ("en", "Siemens said the regulator had fined it before it was due to lower its prices."),
        ("fr", "Dassault l'a poursuivi. Il a racheté Safran, dont il a pris le contrôle avant qu'elle ne parte."),
    ],
)
def test_the_cues_of_a_piece_are_in_document_coordinates(lang: str, text: str) -> None:
    """A piece read at ``offset`` (a language segment or a window of a long document) gives every
    span of its anaphors shifted by the offset, the clause spans a pronoun may not take up included."""
    from kg.extract.coref import anaphors_from_doc
    from kg.nlp.models import load_model

    doc = load_model(lang)(text)
    base, moved = anaphors_from_doc(doc, lang=lang), anaphors_from_doc(doc, lang=lang, offset=1000)
    assert len(base.anaphors) == len(moved.anaphors) > 0
    assert any(a.blocked is not None for a in base.anaphors)
    for a, b in zip(base.anaphors, moved.anaphors, strict=True):
        assert (b.start, b.end) == (a.start + 1000, a.end + 1000)
        for field in _SPAN_FIELDS:
            span, shifted = getattr(a, field), getattr(b, field)
            assert shifted == (None if span is None else (span[0] + 1000, span[1] + 1000)), (a.text, field)


def test_a_seat_the_entity_was_never_given_does_not_let_its_head_decide() -> None:
    """"The Detroit-based company": "based" is new to an entity only called "the company" before,
    so the head said before gives it no bonus over the automaker of the previous sentence, the
    subject of the verb the parser hung on it ("Chrysler , the ... automaker , filed"; issue 17, c17m)."""
    text = (
        "General Motors files for bankruptcy protection\nJune 1, 2009\nGeneral Motors said the company would close 14 plants."
        " The company will keep four brands. Shares of GM fell 35% to 75 cents. Chrysler, the third-largest U.S. automaker,"
        " filed for bankruptcy in April. The Detroit-based company is expected to emerge from bankruptcy this week."
    )
    entity = _chain_of(_analyse(text, "en"), "The Detroit-based company", "nominal")
    assert entity is not None and "Chrysler" in {m.text for m in entity.mentions}


# issue 17 (f17g): a reference linked to a possessive determiner of its chain (« Paul Verdier a annoncé
# sa démission. « … », a déclaré le ministre ») is linked to what the determiner was linked to; a
# reference linked to a name, or to another kind of reference, keeps its antecedent.
_VERDIER = "Paul Verdier a annoncé sa démission. « Je pars », a déclaré le ministre, qui a remercié son équipe."


def _ref(part: str, kind: str, antecedent: str):
    from kg.types import Reference

    start, a = _VERDIER.index(part), _VERDIER.index(antecedent)
    return Reference(start, start + len(part), part, kind, "fr", Span(a, a + len(antecedent), antecedent), "test")


@pytest.mark.parametrize(
    ("reference", "antecedent"),
    [
        (_ref("le ministre", "nominal", "sa"), "Paul Verdier"),
        (_ref("Je", "pronoun", "sa"), "Paul Verdier"),
        (_ref("le ministre", "nominal", "Paul Verdier"), "Paul Verdier"),
        (_ref("qui", "relative", "le ministre"), "le ministre"),
    ],
    ids=["nominal-to-possessive", "pronoun-to-possessive", "nominal-to-name", "relative-to-nominal"],
)
def test_a_reference_is_never_linked_to_a_possessive(reference, antecedent):
    from kg.extract.coref import _past_possessives

    references = [_ref("sa", "possessive", "Paul Verdier"), reference]
    (_, out) = _past_possessives(references)
    assert out.antecedent.text == antecedent


# rv18h: the bisections that made the long-document steps linear (issue 18, goal 3) at their
# boundaries: spans that touch, nest or end together, and empty lists.
@pytest.mark.parametrize(
    ("mentions", "span", "expected"),
    [
        ([], (5, 9), False),
        ([(0, 5)], (5, 9), False),  # ends where the span starts
        ([(9, 12)], (5, 9), False),  # starts where the span ends
        ([(0, 6)], (5, 9), True),
        ([(8, 12)], (5, 9), True),
        ([(6, 7)], (5, 9), True),  # inside
        ([(0, 20)], (5, 9), True),  # around
        ([(0, 20), (1, 2), (3, 4)], (5, 9), True),  # an earlier long one reaches past later short ones
        ([(1, 2), (3, 5), (9, 9)], (5, 9), False),
        ([(7, 7)], (5, 9), True),  # an empty mention strictly inside overlaps, as the scan said
    ],
)
def test_a_speakers_mentions_overlap_by_bisection(mentions, span, expected):
    from kg.extract.coref import _overlap_test

    person = [EntityMention(a, b, "x" * (b - a), "PER", "test", "en") for a, b in mentions]
    assert _overlap_test(person)(Span(span[0], span[1], "")) is expected
    assert expected is any(a < span[1] and span[0] < b for a, b in mentions)  # the scan it replaced


@pytest.mark.parametrize(
    ("quotes", "pronoun", "speaker"),
    [
        ([(10, 20)], (18, 20), 100),  # ends where the quotation ends
        ([(10, 20)], (10, 12), 100),  # starts where it starts
        ([(10, 20)], (19, 21), None),  # runs past its end
        ([(10, 20)], (20, 22), None),  # starts at its end
        ([(10, 20)], (8, 11), None),  # starts before it
        ([(0, 50), (10, 20)], (12, 14), 100),  # nested: the first in the list's order holds it
        ([(10, 20), (0, 50)], (12, 14), 100),
        ([(0, 9), (9, 20)], (9, 11), 102),  # touching quotations: the one it starts in
        ([(0, 9), (9, 20)], (7, 9), 100),
        ([(0, 500), (600, 610)], (605, 607), 102),  # a long quotation earlier does not hide a later one
        ([(0, 500), (600, 610)], (490, 500), 100),
    ],
)
def test_the_quotation_holding_a_first_person_pronoun(quotes, pronoun, speaker):
    from kg.extract.coref import _speakers
    from kg.types import Quote

    # each quotation's speaker is its own person (speaker spans at 100, 102, ...)
    said = [Quote(Span(a, b, ""), Span(100 + 2 * k, 101 + 2 * k, "")) for k, (a, b) in enumerate(quotes)]
    people = [Entity(f"p{k}", f"P{k}", "PER", (EntityMention(100 + 2 * k, 101 + 2 * k, "P", "PER", "test", "en"),)) for k in range(len(quotes))]
    first = Anaphor(pronoun[0], pronoun[1], "I", "pronoun", "en", "-", "sg", frozenset({"PER"}), True)

    def entity_at(span: tuple[int, int]) -> tuple[int, int, int] | None:
        return (span[0], span[1], (span[0] - 100) // 2) if span[0] >= 100 else None

    out = _speakers([first], said, [], entity_at, people)
    assert (out[0][1][1].start if out else None) == speaker


@pytest.mark.parametrize(
    ("head", "person"),
    [("forward", True), ("judge", True), ("referee", True), ("spokesman", True), ("coach", False), ("chip", False), ("Forward", False)],
)
def test_a_phrase_of_one_person_is_nothing_it_takes_up(head: str, person: bool) -> None:
    """c24a: "its" and "it" take up no unnamed phrase of one person ("the forward"), a position of
    coref_nouns, a person noun or a role; "coach" stays a thing (a bus)."""
    assert _person_head(head) is person


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        # issue 17, c25a: a parse that reads "Club X sacked coach Y" as one noun phrase before the
        # name makes no mention of the clause; the phrase starts after its verb
        pytest.param(
            "Football club sacks coach after poor run\n\nMADRID, Nov 20 (Reuters) - Spanish football club Real Carmona sacked coach Luis"
            " Ortega on Sunday after a fifth straight defeat.", "Luis Ortega", "coach Luis Ortega",
            marks=pytest.mark.xfail(reason="since the dateline ends its own sentence (kg.nlp.datelines) the parser reads the whole"
                                    " sentence as one noun phrase ('sacked' an adjective of 'coach'): the apposition keeps the clause"),
        ),
        ("Fashion house hires designer\n\nMILAN, Nov 20 (Reuters) - Italian fashion house Bellini Moda hired designer Marco Ricci on"
         " Monday to lead its menswear line.", "Marco Ricci", "designer Marco Ricci"),
        ("Orchestra names conductor\n\nVIENNA, Nov 20 (Reuters) - Austrian orchestra Wiener Klang named conductor Anna Berger as its"
         " music director on Monday.", "Anna Berger", "conductor Anna Berger"),
    ],
)
def test_a_name_phrase_holds_no_clause(text: str, name: str, phrase: str) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if e.label == name or name in {m.text for m in e.mentions})
    phrases = {r.text for r in entity.references if r.kind == "appositive" and r.text.endswith(name)}
    assert phrases == {phrase}


@pytest.mark.parametrize(
    ("text", "name", "descriptions"),
    [
        # issue 17, c25a: a description before a name on a wire dateline's line starts after the
        # dateline's agency and dash
        ("Chemicals group Ardex to close German plant\n\nFRANKFURT, April 9 (Reuters) - Chemicals group Ardex said on Wednesday it would"
         " close its plant in Leverkusen.", "Ardex", {"Chemicals group", "Chemicals group Ardex"}),
        ("Energy group cuts outlook\n\nPARIS, June 3 (AP) - Energy group Voltaire said on Tuesday it would cut its profit forecast.",
         "Voltaire", {"Energy group", "Energy group Voltaire"}),
    ],
)
def test_a_description_before_a_name_leaves_the_dateline_out(text: str, name: str, descriptions: set[str]) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if e.label == name or name in {m.text for m in e.mentions})
    assert {r.text for r in entity.references if r.kind == "appositive"} == descriptions


@pytest.mark.parametrize(
    ("text", "name", "descriptions"),
    [
        # issue 17, c27a: the description after a wire dateline's agency and dash is no apposition of
        # the dateline's place, even when the parser hangs it there
        ("MADRID, May 5 (Reuters) - Spanish solar developer Helion Energia and utility Gridco signed a 15-year deal on Tuesday.",
         "Madrid", set()),
        ("LISBON, May 7 (Reuters) - Portuguese wind developer Ventos Atlantico and utility Energa signed a 10-year deal on Monday.",
         "Lisbon", set()),
        # ... nor is a description set off between a place and a person's name the place's: it is the person's
        ("The company will use the money to expand into Europe, its founder and chief executive, Priya Nair, said in an interview.",
         "Europe", set()),
        ("The charity will open three clinics in Kenya, its director and co-founder, Ruth Achieng, told reporters on Monday.",
         "Kenya", set()),
        ("The museum will send the paintings to Italy, its director and chief curator, Marta Rossi, said on Sunday.", "Italy", set()),
    ],
)
def test_a_description_set_off_after_a_place_is_not_its_apposition(text: str, name: str, descriptions: set[str]) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if e.label == name or name in {m.text for m in e.mentions})
    assert {r.text for r in entity.references if r.kind == "appositive"} == descriptions


@pytest.mark.parametrize(
    ("text", "place", "person", "description"),
    [
        # rvc27: a description of no person set off between a place and a person's name, the person
        # described again after it, is the place's (without the person), not the person's
        ("The charity will open five clinics in Kenya, East Africa's largest economy, Amina Odhiambo, its director, said on Monday.",
         "Kenya", "Amina Odhiambo", "East Africa's largest economy"),
        ("The festival will move to Lisbon, the Portuguese capital, Rui Matos, its artistic director, told reporters.", "Lisbon",
         "Rui Matos", "the Portuguese capital"),
    ],
)
def test_a_description_of_a_place_before_a_persons_name_stays_the_places(text: str, place: str, person: str, description: str) -> None:
    analysis = _analyse(text, "en")
    of_place = next(e for e in analysis.entities if e.label == place)
    of_person = next(e for e in analysis.entities if e.label == person)
    assert description in {r.text for r in of_place.references if r.kind == "appositive"}
    assert not any(description in r.text for r in of_person.references if r.kind == "appositive")


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # issue 17, c27a: a name a phrase of one person (coref_person_nouns) described is no "it",
        # whatever type the recogniser gave it ("Helen Park" read as a place)
        ("Castell Pharma recalled a drug on Friday. A spokeswoman for the company, Helen Park, said it had stopped shipments.", "it",
         "Castell Pharma"),
    ],
)
def test_it_takes_up_no_name_a_person_noun_described(text: str, ref: str, name: str) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "pronoun")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "head", "count"),
    [
        # review rv25c: a possessive of what a company has (coref_company_possessions) takes up an
        # unnamed institution that has it too (coref_possession_bodies, xx/organisation_cues): a
        # festival's profit, a hospital's chief executive, a committee's chairman
        ("The Smithfield Arts Festival opened on Friday with a record crowd. The festival and its director, Helen Moss, said its profit"
         " would go to local schools.", "festival", 2),
        ("Patients waited ten hours at the hospital on Monday. The hospital said its chief executive would resign.", "hospital", 1),
        ("Parents protested outside the school on Monday. The school said its headquarters would move to the old library.", "school", 1),
    ],
)
def test_a_company_possession_takes_up_an_unnamed_institution(text: str, head: str, count: int) -> None:
    analysis = _analyse(text, "en")
    chain = next(c for c in analysis.unnamed if c.head == head)
    assert sum(r.kind == "possessive" for r in chain.mentions) == count


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # review rv25c: the object pronoun of a participle of addressing (en/coref_addressing_participles)
        # takes up the object of the clause it goes on from, a thing too, and nothing said before it
        ("The hospital board accused the health ministry of cutting its budget by a fifth. The ministry denied the claim, calling it"
         " misleading.", None),
        ("The union rejected the offer from Harbor Foods on Monday, calling it an insult to workers.", "offer"),
        ("Kestrel Mining praised the new law on Monday, calling it a victory for miners.", "law"),
    ],
)
def test_a_participle_of_addressing_takes_up_its_clause_object(text: str, head: str | None) -> None:
    analysis = _analyse(text, "en")
    named = [e.label for e in analysis.entities if any(r.text == "it" for r in e.references)]
    unnamed = [c.head for c in analysis.unnamed if any(r.text == "it" for r in c.mentions)]
    assert not named
    assert unnamed == ([head] if head else [])



def _assert_in_chain(entity, ref: str, name: str | None) -> None:
    """``ref`` stays out of every chain (``name`` None) or joins the chain of ``name``."""
    if name is None:
        assert entity is None, f"{ref!r} should stay out of every chain, joined {entity and entity.label}"
    else:
        assert entity is not None, f"{ref!r} joined no chain"
        assert name in {m.text for m in entity.mentions} or entity.label == name

@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c26a: a subject pronoun c-commands the names of its verb's objects, prepositional phrases
        # and complement clauses, which it cannot stand for (that would be "itself")
        ("Talks between Dorval Foods and Penrith Dairies ended on Monday, Penrith Dairies said.\n"
         "\"We will keep supplying Penrith Dairies,\" chief executive Ann Cole said.", "We", None),
        ("Dorval Foods made a bid for Penrith Dairies on Monday.\n\"We will talk to Dorval Foods,\" chairman Ian Moss said.", "We", None),
        ("Dorval Foods made a bid for Penrith Dairies on Monday. It said Dorval Foods had offered too little.", "It", None),
        ("Election\n\nMary Cole was beaten by Jane Ortiz in the vote. She said Ortiz deserved the win.", "She", None),
        # ... but a predicate, a phrase before the verb or a name the scope leaves out is no such name
        ("Penrith Dairies posted higher profits on Monday. \"We are Penrith Dairies and we will not be sold,\" chairman Ian Moss said.",
         "We", "Penrith Dairies"),
        ("Marlow Town Council met on Monday. \"We at Marlow Town Council will rebuild every home,\" its leader Tom Avery said.",
         "We", "Marlow Town Council"),
        ("Ofcom fined Vexa Mobile on Thursday. Vexa said it would appeal to the tribunal in London.", "it", "Vexa Mobile"),
        ("Quillon Systems lost its biggest client last year. It now plans to sell software to Harlow Bank again, chief executive"
         " Mark Dent said.", "It", "Quillon Systems"),
        # a name that modifies a common noun names another thing ("the Kestrel Foundation school")
        ("The Kestrel Foundation gave 2 million dollars to Leeds hospitals. It also gave money to the Kestrel Foundation school in"
         " York.", "It", "Kestrel Foundation"),
        # rv26c: a reporting clause of its own however the parse hangs it ("..., Avery's office said"),
        # and the source of a report ("according to"), are not in the pronoun's scope
        ("Mayor Tom Avery opened the new bridge on Sunday. He said the bridge would help people in Harwood, Avery's office said.",
         "He", "Tom Avery"),
        ("Mayor Tom Avery opened the bridge on Sunday. He said it would help Harwood grow, according to a statement from Avery's"
         " office.", "He", "Tom Avery"),
        # ... nor a place a preposition governs, the territory of the state the pronoun stands for
        ("Germany said on Monday it would spend more on roads in Germany and in France next year.", "it", "Germany"),
    ],
)
def test_a_subject_pronoun_is_no_name_in_its_own_scope(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "pronoun")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c26a: a role a person's possessive determines ("her spokeswoman", "Avery's spokesman") is
        # someone else, whom the later description takes up, never the person
        ("Senator Jane Ortiz will not seek re-election, her spokeswoman said on Friday. \"She wants to spend more time with her"
         " family,\" the spokeswoman said.", "the spokeswoman", None),
        ("Mayor Tom Avery was taken to hospital on Monday, Avery's spokesman said. The spokesman said the mayor was recovering well.",
         "The spokesman", None),
        # ... but the person's own role, or another role, still takes the person up
        ("Mayor Tom Avery was taken to hospital on Monday, Avery's spokesman said. The spokesman said the mayor was recovering well.",
         "the mayor", "Tom Avery"),
        ("Mary Cole, the council's spokeswoman, said her husband was ill. The spokeswoman said she would return next week.",
         "The spokeswoman", "Mary Cole"),
    ],
)
def test_a_role_a_person_possesses_is_someone_else(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "nominal")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        # c26a: a conjunction right after another name ends that name's conjunct: the description
        # of the second name starts after it, though the parse made one noun phrase of both
        ("Vexa and Linkway to merge\n\nTelecom group Vexa and cable operator Linkway said on Monday they would merge.", "Linkway",
         "cable operator Linkway"),
        ("Merger agreed\n\nBritain's Vexa and Irish cable operator Linkway said on Monday they would merge.", "Linkway",
         "Irish cable operator Linkway"),
        # ... not a conjunction inside a name, nor one of common nouns
        ("Gamble deal\n\nThe Procter and Gamble subsidiary Gillette said on Monday it would cut prices.", "Gillette",
         "Procter and Gamble subsidiary Gillette"),
        ("Roe leaves\n\nAcme research and development chief Jane Roe said on Monday she would leave.", "Jane Roe",
         "Acme research and development chief Jane Roe"),
        # rv26c: a person's name that a noun describes ends its conjunct, a name after the conjunction
        # notwithstanding; two names that both modify the role still do
        ("Draw\n\nBramley Rovers and Leyton Athletic drew 1-1 on Saturday. Rovers manager Tom Barr and Leyton coach Sara Lind"
         " both praised the referee.", "Sara Lind", "Leyton coach Sara Lind"),
        ("Leeds United and England midfielder Tom Barr was injured on Saturday. Barr will miss the final.",
         "Tom Barr", "Leeds United and England midfielder Tom Barr"),
    ],
)
def test_a_description_before_a_name_starts_after_a_coordinated_name(text: str, name: str, phrase: str) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if any(m.text == name for m in e.mentions))
    phrases = {r.text for r in entity.references if r.kind == "appositive"}
    assert phrase in phrases, phrases
    assert not any(p != phrase and p.endswith(phrase) for p in phrases), phrases


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c28a: "the former" takes up the entity named before the last one, and "the latter" after
        # "the former" looks back from where "the former" stands, past a name said between the two
        ("Harlow Air named Nina Vos as chief executive, replacing Piet Lind. Lind and Vos will work together until May. The former"
         " said he was proud of the carrier; the latter said she would add routes.", "The former", "Piet Lind"),
        ("Harlow Air named Nina Vos as chief executive, replacing Piet Lind. Lind and Vos will work together until May. The former"
         " said he was proud of the carrier; the latter said she would add routes.", "the latter", "Nina Vos"),
        ("Omar Reyes and Kate Moss met in Lyon on Monday. The council said the former would stay on as an adviser.", "the former",
         "Omar Reyes"),
        # ... and "the latter" alone takes up the last one named, not a pronoun or a description after it
        ("PARIS, March 6 (Reuters) - French Labour Minister Claire Martin and union leader Paul Roux clashed on Thursday over"
         " pensions. Martin said the reform was needed. Roux said his union would call a strike. The minister said she was open"
         " to talks. The latter said talks had failed.", "The latter", "Paul Roux"),
        # ... but a person and an organisation are no pair, and "the former" before a noun is an adjective
        ("Tom Riley joined Dorval Foods in 2010. The former said the company had grown fast.", "The former", None),
        ("Tom Riley met the former minister Anna Kent on Monday. Kent said she would run for mayor.", "the former minister", None),
    ],
)
def test_the_former_and_the_latter(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "pronoun")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c28a: a plural pronoun takes up no name coordinated with another entity's ("Greenway Energy
        # and Solara Power said they": both), however the parse read the coordination
        ("BERGEN, May 3 (Reuters) - Greenway Energy and Solara Power said on Wednesday they had agreed to build a wind farm.",
         "they", None),
        ("Kestrel Mining or Dorval Metals will buy the mine, and they will pay cash, the minister said.", "they", None),
        # ... a company alone still may be "they"
        ("Ferrum Steel Corp said on Monday they would cut 300 jobs at the plant.", "they", "Ferrum Steel Corp"),
        ("Shares of Ferrum Steel Corp fell on Monday and Solara Power said they would buy more steel.", "they", None),
    ],
)
def test_a_plural_pronoun_takes_up_no_coordinated_name(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "pronoun")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c28a: a noun phrase right after a name with nothing to set it off is a gapped clause's
        # object, no apposition
        ("Greenway Energy and Solara Power signed the deal. Greenway will hold 60 percent of the project, and Solara the rest.",
         "the rest", None),
        # ... one set off by a comma, a bracket or a dash still is
        ("Greenway will hold 60 percent, and Solara Power the rest. Solara Power, the Norwegian utility, said it was pleased.",
         "the Norwegian utility", "Solara Power"),
        # ... and a product after "an" still names the thing the description stands for
        ("Flight 22 landed safely in Lima on Sunday. The plane, an Airbus A320, had lost an engine.", "The plane", "Airbus A320"),
    ],
)
def test_an_apposition_is_set_off(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "appositive")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c28a: a description whose noun modifier an earlier description said of another candidate
        # only ("hospital") is unsure, however salient the subject before it
        ("SYDNEY, May 4 (AAP) - Private hospital operator Medcare and insurer Bluecross are in a dispute over fees. Medcare said"
         " the insurer had refused to raise payments. Bluecross said the hospital group was demanding too much.",
         "the hospital group", None),
        # ... the entity those words describe still takes it up
        ("Private hospital operator Medcare said on Monday it would build a clinic in Perth. Medcare said the hospital group would"
         " spend $50 million.", "the hospital group", "Medcare"),
        # c28a: a role titles a person's name: the bare role takes that person up over another one
        ("ROME, May 3 (AFP) - Finance Minister Giulia Conti and her deputy, Marco Ferri, defended the plan. The minister said the"
         " deficit would fall.", "The minister", "Giulia Conti"),
        # ... not another office ending in it
        ("Prime Minister Ana Costa visited Porto on Monday with Finance Minister Luis Prado. The minister said taxes would fall.",
         "The minister", "Luis Prado"),
        # c28a: a party member after "a" is no name the description stands in apposition to: the
        # description takes up the person its role titles
        ("DENVER, March 7 (AP) - Colorado Senator Mark Blake said on Thursday he would run for governor next year. The senator,"
         " a Democrat, has served in Congress since 2015.", "The senator", "Mark Blake"),
        ("MADRID, May 2 (AP) - A Spanish court jailed Mayor Pedro Gil of Lorca on Friday. The mayor, a Socialist, had taken"
         " bribes, the judge said.", "The mayor", "Pedro Gil"),
        # c28a: a sportsman's discipline and a treasurer name a person (en/coref_nouns)
        ("LAS VEGAS, May 3 (AP) - British boxer Tommy Kane retained his title on Saturday, beating Ivan Petrov on points. The"
         " boxer said he wanted a rematch.", "The boxer", "Tommy Kane"),
        ("DENVER, May 7 (AP) - State treasurer Julie Park will run for governor. The treasurer announced her campaign in January.",
         "The treasurer", "Julie Park"),
        ("The boxer shorts sold out in a day. Tommy Kane said he was surprised.", "The boxer shorts", None),
        # c28a: a merger's combined company is a new entity
        ("MADRID, May 5 (Reuters) - Linkwave agreed on Wednesday to merge with smaller rival Teleon. Linkwave shareholders will own"
         " 60 percent of the combined company.", "the combined company", None),
    ],
)
def test_descriptions_by_their_words(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "nominal")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c28a: a quotation that ends its sentence with a full stop is no quotation of the next
        # sentence's source: its "Our" goes on with the quotation before it
        ("PITTSBURGH, May 5 (Reuters) - Ferrum Steel Corp said on Tuesday it would close two mills. \"We have no choice,\" chief"
         " executive Dana Walsh told analysts. \"Our mills cannot compete at these prices.\" The steelworkers' union said it would"
         " fight the closures.", "Our", "Ferrum Steel Corp"),
        # ... a comma before the closing mark leaves the source after it the speaker
        ("PITTSBURGH, May 5 (Reuters) - Ferrum Steel Corp said on Tuesday it would close two mills. \"Our members will fight the"
         " closures,\" the United Steelworkers union said.", "Our", "United Steelworkers union"),
    ],
)
def test_a_closed_quotation_is_no_next_sentence_s(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "possessive")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c28a: the source of a reported clause is a proper noun the recogniser missed: the pronoun
        # stands for it, no other entity
        ("ZURICH, May 6 (AFP) - UEFA fined Turkish club Galatasaray 100,000 euros after fans threw flares during a match against"
         " Ajax. Galatasaray said it would appeal.", "it", None),
        # ... a recognised source still takes it up
        ("ZURICH, May 6 (AFP) - UEFA fined Ajax on Monday after fans threw flares during a match. Ajax said it would appeal.",
         "it", "Ajax"),
    ],
)
def test_a_missed_name_s_pronoun_joins_no_other_chain(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "pronoun")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # rvc28: a role takes up the person its title named only while no word between says that
        # person left the post or another took it over ("resigned", "successor", "replaced") ...
        ("Health Minister Ruth Kaye resigned on Monday after a row over hospital funding. Her successor, Dan Price, was sworn in"
         " on Tuesday. The minister said waiting lists would be cut by half.", "The minister", "Dan Price"),
        ("Sports Minister Kate Bell retired on Friday and was replaced by her deputy, Tom Ash, who opened the new stadium in"
         " Cardiff on Saturday. The minister said the match would be played there.", "The minister", None),
        # ... the titled person still in post is still the one
        ("Sports Minister Kate Bell and her deputy, Tom Ash, opened the stadium in Cardiff on Friday. The minister said the Six"
         " Nations match would be played there.", "The minister", "Kate Bell"),
        # rvc28: the recogniser typed one of two people with the same title a group ("Swimmer Lena
        # Holt"): the noun still titles her, so which one it takes up is unsure
        ("Swimmer Lena Holt and swimmer Eva Brandt set a combined record in the relay. The swimmer said the team would race"
         " again in Paris.", "The swimmer", None),
    ],
)
def test_a_role_takes_up_the_titled_person_still_in_post(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "nominal")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # rvc28: "the former" opens a pair; with a third person named in the pair's sentence, which
        # pair it is, is unsure ...
        ("Tom Kent, who is coached by Sam Moss, beat Rafael Ortiz in the final at Wimbledon on Sunday. The former said he had"
         " never played better.", "The former", None),
        ("Tom Kent beat Rafael Ortiz in the final on Sunday, umpire Jane Doe said. The former said he had never played better.",
         "The former", None),
        ("Senators Tom Baker, Rita Shah and Paul Green voted against the bill on Tuesday. The former said the bill was unfair.",
         "The former", None),
        # ... not when the two are coordinated by "and", the pair the sentence makes
        ("Judge Helen Marsh jailed Kevin Doyle and Sean Price for fraud on Friday. The former got six years; the latter was"
         " jailed for four.", "The former", "Kevin Doyle"),
        ("Tom Kent beat Sam Moss in the final at Wimbledon on Sunday. The former said he had never played better.", "The former",
         "Tom Kent"),
    ],
)
def test_the_former_of_three_named_is_unsure(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "pronoun")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "name", "descriptions"),
    [
        # c29a: a name the parser hung as an apposition on the clause's subject, with the verb and
        # its complement between them, is no apposition of that subject
        ("The chain has returned to profit under its managing director, Sarah Fenwick, who will stay in her post.",
         "Sarah Fenwick", {"its managing director", "its managing director, Sarah Fenwick"}),
        # ... a phrase that governs all the words before the name still is one
        ("The head of the bookshop chain, Sarah Fenwick, said sales had risen.", "Sarah Fenwick",
         {"The head", "The head of the bookshop chain, Sarah Fenwick"}),
        ("The union's leader, Anna Berg, said members would strike on Friday.", "Anna Berg",
         {"The union's leader", "The union's leader, Anna Berg"}),
    ],
)
def test_an_apposition_follows_its_phrase(text: str, name: str, descriptions: set[str]) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if e.label == name)
    assert {r.text for r in entity.references if r.kind == "appositive"} == descriptions


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c29a: "the country" reported by people who speak for a country a nationality adjective
        # names is that country, not another named before ...
        ("Kenya and Ethiopia signed an agreement on Thursday under which Ethiopia will sell power to its neighbour. Kenyan"
         " officials said the country would use the electricity to cut its reliance on diesel.", "the country", "Kenya"),
        ("Egypt has protested against Ethiopia's new dam on the Nile. Ethiopian officials said the country would fill the"
         " reservoir in July.", "the country", "Ethiopia"),
        ("Ethiopia will sell power to Kenya under a new deal. Kenyan ministers said the nation would save millions.",
         "the nation", "Kenya"),
        # ... and people of the country: the country named by the nationality, even when a description of
        # another country is the subject before
        ("Senegal and Gambia signed a deal on Friday over fishing waters. Gambian diplomats said the country would open"
         " its ports to Senegalese boats. Senegalese fishermen said the country had waited too long.", "the country",
         "Senegal"),
        # ... not a source of other people, who may speak of another country
        ("Brazil cut interest rates on Wednesday. American economists said the country had acted too late.", "the country",
         "Brazil"),
        # rvc29: ... nor officials of a country the text has not named before them, who comment on
        # the country in the news
        ("Iran launched a military satellite on Sunday. American officials said the country had broken a UN resolution.",
         "the country", "Iran"),
        ("Somalia postponed its presidential election again on Monday. Kenyan diplomats said the country needed a stable"
         " government before African Union troops could leave.", "the country", "Somalia"),
        ("Hungary blocked the European Union's aid package on Thursday. German ministers said the country was holding the"
         " bloc hostage.", "the country", "Hungary"),
        # ... a country named before by its demonym only still keeps other countries out
        ("Brazilian and Argentine leaders met in Buenos Aires on Thursday. Brazilian officials said the country would lower"
         " tariffs on Argentine wine.", "the country", None),
        # rvc29: "the country" is no country its own clause names after it
        ("Sweden's health agency said on Monday that cases had risen. Norwegian officials said the country would not close"
         " its border with Sweden.", "the country", None),
        ("Cases rose sharply in Sweden last week. Health officials in Oslo said on Monday that the country would close its"
         " border with Sweden on Friday.", "the country", None),
        ("Sweden reported 500 new cases on Monday. The country would close its border with Sweden, a Danish minister said"
         " on Tuesday.", "The country", None),
        ("Sweden's health agency said on Monday that cases had risen. The country would not close its border with Norway,"
         " officials said.", "The country", "Sweden"),
    ],
)
def test_officials_of_a_nationality_speak_of_their_country(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "nominal")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c29a: a name ending in "Capital" is a business: "the regulator" or "the watchdog" (an
        # agency) does not take it up, "the firm" does
        ("Blue Peak Capital said on Tuesday it would buy a stake in the airport. The regulator said it would review the deal.",
         "The regulator", None),
        ("The regulator fined Westbury Capital 3 million pounds on Friday. The watchdog said the firm had misled savers.",
         "The watchdog", None),
        ("The regulator fined Westbury Capital 3 million pounds on Friday. The watchdog said the firm had misled savers.",
         "the firm", "Westbury Capital"),
    ],
)
def test_an_agency_description_takes_up_no_capital_firm(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "nominal")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        # c29a: the parser made the description and the name right after it two subjects or two
        # objects of one verb: the description is still the name's
        ("TOKYO, Nov 3 (Kyodo) - Japanese chipmaker Hoshida said on Monday it had won a contract to supply processors to"
         " an Indian mobile carrier. Hoshida said it would build a new plant.", "Hoshida", "Japanese chipmaker"),
        ("Penwright Books agreed on Thursday to buy the bookshop chain Quillstone from its owner for 300 million pounds.",
         "Quillstone", "the bookshop chain"),
    ],
)
def test_a_description_beside_a_name_the_parser_made_its_sibling(text: str, name: str, description: str) -> None:
    analysis = _analyse(text, "en")
    entity = next(e for e in analysis.entities if e.label == name)
    assert description in {r.text for r in entity.references if r.kind == "appositive"}


@pytest.mark.parametrize(
    ("text", "ref", "name"),
    [
        # c29a: ... so that a description of another kind takes it up no longer
        ("TOKYO, Nov 3 (Kyodo) - Japanese chipmaker Hoshida said on Monday it had won a contract to supply processors to"
         " Indian mobile carrier Bharat Connect. The deal is worth about $300 million. Hoshida said it would build a new"
         " plant. The carrier said the chips would power its new network.", "The carrier", None),
        # a chain of shops is a retailer: "the regulator" does not take it up
        ("Penwright Books agreed on Thursday to buy the bookshop chain Quillstone for 300 million pounds. The chain has 150"
         " shops. The deal needs approval from the competition regulator.", "the competition regulator", None),
        ("Penwright Books agreed on Thursday to buy the bookshop chain Quillstone for 300 million pounds. Penwright said"
         " the deal would close in June. The chain has 150 shops across Britain.", "The chain", "Quillstone"),
    ],
)
def test_a_description_of_another_kind_takes_up_no_described_sibling(text: str, ref: str, name: str | None) -> None:
    entity = _chain_of(_analyse(text, "en"), ref, "nominal")
    _assert_in_chain(entity, ref, name)


@pytest.mark.parametrize(
    ("text", "phrase", "named"),
    [
        # c29a: a plural noun a participle of naming gives a name is several of that name, no one entity
        ("Voters in Riverton will choose between two candidates named Smith next month. Laura Smith won the primary in"
         " August.", "two candidates", False),
        ("Three brothers called Kelly opened a bakery in Cork. The bakery now employs 20 people.", "Three brothers", False),
        # ... a singular one is the name's description
        ("A startup called Zorbix raised $5 million on Monday. The startup said it would hire 30 engineers.", "A startup", True),
    ],
)
def test_a_plural_named_by_a_participle_is_no_apposition(text: str, phrase: str, named: bool) -> None:
    analysis = _analyse(text, "en")
    owners = [e.label for e in analysis.entities if any(r.text == phrase and r.kind == "appositive" for r in e.references)]
    assert bool(owners) == named, owners
