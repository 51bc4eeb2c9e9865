#!/usr/bin/env bash
# Scores extraction against hand-written gold, per article and in total.
#
#   scripts/score-extract.sh [-q] [SCORE_PY]
#
# Builds the CLI, runs `briefwright extract -json` on every
# dossier/extract/testdata/articles/*/article.txt that has a gold.json beside
# it, and scores each with the matching rules of score.py (SCORE_PY, default
# ../shared/eval/score.py; its functions are imported, not copied). Articles
# named in testdata/articles/validation.txt form the validation half, the
# rest the development half. When the shared folder is there, the reference
# article (fixtures/cartel-strikes) and the development articles with gold
# (devset/*/gold.json) are scored too, on their own lines.
#
# The batches of testdata/articles/batches.txt (the order the gold
# articles were added in) get a line each at the end.
#
# Each article gets a line; the totals are micro-averaged: counts are summed
# over the articles, then turned into precision, recall and F1. -q prints
# only the reference, development-set, total and batch lines.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=1
if [ "${1:-}" = "-q" ]; then
  verbose=0
  shift
fi
score_py=${1:-${SCORE_PY:-../shared/eval/score.py}}
shared=$(dirname "$(dirname "$score_py")")
if [ ! -f "$score_py" ] && [ -f "../$score_py" ]; then
  # From a worktree one level deeper than the main checkout.
  score_py=../$score_py
  shared=$(dirname "$(dirname "$score_py")")
fi
[ -f "$score_py" ] || { echo "score-extract: no scorer at $score_py" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOFLAGS=-tags=sqlite_fts5 CGO_ENABLED=1
go build -o "$work/briefwright" .

# One line per scored article: GROUP NAME ARTICLE GOLD.
list=$work/list
: > "$list"
valid=dossier/extract/testdata/articles/validation.txt
for d in dossier/extract/testdata/articles/*/; do
  name=$(basename "$d")
  [ -f "$d/gold.json" ] || continue
  group=dev
  if [ -f "$valid" ] && grep -qx "$name" "$valid"; then
    group=validation
  fi
  echo "$group $name $d/article.txt $d/gold.json" >> "$list"
done
if [ -f "$shared/fixtures/cartel-strikes.gold.json" ]; then
  echo "reference cartel-strikes assets/demo/cartel-strikes.txt $shared/fixtures/cartel-strikes.gold.json" >> "$list"
fi
for g in "$shared"/devset/*/gold.json; do
  [ -f "$g" ] || continue
  d=$(dirname "$g")
  echo "devset $(basename "$d") $d/article.txt $g" >> "$list"
done

# Extract all articles in one run; the JSON lines come back in input order.
# shellcheck disable=SC2046
"$work/briefwright" extract -json $(awk '{print $3}' "$list") > "$work/out.jsonl"

SCORE_PY=$score_py VERBOSE=$verbose BATCHES=dossier/extract/testdata/articles/batches.txt python3 - "$list" "$work/out.jsonl" <<'EOF'
import importlib.util, json, os, sys

spec = importlib.util.spec_from_file_location("score", os.environ["SCORE_PY"])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
preds = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
assert len(rows) == len(preds), "one extraction per article"
MEASURES = ["quote_span", "quote_speaker", "actors", "sources", "questions", "dates"]


def fmt(counts):
    r = score.rates(counts)
    out = []
    for m in MEASURES:
        p, rc, f = r[m]
        if m == "dates":
            out.append(f"{'-':>4} {rc:4.2f} {'-':>4}")
        else:
            out.append(f"{p:4.2f} {rc:4.2f} {f:4.2f}")
    return " | ".join(out)


head = "P    R    F1  "
print(f"{'':34s} " + " | ".join(f"{m:14s}" for m in MEASURES))
print(f"{'':34s} " + " | ".join(head for _ in MEASURES))
totals = {}
for (group, name, _, gold), pred in zip(rows, preds):
    res = score.score(json.load(open(gold, encoding="utf-8")), pred)
    for g in {group, "all gold" if group in ("dev", "validation") else group}:
        score.add(totals.setdefault(g, {}), res)
    if os.environ["VERBOSE"] == "1" or group in ("reference", "devset"):
        print(f"{ {'reference': 'ref', 'devset': 'set'}.get(group, group[:3])} {name[:30]:30s} {fmt(res)}")
print()
for g in ["dev", "validation", "all gold", "devset"]:
    if g in totals:
        n = sum(1 for r in rows if r[0] == g or g == "all gold" and r[0] in ("dev", "validation"))
        print(f"{(g + ' (' + str(n) + ')')[:34]:34s} {fmt(totals[g])}")
# One line per batch the gold articles were added in (batches.txt).
batch_of = {}
if os.path.exists(os.environ["BATCHES"]):
    for l in open(os.environ["BATCHES"]):
        if l.strip() and not l.startswith("#"):
            b, name = l.split()[:2]
            batch_of[name] = b
if batch_of:
    print()
    by = {}
    for (group, name, _, gold), pred in zip(rows, preds):
        if name in batch_of and group in ("dev", "validation"):
            t = by.setdefault(batch_of[name], [{}, 0])
            score.add(t[0], score.score(json.load(open(gold, encoding="utf-8")), pred))
            t[1] += 1
    for b in sorted(by, key=lambda b: (len(b), b)):  # "10" after "9"
        print(f"{('batch ' + b + ' (' + str(by[b][1]) + ')')[:34]:34s} {fmt(by[b][0])}")
EOF
