"""The structures of the Cu-Nb first-principles reference set (ASE Atoms; docs/dft.md)."""
import numpy as np
from ase import Atoms
from ase.build import bulk

# volumes per atom (A^3) to start from: PBE lattice constants near 3.63 A (fcc Cu), 3.31 A (bcc Nb)
VOLUME = {"Cu": 3.63 ** 3 / 4, "Nb": 3.31 ** 3 / 2}


def mean_volume(counts):
    return sum(VOLUME[s] * n for s, n in counts.items()) / sum(counts.values())


def element_on(element, lattice, v):
    """One atom of element on an fcc or bcc lattice at volume v per atom."""
    return bulk(element, lattice, a=((4 if lattice == "fcc" else 2) * v) ** (1 / 3))


def b2(v):
    """CsCl-type CuNb (bcc lattice, Cu at the corner, Nb at the centre)."""
    a = (2 * v) ** (1 / 3)
    return Atoms("CuNb", scaled_positions=[(0, 0, 0), (0.5, 0.5, 0.5)], cell=[a, a, a], pbc=True)


def l12(minority, majority, v):
    """L1_2 (Cu3Au type) A3B: B on the cube corner, A on the face centres."""
    a = (4 * v) ** (1 / 3)
    return Atoms(minority + majority * 3,
                 scaled_positions=[(0, 0, 0), (0, 0.5, 0.5), (0.5, 0, 0.5), (0.5, 0.5, 0)],
                 cell=[a, a, a], pbc=True)


def l10(v):
    """L1_0 (CuAu type) CuNb with the ideal fcc c/a: the two-atom tetragonal cell."""
    a = (4 * v) ** (1 / 3)
    return Atoms("CuNb", scaled_positions=[(0, 0, 0), (0.5, 0.5, 0.5)],
                 cell=[a / np.sqrt(2), a / np.sqrt(2), a], pbc=True)


def d03(minority, majority, v):
    """D0_3 (Fe3Al type) A3B on a bcc lattice: the four-atom primitive cell of its fcc lattice."""
    a = (16 * v) ** (1 / 3)    # the conventional cube holds 16 atoms
    cell = a / 2 * np.array([(0, 1, 1), (1, 0, 1), (1, 1, 0)])
    pos = a * np.array([(0, 0, 0), (0.5, 0.5, 0.5), (0.25, 0.25, 0.25), (0.75, 0.75, 0.75)])
    return Atoms(minority + majority * 3, positions=pos, cell=cell, pbc=True)


ORDERED = {  # name: (builder of a volume per atom, composition, set)
    "B2_CuNb": (b2, {"Cu": 1, "Nb": 1}, "train"),
    "L12_Cu3Nb": (lambda v: l12("Nb", "Cu", v), {"Cu": 3, "Nb": 1}, "train"),
    "L12_CuNb3": (lambda v: l12("Cu", "Nb", v), {"Cu": 1, "Nb": 3}, "train"),
    "L10_CuNb": (l10, {"Cu": 1, "Nb": 1}, "train"),
    "D03_Cu3Nb": (lambda v: d03("Nb", "Cu", v), {"Cu": 3, "Nb": 1}, "train"),
    "D03_CuNb3": (lambda v: d03("Cu", "Nb", v), {"Cu": 1, "Nb": 3}, "test"),
}


def dilute(host, a):
    """One solute in a host supercell at the host's lattice constant a: Nb in 32-atom fcc Cu,
    Cu in 16-atom bcc Nb; the solute is atom 0. The cell keeps the cubic point group, so the
    relaxation is radial and GPAW reduces the k-points by symmetry."""
    if host == "Cu":
        atoms = bulk("Cu", "fcc", a=a, cubic=True).repeat(2)
        atoms[0].symbol = "Nb"
    else:
        atoms = bulk("Nb", "bcc", a=a, cubic=True).repeat(2)
        atoms[0].symbol = "Cu"
    return atoms
