/* Icosahedra and composition interfaces (Baumer & Demkowicz, PRL 110, 145502 (2013)): the
 * distance of each atom to the nearest interface atom, the profile p_ico(r), and the formation
 * enthalpy of icosahedra by interpolation between Cu-rich and Nb-rich atoms. */
#pragma once

#include <vector>

namespace cunbglass::core {

// x holds n_all positions (3 doubles each): the n_owned atoms first, then ghost or image entries.
// For each owned atom: 0 if it is marked, else the distance to the nearest marked entry closer
// than rmax, or +infinity if none. No neighbour list: the marked entries are sorted into a cell
// grid that is searched in shells of growing distance until no closer entry can remain, so the
// cost follows the marked atoms near each atom rather than every atom within rmax. OpenMP over
// atoms; the result does not depend on the thread count.
std::vector<double> distance_to_marked(const double *x, int n_owned, int n_all,
                                       const std::vector<unsigned char> &marked, double rmax);

// Histogram of distances in nbins equal bins over [0, rmax): atoms per bin and, of those, atoms
// with flag set. Distances >= rmax are not binned. Sums of several ranks add.
struct Profile {
  std::vector<double> atoms, flagged;
};
Profile distance_profile(const std::vector<double> &distance, const std::vector<unsigned char> &flag,
                         double rmax, int nbins);

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

// One atom's data for the interface analysis.
struct InterfaceAtom {
  double distance;        // to the nearest interface atom (distance_to_marked)
  double concentration;   // local concentration of species A
  double energy;          // potential energy
  bool icosahedral;       // belongs to the icosahedral network
};

// Which atoms are A-rich and B-rich references: non-icosahedral atoms with c > a_min, c < b_max.
struct RichThresholds {
  double a_min = 0.75, b_max = 0.25;
};

// What one rank contributes to the global outputs: the profile of p_ico(r), the sums of the three
// classes (icosahedral atoms; non-icosahedral A-rich and B-rich atoms) and the atoms with no
// interface atom within rmax. Sums of ranks add: to_doubles() is the flat form for one MPI sum.
struct InterfaceSums {
  Profile profile;
  ClassSums icosahedral, a_rich, b_rich;
  double beyond_rmax = 0.0;

  std::vector<double> to_doubles() const;
  static InterfaceSums from_doubles(const std::vector<double> &flat, int nbins);
};
InterfaceSums interface_sums(const std::vector<InterfaceAtom> &atoms, const RichThresholds &rich,
                             double rmax, int nbins);

}    // namespace cunbglass::core
