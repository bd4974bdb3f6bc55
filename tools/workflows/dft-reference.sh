#!/usr/bin/env bash
# The Cu-Nb first-principles reference set (issue 31; docs/dft.md): GPAW PBE calculations of
# crystals, dilute solutions and 32-atom liquid and amorphous snapshots, each written when it has
# finished, so the same command continues after an interruption. About 7 hours on 2 cores;
# touch DIR/STOP to stop it at a resumable point.
#   tools/workflows/dft-reference.sh [--out DIR] [--np N] [other options of tools/dft/reference_set.py]
# Needs tools/setup/setup-dft.sh (GPAW, ASE) and build/lmp (the snapshots' MD).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
/usr/bin/python3 -c "import gpaw, ase" 2>/dev/null ||
  { echo "error: GPAW and ASE are missing; run tools/setup/setup-dft.sh first" >&2; exit 1; }
exec /usr/bin/python3 "$here/tools/dft/reference_set.py" "$@"
