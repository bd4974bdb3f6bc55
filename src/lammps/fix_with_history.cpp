#include "fix_with_history.h"

#include "atom.h"
#include "comm.h"
#include "error.h"
#include "memory.h"
#include "style_args.h"
#include "update.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <mpi.h>

using namespace LAMMPS_NS;
using namespace FixConst;

FixWithHistory::FixWithHistory(LAMMPS *lmp, int narg, char **arg) : Fix(lmp, narg, arg) {}

void FixWithHistory::start_sampling(int every)
{
  nevery = every;
  sample_time = nevery * update->dt;
  if (!(sample_time > 0.0))
    error->all(FLERR, std::string("fix ") + style + ": the timestep is " +
                      cunbglass::format_number(update->dt) + "; set a positive timestep before "
                      "defining the fix (its sampling interval is Nevery x timestep)");
  global_freq = nevery;
  restart_global = 1;
  restart_peratom = 1;
}

void FixWithHistory::check_sampling(const char *style)
{
  cunbglass::require_nonempty_group(lmp, style, igroup);
  if (std::fabs(nevery * update->dt - sample_time) > 1e-12 * sample_time)
    error->all(FLERR, std::string(style) + ": the timestep changed since the fix was defined; "
                      "define the fix after the timestep command (or unfix and redefine it)");
}

int FixWithHistory::setmask() { return END_OF_STEP; }

void FixWithHistory::setup(int)
{
  rerun_frames = update->ntimestep != update->firststep;
  if (rerun_frames && update->ntimestep % nevery != 0)
    error->all(FLERR, std::string("fix ") + style + ": under rerun, the frame at step " +
                      std::to_string(update->ntimestep) + " is not a multiple of Nevery = " +
                      std::to_string(nevery) + " and would be skipped: set Nevery to the dump interval, or read only the "
                      "frames on multiples of Nevery with rerun's keyword 'every " +
                      std::to_string(nevery) + "'");
  end_of_step();
}

void FixWithHistory::end_of_step()
{
  const bigint step = update->ntimestep;
  if (step % nevery != 0 || step == last_sample_step) return;
  if (last_sample_step >= 0 && step != last_sample_step + nevery)
    error->all(FLERR, std::string("fix ") + style + " samples every Nevery = " + std::to_string(nevery) +
                      " steps, but the previous sample was at step " + std::to_string(last_sample_step) +
                      " and this one is at step " + std::to_string(step) +
                      (step < last_sample_step ? " (the timestep went back: define the fix again after reset_timestep)"
                                               : ": under rerun, the dump's frames must be Nevery steps apart (set Nevery to the dump interval)"));
  if (start_step < 0) start_step = step;
  last_sample_step = step;
  sample(static_cast<long>((step - start_step) / nevery));
}

FixWithHistory::~FixWithHistory()
{
  if (width > 0) {
    atom->delete_callback(id, Atom::GROW);
    atom->delete_callback(id, Atom::RESTART);
  }
  memory->destroy(history);
}

void FixWithHistory::require_history_memory(const char *style, const std::string &cause,
                                            double origins, double global_doubles) const
{
  const double atoms = std::max(atom->nmax, atom->nlocal);
  cunbglass::require_memory(lmp, style, cause, 8.0 * (atoms * 3.0 * origins + global_doubles),
                            "the per-atom time origins and the accumulators");
}

void FixWithHistory::create_history(int slots, const char *name_)
{
  width = 3 * slots;
  maxexchange = width;    // doubles per atom in pack_exchange: sizes Comm's exchange buffer
  name = name_;
  grow_arrays(atom->nmax);
  atom->add_callback(Atom::GROW);
  atom->add_callback(Atom::RESTART);
}

void FixWithHistory::grow_arrays(int nmax) { memory->grow(history, nmax, width, name); }

void FixWithHistory::copy_arrays(int i, int j, int) { std::memcpy(history[j], history[i], width * sizeof(double)); }

int FixWithHistory::pack_exchange(int i, double *buf)
{
  std::memcpy(buf, history[i], width * sizeof(double));
  return width;
}

int FixWithHistory::unpack_exchange(int nlocal, double *buf)
{
  std::memcpy(history[nlocal], buf, width * sizeof(double));
  return width;
}

int FixWithHistory::pack_restart(int i, double *buf)
{
  buf[0] = width + 1;    // LAMMPS skips over other fixes' blocks with this count
  std::memcpy(buf + 1, history[i], width * sizeof(double));
  return width + 1;
}

void FixWithHistory::unpack_restart(int nlocal, int nth)
{
  double **extra = atom->extra;
  int m = 0;
  for (int k = 0; k < nth; ++k) m += static_cast<int>(extra[nlocal][m]);
  if (static_cast<int>(extra[nlocal][m]) != width + 1)
    error->one(FLERR, std::string("fix ") + style + ": the restart file holds " +
                      std::to_string(static_cast<int>(extra[nlocal][m]) - 1) + " values per atom "
                      "for this fix, and it needs " + std::to_string(width) +
                      "; it was written with other arguments or another version");
  std::memcpy(history[nlocal], &extra[nlocal][m + 1], width * sizeof(double));
}

int FixWithHistory::size_restart(int) { return width + 1; }

int FixWithHistory::maxsize_restart() { return width + 1; }

bigint FixWithHistory::hash_of(double **values) const
{
  std::uint64_t local = 0, all = 0;
  for (int i = 0; i < atom->nlocal; ++i) {
    if (!(atom->mask[i] & groupbit)) continue;
    std::uint64_t h = static_cast<std::uint64_t>(atom->tag[i]) * 0x9E3779B97F4A7C15ULL;
    for (int d = 0; d < 3; ++d) {
      std::uint64_t bits;
      std::memcpy(&bits, &values[i][d], sizeof bits);
      h = (h ^ bits) * 0xBF58476D1CE4E5B9ULL;
      h ^= h >> 31;
    }
    local ^= h;
  }
  MPI_Allreduce(&local, &all, 1, MPI_UINT64_T, MPI_BXOR, world);
  return static_cast<bigint>(all);
}

double FixWithHistory::history_memory() const { return double(atom->nmax) * width * sizeof(double); }

void FixWithHistory::write_restart(FILE *fp)
{
  cunbglass::core::RestartState state(restart_header());
  state.values().push_back(double(start_step));
  state.values().push_back(double(last_sample_step));
  append_restart_state(state.values());
  if (comm->me != 0) return;
  const auto &values = state.values();
  const int bytes = static_cast<int>(values.size() * sizeof(double));    // LAMMPS reads a byte count
  fwrite(&bytes, sizeof(int), 1, fp);
  fwrite(values.data(), sizeof(double), values.size(), fp);
}

void FixWithHistory::restart(char *buf)
{
  const cunbglass::core::RestartState state(restart_header());
  const double *values = nullptr;
  if (!state.header_matches(reinterpret_cast<double *>(buf), values)) error->all(FLERR, restart_mismatch());
  start_step = static_cast<bigint>(*values++);
  last_sample_step = static_cast<bigint>(*values++);
  read_restart_state(values);
}
