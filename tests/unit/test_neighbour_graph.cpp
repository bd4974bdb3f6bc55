#include "crystal_builders.h"
#include "neighbour_graph.h"

#include <gtest/gtest.h>

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
