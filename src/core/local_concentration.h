/* Local concentration: for each atom, the atoms of selected types among all atoms within a
 * sphere, the atom itself included (Baumer & Demkowicz, PRL 110, 145502 (2013): R = 0.7 nm). */
#pragma once

#include "neighbour_graph.h"

#include <vector>

namespace cunbglass::core {

struct LocalCounts {
  std::vector<int> selected;    // atoms of a selected type in the sphere, the centre included
  std::vector<int> total;       // all atoms in the sphere, the centre included
};

// `type` covers every entry the graph refers to (owned atoms and ghosts); listed_type[t] says
// whether type t counts. Only centres with selected[c] != 0 are counted (others get 0, 0).
// OpenMP-parallel over centres.
LocalCounts local_counts(const NeighbourGraph &graph, const int *type,
                         const std::vector<bool> &listed_type,
                         const std::vector<unsigned char> &selected);

}    // namespace cunbglass::core
