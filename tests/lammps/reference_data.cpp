#include "reference_data.h"

#include "lammps_fixture.h"

#include <gtest/gtest.h>
#include <mpi.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace cunbglass::test {

namespace {

const char *kNoReason = "TODO: give the independent derivation of this value";

std::string trim(const std::string &s)
{
  const auto b = s.find_first_not_of(" \t\"");
  const auto e = s.find_last_not_of(" \t\"");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}    // namespace

// The file is a small YAML subset:
//   # comments (kept)            values:
//     <key>:
//       value: <number>
//       tolerance: <number>
//       reason: "<text>"
ReferenceData::ReferenceData(const std::string &name) :
    path(data_file("expected/" + name + ".yaml"))
{
  const char *env = std::getenv("CUNBGLASS_REGENERATE");
  regenerate = env && std::string(env) == "1";
  std::ifstream in(path);
  if (!in && !regenerate) {
    ADD_FAILURE() << "missing reference file " << path << " (CUNBGLASS_REGENERATE=1 creates it)";
    return;
  }
  std::string line, key;
  bool in_values = false;
  while (std::getline(in, line)) {
    if (!in_values) {
      header += line + "\n";
      if (line == "values:") in_values = true;
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string field = trim(line.substr(0, colon)), rest = trim(line.substr(colon + 1));
    if (line.rfind("    ", 0) != 0) {
      key = field;
      entries[key];
    } else if (field == "value") {
      entries[key].value = std::stod(rest);
    } else if (field == "tolerance") {
      entries[key].tolerance = std::stod(rest);
    } else if (field == "reason") {
      entries[key].reason = rest;
    }
  }
  if (header.empty()) header = "# expected outputs; see tests/README.md\nvalues:\n";
}

void ReferenceData::check(const std::string &key, double actual)
{
  if (regenerate) {
    auto &e = entries[key];
    e.value = actual;
    if (e.reason.empty()) e.reason = kNoReason;
    return;
  }
  auto it = entries.find(key);
  if (it == entries.end()) {
    ADD_FAILURE() << path << " has no entry '" << key << "' (measured " << actual << ")";
    return;
  }
  const Entry &e = it->second;
  EXPECT_TRUE(!e.reason.empty() && e.reason != kNoReason)
      << path << ": entry '" << key << "' needs the independent reason for its value";
  EXPECT_LE(std::fabs(actual - e.value), e.tolerance)
      << path << ": '" << key << "' is " << std::setprecision(12) << actual << ", expected "
      << e.value << " +- " << e.tolerance << " (" << e.reason << ")";
}

ReferenceData::~ReferenceData()
{
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  if (!regenerate || rank != 0) return;
  std::ofstream out(path);
  out << header;
  for (const auto &[key, e] : entries) {
    out << "  " << key << ":\n"
        << "    value: " << std::setprecision(15) << e.value << "\n"
        << "    tolerance: " << e.tolerance << "\n"
        << "    reason: \"" << e.reason << "\"\n";
  }
}

}    // namespace cunbglass::test
