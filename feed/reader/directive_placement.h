// The suppression directives the reader keeps (internal to the reader, feed/reader/).
//
// A directive stands before the element it applies to: the first element of
// the model that starts after the comment, as rules/suppressions.cpp resolves
// it for lint. The reader hands it over with that element
// (Element::directives), so that the canonical writer puts it back just before
// the element wherever its canonical place is, and a formatted feed lints as
// the original did. Elements that the model does not keep as read (a repeated
// list container merged into the first, a stray child of <Projects>) hand
// their directives on to the element that takes their place.
#pragma once

#include <algorithm>
#include <deque>
#include <string>
#include <tuple>
#include <vector>

#include "feed/model.h"

namespace syncfeed {

class ReaderDirectives {
 public:
  // A directive comment, in document order.
  void comment(std::string text, Location at) { pending_.push_back({at, std::move(text)}); }

  // A new element of the model: it takes the directives that stand before it.
  void attach(Element& e) {
    while (!pending_.empty() && before(pending_.front().at, e.loc)) {
      e.directives.push_back(std::move(pending_.front().text));
      pending_.pop_front();
    }
  }

  // `container` is merged into an earlier one: its directives go to its first
  // item, or wait for the next element when it has none.
  void merged(Element& container) {
    if (container.directives.empty()) return;
    if (container.children.empty()) return wait_again(container);
    auto first = std::min_element(container.children.begin(), container.children.end(),
                                  [](const Element& a, const Element& b) { return before(a.loc, b.loc); });
    first->directives.insert(first->directives.begin(), container.directives.begin(), container.directives.end());
    container.directives.clear();
  }

  // `e` and what is inside it are dropped: their directives wait for the next element.
  void dropped(Element& e) {
    std::vector<std::string> all;
    collect(e, all);
    for (auto it = all.rbegin(); it != all.rend(); ++it) pending_.push_front({e.loc, std::move(*it)});
  }

  // The directives after the last element.
  std::vector<std::string> take_rest() {
    std::vector<std::string> rest;
    for (Pending& p : pending_) rest.push_back(std::move(p.text));
    pending_.clear();
    return rest;
  }

 private:
  struct Pending {
    Location at;  // of the comment (or of the dropped element it stood before)
    std::string text;
  };

  static bool before(Location a, Location b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); }

  void wait_again(Element& e) {
    for (auto it = e.directives.rbegin(); it != e.directives.rend(); ++it) pending_.push_front({e.loc, std::move(*it)});
    e.directives.clear();
  }

  static void collect(Element& e, std::vector<std::string>& out) {
    for (std::string& d : e.directives) out.push_back(std::move(d));
    e.directives.clear();
    for (Element& c : e.children) collect(c, out);
  }

  std::deque<Pending> pending_;
};

}  // namespace syncfeed
