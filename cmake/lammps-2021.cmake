# LAMMPS 29 Sep 2021: the common options, exceptions (an option before 2023), and KOKKOS with the
# OpenMP backend, so `-k on t N -sf kk` runs (and is tested) on CPUs; its Kokkos 3.4.1 comes from
# the Debian source of Trilinos 13.2.0 (Debian's LAMMPS source has no lib/kokkos).
include(${CMAKE_CURRENT_LIST_DIR}/lammps-common.cmake)
set(LAMMPS_EXCEPTIONS ON CACHE BOOL "")
set(PKG_KOKKOS ON CACHE BOOL "")
set(DOWNLOAD_KOKKOS OFF CACHE BOOL "")
set(EXTERNAL_KOKKOS OFF CACHE BOOL "")
set(Kokkos_ENABLE_SERIAL ON CACHE BOOL "")
set(Kokkos_ENABLE_OPENMP ON CACHE BOOL "")
set(Kokkos_ENABLE_CUDA OFF CACHE BOOL "")
