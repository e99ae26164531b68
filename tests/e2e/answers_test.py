"""Answers a user can check: ambiguous names list their candidates, misspelt
names get suggestions, neighbours and paths show each relation's evidence,
find lists entities, and --type, --min-confidence and --document narrow every
question."""

import json
import os

from kgtest import (check, check_one_line_error, load_json, run_test, undirected_adjacency,
                    write_text)

SADAT = ("Egypt remembers Anwar Sadat\n\n"
         "Egyptian President Anwar Sadat signed a peace treaty with Israel in 1979.\n"
         "Anwar said at the time that peace was the only path for Egypt.\n")


def check_names(kg, data_dir, tmp):
    """'Anwar' is another name of Anwar Ibrahim and of Anwar Sadat."""
    sadat = write_text(os.path.join(tmp, "more", "sadat.txt"), SADAT)
    db = os.path.join(tmp, "names.db")
    kg.ok("add", data_dir, sadat, "--db", db)
    for args in (["query", db, "neighbors", "Anwar"],
                 ["query", db, "path", "Anwar", "To Lam"],
                 ["render", db, "--focus", "Anwar", "-o", os.path.join(tmp, "a.svg")],
                 ["explain", "Anwar", "--db", db]):
        check_one_line_error(kg.run(*args), "'Anwar' is ambiguous", "2 entities",
                             "Anwar Ibrahim (Person, ", "Anwar Sadat (Person, ")
    check(not os.path.exists(os.path.join(tmp, "a.svg")), "an ambiguous focus drew a picture")
    for args in (["query", db, "neighbors", "Anwar Sadatt"],
                 ["query", db, "path", "To Lam", "Anwar Sadatt"],
                 ["render", db, "--focus", "Anwar Sadatt", "-o", os.path.join(tmp, "b.svg")],
                 ["explain", "Anwar Sadatt", "--db", db]):
        check_one_line_error(kg.run(*args), "no entity named 'Anwar Sadatt'", "did you mean",
                             "Anwar Sadat (Person, 4 relations)")
    # A misspelt surname finds the full name; nothing close gets no suggestion.
    check_one_line_error(kg.run("query", db, "neighbors", "Ibrahm"), "Anwar Ibrahim (Person")
    proc = kg.run("query", db, "neighbors", "Zimbabwe")
    check_one_line_error(proc, "no entity named 'Zimbabwe'")
    check(b"did you mean" not in proc.stderr, "a suggestion for a name nothing is close to", proc)


def relations_of(graph, name):
    """(other end, predicate) -> relation, for the relations of entity `name`."""
    ids = {e["name"]: i for i, e in enumerate(graph["entities"])}
    names = [e["name"] for e in graph["entities"]]
    out = {}
    for r in graph["relations"]:
        if ids[name] in (r["source"], r["target"]):
            other = r["target"] if r["source"] == ids[name] else r["source"]
            out[(names[other], r["predicate"])] = r
    return out


def check_evidence(kg, graph_path, graph):
    expected = relations_of(graph, "Anwar Ibrahim")
    result = json.loads(kg.ok("query", graph_path, "neighbors", "Anwar Ibrahim", "--json"))
    seen = 0
    for n in result["neighbors"]:
        for r in n["relations"]:
            want = expected[(n["name"], r["predicate"])]
            for key in ("label", "qualifiers", "confidence", "evidence"):
                check(r[key] == want[key], f"neighbors --json: {key} of {n['name']} differs")
            seen += 1
    check(seen == len(expected), f"neighbors --json lists {seen} of {len(expected)} relations")

    table = kg.ok("query", graph_path, "neighbors", "Anwar Ibrahim")
    for r in expected.values():
        first = r["evidence"][0]
        check(f'{first["document"]} #{first["sentence"]}: "{first["text"][:60]}' in table,
              f"the table lacks the evidence {first['text'][:60]!r}:\n{table}")
        check(r["label"] in table, f"the table lacks the label {r['label']!r}")

    path = json.loads(kg.ok("query", graph_path, "path", "Ahmad Zahid Hamidi", "Anwar Ibrahim", "--json"))
    check(path["steps"] and all(s["evidence"] and "confidence" in s and "qualifiers" in s
                                for s in path["steps"]), f"path steps without evidence: {path}")
    text = kg.ok("query", graph_path, "path", "Ahmad Zahid Hamidi", "Anwar Ibrahim")
    for step in path["steps"]:
        check(step["evidence"][0]["text"][:60] in text, f"path text lacks evidence:\n{text}")
        check(f"confidence {step['confidence']:g}" in text, f"path text lacks confidence:\n{text}")


def check_no_relations(kg, graph_path, graph):
    adjacency = undirected_adjacency(graph)
    lonely = [graph["entities"][v]["name"] for v, ns in adjacency.items() if not ns]
    check(lonely, "the sample graph has no entity without relations")
    text = kg.ok("query", graph_path, "neighbors", lonely[0])
    check(text.strip().endswith(": no relations") and lonely[0] in text,
          f"neighbors of {lonely[0]}:\n{text}")


def check_find(kg, graph_path, graph):
    adjacency_count = {}
    for r in graph["relations"]:
        for end in (r["source"], r["target"]):
            adjacency_count[end] = adjacency_count.get(end, 0) + 1
    result = json.loads(kg.ok("query", graph_path, "find", "VIET", "--json"))
    names = [e["name"] for e in result["entities"]]
    expected = [e["name"] for e in graph["entities"]
                if "viet" in e["name"].lower() or any("viet" in a.lower() for a in e["aliases"])]
    check(sorted(names) == sorted(expected), f"find VIET: {names}, expected {expected}")
    check(names[0] == "Vietnam", f"find VIET does not list Vietnam first: {names}")
    ids = {e["name"]: i for i, e in enumerate(graph["entities"])}
    for e in result["entities"]:
        check(e["relations"] == adjacency_count.get(ids[e["name"]], 0),
              f"find: {e['name']} has {e['relations']} relations")
    table = kg.ok("query", graph_path, "find", "viet")
    check(table.splitlines()[0].split() == ["entity", "type", "relations", "other", "names"],
          f"find table header:\n{table}")
    check(any(line.startswith("Vietnam ") and " Country " in line for line in table.splitlines()),
          f"find table:\n{table}")
    miss = kg.ok("query", graph_path, "find", "Malaysai")
    check("did you mean: Malaysia (Country" in miss, f"find Malaysai:\n{miss}")


def check_filters(kg, graph_path, graph, data_dir):
    people = json.loads(kg.ok("query", graph_path, "centrality", "--type", "Person", "--top", "0",
                              "--json"))["entities"]
    expected = [e["name"] for e in graph["entities"] if e["type"] == "Person"]
    check(sorted(e["name"] for e in people) == sorted(expected), "--type Person lists others")
    both = json.loads(kg.ok("query", graph_path, "centrality", "--type", "Person,Country",
                            "--top", "0", "--json"))["entities"]
    check({e["type"] for e in both} == {"Person", "Country"}, "--type Person,Country")

    strong = json.loads(kg.ok("query", graph_path, "neighbors", "To Lam", "--min-confidence",
                              "0.9", "--json"))["neighbors"]
    confidences = [r["confidence"] for n in strong for r in n["relations"]]
    check(confidences and min(confidences) >= 0.9, f"--min-confidence 0.9: {confidences}")

    document = sorted(d["name"] for d in graph["documents"])[1]
    narrowed = json.loads(kg.ok("query", graph_path, "neighbors", "To Lam", "--document",
                                document, "--json"))["neighbors"]
    docs = {e["document"] for n in narrowed for r in n["relations"] for e in r["evidence"]}
    check(docs == {document}, f"--document: evidence from {docs}")
    components = json.loads(kg.ok("query", graph_path, "components", "--document", document,
                                  "--top", "0", "--json"))
    members = {m for c in components["components"] for m in c["entities"]}
    mentioned = {e["name"] for e in graph["entities"] if document in e["documents"]}
    check(members == mentioned, "--document: components of other entities")
    path = json.loads(kg.ok("query", graph_path, "path", "Ahmad Zahid Hamidi", "Anwar Ibrahim",
                            "--type", "Person", "--json"))
    check(all(e["type"] == "Person" for e in path["entities"]), "--type: path through others")
    found = json.loads(kg.ok("query", graph_path, "find", "a", "--type", "Country", "--json"))
    check(found["entities"] and all(e["type"] == "Country" for e in found["entities"]),
          "find --type Country")
    check_one_line_error(kg.run("query", graph_path, "centrality", "--document", "nowhere.txt"),
                         "nowhere.txt", document)
    kg.run("query", graph_path, "centrality", "--type", "Planet", expect=2)


def body(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    graph = load_json(graph_path)
    check_names(kg, data_dir, tmp)
    check_evidence(kg, graph_path, graph)
    check_no_relations(kg, graph_path, graph)
    check_find(kg, graph_path, graph)
    check_filters(kg, graph_path, graph, data_dir)


if __name__ == "__main__":
    run_test(body)
