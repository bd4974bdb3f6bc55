/* The one place that hides differences between LAMMPS versions (29 Sep 2021 .. 2025).
 *
 * The switches come from compile-only feature probes in cmake/FindLammpsTree.cmake:
 *   CUNBGLASS_COMM_FORWARD_GENERIC Comm::forward_comm(Compute *) (replaced forward_comm_compute)
 *   CUNBGLASS_ABORT_GET_UNIVERSE   LAMMPSAbortException::get_universe() (universe is protected)
 */
#pragma once

#include "comm.h"
#include "compute.h"
#include "exceptions.h"

namespace cunbglass::compat {

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
