#!/usr/bin/python3
"""Fig. 1(a)-(d) of Baumer & Demkowicz, PRL 110, 145502 (2013) from the anneals' per-atom dumps.

For each of two temperatures, the last frame of the longest anneal there is (anneal_long_T/
anneal.dump, the continuation reproduce.sh --long runs, else anneal_T/anneal.dump; columns id
type x y z c_ico c_conc ...: examples/anneal.in) is cut to a slab of thickness --slice (A, default 10:
1 nm) through the middle of the box along z. Top row, Fig. 1(a,b): every atom of the slab,
grey by its local Cu fraction (0.7 nm sphere): below 25 % Cu black, above 75 % Cu light grey,
linear between. Bottom row, Fig. 1(c,d): the interface atoms of the slab (40-60 % Cu) in grey,
the icosahedral ones (centres and vertices) red and 20 % larger, with a line between every two
icosahedral atoms of the slab closer than --bond (A, default 3.5: the icosahedron cutoff).
Bonds are drawn only where both ends lie inside the drawn box (no periodic images).
Usage: plot_fig1_slices.py DIR T1 T2 [--out NAME] [--slice A] [--bond A]
"""
import argparse
import os
import sys

import numpy as np

from figures import plt

DARK, LIGHT = 0.0, 0.85    # grey levels below 25 % and above 75 % Cu


def last_frame(path):
    """Box (3 x 2 bounds) and the columns of the last frame of a LAMMPS custom dump."""
    frame = None
    with open(path) as f:
        lines = f.readlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("ITEM: NUMBER OF ATOMS"):
            n = int(lines[i + 1])
            box = np.array([[float(x) for x in lines[i + 3 + k].split()[:2]] for k in range(3)])
            names = lines[i + 6].split()[2:]
            data = np.array([[float(x) for x in l.split()] for l in lines[i + 7:i + 7 + n]])
            frame = (box, {name: data[:, k] for k, name in enumerate(names)})
            i += 7 + n
        else:
            i += 1
    if frame is None:
        raise SystemExit(f"error: {path} holds no dump frame")
    return frame


def grey_level(conc):
    """Grey of a local Cu fraction: DARK below 0.25, LIGHT above 0.75, linear between."""
    t = np.clip((np.asarray(conc, float) - 0.25) / 0.5, 0.0, 1.0)
    return DARK + (LIGHT - DARK) * t


def slab(box, atoms, thickness):
    """Mask of the atoms within thickness/2 of the box's middle plane in z."""
    mid = 0.5 * (box[2, 0] + box[2, 1])
    return np.abs(atoms["z"] - mid) <= 0.5 * thickness


def bonds(x, y, z, cut):
    """Pairs (i, j), i < j, closer than cut (no periodic images)."""
    r = np.stack([x, y, z], axis=1)
    d = np.linalg.norm(r[:, None, :] - r[None, :, :], axis=2)
    i, j = np.nonzero(np.triu(d < cut, k=1))
    return list(zip(i.tolist(), j.tolist()))


def anneal_dump(folder, T):
    """The dump of the longest anneal at T: the --long continuation if it wrote one."""
    for name in (f"anneal_long_{T}", f"anneal_{T}"):
        path = os.path.join(folder, name, "anneal.dump")
        if os.path.isfile(path) and os.path.getsize(path) > 0:
            return name, path
    raise SystemExit(f"error: no anneal_{T}/anneal.dump in {folder}: run the anneal at {T} K first")


def draw(ax_conc, ax_iface, box, atoms, T, thickness, cut):
    keep = slab(box, atoms, thickness)
    x, y, z = atoms["x"][keep], atoms["y"][keep], atoms["z"][keep]
    conc, ico = atoms["c_conc"][keep], atoms["c_ico"][keep] > 0
    size = 14.0 * (box[0, 1] - box[0, 0]) ** -2 * 2500    # about touching spheres at 50 A
    ax_conc.scatter(x, y, s=size, c=np.repeat(grey_level(conc)[:, None], 3, axis=1),
                    edgecolors="none")
    ax_conc.set_title(f"{T}\nlocal Cu fraction (black < 25 %, light > 75 %)", fontsize=8)
    iface = (conc >= 0.4) & (conc <= 0.6)
    plain = iface & ~ico
    ax_iface.scatter(x[plain], y[plain], s=size, c="0.6", edgecolors="none")
    red = iface & ico
    for i, j in bonds(x[red], y[red], z[red], cut):
        ax_iface.plot(x[red][[i, j]], y[red][[i, j]], color="darkred", lw=0.6, zorder=1)
    ax_iface.scatter(x[red], y[red], s=size * 1.2 ** 2, c="red", edgecolors="none", zorder=2)
    ax_iface.set_title(f"{T}\ninterface atoms (40-60 % Cu), icosahedral red", fontsize=8)
    for ax in (ax_conc, ax_iface):
        ax.set_xlim(box[0])
        ax.set_ylim(box[1])
        ax.set_aspect("equal")
        ax.set_xlabel("x (A)")
        ax.set_ylabel("y (A)")
    return int(keep.sum()), int(iface.sum()), int(red.sum())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("temperatures", nargs=2, type=int)
    parser.add_argument("--out", default="fig1abcd_slices.png")
    parser.add_argument("--slice", type=float, default=10.0)
    parser.add_argument("--bond", type=float, default=3.5)
    args = parser.parse_args()
    fig, axes = plt.subplots(2, 2, figsize=(8, 8))
    for col, T in enumerate(args.temperatures):
        run, path = anneal_dump(args.folder, T)
        box, atoms = last_frame(path)
        for name in ("x", "y", "z", "c_conc", "c_ico"):
            if name not in atoms:
                raise SystemExit(f"error: {path} has no column {name} (examples/anneal.in writes it)")
        n, n_iface, n_ico = draw(axes[0, col], axes[1, col], box, atoms, f"{T} K ({run})",
                                   args.slice, args.bond)
        print(f"{T} K ({run}): {n} atoms in the {args.slice:g} A slab, {n_iface} interface atoms, "
              f"{n_ico} of them icosahedral")
    fig.suptitle(f"Fig. 1(a)-(d): {args.slice / 10:g} nm slices through the annealed glass", fontsize=10)
    fig.tight_layout()
    fig.savefig(os.path.join(args.folder, args.out), dpi=150)
    plt.close(fig)
    print(f"wrote {args.out} in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
