#!/usr/bin/python3
"""kg options for large graphs: query components, --samples, --threads,
--timing, --repeat and render --collapse-leaves, on a graph built from the samples.

    scale_options_test.py KG DATA_DIR
"""
import json
import subprocess
import sys
import tempfile


def run(*args):
    return subprocess.run(list(args), check=True, capture_output=True, text=True)


def main():
    kg, data = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as work:
        run(kg, "build", data, "-o", work)
        graph = f"{work}/graph.json"
        with open(graph, encoding="utf-8") as f:
            n = len(json.load(f)["entities"])

        comps = json.loads(run(kg, "query", graph, "components", "--top", "0", "--json").stdout)
        sizes = [c["size"] for c in comps["components"]]
        assert comps["count"] == len(sizes) and sum(sizes) == n, comps
        assert sizes == sorted(sizes, reverse=True), sizes

        def betweenness(*extra):
            out = run(kg, "query", graph, "centrality", "--top", "0", "--json", *extra).stdout
            return {e["name"]: e["score"] for e in json.loads(out)["entities"]}

        exact = betweenness()
        assert betweenness("--threads", "1") == exact == betweenness("--threads", "2")
        assert betweenness("--samples", "0") == exact
        assert betweenness("--samples", "5") == betweenness("--samples", "5", "--threads", "1")

        timed = run(kg, "query", graph, "centrality", "--timing")
        assert "timing: load" in timed.stderr and "timing: compute" in timed.stderr, timed.stderr
        assert "compute-warm" not in timed.stderr, timed.stderr
        # --repeat: the same answer, and the median of the later calls.
        for question in (["centrality", "--measure", "pagerank", "--top", "0", "--json"],
                         ["components", "--top", "0", "--json"]):
            once = run(kg, "query", graph, *question).stdout
            repeated = run(kg, "query", graph, *question, "--repeat", "4", "--timing")
            assert repeated.stdout == once, question
            lines = [l.split() for l in repeated.stderr.splitlines() if l.startswith("timing:")]
            assert [l[1] for l in lines] == ["load", "compute", "compute-warm"], lines
            assert all(float(l[2]) >= 0 and l[3] == "ms" for l in lines), lines
        bad = subprocess.run([kg, "query", graph, "components", "--repeat", "0"],
                             capture_output=True, text=True)
        assert bad.returncode == 2, bad

        dot = run(kg, "render", graph, "--format", "dot", "--collapse-leaves", "2", "-o", "-")
        assert " more" in dot.stdout, "no collapsed leaf group in the sample graph"
        bad = subprocess.run([kg, "query", graph, "centrality", "--samples", "-1"],
                             capture_output=True, text=True)
        assert bad.returncode == 2, bad
    print("ok")


if __name__ == "__main__":
    main()
