#!/usr/bin/env bash
# cunbglass-eamgen's command line: bad values refused with exit 2 and a message, no file written;
# the Nb density scale recorded in the header of the file it writes.
#   tests/tools/check_eamgen.sh path/to/cunbglass-eamgen
set -u
eamgen=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
refuse() {    # refuse ARGS...: must exit 2 and write nothing
  "$eamgen" --output "$work/x.eam.alloy" "$@" 2> "$work/err"
  local rc=$?
  if [ $rc -ne 2 ] || [ -e "$work/x.eam.alloy" ] || [ ! -s "$work/err" ]; then
    echo "FAIL: cunbglass-eamgen $* gave exit $rc: $(cat "$work/err")"; fail=1
  fi
  rm -f "$work/x.eam.alloy"
}
refuse --nb-density-scale 0
refuse --nb-density-scale -1
refuse --nb-density-scale abc
refuse --attractive-scale 0
refuse --nr 10
refuse --colour red
refuse --nb-density-scale
"$eamgen" --output "$work/t.eam.alloy" --nb-density-scale 0.8 --nr 200 --nrho 200 || { echo "FAIL: valid call"; fail=1; }
head -n 1 "$work/t.eam.alloy" | grep -q "Nb density x 0.8000, Nb embedding F(rho / 0.8000)" ||
  { echo "FAIL: the header does not record the Nb density scale"; fail=1; }
[ $fail -eq 0 ] && echo "cunbglass-eamgen: every bad call refused, the scale recorded"
exit $fail
