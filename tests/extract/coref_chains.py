"""Shared helpers of the English coreference tests (``test_coref_*``): analyse one invented
paragraph and find the chain that holds a pronoun or a description."""

from __future__ import annotations

from typing import Any


def analyse_english(text: str) -> Any:
    """The analysis of ``text`` as one English document (no publication date)."""
    from kg.analyse.pipeline import analyse
    from kg.types import Document

    result = next(analyse([Document(id="t", text=text, source="<test>", lang="en")]))
    assert not isinstance(result, Exception), result
    return result


def named_holder(result: Any, what: str, kind: str) -> Any:
    """The named entity whose chain holds the reference ``what`` of ``kind``, or None."""
    for entity in result.entities:
        if any(r.text == what and r.kind == kind for r in entity.references):
            return entity
    return None


def unnamed_holder(result: Any, what: str, kind: str) -> Any:
    """The chain of an entity the text does not name that holds ``what`` of ``kind``, or None."""
    for chain in result.unnamed:
        if any(r.text == what and r.kind == kind for r in chain.mentions):
            return chain
    return None


def check_holder(text: str, what: str, kind: str, expected: str | None) -> None:
    """The reference ``what`` of ``kind`` is in the chain of the entity named ``expected``; None: in
    no named chain; ``"~X"``: in the unnamed chain that holds the phrase X."""
    result = analyse_english(text)
    holder = named_holder(result, what, kind)
    chains = {e.label: sorted({m.text for m in e.mentions} | {r.text for r in e.references}) for e in result.entities}
    unnamed = [[r.text for r in c.mentions] for c in result.unnamed if len(c.mentions) > 1]
    if expected is None:
        assert holder is None, chains
    elif expected.startswith("~"):
        assert holder is None, chains
        chain = unnamed_holder(result, what, kind)
        assert chain is not None and expected[1:] in {r.text for r in chain.mentions}, unnamed
    else:
        assert holder is not None, chains
        assert expected in {m.text for m in holder.mentions}, chains


def check_same_chain(text: str, first: str, second: str, same: bool) -> None:
    """Whether the unnamed-entity phrases ``first`` and ``second`` (the same words twice: two
    mentions of it) are in one chain is ``same``."""
    result = analyse_english(text)
    chains = [[r.text for r in c.mentions] for c in result.unnamed]
    together = any(first in c and second in c and (first != second or c.count(first) > 1) for c in chains)
    assert together == same, chains
