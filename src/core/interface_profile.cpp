#include "interface_profile.h"

#include <cmath>

namespace cunbglass::core {

std::vector<double> distance_to_marked(const double *x, const NeighbourGraph &graph,
                                       const std::vector<unsigned char> &marked)
{
  const int n = graph.num_centres();
  std::vector<double> out(n, std::numeric_limits<double>::infinity());
#pragma omp parallel for schedule(static)
  for (int c = 0; c < n; ++c) {
    if (marked[c]) {
      out[c] = 0.0;
      continue;
    }
    double best2 = std::numeric_limits<double>::infinity();
    for (const int *j = graph.begin(c); j != graph.end(c); ++j) {
      if (!marked[*j]) continue;
      const double dx = x[3 * *j] - x[3 * c], dy = x[3 * *j + 1] - x[3 * c + 1],
                   dz = x[3 * *j + 2] - x[3 * c + 2];
      best2 = std::fmin(best2, dx * dx + dy * dy + dz * dz);
    }
    out[c] = std::sqrt(best2);
  }
  return out;
}

Profile distance_profile(const std::vector<double> &distance, const std::vector<unsigned char> &flag,
                         const std::vector<unsigned char> &include, double rmax, int nbins)
{
  Profile p;
  p.atoms.assign(nbins, 0.0);
  p.flagged.assign(nbins, 0.0);
  for (size_t i = 0; i < distance.size(); ++i) {
    if (!include[i] || !(distance[i] < rmax)) continue;
    const int bin = static_cast<int>(distance[i] / rmax * nbins);
    p.atoms[bin] += 1.0;
    p.flagged[bin] += flag[i] ? 1.0 : 0.0;
  }
  return p;
}

double formation_energy(const ClassSums &ico, const ClassSums &a_rich, const ClassSums &b_rich)
{
  if (ico.count == 0 || a_rich.count == 0 || b_rich.count == 0) return std::nan("");
  const double ca = a_rich.mean_concentration(), cb = b_rich.mean_concentration();
  if (ca == cb) return std::nan("");
  const double slope = (a_rich.mean_energy() - b_rich.mean_energy()) / (ca - cb);
  const double reference = b_rich.mean_energy() + slope * (ico.mean_concentration() - cb);
  return ico.mean_energy() - reference;
}

}    // namespace cunbglass::core
