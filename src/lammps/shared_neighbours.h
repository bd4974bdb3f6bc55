/* The neighbour graphs of one LAMMPS instance's computes, shared while the atoms stay where they
 * are (the one home of neighbour sharing; AnalysisCompute is its only user).
 *
 * Graphs are built by the core cell search (core::neighbours_within) over the owned atoms and
 * ghosts at their current positions, so no LAMMPS neighbour list, bins or skin are involved.
 * Computes evaluated on the same positions (several computes sampled on one step, or one compute
 * feeding another) get one graph per cutoff: a graph built for one compute serves every other with
 * the same cutoff, and one with a smaller cutoff by filtering (core::neighbours_closer_than). When
 * a graph has to be built, it is built at the largest cutoff that the computes asked for on the last
 * positions where any asked (learned, so computes sampled together share one build at their largest
 * cutoff, while a compute sampled alone does not pay for a larger graph); only cutoffs of computes
 * enrolled now are used, which init() checked against the ghost cutoff. "Same positions" is a
 * fingerprint of every owned and ghost coordinate, so any move, migration or new frame starts
 * afresh and a stale graph is never used. */
#pragma once

#include "neighbour_graph.h"

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace LAMMPS_NS {
class LAMMPS;
}

namespace cunbglass {

class SharedNeighbours {
 public:
  // The instance shared by every compute of `lmp` (made on first use, freed with the last holder).
  static std::shared_ptr<SharedNeighbours> of(LAMMPS_NS::LAMMPS *lmp);

  // A compute's cutoff (from init(), after the ghost-reach check), and leave() when it goes.
  void enrol(const void *member, double cutoff);
  void leave(const void *member);

  // Each owned atom's neighbours (owned or ghost) closer than `cutoff` at the current positions,
  // sorted by index; `member` must have enrolled with a cutoff of at least `cutoff`.
  std::shared_ptr<const core::NeighbourGraph> graph(const void *member, double cutoff);

  explicit SharedNeighbours(LAMMPS_NS::LAMMPS *lmp) : lmp(lmp) {}

 private:
  struct Built {
    double cutoff;
    std::shared_ptr<const core::NeighbourGraph> graph;
  };
  std::uint64_t positions_fingerprint() const;

  LAMMPS_NS::LAMMPS *lmp;
  std::map<const void *, double> members;    // enrolled computes and their cutoffs
  std::uint64_t positions = 0;      // fingerprint the graphs below belong to
  std::vector<Built> graphs;        // built or filtered at these positions
  double asked_now = 0.0;           // largest cutoff asked for at these positions
  double asked_before = 0.0;        // the same at the last earlier positions with any request
};

}    // namespace cunbglass
