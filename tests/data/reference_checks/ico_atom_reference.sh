#!/usr/bin/env bash
# Independent derivation of tests/data/expected/compute_ico_atom.yaml: LAMMPS's own cna/atom
# marks the centres (label 4 = 12 neighbours, all 555), and a Python minimum-image search adds
# every atom within the cutoff of a Cu centre. Prints: centres, labelled atoms, f_ico, centres/N.
#   tests/data/reference_checks/ico_atom_reference.sh [path/to/lmp]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lmp=${1:-$here/../../build/lmp}
tmp=$(mktemp -d)
cat > "$tmp/in" <<EOI
units metal
atom_style atomic
read_data $here/cuzr_glass_432.data
pair_style eam/fs
pair_coeff * * CuZr_mm.eam.fs Cu Zr
compute cna all cna/atom 3.5
dump d all custom 1 $tmp/dump id type x y z c_cna
dump_modify d sort id
run 0
EOI
"$lmp" -in "$tmp/in" -log none -screen none
python3 - "$tmp/dump" <<'EOP'
import sys
lines = open(sys.argv[1]).read().split('\n')
lo, hi = map(float, lines[5].split()); L = hi - lo
atoms = [tuple(map(float, l.split()[1:])) for l in lines[9:] if l.strip()]
centres = [k for k, a in enumerate(atoms) if a[0] == 1 and a[4] == 4]
labelled = set(centres)
for c in centres:
    for j, a in enumerate(atoms):
        d2 = sum(((a[k] - atoms[c][k] + L / 2) % L - L / 2) ** 2 for k in (1, 2, 3))
        if j != c and d2 < 3.5 ** 2:
            labelled.add(j)
n = len(atoms)
print(len(centres), len(labelled), len(labelled) / n, len(centres) / n)
EOP
rm -rf "$tmp"
