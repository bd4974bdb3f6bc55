#include "periodic_clusters.h"

#include <cmath>
#include <numeric>

namespace cunbglass::core {

namespace {

Image add(const Image &a, const Image &b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
Image sub(const Image &a, const Image &b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
bool is_zero(const Image &a) { return a[0] == 0 && a[1] == 0 && a[2] == 0; }

class OffsetUnionFind {
 public:
  explicit OffsetUnionFind(int n) : parent(n), offset(n, Image{0, 0, 0}), rank(n, 0), windings(n)
  {
    std::iota(parent.begin(), parent.end(), 0);
  }

  // Root of x and the image of x relative to the root (path compression keeps offsets exact).
  int find(int x, Image &rel)
  {
    Image total{0, 0, 0};
    int r = x;
    while (parent[r] != r) {
      total = add(total, offset[r]);
      r = parent[r];
    }
    // compress: every node on the path points at the root with its full offset
    Image remaining = total;
    for (int y = x; parent[y] != y;) {
      const int next = parent[y];
      const Image own = offset[y];
      parent[y] = r;
      offset[y] = remaining;
      remaining = sub(remaining, own);
      y = next;
    }
    rel = total;
    return r;
  }

  void bond(int a, int b, const Image &shift)
  {
    Image ua, ub;
    const int ra = find(a, ua), rb = find(b, ub);
    // required: image(b) = image(a) + shift
    const Image want_b = add(ua, shift);
    if (ra == rb) {
      const Image w = sub(want_b, ub);
      if (!is_zero(w)) add_winding(ra, w);
      return;
    }
    // attach the lower-rank root below the other, with the offset that satisfies the bond
    if (rank[ra] >= rank[rb]) {
      parent[rb] = ra;
      offset[rb] = sub(want_b, ub);    // image(rb) relative to ra
      if (rank[ra] == rank[rb]) ++rank[ra];
      for (const auto &w : windings[rb]) add_winding(ra, w);
      windings[rb].clear();
    } else {
      parent[ra] = rb;
      offset[ra] = sub(ub, want_b);    // image(ra) relative to rb
      for (const auto &w : windings[ra]) add_winding(rb, w);
      windings[ra].clear();
    }
  }

  const std::vector<Image> &winding_basis(int root) const { return windings[root]; }

 private:
  // Keep a linearly independent set (at most 3 vectors) spanning the windings seen.
  void add_winding(int root, const Image &w)
  {
    auto &basis = windings[root];
    auto candidate = basis;
    candidate.push_back(w);
    if (integer_rank(candidate) > static_cast<int>(basis.size())) basis.push_back(w);
  }

  std::vector<int> parent;
  std::vector<Image> offset;
  std::vector<int> rank;
  std::vector<std::vector<Image>> windings;
};

}    // namespace

int integer_rank(const std::vector<Image> &vectors)
{
  // Gaussian elimination in doubles: entries are small integers, so pivots are exact enough.
  std::vector<std::array<double, 3>> m;
  for (const auto &v : vectors) m.push_back({double(v[0]), double(v[1]), double(v[2])});
  int rank = 0;
  for (int col = 0; col < 3 && rank < static_cast<int>(m.size()); ++col) {
    int pivot = -1;
    for (int r = rank; r < static_cast<int>(m.size()); ++r)
      if (std::fabs(m[r][col]) > 1e-9 && (pivot < 0 || std::fabs(m[r][col]) > std::fabs(m[pivot][col]))) pivot = r;
    if (pivot < 0) continue;
    std::swap(m[rank], m[pivot]);
    for (int r = 0; r < static_cast<int>(m.size()); ++r) {
      if (r == rank) continue;
      const double f = m[r][col] / m[rank][col];
      for (int c = 0; c < 3; ++c) m[r][c] -= f * m[rank][c];
    }
    ++rank;
  }
  return rank;
}

PeriodicClusters periodic_clusters(int nnodes, const std::vector<PeriodicBond> &bonds)
{
  OffsetUnionFind uf(nnodes);
  for (const auto &b : bonds) uf.bond(b.a, b.b, b.shift);

  PeriodicClusters out;
  out.cluster.assign(nnodes, -1);
  out.image.assign(nnodes, Image{0, 0, 0});
  std::vector<int> index_of_root(nnodes, -1);
  for (int x = 0; x < nnodes; ++x) {
    Image rel;
    const int root = uf.find(x, rel);
    if (index_of_root[root] < 0) {
      index_of_root[root] = static_cast<int>(out.clusters.size());
      ClusterSummary s;
      s.windings = uf.winding_basis(root);
      s.dimension = static_cast<int>(s.windings.size());
      for (const auto &w : s.windings)
        for (int d = 0; d < 3; ++d) s.wraps[d] = s.wraps[d] || w[d] != 0;
      out.clusters.push_back(s);
    }
    out.cluster[x] = index_of_root[root];
    out.image[x] = rel;
    ++out.clusters[out.cluster[x]].size;
  }
  return out;
}

}    // namespace cunbglass::core
