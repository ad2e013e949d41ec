// Random feed models for the properties of the parts (sim, diff, delta): few
// distinct Reference IDs and values, so that feeds collide (updates,
// unchanged cards, moved orders, namesakes) instead of only creating cards,
// and every shape of contact, business and custom field the format allows,
// those lint warns about included (tests/support/feed_shapes.h counts them).
// RapidCheck's choices all the way down: a failure shrinks, and the property
// prints its seed (replay with RC_PARAMS="seed=N").
//
// The realistic, valid-by-construction generators that users get are
// arbitrary::feed() and its kin (include/syncfeed/arbitrary.h); the models
// of every element with any character, for the reader and the writer, are
// arbitrary::any_projects() (gen/any_model.h).
#pragma once

#include <string>
#include <vector>

#include <rapidcheck.h>

#include "feed/model.h"
#include "syncfeed/arbitrary.h"  // showValue: counterexamples print as canonical XML

namespace syncfeed::arbitrary {

// The knobs the properties need.
struct FeedShape {
  // Every project and order key at most once per feed, and every product at
  // most once in its order. Without it a feed can send one card twice with
  // different data, and applying it again then updates the card back and
  // forth (the cards end as they were). Contacts are never distinct:
  // namesakes, contacts with no Id and no e-mail and the same contact Id
  // twice in one project are what a re-sent feed must survive.
  bool distinct_keys = false;
  // Now and then a person with an Id sent twice in one project, both times
  // with it (as a re-sent feed must survive). diff's properties leave it out:
  // delta's promise (docs/diff.md) does not cover a contact Id twice in a
  // project with different data.
  bool contact_twice = true;
  // Every project is the same card, sent 2 to 6 times: what each occurrence
  // adds, replaces (lists) and leaves out piles up on one card.
  bool one_card = false;
  // Free-text values that test escaping and exactness (empty, padded, "&",
  // "<", quotes, accents) instead of a handful of plain words.
  bool tricky_values = false;
};

// Projects in canonical order, ready for canonical_document().
rc::Gen<std::vector<Element>> random_projects(FeedShape shape = {});

// A whole feed, as XML text.
rc::Gen<std::string> random_feed(FeedShape shape = {});

// The free-text values of FeedShape::tricky_values.
rc::Gen<std::string> tricky_value();

// One more record for a later revision of a feed (the diff properties'
// mutations), drawn inside a property: a project with people and orders of
// its own (with distinct keys, order Ids made from `id`), or an order.
Element random_project(const std::string& id, const FeedShape& shape);
Element random_order(const std::string& id, const FeedShape& shape);

}  // namespace syncfeed::arbitrary
