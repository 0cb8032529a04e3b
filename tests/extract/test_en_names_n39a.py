"""English names of invented wire news in genres the dev set barely has (football and cricket,
airlines, retail, Indian and West African names; issue 21, n39a): a club the model read as a
surname on a side of a result ("Leeds beat Everton 2-0") or as a place before a plural verb in a
sentence naming a competition ("Liverpool lead the Premier League"), a club the model skipped on
the other side of one it found, an organisation before an apposition with an owner and a
hyphenated superlative ("Virgin Australia, the country's second-largest carrier"), two words
joined by "and" that speak as one company ("Marks and Spencer has"), a brand in lower-case camel
case ("easyJet said"), and a person's name cut before its last word ("Harpreet Singh Dhillon").
Each case is read through the whole per-document pipeline (kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Clubs the model read as surnames, never named in full, on both sides of a scored result.
        (
            "MANCHESTER, England (Reuters) - The race for fourth place tightened on Saturday.\n\nLeeds beat Everton 2-0 at Elland Road.",
            [("Leeds", "ORG"), ("Everton", "ORG")],
            [],
        ),
        (
            "LONDON (Reuters) - Brentford drew 1-1 with Wolves at home, and Wolves manager Gary Sheard said his side deserved more.",
            [("Brentford", "ORG"), ("Wolves", "ORG")],
            [],
        ),
        # Two skipped sides in a sentence about a club's side.
        (
            "LONDON (Reuters) - Fans queued for hours. Chelsea beat Arsenal 2-1 at Stamford Bridge, and manager Enzo Maresca said his side had earned it.",
            [("Chelsea", "ORG"), ("Arsenal", "ORG")],
            [],
        ),
        # ... not with a coach only, nor with "side" in another sense.
        ("PARIS (Reuters) - Ruud beat Fritz 3-1 in the semi-final, his coach said.", [], [("Ruud", "ORG"), ("Fritz", "ORG")]),
        (
            "DOHA (Reuters) - Patel beat Sharma 3-1 in the final, and his coach said the side of the draw had been kind.",
            [],
            [("Patel", "ORG"), ("Sharma", "ORG")],
        ),
        # ... not players named in full before, nor two lone surnames with no club around them.
        (
            "PARIS (Reuters) - Novak Djokovic beat Carlos Alcaraz 6-4 7-5 on Tuesday. Djokovic beat Alcaraz 6-3 6-2 in Rome too.",
            [],
            [("Djokovic", "ORG"), ("Alcaraz", "ORG")],
        ),
        ("DOHA (Reuters) - Patel beat Sharma 3-1 in the final of the table tennis tournament.", [], [("Patel", "ORG"), ("Sharma", "ORG")]),
        # A town before a plural verb in a sentence naming a competition is the club; the town
        # after "in" stays a place.
        (
            "LIVERPOOL, England (AP) - Liverpool lead the Premier League by four points. Fans in Liverpool celebrated late into the night.",
            [("Liverpool", "ORG"), ("Liverpool", "LOC")],
            [],
        ),
        # ... not a body's name that goes on with "for" or "of".
        (
            "LONDON (Reuters) - London have joined the League of Mayors for Clean Air, the city hall said.",
            [("London", "LOC")],
            [("London", "ORG")],
        ),
        # An organisation before an apposition with an owner and a hyphenated superlative.
        (
            "SYDNEY (Reuters) - Virgin Australia, the country's second-largest carrier, said on Tuesday it would add 12 routes.",
            [("Virgin Australia", "ORG")],
            [("Virgin Australia", "PER")],
        ),
        # ... a person before a role is still a person.
        (
            "SYDNEY (Reuters) - Jane Hollis, the company's second-longest serving director, said on Tuesday she would retire.",
            [("Jane Hollis", "PER")],
            [("Jane Hollis", "ORG")],
        ),
        # Two words joined by "and" that speak as one company.
        (
            "LONDON (Reuters) - Marks and Spencer has cut prices on 200 items, the retailer said on Wednesday.",
            [("Marks and Spencer", "ORG")],
            [("Marks", "ORG"), ("Spencer", "ORG")],
        ),
        (
            "NEW YORK (Reuters) - Wesson and Kline said it would close two plants in Ohio.",
            [("Wesson and Kline", "ORG")],
            [],
        ),
        # ... not two companies the gazetteer knows, nor a pair before a plural verb.
        ("DETROIT (Reuters) - Ford and Toyota said they would raise prices.", [("Ford", "ORG"), ("Toyota", "ORG")], [("Ford and Toyota", "ORG")]),
        # A brand in lower-case camel case the model skipped, in every mention.
        (
            "LONDON (Reuters) - easyJet said on Tuesday it would add 20 routes from Gatwick. Passengers booking with easyJet will pay more for bags.",
            [("easyJet", "ORG")],
            [],
        ),
        ("LONDON (Reuters) - Shares in easyJet rose 3 percent after the airline raised its forecast.", [("easyJet", "ORG")], []),
        # ... not a word no cue marks.
        ("LONDON (Reuters) - The eCampus scheme was praised by teachers.", [], [("eCampus", "ORG")]),
        # A person's name cut before its last word.
        (
            "MUMBAI (Reuters) - Captain Harpreet Singh Dhillon praised the bowling after the win over Chennai.",
            [("Captain Harpreet Singh Dhillon", "PER")],
            [("Captain Harpreet Singh", "PER")],
        ),
        # ... not before the noun of a place's or an organisation's name.
        (
            "MUMBAI (Reuters) - Fans filled the Harpreet Singh Stadium on Sunday.",
            [],
            [("Harpreet Singh Stadium", "PER")],
        ),
        # West African and Indian given names make a person's name before a relative clause.
        (
            "LAGOS (Reuters) - The referee showed a red card to Adebayo Oladipo, who had kicked an opponent.",
            [("Adebayo Oladipo", "PER")],
            [("Adebayo Oladipo", "ORG")],
        ),
        ("LAGOS (Reuters) - The prize went to Chukwuemeka Obi, 34, a teacher from Enugu.", [("Chukwuemeka Obi", "PER")], []),
        # ... and a person's name the model found stays one.
        ("ACCRA (Reuters) - Kwabena Asante, 41, said he had lost his savings.", [("Kwabena Asante", "PER")], [("Kwabena Asante", "ORG")]),
    ],
)
def test_english_names_n39a(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
