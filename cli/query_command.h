// `kg query GRAPH centrality|components|communities|neighbors|path|find ...`:
// answers questions about a graph.json written by `kg build`.
//   centrality [--measure M] [--top N] [--directed] [--json]
//              [--samples K] [--threads T]
//       the top N entities by a centrality (default betweenness, top 10).
//       Betweenness is exact up to kAutoBetweennessThreshold entities and
//       sampled beyond (a note on stderr says so); --samples 0 forces exact.
//   components [--top N] [--json]
//       the connected components, largest first, with their size and most
//       connected entity (--json: every member).
//   communities [--top N] [--json] [--seed S] [--resolution R]
//       Louvain communities (detect_communities), largest first, with their
//       size, the relations inside and their most central members by
//       PageRank, and the modularity (--json: every entity's community).
//   neighbors NAME [--depth N] [--json]
//       entities within N hops (default 1) of NAME, with the relations that
//       join NAME to its direct neighbours.
//   path A B [--directed] [--json]
//       a shortest chain of relations from A to B.
//   find TEXT [--json]
//       the entities whose name or an alias contains TEXT (folded), with type
//       and relation count; suggestions for a misspelling when none does.
// neighbors and path show each relation's label, qualifiers, confidence and
// evidence (the first sentence in the table; every one with --json); an
// entity without relations is said to have none. --type T (repeatable),
// --min-confidence X and --document NAME narrow the graph before any
// question (kg/filter.h).
// --timing (every question but neighbors) prints "timing: load X ms" and
// "timing: compute Y ms" on stderr: reading graph.json, and answering.
// --repeat R answers R times, each from scratch, and --timing adds
// "timing: compute-warm Z ms", the median of calls 2..R (benchmarks).
// Names resolve through aliases ("Lam" finds "To Lam"). An unknown name (with
// suggestions), an ambiguous one (with every candidate), or no path, is a
// one-line error and exit code 1. Text output is an aligned table;
// --json prints one JSON document.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "kg/analytics.h"
#include "kg/filter.h"

namespace kg::cli {

enum class Question { kCentrality, kComponents, kCommunities, kNeighbors, kPath, kFind };

struct QueryOptions {
  std::string graph_path;
  Question question = Question::kCentrality;
  bool json = false;
  bool directed = false;
  Centrality measure = Centrality::kBetweenness;
  std::size_t top = 10;
  std::string name;
  int depth = 1;
  std::string from;
  std::string to;
  std::optional<std::size_t> samples;  // betweenness; unset = automatic
  unsigned threads = 0;                // betweenness; 0 = every core
  CommunityOptions communities;        // seed and resolution
  bool timing = false;
  int repeat = 1;      // answers computed per run; see timed()
  GraphFilter filter;  // --type, --min-confidence, --document

  bool filter_given() const {
    return !filter.types.empty() || filter.min_confidence > 0 || !filter.document.empty();
  }
};

// Runs `kg query`; returns the exit code (errors printed as one line).
int run_query(const QueryOptions& options);

}  // namespace kg::cli
