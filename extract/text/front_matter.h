// Front matter: the lines a saved article may open with before its headline
// (a "source:" or "url:" line, a bare URL, a site's navigation menu, a
// publication time). The cleaner skips them when it looks for the title.
#pragma once

#include <string_view>

namespace kg::extract {

// What kind of front-matter line `line` (one trimmed line) is: "navigation
// menu" for three or more items separated by " | " or " > " ("Home | News |
// World"); "metadata line" for a "key: value" line whose key is one word that
// is either all lower case ("url:", "date:") or a metadata word in any case
// ("Source:", "Author:", "Published:", "Tags:" ...), for a bare URL (http://,
// https://, www. and no space) and for a short line opening with "Published",
// "Updated" or "Posted" ("Published 14 March 2024, 11:42 GMT"); empty when
// it is none of these. A headline never opens with a lower-case key, so
// "Ukraine: ceasefire holds" is not front matter.
std::string_view front_matter_kind(std::string_view line);

}  // namespace kg::extract
