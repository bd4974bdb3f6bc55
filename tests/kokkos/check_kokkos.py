#!/usr/bin/env python3
"""KOKKOS runs give our styles' results: tests/kokkos/all_styles.in on the Cu-Nb reference glass,
once plainly and once with `-k on t 2 -sf kk` (eam/alloy/kk, fix nve/kk; our computes and fixes
run on the host, LAMMPS syncs the atom data for them), on the same number of MPI ranks.

On the same configuration (step 0) the per-atom labels and counts must be identical (conc/atom,
ico/atom, percolation, the distances of ico/interface depend on positions only) and every global
value must agree to the pair style's round-off (ico/interface's enthalpies read pe/atom, which
eam/alloy/kk sums in another order): relative 1e-10. After 100 MD steps the two trajectories
differ by round-off grown through the dynamics; the fixes' outputs must agree to 1e-6.

  check_kokkos.py --lmp build/lmp --mpirun "mpiexec -np 2 ..." --data tests/data/cunb_glass_2000.data
Exit 77 (skipped, said so) when this LAMMPS has no KOKKOS package.
"""
import argparse
import math
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def thermo_rows(log):
    """{step: {column: value}} from every thermo block of a LAMMPS log."""
    rows, header = {}, None
    for line in open(log):
        words = line.split()
        if words and words[0] == "Step":
            header = words
            continue
        if header and len(words) == len(header):
            try:
                values = [float(w) for w in words]
            except ValueError:
                header = None
                continue
            rows.setdefault(int(values[0]), {}).update(zip(header, values))
        elif header:
            header = None
    return rows


def dump_atoms(path):
    lines = open(path).read().splitlines()
    start = lines.index(next(l for l in lines if l.startswith("ITEM: ATOMS"))) + 1
    return [[float(w) for w in l.split()] for l in lines[start:]]


def run(args, work, name, extra):
    os.makedirs(os.path.join(work, name), exist_ok=True)
    cmd = shlex.split(args.mpirun) + [args.lmp, "-nocite", "-screen", "none", "-log", f"{name}/log.lammps"] \
        + extra + ["-in", os.path.join(HERE, "all_styles.in"), "-var", "out", name, "-var", "data", args.data]
    done = subprocess.run(cmd, cwd=work, capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, OMP_NUM_THREADS="1"))
    log = os.path.join(work, name, "log.lammps")
    if done.returncode != 0:
        tail = open(log).read()[-3000:] if os.path.exists(log) else done.stdout + done.stderr
        sys.exit(f"FAILED: {' '.join(cmd)} exited with {done.returncode}\n{tail}")
    return log


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lmp", required=True)
    p.add_argument("--mpirun", required=True)
    p.add_argument("--data", required=True)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as work:
        probe = os.path.join(work, "probe.in")
        open(probe, "w").write("has_style pair eam/alloy/kk kk\nprint \"KOKKOS=${kk}\"\n")
        out = subprocess.run([args.lmp, "-nocite", "-log", "none", "-in", probe], capture_output=True, text=True)
        if "KOKKOS=1" not in out.stdout:
            print("SKIPPED: this LAMMPS has no KOKKOS package (no pair eam/alloy/kk)")
            return 77
        plain = run(args, work, "plain", [])
        kk = run(args, work, "kk", ["-k", "on", "t", "2", "-sf", "kk"])
        if "pair eam/alloy/kk" not in open(kk).read():
            sys.exit("FAILED: the KOKKOS run did not use pair eam/alloy/kk (see its neighbour-list summary)")
        failures = []
        a, b = dump_atoms(os.path.join(work, "plain", "atoms.dump")), dump_atoms(os.path.join(work, "kk", "atoms.dump"))
        if len(a) != len(b):
            failures.append(f"{len(a)} atoms plainly, {len(b)} with KOKKOS")
        names = ["id", "conc/atom", "ico/atom", "percolation", "ico/interface distance", "pe/atom"]
        for ra, rb in zip(a, b):
            for col in range(5):
                if ra[col] != rb[col]:
                    failures.append(f"atom {int(ra[0])}: {names[col]} {ra[col]!r} plainly, {rb[col]!r} with KOKKOS")
            if not math.isclose(ra[5], rb[5], rel_tol=1e-10, abs_tol=1e-12):
                failures.append(f"atom {int(ra[0])}: pe/atom {ra[5]!r} plainly, {rb[5]!r} with KOKKOS")
        ta, tb = thermo_rows(plain), thermo_rows(kk)
        checked = 0
        for step, tol in ((0, 1e-10), (100, 1e-6)):
            if step not in ta or step not in tb:
                failures.append(f"no thermo output at step {step}")
                continue
            for column, value in ta[step].items():
                other = tb[step].get(column)
                checked += 1
                if other is None or not math.isclose(value, other, rel_tol=tol, abs_tol=tol * 1e-3):
                    failures.append(f"step {step} {column}: {value!r} plainly, {other!r} with KOKKOS")
        for f in failures[:30]:
            print("MISMATCH", f)
        if failures:
            print(f"FAILED: {len(failures)} differences")
            return 1
        print(f"OK: {len(a)} atoms x 5 per-atom outputs identical, {checked} global values agree "
              f"(step 0 to 1e-10, step 100 to 1e-6)")
        return 0


if __name__ == "__main__":
    sys.exit(main())
