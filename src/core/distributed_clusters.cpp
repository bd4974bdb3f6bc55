#include "distributed_clusters.h"

#include <algorithm>
#include <map>

namespace cunbglass::core {

std::vector<ComponentRecord> component_records(const PeriodicClusters &local, const std::vector<double> &node_id,
                                               const std::vector<char> &owned)
{
  std::vector<ComponentRecord> out(local.clusters.size());
  for (size_t c = 0; c < local.clusters.size(); ++c) {
    const auto &w = local.clusters[c].windings;
    for (size_t k = 0; k < w.size() && k < 3; ++k)
      for (int d = 0; d < 3; ++d) out[c].windings[3 * k + d] = w[k][d];
  }
  for (size_t n = 0; n < node_id.size(); ++n) {
    if (!owned[n]) continue;
    auto &rec = out[local.cluster[n]];
    rec.owned_atoms += 1.0;
    rec.min_owned_id = std::min(rec.min_owned_id, node_id[n]);
  }
  return out;
}

std::vector<LinkRecord> link_records(const PeriodicClusters &local, const std::vector<double> &node_id,
                                     const std::vector<char> &owned, const std::vector<char> &shared,
                                     int component_offset)
{
  std::vector<LinkRecord> out;
  for (size_t n = 0; n < node_id.size(); ++n) {
    if (!shared[n] && owned[n]) continue;
    LinkRecord link;
    link.component = component_offset + local.cluster[n];
    link.atom_id = node_id[n];
    for (int d = 0; d < 3; ++d) link.image[d] = local.image[n][d];
    out.push_back(link);
  }
  return out;
}

MergedClusters merge_components(const std::vector<ComponentRecord> &components,
                                const std::vector<LinkRecord> &links)
{
  const int ncomp = static_cast<int>(components.size());
  // nodes: components 0..ncomp-1, then one connector per atom ID that appears in a link
  std::map<double, int> connector;
  std::vector<PeriodicBond> bonds;
  for (const auto &link : links) {
    auto it = connector.find(link.atom_id);
    if (it == connector.end()) it = connector.emplace(link.atom_id, ncomp + static_cast<int>(connector.size())).first;
    bonds.push_back({static_cast<int>(link.component), it->second,
                     Image{int(link.image[0]), int(link.image[1]), int(link.image[2])}});
  }
  for (int c = 0; c < ncomp; ++c)
    for (int k = 0; k < 3; ++k) {
      const double *w = components[c].windings + 3 * k;
      if (w[0] != 0.0 || w[1] != 0.0 || w[2] != 0.0) bonds.push_back({c, c, Image{int(w[0]), int(w[1]), int(w[2])}});
    }
  const auto global = periodic_clusters(ncomp + static_cast<int>(connector.size()), bonds);

  MergedClusters out;
  const int ng = static_cast<int>(global.clusters.size());
  out.atoms.assign(ng, 0.0);
  out.min_id.assign(ng, 1e300);
  out.summary = global.clusters;
  out.cluster_of_component.assign(global.cluster.begin(), global.cluster.begin() + ncomp);
  out.image_of_component.assign(global.image.begin(), global.image.begin() + ncomp);
  for (int c = 0; c < ncomp; ++c) {
    const int g = global.cluster[c];
    out.atoms[g] += components[c].owned_atoms;
    out.min_id[g] = std::min(out.min_id[g], components[c].min_owned_id);
  }
  for (int g = 0; g < ng; ++g) {
    if (out.atoms[g] == 0.0) continue;
    ++out.count;
    out.selected_total += out.atoms[g];
    const int l = out.largest;
    if (l < 0 || out.atoms[g] > out.atoms[l] || (out.atoms[g] == out.atoms[l] && out.min_id[g] < out.min_id[l]))
      out.largest = g;
  }
  return out;
}

}    // namespace cunbglass::core
