"""kg export --format csv -o DIR writes nodes.csv and relationships.csv for
`neo4j-admin database import`: headers in Neo4j's convention (:ID, :LABEL,
typed properties, string[] arrays with the U+001F delimiter, :START_ID,
:END_ID, :TYPE), RFC 4180 quoting that Python's csv module reads back,
every entity and relation of graph.json with equal values, names with
quotes, commas and line breaks intact, and both files or neither."""

import csv
import json
import os
import re

from kgtest import check, check_one_line_error, load_json, read_bytes, run_test

ARRAY = "\x1f"  # --array-delimiter=U+001F
NODES_HEADER = [":ID", ":LABEL", "name", "type", "aliases:string[]", "documents:string[]",
                "mentions:int"]
RELATIONSHIPS_HEADER = [":START_ID", ":END_ID", ":TYPE", "predicate", "label",
                        "qualifiers:string[]", "symmetric:boolean", "confidence:float",
                        "documents:string[]", "sentences:string[]"]
# neo4j-admin's header fields: a property name with an optional :type (and
# [] for arrays), or a special field :ID, :LABEL, :START_ID, :END_ID, :TYPE.
FIELD = re.compile(r"^(:(ID|LABEL|START_ID|END_ID|TYPE)|\w+(:(int|long|float|double|boolean|"
                   r"byte|short|char|string|date|datetime|point)(\[\])?)?)$")


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    return rows[0], rows[1:]


def array(text):
    return text.split(ARRAY) if text else []


def check_header(header, expected, special, what):
    check(header == expected, f"{what}: header {header}, expected {expected}")
    for field in header:
        check(FIELD.match(field), f"{what}: {field!r} is not a neo4j-admin header field")
    for field in special:
        check(header.count(field) == 1, f"{what}: no {field} column")


def check_export(kg, graph_path, folder):
    graph = load_json(graph_path)
    kg.ok("export", graph_path, "--format", "csv", "-o", folder)
    check(sorted(os.listdir(folder)) == ["nodes.csv", "relationships.csv"],
          f"the folder holds {sorted(os.listdir(folder))}")
    header, nodes = read_csv(os.path.join(folder, "nodes.csv"))
    check_header(header, NODES_HEADER, (":ID", ":LABEL"), "nodes.csv")
    check(len(nodes) == len(graph["entities"]), "nodes.csv: not one row per entity")
    for entity, row in zip(graph["entities"], nodes):
        record = dict(zip(header, row))
        check(record[":ID"] == str(entity["id"]), f"nodes.csv: id {record[':ID']}")
        check(array(record[":LABEL"]) == ["Entity", entity["type"]], f"labels {record}")
        check(record["name"] == entity["name"], f"nodes.csv: name {record['name']!r}, "
              f"graph.json says {entity['name']!r}")
        check(record["type"] == entity["type"], f"nodes.csv: type of {entity['name']!r}")
        check(array(record["aliases:string[]"]) == sorted(entity["aliases"]),
              f"nodes.csv: aliases of {entity['name']!r}: {record['aliases:string[]']!r}")
        check(array(record["documents:string[]"]) == sorted(entity["documents"]),
              f"nodes.csv: documents of {entity['name']!r}")
        check(int(record["mentions:int"]) == entity["mentions"], "nodes.csv: mentions")

    header, relationships = read_csv(os.path.join(folder, "relationships.csv"))
    check_header(header, RELATIONSHIPS_HEADER, (":START_ID", ":END_ID", ":TYPE"),
                 "relationships.csv")
    check(len(relationships) == len(graph["relations"]), "relationships.csv: row count")
    for relation, row in zip(graph["relations"], relationships):
        record = dict(zip(header, row))
        where = f"relationships.csv: {relation['predicate']!r}"
        check((record[":START_ID"], record[":END_ID"]) ==
              (str(relation["source"]), str(relation["target"])), f"{where}: ends")
        check(re.fullmatch(r"[A-Z0-9_\u0080-\U0010ffff]+", record[":TYPE"]) is not None,
              f"{where}: type {record[':TYPE']!r} is not upper snake case")
        check(record["predicate"] == relation["predicate"], f"{where}: predicate")
        check(record["label"] == relation["label"], f"{where}: label")
        qualifiers = dict(q.split("=", 1) for q in array(record["qualifiers:string[]"]))
        check(qualifiers == relation["qualifiers"], f"{where}: qualifiers {qualifiers}")
        check(record["symmetric:boolean"] == ("true" if relation["symmetric"] else "false"),
              f"{where}: symmetric")
        check(float(record["confidence:float"]) == relation["confidence"], f"{where}: confidence")
        check(array(record["documents:string[]"]) == [e["document"] for e in relation["evidence"]],
              f"{where}: documents")
        check(array(record["sentences:string[]"]) == [e["text"] for e in relation["evidence"]],
              f"{where}: sentences")
    return graph


def adversarial_graph(path):
    """A graph.json whose strings hold quotes, commas, line breaks and more."""
    names = ['Say "hi", then\nleave', "Comma, Inc.", '""', "Line\r\nbreak", "Việt Nam ;|"]
    graph = {
        "format": "kg-graph", "version": 1,
        "documents": [{"name": 'doc, "1"\n.txt', "title": "t", "sentences": 1}],
        "entities": [{"id": i, "name": name, "type": "Organization",
                      "aliases": ['alias, "quoted"', "two\nlines"] if i == 0 else [],
                      "documents": ['doc, "1"\n.txt'], "mentions": i + 1}
                     for i, name in enumerate(names)],
        "relations": [{"source": i, "target": i + 1, "predicate": 'said "no", twice',
                       "label": 'said, "no"', "symmetric": i % 2 == 0,
                       "qualifiers": {"year": "2024", "note": 'a, "b"\nc'},
                       "confidence": 0.875,
                       "evidence": [{"document": 'doc, "1"\n.txt', "sentence": 0, "start": 0,
                                     "end": 5, "text": 'He said "no",\nthen left.'}]}
                      for i in range(len(names) - 1)],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(graph, f, ensure_ascii=False)
    return path


def test(kg, data_dir, tmp):
    graph_path = kg.build(data_dir, os.path.join(tmp, "out"))
    graph = check_export(kg, graph_path, os.path.join(tmp, "sample"))
    check(any(r["qualifiers"] for r in graph["relations"]), "no relation has qualifiers")

    nasty = adversarial_graph(os.path.join(tmp, "nasty.json"))
    check_export(kg, nasty, os.path.join(tmp, "nasty"))

    # Both files or neither: relationships.csv cannot be written (a folder is
    # in its place), so nodes.csv stays as it was and no temporary file is left.
    folder = os.path.join(tmp, "sample")
    before = read_bytes(os.path.join(folder, "nodes.csv"))
    os.remove(os.path.join(folder, "relationships.csv"))
    os.makedirs(os.path.join(folder, "relationships.csv", "occupied"))
    proc = kg.run("export", nasty, "--format", "csv", "-o", folder)
    check_one_line_error(proc, "relationships.csv")
    check(read_bytes(os.path.join(folder, "nodes.csv")) == before, "nodes.csv changed")
    check(sorted(os.listdir(folder)) == ["nodes.csv", "relationships.csv"],
          f"leftovers: {sorted(os.listdir(folder))}")

    proc = kg.run("export", graph_path, "--format", "csv")  # -o - : two files cannot go there
    check_one_line_error(proc, "-o DIR")
    check(proc.stdout == b"", "csv export wrote to stdout")


run_test(test)
