/* compute ico/interface through LAMMPS on 1 and 2 ranks. Independent references: hand-built
 * classes with known formation enthalpy (per-atom values set through fix property/atom), and
 * a brute-force re-derivation in the test of distances, p_ico(r) and class means on a real glass
 * with conc/atom, ico/atom and pe/atom. */
#include "lammps_fixture.h"
#include "reference_data.h"

#include "library.h"

#include <cmath>
#include <string>
#include <vector>


namespace {

class IcoInterface : public cunbglass::test::LammpsTest {
 protected:
  void load_glass_and_inputs()
  {
    load_cuzr_glass();
    run("comm_modify cutoff 10.0\ncompute conc all conc/atom 7.0 type 1\ncompute ico all ico/atom 3.5 center 1\n"
        "compute pe all pe/atom");
  }
};

TEST_F(IcoInterface, HandBuiltClassesGiveKnownFormationEnthalpy)
{
  // 4 groups of atoms with set concentration / icosahedron flag / energy:
  //   ico: c 0.5, e -4;  A-rich: c 0.9, e -3;  B-rich: c 0.1, e -7;  others: c 0.6, e 0.
  // The reference line gives -5 at c = 0.5, so the formation enthalpy is +1 eV/atom.
  run("units metal\nlattice sc 3.0\nregion box block 0 6 0 6 0 6\ncreate_box 1 box\n"
      "create_atoms 1 box\nmass 1 1.0\npair_style zero 8.0\npair_coeff * *\n"
      "fix props all property/atom d_c i_ico d_e\n"
      "variable k atom (id-1)%4\n"
      "group ico variable k\nvariable k0 atom v_k==0\nvariable k1 atom v_k==1\nvariable k2 atom v_k==2\n"
      "group g0 variable k0\ngroup g1 variable k1\ngroup g2 variable k2\n"
      "set group all d_c 0.6\nset group all d_e 0.0\nset group all i_ico 0\n"
      "set group g0 d_c 0.5\nset group g0 i_ico 1\nset group g0 d_e -4\n"
      "set group g1 d_c 0.9\nset group g1 d_e -3\n"
      "set group g2 d_c 0.1\nset group g2 d_e -7\n"
      "compute c all property/atom d_c\ncompute i all property/atom i_ico\ncompute e all property/atom d_e\n"
      "compute h all ico/interface c_c c_i c_e 6.0 6\nrun 0");
  EXPECT_NEAR(global_vector("h", 0), 1.0, 1e-12);
  EXPECT_NEAR(global_vector("h", 1), 96.48533212, 1e-8);
  EXPECT_NEAR(global_vector("h", 2), 0.5, 1e-12);
  EXPECT_NEAR(global_vector("h", 3), -4.0, 1e-12);
  EXPECT_NEAR(global_vector("h", 4), 0.9, 1e-12);
  EXPECT_NEAR(global_vector("h", 7), -7.0, 1e-12);
  EXPECT_EQ(global_vector("h", 8), 54);
  EXPECT_EQ(global_vector("h", 9), 54);
  EXPECT_EQ(global_vector("h", 10), 54);
  // one species: against the line through all 162 non-icosahedral atoms (54 each at (0.9, -3),
  // (0.1, -7), (0.6, 0)): -23/49 eV/atom by hand (tests/unit/test_interface_profile.cpp)
  EXPECT_NEAR(global_vector("h", 12), -23.0 / 49.0, 1e-12);
  EXPECT_NEAR(global_vector("h", 13), -23.0 / 49.0 * 96.48533212, 1e-8);
}

TEST_F(IcoInterface, GlassMatchesBruteForce)
{
  load_glass_and_inputs();
  run("compute h all ico/interface c_conc c_ico c_pe 8.0 8\nrun 0");
  const auto conc = gather("c_conc"), ico = gather("c_ico"), pe = gather("c_pe"), dist = gather("c_h");
  const auto nbr = neighbours_within(8.0);
  const auto x = positions();
  const int n = natoms();
  std::vector<double> atoms(8, 0), flagged(8, 0);
  double sums[9] = {0}, beyond = 0;
  const Cell box = cell();
  for (int i = 0; i < n; ++i) {
    const bool is_interface = conc[i] >= 0.4 && conc[i] <= 0.6;
    double best = is_interface ? 0.0 : INFINITY;
    if (!is_interface)
      for (int j : nbr[i]) {
        if (!(conc[j] >= 0.4 && conc[j] <= 0.6)) continue;
        best = std::fmin(best, box.distance(x, i, j));
      }
    EXPECT_NEAR(dist[i], std::isfinite(best) ? best : -1.0, 1e-9) << "atom ID " << i + 1;
    if (std::isfinite(best)) {
      const int b = int(best / 1.0);
      atoms[b] += 1;
      flagged[b] += ico[i] > 0;
    } else {
      beyond += 1;
    }
    const int k = ico[i] > 0 ? 0 : (conc[i] > 0.75 ? 1 : (conc[i] < 0.25 ? 2 : -1));
    if (k >= 0) {
      sums[3 * k] += 1;
      sums[3 * k + 1] += pe[i];
      sums[3 * k + 2] += conc[i];
    }
  }
  for (int b = 0; b < 8; ++b) {
    EXPECT_DOUBLE_EQ(global_array("h", b, 0), b + 0.5);
    EXPECT_EQ(global_array("h", b, 2), atoms[b]) << "bin " << b;
    EXPECT_NEAR(global_array("h", b, 1), atoms[b] > 0 ? flagged[b] / atoms[b] : 0.0, 1e-12) << "bin " << b;
  }
  EXPECT_EQ(global_vector("h", 8), sums[0]);
  EXPECT_EQ(global_vector("h", 9), sums[3]);
  EXPECT_EQ(global_vector("h", 10), sums[6]);
  EXPECT_EQ(global_vector("h", 11), beyond);
  if (sums[0] > 0) EXPECT_NEAR(global_vector("h", 3), sums[1] / sums[0], 1e-9);
  // by species: each icosahedral atom against the least-squares line through the
  // non-icosahedral atoms of its own type, in centred (two-pass) form
  ASSERT_GT(sums[0], 0) << "the reference glass must have icosahedral atoms";
  const auto type = types();
  double h_sum = 0;
  for (int t = 1; t <= 2; ++t) {
    std::vector<double> cs, es;
    for (int i = 0; i < n; ++i)
      if (type[i] == t && !(ico[i] > 0)) {
        cs.push_back(conc[i]);
        es.push_back(pe[i]);
      }
    double cm = 0, em = 0, scc = 0, sce = 0;
    for (size_t k = 0; k < cs.size(); ++k) cm += cs[k] / cs.size(), em += es[k] / cs.size();
    for (size_t k = 0; k < cs.size(); ++k) scc += (cs[k] - cm) * (cs[k] - cm), sce += (cs[k] - cm) * (es[k] - em);
    for (int i = 0; i < n; ++i)
      if (type[i] == t && ico[i] > 0) h_sum += pe[i] - (em + sce / scc * (conc[i] - cm));
  }
  EXPECT_NEAR(global_vector("h", 12), h_sum / sums[0], 1e-9);
}

TEST_F(IcoInterface, RegressionOnReferenceGlass)
{
  load_glass_and_inputs();
  run("compute h all ico/interface c_conc c_ico c_pe 8.0 8\nrun 0");
  cunbglass::test::ReferenceData expected("compute_ico_interface");
  expected.check("cuzr_glass_432.icosahedral_atoms", global_vector("h", 8));
  expected.check("cuzr_glass_432.mean_pe_icosahedral", global_vector("h", 3));
  expected.check("cuzr_glass_432.p_ico_bin0", global_array("h", 0, 1));
  expected.check("cuzr_glass_432.atoms_bin2", global_array("h", 2, 2));
}

}    // namespace
