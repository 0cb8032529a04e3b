"""Dump the within-document entity coreference errors of MEANTIME (dev only), by class.

Usage: ``python scripts/coref_errors.py [--split dev] [--limit N] [--out FILE]``.

Gold mentions are every entity mention of the annotated sentences (names, descriptions, pronouns),
system mentions our names, their chains' references and the chains of unnamed entities, matched as
``kg eval meantime --coref`` matches them (relaxed, one to one). Unmatched gold mentions are
counted by syntactic type and by their last word (a rough head), unmatched system mentions by kind
and last word; matched mentions in a system cluster whose gold cluster differs are listed as
``wrong chain``. Every error follows with its context. Tune on dev only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.evaluation.coref import _WithinDocument, meantime_paths, read_instances
from kg.evaluation.gold import Mention, to_document
from kg.evaluation.runner import default_corpora, resolve_corpora
from kg.evaluation.scoring import match


def _context(text: str, m: Mention, width: int = 60) -> str:
    left = text[max(0, m.start - width) : m.start].replace("\n", " ")
    right = text[m.end : m.end + width].replace("\n", " ")
    return f"{left}[[{text[m.start : m.end]}]]{right}"


def _head(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


_DETERMINERS = frozenset("the a an this that these those its his her their our my your some any all each every another".split())


def _shape(phrase: str) -> str:
    """A rough shape of a noun phrase: what it starts with and how many words it has."""
    words = phrase.split()
    first = words[0].lower() if words else ""
    if first in _DETERMINERS:
        start = "the" if first == "the" else ("a" if first in ("a", "an") else "det")
    elif first[:1].isdigit():
        start = "number"
    elif words and words[0][:1].isupper():
        start = "capital"
    else:
        start = "bare"
    return f"{start}{len(words) if len(words) < 3 else '3+'}"


def main(argv: list[str] | None = None) -> int:
    from kg.analyse.pipeline import analyse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", choices=("dev",))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    (spec,) = resolve_corpora("meantime")
    paths = meantime_paths(spec.path(default_corpora(), args.split))[: args.limit]
    instances = [read_instances(p) for p in paths]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    lines: list[str] = []
    results = analyse(to_document(i.document) for i in instances)
    scorer = _WithinDocument()
    for inst, analysis in zip(instances, results):
        if isinstance(analysis, Exception):
            continue
        scorer.add(inst, analysis)
        gold = inst.document
        lo, hi = gold.scored_range
        text = gold.text
        gold_ms = sorted(Mention(a, b) for (a, b) in inst.entity_local if lo <= a < hi)
        system: list[tuple[Mention, str, str]] = []
        for entity in analysis.entities:
            system += [(Mention(m.start, m.end), entity.key, "name") for m in entity.mentions]
            system += [(Mention(r.start, r.end), entity.key, r.kind) for r in entity.references]
        for chain in analysis.unnamed:
            system += [(Mention(r.start, r.end), chain.key, f"unnamed {r.kind}") for r in chain.mentions]
        system = sorted((s for s in system if lo <= s[0].start < hi), key=lambda s: (s[0].start, s[0].end))
        pairs = match(gold_ms, [s[0] for s in system], mode="relaxed")
        g_of = {si: gi for gi, si in pairs}
        matched_gold = {gi for gi, _ in pairs}
        for gi, g in enumerate(gold_ms):
            if gi in matched_gold:
                continue
            cluster, syn = inst.entity_local[(g.start, g.end)]
            size = sum(1 for v in inst.entity_local.values() if v[0] == cluster)
            inside = any(s[0].start < g.end and g.start < s[0].end for s in system)
            cls = f"{syn or '-'}{'/overlapped' if inside else ''}"
            counts["missed by overlap"]["overlapped by a system mention" if inside else "no system mention"] += 1
            counts["missed by type"][cls] += 1
            counts["missed by head"][_head(text[g.start : g.end])] += 1
            counts["missed by chain size"]["singleton" if size == 1 else "chain"] += 1
            lines.append(f"MISSED {cls:7} {gold.id} c={cluster} n={size} | {_context(text, g)}")
        # Gold cluster of each system cluster (majority of its matched mentions).
        by_key: dict[str, Counter[str]] = defaultdict(Counter)
        for si, (_m, key, _kind) in enumerate(system):
            if si in g_of:
                by_key[key][inst.entity_local[(gold_ms[g_of[si]].start, gold_ms[g_of[si]].end)][0]] += 1
        sizes = Counter(key for _m, key, _kind in system)
        for si, (m, key, kind) in enumerate(system):
            if kind == "unnamed nominal":
                shape = _shape(text[m.start : m.end]) + ("/lone" if sizes[key] == 1 else "/chain")
                counts["unnamed nominal shape: matched"][shape] += si in g_of
                counts["unnamed nominal shape: spurious"][shape] += si not in g_of
                if shape == "bare1/lone":
                    counts["bare1/lone " + ("matched" if si in g_of else "spurious")][text[m.start : m.end]] += 1
            if si not in g_of:
                counts["spurious by kind"][kind] += 1
                counts["spurious by head"][_head(text[m.start : m.end])] += 1
                lines.append(f"SPURIOUS {kind:18} {gold.id} | {_context(text, m)}")
                continue
            gc = inst.entity_local[(gold_ms[g_of[si]].start, gold_ms[g_of[si]].end)][0]
            major = by_key[key].most_common(1)[0][0]
            if gc != major:
                counts["wrong chain by kind"][kind] += 1
                lines.append(f"WRONG {kind:18} {gold.id} gold={gc} sys-majority={major} | {_context(text, m)}")
        # Gold chains whose matched mentions lie in several system chains: each piece but the
        # largest is listed as ``split`` with what it holds (the linking left undone).
        pieces: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for si, (_m, key, _kind) in enumerate(system):
            if si in g_of:
                gc = inst.entity_local[(gold_ms[g_of[si]].start, gold_ms[g_of[si]].end)][0]
                pieces[gc][key].append(si)
        for gc, by_sys in pieces.items():
            if len(by_sys) < 2:
                continue
            ranked = sorted(by_sys.values(), key=lambda v: (-len(v), v[0]))
            main_text = " / ".join(text[system[si][0].start : system[si][0].end] for si in ranked[0][:3])
            main_kinds = {system[si][2] for si in ranked[0]}
            has_name = "name" in main_kinds
            for piece in ranked[1:]:
                kinds = "+".join(sorted({system[si][2] for si in piece}))
                cls = f"{kinds} -> {'named' if has_name else 'unnamed'} chain"
                counts["split by kind"][cls] += 1
                counts["split mentions by head"][_head(text[system[piece[0]][0].start : system[piece[0]][0].end])] += len(piece)
                for si in piece:
                    lines.append(f"SPLIT {cls:40} {gold.id} c={gc} main='{main_text}' | {_context(text, system[si][0])}")
    out = []
    for setting, table in scorer.scores().items():
        if setting != "mentions":
            out.append(f"{setting}: CoNLL F1 {100 * table['conll']['f1']:.2f}")  # type: ignore[index]
    for name, c in counts.items():
        out.append(f"== {name} ({sum(c.values())})")
        out.append(", ".join(f"{k} {v}" for k, v in c.most_common(60)))
    out.append("")
    out.extend(sorted(lines))
    report = "\n".join(out) + "\n"
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
