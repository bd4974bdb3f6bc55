#!/usr/bin/env bash
# Grid search of the Cu-Nb cross interaction over two parameters (issue 18): the attraction scale
# s and the distance scale lambda of the cross pair (cunbglass-eamgen --attractive-scale,
# --distance-scale). For each point: tabulate the potential, run the README quench
# (examples/quench.in at its small default: 1,024 atoms, 1e13 K/s, to 300 K), then a short 300 K
# anneal of the glass (examples/anneal.in) for the formation enthalpy of icosahedra at composition
# interfaces. One row per point goes to the table (default potentials/calibration/cross_grid.dat);
# points already in the table are skipped, so the command resumes after an interruption.
# Rows written since the species-by-species reference exists end with that enthalpy (column 13).
# --seed N repeats a point as an independent sample: another random alloy and other velocities
# (quench.in's and anneal.in's seeds), in its own work folder; give it its own --table.
#   tools/workflows/calibrate-cross.sh [--table FILE] [--work DIR] [--np N] [--nb-density-scale T] [--seed N] "s,lambda" ...
#   tools/workflows/calibrate-cross.sh 0.85,1.04 0.90,1.04 0.90,1.02
#   tools/workflows/calibrate-cross.sh --seed 2 --table potentials/calibration/cross_grid_seed2.dat 0.90,1.02
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=cross-grid.sh
. "$here/tools/workflows/cross-grid.sh"
seed=""
grid_options "$here/potentials/calibration/cross_grid.dat" \
  "# s lambda crystalline_PTM cna_fcc cna_bcc f_ico_300K lambda_C(A) box(A) f_ico_1800K f_ico_1000K dH_ico_300K(kJ/mol) quench_wall(s) dH_ico_species_300K(kJ/mol)" \
  "--seed" "$@"
seed_vars=()
[ -n "$seed" ] && seed_vars=(-var seed "$((4928 + 7919 * seed))")
for point in "${points[@]}"; do
  s=${point%,*} l=${point#*,}
  if grid_has_point "$s" "$l"; then
    echo "[calibrate-cross] s = $s, lambda = $l: in the table already"; continue
  fi
  pot=$(grid_potential "$s" "$l") dir="$(grid_point_dir "$s" "$l")${seed:+/seed$seed}"
  mkdir -p "$dir"
  echo "[calibrate-cross] s = $s, lambda = $l: quench ($(date -u +%H:%M))"
  start=$(date +%s)
  if [ ! -s "$dir/quench/final.txt" ]; then
    (cd "$dir" && grid_lmp -in "$here/examples/quench.in" -var pot "$pot" -var pairstyle "$(grid_pair_style "$pot")" -var out quench -var restart_hi 1000 -var restart_lo 1000 "${seed_vars[@]}")
  fi
  wall=$(( $(date +%s) - start ))
  echo "[calibrate-cross] s = $s, lambda = $l: 300 K anneal"
  if [ ! -s "$dir/anneal/anneal.txt" ]; then
    (cd "$dir" && grid_lmp -in "$here/examples/anneal.in" -var pot "$pot" -var pairstyle "$(grid_pair_style "$pot")" -var restart quench/glass.restart \
       -var T 300 -var time_ps 4 -var sample_ps 0.2 -var dump_ps 4 -var out anneal "${seed_vars[@]}")
  fi
  final=$(cat "$dir/quench/final.txt")
  read -r xtal fcc bcc fico lam box < <(echo "$final" | sed -n 's/.*crystalline fraction \([0-9.]*\), cna\/atom fcc \([0-9.]*\) bcc \([0-9.]*\), f_ico \([0-9.]*\), .*lambda_C = \([0-9.]*\) A (box \([0-9.]*\) A).*/\1 \2 \3 \4 \5 \6/p')
  f1800=$(grid_quench_f_ico 1800 "$dir/quench/quench_T.dat")
  f1000=$(grid_quench_f_ico 1000 "$dir/quench/quench_T.dat")
  dh=$(grid_anneal_dh_rich "$dir/anneal/anneal.txt")
  dh_species=$(sed -n 's/.* \([-0-9.]*\) kJ\/mol species by species.*/\1/p' "$dir/anneal/anneal.txt")
  echo "$s $l $xtal $fcc $bcc $fico $lam $box ${f1800:-nan} ${f1000:-nan} ${dh:-nan} $wall ${dh_species:-nan}" >> "$table"
  echo "[calibrate-cross] s = $s, lambda = $l: f_ico $fico, lambda_C $lam A (box $box), dH_ico ${dh:-nan} (species by species ${dh_species:-nan}) kJ/mol"
done
