/* Local concentration: for each atom, the atoms of selected types among all atoms within a
 * sphere, the atom itself included (Baumer & Demkowicz, PRL 110, 145502 (2013): R = 0.7 nm). */
#pragma once

#include <vector>

namespace cunbglass::core {

struct LocalCounts {
  std::vector<int> selected;    // atoms of a selected type in the sphere, the centre included
  std::vector<int> total;       // all atoms in the sphere, the centre included
};

// For each owned atom i < n_owned with selected[i] != 0: the entries (owned atoms and ghosts, x:
// 3 coordinates each, `type` for each) closer than `radius`, the atom itself included, found by a
// cell search over the current positions (no neighbour list, no skin); listed_type[t] says whether
// type t counts. Others get 0, 0. OpenMP-parallel over atoms; integer counts, exact at any thread
// count.
LocalCounts local_counts(const double *x, int n_owned, int n_all, const int *type,
                         const std::vector<bool> &listed_type,
                         const std::vector<unsigned char> &selected, double radius);

}    // namespace cunbglass::core
