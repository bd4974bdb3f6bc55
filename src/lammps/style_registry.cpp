#include "style_registry.h"

#include "compute_conc_atom.h"
#include "compute_ico_atom.h"
#include "compute_ico_interface.h"
#include "compute_percolation.h"
#include "compute_sq_bt.h"
#include "fix_msd_exponent.h"
#include "fix_vdos.h"
#include "has_style.h"

namespace cunbglass {

namespace {

template <class Style> void *create(void *lmp, int narg, char **arg)
{
  return new Style(static_cast<LAMMPS_NS::LAMMPS *>(lmp), narg, arg);
}

void *create_command(void *lmp)
{
  return new LAMMPS_NS::HasStyle(static_cast<LAMMPS_NS::LAMMPS *>(lmp));
}

}    // namespace

const std::vector<StyleEntry> &registered_styles()
{
  static const std::vector<StyleEntry> styles = {
      {"compute", "conc/atom", "local concentration of selected types in a sphere",
       &create<LAMMPS_NS::ComputeConcAtom>},
      {"compute", "ico/atom", "atoms in full icosahedra (555 common-neighbour analysis)",
       &create<LAMMPS_NS::ComputeIcoAtom>},
      {"compute", "ico/interface",
       "icosahedra and composition interfaces: distance, p_ico(r), formation enthalpy",
       &create<LAMMPS_NS::ComputeIcoInterface>},
      {"compute", "percolation", "clusters of selected atoms, exact periodic percolation, spanning length",
       &create<LAMMPS_NS::ComputePercolation>},
      {"compute", "sq/bt", "Bhatia-Thornton structure factors S_NN, S_NC, S_CC(q), composition wavelength",
       &create<LAMMPS_NS::ComputeSqBt>},
      {"fix", "msd/exponent", "multiple-origin MSD on log-spaced lags and the diffusion exponent n",
       &create<LAMMPS_NS::FixMsdExponent>},
      {"fix", "vdos", "vibrational density of states from the velocity autocorrelation, heat capacity",
       &create<LAMMPS_NS::FixVdos>},
      {"command", "has_style", "has_style category name var: var = 1 if this LAMMPS has the style, else 0",
       nullptr, &create_command},
  };
  return styles;
}

}    // namespace cunbglass
