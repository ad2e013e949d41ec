#include "diff/diff_report.h"

#include <fmt/format.h>

#include "feed/json_writer.h"

namespace syncfeed::diff {
namespace {

std::string quoted(const std::string& value) {
  std::string out;
  append_json_string(out, value);
  return out;
}

std::string plural(std::uint64_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

class TextReport final : public DiffReport {
 public:
  TextReport(Output& out, bool color) : DiffReport(out), color_(color) {}

  void finish() override {
    if (summary_.changes > 0) out_.write("\n");
    out_.write(fmt::format("{} changed, {} added, {} removed\n", plural(summary_.changed, "project", "projects"),
                           summary_.added, summary_.removed));
  }

 private:
  void write_project(const std::vector<Change>& changes, Op project_op) override {
    if (project_op != Op::Change) return line(changes.front(), "");  // one line: the whole project
    // A header naming the project, then its changes.
    const std::string& path = changes.front().path;
    line_start(Op::Change, "");
    out_.write(path.substr(0, path.find('/')));
    line_end();
    for (const Change& c : changes) line(c, "  ");
  }

  void line(const Change& c, std::string_view indent) {
    line_start(c.op, indent);
    out_.write(c.path);
    if (!c.record) {
      if (c.op == Op::Change)
        out_.write(fmt::format(": {} -> {}", quoted(*c.old_value), quoted(*c.new_value)));
      else
        out_.write(": " + quoted(c.op == Op::Add ? *c.new_value : *c.old_value));
    }
    line_end();
  }

  void line_start(Op op, std::string_view indent) {
    out_.write(indent);
    if (color_) out_.write(op == Op::Add ? "\x1b[32m" : op == Op::Remove ? "\x1b[31m" : "\x1b[33m");
    out_.write(op == Op::Add ? "+ " : op == Op::Remove ? "- " : "~ ");
  }
  void line_end() { out_.write(color_ ? "\x1b[0m\n" : "\n"); }

  bool color_;
};

// One change a line in the compact layout, written as it goes (no object per change).
class JsonReport final : public DiffReport {
 public:
  explicit JsonReport(Output& out) : DiffReport(out), buffer_(out), json_(buffer_, JsonWriter::Layout::Compact) {
    json_.raw("{\"changes\": [");
  }

  void finish() override {
    json_.raw(summary_.changes ? "\n],\n\"summary\": " : "],\n\"summary\": ");
    json_.begin_object();
    json_.key("projects_changed").value(summary_.changed);
    json_.key("projects_added").value(summary_.added);
    json_.key("projects_removed").value(summary_.removed);
    json_.key("projects_unchanged").value(summary_.unchanged);
    json_.key("changes").value(summary_.changes);
    json_.end_object().raw("}\n");
    buffer_.flush();
  }

 private:
  void write_project(const std::vector<Change>& changes, Op) override {
    for (const Change& c : changes) {
      json_.raw(first_ ? "\n  " : ",\n  ");
      first_ = false;
      json_.begin_object();
      json_.key("op").value(op_name(c.op)).key("path").value(c.path);
      json_.key("old").value(c.old_value).key("new").value(c.new_value);
      json_.key("record").value(c.record);
      json_.end_object();
    }
  }
  OutputBuffer buffer_;
  JsonWriter json_;
  bool first_ = true;
};

}  // namespace

void DiffReport::project(const std::vector<Change>& changes, Op project_op) {
  if (changes.empty()) return unchanged();
  switch (project_op) {
    case Op::Add: ++summary_.added; break;
    case Op::Remove: ++summary_.removed; break;
    case Op::Change: ++summary_.changed; break;
  }
  summary_.changes += changes.size();
  write_project(changes, project_op);
}

std::unique_ptr<DiffReport> make_text_report(Output& out, bool color) {
  return std::make_unique<TextReport>(out, color);
}
std::unique_ptr<DiffReport> make_json_report(Output& out) { return std::make_unique<JsonReport>(out); }

}  // namespace syncfeed::diff
