#!/usr/bin/env bash
# The temperature sweep of Baumer & Demkowicz, PRL 110, 145502 (2013), and its figures:
# quench once, then at every temperature anneal (lambda_C, f_ico, L*_ico), deform the annealed
# structure (flow stress) and measure the diffusion exponent n; reversibility cycles below and
# above the glass transition; finally tools/plots/plot_reproduction.py draws Figs. 1(e,f), 2(a)-(d),
# 3 and 4 as PNG files. One progress line per stage; every deck's output stays in OUT.
#   tools/workflows/reproduce.sh [--scale small|medium|paper] [--np N] [--temps "1800 1700 ..."]
#                      [--out DIR] [--lmp PATH] [--plot-only]
# small (default): 1,024 atoms, about 30 minutes on 2 cores; medium: 3,456 atoms, a few hours;
# paper: 48,778 atoms and 20 ns anneals (diffusion on 9,826 atoms), weeks on a workstation.
# Extra deck settings pass through CUNBGLASS_DECK_VARS, e.g. "-var seed 11".
# Resumable: run the same command again after an interruption and every deck whose log in OUT
# already ends with LAMMPS's "Total wall time" is kept, not rerun, with the decks copied by the
# first run. Remove OUT (or pick another --out) to start over.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
scale=small np=$(nproc) temps="1800 1700 1600 1500 1400 1300 1200 1100 1000 900 800 700"
out="" lmp="$here/build/lmp" plot_only=0 fig1_T=1000 fig3_T=1000 rev_temps="1000 1800"
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --np) np=$2; shift 2 ;;
    --temps) temps=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --lmp) lmp=$2; shift 2 ;;
    --plot-only) plot_only=1; shift ;;
    *) echo "usage: $0 [--scale small|medium|paper] [--np N] [--temps LIST] [--out DIR] [--lmp PATH] [--plot-only]" >&2
       exit 2 ;;
  esac
done
case $scale in
  small|medium|paper) ;;
  *) echo "error: --scale $scale: use small, medium or paper" >&2; exit 2 ;;
esac
out=${out:-reproduce_$scale}
mkdir -p "$out"
out=$(cd "$out" && pwd)
[ -x "$lmp" ] || { echo "error: no LAMMPS launcher at $lmp; run tools/setup/setup.sh --no-run first" >&2; exit 1; }

# the decks are copied first: LAMMPS reads a deck as it goes, so an edit during a sweep would
# change the later stages; the copies also record what produced the results (a resumed sweep
# keeps the first run's copies)
mkdir -p "$out/decks"
if [ $plot_only = 0 ]; then
  if compgen -G "$out/decks/*.in" > /dev/null; then
    echo "resuming in $out with the decks copied there by the first run"
  else
    cp "$here"/examples/*.in "$out/decks/"
  fi
fi
deck() {  # deck NAME LOGNAME -var ...: runs decks/NAME.in in $out, its screen output in a log
  local name=$1 log=$2; shift 2
  if grep -q '^Total wall time' "$out/$log.screen" 2>/dev/null; then
    echo "  finished before: kept $log.screen"; return 0
  fi
  (cd "$out" && "$here/tools/setup/mpirun.sh" "$np" "$lmp" -in "decks/$name.in" -nocite \
     -var scale "$scale" ${CUNBGLASS_DECK_VARS:-} "$@" > "$log.screen" 2>&1) \
    || { echo "error: examples/$name.in failed; see $out/$log.screen" >&2; exit 1; }
}
stage=0
ntemps=$(wc -w <<< "$temps")
nstages=$((1 + 3 * ntemps + $(wc -w <<< "$rev_temps") + 1))
progress() { stage=$((stage + 1)); printf '[reproduce %d/%d %s] %s\n' "$stage" "$nstages" "$(date +%H:%M:%S)" "$*"; }

if [ $plot_only = 0 ]; then
  qdir=quench_out; [ "$scale" = small ] || qdir=quench_$scale
  hi=$(tr ' ' '\n' <<< "$temps $rev_temps" | sort -n | tail -1)
  lo=$(tr ' ' '\n' <<< "$temps $rev_temps" | sort -n | head -1)
  progress "quench ($scale scale) with restarts from $hi K to $lo K"
  deck quench quench -var out "$qdir" -var restart_hi "$hi" -var restart_lo "$lo"
  [ "$scale" != paper ] || {
    progress "quench of the 9,826-atom diffusion system"
    deck quench quench_diffusion -var scale paper_diffusion -var restart_hi "$hi" -var restart_lo "$lo"; }
  for T in $temps; do
    progress "anneal at $T K"
    deck anneal "anneal_$T" -var T "$T" -var restart "$qdir/quench_${T}K.restart" -var out "anneal_$T"
    progress "deform at $T K"
    deck deform "deform_$T" -var T "$T" -var restart "anneal_$T/anneal.restart" -var out "deform_$T"
    progress "diffusion at $T K"
    deck diffusion "diffusion_$T" -var T "$T" -var out "diffusion_$T"
  done
  for T in $rev_temps; do
    progress "reversibility at $T K"
    [ -f "$out/anneal_$T/anneal.restart" ] || deck anneal "anneal_$T" -var T "$T" \
      -var restart "$qdir/quench_${T}K.restart" -var out "anneal_$T"
    deck reversibility "reversibility_$T" -var T "$T" -var restart "anneal_$T/anneal.restart" \
      -var out "reversibility_$T"
  done
else
  stage=$((nstages - 1))
fi
progress "figures"
/usr/bin/python3 "$here/tools/plots/plot_reproduction.py" "$out" --fig1-T "$fig1_T" --fig3-T "$fig3_T"
