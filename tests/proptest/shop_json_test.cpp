// The JSON input of syncfeed fuzz: what it holds, how it reads back, and
// that every input syncfeed writes validates against docs/fuzz-input.schema.json.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "proptest/shop_data.h"
#include "proptest/shop_json.h"
#include "support/run_syncfeed.h"

using namespace syncfeed;
using namespace syncfeed::proptest;

TEST_CASE("shop data: the same seed and run give the same data; another run other data") {
  CHECK(make_shop_data(7, 1) == make_shop_data(7, 1));
  CHECK_FALSE(make_shop_data(7, 1) == make_shop_data(7, 2));
  CHECK_FALSE(make_shop_data(7, 1) == make_shop_data(8, 1));
}

TEST_CASE("shop JSON: the shop's types, keys in the feed's order, and it reads back equal") {
  for (std::uint64_t run = 1; run <= 60; ++run) {
    const ShopData data = make_shop_data(3, run);
    INFO("run " << run);
    REQUIRE(from_json(to_json(data)) == data);
  }
  const auto json = nlohmann::json::parse(to_json(make_shop_data(3, 1)));
  const auto& project = json["Projects"][0];
  CHECK(project["Id"].is_string());
  CHECK(project["Webshop_Disabled"].is_boolean());
  CHECK(project["CategoryId"].is_string());
  // Somewhere in these runs there is an order line: PriceNet, Quantity and VAT are numbers.
  bool saw_line = false;
  for (std::uint64_t run = 1; run <= 20 && !saw_line; ++run) {
    const auto doc = nlohmann::json::parse(to_json(make_shop_data(3, run)));
    for (const auto& p : doc["Projects"])
      for (const auto& order : p.value("Orders", nlohmann::json::array()))
        for (const auto& line : order["Products"]) {
          saw_line = true;
          CHECK(line["PriceNet"].is_number());
          CHECK(line["Quantity"].is_number());
          CHECK(line["VAT"].is_number());
        }
  }
  CHECK(saw_line);
}

TEST_CASE("shop JSON: a number reads back in the feed's decimal syntax, VAT with its percent sign") {
  const ShopData data = from_json(
      R"({"Projects":[{"Id":"1","Orders":[{"Id":"2","Products":[{"Id":"3","PriceNet":0.00001,"Quantity":2,"VAT":5.5}]}]}]})");
  const Element& line = data.projects[0].child(Kind::Orders)->children[0].child(Kind::Products)->children[0];
  CHECK(line.value(Kind::PriceNet) == "0.00001");
  CHECK(line.value(Kind::Quantity) == "2");
  CHECK(line.value(Kind::VAT) == "5.5%");
}

TEST_CASE("shop JSON: what is not the format is refused, saying where") {
  auto error_of = [](std::string_view text) {
    try {
      from_json(text);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(error_of(R"({"Projects":[{"Id":"1","Nmae":"x"}]})") == "Projects[0].Nmae: Project has no field Nmae");
  CHECK(error_of(R"({"Projects":[{"Name":"x"}]})") == "Projects[0]: Project needs an Id");
  CHECK(error_of(R"({"Projects":[{"Id":"1","Webshop_Disabled":"0"}]})") ==
        "Projects[0].Webshop_Disabled: must be true or false");
  CHECK(error_of(R"({"Projects":[{"Id":"1","Orders":[{"Id":"2","Products":[{"Id":"3","PriceNet":"12,50"}]}]}]})") ==
        "Projects[0].Orders[0].Products[0].PriceNet: must be a number");
  CHECK(error_of(R"([])") == "the input must be an object with one key, Projects");
}

TEST_CASE("every input syncfeed fuzz writes, seeded or shrunk, validates against docs/fuzz-input.schema.json") {
  using namespace syncfeed::test;
  TempFolder dir;
  // A generator that keeps each input it is given, then writes the feed
  // with a bug (so that shrinking writes its candidates too).
  const std::string keep =
      R"(tee "$1/input-$$.json" | php examples/fuzz-generators/php/generator.php --bug second-contact)";
  const ProcessResult run =
      run_syncfeed({"fuzz", "--seed", "5", "--runs", "20", "--", "sh", "-c", keep, "sh", dir.path().string()});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 1);
  std::vector<std::string> args{(source_dir() / "tests/proptest/check_fuzz_inputs.py").string(),
                                (source_dir() / "docs/fuzz-input.schema.json").string()};
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) args.push_back(entry.path().string());
  REQUIRE(args.size() > 20);
  args.insert(args.begin(), "python3");
  const ProcessResult check = run_process(args, {});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  // The schema is strict: a misspelt field fails it.
  write_whole_file(dir / "bad.json", R"({"Projects":[{"Id":"1","Nmae":"x"}]})");
  args.resize(3);
  args.push_back((dir / "bad.json").string());
  CHECK(run_process(args, {}).exit_code == 1);
}
