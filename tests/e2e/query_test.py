"""kg query answers centrality, neighbourhood and path questions on the sample graph."""

import json
import math
import os

from kgtest import (bfs_distances, check, check_one_line_error, entity_names, load_json,
                    run_test, undirected_adjacency)

MEASURES = ["degree", "betweenness", "closeness", "pagerank", "eigenvector"]


def table_rows(text):
    """Data rows of a text table (the header line dropped)."""
    return [line for line in text.splitlines()[1:] if line.strip()]


def check_centrality(kg, graph_path, n_entities):
    text = kg.ok("query", graph_path, "centrality", "--measure", "betweenness", "--top", "3")
    rows = table_rows(text)
    check(len(rows) == 3, f"--top 3 printed {len(rows)} rows:\n{text}")
    check(any("To Lam" in row for row in rows), f"To Lam is not in the top 3:\n{text}")

    for measure in MEASURES:
        for extra in ([], ["--directed"]):
            result = json.loads(kg.ok("query", graph_path, "centrality", "--measure", measure,
                                      "--top", "0", "--json", *extra))
            check(result["measure"] == measure, f"--json reports measure {result['measure']}")
            entities = result["entities"]
            check(len(entities) == n_entities,
                  f"{measure}: --top 0 lists {len(entities)} of {n_entities} entities")
            scores = [e["score"] for e in entities]
            check(scores == sorted(scores, reverse=True), f"{measure}: scores not descending")
            check([e["rank"] for e in entities] == list(range(1, n_entities + 1)),
                  f"{measure}: ranks are not 1..n")
            check(all(s >= 0 and math.isfinite(s) for s in scores),
                  f"{measure}: negative or non-finite score")
            if measure == "pagerank":
                check(abs(sum(scores) - 1) < 1e-6, f"pagerank sums to {sum(scores)}")


def check_neighbors(kg, graph_path, graph):
    names = entity_names(graph)
    adjacency = undirected_adjacency(graph)
    to_lam = names.index("To Lam")
    for depth in (1, 2):
        result = json.loads(kg.ok("query", graph_path, "neighbors", "Lam", "--depth", depth,
                                  "--json"))
        check(result["center"]["name"] == "To Lam",
              f"'Lam' resolved to {result['center']['name']!r}, not 'To Lam'")
        expected = {names[v]: d for v, d in bfs_distances(adjacency, to_lam).items()
                    if 0 < d <= depth}
        got = {n["name"]: n["distance"] for n in result["neighbors"]}
        check(got == expected, f"depth {depth}: neighbours {got}, expected {expected}")
        check(all(n["relations"] for n in result["neighbors"] if n["distance"] == 1),
              "a direct neighbour has no relation listed")
    # The table has one row per relation with a direct neighbour.
    direct = json.loads(kg.ok("query", graph_path, "neighbors", "Lam", "--json"))["neighbors"]
    check(len(direct) == len(adjacency[to_lam]), "depth 1 lists other entities than BFS")
    text = kg.ok("query", graph_path, "neighbors", "Lam")
    check(len(table_rows(text)) == sum(len(n["relations"]) for n in direct),
          f"text neighbours:\n{text}")


def check_paths(kg, graph_path, graph):
    names = entity_names(graph)
    adjacency = undirected_adjacency(graph)
    start = names.index("To Lam")
    distances = bfs_distances(adjacency, start)
    farthest = max(distances, key=lambda v: (distances[v], -v))
    check(distances[farthest] >= 1, "To Lam has no neighbours")
    result = json.loads(kg.ok("query", graph_path, "path", "Lam", names[farthest], "--json"))
    check(result["length"] == distances[farthest],
          f"path to {names[farthest]} has length {result['length']}, BFS says "
          f"{distances[farthest]}")
    path_names = [e["name"] for e in result["entities"]]
    check(path_names[0] == "To Lam" and path_names[-1] == names[farthest],
          f"path runs {path_names}")
    pairs = {(names[r["source"]], r["predicate"], names[r["target"]]) for r in graph["relations"]}
    for step in result["steps"]:
        triple = (step["source"], step["predicate"], step["target"])
        check(triple in pairs, f"path step {triple} is not a relation of graph.json")

    text = kg.ok("query", graph_path, "path", "To Lam", names[farthest])
    steps = [line for line in text.splitlines() if line.startswith(("  --", "  <--"))]
    check(len(steps) == distances[farthest], f"text path:\n{text}")

    # Entities in another component have no path to To Lam.
    unreachable = [v for v in range(len(names)) if v not in distances]
    if unreachable:
        proc = kg.run("query", graph_path, "path", "To Lam", names[unreachable[0]])
        check_one_line_error(proc, "no path")


def test(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    graph = load_json(graph_path)
    check_centrality(kg, graph_path, len(graph["entities"]))
    check_neighbors(kg, graph_path, graph)
    check_paths(kg, graph_path, graph)

    for args in (["neighbors", "Nobody Atall"], ["path", "To Lam", "Nobody Atall"],
                 ["path", "Nobody Atall", "To Lam"]):
        check_one_line_error(kg.run("query", graph_path, *args), "Nobody Atall", "graph.json")

    for args in (["centrality", "--measure", "fame"], ["centrality", "--top", "-1"],
                 ["neighbors"], ["neighbors", "Lam", "--depth", "0"], ["path", "To Lam"],
                 ["centrality", "--bogus"], []):
        kg.run("query", graph_path, *args, expect=2)


if __name__ == "__main__":
    run_test(test)
