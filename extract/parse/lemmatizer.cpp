#include "extract/parse/lemmatizer.h"

#include <algorithm>
#include <map>

#include "base/utf8.h"
#include "extract/parse/hash.h"
#include "extract/parse/word_features.h"

namespace kg::parse {
namespace {

// Byte offsets of the code point starts of `s`, plus s.size().
std::vector<std::size_t> char_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  std::size_t pos = 0;
  while (pos < s.size()) {
    starts.push_back(pos);
    pos += decode_utf8(s, pos).length;
  }
  starts.push_back(s.size());
  return starts;
}

std::uint64_t word_key(std::string_view lower, std::string_view xpos) {
  return hash_combine(hash_string(lower), hash_string(xpos));
}

std::uint64_t suffix_key(std::string_view xpos, std::string_view suffix, std::size_t length) {
  return hash_combine(hash_combine(hash_string(xpos), hash_string(suffix)), length + 1000);
}

}  // namespace

EditScript edit_script(std::string_view form, std::string_view lemma) {
  // Lower-case the form first when the lemma is all lower case ("The" -> "the"),
  // keep its case otherwise ("Americans" -> "American").
  const bool lower = lower_form(lemma) == lemma;
  const std::string base = lower ? lower_form(form) : std::string(form);
  const std::vector<std::size_t> starts = char_starts(base);
  // Longest common prefix in whole code points.
  std::size_t chars = 0;
  while (chars + 1 < starts.size() && starts[chars + 1] <= lemma.size() &&
         base.compare(starts[chars], starts[chars + 1] - starts[chars], lemma, starts[chars],
                      starts[chars + 1] - starts[chars]) == 0)
    ++chars;
  EditScript script;
  script.lower = lower;
  script.cut = static_cast<std::uint8_t>(std::min<std::size_t>(starts.size() - 1 - chars, 255));
  script.append = std::string(lemma.substr(starts[chars]));
  return script;
}

std::string apply_script(const EditScript& script, std::string_view form) {
  std::string base = script.lower ? lower_form(form) : std::string(form);
  const std::vector<std::size_t> starts = char_starts(base);
  const std::size_t chars = starts.size() - 1;
  const std::size_t keep = script.cut >= chars ? 0 : chars - script.cut;
  base.resize(starts[keep]);
  base += script.append;
  return base.empty() ? std::string(form) : base;
}

std::uint32_t Lemmatizer::script_id(const EditScript& s) {
  const std::uint64_t key = hash_combine(hash_combine(s.lower, s.cut), hash_string(s.append));
  if (const auto id = script_ids_.get(key)) return *id;
  scripts_.push_back(s);
  const auto id = static_cast<std::uint32_t>(scripts_.size() - 1);
  script_ids_.set(key, id);
  return id;
}

void Lemmatizer::count(std::string_view form, std::string_view xpos, std::string_view lemma) {
  if (lemma.empty() || lemma == "_") return;
  const std::uint64_t key = word_key(lower_form(form), xpos);
  std::uint32_t row = 0;
  if (const auto r = word_rows_.get(key)) {
    row = *r;
  } else {
    row = static_cast<std::uint32_t>(word_keys_.size());
    word_rows_.set(key, row);
    word_keys_.push_back(key);
    word_counts_.emplace_back();
    // Suffix statistics count each (word, tag) type once, with its first script.
    const std::uint32_t first_script = script_id(edit_script(form, lemma));
    const std::string lower = lower_form(form);
    const std::vector<std::size_t> starts = char_starts(lower);
    const std::size_t chars = starts.size() - 1;
    for (std::size_t n = 0; n <= std::min<std::size_t>(kMaxSuffix, chars); ++n) {
      suffix_counts_[{std::string(xpos), lower.substr(starts[chars - n])}][first_script] += 1;
    }
  }
  const std::uint32_t script = script_id(edit_script(form, lemma));
  auto& counts = word_counts_[row];
  auto it =
      std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == script; });
  if (it == counts.end()) {
    counts.push_back({script, 1});
  } else {
    ++it->second;
  }
}

void Lemmatizer::finish() {
  const auto most_frequent = [](const auto& counts) {
    std::uint32_t best = 0;
    int best_count = -1;
    for (const auto& [script, n] : counts) {
      if (n > best_count || (n == best_count && script < best)) {
        best = script;
        best_count = n;
      }
    }
    return best;
  };
  for (std::size_t row = 0; row < word_keys_.size(); ++row)
    words_.set(word_keys_[row], most_frequent(word_counts_[row]));
  // Shorter suffixes first, so that a suffix is compared with the script its
  // lookup would fall back to.
  std::vector<
      const std::pair<const std::pair<std::string, std::string>, std::map<std::uint32_t, int>>*>
      order;
  for (const auto& entry : suffix_counts_) order.push_back(&entry);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return a->first.second.size() < b->first.second.size();
  });
  std::map<std::pair<std::string, std::string>, std::uint32_t> effective;
  for (const auto* entry : order) {
    const auto& [xpos, suffix] = entry->first;
    const std::uint32_t script = most_frequent(entry->second);
    effective[entry->first] = script;
    if (!suffix.empty()) {
      // The parent: the suffix without its first code point.
      const std::size_t next = decode_utf8(suffix, 0).length;
      const auto parent = effective.find({xpos, suffix.substr(next)});
      if (parent != effective.end() && parent->second == script) continue;
    }
    suffixes_.set(suffix_key(xpos, suffix, char_starts(suffix).size() - 1), script);
  }
  word_counts_.clear();
  word_keys_.clear();
  word_rows_ = FlatMap();
  suffix_counts_.clear();
  script_ids_ = FlatMap();
}

const EditScript* Lemmatizer::lookup(std::string_view form, std::string_view xpos) const {
  const std::string lower = lower_form(form);
  if (const auto s = words_.get(word_key(lower, xpos))) return &scripts_[*s];
  const std::vector<std::size_t> starts = char_starts(lower);
  const std::size_t chars = starts.size() - 1;
  for (std::size_t n = std::min<std::size_t>(kMaxSuffix, chars);; --n) {
    const std::uint64_t skey =
        suffix_key(xpos, std::string_view(lower).substr(starts[chars - n]), n);
    if (const auto s = suffixes_.get(skey)) return &scripts_[*s];
    if (n == 0) break;
  }
  return nullptr;
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view xpos) const {
  const EditScript* script = lookup(form, xpos);
  return script == nullptr ? std::string(form) : apply_script(*script, form);
}

void Lemmatizer::write(ByteWriter& out) const {
  out.varint(scripts_.size());
  for (const EditScript& s : scripts_) {
    out.u8(s.lower ? 1 : 0);
    out.u8(s.cut);
    out.str(s.append);
  }
  for (const FlatMap* table : {&words_, &suffixes_}) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    table->for_each([&](std::uint64_t k, std::uint32_t v) { entries.push_back({k, v}); });
    std::sort(entries.begin(), entries.end());
    out.varint(entries.size());
    for (const auto& [k, v] : entries) {
      out.u64(k);
      out.varint(v);
    }
  }
}

Lemmatizer Lemmatizer::read(ByteReader& in) {
  Lemmatizer lem;
  const std::size_t n = in.count(3);
  for (std::size_t i = 0; i < n && !in.failed(); ++i) {
    EditScript s;
    s.lower = in.u8() != 0;
    s.cut = in.u8();
    s.append = std::string(in.str());
    lem.scripts_.push_back(std::move(s));
  }
  for (FlatMap* table : {&lem.words_, &lem.suffixes_}) {
    const std::size_t m = in.count(9);
    table->reserve(m);
    for (std::size_t i = 0; i < m && !in.failed(); ++i) {
      const std::uint64_t k = in.u64();
      const std::uint64_t v = in.varint();
      if (v >= n) in.fail();
      table->set(k, static_cast<std::uint32_t>(v));
    }
  }
  return lem;
}

}  // namespace kg::parse
