/* Computes evaluated on the same positions share neighbour graphs (src/lammps/shared_neighbours.h):
 * a graph built for a larger cutoff is filtered for a smaller one, and computes sampled together
 * learn to build once at their largest cutoff. Here ico/atom (3.5 A) and percolation (4 A) are
 * sampled together during MD, ico/atom asking first, so every path is taken: own builds on the
 * first sample, later the 4 A build filtered down to 3.5 A for ico/atom. conc/atom (5 A) searches
 * its cells itself and checks the final positions too.
 * Independent references at the final positions (a graph kept from earlier positions fails
 * them): a brute-force neighbour count, LAMMPS's cna/atom for the icosahedron centres, and a
 * brute-force clustering of the icosahedral atoms for the cluster IDs. */
#include "lammps_fixture.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

class SharedNeighbours : public cunbglass::test::LammpsTest {};

TEST_F(SharedNeighbours, ComputesSampledTogetherMatchReferencesAfterMd)
{
  load_cuzr_glass();
  run("neighbor 2.0 bin\ncomm_modify cutoff 8.0\nvelocity all create 1500 71 dist gaussian\n"
      "fix nve all nve\ntimestep 0.002\n"
      "compute conc all conc/atom 5.0 type 1 counts yes\ncompute ico all ico/atom 3.5\n"
      "compute net all percolation 4.0 select c_ico\ncompute cna all cna/atom 3.5\n"
      "compute nico all reduce sum c_ico\ncompute nconc all reduce sum c_conc[3]\n"
      "thermo_style custom step c_nico c_net[1] c_nconc\nthermo 10\nrun 60");
  const int n = natoms();
  const auto nbr5 = neighbours_within(5.0), nbr4 = neighbours_within(4.0), nbr35 = neighbours_within(3.5);

  const auto conc = gather("c_conc", 3);
  for (int i = 0; i < n; ++i) ASSERT_EQ(conc[3 * i + 2], double(nbr5[i].size() + 1)) << "atom ID " << i + 1;

  // icosahedron centres (label 2) are the atoms cna/atom calls ICO (4), where cna/atom keeps all
  // neighbours (at most 16 for it and its neighbours)
  const auto ico = gather("c_ico"), cna = gather("c_cna");
  int centres = 0;
  for (int i = 0; i < n; ++i) {
    bool reliable = nbr35[i].size() <= 16;
    for (int j : nbr35[i]) reliable = reliable && nbr35[j].size() <= 16;
    if (!reliable) continue;
    ASSERT_EQ(ico[i] == 2.0, cna[i] == 4.0) << "atom ID " << i + 1;
    centres += ico[i] == 2.0;
  }
  EXPECT_GT(centres, 5) << "the glass must keep icosahedra after 60 steps";

  // clusters of the icosahedral atoms (label > 0) linked within 4 A: ID = smallest atom ID
  std::vector<int> root(n);
  std::iota(root.begin(), root.end(), 0);
  auto find = [&](int a) {
    while (root[a] != a) a = root[a] = root[root[a]];
    return a;
  };
  for (int i = 0; i < n; ++i)
    for (int j : nbr4[i])
      if (ico[i] > 0.0 && ico[j] > 0.0) {
        const int a = find(i), b = find(j);
        root[std::max(a, b)] = std::min(a, b);
      }
  const auto cluster = gather("c_net");
  for (int i = 0; i < n; ++i)
    ASSERT_EQ(cluster[i], ico[i] > 0.0 ? double(find(i) + 1) : 0.0) << "atom ID " << i + 1;
}

}    // namespace
