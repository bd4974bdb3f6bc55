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
 * Installed as <prefix>/bin/cunbglass-lmp, both defaults are the installed folders.
 *
 * LAMMPS 29 Sep 2021 unloads plugins on "clear"; see docs/design.md for decks that use it.
 */
#include "exceptions.h"
#include "input.h"
#include "library.h"
#include "lammps.h"
#include "utils.h"

#include "lammps_compat.h"

#include <mpi.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <string>
#include <unistd.h>
#include <vector>

using namespace LAMMPS_NS;

namespace {

// Installed as <prefix>/bin/cunbglass-lmp (cmake --install), the plugin and the potentials lie
// under the same prefix; run from the build folder, they are the build's and the source's.
std::string installed_prefix()
{
  char exe[4096];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  if (n <= 0) return "";
  std::string bindir(exe, static_cast<size_t>(n));
  bindir = bindir.substr(0, bindir.rfind('/'));
  const std::string bin = "/bin";
  if (bindir.size() <= bin.size() || bindir.compare(bindir.size() - bin.size(), bin.size(), bin) != 0)
    return "";
  const std::string prefix = bindir.substr(0, bindir.size() - bin.size());
  if (access((prefix + "/lib/lammps/plugins/cunbglassplugin.so").c_str(), R_OK) != 0) return "";
  return prefix;
}

std::string default_plugin_dir()
{
  const std::string prefix = installed_prefix();
  return prefix.empty() ? CUNBGLASS_DEFAULT_PLUGIN_DIR : prefix + "/lib/lammps/plugins";
}

std::string default_potentials()
{
  const std::string prefix = installed_prefix();
  return prefix.empty() ? CUNBGLASS_DEFAULT_POTENTIALS : prefix + "/share/cunbglass/potentials";
}

std::string plugin_path()
{
  const char *env = std::getenv("LAMMPS_PLUGIN_PATH");
  return (env && *env) ? env : default_plugin_dir();
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

// State the LAMMPS this launcher was built against; stop if the liblammps.so it runs with is
// another version (the rpath names the build it was linked against; LD_LIBRARY_PATH can override
// it). The version comes through the C library call, which does not depend on class layouts.
bool same_lammps(LAMMPS *lammps, MPI_Comm comm, const std::string &plugins)
{
  const int running = lammps_version(lammps);
  if (running != CUNBGLASS_LAMMPS_VERSION) {
    int me = 0;
    MPI_Comm_rank(comm, &me);
    if (me == 0)
      std::fprintf(stderr,
                   "ERROR: this lmp (cunbglass launcher) was built against LAMMPS %s (%d) in %s "
                   "but runs with a liblammps of version %d. Rebuild cunbglass against the LAMMPS "
                   "you run: README, section 'Your own LAMMPS'.\n",
                   CUNBGLASS_LAMMPS_VERSION_STRING, CUNBGLASS_LAMMPS_VERSION, CUNBGLASS_LAMMPS_TREE,
                   running);
    return false;
  }
  utils::logmesg(lammps, "cunbglass: lmp launcher built against LAMMPS " +
                             std::string(CUNBGLASS_LAMMPS_VERSION_STRING) + " (" +
                             CUNBGLASS_LAMMPS_TREE + "); plugins from " + plugins + "\n");
  return true;
}

void run(int argc, char **argv, MPI_Comm comm)
{
  setenv("LAMMPS_POTENTIALS", default_potentials().c_str(), 0);
#if defined(CUNBGLASS_LAMMPS_HAS_AUTOLOAD)
  setenv("LAMMPS_PLUGIN_PATH", plugin_path().c_str(), 0);    // LAMMPS loads them itself
#endif
  auto *lammps = new LAMMPS(argc, argv, comm);
  if (!same_lammps(lammps, comm, plugin_path())) throw LAMMPSException("LAMMPS version mismatch");
#if !defined(CUNBGLASS_LAMMPS_HAS_AUTOLOAD)
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

// Kokkos and Python live in liblammps; the C library calls reach them whatever packages this
// LAMMPS was built with (the class headers would need Kokkos's own headers in a KOKKOS build).
void finalize_libraries()
{
  lammps_kokkos_finalize();
  lammps_python_finalize();
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
    finalize_libraries();
    MPI_Abort(cunbglass::compat::abort_universe(ae), 1);
  } catch (LAMMPSException &) {
    status = 1;
  } catch (std::exception &e) {
    std::fprintf(stderr, "ERROR: %s\n", e.what());
    MPI_Abort(MPI_COMM_WORLD, 1);
  }
  finalize_libraries();
  MPI_Barrier(comm);
  MPI_Finalize();
  return status;
}
