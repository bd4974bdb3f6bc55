#include "msd_statistics.h"

#include <algorithm>
#include <cmath>

namespace cunbglass::core {

LagSet LagSet::log_spaced(long max_lag, int n)
{
  LagSet set;
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

PowerLawFit fit_power_law(const std::vector<double> &lag, const std::vector<double> &msd,
                          double tmin, double tmax)
{
  double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
  PowerLawFit fit;
  for (size_t i = 0; i < lag.size(); ++i) {
    if (!(lag[i] >= tmin && lag[i] <= tmax && msd[i] > 0.0)) continue;
    const double x = std::log10(lag[i]), y = std::log10(msd[i]);
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
    ++fit.points;
  }
  if (fit.points < 2) return fit;
  const double n = fit.points;
  const double vx = sxx - sx * sx / n, vy = syy - sy * sy / n, cxy = sxy - sx * sy / n;
  if (vx <= 0.0) return fit;
  fit.exponent = cxy / vx;
  fit.intercept = (sy - fit.exponent * sx) / n;
  fit.r_squared = vy > 0.0 ? cxy * cxy / (vx * vy) : 1.0;
  return fit;
}

}    // namespace cunbglass::core
