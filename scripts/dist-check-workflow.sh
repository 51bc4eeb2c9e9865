#!/usr/bin/env bash
# Checks the GitHub Actions workflows: each file must be valid YAML with
# triggers and jobs, and every `make TARGET` a step runs must be a target of
# this Makefile, so the release build cannot drift from the local one.
# Needs python3 with PyYAML (Debian: python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=$(python3 - .github/workflows/*.yml <<'PY'
import re, sys
try:
    import yaml
except ImportError:
    sys.exit("PyYAML is missing: apt-get install python3-yaml (or pip install pyyaml)")

def runs(node):
    """Every run: script anywhere in the workflow."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "run" and isinstance(v, str):
                yield v
            else:
                yield from runs(v)
    elif isinstance(node, list):
        for v in node:
            yield from runs(v)

found = set()
for path in sys.argv[1:]:
    try:
        wf = yaml.safe_load(open(path))
    except yaml.YAMLError as e:
        sys.exit(f"{path}: not valid YAML: {e}")
    # YAML 1.1 reads the key `on` as true.
    if not isinstance(wf, dict) or not ("on" in wf or True in wf) or not wf.get("jobs"):
        sys.exit(f"{path}: a workflow needs `on` and `jobs`")
    for name, job in wf["jobs"].items():
        if "runs-on" not in job or "steps" not in job:
            sys.exit(f"{path}: job {name} needs runs-on and steps")
    for script in runs(wf):
        for m in re.finditer(r"\bmake((?:[ \t]+-\w+)*)((?:[ \t]+[a-z][\w.-]*)+)", script):
            found.update(m.group(2).split())
print("\n".join(sorted(found)))
PY
)
[ -n "$targets" ] || { echo "no make targets found in the workflows" >&2; exit 1; }
for t in $targets; do
  if ! make -n "$t" >/dev/null 2>&1; then
    echo "workflow runs 'make $t', which the Makefile does not have" >&2
    exit 1
  fi
done
echo "workflows ok; make targets used: $(echo $targets)"
