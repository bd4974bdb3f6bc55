#!/usr/bin/env bash
# Phase checks of grid points of the Cu-Nb cross interaction (issue 18, target 1), beside
# tools/calibrate-cross.sh: the B2 CuNb formation energy (relaxed, 0 K, against fcc Cu and bcc Nb;
# positive means immiscible) and a spinodal estimate of the Cu50Nb50 liquid from the mean-field
# law S_CC(q_min)^-1 proportional to T - T_s (Ornstein-Zernike), fitted over the temperatures
# potentials/calibration/liquid_demixing.in holds (2,000 atoms, 5 ps equilibration and 10 ps
# averaging each). One row per point in the table (default potentials/calibration/cross_phases.dat);
# points already there are skipped (resumable).
#   tools/calibrate-phases.sh [--table FILE] [--work DIR] [--np N] [--temps "4000 3500 3000 2750"] s,lambda ...
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
table="$here/potentials/calibration/cross_phases.dat" work="${CUNBGLASS_CACHE:-$HOME/.cache/cunbglass}/cross_grid"
np=$(nproc) temps="4000 3500 3000 2750"
points=()
usage() { echo "usage: $0 [--table FILE] [--work DIR] [--np N] [--temps LIST] s,lambda ..." >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --table) table=$(realpath -m "$2"); shift 2 ;;
    --work) work=$(realpath -m "$2"); shift 2 ;;
    --np) np=$2; shift 2 ;;
    --temps) temps=$2; shift 2 ;;
    *,*) points+=("$1"); shift ;;
    *) usage ;;
  esac
done
[ ${#points[@]} -gt 0 ] || usage
[ -x "$here/build/lmp" ] || { echo "error: run tools/setup.sh --no-run first" >&2; exit 1; }
[ -s "$table" ] || echo "# s lambda E_B2-(E_Cu+E_Nb)/2(eV/atom) T_s(K) [1/S_CC(q_min) at T: T:value ...]" > "$table"
lmp() { "$here/tools/mpirun.sh" "$np" "$here/build/lmp" -nocite -screen none "$@"; }
for point in "${points[@]}"; do
  s=${point%,*} l=${point#*,}
  if awk -v s="$s" -v l="$l" '!/^#/ && $1 == s && $2 == l { found = 1 } END { exit !found }' "$table"; then
    echo "[calibrate-phases] s = $s, lambda = $l: in the table already"; continue
  fi
  dir="$work/s${s}_l${l}"
  mkdir -p "$dir"
  pot="$dir/CuNb.eam.alloy"
  [ -s "$pot" ] || "$here/build/cunbglass-eamgen" --attractive-scale "$s" --distance-scale "$l" \
    --output "$pot" --calibration "grid point of tools/calibrate-cross.sh"
  # 0 K energies per atom: fcc Cu, bcc Nb, B2 CuNb, each relaxed under zero pressure
  cat > "$dir/solids.in" <<EOF
label crystal
units metal
atom_style atomic
variable e equal pe/atoms
variable name index cu nb b2
if "\${name} == cu" then "lattice fcc 3.6" "region box block 0 4 0 4 0 4" "create_box 2 box" "create_atoms 1 box"
if "\${name} == nb" then "lattice bcc 3.3" "region box block 0 4 0 4 0 4" "create_box 2 box" "create_atoms 2 box"
if "\${name} == b2" then "lattice custom 3.1 a1 1 0 0 a2 0 1 0 a3 0 0 1 basis 0 0 0 basis 0.5 0.5 0.5" "region box block 0 4 0 4 0 4" "create_box 2 box" "create_atoms 1 box basis 1 1 basis 2 2"
pair_style eam/alloy
pair_coeff * * $pot Cu Nb
fix relax all box/relax iso 0.0
minimize 1e-14 1e-12 5000 50000
print "\${name} \$(v_e:%.6f)" append $dir/solids.txt
clear
next name
jump SELF crystal
EOF
  rm -f "$dir/solids.txt"
  (cd "$dir" && lmp -in solids.in -log none)
  eb2=$(awk '$1 == "cu" { cu = $2 } $1 == "nb" { nb = $2 } $1 == "b2" { b2 = $2 } END { printf "%.4f", b2 - 0.5 * (cu + nb) }' "$dir/solids.txt")
  echo "[calibrate-phases] s = $s, lambda = $l: B2 formation energy $eb2 eV/atom; liquid ($(date -u +%H:%M))"
  rm -f "$dir/liquid.dat"
  (cd "$dir" && lmp -in "$here/potentials/calibration/liquid_demixing.in" -var pot "$pot" -var xcu 0.5 \
     -var temps "$temps" -var equil 5 -var hold 10 -var out liquid.dat -var label "$s,$l" -log none)
  # liquid.dat: label x T H V q1 S_CC(q1) q2 S_CC(q2); least squares of 1/S_CC(q1) = a + b T
  fit=$(awk '{ t = $3; y = 1 / $7; n++; st += t; sy += y; stt += t * t; sty += t * y; pts = pts " " t ":" sprintf("%.3f", y) }
             END { b = (n * sty - st * sy) / (n * stt - st * st); a = (sy - b * st) / n;
                   printf "%.0f%s", (b > 0 ? -a / b : -1), pts }' "$dir/liquid.dat")
  echo "$s $l $eb2 $fit" >> "$table"
  echo "[calibrate-phases] s = $s, lambda = $l: T_s ${fit%% *} K"
done
