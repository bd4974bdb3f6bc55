"""Known-answer tests of tools/dft/crossfit.py (numpy only; run: python3 -m unittest test_crossfit)."""
import os
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crossfit  # noqa: E402


def random_config(rng, n=16, box=7.0, shear=0.3, closest=1.8):
    """A triclinic periodic cell with n atoms, half of each species, no two closer than closest."""
    cell = np.diag([box, box * 1.05, box * 0.95])
    cell[1, 0], cell[2, 0], cell[2, 1] = shear, -shear, 0.5 * shear
    pos = []
    while len(pos) < n:
        p = rng.random(3) @ cell
        if all(min_image_distance(p, q, cell) > closest for q in pos):
            pos.append(p)
    is_a = np.arange(n) % 2 == 0
    return np.array(pos), cell, is_a


def min_image_distance(p, q, cell):
    return min(np.linalg.norm(q + np.array(s) @ cell - p)
               for s in np.ndindex(3, 3, 3) for s in [np.array(s) - 1])


def brute_pair_sum(pos, cell, is_a, phi, r_cut, reach=4):
    """Energy sum_{a i, b j, images} phi(r) with an explicit loop over a generous image range."""
    total = 0.0
    for i in np.flatnonzero(is_a):
        for j in np.flatnonzero(~is_a):
            for s in np.ndindex(2 * reach + 1, 2 * reach + 1, 2 * reach + 1):
                r = np.linalg.norm(pos[j] + (np.array(s) - reach) @ cell - pos[i])
                if r < r_cut:
                    total += phi(r)
    return total


def morse_tapered(r, r_cut=5.5):
    """A Morse pair brought smoothly to zero at the cutoff: the answer the fit must find."""
    morse = 0.25 * (np.exp(-2 * 1.6 * (r - 2.7)) - 2 * np.exp(-1.6 * (r - 2.7)))
    x = np.clip((r_cut - r) / 1.5, 0, 1)
    return morse * x ** 3 * (10 - 15 * x + 6 * x ** 2)


class Basis(unittest.TestCase):
    def test_bsplines_sum_to_one_and_vanish_at_cutoff(self):
        pair = crossfit.CrossPair()
        r = np.linspace(pair.r_outer + 4 * pair.h, pair.r_cut - 4 * pair.h, 50)
        b, _ = pair.basis(r)
        np.testing.assert_allclose(b.sum(axis=1), 1.0, atol=1e-12)
        c = np.random.default_rng(1).normal(size=pair.size)
        h = 1e-4
        vals = [pair.phi(np.array([pair.r_cut - k * h]), c)[0][0] for k in range(3)]
        self.assertLess(abs(vals[0]), 1e-12)
        self.assertLess(abs(vals[1]), 1e-9)   # value and slope vanish: phi ~ (r_cut - r)^3
        self.assertLess(abs(vals[2]), 1e-9)

    def test_derivatives_match_finite_differences(self):
        pair = crossfit.CrossPair()
        c = np.random.default_rng(2).normal(size=pair.size)
        r = np.linspace(1.0, 5.4, 37)
        h = 1e-6
        num = (pair.phi(r + h, c)[0] - pair.phi(r - h, c)[0]) / (2 * h)
        np.testing.assert_allclose(pair.phi(r, c)[1], num, rtol=1e-6, atol=1e-6)

    def test_zbl_known_values(self):
        # at r -> 0 the screening -> sum c_i = 1: r phi -> Z1 Z2 e^2 / (4 pi eps0)
        e, _ = crossfit.zbl(1e-8, 29, 41)
        self.assertAlmostEqual(e * 1e-8 / (14.399645 * 29 * 41), 1.0, places=6)
        # Ziegler-Biersack-Littmark screening length of Cu-Nb: 0.4685 / (29^0.23 + 41^0.23) A
        a = 0.46850 / (29 ** 0.23 + 41 ** 0.23)
        r = 2.0
        expect = 14.399645 * 29 * 41 / r * sum(
            c * np.exp(-d * r / a) for c, d in zip(crossfit.ZBL_C, crossfit.ZBL_D))
        self.assertAlmostEqual(crossfit.zbl(r, 29, 41)[0], expect, places=10)


class Configurations(unittest.TestCase):
    def test_pairs_match_brute_force(self):
        rng = np.random.default_rng(3)
        pos, cell, is_a = random_config(rng, n=8, box=4.5)   # box smaller than the cutoff
        pair = crossfit.CrossPair()
        c = rng.normal(size=pair.size)
        e, _, _, e0, _, _ = crossfit.design(pair, pos, cell, is_a)
        brute = brute_pair_sum(pos, cell, is_a, lambda r: pair.phi(np.array([r]), c)[0][0], pair.r_cut)
        self.assertAlmostEqual((e @ c)[0] + e0[0], brute, places=9)

    def test_forces_and_virial_are_derivatives_of_the_energy(self):
        rng = np.random.default_rng(4)
        pos, cell, is_a = random_config(rng)
        pair = crossfit.CrossPair()
        c = rng.normal(size=pair.size) * 0.1
        _, f, w, _, f0, w0 = crossfit.design(pair, pos, cell, is_a)
        forces = (f @ c + f0).reshape(-1, 3)
        virial = w @ c + w0

        def energy(p, cl):
            e, _, _, e0, _, _ = crossfit.design(pair, p, cl, is_a)
            return (e @ c)[0] + e0[0]
        h = 1e-5
        for atom, axis in ((0, 0), (3, 1), (8, 2)):
            dp = np.zeros_like(pos)
            dp[atom, axis] = h
            num = -(energy(pos + dp, cell) - energy(pos - dp, cell)) / (2 * h)
            self.assertAlmostEqual(forces[atom, axis], num, places=5)
        # virial W_ab = dE/d(eps_ab) under homogeneous strain of cell and positions
        for k, (a, b) in enumerate(((0, 0), (1, 1), (2, 2), (1, 2), (0, 2), (0, 1))):
            eps = np.zeros((3, 3))
            eps[a, b] += h / 2
            eps[b, a] += h / 2
            plus, minus = np.eye(3) + eps, np.eye(3) - eps
            num = (energy(pos @ plus, cell @ plus) - energy(pos @ minus, cell @ minus)) / (2 * h)
            self.assertAlmostEqual(virial[k], num, places=5)


class Fit(unittest.TestCase):
    def configs(self, seed, count, n=16, closest=1.8):
        rng = np.random.default_rng(seed)
        return [random_config(rng, n=n, closest=closest) for _ in range(count)]

    def test_recovers_coefficients_exactly(self):
        pair = crossfit.CrossPair()
        c_true = np.random.default_rng(5).normal(size=pair.size)
        blocks = []
        for pos, cell, is_a in self.configs(6, 12):
            e, f, _, _, _, _ = crossfit.design(pair, pos, cell, is_a)
            blocks += [(e, e @ c_true, 1.0), (f, f @ c_true, 1.0)]
        c = crossfit.solve(blocks, pair.curvature(), smoothness=0.0)
        r = np.linspace(1.8, pair.r_cut, 60)    # the distances the configurations sample
        np.testing.assert_allclose(pair.phi(r, c)[0], pair.phi(r, c_true)[0], atol=1e-8)

    def test_finds_a_pair_it_did_not_generate(self):
        """Energies and forces of a tapered Morse pair (brute-force sums, finite-difference forces):
        the fitted phi_CuNb is the Morse pair over the distances the configurations sample."""
        pair = crossfit.CrossPair()
        blocks = []
        h = 1e-5
        for pos, cell, is_a in self.configs(7, 8, n=12, closest=2.2):
            e_true = brute_pair_sum(pos, cell, is_a, morse_tapered, pair.r_cut, reach=2)
            f_true = np.zeros_like(pos)
            for atom, axis in ((0, 0), (1, 1), (4, 2), (7, 0)):
                dp = np.zeros_like(pos)
                dp[atom, axis] = h
                f_true[atom, axis] = -(brute_pair_sum(pos + dp, cell, is_a, morse_tapered, pair.r_cut, 2)
                                       - brute_pair_sum(pos - dp, cell, is_a, morse_tapered, pair.r_cut, 2)) / (2 * h)
            rows = np.array([3 * 0 + 0, 3 * 1 + 1, 3 * 4 + 2, 3 * 7 + 0])
            e, f, _, e0, f0, _ = crossfit.design(pair, pos, cell, is_a)
            blocks += [(e, np.array([e_true]) - e0, 1.0), (f[rows], f_true.ravel()[rows] - f0[rows], 1.0)]
        c = crossfit.solve(blocks, pair.curvature(), smoothness=1e-8)
        r = np.linspace(2.4, 5.3, 30)
        np.testing.assert_allclose(pair.phi(r, c)[0], morse_tapered(r), atol=2e-3)

    def test_joins_the_repulsion_smoothly_where_no_data_reach(self):
        """Data only beyond 2.4 A (a tapered Morse pair), the switch to the screened repulsion at
        1.8-2.3 A: below the data the fitted pair must stay repulsive and smooth, falling
        monotonically from the screened repulsion at 1.8 A to the data (a fit that left the
        curvature free there sent phi(2.0 A) to -5.6 eV on the partial DFT set)."""
        pair = crossfit.CrossPair(r_inner=1.8, r_outer=2.3)
        blocks = []
        for pos, cell, is_a in self.configs(8, 10, n=12, closest=2.4):
            e, f, _, e0, f0, _ = crossfit.design(pair, pos, cell, is_a)
            i, j, d = crossfit.cross_pairs(pos, cell, is_a, pair.r_cut)
            r = np.linalg.norm(d, axis=1)
            self.assertGreater(r.min(), 2.4)
            blocks.append((e, np.array([morse_tapered(r).sum()]) - e0, 1.0))
        c = crossfit.solve(blocks, pair.curvature(), smoothness=1e-4)
        r = np.linspace(1.8, 2.45, 66)
        phi, dphi = pair.phi(r, c)
        self.assertTrue(np.all(dphi < 0), f"phi' >= 0 at r = {r[dphi >= 0]}")
        self.assertTrue(np.all(phi > morse_tapered(2.45)))
        self.assertAlmostEqual(phi[0], crossfit.zbl(1.8, 29, 41)[0], places=6)


class Files(unittest.TestCase):
    def test_setfl_round_trip_and_cross_tables(self):
        nr, dr = 200, 5.5 / 200
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "t.eam.alloy")
            with open(path, "w") as fh:
                fh.write("a\nb\nc\n2 Cu Nb\n")
                fh.write(f"10 0.1 {nr} {dr} 5.5\n")
                for z in (29, 41):
                    fh.write(f"{z} 1.0 3.0 fcc\n" + " ".join(str(z + k) for k in range(10)) + "\n")
                    fh.write(" ".join(str(0.5 * k) for k in range(nr)) + "\n")
                for k in range(3):
                    fh.write(" ".join(str(k + 0.25 * i) for i in range(nr)) + "\n")
            eam = crossfit.Setfl(path)
            self.assertEqual(eam.elements, ["Cu", "Nb"])
            self.assertEqual(eam.embed[1][3], 44.0)
            self.assertEqual(eam.rphi[(1, 0)][2], 1.5)
            pair = crossfit.CrossPair()
            c = np.random.default_rng(8).normal(size=pair.size)
            eam.with_cross(pair, c).write(path + "2")
            back = crossfit.Setfl(path + "2")
            r = eam.r
            expect = r * pair.phi(np.maximum(r, 1e-6), c)[0]
            expect[r >= pair.r_cut] = 0
            np.testing.assert_allclose(back.rphi[(1, 0)], expect, rtol=1e-14, atol=1e-14)
            np.testing.assert_array_equal(back.rphi[(1, 1)], eam.rphi[(1, 1)])
            np.testing.assert_array_equal(back.density[(0, 0)], eam.density[(0, 0)])
            self.assertFalse(back.fs)
            # eam/fs: the cross densities scaled, each element's block lists it at Cu then at Nb
            fs = eam.with_cross_density(0.5, 2.0)
            with self.assertRaises(ValueError):
                fs.write(os.path.join(tmp, "t2.eam.alloy"))
            fs.write(os.path.join(tmp, "t.eam.fs"))
            back = crossfit.Setfl(os.path.join(tmp, "t.eam.fs"))
            self.assertTrue(back.fs)
            np.testing.assert_array_equal(back.density[(1, 0)], 0.5 * eam.density[(1, 1)])
            np.testing.assert_array_equal(back.density[(0, 1)], 2.0 * eam.density[(0, 0)])
            np.testing.assert_array_equal(back.density[(1, 1)], eam.density[(1, 1)])
            with open(os.path.join(tmp, "t.eam.fs")) as fh:
                numbers = fh.read().splitlines(True)[3:]
                numbers = "".join(numbers).split()[8:]
            # Cu block: species line, F, density at Cu (the hand-written 0.5 k), at Nb (twice that)
            self.assertEqual(float(numbers[4 + 10 + 3]), 1.5)
            self.assertEqual(float(numbers[4 + 10 + nr + 3]), 3.0)


if __name__ == "__main__":
    unittest.main()
