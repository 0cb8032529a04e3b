"""Event dates in news paragraphs (issue 17, class 8 "Event time", f30b): every paragraph is invented.

Fixed classes: a date hung on a postposed subject (« …, a indiqué le procureur mercredi ») dates the
reporting verb; a definite event noun whose only date is the day of the report that governs it (« Sa
mort a été annoncée mercredi ») names again an event the text dated before and takes that day; a
count of days or years (« deux ans plus tard ») counts from the date the sentence before gives even
when no event of the inventory carries that date; a place between two dashes after a dateline's date
(« 18 mars 2021. - Québec - ») is the dateline's, and the lead with its date comes after it. The other rows guard the classes that already
worked (a weekday with a past tense, « la veille », « le lendemain », « mardi dernier », a date in a
subordinate clause, the day of the speaking and of the reported act, background acts, coreferent
mentions) and the near misses of the new rules. Publication date 18 March 2021, a Thursday. A day
« !D » must not be D.
"""

from __future__ import annotations

import pytest

from tests.extract.event_days import check_day

pytestmark = pytest.mark.slow


# A date at the end of a postposed subject: the parser hangs it on the subject's noun.
POSTPOSED_SUBJECT_CASES = [
    ("Le suspect a avoué le meurtre, a indiqué le procureur mercredi.", "indiqué", "2021-03-17"),
    ("La police a arrêté un suspect le 10 mars. Le suspect a avoué le meurtre lors de sa garde à vue, a indiqué le "
     "procureur de Nice mercredi à l'AFP.", "indiqué", "2021-03-17"),
    ("« La situation est grave », a estimé la ministre de la Santé lundi soir sur France 2.", "estimé", "2021-03-15"),
    ("Le club a confirmé le départ de son entraîneur, a annoncé son président Luc Morel mardi.", "annoncé",
     "2021-03-16"),
    ("Deux militants ont été interpellés, a déclaré le porte-parole de la préfecture dimanche.", "déclaré",
     "2021-03-14"),
    # a date a « de » introduces stays the noun's (« l'enquêteur de l'attaque du 3 mars »)
    ("L'attentat a été revendiqué, a indiqué l'enquêteur de l'attaque du 3 mars.", "indiqué", "!2021-03-03"),
]

# A definite noun that names again a dated act, in the clause of the report that gave it its day.
REPORTED_NOUN_CASES = [
    ("La chanteuse est morte le 12 mars à Paris. Sa mort a été annoncée mercredi par sa famille.", "mort",
     "2021-03-12"),
    ("Le maire a démissionné lundi. Le préfet a annoncé mardi la démission du maire.", "démission", "2021-03-15"),
    # alone, or taking up an undated act, the noun keeps the day of the report
    ("Le club a annoncé mardi la fermeture de son centre de formation.", "fermeture", "2021-03-16"),
    ("Le gouvernement a annoncé mardi la démission du ministre. La démission a été acceptée.", "démission",
     "2021-03-16"),
    ("Le ministre a démissionné. Le préfet a annoncé mardi sa démission.", "démission", "2021-03-16"),
]

REPORTED_NOUN_EN_CASES = [
    ("The singer died on March 12 in Paris. Her death was announced Wednesday by her family.", "death",
     "2021-03-12"),
]

# A count of days or years from the date of the sentence before, which no event carries.
WRITTEN_ANCHOR_CASES = [
    ("Le footballeur est arrivé à Madrid en 2015. Il a quitté le club deux ans plus tard.", "quitté", "2017"),
    ("Il est assigné en mars 1952 pour homosexualité, illégale jusqu'en 1967. Il se suicide deux ans après.",
     "suicide", "1954"),
    ("Le 3 mars, la tempête a touché la Bretagne. Deux jours plus tard, les pompiers ont évacué cent personnes.",
     "évacué", "2021-03-05"),
    # a preposition after « après » opens another complement, not the count's own anchor
    ("Il est assigné en mars 1952 pour homosexualité. Il se suicide deux ans après par empoisonnement.", "suicide",
     "1954"),
    ("Le club a été fondé en 1990. Il a été racheté dix ans après par un fonds américain.", "racheté", "2000"),
    # (« deux ans après la crise »: from the crisis, not from the date of the sentence before)
    ("Le groupe a été fondé en 1990. Il a été racheté dix ans après la crise financière.", "racheté", "!2000"),
    ("Le pont est fermé depuis le 2 mars. Trois jours plus tard, le maire a démissionné.", "démissionné",
     "2021-03-05"),
    # not a date of a quotation: the speaker's time
    ("« En 2010, nous étions seuls », a dit le maire. Deux ans plus tard, il a démissionné.", "démissionné",
     "!2012"),
]

# A place between two dashes after the dateline's date: the lead, and its date, come after it.
DATELINE_PLACE_CASES = [
    ("18 mars 2021. - Bruxelles - Le sommet européen s'est ouvert hier. Les discussions ont duré toute la nuit. "
     "Les dirigeants ont signé un accord.", "accord", "2021-03-17"),
    ("18 mars 2021. - Québec - Le forum s'est poursuivi hier. La soirée a été animée. Les conférences ont attiré "
     "un large public.", "conférences", "2021-03-17"),
    # (no place: unchanged)
    ("18 mars 2021. - Le sommet européen s'est ouvert hier à Bruxelles. Les dirigeants ont signé un accord.",
     "accord", "2021-03-17"),
]

# The classes that already worked: they must stay.
KEPT_CASES = [
    ("Le ministre de l'Intérieur a annoncé mardi la dissolution du groupe.", "annoncé", "2021-03-16"),
    ("Le maire de Lille a démissionné mercredi. La veille, il avait été mis en examen pour corruption.", "mis",
     "2021-03-16"),
    ("Un incendie a ravagé un entrepôt dimanche soir à Rouen. Le lendemain, les pompiers ont évacué cent riverains.",
     "évacué", "2021-03-15"),
    ("Mardi dernier, le préfet a interdit la manifestation.", "interdit", "2021-03-16"),
    ("Le procureur a indiqué mercredi que le suspect avait été arrêté lundi à Nice.", "arrêté", "2021-03-15"),
    ("Le procureur a indiqué mercredi que le suspect avait été arrêté lundi à Nice.", "indiqué", "2021-03-17"),
    ("La ministre a annoncé lundi qu'elle se rendrait vendredi à Bruxelles.", "rendrait", "2021-03-19"),
    ("Le ministre a démissionné mardi. Sa démission a surpris la majorité.", "démission", "2021-03-16"),
    ("Un homme a été tué dans la nuit de lundi à mardi à Grenoble.", "tué", "2021-03-15"),
    ("La grève a débuté le 4 mars. Trois jours plus tard, la direction a licencié deux syndicalistes.", "licencié",
     "2021-03-07"),
    ("Le sénateur, élu en 2017, a été condamné lundi à deux ans de prison.", "élu", "2017"),
    ("Le sénateur, élu en 2017, a été condamné lundi à deux ans de prison.", "condamné", "2021-03-15"),
    ("Le 11 mars, le gouvernement a présenté son plan. La veille, l'opposition avait appelé à manifester.",
     "appelé", "2021-03-10"),
    ("Le footballeur Karim Nasri, qui avait été arrêté en janvier, a été libéré mardi.", "arrêté", "2021-01"),
    ("Le footballeur Karim Nasri, qui avait été arrêté en janvier, a été libéré mardi.", "libéré", "2021-03-16"),
    ("La présidente de la région a déclaré lundi qu'elle avait rencontré le ministre vendredi.", "rencontré",
     "2021-03-12"),
    ("L'opposant a été condamné vendredi. Il avait été arrêté le 3 janvier lors d'une manifestation.", "arrêté",
     "2021-01-03"),
    # « chef d'état-major » is one noun (`fr/hyphenated_words`): the parse no longer breaks at its hyphen
    ("Le président a limogé le chef d'état-major le 1er mars.", "limogé", "2021-03-01"),
    ("Le député Paul Leroy a été interpellé mardi à Paris. Cette arrestation a provoqué la colère de son parti.",
     "arrestation", "2021-03-16"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), POSTPOSED_SUBJECT_CASES, ids=[f"{c[1]}{i}" for i, c in enumerate(POSTPOSED_SUBJECT_CASES)])
def test_a_date_after_a_postposed_subject_dates_the_verb(text, trigger, day):
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "trigger", "day"), REPORTED_NOUN_CASES, ids=[f"{c[1]}{i}" for i, c in enumerate(REPORTED_NOUN_CASES)])
def test_a_noun_named_again_in_a_report_keeps_the_day_of_its_event(text, trigger, day):
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "trigger", "day"), REPORTED_NOUN_EN_CASES, ids=[c[1] for c in REPORTED_NOUN_EN_CASES])
def test_english_noun_named_again_in_a_report_keeps_the_day_of_its_event(text, trigger, day):
    check_day(text, trigger, day, "en")


@pytest.mark.parametrize(("text", "trigger", "day"), WRITTEN_ANCHOR_CASES, ids=[f"{c[1]}{i}" for i, c in enumerate(WRITTEN_ANCHOR_CASES)])
def test_a_count_starts_from_the_date_the_sentence_before_writes(text, trigger, day):
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "trigger", "day"), KEPT_CASES, ids=[f"{c[1]}{i}" for i, c in enumerate(KEPT_CASES)])
def test_f30b_kept_event_dates(text, trigger, day):
    check_day(text, trigger, day, "fr")


@pytest.mark.parametrize(("text", "trigger", "day"), DATELINE_PLACE_CASES, ids=[f"{c[1]}{i}" for i, c in enumerate(DATELINE_PLACE_CASES)])
def test_a_place_between_dashes_belongs_to_the_dateline(text, trigger, day):
    check_day(text, trigger, day, "fr")
