#include "vibrational_dos.h"

#include "atom_blocks.h"
#include "math_constants.h"

#include <algorithm>
#include <cmath>

namespace cunbglass::core {

void VacfAccumulator::reset(int nlag_, int nchannels_)
{
  nlag = nlag_;
  nchannels = nchannels_;
  sums.assign(static_cast<size_t>(nlag) * nchannels, 0.0);
  origins.assign(nlag, 0.0);
}

void VacfAccumulator::add(int lag, const double *channel_values)
{
  for (int c = 0; c < nchannels; ++c) sums[static_cast<size_t>(lag) * nchannels + c] += channel_values[c];
  origins[lag] += 1.0;
}

double VacfAccumulator::mean(int lag, int channel) const
{
  return origins[lag] > 0.0 ? sums[static_cast<size_t>(lag) * nchannels + channel] / origins[lag] : 0.0;
}

std::vector<double> correlate_with_origins(int natoms, const double *scaled_v,
                                           const double *const *history, const int *type_index,
                                           int ntypes, const std::vector<int> &slots)
{
  const int nslots = static_cast<int>(slots.size()), width = ntypes * 3;
  return sum_over_atom_blocks(natoms, static_cast<size_t>(nslots) * width, [&](int i, double *sums) {
    if (type_index[i] < 0) return;
    const double *v = scaled_v + 3 * static_cast<size_t>(i);
    for (int s = 0; s < nslots; ++s) {
      const double *v0 = history[i] + 3 * slots[s];
      double *row = sums + static_cast<size_t>(s) * width + 3 * type_index[i];
      row[0] += v[0] * v0[0];
      row[1] += v[1] * v0[1];
      row[2] += v[2] * v0[2];
    }
  });
}

std::vector<double> Spectrum::channel_sum(const std::vector<int> &channels) const
{
  std::vector<double> out(omega.size(), 0.0);
  for (size_t k = 0; k < omega.size(); ++k)
    for (int c : channels) out[k] += at(static_cast<int>(k), c);
  return out;
}

Spectrum spectrum_from_vacf(const std::vector<double> &z, int nchannels, double dt, Window window,
                            double modes)
{
  Spectrum s;
  s.nchannels = nchannels;
  const int nlag = static_cast<int>(z.size() / nchannels);
  if (nlag < 2) return s;
  const int m = nlag - 1;
  const double tmax = m * dt;
  double z0 = 0.0;
  for (int c = 0; c < nchannels; ++c) z0 += z[c];
  s.omega.resize(nlag);
  s.g.assign(static_cast<size_t>(nlag) * nchannels, 0.0);
  if (z0 == 0.0) {
    for (int k = 0; k < nlag; ++k) s.omega[k] = k * kPi / tmax;
    return s;
  }
  // windowed, normalised correlation with the trapezoid end weights
  std::vector<double> f(static_cast<size_t>(nlag) * nchannels);
  for (int j = 0; j < nlag; ++j) {
    double w = 1.0;
    if (window == Window::hann) {
      const double c = std::cos(0.5 * kPi * j / m);
      w = c * c;
    }
    if (j == 0 || j == m) w *= 0.5;
    for (int c = 0; c < nchannels; ++c)
      f[static_cast<size_t>(j) * nchannels + c] = w * z[static_cast<size_t>(j) * nchannels + c] / z0;
  }
  // g(omega_k) = modes (2/pi) dt sum_j f_j cos(pi j k / m); cos by exact index arithmetic
  std::vector<double> cosine(2 * static_cast<size_t>(m));
  for (int r = 0; r < 2 * m; ++r) cosine[r] = std::cos(kPi * r / m);
  const double scale = modes * 2.0 / kPi * dt;
#pragma omp parallel for schedule(static)
  for (int k = 0; k < nlag; ++k) {
    double *gk = s.g.data() + static_cast<size_t>(k) * nchannels;
    for (int j = 0; j < nlag; ++j) {
      const double c = cosine[(static_cast<long>(j) * k) % (2 * m)];
      for (int ch = 0; ch < nchannels; ++ch) gk[ch] += f[static_cast<size_t>(j) * nchannels + ch] * c;
    }
    for (int ch = 0; ch < nchannels; ++ch) gk[ch] *= scale;
  }
  for (int k = 0; k < nlag; ++k) s.omega[k] = k * kPi / tmax;
  return s;
}

double einstein_function(double x)
{
  if (x < 1e-4) return 1.0 - x * x / 12.0;
  if (x > 1e3) return 0.0;    // x^2 e^-x underflows; also T -> 0 (x = inf), where inf * 0 is nan
  const double q = std::exp(-x), d = -std::expm1(-x);    // e^-x and 1 - e^-x, stable for any x > 0
  return x * x * q / (d * d);
}

double harmonic_heat_capacity(const std::vector<double> &omega, const std::vector<double> &g,
                              double temperature)
{
  const size_t n = omega.size();
  if (n < 2 || temperature <= 0.0) return 0.0;
  double c = 0.0;
  for (size_t k = 0; k < n; ++k) {
    const double weight = (k == 0 || k == n - 1) ? 0.5 : 1.0;
    const double dw = k + 1 < n ? omega[k + 1] - omega[k] : omega[k] - omega[k - 1];
    c += weight * dw * g[k] * einstein_function(kHbarOverKb * omega[k] / temperature);
  }
  return c;
}

}    // namespace cunbglass::core
