#include "proptest/same_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "proptest/shop_json.h"
#include "rules/value_parsers.h"

namespace syncfeed::proptest {
namespace {

constexpr std::string_view kMissing = "(missing)";

class Comparison {
 public:
  Comparison(const SameDataOptions& options, std::size_t limit, bool adopt = false)
      : options_(options), limit_(limit), adopt_(adopt) {}

  // Two lists of records or values (the root's Projects, a project's Orders...).
  void lists(Kind list, const std::vector<const Element*>& expected, const std::vector<const Element*>& actual,
             const std::string& path, std::uint32_t line) {
    if (list == Kind::Emails || list == Kind::Phones || list == Kind::Addresses)
      return by_position(expected, actual, path, line);
    std::map<std::string, std::vector<const Element*>> by_id;
    std::vector<const Element*> without_id;
    for (const Element* a : actual) (a->has_id ? by_id[a->id].push_back(a) : without_id.push_back(a));
    std::size_t next_without_id = 0;
    for (const Element* e : expected) {
      const std::string at = join(path, path_step(*e));
      const Element* match = nullptr;
      if (e->has_id) {
        auto it = by_id.find(e->id);
        if (it != by_id.end() && !it->second.empty()) {
          match = it->second.front();
          if (it->second.size() > 1)
            add(at, "once", fmt::format("{} times", it->second.size()), it->second[1]->loc.line);
          it->second.clear();
        }
      } else if (next_without_id < without_id.size()) {
        match = without_id[next_without_id++];
      }
      if (!match) {
        add(at, fmt::format("a {}", e->tag()), std::string(kMissing), line);
        continue;
      }
      record(*e, *match, at);
    }
    for (const auto& [id, left] : by_id)
      for (const Element* a : left)
        add(join(path, path_step(*a)), "(none)", fmt::format("a {} not in the input", a->tag()), a->loc.line);
    for (std::size_t i = next_without_id; i < without_id.size(); ++i)
      add(join(path, path_step(*without_id[i])), "(none)", fmt::format("a {} not in the input", without_id[i]->tag()),
          without_id[i]->loc.line);
  }

  std::vector<DataDifference> take() { return std::move(differences_); }

 private:
  static std::string join(const std::string& path, std::string_view step) {
    return path.empty() ? std::string(step) : fmt::format("{}/{}", path, step);
  }

  bool full() const { return differences_.size() >= limit_; }

  void add(std::string path, std::string expected, std::string actual, std::uint32_t line) {
    if (!full()) differences_.push_back({std::move(path), std::move(expected), std::move(actual), line});
  }

  bool ignored(const Element& parent, const Element& field) const {
    const std::string qualified = fmt::format("{}/{}", parent.tag(), field.tag());
    return std::any_of(options_.ignore.begin(), options_.ignore.end(),
                       [&](const std::string& f) { return f == field.tag() || f == qualified; });
  }

  void by_position(const std::vector<const Element*>& expected, const std::vector<const Element*>& actual,
                   const std::string& path, std::uint32_t line) {
    for (std::size_t i = 0; i < std::max(expected.size(), actual.size()); ++i) {
      const std::string at = fmt::format("{}[{}]", path, i + 1);
      if (i >= actual.size())
        add(at, describe(*expected[i]), std::string(kMissing), line);
      else if (i >= expected.size())
        add(at, "(none)", describe(*actual[i]), actual[i]->loc.line);
      else
        record(*expected[i], *actual[i], at);
    }
  }

  // An item of Emails or Phones is its Value; an Address its fields.
  static std::string describe(const Element& item) {
    if (const Element* value = item.child(Kind::Value)) return syncfeed::quoted(value->text);
    return fmt::format("an {}", item.tag());
  }

  void record(const Element& expected, const Element& actual, const std::string& path) {
    for (const Element& e : expected.children) {
      if (full()) return;
      if (ignored(expected, e)) continue;
      const std::string at = join(path, e.tag());
      const Element* a = actual.child(e.kind);
      if (!a) {
        if (is_item_list(e.kind) && e.children.empty()) continue;  // an empty list is no list
        if (!options_.partial)
          add(at, e.is_leaf() ? syncfeed::quoted(e.text) : fmt::format("a {}", e.tag()), std::string(kMissing),
              actual.loc.line);
        continue;
      }
      if (e.is_leaf())
        leaf(e, *a, at);
      else if (is_item_list(e.kind))
        lists(e.kind, children(e), children(*a), at, a->loc.line);
      else
        record(e, *a, at);
    }
    for (const Element& a : actual.children) {
      if (ignored(actual, a) || (a.kind != Kind::Custom && expected.child(a.kind))) continue;
      add(join(path, a.tag()), "(none)",
          a.is_leaf() ? syncfeed::quoted(a.text) : fmt::format("a {} not in the input", a.tag()), a.loc.line);
    }
  }

  static std::vector<const Element*> children(const Element& list) {
    std::vector<const Element*> out;
    for (const Element& c : list.children) out.push_back(&c);
    return out;
  }

  void leaf(const Element& expected, const Element& actual, const std::string& path) {
    if (same_value(expected, actual.text)) {
      // adopt_ is set only by adopt_equal_numbers, whose output is not const.
      if (adopt_) const_cast<Element&>(actual).text = expected.text;
      return;
    }
    if (expected.text.size() <= 60 && actual.text.size() <= 60)
      return add(path, syncfeed::quoted(expected.text), syncfeed::quoted(actual.text), actual.loc.line);
    // Long values: where they part, so that the difference shows.
    std::size_t at = 0;
    while (at < expected.text.size() && at < actual.text.size() && expected.text[at] == actual.text[at]) ++at;
    while (at > 0 && (static_cast<unsigned char>(expected.text[at]) & 0xC0) == 0x80) --at;
    const std::size_t from = at > 24 ? at - 24 : 0;
    auto around = [&](const std::string& text) {
      std::size_t begin = std::min(from, text.size());
      while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
      std::size_t end = std::min(text.size(), begin + 60);
      while (end < text.size() && end > begin && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
      return fmt::format("{} bytes, from byte {}: {}", text.size(), begin,
                         syncfeed::quoted(text.substr(begin, end - begin)));
    };
    add(path + fmt::format(" (first different byte: {})", at), around(expected.text), around(actual.text),
        actual.loc.line);
  }

  static bool same_value(const Element& expected, const std::string& actual) {
    if (!is_number_field(expected.kind) || expected.text == actual) return expected.text == actual;
    const bool vat = expected.kind == Kind::VAT;
    const auto e = vat ? parse_percent(expected.text) : parse_decimal(expected.text);
    const auto a = vat ? parse_percent(actual) : parse_decimal(actual);
    return e && a && std::abs(*e - *a) <= kNumberTolerance + 1e-9;
  }

  const SameDataOptions& options_;
  std::size_t limit_;
  bool adopt_;
  std::vector<DataDifference> differences_;
};

}  // namespace

std::vector<DataDifference> compare_data(const std::vector<Element>& input, const std::vector<Element>& output,
                                         const SameDataOptions& options, std::size_t limit) {
  std::vector<const Element*> expected, actual;
  for (const Element& p : input) expected.push_back(&p);
  for (const Element& p : output) actual.push_back(&p);
  Comparison comparison(options, limit);
  comparison.lists(Kind::Projects, expected, actual, "", 1);
  return comparison.take();
}

void adopt_equal_numbers(const std::vector<Element>& input, std::vector<Element>& output) {
  std::vector<const Element*> expected, actual;
  for (const Element& p : input) expected.push_back(&p);
  for (const Element& p : output) actual.push_back(&p);
  SameDataOptions options;
  options.partial = true;
  Comparison comparison(options, std::numeric_limits<std::size_t>::max(), true);
  comparison.lists(Kind::Projects, expected, actual, "", 1);
}

}  // namespace syncfeed::proptest
