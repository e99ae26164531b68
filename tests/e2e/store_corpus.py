"""The corpus of the store tests: the sample articles, pieces of them as
documents of their own (so that entities recur across documents and the
merge order matters), the three site-saved articles of text_inputs_test.py,
and two names that sort differently as strings and as paths ('a-b.txt' before
'a/b.txt' byte-wise)."""

import os

from kgtest import write_text
from text_inputs_test import article


def pieces(text, count):
    """`text` cut at line breaks into `count` pieces of about equal length."""
    lines = text.splitlines(keepends=True)
    size = -(-len(lines) // count)
    return ["".join(lines[k:k + size]) for k in range(0, len(lines), size)]


def make_corpus(data_dir, folder):
    """Writes the corpus into `folder`; returns the sorted list of its files."""
    files = []
    for name in sorted(os.listdir(data_dir)):
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            text = f.read()
        files.append(write_text(os.path.join(folder, name), text))
        stem = os.path.splitext(name)[0]
        for k, piece in enumerate(pieces(text, 3)):
            files.append(write_text(os.path.join(folder, "pieces", f"{stem}_{k}.txt"), piece))
    files.append(write_text(os.path.join(folder, "site", "a-b.txt"), article(0)))
    files.append(write_text(os.path.join(folder, "site", "a", "b.txt"), article(1)))
    files.append(write_text(os.path.join(folder, "site", "c.txt"), article(2)))
    return sorted(files)
