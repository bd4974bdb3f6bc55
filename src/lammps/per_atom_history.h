/* Per-atom history that must follow the atoms: a fixed number of doubles per atom, grown with
 * the atom arrays, moved when atoms are sorted or migrate to another rank, and written to and
 * read from restart files. A fix owns one and forwards its Fix callbacks to it (fix
 * msd/exponent: origin positions; fix vdos: origin velocities). Also the global-restart
 * helpers for a fix whose state is a vector of doubles. */
#pragma once

#include "pointers.h"

#include <cstdio>
#include <vector>

namespace cunbglass {

class PerAtomHistory {
 public:
  PerAtomHistory(LAMMPS_NS::LAMMPS *lmp, int width, const char *name);
  ~PerAtomHistory();
  double **rows() const { return data; }
  int width() const { return nvalues; }

  // bodies of the Fix callbacks of the same names
  void grow(int nmax);
  void copy(int i, int j);
  int pack_exchange(int i, double *buf) const;
  int unpack_exchange(int nlocal, const double *buf);
  int pack_restart(int i, double *buf) const;
  void unpack_restart(int nlocal, int nth);
  int size_restart() const { return nvalues + 1; }
  double memory_usage() const;

 private:
  LAMMPS_NS::LAMMPS *lmp;
  int nvalues;
  const char *name;
  double **data = nullptr;
};

// Global restart of a fix: rank 0 writes the byte count and the values.
void write_global_restart(FILE *fp, int me, const std::vector<double> &values);

}    // namespace cunbglass
