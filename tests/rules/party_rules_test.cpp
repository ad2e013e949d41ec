// The Business and contacts rules: party-missing, contact-without-business,
// business-name-missing, contact-name-missing, email-format, email-duplicate.
#include <catch2/catch.hpp>

#include <string>

#include "rule_check.h"

using namespace syncfeed;
using syncfeed::test::one_project;
using syncfeed::test::run_rule;

namespace {

// A project body with one contact whose e-mail value is `email` (line 6).
std::string contact_with_email(std::string_view email) {
  return "    <Name>Kovács Anna</Name>\n"
         "    <Contacts>\n"
         "      <Contact Id=\"501\"><FirstName>Anna</FirstName><LastName>Kovács</LastName>\n"
         "        <Emails><Email><Value>" +
         std::string(email) +
         "</Value></Email></Emails>\n"
         "      </Contact>\n"
         "    </Contacts>";
}

// A project of its own line range with one contact e-mail.
std::string project_with_email(std::string_view id, std::string_view email) {
  return "  <Project Id=\"" + std::string(id) + "\"><Name>X</Name><Contacts><Contact><LastName>X</LastName>" +
         "<Emails><Email><Value>" + std::string(email) + "</Value></Email></Emails></Contact></Contacts></Project>\n";
}

}  // namespace

TEST_CASE("party-missing: a project with neither Business nor Contact, at the project") {
  const auto findings = run_rule("party-missing", one_project("    <Name>Kovács Anna</Name>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::Error);
  CHECK(findings[0].loc.line == 2);
  CHECK(findings[0].loc.column == 3);
  CHECK(findings[0].project_id == "14353");
  CHECK_THAT(findings[0].message, Catch::Contains("neither a <Business> nor a <Contact>"));
}

TEST_CASE("party-missing: an empty Contacts list is no Contact; a Business or one Contact is enough") {
  CHECK(run_rule("party-missing", one_project("    <Name>A</Name>\n    <Contacts/>")).size() == 1);
  CHECK(run_rule("party-missing", one_project("    <Business><Name>Kávéműhely Kft.</Name></Business>")).empty());
  CHECK(run_rule("party-missing", one_project("    <Business/>")).empty());  // business-name-missing's
  CHECK(
      run_rule("party-missing", one_project("    <Contacts><Contact><LastName>Kovács</LastName></Contact></Contacts>"))
          .empty());
}

TEST_CASE("contact-without-business: reported once, at the second Contact") {
  const auto findings =
      run_rule("contact-without-business", one_project("    <Contacts>\n"
                                                       "      <Contact Id=\"1\"><LastName>Szabó</LastName></Contact>\n"
                                                       "      <Contact Id=\"2\"><LastName>Szabó</LastName></Contact>\n"
                                                       "      <Contact Id=\"3\"><LastName>Szabó</LastName></Contact>\n"
                                                       "    </Contacts>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 5);
  CHECK(findings[0].loc.column == 7);
  CHECK(findings[0].field == "Contact");
  CHECK_THAT(findings[0].message, Catch::Contains("3 <Contact>s and no <Business>"));
}

TEST_CASE("contact-without-business: one Contact, or several under a Business, are fine") {
  CHECK(run_rule("contact-without-business",
                 one_project("    <Contacts><Contact><LastName>A</LastName></Contact></Contacts>"))
            .empty());
  CHECK(run_rule("contact-without-business",
                 one_project("    <Business><Name>Szabó és Társa Bt.</Name></Business>\n"
                             "    <Contacts><Contact><LastName>A</LastName></Contact><Contact><LastName>B</LastName>"
                             "</Contact></Contacts>"))
            .empty());
}

TEST_CASE("business-name-missing: absent at the Business, empty or blank at the Name") {
  auto absent =
      run_rule("business-name-missing", one_project("    <Business><VatNumber>RO18547290</VatNumber></Business>"));
  REQUIRE(absent.size() == 1);
  CHECK(absent[0].loc.line == 3);
  CHECK(absent[0].loc.column == 5);
  CHECK(absent[0].field == "Name");
  CHECK_THAT(absent[0].message, Catch::StartsWith("<Business> has no <Name>"));

  auto empty = run_rule("business-name-missing", one_project("    <Business>\n      <Name/>\n    </Business>"));
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].loc.line == 4);
  CHECK_THAT(empty[0].message, Catch::StartsWith("<Name> is empty"));

  auto blank = run_rule("business-name-missing", one_project("    <Business>\n      <Name>  </Name>\n    </Business>"));
  REQUIRE(blank.size() == 1);
  CHECK_THAT(blank[0].message, Catch::StartsWith("<Name> is blank (\"  \")"));

  CHECK(run_rule("business-name-missing", one_project("    <Business><Name>Tâmplăria Popescu SRL</Name></Business>"))
            .empty());
  CHECK(run_rule("business-name-missing", one_project("    <Name>Popescu Ion</Name>")).empty());
}

TEST_CASE("contact-name-missing: neither name, at the Contact, naming its Id") {
  const auto findings =
      run_rule("contact-name-missing",
               one_project("    <Contacts>\n"
                           "      <Contact Id=\"88\"><FirstName/><LastName> </LastName></Contact>\n"
                           "      <Contact><FirstName>Ion</FirstName></Contact>\n"
                           "      <Contact><LastName>Popescu</LastName></Contact>\n"
                           "      <Contact><Emails><Email><Value>a@example.ro</Value></Email></Emails></Contact>\n"
                           "    </Contacts>"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::Warning);
  CHECK(findings[0].loc.line == 4);
  CHECK_THAT(findings[0].message, Catch::Contains("<Contact> \"88\" has neither a <FirstName> nor a <LastName>"));
  CHECK(findings[1].loc.line == 7);
  CHECK_THAT(findings[1].message, Catch::StartsWith("<Contact> has neither"));
}

TEST_CASE("email-format: implausible addresses, with the reason") {
  const std::pair<const char*, const char*> cases[] = {
      {"kovacs.anna@freemail", "the domain \"freemail\" has no dot"},
      {"kovacs.anna.freemail.hu", "it has no @"},
      {"anna@@freemail.hu", "more than one @"},
      {"anna@freemail.hu; bela@freemail.hu", "contains a space"},
      {"anna@freemail.hu,bela@freemail.hu", "more than one @"},
      {"Kovács Anna &lt;anna@example.hu&gt;", "contains a space"},
      {"&lt;anna@example.hu&gt;", "the part before the @ contains '<'"},
      {"mailto:anna@example.hu", "the part before the @ contains ':'"},
      {" anna@example.hu", "spaces before or after it"},
      {"anna@example.hu ", "spaces before or after it"},
      {"@example.hu", "nothing before the @"},
      {"anna@", "nothing after the @"},
      {"anna@.example.hu", "the domain starts or ends with a dot"},
      {"anna@example.hu.", "the domain starts or ends with a dot"},
      {"anna@example..hu", "the domain has two dots in a row"},
      {".anna@example.hu", "the part before the @ starts or ends with a dot"},
      {"anna..b@example.hu", "the part before the @ has two dots in a row"},
      {"anna@example.h", "the domain ends in \"h\""},
      {"anna@10.0.0.1", "the domain ends in \"1\""},
      {"anna@exa_mple.hu", "the domain contains '_'"},
  };
  for (const auto& [value, reason] : cases) {
    INFO(value);
    const auto findings = run_rule("email-format", one_project(contact_with_email(value)));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].loc.line == 6);
    CHECK(findings[0].loc.column == 24);
    CHECK(findings[0].field == "Email");
    CHECK(findings[0].project_id == "14353");
    CHECK_THAT(findings[0].message, Catch::Contains("is not a plausible address") && Catch::Contains(reason));
  }
}

TEST_CASE("email-format: real addresses pass, internationalised ones included") {
  for (const char* value : {"kovacs.anna@freemail.hu", "Anna.Kovacs@Example.HU", "anna+bolt@gmail.com",
                            "o'brien@example.ie", "ion_popescu-1990@yahoo.ro", "kovács.anna@példa.hu",
                            "info@kávé-műhely.hu", "a@b.co", "x@mail.example.co.uk", "user%shop@example.com"}) {
    INFO(value);
    CHECK(run_rule("email-format", one_project(contact_with_email(value))).empty());
  }
}

TEST_CASE("email-format: an empty Value is not checked (the plugin writes empty elements for unknown values)") {
  CHECK(run_rule("email-format", one_project(contact_with_email(""))).empty());
  CHECK(run_rule("email-format", one_project(contact_with_email("  "))).empty());
}

TEST_CASE("email-format: Business e-mails and the flat <Email> form are checked too") {
  const auto findings =
      run_rule("email-format", one_project("    <Business><Name>Kávéműhely Kft.</Name>\n"
                                           "      <Email>iroda@kavemuhely</Email>\n"
                                           "    </Business>\n"
                                           "    <Contacts><Contact><LastName>Kovács</LastName>\n"
                                           "      <Email>anna at example.hu</Email></Contact></Contacts>"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].loc.line == 4);
  CHECK(findings[0].loc.column == 7);
  CHECK(findings[1].loc.line == 7);
}

TEST_CASE("email-duplicate: the same address on a later project, named at the later one") {
  const std::string feed = "<Projects>\n" + project_with_email("1000017", "nagy.bela@example.hu") +
                           project_with_email("342", " Nagy.Bela@EXAMPLE.hu ") +
                           project_with_email("343", "nagy.bela@example.hu") + "</Projects>\n";
  const auto findings = run_rule("email-duplicate", feed);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::Info);
  CHECK(findings[0].loc.line == 3);
  CHECK(findings[0].project_id == "342");
  CHECK(findings[0].field == "Email");
  CHECK_THAT(findings[0].message,
             Catch::Contains("e-mail \" Nagy.Bela@EXAMPLE.hu \" is also on project \"1000017\" (line 2)"));
  CHECK(findings[1].loc.line == 4);
  CHECK(findings[1].project_id == "343");
  CHECK_THAT(findings[1].message, Catch::Contains("project \"1000017\" (line 2)"));
}

TEST_CASE("email-duplicate: one card is not a duplicate") {
  // Twice within one project (business and contact).
  CHECK(
      run_rule("email-duplicate",
               one_project(
                   "    <Business><Name>B</Name><Email>anna@example.hu</Email></Business>\n"
                   "    <Contacts><Contact><LastName>K</LastName><Email>ANNA@example.hu</Email></Contact></Contacts>"))
          .empty());
  // The same Project Id sent twice is the same card.
  CHECK(run_rule("email-duplicate", "<Projects>\n" + project_with_email("7", "anna@example.hu") +
                                        project_with_email("7", "anna@example.hu") + "</Projects>\n")
            .empty());
  // Non-integer project ids are compared as text.
  CHECK(run_rule("email-duplicate", "<Projects>\n" + project_with_email("A-7", "anna@example.hu") +
                                        project_with_email("A-7", "anna@example.hu") + "</Projects>\n")
            .empty());
  CHECK(run_rule("email-duplicate", "<Projects>\n" + project_with_email("A-7", "anna@example.hu") +
                                        project_with_email("A-8", "anna@example.hu") + "</Projects>\n")
            .size() == 1);
  // Empty values are no address.
  CHECK(run_rule("email-duplicate",
                 "<Projects>\n" + project_with_email("1", "") + project_with_email("2", " ") + "</Projects>\n")
            .empty());
}
