"""DFT on cells the fitted file samples itself: does the fit hold where its own MD goes?

The reference set's snapshots were sampled with the shipped potential (potentials/dft/snapshots.in);
a fitted file may find other, lower-energy arrangements that no training cell shows. This samples
32-atom Cu16Nb16 cells (2500 K and 2000 K liquids, two copies each, and two amorphous cells) with
the fitted file through the same deck and seeds, computes them with the reference set's settings
(tools/dft/reference_set.py's Runner: resumable, one result file per cell), and compares each
file's mixing energies (against the committed pure Cu32 and Nb32 cells of the same temperature and
copy, fit_cross.mixing_references) and forces with DFT's, on these cells and on the shipped
potential's cells of the same tags.

    tools/dft/own_cells.py [--pot potentials/dft/CuNb_dft.eam.fs] [--out ~/cunbglass-runs/dft]
        [--np 2] [--jobs 2] [--plan]

Writes potentials/dft/own_cells/*.extxyz (the DFT results) and potentials/dft/own_cells.dat.
"""
import argparse
import concurrent.futures
import os
import sys

import numpy as np
from ase.io import read

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_cross  # noqa: E402
import lammps_eval  # noqa: E402
import reference_set  # noqa: E402

TAGS = ("liquid_2500K_a", "liquid_2500K_b", "liquid_2000K_a", "liquid_2000K_b", "amorphous_1", "amorphous_2")
NCU = 16


def sample(a):
    """The fitted file's own cells: snapshots.in with it, the reference set's seed."""
    cells = reference_set.sampled_snapshots(a.lmp, a.pot, NCU, os.path.join(a.out, "own_snapshots", f"cu{NCU}"))
    return {t: cells[t] for t in TAGS}


def compute(a, cells):
    run = reference_set.Runner(a)
    ranks = max(1, a.np // a.jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        futures = [pool.submit(run.point, f"snap_cu{NCU}_{t}", cells[t], f"{t.split('_')[0]}_Cu50", "own",
                               kpts=a.snapshot_kpts, ranks=ranks) for t in TAGS]
        return [f.result() for f in futures]


def mixing_table(frames, energies_by_model):
    """Per mixed frame, its mixing energy per atom (meV) by each model (DFT first), each against
    its own energies of the pure cells among frames (fit_cross.mixing_references); None where a
    frame has no pure cells of its tag."""
    refs = [fit_cross.mixing_references(frames, e) for e in energies_by_model]
    rows = []
    for k, f in enumerate(frames):
        if f.mixed:
            rows.append(None if refs[0][k] is None else
                        [1000 * fit_cross.mixing(f, e[k], r[k]) for e, r in zip(energies_by_model, refs)])
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pot", default=os.path.join(reference_set.REPO, "potentials/dft/CuNb_dft.eam.fs"))
    p.add_argument("--shipped", default=os.path.join(reference_set.REPO, "potentials/CuNb.eam.alloy"))
    p.add_argument("--out", default=os.path.expanduser("~/cunbglass-runs/dft"))
    p.add_argument("--calc", default=os.path.join(reference_set.REPO, "potentials/dft/calc"),
                   help="the reference set's results (the pure cells and the shipped potential's cells)")
    p.add_argument("--results", default=os.path.join(reference_set.REPO, "potentials/dft/own_cells"))
    p.add_argument("--table", default=os.path.join(reference_set.REPO, "potentials/dft/own_cells.dat"))
    p.add_argument("--lmp", default=os.path.join(reference_set.REPO, "build/lmp"))
    p.add_argument("--np", type=int, default=os.cpu_count())
    p.add_argument("--jobs", type=int, default=None, help="cells side by side, each on --np/JOBS ranks (default --np)")
    p.add_argument("--plan", action="store_true")
    a = p.parse_args()
    a.jobs = a.np if a.jobs is None else a.jobs
    if not 1 <= a.jobs <= a.np:
        p.error("--jobs: give 1 to --np")
    for name in ("pot", "shipped", "lmp"):
        if not os.path.exists(getattr(a, name)):
            p.error(f"--{name}: no file {getattr(a, name)}")
    needed = [os.path.join(a.calc, f"snap_cu{n}_{t}.extxyz") for t in TAGS for n in (0, 32, NCU)]
    missing = [x for x in needed if not os.path.exists(x)]
    if missing:    # before any calculation: the comparison needs the reference set's cells
        p.error(f"--calc: no {missing[0]} ({len(missing)} of the reference set's cells missing; "
                "tools/workflows/dft-reference.sh computes them)")
    # the reference set's settings (reference_set.py's defaults, docs/dft.md)
    a.cutoff, a.kspacing, a.smearing, a.snapshot_kpts = 400.0, 0.2, 0.1, "quarter"
    a.out, a.results = os.path.abspath(a.out), os.path.abspath(a.results)
    own = compute(a, sample(a))
    if a.plan or any(r is None for r in own):
        return
    pure = [read(os.path.join(a.calc, f"snap_cu{n}_{t}.extxyz")) for t in TAGS for n in (0, 32)]
    theirs = [read(os.path.join(a.calc, f"snap_cu{NCU}_{t}.extxyz")) for t in TAGS]
    lines = []
    rms = {}
    for sampler, mixed in (("fitted", own), ("shipped", theirs)):
        frames = [fit_cross.Frame(x) for x in mixed + pure]
        configs = [(f.pos, f.cell, f.is_cu) for f in frames]
        models = [lammps_eval.evaluate(configs, pot, a.lmp) for pot in (a.pot, a.shipped)]
        mix = mixing_table(frames, [[f.energy for f in frames]] + [[e for e, _, _ in m] for m in models])
        # mean square force error of each model (row) on each mixed cell (column)
        msf = np.array([[np.mean((m[k][1] - frames[k].forces) ** 2) for k in range(len(TAGS))] for m in models])
        for k, t in enumerate(TAGS):
            lines.append(f"{sampler} {t} {mix[k][0]:.1f} {mix[k][1]:.1f} {mix[k][2]:.1f} "
                         f"{np.sqrt(msf[0, k]):.3f} {np.sqrt(msf[1, k]):.3f}")
        for j, model in enumerate(("fitted", "shipped")):
            rms[sampler, model] = (np.sqrt(np.mean([(m[j + 1] - m[0]) ** 2 for m in mix])), np.sqrt(msf[j].mean()))
    with open(a.table, "w") as fh:
        fh.write("# DFT (GPAW PBE, the reference set's settings) on 32-atom Cu16Nb16 cells sampled by the fitted file\n"
                 f"# ({os.path.relpath(a.pot, reference_set.REPO)}; sampler fitted) and by the shipped potential (sampler\n"
                 "# shipped, the reference set's own cells) with potentials/dft/snapshots.in, same tags and seeds.\n"
                 "# Mixing energies (meV/atom) against the committed pure Cu32 and Nb32 cells of the same tag, each\n"
                 "# model against its own energies of them; force RMSE (eV/A) over the cell's atoms.\n"
                 "# sampler tag mix_dft mix_fitted mix_shipped force_rmse_fitted force_rmse_shipped\n")
        fh.write("\n".join(lines) + "\n")
        fh.write("# RMSE over the 6 cells of each sampler: sampler model mixing(meV/atom) force(eV/A)\n")
        for (sampler, model), (e, f) in rms.items():
            fh.write(f"# rmse {sampler} {model} {e:.1f} {f:.3f}\n")
    print(open(a.table).read())


if __name__ == "__main__":
    main()
