"""kg build goes through a store (kg.db in the output folder, or --db PATH):

- after kg build, `kg export OUT/kg.db --format json` (jsonl, jsonld) equals
  OUT/graph.json (triples.jsonl, graph.jsonld) byte for byte, on the store
  corpus of store_corpus.py and with an aliases file;
- a later kg add continues from that store: a new file is added (and only it
  extracted), the files built are unchanged, and the store then equals one
  kg build of all the files;
- the store records the kg that made it and the kg of its last change (the
  meta table; kg add names the maker);
- a rebuild starts fresh: the store holds only the documents built, even if
  kg add put more in it, and kg build names on stderr the documents it left
  out (nothing when it left out none); a kg store of another schema
  version, or a corrupt one, is replaced too;
- --db puts the store elsewhere, and the output folder holds no store;
- nothing is written when the build fails (a bad input, a file at the store's
  path that is not a kg store, a store's log without its store): store,
  outputs and folders stay as they were, no folder is made, and no temporary
  file is left behind.
"""

import os
import shutil
import sqlite3

from kgtest import check, check_one_line_error, read_bytes, run_test, snapshot, write_text
from store_corpus import make_corpus

EXPORTS = {"graph.json": "json", "triples.jsonl": "jsonl", "graph.jsonld": "jsonld"}


def check_store_is_outputs(kg, out, db=None, what="kg build"):
    db = db or os.path.join(out, "kg.db")
    for name, fmt in EXPORTS.items():
        exported = kg.run("export", db, "--format", fmt, expect=0).stdout
        check(exported == read_bytes(os.path.join(out, name)),
              f"{what}: kg export {db} --format {fmt} differs from {name}")


def meta(db):
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())
    finally:
        con.close()


def documents(db):
    con = sqlite3.connect(db)
    try:
        return [name for (name,) in con.execute("SELECT name FROM documents ORDER BY name")]
    finally:
        con.close()


def counts(output):
    """The counts of a kg add summary."""
    result = {}
    for line in output.splitlines():
        key, _, rest = line.partition(":")
        if key in ("added", "replaced", "unchanged", "extracted"):
            result[key] = int(rest.split()[0])
    return result


def check_build_then_add(kg, corpus, files, tmp):
    version = kg.ok("--version").strip()
    out = os.path.join(tmp, "out")
    first, rest = files[:-3], files[-3:]
    kg.ok("build", *first, "-o", out)
    db = os.path.join(out, "kg.db")
    check_store_is_outputs(kg, out)
    check(meta(db).get("created_by") == version and meta(db).get("written_by") == version,
          f"the store records {meta(db)}, not {version!r}")
    print(f"ok  kg export of the built store equals graph.json, triples.jsonl, graph.jsonld "
          f"({len(first)} documents); it records {version}")

    output = kg.ok("add", *files, "--db", db)
    check(counts(output) == {"added": len(rest), "replaced": 0, "unchanged": len(first),
                             "extracted": len(rest)}, f"kg add after kg build printed:\n{output}")
    check(f"holds {len(files)} documents, made by {version}" in output,
          f"kg add does not name the store's maker:\n{output}")
    full = os.path.join(tmp, "full")
    kg.ok("build", corpus, "-o", full)
    check_store_is_outputs(kg, full, db, "kg build then kg add")
    print(f"ok  kg add of {len(rest)} more files extracts only them; the store then equals "
          "kg build of all")

    # A rebuild starts fresh, whatever kg add put in the store, and says
    # which documents it left out.
    proc = kg.run("build", *first, "-o", out, expect=0)
    check(len(documents(db)) == len(first),
          f"the rebuilt store holds {len(documents(db))} documents, not {len(first)}")
    said = proc.stderr.decode("utf-8")
    check(f"{len(rest)} documents it held, not among the inputs, left out:" in said and
          all(os.path.basename(name) in said for name in rest) and said.count("\n") == 1,
          f"the rebuild does not name the {len(rest)} documents it left out:\n{said}")
    proc = kg.run("build", *first, "-o", out, expect=0)
    check(proc.stderr.decode("utf-8") == "",
          f"a rebuild of the same inputs says something:\n{proc.stderr.decode('utf-8')}")
    check_store_is_outputs(kg, out, what="a rebuild")
    print("ok  a rebuild replaces the store")
    return out


def check_aliases(kg, corpus, tmp):
    aliases = write_text(os.path.join(tmp, "aliases.tsv"), "same\tVietnam\tMalaysia\n")
    out = os.path.join(tmp, "aliased")
    kg.ok("build", corpus, "-o", out, "--aliases", aliases)
    check_store_is_outputs(kg, out, what="kg build --aliases")
    plain = os.path.join(tmp, "plain")
    kg.ok("build", corpus, "-o", plain)
    check(read_bytes(os.path.join(out, "graph.json")) !=
          read_bytes(os.path.join(plain, "graph.json")), "the aliases file changed nothing")
    print("ok  kg build --aliases records the file in the store, which gives graph.json")


def check_db_option(kg, data_dir, tmp):
    out = os.path.join(tmp, "elsewhere-out")
    db = os.path.join(tmp, "stores", "news.db")
    output = kg.ok("build", data_dir, "-o", out, "--db", db)
    check(f"store:     {db}" in output, f"the summary does not name the store:\n{output}")
    check("kg.db" not in os.listdir(out), "--db left a store in the output folder")
    check_store_is_outputs(kg, out, db, "kg build --db")
    print("ok  --db puts the store elsewhere")


def replaced_stores(kg, data_dir, out, tmp):
    """A kg store of an older or newer schema, or with damaged pages, is
    replaced by a build."""
    db = os.path.join(out, "kg.db")
    article = os.path.join(data_dir, sorted(os.listdir(data_dir))[0])
    for what, damage in (("older schema", "PRAGMA user_version = 1"),
                         ("newer schema", "PRAGMA user_version = 3"), ("damaged pages", None)):
        target = os.path.join(tmp, what.replace(" ", "-"))
        os.makedirs(target)
        shutil.copy(db, os.path.join(target, "kg.db"))
        if damage:
            con = sqlite3.connect(os.path.join(target, "kg.db"))
            con.execute(damage)
            con.commit()
            con.close()
        else:
            data = bytearray(read_bytes(db))
            page = 4096
            data[2 * page:len(data) - page] = b"\xa5" * (len(data) - 3 * page)
            with open(os.path.join(target, "kg.db"), "wb") as f:
                f.write(data)
            damaged = kg.run("export", os.path.join(target, "kg.db"), "--format", "json")
            check(damaged.returncode == 1, "the damaged store still reads")
        kg.ok("build", article, "-o", target)
        check(documents(os.path.join(target, "kg.db")) == [article],
              f"the store of {what} was not replaced")
        check_store_is_outputs(kg, target, what=f"over a store of {what}")
    print("ok  a store of an older or newer schema, or with damaged pages, is replaced")


def check_refusals(kg, data_dir, out, tmp):
    """Failing builds write nothing."""
    article = os.path.join(data_dir, sorted(os.listdir(data_dir))[0])
    bad = write_text(os.path.join(tmp, "bad", "empty.txt"), " \n")
    before = snapshot(out)
    check_one_line_error(kg.run("build", article, bad, "-o", out), bad)
    check(snapshot(out) == before, "a failing input changed the output folder or its store")
    missing = os.path.join(tmp, "never", "made")
    check_one_line_error(kg.run("build", article, bad, "-o", missing), bad)
    check(not os.path.exists(os.path.dirname(missing)), "a failing build made its folder")

    for name, content in (("text", b"To Lam visited Malaysia.\n"), ("empty", b"")):
        folder = os.path.join(tmp, f"not-a-store-{name}")
        write_text(os.path.join(folder, "keep.txt"), "mine\n")
        with open(os.path.join(folder, "kg.db"), "wb") as f:
            f.write(content)
        before = snapshot(folder)
        check_one_line_error(kg.run("build", article, "-o", folder), os.path.join(folder, "kg.db"),
                             "only a kg store is replaced")
        check(snapshot(folder) == before, f"a build over a {name} file wrote something")
    foreign = os.path.join(tmp, "foreign", "kg.db")
    os.makedirs(os.path.dirname(foreign))
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE mine(a)")
    con.commit()
    con.close()
    before = snapshot(os.path.dirname(foreign))
    check_one_line_error(kg.run("build", article, "-o", os.path.dirname(foreign)), foreign,
                         "not a kg store")
    check(snapshot(os.path.dirname(foreign)) == before, "a build over a foreign database wrote")

    orphan = os.path.join(tmp, "orphan")
    write_text(os.path.join(orphan, "kg.db-wal"), "log pages\n")
    before = snapshot(orphan)
    check_one_line_error(kg.run("build", article, "-o", orphan),
                         os.path.join(orphan, "kg.db-wal"), "write-ahead log")
    check(snapshot(orphan) == before, "a build beside a store's log wrote something")
    print("ok  a bad input, a file that is not a kg store, a log without its store: "
          "one-line errors, nothing written")


def test(kg, data_dir, tmp):
    corpus = os.path.join(tmp, "corpus")
    files = make_corpus(data_dir, corpus)
    out = check_build_then_add(kg, corpus, files, tmp)
    check_aliases(kg, corpus, tmp)
    check_db_option(kg, data_dir, tmp)
    replaced_stores(kg, data_dir, out, tmp)
    check_refusals(kg, data_dir, out, tmp)
    hidden = [name for folder, _, names in os.walk(tmp) for name in names
              if name.startswith(".") and ".tmp" in name]
    check(not hidden, f"temporary files left behind: {hidden}")


if __name__ == "__main__":
    run_test(test)
