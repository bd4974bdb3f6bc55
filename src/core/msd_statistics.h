/* Multiple-origin mean-squared displacement on log-spaced lags, and the power-law fit
 * log10 MSD = n log10 t + B (Baumer & Demkowicz, PRL 110, 145502 (2013): n drops from about 1
 * to about 0.5 at the glass transition). The per-atom origin positions live with the atoms (in
 * the LAMMPS fix); this file holds the bookkeeping that does not depend on atoms. */
#pragma once

#include "power_law_fit.h"

#include <vector>

namespace cunbglass::core {

// Time origins in a ring of `norigins` slots, a new origin every `spacing` samples: at sample n
// the slot (n / spacing) % norigins is refilled when n % spacing == 0. The stored origins then
// reach lags up to about norigins * spacing samples, with memory for norigins positions per atom.
struct OriginSchedule {
  int norigins = 1;
  long spacing = 1;
  int slot_to_fill(long sample) const
  {
    return sample % spacing == 0 ? static_cast<int>((sample / spacing) % norigins) : -1;
  }
  // Spacing that lets norigins origins reach max_lag samples.
  static long spacing_for(long max_lag, int norigins)
  {
    const long s = (max_lag + norigins - 1) / norigins;
    return s < 1 ? 1 : s;
  }
};

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

}    // namespace cunbglass::core
