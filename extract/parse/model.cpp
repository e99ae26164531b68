#include "extract/parse/model.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/parse/hash.h"

namespace kg::parse {

std::string Model::serialize() const {
  ByteWriter out;
  segmenter_.write(out);
  tagger_.write(out);
  lemmatizer_.write(out);
  parser_.write(out);
  return seal_model_file(out.bytes());
}

Result<Model> Model::deserialize(std::string_view file, const std::string& name) {
  auto payload = open_model_file(file, name);
  if (!payload.ok()) return payload.status();
  ByteReader in(*payload);
  Model model;
  model.segmenter_ = SentenceSegmenter::read(in);
  model.tagger_ = Tagger::read(in);
  model.lemmatizer_ = Lemmatizer::read(in);
  model.parser_ = Parser::read(in);
  if (in.failed() || !in.at_end())
    return Status::InvalidInput(name + ": corrupt model (malformed payload)");
  return model;
}

Result<Model> load_model_file(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Status::NotFound(path + ": no such file");
  if (std::filesystem::is_directory(status)) return Status::IoError(path + ": is a folder");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open (" + std::strerror(errno) + ")");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return Model::deserialize(bytes.str(), path);
}

ParserSentence parser_sentence(const std::vector<WordInfo>& words, const std::vector<int>& tags,
                               const Tagger& tagger, const std::vector<std::string>& lemmas) {
  ParserSentence s;
  const std::size_t n = words.size();
  s.word.resize(n + 1, 0);
  s.tag.resize(n + 1, 0);
  s.lemma.resize(n + 1, 0);
  s.coarse.resize(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    s.word[i + 1] = words[i].lower;
    s.tag[i + 1] = static_cast<std::uint64_t>(tags[i]);
    s.coarse[i + 1] = hash_string(tagger.tags()[tags[i]].upos);
    s.lemma[i + 1] = hash_string(lemmas[i]);
  }
  return s;
}

void Model::annotate(Sentence& sentence) const { annotate(sentence, {}); }

void Model::annotate(Sentence& sentence, const std::vector<std::string>& upos,
                     std::vector<int>* margins) const {
  std::vector<WordInfo> infos;
  infos.reserve(sentence.words.size());
  for (const Word& w : sentence.words) infos.push_back(describe_word(w.form));
  std::vector<int> tags = tagger_.tag(infos);
  for (std::size_t i = 0; i < upos.size() && i < tags.size(); ++i) {
    if (upos[i].empty() || tagger_.tags()[tags[i]].upos == upos[i]) continue;
    const int forced = tagger_.tag_of_upos(upos[i]);
    if (forced >= 0) tags[i] = forced;
  }
  std::vector<std::string> lemmas(infos.size());
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const TagPair& tag = tagger_.tags()[tags[i]];
    lemmas[i] = lemmatizer_.lemma(sentence.words[i].form, tag.xpos);
  }
  const DependencyTree tree =
      parser_.parse_tree(parser_sentence(infos, tags, tagger_, lemmas), margins);
  if (margins && !margins->empty()) margins->erase(margins->begin());
  for (std::size_t i = 0; i < infos.size(); ++i) {
    Word& w = sentence.words[i];
    const TagPair& tag = tagger_.tags()[tags[i]];
    w.upos = tag.upos;
    w.xpos = tag.xpos;
    w.lemma = lemmas[i];
    w.feats.assign(1, '_');
    w.head = tree.heads[i + 1];
    w.deprel = tree.labels[i + 1];
    w.deps.assign(1, '_');
  }
}

}  // namespace kg::parse
