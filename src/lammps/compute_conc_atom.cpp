#include "compute_conc_atom.h"

#include "lammps_compat.h"
#include "local_concentration.h"
#include "neighbour_adapter.h"
#include "style_args.h"

#include "atom.h"
#include "memory.h"
#include "update.h"

using namespace LAMMPS_NS;

ComputeConcAtom::ComputeConcAtom(LAMMPS *lmp, int narg, char **arg) : Compute(lmp, narg, arg)
{
  cunbglass::StyleArgs args(lmp, "compute conc/atom", narg, arg, 5,
                            "compute ID group conc/atom R type itype [itype ...] [counts yes|no]");
  radius = args.positive_double(3, "radius R");
  if (!args.is(4, "type")) args.fail("expected keyword 'type' after R");
  const auto types = args.atom_types(5, "type");
  selected_type.assign(atom->ntypes + 1, false);
  for (int t : types) selected_type[t] = true;
  for (int iarg = 5 + static_cast<int>(types.size()); iarg < narg; iarg += 2) {
    if (args.is(iarg, "counts")) counts = args.yes_no(iarg + 1, "counts");
    else args.unknown_keyword(iarg);
  }
  peratom_flag = 1;
  size_peratom_cols = counts ? 3 : 0;
}

ComputeConcAtom::~ComputeConcAtom()
{
  memory->destroy(fraction);
  memory->destroy(table);
}

void ComputeConcAtom::init()
{
  cunbglass::init_neighbour_compute(lmp, this, instance_me, "compute conc/atom", radius);
}

void ComputeConcAtom::init_list(int, NeighList *ptr) { list = ptr; }

void ComputeConcAtom::compute_peratom()
{
  invoked_peratom = update->ntimestep;
  const int nlocal = atom->nlocal;
  if (atom->nmax > nmax) {
    nmax = atom->nmax;
    if (counts) {
      memory->destroy(table);
      memory->create(table, nmax, 3, "conc/atom:table");
      array_atom = table;
    } else {
      memory->destroy(fraction);
      memory->create(fraction, nmax, "conc/atom:fraction");
      vector_atom = fraction;
    }
  }
  cunbglass::compat::build_occasional(neighbor, list);
  const auto graph = cunbglass::neighbours_within(list, atom->x, nlocal, radius);
  cunbglass::warn_if_no_neighbours(lmp, "compute conc/atom", id, radius, graph.indices.size(), warned);
  std::vector<unsigned char> eligible(nlocal);
  for (int i = 0; i < nlocal; ++i) eligible[i] = (atom->mask[i] & groupbit) != 0;
  const auto c = cunbglass::core::local_counts(graph, atom->type, selected_type, eligible);
  for (int i = 0; i < nlocal; ++i) {
    const double value = c.total[i] > 0 ? double(c.selected[i]) / c.total[i] : 0.0;
    if (counts) {
      table[i][0] = value;
      table[i][1] = c.selected[i];
      table[i][2] = c.total[i];
    } else {
      fraction[i] = value;
    }
  }
}

double ComputeConcAtom::memory_usage() { return double(nmax) * (counts ? 3 : 1) * sizeof(double); }
