#!/usr/bin/python3
"""Builds a synthetic news corpus of a given size for `kg build`.

    bench/make_corpus.py MEGABYTES OUTDIR [--seed S]

Sources: the sample articles (tests/data/*.txt, split into paragraphs; the
first line is the headline) and the sentences of the UD English treebanks
(the "# text" lines of /work/shared/ud/*.conllu: EWT and GUM, about 28,000
different sentences of web text, news, interviews, fiction ...). Each
document is:
  - a headline: a random article headline;
  - 6 to 12 paragraphs, each either an article paragraph (probability 0.2)
    or 2 to 5 random treebank sentences;
  - name variation, so that the graph grows with the corpus instead of
    repeating the same entities: every capitalised word that does not start a
    sentence is, with probability 0.3, replaced by a made-up name built from
    two generic syllables; the pool of made-up names grows with the corpus
    (300 names per MB), so names recur across documents and link them.
kg keeps no parse cache, so a sentence that comes back costs what a new one
costs: the time per MB does not depend on how often sentences repeat.
Documents are written as doc_00000.txt, ... until the total reaches MEGABYTES
(10^6 bytes each). The same arguments always give the same files
(random.Random(seed)).
"""
import argparse
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "..", "tests", "data", "*.txt")
TREEBANKS = "/work/shared/ud/*.conllu"
SYLLABLES = ["ka", "lor", "men", "tis", "var", "do", "bel", "rin", "sa", "tor", "mi", "quen",
             "ha", "zu", "pal", "ner", "go", "vik", "an", "el", "os", "tra", "mun", "fe"]
CAPITALISED = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}\b")


def read_sources():
    headlines, paragraphs = [], []
    for path in sorted(glob.glob(ARTICLES)):
        with open(path, encoding="utf-8") as f:
            lines = [line.strip() for line in f.read().splitlines()]
        headlines.append(lines[0])
        paragraphs += [line for line in lines[1:] if len(line) > 40]
    sentences = []
    for path in sorted(glob.glob(TREEBANKS)):
        with open(path, encoding="utf-8") as f:
            sentences += [line[len("# text = "):].strip() for line in f
                          if line.startswith("# text = ")]
    return headlines, paragraphs, sentences


def made_up_name(index):
    """A deterministic pseudo-name for pool slot `index` ("Kalor", "Mentis"...)."""
    first = SYLLABLES[index % len(SYLLABLES)]
    second = SYLLABLES[(index // len(SYLLABLES)) % len(SYLLABLES)]
    third = "" if index < len(SYLLABLES) ** 2 else SYLLABLES[index // len(SYLLABLES) ** 2 % 24]
    return (first + second + third).capitalize()


def vary(text, rng, pool):
    return CAPITALISED.sub(
        lambda m: made_up_name(rng.randrange(pool)) if rng.random() < 0.3 else m.group(0), text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("megabytes", type=float)
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    headlines, paragraphs, sentences = read_sources()
    pool = max(100, int(300 * args.megabytes))
    os.makedirs(args.outdir, exist_ok=True)
    target = int(args.megabytes * 1_000_000)
    total = 0
    index = 0
    while total < target:
        parts = [vary(rng.choice(headlines), rng, pool)]
        for _ in range(rng.randint(6, 12)):
            if rng.random() < 0.2:
                parts.append(vary(rng.choice(paragraphs), rng, pool))
            else:
                parts.append(" ".join(vary(rng.choice(sentences), rng, pool)
                                      for _ in range(rng.randint(2, 5))))
        text = "\n\n".join(parts) + "\n"
        data = text.encode("utf-8")[: target - total] if total + len(text) > target else None
        if data is not None:  # last document: trim at a line end to hit the size
            cut = data.rfind(b"\n")
            if cut <= 0:
                break
            data = data[: cut + 1]
        else:
            data = text.encode("utf-8")
        with open(os.path.join(args.outdir, f"doc_{index:05d}.txt"), "wb") as out:
            out.write(data)
        total += len(data)
        index += 1
        if len(data) == 0:
            break


if __name__ == "__main__":
    main()
