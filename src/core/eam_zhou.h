/* Analytic EAM functions of Zhou, Johnson & Wadley, PRB 69, 144113 (2004), with the variant of
 * Wu et al., Materials & Design 230, 111999 (2023), the alloy rule for the cross pair, and the
 * tabulation into a LAMMPS eam/alloy (setfl) file. Distances in Angstrom, energies in eV. */
#pragma once

#include <string>
#include <vector>

namespace cunbglass::core {

struct ZhouEamElement {
  std::string symbol, lattice, source;
  int atomic_number = 0;
  double mass = 0.0, lattice_constant = 0.0;
  double re, fe, rhoe, rhos, alpha, beta, A, B, kappa, lambda;
  int m = 20, n = 20;
  // Wu 2023: the power terms of the denominators act only for x > kappa (x > lambda), so that an
  // odd power cannot make a denominator vanish at short range.
  bool power_terms_above_only = false;
  double Fn[4];
  double F[3];
  double F3_below, F3_above;    // F3 for rho < rhoe and rho >= rhoe
  double eta, Fe;

  double density(double r) const;
  double pair_repulsive(double r) const;     // first term of phi(r), >= 0
  double pair_attractive(double r) const;    // second term of phi(r), >= 0 (phi = rep - att)
  double pair(double r) const { return pair_repulsive(r) - pair_attractive(r); }
  double embedding(double rho) const;
};

// Published parameter sets (values as printed in the papers).
ZhouEamElement zhou2004_cu();
ZhouEamElement wu2023_nb();

// The cross interaction of a binary: Zhou's alloy rule phi_ab = 1/2 [f_b/f_a phi_aa + f_a/f_b
// phi_bb] with the attractive terms of phi_aa and phi_bb multiplied by `attractive_scale`, evaluated
// at distance_scale x r (distance_scale > 1 makes the unlike bond shorter by that factor).
// `density_scale` t acts on the many-body term only: the second element's density function is
// written as t f_b(r) and its embedding function as F_b(rho / t). A pure b crystal is unchanged
// (F_b(t sum f_b / t)), while an a atom now feels t x the density of its b neighbours and a b
// atom 1/t x that of its a neighbours, relative to their own scales. The cross pair keeps the
// unscaled f_a, f_b. {1, 1, 1} is the plain rule.
struct CrossInteraction {
  double attractive_scale = 1.0;
  double distance_scale = 1.0;
  double density_scale = 1.0;
};
double cross_pair(const ZhouEamElement &a, const ZhouEamElement &b, double r,
                  const CrossInteraction &cross);

struct SetflGrid {
  int nrho = 4000;
  double rho_max = 0.0;    // 0: three times the largest rhoe (the second's times density_scale)
  int nr = 4000;
  // 5.5 A since 2026-12-01 (6.4 A before): every function is below 1.4e-5 there, energies and
  // forces within 2.2e-5 eV/atom and 1.1e-4 eV/A of the 6.4 A tables, one force evaluation 1.6
  // times cheaper (docs/potential.md, potentials/calibration/cutoff_check.in, bench/run.sh)
  double cutoff = 5.5;
};

// The whole eam/alloy file. `comments` are its three header lines (each under 1000 characters,
// LAMMPS's line limit). Pair entries are r*phi(r) as the format requires. A density_scale other
// than 1 needs exactly two elements.
std::string write_setfl(const std::vector<ZhouEamElement> &elements, const CrossInteraction &cross,
                        const SetflGrid &grid, const std::vector<std::string> &comments);

// One line listing every parameter of an element (for the file header).
std::string describe_parameters(const ZhouEamElement &e);

}    // namespace cunbglass::core
