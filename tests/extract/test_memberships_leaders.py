"""Leaders of parties, unions, movements and groups (role:Leader, a head role): "Green Party leader
Anna Berg", "Senate Majority Leader John Ward", « le chef de file des Verts, Marc Dubois » had no
membership at all. A rank is no post: "market leader Acme" (``xx/role_other_senses``). Every
sentence is invented."""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc

CASES = [
    ("en", "Green Party leader Anna Berg resigned on Monday.", ("Anna Berg", "Leader", "Green Party")),
    ("en", "Senate Majority Leader John Ward said the bill would pass.", ("John Ward", "Leader", "Senate")),
    ("en", "Hamas leader Ali Nasser was killed in the strike.", ("Ali Nasser", "Leader", "Hamas")),
    ("en", "Union leader Tom Hale said the strike would go on.", ("Tom Hale", "Leader", None)),
    ("fr", "Le chef de file des Verts, Marc Dubois, a démissionné.", ("Marc Dubois", "Leader", "Verts")),
    ("fr", "Le leader de la CGT, Paul Roux, a appelé à la grève.", ("Paul Roux", "Leader", "CGT")),
]

NO_LEADER = [
    ("en", "Market leader Acme cut prices on Friday."),
    ("en", "Industry leader Beta Corp. said sales rose."),
    ("en", "World leaders gathered in Rome on Sunday."),
]


def _found(nlp, lang: str, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (m.person.text, m.role, m.organisation.text if m.organisation else None)
        for m in memberships_from_doc(nlp(text), lang=lang)
    }


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[2][0] for c in CASES])
def test_a_leader_heads_the_party_or_group(request, lang: str, text: str, expected) -> None:
    found = _found(request.getfixturevalue(f"{lang}_nlp"), lang, text)
    assert expected in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), NO_LEADER)
def test_a_rank_is_no_leadership(request, lang: str, text: str) -> None:
    assert not any(role == "Leader" for _, role, _ in _found(request.getfixturevalue(f"{lang}_nlp"), lang, text))


def test_leader_is_a_head_role() -> None:
    from kg.knowledge.lexicons import load_roles

    assert "Leader" in load_roles().heads
