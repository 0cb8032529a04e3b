"""A deputy's title is another office than the head's (lead39, issue 17): "Deputy Prime Minister Ann
Lee", "the deputy mayor of Boston", « adjoint au maire de Toulon », « directeur général adjoint » make
no membership with the head's role (nor "Deputy" an organisation), while the head's own title still
does. Every sentence is invented. A row is (lang, text, person, roles the person must not get,
roles the person must get)."""

from __future__ import annotations

import pytest

from kg.extract.memberships import memberships_from_doc

CASES = [
    ("en", "Deputy Prime Minister Ann Lee resigned on Monday.", "Ann Lee", {"PrimeMinister"}, set()),
    ("en", "Deputy Mayor Tom Hill of Boston resigned.", "Tom Hill", {"Mayor"}, set()),
    ("en", "Ann Lee, the deputy mayor of Boston, resigned.", "Ann Lee", {"Mayor"}, set()),
    ("en", "Ann Lee, the deputy chief executive of Velcora, resigned.", "Ann Lee", {"CEO"}, set()),
    ("en", "Assistant coach Mark Dunn left the club.", "Mark Dunn", {"Coach"}, set()),
    ("fr", "Un adjoint au maire de Toulon, Bernard Castel, a démissionné.", "Bernard Castel", {"Mayor"}, set()),
    ("fr", "L'adjointe à la maire de Lyon, Anne Roy, a démissionné.", "Anne Roy", {"Mayor"}, set()),
    ("fr", "Le directeur général adjoint de Valmont, Paul Roux, a démissionné.", "Paul Roux", {"CEO"}, set()),
    # guards: the head's own title, and a deputy office the role lexicon names as a title of its own
    ("en", "Mayor Tom Hill of Boston resigned.", "Tom Hill", set(), {"Mayor"}),
    ("en", "Ann Lee, the chief executive of Velcora, resigned.", "Ann Lee", set(), {"CEO"}),
    ("fr", "Le maire de Toulon, Hubert Roux, a démissionné.", "Hubert Roux", set(), {"Mayor"}),
    ("fr", "Le vice-président de Valmont, Paul Roux, a démissionné.", "Paul Roux", set(), {"VicePresident"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "person", "absent", "present"), CASES, ids=[c[1][:40] for c in CASES])
def test_a_deputy_holds_no_head_office(request, lang: str, text: str, person: str, absent: set[str],
                                       present: set[str]) -> None:
    nlp = request.getfixturevalue(f"{lang}_nlp")
    found = list(memberships_from_doc(nlp(text), lang=lang))
    roles = {m.role for m in found if m.person.text == person}
    assert not roles & absent, roles
    assert present <= roles, roles
    assert all(m.organisation is None or m.organisation.text != "Deputy" for m in found)
