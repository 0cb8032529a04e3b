"""Build the Wikinews FR gold files (eval/wikinews-fr-gold/*.json) from the hand-written notes.

The annotator writes one ``src/<id>.ann`` file per article (format in eval/wikinews-fr-gold/GUIDE.md,
section "Notes format"); this script finds each noted span in the article text, as the jsonl reader
of kg reads it, and writes the JSON gold with character offsets. It never runs the kg pipeline, so
the gold stays independent of the system.

Usage: python scripts/wikinews_gold.py [--corpus PATH] [--check]
``--check`` rebuilds in memory and fails when a committed JSON file differs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "wikinews-fr-gold"
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-fr" / "wikinews-fr-100.jsonl"
KINDS = {"m": "name", "p": "pronoun", "n": "nominal"}
TYPES = ("PER", "ORG", "LOC", "PRODUCT")


class NoteError(ValueError):
    """A note line that cannot be placed in the text."""


def _find(text: str, snippet: str, cursor: int, *, where: str) -> tuple[int, int]:
    """The span of ``snippet`` (``[...]`` marks the span inside context) at or after ``cursor``."""
    if "[" in snippet:
        left, rest = snippet.split("[", 1)
        inner, right = rest.split("]", 1)
    else:
        left, inner, right = "", snippet, ""
    whole = left + inner + right
    pattern = re.compile(r"(?<!\w)" + re.escape(whole) + r"(?!\w)")
    found = pattern.search(text, cursor)
    if found is None:
        raise NoteError(f"{where}: {snippet!r} not found after offset {cursor}")
    start = found.start() + len(left)
    return start, start + len(inner)


def _span(text: str, start: int, end: int) -> dict[str, object]:
    return {"start": start, "end": end, "text": text[start:end]}


def build(record: dict[str, object], notes: str, *, split: str) -> dict[str, object]:
    """The gold dictionary of one article from its notes."""
    text = str(record["text"])
    doc = str(record["id"])
    chains: dict[str, dict[str, object]] = {}
    mentions: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    roles: list[dict[str, object]] = []
    cursors = {"mention": 0, "event": 0, "role": 0}
    for number, raw in enumerate(notes.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{doc}.ann:{number}"
        head, _, rest = line.partition(" ")
        if head in KINDS:
            chain, _, snippet = rest.partition(" ")
            if "/" in chain:
                chain, kind_type = chain.split("/", 1)
                if kind_type not in TYPES:
                    raise NoteError(f"{where}: unknown type {kind_type}")
                if chain in chains and chains[chain]["type"] != kind_type:
                    raise NoteError(f"{where}: chain {chain} typed twice")
                chains.setdefault(chain, {"id": chain, "type": kind_type, "name": None})
            if chain not in chains:
                raise NoteError(f"{where}: chain {chain} used before its type is given")
            start, end = _find(text, snippet, cursors["mention"], where=where)
            cursors["mention"] = start + 1
            mentions.append({**_span(text, start, end), "chain": chain, "kind": KINDS[head]})
            if head == "m" and chains[chain]["name"] is None:
                chains[chain]["name"] = text[start:end]
        elif head == "ev":
            trigger_part, _, args_part = rest.partition("|")
            etype, _, snippet = trigger_part.strip().partition(" ")
            start, end = _find(text, snippet.strip(), cursors["event"], where=where)
            cursors["event"] = start + 1
            event: dict[str, object] = {"trigger": _span(text, start, end), "type": etype,
                                        "agent": [], "patient": [], "recipient": [], "date": None}
            for item in args_part.split():
                key, _, value = item.partition("=")
                if key == "date":
                    event["date"] = value
                elif key in ("agent", "patient", "recipient"):
                    event[key] = value.split(",")
                else:
                    raise NoteError(f"{where}: unknown argument {key}")
            events.append(event)
        elif head == "role":
            person, role, org, snippet = rest.split(" ", 3)
            start, end = _find(text, snippet, cursors["role"], where=where)
            cursors["role"] = start + 1
            roles.append({"person": person, "role": role, "organisation": None if org == "-" else org,
                          "evidence": _span(text, start, end)})
        else:
            raise NoteError(f"{where}: unknown line kind {head!r}")
    used = {c for e in events for k in ("agent", "patient", "recipient") for c in e[k]}  # type: ignore[union-attr]
    used |= {r["person"] for r in roles} | {r["organisation"] for r in roles if r["organisation"]}
    for chain in used:
        if chain not in chains:
            raise NoteError(f"{doc}: argument chain {chain} has no mention")
    title = str(record["title"])
    return {
        "id": doc,
        "title": title,
        "url": "https://fr.wikinews.org/wiki/" + title.replace(" ", "_"),
        "date": record["date"],
        "licence": "CC BY 2.5",
        "attribution": "Wikinews contributors",
        "split": split,
        "text": text,
        "chains": list(chains.values()),
        "mentions": mentions,
        "events": events,
        "roles": roles,
    }


def splits() -> dict[str, str]:
    """Article id -> split, from eval/wikinews-fr-gold/splits.tsv."""
    result = {}
    for line in (GOLD / "splits.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc, split = line.split("\t")[:2]
            result[doc] = split
    return result


def main(argv: list[str] | None = None) -> int:
    """Build (or check) every gold file that has notes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    records = {str(r["id"]): r for r in map(json.loads, args.corpus.read_text(encoding="utf-8").splitlines())}
    status = 0
    for doc, split in splits().items():
        notes = GOLD / "src" / f"{doc}.ann"
        if not notes.exists():
            print(f"{doc}: no notes yet", file=sys.stderr)
            continue
        gold = build(records[doc], notes.read_text(encoding="utf-8"), split=split)
        out = GOLD / f"{doc}.json"
        rendered = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != rendered:
                print(f"{doc}: {out.name} is not what the notes give", file=sys.stderr)
                status = 1
        else:
            out.write_text(rendered, encoding="utf-8")
            print(f"{doc}: {len(gold['mentions'])} mentions, {len(gold['events'])} events, {len(gold['roles'])} roles")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
