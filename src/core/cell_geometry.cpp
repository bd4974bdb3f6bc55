#include "cell_geometry.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace cunbglass::core {

namespace {

using V = std::array<double, 3>;

double dot(const V &a, const V &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
V cross(const V &a, const V &b)
{
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

}    // namespace

double covering_radius(const std::array<V, 3> &cell, bool planar)
{
  // lattice vectors with coefficients -2..2 (enough for a reduced cell)
  std::vector<V> lattice;
  const int kmax = planar ? 0 : 2;
  for (int i = -2; i <= 2; ++i)
    for (int j = -2; j <= 2; ++j)
      for (int k = -kmax; k <= kmax; ++k) {
        if (!i && !j && !k) continue;
        V v;
        for (int d = 0; d < 3; ++d) v[d] = i * cell[0][d] + j * cell[1][d] + k * cell[2][d];
        lattice.push_back(v);
      }
  // Voronoi-relevant vectors: a / 2 is closer to 0 (and a) than to any other lattice point
  std::vector<V> relevant;
  for (const V &a : lattice) {
    const V half{0.5 * a[0], 0.5 * a[1], 0.5 * a[2]};
    const double r2 = dot(half, half);
    bool ok = true;
    for (const V &b : lattice) {
      if (&b == &a) continue;
      const V d{half[0] - b[0], half[1] - b[1], half[2] - b[2]};
      if (dot(d, d) < r2 * (1.0 - 1e-12)) { ok = false; break; }
    }
    if (ok) relevant.push_back(a);
  }
  // vertices of the Wigner-Seitz cell: p . v = |v|^2 / 2 on three independent planes, and on
  // the inner side of every other plane; the covering radius is the largest |p|. In a plane
  // (a, b in the xy plane, as LAMMPS's 2d cells) the third plane is p . z = 0.
  double best2 = 0.0;
  if (planar) relevant.push_back({0.0, 0.0, 0.0});    // stands for the plane z = 0 below
  const size_t n = relevant.size();
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j)
      for (size_t k = j + 1; k < n; ++k) {
        const V &a = relevant[i], &b = relevant[j];
        // the plane z = 0 has normal (0, 0, 1) and offset 0
        const bool plane = planar && k == n - 1;
        const V c = plane ? V{0.0, 0.0, 1.0} : relevant[k];
        const V bc = cross(b, c), ca = cross(c, a), ab = cross(a, b);
        const double det = dot(a, bc);
        if (std::fabs(det) < 1e-12 * std::sqrt(dot(a, a) * dot(b, b) * dot(c, c))) continue;
        const double ha = 0.5 * dot(a, a), hb = 0.5 * dot(b, b), hc = plane ? 0.0 : 0.5 * dot(c, c);
        V p;
        for (int d = 0; d < 3; ++d) p[d] = (ha * bc[d] + hb * ca[d] + hc * ab[d]) / det;
        const double p2 = dot(p, p);
        if (p2 <= best2) continue;
        bool inside = true;
        for (const V &v : relevant)
          if (dot(p, v) > 0.5 * dot(v, v) * (1.0 + 1e-9) + 1e-300) { inside = false; break; }
        if (inside) best2 = p2;
      }
  return std::sqrt(best2);
}

std::array<double, 3> cell_widths(const std::array<V, 3> &cell)
{
  const double volume = std::fabs(dot(cell[0], cross(cell[1], cell[2])));
  std::array<double, 3> width;
  for (int i = 0; i < 3; ++i) {
    const V f = cross(cell[(i + 1) % 3], cell[(i + 2) % 3]);
    width[i] = volume / std::sqrt(dot(f, f));
  }
  return width;
}

V fractional_displacement(const std::array<V, 3> &cell, const V &d)
{
  // LAMMPS's h = (xprd, yprd, zprd, yz, xz, xy) and its inverse (Domain::set_global_box)
  const double h[6] = {cell[0][0], cell[1][1], cell[2][2], cell[2][1], cell[2][0], cell[1][0]};
  const double hi[6] = {1.0 / h[0], 1.0 / h[1], 1.0 / h[2], -h[3] / (h[1] * h[2]),
                        (h[3] * h[5] - h[1] * h[4]) / (h[0] * h[1] * h[2]), -h[5] / (h[0] * h[1])};
  return {hi[0] * d[0] + hi[5] * d[1] + hi[4] * d[2], hi[1] * d[1] + hi[3] * d[2], hi[2] * d[2]};
}

V nearest_image(const std::array<V, 3> &cell, const V &d)
{
  V f = fractional_displacement(cell, d);
  for (double &v : f) v -= std::round(v);
  return {cell[0][0] * f[0] + cell[1][0] * f[1] + cell[2][0] * f[2], cell[1][1] * f[1] + cell[2][1] * f[2],
          cell[2][2] * f[2]};
}

}    // namespace cunbglass::core
