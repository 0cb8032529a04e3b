"""Tests for kg.explore.timeline: the offline timeline page of events (``kg timeline``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Literal
from rdflib import namespace as rns
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.explore.timeline import render_timeline, timeline_events, timeline_html
from kg.graph import namespaces as ns
from kg.graph import vocab
from tests.explore.test_viz import EX, _document, _tags, build_dataset

HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"


def timeline_dataset(*, hostile: bool = False) -> Dataset:
    """The viz test graph (a dated withdrawal on 2020-06-08) plus, in a third article: a negated
    future ban by the Republic dated 2020-05-01, an undated meeting of Paris, and an event whose
    trigger occurs twice in its sentence (the second occurrence is the mention)."""
    ds = build_dataset(doc_title=SCRIPT if hostile else None)
    text = (
        "Paris ne bannira pas la République le 1er mai. "
        "Réunion à Paris. "
        "On vote, puis on vote encore."
    )
    graph, ctx = _document(ds, "three", text, "2020-06-10", title=HOSTILE if hostile else None)
    graph.add((EX["doc/three"], rns.SDO.url, Literal("javascript:alert(1)")))
    graph.add((EX["doc/three"], vocab.KG.sourcePath, Literal("data/three.txt")))
    sentences = ["Paris ne bannira pas la République le 1er mai.", "Réunion à Paris.", "On vote, puis on vote encore."]
    if hostile:
        graph.add((EX.paris, RDFS.label, Literal(HOSTILE)))

    def event(node, etype: str, label: str, trigger: str, sentence: str, begin: int) -> None:
        graph.add((node, RDF.type, ns.SEM.Event))
        graph.add((node, ns.SEM.eventType, EX[etype]))
        graph.add((EX[etype], RDFS.label, Literal(label, lang="en")))
        mention = EX[f"doc/three#char={begin}"]
        graph.add((mention, RDF.type, ns.NIF.Phrase))
        graph.add((mention, ns.NIF.referenceContext, ctx))
        graph.add((mention, ns.NIF.beginIndex, Literal(begin)))
        graph.add((mention, ns.NIF.endIndex, Literal(begin + len(trigger))))
        graph.add((mention, ns.NIF.anchorOf, Literal(trigger)))
        graph.add((mention, vocab.KG.sentence, Literal(sentence)))
        graph.add((node, ns.GAF.denotedBy, mention))

    event(EX.ban, "Ban", "ban", "bannira", sentences[0], text.index("bannira"))
    graph.add((EX.ban, vocab.KG.agent, EX.paris))
    graph.add((EX.ban, vocab.KG.patient, EX.republic))
    graph.add((EX.ban, ns.SEM.hasActor, EX.paris))
    graph.add((EX.ban, ns.SEM.hasTimeStamp, Literal("2020-05-01", datatype=rns.XSD.date)))
    graph.add((EX.ban, vocab.KG.polarity, Literal("NEG")))
    graph.add((EX.ban, vocab.KG.modality, Literal("FUTURE")))
    event(EX.meeting, "Meeting", "meeting", "Réunion", sentences[1], text.index("Réunion"))
    graph.add((EX.meeting, ns.SEM.hasPlace, EX.paris))
    second_vote = text.index("vote", text.index("vote") + 1)
    event(EX.vote, "Vote", "vote", "vote", sentences[2], second_vote)
    graph.add((EX.vote, ns.SEM.hasTimeStamp, Literal("2020-06", datatype=rns.XSD.gYearMonth)))
    graph.add((EX.vote, vocab.KG.timeInferred, Literal(True)))
    graph.add((EX.alias_holder, RDF.type, rns.SDO.Person))
    graph.add((EX.macron, rns.SDO.alternateName, Literal("Le Président")))
    return ds


def test_events_are_in_date_order_with_undated_last() -> None:
    events = timeline_events(timeline_dataset())
    assert [e.iri for e in events] == [str(EX.ban), str(EX.vote), str(EX.withdrawal), str(EX.meeting)]
    assert [e.date for e in events] == ["2020-05-01", "2020-06", "2020-06-08", ""]
    assert [e.dated for e in events] == [True, True, True, False]


def test_event_fields() -> None:
    ban, vote, withdrawal, meeting = timeline_events(timeline_dataset())
    assert ban.type_label == "ban" and ban.trigger == "bannira"
    assert ban.flags == ["negated", "future"] and not ban.asserted
    assert [(p.role, p.label) for p in ban.participants] == [("agent", "Paris"), ("patient", "République française")]
    assert (ban.before, ban.after) == ("Paris ne ", " pas la République le 1er mai.")
    assert ban.doc == str(EX["doc/three"]) and ban.doc_path == "data/three.txt"
    assert ban.doc_url == ""  # javascript: is not a web URL, so it never becomes a link
    assert withdrawal.doc_url == "https://example.org/news/one" and withdrawal.asserted
    assert [(p.role, p.label) for p in withdrawal.participants] == [
        ("agent", "Emmanuel Macron"),
        ("recipient", "OMS"),
    ]
    assert [(p.role, p.label) for p in meeting.participants] == [("place", "Paris")]
    # the mention is the second "vote": the offsets, not the first match, decide the highlight
    assert vote.highlighted and (vote.before, vote.after) == ("On vote, puis on ", " encore.")
    assert vote.time_inferred


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        ("Paris", [EX.ban, EX.meeting]),
        ("  paris ", [EX.ban, EX.meeting]),
        (str(EX.paris), [EX.ban, EX.meeting]),
        ("emmanuel macron", [EX.withdrawal]),
        ("Le Président", [EX.withdrawal]),  # an alias
        ("République française", [EX.ban]),
    ],
)
def test_entity_filter(entity: str, expected: list) -> None:
    assert [e.iri for e in timeline_events(timeline_dataset(), entity=entity)] == [str(x) for x in expected]


def test_unknown_entity_is_e304(tmp_path: Path) -> None:
    with pytest.raises(KGError) as info:
        render_timeline(timeline_dataset(), tmp_path / "t.html", entity="Nobody")
    assert info.value.code == "E304" and "Nobody" in str(info.value)
    assert not (tmp_path / "t.html").exists()


def test_page_lists_events_with_evidence_and_sources(tmp_path: Path) -> None:
    out = render_timeline(timeline_dataset(), tmp_path / "t.html")
    assert out == tmp_path / "t.html"
    html = out.read_text(encoding="utf-8")
    items = re.findall(r'<li class="kg-event([^"]*)" data-event="([^"]+)"', html)
    assert [iri for _, iri in items] == [str(EX.ban), str(EX.vote), str(EX.withdrawal), str(EX.meeting)]
    classes = [c.split() for c, _ in items]
    assert "kg-negated" in classes[0] and "kg-future" in classes[0] and "kg-flagged" in classes[0]
    assert "kg-undated" in classes[3] and "kg-undated" not in classes[2]
    assert '<span class="kg-flag kg-negated">negated</span>' in html
    assert '<span class="kg-flag kg-future">future</span>' in html
    assert "Emmanuel Macron <mark>quitte</mark> l&#39;OMS." in html
    assert "On vote, puis on <mark>vote</mark> encore." in html
    assert '<a href="https://example.org/news/one" target="_blank" rel="noopener noreferrer">Article one</a>' in html
    assert "Article three (data/three.txt)" in html and "javascript:" not in html
    assert "4 events: 3 dated, 1 undated, 1 not asserted" in html
    inputs = {attrs.get("id"): attrs for tag, attrs in _tags(html) if tag == "input"}
    assert "checked" in inputs["kg-show-undated"] and "disabled" not in inputs["kg-show-undated"]
    assert "kg-hide-undated" in html  # the toggle


def test_entity_page_title(tmp_path: Path) -> None:
    html = timeline_html(timeline_dataset(), entity="Paris")
    assert "<title>Timeline: Paris</title>" in html
    assert html.count('class="kg-event') == 2


@pytest.mark.parametrize("where", ["entity", "document", "title"])
def test_hostile_text_is_escaped(where: str) -> None:
    ds = timeline_dataset(hostile=where in ("entity", "document"))
    html = timeline_html(ds, title=HOSTILE if where == "title" else None)
    assert HOSTILE not in html and SCRIPT not in html
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("img", "iframe", "object", "embed")]
    assert len([t for t, _ in tags if t == "script"]) == 1  # the page's own toggle script
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_page_is_offline() -> None:
    html = timeline_html(timeline_dataset(hostile=True))
    tags = _tags(html)
    assert not [a for t, a in tags if t == "link"]
    assert all("src" not in attrs for _, attrs in tags)
    for tag, attrs in tags:
        href = (attrs.get("href") or "").lower()
        if href:  # only links to the source articles, opened by the reader
            assert tag == "a" and href.startswith("https://") and attrs.get("rel") == "noopener noreferrer"
    assert "@import" not in html and "url(" not in html


def test_render_is_deterministic(tmp_path: Path) -> None:
    first = render_timeline(timeline_dataset(), tmp_path / "a.html").read_bytes()
    assert render_timeline(timeline_dataset(), tmp_path / "b.html").read_bytes() == first


def test_empty_timeline(tmp_path: Path) -> None:
    html = timeline_html(Dataset())
    assert "No events" in html and 'class="kg-event' not in html


def test_cli_timeline(tmp_path: Path) -> None:
    trig = tmp_path / "graph.trig"
    timeline_dataset().serialize(trig, format="trig")
    runner = CliRunner()
    page = tmp_path / "paris.html"
    result = runner.invoke(app, ["timeline", str(trig), "--entity", "Paris", "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert page.read_text(encoding="utf-8").count('class="kg-event') == 2
    result = runner.invoke(app, ["timeline", str(trig), "--entity", "Nobody", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "[E304]" in result.output
    result = runner.invoke(app, ["timeline", str(trig), "--out", str(tmp_path / "all.html"), "--title", "All"])
    assert result.exit_code == 0 and "<title>All</title>" in (tmp_path / "all.html").read_text(encoding="utf-8")
