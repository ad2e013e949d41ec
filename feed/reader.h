// The streaming reader: Xerces-C++ SAX2 underneath, one complete Project at a
// time handed to a FeedSink, then freed. Memory does not grow with the feed.
//
// Secure by construction: no DTD is processed (a DOCTYPE ends the file with an
// xml-dtd finding before its internal subset is read, so no entity is ever
// declared or expanded), nothing external is loaded. The network is touched
// only to download the feed itself when it is named by a URL (net/).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "feed/finding.h"
#include "feed/model.h"
#include "net/download_options.h"

namespace syncfeed {

class GrowingFile;

struct ReadOptions {
  // Also validate with Xerces against the embedded xsd/syncfeed.xsd. The
  // reader's own structural check (always on) reports the same violations
  // faster and with better messages; this is the reference, for --xsd.
  bool xsd = false;
  std::uint32_t max_depth = 256;       // element nesting
  std::uint64_t max_text = 16u << 20;  // bytes in one value
  // (max_text + 1 MiB also bounds the input read between two parser events:
  // an element name, attribute, comment or CDATA section; feed/reader/input_guard.h.)
  // Report where each Project lies in the input (FeedSink::on_project_span).
  // Off by default: Xerces then has to count source bytes, which costs a little.
  bool project_spans = false;
  // When set, every block read from the input adds its size here, as it is
  // read: a progress bar on another thread reads it (feed/progress.h).
  std::atomic<std::uint64_t>* bytes_read = nullptr;
  // How a feed named by a URL is downloaded (credentials, CA, timeouts, size
  // limit; its size_known gives a progress bar its total).
  net::DownloadOptions download;
  // Threads that may read one large file in parts (read_feed only; 0: one per
  // core; 1: in one piece). The sink is told exactly what a reading in one
  // piece tells it, in the same order; files below kMinPartedBytes, standard
  // input, --xsd, project spans and whatever the split is not sure about are
  // read in one piece (docs/parallel.md).
  unsigned jobs = 1;
  // The file is still being written (feed/growing_file.h): read_feed reads
  // it as it grows, waiting at its end until the writer appends more or
  // finishes it, in one piece. A writer that failed makes the reading an I/O
  // error (ReadSummary::opened false) with the writer's reason. serve reads a
  // feed so while its body arrives.
  const GrowingFile* growing = nullptr;
  // The input's bytes were checked as UTF-8 already, and the reader need not
  // check them again (a part of a file read in parts: the plan checked the
  // whole file).
  bool checked_utf8 = false;
};

// From this size on, a file read with ReadOptions::jobs > 1 is read in parts
// of kPartBytes (docs/parallel.md says how they were measured). The
// environment variable SYNCFEED_PART_BYTES=N, for tests, makes parts of N
// bytes from any size on.
inline constexpr std::uint64_t kMinPartedBytes = 16u << 20;
inline constexpr std::uint64_t kPartBytes = 256u << 10;

// An element standing in a list, or directly in <Projects>, that is not
// the list's item (FeedSink::on_stray). Valid during the call only.
struct StrayElement {
  const Element& element;                             // as read, whole (a Kind::Custom element)
  Kind list;                                          // the list it stood in (Projects for the root)
  std::string_view project_id, order_id, product_id;  // the records it stood in, where there are
};

// What a sink's ProjectChecker keeps of a project for the calling thread, in
// the project's place (lint's compact record: the keys its whole-feed rules
// compare, where the project's elements start for the suppressions).
class ProjectDigest {
 public:
  virtual ~ProjectDigest() = default;
};

// When a file is read in parts (docs/parallel.md), the checks a sink makes
// on one project alone, run on the thread that read the project, while it is
// still in the cache. One per thread; what it finds goes to the sink's
// on_checked, on the calling thread, just before the stray or project it was
// found in is told.
class ProjectChecker {
 public:
  virtual ~ProjectChecker() = default;
  virtual void stray(const StrayElement& stray, std::vector<Finding>& found) = 0;
  virtual void project(const Element& project, std::vector<Finding>& found) = 0;
  // A sink that needs only text made of each project (fmt's canonical form)
  // makes it here, after project(), and returns true: the sink is then told
  // that text (FeedSink::on_project_text) in the project's place, and the
  // worker frees the project at once, while it is in its cache.
  virtual bool project_text(const Element& /*project*/, std::string& /*text*/) { return false; }
  // The same for a sink that needs a compact record of each project (lint):
  // made after project() when project_text made nothing; the sink is told
  // it (FeedSink::on_project_digest) in the project's place, and the worker
  // frees the project. nullptr: the sink is told the project.
  virtual std::unique_ptr<ProjectDigest> project_digest(const Element& /*project*/) { return nullptr; }
  // The comments of a part, as they are read (before the project they stand
  // in, in the part's order): what a digest needs may depend on them.
  virtual void comment(std::string_view /*text*/, Location /*loc*/) {}
};

// What the reader hands over, in document order.
class FeedSink {
 public:
  virtual ~FeedSink() = default;
  // A complete Project, children in canonical order. Freed after return.
  virtual void on_project(Element& project) = 0;
  // With ReadOptions::project_spans, called just before each on_project: the
  // Project lies within the input's bytes [begin, end). `begin` is where the
  // previous Project (or the root's start tag) ended, so the span may start
  // with whitespace, comments or stray elements; `end` is just past
  // </Project>. Parsing the bytes before the first span, a span, and the bytes
  // after the last span gives that Project again (diff/ reads records back so).
  // Offsets are Xerces's: they count from the first byte after a byte-order
  // mark, which Xerces skips (add its 2, 3 or 4 bytes to seek in the file).
  virtual void on_project_span(std::uint64_t /*begin*/, std::uint64_t /*end*/) {}
  // An XML-level finding (xml-*, schema). file and severity are left to the caller.
  virtual void on_finding(Finding finding) = 0;
  // A comment, with its location (suppressions are comments).
  virtual void on_comment(std::string_view /*text*/, Location /*loc*/) {}
  // Something the model does not keep: a comment (but a suppression
  // directive, which is kept), a processing instruction, a DOCTYPE, text or
  // an attribute the format has no place for.
  virtual void on_dropped(std::string_view /*what*/, Location /*loc*/) {}
  // An element the model has no place for because it stands in a list or
  // directly in <Projects> and is not the list's item (<Orders><Count>):
  // handed over whole, with the list and the records it stood in, just
  // before it is dropped (on_dropped says so too), so that rules can report
  // it (unknown-element). Called for every such element, known name or not.
  virtual void on_stray(const StrayElement& /*stray*/) {}
  // A file read in parts asks for one checker per thread, before any part is
  // read (on the calling thread); nullptr: the sink checks everything itself.
  virtual std::unique_ptr<ProjectChecker> project_checker() { return nullptr; }
  // What a ProjectChecker found in the stray or project told next.
  virtual void on_checked(std::vector<Finding> /*found*/) {}
  // What a ProjectChecker's project_text made of the next project, told instead of on_project.
  virtual void on_project_text(std::string& /*text*/) {}
  // What a ProjectChecker's project_digest made of the next project, told instead of on_project.
  virtual void on_project_digest(ProjectDigest& /*digest*/) {}
};

struct ReadSummary {
  // false: the input could not be read (io_error, one line, says why): a file
  // that cannot be opened, or a download that failed, maybe after some
  // projects were handed over (a body cut short): the sink must drop them.
  bool opened = true;
  std::string io_error;
  bool complete = false;  // read to the end (false after a fatal finding)
  std::string encoding;   // declared, else detected
  std::uint64_t projects = 0;
  // Suppression directives after the last element (each the text between
  // <!-- and -->): the canonical form writes them just before </Projects>.
  // The others come with the element they stand before (Element::directives).
  std::vector<std::string> trailing_directives;
};

// Reads a file (one still being written: ReadOptions::growing), standard
// input when path is "-", or a URL (http://, https://, ftp://, ftps://:
// net/url.h) streamed as it downloads.
ReadSummary read_feed(const std::string& path, FeedSink& sink, const ReadOptions& options = {});
// Reads a document held in memory; `name` is used in messages.
ReadSummary read_feed_text(std::string_view xml, FeedSink& sink, const ReadOptions& options = {});

// Rule ids of the findings the reader makes.
namespace reader_rules {
inline constexpr std::string_view kNotWellFormed = "xml-not-well-formed";
inline constexpr std::string_view kEncoding = "xml-encoding";
inline constexpr std::string_view kDtd = "xml-dtd";
inline constexpr std::string_view kSchema = "schema";
inline constexpr std::string_view kLimit = "input-limit";
// An attribute the format does not have (rules/structure/unknown_attribute.cpp).
inline constexpr std::string_view kUnknownAttribute = "unknown-attribute";
// The findings that end the reading of a file: the rest of it was not checked.
inline bool stops_reading(std::string_view rule) { return rule == kNotWellFormed || rule == kDtd || rule == kLimit; }
}  // namespace reader_rules

}  // namespace syncfeed
