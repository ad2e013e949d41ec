// Builds the model from a feed's parse events, one Project at a time (internal
// to the reader, feed/reader/; docs/reader.md, "Streaming reader").
//
// It takes start tags, text runs, end tags and comments with their names,
// attributes and locations as plain C++ values, and does everything the model
// needs: the stack of open elements (frames.h), children in canonical order,
// aliases read as their canonical fields, repeated list containers merged,
// custom fields kept whole with their mixed text, suppression directives
// placed (directive_placement.h), and the structural check (rule `schema`,
// unless ReadOptions::xsd leaves it to Xerces's validator), unknown-attribute,
// and the limits on nesting and on a value's length. What it builds and finds
// goes to the FeedSink. It knows nothing of Xerces: xerces_handler.* feeds it
// the parser's events; tests/feed/model_builder_test.cpp feeds it directly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "feed/model.h"
#include "feed/reader.h"
#include "feed/reader/attribute_list.h"
#include "feed/reader/directive_placement.h"
#include "feed/reader/element_name.h"
#include "feed/reader/frames.h"

namespace syncfeed {

// Thrown out of the parse after a finding that ends the file (it is reported
// before): what was read so far stays reported.
struct StopReading {};

// Where byte offsets come from, when ReadOptions::project_spans asks for them.
class SourceOffsets {
 public:
  // Bytes of the input consumed so far.
  virtual std::uint64_t source_offset() const = 0;

 protected:
  ~SourceOffsets() = default;
};

class ModelBuilder {
 public:
  ModelBuilder(FeedSink& sink, const ReadOptions& options) : sink_(sink), options_(options) {}
  ModelBuilder(const ModelBuilder&) = delete;
  ModelBuilder& operator=(const ModelBuilder&) = delete;

  void set_offset_source(const SourceOffsets* offsets) { offsets_ = offsets; }

  // The events, in document order. `start` is where the start tag's `<` stands,
  // a text run's first character. A start tag deeper than ReadOptions::max_depth,
  // or a value longer than max_text, is reported and throws StopReading.
  void start_element(ElementName& name, const AttributeList& attributes, Location start);
  void text(std::u16string_view chars, Location start);
  void end_element();
  // A comment's text (between <!-- and -->): a suppression directive is kept
  // with the element it stands before; any other comment is dropped.
  void comment(std::string text, Location at);

  // Elements open (0 outside the root).
  std::uint32_t depth() const { return depth_; }
  // The open elements, outermost first (the root's frame when it is <Projects>).
  const FrameStack& frames() const { return frames_; }
  // Fills in the ids of the Project, Order and Product open now.
  void fill_ids(Finding& f) const;
  std::uint64_t projects() const { return projects_; }
  // The suppression directives after the last element, once the document is read.
  std::vector<std::string> trailing_directives() { return directives_.take_rest(); }

 private:
  // What the builder makes of an element the format does not list where it stands.
  struct Unknown {
    Kind shape;      // the structure it must have (Frame::shape)
    bool unchecked;  // Frame::unchecked
  };

  [[noreturn]] void stop(Location loc, std::string message);
  void structural(Location loc, std::string message, std::string_view field = {});
  void unknown_attribute(Location loc, std::string message, std::string_view attribute);
  void append_text(std::string& text, std::u16string_view chars);
  void stray_text(const Frame& frame, Location at);
  void mixed_text(const Frame& frame, Location at);

  void start_root(const std::string& name, Location start, const AttributeList& attributes);
  void start_child(ElementName& element_name, Location start, const AttributeList& attributes);
  void start_inside_custom(Frame& parent, ElementName& element_name, Location start, const AttributeList& attributes);
  Unknown shape_of_unknown(Frame& parent, Kind parent_shape, const std::string& name, Location start);
  Element& new_child(Frame& parent, Kind kind);
  void read_attributes(Frame& frame, const AttributeList& attributes, Location start);
  void drop_attributes(Frame& frame, const AttributeList& attributes, Location start);
  void place_pending_text(Frame& frame);
  void end_child();
  void drop_stray(Element& e, Kind list, std::string_view where);
  void settle_last_child(Element& parent);
  void hand_over(Element& project);

  FeedSink& sink_;
  const ReadOptions& options_;
  const SourceOffsets* offsets_ = nullptr;
  std::uint64_t span_begin_ = 0;
  std::uint64_t projects_ = 0;
  Element root_;  // <Projects>, which keeps no children
  Element top_;   // the child of <Projects> being read (a Project)
  FrameStack frames_;
  ReaderDirectives directives_;
  std::uint32_t depth_ = 0;
  std::uint32_t skip_depth_ = 0;
};

}  // namespace syncfeed
