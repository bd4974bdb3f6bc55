#!/usr/bin/env bash
# Target 4 of issue 18 for points of the cross-interaction grid: the paper's small size (9,826
# atoms, examples/quench.in -var ncell 17: 20 ps at 4000 K, 1e13 K/s) quenched to 1400 K, then
# potentials/calibration/cmro.in: lambda_C by the parabola vertex and the first moment of S_CC,
# and the percentiles of the local Cu fraction in 7 A spheres (from its 1 % histogram). One row
# per point in the table (default potentials/calibration/cmro.dat); points already there are
# skipped, an unfinished quench restarts (about 20 minutes on 2 ranks).
#   tools/workflows/cmro-check.sh [--table FILE] [--work DIR] [--np N] [--nb-density-scale T] s,lambda ...
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=cross-grid.sh
. "$here/tools/workflows/cross-grid.sh"
grid_options "$here/potentials/calibration/cmro.dat" \
  "# s lambda T_density atoms box(A) lambda_C_vertex(A) lambda_C_moment(A) q1_error(1/A) Cu_p5 Cu_p25 Cu_p75 Cu_p95 below_25% above_75% crystalline_PTM f_ico wall(s)" \
  "" "$@"
for point in "${points[@]}"; do
  s=${point%,*} l=${point#*,}
  if awk -v s="$s" -v l="$l" -v t="$density" '!/^#/ && $1 == s && $2 == l && $3 == t { f = 1 } END { exit !f }' "$table"; then
    echo "[cmro-check] s = $s, lambda = $l, T = $density: in the table already"; continue
  fi
  pot=$(grid_potential "$s" "$l") dir="$(grid_point_dir "$s" "$l")/cmro"
  mkdir -p "$dir"
  start=$(date +%s)
  echo "[cmro-check] s = $s, lambda = $l, T = $density: 9,826-atom quench to 1400 K ($(date -u +%H:%M))"
  [ -s "$dir/quench/final.txt" ] || (cd "$dir" && grid_lmp -in "$here/examples/quench.in" -var pot "$pot" -var pairstyle "$(grid_pair_style "$pot")" \
    -var ncell 17 -var tend 1400 -var restart_hi 1000 -var restart_lo 1000 -var out quench)
  (cd "$dir" && grid_lmp -in "$here/potentials/calibration/cmro.in" -var restart quench/glass.restart -var pot "$pot" \
    -var pairstyle "$(grid_pair_style "$pot")" -var out cmro)
  read -r atoms box vertex moment err < <(sed -n 's/CMRO: \([0-9]*\) atoms, box \([0-9.]*\) A, lambda_C \([0-9.]*\) A (vertex), \([0-9.]*\) A (first moment, q1 [0-9.]* +- \([0-9.]*\) 1\/A)/\1 \2 \3 \4 \5/p' "$dir/cmro/cmro.txt" | tail -n 1)
  # fix ave/histo rows: bin, centre, count, fraction (after a line "step bins total missing min max")
  read -r p5 p25 p75 p95 low high < <(awk '!/^#/ && NF == 4 { c[++n] = $2; f[n] = $4 }
    END { split("0.05 0.25 0.75 0.95", want, " "); k = 1; cum = 0
      for (i = 1; i <= n; i++) { cum += f[i]; while (k <= 4 && cum >= want[k]) { p[k++] = c[i] } }
      for (i = 1; i <= n; i++) { if (c[i] < 0.25) lo += f[i]; if (c[i] > 0.75) hi += f[i] }
      printf "%.3f %.3f %.3f %.3f %.3f %.3f\n", p[1], p[2], p[3], p[4], lo, hi }' "$dir/cmro/conc_hist.dat")
  final=$(cat "$dir/quench/final.txt")
  read -r xtal fico < <(echo "$final" | sed -n 's/.*crystalline fraction \([0-9.n/a]*\), .*f_ico \([0-9.]*\), .*/\1 \2/p')
  echo "$s $l $density $atoms $box $vertex $moment $err $p5 $p25 $p75 $p95 $low $high $xtal $fico $(( $(date +%s) - start ))" >> "$table"
  tail -n 1 "$table"
done
