"""Who receives, and what is given, with English verbs of giving and sending (issue 17, "to whom").
A verb of giving or sending names its recipient with "to X" whatever the type of its row ("sent the
judgment to the Commission", "awarded the contract to Boeing"; ``en/giving_verbs``), a place it
goes to is none; a noun of leave or time it grants is no thing given, and the one who receives it
does the noun's infinitive ("the ruling gave the company a chance to appeal", "gave the club until
October to respond"; ``en/opportunity_nouns``); two objects the parser did not read as a double
object are split ("will give residents of the valley a new bridge"); who is handed a defeat suffers
it ("handed the leaders their first defeat"; ``en/inflicted_nouns``); a headline's object the parser
reads as a clause over the dateline is the patient ("Drugmaker recalls blood pressure pills"). "Acme failed to pay" has Acme
for the agent of the failing, and "who asked not to be named" names nobody to a post. Every
sentence is invented. A row is (sentence, trigger, agent, patient, recipient); ``ANY`` skips a
column, ``NONE`` says the word gives no event."""

from __future__ import annotations

import pytest

from kg.extract.events import events_from_doc

ANY = object()
NONE = object()

CASES = [
    # "to" recipients of verbs of giving and sending
    ("Chief Justice Mara Kell sent the judgment to the European Commission on Thursday.", "sent", ANY, "judgment", "European Commission"),
    ("The Pentagon awarded the contract to Boeing last year.", "awarded", ANY, "contract", "Boeing"),
    ("Customs officers handed the files to prosecutors on Monday.", "handed", "Customs officers", "files", "prosecutors"),
    ("The coach gave his jersey to a young fan after the match.", "gave", "coach", "jersey", "fan"),
    ("The ministry submitted the report to parliament in May.", "submitted", ANY, "report", "parliament"),
    # a noun of leave or time is granted: no patient, the first object receives and acts
    ("The ruling gave the company a chance to appeal.", "gave", "ruling", None, "company"),
    ("The ruling gave the company a chance to appeal.", "appeal", "company", ANY, ANY),
    ("The court granted Norvane the right to sell the drug.", "granted", ANY, None, "Norvane"),
    ("The court granted Norvane the right to sell the drug.", "sell", "Norvane", "drug", ANY),
    ("The league gave the club until October to respond.", "gave", "league", None, "club"),
    ("The league gave the club until October to respond.", "respond", "club", ANY, ANY),
    ("The firm gave its suppliers until Friday to deliver the parts.", "deliver", "suppliers", "parts", ANY),
    ("Brisco was given a week to respond.", "given", ANY, None, "Brisco"),
    ("Brisco was given a week to respond.", "respond", "Brisco", ANY, ANY),
    # two objects the parser did not read as a double object
    ("The city will give residents of the valley a new bridge.", "give", "city", "bridge", "residents"),
    # a defeat handed to someone is theirs to suffer
    ("The appeals court on Wednesday handed Velmont Industries a defeat.", "defeat", ANY, "Velmont Industries", ANY),
    ("Rovers won 2-1 on Saturday, handing the leaders their first defeat of the season.", "defeat", ANY, "leaders", ANY),
    ("The vote handed a defeat to the government.", "defeat", ANY, "government", ANY),
    ("Court hands Velmont a defeat over factory closure", "defeat", "Court", "Velmont", ANY),
    # a headline's object the parser read as a clause over the dateline
    ("Drugmaker recalls blood pressure pills\n\nNEW YORK (Reuters) - Halvern Pharma recalled 2 million bottles on Tuesday.",
     "recalls", "Drugmaker", "blood pressure pills", ANY),
    # who failed to act is the agent of the failing; an anonymous source is named to no post
    ("Kestrel failed to pay its suppliers in March.", "failed", "Kestrel", None, ANY),
    ("A spokesman, who asked not to be named, said the firm would study the ruling.", "named", NONE, ANY, ANY),
    ("The spokeswoman, who declined to be identified, said talks would resume.", "identified", NONE, ANY, ANY),
]

GUARDS = [
    # a clause under a verb of saying stays its content
    ("The company said sales rose in March.", "said", ANY, None, ANY),
    # a place is where things go, not who receives them; other verbs keep their "to" as before
    ("The government sent troops to France in 2013.", "sent", ANY, "troops", None),
    ("Acme sold its plant to Beta.", "sold", "Acme", "plant", "Beta"),
    ("The minister went to Paris on Monday.", "went", ANY, ANY, None),
    # a list the parser broke into two objects is no double object
    ("Maker to give free cases, refunds to phone owners", "give", ANY, "cases", ANY),
    # a thing given stays the patient; the giver does a purpose infinitive
    ("Acme gave its workers a bonus on Friday.", "gave", "Acme", "bonus", "workers"),
    ("Acme gave workers a bonus to keep them.", "keep", "Acme", ANY, ANY),
    ("Police fired tear gas to disperse the crowd.", "disperse", "Police", "crowd", ANY),
    # a speech given to someone is given to them, not suffered
    ("The coach gave a speech to the players.", "speech", "coach", None, ANY),
    # a chance one misses is not granted; a bank that fails has no agent
    ("Acme missed a chance to win the title.", "missed", "Acme", "chance", None),
    ("The bank failed in 2008.", "failed", None, "bank", ANY),
    # a person named to a post still is
    ("Jane Roe was named chief executive on Monday.", "named", ANY, "Jane Roe", ANY),
]


def _text(span) -> str | None:
    return None if span is None else span.text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "agent", "patient", "recipient"), CASES + GUARDS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES + GUARDS)])
def test_who_gives_what_to_whom(en_nlp, text: str, trigger: str, agent, patient, recipient) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    if agent is NONE:
        assert not events, f"an event on {trigger!r}"
        return
    assert events, f"no event on {trigger!r}"
    event = events[0]
    for slot, want in (("agent", agent), ("patient", patient), ("recipient", recipient)):
        if want is not ANY:
            assert _text(getattr(event, slot)) == want, slot


# A clause of time or cause set beside a verb of requesting is told, not asked for; what the verb
# asks for stays requested. A row is (sentence, trigger, modality).
MODALITY = [
    ("The strike was called by the rail union after talks with the operator collapsed last week.", "collapsed", "ASSERTED"),
    ("The mayor urged calm as protesters gathered outside the town hall.", "gathered", "ASSERTED"),
    # guards: the complement of the request
    ("The union urged workers to continue the strike.", "continue", "REQUESTED"),
    ("The group demanded that Acme stop selling the drug.", "stop", "REQUESTED"),
    ("The senator called for a ban on the pesticide.", "ban", "REQUESTED"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "modality"), MODALITY, ids=[f"{c[1]}-{i}" for i, c in enumerate(MODALITY)])
def test_a_clause_beside_a_request_is_told(en_nlp, text: str, trigger: str, modality: str) -> None:
    events = [e for e in events_from_doc(en_nlp(text), lang="en") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].modality == modality
