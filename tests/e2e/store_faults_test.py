"""The store under faults (kg/store.h, "Safety"):

- kill -9 at moments spread over a kg add, into an existing store and into a
  new one: the store still opens, and its graph equals the graph before or
  after that add (a new store: no file, an empty store, or the whole add);
  the same kg add run again then completes it;
- two kg add runs at once, on a new store and on an existing one, both
  succeed, and the store equals kg build of every file they added.
"""

import os
import shutil
import signal
import subprocess
import time

from kgtest import check, read_bytes, run_test
from store_corpus import make_corpus

MOMENTS = 12
# The kill moments, as fractions of the add's uninterrupted run time: spread
# over the run and a little beyond, denser near the end, where it writes.
FRACTIONS = [1.3 * (k / (MOMENTS - 1)) ** 0.5 for k in range(MOMENTS)]


def graph_json(kg, db):
    return kg.run("export", db, "--format", "json", expect=0).stdout


def add_command(kg, files, db):
    return [kg.binary, "add", *files, "--db", db, "-j", "2"]


def kill_at(kg, files, db, delay):
    """Starts kg add, kills it with SIGKILL after `delay` seconds (if it is
    still running) and returns whether it was killed."""
    proc = subprocess.Popen(add_command(kg, files, db), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate()
    check(killed or proc.returncode == 0, f"kg add failed: {err.decode(errors='replace')}")
    return killed


def timed_add(kg, files, db):
    start = time.monotonic()
    kg.run(*add_command(kg, files, db)[1:], expect=0)
    return time.monotonic() - start


def check_kills(kg, tmp, first, rest, empty):
    base = os.path.join(tmp, "base", "kg.db")
    kg.ok("add", *first, "--db", base)
    before = graph_json(kg, base)
    done = os.path.join(tmp, "done", "kg.db")
    os.makedirs(os.path.dirname(done))
    shutil.copy(base, done)
    duration = timed_add(kg, rest, done)
    after = graph_json(kg, done)
    check(before != after, "the second add changed nothing")

    seen = {"before": 0, "after": 0}
    for k in range(MOMENTS):
        db = os.path.join(tmp, f"kill{k}", "kg.db")
        os.makedirs(os.path.dirname(db))
        shutil.copy(base, db)
        kill_at(kg, rest, db, duration * FRACTIONS[k])
        state = graph_json(kg, db)
        check(state in (before, after), f"killed at moment {k}: the store is neither before "
              "nor after the add")
        seen["before" if state == before else "after"] += 1
        kg.ok("add", *rest, "--db", db)
        check(graph_json(kg, db) == after, f"killed at moment {k}: adding again differs")
    print(f"ok  kill -9 during kg add into a store ({duration:.2f} s): {seen}")

    seen = {"no store": 0, "empty": 0, "complete": 0}
    duration = timed_add(kg, first + rest, os.path.join(tmp, "new", "kg.db"))
    for k in range(MOMENTS):
        db = os.path.join(tmp, f"new{k}", "kg.db")
        kill_at(kg, first + rest, db, duration * FRACTIONS[k])
        if not os.path.exists(db):
            seen["no store"] += 1
        else:
            state = graph_json(kg, db)
            check(state in (empty, after), f"killed at moment {k}: a new store is partial")
            seen["empty" if state == empty else "complete"] += 1
        kg.ok("add", *first, *rest, "--db", db)
        check(graph_json(kg, db) == after, f"killed at moment {k}: adding again differs")
    print(f"ok  kill -9 during kg add into a new store ({duration:.2f} s): {seen}")


def check_concurrent(kg, tmp, files, expected):
    one, two = files[0::2], files[1::2]
    for k in range(3):
        db = os.path.join(tmp, f"both{k}", "kg.db")
        runs = [subprocess.Popen(add_command(kg, part, db), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for part in (one, two)]
        for proc in runs:
            out, err = proc.communicate(timeout=300)
            check(proc.returncode == 0, f"a concurrent kg add failed: "
                  f"{err.decode(errors='replace')}")
        check(graph_json(kg, db) == expected,
              "two concurrent adds into a new store differ from kg build")
        runs = [subprocess.Popen(add_command(kg, files, db), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for _ in range(2)]
        for proc in runs:
            out, err = proc.communicate(timeout=300)
            check(proc.returncode == 0, f"a concurrent kg add of known files failed: "
                  f"{err.decode(errors='replace')}")
        check(graph_json(kg, db) == expected, "two concurrent adds of known files changed it")
    print("ok  two kg add runs at once both succeed; the store equals kg build")


def test(kg, data_dir, tmp):
    corpus = os.path.join(tmp, "corpus")
    files = make_corpus(data_dir, corpus)
    out = os.path.join(tmp, "full")
    kg.ok("build", corpus, "-o", out)
    expected = read_bytes(os.path.join(out, "graph.json"))
    empty_db = os.path.join(tmp, "empty", "kg.db")
    kg.ok("add", files[0], "--db", empty_db)
    kg.ok("remove", files[0], "--db", empty_db)
    empty = graph_json(kg, empty_db)
    check_kills(kg, tmp, files[:4], files[4:], empty)
    check_concurrent(kg, tmp, files, expected)


if __name__ == "__main__":
    run_test(test)
