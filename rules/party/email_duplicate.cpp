// email-duplicate: one e-mail address on two different projects. Whole-feed:
// a compact index (rules/compact_index.h) maps each address to the project
// and line where it was first seen; a later project with the same address is
// reported where it happens, naming the first. Memory: about 60 bytes per
// distinct address, nothing per project.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "rules/compact_index.h"
#include "rules/party/party_rules.h"
#include "rules/value_checks/email_address.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kEmailDuplicate{
    .id = "email-duplicate",
    .severity = Severity::Info,
    .summary = "The same e-mail address on two different projects",
    .description =
        "MiniCRM keys a project card by its `Project Id`, not by e-mail: two projects with the same "
        "address make two cards for what is probably one customer, and MiniCRM's e-mails and "
        "automations reach that person twice. A common cause is a guest order followed by a "
        "registration (MiniCRM's own plugin gives guests ids from 1000000), or one person buying "
        "for two companies. It can be right, so this is information, not a warning.\n\n"
        "Addresses are compared without surrounding spaces and with ASCII letters in lower case "
        "(`Anna@Example.hu` is `anna@example.hu`). The same address twice within one project, or on "
        "a project whose `Id` is sent twice (project-id-duplicate), is one card and is not "
        "reported. The finding is at each later project and names the first one. Empty values are "
        "ignored.",
    .fix =
        "If it is one customer, send one project for them (merge the guest's orders into the "
        "registered customer's project). If the projects are rightly separate, ignore this rule "
        "for the feed (`--ignore email-duplicate`).",
    .failing_line = 14,
    .whole_feed = true,
};

class EmailDuplicate final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    std::vector<std::uint64_t> in_this_project;
    for (const Element* value : email_values(project)) {
      const std::string address = email_key(value->text);
      if (address.empty()) continue;
      const std::uint64_t key = text_key(address);
      if (std::find(in_this_project.begin(), in_this_project.end(), key) != in_this_project.end()) continue;
      in_this_project.push_back(key);

      auto [it, inserted] = first_seen_.try_emplace(key);
      if (inserted) {
        it->second = {project_key(project), value->loc.line};
        continue;
      }
      if (ids_.equals(it->second.project, project.id)) continue;  // the same card, sent again
      context.report(value->loc,
                     fmt::format("e-mail {} is also on project {} (line {}); two cards for one customer?",
                                 quoted(value->text), quoted(ids_.text(it->second.project)), it->second.line),
                     {&project}, "Email");
    }
    current_project_kept_ = false;
  }

 private:
  struct FirstSeen {
    std::uint64_t project = 0;  // IdStore key of its project id
    std::uint32_t line = 0;
  };

  // The current project's id in the store, kept at most once per project.
  std::uint64_t project_key(const Element& project) {
    if (!current_project_kept_) {
      current_project_ = ids_.keep(project.id);
      current_project_kept_ = true;
    }
    return current_project_;
  }

  IdStore ids_;
  std::unordered_map<std::uint64_t, FirstSeen> first_seen_;
  std::uint64_t current_project_ = 0;
  bool current_project_kept_ = false;
};

}  // namespace

void add_email_duplicate_rule(RuleList& rules) { rules.push_back({kEmailDuplicate, make_rule<EmailDuplicate>}); }

}  // namespace syncfeed
