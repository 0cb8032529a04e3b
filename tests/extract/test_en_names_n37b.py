"""English names of invented wire news misread by the pipeline (issue 21, n37b): the body named
right before a role and its holder ("Unite general secretary Sharon Graham"), a name of common
nouns that speaks ("Thames Water said"), a site's name before its lower-case noun ("King's Cross
station") or before "International Airport", and an institution after a country's possessive
("France's finance ministry"), and a long name coordinated before its bracketed acronym ("The
National Union of Rail, Maritime and Transport Workers (RMT)"). Each case is read through the whole per-document pipeline
(kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # The body before a role and its holder: a name the model skipped (a dictionary word, an
        # unknown company) or read as a place is an organisation.
        ("LONDON (Reuters) - Unite general secretary Sharon Graham said the strike would go ahead.", [("Unite", "ORG"), ("Sharon Graham", "PER")], []),
        ("SANTIAGO (Reuters) - Codelco Chairman Maximo Pacheco said output fell in March.", [("Codelco", "ORG")], [("Codelco", "LOC")]),
        ("RIO DE JANEIRO (Reuters) - Gerdau chief executive Gustavo Werneck declined to comment on the deal.", [("Gerdau", "ORG")], []),
        ("BERLIN (Reuters) - Verdi chairman Frank Werneke called for a strike at airports.", [("Verdi", "ORG")], []),
        ("LONDON (Reuters) - GMB national secretary Rachel Harrison said members would vote.", [("GMB", "ORG")], []),
        ("SYDNEY (Reuters) - Woodside chief executive Meg O'Neill said the merger would close this year.", [("Woodside", "ORG")], []),
        # A place, a nationality, a side or a word that opens the title is no body.
        ("WASHINGTON (Reuters) - U.S. President Joe Biden met German Chancellor Olaf Scholz on Friday.", [("U.S.", "LOC")], [("U.S.", "ORG"), ("German", "ORG")]),
        ("PARIS (Reuters) - French Foreign Minister Catherine Colonna said talks would continue.", [("Catherine Colonna", "PER")], [("French", "ORG"), ("French Foreign", "ORG")]),
        ("LONDON (Reuters) - Former chief executive John Smith said the plan had failed.", [("John Smith", "PER")], [("Former", "ORG")]),
        ("WASHINGTON (Reuters) - Democratic spokesman Tom Reyes said the bill would pass.", [("Tom Reyes", "PER")], [("Democratic", "ORG")]),
        ("LONDON (Reuters) - The group said profits rose. Group chief executive Anna Berg said costs fell.", [("Anna Berg", "PER")], [("Group", "ORG")]),
        ("LONDON (Reuters) - Government spokesman Tom Wilkes said talks would resume.", [("Tom Wilkes", "PER")], [("Government", "ORG")]),
        # A name of common nouns that speaks is a body's.
        (
            "LONDON (Reuters) - Customers complained that water was cut off for days. Thames Water said supplies had been restored.",
            [("Thames Water", "ORG")],
            [],
        ),
        ("LONDON (Reuters) - Anglian Water said it would invest 1 billion pounds in new pipes.", [("Anglian Water", "ORG")], []),
        ("LONDON (Reuters) - Trains were cancelled. Southern Railway said services would return to normal.", [("Southern Railway", "ORG")], [("Southern Railway", "PER")]),
        # ... but not one that speaks of herself, nor a person named in full.
        ("LONDON (Reuters) - Jane Water said she would appeal. Water levels fell.", [], [("Jane Water", "ORG")]),
        ("LONDON (Reuters) - Mark Carney said the bank would act.", [("Mark Carney", "PER")], [("Mark Carney", "ORG")]),
        # A site's name before its lower-case noun is a place; a company's outlet is not.
        ("LONDON (Reuters) - Protesters gathered at King's Cross station on Friday.", [("King's Cross", "LOC")], [("King's Cross", "ORG")]),
        ("LONDON (Reuters) - Police closed St Pancras station after a fire. Trains to Paddington station were delayed.", [("St Pancras", "LOC"), ("Paddington", "LOC")], [("St Pancras", "PER"), ("Paddington", "ORG")]),
        ("NEW YORK (Reuters) - Delays hit John F. Kennedy International Airport on Monday.", [("John F. Kennedy International Airport", "LOC")], [("John F. Kennedy", "PER")]),
        ("LONDON (Reuters) - Robbers held up a Shell station in Kent on Monday.", [], [("Shell", "LOC")]),
        # A long name coordinated with commas and "and" before its bracketed acronym is one body;
        # a second body after "and the" stays apart.
        (
            "LONDON (Reuters) - The National Union of Rail, Maritime and Transport Workers (RMT) called a new strike.",
            [("The National Union of Rail, Maritime and Transport Workers", "ORG")],
            [("Transport Workers", "ORG")],
        ),
        (
            "WASHINGTON (Reuters) - The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) opened an inquiry.",
            [("The Bureau of Alcohol, Tobacco, Firearms and Explosives", "ORG")],
            [],
        ),
        (
            "LONDON (Reuters) - A report by the Institute for Fiscal Studies and the Resolution Foundation (IFS) said incomes fell.",
            [("the Institute for Fiscal Studies", "ORG"), ("the Resolution Foundation", "ORG")],
            [],
        ),
        # An institution after a country's possessive, in lower case, is the country's; a
        # capitalised one and a noun of no institution are left as they were.
        ("PARIS (Reuters) - France's finance ministry said growth slowed in the first quarter.", [("France's finance ministry", "ORG"), ("France", "LOC")], []),
        ("BRASILIA (Reuters) - Brazil's Health Ministry reported 3,000 new cases on Tuesday.", [("Health Ministry", "ORG"), ("Brazil", "LOC")], []),
        ("BERLIN (Reuters) - Germany's biggest bank said profits fell.", [("Germany", "LOC")], [("Germany's biggest bank", "ORG")]),
    ],
)
def test_english_names_n37b(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
