/* Neighbour graphs in compressed-row form, and a brute-force builder for periodic boxes.
 *
 * The LAMMPS styles fill a NeighbourGraph from LAMMPS's neighbour lists (owned + ghost atoms);
 * the builder below is the independent reference used by unit tests and standalone tools.
 */
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace cunbglass::core {

// Neighbours of centre c are indices[offsets[c] .. offsets[c+1]) into a position array.
struct NeighbourGraph {
  std::vector<int> offsets{0};
  std::vector<int> indices;

  int num_centres() const { return static_cast<int>(offsets.size()) - 1; }
  int degree(int c) const { return offsets[c + 1] - offsets[c]; }
  const int *begin(int c) const { return indices.data() + offsets[c]; }
  const int *end(int c) const { return indices.data() + offsets[c + 1]; }
};

// The neighbours of each centre of `graph` closer than `cutoff` (x: 3 doubles per entry, centre c
// at entry c), in the graph's order: a graph built to a larger cutoff serves a smaller one.
NeighbourGraph neighbours_closer_than(const NeighbourGraph &graph, const double *x, double cutoff);

// A fingerprint of `count` doubles (or ints), bit by bit: equal arrays give equal values, and any
// change of any bit (a moved atom, another order) changes it but for a 2^-64 chance. Several
// arrays chain: pass the fingerprint of the earlier ones as `seed`.
constexpr std::uint64_t kFingerprintSeed = 0xcbf29ce484222325ull;
std::uint64_t fingerprint(const double *values, std::size_t count, std::uint64_t seed = kFingerprintSeed);
std::uint64_t fingerprint(const int *values, std::size_t count, std::uint64_t seed = kFingerprintSeed);

using Vec3 = std::array<double, 3>;

// A periodic (or open) parallelepiped box: cell vectors a, b, c as rows (LAMMPS's restricted
// triclinic form works, any other too) with origin at `lo`.
struct Box {
  Vec3 lo{0.0, 0.0, 0.0};
  std::array<Vec3, 3> cell{Vec3{1.0, 0.0, 0.0}, Vec3{0.0, 1.0, 0.0}, Vec3{0.0, 0.0, 1.0}};
  std::array<bool, 3> periodic{true, true, true};

  static Box orthogonal(const Vec3 &lengths, bool periodic = true);
};

// Positions of atoms plus the periodic images needed within `cutoff` of the box ("ghosts").
struct ImagedPositions {
  std::vector<double> x;        // 3 per entry: owned atoms first, then images
  std::vector<int> original;    // for every entry, the index of the atom it is an image of
  int num_owned = 0;
};

// Owned atoms plus every image within `cutoff` of the box faces (any number of box lengths:
// small boxes and large cutoffs are handled).
ImagedPositions add_periodic_images(const std::vector<Vec3> &positions, const Box &box,
                                    double cutoff);

// For each owned atom, all entries of `imaged` (owned or image) closer than `cutoff`, excluding
// itself; O(N^2), sorted by entry index. A reference, not a production builder.
NeighbourGraph brute_force_neighbours(const ImagedPositions &imaged, double cutoff);

}    // namespace cunbglass::core
