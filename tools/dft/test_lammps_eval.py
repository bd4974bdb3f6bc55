"""LAMMPS (potentials/dft/evaluate.in, through lammps_eval.py) against crossfit.design: a file whose
Cu-Nb table holds phi_CuNb(c) minus the file with its fixed part only gives design . c in energy,
forces and virial, in skewed triclinic cells rotated into LAMMPS's frame and back; crossfit.Setfl's
eam/fs files (cross densities) against eam/alloy files that must give the same potential.
    CUNBGLASS_LMP=build/lmp python3 -m unittest test_lammps_eval"""
import os
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crossfit  # noqa: E402
import lammps_eval  # noqa: E402
from test_crossfit import random_config  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class LammpsMatchesDesign(unittest.TestCase):
    def test_cross_table_adds_design_times_coefficients(self):
        lmp = os.environ["CUNBGLASS_LMP"]
        rng = np.random.default_rng(3)
        configs = [random_config(rng, n=16, box=7.0, shear=1.5, closest=2.2) for _ in range(3)]
        pair = crossfit.CrossPair()
        eam = crossfit.Setfl(os.path.join(REPO, "potentials", "CuNb.eam.alloy"))
        c = rng.normal(size=pair.size) * 0.05
        with tempfile.TemporaryDirectory() as tmp:
            eam.with_cross(pair, None).write(os.path.join(tmp, "fixed.eam.alloy"))
            eam.with_cross(pair, c).write(os.path.join(tmp, "fitted.eam.alloy"))
            fixed = lammps_eval.evaluate(configs, os.path.join(tmp, "fixed.eam.alloy"), lmp)
            fitted = lammps_eval.evaluate(configs, os.path.join(tmp, "fitted.eam.alloy"), lmp)
        for (pos, cell, is_cu), (e0, f0, w0), (e1, f1, w1) in zip(configs, fixed, fitted):
            e, f, w, *_ = crossfit.design(pair, pos, cell, is_cu)
            self.assertGreater(np.abs(f @ c).max(), 0.1)     # the cross pair matters here
            self.assertAlmostEqual(e1 - e0, (e @ c)[0], delta=1e-6)
            np.testing.assert_allclose((f1 - f0).ravel(), f @ c, atol=1e-5)   # table interpolation
            np.testing.assert_allclose(w1 - w0, w @ c, atol=1e-4)

    def test_eam_fs_cross_densities(self):
        """The shipped file written as eam/fs is the same potential; its cross densities go where
        eam/fs says: scaling what Nb gives at Cu sites equals scaling rho_Nb in eam/alloy wherever
        no two Nb atoms are within the cutoff (one Nb in Cu), and scaling what Cu gives at Nb sites
        equals scaling rho_Cu where no two Cu atoms are (one Cu in Nb). Swapped, they would not."""
        lmp = os.environ["CUNBGLASS_LMP"]
        rng = np.random.default_rng(5)
        eam = crossfit.Setfl(os.path.join(REPO, "potentials", "CuNb.eam.alloy"))

        def lattice(a, basis, n, solute_is_cu):
            cells = np.array([(i, j, k) for i in range(n) for j in range(n) for k in range(n)], dtype=float)
            pos = (cells[:, None, :] + np.array(basis)[None, :, :]).reshape(-1, 3) * a
            pos += rng.normal(scale=0.08, size=pos.shape)
            is_cu = np.full(len(pos), not solute_is_cu)
            is_cu[0] = solute_is_cu
            return pos, np.eye(3) * a * n, is_cu
        nb_in_cu = lattice(3.615, [(0, 0, 0), (0.5, 0.5, 0), (0.5, 0, 0.5), (0, 0.5, 0.5)], 3, False)
        cu_in_nb = lattice(3.30, [(0, 0, 0), (0.5, 0.5, 0.5)], 4, True)
        mixed = random_config(rng, n=16, box=7.0, shear=1.5, closest=2.2)
        configs = [nb_in_cu, cu_in_nb, mixed]
        scaled = {}
        for el, s in ((1, 0.6), (0, 1.7)):     # rho_Nb x 0.6 and rho_Cu x 1.7 in eam/alloy
            alloy = eam.copy()
            alloy.density[(el, 0)] = alloy.density[(el, 1)] = s * eam.density[(el, el)]
            scaled[el] = alloy
        with tempfile.TemporaryDirectory() as tmp:
            files = {"alloy": eam, "fs": eam.with_cross_density(1.0, 1.0),
                     "fs_nb_at_cu": eam.with_cross_density(0.6, 1.0), "fs_cu_at_nb": eam.with_cross_density(1.0, 1.7),
                     "alloy_rho_nb": scaled[1], "alloy_rho_cu": scaled[0]}
            res = {}
            for name, pot in files.items():
                path = os.path.join(tmp, name + (".eam.fs" if name.startswith("fs") else ".eam.alloy"))
                pot.write(path)
                res[name] = lammps_eval.evaluate(configs, path, lmp)

        def same(x, y, which):
            for k in which:
                self.assertAlmostEqual(x[k][0], y[k][0], delta=1e-9)
                np.testing.assert_allclose(x[k][1], y[k][1], atol=1e-9)
                np.testing.assert_allclose(x[k][2], y[k][2], atol=1e-8)
        same(res["fs"], res["alloy"], range(3))
        same(res["fs_nb_at_cu"], res["alloy_rho_nb"], [0])
        same(res["fs_cu_at_nb"], res["alloy_rho_cu"], [1])
        # the scalings matter here (the two cases would differ if eam/fs's order were swapped)
        self.assertGreater(abs(res["fs_nb_at_cu"][0][0] - res["alloy"][0][0]), 0.01)
        self.assertGreater(abs(res["fs_cu_at_nb"][1][0] - res["alloy"][1][0]), 0.01)

    def test_rotation_keeps_the_lattice(self):
        cell = np.array([(0, 1.8, 1.8), (1.8, 0, 1.8), (1.8, 1.8, 0)])    # fcc primitive
        q, lower = lammps_eval.lammps_frame(cell)
        np.testing.assert_allclose(np.triu(lower, 1), 0, atol=1e-12)
        self.assertTrue(np.all(np.diag(lower) > 0))
        self.assertLessEqual(abs(lower[1, 0]), lower[0, 0] / 2 + 1e-12)
        # same lattice: integer matrix of determinant +-1 between cell @ q and lower
        m = lower @ np.linalg.inv(cell @ q)
        np.testing.assert_allclose(m, np.round(m), atol=1e-9)
        self.assertAlmostEqual(abs(np.linalg.det(np.round(m))), 1.0)


if __name__ == "__main__":
    unittest.main()
