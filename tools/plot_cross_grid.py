#!/usr/bin/python3
"""Map of the cross-interaction grid (issue 18) from the tables of tools/calibrate-cross.sh and
tools/calibrate-phases.sh: each point at (lambda, s), coloured by f_ico of the 300 K glass, with
dH_ico, lambda_C / box and the spinodal estimate written beside it.
  /usr/bin/python3 tools/plot_cross_grid.py [grid.dat] [phases.dat] [out.png]"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def rows(path):
    out = {}
    try:
        for line in open(path):
            if line.startswith("#") or not line.strip():
                continue
            w = line.split()
            out[(float(w[0]), float(w[1]))] = w
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
    keys = sorted(grid)
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
    for k in keys:
        w = grid[k]
        p = phases.get(k, ["", "", "-", "-"])
        print(f"| {w[0]} | {w[1]} | {p[2]} | {p[3]} | {w[8]} | {w[9]} | {w[5]} | {w[10]} | "
              f"{float(w[6]) / float(w[7]):.2f} | {w[2]} / {w[3]} / {w[4]} | {w[11]} |")


if __name__ == "__main__":
    main()
