"""kg export converts graph.json to GraphML, N-Triples, JSON Lines and JSON-LD."""

import json
import os
import xml.etree.ElementTree as ET

import rdflib

from kgtest import check, load_json, read_bytes, run_test

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def test(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    graph = load_json(graph_path)

    root = ET.fromstring(kg.run("export", graph_path, "--format", "graphml", expect=0).stdout)
    check(root.tag == GRAPHML_NS + "graphml", f"GraphML root element is {root.tag}")
    nodes = list(root.iter(GRAPHML_NS + "node"))
    edges = list(root.iter(GRAPHML_NS + "edge"))
    check(len(nodes) == len(graph["entities"]),
          f"GraphML has {len(nodes)} nodes, graph.json {len(graph['entities'])} entities")
    check(len(edges) == len(graph["relations"]),
          f"GraphML has {len(edges)} edges, graph.json {len(graph['relations'])} relations")

    nt = kg.ok("export", graph_path, "--format", "nt")
    rdf = rdflib.Graph().parse(data=nt, format="nt")
    check(len(rdf) > 0, "the N-Triples export is empty")
    names = {str(o) for o in rdf.objects(None, rdflib.URIRef("http://schema.org/name"))}
    for entity in graph["entities"]:
        check(entity["name"] in names, f"N-Triples has no schema:name {entity['name']!r}")

    lines = kg.ok("export", graph_path, "--format", "jsonl").splitlines()
    evidence_count = sum(len(r["evidence"]) for r in graph["relations"])
    check(len(lines) == evidence_count, f"{len(lines)} JSONL lines, {evidence_count} evidence")
    for line in lines:
        json.loads(line)

    jsonld = kg.ok("export", graph_path, "--format", "jsonld")
    check("@context" in json.loads(jsonld), "the JSON-LD export has no @context")

    out_file = os.path.join(tmp, "graph.nt")
    kg.ok("export", graph_path, "--format", "nt", "-o", out_file)
    check(read_bytes(out_file).decode("utf-8") == nt, "-o wrote something else than stdout")

    kg.run("export", graph_path, expect=2)
    kg.run("export", graph_path, "--format", "rdfxml", expect=2)


if __name__ == "__main__":
    run_test(test)
