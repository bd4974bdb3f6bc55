#!/usr/bin/env bash
# The analysis stack of examples/anneal.in as a share of that deck's own MD (issue 20's measure):
# the deck runs twice on the same glass for the same time, sampling every 1 ps and once at the
# end; the difference of the loop times over the difference of the sample counts is the cost of
# one sample, and what is left of the once-sampled run is the MD (thermostat, neighbour builds,
# the deck's communication cutoff included). Pairs of runs alternate; medians are printed as a
# markdown table row.
#   bench/stack_share.sh LMP DATA NP [pairs] [ps]
#   bench/stack_share.sh build/lmp tests/data/cunb_glass_2000.data 2 3 10
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lmp=$(realpath "$1") data=$(realpath "$2") np=$3 pairs=${4:-3} ps=${5:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'units metal\natom_style atomic\nread_data %s\nwrite_restart glass.restart\n' "$data" > restart.in
"$lmp" -nocite -screen none -log none -in restart.in
atoms=$(awk '/ atoms$/ { print $1; exit }' "$data")
loop_time() {    # loop_time SAMPLE_PS: seconds of the MD loop of one anneal.in run
  "$here/tools/setup/mpirun.sh" "$np" "$lmp" -nocite -screen none -in "$here/examples/anneal.in" \
    -var restart glass.restart -var pot "$here/potentials/CuNb.eam.alloy" -var T 300 \
    -var time_ps "$ps" -var sample_ps "$1" -var dump_ps "$ps" -var out "run$1" >/dev/null
  awk '/^Loop time of/ { t = $4 } END { print t }' "run$1/log.lammps"
}
costs=() shares=()
for _ in $(seq "$pairs"); do
  many=$(loop_time 1) once=$(loop_time "$ps")
  read -r cost share < <(awk -v m="$many" -v o="$once" -v n="$ps" 'BEGIN {
    c = (m - o) / (n - 1); md = (o - c) / n; printf "%.2f %.2f\n", 1000 * c, 100 * c / md }')
  costs+=("$cost") shares+=("$share")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "| anneal.in, sampling every 1 ps vs once in $ps ps | $atoms | $np x ${OMP_NUM_THREADS:-1} | $(median "${costs[@]}") ms per sample | $(median "${shares[@]}") % of the deck's MD per ps (pairs: ${shares[*]} %) |"
