#!/usr/bin/python3
"""Energies of icosahedral centres against their peers, from dumps of
potentials/calibration/icosahedron_energies.in (id type label pe conc cn; label 2 = centre,
1 = vertex, 0 = other). For each dump: the mean energy of each species by label, and the energy
of centre-type atoms that are icosahedral centres minus that of the other centre-type atoms with
the same number of neighbours (12) and a local fraction of type 1 in the same 0.1-wide bin
(mean over the centres of their bin's difference), in eV/atom and kJ/mol. Several dumps of one
potential: the mean and standard error over them (independent samples).
  /usr/bin/python3 tools/plots/icosahedron_energies.py [--types Cu,Nb] DUMP ..."""
import math
import sys

KJ_PER_EV = 96.485


def last_frame(path):
    lines = open(path).read().split("\n")
    start = max(k for k, line in enumerate(lines) if line.startswith("ITEM: ATOMS"))
    return [[float(v) for v in line.split()] for line in lines[start + 1:] if line.strip()]


def mean(values):
    return sum(values) / len(values) if values else math.nan


def centre_excess(atoms):
    """Mean over centres of (own energy - mean energy of non-centre peers in the same
    concentration bin), peers: type-1 atoms with 12 neighbours that are not centres."""
    bins = {}
    for _, typ, label, pe, conc, cn in atoms:
        if typ == 1 and cn == 12:
            bins.setdefault(min(int(conc * 10), 9), ([], []))[label == 2].append(pe)
    diffs, used = [], 0
    for peers, centres in bins.values():
        if centres and len(peers) >= 3:
            diffs += [e - mean(peers) for e in centres]
            used += len(centres)
    return mean(diffs), used


def main(argv):
    names = ["type 1", "type 2"]
    if len(argv) > 2 and argv[1] == "--types":
        names = argv[2].split(",")
        argv = argv[:1] + argv[3:]
    if len(argv) < 2:
        sys.exit(__doc__)
    excesses = []
    for path in argv[1:]:
        atoms = last_frame(path)
        parts = []
        for typ, name in ((1, names[0]), (2, names[1])):
            for label, what in ((0, "other"), (1, "vertex"), (2, "centre")):
                pe = [a[3] for a in atoms if a[1] == typ and a[2] == label]
                if pe:
                    parts.append(f"{name} {what} {len(pe)}: {mean(pe):.4f}")
        excess, used = centre_excess(atoms)
        excesses.append(excess)
        print(f"{path}: " + "; ".join(parts) + " eV")
        print(f"  centres - peers (12 neighbours, same 0.1 concentration bin; {used} centres): "
              f"{excess:+.4f} eV = {excess * KJ_PER_EV:+.1f} kJ/mol")
    good = [e for e in excesses if not math.isnan(e)]
    if len(good) > 1:
        m = mean(good)
        se = math.sqrt(sum((e - m) ** 2 for e in good) / (len(good) - 1) / len(good))
        print(f"mean over {len(good)} samples: {m * KJ_PER_EV:+.1f} +- {se * KJ_PER_EV:.1f} kJ/mol")


if __name__ == "__main__":
    main(sys.argv)
