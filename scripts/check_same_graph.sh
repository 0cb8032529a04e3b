#!/usr/bin/env bash
# The behaviour check of a refactoring: build data/ plus the 100-article Wikinews sample to N-Quads,
# sort them (byte order) and compare with a baseline saved before the change.
#   scripts/check_same_graph.sh save   # write the baseline ($BASE, default /tmp/kg-graph-base.sorted.nq)
#   scripts/check_same_graph.sh        # build again and compare: exit 1 on any difference
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
BASE="${BASE:-/tmp/kg-graph-base.sorted.nq}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" "$PY" -m kg.cli build data \
  "${WIKINEWS:-../shared/corpora/wikinews-fr/wikinews-fr-100.jsonl}" \
  --out "$OUT" -f nquads --no-html --no-answers >/dev/null
# Blank lines are no quads (rdflib's writer, before issue 18, ended its file with one).
grep -v '^$' "$OUT/graph.nq" | LC_ALL=C sort > "$OUT/graph.sorted.nq"
if [ "${1:-}" = save ]; then
  cp "$OUT/graph.sorted.nq" "$BASE"
  echo "saved $(wc -l < "$BASE") quads to $BASE"
  exit 0
fi
grep -v '^$' "$BASE" > "$OUT/base.sorted.nq" || true  # a baseline saved by the old script may hold one
if cmp -s "$OUT/graph.sorted.nq" "$OUT/base.sorted.nq"; then
  echo "identical: $(wc -l < "$OUT/base.sorted.nq") quads"
else
  echo "DIFFERENT from $BASE:"; diff "$OUT/base.sorted.nq" "$OUT/graph.sorted.nq" | head -20; exit 1
fi
