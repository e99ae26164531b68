"""Incremental equals full on the development news set: the 24 articles of
../shared/dev-news (beside the repository, or the folder named by
KG_DEV_NEWS) and the two sample articles, added in random orders and splits
(fixed seed), give graph.json, triples.jsonl and graph.jsonld byte-identical
to one kg build of the same files.

The set is not part of the repository: when it is not there, the test says
so and exits with code 77, which CTest reports as skipped (not passed).
"""

import os
import shutil
import sys

from kgtest import run_test
from store_test import built, check_incremental_equals_full

SKIPPED = 77


def dev_news_folder(data_dir):
    folder = os.environ.get("KG_DEV_NEWS")
    if not folder:
        repo = os.path.dirname(os.path.dirname(data_dir))
        folder = os.path.join(os.path.dirname(repo), "shared", "dev-news")
    return folder if os.path.isdir(folder) else None


def test(kg, data_dir, tmp):
    source = dev_news_folder(data_dir)
    if source is None:
        print("SKIP store_devnews: no dev-news folder (set KG_DEV_NEWS)")
        sys.exit(SKIPPED)
    corpus = os.path.join(tmp, "corpus")
    os.makedirs(corpus)
    files = []
    for folder in (source, data_dir):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                files.append(shutil.copy(os.path.join(folder, name), os.path.join(corpus, name)))
    expected = built(kg, corpus, os.path.join(tmp, "full"))
    check_incremental_equals_full(kg, corpus, sorted(files), expected, tmp)


if __name__ == "__main__":
    run_test(test)
