"""French participants read on invented news (issue 17, f32a): who speaks after a dateline, whom
« elle » stands for after « le groupe X a nommé Sophie Y », « l'intéressé » and « le prévenu » after
a person with an office, and a clause that opens with its source (« D'après L'Équipe, le club
anglais X a … », « Selon la CGT, le groupe X a … »). Every sentence is invented for these tests.
An argument is read as ``kg eval`` reads it: through the chain of the entity it belongs to.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _analysis(text: str):
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    result = next(analyse([Document(id="t", text=text, source="<test>", lang="fr", date=PartialDate(2026, 4, 8))]))
    assert not isinstance(result, Exception), result
    return result


def _chain_names(result, start: int, end: int) -> set[str]:
    """The names of the entity whose mention or reference overlaps ``[start, end)``."""
    names: set[str] = set()
    for entity in result.entities:
        if any(m.start < end and start < m.end for m in (*entity.mentions, *entity.references)):
            names |= {m.text for m in entity.mentions}
    return names


def _argument_names(text: str, trigger: str, role: str, *, nth: int = 0) -> set[str]:
    """The names of the chain the ``nth`` event on ``trigger``'s ``role`` belongs to."""
    from kg.evaluation.runner import system_output

    result = _analysis(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    out = system_output(result, bare_names=True)
    args = [a.argument for a in out.arguments if a.trigger.start == start and a.role == role]
    assert args, ([e.text for e in out.events], [(a.trigger.text, a.role, a.argument.text) for a in out.arguments])
    return _chain_names(result, args[0].start, args[0].end)


# (text, trigger, role, a name of the chain the argument must belong to)
CASES = [
    # a dateline the splitter cut into pieces (« PARIS », « , 12 mars. ») is no distance between a
    # quotation's « affirme-t-il » and the speaker before it
    ("Le député Marc Lefort a critiqué la réforme. « Nous avons perdu un homme de terrain », regrette-t-il. "
     "PARIS, 12 mars. « Le gouvernement doit écouter les agriculteurs », affirme-t-il.",
     "affirme", "agent", "député Marc Lefort"),
    # ... nor a full stop at the end of a line that the splitter ran on into the next line
    ("D'après le quotidien Le Courrier, le ministre prépare un livre sur son passage au gouvernement.\n"
     "« Nous avons perdu un homme de terrain », regrette le député Marc Lefort.\nPARIS, 12 mars.\n"
     "« Le gouvernement doit écouter les agriculteurs », affirme-t-il.",
     "affirme", "agent", "député Marc Lefort"),
    # « elle » is not « le groupe »: a woman the given name shows, over a company only « elle » may be
    ("Le groupe Valmont a nommé Sophie Renard directrice générale. Elle succède à Pierre Lambert, qui quitte "
     "l'entreprise. « C'est un honneur », déclare-t-elle.",
     "déclare", "agent", "Sophie Renard"),
    # « l'intéressé », « le prévenu »: the person in that situation, whatever office they held
    ("L'ancien maire de Tourville, Gérard Mercier, a été condamné mardi à deux ans de prison avec sursis par le "
     "tribunal correctionnel de Caen. L'intéressé a annoncé son intention de faire appel.",
     "annoncé", "agent", "Gérard Mercier"),
    ("Le maire Yves Colin a rencontré le juge Paul Besson. L'intéressé a annoncé sa démission.",
     "annoncé", "agent", "Yves Colin"),
    ("Le juge Paul Besson a interrogé le maire Yves Colin. Le prévenu a reconnu les faits.",
     "reconnu", "agent", "Yves Colin"),
    # (rvf32a) a coach is an office: the one the text called so (« a recruté Bruno Faure. L'entraîneur »
    # alone may be a player recruited under the coach)
    ("Le club de Montclair a recruté l'entraîneur Bruno Faure en juin. L'entraîneur a signé un contrat de deux ans.",
     "contrat", "agent", "Bruno Faure"),
    # a source the parse made the subject: the apposition after it is the subject
    ("D'après L'Équipe, le club anglais Northfield a recruté Léo Marchand.", "recruté", "agent", "Northfield"),
    ("Selon la CGT, le groupe Valmont a licencié 300 salariés.", "licencié", "agent", "Valmont"),
]

# the source's apposition is another entity than the source (« Selon la CGT, le groupe Valmont »)
SOURCE_CASES = [
    ("Selon la CGT, le groupe Valmont a licencié 300 salariés.", "CGT", "le groupe"),
    ("D'après la police, le club Montclair a porté plainte jeudi.", "police", "le club"),
]

# cases that must keep their reading
KEPT = [
    ("Le Premier ministre a nommé Claire Vasseur à la tête du ministère. Elle succède à Henri Pasquier, qui a "
     "démissionné après une polémique.\n« Je mesure la responsabilité qui m'est confiée », affirme-t-elle dans un "
     "communiqué.\nSelon Matignon, sa nomination a été décidée lundi soir.",
     "nomination", "patient", "Claire Vasseur"),
    ("La société Valmont a nommé Paul Renard directeur général. Elle a aussi annoncé des résultats en hausse.",
     "annoncé", "agent", "Valmont"),
    ("Selon Le Monde, le président Marc Roy a limogé son Premier ministre.", "limogé", "agent", "Marc Roy"),
    ("Henri Pasquier a rencontré Julien Morel mercredi matin. Ce dernier a annoncé sa démission.",
     "annoncé", "agent", "Julien Morel"),
    ("Le juge Paul Besson a interrogé Yves Colin puis Thomas Girard. Ce dernier a reconnu les faits.",
     "reconnu", "agent", "Thomas Girard"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), CASES + KEPT, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES + KEPT)])
def test_a_french_participant_is_read_through_its_chain(text: str, trigger: str, role: str, name: str) -> None:
    names = _argument_names(text, trigger, role)
    assert any(name in n or n in name for n in names), names


@pytest.mark.parametrize(("text", "source", "subject"), SOURCE_CASES, ids=[c[1] for c in SOURCE_CASES])
def test_a_source_is_no_apposition_of_the_subject(text: str, source: str, subject: str) -> None:
    result = _analysis(text)
    start = text.index(subject)
    for entity in result.entities:
        if any(source in m.text for m in entity.mentions):
            assert not any(r.start <= start < r.end for r in entity.references), entity.references


def test_a_role_keeps_a_person_from_an_organisation_description() -> None:
    """« L'attaquant Léo Marchand … Le joueur … le club anglais »: a person a role described is no
    club, even when the club's own name hangs elsewhere in the parse."""
    text = ("L'attaquant Léo Marchand a marqué deux buts samedi contre Bellerive.\n"
            "Le joueur a signé un nouveau contrat avec Montclair jusqu'en 2029.\n"
            "D'après L'Équipe, le club anglais Northfield a proposé 20 millions d'euros pour le recruter.")
    result = _analysis(text)
    start = text.index("le club anglais")
    marchand = next(e for e in result.entities if any(m.text == "Léo Marchand" for m in e.mentions))
    assert not any(r.start <= start < r.end for r in marchand.references), marchand.references


def test_a_sentence_piece_of_no_clause_is_no_distance() -> None:
    from kg.extract.coref import _counted_sentence_starts
    from kg.types import Span

    pieces = ["Il a parlé. ", "PARIS", ", 12 mars. ", "«", " Oui », dit-il.\n", "Il refuse.\nIl part."]
    text = "".join(pieces)
    sentences, at = [], 0
    for piece in pieces:
        sentences.append(Span(at, at + len(piece), piece))
        at += len(piece)
    starts = _counted_sentence_starts(text, sentences)
    # « PARIS » and « , 12 mars. » end the sentence before; the lone « opens the next one; a full
    # stop at a line's end ends a sentence
    assert [text[s : s + 4] for s in starts] == ["Il a", "« Ou", "Il r", "Il p"], [text[s : s + 8] for s in starts]


# (rvf32a) a person noun of fr/coref_nouns takes up no one of the other gender, and « l'attaquant »,
# « l'entraîneur », « le sélectionneur » (offices of fr/coref_opposed_roles) no one the text did not
# call so: (text, the description, a name its chain must not hold)
NOT_TAKEN_UP = [
    ("Jean Dupont, 45 ans, a été poignardé samedi soir à Lyon. L'attaquant a pris la fuite à pied.",
     "L'attaquant", "Jean Dupont"),
    ("Le club de Bellerive a battu Montclair grâce à un but de Bruno Faure. L'entraîneur a salué l'état d'esprit "
     "du groupe.", "L'entraîneur", "Bruno Faure"),
    ("Le milieu Hugo Lemaire a été rappelé en équipe de France. Le sélectionneur a salué sa régularité.",
     "Le sélectionneur", "Hugo Lemaire"),
    ("Marie Caron a témoigné jeudi contre son ancien associé devant le tribunal de Rennes. L'accusé a nié les faits.",
     "L'accusé", "Marie Caron"),
    ("La gardienne Julie Morin a été agressée dans la prison de Fresnes. Le prévenu sera jugé en juin.",
     "Le prévenu", "Julie Morin"),
    ("Les enquêteurs ont entendu Sandrine Lebrun comme témoin. Le prévenu, lui, a gardé le silence.",
     "Le prévenu", "Sandrine Lebrun"),
]

# (rvf32a) the same descriptions that keep their person: called so before, or of the same gender
TAKEN_UP = [
    ("L'attaquant Tom Girard a inscrit un doublé dimanche. L'attaquant a ensuite quitté le terrain sur blessure.",
     "L'attaquant a", "Tom Girard"),
    ("Julien Morel, l'entraîneur de Bellerive, a été limogé. L'entraîneur paie les mauvais résultats.",
     "L'entraîneur paie", "Julien Morel"),
    ("Chloé Marchal a été interpellée mardi à Nantes. La prévenue sera jugée en comparution immédiate.",
     "La prévenue", "Chloé Marchal"),
]


def _takes_up(text: str, description: str, name: str) -> bool:
    """Whether the chain of the person named ``name`` holds the description at ``description``."""
    result = _analysis(text)
    start = text.index(description)
    person = next((e for e in result.entities if any(name in m.text for m in e.mentions)), None)
    assert person is not None, [[m.text for m in e.mentions] for e in result.entities]
    return any(r.start <= start < r.end for r in person.references)


@pytest.mark.parametrize(("text", "description", "name"), NOT_TAKEN_UP, ids=[c[1] for c in NOT_TAKEN_UP])
def test_a_person_description_takes_up_no_one_it_does_not_fit(text: str, description: str, name: str) -> None:
    assert not _takes_up(text, description, name)


@pytest.mark.parametrize(("text", "description", "name"), TAKEN_UP, ids=[c[1] for c in TAKEN_UP])
def test_a_person_description_takes_up_the_one_it_fits(text: str, description: str, name: str) -> None:
    assert _takes_up(text, description, name)
