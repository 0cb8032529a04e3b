"""English names of invented wire news misread by the pipeline (issue 21, n37a): a person the model
skipped whole who acts as a sentence's subject ("Novak Djokovic beat …"), a company coordinated
after a country's possessive with another company ("Norway's Equinor and Colombia's Ecopetrol
signed"), a court named after the place it serves ("the Superior Court of Fulton County"), a
relative who bears the surname of a person named in full ("Penelope Fillon"), and a brand before
its owner ("Calvin Klein owner PVH"). Each case is read through the whole per-document pipeline
(kg.analyse.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.pipeline_entities import pipeline_entities as _entities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A person the model skipped whole, the subject of a verb other than one of saying: a
        # listed given name, or a surname the headline or the body names alone.
        (
            "Djokovic beats Alcaraz to reach final\nTURIN, Italy (Reuters) - Novak Djokovic beat Carlos Alcaraz 6-3 6-2 on Saturday.",
            [("Novak Djokovic", "PER"), ("Djokovic", "PER")],
            [],
        ),
        (
            "MONACO (Reuters) - Max Verstappen won the Monaco Grand Prix on Sunday ahead of Charles Leclerc.",
            [("Max Verstappen", "PER")],
            [],
        ),
        (
            "MELBOURNE (Reuters) - Jannik Sinner beat Daniil Medvedev in five sets on Sunday.",
            [("Jannik Sinner", "PER")],
            [],
        ),
        # A firm named like a person that acts as a company, or that "it" takes up, stays out.
        ("NEW YORK (Reuters) - Baird Keller acquired a rival on Monday. Keller said it would cut jobs.", [], [("Baird Keller", "PER")]),
        ("NEW YORK (Reuters) - Tory Marsh reported a loss on Tuesday. Marsh shares fell.", [], [("Tory Marsh", "PER")]),
        ("Wells Fargo fell 2 percent on Monday. Fargo's shares had risen.", [], [("Wells Fargo", "PER")]),
        # A company after a country's possessive coordinated with a company is one too.
        (
            "OSLO (Reuters) - Norway's Equinor and Colombia's Ecopetrol signed an agreement on Monday to study wind projects.",
            [("Ecopetrol", "ORG"), ("Colombia", "LOC"), ("Norway", "LOC")],
            [("Ecopetrol", "LOC")],
        ),
        ("NAIROBI (Reuters) - Kenya's Ruto and Uganda's Museveni met on Monday.", [], [("Museveni", "ORG"), ("Ruto", "ORG")]),
        # A court named after the place it serves is one organisation, a county's word in it too;
        # a court "in" a town and a court of no place are left as they were.
        (
            "ATLANTA (Reuters) - A judge at the Superior Court of Fulton County on Wednesday blocked the law.",
            [("the Superior Court of Fulton County", "ORG")],
            [("the Superior Court of Fulton County", "LOC")],
        ),
        (
            "ATLANTA (Reuters) - The state will appeal to the Supreme Court of Georgia, the attorney general said.",
            [("the Supreme Court of Georgia", "ORG")],
            [],
        ),
        (
            "LONDON (Reuters) - The High Court in London ruled on Tuesday that the plan was lawful.",
            [("The High Court", "ORG"), ("London", "LOC")],
            [],
        ),
        # A given name before the surname of a person named in full names a relative.
        (
            "PARIS (Reuters) - A Paris court on Monday convicted Francois Fillon of embezzlement. Penelope Fillon received a suspended sentence.",
            [("Penelope Fillon", "PER"), ("Francois Fillon", "PER")],
            [("Penelope Fillon", "ORG")],
        ),
        # A name read as a person's before "owner" and a company is the brand.
        (
            "NEW YORK (Reuters) - Calvin Klein owner PVH Corp said on Tuesday that sales rose.",
            [("Calvin Klein", "ORG"), ("PVH Corp", "ORG")],
            [("Calvin Klein", "PER")],
        ),
        ("NEW YORK (Reuters) - Calvin Klein met Tommy Hilfiger in New York on Tuesday.", [("Calvin Klein", "PER")], [("Calvin Klein", "ORG")]),
    ],
)
def test_english_names_of_wire_news(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    found = _entities(text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)
