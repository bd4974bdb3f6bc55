#include "cell_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include <omp.h>

namespace cunbglass::core {

CellGrid::CellGrid(const double *x, int n_all, const std::vector<unsigned char> *include, double wanted_side)
{
  for (int d = 0; d < 3; ++d) lo[d] = hi[d] = n_all > 0 ? x[d] : 0.0;
  for (int i = 1; i < n_all; ++i)
    for (int d = 0; d < 3; ++d) {
      lo[d] = std::min(lo[d], x[3 * i + d]);
      hi[d] = std::max(hi[d], x[3 * i + d]);
    }
  side = wanted_side > 0.0 ? wanted_side : 1.0;
  const double max_cells = 2.0 * n_all + 8.0;
  while (cells_for(side) > max_cells) side *= 1.5;
  for (int d = 0; d < 3; ++d) n[d] = static_cast<int>(std::floor((hi[d] - lo[d]) / side)) + 1;
  margin = 1e-9 * side;
  for (int d = 0; d < 3; ++d) margin = std::max(margin, 1e-9 * std::max(std::fabs(lo[d]), std::fabs(hi[d])));
  start.assign(static_cast<std::size_t>(n[0]) * n[1] * n[2] + 1, 0);
  auto included = [&](int i) { return !include || (*include)[i]; };
  for (int i = 0; i < n_all; ++i)
    if (included(i)) ++start[cell_of(x + 3 * i) + 1];
  for (std::size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
  entries.resize(start.back());
  std::vector<int> fill(start.begin(), start.end() - 1);
  for (int i = 0; i < n_all; ++i)
    if (included(i)) entries[fill[cell_of(x + 3 * i)]++] = i;
  sorted.resize(3 * entries.size());
  for (std::size_t k = 0; k < entries.size(); ++k)
    for (int d = 0; d < 3; ++d) sorted[3 * k + d] = x[3 * std::size_t(entries[k]) + d];
}

double CellGrid::nearest2(const double *p, double rmax) const
{
  int home[3];
  for (int d = 0; d < 3; ++d) home[d] = cell_coordinate(p[d], d);
  const int shells = static_cast<int>(std::min(std::ceil(rmax / side), double(std::max({n[0], n[1], n[2]}))));
  double best2 = rmax * rmax;
  // squared distance from p to the slab of the cell at offset o from home along each axis (padded
  // by the margin, so a cell skipped for it holds no entry that could be nearer)
  auto slab2 = [&](int d, int o) {
    double gap, reach;
    slab_distances(p, d, home[d] + o, gap, reach);
    return gap * gap;
  };
  auto scan = [&](int dx, int dy, int dz, double yz2) {
    const int cx = home[0] + dx;
    if (cx < 0 || cx >= n[0] || yz2 + slab2(0, dx) >= best2) return;
    const std::size_t c = (static_cast<std::size_t>(home[2] + dz) * n[1] + home[1] + dy) * n[0] + cx;
    for (int k = start[c]; k < start[c + 1]; ++k) best2 = std::min(best2, distance2(p, k));
  };
  for (int r = 0; r <= shells; ++r) {
    // every entry of shell r lies at least (r - 1) cells away from p
    const double gap = (r - 1) * side;
    if (r > 1 && gap * gap >= best2) break;
    for (int dz = -r; dz <= r; ++dz) {
      if (home[2] + dz < 0 || home[2] + dz >= n[2]) continue;
      const double z2 = slab2(2, dz);
      for (int dy = -r; dy <= r; ++dy) {
        if (home[1] + dy < 0 || home[1] + dy >= n[1]) continue;
        const double yz2 = z2 + slab2(1, dy);
        if (yz2 >= best2) continue;
        if (std::abs(dz) == r || std::abs(dy) == r) {
          for (int dx = -r; dx <= r; ++dx) scan(dx, dy, dz, yz2);
        } else {
          scan(-r, dy, dz, yz2);
          if (r > 0) scan(r, dy, dz, yz2);
        }
      }
    }
  }
  return best2;
}

NeighbourGraph neighbours_within(const double *x, int n_owned, int n_all, double cutoff)
{
  // cells of half the cutoff: the search covers about 5 x 5 x 5 cells, (2.5 cutoff)^3 of volume
  const CellGrid cells(x, n_all, nullptr, 0.5 * cutoff);
  NeighbourGraph graph;
  graph.offsets.assign(std::size_t(n_owned) + 1, 0);
  // one search per atom: each thread fills the rows of a contiguous range of atoms into its own
  // buffer, then copies them into place behind the rows of the ranges before it
  std::vector<std::vector<int>> found;
#pragma omp parallel
  {
#pragma omp single
    found.resize(omp_get_num_threads());
    const int thread = omp_get_thread_num(), threads = omp_get_num_threads();
    const int begin = int(std::int64_t(n_owned) * thread / threads), end = int(std::int64_t(n_owned) * (thread + 1) / threads);
    std::vector<int> &mine = found[thread];
    for (int i = begin; i < end; ++i) {
      const std::size_t row = mine.size();
      cells.for_each_within(x + 3 * std::size_t(i), cutoff, [&](int j) {
        if (j != i) mine.push_back(j);
      });
      std::sort(mine.begin() + row, mine.end());
      graph.offsets[i + 1] = static_cast<int>(mine.size() - row);
    }
#pragma omp barrier
#pragma omp single
    {
      for (int i = 0; i < n_owned; ++i) graph.offsets[i + 1] += graph.offsets[i];
      graph.indices.resize(graph.offsets.back());
    }
    std::copy(mine.begin(), mine.end(), graph.indices.begin() + graph.offsets[begin]);
  }
  return graph;
}

double CellGrid::cells_for(double s) const
{
  double cells = 1.0;
  for (int d = 0; d < 3; ++d) cells *= std::floor((hi[d] - lo[d]) / s) + 1.0;
  return cells;
}

std::size_t CellGrid::cell_of(const double *p) const
{
  return (static_cast<std::size_t>(cell_coordinate(p[2], 2)) * n[1] + cell_coordinate(p[1], 1)) * n[0] +
         cell_coordinate(p[0], 0);
}

}    // namespace cunbglass::core
