// Shared helpers for the tests of the lexicon, mention and relation stages:
// the built-in lexicon, a small document analysed as the extractor does
// (tokens, mentions, resolved entities), readable renderings of mentions and
// list checks.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/entity_resolver.h"
#include "extract/mentions/mention_finder.h"
#include "extract/text/tokenizer.h"
#include "tests/extract/lexicon/lexicon_fixture.h"

namespace kg::test {

using extract::AnalysedSentence;
using extract::DocumentEntity;
using extract::Lexicon;
using extract::Mention;
using extract::MentionKind;
using Strings = std::vector<std::string>;

// One sentence tokenised, with its mentions and the token -> mention map.
inline AnalysedSentence analyse_sentence(std::string_view text, int index = 0) {
  AnalysedSentence a;
  a.sentence.text = std::string(text);
  a.sentence.end = text.size();
  a.index = index;
  a.tokens = extract::tokenize(text);
  a.mentions = extract::MentionFinder(lexicon()).find(a.tokens);
  a.token_mention.assign(a.tokens.size(), -1);
  for (std::size_t m = 0; m < a.mentions.size(); ++m) {
    const Mention& x = a.mentions[m];
    for (std::size_t k = x.span_begin; k < x.end && k < a.tokens.size(); ++k) {
      if (a.token_mention[k] < 0) a.token_mention[k] = static_cast<int>(m);
    }
  }
  return a;
}

// The mentions of one sentence, without resolution.
inline std::vector<Mention> mentions_of(std::string_view text) {
  return analyse_sentence(text).mentions;
}

// The first mention whose text is `text`; fails the test when there is none.
inline const Mention& mention_named(const std::vector<Mention>& ms, std::string_view text) {
  auto it = std::find_if(ms.begin(), ms.end(), [&](const Mention& m) { return m.text == text; });
  REQUIRE_MESSAGE(it != ms.end(), "no mention '" << text << "'");
  return *it;
}

// Mention texts in order, joined by " | " (printable in a failed CHECK).
inline std::string mention_texts(const std::vector<Mention>& ms) {
  std::string out;
  for (const Mention& m : ms) out += (out.empty() ? "" : " | ") + m.text;
  return out;
}

// A document of sentences (one string each), analysed and resolved.
struct Analysis {
  std::vector<AnalysedSentence> sentences;
  extract::ResolvedDocument resolved;

  // Index of the entity whose canonical name is `name`, or -1.
  int entity(std::string_view name) const {
    for (std::size_t e = 0; e < resolved.entities.size(); ++e) {
      if (resolved.entities[e].name == name) return static_cast<int>(e);
    }
    return -1;
  }
  // The entity named `name`; fails the test when there is none.
  const DocumentEntity& get(std::string_view name) const {
    int e = entity(name);
    REQUIRE_MESSAGE(e >= 0, "no entity '" << name << "'");
    return resolved.entities[static_cast<std::size_t>(e)];
  }
  std::string name(int e) const {
    return e < 0 ? "-" : resolved.entities[static_cast<std::size_t>(e)].name;
  }
  // The entity of the first mention with text `text` in sentence `s`.
  std::string resolved_name(std::size_t s, std::string_view text) const {
    return name(mention_named(sentences.at(s).mentions, text).entity);
  }
  bool has_alias(std::string_view name, const std::string& alias) const {
    return get(name).aliases.count(alias) > 0;
  }
};

// `paragraphs`, when given, holds each sentence's paragraph (else all are in one).
inline Analysis analyse(const Strings& sentences, const std::vector<int>& paragraphs = {}) {
  Analysis a;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    a.sentences.push_back(analyse_sentence(sentences[i], static_cast<int>(i)));
    if (i < paragraphs.size()) a.sentences.back().sentence.paragraph = paragraphs[i];
  }
  a.resolved = extract::EntityResolver(lexicon()).resolve(a.sentences);
  return a;
}

inline bool contains(const Strings& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// CHECK that `list` holds `item`, printing the list when it does not.
#define KG_CHECK_HAS(list, item)                                  \
  do {                                                            \
    const auto& kg_list_ = (list);                                \
    std::string kg_all_;                                          \
    for (const auto& kg_x_ : kg_list_) kg_all_ += "\n  " + kg_x_; \
    CHECK_MESSAGE(::kg::test::contains(kg_list_, item),           \
                  "missing: " << (item) << "\nin:" << kg_all_);   \
  } while (false)

#define KG_CHECK_LACKS(list, item)                                                  \
  do {                                                                              \
    const auto& kg_list_ = (list);                                                  \
    CHECK_MESSAGE(!::kg::test::contains(kg_list_, item), "unexpected: " << (item)); \
  } while (false)

}  // namespace kg::test
