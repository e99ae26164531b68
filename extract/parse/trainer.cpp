#include "extract/parse/trainer.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include "extract/parse/parser_trainer.h"
#include "extract/parse/projectivize.h"
#include "extract/parse/tagger_trainer.h"

namespace kg::parse {
namespace {

// Tag pairs in order of first appearance.
class TagIndex {
 public:
  int id(const Word& w) {
    const auto key = std::make_pair(w.upos, w.xpos);
    const auto it = index_.find(key);
    if (it != index_.end()) return it->second;
    const int id = static_cast<int>(tags_.size());
    index_.emplace(key, id);
    tags_.push_back({w.upos, w.xpos});
    return id;
  }
  // The id of a pair, or -1 for one unseen in training.
  int find(const Word& w) const {
    const auto it = index_.find(std::make_pair(w.upos, w.xpos));
    return it == index_.end() ? -1 : it->second;
  }
  const std::vector<TagPair>& tags() const { return tags_; }

 private:
  std::map<std::pair<std::string, std::string>, int> index_;
  std::vector<TagPair> tags_;
};

TaggedSentence tagged(const Sentence& s, TagIndex& index, bool add) {
  TaggedSentence t;
  for (const Word& w : s.words) {
    t.words.push_back(describe_word(w.form));
    const int id = add ? index.id(w) : index.find(w);
    t.tags.push_back(id < 0 ? 0 : id);
  }
  return t;
}

std::vector<std::string> lemmas_of(const Sentence& s, const std::vector<int>& tags,
                                   const std::vector<TagPair>& tag_list,
                                   const Lemmatizer& lemmatizer) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.words.size(); ++i)
    out.push_back(lemmatizer.lemma(s.words[i].form, tag_list[tags[i]].xpos));
  return out;
}

// The documents of a treebank ("# newdoc" starts one) as the segmenter
// learns from them: tokens (multiword tokens whole), spaces, sentence ends.
std::vector<SegmenterDocument> segmenter_documents(const std::vector<Sentence>& sentences) {
  std::vector<SegmenterDocument> docs;
  for (const Sentence& s : sentences) {
    if (docs.empty() || !s.comment_value("newdoc id").empty() ||
        std::any_of(s.comments.begin(), s.comments.end(),
                    [](const std::string& c) { return c.starts_with("# newdoc"); }))
      docs.emplace_back();
    SegmenterDocument& d = docs.back();
    std::size_t token = 0;
    for (std::size_t i = 0; i < s.words.size();) {
      const bool multiword =
          token < s.tokens.size() && s.tokens[token].first == static_cast<int>(i) + 1;
      if (multiword) {
        d.forms.push_back(s.tokens[token].form);
        d.space_after.push_back(!no_space_after(s.tokens[token].misc));
        i = static_cast<std::size_t>(s.tokens[token].last);
        ++token;
      } else {
        d.forms.push_back(s.words[i].form);
        d.space_after.push_back(!no_space_after(s.words[i].misc));
        ++i;
      }
      d.ends.push_back(false);
    }
    if (!d.ends.empty()) {
      d.ends.back() = true;
      d.space_after.back() = true;  // sentences of raw text are joined by a space
    }
  }
  return docs;
}

// Runs job(0) .. job(jobs - 1), `threads` at a time; every job's result must
// depend only on its number, so the thread count changes nothing.
void run_jobs(int jobs, int threads, const std::function<void(int)>& job) {
  threads = std::max(1, std::min(threads, jobs));
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (int j = jobs - 1 - t; j >= 0; j -= threads) job(j);
    });
  }
  for (std::thread& w : workers) w.join();
}

class Clock {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

Result<Model> train_model(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                          const TrainingOptions& options) {
  if (train.empty()) return Status::InvalidArgument("no training sentences");
  const Clock clock;
  std::mutex log_mutex;
  const auto log = [&](const std::string& line) {
    if (!options.log) return;
    char prefix[32];
    std::snprintf(prefix, sizeof prefix, "[%6.1fs] ", clock.seconds());
    const std::lock_guard lock(log_mutex);
    options.log(prefix + line);
  };

  TagIndex index;
  std::vector<TaggedSentence> train_tagged;
  train_tagged.reserve(train.size());
  for (const Sentence& s : train) train_tagged.push_back(tagged(s, index, true));
  std::vector<TaggedSentence> dev_tagged;
  for (const Sentence& s : dev) dev_tagged.push_back(tagged(s, index, false));
  const std::vector<TagPair>& tags = index.tags();

  Lemmatizer lemmatizer;
  for (const Sentence& s : train)
    for (const Word& w : s.words) lemmatizer.count(w.form, w.xpos, w.lemma);
  lemmatizer.finish();

  // Taggers, in two rounds of jobs run `threads` at a time. Fold f
  // (0 <= f < folds) leaves out the sentences i with i % folds == f; job
  // `folds` is the final tagger, trained on everything.
  //   Round 1: first passes, and (job folds + 1) the sentence segmenter.
  //   Round 2: second passes, learning from the first-pass tags that the
  //   round-1 fold taggers gave the sentences they did not see.
  // The parser then learns from the tags the round-2 fold taggers give the
  // sentences they did not see. Without folds: one pass, parser on gold tags.
  const int folds = options.folds >= 2 ? options.folds : 0;
  const auto fold_of = [&](std::size_t i) {
    return static_cast<int>(i % static_cast<std::size_t>(folds));
  };
  const auto fold_part = [&](int job, const std::vector<TaggedSentence>& all) {
    std::vector<TaggedSentence> part;
    for (std::size_t i = 0; i < all.size(); ++i)
      if (fold_of(i) != job) part.push_back(all[i]);
    return part;
  };
  const auto tagger_options = [&](int round, int job) {
    TaggerTrainingOptions topt;
    topt.epochs = options.tagger_epochs;
    topt.seed = options.seed * 1000 + static_cast<std::uint64_t>(round * 100 + job);
    topt.min_updates = options.tagger_min_updates;
    topt.min_weight = options.tagger_min_weight;
    if (job == folds) topt.log = [&](const std::string& line) { log(line); };
    return topt;
  };
  std::vector<Tagger> first(static_cast<std::size_t>(folds) + 1);
  SentenceSegmenter segmenter;
  run_jobs(folds + 2, options.threads, [&](int job) {
    if (job == folds + 1) {
      SegmenterTrainingOptions sopt;
      sopt.seed = options.seed;
      sopt.log = [&](const std::string& line) { log(line); };
      segmenter =
          SentenceSegmenter::train(segmenter_documents(train), segmenter_documents(dev), sopt);
    } else if (job == folds) {
      first[job] = train_tagger(train_tagged, dev_tagged, tags, tagger_options(1, job));
    } else {
      first[job] =
          train_tagger(fold_part(job, train_tagged), dev_tagged, tags, tagger_options(1, job));
      log("tagger pass 1 fold " + std::to_string(job + 1) + " of " + std::to_string(folds) +
          " trained");
    }
  });
  std::vector<Tagger> second(static_cast<std::size_t>(folds) + 1);
  if (folds > 0) {
    for (std::size_t i = 0; i < train_tagged.size(); ++i)
      train_tagged[i].first = first[fold_of(i)].first_pass(train_tagged[i].words);
    run_jobs(folds + 1, options.threads, [&](int job) {
      const std::vector<TaggedSentence> part =
          job == folds ? train_tagged : fold_part(job, train_tagged);
      second[job] = train_tagger(part, dev_tagged, tags, tagger_options(2, job), &first[job]);
      if (job < folds) {
        log("tagger pass 2 fold " + std::to_string(job + 1) + " of " + std::to_string(folds) +
            " trained");
      }
    });
  }
  const std::vector<Tagger>& taggers = folds > 0 ? second : first;
  const Tagger& tagger = taggers[static_cast<std::size_t>(folds)];
  log("tagger: dev upos " + std::to_string(upos_accuracy(tagger, dev_tagged)));

  // Parser training data: projectivised trees, jackknifed tags, their lemmas.
  std::vector<std::string> labels;
  std::map<std::string, int> label_ids;
  const auto label_id = [&](const std::string& l) {
    const auto [it, added] = label_ids.emplace(l, static_cast<int>(labels.size()));
    if (added) labels.push_back(l);
    return it->second;
  };
  label_id("root");
  // Projectivise every tree; an encoded label ("obl^advcl") seen fewer than
  // kMinEncoded times keeps its lifted head but loses the encoding.
  constexpr int kMinEncoded = 5;
  std::vector<std::vector<int>> all_heads(train.size());
  std::vector<std::vector<std::string>> all_rels(train.size());
  std::map<std::string, int> encoded_counts;
  std::size_t lifted = 0;
  for (std::size_t i = 0; i < train.size(); ++i) {
    const Sentence& s = train[i];
    std::vector<int>& heads = all_heads[i];
    std::vector<std::string>& rels = all_rels[i];
    heads.assign(s.words.size() + 1, 0);
    rels.assign(s.words.size() + 1, "");
    for (std::size_t w = 0; w < s.words.size(); ++w) {
      heads[w + 1] = s.words[w].head;
      rels[w + 1] = s.words[w].deprel;
    }
    lifted += static_cast<std::size_t>(projectivize(heads, rels) > 0);
    for (const std::string& r : rels)
      if (r.find(kLiftMark) != std::string::npos) ++encoded_counts[r];
  }
  std::vector<ParserExample> examples;
  examples.reserve(train.size());
  for (std::size_t i = 0; i < train.size(); ++i) {
    const std::vector<int> predicted =
        folds == 0 ? train_tagged[i].tags
                   : taggers[fold_of(i)].second_pass(train_tagged[i].words, train_tagged[i].first);
    ParserExample ex;
    ex.sentence = parser_sentence(train_tagged[i].words, predicted, tagger,
                                  lemmas_of(train[i], predicted, tags, lemmatizer));
    ex.gold.heads = all_heads[i];
    ex.gold.labels.assign(all_heads[i].size(), 0);
    for (std::size_t w = 1; w < all_heads[i].size(); ++w) {
      std::string& r = all_rels[i][w];
      const std::size_t mark = r.find(kLiftMark);
      if (mark != std::string::npos && encoded_counts[r] < kMinEncoded) r.resize(mark);
      ex.gold.labels[w] = label_id(r);
    }
    examples.push_back(std::move(ex));
  }
  log("parser: " + std::to_string(labels.size()) + " labels, " + std::to_string(lifted) +
      " non-projective training sentences lifted");

  std::vector<ParserDevSentence> dev_parse;
  for (std::size_t i = 0; i < dev.size(); ++i) {
    const std::vector<int> predicted = tagger.tag(dev_tagged[i].words);
    ParserDevSentence d;
    d.sentence = parser_sentence(dev_tagged[i].words, predicted, tagger,
                                 lemmas_of(dev[i], predicted, tags, lemmatizer));
    d.gold.heads.assign(dev[i].words.size() + 1, 0);
    d.gold.labels.assign(dev[i].words.size() + 1, "");
    for (std::size_t w = 0; w < dev[i].words.size(); ++w) {
      d.gold.heads[w + 1] = dev[i].words[w].head;
      d.gold.labels[w + 1] = dev[i].words[w].deprel;
    }
    dev_parse.push_back(std::move(d));
  }

  ParserTrainingOptions popt;
  popt.epochs = options.parser_epochs;
  popt.seed = options.seed;
  popt.min_updates = options.parser_min_updates;
  popt.min_weight = options.parser_min_weight;
  popt.log = [&](const std::string& line) { log(line); };
  Parser parser = train_parser(examples, dev_parse, labels, popt);
  Model model(std::move(segmenter), tagger, std::move(lemmatizer), std::move(parser));
  // Dev scores of the whole pipeline on gold tokens.
  std::size_t total = 0;
  std::size_t uas = 0;
  std::size_t las = 0;
  for (const Sentence& gold : dev) {
    Sentence s = gold;
    model.annotate(s);
    for (std::size_t w = 0; w < s.words.size(); ++w) {
      ++total;
      if (s.words[w].head != gold.words[w].head) continue;
      ++uas;
      las += universal_relation(s.words[w].deprel) == universal_relation(gold.words[w].deprel);
    }
  }
  if (total > 0) {
    char line[120];
    std::snprintf(line, sizeof line, "model: dev uas %.2f las %.2f",
                  100.0 * static_cast<double>(uas) / static_cast<double>(total),
                  100.0 * static_cast<double>(las) / static_cast<double>(total));
    log(line);
  }
  log("done");
  return model;
}

}  // namespace kg::parse
