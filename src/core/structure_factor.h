/* Bhatia-Thornton structure factors of a binary system from a direct sum over the wavevectors
 * allowed by a periodic box (Bhatia & Thornton, PRB 2, 3004 (1970)).
 *
 * Convention: k = 2 pi (n1 b1 + n2 b2 + n3 b3), with b_i the reciprocal vectors of the cell
 * (a_i . b_j = delta_ij), so |k| is in radians per length (1/Angstrom in metal units) and the
 * composition wavelength is lambda_C = 2 pi / q_max. */
#pragma once

#include "neighbour_graph.h"

#include <array>
#include <vector>

namespace cunbglass::core {

// Wavevectors of a periodic cell with qmin <= |k| < qmax, one of each +-k pair (|rho(k)|^2 is
// even in k), binned into `nbins` equal shells of |k|. `planar` (a 2d simulation, cell vectors a
// and b in the xy plane): only the in-plane wavevectors, n3 = 0.
struct BoxWavevectors {
  std::vector<std::array<int, 3>> n;    // integer coordinates on the reciprocal lattice
  std::vector<double> magnitude;        // |k|
  std::vector<int> shell;               // 0 .. nbins-1
  std::array<int, 3> nmax{0, 0, 0};     // largest |n_d| used
  int nbins = 0;
  double qmin = 0.0, qmax = 0.0;
};

BoxWavevectors box_wavevectors(const std::array<Vec3, 3> &cell, double qmin, double qmax,
                               int nbins, bool planar = false);

// How many wavevectors box_wavevectors will return, from the volume of the half shell
// qmin <= |k| < qmax over the reciprocal-cell volume (2 pi)^3 / V (planar: the half annulus over
// (2 pi)^2 / area): cheap, for refusing hostile sizes before enumerating them.
double expected_wavevector_count(const std::array<Vec3, 3> &cell, double qmin, double qmax,
                                 bool planar = false);

// Bytes that partial_density_sums and its caller hold per wavevector for `natoms` atoms.
double bytes_per_wavevector(int natoms);

// Complex density sums rho_s(k) = sum_j exp(-i k . r_j) of the two species for every
// wavevector, from fractional coordinates (3 per atom; k . r = 2 pi n . s). species[j] is 0 (A),
// 1 (B) or -1 (not counted). Layout: [k][species][re, im], 4 doubles per wavevector.
// OpenMP-parallel over fixed blocks of atoms summed in a fixed order: the result does not depend
// on the thread count. Sums of several ranks simply add.
std::vector<double> partial_density_sums(const double *fractional, const int *species, int natoms,
                                         const BoxWavevectors &waves);

struct BhatiaThorntonShells {
  std::vector<double> q;       // mean |k| of the shell (the shell's centre when empty)
  std::vector<double> s_nn, s_nc, s_cc;
  std::vector<int> count;      // wavevectors in the shell (one per +-k pair)
};

// Shell averages of S_NN = |rho_A + rho_B|^2 / N, S_CC = |c_B rho_A - c_A rho_B|^2 / N and
// S_NC = Re[(rho_A + rho_B) conj(c_B rho_A - c_A rho_B)] / N, with N = nA + nB, c_A = nA / N.
BhatiaThorntonShells bhatia_thornton(const std::vector<double> &sums, const BoxWavevectors &waves,
                                     double nA, double nB);

// Peak of s over the non-empty shells; q refined by the vertex of the parabola through the peak
// shell and its non-empty neighbours (the shell's q when the peak is at an end of the range).
struct Peak {
  int shell = -1;
  double q_shell = 0.0, q_refined = 0.0, value = 0.0;
};
Peak find_peak(const std::vector<double> &q, const std::vector<double> &s,
               const std::vector<int> &count);

// First moment of S_CC over the peak, the estimator of spinodal-decomposition studies,
// q1 = sum_s q_s S_s / sum_s S_s over the contiguous shells around the peak shell whose mean
// S_CC is at least half the peak's, where within a shell each wavevector counts with its own |k|
// (q_s S_s = sum_k |k| S_CC(k) / n_s). Exact for a single composition wave (only its wavevector
// carries S_CC, whichever shell it falls in); for several modes the mean of their |k| weighted by
// S_CC / n_s, as a shell-averaged S(q) weights them; for a broad peak the shell-by-shell first
// moment. `error`: the standard error of q1
// from the scatter of S_CC over the wavevectors (each |rho_C(k)|^2 of a random field fluctuates
// by its own size): sqrt(sum_k (w_k S_k)^2 (|k| - q1)^2) / sum_k w_k S_k with w_k = 1 / n_s.
struct PeakMoment {
  double q = 0.0, error = 0.0;
  int first_shell = -1, last_shell = -1;    // the shells summed
};
PeakMoment peak_first_moment(const std::vector<double> &sums, const BoxWavevectors &waves,
                             double nA, double nB, const BhatiaThorntonShells &shells,
                             int peak_shell);

}    // namespace cunbglass::core
