#include "cell_geometry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace cunbglass::core;
using Cell = std::array<std::array<double, 3>, 3>;

namespace {

// Largest minimum-image distance from the origin over a grid of fractional positions: a lower
// bound of the covering radius that approaches it as the grid refines.
double grid_covering_radius(const Cell &h, int n)
{
  double best = 0.0;
  for (int a = 0; a < n; ++a)
    for (int b = 0; b < n; ++b)
      for (int c = 0; c < n; ++c) {
        const double f[3] = {double(a) / n, double(b) / n, double(c) / n};
        double nearest = 1e300;
        for (int i = -2; i <= 1; ++i)
          for (int j = -2; j <= 1; ++j)
            for (int k = -2; k <= 1; ++k) {
              double r2 = 0.0;
              for (int d = 0; d < 3; ++d) {
                const double x = (f[0] + i) * h[0][d] + (f[1] + j) * h[1][d] + (f[2] + k) * h[2][d];
                r2 += x * x;
              }
              nearest = std::min(nearest, r2);
            }
        best = std::max(best, std::sqrt(nearest));
      }
  return best;
}

}    // namespace

TEST(CellGeometry, CoveringRadiusOfCubeAndOrthorhombicCell)
{
  EXPECT_NEAR(covering_radius({{{5.4, 0, 0}, {0, 5.4, 0}, {0, 0, 5.4}}}), std::sqrt(3.0) / 2 * 5.4, 1e-12);
  EXPECT_NEAR(covering_radius({{{3, 0, 0}, {0, 4, 0}, {0, 0, 12}}}), 6.5, 1e-12);    // half the diagonal
}

TEST(CellGeometry, CoveringRadiusOfCentredLatticesIsTheirDeepHole)
{
  const double a = 4.0;
  // fcc primitive cell: deepest hole is the octahedral site at a/2 from its six neighbours
  EXPECT_NEAR(covering_radius({{{0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}}}), a / 2, 1e-12);
  // bcc primitive cell: the tetrahedral site (a/2, a/4, 0) at sqrt(5)/4 a
  EXPECT_NEAR(covering_radius({{{-a / 2, a / 2, a / 2}, {a / 2, -a / 2, a / 2}, {a / 2, a / 2, -a / 2}}}),
              std::sqrt(5.0) / 4 * a, 1e-12);
}

TEST(CellGeometry, PlanarCoveringRadiusIsThatOfTheTwoDimensionalLattice)
{
  // 2d simulations: the third cell vector is ignored; square: half the diagonal; triangular
  // lattice of spacing a: the centre of a triangle, a / sqrt(3)
  EXPECT_NEAR(covering_radius({{{6, 0, 0}, {0, 6, 0}, {0, 0, 1}}}, true), std::sqrt(2.0) / 2 * 6, 1e-12);
  const double a = 3.0;
  EXPECT_NEAR(covering_radius({{{a, 0, 0}, {a / 2, a * std::sqrt(3.0) / 2, 0}, {0, 0, 0.5}}}, true),
              a / std::sqrt(3.0), 1e-12);
}

TEST(CellGeometry, CoveringRadiusOfTriclinicCellMatchesGridSearch)
{
  // LAMMPS-style cell: a = (lx,0,0), b = (xy,ly,0), c = (xz,yz,lz), tilts within half a length
  const Cell h{{{20.0, 0, 0}, {6.0, 18.0, 0}, {-4.0, 7.0, 22.0}}};
  const double exact = covering_radius(h), grid = grid_covering_radius(h, 48);
  EXPECT_LE(grid, exact + 1e-9);
  EXPECT_GT(grid, exact * 0.99);
}

TEST(CellGeometry, WidthsAreDistancesBetweenOppositeFaces)
{
  const auto box = cell_widths({{{3, 0, 0}, {0, 4, 0}, {0, 0, 12}}});
  EXPECT_NEAR(box[0], 3.0, 1e-12);
  EXPECT_NEAR(box[1], 4.0, 1e-12);
  EXPECT_NEAR(box[2], 12.0, 1e-12);
  // tilting b by xy: the y faces stay ly apart; the faces spanned by b and c are lx ly / |b| apart
  const auto tilted = cell_widths({{{10, 0, 0}, {5, 10, 0}, {0, 0, 30}}});
  EXPECT_NEAR(tilted[0], 10.0 * 10.0 / std::sqrt(125.0), 1e-12);
  EXPECT_NEAR(tilted[1], 10.0, 1e-12);
  EXPECT_NEAR(tilted[2], 30.0, 1e-12);
}
