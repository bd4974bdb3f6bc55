#!/usr/bin/python3
"""Figures of Baumer & Demkowicz, PRL 110, 145502 (2013) from a tools/workflows/reproduce.sh folder.

Reads the decks' text outputs (quench_*/quench_T.dat, anneal_T/, anneal_long_T/, deform_T/,
diffusion_T/, reversibility_T/) and writes, into the same folder:
  sweep.dat              T, lambda_C, f_ico, L*_ico, flow stress, n, dH_ico (with standard errors),
                         opening with the atom count, the anneal length and the box length
  anneal_series.png      lambda_C, f_ico and L*_ico along each anneal (continued ones joined)
  fig2a_lambda_C.png     composition wavelength against T
  fig2b_f_ico.png        icosahedral fraction and spanning length L*_ico against T
  fig2c_flow_stress.png  steady-state flow stress against T
  fig2d_msd_exponent.png diffusion exponent n against T
  fig1e_concentration.png, fig1f_p_ico.png  local Cu concentration and p_ico(distance)
  fig3_deformation.png   stress-strain curve; energies of icosahedral and other atoms
  fig3_energies.dat      per group of atoms: slope of the minimised energy against strain and the
                         curvature of a parabola through it, with least-squares standard errors
  fig3_*_initial.*       the same from deform_initial_T/ (deform.in -var ico_atoms initial)
  fig3_control.dat       deform_initial_T/ against deform_control_T/ (the same MD with the strain
                         steps 100 times smaller): per group and snapshot the energies relative
                         to the first snapshot (meV/atom) and their difference, whose mean and
                         standard error say what the strain itself adds
  fig4_reversibility.png displacements and energy changes after a load cycle
  fig4_reversibility.dat per temperature and amplitude: samples, and mean +- standard error over
                         the samples of n_ico(C1), displacements and energy changes
  quench_volume.png      volume and enthalpy against T during the quench, with the bend
Anneal values are means over the second half of each anneal; their standard errors come from
five block averages of that half of the time series (anneal_series.dat), or, for dH_ico, from
the anneal's block lines (anneal.txt) of that half; the flow stress's from five blocks of the
stress-strain points in the steady-state window. n comes from diffusion_T/ where it exists,
else from the anneal's own MSD line.
Usage: plot_reproduction.py DIR [--fig1-T T] [--fig3-T T] [--anneal-ps PS]
"""
import argparse
import glob
import os
import re
import sys

import numpy as np

from figures import finish, plt


def number_after(text, label):
    m = re.search(re.escape(label) + r"\s*([-+0-9.eE]+)", text)
    return float(m.group(1)) if m else float("nan")


def block_error(values, blocks=5):
    """Standard error of the mean from block averages (correlated time series)."""
    values = np.asarray(values, float)
    values = values[np.isfinite(values)]
    if len(values) < blocks:
        return float("nan")
    means = [b.mean() for b in np.array_split(values, blocks)]
    return float(np.std(means, ddof=1) / np.sqrt(blocks))


def data_lines(path):
    """The lines of a deck's text table that are neither comments nor blank."""
    return [l for l in open(path) if l.strip() and not l.startswith("#")]


def load_table(path):
    rows = [l.split() for l in data_lines(path)]
    return np.array([[float(x) for x in r] for r in rows]) if rows else np.zeros((0, 0))


def polynomial_fit(x, y, degree):
    """Least-squares polynomial c_0 + c_1 x + ... + c_d x^d: coefficients (c_0 first) and their
    standard errors from the residual variance on n - d - 1 degrees of freedom (nan without any)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    design = np.vander(x, degree + 1, increasing=True)
    coef, _, _, _ = np.linalg.lstsq(design, y, rcond=None)
    dof = len(x) - degree - 1
    if dof <= 0:
        return coef, np.full(degree + 1, np.nan)
    variance = float(np.sum((y - design @ coef) ** 2)) / dof
    return coef, np.sqrt(variance * np.diag(np.linalg.inv(design.T @ design)))


# deform_pe.dat's energy columns: (column, name, plot label, line style); the Cu-only pair
# (columns 4, 5) compares like with like, since icosahedra are Cu-centred
FIG3_GROUPS = ((1, "icosahedral", "icosahedral atoms", "o-"), (2, "other", "other atoms", "s-"),
               (4, "icosahedral_Cu", "icosahedral Cu", "o--"), (5, "other_Cu", "other Cu", "s--"))


def fig3_groups(pe):
    """(column, name, label, style, rows) of each group deform_pe.dat holds; the icosahedral
    groups keep only the snapshots that have icosahedral atoms (f_ico > 0)."""
    has_ico = pe[:, 3] > 0
    return [(col, name, label, style, has_ico if col in (1, 4) else np.ones(len(pe), bool))
            for col, name, label, style in FIG3_GROUPS if col < pe.shape[1]]


def energy_fits(pe):
    """Fig. 3's question, is the network's energy harmonic while the rest stays flat: per group
    (deform_pe.dat columns), the slope of E(strain) (straight line) and the curvature 2c of a
    parabola E0 + b e + c e^2, both in eV/atom, each with its standard error."""
    rows = []
    for col, name, _, _, keep in fig3_groups(pe):
        (_, slope), (_, slope_err) = polynomial_fit(pe[keep, 0], pe[keep, col], 1)
        coef, err = polynomial_fit(pe[keep, 0], pe[keep, col], 2)
        rows.append((name, int(keep.sum()), slope, slope_err, 2 * coef[2], 2 * err[2]))
    return rows


def control_differences(strained, control):
    """Fig. 3's thermal baseline: per group, the minimised energies of the strained run and of its
    control (same MD, no strain to speak of), each relative to its own first snapshot, in
    meV/atom, snapshot by snapshot, with the difference strained - control and the mean and
    standard error of the differences after the first snapshot."""
    n = min(len(strained), len(control))
    rows = []
    for col, name, _, _, _ in fig3_groups(strained[:n]):
        if col >= control.shape[1]:
            continue
        a = 1000 * (strained[:n, col] - strained[0, col])
        b = 1000 * (control[:n, col] - control[0, col])
        d = (a - b)[1:]
        err = d.std(ddof=1) / np.sqrt(len(d)) if len(d) > 1 else float("nan")
        rows.append((name, a, b, d.mean() if len(d) else float("nan"), err))
    return rows


def reversibility_means(data):
    """reversibility.dat rows (sample amplitude n_ico disp_ico disp_other dpe_ico dpe_other) ->
    per amplitude: samples, then mean and standard error over the samples of n_ico, disp_ico,
    disp_other, dpe_ico, dpe_other and of the paired difference disp_other - disp_ico (each
    sample's two groups share its load cycle, so the difference is sharper than the two means)."""
    out = []
    for amp in np.unique(data[:, 1]):
        rows = data[data[:, 1] == amp]
        values = np.column_stack([rows[:, 2:7], rows[:, 4] - rows[:, 3]])
        n = len(rows)
        means = values.mean(axis=0)
        errs = values.std(axis=0, ddof=1) / np.sqrt(n) if n > 1 else np.full(values.shape[1], np.nan)
        out.append((amp, n, means, errs))
    return out


def load_ave_time_vector(path):
    """Mean of the second half of the blocks of a fix ave/time (mode vector) or fix ave/histo
    file (one block per anneal block): its 4-column rows."""
    blocks = []
    for line in open(path):
        fields = line.split()
        if not fields or line.startswith("#"):
            continue
        if len(fields) != 4:  # block header: "step nrows" or the 6-field histogram header
            blocks.append([])
        elif blocks:
            blocks[-1].append([float(x) for x in fields])
    blocks = [b for b in blocks if b]
    if not blocks:
        return np.zeros((0, 4))
    return np.mean(np.array(blocks[len(blocks) // 2:]), axis=0)


def temperatures(folder, prefix):
    found = []
    for d in glob.glob(os.path.join(folder, prefix + "_*")):
        m = re.fullmatch(prefix + r"_(\d+)", os.path.basename(d))
        if m:
            found.append(int(m.group(1)))
    return sorted(found)


def anneal_blocks(text):
    """The ANNEAL lines of anneal.txt, the last one of each block (a resumed deck may repeat one)."""
    blocks = {}
    for line in text.splitlines():
        m = re.match(r"ANNEAL T = \d+ K block (\d+)/", line)
        if m:
            blocks[int(m.group(1))] = line
        elif line.startswith("ANNEAL "):    # the whole-run line of decks before blocks
            blocks[1] = line
    return [blocks[k] for k in sorted(blocks)]


def anneal_row(folder, T):
    """Second-half means and block errors of one anneal folder's outputs."""
    row = {}
    text = open(os.path.join(folder, f"anneal_{T}", "anneal.txt")).read()
    every = anneal_blocks(text)
    blocks = every[len(every) // 2:]
    for key, label in (("dH_ico", "formation enthalpy"),):
        values = [number_after(b, label) for b in blocks]
        row[key] = float(np.mean(values))
    species = [float(m.group(1)) for b in blocks
               for m in [re.search(r"([-0-9.]+) kJ/mol species by species", b)] if m]
    if species:    # compute ico/interface elements 13-14 (anneal.txt since 2026-11-30)
        row["dH_ico_species"] = float(np.mean(species))
        if len(species) > 1:
            row["dH_ico_species_err"] = float(np.std(species, ddof=1) / np.sqrt(len(species)))
    if "MSD T =" in text:
        row["n"] = number_after(text, " n =")
        row["n_R2"] = number_after(text, "R^2 =")
    series = load_table(os.path.join(folder, f"anneal_{T}", "anneal_series.dat"))
    columns = {"lambda_C": 4, "f_ico": 5, "L_ico": 6, "lambda_C1": 7}
    if series.size:
        half = series[len(series) // 2:]
        for key, col in columns.items():
            if col < series.shape[1]:
                row[key] = float(np.mean(half[:, col]))
                row[key + "_err"] = block_error(half[:, col])
    else:    # no series: the block means
        for key, label in (("lambda_C", "lambda_C ="), ("f_ico", "f_ico ="), ("L_ico", "L*_ico =")):
            row[key] = float(np.mean([number_after(b, label) for b in blocks]))
    return row


def sweep(folder):
    rows = []
    for T in sorted(set(temperatures(folder, "anneal")) | set(temperatures(folder, "deform"))):
        row = {"T": T}
        if os.path.exists(os.path.join(folder, f"anneal_{T}", "anneal.txt")):
            row.update(anneal_row(folder, T))
        path = os.path.join(folder, f"deform_{T}", "deform.txt")
        if os.path.exists(path):
            text = open(path).read()
            row["flow"] = number_after(text, "flow stress")
            curve = load_table(os.path.join(folder, f"deform_{T}", "deform_stress.dat"))
            start = number_after(text, "strain >=")
            if curve.size:
                row["flow_err"] = block_error(curve[curve[:, 0] >= start - 1e-9, 1])
        path = os.path.join(folder, f"diffusion_{T}", "diffusion.txt")
        if os.path.exists(path):
            text = open(path).read()
            row["n"] = number_after(text, " n =")
            row["n_R2"] = number_after(text, "R^2 =")
        if len(row) > 1:    # a deck still running has written nothing to tabulate
            rows.append(row)
    return rows


def main_quench(folder):
    """The sweep's quench folder: quench_out, quench_medium, quench_paper_diffusion or quench_paper
    (at paper scale quench_paper_diffusion is the separate diffusion system); None if none. A folder
    whose quench_T.dat holds no temperature yet (a run that stopped at its setup) is not one."""
    tables = [os.path.join(p, "quench_T.dat") for p in glob.glob(os.path.join(folder, "quench_*"))]
    found = sorted(os.path.dirname(t) for t in tables if os.path.exists(t) and data_lines(t))
    main = [p for p in found if "diffusion" not in os.path.basename(p)]
    return (main or found or [None])[0]


def system_size(folder):
    """Atoms and box length (A) of the sweep's glass: the quench's FINAL line."""
    quench = main_quench(folder)
    path = os.path.join(quench, "final.txt") if quench else ""
    if not os.path.exists(path):
        return None, float("nan")
    text = open(path).read()
    return int(number_after(text, "FINAL:")), number_after(text, "(box")


def series_plot(folder, anneal_ps):
    """lambda_C, f_ico and L*_ico along each anneal; a continued anneal joins its first part."""
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.4))
    found = False
    for T in temperatures(folder, "anneal"):
        path = os.path.join(folder, f"anneal_{T}", "anneal_series.dat")
        if not os.path.exists(path):
            continue
        data = load_table(path)
        longer = os.path.join(folder, f"anneal_long_{T}", "anneal_series.dat")
        if os.path.exists(longer):
            more = load_table(longer)
            if more.size:
                more[:, 0] += data[-1, 0]
                data = np.vstack([data, more[1:]])
        if data.size == 0:
            continue
        found = True
        t = data[:, 0] * 0.002
        for ax, col in zip(axes, (4, 5, 6)):
            ax.plot(t, data[:, col], lw=0.8, label=f"{T} K")
    if not found:
        plt.close(fig)
        return False
    for ax, label in zip(axes, ("lambda_C (A)", "f_ico", "L*_ico")):
        ax.set_xlabel("anneal time (ps)")
        ax.set_ylabel(label)
        if anneal_ps:
            ax.axvline(anneal_ps / 2, ls=":", color="0.5")
    axes[0].legend(fontsize=6, ncol=2)
    axes[1].set_title("along the anneals (dotted: start of the averaged half)", fontsize=9)
    fig.tight_layout()
    fig.savefig(os.path.join(folder, "anneal_series.png"), dpi=150)
    plt.close(fig)
    return True


def bend(T, y):
    """Temperature where two straight lines fitted to y(T) meet (least squares over breaks)."""
    order = np.argsort(T)
    T, y = np.asarray(T, float)[order], np.asarray(y, float)[order]
    best = None
    for k in range(3, len(T) - 3):
        lo, hi = np.polyfit(T[:k], y[:k], 1), np.polyfit(T[k:], y[k:], 1)
        residual = np.sum((np.polyval(lo, T[:k]) - y[:k]) ** 2) + \
            np.sum((np.polyval(hi, T[k:]) - y[k:]) ** 2)
        if best is None or residual < best[0]:
            best = (residual, lo, hi)
    if best is None or best[1][0] == best[2][0]:
        return float("nan"), None, None
    _, lo, hi = best
    return (hi[1] - lo[1]) / (lo[0] - hi[0]), lo, hi


def errorbar_plot(rows, key, ylabel, name, folder, title, scale=1.0):
    pts = [(r["T"], r[key] * scale, r.get(key + "_err", np.nan) * scale) for r in rows if key in r]
    if not pts:
        return
    T, y, e = map(np.array, zip(*pts))
    fig, ax = plt.subplots(figsize=(4.5, 3.4))
    ax.errorbar(T, y, yerr=np.where(np.isfinite(e), e, 0), marker="o", capsize=3)
    ax.axvspan(1500, 1600, color="0.9", label="paper's glass transition")
    finish(fig, ax, folder, name, title, "T (K)", ylabel)


def fig3(folder, run, T, suffix):
    """Fig. 3 from folder/run (examples/deform.in's output; run deform_T, or deform_initial_T for
    -var ico_atoms initial): fig3_deformation{suffix}.png and fig3_energies{suffix}.dat."""
    deform = os.path.join(folder, run)
    if not os.path.exists(os.path.join(deform, "deform_stress.dat")):
        return []
    curve = load_table(os.path.join(deform, "deform_stress.dat"))
    pe = load_table(os.path.join(deform, "deform_pe.dat"))
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(8, 3.4))
    a1.plot(curve[:, 0], curve[:, 1], lw=0.8)
    a1.set_xlabel("true strain")
    a1.set_ylabel("sigma_zz (GPa)")
    a1.set_title(f"stress-strain at {T} K", fontsize=9)
    which = "the unstrained glass's icosahedral atoms" if suffix else "icosahedra of each snapshot"
    if pe.size:    # energies in meV/atom from each group's first snapshot (the unstrained glass)
        for col, _, label, style, keep in fig3_groups(pe):
            if keep.any():
                y = pe[keep, col]
                a2.plot(pe[keep, 0], 1000 * (y - y[0]), style, label=label)
        a2.legend(fontsize=7)
    finish(fig, a2, folder, f"fig3_deformation{suffix}.png", f"Fig. 3: {which}",
           "true strain", "minimised energy - first snapshot (meV/atom)", legend=False)
    written = [f"fig3_deformation{suffix}.png"]
    if pe.size:
        with open(os.path.join(folder, f"fig3_energies{suffix}.dat"), "w") as f:
            f.write(f"# {run}/deform_pe.dat: minimised energy E(strain) per group ({which}), {len(pe)} strains\n"
                    "# group points slope(eV/atom) err curvature_d2E/de2(eV/atom) err\n")
            for name, n, slope, serr, curv, cerr in energy_fits(pe):
                f.write(f"{name} {n} {slope:.4f} {serr:.4f} {curv:.3f} {cerr:.3f}\n")
        written.append(f"fig3_energies{suffix}.dat")
    return written


def fig3_control(folder, T):
    """fig3_control.dat from deform_initial_T/ and deform_control_T/, where both exist."""
    paths = [os.path.join(folder, f"{run}_{T}", "deform_pe.dat") for run in ("deform_initial", "deform_control")]
    if not all(os.path.exists(p) for p in paths):
        return []
    strained, control = (load_table(p) for p in paths)
    if not (strained.size and control.size):
        return []
    with open(os.path.join(folder, "fig3_control.dat"), "w") as f:
        f.write(f"# deform_initial_{T} against deform_control_{T} (same MD, strain steps 100 times smaller):\n"
                "# minimised energy relative to the first snapshot (meV/atom); per group a line\n"
                "# 'group NAME mean_difference err' (strained - control over the later snapshots),\n"
                "# then: snapshot strained control difference\n")
        for name, a, b, mean, err in control_differences(strained, control):
            f.write(f"group {name} {mean:.2f} {err:.2f}\n")
            for k, (x, y) in enumerate(zip(a, b)):
                f.write(f"{k} {x:.2f} {y:.2f} {x - y:.2f}\n")
    return ["fig3_control.dat"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--fig1-T", type=int, default=1000)
    parser.add_argument("--fig3-T", type=int, default=1000)
    parser.add_argument("--anneal-ps", type=float, default=None,
                        help="the shortest anneal (ps), for sweep.dat's header")
    args = parser.parse_args()
    folder = args.folder
    written = []

    rows = sweep(folder)
    atoms, box = system_size(folder)
    with open(os.path.join(folder, "sweep.dat"), "w") as f:
        keys = ["lambda_C", "lambda_C_err", "f_ico", "f_ico_err", "L_ico", "L_ico_err",
                "flow", "flow_err", "n", "n_R2", "dH_ico", "dH_ico_species", "lambda_C1",
                "lambda_C1_err", "dH_ico_species_err"]
        f.write(f"# atoms: {atoms if atoms else 'unknown'}\n")
        if args.anneal_ps:
            f.write(f"# anneal_ps: {args.anneal_ps:g}\n")
        f.write(f"# box_A: {box:.2f}\n")
        f.write("# means over the second half of each anneal; err: standard error of five block means\n")
        f.write("# T(K) lambda_C(A) err f_ico err L*_ico err flow_stress(GPa) err n R^2(n fit) "
                "dH_ico(kJ/mol, rich interpolation) dH_ico(kJ/mol, species by species) "
                "lambda_C(A, first moment) err dH_ico_species_err\n")
        for r in rows:
            f.write(f"{r['T']:5d} " + " ".join(f"{r.get(k, np.nan):10.4f}" for k in keys) + "\n")
    written.append("sweep.dat")
    if series_plot(folder, args.anneal_ps):
        written.append("anneal_series.png")
    print(open(os.path.join(folder, "sweep.dat")).read(), end="")

    errorbar_plot(rows, "lambda_C", "lambda_C (nm)", "fig2a_lambda_C.png", folder,
                  "Fig. 2(a): composition wavelength", scale=0.1)
    errorbar_plot(rows, "flow", "flow stress (GPa)", "fig2c_flow_stress.png", folder,
                  "Fig. 2(c): steady-state flow stress")
    errorbar_plot(rows, "n", "MSD exponent n", "fig2d_msd_exponent.png", folder,
                  "Fig. 2(d): diffusion exponent")
    if any("f_ico" in r for r in rows):
        fig, ax = plt.subplots(figsize=(4.5, 3.4))
        pts = [(r["T"], r["f_ico"], r.get("f_ico_err", 0), r["L_ico"], r.get("L_ico_err", 0))
               for r in rows if "f_ico" in r]
        T, f_ico, fe, L, le = map(np.array, zip(*pts))
        ax.errorbar(T, f_ico, yerr=np.nan_to_num(fe), marker="o", capsize=3, label="f_ico")
        ax.errorbar(T, L, yerr=np.nan_to_num(le), marker="s", capsize=3, label="L*_ico")
        ax.axhline(np.sqrt(3) / 2, ls=":", color="k", label="spanning (sqrt(3)/2)")
        ax.axvspan(1500, 1600, color="0.9")
        finish(fig, ax, folder, "fig2b_f_ico.png", "Fig. 2(b): icosahedral fraction and network size", "T (K)", "fraction / L* ")
    written += [n for n in ("fig2a_lambda_C.png", "fig2b_f_ico.png", "fig2c_flow_stress.png",
                            "fig2d_msd_exponent.png") if os.path.exists(os.path.join(folder, n))]

    anneal = os.path.join(folder, f"anneal_{args.fig1_T}")
    if os.path.exists(os.path.join(anneal, "anneal_conc_hist.dat")):
        hist = load_ave_time_vector(os.path.join(anneal, "anneal_conc_hist.dat"))
        fig, ax = plt.subplots(figsize=(4.5, 3.4))
        ax.bar(hist[:, 1], hist[:, 3], width=hist[1, 1] - hist[0, 1], color="tab:orange")
        ax.axvspan(0.4, 0.6, color="0.85", zorder=0, label="interface (40-60 % Cu)")
        finish(fig, ax, folder, "fig1e_concentration.png", f"Fig. 1(e): local concentration at {args.fig1_T} K", "local Cu fraction (0.7 nm sphere)", "fraction of atoms")
        pico = load_ave_time_vector(os.path.join(anneal, "anneal_pico.dat"))
        fig, ax = plt.subplots(figsize=(4.5, 3.4))
        keep = pico[:, 3] > 0
        ax.plot(pico[keep, 1], pico[keep, 2], marker="o")
        finish(fig, ax, folder, "fig1f_p_ico.png", f"Fig. 1(f): icosahedral atoms near interfaces, {args.fig1_T} K", "distance to the nearest interface atom (A)", "p_ico", legend=False)
        written += ["fig1e_concentration.png", "fig1f_p_ico.png"]

    for prefix, suffix in (("deform", ""), ("deform_initial", "_initial")):
        written += fig3(folder, f"{prefix}_{args.fig3_T}", args.fig3_T, suffix)
    written += fig3_control(folder, args.fig3_T)

    revs = temperatures(folder, "reversibility")
    if revs:
        lines = []
        fig, (a1, a2) = plt.subplots(1, 2, figsize=(8, 3.4))
        for T in revs:
            data = load_table(os.path.join(folder, f"reversibility_{T}", "reversibility.dat"))
            if not data.size:
                continue
            table = reversibility_means(data)
            amps = [row[0] for row in table]
            for col, label, marker, ax in ((1, "icosahedral", "o", a1), (2, "other", "s", a1),
                                           (3, "icosahedral", "o", a2), (4, "other", "s", a2)):
                means = [row[2][col] for row in table]
                errs = [0 if row[1] < 2 else row[3][col] for row in table]    # no bar for one sample
                ax.errorbar(amps, means, yerr=errs, marker=marker, capsize=3, label=f"{label}, {T} K")
            lines += [f"{T} {amp:g} {n} " + " ".join(f"{m:.6g} {e:.2g}" for m, e in zip(means, errs))
                      for amp, n, means, errs in table]
        a1.set_xlabel("strain amplitude")
        a1.set_ylabel("mean displacement C1 -> C2 (A)")
        a2.set_xlabel("strain amplitude")
        a2.set_ylabel("potential energy change (eV/atom)")
        a1.set_title("Fig. 4: reversibility of a load cycle", fontsize=9)
        a1.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(os.path.join(folder, "fig4_reversibility.png"), dpi=150)
        plt.close(fig)
        with open(os.path.join(folder, "fig4_reversibility.dat"), "w") as f:
            f.write("# means over the samples of reversibility_T/reversibility.dat, each followed by its standard error\n"
                    "# T(K) amplitude samples n_ico(C1) err disp_ico(A) err disp_other(A) err "
                    "dpe_ico(eV/atom) err dpe_other(eV/atom) err disp_other-disp_ico(A, paired) err\n")
            f.write("".join(line + "\n" for line in lines))
        written += ["fig4_reversibility.png", "fig4_reversibility.dat"]

    quench = main_quench(folder)
    if quench:
        data = [[float(x) for x in re.findall(r"=\s*([-0-9.]+)", l)]
                for l in data_lines(os.path.join(quench, "quench_T.dat"))]
        T, V, H = (np.array([d[i] for d in data]) for i in range(3))
        Tg, lo, hi = bend(T, V)
        fig, (a1, a2) = plt.subplots(1, 2, figsize=(8, 3.4))
        a1.plot(T, V / V[-1], ".")
        if lo is not None:
            grid = np.linspace(T.min(), T.max(), 2)
            a1.plot(grid, np.polyval(lo, grid) / V[-1], ":", grid, np.polyval(hi, grid) / V[-1], ":")
        a1.set_ylim((V / V[-1]).min() - 0.01, (V / V[-1]).max() + 0.01)
        a1.set_xlabel("T (K)")
        a1.set_ylabel("V / V(end)")
        a1.set_title(f"quench: volume bends at {Tg:.0f} K", fontsize=9)
        a2.plot(T, H, ".")
        a2.set_xlabel("T (K)")
        a2.set_ylabel("enthalpy (eV)")
        fig.tight_layout()
        fig.savefig(os.path.join(folder, "quench_volume.png"), dpi=150)
        plt.close(fig)
        written.append("quench_volume.png")
        print(f"quench volume bends at {Tg:.0f} K (two straight lines, least squares)")
    print("wrote " + " ".join(written) + f" in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
