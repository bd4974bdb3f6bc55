#!/usr/bin/env bash
# Optional: the first-principles tools of issue 31 (not part of README command (a)): GPAW 22.8 with
# its PAW datasets and ASE, Debian packages only. Then
#   tools/workflows/dft-reference.sh    the reference set (hours, resumable; docs/dft.md)
set -euo pipefail
packages=(gpaw gpaw-data python3-ase python3-scipy python3-numpy openmpi-bin)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "[setup-dft] all present: ${packages[*]}"; exit 0; }
if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo); else
  echo "error: missing Debian packages ${missing[*]}; ask an administrator to run: apt-get install ${missing[*]}" >&2
  exit 1
fi
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
