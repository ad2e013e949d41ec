#include "gen/any_model.h"

#include <functional>

namespace syncfeed::arbitrary {
namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Any character XML 1.0 allows in content (#x9 #xA #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF).
rc::Gen<std::string> any_xml_char() {
  return rc::gen::map(rc::gen::suchThat(rc::gen::inRange<char32_t>(0x9, 0x110000),
                                        [](char32_t c) {
                                          return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xD800) ||
                                                 (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                                        }),
                      [](char32_t c) {
                        std::string s;
                        append_utf8(s, c);
                        return s;
                      });
}

// One piece of a value: mostly plain letters, often something tricky.
rc::Gen<std::string> value_piece() {
  return rc::gen::weightedOneOf<std::string>({
      {6, rc::gen::map(rc::gen::inRange('a', static_cast<char>('z' + 1)), [](char c) { return std::string(1, c); })},
      {4, rc::gen::element<std::string>(" ", "\t", "\n", "\r", "\r\n", "&", "<", ">", "]]>", "\"", "'", "&amp;",
                                        "&#13;", "<![CDATA[", "é", "ő", "Ș", "😀", "\U0010FFFD", "\u00A0")},
      {1, any_xml_char()},
  });
}

// A value: the exact string a leaf, an attribute or a text run holds; may be empty.
rc::Gen<std::string> value() {
  return rc::gen::map(rc::gen::container<std::vector<std::string>>(value_piece()),
                      [](const std::vector<std::string>& pieces) {
                        std::string s;
                        for (const std::string& p : pieces) s += p;
                        return s;
                      });
}

bool all_whitespace(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// An XML name (no colon: namespaces are not the format's business), not starting with "xml".
rc::Gen<std::string> xml_name() {
  return rc::gen::suchThat(rc::gen::exec([] {
                             std::string name =
                                 *rc::gen::element<std::string>("F", "Enum", "Field_", "_x", "Mező", "Ș", "a", "Z");
                             const int extra = *rc::gen::inRange(0, 4);
                             for (int i = 0; i < extra; ++i)
                               name += *rc::gen::element<std::string>("1", "9", "-", ".", "_", "b", "Ő", "·");
                             return name;
                           }),
                           [](const std::string& n) {
                             return n.size() < 3 || (n.compare(0, 3, "xml") != 0 && n.compare(0, 3, "XML") != 0);
                           });
}

// A custom field (an element the format does not name), depth levels deep at most.
rc::Gen<Element> custom_field(int depth) {
  return rc::gen::exec([depth] {
    Element e(Kind::Custom);
    e.name = *xml_name();
    const auto attribute_names = *rc::gen::unique<std::vector<std::string>>(xml_name());
    for (std::size_t i = 0; i < attribute_names.size() && i < 3; ++i)
      e.attributes.push_back({attribute_names[i], *value()});
    const bool has_elements = depth > 0 && *rc::gen::inRange(0, 3) == 0;
    if (!has_elements) {
      e.text = *value();
      return e;
    }
    // Element children, with text runs around and between them (mixed content) or not.
    const int elements = *rc::gen::inRange(1, 4);
    const bool mixed = *rc::gen::arbitrary<bool>();
    auto text_run = [&] {
      Element run(Kind::Text);
      run.text = *rc::gen::suchThat(value(), [](const std::string& s) { return !all_whitespace(s); });
      e.children.push_back(std::move(run));
    };
    for (int i = 0; i < elements; ++i) {
      if (mixed && *rc::gen::arbitrary<bool>()) text_run();
      e.children.push_back(*custom_field(depth - 1));
    }
    if (mixed && *rc::gen::arbitrary<bool>()) text_run();
    return e;
  });
}

// A custom field that is not a known field (nor an alias) under `parent`.
rc::Gen<Element> custom_field_under(Kind parent) {
  return rc::gen::suchThat(custom_field(2), [parent](const Element& e) { return !match_child(parent, e.name).known; });
}

rc::Gen<Element> record(Kind kind, int depth);

// The children `kind` may hold, in canonical order: each single field maybe,
// each list container maybe with a few items, then custom fields where allowed.
rc::Gen<Element> record(Kind kind, int depth) {
  return rc::gen::exec([kind, depth] {
    Element e(kind);
    const KindInfo& k = info(kind);
    if (k.id == IdAttribute::Required || (k.id == IdAttribute::Optional && *rc::gen::arbitrary<bool>())) {
      e.has_id = *rc::gen::inRange(0, 10) != 0;  // now and then missing: the model keeps that too
      if (e.has_id) e.id = *value();
    }
    for (const ChildRule& rule : k.children) {
      if (rule.repeatable) {  // the items of a list container
        const int count = *rc::gen::inRange(0, depth > 0 ? 3 : 1);
        for (int i = 0; i < count; ++i) e.children.push_back(*record(rule.kind, depth - 1));
        continue;
      }
      if (*rc::gen::inRange(0, 3) == 0) continue;  // a partial feed leaves fields out
      if (is_leaf(rule.kind)) {
        Element leaf(rule.kind);
        leaf.text = *value();
        e.children.push_back(std::move(leaf));
      } else if (depth > 0) {
        e.children.push_back(*record(rule.kind, depth - 1));
      }
    }
    if (k.custom_children) {
      const int count = *rc::gen::inRange(0, 3);
      for (int i = 0; i < count; ++i) e.children.push_back(*custom_field_under(kind));
    }
    return e;
  });
}

}  // namespace

rc::Gen<Element> any_project() { return record(Kind::Project, 5); }

rc::Gen<std::vector<Element>> any_projects() {
  return rc::gen::exec([] {
    std::vector<Element> list;
    const int count = *rc::gen::inRange(0, 4);
    for (int i = 0; i < count; ++i) list.push_back(*any_project());
    return list;
  });
}

rc::Gen<std::vector<Element>> any_projects_with_directives() {
  return rc::gen::exec([] {
    std::vector<Element> list = *any_projects();
    std::function<void(Element&)> add = [&](Element& e) {
      const int count = *rc::gen::inRange(0, 6) == 0 ? *rc::gen::inRange(1, 3) : 0;
      for (int i = 0; i < count; ++i)
        e.directives.push_back(*rc::gen::element<std::string>(" syncfeed-disable schema ", "syncfeed-disable-file a,b",
                                                              " syncfeed-disable\tx\ny "));
      for (Element& c : e.children) add(c);
    };
    for (Element& p : list) add(p);
    return list;
  });
}

}  // namespace syncfeed::arbitrary
