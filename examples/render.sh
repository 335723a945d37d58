#!/usr/bin/env bash
# Render the example article's graph to SVG with Graphviz (the picture in the README):
#   examples/render.sh            -> examples/us-iran-talks-oman.svg
# Without Graphviz, `newsgraph build ARTICLE -o graph.svg` draws it in-process.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet -- build examples/us-iran-talks-oman.txt --format dot \
  | dot -Tsvg -o examples/us-iran-talks-oman.svg
echo "wrote examples/us-iran-talks-oman.svg"
