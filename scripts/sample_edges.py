#!/usr/bin/env python3
"""Draw a random sample of edges from a newsgraph JSON graph, for review by hand.

usage: sample_edges.py GRAPH.json [N] [SEED]     (defaults: 50, 20261126)

Prints, for each drawn edge, its source, relation, target, modality and the
sentence that is its evidence, numbered, so that a reviewer can write a
verdict per line. The draw depends only on the graph and the seed.
"""
import json
import random
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    graph = json.load(open(sys.argv[1]))
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261126
    edges = sorted(graph["edges"], key=lambda e: e["id"])
    drawn = random.Random(seed).sample(edges, min(n, len(edges)))
    for i, e in enumerate(drawn, 1):
        ev = e["evidence"][0]
        modality = e["attributes"].get("modality", "asserted")
        print(f"{i:2}. {e['source']} -{e['relation']}-> {e['target']} [{modality}] ({ev['rule']})")
        print(f"    {ev['doc']}: {ev['text']}")


if __name__ == "__main__":
    main()
