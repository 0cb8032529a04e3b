"""Issue 17, event side: exits by negation or aspect, event time, factuality, event coreference.

Every sentence is invented for these tables (none is an issue example verbatim, none comes from the
seed). The whole pipeline (:func:`kg.analyse.pipeline.analyse`) reads each text, so the tests see
the document-level steps too (asserted polarity, time attachment, event coreference).
"""

from __future__ import annotations

import pytest

from kg.types import Document, PartialDate

pytestmark = pytest.mark.slow

DATE = PartialDate(2021, 3, 18)  # a Thursday


def _analyse(lang: str, text: str, date: PartialDate | None = DATE):
    from kg.analyse.pipeline import analyse

    (result,) = list(analyse([Document(id="t", text=text, source="test", date=date, lang=lang)]))
    return result


def _event(analysis, trigger: str):
    found = [e for e in analysis.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger.text, e.type) for e in analysis.events]}"
    return found[0]


# --- class 5: exits expressed by negation or aspect ---------------------------------------------------

EXITS = [
    ("en", "Northwind is no longer in the business of selling scanners.", "selling", "ProductDiscontinuation"),
    ("en", "The lender has ceased to provide car loans.", "provide", "ProductDiscontinuation"),
    ("en", "Contoso stopped offering free storage last year.", "offering", "ProductDiscontinuation"),
    ("en", "Fabrikam will no longer market its diesel vans in Spain.", "market", "ProductDiscontinuation"),
    ("en", "Tailspin won't supply the engines anymore.", "supply", "ProductDiscontinuation"),
    ("fr", "Northwind continuera de ne pas commercialiser ses scanners.", "commercialiser", "ProductDiscontinuation"),
    ("fr", "Le groupe cesse de fournir des pièces détachées.", "fournir", "ProductDiscontinuation"),
    ("fr", "Contoso a arrêté de distribuer ses jeux en magasin.", "distribuer", "ProductDiscontinuation"),
    ("fr", "Fabrikam ne proposera plus ses fourgons diesel en Espagne.", "proposera", "ProductDiscontinuation"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "etype"), EXITS)
def test_exits_are_asserted_discontinuations(lang, text, trigger, etype):
    analysis = _analyse(lang, text)
    event = _event(analysis, trigger)
    assert event.type == etype
    assert event.polarity == "POS"
    assert not any(e.type == "TransferOwnership" and e.polarity == "POS" for e in analysis.events)


NOT_EXITS = [
    ("en", "Northwind did not stop selling scanners.", "selling"),
    ("en", "Northwind is still in the business of selling scanners.", "selling"),
    ("fr", "Northwind n'a pas cessé de vendre ses scanners.", "vendre"),
    ("fr", "Northwind continuera de vendre ses scanners.", "vendre"),
]


@pytest.mark.parametrize(("lang", "text", "trigger"), NOT_EXITS)
def test_sales_that_go_on_are_not_discontinuations(lang, text, trigger):
    analysis = _analyse(lang, text)
    assert not any(e.type == "ProductDiscontinuation" for e in analysis.events)


def test_verb_of_ending_and_its_complement_give_one_event():
    analysis = _analyse("en", "Globex will discontinue selling its modems.")
    found = [e for e in analysis.events if e.type == "ProductDiscontinuation"]
    assert [e.trigger.text for e in found] == ["selling"]
    assert found[0].patient is not None and found[0].patient.text == "modems"
