// The canonical writer (docs/format.md §5), streaming: begin(), then one
// project() per Project, then end(). The same model always gives the same bytes.
//
// Suppression directives (feed/directive.h) are the only comments it writes:
// each on a line of its own, indented like the element it stands before
// (Element::directives); inside mixed content, right before that element on
// the same line; the ones after the last element just before </Projects>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feed/model.h"
#include "feed/output.h"

namespace syncfeed {

class CanonicalWriter {
 public:
  explicit CanonicalWriter(Output& out) : out_(out) {}
  ~CanonicalWriter();
  CanonicalWriter(const CanonicalWriter&) = delete;
  CanonicalWriter& operator=(const CanonicalWriter&) = delete;

  void begin();                          // the XML declaration; <Projects> waits for a project
  void project(const Element& project);  // one <Project>, indented one level
  // One <Project> as project() writes it, appended to `out` (on another
  // thread: fmt of a file read in parts), and that text written in its place.
  static void project_into(std::string& out, const Element& project);
  void project_text(std::string_view text);
  // The directives after the last element (ReadSummary::trailing_directives),
  // then </Projects>; <Projects/> for an empty feed without any.
  void end(const std::vector<std::string>& trailing_directives = {});

 private:
  void flush_if_full();
  Output& out_;
  std::string buffer_;
  bool root_open_ = false;
  bool ended_ = false;
};

// Whether the directives are written: a feed keeps them; a value shown or
// stored as XML (diff, the simulator's custom fields) is data only.
enum class Directives { Keep, Omit };

// One element (and what it holds) in canonical form at the given depth,
// each line ending in LF.
std::string canonical_element(const Element& element, int depth = 0, Directives directives = Directives::Keep);

// One element and what it holds on one line, no whitespace added between
// tags: how the canonical form writes mixed content (whitespace there would
// be data), and gen's plugin layout (gen/compact_writer.h) a whole project.
void append_inline(std::string& out, const Element& element, Directives directives);

// A whole document: the declaration, <Projects> and these projects.
std::string canonical_document(const std::vector<Element>& projects);

// Escaping as the canonical form does it: text keeps exactly what a parser
// gives back; attribute values too (TAB, CR and LF as character references).
void escape_text(std::string& out, std::string_view text);
void escape_attribute(std::string& out, std::string_view value);

}  // namespace syncfeed
