/* Entries (owned atoms and ghosts, 3 coordinates each) sorted into cubic cells over their bounding
 * box: the one neighbour search of the LAMMPS styles (ico/interface's nearest interface atom,
 * conc/atom's counts in a sphere, the neighbour graphs of ico/atom and percolation). Positions are
 * current, so no skin is needed; the entries within reach must be there (the ghost cutoff covers
 * the search radius). */
#pragma once

#include "neighbour_graph.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace cunbglass::core {

class CellGrid {
 public:
  // `include` (n_all flags, or null for all): the entries sorted in. `side`: the cell side wanted,
  // widened until the grid has at most about two cells per entry (a tiny radius in a large box
  // must not allocate a huge grid).
  CellGrid(const double *x, int n_all, const std::vector<unsigned char> *include, double side);

  // Smallest squared distance from point p to an entry, among those closer than rmax (rmax^2 when
  // none is).
  double nearest2(const double *p, double rmax) const;

  // f(entry) for every entry closer than r to p, cell by cell (the same order for the same p).
  template <class F>
  void for_each_within(const double *p, double r, F &&f) const
  {
    const double r2 = r * r;
    for_each_cell_within(p, r, [&](int begin, int end) {
      for (int k = begin; k < end; ++k) f(entries[k]);
    }, [&](int begin, int end) {
      for (int k = begin; k < end; ++k)
        if (distance2(p, k) < r2) f(entries[k]);
    });
  }

  // The cells around p by the positions of their entries in cell order (entry_at(k) is the entry):
  // whole(begin, end) for the positions [begin, end) of a cell that lies entirely closer than r to
  // p, cut(begin, end) for a cell that the sphere cuts (its entries need distance2(p, k) < r^2);
  // cells entirely farther away are skipped. Cells are classified with a margin (1e-9 of the side
  // and of the coordinates' size) far above the rounding of a distance, so whole cells hold only
  // entries that distance2 puts inside and skipped cells only entries it puts outside.
  template <class Whole, class Cut>
  void for_each_cell_within(const double *p, double r, Whole &&whole, Cut &&cut) const
  {
    int from[3], to[3];
    for (int d = 0; d < 3; ++d) {
      from[d] = cell_coordinate(p[d] - r, d);
      to[d] = cell_coordinate(p[d] + r, d);
    }
    const double r2 = r * r;
    // per axis, the nearest and farthest squared distance from p to each cell's slab
    double near2[3][kMaxSpan], far2[3][kMaxSpan];
    const bool classify = to[0] - from[0] < kMaxSpan && to[1] - from[1] < kMaxSpan && to[2] - from[2] < kMaxSpan;
    if (classify)
      for (int d = 0; d < 3; ++d)
        for (int c = from[d]; c <= to[d]; ++c) {
          double gap, reach;
          slab_distances(p, d, c, gap, reach);
          near2[d][c - from[d]] = gap * gap;
          far2[d][c - from[d]] = reach * reach;
        }
    // consecutive cells of a row hold consecutive positions: runs of one kind are handed on as one
    enum Kind { kSkip, kWhole, kCut };
    for (int cz = from[2]; cz <= to[2]; ++cz)
      for (int cy = from[1]; cy <= to[1]; ++cy) {
        const std::size_t row = (static_cast<std::size_t>(cz) * n[1] + cy) * n[0];
        Kind run = kSkip;
        int run_begin = 0, run_end = 0;
        auto flush = [&] {
          if (run == kWhole) whole(run_begin, run_end);
          if (run == kCut) cut(run_begin, run_end);
        };
        for (int cx = from[0]; cx <= to[0]; ++cx) {
          const std::size_t c = row + cx;
          Kind kind = kCut;
          if (classify) {
            const int ix = cx - from[0], iy = cy - from[1], iz = cz - from[2];
            if (near2[0][ix] + near2[1][iy] + near2[2][iz] >= r2)
              kind = kSkip;
            else if (far2[0][ix] + far2[1][iy] + far2[2][iz] < r2)
              kind = kWhole;
          }
          if (kind != run) {
            flush();
            run = kind;
            run_begin = start[c];
          }
          run_end = start[c + 1];
        }
        flush();
      }
  }

  // squared distance from p to the entry at position k in cell order
  double distance2(const double *p, int k) const
  {
    const double *q = sorted.data() + 3 * std::size_t(k);
    const double ex = q[0] - p[0], ey = q[1] - p[1], ez = q[2] - p[2];
    return ex * ex + ey * ey + ez * ez;
  }

  int entry_at(int k) const { return entries[k]; }
  int size() const { return static_cast<int>(entries.size()); }

 private:
  static constexpr int kMaxSpan = 16;    // cells per axis classified in advance (more: no pruning)
  double cells_for(double s) const;
  int cell_coordinate(double v, int d) const
  {
    // clamped before the conversion: a search radius far beyond the box must not overflow an int
    const double c = std::floor((v - lo[d]) / side);
    return c < 0.0 ? 0 : (c >= n[d] - 1 ? n[d] - 1 : static_cast<int>(c));
  }
  std::size_t cell_of(const double *p) const;
  // Nearest and farthest distance from p to the slab of cells with coordinate c along axis d,
  // widened by the margin on both sides (so that the classification errs on the safe side).
  void slab_distances(const double *p, int d, int c, double &gap, double &reach) const
  {
    const double below = p[d] - (lo[d] + c * side - margin), above = lo[d] + (c + 1) * side + margin - p[d];
    gap = below < 0.0 ? -below : (above < 0.0 ? -above : 0.0);
    reach = std::max(std::fabs(below), std::fabs(above));
  }

  double lo[3], hi[3], side = 1.0, margin = 0.0;
  int n[3] = {1, 1, 1};
  std::vector<int> start, entries;
  std::vector<double> sorted;    // the entries' coordinates in cell order: contiguous scans
};

// For each of the first n_owned entries (the owned atoms), every entry (owned or ghost) closer
// than `cutoff`, itself excluded, sorted by entry index: what brute_force_neighbours gives, in
// O(n_all) for atomic densities. Rows do not depend on the thread count.
NeighbourGraph neighbours_within(const double *x, int n_owned, int n_all, double cutoff);

}    // namespace cunbglass::core
