#include "neighbour_graph.h"

#include <cmath>
#include <cstring>

namespace cunbglass::core {

NeighbourGraph neighbours_closer_than(const NeighbourGraph &graph, const double *x, double cutoff)
{
  const double cut2 = cutoff * cutoff;
  NeighbourGraph out;
  const int n = graph.num_centres();
  out.offsets.assign(n + 1, 0);
  out.indices.reserve(graph.indices.size());
  for (int c = 0; c < n; ++c) {
    for (const int *j = graph.begin(c); j != graph.end(c); ++j) {
      const double dx = x[3 * *j] - x[3 * c], dy = x[3 * *j + 1] - x[3 * c + 1], dz = x[3 * *j + 2] - x[3 * c + 2];
      if (dx * dx + dy * dy + dz * dz < cut2) out.indices.push_back(*j);
    }
    out.offsets[c + 1] = static_cast<int>(out.indices.size());
  }
  return out;
}

namespace {

// FNV-1a over 64-bit words, each word first mixed (splitmix64 finaliser) so that changes in any
// bit reach every bit of the result
std::uint64_t add_word(std::uint64_t h, std::uint64_t w)
{
  w ^= w >> 30;
  w *= 0xbf58476d1ce4e5b9ull;
  w ^= w >> 27;
  w *= 0x94d049bb133111ebull;
  w ^= w >> 31;
  return (h ^ w) * 0x100000001b3ull;
}

}    // namespace

std::uint64_t fingerprint(const double *values, std::size_t count, std::uint64_t seed)
{
  std::uint64_t h = seed;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint64_t w;
    std::memcpy(&w, values + i, sizeof w);
    h = add_word(h, w);
  }
  return add_word(h, count);
}

std::uint64_t fingerprint(const int *values, std::size_t count, std::uint64_t seed)
{
  std::uint64_t h = seed;
  for (std::size_t i = 0; i < count; ++i) h = add_word(h, std::uint64_t(std::uint32_t(values[i])));
  return add_word(h, count);
}

Box Box::orthogonal(const Vec3 &lengths, bool periodic)
{
  Box box;
  box.cell = {Vec3{lengths[0], 0.0, 0.0}, Vec3{0.0, lengths[1], 0.0}, Vec3{0.0, 0.0, lengths[2]}};
  box.periodic = {periodic, periodic, periodic};
  return box;
}

namespace {

Vec3 cross(const Vec3 &a, const Vec3 &b)
{
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

}    // namespace

ImagedPositions add_periodic_images(const std::vector<Vec3> &positions, const Box &box,
                                    double cutoff)
{
  // Distance between opposite faces along each cell vector = volume / |other two crossed|.
  const double volume = std::fabs(dot(box.cell[0], cross(box.cell[1], box.cell[2])));
  int reach[3];
  for (int d = 0; d < 3; ++d) {
    const Vec3 n = cross(box.cell[(d + 1) % 3], box.cell[(d + 2) % 3]);
    const double spacing = volume / std::sqrt(dot(n, n));
    reach[d] = box.periodic[d] ? static_cast<int>(std::ceil(cutoff / spacing)) : 0;
  }
  ImagedPositions out;
  out.num_owned = static_cast<int>(positions.size());
  auto push = [&](const Vec3 &p, int original) {
    out.x.insert(out.x.end(), p.begin(), p.end());
    out.original.push_back(original);
  };
  for (int i = 0; i < out.num_owned; ++i) push(positions[i], i);
  for (int ia = -reach[0]; ia <= reach[0]; ++ia)
    for (int ib = -reach[1]; ib <= reach[1]; ++ib)
      for (int ic = -reach[2]; ic <= reach[2]; ++ic) {
        if (ia == 0 && ib == 0 && ic == 0) continue;
        Vec3 shift;
        for (int k = 0; k < 3; ++k)
          shift[k] = ia * box.cell[0][k] + ib * box.cell[1][k] + ic * box.cell[2][k];
        for (int i = 0; i < out.num_owned; ++i)
          push({positions[i][0] + shift[0], positions[i][1] + shift[1], positions[i][2] + shift[2]},
               i);
      }
  return out;
}

NeighbourGraph brute_force_neighbours(const ImagedPositions &imaged, double cutoff)
{
  NeighbourGraph graph;
  const double cut2 = cutoff * cutoff;
  const int total = static_cast<int>(imaged.original.size());
  for (int i = 0; i < imaged.num_owned; ++i) {
    for (int j = 0; j < total; ++j) {
      if (j == i) continue;
      const double dx = imaged.x[3 * j] - imaged.x[3 * i];
      const double dy = imaged.x[3 * j + 1] - imaged.x[3 * i + 1];
      const double dz = imaged.x[3 * j + 2] - imaged.x[3 * i + 2];
      if (dx * dx + dy * dy + dz * dz < cut2) graph.indices.push_back(j);
    }
    graph.offsets.push_back(static_cast<int>(graph.indices.size()));
  }
  return graph;
}

}    // namespace cunbglass::core
