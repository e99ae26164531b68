"""Diagrams people can read: relations between two entities drawn as one edge
(strongest label, "+N", every label in the tooltip; --all-edges draws them
apart), entities without relations left out and counted (--isolated draws
them), --top never draws an unconnected entity, --focus highlights its
entity, the sfdp legend is one box; kg build's graph.svg and graph.dot bundle
too."""

import os
import re
import xml.etree.ElementTree as ET

from kgtest import SVG_NS, check, load_json, read_bytes, run_test

XLINK_TITLE = "{http://www.w3.org/1999/xlink}title"
NOTE = re.compile(r"(\d+) entit(?:y|ies) without relations not drawn \(--isolated\)")


class Drawing:
    """The nodes and edges of a Graphviz SVG, by their <title>s."""

    def __init__(self, svg_bytes):
        root = ET.fromstring(svg_bytes)
        self.nodes = {}     # node name -> (texts, shape stroke widths)
        self.edges = []     # (tail name, head name, label text, tooltip)
        self.all_text = " ".join("".join(t.itertext()) for t in root.iter(SVG_NS + "text"))
        for group in root.iter(SVG_NS + "g"):
            title = group.find(SVG_NS + "title")
            if title is None:
                continue
            texts = ["".join(t.itertext()) for t in group.iter(SVG_NS + "text")]
            if group.get("class") == "node":
                widths = {s.get("stroke-width") for s in group.iter()
                          if s.tag in (SVG_NS + "ellipse", SVG_NS + "polygon")}
                self.nodes[title.text] = (texts, widths)
            elif group.get("class") == "edge":
                tail, head = title.text.split("->")
                link = next((a for a in group.iter(SVG_NS + "a") if a.get(XLINK_TITLE)), None)
                tooltip = link.get(XLINK_TITLE) if link is not None else ""
                self.edges.append((tail, head, " ".join(texts), tooltip))

    def entity_nodes(self):
        """Vertex number -> label of every drawn entity (nodes "n<v>")."""
        return {int(name[1:]): " ".join(texts) for name, (texts, _) in self.nodes.items()
                if re.fullmatch(r"n\d+", name)}

    def edges_between(self, a, b):
        ends = {f"n{a}", f"n{b}"}
        return [e for e in self.edges if {e[0], e[1]} == ends]


def relations_between(graph, a, b):
    return [r for r in graph["relations"] if {r["source"], r["target"]} == {a, b}]


def unrelated(graph):
    """Ids of the entities that no relation joins to another entity."""
    joined = set()
    for r in graph["relations"]:
        if r["source"] != r["target"]:
            joined.update((r["source"], r["target"]))
    return [i for i in range(len(graph["entities"])) if i not in joined]


def entity_id(graph, name):
    return next(i for i, e in enumerate(graph["entities"]) if e["name"] == name)


def check_bundled_pair(drawing, graph, a, b, where):
    """Vietnam-Malaysia is one edge labelled "<strongest> +N" whose tooltip
    lists every relation's label, one per line."""
    relations = relations_between(graph, a, b)
    check(len(relations) >= 3, f"the sample graph has only {len(relations)} Vietnam-Malaysia "
          "relations; the bundling test needs several")
    edges = drawing.edges_between(a, b)
    check(len(edges) == 1, f"{where}: {len(edges)} edges between Vietnam and Malaysia, expected 1")
    _, _, label, tooltip = edges[0]
    check(label.endswith(f" +{len(relations) - 1}"),
          f"{where}: the Vietnam-Malaysia label {label!r} does not end in +{len(relations) - 1}")
    strongest = max(relations, key=lambda r: (r["confidence"], len(r["evidence"])))
    check(label.startswith(strongest["label"] or strongest["predicate"]),
          f"{where}: label {label!r} is not the strongest relation's {strongest['label']!r}")
    lines = tooltip.split("\n")
    check(len(lines) == len(relations), f"{where}: the tooltip has {len(lines)} lines for "
          f"{len(relations)} relations: {tooltip!r}")
    for r in relations:
        shown = r["label"] or r["predicate"]
        check(any(shown in line for line in lines), f"{where}: tooltip lacks the label {shown!r}")


def test(kg, data_dir, tmp):
    out = os.path.join(tmp, "out")
    graph_path = kg.build(data_dir, out)
    graph = load_json(graph_path)
    path = lambda name: os.path.join(tmp, name)
    vietnam, malaysia = entity_id(graph, "Vietnam"), entity_id(graph, "Malaysia")

    # One edge per pair, in kg render and in kg build's graph.svg and graph.dot.
    kg.ok("render", graph_path, "-o", path("g.svg"))
    drawing = Drawing(read_bytes(path("g.svg")))
    check_bundled_pair(drawing, graph, vietnam, malaysia, "kg render")
    check_bundled_pair(Drawing(read_bytes(os.path.join(out, "graph.svg"))), graph, vietnam,
                       malaysia, "graph.svg")
    dot = read_bytes(os.path.join(out, "graph.dot")).decode("utf-8")
    pairs = re.findall(rf"\bn(?:{vietnam} -> n{malaysia}|{malaysia} -> n{vietnam})\b", dot)
    check(len(pairs) == 1, f"graph.dot joins Vietnam and Malaysia {len(pairs)} times")
    pairs_drawn = {frozenset((t, h)) for t, h, _, _ in drawing.edges}
    check(len(pairs_drawn) == len(drawing.edges), "two edges join the same pair of entities")

    kg.ok("render", graph_path, "--all-edges", "-o", path("all.svg"))
    every = Drawing(read_bytes(path("all.svg")))
    count = len(every.edges_between(vietnam, malaysia))
    expected = len(relations_between(graph, vietnam, malaysia))
    check(count == expected, f"--all-edges draws {count} Vietnam-Malaysia edges, not {expected}")
    check(all("+" not in label for _, _, label, _ in every.edges if label[-1:].isdigit()
              and re.search(r" \+\d+$", label)), "--all-edges still draws a '+N' label")

    # Entities without relations: left out and counted; --isolated draws them.
    alone = unrelated(graph)
    check(alone, "the sample graph has no entity without relations to test with")
    drawn = drawing.entity_nodes()
    for i in alone:
        check(i not in drawn, f"{graph['entities'][i]['name']!r} has no relation but is drawn")
    note = NOTE.search(drawing.all_text)
    check(note is not None and int(note.group(1)) == len(alone),
          f"the legend does not say that {len(alone)} entities were left out")
    kg.ok("render", graph_path, "--isolated", "-o", path("isolated.svg"))
    with_isolated = Drawing(read_bytes(path("isolated.svg")))
    drawn = with_isolated.entity_nodes()
    for i in alone:
        check(drawn.get(i) == graph["entities"][i]["name"],
              f"--isolated does not draw {graph['entities'][i]['name']!r}")
    check(len(drawn) == len(graph["entities"]), "--isolated does not draw every entity")
    check(NOTE.search(with_isolated.all_text) is None, "--isolated still notes left-out entities")

    # --top N: every drawn entity has an edge inside the drawing.
    # (The two most central, To Lam and Vietnam, are not related: --top 2
    # draws nothing but the legend's note.)
    for top in (2, 5, 12):
        kg.ok("render", graph_path, "--top", top, "--measure", "pagerank", "-o", path("top.svg"))
        part = Drawing(read_bytes(path("top.svg")))
        drawn = part.entity_nodes()
        check(len(drawn) <= top, f"--top {top} draws {len(drawn)} entities")
        check(top == 2 or drawn, f"--top {top} draws nothing")
        note = NOTE.search(part.all_text)
        check(len(drawn) == top or (note and int(note.group(1)) == top - len(drawn)),
              f"--top {top} draws {len(drawn)} entities without noting the others")
        ends = {int(end[1:]) for t, h, _, _ in part.edges for end in (t, h)
                if re.fullmatch(r"n\d+", end)}
        for i in drawn:
            check(i in ends, f"--top {top} draws {graph['entities'][i]['name']!r} with no edge")

    # --focus highlights its entity, and only it.
    kg.ok("render", graph_path, "--focus", "Anwar", "-o", path("focus.svg"))
    focus = Drawing(read_bytes(path("focus.svg")))
    anwar = entity_id(graph, "Anwar Ibrahim")
    widths = {name: w for name, (_, w) in focus.nodes.items()}
    check(widths.get(f"n{anwar}") == {"3"}, f"Anwar Ibrahim is not highlighted: {widths}")
    others = [n for n, w in widths.items() if "3" in w and n != f"n{anwar}"]
    check(not others, f"other nodes are highlighted too: {others}")

    # sfdp: the legend is one node holding every type drawn, no scattered entries.
    kg.ok("render", graph_path, "--layout", "sfdp", "-o", path("sfdp.svg"))
    sfdp = Drawing(read_bytes(path("sfdp.svg")))
    legend = [texts for name, (texts, _) in sfdp.nodes.items() if name.startswith("legend")]
    check(len(legend) == 1, f"the sfdp legend is {len(legend)} nodes, not one box")
    types = {graph["entities"][i]["type"] for i in sfdp.entity_nodes()}
    for type_name in types:
        check(type_name in legend[0], f"the sfdp legend lacks {type_name}: {legend[0]}")
    sfdp_dot = kg.ok("render", graph_path, "--layout", "sfdp", "--format", "dot", "-o", "-")
    check("invis" not in sfdp_dot, "the sfdp DOT still chains legend nodes with invisible edges")


run_test(test)
