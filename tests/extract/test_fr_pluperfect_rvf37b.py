"""Review rvf37b of f37b: what reads as a French pluperfect, and « Bercy » in a compound place name.
Every sentence is invented.

A part of the day after a day a pluperfect sentence gave is the story's own day (f37b); a sentence
is in the pluperfect only when the imperfect of « avoir » comes before a past participle, past any
adverbs (« avait déjà quitté », « avaient été arrêtés »), or the imperfect of « être » before the
participle of a verb conjugated with it or of a reflexive verb (« était parti », « s'était
déclaré »). A name, a noun or a function word after the auxiliary (« était à Paris », « avait du
mal », « avait plus de », « était aussi présente ») and a passive's state (« était fermée ») are
no pluperfect: the part of the day stays on the day given. Nor does one that opens its sentence
(« Dans la soirée, … »), which goes on from the day just given (f32b's rule, which f37b's broke). A gazetteer organisation glued by a
hyphen to a known place (« Paris-Bercy ») is part of a compound place's name, not the organisation.
"""

from __future__ import annotations

import pytest

from kg.types import PartialDate
from tests.extract.event_days import analyse_text

pytestmark = pytest.mark.slow

PUBLISHED = PartialDate(2025, 5, 15)  # a Thursday

# (text, timex, value): the day part's value.
DAY_PART_CASES = [
    # no pluperfect: the part of the day is on the day given
    ("Le 9, le ministre était à Paris pour un sommet. Il a rencontré les syndicats dans la soirée.",
     "la soirée", "2025-05-09TEV"),
    ("Le 9, la maire était aussi présente au conseil. Elle a signé l'arrêté dans la soirée.",
     "la soirée", "2025-05-09TEV"),
    ("Le 9, l'équipe avait du mal à se qualifier. Elle a battu Lyon 2-0 dans la soirée.",
     "la soirée", "2025-05-09TEV"),
    ("Le 9, le club avait plus de 3 000 abonnés. Il a annoncé un record dans la soirée.",
     "la soirée", "2025-05-09TEV"),
    ("Le 9, la route était fermée à la circulation. La préfecture a annoncé sa réouverture en fin de journée.",
     "fin de journée", "2025-05-09"),
    # guards, a pluperfect: past adverbs, a passive, a reflexive verb, a verb of « être »
    ("Le 9, le juge n'avait pas encore entendu les témoins. L'avocat a déposé un recours dans la soirée.",
     "la soirée", "2025-05-15TEV"),
    ("Le 9, deux suspects avaient été interpellés. Le parquet a ouvert une enquête dans la soirée.",
     "la soirée", "2025-05-15TEV"),
    ("Le 9, un incendie s'était déclaré dans l'entrepôt. La police a arrêté deux suspects dans la matinée.",
     "la matinée", "2025-05-15TMO"),
    ("Le 9, le convoi était parti de Marseille. Les douaniers ont saisi la cargaison dans la soirée.",
     "la soirée", "2025-05-15TEV"),
    # a part of the day that opens its sentence goes on from the day just given (f32b)
    ("Le 9, un incendie s'était déclaré dans l'entrepôt. Dans la matinée, la police a arrêté deux suspects.",
     "la matinée", "2025-05-09TMO"),
    ("Le 9, des pluies avaient inondé la vallée.\n\nEn début de soirée, le préfet a déclenché le plan Orsec.",
     "début de soirée", "2025-05-09TEV"),
]


@pytest.mark.parametrize(("text", "timex", "value"), DAY_PART_CASES)
def test_day_part_after_a_day_in_or_out_of_the_pluperfect(text: str, timex: str, value: str) -> None:
    found = {t.text: t.value for t in analyse_text(text, "fr", published=PUBLISHED).timexes}
    assert found.get(timex) == value


@pytest.mark.parametrize(("form", "verb"), [
    ("endommagées", "endommager"),
    ("déclaré", "déclarer"),
    ("mise", "mettre"),
    ("venus", "venir"),
    ("ouverte", "ouvrir"),
    # guards: a noun, a function word, an adjective
    ("côté", None),
    ("idée", None),
    ("du", None),
    ("présente", None),
])
def test_participle_verb(form: str, verb: str | None) -> None:
    from kg.nlp.wordforms import participle_verb

    assert participle_verb(form, "fr") == verb


def _types(text: str) -> dict[str, str]:
    """Every entity's mention texts → the entity's type."""
    return {m.text: e.type for e in analyse_text(text, "fr", published=PUBLISHED).entities for m in e.mentions}


@pytest.mark.parametrize(("text", "mention", "etype"), [
    ("Le Masters de Paris-Bercy s'ouvre lundi.", "Bercy", None),
    ("Le tournoi de Paris-Bercy a été reporté.", "Bercy", None),
    # guards: the ministry alone; two companies joined by a hyphen
    ("Bercy a revu à la baisse sa prévision de croissance.", "Bercy", "ORG"),
    ("L'alliance Renault-Nissan a annoncé une plateforme commune.", "Renault-Nissan", "ORG"),
])
def test_organisation_in_a_hyphenated_place(text: str, mention: str, etype: str | None) -> None:
    assert _types(text).get(mention) == etype


def _described(text: str) -> dict[str, list[str]]:
    """Every entity's label → the texts of the descriptions that take it up."""
    return {e.label: [r.text for r in e.references] for e in analyse_text(text, "fr", published=PUBLISHED).entities}


@pytest.mark.parametrize(("text", "label", "description", "described"), [
    # a noun of an organisation before its name and a person's: the organisation's description
    ("Le constructeur Peugeot Jean Martin a présenté ses résultats.", "Jean Martin", "Le constructeur", False),
    ("Le syndicat FO Thierry Lemaire a appelé à la grève.", "Thierry Lemaire", "Le syndicat", False),
    # guard: a role noun, a party, then the person (f37b)
    ("Le député LR Éric Valbonne a déposé un amendement mardi.", "Éric Valbonne", "Le député", True),
])
def test_description_of_an_organisation_before_a_person(text: str, label: str, description: str, described: bool) -> None:
    assert (description in _described(text).get(label, [])) is described
