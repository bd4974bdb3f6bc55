/* fix msd/exponent: multiple-origin MSD on log-spaced lags and the diffusion exponent n
 * (docs/fix_msd_exponent.md) */
#pragma once

#include "fix_with_history.h"
#include "msd_statistics.h"

#include <array>
#include <vector>

namespace LAMMPS_NS {

class FixMsdExponent : public FixWithHistory {
 public:
  FixMsdExponent(class LAMMPS *, int, char **);
  void init() override;
  double compute_vector(int) override;
  double compute_array(int, int) override;

  double memory_usage() override;

 private:
  void sample(long n) override;
  void group_com(double *cm);
  bool moved_half_a_cell(const std::array<std::array<double, 3>, 3> &cell, const double *now,
                         const double *before) const;
  std::vector<double> restart_header() const override;
  std::string restart_mismatch() const override;
  void append_restart_state(std::vector<double> &state) const override;
  void read_restart_state(const double *&values) override;

  double tmin, tmax, lagmax;
  std::vector<int> types;    // per-type columns
  int norigins = 20, nlag = 30;
  bool remove_com = false;
  cunbglass::core::LagSet lagset;
  cunbglass::core::MsdAccumulator acc;
  std::vector<double> origin_com;   // per slot, 3 values
  std::vector<double> unwrapped;    // scratch: unwrapped positions of the owned atoms
  std::vector<unsigned char> selected;    // scratch: 1 for owned group atoms
  std::vector<double> column_atoms; // atoms per column (group, then each type)
  mutable bool fit_current = false;
  mutable cunbglass::core::PowerLawFit fit;
};

}    // namespace LAMMPS_NS
