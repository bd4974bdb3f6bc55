# voro++ (Debian package voro++-dev): headers in <prefix>/include/voro++, library libvoro++.
find_path(VORO_INCLUDE_DIR voro++.hh PATH_SUFFIXES voro++)
find_library(VORO_LIBRARY NAMES voro++)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(VORO DEFAULT_MSG VORO_LIBRARY VORO_INCLUDE_DIR)
if(VORO_FOUND AND NOT TARGET VORO::VORO)
  add_library(VORO::VORO UNKNOWN IMPORTED)
  set_target_properties(VORO::VORO PROPERTIES IMPORTED_LOCATION "${VORO_LIBRARY}"
                        INTERFACE_INCLUDE_DIRECTORIES "${VORO_INCLUDE_DIR}")
endif()
mark_as_advanced(VORO_INCLUDE_DIR VORO_LIBRARY)
