#!/usr/bin/env bash
# Regenerate every gazetteer in src/data/ and run the sanity checks.
# Usage: scripts/gen_data/regen.sh [python]   (python defaults to a venv under /tmp)
set -euo pipefail
cd "$(dirname "$0")"
PY="${1:-/tmp/gdvenv/bin/python}"
if [ ! -x "$PY" ]; then
  python3 -m venv /tmp/gdvenv
  /tmp/gdvenv/bin/pip install -q -r requirements.txt
  PY=/tmp/gdvenv/bin/python
fi
export PYTHONDONTWRITEBYTECODE=1
"$PY" countries.py
"$PY" organizations.py
"$PY" regions.py
"$PY" names.py
"$PY" cities.py
"$PY" check.py
