/* Geometry of a periodic cell (lattice of its cell vectors) that the analyses need. */
#pragma once

#include <array>

namespace cunbglass::core {

// Covering radius of the lattice spanned by the cell vectors a, b, c: the largest distance from
// a lattice point to the farthest point of its Wigner-Seitz cell, i.e. the largest minimum-image
// distance that any position can have from a given one. sqrt(3)/2 L for a cube of side L; the
// value a cluster's spanning length saturates at once it spans the periodic cell. Exact: the
// farthest Wigner-Seitz vertex, from the Voronoi-relevant vectors of a LAMMPS-reduced cell
// (tilts at most half a box length). With `planar` (a 2d simulation) only the lattice of a and b
// in their plane: sqrt(2)/2 L for a square.
double covering_radius(const std::array<std::array<double, 3>, 3> &cell, bool planar = false);

// Distances between opposite faces of the cell, across the faces spanned by (b, c), (c, a) and
// (a, b): volume over face area. A bond shorter than half of each is shorter than every
// periodic image of itself.
std::array<double, 3> cell_widths(const std::array<std::array<double, 3>, 3> &cell);

// Fractional components of a Cartesian displacement d in a cell whose a lies along x and b in
// the xy plane (LAMMPS's convention), computed with the inverse cell exactly as LAMMPS's
// Domain::h_inv does, so the result is bitwise LAMMPS's.
std::array<double, 3> fractional_displacement(const std::array<std::array<double, 3>, 3> &cell,
                                              const std::array<double, 3> &d);

// The periodic image of displacement d whose fractional components lie in [-1/2, 1/2] (the
// nearest image in a LAMMPS-reduced cell), however many cells long d is.
std::array<double, 3> nearest_image(const std::array<std::array<double, 3>, 3> &cell,
                                    const std::array<double, 3> &d);

}    // namespace cunbglass::core
