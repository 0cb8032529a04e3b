"""Review rvf30b of f30b (event dates, issue 17): invented paragraphs that try to break its rules.

Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no date. Classes: a
date at the end of a postposed subject dates the reporting verb, not when a « de » or a participle
ties it to the subject's noun; a definite noun that takes its day from a report names again an
act of at most a month before it, not an act of the same kind years or months earlier (« Les
cheminots … en 2019 »), nor when a reporting participle follows the noun (« La démission annoncée
mardi »); a count from the date the sentence before writes skips a date set off by commas (a
background phrase) and counts from the end of a span of dates; a day between a dateline's dashes
is no place; « état-major » is one word.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _check(text: str, trigger: str, day: str | None, lang: str) -> None:
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    doc = Document(id="t", text=text, source="test", date=PartialDate(2021, 3, 18), lang=lang)
    (result,) = list(analyse([doc]))
    events = [e for e in result.events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    value = events[-1].time.value.split("T", 1)[0] if events[-1].time is not None else None
    if day is not None and day.startswith("!"):
        assert value != day[1:]
    else:
        assert value == day


POSTPOSED_SUBJECT_CASES = [
    ("fr", "Trois personnes ont été blessées, a précisé la préfecture jeudi.", "précisé", "2021-03-18"),
    ("fr", "L'usine fermera en juin, a confirmé le directeur général du groupe mardi.", "confirmé", "2021-03-16"),
    ("fr", "Aucune piste n'est écartée, a affirmé le procureur de la République de Lyon lundi soir.", "affirmé",
     "2021-03-15"),
    ("fr", "Le joueur est forfait, a annoncé l'entraîneur Paul Girard dimanche dans un communiqué.", "annoncé",
     "2021-03-14"),
    ("fr", "Le suspect n'a pas avoué, a assuré son avocat mercredi.", "assuré", "2021-03-17"),
    ("fr", "Les négociations reprendront, selon le syndicat, a ajouté la ministre du Travail samedi.", "ajouté",
     "2021-03-13"),
    ("en", "The suspect confessed, said the prosecutor on Wednesday.", "said", "2021-03-17"),
    ("fr", "Le projet est abandonné, ont annoncé les élus du conseil régional mardi après-midi.", "annoncé",
     "2021-03-16"),
    # near misses: the date is the subject's noun's
    ("en", "\"We will not give up,\" said the leader of Monday's strike.", "said", "!2021-03-15"),
    ("fr", "« Nous irons jusqu'au bout », a lancé le porte-parole des grévistes du 5 mars.", "lancé", "!2021-03-05"),
    ("fr", "Le texte sera modifié, a déclaré le responsable de la réunion de mercredi.", "déclaré", "!2021-03-17"),
    ("fr", "Rien n'a été décidé, a expliqué l'organisateur du concert du 12 mars.", "expliqué", "!2021-03-12"),
    ("fr", "Le bilan est lourd, a indiqué le témoin de l'accident de dimanche.", "indiqué", "!2021-03-14"),
    ("fr", "Il faut réformer la police, a estimé le policier qui a arrêté le suspect mardi.", "estimé", "!2021-03-16"),
    ("fr", "La course était truquée, a dénoncé le vainqueur de l'étape de mardi.", "dénoncé", "!2021-03-16"),
    ("fr", "Personne ne l'a aidée, a raconté la victime de l'agression de samedi.", "raconté", "!2021-03-13"),
    ("fr", "Le vote est nul, a affirmé le candidat battu lors du scrutin du 7 mars.", "affirmé", "!2021-03-07"),
    ("fr", "Tout est prêt, a assuré le président du sommet prévu lundi.", "assuré", "!2021-03-15"),
]

REPORTED_NOUN_CASES = [
    ("fr", "Le chanteur est décédé le 2 mars à Lyon. Son décès a été annoncé mardi par son label.", "décès",
     "2021-03-02"),
    ("fr", "Le directeur a été licencié le 1er mars. Le syndicat a dénoncé mercredi son licenciement.",
     "licenciement", "2021-03-01"),
    ("en", "The company fired its chief executive on March 1. The dismissal was announced Tuesday.", "dismissal",
     "2021-03-01"),
    ("en", "The actor died on March 10 in London. His death was reported Wednesday by his agent.", "death",
     "2021-03-10"),
    ("fr", "Le ministre a démissionné le 15 mars. La démission annoncée mardi par le préfet a surpris.", "démission",
     "2021-03-15"),
    # near misses: an act of the same kind long before the report is another one
    ("fr", "Le premier ministre a démissionné en janvier. Le préfet a annoncé mardi la démission du maire.",
     "démission", "2021-03-16"),
    ("en", "The coach was sacked in 2019. The club announced Tuesday the sacking of his successor.", "sacking",
     "2021-03-16"),
    ("fr", "La société a été rachetée en 2015. Le groupe a annoncé lundi le rachat de sa filiale belge.", "rachat",
     "2021-03-15"),
    ("en", "The minister resigned in 2019. The resignation announced Tuesday by the prefect surprised everyone.",
     "resignation", "!2019"),
    ("fr", "Le ministre a démissionné en 2019. La démission annoncée mardi par le préfet a surpris.", "démission",
     "!2019"),
]

WRITTEN_ANCHOR_CASES = [
    ("fr", "Elle a rejoint le groupe en 2008. Cinq ans plus tard, elle en a pris la direction.", "pris", "2013"),
    ("en", "The factory opened in 1995. Ten years later, it was sold to a Chinese group.", "sold", "2005"),
    ("fr", "Le 5 mars, la digue a cédé. Deux jours après, le maire a démissionné.", "démissionné", "2021-03-07"),
    ("fr", "Né en 1950 à Lyon, il étudie la médecine. Trente ans plus tard, il a démissionné de l'hôpital.",
     "démissionné", "1980"),
    ("fr", "Selon le rapport publié en 2012, la ville est endettée. Deux ans plus tard, le maire a démissionné.",
     "démissionné", "2014"),
    # a span of dates: from its end
    ("fr", "Entre 1990 et 1995, il a dirigé la banque. Deux ans plus tard, il a été arrêté.", "arrêté", "1997"),
    ("en", "Between 1990 and 1995, he ran the bank. Two years later, he was arrested.", "arrested", "1997"),
    # near misses: a background phrase set off by commas
    ("fr", "Le joueur, sacré champion en 2016, vit à Lyon. Deux ans plus tard, il a été arrêté.", "arrêté", "!2018"),
    ("fr", "Le maire de la ville, jumelée depuis 1975 avec Turin, est populaire. Dix ans plus tard, il a démissionné.",
     "démissionné", "!1985"),
    ("en", "The 1998 World Cup winner moved to Lyon. Two days later, he was injured.", "injured", "!1998"),
]

DATELINE_CASES = [
    ("fr", "18 mars 2021. - Saint-Denis - Le ministre a démissionné hier. Deux policiers ont été arrêtés.",
     "arrêtés", "2021-03-17"),
    ("fr", "18 mars 2021. - La Nouvelle-Orléans - Un homme a été tué hier. La police a arrêté un suspect.",
     "arrêté", "2021-03-17"),
    ("fr", "18 mars 2021. - Exclusif - Le ministre a démissionné hier. Deux policiers ont été arrêtés.",
     "arrêtés", "2021-03-17"),
    ("fr", "PARIS, 18 mars 2021 (AFP) - Jean Dupont - ancien maire - a démissionné mardi. Deux policiers ont été "
     "arrêtés.", "arrêtés", "2021-03-16"),
    # a day between the dashes is no place: the lead's date
    ("fr", "18 mars 2021. - Lundi - le ministre a démissionné. Deux policiers ont été arrêtés.", "arrêtés",
     "2021-03-15"),
]

HYPHENATED_CASES = [
    ("fr", "Le chef d'état-major des armées a démissionné mardi.", "démissionné", "2021-03-16"),
    ("fr", "Les états-majors des partis se sont réunis lundi à Paris.", "réunis", "2021-03-15"),
    ("fr", "L'état-major a annoncé mercredi le retrait des troupes.", "annoncé", "2021-03-17"),
]

CASES = POSTPOSED_SUBJECT_CASES + REPORTED_NOUN_CASES + WRITTEN_ANCHOR_CASES + DATELINE_CASES + HYPHENATED_CASES


@pytest.mark.parametrize(("lang", "text", "trigger", "day"), CASES, ids=[f"{c[2]}{i}" for i, c in enumerate(CASES)])
def test_rvf30b_event_dates(lang: str, text: str, trigger: str, day: str | None) -> None:
    _check(text, trigger, day, lang)
