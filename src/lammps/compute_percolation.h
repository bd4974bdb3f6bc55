/* compute percolation: clusters of selected atoms, exact periodic percolation, spanning length
 * (docs/compute_percolation.md) */
#pragma once

#include "analysis_compute.h"
#include "style_args.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace LAMMPS_NS {

class ComputePercolation : public AnalysisCompute {
 public:
  ComputePercolation(class LAMMPS *, int, char **);
  void init() override;
  int pack_forward_comm(int, int *, double *, int, int *) override;
  void unpack_forward_comm(int, int, double *) override;
  int pack_reverse_comm(int, int, double *) override;
  void unpack_reverse_comm(int, int *, double *) override;
  double memory_usage() override;

 private:
  void evaluate() override;
  std::uint64_t inputs_fingerprint() override;    // the selection values of the owned atoms
  double cutoff;
  enum class Select { GROUP, COMPUTE, VARIABLE } select = Select::GROUP;
  cunbglass::PerAtomInput select_compute;
  std::string select_variable;
  double *cluster_id = nullptr;    // per owned atom: min atom ID of its cluster, 0 unselected
  double *selected = nullptr;      // per atom incl. ghosts
  std::vector<double> select_value;    // per owned atom: the select input, fetched this step
  double *referenced = nullptr;    // per atom incl. ghosts: a ghost copy is a cluster node somewhere
  double results[9];
};

}    // namespace LAMMPS_NS
