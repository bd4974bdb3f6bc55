/* Icosahedra and composition interfaces (Baumer & Demkowicz, PRL 110, 145502 (2013)): the
 * distance of each atom to the nearest interface atom, the profile p_ico(r), and the formation
 * enthalpy of icosahedra by interpolation between Cu-rich and Nb-rich atoms. */
#pragma once

#include "neighbour_graph.h"

#include <limits>
#include <vector>

namespace cunbglass::core {

// For each centre of the graph: 0 if the centre itself is marked, else the distance to the
// nearest marked entry among its neighbours, or +infinity if none. OpenMP over centres.
std::vector<double> distance_to_marked(const double *x, const NeighbourGraph &graph,
                                       const std::vector<unsigned char> &marked);

// Histogram of distances in nbins equal bins over [0, rmax): atoms per bin and, of those, atoms
// with flag set. Distances >= rmax are not binned. Sums of several ranks add.
struct Profile {
  std::vector<double> atoms, flagged;
};
Profile distance_profile(const std::vector<double> &distance, const std::vector<unsigned char> &flag,
                         const std::vector<unsigned char> &include, double rmax, int nbins);

// Sums over one class of atoms: count, sum of potential energy, sum of local concentration.
struct ClassSums {
  double count = 0.0, energy = 0.0, concentration = 0.0;
  double mean_energy() const { return energy / count; }
  double mean_concentration() const { return concentration / count; }
};

// Energy of the icosahedral class minus the energy that a linear interpolation between the
// A-rich and B-rich classes gives at the icosahedral class's mean concentration (energy units
// per atom). NaN when a class is empty or the two reference concentrations coincide.
double formation_energy(const ClassSums &ico, const ClassSums &a_rich, const ClassSums &b_rich);

}    // namespace cunbglass::core
