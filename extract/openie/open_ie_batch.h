// Open IE over many sentences at once (`kg extract --format carb`): the
// sentences are shared out to worker threads, each owning an OpenIeExtractor
// (its own Link Grammar Parse_Options over the one shared dictionary).
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/openie/open_ie.h"

namespace kg::extract {

// The tuples of each tokenised sentence, in the order of `sentences`, the
// same whatever `threads` is (at least one worker is used, never more than
// there are sentences). Errors: a parser cannot be created (Link Grammar's
// English dictionary is missing).
Result<std::vector<std::vector<OpenIeTuple>>> extract_open_ie(
    const std::vector<std::vector<std::string>>& sentences, unsigned threads);

}  // namespace kg::extract
