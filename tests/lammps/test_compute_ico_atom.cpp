/* compute ico/atom through LAMMPS on 1 and 2 ranks. Independent references: textbook crystals
 * (no icosahedra), a constructed icosahedron, LAMMPS's own cna/atom (an atom is ICO there iff it
 * has 12 neighbours all with signature 555), and a brute-force vertex search in the test. */
#include "lammps_fixture.h"
#include "reference_data.h"

#include "library.h"

#include <cmath>
#include <string>


namespace {

class IcoAtom : public cunbglass::test::LammpsTest {
 protected:

  // Where LAMMPS's cna/atom (same cutoff) can be trusted: it keeps at most 16 neighbours per
  // atom (MAXNEAR in LAMMPS 29 Sep 2021; it warns "Too many neighbors in CNA") and then
  // miscounts common neighbours, differently on 1 and 2 ranks. An atom is comparable when it
  // and all its neighbours have at most 16 neighbours.
  std::vector<bool> cna_reliable(double cutoff)
  {
    const auto nbr = neighbours_within(cutoff);
    std::vector<bool> ok(nbr.size());
    for (size_t i = 0; i < nbr.size(); ++i) {
      ok[i] = nbr[i].size() <= 16;
      for (int j : nbr[i]) ok[i] = ok[i] && nbr[j].size() <= 16;
    }
    return ok;
  }

  // Our centres (restricted to a type and to the first `ngroup` IDs when given) must be exactly
  // the atoms cna/atom labels ICO, wherever cna/atom is reliable.
  void expect_centres_match_cna(double cutoff, int centre_type = 0, int ngroup = 0)
  {
    const auto ico = gather("c_ico"), cna = gather("c_cna");
    const auto type = types();
    const auto ok = cna_reliable(cutoff);
    int compared = 0, skipped = 0;
    for (size_t i = 0; i < ico.size(); ++i) {
      if (!ok[i]) {
        skipped += ico[i] == 2.0;
        continue;
      }
      const bool eligible = (centre_type == 0 || type[i] == centre_type) &&
                            (ngroup == 0 || static_cast<int>(i) < ngroup);
      ASSERT_EQ(ico[i] == 2.0, eligible && cna[i] == 4.0) << "atom ID " << i + 1;
      compared += ico[i] == 2.0;
    }
    EXPECT_GT(compared, 5) << "the reference glass must contain icosahedra";
    EXPECT_LE(skipped, 2) << "too few centres could be compared with cna/atom";
  }
};

TEST_F(IcoAtom, PerfectIcosahedronCentreAndVertices)
{
  // Centre-vertex 2.5 A, edge 2.63 A, next vertex-vertex 4.25 A; one far atom of type 2.
  const double phi = (1 + std::sqrt(5.0)) / 2, s = 2.5 / std::sqrt(1 + phi * phi);
  std::string cmds = "units metal\nregion box block -20 20 -20 20 -20 20\ncreate_box 2 box\n"
                     "mass * 1.0\ncreate_atoms 1 single 0 0 0\ncreate_atoms 2 single 10 10 10\n";
  for (int a : {-1, 1})
    for (int b : {-1, 1}) {
      cmds += "create_atoms 1 single 0 " + std::to_string(a * s) + " " + std::to_string(b * phi * s) + "\n";
      cmds += "create_atoms 1 single " + std::to_string(a * s) + " " + std::to_string(b * phi * s) + " 0\n";
      cmds += "create_atoms 1 single " + std::to_string(b * phi * s) + " 0 " + std::to_string(a * s) + "\n";
    }
  run(cmds + "pair_style zero 4.0\npair_coeff * *\ncompute ico all ico/atom 3.0\nrun 0");
  const auto ico = gather("c_ico");
  ASSERT_EQ(ico.size(), 14u);
  EXPECT_EQ(ico[0], 2.0);
  EXPECT_EQ(ico[1], 0.0);    // the far atom
  for (int v = 2; v < 14; ++v) EXPECT_EQ(ico[v], 1.0) << "vertex ID " << v + 1;
  EXPECT_EQ(global_vector("ico", 0), 1.0);
  EXPECT_DOUBLE_EQ(global_vector("ico", 1), 13.0 / 14.0);
  EXPECT_DOUBLE_EQ(global_vector("ico", 2), 1.0 / 14.0);
}

TEST_F(IcoAtom, CrystalsHaveNoIcosahedra)
{
  const char *lattices[][3] = {{"fcc", "3.615", "3.0"}, {"bcc", "3.3", "3.0"}, {"hcp", "2.55", "3.0"}};
  for (auto &lat : lattices) {
    run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
    run(std::string("units metal\nlattice ") + lat[0] + " " + lat[1] +
        "\nregion box block 0 4 0 4 0 4\ncreate_box 1 box\ncreate_atoms 1 box\nmass 1 1.0\n"
        "pair_style zero 5.0\npair_coeff * *\ncompute ico all ico/atom " + lat[2] + "\nrun 0");
    EXPECT_EQ(global_vector("ico", 0), 0.0) << lat[0];
    EXPECT_EQ(global_vector("ico", 1), 0.0) << lat[0];
    for (double v : gather("c_ico")) EXPECT_EQ(v, 0.0) << lat[0];
  }
}

TEST_F(IcoAtom, GlassCentresEqualLammpsCnaAtom)
{
  load_cuzr_glass();
  run("compute ico all ico/atom 3.5\ncompute cna all cna/atom 3.5\nrun 0");
  expect_centres_match_cna(3.5);
}

TEST_F(IcoAtom, CentreTypeRestriction)
{
  load_cuzr_glass();
  run("compute ico all ico/atom 3.5 center 1\ncompute cna all cna/atom 3.5\nrun 0");
  expect_centres_match_cna(3.5, 1);
}

TEST_F(IcoAtom, TriclinicBoxMatchesCnaAtom)
{
  load_cuzr_glass("change_box all triclinic\nchange_box all xy final 3.0 xz final -2.0 remap\n");
  run("compute ico all ico/atom 3.5\ncompute cna all cna/atom 3.5\nrun 0");
  expect_centres_match_cna(3.5);
}

TEST_F(IcoAtom, VerticesAreExactlyTheNeighboursOfCentres)
{
  load_cuzr_glass();
  run("compute ico all ico/atom 3.5\nrun 0");
  const auto ico = gather("c_ico");
  const auto nbr = neighbours_within(3.5);    // brute force, minimum image
  const int n = natoms();
  std::vector<int> expected(n, 0);
  for (int c = 0; c < n; ++c)
    if (ico[c] == 2.0)
      for (int j : nbr[c]) expected[j] = 1;
  int vertices = 0;
  for (int i = 0; i < n; ++i) {
    if (ico[i] == 2.0) continue;
    EXPECT_EQ(ico[i], double(expected[i])) << "atom ID " << i + 1;
    vertices += expected[i];
  }
  EXPECT_GT(vertices, 0);
  double with_label = 0;
  for (double v : ico) with_label += v > 0;
  EXPECT_DOUBLE_EQ(global_vector("ico", 1), with_label / n);
}

TEST_F(IcoAtom, GroupCountsOnlyGroupAtoms)
{
  load_cuzr_glass();
  run("group first id <= 216\ncompute ico first ico/atom 3.5\ncompute cna all cna/atom 3.5\nrun 0");
  expect_centres_match_cna(3.5, 0, 216);
  const auto ico = gather("c_ico");
  double centres = 0, labelled = 0;
  for (int i = 0; i < 216; ++i) {
    centres += ico[i] == 2.0;
    labelled += ico[i] > 0.0;
  }
  EXPECT_EQ(global_vector("ico", 0), centres);
  EXPECT_DOUBLE_EQ(global_vector("ico", 1), labelled / 216);
  EXPECT_DOUBLE_EQ(global_vector("ico", 2), centres / 216);
}

TEST_F(IcoAtom, StaysCorrectAcrossRunsAndMigration)
{
  // Invoked at the end of one run and again in the setup of the next, after re-neighbouring
  // on the same step (atoms migrate between ranks): results must match cna/atom every time.
  load_cuzr_glass();
  run("velocity all create 1200 4711 dist gaussian\nfix md all nvt temp 1200 1200 0.1\n"
      "compute ico all ico/atom 3.5\ncompute cna all cna/atom 3.5\n"
      "thermo_style custom step temp c_ico[1]\nthermo 100");
  for (int segment = 0; segment < 4; ++segment) {
    run("run 300");
    SCOPED_TRACE("after segment " + std::to_string(segment));
    expect_centres_match_cna(3.5);
  }
}

TEST_F(IcoAtom, VoronoiIndexOfCrystals)
{
  // fcc: rhombic dodecahedra <0,12,0,0>; bcc: truncated octahedra <0,6,0,8>; no centres.
  const char *lattices[][4] = {{"fcc", "3.615", "12", "0"}, {"bcc", "3.3", "6", "8"}};
  for (auto &lat : lattices) {
    run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
    run(std::string("units metal\nlattice ") + lat[0] + " " + lat[1] +
        "\nregion box block 0 4 0 4 0 4\ncreate_box 1 box\ncreate_atoms 1 box\nmass 1 1.0\n"
        "pair_style zero 6.0\npair_coeff * *\n"
        "compute ico all ico/atom 6.0 method voronoi index yes\nrun 0");
    const auto t = gather("c_ico", 6);
    for (int i = 0; i < natoms(); ++i) {
      EXPECT_EQ(t[6 * i], 0.0) << lat[0];
      EXPECT_EQ(t[6 * i + 2], std::stod(lat[2])) << lat[0];
      EXPECT_EQ(t[6 * i + 4], std::stod(lat[3])) << lat[0];
      EXPECT_EQ(t[6 * i + 5], std::stod(lat[2]) + std::stod(lat[3])) << lat[0];
    }
    EXPECT_EQ(global_vector("ico", 0), 0.0);
  }
}

TEST_F(IcoAtom, GlassVoronoiFacesMatchLammpsVoronoiAtom)
{
  // LAMMPS's voronoi/atom (voro++ on owned + ghost atoms) gives each atom's face count; ours
  // builds cells from the neighbour list: the face counts must agree atom by atom, and centres
  // are exactly the atoms with index <0,0,12,0>.
  load_cuzr_glass();
  run("compute ico all ico/atom 6.0 method voronoi index yes\n"
      "compute vor all voronoi/atom edge_histo 8\nrun 0");
  const auto t = gather("c_ico", 6), vor = gather("c_vor", 2);
  int centres = 0;
  double faces_with[7] = {0, 0, 0, 0, 0, 0, 0};    // summed over atoms: faces with 3..6 edges
  for (int i = 0; i < natoms(); ++i) {
    for (int n = 3; n <= 6; ++n) faces_with[n] += t[6 * i + n - 2];
    ASSERT_EQ(t[6 * i + 5], vor[2 * i + 1]) << "faces of atom ID " << i + 1;
    const bool ico = t[6 * i + 1] == 0 && t[6 * i + 2] == 0 && t[6 * i + 3] == 12 &&
                     t[6 * i + 4] == 0 && t[6 * i + 5] == 12;
    EXPECT_EQ(t[6 * i] == 2.0, ico) << "atom ID " << i + 1;
    centres += ico;
  }
  EXPECT_GT(centres, 0);
  EXPECT_EQ(global_vector("ico", 0), centres);
  // voronoi/atom edge histogram over all atoms: element i (0-based) counts faces with i+1 edges
  for (int n = 3; n <= 6; ++n) EXPECT_EQ(faces_with[n], global_vector("vor", n - 1)) << n << " edges";
}

TEST_F(IcoAtom, VoronoiInAFilmClassifiesEveryCellThatCloses)
{
  // The reference glass, then the same atoms as a film (z no longer periodic). An atom farther
  // than Rc from both z faces sees the same neighbours within Rc in both, so its cell and its
  // centre label are the bulk's. Surface cells never close: they are left unclassified, counted
  // in output 4, and only atoms within Rc of a face can have one.
  load_cuzr_glass();
  const double Rc = 6.0;
  run("compute ico all ico/atom 6.0 method voronoi\nrun 0");
  const auto bulk = gather("c_ico");
  EXPECT_EQ(global_vector("ico", 3), 0.0);
  run("change_box all boundary p p f\nrun 0");
  const auto film = gather("c_ico");
  const auto x = positions();
  auto *boxlo = static_cast<double *>(lammps_extract_global(lmp, "boxlo"));
  auto *boxhi = static_cast<double *>(lammps_extract_global(lmp, "boxhi"));
  int interior = 0, near_faces = 0, centres = 0;
  for (int i = 0; i < natoms(); ++i) {
    const double z = x[3 * i + 2];
    if (z - boxlo[2] > Rc && boxhi[2] - z > Rc) {
      ++interior;
      centres += bulk[i] == 2.0;
      EXPECT_EQ(film[i] == 2.0, bulk[i] == 2.0) << "atom ID " << i + 1;
    } else {
      ++near_faces;
    }
  }
  EXPECT_GT(interior, 50);
  EXPECT_GT(centres, 0) << "the interior must hold centres for the comparison to mean something";
  EXPECT_GT(global_vector("ico", 3), 0.0);
  EXPECT_LE(global_vector("ico", 3), near_faces);
}

TEST_F(IcoAtom, RegressionOnReferenceGlass)
{
  load_cuzr_glass();
  run("compute ico all ico/atom 3.5 center 1\nrun 0");
  cunbglass::test::ReferenceData expected("compute_ico_atom");
  expected.check("cuzr_glass_432.centres", global_vector("ico", 0));
  expected.check("cuzr_glass_432.f_ico", global_vector("ico", 1));
  expected.check("cuzr_glass_432.centre_fraction", global_vector("ico", 2));
  run("compute vor all ico/atom 6.0 center 1 method voronoi\nrun 0");
  expected.check("cuzr_glass_432.voronoi_centres", global_vector("vor", 0));
  expected.check("cuzr_glass_432.voronoi_f_ico", global_vector("vor", 1));
}

TEST_F(IcoAtom, TwoDimensionalSimulationIsRefused)
{
  run("units lj\ndimension 2\nlattice sq2 0.8\nregion box block 0 6 0 6 -0.5 0.5\ncreate_box 1 box\n"
      "create_atoms 1 box\nmass 1 1.0\npair_style lj/cut 2.5\npair_coeff * * 1.0 1.0\n"
      "compute ico all ico/atom 1.4");
  EXPECT_NE(expect_error("run 0").find("only in 3d"), std::string::npos);
}

TEST_F(IcoAtom, NoPairStyleNeedsOnlyGhosts)
{
  // no neighbour list is involved: without a pair style the ghosts come from comm_modify cutoff
  // alone, and the labels are those of the run with the pair style
  load_cuzr_glass();
  run("compute ico all ico/atom 3.5\nrun 0");
  const auto with_pair = gather("c_ico");
  run("pair_style none");
  EXPECT_NE(expect_error("run 0").find("comm_modify cutoff"), std::string::npos);
  run("comm_modify cutoff 4.5\nrun 0");
  EXPECT_EQ(gather("c_ico"), with_pair);
}

}    // namespace
