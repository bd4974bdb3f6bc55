/* The one place that hides differences between LAMMPS versions (29 Sep 2021 .. 2025).
 *
 * The switches come from compile-only feature probes in cmake/FindLammpsTree.cmake:
 *   CUNBGLASS_NEIGH_ADD_REQUEST    Neighbor::add_request() (24 Mar 2022 and later)
 *   CUNBGLASS_COMM_FORWARD_GENERIC Comm::forward_comm(Compute *) (replaced forward_comm_compute)
 *   CUNBGLASS_BUILD_ONE_PREFLAG    Neighbor::build_one(list, preflag) (before 2022)
 *   CUNBGLASS_ABORT_GET_UNIVERSE   LAMMPSAbortException::get_universe() (universe is protected)
 */
#pragma once

#include "comm.h"
#include "compute.h"
#include "exceptions.h"
#include "neigh_request.h"
#include "neighbor.h"

namespace cunbglass::compat {

// Ask for an occasional full neighbour list for a compute; cutoff > 0 asks for a custom cutoff
// (the caller must have checked it against the ghost cutoff). The list arrives in init_list().
// `instance` is the compute's instance_me (protected in LAMMPS, so the compute passes it).
inline void request_full_occasional(LAMMPS_NS::Neighbor *neighbor, LAMMPS_NS::Compute *compute,
                                    int instance, double cutoff)
{
#if defined(CUNBGLASS_NEIGH_ADD_REQUEST)
  (void) instance;
  auto *req = neighbor->add_request(compute, LAMMPS_NS::NeighConst::REQ_FULL |
                                                 LAMMPS_NS::NeighConst::REQ_OCCASIONAL);
  if (cutoff > 0.0) req->set_cutoff(cutoff);
#else
  int irequest = neighbor->request(compute, instance);
  auto *req = neighbor->requests[irequest];
  req->pair = 0;
  req->compute = 1;
  req->half = 0;
  req->full = 1;
  req->occasional = 1;
  if (cutoff > 0.0) {
    req->cut = 1;
    req->cutoff = cutoff;
  }
#endif
}

// Build (or reuse) an occasional list so that it matches the current atoms. In LAMMPS 29 Sep 2021
// Neighbor::build_one with preflag 0 skips the build when the list was built on the step of the
// last re-neighbouring, even if that re-neighbouring came later on the same step (a compute
// invoked at the end of one run and again in the setup of the next): the list then indexes atoms
// that have migrated. preflag 1 rebuilds in that case and skips only lists built after the last
// re-neighbouring. Later LAMMPS resets occasional lists at every re-neighbouring instead.
inline void build_occasional(LAMMPS_NS::Neighbor *neighbor, LAMMPS_NS::NeighList *list)
{
#if defined(CUNBGLASS_BUILD_ONE_PREFLAG)
  neighbor->build_one(list, 1);
#else
  neighbor->build_one(list);
#endif
}

inline void forward_comm(LAMMPS_NS::Comm *comm, LAMMPS_NS::Compute *compute)
{
#if defined(CUNBGLASS_COMM_FORWARD_GENERIC)
  comm->forward_comm(compute);
#else
  comm->forward_comm_compute(compute);
#endif
}

inline void reverse_comm(LAMMPS_NS::Comm *comm, LAMMPS_NS::Compute *compute)
{
#if defined(CUNBGLASS_COMM_FORWARD_GENERIC)
  comm->reverse_comm(compute);
#else
  comm->reverse_comm_compute(compute);
#endif
}

// The communicator an aborting LAMMPS error (error->one) asks to end.
inline MPI_Comm abort_universe(const LAMMPS_NS::LAMMPSAbortException &e)
{
#if defined(CUNBGLASS_ABORT_GET_UNIVERSE)
  return e.get_universe();
#else
  return e.universe;
#endif
}

// Largest distance at which this rank holds ghost atoms: the force cutoff plus skin, or the
// user's comm_modify cutoff if larger. A custom-cutoff neighbour list must stay inside it.
double ghost_cutoff(LAMMPS_NS::LAMMPS *lmp);

}    // namespace cunbglass::compat
