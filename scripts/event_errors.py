"""Dump the event-trigger and argument errors of ``kg eval`` on one corpus split, for error analysis.

Usage: ``python scripts/event_errors.py meantime dev [--limit N] [--out FILE]``.

For a gold with chains and event details (Wikinews FR), the arguments are scored as ``kg eval``
does: ``chain-ok``, ``chain-none`` (the matched system event has no argument of the role) or
``chain-wrong`` (its argument overlaps no mention of the gold chains); dates ``date-ok``,
``date-none`` or ``date-wrong``; memberships ``role-missed`` and ``role-spurious``.

Times: every matched gold event whose day the system misses (``time-missing``) or gets wrong
(``time-wrong``). Triggers: every gold event the system misses (``missed-trigger``) and every system event no gold
event overlaps (``spurious-trigger``), with counts per lower-cased word. Arguments (agent and
patient): every gold argument is ``ok``, ``no-trigger`` (no system event overlaps its trigger),
``no-arg`` (the system event has no argument of that role), ``wrong-arg`` (it has one that does
not overlap the gold argument) or ``swapped`` (the gold argument is the system's other role);
every unmatched system argument is ``spurious-arg``. Tune on dev only: test errors must not be
looked at before a round is over.
"""

from __future__ import annotations

from collections import Counter

from _dump import analysed, context, emit, parse_args

from kg.evaluation.gold import Argument, GoldDocument, Mention
from kg.evaluation.runner import SystemOutput, system_output
from kg.evaluation.scoring import ARGUMENT_ROLES, chain_of, match, match_arguments


def classify_details(gold: GoldDocument, system: SystemOutput) -> list[tuple[str, str, str]]:
    """Argument, date and membership errors against a gold of chains (the Wikinews FR gold)."""
    out: list[tuple[str, str, str]] = []
    triggers = [e.trigger for e in gold.gold_events]
    args: dict[tuple[int, int, str], Mention] = {}
    for a in system.resolved_arguments:
        args.setdefault((a.trigger.start, a.trigger.end, a.role), a.argument)
    for gi, si in match(triggers, list(system.events), mode="relaxed"):
        g, s = gold.gold_events[gi], system.events[si]
        where = context(gold.text, g.trigger)
        for role in ARGUMENT_ROLES:
            chains = getattr(g, role)
            if not chains:
                continue
            arg = args.get((s.start, s.end, role))
            if arg is None:
                out.append((f"chain-none {role}", g.trigger.text.lower(), f"gold={','.join(chains)}\t{where}"))
                continue
            got = chain_of(arg, gold.chain_mentions)
            cls = "ok" if got in chains else "chain-wrong"
            out.append((f"{cls} {role}", g.trigger.text.lower(), f"gold={','.join(chains)} sys={arg.text!r} ({got})\t{where}"))
        if g.date:
            day = (s.value or "").split("T", 1)[0]
            cls = "ok date" if day == g.date else ("date-wrong" if day else "date-none")
            out.append((cls, g.trigger.text.lower(), f"gold={g.date} sys={s.value or '-'}\t{where}"))
    gold_roles = {(r.person, r.role, r.organisation) for r in gold.roles}
    system_roles = {
        (chain_of(p, gold.chain_mentions) or f"?{p.text}", role, (chain_of(o, gold.chain_mentions) or f"?{o.text}") if o else None)
        for p, role, o in system.memberships
    }
    for triple in sorted(gold_roles - system_roles, key=str):
        out.append(("role-missed", triple[1], str(triple)))
    for triple in sorted(system_roles - gold_roles, key=str):
        out.append(("role-spurious", triple[1], str(triple)))
    return out


def classify(gold: GoldDocument, system: SystemOutput) -> list[tuple[str, str, str]]:
    """(class, key word, detail line) for every error in the scored range."""
    lo, hi = gold.scored_range
    g_ev = [m for m in gold.events if lo <= m.start < hi]
    s_ev = [m for m in system.events if lo <= m.start < hi]
    out: list[tuple[str, str, str]] = []
    pairs = match(g_ev, s_ev, mode="relaxed")
    g_hit = {gi for gi, _ in pairs}
    s_hit = {si for _, si in pairs}
    for gi, m in enumerate(g_ev):
        if gi not in g_hit:
            out.append(("missed-trigger", m.text.lower(), context(gold.text, m)))
    for si, m in enumerate(s_ev):
        if si not in s_hit:
            out.append(("spurious-trigger", m.text.lower(), context(gold.text, m)))
    for gi, si in pairs:
        g, s = g_ev[gi].value, s_ev[si].value
        if g and g.split("T", 1)[0] != s.split("T", 1)[0]:
            cls = "time-wrong" if s else "time-missing"
            out.append((cls, g_ev[gi].text.lower(), f"gold={g} sys={s or '-'}\t{context(gold.text, g_ev[gi])}"))
    g_args = [a for a in gold.arguments if lo <= a.trigger.start < hi]
    s_args = [a for a in system.arguments if lo <= a.trigger.start < hi]
    for role in ("agent", "patient"):
        g = [a for a in g_args if a.role == role]
        s = [a for a in s_args if a.role == role]
        ok = match_arguments(g, s)
        g_ok = {gi for gi, _ in ok}
        s_ok = {si for _, si in ok}
        for gi, a in enumerate(g):
            if gi in g_ok:
                out.append((f"ok {role}", a.trigger.text.lower(), ""))
                continue
            out.append(_arg_error(gold, a, s_ev, s_args))
        for si, a in enumerate(s):
            if si not in s_ok:
                out.append((f"spurious-arg {role}", a.trigger.text.lower(), _line(gold, a, "sys")))
    return out


def _line(gold: GoldDocument, a: Argument, who: str, extra: str = "") -> str:
    return f"{who} {a.trigger.text!r} -{a.role}-> {a.argument.text!r}{extra}\t{context(gold.text, a.trigger)}"


def _arg_error(gold: GoldDocument, a: Argument, s_ev: list[Mention], s_args: list[Argument]) -> tuple[str, str, str]:
    key = a.trigger.text.lower()
    if not any(e.overlaps(a.trigger) for e in s_ev):
        return (f"no-trigger {a.role}", key, _line(gold, a, "gold"))
    mine = [s for s in s_args if s.trigger.overlaps(a.trigger)]
    same = [s for s in mine if s.role == a.role]
    other = [s for s in mine if s.role != a.role and s.argument.overlaps(a.argument)]
    if other:
        return (f"swapped {a.role}", key, _line(gold, a, "gold"))
    if same:
        return (f"wrong-arg {a.role}", key, _line(gold, a, "gold", f" sys={same[0].argument.text!r}"))
    return (f"no-arg {a.role}", key, _line(gold, a, "gold"))


def main(argv: list[str] | None = None) -> int:
    """Run the pipeline on a split and print the error classes."""
    args = parse_args(__doc__, argv)
    counts: Counter[str] = Counter()
    words: dict[str, Counter[str]] = {}
    lines: list[str] = []
    for gold, result in analysed(args, lines):
        system = system_output(result)
        found = classify(gold, system)
        if gold.gold_events:
            found = [f for f in found if f[0].split()[0] not in ("ok", "no-trigger", "no-arg", "wrong-arg", "swapped", "spurious-arg")]
            found += classify_details(gold, system)
        for cls, key, detail in found:
            counts[cls] += 1
            words.setdefault(cls, Counter())[key] += 1
            if not cls.startswith("ok"):
                lines.append(f"{cls}\t{gold.id}\t{detail}")
    report = [f"{n:5d}  {cls}" for cls, n in sorted(counts.items())]
    for cls in sorted(words):
        if cls.startswith(("missed", "spurious", "no-trigger", "time-")):
            report.append(f"{cls}: " + ", ".join(f"{w}={n}" for w, n in words[cls].most_common(60)))
    emit(report, lines, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
