// What a generated feed looks like: the knobs of `syncfeed gen` and of the
// RapidCheck generators.
#pragma once

#include "gen/vocabulary.h"
#include "syncfeed/gen.h"  // GenOptions, Style: public, so that users set them
