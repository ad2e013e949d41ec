// From the feed's elements to a card's named values: fields are flattened by
// tag path below the card's element ("Business/Address[1]/City"), the same
// way for known and custom fields.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "feed/model.h"
#include "sim/card.h"

namespace syncfeed::sim {

// What an empty element (<UserId/>) means, which MiniCRM does not document
// (docs/format.md §4): Clear sets the value to empty, Keep ignores it.
enum class EmptyElements : std::uint8_t { Clear, Keep };

// What one element of the feed says about a card's fields.
struct FieldUpdate {
  Fields values;  // the values it sets
  // Lists it sends whole (Emails, Phones, Addresses): every stored value under
  // one of these prefixes ("Business/Email[") that `values` does not set again
  // is removed, so that a re-sent list replaces the stored one.
  std::vector<std::string> replaced_lists;
};

// The fields of a record element (Project, Order, Contact, Product). Its
// Contacts, Orders and Products are not fields: the simulator upserts them.
// With EmptyElements::Keep an element without any value (an empty leaf, an
// empty custom field, a list whose items hold no value) counts as absent.
FieldUpdate read_fields(const Element& record, EmptyElements empty);

// Applies an update: left-out fields are kept, present ones set, re-sent
// lists replaced. Known names keep their place. Takes the update's strings.
void apply_update(Fields& fields, FieldUpdate update);

// A custom field's value: its text, or, when it has attributes or nested
// elements, its canonical XML (so that nested custom fields compare exactly).
std::string custom_value(const Element& field);

// The product lines of an order's <Products>, or nothing when, with
// EmptyElements::Keep, it holds no value at all (it then counts as absent).
std::optional<std::vector<ProductLine>> read_product_lines(const Element& products, EmptyElements empty);

// The Reference ID of a Project or Order, or nothing when it cannot be keyed
// (no Id attribute, or an empty or blank one). A usable Id is kept exactly
// as read, never trimmed.
std::optional<std::string> reference_id(const Element& record);

// The e-mail values of a contact's fields (Email[1], Email[2] ...).
std::vector<std::string_view> emails_of(const Fields& fields);

}  // namespace syncfeed::sim
