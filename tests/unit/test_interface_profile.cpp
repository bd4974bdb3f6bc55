#include "interface_profile.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace cunbglass::core;

TEST(InterfaceProfile, FormationEnergyInterpolatesLinearly)
{
  // Icosahedral atoms: mean c = 0.5, mean e = -4. A-rich: (0.9, -3), B-rich: (0.1, -7).
  // The line through the references gives -7 + (4 / 0.8) (0.5 - 0.1) = -5 at c = 0.5: H = +1.
  const ClassSums ico{2, -8, 1.0}, a{3, -9, 2.7}, b{4, -28, 0.4};
  EXPECT_DOUBLE_EQ(formation_energy(ico, a, b), 1.0);
  // at a reference composition the reference energy itself is subtracted
  EXPECT_DOUBLE_EQ(formation_energy(ClassSums{1, -3.5, 0.9}, a, b), -0.5);
  EXPECT_TRUE(std::isnan(formation_energy(ClassSums{}, a, b)));
  EXPECT_TRUE(std::isnan(formation_energy(ico, ClassSums{1, -1, 0.5}, ClassSums{1, -2, 0.5})));
}

TEST(InterfaceProfile, DistanceToNearestMarkedAtom)
{
  // atoms on a line at x = 0, 1, ..., 9; marked: 3 and 7; every atom neighbours every other
  std::vector<double> x;
  for (int i = 0; i < 10; ++i) x.insert(x.end(), {double(i), 0.0, 0.0});
  NeighbourGraph g;
  for (int i = 0; i < 10; ++i) {
    for (int j = 0; j < 10; ++j)
      if (j != i) g.indices.push_back(j);
    g.offsets.push_back(int(g.indices.size()));
  }
  std::vector<unsigned char> marked(10, 0);
  marked[3] = marked[7] = 1;
  const auto d = distance_to_marked(x.data(), g, marked);
  const double expected[10] = {3, 2, 1, 0, 1, 2, 1, 0, 1, 2};
  for (int i = 0; i < 10; ++i) EXPECT_DOUBLE_EQ(d[i], expected[i]);
  std::vector<unsigned char> none(10, 0);
  EXPECT_TRUE(std::isinf(distance_to_marked(x.data(), g, none)[0]));
  // profile over [0, 4) in 4 bins, flags on even atoms, atom 9 excluded
  std::vector<unsigned char> flag(10), include(10, 1);
  for (int i = 0; i < 10; ++i) flag[i] = i % 2 == 0;
  include[9] = 0;
  const auto p = distance_profile(d, flag, include, 4.0, 4);
  EXPECT_EQ(p.atoms, (std::vector<double>{2, 4, 2, 1}));
  EXPECT_EQ(p.flagged, (std::vector<double>{0, 4, 0, 1}));
}
