#!/usr/bin/env bash
# Private apt configuration for fetching Debian *source* packages without touching the system's
# apt files. Source it, then call apt_private_init SUITE...; afterwards "${APT_PRIVATE[@]}" holds
# the -o options for apt-get/apt-cache.
#
# The archive address is never written in this repository: it is read from the machine's own
# Debian entries (deb822 *.sources and one-line *.list files) and turned into Types: deb-src.

apt_private_debian_uris() {
  # Print the URI of every enabled Debian entry whose suite family matches bookworm/trixie/etc.
  # Security and non-Debian repositories are skipped (their keyring is not Debian's archive key).
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '
      BEGIN { RS=""; FS="\n" }
      {
        uris=""; suites=""; signed=""; enabled="yes"
        for (i = 1; i <= NF; i++) {
          line = $i; sub(/^[ \t]+/, "", line)
          if (line ~ /^#/) continue
          if (tolower(line) ~ /^uris:/)      { sub(/^[^:]*:[ \t]*/, "", line); uris = line }
          if (tolower(line) ~ /^suites:/)    { sub(/^[^:]*:[ \t]*/, "", line); suites = line }
          if (tolower(line) ~ /^signed-by:/) { sub(/^[^:]*:[ \t]*/, "", line); signed = line }
          if (tolower(line) ~ /^enabled:/)   { sub(/^[^:]*:[ \t]*/, "", line); enabled = tolower(line) }
        }
        if (enabled != "no" && signed ~ /debian-archive-keyring/ && suites !~ /security/) {
          n = split(uris, u, /[ \t]+/); for (k = 1; k <= n; k++) if (u[k] != "") print u[k]
        }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    # one-line format: deb [opts] URI suite components...
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && $3 !~ /security/ && $3 ~ /^(bookworm|trixie|bullseye|sid|stable|testing|unstable)/ { print $2 }'
  done
}

apt_private_init() {
  # $@: suites to enable as deb-src (e.g. bookworm trixie)
  local root="${APT_PRIVATE_ROOT:-${CUNBGLASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cunbglass}/apt}"
  local uri
  uri=$(apt_private_debian_uris | head -n 1)
  if [ -z "$uri" ]; then
    echo "error: no Debian archive entry found in /etc/apt (sources.list or sources.list.d)." >&2
    echo "       Add your Debian mirror to the system's apt configuration, or build LAMMPS yourself" >&2
    echo "       and pass -DLAMMPS_SOURCE_DIR=/path/to/lammps/src to cmake." >&2
    return 1
  fi
  mkdir -p "$root/parts" "$root/lists/partial" "$root/cache/archives/partial"
  {
    echo "Types: deb-src"
    echo "URIs: $uri"
    echo "Suites: $*"
    echo "Components: main"
    echo "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
  } > "$root/parts/cunbglass-src.sources"
  APT_PRIVATE=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$root/parts"
               -o "Dir::State::Lists=$root/lists" -o "Dir::Cache=$root/cache"
               -o "APT::Sandbox::User=root" -q)
  if ! apt-get "${APT_PRIVATE[@]}" update >"$root/update.log" 2>&1; then
    echo "error: apt-get update with the private source list failed (see $root/update.log)." >&2
    return 1
  fi
}
