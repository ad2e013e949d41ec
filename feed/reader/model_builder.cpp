#include "feed/reader/model_builder.h"

#include <fmt/format.h>

#include <algorithm>

#include "feed/directive.h"
#include "feed/utf.h"

namespace syncfeed {
namespace {

std::string utf8(const char16_t* s) {
  std::string out;
  if (s) append_utf8(out, s, std::char_traits<char16_t>::length(s));
  return out;
}

bool all_whitespace(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool all_whitespace(std::u16string_view s) {
  for (const char16_t c : s)
    if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r') return false;
  return true;
}

// Where the first character of `s` that is not whitespace stands, when `s` begins at `at`.
Location first_non_whitespace(Location at, std::u16string_view s) {
  for (const char16_t c : s) {
    if (c == u'\n') {
      ++at.line;
      at.column = 1;
    } else if (c == u' ' || c == u'\t' || c == u'\r') {
      ++at.column;
    } else {
      break;
    }
  }
  return at;
}

// List containers (Orders, Emails...) given twice in one parent are merged:
// their items are the data, the wrapper is not.
bool merges_when_repeated(Kind kind) {
  const KindInfo& k = info(kind);
  return kind == Kind::OrderProject || (k.children.size() == 1 && k.children[0].repeatable);
}

// A shape with a structure to check: a record, a list or an order's
// Project (not a value, and not "anything": Kind::Custom).
bool is_record_shape(Kind shape) { return shape != Kind::Custom && !is_leaf(shape); }

// An attribute the format does not have: no break of the import (MiniCRM
// reads elements), so not `schema` but a warning, in both modes: in XSD
// mode Xerces's own complaint about it is not reported (xerces_handler.cpp).
constexpr std::string_view kAttributeIgnored =
    "MiniCRM reads elements, so it most likely ignores the attribute: what the generator meant to send in it may "
    "be lost";
constexpr std::string_view kAttributeDropped = "the model has no place for it: fmt does not write it back";

}  // namespace

void ModelBuilder::start_element(ElementName& name, const AttributeList& attributes, Location start) {
  if (++depth_ > options_.max_depth)
    stop(start, fmt::format("elements nest deeper than {} levels; the rest of the file was not checked "
                            "(--max-depth raises the limit)",
                            options_.max_depth));
  if (skip_depth_ > 0) {
    ++skip_depth_;
    return;
  }
  if (depth_ == 1) return start_root(name.text(), start, attributes);
  if (frames_.empty()) return;  // below a root that is not <Projects>
  start_child(name, start, attributes);
}

void ModelBuilder::end_element() {
  --depth_;
  if (skip_depth_ > 0) {
    --skip_depth_;
    return;
  }
  if (frames_.empty()) return;
  if (frames_.size() == 1) return;  // </Projects>
  end_child();
}

void ModelBuilder::text(std::u16string_view chars, Location start) {
  if (skip_depth_ > 0 || frames_.size() < 2) {
    if (skip_depth_ == 0 && !frames_.empty() && !all_whitespace(chars))
      stray_text(frames_.back(), first_non_whitespace(start, chars));
    return;
  }
  Frame& frame = frames_.back();
  const Kind kind = frame.element->kind;
  if (is_leaf(kind) || frame.flat_value) {
    append_text(frame.element->text, chars);
  } else if (kind == Kind::Custom || kind == Kind::OrderProject) {
    if (frame.pending_text_at.line == 0 && !all_whitespace(chars)) {
      frame.pending_text_at = first_non_whitespace(start, chars);
      // Kept (it is data), but a record's structure has no place for it.
      if (is_record_shape(frame.shape)) mixed_text(frame, frame.pending_text_at);
    }
    append_text(frame.pending_text, chars);
  } else if (!all_whitespace(chars)) {
    stray_text(frame, first_non_whitespace(start, chars));
  }
}

void ModelBuilder::comment(std::string text, Location at) {
  sink_.on_comment(text, at);
  if (parse_directive(text))
    directives_.comment(std::move(text), at);
  else
    sink_.on_dropped("comment", at);
}

void ModelBuilder::fill_ids(Finding& f) const {
  for (const Frame& frame : frames_) {
    const Element& e = *frame.element;
    if (e.kind == Kind::Project) f.project_id = e.id;
    if (e.kind == Kind::Order) f.order_id = e.id;
    if (e.kind == Kind::Product) f.product_id = e.id;
  }
}

void ModelBuilder::stop(Location loc, std::string message) {
  Finding f;
  f.rule = reader_rules::kLimit;
  f.loc = loc;
  f.message = std::move(message);
  fill_ids(f);
  sink_.on_finding(std::move(f));
  throw StopReading{};
}

// Structural findings come from the XSD validator in --xsd mode instead.
void ModelBuilder::structural(Location loc, std::string message, std::string_view field) {
  if (options_.xsd) return;
  Finding f;
  f.rule = reader_rules::kSchema;
  f.loc = loc;
  f.message = std::move(message);
  f.field = field;
  fill_ids(f);
  sink_.on_finding(std::move(f));
}

void ModelBuilder::unknown_attribute(Location loc, std::string message, std::string_view attribute) {
  Finding f;
  f.rule = reader_rules::kUnknownAttribute;
  f.loc = loc;
  f.message = std::move(message);
  f.field = "@" + std::string(attribute);
  fill_ids(f);
  sink_.on_finding(std::move(f));
}

void ModelBuilder::append_text(std::string& text, std::u16string_view chars) {
  append_utf8(text, chars.data(), chars.size());
  if (text.size() > options_.max_text)
    stop(frames_.back().element->loc, fmt::format("a value longer than {} bytes; the rest of the file was not checked "
                                                  "(--max-text raises the limit)",
                                                  options_.max_text));
}

void ModelBuilder::stray_text(const Frame& frame, Location at) {
  sink_.on_dropped(fmt::format("text inside <{}>", frame.element->tag()), at);
  mixed_text(frame, at);
}

void ModelBuilder::mixed_text(const Frame& frame, Location at) {
  structural(at, fmt::format("text is not allowed directly inside <{}> (mixed content)", frame.element->tag()));
}

void ModelBuilder::start_root(const std::string& name, Location start, const AttributeList& attributes) {
  if (name != tag(Kind::Projects)) {
    structural(start, fmt::format("the root element is <{}>; a feed's root is <Projects>", name));
    return;
  }
  if (offsets_) span_begin_ = offsets_->source_offset();  // just past <Projects ...>
  root_ = Element(Kind::Projects);
  root_.loc = start;
  drop_attributes(frames_.push(root_), attributes, start);
}

void ModelBuilder::start_child(ElementName& element_name, Location start, const AttributeList& attributes) {
  const std::string& name = element_name.text();
  Frame& parent = frames_.back();
  parent.has_element_children = true;
  const Kind parent_kind = parent.element->kind;

  if (is_leaf(parent_kind) || parent.flat_value) {
    sink_.on_dropped(fmt::format("element <{}> inside <{}>", name, parent.element->tag()), start);
    structural(start,
               fmt::format("<{}> holds a value; it cannot contain the element <{}>", parent.element->tag(), name));
    skip_depth_ = 1;
    return;
  }
  if (parent_kind == Kind::Custom || parent_kind == Kind::OrderProject) place_pending_text(parent);
  if (parent_kind == Kind::Custom) return start_inside_custom(parent, element_name, start, attributes);

  const ChildMatch match = element_name.under(parent_kind);
  const bool flat_value = match.known && match.flat_value;
  // A flat <Email>x</Email> is read as Emails/Email/Value.
  const Kind kind = !match.known ? Kind::Custom
                    : flat_value ? (match.kind == Kind::Emails ? Kind::Email : Kind::Phone)
                                 : match.kind;
  Element& e = new_child(parent, kind);
  e.alias = match.alias;
  e.loc = start;
  directives_.attach(e);
  const Unknown unknown = match.known ? Unknown{kind, false} : shape_of_unknown(parent, parent_kind, name, start);
  if (!match.known) e.name = name;
  // On the stack first, so that findings about its attributes carry its ids.
  Frame& frame = frames_.push(e);
  frame.flat_value = flat_value;
  frame.shape = flat_value ? Kind::Value : unknown.shape;
  frame.unchecked = unknown.unchecked;
  read_attributes(frame, attributes, start);
}

// Below an element the model keeps whole (a custom field, an unknown
// element), everything is kept as it is; what is checked is the structure
// its shape asks for, as the XSD does.
void ModelBuilder::start_inside_custom(Frame& parent, ElementName& element_name, Location start,
                                       const AttributeList& attributes) {
  const std::string& name = element_name.text();
  const Kind parent_shape = parent.shape;
  Unknown unknown{Kind::Custom, false};
  if (is_leaf(parent_shape)) {
    structural(start,
               fmt::format("<{}> holds a value; it cannot contain the element <{}>", parent.element->tag(), name));
  } else if (parent_shape != Kind::Custom) {
    const ChildMatch& match = element_name.under(parent_shape);
    unknown = !match.known       ? shape_of_unknown(parent, parent_shape, name, start)
              : match.flat_value ? Unknown{Kind::Value, false}
                                 : Unknown{match.kind, false};
  }
  Element& e = new_child(parent, Kind::Custom);
  e.loc = start;
  directives_.attach(e);
  e.name = name;
  Frame& frame = frames_.push(e);
  frame.shape = unknown.shape;
  frame.unchecked = unknown.unchecked;
  read_attributes(frame, attributes, start);
}

// The shape of an element called `name` where a record or list of shape
// `parent_shape` does not list it (feed/schema.h, classify_unknown); reports
// it when the structure has no place for it at all.
ModelBuilder::Unknown ModelBuilder::shape_of_unknown(Frame& parent, Kind parent_shape, const std::string& name,
                                                     Location start) {
  const std::string_view parent_tag = parent.element->tag();
  switch (classify_unknown(parent_shape, name)) {
    case UnknownChild::ExtraInList:  // unknown-element's (FeedSink::on_stray)
      return {Kind::Custom, true};
    case UnknownChild::NotInList:
      if (parent.first_misplaced.empty()) parent.first_misplaced = name;
      structural(start,
                 fmt::format("<{}> is not an element of <{}>: a list holds only <{}> items, which "
                             "MiniCRM reads by name",
                             name, parent_tag, tag(info(parent_shape).children[0].kind)),
                 name);
      return {Kind::Custom, false};
    case UnknownChild::ItemOutside:
      structural(start,
                 fmt::format("<{}> is an item of a <{}> list; directly in <{}> it is not imported", name,
                             tag(list_of_item(name)), parent_tag),
                 name);
      return {Kind::Custom, false};
    case UnknownChild::CustomField:
      if (parent_shape == Kind::OrderProject) return {Kind::Custom, false};  // not checked at all
      [[fallthrough]];
    case UnknownChild::Extra: break;
  }
  return {declared_shape(name), false};
}

// Where a new child of `parent` is built: in place, as its last child. A
// child of <Projects> has a slot of its own, handed over and dropped at its end.
Element& ModelBuilder::new_child(Frame& parent, Kind kind) {
  if (parent.element == &root_) {
    top_ = Element(kind);
    return top_;
  }
  std::vector<Element>& children = parent.element->children;
  if (children.empty()) children.reserve(info(parent.element->kind).children.size() + 2);
  return children.emplace_back(kind);
}

void ModelBuilder::read_attributes(Frame& frame, const AttributeList& attributes, Location start) {
  Element& e = *frame.element;
  if (e.kind == Kind::Custom) {
    // Kept, whatever they are; checked against the element's shape.
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      e.attributes.push_back({utf8(attributes.name(i)), utf8(attributes.value(i))});
      const Attribute& a = e.attributes.back();
      if (frame.shape == Kind::Custom || (a.name == "Id" && info(frame.shape).id != IdAttribute::None)) continue;
      unknown_attribute(
          start,
          fmt::format("<{}> has an attribute {}=\"{}\"; where the format has a <{}>, it {}. {} "
                      "(syncfeed keeps it: the element is not the format's here)",
                      e.name, a.name, a.value, e.name,
                      info(frame.shape).id == IdAttribute::None ? "takes no attributes" : "takes only an Id",
                      kAttributeIgnored),
          a.name);
    }
    return;
  }
  const bool takes_id = info(e.kind).id != IdAttribute::None && !frame.flat_value;
  const int id_index = takes_id ? attributes.index_of(u"Id") : -1;
  if (id_index >= 0) {  // the Id first: findings about the other attributes name it
    e.has_id = true;
    e.id = utf8(attributes.value(static_cast<std::size_t>(id_index)));
  }
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (static_cast<int>(i) == id_index) continue;
    std::string attr = utf8(attributes.name(i));
    sink_.on_dropped(fmt::format("attribute {} of <{}>", attr, e.tag()), start);
    unknown_attribute(
        start,
        fmt::format("<{}> has an attribute {}=\"{}\"; {}. {} ({})", e.tag(), attr, utf8(attributes.value(i)),
                    info(e.kind).id == IdAttribute::None ? "it takes no attributes" : "its only attribute is Id",
                    kAttributeIgnored, kAttributeDropped),
        attr);
  }
}

void ModelBuilder::drop_attributes(Frame& frame, const AttributeList& attributes, Location start) {
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    std::string attr = utf8(attributes.name(i));
    if (attr.rfind("xmlns", 0) == 0 || attr.rfind("xsi:", 0) == 0) continue;  // namespace plumbing
    sink_.on_dropped(fmt::format("attribute {} of <{}>", attr, frame.element->tag()), start);
    unknown_attribute(start,
                      fmt::format("<{}> has an attribute {}=\"{}\"; it takes none. {} ({})", frame.element->tag(), attr,
                                  utf8(attributes.value(i)), kAttributeIgnored, kAttributeDropped),
                      attr);
  }
}

// Custom fields keep text between their child elements (mixed content).
void ModelBuilder::place_pending_text(Frame& frame) {
  if (!frame.pending_text.empty() && !all_whitespace(frame.pending_text)) {
    Element text(Kind::Text);
    text.loc = frame.pending_text_at;
    text.text = std::move(frame.pending_text);
    directives_.attach(text);
    frame.element->children.push_back(std::move(text));
  }
  frame.pending_text.clear();
  frame.pending_text_at = {};
}

// Finishes the innermost element where it was built: most elements are
// never moved (the reader's hot path).
void ModelBuilder::end_child() {
  Frame& frame = frames_.back();
  Element& e = *frame.element;
  if (e.kind == Kind::Custom || e.kind == Kind::OrderProject) {
    if (frame.has_element_children)
      place_pending_text(frame);
    else if (e.kind == Kind::Custom)
      e.text = std::move(frame.pending_text);
    else if (!all_whitespace(frame.pending_text))  // reported where it was read
      sink_.on_dropped(fmt::format("text inside <{}>", e.tag()), frame.pending_text_at);
  }
  if (frame.flat_value) {
    Element value(Kind::Value);
    value.loc = e.loc;
    value.text = std::move(e.text);
    e.text.clear();
    e.children.push_back(std::move(value));
  }
  Element& parent = *frames_.parent_of_back().element;
  if (&parent == &root_) {
    if (e.kind == Kind::Project)
      hand_over(e);
    else
      drop_stray(e, Kind::Projects, "directly in");
  } else if (e.kind == Kind::Custom && is_item_list(parent.kind)) {
    drop_stray(e, parent.kind, "in");
    parent.children.pop_back();  // e
  } else if (frame.flat_value) {
    Element list(e.kind == Kind::Email ? Kind::Emails : Kind::Phones);
    list.loc = e.loc;
    list.alias = true;
    list.directives = std::move(e.directives);  // they stood before the list's start tag, which is e's
    e.directives.clear();
    list.children.push_back(std::move(e));
    parent.children.pop_back();  // e
    parent.children.push_back(std::move(list));
    settle_last_child(parent);
  } else {
    settle_last_child(parent);
  }
  frames_.pop();
}

// An element in a list (or the root) that is not its item: the model has
// no place for it. Its finding is the reader's (`schema`, for a name of the
// format) or unknown-element's (the rules see it through on_stray).
void ModelBuilder::drop_stray(Element& e, Kind list, std::string_view where) {
  std::string_view project_id, order_id, product_id;
  for (const Frame& open : frames_) {
    const Element& record = *open.element;
    if (record.kind == Kind::Project) project_id = record.id;
    if (record.kind == Kind::Order) order_id = record.id;
    if (record.kind == Kind::Product) product_id = record.id;
  }
  sink_.on_stray({e, list, project_id, order_id, product_id});
  sink_.on_dropped(fmt::format("element <{}> {} <{}>", e.tag(), where, tag(list)), e.loc);
  directives_.dropped(e);
}

// The last child of `parent`, just ended, moves to its canonical place
// (stable: equal ranks keep the order read), or a repeated list container
// is merged into the first one.
void ModelBuilder::settle_last_child(Element& parent) {
  std::vector<Element>& children = parent.children;
  const auto last = children.end() - 1;
  if (merges_when_repeated(last->kind)) {
    const Kind kind = last->kind;
    const auto first = std::find_if(children.begin(), last, [kind](const Element& c) { return c.kind == kind; });
    if (first != last) {
      directives_.merged(*last);
      for (Element& item : last->children) first->children.push_back(std::move(item));
      children.pop_back();
      return;
    }
  }
  const int rank = canonical_rank(parent.kind, last->kind);
  // Most feeds list fields in the canonical order already: it stays last.
  if (last == children.begin() || canonical_rank(parent.kind, last[-1].kind) <= rank) return;
  const auto at = std::find_if(children.begin(), last,
                               [&](const Element& c) { return canonical_rank(parent.kind, c.kind) > rank; });
  std::rotate(at, last, children.end());
}

void ModelBuilder::hand_over(Element& project) {
  ++projects_;
  if (offsets_) {
    const std::uint64_t end = offsets_->source_offset();  // just past </Project>
    sink_.on_project_span(span_begin_, end);
    span_begin_ = end;
  }
  sink_.on_project(project);
}

}  // namespace syncfeed
