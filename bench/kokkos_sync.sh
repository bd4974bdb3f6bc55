#!/usr/bin/env bash
# What our (host) styles cost inside a KOKKOS run: MD of the 16,000-atom Cu-Nb glass with the
# anneal stack (conc/atom 7 A, ico/atom, percolation, ico/interface, sq/bt) evaluated every 10
# steps and without it, run plainly (1 thread) and with `-k on t 1 -sf kk` (OpenMP backend, 1
# thread), on 1 rank. The stack's cost per evaluation is (loop time with - without) / evaluations;
# its excess in the KOKKOS run is what LAMMPS's host-device synchronisation (and its host-side
# neighbour list for our requests) adds per evaluation. Prints a Markdown section.
#   bench/kokkos_sync.sh /path/to/lmp-with-KOKKOS [repeats]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lmp=$1 repeats=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LAMMPS_POTENTIALS="$here/potentials" OMP_NUM_THREADS=1 OMP_PROC_BIND=false
steps=200 every=10
loop_time() {    # loop_time STACK EVERY [extra lmp flags]: median loop time of the MD run (s)
  local stack=$1 ev=$2; shift 2
  for r in $(seq "$repeats"); do
    "$lmp" -nocite -screen none -log "$work/log.lammps" "$@" -in "$here/bench/kokkos_sync.in" \
      -var data "$here/tests/data/cunb_glass_2000.data" -var every "$ev" -var steps "$steps" -var stack "$stack" >/dev/null
    grep "^Loop time" "$work/log.lammps" | tail -n 1 | awk '{ print $4 }'
  done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
row() {    # row STACK LABEL: one table row per stack, plain and KOKKOS
  local p0 p1 k0 k1
  p0=$(loop_time "$1" 0); p1=$(loop_time "$1" $every)
  k0=$(loop_time "$1" 0 -k on t 1 -sf kk); k1=$(loop_time "$1" $every -k on t 1 -sf kk)
  awk -v p0="$p0" -v p1="$p1" -v k0="$k0" -v k1="$k1" -v n=$((steps / every)) -v s=$steps -v label="$2" 'BEGIN {
    printf "| %s | %.2f | %.1f | %.2f | %.1f | %+.1f (%+.0f %%) |\n", label, 1000*p0/s, 1000*(p1-p0)/n,
           1000*k0/s, 1000*(k1-k0)/n, 1000*((k1-k0)-(p1-p0))/n, 100*((k1-k0)/(p1-p0)-1) }'
}
cat <<EOT
## Our styles inside a KOKKOS run (OpenMP backend)

Written by \`bench/kokkos_sync.sh\` on $(date -u +%Y-%m-%d): LAMMPS 29 Sep 2021 built with KOKKOS
(Kokkos 3.4.1, OpenMP backend; the 4 Feb 2025 engine has no KOKKOS, see docs/design.md), the
Cu-Nb glass replicated to 16,000 atoms, 1 rank, 1 thread, $steps MD steps with the styles evaluated
every $every steps through thermo ($((steps / every)) evaluations), plainly (eam/alloy) and with
\`-k on t 1 -sf kk\` (eam/alloy/kk); medians of $repeats runs. Cost per evaluation = (loop time
with the styles - without) / evaluations.

| styles | plain MD (ms/step) | plain: per evaluation (ms) | KOKKOS MD (ms/step) | KOKKOS: per evaluation (ms) | KOKKOS - plain per evaluation (ms) |
|---|---|---|---|---|---|
EOT
row light "ico/atom alone"
row full "anneal stack: conc/atom 7 A, ico/atom, percolation, ico/interface, sq/bt (q <= 2 1/A)"
cat <<'EOT'

The last column is what a KOKKOS run adds to each evaluation of our host styles: LAMMPS's
host-device synchronisation before them and the host neighbour lists KOKKOS builds for their
requests. With the OpenMP backend host and device share memory, so the synchronisation copies
nothing, and the difference is within the run-to-run noise of this shared machine. With a GPU
backend each evaluation would also copy positions, types, masks and image flags (28 bytes per
atom, 0.45 MB here) from the device; no GPU build was tested.
EOT
