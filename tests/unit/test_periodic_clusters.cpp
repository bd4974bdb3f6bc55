#include "periodic_clusters.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace cunbglass::core;

namespace {

struct Point {
  double x, y, z;
};

// Bonds between points closer than rc, over all images of an orthogonal periodic box (brute
// force, every shift in -1..1 per axis).
std::vector<PeriodicBond> bonds_of(const std::vector<Point> &p, double L, double rc)
{
  std::vector<PeriodicBond> bonds;
  for (size_t i = 0; i < p.size(); ++i)
    for (size_t j = i + 1; j < p.size(); ++j)
      for (int sx = -1; sx <= 1; ++sx)
        for (int sy = -1; sy <= 1; ++sy)
          for (int sz = -1; sz <= 1; ++sz) {
            const double dx = p[j].x + sx * L - p[i].x, dy = p[j].y + sy * L - p[i].y,
                         dz = p[j].z + sz * L - p[i].z;
            if (dx * dx + dy * dy + dz * dz < rc * rc)
              bonds.push_back({int(i), int(j), Image{sx, sy, sz}});
          }
  return bonds;
}

PeriodicClusters analyse(const std::vector<Point> &p, double L, double rc = 1.1)
{
  return periodic_clusters(static_cast<int>(p.size()), bonds_of(p, L, rc));
}

}    // namespace

TEST(PeriodicClusters, FiniteBlobDoesNotPercolate)
{
  std::vector<Point> p;
  for (int i = -2; i <= 2; ++i)
    for (int j = -2; j <= 2; ++j)
      for (int k = -2; k <= 2; ++k)
        if (i * i + j * j + k * k <= 4) p.push_back({10.0 + i, 10.0 + j, 10.0 + k});
  const auto c = analyse(p, 20.0);
  ASSERT_EQ(c.clusters.size(), 1u);
  EXPECT_EQ(c.clusters[0].size, int(p.size()));
  EXPECT_EQ(c.clusters[0].dimension, 0);
  EXPECT_FALSE(c.clusters[0].wraps[0] || c.clusters[0].wraps[1] || c.clusters[0].wraps[2]);
}

TEST(PeriodicClusters, RodAlongXIsOneDimensional)
{
  std::vector<Point> p;
  for (int i = 0; i < 10; ++i) p.push_back({i + 0.5, 5.0, 5.0});
  const auto c = analyse(p, 10.0);
  ASSERT_EQ(c.clusters.size(), 1u);
  EXPECT_EQ(c.clusters[0].dimension, 1);
  EXPECT_TRUE(c.clusters[0].wraps[0]);
  EXPECT_FALSE(c.clusters[0].wraps[1]);
  EXPECT_FALSE(c.clusters[0].wraps[2]);
}

TEST(PeriodicClusters, ChainTouchingBothFacesWithoutWrappingIsFinite)
{
  // spans 0.5 .. 9.5 in a box of 10.5: it touches both faces, but the gap across the boundary
  // (1.5) is longer than rc: a face-touching test would call it percolating; it is not.
  std::vector<Point> helix;
  for (int i = 0; i < 10; ++i) helix.push_back({i + 0.5, 5.0 + 0.3 * std::sin(i), 5.0 + 0.3 * std::cos(i)});
  const auto c = analyse(helix, 10.5);
  ASSERT_EQ(c.clusters.size(), 1u);
  EXPECT_EQ(c.clusters[0].dimension, 0);
  EXPECT_FALSE(c.clusters[0].wraps[0]);
}

TEST(PeriodicClusters, SlabIsTwoDimensionalAndNetworkThree)
{
  std::vector<Point> slab, cube;
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < 8; ++j) {
      slab.push_back({i + 0.5, j + 0.5, 4.0});
      for (int k = 0; k < 8; ++k) cube.push_back({i + 0.5, j + 0.5, k + 0.5});
    }
  const auto s = analyse(slab, 8.0);
  ASSERT_EQ(s.clusters.size(), 1u);
  EXPECT_EQ(s.clusters[0].dimension, 2);
  EXPECT_TRUE(s.clusters[0].wraps[0] && s.clusters[0].wraps[1] && !s.clusters[0].wraps[2]);
  const auto n = analyse(cube, 8.0);
  ASSERT_EQ(n.clusters.size(), 1u);
  EXPECT_EQ(n.clusters[0].dimension, 3);
}

TEST(PeriodicClusters, DiagonalRodAndSeparateClusters)
{
  // a rod along (1,1,0) wraps x and y but is one-dimensional; a separate blob stays finite
  std::vector<Point> p;
  for (int i = 0; i < 10; ++i) p.push_back({i + 0.5, i + 0.5, 2.0});
  p.push_back({5.0, 2.0, 7.0});
  p.push_back({5.5, 2.0, 7.0});
  const auto c = periodic_clusters(static_cast<int>(p.size()), bonds_of(p, 10.0, 1.5));
  ASSERT_EQ(c.clusters.size(), 2u);
  const auto &rod = c.clusters[c.cluster[0]];
  EXPECT_EQ(rod.size, 10);
  EXPECT_EQ(rod.dimension, 1);
  EXPECT_TRUE(rod.wraps[0] && rod.wraps[1] && !rod.wraps[2]);
  const auto &pair = c.clusters[c.cluster[10]];
  EXPECT_EQ(pair.size, 2);
  EXPECT_EQ(pair.dimension, 0);
}

TEST(PeriodicClusters, ImagesUnwrapFiniteClusters)
{
  // a blob straddling the corner of the box: in unwrapped images every bond must join
  // neighbouring positions, i.e. image(b) - image(a) equals the bond's shift
  std::vector<Point> p;
  for (int i = -1; i <= 1; ++i)
    for (int j = -1; j <= 1; ++j)
      for (int k = -1; k <= 1; ++k) {
        auto wrap = [](double v) { return v < 0 ? v + 12.0 : v; };
        p.push_back({wrap(i + 0.2), wrap(j + 0.2), wrap(k + 0.2)});
      }
  const auto bonds = bonds_of(p, 12.0, 1.1);
  const auto c = periodic_clusters(static_cast<int>(p.size()), bonds);
  ASSERT_EQ(c.clusters.size(), 1u);
  EXPECT_EQ(c.clusters[0].dimension, 0);
  for (const auto &b : bonds)
    for (int d = 0; d < 3; ++d) EXPECT_EQ(c.image[b.b][d] - c.image[b.a][d], b.shift[d]);
}

TEST(PeriodicClusters, IntegerRank)
{
  EXPECT_EQ(integer_rank({}), 0);
  EXPECT_EQ(integer_rank({{1, 0, 0}, {2, 0, 0}}), 1);
  EXPECT_EQ(integer_rank({{1, 1, 0}, {1, -1, 0}}), 2);
  EXPECT_EQ(integer_rank({{1, 0, 0}, {0, 1, 0}, {1, 1, 0}}), 2);
  EXPECT_EQ(integer_rank({{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}), 3);
}
