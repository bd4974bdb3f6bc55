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
  void add(double conc, double e)
  {
    count += 1.0;
    energy += e;
    concentration += conc;
  }
  double mean_energy() const { return energy / count; }
  double mean_concentration() const { return concentration / count; }
};

// Energy of the icosahedral class minus the energy that a linear interpolation between the
// A-rich and B-rich classes gives at the icosahedral class's mean concentration (energy units
// per atom). NaN when a class is empty or the two reference concentrations coincide.
double formation_energy(const ClassSums &ico, const ClassSums &a_rich, const ClassSums &b_rich);

// Sums over the non-icosahedral atoms for a least-squares line E(c) through all of them.
struct LineSums {
  double count = 0.0, c = 0.0, e = 0.0, cc = 0.0, ce = 0.0;
  void add(double conc, double energy)
  {
    count += 1.0;
    c += conc;
    e += energy;
    cc += conc * conc;
    ce += conc * energy;
  }
};

// Energy of the icosahedral class minus the least-squares line E(c) through the other atoms,
// evaluated at the icosahedral class's mean concentration. NaN when a class is empty or the
// others' concentrations do not spread.
double formation_energy_against_line(const ClassSums &ico, const LineSums &others);

// The sums of one species (atom type): its icosahedral atoms and its other atoms.
struct SpeciesSums {
  ClassSums icosahedral;
  LineSums others;
};

// The formation enthalpy of icosahedra species by species: each icosahedral atom against the line
// E(c) of the non-icosahedral atoms of its own species, averaged over the icosahedral atoms. The
// same question as formation_energy() without its two weaknesses: every non-icosahedral atom is a
// reference (the A-rich and B-rich classes are small where the glass is well mixed), and an
// atom's own species, whose energy differs by eV between Cu and Nb, cannot pass for an effect of
// structure when the icosahedral atoms' species mix differs from the references'. NaN without
// icosahedral atoms or when a species with icosahedral atoms has no line.
double formation_energy_by_species(const std::vector<SpeciesSums> &species);

// One atom's data for the interface analysis.
struct InterfaceAtom {
  double distance;        // to the nearest interface atom (distance_to_marked)
  double concentration;   // local concentration of species A
  double energy;          // potential energy
  bool icosahedral;       // belongs to the icosahedral network
  int species;            // 0-based species (atom type - 1)
};

// Which atoms are A-rich and B-rich references: non-icosahedral atoms with c > a_min, c < b_max.
struct RichThresholds {
  double a_min = 0.75, b_max = 0.25;
};

// What one rank contributes to the global outputs: the profile of p_ico(r), the sums of the three
// classes (icosahedral atoms; non-icosahedral A-rich and B-rich atoms), the sums of each species
// and the atoms with no interface atom within rmax. Sums of ranks add: to_doubles() is the flat
// form for one MPI sum.
struct InterfaceSums {
  Profile profile;
  ClassSums icosahedral, a_rich, b_rich;
  std::vector<SpeciesSums> by_species;
  double beyond_rmax = 0.0;

  std::vector<double> to_doubles() const;
  static InterfaceSums from_doubles(const std::vector<double> &flat, int nbins, int nspecies);
};
InterfaceSums interface_sums(const std::vector<InterfaceAtom> &atoms, const RichThresholds &rich,
                             double rmax, int nbins, int nspecies);

}    // namespace cunbglass::core
