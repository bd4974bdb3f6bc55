#include "domain_cell.h"

#include "domain.h"

namespace cunbglass {

std::array<std::array<double, 3>, 3> cell_vectors(const LAMMPS_NS::Domain *domain)
{
  const double *h = domain->h;    // xprd, yprd, zprd, yz, xz, xy
  return {{{h[0], 0.0, 0.0}, {h[5], h[1], 0.0}, {h[4], h[3], h[2]}}};
}

}    // namespace cunbglass
