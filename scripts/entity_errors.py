"""Dump the entity errors of ``kg eval`` on one corpus split, by class, for error analysis.

Usage: ``python scripts/entity_errors.py meantime dev [--limit N] [--out FILE]``.

Each gold and system mention (PER/ORG/LOC, and PRO and FIN where the gold has products and
financial entities) is put in one class: ``ok``, ``type`` (same span, other label), ``boundary``
(overlap, same label), ``boundary+type``, ``missed`` (no overlapping system mention) or
``spurious`` (no overlapping gold mention; when the gold annotates an entity of a type that is not
scored there, the type is given: ``spurious[PRO]``). Counts per class come first, then every error with its sentence. Tune on dev
only: the script refuses a test split.
"""

from __future__ import annotations

from collections import Counter

from _dump import analysed, context, emit, parse_args

from kg.evaluation.gold import GoldDocument, Mention
from kg.evaluation.runner import system_output

SCORED = ("PER", "ORG", "LOC", "PRO", "FIN")



def classify(gold: GoldDocument, system: tuple[Mention, ...]) -> list[tuple[str, Mention | None, Mention | None]]:
    """(class, gold mention, system mention) for every mention in the scored range."""
    lo, hi = gold.scored_range
    g = [m for m in gold.entities if lo <= m.start < hi and m.label in SCORED]
    others = [m for m in gold.entities if lo <= m.start < hi and m.label not in SCORED]
    s = [m for m in system if lo <= m.start < hi]
    out: list[tuple[str, Mention | None, Mention | None]] = []
    used: set[int] = set()
    for gm in g:
        exact = [i for i, sm in enumerate(s) if (sm.start, sm.end) == (gm.start, gm.end)]
        over = [i for i, sm in enumerate(s) if sm.overlaps(gm)]
        if exact:
            i = exact[0]
            out.append(("ok" if s[i].label == gm.label else f"type {gm.label}->{s[i].label}", gm, s[i]))
            used.add(i)
        elif over:
            i = over[0]
            out.append(("boundary" if s[i].label == gm.label else f"boundary+type {gm.label}->{s[i].label}", gm, s[i]))
            used.update(over)
        else:
            out.append((f"missed {gm.label}", gm, None))
    for i, sm in enumerate(s):
        if i in used:
            continue
        other = next((o for o in others if o.overlaps(sm)), None)
        out.append((f"spurious {sm.label}" + (f"[{other.label}]" if other else ""), None, sm))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the pipeline on a split and print the error classes."""
    args = parse_args(__doc__, argv)
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for gold, result in analysed(args, lines):
        system = system_output(result, maximal_extents=gold.maximal_extents, bare_names=gold.bare_names).entities
        for cls, gm, sm in classify(gold, system):
            counts[cls.split("[")[0] if cls.startswith("spurious") and "[" not in cls else cls] += 1
            if cls == "ok":
                continue
            m = gm or sm
            assert m is not None
            sys_part = f" sys={sm.text!r}/{sm.label}" if sm is not None and gm is not None else ""
            lines.append(f"{cls}\t{gold.id}\t{m.text!r}{sys_part}\t{context(gold.text, m)}")
    report = [f"{n:5d}  {cls}" for cls, n in counts.most_common()]
    emit(report, lines, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
