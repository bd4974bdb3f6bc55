#include "msd_statistics.h"

#include "atom_blocks.h"

#include <algorithm>
#include <cmath>

namespace cunbglass::core {

LagSet LagSet::log_spaced(long max_lag, int n)
{
  LagSet set;
  if (n >= max_lag) {    // as many lags as sample intervals: every one of them
    for (long lag = 1; lag <= max_lag; ++lag) set.lags.push_back(lag);
    return set;
  }
  for (int k = 0; k < n; ++k) {
    const double f = n == 1 ? 1.0 : double(k) / (n - 1);
    const long lag = std::lround(std::pow(double(max_lag), f));
    if (set.lags.empty() || lag > set.lags.back()) set.lags.push_back(lag);
  }
  return set;
}

int LagSet::index_of(long lag) const
{
  const auto it = std::lower_bound(lags.begin(), lags.end(), lag);
  return (it != lags.end() && *it == lag) ? static_cast<int>(it - lags.begin()) : -1;
}

void MsdAccumulator::reset(int nlags, int ncols_)
{
  ncols = ncols_;
  msd_sum.assign(static_cast<size_t>(nlags) * ncols, 0.0);
  pairs.assign(nlags, 0.0);
}

void MsdAccumulator::add(int row, const double *msd)
{
  for (int c = 0; c < ncols; ++c) msd_sum[row * ncols + c] += msd[c];
  pairs[row] += 1.0;
}

std::vector<double> squared_displacement_sums(int natoms, const double *unwrapped,
                                              const double *const *history, const int *type,
                                              const unsigned char *selected, const std::vector<int> &types,
                                              const std::vector<int> &slots, const std::vector<double> &com_shift)
{
  const int nslots = static_cast<int>(slots.size()), ncols = 1 + static_cast<int>(types.size());
  return sum_over_atom_blocks(natoms, static_cast<size_t>(nslots) * ncols, [&](int i, double *sums) {
    if (!selected[i]) return;
    const double *u = unwrapped + 3 * static_cast<size_t>(i);
    for (int k = 0; k < nslots; ++k) {
      const double *u0 = history[i] + 3 * slots[k];
      const double *shift = &com_shift[3 * static_cast<size_t>(k)];
      double r2 = 0.0;
      for (int d = 0; d < 3; ++d) {
        const double dr = u[d] - u0[d] - shift[d];
        r2 += dr * dr;
      }
      double *row = sums + static_cast<size_t>(k) * ncols;
      row[0] += r2;
      for (size_t t = 0; t < types.size(); ++t)
        if (type[i] == types[t]) row[1 + t] += r2;
    }
  });
}

}    // namespace cunbglass::core
