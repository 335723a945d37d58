#!/usr/bin/env python3
"""Write a newsgraph gazetteer of the actors of the PETRARCH2 unit tests.

usage: petrarch_gazetteer.py PETRARCH2_UNITTEST.jsonl > petrarch.tsv

The PETRARCH2 unit tests (openeventdata/petrarch2, MIT) code their sentences
with the actors of fictional states (Arnor, Gondor, Osgiliath, ...). This
script turns the ACTOR entities of the JSONL version of those tests (see
../shared/data/README.md) into a gazetteer TSV in the format of
src/gazetteer.rs, for measurement runs only:

- a three-letter code is a state (a real ISO code keeps its built-in state
  unless none of its forms is known: ERI is Eriador here, not Eritrea): one `country` row with alpha3 = the code;
  a longer code names a sector of the state of its first three letters
  (GONGOV, MORMIL): its government (GOV) extends the state's row, any other
  sector becomes an organisation of that state; codes starting with IGO,
  NGO, NGM, IMG or MNC, and IMF, IBR (World Bank) and EEC, are
  international or non-state organisations;
- the surface forms of a state: the most frequent is its name; adjectival
  forms (-i, -ian, -ese, -ish, and the name plus -s) are demonyms; forms of
  two or more words (or hyphenated) are capitals, which stand for the
  government as "Minas Tirith" does; a one-word form that follows a title
  ("Prime Minister Romendacil") is a person of that state; the rest are
  aliases;
- a few codes stand for people rather than states (hobbits, elves, a
  wizard, a titled person without a code): their forms are persons;
- forms the built-in gazetteers already know (Libya, White House, al-Qaeda)
  are left to them, and forms starting with a lower-case letter are dropped
  (the data codes a few stray words).

Rows are ordered states first (organisations and persons name their state by
code, so the state must be loaded first), then organisations, places and
persons, each sorted; the output is the same for the same input.
"""
import collections
import json
import re
import sys
from pathlib import Path

NONSTATE = ("IGO", "NGO", "NGM", "IMG", "MNC")
# three-letter codes of international bodies (IMF, World Bank, European Community), not states
INTERNATIONAL = {"IMF", "IBR", "EEC", "WTO", "UNO"}
# codes whose forms are people, with the group a state-like row is made for (None: no row)
PEOPLE = {"HOB": "Hobbits", "ELF": "Elves", "RAD": None, "---": None}
# forms of people codes that are places: capitals of the group
PLACES = {"Caras Galadhon"}
TITLES = {"president", "minister", "leader", "king", "queen", "prince", "princess", "chancellor", "premier",
          "general", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "mayor", "governor",
          "commander", "chief", "sheikh", "emir", "mr", "mrs", "ms", "dr"}
ADJECTIVAL = re.compile(r"(i|ian|ians|ese|ish|is)$")


def builtin_forms():
    """Lower-cased surface forms of the built-in gazetteers, and the built-in states by alpha3."""
    data = Path(__file__).resolve().parent.parent / "src" / "data"
    known, states = set(), {}
    for name in ("countries.tsv", "organizations.tsv", "regions.tsv", "cities.tsv"):
        header = None
        for line in open(data / name, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip().lower() for c in cells]
                continue
            row = dict(zip(header, (c.strip() for c in cells)))
            for col in ("name", "aliases", "demonyms", "capitals"):
                for form in row.get(col, "").split("|"):
                    if form.strip():
                        known.add(form.strip().lower())
            if name == "countries.tsv" and row.get("alpha3"):
                states[row["alpha3"]] = row["name"]
    return known, states


def is_known(form, known):
    low = form.lower()
    return low in known or (low.startswith("the ") and low[4:] in known)


def after_title(text, start):
    words = re.findall(r"[A-Za-z]+", text[:start])
    return bool(words) and words[-1].lower() in TITLES


def clean(cell):
    return cell.replace("\t", " ").replace("|", " ").strip()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    known, builtin_states = builtin_forms()
    forms = collections.defaultdict(collections.Counter)  # code -> surface -> count
    titled = set()  # (code, surface) seen right after a title
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        for e in doc.get("entities", []):
            if e.get("type") != "ACTOR":
                continue
            code, text = e.get("orig_type") or "", e.get("text", "").strip()
            if not text or not text[0].isupper():
                continue
            forms[code][text] += 1
            if after_title(doc["text"], e["start"]):
                titled.add((code, text))

    states = {}  # alpha3 -> {"name", "aliases", "demonyms", "capitals"} (lists)
    orgs, persons, places = {}, {}, {}  # name -> (aliases, country)

    def state(code):
        return states.setdefault(code, {"name": None, "aliases": [], "demonyms": [], "capitals": []})

    def add_state_forms(code, counter, government):
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        unknown = [t for t, _ in ranked if not is_known(t, known)]
        if not unknown:
            return
        s = state(code)
        if s["name"] is None:
            # a real code the data uses for a fictional state (ERI: Eriador) takes the data's name
            if code in builtin_states and len(unknown) < len(ranked):
                s["name"] = builtin_states[code]
            elif not government:
                nouns = [t for t in unknown if not ADJECTIVAL.search(t.lower())] or unknown
                s["name"] = nouns[0]
        name = s["name"] or ""
        for t in unknown:
            if t == name:
                continue
            words = t.split()
            if (code, t) in titled and len(words) == 1:
                persons[t] = ([], code)
            elif t.lower().startswith("the "):
                s["aliases"].append(t)
            elif len(words) >= 2 or "-" in t:
                s["capitals"].append(t)
            elif ADJECTIVAL.search(t.lower()) and t[:4].lower() == name[:4].lower() or t == name + "s":
                s["demonyms"].append(t)
            else:
                s["aliases"].append(t)

    for code in sorted(forms):
        counter = forms[code]
        if code in PEOPLE:
            group = PEOPLE[code]
            if group:
                state(code)["name"] = group
            for t in counter:
                if is_known(t, known):
                    continue
                if t in PLACES and group:
                    state(code)["capitals"].append(t)
                else:
                    alias = t.replace("_", " ")
                    persons[alias] = ([t] if alias != t else [], code if group else "")
        elif "/" in code:
            # several people coded at once; the form is the land they stand for
            for t in counter:
                if is_known(t, known):
                    continue
                name = t[4:] if t.lower().startswith("the ") else t
                aliases = places.setdefault(name, ([], ""))[0]
                if name != t:
                    aliases.append(t)
        elif not re.fullmatch(r"[A-Z]{3,}", code):
            continue
        elif code.startswith(NONSTATE) or code in INTERNATIONAL:
            for t in counter:
                if not is_known(t, known):
                    orgs[t] = ([], "")
        elif len(code) == 3:
            add_state_forms(code, counter, government=False)
        elif code[3:6] == "GOV" and len(code) == 6:
            add_state_forms(code[:3], counter, government=True)
        else:
            for t in counter:
                if not is_known(t, known):
                    orgs[t] = ([], code[:3])

    # a state row needs a name; a government code seen alone names its state by its first form
    for code, s in states.items():
        if s["name"] is None:
            rest = s["capitals"] + s["aliases"] + s["demonyms"]
            s["name"] = rest[0] if rest else code
            for col in ("capitals", "aliases", "demonyms"):
                s[col] = [t for t in s[col] if t != s["name"]]
    valid = set(states) | set(builtin_states)

    def country(code):
        return code if code in valid else ""

    out = sys.stdout
    out.write("# petrarch.tsv - actors of the PETRARCH2 unit tests (openeventdata/petrarch2, MIT licence),\n")
    out.write("# generated by scripts/petrarch_gazetteer.py from the JSONL version of the tests; measurement only.\n")
    out.write("type\tname\talpha3\taliases\tdemonyms\tcapitals\tcountry\n")
    for code in sorted(states):
        s = states[code]
        cols = ["|".join(sorted(set(map(clean, s[c])))) for c in ("aliases", "demonyms", "capitals")]
        out.write("\t".join(["country", clean(s["name"]), code, *cols, ""]) + "\n")
    for kind, table in (("organization", orgs), ("location", places), ("person", persons)):
        for name in sorted(table):
            aliases, code = table[name]
            out.write("\t".join([kind, clean(name), "", "|".join(sorted(set(map(clean, aliases)))), "", "",
                                 country(code)]) + "\n")


if __name__ == "__main__":
    main()
