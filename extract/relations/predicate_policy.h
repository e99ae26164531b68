// The predicate policy: what every relation extractor's output must look like
// before relations are merged. A relation is dropped when its predicate
//   - is negated ("did not sign", "never worked in"): a negated statement
//     states no fact;
//   - is a reporting verb with at most a preposition after it ("said",
//     "told", "said in"): "X said Y ..." reports speech, it relates X to what
//     was said, not to the first name in it;
//   - names the object as another name of the subject ("is known as",
//     "also known as"): an alias, not a relation;
//   - is a fragment: no letter, a single letter, it ends in a word that
//     cannot end a relation (an article, a conjunction, a relative word), or
//     it is only a form of "be" and auxiliaries ("is", "has been").
// A passive with a by-agent ("was appointed by", "hosted by", "was founded in
// by") is turned around: the agent becomes the subject of the active verb
// ("appointed"). So is the passive of a verb of giving with its recipient
// ("the prize was awarded on Wednesday to X": X "was awarded" the prize).
#pragma once

#include <optional>

#include "extract/lexicon/lexicon.h"
#include "extract/relations/relation_extractor.h"

namespace kg::extract {

// The relation as the policy wants it, or nullopt when it is dropped. The
// predicate is compared in lower case, split at spaces.
std::optional<RawRelation> apply_predicate_policy(const Lexicon& lexicon, RawRelation relation);

}  // namespace kg::extract
