#include "diff/diff_report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace syncfeed::diff {
namespace {

using json = nlohmann::ordered_json;

std::string quoted(const std::string& value) {
  return json(value).dump(-1, ' ', false, json::error_handler_t::replace);
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

class JsonReport final : public DiffReport {
 public:
  explicit JsonReport(Output& out) : DiffReport(out) { out_.write("{\"changes\": ["); }

  void finish() override {
    json summary = {{"projects_changed", summary_.changed},
                    {"projects_added", summary_.added},
                    {"projects_removed", summary_.removed},
                    {"projects_unchanged", summary_.unchanged},
                    {"changes", summary_.changes}};
    out_.write(fmt::format("{}],\n\"summary\": {}}}\n", summary_.changes ? "\n" : "",
                           summary.dump(-1, ' ', false, json::error_handler_t::replace)));
  }

 private:
  void write_project(const std::vector<Change>& changes, Op) override {
    for (const Change& c : changes) {
      json entry = {{"op", op_name(c.op)},
                    {"path", c.path},
                    {"old", c.old_value ? json(*c.old_value) : json(nullptr)},
                    {"new", c.new_value ? json(*c.new_value) : json(nullptr)},
                    {"record", c.record}};
      out_.write(first_ ? "\n  " : ",\n  ");
      out_.write(entry.dump(-1, ' ', false, json::error_handler_t::replace));
      first_ = false;
    }
  }
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
