#include "voronoi_index.h"

#include <voro++.hh>

#include <algorithm>
#include <cmath>

namespace cunbglass::core {

VoronoiIndex voronoi_index(const double *x, int centre, const int *nbr_begin, const int *nbr_end,
                           double cutoff, double face_threshold, double edge_threshold)
{
  VoronoiIndex out;
  voro::voronoicell_neighbor cell;
  cell.init(-cutoff, cutoff, -cutoff, cutoff, -cutoff, cutoff);
  // Cut nearest neighbours first; once a neighbour is further than twice the cell's largest
  // vertex distance, it and every further one cannot cut the cell.
  struct Near {
    double r2, dx, dy, dz;
    int id;
  };
  std::vector<Near> near;
  near.reserve(nbr_end - nbr_begin);
  for (const int *j = nbr_begin; j != nbr_end; ++j) {
    const double dx = x[3 * *j] - x[3 * centre], dy = x[3 * *j + 1] - x[3 * centre + 1],
                 dz = x[3 * *j + 2] - x[3 * centre + 2];
    near.push_back({dx * dx + dy * dy + dz * dz, dx, dy, dz, *j});
  }
  std::sort(near.begin(), near.end(), [](const Near &a, const Near &b) { return a.r2 < b.r2; });
  for (const auto &n : near) {
    // voro++ stores vertices at twice their positions: max_radius_squared() is (2 r_max)^2
    if (n.r2 >= cell.max_radius_squared()) break;
    if (!cell.nplane(n.dx, n.dy, n.dz, n.r2, n.id)) return out;    // cell vanished
  }
  out.complete = cell.max_radius_squared() < cutoff * cutoff;
  out.volume = cell.volume();
  std::vector<double> areas, vertices;
  std::vector<int> face_vertices, neighbours;
  cell.face_areas(areas);
  cell.neighbors(neighbours);
  cell.vertices(vertices);
  cell.face_vertices(face_vertices);
  size_t k = 0;
  std::vector<int> kept;
  for (size_t f = 0; f < areas.size(); ++f) {
    const int n = face_vertices[k];
    const int *v = &face_vertices[k + 1];
    k += n + 1;
    if (areas[f] < face_threshold) continue;
    ++out.faces;
    kept.push_back(neighbours[f]);
    int edges = 0;
    for (int e = 0; e < n; ++e) {
      const double *a = &vertices[3 * v[e]], *b = &vertices[3 * v[(e + 1) % n]];
      const double len = std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
                                   (a[2] - b[2]) * (a[2] - b[2]));
      edges += len >= edge_threshold;
    }
    if (edges == 3) ++out.n3;
    else if (edges == 4) ++out.n4;
    else if (edges == 5) ++out.n5;
    else if (edges == 6) ++out.n6;
  }
  if (out.is_icosahedral()) out.face_neighbours = kept;
  return out;
}

std::vector<VoronoiIndex> voronoi_indices(const double *x, const NeighbourGraph &graph,
                                          const std::vector<unsigned char> &selected, double cutoff,
                                          double face_threshold, double edge_threshold)
{
  const int n = graph.num_centres();
  std::vector<VoronoiIndex> out(n);
#pragma omp parallel for schedule(dynamic, 32)
  for (int c = 0; c < n; ++c)
    if (selected[c])
      out[c] = voronoi_index(x, c, graph.begin(c), graph.end(c), cutoff, face_threshold, edge_threshold);
  return out;
}

}    // namespace cunbglass::core
