// Linked-data and graph-exchange exports of a KnowledgeGraph; see jsonld.h,
// graphml.h and ntriples.h (the kg vocabulary is urn:kg:vocab:).
#pragma once

#include "graph/graphml.h"
#include "graph/jsonld.h"
#include "graph/ntriples.h"
