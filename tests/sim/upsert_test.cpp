// MiniCRM's upsert by Reference ID, rule by rule (docs/format.md §4).
#include "sim_support.h"

using namespace syncfeed::test;
using Catch::Matchers::Equals;
using V = std::vector<std::string>;

TEST_CASE("MiniCRM's help-page example: 14353 creates card 16, 53566 card 17, 14353 again updates 16") {
  MemoryState state;
  const Run run =
      simulate(state, feed(R"(<Project Id="14353"><Name>Popescu Ioana</Name><StatusId>Registered</StatusId></Project>
<Project Id="53566"><Name>Ionescu Dan</Name><StatusId>Registered</StatusId></Project>
<Project Id="14353"><StatusId>New</StatusId></Project>
)"),
               {}, first_card_id(16));
  CHECK_THAT(briefs(run), Equals(V{"create project 14353 -> card 16", "create project 53566 -> card 17",
                                   "update project 14353 -> card 16"}));
  CHECK_THAT(changes(run.actions[2]), Equals(V{"StatusId: \"Registered\" -> \"New\""}));
  CHECK(state.counters().next_card_id == 18);
}

TEST_CASE("a known Reference ID is updated with the fields present; left-out fields are kept") {
  MemoryState state;
  simulate(
      state,
      feed(R"(<Project Id="1"><Name>A</Name><UserId>Ana</UserId><Webshop_Disabled>0</Webshop_Disabled></Project>)"));
  const Run run = simulate(state, feed(R"(<Project Id="1"><WebshopDisabled>1</WebshopDisabled></Project>)"));
  CHECK_THAT(changes(run.actions[0]), Equals(V{"Webshop_Disabled: \"0\" -> \"1\""}));
  const Card card = *state.find(CardKind::Project, "1");
  CHECK(*card.fields.find("Name") == "A");
  CHECK(*card.fields.find("UserId") == "Ana");
}

TEST_CASE("the same data sent again is unchanged") {
  MemoryState state;
  const std::string f = feed(R"(<Project Id="1"><Name>A</Name></Project>)");
  simulate(state, f);
  const Run again = simulate(state, f);
  CHECK_THAT(briefs(again), Equals(V{"unchanged project 1 -> card 1"}));
  CHECK(again.actions[0].changes.empty());
}

TEST_CASE("order cards take the ids right after their project's card, in document order") {
  MemoryState state;
  const Run run = simulate(state, feed(R"(<Project Id="14353"><Name>P</Name><Orders>
  <Order Id="7001"><Number>W1</Number></Order><Order Id="7002"><Number>W2</Number></Order></Orders></Project>
<Project Id="53566"><Name>Q</Name></Project>
)"),
                           {}, first_card_id(16));
  CHECK_THAT(briefs(run), Equals(V{"create project 14353 -> card 16", "create order 7001 -> card 17",
                                   "create order 7002 -> card 18", "create project 53566 -> card 19"}));
  CHECK(run.actions[1].project_card_id == 16);
  CHECK(state.find(CardKind::Order, "7002")->project_card_id == 16);
}

TEST_CASE("--order-ids separate gives order cards a sequence of their own") {
  MemoryState state;
  Counters first = first_card_id(16);
  first.order_ids = OrderIds::Separate;
  first.next_order_card_id = 500;
  const Run run =
      simulate(state, feed(R"(<Project Id="14353"><Orders><Order Id="7001"/><Order Id="7002"/></Orders></Project>
<Project Id="53566"/>
)"),
               {}, first);
  CHECK_THAT(briefs(run), Equals(V{"create project 14353 -> card 16", "create order 7001 -> card 500",
                                   "create order 7002 -> card 501", "create project 53566 -> card 17"}));
}

TEST_CASE("a re-sent order replaces its product lines as a whole") {
  MemoryState state;
  simulate(state, feed(R"(<Project Id="1"><Orders><Order Id="9"><Status>Issued</Status><Products>
  <Product Id="a"><Name>Apple</Name><Quantity>1</Quantity></Product>
  <Product Id="b"><Name>Pear</Name><Quantity>2</Quantity></Product></Products></Order></Orders></Project>)"));
  const Run run = simulate(state, feed(R"(<Project Id="1"><Orders><Order Id="9"><Products>
  <Product Id="b"><Name>Pear</Name><Quantity>3</Quantity></Product></Products></Order></Orders></Project>)"));
  CHECK_THAT(briefs(run), Equals(V{"unchanged project 1 -> card 1", "update order 9 -> card 2"}));
  CHECK_THAT(changes(run.actions[1]),
             Equals(V{"Product[1]/@Id: \"a\" -> \"b\"", "Product[1]/Name: \"Apple\" -> \"Pear\"",
                      "Product[1]/Quantity: \"1\" -> \"3\"", "Product[2]/@Id: \"b\" -> (absent)",
                      "Product[2]/Name: \"Pear\" -> (absent)", "Product[2]/Quantity: \"2\" -> (absent)"}));
  CHECK(*state.find(CardKind::Order, "9")->fields.find("Status") == "Issued");  // left out: kept
}

TEST_CASE("an order sent without Products keeps its product lines") {
  MemoryState state;
  simulate(
      state,
      feed(
          R"(<Project Id="1"><Orders><Order Id="9"><Products><Product Id="a"/></Products></Order></Orders></Project>)"));
  const Run run = simulate(
      state, feed(R"(<Project Id="1"><Orders><Order Id="9"><Status>Completed</Status></Order></Orders></Project>)"));
  CHECK_THAT(changes(run.actions[1]), Equals(V{"Status: (absent) -> \"Completed\""}));
  CHECK(state.find(CardKind::Order, "9")->lines.size() == 1);
}

TEST_CASE("an order sent under another project moves to that project's card") {
  MemoryState state;
  simulate(state, feed(R"(<Project Id="1"><Orders><Order Id="9"/></Orders></Project><Project Id="2"/>)"));
  const Run run = simulate(state, feed(R"(<Project Id="2"><Orders><Order Id="9"/></Orders></Project>)"));
  CHECK_THAT(briefs(run), Equals(V{"unchanged project 2 -> card 3", "update order 9 -> card 2"}));
  CHECK_THAT(changes(run.actions[1]), Equals(V{"@project_card: \"1\" -> \"3\""}));
}

TEST_CASE("a project without a usable Id is skipped with its orders, and takes no card id") {
  MemoryState state;
  const Run run = simulate(state, feed(R"(<Project><Name>No id</Name><Orders><Order Id="5"/></Orders></Project>
<Project Id="  "><Name>Blank</Name></Project>
<Project Id="1"><Name>Fine</Name><Orders><Order><Number>no id</Number></Order></Orders></Project>
)"));
  CHECK_THAT(briefs(run), Equals(V{"skip project (no Id)", "skip order 5", "skip project   ",
                                   "create project 1 -> card 1", "skip order (no Id)"}));
  CHECK(run.actions[0].reason == "it has no Id");
  CHECK(run.actions[1].reason == "its project was skipped");
  CHECK(run.actions[2].reason == "its Id is blank");
  CHECK(run.actions[0].loc.line == 3);
  CHECK(run.summary[Op::Skip] == 4);
  CHECK(state.counters().next_card_id == 2);
}

TEST_CASE("contacts are matched by Contact/@Id, else by e-mail ignoring case, else added") {
  MemoryState state;
  simulate(state, feed(R"(<Project Id="1"><Contacts>
  <Contact Id="c1"><FirstName>Ana</FirstName></Contact>
  <Contact><FirstName>Dan</FirstName><Emails><Email><Value>dan@x.ro</Value></Email></Emails></Contact>
</Contacts></Project>)"));
  const Run run = simulate(state, feed(R"(<Project Id="1"><Contacts>
  <Contact Id="c1"><LastName>Pop</LastName></Contact>
  <Contact><LastName>Ene</LastName><Email>DAN@X.RO</Email></Contact>
  <Contact><FirstName>Eva</FirstName></Contact>
</Contacts></Project>)"));
  CHECK_THAT(changes(run.actions[0]),
             Equals(V{"Contact[1]/LastName: (absent) -> \"Pop\"", "Contact[2]/Email[1]: \"dan@x.ro\" -> \"DAN@X.RO\"",
                      "Contact[2]/LastName: (absent) -> \"Ene\"", "Contact[3]/FirstName: (absent) -> \"Eva\""}));
}

TEST_CASE("a contact with another Id is never matched by e-mail") {
  MemoryState state;
  simulate(state,
           feed(R"(<Project Id="1"><Contacts><Contact Id="c1"><Email>a@x.ro</Email></Contact></Contacts></Project>)"));
  const Run run = simulate(
      state,
      feed(R"(<Project Id="1"><Contacts><Contact Id="c2"><Email>a@x.ro</Email></Contact></Contacts></Project>)"));
  CHECK_THAT(changes(run.actions[0]),
             Equals(V{"Contact[2]/@Id: (absent) -> \"c2\"", "Contact[2]/Email[1]: (absent) -> \"a@x.ro\""}));
}

TEST_CASE("--empty clear sets a value to empty; --empty keep ignores the empty element") {
  const std::string first = feed(
      R"(<Project Id="1"><UserId>Ana</UserId><Business><Emails><Email><Value>b@x.ro</Value></Email></Emails></Business></Project>)");
  const std::string second = feed(R"(<Project Id="1"><UserId/><Business><Emails/></Business></Project>)");
  SECTION("clear") {
    MemoryState state;
    simulate(state, first);
    const Run run = simulate(state, second);
    CHECK_THAT(changes(run.actions[0]),
               Equals(V{"UserId: \"Ana\" -> \"\"", "Business/Email[1]: \"b@x.ro\" -> (absent)"}));
  }
  SECTION("keep") {
    MemoryState state;
    simulate(state, first, {EmptyElements::Keep});
    const Run run = simulate(state, second, {EmptyElements::Keep});
    CHECK_THAT(briefs(run), Equals(V{"unchanged project 1 -> card 1"}));
  }
}

TEST_CASE("a re-sent list (e-mails, phones, addresses) replaces the stored one") {
  MemoryState state;
  simulate(state, feed(R"(<Project Id="1"><Business><Name>SC X</Name>
  <Emails><Email><Value>a@x.ro</Value></Email><Email><Value>b@x.ro</Value></Email></Emails>
  <Addresses><Address><City>Cluj</City><Address>Str. 1</Address></Address></Addresses></Business></Project>)"));
  const Run run = simulate(state, feed(R"(<Project Id="1"><Business><Email>c@x.ro</Email></Business></Project>)"));
  CHECK_THAT(changes(run.actions[0]),
             Equals(V{"Business/Email[1]: \"a@x.ro\" -> \"c@x.ro\"", "Business/Email[2]: \"b@x.ro\" -> (absent)"}));
  const Card card = *state.find(CardKind::Project, "1");
  CHECK(*card.fields.find("Business/Name") == "SC X");
  CHECK(*card.fields.find("Business/Address[1]/City") == "Cluj");
  CHECK(*card.fields.find("Business/Address[1]/Address") == "Str. 1");
}

TEST_CASE("custom fields are fields like the others; nested ones compare by their canonical XML") {
  MemoryState state;
  simulate(state, feed(R"(<Project Id="1"><Enum1951>Gold</Enum1951><Extra a="1"><Deep>x</Deep></Extra>
<Orders><Order Id="9"><Project><Text77>note</Text77></Project></Order></Orders></Project>)"));
  const Card card = *state.find(CardKind::Project, "1");
  CHECK(*card.fields.find("Enum1951") == "Gold");
  CHECK(*card.fields.find("Extra") == "<Extra a=\"1\">\n  <Deep>x</Deep>\n</Extra>");
  CHECK(*state.find(CardKind::Order, "9")->fields.find("Project/Text77") == "note");
  const Run run = simulate(
      state, feed(R"(<Project Id="1"><Enum1951>Gold</Enum1951><Extra a="1"><Deep>y</Deep></Extra></Project>)"));
  REQUIRE(run.actions[0].changes.size() == 1);
  CHECK(run.actions[0].changes[0].field == "Extra");
}

TEST_CASE("Reference IDs are exact: no trimming, and projects and orders are keyed apart") {
  MemoryState state;
  const Run run = simulate(
      state, feed(R"(<Project Id="7"/><Project Id=" 7"/><Project Id="8"><Orders><Order Id="7"/></Orders></Project>)"));
  CHECK_THAT(briefs(run), Equals(V{"create project 7 -> card 1", "create project  7 -> card 2",
                                   "create project 8 -> card 3", "create order 7 -> card 4"}));
}
