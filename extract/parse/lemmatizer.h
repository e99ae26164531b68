// Lemmatizer: lemma from word form and tag, learned from a treebank.
//
// A lemma is stored as an edit script from the form: whether the form is
// lower-cased first, how many final characters are cut and what is appended
// ("studies" NNS -> lower, cut 3, add "y"). A (lower-cased form, XPOS) pair
// seen in training gets its most frequent script; an unseen one gets the
// script most often used by training words (types) with the same XPOS and the
// longest shared suffix (up to 7 characters); a suffix whose script is that of
// its own suffix one character shorter is not stored. Immutable once built;
// lemma() is const and thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/parse/flat_map.h"
#include "extract/parse/model_file.h"

namespace kg::parse {

struct EditScript {
  bool lower = false;
  std::uint8_t cut = 0;  // code points removed from the end
  std::string append;
  bool operator==(const EditScript&) const = default;
};

// The script that turns `form` into `lemma`, and back.
EditScript edit_script(std::string_view form, std::string_view lemma);
std::string apply_script(const EditScript& script, std::string_view form);

class Lemmatizer {
 public:
  // Counts one training word.
  void count(std::string_view form, std::string_view xpos, std::string_view lemma);
  // Freezes the counts.
  void finish();

  std::string lemma(std::string_view form, std::string_view xpos) const;

  void write(ByteWriter& out) const;
  static Lemmatizer read(ByteReader& in);

 private:
  static constexpr int kMaxSuffix = 7;
  std::uint32_t script_id(const EditScript& s);
  const EditScript* lookup(std::string_view form, std::string_view xpos) const;

  std::vector<EditScript> scripts_;
  FlatMap words_;     // hash(lower form, xpos) -> script
  FlatMap suffixes_;  // hash(xpos, suffix) -> script
  // While counting: script counts per (word, tag) row and per suffix key.
  std::vector<std::vector<std::pair<std::uint32_t, int>>> word_counts_;
  std::vector<std::uint64_t> word_keys_;
  FlatMap word_rows_;
  FlatMap script_ids_;
  // (XPOS, suffix) -> script counts.
  std::map<std::pair<std::string, std::string>, std::map<std::uint32_t, int>> suffix_counts_;
};

}  // namespace kg::parse
