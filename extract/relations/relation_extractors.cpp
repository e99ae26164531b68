#include "extract/relations/relation_extractors.h"

#include "extract/relations/affiliation_relations.h"
#include "extract/relations/appositive_relations.h"
#include "extract/relations/descriptor_relations.h"
#include "extract/relations/gapped_clauses.h"
#include "extract/relations/list_relations.h"
#include "extract/relations/literal_relations.h"
#include "extract/relations/location_relations.h"
#include "extract/relations/nominal_relations.h"
#include "extract/relations/pattern_clauses.h"
#include "extract/relations/possessive_relations.h"
#include "extract/relations/title_relations.h"
#include "extract/relations/ud_clauses.h"
#include "kg/parse.h"

namespace kg::extract {

Result<RelationExtractors> make_relation_extractors(bool parse_clauses) {
  RelationExtractors out;
  out.all = {std::make_shared<TitleRelations>(),       std::make_shared<AppositiveRelations>(),
             std::make_shared<DescriptorRelations>(),  std::make_shared<PossessiveRelations>(),
             std::make_shared<LocationRelations>(),    std::make_shared<NominalRelations>(),
             std::make_shared<ListRelations>(),        std::make_shared<LiteralRelations>(),
             std::make_shared<AffiliationRelations>(), std::make_shared<PatternClauses>()};
  if (parse_clauses) {
    auto ud = parse::UdParser::load();
    if (!ud.ok()) return ud.status();
    out.parsed = std::make_shared<UdClauses>(ud->shared_model());
    out.all.push_back(out.parsed);
  }
  // Last: it reads what the others found in the sentence.
  out.all.push_back(std::make_shared<GappedClauses>());
  return out;
}

}  // namespace kg::extract
