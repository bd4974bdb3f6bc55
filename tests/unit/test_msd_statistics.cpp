#include "msd_statistics.h"

#include <gtest/gtest.h>

#include <cmath>

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

TEST(MsdStatistics, OriginScheduleReachesTheLongestLag)
{
  const OriginSchedule s{4, OriginSchedule::spacing_for(100, 4)};
  EXPECT_EQ(s.spacing, 25);
  EXPECT_EQ(s.slot_to_fill(0), 0);
  EXPECT_EQ(s.slot_to_fill(25), 1);
  EXPECT_EQ(s.slot_to_fill(26), -1);
  EXPECT_EQ(s.slot_to_fill(100), 0);    // the oldest origin is replaced
  // at sample 100, before replacement, origins 0, 25, 50, 75 reach lags 100, 75, 50, 25
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
