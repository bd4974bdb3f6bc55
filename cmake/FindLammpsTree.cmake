# Locate the LAMMPS tree the plugin is compiled against and describe it.
#
# Inputs (cache variables):
#   LAMMPS_SOURCE_DIR  path to a LAMMPS "src" folder; empty: build a pinned Debian tree with
#                      tools/setup/build-lammps.sh (cached outside the repository) and use it.
#   CUNBGLASS_LAMMPS_RELEASE  which pinned tree: 2025 (4 Feb 2025, the default engine) or 2021
#                      (29 Sep 2021 Update 2, still fully tested).
#   LAMMPS_BUILD_DIR   the CMake build folder of that LAMMPS (holds liblammps.so); needed for the
#                      lmp launcher and the LAMMPS-level tests. Default: <src>/../build.
# Outputs:
#   target lammps_headers  INTERFACE: include dirs + the compile definitions LAMMPS was built with
#   target lammps_library  IMPORTED shared liblammps (only if LAMMPS_BUILD_DIR is usable)
#   LAMMPS_VERSION_STRING, LAMMPS_VERSION_NUMBER (YYYYMMDD), CUNBGLASS_HAVE_LAMMPS_LIBRARY,
#   CUNBGLASS_LAMMPS_HAS_AUTOLOAD
include(CheckCXXSourceCompiles)
# The API probes below (compile-only), one switch each in src/lammps/lammps_compat.h.
set(_cunbglass_probes CUNBGLASS_COMM_FORWARD_GENERIC CUNBGLASS_ABORT_GET_UNIVERSE)

set(LAMMPS_SOURCE_DIR "" CACHE PATH "LAMMPS src folder to build the plugin against (empty: pinned tree)")
set(LAMMPS_BUILD_DIR "" CACHE PATH "CMake build folder of that LAMMPS (holds liblammps.so)")
set(CUNBGLASS_LAMMPS_RELEASE 2025 CACHE STRING "Pinned LAMMPS to build when LAMMPS_SOURCE_DIR is empty: 2025 or 2021")
set_property(CACHE CUNBGLASS_LAMMPS_RELEASE PROPERTY STRINGS 2025 2021)

# A build folder configured with the pinned tree asks tools/setup/build-lammps.sh again on every
# configure (instant when cached): when the build options or the Debian revision change, the
# tree moves to a new cache folder and the old one may be gone.
# (also a folder configured before that was recorded, whose pinned tree is gone).
if(NOT LAMMPS_SOURCE_DIR OR (CUNBGLASS_PINNED_SOURCE AND LAMMPS_SOURCE_DIR STREQUAL CUNBGLASS_PINNED_SOURCE)
   OR (NOT EXISTS "${LAMMPS_SOURCE_DIR}/version.h" AND LAMMPS_SOURCE_DIR MATCHES "/cunbglass/lammps-[^/]+/src/src$"))
  if(NOT CUNBGLASS_LAMMPS_RELEASE MATCHES "^(2025|2021)$")
    message(FATAL_ERROR "CUNBGLASS_LAMMPS_RELEASE=${CUNBGLASS_LAMMPS_RELEASE}: use 2025 (LAMMPS 4 Feb 2025) "
                        "or 2021 (LAMMPS 29 Sep 2021), or pass -DLAMMPS_SOURCE_DIR=/path/to/lammps/src.")
  endif()
  message(STATUS "No LAMMPS_SOURCE_DIR given: using the pinned LAMMPS ${CUNBGLASS_LAMMPS_RELEASE} "
                 "(tools/setup/build-lammps.sh ${CUNBGLASS_LAMMPS_RELEASE})")
  execute_process(COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/setup/build-lammps.sh ${CUNBGLASS_LAMMPS_RELEASE}
                  OUTPUT_VARIABLE _pinned RESULT_VARIABLE _rc OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "Building the pinned LAMMPS failed (messages above). Fix the cause, or "
                        "pass -DLAMMPS_SOURCE_DIR=/path/to/lammps/src of a LAMMPS you built.")
  endif()
  string(REGEX REPLACE ".*\n" "" _pinned "${_pinned}")
  set(LAMMPS_SOURCE_DIR "${_pinned}/src/src" CACHE PATH "" FORCE)
  set(LAMMPS_BUILD_DIR "${_pinned}/build" CACHE PATH "" FORCE)
  set(CUNBGLASS_PINNED_SOURCE "${_pinned}/src/src" CACHE INTERNAL "LAMMPS_SOURCE_DIR set from tools/setup/build-lammps.sh")
endif()

get_filename_component(LAMMPS_SOURCE_DIR "${LAMMPS_SOURCE_DIR}" ABSOLUTE)
# Another tree than at the last configure of this folder: forget what was found for the old one
# (the library and the API probes are cached by CMake).
if(NOT "${CUNBGLASS_CONFIGURED_TREE}" STREQUAL "${LAMMPS_SOURCE_DIR}")
  unset(LAMMPS_LIBRARY CACHE)
  foreach(_probe ${_cunbglass_probes})
    unset(${_probe} CACHE)
  endforeach()
  set(CUNBGLASS_CONFIGURED_TREE "${LAMMPS_SOURCE_DIR}" CACHE INTERNAL "tree of the last configure")
endif()
if(NOT EXISTS "${LAMMPS_SOURCE_DIR}/lammps.h" OR NOT EXISTS "${LAMMPS_SOURCE_DIR}/version.h")
  message(FATAL_ERROR "LAMMPS_SOURCE_DIR=${LAMMPS_SOURCE_DIR} is not a LAMMPS src folder "
                      "(no lammps.h/version.h). Pass the 'src' folder of a LAMMPS checkout.")
endif()
if(NOT EXISTS "${LAMMPS_SOURCE_DIR}/lammpsplugin.h")
  message(FATAL_ERROR "${LAMMPS_SOURCE_DIR} has no lammpsplugin.h: this LAMMPS is too old for "
                      "plugins. Use LAMMPS 8 Apr 2021 or later.")
endif()

# Version from version.h, e.g. "29 Sep 2021" -> 20210929.
file(STRINGS "${LAMMPS_SOURCE_DIR}/version.h" _ver REGEX "LAMMPS_VERSION ")
string(REGEX REPLACE ".*\"([^\"]*)\".*" "\\1" LAMMPS_VERSION_STRING "${_ver}")
string(REGEX MATCH "^([0-9]+) ([A-Za-z]+) ([0-9]+)$" _m "${LAMMPS_VERSION_STRING}")
if(NOT _m)
  message(FATAL_ERROR "Cannot parse LAMMPS version '${LAMMPS_VERSION_STRING}' from version.h")
endif()
set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND _months "${CMAKE_MATCH_2}" _mon)
math(EXPR _mon "${_mon} + 1")
math(EXPR LAMMPS_VERSION_NUMBER "${CMAKE_MATCH_3} * 10000 + ${_mon} * 100 + ${CMAKE_MATCH_1}")
message(STATUS "LAMMPS tree: ${LAMMPS_SOURCE_DIR} (version ${LAMMPS_VERSION_STRING} = ${LAMMPS_VERSION_NUMBER})")

# What the LAMMPS build was configured with: read from its CMakeCache.txt.
if(NOT LAMMPS_BUILD_DIR AND EXISTS "${LAMMPS_SOURCE_DIR}/../build/CMakeCache.txt")
  get_filename_component(_bd "${LAMMPS_SOURCE_DIR}/../build" ABSOLUTE)
  set(LAMMPS_BUILD_DIR "${_bd}" CACHE PATH "" FORCE)
endif()
set(LAMMPS_SIZES smallbig)
set(LAMMPS_EXCEPTIONS ON)
set(CUNBGLASS_HAVE_LAMMPS_LIBRARY OFF)
if(LAMMPS_BUILD_DIR)
  if(NOT EXISTS "${LAMMPS_BUILD_DIR}/CMakeCache.txt")
    message(FATAL_ERROR "LAMMPS_BUILD_DIR=${LAMMPS_BUILD_DIR} is not a LAMMPS CMake build folder.")
  endif()
  load_cache("${LAMMPS_BUILD_DIR}" READ_WITH_PREFIX LMP_ LAMMPS_SIZES LAMMPS_EXCEPTIONS PKG_PLUGIN
             BUILD_SHARED_LIBS BUILD_MPI BUILD_OMP CMAKE_HOME_DIRECTORY)
  # the same folder whatever the path says (symbolic links, "..")
  get_filename_component(_home "${LMP_CMAKE_HOME_DIRECTORY}/../src" REALPATH)
  get_filename_component(_source "${LAMMPS_SOURCE_DIR}" REALPATH)
  if(NOT _home STREQUAL _source)
    message(FATAL_ERROR "LAMMPS_BUILD_DIR was built from ${_home}, not from LAMMPS_SOURCE_DIR="
                        "${LAMMPS_SOURCE_DIR}. A plugin must be compiled against the tree that loads it.")
  endif()
  if(NOT LMP_PKG_PLUGIN)
    message(FATAL_ERROR "The LAMMPS in ${LAMMPS_BUILD_DIR} was built without the PLUGIN package. "
                        "Reconfigure it with -DPKG_PLUGIN=on -DBUILD_SHARED_LIBS=on and rebuild.")
  endif()
  if(NOT LMP_BUILD_SHARED_LIBS)
    message(FATAL_ERROR "The LAMMPS in ${LAMMPS_BUILD_DIR} was built without shared libraries; "
                        "plugins need -DBUILD_SHARED_LIBS=on. Reconfigure and rebuild it.")
  endif()
  if(NOT LMP_BUILD_MPI)
    message(FATAL_ERROR "The LAMMPS in ${LAMMPS_BUILD_DIR} was built without MPI (STUBS); "
                        "cunbglass needs an MPI build (-DBUILD_MPI=on).")
  endif()
  string(TOLOWER "${LMP_LAMMPS_SIZES}" LAMMPS_SIZES)
  # LAMMPS_EXCEPTIONS was an option until 2023; later LAMMPS always throws exceptions.
  if(NOT "${LMP_LAMMPS_EXCEPTIONS}" STREQUAL "")
    set(LAMMPS_EXCEPTIONS ${LMP_LAMMPS_EXCEPTIONS})
  endif()
  find_library(LAMMPS_LIBRARY NAMES lammps lammps_mpi PATHS "${LAMMPS_BUILD_DIR}" NO_DEFAULT_PATH)
  if(NOT LAMMPS_LIBRARY)
    message(FATAL_ERROR "No liblammps.so in ${LAMMPS_BUILD_DIR}: build LAMMPS first.")
  endif()
  set(CUNBGLASS_HAVE_LAMMPS_LIBRARY ON)
else()
  message(WARNING "No LAMMPS_BUILD_DIR: only the plugin is built (no lmp launcher, no LAMMPS tests). "
                  "Assuming LAMMPS_SIZES=smallbig and LAMMPS_EXCEPTIONS=on; pass "
                  "-DLAMMPS_BUILD_DIR=/path/to/lammps/build to read them from the LAMMPS build.")
endif()

add_library(lammps_headers INTERFACE)
target_include_directories(lammps_headers SYSTEM INTERFACE "${LAMMPS_SOURCE_DIR}")
string(TOUPPER "${LAMMPS_SIZES}" _sizes)
target_compile_definitions(lammps_headers INTERFACE LAMMPS_${_sizes}
                           CUNBGLASS_LAMMPS_VERSION=${LAMMPS_VERSION_NUMBER}
                           CUNBGLASS_LAMMPS_VERSION_STRING="${LAMMPS_VERSION_STRING}"
                           CUNBGLASS_LAMMPS_TREE="${LAMMPS_SOURCE_DIR}")
if(LAMMPS_EXCEPTIONS)
  target_compile_definitions(lammps_headers INTERFACE LAMMPS_EXCEPTIONS)
endif()
target_link_libraries(lammps_headers INTERFACE MPI::MPI_CXX)

if(CUNBGLASS_HAVE_LAMMPS_LIBRARY)
  add_library(lammps_library SHARED IMPORTED)
  set_target_properties(lammps_library PROPERTIES IMPORTED_LOCATION "${LAMMPS_LIBRARY}")
  target_link_libraries(lammps_library INTERFACE lammps_headers)
endif()

# Feature probes for API changes (compile only; no linking against LAMMPS).
set(CMAKE_REQUIRED_INCLUDES "${LAMMPS_SOURCE_DIR}" ${MPI_CXX_INCLUDE_DIRS})
set(CMAKE_REQUIRED_DEFINITIONS -DLAMMPS_${_sizes})
set(CMAKE_REQUIRED_FLAGS "-std=c++17")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
check_cxx_source_compiles([[
#include "comm.h"
#include "compute.h"
#include <utility>
using R = decltype(std::declval<LAMMPS_NS::Comm &>().forward_comm(
    static_cast<LAMMPS_NS::Compute *>(nullptr)));
int probe() { return 0; }]] CUNBGLASS_COMM_FORWARD_GENERIC)
check_cxx_source_compiles([[
#include "exceptions.h"
#include <utility>
using R = decltype(std::declval<const LAMMPS_NS::LAMMPSAbortException &>().get_universe());
int probe() { return 0; }]] CUNBGLASS_ABORT_GET_UNIVERSE)
unset(CMAKE_TRY_COMPILE_TARGET_TYPE)
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_DEFINITIONS)
unset(CMAKE_REQUIRED_INCLUDES)
foreach(_probe ${_cunbglass_probes})
  if(${_probe})
    target_compile_definitions(lammps_headers INTERFACE ${_probe}=1)
  endif()
endforeach()

# LAMMPS 4 May 2022 and later load every *plugin.so in LAMMPS_PLUGIN_PATH themselves.
file(GLOB _plugin_h "${LAMMPS_SOURCE_DIR}/PLUGIN/plugin.h" "${LAMMPS_SOURCE_DIR}/plugin.h")
set(_autoload "")
foreach(_h ${_plugin_h})
  file(STRINGS "${_h}" _found REGEX "plugin_auto_load")
  list(APPEND _autoload ${_found})
endforeach()
if(_autoload)
  set(CUNBGLASS_LAMMPS_HAS_AUTOLOAD ON)
else()
  set(CUNBGLASS_LAMMPS_HAS_AUTOLOAD OFF)
endif()
