#!/usr/bin/env python3
"""Draw a random sample of edges from a newsgraph JSON graph, for review by hand.

usage: sample_edges.py GRAPH.json [N] [SEED] [--events]     (defaults: 50, 20261126)

--events draws from the event edges only (meets … fights).

Prints, for each drawn edge, its source, relation, target, modality and the
sentence that is its evidence, numbered, so that a reviewer can write a
verdict per line. The draw depends only on the graph and the seed.
"""
import json
import random
import sys


def main():
    args = [a for a in sys.argv[1:] if a != "--events"]
    if not args:
        sys.exit(__doc__)
    graph = json.load(open(args[0]))
    n = int(args[1]) if len(args) > 1 else 50
    seed = int(args[2]) if len(args) > 2 else 20261126
    edges = sorted(graph["edges"], key=lambda e: e["id"])
    if "--events" in sys.argv:
        edges = [e for e in edges if "cameo" in e["attributes"]]
    drawn = random.Random(seed).sample(edges, min(n, len(edges)))
    for i, e in enumerate(drawn, 1):
        ev = e["evidence"][0]
        modality = e["attributes"].get("modality", "asserted")
        print(f"{i:2}. {e['source']} -{e['relation']}-> {e['target']} [{modality}] ({ev['rule']})")
        print(f"    {ev['doc']}: {ev['text']}")


if __name__ == "__main__":
    main()
