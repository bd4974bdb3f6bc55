#!/usr/bin/env bash
# The whole calibration of the Cu-Nb cross interaction (issue 18, docs/potential.md) as one
# resumable command: for the points given, every measurement the search tables hold, then the
# map. Each stage skips what its table already has, so after an interruption the same command
# goes on where it stopped. Per point, on 2 cores: about 15 minutes of README quenches (one per
# seed), 10 minutes of phase checks, 25 minutes of liquid holds and 20 minutes at 9,826 atoms.
#   1. tools/workflows/calibrate-cross.sh, seeds 1..N: README quench + 300 K anneal (f_ico,
#      lambda_C, crystalline fractions, dH_ico)          potentials/calibration/cross_grid[_seedK].dat
#   2. tools/workflows/reanalyse-cross.sh: dH_ico of every sample by both references
#                                                        potentials/calibration/cross_grid_dh.dat
#   3. tools/workflows/calibrate-phases.sh: B2 CuNb, spinodal estimate  .../cross_phases.dat
#   4. tools/workflows/calibrate-potential.sh: 20 ps liquid holds 4000 -> 2000 K (target 1)
#                                                        .../liquid_demixing_cross.dat
#   5. tools/workflows/cmro-check.sh: 9,826 atoms quenched to 1400 K (target 4)  .../cmro.dat
#   6. tools/plots/plot_cross_grid.py: docs/figures/potential/cross_grid{,_samples}.png
# With --nb-density-scale T (not 1) the tables of stages 1-3 end in _tT.TT (the liquid and CMRO
# tables carry T in their rows).
# A point LABEL=FILE puts an eam/alloy or eam/fs (*.eam.fs) file made elsewhere through every stage (rows "LABEL file";
# tools/workflows/cross-grid.sh), e.g. the DFT-fitted cross pair of issue 31.
#   tools/workflows/calibrate-grid.sh [--seeds N] [--np N] [--nb-density-scale T] s,lambda | LABEL=FILE ...
#   tools/workflows/calibrate-grid.sh 0.875,1.00 0.90,1.02
#   tools/workflows/calibrate-grid.sh --np 2 dft=potentials/dft/CuNb_dft.eam.fs
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
seeds=5 np=$(nproc) density=1 points=() files=0    # files: how many LABEL=FILE points
usage() { echo "usage: $0 [--seeds N] [--np N] [--nb-density-scale T] s,lambda | LABEL=FILE ..." >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --seeds) seeds=$2; shift 2 ;;
    --np) np=$2; shift 2 ;;
    --nb-density-scale) density=$2; shift 2 ;;
    *=*) points+=("${1%%=*}=$(realpath -m "${1#*=}")"); files=$((files + 1)); shift ;;
    *,*) points+=("$1"); shift ;;
    *) usage ;;
  esac
done
[ ${#points[@]} -gt 0 ] || usage
[[ $seeds =~ ^[1-9][0-9]*$ ]] || { echo "error: --seeds $seeds: give a whole number >= 1" >&2; exit 2; }
# shellcheck source=cross-grid.sh
. "$here/tools/workflows/cross-grid.sh"
grid_refuse_density_with_files "$density" "$files"
cal=$here/potentials/calibration wf=$here/tools/workflows
suffix=""
awk -v t="$density" 'BEGIN { exit !(t == 1) }' || suffix=$(printf '_t%.2f' "$density")
common=(--np "$np" --nb-density-scale "$density")
stage() { printf '[calibrate-grid %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

for k in $(seq 1 "$seeds"); do
  table=$cal/cross_grid$suffix.dat seed_args=()
  [ "$k" = 1 ] || { table=$cal/cross_grid${suffix}_seed$k.dat; seed_args=(--seed "$k"); }
  stage "1. README quench and anneal, seed $k"
  "$wf/calibrate-cross.sh" "${common[@]}" "${seed_args[@]}" --table "$table" "${points[@]}"
done
stage "2. dH_ico of every sample by both references"
"$wf/reanalyse-cross.sh" "${common[@]}" --table "$cal/cross_grid_dh$suffix.dat" "${points[@]}"
stage "3. B2 CuNb and the spinodal estimate"
"$wf/calibrate-phases.sh" "${common[@]}" --table "$cal/cross_phases$suffix.dat" "${points[@]}"
stage "4. liquid holds from 4000 K to 2000 K"
liquid_points=()
for p in "${points[@]}"; do
  if [ -n "$suffix" ]; then liquid_points+=("$p,$density"); else liquid_points+=("$p"); fi
done
CUNBGLASS_NP=$np "$wf/calibrate-potential.sh" "$cal/liquid_demixing_cross.dat" "${liquid_points[@]}"
stage "5. 9,826 atoms quenched to 1400 K"
"$wf/cmro-check.sh" "${common[@]}" --table "$cal/cmro.dat" "${points[@]}"
stage "6. the map"
/usr/bin/python3 "$here/tools/plots/plot_cross_grid.py"
