#include "msd_statistics.h"

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

}    // namespace cunbglass::core
