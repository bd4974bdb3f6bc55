"""tools/dft/ship_check.py on hand-written errors.dat and properties.dat whose verdicts are known:
each condition holds, then fails alone, and a missing row is an error, not a verdict.
    python3 -m unittest test_ship_check"""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ("# config_type set count e_rmse_fitted_meV f_rmse_fitted_eV_A e_rmse_shipped_meV f_rmse_shipped_eV_A"
          " mix_rmse_fitted_meV mix_rmse_shipped_meV\n")    # as fit_cross.py writes it


def write_set(folder, force_fit=0.40, mix_fit=30.0, nb_in_cu=1.08, test_row=True):
    with open(os.path.join(folder, "errors.dat"), "w") as fh:
        fh.write(HEADER + "all train 89 80.0 0.380 200.0 0.420 40.0 90.0\n")
        if test_row:    # shipped: forces 0.400 eV/A, mixing 60 meV/atom
            fh.write(f"all test 16 90.0 {force_fit:.3f} 150.0 0.400 {mix_fit:.1f} 60.0\n")
    with open(os.path.join(folder, "properties.dat"), "w") as fh:
        fh.write("# property dft fitted shipped\nE_form_B2_CuNb_meV_per_atom 184 150 380\n"
                 f"E_solution_Nb_in_Cu_eV 1.06 {nb_in_cu} 1.54\nE_solution_Cu_in_Nb_eV 0.33 0.26 0.72\n")


def run(folder):
    p = subprocess.run([sys.executable, os.path.join(HERE, "ship_check.py"), "--dest", folder],
                       capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


class ShipCheck(unittest.TestCase):
    def verdicts(self, **kw):
        with tempfile.TemporaryDirectory() as d:
            write_set(d, **kw)
            rc, out = run(d)
        return rc, [line.split(":")[1].strip() for line in out.splitlines() if line.startswith("condition")], out

    def test_all_hold(self):
        rc, v, out = self.verdicts()
        self.assertEqual((rc, v), (0, ["holds"] * 3), out)
        self.assertIn("30.0 meV/atom against the shipped file's 60.0", out)

    def test_mixing_not_below_shipped_fails(self):
        self.assertEqual(self.verdicts(mix_fit=60.0)[:2], (1, ["FAILS", "holds", "holds"]))

    def test_forces_more_than_ten_percent_worse_fail(self):
        self.assertEqual(self.verdicts(force_fit=0.439)[:2], (0, ["holds"] * 3))    # 1.0975 x
        self.assertEqual(self.verdicts(force_fit=0.445)[:2], (1, ["holds", "FAILS", "holds"]))    # 1.11 x

    def test_negative_solution_energy_fails(self):
        self.assertEqual(self.verdicts(nb_in_cu=-0.02)[:2], (1, ["holds", "holds", "FAILS"]))

    def test_missing_test_row_is_an_error(self):
        rc, v, out = self.verdicts(test_row=False)
        self.assertEqual((rc, v), (2, []))
        self.assertIn("all test", out)

    def test_missing_files_are_an_error(self):
        with tempfile.TemporaryDirectory() as d:
            rc, out = run(d)
        self.assertEqual(rc, 2)
        self.assertIn("fit_cross.py", out)


if __name__ == "__main__":
    unittest.main()
