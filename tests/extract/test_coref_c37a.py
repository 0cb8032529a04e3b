"""Within-document coreference of what only a body has, of a role the text names later and of an
organisation called by a description among its names, on invented English news (issue 17, c37a).

"Fighting broke out in Mali on Monday. Its government said": a possessive that determines what
only an organisation or a country has (``coref_body_possessions``: government, spokesman, prime
minister) takes up an organisation or a place, never a thing or an event said before it (the
fighting, the storm, the fire). "The chief executive of Kestrel Motors resigned ... Tom Reyes, the
chief executive, said": a definite role phrase is the one person the text gives that very role
later; "the new chief executive", another organisation's or no role given ("John Smith, who has
run the firm since 2015") is no evidence. "The EU executive" is the European Commission (a
description among the gazetteer record's names), "an EU executive" no one. With a woman in reach
whom her given name shows, "she" is hers, not a subject's of no known gender ("Moussa Traore met
the French envoy, Anne Morel. She said"); "he" stays the previous subject's by salience. The guards keep what
must not change: two people of one surname, "the automaker" after two automakers, a capital
apart from its country, "he" of a quotation whose speaker is a woman. A row of the reference
tables is (text, what, kind, expected) as in :func:`tests.extract.coref_chains.check_holder`.
Every text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import analyse_english, check_holder

pytestmark = pytest.mark.slow


BODY_CASES = [
    # diplomacy: a country named in a complement, an event the subject
    ("BAMAKO, March 3 - Fighting broke out in Mali on Monday. Its government said the army had retaken two towns.",
     "Its", "possessive", "Mali"),
    # accidents: a storm, a country and its prime minister
    ("A storm hit Haiti on Monday, killing 12 people. Its prime minister said aid was needed.", "Its", "possessive", "Haiti"),
    ("An earthquake struck Peru on Tuesday. Its president declared a state of emergency.", "Its", "possessive", "Peru"),
]

BODY_GUARDS = [
    # what is not only a body's: "its roof" may be the warehouse's
    ("A fire destroyed a warehouse owned by Dorvan Foods on Sunday. Its roof collapsed within an hour.", "Its", "possessive", None),
    # an unnamed company keeps its spokesman
    ("The company said on Monday it would cut jobs. Its spokesman said the cuts were needed.", "Its", "possessive", "~The company"),
    # ... and a state its governor (en/coref_body_owner_nouns)
    ("The state said on Monday it would borrow more. Its governor said taxes would not rise.", "Its", "possessive", "~The state"),
    # unchanged: the organisation that is the subject
    ("Kestrel Motors said on Monday it would cut 2,000 jobs in Ohio. Its spokesman said the cuts were needed.",
     "Its", "possessive", "Kestrel Motors"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), BODY_CASES + BODY_GUARDS)
def test_what_only_a_body_has(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


ROLE_CASES = [
    # business: the role first, the name with the same role by an apposition later
    ("DETROIT - The chief executive of Kestrel Motors resigned on Monday. Shares rose 4 percent. "
     "Tom Reyes, the chief executive, said he had been planning to leave for a year.", "The chief executive", "nominal", "Tom Reyes"),
    # ... a possessor that is no name, a title before the name
    ("The company's chief executive spoke on Tuesday. Shares rose 4 percent. Chief executive John Smith said sales would grow.",
     "chief executive", "nominal", "Chief executive John Smith"),
    # politics
    ("The president of the Harlow Farmers Union met the mayor on Monday. Tom Reyes, the president, said the talks had failed.",
     "The president", "nominal", "Tom Reyes"),
]

ROLE_GUARDS = [
    # no role given: running the firm is no evidence
    ("The company's chief executive spoke on Tuesday. Shares rose 4 percent. John Smith, who has run the firm since 2015, said sales would grow.",
     "chief executive", "nominal", None),
    # a successor
    ("The chief executive of Kestrel Motors resigned on Monday. The board named Tom Reyes as the new chief executive.",
     "The chief executive", "nominal", None),
    # another organisation's chief executive
    ("The chief executive of Kestrel Motors resigned on Monday. Tom Reyes, the chief executive of Dorvan Foods, said it was a loss.",
     "The chief executive", "nominal", None),
    # two people given the role
    ("The judge was replaced on Monday. Ann Lee, the judge, had been ill; Tom Reyes, the judge, will hear the case.",
     "The judge", "nominal", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), ROLE_CASES + ROLE_GUARDS)
def test_role_named_later(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


ALIAS_CASES = [
    # diplomacy: the EU executive is the Commission
    ("BRUSSELS - The European Commission fined Zorbatel on Monday. The EU executive said the fine was a record.",
     "European Commission", "EU executive"),
]

ALIAS_GUARDS = [
    # a person, no Commission
    ("An EU executive said on Monday that the talks had failed.", "European Commission", None),
]


@pytest.mark.parametrize(("text", "label", "mention"), ALIAS_CASES + ALIAS_GUARDS)
def test_description_among_names(text: str, label: str, mention: str | None) -> None:
    result = analyse_english(text)
    held = {m.text for e in result.entities if e.label == label for m in e.mentions}
    if mention is None:
        assert not held, held
    else:
        assert mention in held, [(e.label, [m.text for m in e.mentions]) for e in result.entities]


GENDER_CASES = [
    # diplomacy: a woman her given name shows, over a man of no known gender who was the subject
    ("Prime Minister Moussa Traore told reporters the situation was under control. Traore met the French envoy, Anne Morel, "
     "in the capital. She said France stood by Mali.", "She", "pronoun", "Anne Morel"),
]

GENDER_GUARDS = [
    # "he": the subject of the sentence before, by salience, as before
    ("Karl Bauer met Hans Vogel on Monday. He said the talks had gone well.", "He", "pronoun", "Karl Bauer"),
    ("Moussa Traore met the French envoy, Anne Morel, in the capital. He said France stood by Mali.", "He", "pronoun", "Moussa Traore"),
    # no woman in reach: the subject of no known gender, as before; a man his given name shows
    # ("Moussa", a man's name since n39a) is no "she"
    ("Tamba Sesay met the envoy on Monday. She said France stood by Mali.", "She", "pronoun", "Tamba Sesay"),
    ("Moussa Traore met the envoy on Monday. She said France stood by Mali.", "She", "pronoun", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), GENDER_CASES + GENDER_GUARDS)
def test_she_of_a_woman_in_reach(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


GUARDS = [
    # two men of one surname: a bare surname is neither's
    ("John Reed and his son Mark Reed run the farm near Dayton. Reed said the drought had cost them dearly.", "Reed", "John Reed"),
    # "the automaker" after two automakers
    ("Ford and General Motors reported lower sales on Tuesday. The automaker said demand had slowed.", "The automaker", "General Motors"),
    # a capital stays apart from its country
    ("Japan and China signed a trade pact on Monday. Tokyo said the deal would cut tariffs.", "Tokyo", "Japan"),
    # "he" in the quotation of a woman is not hers
    ("Mary Holt, the mayor, criticised Tom Breck on Monday. \"He lied to the council,\" she said.", "He", "Mary Holt"),
]


@pytest.mark.parametrize(("text", "what", "other"), GUARDS)
def test_no_over_merging(text: str, what: str, other: str) -> None:
    result = analyse_english(text)
    for entity in result.entities:
        texts = {m.text for m in entity.mentions} | {r.text for r in entity.references}
        assert not (other in texts and what in texts), (entity.label, sorted(texts))
