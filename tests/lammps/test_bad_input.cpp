/* Bad input to every style: the cases of tests/data/bad_input.txt (its header gives the format),
 * one test per section, each refusal checked for the ERROR text that names the token or the fix. */
#include "lammps_fixture.h"

#include <cctype>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

namespace {

struct Step {
  enum Kind { Glass, Run, Refuse } kind;
  std::string commands, expected;    // commands with newlines; expected: for Refuse
  int line;
};

struct Section {
  std::string style;
  std::vector<Step> steps;
};

std::string trim(const std::string &s)
{
  const auto begin = s.find_first_not_of(' '), end = s.find_last_not_of(' ');
  return begin == std::string::npos ? "" : s.substr(begin, end - begin + 1);
}

std::string commands_of(std::string text)
{
  for (size_t at; (at = text.find(" ; ")) != std::string::npos;) text.replace(at, 3, "\n");
  return trim(text);
}

std::vector<Section> read_cases()
{
  std::vector<Section> sections;
  std::ifstream in(cunbglass::test::data_file("bad_input.txt"));
  if (!in) sections.push_back({"missing tests/data/bad_input.txt", {}});
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      sections.push_back({line.substr(1, line.find(']') - 1), {}});
      continue;
    }
    const auto colon = line.find(':');
    const std::string kind = line.substr(0, colon), rest = colon == std::string::npos ? "" : line.substr(colon + 1);
    if (sections.empty() || colon == std::string::npos) {
      sections.push_back({"malformed line " + std::to_string(number), {}});
    } else if (kind == "glass") {
      sections.back().steps.push_back({Step::Glass, commands_of(rest), "", number});
    } else if (kind == "run") {
      sections.back().steps.push_back({Step::Run, commands_of(rest), "", number});
    } else if (kind == "refuse" && rest.find(" => ") != std::string::npos) {
      const auto arrow = rest.find(" => ");
      sections.back().steps.push_back({Step::Refuse, commands_of(rest.substr(0, arrow)), trim(rest.substr(arrow + 4)), number});
    } else {
      sections.push_back({"malformed line " + std::to_string(number), {}});
    }
  }
  return sections;
}

// gtest prints a failing parameter with this: the section's style, not its bytes
void PrintTo(const Section &section, std::ostream *out) { *out << section.style; }

class BadInput : public cunbglass::test::LammpsTest, public ::testing::WithParamInterface<Section> {};

TEST_P(BadInput, RefusedWithTheTokenOrTheFix)
{
  const Section &section = GetParam();
  ASSERT_FALSE(section.steps.empty()) << section.style << ": no cases (or a malformed line)";
  for (const auto &step : section.steps) {
    SCOPED_TRACE("tests/data/bad_input.txt:" + std::to_string(step.line));
    if (step.kind == Step::Glass) load_cuzr_glass(step.commands.empty() ? "" : step.commands + "\n");
    if (step.kind == Step::Run) run(step.commands);
    if (step.kind == Step::Refuse) {
      const std::string message = expect_error(step.commands);
      EXPECT_NE(message.find(step.expected), std::string::npos)
          << step.commands << "\n  gave: " << message << "\n  expected it to contain: " << step.expected;
    }
  }
}

std::string test_name(const ::testing::TestParamInfo<Section> &info)
{
  std::string name;
  for (char c : info.param.style) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(EveryStyle, BadInput, ::testing::ValuesIn(read_cases()), test_name);

}    // namespace
