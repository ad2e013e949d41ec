// email-duplicate: one e-mail address on two different projects. Whole-feed:
// a compact index (rules/compact_index.h) maps each address to the project
// and line where it was first seen; a later project with the same address is
// reported where it happens, naming the first. Memory: 32 to 64 bytes per
// distinct address (feed/key_table.h), nothing per project.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "feed/key_table.h"
#include "rules/compact_index.h"
#include "rules/party/party_rules.h"
#include "rules/value_checks/email_address.h"
#include "rules/value_checks/text_fold.h"
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

// What the rule takes of a project: its id and its distinct addresses.
struct ProjectEmails : RuleDigest {
  struct Address {
    std::uint64_t key;      // text_key of the address's compared form (email_key)
    std::string_view text;  // as sent, for the message
    Location loc;
  };
  explicit ProjectEmails(DigestArena& arena) : addresses(arena.resource()) {}
  KeyedText project_id;
  DigestList<Address> addresses;  // each key once, in document order
};

// text_key(email_key(address)), copying the address only when it has
// upper-case letters to fold: most are written in lower case.
std::uint64_t compared_key(std::string_view trimmed) {
  if (std::none_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return text_key(trimmed);
  return text_key(email_key(trimmed));
}

class EmailDuplicate final : public SplitRule<ProjectEmails> {
 protected:
  void take_keys(const Element& project, ProjectEmails& keys, DigestArena& arena) const override {
    keys.project_id = keyed(arena.keep(project.id));
    for_each_email_value(project, [&](const Element& value) {
      const std::string_view trimmed = trim_space(value.text);  // as email_key trims
      if (trimmed.empty()) return;
      const std::uint64_t key = compared_key(trimmed);
      if (std::any_of(keys.addresses.begin(), keys.addresses.end(), [&](const auto& a) { return a.key == key; }))
        return;
      keys.addresses.push_back({key, arena.keep(value.text), value.loc});
    });
  }

  void resolve_keys(ProjectEmails& keys, RuleContext& context) override {
    bool project_kept = false;
    std::uint64_t project = 0;  // IdStore key of the project's id, kept at most once per project
    for (const ProjectEmails::Address& address : keys.addresses) {
      auto [first, inserted] = first_seen_.try_emplace(address.key);
      if (inserted) {
        if (!project_kept) {
          project = ids_.keep(keys.project_id);
          project_kept = true;
        }
        first = {project, address.loc.line};
        continue;
      }
      if (ids_.equals(first.project, keys.project_id)) continue;  // the same card, sent again
      context.report(address.loc,
                     fmt::format("e-mail {} is also on project {} (line {}); two cards for one customer?",
                                 quoted(address.text), quoted(ids_.text(first.project)), first.line),
                     keys.project_id.text, {}, {}, "Email");
    }
  }

 private:
  struct FirstSeen {
    std::uint64_t project = 0;  // IdStore key of its project id
    std::uint32_t line = 0;
  };

  IdStore ids_;
  KeyTable<FirstSeen> first_seen_;  // by the address's key, a hash: no order to keep
};

}  // namespace

void add_email_duplicate_rule(RuleList& rules) { rules.push_back({kEmailDuplicate, make_rule<EmailDuplicate>}); }

}  // namespace syncfeed
