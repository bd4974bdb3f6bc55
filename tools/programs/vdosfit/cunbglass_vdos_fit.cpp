/* cunbglass-vdos-fit: the numbers of docs/thin-films.md from one fix vdos table.
 *
 *   cunbglass-vdos-fit TABLE --atoms N --volume V [--thickness L] [--column C[,C...]]
 *                      [--afit WMIN WMAX] [--vfit WMIN WMAX] [--bfit TMIN TMAX] [--wcut W] [--v V]
 *
 * TABLE: a fix ave/time (mode vector) file of fix vdos's array (the last block is used):
 * row, nu, omega, g, ... ; --column picks g (default 3: the total; "4,5": in-plane x + y; 6:
 * g_z; with fix vdos ... direction yes). Prints key = value
 * lines: the exponent a of g ~ omega^a over [afit] (rad/ps), the Debye sound velocity from
 * g / omega^2 over [vfit] with the volume V (A^3), the heat capacity per atom (k_B) on a
 * temperature grid from g without the frequencies below wcut (the spectral resolution: the
 * window leaks the lowest modes into omega = 0), the exponent b of C_v ~ T^b over [bfit] (K),
 * and the models per atom with the measured v (or --v): Debye and, with --thickness, Zaccone's
 * film law 120 zeta(5) (3/(4 pi^3)) (L/v^4) (k_B T/hbar)^4 and the crossover ratio, as
 * "dos" lines (g per atom against omega) and "cv" lines (C_v per atom against T). */
#include "phonon_models.h"
#include "power_law_fit.h"
#include "vibrational_dos.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace cunbglass::core;

namespace {

[[noreturn]] void usage(const std::string &why)
{
  std::fprintf(stderr, "cunbglass-vdos-fit: %s\nusage: cunbglass-vdos-fit TABLE --atoms N --volume V "
                       "[--thickness L] [--column C[,C...]] [--afit WMIN WMAX] [--vfit WMIN WMAX] "
                       "[--bfit TMIN TMAX] [--wcut W] [--v V]\n", why.c_str());
  std::exit(2);
}

// last block of a fix ave/time mode-vector file: omega (column 2) and the sum of the chosen g columns
bool read_table(const std::string &path, const std::vector<int> &columns, std::vector<double> &omega,
                std::vector<double> &g)
{
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::vector<double> values;
    for (double x; fields >> x;) values.push_back(x);
    if (values.size() == 2) {    // block header: step rows
      omega.clear();
      g.clear();
      continue;
    }
    double sum = 0.0;
    for (int c : columns) {
      if (c >= static_cast<int>(values.size())) return false;
      sum += values[c];
    }
    omega.push_back(values[2]);
    g.push_back(sum);
  }
  return !omega.empty();
}

// An exponent needs at least 3 points in its window: 2 points give a line with no error
// estimate. Fewer print nan (and say why), never a number that looks measured.
void print_exponent(const char *name, const PowerLawFit &fit, const double window[2])
{
  constexpr int kMinimumPoints = 3;
  const bool determined = fit.points >= kMinimumPoints;
  std::printf("%s = %.4f\n%s_error = %.4f\n%s_points = %d\n%s_window = %g %g\n", name,
              determined ? fit.exponent : NAN, name, determined ? fit.exponent_error : NAN, name,
              fit.points, name, window[0], window[1]);
  if (!determined)
    std::fprintf(stderr, "cunbglass-vdos-fit: %d point(s) in the %s window %g-%g, at least %d needed: "
                 "%s undetermined (widen the window or refine the resolution)\n", fit.points, name,
                 window[0], window[1], kMinimumPoints, name);
}

}    // namespace

int main(int argc, char **argv)
{
  if (argc < 2) usage("no table given");
  const std::string table = argv[1];
  double atoms = 0, volume = 0, thickness = 0, wcut = -1, vmodel = 0;
  double afit[2] = {1.0, 6.0}, vfit[2] = {1.0, 6.0}, bfit[2] = {5.0, 20.0};
  std::vector<int> columns = {3};
  for (int i = 2; i < argc; ++i) {
    const std::string key = argv[i];
    auto value = [&](int k) {
      if (i + k >= argc) usage(key + " needs a value");
      char *end = nullptr;
      const double v = std::strtod(argv[i + k], &end);
      if (*end != '\0') usage(key + ": not a number: " + argv[i + k]);
      return v;
    };
    if (key == "--atoms") atoms = value(1), i += 1;
    else if (key == "--volume") volume = value(1), i += 1;
    else if (key == "--thickness") thickness = value(1), i += 1;
    else if (key == "--column") {
      if (i + 1 >= argc) usage("--column needs a value");
      columns.clear();
      std::istringstream list(argv[++i]);
      for (std::string c; std::getline(list, c, ',');) {
        char *end = nullptr;
        const long n = std::strtol(c.c_str(), &end, 10);
        if (c.empty() || *end != '\0' || n < 3) usage("--column takes g columns (3 or more), comma-separated: " + c);
        columns.push_back(static_cast<int>(n));
      }
    }
    else if (key == "--wcut") wcut = value(1), i += 1;
    else if (key == "--v") vmodel = value(1), i += 1;
    else if (key == "--afit") afit[0] = value(1), afit[1] = value(2), i += 2;
    else if (key == "--vfit") vfit[0] = value(1), vfit[1] = value(2), i += 2;
    else if (key == "--bfit") bfit[0] = value(1), bfit[1] = value(2), i += 2;
    else usage("unknown option " + key);
  }
  if (atoms <= 0 || volume <= 0) usage("--atoms and --volume are required and positive");
  std::vector<double> omega, g;
  if (!read_table(table, columns, omega, g)) usage("cannot read the g columns of a fix vdos table from " + table);
  if (wcut < 0) wcut = 2.0 * omega[1];    // two resolution steps

  const auto a = fit_power_law(omega, g, afit[0], afit[1]);
  const auto measured = sound_velocity_from_dos(omega, g, volume, vfit[0], vfit[1]);
  SoundVelocity v = measured;
  if (vmodel > 0) v.v = vmodel, v.error = 0.0;    // models with a given v (e.g. the bulk's)
  std::printf("resolution = %.6g rad/ps\nwcut = %.6g rad/ps\n", omega[1], wcut);
  print_exponent("a", a, afit);
  std::printf("v = %.4f\nv_error = %.4f\nv_window = %g %g\nv_model = %.4f\n", measured.v,
              measured.error, vfit[0], vfit[1], v.v);

  std::vector<double> wkept, gkept;
  for (size_t k = 0; k < omega.size(); ++k)
    if (omega[k] >= wcut) {
      wkept.push_back(omega[k]);
      gkept.push_back(g[k]);
    }
  std::vector<double> temps, cv;
  for (double T = 1.0; T <= 1000.0; T *= 1.1) {
    temps.push_back(T);
    cv.push_back(harmonic_heat_capacity(wkept, gkept, T) / atoms);
  }
  const auto b = fit_power_law(temps, cv, bfit[0], bfit[1]);
  print_exponent("b", b, bfit);
  if (thickness > 0 && v.v > 0)
    std::printf("omega_x = %.4f\nT_x = %.2f\n", crossover_frequency(thickness, v.v),
                kHbarOverKb * crossover_frequency(thickness, v.v));
  std::printf("# omega(rad/ps) g/atom Debye/atom film/atom (per rad/ps, 3 branches, measured v)\n");
  for (size_t k = 0; k < omega.size(); ++k) {
    const double debye = v.v > 0 ? 3.0 * debye_dos(omega[k], volume, v.v) / atoms : 0.0;
    const double film = thickness > 0 && v.v > 0 ? 3.0 * film_dos(omega[k], volume, thickness, v.v) / atoms : 0.0;
    std::printf("dos %.6g %.6g %.6g %.6g\n", omega[k], g[k] / atoms, debye, film);
  }
  std::printf("# T(K) C_v(k_B/atom) Debye_low_T(k_B/atom) film_low_T(k_B/atom) crossover_ratio\n");
  for (size_t k = 0; k < temps.size(); ++k) {
    const double debye = v.v > 0 ? debye_heat_capacity_low_t(temps[k], v.v) * volume / atoms : 0.0;
    const double film = thickness > 0 && v.v > 0
                            ? film_heat_capacity_low_t(temps[k], thickness, v.v) * volume / atoms : 0.0;
    const double ratio = thickness > 0 && v.v > 0 ? zaccone_crossover_ratio(temps[k], thickness, v.v) : 0.0;
    std::printf("cv %.5g %.6g %.6g %.6g %.6g\n", temps[k], cv[k], debye, film, ratio);
  }
  return 0;
}
