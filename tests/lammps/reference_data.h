/* Stored expected outputs for the regression tests (tests/data/expected/*.yaml).
 *
 * Each entry has a value, a tolerance and a reason: the independent derivation the value was
 * checked against. With CUNBGLASS_REGENERATE=1 in the environment the measured values replace
 * the stored ones (reasons are kept; new entries get a reason that fails the test until a person
 * writes one). Regenerate only on purpose and say why in the commit. */
#pragma once

#include <map>
#include <string>

namespace cunbglass::test {

class ReferenceData {
 public:
  explicit ReferenceData(const std::string &name);    // tests/data/expected/<name>.yaml
  ~ReferenceData();
  // Compare (or, when regenerating, record) one value.
  void check(const std::string &key, double actual);

 private:
  struct Entry {
    double value = 0.0;
    double tolerance = 0.0;
    std::string reason;
  };
  std::string path, header;
  std::map<std::string, Entry> entries;
  bool regenerate = false;
};

}    // namespace cunbglass::test
