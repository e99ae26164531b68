"""Step 7 of bench/run: the store against kg build, and one article added.

On a bench/make_corpus.py corpus of MB megabytes (the one step 5 builds):
  - `kg build CORPUS` and `kg add CORPUS` into a fresh store, alternating run
    by run (same -j default: one worker per core), wall-time medians of R
    runs and their ratio add/build (kg build also lays out and writes
    graph.svg; kg add writes the store only);
  - one new article (the first document of another make_corpus.py seed,
    under a name the store does not hold) added to a copy of the built store:
    the median of R runs, each on a fresh copy;
  - that add checked twice for reading no other document's text: once under
    `strace -f -e trace=openat`, which must show no file of the corpus folder
    opened (only the new article is given), and once into a copy of the store
    whose stored texts (table document_texts) were all blanked first, which
    must give the same graph (`kg export --format json`) as the add into an
    intact copy: the add neither opens the other articles nor depends on the
    texts the store holds. (kg add's PRAGMA quick_check before writing reads
    every page of the store, texts included, as bytes to check, not as text:
    hence no byte count of reads from the store.)
Prints a Markdown table and one line of the two checks.
"""
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def remove_store(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def fresh_copy(db, copy):
    """Replaces `copy` by a copy of the store `db` (and its WAL, if any)."""
    remove_store(copy)
    for suffix in ("", "-wal"):
        if os.path.exists(db + suffix):
            shutil.copyfile(db + suffix, copy + suffix)


def corpus_files_opened(kg, article, db, corpus, log):
    """Runs kg add under strace; returns the files under `corpus` it opened."""
    subprocess.run(["strace", "-f", "-qq", "-o", log, "-e", "trace=openat",
                    kg, "add", article, "--db", db], check=True, capture_output=True)
    prefix = os.path.abspath(corpus) + os.sep
    opened = set()
    for line in open(log, encoding="utf-8", errors="replace"):
        path = re.search(r'openat\([^,]*, "((?:[^"\\]|\\.)*)"', line)
        if path and os.path.abspath(path.group(1)).startswith(prefix):
            opened.add(path.group(1))
    return opened


def graph_after_add(kg, article, db, copy, blank_texts):
    """The graph.json of a copy of `db` after kg add of `article`; with
    blank_texts, every stored text is emptied first."""
    fresh_copy(db, copy)
    if blank_texts:
        with sqlite3.connect(copy) as connection:
            connection.execute("UPDATE document_texts SET text = ''")
    subprocess.run([kg, "add", article, "--db", copy], check=True, capture_output=True)
    return subprocess.run([kg, "export", copy, "--format", "json"], check=True,
                          capture_output=True).stdout


def store_step(kg, work, mb, runs):
    label = f"{mb:g}"
    corpus = os.path.join(work, f"corpus{label}")
    if not os.path.isdir(corpus):
        subprocess.run([os.path.join(HERE, "make_corpus.py"), label, corpus], check=True,
                       capture_output=True)
    documents = [os.path.join(corpus, f) for f in sorted(os.listdir(corpus))]
    text_bytes = sum(os.path.getsize(f) for f in documents)
    extra = os.path.join(work, f"store-extra{label}")
    if not os.path.isdir(extra):
        subprocess.run([os.path.join(HERE, "make_corpus.py"), "0.02", extra, "--seed", "99"],
                       check=True, capture_output=True)
    article = os.path.join(work, "store-new-article.txt")
    shutil.copyfile(os.path.join(extra, sorted(os.listdir(extra))[0]), article)

    out_dir, db = corpus + ".build-out", corpus + ".kg.db"
    builds, adds = [], []
    for _ in range(runs):
        shutil.rmtree(out_dir, ignore_errors=True)
        builds.append(timed([kg, "build", corpus, "-o", out_dir]))
        remove_store(db)
        adds.append(timed([kg, "add", corpus, "--db", db]))
    build_s, add_s = statistics.median(builds), statistics.median(adds)

    copy = db + ".copy"
    one = []
    for _ in range(runs):
        fresh_copy(db, copy)
        one.append(timed([kg, "add", article, "--db", copy]))
    fresh_copy(db, copy)
    opened = corpus_files_opened(kg, article, copy, corpus, os.path.join(work, "store-add.strace"))
    same_graph = (graph_after_add(kg, article, db, copy, False)
                  == graph_after_add(kg, article, db, copy, True))

    print(f"\n### The store (kg add) on the {label} MB corpus (s, medians of {runs} runs)\n")
    print("| documents | kg build | kg add, fresh store | add/build | store MiB "
          "| kg add of one article |")
    print("|---|---|---|---|---|---|")
    print(f"| {len(documents):,} | {build_s:.1f} | {add_s:.1f} | {add_s / build_s:.2f} "
          f"| {os.path.getsize(db) / 2**20:.1f} | {statistics.median(one):.2f} |")
    verdict = "ok" if not opened and same_graph else "FAILED"
    print(f"\nthe one-article add: {len(opened)} corpus files opened (strace)"
          f"{' (' + ', '.join(sorted(opened)[:3]) + ')' if opened else ''}; "
          f"graph with the {text_bytes:,} bytes of stored text blanked "
          f"{'the same' if same_graph else 'DIFFERENT'}: {verdict}", flush=True)
