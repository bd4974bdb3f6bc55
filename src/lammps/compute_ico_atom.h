/* compute ico/atom: atoms in full icosahedra by common-neighbour analysis or by Voronoi index
 * (docs/compute_ico_atom.md) */
#pragma once

#include "analysis_compute.h"
#include "neighbour_graph.h"

#include <vector>

namespace LAMMPS_NS {

class ComputeIcoAtom : public AnalysisCompute {
 public:
  ComputeIcoAtom(class LAMMPS *, int, char **);
  void init() override;
  int pack_reverse_comm(int, int, double *) override;
  void unpack_reverse_comm(int, int *, double *) override;
  double memory_usage() override;

 private:
  void evaluate() override;
  std::vector<int> label_voronoi(const cunbglass::core::NeighbourGraph &graph,
                                 const std::vector<unsigned char> &selected, int nall);

  double cutoff;
  std::vector<bool> center_type;    // index: atom type (1-based)
  bool voronoi = false;             // method voronoi (else cna)
  double face_threshold = 0.0, edge_threshold = 0.0;
  bool index_output = false;        // per-atom array: label, n3, n4, n5, n6, faces
  double *label = nullptr;    // per atom incl. ghosts: 0 none, 1 vertex, 2 centre
  double **table = nullptr;   // index output: per owned atom, label and Voronoi index
  int open_cells = 0;          // method voronoi: candidate cells not closed within Rc
  double global[4];
};

}    // namespace LAMMPS_NS
