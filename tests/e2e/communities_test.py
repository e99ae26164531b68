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


def node_groups(svg_bytes):
    """Graphviz node id ("n3", "legendc0", "legend") -> its <g class="node">."""
    return {g.find(SVG_NS + "title").text: g
            for g in ET.fromstring(svg_bytes).iter(SVG_NS + "g") if g.get("class") == "node"}


def node_fills(groups):
    """Graphviz node id -> the fill of its shape (nodes without one left out)."""
    fills = {}
    for title, g in groups.items():
        shape = next((e for e in g.iter() if e.tag in SHAPES and e.get("fill") not in (None, "none")),
                     None)
        if shape is not None:
            fills[title] = shape.get("fill")
    return fills


def legend_entries(groups):
    """The legend's entries in order, as (text, fill) pairs, in either form:
    nodes "legendc<i>" in a cluster (dot, fdp), or the cells of the one table
    node "legend" (sfdp, ...), where each cell's filled polygon comes before its
    text; the header and the note are texts without a cell."""
    if "legend" not in groups:
        entries = []
        while f"legendc{len(entries)}" in groups:
            g = groups[f"legendc{len(entries)}"]
            text = " ".join("".join(t.itertext()) for t in g.iter(SVG_NS + "text"))
            entries.append((text, node_fills({"x": g}).get("x")))
        return entries
    check(not any(t.startswith("legendc") for t in groups), "both legend forms drawn")
    entries, fill = [], None
    for e in groups["legend"].iter():
        if e.tag == SVG_NS + "polygon" and e.get("fill") not in (None, "none", "transparent"):
            fill = e.get("fill")
        elif e.tag == SVG_NS + "text" and fill is not None:
            entries.append(("".join(e.itertext()), fill))
            fill = None
    return entries


def check_render(kg, graph_path, graph, result, membership, tmp, *args):
    """kg render --color community with `args`: every entity with a relation
    drawn (with --isolated every entity), each palette community drawn in one
    colour of its own, the rest white, and the legend listing exactly the
    communities drawn, largest first, each in its members' colour."""
    out = os.path.join(tmp, "community.svg")
    kg.ok("render", graph_path, "--color", "community", "-o", out, *args)
    svg = read_bytes(out)
    texts = svg_texts(svg)
    groups = node_groups(svg)
    fills = node_fills(groups)
    related = {r["source"] for r in graph["relations"]} | {r["target"] for r in graph["relations"]}
    drawn = {v for v in range(len(membership)) if f"n{v}" in groups}
    wanted = set(range(len(membership))) if "--isolated" in args else related
    check(drawn == wanted, f"drawn entities {sorted(drawn)}, expected {sorted(wanted)}")
    hidden = len(membership) - len(drawn)
    if hidden:
        check(f"{hidden} entities without relations not drawn" in texts,
              f"the legend does not count the {hidden} entities left out")
    by_community = defaultdict(set)
    for v in drawn:
        by_community[membership[v]].add(fills.get(f"n{v}"))
    coloured = [c for c in range(min(12, result["count"])) if by_community[c]]
    expected = []
    for c in coloured:
        check(len(by_community[c]) == 1, f"community {c} drawn in {by_community[c]}")
        entry = result["communities"][c]
        expected.append((f"{entry['top_members'][0]} ({entry['size']})",
                         next(iter(by_community[c]))))
    colours = [fill for _, fill in expected]
    check(len(set(colours)) == len(colours), f"two communities share a colour: {colours}")
    rest = [c for c in by_community if c >= 12]
    entries = legend_entries(groups)
    check(entries[:len(expected)] == expected,
          f"legend entries {entries[:len(expected)]}, expected {expected}")
    if rest:
        check(len(entries) == len(expected) + 1 and
              entries[-1][0].startswith(f"{len(rest)} smaller communit") and
              entries[-1][1] == "#ffffff", f"the legend does not count the rest: {entries[-1:]}")
        check(set().union(*(by_community[c] for c in rest)) == {"#ffffff"},
              "communities beyond the palette are not white")
    else:
        check(len(entries) == len(expected), f"extra legend entries: {entries[len(expected):]}")
    check("Person" not in texts.split(), "the type legend is drawn by community")

    by_type = os.path.join(tmp, "type.svg")
    kg.ok("render", graph_path, "-o", by_type, *args)
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

    # dot's cluster legend, with and without the entities that have no relation,
    # and sfdp's one table node.
    for args in ((), ("--isolated",), ("--layout", "sfdp")):
        check_render(kg, graph_path, graph, everything, membership, tmp, *args)


if __name__ == "__main__":
    run_test(test)
