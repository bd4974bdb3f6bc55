#include "compute_conc_atom.h"

#include "local_concentration.h"
#include "style_args.h"

#include "atom.h"

using namespace LAMMPS_NS;

ComputeConcAtom::ComputeConcAtom(LAMMPS *lmp, int narg, char **arg) :
    AnalysisCompute(lmp, narg, arg, "compute conc/atom")
{
  cunbglass::StyleArgs args(lmp, "compute conc/atom", narg, arg, 5,
                            "compute ID group conc/atom R type itype [itype ...] [counts yes|no]");
  radius = args.positive_double(3, "radius R");
  if (!args.is(4, "type")) args.fail("expected keyword 'type' after R");
  const auto types = args.atom_types(5, "type");
  listed_type.assign(atom->ntypes + 1, false);
  for (int t : types) listed_type[t] = true;
  for (int iarg = 5 + static_cast<int>(types.size()); iarg < narg; iarg += 2) {
    if (args.is(iarg, "counts")) counts = args.yes_no(iarg + 1, "counts");
    else args.unknown_keyword(iarg);
  }
  if (counts) track_per_atom(&table, 3, "conc/atom:table", true);
  else track_per_atom(&fraction, "conc/atom:fraction", true);
}

void ComputeConcAtom::init() { require_search_reach(radius); }

void ComputeConcAtom::evaluate()
{
  const int nlocal = atom->nlocal, nall = nlocal + atom->nghost;
  std::vector<unsigned char> selected(nlocal);
  for (int i = 0; i < nlocal; ++i) selected[i] = (atom->mask[i] & groupbit) != 0;
  const auto c = cunbglass::core::local_counts(nall > 0 ? atom->x[0] : nullptr, nlocal, nall, atom->type,
                                               listed_type, selected, radius);
  std::size_t pairs = 0;
  for (int i = 0; i < nlocal; ++i) pairs += c.total[i] > 0 ? c.total[i] - 1 : 0;
  warn_if_no_neighbours(radius, pairs);
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

double ComputeConcAtom::memory_usage() { return per_atom_memory(); }
