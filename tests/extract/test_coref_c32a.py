"""Within-document coreference of plural pronouns under a singular source, and of titles, on invented
English news (issue 17, c32a).

A plural subject pronoun or possessive in a clause reported by a source that refers to an
organisation in the singular ("The company said they ...", "It said their ...") is not what that
source takes up (it would be "it"): a plural noun phrase near it, or nothing. A name as source keeps
British English's plural ("Tesco said they"), and so does a body of people ("The club said they").
A description of a person by a role ("the governor", "the coach", "the chief") takes up a person in
reach that the noun titles ("Governor Tom Hale", "Police Chief Dan Ortiz") or that a description
gave it, no other person however salient ("Cole said the governor ..."); a former holder is none.
A row is (text, what, kind, expected): the reference ``what`` of ``kind`` must be in the chain of
the entity with the name ``expected``, in an unnamed chain with the phrase ``expected`` when it
starts with "~", or in no chain of a named entity when ``expected`` is None. Every text is invented
for these tests; the real models parse them.
"""

from __future__ import annotations

import pytest

from tests.extract.coref_chains import check_holder

pytestmark = pytest.mark.slow


PLURAL_CASES = [
    # "they" / "their" reported by a singular description or "it": the plural phrase, not the company
    ("Amazon said it would hire 100,000 workers. The retailer said they would work in its warehouses.",
     "they", "pronoun", "~100,000 workers"),
    ("Halvorsen Motors recalled 5,000 trucks on Monday. The company said they had faulty brakes.", "they", "pronoun", "~5,000 trucks"),
    ("Kestrel Airlines ordered 20 jets from Zenith Aerospace. The airline said they would be delivered in 2026.",
     "they", "pronoun", "~20 jets"),
    ("Dalgren Foods laid off 300 workers in Ohio. The company said they would receive six months' pay.",
     "they", "pronoun", "~300 workers"),
    ("Orrin Pharmaceuticals hired two new scientists. It said they would lead its cancer research.",
     "they", "pronoun", "~two new scientists"),
    ("Vantor Motors sold 2,000 buses to the city of Leeds. The company said they would run on electricity.",
     "they", "pronoun", "~2,000 buses"),
    ("Zenith Aerospace delivered 40 jets in May. It said they were its best-selling model.", "they", "pronoun", "~40 jets"),
    ("Redmont Bank closed 15 branches on Friday. The bank said they had lost customers to online banking.",
     "they", "pronoun", "~15 branches"),
    ("Dalgren Foods laid off 300 workers. The company said their contracts had ended.", "their", "possessive", "~300 workers"),
    # ... and with no plural phrase near, nothing rather than the company
    ("Halvorsen Motors posted a loss on Monday. The company said they would cut costs.", "they", "pronoun", None),
]

PLURAL_GUARDS = [
    # a name as source, a body of people, a plural source, a group: unchanged
    ("Tesco said on Monday that they would close 20 stores.", "they", "pronoun", "Tesco"),
    ("Leeds United sacked two coaches on Sunday. The club said they would appeal the fine.", "they", "pronoun", "Leeds United"),
    ("Apple have announced new phones. They said the phones would go on sale in May.", "They", "pronoun", "Apple"),
    ("Vexa Software and Calder Trust ended their partnership. Both companies said they would keep working on the project.",
     "they", "pronoun", "~Vexa Software and Calder Trust"),
    ("Orrin Pharmaceuticals said on Friday that it would cut 500 jobs. The drugmaker said it would close two plants.",
     "it", "pronoun", "Orrin Pharmaceuticals"),
]

TITLE_CASES = [
    # the person the noun titles, over a more salient person of another title or none
    ("Senator Ann Cole and Governor Tom Hale clashed over the budget on Wednesday. Cole said the governor had ignored schools.",
     "the governor", "nominal", "Governor Tom Hale"),
    ("Tom Reyes met Governor Tom Hale on Monday. Reyes said the governor had promised more money.",
     "the governor", "nominal", "Governor Tom Hale"),
    ("Mayor Lucy Grant and Police Chief Dan Ortiz spoke on Monday. Grant said the chief had her support.",
     "the chief", "nominal", "Dan Ortiz"),
    # a former holder is none: the one in office
    ("Former Governor Tom Hale criticised Governor Ann Cole on Monday. Hale said the governor had failed.",
     "the governor", "nominal", "Governor Ann Cole"),
    # "the coach", "the chief": the person a title or a description made one
    ("Coach Ray Dunn was fired by Redmont United on Sunday. The coach had been in charge since 2019.",
     "The coach", "nominal", "Coach Ray Dunn"),
    ("Coach Ray Dunn praised his players on Sunday. The coach said the team had played well.", "The coach", "nominal", "Coach Ray Dunn"),
    ("Police Chief Dan Ortiz said two men had been arrested. The chief said they would appear in court.",
     "The chief", "nominal", "Dan Ortiz"),
    ("Fire Chief Lena Park said the blaze was under control. The chief said no one was hurt.", "The chief", "nominal", "Lena Park"),
]

TITLE_GUARDS = [
    # a coach that carries passengers is no person; no person the noun never titled; two holders
    ("A coach carrying 40 tourists crashed near Lyon on Sunday. The driver, Mark Olsen, was hurt. The coach had left Geneva in"
     " the morning.", "The coach", "nominal", "~A coach"),
    ("A coach carrying 40 tourists crashed near Lyon on Sunday. It had left Geneva in the morning.", "It", "pronoun", "~A coach"),
    ("Redmont United fired Ray Dunn on Sunday. The coach had been in charge since 2019.", "The coach", "nominal", None),
    ("Vexa Corp chief executive Paul Ferris resigned on Monday. The chief said he had made mistakes.", "The chief", "nominal", None),
    ("Governor Tom Hale and Governor Ann Cole met in Denver. The governor said the talks went well.", "The governor", "nominal", None),
    ("Vice President Tom Ward met union leaders on Monday. Ward said the president would sign the bill.", "the president", "nominal", None),
    ("Jane Roe, the governor of Ohio, met Senator Tom Reyes on Friday. Reyes said the governor was right.",
     "the governor", "nominal", "Jane Roe"),
    ("Governor Tom Hale signed the bill on Friday. The governor said it would help farmers.", "The governor", "nominal", "Governor Tom Hale"),
]


@pytest.mark.parametrize(("text", "what", "kind", "expected"), PLURAL_CASES + PLURAL_GUARDS + TITLE_CASES + TITLE_GUARDS)
def test_plural_sources_and_titles(text: str, what: str, kind: str, expected: str | None) -> None:
    check_holder(text, what, kind, expected)
