#!/usr/bin/python3
"""Loads the files export_sample wrote with real tools and checks they agree.

JSON-LD: pyld (expand, then to_rdf as N-Quads) and rdflib must produce the
same triples, and those must equal rdflib's reading of the N-Triples file.
GraphML: networkx and igraph must read the nodes, edges and attributes.
Usage: check_exports.py DIR   (exit status 0 when every check passes)
"""
import json
import sys

import igraph
import networkx
import rdflib
from pyld import jsonld


def main(folder):
    with open(folder + "/graph.jsonld", encoding="utf-8") as fh:
        doc = json.load(fh)
    nquads = jsonld.to_rdf(jsonld.expand(doc), {"format": "application/n-quads"})
    via_pyld = set(rdflib.Graph().parse(data=nquads, format="nt"))
    via_rdflib = set(rdflib.Graph().parse(data=json.dumps(doc), format="json-ld"))
    via_nt = set(rdflib.Graph().parse(folder + "/graph.nt", format="nt"))
    assert via_pyld, "pyld produced no triples"
    assert via_pyld == via_rdflib, ("pyld and rdflib differ", via_pyld ^ via_rdflib)
    assert via_nt == via_rdflib, ("N-Triples and JSON-LD differ", via_nt ^ via_rdflib)

    names = {str(o) for s, p, o in via_nt if str(p) == "http://schema.org/name"}
    nasty = ('Quote " back\\slash <script>alert(1)</script> &amp; \n line2 \U0001F600')
    assert nasty in names, names
    assert "Vi\u1ec7t Nam \u200f" in names, names
    texts = {str(o) for s, p, o in via_nt if str(p) == "urn:kg:vocab:text"}
    assert 'He said "hi" \\ <b>bold</b>\x7f\x02' in texts, texts

    nx_graph = networkx.read_graphml(folder + "/graph.graphml")
    assert nx_graph.number_of_nodes() == 5, nx_graph.number_of_nodes()
    assert nx_graph.number_of_edges() == 2
    assert nx_graph.nodes["n0"]["name"] == nasty
    assert nx_graph.nodes["n0"]["aliases"] == "Alias|one|tab\there"
    assert nx_graph.nodes["n0"]["mentions"] == 3
    edge = nx_graph.edges["n0", "n1"] if not nx_graph.is_multigraph() else \
        nx_graph.get_edge_data("n0", "n1")[next(iter(nx_graph.get_edge_data("n0", "n1")))]
    assert edge["symmetric"] is True and abs(edge["confidence"] - 0.9) < 1e-12, edge
    assert edge["label"] == "met <with>", edge

    ig = igraph.Graph.Read_GraphML(folder + "/graph.graphml")
    assert ig.vcount() == 5 and ig.ecount() == 2 and ig.is_directed()
    assert ig.vs[0]["name"] == nasty
    assert ig.es[0]["predicate"] == 'met with "friends"/co'
    print("check_exports: %d triples agree; GraphML loads in networkx and igraph" % len(via_nt))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
