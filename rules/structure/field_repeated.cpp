// field-repeated: a single-valued field given twice in one parent.
//
// "Single-valued" is the schema table's ChildRule::repeatable == false. List
// containers (Orders, Emails...) given twice are merged by the reader and are
// not repeats; list items (Order, Email...) are repeatable. Custom fields are
// not checked: the format does not say which of them are single-valued.
//
// The reader keeps children in canonical order, stable for one kind, so the
// occurrences of one field are adjacent and in document order.
#include <fmt/format.h>

#include "rules/structure/structure_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kFieldRepeated{
    .id = "field-repeated",
    .severity = Severity::Error,
    .summary = "A single-valued field appears twice in one parent",
    .description =
        "A field that holds one value (`Name`, `CategoryId`, an order's `Status`, a product's "
        "`PriceNet`, a project's `Business`...) is given twice in the same parent. MiniCRM keeps one "
        "of the two values, and which one is not documented: the card may get the first value on one "
        "sync and the second on another. This usually comes from a generator that appends a field "
        "in two code paths.\n\n"
        "Checked everywhere in a project, orders and products included. The finding is at the second "
        "occurrence (and each later one) and names the line of the first. Lists are not affected: "
        "two `<Orders>` blocks are read as one list, and `<Order>`, `<Email>`, `<Product>` are meant "
        "to repeat. `WebshopDisabled` and `Webshop_Disabled` are the same field, so giving both is a "
        "repeat too.",
    .fix = "Keep one occurrence with the value MiniCRM should store, and remove the others.",
    .failing_line = 4,
};

// How the element was written: the alias spelling if it was read under one.
std::string written_as(const Element& e) {
  if (e.alias && e.tag().rfind("Webshop_", 0) == 0) {
    std::string spelt(e.tag());
    spelt.erase(spelt.find('_'), 1);
    return spelt;
  }
  return std::string(e.tag());
}

std::string repeat_message(const Element& parent, const Element& first, const Element& again) {
  const std::string names = written_as(first) == written_as(again) ? fmt::format("<{}>", again.tag())
                                                                   : fmt::format("<{}> (as <{}> and <{}>)", again.tag(),
                                                                                 written_as(first), written_as(again));
  if (!again.is_leaf())
    return fmt::format(
        "{} appears again in <{}> (first at line {}); MiniCRM reads one of them, and which one is "
        "undefined",
        names, parent.tag(), first.loc.line);
  if (first.text == again.text)
    return fmt::format("{} appears again in <{}> with the same value {} (first at line {}); give it once", names,
                       parent.tag(), quoted(again.text), first.loc.line);
  return fmt::format("{} appears again in <{}>: {} here, {} at line {}; which value MiniCRM keeps is undefined", names,
                     parent.tag(), quoted(again.text), quoted(first.text), first.loc.line);
}

class FieldRepeated final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override { visit(project, {&project}, context); }

 private:
  void visit(const Element& parent, RecordIds ids, RuleContext& context) {
    if (parent.kind == Kind::Custom || parent.is_leaf()) return;
    const Element* run_start = nullptr;  // the first of the current run of one kind
    for (const Element& child : parent.children) {
      if (run_start && run_start->kind == child.kind && is_single_valued(parent.kind, child.kind))
        context.report(child.loc, repeat_message(parent, *run_start, child), ids, child.tag());
      else
        run_start = &child;
      RecordIds below = ids;
      if (child.kind == Kind::Order) below.order = &child;
      if (child.kind == Kind::Product) below.product = &child;
      visit(child, below, context);
    }
  }

  static bool is_single_valued(Kind parent, Kind child) {
    const ChildRule* rule = child_rule(parent, child);
    return rule && !rule->repeatable;
  }
};

}  // namespace

void add_field_repeated_rule(RuleList& rules) { rules.push_back({kFieldRepeated, make_rule<FieldRepeated>}); }

}  // namespace syncfeed
