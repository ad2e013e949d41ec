// email-format: an e-mail value that cannot be an address. The check itself
// is rules/value_checks/email_address.h; this file says where e-mails are and what
// to tell the user.
#include <fmt/format.h>

#include "rules/party/party_rules.h"
#include "rules/value_checks/email_address.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kEmailFormat{
    .id = "email-format",
    .severity = Severity::Warning,
    .summary = "An e-mail value that is not a plausible address",
    .description =
        "MiniCRM sends e-mails to the addresses of a project's Business and Contacts, matches "
        "contacts by e-mail on update, and its Webshop module's automations (lost basket, loyalty) "
        "depend on them. An address with a typo or with something else pasted in never receives "
        "anything, silently.\n\n"
        "Plausible means the everyday shape `local@domain.tld`: no spaces, exactly one `@`, before "
        "it the characters an address may use (letters, digits, `.` `_` `-` `+` and the other RFC "
        "5322 specials; non-ASCII letters too), after it a domain with at least one dot, no empty "
        "part (`gmail..com`, `.hu`), and a top-level domain of two or more characters. It catches "
        "`anna@gmail`, `anna.gmail.com`, `anna@@gmail.com`, `Kovács Anna <anna@example.hu>`, two "
        "addresses in one value, and spaces before or after the address.\n\n"
        "An empty `<Value/>` is not checked: MiniCRM's own plugin writes empty elements for values "
        "it does not know, and an empty value is no address to send to.",
    .fix =
        "Send one bare address per `<Email><Value>`: no name, no `mailto:`, no spaces. For "
        "several addresses, repeat `<Email>`. Fix typos at the source (the shop's customer "
        "record).",
    .failing_line = 11,
};

class EmailFormat final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_email_value(project, [&](const Element& value) {
      if (is_blank(value.text)) return;  // no address given (see the description)
      const std::string problem = email_problem(value.text);
      if (problem.empty()) return;
      context.report(value.loc,
                     fmt::format("e-mail {} is not a plausible address: {}; expected an address like "
                                 "name@example.com",
                                 quoted(value.text), problem),
                     {&project}, "Email");
    });
  }
};

}  // namespace

void add_email_format_rule(RuleList& rules) { rules.push_back({kEmailFormat, make_rule<EmailFormat>}); }

}  // namespace syncfeed
