/* Every style under LAMMPS's rerun command, on 1, 2 and 3 ranks. Independent reference: the same
 * styles evaluated in the MD run that wrote the dump (full-precision positions, image flags and
 * velocities), frame by frame for the computes' global and per-atom outputs, and at the end for
 * the fixes. Also the errors for dumps that lack what a fix needs. */
#include "lammps_fixture.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The analysis stack of the paper on the reference glass, written the same way in MD and rerun.
const char *kStyles =
    "comm_modify cutoff 9.0\n"
    "compute conc all conc/atom 5.0 type 1\n"
    "compute ico all ico/atom 3.5 center 1\n"
    "compute vor all ico/atom 6.0 method voronoi\n"
    "compute pe all pe/atom\n"
    "compute sq all sq/bt 1 2 0.3 3.0 27\n"
    "variable iface atom c_conc>0.3&&c_conc<0.7\n"
    "compute perc all percolation 3.5 select v_iface\n"
    "compute net all percolation 3.5 select c_ico\n"
    "compute prof all ico/interface c_conc c_ico c_pe 6.0 12\n"
    "fix msd all msd/exponent 10 0.02 0.4 origins 5 lags 10 type 1 2 com yes\n"
    "fix vdos all vdos 10 15 origins 5 type yes temp 300\n";

class Rerun : public cunbglass::test::LammpsTest {
 protected:
  std::string name(const std::string &what) const
  {
    return "rerun_test_np" + std::to_string(nprocs()) + "_" + what;
  }
  // global outputs of every compute per frame, and per-atom outputs sorted by atom ID
  std::string outputs(const std::string &tag) const
  {
    return "fix glob all ave/time 10 1 10 c_ico[*] c_vor[*] c_sq[*] c_perc[*] c_net[*] c_prof[*] "
           "file " + name(tag + "_global.dat") + "\n"
           "dump pa all custom 10 " + name(tag + "_peratom.dump") +
           " id c_conc c_ico c_vor c_perc c_net c_prof\n"
           "dump_modify pa sort id format float %.17g\n";
  }
  // the fixes' final outputs
  std::vector<double> fix_outputs()
  {
    std::vector<double> v;
    for (int i = 0; i < 5; ++i) v.push_back(fix_vector("msd", i));
    for (int r = 0; r < int(fix_vector("msd", 4)); ++r)
      for (int c = 0; c < 5; ++c) v.push_back(fix_array("msd", r, c));
    for (int i = 0; i < 2; ++i) v.push_back(fix_vector("vdos", i));
    for (int r = 0; r < 15; ++r)
      for (int c = 0; c < 5; ++c) v.push_back(fix_array("vdos", r, c));
    return v;
  }
  // numbers of a text file, comment lines skipped; the ITEM lines of a dump carry no results
  static std::vector<double> numbers(const std::string &file)
  {
    std::ifstream in(file);
    std::vector<double> out;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#' || line.rfind("ITEM", 0) == 0) continue;
      std::istringstream words(line);
      double x;
      while (words >> x) out.push_back(x);
    }
    return out;
  }
  static void expect_same(const std::vector<double> &md, const std::vector<double> &rerun,
                          const std::string &what)
  {
    ASSERT_EQ(md.size(), rerun.size()) << what;
    ASSERT_GT(md.size(), 0u) << what;
    for (size_t k = 0; k < md.size(); ++k)
      ASSERT_NEAR(rerun[k], md[k], 1e-9 * (1.0 + std::fabs(md[k]))) << what << " value " << k;
  }
  // MD of the reference glass at 1500 K writing a full-precision dump every 10 steps
  void md_with_dump(const std::string &fields)
  {
    load_cuzr_glass();
    run("velocity all create 1500 4711 dist gaussian\nfix nve all nve\ntimestep 0.002\n"
        "dump traj all custom 10 " + name("traj.dump") + " " + fields +
        "\ndump_modify traj format float %.17g\n");
  }
  // MD writing a dump of `fields` for `steps` steps, then a rerun of it with `fix` (defined as
  // fix X all ...) reading `rerun_fields`: the error message
  std::string rerun_error(const std::string &fields, int steps, const std::string &fix,
                          const std::string &rerun_fields)
  {
    md_with_dump(fields);
    run("run " + std::to_string(steps));
    start_rerun();
    run("fix X all " + fix);
    return expect_error("rerun " + name("traj.dump") + " dump " + rerun_fields);
  }
  void start_rerun()
  {
    run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
    load_cuzr_glass();
    run("timestep 0.002");
  }
  void TearDown() override
  {
    if (rank() == 0)
      for (const char *f : {"traj.dump", "md_global.dat", "md_peratom.dump", "rerun_global.dat",
                            "rerun_peratom.dump"})
        std::remove(name(f).c_str());
    LammpsTest::TearDown();
  }
};

TEST_F(Rerun, EveryStyleGivesTheNumbersOfTheRunThatWroteTheDump)
{
  md_with_dump("id type x y z ix iy iz vx vy vz");
  run(std::string(kStyles) + outputs("md") + "run 200");
  const auto md_fixes = fix_outputs();
  run("undump traj\nundump pa\nunfix glob");

  start_rerun();
  run(std::string(kStyles) + outputs("rerun") + "rerun " + name("traj.dump") +
      " dump x y z ix iy iz vx vy vz");
  expect_same(md_fixes, fix_outputs(), "fix msd/exponent and fix vdos");
  run("undump pa\nunfix glob");    // flush the files
  if (rank() == 0) {
    expect_same(numbers(name("md_global.dat")), numbers(name("rerun_global.dat")), "global outputs per frame");
    expect_same(numbers(name("md_peratom.dump")), numbers(name("rerun_peratom.dump")), "per-atom outputs per frame");
    EXPECT_EQ(numbers(name("rerun_global.dat")).size() % 21, 0u) << "21 frames: steps 0, 10, ..., 200";
  }
  EXPECT_GT(fix_vector("msd", 0), 0.0);
  EXPECT_GT(fix_vector("vdos", 1), 0.0);
}

TEST_F(Rerun, DumpWithoutImageFlagsIsRefusedByTheMsdFix)
{
  const auto message = rerun_error("id type x y z vx vy vz", 400, "msd/exponent 10 0.02 0.4 origins 5 lags 10", "x y z");
  EXPECT_NE(message.find("ix iy iz"), std::string::npos) << message;
}

TEST_F(Rerun, DumpWithoutVelocitiesIsRefusedByTheVdosFix)
{
  const auto message = rerun_error("id type x y z ix iy iz", 40, "vdos 10 15", "x y z ix iy iz");
  EXPECT_NE(message.find("vx vy vz"), std::string::npos) << message;
}

TEST_F(Rerun, FramesFartherApartThanNeveryAreRefused)
{
  const auto message = rerun_error("id type x y z ix iy iz vx vy vz", 40, "vdos 5 15", "x y z ix iy iz vx vy vz");
  EXPECT_NE(message.find("Nevery steps apart"), std::string::npos) << message;
}

}    // namespace
