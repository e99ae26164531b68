// PageRank on compressed-sparse-row graphs (graph/adjacency.h), solved as a
// linear system by successive over-relaxation (SOR) over flat arrays.
//
// With uniform teleportation and dangling vertices (no out-links) spreading
// their rank uniformly, PageRank is x = z / sum(z), where z solves
//   z_v = 1 + damping * sum over u -> v of z_u / outdeg(u)
// (dangling u add nothing). The unknowns are the shares s_u = z_u / outdeg(u)
// of the vertices with out-links. A sweep visits them in order and moves each
// s_v by omega times the step that would solve its own equation with the
// newest values (Gauss-Seidel for omega = 1).
//
// Undirected graphs: the share equations deg(v) s_v - damping * sum of the
// neighbours' s_u = 1 are symmetric and diagonally dominant, so SOR converges
// for any omega in (0, 2); omega = 2 / (1 + sqrt(1 - damping^2)), the optimum
// for Jacobi spectral radius `damping`, needs far fewer sweeps than
// Gauss-Seidel. The trees hanging off the graph are eliminated exactly first
// (a vertex with one neighbour left folds into that neighbour's equation;
// pagerank.cpp has the algebra), so only the 2-core is swept. Directed graphs
// use Gauss-Seidel on every vertex with out-links. The sweeps run over the unknowns renumbered into
// compact rows, which keeps their working set small.
//
// Stopping test: if the largest change of a share in a sweep is c, the
// residual of every equation is at most (|1 - omega| / omega + damping) * c,
// and on an undirected graph (where each equation's off-diagonal terms sum to
// at most damping times its diagonal) the error of every share at most
// E = that / (1 - damping). Sweeping stops when
// E <= tolerance * s_min / (3 + tolerance), s_min the smallest share: every
// returned score is then within `tolerance` (< 1) relative of the exact
// PageRank. On a directed graph no such bound holds in general and the same
// test is a heuristic. At most max_iterations sweeps are made.
//
// The first guess is degree-proportional (exact as damping -> 1). Allocates
// its arrays once per call; the sweeps allocate nothing.
#pragma once

#include <vector>

#include "graph/adjacency.h"

namespace kg {

struct PageRankOptions {
  double damping = 0.85;
  double tolerance = 1e-10;
  int max_iterations = 1000;
};

// `graph` lists each vertex's distinct neighbours; every relation counts both
// ways. Returns one score per vertex, summing to 1 (empty for no vertices).
std::vector<double> pagerank_undirected(const Adjacency& graph,
                                        const PageRankOptions& options = {});

// `in` lists, for each vertex v, the distinct u with a relation u -> v; of
// `out` (v -> its distinct targets) only the degrees are read. Both describe
// the same vertices. Returns one score per vertex, summing to 1.
std::vector<double> pagerank_directed(const Adjacency& in, const Adjacency& out,
                                      const PageRankOptions& options = {});

}  // namespace kg
