// The same-data property: the feed a generator wrote holds exactly the data
// it was given. Records are found by their Id (projects, orders, product
// lines; contacts by Id, or in order when they have none), never by position
// in the file; Emails, Phones and Addresses are compared in order.
// Strings must be equal byte for byte; prices, quantities and basket values
// are compared as decimals, equal within kNumberTolerance; VAT as a rate
// ("27%" and "27.0%" are the same rate).
#pragma once

#include <string>
#include <vector>

#include "feed/model.h"

namespace syncfeed::proptest {

// Half a hundredth: a generator may round prices to 2 decimals (the shop's
// own display), which moves a 4-decimal net price by at most 0.005.
inline constexpr double kNumberTolerance = 0.005;

struct SameDataOptions {
  // Fields a generator leaves out on purpose: a tag ("Description") or a
  // record and its tag ("Customer/Name"); neither a difference nor compared.
  std::vector<std::string> ignore;
  // A partial feed: a field absent from the output is not a difference
  // (MiniCRM keeps what a feed leaves out). Records must all be there.
  bool partial = false;
};

struct DataDifference {
  std::string path;        // Project[12]/Orders/Order[1001]/Products/Product[7]/PriceNet
  std::string expected;    // the input's value, or a description ("a Contact")
  std::string actual;      // what the feed holds ("(missing)" when absent)
  std::uint32_t line = 0;  // in the output, where known
};

// The differences between the input's projects and the output's, in the
// input's order; at most `limit`.
std::vector<DataDifference> compare_data(const std::vector<Element>& input, const std::vector<Element>& output,
                                         const SameDataOptions& options, std::size_t limit = 10);

// Gives the output's numbers that same-data finds equal to the input's
// (2165.35 for 2165.3543, 27.0% for 27%) the input's spelling, so that
// plan-equivalent, which compares values as MiniCRM stores them (strings),
// judges what same-data does not.
void adopt_equal_numbers(const std::vector<Element>& input, std::vector<Element>& output);

}  // namespace syncfeed::proptest
