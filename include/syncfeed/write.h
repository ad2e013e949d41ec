// syncfeed's public C++ API: writing feeds in canonical form (docs/format.md
// §5). The same model always gives the same bytes.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "syncfeed/model.h"

namespace syncfeed {

// The canonical XML of a whole feed.
std::string write_feed(const std::vector<Element>& projects);
// The canonical XML of one element (a Project, an Order...) and what it holds.
std::string write_element(const Element& element);

// Writes a feed project by project, so that memory does not grow with it:
//   FeedWriter writer(out);
//   for (...) writer.project(p);
//   writer.finish();
// finish() (or the destructor) closes the root element.
class FeedWriter {
 public:
  explicit FeedWriter(std::ostream& out);
  ~FeedWriter();
  FeedWriter(const FeedWriter&) = delete;
  FeedWriter& operator=(const FeedWriter&) = delete;

  void project(const Element& project);
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace syncfeed
