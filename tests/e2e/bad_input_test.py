"""Bad input gets a one-line error naming the file, a non-zero exit, no crash and
no output files; usage errors exit with 2."""

import codecs
import os
import random
import shutil

from kgtest import check, check_one_line_error, run_test


def make_bad_inputs(tmp):
    """Writes the bad article inputs; returns (label, path, mention) triples,
    `mention` being what the error line must contain."""
    folder = os.path.join(tmp, "bad")
    os.makedirs(folder)
    path = lambda name: os.path.join(folder, name)

    def write(name, data):
        with open(path(name), "wb") as f:
            f.write(data)
        return path(name)

    empty_dir = path("no-text")
    os.makedirs(empty_dir)
    with open(os.path.join(empty_dir, "photo.jpg"), "wb") as f:
        f.write(b"\xff\xd8\xff\xe0")
    elf = path("program.txt")
    shutil.copyfile("/bin/true", elf)
    rng = random.Random(1234)
    article = "Vietnam and Malaysia signed an agreement in Hanoi on Monday.\n"
    inputs = [
        ("missing file", path("missing.txt")),
        ("folder without text files", empty_dir),
        ("empty file", write("empty.txt", b"")),
        ("white space only", write("blank.txt", b" \n\t\r\n  \n")),
        ("random bytes", write("random.txt", bytes(rng.randrange(256) for _ in range(4096)))),
        ("ELF binary", elf),
        ("invalid UTF-8", write("latin1.txt", "Café in São Paulo.\n".encode("latin-1"))),
        ("UTF-16 with BOM", write("utf16.txt", codecs.BOM_UTF16_LE + article.encode("utf-16-le"))),
    ]
    return [(label, p, os.path.basename(p)) for label, p in inputs]


def make_bad_graphs(tmp, bad_inputs):
    """graph.json files that kg query/render/export must refuse."""
    folder = os.path.join(tmp, "graphs")
    os.makedirs(folder)
    good = os.path.join(tmp, "good", "graph.json")
    with open(good, "rb") as f:
        text = f.read()

    def write(name, data):
        p = os.path.join(folder, name)
        with open(p, "wb") as f:
            f.write(data)
        return (name, p, name)

    graphs = [
        write("truncated.json", text[: len(text) // 2]),
        write("wrong-shape.json", b'{"entities": {"To Lam": 1}, "relations": "none"}'),
        write("list.json", b"[1, 2, 3]"),
        write("dangling.json", b'{"format": "kg-graph", "version": 1, "documents": [], '
                               b'"entities": [], "relations": [{"source": 0, "target": 7, '
                               b'"predicate": "met"}]}'),
    ]
    # Every bad article input is also a bad graph (except the folder).
    graphs += [(label, p, m) for label, p, m in bad_inputs if not os.path.isdir(p)]
    return graphs


def snapshot(folder):
    """File name -> (bytes, mtime) of every file in folder."""
    result = {}
    for name in sorted(os.listdir(folder)):
        p = os.path.join(folder, name)
        with open(p, "rb") as f:
            result[name] = (f.read(), os.stat(p).st_mtime_ns)
    return result


def test(kg, data_dir, tmp):
    good_out = os.path.join(tmp, "good")
    kg.build(data_dir, good_out)
    good_files = snapshot(good_out)
    good_article = os.path.join(data_dir, sorted(os.listdir(data_dir))[0])
    bad_inputs = make_bad_inputs(tmp)

    for label, path, mention in bad_inputs:
        context = f"[{label}] "
        fresh_out = os.path.join(tmp, "fresh-" + mention)
        try:
            check_one_line_error(kg.run("build", path, "-o", fresh_out), mention)
            check(not os.path.exists(fresh_out), "a failed build created its output folder")
            # A bad file among good ones fails the whole build and leaves the
            # previous outputs as they were.
            check_one_line_error(kg.run("build", good_article, path, "-o", good_out), mention)
            check(snapshot(good_out) == good_files, "a failed build changed the output folder")

            proc = kg.run("extract", path)
            check_one_line_error(proc, mention)
            check(proc.stdout == b"", "a failed extract printed triples", proc)
            check_one_line_error(kg.run("extract", good_article, path), mention)
        except AssertionError as error:
            raise AssertionError(context + str(error)) from None

    for label, path, mention in make_bad_graphs(tmp, bad_inputs):
        try:
            for args in (["query", path, "centrality"], ["query", path, "neighbors", "Lam"],
                         ["render", path, "-o", os.path.join(tmp, "x.svg")],
                         ["export", path, "--format", "jsonld"]):
                proc = kg.run(*args)
                check_one_line_error(proc, mention)
                check(proc.stdout == b"", "a failed command printed output", proc)
            check(not os.path.exists(os.path.join(tmp, "x.svg")), "a failed render wrote x.svg")
        except AssertionError as error:
            raise AssertionError(f"[graph: {label}] {error}") from None

    # Output that cannot be written.
    blocker = os.path.join(tmp, "blocker")
    with open(blocker, "w") as f:
        f.write("a file where a folder should be\n")
    check_one_line_error(kg.run("build", data_dir, "-o", os.path.join(blocker, "out")), "blocker")

    # Usage errors: exit code 2, a message on stderr, nothing on stdout.
    for args in ([], ["frobnicate"], ["--bogus"], ["build"], ["build", data_dir, "--bogus"],
                 ["extract"], ["extract", good_article, "--format", "xml"],
                 ["query", os.path.join(good_out, "graph.json"), "centrality", "--measure",
                  "fame"], ["render", os.path.join(good_out, "graph.json")]):
        proc = kg.run(*args, expect=2)
        check(proc.stderr.strip(), f"kg {' '.join(args)}: no message on stderr", proc)
        if args:
            check(len(proc.stderr.decode().splitlines()) == 1,
                  f"kg {' '.join(args)}: the usage error is not one line", proc)
    check(snapshot(good_out) == good_files, "the good output folder changed")


if __name__ == "__main__":
    run_test(test)
