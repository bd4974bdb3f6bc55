/* bench_styles: the cost of each cunbglass style relative to one EAM force evaluation and to the
 * closest LAMMPS built-in, on the same configuration, in one process (ratios, not absolute times,
 * are what carries over between machines).
 *
 *   bench_styles PLUGIN DATAFILE REPLICATE REPEATS [md]
 *
 * The configuration is DATAFILE (a Cu-Nb glass written by examples/quench.in) replicated
 * REPLICATE times along each axis. Each entry calls the style's compute function directly
 * REPEATS times (after one warm-up call) and reports the median wall time per call.
 * Output: one markdown table row per entry on stdout. With "md": instead, the cost that
 * fix msd/exponent (default origins and lags, sampling every 100 steps) adds to EAM MD, from
 * 2000-step NVE runs with and without it, and the fix's memory. */
#include "structure_factor.h"

#include "atom.h"
#include "domain.h"
#include "compute.h"
#include "neighbor.h"
#include "force.h"
#include "input.h"
#include "lammps.h"
#include "fix.h"
#include "modify.h"
#include "pair.h"
#include "update.h"

#include <mpi.h>
#include <omp.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace LAMMPS_NS;

namespace {

double median_seconds(int repeats, const std::function<void()> &call)
{
  call();    // warm-up: neighbour lists, allocations
  std::vector<double> t;
  for (int r = 0; r < repeats; ++r) {
    MPI_Barrier(MPI_COMM_WORLD);
    const auto start = std::chrono::steady_clock::now();
    call();
    MPI_Barrier(MPI_COMM_WORLD);
    t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

Compute *find(LAMMPS *lmp, const char *id) { return lmp->modify->compute[lmp->modify->find_compute(id)]; }

// The textbook evaluation sq/bt is measured against: rho_A(k), rho_B(k) with one cos and one sin
// per atom and wavevector over the same wavevectors (q <= 0.4), then one MPI_Allreduce.
void direct_partial_sums(LAMMPS *lmp)
{
  using cunbglass::core::Vec3;
  auto *d = lmp->domain;
  const auto waves = cunbglass::core::box_wavevectors(
      {Vec3{d->xprd, 0, 0}, Vec3{0, d->yprd, 0}, Vec3{0, 0, d->zprd}}, 0.05, 0.4, 20);
  std::vector<double> sums(4 * waves.n.size(), 0.0), total(sums.size());
  const double two_pi = 6.283185307179586;
  for (int i = 0; i < lmp->atom->nlocal; ++i) {
    const int s = lmp->atom->type[i] == 1 ? 0 : 2;
    for (size_t k = 0; k < waves.n.size(); ++k) {
      const double phase = two_pi * (waves.n[k][0] * lmp->atom->x[i][0] / d->xprd +
                                     waves.n[k][1] * lmp->atom->x[i][1] / d->yprd +
                                     waves.n[k][2] * lmp->atom->x[i][2] / d->zprd);
      sums[4 * k + s] += std::cos(phase);
      sums[4 * k + s + 1] -= std::sin(phase);
    }
  }
  MPI_Allreduce(sums.data(), total.data(), static_cast<int>(sums.size()), MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
}

}    // namespace

int main(int argc, char **argv)
{
  MPI_Init(&argc, &argv);
  if (argc < 5) {
    std::fprintf(stderr, "usage: bench_styles PLUGIN DATAFILE REPLICATE REPEATS\n");
    return 2;
  }
  const std::string plugin = argv[1], data = argv[2], rep = argv[3];
  const int repeats = std::stoi(argv[4]);
  int me, nprocs;
  MPI_Comm_rank(MPI_COMM_WORLD, &me);
  MPI_Comm_size(MPI_COMM_WORLD, &nprocs);
  const char *largs[] = {"bench", "-log", "none", "-screen", "none", "-nocite"};
  auto *lmp = new LAMMPS(6, const_cast<char **>(largs), MPI_COMM_WORLD);
  auto cmd = [&](const std::string &c) { lmp->input->one(c); };
  cmd("plugin load " + plugin);
  cmd("units metal");
  cmd("atom_style atomic");
  cmd("read_data " + data);
  std::string counts = rep;    // "n" (n x n x n) or "nxmxk"
  std::replace(counts.begin(), counts.end(), 'x', ' ');
  cmd("replicate " + (counts == rep ? rep + " " + rep + " " + rep : counts));
  cmd("pair_style eam/alloy");
  cmd("pair_coeff * * CuNb.eam.alloy Cu Nb");
  cmd("comm_modify cutoff 12.0");    // ico/interface lists reach 10 A + skin
  cmd("neighbor 1.0 bin");
  if (argc > 5 && std::string(argv[5]) == "vdos") {
    // fix vdos with Nlag 1000: one sample (end_of_step) against one MD step, for the default
    // 20 origins and for 1000 origins (a new origin every sample, the O(atoms x Nlag) limit)
    cmd("timestep 0.002");
    cmd("velocity all create 300 4321 dist gaussian");
    cmd("fix nve all nve");
    cmd("run 200");
    const double plain = median_seconds(repeats, [&] { cmd("run 100 pre no post no"); }) / 100;
    for (int origins : {20, 1000}) {
      cmd("fix v all vdos 1 1000 origins " + std::to_string(origins) + " type yes direction yes temp 10 100");
      cmd("run 1000 post no");    // every origin slot filled and correlating (setup: the steps moved)
      Fix *vdos = lmp->modify->fix[lmp->modify->find_fix("v")];
      const double per_sample = median_seconds(repeats, [&] {
        for (int k = 0; k < 10; ++k) {
          ++lmp->update->ntimestep;
          vdos->end_of_step();
        }
      }) / 10;
      const double transform = median_seconds(repeats, [&] {
        ++lmp->update->ntimestep;
        vdos->end_of_step();
        vdos->compute_array(0, 2);
      }) - per_sample;
      const double bytes = vdos->memory_usage();
      double total_bytes = 0.0;
      MPI_Allreduce(&bytes, &total_bytes, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
      if (me == 0)
        std::printf("| fix vdos Nlag 1000, %d origins | %.0f | %d x %d | MD step %.2f ms, one sample %.2f ms, transform %.1f ms | %.1f %% at Nevery 1, %.1f %% at Nevery 5 | %.1f MB |\n",
                    origins, double(lmp->atom->natoms), nprocs, omp_get_max_threads(), 1e3 * plain,
                    1e3 * per_sample, 1e3 * transform, 100.0 * per_sample / plain,
                    100.0 * per_sample / (5 * plain), total_bytes / 1e6);
      cmd("unfix v");
    }
    delete lmp;
    MPI_Finalize();
    return 0;
  }
  if (argc > 5 && std::string(argv[5]) == "md") {
    cmd("timestep 0.002");
    cmd("velocity all create 600 4321 dist gaussian");
    cmd("fix nve all nve");
    cmd("run 200");
    auto md = [&](int steps) {
      return median_seconds(repeats, [&] { cmd("run " + std::to_string(steps) + " pre no post no"); });
    };
    // The fix's cost is one sample every Nevery steps. A sample is timed directly (the fix's
    // end_of_step on successive step numbers, positions unchanged), the MD step by a short run.
    const double plain = md(200) / 200;
    cmd("fix m all msd/exponent 1 0.2 100.0 type 1 2");
    cmd("run 0");
    Fix *msd = lmp->modify->fix[lmp->modify->find_fix("m")];
    const double per_sample = median_seconds(repeats, [&] {
      for (int k = 0; k < 20; ++k) {
        ++lmp->update->ntimestep;
        msd->end_of_step();
      }
    }) / 20;
    cmd("compute lmsd all msd");
    Compute *lmsd = find(lmp, "lmsd");
    const double builtin = median_seconds(repeats, [&] { lmsd->compute_vector(); });
    const int ifix = lmp->modify->find_fix("m");
    const double bytes = lmp->modify->fix[ifix]->memory_usage();
    double total_bytes = 0.0;
    MPI_Allreduce(&bytes, &total_bytes, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
    if (me == 0)
      std::printf("| fix msd/exponent 100 (20 origins, 30 lags) | %.0f | %d x %d | MD step %.2f ms, one sample %.2f ms | %.2f %% at Nevery 100 | %.1f MB (%.0f bytes per atom, incl. ghost capacity) |\n",
                  double(lmp->atom->natoms), nprocs, omp_get_max_threads(), 1e3 * plain,
                  1e3 * per_sample, 100.0 * per_sample / (100.0 * plain), total_bytes / 1e6,
                  total_bytes / double(lmp->atom->natoms));
    if (me == 0)
      std::printf("| compute msd (LAMMPS, one origin, for reference) | %.0f | %d x %d | one call %.2f ms | | |\n",
                  double(lmp->atom->natoms), nprocs, omp_get_max_threads(), 1e3 * builtin);
    delete lmp;
    MPI_Finalize();
    return 0;
  }
  // ours and the built-ins they replace
  cmd("compute ico all ico/atom 3.5 center 1");
  cmd("compute cna all cna/atom 3.5");
  cmd("compute sq all sq/bt 1 2 0.05 0.4 20");
  cmd("compute conc all conc/atom 7.0 type 1");
  cmd("compute conc55 all conc/atom 5.5 type 1");
  cmd("compute coord all coord/atom cutoff 5.5");    // coord/atom must stay inside the pair cutoff (5.5 A)
  cmd("compute vor all ico/atom 6.0 center 1 method voronoi");
  cmd("variable sel atom (id%10)<3");    // 30 % of the atoms, spread over the box
  cmd("group sel variable sel");
  cmd("compute perc all percolation 3.5 select v_sel");
  cmd("compute clus sel cluster/atom 3.5");
  cmd("compute voronoi all voronoi/atom");
  // the stack of examples/anneal.in, at the sizes that deck runs (sq/bt to 2 1/A grows with the
  // box volume times the atoms)
  const bool stack = lmp->atom->natoms <= 20000;
  if (stack) {
    cmd("compute pe all pe/atom");
    cmd("compute iface all ico/interface c_conc c_ico c_pe 10.0 20");
    cmd("compute sqa all sq/bt 1 2 $(0.9*2*PI/lx) 2.0 40");
    cmd("compute net all percolation 3.5 select c_ico");
    cmd("thermo_style custom step c_iface[2]");    // per-atom energies tallied on this step
  }
  cmd("run 0");
  const double natoms = lmp->atom->natoms;

  const double eam = median_seconds(repeats, [&] { lmp->force->pair->compute(1, 0); });
  struct Entry {
    const char *style, *builtin, *ours_id, *builtin_id;
    bool array;
  };
  // reference for sq/bt: LAMMPS has no partial structure factor; the reference is the plain
  // direct sum (one cos and one sin per atom and wavevector) in direct_partial_sums().
  const Entry entries[] = {{"ico/atom 3.5 (cna)", "cna/atom 3.5", "ico", "cna", false},
                           {"ico/atom 6.0 method voronoi", "voronoi/atom", "vor", "voronoi", false},
                           {"percolation 3.5, 30 % selected", "cluster/atom 3.5", "perc", "clus", false},
                           {"conc/atom 7.0 (the paper's R)", "-", "conc", nullptr, false},
                           {"conc/atom 5.5", "coord/atom cutoff 5.5", "conc55", "coord", false},
                           {"sq/bt q <= 0.4", "direct cos/sin partial sums", "sq", nullptr, true}};
  if (me == 0) {
    std::printf("| style | atoms | ranks x threads | ms per call | / EAM force evaluation | reference | / reference | memory (MB) |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    std::printf("| EAM force evaluation (eam/alloy) | %.0f | %d x %d | %.2f | 1 | | | |\n", natoms, nprocs,
                omp_get_max_threads(), 1e3 * eam);
  }
  // Our computes evaluate once per step (AnalysisCompute): each timed call starts from cleared
  // invoked flags, as on a new step.
  // In MD at a sampling interval of 1 ps the atoms have moved and been re-neighboured since the
  // last evaluation, so every occasional list is rebuilt: before each call (ours and the
  // built-ins alike) mark the lists stale, as a re-neighbouring would, and move one atom of each
  // rank by one bit, so that no neighbour graph of earlier positions is shared either.
  long moves = 0;
  auto lists_stale = [&] {
    lmp->neighbor->lastcall = lmp->update->ntimestep + 1;
    if (lmp->atom->nlocal > 0) {
      double &x0 = lmp->atom->x[0][0];
      x0 = std::nextafter(x0, (lmp->update->ntimestep + ++moves) % 2 ? 1e300 : -1e300);
    }
  };
  auto evaluate = [&](Compute *c, bool array) {
    lists_stale();
    c->invoked_flag = Compute::INVOKED_NONE;
    array ? c->compute_array() : c->compute_peratom();
  };
  for (const auto &e : entries) {
    Compute *ours = find(lmp, e.ours_id);
    const double t = median_seconds(repeats, [&] { evaluate(ours, e.array); });
    double tb = 0.0;
    if (e.builtin_id) {
      Compute *builtin = find(lmp, e.builtin_id);
      tb = median_seconds(repeats, [&] {
        lists_stale();
        builtin->compute_peratom();
      });
    } else if (e.array) {
      tb = median_seconds(repeats, [&] { direct_partial_sums(lmp); });
    }
    double bytes = ours->memory_usage(), total_bytes = 0.0;
    MPI_Allreduce(&bytes, &total_bytes, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
    if (me == 0)
      std::printf("| %s | %.0f | %d x %d | %.2f | %.2f | %s | %s | %.1f |\n", e.style, natoms, nprocs,
                  omp_get_max_threads(), 1e3 * t, t / eam, e.builtin,
                  tb > 0 ? std::to_string(t / tb).substr(0, 4).c_str() : "", total_bytes / 1e6);
  }
  // compute ico/interface alone (its inputs current), and the whole stack of examples/anneal.in
  // as on one sampling step: conc/atom 7, ico/atom 3.5, percolation of the icosahedral atoms,
  // pe/atom, ico/interface 10 A, sq/bt to 2 1/A. Its share of MD at 1 ps sampling (500 steps of
  // 2 fs) is estimated against 500 EAM force evaluations (an MD step costs a little more).
  if (stack) {
    Compute *iface = find(lmp, "iface");
    const double t_iface = median_seconds(repeats, [&] { evaluate(iface, false); });
    const char *stack_ids[] = {"conc", "ico", "net", "pe", "iface", "sqa"};
    const double t_stack = median_seconds(repeats, [&] {
      lists_stale();
      for (const char *sid : stack_ids) find(lmp, sid)->invoked_flag = Compute::INVOKED_NONE;
      for (const char *sid : stack_ids) {
        Compute *c = find(lmp, sid);
        if (c->peratom_flag) c->compute_peratom();
        c->invoked_flag |= Compute::INVOKED_PERATOM;
        if (c->array_flag) c->compute_array();
      }
    });
    if (me == 0) {
      std::printf("| ico/interface 10 A, 20 bins (inputs current) | %.0f | %d x %d | %.2f | %.2f | | | |\n", natoms,
                  nprocs, omp_get_max_threads(), 1e3 * t_iface, t_iface / eam);
      std::printf("| anneal stack (examples/anneal.in: conc/atom 7, ico/atom, percolation, pe/atom, ico/interface, sq/bt to 2 1/A) | %.0f | %d x %d | %.2f | %.2f | %.2f %% of 500 EAM evaluations (1 ps sampling) | | |\n",
                  natoms, nprocs, omp_get_max_threads(), 1e3 * t_stack, t_stack / eam,
                  100.0 * t_stack / (500.0 * eam));
    }
  }
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  if (me == 0) std::fprintf(stderr, "max resident memory of rank 0: %.1f MB\n", usage.ru_maxrss / 1024.0);
  delete lmp;
  MPI_Finalize();
  return 0;
}
