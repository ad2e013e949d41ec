// --ignore FIELD: fields left out of a comparison. A pattern is a tag
// (`Subject`: that field wherever it is) or a chain of tags ending in it
// (`Customer/Name`: the customer's name, not the project's). Tags are the
// canonical spellings (Webshop_Disabled; an order's card fields are
// `Order/Project`); custom fields are named by their own name.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace syncfeed::diff {

// Why `pattern` names no field, else nothing. A custom field may have any
// name, so only a tag that is nearly one of the format's (Quantityy,
// quantity, WebshopDisabled) is refused: it would silently match nothing.
std::optional<std::string> misspelt_field(std::string_view pattern);

class IgnoreList {
 public:
  IgnoreList() = default;
  explicit IgnoreList(const std::vector<std::string>& patterns);

  bool empty() const { return patterns_.empty(); }
  // `tags`: the tags from the Project down to the field in question.
  bool matches(const std::vector<std::string_view>& tags) const;

 private:
  std::vector<std::vector<std::string>> patterns_;
};

}  // namespace syncfeed::diff
