"""Dump the temporal-expression errors of ``kg eval`` on one corpus split, by class.

Usage: ``python scripts/timex_errors.py fr-timebank dev [--limit N] [--out FILE]``.

Each gold and system TIMEX3 in the scored range is put in one class: ``ok``, ``value`` (same
extent, other value), ``extent`` (overlap, other extent, same value), ``extent+value``, ``missed``
(no overlapping system timex) or ``spurious`` (no overlapping gold timex), each suffixed with the
gold (or system) type. Counts per class come first, then every error with its sentence. Tune on
dev only: test errors must not be looked at before a round is over.
"""

from __future__ import annotations

from collections import Counter

from _dump import analysed, context, emit, parse_args

from kg.evaluation.gold import GoldDocument, Mention
from kg.evaluation.runner import system_output


def classify(gold: GoldDocument, system: tuple[Mention, ...]) -> list[tuple[str, Mention | None, Mention | None]]:
    """(class, gold timex, system timex) for every timex in the scored range."""
    lo, hi = gold.scored_range
    g = [m for m in gold.timexes if lo <= m.start < hi]
    s = [m for m in system if lo <= m.start < hi and not any(m.overlaps(i) for i in gold.ignored_timexes)]
    out: list[tuple[str, Mention | None, Mention | None]] = []
    used: set[int] = set()
    for gm in g:
        over = [i for i, sm in enumerate(s) if sm.overlaps(gm) and i not in used]
        if not over:
            out.append((f"missed {gm.label}", gm, None))
            continue
        i = over[0]
        used.add(i)
        same_span = (s[i].start, s[i].end) == (gm.start, gm.end)
        same_value = s[i].value == gm.value
        cls = "ok" if same_span and same_value else "value" if same_span else "extent" if same_value else "extent+value"
        out.append((cls if cls == "ok" else f"{cls} {gm.label}", gm, s[i]))
    out.extend((f"spurious {sm.label}", None, sm) for i, sm in enumerate(s) if i not in used)
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the pipeline on a split and print the error classes."""
    args = parse_args(__doc__, argv)
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for gold, result in analysed(args, lines):
        system = system_output(result, maximal_extents=gold.maximal_extents, bare_names=gold.bare_names).timexes
        for cls, gm, sm in classify(gold, system):
            counts[cls] += 1
            if cls == "ok":
                continue
            m = gm or sm
            assert m is not None
            gold_part = f"{gm.text!r}={gm.value}" if gm is not None else "-"
            sys_part = f"{sm.text!r}={sm.value}" if sm is not None else "-"
            lines.append(f"{cls}\t{gold.id}\tgold {gold_part}\tsys {sys_part}\t{context(gold.text, m, 60)}")
    report = [f"{n:5d}  {cls}" for cls, n in counts.most_common()]
    emit(report, lines, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
