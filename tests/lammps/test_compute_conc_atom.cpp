/* compute conc/atom through LAMMPS on 1 and 2 ranks. Independent references: exact identities on
 * a lattice, the spherical-cap volume fraction at a planar interface, and a brute-force count
 * over minimum images written here. */
#include "lammps_fixture.h"
#include "reference_data.h"

#include "library.h"

#include <cmath>
#include <string>


namespace {

constexpr double kPi = 3.14159265358979323846;

using ConcAtom = cunbglass::test::LammpsTest;

TEST_F(ConcAtom, RandomLatticeAlloyAveragesToGlobalConcentration)
{
  // On a lattice every sphere holds the same number of sites, so the mean local fraction equals
  // the global fraction exactly; each local value scatters binomially around it.
  run("units metal\nlattice sc 2.0\nregion box block 0 12 0 12 0 12\ncreate_box 2 box\n"
      "create_atoms 1 box\nmass * 1.0\nset type 1 type/fraction 2 0.3 8811\n"
      "pair_style zero 4.0\npair_coeff * *\ncomm_modify cutoff 7.5\n"
      "compute c all conc/atom 5.0 type 2 counts yes\nrun 0");
  const auto table = gather("c_c", 3);
  double mean = 0, nB = 0;
  const auto type = types();
  for (int t : type) nB += t == 2;
  const int n = natoms();
  for (int i = 0; i < n; ++i) {
    mean += table[3 * i];
    // sites n a with |n| < 2.5 (a = 2): |n|^2 = 0..6 gives 1+6+12+8+6+24+24 = 81
    ASSERT_EQ(table[3 * i + 2], 81.0);
    EXPECT_DOUBLE_EQ(table[3 * i], table[3 * i + 1] / table[3 * i + 2]);
  }
  EXPECT_NEAR(mean / n, nB / n, 1e-12);
}

TEST_F(ConcAtom, PlanarInterfaceGivesSphericalCapFraction)
{
  // Type 1 for x < 25, type 2 beyond (a second interface at x = 0 is 25 away). An atom at
  // distance d < R from the interface on the type-1 side has fraction 1 - cap/sphere with
  // cap = pi (R - d)^2 (2R + d) / 3: the continuum value, within the lattice's counting error.
  run("units metal\nlattice sc 1.25\nregion box block 0 40 0 12 0 12\ncreate_box 2 box\n"
      "create_atoms 1 box\nmass * 1.0\nregion right block 20 INF INF INF INF INF\n"
      "group right region right\nset group right type 2\n"
      "pair_style zero 4.0\npair_coeff * *\ncomm_modify cutoff 9.5\n"
      "compute c all conc/atom 7.0 type 1\nrun 0");
  const auto f = gather("c_c");
  const auto x = positions();
  const double R = 7.0, plane = 25.0 - 0.625;    // midway between the last type-1 and first type-2 plane
  int checked = 0;
  for (int i = 0; i < natoms(); ++i) {
    const double xi = x[3 * i];
    const double d = plane - xi;
    if (xi > 5 && xi < plane - R) EXPECT_EQ(f[i], 1.0) << "deep in type 1";
    if (xi > plane + R && xi < 50 - R) EXPECT_EQ(f[i], 0.0) << "deep in type 2 (box length 50)";
    if (d > 0 && d < R) {
      const double cap = kPi * (R - d) * (R - d) * (2 * R + d) / 3;
      EXPECT_NEAR(f[i], 1 - cap / (4 * kPi * R * R * R / 3), 0.02) << "d = " << d;
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}

TEST_F(ConcAtom, GlassMatchesBruteForce)
{
  load_cuzr_glass();
  run("comm_modify cutoff 10.0\ncompute c all conc/atom 7.0 type 1 counts yes\nrun 0");
  const auto table = gather("c_c", 3);
  const auto type = types();
  const auto nbr = neighbours_within(7.0);    // brute force, minimum image
  for (int i = 0; i < natoms(); ++i) {
    int cu = type[i] == 1, total = 1;
    for (int j : nbr[i]) {
      cu += type[j] == 1;
      ++total;
    }
    ASSERT_EQ(table[3 * i + 1], cu) << "atom ID " << i + 1;
    ASSERT_EQ(table[3 * i + 2], total) << "atom ID " << i + 1;
    EXPECT_DOUBLE_EQ(table[3 * i], double(cu) / total);
  }
}

TEST_F(ConcAtom, EvaluationsBetweenReneighbouringsSeePairsThatMovedIn)
{
  // LAMMPS builds an occasional list at most once between two re-neighbourings. A large skin
  // keeps the 1500 K glass from re-neighbouring for a while; the compute is evaluated at steps
  // 0, 10, ..., 60 and must still match brute force at the current positions (it used to keep
  // only the pairs within R at the step the list was built, missing those that moved in).
  load_cuzr_glass();
  run("neighbor 2.0 bin\ncomm_modify cutoff 12.0\nvelocity all create 1500 33 dist gaussian\n"
      "fix nve all nve\ntimestep 0.002\ncompute c all conc/atom 5.0 type 1 counts yes\n"
      "compute r all reduce sum c_c[3]\nthermo_style custom step c_r\nthermo 10\nrun 60");
  ASSERT_EQ(lammps_get_thermo(lmp, const_cast<char *>("step")), 60.0);
  const auto table = gather("c_c", 3);
  const auto nbr = neighbours_within(5.0);
  for (int i = 0; i < natoms(); ++i) ASSERT_EQ(table[3 * i + 2], double(nbr[i].size() + 1)) << "atom ID " << i + 1;
}

TEST_F(ConcAtom, GroupRestrictsCentresNotNeighbours)
{
  load_cuzr_glass();
  run("comm_modify cutoff 10.0\ngroup zr type 2\ncompute all_atoms all conc/atom 7.0 type 1\n"
      "compute zr_only zr conc/atom 7.0 type 1\nrun 0");
  const auto all = gather("c_all_atoms"), zr = gather("c_zr_only");
  const auto type = types();
  for (int i = 0; i < natoms(); ++i) EXPECT_EQ(zr[i], type[i] == 2 ? all[i] : 0.0) << i + 1;
}

TEST_F(ConcAtom, RegressionOnReferenceGlass)
{
  load_cuzr_glass();
  run("comm_modify cutoff 10.0\ncompute c all conc/atom 7.0 type 1\n"
      "variable cu_rich atom c_c>0.75\nvariable interface atom c_c>=0.4&&c_c<=0.6\n"
      "compute n all reduce sum v_cu_rich v_interface\ncompute m all reduce ave c_c\n"
      "thermo_style custom step c_n[1] c_n[2] c_m\nrun 0");
  cunbglass::test::ReferenceData expected("compute_conc_atom");
  expected.check("cuzr_glass_432.mean_fraction_cu", global_scalar("m"));
  expected.check("cuzr_glass_432.cu_rich_atoms", global_vector("n", 0));
  expected.check("cuzr_glass_432.interface_atoms", global_vector("n", 1));
}

}    // namespace

TEST_F(ConcAtom, CountsTheSameAtomsAsLammpsCompositionAtom)
{
  // LAMMPS's own compute composition/atom (EXTRA-COMPUTE, 21 Nov 2023 and later) counts the atoms
  // in the sphere, centre included, in its column 1: it must equal our column 3 exactly. Its
  // fraction columns cannot serve as a reference in 4 Feb 2025: the array is never zeroed, so they
  // start from whatever the memory held (measured here: right to 1e-16 on 1 and 2 ranks, off by
  // up to 1e-5 on 3 ranks), grow on every evaluation, and the type-1 column holds raw counts
  // (docs/compute_conc_atom.md). Our fractions are checked against brute force above.
  if (!lammps_has_style(lmp, "compute", "composition/atom"))
    GTEST_SKIP() << "this LAMMPS has no compute composition/atom (added 21 Nov 2023)";
  run("units metal\natom_style atomic\nread_data " + cunbglass::test::data_file("cunb_glass_2000.data") +
      "\npair_style zero 8.0\npair_coeff * *\ncomm_modify cutoff 10.0\n"
      "compute c all conc/atom 7.0 type 1 counts yes\n"
      "compute lmp all composition/atom cutoff 7.0\nrun 0");
  const auto ours = gather("c_c", 3);
  const auto theirs = gather("c_lmp", 3);
  double total = 0;
  for (int i = 0; i < natoms(); ++i) {
    ASSERT_EQ(ours[3 * i + 2], theirs[3 * i]) << "atoms in the 7 A sphere, atom " << i + 1;
    total += theirs[3 * i];
  }
  EXPECT_GT(total / natoms(), 50) << "a 7 A sphere in a metallic glass holds about 80 atoms";
}
