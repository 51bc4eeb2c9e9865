"""Running the built binary over many small generated articles, for the grid scripts.

Each grid builds thousands of one-paragraph articles; starting the binary once per
article would dominate the run, so the articles go to the CLI a few hundred at a
time and come back as JSON lines keyed by file name.
"""
import json
import os
import subprocess
import tempfile


def extract_all(binary, texts, batch=400):
    """Extract every text; returns one parsed result per text, None where the CLI gave none."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(texts), batch):
            paths = []
            for i, text in enumerate(texts[start:start + batch]):
                p = os.path.join(tmp, f"c{start + i:06d}.txt")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(text)
                paths.append(p)
            r = subprocess.run([binary, "extract", "-json", "--"] + paths, capture_output=True, text=True)
            got = {}
            for line in r.stdout.splitlines():
                if line.strip():
                    d = json.loads(line)
                    got[d["file"]] = d
            out += [got.get(p) for p in paths]
            for p in paths:
                os.remove(p)
    return out
