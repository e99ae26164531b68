"""Inputs and outputs a user expects: - for standard input, the output format
from -o's extension, titles after front matter, the TSV header, progress."""

import json
import os
import re
import struct

from kgtest import (check, check_one_line_error, load_json, read_bytes, run_test, write_text)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PROGRESS = re.compile(r"^kg: progress: (\d+)/(\d+) (documents|sentences)(, \d+ sentences)?"
                      r"(, \d+ sentences/s, \d+ s left)?$")


def sample_files(data_dir):
    return sorted(os.path.join(data_dir, n) for n in os.listdir(data_dir) if n.endswith(".txt"))


def check_stdin_articles(kg, data_dir, tmp):
    article = sample_files(data_dir)[0]
    text = read_bytes(article)
    out = os.path.join(tmp, "stdin-out")
    # "-" given twice is one document: standard input is read once.
    kg.ok("build", "-", "-", "-o", out, stdin=text)
    graph = load_json(os.path.join(out, "graph.json"))
    check([d["name"] for d in graph["documents"]] == ["stdin"],
          f"documents of kg build -: {graph['documents']}")
    check(any(e["name"] == "To Lam" for e in graph["entities"]), "To Lam not read from stdin")
    docs = {e["document"] for r in graph["relations"] for e in r["evidence"]}
    check(docs == {"stdin"}, f"evidence documents {docs}")

    from_file = [json.loads(line) for line in kg.ok("extract", article).splitlines()]
    from_stdin = [json.loads(line) for line in kg.ok("extract", "-", stdin=text).splitlines()]
    check(from_stdin and all(t["document"] == "stdin" for t in from_stdin),
          "kg extract - does not name its triples' document stdin")
    for t in from_file + from_stdin:
        del t["document"]
    check(from_file == from_stdin, "kg extract - differs from kg extract FILE")

    conllu = kg.ok("parse", "-", stdin=text)
    check("# newdoc id = stdin" in conllu, "kg parse - does not name the document stdin")

    db = os.path.join(tmp, "stdin.db")
    added = kg.ok("add", "-", "--db", db, stdin=text)
    check("added:     1 documents" in added, f"kg add -:\n{added}")
    exported = json.loads(kg.ok("export", db, "--format", "json"))
    check([d["name"] for d in exported["documents"]] == ["stdin"], "kg add - document name")

    check_one_line_error(kg.run("build", "-", "-o", out, stdin=b""), "stdin", "empty")


def check_stdin_graph(kg, graph_path, tmp):
    graph_bytes = read_bytes(graph_path)
    for args in (["query", "{}", "centrality", "--top", "0"],
                 ["query", "{}", "neighbors", "Anwar Ibrahim", "--json"],
                 ["export", "{}", "--format", "nt"],
                 ["render", "{}", "--format", "dot", "-o", "-"]):
        from_file = kg.ok(*[a.replace("{}", graph_path) for a in args])
        from_stdin = kg.ok(*[a.replace("{}", "-") for a in args], stdin=graph_bytes)
        check(from_file == from_stdin, f"kg {args[0]} - differs from kg {args[0]} FILE")
    check_one_line_error(kg.run("query", "-", "centrality", stdin=b"not json"), "stdin")
    db = os.path.join(tmp, "stdin.db")
    check_one_line_error(kg.run("query", "-", "centrality", stdin=read_bytes(db)), "stdin",
                         "store")


def png_size(data):
    check(data.startswith(PNG_MAGIC), "not a PNG file")
    return struct.unpack(">II", data[16:24])


def check_render_formats(kg, graph_path, tmp):
    def render(name, *options, expect=0):
        path = os.path.join(tmp, name)
        proc = kg.run("render", graph_path, "-o", path, *options, expect=expect)
        return proc, path

    _, png = render("g.png")
    png_size(read_bytes(png))
    _, upper = render("G.PNG")
    png_size(read_bytes(upper))
    check(read_bytes(render("g.pdf")[1]).startswith(b"%PDF-"), "-o g.pdf is not a PDF")
    for name in ("g.dot", "g.gv"):
        check(read_bytes(render(name)[1]).lstrip().startswith((b"digraph", b"graph", b"strict")),
              f"-o {name} is not DOT")
    check(b"<svg" in read_bytes(render("g.svg")[1]), "-o g.svg is not SVG")
    check(b"<svg" in read_bytes(render("no-extension")[1]), "no extension: not SVG")
    png_size(read_bytes(render("g.out", "--format", "png")[1]))

    proc, path = render("x.png", "--format", "svg", expect=2)
    check_one_line_error(proc, "svg", "x.png", code=2)
    check(not os.path.exists(path), "a refused render wrote its output")
    proc, path = render("x.jpg", expect=2)
    check_one_line_error(proc, ".jpg", "--format", code=2)

    small = png_size(read_bytes(render("d50.png", "--dpi", "50")[1]))
    large = png_size(read_bytes(render("d100.png", "--dpi", "100")[1]))
    check(1.8 < large[0] / small[0] < 2.2 and 1.8 < large[1] / small[1] < 2.2,
          f"--dpi 50 drew {small}, --dpi 100 drew {large}: not twice the pixels")
    bounded = png_size(read_bytes(render("s.png", "--dpi", "100", "--size", "2,1")[1]))
    check(bounded[0] <= 201 and bounded[1] <= 101, f"--size 2,1 at 100 dpi drew {bounded}")
    dot = read_bytes(render("s.dot", "--dpi", "100", "--size", "2,1")[1]).decode()
    check("dpi=100" in dot and 'size="2,1"' in dot, "dpi and size are not in the DOT")
    check_one_line_error(render("bad.png", "--size", "big", expect=2)[0], "size", "big", code=2)


def check_titles(kg, tmp):
    body = ("Finnish quantum start-up Kvanttia raised 85 million euros on Tuesday, its chief "
            "executive Aino Hakkinen said in Helsinki.\n\n"
            "The company was founded in 2019 by researchers of Aalto University in Espoo.\n")
    article = write_text(os.path.join(tmp, "titled", "a.txt"),
                         "source: https://example.com/news/kvanttia\n"
                         "date: 2025-02-11\n"
                         "Home | Tech | Start-ups | Funding\n\n"
                         "Kvanttia raises 85 million euros for quantum chips\n\n" + body)
    out = os.path.join(tmp, "titled-out")
    kg.ok("build", article, "-o", out)
    doc = load_json(os.path.join(out, "graph.json"))["documents"][0]
    check(doc["title"] == "Kvanttia raises 85 million euros for quantum chips",
          f"title is {doc['title']!r}")
    check(doc["removed_paragraphs"] == 3, f"removed {doc['removed_paragraphs']} paragraphs")
    cleaning = kg.ok("extract", "--show-cleaning", article)
    check("metadata line" in cleaning and "navigation menu" in cleaning,
          f"--show-cleaning:\n{cleaning}")


def check_tsv(kg, data_dir):
    lines = kg.ok("extract", data_dir, "--format", "tsv").splitlines()
    jsonl = kg.ok("extract", data_dir).splitlines()
    check(lines[0] == "subject\tpredicate\tobject\tqualifiers\tconfidence",
          f"TSV header is {lines[0]!r}")
    check(len(lines) == len(jsonl) + 1, f"{len(lines) - 1} TSV rows, {len(jsonl)} triples")
    check(all(len(line.split("\t")) == 5 for line in lines), "a TSV row has not 5 fields")


def progress_lines(proc):
    lines = proc.stderr.decode().splitlines()
    check(lines and all(PROGRESS.match(line) for line in lines),
          f"stderr is not progress lines: {lines}", proc)
    return lines


def check_progress(kg, data_dir, tmp):
    n = len(sample_files(data_dir))
    out = os.path.join(tmp, "progress-out")
    quiet = kg.run("build", data_dir, "-o", out, expect=0)
    check(quiet.stderr == b"", "kg build wrote to stderr without a terminal", quiet)
    for args in (["build", data_dir, "-o", out], ["extract", data_dir],
                 ["add", data_dir, "--db", os.path.join(tmp, "progress.db")]):
        lines = progress_lines(kg.run(*args, "--progress", expect=0))
        check(lines[-1].startswith(f"kg: progress: {n}/{n} documents, "),
              f"last progress line {lines[-1]!r}")
        check(kg.run(*args, "--quiet", expect=0).stderr == b"", f"kg {args[0]} --quiet")
    lines = progress_lines(kg.run("parse", sample_files(data_dir)[0], "--progress", expect=0))
    check(re.match(r"kg: progress: (\d+)/\1 sentences", lines[-1]), f"parse: {lines[-1]!r}")
    check_one_line_error(kg.run("build", data_dir, "--progress", "--quiet"), "--quiet", code=2)


def body(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    check_stdin_articles(kg, data_dir, tmp)
    check_stdin_graph(kg, graph_path, tmp)
    check_render_formats(kg, graph_path, tmp)
    check_titles(kg, tmp)
    check_tsv(kg, data_dir)
    check_progress(kg, data_dir, tmp)


if __name__ == "__main__":
    run_test(body)
