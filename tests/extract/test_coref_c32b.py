"""Within-document coreference of market reports and carmaker news (issue 17, c32b).

An index's name, lower-case index modifiers and an index noun are one mention of the index ("the
Nasdaq composite index", "the technology-heavy Nasdaq composite index"), as "the FTSE 100 index"
already was; a name with another modifier is another index ("the Nasdaq biotechnology index").
A body's name without the place that opens it and without its complement takes up the full name
read before it ("the U.S. House of Representatives ... the House"), and only when one name fits.
Two plural phrases of one head whose "of" complements name different things are two things
("Shares of Kestrel Motors ... shares of Dalgren Foods"), the same name or none keeps them one.
Every text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english as _analyse
from tests.extract.coref_chains import check_same_chain

pytestmark = pytest.mark.slow


# (text, phrase, the name its chain must hold, or None: in no named entity's chain)
INDEX_CASES = [
    ("Stocks fell on Tuesday. The Nasdaq composite index lost 64 points to 2,150.", "The Nasdaq composite index", "Nasdaq"),
    ("The technology-heavy Nasdaq composite index dropped 21 points to 2,292 on Friday.", "Nasdaq composite index", "Nasdaq"),
    ("Wall Street rallied on Monday. The Dow rose 2 percent, and the Nasdaq composite index gained 3 percent.",
     "the Nasdaq composite index", "Nasdaq"),
    # guards: a name right before the noun as before, and an index the name does not name
    ("The Russell 2000 index of smaller companies gained 1.5 percent on Monday.", "The Russell 2000 index", "Russell 2000"),
    ("The Nasdaq biotechnology index fell 2 percent on Monday.", "The Nasdaq biotechnology index", None),
]


@pytest.mark.parametrize(("text", "phrase", "name"), INDEX_CASES)
def test_index_phrase_with_modifiers(text: str, phrase: str, name: str | None) -> None:
    result = _analyse(text)
    chains = {e.label: sorted({m.text for m in e.mentions} | {r.text for r in e.references}) for e in result.entities}
    holders = [e for e in result.entities if any(r.text == phrase for r in e.references)]
    if name is None:
        assert not holders, chains
    else:
        assert len(holders) == 1 and name in {m.text for m in holders[0].mentions}, chains


# (text, names that must be one entity, names that must stay apart)
SHORT_FORM_CASES = [
    ("The U.S. House of Representatives rejected the rescue plan on Monday. The House voted 228 to 205 against it.",
     ["The U.S. House of Representatives", "The House"], []),
    ("The United States House of Representatives passed the bill on Friday. Later, the House adjourned until January.",
     ["The United States House of Representatives", "the House"], []),
    # guards: the short form before the full name, and two bodies it could be
    ("The House voted on Monday. The U.S. House of Representatives had rejected the plan on Friday.",
     [], ["The House", "The U.S. House of Representatives"]),
    ("The U.S. House of Representatives and the British House of Lords held a joint session. The House voted 228 to 205.",
     [], ["The House", "The U.S. House of Representatives"]),
]


@pytest.mark.parametrize(("text", "together", "apart"), SHORT_FORM_CASES)
def test_short_form_after_place(text: str, together: list[str], apart: list[str]) -> None:
    result = _analyse(text)
    groups = [{m.text for m in e.mentions} for e in result.entities]
    if together:
        assert any(set(together) <= g for g in groups), groups
    if apart:
        assert not any(set(apart) <= g for g in groups), groups


# (text, the two phrases, whether they are one chain)
OWNER_CASES = [
    ("Shares of Kestrel Motors rose 5 percent on Monday. Investors sold shares of Dalgren Foods after it cut its forecast.",
     "Shares", "shares", False),
    ("Brentwood Airlines led the gains. The carrier's shares jumped 9 percent. Shares of Corvane Corp. fell 3 percent.",
     "shares", "Shares", False),
    # guards: the same name, no name
    ("Shares of Kestrel Motors rose 5 percent on Monday. By Friday, shares of Kestrel Motors had fallen again.", "Shares", "shares", True),
    ("Shares of Kestrel Motors rose 5 percent on Monday. The shares had fallen for a week before.", "Shares", "The shares", True),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), OWNER_CASES)
def test_phrases_of_different_names(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)
