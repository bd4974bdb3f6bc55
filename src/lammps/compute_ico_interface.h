/* compute ico/interface: icosahedra relative to composition interfaces: distance to the nearest
 * interface atom, p_ico(r), formation enthalpy of icosahedra (docs/compute_ico_interface.md) */
#pragma once

#include "analysis_compute.h"
#include "interface_profile.h"
#include "style_args.h"

namespace LAMMPS_NS {

class ComputeIcoInterface : public AnalysisCompute {
 public:
  ComputeIcoInterface(class LAMMPS *, int, char **);
  void init() override;
  int pack_forward_comm(int, int *, double *, int, int *) override;
  void unpack_forward_comm(int, int, double *) override;
  double memory_usage() override;

 private:
  void evaluate() override;    // per-atom distances and all global outputs
  std::uint64_t inputs_fingerprint() override;    // the three inputs' values of the owned atoms
  cunbglass::PerAtomInput conc, ico, pe;
  double rmax;
  int nbins;
  double interface_lo = 0.4, interface_hi = 0.6;
  cunbglass::core::RichThresholds rich;
  double *distance = nullptr;    // per owned atom; -1 when no interface atom within rmax
  double *marked = nullptr;      // per atom incl. ghosts: 1 for interface atoms
  double **table = nullptr;      // nbins x 3 (owned by the base)
  double results[14];
};

}    // namespace LAMMPS_NS
