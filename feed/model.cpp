#include "feed/model.h"

#include <algorithm>
#include <stdexcept>

namespace syncfeed {

std::vector<const Element*> Element::all(Kind k) const {
  std::vector<const Element*> out;
  for (const Element& c : children)
    if (c.kind == k) out.push_back(&c);
  return out;
}

const Element* ItemRange::at(std::size_t i) const {
  if (i >= count_) throw std::out_of_range("ItemRange::at");
  return first_ + i;
}

ItemRange::operator std::vector<const Element*>() const { return {begin(), end()}; }

bool operator==(const Element& a, const Element& b) {
  return a.kind == b.kind && a.has_id == b.has_id && a.name == b.name && a.id == b.id && a.text == b.text &&
         a.attributes == b.attributes && a.children == b.children;
}

std::string path_step(const Element& e) {
  std::string step(e.kind == Kind::Text ? std::string_view("#text") : e.tag());
  if (e.has_id) step += "[" + e.id + "]";
  return step;
}

namespace {

std::string describe(const Element* e) {
  if (!e) return "(absent)";
  if (e->is_leaf() || (e->kind == Kind::Custom && e->children.empty())) return "\"" + e->text + "\"";
  return "<" + std::string(e->tag()) + ">";
}

Difference diff_at(const std::string& prefix, const Element& a, const Element& b) {
  const std::string here = prefix.empty() ? path_step(a) : prefix + "/" + path_step(a);
  if (a.kind != b.kind || a.name != b.name) return {here, describe(&a), describe(&b)};
  if (a.has_id != b.has_id || a.id != b.id)
    return {here + "/@Id", a.has_id ? a.id : "(absent)", b.has_id ? b.id : "(absent)"};
  if (a.text != b.text) return {here, "\"" + a.text + "\"", "\"" + b.text + "\""};
  if (a.attributes != b.attributes) return {here + "/@*", "attributes", "other attributes"};
  const std::size_t n = std::min(a.children.size(), b.children.size());
  for (std::size_t i = 0; i < n; ++i) {
    Difference d = diff_at(here, a.children[i], b.children[i]);
    if (!d.empty()) return d;
  }
  if (a.children.size() > n) return {here + "/" + path_step(a.children[n]), describe(&a.children[n]), "(absent)"};
  if (b.children.size() > n) return {here + "/" + path_step(b.children[n]), "(absent)", describe(&b.children[n])};
  return {};
}

}  // namespace

Difference first_difference(const Element& a, const Element& b) { return diff_at("", a, b); }

}  // namespace syncfeed
