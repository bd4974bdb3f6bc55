/* Base of cunbglass's computes: the one home of
 *  - evaluate-once: every output (per-atom, vector, array) asked for on the same step and state
 *    comes from one call of evaluate(), behind a re-entry guard that stops a compute whose inputs
 *    refer back to itself. LAMMPS's invoked_flag cannot serve: every fix ave/time, ave/histo,
 *    thermo and dump clears all flags before it invokes computes, so a deck that samples a
 *    compute from several of them would evaluate it once per consumer. The state is the step, a
 *    bitwise fingerprint of the owned atoms' positions, types and group masks, the box, and the
 *    compute's own per-atom inputs (inputs_fingerprint()), agreed on by all ranks; a new run
 *    (setup()) starts afresh;
 *  - per-atom arrays, grown with the atoms before each evaluation (and published as LAMMPS's
 *    vector_atom or array_atom);
 *  - the neighbours of computes that analyse them: the cutoff checked against the ghost range in
 *    init(), then at each evaluation the graph of each owned atom's neighbours within the cutoff
 *    at the current positions, searched in cells (no LAMMPS list) and shared by the computes
 *    evaluated on the same positions (cunbglass::SharedNeighbours). */
#pragma once

#include "compute.h"
#include "neighbour_graph.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cunbglass {
class SharedNeighbours;
}

namespace LAMMPS_NS {

class AnalysisCompute : public Compute {
 public:
  AnalysisCompute(class LAMMPS *, int, char **, const char *style_name);
  ~AnalysisCompute() override;
  void compute_peratom() override;
  void compute_vector() override;
  void compute_array() override;
  void setup() override;

 protected:
  virtual void evaluate() = 0;    // computes every output of the compute
  // A fingerprint of what the compute reads besides positions, types and masks (per-atom
  // inputs from other computes or variables), fetched now; evaluate() may use what it fetched.
  virtual std::uint64_t inputs_fingerprint() { return 0; }
  const char *style_name;         // "compute conc/atom", for messages

  // Per-atom storage: `*where` is (re)allocated to atom->nmax rows before evaluate(); `columns`
  // 0 is a vector. With `publish` it becomes the per-atom output, vector_atom (columns 0) or
  // array_atom, and LAMMPS is told its shape.
  void track_per_atom(double **where, const char *name, bool publish);
  void track_per_atom(double ***where, int columns, const char *name, bool publish);
  double per_atom_memory() const;

  // The global outputs (intensive): a vector of n values at `values` (the compute's own array),
  // and a table of rows x columns that the base allocates, owns and returns.
  void publish_vector(double *values, int n);
  double **publish_table(int rows, int columns, const char *name);

  // For init() of a compute that searches atoms up to `reach` from its owned atoms (itself, or
  // through neighbours()): the ghosts must reach that far, and the group must not be empty.
  void require_search_reach(double reach);
  // For init(): require_search_reach(cutoff), and the cutoff enrolled with the shared graphs.
  // evaluate() gets each owned atom's neighbours within that cutoff at the current positions,
  // sorted by index; with `warn_if_none`, a warning (once) when no atom has a neighbour (a cutoff
  // typed in the wrong units).
  void request_neighbours(double cutoff);
  std::shared_ptr<const cunbglass::core::NeighbourGraph> neighbours(bool warn_if_none);
  // The same warning for computes that search neighbours themselves: `pairs` found on this rank.
  void warn_if_no_neighbours(double cutoff, std::size_t pairs);

 private:
  void evaluate_once();
  void grow_per_atom();
  struct Tracked {
    double **vector = nullptr;
    double ***array = nullptr;
    int columns = 0;
    std::string name;
    bool publish = false;
  };
  std::vector<Tracked> tracked;
  int nmax = 0;
  double **published_table = nullptr;    // the global table of publish_table()
  double neighbour_cutoff = 0.0;
  std::shared_ptr<cunbglass::SharedNeighbours> shared;
  bool busy = false;      // inside evaluate()
  // the state of the last evaluation (evaluated: there was one since the run's setup)
  bool evaluated = false;
  std::uint64_t evaluated_state = 0;
  std::uint64_t current_state();
  bool warned = false;    // no-neighbour warning given
};

}    // namespace LAMMPS_NS
