"""Entity names and sentences full of markup and escape characters survive
every output verbatim, and every output still parses.

Two graphs go through the real CLI: a graph.json written by hand whose entity
names, relation labels and evidence hold '"', '\\', <script>, &amp;, ]]>,
newlines, right-to-left marks and emoji (kg render and kg export read it),
and `kg build` of an article holding the same characters. Checked: the SVG
(kg's own, and `dot -Tsvg` of kg's DOT) is well-formed XML for xmllint and
shows each name in its <text> elements (a newline displays as a space); the
JSON-LD loads in pyld and states each name, label and evidence exactly; the
GraphML passes xmllint; graph.json and triples.jsonl keep the evidence exactly.
"""

import json
import os
import subprocess

from pyld import jsonld

from kgtest import check, load_json, read_bytes, run_test, svg_texts

NAMES = (
    'Dr. "Quoted" Name',
    "Back\\slash \\N \\G \\l \\\\ Org",
    "<script>alert('x')</script> Ltd",
    "AT&amp;T &#65; &lt;Holdings&gt;",
    "End ]]> of CDATA",
    "Line one\nLine two",
    "Right\u200fto\u200eleft \u0627\u0644\u062c\u0632\u064a\u0631\u0629",
    "Rocket \U0001F680 Team \U0001F469\u200d\U0001F680",
)
EVIDENCE = ('He said "<b>hi</b>" & left \\ at ]]> then\nwrote \u200f\u0645\u0631\u062d\u0628\u0627 '
            '\U0001F680 &amp; <script>x()</script>.')
ARTICLE = (
    'Vietnam & Malaysia <script>alert("x")</script> ties ]]> grow\n\n'
    'Prime Minister Anwar Ibrahim met "Vietnamese leader To Lam" in Kuala Lumpur '
    'on Monday & said <b>AT&amp;T</b> \\ ]]> \u200f\u0627\u0644\u062c\u0632\u064a\u0631\u0629 '
    '\U0001F680 were welcome.\n\n'
    'To Lam visited Malaysia at the invitation of Anwar Ibrahim.\n')


def displayed(text):
    """How a label displays: white space (newlines included) collapsed."""
    return " ".join(text.split())


def hand_made_graph(path, names=NAMES):
    """Writes a graph.json of `names` (Persons in a ring of "met" relations
    whose labels, qualifiers and evidence hold the same characters)."""
    entities = [{"id": i, "name": name, "type": "Person", "aliases": [],
                 "documents": ["adversarial.txt"], "mentions": 1}
                for i, name in enumerate(names)]
    relations = [{"source": i, "target": (i + 1) % len(names), "predicate": "met",
                  "label": names[(i + 3) % len(names)][:20], "symmetric": False,
                  "qualifiers": {"note": names[i]}, "confidence": 0.9,
                  "evidence": [{"document": "adversarial.txt", "sentence": i, "start": 0,
                                "end": len(EVIDENCE), "text": EVIDENCE}]}
                 for i in range(len(names))]
    graph = {"format": "kg-graph", "version": 1,
             "documents": [{"name": "adversarial.txt", "title": names[2],
                            "sentences": len(names)}],
             "entities": entities, "relations": relations}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(graph, f, ensure_ascii=False)


def xmllint(path):
    proc = subprocess.run(["xmllint", "--noout", path], capture_output=True)
    check(proc.returncode == 0, f"xmllint rejects {path}", proc)


def dot_to_svg(dot_path, svg_path):
    """Lays out kg's DOT with the Graphviz `dot` program."""
    proc = subprocess.run(["dot", "-Tsvg", dot_path, "-o", svg_path], capture_output=True,
                          timeout=300)
    check(proc.returncode == 0, f"dot -Tsvg rejects {dot_path}", proc)
    xmllint(svg_path)
    return read_bytes(svg_path)


def jsonld_literals(path):
    """Every literal string of the RDF that pyld reads from the JSON-LD file."""
    dataset = jsonld.to_rdf(load_json(path))
    return {t["object"]["value"] for triples in dataset.values() for t in triples
            if t["object"]["type"] == "literal"}


def check_svg_shows(svg, names, what):
    texts = svg_texts(svg)
    for name in names:
        check(displayed(name) in texts, f"{what}: the SVG does not show {name!r}")


def check_hand_made_graph(kg, tmp):
    graph = os.path.join(tmp, "adversarial.json")
    hand_made_graph(graph)
    svg, dot, svg_of_dot = (os.path.join(tmp, n) for n in ("g.svg", "g.dot", "dot.svg"))
    kg.ok("render", graph, "-o", svg)
    xmllint(svg)
    check_svg_shows(read_bytes(svg), NAMES, "kg render")
    kg.ok("render", graph, "--format", "dot", "-o", dot)
    check_svg_shows(dot_to_svg(dot, svg_of_dot), NAMES, "dot -Tsvg of kg's DOT")
    # By community, the legend names communities by their members too.
    kg.ok("render", graph, "--color", "community", "-o", svg)
    xmllint(svg)
    check_svg_shows(read_bytes(svg), NAMES, "kg render --color community")

    jsonld_path = os.path.join(tmp, "g.jsonld")
    kg.ok("export", graph, "--format", "jsonld", "-o", jsonld_path)
    literals = jsonld_literals(jsonld_path)
    for text in NAMES + (EVIDENCE,):
        check(text in literals, f"the JSON-LD does not state {text!r} exactly")
    graphml = os.path.join(tmp, "g.graphml")
    kg.ok("export", graph, "--format", "graphml", "-o", graphml)
    xmllint(graphml)
    lines = kg.ok("export", graph, "--format", "jsonl").splitlines()
    check(all(json.loads(line)["evidence"]["text"] == EVIDENCE for line in lines),
          "triples lost the evidence text")


def check_built_article(kg, tmp):
    folder = os.path.join(tmp, "article")
    os.makedirs(folder)
    with open(os.path.join(folder, "adversarial.txt"), "w", encoding="utf-8") as f:
        f.write(ARTICLE)
    out = os.path.join(tmp, "built")
    graph = load_json(kg.build(folder, out))
    check(graph["relations"], "the article gave no relations", None)
    xmllint(os.path.join(out, "graph.svg"))
    names = [e["name"] for e in graph["entities"]]
    # The diagrams leave out entities without relations (kg render --isolated).
    joined = {i for r in graph["relations"] if r["source"] != r["target"]
              for i in (r["source"], r["target"])}
    drawn = [names[i] for i in sorted(joined)]
    check_svg_shows(read_bytes(os.path.join(out, "graph.svg")), drawn, "kg build")
    check_svg_shows(dot_to_svg(os.path.join(out, "graph.dot"), os.path.join(tmp, "b.svg")),
                    drawn, "dot -Tsvg of graph.dot")

    # The evidence keeps the sentence exactly as the article wrote it.
    evidence = {ev["text"] for r in graph["relations"] for ev in r["evidence"]}
    marked = [t for t in evidence if "<b>AT&amp;T</b> \\ ]]>" in t]
    check(marked, f"no evidence holds the marked-up sentence: {sorted(evidence)}")
    literals = jsonld_literals(os.path.join(out, "graph.jsonld"))
    check(set(names) <= literals, "the JSON-LD lost entity names")
    check(set(marked) <= literals, "the JSON-LD lost the marked-up evidence")
    with open(os.path.join(out, "triples.jsonl"), encoding="utf-8") as f:
        texts = {json.loads(line)["evidence"]["text"] for line in f}
    check(set(marked) <= texts, "triples.jsonl lost the marked-up evidence")


def test(kg, data_dir, tmp):
    check_hand_made_graph(kg, tmp)
    check_built_article(kg, tmp)


if __name__ == "__main__":
    run_test(test)
