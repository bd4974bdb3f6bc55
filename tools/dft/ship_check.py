"""The first three conditions of issue 31's ship rule (docs/dft.md, fixed before any held-out
snapshot was computed), read from what tools/dft/fit_cross.py wrote:
  1. held-out mixing-energy RMSE (errors.dat, row `all test`) below the shipped file's;
  2. held-out force RMSE at most 10 % above the shipped file's;
  3. both dilute solution energies of the fitted file positive (properties.dat).
Conditions 4 (issue 18's targets, tools/workflows/calibrate-grid.sh) and 5 (the 9,826-atom glass
at 850 K for 1 ns) come from MD runs and are judged in docs/dft.md.
    python3 tools/dft/ship_check.py [--dest potentials/dft]
Prints one line per condition; exit status 0 if all three hold, 1 if one fails, 2 if a file or
row is missing."""
import argparse
import math
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FORCE_TOLERANCE = 1.10    # condition 2: the fitted file's held-out force RMSE / the shipped file's


def table(path):
    """The rows of a whitespace table as dicts keyed by its column names, which the last '#' line
    before the rows gives (as fit_cross.py writes errors.dat and properties.dat)."""
    names, rows = [], []
    with open(path) as fh:
        for line in fh:
            if line.startswith("#"):
                names = line[1:].split()
            elif line.strip():
                rows.append(dict(zip(names, line.split())))
    return rows


def conditions(errors_path, properties_path):
    """[(number, text, holds)] for conditions 1-3; raises KeyError naming a missing row or column."""
    errors = {(r["config_type"], r["set"]): r for r in table(errors_path)}
    if ("all", "test") not in errors:
        raise KeyError(f"{errors_path}: no row 'all test' (a reference set without held-out frames?)")
    row = errors[("all", "test")]
    f_fit, f_ship = float(row["f_rmse_fitted_eV_A"]), float(row["f_rmse_shipped_eV_A"])
    mix_fit, mix_ship = float(row["mix_rmse_fitted_meV"]), float(row["mix_rmse_shipped_meV"])
    solution = {r["property"]: float(r["fitted"]) for r in table(properties_path)
                if r["property"].startswith("E_solution_")}
    if len(solution) != 2:
        raise KeyError(f"{properties_path}: expected two E_solution_* rows, found {len(solution)}")
    return [
        (1, f"held-out mixing RMSE {mix_fit:.1f} meV/atom against the shipped file's {mix_ship:.1f}",
         not math.isnan(mix_fit) and mix_fit < mix_ship),
        (2, f"held-out force RMSE {f_fit:.3f} eV/A against {FORCE_TOLERANCE:.2f} x {f_ship:.3f}",
         f_fit <= FORCE_TOLERANCE * f_ship),
        (3, "solution energies " + ", ".join(f"{k[len('E_solution_'):-len('_eV')]} {v:+.3f} eV"
                                              for k, v in sorted(solution.items())),
         all(v > 0 for v in solution.values())),
    ]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dest", default=os.path.join(REPO, "potentials/dft"),
                   help="the folder holding fit_cross.py's errors.dat and properties.dat")
    a = p.parse_args()
    try:
        result = conditions(os.path.join(a.dest, "errors.dat"), os.path.join(a.dest, "properties.dat"))
    except (OSError, KeyError, IndexError, ValueError) as e:
        print(f"error: {e}; run tools/dft/fit_cross.py --dest {a.dest} first", file=sys.stderr)
        return 2
    for number, text, holds in result:
        print(f"condition {number}: {'holds' if holds else 'FAILS'}: {text}")
    return 0 if all(h for _, _, h in result) else 1


if __name__ == "__main__":
    sys.exit(main())
