#include "interface_profile.h"
#include "neighbour_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

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
  // atoms on a line at x = 0, 1, ..., 9; marked: 3 and 7
  std::vector<double> x;
  for (int i = 0; i < 10; ++i) x.insert(x.end(), {double(i), 0.0, 0.0});
  std::vector<unsigned char> marked(10, 0);
  marked[3] = marked[7] = 1;
  const auto d = distance_to_marked(x.data(), 10, 10, marked, 20.0);
  const double expected[10] = {3, 2, 1, 0, 1, 2, 1, 0, 1, 2};
  for (int i = 0; i < 10; ++i) EXPECT_DOUBLE_EQ(d[i], expected[i]);
  std::vector<unsigned char> none(10, 0);
  EXPECT_TRUE(std::isinf(distance_to_marked(x.data(), 10, 10, none, 20.0)[0]));
  // only distances below rmax count: atom 0 is 3 away from atom 3
  EXPECT_TRUE(std::isinf(distance_to_marked(x.data(), 10, 10, marked, 3.0)[0]));
  EXPECT_DOUBLE_EQ(distance_to_marked(x.data(), 10, 10, marked, 3.0)[1], 2.0);
  // entries beyond n_owned (ghosts) are searched but get no distance of their own
  const auto owned = distance_to_marked(x.data(), 2, 10, marked, 20.0);
  ASSERT_EQ(owned.size(), 2u);
  EXPECT_DOUBLE_EQ(owned[1], 2.0);
  // profile over [0, 4) in 4 bins, flags on even atoms, atom 9 left out
  std::vector<unsigned char> flag(9);
  for (int i = 0; i < 9; ++i) flag[i] = i % 2 == 0;
  const auto p = distance_profile(std::vector<double>(d.begin(), d.begin() + 9), flag, 4.0, 4);
  EXPECT_EQ(p.atoms, (std::vector<double>{2, 4, 2, 1}));
  EXPECT_EQ(p.flagged, (std::vector<double>{0, 4, 0, 1}));
}

// The cell search against every pair: random atoms in a periodic box with their images, about a
// third marked, for rmax from below the nearest-neighbour distance to more than the box.
TEST(InterfaceProfile, DistanceToMarkedMatchesBruteForce)
{
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const Vec3 lengths{13.0, 9.0, 11.0};
  std::vector<Vec3> atoms(400);
  for (auto &a : atoms) a = {lengths[0] * u(rng), lengths[1] * u(rng), lengths[2] * u(rng)};
  for (const double rmax : {0.3, 1.7, 4.0, 9.5, 25.0}) {
    const auto imaged = add_periodic_images(atoms, Box::orthogonal(lengths), rmax);
    const int n_all = static_cast<int>(imaged.original.size());
    std::vector<unsigned char> marked(n_all);
    for (int i = 0; i < n_all; ++i) marked[i] = imaged.original[i] % 3 == 0;
    const auto d = distance_to_marked(imaged.x.data(), imaged.num_owned, n_all, marked, rmax);
    for (int i = 0; i < imaged.num_owned; ++i) {
      double best2 = rmax * rmax;
      for (int j = 0; j < n_all; ++j) {
        if (!marked[j]) continue;
        double r2 = 0.0;
        for (int k = 0; k < 3; ++k) r2 += std::pow(imaged.x[3 * j + k] - imaged.x[3 * i + k], 2);
        best2 = std::min(best2, r2);
      }
      const double expected = marked[i] ? 0.0 : (best2 < rmax * rmax ? std::sqrt(best2) : INFINITY);
      ASSERT_EQ(d[i], expected) << "atom " << i << ", rmax " << rmax;
    }
  }
}

TEST(InterfaceProfile, SumsSortAtomsIntoClassesAndTheyAddOverRanks)
{
  // c > 0.75: A-rich, c < 0.25: B-rich (unless icosahedral); one atom beyond rmax
  const std::vector<InterfaceAtom> rank0{{0.0, 0.5, -4.0, true}, {1.5, 0.9, -3.0, false}},
      rank1{{INFINITY, 0.1, -7.0, false}, {2.5, 0.5, -5.0, false}, {0.5, 0.8, -2.0, true}};
  const auto a = interface_sums(rank0, RichThresholds{}, 4.0, 4), b = interface_sums(rank1, RichThresholds{}, 4.0, 4);
  std::vector<double> flat = a.to_doubles();
  const auto fb = b.to_doubles();
  for (size_t k = 0; k < flat.size(); ++k) flat[k] += fb[k];
  const auto sum = InterfaceSums::from_doubles(flat, 4);
  EXPECT_EQ(sum.profile.atoms, (std::vector<double>{2, 1, 1, 0}));
  EXPECT_EQ(sum.profile.flagged, (std::vector<double>{2, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(sum.icosahedral.count, 2.0);
  EXPECT_DOUBLE_EQ(sum.icosahedral.energy, -6.0);
  EXPECT_DOUBLE_EQ(sum.icosahedral.concentration, 1.3);
  EXPECT_DOUBLE_EQ(sum.a_rich.count, 1.0);
  EXPECT_DOUBLE_EQ(sum.a_rich.energy, -3.0);
  EXPECT_DOUBLE_EQ(sum.b_rich.count, 1.0);
  EXPECT_DOUBLE_EQ(sum.b_rich.concentration, 0.1);
  EXPECT_DOUBLE_EQ(sum.beyond_rmax, 1.0);
}
