#include "phonon_models.h"
#include "math_constants.h"

#include "vibrational_dos.h"

#include <algorithm>
#include <cmath>

namespace cunbglass::core {

namespace {

// int_a^b f by composite Simpson with n (even) intervals
template <class F> double simpson(F f, double a, double b, int n)
{
  const double h = (b - a) / n;
  double s = f(a) + f(b);
  for (int i = 1; i < n; ++i) s += (i % 2 ? 4.0 : 2.0) * f(a + i * h);
  return s * h / 3.0;
}
}    // namespace

double debye_dos(double omega, double volume, double v)
{
  return volume * omega * omega / (2.0 * kPi * kPi * v * v * v);
}

double crossover_frequency(double thickness, double v) { return 2.0 * kPi * v / thickness; }

double film_dos(double omega, double volume, double thickness, double v)
{
  if (omega >= crossover_frequency(thickness, v)) return debye_dos(omega, volume, v);
  return volume * thickness * omega * omega * omega / (4.0 * kPi * kPi * kPi * v * v * v * v);
}

double phonon_integral(int power, double x)
{
  // the integrand t^(p-2) E(t) is below 1e-300 beyond t = 750; Simpson on a fine grid
  const double upper = std::min(x, 750.0);
  if (upper <= 0.0) return 0.0;
  const int n = 2 * static_cast<int>(std::ceil(upper * 200.0 / 2.0)) + 2;
  return simpson([power](double t) { return std::pow(t, power - 2) * einstein_function(t); }, 0.0,
                 upper, n);
}

double film_heat_capacity_low_t(double temperature, double thickness, double v)
{
  const double w = temperature / kHbarOverKb;    // k_B T / hbar in rad/ps
  return 120.0 * kZeta5 * 3.0 / (4.0 * kPi * kPi * kPi) * thickness / std::pow(v, 4) * std::pow(w, 4);
}

double debye_heat_capacity_low_t(double temperature, double v)
{
  return 2.0 * kPi * kPi / 5.0 * std::pow(temperature / (kHbarOverKb * v), 3);
}

double zaccone_crossover_ratio(double temperature, double thickness, double v)
{
  const double xx = 2.0 * kPi * v * kHbarOverKb / (thickness * temperature);
  return 1.0 + 15.0 * thickness / (8.0 * std::pow(kPi, 5)) * temperature / (kHbarOverKb * v) *
                   phonon_integral(5, xx);
}

double film_heat_capacity(double temperature, double thickness, double v, double number_density)
{
  const double wd = v * std::cbrt(6.0 * kPi * kPi * number_density);
  const double wx = std::min(crossover_frequency(thickness, v), wd);
  auto integrand = [&](double w) {
    return 3.0 * film_dos(w, 1.0, thickness, v) * einstein_function(kHbarOverKb * w / temperature);
  };
  return simpson(integrand, 0.0, wx, 4000) + (wd > wx ? simpson(integrand, wx, wd, 4000) : 0.0);
}

double debye_heat_capacity(double temperature, double theta)
{
  const double r = temperature / theta;
  return 9.0 * r * r * r * phonon_integral(4, 1.0 / r);
}

SoundVelocity sound_velocity_from_dos(const std::vector<double> &omega, const std::vector<double> &g,
                                      double volume, double wmin, double wmax)
{
  SoundVelocity out;
  double s = 0.0, s2 = 0.0;
  for (size_t k = 0; k < omega.size() && k < g.size(); ++k) {
    if (!(omega[k] >= wmin && omega[k] <= wmax && omega[k] > 0.0)) continue;
    const double r = g[k] / (omega[k] * omega[k]);
    s += r;
    s2 += r * r;
    ++out.points;
  }
  if (out.points == 0 || s <= 0.0) return out;
  const double mean = s / out.points;
  out.v = std::cbrt(3.0 * volume / (2.0 * kPi * kPi * mean));
  if (out.points > 1) {
    const double sd = std::sqrt(std::max(0.0, (s2 - s * mean) / (out.points - 1)));
    out.error = out.v / 3.0 * sd / std::sqrt(double(out.points)) / mean;    // v ~ mean^(-1/3)
  }
  return out;
}

}    // namespace cunbglass::core
