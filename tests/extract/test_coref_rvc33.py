"""Within-document coreference of a speaker that answers what the sentence before reported of
another, and of a pronoun reported by someone who speaks for a named person, on invented English
news (issue 17, rvc33; review of c33a).

"Corvan said Sundra had copied its logo. The company said it had never copied anything": a speaker
whose own act, in the past, is the reported one is the party reported on, not the source (c33a's
rule sent every description that goes on speaking to the source). "Norvik said Astera had cut
prices. The company said the price cut was temporary": the subject of what it says repeats the
reported act; either party may speak so, left unresolved. A reaction in the object ("would study
the offer"), a modal ("would also cut prices") or no echo leave the source. "Mary Kerr was fired.
Her lawyer said she would sue": the lawyer's reported "she" is the person spoken for, not the
lawyer. A row is (text, what, kind, expected) as in :func:`tests.extract.coref_chains.check_holder`.
Every text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder

pytestmark = pytest.mark.slow


ANSWER_CASES = [
    # the speaker's own act, in the past, is the reported one: the party reported on
    ("Corvan Airlines said Sundra Air had copied its logo. The company said it had never copied anything.",
     "The company", "nominal", "Sundra Air"),
    ("Corvan Airlines said Sundra Air had copied its logo. It said it had never copied anything.", "It", "pronoun", "Sundra Air"),
    ("Bellmont Motors said Tavira Cars had cut prices in May. The company said it had not cut prices.",
     "The company", "nominal", "Tavira Cars"),
    ("Marlow Foods said Gretna Dairy had raised milk prices. The company said it had raised prices because of feed costs.",
     "The company", "nominal", None),
    # the subject of what it says repeats the reported act or its object: too close to call
    ("Norvik Telecom said Astera Cable had cut prices by 20 percent. The company said the price cut was temporary.",
     "The company", "nominal", None),
    ("Kestrel Airlines said Zenith Aero had delayed its jets. The company said the delay was caused by a supplier.",
     "The company", "nominal", None),
    ("Halden Bank said Ostra Insurance had hidden losses from regulators. The company said the losses were disclosed in March.",
     "The company", "nominal", None),
    ("Grantham Oil said Pellar Shipping had spilled oil in the bay. The company said the spill had been contained.",
     "The company", "nominal", None),
]

ANSWER_GUARDS = [
    # a reaction, a modal, no echo, or no named source: unchanged
    ("Brantley Trucks said Halvorsen Motors had made an offer for its bus unit. The company said it would study the offer.",
     "The company", "nominal", "Brantley Trucks"),
    ("Bellmont Motors said Tavira Cars had cut prices in May. The company said it would also cut prices.",
     "The company", "nominal", "Bellmont Motors"),
    ("Halden Bank said Ostra Insurance had raised its fees. The bank said it would not raise its own fees.",
     "The bank", "nominal", "Halden Bank"),
    ("Corvan Airlines said Sundra Air had copied its logo. The company said it would file a complaint.",
     "The company", "nominal", "Corvan Airlines"),
    ("Analysts said Redmont Bank had cut 300 jobs. The bank said the cuts would save $50 million.", "The bank", "nominal", "Redmont Bank"),
    ("Vanta Energy said rivals had broken safety rules. The company said it had followed every rule.",
     "The company", "nominal", "Vanta Energy"),
    ("Zorba Electronics said a supplier had made the faulty batteries. It did not name the supplier.", "It", "pronoun",
     "Zorba Electronics"),
    ("Senator Ruth Ames said Governor Dale Price had lied about the budget. He said he had never lied.", "He", "pronoun", "Governor Dale Price"),
]

OWNER_CASES = [
    # a pronoun reported by someone who speaks for a named person: that person
    ("Mary Kerr was fired on Tuesday. Her lawyer said she would sue.", "she", "pronoun", "Mary Kerr"),
    ("John Kerr was fired on Tuesday. Kerr's attorney said he would sue.", "he", "pronoun", "John Kerr"),
    ("Governor Ed Walsh was taken to hospital. His aide said he was resting.", "he", "pronoun", "Governor Ed Walsh"),
]

OWNER_GUARDS = [
    # a speaker no named person owns keeps his own "he"
    ("Kestrel Motors recalled 4,000 cars on Monday. A company spokesman said he could not comment on the cost.",
     "he", "pronoun", "~A company spokesman"),
    ("Police questioned Ed Walsh on Monday. A police spokesman said he would not give details.", "he", "pronoun", "~A police spokesman"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), ANSWER_CASES + ANSWER_GUARDS)
def test_a_speaker_answering_a_report(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


@pytest.mark.parametrize(("text", "what", "kind", "expected"), OWNER_CASES + OWNER_GUARDS)
def test_a_pronoun_reported_for_its_owner(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
