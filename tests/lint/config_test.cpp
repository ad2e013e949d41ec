// syncfeed.toml: what it may say, and errors that name their line.
#include <catch2/catch.hpp>

#include "lint/config.h"
#include "lint/policy.h"
#include "lint_text.h"

using namespace syncfeed;
using namespace syncfeed::lint;

namespace {

std::string error_of(std::string_view toml) {
  ConfigError error;
  auto config = parse_config(toml, "syncfeed.toml", error);
  return config ? std::string("(no error)") : error.message;
}

}  // namespace

TEST_CASE("a full configuration fills the rule settings and the severity table") {
  ConfigError error;
  auto config = parse_config(R"(
[rules]
select = ["ALL"]
ignore = ["user-id-missing"]

[rules.severity]
"schema" = "warning"
"xml-encoding" = "off"

[feed]
category_id = "21"
extra_statuses = ["Visszaküldve"]
vat_rates = ["27%", "5%"]
extra_countries = ["Erdély"]
)",
                             "syncfeed.toml", error);
  INFO(error.message);
  REQUIRE(config);
  CHECK(config->select == std::vector<std::string>{"ALL"});
  CHECK(config->ignore == std::vector<std::string>{"user-id-missing"});
  CHECK(config->settings.category_id == "21");
  CHECK(config->settings.extra_statuses == std::vector<std::string>{"Visszaküldve"});
  CHECK(config->settings.vat_rates == std::vector<std::string>{"27%", "5%"});
  CHECK(config->settings.extra_countries == std::vector<std::string>{"Erdély"});
  CHECK(config->severity.at("xml-encoding").off);
  CHECK(config->severity.at("schema").severity == Severity::Warning);

  std::string message;
  auto policy = Policy::make(*config, {}, {}, message);
  REQUIRE(policy);
  CHECK(policy->enabled("schema"));
  CHECK(policy->severity("schema") == Severity::Warning);
  CHECK_FALSE(policy->enabled("xml-encoding"));
  CHECK_FALSE(policy->enabled("user-id-missing"));
}

TEST_CASE("an unknown key is an error naming its line and the known keys") {
  CHECK(error_of("[rules]\nselect = [\"ALL\"]\nslect = [\"schema\"]\n") ==
        "syncfeed.toml:3: unknown key 'slect' in [rules] (known: select, ignore, severity)");
  CHECK(error_of("\n\n[feeds]\n") == "syncfeed.toml:3: unknown key 'feeds' in the top level (known: [rules], [feed])");
  CHECK(error_of("[feed]\ncategory = \"21\"\n").rfind("syncfeed.toml:2: unknown key 'category' in [feed]", 0) == 0);
}

TEST_CASE("a wrong type is an error naming its line") {
  CHECK(error_of("[feed]\n\ncategory_id = 21\n") == "syncfeed.toml:3: feed.category_id must be a string");
  CHECK(error_of("[rules]\nselect = \"schema\"\n") == "syncfeed.toml:2: rules.select must be an array of strings");
  CHECK(error_of("[feed]\nvat_rates = [\"27%\",\n  5]\n") ==
        "syncfeed.toml:3: each item of feed.vat_rates must be a string");
}

TEST_CASE("an unknown rule or severity is an error with a suggestion") {
  CHECK(error_of("[rules]\nignore = [\"shema\"]\n") ==
        "syncfeed.toml:2: unknown rule 'shema' (did you mean 'schema'?)");
  CHECK(error_of("[rules.severity]\n\"schema\" = \"fatal\"\n") ==
        "syncfeed.toml:2: severity 'fatal' of 'schema' is none of off, info, warning, error");
  CHECK(error_of("[rules.severity]\n\"nonsense-rule-xyz\" = \"off\"\n") ==
        "syncfeed.toml:2: unknown rule 'nonsense-rule-xyz'");
}

TEST_CASE("TOML syntax errors name their line") {
  CHECK(error_of("[rules]\nselect = [\n").rfind("syncfeed.toml:", 0) == 0);
  CHECK(error_of("a = 1\n[rules\n").rfind("syncfeed.toml:2:", 0) == 0);
}

TEST_CASE("the configuration is found by walking up from the current folder") {
  test::TempFolder dir;
  std::filesystem::create_directories(dir / "a/b/c");
  test::write_whole_file(dir / "a/syncfeed.toml", "");
  CHECK(find_config(dir / "a/b/c") == dir / "a/syncfeed.toml");
  CHECK(find_config(dir / "a") == dir / "a/syncfeed.toml");
}

TEST_CASE("--select replaces the configured select; --ignore adds to the configured ignore") {
  Config config;
  config.select = std::vector<std::string>{"schema", "xml-dtd"};
  config.ignore = {"xml-dtd"};
  std::string error;
  auto p = Policy::make(config, {}, {}, error);
  REQUIRE(p);
  CHECK(p->enabled("schema"));
  CHECK_FALSE(p->enabled("xml-dtd"));
  CHECK_FALSE(p->enabled("xml-encoding"));

  p = Policy::make(config, {"xml-encoding"}, {"schema"}, error);
  REQUIRE(p);
  CHECK(p->enabled("xml-encoding"));
  CHECK_FALSE(p->enabled("schema"));

  CHECK_FALSE(Policy::make(config, {"no-such-rule"}, {}, error));
  CHECK(error == "--select: unknown rule 'no-such-rule'");
  CHECK(split_rule_lists({"a,b", " c ,", "d"}) == std::vector<std::string>{"a", "b", "c", "d"});
}
