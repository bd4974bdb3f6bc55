#include "style_args.h"

#include "lammps_compat.h"

#include "atom.h"
#include "comm.h"
#include "compute.h"
#include "modify.h"
#include "error.h"
#include "group.h"
#include "neighbor.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <mpi.h>
#include <unistd.h>

namespace cunbglass {

StyleArgs::StyleArgs(LAMMPS_NS::LAMMPS *lmp_, std::string style_, int narg_, char **arg_,
                     int nrequired, std::string usage_) :
    lmp(lmp_), style(std::move(style_)), usage(std::move(usage_)), narg(narg_), arg(arg_)
{
  if (narg < nrequired + 1) fail("too few arguments");
}

void StyleArgs::fail(const std::string &what) const
{
  lmp->error->all(FLERR, style + ": " + what + ". Usage: " + usage);
  std::abort();    // not reached: error->all ends the command
}

void StyleArgs::require(int i, const char *what) const
{
  if (i >= narg) fail(std::string("missing value for ") + what);
}

bool StyleArgs::is(int i, const char *keyword) const
{
  return i < narg && std::strcmp(arg[i], keyword) == 0;
}

double StyleArgs::parse_double(int i, const char *what, bool allow_zero) const
{
  require(i, what);
  char *end = nullptr;
  errno = 0;
  const double value = std::strtod(arg[i], &end);
  const bool ok = end != arg[i] && *end == '\0' && errno == 0 && std::isfinite(value) &&
                  (value > 0.0 || (allow_zero && value == 0.0));
  if (!ok)
    fail(std::string(what) + (allow_zero ? " must be a number >= 0" : " must be a positive number") +
         ", got '" + arg[i] + "'");
  return value;
}

double StyleArgs::positive_double(int i, const char *what) const
{
  return parse_double(i, what, false);
}

double StyleArgs::non_negative_double(int i, const char *what) const
{
  return parse_double(i, what, true);
}

int StyleArgs::positive_int(int i, const char *what) const
{
  require(i, what);
  char *end = nullptr;
  errno = 0;
  const long value = std::strtol(arg[i], &end, 10);
  if (end == arg[i] || *end != '\0' || errno != 0 || value <= 0 || value > 2147483647L)
    fail(std::string(what) + " must be a positive integer, got '" + arg[i] + "'");
  return static_cast<int>(value);
}

int StyleArgs::atom_type(int i) const
{
  require(i, "atom type");
  char *end = nullptr;
  const long value = std::strtol(arg[i], &end, 10);
  const int ntypes = lmp->atom->ntypes;
  if (end == arg[i] || *end != '\0' || value < 1 || value > ntypes)
    fail(std::string("atom type '") + arg[i] + "' is not between 1 and " + std::to_string(ntypes));
  return static_cast<int>(value);
}

std::vector<int> StyleArgs::atom_types(int first, const char *keyword) const
{
  const int n = count_values(first);
  if (n == 0)
    fail(std::string("keyword '") + keyword + "' needs at least one atom type (an integer from 1 to " +
         std::to_string(lmp->atom->ntypes) + "), got " +
         (first < narg ? std::string("'") + arg[first] + "'" : std::string("nothing")));
  std::vector<int> types;
  for (int k = 0; k < n; ++k) types.push_back(atom_type(first + k));
  return types;
}

bool StyleArgs::yes_no(int i, const char *what) const
{
  require(i, what);
  if (std::strcmp(arg[i], "yes") == 0) return true;
  if (std::strcmp(arg[i], "no") == 0) return false;
  fail(std::string(what) + " must be 'yes' or 'no', got '" + arg[i] + "'");
}

int StyleArgs::count_values(int first, bool integers) const
{
  int n = 0;
  for (int i = first; i < narg; ++i, ++n) {
    char *end = nullptr;
    if (integers)
      std::strtol(arg[i], &end, 10);
    else
      std::strtod(arg[i], &end);
    if (end == arg[i] || *end != '\0') break;
  }
  return n;
}

StyleArgs::PerAtomRef StyleArgs::per_atom_compute(int i, const char *what) const
{
  require(i, what);
  const std::string text = arg[i];
  PerAtomRef ref;
  if (text.rfind("c_", 0) != 0 || text.size() < 3)
    fail(std::string(what) + " must be a per-atom compute reference c_ID or c_ID[n], got '" + text + "'");
  const auto bracket = text.find('[');
  ref.id = text.substr(2, bracket == std::string::npos ? std::string::npos : bracket - 2);
  if (bracket != std::string::npos) {
    char *end = nullptr;
    const long column = std::strtol(text.c_str() + bracket + 1, &end, 10);
    if (column < 1 || std::string(end) != "]")
      fail(std::string(what) + ": bad column in '" + text + "'");
    ref.column = static_cast<int>(column);
  }
  return ref;
}

void StyleArgs::unknown_keyword(int i) const
{
  fail(std::string("unknown keyword '") + arg[i] + "'");
}

void require_ghost_reach(LAMMPS_NS::LAMMPS *lmp, const char *style, double reach)
{
  const double ghost = compat::ghost_cutoff(lmp);
  const double needed = reach + lmp->neighbor->skin;
  if (needed > ghost)
    lmp->error->all(FLERR, std::string(style) + ": cutoff " + std::to_string(reach) +
                    " plus neighbor skin " + std::to_string(lmp->neighbor->skin) +
                    " exceeds the ghost-atom cutoff " + std::to_string(ghost) +
                    "; add 'comm_modify cutoff " + std::to_string(needed) + "' (or larger)");
}

void warn_if_no_neighbours(LAMMPS_NS::LAMMPS *lmp, const char *style, const char *id,
                           double cutoff, size_t pairs, bool &warned)
{
  if (warned) return;
  double local = double(pairs), all = 0.0;
  MPI_Allreduce(&local, &all, 1, MPI_DOUBLE, MPI_SUM, lmp->world);
  if (all > 0.0) return;
  warned = true;
  if (lmp->comm->me == 0)
    lmp->error->warning(FLERR, std::string(style) + " '" + id + "': no atom of the group has a "
                               "neighbour within the cutoff " + format_number(cutoff) + " (a distance "
                               "in the deck's units: A in metal, so the paper's 0.35 nm is 3.5)");
}

void require_nonempty_group(LAMMPS_NS::LAMMPS *lmp, const char *style, int igroup)
{
  if (lmp->group->count(igroup) == 0)
    lmp->error->all(FLERR, std::string(style) + ": group '" + lmp->group->names[igroup] +
                    "' has no atoms; define the group before this compute is used");
}

std::string format_number(double value)
{
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

void require_memory(LAMMPS_NS::LAMMPS *lmp, const char *style, const std::string &cause,
                    double bytes, const char *what)
{
  MPI_Comm node;
  MPI_Comm_split_type(lmp->world, MPI_COMM_TYPE_SHARED, 0, MPI_INFO_NULL, &node);
  double on_node = 0.0, worst = 0.0;
  MPI_Allreduce(&bytes, &on_node, 1, MPI_DOUBLE, MPI_SUM, node);
  MPI_Comm_free(&node);
  MPI_Allreduce(&on_node, &worst, 1, MPI_DOUBLE, MPI_MAX, lmp->world);
  const double physical = double(sysconf(_SC_PHYS_PAGES)) * double(sysconf(_SC_PAGE_SIZE));
  if (worst > physical) {
    char text[256];
    std::snprintf(text, sizeof text, "%.3g GB of memory for %s on one node, which has %.3g GB", worst / 1e9,
                  what, physical / 1e9);
    lmp->error->all(FLERR, std::string(style) + ": " + cause + " would need " + text +
                           "; choose a smaller value");
  }
}

ReentryGuard::ReentryGuard(LAMMPS_NS::LAMMPS *lmp, const char *style, const char *id, bool &busy_) :
    busy(busy_)
{
  if (busy)    // the error unwinds through the outer evaluation, whose guard clears the flag
    lmp->error->all(FLERR, std::string(style) + " '" + id + "' is needed again while it is being "
                           "computed: its inputs (compute or variable references, directly or "
                           "through other computes) lead back to compute '" + id +
                           "'; give it inputs that do not depend on it");
  busy = true;
}

void PerAtomInput::check(LAMMPS_NS::LAMMPS *lmp, const char *style) const
{
  const int icompute = lmp->modify->find_compute(ref.id);
  if (icompute < 0)
    lmp->error->all(FLERR, std::string(style) + ": " + what + " compute '" + ref.id +
                    "' does not exist; define it before this compute");
  const auto *c = lmp->modify->compute[icompute];
  if (!c->peratom_flag)
    lmp->error->all(FLERR, std::string(style) + ": " + what + " compute '" + ref.id +
                    "' does not compute per-atom values");
  if (ref.column == 0 && c->size_peratom_cols != 0)
    lmp->error->all(FLERR, std::string(style) + ": " + what + " compute '" + ref.id +
                    "' gives a per-atom array; name a column, c_" + ref.id + "[n]");
  if (ref.column > 0 && ref.column > c->size_peratom_cols)
    lmp->error->all(FLERR, std::string(style) + ": " + what + " compute '" + ref.id +
                    "' has no per-atom column " + std::to_string(ref.column));
}

void PerAtomInput::fetch(LAMMPS_NS::LAMMPS *lmp)
{
  auto *c = lmp->modify->compute[lmp->modify->find_compute(ref.id)];
  if (!(c->invoked_flag & LAMMPS_NS::Compute::INVOKED_PERATOM)) {
    c->compute_peratom();
    c->invoked_flag |= LAMMPS_NS::Compute::INVOKED_PERATOM;
  }
  vector = c->vector_atom;
  array = c->array_atom;
}

double PerAtomInput::value(LAMMPS_NS::LAMMPS *, int i) const
{
  return ref.column == 0 ? vector[i] : array[i][ref.column - 1];
}

}    // namespace cunbglass
