"""Text inputs a user really has, from the bad-input matrix: nothing crashes
and no body text is lost.

- Long runs (each under a 1 MB stack, so no step may recurse once per word):
  a capitalised run of 50,000 words, a 1 MB line of one repeated token,
  100,000 nested brackets and quotes around a sentence, and a sentence of
  100,000 words; kg build exits 0 and finds the entities of the run (kg
  extract too, on the capitalised run), and Open IE (--format carb) notes the
  line it does not parse.
- A file holding several articles (menus, bylines, share lines and
  related-articles lists between them) keeps every body sentence of each:
  the sentence count equals the sum over the articles read one by one, and
  equals the sentences written; the same articles twice add no sentence,
  and kg extract --show-cleaning lists each removed span with its reason.
- Files of the same name in two folders stay two documents, each named by
  its path; a file given twice is read once.
"""

import json
import os

from kgtest import check, load_json, run_test, write_text

STACK_KB = 1024
TIMEOUT = 300


def summary_value(stdout, key):
    for line in stdout.splitlines():
        if line.startswith(key + ":"):
            return int(line.split(":")[1].split()[0])
    raise AssertionError(f"no '{key}:' line in the summary:\n{stdout}")


def check_long_runs(kg, tmp):
    sentence = "Ana Ruiz met Tom Hart in Lima."
    cases = {
        "capitalised-run": (" ".join(["Vietnam"] * 50_000) + "\n", "Vietnam"),
        "one-token-line": (" ".join(["word"] * 200_000) + "\n", None),
        "nested-brackets": ("(" * 100_000 + sentence + ")" * 100_000 + "\n", "Tom Hart"),
        "nested-quotes": ('"' * 100_000 + sentence + '"' * 100_000 + "\n", "Tom Hart"),
        "long-sentence": (" ".join([sentence[:-1]] * 16_667) + "\n", "Tom Hart"),
    }
    for name, (text, entity) in cases.items():
        path = write_text(os.path.join(tmp, "long", name + ".txt"), text)
        out = os.path.join(tmp, "long-out-" + name)
        kg.run("build", path, "-o", out, expect=0, timeout=TIMEOUT, stack_kb=STACK_KB)
        names = {e["name"] for e in load_json(os.path.join(out, "graph.json"))["entities"]}
        check(entity is None or entity in names, f"{name}: {entity} is not an entity of the graph")
        print(f"ok  {name} ({len(text):,} bytes)")
    # kg extract runs the same extractor; once is enough (the sanitizer build is slow).
    kg.run("extract", os.path.join(tmp, "long", "capitalised-run.txt"), expect=0, timeout=TIMEOUT,
           stack_kb=STACK_KB)
    carb = write_text(os.path.join(tmp, "long", "carb.txt"),
                 " ".join(["word"] * 10_000) + "\nJohn met Mary in Paris .\n")
    proc = kg.run("extract", "--format", "carb", carb, expect=0, timeout=TIMEOUT,
                  stack_kb=STACK_KB)
    check(b"John met Mary" in proc.stdout, "the short line lost its tuples", proc)
    check(b"not parsed" in proc.stderr and b"line 1" in proc.stderr,
          "the unparsed long line is not reported", proc)
    print("ok  Open IE notes the line it cannot parse")


# Three articles as a site saves them: menu, section label, headline, byline,
# body, share line, related-articles list. Each body paragraph has two
# sentences.
BODIES = [
    ["Lima, May 4 - Peru and Chile signed a fishing accord on Monday. The accord covers "
     "the southern coast and takes effect in June.",
     "Foreign Minister Ana Ruiz said the talks had lasted two years. She thanked the "
     "Chilean delegation for its patience.",
     "The accord sets quotas for anchovy and sardine fleets. Inspectors from both "
     "countries will board vessels at sea."],
    ["Nairobi, May 5 - Kenya opened a new rail link to Uganda on Tuesday. The line "
     "cuts the journey from two days to ten hours.",
     "President Ruth Otieno rode the first train to the border. Thousands of people "
     "lined the tracks in Naivasha.",
     "The link was built by a consortium of four firms. It cost more than three "
     "billion dollars over six years."],
    ["Oslo, May 6 - Norway named Lars Holm as its new ambassador to Japan. He will "
     "take up the post in September.",
     "Holm served as consul in Osaka from 2015 to 2019. He speaks Japanese and has "
     "written two books on Japanese trade.",
     "The foreign ministry said the appointment reflects growing trade ties. Norway "
     "exports salmon and ships to Japan."],
]


def article(k):
    headline = ["Peru and Chile sign fishing accord", "Kenya opens rail link to Uganda",
                "Norway names new ambassador to Japan"][k]
    parts = ["Home | World | Business | Sport | Opinion", "World", headline, "By Jane Roe"]
    parts += BODIES[k]
    parts += ["Share this article", "Related articles", "- Markets close higher on Friday",
              "- Storm warning for the coast", "- Football: cup final tickets sold out"]
    return "\n\n".join(parts) + "\n"


def check_several_articles(kg, tmp):
    body_sentences = 2 * sum(len(b) for b in BODIES)
    alone = 0
    for k in range(len(BODIES)):
        path = write_text(os.path.join(tmp, "multi", f"article{k}.txt"), article(k))
        alone += summary_value(kg.ok("build", path, "-o", os.path.join(tmp, f"m{k}")), "sentences")
    # Each article's headline is its title, read as a sentence too.
    check(alone == body_sentences + len(BODIES), f"{alone} sentences from the articles alone, "
          f"wrote {body_sentences} and {len(BODIES)} headlines")
    combined = "".join(article(k) for k in range(len(BODIES)))
    all_path = write_text(os.path.join(tmp, "multi", "all.txt"), combined)
    out = kg.ok("build", all_path, "-o", os.path.join(tmp, "m-all"))
    # The first headline is the file's title, the others go as headings.
    check(summary_value(out, "sentences") == body_sentences + 1,
          f"one file of {len(BODIES)} articles lost body sentences:\n{out}")
    check("removed" in out, "the build summary does not report what the cleaner removed")
    doc = load_json(os.path.join(tmp, "m-all", "graph.json"))["documents"][0]
    check(doc["removed_paragraphs"] > 0 and doc["removed_characters"] > 0,
          "graph.json does not count the removed text")
    twice = write_text(os.path.join(tmp, "multi", "twice.txt"), combined + combined)
    out = kg.ok("build", twice, "-o", os.path.join(tmp, "m-twice"))
    check(summary_value(out, "sentences") == body_sentences + 1,
          f"the same articles twice changed the sentence count:\n{out}")
    listing = kg.ok("extract", "--show-cleaning", twice).splitlines()
    check(listing[0].split("\t") == ["document", "start", "end", "reason", "text"],
          "--show-cleaning has no header line")
    rows = [line.split("\t") for line in listing[1:]]
    raw = (combined + combined).encode("utf-8")
    for row in rows:
        start, end = int(row[1]), int(row[2])
        check(raw[start:end].decode("utf-8") == row[4], f"span {start}-{end} is not the text")
    reasons = {row[3] for row in rows}
    for reason in ("repeated paragraph", "related-articles block", "byline"):
        check(reason in reasons, f"--show-cleaning lists no '{reason}'")
    repeated = sum(1 for row in rows if row[3] == "repeated paragraph")
    check(repeated >= sum(len(b) for b in BODIES), "the second copy is not reported as repeated")
    print(f"ok  several articles in one file: {body_sentences} body sentences kept")


def check_same_names(kg, tmp):
    one = write_text(os.path.join(tmp, "same", "dir1", "a.txt"), article(0))
    two = write_text(os.path.join(tmp, "same", "dir2", "a.txt"), article(1))
    out_dir = os.path.join(tmp, "same-out")
    out = kg.ok("build", os.path.dirname(one), os.path.dirname(two), one, "-o", out_dir)
    check(summary_value(out, "documents") == 2, f"expected 2 documents:\n{out}")
    names = [d["name"] for d in load_json(os.path.join(out_dir, "graph.json"))["documents"]]
    check(names == [one, two], f"document names {names}, expected the two paths")
    with open(os.path.join(out_dir, "triples.jsonl"), encoding="utf-8") as f:
        documents = {json.loads(line)["document"] for line in f}
    check(documents == {one, two}, f"evidence names {documents}")
    print("ok  same-named files stay two documents")


def test(kg, data_dir, tmp):
    check_long_runs(kg, tmp)
    check_several_articles(kg, tmp)
    check_same_names(kg, tmp)


if __name__ == "__main__":
    run_test(test)
