#!/usr/bin/env python3
"""Write the part of a gold relation file that newsgraph's ontology can express.

usage: gold_subset.py GOLD.jsonl > SUBSET.jsonl

ONTOLOGY.md makes nodes of named people, countries, organisations and places
only, and `located_in` links places and organisations (not people) to places.
Gold relations outside that are dropped, so that `score_relations.py` on the
subset measures recall on what the graph could hold:

- an argument typed MISC (CrossRE: events, works, nationalities used as
  adjectives) or an argument whose coreference cluster has no name (WikiEvents:
  "gunmen", "police", "they") is not a node;
- CrossRE `physical` with a person as head ("Jack Pierce ( U.S. )" in a
  results table) would be a person `located_in` a place, which the ontology
  does not have.

A name is a mention with a capitalised word that the document never writes in
lower case ("Government" opening a sentence is no name when the text also says
"the government"), and that does not start with a pronoun. Everything else is
kept as it is, so the official scorer reads the subset unchanged.
"""
import collections
import json
import re
import sys

PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "his", "its",
            "their", "our", "your", "my", "who", "this", "that", "these", "those"}
DETERMINERS = {"the", "a", "an", "some", "two", "three", "several", "many"}


def is_name(text, lower_words):
    """A capitalised word that the document never writes in lower case."""
    words = text.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or words[0].lower() in PRONOUNS:
        return False
    return any(w[:1].isupper() and w.lower() not in lower_words for w in words)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    kept = dropped = 0
    for line in open(sys.argv[1]):
        d = json.loads(line)
        ents = d["entities"]
        lower_words = {w for w in re.findall(r"[\w'.-]+", d["text"]) if w[:1].islower()}
        named = collections.defaultdict(bool)
        for e in ents:
            if e.get("cluster") is not None and is_name(e["text"], lower_words) and e.get("type") != "MISC":
                named[e["cluster"]] = True

        def ok(i):
            e = ents[i]
            if e.get("type") == "MISC":
                return False
            if e.get("cluster") is not None:
                return named[e["cluster"]]
            return is_name(e["text"], lower_words)

        rels = []
        for r in d.get("relations", []):
            person_place = r["type"] == "physical" and ents[r["head"]].get("type") == "PERSON"
            if ok(r["head"]) and ok(r["tail"]) and not person_place:
                rels.append(r)
                kept += 1
            else:
                dropped += 1
        d["relations"] = rels
        print(json.dumps(d, ensure_ascii=False))
    print(f"gold_subset: kept {kept} relations, dropped {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main()
