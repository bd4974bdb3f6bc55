#include "cell_grid.h"
#include "crystal_builders.h"
#include "neighbour_graph.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <utility>

using namespace cunbglass::core;

TEST(NeighbourGraph, FccShellsInTinyPeriodicBox)
{
  // One conventional cell (4 atoms): the cutoff reaches several box lengths, so images of
  // images are needed. Shell counts of fcc: 12 at a/sqrt2, 6 at a, 24 at a*sqrt(3/2).
  const double a0 = 1.0;
  const auto atoms = cunbglass::test::fcc(a0, 1);
  const Box box = Box::orthogonal({a0, a0, a0});
  for (auto [cutoff, expected] : {std::pair{0.8, 12}, std::pair{1.1, 18}, std::pair{1.3, 42}}) {
    const auto imaged = add_periodic_images(atoms, box, cutoff);
    const auto graph = brute_force_neighbours(imaged, cutoff);
    for (int c = 0; c < graph.num_centres(); ++c) EXPECT_EQ(graph.degree(c), expected) << cutoff;
  }
}

TEST(NeighbourGraph, TriclinicBoxImages)
{
  // A sheared cell holding a simple-cubic lattice expressed through tilted cell vectors still
  // gives the 6 nearest neighbours.
  Box box;
  box.cell = {Vec3{3.0, 0, 0}, Vec3{1.0, 3.0, 0}, Vec3{-1.0, 1.0, 3.0}};
  std::vector<Vec3> atoms;
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      for (int k = 0; k < 3; ++k) atoms.push_back({double(i), double(j), double(k)});
  const auto imaged = add_periodic_images(atoms, box, 1.2);
  const auto graph = brute_force_neighbours(imaged, 1.2);
  for (int c = 0; c < graph.num_centres(); ++c) EXPECT_EQ(graph.degree(c), 6);
}

TEST(NeighbourGraph, FilteringALargerGraphGivesTheSmallerOne)
{
  // fcc shells 12 / 18 / 42 as above: the 1.3 graph filtered to 0.8 and 1.1 equals the graph
  // built at those cutoffs, entry for entry and in the same order
  const auto atoms = cunbglass::test::fcc(1.0, 2);
  const auto imaged = add_periodic_images(atoms, Box::orthogonal({2.0, 2.0, 2.0}), 1.3);
  const auto large = brute_force_neighbours(imaged, 1.3);
  for (const double cutoff : {0.8, 1.1, 1.3}) {
    const auto filtered = neighbours_closer_than(large, imaged.x.data(), cutoff);
    const auto direct = brute_force_neighbours(imaged, cutoff);
    EXPECT_EQ(filtered.offsets, direct.offsets) << cutoff;
    EXPECT_EQ(filtered.indices, direct.indices) << cutoff;
  }
}

TEST(NeighbourGraph, CellSearchEqualsBruteForce)
{
  // random atoms with their images as ghosts, cutoffs from below the nearest distance to beyond
  // the box (images of images); the cell search and the O(N^2) reference must agree row by row,
  // and ghosts get no row
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> u(0.0, 12.0);
  std::vector<Vec3> atoms(250);
  for (auto &p : atoms) p = {u(rng), u(rng), u(rng)};
  for (const double cutoff : {1e-300, 0.3, 2.5, 3.5, 7.0, 15.0}) {
    const auto imaged = add_periodic_images(atoms, Box::orthogonal({12.0, 12.0, 12.0}), cutoff);
    const int n_all = static_cast<int>(imaged.original.size());
    const auto cells = neighbours_within(imaged.x.data(), imaged.num_owned, n_all, cutoff);
    const auto direct = brute_force_neighbours(imaged, cutoff);
    ASSERT_EQ(cells.num_centres(), imaged.num_owned) << cutoff;
    EXPECT_EQ(cells.offsets, direct.offsets) << cutoff;
    EXPECT_EQ(cells.indices, direct.indices) << cutoff;
  }
  // a lattice whose shells lie on the cutoff sphere and whose planes lie on cell faces
  std::vector<Vec3> lattice;
  for (int i = 0; i < 6; ++i)
    for (int j = 0; j < 6; ++j)
      for (int k = 0; k < 6; ++k) lattice.push_back({i * 1.75, j * 1.75, k * 1.75});
  for (const double cutoff : {3.5, 1.75 * std::sqrt(2.0), 1.75 * std::sqrt(3.0)}) {
    const auto imaged = add_periodic_images(lattice, Box::orthogonal({10.5, 10.5, 10.5}), cutoff);
    const int n_all = static_cast<int>(imaged.original.size());
    const auto cells = neighbours_within(imaged.x.data(), imaged.num_owned, n_all, cutoff);
    const auto direct = brute_force_neighbours(imaged, cutoff);
    EXPECT_EQ(cells.offsets, direct.offsets) << cutoff;
    EXPECT_EQ(cells.indices, direct.indices) << cutoff;
  }
  const auto none = neighbours_within(nullptr, 0, 0, 3.5);
  EXPECT_EQ(none.num_centres(), 0);
}

TEST(NeighbourGraph, FingerprintSeesEveryBitAndTheOrder)
{
  std::vector<double> x{0.5, 1.25, -3.0, 7.0, 2.0, 1e-300};
  const auto base = fingerprint(x.data(), x.size());
  EXPECT_EQ(fingerprint(x.data(), x.size()), base);
  for (size_t i = 0; i < x.size(); ++i) {
    auto moved = x;
    moved[i] = std::nextafter(moved[i], 1e9);    // the smallest possible move
    EXPECT_NE(fingerprint(moved.data(), moved.size()), base) << i;
  }
  auto swapped = x;
  std::swap(swapped[0], swapped[3]);
  EXPECT_NE(fingerprint(swapped.data(), swapped.size()), base);
  EXPECT_NE(fingerprint(x.data(), x.size() - 1), base);
}

TEST(NeighbourGraph, IntegerFingerprintsAndChainsSeeEveryValueAndTheBoundaries)
{
  std::vector<int> type{1, 2, 2, 1, -1, 2147483647};
  const auto base = fingerprint(type.data(), type.size());
  EXPECT_EQ(fingerprint(type.data(), type.size()), base);
  for (size_t i = 0; i < type.size(); ++i) {
    auto changed = type;
    changed[i] ^= 1 << (i % 31);    // one bit
    EXPECT_NE(fingerprint(changed.data(), changed.size()), base) << i;
  }
  // a chain depends on each part and on where one part ends and the next begins
  const std::vector<double> a{1.0, 2.0, 3.0}, b{4.0};
  const auto chained = fingerprint(b.data(), b.size(), fingerprint(a.data(), a.size()));
  EXPECT_NE(chained, fingerprint(b.data(), b.size()));
  EXPECT_NE(chained, fingerprint(a.data(), a.size(), fingerprint(b.data(), b.size())));
  const std::vector<double> a2{1.0, 2.0}, b2{3.0, 4.0};
  EXPECT_NE(chained, fingerprint(b2.data(), b2.size(), fingerprint(a2.data(), a2.size())));
}
