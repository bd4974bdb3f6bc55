#include "neighbour_adapter.h"

#include "lmptype.h"
#include "neigh_list.h"

#include <vector>

namespace cunbglass {

core::NeighbourGraph neighbours_within(const LAMMPS_NS::NeighList *list, double **x, int nlocal,
                                       double cutoff)
{
  const double cut2 = cutoff * cutoff;
  // Rows are visited in ilist order; the graph is indexed by atom. Atoms missing from the list
  // (not in its group) get no neighbours.
  std::vector<int> row_of_atom(nlocal, -1);
  for (int ii = 0; ii < list->inum; ++ii) row_of_atom[list->ilist[ii]] = ii;
  std::vector<int> row_start(list->inum + 1, 0), flat;
  flat.reserve(static_cast<size_t>(list->inum) * 16);
  for (int ii = 0; ii < list->inum; ++ii) {
    const int i = list->ilist[ii];
    const int *jlist = list->firstneigh[i];
    for (int jj = 0; jj < list->numneigh[i]; ++jj) {
      const int j = jlist[jj] & NEIGHMASK;
      const double dx = x[j][0] - x[i][0], dy = x[j][1] - x[i][1], dz = x[j][2] - x[i][2];
      if (dx * dx + dy * dy + dz * dz < cut2) flat.push_back(j);
    }
    row_start[ii + 1] = static_cast<int>(flat.size());
  }
  core::NeighbourGraph graph;
  graph.offsets.assign(nlocal + 1, 0);
  bool identity = list->inum == nlocal;
  for (int i = 0; identity && i < nlocal; ++i) identity = row_of_atom[i] == i;
  if (identity) {
    graph.offsets = std::move(row_start);
    graph.indices = std::move(flat);
    return graph;
  }
  graph.indices.reserve(flat.size());
  for (int i = 0; i < nlocal; ++i) {
    const int ii = row_of_atom[i];
    if (ii >= 0) graph.indices.insert(graph.indices.end(), flat.begin() + row_start[ii], flat.begin() + row_start[ii + 1]);
    graph.offsets[i + 1] = static_cast<int>(graph.indices.size());
  }
  return graph;
}

}    // namespace cunbglass
