#!/usr/bin/env bash
# tools/workflows/calibrate-grid.sh hands every stage its points, seeds and tables: the stage
# scripts and the plot are replaced by stand-ins that record their arguments, so no MD runs.
# Checked: the calls in order for 2 seeds at T = 1 and at T = 0.8 (tables ending in _t0.80,
# liquid points carrying T), refusal of a bad --seeds, and that a failing stage stops the run.
#   tests/tools/check_calibrate_grid.sh path/to/repository
set -u
repo=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tools/workflows" "$work/tools/plots" "$work/potentials/calibration"
cp "$repo/tools/workflows/calibrate-grid.sh" "$repo/tools/workflows/cross-grid.sh" "$work/tools/workflows/"
for name in calibrate-cross reanalyse-cross calibrate-phases calibrate-potential cmro-check; do
  printf '#!/usr/bin/env bash\necho "%s $*" >> "%s/calls"\n[ "%s" != "$FAIL_AT" ]\n' \
    "$name" "$work" "$name" > "$work/tools/workflows/$name.sh"
  chmod +x "$work/tools/workflows/$name.sh"
done
# the plot runs through /usr/bin/python3: a stand-in script there records its call as well
printf 'open("%s/calls", "a").write("plot\\n")\n' "$work" > "$work/tools/plots/plot_cross_grid.py"
export FAIL_AT=none
fail=0
cal=$work/potentials/calibration
# shellcheck source=recorded_calls.sh
. "$(dirname "$0")/recorded_calls.sh"
"$work/tools/workflows/calibrate-grid.sh" --seeds 2 --np 1 0.875,1.00 0.90,1.02 > /dev/null ||
  { echo "FAIL: the run at T = 1 failed"; fail=1; }
expect_calls "$work/calls" "T = 1" \
  "calibrate-cross --np 1 --nb-density-scale 1 --table $cal/cross_grid.dat 0.875,1.00 0.90,1.02" \
  "calibrate-cross --np 1 --nb-density-scale 1 --seed 2 --table $cal/cross_grid_seed2.dat 0.875,1.00 0.90,1.02" \
  "reanalyse-cross --np 1 --nb-density-scale 1 --table $cal/cross_grid_dh.dat 0.875,1.00 0.90,1.02" \
  "calibrate-phases --np 1 --nb-density-scale 1 --table $cal/cross_phases.dat 0.875,1.00 0.90,1.02" \
  "calibrate-potential $cal/liquid_demixing_cross.dat 0.875,1.00 0.90,1.02" \
  "cmro-check --np 1 --nb-density-scale 1 --table $cal/cmro.dat 0.875,1.00 0.90,1.02" \
  "plot"
"$work/tools/workflows/calibrate-grid.sh" --seeds 1 --np 2 --nb-density-scale 0.8 0.875,1.00 > /dev/null ||
  { echo "FAIL: the run at T = 0.8 failed"; fail=1; }
expect_calls "$work/calls" "T = 0.8" \
  "calibrate-cross --np 2 --nb-density-scale 0.8 --table $cal/cross_grid_t0.80.dat 0.875,1.00" \
  "reanalyse-cross --np 2 --nb-density-scale 0.8 --table $cal/cross_grid_dh_t0.80.dat 0.875,1.00" \
  "calibrate-phases --np 2 --nb-density-scale 0.8 --table $cal/cross_phases_t0.80.dat 0.875,1.00" \
  "calibrate-potential $cal/liquid_demixing_cross.dat 0.875,1.00,0.8" \
  "cmro-check --np 2 --nb-density-scale 0.8 --table $cal/cmro.dat 0.875,1.00" \
  "plot"
printf 'fitted\n' > "$work/fitted.eam.alloy"
(cd "$work" && "$work/tools/workflows/calibrate-grid.sh" --seeds 1 --np 1 dft=fitted.eam.alloy 0.875,1.00 > /dev/null) ||
  { echo "FAIL: the run with a file point failed"; fail=1; }
expect_calls "$work/calls" "a file point (its path made absolute, no density in the liquid stage)" \
  "calibrate-cross --np 1 --nb-density-scale 1 --table $cal/cross_grid.dat dft=$work/fitted.eam.alloy 0.875,1.00" \
  "reanalyse-cross --np 1 --nb-density-scale 1 --table $cal/cross_grid_dh.dat dft=$work/fitted.eam.alloy 0.875,1.00" \
  "calibrate-phases --np 1 --nb-density-scale 1 --table $cal/cross_phases.dat dft=$work/fitted.eam.alloy 0.875,1.00" \
  "calibrate-potential $cal/liquid_demixing_cross.dat dft=$work/fitted.eam.alloy 0.875,1.00" \
  "cmro-check --np 1 --nb-density-scale 1 --table $cal/cmro.dat dft=$work/fitted.eam.alloy 0.875,1.00" \
  "plot"
for bad in "--seeds 0" "--seeds x" "--colour red" "--nb-density-scale 0.8 dft=$work/fitted.eam.alloy"; do
  # shellcheck disable=SC2086
  "$work/tools/workflows/calibrate-grid.sh" $bad 0.875,1.00 > /dev/null 2>&1
  [ $? -eq 2 ] || { echo "FAIL: calibrate-grid.sh $bad was not refused with exit 2"; fail=1; }
done
"$work/tools/workflows/calibrate-grid.sh" > /dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: calibrate-grid.sh without points was not refused with exit 2"; fail=1; }
expect_calls "$work/calls" "the refused calls" ""
FAIL_AT=calibrate-phases "$work/tools/workflows/calibrate-grid.sh" --seeds 1 --np 1 0.875,1.00 > /dev/null &&
  { echo "FAIL: a failing stage did not stop the run"; fail=1; }
expect_calls "$work/calls" "the run with a failing stage" \
  "calibrate-cross --np 1 --nb-density-scale 1 --table $cal/cross_grid.dat 0.875,1.00" \
  "reanalyse-cross --np 1 --nb-density-scale 1 --table $cal/cross_grid_dh.dat 0.875,1.00" \
  "calibrate-phases --np 1 --nb-density-scale 1 --table $cal/cross_phases.dat 0.875,1.00"
[ $fail -eq 0 ] && echo "calibrate-grid.sh: every stage called with its points, seeds and tables"
exit $fail
