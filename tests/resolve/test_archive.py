"""The archive of analyses that lets every build resolve the whole corpus again in one order."""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.resolve.archive import AnalysisArchive, analysis_from_json, analysis_to_json
from kg.resolve.resolver import Resolver
from kg.types import Analysis, Document, Entity, EntityMention, EventMention, PartialDate, Quote, Span, Timex

TEXT = "Acme bought Beta on 8 June 2020. « Nous restons », a dit Marie Durand."


def _analysis(doc_id: str = "doc-1") -> Analysis:
    acme = EntityMention(0, 4, "Acme", "ORG", "ner", "en")
    marie = EntityMention(57, 69, "Marie Durand", "PER", "ner", "fr", qid="Q1")
    time = Timex(20, 31, "8 June 2020", "DATE", "2020-06-08")
    return Analysis(
        document=Document(doc_id, TEXT, "corpus/doc-1.txt", date=PartialDate(2020, 6), lang="en", title="T"),
        segments=(),
        sentences=(Span(0, 32, TEXT[:32]), Span(33, 70, TEXT[33:])),
        entities=(
            Entity("org-acme", "Acme", "ORG", (acme,)),
            Entity("Q1", "Marie Durand", "PER", (marie,), qid="Q1", merge_evidence=("same name",)),
        ),
        timexes=(time,),
        events=(
            EventMention(Span(5, 11, "bought"), "TransferOwnership", "buy", Span(0, 32, TEXT[:32]), agent=Span(0, 4, "Acme"), time=time, agent_via="direct"),
        ),
        quotes=(Quote(Span(33, 49, TEXT[33:49]), speaker=Span(57, 69, "Marie Durand"), indirect=False),),
        models=("en_core_web_sm",),
    )


def test_json_round_trip_is_exact() -> None:
    analysis = _analysis()
    data = json.loads(json.dumps(analysis_to_json(analysis)))
    assert analysis_from_json(data) == analysis
    assert "time_inferred" not in data["events"][0]  # defaults are left out


def test_a_quote_time_round_trips_and_an_archive_without_it_loads() -> None:
    """``Quote.time`` (f17e, the date of the reporting verb's clause) comes back as it was written,
    and an analysis archived before the field existed (no ``time`` key) loads with none (rv17g)."""
    analysis = _analysis()
    time = Timex(20, 31, "8 June 2020", "DATE", "2020-06-08")
    dated = dataclasses.replace(analysis, quotes=(dataclasses.replace(analysis.quotes[0], time=time),))
    data = json.loads(json.dumps(analysis_to_json(dated)))
    assert data["quotes"][0]["time"]["value"] == "2020-06-08"
    assert analysis_from_json(data) == dated
    del data["quotes"][0]["time"]
    assert analysis_from_json(data).quotes[0].time is None


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("entities", 0, "type"), "THING"),  # not one of the Literal values
        (("entities", 0, "mentions", 0, "start"), "0"),  # a string for an integer
        (("document", "date", "year"), True),  # a boolean is no integer
        (("events", 0, "polarity"), None),
        (("document", "evil"), 1),  # an unknown field
        (("quotes", 0, "time"), "2020-06-08"),  # a string for a Timex (rv17g)
    ],
)
def test_hostile_json_is_refused(path: tuple, value: object) -> None:
    data = analysis_to_json(_analysis())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValueError):
        analysis_from_json(data)


def test_archive_saves_sorted_and_loads_back(tmp_path: Path) -> None:
    archive = AnalysisArchive(spill_dir=tmp_path)
    for doc_id in ("b", "a", "c"):
        archive.put(_analysis(doc_id))
    archive.digests["a"] = "d1"
    archive.put(_analysis("b"))  # replaced: its digest (none here) and its analysis
    path = archive.save(tmp_path / "analyses.jsonl.gz")
    lines = gzip.open(path, "rt", encoding="utf-8").read().splitlines()
    assert [json.loads(line)["id"] for line in lines[1:]] == ["a", "b", "c"]
    again = AnalysisArchive()
    again.load(path)
    assert again.ids() == ["a", "b", "c"] and again.digests == {"a": "d1"}
    assert again.get("b") == _analysis("b")
    assert gzip.open(archive.save(tmp_path / "again.jsonl.gz")).read() == gzip.open(path).read()
    # The compressed bytes too: no temporary file name nor time in the gzip header.
    assert (tmp_path / "again.jsonl.gz").read_bytes() == path.read_bytes()


@pytest.mark.parametrize(("in_memory", "spilled"), [(0, 5), (1, 3), (2, 2), (1000, 0)])
def test_archive_held_or_spilled_gives_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: int, spilled: int
) -> None:
    """The first ``in_memory`` analyses are kept as objects (never encoded), the others spilled to
    the temporary file as the JSON the archive saves; ids, reads, replacements and the saved file
    do not depend on where."""
    written: list[str] = []
    put_raw = AnalysisArchive._put_raw
    monkeypatch.setattr(AnalysisArchive, "_put_raw", lambda self, doc_id, blob: written.append(doc_id) or put_raw(self, doc_id, blob))
    archive = AnalysisArchive(spill_dir=tmp_path, in_memory=in_memory)
    for doc_id in ("b", "a", "c"):
        archive.put(_analysis(doc_id))
    archive.put(_analysis("b"))  # replaced where it is
    archive.discard("c")
    archive.put(_analysis("c"))
    assert len(written) == spilled  # five puts; those beyond the first ``in_memory`` documents are spilled
    assert archive.ids() == ["a", "b", "c"] and len(archive) == 3 and "a" in archive and "d" not in archive
    assert [archive.get(d) for d in archive.ids()] == [_analysis(d) for d in ("a", "b", "c")]
    saved = gzip.open(archive.save(tmp_path / "analyses.jsonl.gz")).read()
    reference = AnalysisArchive(in_memory=0)
    for doc_id in ("a", "b", "c"):
        reference.put(_analysis(doc_id))
    assert saved == gzip.open(reference.save(tmp_path / "reference.jsonl.gz")).read()


def test_a_damaged_archive_is_e714(tmp_path: Path) -> None:
    path = tmp_path / "analyses.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('{"version": 1}\n{"id": "x", "analysis": {"document": {"id": "x"}}}\n')
    with pytest.raises(KGError) as info:
        AnalysisArchive().load(path)
    assert info.value.code == "E714"
    path.write_bytes(b"not gzip")
    with pytest.raises(KGError, match="E714"):
        Resolver.load(tmp_path / "registry.json")


def test_registry_without_archive_is_not_replayable() -> None:
    """A registry saved before the archive existed: new documents go on top of it, as before."""
    resolver = Resolver(splits=())
    resolver.entities.resolve("old", [Entity("org-acme", "Acme", "ORG", (EntityMention(0, 4, "Acme", "ORG", "ner", "en"),))])
    assert not resolver.replayable()
    resolver.observe(_analysis("old"))
    assert resolver.replayable()


def test_json_leaves_out_every_default_and_keeps_the_rest() -> None:
    """The encoder reads each dataclass's fields once: a value at its default (or at the value of
    its default factory) is left out, any other value is kept, nested values too."""
    import dataclasses

    analysis = _analysis()
    data = analysis_to_json(analysis)

    def check(value: object, encoded: object) -> None:
        if dataclasses.is_dataclass(value):
            assert isinstance(encoded, dict)
            for f in dataclasses.fields(value):
                item = getattr(value, f.name)
                default = f.default if f.default is not dataclasses.MISSING else (
                    f.default_factory() if f.default_factory is not dataclasses.MISSING else dataclasses.MISSING)
                if default is not dataclasses.MISSING and item == default:
                    assert f.name not in encoded
                else:
                    check(item, encoded[f.name])
        elif isinstance(value, (tuple, list)):
            assert isinstance(encoded, list) and len(encoded) == len(value)
            for v, e in zip(value, encoded):
                check(v, e)
        else:
            assert encoded == value

    check(analysis, data)
    assert analysis_to_json(analysis) == data  # the second call reads the cached fields
