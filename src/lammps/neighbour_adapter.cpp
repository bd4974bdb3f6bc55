#include "neighbour_adapter.h"

#include "lmptype.h"
#include "neigh_list.h"

#include <vector>

namespace cunbglass {

core::NeighbourGraph neighbours_within(const LAMMPS_NS::NeighList *list, double **x, int nlocal,
                                       double cutoff)
{
  const double cut2 = cutoff * cutoff;
  std::vector<std::vector<int>> within(nlocal);
  for (int ii = 0; ii < list->inum; ++ii) {
    const int i = list->ilist[ii];
    const int *jlist = list->firstneigh[i];
    for (int jj = 0; jj < list->numneigh[i]; ++jj) {
      const int j = jlist[jj] & NEIGHMASK;
      const double dx = x[j][0] - x[i][0], dy = x[j][1] - x[i][1], dz = x[j][2] - x[i][2];
      if (dx * dx + dy * dy + dz * dz < cut2) within[i].push_back(j);
    }
  }
  core::NeighbourGraph graph;
  graph.offsets.assign(nlocal + 1, 0);
  for (int i = 0; i < nlocal; ++i) {
    graph.indices.insert(graph.indices.end(), within[i].begin(), within[i].end());
    graph.offsets[i + 1] = static_cast<int>(graph.indices.size());
  }
  return graph;
}

}    // namespace cunbglass
