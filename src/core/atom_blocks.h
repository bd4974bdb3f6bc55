/* Sums over atoms that do not depend on the number of OpenMP threads: the atoms are split into
 * fixed blocks of kBlockAtoms, each block is summed on its own (threads take whole blocks), and
 * the block sums are added in block order. */
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace cunbglass::core {

constexpr int kBlockAtoms = 512;

// `width` sums; add_atom(i, sums) adds atom i's contributions to the block's sums.
template <class AddAtom>
std::vector<double> sum_over_atom_blocks(int natoms, std::size_t width, AddAtom add_atom)
{
  const int nblocks = (natoms + kBlockAtoms - 1) / kBlockAtoms;
  std::vector<double> blocks(width * nblocks, 0.0);
#pragma omp parallel for schedule(static)
  for (int b = 0; b < nblocks; ++b) {
    double *sums = blocks.data() + width * b;
    const int last = std::min(natoms, (b + 1) * kBlockAtoms);
    for (int i = b * kBlockAtoms; i < last; ++i) add_atom(i, sums);
  }
  std::vector<double> out(width, 0.0);
  for (int b = 0; b < nblocks; ++b)
    for (std::size_t k = 0; k < width; ++k) out[k] += blocks[width * b + k];
  return out;
}

}    // namespace cunbglass::core
