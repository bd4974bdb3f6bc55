#!/usr/bin/env bash
# The temperature sweep of Baumer & Demkowicz, PRL 110, 145502 (2013), and its figures:
# quench once, then anneal at every temperature (lambda_C, f_ico, L*_ico, dH_ico and, at
# paper_diffusion scale, the MSD exponent n), deform the annealed structures (flow stress),
# check whether each annealed structure stayed amorphous (crystal.txt), deform the glass at the
# Fig. 3 temperature once more to 0.03 strain (below the yield peak) following the unstrained
# glass's icosahedral atoms (deform.in -var ico_atoms initial), and once with the same MD but
# strain steps 100 times smaller (the control: what thermal motion alone does to those atoms'
# energies), measure n in separate diffusion runs (other scales), continue the anneals at the
# --long temperatures (the two that bracket the transition) to --long-ps, run reversibility
# cycles below and above the glass transition;
# finally tools/plots/plot_reproduction.py draws Figs. 1, 2(a)-(d), 3 and 4 as PNG files, and
# plot_fig1_slices.py Fig. 1(a)-(d) at the --long temperatures (else the reversibility ones).
# Every deck's output stays in OUT.
#   tools/workflows/reproduce.sh [--scale small|medium|paper_diffusion|paper] [--np N]
#       [--temps "1800 1700 ..."] [--long "T1 T2"] [--long-ps PS] [--out DIR] [--lmp PATH] [--plot-only]
# small (default): 1,024 atoms, about 30 minutes on 2 cores; medium: 3,456 atoms, a few hours;
# paper_diffusion: 9,826 atoms (L0 = 5.4 nm), 100 ps melt, 200 ps anneals, about 6 hours on 2
# cores plus the --long anneals (1 ns: about 1 hour each); paper: 48,778 atoms and 20 ns anneals
# (diffusion on 9,826 atoms), weeks on a workstation.
# Extra deck settings pass through CUNBGLASS_DECK_VARS, e.g. "-var seed 11".
# One progress line per stage, with the fraction of the sweep's MD done and an estimate of the
# time left; the anneal and diffusion decks print their own per block.
# Resumable: run the same command again after an interruption and every deck whose log in OUT
# already ends with LAMMPS's "Total wall time" is kept, not rerun, with the decks copied by the
# first run; an anneal or diffusion run that was cut off resumes from its last finished block.
# Remove OUT (or pick another --out) to start over.
set -euo pipefail
here=${CUNBGLASS_REPO:-$(cd "$(dirname "$0")/../.." && pwd)}
args=("$@")
scale=small np=$(nproc) temps="" long="" long_ps=1000
out="" lmp="$here/build/lmp" plot_only=0 fig1_T=1000 fig3_T=1000 rev_temps="1000 1800"
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --np) np=$2; shift 2 ;;
    --temps) temps=$2; shift 2 ;;
    --long) long=$2; shift 2 ;;
    --long-ps) long_ps=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --lmp) lmp=$2; shift 2 ;;
    --plot-only) plot_only=1; shift ;;
    *) echo "usage: $0 [--scale small|medium|paper_diffusion|paper] [--np N] [--temps LIST] [--long LIST] [--long-ps PS] [--out DIR] [--lmp PATH] [--plot-only]" >&2
       exit 2 ;;
  esac
done
# per scale: anneal length (ps, as the anneal deck's scale sets it) and default temperatures;
# at paper_diffusion the anneals carry n (no diffusion decks), densest where n and the flow
# stress of the small sweep change (docs/reproduction.md)
case $scale in
  small) anneal_ps=20 default_temps="1800 1700 1600 1500 1400 1300 1200 1100 1000 900 800 700" ;;
  medium) anneal_ps=200 default_temps="1800 1700 1600 1500 1400 1300 1200 1100 1000 900 800 700" ;;
  paper_diffusion) anneal_ps=200 rev_temps="800 1400" fig1_T=800 fig3_T=800
                   default_temps="1600 1400 1200 1100 1000 950 900 850 800 700 600" ;;
  paper) anneal_ps=20000 default_temps="1800 1700 1600 1500 1400 1300 1200 1100 1000 900 800 700" ;;
  *) echo "error: --scale $scale: use small, medium, paper_diffusion or paper" >&2; exit 2 ;;
esac
temps=${temps:-$default_temps}
for T in $temps $long $rev_temps; do
  [[ $T =~ ^[0-9]+$ ]] && [ $((T % 25)) -eq 0 ] ||
    { echo "error: temperature $T: use whole multiples of the quench's 25 K steps" >&2; exit 2; }
done
for T in $long; do
  [[ " $temps " == *" $T "* ]] || { echo "error: --long $T is not one of --temps" >&2; exit 2; }
done
[[ $long_ps =~ ^[0-9]+$ ]] && [ "$long_ps" -gt "$anneal_ps" ] ||
  { echo "error: --long-ps $long_ps: give whole ps above the $anneal_ps ps anneal" >&2; exit 2; }
out=${out:-reproduce_$scale}
mkdir -p "$out"
out=$(cd "$out" && pwd)
# bash reads a script as it runs it: a sweep runs from its own copy, so that the repository can
# be edited (or checked out) while it goes on
if [ -z "${CUNBGLASS_REPO:-}" ]; then
  cp "$0" "$out/.reproduce.sh"
  CUNBGLASS_REPO=$here exec bash "$out/.reproduce.sh" "${args[@]}"
fi
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
# progress: the fraction of the sweep's MD (in ps of simulated time, deck by deck) done, and the
# time left at this invocation's pace
declare -A cost=([quench]=$((anneal_ps > 20 ? 440 : 390)) [anneal]=$anneal_ps [deform]=100
                 [diffusion]=$((anneal_ps > 20 ? 500 : 50)) [long]=$((long_ps - anneal_ps)) [reversibility]=525
                 [deform_initial]=30)
# Fig. 3 below the yield peak: the glass annealed at fig3_T, to 0.03 strain every 0.005 (the
# 9,826-atom glass annealed at 800 K yields at 0.04-0.045, 0.7 GPa), and its control, the same
# MD with the strain steps 100 times smaller (0.0003 in all)
n_fig3=0; [[ " $temps " != *" $fig3_T "* ]] || n_fig3=2
[ "$scale" != paper ] || cost[quench]=1370
n_diff=0; [ "$scale" = paper_diffusion ] || n_diff=$(wc -w <<< "$temps")
total_ps=$(( cost[quench] + $(wc -w <<< "$temps") * (cost[anneal] + cost[deform]) + n_diff * cost[diffusion]
             + n_fig3 * cost[deform_initial]
             + $(wc -w <<< "$long") * cost[long] + $(wc -w <<< "$rev_temps") * cost[reversibility] ))
nstages=$((1 + 2 * $(wc -w <<< "$temps") + n_fig3 + n_diff + $(wc -w <<< "$long") + $(wc -w <<< "$rev_temps") + 1))
stage=0 done_ps=0 run_ps=0 started=$(date +%s)
progress() {  # progress KIND TEXT: announce a stage of KIND (its cost counts once it is announced)
  local kind=$1 left=""; shift
  stage=$((stage + 1))
  if [ "$run_ps" -gt 0 ]; then
    left=$(awk -v s=$(( $(date +%s) - started )) -v r="$run_ps" -v l=$((total_ps - done_ps)) \
      'BEGIN { printf ", about %.0f min left", s / r * l / 60 }')
  fi
  printf '[reproduce %d/%d %s] %s (%d %% of the MD done%s)\n' "$stage" "$nstages" "$(date +%H:%M:%S)" \
    "$*" $((100 * done_ps / total_ps)) "$left"
  next_ps=0; [ -z "$kind" ] || next_ps=${cost[$kind]}
}
finished() {  # the announced stage is done: its MD counts, and for the pace if it ran here
  done_ps=$((done_ps + next_ps)); [ "$1" = kept ] || run_ps=$((run_ps + next_ps))
  next_ps=0
}
deck() {  # deck NAME LOGNAME -var ...: runs decks/NAME.in in $out, its screen output in a log
  local name=$1 log=$2; shift 2
  if grep -q '^Total wall time' "$out/$log.screen" 2>/dev/null; then
    echo "  finished before: kept $log.screen"; finished kept; return 0
  fi
  (cd "$out" && "$here/tools/setup/mpirun.sh" "$np" "$lmp" -in "decks/$name.in" -nocite \
     -var scale "$scale" ${CUNBGLASS_DECK_VARS:-} "$@" >> "$log.screen" 2>&1) \
    || { echo "error: examples/$name.in failed; see $out/$log.screen" >&2; exit 1; }
  finished ran
}
crystal() {  # crystal FOLDER: does FOLDER/anneal.restart stay amorphous? one CRYSTAL line in
  # crystal.txt (examples/crystal_check.in: PTM at T and in the inherent structure), made once
  grep -q "^CRYSTAL $1:" "$out/crystal.txt" 2>/dev/null && return 0
  [ -f "$out/decks/crystal_check.in" ] || cp "$here/examples/crystal_check.in" "$out/decks/"
  (cd "$out" && "$here/tools/setup/mpirun.sh" "$np" "$lmp" -in decks/crystal_check.in -nocite -log none \
     ${CUNBGLASS_DECK_VARS:-} -var restart "$1/anneal.restart" -var label "$1" -var out crystal.txt \
     >> "$1.screen" 2>&1) || { echo "error: examples/crystal_check.in failed; see $out/$1.screen" >&2; exit 1; }
}

if [ $plot_only = 0 ]; then
  qdir=quench_out; [ "$scale" = small ] || qdir=quench_$scale
  hi=$(tr ' ' '\n' <<< "$temps $rev_temps" | sort -n | tail -1)
  lo=$(tr ' ' '\n' <<< "$temps $rev_temps" | sort -n | head -1)
  dT=100; for T in $temps $rev_temps; do [ $((T % dT)) -eq 0 ] || dT=$((T % 50 == 0 && dT >= 50 ? 50 : 25)); done
  progress quench "quench ($scale scale) with restarts every $dT K from $hi K to $lo K"
  melt=(); [ "$scale" != paper_diffusion ] || melt=(-var tmelt_ps 100)   # the issue-29 protocol: >= 100 ps
  deck quench quench -var out "$qdir" -var restart_hi "$hi" -var restart_lo "$lo" -var restart_dT "$dT" "${melt[@]}"
  [ "$scale" != paper ] || {
    progress "" "quench of the 9,826-atom diffusion system"
    deck quench quench_diffusion -var scale paper_diffusion -var restart_hi "$hi" -var restart_lo "$lo" -var restart_dT "$dT"; }
  for T in $temps; do
    progress anneal "anneal at $T K"
    deck anneal "anneal_$T" -var T "$T" -var restart "$qdir/quench_${T}K.restart" -var out "anneal_$T"
    crystal "anneal_$T"
  done
  for T in $temps; do
    progress deform "deform at $T K"
    deck deform "deform_$T" -var T "$T" -var restart "anneal_$T/anneal.restart" -var out "deform_$T"
  done
  if [ $n_fig3 -gt 0 ]; then
    below_yield=(-var T "$fig3_T" -var restart "anneal_$fig3_T/anneal.restart" -var strain_max 0.03
                 -var min_every 0.005 -var flow_from 0.015 -var ico_atoms initial)   # the run and its control
    progress deform_initial "Fig. 3 at $fig3_T K below the yield peak, the unstrained glass's icosahedral atoms followed"
    deck deform "deform_initial_$fig3_T" "${below_yield[@]}" -var out "deform_initial_$fig3_T"
    progress deform_initial "Fig. 3 control at $fig3_T K: the same MD with strain steps 100 times smaller"
    deck deform "deform_control_$fig3_T" "${below_yield[@]}" -var control yes -var out "deform_control_$fig3_T"
  fi
  if [ "$scale" != paper_diffusion ]; then
    for T in $temps; do
      progress diffusion "diffusion at $T K"
      deck diffusion "diffusion_$T" -var T "$T" -var out "diffusion_$T"
    done
  fi
  for T in $long; do
    progress long "anneal at $T K continued to $long_ps ps"
    deck anneal "anneal_long_$T" -var T "$T" -var restart "anneal_$T/anneal.restart" \
      -var time_ps $((long_ps - anneal_ps)) -var out "anneal_long_$T"
    crystal "anneal_long_$T"
  done
  for T in $rev_temps; do
    progress reversibility "reversibility at $T K"
    [ -f "$out/anneal_$T/anneal.restart" ] || { deck anneal "anneal_$T" -var T "$T" \
      -var restart "$qdir/quench_${T}K.restart" -var out "anneal_$T"; crystal "anneal_$T"; }
    deck reversibility "reversibility_$T" -var T "$T" -var restart "anneal_$T/anneal.restart" \
      -var out "reversibility_$T"
  done
else
  stage=$((nstages - 1))
fi
progress "" "figures"
/usr/bin/python3 "$here/tools/plots/plot_reproduction.py" "$out" --fig1-T "$fig1_T" --fig3-T "$fig3_T" \
  --anneal-ps "$anneal_ps"
# Fig. 1(a)-(d): slices at the two temperatures that bracket the transition (the --long ones,
# from their longest anneal), else at the reversibility temperatures, below and above it
read -r below above _ <<< "${long:-$rev_temps}"
[ -n "$above" ] || read -r below above _ <<< "$rev_temps"
if [ -s "$out/anneal_$below/anneal.dump" ] && [ -s "$out/anneal_$above/anneal.dump" ]; then
  (cd "$here/tools/plots" && /usr/bin/python3 plot_fig1_slices.py "$out" "$below" "$above" \
     --out "fig1abcd_slices_${below}_$above.png")
fi
