#include "vibrational_dos.h"

#include <gtest/gtest.h>
#include <omp.h>

#include <cmath>
#include <limits>
#include <random>

using namespace cunbglass::core;

namespace {
constexpr double kPi = 3.14159265358979323846;

double trapezoid(const std::vector<double> &w, const std::vector<double> &g)
{
  double s = 0.0;
  for (size_t k = 0; k + 1 < w.size(); ++k) s += 0.5 * (g[k] + g[k + 1]) * (w[k + 1] - w[k]);
  return s;
}

// Z(t) of independent oscillators: sum_a c_a cos(omega_a t), one channel
std::vector<double> oscillators(const std::vector<double> &c, const std::vector<double> &w, int nlag, double dt)
{
  std::vector<double> z(nlag, 0.0);
  for (int j = 0; j < nlag; ++j)
    for (size_t a = 0; a < c.size(); ++a) z[j] += c[a] * std::cos(w[a] * j * dt);
  return z;
}
}    // namespace

TEST(VibrationalDos, SpectrumIntegratesToTheModesAndPeaksAtTheFrequency)
{
  const double w0 = 12.5, dt = 0.01, modes = 300.0;
  const int nlag = 2001;
  for (Window window : {Window::none, Window::hann}) {
    const auto s = spectrum_from_vacf(oscillators({1.0}, {w0}, nlag, dt), 1, dt, window, modes);
    ASSERT_EQ(s.omega.size(), size_t(nlag));
    EXPECT_NEAR(s.omega[1], kPi / (dt * (nlag - 1)), 1e-12);
    EXPECT_NEAR(trapezoid(s.omega, s.g), modes, 1e-9 * modes);
    size_t peak = 0;
    for (size_t k = 0; k < s.g.size(); ++k) if (s.g[k] > s.g[peak]) peak = k;
    EXPECT_NEAR(s.omega[peak], w0, s.omega[1]);
  }
}

TEST(VibrationalDos, ChannelsAddUpAndKeepTheirWeights)
{
  // two channels with weights 1 : 3 and frequencies 5 and 20 rad/ps
  const double dt = 0.01;
  const int nlag = 1501;
  const auto z1 = oscillators({1.0}, {5.0}, nlag, dt), z2 = oscillators({3.0}, {20.0}, nlag, dt);
  std::vector<double> z(2 * nlag);
  for (int j = 0; j < nlag; ++j) { z[2 * j] = z1[j]; z[2 * j + 1] = z2[j]; }
  const auto s = spectrum_from_vacf(z, 2, dt, Window::hann, 12.0);
  std::vector<double> g1(nlag), g2(nlag);
  for (int k = 0; k < nlag; ++k) { g1[k] = s.at(k, 0); g2[k] = s.at(k, 1); }
  EXPECT_NEAR(trapezoid(s.omega, g1), 3.0, 1e-9);
  EXPECT_NEAR(trapezoid(s.omega, g2), 9.0, 1e-9);
  const auto total = s.channel_sum({0, 1});
  EXPECT_NEAR(total[100], g1[100] + g2[100], 1e-12);
}

TEST(VibrationalDos, EinsteinSolidHeatCapacity)
{
  // one frequency: C / k_B = modes E(hbar w0 / k_B T), and 3N at high T
  const double w0 = 20.0, dt = 0.005, modes = 3.0 * 100;
  const auto s = spectrum_from_vacf(oscillators({1.0}, {w0}, 4001, dt), 1, dt, Window::hann, modes);
  for (double T : {50.0, 150.0, 400.0}) {
    const double expected = modes * einstein_function(kHbarOverKb * w0 / T);
    EXPECT_NEAR(harmonic_heat_capacity(s.omega, s.g, T), expected, 2e-3 * modes) << T;
  }
  EXPECT_NEAR(harmonic_heat_capacity(s.omega, s.g, 1e5), modes, 1e-4 * modes);
  EXPECT_NEAR(einstein_function(1e-6), 1.0, 1e-12);
  EXPECT_NEAR(einstein_function(2.0), 4.0 * std::exp(2.0) / std::pow(std::exp(2.0) - 1, 2), 1e-14);
  for (double x : {699.0, 700.5, 1e4, std::numeric_limits<double>::infinity()}) {    // far above k_B T: zero, never NaN
    EXPECT_GE(einstein_function(x), 0.0);
    EXPECT_LT(einstein_function(x), 1e-290);
  }
  // T -> 0: every mode above omega = 0 frozen out (x = hbar w / k_B T overflows to inf), never
  // NaN; what is left is the trapezoid weight of the omega = 0 point, which stays classical
  const double zero_mode = 0.5 * (s.omega[1] - s.omega[0]) * s.g[0];
  for (double T : {1e-300, 1e-30, 1e-3}) EXPECT_DOUBLE_EQ(harmonic_heat_capacity(s.omega, s.g, T), zero_mode) << T;
}

TEST(VibrationalDos, CorrelationKernelMatchesBruteForceForAnyThreadCount)
{
  const int natoms = 1500, ntypes = 2, nslots = 5;
  std::mt19937 rng(7);
  std::normal_distribution<double> normal;
  std::vector<double> v(3 * natoms), store(static_cast<size_t>(natoms) * 3 * nslots);
  std::vector<const double *> history(natoms);
  std::vector<int> type(natoms);
  for (auto &x : v) x = normal(rng);
  for (auto &x : store) x = normal(rng);
  for (int i = 0; i < natoms; ++i) {
    history[i] = store.data() + static_cast<size_t>(i) * 3 * nslots;
    type[i] = i % 7 == 0 ? -1 : i % 3 == 0;    // some atoms outside the group
  }
  const std::vector<int> slots = {4, 1, 2};
  std::vector<double> expected(slots.size() * ntypes * 3, 0.0);
  for (int i = 0; i < natoms; ++i)
    for (size_t s = 0; s < slots.size(); ++s)
      for (int d = 0; d < 3; ++d)
        if (type[i] >= 0) expected[s * 6 + 3 * type[i] + d] += v[3 * i + d] * history[i][3 * slots[s] + d];
  const int threads = omp_get_max_threads();
  omp_set_num_threads(1);
  const auto one = correlate_with_origins(natoms, v.data(), history.data(), type.data(), ntypes, slots);
  omp_set_num_threads(4);
  const auto four = correlate_with_origins(natoms, v.data(), history.data(), type.data(), ntypes, slots);
  omp_set_num_threads(threads);
  ASSERT_EQ(one.size(), expected.size());
  for (size_t k = 0; k < expected.size(); ++k) {
    EXPECT_NEAR(one[k], expected[k], 1e-10);
    EXPECT_EQ(one[k], four[k]);
  }
}

TEST(VibrationalDos, AccumulatorAveragesOverOrigins)
{
  VacfAccumulator acc;
  acc.reset(3, 2);
  const double a[2] = {1.0, 2.0}, b[2] = {3.0, 6.0};
  acc.add(1, a);
  acc.add(1, b);
  EXPECT_DOUBLE_EQ(acc.mean(1, 0), 2.0);
  EXPECT_DOUBLE_EQ(acc.mean(1, 1), 4.0);
  EXPECT_DOUBLE_EQ(acc.mean(2, 0), 0.0);
}
