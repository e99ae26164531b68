// Atomic file output: content is written to a temporary file in the target's
// folder, flushed, and renamed over the target, so readers see either the old
// file or the complete new one, never a partial write. The temporary file is
// hidden (".NAME.tmp.XXXXXX"); a process killed before the rename leaves it
// behind, any other failure removes it.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace kg {

// Writes `content` to `path` atomically. On error the target is untouched, the
// temporary file is removed, and the Status names the path and the cause.
Status write_file_atomic(const std::string& path, std::string_view content);

}  // namespace kg
