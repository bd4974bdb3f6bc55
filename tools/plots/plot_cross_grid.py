#!/usr/bin/python3
"""Map of the cross-interaction grid (issue 18) from the tables of tools/workflows/calibrate-cross.sh and
tools/workflows/calibrate-phases.sh: each point at (lambda, s), coloured by f_ico of the 300 K glass, with
dH_ico, lambda_C / box and the spinodal estimate written beside it; then, where independent samples
exist (cross_grid_seedN.dat beside grid.dat, from calibrate-cross.sh --seed N; the enthalpies from
cross_grid_dh.dat, reanalyse-cross.sh), the mean and standard error of each point over its samples,
as a table and as a figure of dH_ico (species by species) against f_ico with the target region of
issue 18 (f_ico >= 0.15, -30 <= dH_ico <= -10 kJ/mol).
  /usr/bin/python3 tools/plots/plot_cross_grid.py [grid.dat] [phases.dat] [out.png]"""
import glob
import math
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def scale_text(s):
    """An attraction scale with two decimals, or three where it needs them (0.875)."""
    return f"{s:.2f}" if round(s, 2) == s else f"{s:.3f}"


def point_key(w):
    """The key of a table row: (s, lambda) as numbers for a grid point, (label, "file") for a
    potential file given as LABEL=FILE (tools/workflows/cross-grid.sh), which has no place on the map."""
    return (w[0], "file") if w[1] == "file" else (float(w[0]), float(w[1]))


def sort_key(k):
    return (1, k[0], 0.0) if k[1] == "file" else (0, k[0], k[1])


def point_text(k):
    return f"file {k[0]}" if k[1] == "file" else f"s {scale_text(k[0])}, $\\lambda$ {k[1]:.2f}"


def rows(path):
    out = {}
    try:
        for line in open(path):
            if line.startswith("#") or not line.strip():
                continue
            w = line.split()
            out[point_key(w)] = w
    except FileNotFoundError:
        pass
    return out


def main():
    grid_path = sys.argv[1] if len(sys.argv) > 1 else "potentials/calibration/cross_grid.dat"
    phases_path = sys.argv[2] if len(sys.argv) > 2 else "potentials/calibration/cross_phases.dat"
    out_path = sys.argv[3] if len(sys.argv) > 3 else "docs/figures/potential/cross_grid.png"
    grid, phases = rows(grid_path), rows(phases_path)
    if not grid:
        sys.exit(f"no grid points in {grid_path}")
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    keys = sorted((k for k in grid if k[1] != "file"), key=sort_key)
    lam = [k[1] for k in keys]
    s = [k[0] for k in keys]
    fico = [float(grid[k][5]) for k in keys]
    sc = ax.scatter(lam, s, c=fico, cmap="viridis", s=160, vmin=0.0, vmax=max(0.2, max(fico)))
    for k in keys:
        w = grid[k]
        label = f"dH {w[10]}\n$\\lambda_C$/L {float(w[6]) / float(w[7]):.2f}"
        if k in phases:
            label += f"\n$T_s$ {phases[k][3]} K"
        ax.annotate(label, (k[1], k[0]), textcoords="offset points", xytext=(10, -12), fontsize=7)
    fig.colorbar(sc, ax=ax, label="f_ico of the 300 K glass (target >= 0.15)")
    ax.set_xlabel("distance scale $\\lambda$ of the cross pair (Cu-Nb bonds shorter by 1/$\\lambda$)")
    ax.set_ylabel("attraction scale s of the cross pair")
    ax.set_title("Cu-Nb cross interaction: README quench (1,024 atoms, 1e13 K/s)", fontsize=9)
    ax.margins(0.25)
    fig.tight_layout()
    fig.savefig(out_path, dpi=120)
    print(f"wrote {out_path}\n")
    print("| s | lambda | B2 (eV/atom) | T_s (K) | f_ico 1800 K | f_ico 1000 K | f_ico 300 K | "
          "dH_ico 300 K (kJ/mol) | lambda_C / box | crystalline PTM / fcc / bcc | quench (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for k in sorted(grid, key=sort_key):
        w = grid[k]
        p = phases.get(k, ["", "", "-", "-"])
        print(f"| {w[0]} | {w[1]} | {p[2]} | {p[3]} | {w[8]} | {w[9]} | {w[5]} | {w[10]} | "
              f"{float(w[6]) / float(w[7]):.2f} | {w[2]} / {w[3]} / {w[4]} | {w[11]} |")
    samples(grid_path, out_path)


def mean_sem(values):
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, float("nan")
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    return mean, math.sqrt(var / n)


def samples(grid_path, out_path):
    """Every sample of every point: the seed-1 table plus cross_grid_seedN.dat beside it, with the
    enthalpies re-measured from the dumps (cross_grid_dh.dat, tools/workflows/reanalyse-cross.sh)."""
    folder = os.path.dirname(grid_path) or "."
    tables = [grid_path] + sorted(glob.glob(os.path.join(folder, "cross_grid_seed*.dat")))
    per_point = {}
    for path in tables:
        for key, w in rows(path).items():
            per_point.setdefault(key, []).append(w)
    dh = {}
    try:
        for line in open(os.path.join(folder, "cross_grid_dh.dat")):
            if not line.startswith("#") and line.strip():
                w = line.split()
                dh.setdefault(point_key(w), []).append(w)
    except FileNotFoundError:
        pass
    multi = {k: v for k, v in per_point.items() if len(v) > 1}
    if not multi:
        return
    print("\n| s | lambda | samples | f_ico 1000 K | f_ico 300 K | dH_ico by species (kJ/mol) | "
          "dH_ico rich interpolation (kJ/mol) | Cu-rich / Nb-rich references | lambda_C < 0.8 box | "
          "crystalline PTM (max) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    points = []
    for k in sorted(multi, key=sort_key):
        ws, ds = multi[k], dh.get(k, [])
        f1000 = mean_sem([float(w[9]) for w in ws])
        f300 = mean_sem([float(w[5]) for w in ws])
        species = mean_sem([float(d[5]) for d in ds]) if ds else (float("nan"), float("nan"))
        rich = ", ".join(d[4] for d in ds) or "-"
        refs = ", ".join(f"{d[7]}/{d[8]}" for d in ds) or "-"
        inside = sum(float(w[6]) < 0.8 * float(w[7]) for w in ws)
        xtal = max(float(w[2]) for w in ws)
        points.append((k, f300, species))
        s_text, l_text = (k[0], "file") if k[1] == "file" else (scale_text(k[0]), f"{k[1]:.2f}")
        print(f"| {s_text} | {l_text} | {len(ws)} | {f1000[0]:.3f} +- {f1000[1]:.3f} | "
              f"{f300[0]:.3f} +- {f300[1]:.3f} ({', '.join(w[5] for w in ws)}) | "
              f"{species[0]:.1f} +- {species[1]:.1f} ({', '.join(d[5] for d in ds)}) | {rich} | {refs} | "
              f"{inside} of {len(ws)} | {xtal:.3f} |")
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.axhspan(-30, -10, color="0.9")
    ax.axvline(0.15, color="0.6", ls="--")
    for k, f300, species in points:
        ax.errorbar(f300[0], species[0], xerr=f300[1], yerr=species[1], fmt="o", capsize=3,
                    label=point_text(k))
    ax.set_xlabel("f_ico of the 300 K glass (mean +- standard error; target >= 0.15, dashed)")
    ax.set_ylabel("dH_ico species by species, 300 K anneal (kJ/mol)")
    ax.set_title("Independent samples of the README quench (1,024 atoms); target -30..-10 shaded", fontsize=8)
    ax.set_ylim(-32, 5)
    ax.legend(fontsize=7)
    fig.tight_layout()
    path = os.path.join(os.path.dirname(out_path), "cross_grid_samples.png")
    fig.savefig(path, dpi=120)
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
