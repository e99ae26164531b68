#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <tuple>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/entity_resolver.h"
#include "extract/mentions/mention_finder.h"
#include "extract/mentions/mention_records.h"
#include "extract/relations/home_country.h"
#include "extract/relations/joint_action.h"
#include "extract/relations/relation_extractors.h"
#include "extract/relations/relation_label.h"
#include "extract/relations/relation_merge.h"
#include "extract/text/cleaner.h"
#include "extract/text/normalizer.h"
#include "extract/text/sentence_splitter.h"
#include "extract/text/text_loader.h"
#include "extract/text/tokenizer.h"
#include "kg/extract.h"

namespace kg::extract {
namespace {

std::vector<AnalysedSentence> analyse(const Lexicon& lex, const std::vector<Sentence>& sentences) {
  MentionFinder finder(lex);
  std::vector<AnalysedSentence> out;
  for (const Sentence& s : sentences)
    out.push_back(finder.analyse(s, static_cast<int>(out.size())));
  return out;
}

}  // namespace

namespace {

std::vector<RemovedText> removed_spans(std::string_view text, const NormalizedText& norm,
                                       const CleanDocument& doc) {
  std::vector<RemovedText> out;
  for (const Removal& r : doc.removed) {
    const std::size_t start = norm.original_offset(r.start), end = norm.original_offset(r.end);
    out.push_back({start, end, r.reason, std::string(text.substr(start, end - start))});
  }
  return out;
}

}  // namespace

Result<std::vector<RemovedText>> removed_text(const std::string& path, std::size_t max_file_bytes) {
  auto bytes = load_text_file(path, max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  const NormalizedText norm = normalize(*bytes);
  return removed_spans(*bytes, norm, clean(norm.text));
}

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options,
                     std::vector<std::shared_ptr<const RelationExtractor>> relations,
                     std::shared_ptr<const UdClauses> parsed)
    : lexicon_(std::move(lexicon)),
      options_(options),
      relations_(std::move(relations)),
      parsed_(std::move(parsed)) {}

std::uint64_t Extractor::parsed_sentences() const { return parsed_ ? parsed_->parsed() : 0; }

Result<Extractor> Extractor::create(ExtractorOptions options) {
  auto lex = Lexicon::load_builtin();
  if (!lex.ok()) return lex.status();
  auto relations = make_relation_extractors(options.parse_clauses);
  if (!relations.ok()) return relations.status();
  return Extractor(std::make_shared<const Lexicon>(std::move(lex).value()), options,
                   std::move(relations->all), std::move(relations->parsed));
}

Result<DocumentExtraction> Extractor::extract_file(const std::string& path) const {
  auto bytes = load_text_file(path, options_.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  return extract_text(*bytes, document_name(path));
}

Result<std::vector<DocumentExtraction>> Extractor::extract_files(
    const std::vector<std::string>& paths, unsigned threads,
    const std::function<void(std::size_t, std::uint64_t)>& on_done) const {
  // Fail fast: a bad input is reported before minutes are spent parsing the
  // good ones (the files are read again below; parsing costs far more).
  for (const std::string& path : paths) {
    auto text = load_text_file(path, options_.max_file_bytes);
    if (!text.ok()) return text.status();
  }
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads =
      static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(paths.size(), 1)));
  std::vector<std::optional<Result<DocumentExtraction>>> results(paths.size());
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex progress_mutex;
  std::size_t done = 0;
  std::uint64_t sentences = 0;
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size() && !failed; i = next++) {
      results[i].emplace(extract_file(paths[i]));
      if (!results[i]->ok()) failed = true;
      std::lock_guard<std::mutex> lock(progress_mutex);
      ++done;
      if (results[i]->ok()) sentences += static_cast<std::uint64_t>((*results[i])->sentences);
      if (on_done) on_done(done, sentences);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  std::vector<DocumentExtraction> out;
  out.reserve(paths.size());
  for (auto& r : results) {
    if (!r) continue;  // not started after another file failed
    if (!r->ok()) return r->status();
    out.push_back(std::move(*r).value());
  }
  return out;
}

Result<DocumentExtraction> Extractor::extract_text(std::string_view text,
                                                   const std::string& document) const {
  if (Status s = validate_text(text, document); !s.ok()) return s;
  const Lexicon& lex = *lexicon_;
  NormalizedText norm = normalize(text);
  CleanDocument doc = clean(norm.text);
  std::vector<AnalysedSentence> sentences = analyse(lex, split_sentences(doc));
  ResolvedDocument resolved = EntityResolver(lex).resolve(sentences);
  DocumentContext ctx{lex, sentences, resolved};
  ctx.home_country = home_country(ctx);

  std::vector<RawRelation> raw;
  for (const AnalysedSentence& s : sentences) {
    for (const auto& x : relations_) x->extract(ctx, s, raw);
  }
  add_joint_actions(ctx, raw);

  DocumentExtraction out;
  out.document = document;
  out.title = doc.title;
  out.removed = removed_spans(text, norm, doc);
  out.sentences = static_cast<int>(sentences.size());
  std::vector<bool> used(resolved.entities.size(), false);
  for (const RawRelation& r : merge_relations(lex, std::move(raw))) {
    // Three decimals: the products of the extractors' weights carry no more
    // precision, and short decimals read back the same in every RDF tool. The
    // threshold is compared with the confidence as printed.
    const double confidence = std::round(r.confidence * 1000.0) / 1000.0;
    if (confidence < options_.min_confidence) continue;
    const DocumentEntity& s = resolved.entities[static_cast<std::size_t>(r.subject)];
    const DocumentEntity& o = resolved.entities[static_cast<std::size_t>(r.object)];
    // An amount or a date is said of an entity, never the one that acts.
    if (s.type == EntityType::kDate || s.type == EntityType::kMoney) continue;
    const Sentence& sent = sentences[static_cast<std::size_t>(r.sentence)].sentence;
    Triple t;
    t.subject = s.name;
    t.subject_type = s.type;
    t.predicate = r.predicate;
    t.label = display_label(r.predicate, r.named, r.qualifiers);
    t.object = o.name;
    t.object_type = o.type;
    t.symmetric = r.symmetric;
    t.qualifiers = r.qualifiers;
    t.confidence = confidence;
    t.evidence = {document, r.sentence, norm.original_offset(sent.start),
                  norm.original_offset(sent.end), sent.text};
    used[static_cast<std::size_t>(r.subject)] = used[static_cast<std::size_t>(r.object)] = true;
    out.triples.push_back(std::move(t));
  }
  std::vector<std::vector<MentionRecord>> records = mention_records(sentences, used.size());
  for (std::size_t e = 0; e < resolved.entities.size(); ++e) {
    const DocumentEntity& d = resolved.entities[e];
    bool literal = d.type == EntityType::kDate || d.type == EntityType::kMoney;
    if ((literal || d.type == EntityType::kOther) && !used[e]) continue;
    out.entities.push_back(
        {d.name, d.type, {d.aliases.begin(), d.aliases.end()}, d.mentions, std::move(records[e])});
  }
  return out;
}

}  // namespace kg::extract
