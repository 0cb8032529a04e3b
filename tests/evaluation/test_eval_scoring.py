"""Scoring functions on tiny hand-made examples with known answers, and the report formats."""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

import pytest

from kg.evaluation.gold import Argument, GoldDocument, Mention
from kg.evaluation.report import (
    GENERATED_MARK,
    format_json,
    format_table,
    markdown,
    rows,
    write_report,
)
from kg.evaluation.runner import (
    CorpusResult,
    SystemOutput,
    raw_spacy_entities,
    score_document,
    system_output,
)
from kg.evaluation.scoring import (
    EXTRA_ENTITY_LABELS,
    Counts,
    match,
    score_arguments,
    score_entities,
    score_events,
    score_timexes,
    sum_counts,
)
from kg.types import (
    Analysis,
    Document,
    Entity,
    EntityMention,
    EventMention,
    Reference,
    Span,
    Timex,
)


def M(start: int, end: int, label: str = "", value: str = "") -> Mention:
    return Mention(start, end, label, value)


def test_counts_precision_recall_f1() -> None:
    c = Counts(tp=2, system=4, gold=3)
    assert c.precision == 0.5 and c.recall == pytest.approx(2 / 3) and c.f1 == pytest.approx(4 / 7)
    assert Counts().f1 == 0.0 and Counts().precision == 0.0 and Counts().recall == 0.0
    assert c + Counts(1, 1, 1) == Counts(3, 5, 4)
    assert c.as_dict() == {"tp": 2, "system": 4, "gold": 3, "precision": 50.0, "recall": 66.67, "f1": 57.14}
    assert sum_counts([{"a": Counts(1, 2, 3)}, {"a": Counts(1, 1, 1), "b": Counts(0, 1, 0)}]) == {
        "a": Counts(2, 3, 4),
        "b": Counts(0, 1, 0),
    }


def test_match_is_one_to_one_and_prefers_exact() -> None:
    gold = [M(0, 10), M(12, 20)]
    system = [M(0, 5), M(0, 10), M(15, 25)]
    assert match(gold, system, mode="strict") == [(0, 1)]
    # (0, 5) also overlaps gold 0, but the exact (0, 10) wins and each side is used once.
    assert match(gold, system, mode="relaxed") == [(0, 1), (1, 2)]
    # One long system span cannot match two gold spans.
    assert len(match([M(0, 3), M(4, 8)], [M(0, 8)], mode="relaxed")) == 1
    # Touching spans do not overlap.
    assert match([M(0, 3)], [M(3, 6)], mode="relaxed") == []


def test_entities_strict_relaxed_per_type() -> None:
    gold = [M(0, 5, "PER"), M(10, 20, "ORG"), M(30, 35, "LOC")]
    system = [M(0, 5, "PER"), M(10, 15, "ORG"), M(30, 35, "ORG"), M(40, 45, "LOC")]
    s = score_entities(gold, system)
    assert s["strict"] == Counts(1, 4, 3)
    assert s["relaxed"] == Counts(2, 4, 3)
    assert s["strict/PER"] == Counts(1, 1, 1)
    assert s["relaxed/ORG"] == Counts(1, 2, 1)  # the LOC span typed ORG is a false positive
    assert s["relaxed/LOC"] == Counts(0, 1, 1)
    assert s["strict"].f1 == pytest.approx(2 / 7)


@pytest.mark.parametrize(
    ("extra", "keys", "pro"),
    [
        # Products are scored on their own rows when the corpus annotates them, never in the totals.
        (("PRO",), True, Counts(1, 2, 2)),
        ((), False, None),
    ],
)
def test_products_scored_apart_from_the_totals(extra: tuple[str, ...], keys: bool, pro: Counts | None) -> None:
    gold = [M(0, 5, "ORG"), M(10, 20, "PRO"), M(30, 35, "PRO")]
    system = [M(0, 5, "ORG"), M(10, 20, "PRO"), M(30, 35, "ORG"), M(40, 45, "PRO")]
    s = score_entities(gold, system, extra_labels=extra)
    assert s["strict"] == Counts(1, 2, 1)  # the ORG on a product is a false positive; PRO is not counted
    assert ("strict/PRO" in s) is keys
    assert s.get("strict/PRO") == pro


@pytest.mark.parametrize(
    ("gold", "system", "fin", "pro", "total"),
    [
        # An index typed FIN is scored on the FIN row against a gold FIN name, never as a product.
        ([M(0, 7, "FIN"), M(20, 26, "PRO")], [M(0, 7, "FIN"), M(20, 26, "PRO")], Counts(1, 1, 1), Counts(1, 1, 1), Counts(0, 0, 0)),
        # Before FIN, an index typed PRO was a false positive of the products' row.
        ([M(0, 7, "FIN"), M(20, 26, "PRO")], [M(0, 7, "PRO"), M(20, 26, "PRO")], Counts(0, 0, 1), Counts(1, 2, 1), Counts(0, 0, 0)),
        # An index tagged ORG counts against the totals, and FIN stays out of them.
        ([M(0, 7, "FIN"), M(10, 15, "ORG")], [M(0, 7, "ORG"), M(10, 15, "ORG")], Counts(0, 0, 1), Counts(0, 0, 0), Counts(1, 2, 1)),
    ],
)
def test_financial_entities_scored_apart(gold: list[Mention], system: list[Mention], fin: Counts, pro: Counts, total: Counts) -> None:
    s = score_entities(gold, system, extra_labels=EXTRA_ENTITY_LABELS)
    assert s["strict/FIN"] == fin and s["relaxed/FIN"] == fin
    assert s["strict/PRO"] == pro
    assert s["strict"] == total


def test_financial_rows_in_the_report_only_where_annotated() -> None:
    # The FIN rows come after the other types of their mode, and only where the corpus annotates FIN.
    without = _result()
    fin = {f"{k}/{mode}/FIN": Counts(1, 1, 1) for k in ("entities", "spacy") for mode in ("strict", "relaxed")}
    with_fin = replace(without, scores={**without.scores, **fin})
    metrics = [r.metric for r in rows(with_fin) if r.layer == "entities"]
    assert metrics[metrics.index("strict LOC") + 1] == "strict FIN" and metrics[-1] == "relaxed FIN"
    assert not [r for r in rows(without) if r.metric.endswith("FIN")]


def test_timexes_tempeval3_definitions() -> None:
    gold = [M(0, 4, "DATE", "2003-02-13"), M(10, 21, "DURATION", "P3D"), M(30, 35, "TIME", "2003-02-13T10:00")]
    system = [M(0, 4, "DATE", "2003-02-13"), M(10, 15, "DATE", "P3D"), M(50, 55, "DATE", "2003")]
    s = score_timexes(gold, system)
    assert s["strict"] == Counts(1, 3, 3)
    assert s["relaxed"] == Counts(2, 3, 3)
    assert s["value"] == Counts(2, 3, 3)
    assert s["type"] == Counts(1, 3, 3)
    # Attribute F1 = relaxed F1 x attribute accuracy on relaxed matches.
    accuracy = s["type"].tp / s["relaxed"].tp
    assert s["type"].f1 == pytest.approx(s["relaxed"].f1 * accuracy)


def test_event_triggers() -> None:
    s = score_events([M(0, 7), M(20, 29)], [M(0, 7), M(18, 29), M(40, 44)])
    assert s["strict"] == Counts(1, 3, 2) and s["relaxed"] == Counts(2, 3, 2)


def test_event_time_on_matched_timed_gold_events() -> None:
    from kg.evaluation.scoring import score_event_times

    gold = [Mention(0, 4, "", "2020-06-08"), Mention(10, 14, "", "2020-06"), Mention(20, 24, ""), Mention(30, 34, "", "2020-06-09")]
    system = [
        Mention(0, 4, "", "2020-06-08T10:00"),  # right day, time of day ignored
        Mention(10, 14, "", "2020-06-10"),  # wrong
        Mention(20, 24, "", "2020-06-10"),  # gold has no time: not counted
        Mention(40, 44, "", "2020-06-09"),  # no gold event: not counted
    ]
    counts = score_event_times(gold, system)
    # the gold event at 30 has a time but no system match: outside the matched set
    assert (counts.tp, counts.system, counts.gold) == (1, 2, 2)
    undated = score_event_times(gold[:1], [Mention(0, 4, "", "")])
    assert (undated.tp, undated.system, undated.gold) == (0, 0, 1)


def test_arguments_need_trigger_role_and_argument_overlap() -> None:
    win, hire = M(7, 11), M(30, 35)
    gold = [
        Argument(win, "agent", M(0, 6)),
        Argument(win, "patient", M(12, 17)),
        Argument(hire, "agent", M(24, 29)),
    ]
    system = [
        Argument(M(7, 11), "agent", M(0, 6)),  # right
        Argument(M(7, 11), "agent", M(12, 17)),  # wrong argument for the role
        Argument(M(30, 35), "patient", M(24, 29)),  # wrong role
        Argument(M(50, 55), "patient", M(12, 17)),  # no such trigger
    ]
    s = score_arguments(gold, system)
    assert s["agent"] == Counts(1, 2, 2)
    assert s["patient"] == Counts(0, 2, 1)
    assert s["all"] == Counts(1, 4, 3)


def test_score_document_respects_scored_range_and_ignored_dateline() -> None:
    text = "Title\nJune 13 , 2005\nAirbus won Monday .\nBoeing lost Friday ."
    gold = GoldDocument(
        id="d",
        text=text,
        lang="en",
        source="-",
        layers=frozenset({"entities", "timexes", "events", "arguments"}),
        entities=(M(21, 27, "ORG"),),
        timexes=(M(32, 38, "DATE", "2005-06-13"),),
        events=(M(28, 31),),
        arguments=(Argument(M(28, 31), "agent", M(21, 27)),),
        scored=(0, 40),
        ignored_timexes=(M(6, 20, "DATE", "2005-06-13"),),
    )
    system = SystemOutput(
        entities=(M(21, 27, "ORG"), M(41, 47, "ORG")),
        timexes=(M(6, 20, "DATE", "2005-06-13"), M(32, 38, "DATE", "2005-06-13"), M(53, 59, "DATE", "2005-06-10")),
        events=(M(28, 31), M(48, 52)),
        arguments=(Argument(M(28, 31), "agent", M(21, 27)), Argument(M(48, 52), "agent", M(41, 47))),
    )
    s = score_document(gold, system, baseline=[M(21, 27, "PER")])
    assert s["entities/strict"] == Counts(1, 1, 1)
    assert s["spacy/strict"] == Counts(0, 1, 1)
    assert s["timex/strict"] == Counts(1, 1, 1)  # the dateline and the unannotated sentence are not scored
    assert s["events/relaxed"] == Counts(1, 1, 1)
    assert s["arguments/all"] == Counts(1, 1, 1)


def test_layers_without_gold_are_not_scored() -> None:
    gold = GoldDocument(id="d", text="abc", lang="fr", source="-", layers=frozenset({"entities"}))
    s = score_document(gold, SystemOutput(timexes=(M(0, 3, "DATE", "2000"),)))
    assert set(s) == {f"entities/{m}" for m in ("strict", "relaxed")} | {
        f"entities/{m}/{t}" for m in ("strict", "relaxed") for t in ("PER", "ORG", "LOC")
    }


def test_system_output_from_an_analysis() -> None:
    text = "IBM a racheté Red Hat hier."
    doc = Document(id="d", text=text, source="-")
    ibm = EntityMention(0, 3, "IBM", "ORG", "spacy", "fr")
    red_hat = EntityMention(14, 21, "Red Hat", "ORG", "spacy", "fr")
    analysis = Analysis(
        document=doc,
        segments=(),
        sentences=(),
        entities=(
            Entity("ibm", "IBM", "ORG", (ibm,)),
            Entity("red-hat", "Red Hat", "ORG", (red_hat,)),
        ),
        timexes=(Timex(22, 26, "hier", "DATE", "2019-07-08"),),
        events=(
            EventMention(
                trigger=Span(6, 13, "racheté"),
                type="Acquisition",
                lemma="racheter",
                sentence=Span(0, 27, text),
                agent=Span(0, 3, "IBM"),
                patient=Span(14, 21, "Red Hat"),
            ),
        ),
    )
    out = system_output(analysis)
    assert [(m.text, m.label) for m in out.entities] == [("IBM", "ORG"), ("Red Hat", "ORG")]
    assert [(t.text, t.label, t.value) for t in out.timexes] == [("hier", "DATE", "2019-07-08")]
    assert [(e.start, e.end) for e in out.events] == [(6, 13)]
    assert [(a.role, a.argument.text) for a in out.arguments] == [("agent", "IBM"), ("patient", "Red Hat")]


def test_a_linked_pronoun_argument_is_scored_as_the_name_kg_linked_it_to() -> None:
    """kg claims the entity a pronoun was linked to: the event details score that name, not the
    pronoun (which the gold may or may not list as a mention of the right chain)."""
    text = "Paul Morel a vu Jean Dupont. Ce dernier a démissionné."
    doc = Document(id="d", text=text, source="-")
    paul = EntityMention(0, 10, "Paul Morel", "PER", "spacy", "fr")
    jean = EntityMention(16, 27, "Jean Dupont", "PER", "spacy", "fr")
    latest = Reference(29, 39, "Ce dernier", "pronoun", "fr", Span(16, 27, "Jean Dupont"), "latest")
    analysis = Analysis(
        document=doc,
        segments=(),
        sentences=(),
        entities=(Entity("paul", "Paul Morel", "PER", (paul,)), Entity("jean", "Jean Dupont", "PER", (jean,), references=(latest,))),
        timexes=(),
        events=(
            EventMention(
                trigger=Span(42, 54, "démissionné"),
                type="EndPosition",
                lemma="démissionner",
                sentence=Span(29, 55, text[29:]),
                agent=Span(32, 39, "dernier"),
            ),
        ),
    )
    out = system_output(analysis)
    assert [(a.role, a.argument.text) for a in out.arguments] == [("agent", "dernier")]
    assert [(a.role, a.argument.text) for a in out.resolved_arguments] == [("agent", "Jean Dupont")]


def _one_mention(surface: str, label: str, extractor: str) -> Analysis:
    """An analysis of « Selon <surface>, rien. » with one entity of one mention, ``surface``."""
    text = f"Selon {surface}, rien."
    start = text.index(surface)
    mention = EntityMention(start, start + len(surface), surface, label, extractor, "fr")  # type: ignore[arg-type]
    return Analysis(
        document=Document(id="d", text=text, source="-", lang="fr"),
        segments=(),
        sentences=(),
        entities=(Entity("x", surface, label, (mention,)),),  # type: ignore[arg-type]
        timexes=(),
    )


@pytest.mark.parametrize(
    ("surface", "extractor", "kept_maximal"),
    [
        # A corpus annotated with names only (HIPE-2020) does not count a described institution.
        ("gouvernement britannique", "demonym", False),
        ("armée française", "demonym+gazetteer", False),
        # A named institution, and any mention in a corpus scored at kg's own extents, stay.
        ("Conseil fédéral", "demonym+gazetteer", True),
        ("Red Hat", "spacy", True),
    ],
)
def test_described_institutions_left_out_at_maximal_extents(surface: str, extractor: str, kept_maximal: bool) -> None:
    analysis = _one_mention(surface, "ORG", extractor)
    # No corpus scores a described institution as a name, at kg's own extents either.
    assert [m.text for m in system_output(analysis).entities] == ([surface] if kept_maximal else [])
    assert [m.text for m in system_output(analysis, maximal_extents=True).entities] == ([surface] if kept_maximal else [])


@pytest.mark.parametrize(
    ("surface", "label", "bare"),
    [
        # A corpus whose guide leaves titles out (Wikinews FR) scores a person by the name alone.
        ("M. Samaras", "PER", "Samaras"),
        ("Mr Saputo", "PER", "Saputo"),
        ("ministre Jean-Marc Ayrault", "PER", "Jean-Marc Ayrault"),
        ("M. le ministre Bally", "PER", "Bally"),
        ("pape Benoit XVI", "PER", "Benoit XVI"),
        # A name without a title, and an organisation whose name begins like a title, stay whole.
        ("Jean-Marc Ayrault", "PER", "Jean-Marc Ayrault"),
        ("Major League Soccer", "ORG", "Major League Soccer"),
        ("Général Motors", "ORG", "Général Motors"),
    ],
)
def test_titles_left_out_for_bare_names(surface: str, label: str, bare: str) -> None:
    analysis = _one_mention(surface, label, "spacy")
    text, start = analysis.document.text, analysis.document.text.index(surface)
    assert [m.text for m in system_output(analysis).entities] == [surface]
    (scored,) = system_output(analysis, bare_names=True).entities
    assert (scored.text, text[scored.start : scored.end], scored.end) == (bare, bare, start + len(surface))


@pytest.mark.parametrize(
    ("surface", "extractor", "kept_bare"),
    [
        # A corpus of names without titles (Wikinews FR) does not count a described institution either.
        ("gouvernement malien", "demonym", False),
        ("armée syrienne", "demonym+gazetteer", False),
        # Named institutions stay.
        ("Conseil fédéral", "demonym+gazetteer", True),
        ("Red Hat", "spacy", True),
    ],
)
def test_described_institutions_left_out_for_bare_names(surface: str, extractor: str, kept_bare: bool) -> None:
    analysis = _one_mention(surface, "ORG", extractor)
    assert [m.text for m in system_output(analysis).entities] == ([surface] if kept_bare else [])
    assert [m.text for m in system_output(analysis, bare_names=True).entities] == ([surface] if kept_bare else [])


def _one_english_mention(text: str, surface: str, label: str, extractor: str) -> Analysis:
    """An English analysis of ``text`` with one entity of one mention, ``surface``."""
    start = text.index(surface)
    mention = EntityMention(start, start + len(surface), surface, label, extractor, "en")  # type: ignore[arg-type]
    return Analysis(
        document=Document(id="d", text=text, source="-", lang="en"),
        segments=(),
        sentences=(),
        entities=(Entity("x", surface, label, (mention,)),),  # type: ignore[arg-type]
        timexes=(),
    )


@pytest.mark.parametrize(
    ("text", "surface", "scored"),
    [
        # A corpus annotated on whole tokens (MEANTIME) reads a name glued to a word by a hyphen as the word.
        ("A Varlo-led group bid for it.", "Varlo", "Varlo-led"),
        ("The Detroit-based carmaker said so.", "Detroit", "Detroit-based"),
        ("It runs an all-Varlo fleet.", "Varlo", "all-Varlo"),
        ("Varlo - Mart sold it.", "Varlo", "Varlo"),
        ("Varlo said so.", "Varlo", "Varlo"),
    ],
)
def test_names_in_hyphenated_words_read_as_the_word(text: str, surface: str, scored: str) -> None:
    (m,) = system_output(_one_english_mention(text, surface, "ORG", "spacy")).entities
    assert (m.text, text[m.start : m.end]) == (scored, scored)
    (bare,) = system_output(_one_english_mention(text, surface, "ORG", "spacy"), bare_names=True).entities
    assert bare.text == surface


@pytest.mark.parametrize(
    ("text", "surface", "label", "scored"),
    [
        # A corpus that annotates an index's whole noun phrase (MEANTIME) reads kg's FIN mention so.
        ("The tech-heavy Nasdaq composite index fell.", "Nasdaq", "FIN", "The tech-heavy Nasdaq composite index"),
        ("Tokyo 's Nikkei 225 average slid .", "Nikkei 225", "FIN", "Tokyo 's Nikkei 225 average"),
        # A market that modifies another noun takes no article.
        ("Even the Wall Street analysts were surprised .", "Wall Street", "FIN", "Wall Street"),
        # Other labels are left as they are.
        ("The tech-heavy Varlo index fell.", "Varlo", "ORG", "Varlo"),
    ],
)
def test_noun_phrases(text: str, surface: str, label: str, scored: str) -> None:
    analysis = _one_english_mention(text, surface, label, "products")
    assert [m.text for m in system_output(analysis).entities] == [surface]
    (m,) = system_output(analysis, noun_phrases=True).entities
    assert (m.text, text[m.start : m.end]) == (scored, scored)


def _english_mentions(text: str, mentions: list[tuple[str, str]]) -> Analysis:
    """An English analysis of ``text`` with one entity for each (surface, label) of ``mentions``."""
    entities = []
    for i, (surface, label) in enumerate(mentions):
        start = text.index(surface)
        mention = EntityMention(start, start + len(surface), surface, label, "spacy", "en")  # type: ignore[arg-type]
        entities.append(Entity(f"x{i}", surface, label, (mention,)))  # type: ignore[arg-type]
    return Analysis(document=Document(id="d", text=text, source="-", lang="en"), segments=(), sentences=(), entities=tuple(entities), timexes=())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "mentions", "scored"),
    [
        # A place's possessive before an organisation, a company's or a place's before a product.
        ("Japan 's Toyota Motor Corp. said so .", [("Japan", "LOC"), ("Toyota Motor Corp.", "ORG")], ["Japan", "Japan 's Toyota Motor Corp."]),
        ("Apple 's iTunes replaces it .", [("Apple", "ORG"), ("iTunes", "PRO")], ["Apple", "Apple 's iTunes"]),
        # An organisation's organisation, which MEANTIME counts apart, and a person's possessive stay.
        ("GM 's Opel lost money .", [("GM", "ORG"), ("Opel", "ORG")], ["GM", "Opel"]),
        ("Smith 's Acme Corp. grew .", [("Smith", "PER"), ("Acme Corp.", "ORG")], ["Acme Corp.", "Smith"]),
        ("Japan 's Koizumi said so .", [("Japan", "LOC"), ("Koizumi", "PER")], ["Japan", "Koizumi"]),
        # The common noun of the same thing after the name, then the possessor before it.
        ("The United Auto Workers union agreed .", [("United Auto Workers", "ORG")], ["The United Auto Workers union"]),
        ("GM 's Opel unit lost money .", [("GM", "ORG"), ("Opel", "ORG")], ["GM", "Opel unit"]),
        ("Germany 's Varlo unit grew .", [("Germany", "LOC"), ("Varlo", "ORG")], ["Germany", "Germany 's Varlo unit"]),
        # An organisation that modifies a noun of a site, a workforce or a holding stays alone.
        ("Japan 's Varlo plant in Ohio grew .", [("Japan", "LOC"), ("Varlo", "ORG")], ["Japan", "Varlo"]),
        ("Germany's Varlo assembly workers struck.", [("Germany", "LOC"), ("Varlo", "ORG")], ["Germany", "Varlo"]),
        ("Japan 's Varlo shares fell .", [("Japan", "LOC"), ("Varlo", "ORG")], ["Japan", "Varlo"]),
        # A person's possessive before an organisation, and "union" after a company: alone.
        ("Obama 's GM plan failed .", [("Obama", "PER"), ("GM", "ORG")], ["GM", "Obama"]),
        ("the main Airbus union in France agreed .", [("Airbus", "ORG"), ("France", "LOC")], ["Airbus", "France"]),
    ],
)
def test_possessors_read_with_the_name(text: str, mentions: list[tuple[str, str]], scored: list[str]) -> None:
    analysis = _english_mentions(text, mentions)
    assert sorted(m.text for m in system_output(analysis).entities) == sorted(s for s, _ in mentions)
    assert sorted(m.text for m in system_output(analysis, noun_phrases=True).entities) == scored


@pytest.mark.parametrize(
    ("text", "surface", "extractor", "kept"),
    [
        # An English institution with no proper name of its own, a common noun after the country
        # or nationality, is no name (MEANTIME annotates the place inside it: "[U.S.] government").
        ("The U.S. government said so.", "U.S. government", "demonym", False),
        ("The German finance ministry said so.", "German finance ministry", "demonym", False),
        ("British regulators said so.", "British regulators", "demonym", False),
        ("The British parliament voted.", "British parliament", "demonym+gazetteer", False),
        # An institution's proper name stays a name, and so does any other mention.
        ("The U.S. Air Force said so.", "The U.S. Air Force", "demonym", True),
        ("The German Finance Ministry said so.", "The German Finance Ministry", "demonym", True),
        ("It was awarded by the U.S. Air Force.", "the U.S. Air Force", "demonym", True),
        ("The US Treasury said so.", "US Treasury", "demonym+gazetteer", True),
        ("Varlo regulators said so.", "Varlo regulators", "spacy", True),
        # Only the demonym reader's phrases: a name in lower case, or ending in a lower-case word,
        # read by another extractor stays a name.
        ("Shares of eBay fell.", "eBay", "gazetteer", True),
        ("Shares of Varlo Holdings plc fell.", "Varlo Holdings plc", "spacy", True),
        ("The UAE central bank cut rates.", "UAE central bank", "demonym", False),
    ],
)
def test_described_english_institutions_are_no_names(text: str, surface: str, extractor: str, kept: bool) -> None:
    analysis = _one_english_mention(text, surface, "ORG", extractor)
    assert [m.text for m in system_output(analysis).entities] == ([surface] if kept else [])


def test_raw_spacy_mapping_drops_misc_and_maps_english_labels() -> None:
    def ent(start: int, end: int, label: str) -> SimpleNamespace:
        return SimpleNamespace(start_char=start, end_char=end, label_=label, text="x")

    fr = SimpleNamespace(ents=[ent(0, 3, "PER"), ent(4, 8, "MISC"), ent(9, 12, "LOC")])
    en = SimpleNamespace(ents=[ent(0, 3, "PERSON"), ent(4, 8, "GPE"), ent(9, 12, "FAC"), ent(13, 15, "DATE"), ent(16, 18, "NORP")])
    assert [m.label for m in next(raw_spacy_entities([fr], "fr"))] == ["PER", "LOC"]
    assert [m.label for m in next(raw_spacy_entities([en], "en"))] == ["PER", "LOC", "LOC"]


def _result(split: str = "dev") -> CorpusResult:
    scores = {
        "entities/strict": Counts(1, 2, 2),
        "entities/relaxed": Counts(2, 2, 2),
        "spacy/strict": Counts(0, 2, 2),
        "spacy/relaxed": Counts(1, 2, 2),
        **{f"{k}/{m}/{t}": Counts(0, 1, 1) for k in ("entities", "spacy") for m in ("strict", "relaxed") for t in ("PER", "ORG", "LOC")},
        "timex/strict": Counts(1, 2, 2),
        "timex/relaxed": Counts(2, 2, 2),
        "timex/value": Counts(1, 2, 2),
        "timex/type": Counts(2, 2, 2),
    }
    return CorpusResult("fr-timebank", split, "fr", 3, 1.5, scores, limit=3)


def test_report_formats() -> None:
    result = _result()
    assert [r.metric for r in rows(result)][:2] == ["strict", "relaxed"]
    table = format_table([result])
    assert "FR-TimeBank, dev (3 documents, first 3" in table and "accuracy 50.00" in table and "spaCy F1" in table
    data = json.loads(format_json([result]))
    assert data[0]["scores"]["timex/value"]["f1"] == 50.0 and data[0]["limit"] == 3
    text = markdown([result, _result("test")])
    assert "Command: `kg eval fr-timebank --split dev --limit 3`" in text
    assert "## Dev figures" in text and "## Test figures" in text and "85.99" in text


def test_write_report_keeps_the_hand_written_intro(tmp_path) -> None:
    path = tmp_path / "EVALUATION.md"
    write_report([_result()], path)
    assert GENERATED_MARK in path.read_text(encoding="utf-8")
    path.write_text("# My intro\n\n" + GENERATED_MARK + "\nold tables\n", encoding="utf-8")
    write_report([_result()], path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# My intro") and "old tables" not in text and "FR-TimeBank" in text


def test_taxonomy_coverage_report() -> None:
    from kg.evaluation.report import taxonomy_coverage, taxonomy_types
    from kg.evaluation.runner import CorpusResult

    types = taxonomy_types()
    assert "Withdrawal" in types and "Contact" not in types  # top concepts are not types
    dev = CorpusResult("meantime", "dev", "en", 2, 0.0, {}, event_types={"Statement": 5, "Withdrawal": 1})
    text = taxonomy_coverage([dev])
    assert text.startswith(f"2 of the {len(types)} event types")
    assert "| Statement | 5 |" in text and "Never produced" in text and "Die" in text


# "Velto and Carrow signed a pact": kg gives each name as an agent of "signed" (co-agents, e34a).
_SIGNED = M(17, 23)
_VELTO, _CARROW, _PHRASE = M(0, 5), M(10, 16), M(0, 16)


@pytest.mark.parametrize(
    ("gold", "system", "want"),
    [
        # the gold annotates the coordination as one phrase: its two names count once (rve34)
        ([_PHRASE], [_VELTO, _CARROW], Counts(1, 1, 1)),
        # the gold annotates each name: each is a hit
        ([_VELTO, _CARROW], [_VELTO, _CARROW], Counts(2, 2, 2)),
        # a name the gold has no argument for stays a false positive
        ([_VELTO], [_VELTO, _CARROW], Counts(1, 2, 1)),
    ],
    ids=["one-phrase", "two-names", "extra-name"],
)
def test_score_arguments_counts_coordinated_names_once(gold, system, want) -> None:
    g = [Argument(_SIGNED, "agent", a) for a in gold]
    s = [Argument(_SIGNED, "agent", a) for a in system]
    assert score_arguments(g, s)["agent"] == want


def test_score_arguments_parts_only_of_the_same_event() -> None:
    # one name of the phrase is a hit, the other, an agent of another system event, stays a miss
    g = [Argument(_SIGNED, "agent", _PHRASE)]
    s = [Argument(_SIGNED, "agent", _VELTO), Argument(M(17, 22), "agent", _CARROW)]
    assert score_arguments(g, s)["agent"] == Counts(1, 2, 1)
