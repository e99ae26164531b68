// Expands command-line inputs (files and folders) into the list of text files
// to read. A folder contributes its regular files ending in .txt, .text or .md
// (recursively, sorted by path, hidden files skipped). A file reached twice
// (given twice, or both alone and inside a given folder) is listed once, where
// it was first reached. Errors, one line naming
// the path: a path that does not exist, a folder with no text files, a path
// that is neither a file nor a folder, no inputs at all.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace kg::extract {

Result<std::vector<std::string>> collect_input_files(const std::vector<std::string>& paths);

}  // namespace kg::extract
