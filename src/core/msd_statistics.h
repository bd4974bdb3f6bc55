/* Multiple-origin mean-squared displacement on log-spaced lags, and the power-law fit
 * log10 MSD = n log10 t + B (Baumer & Demkowicz, PRL 110, 145502 (2013): n drops from about 1
 * to about 0.5 at the glass transition). The per-atom origin positions live with the atoms (in
 * the LAMMPS fix); the origins' schedule is core/time_origins.h. */
#pragma once

#include "power_law_fit.h"

#include <vector>

namespace cunbglass::core {

// Lags (in samples) at which the MSD is measured: about n values spaced evenly in log between
// 1 and max_lag, rounded to whole samples and without repeats (so short ranges give fewer);
// n >= max_lag gives every lag 1 .. max_lag (work and memory stay bounded by max_lag).
struct LagSet {
  std::vector<long> lags;    // increasing
  static LagSet log_spaced(long max_lag, int n);
  int index_of(long lag) const;    // -1 when the lag is not in the set
};

// Sums per lag: columns of MSD values (all atoms, then each type) and the number of
// (origin, sample) pairs that contributed.
struct MsdAccumulator {
  int ncols = 1;
  std::vector<double> msd_sum, pairs;
  void reset(int nlags, int ncols_);
  void add(int row, const double *msd);
  double mean_msd(int row, int col) const { return msd_sum[row * ncols + col] / pairs[row]; }
};

// Per-sample kernel: for every slot in `slots` (entry k), the sums over atoms of the squared
// displacement |u_i - origin_i(slot) - com_shift_k|^2, in column 0 for every selected atom and in
// column 1 + t for those whose type is types[t]. `unwrapped` holds 3 values per atom,
// `history[i]` the atom's stored origins (3 per slot), `com_shift` 3 values per entry (the centre
// of mass's own displacement, or zeros); atoms with selected[i] == 0 are skipped. Returns
// slots.size() x (1 + types.size()) sums, independent of the number of threads.
std::vector<double> squared_displacement_sums(int natoms, const double *unwrapped,
                                              const double *const *history, const int *type,
                                              const unsigned char *selected, const std::vector<int> &types,
                                              const std::vector<int> &slots, const std::vector<double> &com_shift);

}    // namespace cunbglass::core
