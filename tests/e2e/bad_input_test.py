"""The bad-input matrix: every bad input given to every command that reads it.

Articles (kg build, kg extract) and graph.json files (kg query, kg render,
kg export) that are empty, white space, binary, badly encoded, huge, HTML, a
folder, missing or unreadable, and graph.json files that are truncated, of the
wrong shape or nested 100,000 deep. Each must give exactly one 'kg: ...' line
on stderr naming the file and the cause, exit code 1, and no output: no output
folder, unchanged previous outputs, nothing on stdout, no -o file. Runs have a
generous timeout that only catches hangs, and the peak memory of every kg run
is bounded. A 5,000-word sentence is valid input and must be processed.
Usage errors exit with 2.
"""

import codecs
import os
import random
import shutil
import socket
import struct
import zlib

from kgtest import (check, check_one_line_error, children_max_rss_mb, run_test, snapshot)

# Only catches hangs: a sanitizer build on a slow machine stays far below it.
HANG_TIMEOUT = 120
# Peak resident memory allowed to any kg run, sanitizer overhead included.
MAX_RSS_MB = 1500
HUGE_BYTES = 50 * 1024 * 1024
ARTICLE = ("Vietnamese leader To Lam visited Malaysia on Monday and met Prime Minister "
           "Anwar Ibrahim in Kuala Lumpur.\n")


class Case:
    """One bad input: `path`, and the words its error line must contain when
    it is read as an article (`article_cause`) or as a graph.json
    (`graph_cause`); None when the case does not apply to that kind of
    command. The file name itself must always be named."""

    def __init__(self, label, path, article_cause, graph_cause, uid=None):
        self.label, self.path, self.uid = label, path, uid
        self.article_cause, self.graph_cause = article_cause, graph_cause
        self.name = os.path.basename(path.rstrip("/"))


def png_bytes():
    """A valid 1x1 PNG image."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def html_page():
    return ("<!DOCTYPE html>\n<html><head><title>Vietnam &amp; Malaysia</title>\n"
            "<script>var leader = \"Anwar Ibrahim\"; if (a < b && c > d) "
            "{ document.write('<p>To Lam</p>'); }</script></head>\n"
            "<body><p>Vietnamese leader To Lam visited Malaysia &mdash; Prime Minister "
            "Anwar Ibrahim welcomed him &#8211; &lt;officials&gt; said.</p></body></html>\n"
            ).encode()


def write_huge_line(path):
    """HUGE_BYTES of sentences on one line, written in pieces."""
    piece = (ARTICLE.strip() + " ").encode() * 4096
    with open(path, "wb") as f:
        left = HUGE_BYTES
        while left > 0:
            f.write(piece[:left])
            left -= len(piece)


def make_cases(tmp, good_graph):
    """Writes every bad input into tmp/bad and returns the Cases."""
    folder = os.path.join(tmp, "bad")
    os.makedirs(folder)
    os.chmod(tmp, 0o755)  # lets the unprivileged run reach the unreadable file

    def write(name, data):
        p = os.path.join(folder, name)
        with open(p, "wb") as f:
            f.write(data)
        return p

    rng = random.Random(1234)
    no_text = os.path.join(folder, "no-text")
    os.makedirs(no_text)
    write(os.path.join("no-text", "photo.jpg"), b"\xff\xd8\xff\xe0")
    huge = os.path.join(folder, "huge-line.txt")
    write_huge_line(huge)
    elf = os.path.join(folder, "program.txt")
    shutil.copyfile("/bin/true", elf)
    with open(good_graph, "rb") as f:
        graph_text = f.read()
    deep = b"[" * 100_000 + b"]" * 100_000
    cases = [
        Case("missing path", os.path.join(folder, "missing.txt"), "no such file",
             "no such file"),
        Case("folder without text files", no_text, "no text files", "directory"),
        Case("empty file", write("empty.txt", b""), "empty", "empty"),
        Case("white space only", write("blank.txt", b" \n\t\r\n  \n"), "whitespace", "JSON"),
        Case("random bytes", write("random.txt", bytes(rng.randrange(256) for _ in range(4096))),
             "binary", "JSON"),
        Case("ELF executable", elf, "ELF", "JSON"),
        Case("PNG image", write("image.txt", png_bytes()), "PNG", "JSON"),
        Case("invalid UTF-8", write("latin1.txt", "Café in São Paulo.\n".encode("latin-1")),
             "invalid UTF-8", "JSON"),
        Case("UTF-16 with BOM", write("utf16.txt", codecs.BOM_UTF16_LE +
                                      ARTICLE.encode("utf-16-le")), "UTF-16", "JSON"),
        Case("50 MB single line", huge, "limit", "JSON"),
        Case("HTML page", write("page.txt", html_page()), "HTML", "JSON"),
        Case("graph.json truncated", write("truncated.json", graph_text[: len(graph_text) // 2]),
             None, "JSON"),
        Case("graph.json of the wrong shape",
             write("wrong-shape.json", b'{"entities": {"To Lam": 1}, "relations": "none"}'),
             None, "missing"),
        Case("graph.json that is a list", write("list.json", b"[1, 2, 3]"), None, "object"),
        Case("graph.json with a dangling id",
             write("dangling.json", b'{"format": "kg-graph", "version": 1, "documents": [], '
                   b'"entities": [], "relations": [{"source": 0, "target": 7, '
                   b'"predicate": "met"}]}'), None, "no entity"),
        Case("100k nested arrays", write("nested.json", deep), None, "nested"),
        Case("100k nested arrays inside a graph",
             write("nested-graph.json", b'{"format": "kg-graph", "version": 1, "documents": ' +
                   deep + b', "entities": [], "relations": []}'), None, "nested"),
    ]
    cases += unreadable_cases(folder, write)
    cases += kg_output_cases(os.path.dirname(good_graph))
    return cases


def kg_output_cases(out_dir):
    """kg's own outputs given as articles: refused, the graph with a hint."""
    return [
        Case("a kg graph as an article", os.path.join(out_dir, "graph.json"), "kg graph", None),
        Case("kg triples as an article", os.path.join(out_dir, "triples.jsonl"), "kg triples",
             None),
        Case("JSON-LD as an article", os.path.join(out_dir, "graph.jsonld"), "JSON", None),
        Case("SVG as an article", os.path.join(out_dir, "graph.svg"), "SVG", None),
        Case("DOT as an article", os.path.join(out_dir, "graph.dot"), "DOT", None),
    ]


def unreadable_cases(folder, write):
    """Inputs that cannot be read. chmod 000 stops every user but root, so as
    root the chmod case runs kg as the unprivileged user 'nobody'. A socket
    cannot be opened as a file even by root, so it is always tested."""
    cases = []
    locked = write("locked.txt", ARTICLE.encode())
    os.chmod(locked, 0)
    if os.geteuid() != 0:
        cases.append(Case("unreadable file (chmod 000)", locked, "Permission denied",
                          "Permission denied"))
    else:
        cases.append(Case("unreadable file (chmod 000, run as nobody)", locked,
                          "Permission denied", "Permission denied", uid=65534))
    sock_path = os.path.join(folder, "socket.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(sock_path)
    sock.close()  # the socket file stays; opening it fails with ENXIO
    cases.append(Case("socket file", sock_path, "not a regular file", "cannot open"))
    return cases


def check_article_commands(kg, case, tmp, good_article, good_out, good_files):
    """kg build, kg add and kg extract on the bad article, alone and after a
    good one."""
    fresh_out = os.path.join(tmp, "fresh-" + case.name)
    run = lambda *args: kg.run(*args, timeout=HANG_TIMEOUT, uid=case.uid)
    check_one_line_error(run("build", case.path, "-o", fresh_out), case.name, case.article_cause)
    check(not os.path.exists(fresh_out), "a failed build created its output folder")
    if case.uid is None:  # 'nobody' cannot write into good_out anyway
        check_one_line_error(run("build", good_article, case.path, "-o", good_out), case.name,
                             case.article_cause)
        check(snapshot(good_out) == good_files, "a failed build changed the output folder")
    fresh_db = os.path.join(tmp, "fresh-" + case.name + ".db")
    check_one_line_error(run("add", case.path, "--db", fresh_db), case.name, case.article_cause)
    check(not os.path.exists(fresh_db), "a failed kg add created its store")
    if case.uid is None:
        good_db = os.path.join(tmp, "good-store")
        before = snapshot(good_db)
        check_one_line_error(run("add", good_article, case.path, "--db",
                                 os.path.join(good_db, "kg.db")), case.name, case.article_cause)
        check(snapshot(good_db) == before, "a failed kg add changed the store")
    for args in (["extract", case.path], ["extract", good_article, case.path]):
        proc = run(*args)
        check_one_line_error(proc, case.name, case.article_cause)
        check(proc.stdout == b"", "a failed extract printed triples", proc)


def check_graph_commands(kg, case, tmp):
    """kg query, render and export on the bad graph.json."""
    out_file = os.path.join(tmp, "out-file")
    for args in (["query", case.path, "centrality"], ["query", case.path, "neighbors", "Lam"],
                 ["query", case.path, "path", "Lam", "Anwar"],
                 ["render", case.path, "-o", out_file], ["render", case.path, "-o", "-"],
                 ["render", case.path, "--format", "dot", "-o", out_file],
                 ["export", case.path, "--format", "jsonld"],
                 ["export", case.path, "--format", "nt", "-o", out_file]):
        proc = kg.run(*args, timeout=HANG_TIMEOUT, uid=case.uid)
        check_one_line_error(proc, case.name, case.graph_cause)
        check(proc.stdout == b"", "a failed command printed output", proc)
        check(not os.path.exists(out_file), "a failed command wrote its -o file")


def check_long_sentence(kg, tmp):
    """A 5,000-word sentence is valid input: processed, in bounded time."""
    words = ["Vietnam", "and", "Malaysia", "signed", "an", "agreement", "in", "Hanoi", "with",
             "Prime", "Minister", "Anwar", "Ibrahim", "who", "met", "To", "Lam", "on", "Monday",
             "the", "of", "Kuala", "Lumpur", "ASEAN", "trade", "said"]
    rng = random.Random(5000)
    path = os.path.join(tmp, "long-sentence.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(" ".join(rng.choice(words) for _ in range(5000)) + ".\n")
    out = os.path.join(tmp, "long-out")
    kg.run("build", path, "-o", out, expect=0, timeout=HANG_TIMEOUT)
    check(os.path.exists(os.path.join(out, "graph.json")), "the long sentence wrote no graph")
    proc = kg.run("extract", path, expect=0, timeout=HANG_TIMEOUT)
    check(proc.stdout.strip(), "no triples from the long sentence", proc)


def check_usage_errors(kg, data_dir, good_article, good_graph):
    """Usage errors: exit code 2, one line on stderr, nothing on stdout."""
    for args in ([], ["frobnicate"], ["--bogus"], ["build"], ["build", data_dir, "--bogus"],
                 ["extract"], ["extract", good_article, "--format", "xml"], ["add"], ["remove"],
                 ["query", good_graph, "centrality", "--measure", "fame"],
                 ["render", good_graph], ["export", good_graph, "--format", "rdfxml"]):
        proc = kg.run(*args, expect=2)
        check(proc.stderr.strip(), f"kg {' '.join(args)}: no message on stderr", proc)
        check(proc.stdout == b"", f"kg {' '.join(args)}: output on stdout", proc)
        if args:
            check(len(proc.stderr.decode().splitlines()) == 1,
                  f"kg {' '.join(args)}: the usage error is not one line", proc)


def test(kg, data_dir, tmp):
    good_out = os.path.join(tmp, "good")
    good_graph = kg.build(data_dir, good_out)
    good_files = snapshot(good_out)
    good_article = os.path.join(data_dir, sorted(os.listdir(data_dir))[0])
    kg.ok("add", good_article, "--db", os.path.join(tmp, "good-store", "kg.db"))

    cases = make_cases(tmp, good_graph)
    if os.geteuid() == 0 and kg.run("--version", uid=65534).returncode != 0:
        print("SKIP unreadable file as 'nobody': the kg binary is not runnable by that user")
        cases = [c for c in cases if c.uid is None]
    for case in cases:
        try:
            if case.article_cause is not None:
                check_article_commands(kg, case, tmp, good_article, good_out, good_files)
            if case.graph_cause is not None:
                check_graph_commands(kg, case, tmp)
        except AssertionError as error:
            raise AssertionError(f"[{case.label}] {error}") from None
        print(f"ok  {case.label}")

    check_long_sentence(kg, tmp)
    print("ok  5,000-word sentence")

    # Output that cannot be written: a file where the output folder should be.
    blocker = os.path.join(tmp, "blocker")
    with open(blocker, "w") as f:
        f.write("a file where a folder should be\n")
    check_one_line_error(kg.run("build", data_dir, "-o", os.path.join(blocker, "out")), "blocker")

    check_usage_errors(kg, data_dir, good_article, good_graph)
    check(snapshot(good_out) == good_files, "the good output folder changed")
    rss = children_max_rss_mb()
    check(rss < MAX_RSS_MB, f"a kg run peaked at {rss:.0f} MiB, over {MAX_RSS_MB} MiB")
    print(f"ok  peak memory of any kg run: {rss:.0f} MiB")


if __name__ == "__main__":
    run_test(test)
