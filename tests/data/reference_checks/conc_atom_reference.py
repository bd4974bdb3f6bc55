#!/usr/bin/env python3
"""Independent derivation of tests/data/expected/compute_conc_atom.yaml: reads the LAMMPS data
file directly and counts, for every atom, the Cu (type 1) atoms among all atoms within 7 A
(minimum image, the atom itself included). Prints: mean fraction, atoms > 0.75, atoms in
[0.4, 0.6]."""
import os
import sys

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "cuzr_glass_432.data")
lines = open(path).read().split("\n")
box = [list(map(float, l.split()[:2])) for l in lines if l.endswith(("xlo xhi", "ylo yhi", "zlo zhi"))]
L = [hi - lo for lo, hi in box]
start = next(i for i, l in enumerate(lines) if l.startswith("Atoms")) + 2
atoms = []
for l in lines[start:]:
    if not l.strip():
        break
    f = l.split()
    atoms.append((int(f[1]), float(f[2]), float(f[3]), float(f[4])))
R2 = 7.0 ** 2
fractions = []
for i, a in enumerate(atoms):
    cu = total = 0
    for b in atoms:
        d2 = sum(((b[k] - a[k] + L[k - 1] / 2) % L[k - 1] - L[k - 1] / 2) ** 2 for k in (1, 2, 3))
        if d2 < R2:
            total += 1
            cu += b[0] == 1
    fractions.append(cu / total)
print(sum(fractions) / len(fractions), sum(f > 0.75 for f in fractions),
      sum(0.4 <= f <= 0.6 for f in fractions))
