#include "interface_profile.h"
#include "neighbour_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <utility>

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

TEST(InterfaceProfile, FormationEnergyAgainstTheLineThroughAllOtherAtoms)
{
  // icosahedral: mean c 0.5, mean e -4; others at (c, e) = (0.1, -7), (0.6, 0), (0.9, -3).
  // By hand in thirtieths of c: mean c 16/30, deviations -13, 2, 11; mean e -10/3, deviations
  // -11/3, 10/3, 1/3; slope = sum(dc de) / sum(dc^2) = (174/3 / 30) / (294 / 900) = 290/49.
  // Line at 0.5: -10/3 - (290/49)/30 = -10/3 - 29/147; H = -4 - that = -23/49.
  LineSums others;
  for (auto [c, e] : {std::pair{0.1, -7.0}, std::pair{0.6, 0.0}, std::pair{0.9, -3.0}}) others.add(c, e);
  EXPECT_NEAR(formation_energy_against_line(ClassSums{2, -8, 1.0}, others), -23.0 / 49.0, 1e-14);
  // points on a line: the icosahedral energy minus the line's value
  LineSums line;
  for (double c : {0.2, 0.4, 0.8}) line.add(c, 2.0 - 3.0 * c);
  EXPECT_NEAR(formation_energy_against_line(ClassSums{1, -1.0, 0.5}, line), -1.0 - (2.0 - 1.5), 1e-14);
  // undefined without icosahedral atoms or without a spread of the others' concentrations
  EXPECT_TRUE(std::isnan(formation_energy_against_line(ClassSums{}, others)));
  LineSums flat;
  flat.add(0.5, -1.0);
  flat.add(0.5, -2.0);
  EXPECT_TRUE(std::isnan(formation_energy_against_line(ClassSums{1, -1.0, 0.5}, flat)));
}

TEST(InterfaceProfile, FormationEnergyBySpeciesIgnoresEachSpeciesOwnEnergy)
{
  // species 0: the example above (H = -23/49 for 2 icosahedral atoms); species 1: points on the
  // line 2 - 3c and one icosahedral atom 0.5 below it (H = -1.5 + ... = -1 - 0.5)
  SpeciesSums a, b;
  for (auto [c, e] : {std::pair{0.1, -7.0}, std::pair{0.6, 0.0}, std::pair{0.9, -3.0}}) a.others.add(c, e);
  a.icosahedral = ClassSums{2, -8, 1.0};
  for (double c : {0.2, 0.4, 0.8}) b.others.add(c, 2.0 - 3.0 * c);
  b.icosahedral = ClassSums{1, -1.0, 0.5};
  const double expected = (2 * (-23.0 / 49.0) + 1 * (-1.5)) / 3;
  EXPECT_NEAR(formation_energy_by_species({a, b}), expected, 1e-14);
  // every energy of species 1 lower by 4 eV (an Nb atom against a Cu atom): nothing changes
  SpeciesSums shifted;
  for (double c : {0.2, 0.4, 0.8}) shifted.others.add(c, 2.0 - 3.0 * c - 4.0);
  shifted.icosahedral = ClassSums{1, -5.0, 0.5};
  EXPECT_NEAR(formation_energy_by_species({a, shifted}), expected, 1e-13);
  // a species without icosahedral atoms does not count; one without a line makes it undefined
  EXPECT_NEAR(formation_energy_by_species({a, SpeciesSums{}}), -23.0 / 49.0, 1e-14);
  SpeciesSums lonely;
  lonely.icosahedral = ClassSums{1, -1.0, 0.5};
  EXPECT_TRUE(std::isnan(formation_energy_by_species({a, lonely})));
  EXPECT_TRUE(std::isnan(formation_energy_by_species({})));
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
  const std::vector<InterfaceAtom> rank0{{0.0, 0.5, -4.0, true, 0}, {1.5, 0.9, -3.0, false, 1}},
      rank1{{INFINITY, 0.1, -7.0, false, 1}, {2.5, 0.5, -5.0, false, 0}, {0.5, 0.8, -2.0, true, 1}};
  const auto a = interface_sums(rank0, RichThresholds{}, 4.0, 4, 2), b = interface_sums(rank1, RichThresholds{}, 4.0, 4, 2);
  std::vector<double> flat = a.to_doubles();
  const auto fb = b.to_doubles();
  for (size_t k = 0; k < flat.size(); ++k) flat[k] += fb[k];
  const auto sum = InterfaceSums::from_doubles(flat, 4, 2);
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
  // species sums: species 0 holds icosahedral (0.5, -4) and other (0.5, -5); species 1 holds
  // icosahedral (0.8, -2) and others (0.9, -3), (0.1, -7)
  ASSERT_EQ(sum.by_species.size(), 2u);
  EXPECT_DOUBLE_EQ(sum.by_species[0].icosahedral.energy, -4.0);
  EXPECT_DOUBLE_EQ(sum.by_species[0].others.count, 1.0);
  EXPECT_DOUBLE_EQ(sum.by_species[0].others.e, -5.0);
  EXPECT_DOUBLE_EQ(sum.by_species[1].icosahedral.concentration, 0.8);
  EXPECT_DOUBLE_EQ(sum.by_species[1].others.count, 2.0);
  EXPECT_DOUBLE_EQ(sum.by_species[1].others.c, 1.0);
  EXPECT_DOUBLE_EQ(sum.by_species[1].others.e, -10.0);
  EXPECT_DOUBLE_EQ(sum.by_species[1].others.cc, 0.81 + 0.01);
  EXPECT_DOUBLE_EQ(sum.by_species[1].others.ce, -2.7 - 0.7);
}
