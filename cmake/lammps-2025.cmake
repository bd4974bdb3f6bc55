# LAMMPS 4 Feb 2025, the default engine: the common options (no KOKKOS: docs/design.md).
include(${CMAKE_CURRENT_LIST_DIR}/lammps-common.cmake)
