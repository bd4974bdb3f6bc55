/* Least-squares power law y = 10^B x^n on log-log axes, with the standard error of n. Used for
 * the MSD exponent (fix msd/exponent), the low-frequency exponent of a VDOS g ~ omega^a and the
 * low-temperature exponent of a heat capacity C ~ T^b (fix vdos, tools/programs/vdosfit). */
#pragma once

#include <vector>

namespace cunbglass::core {

struct PowerLawFit {
  double exponent = 0.0, intercept = 0.0, r_squared = 0.0;    // n, B (log10), R^2
  double exponent_error = 0.0;    // standard error of n from the residuals (0 with 2 points)
  int points = 0;
};

// Least squares of log10 y against log10 x over the points with xmin <= x <= xmax and y > 0;
// fewer than 2 points give a fit with points < 2 and zeros.
PowerLawFit fit_power_law(const std::vector<double> &x, const std::vector<double> &y, double xmin,
                          double xmax);

}    // namespace cunbglass::core
