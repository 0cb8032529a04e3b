"""One long document against the same text as separate articles: time and peak memory of ``kg build``.

    python bench/long.py                          # about 300,000 characters, best of 2 (a few minutes)
    python bench/long.py --chars 1900000          # the issue-18 goal: 1.9 MB, just under --max-chars
    python bench/long.py --chars 600000 --repeat 3 --compare

The articles of the Wikinews FR sample (``text`` field; repeated as often as needed) are joined,
separated by blank lines, into one JSONL record of at most ``--chars`` characters (``long`` side);
the ``split`` side is a JSONL file of the same articles, one record each, in the same order. Both
records say ``lang: fr`` (``--lang``) and give no date, so the two sides read exactly the same text. Each build
is a fresh ``kg build FILE --no-html --no-answers -f nquads`` process (``--full``: every output);
its wall time is measured around it and its peak RSS read from ``wait4`` when it exits. The sides
alternate (long, split, split, long, ...) and the best of ``--repeat`` runs of each is reported.
The issue-18 goal: ``time ratio`` (long / split) at most 1.3 and the long side's peak at most 1.5 GB.

``--compare`` then analyses both sides in this process (no graph) and compares the sets of
(label, type) of the entities and of (type, trigger text) of the events. The last line of the
output is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from throughput import sample_path  # noqa: E402


def articles(sample: Path) -> list[str]:
    """The non-empty ``text`` of every record of the sample, stripped."""
    texts = []
    for line in sample.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = str(json.loads(line).get("text") or "").strip()
            if text:
                texts.append(text)
    if not texts:
        raise SystemExit(f"no article text in {sample}")
    return texts


def pick(texts: Sequence[str], chars: int) -> list[str]:
    """The articles, cycled, as many as fit in ``chars`` characters joined by blank lines."""
    chosen: list[str] = []
    size = 0
    k = 0
    while True:
        text = texts[k % len(texts)]
        extra = len(text) + (2 if chosen else 0)
        if size + extra > chars:
            break
        chosen.append(text)
        size += extra
        k += 1
    if not chosen:
        raise SystemExit(f"--chars {chars} is shorter than the first article ({len(texts[0])} characters)")
    return chosen


def write_sides(chosen: Sequence[str], folder: Path, lang: str = "fr") -> tuple[Path, Path]:
    """``long.jsonl`` (one record, the articles joined by blank lines) and ``split.jsonl`` (one each),
    every record in ``lang``."""
    long_path, split_path = folder / "long.jsonl", folder / "split.jsonl"
    record = {"id": "long", "lang": lang, "text": "\n\n".join(chosen)}
    long_path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(split_path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(chosen):
            handle.write(json.dumps({"id": f"a{i}", "lang": lang, "text": text}, ensure_ascii=False) + "\n")
    return long_path, split_path


def run(command: list[str]) -> tuple[float, float]:
    """Run ``command`` in a fresh process; its wall time in seconds and peak RSS in MB."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out_file, stderr=err_file, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        out, errors = out_file.read().decode(), err_file.read().decode()
    if code != 0:
        raise SystemExit(f"{' '.join(command)} failed ({code}):\n{out}\n{errors[-3000:]}")
    summary = next((line for line in out.splitlines() if line.startswith("built ")), "")
    print(f"    {summary}", flush=True)
    return seconds, usage.ru_maxrss / 1024


def compare(long_path: Path, split_path: Path) -> dict[str, object]:
    """Entities (label, type) and events (type, trigger text) of both sides, and their differences."""
    from kg.analyse.pipeline import analyse
    from kg.errors import KGError
    from kg.ingest.readers import read_jsonl

    def sets(path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        entities: set[tuple[str, str]] = set()
        events: set[tuple[str, str]] = set()
        documents = (d for d in read_jsonl(path, display=str(path), max_chars=10**9) if not isinstance(d, KGError))
        for analysis in analyse(documents):
            if isinstance(analysis, KGError):
                raise SystemExit(str(analysis))
            entities |= {(e.label, e.type) for e in analysis.entities}
            events |= {(e.type, e.trigger.text) for e in analysis.events}
        return entities, events

    long_entities, long_events = sets(long_path)
    split_entities, split_events = sets(split_path)
    return {
        "entities": {"long": len(long_entities), "split": len(split_entities), "common": len(long_entities & split_entities),
                     "only_long": sorted(long_entities - split_entities), "only_split": sorted(split_entities - long_entities)},
        "events": {"long": len(long_events), "split": len(split_events), "common": len(long_events & split_events),
                   "only_long": sorted(long_events - split_events), "only_split": sorted(split_events - long_events)},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=300_000, help="size of the long document in characters (default 300000)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side; the best is reported (default 2)")
    parser.add_argument("--full", action="store_true", help="write every output (page, answers, trig), not only N-Quads")
    parser.add_argument("--compare", action="store_true", help="also compare the entities and events of both sides")
    parser.add_argument("--sample", help="a JSONL file whose 'text' fields are the articles (default: the Wikinews FR sample)")
    parser.add_argument("--lang", default="fr", help="language of both sides' records (default fr; en with an English --sample)")
    args = parser.parse_args(argv)
    chosen = pick(articles(sample_path(args.sample)), args.chars)
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-long-") as tmp:
        folder = Path(tmp)
        long_path, split_path = write_sides(chosen, folder, args.lang)
        size = len(json.loads(long_path.read_text(encoding="utf-8"))["text"])
        print(f"{len(chosen)} articles, {size} characters", flush=True)
        outputs = [] if args.full else ["--no-html", "--no-answers", "-f", "nquads"]
        # Never refused for its size, whatever --chars.
        limit = ["--max-chars", str(max(size, 2_000_000))]
        runs: dict[str, list[tuple[float, float]]] = {"long": [], "split": []}
        for r in range(args.repeat):
            for side in ("long", "split") if r % 2 == 0 else ("split", "long"):
                path = long_path if side == "long" else split_path
                command = [sys.executable, "-m", "kg.cli", "build", str(path), "--out", str(folder / f"out-{side}"), *limit, *outputs]
                print(f"  {side} run {r + 1}", flush=True)
                seconds, peak = run(command)
                runs[side].append((seconds, peak))
                print(f"    {seconds:.1f} s, peak {peak:.0f} MB", flush=True)
        best = {side: (min(s for s, _ in values), min(p for _, p in values)) for side, values in runs.items()}
        ratio = best["long"][0] / best["split"][0]
        figures = {
            "articles": len(chosen), "chars": size, "repeat": args.repeat, "full": args.full,
            "long_seconds": round(best["long"][0], 2), "split_seconds": round(best["split"][0], 2),
            "long_peak_mb": round(best["long"][1]), "split_peak_mb": round(best["split"][1]),
            "time_ratio": round(ratio, 3), "runs": runs,
        }
        print(f"long  {best['long'][0]:.1f} s, peak {best['long'][1]:.0f} MB")
        print(f"split {best['split'][0]:.1f} s, peak {best['split'][1]:.0f} MB")
        print(f"time ratio long/split {ratio:.2f} (goal <= 1.3); long peak {best['long'][1] / 1024:.2f} GB (goal <= 1.5)")
        if args.compare:
            found = compare(long_path, split_path)
            figures["compare"] = found
            for kind in ("entities", "events"):
                item = found[kind]
                assert isinstance(item, dict)
                print(f"{kind}: long {item['long']}, split {item['split']}, common {item['common']}; "
                      f"only long {len(item['only_long'])}, only split {len(item['only_split'])}")
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
