#include "crystal_builders.h"
#include "voronoi_index.h"

#include <gtest/gtest.h>

#include <random>

using namespace cunbglass::core;
using cunbglass::test::Vec3;

namespace {

std::vector<VoronoiIndex> indices_of(const std::vector<Vec3> &atoms, const Box &box, double cutoff,
                                     double face = 0.0, double edge = 0.0)
{
  const auto imaged = add_periodic_images(atoms, box, cutoff);
  const auto graph = brute_force_neighbours(imaged, cutoff);
  std::vector<unsigned char> selected(atoms.size(), 1);
  return voronoi_indices(imaged.x.data(), graph, selected, cutoff, face, edge);
}

}    // namespace

TEST(VoronoiIndex, IcosahedronCentreIsDodecahedron)
{
  // The centre's cell is bounded by its 12 neighbours' planes: a regular dodecahedron.
  const auto atoms = cunbglass::test::icosahedron(2.5);
  const auto v = indices_of(atoms, Box::orthogonal({60, 60, 60}, false), 8.0);
  EXPECT_TRUE(v[0].complete);
  EXPECT_TRUE(v[0].is_icosahedral());
  EXPECT_EQ(v[0].n5, 12);
  for (int vtx = 1; vtx <= 12; ++vtx) EXPECT_FALSE(v[vtx].complete) << "open-boundary vertex cells";
}

// fcc cells are rhombic dodecahedra (12 four-edged faces, volume a^3/4); bcc cells truncated
// octahedra (6 four-edged and 8 six-edged faces, volume a^3/2)
TEST(VoronoiIndex, CrystalCellsAreTheirKnownPolyhedra)
{
  struct Crystal {
    const char *name;
    std::vector<Vec3> atoms;
    double a;
    int n4, n6;
    double atoms_per_cell;
  };
  const double afcc = 3.615, abcc = 3.3;
  for (const auto &k : {Crystal{"fcc", cunbglass::test::fcc(afcc, 3), afcc, 12, 0, 4},
                        Crystal{"bcc", cunbglass::test::bcc(abcc, 3), abcc, 6, 8, 2}}) {
    const auto v = indices_of(k.atoms, Box::orthogonal({3 * k.a, 3 * k.a, 3 * k.a}), 6.0);
    for (const auto &c : v) {
      ASSERT_TRUE(c.complete) << k.name;
      EXPECT_EQ(c.n4, k.n4) << k.name;
      EXPECT_EQ(c.n6, k.n6) << k.name;
      EXPECT_EQ(c.faces, k.n4 + k.n6) << k.name;
      EXPECT_NEAR(c.volume, k.a * k.a * k.a / k.atoms_per_cell, 1e-9) << k.name;
      EXPECT_FALSE(c.is_icosahedral()) << k.name;
    }
  }
}

TEST(VoronoiIndex, CellsOfARandomPackingTileTheBox)
{
  // Voronoi cells partition space: their volumes add up to the periodic box.
  std::mt19937 rng(31);
  const double L = 20.0;
  std::uniform_real_distribution<double> u(0.0, L);
  std::vector<Vec3> atoms(480);
  for (auto &p : atoms) p = {u(rng), u(rng), u(rng)};
  const auto v = indices_of(atoms, Box::orthogonal({L, L, L}), 9.0);
  double total = 0;
  for (const auto &c : v) {
    ASSERT_TRUE(c.complete);
    total += c.volume;
  }
  EXPECT_NEAR(total, L * L * L, 1e-6 * L * L * L);
}

TEST(VoronoiIndex, ShortCutoffIsReportedIncomplete)
{
  const double a = 3.615;
  const auto v = indices_of(cunbglass::test::fcc(a, 3), Box::orthogonal({3 * a, 3 * a, 3 * a}), 2.7);
  EXPECT_FALSE(v[0].complete);
}

TEST(VoronoiIndex, ThresholdsDropSmallFacesAndShortEdges)
{
  // bcc: the 6 square faces (area a^2/8) vanish above that area threshold, leaving 8 hexagons;
  // an edge threshold above the edge length (a sqrt2 / 4) counts no edge at all.
  const double a = 3.3;
  const auto v = indices_of(cunbglass::test::bcc(a, 3), Box::orthogonal({3 * a, 3 * a, 3 * a}), 6.0,
                            a * a / 8 * 1.01);
  EXPECT_EQ(v[0].faces, 8);
  EXPECT_EQ(v[0].n4, 0);
  EXPECT_EQ(v[0].n6, 8);
  const auto w = indices_of(cunbglass::test::bcc(a, 3), Box::orthogonal({3 * a, 3 * a, 3 * a}), 6.0, 0.0,
                            a * std::sqrt(2.0) / 4 * 1.01);
  EXPECT_EQ(w[0].faces, 14);
  EXPECT_EQ(w[0].n3 + w[0].n4 + w[0].n5 + w[0].n6, 0);
}
