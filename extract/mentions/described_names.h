// Entities a text names by description only, with no capitalised name of
// their own:
//   - an election or referendum with the words that say which one ("last
//     month's presidential election", "the February 8 general election" ->
//     "general election"), and an award for the best of something or a
//     special one ("the best actress award", "a special award"): names of
//     type Event, written as in the text without their article (a date
//     before one stays a date of its own);
//   - an agreement with the words that say what it is about ("a free trade
//     agreement", "the peace deal"; word list in described_names.cpp): a
//     name of type Agreement;
//   - a court after the name of its place, with the words that say which
//     court ("the Antwerp criminal court"): the place's name becomes the
//     court's, of type Organization;
//   - an event or agreement after a name of no known type ("the TRUST-TB
//     trial", "the Ras Kemal deal"): the name and the noun name it, of type
//     Event or Agreement by the noun (word_lists.h, kEventNouns).
// "The election", "the award", "the court" or "the trial" later refers to
// them as to any named event, court or agreement. A bare "the election" or "an award" describes
// nothing in particular and is left alone.
#pragma once

#include <vector>

#include "extract/mentions/mention.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

// Adds the described events among `tokens` that no mention covers to
// `mentions`, keeping them ordered by position, and widens a place's name
// before a court noun into the court's and an untyped name before an event
// or agreement noun into the event's or agreement's.
void add_described_names(const std::vector<Token>& tokens, std::vector<Mention>& mentions);

}  // namespace kg::extract
