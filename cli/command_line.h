// Boost.Program_options plumbing shared by the subcommands: parse, --help,
// usage errors that exit 2 with a hint, positional arguments, numeric
// options that take only numbers in their range, and options that take one
// word of a list.
#pragma once

#include <boost/program_options.hpp>

#include <charconv>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "cli/command.h"

namespace syncfeed::cli {

namespace po = boost::program_options;

struct CommandLine {
  std::string usage;        // "syncfeed fmt [FILE|-] [options]"
  std::string description;  // one paragraph
  po::options_description options{"Options"};
  po::options_description hidden;  // behind the positional arguments: parsed, not listed by --help
  po::positional_options_description positional;
  po::variables_map values;

  // FILE... and the like: `name` takes the next `count` positional arguments
  // (-1: all the rest). It stays out of --help, which names them in `usage`.
  void add_positional(const char* name, const po::value_semantic* semantic, int count);
};

// The command as the user types it, from the usage: "syncfeed state show"
// for "syncfeed state show --state DB ...".
std::string command_of(const std::string& usage);

// Adds --help, parses `args`. Returns an exit code when the command must stop
// here (help printed: 0; usage error printed: 2), nothing when it may go on.
std::optional<int> parse_command_line(CommandLine& line, const Args& args);

// Prints "syncfeed: <message>" to stderr and returns kExitError.
int usage_error(const std::string& message);

// Every option that takes a number is made by number_value(): Boost's own
// conversion reads "-1" into an unsigned option as its largest value (a
// --max-text without limit, a gen -n that never ends). parse_command_line
// refuses an option of a numeric type made otherwise, so none is forgotten.
struct NumberOption {
  virtual ~NumberOption() = default;
};

namespace detail {

// The one error of a numeric option: "--jobs takes a whole number from 1 to 1024, not '0'".
// Boost fills in the option's name when the error passes through po::store.
class NumberError final : public po::error_with_option_name {
 public:
  NumberError(const std::string& range, const std::string& text)
      : po::error_with_option_name("--%option% takes " + range + ", not '%value%'") {
    set_substitute("value", text);
  }
};

std::string real_text(double value);  // 0.5, 1, not 0.500000

// Decimal digits only (a sign for signed types, a point for reals): no
// spaces, no "0x", no "1e3" for a count, no "inf" or "nan".
template <class T>
bool parse_decimal(const std::string& text, T& out) {
  if (text.empty() || text.front() == '+' || (std::is_unsigned_v<T> && text.front() == '-')) return false;
  if constexpr (std::is_floating_point_v<T>)
    if (text.find_first_not_of("-0123456789.") != std::string::npos) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

template <class T>
class NumberValue final : public po::typed_value<T>, public NumberOption {
 public:
  NumberValue(T* target, T min, T max) : po::typed_value<T>(target), min_(min), max_(max) { this->value_name("N"); }
  void xparse(boost::any& store, const std::vector<std::string>& tokens) const override {
    po::validators::check_first_occurrence(store);
    const std::string& text = po::validators::get_single_string(tokens);
    T value{};
    if (!parse_decimal(text, value) || !(value >= min_ && value <= max_)) throw NumberError(range(), text);
    store = value;
  }

 private:
  std::string range() const {
    if constexpr (std::is_integral_v<T>)
      return "a whole number from " + std::to_string(min_) + " to " + std::to_string(max_);
    else
      return "a number from " + real_text(min_) + " to " + real_text(max_);
  }
  T min_, max_;
};

// The word options' error: "--color takes auto, always or never, not 'sometimes'".
class ChoiceError final : public po::error_with_option_name {
 public:
  ChoiceError(const std::string& choices, const std::string& text)
      : po::error_with_option_name("--%option% takes " + choices + ", not '%value%'") {
    set_substitute("value", text);
  }
};

class ChoiceValue final : public po::typed_value<std::string> {
 public:
  ChoiceValue(std::string* target, std::vector<std::string> choices, const char* value_name)
      : po::typed_value<std::string>(target), choices_(std::move(choices)) {
    this->value_name(value_name);
  }
  void xparse(boost::any& store, const std::vector<std::string>& tokens) const override;

 private:
  std::vector<std::string> choices_;
};

}  // namespace detail

// "a, b or c": the way the help and the errors list choices.
std::string or_list(const std::vector<std::string>& words);

// An option that takes one of `choices`, stored in `target`; any other word
// is a usage error that lists them.
inline po::typed_value<std::string>* choice_value(std::string* target, std::vector<std::string> choices,
                                                  const char* value_name = "WORD") {
  return new detail::ChoiceValue(target, std::move(choices), value_name);
}

// An option that takes a number from `min` to `max`, stored in `target`.
template <class T>
po::typed_value<T>* number_value(T* target, T min, T max = std::numeric_limits<T>::max()) {
  static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>);
  return new detail::NumberValue<T>(target, min, max);
}

}  // namespace syncfeed::cli
