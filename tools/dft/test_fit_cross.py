"""tools/dft/fit_cross.py end to end on a reference set whose answer is known: energies and forces
from LAMMPS with a file whose Cu-Nb pair is a known function of the fit's form (the shipped
elemental functions, a cross pair unlike the shipped one). The fit must find that pair, reproduce
the set to round-off, and report the shipped file's larger errors.
    CUNBGLASS_LMP=build/lmp python3 -m unittest test_fit_cross    (needs python3-ase)"""
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crossfit  # noqa: E402
import lammps_eval  # noqa: E402
import structures  # noqa: E402
from test_crossfit import random_config  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHIPPED = os.path.join(REPO, "potentials", "CuNb.eam.alloy")


def true_cross_pair(r):
    """A Cu-Nb pair the fit has never seen: repulsive core, shallow well at 2.75 A, zero at 5.5 A."""
    morse = 0.12 * (np.exp(-2 * 1.5 * (r - 2.75)) - 2 * np.exp(-1.5 * (r - 2.75)))
    x = np.clip((5.5 - r) / 2.0, 0, 1)
    return morse * x ** 3 * (10 - 15 * x + 6 * x ** 2)


def synthetic_set(lmp, truth_file, path):
    from ase import Atoms
    from ase.calculators.singlepoint import SinglePointCalculator
    from ase.io import write
    items = []
    for s in np.linspace(0.9, 1.1, 5):
        items.append((structures.element_on("Cu", "fcc", s * structures.VOLUME["Cu"]), "fcc_Cu", "train", f"fcc_Cu_v{s:.3f}"))
        items.append((structures.element_on("Nb", "bcc", s * structures.VOLUME["Nb"]), "bcc_Nb", "train", f"bcc_Nb_v{s:.3f}"))
    for s in np.linspace(0.88, 1.12, 5):     # lattice stabilities
        items.append((structures.element_on("Cu", "bcc", s * structures.VOLUME["Cu"]), "bcc_Cu", "train", f"bcc_Cu_v{s:.3f}"))
        items.append((structures.element_on("Nb", "fcc", s * structures.VOLUME["Nb"]), "fcc_Nb", "train", f"fcc_Nb_v{s:.3f}"))
    for name in ("B2_CuNb", "L12_Cu3Nb", "D03_CuNb3"):
        build, counts, subset = structures.ORDERED[name]
        for s in np.linspace(0.88, 1.12, 5):
            items.append((build(s * structures.mean_volume(counts)), "ordered", subset, f"{name}_v{s:.3f}"))
    items.append((structures.dilute("Cu", 3.615), "dilute", "train", "dilute_Nb_in_fccCu"))
    items.append((structures.dilute("Nb", 3.30), "dilute", "train", "dilute_Cu_in_bccNb"))
    rng = np.random.default_rng(11)
    for ncu in (0, 4, 8, 12, 16):
        for tag in ("2000K_a", "2000K_b", "3000K_a"):
            pos, cell, _ = random_config(rng, n=16, box=6.6, shear=0.2, closest=2.15)
            sym = ["Cu"] * ncu + ["Nb"] * (16 - ncu)
            items.append((Atoms(sym, positions=pos, cell=cell, pbc=True), f"liquid_Cu{100 * ncu // 16}",
                          "test" if tag == "2000K_b" else "train", f"snap_cu{ncu}_liquid_{tag}"))
    results = lammps_eval.evaluate([(a.get_positions(), a.cell.array, np.array(a.get_chemical_symbols()) == "Cu")
                                    for a, *_ in items], truth_file, lmp)
    frames = []
    for (atoms, kind, subset, name), (e, f, w) in zip(items, results):
        atoms = atoms.copy()
        atoms.info.update(config_type=kind, set=subset, name=name)
        atoms.calc = SinglePointCalculator(atoms, energy=e + 0.37 * len(atoms), forces=f,
                                           stress=w / atoms.get_volume())   # an offset DFT would have
        frames.append(atoms)
    write(path, frames, format="extxyz")


def read_lines(path):
    with open(path) as fh:
        return [line for line in fh if not line.startswith("#")]


def hand_frame(symbols, volume, energy, kind, name):
    """A fit_cross.Frame of given symbols, volume per atom, energy, config_type and name."""
    from ase import Atoms
    from ase.calculators.singlepoint import SinglePointCalculator
    import fit_cross
    a = Atoms(symbols, positions=np.zeros((len(symbols), 3)), cell=np.eye(3) * (volume * len(symbols)) ** (1 / 3), pbc=True)
    a.info.update(config_type=kind, set="train", name=name)
    a.calc = SinglePointCalculator(a, energy=energy, forces=np.zeros((len(symbols), 3)))
    return fit_cross.Frame(a)


def lattice_frames():
    """E(V) sets of the four element-lattice pairs, parabolas in V^(-2/3) (exact for the cubic
    Birch-Murnaghan fit) with known minima."""
    minima = {"fcc_Cu": (12.0, -3.5), "bcc_Cu": (12.2, -3.46), "fcc_Nb": (18.7, -10.0), "bcc_Nb": (18.1, -10.3)}
    frames = []
    for kind, (v0, e0) in minima.items():
        for s in (0.9, 0.95, 1.0, 1.05, 1.1):
            x, x0 = (s * v0) ** (-2 / 3), v0 ** (-2 / 3)
            frames.append(hand_frame([kind[-2:]], s * v0, e0 + 40 * (x - x0) ** 2, kind, f"{kind}_v{s:.3f}"))
    return frames


class MixingReferences(unittest.TestCase):
    """fit_cross.mixing_references on hand-made frames: crystals against their elements on the same
    lattice (E(V) minima known by construction), snapshots against the pure cells of their tag."""
    def test_liquid_mixing_rows(self):
        """Two 50 % liquid cells at 2000 K mixing by +0.1 and +0.3 eV/atom against their own pure
        cells: mean 200 meV/atom, standard error std/sqrt(2) = 100 meV/atom, one 2000 K row."""
        import fit_cross
        frames = lattice_frames()
        for copy, e_cu, e_nb, e_mix in (("a", -3.0, -9.5, 0.1), ("b", -3.2, -9.9, 0.3)):
            frames += [hand_frame(["Cu"] * 2, 13.0, 2 * e_cu, "liquid_Cu100", f"snap_cu32_liquid_2000K_{copy}"),
                       hand_frame(["Nb"] * 2, 19.0, 2 * e_nb, "liquid_Cu0", f"snap_cu0_liquid_2000K_{copy}"),
                       hand_frame(["Cu", "Nb"], 16.0, e_cu + e_nb + 2 * e_mix, "liquid_Cu50", f"snap_cu16_liquid_2000K_{copy}")]
        energies = [f.energy for f in frames]
        model = (energies, *fit_cross.element_minima(frames, energies))
        with tempfile.TemporaryDirectory() as tmp:
            fit_cross.write_properties(os.path.join(tmp, "p.dat"), frames, [model] * 3)
            rows = {w[0]: [float(v) for v in w[1:]] for w in (line.split() for line in read_lines(os.path.join(tmp, "p.dat")))}
        np.testing.assert_allclose(rows["E_mix_liquid_xCu0.50_meV_per_atom"], [200] * 3, atol=1e-6)
        np.testing.assert_allclose(rows["E_mix_liquid_xCu0.50_stderr_meV_per_atom"], [100] * 3, atol=1e-6)
        np.testing.assert_allclose(rows["E_mix_liquid_2000K_xCu0.50_meV_per_atom"], [200] * 3, atol=1e-6)
        np.testing.assert_allclose(rows["E_fcc_Nb_minus_ground_state_meV_per_atom"], [300] * 3, atol=1e-6)

    def test_family_scales(self):
        """A model whose two 50 % liquid cells lie 0.1 and 0.2 eV/atom above DFT (their pure cells
        exact) and whose forces are 0.3 eV/A off in every component: snapshot scale
        sqrt((0.1^2 + 0.2^2) / 2), force scale 0.3."""
        import fit_cross
        frames = lattice_frames()
        for copy, shift in (("a", 0.1), ("b", 0.2)):
            frames += [hand_frame(["Cu"] * 2, 13.0, -6.0, "liquid_Cu100", f"snap_cu32_liquid_2000K_{copy}"),
                       hand_frame(["Nb"] * 2, 19.0, -19.0, "liquid_Cu0", f"snap_cu0_liquid_2000K_{copy}"),
                       hand_frame(["Cu", "Nb"], 16.0, -12.0, "liquid_Cu50", f"snap_cu16_liquid_2000K_{copy}")]
        shifts = {"snap_cu16_liquid_2000K_a": 0.2, "snap_cu16_liquid_2000K_b": 0.4}    # eV per 2-atom cell
        energies = [f.energy + shifts.get(f.name, 0.0) for f in frames]
        forces = [f.forces + 0.3 for f in frames]
        ref_dft = fit_cross.mixing_references(frames, [f.energy for f in frames])
        train = [k for k, f in enumerate(frames) if ref_dft[k]]
        self.assertEqual(len(train), 2)
        scales = fit_cross.family_scales(frames, energies, forces, ref_dft, train)
        self.assertEqual(set(scales), {"snapshot", "forces"})
        self.assertAlmostEqual(scales["snapshot"], np.sqrt((0.1 ** 2 + 0.2 ** 2) / 2))
        self.assertAlmostEqual(scales["forces"], 0.3)

    def test_folds_and_blocks(self):
        """Cross-validation folds keep the E(V) points of one crystal together; each family's
        energies form one block, so a family's weight does not grow with its count."""
        import fit_cross
        frames = [hand_frame(["Cu", "Nb"], 15.0 * s, -13.0, "ordered", f"{name}_v{s:.3f}")
                  for name in ("B2_CuNb", "L10_CuNb") for s in (0.9, 1.0, 1.1)]
        frames += [hand_frame(["Cu", "Nb"], 15.0, -13.0, "dilute", "dilute_Cu_in_bccNb")]
        frames += [hand_frame(["Cu", "Nb"], 16.0, -13.0, "liquid_Cu50", f"snap_cu16_liquid_{t}K_a") for t in (1500, 2000, 2500, 3000)]
        train = list(range(len(frames)))
        folds = fit_cross.structure_folds(frames, train)
        self.assertEqual(sorted(k for fold in folds for k in fold), train)
        for fold in folds:
            self.assertIn(len({frames[k].name.rsplit("_v", 1)[0] for k in fold if frames[k].kind == "ordered"}), (0, 1))
        designs = [(np.ones((1, 1)) * f.n, np.zeros((3 * f.n, 1))) for f in frames]   # energy per atom = c
        targets = [0.0] * len(frames)
        targets_f = [np.zeros(3 * f.n) for f in frames]
        bl = fit_cross.blocks(frames, designs, targets, targets_f, train,
                              {"crystal": 1.0, "dilute": 1.0, "snapshot": 1.0, "forces": 1.0})
        self.assertEqual([len(y) for _, y, _ in bl], [6, 1, 4, 3 * 2 * len(frames)])
        # a residual of 1 eV/atom everywhere: each energy block adds 1 whatever its rows, forces 0
        self.assertAlmostEqual(fit_cross.objective(bl, np.array([1.0])), 3.0)

    def test_references(self):
        import fit_cross
        frame = hand_frame
        frames = lattice_frames()
        frames += [frame(["Cu", "Cu", "Cu", "Nb"], 14.0, -9.0, "ordered", "L12_Cu3Nb_v1.000"),
                   frame(["Cu", "Nb"], 15.0, -13.0, "ordered", "B2_CuNb_v1.000"),
                   frame(["Nb"] + ["Cu"] * 31, 12.2, -120.0, "dilute", "dilute_Nb_in_fccCu"),
                   frame(["Cu"] * 2, 13.0, -6.0, "liquid_Cu100", "snap_cu32_liquid_2000K_a"),
                   frame(["Nb"] * 2, 19.0, -19.0, "liquid_Cu0", "snap_cu0_liquid_2000K_a"),
                   frame(["Cu", "Nb"], 16.0, -12.9, "liquid_Cu50", "snap_cu16_liquid_2000K_a"),
                   frame(["Cu", "Nb"], 16.0, -12.9, "liquid_Cu50", "snap_cu16_liquid_3000K_a")]
        refs = fit_cross.mixing_references(frames, [f.energy for f in frames])
        named = {f.name: r for f, r in zip(frames, refs)}
        np.testing.assert_allclose(named["L12_Cu3Nb_v1.000"], (-3.5, -10.0), atol=1e-9)
        np.testing.assert_allclose(named["B2_CuNb_v1.000"], (-3.46, -10.3), atol=1e-9)
        np.testing.assert_allclose(named["dilute_Nb_in_fccCu"], (-3.5, -10.0), atol=1e-9)
        self.assertEqual(named["snap_cu16_liquid_2000K_a"], (-3.0, -9.5))
        self.assertIsNone(named["snap_cu16_liquid_3000K_a"])     # no pure cells at 3000 K
        self.assertIsNone(named["snap_cu32_liquid_2000K_a"])     # pure cells have no mixing energy
        self.assertAlmostEqual(fit_cross.mixing(frames[-2], -12.9, (-3.0, -9.5)), (-12.9 + 3.0 + 9.5) / 2)


def known_coefficients(pair):
    r = np.linspace(2.0, 5.5, 400)
    b, _ = pair.basis(r)
    return np.linalg.lstsq(b, true_cross_pair(r) - pair.fixed(r)[0], rcond=None)[0]


def fit_synthetic(truth_setfl, truth_name, tmp, *options):
    """Write the truth, make the synthetic set with it, run fit_cross.py on it into tmp."""
    lmp = os.environ["CUNBGLASS_LMP"]
    truth = os.path.join(tmp, truth_name)
    truth_setfl.write(truth)
    ref = os.path.join(tmp, "reference.extxyz")
    synthetic_set(lmp, truth, ref)
    return subprocess.run([sys.executable, os.path.join(HERE, "fit_cross.py"), "--reference", ref,
                           "--pot", SHIPPED, "--lmp", lmp, "--dest", tmp, *options], capture_output=True, text=True)


class FitFindsKnownPair(unittest.TestCase):
    def test_cross_densities(self):
        """A truth with cross densities (eam/fs: Nb gives 1.25 times its own density at Cu atoms, Cu
        0.8 times its own at Nb atoms): the grid finds those factors and the pair, and writes eam/fs."""
        pair = crossfit.CrossPair()
        c_true = known_coefficients(pair)
        truth = crossfit.Setfl(SHIPPED).with_cross_density(1.25, 0.8).with_cross(pair, c_true)
        with tempfile.TemporaryDirectory() as tmp:
            open(os.path.join(tmp, "CuNb_dft.eam.alloy"), "w").close()    # a stale file of an earlier fit
            run = fit_synthetic(truth, "truth.eam.fs", tmp, "--density-scales", "0.8,1,1.25")
            self.assertEqual(run.returncode, 0, run.stderr)
            grid = np.loadtxt(os.path.join(tmp, "density_grid.dat"))
            fitted = np.loadtxt(os.path.join(tmp, "cross_pair.dat"))
            written = sorted(f for f in os.listdir(tmp) if f.startswith("CuNb_dft"))
        self.assertEqual(len(grid), 9)
        np.testing.assert_allclose(grid[grid[:, 5] == 1][:, :2], [[1.25, 0.8]])
        self.assertEqual(written, ["CuNb_dft.eam.fs"])
        sampled = (fitted[:, 0] > 2.3) & (fitted[:, 0] < 5.4)
        np.testing.assert_allclose(fitted[sampled, 1], pair.phi(fitted[sampled, 0], c_true)[0], atol=2e-3)

    def test_refuses_bad_density_scales(self):
        for bad in ("0,1", "a,1"):
            run = subprocess.run([sys.executable, os.path.join(HERE, "fit_cross.py"), "--density-scales", bad],
                                 capture_output=True, text=True)
            self.assertEqual(run.returncode, 2, bad)
            self.assertIn("--density-scales", run.stderr)

    def test_end_to_end(self):
        pair = crossfit.CrossPair()
        c_true = known_coefficients(pair)
        with tempfile.TemporaryDirectory() as tmp:
            run = fit_synthetic(crossfit.Setfl(SHIPPED).with_cross(pair, c_true), "truth.eam.alloy", tmp,
                                "--density-scales", "1")
            self.assertEqual(run.returncode, 0, run.stderr)
            fitted = np.loadtxt(os.path.join(tmp, "cross_pair.dat"))
            errors = [w.split() for w in read_lines(os.path.join(tmp, "errors.dat"))]
            props = {w[0]: np.array(w[1:], dtype=float)
                     for w in (line.split() for line in read_lines(os.path.join(tmp, "properties.dat")))}
            self.assertTrue(os.path.exists(os.path.join(tmp, "CuNb_dft.eam.alloy")))
        sampled = (fitted[:, 0] > 2.3) & (fitted[:, 0] < 5.4)
        np.testing.assert_allclose(fitted[sampled, 1], pair.phi(fitted[sampled, 0], c_true)[0], atol=2e-3)
        self.assertGreater(np.abs(fitted[sampled, 2] - fitted[sampled, 1]).max(), 0.05)  # shipped differs
        for kind, subset, count, e_fit, f_fit, e_ship, f_ship, mix_fit, mix_ship in errors:
            if kind in ("ordered", "dilute", "all") or kind.startswith("liquid_Cu") and kind not in ("liquid_Cu0", "liquid_Cu100"):
                self.assertLess(float(e_fit), 1.0, kind)       # meV/atom: the fit reproduces its truth
                self.assertLess(float(f_fit), 0.01, kind)
                self.assertLess(float(mix_fit), 1.0, kind)
                self.assertGreater(float(e_ship), 10 * float(e_fit), kind)
                self.assertGreater(float(mix_ship), 10 * float(mix_fit), kind)
            else:                                               # pure Cu or Nb: the cross pair plays no part
                self.assertEqual(e_fit, e_ship)
                self.assertEqual(f_fit, f_ship)
                self.assertEqual((mix_fit, mix_ship), ("nan", "nan"))
        self.assertEqual({e[0] for e in errors} >= {"fcc_Cu", "bcc_Nb", "ordered", "dilute", "liquid_Cu50", "all"}, True)
        # what the synthetic "DFT" says, the fitted file says too (lattice, formation, solution, mixing)
        for name, (dft, fit, ship) in props.items():
            if np.isnan(dft) and np.isnan(fit):
                continue
            self.assertAlmostEqual(fit, dft, delta=max(1.0, 0.01 * abs(dft)) if "meV" in name else 1e-3 * max(1, abs(dft)),
                                   msg=name)
        # independent: the shipped file's bcc Cu lies 38 meV/atom above its fcc Cu (LAMMPS box
        # relaxations of both lattices, docs/figures/reproduction-9826/crystal_long_850_1ns.txt)
        self.assertAlmostEqual(props["E_bcc_Cu_minus_ground_state_meV_per_atom"][2], 38.0, delta=1.5)
        self.assertGreater(props["E_fcc_Nb_minus_ground_state_meV_per_atom"][2], 0)
        for name in ("E_form_B2_CuNb_meV_per_atom", "E_form_D03_CuNb3_meV_per_atom", "E_mix_liquid_xCu0.50_meV_per_atom",
                     "E_solution_Nb_in_Cu_eV", "a0_fcc_Cu_A", "B_Nb_GPa"):
            self.assertIn(name, props)


if __name__ == "__main__":
    unittest.main()
