"""answers.md: the named questions' results as Markdown tables whose cells are plain text."""

from __future__ import annotations

import pytest

from kg.explore.answers import _md_cell


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("Acme Inc", "Acme Inc"),
        # Raw HTML from a hostile page is shown, never passed through to a renderer that runs it.
        ("The company <img src=x onerror=alert(1)>Acme", "The company &lt;img src=x onerror=alert(1)&gt;Acme"),
        ("</script><script>alert(2)</script>", "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"),
        ("AT&T and &lt;", "AT&amp;T and &amp;lt;"),
        # A link in the text is not a link in the table; a code span would swallow the column bar.
        ("[click](javascript:alert(3))", "\\[click\\](javascript:alert(3))"),
        ("a `b | c` d", "a \\`b \\| c\\` d"),
        ("C:\\temp | D", "C:\\\\temp \\| D"),
        ("two\nlines\t and  spaces", "two lines and spaces"),
    ],
)
def test_cells_are_plain_text(text: str, cell: str) -> None:
    assert _md_cell(text) == cell


def test_long_cells_are_cut_before_escaping() -> None:
    """Cutting after escaping could split ``&lt;`` or leave a lone backslash before the ellipsis."""
    assert _md_cell("ab<cd", width=3) == "ab…"
    assert _md_cell("a<bcdef", width=4) == "a&lt;b…"
    assert _md_cell("x" * 80) == "x" * 80
