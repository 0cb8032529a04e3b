"""Tests of kg.extract.quotes: where quotations start and end, before any parse."""

from __future__ import annotations

import pytest

from kg.extract.quotes import _quote_spans

# (text, the quotations found, in order)
QUOTE_SPAN_CASES = [
    (
        'He said "we will win this one" and left. She said "not a chance at all" later.',
        ["we will win this one", "not a chance at all"],
    ),
    # A straight quote left open in one paragraph does not pair with the next paragraph's opening
    # mark, which would turn every later quotation inside out.
    (
        'He said "we will win this one and left.\n\nShe said "not a chance at all" later. '
        'Then "another good quote here" came.',
        ["not a chance at all", "another good quote here"],
    ),
    # A stray closing mark with nothing open is ignored.
    (
        'The word was 12" long. The mayor said "the bridge stays closed" on Monday.',
        ["the bridge stays closed"],
    ),
    # Tokenised text: spaces on both sides of every mark, so marks pair in turn.
    (
        ' " we are happy here , " he said . " Another one here " .',
        ["we are happy here ,", "Another one here"],
    ),
    # A quotation over several paragraphs (an email quoted whole) stays one quotation.
    (
        "Roche wrote: “No, Sir, save it.\n\nHe is wrong.\n\nJim.”\n\nLater “one two three” came.",
        ["No, Sir, save it.\n\nHe is wrong.\n\nJim.", "one two three"],
    ),
    # An opening mark never closed before the next one opens is dropped, not paired far away.
    (
        "Lichte said “This will be an American tanker\n\nSmith said “we are very happy now” today.",
        ["we are very happy now"],
    ),
    # ... nor paired with a stray closing mark paragraphs further on (the end of a quoted letter
    # or a typo), which would make one quotation of every paragraph between.
    (
        "Lichte said “This will be an American tanker\n\nSmith said “we are very happy now” today."
        "\n\nThe minister said “the talks are over”.\n\nIt was, he added:” a sad day for us all",
        ["we are very happy now", "the talks are over"],
    ),
    (
        "« Le chantier reprendra lundi, a dit le maire.\n\nLe préfet a jugé « la décision sage et juste »."
        "\n\nSelon lui, » rien ne presse pour la suite",
        ["la décision sage et juste"],
    ),
    (
        "« Nous resterons ouverts, a dit le maire. Le conseil a voté « contre la fermeture du site » hier.",
        ["contre la fermeture du site"],
    ),
    # A quotation over several paragraphs, each opened anew and only the last closed (the wire
    # convention): one quotation per paragraph, the open ones ending with their paragraph.
    (
        "“We will appeal this ruling,” she said. “The court got it wrong.\n\n“Our members deserve better.”",
        ["We will appeal this ruling,", "The court got it wrong.", "Our members deserve better."],
    ),
    (
        "« Nous ferons appel de cette décision.\n\n« Les adhérents méritent mieux », a dit la présidente.",
        ["Nous ferons appel de cette décision.", "Les adhérents méritent mieux"],
    ),
    (
        'The coach said: "We played well for an hour.\n\n"Then we stopped running." He left.',
        ["We played well for an hour.", "Then we stopped running."],
    ),
    # ... but not when a paragraph without a mark of its own comes between.
    (
        "Lichte said “This will be an American tanker\n\nNo one answered.\n\n“We are very happy now” he said.",
        ["We are very happy now"],
    ),
    # A quotation inside a quotation with the same marks.
    (
        "« On a constaté 261 cas de « réelle » fraude, pour 2 millions d’euros ».\n\nSuite.",
        ["On a constaté 261 cas de « réelle » fraude, pour 2 millions d’euros"],
    ),
    # Short quotations (fewer than three words) are names or scare quotes, not statements.
    ("He called it “shocking” and a “very bad deal” indeed.", ["very bad deal"]),
]


@pytest.mark.parametrize("text, expected", QUOTE_SPAN_CASES)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in _quote_spans(text)] == expected
