#include "store/extraction_rows.h"

#include <limits>
#include <string>
#include <unordered_map>

namespace kg::store {
namespace {

constexpr const char* kDocumentTables[] = {"entities",     "aliases",       "mention_records",
                                           "relations",    "qualifiers",    "evidence",
                                           "removed_text", "document_texts"};

std::int64_t as_int(std::size_t value) { return static_cast<std::int64_t>(value); }

// A read of the extractions of the documents whose ids are first..last (a
// range, so that SQLite scans the tables' primary keys, which begin with the
// document id); by_id: the extractions being filled, by document id.
struct Reading {
  std::int64_t first = 0;
  std::int64_t last = 0;
  std::unordered_map<std::int64_t, DocumentExtraction*> by_id;
};

Status corrupt(const Database& db, const std::string& what) {
  return Status::InvalidInput(db.path() + ": corrupt store (" + one_line(what) + ")");
}

Status write_entities(Database& db, std::int64_t id, const std::vector<EntityRecord>& entities) {
  Statement entity(db, "INSERT INTO entities VALUES(?,?,?,?,?)");
  Statement alias(db, "INSERT INTO aliases VALUES(?,?,?,?)");
  Statement mention(db, "INSERT INTO mention_records VALUES(?,?,?,?,?,?)");
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const EntityRecord& e = entities[i];
    entity.bind(1, id);
    entity.bind(2, as_int(i));
    entity.bind(3, e.name);
    entity.bind(4, to_string(e.type));
    entity.bind(5, std::int64_t{e.mentions});
    if (Status s = entity.run(); !s.ok()) return s;
    for (std::size_t k = 0; k < e.aliases.size(); ++k) {
      alias.bind(1, id);
      alias.bind(2, as_int(i));
      alias.bind(3, as_int(k));
      alias.bind(4, e.aliases[k]);
      if (Status s = alias.run(); !s.ok()) return s;
    }
    for (std::size_t k = 0; k < e.mention_records.size(); ++k) {
      const MentionRecord& m = e.mention_records[k];
      mention.bind(1, id);
      mention.bind(2, as_int(i));
      mention.bind(3, as_int(k));
      mention.bind(4, m.text);
      mention.bind(5, std::int64_t{m.sentence});
      mention.bind(6, std::string(to_string(m.rule)));
      if (Status s = mention.run(); !s.ok()) return s;
    }
  }
  if (Status s = alias.status(); !s.ok()) return s;
  return mention.status();
}

Status write_triples(Database& db, std::int64_t id, const std::vector<Triple>& triples) {
  Statement relation(db, "INSERT INTO relations VALUES(?,?,?,?,?,?,?,?,?,?)");
  Statement qualifier(db, "INSERT INTO qualifiers VALUES(?,?,?,?)");
  Statement evidence(db, "INSERT INTO evidence VALUES(?,?,?,?,?,?,?)");
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    relation.bind(1, id);
    relation.bind(2, as_int(i));
    relation.bind(3, t.subject);
    relation.bind(4, to_string(t.subject_type));
    relation.bind(5, t.predicate);
    relation.bind(6, t.label);
    relation.bind(7, t.object);
    relation.bind(8, to_string(t.object_type));
    relation.bind(9, std::int64_t{t.symmetric ? 1 : 0});
    relation.bind(10, t.confidence);
    if (Status s = relation.run(); !s.ok()) return s;
    for (const auto& [key, value] : t.qualifiers) {
      qualifier.bind(1, id);
      qualifier.bind(2, as_int(i));
      qualifier.bind(3, key);
      qualifier.bind(4, value);
      if (Status s = qualifier.run(); !s.ok()) return s;
    }
    evidence.bind(1, id);
    evidence.bind(2, as_int(i));
    evidence.bind(3, t.evidence.document);
    evidence.bind(4, std::int64_t{t.evidence.sentence});
    evidence.bind(5, as_int(t.evidence.start));
    evidence.bind(6, as_int(t.evidence.end));
    evidence.bind(7, t.evidence.text);
    if (Status s = evidence.run(); !s.ok()) return s;
  }
  return qualifier.status();
}

Status write_removed(Database& db, std::int64_t id, const std::vector<RemovedText>& removed) {
  Statement row(db, "INSERT INTO removed_text VALUES(?,?,?,?,?,?)");
  for (std::size_t i = 0; i < removed.size(); ++i) {
    row.bind(1, id);
    row.bind(2, as_int(i));
    row.bind(3, as_int(removed[i].start));
    row.bind(4, as_int(removed[i].end));
    row.bind(5, removed[i].reason);
    row.bind(6, removed[i].text);
    if (Status s = row.run(); !s.ok()) return s;
  }
  return row.status();
}

// The rows of one table, in (document, position...) order, handed to `read`
// with the extraction of their document; rows of an unknown document or
// out of order are corruption.
// `columns` begin with the document id; `order` follows it.
template <typename ReadRow>
Status read_table(Database& db, const Reading& reading, const std::string& columns,
                  const std::string& table, const std::string& order, ReadRow read) {
  Statement rows(db, "SELECT " + columns + " FROM " + table +
                         " WHERE document BETWEEN ?1 AND ?2 ORDER BY " + order);
  rows.bind(1, reading.first);
  rows.bind(2, reading.last);
  while (rows.step()) {
    auto it = reading.by_id.find(rows.integer(0));
    if (it == reading.by_id.end()) return corrupt(db, "a row of an unknown document in " + table);
    if (Status s = read(rows, *it->second); !s.ok()) return s;
  }
  return rows.status();
}

Result<EntityType> entity_type(const Database& db, const std::string& name) {
  auto type = parse_entity_type(name);
  if (!type) return corrupt(db, "unknown entity type '" + name + "'");
  return *type;
}

// Position `position` must be the next element of `list`.
template <typename T>
Status expect_next(const Database& db, const std::vector<T>& list, std::int64_t position,
                   const char* table) {
  if (position != as_int(list.size()))
    return corrupt(db, std::string("a gap in the rows of ") + table);
  return Status::Ok();
}

Status read_entities(Database& db, const Reading& reading) {
  Status s = read_table(
      db, reading, "document, position, name, type, mentions", "entities", "1, 2",
      [&](const Statement& row, DocumentExtraction& doc) {
        if (Status gap = expect_next(db, doc.entities, row.integer(1), "entities"); !gap.ok())
          return gap;
        auto type = entity_type(db, row.text(3));
        if (!type.ok()) return type.status();
        doc.entities.push_back({row.text(2), *type, {}, static_cast<int>(row.integer(4))});
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return read_table(db, reading, "document, entity, alias", "aliases", "1, 2, position",
                    [&](const Statement& row, DocumentExtraction& doc) {
                      const std::int64_t entity = row.integer(1);
                      if (entity < 0 || entity >= as_int(doc.entities.size()))
                        return corrupt(db, "an alias of an unknown entity");
                      doc.entities[static_cast<std::size_t>(entity)].aliases.push_back(row.text(2));
                      return Status::Ok();
                    });
}

Status read_mention_records(Database& db, const Reading& reading) {
  return read_table(db, reading, "document, entity, text, sentence, rule", "mention_records",
                    "1, 2, position", [&](const Statement& row, DocumentExtraction& doc) {
                      const std::int64_t entity = row.integer(1);
                      if (entity < 0 || entity >= as_int(doc.entities.size()))
                        return corrupt(db, "a mention record of an unknown entity");
                      const std::optional<MentionRule> rule = parse_mention_rule(row.text(4));
                      if (!rule) return corrupt(db, "unknown mention rule '" + row.text(4) + "'");
                      doc.entities[static_cast<std::size_t>(entity)].mention_records.push_back(
                          {row.text(2), static_cast<int>(row.integer(3)), *rule});
                      return Status::Ok();
                    });
}

Result<Triple*> triple_at(const Database& db, DocumentExtraction& doc, std::int64_t position) {
  if (position < 0 || position >= as_int(doc.triples.size()))
    return corrupt(db, "a row of an unknown relation");
  return &doc.triples[static_cast<std::size_t>(position)];
}

Status read_triples(Database& db, const Reading& reading) {
  Status s = read_table(
      db, reading,
      "document, position, subject, subject_type, predicate, label, object, object_type, "
      "symmetric, confidence",
      "relations", "1, 2", [&](const Statement& row, DocumentExtraction& doc) {
        if (Status gap = expect_next(db, doc.triples, row.integer(1), "relations"); !gap.ok())
          return gap;
        auto subject_type = entity_type(db, row.text(3));
        auto object_type = entity_type(db, row.text(7));
        if (!subject_type.ok()) return subject_type.status();
        if (!object_type.ok()) return object_type.status();
        Triple t;
        t.subject = row.text(2);
        t.subject_type = *subject_type;
        t.predicate = row.text(4);
        t.label = row.text(5);
        t.object = row.text(6);
        t.object_type = *object_type;
        t.symmetric = row.integer(8) != 0;
        t.confidence = row.real(9);
        doc.triples.push_back(std::move(t));
        return Status::Ok();
      });
  if (!s.ok()) return s;
  s = read_table(db, reading, "document, relation, key, value", "qualifiers", "1, 2, 3",
                 [&](const Statement& row, DocumentExtraction& doc) {
                   auto t = triple_at(db, doc, row.integer(1));
                   if (!t.ok()) return t.status();
                   (*t)->qualifiers.emplace(row.text(2), row.text(3));
                   return Status::Ok();
                 });
  if (!s.ok()) return s;
  return read_table(db, reading, "document, relation, source, sentence, start_byte, end_byte, text",
                    "evidence", "1, 2", [&](const Statement& row, DocumentExtraction& doc) {
                      auto t = triple_at(db, doc, row.integer(1));
                      if (!t.ok()) return t.status();
                      (*t)->evidence = {row.text(2), static_cast<int>(row.integer(3)),
                                        static_cast<std::size_t>(row.integer(4)),
                                        static_cast<std::size_t>(row.integer(5)), row.text(6)};
                      return Status::Ok();
                    });
}

Status read_removed(Database& db, const Reading& reading) {
  return read_table(
      db, reading, "document, position, start_byte, end_byte, reason, text", "removed_text", "1, 2",
      [&](const Statement& row, DocumentExtraction& doc) {
        if (Status gap = expect_next(db, doc.removed, row.integer(1), "removed_text"); !gap.ok())
          return gap;
        doc.removed.push_back({static_cast<std::size_t>(row.integer(2)),
                               static_cast<std::size_t>(row.integer(3)), row.text(4), row.text(5)});
        return Status::Ok();
      });
}

}  // namespace

Status write_extraction_rows(Database& db, std::int64_t id, const DocumentExtraction& extraction) {
  if (Status s = write_entities(db, id, extraction.entities); !s.ok()) return s;
  if (Status s = write_triples(db, id, extraction.triples); !s.ok()) return s;
  return write_removed(db, id, extraction.removed);
}

Status delete_document(Database& db, std::int64_t id) {
  for (const char* table : kDocumentTables) {
    Statement remove(db, std::string("DELETE FROM ") + table + " WHERE document = ?");
    remove.bind(1, id);
    if (Status s = remove.run(); !s.ok()) return s;
  }
  Statement remove(db, "DELETE FROM documents WHERE id = ?");
  remove.bind(1, id);
  return remove.run();
}

Result<std::vector<DocumentExtraction>> read_extractions(Database& db,
                                                         std::optional<std::int64_t> only,
                                                         bool with_mention_records) {
  Reading reading;
  reading.first = only ? *only : std::numeric_limits<std::int64_t>::min();
  reading.last = only ? *only : std::numeric_limits<std::int64_t>::max();
  std::vector<DocumentExtraction> docs;
  std::vector<std::int64_t> ids;
  Statement rows(db,
                 "SELECT id, name, title, sentences FROM documents WHERE id BETWEEN ?1 AND ?2 "
                 "ORDER BY name");
  rows.bind(1, reading.first);
  rows.bind(2, reading.last);
  while (rows.step()) {
    ids.push_back(rows.integer(0));
    DocumentExtraction doc;
    doc.document = rows.text(1);
    doc.title = rows.text(2);
    doc.sentences = static_cast<int>(rows.integer(3));
    docs.push_back(std::move(doc));
  }
  if (!rows.status().ok()) return rows.status();
  for (std::size_t i = 0; i < docs.size(); ++i) reading.by_id.emplace(ids[i], &docs[i]);
  if (Status s = read_entities(db, reading); !s.ok()) return s;
  if (with_mention_records) {
    if (Status s = read_mention_records(db, reading); !s.ok()) return s;
  }
  if (Status s = read_triples(db, reading); !s.ok()) return s;
  if (Status s = read_removed(db, reading); !s.ok()) return s;
  return docs;
}

}  // namespace kg::store
