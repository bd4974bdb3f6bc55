#!/usr/bin/env bash
# Follows README's "Your own LAMMPS" section literally against a pinned LAMMPS tree that is not the
# one this build uses: configure against its src/ and build folder, build, `cmake --install` to a
# fresh prefix, set LAMMPS_PLUGIN_PATH and LAMMPS_POTENTIALS, run examples/quench.in at a tiny size
# with the line the section gives for that LAMMPS version, and check that the plugin and the
# potentials came from the prefix (not from the source tree or build/).
#   check_own_lammps.sh /path/to/repository 2021|2025
set -u
repo=$1 release=$2
fail() { echo "FAILED: $*"; exit 1; }
tree=$("$repo/tools/setup/build-lammps.sh" "$release" | tail -n 1) || fail "no pinned LAMMPS $release"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The section's shell block, between its marker and the closing fence.
block=$(awk '/<!-- own-lammps-commands -->/ { on = 1; next } on && /^```sh/ { inside = 1; next }
             inside && /^```/ { exit } inside { print }' "$repo/README.md")
[ -n "$block" ] || fail "README has no 'own-lammps-commands' block"
# The three placeholders, as a user fills them in; the run line for this LAMMPS version.
if [ "$release" = 2021 ]; then drop="4 May 2022 or later"; else drop="29 Sep 2021"; fi
script=$(sed -e "s|^LAMMPS_DIR=.*|LAMMPS_DIR=$tree/src|" -e "s|^LAMMPS_BUILD=.*|LAMMPS_BUILD=$tree/build|" \
             -e "s|^PREFIX=.*|PREFIX=$work/prefix|" <<<"$block" | grep -v -F "$drop")
grep -q "^LAMMPS_DIR=$tree/src" <<<"$script" && grep -q "^PREFIX=$work/prefix" <<<"$script" ||
  fail "the block does not start with the LAMMPS_DIR, LAMMPS_BUILD and PREFIX lines"
echo "$script"

# A copy of the repository without build folders: the commands run from its root.
tar -C "$repo" --exclude='./build*' --exclude='./.git' --exclude='./*_out' -cf - . | (mkdir -p "$work/repo" && tar -C "$work/repo" -xf -)
cd "$work/repo" || fail "no copy"
env -u LAMMPS_PLUGIN_PATH -u LAMMPS_POTENTIALS bash -euo pipefail -c "$script" > "$work/log.txt" 2>&1 ||
  { tail -n 40 "$work/log.txt"; fail "the README commands failed against LAMMPS $release ($tree)"; }

[ -f "$work/prefix/lib/lammps/plugins/cunbglassplugin.so" ] || fail "no plugin in <prefix>/lib/lammps/plugins"
[ -f "$work/prefix/share/cunbglass/potentials/CuNb.eam.alloy" ] || fail "no potentials in <prefix>/share/cunbglass"
[ -f "$work/prefix/share/doc/cunbglass/compute_ico_atom.md" ] || fail "no docs in <prefix>/share/doc/cunbglass"
grep -q "cunbglass .*plugin built against LAMMPS" "$work/log.txt" || fail "the plugin did not say which LAMMPS it was built for"
# the deck names CuNb.eam.alloy without a path and runs in the copy's root, which has no such
# file: LAMMPS found it through LAMMPS_POTENTIALS, i.e. in the prefix
[ ! -e CuNb.eam.alloy ] && grep -q "CuNb.eam.alloy" "$work/log.txt" || fail "the potential was not read"
[ -s quench_out/final.txt ] || fail "the quench wrote no final.txt"
cat quench_out/final.txt
echo "OK: README 'Your own LAMMPS' works as written against LAMMPS $release ($tree)"
