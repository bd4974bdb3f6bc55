/* LAMMPS neighbour list -> core::NeighbourGraph. */
#pragma once

#include "neighbour_graph.h"

namespace LAMMPS_NS {
class NeighList;
}

namespace cunbglass {

// For every owned atom i (centre i of the graph), the owned or ghost atoms j of LAMMPS's full
// list that are closer than `cutoff` (the list may reach further: cutoff plus skin).
core::NeighbourGraph neighbours_within(const LAMMPS_NS::NeighList *list, double **x, int nlocal,
                                       double cutoff);

}    // namespace cunbglass
