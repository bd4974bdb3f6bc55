#!/usr/bin/env bash
# Independent derivation of tests/data/expected/compute_ico_atom.yaml: LAMMPS's own cna/atom
# marks the centres (label 4 = 12 neighbours, all 555), and a Python minimum-image search adds
# every atom within the cutoff of a Cu centre. Prints: centres, labelled atoms, f_ico, centres/N;
# then for compute percolation 3.5 select c_ico: clusters of the labelled atoms (bonds < 3.5 A,
# minimum image), the largest one's size, its percolation dimension (from windings found by a
# flood fill that carries periodic images) and its L* (largest minimum-image distance from the
# mean unwrapped position, over the box length).
#   tests/data/reference_checks/ico_atom_reference.sh [path/to/lmp]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lmp=${1:-$here/../../build/lmp}
# the Mendelev Cu-Zr EAM ships with the LAMMPS tree the build uses
lammps_src=$(grep LAMMPS_SOURCE_DIR: "$(dirname "$lmp")/CMakeCache.txt" | cut -d= -f2)
tmp=$(mktemp -d)
cat > "$tmp/in" <<EOI
units metal
atom_style atomic
read_data $here/cuzr_glass_432.data
pair_style eam/fs
pair_coeff * * $lammps_src/../potentials/CuZr_mm.eam.fs Cu Zr
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

def disp(a, b):
    return [((atoms[b][k] - atoms[a][k] + L / 2) % L - L / 2) for k in (1, 2, 3)]
nodes = sorted(labelled)
adj = {a: [b for b in nodes if b != a and sum(d * d for d in disp(a, b)) < 3.5 ** 2] for a in nodes}
seen, clusters = {}, []
for s0 in nodes:
    if s0 in seen:
        continue
    unwrapped = {s0: [atoms[s0][k] for k in (1, 2, 3)]}
    seen[s0] = True
    stack, windings = [s0], []
    while stack:
        a = stack.pop()
        for b in adj[a]:
            pos = [unwrapped[a][k] + disp(a, b)[k] for k in range(3)]
            if b not in unwrapped:
                unwrapped[b] = pos
                seen[b] = True
                stack.append(b)
            else:
                w = [round((pos[k] - unwrapped[b][k]) / L) for k in range(3)]
                if any(w):
                    windings.append(w)
    clusters.append((unwrapped, windings))
def rank(vs):
    m = [list(map(float, v)) for v in vs]
    r = 0
    for c in range(3):
        p = next((i for i in range(r, len(m)) if abs(m[i][c]) > 1e-9), None)
        if p is None:
            continue
        m[r], m[p] = m[p], m[r]
        for i in range(len(m)):
            if i != r:
                f = m[i][c] / m[r][c]
                m[i] = [m[i][k] - f * m[r][k] for k in range(3)]
        r += 1
    return r
big = max(clusters, key=lambda c: len(c[0]))
cen = [sum(p[k] for p in big[0].values()) / len(big[0]) for k in range(3)]
span = max(sum(((p[k] - cen[k] + L / 2) % L - L / 2) ** 2 for k in range(3)) ** 0.5 for p in big[0].values())
print(len(clusters), len(big[0]), rank(big[1]), span / L)
EOP
rm -rf "$tmp"
