#!/usr/bin/python3
"""kg query communities against python3-igraph's community_multilevel.

    bench/communities.py KG GRAPH.json GRAPH.graphml [--runs R] [--calls C]

Both run Louvain on the same weighted undirected graph: every relation adds 1
to the weight of its pair of entities (igraph: the GraphML made undirected
with each edge kept, then simplified with the weights summed). For each seed
1..R, kg and igraph alternate: kg in a fresh process with --seed i, timed by
itself (--timing --repeat C+1: the median of calls 2..C+1, each from scratch,
building its weighted adjacency from the relations), then igraph with
Python's random seeded with i (python-igraph draws from it), the median of C
calls of community_multilevel alone on the graph already built. Each side's
modularity is computed by igraph (Graph.modularity, weighted) from its
membership, and kg's own figure is checked against it. Prints one JSON
object: the medians over the seeds of time and modularity for both, and the
ranges.
"""
import argparse
import json
import random
import statistics
import subprocess
import time

import igraph


def kg_communities(kg, graph_json, seed, calls):
    """kg's membership (by entity index), its modularity and its warm time in ms."""
    done = subprocess.run([kg, "query", graph_json, "communities", "--json", "--seed", str(seed),
                           "--timing", "--repeat", str(calls + 1)],
                          capture_output=True, text=True, check=True)
    times = dict((line.split()[1], float(line.split()[2])) for line in done.stderr.splitlines()
                 if line.startswith("timing: "))
    result = json.loads(done.stdout)
    return ([e["community"] for e in result["entities"]], result["modularity"],
            times["compute-warm"])


def igraph_communities(g, seed, calls):
    """igraph's membership and the median time of `calls` calls, in ms."""
    random.seed(seed)
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        clustering = g.community_multilevel(weights="weight")
        samples.append((time.perf_counter() - start) * 1000.0)
    return clustering.membership, statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kg")
    parser.add_argument("graph_json")
    parser.add_argument("graphml")
    parser.add_argument("--runs", type=int, default=5, help="seeds 1..R")
    parser.add_argument("--calls", type=int, default=5, help="timed calls per seed")
    args = parser.parse_args()

    g = igraph.Graph.Read_GraphML(args.graphml)
    with open(args.graph_json, encoding="utf-8") as f:
        n = len(json.load(f)["entities"])
    if g.vcount() != n or any(v["id"] != f"n{v.index}" for v in g.vs):
        raise SystemExit("the GraphML vertices are not graph.json's entities in order")
    g.to_undirected(mode="each")
    g.es["weight"] = [1.0] * g.ecount()
    g.simplify(multiple=True, loops=False, combine_edges={"weight": "sum"})

    kg_q, kg_ms, ig_q, ig_ms, counts = [], [], [], [], []
    for seed in range(1, args.runs + 1):
        membership, reported, ms = kg_communities(args.kg, args.graph_json, seed, args.calls)
        q = g.modularity(membership, weights="weight")
        if abs(q - reported) > 1e-9:
            raise SystemExit(f"seed {seed}: kg reports modularity {reported}, igraph finds {q}")
        kg_q.append(q)
        kg_ms.append(ms)
        theirs, ms = igraph_communities(g, seed, args.calls)
        ig_q.append(g.modularity(theirs, weights="weight"))
        ig_ms.append(ms)
        counts.append((max(membership) + 1, max(theirs) + 1))
    print(json.dumps({
        "n": n, "edges": g.ecount(), "runs": args.runs,
        "kg_ms": statistics.median(kg_ms), "igraph_ms": statistics.median(ig_ms),
        "kg_q": statistics.median(kg_q), "igraph_q": statistics.median(ig_q),
        "kg_q_range": [min(kg_q), max(kg_q)], "igraph_q_range": [min(ig_q), max(ig_q)],
        "kg_communities": statistics.median(c[0] for c in counts),
        "igraph_communities": statistics.median(c[1] for c in counts)}))


if __name__ == "__main__":
    main()
