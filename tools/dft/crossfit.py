"""The Cu-Nb cross pair of an eam/alloy file fitted to first-principles energies and forces.

In eam/alloy the electron density an atom contributes depends on its own species only, so with
the elemental functions (F_Cu, F_Nb, rho_Cu, rho_Nb, phi_CuCu, phi_NbNb) kept, the energy, forces
and virial of any configuration are those of the file with no cross pair plus a sum over Cu-Nb
pairs of phi_CuNb. With phi_CuNb linear in its coefficients c,

    phi_CuNb(r) = (1 - S(r)) ZBL(r) + S(r) sum_k c_k B_k(r),

(S a quintic switch from 0 at r_inner to 1 at r_outer, B_k uniform cubic B-splines that vanish
with two derivatives at the cutoff, ZBL the universal screened repulsion of Ziegler, Biersack &
Littmark) the fit is linear least squares, as in Demkowicz & Hoagland's spline-plus-ZBL cross pair
(Int. J. Appl. Mech. 1, 421 (2009)). The rest of the energy (the elemental functions and the ZBL
part) comes from LAMMPS itself (tools/dft/fit_cross.py), so this module only needs numpy.
"""
import numpy as np

COULOMB_EV_A = 14.399645  # e^2 / (4 pi eps0) in eV A
ZBL_C = (0.18175, 0.50986, 0.28022, 0.02817)
ZBL_D = (3.19980, 0.94229, 0.40290, 0.20162)


def zbl(r, z1, z2):
    """Universal screened Coulomb repulsion (eV) and its derivative (eV/A) at distances r (A)."""
    r = np.asarray(r, dtype=float)
    a = 0.46850 / (z1 ** 0.23 + z2 ** 0.23)
    pre = COULOMB_EV_A * z1 * z2
    screen = sum(c * np.exp(-d * r / a) for c, d in zip(ZBL_C, ZBL_D))
    dscreen = sum(-c * d / a * np.exp(-d * r / a) for c, d in zip(ZBL_C, ZBL_D))
    return pre * screen / r, pre * (dscreen / r - screen / r ** 2)


def switch(r, r_inner, r_outer):
    """Quintic smooth step: 0 below r_inner, 1 above r_outer, C2 at both ends; and its derivative."""
    x = np.clip((np.asarray(r, dtype=float) - r_inner) / (r_outer - r_inner), 0.0, 1.0)
    s = x ** 3 * (10 - 15 * x + 6 * x ** 2)
    ds = 30 * x ** 2 * (1 - x) ** 2 / (r_outer - r_inner)
    return s, ds


def bspline3(u):
    """Uniform cubic B-spline on [0, 4] (integer knots) and its derivative with respect to u."""
    u = np.asarray(u, dtype=float)
    b = np.zeros_like(u)
    db = np.zeros_like(u)
    for lo, poly, dpoly in (
            (0, lambda t: t ** 3 / 6, lambda t: t ** 2 / 2),
            (1, lambda t: (-3 * t ** 3 + 3 * t ** 2 + 3 * t + 1) / 6, lambda t: (-9 * t ** 2 + 6 * t + 3) / 6),
            (2, lambda t: (3 * t ** 3 - 6 * t ** 2 + 4) / 6, lambda t: (9 * t ** 2 - 12 * t) / 6),
            (3, lambda t: (1 - t) ** 3 / 6, lambda t: -(1 - t) ** 2 / 2)):
        m = (u >= lo) & (u < lo + 1)
        b[m] = poly(u[m] - lo)
        db[m] = dpoly(u[m] - lo)
    return b, db


class CrossPair:
    """phi_CuNb(r) = (1 - S) ZBL + S sum_k c_k B_k: the basis, its fixed part and its smoothness."""

    def __init__(self, r_inner=1.5, r_outer=2.1, r_cut=5.5, spacing=0.25, z=(29, 41)):
        if not 0 < r_inner < r_outer < r_cut or spacing <= 0:
            raise ValueError("need 0 < r_inner < r_outer < r_cut and spacing > 0")
        self.r_inner, self.r_outer, self.r_cut, self.h, self.z = r_inner, r_outer, r_cut, spacing, z
        # B_k lives on [t_k, t_k + 4h]; keep those inside the cutoff that reach above r_inner
        n = int(np.floor((r_cut - r_inner) / spacing)) + 3
        self.knots = r_cut - spacing * (4 + np.arange(n)[::-1])
        self.knots = self.knots[self.knots + 4 * spacing > r_inner]

    @property
    def size(self):
        return len(self.knots)

    def basis(self, r):
        """Matrices (len(r), size) of S B_k and of d(S B_k)/dr."""
        r = np.asarray(r, dtype=float).reshape(-1, 1)
        b, db = bspline3((r - self.knots[None, :]) / self.h)
        s, ds = switch(r, self.r_inner, self.r_outer)
        return s * b, ds * b + s * db / self.h

    def fixed(self, r):
        """(1 - S) ZBL and its derivative: the part of phi_CuNb that is not fitted."""
        e, de = zbl(np.maximum(r, 1e-6), *self.z)
        s, ds = switch(r, self.r_inner, self.r_outer)
        return (1 - s) * e, (1 - s) * de - ds * e

    def phi(self, r, c):
        """phi_CuNb(r) and its derivative for coefficients c."""
        b, db = self.basis(r)
        f, df = self.fixed(np.asarray(r, dtype=float))
        return f + b @ c, df + db @ c

    def curvature(self, points=800):
        """(D, d) with |D c + d|^2 approximating the integral over [r_inner, r_cut] of the squared
        second derivative of the spline's departure from the screened repulsion,
        (sum c_k B_k - ZBL)''. Where no data reach (below the shortest Cu-Nb distance of the set)
        this alone shapes the pair: the departure continues straight from the data, so the pair
        keeps the repulsion's steep rise instead of whatever free coefficients there would make
        (a penalty on the spline's own curvature continues it straight and leaves the pair soft,
        0.5 eV at 1.8 A)."""
        r = np.linspace(self.r_inner, self.r_cut, points)
        dr = r[1] - r[0]
        b, _ = bspline3((r[:, None] - self.knots[None, :]) / self.h)
        z, _ = zbl(r, *self.z)

        def second(v):
            return (v[2:] - 2 * v[1:-1] + v[:-2]) / dr ** 2 * np.sqrt(dr)
        return second(b), -second(z)


def cross_pairs(positions, cell, is_a, r_cut):
    """Every pair (a atom i, b atom j, periodic image) closer than r_cut in a periodic cell:
    indices i, j and separation vectors D = r_j + n . cell - r_i (A)."""
    positions = np.asarray(positions, dtype=float)
    cell = np.asarray(cell, dtype=float)
    is_a = np.asarray(is_a, dtype=bool)
    recip = np.linalg.inv(cell).T  # rows: reciprocal vectors without 2 pi
    reach = np.ceil(r_cut * np.linalg.norm(recip, axis=1)).astype(int) + 1
    shifts = np.array(np.meshgrid(*[np.arange(-k, k + 1) for k in reach], indexing="ij")).reshape(3, -1).T
    images = shifts @ cell
    ia, ib = np.flatnonzero(is_a), np.flatnonzero(~is_a)
    d = positions[ib][None, :, None, :] + images[None, None, :, :] - positions[ia][:, None, None, :]
    r = np.linalg.norm(d, axis=-1)
    keep = r < r_cut
    ii, jj, _ = np.nonzero(keep)
    return ia[ii], ib[jj], d[keep]


def design(pair, positions, cell, is_a):
    """Linear response of one configuration to the coefficients of phi_CuNb.

    Returns (E, F, W) for the fitted part, each a matrix over the coefficients: energy (1, size),
    forces (3 N, size; atom-major), virial W_ab = sum_pairs phi'(r) D_a D_b / r (6, size; xx yy zz
    yz xz xy), plus the same three for the fixed part as vectors."""
    n = len(positions)
    i, j, d = cross_pairs(positions, cell, is_a, pair.r_cut)
    r = np.linalg.norm(d, axis=1)
    b, db = pair.basis(r)
    f0, df0 = pair.fixed(r)
    out = []
    for val, der in ((b, db), (f0[:, None], df0[:, None])):
        energy = val.sum(axis=0)[None, :]
        unit = d / r[:, None]
        forces = np.zeros((n, 3, val.shape[1]))
        np.add.at(forces, i, unit[:, :, None] * der[:, None, :])    # F_i = +phi' D/r
        np.add.at(forces, j, -unit[:, :, None] * der[:, None, :])
        voigt = ((0, 0), (1, 1), (2, 2), (1, 2), (0, 2), (0, 1))
        virial = np.stack([(der * (d[:, a] * d[:, bb] / r)[:, None]).sum(axis=0) for a, bb in voigt])
        out.append((energy, forces.reshape(3 * n, -1), virial))
    (e, f, w), (e0, f0v, w0) = out
    return e, f, w, e0[:, 0], f0v[:, 0], w0[:, 0]


def solve(blocks, curvature, smoothness):
    """Weighted linear least squares with a curvature penalty.

    blocks: list of (A, y, weight) with A (rows, size), y (rows); curvature: (D, d) of
    CrossPair.curvature. The objective is sum_blocks weight^2 |A c - y|^2 / rows
    + smoothness |D c + d|^2."""
    rows_a, rows_y = [], []
    for a, y, w in blocks:
        scale = w / np.sqrt(max(len(y), 1))
        rows_a.append(scale * a)
        rows_y.append(scale * y)
    d_matrix, d_fixed = curvature
    rows_a.append(np.sqrt(smoothness) * d_matrix)
    rows_y.append(-np.sqrt(smoothness) * d_fixed)
    c, *_ = np.linalg.lstsq(np.vstack(rows_a), np.concatenate(rows_y), rcond=None)
    return c


def setfl_style(path):
    """The LAMMPS pair style of a setfl file, by LAMMPS's naming convention: eam/fs for *.eam.fs,
    eam/alloy otherwise."""
    return "eam/fs" if str(path).endswith(".eam.fs") else "eam/alloy"


class Setfl:
    """An eam/alloy or eam/fs (setfl) file: three comment lines, elements, grids and tables.
    density[(a, b)]: the density an atom of element a gives at an atom of element b (in eam/alloy
    the same for every b; in eam/fs each element's block lists it for b = 1..N, the order LAMMPS's
    eam/fs reads)."""

    def __init__(self, path):
        with open(path) as fh:
            self.comments = [fh.readline().rstrip("\n") for _ in range(3)]
            words = fh.read().split()
        nel = int(words[0])
        self.elements = words[1:1 + nel]
        k = 1 + nel
        self.nrho, self.drho, self.nr, self.dr, self.cutoff = (
            int(words[k]), float(words[k + 1]), int(words[k + 2]), float(words[k + 3]), float(words[k + 4]))
        k += 5
        pairs = nel * (nel + 1) // 2
        per_fs = nel * (4 + self.nrho + nel * self.nr) + pairs * self.nr
        per_alloy = nel * (4 + self.nrho + self.nr) + pairs * self.nr
        if len(words) - k not in (per_alloy, per_fs):
            raise ValueError(f"{path}: {len(words) - k} numbers after the header fit neither eam/alloy "
                             f"({per_alloy}) nor eam/fs ({per_fs})")
        self.fs = nel > 1 and len(words) - k == per_fs
        self.species_lines, self.embed, self.density = [], [], {}
        for a in range(nel):
            self.species_lines.append(" ".join(words[k:k + 4]))
            k += 4
            self.embed.append(np.array(words[k:k + self.nrho], dtype=float))
            k += self.nrho
            for b in range(nel):
                if self.fs or b == 0:
                    table = np.array(words[k:k + self.nr], dtype=float)
                    k += self.nr
                self.density[(a, b)] = table
        self.rphi = {}
        for a in range(nel):
            for b in range(a + 1):
                self.rphi[(a, b)] = np.array(words[k:k + self.nr], dtype=float)
                k += self.nr

    @property
    def r(self):
        return self.dr * np.arange(self.nr)

    def copy(self):
        out = object.__new__(Setfl)
        out.__dict__ = {k: (dict(v) if isinstance(v, dict) else v) for k, v in self.__dict__.items()}
        return out

    def write(self, path):
        """Written as eam/fs or eam/alloy as the path's name says (setfl_style); eam/alloy only
        when every element gives the same density at every element."""
        fs = setfl_style(path) == "eam/fs"
        nel = len(self.elements)
        if not fs and any(not np.array_equal(self.density[(a, b)], self.density[(a, 0)])
                          for a in range(nel) for b in range(nel)):
            raise ValueError(f"{path}: cross densities differ from the elements' own; name it *.eam.fs")

        def rows(values):
            return "\n".join(" ".join(f"{v:.16e}" for v in values[i:i + 5]) for i in range(0, len(values), 5))
        with open(path, "w") as fh:
            fh.write("\n".join(self.comments) + "\n")
            fh.write(f"{nel} {' '.join(self.elements)}\n")
            fh.write(f"{self.nrho} {self.drho:.16e} {self.nr} {self.dr:.16e} {self.cutoff:.16e}\n")
            for a in range(nel):
                fh.write(self.species_lines[a] + "\n" + rows(self.embed[a]) + "\n")
                for b in range(nel if fs else 1):
                    fh.write(rows(self.density[(a, b)]) + "\n")
            for a in range(nel):
                for b in range(a + 1):
                    fh.write(rows(self.rphi[(a, b)]) + "\n")

    def with_cross(self, pair, c):
        """A copy whose Cu-Nb r*phi table is that of phi_CuNb with coefficients c (None: fixed part only)."""
        out = self.copy()
        r = self.r
        phi = pair.fixed(np.maximum(r, 1e-6))[0] if c is None else pair.phi(np.maximum(r, 1e-6), c)[0]
        phi[r >= pair.r_cut] = 0.0
        out.rphi[(1, 0)] = r * phi
        return out

    def with_cross_density(self, nb_at_cu, cu_at_nb):
        """A copy (eam/fs) in which a Nb atom gives nb_at_cu times its own density at a Cu atom and
        a Cu atom cu_at_nb times its own density at a Nb atom (elements 0 = Cu, 1 = Nb)."""
        out = self.copy()
        out.density[(1, 0)] = nb_at_cu * self.density[(1, 1)]
        out.density[(0, 1)] = cu_at_nb * self.density[(0, 0)]
        return out
