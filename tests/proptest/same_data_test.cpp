// same-data: every record by Id, every value equal; numbers within the
// tolerance, VAT as a rate; --ignore and --partial.
#include <catch2/catch.hpp>

#include "proptest/same_data.h"
#include "proptest/shop_json.h"

using namespace syncfeed;
using namespace syncfeed::proptest;

namespace {

std::vector<Element> projects(std::string_view json) { return from_json(json).projects; }

std::vector<DataDifference> differences(std::string_view input, std::string_view output, SameDataOptions options = {}) {
  return compare_data(projects(input), projects(output), options);
}

constexpr std::string_view kLine =
    R"({"Projects":[{"Id":"1","Name":"Kft & Co","Orders":[{"Id":"9","Products":[{"Id":"3","PriceNet":2165.3543,"VAT":27,"Description":"x"}]}]}]})";

}  // namespace

TEST_CASE("same-data: equal data has no difference, whatever the order of the records") {
  CHECK(differences(kLine, kLine).empty());
  CHECK(differences(R"({"Projects":[{"Id":"1"},{"Id":"2"}]})", R"({"Projects":[{"Id":"2"},{"Id":"1"}]})").empty());
}

TEST_CASE("same-data: numbers as decimals within 0.005, VAT as a rate") {
  const auto rounded = projects(kLine);
  auto output = rounded;
  Element& line = output[0].child(Kind::Orders)->children[0].child(Kind::Products)->children[0];
  line.child(Kind::PriceNet)->text = "2165.35";  // rounded to 2 decimals: 0.0043 off
  line.child(Kind::VAT)->text = "27.0%";
  CHECK(compare_data(rounded, output, {}).empty());
  line.child(Kind::PriceNet)->text = "2165.36";  // 0.0057 off
  auto d = compare_data(rounded, output, {});
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "Project[1]/Orders/Order[9]/Products/Product[3]/PriceNet");
  line.child(Kind::PriceNet)->text = "2 165,35";
  CHECK(compare_data(rounded, output, {}).size() == 1);
  line.child(Kind::PriceNet)->text = "2165.35";
  line.child(Kind::VAT)->text = "0.27";
  d = compare_data(rounded, output, {});
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "Project[1]/Orders/Order[9]/Products/Product[3]/VAT");
}

TEST_CASE("same-data: strings exactly") {
  auto d = differences(
      kLine,
      R"({"Projects":[{"Id":"1","Name":"Kft &amp; Co","Orders":[{"Id":"9","Products":[{"Id":"3","PriceNet":2165.3543,"VAT":27,"Description":"x"}]}]}]})");
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "Project[1]/Name");
  CHECK(d[0].expected == "\"Kft & Co\"");
  CHECK(d[0].actual == "\"Kft &amp; Co\"");
}

TEST_CASE("same-data: a missing record, a missing field, an extra record are differences") {
  auto d = differences(R"({"Projects":[{"Id":"1","Contacts":[{"Id":"5"},{"LastName":"B"}]}]})",
                       R"({"Projects":[{"Id":"1","Contacts":[{"Id":"5"}]},{"Id":"2"}]})");
  REQUIRE(d.size() == 2);
  CHECK(d[0].path == "Project[1]/Contacts/Contact");
  CHECK(d[0].actual == "(missing)");
  CHECK(d[1].path == "Project[2]");
  d = differences(
      kLine,
      R"({"Projects":[{"Id":"1","Name":"Kft & Co","Orders":[{"Id":"9","Products":[{"Id":"3","PriceNet":2165.3543,"VAT":27}]}]}]})");
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "Project[1]/Orders/Order[9]/Products/Product[3]/Description");
}

TEST_CASE("same-data: --ignore skips a field, --partial allows absent fields but not absent records") {
  constexpr std::string_view kWithout =
      R"({"Projects":[{"Id":"1","Name":"Kft & Co","Orders":[{"Id":"9","Products":[{"Id":"3","PriceNet":2165.3543,"VAT":27}]}]}]})";
  CHECK(differences(kLine, kWithout, {.ignore = {"Description"}}).empty());
  CHECK(differences(kLine, kWithout, {.ignore = {"Product/Description"}}).empty());
  CHECK(differences(kLine, kWithout, {.ignore = {"Customer/Description"}}).size() == 1);
  CHECK(differences(kLine, kWithout, {.partial = true}).empty());
  CHECK(differences(kLine, R"({"Projects":[{"Id":"1","Name":"Kft & Co"}]})", {.partial = true}).empty());
  CHECK(differences(kLine, R"({"Projects":[{"Id":"1","Name":"Kft & Co","Orders":[{"Id":"8"}]}]})", {.partial = true})
            .size() == 2);
}
