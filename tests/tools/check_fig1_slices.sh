#!/usr/bin/env bash
# tools/plots/plot_fig1_slices.py on a hand-made two-frame dump whose answers are worked out by
# hand below: the last frame is drawn, the 1 nm slab keeps |z - 10| <= 5 of the 0-20 A box,
# the interface is 40-60 % Cu, icosahedral atoms closer than 3.5 A are bonded, and the grey
# scale is black below 25 % Cu, 0.85 above 75 %, linear between.
#   check_fig1_slices.sh path/to/repository
set -u
repo=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
frame() {  # frame STEP ROWS...
  printf 'ITEM: TIMESTEP\n%s\nITEM: NUMBER OF ATOMS\n%s\nITEM: BOX BOUNDS pp pp pp\n0 20\n0 20\n0 20\n' "$1" $(($# - 1))
  echo "ITEM: ATOMS id type x y z c_ico c_conc c_net c_pe"
  shift; printf '%s\n' "$@"
}
for T in 800 1400; do
  mkdir -p "$work/anneal_$T"
  {
    frame 0 "1 1 10 10 10 2 0.5 1 -4"     # first frame: must not be drawn
    # id type x y z ico conc: 1 Nb-rich in the slab; 2, 3, 5 icosahedral interface atoms
    # (2-3 at 3 A and 2-5 at 2 A bonded, 3-5 at sqrt(13) = 3.61 A not); 4 icosahedral interface
    # but at z = 2, outside the slab; 6 Cu-rich; 7 a plain interface atom
    frame 100 "1 2 2 2 10 0 0.1 0 -7" "2 1 5 5 12 2 0.5 1 -4" "3 1 5 8 12 1 0.45 1 -4" \
              "4 1 5 6 2 1 0.5 1 -4" "5 2 7 5 12 1 0.55 1 -7" "6 1 15 15 10 0 0.9 0 -4" \
              "7 1 12 3 8 0 0.6 0 -4"
  } > "$work/anneal_$T/anneal.dump"
done
# a --long continuation at 1400 K: its dump (one Cu-rich atom in the slab) is the one drawn
mkdir -p "$work/anneal_long_1400"
frame 200 "1 1 10 10 10 0 0.9 0 -4" > "$work/anneal_long_1400/anneal.dump"
cd "$repo/tools/plots" || exit 1
/usr/bin/python3 - "$work" <<'PY' || exit 1
import os, sys
import numpy as np
import plot_fig1_slices as f
box, atoms = f.last_frame(os.path.join(sys.argv[1], "anneal_800", "anneal.dump"))
assert len(atoms["x"]) == 7, "the last frame has 7 atoms"
keep = f.slab(box, atoms, 10.0)
assert atoms["id"][keep].tolist() == [1, 2, 3, 5, 6, 7], atoms["id"][keep]
assert np.allclose(f.grey_level([0.1, 0.25, 0.5, 0.375, 0.9]), [0, 0, 0.425, 0.2125, 0.85])
red = keep & (atoms["c_ico"] > 0) & (atoms["c_conc"] >= 0.4) & (atoms["c_conc"] <= 0.6)
pairs = f.bonds(atoms["x"][red], atoms["y"][red], atoms["z"][red], 3.5)
assert [(int(atoms["id"][red][i]), int(atoms["id"][red][j])) for i, j in pairs] == [(2, 3), (2, 5)], pairs
print("plot_fig1_slices: slab, grey scale and bonds as worked out by hand")
PY
out=$(/usr/bin/python3 plot_fig1_slices.py "$work" 800 1400) || { echo "FAILED: plot_fig1_slices.py"; exit 1; }
echo "$out"
grep -q "^800 K (anneal_800): 6 atoms in the 10 A slab, 4 interface atoms, 3 of them icosahedral" <<<"$out" ||
  { echo "FAILED: counts of the 800 K panel"; exit 1; }
grep -q "^1400 K (anneal_long_1400): 1 atoms in the 10 A slab, 0 interface atoms, 0 of them icosahedral" <<<"$out" ||
  { echo "FAILED: the 1400 K panel is not drawn from the --long continuation"; exit 1; }
[ -s "$work/fig1abcd_slices.png" ] || { echo "FAILED: no fig1abcd_slices.png"; exit 1; }
/usr/bin/python3 plot_fig1_slices.py "$work" 800 1000 > /dev/null 2>&1 &&
  { echo "FAILED: a missing anneal_1000 was accepted"; exit 1; }
echo "fig1 slices OK"
