"""One GPAW (PBE, plane waves) calculation: energy, forces and stress of one structure.

    mpirun -np N python3 tools/dft/gpaw_point.py IN.extxyz OUT.extxyz --cutoff EV --kspacing K
        [--kpts "a b c" | "mp a b c" | quarter] --smearing EV [--relax STEPS] [--txt LOG]

IN.extxyz holds one structure (its info keys are kept); OUT.extxyz gets it back with energy (eV),
forces (eV/A), stress (eV/A^3, ASE's sign: positive is tensile), the settings and the wall time
in its info. OUT is written only when the calculation has finished (written aside, then renamed),
so a killed run leaves nothing behind and is simply run again (tools/dft/reference_set.py).
--kspacing K: a Monkhorst-Pack grid with n_i = max(1, ceil(|b_i| / K)), |b_i| the reciprocal
lattice vector lengths including 2 pi (1/A), Gamma-centred; --kpts "a b c": that Gamma-centred
grid, "mp a b c": the plain Monkhorst-Pack grid; --kpts quarter: the single point
(1/4, 1/4, 1/4) of the reciprocal cell, the mean-value point of a cubic cell (Baldereschi, PRB 7,
5212 (1973)), used for the 32-atom liquid snapshots.
"""
import argparse
import os
import time

import numpy as np
from ase.io import read, write
from ase.optimize import BFGS
from ase.calculators.singlepoint import SinglePointCalculator
from gpaw import GPAW, PW, FermiDirac
from gpaw.mpi import world


def kpoints(atoms, spacing, fixed):
    if fixed == "quarter":
        return [(0.25, 0.25, 0.25)], "quarter"
    if fixed.startswith("mp "):    # a plain Monkhorst-Pack grid (even sizes avoid Gamma)
        grid = tuple(int(v) for v in fixed.split()[1:])
        return {"size": grid}, "mp" + "x".join(str(v) for v in grid)
    if fixed:
        grid = tuple(int(v) for v in fixed.split())
    else:
        lengths = 2 * np.pi * np.linalg.norm(np.linalg.inv(atoms.cell.array).T, axis=1)
        grid = tuple(int(max(1, np.ceil(v / spacing))) for v in lengths)
    return {"size": grid, "gamma": True}, "x".join(str(v) for v in grid)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("inp")
    p.add_argument("out")
    p.add_argument("--cutoff", type=float, required=True)
    p.add_argument("--kspacing", type=float, default=0.2)
    p.add_argument("--kpts", default="")
    p.add_argument("--smearing", type=float, required=True)
    p.add_argument("--relax", type=int, default=0, help="BFGS steps on the positions (0: none)")
    p.add_argument("--txt", default="-")
    a = p.parse_args()

    atoms = read(a.inp)
    info = dict(atoms.info)
    kpts, klabel = kpoints(atoms, a.kspacing, a.kpts)
    start = time.time()
    # dedecut="estimate": GPAW's Pulay-stress correction from the PAW setups' kinetic energy
    # (docs/dft.md): at 400 eV the pressure of fcc Cu reads +2.9 GPa with it, -6.0 GPa without,
    # +1.25 GPa from the E(V) slope; energies and forces are unchanged by it
    atoms.calc = GPAW(mode=PW(a.cutoff, dedecut="estimate"), xc="PBE", kpts=kpts, occupations=FermiDirac(a.smearing),
                      convergence={"energy": 1e-4, "density": 1e-4, "forces": 5e-3},
                      symmetry="off" if a.kpts == "quarter" else {}, txt=a.txt)
    if a.relax > 0:
        BFGS(atoms, logfile=None).run(fmax=0.05, steps=a.relax)
    energy = atoms.get_potential_energy()    # total energy extrapolated to zero smearing
    forces = atoms.get_forces()
    stress = atoms.get_stress()    # Voigt order xx yy zz yz xz xy
    seconds = time.time() - start
    result = atoms.copy()
    result.info = info
    result.info.update(dict(dft_code="GPAW 22.8 PW PBE", cutoff_eV=a.cutoff, kpts=klabel,
                            smearing_eV=a.smearing, relax_steps=a.relax, pulay_stress="estimated", seconds=round(seconds, 1),
                            ranks=world.size))
    result.calc = SinglePointCalculator(result, energy=energy, forces=forces, stress=stress)
    if world.rank == 0:
        tmp = a.out + ".part"
        write(tmp, result, format="extxyz", parallel=False)
        os.replace(tmp, a.out)


if __name__ == "__main__":
    main()
