#!/usr/bin/python3
"""Cu64Zr36 validation table and figures from a tools/workflows/validate-cuzr.sh folder.

Each quench_<rate>_<k>/ holds examples/quench.in's quench_T.dat (per 25 K step: T, V, H,
f_ico^atoms, the largest icosahedral cluster's L*_ico and percolation dimension at the step's end)
and final.txt (300 K: fractions of Cu atoms centring CNA full icosahedra and Voronoi <0,0,12,0>
cells, f_ico^atoms, L*_ico). Writes into the folder:
  cuzr.dat               one row per quench: rate_K_per_s sample cu_centred_voronoi
                         cu_centred_cna f_ico_atoms L_star_300K T_span_K T_g_K (from H(T)), T_g_V_K
                         (from V(T)); T_span_K: the first temperature on cooling at which the
                         largest icosahedral cluster spans the cell (dimension >= 1; nan if never)
  cuzr_cooling.png       f_ico^atoms and L*_ico against T on cooling
  cuzr_glass_transition.png  V(T) and H(T) with the two-line fits that place T_g
  cuzr_rate.png          Cu-centred full icosahedra (CNA, Voronoi) at 300 K against cooling rate
T_g is where two straight lines fitted to V(T) or H(T) between 300 K and 1500 K meet
(plot_reproduction.bend: least squares over all break points).
  plot_validation_cuzr.py DIR
  plot_validation_cuzr.py DIR --first-minimum rdf.dat   prints the first minimum of g(r) (A)
"""
import argparse
import glob
import math
import os
import re
import sys

import numpy as np

from figures import plt
from plot_reproduction import bend, load_ave_time_vector, number_after

FIT_RANGE = (300.0, 1500.0)    # K: below the 2000 K melt's liquid curvature


def first_minimum(rdf_path, smooth=5):
    """r (A) of the first minimum of g(r): the lowest point of the running mean (smooth bins)
    between the first peak and 1.5 A beyond it."""
    rows = load_ave_time_vector(rdf_path)
    r, g = rows[:, 1], rows[:, 2]
    kernel = np.ones(smooth) / smooth
    gs = np.convolve(g, kernel, mode="same")
    peak = int(np.argmax(gs))
    window = (r > r[peak]) & (r < r[peak] + 1.5)
    if not window.any():
        raise SystemExit(f"error: {rdf_path}: no g(r) beyond the first peak at {r[peak]:.2f} A")
    idx = np.nonzero(window)[0]
    return float(r[idx[np.argmin(gs[idx])]])


def cooling(path):
    """Rows T, V, H, f_ico, L*, dimension of a quench_T.dat, in the order written (cooling)."""
    rows = []
    for line in open(path):
        values = [float(x) for x in re.findall(r"=\s*([-0-9.eE+]+)", line)]
        if len(values) >= 6:
            rows.append(values[:6])
    return np.array(rows).reshape(-1, 6)


def spanning_temperature(rows):
    """First temperature on cooling at which the largest cluster spans (dimension >= 1)."""
    spans = rows[:, 5] >= 1
    return float(rows[np.argmax(spans), 0]) if spans.any() else float("nan")


def glass_transition(T, y):
    """The two-line bend of y(T) over FIT_RANGE; nan when it falls outside that range."""
    keep = (T >= FIT_RANGE[0]) & (T <= FIT_RANGE[1])
    Tg, _, _ = bend(T[keep], y[keep])
    return Tg if FIT_RANGE[0] <= Tg <= FIT_RANGE[1] else float("nan")


def quenches(folder):
    found = []
    for d in sorted(glob.glob(os.path.join(folder, "quench_*_*"))):
        m = re.fullmatch(r"quench_([0-9.e+]+)_(\d+)", os.path.basename(d))
        final = os.path.join(d, "final.txt")
        if m and os.path.exists(final) and os.path.exists(os.path.join(d, "quench_T.dat")):
            found.append((float(m.group(1)), int(m.group(2)), d))
    return sorted(found, key=lambda q: (-q[0], q[1]))


def row(rate, sample, d):
    text = open(os.path.join(d, "final.txt")).read().splitlines()[-1]
    rows = cooling(os.path.join(d, "quench_T.dat"))
    T, V, H = rows[:, 0], rows[:, 1], rows[:, 2]
    return {"rate": rate, "sample": sample, "rows": rows,
            "voronoi": number_after(text, "Voronoi <0,0,12,0>"),
            "cna": float(re.search(r"CNA at [0-9.]+ A ([-0-9.]+)", text).group(1)),
            "f_ico": number_after(text, "f_ico"), "L": number_after(text, "L*_ico"),
            "T_span": spanning_temperature(rows),
            "T_g": glass_transition(T, H), "T_g_V": glass_transition(T, V)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--first-minimum", metavar="RDF")
    args = parser.parse_args()
    if args.first_minimum:
        print(f"{first_minimum(args.first_minimum):.2f}")
        return 0
    found = [row(*q) for q in quenches(args.folder)]
    if not found:
        raise SystemExit(f"error: no finished quench_<rate>_<k> folder in {args.folder}")
    with open(os.path.join(args.folder, "cuzr.dat"), "w") as f:
        f.write("# Cu64Zr36, Mendelev et al. 2009 EAM; 300 K glass after quenching from 2000 K\n")
        f.write("# rate_K_per_s sample cu_centred_voronoi cu_centred_cna f_ico_atoms L_star_300K "
                "T_span_K T_g_K T_g_V_K\n")
        for q in found:
            f.write(f"{q['rate']:.0e} {q['sample']} {q['voronoi']:.4f} {q['cna']:.4f} "
                    f"{q['f_ico']:.4f} {q['L']:.3f} {q['T_span']:.0f} {q['T_g']:.0f} {q['T_g_V']:.0f}\n")
    print(open(os.path.join(args.folder, "cuzr.dat")).read(), end="")

    fig, (a1, a2) = plt.subplots(1, 2, figsize=(9, 3.6))
    for q in found:
        rows = q["rows"]
        label = f"{q['rate']:.0e} K/s #{q['sample']}"
        a1.plot(rows[:, 0], rows[:, 3], lw=0.8, label=label)
        a2.plot(rows[:, 0], rows[:, 4], lw=0.8, label=label)
    a2.axhline(math.sqrt(3) / 2, ls=":", color="k", label="spanning (sqrt(3)/2)")
    for ax, ylabel in ((a1, "f_ico^atoms"), (a2, "L*_ico of the largest cluster")):
        ax.set_xlabel("T (K), cooling")
        ax.set_ylabel(ylabel)
        ax.invert_xaxis()
    a1.legend(fontsize=6)
    a1.set_title("Cu64Zr36 (Mendelev 2009): icosahedra on cooling", fontsize=9)
    fig.tight_layout()
    fig.savefig(os.path.join(args.folder, "cuzr_cooling.png"), dpi=150)
    plt.close(fig)

    fig, (a1, a2) = plt.subplots(1, 2, figsize=(9, 3.6))
    for q in found:
        rows = q["rows"]
        a1.plot(rows[:, 0], rows[:, 1] / rows[-1, 1], ".", ms=2,
                label=f"{q['rate']:.0e} #{q['sample']}: T_g(V) {q['T_g_V']:.0f} K")
        a2.plot(rows[:, 0], rows[:, 2] - rows[-1, 2], ".", ms=2,
                label=f"{q['rate']:.0e} #{q['sample']}: T_g(H) {q['T_g']:.0f} K")
    for ax, ylabel in ((a1, "V / V(300 K)"), (a2, "H - H(300 K) (eV)")):
        ax.axvspan(*FIT_RANGE, color="0.95", zorder=0)
        ax.set_xlabel("T (K)")
        ax.set_ylabel(ylabel)
        ax.legend(fontsize=6)
    a1.set_title("glass transition: two-line fits over the shaded range", fontsize=9)
    fig.tight_layout()
    fig.savefig(os.path.join(args.folder, "cuzr_glass_transition.png"), dpi=150)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(4.5, 3.4))
    rates = np.array([q["rate"] for q in found])
    ax.semilogx(rates, [q["voronoi"] for q in found], "o", label="Voronoi <0,0,12,0>")
    ax.semilogx(rates, [q["cna"] for q in found], "s", label="CNA full icosahedra")
    ax.set_xlabel("cooling rate (K/s)")
    ax.set_ylabel("fraction of Cu atoms centring")
    ax.set_title("Cu-centred icosahedra at 300 K", fontsize=9)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(os.path.join(args.folder, "cuzr_rate.png"), dpi=150)
    plt.close(fig)
    print(f"wrote cuzr.dat cuzr_cooling.png cuzr_glass_transition.png cuzr_rate.png in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
