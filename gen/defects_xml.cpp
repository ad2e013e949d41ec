// Injectors of the XML and structure rules: the reader's (xml-*, schema,
// input-limit) and unknown-element, webshop-field-spelling, field-repeated.
#include <fmt/format.h>

#include "gen/defect_helpers.h"
#include "gen/defects.h"

namespace syncfeed::gen {
namespace {

// The mistakes of a generator that writes XML by string concatenation, and
// a download cut off. Each breaks the XML at once, so that the parser stops
// there and nothing else is reported.
void break_well_formedness(std::string& xml, Source& source, bool& ends_feed) {
  const std::size_t name = xml.find("<Name>");
  switch (name == std::string::npos ? 3 : source.below(4)) {
    case 0:  // a value with an unescaped ampersand
      xml.insert(name + 6, "Kovács & ");
      break;
    case 1:  // a value with an unescaped less-than
      xml.insert(name + 6, "a <3 ");
      break;
    case 2:  // a closing tag in the wrong case
      xml.replace(xml.find("</Name>", name), 7, "</name>");
      break;
    default:  // the file ends in the middle of this project
      xml.resize(xml.size() / 2);
      ends_feed = true;
      break;
  }
}

// A suppression comment for a rule that nothing in the project breaks.
void add_stale_suppression(std::string& xml, Source& source, bool&) {
  constexpr std::string_view kRules[] = {"order-empty", "ean-checksum", "project-id-format"};
  xml.insert(0, fmt::format("  <!-- syncfeed-disable {} -->\n", source.pick(kRules)));
}

void declare_latin2(DocumentPlan& plan) { plan.encoding = "ISO-8859-2"; }

void add_doctype(DocumentPlan& plan) { plan.doctype = "<!DOCTYPE Projects [\n  <!ENTITY shop \"Webshop\">\n]>"; }

// An element where the format has no place for it, or text directly inside a record.
void misplace(Element& project, DefectContext& context) {
  Element& order = ensure_order(project, context);
  switch (context.source.below(2)) {
    case 0: {  // a product outside its list: not imported
      Element name(Kind::Custom);
      name.name = "Name";
      name.text = "Ajándék bögre";
      Element stray(Kind::Custom);
      stray.name = "Product";
      stray.attributes.push_back({"Id", "999"});
      stray.children.push_back(std::move(name));
      order.children.push_back(std::move(stray));
      break;
    }
    default: {
      Element text(Kind::Text);
      text.text = "Fizetés utánvéttel";
      Element& customer = child_of(order, Kind::Customer);
      customer.children.insert(customer.children.begin(), std::move(text));
      break;
    }
  }
}

// An attribute the format does not have, on a Product.
void add_unknown_attribute(Element& project, DefectContext& context) {
  ensure_product(ensure_order(project, context), context).attributes.push_back({"Currency", "HUF"});
}

// Custom fields nested deeper than the reader's limit (256).
void nest_deeply(Element& project, DefectContext&) {
  Element field(Kind::Custom);
  field.name = "Level";
  field.text = "mély";
  for (int i = 0; i < 300; ++i) {
    Element outer(Kind::Custom);
    outer.name = "Level";
    outer.children.push_back(std::move(field));
    field = std::move(outer);
  }
  project.children.push_back(std::move(field));
}

void add_misspelt_field(Element& project, DefectContext& context) {
  constexpr std::string_view kMisspelt[] = {"StatusID", "Categoryid", "userId", "Webshop_disabled", "Emial"};
  Element field(Kind::Custom);
  field.name = context.source.pick(kMisspelt);
  field.text = "1";
  project.children.push_back(std::move(field));
}

// A webshop field spelt as the help page does: without the underscore.
void spell_without_underscore(Element& project, DefectContext& context) {
  Kind kind = Kind::Disabled;
  std::string_view alias = "WebshopDisabled";
  if (project.child(Kind::RegistrationDate) && context.source.chance(1, 2)) {
    kind = Kind::RegistrationDate;
    alias = "WebshopRegistrationDate";
  }
  Element field(Kind::Custom);
  field.name = alias;
  field.text = project.child(kind) ? std::string(project.value(kind)) : "0";
  remove_children(project, kind);
  project.children.push_back(std::move(field));
}

void repeat_field(Element& project, DefectContext& context) {
  constexpr Kind kFields[] = {Kind::StatusId, Kind::Name, Kind::CategoryId};
  const Kind kind = context.source.pick(kFields);
  Element copy = *project.child(kind);
  insert_child(project, std::move(copy));
}

constexpr std::string_view kAlsoUnknown[] = {"unknown-element"};

}  // namespace

void add_xml_defects(std::vector<Defect>& defects) {
  defects.push_back({"xml-not-well-formed",
                     "an unescaped & or < in a Name, a closing tag in the wrong case, or the file cut off in a project",
                     nullptr, break_well_formedness});
  defects.push_back({"xml-encoding",
                     "declares ISO-8859-2 and writes the bytes in it (characters it lacks as references)", nullptr,
                     nullptr, declare_latin2});
  defects.push_back(
      {"xml-dtd", "a DOCTYPE with an entity declaration after the XML declaration", nullptr, nullptr, add_doctype});
  defects.push_back({"schema", "a <Product> directly in an Order, or text directly in a Customer", misplace});
  defects.push_back(
      {"input-limit", "a custom field nested 300 levels deep", nest_deeply, nullptr, nullptr, kAlsoUnknown});
  defects.push_back(
      {"unknown-element", "a misspelt field (StatusID, Categoryid...) kept as a custom field", add_misspelt_field});
  defects.push_back({"unknown-attribute", "an attribute the format does not have on a Product (Currency=\"HUF\")",
                     add_unknown_attribute});
  defects.push_back({"webshop-field-spelling",
                     "Webshop_Disabled (or Webshop_RegistrationDate) spelt without the underscore",
                     spell_without_underscore});
  defects.push_back({"field-repeated", "StatusId, Name or CategoryId given twice", repeat_field});
  defects.push_back({"unused-suppression", "a syncfeed-disable comment before a project that breaks no such rule",
                     nullptr, add_stale_suppression});
}

}  // namespace syncfeed::gen
