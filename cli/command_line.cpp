#include "cli/command_line.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <typeindex>

namespace syncfeed::cli {
namespace {

bool is_number_type(const std::type_info& type) {
  static const std::type_index numbers[] = {
      typeid(short), typeid(unsigned short), typeid(int),        typeid(unsigned),
      typeid(long),  typeid(unsigned long),  typeid(long long),  typeid(unsigned long long),
      typeid(float), typeid(double),         typeid(long double)};
  for (const std::type_index& n : numbers)
    if (n == std::type_index(type)) return true;
  return false;
}

// A programming error, caught by every test that runs a command: a numeric
// option whose value Boost would convert on its own (see NumberOption).
void require_number_values(const po::options_description& options) {
  for (const auto& option : options.options()) {
    const po::value_semantic* semantic = option->semantic().get();
    if (dynamic_cast<const NumberOption*>(semantic)) continue;
    const auto* typed = dynamic_cast<const po::typed_value_base*>(semantic);
    if (typed && is_number_type(typed->value_type()))
      throw std::logic_error(
          fmt::format("--{} takes a number but is not made with number_value()", option->long_name()));
  }
}

}  // namespace

namespace detail {

std::string real_text(double value) { return fmt::format("{}", value); }

void ChoiceValue::xparse(boost::any& store, const std::vector<std::string>& tokens) const {
  po::validators::check_first_occurrence(store);
  const std::string& text = po::validators::get_single_string(tokens);
  if (std::find(choices_.begin(), choices_.end(), text) == choices_.end()) throw ChoiceError(or_list(choices_), text);
  store = text;
}

}  // namespace detail

std::string or_list(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
  return out;
}

void CommandLine::add_positional(const char* name, const po::value_semantic* semantic, int count) {
  hidden.add_options()(name, semantic);
  positional.add(name, count);
}

std::string command_of(const std::string& usage) {
  std::istringstream words(usage);
  std::string command, word;
  while (words >> word &&
         (command.empty() || word.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos))
    command += (command.empty() ? "" : " ") + word;
  return command;
}

int usage_error(const std::string& message) {
  fmt::print(stderr, "syncfeed: {}\n", message);
  return kExitError;
}

std::optional<int> parse_command_line(CommandLine& line, const Args& args) {
  line.options.add_options()("help,h", "show this help");
  require_number_values(line.options);
  require_number_values(line.hidden);
  po::options_description all;
  all.add(line.options).add(line.hidden);
  try {
    po::store(po::command_line_parser(args).options(all).positional(line.positional).run(), line.values);
    po::notify(line.values);
  } catch (const po::error& e) {
    usage_error(fmt::format("{} (see: {} --help)", e.what(), command_of(line.usage)));
    return kExitError;
  }
  if (line.values.count("help")) {
    std::cout << "Usage: " << line.usage << "\n\n" << line.description << "\n\n" << line.options << "\n";
    return kExitClean;
  }
  return std::nullopt;
}

}  // namespace syncfeed::cli
