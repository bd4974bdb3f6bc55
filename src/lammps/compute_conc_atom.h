/* compute conc/atom: local concentration in a sphere (docs/compute_conc_atom.md) */
#pragma once

#include "compute.h"

#include <vector>

namespace LAMMPS_NS {

class ComputeConcAtom : public Compute {
 public:
  ComputeConcAtom(class LAMMPS *, int, char **);
  ~ComputeConcAtom() override;
  void init() override;
  void init_list(int, class NeighList *) override;
  void compute_peratom() override;
  double memory_usage() override;

 private:
  double radius;
  std::vector<bool> selected_type;    // index: atom type (1-based)
  bool counts = false;                // per-atom array: fraction, selected, total
  class NeighList *list = nullptr;
  int nmax = 0;
  bool warned = false;    // no-neighbour warning given
  double *fraction = nullptr;
  double **table = nullptr;
};

}    // namespace LAMMPS_NS
