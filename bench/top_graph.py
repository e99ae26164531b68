#!/usr/bin/python3
"""Writes the subgraph of a graph.json's N most central entities as graph.json.

    bench/top_graph.py KG GRAPH.json N OUT.json [--measure M]

The entities are the top N of `kg query GRAPH.json centrality --measure M`
(default pagerank, the measure `kg render --top` ranks by), kept in their
original order; the relations are those joining two kept entities. bench/run
renders these files so that `kg render` and the Graphviz CLI get the same
graph with nothing left to select: kg reads only the entities it draws, as
`dot` reads only the DOT it draws.
"""
import argparse
import json
import subprocess


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kg", help="the kg binary")
    parser.add_argument("graph", help="graph.json to cut")
    parser.add_argument("n", type=int, help="how many entities to keep")
    parser.add_argument("out", help="graph.json to write")
    parser.add_argument("--measure", default="pagerank")
    args = parser.parse_args()
    ranked = subprocess.run([args.kg, "query", args.graph, "centrality", "--measure",
                             args.measure, "--top", str(args.n), "--json"],
                            check=True, capture_output=True, text=True).stdout
    keep = {entry["name"] for entry in json.loads(ranked)["entities"]}
    with open(args.graph, encoding="utf-8") as f:
        graph = json.load(f)
    new_id = {}
    entities = []
    for entity in graph["entities"]:
        if entity["name"] in keep:
            new_id[entity["id"]] = len(entities)
            entities.append(dict(entity, id=len(entities)))
    relations = [dict(r, source=new_id[r["source"]], target=new_id[r["target"]])
                 for r in graph["relations"] if r["source"] in new_id and r["target"] in new_id]
    graph["entities"], graph["relations"] = entities, relations
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(graph, out)


if __name__ == "__main__":
    main()
