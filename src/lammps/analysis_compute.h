/* Base of cunbglass's computes: the one home of
 *  - evaluate-once: every output (per-atom, vector, array) asked for on the same step comes from
 *    one call of evaluate() (LAMMPS clears invoked_flag at each step), behind a re-entry guard
 *    that stops a compute whose inputs refer back to itself;
 *  - per-atom arrays, grown with the atoms before each evaluation (and published as LAMMPS's
 *    vector_atom or array_atom);
 *  - the occasional full neighbour list of computes that analyse neighbours: requested in init()
 *    to cutoff + skin after the ghost-range checks, rebuilt when stale, turned into the graph of
 *    each owned atom's neighbours within the cutoff, which computes evaluated on the same
 *    positions share (cunbglass::SharedNeighbours). */
#pragma once

#include "compute.h"
#include "neighbour_graph.h"

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
  void init_list(int, class NeighList *) override;
  void compute_peratom() override;
  void compute_vector() override;
  void compute_array() override;

 protected:
  virtual void evaluate() = 0;    // computes every output of the compute
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

  // For init(): ghost range, binning and group checks, then the occasional full list to
  // cutoff + skin. evaluate() gets each owned atom's neighbours within that cutoff (from the
  // shared graphs, or from this compute's list, rebuilt first if atoms moved since it was built);
  // with `warn_if_none`, a warning (once) when no atom has a neighbour (a cutoff typed in the
  // wrong units).
  void request_neighbours(double cutoff);
  std::shared_ptr<const cunbglass::core::NeighbourGraph> neighbours(bool warn_if_none);

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
  double list_cutoff = 0.0;
  std::shared_ptr<cunbglass::SharedNeighbours> shared;
  bool busy = false;      // inside evaluate()
  bool warned = false;    // no-neighbour warning given
};

}    // namespace LAMMPS_NS
