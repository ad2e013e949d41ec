// How the children of an element are matched with their counterparts in
// another revision of the same record: Projects, Orders and Products by Id,
// Contacts by Id, else e-mail, else name (FirstName and LastName), else position, e-mails, phones and addresses by
// position, fields by tag, custom fields by name. Both diff and delta (and
// the merge of duplicated projects) match records this way and only this way.
#pragma once

#include <string>
#include <vector>

#include "feed/model.h"

namespace syncfeed::diff {

struct KeyedChild {
  const Element* element = nullptr;
  std::string key;   // equal keys = the same record in both revisions
  std::string step;  // how the child is named in a path: Order[500001], Name, Email[#2]
};

// The children of `parent`, in order, each with its key. A key seen twice
// under one parent (a repeated field, a duplicated Order Id) gets "#2", "#3"
// on its second, third occurrence, so that keys stay unique.
std::vector<KeyedChild> keyed_children(const Element& parent);

// A list wrapper whose items are the data (Orders, Products, Contacts, Emails,
// Phones, Addresses): absent and empty mean the same, and it is compared item
// by item, never as a whole.
bool is_list_container(Kind kind);

// The step naming a project: Project[14353].
std::string project_step(const Element& project);

// The usable Id of a Project (MiniCRM's Reference ID), or nullptr when it has
// none or an empty one: such a project cannot be upserted.
const std::string* project_id(const Element& project);

}  // namespace syncfeed::diff
