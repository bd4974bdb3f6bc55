"""The Cu-Nb first-principles reference set, computed here with GPAW (PBE, plane waves).

    python3 tools/dft/reference_set.py --out DIR [--np N] [--lmp build/lmp] [--pot FILE]
        [--cutoff 400] [--kspacing 0.2] [--smearing 0.1] [--snapshot-kpts quarter] [--jobs J]
        [--results potentials/dft/calc] [--stages convergence,elements,ordered,dilute,snapshots] [--plan]

Stages (docs/dft.md), each calculation one `mpirun -np N python3 gpaw_point.py` whose result
RESULTS/NAME.extxyz (a few kB: structure, energy, forces, stress, settings, cost) is written only
when it has finished: run the command again after an interruption, or on another machine with the
committed results, and it continues with the first missing calculation. DIR holds the inputs, GPAW's
logs and the snapshots' MD. `touch DIR/STOP` stops it at a resumable point: the calculations
running finish, no new one starts, and reference.extxyz is assembled from what exists.
  convergence  B2 CuNb, fcc Cu and bcc Nb against cutoff, k-point spacing and smearing; one
               32-atom liquid against the k-point set, and its mixing energy against the pure
               liquids at the snapshots' set and the 2x2x2 grid (convergence.dat)
  elements     fcc Cu and bcc Nb E(V), 7 volumes each (lattice constants, bulk moduli); bcc Cu
               and fcc Nb E(V), 5 volumes each (the lattice stabilities)
  ordered      B2, L1_2 Cu3Nb and CuNb3, L1_0 CuNb, D0_3 Cu3Nb and CuNb3 E(V), 5 volumes each
  dilute       Nb in 32-atom fcc Cu, Cu in 16-atom bcc Nb, positions relaxed at the DFT host
               lattice constant
  snapshots    60 liquid and amorphous 32-atom cells at x_Cu = 0, 0.25, 0.5, 0.75, 1 from
               potentials/dft/snapshots.in (1500-4000 K and 300 K)
At the end potentials/dft/reference.extxyz holds every structure but the convergence tests with
energy, forces, stress and the info keys config_type and set (train/test), and
potentials/dft/cost.dat the measured cost of each kind; convergence.dat goes there too.
"""
import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys
import time

import numpy as np
from ase import Atoms
from ase.io import read, write

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crossfit  # noqa: E402
import structures  # noqa: E402
from fit_cross import GPA_PER_EV_A3, birch_murnaghan_minimum  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ELEMENT_SCALES = np.linspace(0.85, 1.15, 7)
ORDERED_SCALES = np.linspace(0.88, 1.12, 5)
SNAPSHOT_ORDER = (16, 8, 24, 0, 32)   # Cu atoms of 32: the mixtures first
SNAPSHOT_TEST = ("liquid_3000K_b", "liquid_2000K_b", "amorphous_2")   # 3 of 12 held out


class Runner:
    def __init__(self, args):
        self.a = args
        self.calc = args.results
        self.scratch = os.path.join(args.out, "in")
        os.makedirs(self.scratch, exist_ok=True)
        os.makedirs(self.calc, exist_ok=True)
        self.done_here = 0
        self.stopped = False

    def stop_requested(self):
        """True once the file OUT/STOP exists: no new calculation starts, the running ones finish
        (the way to stop at a resumable point; the next run removes the file and goes on)."""
        self.stopped = self.stopped or os.path.exists(os.path.join(self.a.out, "STOP"))
        return self.stopped

    def point(self, name, atoms, config_type, subset, cutoff=None, kspacing=None, kpts="",
              smearing=None, relax=0, ranks=None):
        """One calculation on `ranks` MPI ranks (default --np), skipped when its result exists;
        returns the result."""
        out = os.path.join(self.calc, name + ".extxyz")
        if not os.path.exists(out):
            if self.a.plan:
                print(f"  would run {name}: {len(atoms)} atoms")
                return None
            if self.stop_requested():
                return None
            atoms = atoms.copy()
            atoms.info.update(config_type=config_type, set=subset, name=name)
            inp = os.path.join(self.scratch, name + ".extxyz")
            write(inp, atoms, format="extxyz")
            cmd = [os.path.join(REPO, "tools/setup/mpirun.sh"), str(ranks or self.a.np), sys.executable,
                   os.path.join(HERE, "gpaw_point.py"), inp, out,
                   "--cutoff", str(cutoff or self.a.cutoff), "--smearing", str(smearing or self.a.smearing),
                   "--kspacing", str(kspacing or self.a.kspacing), "--kpts", kpts, "--relax", str(relax),
                   "--txt", os.path.join(self.scratch, name + ".txt")]
            t = time.time()
            subprocess.run(cmd, check=True)
            self.done_here += 1
            print(f"  {name}: {len(atoms)} atoms, {time.time() - t:.0f} s", flush=True)
        return read(out)

def minimum(results):
    """Volume per atom, energy per atom and bulk modulus (GPa) at the minimum of a
    Birch-Murnaghan fit to E(V) results (the fit's own, fit_cross.birch_murnaghan_minimum)."""
    return birch_murnaghan_minimum([r.get_volume() / len(r) for r in results],
                                   [r.get_potential_energy() / len(r) for r in results])


def snapshot_atoms(path):
    """A LAMMPS text dump of an orthogonal box, types 1 = Cu, 2 = Nb, as ASE Atoms."""
    lines = open(path).read().splitlines()
    n = int(lines[3])
    lo_hi = np.array([list(map(float, lines[5 + k].split()[:2])) for k in range(3)])
    rows = np.array([list(map(float, line.split())) for line in lines[9:9 + n]])
    rows = rows[np.argsort(rows[:, 0])]
    symbols = ["Cu" if int(t) == 1 else "Nb" for t in rows[:, 1]]
    return Atoms(symbols, positions=rows[:, 2:5] - lo_hi[:, 0], cell=np.diag(lo_hi[:, 1] - lo_hi[:, 0]),
                 pbc=True)


def stage_convergence(run):
    v = structures.VOLUME
    cells = {"fcc_Cu": structures.element_on("Cu", "fcc", v["Cu"]), "bcc_Nb": structures.element_on("Nb", "bcc", v["Nb"]),
             "B2_CuNb": structures.b2((v["Cu"] + v["Nb"]) / 2)}
    rows = []

    def formation(tag, **kw):
        e = {k: run.point(f"conv_{k}_{tag}", a, "convergence", "none", **kw) for k, a in cells.items()}
        if any(x is None for x in e.values()):
            return
        per = {k: x.get_potential_energy() / len(x) for k, x in e.items()}
        secs = sum(x.info["seconds"] for x in e.values())
        rows.append((tag, 1000 * (per["B2_CuNb"] - (per["fcc_Cu"] + per["bcc_Nb"]) / 2), secs))
        # the pressure from the stress tensor (GPa): a plane-wave basis of fixed cutoff converges
        # stresses far more slowly than energies (Pulay stress)
        for k in ("fcc_Cu", "bcc_Nb"):
            rows.append((f"{tag}_pressure_{k}_GPa", -e[k].get_stress()[:3].mean() * GPA_PER_EV_A3, 0))
    for cutoff in (300, 350, 400, 450, 500, 600):
        formation(f"cutoff{cutoff}", cutoff=cutoff, kspacing=0.2, smearing=0.1)
    for ks in (0.4, 0.3, 0.15, 0.1):
        formation(f"kspacing{ks}", cutoff=400, kspacing=ks, smearing=0.1)
    for sm in (0.05, 0.2):
        formation(f"smearing{sm}", cutoff=400, kspacing=0.2, smearing=sm)
    # the liquids from their committed snapshot results where there are: the snapshot MD is redone
    # on another machine and need not give the same cell bit for bit, and every k-point set must
    # see one cell. Cu16Nb16 at 2500 K against the three k-point sets; then its mixing energy
    # against the pure liquids of the same temperature and copy at the snapshots' set and the
    # 2x2x2 grid: how much of the k-point error cancels in a mixing energy.
    energies = {}    # (ncu, kpts) -> energy per atom (meV)
    for ncu, sets in ((16, ("1 1 1", "quarter", "mp 2 2 2")), (32, ("quarter", "mp 2 2 2")), (0, ("quarter", "mp 2 2 2"))):
        done = os.path.join(run.calc, f"snap_cu{ncu}_liquid_2500K_a.extxyz")
        if os.path.exists(done):
            cell = read(done)
            liquid = Atoms(cell.get_chemical_symbols(), positions=cell.positions, cell=cell.cell, pbc=True)
        elif ncu == 16:
            liquid = snapshots_of(run, 16)["liquid_2500K_a"]
        else:
            continue    # the pure liquids only once the snapshot stage has computed them
        for kpts in sets:
            tag = kpts.replace(" ", "")
            if kpts == run.a.snapshot_kpts and os.path.exists(done):
                r = read(done)    # the snapshot itself: this cell with these settings, computed once
            else:
                r = run.point(f"conv_liquid_{tag}" if ncu == 16 else f"conv_liquid_cu{ncu}_{tag}", liquid,
                              "convergence", "none", kpts=kpts)
            if r is None:
                continue
            energies[ncu, kpts] = 1000 * r.get_potential_energy() / len(r)
            if ncu == 16:
                rows.append((f"liquid32_k{tag}", energies[ncu, kpts], r.info["seconds"]))
    for kpts in ("quarter", "mp 2 2 2"):
        if all((ncu, kpts) in energies for ncu in (16, 32, 0)):
            rows.append((f"liquid32_mixing_k{kpts.replace(' ', '')}",
                         energies[16, kpts] - (energies[32, kpts] + energies[0, kpts]) / 2, 0))
    if not run.a.plan:
        with open(os.path.join(run.a.dest, "convergence.dat"), "w") as fh:
            fh.write("# GPAW 22.8 PW PBE. B2 rows: formation energy of B2 CuNb at fixed volumes "
                     "(fcc Cu, bcc Nb, B2 at their starting volumes), meV/atom; liquid rows: energy per "
                     "atom of one 32-atom Cu16Nb16 liquid (2500 K), meV/atom; liquid32_mixing rows: its mixing energy "
                     "against the pure Cu32 and Nb32 liquids of the same temperature and copy, meV/atom; *_pressure_*_GPa rows: the pressure "
                     "from the stress tensor of fcc Cu and bcc Nb at their starting volumes, GPa; seconds: wall "
                     "time of the calculations on --np ranks (the liquid row of the snapshots' k-point set is the "
                     "snapshot's own calculation, on its ranks)\n# setting value seconds\n")
            for tag, val, secs in rows:
                fh.write(f"{tag} {val:.2f} {secs:.0f}\n")


def stage_elements(run):
    """fcc Cu and bcc Nb E(V) (their minima are returned), then each element on the other's lattice
    (lattice stability): a cross-term fit keeps the elemental functions, so their error there enters
    every mixed structure that puts Cu on bcc or Nb on fcc sites (L1_2 Cu3Nb, B2, D0_3) and no cross
    term can remove it."""
    out = {}
    for el, lattice, scales, ground in (("Cu", "fcc", ELEMENT_SCALES, True), ("Nb", "bcc", ELEMENT_SCALES, True),
                                        ("Cu", "bcc", ORDERED_SCALES, False), ("Nb", "fcc", ORDERED_SCALES, False)):
        name = f"{lattice}_{el}"
        res = [run.point(f"{name}_v{s:.3f}", structures.element_on(el, lattice, s * structures.VOLUME[el]), name, "train")
               for s in scales]
        if ground and None not in res:
            out[el] = minimum(res)
    return out


def stage_ordered(run):
    for name, (build, counts, subset) in structures.ORDERED.items():
        v = structures.mean_volume(counts)
        for s in ORDERED_SCALES:
            run.point(f"{name}_v{s:.3f}", build(s * v), "ordered", subset)


def stage_dilute(run, elements):
    for host, solute, name in (("Cu", "Nb", "dilute_Nb_in_fccCu"), ("Nb", "Cu", "dilute_Cu_in_bccNb")):
        if host not in elements:
            print(f"  {name}: waits for the {host} E(V) of stage elements")
            continue
        v0 = elements[host][0]
        a = (4 * v0) ** (1 / 3) if host == "Cu" else (2 * v0) ** (1 / 3)
        run.point(name, structures.dilute(host, a), "dilute", "train", kspacing=0.3, relax=8)
        # the perfect host supercell with the same k-points: the solution energy then cancels
        # the k-point and basis errors of the supercell (0.3 1/A alone is 8 meV/atom off for B2)
        pure = structures.dilute(host, a)
        pure[0].symbol = host
        run.point(f"dilute_host_{host}", pure, "dilute", "train", kspacing=0.3)


def sampled_snapshots(lmp, pot, ncu, folder):
    """The snapshots of potentials/dft/snapshots.in with ncu Cu atoms of 32, sampled by the setfl
    file pot (its pair style by its name) with the reference set's seed, run once into folder:
    {tag: Atoms}."""
    if not os.path.exists(os.path.join(folder, "amorphous_2.dump")):
        os.makedirs(folder, exist_ok=True)
        subprocess.run([lmp, "-in", os.path.join(REPO, "potentials/dft/snapshots.in"), "-nocite",
                        "-var", "ncu", str(ncu), "-var", "seed", str(4711 + ncu), "-var", "pot", pot,
                        "-var", "pairstyle", crossfit.setfl_style(pot), "-var", "out", folder,
                        "-log", os.path.join(folder, "log.lammps")],
                       check=True, stdout=subprocess.DEVNULL, cwd=folder)
    return {os.path.basename(p)[:-5]: snapshot_atoms(p) for p in sorted(glob.glob(os.path.join(folder, "*.dump")))}


def snapshots_of(run, ncu):
    """The reference set's snapshots: sampled by --pot (the shipped potential) into OUT/snapshots."""
    return sampled_snapshots(run.a.lmp, run.a.pot, ncu, os.path.join(run.a.out, "snapshots", f"cu{ncu}"))


def snapshot_order(tags):
    """The snapshot tags in the order they are computed: the first of each pair (a, 1) at every
    temperature before the second (b, 2), so an interrupted set already spans the temperatures."""
    return sorted(tags, key=lambda t: (t.endswith(("_b", "_2")), t))


def stage_snapshots(run):
    """Round-robin over the compositions (the mixtures first), so that every finished round gives
    the liquid mixing energy at one temperature against pure liquids computed the same way.
    --jobs J runs J cells side by side on --np/J ranks each (one k-point parallelises poorly)."""
    if run.stop_requested():
        return
    cells = {ncu: snapshots_of(run, ncu) for ncu in SNAPSHOT_ORDER}
    tasks = []
    for tag in snapshot_order(cells[SNAPSHOT_ORDER[0]]):
        for ncu in SNAPSHOT_ORDER:
            kind = "amorphous" if tag.startswith("amorphous") else "liquid"
            tasks.append((f"snap_cu{ncu}_{tag}", cells[ncu][tag], f"{kind}_Cu{ncu * 100 // 32}",
                          "test" if tag in SNAPSHOT_TEST else "train"))
    ranks = max(1, run.a.np // run.a.jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=run.a.jobs) as pool:
        futures = [pool.submit(run.point, *t, kpts=run.a.snapshot_kpts, ranks=ranks) for t in tasks]
        try:
            for done in futures:
                done.result()
        except BaseException:
            pool.shutdown(cancel_futures=True)   # a failed calculation stops the stage
            raise


def assemble(run):
    frames = [read(p) for p in sorted(glob.glob(os.path.join(run.calc, "*.extxyz")))]
    if not frames:
        return
    frames = [f for f in frames if f.info.get("config_type") != "convergence"]
    path = os.path.join(run.a.dest, "reference.extxyz")
    write(path + ".part", frames, format="extxyz")
    os.replace(path + ".part", path)
    kinds = {}
    for f in frames:
        kinds.setdefault(f.info["config_type"], []).append((len(f), f.info["seconds"] * f.info["ranks"]))
    with open(os.path.join(run.a.dest, "cost.dat"), "w") as fh:
        fh.write("# config_type count atoms mean_core_seconds\n")
        for k, v in sorted(kinds.items()):
            fh.write(f"{k} {len(v)} {v[0][0]} {np.mean([s for _, s in v]):.0f}\n")
    print(f"[dft] {len(frames)} structures in {path}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default="dft_reference")
    p.add_argument("--np", type=int, default=os.cpu_count())
    p.add_argument("--lmp", default=os.path.join(REPO, "build/lmp"))
    p.add_argument("--pot", default=os.path.join(REPO, "potentials/CuNb.eam.alloy"))
    p.add_argument("--results", default=os.path.join(REPO, "potentials/dft/calc"))
    p.add_argument("--dest", default=os.path.join(REPO, "potentials/dft"),
                   help="where reference.extxyz, cost.dat and convergence.dat go")
    p.add_argument("--cutoff", type=float, default=400.0)
    p.add_argument("--kspacing", type=float, default=0.2)
    p.add_argument("--smearing", type=float, default=0.1)
    p.add_argument("--snapshot-kpts", default="quarter")
    p.add_argument("--jobs", type=int, default=None,
                   help="snapshot calculations run side by side, each on --np/JOBS ranks (default: --np, "
                        "one rank each: a single k-point splits poorly over ranks, docs/dft.md)")
    p.add_argument("--stages", default="convergence,elements,ordered,dilute,snapshots")
    p.add_argument("--plan", action="store_true", help="list the calculations still to run, run none")
    args = p.parse_args()
    args.out, args.pot, args.lmp, args.results, args.dest = (
        os.path.abspath(x) for x in (args.out, args.pot, args.lmp, args.results, args.dest))
    stages = args.stages.split(",")
    unknown = set(stages) - {"convergence", "elements", "ordered", "dilute", "snapshots"}
    if unknown:
        p.error(f"--stages: unknown stage(s) {', '.join(sorted(unknown))}")
    if args.np < 1:
        p.error("--np: give at least 1")
    if args.jobs is None:
        args.jobs = args.np
    if not 1 <= args.jobs <= args.np:
        p.error("--jobs: give 1 to --np")
    stop_file = os.path.join(args.out, "STOP")
    if os.path.exists(stop_file) and not args.plan:
        os.remove(stop_file)
    run = Runner(args)
    elements = {}
    for stage in ("elements", "ordered", "dilute", "snapshots", "convergence"):
        if stage not in stages:
            continue
        print(f"[dft] stage {stage} ({time.strftime('%H:%M:%S')})", flush=True)
        if stage == "elements":
            elements = stage_elements(run)
            for el, (v0, e0, b) in elements.items():
                print(f"  {el}: V0 {v0:.3f} A^3/atom, E0 {e0:.4f} eV/atom, B {b:.0f} GPa")
        elif stage == "ordered":
            stage_ordered(run)
        elif stage == "dilute":
            if not elements:
                elements = stage_elements(run)
            stage_dilute(run, elements)
        elif stage == "snapshots":
            stage_snapshots(run)
        else:
            stage_convergence(run)
    if not args.plan:
        assemble(run)
    if run.stopped:
        print(f"[dft] stopped by {stop_file}: the same command goes on from here")


if __name__ == "__main__":
    main()
