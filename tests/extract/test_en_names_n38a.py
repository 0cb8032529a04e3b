"""English names of invented wire news in genres the dev set barely has (mining, sport, retail,
UK and Australian politics; issue 21, n38a): a name the model read as a place that says or decides
("Codelco said"), a given name and a Gaelic surname the model skipped ("Rory McIlroy"), a firm's
name joined by an ampersand with its possessive ("Ben & Jerry's"), a brand named after a person
before its maker ("Jack Daniel's maker Brown-Forman"), sports venues ("Old Trafford",
"Augusta National"), names of policies and illnesses ("a Brexit spokesman"), and the departments
and agencies of the gazetteer ("the Department for Energy Security and Net Zero"). Each case is
read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A name the model reads as a place that says or decides is an organisation, in every
        # mention, the headline's too.
        (
            "Chile's Codelco keeps grip on lithium venture\n\nSANTIAGO (Reuters) - Codelco said on Tuesday it would keep"
            " control of its lithium venture. Codelco will keep control of the board until 2031.",
            [("Codelco", "ORG")],
            [("Codelco", "LOC")],
        ),
        (
            "SANTIAGO (Reuters) - Codelco decided last year to seek partners for its lithium assets in the Atacama salt flat.",
            [("Codelco", "ORG")],
            [("Codelco", "LOC")],
        ),
        # ... but not a place the gazetteer knows, a place the text writes after "in", nor a
        # person the sentence calls "he".
        ("SANTIAGO (Reuters) - Santiago decided to ban cars from the centre on Sundays.", [("Santiago", "LOC")], [("Santiago", "ORG")]),
        ("LIMA (Reuters) - Miners walked out in Cerro Verde on Monday. Cerro Verde said output was not affected.", [], [("Cerro Verde", "ORG")]),
        # A given name and a Gaelic surname the model skipped are a person, and the surname alone
        # elsewhere is that person.
        (
            "McIlroy leads at Augusta\n\nAUGUSTA, Georgia (AP) - Rory McIlroy and Scottie Scheffler will go head to head on"
            " Sunday. \"It's the day I have been waiting for,\" said McIlroy.",
            [("Rory McIlroy", "PER"), ("McIlroy", "PER"), ("Scottie Scheffler", "PER")],
            [("McIlroy", "ORG")],
        ),
        ("DUBLIN (Reuters) - Declan O'Rourke and Aoife Walsh won the mixed doubles on Sunday.", [("Declan O'Rourke", "PER")], []),
        # The Gaelic surname of a person named in full, alone later, is that person.
        (
            "DUBLIN (Reuters) - Chief executive Michael O'Leary said the airline expected fewer planes."
            " \"We are not happy with Boeing,\" O'Leary told reporters in Dublin.",
            [("O'Leary", "PER")],
            [],
        ),
        # ... not a possessive shop named after a person, nor a word that is no given name.
        ("CHICAGO (Reuters) - McDonald's said sales rose in the second quarter.", [], [("McDonald", "PER")]),
        # A firm's name joined by an ampersand keeps its possessive where it owns nothing.
        (
            "LONDON (Reuters) - Unilever said it would sell Ben & Jerry's as part of a plan to spin off its ice cream business."
            " Ben & Jerry's has clashed with Unilever for years.",
            [("Ben & Jerry's", "ORG")],
            [("Ben & Jerry", "PER"), ("Ben & Jerry", "ORG")],
        ),
        ("LONDON (Reuters) - Sales of Ben & Jerry's ice cream fell.", [], [("Ben & Jerry's ice", "ORG"), ("Ben & Jerry's", "ORG")]),
        # A shop whose possessive is part of its name, written so elsewhere, keeps it in a headline
        # where the model cut it; a person's possessive is not extended.
        (
            "Judge orders Sainsbury's to pay equal wages\n\nLONDON (Reuters) - A tribunal ruled that Sainsbury's had"
            " underpaid shop workers. Sainsbury's said it would appeal.",
            [("Sainsbury's", "ORG")],
            [("Sainsbury", "ORG")],
        ),
        ("Judge rejects Obama's appeal\n\nWASHINGTON (Reuters) - Barack Obama said he would appeal.", [], [("Obama's", "ORG")]),
        # A brand named after a person, with its possessive, before its maker is an organisation;
        # a person's possessive before a role is not, nor is a dateline's town a speaker.
        (
            "LOUISVILLE, Kentucky (Reuters) - Jack Daniel's maker Brown-Forman said sales of its whiskey fell.",
            [("Jack Daniel's", "ORG"), ("Brown-Forman", "ORG"), ("LOUISVILLE", "LOC")],
            [("Jack Daniel", "PER"), ("LOUISVILLE", "ORG")],
        ),
        ("LONDON (Reuters) - Jane Roe's lawyer Tom Reyes said she would appeal.", [("Jane Roe", "PER")], [("Jane Roe's", "ORG")]),
        # Sports venues named without a head noun are places.
        (
            "MANCHESTER, England (Reuters) - United lost 2-1 to West Ham at Old Trafford on Sunday, months after winning the"
            " FA Cup at Wembley.",
            [("Old Trafford", "LOC"), ("Wembley", "LOC")],
            [("Old Trafford", "ORG"), ("Wembley", "ORG")],
        ),
        ("AUGUSTA, Georgia (AP) - Scheffler shot 67 in the third round of the Masters at Augusta National.", [("Augusta National", "LOC")], [("Augusta National", "ORG")]),
        # A policy's or an illness's name before a noun is no entity; a place before "war" is one.
        (
            "LONDON (Reuters) - A Brexit spokesman for the Conservative Party said the party accepted the findings of the"
            " Covid inquiry. The Ukraine war had also strained public finances.",
            [("Ukraine", "LOC"), ("the Conservative Party", "ORG")],
            [("Brexit", "ORG"), ("Covid", "ORG")],
        ),
        # Departments and agencies the model cuts at "and" or does not know.
        (
            "ABERDEEN, Scotland (Reuters) - The Department for Energy Security and Net Zero said the levy was needed.",
            [("The Department for Energy Security and Net Zero", "ORG")],
            [("The Department for Energy Security", "ORG")],
        ),
        (
            "SYDNEY (Reuters) - ACCC chair Gina Cass-Gottlieb said the airline had misled consumers.",
            [("ACCC", "ORG"), ("Gina Cass-Gottlieb", "PER")],
            [("ACCC", "PER")],
        ),
    ],
)
def test_english_names_n38a(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
