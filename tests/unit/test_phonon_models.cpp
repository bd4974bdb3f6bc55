#include "phonon_models.h"
#include "vibrational_dos.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace cunbglass::core;

namespace {
constexpr double kPi = 3.14159265358979323846;

// int_a^b f by the midpoint rule on n intervals (independent of the library's Simpson)
template <class F> double midpoint(F f, double a, double b, int n)
{
  double s = 0.0;
  for (int i = 0; i < n; ++i) s += f(a + (i + 0.5) * (b - a) / n);
  return s * (b - a) / n;
}
}    // namespace

TEST(PhononModels, IntegralsGiveZetaFiveAndTheDebyeConstant)
{
  EXPECT_NEAR(120.0 * kZeta5, 124.431, 5e-4);
  EXPECT_NEAR(phonon_integral(5, 80.0), 120.0 * kZeta5, 1e-6 * 124.431);
  EXPECT_NEAR(phonon_integral(4, 80.0), 4.0 * std::pow(kPi, 4) / 15.0, 1e-6 * 26.0);
  EXPECT_NEAR(phonon_integral(5, 1e-3), std::pow(1e-3, 4) / 4.0, 1e-14);    // t^3 near 0
}

TEST(PhononModels, FilmDosMeetsDebyeAtTheCrossover)
{
  const double V = 1000.0, L = 20.0, v = 30.0, wx = crossover_frequency(L, v);
  EXPECT_NEAR(wx, 2 * kPi * 30.0 / 20.0, 1e-12);
  EXPECT_NEAR(film_dos(wx * (1 - 1e-12), V, L, v), debye_dos(wx, V, v), 1e-9 * debye_dos(wx, V, v));
  EXPECT_NEAR(film_dos(0.3 * wx, V, L, v) / debye_dos(0.3 * wx, V, v), 0.3, 1e-12);
  EXPECT_DOUBLE_EQ(film_dos(2 * wx, V, L, v), debye_dos(2 * wx, V, v));
}

TEST(PhononModels, FilmLowTemperatureLawIsTheIntegralOfTheCubicModes)
{
  // at T = 2 K the crossover (72 K) and the Debye cutoff are far above k_B T / hbar
  const double L = 20.0, v = 30.0, n = 0.07;
  for (double T : {1.0, 2.0}) {
    const double exact = film_heat_capacity_low_t(T, L, v);
    EXPECT_NEAR(film_heat_capacity(T, L, v, n), exact, 1e-4 * exact);
  }
  // C ~ T^4 and ~ L
  EXPECT_NEAR(film_heat_capacity_low_t(2.0, L, v) / film_heat_capacity_low_t(1.0, L, v), 16.0, 1e-12);
  EXPECT_NEAR(film_heat_capacity_low_t(1.0, 3 * L, v) / film_heat_capacity_low_t(1.0, L, v), 3.0, 1e-12);
}

TEST(PhononModels, CrossoverFormulaAddsTheFilmModesAndReducesToDebye)
{
  const double v = 30.0;
  for (double L : {15.0, 30.0, 60.0})
    for (double T : {5.0, 20.0, 80.0}) {
      // the film's omega^3 modes below omega_x, integrated by brute force, over the Debye C
      const double wx = crossover_frequency(L, v);
      const double film = midpoint([&](double w) {
        return 3.0 * film_dos(w, 1.0, L, v) * einstein_function(kHbarOverKb * w / T);
      }, 0.0, wx, 200000);
      const double expected = 1.0 + film / debye_heat_capacity_low_t(T, v);
      EXPECT_NEAR(zaccone_crossover_ratio(T, L, v), expected, 1e-6 * expected) << L << " " << T;
    }
  EXPECT_NEAR(zaccone_crossover_ratio(10.0, 1e7, v), 1.0, 1e-9);    // L -> infinity: Debye
}

TEST(PhononModels, DebyeWithCutoffHasBothLimits)
{
  const double theta = 300.0;
  EXPECT_NEAR(debye_heat_capacity(100 * theta, theta), 3.0, 1e-4);
  const double T = 3.0;
  EXPECT_NEAR(debye_heat_capacity(T, theta), 12.0 * std::pow(kPi, 4) / 5.0 * std::pow(T / theta, 3),
              1e-6 * debye_heat_capacity(T, theta));
  // per volume with theta = hbar v (6 pi^2 n)^(1/3) / k_B equals the per-atom value times n
  const double v = 30.0, n = 0.08, th = kHbarOverKb * v * std::cbrt(6 * kPi * kPi * n);
  EXPECT_NEAR(debye_heat_capacity_low_t(T, v), n * debye_heat_capacity(T, th),
              1e-6 * debye_heat_capacity_low_t(T, v));
  // the film model with L beyond the box of all wavelengths is the Debye solid
  EXPECT_NEAR(film_heat_capacity(50.0, 1e9, v, n), n * debye_heat_capacity(50.0, th),
              1e-5 * n * debye_heat_capacity(50.0, th));
}

TEST(PhononModels, SoundVelocityFromADebyeSpectrum)
{
  const double V = 5000.0, v = 25.0;
  std::vector<double> w, g;
  for (int k = 1; k <= 50; ++k) {
    w.push_back(0.2 * k);
    g.push_back(3.0 * debye_dos(w.back(), V, v));
  }
  const auto s = sound_velocity_from_dos(w, g, V, 1.0, 5.0);
  EXPECT_NEAR(s.v, v, 1e-10);
  EXPECT_NEAR(s.error, 0.0, 1e-10);
  EXPECT_EQ(s.points, 21);
}

TEST(PowerLawFit, ExponentErrorFollowsTheScatter)
{
  std::vector<double> x, y;
  for (int k = 1; k <= 40; ++k) {
    x.push_back(k);
    y.push_back(std::pow(k, 3.0) * (1.0 + (k % 2 ? 0.05 : -0.05)));
  }
  const auto fit = fit_power_law(x, y, 1.0, 40.0);
  EXPECT_NEAR(fit.exponent, 3.0, 0.02);
  EXPECT_GT(fit.exponent_error, 0.001);
  EXPECT_LT(fit.exponent_error, 0.05);
  std::vector<double> clean(x.size());
  for (size_t k = 0; k < x.size(); ++k) clean[k] = 2.0 * std::pow(x[k], 1.5);
  const auto exact = fit_power_law(x, clean, 1.0, 40.0);
  EXPECT_NEAR(exact.exponent, 1.5, 1e-12);
  EXPECT_NEAR(exact.exponent_error, 0.0, 1e-7);
}
