/* fix msd/exponent: multiple-origin MSD on log-spaced lags and the diffusion exponent n
 * (docs/fix_msd_exponent.md) */
#pragma once

#include "fix.h"
#include "msd_statistics.h"
#include "per_atom_history.h"

#include <memory>
#include <vector>

namespace LAMMPS_NS {

class FixMsdExponent : public Fix {
 public:
  FixMsdExponent(class LAMMPS *, int, char **);
  ~FixMsdExponent() override;
  int setmask() override;
  void init() override;
  void setup(int) override;
  void end_of_step() override;
  double compute_vector(int) override;
  double compute_array(int, int) override;

  void grow_arrays(int) override;
  void copy_arrays(int, int, int) override;
  int pack_exchange(int, double *) override;
  int unpack_exchange(int, double *) override;
  void write_restart(FILE *) override;
  void restart(char *) override;
  int pack_restart(int, double *) override;
  void unpack_restart(int, int) override;
  int size_restart(int) override;
  int maxsize_restart() override;
  double memory_usage() override;

 private:
  void sample();
  void group_com(double *cm);
  std::vector<double> global_state() const;

  double tmin, tmax, lagmax;
  std::vector<int> types;    // per-type columns
  int norigins = 20, nlag = 30;
  bool remove_com = false;
  cunbglass::core::OriginSchedule schedule;
  cunbglass::core::LagSet lagset;
  cunbglass::core::MsdAccumulator acc;
  double sample_time = 0.0;         // time between samples (Nevery * dt) at the first sample
  bigint start_step = -1;           // step of sample 0; -1 before the first sample
  bigint last_sample_step = -1;
  std::vector<long> origin_sample;  // per slot; -1 empty
  std::vector<double> origin_com;   // per slot, 3 values
  std::vector<double> column_atoms; // atoms per column (group, then each type)
  std::unique_ptr<cunbglass::PerAtomHistory> origin;    // per atom: 3 unwrapped coordinates per slot
  mutable bool fit_current = false;
  mutable cunbglass::core::PowerLawFit fit;
};

}    // namespace LAMMPS_NS
