"""Killing `kg build` at any moment leaves the output folder usable.

kg writes every output to a hidden temporary file and renames it over the
target, and makes its store (kg.db) under a hidden temporary name, putting it
in place at the end in one SQLite transaction. The test builds the sample
articles into a folder, then starts a build of a larger, different input into
the same folder and kills it with SIGKILL after delays spread over its run
time (found by timing one full run). After every kill each output must be
byte-identical to either the previous file or the complete new one (never a
mixture or a truncated file), the store's graph (kg export) must be the
previous graph.json or the new one, and the folder may hold no visible files
other than the outputs, the store and SQLite's log of the store (leftover
temporary files must be hidden, dot-prefixed). A final uninterrupted build
must replace every output and the store.
"""

import os
import signal
import subprocess
import time

from kgtest import check, run_test, snapshot

OUTPUTS = ("graph.json", "triples.jsonl", "graph.dot", "graph.svg", "graph.html", "graph.jsonld")
STORE = "kg.db"
STORE_LOG = ("kg.db-wal", "kg.db-shm")  # SQLite's, while a reader or writer has the store open
# Fractions of one full build's wall time at which the builds are killed.
KILL_FRACTIONS = (0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0)
COPIES = 30
# The property under test is in how outputs are written, not in what is
# extracted: the pattern extractor alone keeps each build short, under
# sanitizers too.
BUILD_OPTIONS = ("--patterns-only",)


def make_large_input(data_dir, folder):
    """COPIES renamed copies of each sample article, the lines after the
    headline rotated so that the documents differ."""
    os.makedirs(folder)
    for name in sorted(os.listdir(data_dir)):
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            title, *body = f.read().splitlines()
        for k in range(COPIES):
            shift = k % max(len(body), 1)
            lines = [title] + body[shift:] + body[:shift]
            with open(os.path.join(folder, f"{k:03d}_{name}"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")


def output_contents(folder):
    return {name: data for name, (data, _) in snapshot(folder).items()}


def check_folder(kg, folder, old, new, context):
    """Every output is complete (old or new), and so is the store; visible
    names are the outputs, the store and its SQLite log only."""
    contents = output_contents(folder)
    visible = sorted(n for n in contents if not n.startswith(".") and n not in STORE_LOG)
    check(visible == sorted(OUTPUTS + (STORE,)), f"{context}: visible files {visible}")
    for name in OUTPUTS:
        check(contents[name] in (old[name], new[name]),
              f"{context}: {name} is neither the previous nor the new output "
              f"({len(contents[name])} bytes)")
    graph = kg.run("export", os.path.join(folder, STORE), "--format", "json", expect=0).stdout
    check(graph in (old["graph.json"], new["graph.json"]),
          f"{context}: the store's graph is neither the previous nor the new graph.json")


def test(kg, data_dir, tmp):
    out = os.path.join(tmp, "out")
    large = os.path.join(tmp, "large")
    make_large_input(data_dir, large)

    # The complete new outputs, and how long a full build of them takes.
    reference = os.path.join(tmp, "reference")
    start = time.monotonic()
    kg.build(large, reference, *BUILD_OPTIONS)
    duration = time.monotonic() - start
    new = output_contents(reference)
    kg.build(data_dir, out, *BUILD_OPTIONS)
    old = output_contents(out)
    check(all(old[n] != new[n] for n in ("graph.json", "triples.jsonl")),
          "the two inputs give the same outputs, so the test could not tell them apart")

    killed_running = 0
    for fraction in KILL_FRACTIONS:
        proc = subprocess.Popen([kg.binary, "build", large, "-o", out, *BUILD_OPTIONS],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        if proc.poll() is None:
            killed_running += 1
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=600)
        check_folder(kg, out, old, new, f"killed after {fraction:.0%} of {duration:.2f} s")
        # Later kills may find new outputs; what counts as "previous" is what
        # the folder holds now, so every round checks the same property.
        old = output_contents(out)
        old = {n: old[n] for n in OUTPUTS}
    print(f"killed {killed_running} of {len(KILL_FRACTIONS)} builds while running")
    check(killed_running >= len(KILL_FRACTIONS) // 2,
          "most builds ended before the kill, so the test tested little")

    kg.build(large, out, *BUILD_OPTIONS)
    final = output_contents(out)
    check(all(final[n] == new[n] for n in OUTPUTS), "an uninterrupted build did not finish")
    check(kg.run("export", os.path.join(out, STORE), "--format", "json", expect=0).stdout
          == new["graph.json"], "an uninterrupted build did not replace the store")


if __name__ == "__main__":
    run_test(test)
