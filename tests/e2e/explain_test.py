"""kg explain on real stores:

- "Vik" and "Erna Vik" in three articles: the records joined into Erna Vik,
  in merge order, with the rules that joined them (new entity, name is an
  alias, same name), found by either name, and each record's mentions with
  the sentence and the rule that tied them (first mention, short form);
- every entity of the sample corpus's store: the explanation's entity is the
  graph.json entity, its mentions are the sum of the records', its documents
  those of the records, every alias is a name some record used, and every
  mention record carries a known rule;
- an unknown name, a graph.json given as the store: one-line errors.
"""

import json
import os
from collections import Counter

from kgtest import check, check_one_line_error, load_json, run_test, write_text
from store_corpus import make_corpus


# The rules of a mention record (kg/graph.h, MentionRule).
MENTION_RULES = {"first mention", "same name", "case or diacritics", "lexicon name", "fuller name",
                 "short form", "acronym", "pronoun", "role reference", "description"}
REFERENCE_RULES = {"pronoun", "role reference", "description"}


def explain(kg, db, name):
    return json.loads(kg.ok("explain", name, "--db", db, "--json"))


def check_vik(kg, tmp):
    folder = os.path.join(tmp, "vik")
    files = [write_text(os.path.join(folder, "a.txt"),
                   "Prime Minister Erna Vik of Norway visited Kenya on Monday. Vik met "
                   "President Ruth Otieno in Nairobi on Tuesday.\n"),
             write_text(os.path.join(folder, "b.txt"),
                   "On Wednesday, Vik signed a trade accord with Kenya in Mombasa.\n"),
             write_text(os.path.join(folder, "c.txt"),
                   "Prime Minister Erna Vik arrived in Oslo on Friday.\n")]
    db = os.path.join(folder, "kg.db")
    kg.ok("add", *files, "--db", db)
    result = explain(kg, db, "Vik")
    check(result == explain(kg, db, "erna vik"), "Vik and 'erna vik' explain different entities")
    check(result["entity"]["name"] == "Erna Vik", f"Vik explained as {result['entity']}")
    steps = [(os.path.basename(r["document"]), r["name"], r["rule"]) for r in result["records"]]
    check(steps == [("a.txt", "Erna Vik", "new entity"), ("b.txt", "Vik", "name is an alias"),
                    ("c.txt", "Erna Vik", "same name")], f"the records joined: {steps}")
    mentions = [(os.path.basename(r["document"]), m["sentence"], m["text"], m["rule"])
                for r in result["records"] for m in r["mention_records"]]
    check(mentions == [("a.txt", 0, "Erna Vik", "first mention"), ("a.txt", 1, "Vik", "short form"),
                       ("b.txt", 0, "Vik", "first mention"),
                       ("c.txt", 0, "Erna Vik", "first mention")],
          f"the mentions joined: {mentions}")
    text = kg.ok("explain", "Vik", "--db", db)
    check(text.startswith("Erna Vik (Person): ") and "name is an alias" in text and
          "short form" in text and "as written" in text, f"the text explanation:\n{text}")
    print("ok  Erna Vik: three records and their four mentions, each with its rule")


def check_every_entity(kg, data_dir, tmp):
    corpus = os.path.join(tmp, "corpus")
    files = make_corpus(data_dir, corpus)
    db = os.path.join(tmp, "corpus.db")
    kg.ok("add", *files, "--db", db)
    graph_json = os.path.join(tmp, "corpus.json")
    kg.ok("export", db, "--format", "json", "-o", graph_json)
    graph = load_json(graph_json)
    counts = Counter(e["name"] for e in graph["entities"])
    checked = 0
    for entity in graph["entities"]:
        if counts[entity["name"]] > 1:
            continue  # the name alone is ambiguous
        result = explain(kg, db, entity["name"])
        got = result["entity"]
        check((got["name"], got["type"], got["aliases"], got["documents"], got["mentions"]) ==
              (entity["name"], entity["type"], entity["aliases"], entity["documents"],
               entity["mentions"]), f"explain {entity['name']!r} gives {got}, not {entity}")
        records = result["records"]
        check(sum(r["mentions"] for r in records) == entity["mentions"],
              f"{entity['name']}: the records' mentions do not add up")
        check(sorted({r["document"] for r in records}) == entity["documents"],
              f"{entity['name']}: the records' documents differ from the entity's")
        used = {r["name"] for r in records} | {a for r in records for a in r["aliases"]}
        check(set(entity["aliases"]) <= used,
              f"{entity['name']}: aliases {set(entity['aliases']) - used} not explained")
        check(records[0]["rule"] == "new entity", f"{entity['name']}: the first record joined")
        for r in records:
            named = [m for m in r["mention_records"] if m["rule"] not in REFERENCE_RULES]
            check(r["mentions"] == 0 or len(named) >= 1,
                  f"{entity['name']}: {r['document']} counts {r['mentions']} mentions, records none")
            for m in r["mention_records"]:
                check(m["rule"] in MENTION_RULES and m["text"] and m["sentence"] >= 0,
                      f"{entity['name']}: a mention record {m}")
        checked += 1
    print(f"ok  {checked} entities of the corpus explained consistently with graph.json")
    return db, graph_json


def test(kg, data_dir, tmp):
    check_vik(kg, tmp)
    db, graph_json = check_every_entity(kg, data_dir, tmp)
    check_one_line_error(kg.run("explain", "Nobody at all", "--db", db), "Nobody at all", db)
    check_one_line_error(kg.run("explain", "Vietnam", "--db", graph_json), graph_json,
                         "not a kg store")
    print("ok  unknown names and a graph.json instead of a store: one-line errors")


if __name__ == "__main__":
    run_test(test)
