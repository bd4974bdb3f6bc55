#!/usr/bin/env bash
# tools/plots/icosahedron_energies.py on two hand-made dumps whose answer follows from their
# numbers: centres (label 2, type 1, 12 neighbours) against the non-centre type-1 atoms with 12
# neighbours in the same 0.1-wide concentration bin; atoms of type 2, with other neighbour
# counts, or in bins with fewer than 3 peers must not count.
#   tests/tools/check_icosahedron_energies.sh path/to/repository
set -u
repo=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dump() {   # dump FILE ROWS...: one frame of id type label pe conc cn
  local file=$1; shift
  { printf 'ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n%d\nITEM: BOX BOUNDS pp pp pp\n0 1\n0 1\n0 1\n' $#
    echo "ITEM: ATOMS id type c_ico c_pe c_conc c_cn"
    local k=0 row
    for row in "$@"; do k=$((k + 1)); echo "$k $row"; done; } > "$file"
}
# sample 1, bin 0.4: centres -3.40, -3.42 against peers -3.45 (x3): +0.04 eV; bin 0.6: centre
# -3.50 against peers -3.48, -3.50, -3.52 (mean -3.50): 0. Mean over the three centres 0.04/1.5
# = 0.02666... eV. Not counted: a type-2 centre-labelled atom, a peer with 11 neighbours (-9),
# a centre in bin 0.8 with only two peers.
dump "$work/a.dump" "1 2 -3.40 0.45 12" "1 2 -3.42 0.41 12" "1 0 -3.45 0.42 12" "1 1 -3.44 0.44 12" \
  "1 0 -3.46 0.49 12" "1 0 -9.00 0.43 11" "1 2 -3.50 0.65 12" "1 0 -3.48 0.61 12" "1 0 -3.50 0.62 12" \
  "1 1 -3.52 0.63 12" "2 2 -7.00 0.45 12" "1 2 -1.00 0.85 12" "1 0 -3.40 0.81 12" "1 0 -3.40 0.82 12"
# sample 2: one centre -3.30 against peers -3.33 (x3) in bin 0.2: +0.03 eV
dump "$work/b.dump" "1 2 -3.30 0.25 12" "1 0 -3.33 0.21 12" "1 0 -3.32 0.22 12" "1 0 -3.34 0.23 12"
out=$(/usr/bin/python3 "$repo/tools/plots/icosahedron_energies.py" --types Cu,Nb "$work/a.dump" "$work/b.dump") ||
  { echo "FAIL: the script failed"; exit 1; }
fail=0
expect() { grep -qF -- "$1" <<< "$out" || { echo "FAIL: no line with '$1' in:"; echo "$out"; fail=1; }; }
# 0.026667 eV = 2.573 kJ/mol; 0.03 eV = 2.895 kJ/mol; mean 2.734, standard error 0.161
expect "3 centres): +0.0267 eV = +2.6 kJ/mol"
expect "1 centres): +0.0300 eV = +2.9 kJ/mol"
expect "mean over 2 samples: +2.7 +- 0.2 kJ/mol"
expect "Cu centre 4: -2.8300"
expect "Nb centre 1: -7.0000"
[ $fail -eq 0 ] && echo "icosahedron_energies.py: the hand-made answers"
exit $fail
