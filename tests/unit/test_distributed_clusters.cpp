/* The merge of per-rank cluster records (core/distributed_clusters.h) with several pseudo-ranks
 * in one process, against the single-process clustering of the whole graph (periodic_clusters,
 * tested on its own in test_periodic_clusters.cpp). Each pseudo-rank does what compute
 * percolation does on an MPI rank: it clusters its owned nodes and the nodes they bond to
 * (ghosts), marks the nodes other ranks also hold, and writes records; the records of all ranks,
 * concatenated in rank order, are merged. Any partition of the nodes must give the reference. */
#include "distributed_clusters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

using namespace cunbglass::core;

namespace {

struct Graph {
  int n = 0;
  std::vector<PeriodicBond> bonds;
};

// Site percolation on an L^3 simple cubic lattice in a periodic cell: nodes are the occupied
// sites, bonds join occupied nearest neighbours (shift 1 where the bond crosses the cell).
Graph cubic_sites(int L, double occupied, unsigned seed)
{
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<int> node(L * L * L, -1);
  Graph g;
  for (auto &v : node)
    if (u(rng) < occupied) v = g.n++;
  auto site = [L](int x, int y, int z) { return (x * L + y) * L + z; };
  for (int x = 0; x < L; ++x)
    for (int y = 0; y < L; ++y)
      for (int z = 0; z < L; ++z) {
        const int a = node[site(x, y, z)];
        if (a < 0) continue;
        const int nb[3][3] = {{x + 1, y, z}, {x, y + 1, z}, {x, y, z + 1}};
        for (const auto &q : nb) {
          const int b = node[site(q[0] % L, q[1] % L, q[2] % L)];
          if (b >= 0) g.bonds.push_back({a, b, Image{q[0] / L, q[1] / L, q[2] / L}});
        }
      }
  return g;
}

struct Distributed {
  MergedClusters merged;
  std::vector<int> component;    // per global node: its component among all ranks
  std::vector<Image> image;      // per global node: its image in the merged frame
};

// What compute percolation does, with `owner[node]` as the decomposition.
Distributed distribute_and_merge(const Graph &g, const std::vector<int> &owner, int nranks)
{
  std::vector<ComponentRecord> components;
  std::vector<LinkRecord> links;
  Distributed out;
  out.component.assign(g.n, -1);
  out.image.assign(g.n, Image{0, 0, 0});
  std::vector<std::vector<std::pair<int, Image>>> adjacent(g.n);    // both directions
  for (const auto &b : g.bonds) {
    adjacent[b.a].push_back({b.b, b.shift});
    adjacent[b.b].push_back({b.a, Image{-b.shift[0], -b.shift[1], -b.shift[2]}});
  }
  std::vector<std::pair<int, PeriodicClusters>> locals;
  std::vector<std::map<int, int>> local_node_of(nranks);
  for (int r = 0; r < nranks; ++r) {
    auto &node_of = local_node_of[r];
    std::vector<double> node_id;
    std::vector<char> owned, shared;
    auto node = [&](int global) {
      auto it = node_of.find(global);
      if (it != node_of.end()) return it->second;
      node_of[global] = static_cast<int>(node_id.size());
      node_id.push_back(global + 1.0);    // atom IDs start at 1
      owned.push_back(owner[global] == r);
      shared.push_back(0);    // set below for owned nodes; a ghost node is a link anyway
      return static_cast<int>(node_id.size()) - 1;
    };
    std::vector<PeriodicBond> bonds;
    for (int i = 0; i < g.n; ++i) {
      if (owner[i] != r) continue;
      const int a = node(i);
      for (const auto &[j, shift] : adjacent[i]) {
        bonds.push_back({a, node(j), shift});
        if (owner[j] != r) shared[a] = 1;    // i is a ghost node on j's rank
      }
    }
    const auto local = periodic_clusters(static_cast<int>(node_id.size()), bonds);
    const auto rank_components = component_records(local, node_id, owned);
    const auto rank_links = link_records(local, node_id, owned, shared, static_cast<int>(components.size()));
    for (const auto &[global, n] : node_of)
      if (owner[global] == r) out.component[global] = static_cast<int>(components.size()) + local.cluster[n];
    locals.push_back({static_cast<int>(components.size()), local});
    components.insert(components.end(), rank_components.begin(), rank_components.end());
    links.insert(links.end(), rank_links.begin(), rank_links.end());
  }
  out.merged = merge_components(components, links);
  for (int r = 0; r < nranks; ++r)
    for (const auto &[global, n] : local_node_of[r]) {
      if (owner[global] != r) continue;
      const auto &[offset, local] = locals[r];
      const Image &c = out.merged.image_of_component[offset + local.cluster[n]];
      for (int d = 0; d < 3; ++d) out.image[global][d] = c[d] + local.image[n][d];
    }
  return out;
}

void expect_same_as_single_process(const Graph &g, const std::vector<int> &owner, int nranks)
{
  const auto ref = periodic_clusters(g.n, g.bonds);
  const auto got = distribute_and_merge(g, owner, nranks);
  std::vector<double> ref_min(ref.clusters.size(), 1e300);
  for (int i = 0; i < g.n; ++i) ref_min[ref.cluster[i]] = std::min(ref_min[ref.cluster[i]], i + 1.0);
  ASSERT_EQ(got.merged.count, static_cast<int>(ref.clusters.size()));
  int ref_largest = 0;
  for (size_t c = 1; c < ref.clusters.size(); ++c)
    if (ref.clusters[c].size > ref.clusters[ref_largest].size ||
        (ref.clusters[c].size == ref.clusters[ref_largest].size && ref_min[c] < ref_min[ref_largest]))
      ref_largest = static_cast<int>(c);
  double total = 0;
  for (int i = 0; i < g.n; ++i) {
    const int g_cluster = got.merged.cluster_of_component[got.component[i]];
    const auto &rc = ref.clusters[ref.cluster[i]];
    ASSERT_EQ(got.merged.min_id[g_cluster], ref_min[ref.cluster[i]]) << "node " << i;
    ASSERT_EQ(got.merged.atoms[g_cluster], rc.size) << "node " << i;
    ASSERT_EQ(got.merged.summary[g_cluster].dimension, rc.dimension) << "node " << i;
    ASSERT_EQ(got.merged.summary[g_cluster].wraps, rc.wraps) << "node " << i;
    if (ref.cluster[i] == ref_largest) EXPECT_EQ(got.merged.largest, g_cluster);
  }
  for (const auto &c : ref.clusters) total += c.size;
  EXPECT_EQ(got.merged.selected_total, total);
  // images: every bond of a non-winding cluster holds exactly in the merged frame
  for (const auto &b : g.bonds)
    if (ref.clusters[ref.cluster[b.a]].dimension == 0)
      for (int d = 0; d < 3; ++d)
        ASSERT_EQ(got.image[b.b][d], got.image[b.a][d] + b.shift[d]) << "bond " << b.a << "-" << b.b;
}

}    // namespace

TEST(DistributedClusters, AnyDecompositionGivesTheSingleProcessClusters)
{
  for (double occupied : {0.2, 0.32, 0.5, 0.8}) {    // finite clusters to fully spanning ones
    const Graph g = cubic_sites(6, occupied, 17);
    for (int nranks : {1, 2, 3, 5}) {
      std::vector<int> slabs(g.n), scattered(g.n);
      std::mt19937 rng(nranks);
      for (int i = 0; i < g.n; ++i) {
        slabs[i] = i * nranks / g.n;    // contiguous blocks, as spatial domains give
        scattered[i] = static_cast<int>(rng() % nranks);    // every node a boundary node
      }
      SCOPED_TRACE("occupied " + std::to_string(occupied) + ", ranks " + std::to_string(nranks));
      expect_same_as_single_process(g, slabs, nranks);
      expect_same_as_single_process(g, scattered, nranks);
    }
  }
}

TEST(DistributedClusters, WindingSplitOverRanksIsFound)
{
  // A ring of 8 nodes around the cell along x, one node per rank: no rank sees a loop, yet the
  // merged cluster winds once along a (dimension 1).
  Graph g;
  g.n = 8;
  for (int i = 0; i < 8; ++i) g.bonds.push_back({i, (i + 1) % 8, Image{i == 7 ? 1 : 0, 0, 0}});
  std::vector<int> owner(8);
  for (int i = 0; i < 8; ++i) owner[i] = i;
  const auto got = distribute_and_merge(g, owner, 8);
  ASSERT_EQ(got.merged.count, 1);
  EXPECT_EQ(got.merged.summary[got.merged.largest].dimension, 1);
  EXPECT_TRUE(got.merged.summary[got.merged.largest].wraps[0]);
  EXPECT_FALSE(got.merged.summary[got.merged.largest].wraps[1]);
  EXPECT_EQ(got.merged.atoms[got.merged.largest], 8.0);
  expect_same_as_single_process(g, owner, 8);
}

TEST(DistributedClusters, RanksWithoutAtomsAndEmptySelections)
{
  const Graph empty;
  const auto got = distribute_and_merge(empty, {}, 3);
  EXPECT_EQ(got.merged.count, 0);
  EXPECT_EQ(got.merged.largest, -1);
  EXPECT_EQ(got.merged.selected_total, 0.0);
}
