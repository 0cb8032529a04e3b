"""Event dates in French news sentences (issue 17, class 8 "Event time", f33b): every sentence is invented.

Fixed classes: the act of a clause that a reporting incise closes after a comma, its subject
inverted (« La police a arrêté trois suspects, a affirmé lundi le ministre », « Le maire a
démissionné, a-t-il déclaré mardi »), is reported by that incise and takes the day of the saying
(inferred) when it has none of its own, no longer the publication date, which lies after the report;
a French event noun that is the predicate of « être » in the present after « en » or with « depuis »
(« Les syndicats sont en grève depuis trois semaines ») is a state at the time of writing, not an
act of the day of the sentence before. The other rows guard what must not change: an act with its own
day keeps it, a future act gets no inferred day, a verb after a comma with its own object and no
inverted subject is a second act, not a report, an incise with its own « que » clause reports that.
A French act in the future with no time of its own right after a sentence that dates a plan in the
future (« Le président se rendra lundi à Berlin. Il rencontrera le chancelier ») takes the plan's day;
not after a past act, nor a past act after a plan.
Publication date 18 March 2021, a Thursday. A day « !D » must not be D; None: no time.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import check_day

pytestmark = pytest.mark.slow


# The act before a reporting incise: the day of the saying when it has none of its own.
INCISE_CASES = [
    ("La police a arrêté trois suspects, a affirmé lundi le ministre.", "arrêté", "2021-03-15", "fr"),
    ("Trois hommes ont été interpellés à Lyon, a indiqué mercredi le parquet.", "interpellés", "2021-03-17",
     "fr"),
    ("Le maire a démissionné, a-t-il déclaré lundi.", "démissionné", "2021-03-15", "fr"),
    ("Le maire a quitté ses fonctions, a précisé lundi soir sa porte-parole.", "quitté", "2021-03-15", "fr"),
    ("La direction a fermé le site de Brest, a annoncé lundi le syndicat, qui appelle à la grève.", "fermé",
     "2021-03-15", "fr"),
    # unchanged: a day of its own, a future act, a second act of the same subject, a « que » clause
    ("Le maire a démissionné mardi, a-t-il déclaré mercredi.", "démissionné", "2021-03-16", "fr"),
    ("L'usine de Brest sera fermée, a annoncé mardi la direction.", "fermée", None, "fr"),
    ("Le ministre a signé l'accord, a salué les syndicats lundi et a quitté la salle.", "accord", "!2021-03-15",
     "fr"),
    ("La police a arrêté lundi trois suspects, a affirmé mercredi le ministre.", "arrêté", "2021-03-15", "fr"),
    # English: the parser already makes the act the complement of "said"
    ("Three suspects were arrested, police said on Monday.", "arrested", "2021-03-15", "en"),
]

# A state in the present (« être en grève », « être en garde à vue depuis … »): the time of writing.
PRESENT_STATE_CASES = [
    ("Le directeur a reçu les délégués vendredi. Les syndicats sont en grève depuis trois semaines.", "grève",
     "2021-03-18", "fr"),
    ("Le recteur a rencontré les enseignants lundi. Les professeurs sont en grève depuis plusieurs jours.",
     "grève", "2021-03-18", "fr"),
    # unchanged: the past tense of the state, an act noun of the sentence before's day
    ("Le directeur a reçu les délégués vendredi. Les syndicats étaient en grève depuis trois semaines.", "grève",
     "!2021-03-18", "fr"),
    ("Le directeur a reçu les délégués vendredi. La grève a commencé dans la soirée.", "grève", "2021-03-12",
     "fr"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), INCISE_CASES)
def test_act_before_reporting_incise_takes_day_of_saying(text: str, trigger: str, day: str | None,
                                                        lang: str) -> None:
    check_day(text, trigger, day, lang)


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), PRESENT_STATE_CASES)
def test_present_state_noun_is_of_time_of_writing(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)


# A future act that goes on telling the plan of the sentence before: the plan's day.
PLAN_CASES = [
    ("Le président se rendra lundi prochain à Berlin. Il rencontrera le chancelier allemand.", "rencontrera",
     "2021-03-22", "fr"),
    ("La ministre se rendra samedi à Marseille. Elle signera un accord avec le maire.", "accord",
     "2021-03-20", "fr"),
    # unchanged: a plan after a past act, a past act after a plan, a plan with no day
    ("Le président s'est rendu lundi à Berlin. Il rencontrera le chancelier allemand.", "rencontrera", None, "fr"),
    ("Le président se rendra lundi prochain à Berlin. Il a rencontré le chancelier allemand en janvier.",
     "rencontré", "2021-01", "fr"),
    ("Le président se rendra bientôt à Berlin. Il rencontrera le chancelier allemand.", "rencontrera", None, "fr"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "lang"), PLAN_CASES)
def test_future_act_takes_day_of_plan_before(text: str, trigger: str, day: str | None, lang: str) -> None:
    check_day(text, trigger, day, lang)
