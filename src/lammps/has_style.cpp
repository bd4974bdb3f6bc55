#include "has_style.h"

#include "error.h"
#include "info.h"
#include "input.h"
#include "variable.h"

#include <cctype>
#include <string>

using namespace LAMMPS_NS;

namespace {

const char *const kCategories[] = {"atom",     "integrate", "minimize", "pair",   "bond",
                                   "angle",    "dihedral",  "improper", "kspace", "fix",
                                   "compute",  "region",    "dump",     "command"};
const char *const kUsage = "has_style category name variable (category: atom, integrate, "
                           "minimize, pair, bond, angle, dihedral, improper, kspace, fix, "
                           "compute, region, dump or command)";

bool is_variable_name(const std::string &s)
{
  if (s.empty()) return false;
  for (char c : s)
    if (!(isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

}    // namespace

void HasStyle::command(int narg, char **arg)
{
  if (narg != 3)
    error->all(FLERR, "has_style: expected 3 arguments, got {}. Usage: {}", narg, kUsage);
  const std::string category = arg[0];
  bool known = false;
  for (const char *c : kCategories) known = known || category == c;
  if (!known) error->all(FLERR, "has_style: unknown category '{}'. Usage: {}", category, kUsage);
  if (!is_variable_name(arg[2]))
    error->all(FLERR, "has_style: '{}' is not a variable name (letters, digits, underscores). Usage: {}",
               arg[2], kUsage);
  if (input->variable->find(arg[2]) >= 0)
    error->all(FLERR, "has_style: variable '{}' exists already; pick an unused name (or 'variable {} "
               "delete' first). Usage: {}", arg[2], arg[2], kUsage);
  Info info(lmp);
  const bool found = info.has_style(category, arg[1]);
  input->one(std::string("variable ") + arg[2] + " string " + (found ? "1" : "0"));
}
