#include "fix_msd_exponent.h"

#include "cell_geometry.h"
#include "domain_cell.h"

#include "style_args.h"

#include "atom.h"
#include "comm.h"
#include "domain.h"
#include "error.h"
#include "group.h"
#include "memory.h"
#include "update.h"

#include <cmath>
#include <cstring>
#include <mpi.h>

using namespace LAMMPS_NS;
using namespace FixConst;

FixMsdExponent::FixMsdExponent(LAMMPS *lmp, int narg, char **arg) : FixWithHistory(lmp, narg, arg)
{
  cunbglass::StyleArgs args(lmp, "fix msd/exponent", narg, arg, 5,
                            "fix ID group msd/exponent Nevery tmin tmax [type itype ...] "
                            "[origins N] [lags N] [lagmax T] [com yes|no]");
  nevery = args.positive_int(3, "Nevery");
  tmin = args.positive_double(4, "tmin");
  tmax = args.positive_double(5, "tmax");
  if (tmax <= tmin) args.fail("tmax must be larger than tmin");
  lagmax = tmax;
  for (int iarg = 6; iarg < narg;) {
    if (args.is(iarg, "type")) {
      const auto listed = args.atom_types(iarg + 1, "type");
      types.insert(types.end(), listed.begin(), listed.end());
      iarg += 1 + static_cast<int>(listed.size());
    } else if (args.is(iarg, "origins")) {
      norigins = args.positive_int(iarg + 1, "origins");
      iarg += 2;
    } else if (args.is(iarg, "lags")) {
      nlag = args.positive_int(iarg + 1, "lags");
      iarg += 2;
    } else if (args.is(iarg, "lagmax")) {
      lagmax = args.positive_double(iarg + 1, "lagmax");
      iarg += 2;
    } else if (args.is(iarg, "com")) {
      remove_com = args.yes_no(iarg + 1, "com");
      iarg += 2;
    } else {
      args.unknown_keyword(iarg);
    }
  }
  if (lagmax < tmax) args.fail("lagmax must not be below tmax");

  // lags fixed at definition (the array size must be known); init() checks the timestep stays
  start_sampling(nevery);
  const double intervals = std::ceil(lagmax / sample_time - 1e-9);
  if (intervals < 1.0) args.fail("lagmax is shorter than Nevery x timestep");
  if (intervals > 2147483647.0)
    args.fail("lagmax " + cunbglass::format_number(lagmax) + " is " + cunbglass::format_number(intervals) +
              " sampling intervals (Nevery x timestep = " + cunbglass::format_number(sample_time) +
              "); at most 2147483647: lower lagmax or raise Nevery");
  const long max_lag = static_cast<long>(intervals);
  require_history_memory("fix msd/exponent", "origins " + std::to_string(norigins) + " with lags " + std::to_string(nlag),
                         norigins + 1.0, 4.0 * norigins + 2.0 * std::min<double>(nlag, max_lag) * (2 + types.size()));
  lagset = cunbglass::core::LagSet::log_spaced(max_lag, nlag);
  // the fit needs at least two of these lags inside [tmin, tmax]
  int in_window = 0;
  for (long lag : lagset.lags) in_window += lag * sample_time >= tmin && lag * sample_time <= tmax;
  if (in_window < 2)
    args.fail("the fit window [tmin, tmax] = [" + cunbglass::format_number(tmin) + ", " + cunbglass::format_number(tmax) +
              "] holds " + std::to_string(in_window) + " of the measured lags (multiples of Nevery x "
              "timestep = " + cunbglass::format_number(sample_time) + ", log-spaced up to lagmax); the fit needs "
              "at least 2: widen the window, lower Nevery or raise lags");
  nlag = static_cast<int>(lagset.lags.size());
  origins = {norigins, cunbglass::core::OriginRing::spacing_for(max_lag, norigins)};

  vector_flag = 1;
  size_vector = 5;
  extvector = 0;
  array_flag = 1;
  size_array_rows = nlag;
  size_array_cols = 3 + static_cast<int>(types.size());
  extarray = 0;

  origin_com.assign(3 * static_cast<size_t>(norigins), 0.0);
  acc.reset(nlag, 1 + static_cast<int>(types.size()));
  create_history(norigins + 1, "msd/exponent:origin");    // the origins, then the last sample
}

void FixMsdExponent::init()
{
  check_sampling("fix msd/exponent");
  if (remove_com && group->count(igroup) < 2)
    error->all(FLERR, "fix msd/exponent: com yes removes the motion of the group's centre of mass, "
                      "and a group of one atom has no motion left; use com no or a larger group");
  // atoms per column (the group, then each listed type within the group)
  std::vector<double> local(1 + types.size(), 0.0);
  column_atoms.assign(local.size(), 0.0);
  for (int i = 0; i < atom->nlocal; ++i) {
    if (!(atom->mask[i] & groupbit)) continue;
    local[0] += 1.0;
    for (size_t t = 0; t < types.size(); ++t) local[1 + t] += atom->type[i] == types[t];
  }
  MPI_Allreduce(local.data(), column_atoms.data(), static_cast<int>(local.size()), MPI_DOUBLE,
                MPI_SUM, world);
  for (size_t t = 0; t < types.size(); ++t)
    if (column_atoms[1 + t] == 0.0)
      error->all(FLERR, "fix msd/exponent: the group has no atom of type " + std::to_string(types[t]));
}

bool FixMsdExponent::moved_half_a_cell(const std::array<std::array<double, 3>, 3> &cell, const double *now,
                                       const double *before) const
{
  const auto f = cunbglass::core::fractional_displacement(
      cell, {now[0] - before[0], now[1] - before[1], now[2] - before[2]});
  const int periodic[3] = {domain->xperiodic, domain->yperiodic, domain->zperiodic};
  for (int k = 0; k < 3; ++k)
    if (periodic[k] && std::fabs(f[k]) > 0.5) return true;
  return false;
}

void FixMsdExponent::group_com(double *cm)
{
  const double mass = group->mass(igroup);
  group->xcm(igroup, mass, cm);    // unwrapped centre of mass
}

void FixMsdExponent::sample(long n)
{
  const int nlocal = atom->nlocal, ncols = acc.ncols;
  double cm[3] = {0.0, 0.0, 0.0};
  if (remove_com) group_com(cm);
  double **x = atom->x;
  imageint *image = atom->image;

  // Under rerun, an atom whose unwrapped position moved by more than half the cell since the
  // previous frame: the dump has no image flags or unwrapped coordinates (a boundary crossing
  // then looks like a jump of a box length).
  const int last = norigins;    // history slot of the previous sample's unwrapped position
  const bool check_jumps = rerun_frames && n > 0;
  const auto cell = cunbglass::cell_vectors(domain);
  int jumped = 0;
  unwrapped.resize(3 * static_cast<size_t>(nlocal));
  selected.assign(nlocal, 0);
  for (int i = 0; i < nlocal; ++i) {
    if (!(atom->mask[i] & groupbit)) continue;
    selected[i] = 1;
    double *u = &unwrapped[3 * static_cast<size_t>(i)];
    domain->unmap(x[i], image[i], u);
    if (check_jumps) jumped |= moved_half_a_cell(cell, u, &history[i][3 * last]);
    for (int d = 0; d < 3; ++d) history[i][3 * last + d] = u[d];
  }
  // displacements from every stored origin whose lag is one of the measured lags
  std::vector<int> slots, rows;
  std::vector<double> com_shift;
  const auto stored = origins.lags_at(n, n);
  for (size_t k = 0; k < stored.slots.size(); ++k) {
    const int row = lagset.index_of(stored.lags[k]);
    if (row < 0) continue;
    slots.push_back(stored.slots[k]);
    rows.push_back(row);
    for (int d = 0; d < 3; ++d) com_shift.push_back(cm[d] - origin_com[3 * stored.slots[k] + d]);
  }
  const auto local = cunbglass::core::squared_displacement_sums(
      nlocal, unwrapped.data(), history, atom->type, selected.data(), types, slots, com_shift);
  std::vector<double> sum(local.size());
  int any_jump = 0;
  MPI_Allreduce(&jumped, &any_jump, 1, MPI_INT, MPI_MAX, world);
  if (any_jump)
    error->all(FLERR, "fix msd/exponent: under rerun, atoms moved more than half the box between "
                      "the frames at steps " + std::to_string(last_sample_step - nevery) + " and " +
                      std::to_string(last_sample_step) + ": the dump lacks image flags; write "
                      "'ix iy iz' (or unwrapped 'xu yu zu') in the dump and read them in the rerun "
                      "command");
  MPI_Allreduce(local.data(), sum.data(), static_cast<int>(local.size()), MPI_DOUBLE, MPI_SUM, world);
  for (size_t k = 0; k < slots.size(); ++k) {
    double *row = &sum[k * ncols];
    for (int c = 0; c < ncols; ++c) row[c] /= column_atoms[c];
    acc.add(rows[k], row);
  }
  fit_current = false;

  // new origin
  const int slot = origins.slot_to_fill(n);
  if (slot >= 0) {
    for (int i = 0; i < nlocal; ++i) domain->unmap(x[i], image[i], &history[i][3 * slot]);
    origins.fill(slot, n);
    for (int d = 0; d < 3; ++d) origin_com[3 * slot + d] = cm[d];
  }
}

double FixMsdExponent::compute_vector(int i)
{
  if (!fit_current) {
    std::vector<double> lag, msd;
    for (int b = 0; b < nlag; ++b)
      if (acc.pairs[b] > 0.0) {
        lag.push_back(lagset.lags[b] * sample_time);
        msd.push_back(acc.mean_msd(b, 0));
      }
    fit = cunbglass::core::fit_power_law(lag, msd, tmin, tmax);
    fit_current = true;
  }
  switch (i) {
    case 0: return fit.exponent;
    case 1: return fit.intercept;
    case 2: return fit.r_squared;
    case 3: return fit.points;
    default: return nlag;
  }
}

double FixMsdExponent::compute_array(int row, int col)
{
  if (col == 0) return lagset.lags[row] * sample_time;
  if (col == size_array_cols - 1) return acc.pairs[row];
  return acc.pairs[row] > 0.0 ? acc.mean_msd(row, col - 1) : 0.0;
}

std::vector<double> FixMsdExponent::restart_header() const
{
  return {double(norigins), double(nlag), double(acc.ncols), sample_time};
}

std::string FixMsdExponent::restart_mismatch() const
{
  return "fix msd/exponent: the restart file was written with other origins, lags, lagmax, type "
         "columns or timestep; use the same fix arguments to continue";
}

void FixMsdExponent::append_restart_state(std::vector<double> &s) const
{
  s.push_back(lagmax);
  origins.append_state(s);
  s.insert(s.end(), origin_com.begin(), origin_com.end());
  s.insert(s.end(), acc.msd_sum.begin(), acc.msd_sum.end());
  s.insert(s.end(), acc.pairs.begin(), acc.pairs.end());
}

void FixMsdExponent::read_restart_state(const double *&s)
{
  if (*s++ != lagmax) error->all(FLERR, restart_mismatch());
  origins.read_state(s);
  for (auto &c : origin_com) c = *s++;
  for (auto &v : acc.msd_sum) v = *s++;
  for (auto &v : acc.pairs) v = *s++;
}

double FixMsdExponent::memory_usage()
{
  return history_memory() +
         double(acc.msd_sum.size() + acc.pairs.size()) * sizeof(double);
}
