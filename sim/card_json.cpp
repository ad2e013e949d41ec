#include "sim/card_json.h"

namespace syncfeed::sim {

nlohmann::ordered_json card_json(const Card& card) {
  nlohmann::ordered_json j;
  j["card_id"] = card.id;
  j["kind"] = kind_name(card.kind);
  j["reference_id"] = card.reference_id;
  if (card.kind == CardKind::Order) j["project_card_id"] = card.project_card_id;
  nlohmann::ordered_json fields = nlohmann::ordered_json::object();
  for (const auto& [name, value] : flat_view(card))
    if (name != "@project_card") fields[name] = value;
  j["fields"] = std::move(fields);
  return j;
}

}  // namespace syncfeed::sim
