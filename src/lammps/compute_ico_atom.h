/* compute ico/atom: atoms in full icosahedra by common-neighbour analysis (docs/compute_ico_atom.md) */
#pragma once

#include "compute.h"

#include <vector>

namespace LAMMPS_NS {

class ComputeIcoAtom : public Compute {
 public:
  ComputeIcoAtom(class LAMMPS *, int, char **);
  ~ComputeIcoAtom() override;
  void init() override;
  void init_list(int, class NeighList *) override;
  void compute_peratom() override;
  void compute_vector() override;
  int pack_reverse_comm(int, int, double *) override;
  void unpack_reverse_comm(int, int *, double *) override;
  double memory_usage() override;

 private:
  double cutoff;
  std::vector<bool> centre_type;    // index: atom type (1-based)
  class NeighList *list = nullptr;
  int nmax = 0;
  double *label = nullptr;    // per atom incl. ghosts: 0 none, 1 vertex, 2 centre
  double global[3];
};

}    // namespace LAMMPS_NS
