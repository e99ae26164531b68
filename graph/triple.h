// The extractor's output, shared by every module: evidence, triples and the
// entities of one document. Plain values; no Boost here.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph/entity_type.h"

namespace kg {

// Where a fact was read: the document, the sentence index within it, the byte
// offsets of the sentence in the original file, and the sentence text.
struct Evidence {
  std::string document;  // the path of the file as given, lexically normalised
  int sentence = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One subject–predicate–object statement.
//   predicate: normalised relation label, lower case ("visited", "prime minister of",
//              "comprehensive strategic partnership").
//   label:     short display label for diagrams ("CSP(2024)"); equals predicate when
//              there is nothing shorter.
//   symmetric: the relation reads the same both ways (met, partnership).
//   qualifiers: key=value facts about the relation ("year" -> "2024").
struct Triple {
  std::string subject;
  EntityType subject_type = EntityType::kOther;
  std::string predicate;
  std::string label;
  std::string object;
  EntityType object_type = EntityType::kOther;
  bool symmetric = false;
  std::map<std::string, std::string> qualifiers;
  double confidence = 1.0;  // in [0, 1]; the extractor gives three decimals
  Evidence evidence;
};

// An entity as resolved within one document: its canonical (fullest proper)
// name, its type, the other names the document used for it, and how often it
// was mentioned.
struct EntityRecord {
  std::string name;
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;
  int mentions = 0;
};

// Text of a document that was not read for facts (boilerplate: a byline, a
// photo caption, a related-articles list, a repeated paragraph), with the
// reason, so that nothing is dropped silently. Offsets are bytes of the file.
struct RemovedText {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string reason;
  std::string text;

  friend bool operator==(const RemovedText&, const RemovedText&) = default;
};

// Everything extracted from one document. Every triple's subject and object is
// the name of an EntityRecord in `entities`.
struct DocumentExtraction {
  std::string document;  // the path of the file as given (see Evidence)
  std::string title;     // headline, if the cleaner found one
  int sentences = 0;
  std::vector<EntityRecord> entities;
  std::vector<Triple> triples;
  std::vector<RemovedText> removed;  // in document order
};

}  // namespace kg
