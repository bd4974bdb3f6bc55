/* Common-neighbour analysis (Honeycutt & Andersen, J. Phys. Chem. 91, 4950 (1987); the triplet
 * as in Faken & Jonsson, Comput. Mater. Sci. 2, 279 (1994)) and full-icosahedron detection
 * (Cheng, Ma & Sheng, PRL 102, 245501 (2009); Baumer & Demkowicz, PRL 110, 145502 (2013)).
 *
 * Positions are a flat array, 3 doubles per entry (owned atoms and their ghosts/images). Centre c
 * of a NeighbourGraph is entry c of the positions; its neighbours are any entries.
 */
#pragma once

#include "neighbour_graph.h"

#include <vector>

namespace cunbglass::core {

// CNA index (j, k, l) of a bonded pair: j common neighbours, k bonds among them, l bonds in the
// largest connected group of those bonds ("longest chain"). A full icosahedron has 12 bonds 555.
struct CnaSignature {
  int common = 0;
  int bonds = 0;
  int chain = 0;
  bool operator==(const CnaSignature &o) const
  {
    return common == o.common && bonds == o.bonds && chain == o.chain;
  }
};

// Largest neighbour count one centre may have for cna_signatures().
constexpr int kMaxCnaNeighbours = 64;

// Signature of the bond (centre, neighbour k) for every k of the centre's neighbour list, in list
// order. Two atoms are bonded when closer than `cutoff`. Throws std::length_error past
// kMaxCnaNeighbours neighbours.
std::vector<CnaSignature> cna_signatures(const double *x, int centre, const int *nbr_begin,
                                         const int *nbr_end, double cutoff);

// True when the centre has exactly 12 neighbours and every bond is 555.
bool is_full_icosahedron(const double *x, int centre, const int *nbr_begin, const int *nbr_end,
                         double cutoff);

// Per-entry labels: 2 for every centre c with is_centre[c], 1 for the entries shells lists for such
// a centre (its vertices) that are not centres themselves, 0 otherwise.
std::vector<int> label_centres_and_vertices(const std::vector<unsigned char> &is_centre,
                                            const NeighbourGraph &shells, int num_entries);

// Per-entry labels for all `num_entries` positions: 2 centre of a full icosahedron, 1 vertex
// (a neighbour of such a centre), 0 none. Only centres with selected[c] != 0 are tested; the
// graph's neighbours must all be closer than `cutoff`. OpenMP-parallel over centres; the result
// does not depend on the thread count.
std::vector<int> label_full_icosahedra(const double *x, const NeighbourGraph &graph,
                                       const std::vector<unsigned char> &selected, double cutoff,
                                       int num_entries);

}    // namespace cunbglass::core
