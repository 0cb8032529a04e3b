"""Review of e32a's English business events and roles (issue 17): the bid noun "offer" only for a
company or a stake in it ("a special offer for new customers" and "tickets on offer for 20 euros" are
no bid), a verb of running in a contest ("leads Arsenal against Chelsea") is no post, a former word
before a compound title after a person's name ("Amy Ho, former Brisco Inc. chief executive") ends
the role, and only words that qualify a title may part an organisation's possessive name from it
("Kestane Bank's rival hired chief executive Tom Reyes" is no title of Kestane Bank's). Every
sentence is invented.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc
from kg.extract.memberships import memberships_from_doc

# (sentence, whether the noun "offer" is a Bid)
OFFERS = [
    ("The carrier launched a special offer for new customers on Monday.", False),
    ("Tickets are on offer for 20 euros at the box office.", False),
    ("He turned down an offer for a role in the film.", False),
    # still bids: a company, a stake, a unit, a takeover
    ("Brisco made an offer for Lumera Holdings last month.", True),
    ("Kestane Bank received a rival offer for its Polish unit.", True),
    ("Dunmore submitted an offer for the stake held by Brisco.", True),
    ("Harwick rejected a hostile offer from Tamsin Group.", True),
]


@pytest.mark.parametrize(("text", "is_bid"), OFFERS, ids=[f"offer-{i}" for i in range(len(OFFERS))])
def test_an_offer_is_a_bid_only_for_a_company_or_a_stake(en_nlp, text: str, is_bid: bool) -> None:
    events = events_from_doc(en_nlp(text), lang="en")
    assert any(e.trigger.text == "offer" and e.type == "Bid" for e in events) is is_bid


def _found(nlp, text: str) -> set[tuple[str, str, str | None, bool]]:
    return {
        (m.person.text, m.role, m.organisation.text if m.organisation else None, m.ended)
        for m in memberships_from_doc(nlp(text), lang="en")
    }


# (sentence, person): a verb of running in a contest or a ranking states no post
NO_POST = [
    ("The coach, Tom Reyes, leads Arsenal against Chelsea on Sunday.", "Tom Reyes"),
    ("Amy Ho leads Brisco Inc. in sales, analysts said.", "Amy Ho"),
    ("Dana Cole leads Kestane United into the final.", "Dana Cole"),
]


@pytest.mark.parametrize(("text", "person"), NO_POST, ids=[p for _, p in NO_POST])
def test_a_verb_of_running_in_a_contest_is_no_post(en_nlp, text: str, person: str) -> None:
    assert not any(found[0] == person and found[1] == "Director" for found in _found(en_nlp, text))


# (sentence, (person, role, organisation, ended)) that must be found
ROLES = [
    ("Amy Ho, former Brisco Inc. chief executive, joined Calder Partners.", ("Amy Ho", "CEO", "Brisco Inc.", True)),
    ("Paul Grant, the former Kestane Bank chairman, backed the plan.", ("Paul Grant", "Chair", "Kestane Bank", True)),
    # unchanged: a current compound title, a verb of running with a manner
    ("Amy Ho, Brisco Inc. chief executive, joined the board.", ("Amy Ho", "CEO", "Brisco Inc.", False)),
    ("Amy Ho runs Brisco Inc. with a firm hand.", ("Amy Ho", "Director", "Brisco Inc.", False)),
]


@pytest.mark.parametrize(("text", "expected"), ROLES, ids=[f"role-{i}" for i in range(len(ROLES))])
def test_former_compound_title_after_a_name(en_nlp, text: str, expected: tuple[str, str, str | None, bool]) -> None:
    assert expected in _found(en_nlp, text)


# Through the whole pipeline (kg.extract.memberships.with_chain_possessors): (text, person, organisation)
PIPELINE = [
    ("Kestane Bank's rival hired chief executive Tom Reyes last year.", "Tom Reyes", None),
    ("Kestane Bank's lawyers questioned chief financial officer Amy Ho on Monday.", "Amy Ho", None),
    ("Brisco Inc.'s talks with chief executive Joe Lamb collapsed.", "Joe Lamb", None),
    # still the possessor's: words that qualify the title
    ("Brisco Inc.'s new chief executive, Joe Lamb, took office on Monday.", "Joe Lamb", "Brisco Inc."),
    ("Kestane Bank's acting chief executive, Amy Ho, said the bank was sound.", "Amy Ho", "Kestane Bank"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person", "organisation"), PIPELINE, ids=[f"possessor-{i}" for i in range(len(PIPELINE))])
def test_only_title_words_between_a_possessor_and_its_title(text: str, person: str, organisation: str | None) -> None:
    from kg.analyse.pipeline import analyse
    from kg.types import Document, PartialDate

    (analysis,) = list(analyse([Document(id="t", text=text, source="test", date=PartialDate(2026, 3, 12), lang="en")]))
    found = [m for m in analysis.memberships if m.person.text == person]
    assert found, f"no membership of {person}"
    assert (found[0].organisation.text if found[0].organisation else None) == organisation
