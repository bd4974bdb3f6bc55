#include "compute_ico_interface.h"

#include "interface_profile.h"
#include "lammps_compat.h"

#include "atom.h"
#include "comm.h"
#include "memory.h"

#include <cmath>
#include <mpi.h>
#include <vector>

using namespace LAMMPS_NS;

namespace {
constexpr double kJPerMolPerEV = 96.48533212;    // 1 eV/atom in kJ/mol
}

ComputeIcoInterface::ComputeIcoInterface(LAMMPS *lmp, int narg, char **arg) :
    AnalysisCompute(lmp, narg, arg, "compute ico/interface")
{
  cunbglass::StyleArgs args(lmp, "compute ico/interface", narg, arg, 7,
                            "compute ID group ico/interface c_conc c_ico c_pe rmax nbins "
                            "[interface lo hi] [rich a_min b_max]");
  conc = cunbglass::PerAtomInput(args.per_atom_compute(3, "concentration"), "concentration");
  ico = cunbglass::PerAtomInput(args.per_atom_compute(4, "icosahedron label"), "icosahedron label");
  pe = cunbglass::PerAtomInput(args.per_atom_compute(5, "potential energy"), "potential energy");
  rmax = args.positive_double(6, "rmax");
  nbins = args.positive_int(7, "nbins");
  for (int iarg = 8; iarg < narg; iarg += 3) {
    if (args.is(iarg, "interface")) {
      interface_lo = args.non_negative_double(iarg + 1, "interface lo");
      interface_hi = args.non_negative_double(iarg + 2, "interface hi");
      if (interface_hi < interface_lo) args.fail("interface hi must not be below lo");
    } else if (args.is(iarg, "rich")) {
      rich_a = args.non_negative_double(iarg + 1, "rich a_min");
      rich_b = args.non_negative_double(iarg + 2, "rich b_max");
      if (rich_b >= rich_a) args.fail("rich: b_max must be below a_min");
    } else {
      args.unknown_keyword(iarg);
    }
  }
  peratom_flag = 1;
  size_peratom_cols = 0;
  vector_flag = 1;
  size_vector = 12;
  extvector = 0;
  array_flag = 1;
  size_array_rows = nbins;
  size_array_cols = 3;
  extarray = 0;
  comm_forward = 1;
  cunbglass::require_memory(lmp, "compute ico/interface", "nbins " + std::to_string(nbins),
                            6.0 * sizeof(double) * nbins, "the distance histogram");
  memory->create(table, nbins, 3, "ico/interface:table");
  array = table;
  vector = results;
  track_per_atom(&distance, "ico/interface:distance", true);
  track_per_atom(&marked, "ico/interface:marked", false);
}

ComputeIcoInterface::~ComputeIcoInterface() { memory->destroy(table); }

void ComputeIcoInterface::init()
{
  conc.check(lmp, "compute ico/interface");
  ico.check(lmp, "compute ico/interface");
  pe.check(lmp, "compute ico/interface");
  request_neighbours(rmax);
}

void ComputeIcoInterface::evaluate()
{
  const int nlocal = atom->nlocal, nall = nlocal + atom->nghost;
  conc.fetch(lmp);
  ico.fetch(lmp);
  pe.fetch(lmp);
  for (int i = 0; i < nlocal; ++i) {
    const double c = conc.value(lmp, i);
    marked[i] = (c >= interface_lo && c <= interface_hi) ? 1.0 : 0.0;
  }
  cunbglass::compat::forward_comm(comm, this);
  std::vector<unsigned char> is_marked(nall), in_group(nlocal), on_ico(nlocal);
  for (int i = 0; i < nall; ++i) is_marked[i] = marked[i] > 0.0;
  for (int i = 0; i < nlocal; ++i) {
    in_group[i] = (atom->mask[i] & groupbit) != 0;
    on_ico[i] = ico.value(lmp, i) > 0.0;
  }

  const auto graph = neighbours_within(rmax, false);
  const auto d = cunbglass::core::distance_to_marked(atom->x[0], graph, is_marked);
  for (int i = 0; i < nlocal; ++i) distance[i] = in_group[i] ? (std::isfinite(d[i]) ? d[i] : -1.0) : 0.0;

  // profile p_ico(r)
  const auto p = cunbglass::core::distance_profile(d, on_ico, in_group, rmax, nbins);
  std::vector<double> local(2 * nbins + 10, 0.0), sum(2 * nbins + 10);
  for (int b = 0; b < nbins; ++b) {
    local[b] = p.atoms[b];
    local[nbins + b] = p.flagged[b];
  }
  // class sums: icosahedral, A-rich non-icosahedral, B-rich non-icosahedral; beyond rmax
  double *cls = &local[2 * nbins];
  for (int i = 0; i < nlocal; ++i) {
    if (!in_group[i]) continue;
    const double c = conc.value(lmp, i), e = pe.value(lmp, i);
    const int k = on_ico[i] ? 0 : (c > rich_a ? 1 : (c < rich_b ? 2 : -1));
    if (k >= 0) {
      cls[3 * k] += 1.0;
      cls[3 * k + 1] += e;
      cls[3 * k + 2] += c;
    }
    if (!std::isfinite(d[i])) cls[9] += 1.0;
  }
  MPI_Allreduce(local.data(), sum.data(), static_cast<int>(local.size()), MPI_DOUBLE, MPI_SUM, world);

  const double width = rmax / nbins;
  for (int b = 0; b < nbins; ++b) {
    table[b][0] = (b + 0.5) * width;
    table[b][1] = sum[b] > 0.0 ? sum[nbins + b] / sum[b] : 0.0;
    table[b][2] = sum[b];
  }
  const double *s = &sum[2 * nbins];
  const cunbglass::core::ClassSums ico_atoms{s[0], s[1], s[2]}, a_rich{s[3], s[4], s[5]},
      b_rich{s[6], s[7], s[8]};
  const double h = cunbglass::core::formation_energy(ico_atoms, a_rich, b_rich);
  auto mean = [](double total, double n) { return n > 0.0 ? total / n : 0.0; };
  results[0] = std::isfinite(h) ? h : 0.0;
  results[1] = results[0] * kJPerMolPerEV;
  results[2] = mean(s[2], s[0]);
  results[3] = mean(s[1], s[0]);
  results[4] = mean(s[5], s[3]);
  results[5] = mean(s[4], s[3]);
  results[6] = mean(s[8], s[6]);
  results[7] = mean(s[7], s[6]);
  results[8] = s[0];
  results[9] = s[3];
  results[10] = s[6];
  results[11] = s[9];
}

int ComputeIcoInterface::pack_forward_comm(int n, int *list_, double *buf, int, int *)
{
  for (int i = 0; i < n; ++i) buf[i] = marked[list_[i]];
  return n;
}

void ComputeIcoInterface::unpack_forward_comm(int n, int first, double *buf)
{
  for (int i = 0; i < n; ++i) marked[first + i] = buf[i];
}

double ComputeIcoInterface::memory_usage() { return per_atom_memory() + 3.0 * nbins * sizeof(double); }
