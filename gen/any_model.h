// Random valid feed models for the reader's and the writer's properties:
// Element trees that the reader could have produced, with every element of
// the format. Values hold what breaks naive writers: CR, TAB and LF (in
// attributes too), leading and trailing spaces, "]]>", "&", "<", characters
// outside the BMP, empty values; custom fields carry attributes, nesting and
// mixed content.
//
// "Valid" means: known children in canonical order, at most one of each list
// container (the reader merges repeated ones), custom fields only where the
// format takes them (under Project and an order's Project), custom names that
// are not known fields there, and mixed content as the reader keeps it (text
// runs that are not only whitespace, never two in a row, beside at least one
// element).
//
// Beside the keyed feeds of gen/random_feed.h (few keys and values, so that
// records collide) this is the other end: any structure, any character, no
// care for keys. Counterexamples print as canonical XML (showValue in
// include/syncfeed/arbitrary.h); a property prints its seed.
#pragma once

#include <vector>

#include <rapidcheck.h>

#include "feed/model.h"
#include "syncfeed/arbitrary.h"

namespace syncfeed::arbitrary {

// One Project, up to five levels deep.
rc::Gen<Element> any_project();
// Up to three projects.
rc::Gen<std::vector<Element>> any_projects();
// The same with suppression directives (feed/directive.h) before random
// elements and text runs, as the reader keeps them.
rc::Gen<std::vector<Element>> any_projects_with_directives();

}  // namespace syncfeed::arbitrary
