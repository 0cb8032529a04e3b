"""The hand-made Wikinews FR gold of ``eval/wikinews-fr-gold`` (format: its GUIDE.md).

One JSON file per article holds the exact text (as kg's JSONL reader reads it), the publication
date, the coreference chains and their mentions (names, pronouns, nominals), the events (trigger,
kg event type, agent/patient/recipient chain ids, ISO date) and the roles (person, role,
organisation). :func:`validate` checks a file before it is scored; every problem is reported, the
first one raises E604.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.errors import Errors, KGError
from kg.evaluation.gold import ChainMention, GoldDocument, GoldEvent, GoldRole, Mention
from kg.types import PartialDate

ENTITY_TYPES: frozenset[str] = frozenset({"PER", "ORG", "LOC", "PRODUCT"})
_LABELS: dict[str, str] = {"PRODUCT": "PRO"}
KINDS: frozenset[str] = frozenset({"name", "pronoun", "nominal"})
ARGUMENT_ROLES: tuple[str, ...] = ("agent", "patient", "recipient")
SPLITS_FILE = "splits.tsv"
# dev2 to dev5 (ten articles each), dev6, dev7 and dev8 (eight each), dev9 (five), dev10 (ten): annotated before any system run
# (README.md of the gold folder).
GOLD_SPLITS: tuple[str, ...] = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "test")
# An ISO date of year, month or day granularity: the gold never states a time of day.
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _span_problems(text: str, item: object, where: str) -> list[str]:
    if not isinstance(item, Mapping):
        return [f"{where}: not an object"]
    start, end, value = item.get("start"), item.get("end"), item.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"{where}: bad offsets {start!r}..{end!r}"]
    if text[start:end] != value:
        return [f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {value!r}"]
    return []


def _items(record: Mapping[str, object], key: str) -> list[dict[str, Any]]:
    """The objects of the list ``record[key]`` (anything else in it is left to the checks to flag)."""
    value = record.get(key)
    return [item if isinstance(item, dict) else {} for item in value] if isinstance(value, list) else []


def validate(record: Mapping[str, object], *, event_types: frozenset[str] | None = None) -> list[str]:
    """Every problem of one gold record: spans whose text is not ``text[start:end]``, unknown
    chains, types, kinds, splits or event types (when ``event_types`` is given), malformed dates."""
    problems: list[str] = []
    doc = str(record.get("id", "?"))
    text = record.get("text")
    if not isinstance(text, str) or not text:
        return [f"{doc}: no text"]
    if record.get("split") not in GOLD_SPLITS:
        problems.append(
            f"{doc}: split {record.get('split')!r} is not dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10 or test"
        )
    date = record.get("date")
    if not isinstance(date, str) or not _ISO_DATE.match(date):
        problems.append(f"{doc}: publication date {date!r} is not an ISO date")
    chains: dict[str, str] = {}
    for chain in _items(record, "chains"):
        cid, ctype = chain.get("id"), chain.get("type")
        if not isinstance(cid, str) or not cid:
            # A list or an object as an id would not even be looked up: reported, not raised.
            problems.append(f"{doc}: chain id {cid!r} is not a string")
            continue
        if not isinstance(ctype, str) or ctype not in ENTITY_TYPES:
            problems.append(f"{doc}: chain {cid} has type {ctype!r}")
        if cid in chains:
            problems.append(f"{doc}: chain {cid} is declared twice")
        chains[str(cid)] = str(ctype)
    named: set[str] = set()
    for i, mention in enumerate(_items(record, "mentions")):
        where = f"{doc} mention {i}"
        problems += _span_problems(text, mention, where)
        if not _known(mention.get("chain"), chains):
            problems.append(f"{where}: unknown chain {mention.get('chain')!r}")
        if not isinstance(mention.get("kind"), str) or mention.get("kind") not in KINDS:
            problems.append(f"{where}: kind {mention.get('kind')!r}")
        if mention.get("kind") == "name":
            named.add(str(mention.get("chain")))
    for cid in chains:
        if cid not in named:
            problems.append(f"{doc}: chain {cid} has no name mention")
    for i, event in enumerate(_items(record, "events")):
        where = f"{doc} event {i}"
        problems += _span_problems(text, event.get("trigger"), where)
        if event_types is not None and not (isinstance(event.get("type"), str) and event.get("type") in event_types):
            problems.append(f"{where}: unknown event type {event.get('type')!r}")
        for role in ARGUMENT_ROLES:
            ids = event.get(role) or []
            if not isinstance(ids, list):
                problems.append(f"{where}: {role} {ids!r} is not a list of chain ids")
                continue
            for cid in ids:
                if not _known(cid, chains):
                    problems.append(f"{where}: {role} {cid!r} is no chain")
        value = event.get("date")
        if value is not None and not (isinstance(value, str) and _ISO_DATE.match(value)):
            problems.append(f"{where}: date {value!r} is not an ISO date")
    for i, item in enumerate(_items(record, "roles")):
        where = f"{doc} role {i}"
        problems += _span_problems(text, item.get("evidence"), where)
        if chains.get(str(item.get("person"))) != "PER":
            problems.append(f"{where}: person {item.get('person')!r} is no PER chain")
        org = item.get("organisation")
        if org is not None and not _known(org, chains):
            problems.append(f"{where}: organisation {org!r} is no chain")
        if not isinstance(item.get("role"), str) or not item.get("role"):
            problems.append(f"{where}: no role concept")
    return problems


def _known(value: object, chains: Mapping[str, str]) -> bool:
    """Whether ``value`` is the id of a declared chain (a list or an object never is)."""
    return isinstance(value, str) and value in chains


def read_record(path: Path, *, event_types: frozenset[str] | None = None) -> dict[str, object]:
    """One gold file, validated (E604 on the first problem, E601 when it is missing)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KGError(Errors.E601, path=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KGError(Errors.E604, path=str(path), detail=str(exc)) from None
    if not isinstance(record, dict):
        raise KGError(Errors.E604, path=str(path), detail="not a JSON object")
    problems = validate(record, event_types=event_types)
    if problems:
        raise KGError(Errors.E604, path=str(path), detail=f"{problems[0]} ({len(problems)} problem(s))")
    return record


def split_ids(folder: Path, split: str) -> list[str]:
    """The article ids of ``split`` listed in ``splits.tsv``, in file order."""
    path = folder / SPLITS_FILE
    if not path.exists():
        raise KGError(Errors.E601, path=str(path))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(Errors.E604, path=str(path), detail=str(exc)) from None
    ids = []
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            if len(cells) < 2:
                raise KGError(Errors.E604, path=str(path), line=number, detail="expected an article id, a tab and a split")
            doc, doc_split = cells[:2]
            if doc_split.strip() == split:
                ids.append(doc.strip())
    return ids


def _date(value: str) -> PartialDate:
    parts = [int(p) for p in value.split("-")]
    return PartialDate(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


def to_gold(record: Mapping[str, object], *, source: str) -> GoldDocument:
    """A validated record as a :class:`GoldDocument` (entities are the name mentions)."""
    text = str(record["text"])
    # The gold's PRODUCT is kg's PRO (schema:Product), so that products are scored like MEANTIME's.
    types = {str(c["id"]): _LABELS.get(str(c["type"]), str(c["type"])) for c in _items(record, "chains")}
    chain_mentions = tuple(
        ChainMention(Mention(m["start"], m["end"], types[m["chain"]], "", m["text"]), m["chain"], m["kind"])
        for m in _items(record, "mentions")
    )
    events = tuple(
        GoldEvent(
            trigger=Mention(e["trigger"]["start"], e["trigger"]["end"], e["type"], e.get("date") or "", e["trigger"]["text"]),
            agent=tuple(e.get("agent") or ()),
            patient=tuple(e.get("patient") or ()),
            recipient=tuple(e.get("recipient") or ()),
            date=e.get("date"),
        )
        for e in _items(record, "events")
    )
    roles = tuple(GoldRole(r["person"], r["role"], r.get("organisation")) for r in _items(record, "roles"))
    return GoldDocument(
        id=str(record["id"]),
        text=text,
        lang="fr",
        source=source,
        dct=_date(str(record["date"])),
        layers=frozenset({"entities", "events", "chains", "event-details", "roles"}),
        entity_labels=frozenset({"PER", "ORG", "LOC", "PRO"}),
        entities=tuple(sorted(c.mention for c in chain_mentions if c.kind == "name")),
        events=tuple(e.trigger for e in events),
        chain_mentions=chain_mentions,
        gold_events=events,
        roles=roles,
        bare_names=True,
    )


def read_wikinews_gold(folder: Path, split: str, *, event_types: frozenset[str] | None = None) -> Iterator[GoldDocument]:
    """The gold documents of ``split`` (ids from ``splits.tsv``), each validated."""
    for doc in split_ids(folder, split):
        path = folder / f"{doc}.json"
        yield to_gold(read_record(path, event_types=event_types), source=str(path))
