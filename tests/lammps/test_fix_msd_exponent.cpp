/* fix msd/exponent through LAMMPS on 1 and 2 ranks. Independent references: ballistic motion
 * (MSD = v^2 t^2, n = 2), a seeded random walk (MSD = d^2 per step: n = 1, known D), a cold
 * crystal (bounded plateau), LAMMPS's compute msd for one origin, and the unsplit run for a run
 * split by write_restart/read_restart. */
#include "lammps_fixture.h"
#include "reference_data.h"

#include "library.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace {

class MsdExponent : public cunbglass::test::LammpsTest {
 protected:
  double fix_vector(int i) { return LammpsTest::fix_vector("m", i); }
  double fix_array(int row, int col) { return LammpsTest::fix_array("m", row, col); }
  // small ideal gas: atoms that do not interact
  std::string gas(int cells = 6)
  {
    return "units metal\natom_style atomic\nlattice sc 3.0\nregion box block 0 " + std::to_string(cells) +
           " 0 " + std::to_string(cells) + " 0 " + std::to_string(cells) +
           "\ncreate_box 2 box\ncreate_atoms 1 box\nset type 1 type/fraction 2 0.5 77\nmass * 50.0\n"
           "pair_style zero 3.0\npair_coeff * *\ntimestep 0.001\n";
  }
};

TEST_F(MsdExponent, BallisticMotionGivesExponentTwo)
{
  // every atom moves at 5 A/ps along a random direction: MSD = 25 t^2 exactly; the atoms cross
  // the 18 A box many times (image flags keep the history).
  run(gas() + "velocity all create 300 4 dist gaussian mom no rot no\n"
      "variable s atom 5.0/sqrt(vx*vx+vy*vy+vz*vz)\nvariable vx atom vx*v_s\nvariable vy atom vy*v_s\n"
      "variable vz atom vz*v_s\nvelocity all set v_vx v_vy v_vz\nfix nve all nve\n"
      "fix m all msd/exponent 10 0.05 10.0 origins 8 lags 20\nrun 10000");
  EXPECT_NEAR(fix_vector(0), 2.0, 1e-9);
  EXPECT_NEAR(fix_vector(2), 1.0, 1e-12);
  EXPECT_NEAR(fix_vector(1), std::log10(25.0), 1e-9);
  const int rows = int(fix_vector(4));
  EXPECT_GT(rows, 15);
  for (int row = 0; row < rows; ++row) {
    const double lag = fix_array(row, 0), msd = fix_array(row, 1);
    if (fix_array(row, 2) > 0) EXPECT_NEAR(msd, 25.0 * lag * lag, 1e-8 * (1 + msd)) << "row " << row;
  }
}

TEST_F(MsdExponent, RandomWalkGivesExponentOneAndItsDiffusionConstant)
{
  // displace_atoms random moves each coordinate uniformly in [-d, d]: d^2 per step in 3D
  // (variance d^2/3 per coordinate). One step per 0.01 ps (10 steps of 1 fs) with d = 0.3 A:
  // MSD = 9 t (A^2, t in ps), D = MSD / 6t = 1.5 A^2/ps.
  run(gas(8) + "fix nve all nve\nfix m all msd/exponent 10 0.05 2.0 origins 10 lags 12");
  for (int k = 0; k < 300; ++k) {
    run("displace_atoms all random 0.3 0.3 0.3 " + std::to_string(1000 + k) + " units box\nrun 10 pre no post no");
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_NEAR(fix_vector(0), 1.0, 0.03);
  EXPECT_GT(fix_vector(2), 0.998);
  // D from the intercept: MSD = 10^B t^n with n ~ 1
  EXPECT_NEAR(std::pow(10.0, fix_vector(1)) / 6.0, 1.5, 0.06);
}

TEST_F(MsdExponent, CrystalPlateauIsBounded)
{
  run("units metal\natom_style atomic\nlattice fcc 3.615\nregion box block 0 4 0 4 0 4\n"
      "create_box 2 box\ncreate_atoms 1 box\npair_style eam/alloy\npair_coeff * * " +
      std::string(CUNBGLASS_POTENTIALS_DIR) + "/CuNb.eam.alloy Cu Nb\ntimestep 0.002\n"
      "velocity all create 100 9 dist gaussian\nfix nvt all nvt temp 50 50 0.1\nrun 500\n"
      "fix m all msd/exponent 10 0.2 2.0 origins 10 lags 10 com yes\nrun 1000");
  for (int row = 0; row < int(fix_vector(4)); ++row)
    if (fix_array(row, 2) > 0) {
      EXPECT_LT(fix_array(row, 1), 0.03) << "row " << row;    // <u^2> of Cu at 50 K ~ 0.01 A^2
      EXPECT_GT(fix_array(row, 1), 0.0) << "row " << row;
    }
  EXPECT_LT(std::fabs(fix_vector(0)), 0.2);    // a plateau, no diffusion
}

TEST_F(MsdExponent, SingleOriginEqualsComputeMsd)
{
  // One origin and runs no longer than lagmax: every row is compute msd (com no) at that lag.
  run(gas() + "velocity all create 3000 5 dist gaussian\nfix nve all nve\n"
      "compute msd1 all msd com no\ngroup two type 2\ncompute msd2 two msd com no\n"
      "fix m all msd/exponent 5 0.01 0.5 origins 1 lags 12 type 2\nrun 0");
  const double dts = 0.005;
  std::vector<double> all(101, 0.0), two(101, 0.0);
  for (int k = 1; k <= 100; ++k) {
    run("run 5 pre no post no");
    all[k] = static_cast<double *>(lammps_extract_compute(lmp, "msd1", 0, 1))[3];
    two[k] = static_cast<double *>(lammps_extract_compute(lmp, "msd2", 0, 1))[3];
  }
  const int rows = int(fix_vector(4));
  for (int r = 0; r < rows; ++r) {
    const double lag = fix_array(r, 0);
    const int k = int(std::lround(lag / dts));
    ASSERT_LE(k, 100);
    EXPECT_EQ(fix_array(r, 3), 1.0) << "one (origin, sample) pair per lag";
    EXPECT_NEAR(fix_array(r, 1), all[k], 1e-9 * (1 + all[k])) << "lag " << k;
    EXPECT_NEAR(fix_array(r, 2), two[k], 1e-9 * (1 + two[k])) << "lag " << k;
  }
  EXPECT_GE(rows, 8);
}

TEST_F(MsdExponent, RestartSplitEqualsUnsplitRun)
{
  const std::string setup = gas() + "velocity all create 3000 6 dist gaussian\nfix nve all nve\n";
  const std::string fix = "fix m all msd/exponent 10 0.02 1.0 origins 5 lags 8 type 1 com yes\n";
  run(setup + fix + "run 1000");
  std::vector<double> unsplit;
  ASSERT_EQ(fix_vector(4), 8.0);
  for (int r = 0; r < 8; ++r)
    for (int c = 0; c < 4; ++c) unsplit.push_back(fix_array(r, c));
  const double n_unsplit = fix_vector(0);

  const std::string file = "msd_exponent_test_" + std::to_string(nprocs()) + ".restart";
  run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
  run(setup + fix + "run 600\nwrite_restart " + file);
  run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
  run("read_restart " + file + "\npair_style zero 3.0\npair_coeff * *\nfix nve all nve\n" + fix +
      "run 400");
  size_t k = 0;
  for (int r = 0; r < 8; ++r)
    for (int c = 0; c < 4; ++c, ++k)
      EXPECT_NEAR(fix_array(r, c), unsplit[k], 1e-9 * (1 + std::fabs(unsplit[k]))) << r << "," << c;
  EXPECT_NEAR(fix_vector(0), n_unsplit, 1e-9);
  if (rank() == 0) std::remove(file.c_str());
}

TEST_F(MsdExponent, RegressionOnReferenceGlass)
{
  // 400 NVE steps of the reference glass from seeded velocities; the stored MSD at the longest
  // lag is compute msd (com no) at that moment, checked here too
  load_cuzr_glass();
  run("velocity all create 1500 8642 dist gaussian\nfix nve all nve\ntimestep 0.002\n"
      "compute msd all msd com no\nfix m all msd/exponent 10 0.02 0.8 origins 1 lags 10\nrun 400");
  const int last = int(fix_vector(4)) - 1;
  ASSERT_NEAR(fix_array(last, 0), 0.8, 1e-12);
  const double msd = static_cast<double *>(lammps_extract_compute(lmp, "msd", 0, 1))[3];
  EXPECT_NEAR(fix_array(last, 1), msd, 1e-9 * msd);
  cunbglass::test::ReferenceData expected("fix_msd_exponent");
  expected.check("cuzr_glass_432.msd_0.8ps", fix_array(last, 1));
  expected.check("cuzr_glass_432.exponent", fix_vector(0));
}

TEST_F(MsdExponent, MoreLagsThanIntervalsGiveEveryInterval)
{
  // lagmax = tmax = 0.2 ps at 0.01 ps per sample: 20 intervals, so lags 2147483647 asks for
  // more than exist and gets each of them once, at once
  run(gas() + "fix m all msd/exponent 10 0.02 0.2 lags 2147483647\nrun 0");
  ASSERT_EQ(fix_vector(4), 20.0);
  for (int r = 0; r < 20; ++r) EXPECT_NEAR(fix_array(r, 0), 0.01 * (r + 1), 1e-12) << "row " << r;
}

}    // namespace
