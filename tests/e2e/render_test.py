"""kg render draws a graph.json as SVG, DOT, PNG and PDF, whole or in part."""

import os
import subprocess

from kgtest import (SAMPLE_NAMES, check, check_one_line_error, read_bytes, run_test,
                    svg_node_count, svg_texts)


def test(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    path = lambda name: os.path.join(tmp, name)

    kg.ok("render", graph_path, "-o", path("full.svg"))
    full = read_bytes(path("full.svg"))
    texts = svg_texts(full)
    for name in SAMPLE_NAMES:
        check(name in texts, f"the SVG does not show {name!r}")

    kg.ok("render", graph_path, "--format", "dot", "-o", path("g.dot"))
    dot = read_bytes(path("g.dot")).decode("utf-8")
    for name in SAMPLE_NAMES:
        check(name in dot, f"the DOT output does not name {name!r}")

    # The SVG is exactly what Graphviz makes of the DOT (dot layout: deterministic).
    check("layout=dot" in dot, "the sample graph is not laid out with dot")
    redrawn = subprocess.run(["dot", "-Tsvg", path("g.dot")], capture_output=True, check=True)
    check(redrawn.stdout == full, "dot -Tsvg of kg's DOT differs from kg's SVG")

    kg.ok("render", graph_path, "--format", "png", "-o", path("g.png"))
    check(read_bytes(path("g.png")).startswith(b"\x89PNG\r\n\x1a\n"), "g.png is not a PNG")
    kg.ok("render", graph_path, "--format", "pdf", "-o", path("g.pdf"))
    check(read_bytes(path("g.pdf")).startswith(b"%PDF"), "g.pdf is not a PDF")

    stdout = kg.run("render", graph_path, "-o", "-", expect=0).stdout
    check("To Lam" in svg_texts(stdout), "-o - did not write the SVG to stdout")

    for layout in ("dot", "sfdp", "neato", "circo"):
        kg.ok("render", graph_path, "--layout", layout, "-o", path(f"{layout}.svg"))
        check("To Lam" in svg_texts(read_bytes(path(f"{layout}.svg"))),
              f"--layout {layout}: To Lam missing")

    kg.ok("render", graph_path, "--focus", "Lam", "--depth", "1", "-o", path("focus.svg"))
    focus = read_bytes(path("focus.svg"))
    check("To Lam" in svg_texts(focus), "--focus Lam does not show To Lam")
    check(svg_node_count(focus) < svg_node_count(full),
          "--focus Lam --depth 1 draws as many nodes as the whole graph")
    kg.ok("render", graph_path, "--top", "3", "--measure", "degree", "-o", path("top.svg"))
    check(svg_node_count(read_bytes(path("top.svg"))) < svg_node_count(full),
          "--top 3 draws as many nodes as the whole graph")

    # A failed render leaves an existing output untouched.
    proc = kg.run("render", graph_path, "--focus", "Nobody Atall", "-o", path("full.svg"))
    check_one_line_error(proc, "Nobody Atall")
    check(read_bytes(path("full.svg")) == full, "a failed render changed its output file")

    for args in (["--format", "gif"], ["--layout", "twopi"], ["--measure", "fame"], []):
        kg.run("render", graph_path, *args, *(["-o", path("x.svg")] if args else []), expect=2)
    check(not os.path.exists(path("x.svg")), "a usage error wrote an output file")


if __name__ == "__main__":
    run_test(test)
