#include "power_law_fit.h"

#include <algorithm>
#include <cmath>

namespace cunbglass::core {

PowerLawFit fit_power_law(const std::vector<double> &x, const std::vector<double> &y, double xmin,
                          double xmax)
{
  double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
  PowerLawFit fit;
  for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
    if (!(x[i] >= xmin && x[i] <= xmax && x[i] > 0.0 && y[i] > 0.0)) continue;
    const double lx = std::log10(x[i]), ly = std::log10(y[i]);
    sx += lx;
    sy += ly;
    sxx += lx * lx;
    sxy += lx * ly;
    syy += ly * ly;
    ++fit.points;
  }
  if (fit.points < 2) return fit;
  const double n = fit.points;
  const double vx = sxx - sx * sx / n, vy = syy - sy * sy / n, cxy = sxy - sx * sy / n;
  if (vx <= 0.0) return fit;
  fit.exponent = cxy / vx;
  fit.intercept = (sy - fit.exponent * sx) / n;
  fit.r_squared = vy > 0.0 ? cxy * cxy / (vx * vy) : 1.0;
  if (fit.points > 2) {
    const double residual = vy - fit.exponent * cxy;    // sum of squared residuals
    fit.exponent_error = std::sqrt(std::max(0.0, residual) / (n - 2) / vx);
  }
  return fit;
}

}    // namespace cunbglass::core
