"""kg.builder: the order documents are analysed in, and the errors' order (no model loaded: every
analysis is stubbed or fails before spaCy)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

import kg.analyse.parallel
from kg.builder import build_documents
from kg.errors import Errors, KGError
from kg.resolve.resolver import Resolver
from kg.types import Document


def _docs(ids: list[str]) -> list[Document]:
    return [Document(id=i, text="Texte.", source=f"{i}.txt", lang="de") for i in ids]


def _record(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stub the analysis: every document fails, in the order it was handed over (recorded)."""
    seen: list[str] = []

    def analyse_with(documents: Iterable[Document], **kwargs) -> Iterator[KGError]:
        for doc in documents:
            seen.append(doc.id)
            yield KGError(Errors.E014, path=doc.source, detail="stub")

    monkeypatch.setattr(kg.analyse.parallel, "analyse_with", analyse_with)
    return seen


@pytest.mark.parametrize(
    ("ids", "kwargs", "expected"),
    [
        (["c", "a", "b"], {}, ["a", "b", "c"]),  # a new build in memory: in document-id order
        (["b", "a"], {"stream_after": 5}, ["a", "b"]),
        (["c", "a", "c"], {}, ["c", "a", "c"]),  # the same id twice: input order and the replay
        (["c", "b", "a"], {"stream_after": 2}, ["a", "b", "c"]),  # more than the build keeps in memory: spooled
        (["c", "b", "a"], {"stream_after": 0}, ["a", "b", "c"]),
        (["c", "a", "b", "a"], {"stream_after": 2}, ["c", "a", "b", "a"]),  # spooled, the same id twice
        (["b", "a"], {"registry": "fresh"}, ["b", "a"]),  # a registry to continue: the replay
        (["b", "a"], {"prune": True}, ["b", "a"]),
    ],
)
def test_a_new_build_is_analysed_in_id_order(monkeypatch: pytest.MonkeyPatch, ids, kwargs, expected) -> None:
    seen = _record(monkeypatch)
    if kwargs.get("registry") == "fresh":
        kwargs = {**kwargs, "registry": Resolver()}
    result = build_documents(_docs(ids), **kwargs)
    assert seen == expected
    # The errors are reported in input order, whatever the order of analysis.
    assert [e.path for e in result.errors] == [f"{i}.txt" for i in ids]


def test_errors_keep_the_input_order_with_real_failures() -> None:
    """Unsupported languages fail before spaCy (E502): reported in input order."""
    docs = [*_docs(["z", "m"]), Document(id="a", text="Text.", source="a.txt", lang="xx")]
    result = build_documents(docs)
    assert [e.path for e in result.errors] == ["z.txt", "m.txt", "a.txt"]
    assert {e.code for e in result.errors} == {"E502"}
    assert result.documents == 0


@pytest.mark.slow
@pytest.mark.parametrize("stream_after", [None, 3, 0])
def test_resolving_as_analyses_come_gives_the_replayed_graph(stream_after: int | None) -> None:
    """A new build resolves and writes each document as its analysis comes back (id order); the
    replay (here forced by passing a registry, and kept in memory) gives the same quads and the
    same registry. Over ``stream_after`` documents, the new build reads its documents back from a
    temporary file in id order and writes its graphs to a temporary store as they come."""
    import itertools
    import json

    from kg.graph.oxio import QuadBuffer
    from kg.ingest.readers import iter_ingest
    from tests.conftest import DATA

    docs = [
        d
        for name in ("wikinews-fr/wikinews-fr-sample.jsonl", "meantime-en/meantime-en-dev-sample.jsonl")
        for d in itertools.islice(iter_ingest([DATA / name]), 4)
        if isinstance(d, Document)
    ]
    docs.reverse()  # not in id order
    eager = build_documents(docs, stream_after=stream_after)
    replayed = build_documents(docs, registry=Resolver())
    try:
        assert eager.streamed == (stream_after is not None and stream_after < len(docs))
        assert not replayed.streamed
        assert eager.documents == replayed.documents == len(docs)
        eager_quads = QuadBuffer(eager.full_dataset()).data.splitlines()
        assert sorted(eager_quads) == sorted(QuadBuffer(replayed.dataset).data.splitlines())
        # The same registry, in the same order (registry.json byte for byte: the syndication index
        # lists the documents in input order either way).
        assert json.dumps(eager.registry.as_dict()) == json.dumps(replayed.registry.as_dict())
        assert eager.registry.archive.digests == replayed.registry.archive.digests
    finally:
        eager.close()
