"""Shared helpers for the end-to-end tests of the kg binary.

Each test is a script run as `/usr/bin/python3 X_test.py KG_BINARY DATA_DIR`
(see CMakeLists.txt). It calls run_test(body), which gives body a Kg runner,
the sample-article folder and a fresh temporary folder that is removed
afterwards. A failed check raises AssertionError; run_test prints it and exits
with status 1.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET

SVG_NS = "{http://www.w3.org/2000/svg}"
# Names the sample articles must put in the graph (README "Must show").
SAMPLE_NAMES = ("To Lam", "Anwar Ibrahim", "Vietnam", "Malaysia")


class Kg:
    """Runs the kg binary and keeps the last result for failure messages."""

    def __init__(self, binary):
        self.binary = binary

    def run(self, *args, expect=None, stdin=None, timeout=300, uid=None, stack_kb=None):
        """Runs kg with args; when expect is given, checks the exit code. With
        uid (only possible as root), kg runs as that user and group id; with
        stack_kb, under that stack size limit (ulimit -s)."""
        argv = [self.binary, *map(str, args)]

        def prepare():
            if stack_kb is not None:
                resource.setrlimit(resource.RLIMIT_STACK, (stack_kb * 1024, stack_kb * 1024))
            if uid is not None:
                os.setgroups([])
                os.setgid(uid)
                os.setuid(uid)
        proc = subprocess.run(argv, capture_output=True, input=stdin, timeout=timeout,
                              preexec_fn=prepare if uid is not None or stack_kb else None)
        if expect is not None:
            check(proc.returncode == expect,
                  f"{' '.join(argv)}: exit code {proc.returncode}, expected {expect}",
                  proc)
        return proc

    def ok(self, *args, **kwargs):
        """Runs kg, requires exit code 0, and returns stdout as text."""
        return self.run(*args, expect=0, **kwargs).stdout.decode("utf-8")

    def build(self, data_dir, out_dir, *options):
        """Runs `kg build` (with extra `options`) and returns the path of graph.json."""
        self.ok("build", data_dir, "-o", out_dir, *options)
        return os.path.join(out_dir, "graph.json")


def describe(proc):
    def clip(data):
        text = data.decode("utf-8", "replace")
        return text if len(text) < 2000 else text[:2000] + "..."
    return f"\n--- stdout:\n{clip(proc.stdout)}\n--- stderr:\n{clip(proc.stderr)}"


def check(condition, message, proc=None):
    """Raises AssertionError(message) unless condition, with the process output."""
    if not condition:
        raise AssertionError(message + (describe(proc) if proc is not None else ""))


def check_one_line_error(proc, *mentions, code=1):
    """The process failed with `code` and wrote exactly one 'kg: ...' line on
    stderr, valid UTF-8 without control characters, that contains every
    string in mentions."""
    check(proc.returncode == code, f"exit code {proc.returncode}, expected {code}", proc)
    try:
        err = proc.stderr.decode("utf-8")
    except UnicodeDecodeError as error:
        raise AssertionError(f"stderr is not valid UTF-8: {error}" + describe(proc)) from None
    lines = err.splitlines()
    check(len(lines) == 1 and err.endswith("\n"),
          f"expected exactly one line on stderr, got {len(lines)}", proc)
    check(not any(ord(c) < 0x20 or ord(c) == 0x7F for c in lines[0]),
          "the error line holds a control character", proc)
    check(lines[0].startswith("kg: "), "the error line does not start with 'kg: '", proc)
    for mention in mentions:
        check(mention in lines[0], f"the error line does not mention {mention!r}", proc)


def write_text(path, text):
    """Writes `text` (UTF-8) to `path`, creating its folders; returns the path."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def snapshot(folder):
    """File name -> (bytes, mtime) of every entry in folder, hidden ones too."""
    result = {}
    for name in sorted(os.listdir(folder)):
        p = os.path.join(folder, name)
        with open(p, "rb") as f:
            result[name] = (f.read(), os.stat(p).st_mtime_ns)
    return result


def children_max_rss_mb():
    """The largest peak resident memory of any child process that has ended,
    in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def svg_texts(svg_bytes):
    """Parses SVG (raises on malformed XML) and returns the content of all
    <text> elements joined by spaces, white space collapsed."""
    root = ET.fromstring(svg_bytes)
    check(root.tag == SVG_NS + "svg", f"root element is {root.tag}, not svg")
    parts = ["".join(t.itertext()) for t in root.iter(SVG_NS + "text")]
    return " ".join(" ".join(parts).split())


def svg_node_count(svg_bytes):
    """Number of Graphviz node groups (<g class="node">) in an SVG."""
    root = ET.fromstring(svg_bytes)
    return sum(1 for g in root.iter(SVG_NS + "g") if g.get("class") == "node")


def entity_names(graph):
    return [e["name"] for e in graph["entities"]]


def undirected_adjacency(graph):
    """Entity id -> set of neighbouring entity ids, from graph.json."""
    adjacency = {i: set() for i in range(len(graph["entities"]))}
    for r in graph["relations"]:
        if r["source"] != r["target"]:
            adjacency[r["source"]].add(r["target"])
            adjacency[r["target"]].add(r["source"])
    return adjacency


def bfs_distances(adjacency, start):
    distances = {start: 0}
    frontier = [start]
    while frontier:
        following = []
        for v in frontier:
            for w in sorted(adjacency[v]):
                if w not in distances:
                    distances[w] = distances[v] + 1
                    following.append(w)
        frontier = following
    return distances


def run_test(body):
    """Runs body(kg, data_dir, tmp_dir) with the command-line arguments."""
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} KG_BINARY DATA_DIR")
    kg = Kg(os.path.abspath(sys.argv[1]))
    data_dir = os.path.abspath(sys.argv[2])
    name = os.path.basename(sys.argv[0])
    with tempfile.TemporaryDirectory(prefix="kg-e2e-") as tmp:
        try:
            body(kg, data_dir, tmp)
        except AssertionError as error:
            traceback.print_tb(error.__traceback__, limit=-3)
            print(f"FAIL {name}: {error}", file=sys.stderr)
            sys.exit(1)
    print(f"PASS {name}")
