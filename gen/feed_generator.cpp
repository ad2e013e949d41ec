#include "gen/feed_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "feed/writer.h"
#include "gen/builder.h"
#include "gen/compact_writer.h"
#include "gen/defects.h"
#include "gen/transcode.h"

namespace syncfeed::gen {
namespace {

// Stream numbers of mix_seed: the content of the feed and the injection of
// defects draw from separate streams, so that defects do not change the
// choices the content is made of.
constexpr std::uint64_t kContentStream = 1;
constexpr std::uint64_t kDefectStream = 2;
constexpr std::size_t kFlushAt = 1 << 20;

struct PlannedDefect {
  const Defect* defect;
  std::uint64_t anchor;       // this project always gets it
  std::uint64_t per_million;  // and each other one with this chance
};

std::vector<PlannedDefect> plan(const GenOptions& options, const DefectOptions& defects, Source& source) {
  std::uint64_t per_million = 0;
  if (defects.rate) {
    if (!(*defects.rate >= 0.0 && *defects.rate <= 1.0))
      throw std::invalid_argument(fmt::format("the defect rate must be between 0 and 1, not {}", *defects.rate));
    per_million = static_cast<std::uint64_t>(std::llround(*defects.rate * 1e6));
  }
  // Each rule's anchor is a project of its own (while there are enough), and
  // an anchor gets its rule alone: another injector cannot undo it there (a
  // contact made for email-format would repair party-missing), so every rule
  // asked for is reported however many are combined.
  const std::uint64_t start = options.projects ? source.below(options.projects) : 0;
  std::vector<PlannedDefect> planned;
  for (const std::string& rule : defects.rules) {
    const Defect* defect = find_defect(rule);
    if (!defect) throw std::invalid_argument(fmt::format("no defect injector for the rule '{}'", rule));
    const std::uint64_t anchor = options.projects ? (start + planned.size()) % options.projects : 0;
    planned.push_back({defect, anchor, per_million});
  }
  return planned;
}

class FeedWriter {
 public:
  explicit FeedWriter(Output& out) : out_(out) {}
  void raw(std::string_view text) {
    buffer_ += text;
    bytes_ += text.size();
    if (buffer_.size() >= kFlushAt) flush();
  }
  void flush() {
    out_.write(buffer_);
    buffer_.clear();
  }
  std::uint64_t bytes() const { return bytes_; }

 private:
  Output& out_;
  std::string buffer_;
  std::uint64_t bytes_ = 0;
};

}  // namespace

GenSummary generate_feed(const GenOptions& options, const DefectOptions& defects, Output& out) {
  SeededSource content(mix_seed(options.seed, kContentStream));
  SeededSource injection(mix_seed(options.seed, kDefectStream));
  return generate_feed_from(content, injection, options, defects, out);
}

GenSummary generate_feed_from(Source& content, Source& injection, const GenOptions& options,
                              const DefectOptions& defects, Output& out) {
  FeedContext context(options, content);
  const std::vector<PlannedDefect> planned = plan(options, defects, injection);

  DocumentPlan document;
  for (const PlannedDefect& p : planned)
    if (p.defect->document) p.defect->document(document);
  std::unique_ptr<TranscodingOutput> transcoder;
  if (document.encoding != "UTF-8") transcoder = std::make_unique<TranscodingOutput>(out, document.encoding);
  FeedWriter writer(transcoder ? static_cast<Output&>(*transcoder) : out);

  GenSummary summary;
  const bool plugin = options.style == Style::Plugin;
  const std::string_view line_end = plugin ? "" : "\n";  // the plugin writes the whole feed on one line
  if (plugin && document.encoding == "UTF-8")
    writer.raw(kPluginDeclaration);
  else
    writer.raw(fmt::format("<?xml version=\"1.0\" encoding=\"{}\"?>{}", document.encoding, line_end));
  if (!document.doctype.empty()) writer.raw(document.doctype + "\n");
  writer.raw(options.projects == 0 ? "<Projects/>\n" : plugin ? "<Projects>" : "<Projects>\n");

  std::vector<Element> companions;
  std::string text;
  bool ended = false;  // a defect cut the file off
  for (std::uint64_t i = 0; i < options.projects && !ended; ++i) {
    Element project = make_project(content, context);
    std::vector<const Defect*> text_defects;
    const bool anchor =
        std::any_of(planned.begin(), planned.end(), [&](const PlannedDefect& p) { return p.anchor == i; });
    for (const PlannedDefect& p : planned) {
      if (p.defect->document) continue;
      const bool by_rate = p.per_million > 0 && injection.chance(p.per_million, 1000000);
      if (!(i == p.anchor || (by_rate && !anchor))) continue;
      ++summary.injected;
      DefectContext dc{injection, context, companions};
      inject(*p.defect, project, dc);
      if (p.defect->text) text_defects.push_back(p.defect);
    }
    companions.insert(companions.begin(), std::move(project));
    for (const Element& written : companions) {
      if (plugin) {
        text.clear();
        append_compact(text, written);
      } else {
        text = canonical_element(written, 1);
      }
      if (&written == &companions.front())
        for (const Defect* d : text_defects) d->text(text, injection, ended);
      writer.raw(text);
      ++summary.projects;
      if (ended) break;
    }
    companions.clear();
  }
  if (options.projects > 0 && !ended) writer.raw("</Projects>\n");
  writer.flush();
  summary.bytes = writer.bytes();
  return summary;
}

}  // namespace syncfeed::gen

namespace syncfeed {

// Declared in include/syncfeed/gen.h (gen::generate_feed_text names it too).
std::string generate_feed_text(const GenOptions& options, const DefectOptions& defects) {
  StringOutput out;
  gen::generate_feed(options, defects, out);
  return std::move(out.text);
}

}  // namespace syncfeed
