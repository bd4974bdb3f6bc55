/* compute percolation through LAMMPS on 1 and 2 ranks (the 2-rank runs split every structure
 * across sub-domains). Independent references: structures whose connectivity is known by
 * construction (blob, rods, slab, network, a chain that touches both faces without wrapping),
 * and a brute-force count of clusters over minimum images written here. */
#include "lammps_fixture.h"
#include "reference_data.h"

#include <array>
#include <cmath>
#include <initializer_list>
#include <set>
#include <string>
#include <utility>

namespace {

class Percolation : public cunbglass::test::LammpsTest {
 protected:
  // simple-cubic lattice of spacing 1 in an L^3 box; atoms of type 2 are the selected ones
  void lattice_box(int L)
  {
    run("units metal\nlattice sc 1.0\nregion box block 0 " + std::to_string(L) + " 0 " +
        std::to_string(L) + " 0 " + std::to_string(L) +
        "\ncreate_box 2 box\ncreate_atoms 1 box\nmass * 1.0\npair_style zero 1.5\npair_coeff * *\n");
  }
  void select_region(const std::string &region)
  {
    run("region sel " + region + "\nset region sel type 2\ngroup sel type 2\n"
        "compute p sel percolation 1.1\nthermo_style custom step c_p[1]\nrun 0");
  }
  double v(int i) { return global_vector("p", i); }
  // {element, value} pairs of the global vector (0-based elements)
  void expect_outputs(std::initializer_list<std::pair<int, double>> expected)
  {
    for (const auto &[i, value] : expected) EXPECT_EQ(v(i), value) << "vector element " << i + 1;
  }
};

TEST_F(Percolation, FiniteBlob)
{
  lattice_box(12);
  select_region("sphere 6 6 6 2.5");
  EXPECT_EQ(v(0), 1);
  EXPECT_EQ(v(3), 0);
  EXPECT_EQ(v(4) + v(5) + v(6), 0);
  EXPECT_EQ(v(2), 1.0);
  // symmetric about its centre (6,6,6): the farthest sites are at |n| = sqrt(6)
  EXPECT_NEAR(v(7), std::sqrt(6.0), 1e-9);
}

TEST_F(Percolation, RodAlongX)
{
  lattice_box(10);
  select_region("block INF INF 4.5 5.5 4.5 5.5");
  expect_outputs({{0, 1}, {1, 10}, {3, 1}, {4, 1}, {5, 0}, {6, 0}});
}

TEST_F(Percolation, SlabAndNetwork)
{
  lattice_box(8);
  select_region("block INF INF INF INF 3.5 4.5");
  EXPECT_EQ(v(3), 2);
  EXPECT_EQ(v(4) + v(5), 2);
  EXPECT_EQ(v(6), 0);
  // a cluster that winds has no unique centre: its spanning length is the saturated value, the
  // largest minimum-image distance in the cell, half the body diagonal of a cube
  EXPECT_NEAR(v(7), std::sqrt(3.0) / 2 * 8, 1e-9);
  run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
  lattice_box(8);
  select_region("block INF INF INF INF INF INF");
  expect_outputs({{0, 1}, {1, 512}, {3, 3}});
  // a system-spanning network: L*_ico = sqrt(3)/2, as the paper reads it
  EXPECT_NEAR(v(8), std::sqrt(3.0) / 2, 1e-9);
}

TEST_F(Percolation, SpanningLengthOfAWindingClusterInATriclinicCell)
{
  // Every site of a simple-cubic lattice in a cell sheared by xy = 2: a 3D network. The cell's
  // lattice is a 2D lattice a = (8,0), b = (2,8) stacked by c = (0,0,8) at right angles, so the
  // point farthest from every lattice point lies over the circumcentre of the acute triangle
  // (0, a, b), at height c/2: R^2 = (|a||b||a-b| / (4 area))^2 + 4^2.
  lattice_box(8);
  run("change_box all triclinic\nchange_box all xy final 2.0 remap\n"
      "compute p all percolation 1.1\nthermo_style custom step c_p[1]\nrun 0");
  EXPECT_EQ(v(3), 3);
  const double a = 8.0, b = std::sqrt(68.0), a_minus_b = 10.0, area = 32.0;
  const double circumradius = a * b * a_minus_b / (4 * area);
  EXPECT_NEAR(v(7), std::sqrt(circumradius * circumradius + 16.0), 1e-9);
  EXPECT_NEAR(v(8), v(7) / 8.0, 1e-12);    // L0 = cube root of the volume 512
}

TEST_F(Percolation, TwoDimensionalRodSaturatesAtHalfTheDiagonalOfTheSquare)
{
  // dimension 2: the cell is the square of side 10 (z is not a direction of the system), so a
  // winding rod has L_ico = sqrt(2)/2 x 10, L0 = sqrt(area) = 10; the thin z of the cell does not
  // limit Rc
  run("units metal\ndimension 2\nlattice sq 1.0\nregion box block 0 10 0 10 -0.5 0.5\ncreate_box 2 box\n"
      "create_atoms 1 box\nmass * 1.0\npair_style zero 1.5\npair_coeff * *\n"
      "region rod block INF INF 4.5 5.5 INF INF\nset region rod type 2\ngroup sel type 2\n"
      "compute p sel percolation 1.1\nthermo_style custom step c_p[1]\nrun 0");
  EXPECT_EQ(v(1), 10);
  EXPECT_EQ(v(3), 1);
  EXPECT_NEAR(v(7), std::sqrt(2.0) / 2 * 10, 1e-9);
  EXPECT_NEAR(v(8), std::sqrt(2.0) / 2, 1e-12);
}

TEST_F(Percolation, InterfaceNetworkOfTheReferenceGlassIsTheSameOnAnyNumberOfRanks)
{
  // The case: atoms with 0.3 < c_Cu(7 A) < 0.7 in the Cu-Nb reference glass, Rc 3.5. Its
  // largest cluster percolates; the spanning length used to be the distance from the mean of
  // unwrapped positions, which depend on the spanning tree (24.11 A on 1 rank, 22.98 A on 2).
  // This test runs on 1, 2 and 3 ranks, each against the same analytic value.
  run("units metal\natom_style atomic\nread_data " + cunbglass::test::data_file("cunb_glass_2000.data") +
      "\npair_style zero 8.0\npair_coeff * *\ncomm_modify cutoff 10.0\n"
      "compute c all conc/atom 7.0 type 1\nvariable iface atom c_c>0.3&&c_c<0.7\n"
      "compute p all percolation 3.5 select v_iface\nthermo_style custom step c_p[1]\nrun 0");
  ASSERT_GE(v(3), 1) << "the interface network of the reference glass percolates";
  const double L = 31.722799350271444 - 0.2772006497276358;
  EXPECT_NEAR(v(7), std::sqrt(3.0) / 2 * L, 1e-9);
  EXPECT_NEAR(v(8), std::sqrt(3.0) / 2, 1e-12);
  // the labels are the smallest atom ID of each cluster: independent of the decomposition
  const auto id = gather("c_p");
  std::set<double> clusters(id.begin(), id.end());
  clusters.erase(0.0);
  EXPECT_EQ(double(clusters.size()), v(0));
}

TEST_F(Percolation, ChainTouchingBothFacesIsFinite)
{
  // x from 0 to 9 in a box of 11 (the lattice leaves the sites at x = 10 empty): the chain
  // touches both faces but the gap across the boundary (2) exceeds the bond length
  lattice_box(11);
  select_region("block -0.5 9.5 4.5 5.5 4.5 5.5");
  expect_outputs({{0, 1}, {1, 10}, {3, 0}, {4, 0}});
}

TEST_F(Percolation, RandomSitePercolationMatchesIndependentGraphSearch)
{
  // Random selection of a simple-cubic lattice at several occupations (site percolation
  // threshold 0.3116). Independent check written here: flood fill over minimum images that
  // carries integer images; a neighbour reached again with another image reveals a winding.
  for (double p : {0.2, 0.35, 0.6}) {
    SCOPED_TRACE("occupation " + std::to_string(p));
    run("clear\nplugin load " + std::string(CUNBGLASS_PLUGIN_FILE));
    lattice_box(10);
    run("set type 1 type/fraction 2 " + std::to_string(p) + " 2718\ngroup sel type 2\n"
        "compute p sel percolation 1.1\nthermo_style custom step c_p[1]\nrun 0");
    const auto id = gather("c_p");
    const auto type = types();
    const auto x = positions();
    const auto nbr = neighbours_within(1.1);
    const int n = natoms();
    const double L = 10.0;
    std::vector<int> label(n, 0);
    std::vector<std::array<int, 3>> image(n);
    int nclusters = 0, best_size = 0, best_label = 0, selected = 0;
    std::array<bool, 3> best_wraps{false, false, false};
    for (int s = 0; s < n; ++s) {
      if (type[s] != 2) continue;
      ++selected;
      if (label[s]) continue;
      ++nclusters;
      std::vector<int> stack{s}, members;
      label[s] = -1;
      image[s] = {0, 0, 0};
      int min_id = s + 1;
      std::array<bool, 3> wraps{false, false, false};
      while (!stack.empty()) {
        const int a = stack.back();
        stack.pop_back();
        members.push_back(a);
        min_id = std::min(min_id, a + 1);
        for (int b : nbr[a]) {
          if (type[b] != 2) continue;
          std::array<int, 3> img;
          for (int d = 0; d < 3; ++d) {
            double dx = x[3 * b + d] - x[3 * a + d];
            const double wrapped = dx - L * std::round(dx / L);
            img[d] = image[a][d] + int(std::lround((x[3 * a + d] + wrapped - x[3 * b + d]) / L));
          }
          if (!label[b]) {
            label[b] = -1;
            image[b] = img;
            stack.push_back(b);
          } else {
            for (int d = 0; d < 3; ++d) wraps[d] = wraps[d] || img[d] != image[b][d];
          }
        }
      }
      for (int m : members) label[m] = min_id;
      if (int(members.size()) > best_size || (int(members.size()) == best_size && min_id < best_label)) {
        best_size = int(members.size());
        best_label = min_id;
        best_wraps = wraps;
      }
    }
    for (int i = 0; i < n; ++i) ASSERT_EQ(id[i], double(label[i])) << "atom ID " << i + 1;
    EXPECT_EQ(v(0), nclusters);
    EXPECT_EQ(v(1), best_size);
    EXPECT_DOUBLE_EQ(v(2), double(best_size) / selected);
    for (int d = 0; d < 3; ++d) EXPECT_EQ(v(4 + d), best_wraps[d] ? 1.0 : 0.0) << "axis " << d;
  }
}

TEST_F(Percolation, RegressionOnReferenceGlass)
{
  // the icosahedral network (centres and vertices, ico/atom 3.5 center 1) of the reference glass
  load_cuzr_glass();
  run("compute ico all ico/atom 3.5 center 1\ncompute net all percolation 3.5 select c_ico\n"
      "thermo_style custom step c_net[1]\nrun 0");
  cunbglass::test::ReferenceData expected("compute_percolation");
  expected.check("cuzr_glass_432.clusters", global_vector("net", 0));
  expected.check("cuzr_glass_432.largest", global_vector("net", 1));
  expected.check("cuzr_glass_432.dimension", global_vector("net", 3));
  expected.check("cuzr_glass_432.L_star", global_vector("net", 8));
}

TEST_F(Percolation, TriclinicRodAlongTheTiltedAxis)
{
  // a rod along the second cell vector of a sheared box wraps that vector only
  lattice_box(10);
  run("region rod block 4.5 5.5 INF INF 4.5 5.5\nset region rod type 2\ngroup sel type 2\n"
      "change_box all triclinic\nchange_box all xy final 2.0 remap\n"
      "compute p sel percolation 1.1\nthermo_style custom step c_p[1]\nrun 0");
  expect_outputs({{0, 1}, {3, 1}, {4, 0}, {5, 1}, {6, 0}});
}

TEST_F(Percolation, SelectByComputeAndVariable)
{
  lattice_box(10);
  run("region rod block INF INF 4.5 5.5 4.5 5.5\nvariable inrod atom x>-1&&y>4.5&&y<5.5&&z>4.5&&z<5.5\n"
      "compute byvar all percolation 1.1 select v_inrod\n"
      "compute c all property/atom x\n"
      "compute bycompute all percolation 1.1 select c_c\nrun 0");
  EXPECT_EQ(global_vector("byvar", 3), 1);
  EXPECT_EQ(global_vector("byvar", 1), 10);
  // c_c = x: zero for the plane x = 0 only; the rest is a 3D network
  EXPECT_EQ(global_vector("bycompute", 3), 2);
}

}    // namespace
