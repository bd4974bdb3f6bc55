/* Clusters of a bond graph in a periodic cell with exact percolation: union-find that carries
 * integer image offsets (each node's periodic image in its cluster's unwrapped frame). A bond
 * that closes a loop with a non-zero net image offset is a winding vector; the rank of a
 * cluster's winding vectors (0-3) is its percolation dimension (the method of Livraghi et al.,
 * JCTC 2021). Works for any cell shape: only integer image shifts enter. compute percolation
 * runs it twice: on each rank's atoms and ghosts, then on the reduced graph of local clusters. */
#pragma once

#include <array>
#include <vector>

namespace cunbglass::core {

using Image = std::array<int, 3>;

// Nodes a and b are bonded between the stored position of a and the stored position of b shifted
// by `shift` whole cell vectors: in an unwrapped cluster, image(b) = image(a) + shift.
struct PeriodicBond {
  int a, b;
  Image shift;
};

struct ClusterSummary {
  int size = 0;
  int dimension = 0;                        // rank of the winding vectors, 0..3
  std::array<bool, 3> wraps{false, false, false};    // some winding vector moves along a, b, c
  std::vector<Image> windings;              // an integer basis of the winding vectors
};

struct PeriodicClusters {
  std::vector<int> cluster;       // per node: cluster index, 0 .. clusters.size()-1
  std::vector<Image> image;       // per node: image in its cluster's unwrapped frame
  std::vector<ClusterSummary> clusters;
};

PeriodicClusters periodic_clusters(int nnodes, const std::vector<PeriodicBond> &bonds);

// Rank of a set of integer vectors (exact for the small integers that windings are).
int integer_rank(const std::vector<Image> &vectors);

}    // namespace cunbglass::core
