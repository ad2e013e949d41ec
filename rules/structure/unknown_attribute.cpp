// unknown-attribute: an attribute the format does not have.
//
// The reader finds it (feed/reader/model_builder.cpp) in both modes: in
// XSD mode Xerces's own complaint about an undeclared attribute is not
// reported again as `schema`. This file holds the rule's id, severity and
// documentation.
#include "rules/structure/structure_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kUnknownAttribute{
    .id = "unknown-attribute",
    .severity = Severity::Warning,
    .summary = "An attribute the format does not have: MiniCRM most likely ignores it",
    .description =
        "The only attribute the format knows is `Id`, on `<Project>`, `<Contact>`, `<Order>` and "
        "`<Product>`. Hand-written generators add others (`<Product Id=\"1\" sku=\"x\">`, "
        "`<Contact Id=\"5\" type=\"person\">`, `<Projects version=\"2\">`), or an `Id` where the "
        "format has none (`<Business Id=\"3\">`, an `<Email Id=\"1\">`). That does not break the "
        "import: MiniCRM reads elements, so our assumption is that it ignores such an attribute, and "
        "what the generator meant to send in it (a SKU, the kind of contact) may be lost. A warning, "
        "not a `schema` error.\n\n"
        "syncfeed's model has no place for it on an element of the format: `fmt` does not write it "
        "back and `roundtrip` lists it as not kept. On an element the format does not list there "
        "(a custom field, an unknown element) attributes are kept whole and are not this rule's; "
        "but an element that has a name of the format keeps that element's structure wherever it "
        "stands (an unknown `<Phone type=\"mobile\">` in a `<Customer>`): its attributes are "
        "reported here too, and kept. Namespace declarations (`xmlns...`) and `xsi:` attributes on "
        "the root are not reported.\n\n"
        "`lint --xsd` gives the same findings: Xerces's complaint about an undeclared attribute is "
        "reported as this warning, not as `schema`. `xmllint --schema` rejects such a feed.",
    .fix =
        "If the value matters, send it as an element where the format has one (a product's `<SKU>`), or "
        "as a custom field under `<Project>`; otherwise remove the attribute from the generator's output. "
        "Once the attributes are known to be harmless, turn the rule off (`unknown-attribute = \"off\"`).",
    .failing_line = 4,
    .reader = true,
};

}  // namespace

void add_unknown_attribute_rule(RuleList& rules) { rules.push_back({kUnknownAttribute, nullptr}); }

}  // namespace syncfeed
