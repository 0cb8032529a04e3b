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
from tests.extract.coref_chains import analyse_english as _analyse

pytestmark = pytest.mark.slow


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


# Review rvc30 of c30a: new invented stories of each class, the near-misses (politics, sport,
# courts, culture) that must stay untouched beside the stories the rules must still read.
REVIEW_CASES = [
    # a company's seat rules out the other nationalities, and only rules out
    ("Nissan said on Monday its profit rose. Renault, which owns 43 percent of Nissan, said sales fell. The French carmaker"
     " blamed weak demand in Europe.", "The French carmaker", "nominal", "Renault"),
    ("Samsung Electronics reported record earnings. Apple said iPhone sales slowed. The South Korean company sells more"
     " phones than any rival.", "The South Korean company", "nominal", "Samsung Electronics"),
    ("Siemens said it would cut jobs. General Electric reported higher profit. The German engineering group blamed weak"
     " demand in China.", "The German engineering group", "nominal", "Siemens"),
    ("Siemens said it would cut jobs. General Electric reported higher profit. The American conglomerate blamed weak"
     " demand in China.", "The American conglomerate", "nominal", "General Electric"),
    ("BMW and Toyota said on Monday they would develop a sports car. The Japanese carmaker will build the engine.",
     "The Japanese carmaker", "nominal", "Toyota"),
    ("Chrysler, the U.S. unit of Fiat, said sales rose. The Italian carmaker said profit fell.",
     "The Italian carmaker", "nominal", "Fiat"),
    # a copula's subject, a person's or an organisation's, is none of the description after it
    ("Nissan reported a loss on Monday. Its chief executive, Carlos Ghosn, said he was committed to the company.",
     "the company", "nominal", "Nissan"),
    ("Chrysler said sales fell 30 percent. Cerberus, its owner, said it remained confident in the company.",
     "the company", "nominal", "Chrysler"),
    ("Kessler Motors reported a loss. The United Auto Workers said the union was unhappy with the company.",
     "the company", "nominal", "Kessler Motors"),
    # a participle set off by commas takes up; an indefinite phrase or a body of no company does not
    ("Halvorsen Motors said it would cut 5,000 jobs. The automaker, hit by falling sales, will close three plants.",
     "The automaker", "nominal", "Halvorsen Motors"),
    ("Halvorsen Motors reported a loss. The company, owned by the Halvorsen family since 1920, said it would cut jobs.",
     "The company", "nominal", "Halvorsen Motors"),
    ("Halvorsen Motors reported a loss. A company, based in Ohio, said it would buy the plant.", "A company", "nominal", None),
    ("The orchestra, founded in 1842, said it would tour Asia. The Vienna Philharmonic last toured in 2019.",
     "The orchestra", "nominal", None),
    # a surname said before its person is named in full is the person's when the organisation
    # bearing it is no company (a foundation, an organisation, a library)
    ("The Trump Organization was fined $1.6 million by a New York court on Tuesday. Trump said the verdict was a disgrace."
     " Donald Trump has denied any wrongdoing.", "Trump", "name", "Donald Trump"),
    ("The Clinton Foundation said it would stop taking foreign donations. Clinton said the decision was her own. Hillary"
     " Clinton is running for president.", "Clinton", "name", "Hillary Clinton"),
    ("The Obama Presidential Center opened in Chicago on Monday. Obama said the library would serve the South Side. Barack"
     " Obama spoke for 20 minutes.", "Obama", "name", "Barack Obama"),
    ("The Gates Foundation pledged $1 billion for vaccines. Gates said the money would save lives. Bill Gates founded"
     " Microsoft.", "Gates", "name", "Bill Gates"),
    ("Okonjo Cement Plc reported higher earnings. Okonjo plans to open a new plant in Ghana. The company's founder, Aliko"
     " Okonjo, owns 80 percent of it.", "Okonjo", "name", "Okonjo Cement Plc"),
    ("Marston Cars said it would close its factory in Coventry. Marston blamed falling demand.", "Marston", "name", "Marston Cars"),
    ("Pixar's Cars was the top film at the box office. The studio said it would release a sequel.", "The studio", "nominal", None),
    # "his company", "her firm": only a role held at the organisation (not a critic, a customer, a
    # rival, a shareholder, an owner of a club, a party's leader, a former executive, a spokesman
    # of a public body) makes it the person's company
    ("Peter Wood, an analyst at Morgan Stanley, said his firm expected Ford to lose money.", "his firm", "nominal", "Morgan Stanley"),
    ("Laura Bishop, the chief executive of Orrin Pharmaceuticals, said her company would cut prices.",
     "her company", "nominal", "Orrin Pharmaceuticals"),
    ("Anna Kowalski, an engineer at Zenith Aerospace, said her company would build the plane in Poland.",
     "her company", "nominal", "Zenith Aerospace"),
    ("Dan Price, founder of Pennock Snacks, said his company would open a plant in Ohio.", "his company", "nominal", "Pennock Snacks"),
    ("Silvio Berlusconi, leader of the Forza Italia party, said his company would not sell its television channels.",
     "his company", "nominal", None),
    ("Anna Ray, a critic of Meridian Bank, said her company had moved its accounts elsewhere.", "her company", "nominal", None),
    ("Jane Doe, a customer of Vantor Energy, said her company paid twice as much for power this year.",
     "her company", "nominal", None),
    ("Mark Field, a shareholder in Halvard Energy, said his company would vote against the merger.", "his company", "nominal", None),
    ("Laura Bishop, a rival of Orrin Pharmaceuticals, said her company would launch a cheaper drug.", "her company", "nominal", None),
    ("Mark Hall, a former executive of Calder Metals, said his company was growing fast.", "his company", "nominal", None),
    ("Mike Ashley, the owner of Newcastle United, said his company would buy the retailer.", "his company", "nominal", None),
    ("Tom Reed, a spokesman for the Treasury, said his company had not been consulted.", "his company", "nominal", None),
    # a company noun takes up no public body, the one-word bodies of en/standalone_body_names too
    ("The Senate passed the bill on Friday. Senators said the company would have to pay back the loan. Halvorsen Motors"
     " declined to comment.", "the company", "nominal", None),
    ("The Federal Reserve cut interest rates. The company said its lending would rise.", "The company", "nominal", None),
    ("The Supreme Court ruled against Uber on Wednesday. Judges said the company must treat its drivers as workers.",
     "the company", "nominal", "Uber"),
    ("The High Court ruled that Vexa Software had broken its contract. The company said it would appeal.",
     "The company", "nominal", "Vexa Software"),
    ("The Justice Department sued Google on Tuesday. The company said the lawsuit was flawed.", "The company", "nominal", "Google"),
    # an age set off after a name is its person's; a count in a list is not
    ("Mary Ford joined the board of Halvard Energy. Ford, 52, was formerly a banker.", "Ford", "name", "Mary Ford"),
    ("Lionel Messi joined Inter Miami in 2023. Messi, 36, scored twice on Saturday.", "Messi", "name", "Lionel Messi"),
    ("Sales by brand in May: Ford, 12 percent; Toyota, 9 percent. Bill Ford said he was pleased.", "he", "pronoun", "Bill Ford"),
    ("Ford Motor Co. said sales fell. Bill Ford said the company would recover. Ford, 100 years old this year, plans a party.",
     "the company", "nominal", "Ford Motor Co."),
    # an index modifier rules out the indices it does not fit
    ("The FTSE 100 fell 2 percent. The Dow Jones Industrial Average lost 1 percent. The blue-chip index ended at 8,000.",
     "The blue-chip index", "nominal", "The Dow Jones Industrial Average"),
]


@pytest.mark.parametrize(("text", "what", "kind", "name"), REVIEW_CASES)
def test_business_news_review_chains(text: str, what: str, kind: str, name: str | None) -> None:
    test_business_news_chains(text, what, kind, name)


# Two names that must stay in two chains: a country's or a person's name is no short form of a
# company, a foundation or an organisation whose name opens with it.
APART = [
    ("Japan Tobacco said on Friday it would raise cigarette prices. Japan said the tax would rise next year.",
     "Japan Tobacco", "Japan"),
    ("Taiwan Semiconductor Manufacturing said demand for chips was strong. Taiwan said it would hold military drills.",
     "Taiwan Semiconductor Manufacturing", "Taiwan"),
    ("China Coal said output rose 10 percent. China said it would cut coal use by 2030.", "China Coal", "China"),
    ("The Trump Organization was fined by a New York court. Trump said the verdict was a disgrace. Donald Trump denied"
     " wrongdoing.", "The Trump Organization", "Trump"),
    ("The Clinton Foundation said it would stop taking foreign donations. Clinton said the decision was her own. Hillary"
     " Clinton is running for president.", "The Clinton Foundation", "Clinton"),
]


@pytest.mark.parametrize(("text", "first", "second"), APART)
def test_business_names_apart(text: str, first: str, second: str) -> None:
    entities = _analyse(text).entities
    holder = _holder(entities, first, "name")
    chains = {e.label: sorted({m.text for m in e.mentions} | {r.text for r in e.references}) for e in entities}
    assert holder is None or second not in {m.text for m in holder.mentions}, chains


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [
        (["Fabrikam", "Motor", "Co."], "en", "maker"),  # the legal suffix left out
        (["Kestrel", "Motors"], "en", "maker"),
        (["Motors"], "en", None),  # the kind word alone names no company
        (["Harbor", "motors"], "en", None),  # not a word of the name
        (["Fabrikam", "Motor", "Co."], "fr", None),  # French has no such list: no kind, however often asked
        (["Kestrel", "Motors"], "fr", None),
    ],
)
def test_name_kind_reads_each_language_list_once(monkeypatch: pytest.MonkeyPatch, words: list[str], lang: str, expected: str | None) -> None:
    """The kind an organisation's last name word gives it; a language without the list
    (``coref_name_kinds``) is looked for once, not on every name of every document."""
    import kg.extract.coref as coref
    import kg.knowledge.words as lists

    coref._name_kinds.cache_clear()
    lists.word_map.cache_clear()
    reads: list[tuple[str, str]] = []
    real = lists.rows

    def counted(lang_: str, name: str):
        if name == "coref_name_kinds":
            reads.append((lang_, name))
        return real(lang_, name)

    monkeypatch.setattr(lists, "rows", counted)
    try:
        for _ in range(3):
            assert coref._name_kind(words, lang) == expected
        assert reads == [(lang, "coref_name_kinds")]
    finally:
        coref._name_kinds.cache_clear()
        lists.word_map.cache_clear()
