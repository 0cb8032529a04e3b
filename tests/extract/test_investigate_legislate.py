"""Issue 17, class 6 (missed triggers): investigations and legislation.

``evt:Investigate`` (under Justice): the investigating body is the agent, who or what is investigated
the patient; a search of premises is the same type. ``evt:Legislate``: a chamber, government or
official adopts, passes or signs a text into law; ``evt:RejectLegislation``: it rejects or vetoes one.
Every sentence is invented for these tables. The whole pipeline reads each text.
"""

from __future__ import annotations

import pytest

from kg.types import Document, PartialDate

pytestmark = pytest.mark.slow

DATE = PartialDate(2021, 3, 18)  # a Thursday
_NEW_TYPES = frozenset({"Investigate", "Legislate", "RejectLegislation"})


def _analyse(lang: str, text: str):
    from kg.analyse.pipeline import analyse

    (result,) = list(analyse([Document(id="t", text=text, source="test", date=DATE, lang=lang)]))
    return result


def _text(mention) -> str | None:
    return None if mention is None else mention.text


# (lang, text, trigger, type, agent, patient head, date)
FOUND = [
    ("fr", "Le parquet de Nantes a ouvert mardi une enquête préliminaire sur la disparition de Léa Morel.",
     "enquête", "Investigate", "parquet de Nantes", "disparition", "2021-03-16"),
    ("fr", "Les gendarmes enquêtent sur l'incendie de la scierie Valbois.",
     "enquêtent", "Investigate", "gendarmes", "incendie", None),
    ("fr", "Le parquet a ouvert une information judiciaire pour escroquerie.",
     "information", "Investigate", "parquet", "escroquerie", None),
    ("en", "The SEC opened an investigation into Northwind on Monday.",
     "investigation", "Investigate", "SEC", "Northwind", "2021-03-15"),
    ("en", "Police are investigating the blaze at the Riverside depot.",
     "investigating", "Investigate", "Police", "blaze", None),
    ("en", "Federal prosecutors are probing the loans granted by Fabrikam.",
     "probing", "Investigate", "prosecutors", "loans", None),
    ("en", "Detectives searched the home of the former mayor on Tuesday.",
     "searched", "Investigate", "Detectives", "home", "2021-03-16"),
    ("en", "The Senate passed the infrastructure bill on Monday.",
     "passed", "Legislate", "Senate", "infrastructure bill", "2021-03-15"),
    ("en", "The bill was passed by the House of Representatives.",
     "passed", "Legislate", "House of Representatives", "bill", None),
    ("en", "Governor Ellen Park signed the bill into law on Friday.",
     "signed", "Legislate", "Governor Ellen Park", "bill", "2021-03-12"),
    ("en", "Lawmakers voted 61-39 to approve the bill.",
     "approve", "Legislate", "Lawmakers", "bill", None),
    ("en", "The governor vetoed the measure on Wednesday.",
     "vetoed", "RejectLegislation", "governor", "measure", "2021-03-17"),
    ("en", "The Senate rejected the amendment.",
     "rejected", "RejectLegislation", "Senate", "amendment", None),
    ("fr", "L'Assemblée nationale a adopté mardi le projet de loi sur l'eau.",
     "adopté", "Legislate", "Assemblée nationale", "projet", "2021-03-16"),
    ("fr", "Le texte a été adopté par le Sénat.",
     "adopté", "Legislate", "Sénat", "texte", None),
    ("fr", "Les députés ont voté le texte en première lecture.",
     "voté", "Legislate", "députés", "texte", None),
    ("fr", "Le président a promulgué la loi le 3 mars.",
     "promulgué", "Legislate", "président", "loi", "2021-03-03"),
    ("fr", "Le Sénat a rejeté le texte mercredi.",
     "rejeté", "RejectLegislation", "Sénat", "texte", "2021-03-17"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "etype", "agent", "patient", "date"), FOUND)
def test_investigations_and_legislation_are_events(lang, text, trigger, etype, agent, patient, date):
    analysis = _analyse(lang, text)
    found = [e for e in analysis.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger.text, e.type) for e in analysis.events]}"
    event = found[0]
    assert event.type == etype
    assert event.polarity == "POS"
    assert _text(event.agent) == agent
    # The patient's extent may carry its complements ("disparition de Léa Morel"): its head is what counts.
    assert (_text(event.patient) or "").startswith(patient)
    if date is not None:
        assert event.time is not None and event.time.value == date


def test_a_bill_not_passed_is_a_negated_legislate():
    analysis = _analyse("en", "The Senate did not pass the bill.")
    (event,) = [e for e in analysis.events if e.trigger.text == "pass"]
    assert (event.type, event.polarity) == ("Legislate", "NEG")


# Near misses: other senses of the same words give none of the new types.
NOT_FOUND = [
    ("en", "He passed the ball to the striker."),
    ("en", "She passed the driving test last week."),
    ("en", "The regulator approved the merger of the two airlines."),
    ("en", "The board rejected the offer from Contoso."),
    ("en", "The company adopted new measures to cut costs."),
    ("en", "The couple adopted a baby girl in 2019."),
    ("en", "Fans searched the stands for the lost ring."),
    ("fr", "Le couple a adopté un enfant en 2019."),
    ("fr", "Les actionnaires ont adopté le projet de fusion."),
    ("fr", "Le conseil d'administration a rejeté l'offre de Contoso."),
    ("fr", "Selon une enquête d'opinion publiée lundi, les Français sont inquiets."),
    ("fr", "La Chine dispose d'un droit de veto au Conseil de sécurité."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FOUND)
def test_near_misses_are_not_investigations_or_legislation(lang, text):
    analysis = _analyse(lang, text)
    assert not [(e.trigger.text, e.type) for e in analysis.events if e.type in _NEW_TYPES]


def test_a_finding_of_an_investigation_stays_a_statement():
    # « l'enquête révèle » : the noun is an investigation, the verb keeps its own reading.
    analysis = _analyse("fr", "L'enquête révèle que la société Valbois a menti.")
    types = {e.trigger.text: e.type for e in analysis.events}
    assert types.get("révèle") == "Statement"
    assert types.get("enquête") == "Investigate"


# rvv32 (review): a text, a resolution or a proposal is legislation only in a legislature's hands; a
# union, a company or shareholders adopting or rejecting « le texte », "a resolution" legislate nothing,
# and a pollster's survey or a customer's inquiry is no investigation. Invented sentences.
REVIEW_NOT_FOUND = [
    ("fr", "Les syndicats ont rejeté le texte de la direction."),
    ("fr", "La direction a adopté le texte de l'accord."),
    ("fr", "Les salariés ont voté le texte de l'accord."),
    ("fr", "Le texte a été rejeté par les syndicats."),
    ("fr", "Les actionnaires ont voté les résolutions proposées."),
    ("fr", "Le gouvernement a rejeté les propositions des syndicats."),
    ("fr", "Selon une enquête Ipsos publiée lundi, les Français doutent."),
    ("fr", "Une enquête de l'Insee publiée jeudi montre une baisse."),
    ("en", "Shareholders approved a resolution on executive pay."),
    ("en", "The board of Contoso adopted a resolution to buy back shares."),
    ("en", "The company received a customer inquiry about the delay."),
    ("en", "Reporters received dozens of media inquiries."),
    ("en", "NASA's probe reached the orbit of Jupiter on Tuesday."),
    ("en", "Israeli troops raided the house of a suspected militant in Jenin."),
    ("en", "The bill passed a key hurdle in committee."),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_NOT_FOUND)
def test_texts_outside_a_legislature_and_surveys_are_no_such_events(lang, text):
    analysis = _analyse(lang, text)
    assert not [(e.trigger.text, e.type) for e in analysis.events if e.type in _NEW_TYPES]


# ... while a legislature's texts and resolutions, active or passive, still are (lang, text, trigger, type, agent)
REVIEW_FOUND = [
    ("fr", "Les députés ont adopté le texte mardi.", "adopté", "Legislate", "députés"),
    ("fr", "Le texte a été voté par l'Assemblée nationale.", "voté", "Legislate", "Assemblée nationale"),
    ("fr", "Le Conseil de sécurité a adopté une résolution sur la Syrie.", "adopté", "Legislate", "Conseil de sécurité"),
    ("fr", "Le Sénat a rejeté la proposition de loi.", "rejeté", "RejectLegislation", "Sénat"),
    ("fr", "Le nouveau texte, adopté dans l'urgence, durcit les sanctions.", "adopté", "Legislate", None),
    ("fr", "Une enquête de l'IGPN a été ouverte.", "enquête", "Investigate", "IGPN"),
    ("en", "The UN Security Council adopted a resolution condemning the attack.", "adopted", "Legislate",
     "UN Security Council"),
    ("en", "A resolution was adopted by the General Assembly.", "adopted", "Legislate", "General Assembly"),
    ("en", "The city council passed a resolution backing the plan.", "passed", "Legislate", "city council"),
    ("en", "A public inquiry into the fire opened on Monday.", "inquiry", "Investigate", None),
    ("en", "Agents raided the offices of the company on Monday.", "raided", "Investigate", "Agents"),
]


def test_a_bill_passing_a_chamber_is_the_chamber_legislating():
    # "the bill passed the Senate": the text is the subject, the chamber the object and the agent
    analysis = _analyse("en", "The measure passed the House by a single vote.")
    (event,) = [e for e in analysis.events if e.trigger.text == "passed"]
    assert (event.type, _text(event.agent), _text(event.patient)) == ("Legislate", "House", "measure")


@pytest.mark.parametrize(("lang", "text", "trigger", "etype", "agent"), REVIEW_FOUND)
def test_legislature_texts_and_resolutions_stay_legislation(lang, text, trigger, etype, agent):
    analysis = _analyse(lang, text)
    found = [e for e in analysis.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger.text, e.type) for e in analysis.events]}"
    assert found[0].type == etype
    assert _text(found[0].agent) == agent
