#include "time_origins.h"

#include <gtest/gtest.h>

using namespace cunbglass::core;

TEST(TimeOrigins, RingReachesTheLongestLagAndReportsStoredLags)
{
  OriginRing ring(4, OriginRing::spacing_for(100, 4));
  EXPECT_EQ(ring.spacing(), 25);
  EXPECT_EQ(ring.slot_to_fill(0), 0);
  EXPECT_EQ(ring.slot_to_fill(25), 1);
  EXPECT_EQ(ring.slot_to_fill(26), -1);
  EXPECT_EQ(ring.slot_to_fill(100), 0);    // the oldest origin is replaced
  for (long n = 0; n < 100; ++n) {
    const int slot = ring.slot_to_fill(n);
    if (slot >= 0) ring.fill(slot, n);
  }
  // at sample 100, before the replacement, origins 0, 25, 50, 75 reach lags 100, 75, 50, 25
  const auto all = ring.lags_at(100, 100);
  EXPECT_EQ(all.slots, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(all.lags, (std::vector<long>{100, 75, 50, 25}));
  const auto short_lags = ring.lags_at(100, 60);    // at most 60 samples back
  EXPECT_EQ(short_lags.slots, (std::vector<int>{2, 3}));
  EXPECT_EQ(short_lags.lags, (std::vector<long>{50, 25}));
  // a slot filled on this sample has lag 0
  ring.fill(ring.slot_to_fill(100), 100);
  EXPECT_EQ(ring.lags_at(100, 10).lags, (std::vector<long>{0}));
  EXPECT_EQ(OriginRing(3, OriginRing::spacing_for(2, 3)).spacing(), 1) << "never below one sample";
}

TEST(TimeOrigins, RestartStateRoundTripsAndRefusesAnotherHeader)
{
  OriginRing ring(3, 2);
  ring.fill(0, 0);
  ring.fill(1, 2);
  RestartState state({3.0, 30.0, 0.002});
  state.values().push_back(7.0);
  ring.append_state(state.values());
  const std::vector<double> stored = state.values();
  ASSERT_EQ(stored.size(), 3u + 1u + 3u);

  const double *rest = nullptr;
  ASSERT_TRUE(RestartState({3.0, 30.0, 0.002}).header_matches(stored.data(), rest));
  EXPECT_EQ(*rest++, 7.0);
  OriginRing restored(3, 2);
  restored.read_state(rest);
  EXPECT_EQ(rest, stored.data() + stored.size());
  for (int s = 0; s < 3; ++s) EXPECT_EQ(restored.origin(s), ring.origin(s));
  EXPECT_EQ(restored.origin(2), -1) << "an empty slot stays empty";

  EXPECT_FALSE(RestartState({3.0, 31.0, 0.002}).header_matches(stored.data(), rest)) << "other lags";
  EXPECT_FALSE(RestartState({3.0, 30.0, 0.001}).header_matches(stored.data(), rest)) << "other timestep";
}
