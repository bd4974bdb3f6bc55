"""tools/dft/own_cells.py without GPAW: the mixing energies it tabulates, by hand-derived numbers,
and the calculations it asks for (names, k-points, set, ranks, side by side), with a stand-in
for the reference set's Runner.point; missing reference cells are refused before any work.
    python3 -m unittest test_own_cells"""
import argparse
import os
import sys
import tempfile
import threading
import unittest
from unittest import mock

import numpy as np
from ase.calculators.singlepoint import SinglePointCalculator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_cross  # noqa: E402
import own_cells  # noqa: E402
import reference_set  # noqa: E402
import structures  # noqa: E402


def cell(ncu, energy_per_atom, name):
    atoms = structures.element_on("Cu", "fcc", 12.0).repeat((2, 2, 2)).repeat((1, 1, 4))
    atoms.symbols[ncu:] = "Nb"
    atoms.calc = SinglePointCalculator(atoms, energy=energy_per_atom * 32, forces=np.zeros((32, 3)))
    atoms.info.update(name=name, config_type="liquid_Cu50", set="own")
    return atoms


class MixingTable(unittest.TestCase):
    def test_hand_derived(self):
        # DFT: Cu16Nb16 -5.05, Cu32 -4.0, Nb32 -6.2 eV/atom: -5050 + (4000 + 6200) / 2 = +50 meV/atom.
        # A model with Cu16Nb16 -5.0, Cu32 -4.1, Nb32 -6.1: -5000 + (4100 + 6100) / 2 = +100.
        # A second mixed cell whose tag has no pure cells has no mixing energy.
        atoms = [cell(16, -5.05, "snap_cu16_liquid_2500K_a"), cell(16, -5.0, "snap_cu16_liquid_2000K_a"),
                 cell(32, -4.0, "snap_cu32_liquid_2500K_a"), cell(0, -6.2, "snap_cu0_liquid_2500K_a")]
        frames = [fit_cross.Frame(a) for a in atoms]
        dft = [f.energy for f in frames]
        model = [-5.0 * 32, 0.0, -4.1 * 32, -6.1 * 32]
        rows = own_cells.mixing_table(frames, [dft, model])
        self.assertEqual(len(rows), 2)
        np.testing.assert_allclose(rows[0], [50.0, 100.0], atol=1e-9)
        self.assertIsNone(rows[1])


class Calculations(unittest.TestCase):
    def test_names_settings_and_jobs(self):
        asked, lock, running, peak = [], threading.Lock(), [0], [0]

        def point(self, name, atoms, config_type, subset, kpts="", ranks=None, **kw):
            with lock:
                running[0] += 1
                peak[0] = max(peak[0], running[0])
            threading.Event().wait(0.05)
            with lock:
                running[0] -= 1
                asked.append((name, config_type, subset, kpts, ranks, len(atoms)))
            return atoms

        with tempfile.TemporaryDirectory() as tmp, mock.patch.object(reference_set.Runner, "point", point):
            a = argparse.Namespace(out=tmp, results=os.path.join(tmp, "own"), np=2, jobs=2, plan=False,
                                   cutoff=400.0, kspacing=0.2, smearing=0.1, snapshot_kpts="quarter")
            cells = {t: cell(16, -5.0, "") for t in own_cells.TAGS}
            results = own_cells.compute(a, cells)
        self.assertEqual(len(results), 6)
        self.assertEqual(sorted(asked), sorted(
            (f"snap_cu16_{t}", "amorphous_Cu50" if t.startswith("amorphous") else "liquid_Cu50", "own", "quarter", 1, 32)
            for t in own_cells.TAGS))
        self.assertEqual(peak[0], 2)


class Refusals(unittest.TestCase):
    def test_missing_reference_cells_refused_before_any_calculation(self):
        import subprocess
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out")
            run = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "own_cells.py"),
                                  "--calc", tmp, "--out", out, "--lmp", sys.executable, "--np", "1"],
                                 capture_output=True, text=True)
            self.assertEqual(run.returncode, 2)
            self.assertIn(f"--calc: no {os.path.join(tmp, 'snap_cu0_liquid_2500K_a.extxyz')}", run.stderr)
            self.assertFalse(os.path.exists(out))    # no MD, no calculation started


if __name__ == "__main__":
    unittest.main()
