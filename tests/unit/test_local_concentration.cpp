#include "cell_grid.h"
#include "local_concentration.h"
#include "neighbour_graph.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

using namespace cunbglass::core;

namespace {

// Random atoms of three types in a periodic cube, with their images to `reach` as ghosts.
ImagedPositions random_box(int n, double L, double reach, std::vector<int> &type)
{
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> u(0.0, L);
  std::vector<Vec3> x(n);
  for (auto &p : x) p = {u(rng), u(rng), u(rng)};
  auto imaged = add_periodic_images(x, Box::orthogonal({L, L, L}), reach);
  type.clear();
  for (int original : imaged.original) type.push_back(1 + original % 3);
  return imaged;
}

// The reference: every entry closer than `radius` to entry i by the plain distance, and i itself;
// those of a type with listed_type[type] among them.
LocalCounts brute_force_counts(const ImagedPositions &imaged, const std::vector<int> &type,
                               const std::vector<bool> &listed_type, double radius, int i)
{
  LocalCounts ref{{0}, {0}};
  for (int j = 0; j < static_cast<int>(imaged.original.size()); ++j) {
    double d2 = 0.0;
    for (int d = 0; d < 3; ++d) d2 += (imaged.x[3 * j + d] - imaged.x[3 * i + d]) * (imaged.x[3 * j + d] - imaged.x[3 * i + d]);
    if (j == i || d2 < radius * radius) {
      ++ref.total[0];
      ref.selected[0] += listed_type[type[j]];
    }
  }
  return ref;
}

}    // namespace

TEST(LocalConcentration, CountsInASphereMatchBruteForce)
{
  std::vector<int> type;
  for (double radius : {0.05, 2.0, 7.0, 11.0}) {
    const auto imaged = random_box(300, 20.0, radius, type);
    const int n_all = static_cast<int>(imaged.original.size());
    std::vector<unsigned char> selected(imaged.num_owned, 1);
    selected[5] = 0;
    const std::vector<bool> listed_type{false, false, true, true};
    const auto c = local_counts(imaged.x.data(), imaged.num_owned, n_all, type.data(), listed_type, selected, radius);
    for (int i = 0; i < imaged.num_owned; ++i) {
      const auto ref = selected[i] ? brute_force_counts(imaged, type, listed_type, radius, i) : LocalCounts{{0}, {0}};
      ASSERT_EQ(c.total[i], ref.total[0]) << "R " << radius << " atom " << i;
      ASSERT_EQ(c.selected[i], ref.selected[0]) << "R " << radius << " atom " << i;
    }
  }
}

TEST(LocalConcentration, LatticeShellsOnTheSphereMatchBruteForce)
{
  // a simple cubic lattice whose shells lie on the sphere (radius = 2 a, a sqrt 2, a sqrt 3) and
  // whose planes lie on cell faces: whole cells, skipped cells and cut cells meet at distances
  // equal to the radius, where only the per-entry check may decide
  const double a = 1.75;
  std::vector<Vec3> x;
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < 8; ++j)
      for (int k = 0; k < 8; ++k) x.push_back({i * a, j * a, k * a});
  for (const double radius : {2.0 * a, a * std::sqrt(2.0), a * std::sqrt(3.0), 3.0 * a}) {
    const auto imaged = add_periodic_images(x, Box::orthogonal({8 * a, 8 * a, 8 * a}), radius);
    const int n_all = static_cast<int>(imaged.original.size());
    std::vector<int> type;
    for (int original : imaged.original) type.push_back(1 + original % 2);
    const std::vector<unsigned char> selected(imaged.num_owned, 1);
    const std::vector<bool> listed_type{false, false, true};
    const auto c = local_counts(imaged.x.data(), imaged.num_owned, n_all, type.data(), listed_type, selected, radius);
    for (int i = 0; i < imaged.num_owned; ++i) {
      const auto ref = brute_force_counts(imaged, type, listed_type, radius, i);
      ASSERT_EQ(c.total[i], ref.total[0]) << "R " << radius << " atom " << i;
      ASSERT_EQ(c.selected[i], ref.selected[0]) << "R " << radius << " atom " << i;
    }
  }
}

TEST(LocalConcentration, TinyRadiusHoldsTheCentreOnlyWithABoundedGrid)
{
  std::vector<int> type;
  const auto imaged = random_box(200, 30.0, 1e-300, type);
  const int n_all = static_cast<int>(imaged.original.size());
  const auto c = local_counts(imaged.x.data(), imaged.num_owned, n_all, type.data(), {false, true, false, false},
                              std::vector<unsigned char>(imaged.num_owned, 1), 1e-300);
  for (int i = 0; i < imaged.num_owned; ++i) {
    EXPECT_EQ(c.total[i], 1);
    EXPECT_EQ(c.selected[i], type[i] == 1 ? 1 : 0);
  }
}

TEST(LocalConcentration, HugeRadiusCountsEveryEntry)
{
  std::vector<int> type;
  const auto imaged = random_box(50, 10.0, 0.0, type);
  const int n_all = static_cast<int>(imaged.original.size());
  const auto c = local_counts(imaged.x.data(), imaged.num_owned, n_all, type.data(), {false, true, true, true},
                              std::vector<unsigned char>(imaged.num_owned, 1), 1e300);
  for (int i = 0; i < imaged.num_owned; ++i) EXPECT_EQ(c.total[i], n_all);
}
