#!/usr/bin/env python3
"""Sanity checks for the generated gazetteers in src/data/.

Checks: every file starts with '#' comment lines; TSV files have a header and the
same number of cells on every row (so no tab/newline inside a cell); no empty
names; no duplicate rows; rows are in the documented order; every country row has
both ISO codes; every organisation/region country code is an alpha-3 present in
countries.tsv; city country codes are ISO alpha-2 (pycountry, or XK); every
given name with a gender is a listed given name, with gender m or f.

Usage:  python check.py   (exit status 1 on any failure)
"""

from __future__ import annotations

import os
import re
import sys

from _common import DATA_DIR

FAILS = []


def fail(msg):
    FAILS.append(msg)


def read_raw(fn):
    with open(os.path.join(DATA_DIR, fn), encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        fail(f"{fn}: contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0].startswith("#"):
        fail(f"{fn}: does not start with a '#' comment line")
    comments = [l for l in lines if l.startswith("#")]
    body = [l for l in lines if not l.startswith("#")]
    # comments must all come first
    n = len(comments)
    if lines[:n] != comments:
        fail(f"{fn}: comment lines are not all at the top")
    return comments, body


def read_tsv(fn, expected_header):
    _, body = read_raw(fn)
    header = body[0].split("\t")
    if header != expected_header:
        fail(f"{fn}: header {header} != {expected_header}")
    rows = []
    for i, line in enumerate(body[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            fail(f"{fn}: data line {i} has {len(cells)} cells, expected {len(header)}")
            continue
        for c in cells:
            if c != c.strip():
                fail(f"{fn}: data line {i} has a cell with surrounding spaces: {c!r}")
            if "||" in c or c.startswith("|") or c.endswith("|"):
                fail(f"{fn}: data line {i} has an empty multi-value item: {c!r}")
        rows.append(dict(zip(header, cells)))
    if len(set(body[1:])) != len(body) - 1:
        fail(f"{fn}: duplicate rows")
    for r in rows:
        if not r[header[0]]:
            fail(f"{fn}: empty {header[0]} in {r}")
    return rows


def check_order(fn, rows, key):
    keys = [key(r) for r in rows]
    if keys != sorted(keys):
        fail(f"{fn}: rows are not sorted as documented")


def main():
    counts = {}
    # countries
    countries = read_tsv("countries.tsv", ["alpha2", "alpha3", "qid", "name", "aliases", "demonyms", "capitals"])
    counts["countries.tsv"] = len(countries)
    alpha3 = set()
    for r in countries:
        if not re.fullmatch(r"[A-Z]{2}", r["alpha2"]) or not re.fullmatch(r"[A-Z]{3}", r["alpha3"]):
            fail(f"countries.tsv: bad codes in {r['name']}: {r['alpha2']}/{r['alpha3']}")
        if r["qid"] and not re.fullmatch(r"Q[1-9][0-9]*", r["qid"]):
            fail(f"countries.tsv: bad qid {r['qid']}")
        alpha3.add(r["alpha3"])
    if len(countries) != 197:
        fail(f"countries.tsv: {len(countries)} rows, expected 197")
    if len(alpha3) != len(countries):
        fail("countries.tsv: duplicate alpha3")
    check_order("countries.tsv", countries, lambda r: r["alpha2"])

    # organisations
    kinds = {"international", "government", "legislature", "military", "intelligence", "party",
             "armed_group", "company", "media", "ngo", "sports", "court", "central_bank"}
    orgs = read_tsv("organizations.tsv", ["name", "aliases", "country", "qid", "kind"])
    counts["organizations.tsv"] = len(orgs)
    for r in orgs:
        if r["country"] and r["country"] not in alpha3:
            fail(f"organizations.tsv: {r['name']}: country {r['country']} not in countries.tsv")
        if r["kind"] not in kinds:
            fail(f"organizations.tsv: {r['name']}: bad kind {r['kind']}")
        if r["qid"] and not re.fullmatch(r"Q[1-9][0-9]*", r["qid"]):
            fail(f"organizations.tsv: bad qid {r['qid']}")
        if "IS" in r["aliases"].split("|"):
            fail("organizations.tsv: alias 'IS' present")
    check_order("organizations.tsv", orgs, lambda r: (r["name"].casefold(), r["name"]))

    # regions
    regions = read_tsv("regions.tsv", ["name", "aliases", "country", "qid", "kind"])
    counts["regions.tsv"] = len(regions)
    for r in regions:
        if r["country"] and r["country"] not in alpha3:
            fail(f"regions.tsv: {r['name']}: country {r['country']} not in countries.tsv")
        if r["kind"] not in {"region", "water", "territory", "state", "province"}:
            fail(f"regions.tsv: {r['name']}: bad kind {r['kind']}")
        if r["qid"] and not re.fullmatch(r"Q[1-9][0-9]*", r["qid"]):
            fail(f"regions.tsv: bad qid {r['qid']}")
    us_states = [r for r in regions if r["kind"] == "state" and r["country"] == "USA"]
    if len(us_states) != 50:
        fail(f"regions.tsv: {len(us_states)} US states, expected 50")
    check_order("regions.tsv", regions, lambda r: (r["kind"], r["name"].casefold(), r["name"]))

    # cities
    cities = read_tsv("cities.tsv", ["name", "country", "population", "geonameid", "aliases"])
    counts["cities.tsv"] = len(cities)
    try:
        import pycountry
        iso2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    except ImportError:  # pragma: no cover
        iso2 = None
    ids = set()
    for r in cities:
        if iso2 is not None and r["country"] not in iso2:
            fail(f"cities.tsv: {r['name']}: country {r['country']} is not ISO alpha-2")
        if not r["population"].isdigit() or not r["geonameid"].isdigit():
            fail(f"cities.tsv: {r['name']}: bad population/geonameid")
        if r["geonameid"] in ids:
            fail(f"cities.tsv: duplicate geonameid {r['geonameid']}")
        ids.add(r["geonameid"])
    check_order("cities.tsv", cities,
                lambda r: (r["name"].casefold(), r["name"], r["country"], int(r["geonameid"])))

    # plain lists
    for fn in ("given_names.txt", "surname_particles.txt"):
        _, body = read_raw(fn)
        counts[fn] = len(body)
        if len(set(body)) != len(body):
            fail(f"{fn}: duplicates")
        for line in body:
            if not line or line != line.strip() or "\t" in line:
                fail(f"{fn}: bad line {line!r}")
        if fn == "given_names.txt":
            if body != sorted(body, key=lambda s: (s.casefold(), s)):
                fail(f"{fn}: not sorted")
            for line in body:
                if not line[0].isupper():
                    fail(f"{fn}: not capitalised: {line!r}")
            banned = {"May", "June", "April", "August", "Will", "Grace", "Hope", "Faith", "Joy", "Rose",
                      "Sun", "Young", "Long", "Paris", "Georgia", "Jordan", "Chad", "Israel", "Victoria",
                      "Lincoln", "Washington", "Austin", "Dallas", "Houston", "Florence", "Sydney", "Chelsea",
                      "Madison", "China", "India", "Asia", "Rich", "Guy", "Sunday", "Kim", "Xi"}
            bad = banned & set(body)
            if bad:
                fail(f"{fn}: contains excluded names {sorted(bad)}")
        else:
            if body != sorted(body):
                fail(f"{fn}: not sorted")

    # given-name genders: every name a listed given name, one gender each
    genders = read_tsv("given_name_gender.tsv", ["name", "gender", "source"])
    counts["given_name_gender.tsv"] = len(genders)
    _, given = read_raw("given_names.txt")
    given = set(given)
    for r in genders:
        if r["name"] not in given:
            fail(f"given_name_gender.tsv: {r['name']} is not in given_names.txt")
        if r["gender"] not in {"m", "f"}:
            fail(f"given_name_gender.tsv: {r['name']}: bad gender {r['gender']}")
        if r["source"] not in {"census", "curated"}:
            fail(f"given_name_gender.tsv: {r['name']}: bad source {r['source']}")
    if len({r["name"] for r in genders}) != len(genders):
        fail("given_name_gender.tsv: a name listed twice")
    bad = {"Jean", "Andrea", "Robin", "Kelly", "Leslie", "Jan", "Nicola"} & {r["name"] for r in genders}
    if bad:
        fail(f"given_name_gender.tsv: names used for both genders have one: {sorted(bad)}")
    check_order("given_name_gender.tsv", genders, lambda r: (r["name"].casefold(), r["name"]))

    for fn, n in counts.items():
        print(f"{fn}\t{n} rows")
    if FAILS:
        print("\nFAILED:")
        for m in FAILS:
            print("  " + m)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
