/* potentials/CuNb.eam.alloy in LAMMPS: lattice constants and cohesive energies of the parameter
 * sets' papers, positive mixing enthalpies (B2, random solid solutions, liquid), energy
 * conservation, identical results from eam/alloy and eam/alloy/omp, and what the generator's Nb
 * density scale changes (alloys) and leaves alone (the elements). */
#include "lammps_fixture.h"

#include "eam_zhou.h"
#include "library.h"

#include <mpi.h>

#include <cmath>
#include <cstdio>
#include <fstream>
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

TEST_F(PotentialCuNb, NbDensityScaleChangesAlloysNotElements)
{
  // Two tabulations that differ only in the Nb density scale (t f_Nb, F_Nb(rho / t)): pure Cu and
  // pure Nb crystals have the same energy per atom (to the tabulation's interpolation error),
  // B2 CuNb and a dilute Cu atom in Nb do not. Energies at fixed, unrelaxed lattices (run 0).
  auto tabulate = [&](double t) {
    const std::string path = "nb_density_scale_" + std::to_string(t) + "_np" + std::to_string(nprocs()) + ".eam.alloy";
    if (rank() == 0) {
      std::ofstream out(path);
      out << cunbglass::core::write_setfl({cunbglass::core::zhou2004_cu(), cunbglass::core::wu2023_nb()},
                                          {0.85, 1.0, t}, {}, {"test", "test", "test"});
    }
    MPI_Barrier(MPI_COMM_WORLD);
    return path;
  };
  auto energy_per_atom = [&](const std::string &file, const std::string &structure) {
    run("clear\nunits metal\natom_style atomic\n" + structure +
        "\npair_style eam/alloy\npair_coeff * * " + file + " Cu Nb\nrun 0");
    return lammps_get_thermo(lmp, "pe") / natoms();
  };
  const std::string cu_fcc = crystal("fcc", 3.615), nb_bcc = crystal("bcc", 3.30, "set type 1 type 2"),
                    b2 = "lattice custom 3.1 a1 1 0 0 a2 0 1 0 a3 0 0 1 basis 0 0 0 basis 0.5 0.5 0.5\n"
                         "region box block 0 4 0 4 0 4\ncreate_box 2 box\ncreate_atoms 1 box basis 1 1 basis 2 2";
  const std::string plain = tabulate(1.0), scaled = tabulate(1.3);
  EXPECT_NEAR(energy_per_atom(scaled, cu_fcc), energy_per_atom(plain, cu_fcc), 1e-6);
  EXPECT_NEAR(energy_per_atom(scaled, nb_bcc), energy_per_atom(plain, nb_bcc), 1e-6);
  // B2 CuNb changes by the embedding terms alone, derived here from the analytic functions by a
  // lattice sum: a Cu atom has density S_Cu,like + t S_Nb,unlike, a Nb atom t S_Nb,like +
  // S_Cu,unlike, read by F_Nb(rho / t).
  const auto cu = cunbglass::core::zhou2004_cu(), nb = cunbglass::core::wu2023_nb();
  const double a = 3.1, cutoff = cunbglass::core::SetflGrid{}.cutoff, t = 1.3;
  double like[2] = {0, 0}, unlike[2] = {0, 0};    // [Cu functions, Nb functions]
  for (int i = -3; i <= 3; ++i)
    for (int j = -3; j <= 3; ++j)
      for (int k = -3; k <= 3; ++k) {
        const double r_like = a * std::sqrt(double(i * i + j * j + k * k));
        const double r_unlike = a * std::sqrt((i + 0.5) * (i + 0.5) + (j + 0.5) * (j + 0.5) + (k + 0.5) * (k + 0.5));
        if (r_like > 0 && r_like < cutoff) { like[0] += cu.density(r_like); like[1] += nb.density(r_like); }
        if (r_unlike < cutoff) { unlike[0] += cu.density(r_unlike); unlike[1] += nb.density(r_unlike); }
      }
  const double cu_change = cu.embedding(like[0] + t * unlike[1]) - cu.embedding(like[0] + unlike[1]);
  const double nb_change = nb.embedding((t * like[1] + unlike[0]) / t) - nb.embedding(like[1] + unlike[0]);
  const double expected = 0.5 * (cu_change + nb_change);
  ASSERT_GT(std::fabs(expected), 0.05) << "the case must probe the scale";
  EXPECT_NEAR(energy_per_atom(scaled, b2) - energy_per_atom(plain, b2), expected, 1e-4);
  run("clear");
  MPI_Barrier(MPI_COMM_WORLD);
  if (rank() == 0) std::remove(plain.c_str()), std::remove(scaled.c_str());
}

}    // namespace
