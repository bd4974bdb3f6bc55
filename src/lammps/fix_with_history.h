/* Base of the fixes that sample every Nevery steps and keep per-atom history which must follow
 * the atoms (fix msd/exponent: origin positions; fix vdos: origin velocities): a fixed number
 * of doubles per atom, grown with the atom arrays, moved when atoms are sorted or migrate to
 * another rank, and written to and read from restart files. Sample n = 0, 1, ... falls on the
 * steps that are multiples of Nevery, from the first one the fix sees, with no gap: a sample
 * that does not come Nevery steps after the previous one (a rerun dump with other spacing, a
 * reset_timestep) stops with a message. The sampling interval Nevery x dt is fixed at
 * definition. Works in MD and under LAMMPS's rerun command (no time_depend flag: the frame's
 * step numbers the samples). Holds the ring of time origins (core/time_origins.h) and writes
 * and reads the global restart state: a header that must match (the derived fix's arguments),
 * the sampling steps, then what the derived fix stores. */
#pragma once

#include "fix.h"
#include "time_origins.h"

#include <cstdio>
#include <string>
#include <vector>

namespace LAMMPS_NS {

class FixWithHistory : public Fix {
 public:
  FixWithHistory(class LAMMPS *, int, char **);
  ~FixWithHistory() override;
  int setmask() override;
  void setup(int) override;
  void end_of_step() override;

  void grow_arrays(int) override;
  void copy_arrays(int, int, int) override;
  int pack_exchange(int, double *) override;
  int unpack_exchange(int, double *) override;
  int pack_restart(int, double *) override;
  void unpack_restart(int, int) override;
  int size_restart(int) override;
  int maxsize_restart() override;
  void write_restart(FILE *) final;
  void restart(char *) final;

 protected:
  // Called once from the derived constructor: sampling every `every` steps, global output at
  // that frequency, global and per-atom restart.
  void start_sampling(int every);
  // For init(): a non-empty group and the timestep of the definition (errors name `style`).
  void check_sampling(const char *style);
  virtual void sample(long n) = 0;    // sample number n on this step
  double sample_time = 0.0;           // Nevery x dt at definition
  bigint start_step = -1, last_sample_step = -1;
  // Refuses (naming `cause`, the arguments responsible) what would not fit in memory: 3 doubles
  // per atom and origin, plus `global_doubles` of accumulators. Call before allocating anything.
  void require_history_memory(const char *style, const std::string &cause, double origins,
                              double global_doubles) const;
  // Allocates 3 doubles per atom for each of `slots` (called once, from the derived
  // constructor, after require_history_memory) and registers the grow and restart callbacks.
  void create_history(int slots, const char *name);
  // True while the fix runs under rerun (set in setup(): in MD, setup() comes on the first step
  // of a run; rerun calls it on every frame): frames come from a dump, which may lack fields.
  bool rerun_frames = false;
  // For rerun checks: the XOR over the group's atoms of a hash of (atom ID, three doubles per
  // atom), the same whatever the order of atoms and ranks; equal values mean unchanged data.
  bigint hash_of(double **values) const;
  double **history = nullptr;
  double history_memory() const;
  cunbglass::core::OriginRing origins;    // set by the derived constructor

  // Global restart state: values that must match the fix as defined now (arguments, sizes,
  // sampling interval), the error naming them, and the derived fix's own values.
  virtual std::vector<double> restart_header() const = 0;
  virtual std::string restart_mismatch() const = 0;
  virtual void append_restart_state(std::vector<double> &state) const = 0;
  virtual void read_restart_state(const double *&values) = 0;

 private:
  int width = 0;
  const char *name = "";
};

}    // namespace LAMMPS_NS
