#!/usr/bin/python3
"""kg query against python3-igraph and python3-networkx on the same graph.

    bench/analytics.py KG GRAPH.json GRAPH.graphml [--runs R] [--nx-sample K]

For each question (degree, betweenness, harmonic closeness, PageRank,
eigenvector, components, one shortest path):
  1. checks kg's full answer against igraph's: every vertex within 1e-6
     relative (a value whose magnitude is below 1e-9 of the largest counts as
     0, for eigenvector scores of components the leading eigenvector misses);
     a mismatch aborts the benchmark;
  2. times it: kg's compute time as kg itself reports it (`--timing`, graph
     already loaded) against the igraph / networkx call alone on a graph
     already read and made simple and undirected. All three are timed the
     same way: the median of R calls in one process (kg: `--repeat`, the
     median of calls 2..R+1, each computing from scratch), so caches are warm
     for all. kg's first call in a fresh process (cold caches) is reported
     too, as "kg_first" (the median over R processes). The slow questions
     (betweenness, closeness) are timed once per process, first call only,
     for every library. Every timer covers building the structure the answer
     is computed on from the loaded graph: kg its flat adjacency (CSR) from
     the relations, igraph PRPACK's graph for PageRank, networkx its SciPy
     matrix for PageRank; and the answer as a list (kg: a vector). Load times
     are reported on their own rows: kg reading graph.json against igraph
     and networkx reading the GraphML.
networkx betweenness on big graphs takes minutes, so with --nx-sample K it is
timed with networkx's own k=K source sampling and scaled by n / K: Brandes'
cost is one BFS and one accumulation per source, the same whatever K, and
networkx draws the K sources uniformly, so n / K times the sampled run is an
unbiased estimate of the exact run (checked: README, Benchmarks). The row says
so. networkx PageRank runs with its default tol=1e-6, which bounds the sum of
changes by n * 1e-6, so its answer is not checked against igraph's; the row
gives how far off it is.
With --skip-closeness (100k vertices), harmonic closeness, O(n m) for every
library, is not run (about 100 times the 10k time, minutes per run).
Prints one JSON object per row on stdout (bench/run formats the table).
"""
import argparse
import json
import statistics
import subprocess
import time

import igraph
import networkx

MEASURES = ["degree", "betweenness", "closeness", "pagerank", "eigenvector"]


def kg_run(kg, args, repeat=1):
    """Runs kg with --timing; returns (stdout, {"load": ms, "compute": ms}), with
    "compute-warm" too when repeat > 1 (the median of calls 2..repeat)."""
    extra = ["--timing"] + (["--repeat", str(repeat)] if repeat > 1 else [])
    done = subprocess.run([kg] + args + extra, capture_output=True, text=True, check=True)
    times = {}
    for line in done.stderr.splitlines():
        if line.startswith("timing: "):
            _, what, ms, _ = line.split()
            times[what] = float(ms)
    return done.stdout, times


def kg_time(row, args, command, runs):
    """Sets row["kg_first"], the median over args.runs fresh processes of the
    first call, and row["kg"]: with runs > 1 the median of `runs` further calls
    in one process (the peers' way), else the first-call figure."""
    samples = [kg_run(args.kg, command, repeat=runs + 1 if runs > 1 else 1)[1]
               for _ in range(args.runs)]
    row["kg_first"] = statistics.median(t["compute"] for t in samples)
    row["kg"] = (statistics.median(t["compute-warm"] for t in samples) if runs > 1
                 else row["kg_first"])


def timed(function, runs):
    """Median wall time of `function()` over `runs` calls, in ms, and its last result."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples), result


def igraph_scores(g, measure):
    n = g.vcount()
    if measure == "degree":
        return [d / (n - 1) for d in g.degree()]
    if measure == "betweenness":
        return [b / ((n - 1) * (n - 2) / 2) for b in g.betweenness(directed=False)]
    if measure == "closeness":
        return g.harmonic_centrality(normalized=True)
    if measure == "pagerank":
        return g.pagerank(damping=0.85)
    return g.eigenvector_centrality(directed=False, scale=True)


def networkx_scores(G, measure, k=None):
    n = G.number_of_nodes()
    if measure == "degree":
        return networkx.degree_centrality(G)
    if measure == "betweenness":
        return networkx.betweenness_centrality(G, k=k, normalized=True, seed=1)
    if measure == "closeness":
        return {v: c / (n - 1) for v, c in networkx.harmonic_centrality(G).items()}
    if measure == "pagerank":
        return networkx.pagerank(G, alpha=0.85)
    return networkx.eigenvector_centrality(G, max_iter=1000)


def agree(ours, reference, what):
    """Raises unless every value agrees to 1e-6 relative (see the module doc)."""
    floor = 1e-9 * max(abs(x) for x in reference) if reference else 0.0
    worst = 0.0
    for i, (a, b) in enumerate(zip(ours, reference)):
        if abs(a) <= floor and abs(b) <= floor:
            continue
        error = abs(a - b) / max(abs(b), floor)
        worst = max(worst, error)
        if error > 1e-6:
            raise SystemExit(f"{what}: vertex {i}: kg {a!r} vs igraph {b!r}")
    return worst


def kg_scores(kg, graph_json, measure, names):
    out, _ = kg_run(kg, ["query", graph_json, "centrality", "--measure", measure,
                         "--top", "0", "--json", "--samples", "0"])
    scores = [0.0] * len(names)
    for entry in json.loads(out)["entities"]:
        scores[names[entry["name"]]] = entry["score"]
    return scores


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kg")
    parser.add_argument("graph_json")
    parser.add_argument("graphml")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--nx-sample", type=int, default=0)
    parser.add_argument("--skip-exact-betweenness", action="store_true",
                        help="time kg's automatic sampled betweenness only, no peers")
    parser.add_argument("--skip-closeness", action="store_true",
                        help="do not run harmonic closeness (O(n m) for every library)")
    args = parser.parse_args()

    with open(args.graph_json, encoding="utf-8") as f:
        names = {e["name"]: e["id"] for e in json.load(f)["entities"]}
    n = len(names)

    def emit(row):
        row["n"] = n
        print(json.dumps(row), flush=True)

    # Loading: kg graph.json (as kg reports it) vs GraphML in igraph / networkx.
    kg_load = statistics.median(
        kg_run(args.kg, ["query", args.graph_json, "components", "--top", "1"])[1]["load"]
        for _ in range(args.runs))
    ig_load, g = timed(lambda: igraph.Graph.Read_GraphML(args.graphml), 1)
    nx_load, G = timed(lambda: networkx.read_graphml(args.graphml), 1)
    emit({"question": "load", "kg": kg_load, "igraph": ig_load, "networkx": nx_load})
    # kg's analytics use the simple undirected projection; give the peers the same graph.
    g.to_undirected(mode="collapse")
    g.simplify()
    G = networkx.Graph(G)
    G.remove_edges_from(list(networkx.selfloop_edges(G)))

    for measure in MEASURES:
        exact_btw = measure == "betweenness" and not args.skip_exact_betweenness
        row = {"question": measure}
        if measure == "closeness" and args.skip_closeness:
            row["note"] = "not run: O(n m), ~100x the 10k time for every library"
            emit(row)
            continue
        if measure != "betweenness" or exact_btw:
            row["max_rel_error"] = agree(kg_scores(args.kg, args.graph_json, measure, names),
                                         igraph_scores(g, measure), measure)
        extra = ["--samples", "0"] if exact_btw else []
        runs = 1 if measure in ("betweenness", "closeness") else args.runs
        kg_time(row, args, ["query", args.graph_json, "centrality", "--measure", measure,
                            "--top", "1"] + extra, runs)
        if measure == "betweenness" and not exact_btw:
            row["note"] = "kg sampled (automatic); peers not run"
            emit(row)
            continue
        row["igraph"], _ = timed(lambda: igraph_scores(g, measure), runs)
        if measure == "betweenness" and args.nx_sample and args.nx_sample < n:
            ms, _ = timed(lambda: networkx_scores(G, measure, args.nx_sample), 1)
            row["networkx"] = ms * n / args.nx_sample
            row["note"] = f"networkx timed with k={args.nx_sample} sources, scaled by n/k"
        elif measure in ("betweenness", "closeness") and n > 20000:
            row["note"] = "networkx not run (minutes)"
        else:
            row["networkx"], theirs = timed(lambda: networkx_scores(G, measure), runs)
            if measure == "pagerank":
                reference = igraph_scores(g, measure)
                off = max(abs(theirs[v["id"]] - reference[v.index]) / reference[v.index]
                          for v in g.vs)
                row["note"] = f"networkx's default tol: its scores are up to {off:.1e} off igraph's"
        emit(row)

    # Components: count and sizes must match igraph's.
    out, _ = kg_run(args.kg, ["query", args.graph_json, "components", "--top", "0", "--json"])
    ours = sorted((c["size"] for c in json.loads(out)["components"]), reverse=True)
    theirs = sorted(g.connected_components().sizes(), reverse=True)
    if ours != theirs:
        raise SystemExit(f"components: kg {ours[:5]}... vs igraph {theirs[:5]}...")
    row = {"question": "components", "max_rel_error": 0.0}
    kg_time(row, args, ["query", args.graph_json, "components", "--top", "1"], args.runs)
    row["igraph"], _ = timed(lambda: g.connected_components(), args.runs)
    row["networkx"], _ = timed(lambda: list(networkx.connected_components(G)), args.runs)
    emit(row)

    # One shortest path between the first vertex and the farthest one from it.
    distances = g.distances(source=0)[0]
    far = max((d, v) for v, d in enumerate(distances) if d != float("inf"))[1]
    inv = {i: name for name, i in names.items()}
    out, _ = kg_run(args.kg, ["query", args.graph_json, "path", inv[0], inv[far], "--json"])
    if json.loads(out)["length"] != distances[far]:
        raise SystemExit(f"path: kg {json.loads(out)['length']} vs igraph {distances[far]}")
    row = {"question": "path", "max_rel_error": 0.0}
    kg_time(row, args, ["query", args.graph_json, "path", inv[0], inv[far]], args.runs)
    row["igraph"], _ = timed(lambda: g.get_shortest_paths(0, far), args.runs)
    source, target = f"n{0}", f"n{far}"
    row["networkx"], _ = timed(lambda: networkx.shortest_path(G, source, target), args.runs)
    emit(row)


if __name__ == "__main__":
    main()
