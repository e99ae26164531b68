"""kg diff on real builds and stores:

- a graph against itself, and a store against the graph.json of kg build
  over the same files: no change;
- one sample article against both: the added entities are entities of the
  new graph whose names the old one does not know, the text summary and the
  JSON agree, and diff(A, B) is diff(B, A) turned round;
- the pieces of the corpus (store_corpus.py) against the pieces and the whole
  articles: every merged, split, renamed or regrouped group joins names that
  the graphs really link (name or alias);
- a merge made by a new article ("Vik" and "Erna Vik" become one entity once
  an article calls Erna Vik "Vik"), and the split when kg remove drops it,
  each also drawn (--draw, DOT and SVG): the names, "merged into" or "split
  into", the added and removed relations;
- a missing or bad graph: one line naming it, exit 1.
"""

import json
import os

from kgtest import check, check_one_line_error, load_json, read_bytes, run_test, svg_texts
from kgtest import write_text
from store_corpus import make_corpus

OPPOSITE = {"added": "removed", "removed": "added", "renamed": "renamed", "merged": "split",
            "split": "merged", "regrouped": "regrouped"}


def diff(kg, old, new, *options):
    return json.loads(kg.ok("diff", old, new, "--json", "--top", "0", *options))


def names_and_aliases(graph):
    known = {}
    for e in graph["entities"]:
        known.setdefault(e["name"], set()).add(e["name"])
        for alias in e["aliases"]:
            known.setdefault(alias, set()).add(e["name"])
    return known


def check_no_change(result, what):
    check(result["entities"] == [] and result["relations"] == {"added": [], "removed": []}
          and result["centrality"]["changes"] == [], f"{what}: kg diff reports changes")


def check_consistent(result, old_graph, new_graph, what):
    old_names = {e["name"] for e in old_graph["entities"]}
    new_names = {e["name"] for e in new_graph["entities"]}
    old_known = names_and_aliases(old_graph)
    new_known = names_and_aliases(new_graph)
    for change in result["entities"]:
        check(set(change["before"]) <= old_names and set(change["after"]) <= new_names,
              f"{what}: {change} names entities the graphs do not hold")
        kind = change["change"]
        if kind == "added":
            check(not any(n in old_known for n in change["after"]),
                  f"{what}: {change} is added but the old graph knows the name")
        elif kind == "removed":
            check(not any(n in new_known for n in change["before"]),
                  f"{what}: {change} is removed but the new graph knows the name")
        else:
            for name in change["before"]:
                linked = name in new_known or any(
                    a in change["after"] for a in old_graph_aliases(old_graph, name))
                check(linked, f"{what}: {change}: {name!r} is not linked to the new names")


def old_graph_aliases(graph, name):
    for e in graph["entities"]:
        if e["name"] == name:
            return e["aliases"]
    return []


def turned(result):
    entities = sorted((OPPOSITE[c["change"]], c["after"], c["before"]) for c in result["entities"])
    relations = result["relations"]
    return entities, relations["removed"], relations["added"]


def check_merge_and_split(kg, tmp):
    folder = os.path.join(tmp, "vik")
    bridge = write_text(os.path.join(folder, "a.txt"),
                   "Prime Minister Erna Vik of Norway visited Kenya on Monday. Vik met "
                   "President Ruth Otieno in Nairobi on Tuesday.\n")
    others = [write_text(os.path.join(folder, "b.txt"),
                    "On Wednesday, Vik signed a trade accord with Kenya in Mombasa.\n"),
              write_text(os.path.join(folder, "c.txt"),
                    "Prime Minister Erna Vik arrived in Oslo on Friday.\n")]
    db = os.path.join(folder, "kg.db")
    kg.ok("add", *others, "--db", db)
    before = os.path.join(folder, "before.json")
    kg.ok("export", db, "--format", "json", "-o", before)
    kg.ok("add", bridge, "--db", db)
    merged = {"change": "merged", "before": ["Erna Vik", "Vik"], "after": ["Erna Vik"]}
    check(merged in diff(kg, before, db)["entities"],
          f"the bridging article did not merge Vik into Erna Vik: {diff(kg, before, db)}")
    dot = kg.ok("diff", before, db, "--draw", "-", "--draw-format", "dot")
    for label in ('label=Vik', 'label="Erna Vik"', 'label="merged into"', 'label="+ met"'):
        check(label in dot, f"the DOT of the changes lacks {label}:\n{dot}")
    svg = os.path.join(folder, "changes.svg")
    report = kg.ok("diff", before, db, "--draw", svg)
    check("1 merged" in report, f"--draw changed the report:\n{report}")
    texts = svg_texts(read_bytes(svg))
    for name in ("Vik", "Erna Vik", "Ruth Otieno", "merged into"):
        check(name in texts, f"the SVG of the changes does not show {name!r}")
    after = os.path.join(folder, "after.json")
    kg.ok("export", db, "--format", "json", "-o", after)
    kg.ok("remove", bridge, "--db", db)
    split = {"change": "split", "before": ["Erna Vik"], "after": ["Erna Vik", "Vik"]}
    check(split in diff(kg, after, db)["entities"],
          f"kg remove of the bridging article did not split Erna Vik: {diff(kg, after, db)}")
    dot = kg.ok("diff", after, db, "--draw", "-", "--draw-format", "dot")
    check('label="split into"' in dot and 'label="- met"' in dot,
          f"the DOT of the split lacks 'split into' or '- met':\n{dot}")
    check_no_change(diff(kg, before, db), "after adding and removing the bridging article")
    print("ok  a bridging article merges Vik into Erna Vik; removing it splits them again")


def test(kg, data_dir, tmp):
    articles = sorted(os.path.join(data_dir, n) for n in os.listdir(data_dir))
    both = kg.build(data_dir, os.path.join(tmp, "both"))
    one = kg.build(articles[1], os.path.join(tmp, "one"))
    check_no_change(diff(kg, both, both), "a graph against itself")
    store = os.path.join(tmp, "both.db")
    kg.ok("add", data_dir, "--db", store)
    check_no_change(diff(kg, store, both), "a store against kg build's graph.json")
    print("ok  no change against itself and between a store and kg build")

    result = diff(kg, one, both)
    old_graph, new_graph = load_json(one), load_json(both)
    kinds = [c["change"] for c in result["entities"]]
    check("added" in kinds, f"no entity added by the second article: {kinds}")
    check(result["relations"]["added"], "no relation added by the second article")
    check_consistent(result, old_graph, new_graph, "one article -> two")
    back = diff(kg, both, one)
    entities, added, removed = turned(result)
    check(sorted((c["change"], c["before"], c["after"]) for c in back["entities"]) == entities,
          "diff(B, A) is not diff(A, B) turned round (entities)")
    check(back["relations"]["added"] == added and back["relations"]["removed"] == removed,
          "diff(B, A) is not diff(A, B) turned round (relations)")
    changes = result["centrality"]["changes"]
    check(changes, "no centrality change")
    check(all(abs(a["change"]) >= abs(b["change"]) for a, b in zip(changes, changes[1:])),
          "centrality changes are not largest first")
    text = kg.ok("diff", one, both)
    check(f"{kinds.count('added')} added" in text and
          f"relations: {len(result['relations']['added'])} added" in text,
          f"the text summary disagrees with --json:\n{text}")
    top = json.loads(kg.ok("diff", one, both, "--json", "--top", "3", "--measure", "degree"))
    check(len(top["centrality"]["changes"]) == 3 and top["centrality"]["measure"] == "degree",
          "--top 3 --measure degree not followed")
    print(f"ok  one article -> two: {len(kinds)} entity changes, "
          f"{len(result['relations']['added'])} relations added")

    corpus = os.path.join(tmp, "corpus")
    files = make_corpus(data_dir, corpus)
    pieces = [f for f in files if "/pieces/" in f]
    old_db, new_db = os.path.join(tmp, "pieces.db"), os.path.join(tmp, "whole.db")
    kg.ok("add", *pieces, "--db", old_db)
    kg.ok("add", *files, "--db", new_db)
    old_json, new_json = os.path.join(tmp, "pieces.json"), os.path.join(tmp, "whole.json")
    kg.ok("export", old_db, "--format", "json", "-o", old_json)
    kg.ok("export", new_db, "--format", "json", "-o", new_json)
    result = diff(kg, old_db, new_db)
    check_consistent(result, load_json(old_json), load_json(new_json), "pieces -> corpus")
    counts = {k: [c["change"] for c in result["entities"]].count(k) for k in OPPOSITE}
    print(f"ok  pieces -> whole corpus: {counts}")

    check_merge_and_split(kg, tmp)

    missing = os.path.join(tmp, "missing.json")
    check_one_line_error(kg.run("diff", both, missing), missing)
    check_one_line_error(kg.run("diff", articles[0], both), articles[0])
    print("ok  a missing or bad graph: one-line error")


if __name__ == "__main__":
    run_test(test)
