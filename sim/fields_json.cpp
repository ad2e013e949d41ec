#include "sim/fields_json.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace syncfeed::sim {

std::string fields_to_json(const Fields& fields) {
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  for (const auto& [name, value] : fields) object[name] = value;
  return object.dump();
}

Fields fields_from_json(std::string_view json) {
  const auto object = nlohmann::ordered_json::parse(json);
  if (!object.is_object()) throw std::runtime_error("a card's fields are not a JSON object: " + std::string(json));
  Fields fields;
  for (const auto& [name, value] : object.items()) fields.append(name, value.get<std::string>());
  return fields;
}

}  // namespace syncfeed::sim
