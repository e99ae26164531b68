// Joint actions: "Japan and the Philippines signed the Reciprocal Access
// Agreement", "Acme and Zenit agreed to set up a joint venture in Peru". When
// two coordinated subjects of one sentence ("A and B", "A and the B") carry
// the same predicate to the same object, and either the object is an
// agreement or the predicate names a relationship before its object ("agreed
// to set up a joint venture in"), the two act together: the pair gets one
// symmetric relation, "signed agreement with" or "agreed to set up a joint
// venture with". Works on the candidates of every extractor, before merging.
#pragma once

#include <vector>

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

// Appends the joint-action relations the candidates in `raw` imply.
void add_joint_actions(const DocumentContext& ctx, std::vector<RawRelation>& raw);

}  // namespace kg::extract
