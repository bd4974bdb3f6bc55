#include "compute_ico_interface.h"

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
      rich.a_min = args.non_negative_double(iarg + 1, "rich a_min");
      rich.b_max = args.non_negative_double(iarg + 2, "rich b_max");
      if (rich.b_max >= rich.a_min) args.fail("rich: b_max must be below a_min");
    } else {
      args.unknown_keyword(iarg);
    }
  }
  comm_forward = 1;
  cunbglass::require_memory(lmp, "compute ico/interface", "nbins " + std::to_string(nbins),
                            6.0 * sizeof(double) * nbins, "the distance histogram");
  table = publish_table(nbins, 3, "ico/interface:table");
  publish_vector(results, 14);
  track_per_atom(&distance, "ico/interface:distance", true);
  track_per_atom(&marked, "ico/interface:marked", false);
}

void ComputeIcoInterface::init()
{
  conc.check(lmp, "compute ico/interface");
  ico.check(lmp, "compute ico/interface");
  pe.check(lmp, "compute ico/interface");
  require_search_reach(rmax);    // the nearest interface atom, searched up to rmax
}

std::uint64_t ComputeIcoInterface::inputs_fingerprint()
{
  std::vector<double> values;
  values.reserve(3 * static_cast<size_t>(atom->nlocal));
  for (auto *input : {&conc, &ico, &pe}) {
    input->fetch(lmp);
    for (int i = 0; i < atom->nlocal; ++i) values.push_back(input->value(lmp, i));
  }
  return cunbglass::core::fingerprint(values.data(), values.size());
}

void ComputeIcoInterface::evaluate()
{
  // the inputs were fetched on this step by inputs_fingerprint()
  const int nlocal = atom->nlocal, nall = nlocal + atom->nghost;
  for (int i = 0; i < nlocal; ++i) {
    const double c = conc.value(lmp, i);
    marked[i] = (c >= interface_lo && c <= interface_hi) ? 1.0 : 0.0;
  }
  cunbglass::compat::forward_comm(comm, this);
  std::vector<unsigned char> is_marked(nall);
  for (int i = 0; i < nall; ++i) is_marked[i] = marked[i] > 0.0;
  const auto d = cunbglass::core::distance_to_marked(atom->x[0], nlocal, nall, is_marked, rmax);

  std::vector<cunbglass::core::InterfaceAtom> group_atoms;
  for (int i = 0; i < nlocal; ++i) {
    const bool in_group = (atom->mask[i] & groupbit) != 0;
    distance[i] = in_group ? (std::isfinite(d[i]) ? d[i] : -1.0) : 0.0;
    if (in_group)
      group_atoms.push_back({d[i], conc.value(lmp, i), pe.value(lmp, i), ico.value(lmp, i) > 0.0, atom->type[i] - 1});
  }
  const int nspecies = atom->ntypes;
  const auto local = cunbglass::core::interface_sums(group_atoms, rich, rmax, nbins, nspecies).to_doubles();
  std::vector<double> flat(local.size());
  MPI_Allreduce(local.data(), flat.data(), static_cast<int>(local.size()), MPI_DOUBLE, MPI_SUM, world);
  const auto sums = cunbglass::core::InterfaceSums::from_doubles(flat, nbins, nspecies);

  const double width = rmax / nbins;
  for (int b = 0; b < nbins; ++b) {
    const double atoms = sums.profile.atoms[b];
    table[b][0] = (b + 0.5) * width;
    table[b][1] = atoms > 0.0 ? sums.profile.flagged[b] / atoms : 0.0;
    table[b][2] = atoms;
  }
  const double h = cunbglass::core::formation_energy(sums.icosahedral, sums.a_rich, sums.b_rich);
  auto mean = [](double total, double n) { return n > 0.0 ? total / n : 0.0; };
  int k = 0;    // the order of the documented vector elements (1)-(14)
  results[k++] = std::isfinite(h) ? h : 0.0;
  results[k++] = results[0] * kJPerMolPerEV;
  for (const auto *cls : {&sums.icosahedral, &sums.a_rich, &sums.b_rich}) {
    results[k++] = mean(cls->concentration, cls->count);
    results[k++] = mean(cls->energy, cls->count);
  }
  for (const auto *cls : {&sums.icosahedral, &sums.a_rich, &sums.b_rich}) results[k++] = cls->count;
  results[k++] = sums.beyond_rmax;
  const double h_species = cunbglass::core::formation_energy_by_species(sums.by_species);
  results[k++] = std::isfinite(h_species) ? h_species : 0.0;
  results[k++] = results[12] * kJPerMolPerEV;
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
