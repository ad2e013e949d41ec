// diff --format json as it was written before it streamed (main at 72f4cd2:
// an nlohmann object per change), verbatim but for the names: the oracle of
// diff_json_test.cpp, which wants the same bytes from the new report.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "diff/diff_report.h"

namespace syncfeed::diff::legacy {
namespace {

using json = nlohmann::ordered_json;

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

std::unique_ptr<DiffReport> make_json_report(Output& out) { return std::make_unique<JsonReport>(out); }

}  // namespace syncfeed::diff::legacy
