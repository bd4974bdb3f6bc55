/* Clusters of atoms spread over MPI ranks, merged exactly (compute percolation's global step).
 *
 * Each rank clusters its owned atoms and the ghosts they bond to (periodic_clusters), then
 * describes every local component by one ComponentRecord and every node that other ranks also
 * hold (ghosts here, owned atoms that are ghosts elsewhere) by one LinkRecord. The records of all
 * ranks, concatenated in rank order (what MPI_Allgatherv delivers), merge into global clusters:
 * components are nodes, atom IDs are connectors, and a link bonds its component to the atom with
 * the atom's image in the component's frame. Windings found on one rank enter as self-bonds.
 * Interior atoms never leave their rank. The same records give the same result on every rank.
 *
 * Records hold only doubles (atom IDs and images are exact in a double), so a rank sends
 * n * kDoubles MPI_DOUBLEs per kind of record. */
#pragma once

#include "periodic_clusters.h"

#include <vector>

namespace cunbglass::core {

struct ComponentRecord {
  static constexpr int kDoubles = 11;
  double owned_atoms = 0.0;     // atoms of the component owned by this rank
  double min_owned_id = 1e300;  // smallest ID among them (1e300: none)
  double windings[9] = {};      // up to 3 winding vectors found on this rank (0 0 0: none)
};

struct LinkRecord {
  static constexpr int kDoubles = 5;
  double component = 0.0;    // index among all ranks' components (rank offset + local index)
  double atom_id = 0.0;
  double image[3] = {};      // the atom's image in the component's frame
};

static_assert(sizeof(ComponentRecord) == ComponentRecord::kDoubles * sizeof(double), "no padding");
static_assert(sizeof(LinkRecord) == LinkRecord::kDoubles * sizeof(double), "no padding");

// The records of one rank from its local clustering. Per node: its atom ID, whether this rank
// owns it, and, for owned nodes, whether other ranks also hold it (as ghosts); a node not owned
// here (a ghost: owned by another rank, or a periodic image) is always a link. Links name their
// component by its index among all ranks' components: `component_offset` is the number of
// components of the ranks before this one (known once the component records are gathered).
std::vector<ComponentRecord> component_records(const PeriodicClusters &local, const std::vector<double> &node_id,
                                               const std::vector<char> &owned);
std::vector<LinkRecord> link_records(const PeriodicClusters &local, const std::vector<double> &node_id,
                                     const std::vector<char> &owned, const std::vector<char> &shared,
                                     int component_offset);

struct MergedClusters {
  std::vector<int> cluster_of_component;    // per component (all ranks): merged cluster index
  std::vector<Image> image_of_component;    // the component's frame in the merged frame
  std::vector<double> atoms;                // per merged cluster: atoms (0: connectors only)
  std::vector<double> min_id;               // per merged cluster: smallest atom ID
  std::vector<ClusterSummary> summary;      // per merged cluster: dimension, wraps, windings
  int count = 0;                            // merged clusters with atoms
  int largest = -1;                         // most atoms; ties to the smaller min_id; -1: none
  double selected_total = 0.0;              // atoms in all clusters
};
MergedClusters merge_components(const std::vector<ComponentRecord> &components,
                                const std::vector<LinkRecord> &links);

}    // namespace cunbglass::core
