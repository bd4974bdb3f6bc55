#!/usr/bin/env bash
# tools/workflows/reproduce.sh resumes after an interruption: a second run of the same command
# reruns neither the decks whose log ended nor the deck copies of the first run, and starts again
# at the deck that failed. LAMMPS is replaced by a stand-in that records each call (deck and T)
# and fails on the call named in FAKE_FAIL, so no MD runs.
#   tests/tools/check_reproduce_resume.sh path/to/repository
set -u
repo=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/fake_lmp" <<'FAKE'
#!/usr/bin/env bash
deck=- T=- label="" out=""
while [ $# -gt 0 ]; do
  case $1 in
    -in) deck=$(basename "$2" .in); shift 2 ;;
    -var) case $2 in T) T=$3 ;; label) label=$3 ;; out) out=$3 ;; esac; shift 3 ;;
    *) shift ;;
  esac
done
[ "$deck" != crystal_check ] || T=$label
echo "$deck $T" >> "$FAKE_CALLS"
[ "$deck" != crystal_check ] || echo "CRYSTAL $label: stand-in" >> "$out"
[ "$deck $T" = "$FAKE_FAIL" ] && { echo "ERROR: stand-in failure"; exit 1; }
echo "Total wall time: 0:00:00"
FAKE
chmod +x "$work/fake_lmp"
export FAKE_CALLS=$work/calls
fail=0
# shellcheck source=recorded_calls.sh
. "$(dirname "$0")/recorded_calls.sh"
sweep() {   # sweep FAIL_AT: one run of the sweep at one temperature; its exit status
  FAKE_FAIL=$1 "$repo/tools/workflows/reproduce.sh" --np 1 --temps 1000 --out "$work/out" \
    --lmp "$work/fake_lmp" > "$work/screen" 2>&1
}
sweep "deform 1000" && { echo "FAIL: the first run did not stop at the failing deck"; fail=1; }
expect_calls "$FAKE_CALLS" "the first run" "quench -" "anneal 1000" "crystal_check anneal_1000" "deform 1000"
echo "# first run's copy" >> "$work/out/decks/anneal.in"
sweep "reversibility 1800" && { echo "FAIL: the second run did not stop at the failing deck"; fail=1; }
# anneal 1000 is asked for again by the reversibility stage (the stand-in writes no restart);
# its log ended, so it is kept; its crystal check is in crystal.txt, so it is not run again
expect_calls "$FAKE_CALLS" "the resumed run" "deform 1000" "deform 1000" "deform 1000" "diffusion 1000" "reversibility 1000" \
  "anneal 1800" "crystal_check anneal_1800" "reversibility 1800"
grep -q "resuming in" "$work/screen" || { echo "FAIL: the resumed run does not say so"; fail=1; }
tail -n 1 "$work/out/decks/anneal.in" | grep -q "first run's copy" ||
  { echo "FAIL: the resumed run replaced the first run's deck copies"; fail=1; }
[ $fail -eq 0 ] && echo "reproduce.sh: the resumed sweep ran only the unfinished decks"
exit $fail
