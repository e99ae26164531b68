// Events a text names by description only, with no capitalised name: an
// election or referendum with the words that say which one ("last month's
// presidential election", "the February 8 general election" -> "general
// election"), and an award for the best of something or a special one ("the
// best actress award", "a special award"). Such a phrase is a name of type
// Event, written as in the text without its article (a date before it stays
// a date of its own); "the election" or "the award" later refers to it as to
// any named event. A bare "the election" or "an award" describes nothing
// in particular and is left alone.
#pragma once

#include <vector>

#include "extract/mentions/mention.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

// Adds the described events among `tokens` that no mention covers to
// `mentions`, keeping them ordered by position.
void add_described_events(const std::vector<Token>& tokens, std::vector<Mention>& mentions);

}  // namespace kg::extract
