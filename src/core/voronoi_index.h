/* Voronoi index <n3, n4, n5, n6> of an atom's Voronoi cell (the number of faces with 3, 4, 5, 6
 * edges), built with voro++ from the atom's neighbours (Finney 1970; full icosahedra are
 * <0,0,12,0>, Cheng & Ma 2011). */
#pragma once

#include "neighbour_graph.h"

#include <vector>

namespace cunbglass::core {

struct VoronoiIndex {
  int n3 = 0, n4 = 0, n5 = 0, n6 = 0;    // faces by number of counted edges (others not listed)
  int faces = 0;                         // faces kept after the area threshold
  double volume = 0.0;
  bool complete = false;                 // the neighbours reached far enough to fix the cell
  std::vector<int> face_neighbours;      // entries sharing a kept face (filled for icosahedra)
  bool is_icosahedral() const { return complete && n3 == 0 && n4 == 0 && n5 == 12 && n6 == 0 && faces == 12; }
};

// Cell of `centre` cut by the planes of its neighbours (all closer than `cutoff`). A face with an
// area below `face_threshold` (area units) is dropped; an edge shorter than `edge_threshold`
// (distance) is not counted. The cell is complete when twice its largest vertex distance is
// below `cutoff`: no atom further away could cut it.
VoronoiIndex voronoi_index(const double *x, int centre, const int *nbr_begin, const int *nbr_end,
                           double cutoff, double face_threshold, double edge_threshold);

// All selected centres of a graph (others get a default, incomplete index); OpenMP over centres.
std::vector<VoronoiIndex> voronoi_indices(const double *x, const NeighbourGraph &graph,
                                          const std::vector<unsigned char> &selected, double cutoff,
                                          double face_threshold, double edge_threshold);

}    // namespace cunbglass::core
