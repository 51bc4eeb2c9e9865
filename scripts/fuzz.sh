#!/usr/bin/env bash
# Runs every fuzz target in the module for the given time each (default 30s).
# `go test` alone already runs each target's seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-30s}
export GOFLAGS=-tags=sqlite_fts5
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "== $pkg $target ($time)"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$time" -fuzzminimizetime 5s "$pkg"
  done
done
