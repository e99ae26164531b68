"""kg add, kg remove and the store (kg/store.h) on real articles:

- incremental equals full: for random orders and splits (fixed seed) of the
  corpus of store_corpus.py, kg add in pieces then kg export gives graph.json,
  triples.jsonl and graph.jsonld byte-identical to one kg build of the folder;
  query, render and export read the store as they read graph.json;
- adding the same files again extracts nothing and writes nothing; a copy of
  a stored file under another name is not extracted (its document's
  extraction is copied) and the store still equals kg build;
- a changed file replaces its document, kg remove drops one; each time the
  store equals kg build of the folder as it then is;
- a file that is not SQLite, an SQLite database that is not a store, a corrupt
  store, a store of a newer schema and a store made with other extractor
  options: one line 'kg: FILE: cause', exit 1, the file and its folder untouched.
"""

import os
import random
import shutil
import sqlite3

from kgtest import check, check_one_line_error, read_bytes, run_test, write_text
from store_corpus import make_corpus

SEED = 16
TRIALS = 4
EXPORTS = {"graph.json": "json", "triples.jsonl": "jsonl", "graph.jsonld": "jsonld"}


def exports(kg, graph):
    """The three exports of a store or graph.json, as bytes."""
    return {name: kg.run("export", graph, "--format", fmt, expect=0).stdout
            for name, fmt in EXPORTS.items()}


def built(kg, folder, out):
    kg.ok("build", folder, "-o", out)
    return {name: read_bytes(os.path.join(out, name)) for name in EXPORTS}


def check_equal(got, expected, what):
    for name in EXPORTS:
        check(got[name] == expected[name], f"{what}: {name} differs from kg build's")


def added(output):
    """The counts of a kg add summary."""
    counts = {}
    for line in output.splitlines():
        key, _, rest = line.partition(":")
        if key in ("added", "replaced", "unchanged"):
            counts[key] = int(rest.split()[0])
    return counts


def check_incremental_equals_full(kg, corpus, files, expected, tmp):
    rng = random.Random(SEED)
    for trial in range(TRIALS):
        order = files[:]
        rng.shuffle(order)
        cuts = sorted(rng.sample(range(1, len(order)), rng.randint(1, 4)))
        chunks = [order[a:b] for a, b in zip([0] + cuts, cuts + [len(order)])]
        db = os.path.join(tmp, f"trial{trial}", "kg.db")
        for chunk in chunks:
            counts = added(kg.ok("add", *chunk, "--db", db))
            check(counts == {"added": len(chunk), "replaced": 0, "unchanged": 0},
                  f"trial {trial}: kg add of {len(chunk)} new files printed {counts}")
        check_equal(exports(kg, db), expected, f"trial {trial} ({len(chunks)} adds)")
    print(f"ok  {TRIALS} random orders and splits of {len(files)} documents equal kg build")
    return db


def check_readers(kg, db, out):
    graph_json = os.path.join(out, "graph.json")
    for args in (["query", "{}", "centrality", "--top", "5"],
                 ["query", "{}", "neighbors", "Anwar", "--json"],
                 ["render", "{}", "--format", "dot", "-o", "-"],
                 ["export", "{}", "--format", "nt"]):
        from_store = kg.ok(*[a.replace("{}", db) for a in args])
        from_json = kg.ok(*[a.replace("{}", graph_json) for a in args])
        check(from_store == from_json, f"kg {args[0]} of the store differs from graph.json's")
    check(not os.path.exists(db + "-wal") and not os.path.exists(db + "-shm"),
          "reading the store left SQLite's -wal or -shm file")
    print("ok  query, render and export read the store as graph.json")


def sql(db, statement):
    """Runs one statement on the SQLite file `db`, commits and closes it."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(statement).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def document_rows(db):
    return sql(db, "SELECT id, name, content_hash FROM documents ORDER BY id")


def check_updates(kg, corpus, db, tmp):
    rows = document_rows(db)
    counts = added(kg.ok("add", corpus, "--db", db))
    check(counts == {"added": 0, "replaced": 0, "unchanged": len(rows)},
          f"adding the same files again printed {counts}")
    check(document_rows(db) == rows, "adding the same files again changed the documents table")
    print("ok  the same files again: nothing extracted, nothing written")

    copy = os.path.join(corpus, "site", "copy", "c.txt")
    os.makedirs(os.path.dirname(copy))
    shutil.copy(os.path.join(corpus, "site", "c.txt"), copy)
    out = kg.ok("add", corpus, "--db", db)
    counts = added(out)
    check(counts == {"added": 1, "replaced": 0, "unchanged": len(rows)} and
          "extracted: 0 documents (1 more had the text of a stored document)" in out,
          f"adding a copy of a stored file:\n{out}")
    check_equal(exports(kg, db), built(kg, corpus, os.path.join(tmp, "copied")),
                "after adding a copy")
    rows = document_rows(db)
    print("ok  a copy of a stored file takes its stored extraction")

    changed = os.path.join(corpus, "pieces", "003_9d709fbe71722567_0.txt")
    with open(changed, "a", encoding="utf-8") as f:
        f.write("\nPrime Minister Erna Vik of Norway visited Tokyo on Friday.\n")
    counts = added(kg.ok("add", corpus, "--db", db))
    check(counts == {"added": 0, "replaced": 1, "unchanged": len(rows) - 1},
          f"adding a changed file printed {counts}")
    expected = built(kg, corpus, os.path.join(tmp, "changed"))
    check_equal(exports(kg, db), expected, "after a changed file")
    check(b"Erna Vik" in expected["graph.json"], "the changed file's new entity is missing")
    print("ok  a changed file replaces its document")

    removed = os.path.join(corpus, "pieces", "000_50b1104ed66ab111_1.txt")
    kg.ok("remove", removed, "--db", db)
    shutil.move(removed, os.path.join(tmp, "removed.txt"))
    check_equal(exports(kg, db), built(kg, corpus, os.path.join(tmp, "removed")),
                "after kg remove")
    proc = kg.run("remove", removed, "--db", db)
    check_one_line_error(proc, db, "holds no document")
    print("ok  kg remove drops a document; removing it again is an error")


def check_refused(kg, path, cause, commands):
    """Every command fails on `path` with one line naming it and `cause`, and
    leaves the file and its folder as they were."""
    folder = os.path.dirname(path)
    before = (read_bytes(path), sorted(os.listdir(folder)))
    for command in commands:
        proc = kg.run(*command)
        check_one_line_error(proc, path, cause)
        check((read_bytes(path), sorted(os.listdir(folder))) == before,
              f"kg {command[0]} changed {path} or its folder")


def store_commands(path, article):
    return [["add", article, "--db", path], ["remove", article, "--db", path],
            ["export", path, "--format", "json"], ["query", path, "centrality"],
            ["render", path, "--format", "dot", "-o", "-"]]


def check_bad_stores(kg, data_dir, tmp):
    folder = os.path.join(tmp, "bad")
    article = os.path.join(data_dir, sorted(os.listdir(data_dir))[1])
    db = os.path.join(folder, "kg.db")
    kg.ok("add", article, "--db", db)

    text = write_text(os.path.join(folder, "text", "kg.db"), "To Lam visited Malaysia.\n")
    commands = store_commands(text, article)[:2]  # query and export read it as graph.json
    check_refused(kg, text, "not a kg store (not an SQLite database)", commands)

    foreign = os.path.join(folder, "foreign", "kg.db")
    os.makedirs(os.path.dirname(foreign))
    sql(foreign, "CREATE TABLE t(a)")
    check_refused(kg, foreign, "not a kg store", store_commands(foreign, article))

    newer = os.path.join(folder, "newer", "kg.db")
    os.makedirs(os.path.dirname(newer))
    shutil.copy(db, newer)
    sql(newer, "PRAGMA user_version = 3")
    check_refused(kg, newer, "schema version 3 is newer", store_commands(newer, article))

    older = os.path.join(folder, "older", "kg.db")
    os.makedirs(os.path.dirname(older))
    shutil.copy(db, older)
    sql(older, "PRAGMA user_version = 1")
    check_refused(kg, older, "schema version 1 is older than this kg's (2); make the store again",
                  store_commands(older, article))

    corrupt = os.path.join(folder, "corrupt", "kg.db")
    os.makedirs(os.path.dirname(corrupt))
    data = bytearray(read_bytes(db))
    page = 4096
    check(len(data) >= 8 * page, f"the store is only {len(data)} bytes")
    data[2 * page:len(data) - page] = b"\xa5" * (len(data) - 3 * page)
    with open(corrupt, "wb") as f:
        f.write(data)
    check_refused(kg, corrupt, "corrupt store", store_commands(corrupt, article))

    truncated = os.path.join(folder, "truncated", "kg.db")
    os.makedirs(os.path.dirname(truncated))
    with open(truncated, "wb") as f:
        f.write(read_bytes(db)[:3 * page])
    check_refused(kg, truncated, "corrupt store", store_commands(truncated, article))

    check_refused(kg, db, "--patterns-only",
                  [["add", os.path.join(data_dir, sorted(os.listdir(data_dir))[0]), "--db", db,
                    "--patterns-only"]])
    missing = os.path.join(folder, "missing.db")
    check_one_line_error(kg.run("remove", article, "--db", missing), missing, "no such store")
    check(not os.path.exists(missing), "kg remove created a store")
    bad_article = write_text(os.path.join(folder, "bad.txt"), "")
    check_one_line_error(kg.run("add", article, bad_article, "--db", missing), bad_article)
    check(not os.path.exists(missing), "a failing kg add created a store")
    print("ok  not SQLite, not a store, newer schema, corrupt, truncated, other options: "
          "refused untouched")


def test(kg, data_dir, tmp):
    corpus = os.path.join(tmp, "corpus")
    files = make_corpus(data_dir, corpus)
    full = os.path.join(tmp, "full")
    expected = built(kg, corpus, full)
    db = check_incremental_equals_full(kg, corpus, files, expected, tmp)
    check_readers(kg, db, full)
    check_updates(kg, corpus, db, tmp)
    check_bad_stores(kg, data_dir, tmp)


if __name__ == "__main__":
    run_test(test)
