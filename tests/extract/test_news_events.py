"""Everyday English news events (issue 17, event arguments on MEANTIME): deliveries, orders, sales,
flights, meetings, market moves, production, incidents, delays, disputes and bids, with their agent
and patient. Every sentence is invented for these tests. A row is (sentence, trigger, type, agent,
patient); ``ANY`` skips a column, ``None`` means the slot must be empty.
"""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()  # do not check this column


@pytest.fixture(scope="module")
def nlp(en_nlp):
    return en_nlp


def _event(nlp, text, trigger):
    events = [e for e in events_from_doc(nlp(text), lang="en") if e.trigger.text == trigger]
    return events[0] if events else None


def _text(span):
    return span.text if span is not None else None


def _assert_arguments(event, agent, patient):
    """The event's agent and patient are these texts (None for none; ``ANY`` for not checked)."""
    if agent is not ANY:
        assert _text(event.agent) == agent, "agent"
    if patient is not ANY:
        assert _text(event.patient) == patient, "patient"


def _assert_event_type(event, trigger, etype):
    """No event where ``etype`` is None, else an event of that type (any type for ``ANY``)."""
    if etype is None:
        assert event is None, f"{trigger!r} is no event here: {event}"
    else:
        assert event is not None, f"no event on {trigger!r}"
        if etype is not ANY:
            assert event.type == etype


# (sentence, trigger, type, agent, patient)
CASES = [
    # verbs of transfer, production and movement: subject agent, object patient
    ("Boeing delivered the first jet to the airline on Tuesday.", "delivered", "TransferOwnership", "Boeing", "jet"),
    ("The carrier ordered twelve new airliners last year.", "ordered", "TransferOwnership", "carrier", "airliners"),
    ("Northrop will assemble the tankers in Alabama.", "assemble", "Production", "Northrop", "tankers"),
    ("Acme flew the prototype from Paris to Berlin.", "flew", "Transport", "Acme", "prototype"),
    # an intransitive movement: the vehicle is the patient; places after from / to are no patients
    ("The aircraft can fly from London to Sydney without stopping.", "fly", "Transport", None, "aircraft"),
    # market moves: the quantity that rises or falls is the patient; who cuts it is the agent
    ("Sales of the phone rose sharply in March.", "rose", "QuantityChange", None, "Sales"),
    ("Shares fell after the announcement.", "fell", "QuantityChange", None, "Shares"),
    ("The company will cut jobs next year.", "cut", "QuantityChange", "company", "jobs"),
    # nominal events: the possessor or "of X"; a support verb's subject ("placed an order")
    ("Acme's sales doubled last quarter.", "sales", "TransferOwnership", "Acme", ANY),
    ("The delivery of the aircraft was delayed.", "delivery", "TransferOwnership", ANY, "aircraft"),
    ("Qatar Airways placed an order for sixty jets.", "order", "TransferOwnership", "Qatar Airways", ANY),
    ("Apple held a media event in Cupertino.", "event", "Meet", "Apple", ANY),
    # a noun whose subj slot is patient: the vehicle that made the flight
    ("The plane made its maiden flight on Monday.", "flight", "Transport", None, "plane"),
    # a name before the event noun: an organisation or a person does it, a product undergoes it
    ("Airbus won the Qatar Airways order last week.", "order", "TransferOwnership", "Qatar Airways", ANY),
    ("Singapore Airlines was compensated for the A380 delays.", "delays", "Delay", ANY, "A380"),
    # "between X and Y": the parties of a reciprocal event
    ("The long dispute between Airbus and Boeing went on.", "dispute", "Dispute", "Airbus", "Boeing"),
    # passive subjects are patients, by-phrases agents
    ("The launch was delayed by engine troubles.", "delayed", "Delay", "engine troubles", "launch"),
    ("The contract was won by Airbus.", "won", "Bid", "Airbus", "contract"),
    # general senses of release / introduce / sign
    ("Apple released a developer kit for the phone.", "released", "ProductLaunch", "Apple", "developer kit"),
    ("The two firms signed a memorandum on Friday.", "memorandum", ANY, ANY, ANY),
    # incidents and disputes
    ("A software glitch grounded the fleet.", "glitch", "Incident", ANY, ANY),
    ("The two companies settled their trademark dispute.", "settled", "Agreement", "companies", "trademark dispute"),
    # an order for an act is a command; the freeing of people is no product launch
    ("The minister ordered an inquiry into the crash.", "ordered", "Appeal", "minister", ANY),
    ("The mayor ordered the army in.", "ordered", "Appeal", "mayor", ANY),
    ("The firm ignored an order to close the plant.", "order", "Appeal", ANY, ANY),
    ("Acme placed an order for 60 jets.", "order", "TransferOwnership", "Acme", ANY),
    ("The release of the hostages was delayed.", "release", "ReleaseParole", ANY, ANY),
    ("The fraud trial of the banker began in London.", "trial", "TrialHearing", ANY, ANY),
    ("The suspect was released on bail.", "released", "ReleaseParole", ANY, "suspect"),
    ("He was later released without charge.", "released", "ReleaseParole", ANY, "He"),
    # ... but not a thing released under a licence or from a prison; a patient leaves hospital
    ("The city released its traffic data under an open licence.", "released", "Occurrence", "city", ANY),
    ("The activist released a statement from prison.", "released", "Occurrence", "activist", ANY),
    ("The singer was released from hospital on Wednesday.", "released", "Occurrence", None, "singer"),
    ("The studio's release of the film was delayed.", "release", "ProductLaunch", ANY, ANY),
    # a labour strike is a protest; who goes or is on strike does it; a dismissal by "sack"
    ("Nurses walked out on Tuesday in a strike over pay.", "strike", "Demonstrate", ANY, ANY),
    ("A national rail strike will disrupt travel next week.", "strike", "Demonstrate", ANY, ANY),
    ("The strike by postal workers entered its third day.", "strike", "Demonstrate", "workers", ANY),
    ("Train drivers went on strike on Monday.", "strike", "Demonstrate", "Train drivers", ANY),
    ("Teachers in Scotland are on strike.", "strike", "Demonstrate", "Teachers", ANY),
    ("The prime minister sacked her transport secretary on Thursday.", "sacked", "EndPosition", "minister", "transport secretary"),
    # the "X's" / "of X" of a labour strike is who strikes, whatever noun names them
    ("The nurses' strike entered its third day.", "strike", "Demonstrate", "nurses", None),
    ("A strike of dockers closed the port.", "strike", "Demonstrate", "dockers", None),
    # a party that loses a number of seats loses a quantity, not a post
    ("The Greens lost two seats in the election.", "lost", "QuantityChange", "Greens", "seats"),
    ("The club sacked its manager after five straight defeats.", "sacked", "EndPosition", "club", "manager"),
    # losing a life is dying, losing a seat ends a post, losing money or 5 percent is a quantity change
    ("Three soldiers lost their lives in the attack.", "lost", "Die", None, "soldiers"),
    ("The MP lost her seat at the election.", "lost", "EndPosition", None, "MP"),
    ("Shares of the bank lost 5 percent on Tuesday.", "lost", "QuantityChange", ANY, ANY),
    ("The company lost $2 billion last year.", "lost", "QuantityChange", "company", ANY),
    # a contract won or a bidder chosen is a Bid
    ("The firm won a 40 million pound contract to build the bridge.", "won", "Bid", "firm", ANY),
    ("The ministry chose a French consortium for the project.", "chose", "Bid", "ministry", "French consortium"),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(CASES)])
def test_news_event_and_arguments(nlp, text, trigger, etype, agent, patient):
    event = _event(nlp, text, trigger)
    if trigger == "memorandum":  # "signed" is left to an event noun of the same type; a memorandum is none
        event = _event(nlp, text, "signed")
        assert event is not None and event.type == "Agreement"
        return
    assert event is not None, f"no event on {trigger!r}"
    if etype is not ANY:
        assert event.type == etype
    _assert_arguments(event, agent, patient)


# Not events of these types: restricted senses keep their meaning.
NOT_CASES = [
    ("Police launched an investigation into the crash.", "launched", "ProductLaunch"),
    ("The army released two prisoners.", "released", "ProductLaunch"),
    ("He wrote a press release about the results.", "release", "ProductLaunch"),
    # a medical or technical trial is no court hearing
    ("Phase 3 trials of the vaccine will begin in March.", "trials", "TrialHearing"),
    ("The trial of the drug was halted.", "trial", "TrialHearing"),
    ("A judge ordered the release of the activists.", "ordered", "TransferOwnership"),
    ("A judge ordered the release of the activists.", "release", "ProductLaunch"),
    # air, missile and lightning strikes, a footballer's strike, a city sacked by an army
    ("An Israeli air strike on Gaza killed six people.", "strike", "Demonstrate"),
    ("A lightning strike set fire to a barn near Exeter.", "strike", "Demonstrate"),
    ("His strike from 25 yards won the match for Celtic.", "strike", "Demonstrate"),
    ("A strike on a militia position killed two fighters.", "strike", "Demonstrate"),
    ("Roman armies sacked the city in 410.", "sacked", "EndPosition"),
    # a match or a court case lost is no quantity
    ("The team lost the final on penalties.", "lost", "QuantityChange"),
    ("The council lost the court case.", "lost", "QuantityChange"),
    # a match, an election or a choice of what to do is no bid
    ("Her goal won the match for Celtic.", "won", "Bid"),
    ("She won the election by 300 votes.", "won", "Bid"),
    ("The jury chose to acquit him.", "chose", "Bid"),
    ("The coach selected an unchanged side.", "selected", "Bid"),
    # a regulator's approval, a voters' mandate or a sports competition won is no bid either
    ("The new drug won approval from regulators.", "won", "Bid"),
    ("The president won a fresh mandate in the election.", "won", "Bid"),
    ("Rovers won the competition for the third time.", "won", "Bid"),
    # a party loses seats, not a post: only a member loses the seat she held
    ("The Greens lost two seats in the election.", "lost", "EndPosition"),
    ("The Conservatives lost the seat to Labour.", "lost", "EndPosition"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), NOT_CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(NOT_CASES)])
def test_restricted_senses(nlp, text, trigger, etype):
    event = _event(nlp, text, trigger)
    assert event is None or event.type != etype


# The default row (lemma "*"): any other English verb is an Occurrence, with subject agent and object
# patient; unaccusative verbs take their subject as patient; an Occurrence whose agent or patient is
# itself an event keeps no such argument; light verbs and participles used as prepositions are none.
OCCURRENCE_CASES = [
    ("Acme praised the new design on Monday.", "praised", "Acme", "design"),
    ("The regulator approved the merger plan.", "approved", "regulator", "merger plan"),
    ("The plant closed in March.", "closed", None, "plant"),
    ("The news came as a surprise to investors.", "came", None, "news"),
    ("The plane remained on the ground.", "remained", None, "plane"),
    # the subject is an event (a TrialHearing): no participant of "began"
    ("The trial began in March.", "began", None, None),
    # "press conference" is an event of its own: it is no patient of "held" (a Meet noun takes the agent)
    ("The team reached a settlement with the union.", "reached", "team", None),
    # a general verb and its general infinitive complement are two acts
    ("Parliament voted on Friday to legalise the drug.", "voted", "Parliament", None),
    ("Parliament voted on Friday to legalise the drug.", "legalise", "Parliament", "drug"),
    ("The club decided to appoint a new coach.", "decided", "club", None),
]


@pytest.mark.parametrize(("text", "trigger", "agent", "patient"), OCCURRENCE_CASES, ids=[c[1] for c in OCCURRENCE_CASES])
def test_default_row_makes_an_occurrence(nlp, text, trigger, agent, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    assert event.type == "Occurrence"
    assert _text(event.agent) == agent, "agent"
    assert _text(event.patient) == patient, "patient"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The company has three plants.", "has"),
        ("Several products, including the phone, were sold.", "including"),
        ("According to the report, sales fell.", "According"),
        # an attributive "-ing" form is an attribute, no act
        ("The defending champion lost in the first round.", "defending"),
        ("The jets will replace the existing fleet.", "existing"),
    ],
)
def test_no_occurrence_for_light_verbs_and_prepositions(nlp, text, word):
    assert _event(nlp, text, word) is None


def test_specific_rows_come_before_the_default_row(nlp):
    event = _event(nlp, "Boeing delivered the jet.", "delivered")
    assert event is not None and event.type == "TransferOwnership"


def test_default_rows_of_the_lexicon():
    from kg.knowledge.lexicons import load_lexicon

    lex = load_lexicon()
    assert [e.type for e in lex.default("en", "VERB")] == ["Occurrence"]
    assert lex.default("fr", "VERB") == ()  # French has no default row: its events stay typed
    assert lex.default("en", "NOUN") == ()


# "contract" is the document signed, not an event: "signed" carries the Agreement and takes it as
# patient. An event noun is no patient of a support verb ("announced the launch", "confirmed the
# purchase"), and an empty
# "it" before a passive verb with a clause ("It is expected that ...") is no argument.
ARGUMENT_CLASSES = [
    ("Airbus signed a contract with the Royal Air Force.", "signed", "Agreement", "Airbus", "contract"),
    ("The ministry signed the contract on Friday.", "signed", "Agreement", "ministry", "contract"),
    ("Acme announced the launch of its new phone.", "announced", ANY, "Acme", None),
    ("Acme confirmed the purchase of Beta.", "confirmed", ANY, "Acme", None),
    ("It is expected that the plant will reopen in May.", "expected", ANY, ANY, None),
    ("It was announced that the two firms would merge.", "announced", ANY, ANY, None),
]


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "agent", "patient"), ARGUMENT_CLASSES, ids=[c[1] + f"-{i}" for i, c in enumerate(ARGUMENT_CLASSES)]
)
def test_argument_classes(nlp, text, trigger, etype, agent, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    if etype is not ANY:
        assert event.type == etype
    _assert_arguments(event, agent, patient)


@pytest.mark.parametrize("text", ["Airbus signed a contract with the Royal Air Force.", "Boeing lost the tanker contract."])
def test_contract_is_no_event(nlp, text):
    assert _event(nlp, text, "contract") is None


# (sentence, date words, trigger, whether the date dates the trigger): a date dates the verb of its own
# clause, not the verb of a clause governing it, and a date modifying a noun ("the 1991 agreement")
# dates no verb.
TIME_CASES = [
    ("Acme praised the new design on Monday.", "Monday", "praised", True),
    ("Acme announced on Tuesday that it had closed the plant.", "Tuesday", "announced", True),
    ("Acme said that it will open a plant in 2027.", "2027", "open", True),
    ("Acme said that it will open a plant in 2027.", "2027", "said", False),
    ("Acme argued that the 1991 agreement was void.", "1991", "argued", False),
    ("The new deal replaces the 1991 agreement between the firms.", "1991", "replaces", False),
    ("Acme announced that it will open a plant in 2027.", "2027", "announced", False),
    # issue 17: a participle clause after its verb happens when the verb does; one after "after"
    # does not; "during" sets the clause at the time of its noun
    ("On Monday, Acme cut its forecast, saying demand was weak.", "Monday", "saying", True),
    ("On Monday, Acme cut its forecast after seeing weak demand.", "Monday", "seeing", False),
    ("During Monday's meeting, Acme cut its forecast.", "Monday", "cut", True),
]


@pytest.mark.parametrize(("text", "words", "trigger", "dated"), TIME_CASES, ids=[f"{c[2]}-{i}" for i, c in enumerate(TIME_CASES)])
def test_event_time_by_clause(nlp, text, words, trigger, dated):
    from kg.types import Timex

    start = text.index(words)
    timex = Timex(start, start + len(words), words, "DATE", "2027-01-01")
    events = [e for e in events_from_doc(nlp(text), lang="en", timexes=[timex]) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert (events[0].time is not None) is dated


# Agent precision (issue 17): subjects that are no agents. A line is read on its own: a headline, its
# dateline and the first sentence parsed together share no argument, and the subject the parse hung
# from the headline is found at the start of its own line, as is a name the parse hung there beside
# a descriptive subject in apposition ("NADS , the parent company of Globex , has won"), also when
# the parse cut the name off as a verbless sentence of its own. A
# demonstrative subject takes up what was said ("This brings ..."); a headline past with a "by"
# agent is a reduced passive; a participle modifying a thing ("issues relating to") has no agent; a
# bare "Stop" in a quotation is no complement of the verb before it; a relative pronoun standing for
# an event noun is no argument of an Occurrence.
# (sentence, trigger, agent, patient)
AGENT_PRECISION_CASES = [
    ("Acme buys Beta for $ 5 billion\nMay 2 , 2024\nGlobex Corp. today bought the factory in Ohio .", "bought",
     "Globex Corp.", "factory"),
    ("Globex negotiates purchase of 22 jets\nJune 10 , 2007\nRussian carrier Globex has negotiated the purchase of 22 jets .",
     "negotiated", "Russian carrier Globex", ANY),
    # (the name the parse coordinates at its "&" is one agent; the bracket it left open is no part of it)
    ("Globex parent NADS wins tanker contract\nMarch 27 , 2008\nNorthern Aerospace Defence & Space NV ( NADS ) , the "
     "parent company of airframer Globex , has won a contract to build tankers .", "won",
     "Northern Aerospace Defence & Space NV", "contract"),
    ("Acme , the parent company of Beta , has won a contract .", "won", "Acme", "contract"),
    ("Initech introduces phone and tablet\nJanuary 10 , 2007\nInitech Inc. today has introduced the new phone at a fair .",
     "introduced", "Initech Inc.", "phone"),
    ("Globex to get 22 jets\nJune 10 , 2007\nRussian carrier Globex has negotiated the purchase of 22 jets .", "purchase",
     "Russian carrier Globex", "jets"),
    ("The firm cut 500 jobs last year . This brings the total to 2,000 .", "brings", None, "total"),
    ("The airline cancelled 40 flights . This angered many passengers .", "angered", None, "passengers"),
    ("Acme swamped by phone orders", "swamped", None, "Acme"),
    ("Initech flooded by complaints after outage", "flooded", "complaints", "Initech"),
    ("Many buyers reported issues relating to the antenna .", "relating", None, ANY),
    ("The firm operates a fleet consisting of 30 jets .", "consisting", None, ANY),
    ("Globex , calling for a ban , wrote to the minister .", "calling", "Globex", "ban"),
    ('Jobs opened the show , saying , " Stop me if you have heard this . "', "Stop", None, ANY),
    ("The firms signed an agreement in 1991 , which defined the terms of the sale .", "defined", None, "terms"),
    ("The firms reached a settlement , which ended the dispute .", "ended", None, None),
]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"), AGENT_PRECISION_CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(AGENT_PRECISION_CASES)]
)
def test_subjects_that_are_no_agents(nlp, text, trigger, agent, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    _assert_arguments(event, agent, patient)


# Parts of hyphenated words, which the English tokenizer splits into three tokens: a first part is an
# event only as the compound event noun the lexicon knows ("take-off" as "takeoff"), a last part is
# none when the hyphenated word qualifies the noun after it or follows "non-"/"no-", and stays the
# event after a verb prefix ("re-opened"). A row is (sentence, trigger word, type or None for no event).
HYPHEN_CASES = [
    ("Lumen, a Leeds start-up, hired 40 engineers.", "start", None),
    ("A follow-up study found no link with the vaccine.", "follow", None),
    ("The cut-off date for applications is Friday.", "cut", None),
    ("Volunteers joined the clean-up of the beach on Sunday.", "clean", None),
    ("The state-owned broadcaster aired the debate.", "owned", None),
    ("A Kremlin-backed candidate won the vote.", "backed", None),
    ("The ferry will sail non-stop to the island.", "stop", None),
    ("The ministry signed no-bid contracts with two builders.", "bid", None),
    ("The so-called reform bill was withdrawn.", "called", None),
    ("The much-anticipated album was released on Friday.", "anticipated", None),
    ("The council re-opened the library on Monday.", "opened", ANY),
    ("Voters re-elected the mayor for a third term.", "elected", "Elect"),
    ("The take-over of the brewery was approved by regulators.", "take", "TransferOwnership"),
    ("The factory announced 300 lay-offs in March.", "lay", "EndPosition"),
    ("The plane's take-off was delayed by fog.", "take", "Transport"),
    ("The announcement was long-awaited by fans.", "awaited", ANY),
    # rvl28: a past participle after the noun that did the act is the act ("the court-ordered
    # review"); a stative one ("Chicago-based"), or after "self-"/"half-", is none
    ("The court-ordered review of the killings began on Monday.", "ordered", ANY),
    ("A government-imposed curfew was lifted on Thursday.", "imposed", ANY),
    ("Storm-damaged roads were closed on Monday.", "damaged", ANY),
    ("The rebel leader signed a Qatar-mediated agreement on Saturday.", "mediated", ANY),
    ("The government-appointed judge resigned on Friday.", "appointed", "StartPosition"),
    ("The Chicago-based airline cut 300 jobs.", "based", None),
    ("A cash-strapped council closed the library.", "strapped", None),
    ("The coal-fired power station was closed in 2020.", "fired", None),
    ("Solar-powered buses entered service on Monday.", "powered", None),
    ("A snow-covered road was closed on Monday.", "covered", None),
    ("The self-declared president fled the capital.", "declared", None),
    ("The self-proclaimed leader of the group was arrested.", "proclaimed", None),
    # rvl28: compound event nouns whose first part the tokenizer splits off
    ("A walk-out by stagehands forced the cancellation of the tour.", "walk", "Demonstrate"),
    ("Workers in Madrid staged a sit-in on Monday.", "sit", "Demonstrate"),
    ("The city council approved the bail-out of the bus operator.", "bail", "TransferMoney"),
    ("Nurses staged a walkout over pay.", "walkout", "Demonstrate"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), HYPHEN_CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(HYPHEN_CASES)])
def test_parts_of_hyphenated_words(nlp, text, trigger, etype):
    _assert_event_type(_event(nlp, text, trigger), trigger, etype)


# e29a (issue 17), classes found on invented wire news: who does an infinitive after a verb of
# choosing, hiring or sending, or after "call on X" (its object, when someone who can act); an
# unaccusative verb's subject undergoes it ("the ship sank"); a count after "by" is no agent ("failed
# by 52 votes"); a headline's bare past of a verb that always takes an object is a passive ("Union
# leader charged with fraud"); an active verb coordinated with a passive one does what it says ("was
# injured and missed the final"); a fall or a jump into a place is no quantity, a disease developed no
# production; "restore order" is no purchase; a wire dateline's capitalised place with a plain hyphen
# is no agent. (sentence, trigger, type, agent, patient)
E29A_CASES = [
    ("Prime Minister Kate Lowe appointed the deputy minister, James Orr, to replace him.", "replace", ANY, "deputy minister, James Orr", ANY),
    ("The club hired a lawyer to defend its president.", "defend", ANY, "lawyer", "president"),
    ("Voters elected Tom Baker to represent the district.", "represent", ANY, "Tom Baker", "district"),
    ("Opposition senators called on the interior minister to resign.", "resign", "EndPosition", "minister", ANY),
    ("The union appealed to members to reject the offer.", "reject", ANY, "members", "offer"),
    ("The ship sank off the coast on Tuesday.", "sank", ANY, None, "ship"),
    ("Several buildings collapsed in the town.", "collapsed", ANY, None, "buildings"),
    ("Three migrants drowned off Libya.", "drowned", "Die", None, "migrants"),
    ("A bomb exploded outside the court on Monday.", "exploded", ANY, None, "bomb"),
    ("The boat capsized off Lesbos on Sunday.", "capsized", ANY, None, "boat"),
    ("The measure, which was introduced by Senator Laura Finch, failed by 52 votes to 47.", "failed", ANY, None, ANY),
    ("The bill was passed by 60 votes to 40.", "passed", ANY, None, "bill"),
    ("Union leader charged with fraud", "charged", "ChargeIndict", None, "Union leader"),
    ("Journalist detained at Nairobi airport", "detained", "ArrestJail", None, "Journalist"),
    ("Coach sacked after heavy defeat", "sacked", ANY, None, "Coach"),
    ("Mayor accused of bribery", "accused", ANY, None, "Mayor"),
    ("Moser was treated at a Vienna hospital and will not play for three months.", "play", ANY, "Moser", None),
    ("The striker was injured in training and missed the final.", "missed", ANY, "striker", "final"),
    ("The minister was criticised by unions but defended the reform.", "defended", ANY, "minister", "reform"),
    ("The boy climbed out of the pool on Sunday.", "climbed", "Occurrence", "boy", ANY),
    ("The bus plunged off the bridge on Monday.", "plunged", "Occurrence", None, "bus"),
    ("A worker fell out of the window on Monday.", "fell", "Occurrence", None, "worker"),
    ("The patient developed pneumonia after surgery.", "developed", "Occurrence", "patient", "pneumonia"),
    ("Dementia link\n\nBOSTON, March 11 - Long-term exposure to air pollution increases the risk of dementia.", "increases", ANY, None, "risk"),
    # the one accused or suspected does what the gerund after "of" says
    ("The rebels have been accused by rights groups of recruiting children.", "recruiting", ANY, "rebels", "children"),
    ("Police arrested a man suspected of stealing two paintings.", "stealing", ANY, "man", "paintings"),
    ("The senator, accused of taking bribes, resigned on Friday.", "taking", ANY, "senator", "bribes"),
    # a possessor with an "of" phrase: the possessor does it, the "of" phrase undergoes it
    ("The firm's acquisition of a rival biotech company was approved in March.", "acquisition", "TransferOwnership", "firm", "company"),
    ("Boeing's delivery of the first jet was delayed.", "delivery", ANY, "Boeing", "jet"),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), E29A_CASES, ids=[f"e29a-{c[1]}-{i}" for i, c in enumerate(E29A_CASES)])
def test_e29a_argument_classes(nlp, text, trigger, etype, agent, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    if etype is not ANY:
        assert event.type == etype
    _assert_arguments(event, agent, patient)


# e29a near misses, which keep their reading: a purpose done by the subject, a thing chosen, a
# transitive sink, a count of people after "by", a headline's intransitive past, a shared passive
# participle, market falls and rises, a vaccine developed, an order placed, a score in a sentence.
E29A_KEPT = [
    ("Police fired tear gas to disperse the crowd.", "disperse", ANY, "Police", "crowd"),
    ("The government sent a letter to protest the decision.", "protest", ANY, "government", ANY),
    ("The board chose the northern route to avoid the mountains.", "avoid", ANY, "board", ANY),
    ("The navy sank a pirate boat near the island.", "sank", ANY, "navy", "pirate boat"),
    ("The village was attacked by 12 gunmen.", "attacked", "Attack", "gunmen", "village"),
    # (the share's group is who approved: xx/partitive_heads, session 33)
    ("The deal was approved by 68 percent of members.", "approved", ANY, "members", ANY),
    ("Minister resigned over scandal", "resigned", "EndPosition", "Minister", None),
    ("The senator was arrested on Monday and charged with fraud.", "charged", ANY, None, "senator"),
    ("The iPod is made by Acme and marketed alongside the store.", "marketed", ANY, None, ANY),
    ("Shares fell 5 percent into the close.", "fell", "QuantityChange", None, "Shares"),
    ("Prices climbed to a record on Friday.", "climbed", "QuantityChange", None, "Prices"),
    ("Oxford scientists developed the vaccine in a year.", "developed", "Production", "Oxford scientists", "vaccine"),
    ("The airline placed an order for 30 jets.", "order", "TransferOwnership", ANY, ANY),
    ("Leeds beat Everton 2 - 1 on Saturday.", "beat", ANY, "Leeds", ANY),
    ("Rebels shot at a helicopter near the border", "shot", ANY, "Rebels", None),
    ("Fans charged into the pitch after the final whistle", "charged", ANY, "Fans", ANY),
    ("The council relied on a 2019 report to justify the cuts.", "justify", ANY, "council", ANY),
    ("The bank's collapse of confidence hurt investors.", "collapse", "Incident", None, ANY),
    ("The report was published on Monday and sparked outrage.", "sparked", ANY, "report", "outrage"),
    ("The plant was closed in 2009 and sold to a developer.", "sold", ANY, None, "plant"),
    ("The rebels exploded a car bomb in the market.", "exploded", ANY, "rebels", "car bomb"),
    ("Police arrested a man wanted for questioning after the riot.", "questioning", ANY, None, ANY),
    ("The mayor, praised by residents for cleaning the river, won again.", "cleaning", ANY, "mayor", "river"),
    ("The plane's delivery was delayed by a strike.", "delivery", ANY, None, "plane"),
    ("Last year's sale of the unit raised 2 billion dollars.", "sale", ANY, None, "unit"),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), E29A_KEPT, ids=[f"e29a-kept-{c[1]}-{i}" for i, c in enumerate(E29A_KEPT)])
def test_e29a_near_misses(nlp, text, trigger, etype, agent, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    if etype is not ANY:
        assert event.type == etype
    _assert_arguments(event, agent, patient)


def test_e29a_restore_order_is_no_purchase(nlp):
    assert _event(nlp, "The army sent troops to restore order in the north.", "order") is None


# e29a: event nouns of conflict, disaster, justice and politics news, with their senses that are no
# such event (sentence, trigger, type or None for no event).
E29A_NOUNS = [
    ("Police opened an investigation into the crash.", "investigation", "Investigate"),
    ("A strong earthquake struck eastern Turkey on Saturday.", "earthquake", "Incident"),
    ("Heavy fighting broke out near the border.", "fighting", "Attack"),
    ("The rebels launched a new offensive on the city.", "offensive", "Attack"),
    ("Russia's invasion of Ukraine began in February.", "invasion", "Attack"),
    ("The evacuation of the villages will begin next week.", "evacuation", "Transport"),
    ("Fans called for the coach's dismissal.", "dismissal", "EndPosition"),
    ("The two sides agreed to a three-day truce.", "truce", "Agreement"),
    ("The union and the ministry held talks on Monday.", "talks", "Meet"),
    ("Rights groups condemned the killing of two journalists.", "killing", "Die"),
    ("The mayor will appeal the conviction.", "conviction", "Convict"),
    ("The agency will fund an extended search for the wreck.", "fund", "Occurrence"),
    ("The fund will pay for an extended search for the wreck.", "search", "Occurrence"),
    # near misses
    ("The firm sells a popular search engine.", "search", None),
    ("The space probe reached Mars in 2021.", "probe", None),
    ("The migrants were held in a detention centre.", "detention", None),
    ("She spoke about her political convictions.", "convictions", None),
    ("The judge ordered the dismissal of the case.", "dismissal", None),
    ("Traders made a killing on the deal.", "killing", None),
    ("The country faces a population explosion.", "explosion", None),
    ("The bank announced a rescue package for the airline.", "rescue", None),
    ("He hosts a radio talk show.", "talk", None),
    ("Rescue teams searched the rubble for survivors.", "Rescue", None),
    ("Aid workers distributed flour to 20,000 people.", "Aid", None),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), E29A_NOUNS, ids=[f"e29a-noun-{c[1]}-{i}" for i, c in enumerate(E29A_NOUNS)])
def test_e29a_event_nouns(nlp, text, trigger, etype):
    _assert_event_type(_event(nlp, text, trigger), trigger, etype)


def test_e29a_trade_war_is_no_attack(nlp):
    event = _event(nlp, "A trade war between the two countries hit exports.", "war")
    assert event is None or event.type != "Attack"


def test_e29a_possessor_and_of_phrase(nlp):
    event = _event(nlp, "Russia's invasion of Ukraine began in February.", "invasion")
    assert event is not None and _text(event.agent) == "Russia" and _text(event.patient) == "Ukraine"
    event = _event(nlp, "The city's evacuation of wounded civilians began on Monday.", "evacuation")
    assert event is not None and event.agent is None and _text(event.patient) == "civilians"


# English nouns of people by their situation, trade or kinship (en/human_nouns) are @HUMAN: "killed
# two nurses" is a death, "killed the bill" none.
L29_KILLED = [
    ("Officials said an attack that killed two nurses had closed the clinic.", "killed", "Die", "nurses"),
    ("The landslide killed three miners and a teacher on Sunday.", "killed", "Die", "miners"),
    ("Floods killed five pilgrims near the shrine.", "killed", "Die", "pilgrims"),
    ("The senate killed the bill on Monday.", "killed", "Occurrence", "bill"),
    ("An early frost killed the crops in the valley.", "killed", "Occurrence", "crops"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "etype", "patient"), L29_KILLED)
def test_people_killed_by_their_trade_or_situation(nlp, text, trigger, etype, patient):
    event = _event(nlp, text, trigger)
    assert event is not None and event.type == etype
    assert _text(event.patient) == patient


# rve29 (issue 17), review of e29a on invented wire news: "call on X to" / "appeal to X to" with an
# X that is a means or a faculty, not someone who can act ("called on social media to boycott the
# vote": the leader calls for the boycott); "paid X a sum to" (no agent); a verb with subject-as-patient rows (sink, collapse ...)
# in a relative clause with no relative word after the noun it acts on ("the ship the navy sank":
# the navy sank it, but not after a noun of time: "the day the ship sank").
# (sentence, trigger, type, agent, patient)
RVE29_CASES = [
    ("The opposition leader called on social media to boycott the vote.", "boycott", ANY, "opposition leader", "vote"),
    ("The mayor appealed to common sense to end the dispute.", "end", ANY, "mayor", ANY),
    ("The singer called on the radio to cancel the concert.", "cancel", ANY, "singer", "concert"),
    ("The ship the navy sank in 1942 was found by divers.", "sank", ANY, "navy", None),
    ("The bridge the storm collapsed last winter was rebuilt.", "collapsed", ANY, "storm", None),
    # "pay X a sum to": the payer or the one paid may do it, so no agent rather than a wrong one
    ("The club paid Real Madrid 80 million euros to sign the striker.", "sign", ANY, None, "striker"),
    ("The family paid the lawyer 5,000 dollars to represent their son.", "represent", ANY, None, "son"),
    # a possessor and an "of" phrase that is a period: the possessor undergoes it, as without "of"
    ("The striker's second injury of the season kept him out of the final.", "injury", "Injure", None, "striker"),
    ("The mayor's second arrest of the decade shocked the town.", "arrest", "ArrestJail", None, "mayor"),
    # a headline's active past of a verb of motion after the crowd that moves
    ("Fans charged onto the pitch after the final whistle", "charged", ANY, "Fans", None),
    # near misses, which keep their reading
    ("The union appealed to members to reject the offer.", "reject", ANY, "members", "offer"),
    ("The party called on its supporters to vote.", "vote", ANY, "supporters", ANY),
    ("The day the ship sank was cold.", "sank", ANY, None, "ship"),
    ("The town where the bus overturned is small.", "overturned", ANY, None, "bus"),
    ("The charity sent the children books to help them read.", "help", ANY, "charity", ANY),
    ("The club hired a lawyer to defend its president.", "defend", ANY, "lawyer", "president"),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "agent", "patient"), RVE29_CASES, ids=[f"rve29-{c[1]}-{i}" for i, c in enumerate(RVE29_CASES)])
def test_rve29_argument_classes(nlp, text, trigger, etype, agent, patient):
    event = _event(nlp, text, trigger)
    assert event is not None, f"no event on {trigger!r}"
    if etype is not ANY:
        assert event.type == etype
    _assert_arguments(event, agent, patient)


# rve29: other senses of e29a's event nouns: a noun that modifies another one for a group, a place or a
# period ("the investigation team", "injury time", "the evacuation centre"), a lecture or a rumour
# ("gave a talk", "talk of an election"), a campaign or a crowd ("a charm offensive", "a pitch
# invasion"), a furnace ("a blast furnace"), a frame of mind ("spoke with conviction", "a conviction
# politician", "a fighting chance") and "had a blast" (sentence, trigger, type or None for no event).
RVE29_NOUNS = [
    ("The striker scored in injury time.", "injury", None),
    ("She spoke with conviction about the reforms.", "conviction", None),
    ("He is a conviction politician who never changes his mind.", "conviction", None),
    ("The fans had a blast at the festival.", "blast", None),
    ("The underdogs have a fighting chance.", "fighting", None),
    ("The investigation team interviewed twenty witnesses.", "investigation", None),
    ("There is talk of an early election.", "talk", None),
    ("The author gave a talk at the library on Sunday.", "talk", None),
    ("The search party found the missing boy.", "search", None),
    ("Police obtained a search warrant for the flat.", "search", None),
    ("The evacuation centre was full.", "evacuation", None),
    ("The soldiers ran to the air raid shelter.", "raid", None),
    ("The government launched a charm offensive in Brussels.", "offensive", None),
    ("The match was halted by a pitch invasion.", "invasion", None),
    ("The plant's blast furnace was shut down.", "blast", None),
    # near misses
    ("The two sides held talks in Geneva.", "talks", "Meet"),
    ("A blast at the market killed ten people.", "blast", "Incident"),
    ("The player suffered a knee injury.", "injury", "Injure"),
    ("The search for the missing boy continued.", "search", "Occurrence"),
    ("The evacuation of the villages began.", "evacuation", "Transport"),
    ("Heavy fighting broke out near the border.", "fighting", "Attack"),
    ("The rebels launched a new offensive on the city.", "offensive", "Attack"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), RVE29_NOUNS, ids=[f"rve29-noun-{c[1]}-{i}" for i, c in enumerate(RVE29_NOUNS)])
def test_rve29_event_noun_senses(nlp, text, trigger, etype):
    _assert_event_type(_event(nlp, text, trigger), trigger, etype)
