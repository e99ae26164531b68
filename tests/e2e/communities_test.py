"""kg query communities and kg render --color community on the sample graph."""

import json
import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from kgtest import SVG_NS, check, entity_names, load_json, read_bytes, run_test, svg_texts


def modularity(graph, membership, resolution=1.0):
    """Newman's modularity of `membership` (entity index -> community) on the
    weighted undirected projection: one unit per relation, a self loop counts
    twice in its entity's strength and inside its community."""
    strength = defaultdict(float)
    inside = defaultdict(float)
    for r in graph["relations"]:
        s, t = r["source"], r["target"]
        strength[s] += 1
        strength[t] += 1
        if membership[s] == membership[t]:
            inside[membership[s]] += 2
    two_m = sum(strength.values())
    total = defaultdict(float)
    for v, k in strength.items():
        total[membership[v]] += k
    return sum(inside[c] / two_m - resolution * (total[c] / two_m) ** 2 for c in total)


def check_json(graph, result, resolution=1.0):
    names = entity_names(graph)
    entities = result["entities"]
    check([e["name"] for e in entities] == names,
          "--json does not list every entity of graph.json once, in order")
    count = result["count"]
    membership = [e["community"] for e in entities]
    check(all(0 <= c < count for c in membership), f"a community id outside 0..{count - 1}")
    sizes = [membership.count(c) for c in range(count)]
    check(all(s > 0 for s in sizes), "an empty community")
    check(sizes == sorted(sizes, reverse=True), f"communities not largest first: {sizes}")
    ours = modularity(graph, membership, resolution)
    check(abs(ours - result["modularity"]) < 1e-9,
          f"modularity {result['modularity']}, recomputed {ours}")
    if resolution == 1.0:
        check(-0.5 <= result["modularity"] <= 1, f"modularity {result['modularity']} out of range")
        check(result["modularity"] > 0.3, f"weak partition: modularity {result['modularity']}")
    listed = result["communities"]
    check([c["community"] for c in listed] == list(range(len(listed))), "communities out of order")
    check([c["size"] for c in listed] == sizes[:len(listed)],
          "community sizes differ from the membership")
    for c in listed:
        members = [e["name"] for e in entities if e["community"] == c["community"]]
        check(set(c["top_members"]) <= set(members),
              f"community {c['community']}: top members {c['top_members']} not members")
    return membership


def check_table(text, result):
    lines = text.splitlines()
    noun = "community" if result["count"] == 1 else "communities"
    check(lines[0] == f"{result['count']} {noun}, modularity {result['modularity']:.4f}",
          f"summary line {lines[0]!r}")
    rows = [re.split(r"\s{2,}", line.strip()) for line in lines[2:] if line.strip()]
    expected = [[str(c["community"]), str(c["size"]), str(c["relations"]),
                 ", ".join(c["top_members"])] for c in result["communities"]]
    check(rows == expected, f"table rows {rows[:3]} differ from --json {expected[:3]}")


SHAPES = {SVG_NS + "polygon", SVG_NS + "ellipse", SVG_NS + "path"}


def node_fills(svg_bytes):
    """Graphviz node id ("n3", "legendc0") -> the fill of its shape."""
    fills = {}
    for g in ET.fromstring(svg_bytes).iter(SVG_NS + "g"):
        if g.get("class") != "node":
            continue
        title = g.find(SVG_NS + "title").text
        shape = next((e for e in g.iter() if e.tag in SHAPES and e.get("fill") not in (None, "none")),
                     None)
        if shape is not None:
            fills[title] = shape.get("fill")
    return fills


def check_render(kg, graph_path, graph, result, membership, tmp):
    out = os.path.join(tmp, "community.svg")
    kg.ok("render", graph_path, "--color", "community", "-o", out)
    svg = read_bytes(out)
    texts = svg_texts(svg)
    fills = node_fills(svg)
    by_community = defaultdict(set)
    for v, c in enumerate(membership):
        by_community[c].add(fills.get(f"n{v}"))
    coloured = [c for c in range(result["count"]) if c < 12]
    for c in coloured:
        check(len(by_community[c]) == 1, f"community {c} drawn in {by_community[c]}")
        entry = result["communities"][c]
        label = f"{entry['top_members'][0]} ({entry['size']})"
        check(label in texts, f"the legend does not list {label!r}")
        check(fills.get(f"legendc{c}") == next(iter(by_community[c])),
              f"legend entry {c} is not in its community's colour")
    colours = [next(iter(by_community[c])) for c in coloured]
    check(len(set(colours)) == len(colours), f"two communities share a colour: {colours}")
    if result["count"] > 12:
        rest = result["count"] - 12
        check(f"{rest} smaller communit" in texts, "the legend does not count the rest")
        check({fills.get(f"n{v}") for v, c in enumerate(membership) if c >= 12} == {"#ffffff"},
              "communities beyond the palette are not white")
    check("Person" not in texts.split(), "the type legend is drawn by community")

    by_type = os.path.join(tmp, "type.svg")
    kg.ok("render", graph_path, "-o", by_type)
    check("Person" in svg_texts(read_bytes(by_type)), "the default legend lists no types")


def test(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    graph = load_json(graph_path)

    first = kg.ok("query", graph_path, "communities", "--json")
    check(first == kg.ok("query", graph_path, "communities", "--json"),
          "two runs gave different communities")
    result = json.loads(first)
    check(result["seed"] == 42 and result["resolution"] == 1, "defaults not reported")
    membership = check_json(graph, result)
    check(len(result["communities"]) == min(10, result["count"]), "-n defaults to 10")

    everything = json.loads(kg.ok("query", graph_path, "communities", "-n", "0", "--json"))
    check(everything["entities"] == result["entities"], "-n changed the membership")
    check(len(everything["communities"]) == everything["count"], "-n 0 does not list all")
    text = kg.ok("query", graph_path, "communities", "-n", "0")
    check(text == kg.ok("query", graph_path, "communities", "-n", "0"), "text output varies")
    check_table(text, everything)
    check(len(kg.ok("query", graph_path, "communities", "-n", "2").splitlines()) == 4,
          "-n 2 does not list two communities")

    for seed, resolution in ((7, 1.0), (42, 2.0), (42, 0.5)):
        other = json.loads(kg.ok("query", graph_path, "communities", "--json", "--seed", seed,
                                 "--resolution", resolution))
        check(other["seed"] == seed and other["resolution"] == resolution, "options not reported")
        check_json(graph, other, resolution)
    finer = json.loads(kg.ok("query", graph_path, "communities", "--json", "--resolution", "3"))
    check(finer["count"] >= result["count"], "a higher resolution gave fewer communities")

    for bad in (["--resolution", "0"], ["--resolution", "-1"], ["--seed", "x"], ["-n", "-1"]):
        kg.run("query", graph_path, "communities", *bad, expect=2)
    kg.run("render", graph_path, "--color", "rainbow", "-o", os.path.join(tmp, "x.svg"), expect=2)

    check_render(kg, graph_path, graph, everything, membership, tmp)


if __name__ == "__main__":
    run_test(test)
