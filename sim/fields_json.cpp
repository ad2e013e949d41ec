#include "sim/fields_json.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace syncfeed::sim {

// Written by hand: every card of a feed is written once, and nlohmann's
// generic serializer (a tree built per card, then dumped) was a tenth of
// apply's time.
std::string fields_to_json(const Fields& fields) {
  std::string json = "{";
  for (const auto& [name, value] : fields) {
    if (json.size() > 1) json += ',';
    append_json_string(json, name);
    json += ':';
    append_json_string(json, value);
  }
  json += '}';
  return json;
}

Fields fields_from_json(std::string_view json) {
  const auto object = nlohmann::ordered_json::parse(json);
  if (!object.is_object()) throw std::runtime_error("a card's fields are not a JSON object: " + std::string(json));
  Fields fields;
  for (const auto& [name, value] : object.items()) fields.append(name, value.get<std::string>());
  return fields;
}

}  // namespace syncfeed::sim
