#include "common_neighbour_analysis.h"

#include <cstdint>
#include <stdexcept>

namespace cunbglass::core {

namespace {

using Mask = std::uint64_t;

double distance_squared(const double *x, int a, int b)
{
  const double dx = x[3 * a] - x[3 * b];
  const double dy = x[3 * a + 1] - x[3 * b + 1];
  const double dz = x[3 * a + 2] - x[3 * b + 2];
  return dx * dx + dy * dy + dz * dz;
}

// Bonds among the centre's neighbours: bit b of adjacency[a] is set when neighbours a, b bond.
std::vector<Mask> neighbour_adjacency(const double *x, const int *nbr, int n, double cutoff)
{
  const double cut2 = cutoff * cutoff;
  std::vector<Mask> adjacency(n, 0);
  for (int a = 0; a < n; ++a)
    for (int b = a + 1; b < n; ++b)
      if (distance_squared(x, nbr[a], nbr[b]) < cut2) {
        adjacency[a] |= Mask{1} << b;
        adjacency[b] |= Mask{1} << a;
      }
  return adjacency;
}

int popcount(Mask m) { return __builtin_popcountll(m); }

// Bonds in the largest connected group of bonds among the atoms in `common`.
int largest_bond_cluster(const std::vector<Mask> &adjacency, Mask common)
{
  int best = 0;
  Mask unvisited = common;
  while (unvisited) {
    Mask cluster = unvisited & (~unvisited + 1);    // lowest remaining atom
    Mask frontier = cluster;
    while (frontier) {
      const int a = __builtin_ctzll(frontier);
      frontier &= frontier - 1;
      const Mask fresh = adjacency[a] & common & ~cluster;
      cluster |= fresh;
      frontier |= fresh;
    }
    unvisited &= ~cluster;
    int twice_bonds = 0;
    for (Mask m = cluster; m; m &= m - 1) twice_bonds += popcount(adjacency[__builtin_ctzll(m)] & cluster);
    if (twice_bonds / 2 > best) best = twice_bonds / 2;
  }
  return best;
}

CnaSignature signature_of(const std::vector<Mask> &adjacency, int k)
{
  CnaSignature s;
  const Mask common = adjacency[k];
  s.common = popcount(common);
  int twice_bonds = 0;
  for (Mask m = common; m; m &= m - 1) twice_bonds += popcount(adjacency[__builtin_ctzll(m)] & common);
  s.bonds = twice_bonds / 2;
  s.chain = largest_bond_cluster(adjacency, common);
  return s;
}

}    // namespace

std::vector<CnaSignature> cna_signatures(const double *x, int /*centre*/, const int *nbr_begin,
                                         const int *nbr_end, double cutoff)
{
  const int n = static_cast<int>(nbr_end - nbr_begin);
  if (n > kMaxCnaNeighbours)
    throw std::length_error("common-neighbour analysis: more than 64 neighbours within the cutoff");
  const auto adjacency = neighbour_adjacency(x, nbr_begin, n, cutoff);
  std::vector<CnaSignature> out(n);
  for (int k = 0; k < n; ++k) out[k] = signature_of(adjacency, k);
  return out;
}

bool is_full_icosahedron(const double *x, int centre, const int *nbr_begin, const int *nbr_end,
                         double cutoff)
{
  if (nbr_end - nbr_begin != 12) return false;
  const CnaSignature ico{5, 5, 5};
  for (const auto &s : cna_signatures(x, centre, nbr_begin, nbr_end, cutoff))
    if (!(s == ico)) return false;
  return true;
}

std::vector<int> label_full_icosahedra(const double *x, const NeighbourGraph &graph,
                                       const std::vector<unsigned char> &selected, double cutoff,
                                       int num_entries)
{
  const int ncentres = graph.num_centres();
  std::vector<unsigned char> is_centre(ncentres, 0);
#pragma omp parallel for schedule(dynamic, 64)
  for (int c = 0; c < ncentres; ++c)
    if (selected[c] && is_full_icosahedron(x, c, graph.begin(c), graph.end(c), cutoff))
      is_centre[c] = 1;

  return label_centres_and_vertices(is_centre, graph, num_entries);
}

std::vector<int> label_centres_and_vertices(const std::vector<unsigned char> &is_centre,
                                            const NeighbourGraph &shells, int num_entries)
{
  std::vector<int> labels(num_entries, 0);
  for (int c = 0; c < shells.num_centres(); ++c)
    if (is_centre[c])
      for (const int *j = shells.begin(c); j != shells.end(c); ++j) labels[*j] = 1;
  for (int c = 0; c < shells.num_centres(); ++c)
    if (is_centre[c]) labels[c] = 2;
  return labels;
}

}    // namespace cunbglass::core
