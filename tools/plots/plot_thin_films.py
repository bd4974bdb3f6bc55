#!/usr/bin/python3
"""Fits and figures of the thin-film heat capacity from a tools/workflows/thin_films.sh folder.

For every vdos_<L>.dat (films) and vdos_bulk.dat the numbers come from cunbglass-vdos-fit (the
package's C++ fits and models): the low-frequency exponent a of g ~ omega^a, the exponent b of
C_v ~ T^b, the bulk sound velocity v (used for omega_x = 2 pi v / L and every model line).
Writes into the folder:
  thin_films.dat     L, atoms, a +- err, b +- err, omega_x, T_x, C_v at 5/10/20 K, and the
                     exponents of the in-plane and out-of-plane VDOS over the same window
  g_over_omega2.png  g(omega)/(N omega^2) of films and bulk, Debye and film-model lines
  cv_over_T3.png     C_v/(N T^3) against T, with the Debye and film low-T laws
  cv_against_L.png   C_v per atom against L at 5, 10, 20 K, bulk as horizontal lines
  g_directions.png   in-plane (x + y) and out-of-plane (z) VDOS on log-log axes
Usage: plot_thin_films.py DIR --fit PATH/cunbglass-vdos-fit [--afit W1 W2] [--bfit T1 T2]
"""
import argparse
import glob
import os
import re
import subprocess
import sys

import numpy as np

from figures import finish, plt


def geometry(folder, name):
    text = open(os.path.join(folder, f"film_{name}.txt")).read().strip().splitlines()[-1]
    atoms = int(re.search(r"(\d+) atoms", text).group(1))
    thickness = float(re.search(r"thickness ([0-9.eE+-]+) A", text).group(1))
    volume = float(re.search(r"volume ([0-9.eE+-]+) A\^3", text).group(1))
    return atoms, thickness, volume


def label_of(L, thickness):
    if L == "bulk":
        return "bulk"
    return f"L = {thickness:.1f} A" + (" clamped" if L.endswith("c") else "")


def run_fit(tool, table, atoms, volume, extra):
    out = subprocess.run([tool, table, "--atoms", str(atoms), "--volume", str(volume)] + extra,
                         check=True, capture_output=True, text=True).stdout
    keys, dos, cv = {}, [], []
    for line in out.splitlines():
        if line.startswith("dos "):
            dos.append([float(x) for x in line.split()[1:]])
        elif line.startswith("cv "):
            cv.append([float(x) for x in line.split()[1:]])
        elif "=" in line:
            k, v = line.split("=", 1)
            keys[k.strip()] = v.strip()
    return keys, np.array(dos), np.array(cv)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--fit", required=True)
    parser.add_argument("--afit", nargs=2, type=float, default=None,
                        help="omega window of a (rad/ps); default: 2 resolution steps to 0.8 omega_x (bulk: to 6)")
    parser.add_argument("--bfit", nargs=2, type=float, default=[5.0, 20.0])
    parser.add_argument("--vfit", nargs=2, type=float, default=[2.0, 6.0])
    args = parser.parse_args()
    folder = args.folder
    if not os.path.exists(os.path.join(folder, "vdos_bulk.dat")):
        sys.exit("no vdos_bulk.dat in " + folder + ": the bulk run gives the sound velocity")

    atoms, _, volume = geometry(folder, "bulk")
    bfit = ["--bfit"] + [str(x) for x in args.bfit]
    resolution = float(run_fit(args.fit, os.path.join(folder, "vdos_bulk.dat"), atoms, volume, [])[0]["resolution"].split()[0])
    afit_bulk = args.afit or [2 * resolution, 6.0]
    bulk, bulk_dos, bulk_cv = run_fit(args.fit, os.path.join(folder, "vdos_bulk.dat"), atoms, volume,
                                      ["--afit"] + [str(x) for x in afit_bulk] +
                                      ["--vfit"] + [str(x) for x in args.vfit] + bfit)
    v = float(bulk["v"])
    results = [("bulk", None, atoms, bulk, bulk_dos, bulk_cv)]
    # films: vdos_<L>.dat (free surfaces) and vdos_<L>c.dat (clamped surface layers)
    films = sorted((m.group(1) for p in glob.glob(os.path.join(folder, "vdos_*.dat"))
                    if (m := re.fullmatch(r"vdos_(\d+c?)\.dat", os.path.basename(p)))),
                   key=lambda t: (t.endswith("c"), int(t.rstrip("c"))))
    for L in films:
        atoms, thickness, volume = geometry(folder, L)
        wx = 2 * np.pi * v / thickness
        afit = args.afit or [2 * resolution, 0.8 * wx]
        keys, dos, cv = run_fit(args.fit, os.path.join(folder, f"vdos_{L}.dat"), atoms, volume,
                                ["--thickness", str(thickness), "--v", str(v), "--afit"] +
                                [str(x) for x in afit] + bfit)
        results.append((L, thickness, atoms, keys, dos, cv))
    # systematic errors: the largest change of a and b when the fit windows move
    # (a: upper end x 0.7, lower end x 1.5; b: both ends x 0.7 and x 1.4)
    systematic = {}
    for L, thickness, atoms, keys, dos, cv in results:
        name = "bulk" if L == "bulk" else str(L)
        volume = geometry(folder, name)[2]
        w1, w2 = (float(x) for x in keys["a_window"].split())
        t1, t2 = args.bfit
        spread = {"a": np.nan, "b": np.nan}    # stays nan when no moved window gives a fit
        for option, exponent, window in (("--afit", "a", (w1, 0.7 * w2)), ("--afit", "a", (1.5 * w1, w2)),
                                         ("--bfit", "b", (0.7 * t1, 0.7 * t2)), ("--bfit", "b", (1.4 * t1, 1.4 * t2))):
            k = run_fit(args.fit, os.path.join(folder, f"vdos_{name}.dat"), atoms, volume,
                        [option, str(window[0]), str(window[1])])[0]
            moved, base = float(k[exponent]), float(keys[exponent])
            if not (np.isnan(base) or np.isnan(moved)):    # nan: too few frequencies
                spread[exponent] = np.nanmax([spread[exponent], abs(moved - base)])
        systematic[name] = spread
    # in-plane (x + y) and out-of-plane (z) exponents over the same windows
    directions = {}
    for L, thickness, atoms, keys, dos, cv in results:
        name = "bulk" if L == "bulk" else str(L)
        window = keys["a_window"].split()
        for label, columns in (("xy", "4,5"), ("z", "6")):
            k, d, _ = run_fit(args.fit, os.path.join(folder, f"vdos_{name}.dat"), atoms, 1.0,
                              ["--column", columns, "--afit"] + window)
            directions[(name, label)] = (float(k["a"]), float(k["a_error"]), d)

    lines = ["# errors: a_err, b_err = statistical (fit residuals) and systematic (fit windows moved), "
             "each given as stat/sys",
             "# L(A) thickness(A) atoms a a_err a_window(rad/ps) b b_err b_window(K) omega_x(rad/ps) "
             "T_x(K) C_v(5K) C_v(10K) C_v(20K) (k_B/atom) a_xy a_xy_err a_z a_z_err; v_bulk = "
             f"{v:.3f} +- {float(bulk['v_error']):.3f} A/ps"]
    for L, thickness, atoms, keys, dos, cv in results:
        at = [np.interp(np.log(T), np.log(cv[:, 0]), cv[:, 1]) for T in (5.0, 10.0, 20.0)]
        sys_err = systematic["bulk" if L == "bulk" else str(L)]
        lines.append(f"{L!s:>5} {thickness or 0:9.2f} {atoms:7d} {float(keys['a']):7.3f} "
                     f"{float(keys['a_error']):.3f}/{sys_err['a']:.3f} "
                     f"{'-'.join(f'{float(x):.2f}' for x in keys['a_window'].split()):>10} "
                     f"{float(keys['b']):7.3f} {float(keys['b_error']):.3f}/{sys_err['b']:.3f} "
                     f"{keys['b_window'].replace(' ', '-'):>7} {float(keys.get('omega_x', 'nan')):8.3f} "
                     f"{float(keys.get('T_x', 'nan')):7.1f} " + " ".join(f"{c:.4e}" for c in at) +
                     "".join(f" {directions[(str(L), d)][0]:7.3f} {directions[(str(L), d)][1]:6.3f}"
                             for d in ("xy", "z")))
    with open(os.path.join(folder, "thin_films.dat"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))

    colours = plt.cm.viridis(np.linspace(0, 0.85, len(results)))
    fig, ax = plt.subplots(figsize=(5, 3.8))
    for (L, thickness, atoms, keys, dos, cv), c in zip(results, colours):
        keep = dos[:, 0] > 0
        w = dos[keep, 0]
        ax.plot(w, dos[keep, 1] / w**2, color=c, lw=1, label=label_of(L, thickness))
        if L != "bulk":
            ax.plot(w, dos[keep, 3] / w**2, color=c, ls=":", lw=1)
    w = bulk_dos[bulk_dos[:, 0] > 0, 0]
    ax.plot(w, bulk_dos[bulk_dos[:, 0] > 0, 2] / w**2, "k--", lw=1, label=f"Debye, v = {v:.1f} A/ps")
    ax.set_xlim(0, 30)
    ax.set_yscale("log")
    ax.set_ylim(1e-5, 0.3)
    finish(fig, ax, folder, "g_over_omega2.png", "VDOS over omega^2 (dotted: film model)", "omega (rad/ps)", "g / (N omega^2)  (ps^3)")

    fig, ax = plt.subplots(figsize=(5, 3.8))
    for (L, thickness, atoms, keys, dos, cv), c in zip(results, colours):
        ax.loglog(cv[:, 0], cv[:, 1] / cv[:, 0]**3, color=c, label=label_of(L, thickness))
        if L != "bulk":
            ax.loglog(cv[:, 0], cv[:, 3] / cv[:, 0]**3, color=c, ls=":")
    ax.loglog(bulk_cv[:, 0], bulk_cv[:, 2] / bulk_cv[:, 0]**3, "k--", label="Debye low-T law")
    ax.set_xlim(2, 300)
    ax.set_ylim(1e-9, 1e-3)
    finish(fig, ax, folder, "cv_over_T3.png", "heat capacity over T^3 (dotted: film T^4 law)", "T (K)", "C_v / (N k_B T^3)  (K^-3)")

    fig, ax = plt.subplots(figsize=(5, 3.8))
    for (L, thickness, atoms, keys, dos, cv), c in zip(results, colours):
        name = "bulk" if L == "bulk" else str(L)
        for label, style in (("xy", "-"), ("z", "--")):
            d = directions[(name, label)][2]
            keep = d[:, 0] > 0
            ax.loglog(d[keep, 0], d[keep, 1], color=c, ls=style,
                      label=f"{label_of(L, thickness)} {label}")
    w = np.array([0.5, 20.0])
    for power in (0, 1, 2, 3):
        ax.loglog(w, 2e-3 * (w / 0.5) ** power, color="0.7", lw=0.6)
        at = w[1] if power == 0 else min(w[1], 0.5 * (0.25 / 2e-3) ** (1.0 / power))
        ax.annotate(f"omega^{power}", (at, 2e-3 * (at / 0.5) ** power), fontsize=6, color="0.5")
    ax.set_xlim(0.3, 30)
    ax.set_ylim(1e-3, 1)
    finish(fig, ax, folder, "g_directions.png", "in-plane (xy, solid) and out-of-plane (z, dashed) VDOS",
           "omega (rad/ps)", "g per atom (per rad/ps)")

    fig, ax = plt.subplots(figsize=(5, 3.8))
    film_rows = [r for r in results if r[0] != "bulk" and not r[0].endswith("c")]
    for T, c in zip((5.0, 10.0, 20.0), ("tab:blue", "tab:orange", "tab:green")):
        if film_rows:
            Ls = [r[1] for r in film_rows]
            ax.plot(Ls, [np.interp(np.log(T), np.log(r[5][:, 0]), r[5][:, 1]) for r in film_rows], "o-",
                    color=c, label=f"{T:.0f} K")
            ax.plot(Ls, [np.interp(np.log(T), np.log(r[5][:, 0]), r[5][:, 3]) for r in film_rows], ":",
                    color=c)
        ax.axhline(np.interp(np.log(T), np.log(bulk_cv[:, 0]), bulk_cv[:, 1]), color=c, ls="--", lw=0.8)
    ax.set_yscale("log")
    finish(fig, ax, folder, "cv_against_L.png", "C_v against L (dotted: film law; dashed: bulk)", "film thickness L (A)", "C_v per atom (k_B)")
    print("wrote thin_films.dat g_over_omega2.png cv_over_T3.png cv_against_L.png g_directions.png in " + folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
