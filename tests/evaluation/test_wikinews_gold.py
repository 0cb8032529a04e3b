"""The hand-made Wikinews FR gold (eval/wikinews-fr-gold): files, validator, reader and its scores."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluation.coref import within_document
from kg.evaluation.gold import ChainMention, GoldDocument, GoldEvent, GoldRole, Mention
from kg.evaluation.readers.wikinews_gold import read_record, read_wikinews_gold, split_ids, to_gold, validate
from kg.evaluation.report import figure_lines, format_table, rows
from kg.evaluation.runner import CORPORA, CorpusResult, SystemOutput, evaluate_corpus, score_document
from kg.evaluation.scoring import Counts, chain_of, score_event_details, score_memberships, score_typed_events
from tests.conftest import ROOT

GOLD = ROOT / "eval" / "wikinews-fr-gold"
SOURCE = ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl"
needs_source = pytest.mark.skipif(not SOURCE.exists(), reason=f"Wikinews FR corpus not found at {SOURCE}")


def M(start: int, end: int, label: str = "", value: str = "") -> Mention:
    return Mention(start, end, label, value)


def event_types() -> frozenset[str]:
    from kg.evaluation.report import taxonomy_types

    return frozenset(taxonomy_types())


# --- the committed gold ------------------------------------------------------------------------------


def test_ninety_nine_articles_split_in_tens_eights_and_fives() -> None:
    dev, dev2, dev3 = split_ids(GOLD, "dev"), split_ids(GOLD, "dev2"), split_ids(GOLD, "dev3")
    dev4, dev5, test = split_ids(GOLD, "dev4"), split_ids(GOLD, "dev5"), split_ids(GOLD, "test")
    dev6, dev7, dev8 = split_ids(GOLD, "dev6"), split_ids(GOLD, "dev7"), split_ids(GOLD, "dev8")
    dev9, dev10 = split_ids(GOLD, "dev9"), split_ids(GOLD, "dev10")
    every = dev + dev2 + dev3 + dev4 + dev5 + dev6 + dev7 + dev8 + dev9 + dev10 + test
    assert len(dev) == len(dev2) == len(dev3) == len(dev4) == len(dev5) == len(dev10) == len(test) == 10
    assert len(dev6) == len(dev7) == len(dev8) == 8
    assert len(dev9) == 5
    assert len(set(every)) == 99
    assert sorted(p.stem for p in GOLD.glob("*.json")) == sorted(every)
    assert sorted(p.stem for p in (GOLD / "src").glob("*.ann")) == sorted(every)


def test_every_gold_file_validates() -> None:
    types = event_types()
    for path in sorted(GOLD.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        assert validate(record, event_types=types) == [], path.name
        assert record["split"] in split_ids(GOLD, record["split"]) or record["id"] in split_ids(GOLD, record["split"])
        assert record["licence"] == "CC BY 2.5" and record["url"].startswith("https://fr.wikinews.org/wiki/")


@needs_source
def test_gold_text_is_the_text_kg_reads() -> None:
    from kg.ingest.readers import read_jsonl

    docs = {d.id: d for d in read_jsonl(SOURCE, display="wikinews", max_chars=10**7) if not isinstance(d, KGError)}
    for path in sorted(GOLD.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        doc = docs[record["id"]]
        assert doc.text == record["text"]
        assert doc.date is not None and f"{doc.date.year:04d}-{doc.date.month:02d}-{doc.date.day:02d}" == record["date"]


@needs_source
def test_gold_files_are_what_the_notes_give() -> None:
    spec = importlib.util.spec_from_file_location("wikinews_gold_script", ROOT / "scripts" / "wikinews_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check", "--corpus", str(SOURCE)]) == 0


# --- validator and reader ----------------------------------------------------------------------------

TEXT = "Hier, Jean Dupont a quitté Acme. Il a démissionné."
RECORD: dict[str, object] = {
    "id": "t1",
    "date": "2012-07-04",
    "split": "dev",
    "text": TEXT,
    "chains": [{"id": "dupont", "type": "PER", "name": "Jean Dupont"}, {"id": "acme", "type": "ORG", "name": "Acme"}],
    "mentions": [
        {"start": 6, "end": 17, "text": "Jean Dupont", "chain": "dupont", "kind": "name"},
        {"start": 27, "end": 31, "text": "Acme", "chain": "acme", "kind": "name"},
        {"start": 33, "end": 35, "text": "Il", "chain": "dupont", "kind": "pronoun"},
    ],
    "events": [
        {"trigger": {"start": 20, "end": 26, "text": "quitté"}, "type": "EndPosition", "agent": ["dupont"],
         "patient": [], "recipient": [], "date": "2012-07-03"},
        {"trigger": {"start": 38, "end": 49, "text": "démissionné"}, "type": "EndPosition", "agent": ["dupont"],
         "patient": [], "recipient": [], "date": None},
    ],
    "roles": [{"person": "dupont", "role": "Employee", "organisation": "acme", "evidence": {"start": 27, "end": 31, "text": "Acme"}}],
}


def broken(path: tuple[object, ...], value: object) -> dict[str, object]:
    record = copy.deepcopy(RECORD)
    target: object = record
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    return record


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        (broken(("mentions", 0, "end"), 16), "not 'Jean Dupont'"),
        (broken(("mentions", 1, "start"), 99), "bad offsets"),
        (broken(("mentions", 2, "chain"), "nobody"), "unknown chain"),
        (broken(("mentions", 2, "kind"), "verb"), "kind"),
        (broken(("chains", 1, "type"), "MISC"), "has type"),
        (broken(("events", 0, "type"), "Teleport"), "unknown event type"),
        (broken(("events", 0, "agent"), ["ghost"]), "is no chain"),
        (broken(("events", 0, "date"), "hier"), "not an ISO date"),
        (broken(("events", 1, "trigger", "text"), "démission"), "not 'démission'"),
        (broken(("roles", 0, "person"), "acme"), "no PER chain"),
        (broken(("split",), "train"), "not dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10 or test"),
        (broken(("date",), None), "publication date"),
        # Ids of the wrong JSON type are problems, not a TypeError.
        (broken(("chains", 0, "id"), ["dupont"]), "is not a string"),
        (broken(("mentions", 2, "chain"), ["dupont"]), "unknown chain"),
        (broken(("events", 0, "agent"), [["dupont"]]), "is no chain"),
        (broken(("events", 0, "agent"), 7), "not a list"),
        (broken(("roles", 0, "organisation"), {"id": "acme"}), "is no chain"),
    ],
)
def test_validator_finds_each_problem(record: dict[str, object], problem: str) -> None:
    problems = validate(record, event_types=frozenset({"EndPosition"}))
    assert problems and any(problem in p for p in problems), problems


def test_valid_record_has_no_problem_and_reads_as_gold() -> None:
    assert validate(RECORD, event_types=frozenset({"EndPosition"})) == []
    gold = to_gold(RECORD, source="-")
    assert [m.text for m in gold.entities] == ["Jean Dupont", "Acme"]  # names only
    assert [c.kind for c in gold.chain_mentions] == ["name", "name", "pronoun"]
    assert gold.gold_events[0] == GoldEvent(Mention(20, 26, "EndPosition", "2012-07-03", "quitté"), ("dupont",), (), (), "2012-07-03")
    assert gold.roles == (GoldRole("dupont", "Employee", "acme"),)
    assert gold.dct is not None and (gold.dct.year, gold.dct.month, gold.dct.day) == (2012, 7, 4)


def test_bad_gold_file_is_E604(tmp_path: Path) -> None:
    path = tmp_path / "t1.json"
    path.write_text(json.dumps(broken(("mentions", 0, "end"), 16)), encoding="utf-8")
    with pytest.raises(KGError) as info:
        read_record(path)
    assert info.value.code == "E604"
    (tmp_path / "splits.tsv").write_text("t1\tdev\n", encoding="utf-8")
    with pytest.raises(KGError):
        list(read_wikinews_gold(tmp_path, "dev"))
    path.write_text("[1]", encoding="utf-8")
    with pytest.raises(KGError) as info:
        read_record(path)
    assert info.value.code == "E604"


def test_chain_id_of_the_wrong_type_is_E604(tmp_path: Path) -> None:
    path = tmp_path / "t1.json"
    path.write_text(json.dumps(broken(("chains", 0, "id"), ["dupont"])), encoding="utf-8")
    with pytest.raises(KGError) as info:
        read_record(path)
    assert info.value.code == "E604" and "t1.json" in str(info.value)


def test_splits_line_without_a_tab_is_E604_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "splits.tsv").write_text("# id\tsplit\nt1\tdev\nt2 dev\n", encoding="utf-8")
    with pytest.raises(KGError) as info:
        split_ids(tmp_path, "dev")
    assert info.value.code == "E604" and info.value.line == 3 and "splits.tsv" in str(info.value)


# --- scoring on hand-made tables ---------------------------------------------------------------------

CHAINS = (
    ChainMention(M(0, 4, "PER"), "ana", "name"),
    ChainMention(M(20, 22, "PER"), "ana", "pronoun"),
    ChainMention(M(10, 14, "ORG"), "acme", "name"),
    ChainMention(M(30, 34, "ORG"), "acme", "nominal"),
)


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ([M(5, 9, "Attack")], [M(5, 9, "Attack")], Counts(1, 1, 1)),
        ([M(5, 9, "Attack")], [M(6, 12, "Attack")], Counts(1, 1, 1)),  # overlap is enough
        ([M(5, 9, "Attack")], [M(5, 9, "Die")], Counts(0, 1, 1)),  # the type must agree
        ([M(5, 9, "Attack")], [], Counts(0, 0, 1)),
    ],
)
def test_typed_triggers(gold: list[Mention], system: list[Mention], expected: Counts) -> None:
    assert score_typed_events(gold, system) == expected


def arg(trigger: Mention, role: str, start: int, end: int):  # noqa: ANN201
    from kg.evaluation.gold import Argument

    return Argument(trigger, role, M(start, end))


T = M(5, 9, "Statement")


@pytest.mark.parametrize(
    ("gold", "system", "arguments", "expected"),
    [
        # the agent named in the gold chain, found on its name
        (GoldEvent(T, agent=("ana",)), M(5, 9, "Statement"), [arg(T, "agent", 0, 4)], {"agent": Counts(1, 1, 1)}),
        # ... or on a pronoun of the chain: same chain, right
        (GoldEvent(T, agent=("ana",)), M(5, 9, "Statement"), [arg(T, "agent", 20, 22)], {"agent": Counts(1, 1, 1)}),
        # another chain: wrong; no agent: wrong
        (GoldEvent(T, agent=("ana",)), M(5, 9, "Statement"), [arg(T, "agent", 10, 14)], {"agent": Counts(0, 1, 1)}),
        (GoldEvent(T, agent=("ana",)), M(5, 9, "Statement"), [], {"agent": Counts(0, 1, 1)}),
        # a patient given as the agent does not count for the patient
        (GoldEvent(T, patient=("acme",)), M(5, 9, "Statement"), [arg(T, "agent", 30, 34)], {"patient": Counts(0, 1, 1)}),
        (GoldEvent(T, recipient=("acme",)), M(5, 9, "Statement"), [arg(T, "recipient", 10, 14)], {"recipient": Counts(1, 1, 1)}),
        # no gold agent: the event is not counted for agents
        (GoldEvent(T), M(5, 9, "Statement"), [arg(T, "agent", 0, 4)], {"agent": Counts(0, 0, 0)}),
        # dates: the date part of the system value must equal the gold date
        (GoldEvent(T, date="2012-07-03"), M(5, 9, "Statement", "2012-07-03T15:00"), [], {"date": Counts(1, 1, 1)}),
        (GoldEvent(T, date="2012-07"), M(5, 9, "Statement", "2012-07-03"), [], {"date": Counts(0, 1, 1)}),
        (GoldEvent(T, date="2012-07-03"), M(5, 9, "Statement"), [], {"date": Counts(0, 1, 1)}),
        (GoldEvent(T), M(5, 9, "Statement", "2012-07-03"), [], {"date": Counts(0, 0, 0)}),
        # an unmatched trigger is not counted at all (accuracies are over matched gold events)
        (GoldEvent(T, agent=("ana",), date="2012-07-03"), M(40, 44, "Statement"), [], {"agent": Counts(0, 0, 0), "date": Counts(0, 0, 0)}),
        # a matched trigger of another type still counts for arguments
        (GoldEvent(T, agent=("ana",)), M(5, 9, "Announcement"), [arg(M(5, 9), "agent", 0, 4)], {"agent": Counts(1, 1, 1), "typed": Counts(0, 1, 1)}),
    ],
)
def test_event_details(gold: GoldEvent, system: Mention, arguments: list, expected: dict[str, Counts]) -> None:
    scores = score_event_details([gold], CHAINS, [system], arguments)
    for key, counts in expected.items():
        assert scores[key] == counts, key


def test_chain_of_prefers_exact_then_largest_overlap() -> None:
    assert chain_of(M(0, 4), CHAINS) == "ana"
    assert chain_of(M(2, 12), CHAINS) == "ana"  # 2 chars of "ana" vs 2 of "acme": the first wins on ties
    assert chain_of(M(3, 14), CHAINS) == "acme"
    assert chain_of(M(40, 45), CHAINS) is None


# A person's gold description (60-100) holds the organisation's gold name (70-90).
NESTED = (
    ChainMention(M(60, 100, "PER"), "ana", "nominal"),
    ChainMention(M(70, 90, "ORG"), "acme", "name"),
)


@pytest.mark.parametrize(
    ("span", "chain"),
    [
        (M(70, 92), "acme"),  # the name and one word more: the name, not the description around it
        (M(70, 90), "acme"),  # exact
        (M(60, 100), "ana"),  # exact description
        (M(62, 100), "ana"),  # most of the description
        (M(60, 75), "ana"),  # 15 of the description's 40 (0.375) beat 5 of the name's 25 (0.2)
    ],
)
def test_chain_of_nested_mentions_by_overlap_over_union(span: Mention, chain: str) -> None:
    assert chain_of(span, NESTED) == chain


@pytest.mark.parametrize(
    ("system", "triple", "pair"),
    [
        ([(M(0, 4), "CEO", M(10, 14))], Counts(1, 1, 1), Counts(1, 1, 1)),
        ([(M(20, 22), "CEO", M(30, 34))], Counts(1, 1, 1), Counts(1, 1, 1)),  # other mentions of the same chains
        ([(M(0, 4), "Founder", M(10, 14))], Counts(0, 1, 1), Counts(1, 1, 1)),  # wrong role
        ([(M(0, 4), "CEO", None)], Counts(0, 1, 1), Counts(0, 1, 1)),  # organisation missing
        ([(M(0, 4), "CEO", M(10, 14)), (M(0, 4), "CEO", M(30, 34))], Counts(1, 1, 1), Counts(1, 1, 1)),  # one triple
        ([(M(40, 44), "CEO", M(10, 14))], Counts(0, 1, 1), Counts(0, 1, 1)),  # an unannotated person
        ([], Counts(0, 0, 1), Counts(0, 0, 1)),
    ],
)
def test_memberships(system: list, triple: Counts, pair: Counts) -> None:
    scores = score_memberships([GoldRole("ana", "CEO", "acme")], CHAINS, system)
    assert scores == {"triple": triple, "pair": pair}


def test_document_coreference() -> None:
    perfect = within_document([("d", CHAINS, [(c.mention, c.chain) for c in CHAINS])])
    assert perfect["all"]["conll"]["f1"] == pytest.approx(1.0)
    # names only, each its own entity: no link recovered, matched mentions are all singletons
    names = within_document([("d", CHAINS, [(M(0, 4), "a"), (M(10, 14), "b")])])
    assert names["all"]["muc"]["f1"] == 0.0 and 0 < names["all"]["conll"]["f1"] < 1
    assert names["matched"]["b3"]["f1"] == pytest.approx(1.0)
    # the same chain ids in two documents are two clusters
    two = within_document([("d1", CHAINS[:2], [(M(0, 4), "x"), (M(20, 22), "x")]), ("d2", CHAINS[:2], [(M(0, 4), "x")])])
    assert two["all"]["b3"]["precision"] == pytest.approx(1.0) and two["all"]["b3"]["recall"] < 1


def test_score_document_with_chain_layers_and_report() -> None:
    gold = GoldDocument(
        id="d",
        text="x" * 40,
        lang="fr",
        source="-",
        layers=frozenset({"entities", "events", "chains", "event-details", "roles"}),
        entities=(M(0, 4, "PER"), M(10, 14, "ORG"), M(36, 39, "PRO")),
        entity_labels=frozenset({"PER", "ORG", "LOC", "PRO"}),
        events=(T,),
        chain_mentions=CHAINS,
        gold_events=(GoldEvent(T, agent=("ana",), date="2012-07-03"),),
        roles=(GoldRole("ana", "CEO", "acme"),),
    )
    system = SystemOutput(
        entities=(M(0, 4, "PER"), M(10, 14, "ORG")),
        events=(M(5, 9, "Statement", "2012-07-03"),),
        resolved_arguments=(arg(M(5, 9), "agent", 20, 22),),
        memberships=((M(0, 4), "CEO", M(10, 14)),),
    )
    s = score_document(gold, system)
    # Products are scored apart, outside the PER/ORG/LOC totals (as on MEANTIME).
    assert s["entities/strict"] == Counts(2, 2, 2) and s["entities/strict/PRO"] == Counts(0, 0, 1)
    assert s["events/typed"] == Counts(1, 1, 1) and s["details/agent"] == Counts(1, 1, 1) and s["details/date"] == Counts(1, 1, 1)
    assert s["roles/triple"] == Counts(1, 1, 1)
    result = CorpusResult("wikinews-fr", "dev", "fr", 1, 0.0, s, figures={f"coref/all/{m}": 0.5 for m in ("muc", "b3", "ceafe", "conll")})
    metrics = [r.metric for r in rows(result)]
    assert "strict PRO" in metrics and "agent accuracy" in metrics and "person, role, organisation" in metrics
    assert figure_lines(result) == ["entity coreference (all mentions): MUC F1 50.00, B3 F1 50.00, CEAF-e F1 50.00, CoNLL F1 50.00"]
    assert "CoNLL F1 50.00" in format_table([result])
    assert result.as_dict()["figures"] == {f"coref/all/{m}": 50.0 for m in ("muc", "b3", "ceafe", "conll")}


def test_corpus_is_registered_in_the_repository() -> None:
    spec = CORPORA["wikinews-fr"]
    assert spec.in_repo and spec.path(Path("/nowhere"), "dev") == GOLD


@pytest.mark.slow
def test_kg_eval_on_the_dev_split() -> None:
    result = evaluate_corpus("wikinews-fr", "dev", baseline=False)
    assert result.documents == 10 and not result.errors
    s = result.scores
    gold = [m for g in read_wikinews_gold(GOLD, "dev") for m in g.entities]
    # Products are scored on their own rows, outside the PER/ORG/LOC totals.
    assert s["entities/strict"].gold == sum(1 for m in gold if m.label != "PRO")
    assert s["entities/strict/PRO"].gold == sum(1 for m in gold if m.label == "PRO")
    assert s["entities/relaxed"].tp > 0 and s["events/relaxed"].tp > 0
    for key in ("events/typed", "details/agent", "details/date", "roles/triple", "roles/pair"):
        assert key in s
    assert 0 < result.figures["coref/all/conll"] <= 1
