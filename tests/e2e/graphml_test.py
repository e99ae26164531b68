"""kg export --format graphml opens in networkx and igraph with every
attribute Gephi and Cytoscape need: on nodes the name as `label` (and
`name`), type, aliases, documents, mentions and the centralities; on edges
the relation's label, predicate, qualifiers, symmetry, confidence and
evidence count; each equal to graph.json (the centralities to what kg query
prints)."""

import json
import os

import igraph
import networkx

from kgtest import check, load_json, run_test

MEASURES = ("degree", "pagerank", "betweenness", "eigenvector", "closeness")


def close(a, b):
    return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))


def query_scores(kg, graph_path, measure):
    """Entity name -> sorted scores (names may repeat) from kg query --json."""
    doc = json.loads(kg.ok("query", graph_path, "centrality", "--measure", measure, "--top", "0",
                           "--json"))
    scores = {}
    for row in doc["entities"]:
        scores.setdefault(row["name"], []).append(row["score"])
    return {name: sorted(values) for name, values in scores.items()}


def expected_node(entity):
    return {"label": entity["name"], "name": entity["name"], "type": entity["type"],
            "aliases": "|".join(sorted(entity["aliases"])),
            "documents": "|".join(sorted(entity["documents"])), "mentions": entity["mentions"]}


def expected_edge(relation):
    return {"label": relation["label"], "predicate": relation["predicate"],
            "qualifiers": relation["qualifiers"], "symmetric": relation["symmetric"],
            "confidence": relation["confidence"], "evidence": len(relation["evidence"])}


def check_scores(per_node, graph, reference, where):
    """per_node: entity id -> {measure: score}; reference: measure -> name -> scores."""
    for measure in MEASURES:
        by_name = {}
        for i, entity in enumerate(graph["entities"]):
            value = per_node[i].get(measure)
            check(isinstance(value, float), f"{where}: n{i} has no {measure} ({value!r})")
            by_name.setdefault(entity["name"], []).append(value)
        for name, values in by_name.items():
            wanted = reference[measure][name]
            check(len(values) == len(wanted) and all(map(close, sorted(values), wanted)),
                  f"{where}: {measure} of {name!r} is {values}, kg query says {wanted}")


def check_networkx(path, graph, reference):
    g = networkx.read_graphml(path)
    check(g.is_directed() and g.is_multigraph(), "networkx: not a directed multigraph")
    check(g.number_of_nodes() == len(graph["entities"]), "networkx: node count differs")
    check(g.number_of_edges() == len(graph["relations"]), "networkx: edge count differs")
    for i, entity in enumerate(graph["entities"]):
        # networkx leaves out the attributes of empty <data> elements.
        data = g.nodes[f"n{i}"]
        for key, value in expected_node(entity).items():
            check(data.get(key, "") == value, f"networkx: n{i} {key} = {data.get(key)!r}, "
                  f"graph.json says {value!r}")
    check_scores({i: g.nodes[f"n{i}"] for i in range(len(graph["entities"]))}, graph, reference,
                 "networkx")
    for index, relation in enumerate(graph["relations"]):
        ends = (f"n{relation['source']}", f"n{relation['target']}")
        data = g.get_edge_data(*ends, key=f"e{index}")
        check(data is not None, f"networkx: no edge e{index} {ends}")
        data = dict(data, qualifiers=json.loads(data["qualifiers"]))
        for key, value in expected_edge(relation).items():
            check(data.get(key, "") == value, f"networkx: e{index} {key} = {data.get(key)!r}, "
                  f"graph.json says {value!r}")


def check_igraph(path, graph, reference):
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "igraph: not directed")
    check(g.vcount() == len(graph["entities"]) and g.ecount() == len(graph["relations"]),
          "igraph: node or edge count differs")
    for i, entity in enumerate(graph["entities"]):
        vertex = g.vs[i]
        check(vertex["id"] == f"n{i}", f"igraph: vertex {i} is {vertex['id']}")
        for key, value in expected_node(entity).items():
            got = vertex[key]
            got = int(got) if key == "mentions" else got  # igraph reads int as float
            check(got == value, f"igraph: n{i} {key} = {got!r}, graph.json says {value!r}")
    check_scores({v.index: v.attributes() for v in g.vs}, graph, reference, "igraph")
    for index, relation in enumerate(graph["relations"]):
        edge = g.es[index]
        check((edge.source, edge.target) == (relation["source"], relation["target"]),
              f"igraph: e{index} joins other entities")
        data = dict(edge.attributes(), qualifiers=json.loads(edge["qualifiers"]),
                    evidence=int(edge["evidence"]), symmetric=bool(edge["symmetric"]))
        for key, value in expected_edge(relation).items():
            check(data.get(key) == value, f"igraph: e{index} {key} = {data.get(key)!r}, "
                  f"graph.json says {value!r}")


def test(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    graph = load_json(graph_path)
    check(any(r["qualifiers"] for r in graph["relations"]), "no relation has qualifiers")
    check(any(e["aliases"] for e in graph["entities"]), "no entity has aliases")
    path = os.path.join(tmp, "g.graphml")
    kg.ok("export", graph_path, "--format", "graphml", "-o", path)
    reference = {m: query_scores(kg, graph_path, m) for m in MEASURES}
    check_networkx(path, graph, reference)
    check_igraph(path, graph, reference)


run_test(test)
