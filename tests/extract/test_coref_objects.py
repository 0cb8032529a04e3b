"""Within-document coreference of object pronouns and public bodies on invented English news (issue 17, c31a).

An object pronoun is never its own clause's subject, nor any other mention of what that subject
names or takes up ("The planemaker said it would deliver them": not the planemaker); a plural object
pronoun prefers a plural noun phrase to an organisation the text has not yet taken up in the
plural; a body's last name word ending in -ion ("the commission", "the coalition") takes up the
one organisation whose name it ends; "the lawmaker" takes up a person a title or an apposition
made a senator or a legislator, no person of another office. A row is (text, what, kind, expected): the reference ``what``
of ``kind`` must be in the chain of the entity with the name ``expected``, in an unnamed chain with
the phrase ``expected`` when it starts with "~", or in no chain of a named entity when ``expected``
is None. Every text is invented for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder

pytestmark = pytest.mark.slow


CASES = [
    # An object pronoun after a subject that takes up a company: the plural thing, not the company
    # nor the other company the sentence before named as subject.
    ("Kestrel Airlines ordered 20 jets from Zenith Aerospace. The planemaker said it would deliver them in 2025.",
     "them", "pronoun", "~20 jets"),
    ("Halvorsen Motors recalled 5,000 trucks on Monday. The automaker said it would repair them for free.",
     "them", "pronoun", "~5,000 trucks"),
    ("Halvorsen Motors bought two plants from Vantor Motors. The carmaker said it would modernise them.",
     "them", "pronoun", "~two plants"),
    ("Vantor Motors sued two former engineers on Monday. The carmaker accused them of stealing designs.",
     "them", "pronoun", "~two former engineers"),
    ("Zenith Aerospace said it had delivered 40 jets in May. Airlines had ordered them in 2019.",
     "them", "pronoun", "~40 jets"),
    ("Orrin Pharmaceuticals tested three vaccines last year. The drugmaker said it would sell them in Europe.",
     "them", "pronoun", "~three vaccines"),
    # ... while an organisation written in the plural keeps its plural pronouns
    ("Apple have announced their new phones. They said the phones would go on sale in May.", "They", "pronoun", "Apple"),
    ("Aircraft manufacturer Boeing have unveiled their new jet at their factory near Seattle.", "their", "possessive", "Boeing"),
    ("Manchester United have sacked their manager after a run of defeats. They said a new coach would be named soon.",
     "They", "pronoun", "Manchester United"),
    ("Tesco said on Monday that they would close 20 stores.", "they", "pronoun", "Tesco"),
    ("The Labour Party said they would vote against the bill.", "they", "pronoun", "The Labour Party"),
    # ... and a singular object pronoun whose clause subject names nothing keeps its company
    ("Halvorsen Motors said its workers had asked it for a raise.", "it", "pronoun", "Halvorsen Motors"),
    ("Redmont Bank sued Calder Trust on Monday. The bank said Calder owed it $5 million.", "it", "pronoun", "Redmont Bank"),
    # A public body taken up by the last word of its name, ending in -ion like an abstract noun.
    ("The European Commission opened an investigation into Vexa Software on Monday. The commission said it was concerned"
     " about prices.", "The commission", "nominal", "The European Commission"),
    ("The Federal Communications Commission fined Zorba Media $2 million on Friday. The broadcaster said it would appeal."
     " The commission said Zorba had misled viewers.", "The commission", "nominal", "The Federal Communications Commission"),
    # ... and no organisation when none of the names ends in the word: a fee
    ("Zorba Media paid brokers a fee for every sale. The commission was 5 percent of the price.", "The commission", "nominal", None),
    # "the lawmaker", "the legislator": the member of a legislature an apposition or a title named,
    # in other words ("a senator", "Senator"); no person of another office
    ("Tom Reyes, a senator from Ohio, criticised Zorba Media on Monday. The lawmaker said the company had misled users.",
     "The lawmaker", "nominal", "Tom Reyes"),
    ("Paul Ferris, the chief executive of Redmont Bank, met Tom Reyes, a senator from Ohio. The lawmaker said the bank had"
     " misled customers.", "The lawmaker", "nominal", "Tom Reyes"),
    ("Senator Tom Reyes criticised Zorba Media on Monday. The lawmaker said the company had misled users.",
     "The lawmaker", "nominal", "Senator Tom Reyes"),
    ("Anna Berg, a Democrat from Texas, introduced the bill in March. The legislator said it would help farmers.",
     "The legislator", "nominal", "Anna Berg"),
    ("Redmont Bank chief executive Paul Ferris resigned on Monday. The lawmaker said the bank had misled customers.",
     "The lawmaker", "nominal", None),
    ("Tom Reyes, the chief executive of Zorba Media, met Senate leaders on Monday. The lawmaker said the company had misled"
     " users.", "The lawmaker", "nominal", None),
    ("Judge Ana Ruiz fined Zorba Media on Monday. The lawmaker said the company had misled users.", "The lawmaker", "nominal", None),
]

# Review rvc31 of c31a, on new invented news; each case failed before the review's change.
RVC31_CASES = [
    # The office's holder, not a more salient person the text made no lawmaker.
    ("Tom Reyes met Senator Ann Cole on Monday. The lawmaker said the meeting went well.", "The lawmaker", "nominal", "Senator Ann Cole"),
    ("Paul Ferris praised Ann Cole, a congresswoman from Ohio, on Monday. The lawmaker said the bank was safe.",
     "The lawmaker", "nominal", "Ann Cole"),
    # A company a plural verb had as subject keeps a plural object pronoun, as one a plural pronoun took up.
    ("Tesco have cut prices again. Analysts praised them for the move.", "them", "pronoun", "Tesco"),
    # An object the parser makes the subject of a bare infinitive ("help them retrain") is an object
    # still: none of the subject's of the verb it follows.
    ("Arcon Mining laid off 80 miners. The company said it would help them retrain.", "them", "pronoun", "~80 miners"),
    ("Dalgren Foods fired 200 workers. The company said it would help them find new jobs.", "them", "pronoun", "~200 workers"),
    # An object pronoun is not in its clause subject's unnamed chain either.
    ("Police arrested two men on Friday. The police said they had questioned them for hours.", "them", "pronoun", "~two men"),
    ("Customs officers seized two trucks on Sunday. The officers said they had searched them.", "them", "pronoun", "~two trucks"),
    ("Borin Foods and Lusk Dairy agreed to merge. Regulators said they would examine them closely.",
     "them", "pronoun", "~Borin Foods and Lusk Dairy"),
    # The object of a verb that shares its conjunct's subject is none of that subject's.
    ("Halvorsen Motors bought Tarsa Steel and renamed it Halvorsen Metals.", "it", "pronoun", "Tarsa Steel"),
    ("Brisk Telecom bought Nordel Cable and merged it with its own network.", "it", "pronoun", "Nordel Cable"),
    ("The ministry fined Orbit Systems and ordered it to pay back the subsidies.", "it", "pronoun", "Orbit Systems"),
    ("Zenith Aerospace and Kestrel Airlines signed a deal. Investors welcomed it and praised them.",
     "them", "pronoun", "~Zenith Aerospace and Kestrel Airlines"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), CASES + RVC31_CASES)
def test_object_and_body_chains(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
