#include "compute_percolation.h"

#include "distributed_clusters.h"
#include "domain_cell.h"
#include "lammps_compat.h"
#include "periodic_clusters.h"
#include "cell_geometry.h"

#include "atom.h"
#include "comm.h"
#include "domain.h"
#include "error.h"
#include "input.h"
#include "variable.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mpi.h>
#include <numeric>
#include <unordered_map>
#include <vector>

using namespace LAMMPS_NS;
using cunbglass::core::Image;

namespace {

// Every rank's records, concatenated in rank order (records are plain doubles), and the index of
// each rank's first record.
template <class Record> struct Gathered {
  std::vector<Record> records;
  std::vector<int> first;    // per rank, plus the total at the end
};
template <class Record> Gathered<Record> all_gather(const std::vector<Record> &mine, MPI_Comm world)
{
  int nprocs = 1;
  MPI_Comm_size(world, &nprocs);
  const int n = static_cast<int>(mine.size()) * Record::kDoubles;
  std::vector<int> counts(nprocs), displs(nprocs + 1, 0);
  MPI_Allgather(&n, 1, MPI_INT, counts.data(), 1, MPI_INT, world);
  for (int p = 0; p < nprocs; ++p) displs[p + 1] = displs[p] + counts[p];
  Gathered<Record> all;
  all.records.resize(displs[nprocs] / Record::kDoubles);
  MPI_Allgatherv(reinterpret_cast<const double *>(mine.data()), n, MPI_DOUBLE,
                 reinterpret_cast<double *>(all.records.data()), counts.data(), displs.data(), MPI_DOUBLE, world);
  for (int d : displs) all.first.push_back(d / Record::kDoubles);
  return all;
}

}    // namespace

ComputePercolation::ComputePercolation(LAMMPS *lmp, int narg, char **arg) :
    AnalysisCompute(lmp, narg, arg, "compute percolation")
{
  cunbglass::StyleArgs args(lmp, "compute percolation", narg, arg, 3,
                            "compute ID group percolation Rc [select c_ID|c_ID[n]|v_name]");
  cutoff = args.positive_double(3, "cutoff Rc");
  for (int iarg = 4; iarg < narg; iarg += 2) {
    if (args.is(iarg, "select")) {
      if (iarg + 1 >= narg) args.fail("keyword 'select' needs c_ID or v_name");
      const std::string what = arg[iarg + 1];
      if (what.rfind("v_", 0) == 0) {
        select = Select::VARIABLE;
        select_variable = what.substr(2);
      } else {
        select = Select::COMPUTE;
        select_compute = cunbglass::PerAtomInput(args.per_atom_compute(iarg + 1, "select"), "select");
      }
    } else {
      args.unknown_keyword(iarg);
    }
  }
  publish_vector(results, 9);
  comm_forward = 1;
  comm_reverse = 1;
  track_per_atom(&cluster_id, "percolation:cluster", true);
  track_per_atom(&selected, "percolation:selected", false);
  track_per_atom(&referenced, "percolation:referenced", false);
}

void ComputePercolation::init()
{
  if (select == Select::COMPUTE) select_compute.check(lmp, "compute percolation");
  if (select == Select::VARIABLE) {
    const int ivar = input->variable->find(select_variable.c_str());
    if (ivar < 0 || !input->variable->atomstyle(ivar))
      error->all(FLERR, "compute percolation: select variable '" + select_variable +
                        "' does not exist or is not atom-style");
  }
  request_neighbours(cutoff);
  // a bond must be shorter than every periodic image of itself, or images would be ambiguous
  const auto width = cunbglass::core::cell_widths(cunbglass::cell_vectors(domain));
  const int periodic[3] = {domain->xperiodic, domain->yperiodic, domain->zperiodic};
  for (int d = 0; d < domain->dimension; ++d)
    if (periodic[d] && cutoff >= 0.5 * width[d])
      error->all(FLERR, "compute percolation: cutoff Rc " + cunbglass::format_number(cutoff) +
                        " is not below half the periodic box width " + cunbglass::format_number(width[d]) +
                        " along " + "xyz"[d] + "; a bond could then join an atom to its own "
                        "periodic image: use a shorter Rc or a larger box");
}

std::uint64_t ComputePercolation::inputs_fingerprint()
{
  const int nlocal = atom->nlocal;
  select_value.assign(nlocal, 1.0);
  if (select == Select::COMPUTE) {
    select_compute.fetch(lmp);
    for (int i = 0; i < nlocal; ++i) select_value[i] = select_compute.value(lmp, i);
  } else if (select == Select::VARIABLE) {
    const int ivar = input->variable->find(select_variable.c_str());
    input->variable->compute_atom(ivar, igroup, select_value.data(), 1, 0);
  }
  return cunbglass::core::fingerprint(select_value.data(), select_value.size());
}

void ComputePercolation::evaluate()
{
  const int nlocal = atom->nlocal;
  // selection of the owned atoms (select_value, fetched by inputs_fingerprint()), then to the ghosts
  for (int i = 0; i < nlocal; ++i) selected[i] = ((atom->mask[i] & groupbit) && select_value[i] != 0.0) ? 1.0 : 0.0;
  cunbglass::compat::forward_comm(comm, this);

  // Each entry (owned or ghost) sits in a periodic image of the box: c = floor(fractional).
  // All entries of one atom ID differ only by their images, so a bond between entries e1, e2
  // joins atoms tag(e1), tag(e2) with shift c(e2) - c(e1).
  auto image_of = [&](int e) {
    double lam[3];
    domain->x2lamda(atom->x[e], lam);
    return Image{int(std::floor(lam[0])), int(std::floor(lam[1])), int(std::floor(lam[2]))};
  };
  std::vector<Image> entry_image(nlocal + atom->nghost);
  for (int e = 0; e < nlocal + atom->nghost; ++e)
    if (selected[e] != 0.0) entry_image[e] = image_of(e);
  const auto graph_ptr = neighbours(false);
  const auto &graph = *graph_ptr;
  // local nodes: owned selected atoms and the selected ghosts they bond to, keyed by atom ID
  std::unordered_map<tagint, int> node_of_tag;
  std::vector<tagint> tag_of_node;
  std::vector<int> owned_node(nlocal, -1);
  auto node = [&](tagint t) {
    auto it = node_of_tag.find(t);
    if (it != node_of_tag.end()) return it->second;
    node_of_tag[t] = static_cast<int>(tag_of_node.size());
    tag_of_node.push_back(t);
    return static_cast<int>(tag_of_node.size()) - 1;
  };
  std::vector<cunbglass::core::PeriodicBond> bonds;
  for (int i = 0; i < nlocal; ++i) {
    if (selected[i] == 0.0) continue;
    owned_node[i] = node(atom->tag[i]);
    const Image &ci = entry_image[i];
    for (const int *j = graph.begin(i); j != graph.end(i); ++j) {
      if (selected[*j] == 0.0) continue;
      const Image &cj = entry_image[*j];
      bonds.push_back({owned_node[i], node(atom->tag[*j]),
                       Image{cj[0] - ci[0], cj[1] - ci[1], cj[2] - ci[2]}});
    }
  }
  const int nnodes = static_cast<int>(tag_of_node.size());
  const auto local = cunbglass::core::periodic_clusters(nnodes, bonds);

  // Which owned atoms are cluster nodes on other ranks (as ghosts there): mark the ghosts that
  // are nodes here and send the marks to their owners (reverse communication).
  for (int e = 0; e < nlocal + atom->nghost; ++e) referenced[e] = 0.0;
  for (int i = 0; i < nlocal; ++i)
    if (owned_node[i] >= 0)
      for (const int *j = graph.begin(i); j != graph.end(i); ++j)
        if (*j >= nlocal && selected[*j] != 0.0) referenced[*j] = 1.0;
  cunbglass::compat::reverse_comm(comm, this);
  std::vector<char> owned_here(nnodes, 0), shared(nnodes, 0);    // per node
  for (int i = 0; i < nlocal; ++i)
    if (owned_node[i] >= 0) {
      owned_here[owned_node[i]] = 1;
      shared[owned_node[i]] = referenced[i] > 0.0;
    }

  // Merge over ranks (core/distributed_clusters.h): each rank's component and link records,
  // gathered in rank order, give the same global clusters on every rank.
  const int me = comm->me;
  const std::vector<double> node_id(tag_of_node.begin(), tag_of_node.end());
  const auto components = all_gather(cunbglass::core::component_records(local, node_id, owned_here), world);
  const int first_component = components.first[me];
  const auto links = all_gather(
      cunbglass::core::link_records(local, node_id, owned_here, shared, first_component), world);
  const auto merged = cunbglass::core::merge_components(components.records, links.records);
  const int largest = merged.largest;

  // per-atom IDs and the unwrapped positions of the largest cluster
  double sum_local[4] = {0, 0, 0, 0};
  std::vector<double> unwrapped(3 * static_cast<size_t>(nlocal), 0.0);
  for (int i = 0; i < nlocal; ++i) {
    cluster_id[i] = 0.0;
    if (owned_node[i] < 0) continue;
    const int comp = first_component + local.cluster[owned_node[i]];
    const int g = merged.cluster_of_component[comp];
    cluster_id[i] = merged.min_id[g];
    if (g != largest) continue;
    const Image &ci = entry_image[i];
    double lam[3];
    domain->x2lamda(atom->x[i], lam);
    for (int d = 0; d < 3; ++d)
      lam[d] = lam[d] - ci[d] + merged.image_of_component[comp][d] + local.image[owned_node[i]][d];
    double u[3];
    domain->lamda2x(lam, u);
    for (int d = 0; d < 3; ++d) {
      unwrapped[3 * i + d] = u[d];
      sum_local[d] += u[d];
    }
    sum_local[3] += 1.0;
  }
  double sum[4];
  MPI_Allreduce(sum_local, sum, 4, MPI_DOUBLE, MPI_SUM, world);
  double span_local = 0.0, span = 0.0;
  const auto cell = cunbglass::cell_vectors(domain);
  if (sum[3] > 0.0) {
    const double centre[3] = {sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3]};
    for (int i = 0; i < nlocal; ++i) {
      if (owned_node[i] < 0 ||
          merged.cluster_of_component[first_component + local.cluster[owned_node[i]]] != largest)
        continue;
      // nearest periodic image, however many cells away the unwrapped atom is
      const auto d = cunbglass::core::nearest_image(
          cell, {unwrapped[3 * i] - centre[0], unwrapped[3 * i + 1] - centre[1], unwrapped[3 * i + 2] - centre[2]});
      span_local = std::max(span_local, std::sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]));
    }
  }
  MPI_Allreduce(&span_local, &span, 1, MPI_DOUBLE, MPI_MAX, world);
  // A cluster that winds around the cell has no unique unwrapped frame (its centre would depend
  // on the spanning tree, i.e. on the decomposition): its spanning length is the saturated value,
  // the largest minimum-image distance in the cell (sqrt(3)/2 L0 for a cube, as the paper's
  // L_ico of a system-spanning cluster).
  if (largest >= 0 && merged.summary[largest].dimension >= 1)
    span = cunbglass::core::covering_radius(cell, domain->dimension == 2);
  const double L0 = domain->dimension == 2 ? std::sqrt(domain->xprd * domain->yprd)
                                           : std::cbrt(domain->xprd * domain->yprd * domain->zprd);
  const auto *big = largest >= 0 ? &merged.summary[largest] : nullptr;
  results[0] = merged.count;
  results[1] = big ? merged.atoms[largest] : 0.0;
  results[2] = (big && merged.selected_total > 0.0) ? merged.atoms[largest] / merged.selected_total : 0.0;
  results[3] = big ? big->dimension : 0.0;
  for (int d = 0; d < 3; ++d) results[4 + d] = (big && big->wraps[d]) ? 1.0 : 0.0;
  results[7] = span;
  results[8] = span / L0;
}

int ComputePercolation::pack_forward_comm(int n, int *list_, double *buf, int, int *)
{
  for (int i = 0; i < n; ++i) buf[i] = selected[list_[i]];
  return n;
}

void ComputePercolation::unpack_forward_comm(int n, int first, double *buf)
{
  for (int i = 0; i < n; ++i) selected[first + i] = buf[i];
}

int ComputePercolation::pack_reverse_comm(int n, int first, double *buf)
{
  for (int i = 0; i < n; ++i) buf[i] = referenced[first + i];
  return n;
}

void ComputePercolation::unpack_reverse_comm(int n, int *list_, double *buf)
{
  for (int i = 0; i < n; ++i) referenced[list_[i]] = std::max(referenced[list_[i]], buf[i]);
}

double ComputePercolation::memory_usage() { return per_atom_memory(); }
