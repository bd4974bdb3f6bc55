/* build/lmp: the LAMMPS executable of the pinned (or the user's) LAMMPS, plus plugin auto-loading.
 *
 * It accepts every LAMMPS command-line flag (they go to the LAMMPS constructor unchanged) and runs
 * under mpirun. Before the input runs it loads every file named *plugin.so in the folders listed
 * in LAMMPS_PLUGIN_PATH (colon separated; default: the folder cunbglassplugin.so was built in),
 * which is what LAMMPS 4 May 2022 and later do by themselves. With such a LAMMPS the launcher only
 * supplies the default LAMMPS_PLUGIN_PATH.
 *
 * Decks name our potential files without a path: the launcher sets LAMMPS_POTENTIALS to the
 * package's potentials/ folder unless the user has set it (users of another LAMMPS set it).
 *
 * LAMMPS 29 Sep 2021 unloads plugins on "clear"; see docs/design.md for decks that use it.
 */
#include "accelerator_kokkos.h"
#include "exceptions.h"
#include "input.h"
#include "lammps.h"
#include "lmppython.h"

#include <mpi.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <string>
#include <vector>

using namespace LAMMPS_NS;

namespace {

std::string plugin_path()
{
  const char *env = std::getenv("LAMMPS_PLUGIN_PATH");
  return (env && *env) ? env : CUNBGLASS_DEFAULT_PLUGIN_DIR;
}

// Every *plugin.so in the folders of a colon-separated path, sorted within each folder.
std::vector<std::string> find_plugins(const std::string &path)
{
  std::vector<std::string> found;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find(':', start);
    if (end == std::string::npos) end = path.size();
    const std::string dir = path.substr(start, end - start);
    start = end + 1;
    if (dir.empty()) continue;
    std::vector<std::string> here;
    if (DIR *d = opendir(dir.c_str())) {
      while (dirent *e = readdir(d)) {
        const std::string name = e->d_name;
        const std::string suffix = "plugin.so";
        if (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
          here.push_back(dir + "/" + name);
      }
      closedir(d);
    }
    std::sort(here.begin(), here.end());
    found.insert(found.end(), here.begin(), here.end());
  }
  return found;
}

void run(int argc, char **argv, MPI_Comm comm)
{
  setenv("LAMMPS_POTENTIALS", CUNBGLASS_DEFAULT_POTENTIALS, 0);
#if defined(CUNBGLASS_LAMMPS_HAS_AUTOLOAD)
  setenv("LAMMPS_PLUGIN_PATH", plugin_path().c_str(), 0);
  auto *lammps = new LAMMPS(argc, argv, comm);
#else
  auto *lammps = new LAMMPS(argc, argv, comm);
  for (const auto &plugin : find_plugins(plugin_path()))
    lammps->input->one("plugin load \"" + plugin + "\"");
#endif
  try {
    lammps->input->file();
  } catch (LAMMPSAbortException &) {
    throw;
  } catch (LAMMPSException &) {
    // error->all: every rank is here. Flush the log now: mpiexec may end this rank as soon as
    // another one exits, before the C library flushes the log at exit, and the ERROR line
    // would be lost from the log file.
    if (lammps->logfile) std::fflush(lammps->logfile);
    if (lammps->screen) std::fflush(lammps->screen);
    throw;
  }
  delete lammps;
}

}    // namespace

int main(int argc, char **argv)
{
  MPI_Init(&argc, &argv);
  MPI_Comm comm = MPI_COMM_WORLD;
  int status = 0;
  try {
    run(argc, argv, comm);
  } catch (LAMMPSAbortException &ae) {
    KokkosLMP::finalize();
    Python::finalize();
    MPI_Abort(ae.universe, 1);
  } catch (LAMMPSException &) {
    status = 1;
  } catch (std::exception &e) {
    std::fprintf(stderr, "ERROR: %s\n", e.what());
    MPI_Abort(MPI_COMM_WORLD, 1);
  }
  KokkosLMP::finalize();
  Python::finalize();
  MPI_Barrier(comm);
  MPI_Finalize();
  return status;
}
