// How the contacts of one Project element are matched with those a card
// already holds (docs/simulator.md), so that a contact sent again is the
// same contact, never a copy:
//   1. by Contact/@Id;
//   2. else by e-mail (any of its e-mails, ASCII case ignored);
//   3. else by the same FirstName and LastName (an absent name is "");
//   4. else, for a contact with no Id, no e-mail and no name at all, a stored
//      contact that already holds exactly its values (sending it changes nothing);
//   5. else it is a new contact, numbered after the card's last one.
// Within one Project element a stored contact is found by steps 2-4 at most
// once, and not when an earlier step gave it to another sent contact: the
// k-th sent "Radu Stan" is the k-th stored one that is still free. Each step
// runs over all the sent contacts (in document order) before the next, so a
// stronger key wins: an e-mail beats a namesake sent before it. A stored
// contact with another Id is never found by steps 2-4. The contacts sent
// with one Id are one contact. Matching looks at the card as it was before the
// element; the updates are then applied in document order.
// Cost: (sent contacts) x (stored contacts) of one card, nothing more.
#pragma once

#include <vector>

#include "feed/model.h"
#include "sim/card.h"
#include "sim/flatten.h"

namespace syncfeed::sim {

// Upserts the Contact elements `sent` (one Project element's) into `contacts`.
void merge_contacts(std::vector<Contact>& contacts, const std::vector<const Element*>& sent, EmptyElements empty);

}  // namespace syncfeed::sim
