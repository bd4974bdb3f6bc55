#!/usr/bin/env bash
# Re-measure the formation enthalpy of interface icosahedra of every finished sample of the
# cross-interaction grid (tools/workflows/calibrate-cross.sh, all seeds) from its anneal dump,
# with examples/analyse_dump.in (LAMMPS rerun: energies from the point's own potential), by both
# references of compute ico/interface: the A-rich/B-rich interpolation and species by species.
# One row per sample (resumable: samples already in the table are skipped).
#   tools/workflows/reanalyse-cross.sh [--table FILE] [--work DIR] [--np N] "s,lambda" ...
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=cross-grid.sh
. "$here/tools/workflows/cross-grid.sh"
grid_options "$here/potentials/calibration/cross_grid_dh.dat" \
  "# s lambda seed frames dH_rich(kJ/mol) dH_by_species(kJ/mol) n_ico n_Cu_rich n_Nb_rich (means over the frames of the anneal dump)" \
  "" "$@"
for point in "${points[@]}"; do
  s=${point%,*} l=${point#*,}
  point_dir=$(grid_point_dir "$s" "$l") pot=$(grid_potential "$s" "$l")
  for dir in "$point_dir" "$point_dir"/seed*; do
    [ -s "$dir/anneal/anneal.txt" ] || continue    # the anneal finished
    seed=1
    [[ $dir == */seed* ]] && seed=${dir##*/seed}
    if awk -v s="$s" -v l="$l" -v k="$seed" '!/^#/ && $1 == s && $2 == l && $3 == k { f = 1 } END { exit !f }' "$table"; then
      continue
    fi
    (cd "$dir" && grid_lmp -in "$here/examples/analyse_dump.in" -var dump anneal/anneal.dump -var fields "x y z" \
       -var every 2000 -var msd no -var pot "$pot" -var pairstyle "$(grid_pair_style "$pot")" -var out reanalysis)
    awk -v s="$s" -v l="$l" -v k="$seed" '!/^#/ { n++; a += $6; b += $8; i += $9; cu += $10; nb += $11 }
      END { printf "%s %s %s %d %.1f %.1f %.0f %.0f %.0f\n", s, l, k, n, a / n, b / n, i / n, cu / n, nb / n }' \
      "$dir/reanalysis/frames.dat" >> "$table"
    tail -n 1 "$table"
  done
done
