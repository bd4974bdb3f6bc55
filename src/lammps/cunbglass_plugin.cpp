/* lammpsplugin_init: registers every style of cunbglass with the LAMMPS that loads the plugin.
 *
 * A plugin binary works only with the LAMMPS tree it was compiled against, so the version is
 * checked first through the C library call lammps_version() (resolved in the loading LAMMPS,
 * independent of class layouts). On a mismatch nothing is registered and the user is told how
 * to rebuild; touching any LAMMPS class of a foreign version could crash.
 */
#include "lammps.h"
#include "lammpsplugin.h"
#include "utils.h"
#include "version.h"

#include "style_registry.h"

#include <cstdio>
#include <string>

extern "C" int lammps_version(void *handle) __attribute__((weak));

extern "C" void lammpsplugin_init(void *lmp, void *handle, void *regfunc)
{
  const int loaded = lammps_version ? lammps_version(lmp) : -1;
  if (loaded != CUNBGLASS_LAMMPS_VERSION) {
    std::fprintf(stderr,
                 "ERROR: cunbglassplugin.so was compiled against LAMMPS %s (%d, tree %s) but is "
                 "being loaded by LAMMPS version %d. No cunbglass style was registered. Rebuild "
                 "the plugin against the tree of this LAMMPS: README, section 'Your own LAMMPS'\n",
                 CUNBGLASS_LAMMPS_VERSION_STRING, CUNBGLASS_LAMMPS_VERSION, CUNBGLASS_LAMMPS_TREE,
                 loaded);
    return;
  }
  auto do_register = reinterpret_cast<lammpsplugin_regfunc>(regfunc);
  for (const auto &style : cunbglass::registered_styles()) {
    lammpsplugin_t plugin{};
    plugin.version = LAMMPS_VERSION;
    plugin.style = style.kind;
    plugin.name = style.name;
    plugin.info = style.info;
    plugin.author = "cunbglass developers";
    if (style.command_creator)
      plugin.creator.v1 = style.command_creator;
    else
      plugin.creator.v2 = style.creator;
    plugin.handle = handle;
    do_register(&plugin, lmp);
  }
  LAMMPS_NS::utils::logmesg(static_cast<LAMMPS_NS::LAMMPS *>(lmp),
                            std::string("cunbglass ") + CUNBGLASS_VERSION +
                                ": plugin built against LAMMPS " + CUNBGLASS_LAMMPS_VERSION_STRING +
                                " (" + CUNBGLASS_LAMMPS_TREE + ")\n");
}
