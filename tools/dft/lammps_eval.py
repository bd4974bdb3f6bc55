"""Energies, forces and virials of periodic configurations with an eam/alloy or eam/fs file (the
style by the file's name, crossfit.setfl_style), from LAMMPS itself (potentials/dft/evaluate.in):
the engine users run, so the fit sees what they will get. numpy only; cells of any shape are
rotated into LAMMPS's lower-triangular form and back."""
import os
import subprocess
import tempfile

import numpy as np

import crossfit

HERE = os.path.dirname(os.path.abspath(__file__))
DECK = os.path.join(os.path.dirname(os.path.dirname(HERE)), "potentials", "dft", "evaluate.in")
NKTV2P = 1.6021765e6          # bar per eV/A^3 (LAMMPS metal units)
MASS = (63.546, 92.90637)


def lammps_frame(cell):
    """Q (orthogonal) and the lower-triangular cell L = cell @ Q with positive diagonal, tilts
    reduced into [-1/2, 1/2] of the box lengths (the same lattice)."""
    q, r = np.linalg.qr(np.asarray(cell, dtype=float).T)
    signs = np.sign(np.diag(r))
    q, r = q * signs, (r.T * signs).T
    if np.linalg.det(q) < 0:
        raise ValueError("the cell is left-handed; LAMMPS needs a right-handed cell")
    lower = r.T.copy()
    lower[2] -= np.round(lower[2, 1] / lower[1, 1]) * lower[1]
    lower[2] -= np.round(lower[2, 0] / lower[0, 0]) * lower[0]
    lower[1] -= np.round(lower[1, 0] / lower[0, 0]) * lower[0]
    # a tilt of half the box (fcc and bcc primitive cells) may come out one rounding above it,
    # which LAMMPS refuses: set it to exactly half (a change of about 1e-16 A)
    for (i, j, k) in ((1, 0, 0), (2, 0, 0), (2, 1, 1)):
        half = lower[k, k] / 2
        if abs(lower[i, j]) > half:
            lower[i, j] = np.copysign(half, lower[i, j])
    return q, lower


def write_data(path, positions, lower, is_cu):
    with open(path, "w") as fh:
        fh.write(f"configuration\n\n{len(positions)} atoms\n2 atom types\n\n")
        fh.write(f"0 {float(lower[0, 0])!r} xlo xhi\n0 {float(lower[1, 1])!r} ylo yhi\n0 {float(lower[2, 2])!r} zlo zhi\n")
        fh.write(f"{float(lower[1, 0])!r} {float(lower[2, 0])!r} {float(lower[2, 1])!r} xy xz yz\n\n")
        fh.write(f"Masses\n\n1 {MASS[0]}\n2 {MASS[1]}\n\nAtoms # atomic\n\n")
        for k, (p, cu) in enumerate(zip(positions, is_cu)):
            fh.write(f"{k + 1} {1 if cu else 2} {p[0]:.12f} {p[1]:.12f} {p[2]:.12f}\n")


def evaluate(configs, pot, lmp):
    """configs: list of (positions (N, 3) A, cell (3, 3) rows, is_cu (N,) bool).
    Returns a list of (energy eV, forces (N, 3) eV/A, virial W (6,) eV: xx yy zz yz xz xy, with
    W = V times ASE's stress, i.e. minus the pressure tensor times V)."""
    with tempfile.TemporaryDirectory() as tmp:
        frames = []
        for k, (pos, cell, is_cu) in enumerate(configs):
            q, lower = lammps_frame(cell)
            write_data(os.path.join(tmp, f"{k + 1}.data"), np.asarray(pos) @ q, lower, is_cu)
            frames.append(q)
        run = subprocess.run([lmp, "-in", DECK, "-nocite", "-screen", "none", "-log", os.path.join(tmp, "log"),
                              "-var", "dir", tmp, "-var", "n", str(len(configs)), "-var", "pot", os.path.abspath(pot),
                              "-var", "style", crossfit.setfl_style(pot)],
                             cwd=tmp, capture_output=True, text=True)
        log = ""
        if os.path.exists(os.path.join(tmp, "log")):
            with open(os.path.join(tmp, "log")) as fh:
                log = fh.read()
        if run.returncode != 0 or "ERROR" in log:
            raise RuntimeError(f"LAMMPS failed on {pot}:\n" + "\n".join(log.splitlines()[-5:]) + run.stderr[-500:])
        rows = {int(w[1]): np.array(w[2:], dtype=float)
                for w in (line.split() for line in log.splitlines()) if len(w) == 10 and w[0] == "EVAL"}
        out = []
        voigt = ((0, 0), (1, 1), (2, 2), (1, 2), (0, 2), (0, 1))
        for k, q in enumerate(frames):
            row = rows[k + 1]
            forces = np.loadtxt(os.path.join(tmp, f"{k + 1}.forces"), skiprows=9, ndmin=2)[:, 1:4] @ q.T
            p = np.zeros((3, 3))
            for (a, b), val in zip(voigt, row[1:7]):
                p[a, b] = p[b, a] = val
            w = -q @ p @ q.T * row[7] / NKTV2P
            out.append((row[0], forces, np.array([w[a, b] for a, b in voigt])))
        return out
