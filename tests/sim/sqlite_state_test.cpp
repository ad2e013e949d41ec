// The SQLite state and the plan/apply sessions: persistence, one transaction
// for all feeds, a refused feed changes nothing, plan writes nothing.
#include <filesystem>

#include "sim/fields_json.h"
#include "sim/session.h"
#include "sim_support.h"
#include "support/run_process.h"

using namespace syncfeed::test;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using V = std::vector<std::string>;
namespace fs = std::filesystem;

namespace {

struct Session {
  SessionResult result;
  std::vector<std::string> actions;  // brief()
};

Session run(const SessionOptions& options, const std::vector<fs::path>& feeds) {
  Session s;
  std::vector<std::string> paths;
  for (const auto& f : feeds) paths.push_back(f.string());
  s.result = run_session(options, paths, [&](const Action& a) { s.actions.push_back(brief(a)); });
  return s;
}

SessionOptions apply_to(const fs::path& db) {
  SessionOptions o;
  o.apply = true;
  o.state_path = db.string();
  return o;
}

SessionOptions plan_against(const fs::path& db) {
  SessionOptions o = apply_to(db);
  o.apply = false;
  return o;
}

const std::string kFeedA = feed(R"(<Project Id="14353"><Name>Popescu Ioana</Name><StatusId>Registered</StatusId>
  <Orders><Order Id="7001"><Number>W1</Number><Products><Product Id="p1"><Name>Tea</Name></Product></Products></Order></Orders>
</Project>
)");
const std::string kFeedB = feed(R"(<Project Id="14353"><StatusId>New</StatusId></Project>
<Project Id="53566"><Name>Ionescu Dan</Name></Project>
)");
const std::string kBroken = feed(R"(<Project Id="99"><Name>Never</Name></Project>
<Project Id="100"><Name>Broken</Name>
)");

}  // namespace

TEST_CASE("apply stores the state; the next apply continues from it") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  write_whole_file(dir / "b.xml", kFeedB);
  SessionOptions first = apply_to(dir / "state.db");
  first.first_card_id = 16;
  const Session a = run(first, {dir / "a.xml"});
  REQUIRE(a.result.outcome == SessionResult::Outcome::Done);
  CHECK_THAT(a.actions, Equals(V{"create project 14353 -> card 16", "create order 7001 -> card 17"}));
  CHECK(a.result.counters.next_card_id == 18);

  const Session b = run(apply_to(dir / "state.db"), {dir / "b.xml"});
  CHECK_THAT(b.actions, Equals(V{"update project 14353 -> card 16", "create project 53566 -> card 18"}));

  Database db((dir / "state.db").string(), Database::Mode::ReadOnly);
  SqliteState state(db);
  const Card card = *state.find(CardKind::Project, "14353");
  CHECK(*card.fields.find("StatusId") == "New");
  CHECK(*card.fields.find("Name") == "Popescu Ioana");
  CHECK(state.find(CardKind::Order, "7001")->lines.size() == 1);
  CHECK(state.counters().next_card_id == 19);
}

TEST_CASE("--first-card-id counts only when the state is new") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  write_whole_file(dir / "b.xml", kFeedB);
  run(apply_to(dir / "state.db"), {dir / "a.xml"});
  SessionOptions again = apply_to(dir / "state.db");
  again.first_card_id = 1000;
  const Session b = run(again, {dir / "b.xml"});
  CHECK_THAT(b.actions, Equals(V{"update project 14353 -> card 1", "create project 53566 -> card 3"}));
}

TEST_CASE("a state keeps its --order-ids mode; asking for the other one is refused") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  run(apply_to(dir / "state.db"), {dir / "a.xml"});
  SessionOptions other = apply_to(dir / "state.db");
  other.order_ids = OrderIds::Separate;
  const Session s = run(other, {dir / "a.xml"});
  CHECK(s.result.outcome == SessionResult::Outcome::Failed);
  CHECK_THAT(s.result.error, Contains("--order-ids shared"));
}

TEST_CASE("a feed that is not well-formed changes nothing, even after good feeds of the same run") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  write_whole_file(dir / "b.xml", kFeedB);
  write_whole_file(dir / "broken.xml", kBroken);
  run(apply_to(dir / "state.db"), {dir / "a.xml"});
  const std::string before = dump_database(dir / "state.db");
  const std::string bytes_before = read_whole_file(dir / "state.db");

  const Session s = run(apply_to(dir / "state.db"), {dir / "b.xml", dir / "broken.xml"});
  CHECK(s.result.outcome == SessionResult::Outcome::BrokenFeed);
  REQUIRE(s.result.broken);
  CHECK(s.result.broken->rule == "xml-not-well-formed");
  CHECK(s.result.broken->file == (dir / "broken.xml").string());
  CHECK(dump_database(dir / "state.db") == before);
  CHECK(read_whole_file(dir / "state.db") == bytes_before);
  CHECK_FALSE(fs::exists(dir / "state.db-journal"));
}

TEST_CASE("a DTD refuses the feed as a whole too") {
  TempFolder dir;
  write_whole_file(dir / "dtd.xml",
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE Projects [<!ENTITY x \"y\">]>\n"
                   "<Projects><Project Id=\"1\"/></Projects>\n");
  const Session s = run(apply_to(dir / "state.db"), {dir / "dtd.xml"});
  CHECK(s.result.outcome == SessionResult::Outcome::BrokenFeed);
  CHECK(s.result.broken->rule == "xml-dtd");
}

TEST_CASE("a failed first apply leaves no state file behind") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  write_whole_file(dir / "broken.xml", kBroken);
  const Session s = run(apply_to(dir / "state.db"), {dir / "a.xml", dir / "broken.xml"});
  CHECK(s.result.outcome == SessionResult::Outcome::BrokenFeed);
  CHECK_FALSE(fs::exists(dir / "state.db"));
  const Session missing = run(apply_to(dir / "state.db"), {dir / "a.xml", dir / "nowhere.xml"});
  CHECK(missing.result.outcome == SessionResult::Outcome::Failed);
  CHECK_THAT(missing.result.error, Contains("nowhere.xml"));
  CHECK_FALSE(fs::exists(dir / "state.db"));
}

TEST_CASE("plan writes nothing: the state's bytes stay the same, and a missing state is not created") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  write_whole_file(dir / "b.xml", kFeedB);
  run(apply_to(dir / "state.db"), {dir / "a.xml"});
  const std::string bytes_before = read_whole_file(dir / "state.db");
  const auto time_before = fs::last_write_time(dir / "state.db");

  const Session plan = run(plan_against(dir / "state.db"), {dir / "b.xml", dir / "a.xml"});
  CHECK(plan.result.outcome == SessionResult::Outcome::Done);
  CHECK_THAT(plan.actions, Equals(V{"update project 14353 -> card 1", "create project 53566 -> card 3",
                                    "update project 14353 -> card 1", "unchanged order 7001 -> card 2"}));
  CHECK(read_whole_file(dir / "state.db") == bytes_before);
  CHECK(fs::last_write_time(dir / "state.db") == time_before);

  const Session fresh = run(plan_against(dir / "new.db"), {dir / "a.xml"});
  CHECK(fresh.result.outcome == SessionResult::Outcome::Done);
  CHECK_FALSE(fs::exists(dir / "new.db"));
}

TEST_CASE("plan shows exactly what apply then does") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  write_whole_file(dir / "b.xml", kFeedB);
  run(apply_to(dir / "state.db"), {dir / "a.xml"});
  const Session plan = run(plan_against(dir / "state.db"), {dir / "b.xml", dir / "a.xml"});
  const Session apply = run(apply_to(dir / "state.db"), {dir / "b.xml", dir / "a.xml"});
  CHECK(plan.actions == apply.actions);
  CHECK(plan.result.counters == apply.result.counters);
}

TEST_CASE("a database that is not a syncfeed state is refused, and left alone") {
  TempFolder dir;
  write_whole_file(dir / "a.xml", kFeedA);
  {
    Database other((dir / "other.db").string(), Database::Mode::ReadWriteCreate);
    other.exec("CREATE TABLE customers(id INTEGER)");
  }
  const std::string before = dump_database(dir / "other.db");
  CHECK(run(apply_to(dir / "other.db"), {dir / "a.xml"}).result.outcome == SessionResult::Outcome::Failed);
  CHECK(run(plan_against(dir / "other.db"), {dir / "a.xml"}).result.outcome == SessionResult::Outcome::Failed);
  CHECK(dump_database(dir / "other.db") == before);
}

TEST_CASE("the SQLite state and the in-memory state agree") {
  TempFolder dir;
  Database db((dir / "state.db").string(), Database::Mode::ReadWriteCreate);
  Transaction transaction(db, true);
  SqliteState on_disk(db);
  MemoryState in_memory;
  const std::vector<std::string> feeds = {kFeedA, kFeedB, kFeedA};
  const Run a = simulate(on_disk, feeds, {}, first_card_id(16));
  const Run b = simulate(in_memory, feeds, {}, first_card_id(16));
  CHECK(briefs(a) == briefs(b));
  CHECK(dump(on_disk) == dump(in_memory));
}

TEST_CASE("values survive the state exactly: quotes, newlines, markup, non-ASCII, custom XML") {
  TempFolder dir;
  const std::string xml = feed(
      "<Project Id=\"ő 1\"><Name>Țară &quot;mare&quot; &amp; &lt;b&gt;\ttab</Name>"
      "<Webshop_LostBasketContent>line 1&#13;\nline 2</Webshop_LostBasketContent>"
      "<Extra kind=\"a&quot;b\"><Deep>x</Deep>tail</Extra></Project>\n");
  write_whole_file(dir / "odd.xml", xml);
  Database db((dir / "state.db").string(), Database::Mode::ReadWriteCreate);
  MemoryState in_memory;
  {
    Transaction transaction(db, true);
    SqliteState on_disk(db);
    simulate(on_disk, xml);
    simulate(in_memory, xml);
    transaction.commit();
  }
  SqliteState reopened(db);
  const Card card = *reopened.find(CardKind::Project, "ő 1");
  CHECK(*card.fields.find("Name") == "Țară \"mare\" & <b>\ttab");
  CHECK(*card.fields.find("Webshop_LostBasketContent") == "line 1\r\nline 2");
  CHECK(dump(reopened) == dump(in_memory));
  CHECK(simulate(reopened, xml).actions[0].op == Op::Unchanged);
}

TEST_CASE("a card's fields are stored as a JSON object that reads back the same") {
  Fields fields;
  fields.append("Name", "Țară \"mare\" \\ <b>");
  fields.append("Business/Email[1]", std::string("ctl\x01\x1f\n\r\t", 8));
  fields.append("Empty", "");
  const std::string json = fields_to_json(fields);
  CHECK(json ==
        "{\"Name\":\"Țară \\\"mare\\\" \\\\ <b>\",\"Business/Email[1]\":\"ctl\\u0001\\u001f\\n\\r\\t\","
        "\"Empty\":\"\"}");
  CHECK(fields_from_json(json) == fields);
  CHECK(fields_to_json(Fields()) == "{}");
}
