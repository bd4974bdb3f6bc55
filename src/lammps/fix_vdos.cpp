#include "fix_vdos.h"

#include "math_constants.h"
#include "style_args.h"

#include "atom.h"
#include "comm.h"
#include "domain.h"
#include "error.h"
#include "update.h"

#include <algorithm>
#include <cmath>
#include <mpi.h>
#include <string>

using namespace LAMMPS_NS;
using cunbglass::kTwoPi;
using namespace FixConst;

namespace {
constexpr double kMaxTransformOperations = 2e9;    // about 2 s per evaluation on one core
}

FixVdos::FixVdos(LAMMPS *lmp, int narg, char **arg) : FixWithHistory(lmp, narg, arg)
{
  cunbglass::StyleArgs args(lmp, "fix vdos", narg, arg, 4,
                            "fix ID group vdos Nevery Nlag [origins N] [window hann|none] "
                            "[type yes|no] [direction yes|no] [temp T1 T2 ...]");
  nevery = args.positive_int(3, "Nevery");
  nlag = args.positive_int(4, "Nlag");
  bool origins_given = false;
  if (nlag < 2) args.fail("Nlag must be at least 2 (lags 0 .. Nlag-1)");
  for (int iarg = 5; iarg < narg;) {
    if (args.is(iarg, "origins")) {
      norigins = args.positive_int(iarg + 1, "origins");
      origins_given = true;
      iarg += 2;
    } else if (args.is(iarg, "window")) {
      if (iarg + 1 >= narg) args.fail("keyword 'window' needs hann or none");
      if (args.is(iarg + 1, "hann")) window = cunbglass::core::Window::hann;
      else if (args.is(iarg + 1, "none")) window = cunbglass::core::Window::none;
      else args.fail("window must be hann or none");
      iarg += 2;
    } else if (args.is(iarg, "type")) {
      per_type = args.yes_no(iarg + 1, "type");
      iarg += 2;
    } else if (args.is(iarg, "direction")) {
      per_direction = args.yes_no(iarg + 1, "direction");
      iarg += 2;
    } else if (args.is(iarg, "temp")) {
      const int n = args.count_values(iarg + 1, false);
      if (n == 0) args.fail("keyword 'temp' needs at least one temperature");
      for (int k = 1; k <= n; ++k) temperatures.push_back(args.positive_double(iarg + k, "temperature"));
      iarg += 1 + n;
    } else {
      args.unknown_keyword(iarg);
    }
  }
  if (origins_given && norigins > nlag) args.fail("origins must not exceed Nlag");
  if (!temperatures.empty() && std::string(update->unit_style) != "metal")
    args.fail("keyword 'temp' needs units metal (the heat capacity takes hbar / k_B in K ps); "
              "use units metal or leave out temp");
  norigins = std::min(norigins, nlag);
  ntypes = atom->ntypes;
  // Every evaluation of the output transforms Nlag lags of 3 x ntypes channels at Nlag
  // frequencies; refuse what would stall each thermo or fix ave/time read.
  const double transform = double(nlag) * nlag * 3.0 * ntypes;
  if (transform > kMaxTransformOperations)
    args.fail("Nlag " + std::to_string(nlag) + " makes every evaluation of the spectrum a " +
              "transform of Nlag^2 x 3 x ntypes = " + cunbglass::format_number(transform) +
              " operations (limit " + cunbglass::format_number(kMaxTransformOperations) +
              "); use Nlag <= " +
              std::to_string(static_cast<long>(std::sqrt(kMaxTransformOperations / (3.0 * ntypes)))) +
              " (raise Nevery in proportion to keep the frequency resolution)");
  require_history_memory("fix vdos", "Nlag " + std::to_string(nlag) + " with origins " + std::to_string(norigins),
                         norigins, double(nlag) * (9.0 * ntypes + 4.0));
  start_sampling(nevery);
  origins = {norigins, cunbglass::core::OriginRing::spacing_for(nlag, norigins)};
  acc.reset(nlag, 3 * ntypes);

  // g columns: total, then x, y, z, then each type
  std::vector<int> all;
  for (int c = 0; c < 3 * ntypes; ++c) all.push_back(c);
  columns.push_back(all);
  if (per_direction)
    for (int d = 0; d < 3; ++d) {
      columns.emplace_back();
      for (int t = 0; t < ntypes; ++t) columns.back().push_back(3 * t + d);
    }
  if (per_type)
    for (int t = 0; t < ntypes; ++t) columns.push_back({3 * t, 3 * t + 1, 3 * t + 2});

  array_flag = 1;
  size_array_rows = nlag;
  size_array_cols = 2 + static_cast<int>(columns.size());
  extarray = 0;
  vector_flag = 1;
  size_vector = 1 + static_cast<int>(temperatures.size());
  extvector = 0;

  create_history(norigins, "vdos:origin");
}

void FixVdos::init()
{
  check_sampling("fix vdos");
  if (atom->ntypes != ntypes)
    error->all(FLERR, "fix vdos: the number of atom types changed since the fix was defined");
  double local = 0.0;
  for (int i = 0; i < atom->nlocal; ++i) local += (atom->mask[i] & groupbit) != 0;
  MPI_Allreduce(&local, &group_atoms, 1, MPI_DOUBLE, MPI_SUM, world);
}

void FixVdos::sample(long n)
{
  // Under rerun: positions that change while every velocity stays the same bit for bit mean
  // that the dump (or the rerun command) carries no velocities. The hashes are needed only for
  // rerun frames and for the first sample (a rerun's first frame may not be recognised as one).
  if (rerun_frames || n == 0) {
    const bigint x_hash = hash_of(atom->x), v_hash = hash_of(atom->v);
    if (rerun_frames && n > 0 && v_hash == previous_v_hash && x_hash != previous_x_hash)
      error->all(FLERR, "fix vdos: under rerun, the velocities did not change between the frames "
                        "at steps " + std::to_string(last_sample_step - nevery) + " and " +
                        std::to_string(last_sample_step) + " while the positions did: the dump "
                        "has no velocities; write 'vx vy vz' in the dump and read them in the "
                        "rerun command");
    previous_x_hash = x_hash;
    previous_v_hash = v_hash;
  }
  const int nlocal = atom->nlocal;
  double **v = atom->v;
  scaled_v.resize(3 * static_cast<size_t>(nlocal));
  type_index.resize(nlocal);
  for (int i = 0; i < nlocal; ++i) {
    const bool in_group = atom->mask[i] & groupbit;
    type_index[i] = in_group ? atom->type[i] - 1 : -1;
    const double m = atom->rmass ? atom->rmass[i] : atom->mass[atom->type[i]];
    const double s = in_group ? std::sqrt(m) : 0.0;
    for (int d = 0; d < 3; ++d) scaled_v[3 * i + d] = s * v[i][d];
  }

  // a new origin first, so that lag 0 is counted with the others
  const int slot = origins.slot_to_fill(n);
  if (slot >= 0) {
    for (int i = 0; i < nlocal; ++i)
      for (int d = 0; d < 3; ++d) history[i][3 * slot + d] = scaled_v[3 * i + d];
    origins.fill(slot, n);
  }
  const auto stored = origins.lags_at(n, nlag - 1);
  const auto &slots = stored.slots;
  if (slots.empty()) return;
  const auto local = cunbglass::core::correlate_with_origins(nlocal, scaled_v.data(), history,
                                                             type_index.data(), ntypes, slots);
  std::vector<double> sum(local.size());
  MPI_Allreduce(local.data(), sum.data(), static_cast<int>(local.size()), MPI_DOUBLE, MPI_SUM, world);
  for (size_t k = 0; k < slots.size(); ++k) acc.add(static_cast<int>(stored.lags[k]), &sum[k * 3 * ntypes]);
  spectrum_current = false;
}

void FixVdos::update_spectrum()
{
  if (spectrum_current) return;
  std::vector<double> z(acc.sums.size());
  for (int j = 0; j < nlag; ++j)
    for (int c = 0; c < acc.nchannels; ++c) z[static_cast<size_t>(j) * acc.nchannels + c] = acc.mean(j, c);
  // modes: 3 per atom, 2 in a 2d simulation (whose z channel stays zero)
  spectrum = cunbglass::core::spectrum_from_vacf(z, acc.nchannels, sample_time, window,
                                                 domain->dimension * group_atoms);
  const auto total = spectrum.channel_sum(columns[0]);
  heat_capacity.clear();
  for (double T : temperatures)
    heat_capacity.push_back(group_atoms > 0.0
                                ? cunbglass::core::harmonic_heat_capacity(spectrum.omega, total, T) / group_atoms
                                : 0.0);
  spectrum_current = true;
}

double FixVdos::compute_vector(int i)
{
  if (i == 0) return acc.origins[nlag - 1];
  update_spectrum();
  return heat_capacity[i - 1];
}

double FixVdos::compute_array(int row, int col)
{
  update_spectrum();
  if (spectrum.omega.empty()) return 0.0;
  if (col == 0) return spectrum.omega[row] / kTwoPi;
  if (col == 1) return spectrum.omega[row];
  double g = 0.0;
  for (int c : columns[col - 2]) g += spectrum.at(row, c);
  return g;
}

std::vector<double> FixVdos::restart_header() const
{
  return {double(norigins), double(nlag), double(acc.nchannels), sample_time};
}

std::string FixVdos::restart_mismatch() const
{
  return "fix vdos: the restart file was written with other Nevery, Nlag, origins, atom types or "
         "timestep; use the same fix arguments to continue";
}

void FixVdos::append_restart_state(std::vector<double> &s) const
{
  origins.append_state(s);
  s.insert(s.end(), acc.sums.begin(), acc.sums.end());
  s.insert(s.end(), acc.origins.begin(), acc.origins.end());
}

void FixVdos::read_restart_state(const double *&s)
{
  origins.read_state(s);
  for (auto &v : acc.sums) v = *s++;
  for (auto &v : acc.origins) v = *s++;
  spectrum_current = false;
}

double FixVdos::memory_usage()
{
  return history_memory() + double(acc.sums.size() + acc.origins.size()) * sizeof(double) +
         double(scaled_v.capacity()) * sizeof(double);
}
