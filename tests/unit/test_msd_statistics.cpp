#include "msd_statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <omp.h>

using namespace cunbglass::core;

TEST(MsdStatistics, LogSpacedLagsAreUniqueWholeSamples)
{
  const auto set = LagSet::log_spaced(1000, 7);    // 10^(0, 0.5, ..., 3)
  EXPECT_EQ(set.lags, (std::vector<long>{1, 3, 10, 32, 100, 316, 1000}));
  EXPECT_EQ(set.index_of(32), 3);
  EXPECT_EQ(set.index_of(33), -1);
  // a short range gives fewer distinct lags than asked for
  EXPECT_EQ(LagSet::log_spaced(5, 30).lags, (std::vector<long>{1, 2, 3, 4, 5}));
  // as many lags as intervals or more: every interval, at once (a hostile n costs nothing)
  EXPECT_EQ(LagSet::log_spaced(4, 4).lags, (std::vector<long>{1, 2, 3, 4}));
  const auto all = LagSet::log_spaced(1000, 2147483647);
  ASSERT_EQ(all.lags.size(), 1000u);
  EXPECT_EQ(all.lags.front(), 1);
  EXPECT_EQ(all.lags.back(), 1000);
}

TEST(MsdStatistics, PowerLawFitRecoversExponentAndIntercept)
{
  std::vector<double> t, msd;
  for (double x = 0.1; x < 100; x *= 1.5) {
    t.push_back(x);
    msd.push_back(3.0 * std::pow(x, 0.5));
  }
  const auto fit = fit_power_law(t, msd, 1.0, 50.0);
  EXPECT_NEAR(fit.exponent, 0.5, 1e-12);
  EXPECT_NEAR(fit.intercept, std::log10(3.0), 1e-12);
  EXPECT_NEAR(fit.r_squared, 1.0, 1e-12);
  int inside = 0;
  for (double x : t) inside += x >= 1.0 && x <= 50.0;
  EXPECT_EQ(fit.points, inside);
  EXPECT_LT(fit_power_law(t, msd, 1000, 2000).points, 2);
}

TEST(MsdStatistics, KernelSumsSquaredDisplacementsPerColumnWhateverTheThreads)
{
  // Atoms on a line displaced by i * 0.001 along x from slot 0's origin and by 0.5 along y
  // from slot 1's, types alternating 1, 2; atom 3 not counted. Analytic sums, any thread count.
  const int n = 3000;
  std::vector<double> u(3 * n), origin(6 * n);
  std::vector<int> type(n);
  std::vector<unsigned char> selected(n, 1);
  selected[3] = 0;
  std::vector<double *> history(n);
  for (int i = 0; i < n; ++i) {
    u[3 * i] = 2.0 * i;
    u[3 * i + 1] = 1.0;
    origin[6 * i] = 2.0 * i - 0.001 * i;    // slot 0: displacement (0.001 i, 0, 0)
    origin[6 * i + 1] = 1.0;
    origin[6 * i + 3] = 2.0 * i;            // slot 1: displacement (0, 0.5, 0) + shift
    origin[6 * i + 4] = 0.5;
    history[i] = &origin[6 * i];
    type[i] = 1 + i % 2;
  }
  const std::vector<int> types{2};
  const std::vector<int> slots{1, 0};
  const std::vector<double> shift{0.0, 0.25, 0.0, 0.0, 0.0, 0.0};    // slot 1: the centre moved 0.25 in y
  double all0 = 0, type2_0 = 0;
  for (int i = 0; i < n; ++i) {
    if (i == 3) continue;
    const double r2 = 1e-6 * i * i;
    all0 += r2;
    if (i % 2) type2_0 += r2;
  }
  const double counted_atoms = n - 1, counted_type2 = n / 2 - 1;
  for (int threads : {1, 2, 3}) {
    omp_set_num_threads(threads);
    const auto sums = squared_displacement_sums(n, u.data(), history.data(), type.data(), selected.data(),
                                                types, slots, shift);
    ASSERT_EQ(sums.size(), 4u);
    EXPECT_NEAR(sums[0], counted_atoms * 0.0625, 1e-9) << "slot 1, all: (0.5 - 0.25)^2 each";
    EXPECT_NEAR(sums[1], counted_type2 * 0.0625, 1e-9) << "slot 1, type 2";
    EXPECT_NEAR(sums[2], all0, 1e-9 * all0) << "slot 0, all";
    EXPECT_NEAR(sums[3], type2_0, 1e-9 * type2_0) << "slot 0, type 2";
    static std::vector<double> first;
    if (threads == 1) first = sums;
    EXPECT_EQ(sums, first) << "bit-identical for " << threads << " threads";
  }
  omp_set_num_threads(1);
}
