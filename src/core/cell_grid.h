/* Entries (owned atoms and ghosts, 3 coordinates each) sorted into cubic cells over their bounding
 * box: the one neighbour search of the LAMMPS styles (ico/interface's nearest interface atom,
 * conc/atom's counts in a sphere, the neighbour graphs of ico/atom and percolation). Positions are
 * current, so no skin is needed; the entries within reach must be there (the ghost cutoff covers
 * the search radius). */
#pragma once

#include "neighbour_graph.h"

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
    int from[3], to[3];
    for (int d = 0; d < 3; ++d) {
      from[d] = cell_coordinate(p[d] - r, d);
      to[d] = cell_coordinate(p[d] + r, d);
    }
    const double r2 = r * r;
    for (int cz = from[2]; cz <= to[2]; ++cz)
      for (int cy = from[1]; cy <= to[1]; ++cy)
        for (int cx = from[0]; cx <= to[0]; ++cx) {
          const std::size_t c = (static_cast<std::size_t>(cz) * n[1] + cy) * n[0] + cx;
          for (int k = start[c]; k < start[c + 1]; ++k) {
            const double *q = sorted.data() + 3 * std::size_t(k);
            const double ex = q[0] - p[0], ey = q[1] - p[1], ez = q[2] - p[2];
            if (ex * ex + ey * ey + ez * ez < r2) f(entries[k]);
          }
        }
  }

 private:
  double cells_for(double s) const;
  int cell_coordinate(double v, int d) const
  {
    // clamped before the conversion: a search radius far beyond the box must not overflow an int
    const double c = std::floor((v - lo[d]) / side);
    return c < 0.0 ? 0 : (c >= n[d] - 1 ? n[d] - 1 : static_cast<int>(c));
  }
  std::size_t cell_of(const double *p) const;

  double lo[3], hi[3], side = 1.0;
  int n[3] = {1, 1, 1};
  std::vector<int> start, entries;
  std::vector<double> sorted;    // the entries' coordinates in cell order: contiguous scans
};

// For each of the first n_owned entries (the owned atoms), every entry (owned or ghost) closer
// than `cutoff`, itself excluded, sorted by entry index: what brute_force_neighbours gives, in
// O(n_all) for atomic densities. Rows do not depend on the thread count.
NeighbourGraph neighbours_within(const double *x, int n_owned, int n_all, double cutoff);

}    // namespace cunbglass::core
