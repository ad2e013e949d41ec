#include "diff/compare.h"

#include <algorithm>
#include <unordered_map>

#include "diff/record_key.h"
#include "feed/writer.h"

namespace syncfeed::diff {
namespace {

struct Pair {
  const Element* old_element = nullptr;
  const Element* new_element = nullptr;
  const std::string* step = nullptr;
  int rank = 0;
};

// Lines up the children of two revisions of one element by key: NEW's order,
// then what only OLD has, stably sorted into the canonical order of fields.
std::vector<Pair> line_up(const Element* old_parent, const Element* new_parent, const std::vector<KeyedChild>& olds,
                          const std::vector<KeyedChild>& news) {
  const Kind parent = (new_parent ? new_parent : old_parent)->kind;
  std::unordered_map<std::string_view, const KeyedChild*> old_by_key;
  for (const KeyedChild& k : olds) old_by_key.emplace(k.key, &k);
  std::vector<Pair> pairs;
  pairs.reserve(news.size() + olds.size());
  for (const KeyedChild& k : news) {
    Pair p{nullptr, k.element, &k.step, canonical_rank(parent, k.element->kind)};
    if (auto it = old_by_key.find(k.key); it != old_by_key.end()) {
      p.old_element = it->second->element;
      old_by_key.erase(it);
    }
    pairs.push_back(p);
  }
  for (const KeyedChild& k : olds)
    if (old_by_key.count(k.key))
      pairs.push_back({k.element, nullptr, &k.step, canonical_rank(parent, k.element->kind)});
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.rank < b.rank; });
  return pairs;
}

class Comparer {
 public:
  Comparer(const IgnoreList& ignore, std::vector<Change>& out) : ignore_(ignore), out_(out) {}

  void projects(const Element& old_project, const Element& new_project) {
    tags_ = {"Project"};
    children(&old_project, &new_project, project_step(new_project));
  }

  void project_child(const Element* a, const Element* b, const std::string& path) {
    tags_ = {"Project", (b ? b : a)->tag()};
    element(a, b, path);
  }

 private:
  void children(const Element* old_parent, const Element* new_parent, const std::string& path) {
    static const std::vector<KeyedChild> none;
    const std::vector<KeyedChild> olds = old_parent ? keyed_children(*old_parent) : none;
    const std::vector<KeyedChild> news = new_parent ? keyed_children(*new_parent) : none;
    for (const Pair& p : line_up(old_parent, new_parent, olds, news)) {
      const Element& any = p.new_element ? *p.new_element : *p.old_element;
      tags_.push_back(any.tag());
      if (!ignore_.matches(tags_)) element(p.old_element, p.new_element, path + "/" + *p.step);
      tags_.pop_back();
    }
  }

  void element(const Element* a, const Element* b, const std::string& path) {
    const Element& any = b ? *b : *a;
    if (is_list_container(any.kind)) return children(a, b, path);  // absent = empty
    if (!a) return out_.push_back(whole(Op::Add, path, nullptr, b));
    if (!b) return out_.push_back(whole(Op::Remove, path, a, nullptr));
    if (any.is_leaf()) {
      if (a->text != b->text) out_.push_back({Op::Change, path, a->text, b->text, false});
    } else if (any.kind == Kind::Custom || any.kind == Kind::Text) {
      if (!(*a == *b)) out_.push_back(whole(Op::Change, path, a, b));  // custom fields compare whole
    } else {
      children(a, b, path);
    }
  }

  static Change whole(Op op, const std::string& path, const Element* a, const Element* b) {
    Change c{op, path, std::nullopt, std::nullopt, false};
    if (a) c.old_value = value_of(*a, c.record);
    if (b) c.new_value = value_of(*b, c.record);
    return c;
  }

  const IgnoreList& ignore_;
  std::vector<Change>& out_;
  std::vector<std::string_view> tags_;  // from the Project down: what --ignore patterns match
};

}  // namespace

std::string_view op_name(Op op) {
  switch (op) {
    case Op::Add: return "add";
    case Op::Remove: return "remove";
    case Op::Change: break;
  }
  return "change";
}

std::string value_of(const Element& element, bool& record) {
  const bool simple = element.is_leaf() || element.kind == Kind::Text ||
                      (element.kind == Kind::Custom && element.children.empty() && element.attributes.empty());
  if (simple) return element.text;
  record = true;
  std::string xml = canonical_element(element, 0, Directives::Omit);
  if (!xml.empty() && xml.back() == '\n') xml.pop_back();
  return xml;
}

std::vector<Change> compare_projects(const Element& old_project, const Element& new_project, const IgnoreList& ignore) {
  std::vector<Change> out;
  Comparer(ignore, out).projects(old_project, new_project);
  return out;
}

std::vector<Change> compare_elements(const Element* old_element, const Element* new_element, const std::string& path,
                                     const IgnoreList& ignore) {
  std::vector<Change> out;
  if (old_element || new_element) Comparer(ignore, out).project_child(old_element, new_element, path);
  return out;
}

Change project_added(const Element& project) {
  Change c{Op::Add, project_step(project), std::nullopt, std::nullopt, true};
  c.new_value = value_of(project, c.record);
  return c;
}

Change project_removed(const Element& project) {
  Change c{Op::Remove, project_step(project), std::nullopt, std::nullopt, true};
  c.old_value = value_of(project, c.record);
  return c;
}

}  // namespace syncfeed::diff
