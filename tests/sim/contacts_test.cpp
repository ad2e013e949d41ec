// How the contacts of a project are found again (sim/contacts.h), step by
// step, as docs/simulator.md describes it.
#include "sim_support.h"

using namespace syncfeed::test;
using Catch::Matchers::Equals;
using V = std::vector<std::string>;

namespace {

// The flat view of card 1's contacts after the feeds.
V contacts_after(const std::vector<std::string>& feeds, SimOptions options = {}) {
  MemoryState state;
  simulate(state, feeds, options);
  V out;
  state.for_each_card([&](const Card& card) {
    for (const auto& [name, value] : flat_view(card))
      if (name.starts_with("Contact[")) out.push_back(name + " = " + value);
  });
  return out;
}

const std::string kNameOnly = feed(R"(<Project Id="53566"><Name>Stan Construct SRL</Name><Contacts>
  <Contact><FirstName>Radu</FirstName><LastName>Stan</LastName></Contact>
  <Contact><FirstName>Éva</FirstName><LastName>Nagy</LastName><Phones><Phone><Value>0740</Value></Phone></Phones></Contact>
</Contacts></Project>)");

}  // namespace

TEST_CASE("a contact with neither Id nor e-mail sent again is found by its name: the plan is unchanged") {
  for (EmptyElements empty : {EmptyElements::Clear, EmptyElements::Keep}) {
    MemoryState state;
    simulate(state, kNameOnly, {.empty = empty});
    const Run again = simulate(state, kNameOnly, {.empty = empty});
    CHECK_THAT(briefs(again), Equals(V{"unchanged project 53566 -> card 1"}));
  }
  CHECK_THAT(contacts_after({kNameOnly, kNameOnly, kNameOnly}),
             Equals(V{"Contact[1]/FirstName = Radu", "Contact[1]/LastName = Stan", "Contact[2]/FirstName = Éva",
                      "Contact[2]/LastName = Nagy", "Contact[2]/Phone[1] = 0740"}));
}

TEST_CASE("namesakes without Id or e-mail: the k-th sent is the k-th stored, and stay apart") {
  const std::string two = feed(R"(<Project Id="1"><Contacts>
  <Contact><FirstName>Radu</FirstName><LastName>Stan</LastName><Phones><Phone><Value>1</Value></Phone></Phones></Contact>
  <Contact><FirstName>Radu</FirstName><LastName>Stan</LastName><Phones><Phone><Value>2</Value></Phone></Phones></Contact>
</Contacts></Project>)");
  const std::string second_changed = feed(R"(<Project Id="1"><Contacts>
  <Contact><FirstName>Radu</FirstName><LastName>Stan</LastName><Phones><Phone><Value>1</Value></Phone></Phones></Contact>
  <Contact><FirstName>Radu</FirstName><LastName>Stan</LastName><Phones><Phone><Value>3</Value></Phone></Phones></Contact>
</Contacts></Project>)");
  MemoryState state;
  simulate(state, {two, two});
  const Run run = simulate(state, second_changed);
  CHECK_THAT(changes(run.actions[0]), Equals(V{"Contact[2]/Phone[1]: \"2\" -> \"3\""}));
}

TEST_CASE("a sent contact's e-mail wins over a namesake sent before it") {
  MemoryState state;
  simulate(state, feed(R"(<Project Id="1"><Contacts>
  <Contact><FirstName>Ana</FirstName><LastName>Pop</LastName><Email>ana@x.ro</Email></Contact>
</Contacts></Project>)"));
  const Run run = simulate(state, feed(R"(<Project Id="1"><Contacts>
  <Contact><FirstName>Ana</FirstName><LastName>Pop</LastName></Contact>
  <Contact><FirstName>Ana</FirstName><LastName>Pop</LastName><Email>ANA@x.ro</Email></Contact>
</Contacts></Project>)"));
  // Contact 1 goes to the one sent with its e-mail; the namesake without e-mail is another person.
  CHECK_THAT(changes(run.actions[0]),
             Equals(V{"Contact[1]/Email[1]: \"ana@x.ro\" -> \"ANA@x.ro\"", "Contact[2]/FirstName: (absent) -> \"Ana\"",
                      "Contact[2]/LastName: (absent) -> \"Pop\""}));
}

TEST_CASE("an unknown e-mail falls back to the name; an unknown Id too, but never to a contact with another Id") {
  MemoryState state;
  simulate(state, feed(R"(<Project Id="1"><Contacts>
  <Contact><FirstName>Ana</FirstName><LastName>Pop</LastName></Contact>
  <Contact Id="c9"><FirstName>Dan</FirstName><LastName>Ene</LastName></Contact>
</Contacts></Project>)"));
  const Run run = simulate(state, feed(R"(<Project Id="1"><Contacts>
  <Contact Id="c1"><FirstName>Ana</FirstName><LastName>Pop</LastName><Email>ana@x.ro</Email></Contact>
  <Contact Id="c2"><FirstName>Dan</FirstName><LastName>Ene</LastName></Contact>
</Contacts></Project>)"));
  CHECK_THAT(changes(run.actions[0]),
             Equals(V{"Contact[1]/@Id: (absent) -> \"c1\"", "Contact[1]/Email[1]: (absent) -> \"ana@x.ro\"",
                      "Contact[3]/@Id: (absent) -> \"c2\"", "Contact[3]/FirstName: (absent) -> \"Dan\"",
                      "Contact[3]/LastName: (absent) -> \"Ene\""}));
}

TEST_CASE("a contact with no Id, no e-mail and no name does not pile up") {
  const std::string keyless = feed(R"(<Project Id="1"><Contacts>
  <Contact><Phones><Phone><Value>0740</Value></Phone></Phones></Contact>
  <Contact><Phones><Phone><Value>0740</Value></Phone></Phones></Contact>
  <Contact/>
</Contacts></Project>)");
  MemoryState state;
  simulate(state, keyless);
  const std::string once = dump(state);
  const Run again = simulate(state, keyless);
  CHECK_THAT(briefs(again), Equals(V{"unchanged project 1 -> card 1"}));
  CHECK(dump(state) == once);
  CHECK_THAT(contacts_after({keyless, keyless}), Equals(V{"Contact[1]/Phone[1] = 0740", "Contact[2]/Phone[1] = 0740"}));
}

TEST_CASE("a contact Id sent twice in one project is one contact") {
  CHECK_THAT(contacts_after({feed(R"(<Project Id="1"><Contacts>
  <Contact Id="c1"><FirstName>Ana</FirstName></Contact>
  <Contact Id="c1"><LastName>Pop</LastName></Contact>
</Contacts></Project>)")}),
             Equals(V{"Contact[1]/@Id = c1", "Contact[1]/FirstName = Ana", "Contact[1]/LastName = Pop"}));
}

TEST_CASE("renaming a contact known only by its name gives the card a second contact") {
  const std::string renamed = feed(R"(<Project Id="53566"><Name>Stan Construct SRL</Name><Contacts>
  <Contact><FirstName>Radu</FirstName><LastName>Stan</LastName></Contact>
  <Contact><FirstName>Éva</FirstName><LastName>Kovács</LastName><Phones><Phone><Value>0740</Value></Phone></Phones></Contact>
</Contacts></Project>)");
  CHECK_THAT(contacts_after({kNameOnly, renamed}),
             Equals(V{"Contact[1]/FirstName = Radu", "Contact[1]/LastName = Stan", "Contact[2]/FirstName = Éva",
                      "Contact[2]/LastName = Nagy", "Contact[2]/Phone[1] = 0740", "Contact[3]/FirstName = Éva",
                      "Contact[3]/LastName = Kovács", "Contact[3]/Phone[1] = 0740"}));
}

TEST_CASE("the exception: a later occurrence of a project renames a contact an earlier one finds by name") {
  // Documented in docs/simulator.md: sent again, the first occurrence no
  // longer finds "Ana Pop" (now "Ana Ene"), and adds her.
  const std::string f = feed(
      R"(<Project Id="1"><Contacts><Contact><FirstName>Ana</FirstName><LastName>Pop</LastName></Contact></Contacts></Project>
<Project Id="1"><Contacts><Contact><FirstName>Ana</FirstName><LastName>Pop</LastName><Email>a@x.ro</Email></Contact></Contacts></Project>
<Project Id="1"><Contacts><Contact><FirstName>Ana</FirstName><LastName>Ene</LastName><Email>a@x.ro</Email></Contact></Contacts></Project>)");
  CHECK(contacts_after({f}).size() == 3);
  CHECK(contacts_after({f, f}).size() == 5);
}
