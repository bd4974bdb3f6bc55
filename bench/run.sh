#!/usr/bin/env bash
# One command for the benchmarks: builds with -DCUNBGLASS_BENCHMARKS=ON (Release), times every
# style against one EAM force evaluation and the closest LAMMPS built-in on a Cu50Nb50 glass made
# by examples/quench.in (tests/data/cunb_glass_2000.data, replicated to 2,000 / 16,000 / 54,000 /
# 250,000 atoms), with 1 and 2 MPI ranks and 1 and 2 OpenMP threads, runs the Google Benchmark
# kernel suite, and writes docs/performance.md with the scaling slopes and a log-log plot
# (docs/performance_scaling.svg).
#   bench/run.sh [repeats]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repeats=${1:-5}
build="$here/build-bench"
cmake -S "$here" -B "$build" -DCUNBGLASS_BENCHMARKS=ON -DCUNBGLASS_TESTS=OFF \
      -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null
export LAMMPS_POTENTIALS="$here/potentials"
data="$here/tests/data/cunb_glass_2000.data"
styles() {    # styles NP THREADS REPLICATE [md]
  OMP_NUM_THREADS=$2 "$here/tools/setup/mpirun.sh" "$1" "$build/bench/bench_styles" \
    "$build/cunbglassplugin.so" "$data" "$3" "$repeats" ${4:-} 2>/dev/null
}
out="$here/docs/performance.md"
lammps_version=$(grep -o '"[^"]*"' "$(grep LAMMPS_SOURCE_DIR: "$build/CMakeCache.txt" | cut -d= -f2)/version.h" | tr -d '"' | tr '\n' ' ')
{
  echo "# Performance"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d): $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(nproc) cores, LAMMPS ${lammps_version}, Release build. Times are medians of $repeats calls"
  echo "of each style's compute function on the same configuration in the same process; compare the"
  echo "ratios (absolute times on a shared machine drift). Configuration: the Cu50Nb50 glass"
  echo "\`tests/data/cunb_glass_2000.data\` (made by examples/quench.in) replicated n x n x n."
  echo
  echo "Targets (issues 4-8): ico/atom cna at most 1 EAM force evaluation and at most 1.5 x"
  echo "cna/atom; ico/atom voronoi at most voronoi/atom; sq/bt (q <= 0.4 1/A) at most 1 EAM force"
  echo "evaluation at about 50,000 atoms; conc/atom (R = 7 A) at most 2 EAM force evaluations;"
  echo "percolation (30 % selected) at most 1 EAM force evaluation on one rank and not slower on 2;"
  echo "fix msd/exponent sampling every 100 steps at most 5 % of the MD time; fix vdos (10,000 atoms,"
  echo "Nlag 1000) at most 20 % of an EAM step. Since 2026-12-01 no cunbglass style uses a LAMMPS"
  echo "neighbour list: every neighbour search is a cell search over the owned and ghost atoms at their"
  echo "current positions (src/core/cell_grid.h), so no skin is added to the cutoff, and conc/atom can"
  echo "reach beyond the pair cutoff, which coord/atom, reusing the pair list, cannot. The built-ins"
  echo "start every timed call from stale occasional lists (the benchmark marks them stale as a"
  echo "re-neighbouring does), as in MD sampled less often than LAMMPS re-neighbours: their list build"
  echo "is part of their cost, and ours is the cell search. ico/atom cna and percolation built"
  echo "occasional LAMMPS lists to cutoff + skin until then and cost about 2.5 EAM force evaluations"
  echo "each at 54,000 atoms on 1 rank (the table of commit 775c606); the cell search brought both to about"
  echo "1 (target 1). Tables before 2026-11-30 timed calls with only our lists rebuilt (29 Sep 2021)"
  echo "and are not comparable."
  echo
  echo "Since 2026-12-01 the Cu-Nb potential is tabulated to 5.5 A instead of 6.4 A (docs/potential.md,"
  echo "\"The cutoff\"): one EAM force evaluation costs 1.4-1.7 times less, so every ratio below is that"
  echo "much larger than in the tables before, for the same style times. The targets above were set"
  echo "against the 6.4 A evaluation (1 rank, 2026-12-01 before the switch: 2.80 ms for 2,000 atoms,"
  echo "73.62 ms for 54,000);"
  echo "a style that now reads up to 1.4-1.7 meets a target of 1 by that yardstick. The style times"
  echo "themselves did not change."
  echo
  echo "## Styles against one EAM force evaluation and the LAMMPS built-ins"
  echo
  first=1
  for run in "1 1 1" "1 1 2" "1 1 3" "1 1 5" "2 1 3" "1 2 3"; do
    set -- $run
    if [ $first = 1 ]; then styles "$1" "$2" "$3"; first=0; else styles "$1" "$2" "$3" | tail -n +3; fi
  done
  echo
  echo "The anneal-stack rows time what examples/anneal.in evaluates on each sampling step (every"
  echo "compute's flags cleared, as on a new step), against 500 EAM force evaluations: its share of"
  echo "MD at 1 ps sampling, slightly overestimated (an MD step costs a little more than one force"
  echo "evaluation). Issue 20's goal is below 1 %, judged on the deck itself (next section). Computes"
  echo "evaluated on the same positions share neighbour graphs (src/lammps/shared_neighbours.h): the"
  echo "stack searches one 3.5 A graph for ico/atom and percolation, while conc/atom and ico/interface"
  echo "search cells directly. Every timed call first moves one atom per rank by one bit, so no graph"
  echo "is reused across calls; the single-style rows above search their own graphs, as when each is"
  echo "sampled alone. sq/bt to 2 1/A costs atoms x wavevectors, both"
  echo "growing with the box, so the stack's share grows with size: sample the structure factor"
  echo "less often than the rest in large boxes (its own fix ave/time with a longer Nevery)."
  echo
  echo "## The anneal.in stack inside the deck's own MD (issue 20's measure)"
  echo
  echo "bench/stack_share.sh runs examples/anneal.in on the same glass for 10 ps sampling every 1 ps"
  echo "and once, and books the difference of LAMMPS's Modify + Output times per extra sample against"
  echo "the deck's MD per ps (its thermostat, neighbour builds and 12.5 A communication cutoff"
  echo "included); medians of 3 pairs of runs, OpenMP 1 thread."
  echo "The same script before compute conc/atom's cell search (commit b5c9e8c, 2026-11-30) gave"
  echo "16.81 ms per sample = 1.24 % on 1 rank and 11.19 ms = 1.40 % on 2 ranks: the cell search made"
  echo "conc/atom twice as fast alone but not the stack (see CHANGELOG.md); at 775c606 (2026-11-30,"
  echo "ico/atom and percolation still on a LAMMPS list) 1.47 % and 1.38 %; at 4acf036 (2026-12-01,"
  echo "every search by cells, before the kernel work of the core-kernel section) 12.81 ms = 1.07 % and"
  echo "7.57 ms = 1.11 %; at 019c581 (after the kernel work, 6.4 A potential) 9.55 ms = 0.69 % and"
  echo "5.73 ms = 0.71 %. With the 5.5 A potential (2026-12-01) the deck's MD costs about 0.7 of"
  echo "what it did, so the same analyses are a larger share of it: the 2-rank share below is above"
  echo "issue 20's 1 % goal, although per sample the analyses cost no more than before."
  echo
  echo "| run | atoms | ranks x threads | cost | share |"
  echo "|---|---|---|---|---|"
  OMP_NUM_THREADS=1 "$here/bench/stack_share.sh" "$build/lmp" "$data" 1 3 10
  OMP_NUM_THREADS=1 "$here/bench/stack_share.sh" "$build/lmp" "$data" 2 3 10
  echo
  echo "## fix msd/exponent inside MD"
  echo
  echo "| fix | atoms | ranks x threads | cost | added to MD | memory |"
  echo "|---|---|---|---|---|---|"
  styles 2 1 2 md | tail -n 2
  echo
  echo "## fix vdos inside MD (issue 9: at most 20 % of an EAM step with 10,000 atoms and Nlag 1000)"
  echo
  echo "| fix | atoms | ranks x threads | cost | added to MD | memory |"
  echo "|---|---|---|---|---|---|"
  styles 1 1 5x1x1 vdos
  styles 2 1 5x1x1 vdos
  echo
  echo "With the default 20 origins the fix meets the target at any Nevery. The cost grows with the"
  echo "number of stored origins: 1000 origins (a new origin every sample, the O(atoms x Nlag) limit)"
  echo "stream 240 MB of stored velocities per sample and cost more than an MD step per sample; use"
  echo "them only with Nevery of 10 or more. The transform (Nlag^2 x 3 x types operations) runs only"
  echo "when the output is read; the fix refuses Nlag beyond 2e9 such operations."
  echo
  echo "No LAMMPS style computes partial structure factors; the reference for sq/bt is the plain direct"
  echo "sum in the benchmark (one cos and one sin per atom and wavevector, same wavevectors)."
  echo
  echo "## Core kernels (Google Benchmark, 1 thread)"
  echo
  echo '```'
  OMP_NUM_THREADS=1 "$build/bench/bench_kernels" --benchmark_min_time=0.2 2>/dev/null | grep -E "^BM_|^-|Benchmark"
  echo '```'
  echo
  echo "BigO lines give the fitted scaling with atoms (oN: linear)."
  echo "Earlier kernels, measured on this machine with the same benchmarks: BM_DensitySums/2000/20"
  echo "(sq/bt's sums to 2 1/A) 6.76 ms at commit c4c5073 (2026-11-30) and 4.1 ms at 4acf036, before"
  echo "four atoms of a species were added per pass over the sums; BM_LocalCounts/2048 (conc/atom at"
  echo "7 A) 5.5-6.1 ms at 4acf036, before cells wholly inside the sphere were counted whole and cells"
  echo "wholly outside skipped; BM_NeighboursWithin/2048 (the 3.5 A graph of ico/atom and percolation)"
  echo "3.5 ms at 12b3391's parent, which searched every atom's cells twice (count, then fill). Each"
  echo "change gives identical results (sums bit for bit, counts and graphs exactly)."
} > "$out"
python3 "$here/bench/scaling.py" "$out"
# KOKKOS: the 29 Sep 2021 build of tools/setup/run-tests.sh (build-2021/) is the one with KOKKOS
if [ -x "$here/build-2021/lmp" ]; then
  { echo; "$here/bench/kokkos_sync.sh" "$here/build-2021/lmp" 3; } >> "$out"
else
  { echo; echo "## Our styles inside a KOKKOS run"; echo
    echo "Not measured: run tools/setup/run-tests.sh first (it builds build-2021/, the KOKKOS build)."; } >> "$out"
fi
echo "wrote $out and ${out%.md}_scaling.svg"
