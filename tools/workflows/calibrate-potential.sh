#!/usr/bin/env bash
# The long calibration of the Cu-Nb cross interaction (docs/potential.md), about 25 minutes on
# 2 cores. For each attractive-term scale it tabulates a potential with cunbglass-eamgen and runs
# potentials/calibration/liquid_demixing.in: Cu50Nb50 liquid from 4000 K down to 2000 K (S_CC at
# the smallest wavevectors, enthalpy, volume), and the pure and 25/75 % liquids at 4000 K and
# 2500 K (mixing enthalpy). Results: one line per (scale, x, T) in $out. A point "s,lambda" also
# sets the cross pair's distance scale (cunbglass-eamgen --distance-scale; label s,lambda), and
# "s,lambda,T" also the Nb density scale (--nb-density-scale; label s,lambda,T). A point
# LABEL=FILE holds an eam/alloy or eam/fs (*.eam.fs) file made elsewhere (e.g. tools/dft/fit_cross.py;
# label LABEL).
#   tools/workflows/calibrate-potential.sh [out_file] [s | s,lambda | s,lambda,T | LABEL=FILE ...]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=cross-grid.sh
. "$here/tools/workflows/cross-grid.sh"    # grid_pair_style, grid_setfl_name
out=$(realpath -m "${1:-calibration.dat}"); shift || true
scales=("${@:-0.80 0.85 0.90}")
np=${CUNBGLASS_NP:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -s "$out" ] || echo "# scale x_Cu T(K) H(eV/atom) V(A^3/atom) q1(1/A) S_CC(q1) q2(1/A) S_CC(q2)" > "$out"
# Resumable: a (point, x) with all its rows in $out is skipped; a partial one is dropped and rerun.
rows() { awk -v l="$1" -v x="$2" '$1 == l && $2 == x { n++ } END { print n + 0 }' "$out"; }
drop() { awk -v l="$1" -v x="$2" '!($1 == l && $2 == x)' "$out" > "$out.tmp" && mv "$out.tmp" "$out"; }
for spec in ${scales[*]}; do
  point=${spec%%=*} pot=$work/CuNb_$point.eam.alloy
  if [[ $spec == *=* ]]; then
    [ -s "${spec#*=}" ] || { echo "error: point $spec: no potential file ${spec#*=}" >&2; exit 2; }
    pot=$(grid_setfl_name "$work/CuNb_$point" "${spec#*=}")
    cp "${spec#*=}" "$pot"
  else
    IFS=, read -r s lambda density <<< "$point"
    "$here/build/cunbglass-eamgen" --attractive-scale "$s" --distance-scale "${lambda:-1}" \
      --nb-density-scale "${density:-1}" --output "$pot"
  fi
  run() { (cd "$work" && "$here/tools/setup/mpirun.sh" "$np" "$here/build/lmp" \
      -in "$here/potentials/calibration/liquid_demixing.in" -var pot "$pot" -var pairstyle "$(grid_pair_style "$pot")" \
      -var out "$out" -var label "$point" -log none -echo none -screen none "$@"); }
  liquid() {  # x, number of temperatures, extra arguments
    local x=$1 n=$2
    shift 2
    [ "$(rows "$point" "$x")" -ge "$n" ] && return
    drop "$point" "$x"
    run -var xcu "$x" "$@"
  }
  liquid 0.5 7
  for x in 0.0 0.25 0.75 1.0; do liquid "$x" 2 -var temps "4000 2500"; done
done
echo "results in $out"
