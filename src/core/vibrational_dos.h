/* Vibrational density of states from MD: the mass-weighted velocity autocorrelation
 *   Z(t) = sum_i m_i <v_i(t0) . v_i(t0 + t)>    (average over time origins t0)
 * over many origins, its windowed cosine transform normalised to the number of modes,
 *   g(omega) = modes * (2/pi) int_0^tmax w(t) Z(t)/Z(0) cos(omega t) dt,
 * and the harmonic quantum heat capacity C = k_B sum g(omega) x^2 e^x / (e^x - 1)^2 with
 * x = hbar omega / k_B T. The transform is a type-I discrete cosine transform on the frequencies
 * omega_k = k pi / tmax, k = 0 .. nlag-1, so the trapezoid sum of g over that grid equals modes
 * exactly (Dickey & Paskin, Phys. Rev. 188, 1407 (1969) for the VACF route to g(omega)).
 * Units: time in ps, omega in rad/ps, T in K (LAMMPS metal). */
#pragma once

#include <cstddef>
#include <vector>

namespace cunbglass::core {

// hbar / k_B in K ps (CODATA 2018: hbar = 6.582119569e-4 eV ps, k_B = 8.617333262e-5 eV/K)
constexpr double kHbarOverKb = 6.582119569e-4 / 8.617333262e-5;

// Sums of Z over time origins, per lag and channel (a channel is an atom type and direction),
// with the number of origins that reached each lag.
struct VacfAccumulator {
  int nlag = 0, nchannels = 0;
  std::vector<double> sums;       // nlag x nchannels
  std::vector<double> origins;    // per lag
  void reset(int nlag_, int nchannels_);
  void add(int lag, const double *channel_values);    // one origin's Z at this lag
  double mean(int lag, int channel) const;            // 0 where no origin reached the lag
};

// Per-sample kernel: for every slot s in `slots`, the sums over atoms of
// sqrt(m_i) v_i(now) . sqrt(m_i) v_i(origin of s), split by channel
// (type_index[i] * 3 + direction). `scaled_v` holds sqrt(m) v of the atoms (3 per atom),
// `history[i]` the atom's stored sqrt(m) v for every slot (3 per slot); atoms with
// type_index < 0 are skipped. Returns slots.size() x (ntypes * 3) sums. Threads split the atoms
// into fixed blocks whose sums are added in block order: the result does not depend on the
// number of threads.
std::vector<double> correlate_with_origins(int natoms, const double *scaled_v,
                                           const double *const *history, const int *type_index,
                                           int ntypes, const std::vector<int> &slots);

enum class Window { none, hann };

struct Spectrum {
  std::vector<double> omega;    // rad/ps, nlag values
  std::vector<double> g;        // nlag x nchannels, modes per rad/ps
  int nchannels = 0;
  double at(int k, int channel) const { return g[static_cast<std::size_t>(k) * nchannels + channel]; }
  std::vector<double> channel_sum(const std::vector<int> &channels) const;    // per frequency
};

// g of every channel from Z (nlag x nchannels, lag spacing dt in ps): each channel's cosine
// transform divided by the total Z(0) (the sum over channels) and multiplied by `modes`, so the
// channels add up to the total g that integrates to `modes`. A Hann window w(t) =
// cos^2(pi t / (2 tmax)) removes the ringing of the truncated correlation.
Spectrum spectrum_from_vacf(const std::vector<double> &z, int nchannels, double dt, Window window,
                            double modes);

// C / k_B = sum over the frequency grid (trapezoid weights) of g(omega) E(hbar omega / k_B T),
// E(x) = x^2 e^x / (e^x - 1)^2 (E(0) = 1). With g integrating to 3N this tends to 3N at high T.
double harmonic_heat_capacity(const std::vector<double> &omega, const std::vector<double> &g,
                              double temperature);

// Einstein function E(x) = x^2 e^x / (e^x - 1)^2, accurate at small and large x.
double einstein_function(double x);

}    // namespace cunbglass::core
