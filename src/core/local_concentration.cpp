#include "local_concentration.h"

namespace cunbglass::core {

LocalCounts local_counts(const NeighbourGraph &graph, const int *type,
                         const std::vector<bool> &listed_type,
                         const std::vector<unsigned char> &selected)
{
  const int n = graph.num_centres();
  LocalCounts out;
  out.selected.assign(n, 0);
  out.total.assign(n, 0);
#pragma omp parallel for schedule(static)
  for (int c = 0; c < n; ++c) {
    if (!selected[c]) continue;
    int selected = listed_type[type[c]] ? 1 : 0;
    for (const int *j = graph.begin(c); j != graph.end(c); ++j) selected += listed_type[type[*j]];
    out.selected[c] = selected;
    out.total[c] = 1 + graph.degree(c);
  }
  return out;
}

}    // namespace cunbglass::core
