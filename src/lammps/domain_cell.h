/* The periodic cell of a LAMMPS box as the three cell vectors the core kernels take. */
#pragma once

#include <array>

namespace LAMMPS_NS {
class Domain;
}

namespace cunbglass {

// a = (xprd, 0, 0), b = (xy, yprd, 0), c = (xz, yz, zprd): LAMMPS's h matrix by columns (the
// tilts are 0 in an orthogonal box).
std::array<std::array<double, 3>, 3> cell_vectors(const LAMMPS_NS::Domain *domain);

}    // namespace cunbglass
