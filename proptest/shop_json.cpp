#include "proptest/shop_json.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "rules/value_parsers.h"

namespace syncfeed::proptest {
namespace {

using Json = nlohmann::ordered_json;

bool is_value_list(Kind kind) { return kind == Kind::Emails || kind == Kind::Phones; }

// A decimal as a JSON number: an integer when it has no fraction, so that
// "2" stays 2 and not 2.0.
Json number_of(std::string_view text) {
  if (text.find('.') == std::string_view::npos) {
    if (auto whole = parse_decimal(text); whole && std::abs(*whole) < 1e15) return static_cast<std::int64_t>(*whole);
  }
  if (auto value = parse_decimal(text)) return *value;
  return std::string(text);  // not a decimal: kept as written (the schema refuses it)
}

// A JSON number as the feed's decimal syntax: no exponent, no trailing zeros.
std::string decimal_of(const Json& number) {
  if (number.is_number_integer()) return fmt::format("{}", number.get<std::int64_t>());
  const double value = number.get<double>();
  std::string text = fmt::format("{}", value);
  if (text.find_first_of("eE") != std::string::npos) {
    text = fmt::format("{:.10f}", value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

Json leaf_value(const Element& leaf) {
  if (leaf.kind == Kind::Disabled) return leaf.text == "1";
  if (leaf.kind == Kind::VAT) {
    if (auto percent = parse_percent(leaf.text)) return number_of(leaf.text.substr(0, leaf.text.size() - 1));
    return leaf.text;
  }
  if (is_number_field(leaf.kind)) return number_of(leaf.text);
  return leaf.text;
}

Json record_json(const Element& record) {
  Json object = Json::object();
  if (record.has_id) object["Id"] = record.id;
  for (const Element& child : record.children) {
    const std::string key(child.tag());
    if (child.is_leaf()) {
      object[key] = leaf_value(child);
    } else if (is_value_list(child.kind)) {
      Json values = Json::array();
      for (const Element& item : child.children) values.push_back(std::string(item.value(Kind::Value)));
      object[key] = std::move(values);
    } else if (is_item_list(child.kind)) {
      Json items = Json::array();
      for (const Element& item : child.children) items.push_back(record_json(item));
      object[key] = std::move(items);
    } else {
      object[key] = record_json(child);
    }
  }
  return object;
}

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw std::invalid_argument(fmt::format("{}: {}", where, what));
}

Element leaf_of(Kind kind, const Json& value, const std::string& where) {
  Element leaf(kind);
  if (kind == Kind::Disabled) {
    if (!value.is_boolean()) fail(where, "must be true or false");
    leaf.text = value.get<bool>() ? "1" : "0";
  } else if (is_number_field(kind)) {
    if (!value.is_number()) fail(where, "must be a number");
    leaf.text = decimal_of(value) + (kind == Kind::VAT ? "%" : "");
  } else {
    if (!value.is_string()) fail(where, "must be a string");
    leaf.text = value.get<std::string>();
  }
  return leaf;
}

Element record_of(Kind kind, const Json& object, const std::string& where);

Element list_of(Kind list, const Json& array, const std::string& where) {
  if (!array.is_array()) fail(where, "must be an array");
  const Kind item_kind = info(list).children.front().kind;
  Element container(list);
  std::size_t i = 0;
  for (const Json& item : array) {
    const std::string at = fmt::format("{}[{}]", where, i++);
    if (is_value_list(list)) {
      if (!item.is_string()) fail(at, "must be a string");
      Element wrapper(item_kind);
      wrapper.children.push_back(leaf_of(Kind::Value, item, at));
      container.children.push_back(std::move(wrapper));
    } else {
      container.children.push_back(record_of(item_kind, item, at));
    }
  }
  return container;
}

Element record_of(Kind kind, const Json& object, const std::string& where) {
  if (!object.is_object()) fail(where, "must be an object");
  Element record(kind);
  for (const auto& [key, value] : object.items()) {
    const std::string at = where + "." + key;
    if (key == "Id") {
      if (info(kind).id == IdAttribute::None) fail(at, fmt::format("{} has no Id", tag(kind)));
      if (!value.is_string()) fail(at, "must be a string");
      record.has_id = true;
      record.id = value.get<std::string>();
      continue;
    }
    const ChildMatch match = match_child(kind, key);
    if (!match.known || match.alias) fail(at, fmt::format("{} has no field {}", tag(kind), key));
    if (is_leaf(match.kind))
      record.children.push_back(leaf_of(match.kind, value, at));
    else if (is_item_list(match.kind))
      record.children.push_back(list_of(match.kind, value, at));
    else
      record.children.push_back(record_of(match.kind, value, at));
  }
  std::stable_sort(record.children.begin(), record.children.end(), [kind](const Element& a, const Element& b) {
    return canonical_rank(kind, a.kind) < canonical_rank(kind, b.kind);
  });
  if (info(kind).id == IdAttribute::Required && !record.has_id) fail(where, fmt::format("{} needs an Id", tag(kind)));
  return record;
}

}  // namespace

bool is_number_field(Kind kind) {
  return kind == Kind::PriceNet || kind == Kind::Quantity || kind == Kind::LostBasketValue ||
         kind == Kind::AllLostBasket || kind == Kind::VAT;
}

std::string to_json(const ShopData& data) {
  Json projects = Json::array();
  for (const Element& project : data.projects) projects.push_back(record_json(project));
  Json root = Json::object();
  root["Projects"] = std::move(projects);
  return root.dump(-1, ' ', false, Json::error_handler_t::strict);
}

ShopData from_json(std::string_view text) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw std::invalid_argument(e.what());
  }
  if (!root.is_object() || !root.contains("Projects") || root.size() != 1)
    throw std::invalid_argument("the input must be an object with one key, Projects");
  const Element projects = list_of(Kind::Projects, root["Projects"], "Projects");
  return ShopData{projects.children};
}

}  // namespace syncfeed::proptest
