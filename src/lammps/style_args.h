/* Argument parsing and input checks shared by every cunbglass style. Each failure is a LAMMPS
 * error (error->all) naming the style, what is wrong and the expected syntax. */
#pragma once

#include "lammps.h"

namespace LAMMPS_NS {
class Compute;
}

#include <string>
#include <vector>

namespace cunbglass {

class StyleArgs {
 public:
  // `nrequired`: arguments up to and including the last positional one (arg[0] is the ID).
  StyleArgs(LAMMPS_NS::LAMMPS *lmp, std::string style, int narg, char **arg, int nrequired,
            std::string usage);

  bool is(int i, const char *keyword) const;
  double positive_double(int i, const char *what) const;
  double non_negative_double(int i, const char *what) const;
  int positive_int(int i, const char *what) const;
  int atom_type(int i) const;                 // 1 .. ntypes
  // The atom types after `keyword` at `first` (at least one; a first token that is not an
  // integer type is named in the error).
  std::vector<int> atom_types(int first, const char *keyword) const;
  bool yes_no(int i, const char *what) const;
  // consecutive integer (or, with integers = false, numeric) arguments from `first`
  int count_values(int first, bool integers = true) const;
  // "c_ID" or "c_ID[n]" naming a per-atom compute (column n, 1-based; 0 for a vector)
  struct PerAtomRef {
    std::string id;
    int column = 0;
  };
  PerAtomRef per_atom_compute(int i, const char *what) const;
  [[noreturn]] void unknown_keyword(int i) const;
  [[noreturn]] void fail(const std::string &what) const;

 private:
  void require(int i, const char *what) const;
  double parse_double(int i, const char *what, bool allow_zero) const;
  LAMMPS_NS::LAMMPS *lmp;
  std::string style, usage;
  int narg;
  char **arg;
};

// A number for a message, short whatever its size: "3.5", "3.93e+11".
std::string format_number(double value);

// A style that reads ghost atoms up to `reach` from its owned atoms between re-neighbourings:
// the ghost cutoff must cover reach + skin (the message names the comm_modify cutoff to set).
void require_ghost_reach(LAMMPS_NS::LAMMPS *lmp, const char *style, double reach);

void require_nonempty_group(LAMMPS_NS::LAMMPS *lmp, const char *style, int igroup);

// Once per compute (`warned`): a warning when the neighbour graph of this evaluation has no
// pair on any rank, most often a cutoff in the wrong unit (0.35 for 3.5 A).
void warn_if_no_neighbours(LAMMPS_NS::LAMMPS *lmp, const char *style, const char *id,
                           double cutoff, size_t pairs, bool &warned);

// Refuses, before anything is allocated, a request whose memory does not fit: `bytes` is what
// this rank would allocate; the sum over the ranks that share a node is compared with the node's
// physical memory. `cause` names the argument(s) responsible, e.g. "origins 1000000".
void require_memory(LAMMPS_NS::LAMMPS *lmp, const char *style, const std::string &cause,
                    double bytes, const char *what);

// Guards one evaluation of a compute against re-entry: a compute whose inputs (other computes or
// variables) lead back to itself would otherwise recurse until the stack overflows.
class ReentryGuard {
 public:
  ReentryGuard(LAMMPS_NS::LAMMPS *lmp, const char *style, const char *id, bool &busy);
  ~ReentryGuard() { busy = false; }
  ReentryGuard(const ReentryGuard &) = delete;
  ReentryGuard &operator=(const ReentryGuard &) = delete;

 private:
  bool &busy;
};

// The per-atom values of a referenced compute for the owned atoms, computed on this step if not
// yet (errors name `style` and the reference when the compute is missing or not per-atom).
class PerAtomInput {
 public:
  PerAtomInput() = default;
  PerAtomInput(StyleArgs::PerAtomRef ref, const char *what) : ref(std::move(ref)), what(what) {}
  void check(LAMMPS_NS::LAMMPS *lmp, const char *style) const;
  double value(LAMMPS_NS::LAMMPS *lmp, int i) const;    // after fetch()
  void fetch(LAMMPS_NS::LAMMPS *lmp);

 private:
  StyleArgs::PerAtomRef ref;
  const char *what = "";
  double *vector = nullptr;
  double **array = nullptr;
};

}    // namespace cunbglass
