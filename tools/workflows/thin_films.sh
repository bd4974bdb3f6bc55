#!/usr/bin/env bash
# Thin-film VDOS and heat capacity (Zaccone's confinement law, docs/thin-films.md): runs
# examples/film_vdos.in for every thickness and for the bulk glass, then
# tools/plots/plot_thin_films.py fits the exponents a (g ~ omega^a) and b (C_v ~ T^b) with
# build/cunbglass-vdos-fit and draws g/omega^2, C_v/T^3 against T and C_v against L.
#   tools/workflows/thin_films.sh [--glass FILE] [--thickness "15 20 30 45 60"] [--clamp W] [--np N]
#                       [--out DIR] [--plot-only]
# --clamp W also runs every thickness with rigid surface layers of W A (no flexural modes).
# Runs whose film_<L>.txt exists in DIR are not repeated (a stopped sweep resumes).
# The glass defaults to quench_out/glass.data (README command (a)). Films are replicated to a
# lateral size of 4 L: L = 15, 20, 30, 45, 60 A have about 5,500, 13,000, 31,000, 115,000 and
# 240,000 atoms (1,024-atom glass); each run is 25,000 steps. Extra deck settings pass through
# CUNBGLASS_DECK_VARS, e.g. "-var run_ps 80".
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
glass=quench_out/glass.data thickness="15 20" np=$(nproc) out=thin_films plot_only=0 clamp=0
while [ $# -gt 0 ]; do
  case $1 in
    --glass) glass=$2; shift 2 ;;
    --thickness) thickness=$2; shift 2 ;;
    --clamp) clamp=$2; shift 2 ;;
    --np) np=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --plot-only) plot_only=1; shift ;;
    *) echo "usage: $0 [--glass FILE] [--thickness LIST] [--clamp W] [--np N] [--out DIR] [--plot-only]" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ $plot_only = 0 ]; then
  [ -f "$glass" ] || { echo "error: no glass at $glass; run examples/quench.in first (tools/setup/setup.sh)" >&2; exit 1; }
  glass=$(cd "$(dirname "$glass")" && pwd)/$(basename "$glass")
  mkdir -p "$out/decks"
  cp "$here/examples/film_vdos.in" "$out/decks/"    # LAMMPS reads a deck as it goes
  runs=""
  for L in $thickness; do runs="$runs $L"; done
  runs="$runs bulk"
  if [ "$clamp" != 0 ]; then for L in $thickness; do runs="$runs ${L}c"; done; fi
  n=0 total=$(wc -w <<< "$runs")
  for run in $runs; do
    n=$((n + 1))
    L=${run%c} vars=()
    [ "$run" = "$L" ] || vars=(-var clamp "$clamp")
    if [ -f "$out/film_$run.txt" ]; then
      printf '[thin-films %d/%d] %s done before (film_%s.txt), skipped\n' "$n" "$total" "$run" "$run"
      continue
    fi
    printf '[thin-films %d/%d %s] film_vdos.in L = %s\n' "$n" "$total" "$(date +%H:%M:%S)" "$run"
    (cd "$out" && "$here/tools/setup/mpirun.sh" "$np" "$here/build/lmp" -in decks/film_vdos.in -nocite \
       -var glass "$glass" -var L "$L" "${vars[@]}" -var out . ${CUNBGLASS_DECK_VARS:-} > "screen_$run.txt" 2>&1) \
      || { echo "error: film_vdos.in L = $run failed; see $out/screen_$run.txt" >&2; exit 1; }
  done
fi
echo "[thin-films] fits and figures"
/usr/bin/python3 "$here/tools/plots/plot_thin_films.py" "$out" --fit "$here/build/cunbglass-vdos-fit"
