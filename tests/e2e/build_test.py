"""kg build on the two sample articles writes the six outputs and the store
(kg.db) with real content."""

import json
import os

from kgtest import (SAMPLE_NAMES, check, entity_names, load_json, read_bytes, run_test,
                    svg_texts)

OUTPUTS = ["graph.dot", "graph.html", "graph.json", "graph.jsonld", "graph.svg", "kg.db",
           "triples.jsonl"]


def check_graph_json(graph):
    check(graph.get("format") == "kg-graph", f"graph.json format is {graph.get('format')!r}")
    check(len(graph["documents"]) == 2, f"expected 2 documents, got {len(graph['documents'])}")
    names = entity_names(graph)
    check(len(names) >= 4, f"only {len(names)} entities")
    for name in SAMPLE_NAMES:
        check(name in names, f"graph.json has no entity {name!r}; it has {names}")
    check(len(graph["relations"]) >= 3, f"only {len(graph['relations'])} relations")
    for r in graph["relations"]:
        for end in ("source", "target"):
            check(0 <= r[end] < len(names), f"relation {r} has a dangling {end}")
        check(r["predicate"], f"relation {r} has no predicate")
        check(r["evidence"], f"relation {r} has no evidence")
        for e in r["evidence"]:
            check(e["document"] in {d["name"] for d in graph["documents"]},
                  f"evidence {e} names an unknown document")
            check(e["text"], f"evidence {e} has no text")


def check_triples(lines, graph):
    check(lines, "triples.jsonl is empty")
    keys = {"document", "subject", "subject_type", "predicate", "object", "object_type",
            "qualifiers", "confidence", "evidence"}
    names = set(entity_names(graph))
    for line in lines:
        triple = json.loads(line)
        check(keys <= triple.keys(), f"triple lacks {keys - triple.keys()}: {line}")
        check(triple["subject"] in names and triple["object"] in names,
              f"triple endpoints are not entities of graph.json: {line}")
    evidence_count = sum(len(r["evidence"]) for r in graph["relations"])
    check(len(lines) == evidence_count,
          f"{len(lines)} triples but {evidence_count} pieces of evidence in graph.json")


def test(kg, data_dir, tmp):
    out = os.path.join(tmp, "out")
    proc = kg.run("build", data_dir, "-o", out, expect=0)
    check(sorted(os.listdir(out)) == OUTPUTS, f"output folder holds {sorted(os.listdir(out))}")
    for name in OUTPUTS:
        check(os.path.getsize(os.path.join(out, name)) > 0, f"{name} is empty")

    summary = proc.stdout.decode("utf-8")
    for field in ("documents: 2", "sentences:", "entities:", "relations:", "betweenness",
                  f"store:     {os.path.join(out, 'kg.db')}"):
        check(field in summary, f"summary lacks {field!r}", proc)
    check("To Lam" in summary, "To Lam is not among the most central entities", proc)

    texts = svg_texts(read_bytes(os.path.join(out, "graph.svg")))
    for name in SAMPLE_NAMES:
        check(name in texts, f"graph.svg does not show {name!r}")
    dot = read_bytes(os.path.join(out, "graph.dot")).decode("utf-8")
    check("digraph" in dot or "graph" in dot, "graph.dot is not a DOT graph")
    for name in SAMPLE_NAMES:
        check(name in dot, f"graph.dot does not name {name!r}")

    graph = load_json(os.path.join(out, "graph.json"))
    check_graph_json(graph)
    lines = read_bytes(os.path.join(out, "triples.jsonl")).decode("utf-8").splitlines()
    check_triples(lines, graph)
    json.loads(read_bytes(os.path.join(out, "graph.jsonld")))

    # triples.jsonl is the jsonl export of graph.json.
    exported = kg.ok("export", os.path.join(out, "graph.json"), "--format", "jsonl")
    check(exported.splitlines() == lines, "kg export --format jsonl differs from triples.jsonl")

    # --min-confidence keeps the relations at or above it, and only those.
    def confidences(*args):
        out = kg.ok("extract", data_dir, *args).splitlines()
        return [json.loads(line)["confidence"] for line in out]
    every = confidences()
    sure = confidences("--min-confidence", "0.8")
    check(sure and len(sure) < len(every),
          f"--min-confidence 0.8 kept {len(sure)} of {len(every)} triples")
    check(all(c >= 0.8 for c in sure), f"a triple under 0.8 was kept: {sorted(sure)[:3]}")
    check(len(sure) == sum(1 for c in every if c >= 0.8),
          "--min-confidence 0.8 dropped a triple of confidence 0.8 or more")
    kg.run("extract", data_dir, "--min-confidence", "1.5", expect=2)

    # Files given one by one, in any order, build the same graph (documents
    # are merged by name); rebuilding replaces the outputs and the store and
    # leaves no temporary files behind.
    files = sorted(os.path.join(data_dir, f) for f in os.listdir(data_dir))
    kg.ok("build", *reversed(files), "-o", out)
    check(sorted(os.listdir(out)) == OUTPUTS, f"after a rebuild: {sorted(os.listdir(out))}")
    check(load_json(os.path.join(out, "graph.json")) == graph,
          "building from the files differs from building from their folder")
    check(kg.run("export", os.path.join(out, "kg.db"), "--format", "json", expect=0).stdout
          == read_bytes(os.path.join(out, "graph.json")), "the store's graph is not graph.json")


if __name__ == "__main__":
    run_test(test)
