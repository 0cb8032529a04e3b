"""No cache of a function of spaCy objects: a ``functools.cache`` keyed by a ``Token``, a ``Span`` or a
``Doc`` keeps every Doc it has seen alive for the life of the process (the parsed windows of a long
document, the articles of a large build), and grows the peak memory with the text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "kg"
#: Names under which the code annotates spaCy's objects.
_SPACY_TYPES = frozenset({"Token", "Span", "SpacySpan", "Doc", "Sentence"})
_CACHES = frozenset({"cache", "lru_cache"})


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _annotation_names(node: ast.expr | None) -> set[str]:
    if node is None:
        return set()
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a string annotation
        try:
            node = ast.parse(node.value, mode="eval").body
        except SyntaxError:
            return set()
    names = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            names.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            names.add(sub.attr)
    return names


def _cached_functions_of_spacy_objects(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if not any(_decorator_name(d) in _CACHES for d in node.decorator_list):
            continue
        arguments = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        if any(_annotation_names(a.annotation) & _SPACY_TYPES for a in arguments):
            found.append(f"{name}:{node.lineno} {node.name}")
    return found


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("from functools import cache\n@cache\ndef f(tok: Token) -> bool:\n    return True\n", True),
        ("import functools\n@functools.lru_cache(maxsize=None)\ndef f(x: int, span: 'SpacySpan') -> int:\n    return x\n", True),
        ("from functools import cache\n@cache\ndef f(doc: Doc | None = None) -> int:\n    return 0\n", True),
        # near misses: a cache of words, and a function of a Token with no cache
        ("from functools import cache\n@cache\ndef f(lang: str) -> frozenset[str]:\n    return frozenset()\n", False),
        ("def f(tok: Token) -> bool:\n    return True\n", False),
    ],
)
def test_the_guard_finds_a_cache_keyed_by_a_spacy_object(source: str, flagged: bool) -> None:
    assert bool(_cached_functions_of_spacy_objects(source, "x.py")) is flagged


def test_no_cache_is_keyed_by_a_token_a_span_or_a_doc() -> None:
    found = [
        hit
        for path in sorted(ROOT.rglob("*.py"))
        for hit in _cached_functions_of_spacy_objects(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == []
