#!/usr/bin/env bash
# Measurements on the development data beside the project (../shared): mention
# scores on CoNLL-2003 dev and GUM news, the example article against its gold
# graph, relation recall, and whole-program throughput with peak memory.
# Usage: scripts/measure.sh [quality|speed|relations|all]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
what=${1:-all}
cargo build --release --quiet
bin=target/release/newsgraph
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [[ $what == all || $what == quality ]]; then
  echo "== example article vs gold graph"
  $bin build "$shared/articles/us-iran-talks-oman.txt" -o "$out/seed.json"
  python3 "$shared/eval/score_graph.py" "$shared/gold/us-iran-talks-oman.json" "$out/seed.json"
  echo "== CoNLL-2003 dev (exact spans)"
  $bin build --input jsonl "$shared/data/conll2003_dev.jsonl" -o "$out/conll.json"
  python3 "$shared/eval/score_mentions.py" "$shared/data/conll2003_dev.jsonl" "$out/conll.json"
  echo "== GUM news (--head)"
  $bin build --input jsonl "$shared/data/gum_news.jsonl" -o "$out/gum.json"
  python3 "$shared/eval/score_mentions.py" "$shared/data/gum_news.jsonl" "$out/gum.json" --head
fi

if [[ $what == all || $what == relations ]]; then
  for f in wikievents_dev crossre_dev_docs; do
    echo "== relations: $f"
    $bin build --input jsonl "$shared/data/$f.jsonl" -o "$out/$f.json"
    python3 "$shared/eval/score_relations.py" "$shared/data/$f.jsonl" "$out/$f.json"
    echo "== relations: $f, the part the ontology can express (scripts/gold_subset.py)"
    python3 scripts/gold_subset.py "$shared/data/$f.jsonl" > "$out/$f.subset.jsonl"
    python3 "$shared/eval/score_relations.py" "$out/$f.subset.jsonl" "$out/$f.json"
  done
  echo "== relations: petrarch2 unit tests (actors loaded with --gazetteer)"
  python3 scripts/petrarch_gazetteer.py "$shared/data/petrarch2_unittest.jsonl" > "$out/petrarch.tsv"
  $bin build --input jsonl --gazetteer "$out/petrarch.tsv" "$shared/data/petrarch2_unittest.jsonl" -o "$out/petrarch.json"
  python3 "$shared/eval/score_relations.py" "$shared/data/petrarch2_unittest.jsonl" "$out/petrarch.json"
fi

if [[ $what == all || $what == speed ]]; then
  echo "== throughput: news_raw.jsonl"
  input="$shared/data/news_raw.jsonl"
  bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$input")
  for threads in 1 $(nproc); do
    for run in 1 2 3; do
      # the JSON goes to /dev/null so that disk writes do not blur the figure
      RAYON_NUM_THREADS=$threads /usr/bin/time -f "%e %M" -o "$out/time" $bin build --input jsonl "$input" > /dev/null
      read -r secs kb < "$out/time"
      python3 -c "import sys; b,s,k=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]); print(f'threads $threads, run $run: {b/1e6:.2f} MB of text in {s:.2f} s = {b/1e6/max(s,1e-9):.2f} MB/s, peak RSS {k/1024:.1f} MiB')" "$bytes" "$secs" "$kb"
    done
  done
fi
