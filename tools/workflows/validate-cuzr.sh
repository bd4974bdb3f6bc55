#!/usr/bin/env bash
# The paper's icosahedral-network analyses on a glass where the network is known to exist:
# Cu64Zr36 with the EAM of Mendelev et al., Phil. Mag. 89, 967 (2009) (CuZr_mm.eam.fs from the
# potentials folder of the LAMMPS tree cunbglass is built against), run through the unchanged
# examples/quench.in (docs/validation-cuzr.md).
#   tools/workflows/validate-cuzr.sh [--rates "1e13 1e12"] [--samples N] [--ncell N] [--np N]
#                                    [--out DIR] [--lmp PATH] [--pot FILE] [--plot-only]
# Stages, one progress line each:
#   1. a fast probe quench (1e14 K/s) whose 300 K g(r) gives the first-shell cutoff (first minimum
#      of g(r)) used for CNA icosahedra and the network from then on (ico_cut.txt);
#   2. quenches from 2000 K to 300 K at each rate, --samples of them (seeds 4928 + 7919 k) at the
#      fastest rate and one at each other: V, H, f_ico^atoms and the largest icosahedral cluster's
#      L*_ico per 25 K step, and at 300 K the Cu atoms centring CNA full icosahedra and Voronoi
#      <0,0,12,0> cells; restart files at 600 K for deformation and load cycles;
#   3. Figs. 3 and 4 below T_g on the slowest rate's first glass at --fig-T (600 K): examples/deform.in
#      (minimised energies of icosahedral and other atoms against strain, to 0.1; then to 0.04,
#      below the yield peak, with -var ico_atoms initial: the unstrained glass's icosahedral
#      atoms followed through the strains, every 0.005; then the same MD with strain steps 100
#      times smaller, the control that says what thermal motion alone does to those atoms'
#      energies) and examples/reversibility.in (--cycles samples, default 10, at amplitudes
#      0.02 0.05 0.1);
#   4. tools/plots/plot_validation_cuzr.py: cuzr.dat and the figures; plot_reproduction.py draws
#      Figs. 3 and 4.
# --ncell 10 (default) is 2,000 atoms; --ncell 4 (128 atoms) is the CI test's size.
# Resumable: a quench whose screen log ends with LAMMPS's "Total wall time" is kept.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
rates="1e13 1e12" samples=3 ncell=10 np=$(nproc) out=validation_cuzr lmp="$here/build/lmp" pot=""
plot_only=0 fig_T=600 cycles=10 amps="0.02 0.05 0.1"
while [ $# -gt 0 ]; do
  case $1 in
    --rates) rates=$2; shift 2 ;;
    --samples) samples=$2; shift 2 ;;
    --ncell) ncell=$2; shift 2 ;;
    --np) np=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --lmp) lmp=$2; shift 2 ;;
    --pot) pot=$2; shift 2 ;;
    --fig-T) fig_T=$2; shift 2 ;;
    --cycles) cycles=$2; shift 2 ;;
    --amps) amps=$2; shift 2 ;;
    --plot-only) plot_only=1; shift ;;
    *) echo "usage: $0 [--rates LIST] [--samples N] [--ncell N] [--np N] [--out DIR] [--lmp PATH] [--pot FILE] [--fig-T T] [--cycles N] [--amps LIST] [--plot-only]" >&2
       exit 2 ;;
  esac
done
[[ $samples =~ ^[1-9][0-9]*$ ]] || { echo "error: --samples $samples: give a whole number >= 1" >&2; exit 2; }
[[ $ncell =~ ^[1-9][0-9]*$ ]] || { echo "error: --ncell $ncell: give a whole number >= 1" >&2; exit 2; }
[[ $cycles =~ ^[0-9]+$ ]] || { echo "error: --cycles $cycles: give a whole number (0: no Figs. 3 and 4)" >&2; exit 2; }
[[ $fig_T =~ ^[0-9]+$ ]] && [ $((fig_T % 25)) -eq 0 ] && [ "$fig_T" -ge 300 ] ||
  { echo "error: --fig-T $fig_T: give a multiple of the quench's 25 K steps, at least 300 K" >&2; exit 2; }
for rate in $rates; do
  awk -v r="$rate" 'BEGIN { exit !(r + 0 == r && r >= 1e9 && r <= 1e15) }' ||
    { echo "error: --rates: $rate is not a cooling rate between 1e9 and 1e15 K/s" >&2; exit 2; }
done
if [ -z "$pot" ]; then    # the LAMMPS tree this build uses holds Mendelev's file
  src=$(sed -n 's/^LAMMPS_SOURCE_DIR:[A-Z]*=//p' "$(dirname "$lmp")/CMakeCache.txt" 2>/dev/null || true)
  pot=$src/../potentials/CuZr_mm.eam.fs
fi
[ -f "$pot" ] || { echo "error: no Mendelev Cu-Zr potential at '$pot'; give it with --pot" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=0
nstages=$((1 + $(wc -w <<< "$rates") - 1 + samples + 4 * (cycles > 0) + 1))
progress() { stage=$((stage + 1)); printf '[validate-cuzr %d/%d %s] %s\n' "$stage" "$nstages" "$(date +%H:%M:%S)" "$*"; }
deck() {  # deck DECK NAME -var ...: examples/DECK.in on Cu64Zr36 into $out/NAME, kept if it finished
  local name=$2 file=$here/examples/$1.in; shift 2
  if grep -q '^Total wall time' "$out/$name.screen" 2>/dev/null; then
    echo "  finished before: kept $name"; return 0
  fi
  (cd "$out" && "$here/tools/setup/mpirun.sh" "$np" "$lmp" -in "$file" -nocite \
     -var pot "$pot" -var pairstyle eam/fs -var elements "Cu Zr" -var out "$name" "$@" > "$name.screen" 2>&1) ||
    { echo "error: $file failed; see $out/$name.screen" >&2; exit 1; }
}
quench() {  # quench NAME RATE SEED ICO_CUT
  deck quench "$1" -var frac2 0.36 -var a0 3.3 -var ncell "$ncell" -var tmelt 2000 -var tmelt_ps 20 \
    -var rate "$2" -var tend 300 -var seed "$3" -var ico_cut "$4" -var restart_hi "$fig_T" \
    -var restart_lo "$fig_T"
}

if [ $plot_only = 0 ]; then
  progress "probe quench at 1e14 K/s: g(r) of the 300 K glass for the first-shell cutoff"
  quench probe 1e14 4928 3.5
  /usr/bin/python3 "$here/tools/plots/plot_validation_cuzr.py" "$out" --first-minimum "$out/probe/rdf.dat" \
    > "$out/ico_cut.txt"
  cut=$(cat "$out/ico_cut.txt")
  echo "  first minimum of g(r): $cut A"
  fastest=$(tr ' ' '\n' <<< "$rates" | sort -g | tail -1)
  for rate in $rates; do
    n=1; [ "$rate" != "$fastest" ] || n=$samples
    for k in $(seq 1 "$n"); do
      progress "quench at $rate K/s, sample $k"
      quench "quench_${rate}_$k" "$rate" $((4928 + 7919 * k)) "$cut"
    done
  done
  if [ "$cycles" -gt 0 ]; then
    glass="quench_$(tr ' ' '\n' <<< "$rates" | sort -g | head -1)_1/quench_${fig_T}K.restart"
    progress "Fig. 3: deformation at $fig_T K of $glass"
    deck deform "deform_$fig_T" -var restart "$glass" -var T "$fig_T" -var ico_cut "$cut"
    below_yield=(-var restart "$glass" -var T "$fig_T" -var ico_cut "$cut" -var strain_max 0.04
                 -var min_every 0.005 -var flow_from 0.02 -var ico_atoms initial)   # the run and its control
    progress "Fig. 3 below the yield peak, the unstrained glass's icosahedral atoms followed"
    deck deform "deform_initial_$fig_T" "${below_yield[@]}"
    progress "Fig. 3 control: the same MD with strain steps 100 times smaller"
    deck deform "deform_control_$fig_T" "${below_yield[@]}" -var control yes
    progress "Fig. 4: $cycles load cycles at $fig_T K, amplitudes $amps"
    deck reversibility "reversibility_$fig_T" -var restart "$glass" -var T "$fig_T" \
      -var ico_cut "$cut" -var samples "$cycles" -var amps "$amps"
  fi
else
  stage=$((nstages - 1))
fi
progress "cuzr.dat and figures"
/usr/bin/python3 "$here/tools/plots/plot_validation_cuzr.py" "$out"
if [ -s "$out/deform_$fig_T/deform.txt" ]; then    # Figs. 3 and 4 as the Cu-Nb sweep draws them
  /usr/bin/python3 "$here/tools/plots/plot_reproduction.py" "$out" --fig3-T "$fig_T" > /dev/null
fi
