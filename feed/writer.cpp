#include "feed/writer.h"

#include <algorithm>
#include <array>

namespace syncfeed {

namespace {

// What a character becomes in text or in an attribute value; empty: itself.
using Replacements = std::array<std::string_view, 256>;

constexpr Replacements text_replacements() {
  Replacements r{};
  r['&'] = "&amp;";
  r['<'] = "&lt;";
  r['>'] = "&gt;";
  r['\r'] = "&#13;";  // a parser would turn a raw CR into LF
  return r;
}

constexpr Replacements attribute_replacements() {
  Replacements r{};
  r['&'] = "&amp;";
  r['<'] = "&lt;";
  r['"'] = "&quot;";
  r['\t'] = "&#9;";  // attribute-value normalisation would make these spaces
  r['\n'] = "&#10;";
  r['\r'] = "&#13;";
  return r;
}

constexpr Replacements kText = text_replacements();
constexpr Replacements kAttribute = attribute_replacements();

// Appends `text` with each character that `with` names replaced. Runs of
// characters that need nothing are appended whole: values rarely hold
// anything to escape, and one append per run instead of one push_back per
// character is most of what fmt spends on writing.
void escape(std::string& out, std::string_view text, const Replacements& with) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view replacement = with[static_cast<unsigned char>(text[i])];
    if (replacement.empty()) continue;
    out.append(text.data() + run, i - run);
    out += replacement;
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

}  // namespace

void escape_text(std::string& out, std::string_view text) { escape(out, text, kText); }

void escape_attribute(std::string& out, std::string_view value) { escape(out, value, kAttribute); }

namespace {

void open_tag(std::string& out, const Element& e) {
  out += '<';
  out += e.tag();
  if (e.has_id) {
    out += " Id=\"";
    escape_attribute(out, e.id);
    out += '"';
  }
  for (const Attribute& a : e.attributes) {
    out += ' ';
    out += a.name;
    out += "=\"";
    escape_attribute(out, a.value);
    out += '"';
  }
}

bool has_text_children(const Element& e) {
  return std::any_of(e.children.begin(), e.children.end(), [](const Element& c) { return c.kind == Kind::Text; });
}

void close_tag(std::string& out, const Element& e) {
  out += "</";
  out += e.tag();
  out += '>';
}

void comment(std::string& out, const std::string& text) {
  out += "<!--";
  out += text;
  out += "-->";
}

// The suppression directives that stand before an element, one a line
// (feed/directive.h); or none, for a value (diff, the simulator).
void write_directives(std::string& out, const std::vector<std::string>& directives, int depth, bool keep) {
  if (!keep) return;
  for (const std::string& d : directives) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    comment(out, d);
    out += '\n';
  }
}

}  // namespace

// Mixed content is written on one line: any whitespace added would be data,
// so the directives of the children stand right before them, on that line.
void append_inline(std::string& out, const Element& e, Directives directives) {
  const bool keep = directives == Directives::Keep;
  if (e.kind == Kind::Text) return escape_text(out, e.text);
  open_tag(out, e);
  if (e.children.empty() && e.text.empty()) {
    out += "/>";
    return;
  }
  out += '>';
  escape_text(out, e.text);
  for (const Element& c : e.children) {
    if (keep)
      for (const std::string& d : c.directives) comment(out, d);
    append_inline(out, c, directives);
  }
  close_tag(out, e);
}

namespace {

void write_element(std::string& out, const Element& e, int depth, bool keep) {
  write_directives(out, e.directives, depth, keep);
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  if (e.children.empty() || has_text_children(e)) {
    append_inline(out, e, keep ? Directives::Keep : Directives::Omit);
    out += '\n';
    return;
  }
  open_tag(out, e);
  out += ">\n";
  for (const Element& c : e.children) write_element(out, c, depth + 1, keep);
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  close_tag(out, e);
  out += '\n';
}

constexpr std::string_view kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
constexpr std::size_t kFlushAt = 1 << 16;

}  // namespace

std::string canonical_element(const Element& element, int depth, Directives directives) {
  std::string out;
  write_element(out, element, depth, directives == Directives::Keep);
  return out;
}

// A writer destroyed before end() was abandoned (the input broke off): what
// is still buffered is not written, so an output never ends in a half project.
CanonicalWriter::~CanonicalWriter() = default;

void CanonicalWriter::begin() { buffer_ += kDeclaration; }

void CanonicalWriter::project(const Element& project) {
  if (!root_open_) {
    buffer_ += "<Projects>\n";
    root_open_ = true;
  }
  write_element(buffer_, project, 1, true);
  flush_if_full();
}

void CanonicalWriter::project_into(std::string& out, const Element& project) { write_element(out, project, 1, true); }

void CanonicalWriter::project_text(std::string_view text) {
  if (!root_open_) {
    buffer_ += "<Projects>\n";
    root_open_ = true;
  }
  buffer_ += text;
  flush_if_full();
}

void CanonicalWriter::end(const std::vector<std::string>& trailing_directives) {
  if (ended_) return;
  ended_ = true;
  if (!root_open_ && !trailing_directives.empty()) {
    buffer_ += "<Projects>\n";
    root_open_ = true;
  }
  write_directives(buffer_, trailing_directives, 1, true);
  buffer_ += root_open_ ? "</Projects>\n" : "<Projects/>\n";
  out_.write(buffer_);
  buffer_.clear();
}

void CanonicalWriter::flush_if_full() {
  if (buffer_.size() < kFlushAt) return;
  out_.write(buffer_);
  buffer_.clear();
}

std::string canonical_document(const std::vector<Element>& projects) {
  StringOutput out;
  {
    CanonicalWriter writer(out);
    writer.begin();
    for (const Element& p : projects) writer.project(p);
    writer.end();
  }
  return out.text;
}

}  // namespace syncfeed
