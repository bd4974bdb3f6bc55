/* compute conc/atom: local concentration in a sphere (docs/compute_conc_atom.md) */
#pragma once

#include "analysis_compute.h"

#include <vector>

namespace LAMMPS_NS {

class ComputeConcAtom : public AnalysisCompute {
 public:
  ComputeConcAtom(class LAMMPS *, int, char **);
  void init() override;
  double memory_usage() override;

 private:
  void evaluate() override;
  double radius;
  std::vector<bool> listed_type;    // index: atom type (1-based)
  bool counts = false;                // per-atom array: fraction, selected, total
  double *fraction = nullptr;
  double **table = nullptr;
};

}    // namespace LAMMPS_NS
