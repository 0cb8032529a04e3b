"""kg.extract.institutions: the windows of words compared with the institution and demonym tables."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le gouvernement  français, a annoncé mardi que l'armée américaine partira."),
        ("fr", "Selon le ministère de l'Intérieur allemand — « pas de commentaire ». Fin"),
        ("en", "The French government said the U.S. Army will leave.\n\nNo comment."),
    ],
)
def test_window_is_the_normalised_text_of_the_span(lang: str, text: str) -> None:
    """_window cuts the text from the Doc's text: the same string as ``doc[i : i + n].text``
    normalised, None for a window out of the Doc or with punctuation or space at an edge."""
    from kg.extract.institutions import _window
    from kg.knowledge.institutions import norm
    from kg.nlp.doccache import remember_text
    from kg.nlp.models import load_model

    doc = load_model(lang)(text)
    remember_text(doc, text)
    for i in range(len(doc) + 1):
        for n in range(1, 5):
            if i + n > len(doc):
                expected = None
            elif doc[i].is_punct or doc[i + n - 1].is_punct or doc[i + n - 1].is_space:
                expected = None
            else:
                expected = norm(doc[i : i + n].text)
            assert _window(doc, i, n) == expected
