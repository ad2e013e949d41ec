// Runs a check once over each kind of state the simulator writes to, each
// fresh: the in-memory reference, apply's SQLite state (in a transaction, as
// apply runs), and plan's scratch store.
#pragma once

#include <string_view>

#include "sim/scratch_state.h"
#include "sim_support.h"
#include "support/temp_folder.h"

namespace syncfeed::test {

template <typename Check>
void for_each_state(Check check) {
  {
    MemoryState state;
    check(std::string_view("memory"), state);
  }
  {
    TempFolder dir;
    Database db((dir / "state.db").string(), Database::Mode::ReadWriteCreate);
    Transaction transaction(db, true);
    SqliteState state(db);
    check(std::string_view("sqlite"), state);
  }
  {
    ScratchState state;
    check(std::string_view("scratch"), state);
  }
}

}  // namespace syncfeed::test
