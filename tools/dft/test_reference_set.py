"""tools/dft/reference_set.py with a real but tiny GPAW calculation (seconds): one point computed,
its result complete (energy, forces, stress, settings, set labels), a second run skips it, and an
interrupted calculation leaves no result behind. Skipped (exit code 77 under ctest) without GPAW.
SnapshotSchedule (ctest dft.snapshot_schedule, no GPAW needed): the snapshot stage's order, --jobs
and the STOP file. ConvergenceLiquid (ctest dft.convergence_reuses_snapshot, no GPAW needed).
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
HAVE_GPAW = importlib.util.find_spec("gpaw") is not None
import reference_set  # noqa: E402
import structures  # noqa: E402


def options(tmp):
    return argparse.Namespace(out=tmp, results=os.path.join(tmp, "calc"), dest=tmp, np=1, cutoff=200.0,
                              kspacing=1.0, smearing=0.2, snapshot_kpts="quarter", plan=False,
                              lmp=os.environ.get("CUNBGLASS_LMP", ""), pot="")


@unittest.skipUnless(HAVE_GPAW, "GPAW missing")
class Resumable(unittest.TestCase):
    def test_point_then_skip(self):
        with tempfile.TemporaryDirectory() as tmp:
            run = reference_set.Runner(options(tmp))
            first = run.point("fcc_Cu_test", structures.element_on("Cu", "fcc", 12.0), "fcc_Cu", "train")
            self.assertEqual(run.done_here, 1)
            self.assertEqual(first.info["config_type"], "fcc_Cu")
            self.assertEqual(first.info["set"], "train")
            self.assertEqual(first.info["cutoff_eV"], 200.0)
            self.assertEqual(first.get_forces().shape, (1, 3))
            self.assertEqual(first.get_stress().shape, (6,))
            self.assertLess(first.get_potential_energy(), 0)
            self.assertEqual(first.info["pulay_stress"], "estimated")
            again = reference_set.Runner(options(tmp))
            second = again.point("fcc_Cu_test", structures.element_on("Cu", "fcc", 12.0), "fcc_Cu", "train")
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


class SnapshotSchedule(unittest.TestCase):
    """stage_snapshots with stand-ins for the MD and the calculations: every composition of a
    temperature before the next temperature, the mixtures first, and --jobs 2 runs two
    calculations at a time on half the ranks each."""
    TAGS = [f"liquid_{t}K_{s}" for t in (4000, 3000, 2500, 2000, 1500) for s in "ab"] + ["amorphous_1", "amorphous_2"]

    def schedule(self, jobs):
        import threading
        import time as clock
        calls, running, peak, lock = [], [0], [0], threading.Lock()

        class Stub:
            a = argparse.Namespace(np=2, jobs=jobs, snapshot_kpts="quarter")

            def stop_requested(self):
                return False

            def point(self, name, atoms, config_type, subset, kpts="", ranks=None):
                with lock:
                    calls.append((name, config_type, subset, ranks))
                    running[0] += 1
                    peak[0] = max(peak[0], running[0])
                clock.sleep(0.01)
                with lock:
                    running[0] -= 1

        saved = reference_set.snapshots_of
        reference_set.snapshots_of = lambda run, ncu: {t: None for t in self.TAGS}
        try:
            reference_set.stage_snapshots(Stub())
        finally:
            reference_set.snapshots_of = saved
        return calls, peak[0]

    def test_order(self):
        calls, peak = self.schedule(jobs=1)
        names = [c[0] for c in calls]
        self.assertEqual((len(set(names)), peak), (60, 1))
        self.assertTrue(all(c[3] == 2 for c in calls))
        self.assertEqual(names[:5], [f"snap_cu{n}_amorphous_1" for n in (16, 8, 24, 0, 32)])
        self.assertEqual(min(k for k, n in enumerate(names) if n.endswith(("_b", "_2"))), 30)
        self.assertEqual({c[0] for c in calls if c[2] == "test"},
                         {f"snap_cu{n}_{t}" for n in (0, 8, 16, 24, 32)
                          for t in ("liquid_3000K_b", "liquid_2000K_b", "amorphous_2")})
        self.assertIn(("snap_cu8_amorphous_1", "amorphous_Cu25", "train", 2), calls)

    def test_stop_file(self):
        """OUT/STOP: no calculation and no snapshot MD starts, nothing is written."""
        with tempfile.TemporaryDirectory() as tmp:
            run = reference_set.Runner(options(tmp))
            self.assertFalse(run.stop_requested())
            open(os.path.join(tmp, "STOP"), "w").close()
            self.assertIsNone(run.point("fcc_Cu_test", structures.element_on("Cu", "fcc", 12.0), "fcc_Cu", "train"))
            run.a.jobs = 2
            reference_set.stage_snapshots(run)     # would run LAMMPS (run.a.lmp is empty) otherwise
            self.assertTrue(run.stopped)
            self.assertEqual(run.done_here, 0)
            self.assertEqual(os.listdir(run.calc), [])

    def test_two_jobs_share_the_ranks(self):
        calls, peak = self.schedule(jobs=2)
        self.assertEqual((len({c[0] for c in calls}), peak), (60, 2))
        self.assertTrue(all(c[3] == 1 for c in calls))


class ConvergenceLiquid(unittest.TestCase):
    """stage_convergence with a stand-in for the calculations and committed snapshot results: the
    liquid's row at the snapshots' own k-point set is that snapshot (not computed again), the other
    k-point sets are computed on the same cell, convergence.dat lists all three, and the mixing
    energy against the pure liquids of the same temperature and copy is E(CuNb) - (E(Cu) + E(Nb))/2
    per atom at the snapshots' set (from the three snapshots) and at the 2x2x2 grid."""

    def test_reuses_the_snapshots(self):
        import numpy as np
        from ase.calculators.singlepoint import SinglePointCalculator
        from ase.io import write
        with tempfile.TemporaryDirectory() as tmp:
            run = reference_set.Runner(options(tmp))
            committed = {}
            # the snapshots: Cu16Nb16 -5.05, Cu32 -4.0, Nb32 -6.2 eV/atom, so the mixing energy at
            # their k-point set is -5050 - (-4000 - 6200) / 2 = +50 meV/atom
            for ncu, per_atom in ((16, -5.05), (32, -4.0), (0, -6.2)):
                liquid = structures.element_on("Cu", "fcc", 12.0).repeat((2, 2, 2)).repeat((1, 1, 4))
                liquid.symbols[ncu:] = "Nb"
                liquid.rattle(0.1, seed=ncu + 1)
                liquid.calc = SinglePointCalculator(liquid, energy=per_atom * 32, forces=np.zeros((32, 3)),
                                                    stress=np.zeros(6))
                liquid.info.update(seconds=123.0, ranks=1)
                write(os.path.join(run.calc, f"snap_cu{ncu}_liquid_2500K_a.extxyz"), liquid, format="extxyz")
                committed[ncu] = liquid
            computed = []

            def point(name, atoms, config_type, subset, kpts="", **kw):
                computed.append((name, kpts))
                if name.startswith("conv_liquid"):    # the same cell as the snapshot's
                    ncu = int(name.split("_cu")[1].split("_")[0]) if "_cu" in name else 16
                    np.testing.assert_allclose(atoms.positions, committed[ncu].positions, atol=1e-7)    # extxyz keeps 8 decimals
                    self.assertEqual(atoms.get_chemical_symbols(), committed[ncu].get_chemical_symbols())
                ncu = atoms.get_chemical_symbols().count("Cu")
                out = atoms.copy()
                # a stand-in energy with a known mixing energy: -5 eV/atom + 1 meV per Cu-Nb pair
                # of the cell, so Cu16Nb16 is 256 meV / 32 = +8 meV/atom above its pure cells
                out.calc = SinglePointCalculator(out, energy=-5.0 * len(out) + 1e-3 * ncu * (len(out) - ncu),
                                                 stress=np.zeros(6))
                out.info["seconds"] = 1.0
                return out
            run.point = point
            reference_set.stage_convergence(run)
            liquid_points = [c for c in computed if c[0].startswith("conv_liquid")]
            self.assertEqual(liquid_points, [("conv_liquid_111", "1 1 1"), ("conv_liquid_mp222", "mp 2 2 2"),
                                             ("conv_liquid_cu32_mp222", "mp 2 2 2"), ("conv_liquid_cu0_mp222", "mp 2 2 2")])
            rows = dict(line.split()[:2] for line in open(os.path.join(tmp, "convergence.dat")) if not line.startswith("#"))
            self.assertEqual((rows["liquid32_kquarter"], rows["liquid32_k111"], rows["liquid32_kmp222"]),
                             ("-5050.00", "-4992.00", "-4992.00"))
            self.assertEqual((rows["liquid32_mixing_kquarter"], rows["liquid32_mixing_kmp222"]), ("50.00", "8.00"))


if __name__ == "__main__":
    if not HAVE_GPAW:
        print("GPAW missing: tools/setup/setup-dft.sh installs it; test skipped")
        sys.exit(77)
    unittest.main()
