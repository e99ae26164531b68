#!/usr/bin/python3
"""Times kg on pathological long inputs and prints a Markdown table.

    bench/long_inputs.py [--kg PATH] [--work DIR] [--words N,N,...] [--stack KB]

Each input is one file of N words (default 10k, 50k, 100k and 400k) in one of
these shapes, the runs of text that real pages contain (tables of names,
all-caps pages, lists pasted without punctuation, scraped pages with no full
stop):
  - capitalised run: "Vietnam Vietnam Vietnam ..." on one line;
  - name run: made-up capitalised words ("Kalor Mentis ...") on one line;
  - one-token line: "word word word ..." on one line;
  - one long sentence: ordinary words and names, no full stop;
  - nested brackets: "(((( ... ))))" around a short sentence, N deep;
  - nested quotes: N double quotes, a sentence, N double quotes;
  - run without spaces: "x.." N times, one chunk of text with N cut points.
For each, `kg extract`, `kg build` and `kg parse` (and `kg extract --format
carb` with the words on one line) run under /usr/bin/time; the table gives the exit code,
wall seconds and peak RSS. With --stack KB (e.g. 1024) every run gets that
stack limit (ulimit -s), to show no step recurses with the input. Times are
single runs: this is a check that growth is linear, not a precise benchmark.
"""
import argparse
import os
import random
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SYLLABLES = ["ka", "lor", "men", "tis", "var", "do", "bel", "rin", "sa", "tor", "mi", "quen"]
WORDS = ["the", "minister", "said", "on", "Monday", "that", "talks", "with", "officials",
         "in", "Hanoi", "would", "continue", "and", "President", "Maria", "Lopez", "visited"]


def shapes(n, rng):
    made_up = [rng.choice(SYLLABLES).capitalize() + rng.choice(SYLLABLES) for _ in range(n)]
    depth_text = "Ana Ruiz met Tom Hart in Lima."
    return {
        "capitalised run": " ".join(["Vietnam"] * n) + "\n",
        "name run": " ".join(made_up) + "\n",
        "one-token line": " ".join(["word"] * n) + "\n",
        "one long sentence": " ".join(rng.choice(WORDS) for _ in range(n)) + "\n",
        "nested brackets": "(" * n + depth_text + ")" * n + "\n",
        "nested quotes": '"' * n + depth_text + '"' * n + "\n",
        "run without spaces": "x.." * n + "\n",
    }


def timed(cmd, stack_kb, out_path):
    def limit():
        if stack_kb:
            resource.setrlimit(resource.RLIMIT_STACK, (stack_kb * 1024, stack_kb * 1024))

    with open(out_path, "wb") as out:
        proc = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, stdout=out,
                              stderr=subprocess.PIPE, preexec_fn=limit)
    last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1].split()
    try:
        wall, rss_kb = float(last[-2]), int(last[-1])
    except (ValueError, IndexError):
        wall, rss_kb = float("nan"), 0
    return proc.returncode, wall, rss_kb / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kg", default=os.path.join(HERE, "..", "build", "cli", "kg"))
    ap.add_argument("--work", default="/tmp/kg-long-inputs")
    ap.add_argument("--words", default="10000,50000,100000,400000")
    ap.add_argument("--stack", type=int, default=0, help="stack limit in KB (0: unchanged)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    rng = random.Random(1)
    print("| input | words | bytes | command | exit | wall s | peak RSS MiB |")
    print("|---|---|---|---|---|---|---|")
    for n in [int(x) for x in args.words.split(",")]:
        for name, text in shapes(n, rng).items():
            path = os.path.join(args.work, name.replace(" ", "_") + f"_{n}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            commands = {
                "extract": [args.kg, "extract", path],
                "build": [args.kg, "build", path, "-o", os.path.join(args.work, "out")],
                "parse": [args.kg, "parse", path],
            }
            if name in ("capitalised run", "one-token line", "one long sentence"):
                commands["extract --format carb"] = [args.kg, "extract", "--format", "carb", path]
            for label, cmd in commands.items():
                code, wall, rss = timed(cmd, args.stack, os.path.join(args.work, "stdout"))
                print(f"| {name} | {n:,} | {len(text.encode()):,} | {label} | {code} | "
                      f"{wall:.2f} | {rss:.0f} |")
                sys.stdout.flush()


if __name__ == "__main__":
    main()
