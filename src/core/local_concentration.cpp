#include "local_concentration.h"

#include "cell_grid.h"

namespace cunbglass::core {

LocalCounts local_counts(const double *x, int n_owned, int n_all, const int *type,
                         const std::vector<bool> &listed_type,
                         const std::vector<unsigned char> &selected, double radius)
{
  LocalCounts out;
  out.selected.assign(n_owned, 0);
  out.total.assign(n_owned, 0);
  // cells of half the radius: the search covers about 5 x 5 x 5 cells, and the cells inside the
  // sphere are counted whole from prefix sums in cell order
  const CellGrid cells(x, n_all, nullptr, 0.5 * radius);
  std::vector<int> listed_before(cells.size() + 1, 0);    // listed entries before each position
  for (int k = 0; k < cells.size(); ++k) listed_before[k + 1] = listed_before[k] + listed_type[type[cells.entry_at(k)]];
  // the centre counts whatever the radius; a radius whose square is 0 finds not even the centre
  const bool centre_found = radius * radius > 0.0;
#pragma omp parallel for schedule(static)
  for (int i = 0; i < n_owned; ++i) {
    if (!selected[i]) continue;
    int listed = centre_found ? 0 : int(listed_type[type[i]]), total = centre_found ? 0 : 1;
    const double *p = x + 3 * std::size_t(i), r2 = radius * radius;
    cells.for_each_cell_within(p, radius, [&](int begin, int end) {
      total += end - begin;
      listed += listed_before[end] - listed_before[begin];
    }, [&](int begin, int end) {
      for (int k = begin; k < end; ++k) {
        const int inside = cells.distance2(p, k) < r2;
        total += inside;
        listed += inside & (listed_before[k + 1] - listed_before[k]);
      }
    });
    out.selected[i] = listed;
    out.total[i] = total;
  }
  return out;
}

}    // namespace cunbglass::core
