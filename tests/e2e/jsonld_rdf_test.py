"""graph.jsonld round-trips through two JSON-LD processors, pyld (expand, then
to RDF) and rdflib, to the same RDF; that RDF holds every entity and relation
of graph.json with its qualifiers, confidence and evidence, and equals the
N-Triples export."""

import collections
import json
import os
import urllib.parse

import rdflib
from pyld import jsonld
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import RDF

from kgtest import check, load_json, run_test

SCHEMA = rdflib.Namespace("http://schema.org/")
KG = rdflib.Namespace("urn:kg:vocab:")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SCHEMA_CLASSES = {"Person", "Country", "Organization", "Place", "Event"}


def entity_iri(name):
    """urn:kg:entity:<name, UTF-8, every byte but A-Z a-z 0-9 - . _ ~ percent-encoded>."""
    return rdflib.URIRef("urn:kg:entity:" + urllib.parse.quote(name, safe=""))


def predicate_iri(predicate):
    """urn:kg:vocab:<predicate, spaces as _, other bytes outside [A-Za-z0-9_] encoded>."""
    if not predicate:
        return KG["related_to"]
    out = []
    for byte in predicate.encode("utf-8"):
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and (char.isalnum() or char == "_"):
            out.append(char)
        else:
            out.append(f"%{byte:02X}")
    return rdflib.URIRef(str(KG) + "".join(out))


def parse_both(jsonld_text):
    """The RDF of a JSON-LD document according to pyld and to rdflib."""
    document = json.loads(jsonld_text)
    nquads = jsonld.to_rdf(jsonld.expand(document), {"format": "application/n-quads"})
    by_pyld = rdflib.Graph().parse(data=nquads, format="nt")
    by_rdflib = rdflib.Graph().parse(data=jsonld_text, format="json-ld")
    return by_pyld, by_rdflib


def check_same_rdf(first, second, what):
    if to_isomorphic(first) == to_isomorphic(second):
        return
    _, only_first, only_second = graph_diff(to_isomorphic(first), to_isomorphic(second))
    sample = lambda g: "\n  ".join(sorted(" ".join(term.n3() for term in t) for t in g)[:5])
    raise AssertionError(f"{what} differ: {len(only_first)} vs {len(only_second)} triples only "
                         f"in one\n  {sample(only_first)}\n  ---\n  {sample(only_second)}")


def entity_iris(graph):
    """graph.json entity id -> IRI (later entities sharing a name get ;v=<id>)."""
    seen, iris = set(), []
    for entity in graph["entities"]:
        iri = str(entity_iri(entity["name"]))
        if entity["name"] in seen:
            iri += f";v={entity['id']}"
        seen.add(entity["name"])
        iris.append(rdflib.URIRef(iri))
    return iris


def check_entities(rdf, graph, iris):
    for entity, iri in zip(graph["entities"], iris):
        types = set(rdf.objects(iri, RDF.type))
        check(types, f"entity {entity['name']!r} ({iri}) has no rdf:type")
        if entity["type"] in SCHEMA_CLASSES:
            check(SCHEMA[entity["type"]] in types,
                  f"entity {entity['name']!r} is not a schema:{entity['type']}: {types}")
        names = {str(n) for n in rdf.objects(iri, SCHEMA.name)}
        check(names == {entity["name"]}, f"{iri}: schema:name {names}, not {entity['name']!r}")
        aliases = {str(n) for n in rdf.objects(iri, SCHEMA.alternateName)}
        check(aliases == set(entity["aliases"]),
              f"{iri}: schema:alternateName {aliases}, aliases {entity['aliases']}")


def literal_set(rdf, subject, predicate):
    return {str(v) for v in rdf.objects(subject, predicate)}


def one(rdf, subject, predicate):
    values = list(rdf.objects(subject, predicate))
    check(len(values) == 1, f"{subject} has {len(values)} values of {predicate}")
    return values[0]


def statement_signature(rdf, statement):
    """What a statement node says, comparable with relation_signature."""
    qualifiers = frozenset((str(one(rdf, q, KG.key)), str(one(rdf, q, KG.value)))
                           for q in rdf.objects(statement, KG.qualifier))
    evidence = frozenset((str(one(rdf, e, KG.document)), int(one(rdf, e, KG.sentence)),
                          int(one(rdf, e, KG.start)), int(one(rdf, e, KG.end)),
                          str(one(rdf, e, KG.text)))
                         for e in rdf.objects(statement, PROV.wasDerivedFrom))
    return (one(rdf, statement, RDF.subject), one(rdf, statement, RDF.predicate),
            one(rdf, statement, RDF.object), str(one(rdf, statement, KG.predicate)),
            round(float(one(rdf, statement, KG.confidence)), 9), qualifiers, evidence)


def relation_signature(relation, iris):
    qualifiers = frozenset(relation.get("qualifiers", {}).items())
    evidence = frozenset((e["document"], e["sentence"], e["start"], e["end"], e["text"])
                         for e in relation["evidence"])
    return (iris[relation["source"]], predicate_iri(relation["predicate"]),
            iris[relation["target"]], relation["predicate"], round(relation["confidence"], 9),
            qualifiers, evidence)


def check_relations(rdf, graph, iris):
    for relation in graph["relations"]:
        s, p, o = iris[relation["source"]], predicate_iri(relation["predicate"]), \
            iris[relation["target"]]
        check((s, p, o) in rdf, f"no triple {s} {p} {o} for relation {relation['predicate']!r}")
    statements = collections.Counter(statement_signature(rdf, st)
                                     for st in rdf.subjects(RDF.type, RDF.Statement))
    relations = collections.Counter(relation_signature(r, iris) for r in graph["relations"])
    missing = relations - statements
    extra = statements - relations
    check(not missing and not extra,
          f"statement nodes differ from graph.json relations: {len(missing)} relations have no "
          f"statement, e.g. {next(iter(missing), None)}; {len(extra)} statements have no "
          f"relation, e.g. {next(iter(extra), None)}")


def test(kg, data_dir, tmp):
    out = os.path.join(tmp, "out")
    graph_path = kg.build(data_dir, out)
    graph = load_json(graph_path)
    with open(os.path.join(out, "graph.jsonld"), encoding="utf-8") as f:
        jsonld_text = f.read()

    by_pyld, by_rdflib = parse_both(jsonld_text)
    check(len(by_pyld) > 0, "pyld found no triples in graph.jsonld")
    check_same_rdf(by_pyld, by_rdflib, "pyld and rdflib")
    by_nt = rdflib.Graph().parse(data=kg.ok("export", graph_path, "--format", "nt"), format="nt")
    check_same_rdf(by_pyld, by_nt, "graph.jsonld and the N-Triples export")
    check(kg.ok("export", graph_path, "--format", "jsonld") == jsonld_text,
          "kg export --format jsonld differs from graph.jsonld")

    iris = entity_iris(graph)
    for rdf in (by_pyld, by_rdflib):
        check_entities(rdf, graph, iris)
        check_relations(rdf, graph, iris)


if __name__ == "__main__":
    run_test(test)
