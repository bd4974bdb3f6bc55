/* fix vdos through LAMMPS on 1 and 2 ranks. Independent references: an Einstein solid (fix
 * spring/self, no pair forces: peaks at sqrt(k/m), C_v = the Einstein function, 3 k_B at high
 * T), free atoms crossing the periodic box and the ranks (Z(t) = Z(0): the transform of the
 * window alone), a cold fcc crystal (3N modes, second moment <omega^2> = sum F^2/m / sum m v^2
 * from LAMMPS's forces, omega^2 at low frequency), the unsplit run for a restart-split run,
 * and the same numbers with 1 and 4 OpenMP threads. */
#include "lammps_fixture.h"
#include "reference_data.h"

#include "library.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kHbarOverKb = 6.582119569e-4 / 8.617333262e-5;    // K ps
constexpr double kMvv2e = 1.0364269e-4;    // LAMMPS metal: (g/mol) (A/ps)^2 in eV
constexpr double kForceToAccel = 1.0 / kMvv2e;    // eV/A / (g/mol) in A/ps^2 (9648.53)

double einstein(double x) { return x * x * std::exp(x) / std::pow(std::expm1(x), 2); }

class Vdos : public cunbglass::test::LammpsTest {
 protected:
  double fix_vector(int i) { return LammpsTest::fix_vector("v", i); }
  double fix_array(int row, int col) { return LammpsTest::fix_array("v", row, col); }
  std::vector<double> column(int col, int rows)
  {
    std::vector<double> c(rows);
    for (int r = 0; r < rows; ++r) c[r] = fix_array(r, col);
    return c;
  }
  static double trapezoid(const std::vector<double> &w, const std::vector<double> &g, double wmax = 1e300)
  {
    double s = 0.0;
    for (size_t k = 0; k + 1 < w.size() && w[k + 1] <= wmax; ++k) s += 0.5 * (g[k] + g[k + 1]) * (w[k + 1] - w[k]);
    return s;
  }
  std::string lattice(const std::string &kind, double a, int cells)
  {
    const std::string n = std::to_string(cells);
    return "units metal\natom_style atomic\nlattice " + kind + " " + std::to_string(a) +
           "\nregion box block 0 " + n + " 0 " + n + " 0 " + n + "\ncreate_box 2 box\ncreate_atoms 1 box\n";
  }
  // Cu/Nb-massed atoms on springs to their sites, no pair forces
  std::string einstein_solid(double k, const std::string &vdos)
  {
    return lattice("fcc", 3.615, 4) +
           "set type 1 type/fraction 2 0.5 5\nmass 1 63.546\nmass 2 92.906\npair_style zero 3.0\n"
           "pair_coeff * *\ntimestep 0.002\nvelocity all create 600 11 mom yes dist gaussian\n"
           "fix e all spring/self " + std::to_string(k) + "\nfix nve all nve\n" + vdos + "\nrun 10000";
  }
};

TEST_F(Vdos, EinsteinSolidPeaksAtSqrtKOverMAndHasTheEinsteinHeatCapacity)
{
  const double k = 2.0;
  run(einstein_solid(k, "fix v all vdos 2 500 origins 50 type yes direction yes temp 50 150 300 1e5 1 1e-300"));
  const int rows = 500, n = natoms();
  const auto nu = column(0, rows), w = column(1, rows), g = column(2, rows);
  EXPECT_NEAR(w[1], kPi / (499 * 0.004), 1e-9);
  EXPECT_NEAR(nu[7], w[7] / (2 * kPi), 1e-12);
  EXPECT_NEAR(trapezoid(w, g), 3.0 * n, 1e-9 * n);
  // columns: total, x, y, z, type 1, type 2
  const auto gx = column(3, rows), gy = column(4, rows), gz = column(5, rows);
  const auto g1 = column(6, rows), g2 = column(7, rows);
  for (int r = 0; r < rows; r += 37) {
    EXPECT_NEAR(gx[r] + gy[r] + gz[r], g[r], 1e-9 * (1 + std::fabs(g[r])));
    EXPECT_NEAR(g1[r] + g2[r], g[r], 1e-9 * (1 + std::fabs(g[r])));
  }
  for (const auto *gd : {&gx, &gy, &gz}) EXPECT_NEAR(trapezoid(w, *gd), n, 0.1 * n);
  // peaks of the partial spectra at sqrt(k/m) (one frequency grid step)
  const std::vector<double> mass = {63.546, 92.906};
  double frequency[2], weight[2];
  int count[2] = {0, 0};
  for (int t : types()) ++count[t - 1];
  for (int t = 0; t < 2; ++t) {
    const auto &gt = t == 0 ? g1 : g2;
    int peak = 1;
    for (int r = 1; r < rows; ++r) if (gt[r] > gt[peak]) peak = r;
    frequency[t] = std::sqrt(k / mass[t] * kForceToAccel);
    EXPECT_NEAR(w[peak], frequency[t], w[1]) << "type " << t + 1;
    weight[t] = 3.0 * count[t];
    EXPECT_NEAR(trapezoid(w, gt), weight[t], 0.1 * weight[t]);
  }
  // C_v per atom in k_B: the two Einstein functions, weighted by the measured type spectra
  const double temps[3] = {50, 150, 300};
  for (int i = 0; i < 3; ++i) {
    double expected = 0.0;
    for (int t = 0; t < 2; ++t)
      expected += trapezoid(w, t == 0 ? g1 : g2) * einstein(kHbarOverKb * frequency[t] / temps[i]);
    expected /= n;
    EXPECT_NEAR(fix_vector(1 + i), expected, 0.01 * expected) << temps[i] << " K";
  }
  EXPECT_NEAR(fix_vector(4), 3.0, 1e-4);    // Dulong-Petit at 1e5 K
  // T -> 0: every resolved mode freezes out and C_v stays a number (it was NaN at 1e-300 K);
  // what is left is the omega = 0 bin of the windowed spectrum, whose ringing can make it
  // slightly negative (about -2e-5 k_B here): zero within the spectrum's resolution
  EXPECT_TRUE(std::isfinite(fix_vector(6)));
  EXPECT_LT(std::fabs(fix_vector(6)), 1e-3 * fix_vector(1));
  EXPECT_LT(std::fabs(fix_vector(5)), 1e-3 * fix_vector(1));
  EXPECT_GT(fix_vector(0), 90.0);           // origins averaged at the longest lag
}

TEST_F(Vdos, TwoDimensionalEinsteinSolidHasTwoModesPerAtom)
{
  // dimension 2: two vibrational modes per atom, so the spectrum integrates to 2N and the heat
  // capacity reaches 2 k_B per atom at high temperature (the 2d Dulong-Petit value)
  run("units metal\ndimension 2\natom_style atomic\nlattice sq 3.0\nregion box block 0 8 0 8 -0.5 0.5\n"
      "create_box 1 box\ncreate_atoms 1 box\nmass 1 63.546\npair_style zero 3.0\npair_coeff * *\n"
      "timestep 0.002\nvelocity all create 600 11 mom yes dist gaussian\nfix e all spring/self 2.0\n"
      "fix nve all nve\nfix 2d all enforce2d\nfix v all vdos 2 300 direction yes temp 1e5\nrun 4000");
  const int rows = 300, n = natoms();
  const auto w = column(1, rows), g = column(2, rows), gz = column(5, rows);
  EXPECT_NEAR(trapezoid(w, g), 2.0 * n, 1e-9 * n);
  EXPECT_NEAR(trapezoid(w, gz), 0.0, 1e-12 * n) << "no motion out of the plane";
  EXPECT_NEAR(fix_vector(1), 2.0, 1e-4);
}

TEST_F(Vdos, FreeAtomsCrossingTheBoxGiveTheWindowTransform)
{
  // no forces: v(t) = v(0), Z(t) = Z(0) at every lag however the atoms migrate between ranks,
  // so g(omega_k) = 3N (2/pi) dt sum_j' w_j cos(pi j k / m) (trapezoid weights, Hann window)
  run(lattice("sc", 3.0, 5) + "mass * 40.0\npair_style zero 3.0\npair_coeff * *\ntimestep 0.002\n"
      "velocity all create 5000 3 mom yes dist gaussian\nfix nve all nve\n"
      "fix v all vdos 5 40 origins 8\nrun 2000");
  const int m = 39, n = natoms();
  const double dt = 0.01;
  for (int k : {0, 1, 2, 5, 20}) {
    double expected = 0.0;
    for (int j = 0; j <= m; ++j) {
      const double hann = std::pow(std::cos(0.5 * kPi * j / m), 2);
      expected += (j == 0 || j == m ? 0.5 : 1.0) * hann * std::cos(kPi * j * k / m);
    }
    expected *= 3.0 * n * 2.0 / kPi * dt;
    EXPECT_NEAR(fix_array(k, 2), expected, 1e-9 * 3 * n) << "row " << k;
  }
}

TEST_F(Vdos, ColdCrystalHasThreeNModesTheForceMomentAndOmegaSquared)
{
  // fcc Cu (EAM) at 10 K, nearly harmonic. Second moment: -Z''(0)/Z(0) = sum F^2/m / sum m v^2,
  // both time-averaged by LAMMPS built-ins over the sampled run.
  run(lattice("fcc", 3.615, 6) + "mass * 63.546\npair_style eam/alloy\npair_coeff * * " +
      std::string(CUNBGLASS_POTENTIALS_DIR) + "/CuNb.eam.alloy Cu Cu\ntimestep 0.002\n"
      "velocity all create 20 21 mom yes rot yes dist gaussian\nfix nve all nve\nrun 500\nreset_timestep 0\n"
      "variable f2m atom (fx*fx+fy*fy+fz*fz)/mass\nvariable mv2 atom mass*(vx*vx+vy*vy+vz*vz)\n"
      "compute s all reduce sum v_f2m v_mv2\n"
      "fix avg all ave/time 5 1200 6000 c_s[1] c_s[2]\n"
      "fix v all vdos 5 800 origins 40 temp 10 1000\nrun 6000");
  const int rows = 800, n = natoms();
  const auto w = column(1, rows), g = column(2, rows);
  EXPECT_NEAR(trapezoid(w, g), 3.0 * n, 1e-9 * n);
  // over the band (Cu: below 47 rad/ps) and a margin; beyond it g is noise around zero, which the
  // omega^2 weight up to the Nyquist frequency (314 rad/ps) would amplify
  double second = 0.0;
  for (int r = 0; r + 1 < rows && w[r + 1] < 70.0; ++r)
    second += 0.5 * (w[r] * w[r] * g[r] + w[r + 1] * w[r + 1] * g[r + 1]) * (w[r + 1] - w[r]);
  second /= 3.0 * n;
  const double expected = LammpsTest::fix_vector("avg", 0) * kForceToAccel * kForceToAccel /
                          LammpsTest::fix_vector("avg", 1);    // (rad/ps)^2
  EXPECT_NEAR(second, expected, 0.02 * expected);
  // low frequencies: the cumulative mode count N(omega) grows as omega^3 (g ~ omega^2)
  // between the first acoustic shells of the 25 A box and a quarter of the band
  std::vector<double> x, cumulative;
  double total = 0.0;
  for (int r = 0; r + 1 < rows; ++r) {
    total += 0.5 * (g[r] + g[r + 1]) * (w[r + 1] - w[r]);
    if (w[r + 1] > 9.0 && w[r + 1] < 16.0) {
      x.push_back(std::log(w[r + 1]));
      cumulative.push_back(std::log(total));
    }
  }
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (size_t i = 0; i < x.size(); ++i) { sx += x[i]; sy += cumulative[i]; sxx += x[i] * x[i]; sxy += x[i] * cumulative[i]; }
  const double slope = (sxy - sx * sy / x.size()) / (sxx - sx * sx / x.size());
  EXPECT_NEAR(slope, 3.0, 0.5) << "cumulative modes ~ omega^slope";
  // high-temperature expansion C / 3N k_B = 1 - (hbar/k_B)^2 <omega^2> / (12 T^2) + O(T^-4)
  const double classical = 3.0 * (1.0 - kHbarOverKb * kHbarOverKb * expected / (12.0 * 1000.0 * 1000.0));
  EXPECT_NEAR(fix_vector(2), classical, 2e-3);
  EXPECT_LT(fix_vector(1), 1.5);            // 10 K is far below the Debye temperature of Cu
}

TEST_F(Vdos, ThreadCountDoesNotChangeTheResult)
{
  std::vector<double> reference;
  for (int threads : {1, 4}) {
    if (threads > 1) run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
    run("package omp " + std::to_string(threads) + "\n" +
        einstein_solid(1.0, "fix v all vdos 2 100 origins 10 type yes temp 100"));
    std::vector<double> values;
    for (int r = 0; r < 100; r += 3) values.push_back(fix_array(r, 2));
    values.push_back(fix_vector(1));
    if (reference.empty()) reference = values;
    else
      for (size_t k = 0; k < values.size(); ++k) EXPECT_EQ(values[k], reference[k]) << k;
  }
}

TEST_F(Vdos, RestartSplitEqualsUnsplitRun)
{
  const std::string fix = "fix v all vdos 2 60 origins 6 direction yes temp 200\n";
  auto setup = [&](const std::string &extra) {
    return lattice("fcc", 3.615, 3) + "mass * 63.546\npair_style zero 3.0\npair_coeff * *\n"
           "timestep 0.002\nvelocity all create 3000 6 mom yes dist gaussian\nfix nve all nve\n" + extra;
  };
  run(setup(fix + "run 1000"));
  std::vector<double> unsplit;
  for (int r = 0; r < 60; r += 7)
    for (int c = 2; c < 6; ++c) unsplit.push_back(fix_array(r, c));
  unsplit.push_back(fix_vector(1));

  const std::string file = "vdos_test_" + std::to_string(nprocs()) + ".restart";
  run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
  run(setup(fix + "run 500\nwrite_restart " + file));
  run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
  run("read_restart " + file + "\npair_style zero 3.0\npair_coeff * *\nfix nve all nve\n" + fix + "run 500");
  size_t k = 0;
  for (int r = 0; r < 60; r += 7)
    for (int c = 2; c < 6; ++c, ++k)
      EXPECT_NEAR(fix_array(r, c), unsplit[k], 1e-9 * (1 + std::fabs(unsplit[k]))) << r << "," << c;
  EXPECT_NEAR(fix_vector(1), unsplit[k], 1e-9);
  if (rank() == 0) std::remove(file.c_str());
}

TEST_F(Vdos, HeatCapacityOnlyInMetalUnits)
{
  run("units real\natom_style atomic\nlattice sc 3.0\nregion box block 0 2 0 2 0 2\n"
      "create_box 1 box\ncreate_atoms 1 box\nmass * 40.0\npair_style zero 3.0\npair_coeff * *");
  const std::string message = expect_error("fix v all vdos 2 10 temp 300");
  EXPECT_NE(message.find("units metal"), std::string::npos) << message;
  run("fix v all vdos 2 10");    // the spectrum alone works in any units
}

TEST_F(Vdos, RegressionOnReferenceGlass)
{
  // 1000 NVE steps of the Cu50Nb50 reference glass (examples/quench.in) from seeded velocities
  run("units metal\natom_style atomic\nread_data " + cunbglass::test::data_file("cunb_glass_2000.data") +
      "\npair_style eam/alloy\npair_coeff * * " + std::string(CUNBGLASS_POTENTIALS_DIR) +
      "/CuNb.eam.alloy Cu Nb\ntimestep 0.002\nvelocity all create 300 977 mom yes rot yes dist gaussian\n"
      "fix nve all nve\nfix v all vdos 4 200 origins 10 type yes temp 100 300\nrun 1000");
  const int rows = 200, n = natoms();
  const auto w = column(1, rows), g = column(2, rows);
  ASSERT_NEAR(trapezoid(w, g), 3.0 * n, 1e-9 * n);
  cunbglass::test::ReferenceData expected("fix_vdos");
  expected.check("cunb_glass_2000.g_row20_6.3THz", fix_array(20, 2));
  expected.check("cunb_glass_2000.cv_100K", fix_vector(1));
  expected.check("cunb_glass_2000.cv_300K", fix_vector(2));
  expected.check("cunb_glass_2000.cu_modes_below_6.3THz", trapezoid(w, column(3, rows), w[20]));
}

}    // namespace
