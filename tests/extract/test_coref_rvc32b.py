"""Review of c32b: "of" complements that name one thing in two forms (rvc32b).

Two plural or definite phrases of one head whose "of" complements name different things are two
things (c32b), but the same thing written short or long, or written before the noun first, is one:
"shares of Pellworth Mining Inc." ... "shares of Pellworth", "Pellworth Mining shares" ...
"shares of Pellworth Mining". An apposition or a clause inside the complement is no part of the
name ("shares of Pellworth Mining, the Perth-based gold producer,"). Every text is invented for
these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_same_chain

pytestmark = pytest.mark.slow


# (text, the first phrase, the second phrase, whether they are one chain)
OWNER_FORM_CASES = [
    ("Shares of Pellworth Mining rose 4 percent on Tuesday. By Thursday, shares of Pellworth had lost the gain.",
     "Shares", "shares", True),
    ("Shares of Harrowgate Cycles Inc. jumped 8 percent. Shares of Harrowgate Cycles slipped later in the session.",
     "Shares", "Shares", True),
    ("Pellworth Mining shares rose 4 percent on Tuesday. Shares of Pellworth Mining had fallen for a week before.",
     "Mining shares", "Shares", True),
    ("Shares of Pellworth Mining, the Perth-based gold producer, rose 4 percent. Shares of Pellworth Mining fell on Friday.",
     "Shares", "Shares", True),
    ("The mayor of Los Angeles County unveiled a housing plan. The mayor of Los Angeles said rents would be frozen.",
     "The mayor", "The mayor", True),
    # guards: another company that shares a word, another company written before the noun
    ("Shares of Pellworth Mining rose 4 percent. Shares of Pellworth Foods fell 2 percent.", "Shares", "Shares", False),
    ("Harrowgate Cycles shares fell 3 percent. Shares of Pellworth Mining rose 2 percent.", "Cycles shares", "Shares", False),
]


@pytest.mark.parametrize(("text", "first", "second", "same"), OWNER_FORM_CASES)
def test_phrases_of_one_name_in_two_forms(text: str, first: str, second: str, same: bool) -> None:
    check_same_chain(text, first, second, same)
