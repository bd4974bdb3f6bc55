#!/usr/bin/env python3
"""Runs the fuzz cases of fuzz_cases.py through build/lmp and checks each outcome: an expected
error must be a LAMMPS ERROR in the log file containing the expected text, with a normal exit
(no signal, no abort without a message, no std::bad_alloc, no hang); an accepted case must run to
the end. Prints one line per failure and a closing "N passed, N failed" line.

  run_fuzz.py --lmp build/lmp --potential potentials/CuNb.eam.alloy \
              [--mpirun "mpirun -np 2 --oversubscribe"] [--every K] [--shard I/N] [--list]
              [--only NAME]

--every K runs every K-th case plus every case whose outcome depends on atoms moving between
ranks (a sample, for the multi-rank run); --shard I/N runs the I-th of N interleaved parts."""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fuzz_cases import SETUPS, Accept, Error, all_cases  # noqa: E402

CRASH_SIGNS = re.compile(r"Segmentation fault|core dumped|signal \d+|std::bad_alloc|terminate called|"
                         r"free\(\)|malloc\(\)|realloc\(\)|double free|corrupted|Aborted")


def run_case(case, args, work):
    deck = os.path.join(work, case.name + ".in")
    log = os.path.join(work, case.name + ".log")
    with open(deck, "w") as f:
        paths = {"pot": args.potential, "plugin": args.plugin}
        f.write(SETUPS[case.setup].format(**paths))
        f.write(case.body.replace("{pot}", paths["pot"]).replace("{plugin}", paths["plugin"]))
    command = shlex.split(args.mpirun) + [args.lmp, "-nocite", "-screen", "none", "-log", log,
                                          "-in", deck]
    start = time.time()
    try:
        proc = subprocess.run(command, cwd=work, capture_output=True, text=True,
                              timeout=args.timeout, env=dict(os.environ, OMP_NUM_THREADS="1"))
    except subprocess.TimeoutExpired:
        return f"hang: no end after {args.timeout} s"
    seconds = time.time() - start
    output = proc.stdout + proc.stderr
    text = open(log, errors="replace").read() if os.path.exists(log) else ""
    errors = [line for line in text.splitlines() if line.startswith("ERROR")]
    crash = CRASH_SIGNS.search(output)
    if crash or proc.returncode < 0 or proc.returncode >= 128:
        return f"crash (exit {proc.returncode}): {crash.group(0) if crash else ''} {output[-400:]!r}"
    if isinstance(case.expect, Error):
        if proc.returncode == 0:
            return f"accepted, expected an error containing {case.expect.text!r}"
        if not errors:
            return f"exit {proc.returncode} without an ERROR line in the log: {output[-400:]!r}"
        if not any(case.expect.text in line for line in errors):
            return f"error does not contain {case.expect.text!r}: {errors[0]!r}"
        return None
    if proc.returncode != 0 or errors or "Total wall time" not in text:
        return f"refused, expected to run ({case.expect.reason}): {errors[:1] or output[-400:]!r}"
    if seconds > args.timeout / 2:
        return f"accepted but slow: {seconds:.0f} s"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lmp", required=True)
    parser.add_argument("--potential", required=True)
    parser.add_argument("--mpirun", default="")
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--shard", default="0/1")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    args.potential = os.path.abspath(args.potential)
    args.lmp = os.path.abspath(args.lmp)
    args.plugin = os.path.join(os.path.dirname(args.lmp), "cunbglassplugin.so")

    cases = all_cases()
    if args.list:
        for case in cases:
            what = (f"error: {case.expect.text}" if isinstance(case.expect, Error)
                    else f"accept: {case.expect.reason}")
            print(f"{case.name}\t{case.setup}\t{what}")
        print(f"{len(cases)} cases", file=sys.stderr)
        return 0
    shard, shards = (int(v) for v in args.shard.split("/"))
    cases = [c for i, c in enumerate(cases)
             if (i % args.every == 0 or c.setup == "hot") and args.only in c.name]
    cases = cases[shard::shards]
    passed = failed = 0
    with tempfile.TemporaryDirectory() as work:
        for case in cases:
            problem = run_case(case, args, work)
            if problem:
                failed += 1
                print(f"FAIL {case.name} [{case.setup}]: {problem}", flush=True)
            else:
                passed += 1
    accepted = sum(isinstance(c.expect, Accept) for c in cases)
    print(f"fuzz: {len(cases)} cases ({len(cases) - accepted} must be refused, {accepted} must run)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
