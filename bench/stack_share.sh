#!/usr/bin/env bash
# The analysis stack of examples/anneal.in as a share of that deck's own MD (issue 20's measure):
# the deck runs twice on the same glass for the same time, sampling every 1 ps and once at the
# end. LAMMPS books the computes under Modify (fix ave/time and ave/histo call them) and Output
# (thermo, dump): the difference of Modify + Output between the runs over the difference of the
# sample counts is the cost of one sample (the force and neighbour times, equal in both runs,
# cancel and add no noise); the once-sampled run's loop time less that sample is the MD
# (thermostat, neighbour builds, the deck's communication cutoff included). Pairs of runs
# alternate; medians are printed as a markdown table row. GLASS: a data file or a restart.
#   bench/stack_share.sh LMP GLASS NP [pairs] [ps]
#   bench/stack_share.sh build/lmp tests/data/cunb_glass_2000.data 2 3 10
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lmp=$(realpath "$1") data=$(realpath "$2") np=$3 pairs=${4:-3} ps=${5:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
if [[ $data == *.restart ]]; then
  ln -s "$data" glass.restart
else
  printf 'units metal\natom_style atomic\nread_data %s\nwrite_restart glass.restart\n' "$data" > restart.in
  "$lmp" -nocite -screen none -log none -in restart.in
fi
times() {    # times SAMPLE_PS: "loop seconds, Modify + Output seconds, atoms" of one anneal.in run
  "$here/tools/setup/mpirun.sh" "$np" "$lmp" -nocite -screen none -in "$here/examples/anneal.in" \
    -var restart glass.restart -var pot "$here/potentials/CuNb.eam.alloy" -var T 300 \
    -var time_ps "$ps" -var sample_ps "$1" -var dump_ps "$ps" -var out "run$1" >/dev/null
  awk '/^Loop time of/ { t = $4; n = $(NF - 1) } /^(Modify|Output) *\|/ { m += $3 } END { print t, m, n }' "run$1/log.lammps"
}
costs=() shares=()
for _ in $(seq "$pairs"); do
  read -r _ many atoms < <(times 1)
  read -r loop once _ < <(times "$ps")
  read -r cost share < <(awk -v m="$many" -v o="$once" -v l="$loop" -v n="$ps" 'BEGIN {
    c = (m - o) / (n - 1); md = (l - c) / n; printf "%.2f %.2f\n", 1000 * c, 100 * c / md }')
  costs+=("$cost") shares+=("$share")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "| anneal.in, sampling every 1 ps vs once in $ps ps | $atoms | $np x ${OMP_NUM_THREADS:-1} | $(median "${costs[@]}") ms per sample | $(median "${shares[@]}") % of the deck's MD per ps (pairs: ${shares[*]} %) |"
