"""--aliases FILE on real builds and stores (README "--aliases"):

- a split: "different<TAB>Vik<TAB>Erna Vik" keeps the "Vik" of an article
  that names no Erna Vik apart from the Erna Vik kg joins it to;
- a forced merge: "same<TAB>KRA<TAB>Kenya Revenue Authority" joins two
  entities that kg keeps apart;
- each checked in graph.json of kg build, in kg explain of a store made by
  kg add --aliases (the rules "kept apart by aliases file" and "forced by
  aliases file"), and in kg diff between the builds without and with the
  file (a split and a merge); the store's graph equals the build's;
- the store records the file: a later kg add without --aliases keeps it, an
  empty file clears it;
- a bad aliases file: one line naming the file and the line, exit 1, no
  output folder and no store written.
"""

import json
import os

from kgtest import check, check_one_line_error, load_json, run_test, write_text

ALIASES = "# test decisions\nsame\tKRA\tKenya Revenue Authority\ndifferent\tVik\tErna Vik\n"


def articles(folder):
    return [write_text(os.path.join(folder, "a.txt"),
                  "Prime Minister Erna Vik of Norway visited Kenya on Monday. Vik met "
                  "President Ruth Otieno in Nairobi on Tuesday.\n"),
            write_text(os.path.join(folder, "b.txt"),
                  "On Wednesday, Vik signed a trade accord with Kenya in Mombasa.\n"),
            write_text(os.path.join(folder, "c.txt"),
                  "The Kenya Revenue Authority raised import duties on Thursday.\n"),
            write_text(os.path.join(folder, "d.txt"),
                  "KRA officials met traders in Nairobi on Friday.\n")]


def entity_with(graph, name):
    found = [e for e in graph["entities"] if e["name"] == name or name in e["aliases"]]
    check(len(found) == 1, f"{name}: {len(found)} entities carry the name: {found}")
    return found[0]


def names(graph):
    return {e["name"] for e in graph["entities"]}


def entity_rows(graph):
    return sorted((e["name"], e["type"], tuple(e["aliases"]), tuple(e["documents"]), e["mentions"])
                  for e in graph["entities"])


def explain(kg, db, name):
    return json.loads(kg.ok("explain", name, "--db", db, "--json"))


def check_builds(kg, folder, aliases, tmp):
    plain = load_json(kg.build(folder, os.path.join(tmp, "plain")))
    decided = load_json(kg.build(folder, os.path.join(tmp, "decided"), "--aliases", aliases))
    # Without the file: Vik is Erna Vik, KRA and the Kenya Revenue Authority are two.
    check("Vik" in entity_with(plain, "Erna Vik")["aliases"] and "Vik" not in names(plain),
          f"kg no longer joins Vik to Erna Vik: {entity_rows(plain)}")
    check({"KRA", "Kenya Revenue Authority"} <= names(plain),
          f"kg already joins KRA and the Kenya Revenue Authority: {entity_rows(plain)}")
    # With it: Vik of b.txt is apart, KRA is the Kenya Revenue Authority.
    vik = [e for e in decided["entities"] if e["name"] == "Vik"]
    check(len(vik) == 1 and vik[0]["documents"] == [os.path.join(folder, "b.txt")],
          f"Vik of b.txt was not kept apart: {entity_rows(decided)}")
    erna = [e for e in decided["entities"] if e["name"] == "Erna Vik"]
    check(len(erna) == 1 and erna[0]["documents"] == [os.path.join(folder, "a.txt")],
          f"Erna Vik still holds b.txt: {entity_rows(decided)}")
    kra = entity_with(decided, "KRA")
    check(kra is entity_with(decided, "Kenya Revenue Authority")
          and len(kra["documents"]) == 2, f"KRA was not forced in: {entity_rows(decided)}")
    print("ok  graph.json: --aliases splits Vik from Erna Vik and forces KRA in")

    result = json.loads(kg.ok("diff", os.path.join(tmp, "plain", "graph.json"),
                              os.path.join(tmp, "decided", "graph.json"), "--json", "--top", "0"))
    changes = {(c["change"], tuple(c["before"]), tuple(c["after"])) for c in result["entities"]}
    check(("split", ("Erna Vik",), ("Erna Vik", "Vik")) in changes,
          f"kg diff does not show the split: {changes}")
    check(("merged", tuple(sorted(["KRA", "Kenya Revenue Authority"])), (kra["name"],)) in changes,
          f"kg diff does not show the merge: {changes}")
    print("ok  kg diff between the builds: one split, one merge")
    return decided


def check_store(kg, folder, aliases, decided, tmp):
    db = os.path.join(tmp, "kg.db")
    out = kg.ok("add", folder, "--db", db, "--aliases", aliases)
    check("aliases:   recorded" in out, f"kg add does not say it recorded the file:\n{out}")
    exported = os.path.join(tmp, "store.json")
    kg.ok("export", db, "--format", "json", "-o", exported)
    check(entity_rows(load_json(exported)) == entity_rows(decided),
          "the store's graph differs from kg build --aliases")

    vik = explain(kg, db, "Vik")
    steps = [(os.path.basename(r["document"]), r["name"], r["rule"]) for r in vik["records"]]
    check(vik["entity"]["name"] == "Vik" and steps == [("b.txt", "Vik",
                                                        "kept apart by aliases file")],
          f"kg explain Vik: {steps}")
    kra = explain(kg, db, "KRA")
    rules = {os.path.basename(r["document"]): r["rule"] for r in kra["records"] if r["listed"]}
    check(sorted(rules.values()) == ["forced by aliases file", "new entity"],
          f"kg explain KRA: {rules}")
    text = kg.ok("explain", "KRA", "--db", db)
    check("forced by aliases file" in text, f"the text explanation:\n{text}")
    print("ok  kg explain: 'kept apart by aliases file', 'forced by aliases file'")

    # Recorded: kept by an add without --aliases, cleared by an empty file.
    kg.ok("add", folder, "--db", db)
    check(explain(kg, db, "Vik")["entity"]["name"] == "Vik", "an add without --aliases lost them")
    empty = write_text(os.path.join(tmp, "empty.tsv"), "")
    kg.ok("add", folder, "--db", db, "--aliases", empty)
    check(explain(kg, db, "Vik")["entity"]["name"] == "Erna Vik", "an empty file did not clear")
    print("ok  the store records the aliases file; an empty one clears it")


def check_bad_file(kg, folder, tmp):
    bad = write_text(os.path.join(tmp, "bad.tsv"), "same\tA\tB\nsame\tonly one name\n")
    out = os.path.join(tmp, "bad-out")
    check_one_line_error(kg.run("build", folder, "-o", out, "--aliases", bad), bad, "line 2")
    check(not os.path.exists(out), "kg build wrote an output folder with a bad aliases file")
    db = os.path.join(tmp, "bad.db")
    check_one_line_error(kg.run("add", folder, "--db", db, "--aliases", bad), bad, "line 2")
    check(not os.path.exists(db), "kg add created a store with a bad aliases file")
    missing = os.path.join(tmp, "missing.tsv")
    check_one_line_error(kg.run("build", folder, "-o", out, "--aliases", missing), missing)
    print("ok  a bad or missing aliases file: one line, nothing written")


def main(kg, data_dir, tmp):
    folder = os.path.join(tmp, "articles")
    articles(folder)
    aliases = write_text(os.path.join(tmp, "aliases.tsv"), ALIASES)
    decided = check_builds(kg, folder, aliases, tmp)
    check_store(kg, folder, aliases, decided, tmp)
    check_bad_file(kg, folder, tmp)


run_test(main)
