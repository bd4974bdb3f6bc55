#include "analysis_compute.h"

#include "shared_neighbours.h"
#include "style_args.h"

#include "atom.h"
#include "domain.h"
#include "memory.h"
#include "update.h"

using namespace LAMMPS_NS;

AnalysisCompute::AnalysisCompute(LAMMPS *lmp, int narg, char **arg, const char *style) :
    Compute(lmp, narg, arg), style_name(style)
{
}

AnalysisCompute::~AnalysisCompute()
{
  if (shared) shared->leave(this);
  memory->destroy(published_table);
  for (auto &t : tracked) {
    if (t.vector) memory->destroy(*t.vector);
    if (t.array) memory->destroy(*t.array);
  }
}

void AnalysisCompute::compute_peratom()
{
  invoked_peratom = update->ntimestep;
  evaluate_once();
}

void AnalysisCompute::compute_vector()
{
  invoked_vector = update->ntimestep;
  evaluate_once();
}

void AnalysisCompute::compute_array()
{
  invoked_array = update->ntimestep;
  evaluate_once();
}

void AnalysisCompute::setup() { evaluated = false; }

std::uint64_t AnalysisCompute::current_state()
{
  const int nlocal = atom->nlocal;
  const double box[10] = {domain->boxlo[0], domain->boxlo[1], domain->boxlo[2], domain->boxhi[0],
                          domain->boxhi[1], domain->boxhi[2], domain->xy,       domain->xz,
                          domain->yz,       static_cast<double>(update->ntimestep)};
  std::uint64_t h = cunbglass::core::fingerprint(box, 10);
  h = cunbglass::core::fingerprint(nlocal > 0 ? atom->x[0] : nullptr, 3 * std::size_t(nlocal), h);
  h = cunbglass::core::fingerprint(atom->type, nlocal, h);
  h = cunbglass::core::fingerprint(atom->mask, nlocal, h);
  return h ^ inputs_fingerprint();
}

void AnalysisCompute::evaluate_once()
{
  // the guard first: fetching the inputs may lead back to this compute
  cunbglass::ReentryGuard guard(lmp, style_name, id, busy);
  const std::uint64_t state = current_state();
  int changed = !evaluated || state != evaluated_state;
  MPI_Allreduce(MPI_IN_PLACE, &changed, 1, MPI_INT, MPI_MAX, world);
  if (!changed) return;
  grow_per_atom();
  evaluate();
  evaluated = true;
  evaluated_state = state;
}

void AnalysisCompute::track_per_atom(double **where, const char *name, bool publish)
{
  tracked.push_back({where, nullptr, 0, name, publish});
  if (publish) {
    peratom_flag = 1;
    size_peratom_cols = 0;
  }
}

void AnalysisCompute::track_per_atom(double ***where, int columns, const char *name, bool publish)
{
  tracked.push_back({nullptr, where, columns, name, publish});
  if (publish) {
    peratom_flag = 1;
    size_peratom_cols = columns;
  }
}

void AnalysisCompute::publish_vector(double *values, int n)
{
  vector_flag = 1;
  size_vector = n;
  extvector = 0;
  vector = values;
}

double **AnalysisCompute::publish_table(int rows, int columns, const char *name)
{
  memory->destroy(published_table);
  memory->create(published_table, rows, columns, name);
  array_flag = 1;
  size_array_rows = rows;
  size_array_cols = columns;
  extarray = 0;
  array = published_table;
  return published_table;
}

void AnalysisCompute::grow_per_atom()
{
  if (atom->nmax <= nmax) return;
  nmax = atom->nmax;
  for (auto &t : tracked) {
    if (t.vector) {
      memory->destroy(*t.vector);
      memory->create(*t.vector, nmax, t.name.c_str());
      if (t.publish) vector_atom = *t.vector;
    } else {
      memory->destroy(*t.array);
      memory->create(*t.array, nmax, t.columns, t.name.c_str());
      if (t.publish) array_atom = *t.array;
    }
  }
}

double AnalysisCompute::per_atom_memory() const
{
  double doubles = 0.0;
  for (const auto &t : tracked) doubles += double(nmax) * (t.vector ? 1 : t.columns);
  return doubles * sizeof(double);
}

void AnalysisCompute::require_search_reach(double reach)
{
  // no neighbour list: the core searches the owned atoms and ghosts in cells at their current
  // positions, so every atom within `reach` of an owned atom must be a ghost until the next
  // re-neighbouring
  cunbglass::require_ghost_reach(lmp, style_name, reach);
  cunbglass::require_nonempty_group(lmp, style_name, igroup);
}

void AnalysisCompute::request_neighbours(double cutoff)
{
  require_search_reach(cutoff);
  neighbour_cutoff = cutoff;
  if (!shared) shared = cunbglass::SharedNeighbours::of(lmp);
  shared->enrol(this, cutoff);
}

std::shared_ptr<const cunbglass::core::NeighbourGraph> AnalysisCompute::neighbours(bool warn_if_none)
{
  auto graph = shared->graph(this, neighbour_cutoff);
  if (warn_if_none) warn_if_no_neighbours(neighbour_cutoff, graph->indices.size());
  return graph;
}

void AnalysisCompute::warn_if_no_neighbours(double cutoff, std::size_t pairs)
{
  cunbglass::warn_if_no_neighbours(lmp, style_name, id, cutoff, pairs, warned);
}
