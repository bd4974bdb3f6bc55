/* potentials/CuNb.eam.alloy in LAMMPS: lattice constants and cohesive energies of the parameter
 * sets' papers, positive mixing enthalpies (B2, random solid solutions, liquid), energy
 * conservation, and identical results from eam/alloy and eam/alloy/omp. */
#include "lammps_fixture.h"

#include "library.h"

#include <cmath>
#include <string>

namespace {

const std::string kPotential = std::string(CUNBGLASS_POTENTIALS_DIR) + "/CuNb.eam.alloy";

// Published values the parameter sets were fitted to: Cu, Zhou et al. PRB 69, 144113 (2004);
// Nb, Wu et al. Mater. Des. 230, 111999 (2023).
constexpr double kCuA0 = 3.615, kCuEc = 3.54, kNbA0 = 3.3008, kNbEc = 7.57;

class PotentialCuNb : public cunbglass::test::LammpsTest {
 protected:
  // Relaxed (box and atoms, zero pressure) energy per atom of a periodic crystal.
  double relaxed_energy(const std::string &lattice_cmds, const std::string &relax = "iso")
  {
    run("clear\nunits metal\natom_style atomic\n" + lattice_cmds + "\npair_style eam/alloy\n"
        "pair_coeff * * " + kPotential + " Cu Nb\nthermo_style custom step pe\n"
        "fix relax all box/relax " + relax + " 0.0 vmax 0.002\nmin_modify line quadratic\n"
        "minimize 1e-15 1e-12 10000 100000\nunfix relax\nminimize 1e-15 1e-12 10000 100000\n"
        "variable epa equal pe/atoms\nvariable a equal lx/4");
    return lammps_get_thermo(lmp, "pe") / natoms();
  }

  std::string crystal(const std::string &lattice, double a, const std::string &types = "")
  {
    return "lattice " + lattice + " " + std::to_string(a) +
           "\nregion box block 0 4 0 4 0 4\ncreate_box 2 box\ncreate_atoms 1 box\n" + types;
  }

  double box_length() { return lammps_get_thermo(lmp, "lx"); }
};

TEST_F(PotentialCuNb, LatticeConstantsAndCohesiveEnergies)
{
  const double cu = relaxed_energy(crystal("fcc", 3.6));
  EXPECT_NEAR(box_length() / 4, kCuA0, 0.005 * kCuA0);
  EXPECT_NEAR(-cu, kCuEc, 0.005 * kCuEc);
  const double nb = relaxed_energy(crystal("bcc", 3.3, "set type 1 type 2"));
  EXPECT_NEAR(box_length() / 4, kNbA0, 0.005 * kNbA0);
  EXPECT_NEAR(-nb, kNbEc, 0.005 * kNbEc);
}

TEST_F(PotentialCuNb, SolidMixingEnthalpiesArePositive)
{
  const double cu = relaxed_energy(crystal("fcc", 3.615));
  const double nb = relaxed_energy(crystal("bcc", 3.30, "set type 1 type 2"));
  // B2 CuNb: Cu on the corners, Nb on the body centres.
  const double b2 = relaxed_energy(
      "lattice custom 3.1 a1 1 0 0 a2 0 1 0 a3 0 0 1 basis 0 0 0 basis 0.5 0.5 0.5\n"
      "region box block 0 4 0 4 0 4\ncreate_box 2 box\ncreate_atoms 1 box basis 1 1 basis 2 2",
      "aniso");
  EXPECT_GT(b2 - 0.5 * (cu + nb), 0.05) << "B2 CuNb must be unstable against Cu + Nb";
  // Random solid solutions: fcc Cu-rich and bcc Nb-rich, 25 % solute.
  const double fcc = relaxed_energy(crystal("fcc", 3.66, "set type 1 type/fraction 2 0.25 4127"), "aniso");
  EXPECT_GT(fcc - (0.75 * cu + 0.25 * nb), 0.02);
  const double bcc = relaxed_energy(crystal("bcc", 3.25, "set type 1 type/fraction 2 0.75 4127"), "aniso");
  EXPECT_GT(bcc - (0.25 * cu + 0.75 * nb), 0.02);
}

TEST_F(PotentialCuNb, LiquidMixingEnthalpyIsPositive)
{
  // NPT liquids at 2500 K: H(Cu50Nb50) - (H(Cu) + H(Nb)) / 2 > 0 by much more than the noise
  // (250 atoms, 2 ps averaged: about 0.005 eV/atom).
  auto liquid_enthalpy = [&](double xcu) {
    run("clear\nunits metal\natom_style atomic\nlattice bcc 3.2\nregion box block 0 5 0 5 0 5\n"
        "create_box 2 box\ncreate_atoms 2 box\nset type 2 type/fraction 1 " + std::to_string(xcu) +
        " 5531\npair_style eam/alloy\npair_coeff * * " + kPotential + " Cu Nb\ntimestep 0.002\n"
        "velocity all create 5000 5531\nfix md all npt temp 4000 2500 0.1 iso 0 0 1.0\nrun 1500\n"
        "unfix md\nfix md all npt temp 2500 2500 0.1 iso 0 0 1.0\nrun 1000\n"
        "reset_timestep 0\nvariable h equal enthalpy/atoms\nfix avg all ave/time 10 100 1000 v_h\nrun 1000");
    auto *h = static_cast<double *>(lammps_extract_fix(lmp, "avg", 0, 0, 0, 0));
    return h ? *h : 0.0;
  };
  const double cu = liquid_enthalpy(1.0), nb = liquid_enthalpy(0.0), mix = liquid_enthalpy(0.5);
  EXPECT_GT(mix - 0.5 * (cu + nb), 0.03);
}

TEST_F(PotentialCuNb, EnergyIsConservedInNve)
{
  // Hot amorphous Cu50Nb50, 2 fs steps: total energy drift below 2e-4 eV/atom over 2 ps.
  run("units metal\natom_style atomic\nlattice bcc 3.2\nregion box block 0 5 0 5 0 5\n"
      "create_box 2 box\ncreate_atoms 2 box\nset type 2 type/fraction 1 0.5 991\n"
      "pair_style eam/alloy\npair_coeff * * " + kPotential + " Cu Nb\ntimestep 0.002\n"
      "velocity all create 3000 991\nfix md all nvt temp 1500 1500 0.1\nrun 1000\nunfix md\n"
      "fix md all nve\nthermo_style custom step etotal\nrun 0");
  const double e0 = lammps_get_thermo(lmp, "etotal");
  run("run 1000");
  const double e1 = lammps_get_thermo(lmp, "etotal");
  EXPECT_LT(std::fabs(e1 - e0) / natoms(), 2e-4);
}

TEST_F(PotentialCuNb, OpenmpStyleGivesSameEnergyAndForces)
{
  const std::string setup = "units metal\natom_style atomic\nlattice bcc 3.2\n"
                            "region box block 0 5 0 5 0 5\ncreate_box 2 box\ncreate_atoms 2 box\n"
                            "set type 2 type/fraction 1 0.5 3\ndisplace_atoms all random 0.2 0.2 0.2 17\n";
  run(setup + "pair_style eam/alloy\npair_coeff * * " + kPotential + " Cu Nb\nrun 0");
  const double e_plain = lammps_get_thermo(lmp, "pe");
  const auto f_plain = gather("f", 3);
  run("clear\npackage omp 2\n" + setup + "pair_style eam/alloy/omp\npair_coeff * * " +
      kPotential + " Cu Nb\nrun 0");
  EXPECT_NEAR(lammps_get_thermo(lmp, "pe"), e_plain, 1e-9 * std::fabs(e_plain));
  const auto f_omp = gather("f", 3);
  for (size_t i = 0; i < f_plain.size(); ++i) EXPECT_NEAR(f_omp[i], f_plain[i], 1e-9);
}

}    // namespace
