"""Fit the Cu-Nb cross pair of potentials/CuNb.eam.alloy to the DFT reference set (issue 31).

    python3 tools/dft/fit_cross.py [--reference potentials/dft/reference.extxyz]
        [--pot potentials/CuNb.eam.alloy] [--lmp build/lmp] [--dest potentials/dft]
        [--spacing 0.25] [--r-inner 1.5] [--r-outer 2.1]
        [--density-scales 0.4,0.6,0.8,1,1.25,1.6,2,2.5,3.2]

The Cu and Nb functions of --pot are kept; phi_CuNb = (1 - S) ZBL + S sum_k c_k B_k
(tools/dft/crossfit.py) is fitted by linear least squares to the training set's mixing energies
per atom (mixing_references: each model against its own elements on the same lattice, or its own
pure snapshots of the same temperature, so only energy differences that the cross terms decide
enter; one block per family: crystals, dilute cells, snapshots) and forces, each block averaged
over its rows and weighted by 1/sigma, sigma the --pot file's own RMSE in that block on the
training set (family_scales: every error is counted in units of the error of the file the fit is to
replace, so no family wins by its units or its count, and the fit's objective measures what the
ship rule of docs/dft.md asks), with a penalty on the curvature of the spline's departure
from the screened repulsion (crossfit.CrossPair.curvature: below the shortest Cu-Nb distance of
the set it alone shapes the pair) whose weight is chosen by five-fold cross-validation on the
training set, a crystal's E(V) points in one fold (the test set is never used to choose
anything). Over the grid --density-scales (factors tried for each; 1 alone: eam/alloy only) the
two cross densities of eam/fs (the density a Nb atom gives at a Cu atom and a Cu atom at a Nb atom,
each as a factor times the element's own) are chosen too: every pair of factors gets its own pair
fit, and the pair of factors with the lowest cross-validation error wins, unless plain eam/alloy
(both 1) lies within one standard error of it (the simpler model is kept when the data cannot tell
them apart). Writes into --dest:
  CuNb_dft.eam.alloy   the fitted file (CuNb_dft.eam.fs where cross densities were chosen)
  density_grid.dat     per pair of factors: smoothness, cross-validation error and its standard error
  errors.dat           per config_type and set: count, energy RMSE (meV/atom), force RMSE
                       (eV/A), for the fitted and the shipped file (LAMMPS evaluates both), and
                       the RMSE of the mixing energies the fit targets
  properties.dat       what DFT, the shipped and the fitted file give for lattice constants, bulk
                       moduli, lattice stabilities, formation energies, dilute solution energies,
                       liquid and amorphous mixing
  cross_pair.dat       r, phi_CuNb fitted and shipped
"""
import argparse
import os
import sys
from collections import defaultdict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crossfit  # noqa: E402
import lammps_eval  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SMOOTHNESS_GRID = 10.0 ** np.arange(-8, 6)
GPA_PER_EV_A3 = 160.21766


class Frame:
    def __init__(self, atoms):
        self.name = atoms.info.get("name", "")
        self.kind = atoms.info["config_type"]
        self.subset = atoms.info["set"]
        self.pos = atoms.get_positions()
        self.cell = atoms.cell.array.copy()
        self.is_cu = np.array([s == "Cu" for s in atoms.get_chemical_symbols()])
        self.n = len(atoms)
        self.ncu = int(self.is_cu.sum())
        self.volume = atoms.get_volume() / self.n
        self.energy = atoms.get_potential_energy()
        self.forces = atoms.get_forces()
        self.mixed = 0 < self.ncu < self.n

    def formation(self, energy, mu):
        return (energy - self.ncu * mu["Cu"] - (self.n - self.ncu) * mu["Nb"]) / self.n

    @property
    def tag(self):
        """A snapshot's temperature and copy (snap_cu16_liquid_2000K_a: liquid_2000K_a), else None."""
        return self.name.split("_", 2)[2] if self.name.startswith("snap_") else None

    @property
    def family(self):
        """crystal (ordered), dilute, or snapshot (liquid and amorphous): the fit's energy blocks."""
        return {"ordered": "crystal", "dilute": "dilute"}.get(self.kind, "snapshot" if self.tag else self.kind)

    @property
    def structure(self):
        """One name for every E(V) point of a crystal (B2_CuNb_v0.940: B2_CuNb); else the frame's name."""
        return self.name.rsplit("_v", 1)[0] if self.kind == "ordered" else self.name

    @property
    def lattice(self):
        """The parent lattice of an ordered structure or of a dilute cell's host, else None."""
        if self.kind == "ordered":
            return PARENT_LATTICE[self.name.split("_", 1)[0]]
        if self.kind == "dilute":
            return "fcc" if self.ncu > self.n / 2 else "bcc"
        return None


FAMILIES = ("crystal", "dilute", "snapshot")
PARENT_LATTICE = {"B2": "bcc", "D03": "bcc", "L12": "fcc", "L10": "fcc"}
LATTICE_KINDS = {("fcc", "Cu"): "fcc_Cu", ("bcc", "Cu"): "bcc_Cu", ("fcc", "Nb"): "fcc_Nb", ("bcc", "Nb"): "bcc_Nb"}


def lattice_minima(frames, energies):
    """Per (lattice, element) with at least 4 E(V) points in the set: the E(V) minimum, eV/atom."""
    out = {}
    for key, kind in LATTICE_KINDS.items():
        idx = [k for k, f in enumerate(frames) if f.kind == kind]
        if len(idx) >= 4:
            out[key] = birch_murnaghan_minimum([frames[k].volume for k in idx],
                                               [energies[k] / frames[k].n for k in idx])[1]
    return out


def mixing_references(frames, energies):
    """Per frame, the per-atom energies of Cu and Nb its mixing energy is measured from, by one
    model's energies: a crystal's (ordered or dilute) elements on its own parent lattice at their
    E(V) minima, a snapshot's pure Cu and pure Nb cells of the same temperature and copy. Measured
    so, a mixing energy holds what the cross terms decide and not the elements' own errors on a
    lattice or in a liquid, which a cross-term fit cannot change. None where the set lacks them."""
    lattice = lattice_minima(frames, energies)
    pure = {(f.tag, "Cu" if f.ncu else "Nb"): energies[k] / f.n
            for k, f in enumerate(frames) if f.tag and not f.mixed}
    refs = []
    for f in frames:
        table, sub = (lattice, f.lattice) if f.lattice else (pure, f.tag)
        ref = (table.get((sub, "Cu")), table.get((sub, "Nb")))
        refs.append(ref if f.mixed and None not in ref and not np.isnan(ref).any() else None)
    return refs


def mixing(frame, energy, ref):
    return (energy - frame.ncu * ref[0] - (frame.n - frame.ncu) * ref[1]) / frame.n


def birch_murnaghan(v, e):
    """Third-order Birch-Murnaghan E(V): a cubic polynomial in x = V^(-2/3), least squares."""
    return np.polyfit(np.asarray(v) ** (-2.0 / 3), e, 3)


def birch_murnaghan_minimum(v, e):
    """V0, E0, B0 (GPa) of a third-order Birch-Murnaghan fit; nan when its minimum lies more than
    10 % outside the sampled volumes (no extrapolation)."""
    p = birch_murnaghan(v, e)
    lo, hi = (1.1 * max(v)) ** (-2.0 / 3), (0.9 * min(v)) ** (-2.0 / 3)
    roots = [r.real for r in np.roots(np.polyder(p)) if abs(r.imag) < 1e-12 and lo <= r.real <= hi
             and np.polyval(np.polyder(p, 2), r.real) > 0]
    if not roots:
        return float("nan"), float("nan"), float("nan")
    x0 = min(roots, key=lambda r: np.polyval(p, r))
    v0 = x0 ** -1.5
    # B = V d2E/dV2; with E(x), dx/dV = -2/3 V^(-5/3)
    d1, d2 = np.polyval(np.polyder(p), x0), np.polyval(np.polyder(p, 2), x0)
    dxdv = -2.0 / 3 * v0 ** (-5.0 / 3)
    d2xdv2 = 10.0 / 9 * v0 ** (-8.0 / 3)
    b = v0 * (d2 * dxdv ** 2 + d1 * d2xdv2)
    return v0, np.polyval(p, x0), b * GPA_PER_EV_A3


def element_minima(frames, energies):
    """Per element: the E(V) minimum mu (eV/atom) and (V0, B0, Birch-Murnaghan polynomial)."""
    mu, out = {}, {}
    for el, kind in (("Cu", "fcc_Cu"), ("Nb", "bcc_Nb")):
        idx = [k for k, f in enumerate(frames) if f.kind == kind]
        if len(idx) < 4:
            raise SystemExit(f"error: the reference set needs at least 4 {kind} E(V) points, found {len(idx)}")
        v, e = [frames[k].volume for k in idx], [energies[k] / frames[k].n for k in idx]
        v0, e0, b = birch_murnaghan_minimum(v, e)
        mu[el] = e0
        out[el] = (v0, b, birch_murnaghan(v, e))
    return mu, out


def rmse(x):
    return float(np.sqrt(np.mean(np.square(x)))) if len(x) else float("nan")


def family_scales(frames, energies, forces, ref_dft, train):
    """Per family (crystal, dilute, snapshot) the RMSE of one model's mixing energies per atom
    against DFT over the training set (eV/atom), and under "forces" that of its force components
    (eV/A): the scales the fit counts its errors in (evaluated for the --pot file). Floored at
    1e-4 eV/atom and 1e-3 eV/A, so a file already exact somewhere gives no division by zero."""
    ref = mixing_references(frames, energies)
    out = {}
    for family in FAMILIES:
        err = [mixing(frames[k], energies[k], ref[k]) - mixing(frames[k], frames[k].energy, ref_dft[k])
               for k in train if frames[k].family == family and ref[k] and ref_dft[k]]
        if err:
            out[family] = max(rmse(err), 1e-4)
    out["forces"] = max(rmse(np.concatenate([(forces[k] - frames[k].forces).ravel() for k in train])), 1e-3)
    return out


def blocks(frames, designs, targets_e, targets_f, idx, scales):
    """The least-squares blocks of frames idx: the mixing energies per atom of each family
    (crystals, dilute cells, snapshots) as a block of its own, so that each family weighs the
    same whatever its count (5 volumes per crystal, 2 dilute cells, 45 snapshots are accidents
    of the set's design), and the force components; each weighted by 1/scales[family]."""
    out = []
    for family in FAMILIES:
        sel = [k for k in idx if frames[k].family == family]
        if sel:
            out.append((np.vstack([designs[k][0] / frames[k].n for k in sel]), np.array([targets_e[k] for k in sel]),
                        1 / scales[family]))
    out.append((np.vstack([designs[k][1] for k in idx]), np.concatenate([targets_f[k] for k in idx]),
                1 / scales["forces"]))
    return out


def objective(blocks_, c):
    """The data part of crossfit.solve's objective: sum over blocks of weight^2 times the mean
    squared residual."""
    return sum(w ** 2 * np.mean((a @ c - y) ** 2) for a, y, w in blocks_)


def fit(frames, designs, targets_e, targets_f, train, pair, scales, smoothness):
    return crossfit.solve(blocks(frames, designs, targets_e, targets_f, train, scales),
                          pair.curvature(), smoothness)


def structure_folds(frames, train, count=5):
    """Cross-validation folds that keep every E(V) point of one crystal together (a fold then
    asks for structures the fit has not seen, as the test set does), structures dealt round-robin."""
    names = list(dict.fromkeys(frames[k].structure for k in train))
    return [[k for k in train if names.index(frames[k].structure) % count == n] for n in range(count)]


def choose_smoothness(frames, designs, targets_e, targets_f, train, pair, scales):
    """The curvature weight with the lowest five-fold cross-validation error on the training set
    (folds by structure, the error measured as the fit's own objective on the left-out fold).
    Returns it, the error at every weight of SMOOTHNESS_GRID, and the five folds' errors at it."""
    folds = structure_folds(frames, train)
    per_fold = np.zeros((len(SMOOTHNESS_GRID), len(folds)))
    for m, lam in enumerate(SMOOTHNESS_GRID):
        for n, fold in enumerate(folds):
            rest = [k for k in train if k not in fold]
            c = fit(frames, designs, targets_e, targets_f, rest, pair, scales, lam)
            per_fold[m, n] = objective(blocks(frames, designs, targets_e, targets_f, fold, scales), c)
    scores = per_fold.sum(axis=1)
    best = int(np.argmin(scores))
    return SMOOTHNESS_GRID[best], scores, per_fold[best]


class DensityPoint:
    """The pair fit at one pair of cross-density factors (1, 1: eam/alloy, the elements' own)."""

    def __init__(self, shipped, scales, pair, frames, configs, designs, ref_dft, lmp, dest, errors_in):
        self.scales = scales
        self.base = shipped if scales == (1.0, 1.0) else shipped.with_cross_density(*scales)
        self.suffix = "eam.alloy" if scales == (1.0, 1.0) else "eam.fs"
        fixed_path = os.path.join(dest, ".fixed_part." + self.suffix)
        self.base.with_cross(pair, None).write(fixed_path)
        self.fixed = lammps_eval.evaluate(configs, fixed_path, lmp)
        os.remove(fixed_path)
        self.ref_eam = mixing_references(frames, [e for e, _, _ in self.fixed])  # pure cells: no cross terms
        self.targets_e = [mixing(f, f.energy, rd) - mixing(f, e0, re) if rd and re else None
                          for f, (e0, _, _), rd, re in zip(frames, self.fixed, ref_dft, self.ref_eam)]
        self.targets_f = [(f.forces - f0).ravel() for f, (_, f0, _) in zip(frames, self.fixed)]
        self.train = [k for k, f in enumerate(frames) if f.subset == "train" and self.targets_e[k] is not None]
        self.lam, self.scores, folds = choose_smoothness(frames, designs, self.targets_e, self.targets_f,
                                                         self.train, pair, errors_in)
        self.cv = float(folds.sum())
        self.cv_se = float(np.sqrt(len(folds)) * folds.std(ddof=1))   # standard error of the five-fold sum
        self.c = fit(frames, designs, self.targets_e, self.targets_f, self.train, pair, errors_in, self.lam)


def choose_density(points):
    """The point with the lowest cross-validation error, or eam/alloy (1, 1) where it lies within
    one standard error of that (the one-standard-error rule: the simpler model when the data
    cannot tell them apart)."""
    best = min(points, key=lambda p: p.cv)
    plain = [p for p in points if p.scales == (1.0, 1.0)]
    if plain and plain[0].cv <= best.cv + best.cv_se:
        return plain[0]
    return best


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", default=os.path.join(REPO, "potentials/dft/reference.extxyz"))
    p.add_argument("--pot", default=os.path.join(REPO, "potentials/CuNb.eam.alloy"))
    p.add_argument("--lmp", default=os.path.join(REPO, "build/lmp"))
    p.add_argument("--dest", default=os.path.join(REPO, "potentials/dft"))
    p.add_argument("--spacing", type=float, default=0.25)
    p.add_argument("--r-inner", type=float, default=1.5)
    p.add_argument("--r-outer", type=float, default=2.1)
    p.add_argument("--density-scales", default="0.4,0.6,0.8,1,1.25,1.6,2,2.5,3.2",
                   help="comma-separated factors tried for each cross density (eam/fs); 1: eam/alloy only "
                        "(the default grid: about 5 minutes, docs/dft.md)")
    a = p.parse_args()
    try:
        factors = sorted({float(x) for x in a.density_scales.split(",")})
    except ValueError:
        p.error(f"--density-scales {a.density_scales!r}: give comma-separated positive numbers, e.g. 0.8,1,1.25")
    if not factors or min(factors) <= 0:
        p.error(f"--density-scales {a.density_scales!r}: the factors must be positive")
    from ase.io import read    # the reference set is ASE extended XYZ

    frames = [Frame(x) for x in read(a.reference, ":")]
    shipped = crossfit.Setfl(a.pot)
    pair = crossfit.CrossPair(a.r_inner, a.r_outer, shipped.cutoff, a.spacing)
    configs = [(f.pos, f.cell, f.is_cu) for f in frames]
    os.makedirs(a.dest, exist_ok=True)
    ship = lammps_eval.evaluate(configs, a.pot, a.lmp)

    mu_dft, el_dft = element_minima(frames, [f.energy for f in frames])
    designs = [crossfit.design(pair, f.pos, f.cell, f.is_cu)[:2] for f in frames]
    ref_dft = mixing_references(frames, [f.energy for f in frames])
    # the mixed training frames (DensityPoint.train is the same but for a frame whose model
    # references are missing, which family_scales skips for energies too)
    train = [k for k, f in enumerate(frames) if f.subset == "train" and ref_dft[k]]
    scales = family_scales(frames, [e for e, _, _ in ship], [f for _, f, _ in ship], ref_dft, train)
    print("errors counted in units of the --pot file's own RMSE on the training set: "
          + ", ".join(f"{k} {1000 * v:.1f} meV/atom" if k != "forces" else f"forces {v:.3f} eV/A" for k, v in scales.items()))
    points = [DensityPoint(shipped, (x, y), pair, frames, configs, designs, ref_dft, a.lmp, a.dest, scales)
              for x in factors for y in factors]
    chosen = choose_density(points)
    fixed, c, lam, scores, ref_eam = chosen.fixed, chosen.c, chosen.lam, chosen.scores, chosen.ref_eam
    mu_eam, el_eam = element_minima(frames, [e for e, _, _ in fixed])
    left_out = [f.name for f, t in zip(frames, chosen.targets_e) if f.mixed and t is None]
    if left_out:
        print(f"left out of the fit (no mixing reference in the set): {' '.join(left_out)}")
    with open(os.path.join(a.dest, "density_grid.dat"), "w") as fh:
        fh.write("# Cross densities (eam/fs) tried by tools/dft/fit_cross.py: the density a Nb atom gives at a Cu\n"
                 "# atom and a Cu atom at a Nb atom, as factors times the element's own; per pair of factors the\n"
                 "# pair fit's smoothness and its five-fold cross-validation error (sum over folds) with its\n"
                 "# standard error. chosen: the lowest error, or 1 1 (eam/alloy) within one standard error of it.\n"
                 "# nb_at_cu cu_at_nb smoothness cv cv_se chosen\n")
        for pt in points:
            fh.write(f"{pt.scales[0]:g} {pt.scales[1]:g} {pt.lam:g} {pt.cv:.6g} {pt.cv_se:.3g} {int(pt is chosen)}\n")

    out_path = os.path.join(a.dest, "CuNb_dft." + chosen.suffix)
    for stale in ("CuNb_dft.eam.alloy", "CuNb_dft.eam.fs"):    # one fitted file in --dest, never two
        if os.path.exists(os.path.join(a.dest, stale)):
            os.remove(os.path.join(a.dest, stale))
    fitted = chosen.base.with_cross(pair, c)
    # the setfl format has three comment lines: the first describes the file and the fitted pair,
    # the other two keep the elemental parameters of --pot
    density = ("" if chosen.suffix == "eam.alloy" else
               f"cross densities (eam/fs): Nb at Cu {chosen.scales[0]:g} x rho_Nb, Cu at Nb {chosen.scales[1]:g} x rho_Cu; ")
    fitted.comments[0] = (f"DATE: written by tools/dft/fit_cross.py UNITS: metal CONTRIBUTOR: cunbglass. "
                          f"NOT the Demkowicz-Hoagland (2009) Cu-Nb potential. Cu and Nb as in {os.path.basename(a.pot)} "
                          f"(next two lines); Cu-Nb pair fitted to GPAW PBE energies and forces (potentials/dft, docs/dft.md): "
                          f"{density}"
                          f"phi_CuNb = (1-S) ZBL + S sum c_k B_k, S quintic {a.r_inner}-{a.r_outer} A, cubic B-splines "
                          f"h {a.spacing} A, knots from {pair.knots[0]:.4f} A, smoothness {lam:g}, c = "
                          + ",".join(f"{x:.8f}" for x in c))
    fitted.write(out_path)
    new = lammps_eval.evaluate(configs, out_path, a.lmp)
    model = max(abs(e1 - e0 - (d[0] @ c)[0]) / f.n for f, d, (e0, _, _), (e1, _, _) in zip(frames, designs, fixed, new))
    print(f"cross densities {chosen.scales[0]:g} {chosen.scales[1]:g}; smoothness {lam:g} (cross-validation scores "
          f"{' '.join(f'{s:.3g}' for s in scores)}); LAMMPS on the written file against the fit's model: "
          f"{model:.2e} eV/atom at most")

    groups = defaultdict(list)
    for k, f in enumerate(frames):
        groups[(f.kind, f.subset)].append(k)
        groups[("all", f.subset)].append(k)    # the whole training or test set: the ship decision's measure
    with open(os.path.join(a.dest, "errors.dat"), "w") as fh:
        fh.write("# Errors against the DFT reference set (potentials/dft/reference.extxyz), evaluated by LAMMPS.\n"
                 "# e: formation energy per atom, each model against its own fcc Cu and bcc Nb minimum (what a user\n"
                 "# sees; it holds the elemental functions' errors too). mix: the mixing energy the fit targets\n"
                 "# (fit_cross.mixing_references: elements on the same lattice, pure snapshots of the same\n"
                 "# temperature), the part the cross terms decide; nan for pure cells. config_type all: every\n"
                 "# frame of the set.\n"
                 "# config_type set count e_rmse_fitted_meV f_rmse_fitted_eV_A e_rmse_shipped_meV f_rmse_shipped_eV_A"
                 " mix_rmse_fitted_meV mix_rmse_shipped_meV\n")
        for (kind, subset), idx in sorted(groups.items()):
            row, mix = [kind, subset, str(len(idx))], []
            for res in (new, ship):
                de = [frames[k].formation(res[k][0], mu_eam) - frames[k].formation(frames[k].energy, mu_dft) for k in idx]
                df = np.concatenate([(res[k][1] - frames[k].forces).ravel() for k in idx])
                row += [f"{1000 * rmse(de):.1f}", f"{rmse(df):.3f}"]
                mix.append(1000 * rmse([mixing(frames[k], res[k][0], ref_eam[k]) - mixing(frames[k], frames[k].energy, ref_dft[k])
                                        for k in idx if ref_eam[k] and ref_dft[k]]))
            fh.write(" ".join(row + [f"{m:.1f}" for m in mix]) + "\n")

    r = np.linspace(1.0, pair.r_cut, 181)
    ship_phi = np.interp(r, shipped.r[1:], shipped.rphi[(1, 0)][1:] / shipped.r[1:])
    np.savetxt(os.path.join(a.dest, "cross_pair.dat"), np.column_stack([r, pair.phi(r, c)[0], ship_phi]),
               fmt="%.6f", header="r_A phi_CuNb_fitted_eV phi_CuNb_shipped_eV")
    write_properties(os.path.join(a.dest, "properties.dat"), frames,
                     [([f.energy for f in frames], mu_dft, el_dft), ([e for e, _, _ in new], mu_eam, el_eam),
                      ([e for e, _, _ in ship], mu_eam, el_eam)])
    print(f"wrote {out_path}, errors.dat, cross_pair.dat, properties.dat, density_grid.dat in {a.dest}")


def write_properties(path, frames, models):
    """Lattice constants, bulk moduli, lattice stabilities, formation energies at each structure's
    E(V) minimum, dilute solution energies, liquid and amorphous mixing energies. models:
    (energies, mu, elements) for DFT, the fitted and the shipped file."""
    rows = []
    for el, shape in (("Cu", 4), ("Nb", 2)):
        rows.append((f"a0_{'fcc' if el == 'Cu' else 'bcc'}_{el}_A", *[(shape * m[2][el][0]) ** (1 / 3) for m in models]))
        rows.append((f"B_{el}_GPa", *[m[2][el][1] for m in models]))
    minima = [lattice_minima(frames, energies) for energies, _, _ in models]
    for lattice, el in (("bcc", "Cu"), ("fcc", "Nb")):    # lattice stabilities, meV/atom
        if (lattice, el) in minima[0]:
            rows.append((f"E_{lattice}_{el}_minus_ground_state_meV_per_atom",
                         *[1000 * (m[(lattice, el)] - mu[el]) for m, (_, mu, _) in zip(minima, models)]))
    structures = sorted({f.name.rsplit("_v", 1)[0] for f in frames if f.kind == "ordered"})
    for s in structures:
        idx = [k for k, f in enumerate(frames) if f.kind == "ordered" and f.name.startswith(s + "_v")]
        x = frames[idx[0]].ncu / frames[idx[0]].n
        vals = []
        for energies, mu, _ in models:
            _, e0, _ = birch_murnaghan_minimum([frames[k].volume for k in idx], [energies[k] / frames[k].n for k in idx])
            vals.append(1000 * (e0 - x * mu["Cu"] - (1 - x) * mu["Nb"]))
        rows.append((f"E_form_{s}_meV_per_atom", *vals))
    for k, f in enumerate(frames):
        if f.kind != "dilute":
            continue
        if f.ncu in (0, f.n):
            continue    # a perfect host supercell (dilute_host_X), the reference of the next lines
        host, solute = ("Cu", "Nb") if f.ncu > f.n / 2 else ("Nb", "Cu")
        pure = [j for j, g in enumerate(frames) if g.name == f"dilute_host_{host}" and g.n == f.n]
        vals = []
        for energies, mu, el in models:
            # the host: its perfect supercell with the same k-points where the set has it, else
            # its Birch-Murnaghan E(V) at the supercell's volume per atom
            e_host = (energies[pure[0]] / f.n if pure else np.polyval(el[host][2], f.volume ** (-2.0 / 3)))
            vals.append(energies[k] - (f.n - 1) * e_host - mu[solute])
        rows.append((f"E_solution_{solute}_in_{host}_eV", *vals))
    # liquid and amorphous mixing: each mixed snapshot against the pure cells of its temperature
    # and copy (mixing_references); per composition the mean over every temperature and copy that
    # has them and its standard error (one 32-atom cell is noisy), then the liquids per temperature
    refs = [mixing_references(frames, energies) for energies, _, _ in models]

    def mixing_rows(name, cells):
        for x in sorted({round(frames[k].ncu / frames[k].n, 4) for k in cells}):
            mix = [[mixing(frames[k], energies[k], ref[k]) for k in cells
                    if round(frames[k].ncu / frames[k].n, 4) == x and ref[k]] for (energies, _, _), ref in zip(models, refs)]
            rows.append((f"E_mix_{name}_xCu{x:.2f}_meV_per_atom", *[1000 * np.mean(m) if m else float("nan") for m in mix]))
            if name in ("liquid", "amorphous"):
                rows.append((f"E_mix_{name}_xCu{x:.2f}_stderr_meV_per_atom",
                             *[1000 * np.std(m, ddof=1) / np.sqrt(len(m)) if len(m) > 1 else float("nan") for m in mix]))
    for state in ("liquid", "amorphous"):
        mixing_rows(state, [k for k, f in enumerate(frames) if f.kind.startswith(state) and f.mixed])
    temperatures = sorted({f.tag.split("_")[1] for f in frames if f.kind.startswith("liquid") and f.tag},
                          key=lambda t: float(t.rstrip("K")))
    for t in temperatures:
        mixing_rows(f"liquid_{t}", [k for k, f in enumerate(frames)
                                    if f.kind.startswith("liquid") and f.mixed and f.tag.split("_")[1] == t])
    with open(path, "w") as fh:
        fh.write("# DFT (GPAW PBE, potentials/dft) against the fitted and the shipped eam/alloy file, LAMMPS\n"
                 "# evaluating the files on the DFT structures. Formation energies at each structure's\n"
                 "# Birch-Murnaghan minimum against fcc Cu and bcc Nb; solution energies at the DFT-relaxed\n"
                 "# positions against the host at the same volume per atom and the solute's ground state;\n"
                 "# liquid and amorphous mixing: each mixed snapshot against the pure cells of its temperature\n"
                 "# and copy, averaged over those that have them (nan: none yet), with the standard error of\n"
                 "# that mean (stderr rows), and the liquids per temperature; lattice stabilities: bcc Cu\n"
                 "# and fcc Nb minima above fcc Cu and bcc Nb.\n# property dft fitted shipped\n")
        for name, *vals in rows:
            fh.write(name + " " + " ".join(f"{v:.4g}" for v in vals) + "\n")


if __name__ == "__main__":
    main()
