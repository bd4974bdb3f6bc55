"""tools/dft/reference_set.py with a real but tiny GPAW calculation (seconds): one point computed,
its result complete (energy, forces, stress, settings, set labels), a second run skips it, and an
interrupted calculation leaves no result behind. Skipped (exit code 77 under ctest) without GPAW.
    CUNBGLASS_LMP=build/lmp python3 test_reference_set.py"""
import argparse
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import importlib.util
# only look for GPAW: importing it here would start MPI in this process, and mpirun then refuses
# to launch the calculations from it
if importlib.util.find_spec("gpaw") is None or importlib.util.find_spec("ase") is None:
    print("GPAW or ASE missing: tools/setup/setup-dft.sh installs them; test skipped")
    sys.exit(77)
import reference_set  # noqa: E402
import structures  # noqa: E402


def options(tmp):
    return argparse.Namespace(out=tmp, results=os.path.join(tmp, "calc"), dest=tmp, np=1, cutoff=200.0,
                              kspacing=1.0, smearing=0.2, snapshot_kpts="quarter", plan=False,
                              lmp=os.environ.get("CUNBGLASS_LMP", ""), pot="")


class Resumable(unittest.TestCase):
    def test_point_then_skip(self):
        with tempfile.TemporaryDirectory() as tmp:
            run = reference_set.Runner(options(tmp))
            first = run.point("fcc_Cu_test", structures.fcc_cu(12.0), "fcc_Cu", "train")
            self.assertEqual(run.done_here, 1)
            self.assertEqual(first.info["config_type"], "fcc_Cu")
            self.assertEqual(first.info["set"], "train")
            self.assertEqual(first.info["cutoff_eV"], 200.0)
            self.assertEqual(first.get_forces().shape, (1, 3))
            self.assertEqual(first.get_stress().shape, (6,))
            self.assertLess(first.get_potential_energy(), 0)
            again = reference_set.Runner(options(tmp))
            second = again.point("fcc_Cu_test", structures.fcc_cu(12.0), "fcc_Cu", "train")
            self.assertEqual(again.done_here, 0)     # found, not recomputed
            self.assertEqual(second.get_potential_energy(), first.get_potential_energy())

    def test_killed_calculation_leaves_nothing(self):
        with tempfile.TemporaryDirectory() as tmp:
            from ase.io import write
            inp = os.path.join(tmp, "in.extxyz")
            atoms = structures.b2(15.0)
            atoms.info.update(config_type="ordered", set="train")
            write(inp, atoms)
            out = os.path.join(tmp, "out.extxyz")
            proc = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "gpaw_point.py"), inp, out,
                                     "--cutoff", "400", "--smearing", "0.1", "--kspacing", "0.05", "--txt", os.devnull])
            with self.assertRaises(subprocess.TimeoutExpired):   # 63^3 k-points take minutes
                proc.wait(timeout=4)
            proc.kill()
            proc.wait()
            self.assertFalse(os.path.exists(out))
            self.assertFalse(os.path.exists(out + ".part"))


if __name__ == "__main__":
    unittest.main()
