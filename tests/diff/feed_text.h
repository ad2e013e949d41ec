// Small helpers for the diff tests: feeds as text, parsed into projects, and
// written to temporary files.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "feed/model.h"
#include "feed/reader.h"

#include "support/temp_folder.h"

namespace syncfeed::test {

class ProjectCollector final : public FeedSink {
 public:
  void on_project(Element& project) override { projects.push_back(std::move(project)); }
  void on_finding(Finding finding) override { findings.push_back(std::move(finding)); }
  std::vector<Element> projects;
  std::vector<Finding> findings;
};

inline std::vector<Element> parse_projects(std::string_view xml) {
  ProjectCollector sink;
  read_feed_text(xml, sink);
  return std::move(sink.projects);
}

inline Element parse_project(std::string_view project_xml) {
  auto projects = parse_projects("<Projects>" + std::string(project_xml) + "</Projects>");
  if (projects.size() != 1) throw std::runtime_error("expected one project in: " + std::string(project_xml));
  return std::move(projects.front());
}

// A complete, lint-clean project with one order of two products.
inline std::string sample_project(std::string_view id = "14353", std::string_view quantity = "1") {
  return "<Project Id=\"" + std::string(id) +
         R"("><Name>Kiss Anna</Name><CategoryId>21</CategoryId><StatusId>Registered</StatusId>
<Contacts><Contact Id="7"><FirstName>Anna</FirstName><LastName>Kiss</LastName><Emails><Email><Value>anna@example.hu</Value></Email></Emails></Contact></Contacts>
<Orders><Order Id="500001"><Number>R-1</Number><CurrencyCode>HUF</CurrencyCode><Performance>2024-03-01</Performance><Status>Issued</Status>
<Customer><Name>Kiss Anna</Name><CountryId>Hungary</CountryId><PostalCode>1111</PostalCode><City>Budapest</City><Address>Fő utca 1.</Address></Customer>
<Products><Product Id="3546"><Name>Tea</Name><PriceNet>1000</PriceNet><Quantity>)" +
         std::string(quantity) + R"(</Quantity><Unit>piece</Unit><VAT>27%</VAT></Product>
<Product Id="3547"><Name>Cup</Name><PriceNet>2500</PriceNet><Quantity>2</Quantity><Unit>piece</Unit><VAT>27%</VAT></Product></Products>
</Order></Orders><Enum1951>gold</Enum1951></Project>)";
}

inline std::string feed_of(const std::vector<std::string>& projects) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n";
  for (const std::string& p : projects) xml += p + "\n";
  return xml + "</Projects>\n";
}

}  // namespace syncfeed::test
