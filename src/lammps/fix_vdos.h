/* fix vdos: vibrational density of states from the multiple-origin mass-weighted velocity
 * autocorrelation, per type and direction, and the harmonic quantum heat capacity
 * (docs/fix_vdos.md) */
#pragma once

#include "fix_with_history.h"
#include "vibrational_dos.h"

#include <vector>

namespace LAMMPS_NS {

class FixVdos : public FixWithHistory {
 public:
  FixVdos(class LAMMPS *, int, char **);
  void init() override;
  double compute_vector(int) override;
  double compute_array(int, int) override;

  double memory_usage() override;

 private:
  void sample(long n) override;
  void update_spectrum();
  std::vector<double> restart_header() const override;
  std::string restart_mismatch() const override;
  void append_restart_state(std::vector<double> &state) const override;
  void read_restart_state(const double *&values) override;

  int nlag, norigins = 20, ntypes;
  bool per_type = false, per_direction = false;
  cunbglass::core::Window window = cunbglass::core::Window::hann;
  std::vector<double> temperatures;
  cunbglass::core::VacfAccumulator acc;
  double group_atoms = 0.0;
  bigint previous_x_hash = 0, previous_v_hash = 0;    // rerun check: the last sample's data
  std::vector<double> scaled_v;     // scratch: sqrt(m) v of the owned atoms
  std::vector<int> type_index;      // scratch: type - 1 for group atoms, -1 otherwise

  // output, rebuilt when a sample was added since
  bool spectrum_current = false;
  cunbglass::core::Spectrum spectrum;
  std::vector<std::vector<int>> columns;    // channels summed into each g column
  std::vector<double> heat_capacity;
};

}    // namespace LAMMPS_NS
