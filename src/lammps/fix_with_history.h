/* Base of the fixes that keep per-atom history which must follow the atoms (fix msd/exponent:
 * origin positions; fix vdos: origin velocities): a fixed number of doubles per atom, grown
 * with the atom arrays, moved when atoms are sorted or migrate to another rank, and written to
 * and read from restart files. Also writes a fix's global restart state (a vector of doubles). */
#pragma once

#include "fix.h"

#include <cstdio>
#include <vector>

namespace LAMMPS_NS {

class FixWithHistory : public Fix {
 public:
  FixWithHistory(class LAMMPS *, int, char **);
  ~FixWithHistory() override;

  void grow_arrays(int) override;
  void copy_arrays(int, int, int) override;
  int pack_exchange(int, double *) override;
  int unpack_exchange(int, double *) override;
  int pack_restart(int, double *) override;
  void unpack_restart(int, int) override;
  int size_restart(int) override;
  int maxsize_restart() override;

 protected:
  // Allocates `width` doubles per atom (called once, from the derived constructor) and
  // registers the grow and restart callbacks.
  void create_history(int width, const char *name);
  double **history = nullptr;
  double history_memory() const;
  // Rank 0 writes the byte count and the values, as LAMMPS's global fix restart expects.
  void write_restart_values(FILE *fp, const std::vector<double> &values) const;

 private:
  int width = 0;
  const char *name = "";
};

}    // namespace LAMMPS_NS
