// The data of a feed as an independent parser (libxml2) sees it: every leaf
// as (path, text), sorted, so that two feeds can be compared without our own
// reader. Order of elements does not count (MiniCRM ignores it); the aliases
// of docs/format.md §2.2 are spelt canonically. The normalisation is written
// out here on purpose instead of using feed/schema.h, so that a mistake there
// cannot hide itself.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace syncfeed::test {

using Leaf = std::pair<std::string, std::string>;  // path with ids, text

namespace detail {

inline std::string name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

inline bool has_element_children(const xmlNode* n) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) return true;
  return false;
}

inline std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return s;
}

inline bool is_whitespace(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// The canonical path of a child named `name` of the element at `parent` (a path
// of canonical names without ids: Projects/Project/Business).
inline std::string canonical_name(const std::string& parent, const std::string& name) {
  static const std::set<std::string> webshop = {"WebshopRegistrationDate",  "WebshopDisabled",
                                                "WebshopLostBasketContent", "WebshopLostBasketDate",
                                                "WebshopLostBasketValue",   "WebshopAllLostBasket"};
  if (parent == "Projects/Project" && webshop.count(name)) return "Webshop_" + name.substr(7);
  return name;
}

inline bool is_flat_contact_value(const std::string& parent, const std::string& name, const xmlNode* n) {
  const bool under_party = parent == "Projects/Project/Business" || parent == "Projects/Project/Contacts/Contact";
  return under_party && (name == "Email" || name == "Phone") && !has_element_children(n);
}

inline std::string text_of(const xmlNode* n) {
  std::string text;
  for (const xmlNode* c = n->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      text += reinterpret_cast<const char*>(c->content);
  return text;
}

inline void collect(const xmlNode* n, const std::string& shape, const std::string& path, std::vector<Leaf>& out) {
  for (const xmlAttr* a = n->properties; a; a = a->next)
    out.emplace_back(path + "/@" + reinterpret_cast<const char*>(a->name),
                     attribute(n, reinterpret_cast<const char*>(a->name)));
  if (!has_element_children(n)) {
    out.emplace_back(path, text_of(n));
    return;
  }
  std::string run;  // text between child elements (mixed content); whitespace alone is layout
  auto flush_run = [&] {
    if (!is_whitespace(run)) out.emplace_back(path + "/#text", run);
    run.clear();
  };
  for (const xmlNode* c = n->children; c; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      run += reinterpret_cast<const char*>(c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;  // comments and processing instructions are not data
    flush_run();
    const std::string name = name_of(c);
    if (is_flat_contact_value(shape, name, c)) {  // <Email>x</Email> is Emails/Email/Value
      const std::string list = name + "s";
      out.emplace_back(path + "/" + list + "/" + name + "/Value", text_of(c));
      continue;
    }
    const std::string canonical = canonical_name(shape, name);
    const std::string id = attribute(c, "Id");
    const bool has_id = xmlHasProp(c, reinterpret_cast<const xmlChar*>("Id")) != nullptr;
    collect(c, shape + "/" + canonical, path + "/" + canonical + (has_id ? "[" + id + "]" : ""), out);
  }
  flush_run();
}

}  // namespace detail

// The sorted leaves of an XML document, or an empty list when libxml2 cannot parse it.
inline std::vector<Leaf> libxml2_leaves(const std::string& xml) {
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "feed.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  std::vector<Leaf> leaves;
  if (!doc) return leaves;
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root) detail::collect(root, detail::name_of(root), detail::name_of(root), leaves);
  xmlFreeDoc(doc);
  std::sort(leaves.begin(), leaves.end());
  return leaves;
}

}  // namespace syncfeed::test
