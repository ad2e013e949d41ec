// syncfeed's public C++ API, all of it: find_package(syncfeed), link
// syncfeed::syncfeed, #include <syncfeed/syncfeed.h>. The surface and what
// stays stable: docs/api.md.
#pragma once

#include "syncfeed/arbitrary.h"
#include "syncfeed/diff.h"
#include "syncfeed/gen.h"
#include "syncfeed/lint.h"
#include "syncfeed/model.h"
#include "syncfeed/read.h"
#include "syncfeed/simulate.h"
#include "syncfeed/write.h"
