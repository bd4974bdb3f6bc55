/* has_style: ask whether this LAMMPS has a style, without stopping when it does not.
 *
 *   has_style category name variable
 *
 * defines the string variable `variable` (a name not in use) as 1 if the running LAMMPS has style `name` in `category`
 * (atom, integrate, minimize, pair, bond, angle, dihedral, improper, kspace, fix, compute,
 * region, dump, command), 0 if not. LAMMPS's own is_available(category,name) stops with
 * "Unknown category" when the style is missing (29 Sep 2021 .. 4 Feb 2025), so a deck cannot use
 * it to skip an optional package. */
#pragma once

#include "command.h"

namespace LAMMPS_NS {

class HasStyle : public Command {
 public:
  explicit HasStyle(LAMMPS *lmp) : Command(lmp) {}
  void command(int narg, char **arg) override;
};

}    // namespace LAMMPS_NS
