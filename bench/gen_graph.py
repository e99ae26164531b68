#!/usr/bin/python3
"""Writes a synthetic knowledge-graph-like graph as kg's graph.json.

    bench/gen_graph.py N OUT.json [--seed S]

Shape, chosen to look like what `kg build` makes of a news archive:
  - several components: one giant component with ~80% of the entities, then
    components whose sizes fall off geometrically, down to pairs;
  - heavy-tailed degrees: inside each component, preferential attachment
    (each new entity joins 1, 2, 3 or 5 existing ones, picked in proportion to
    their degree), so a few hubs and many degree-1 leaves;
  - typed nodes: hubs are mostly countries and organisations, leaves mostly
    people, dates and events;
  - ~5% parallel relations (a second predicate between the same two
    entities), which kg's analytics count once.
Names are unique ("Person 17 Nguyen"), relations carry no evidence text.
The same N and seed always give the same file (Python's random.Random).
"""
import argparse
import json
import random

TYPES_HUB = ["Country", "Organization", "Country", "Organization", "Place"]
TYPES_LEAF = ["Person", "Person", "Person", "Date", "Event", "Place", "Agreement", "Organization"]
SURNAMES = ["Nguyen", "Ibrahim", "Tan", "Smith", "Garcia", "Okafor", "Ivanova", "Haddad",
            "Kim", "Silva", "Novak", "Sato", "Mensah", "Kowalski", "Rossi", "Dubois"]
PREDICATES = ["visited", "met", "signed", "member of", "located in", "president of",
              "agreed with", "criticised", "invited", "hosted", "partner of", "born in"]


def component_sizes(n, rng):
    """Giant component of ~80%, the rest in geometrically shrinking pieces."""
    sizes = [max(2, int(n * 0.8))]
    left = n - sizes[0]
    piece = max(2, left // 4)
    while left > 0:
        size = min(left, max(2, int(piece * rng.uniform(0.5, 1.0))))
        if left - size == 1:  # never leave a single isolated vertex
            size += 1
        sizes.append(size)
        left -= size
        piece = max(2, piece // 2)
    return sizes


def attach_count(rng):
    """How many existing entities a new one joins: mean ~1.85."""
    r = rng.random()
    return 1 if r < 0.5 else 2 if r < 0.8 else 3 if r < 0.95 else 5


def generate(n, seed):
    rng = random.Random(seed)
    edges = []
    first = 0
    for size in component_sizes(n, rng):
        # endpoints: every vertex once per incident edge (+1 so new ones can be picked)
        endpoints = [first]
        for v in range(first + 1, first + size):
            targets = set()
            for _ in range(min(attach_count(rng), v - first)):
                targets.add(rng.choice(endpoints))
            for t in sorted(targets):
                edges.append((v, t) if rng.random() < 0.5 else (t, v))
                endpoints.append(t)
                endpoints.append(v)
            endpoints.append(v)
        first += size
    degree = [0] * n
    for s, t in edges:
        degree[s] += 1
        degree[t] += 1
    extra = [edges[rng.randrange(len(edges))] for _ in range(len(edges) // 20)]

    entities = []
    for v in range(n):
        kind = rng.choice(TYPES_HUB if degree[v] >= 8 else TYPES_LEAF)
        entities.append({"id": v, "name": f"{kind} {v} {rng.choice(SURNAMES)}", "type": kind,
                         "aliases": [], "documents": ["bench.txt"], "mentions": 1 + degree[v]})
    relations = []
    for i, (s, t) in enumerate(edges + extra):
        predicate = PREDICATES[i % len(PREDICATES)]
        relations.append({"source": s, "target": t, "predicate": predicate, "label": predicate,
                          "symmetric": False, "qualifiers": {}, "confidence": 0.9,
                          "evidence": []})
    return {"format": "kg-graph", "version": 1,
            "documents": [{"name": "bench.txt", "title": "synthetic", "sentences": 0}],
            "entities": entities, "relations": relations}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of entities (at least 2)")
    parser.add_argument("out", help="graph.json to write")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(generate(max(2, args.n), args.seed), out)


if __name__ == "__main__":
    main()
