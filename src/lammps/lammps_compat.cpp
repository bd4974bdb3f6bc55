#include "lammps_compat.h"

#include "force.h"
#include "neighbor.h"
#include "pair.h"

#include <algorithm>

namespace cunbglass::compat {

double ghost_cutoff(LAMMPS_NS::LAMMPS *lmp)
{
  double cut = 0.0;
  if (lmp->force->pair) cut = lmp->force->pair->cutforce + lmp->neighbor->skin;
  return std::max(cut, lmp->comm->cutghostuser);
}

}    // namespace cunbglass::compat
