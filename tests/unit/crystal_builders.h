/* Small structures with known answers for the unit tests. */
#pragma once

#include "neighbour_graph.h"

#include <cmath>
#include <vector>

namespace cunbglass::test {

using core::Vec3;

// Lattice with a cubic cell of side a, given basis (fractions), repeated n x n x n.
inline std::vector<Vec3> cubic_lattice(const std::vector<Vec3> &basis, double a, int n)
{
  std::vector<Vec3> out;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      for (int k = 0; k < n; ++k)
        for (const auto &b : basis) out.push_back({(i + b[0]) * a, (j + b[1]) * a, (k + b[2]) * a});
  return out;
}

inline std::vector<Vec3> fcc(double a, int n)
{
  return cubic_lattice({{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}}, a, n);
}

inline std::vector<Vec3> bcc(double a, int n) { return cubic_lattice({{0, 0, 0}, {0.5, 0.5, 0.5}}, a, n); }

// Ideal hcp (c/a = sqrt(8/3)) with nearest-neighbour distance d, in an orthogonal cell of
// 2 x 4 atoms per layer pair: cell d x sqrt(3) d x c, four atoms per cell.
inline std::vector<Vec3> hcp(double d, int nx, int ny, int nz, core::Box &box)
{
  const double c = d * std::sqrt(8.0 / 3.0), h = d * std::sqrt(3.0);
  const std::vector<Vec3> basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 1.0 / 6.0, 0.5}, {0, 2.0 / 3.0, 0.5}};
  std::vector<Vec3> out;
  for (int i = 0; i < nx; ++i)
    for (int j = 0; j < ny; ++j)
      for (int k = 0; k < nz; ++k)
        for (const auto &b : basis) out.push_back({(i + b[0]) * d, (j + b[1]) * h, (k + b[2]) * c});
  box = core::Box::orthogonal({nx * d, ny * h, nz * c});
  return out;
}

// 13-atom icosahedron: centre at the origin first, then 12 vertices at distance `radius`.
inline std::vector<Vec3> icosahedron(double radius)
{
  const double phi = (1.0 + std::sqrt(5.0)) / 2.0, s = radius / std::sqrt(1.0 + phi * phi);
  std::vector<Vec3> out{{0, 0, 0}};
  for (int a : {-1, 1})
    for (int b : {-1, 1}) {
      out.push_back({0, a * s, b * phi * s});
      out.push_back({a * s, b * phi * s, 0});
      out.push_back({b * phi * s, 0, a * s});
    }
  return out;
}

}    // namespace cunbglass::test
