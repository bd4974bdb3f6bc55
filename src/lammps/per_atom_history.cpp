#include "per_atom_history.h"

#include "atom.h"
#include "memory.h"

#include <cstring>

namespace cunbglass {

PerAtomHistory::PerAtomHistory(LAMMPS_NS::LAMMPS *lmp, int width, const char *name) :
    lmp(lmp), nvalues(width), name(name)
{
}

PerAtomHistory::~PerAtomHistory() { lmp->memory->destroy(data); }

void PerAtomHistory::grow(int nmax) { lmp->memory->grow(data, nmax, nvalues, name); }

void PerAtomHistory::copy(int i, int j) { std::memcpy(data[j], data[i], nvalues * sizeof(double)); }

int PerAtomHistory::pack_exchange(int i, double *buf) const
{
  std::memcpy(buf, data[i], nvalues * sizeof(double));
  return nvalues;
}

int PerAtomHistory::unpack_exchange(int nlocal, const double *buf)
{
  std::memcpy(data[nlocal], buf, nvalues * sizeof(double));
  return nvalues;
}

int PerAtomHistory::pack_restart(int i, double *buf) const
{
  buf[0] = nvalues + 1;    // LAMMPS skips over other fixes' blocks with this count
  std::memcpy(buf + 1, data[i], nvalues * sizeof(double));
  return nvalues + 1;
}

void PerAtomHistory::unpack_restart(int nlocal, int nth)
{
  double **extra = lmp->atom->extra;
  int m = 0;
  for (int k = 0; k < nth; ++k) m += static_cast<int>(extra[nlocal][m]);
  std::memcpy(data[nlocal], &extra[nlocal][m + 1], nvalues * sizeof(double));
}

double PerAtomHistory::memory_usage() const
{
  return double(lmp->atom->nmax) * nvalues * sizeof(double);
}

void write_global_restart(FILE *fp, int me, const std::vector<double> &values)
{
  if (me != 0) return;
  const int bytes = static_cast<int>(values.size() * sizeof(double));    // LAMMPS reads a byte count
  fwrite(&bytes, sizeof(int), 1, fp);
  fwrite(values.data(), sizeof(double), values.size(), fp);
}

}    // namespace cunbglass
