from __future__ import annotations

import pytest

from kg.text.names import name_part, title_start


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("the United States", "United States"),
        ("M. le ministre Bally", "Bally"),
        ("Sœur Emmanuelle", "Emmanuelle"),
        ("général de Gaulle", "de Gaulle"),
        ("Mme Desjaux", "Desjaux"),
        ("President Vladimir Putin", "Vladimir Putin"),
        # Only titles, or a name that merely starts like one.
        ("M.", "M."),
        ("Le Monde", "Le Monde"),
        ("Martin Luther King", "Martin Luther King"),
        ("Generali", "Generali"),
    ],
)
def test_name_part(surface: str, name: str) -> None:
    assert name_part(surface) == name


@pytest.mark.parametrize(
    ("text", "name", "lang", "mention"),
    [
        ("le maréchal Haig est arrivé", "Haig", "fr", "maréchal Haig"),
        ("avec M. le ministre Bally", "Bally", "fr", "M. le ministre Bally"),
        ("reçu par Mme Desjaux", "Desjaux", "fr", "Mme Desjaux"),
        ("les préparatifs du général en chef Radetzky", "Radetzky", "fr", "général en chef Radetzky"),
        ("avec le député X et Soeur Claire-Marie Zubler", "Claire-Marie Zubler", "fr", "Soeur Claire-Marie Zubler"),
        ("soignée par sœur Emmanuelle", "Emmanuelle", "fr", "sœur Emmanuelle"),
        ("said President Vladimir Putin", "Vladimir Putin", "en", "President Vladimir Putin"),
        ("Senator McCain said", "McCain", "en", "Senator McCain"),
        # Not titles: a determiner, a metre, an English lower-case noun, a job in the news.
        ("le Haig", "Haig", "fr", "Haig"),
        ("5 m. Zberg", "Zberg", "fr", "Zberg"),
        ("the president Obama", "Obama", "en", "Obama"),
        ("Apple CEO Steve Jobs", "Steve Jobs", "en", "Steve Jobs"),
    ],
)
def test_titles_join_the_person_mention(text: str, name: str, lang: str, mention: str) -> None:
    start = text.index(name)
    assert text[title_start(text, start, lang) : start + len(name)] == mention
