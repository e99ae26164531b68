"""Step 7 of bench/run: kg build through its store, and one article added.

On a bench/make_corpus.py corpus of MB megabytes (the one step 5 builds):
  - `kg build CORPUS -o OUT` (which adds the corpus to a fresh store,
    OUT/kg.db, reads the graph back from it and writes the outputs from that
    graph) into a folder removed first, the same build again over the folder
    it left (its store is then replaced), and, with --before KG, the kg
    binary from before kg build went through a store (the same command, which
    extracted and wrote the outputs directly) into a folder removed first;
    the three alternate run by run (same -j default: one worker per core).
    Wall-time medians of R runs, the ratios to the earlier kg's, and the
    ratio of CPU time (user + system) medians of the fresh build and the
    earlier kg's: on a shared machine CPU time moves less with the load than
    wall time. Checked once: kg export of the store equals the graph.json
    beside it, and, with --before, graph.json equals the earlier kg's;
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
Prints a Markdown table and two lines of the checks.
"""
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command):
    """Runs `command`; returns its wall and CPU (user + system) seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def read(path):
    with open(path, "rb") as f:
        return f.read()


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


def build_runs(kg, before, corpus, runs):
    """The timed builds: name -> list of (wall, cpu) per run."""
    out_dir, before_dir = corpus + ".build-out", corpus + ".before-out"
    times = {"before": [], "fresh": [], "again": []}
    for _ in range(runs):
        if before:
            shutil.rmtree(before_dir, ignore_errors=True)
            times["before"].append(timed([before, "build", corpus, "-o", before_dir]))
        shutil.rmtree(out_dir, ignore_errors=True)
        times["fresh"].append(timed([kg, "build", corpus, "-o", out_dir]))
        times["again"].append(timed([kg, "build", corpus, "-o", out_dir]))
    return times, out_dir, before_dir


def store_step(kg, work, mb, runs, before=None):
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

    times, out_dir, before_dir = build_runs(kg, before, corpus, runs)
    wall = {name: statistics.median(t[0] for t in runs_) for name, runs_ in times.items() if runs_}
    cpu = {name: statistics.median(t[1] for t in runs_) for name, runs_ in times.items() if runs_}
    db = os.path.join(out_dir, "kg.db")
    graph_json = read(os.path.join(out_dir, "graph.json"))
    exported = subprocess.run([kg, "export", db, "--format", "json"], check=True,
                              capture_output=True).stdout
    same_store = exported == graph_json
    same_before = before is None or read(os.path.join(before_dir, "graph.json")) == graph_json

    copy = db + ".copy"
    one = []
    for _ in range(runs):
        fresh_copy(db, copy)
        one.append(timed([kg, "add", article, "--db", copy])[0])
    fresh_copy(db, copy)
    opened = corpus_files_opened(kg, article, copy, corpus, os.path.join(work, "store-add.strace"))
    same_graph = (graph_after_add(kg, article, db, copy, False)
                  == graph_after_add(kg, article, db, copy, True))

    def ratio(a, b):
        return f"{a / b:.2f}" if b else "-"
    print(f"\n### kg build through its store on the {label} MB corpus "
          f"(s, medians of {runs} runs)\n")
    print("| documents | kg build before | kg build | build/before | rebuild over its store "
          "| rebuild/before | CPU s before | CPU s kg build | CPU build/before | store MiB "
          "| kg add of one article |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    before_wall, before_cpu = wall.get("before", 0), cpu.get("before", 0)
    print(f"| {len(documents):,} | {before_wall:.1f} | {wall['fresh']:.1f} "
          f"| {ratio(wall['fresh'], before_wall)} | {wall['again']:.1f} "
          f"| {ratio(wall['again'], before_wall)} | {before_cpu:.1f} | {cpu['fresh']:.1f} "
          f"| {ratio(cpu['fresh'], before_cpu)} | {os.path.getsize(db) / 2**20:.1f} "
          f"| {statistics.median(one):.2f} |")
    print(f"\nkg export of the store equals graph.json: {'ok' if same_store else 'FAILED'}; "
          f"graph.json equals the earlier kg's: "
          f"{('ok' if same_before else 'FAILED') if before else 'not run (no --before)'}")
    verdict = "ok" if not opened and same_graph else "FAILED"
    print(f"the one-article add: {len(opened)} corpus files opened (strace)"
          f"{' (' + ', '.join(sorted(opened)[:3]) + ')' if opened else ''}; "
          f"graph with the {text_bytes:,} bytes of stored text blanked "
          f"{'the same' if same_graph else 'DIFFERENT'}: {verdict}", flush=True)
