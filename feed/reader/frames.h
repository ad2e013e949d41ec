// The reader's stack of open elements (internal to the reader, feed/reader/).
//
// Elements are built in place: an open element is the last child of its
// parent, so that nothing is moved into its parent when it ends, and only the
// innermost element ever gets children, so no pointer on the stack goes stale.
// The frames themselves are reused: a level keeps its text buffer's capacity
// from one element to the next.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "feed/model.h"

namespace syncfeed {

struct Frame {
  Element* element = nullptr;
  // The structure the element must have: its kind, or for an element the
  // format does not list there, what the XSD declares for its name
  // (declared_shape); Kind::Custom when anything goes. The model keeps such
  // an element whole as a custom element; its shape is only checked.
  Kind shape = Kind::Custom;
  bool flat_value = false;  // a flat <Email>/<Phone>: its text is the Value
  bool has_element_children = false;
  // An element the format does not know, in a list or the root: unknown-element's,
  // and what it holds is not checked; in XSD mode Xerces's complaints about it are not reported.
  bool unchecked = false;
  // A list's first child that the format names but that is not the list's
  // item (<Name> in <Orders>): Xerces's complaint at the list's end names
  // only the first child that does not fit, which may be an unknown one.
  std::string first_misplaced;
  std::string pending_text;  // custom fields: text not yet placed
  Location pending_text_at;  // where its first character that is not whitespace stands (line 0: none yet)
};

class FrameStack {
 public:
  // Opens a frame for `element`; the references given out before may move.
  Frame& push(Element& element) {
    if (size_ == frames_.size()) frames_.emplace_back();
    Frame& frame = frames_[size_++];
    frame.element = &element;
    frame.shape = element.kind;
    frame.flat_value = false;
    frame.has_element_children = false;
    frame.unchecked = false;
    frame.first_misplaced.clear();
    frame.pending_text.clear();
    frame.pending_text_at = {};
    return frame;
  }
  void pop() { --size_; }

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  Frame& back() { return frames_[size_ - 1]; }
  const Frame& back() const { return frames_[size_ - 1]; }
  Frame& parent_of_back() { return frames_[size_ - 2]; }
  const Frame* begin() const { return frames_.data(); }
  const Frame* end() const { return frames_.data() + size_; }

 private:
  std::vector<Frame> frames_;
  std::size_t size_ = 0;
};

}  // namespace syncfeed
