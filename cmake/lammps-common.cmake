# Options shared by the pinned LAMMPS builds (included by cmake/lammps-<release>.cmake, used with
# `cmake -C`). tools/setup/build-lammps.sh hashes the settings of this file and the release's file
# (comment lines left out) into the cache key,
# so changing an option triggers a rebuild in a new cache folder.
set(CMAKE_BUILD_TYPE Release CACHE STRING "")
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "")
set(BUILD_SHARED_LIBS ON CACHE BOOL "")
set(BUILD_MPI ON CACHE BOOL "")
set(BUILD_OMP ON CACHE BOOL "")
set(LAMMPS_SIZES smallbig CACHE STRING "")
set(FFT KISS CACHE STRING "")
set(WITH_JPEG OFF CACHE BOOL "")
set(WITH_PNG OFF CACHE BOOL "")
set(WITH_FFMPEG OFF CACHE BOOL "")
set(DOWNLOAD_VORO OFF CACHE BOOL "")
set(ENABLE_TESTING OFF CACHE BOOL "")
foreach(pkg PLUGIN OPENMP MANYBODY VORONOI EXTRA-COMPUTE EXTRA-FIX PTM MC)
  set(PKG_${pkg} ON CACHE BOOL "")
endforeach()
