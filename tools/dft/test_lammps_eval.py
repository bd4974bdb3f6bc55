"""LAMMPS (potentials/dft/evaluate.in, through lammps_eval.py) against crossfit.design: a file whose
Cu-Nb table holds phi_CuNb(c) minus the file with its fixed part only gives design . c in energy,
forces and virial, in skewed triclinic cells rotated into LAMMPS's frame and back.
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
        eam = crossfit.EamAlloy(os.path.join(REPO, "potentials", "CuNb.eam.alloy"))
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
