#!/usr/bin/env bash
# examples/anneal.in and examples/diffusion.in resume inside themselves: each runs once without
# interruption and once SIGKILLed in the middle of block 3 (a copy of the deck that kills its own
# LAMMPS process there) and then started again with the same command. The resumed run must end
# with the uninterrupted run's outputs: every number of anneal.txt, anneal_series.dat, msd.dat,
# the histograms, the per-atom dump and diffusion.txt within round-off growth, and the same file
# layout. Also: progress lines with the fraction done, the resume announced in the log, 0
# dangerous builds and no warnings, a finished run started again does no MD, and other settings in the same
# folder are refused with an ERROR that names them.
#   check_resume.sh "MPIRUN -np N FLAGS" /path/to/lmp /path/to/repository
set -u
mpirun=$1 lmp=$2 repo=$3
work=$(mktemp -d)
[ -n "${KEEP_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "FAILED: $*"; exit 1; }
run() { $mpirun "$lmp" -nocite "$@" > "screen.$RANDOM" 2>&1 || fail "lmp $* exited with $?"; }

run -in "$repo/examples/quench.in" -var ncell 4 -var tmelt_ps 1 -var rate 1e15 -var tend 900 \
    -var restart_hi 1000 -var restart_lo 1000
[ -f quench_out/quench_1000K.restart ] || fail "no restart at 1000 K"

# the killing copies: after half of block 3, the LAMMPS process of rank 0 kills itself
# ($PPID of the shell that 'shell' starts); mpirun then ends the other ranks
for deck in anneal diffusion; do
  sed 's|^  run ${nblock_steps}$|  if "${b} == 3" then "run $(v_nblock_steps/2)" '"'"'shell "kill -9 $PPID"'"'"'\n&|' \
    "$repo/examples/$deck.in" > "killed_$deck.in"
  grep -q 'kill -9' "killed_$deck.in" || fail "could not insert the kill into $deck.in"
done

anneal_vars=(-var T 1000 -var time_ps 2 -var block_ps 0.4 -var sample_ps 0.05 -var dump_ps 0.2
             -var msd_every 5 -var msd_tmin 0.05 -var msd_tmax 0.5)
diffusion_vars=(-var restart quench_out/quench_1000K.restart -var T 1000 -var time_ps 2
                -var block_ps 0.4 -var every 5 -var tmin 0.05 -var tmax 0.5)

run -in "$repo/examples/anneal.in" "${anneal_vars[@]}" -var out anneal_whole
$mpirun "$lmp" -nocite -in killed_anneal.in "${anneal_vars[@]}" -var out anneal_resumed \
  > killed_anneal.screen 2>&1 && fail "the killing anneal copy was not killed"
grep -q 'resume_block string 2' anneal_resumed/resume.in || fail "the anneal was not killed in block 3: $(cat anneal_resumed/resume.in)"
[ -f anneal_resumed/anneal.txt ] && fail "the killed anneal wrote its final outputs"
run -in "$repo/examples/anneal.in" "${anneal_vars[@]}" -var out anneal_resumed

run -in "$repo/examples/diffusion.in" "${diffusion_vars[@]}" -var out diffusion_whole
$mpirun "$lmp" -nocite -in killed_diffusion.in "${diffusion_vars[@]}" -var out diffusion_resumed \
  > killed_diffusion.screen 2>&1 && fail "the killing diffusion copy was not killed"
grep -q 'resume_block string 2' diffusion_resumed/resume.in || fail "the diffusion run was not killed in block 3"
run -in "$repo/examples/diffusion.in" "${diffusion_vars[@]}" -var out diffusion_resumed

# Same outputs. The resumed run starts block 3 from a restart file that holds the state to the
# last bit; only the order of force sums may differ (atoms are read back in file order), so the
# two trajectories part by round-off growing over at most 1,000 steps of a 1000 K glass: 1e-6
# relative is far above that growth and far below any physical difference.
/usr/bin/python3 - anneal_whole anneal_resumed diffusion_whole diffusion_resumed <<'EOF' || exit 1
import re, sys
def numbers(path):
    text = open(path).read()
    return re.sub(r"[-+]?\d+\.?\d*(?:[eE][-+]?\d+)?", "#", text), \
        [float(x) for x in re.findall(r"[-+]?\d+\.?\d*(?:[eE][-+]?\d+)?", text)]
def same(a, b, name):
    (ta, xa), (tb, xb) = numbers(f"{a}/{name}"), numbers(f"{b}/{name}")
    if ta != tb or len(xa) != len(xb):
        sys.exit(f"FAILED: {name} differs in layout between {a} and {b}")
    worst = max((abs(x - y) / max(abs(x), abs(y), 1e-3) for x, y in zip(xa, xb)), default=0)
    if worst > 1e-6:
        sys.exit(f"FAILED: {name}: resumed and uninterrupted runs differ by {worst:.2e} (relative)")
    print(f"{name}: {len(xa)} numbers, largest relative difference {worst:.1e}")
for name in ["anneal.txt", "anneal_series.dat", "msd.dat", "anneal_conc_hist.dat",
             "anneal_pico.dat", "anneal.dump"]:
    same(sys.argv[1], sys.argv[2], name)
for name in ["diffusion.txt", "msd.dat"]:
    same(sys.argv[3], sys.argv[4], name)
EOF
[ "$(grep -c '^ANNEAL T = 1000 K block' anneal_resumed/anneal.txt)" -eq 5 ] || fail "anneal.txt lacks a block line"
grep -q '^MSD T = 1000 K' anneal_resumed/anneal.txt || fail "anneal.txt lacks the MSD line"
[ "$(grep -c '^ITEM: TIMESTEP' anneal_resumed/anneal.dump)" -eq 11 ] || fail "anneal.dump: not 11 frames (0 to 2 ps every 0.2 ps)"
grep -q "^RESUME: anneal at 1000 K continues after block 2 of 5" anneal_resumed/log.lammps || fail "no RESUME line in the anneal log"
grep -q "^RESUME: diffusion at 1000 K continues after block 2 of 5" diffusion_resumed/log.lammps || fail "no RESUME line in the diffusion log"
grep -q "^PROGRESS anneal T = 1000 K: block 5/5, 100 % done, [0-9.]* min in this run, about 0.00 min left" \
  anneal_resumed/log.lammps || fail "no final progress line in the anneal log"
grep -q "^PROGRESS diffusion T = 1000 K: block 1/5, 20 % done" diffusion_whole/log.lammps || fail "no progress line in the diffusion log"
bad=$(grep -h "Dangerous builds" ./*/log*.lammps | grep -v "Dangerous builds = 0$")
[ -z "$bad" ] || fail "dangerous neighbour builds: $bad"
# no warnings from the resume machinery on any rank count (LAMMPS 29 Sep 2021's own shell mv
# renamed on every rank and warned on all but one)
warnings=$(grep -h "WARNING" anneal_*/log.lammps diffusion_*/log.lammps killed_*.screen | sort -u)
[ -z "$warnings" ] || fail "warnings in the anneal and diffusion logs: $warnings"

# a finished run started again: nothing to redo, the same final line
run -in "$repo/examples/anneal.in" "${anneal_vars[@]}" -var out anneal_whole
grep -q "^RESUME: anneal at 1000 K continues after block 5 of 5" anneal_whole/log.lammps || fail "a finished anneal started again did not say so"
# other settings in the same folder are refused, naming them (time_ps 4 instead of 2)
$mpirun "$lmp" -nocite -in "$repo/examples/anneal.in" "${anneal_vars[@]/#2/4}" -var out anneal_whole \
  > other.screen 2>&1 && fail "an anneal with other settings resumed in anneal_whole"
grep -q "ERROR: anneal_whole holds an anneal with other settings (T 1000, time_ps 2, block_ps 0.4" other.screen || fail "no ERROR naming the other settings: $(tail -3 other.screen)"
# block and sampling settings that cannot work are refused before any MD, naming the token
refused() {  # refused DECK PATTERN -var ...
  local deck=$1 pattern=$2; shift 2
  $mpirun "$lmp" -nocite -in "$repo/examples/$deck.in" "$@" -var out "bad_$RANDOM" > bad.screen 2>&1 &&
    fail "$deck.in accepted $*"
  grep -q -- "$pattern" bad.screen || fail "$deck.in $*: no ERROR with '$pattern': $(grep ERROR bad.screen)"
}
refused anneal "ERROR: -var msd_every 7: need a whole number of steps that divides block_ps" \
  -var T 1000 -var time_ps 2 -var block_ps 0.4 -var sample_ps 0.05 -var msd_every 7
refused anneal "ERROR: -var sample_ps 0.05 -var block_ps 0.01 -var time_ps 2" \
  -var T 1000 -var time_ps 2 -var block_ps 0.01 -var sample_ps 0.05
refused anneal "ERROR: -var scale huge" -var scale huge
refused anneal "ERROR: -var time_ps 2: need a whole number of blocks of block_ps 0.3" \
  -var T 1000 -var time_ps 2 -var block_ps 0.3 -var sample_ps 0.05
refused diffusion "ERROR: -var block_ps 0 -var time_ps 2" \
  -var restart quench_out/quench_1000K.restart -var T 1000 -var time_ps 2 -var block_ps 0
echo "resume OK"
