// The data block of the HTML page (render/html_page.h): the entities and
// relations it holds, as one JSON object safe inside an inline <script>
// element (every string through script_json_string).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kg/graph.h"
#include "render/html_layout.h"

namespace kg::render {

struct PageData {
  std::string title;
  std::vector<Vertex> entities;  // the entities the page holds, ascending
  Positions positions;           // of the drawn ones
  std::size_t drawn_limit = 0;   // at most this many drawn (RenderOptions::max_drawn)
  // Per vertex of the graph.
  std::vector<double> degree;
  std::vector<double> pagerank;
  std::vector<double> betweenness;
  bool betweenness_sampled = false;
  // Community per vertex (detect_communities); empty: none.
  std::vector<int> community;
  int community_count = 0;
  double modularity = 0;
  bool color_by_community = false;  // the page opens coloured by community
};

// {"title", "layout", "limit", "graphEntities", "betweennessSampled",
//  "types": [name...], "colors": ["#rrggbb"...] (per EntityType, render/style.h),
//  "colorBy": "type" or "community", and with communities "communities":
//  {"count", "modularity", "colors": [the palette of render/community_style.h,
//  per community number], "other": the colour of the communities beyond it},
//  "documents": [{"name", "title"}...],
//  "entities": [{"id": vertex, "n": name, "t": type index, "a": [aliases],
//                "d": [document index], "m": mentions, "c": [degree, pagerank,
//                betweenness], "k": community (with communities),
//                "x", "y" (only when drawn; y grows upwards)}...],
//  "relations": [{"s", "o": entity index in "entities", "p": predicate,
//                 "l": label, "y": symmetric (0/1), "q": {qualifiers},
//                 "c": confidence, "e": [[document index, sentence, text]...]}...]}
// The relations are those of the graph whose two ends are in the page, in
// the graph's edge order; numbers are finite (NaN and infinities become 0).
std::string page_data_json(const KnowledgeGraph& g, const PageData& data);

}  // namespace kg::render
