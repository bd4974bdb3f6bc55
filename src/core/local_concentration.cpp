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
  // cells of half the radius: the search covers about 5 x 5 x 5 cells
  const CellGrid cells(x, n_all, nullptr, 0.5 * radius);
  std::vector<unsigned char> listed_entry(n_all);
  for (int j = 0; j < n_all; ++j) listed_entry[j] = listed_type[type[j]];
#pragma omp parallel for schedule(static)
  for (int i = 0; i < n_owned; ++i) {
    if (!selected[i]) continue;
    int listed = listed_entry[i], total = 1;    // the centre, whatever the radius
    cells.for_each_within(x + 3 * std::size_t(i), radius, [&](int j) {
      if (j == i) return;
      ++total;
      listed += listed_entry[j];
    });
    out.selected[i] = listed;
    out.total[i] = total;
  }
  return out;
}

}    // namespace cunbglass::core
