"""Bad input to kg parse and kg train-parser: one 'kg: ...' line on stderr
naming the file and the cause, exit code 1, nothing on stdout, no model file.

kg parse gets the article matrix of bad_input_test.py (missing, empty, binary,
badly encoded, huge, HTML, unreadable ... files), CoNLL-U that is not CoNLL-U
or whose tree has a cycle, and model files that are missing, truncated,
corrupt, foreign or a folder. kg train-parser gets treebanks that are not
CoNLL-U, with a cycle, two roots or no relation, and missing files. A
5,000-word sentence is parsed. Usage errors exit with 2.
"""

import os
import random

from bad_input_test import HANG_TIMEOUT, make_cases
from kgtest import check, check_one_line_error, read_bytes, run_test
from parse_test import TREEBANK


def write(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def check_parse_fails(kg, args, *mentions, uid=None):
    proc = kg.run("parse", *args, timeout=HANG_TIMEOUT, uid=uid)
    check_one_line_error(proc, *mentions)
    check(proc.stdout == b"", "a failed parse printed output", proc)


def test(kg, data_dir, tmp):
    good_graph = kg.build(data_dir, os.path.join(tmp, "good"))
    good_article = os.path.join(data_dir, sorted(os.listdir(data_dir))[0])
    cases = make_cases(tmp, good_graph)
    if os.geteuid() == 0 and kg.run("--version", uid=65534).returncode != 0:
        cases = [c for c in cases if c.uid is None]
    for case in cases:
        if case.article_cause is None:
            continue
        try:
            check_parse_fails(kg, [case.path], case.name, case.article_cause, uid=case.uid)
            check_parse_fails(kg, [good_article, case.path], case.name, case.article_cause,
                              uid=case.uid)
        except AssertionError as error:
            raise AssertionError(f"[{case.label}] {error}") from None
    print("ok  the article matrix of bad_input_test.py")

    folder = os.path.join(tmp, "parse-bad")
    os.makedirs(folder)
    lines = TREEBANK.strip("\n").split("\n")
    # "The" and "minister" each other's head: a cycle beside the root.
    cyclic = TREEBANK.replace("2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj",
                              "2\tminister\tminister\tNOUN\tNN\t_\t1\tnsubj")
    bad_conllu = {
        "prose.conllu": ("Just some prose, not CoNLL-U.\n", "not CoNLL-U"),
        "cyclic.conllu": (cyclic, "cycle"),
        "gap.conllu": ("\n".join(l for l in lines if not l.startswith("2\tminister")) + "\n",
                       "word ID"),
        "far-head.conllu": (TREEBANK.replace("\t3\tobj\t", "\t42\tobj\t"), "HEAD 42"),
    }
    for name, (text, cause) in bad_conllu.items():
        check_parse_fails(kg, [write(folder, name, text)], name, cause)
    check_parse_fails(kg, ["--format", "conllu", write(folder, "prose.txt", "Some prose.\n")],
                      "prose.txt", "not CoNLL-U")
    print("ok  CoNLL-U that is not CoNLL-U or not a tree")

    model = os.path.join(tmp, "good.kgmodel")
    train = write(folder, "train.conllu", TREEBANK)
    kg.run("train-parser", "--train", train, "--dev", train, "-o", model, "--epochs", "2",
           "--tagger-epochs", "2", expect=0)
    good = read_bytes(model)
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x40
    bad_models = {
        "missing.kgmodel": (None, "no such file"),
        "truncated.kgmodel": (good[: len(good) * 2 // 3], "truncated"),
        "corrupt.kgmodel": (bytes(flipped), "corrupt"),
        "foreign.kgmodel": (read_bytes("/bin/true"), "not a kg parser model"),
        "text.kgmodel": (b"hello\n" * 20, "not a kg parser model"),
        "empty.kgmodel": (b"", "not a kg parser model"),
    }
    for name, (data, cause) in bad_models.items():
        path = os.path.join(folder, name) if data is None else write(folder, name, data)
        check_parse_fails(kg, ["--model", path, good_article], name, cause)
    check_parse_fails(kg, ["--model", folder, good_article], os.path.basename(folder), "folder")
    print("ok  missing, truncated, corrupt and foreign model files")

    out_model = os.path.join(tmp, "never.kgmodel")
    two_roots = TREEBANK.replace("2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj",
                                 "2\tminister\tminister\tNOUN\tNN\t_\t0\tnsubj")
    bad_treebanks = {
        "prose-train.conllu": ("Not a treebank at all.\n", "not CoNLL-U"),
        "cyclic-train.conllu": (cyclic, "cycle"),
        "two-roots.conllu": (two_roots, "2 roots"),
        "no-heads.conllu": ("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n", "no HEAD"),
        "no-relation.conllu": (TREEBANK.replace("\tobj\t", "\t_\t"), "DEPREL"),
    }
    for name, (text, cause) in bad_treebanks.items():
        path = write(folder, name, text)
        for args in (["--train", path, "--dev", train], ["--train", train, "--dev", path]):
            proc = kg.run("train-parser", *args, "-o", out_model, timeout=HANG_TIMEOUT)
            check_one_line_error(proc, name, cause)
            check(not os.path.exists(out_model), "a failed train-parser wrote a model")
    proc = kg.run("train-parser", "--train", os.path.join(folder, "nope.conllu"), "--dev", train,
                  "-o", out_model)
    check_one_line_error(proc, "nope.conllu", "no such file")
    print("ok  train-parser: not CoNLL-U, cycles, two roots, no relation, missing files")

    rng = random.Random(5000)
    words = ["the", "minister", "visited", "Hanoi", "and", "met", "leaders", "on", "Monday", "of"]
    long_path = write(folder, "long.txt", " ".join(rng.choice(words) for _ in range(5000)) + ".\n")
    out = kg.ok("parse", long_path, timeout=HANG_TIMEOUT)
    check(out.count("\n") >= 5000, "the 5,000-word sentence was not parsed")
    print("ok  a 5,000-word sentence")

    for args in (["parse"], ["parse", good_article, "--format", "xml"],
                 ["train-parser", "--train", train], ["train-parser", "--train", train, "--dev",
                                                      train, "-o", out_model, "--epochs", "0"]):
        proc = kg.run(*args, expect=2)
        check(len(proc.stderr.decode().splitlines()) == 1, "usage error not one line", proc)
        check(proc.stdout == b"", "usage error printed output", proc)
    print("ok  usage errors")


if __name__ == "__main__":
    run_test(test)
