// Centrality and structure queries over a KnowledgeGraph; see centrality.h and
// paths.h.
#pragma once

#include "graph/centrality.h"
#include "graph/paths.h"
