"""Within-document coreference on invented English business news (issue 17, c30a).

A company named in full and then by its short form, "the automaker", "the company", "it"; indices
and markets; executives, unions, governments and analysts. A row is (text, what, kind, name): the
mention or reference ``what`` of ``kind`` ("name" for a name the recogniser found, else a
reference kind: "nominal", "pronoun", "possessive", "appositive") must be in the chain of the entity
named ``name``, or in no named chain when ``name`` is None. Every text is invented for these tests;
the real models parse them.
"""

from __future__ import annotations

import pytest

from kg.types import Entity

pytestmark = pytest.mark.slow


def _analyse(text: str):
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    result = next(analyse([Document(id="t", text=text, source="<test>", lang="en")]))
    assert not isinstance(result, Exception), result
    return result


def _holder(entities: tuple[Entity, ...], what: str, kind: str) -> Entity | None:
    for entity in entities:
        if kind == "name" and any(m.text == what for m in entity.mentions):
            return entity
        if kind != "name" and any(r.text == what and r.kind == kind for r in entity.references):
            return entity
    return None


_GM_TOYOTA = (
    "General Motors Corp. said it would cut production of trucks at its Arlington plant. GM has lost market share to Toyota"
    " Motor Corp. in recent years. The Japanese automaker overtook GM as the world's largest carmaker last year."
)
_CERBERUS = (
    "Chrysler LLC said it would idle all 30 of its U.S. plants for a month. Chrysler, which is owned by Cerberus Capital"
    " Management, has been hit by falling sales. Cerberus said it was {} the company."
)
_OKONJO = (
    "Okonjo Cement Plc reported higher earnings. The Lagos-based cement maker said demand from builders was strong. Okonjo"
    " plans to open a new plant in Ghana. The company's founder, Aliko Okonjo, owns 80 percent of it."
)
_PENNOCK = (
    "Aldridge Foods Inc. said on Tuesday it agreed to buy Pennock Snacks for $800 million. Aldridge said the acquisition would"
    " add to earnings in 2010. Pennock's founder, Sam Pennock, will join Aldridge's board. He owns 30 percent of the snack maker."
)

CASES = [
    # A description of a nationality takes up no company of the gazetteer seated in another country
    # (xx/company_countries): GM is American, Toyota Japanese.
    (_GM_TOYOTA, "The Japanese automaker", "nominal", "Toyota Motor Corp."),
    ("Toyota and General Motors reported lower sales in November. The U.S. automaker said it would cut 5,000 jobs.",
     "The U.S. automaker", "nominal", "General Motors"),
    ("Volkswagen AG said its sales rose 5 percent in March. Fiat said its sales fell. The German carmaker sold 600,000 vehicles.",
     "The German carmaker", "nominal", "Volkswagen AG"),
    ("Honda said on Monday its profit fell by half. Ford Motor Co. reported a loss. The Japanese carmaker blamed the strong yen.",
     "The Japanese carmaker", "nominal", "Honda"),
    # A description in the clause of a subject is none of that subject's (the adjective of a copula
    # too): the company Cerberus is committed to is Chrysler.
    (_CERBERUS.format("committed to"), "the company", "nominal", "Chrysler LLC"),
    (_CERBERUS.format("still loyal to"), "the company", "nominal", "Chrysler LLC"),
    ("Brannock Steel Inc. agreed to buy Calder Metals. Brannock said it was confident in the company.", "the company", "nominal", "Calder Metals"),
    # A participle set off by commas is no restriction: "The carmaker, based in Detroit," takes up.
    ("Halvorsen Motors Corporation reported a loss of $6 billion on Friday. The carmaker, based in Detroit, said it had cut"
     " 10,000 jobs this year.", "The carmaker", "nominal", "Halvorsen Motors Corporation"),
    ("Colter Motor Co. reported a loss on Monday. The automaker, founded in 1903, said sales of trucks fell 40 percent.",
     "The automaker", "nominal", "Colter Motor Co."),
    # ... but a restrictive one still makes a new thing: "the company based in Ohio" is another.
    ("Halvorsen Motors reported a loss on Friday. Investors said the company based in Ohio had done better.",
     "the company", "nominal", None),
    # The first word of a company's name, said before any person with it as surname is named, is
    # the company's short form, not its founder's surname.
    (_OKONJO, "Okonjo", "name", "Okonjo Cement Plc"),
    (_OKONJO, "The company's founder", "appositive", "Aliko Okonjo"),
    (_PENNOCK, "Pennock", "name", "Pennock Snacks"),
    (_PENNOCK, "the snack maker", "nominal", "Pennock Snacks"),
    (_PENNOCK, "He", "pronoun", "Sam Pennock"),
    # ... a surname said after the person is named stays the person's
    ("Morrow Chemical said its chairman, James Morrow, would retire. Morrow, 70, has led the firm since 1980.",
     "Morrow", "name", "James Morrow"),
    # A trade word ending a name (en/company_tail_words: Cars, Cement, Retail ...) leaves its short form.
    ("Marston Cars reported record sales in Europe. The carmaker sold 200,000 vehicles. Marston's rivals also gained.",
     "Marston", "name", "Marston Cars"),
    ("Bellweather Retail said sales fell 5 percent in December. Bellweather will close 60 stores next year.",
     "Bellweather", "name", "Bellweather Retail"),
    # An index modifier rules out the indices it does not fit, as candidates and as rivals.
    ("The Dow Jones Industrial Average rose 2 percent on Wednesday, while the tech-heavy Nasdaq gained 3 percent. The blue-chip"
     " index has fallen 20 percent since January.", "The blue-chip index", "nominal", "The Dow Jones Industrial Average"),
    ("The Dow rose 2 percent and the Nasdaq gained 3 percent on Monday. The index has fallen 20 percent since January.",
     "The index", "nominal", None),
    # A company noun takes up no public body of the gazetteer (organisations.tsv).
    ("The Obama administration said on Monday it would give Halvorsen Motors 60 days to restructure. The White House said the"
     " plan was not viable. Administration officials said the company could go bankrupt.", "the company", "nominal", "Halvorsen Motors"),
    # A surname with an age set off after it is the person, even when a company bears it.
    ("Kessler Motors said its chief executive, John Ward, would leave. Ward's deputy, Mary Ford, will replace him. Ford, 52,"
     " joined the automaker in 1985.", "Ford", "name", "Mary Ford"),
    ("Sandoval Motors said it would buy a stake in Orsini Auto, the Italian carmaker. Orsini said the deal would close in May.",
     "Orsini", "name", "Orsini Auto"),
    # "his company", "her firm": the one organisation an apposition of the person named.
    ("Halvorsen Motors reported sales of 150,000 vehicles in May. Vantor Motors sold 120,000 vehicles. Vantor's sales chief,"
     " Jim Lentz, said his company would not offer discounts.", "his company", "nominal", "Vantor Motors"),
    ("Kessler Motors chief executive John Ward resigned on Monday. Ward said his company had been badly run.",
     "his company", "nominal", "Kessler Motors"),
    ("\"Sales are terrible,\" said Rebecca Lindland, an analyst at Global Insight. She said her firm expected more losses.",
     "her firm", "nominal", "Global Insight"),
    ("Mark Dunne, who once ran a bakery, said his company would survive. Halvorsen Motors said it would cut jobs.",
     "his company", "nominal", None),
    ("Nissan said its profit fell 90 percent. Carlos Ghosn, the chief executive of Nissan and Renault, said his company would"
     " cut 20,000 jobs.", "his company", "nominal", None),
    ("Toyota's U.S. sales chief, Jim Press, said on Tuesday his company would keep prices steady. The Japanese automaker has"
     " gained market share.", "The Japanese automaker", "nominal", "Toyota"),
    # ... but an organisation of the list the text calls a company is one
    ("Wagner Group, a private military company, said on Monday it had withdrawn from the town. The company said its fighters"
     " had left.", "The company", "nominal", "Wagner Group"),
    # "its" in the clause of a one-word name the recogniser read as a person's (nothing else shows
    # one) is likelier that name's company than another organisation; a surname of a person named
    # in full is the person's, and "its" the company's.
    ("Carlyle Group agreed to buy a majority stake in Bramwell Tools, the British toolmaker. The private equity firm said"
     " Bramwell would remain listed in London. Bramwell said its board backed the offer.", "its", "possessive", None),
    ("Tesco said sales rose. Ken Murphy, its chief executive, said the grocer was doing well. Murphy said its profit would rise.",
     "the grocer", "nominal", "Tesco"),
    # A defence contractor is a company.
    ("Zenith Aerospace won a $2 billion contract from the U.S. Air Force. The defence contractor will build 40 transport planes.",
     "The defence contractor", "nominal", "Zenith Aerospace"),
]

# Stories the chains already read right: they hold the classes of business news in place.
CASES += [
    ("Halvorsen Motors Corporation said on Tuesday it would cut 4,000 jobs. The automaker, which lost $2 billion last year, also"
     " plans to close two plants. Halvorsen's chief executive, Mark Dunne, said the company had no choice.",
     "the company", "nominal", "Halvorsen Motors Corporation"),
    ("The Dow Jones Industrial Average fell 678 points on Thursday, its worst drop in five years. The blue-chip index closed at"
     " 8,579.", "The blue-chip index", "nominal", "The Dow Jones Industrial Average"),
    ("Kestrel Airlines reported a quarterly loss on Wednesday. The carrier blamed fuel costs. Kestrel said it would retire 30"
     " older planes. Its rival, Northwind Air, posted a profit.", "The carrier", "nominal", "Kestrel Airlines"),
    ("The United Auto Workers union said on Friday it would accept wage cuts at Halvorsen Motors. The UAW represents 60,000"
     " workers at the automaker.", "the automaker", "nominal", "Halvorsen Motors"),
    ("Orrin Pharmaceuticals said its chief executive, Laura Bishop, would step down in June. Bishop, 58, has led the drugmaker"
     " since 2003.", "the drugmaker", "nominal", "Orrin Pharmaceuticals"),
    ("Shares of Redmont Bank plunged 30 percent on Tuesday after the lender said it needed more capital.",
     "the lender", "nominal", "Redmont Bank"),
    ("Federal Reserve Chairman Ben Bernanke said on Tuesday the economy faced serious risks. The Fed cut its key interest rate"
     " by half a point. Bernanke said the central bank would act as needed.", "the central bank", "nominal", "Federal Reserve"),
    ("The European Commission fined Vexa Software on Wednesday. The Commission said the firm had abused its dominant position."
     " Vexa said it would appeal.", "it", "pronoun", "Vexa"),
    ("Ford Motor Co. posted a loss of $8.7 billion. Chief Executive Alan Mulally said the automaker would not need government"
     " money. He said Ford had enough cash.", "the automaker", "nominal", "Ford Motor Co."),
    ("Danbury Tire Co. said on Monday its chief executive, Paul Ferris, had resigned. The tire maker named its finance chief,"
     " Ellen Shaw, as interim CEO. Shaw said she would focus on costs.", "she", "pronoun", "Ellen Shaw"),
    ("Investors poured money into bonds on Friday. Stocks rallied later in the day, and the Dow gained 2 percent. The index"
     " has lost 30 percent this year.", "The index", "nominal", "the Dow"),
    ("Traders on the floor of the New York Stock Exchange watched as stocks fell for a fifth day. The exchange halted trading"
     " briefly.", "The exchange", "nominal", "the New York Stock Exchange"),
    ("Toyota said on Thursday its global sales fell 10 percent in November. The Japanese carmaker cut its profit forecast."
     " Honda and Nissan also reported declines.", "The Japanese carmaker", "nominal", "Toyota"),
    ("Shares in Lindqvist Group rose 8 percent after the Swedish engineering company said it would buy back stock.",
     "the Swedish engineering company", "nominal", "Lindqvist Group"),
    ("Zenith Aerospace won a contract from the Air Force. The Pentagon said Zenith's bid was the cheapest. The company's rival,"
     " Orion Dynamics, said it would protest the award.", "it", "pronoun", "Orion Dynamics"),
    ("Goldman Sachs Group Inc. reported its first loss since going public in 1999. The investment bank lost $2.1 billion in"
     " the fourth quarter.", "The investment bank", "nominal", "Goldman Sachs Group Inc."),
    ("Wall Street closed higher on Friday. Investors bought shares after Intel said its sales would rise. The chip maker said"
     " demand for laptops was strong.", "The chip maker", "nominal", "Intel"),
    ("Volkswagen AG said its sales rose. Porsche, which owns 50 percent of Volkswagen, said it would raise its stake. The"
     " sports car maker said it had enough money.", "The sports car maker", "nominal", "Porsche"),
    # what the chain must not take: the industry, generic companies, a second company's board
    ("Marston Cars reported record sales in Europe. Its rivals also gained, but the industry as a whole shrank 3 percent.",
     "the industry", "nominal", None),
    ("Halvorsen Motors and Vantor Motors asked Congress for $25 billion on Tuesday. The two automakers said they would run"
     " out of cash.", "they", "pronoun", None),
    ("Peregrine Energy and Talon Oil announced a merger on Thursday. Peregrine will pay $40 a share for Talon. The combined"
     " company will be the third-largest oil producer in Texas.", "The combined company", "nominal", None),
]


@pytest.mark.parametrize(("text", "what", "kind", "name"), CASES)
def test_business_news_chains(text: str, what: str, kind: str, name: str | None) -> None:
    entities = _analyse(text).entities
    holder = _holder(entities, what, kind)
    chains = {e.label: sorted({m.text for m in e.mentions} | {r.text for r in e.references}) for e in entities}
    if name is None:
        assert holder is None or kind == "name" and len(holder.mentions) == 1 and not holder.references, chains
        return
    assert holder is not None, chains
    assert name in {m.text for m in holder.mentions}, chains
