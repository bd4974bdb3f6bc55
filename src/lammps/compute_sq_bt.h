/* compute sq/bt: Bhatia-Thornton structure factors and the composition wavelength
 * (docs/compute_sq_bt.md) */
#pragma once

#include <array>

#include "analysis_compute.h"
#include "structure_factor.h"

namespace LAMMPS_NS {

class ComputeSqBt : public AnalysisCompute {
 public:
  ComputeSqBt(class LAMMPS *, int, char **);
  void init() override;
  double memory_usage() override;

 private:
  void evaluate() override;
  void update_wavevectors();
  int type_a, type_b, nbins;
  double qmin, qmax;
  cunbglass::core::BoxWavevectors waves;
  std::array<std::array<double, 3>, 3> cached_cell{};    // the cell vectors of `waves`
  double **table = nullptr;                       // nbins x 5 (owned by the base)
  double peak[7];
};

}    // namespace LAMMPS_NS
