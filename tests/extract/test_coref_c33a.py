"""Within-document coreference of a description that goes on speaking after a source reported
another organisation, on invented English news (issue 17, c33a).

"Kestrel Airlines said Vexa Software had won a contract. The company said it expected savings": the
next sentence's description that says, declines or does not say something ("The company said", "The
firm declined to comment", "The company did not give the price") is the source that spoke before,
not the subject of the clause it reported. A description that goes on with what was reported ("The
company is closing two plants"), denies it, or names a person's office ("The chief executive said")
is left as it was. "Hale's lawyer said the judge had erred. He said they would appeal": a person
pronoun that goes on speaking after someone who spoke for a person is that speaker, not the person
spoken for. The other rows guard the English classes issue 17 lists that already hold: one
company named three ways, "the company" after an acquisition, "the two companies", "the deal" and
"the merger" as no entity, titles for their holders, "its" and "their", the spokesman's "we", "he"
across a quotation paragraph, a surname alone after the full name, appositions and predicates.
A row is (text, what, kind, expected) as in :func:`tests.extract.coref_chains.check_holder`. Every
text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder

pytestmark = pytest.mark.slow


SOURCE_CASES = [
    # business: the source that spoke goes on speaking
    ("Kestrel Airlines said Vexa Software had won a contract to run its booking system. The company said it expected savings of"
     " $10 million.", "The company", "nominal", "Kestrel Airlines"),
    ("Kestrel Airlines said Vexa Software had won a contract to run its booking system. The company said it expected savings of"
     " $10 million.", "it", "pronoun", "Kestrel Airlines"),
    ("Brantley Trucks said on Monday that Halvorsen Motors had made an offer for its bus unit. The company said it would study the"
     " offer.", "The company", "nominal", "Brantley Trucks"),
    # ... declines, or does not say
    ("Zenith Aerospace said Orrin Pharmaceuticals had bought ten jets. The company did not give the price.",
     "The company", "nominal", "Zenith Aerospace"),
    ("Redmont Bank said Halvorsen Motors had repaid a loan. The firm declined to comment.", "The firm", "nominal", "Redmont Bank"),
    # politics, aid
    ("The Labour Party said the Green Party had broken its promise on taxes. The party said it would raise the issue in parliament.",
     "The party", "nominal", "The Labour Party"),
    ("The Red Cross said the Health Ministry had blocked aid to the region. The group said it would keep its teams there.",
     "The group", "nominal", "The Red Cross"),
]

SOURCE_GUARDS = [
    # what was reported goes on, a denial, a person's office: unchanged (no chain)
    ("Kestrel Airlines said Vexa Software would cut 500 jobs. The company is closing two plants.", "The company", "nominal", None),
    ("Vexa Software said Calder Systems had copied its code. The company denied the claim.", "The company", "nominal", None),
    ("Peter Walsh said Tom Hale had lied to the board. The chief executive said he would resign.",
     "The chief executive", "nominal", "~he"),
    # a source that is no company, a head said before, a nationality: unchanged
    ("The union said Halvorsen Motors had refused to raise wages. The company said it could not afford a raise.",
     "The company", "nominal", "Halvorsen Motors"),
    ("Analysts said Redmont Bank had lost market share. The bank said its deposits were growing.", "The bank", "nominal", "Redmont Bank"),
    ("Ford said Toyota had overtaken it in May. The Japanese automaker said sales of hybrids had doubled.",
     "The Japanese automaker", "nominal", "Toyota"),
    ("Orrin Pharmaceuticals said Calder Labs had failed a safety inspection. The drugmaker said it would look for another supplier.",
     "The drugmaker", "nominal", "Orrin Pharmaceuticals"),
    # no verb of saying before: the subject of the first sentence, active or passive
    ("Vexa Software agreed to buy Calder Systems for $300 million. The company said the purchase would add 200 engineers.",
     "The company", "nominal", "Vexa Software"),
    ("Calder Systems will be bought by Vexa Software for $300 million. The company said the sale would close in June.",
     "The company", "nominal", "Calder Systems"),
]

SPEAKER_CASES = [
    # "he" going on speaking after someone who spoke for a person: the speaker, not the person
    ("Judge Ann Cole ruled against Tom Hale on Monday. Hale's lawyer said the judge had made an error. He said they would appeal.",
     "He", "pronoun", "~lawyer"),
    ("Police arrested Mark Dunn on Friday. Dunn's attorney said the arrest was illegal. He said Dunn had an alibi.",
     "He", "pronoun", "~attorney"),
    ("Senator Ray Cole was taken to hospital on Tuesday. Cole's spokesman said the senator was in good condition. He said Cole"
     " would return to work next week.", "He", "pronoun", "~spokesman"),
    ("Senator Ray Cole was taken to hospital on Tuesday. His spokesman said the senator was in good condition. He said Cole would"
     " return to work next week.", "He", "pronoun", "~spokesman"),
]

SPEAKER_GUARDS = [
    # the person again as subject, a pronoun that does not speak, a lawyer no one's: unchanged
    ("Tom Hale was charged with fraud on Monday. His lawyer said the charges were false. Hale has denied wrongdoing. He said he"
     " would fight the case.", "He", "pronoun", "Tom Hale"),
    ("Tom Hale was charged with fraud on Monday. Hale's lawyer did not comment. He was released on bail.", "He", "pronoun", "Tom Hale"),
    ("Tom Hale met a lawyer on Monday. He said the meeting went well.", "He", "pronoun", "Tom Hale"),
    ("A jury convicted Mark Dunn of fraud on Friday. His lawyer, Sara Long, said the verdict was unjust. She said Dunn would appeal.",
     "She", "pronoun", "Sara Long"),
    ("Dalgren Foods will close its plant in Leeds. A company spokesman said the decision was final. He said 200 jobs would go.",
     "He", "pronoun", "~A company spokesman"),
]

CLASS_GUARDS = [
    # one company named three ways
    ("General Motors Corp. said on Tuesday it would close two plants in Ohio. GM said the closures would affect 3,000 workers. The"
     " automaker has lost market share for five years. The Detroit company's shares fell 4 percent.",
     "The Detroit company", "nominal", "General Motors Corp."),
    ("General Motors Corp. said on Tuesday it would close two plants in Ohio. GM said the closures would affect 3,000 workers. The"
     " automaker has lost market share for five years.", "The automaker", "nominal", "GM"),
    # "the company" after two companies: the subject; the deal is no entity of theirs
    ("Vexa Software sued Calder Systems in a federal court in Boston on Tuesday. The company is seeking $50 million in damages.",
     "The company", "nominal", "Vexa Software"),
    ("Halvorsen Motors agreed to buy Brantley Trucks for $2 billion on Monday. The company said the deal would close in March.",
     "the deal", "nominal", None),
    # "the two companies": the pair, no single company
    ("Vexa Software and Calder Systems said on Monday they would merge. The two companies said the deal would create 500 jobs.",
     "The two companies", "nominal", "~Vexa Software and Calder Systems"),
    # titles for their holders
    ("Senator Ann Cole met Tom Hale, the chief executive of Orrin Pharmaceuticals, on Monday. The senator said drug prices were"
     " too high.", "The senator", "nominal", "Senator Ann Cole"),
    ("Senator Ann Cole met Tom Hale, the chief executive of Orrin Pharmaceuticals, on Monday. The senator said drug prices were"
     " too high. The chief executive said his company would cut prices.", "The chief executive", "nominal", "Tom Hale"),
    # "its" for a company, "their" for people
    ("Redmont Bank said its profit rose 10 percent. The bank's customers said their fees had risen too.", "their", "possessive",
     "~customers"),
    # the spokesman's "we" is his company's
    ('Redmont Bank posted a loss of $200 million. "We are disappointed with these results," the bank\'s chief executive, Sara'
     ' Long, said.', "We", "pronoun", "Redmont Bank"),
    # "he" and "she" across a quotation paragraph; a surname alone in another paragraph
    ('Judge Maria Lopez sentenced John Baker to ten years in prison on Thursday.\n"This was a cruel crime," she said.\nShe added'
     " that Baker had shown no remorse.", "She", "pronoun", "Judge Maria Lopez"),
    ("Peter Walsh, the chairman of Kestrel Airlines, resigned on Monday.\nThe airline's board accepted the resignation.\nWalsh said"
     " he would stay until a successor is found.", "he", "pronoun", "Walsh"),
    # appositions and predicates
    ("Brantley Trucks, the country's biggest truck maker, said it would cut 500 jobs.", "the country's biggest truck maker",
     "appositive", "Brantley Trucks"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), SOURCE_CASES + SOURCE_GUARDS + CLASS_GUARDS)
def test_descriptions_after_a_reported_source(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)


@pytest.mark.parametrize(("text", "what", "kind", "expected"), SPEAKER_CASES + SPEAKER_GUARDS)
def test_he_after_a_speaker_for_a_person(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
