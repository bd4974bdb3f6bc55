#include "compute_ico_atom.h"

#include "common_neighbour_analysis.h"
#include "voronoi_index.h"
#include "lammps_compat.h"
#include "style_args.h"

#include "atom.h"
#include "comm.h"
#include "domain.h"
#include "error.h"
#include "group.h"

#include <cmath>
#include <mpi.h>

using namespace LAMMPS_NS;

ComputeIcoAtom::ComputeIcoAtom(LAMMPS *lmp, int narg, char **arg) :
    AnalysisCompute(lmp, narg, arg, "compute ico/atom")
{
  cunbglass::StyleArgs args(lmp, "compute ico/atom", narg, arg, 3,
                            "compute ID group ico/atom Rc [center itype ...] [method cna|voronoi] "
                            "[face_threshold f] [edge_threshold e] [index yes|no]");
  cutoff = args.positive_double(3, "cutoff Rc");
  center_type.assign(atom->ntypes + 1, true);
  for (int iarg = 4; iarg < narg;) {
    if (args.is(iarg, "center")) {
      center_type.assign(atom->ntypes + 1, false);
      const auto types = args.atom_types(iarg + 1, "center");
      for (int t : types) center_type[t] = true;
      iarg += 1 + static_cast<int>(types.size());
    } else if (args.is(iarg, "method")) {
      if (args.is(iarg + 1, "voronoi")) voronoi = true;
      else if (args.is(iarg + 1, "cna")) voronoi = false;
      else args.fail("method must be 'cna' or 'voronoi'");
      iarg += 2;
    } else if (args.is(iarg, "face_threshold")) {
      face_threshold = args.non_negative_double(iarg + 1, "face_threshold");
      iarg += 2;
    } else if (args.is(iarg, "edge_threshold")) {
      edge_threshold = args.non_negative_double(iarg + 1, "edge_threshold");
      iarg += 2;
    } else if (args.is(iarg, "index")) {
      index_output = args.yes_no(iarg + 1, "index");
      iarg += 2;
    } else {
      args.unknown_keyword(iarg);
    }
  }
  if (!voronoi && (face_threshold > 0.0 || edge_threshold > 0.0 || index_output))
    args.fail("face_threshold, edge_threshold and index apply to method voronoi only");

  publish_vector(global, 4);
  comm_reverse = 1;
  // labels of owned and ghost atoms (vector_atom); with index output the array is published
  track_per_atom(&label, "ico/atom:label", !index_output);
  if (index_output) track_per_atom(&table, 6, "ico/atom:table", true);
}

void ComputeIcoAtom::init()
{
  if (domain->dimension != 3)
    error->all(FLERR, "compute ico/atom: icosahedra exist only in 3d and this is a 2d simulation "
                      "(dimension 2); leave this compute out");
  request_neighbours(cutoff);
}

void ComputeIcoAtom::evaluate()
{
  const int nlocal = atom->nlocal;
  const int nall = nlocal + atom->nghost;
  double **x = atom->x;
  const auto graph_ptr = neighbours(true);
  const auto &graph = *graph_ptr;
  std::vector<unsigned char> selected(nlocal, 0);
  const int *mask = atom->mask, *type = atom->type;
  for (int i = 0; i < nlocal; ++i) selected[i] = (mask[i] & groupbit) && center_type[type[i]];

  const auto labels = voronoi ? label_voronoi(graph, selected, nall)
                              : cunbglass::core::label_full_icosahedra(x[0], graph, selected, cutoff, nall);
  for (int i = 0; i < nall; ++i) label[i] = labels[i];
  cunbglass::compat::reverse_comm(comm, this);    // vertices that are ghosts here
  if (index_output)
    for (int i = 0; i < nlocal; ++i) table[i][0] = label[i];

  double local[3] = {0.0, 0.0, 0.0};    // centres, centres + vertices, atoms in group
  for (int i = 0; i < nlocal; ++i) {
    if (!(atom->mask[i] & groupbit)) continue;
    local[0] += label[i] == 2.0;
    local[1] += label[i] > 0.0;
    local[2] += 1.0;
  }
  double sum[3];
  MPI_Allreduce(local, sum, 3, MPI_DOUBLE, MPI_SUM, world);
  global[0] = sum[0];
  global[1] = sum[2] > 0.0 ? sum[1] / sum[2] : 0.0;
  global[2] = sum[2] > 0.0 ? sum[0] / sum[2] : 0.0;
  global[3] = open_cells;
}

std::vector<int> ComputeIcoAtom::label_voronoi(const cunbglass::core::NeighbourGraph &graph,
                                               const std::vector<unsigned char> &selected, int nall)
{
  const auto cells = cunbglass::core::voronoi_indices(atom->x[0], graph, selected, cutoff,
                                                      face_threshold, edge_threshold);
  int incomplete = 0, candidates = 0;
  std::vector<unsigned char> is_centre(cells.size(), 0);
  cunbglass::core::NeighbourGraph shells;
  for (size_t c = 0; c < cells.size(); ++c) {
    candidates += selected[c];
    if (selected[c] && !cells[c].complete) ++incomplete;
    is_centre[c] = cells[c].is_icosahedral();
    shells.indices.insert(shells.indices.end(), cells[c].face_neighbours.begin(),
                          cells[c].face_neighbours.end());
    shells.offsets.push_back(static_cast<int>(shells.indices.size()));
    if (index_output) {
      table[c][1] = cells[c].n3;
      table[c][2] = cells[c].n4;
      table[c][3] = cells[c].n5;
      table[c][4] = cells[c].n6;
      table[c][5] = cells[c].faces;
    }
  }
  // A cell that the neighbours within Rc do not close: in a periodic bulk Rc is too short; at a
  // free surface (non-periodic box) it never closes, and that atom is left unclassified.
  int counts[2] = {incomplete, candidates}, total[2];
  MPI_Allreduce(counts, total, 2, MPI_INT, MPI_SUM, world);
  open_cells = total[0];
  const bool surfaces = !domain->xperiodic || !domain->yperiodic || !domain->zperiodic;
  if (total[0] > 0 && (!surfaces || total[0] == total[1]))
    error->all(FLERR, "compute ico/atom method voronoi: " + std::to_string(total[0]) + " of " +
                      std::to_string(total[1]) + " Voronoi cells are not closed by the neighbours "
                      "within Rc = " + std::to_string(cutoff) + "; increase Rc (about 6 A suits "
                      "dense metals)");
  return cunbglass::core::label_centres_and_vertices(is_centre, shells, nall);
}

int ComputeIcoAtom::pack_reverse_comm(int n, int first, double *buf)
{
  for (int i = 0; i < n; ++i) buf[i] = label[first + i];
  return n;
}

void ComputeIcoAtom::unpack_reverse_comm(int n, int *list_, double *buf)
{
  for (int i = 0; i < n; ++i) label[list_[i]] = std::fmax(label[list_[i]], buf[i]);
}

double ComputeIcoAtom::memory_usage() { return per_atom_memory(); }
