/* Continuum models of the vibrational density of states and heat capacity: the Debye solid and
 * Zaccone's confined film (A. Zaccone, arXiv:2405.12600 (2024); Yu et al., Nat. Commun. 13, 3649
 * (2022)): confinement to thickness L
 * removes the modes with wavelength longer than L, so below omega_x = 2 pi v / L every branch
 * has g(omega) = V L omega^3 / (4 pi^3 v^4) instead of Debye's V omega^2 / (2 pi^2 v^3), and at
 * low T the heat capacity per volume is C = 120 zeta(5) (3 / (4 pi^3)) (L / v^4) k_B
 * (k_B T / hbar)^4). Heat capacities are in units of k_B (per volume: k_B / A^3), lengths in
 * A, velocities in A/ps, omega in rad/ps, T in K. One average sound velocity v for all three
 * branches. */
#pragma once

#include "power_law_fit.h"

#include <vector>

namespace cunbglass::core {

constexpr double kZeta5 = 1.0369277551433699263;    // Riemann zeta(5)

// Per branch, for a volume V: Debye V omega^2 / (2 pi^2 v^3); film below omega_x
// V L omega^3 / (4 pi^3 v^4), Debye above (the two meet at omega_x).
double debye_dos(double omega, double volume, double v);
double film_dos(double omega, double volume, double thickness, double v);
double crossover_frequency(double thickness, double v);    // omega_x = 2 pi v / L

// I_p(x) = int_0^x t^p e^t / (e^t - 1)^2 dt (p >= 2); I_5(inf) = 120 zeta(5), I_4(inf) = 4 pi^4/15.
double phonon_integral(int power, double x);

// Low-temperature heat capacities per volume, three branches, no frequency cutoff:
// film 120 zeta(5) (3 / (4 pi^3)) (L / v^4) (k_B T / hbar)^4; Debye (2 pi^2 / 5) (k_B T / hbar v)^3.
double film_heat_capacity_low_t(double temperature, double thickness, double v);
double debye_heat_capacity_low_t(double temperature, double v);

// Zaccone's crossover: C(T, L) / C_Debye = 1 + (15 L / (8 pi^5)) (k_B T / (hbar v)) I_5(x_x),
// x_x = 2 pi v hbar / (L k_B T) (the film's omega^3 modes added to the Debye solid).
double zaccone_crossover_ratio(double temperature, double thickness, double v);

// Piecewise model: per volume, three branches of film_dos up to the Debye frequency
// omega_D = v (6 pi^2 n)^(1/3) of number density n, integrated numerically.
double film_heat_capacity(double temperature, double thickness, double v, double number_density);

// Debye heat capacity per atom with the finite cutoff: 9 (T / theta)^3 I_4(theta / T).
double debye_heat_capacity(double temperature, double theta);

// Sound velocity from a measured VDOS: the mean of g / omega^2 over [wmin, wmax] equals
// 3 V / (2 pi^2 v^3) for a Debye solid (3 branches, one average v). Returns v and its standard
// error from the scatter of g / omega^2 over the window (0 with fewer than 2 points).
struct SoundVelocity {
  double v = 0.0, error = 0.0;
  int points = 0;
};
SoundVelocity sound_velocity_from_dos(const std::vector<double> &omega, const std::vector<double> &g,
                                      double volume, double wmin, double wmax);

}    // namespace cunbglass::core
